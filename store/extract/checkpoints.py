"""Find mentions of border checkpoints in an article body and resolve them to gazetteer ids.

NER labels «Нур жолы» a person and «Достык» a place; the names are few and known, so
a gazetteer matcher is both more accurate and much faster. Every name of every land
crossing (Russian, Kazakh, Latin, variants, former names) is compiled once into a
table keyed by its first letters; a capitalized word is looked up there and accepted
when the rest of it is an ending the name can take:
  - Russian case endings, chosen by how the name ends (Хоргоса, Алаколе, Луговой);
  - Kazakh case endings (Қорғастағы, Достыққа, Нұр жолында);
  - adjectives in -ский/-ское/-ского… (Достыкское направление), accepted only before a
    head noun such as «направление», «пункт», «станция», so «Алакольский район» is not
    a checkpoint.
Many of these names are also towns, lakes, people or organizations, so a match needs
checkpoint context: rows marked ambiguous (and former names) need it in the same
sentence (or to stand in one list with other checkpoints); the rest need it anywhere
in the text. A name right after a word like «улица», «палата», «озеро» is never a
checkpoint. Airports and seaports are in the gazetteer but not matched: their names
are the cities'.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from store.lang import gazetteer

# -------------------------------------------------------------- word endings

_ADJ = ("ий", "ая", "ое", "ие", "ого", "ому", "им", "ом", "ой", "ую", "их", "ими", "ый", "ые", "ых", "ым")
_KK = (
    "да",
    "де",
    "та",
    "те",
    "дағы",
    "дегі",
    "тағы",
    "тегі",
    "нда",
    "нде",
    "ндағы",
    "ндегі",
    "ға",
    "ге",
    "қа",
    "ке",
    "на",
    "не",
    "а",
    "е",
    "ның",
    "нің",
    "дың",
    "дің",
    "тың",
    "тің",
    "ды",
    "ді",
    "ты",
    "ті",
    "ны",
    "ні",
    "н",
    "дан",
    "ден",
    "тан",
    "тен",
    "нан",
    "нен",
    "мен",
    "бен",
    "пен",
    "ы",
    "і",
    "сы",
    "сі",
)
_RU_CONS = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")


def _forms(word: str, last: bool) -> tuple[str, frozenset[str], frozenset[str]]:
    """(stem, noun endings, adjective endings) for one word of a name.

    Only the last word of a multi-word name inflects («Нур жолы», «Темир баба»).
    Adjective endings are kept apart because an adjective needs a head noun after it.
    """
    w = word.lower().replace("ё", "е")
    if not last:
        return w, frozenset({""}), frozenset()
    kk = {w[len(w) :] + s for s in _KK}
    adj: set[str] = set()
    if w.endswith(("ая", "яя")):
        stem, nouns = w[:-2], {"ая", "ой", "ую", "ою", "ей"}
    elif w.endswith(("ый", "ий", "ой")):
        stem, nouns = w[:-2], {w[-2:], "ого", "ому", "ым", "им", "ом", "ем"}
    elif w.endswith(("ь", "й")):
        stem = w[:-1]
        nouns = {w[-1], "я", "ю", "ем", "е", "и"}
        adj = {w[-1] + "ск" + a for a in _ADJ}
    elif w.endswith(("а", "я")):
        stem, nouns = w[:-1], {w[-1], "ы", "и", "е", "у", "ю", "ой", "ей", "ою"}
    elif w[-1] in "бвгджзклмнпрстфхцчшщқғңһ":
        stem, nouns = w, set(_RU_CONS)
        adj = {"ск" + a for a in _ADJ}
    else:  # ends in a vowel that does not decline (Бахты, Курмангазы, Убе)
        stem, nouns = w, {""}
    nouns |= {w[len(stem) :] + s for s in kk}
    nouns.add(w[len(stem) :])
    return stem, frozenset(nouns), frozenset(adj)


@dataclass(frozen=True)
class _Name:
    words: tuple[tuple[str, frozenset[str], frozenset[str]], ...]
    refs: tuple[str, ...]  # gazetteer ids sharing this name, main row first
    former: bool  # a former name: needs local context like an ambiguous row


_KEY = 3  # lookup key: the first letters of a stem


@lru_cache(maxsize=1)
def _table() -> dict[str, list[_Name]]:
    """Every matchable name, indexed by the first letters of its first word."""
    by_name: dict[str, list[tuple[str, bool]]] = {}  # name -> [(ref, is a former name)]
    for cp in gazetteer.all():
        if cp.kind not in gazetteer.LAND_KINDS:
            continue
        for name in (cp.name_ru, cp.name_kk, *cp.names_latin, *cp.variants):
            by_name.setdefault(name, []).append((cp.id, False))
        for name in cp.former_names:
            by_name.setdefault(name, []).append((cp.id, True))
    merged: dict[tuple, list[tuple[str, bool]]] = {}
    for name, refs in by_name.items():
        parts = [p for p in re.split(r"[\s\-.]+", name) if p]
        if parts:
            words = tuple(_forms(p, i == len(parts) - 1) for i, p in enumerate(parts))
            merged.setdefault(words, []).extend(refs)
    table: dict[str, list[_Name]] = {}
    for words, refs in merged.items():
        # current names before former ones: «Достык» is the station unless the context says «автомобильный»
        ordered = [r for r, f in refs if not f] + [r for r, f in refs if f]
        entry = _Name(words, tuple(dict.fromkeys(ordered)), all(f for _, f in refs))
        table.setdefault(words[0][0][:_KEY], []).append(entry)
    for entries in table.values():
        entries.sort(key=lambda e: -len(e.words))  # longest name first
    return table


# -------------------------------------------------------------- context

_TOKEN = re.compile(r"\w+")
_GAP = re.compile(r"\s*[-‐.]?\s*")
_ARTICLE_CUE = re.compile(
    r"пункт\w*\s+пропуска|\b(?:пп|мапп|кпп|ппп|апп|мцпс|тпк)\b|погранперех|пропускн|граничн|\bграниц|"
    r"таможен|\bстанци|железнодорож|направлени|checkpoint|border|crossing|өткізу|бекет|шекара|кеден",
    re.IGNORECASE,
)
_LOCAL_CUE = re.compile(
    r"пункт\w*\s+пропуска|пункт\w*\s*:|\b(?:пп|мапп|кпп|ппп|апп|мцпс)\b|погранперех|пропускн\w+\s+пункт|"
    r"\bграниц|таможенн\w+\s+пост|\bстанци|checkpoint|border|crossing|өткізу|бекет|шекара",
    re.IGNORECASE,
)
_HEAD = re.compile(
    r"(?:направлени[еяюи]\w*|пункт\w*|переход\w*|погранпереход\w*|таможн\w*|пост(?:а|у|ом|е|ы|ов)?|"
    r"коридор\w*|маршрут\w*|узл\w*|узел|станци\w*|мцпс|кпп|мапп|пп)",
    re.IGNORECASE,
)
_ADJ_WORD = re.compile(r"\w+(?:ое|ого|ий|ый|ая|ую|ой|ом|ому|ие|их|ые|ых)", re.IGNORECASE)
_BLOCK = frozenset(
    "улица улицы улице улицу ул проспект проспекта проспекте пр микрорайон мкр палата палаты палатой "
    "палату нпп партия партии банк тоо ао фонд фонда компания компании трц тц жк клуб фк газета "
    "программа программы озеро озера озере озеру река реки реке город города городе поселок поселка "
    "поселке село села селе район района районе аул аула ауле көшесі даңғылы кафе ресторан ресторана ресторане гостиница гостиницы "
    "гостинице отель отеля отеле магазин магазина магазине санаторий санатория санатории".split()
)
_KIND_CUES = (
    ("rail", re.compile(r"железнодорож|\bстанци|\bветк|\bпоезд|\bж/д|теміржол|\brail", re.IGNORECASE)),
    ("road", re.compile(r"автомобильн|автодорожн|\bмапп|\bапп\b|\bавтопереход|\broad\b", re.IGNORECASE)),
    ("passenger", re.compile(r"пассажирск|пешеходн", re.IGNORECASE)),
)
_SENT_END = re.compile(r"[.!?…]\s+(?=[«\"„“A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])|\n\s*\n")


@dataclass
class CheckpointSpan:
    """A checkpoint named in the text: [start, end) offsets, the text as written, the gazetteer id."""

    start: int
    end: int
    surface: str
    ref: str


def _sentence(text: str, pos: int, ends: list[int], skip_to: int | None = None) -> tuple[int, int]:
    """Bounds of the sentence holding `pos`, from the sorted sentence-end offsets, by
    bisection. Ends in (pos, skip_to] do not count: an initial's dot inside a name
    («Б. Конысбаева») ends no sentence."""
    i = bisect_right(ends, pos)
    start = ends[i - 1] if i else 0
    j = bisect_right(ends, skip_to) if skip_to is not None and skip_to > pos else i
    end = ends[j] if j < len(ends) else len(text)
    return start, end


def _match_at(tokens: list[re.Match], i: int, text: str, name: _Name) -> tuple[int, bool] | None:
    """Does `name` start at token i? Returns (index of its last token, adjective form)."""
    adjective = False
    for k, (stem, nouns, adjs) in enumerate(name.words):
        j = i + k
        if j >= len(tokens):
            return None
        if k and not _GAP.fullmatch(text, tokens[j - 1].end(), tokens[j].start()):
            return None
        low = tokens[j].group().lower().replace("ё", "е")
        if not low.startswith(stem):
            return None
        rest = low[len(stem) :]
        if rest in nouns:
            continue
        if rest in adjs:
            adjective = True
            continue
        return None
    return i + len(name.words) - 1, adjective


def _head_follows(tokens: list[re.Match], j: int) -> bool:
    """An adjective form counts only before a checkpoint/direction noun (allowing «Достыкское и Хоргосское направление»)."""
    for t in tokens[j + 1 : j + 4]:
        word = t.group()
        if _HEAD.fullmatch(word):
            return True
        if word.lower() != "и" and not _ADJ_WORD.fullmatch(word):
            return False
    return False


_IN_ADDRESS = re.compile(r"\.[A-Za-z]{2,6}\b|@|/")


def _blocked(tokens: list[re.Match], i: int, text: str, last: int | None = None) -> bool:
    """Right after «улица», «палата», «озеро»… the name is a street, an organization, a lake;
    inside a web or mail address («Orda.kz», «t.me/…») it is a site's name."""
    end = tokens[last if last is not None else i].end()
    if _IN_ADDRESS.match(text, end) or (tokens[i].start() and text[tokens[i].start() - 1] in "@/"):
        return True
    if i == 0:
        return False
    prev = tokens[i - 1]
    if re.search(r"[.!?]", text[prev.end() : tokens[i].start()]):
        return False
    return prev.group().lower() in _BLOCK


