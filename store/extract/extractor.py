"""Article → Extraction: the extraction stage's orchestrator.

NER spans (store/ner.py) are cleaned (edges, line-break bleed, words that are not
names), overridden by checkpoint spans where they overlap (the model calls «Алаколь»
a person), normalized to the nominative (store/normalize.py), given the role written
before them (store/roles.py) and merged to one canonical name per entity within the
article. Checkpoint facts and directives (store/directives.py) are read from the
same text. Only the clean title and body are read: furniture never reaches here.

The span work is an ordered registry of named passes (`PASSES`, at the end of this file),
each timed; BORDERDOCS_DISABLE_PASSES switches passes off by name for the ablation
(`bench/evaluate.py --ablate`).
"""

from __future__ import annotations

import dataclasses
import os
import re
import time
from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from functools import lru_cache

from store.extract import checkpoints, linking
from store.extract import facts as facts_mod
from store.extract.chunking import EXTRACT_LIMIT_DEFAULT, cut_at_boundary, sentence_spans
from store.extract.directives import find_directives
from store.extract.ner import NerModel, NerSpan
from store.extract.roles import find_role, find_role_after, is_role_word
from store.lang import gazetteer, kazakh, lemmas
from store.lang.kazakh import kazakh_context
from store.lang.normalize import (
    fix_bounds,
    from_dictionary,
    given_names,
    key,
    match_case,
    merge_names,
    parses,
    person_nominative,
    phrase_nominative,
    surname_forms,
    without_legal_form,
)
from store.lang.places import is_region_by, neuter_nominative, place_nominative
from store.model import Article, Extraction, Mention

# Nouns that name a kind of place: the capitalized word after them belongs to them,
# not to a person span that follows («области Жетісу Бейбит Исабаев»).
_PLACE_NOUNS = {
    "область",
    "район",
    "город",
    "село",
    "аул",
    "республика",
    "округ",
    "провинция",
    "штат",
    "станция",
    "поселок",
    "регион",
    "край",
    "улица",
    "аким",
    "акимат",
}
_NOT_NAME_POS = {
    "ADJF",
    "ADJS",
    "COMP",
    "VERB",
    "INFN",
    "PRTF",
    "PRTS",
    "GRND",
    "ADVB",
    "NPRO",
    "PRED",
    "PREP",
    "CONJ",
    "PRCL",
    "INTJ",
    "NUMR",
}
_PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"}
_PROPER_PERSON = {"Name", "Surn", "Patr"}
_ADJECTIVE = re.compile(r"(?:[сц]к|ийск|инск)(?:ий|ая|ое|ие|ого|ому|ой|ом|ым|им|их|ую|ых)$", re.I)
# «в правительстве Казахстана»: the government of a named country is an organization.
_BODY_NOUNS = {"правительство", "парламент", "посольство", "сенат", "мажилис", "кабмин", "консульство"}
_PAIR = re.compile(r"\s*\(\s*([^()\n]{2,40}?)\s*\)")
# Bodies of states that the model labels as places: a union of states, and the
# Kremlin standing for Russia's presidential administration, are organizations.
_ORG_NOT_PLACE = {
    "ес",
    "евросоюз",
    "европейский союз",
    "еаэс",
    "евразийский экономический союз",
    "евразийский союз",
    "таможенный союз",
    "снг",
    "шос",
    "нато",
    "оон",
    "одкб",
    "брикс",
    "оэср",
    "обсе",
    "опек",
    "асеан",
    "кремль",
    "евразес",
}
# Abbreviations of common nouns, not names: «СМИ сообщают», «ДТП на трассе».
_GENERIC_ABBR = {
    "сми",
    "вуз",
    "вузы",
    "дтп",
    "чп",
    "ввп",
    "внп",
    "жкх",
    "нко",
    "оао",
    "зао",
    "ооо",
    "пао",
    "ао",
    "ип",
    "тц",
    "нии",
    "срочно",
    "фото",
    "видео",
}
# Kinds of organization that, capitalized alone, refer back to one named before
# («сотрудников Группы», «Фонд купил активы»): no name of their own.
_GENERIC_ORG_KINDS = {
    "группа",
    "фонд",
    "компания",
    "общество",
    "организация",
    "корпорация",
    "холдинг",
    "концерн",
    "ассоциация",
    "объединение",
    "альянс",
    "банк",
    "предприятие",
    "акимат",
}
# Words that end a span only by bleeding into the clause after the name («Большого переняло»).
_BLEED_POS = {"VERB", "INFN", "GRND", "PRTS", "ADVB", "PRED", "CONJ", "PRCL", "PREP"}


class Extractor:
    """Loads natasha's NER model once (per process) and extracts articles with it.

    `find_checkpoints`, `gazetteer_get` and `find_facts` default to store.checkpoints,
    store.gazetteer and store.facts; tests pass fakes. `timings` accumulates seconds
    per stage (for the benchmark) and per pass (by the pass's name). The passes named in
    `disabled` (by default the comma-separated BORDERDOCS_DISABLE_PASSES, read here once
    so every ingest worker inherits it) are skipped: the ablation's switch.
    """

    def __init__(self, find_checkpoints=None, gazetteer_get=None, find_facts=None, disabled=None) -> None:
        self.ner = NerModel()
        self.set_disabled(disabled_from_environment() if disabled is None else disabled)
        self.find_checkpoints = find_checkpoints or checkpoints.find_checkpoints
        self.gazetteer_get = gazetteer_get or gazetteer.get
        self.find_facts = find_facts or facts_mod.find_facts
        self.timings: dict[str, float] = defaultdict(float)

    def set_disabled(self, names) -> None:
        """Skip the passes named (a comma-separated string or an iterable) from now on;
        the ablation switches one model between variants this way."""
        self.disabled = _disabled_passes(names)
        self.passes = tuple(p for p in PASSES if p.name not in self.disabled)

    def extract(self, article: Article, limit: int | None = EXTRACT_LIMIT_DEFAULT) -> Extraction:
        """Everything extracted from `article`, reading at most `limit` characters of its
        body (cut at a paragraph, sentence or word boundary; None reads it all). Where the
        body was cut is recorded in the result's `truncated_at`."""
        article, truncated_at = _limited(article, limit)
        extraction = self._extract(article)
        extraction.truncated_at = truncated_at
        return extraction

    def _extract(self, article: Article) -> Extraction:
        mentions: list[Mention] = []
        facts = []
        for field, text in (("title", article.title or ""), ("body", article.body or "")):
            t0 = time.perf_counter()
            spans = self.ner.spans(text)
            t1 = time.perf_counter()
            cps = self._checkpoints(text)
            t2 = time.perf_counter()
            mentions += self._mentions(text, field, spans, cps)
            t3 = time.perf_counter()
            if field == "body" and cps:
                facts = self.find_facts(text, cps, article.date)
            self.timings["ner"] += t1 - t0
            self.timings["checkpoints"] += t2 - t1
            self.timings["mentions"] += t3 - t2
            self.timings["facts"] += time.perf_counter() - t3
        t0 = time.perf_counter()
        _merge(mentions, article)
        t1 = time.perf_counter()
        body_mentions = [m for m in mentions if m.field == "body"]
        directives = find_directives(article.body or "", body_mentions, _sentences(article.body or ""))
        t2 = time.perf_counter()
        lem = lemmas.lemmatize(article.title or "") + "\n" + lemmas.lemmatize(article.body or "")
        self.timings["merge"] += t1 - t0
        self.timings["directives"] += t2 - t1
        self.timings["lemmas"] += time.perf_counter() - t2
        return Extraction(mentions=mentions, facts=facts, directives=directives, lemmas=lem)

    def _checkpoints(self, text: str) -> list:
        if not text:
            return []
        return self.find_checkpoints(text)

    def _mentions(self, text: str, field: str, spans: list[NerSpan], cps: list) -> list[Mention]:
        ctx = PassContext(cps=cps, cp_index=_ByStart(cps), disabled=self.disabled)
        spans = self.run_passes(text, spans, ctx)
        out = _as_mentions(text, field, spans, ctx)
        for c in cps:
            cp = self.gazetteer_get(c.ref)
            name = getattr(cp, "name_ru", None) or c.surface
            out.append(Mention("checkpoint", name, c.surface, c.start, c.end, field, ref=c.ref))
        out.sort(key=lambda m: (m.start, m.end))
        return out

    def run_passes(self, text: str, spans: list[NerSpan], ctx: PassContext) -> list:
        """The model's spans through every enabled pass in order, each one timed."""
        for p in self.passes:
            t0 = time.perf_counter()
            spans = p.function(text, spans, ctx)
            self.timings[p.name] += time.perf_counter() - t0
        return spans


def _limited(article: Article, limit: int | None) -> tuple[Article, int | None]:
    """The article with its body cut to at most `limit` characters, and where it was cut
    (None when the whole body fits). The caller's article is left as it is."""
    body = article.body or ""
    if limit is None or len(body) <= limit:
        return article, None
    cut = cut_at_boundary(body, 0, max(0, limit))
    return dataclasses.replace(article, body=body[:cut]), cut