def _kind_of(text: str, start: int, sent_start: int) -> str | None:
    """The kind named closest before the mention in its sentence (железнодорожный → rail…)."""
    window = text[max(sent_start, start - 80) : start]
    best, best_pos = None, -1
    for kind, rx in _KIND_CUES:
        for m in rx.finditer(window):
            if m.start() > best_pos:
                best, best_pos = kind, m.start()
    return best


def _choose(refs: tuple[str, ...], kind: str | None) -> str:
    if kind:
        for ref in refs:
            cp = gazetteer.get(ref)
            if cp and cp.kind == kind:
                return ref
    return refs[0]


@dataclass
class _Cand:
    start: int
    end: int
    name: _Name
    ambiguous: bool


def _candidates(text: str, tokens: list[re.Match]) -> list[_Cand]:
    table = _table()
    out: list[_Cand] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        word = tok.group()
        if not word[0].isupper():
            i += 1
            continue
        entries = table.get(word[:_KEY].lower().replace("ё", "е"))
        found = None
        for name in entries or ():
            hit = _match_at(tokens, i, text, name)
            if hit is None:
                continue
            last, adjective = hit
            if adjective and not _head_follows(tokens, last):
                continue
            found = (last, name)
            break
        if found is None or _blocked(tokens, i, text, found[0]):
            i += 1
            continue
        last, name = found
        ambiguous = name.former or any(gazetteer.get(r).ambiguous for r in name.refs)
        out.append(_Cand(tok.start(), tokens[last].end(), name, ambiguous))
        i = last + 1
    return out


_LIST_GAP = re.compile(r"[\s,;«»\"“”„']*(?:и|а также|,)?[\s,;«»\"“”„']*")


def _listed(a: _Cand, b: _Cand, text: str) -> bool:
    """Do two candidates, `a` before `b`, stand side by side in one enumeration
    («Капланбек, Атамекен, Кольжат и Алаколь»): only commas, quotes and «и» between them?"""
    return bool(_LIST_GAP.fullmatch(text, a.end, b.start))


def _confirm_listed(cands: list[_Cand], accepted: list[_Cand], pending: list[_Cand], text: str) -> None:
    """Move to `accepted` every pending candidate that one enumeration links, through a
    chain of names, to an accepted one. Two names can share a list only if no candidate
    stands between them, so the chains are runs of neighbours (in text order) and each
    run is read once: linear, where comparing every pending name with every accepted
    one, until nothing changed, was quadratic."""
    ok = {id(c) for c in accepted}
    run: list[_Cand] = []
    for k, c in enumerate(cands):
        run.append(c)
        if k + 1 < len(cands) and _listed(c, cands[k + 1], text):
            continue
        if len(run) > 1 and any(id(x) in ok for x in run):
            ok.update(id(x) for x in run)
        run = []
    accepted += [c for c in pending if id(c) in ok]
    pending[:] = [c for c in pending if id(c) not in ok]