# «в Вологодской, Тульской и Белгородской областях», «Алматинской и Жамбылской областей»,
# «Донецкой и Луганской народных республик», «Центральной и Восточной Европы»: capitalized
# adjectives coordinated over one noun name one place each.
_COORD_ADJ = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*"
_COORD = re.compile(
    rf"(?<![\w-])(?P<chain>{_COORD_ADJ}(?:\s*,\s*{_COORD_ADJ})*\s*,?\s+(?:и|или)\s+)(?P<last>{_COORD_ADJ})"
)
_COORD_CHAIN = re.compile(rf"{_COORD_ADJ}(?:\s*,\s*{_COORD_ADJ})*")
_CAPITAL_START = re.compile(r"(?<![\w-])[А-ЯЁ]")
_NEXT_WORD = re.compile(r" ([А-ЯЁ]?[а-яё]+)\b")
# Place nouns a coordinated list of regions stands over (lowercase head nouns).
_COORD_NOUNS = {
    "область",
    "район",
    "край",
    "округ",
    "республика",
    "провинция",
    "штат",
    "губерния",
    "волость",
    "уезд",
    "автономия",
}


def _adj_reading(word: str):
    """The singular adjective reading of a capitalized word («Тульской»), or None."""
    for p in parses(word)[:4]:
        if (
            p.tag.POS == "ADJF"
            and p.tag.number == "sing"
            and p.tag.case in ("gent", "datv", "loct", "ablt", "nomn", "accs")
        ):
            return p
    return None


def _coord_matches(text: str):
    """The matches of `_COORD.finditer(text)`, found in linear time. finditer tries every
    word of a comma-separated list of capitalized words that ends in no «и», and each try
    scans to the list's end: quadratic on a long list. A try from inside a list cannot
    succeed where the try from its first word failed (that one can stop wherever the later
    one can), so after a failure the rest of that list is skipped."""
    pos = 0
    for w in _CAPITAL_START.finditer(text):
        if w.start() < pos:
            continue
        m = _COORD.match(text, w.start())
        if m:
            yield m
            pos = m.end()
        else:
            chain = _COORD_CHAIN.match(text, w.start())
            pos = chain.end() if chain else w.start()


def _coordinated_places(text: str, spans: list[NerSpan]) -> list[tuple[NerSpan, str]]:
    """Each region of a coordinated list, with its nominative name («Тульская область»).

    A lowercase head must be a place noun (область, район, край …); a capitalized one
    (Европы, Кореи) must be a place the dictionary or the model knows.
    """
    out: list[tuple[NerSpan, str]] = []
    places = _ByStart([s for s in spans if s.type == "location"])
    for m in _coord_matches(text):
        mid_words, pos, noun, noun_m = [], m.end(), None, None
        for _ in range(3):  # «Луганской народных республик»: lowercase adjectives, then the noun
            w = _NEXT_WORD.match(text, pos)
            if not w:
                break
            ps = parses(w.group(1))[:3]
            if ps and ps[0].tag.POS == "NOUN":
                noun, noun_m = ps[0], w
                break
            if w.group(1)[:1].isupper() or not ps or ps[0].tag.POS not in ("ADJF", "PRTF"):
                break
            mid_words.append(w.group(1))
            pos = w.end()
        if noun is None:
            continue
        noun_w = noun_m.group(1)
        if noun_w[:1].isupper():
            nstart = noun_m.start(1)
            known = "Geox" in noun.tag.grammemes or places.any_overlap(nstart, nstart + 1)
            if not known or noun.tag.number != "sing":
                continue
        elif noun.normal_form not in _COORD_NOUNS:
            continue
        adjs = [(a.start(), a.end(), a.group()) for a in re.finditer(_COORD_ADJ, m.group("chain"))]
        adjs = [(m.start() + a, m.start() + b, w) for a, b, w in adjs]
        adjs.append((m.start("last"), m.end("last"), m.group("last")))
        readings = [_adj_reading(w) for _, _, w in adjs]
        if any(r is None for r in readings) or len(adjs) < 2:
            continue
        gender = noun.tag.gender or "femn"
        head = noun.normal_form if noun_w[:1].islower() else (noun.inflect({"nomn", "sing"}) or noun).word
        mids = []
        for w in mid_words:
            q = next((p for p in parses(w)[:4] if p.tag.POS in ("ADJF", "PRTF")), None)
            f = q.inflect({"nomn", "sing", gender}) if q else None
            mids.append(f.word if f else w)
        if noun_w[:1].isupper():
            head = head[:1].upper() + head[1:]
        for (a, b, _w), r in zip(adjs, readings, strict=False):
            f = r.inflect({"nomn", "sing", gender})
            if not f:
                break
            adj = "-".join(x[:1].upper() + x[1:] for x in f.word.split("-"))
            name = " ".join([adj] + mids + [head])
            end = noun_m.end() if (a, b) == (m.start("last"), m.end("last")) else b
            out.append((NerSpan("location", a, end, text[a:end]), name))
    return out


# «российское посольство», «китайское правительство», «казахстанский МИД»: a state's
# body named by the state's adjective is the same entity as «Посольство России».
_STATE_ADJECTIVES = {
    "российск": "России",
    "казахстанск": "Казахстана",
    "китайск": "Китая",
    "кыргызск": "Кыргызстана",
    "киргизск": "Кыргызстана",
    "кыргызстанск": "Кыргызстана",
    "узбекск": "Узбекистана",
    "узбекистанск": "Узбекистана",
    "туркменск": "Туркменистана",
    "таджикск": "Таджикистана",
    "белорусск": "Беларуси",
    "украинск": "Украины",
    "американск": "США",
    "германск": "Германии",
    "немецк": "Германии",
    "французск": "Франции",
    "британск": "Великобритании",
    "турецк": "Турции",
    "японск": "Японии",
    "монгольск": "Монголии",
    "иранск": "Ирана",
    "азербайджанск": "Азербайджана",
    "грузинск": "Грузии",
    "армянск": "Армении",
    "афганск": "Афганистана",
    "пакистанск": "Пакистана",
}
_STATE_BODIES = {
    "посольств": "Посольство",
    "консульств": "Консульство",
    "генконсульств": "Генконсульство",
    "правительств": "Правительство",
    "парламент": "Парламент",
    "мид": "МИД",
    "кабмин": "Кабмин",
}
_NATIONAL_BODY = re.compile(
    r"(?<![\w-])(?P<adj>" + "|".join(sorted(_STATE_ADJECTIVES, key=len, reverse=True)) + r")"
    r"(?:ое|ий|ая|ого|ому|ом|им|ым|ой|ую|ие|их)\s+(?P<body>"
    + "|".join(sorted(_STATE_BODIES, key=len, reverse=True))
    + r")(?:о|а|у|ом|е|ы|ов|ам|ами|ах)?(?![\w-])",
    re.IGNORECASE,
)


def _national_bodies(text: str) -> list[tuple[NerSpan, str]]:
    out = []
    for m in _NATIONAL_BODY.finditer(text):
        name = f"{_STATE_BODIES[m.group('body').lower()]} {_STATE_ADJECTIVES[m.group('adj').lower()]}"
        out.append((NerSpan("organization", m.start(), m.end(), m.group()), name))
    return out


# «индустриального парка «Казахстанско-китайский международный промышленный город»», «компания
# «Казахстан темир жолы»», «авиакомпания «Эйр Астана»», «pre-seed-фонд «Начинай»»: a name in
# quotes after a kind of organization is that organization. A kind glued to a known prefix
# counts; any other glued prefix does not («импорт «ножек Буша»» is no port).
_ORG_KIND_QUOTE = re.compile(
    r"(?<![\w-])(?:\w+-)*(?:авиа|медиа|теле|кино|радио|нефте|газо|авто|агро|гос|аэро|энерго)?"
    r"(?:компани|холдинг|корпораци|концерн|фонд|парк|завод|комбинат|порт|терминал|хаб|"
    r"банк|агентств|издани|газет|телеканал|журнал|парти|движени|ассоциаци|союз|объединени|"
    r"предприяти|перевозчик|оператор|логистическ\w+ центр|центр|групп|клуб|студи|издательств|"
    r"радиостанци|театр|сет(?=[ьи]))[а-яё]{0,4}\s+"
    r"«(?P<name>[А-ЯЁA-Z0-9][^«»\n]{1,80}?)»",
    re.IGNORECASE,
)


def _quoted_organizations(text: str, spans: list[NerSpan]) -> list[tuple[NerSpan, str]]:
    """Quoted names after a kind of organization that the model did not read as one name."""
    out = []
    orgs = _ByStart([s for s in spans if s.type == "organization"])
    for m in _ORG_KIND_QUOTE.finditer(text):
        start, end = m.span("name")
        if m.group("name")[:1].islower():
            continue  # «операторами «большой тройки»»: a nickname, not a name (the kinds match in any case)
        if orgs.containing(start, end):
            continue  # the model has it (or a longer name around it)
        name = " ".join(m.group("name").split())
        out.append((NerSpan("organization", start, end, m.group("name")), name))
    return out