def find_checkpoints(text: str) -> list[CheckpointSpan]:
    """Every checkpoint mention in `text`, in order, resolved to gazetteer ids."""
    if not text:
        return []
    tokens = list(_TOKEN.finditer(text))
    cands = _candidates(text, tokens)
    if not cands:
        return []
    if not _ARTICLE_CUE.search(text):
        return []
    ends = [m.end() for m in _SENT_END.finditer(text)]
    accepted: list[_Cand] = []
    pending: list[_Cand] = []
    cue_in: dict[tuple[int, int], bool] = {}  # a sentence is searched for a cue once
    for c in cands:
        s, e = _sentence(text, c.start, ends, skip_to=c.end)
        if c.ambiguous and (s, e) not in cue_in:
            cue_in[(s, e)] = bool(_LOCAL_CUE.search(text, s, e))
        if not c.ambiguous or cue_in[(s, e)]:
            accepted.append(c)
        else:
            pending.append(c)
    # one sense per text: a name confirmed as a checkpoint in one sentence is that checkpoint
    # in the others too («на пункте пропуска «Жибек жолы» …» then «через «Жибек жолы» прошли …»)
    confirmed_names = {id(c.name) for c in accepted}
    accepted += [c for c in pending if id(c.name) in confirmed_names]
    pending = [c for c in pending if id(c.name) not in confirmed_names]
    if pending:  # list membership can confirm a chain of names
        _confirm_listed(cands, accepted, pending, text)
    spans = []
    for c in sorted(accepted, key=lambda c: c.start):
        s, _ = _sentence(text, c.start, ends)
        ref = _choose(c.name.refs, _kind_of(text, c.start, s) if len(c.name.refs) > 1 else None)
        spans.append(CheckpointSpan(c.start, c.end, text[c.start : c.end], ref))
    return spans