@lru_cache(maxsize=8)  # the body's sentences serve the mentions, then the directives
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans (razdel), never crossing a paragraph break (nor a piece's edge in a
    paragraph longer than store.chunking.CHUNK_CHARS)."""
    out = []
    for para in re.finditer(r"[^\n]+", text):
        base = para.start()
        out += [(base + a, base + b) for a, b in sentence_spans(para.group())]
    return tuple(out)


def _sentence_at(sents: tuple[tuple[int, int], ...], pos: int) -> tuple[int, int] | None:
    """The sentence holding `pos`, by bisection (the spans are sorted and disjoint):
    a scan per name made extraction quadratic in the text's length."""
    i = bisect_right(sents, (pos, float("inf"))) - 1
    return sents[i] if i >= 0 and sents[i][0] <= pos < sents[i][1] else None


def _sentence_end(sents: tuple[tuple[int, int], ...], pos: int, default: int) -> int:
    sent = _sentence_at(sents, pos)
    return sent[1] if sent else min(default, pos + 200)


def _sentence_start(sents: tuple[tuple[int, int], ...], pos: int) -> int:
    sent = _sentence_at(sents, pos)
    return sent[0] if sent else max(0, pos - 200)


class _ByStart:
    """Spans (anything with .start and .end) sorted by start, for overlap look-ups that
    cost a bisection and the few spans near the point instead of a scan of all of them.
    Only spans starting within the longest span's length before a point can reach it."""

    def __init__(self, spans) -> None:
        self.items = sorted(spans, key=lambda s: (s.start, s.end))
        self.starts = [s.start for s in self.items]
        self.longest = max((s.end - s.start for s in self.items), default=0)

    def overlapping(self, start: int, end: int) -> list:
        """The spans sharing a character with [start, end), in order."""
        lo = bisect_right(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        return [s for s in self.items[lo:hi] if s.end > start]

    def any_overlap(self, start: int, end: int) -> bool:
        return bool(self.overlapping(start, end))

    def within(self, start: int, end: int) -> list:
        """The spans lying wholly inside [start, end), in order."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [s for s in self.items[lo:hi] if s.end <= end]

    def containing(self, start: int, end: int) -> list:
        """The spans holding all of [start, end)."""
        return [s for s in self.overlapping(start, end) if s.start <= start and end <= s.end]


def _clean(text: str, s: NerSpan) -> list[NerSpan]:
    """The span's name without edge punctuation or words bled from the clause after
    it; «Фонд развития интернет-инициатив (ФРИИ)» is two names of one thing (the
    merge joins them through the pair the text makes)."""
    start, end = fix_bounds(text, s.start, s.end)
    inner = text.find("(", start, end)
    if inner != -1 and text.rfind(")", inner, end) == -1:
        return _clean(text, NerSpan(s.type, start, inner, "")) + _clean(text, NerSpan(s.type, inner + 1, end, ""))
    end = _trim_bleed(text, start, end)
    if end <= start or not re.search(r"[^\W\d_]", text[start:end]):
        return []
    return [NerSpan(s.type, start, end, text[start:end])]


# «Министерству цифрового развития, обороны и аэрокосмической промышленности следует …»:
# a state body's head noun, capitalized, and the genitive phrase that names its field.
_BODY_HEAD = re.compile(r"\b(?:Министерств|Комитет|Агентств|Департамент|Управлени|Ведомств)[а-яё]{0,3}\b")
# «по итогам встречи», «по словам министра»: adverbial phrases, not a body's field
_PO_PHRASES = {
    "итогам",
    "словам",
    "данным",
    "мнению",
    "оценкам",
    "информации",
    "сообщению",
    "причине",
    "поводу",
    "просьбе",
    "приглашению",
    "инициативе",
    "результатам",
    "поручению",
    "случаю",
}
_WORD_AT = re.compile(r"\s*(,\s*|\s+)?([А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*|[А-ЯЁ]{2,})")


def _with_rule_orgs(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    """Add the state bodies the model missed; a rule span wins over model spans inside it.

    The spans stay sorted, so each rule looks only at the spans near it (bisection)."""
    spans = sorted(spans, key=lambda s: (s.start, s.end))
    keys = [(s.start, s.end) for s in spans]
    longest = max((s.end - s.start for s in spans), default=0)
    for m in _BODY_HEAD.finditer(text):
        end = _genitive_tail_end(text, m.end())
        if end == m.end():
            continue
        rule = NerSpan("organization", m.start(), end, text[m.start() : end])
        lo = bisect_right(keys, (rule.start - longest, float("inf")))
        hi = bisect_left(keys, (rule.end, -1))
        near = [i for i in range(lo, hi) if spans[i].end > rule.start]  # the spans overlapping the rule
        inside = [i for i in near if rule.start <= spans[i].start and spans[i].end <= rule.end]
        if len(inside) < len(near):
            continue  # the model saw a different name here: keep its reading
        if any(
            spans[i].type == "organization" and spans[i].end - spans[i].start >= rule.end - rule.start for i in inside
        ):
            continue
        for i in reversed(inside):
            del spans[i], keys[i]
        at = bisect_right(keys, (rule.start, rule.end))
        spans.insert(at, rule)
        keys.insert(at, (rule.start, rule.end))
        longest = max(longest, rule.end - rule.start)
    return spans


_LOWER_MINISTRY = re.compile(r"(?<![\w-])министерств(?:о|а|у|ом|е)(?![\w-])")


def _lowercase_ministries(text: str, spans: list[NerSpan]) -> list[tuple[NerSpan, str]]:
    """«министерство обороны», «министерства энергетики Украины»: a ministry written in
    lowercase, named by its field, is that ministry (the press often writes it so)."""
    out = []
    index = _ByStart(spans)
    for m in _LOWER_MINISTRY.finditer(text):
        end = _genitive_tail_end(text, m.end())
        if end == m.end() or _pronoun_follows(text, m.end()):
            continue
        if any(not (m.start() <= s.start and s.end <= end) for s in index.overlapping(m.start(), end)):
            continue  # the model read the words differently: keep its reading
        name = phrase_nominative(" ".join(text[m.start() : end].split()))
        out.append((NerSpan("organization", m.start(), end, text[m.start() : end]), name[:1].upper() + name[1:]))
    return out


def _pronoun_follows(text: str, pos: int) -> bool:
    m = _WORD_AT.match(text, pos)
    return bool(m) and any("Apro" in p.tag or p.tag.POS == "NPRO" for p in parses(m.group(2))[:1])


_TAIL_WORDS = 24  # a body's field is a few words: «министерства обороны, министерства обороны, …» is no name


def _genitive_tail_end(text: str, pos: int) -> int:
    """End of the genitive words after pos («цифрового развития, обороны и
    аэрокосмической промышленности», «транспорта РК», «по делам госслужбы»), with
    commas and «и» between them; at most _TAIL_WORDS words are read (every body head
    reading on to the text's end made a long list quadratic)."""
    start, end, after_po = pos, pos, False
    for _ in range(_TAIL_WORDS):
        m = _WORD_AT.match(text, pos)
        if not m or "\n" in m.group(0):
            return end
        w = m.group(2)
        if w == "и" and end == start:
            return end  # «министерства и ведомства»: a second noun, not a field
        if w in ("и", "по"):
            after_po = w == "по"
            pos = m.end()
            continue
        if not (_has_case(w, "datv" if after_po else "gent") or (w.isupper() and len(w) > 1)):
            return end
        if after_po and w.lower() in _PO_PHRASES:
            return end
        if _names_a_work(text, w, m.end()):
            return end
        joined = (m.group(1) and "," in m.group(1)) or text[end : m.start(2)].strip() == "и"
        if joined and not w.islower():
            return end  # «… РК и Комитета …»: a second body, not this one's field
        after_po = False
        end = pos = m.end()
    return end


def _has_case(w: str, case: str) -> bool:
    """Is `w` (likely) a noun or adjective in this case? The first reading must be one."""
    ps = parses(w)[:4]
    return (
        bool(ps)
        and ps[0].tag.POS in ("NOUN", "ADJF", "PRTF")
        and any(p.tag.case == case and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in ps)
    )


def _trim_bleed(text: str, start: int, end: int) -> int:
    """Drop lowercase words at the end of a span that cannot end a name: verbs,
    adverbs, function words («Большого переняло», «Фафнира всюду»), and the kind of
    work a quoted title right after names («Министерством образования и науки премии
    "За покровительство…"»: the prize is not part of the ministry)."""
    while True:
        m = re.search(r"\s+([а-яё]+)$", text[start:end])
        if not m:
            return end
        if not _names_a_work(text, m.group(1), end) and not all(
            p.tag.POS in _BLEED_POS for p in parses(m.group(1))[:3]
        ):
            return end
        end = start + m.start()


def _names_a_work(text: str, word: str, end: int) -> bool:
    """Is `word`, ending at `end`, a kind of work that the quoted title after it names
    («премии "За покровительство…"», «спектакле «Шведская спичка»»)?"""
    if not word.islower() or not re.match(r"\s*[«\"“„]", text[end : end + 3]):
        return False
    ps = parses(word)
    return bool(ps) and ps[0].normal_form in _WORK_NOUNS


def _body_of_states(text: str, s: NerSpan, name: str) -> bool:
    """«ЕС», «Евросоюз», «НАТО»: organizations the model calls places; «Кремль» too,
    unless the text goes to or is in the place («в Кремле», «въезжал в Кремль»)."""
    k = key(name)
    if k not in _ORG_NOT_PLACE:
        return False
    return k != "кремль" or not re.search(
        r"(?:^|\s)(?:в|во|из|у|над|под|возле|около)\s+$", text[max(0, s.start - 8) : s.start].lower()
    )


def _place_tail(text: str, s: NerSpan) -> NerSpan | None:
    """The place an organization's name ends with, as a mention of its own:
    «Департамент культуры Москвы», «Совет Федерации РФ», «суд Лос-Анджелеса»."""
    m = re.search(r"(\S+)\s+([А-ЯЁ][\w-]*)$", s.text)
    if not m or re.search('[«"“„»”]', s.text) or _in_quotes(text, s):
        return None  # «Эхо Москвы», «Единая Россия»: a title, not a body of a place
    if any(_PROPER_PERSON & set(p.tag.grammemes) for p in parses(m.group(1))[:2]):
        return None  # «Университет Джорджа Вашингтона»
    ps = parses(m.group(2))
    if not ps or "Geox" not in ps[0].tag.grammemes:
        return None
    if not any("Geox" in p.tag.grammemes and p.tag.case in ("gent", "loct") for p in ps):
        return None
    start = s.start + m.start(2)
    return NerSpan("location", start, s.end, text[start : s.end])


_CAPITALIZED_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*(?![\w-])")


def _dictionary_places(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    """Places the model passes over, mostly inside quoted titles («форум
    "Интернет-предпринимательство в России"», «чемпионат Европы»): a capitalized word
    outside every span whose likeliest dictionary reading is a geographic noun."""
    out, covered = [], _covered(text, spans)
    for w in _CAPITALIZED_WORD.finditer(text):
        if any(covered[w.start() : w.end()]):
            continue
        ps = parses(w.group())
        if (
            ps
            and ps[0].tag.POS == "NOUN"
            and "Geox" in ps[0].tag.grammemes
            and from_dictionary(ps[0])
            and not any(_PROPER_PERSON & set(p.tag.grammemes) for p in ps)
        ):  # «Венеры»: a goddess and a name too
            out.append(NerSpan("location", w.start(), w.end(), w.group()))
    return out


def _split_glued_persons(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    """«руководителя Академии Хельмута Риллинга Эдисон Денисов завершил»: the model ran
    two people into one span. Where no (case, gender) fits every word of the span but
    one fits each half, the halves are two people."""
    out = []
    for s in spans:
        words = list(re.finditer(r"\S+", s.text))
        cut = None
        if s.type == "person" and len(words) >= 4 and not kazakh_context(text, s.start, s.end):
            readings = [_name_readings(w.group()) for w in words]
            if not _common(readings):
                cut = next(
                    (i for i in range(2, len(words) - 1) if _common(readings[:i]) and _common(readings[i:])), None
                )
        if cut is None:
            out.append(s)
            continue
        left_end, right_start = s.start + words[cut - 1].end(), s.start + words[cut].start()
        out += [
            NerSpan("person", s.start, left_end, text[s.start : left_end]),
            NerSpan("person", right_start, s.end, text[right_start : s.end]),
        ]
    return out


def _split_glued_places(spans: list[NerSpan]) -> list[NerSpan]:
    """«узнают в Старгороде Одессу»: two places side by side that share no case are two
    places («Республики Казахстан» share one: the nominative plural and singular)."""
    out = []
    for s in spans:
        words = list(re.finditer(r"\S+", s.text))
        if s.type != "location" or len(words) != 2 or not all(w.group()[:1].isupper() for w in words):
            out.append(s)
            continue
        first = [p for p in parses(words[0].group()) if p.tag.POS == "NOUN"]
        second = [p for p in parses(words[1].group()) if p.tag.POS == "NOUN"]
        geo = [p for p in second if from_dictionary(p) and "Geox" in p.tag.grammemes]
        common_noun = any(from_dictionary(p) and not _PROPER & set(p.tag.grammemes) for p in first)
        if common_noun or not first or not geo or {p.tag.case for p in first} & {p.tag.case for p in second}:
            out.append(s)
            continue
        a, b = words
        out += [
            NerSpan("location", s.start + a.start(), s.start + a.end(), a.group()),
            NerSpan("location", s.start + b.start(), s.start + b.end(), b.group()),
        ]
    return out


def _name_readings(word: str) -> set[tuple[str, str]] | None:
    """(case, gender) pairs a word can take as part of a person's name; None when it
    says nothing (indeclinable, initials, no name reading)."""
    out = set()
    for p in parses(word):
        if p.tag.POS != "NOUN" or p.tag.number != "sing" or "Fixd" in p.tag:
            continue
        if _PROPER_PERSON & set(p.tag.grammemes) or not from_dictionary(p):
            out.add((p.tag.case, p.tag.gender))
    return out or None


def _common(readings: list) -> bool:
    known = [r for r in readings if r is not None]
    return not known or bool(set.intersection(*known))


def _join_split_persons(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    """«Фёдора» + «Ивановича Шаляпина»: a given name the model cut off from the
    patronymic or surname right after it is one person's name."""
    out: list[NerSpan] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev
            and prev.type == s.type == "person"
            and text[prev.end : s.start] == " "
            and " " not in prev.text
            and _given_then_family(prev.text, s.text.split()[0])
        ):
            out[-1] = NerSpan("person", prev.start, s.end, text[prev.start : s.end])
        else:
            out.append(s)
    return out


def _given_then_family(first: str, second: str) -> bool:
    """Is `first` a given name and `second` a patronymic or surname in the same case?"""
    given = [p for p in parses(first)[:4] if "Name" in p.tag.grammemes]
    family = [p for p in parses(second)[:4] if {"Patr", "Surn"} & set(p.tag.grammemes)]
    return any(g.tag.case == f.tag.case for g in given for f in family)


# Head nouns of bodies another body can belong to («Комитет … Министерства финансов РК»).
_PARENT_HEADS = {
    "министерство",
    "академия",
    "университет",
    "совет",
    "фонд",
    "агентство",
    "служба",
    "комитет",
    "правительство",
    "парламент",
    "ассамблея",
    "палата",
    "администрация",
}


_NAMED_AFTER_HEADS = {"фонд", "университет", "институт", "театр", "музей", "библиотека", "академия", "центр"}


def _body_named_after(text: str, s: NerSpan) -> NerSpan | None:
    """«Благотворительный фонд Владимира Потанина», «Университет Джорджа Вашингтона»: a
    capitalized body right before a person's name in the genitive is named after them
    (the person stays a mention of their own)."""
    window = max(0, s.start - 60)
    m = re.search(r"((?:[А-ЯЁа-яё]+\s+){0,2}?)([А-Яа-яЁё]+)\s+$", text[window : s.start])
    if not m:
        return None
    head = parses(m.group(2))
    if not head or head[0].tag.POS != "NOUN" or head[0].normal_form not in _NAMED_AFTER_HEADS:
        return None
    adjs = m.group(1).split()
    while adjs and parses(adjs[0])[0].tag.POS not in ("ADJF", "PRTF"):
        adjs.pop(0)  # only agreeing adjectives belong to the name
    first = adjs[0] if adjs else m.group(2)
    if not first[:1].isupper() or not any(p.tag.case == "gent" for p in parses(s.text.split()[-1])[:3]):
        return None
    start = window + m.start() + m.group(0).find(first)
    return NerSpan("organization", start, s.end, text[start : s.end])


def _parent_body(text: str, s: NerSpan) -> NerSpan | None:
    """The body an organization's name says it belongs to, as a mention of its own:
    «Комитет государственных доходов Министерства финансов РК» names the ministry too,
    «Бизнес-инкубатор Академии народного хозяйства» the academy."""
    if re.search('[«"“„»”]', s.text) or _in_quotes(text, s):
        return None
    for m in list(re.finditer(r"[А-ЯЁ][а-яё]+", s.text))[1:]:  # the first word is the body's own head
        ps = parses(m.group())
        if ps and ps[0].tag.POS == "NOUN" and ps[0].normal_form in _PARENT_HEADS and ps[0].tag.case == "gent":
            start = s.start + m.start()
            return NerSpan("organization", start, s.end, text[start : s.end])
    return None


def _join_org_tails(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    """«Комитета государственных доходов» + «Министерства финансов» + «РК» is one
    organization: a span right after an organization, in the genitive or an
    abbreviation, is the organization's own tail."""
    out: list[NerSpan] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev
            and prev.type == "organization"
            and s.type in ("organization", "location")
            and text[prev.end : s.start] == " "
            and _is_genitive_tail(s.text)
        ):
            out[-1] = NerSpan("organization", prev.start, s.end, text[prev.start : s.end])
        else:
            out.append(s)
    return out


def _with_body_noun(text: str, s: NerSpan) -> NerSpan:
    """«правительства РК», «посольстве России»: a location in the genitive after a state
    body's noun names that body too (an organization; the place stays a mention)."""
    if s.type != "location":
        return s
    m = re.search(r"([А-Яа-яЁё]+) $", text[max(0, s.start - 20) : s.start])
    if not m or parses(m.group(1))[0].normal_form not in _BODY_NOUNS or not _is_genitive_tail(s.text):
        return s
    start = s.start - len(m.group(1)) - 1
    return NerSpan("organization", start, s.end, text[start : s.end])


def _is_genitive_tail(name: str) -> bool:
    first = name.split()[0]
    if first.isupper() and len(first) > 1:
        return True
    ps = parses(first)
    return bool(ps) and ps[0].tag.case == "gent" and ps[0].tag.POS in ("NOUN", "ADJF")


def _strip_person_lead(text: str, s: NerSpan, loc_keys: set[str]) -> NerSpan | None:
    """Drop leading words a person span swallowed: a role word («Президент Токаев»), or a
    place that belongs to the words before it («области Жетісу Бейбит Исабаев»)."""
    while True:
        words = s.text.split()
        if len(words) < 2:
            return s
        first = words[0]
        before = text[max(0, s.start - 30) : s.start].split()
        place_before = bool(before) and parses(before[-1])[0].normal_form in _PLACE_NOUNS
        if not (is_role_word(first) or (len(words) > 2 and (key(first) in loc_keys or place_before))):
            return s
        cut = s.start + len(first)
        start = len(text[cut : s.end]) - len(text[cut : s.end].lstrip()) + cut
        s = NerSpan(s.type, start, s.end, text[start : s.end])


# Lowercase words that belong to a person's name («Шарль де Голль», «Абу Бакр аль-Багдади»).
_NAME_PARTICLES = {
    "де",
    "фон",
    "ван",
    "дер",
    "ди",
    "да",
    "дю",
    "ла",
    "ле",
    "аль",
    "ибн",
    "бин",
    "бен",
    "эль",
    "оглы",
    "кызы",
    "улы",
    "уулу",
}
# Particles glued to a word by a hyphen («Кудрин-то»): not part of the name.
_GLUED_PARTICLES = {"то", "ка", "де", "таки", "либо", "нибудь"}


def _person_words(text: str, s: NerSpan) -> NerSpan | None:
    """A person's name is capitalized words: lowercase common nouns the span swallowed at
    its start go («остроумец-куплетист Смирнов-Сокольский»), a glued particle goes
    («Кудрин-то»), and a capitalized word with a lowercase hyphenated part is a compound
    common noun, not a name («Яндекс-кошельков», «Мураками-бум»)."""
    start, end = s.start, s.end
    for m in re.finditer(r"\S+", s.text):
        w = m.group()
        if w[:1].islower() and w.split("-")[0].lower() not in _NAME_PARTICLES:
            start = s.start + m.end()
            continue
        break
    start += len(text[start:end]) - len(text[start:end].lstrip())
    words = text[start:end].split()
    if not words:
        return None
    for i, w in enumerate(words):
        parts = re.split("[-‐–]", w)
        if len(parts) < 2 or not parts[0][:1].isupper() or not any(p[:1].islower() for p in parts[1:]):
            continue
        if (
            i == len(words) - 1
            and parts[-1].lower() in _GLUED_PARTICLES
            and not any(p[:1].islower() for p in parts[1:-1])
        ):
            end -= len(parts[-1]) + 1
            continue
        if parts[0].lower() in _NAME_PARTICLES or all(
            p.lower() in _NAME_PARTICLES for p in parts[1:] if p[:1].islower()
        ):
            continue  # «Абд-эль-Азиз»
        return None
    if kazakh_context(text, start, end):  # «Сонымен қатар Бейбит Исабаев»: the connective goes
        ws = list(re.finditer(r"\S+", text[start:end]))
        start += ws[kazakh.leading_discourse_words([w.group() for w in ws], _is_first_name)].start() if ws else 0
    end = _end_after_surname(text, start, end)
    if not _looks_like_a_name_in_kazakh_text(text, start, end):
        return None
    if (start, end) == (s.start, s.end):
        return s
    return NerSpan(s.type, start, end, text[start:end]) if end > start else None


def _coordinated_persons(text: str, spans: list[NerSpan]) -> dict[tuple[int, int], str]:
    """«Аркадия и Бориса Ротенбергов», «братьев Аркадия и Бориса Стругацких»: two given
    names share one surname written in the plural; each person gets it in the singular
    (Аркадий Ротенберг, Борис Ротенберг), not «Борис Ротенбергов» and a bare «Аркадий»."""
    out = {}
    by_end = {s.end: s for s in spans if s.type == "person"}
    for s in spans:
        words = s.text.split()
        if s.type != "person" or len(words) != 2:
            continue
        surname = _plural_surname(words[1])
        window = max(0, s.start - 40)
        lead = re.search(r"(\S+)\s+и\s+$", text[window : s.start])
        if not surname or not lead:
            continue
        first = by_end.get(window + lead.end(1))
        if first is None or " " in first.text:
            continue
        out[(first.start, first.end)] = f"{person_nominative(first.text).split()[0]} {surname}"
        out[(s.start, s.end)] = f"{person_nominative(words[0]).split()[0]} {surname}"
    return out


def _plural_surname(word: str) -> str | None:
    """The singular nominative of a surname written in the plural («Ротенбергов» → Ротенберг)."""
    ps = parses(word)
    if not ps or ps[0].tag.number != "plur" or "Surn" not in ps[0].tag.grammemes:
        return None
    return ps[0].normal_form.replace("ё", "е").capitalize()


# Head nouns that make a name an organization whatever the model says («Северная Лига»);
# «союз» and «федерация» are left out: «Советский Союз», «Российская Федерация» are states.
_ORG_HEAD_NOUNS = {
    "лига",
    "партия",
    "движение",
    "фронт",
    "ассоциация",
    "компания",
    "корпорация",
    "банк",
    "фонд",
    "агентство",
    "служба",
    "министерство",
    "комитет",
    "комиссия",
    "университет",
    "институт",
    "академия",
    "театр",
    "клуб",
    "холдинг",
    "концерн",
    "конгресс",
}


def _organization_by_head(s: NerSpan) -> NerSpan:
    """«из Северной Лиги»: a «place» whose head noun is a kind of organization is one."""
    words = s.text.split()
    if len(words) < 2:
        return s
    for w in words:
        ps = parses(w)
        if ps and ps[0].tag.POS == "NOUN":
            if ps[0].normal_form in _ORG_HEAD_NOUNS:
                return NerSpan("organization", s.start, s.end, s.text)
            return s
    return s


def _named_place_elsewhere(s: NerSpan, text: str, place_names: set[str]) -> NerSpan:
    """«Старгород», «Корсуни»: a one-word «person» the article names as a place elsewhere
    («в Старгороде», «древняя Корсунь») is that place."""
    if " " in s.text.strip():
        return s
    as_place = NerSpan("location", s.start, s.end, s.text)
    if key(s.text) in place_names or key(_normalize(as_place, None, text)) in place_names:
        return as_place
    return s


def _person_or_place(s: NerSpan, surnames: set[str]) -> NerSpan | None:
    """A one-word «person» the dictionary knows only as something else: a thing
    («История», «Пасха», «Рондо») is dropped, a place («в Корсуни») becomes a location, a
    family in the plural («семье Пугачевых», «для Ротшильдов») is no single person, and a
    place of the project's list (store/data/places.txt: «Жаркент») is that place.
    A word that is the surname of a full name in the same text stays a person."""
    if " " in s.text.strip() or "." in s.text:
        return s
    every = parses(s.text)
    ps = [p for p in every if from_dictionary(p)]
    if (
        ps
        and ps[0].tag.number == "plur"
        and (_PROPER_PERSON & set(ps[0].tag.grammemes) or "anim" in ps[0].tag)
        and not _SURNAME.search(s.text)
    ):  # «Бектенов» reads as «of the Bektens» too
        return None
    if s.text[:5].lower() in surnames:
        return s
    if place_nominative(s.text) or is_region_by(s.text):
        return NerSpan("location", s.start, s.end, s.text)  # «в Алтынколь и Жаркент», «в Приаралье»
    if not ps:
        return s
    if any(_PROPER_PERSON & set(p.tag.grammemes) and p.tag.number == "sing" for p in every):
        return s  # a known or guessed name («Поллока»: a surname before it is a place)
    if "Geox" in ps[0].tag.grammemes:
        return NerSpan("location", s.start, s.end, s.text)
    if all(p.tag.POS == "NOUN" and "inan" in p.tag for p in ps):
        return None
    return s


_STREET_WORD = re.compile(
    r"\b(?:улиц[аеуы]|ул\.|проспект[аеу]?|пр-т|пр\.|переул(?:ок|ке|ка)|бульвар[аеу]?|площад(?:ь|и)|"
    r"шоссе|набережн(?:ая|ой|ую))\s+$",
    re.IGNORECASE,
)


def _covered(text: str, spans: list[NerSpan]) -> bytearray:
    """A byte per character of `text`: 1 where some span covers it."""
    mask = bytearray(len(text))
    for s in spans:
        mask[s.start : s.end] = b"\x01" * (s.end - s.start)
    return mask


def _names_a_street(full: str, s: NerSpan) -> bool:
    """«улица Горького», «проспект Вернадского», «улице Абая»: a street named after a
    person keeps the genitive it is named with (it is no «Горький»). A name that is an
    adjective agrees with the street word instead («на улице Тверской» → Тверская)."""
    if not _after_street_word(full, s):
        return False
    return not any(p.tag.POS in ("ADJF", "PRTF") for w in s.text.split() for p in parses(w)[:2])


def _after_street_word(full: str, s: NerSpan) -> bool:
    return bool(_STREET_WORD.search(full[max(0, s.start - 20) : s.start]))


_STREET_OR_IN = re.compile(
    r"(?:\b(?:улиц\w*|ул\.|проспект\w*|пр-т\w*|пр\.|переул\w*|бульвар\w*|площад\w*|шоссе|набережн\w*|имени|им\.)"
    r"|(?:^|\s)(?:в|во))\s+$",
    re.IGNORECASE,
)


def _surname_not_place(text: str, s: NerSpan, family_names: set[str]) -> NerSpan:
    """A one-word «place» the dictionary knows only as a person's name is that person:
    «по Кафке», «в стихию Пруста», «из картины Гойя»; so is the surname of a full name
    the text gives («с Бертом Кемпфертом» … «с Кемпфертом»). A word that is a place as
    well («Пушкин», «Королёв»), a street named after someone («проспект Вернадского») and
    a place one is in («саммит в Крюне») keep the model's reading."""
    if " " in s.text.strip() or "." in s.text or _STREET_OR_IN.search(text[max(0, s.start - 30) : s.start]):
        return s
    ps = [p for p in parses(s.text) if from_dictionary(p)]
    if (
        family_names
        and not any("Geox" in p.tag.grammemes for p in ps)
        and not place_nominative(s.text)
        and surname_forms(s.text) & family_names
    ):
        return NerSpan("person", s.start, s.end, s.text)
    if ps and all(_PROPER_PERSON & set(p.tag.grammemes) and "Geox" not in p.tag.grammemes for p in ps):
        return NerSpan("person", s.start, s.end, s.text)
    return s


# Surnames of the region's naming pattern and patronymics («Бектенов», «Исабаева»,
# «Касымович», «Нурланұлы»). In Kazakh-language text the Russian model runs a name into
# the words after it («Олжас Бектенов Көлік министрлігіне»): a name ends at its surname
# unless a patronymic follows.
_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына)$")
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|[ұу]лы|[қк]ызы)$", re.IGNORECASE)


def _end_after_surname(text: str, start: int, end: int) -> int:
    if not kazakh_context(text, start, end):
        return end  # only Kazakh-language text misleads the model this way
    words = list(re.finditer(r"\S+", text[start:end]))
    for i, w in enumerate(words[:-1]):
        word = w.group().strip(",.")
        if not _SURNAME.search(word) or _is_first_name(word):
            continue
        nxt = words[i + 1].group().strip(",.")
        if _PATRONYMIC.search(nxt):
            return end
        if i == 0 and len(words) == 2 and _is_first_name(nxt):
            return end  # «Жумангарин Серик»: surname first, as lists print it
        return start + w.end()  # «Бектенов Көлік …», «Токаев Сауда»
    return end


def _looks_like_a_name_in_kazakh_text(text: str, start: int, end: int) -> bool:
    """In Kazakh-language text the Russian model takes capitalized Kazakh words for
    people («Шекарада» 'at the border', «Сауда» 'trade', «Ресей Федералдық»): there a
    person must carry a surname or a known given name."""
    if not kazakh_context(text, start, end):
        return True
    words = [w.strip(",.") for w in text[start:end].replace("-", " ").split()]
    return any(_SURNAME.search(w) or _PATRONYMIC.search(w) or _is_first_name(w) for w in words)


def _is_first_name(word: str) -> bool:
    """A given name in the nominative: on the name list, or the dictionary's first reading."""
    if word.lower().replace("ё", "е") in given_names():
        return True
    p = parses(word)
    return bool(p) and "Name" in p[0].tag.grammemes and p[0].tag.case == "nomn"


def _overridden(s: NerSpan, cps: _ByStart) -> bool:
    """A checkpoint span wins over any NER span overlapping it, except an organization
    that names more than the checkpoint (МЦПС «Хоргос» stays, and Хоргос is mentioned)."""
    for c in cps.overlapping(s.start, s.end):
        bigger = s.start <= c.start and c.end <= s.end and (s.end - s.start) > (c.end - c.start) + 2
        if not (s.type == "organization" and bigger):
            return True
    return False


def _is_name(text: str, s: NerSpan) -> bool:
    """Filter what the model over-extracts: lowercase words, role words alone, adjectives
    («Достыкское»), function words («Как»), and common nouns standing as line headers."""
    words = s.text.split()
    if all(is_role_word(w) or not w[:1].isupper() for w in words if w[:1].isalpha()):
        return False
    if kazakh.is_role_phrase(words) and kazakh_context(text, s.start, s.end):
        return False  # «Мемлекет басшысы» 'head of state' is a post, not a place
    if len(words) > 1:
        # «К 85-летию со дня рождения …» (a heading): a preposition before a number or a
        # lowercase word starts a phrase, not a name
        return not (parses(words[0])[0].tag.POS == "PREP" and not words[1][:1].isupper())
    w = words[0]
    if key(w) in _GENERIC_ABBR:
        return False
    if s.type != "person" and not _in_quotes(text, s) and parses(w)[0].normal_form in _GENERIC_ORG_KINDS:
        return False
    if w.isupper() and len(w) > 1 and re.search("[А-ЯЁ]", w):
        ps = parses(w)
        if ps and ps[0].tag.POS in ("VERB", "INFN") and "Abbr" not in ps[0].tag.grammemes:
            return False  # «ПОДЕЛИТЬСЯ»: a button, not an acronym
        return True
    if (
        _ADJECTIVE.search(w)
        and not (s.type == "person" and _is_surname(w))
        and not (s.type == "location" and _after_street_word(text, s))
    ):
        return False  # «Достыкское», «Хоргосского»: derived adjectives, not names (but «Жириновский»
        # is, and so is the street «проспект Вернадского»)
    ps = [p for p in parses(w) if from_dictionary(p)]
    if not ps or any(_PROPER & set(p.tag.grammemes) for p in ps):
        return True
    if all(p.tag.POS in _NOT_NAME_POS for p in ps):
        return False
    return not _starts_line(text, s.start)


def _starts_line(text: str, pos: int) -> bool:
    """Is `pos` the first non-blank of its line? (Read backwards: copying the text before
    it for every name was quadratic in a long text.)"""
    if pos == 0:
        return True
    j = pos
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j > 0 and text[j - 1] == "\n"


def _is_surname(word: str) -> bool:
    return any("Surn" in p.tag.grammemes for p in parses(word)[:3])


def _normalize(s: NerSpan, case_hint: str | None, full: str | None = None) -> str:
    text = " ".join(s.text.split())
    if s.type == "person":
        if full is not None and kazakh_context(full, s.start, s.end):
            return _given_name_first(kazakh.person_name(text))  # Kazakh names do not decline the Russian way
        return _given_name_first(person_nominative(text, case_hint))
    if full is not None and _quoted_nominative(full, s):
        return text
    if s.type == "organization" and (bare := without_legal_form(text)) != text:
        return bare  # the quotes held the name as it is written: it is not declined
    if s.type == "location" and full is not None and _names_a_street(full, s):
        return text
    if s.type == "location" and (known := place_nominative(text)):
        return known
    if s.type == "location" and full is not None and _named_by_nominative_noun(full, s):
        return text
    if s.type == "location" and not _in_dictionary(text) and (neuter := neuter_nominative(text)):
        return neuter
    if s.type == "location" and (place := _place_reading_nominative(text, full, s.start)):
        return place
    name = phrase_nominative(text)
    return name[:1].upper() + name[1:]


# Kinds of place a name stands in apposition to: «архипелаг Хабомаи», «острова Хабомаи».
_GEO_KIND_NOUNS = _PLACE_NOUNS | {
    "архипелаг",
    "остров",
    "полуостров",
    "река",
    "озеро",
    "гора",
    "хребет",
    "пролив",
    "залив",
    "мыс",
    "пустыня",
    "долина",
    "перевал",
    "порт",
    "деревня",
}


def _named_by_nominative_noun(full: str, s: NerSpan) -> bool:
    """«Японии принадлежат архипелаг Хабомаи», «островов Хабомаи»: after a kind of place
    in the nominative or the plural, a one-word name the dictionary does not know is
    written in its own form; the guesser would decline it («Хабомая»)."""
    if " " in s.text.strip() or any(from_dictionary(p) for p in parses(s.text)):
        return False
    m = re.search(r"([а-яё]+)\s+$", full[max(0, s.start - 20) : s.start])
    if not m:
        return False
    kinds = [p for p in parses(m.group(1)) if p.tag.POS == "NOUN" and p.normal_form in _GEO_KIND_NOUNS]
    written = m.group(1).replace("ё", "е")
    return bool(kinds) and all(p.normal_form == written or p.tag.number == "plur" for p in kinds)


_PLURAL_LOCATIVE = re.compile(r"^([А-ЯЁ][а-яё-]+?)([кгхжшчщ]?)(ах|ях)$")


def _place_reading_nominative(word: str, full: str | None, start: int) -> str | None:
    """One word named as a place: its dictionary place reading wins over a surname
    («в Бутове» → Бутово, not Бутов); an unknown word in -ах/-ях after a place
    preposition is a plural town («в Васюках» → Васюки, not the guessed «Васюкахи»)."""
    if " " in word:
        return None
    ps = parses(word)
    geo = next((p for p in ps if from_dictionary(p) and "Geox" in p.tag.grammemes), None)
    if geo is not None:
        if ps[0] is geo:
            return None  # the usual path reads it so already
        form = geo.inflect({"nomn"})
        return match_case(word, form.word) if form else None
    m = _PLURAL_LOCATIVE.match(word)
    after_preposition = full is not None and re.search(
        r"(?:^|\s)(?:в|во|на|о|об|при)\s+$", full[max(0, start - 5) : start], re.I
    )
    if m and after_preposition and not any(from_dictionary(p) for p in ps):
        stem, soft = m.group(1) + m.group(2), m.group(3) == "ях" or m.group(2)
        return stem + ("и" if soft else "ы")
    return None


def _in_dictionary(word: str) -> bool:
    return any(from_dictionary(p) for p in parses(word))


def _given_name_first(name: str) -> str:
    """«Жумангарин Серик (Макашевич)», as lists and protocols print names → «Серик
    (Макашевич) Жумангарин», the order the press uses, so both spellings are one entity."""
    words = name.split()
    if len(words) not in (2, 3) or not _SURNAME.search(words[0]) or _is_first_name(words[0]):
        return name
    if not _is_first_name(words[1]) or (len(words) == 3 and not _PATRONYMIC.search(words[2])):
        return name
    return " ".join(words[1:] + words[:1])


# Kinds of works, events and documents whose quoted titles the model reads as organizations:
# «спектакль «Шведская спичка»», «в программе «Воскресное время»», «номинация «Производитель года»».
_WORK_NOUNS = {
    "пароход",
    "теплоход",
    "корабль",
    "судно",
    "ледокол",
    "яхта",
    "лайнер",
    "поезд",
    "самолет",
    "спектакль",
    "постановка",
    "фильм",
    "мультфильм",
    "сериал",
    "программа",
    "передача",
    "шоу",
    "картина",
    "полотно",
    "книга",
    "роман",
    "повесть",
    "рассказ",
    "стихотворение",
    "поэма",
    "песня",
    "альбом",
    "сингл",
    "клип",
    "опера",
    "балет",
    "оратория",
    "драма",
    "пьеса",
    "мюзикл",
    "статья",
    "колонка",
    "номинация",
    "премия",
    "конкурс",
    "фестиваль",
    "выставка",
    "акция",
    "операция",
    "учение",
    "доктрина",
    "закон",
    "законопроект",
    "сборник",
    "игра",
}
_TITLE_LEAD = re.compile(r"([^.!?\n«»\"]{0,80})[«\"“„]$")


def _titles_a_work(text: str, s: NerSpan) -> bool:
    """True for a quoted title that follows a kind of work in its sentence: a play, a TV
    programme, an award category or a law is not an organization. Only the words
    between the kind and the quote may intervene («спектакли Театра Наций «…»»)."""
    m = _TITLE_LEAD.search(text, max(0, s.start - 81), s.start)
    if not m or m.end() != s.start:
        return False
    for w in reversed(re.findall(r"[А-Яа-яЁё]+", m.group(1))[-5:]):
        p = parses(w)[0]
        if p.tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND"):
            return False  # «роман опубликовала «Азбука»»: the title is the verb's subject
        if w[:1].islower() and p.normal_form in _WORK_NOUNS:
            return True
    return False


def _in_quotes(text: str, s: NerSpan) -> bool:
    return s.start > 0 and text[s.start - 1] in '«"“„' and text[s.end : s.end + 1] in '»"”“'


def _quoted_nominative(text: str, s: NerSpan) -> bool:
    """«Вести», «Ведомости», «Известия»: a one-word title in quotes that reads as a
    nominative is written as its name (not «Весть», «Ведомость»)."""
    if " " in s.text or s.start == 0 or text[s.start - 1] not in '«"“„' or text[s.end : s.end + 1] not in '»"”“':
        return False
    nouns = [p for p in parses(s.text) if p.tag.POS == "NOUN"]
    return bool(nouns) and any(p.tag.case == "nomn" and p.score >= nouns[0].score - 1e-9 for p in nouns)


def _merge(mentions: list[Mention], article: Article) -> None:
    """Give every mention its entity's canonical name within the article."""
    named = [m for m in mentions if m.type != "checkpoint"]
    pairs = _abbreviation_pairs(article, named)
    # merge_names compares every item with every distinct name: give it each distinct
    # (type, name) once, in order of first appearance (its answer depends on nothing else)
    distinct = list(dict.fromkeys((m.type, m.name) for m in named))
    canon = dict(zip(distinct, merge_names(distinct, pairs), strict=False))
    for m in named:
        m.name = canon[(m.type, m.name)]


def _abbreviation_pairs(article: Article, mentions: list[Mention]) -> dict[str, str]:
    """«Министерства финансов (Минфин)» and «КГД (Комитет государственных доходов)»:
    the text itself says which abbreviation stands for which name."""
    pairs = {}
    by_field = {f: _ByStart([x for x in mentions if x.field == f]) for f in ("title", "body")}
    for m in mentions:
        if m.type != "organization":
            continue
        text = article.title if m.field == "title" else article.body
        g = _PAIR.match(text, m.end)
        if not g:
            continue
        inner = g.group(1)
        if len(inner.split()) == 1:
            if inner[:1].isupper():
                pairs[key(phrase_nominative(inner))] = m.name
                pairs[key(inner)] = m.name
        elif len(m.name.split()) == 1 and _spells_out(inner, m.name, by_field[m.field].within(*g.span(1))):
            pairs[key(m.name)] = phrase_nominative(inner)
    return pairs


def _spells_out(inner: str, short: str, named_inside: list[Mention]) -> bool:
    """«Google (которой принадлежит сервис YouTube)», «Xiaomi (произносится "Сяоми")»: a
    parenthesis after a one-word name is its expansion only when it reads as one, i.e.
    the model found an organization filling it, or its words' initials spell the short
    name («ФАС (Федеральная антимонопольная служба)»). Otherwise it is a remark."""
    if any(x.type == "organization" and x.end - x.start >= len(inner) - 1 for x in named_inside):
        return True
    initials = "".join(w[0] for w in re.findall(r"\w+", inner) if w[0].isupper() or len(w) > 3).lower()
    return initials == short.lower().replace("-", "")


# ---------------------------------------------------------------------------------------
# The span passes: each a function (text, spans, context) -> spans with a name, walked in
# order by Extractor.run_passes. Every pass but the few `required` ones (the sorting and
# bookkeeping the later passes rely on) can be switched off by name, which is how
# bench/evaluate.py --ablate measures what each one earns.

DISABLE_ENV = "BORDERDOCS_DISABLE_PASSES"


@dataclasses.dataclass(frozen=True)
class Pass:
    """One named step of span extraction."""

    name: str
    function: object  # (text: str, spans: list[NerSpan], context: PassContext) -> list[NerSpan]
    required: bool = False  # bookkeeping other passes rely on: never switched off


@dataclasses.dataclass
class PassContext:
    """What the passes of one text share besides its spans: the checkpoints, the names
    rules gave (by offsets), spans set aside to come back later, and the name sets the
    per-span fixes look at (computed once, before any fix changes a span)."""

    cps: list
    cp_index: _ByStart
    disabled: frozenset = frozenset()
    names: dict = dataclasses.field(default_factory=dict)  # (start, end) -> name given by a rule
    rule_spans: list = dataclasses.field(default_factory=list)  # (span, name) found by grammar-like rules
    held: list = dataclasses.field(default_factory=list)  # places that also named a body
    loc_keys: set = dataclasses.field(default_factory=set)
    surnames: set = dataclasses.field(default_factory=set)
    family_names: set = dataclasses.field(default_factory=set)
    place_names: set = dataclasses.field(default_factory=set)


@dataclasses.dataclass(frozen=True)
class _Named(NerSpan):
    """A span whose name is settled before the mentions are made: a place retyped as a
    body of states, or (derived) a place or body that another name contains."""

    name: str = ""
    derived: bool = False


def _disabled_passes(spec) -> frozenset:
    """The pass names in `spec` (a comma-separated string or an iterable); an unknown or
    required name is a clear error rather than a switch that silently does nothing."""
    names = [n.strip() for n in (spec.split(",") if isinstance(spec, str) else spec) if n.strip()]
    known = {p.name: p for p in PASSES}
    for n in names:
        if n not in known:
            raise ValueError(f"{DISABLE_ENV}: no pass named {n!r} (passes: {', '.join(pass_names())})")
        if known[n].required:
            raise ValueError(f"{DISABLE_ENV}: pass {n!r} is required and cannot be disabled")
    return frozenset(names)


def disabled_from_environment() -> frozenset:
    """The passes BORDERDOCS_DISABLE_PASSES switches off; ValueError naming the bad name.
    For a caller to check once before starting workers (each worker reads it again)."""
    return _disabled_passes(os.environ.get(DISABLE_ENV, ""))


def pass_names() -> list[str]:
    """The names of the passes that can be switched off, in order."""
    return [p.name for p in PASSES if not p.required]


def _by_offsets(spans: list) -> list:
    return sorted(spans, key=lambda s: (s.start, s.end))


def _mapped(spans: list, fix) -> list:
    """Each span through `fix`; a fix that returns None drops the span."""
    return [t for t in map(fix, spans) if t is not None]


def _pass_sort(text, spans, ctx):
    return _by_offsets(spans)


def _pass_clean(text, spans, ctx):
    return [c for s in spans for c in _clean(text, s)]


def _pass_rule_orgs(text, spans, ctx):
    return _with_rule_orgs(text, spans)


def _pass_join_split_persons(text, spans, ctx):
    return _join_split_persons(text, spans)


def _pass_split_glued_persons(text, spans, ctx):
    return _split_glued_persons(text, spans)


def _pass_split_glued_places(text, spans, ctx):
    return _split_glued_places(spans)


def _pass_dictionary_places(text, spans, ctx):
    return spans + _dictionary_places(text, spans)


def _pass_body_nouns(text, spans, ctx):
    """A place after a state body's noun becomes that body; the place is set aside to
    come back as a mention of its own once the bodies' tails are joined."""
    bodies = [_with_body_noun(text, s) for s in spans]
    ctx.held += [s for s, b in zip(spans, bodies, strict=False) if b is not s]
    return bodies


def _pass_org_tails(text, spans, ctx):
    return _join_org_tails(text, spans)


def _pass_rejoin(text, spans, ctx):
    spans, ctx.held = _by_offsets(spans + ctx.held), []
    return spans


def _rule_pass(find):
    """A pass that only records what a rule found: the spans are placed together by
    `_pass_rule_spans_win`, so every such rule reads the same spans."""

    def run(text, spans, ctx):
        ctx.rule_spans += find(text, spans)
        return spans

    return run


def _pass_rule_spans_win(text, spans, ctx):
    """The rules' spans replace the spans they overlap and keep the names they gave."""
    if ctx.rule_spans:
        taken = _ByStart([c for c, _ in ctx.rule_spans])
        spans = [s for s in spans if not taken.any_overlap(s.start, s.end)]
        spans = _by_offsets(spans + [c for c, _ in ctx.rule_spans])
    ctx.names.update({(c.start, c.end): n for c, n in ctx.rule_spans})
    return spans


def _pass_coordinated_persons(text, spans, ctx):
    ctx.names.update(_coordinated_persons(text, spans))
    return spans


def _pass_name_sets(text, spans, ctx):
    """The names the per-span fixes compare with, from the spans before any fix."""
    persons = [s for s in spans if s.type == "person" and " " in s.text.strip()]
    ctx.loc_keys = {key(s.text) for s in spans if s.type == "location"}
    ctx.surnames = {s.text.split()[-1][:5].lower() for s in persons}
    ctx.family_names = {key(person_nominative(s.text)).split()[-1] for s in persons}
    places = [s for s in spans if s.type == "location"]
    if "surname_not_place" not in ctx.disabled:
        places = [s for s in places if _surname_not_place(text, s, ctx.family_names).type == "location"]
    ctx.place_names = {key(s.text) for s in places} | {key(_normalize(s, None, text)) for s in places}
    return spans


def _pass_surname_not_place(text, spans, ctx):
    return _mapped(spans, lambda s: _surname_not_place(text, s, ctx.family_names) if s.type == "location" else s)


def _pass_organization_by_head(text, spans, ctx):
    return _mapped(spans, lambda s: _organization_by_head(s) if s.type == "location" else s)


def _pass_strip_person_lead(text, spans, ctx):
    return _mapped(spans, lambda s: _strip_person_lead(text, s, ctx.loc_keys) if s.type == "person" else s)


def _pass_person_words(text, spans, ctx):
    return _mapped(spans, lambda s: _person_words(text, s) if s.type == "person" else s)


def _pass_person_or_place(text, spans, ctx):
    return _mapped(spans, lambda s: _person_or_place(s, ctx.surnames) if s.type == "person" else s)


def _pass_named_place_elsewhere(text, spans, ctx):
    return _mapped(spans, lambda s: _named_place_elsewhere(s, text, ctx.place_names) if s.type == "person" else s)


def _pass_checkpoints_win(text, spans, ctx):
    return [s for s in spans if not _overridden(s, ctx.cp_index)]


def _pass_not_names(text, spans, ctx):
    """Drop what is no name (a rule's span is one by construction)."""
    return [s for s in spans if (s.start, s.end) in ctx.names or _is_name(text, s)]


def _pass_titles_of_works(text, spans, ctx):
    return [s for s in spans if not (s.type == "organization" and _titles_a_work(text, s))]


def _pass_bodies_of_states(text, spans, ctx):
    """«ЕС», «НАТО», «Кремль»: places the model saw that are bodies of states."""
    out = []
    for s in spans:
        if s.type == "location":
            name = ctx.names.get((s.start, s.end)) or _normalize(s, None, text)
            if _body_of_states(text, s, name):
                s = _Named("organization", s.start, s.end, s.text, name)
        out.append(s)
    return out


def _with_derived(spans: list, derive) -> list:
    """Each span followed by what `derive` makes of it (if anything), after the spans
    earlier passes derived from it: the mentions keep the order they were made in."""
    out, pending = [], None
    for s in spans:
        if not (isinstance(s, _Named) and s.derived):
            if pending is not None:
                out.append(pending)
            pending = derive(s)
        out.append(s)
    if pending is not None:
        out.append(pending)
    return out


def _derived(span: NerSpan | None, name) -> _Named | None:
    return None if span is None else _Named(span.type, span.start, span.end, span.text, name(span), True)


def _pass_place_tails(text, spans, ctx):
    def derive(s):
        place = _place_tail(text, s) if s.type == "organization" else None
        if place is None or _overridden(place, ctx.cp_index):
            return None
        return _derived(place, lambda p: _normalize(p, None))

    return _with_derived(spans, derive)


def _pass_bodies_named_after(text, spans, ctx):
    return _with_derived(
        spans,
        lambda s: (
            _derived(_body_named_after(text, s), lambda b: _normalize(b, None, text)) if s.type == "person" else None
        ),
    )


def _pass_parent_bodies(text, spans, ctx):
    return _with_derived(
        spans,
        lambda s: (
            _derived(_parent_body(text, s), lambda b: _normalize(b, None, text)) if s.type == "organization" else None
        ),
    )


def _as_mentions(text: str, field: str, spans: list, ctx: PassContext) -> list[Mention]:
    """The passes' spans as mentions: a person gets the role written before (or after)
    them, every span its nominative name unless a rule gave it one."""
    sents = _sentences(text)
    out = []
    person_ends: list[int] = []  # ends of the persons found so far, sorted
    for s in spans:
        if isinstance(s, _Named):
            out.append(Mention(s.type, s.name, s.text, s.start, s.end, field))
            continue
        role = None
        if s.type == "person":
            sent_start = _sentence_start(sents, s.start)
            before = bisect_right(person_ends, s.start)  # a role never reaches back past another person
            sent_start = max(sent_start, person_ends[before - 1]) if before else sent_start
            role = find_role(text, s.start, sent_start)
            if role is None:
                role = find_role_after(text, s.end, _sentence_end(sents, s.start, len(text)))
        name = ctx.names.get((s.start, s.end)) or _normalize(s, role.case if role else None, text)
        out.append(Mention(s.type, name, s.text, s.start, s.end, field, role.text if role else None))
        if s.type == "person":
            insort(person_ends, s.end)
    return out


PASSES: tuple[Pass, ...] = (
    Pass("clean", _pass_clean),
    Pass("rule_orgs", _pass_rule_orgs),
    Pass("sort_model_spans", _pass_sort, required=True),
    Pass("join_split_persons", _pass_join_split_persons),
    Pass("split_glued_persons", _pass_split_glued_persons),
    Pass("split_glued_places", _pass_split_glued_places),
    Pass("dictionary_places", _pass_dictionary_places),
    Pass("sort_found_places", _pass_sort, required=True),
    Pass("body_nouns", _pass_body_nouns),
    Pass("org_tails", _pass_org_tails),
    Pass("rejoin_held_places", _pass_rejoin, required=True),
    Pass("coordinated_places", _rule_pass(_coordinated_places)),
    Pass("national_bodies", _rule_pass(lambda text, spans: _national_bodies(text))),
    Pass("quoted_organizations", _rule_pass(_quoted_organizations)),
    Pass("lowercase_ministries", _rule_pass(_lowercase_ministries)),
    Pass("rule_spans_win", _pass_rule_spans_win, required=True),
    Pass("coordinated_persons", _pass_coordinated_persons),
    Pass("name_sets", _pass_name_sets, required=True),
    Pass("surname_not_place", _pass_surname_not_place),
    Pass("organization_by_head", _pass_organization_by_head),
    Pass("strip_person_lead", _pass_strip_person_lead),
    Pass("person_words", _pass_person_words),
    Pass("person_or_place", _pass_person_or_place),
    Pass("named_place_elsewhere", _pass_named_place_elsewhere),
    Pass("checkpoints_win", _pass_checkpoints_win),
    Pass("not_names", _pass_not_names),
    Pass("titles_of_works", _pass_titles_of_works),
    Pass("bodies_of_states", _pass_bodies_of_states),
    Pass("place_tails", _pass_place_tails),
    Pass("bodies_named_after", _pass_bodies_named_after),
    Pass("parent_bodies", _pass_parent_bodies),
    Pass("link_knowledge_base", linking.link_knowledge_base),
    Pass("acronyms_and_platforms", linking.acronyms_and_platforms),
)
