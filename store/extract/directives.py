"""Directives: who ordered whom to do what, by when.

Official news reports orders in a few grammatical shapes, whatever the site:

- narrative: «X поручил [кому] сделать …», «X потребовал от кого сделать …»,
  «X дал поручение [кому] сделать …», «X поставил задачу …», «X обязал кого …»;
- passive: «Госорганам поручено в месячный срок провести …»;
- a quote and its attribution: «… акиматам необходимо провести …», — поручил X.
  Inside the quote the order is an obligation word (необходимо, нужно, следует,
  должны, поручаю, ставлю задачу) followed by an infinitive, its addressee the
  dative before it.

The giver is resolved to a person mention: one named in the sentence, else the
last one named before for a pronoun («Он»), else the holder of the post a role phrase
names («Глава государства», «Вице-премьер»). A post nobody in the article holds
(«Министр транспорта поручил …») stays the giver as written, with no person entity. `what` is the infinitive
clause as written, `to` the addressee in the nominative, `when` a time phrase.

Kazakh-language sentences («Мемлекет басшысы Үкіметке … әзірлеуді тапсырды») are read
by the rules in the second half of this module (see «Kazakh» below).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from store.extract.roles import is_role_word
from store.lang.normalize import parses, phrase_nominative
from store.model import Directive, Mention

_TRIGGER = re.compile(
    r"\b(?:поручил[аи]?|потребовал[аи]?|поручено|поручается|обязал[аи]?|"
    r"дал[аи]?\s+поручени[ея]|поставил[аи]?\s+задач[уи]|поручаю|ставлю\s+задачу)\b",
    re.I,
)
_OBLIGATION = re.compile(r"\b(?:необходимо|нужно|следует|надлежит|должн[ыао]?|поручаю|ставлю\s+задачу)\b", re.I)
_QUOTE = re.compile(
    r"[«\"“]((?:[^«»\"“”]|«[^«»]*»)+?)[»\"”]\s*,?\s*[—–-]+\s*"
    r"(?:поручил[аи]?|потребовал[аи]?|указал[аи]?)\s+([^.!?\n]+)",
    re.I,
)
_WHEN = re.compile(
    r"\b(?:в\s+(?:\w+)?(?:дневный|недельный|месячный|годичный)\s+срок|в\s+кратчайшие\s+сроки|"
    r"в\s+течение\s+(?:[\w-]+\s+){0,2}(?:дн(?:я|ей)|недел[иь]|месяц(?:а|ев)?|года|лет)|"
    r"до\s+(?:конца|начала|середины)\s+(?:[\w-]+\s+){0,2}?года|"
    r"(?:до|к)\s+\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    r"(?:\s+\d{4}\s+года)?|до\s+\d{4}\s+года|в\s+(?:первом|втором|третьем|четвертом|четвёртом)\s+"
    r"(?:полугодии|квартале)(?:\s+\d{4}\s+года)?|ежедневно|еженедельно|ежемесячно|ежеквартально|ежегодно|"
    r"незамедлительно|в\s+срок\s+до\s+[^,.;]+)",
    re.I,
)
_WORD = re.compile(r"[\w]+(?:-[\w]+)*|[^\w\s]")
_PRONOUNS = {"он", "она", "глава", "вице-премьер", "премьер", "премьер-министр", "президент", "министр", "аким"}


class _ByPosition(list):
    """Mentions sorted by start (a list still), with look-ups by bisection and a cache of
    answers that depend on the whole article only. Each directive used to scan every
    mention, which made a long text's directives quadratic."""

    def __init__(self, mentions) -> None:
        super().__init__(sorted(mentions, key=lambda m: m.start))
        self.starts = [m.start for m in self]
        self.longest = max((m.end - m.start for m in self), default=0)
        self.cache: dict = {}

    def starting_in(self, lo: int, hi: int) -> list[Mention]:
        """The mentions starting in [lo, hi), in order."""
        return self[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def covering(self, pos: int) -> list[Mention]:
        """The mentions holding the character at `pos`."""
        return [m for m in self.starting_in(pos - self.longest + 1, pos + 1) if pos < m.end]

    def last_before(self, pos: int) -> Mention | None:
        i = bisect_left(self.starts, pos)
        return self[i - 1] if i else None

    def memo(self, key, compute):
        """`compute()`, once per key for these mentions."""
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]


def find_directives(text: str, mentions: list[Mention], sentences: list[tuple[int, int]]) -> list[Directive]:
    """Directives in `text` (the body); `mentions` are its merged mentions, `sentences` its sentence spans."""
    mentions = _ByPosition(mentions)
    persons = _ByPosition(m for m in mentions if m.type == "person")
    out: list[Directive] = []
    quoted: list[tuple[int, int]] = []
    for q in _QUOTE.finditer(text):
        by = _resolve(q.group(2), q.start(2), q.end(2), persons)
        quoted.append((q.start(), q.end()))
        for sent in re.split(r"(?<=[.!?])\s+", q.group(1)):
            d = _from_obligation(sent, by, q.group(0))
            if d:
                out.append(d)
    quote_starts = [qa for qa, _ in quoted]  # disjoint and in order: the last one starting before is the one
    for a, b in sentences:
        sent = text[a:b]
        q = bisect_right(quote_starts, a) - 1
        if q >= 0 and a < quoted[q][1]:
            continue
        if _TRIGGER.search(sent):
            d = _from_narrative(text, a, b, persons, mentions)
        elif _KZ_TRIGGER.search(sent):
            d = _kz_directive(text, a, b, persons, mentions)
        else:
            continue
        if d:
            out.append(d)
    return _dedupe(out)


def _dedupe(directives: list[Directive]) -> list[Directive]:
    """One order reported twice in an article (told, then quoted: «поручил разработать
    механизмы …» and «Ставлю задачу разработать механизмы …») is one directive: same
    giver, and most words of the shorter `what` in the longer one. The one found first
    stays, completed with what the other one knows."""
    out: list[Directive] = []
    by_giver: dict[str, list[Directive]] = {}  # only one giver's directives are compared
    for d in directives:
        same = next((o for o in by_giver.get(d.by, ()) if _overlap(o.what, d.what) >= 0.6), None)
        if same is None:
            out.append(d)
            by_giver.setdefault(d.by, []).append(d)
            continue
        same.to = same.to or d.to
        same.when = same.when or d.when
    return out


def _overlap(a: str, b: str) -> float:
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _infinitive_at(words: list[tuple[int, str]], i: int) -> int | None:
    """Index of the first infinitive at or after i (adverbs may come first)."""
    for j in range(i, min(len(words), i + 8)):
        w = words[j][1]
        if not re.match(r"\w", w):
            continue
        if any(p.tag.POS == "INFN" for p in parses(w)[:2]):
            return j
    return None


def _clause(sent: str, start: int) -> str:
    """The infinitive clause from `start` to the sentence end, without trailing attributions."""
    what = sent[start:]
    what = re.split(r",\s*(?:—|-)?\s*(?:сообщает|передает|передаёт|говорится|отмечается|сообщили)\b|[»\"”]", what)[0]
    return what.strip(" .;:,—–-\n")


def _dative_np(words: list[tuple[int, str]], lo: int, hi: int) -> tuple[int, int] | None:
    """The first dative noun phrase in words[lo:hi] that no preposition governs («по
    развитию» is not an addressee), with its genitive tail: (i, j) word range."""
    for i in range(lo, hi):
        if not _has_case(words[i][1], "datv", nouns=True):
            continue
        k = i
        while k > lo and _has_case(words[k - 1][1], "datv") and not _has_case(words[k - 1][1], "datv", nouns=True):
            k -= 1
        if k > 0 and any(p.tag.POS == "PREP" for p in parses(words[k - 1][1])[:1]):
            continue
        j = i + 1
        while j < hi and (
            _has_case(words[j][1], "gent")
            or (words[j][1] in {",", "и"} and j + 1 < hi and _has_case(words[j + 1][1], "gent"))
        ):
            j += 1
        return k, j
    return None


def _has_case(word: str, case: str, nouns: bool = False) -> bool:
    if not re.match(r"[А-Яа-яЁё]", word):
        return False
    pos = ("NOUN",) if nouns else ("NOUN", "ADJF", "PRTF")
    return any(p.tag.case == case and p.tag.POS in pos for p in parses(word)[:4])


def _from_obligation(sent: str, by: str | None, context: str) -> Directive | None:
    ob = _OBLIGATION.search(sent)
    if not ob or by is None:
        return None
    words = [(m.start(), m.group()) for m in _WORD.finditer(sent)]
    k = next(i for i, w in enumerate(words) if w[0] >= ob.end()) if any(w[0] >= ob.end() for w in words) else None
    inf = _infinitive_at(words, k) if k is not None else None
    if inf is None:
        return None
    before = [i for i, w in enumerate(words) if w[0] < ob.start()]
    np = _dative_np(words, 0, len(before))
    to = _phrase(sent, words, np) if np else None
    return Directive(by=by, to=to, what=_clause(sent, words[inf][0]), when=_when(sent), sentence=context.strip())


def _from_narrative(text: str, a: int, b: int, persons: list[Mention], mentions: list[Mention]) -> Directive | None:
    sent = text[a:b]
    trig = _TRIGGER.search(sent)
    words = [(m.start(), m.group()) for m in _WORD.finditer(sent)]
    after = next((i for i, w in enumerate(words) if w[0] >= trig.end()), len(words))
    before_idx = [i for i, w in enumerate(words) if w[0] < trig.start()]
    by = _resolve(sent[: trig.start()], a, a + trig.start(), persons)
    to = None
    passive = trig.group().lower().startswith("поручено") or trig.group().lower() == "поручается"
    if passive:
        named = persons.starting_in(a, a + trig.start())
        if named and _has_case(named[-1].surface.split()[-1], "datv"):
            return None  # «Бижановой было поручено»: the person named is the addressee; the giver is unknown
        np = _dative_np(words, 0, len(before_idx))
        to = _phrase(sent, words, np) if np else None
        by = by or _last_person(persons, a)
    else:
        if by is None:
            by = _resolve(sent[trig.end() :], a + trig.end(), b, persons)
        if after < len(words) and words[after][1].lower() == "от":
            inf = _infinitive_at(words, after + 1)
            end = inf if inf is not None else len(words)
            to = _addressees(text, a, words, after + 1, end, mentions)
        else:
            inf0 = _infinitive_at(words, after)
            np = _dative_np(words, after, inf0 if inf0 is not None else min(len(words), after + 6))
            to = _phrase(sent, words, np) if np else None
    inf = _infinitive_at(words, after)
    if inf is None or by is None:
        return None
    if to is None:
        to = _bodies_of_officials(a, words, inf, mentions)
    return Directive(by=by, to=to, what=_clause(sent, words[inf][0]), when=_when(sent), sentence=sent.strip())


def _bodies_of_officials(a: int, words, inf: int, mentions: list[Mention]) -> str | None:
    """«поручил привлечь к ответственности председателей Комитета X и Комитета Y»: the
    order concerns the bodies whose officials the clause names (a role noun followed
    by organizations)."""
    for i in range(inf + 1, len(words)):
        if not is_role_word(words[i][1]):
            continue
        lo = a + words[i][0] + len(words[i][1])
        first = bisect_left(mentions.starts, lo)
        nxt = mentions[first] if first < len(mentions) else None
        if nxt is None or nxt.type != "organization" or nxt.start - lo > 2:
            return None
        named = [nxt.name]
        offsets = [a + o for o, _ in words]
        for m in mentions[first + 1 :]:
            at = bisect_left(offsets, m.start)
            gap = words[bisect_left(offsets, nxt.end) : at]
            joins = bool(gap) and len(gap) <= 2 and all(w in {"и", ","} or w.isupper() for _, w in gap)
            if len(gap) > 2 or (at == len(words) and not joins):
                break  # the gap only grows, and past the sentence's last word it stays: none can join now
            if joins and m.start > nxt.start and m.type == "organization" and m.name not in named:
                named.append(m.name)
                nxt = m
        return "; ".join(named)
    return None


def _addressees(text, a, words, i, j, mentions) -> str | None:
    """«от Минфина и Минтранса»: the organizations named there, else the phrase itself."""
    lo, hi = a + words[i][0], a + (words[j][0] if j < len(words) else len(text) - a)
    named = [m.name for m in mentions.starting_in(lo, hi) if m.type == "organization"]
    if named:
        return "; ".join(dict.fromkeys(named))
    if j <= i:
        return None
    end = a + words[j - 1][0] + len(words[j - 1][1])
    return _phrase(text[a:end], words, (i, j))  # not text[a:]: a copy of the rest of the text per call


def _phrase(sent: str, words, rng) -> str:
    i, j = rng
    raw = sent[words[i][0] : words[j - 1][0] + len(words[j - 1][1])]
    raw = " ".join(raw.split()).strip(" ,")
    nom = phrase_nominative(raw)
    return (
        nom[:1].lower() + nom[1:]
        if nom[:1].isupper()
        and not nom.split()[0].isupper()
        and nom.split()[0].lower() in {"госорганы", "акиматы", "госорганам", "акиматам"}
        else nom
    )


def _when(sent: str) -> str | None:
    m = _WHEN.search(sent)
    return " ".join(m.group().split()).lower() if m else None


def _resolve(span_text: str, lo: int, hi: int, persons: list[Mention]) -> str | None:
    """The person giving the order: one named in [lo, hi) (the last one), else the one a
    pronoun stands for (the last named before), else the holder of the post a role
    phrase names («Глава государства», «Вице-премьер»). A post nobody named in the
    article holds («Министр транспорта поручил …») is the giver as written: naming the
    last person instead would put the order in the wrong mouth."""
    inside = persons.starting_in(lo, hi)
    if inside:
        return inside[-1].name
    words = re.findall(r"[\w-]+", span_text)
    for i in range(len(words) - 1, -1, -1):
        w = words[i].lower()
        if w in ("он", "она"):
            return _last_person(persons, lo)
        if w in _PRONOUNS:
            post = _post_phrase(words, i)
            holders = persons.memo(
                ("ru", post.lower()),
                lambda: [m for m in persons if m.role and _holds_post(post.lower(), m.role.lower())],  # noqa: B023 (memo calls it at once)
            )
            if holders:
                return holders[-1].name
            name = phrase_nominative(post)
            return name[:1].upper() + name[1:]
    return None


def _post_phrase(words: list[str], i: int) -> str:
    """The role word at i and the genitive words that name its field: «Министр
    транспорта РК», «Глава государства», «Аким области Жетісу»."""
    j = i + 1
    while (
        j < len(words)
        and j - i <= 3
        and (words[j].isupper() or words[j][:1].isupper() or any(p.tag.case == "gent" for p in parses(words[j])[:2]))
    ):
        j += 1
    return " ".join(words[i:j])


def _holds_post(post: str, role: str) -> bool:
    """Whether a person's role (as written) is the post a role phrase names."""
    head, *field = post.split()
    if head == "глава" and field[:1] == ["государства"]:
        return "президент" in role or "глава государства" in role
    if head in ("премьер", "премьер-министр"):
        return role.startswith("премьер")
    if head == "вице-премьер":
        return "вице-премьер" in role or "заместитель премьер" in role
    return role.split()[0] == head and all(f[:5] in role for f in field)


def _last_person(persons: _ByPosition, pos: int) -> str | None:
    before = persons.last_before(pos)
    if before:
        return before.name
    return persons[0].name if persons else None


# ── Kazakh ──────────────────────────────────────────────────────────────────────
# Kazakh news (Kazinform kz, Egemen, Akorda) tells an order in subject–object–verb
# order, the verb last:
#   «Мемлекет басшысы Үкіметке бір ай мерзімде жол картасын әзірлеуді тапсырды»
#    giver (nominative)  to (dative)  when  what (verbal noun -у + case)  verb
# The verbs: тапсыр- (тапсырды, тапсырған, тапсырады, тапсырып, тапсырамын),
# жүкте-, міндетте-, талап ет-, нұсқау бер-, тапсырма бер-/жүкте-, and their passives
# (тапсырылды, жүктелді, міндеттелді, тапсырма берілді: «Үкіметке … әзірлеу тапсырылды»).
# Most of them also have other senses: тапсыр- is 'hand over, submit, pass' («емтихан
# тапсырды», «бекет пайдалануға тапсырылды» = was put into service), жүкте- 'load',
# талап ет- 'require'. An order is told only where its content is an action: a
# verbal noun in -у/-ю ending the clause before the verb, in the case the verb
# governs (accusative «әзірлеуді», dative «әзірлеуге» after міндетте-, nominative
# before «жөнінде/бойынша/туралы» or in the passive) — else nothing is reported.
# «Президенттің тапсырмасы бойынша … салынды» ('on the President's instruction … was
# built') tells the execution of an earlier order, not an order given: no verb here
# orders, so it is no directive, nor is a pupil's «үй тапсырмасы».
_KZ_TRIGGER = re.compile(
    r"(?<![\w-])(?:"
    r"тапсыр(?:ды|ған|ады|ып|амын|ылды|ылған|ылады)|"
    r"жүкте(?:ді|ген|йді|п|ймін|лді|лген)|"
    r"міндетте(?:ді|ген|йді|п|ймін|лді|лген)|"
    r"талап\s+ет(?:ті|кен|еді|іп|емін|ілді)|"
    r"(?:нұсқау|тапсырма)(?:лар)?\s+(?:бер(?:ді|ген|еді|іп|емін|ілді|ілген)|жүкте(?:ді|ген|п|лді))"
    r")(?![\w-])",
    re.I,
)
_KZ_PASSIVE = re.compile(r"(?:ыл|іл|л)(?:ды|ді|ған|ген|ады)$")
_KZ_WHEN = re.compile(
    r"(?<![\w-])(?:"
    r"(?:(?:бір|екі|үш|төрт|бес|алты|жеті|он|\d+)\s+)?(?:күндік|апталық|айлық|жылдық|тоқсандық)\s+мерзімде|"
    r"(?:бір|екі|үш|төрт|бес|алты|жеті|он|\d+)\s+(?:күн|апта|ай|жыл)\s+(?:мерзімде|ішінде)|"
    r"қысқа\s+мерзім(?:де|\s+ішінде)|"
    r"(?:(?:\d{4}\s+жылдың|биылғы\s+жылдың|осы\s+жылдың|келесі\s+жылдың|ағымдағы\s+жылдың|жылдың|жыл|"
    r"айдың|ай|тоқсанның|тоқсан|[а-яәғқңөұүһі]+\s+айының)\s+(?:соңына|басына|ортасына|аяғына)|"
    r"(?:\d{4}\s+жылғы\s+)?\d{1,2}\s+(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|"
    r"қазан|қараша|желтоқсан)(?:ға|ге|қа|ке)|\d{4}\s+жылға)\s+(?:дейін|шейін)|"
    r"(?:\d{4}\s+жылдың\s+)?(?:бірінші|екінші|үшінші|төртінші)\s+(?:жартыжылдығында|тоқсанында)|"
    r"(?:күн|апта|ай|тоқсан|жыл)\s+сайын|дереу|жедел\s+түрде"
    r")(?![\w-])",
    re.I,
)
# Heads of an addressee: bodies and officials (stems, with their к/г, қ/ғ alternation).
_KZ_BODY = (
    r"(?:үкімет|министрлі[кг]|министр|әкімді[кг]|әкімшілі[кг]|әкім|комитет|қызмет(?:кер)?|"
    r"агентті[кг]|департамент|басқарма|ведомство|орган|компания|корпорация|холдинг|қор|"
    r"прокуратура|полиция|комиссия|кеңес|палата|штаб|орынбасар|басшы|басшылы[қғ]|төраға|"
    r"мәслихат|парламент|мәжіліс|сенат|ұйым|мекеме|банк|инспекция|директор|кеден)"
)
_KZ_PLURAL = r"(?:дар|дер|тар|тер|лар|лер)?"
_KZ_CASE = {  # the case of an addressee: dative, ablative (талап ет- «әкімдерден»), accusative (міндетте-)
    "datv": r"(?:(?:ы|і|сы|сі)(?:на|не)|ға|ге|қа|ке)",
    "ablt": r"(?:(?:ы|і|сы|сі)(?:нан|нен)|дан|ден|тан|тен|нан|нен)",
    "accs": r"(?:(?:ы|і|сы|сі)(?:н|ны|ні)|ды|ді|ты|ті|ны|ні)",
    "nomn": r"(?:ы|і|сы|сі)?",
}
_KZ_NOUN_CASE = {c: re.compile(rf"^{_KZ_BODY}{_KZ_PLURAL}{s}$", re.I) for c, s in _KZ_CASE.items()}
_KZ_ABBR_CASE = {c: re.compile(rf"^[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]{{2,}}-?{s}$") for c, s in _KZ_CASE.items()}
_KZ_NAME_CASE = {c: re.compile(rf"[а-яёәғқңөұүһі](?:{s})$") for c, s in _KZ_CASE.items()}
_KZ_GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$", re.I)
# Any case or verb ending: a word carrying one is not a modifier inside an addressee.
_KZ_INFLECTED = re.compile(
    r"(?:да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|ды|ді|ты|ті|ны|ні|ға|ге|қа|ке|на|не|мен|пен|бен|"
    r"ып|іп|ған|ген|қан|кен|йды|йді|ады|еді)$",
    re.I,
)
_KZ_NP_STOP = re.compile(
    r"(?:да|де|та|те|нда|нде|ды|ді|ты|ті|ны|ні|ға|ге|қа|ке|на|не|мен|пен|бен|ып|іп|ған|ген|қан|кен|йды|йді)$", re.I
)
_KZ_NOT_INFLECTED = {
    "кеден",
    "сауда",
    "шекара",
    "кеңсе",
    "мекеме",
    "жүйе",
    "ақпараттық",
    "барлық",
    "тиісті",
    "жергілікті",
    "атқарушы",
    "мемлекеттік",
    "орталық",
    "облыстық",
    "аудандық",
    "қалалық",
}
# Common nouns that open an addressee: lowercased when they open the sentence too.
_KZ_COMMON = {"облыс", "аудан", "қала", "ауыл", "тиісті", "жергілікті", "барлық", "облыстық", "аудандық", "қалалық"}
_KZ_AND = {"және", "мен", "пен", "бен"}
_KZ_NAMED_BODIES = {"үкімет", "парламент", "мәжіліс", "сенат"}  # always capitalized
# Postpositions governing the case before them: that word is no addressee («жылға дейін»).
_KZ_POSTPOSITIONS = {
    "дейін",
    "шейін",
    "қарай",
    "байланысты",
    "сәйкес",
    "қатысты",
    "арналған",
    "бағытталған",
    "жауап",
    "бірге",
    "қарамастан",
    "кейін",
    "бері",
    "гөрі",
    "бастап",
    "басқа",
    "тыс",
}
_KZ_STOP = {
    "сондай-ақ",
    "сонымен",
    "қатар",
    "бірге",
    "бұдан",
    "бөлек",
    "ал",
    "енді",
    "да",
    "де",
    "та",
    "те",
    "тағы",
    "жедел",
    "дереу",
    "бүгін",
    "кеше",
    "биыл",
    "және",
    "мен",
    "пен",
    "бен",
    "оның",
    "ішінде",
    "отырысында",
    "барысында",
    "кезінде",
    "сапары",
    "қосымша",
    "нақты",
    "бірқатар",
    "деп",
    "деді",
}
_KZ_POST = re.compile(r"(?:жөнінде|жөніндегі|бойынша|туралы|үшін)$", re.I)
_KZ_OBLIGATION = {"қажет", "керек", "тиіс", "міндетті"}
_VERBAL_NOUN = {  # the case an order's verbal noun takes: «әзірлеуді», «әзірлеуге», «әзірлеу (жөнінде)»
    "accs": re.compile(r"[уюУЮ](?:ды|ді|ын|ін)$"),
    "datv": re.compile(r"[уюУЮ](?:ға|ге)$"),
    "nomn": re.compile(r"[уюУЮ][ыі]?$"),
}
_KZ_LETTERS = "А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі"
_KZ_NAME = re.compile(
    r"(?<![\w-])((?:[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)?\s+){0,2}"
    r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|[ұу]лы|[қк]ызы))(?![\w-])"
)
# A role or pronoun as the subject, and the post it stands for («Мемлекет басшысы» is the President).
_KZ_ROLE = re.compile(
    r"(?<![\w-])(?:(мемлекет\s+басшысы|президент(?:і)?)|(үкімет\s+басшысы|премьер-министр)|"
    r"(премьер-министрдің\s+(?:бірінші\s+)?орынбасары|вице-премьер)|([\w-]+\s+министрі|министр)|"
    r"([\w-]+\s+әкімі|әкім|(?:өңір|облыс|аймақ|қала)\s+басшысы)|(ол))(?![\w-])",
    re.I,
)
_KZ_POSTS = ("президент", "премьер", "вице-премьер", "министр", "аким", None)


def _kz_directive(text: str, a: int, b: int, persons: list[Mention], mentions: list[Mention]) -> Directive | None:
    """An order told in a Kazakh sentence text[a:b], or None."""
    sent = text[a:b]
    trig = _KZ_TRIGGER.search(sent)
    verb = trig.group().lower().split()[-1]
    passive = bool(_KZ_PASSIVE.search(verb))
    words = [(m.start(), m.group()) for m in _WORD.finditer(sent)]
    before = [i for i, (o, _) in enumerate(words) if o < trig.start()]
    when = _KZ_WHEN.search(sent)
    giver = _kz_giver(text, a, a + trig.start(), persons)
    lo = 0
    if giver is not None:
        by, subject_end = giver
        lo = next((i for i in before if a + words[i][0] >= subject_end), len(before))
    elif passive:
        by = _kz_last_person(persons, a)
    else:  # ««… тапсырамын», — деді Мемлекет басшысы»: the giver named after the verb
        after = _kz_giver(text, a + trig.end(), b, persons)
        by = after[0] if after else None
    if by is None or not before:
        return None
    hi = before[-1] + 1
    cases = {"талап": ("datv", "ablt"), "міндетте": ("datv", "accs")}
    found = [
        _kz_addressee(sent, a, words, lo, hi, mentions, case, when)
        for case in next((c for k, c in cases.items() if trig.group().lower().startswith(k)), ("datv",))
    ]
    np = min((f for f in found if f), default=None)  # the addressee comes before the content
    to = None
    segments = [(lo, hi)]
    if np:
        i, j, to = np
        segments = [(j, hi), (lo, i)]
    for s_lo, s_hi in segments:
        what = _kz_what(sent, words, s_lo, s_hi, when, trig.group().lower(), passive)
        if what:
            return Directive(
                by=by,
                to=to,
                what=what,
                when=" ".join(when.group().split()).lower() if when else None,
                sentence=sent.strip(),
            )
    return None


def _kz_giver(text: str, lo: int, hi: int, persons: list[Mention]) -> tuple[str, int] | None:
    """The giver named in text[lo:hi] and where its name ends: the last person mention in
    the nominative (one in the dative, genitive… is the addressee or an attribute: «Олжас
    Бектеновке»); else a name the model missed, written with a surname («Қасым-Жомарт
    Тоқаев»), taken as written; else a role or pronoun standing for a person, resolved as
    the Russian «Глава государства», «он» are (the holder of the post, else the post as
    written; the last person named before for «ол»)."""
    named = [m for m in persons.starting_in(lo, hi) if _kz_nominative(m.surface)]
    if named:
        return named[-1].name, named[-1].end
    span = text[lo:hi]
    written = _kz_written_names(span)
    if written:
        start, end, name, _ = written[-1]
        if not persons.starting_in(lo + start, lo + end):  # an inflected mention
            return _kz_link(name, persons), lo + end
    roles = [r for r in _KZ_ROLE.finditer(span) if not _kz_apposition(span, r.end(), lo, persons)]
    if not roles:
        return None
    r = roles[0]  # the subject comes first
    post = _KZ_POSTS[next(k for k, g in enumerate(r.groups()) if g)]
    holders = (
        persons.memo(("kz", post), lambda: [(m.start, m.name) for m in persons if _holds(text, m, post)])
        if post
        else []
    )
    if post:
        written_before = [w for w in persons.memo("written", lambda: _kz_written_names(text)) if w[1] <= lo]
        holders = holders + [(s, _kz_link(n, persons)) for s, _, n, p in written_before if p == post]
    if holders:
        by = max(holders)[1]
    elif post:  # «Көлік министрі тапсырды» with no minister named: the post, as written
        by = r.group()[:1].upper() + r.group()[1:]
    else:  # «ол»
        by = _kz_last_person(persons, lo)
    return (by, lo + r.end()) if by else None


def _kz_link(name: str, persons: list[Mention]) -> str:
    """A name the model missed here is the person it found elsewhere in the article with
    the same surname («Қасым-Жомарт Тоқаев» written, «Тоқаев» found): the giver is then
    that entity."""
    return persons.memo(("link", name), lambda: _kz_linked_name(name, persons))


def _kz_linked_name(name: str, persons: list[Mention]) -> str:
    if any(m.name == name for m in persons):
        return name
    same = [m.name for m in persons if m.name.split()[-1].lower() == name.split()[-1].lower()]
    inside = [n for n in same if set(n.lower().split()) <= set(name.lower().split())]
    return max(inside or same, key=len) if same else name


def _kz_last_person(persons: list[Mention], pos: int) -> str | None:
    """`_last_person`, named in the nominative: «Нұрлан Сауранбаевтың айтуынша» ('according
    to …') names a speaker, not the one who holds the meeting."""
    nominative = persons.memo("nominative", lambda: _ByPosition(m for m in persons if _kz_nominative(m.surface)))
    return _last_person(nominative or persons, pos)


def _kz_written_names(span: str) -> list[tuple[int, int, str, str | None]]:
    """Names in the nominative written with a surname («Қасым-Жомарт Тоқаев», «Президент
    Тоқаев») — the model misses many Kazakh-spelled ones: (start, end, name, post of the
    role written before it)."""
    out = []
    for m in _KZ_NAME.finditer(span):
        words = m.group(1).split()
        inner = [k for k, w in enumerate(words) if _kz_is_role(w)]
        if inner:
            words = words[inner[-1] + 1 :]
        lead = span[max(0, m.start() - 40) : m.start()]
        roles = list(_KZ_ROLE.finditer(lead))
        role = roles[-1] if roles and not lead[roles[-1].end() :].strip() else None
        if len(words) >= 2 or (words and (inner or role)):
            post = None
            r = _KZ_ROLE.fullmatch(m.group(1).split()[inner[-1]]) if inner else None
            if r is None and inner and inner[-1] > 0:
                r = _KZ_ROLE.fullmatch(" ".join(m.group(1).split()[inner[-1] - 1 : inner[-1] + 1]))
            r = r or role
            if r:
                post = _KZ_POSTS[next(k for k, g in enumerate(r.groups()) if g)]
            out.append((m.start() + m.group(1).index(words[0]), m.end(), " ".join(words), post))
    return out


def _kz_apposition(span: str, pos: int, lo: int, persons: list[Mention]) -> bool:
    """Is the role ending at `pos` the apposition of an inflected name after it, the
    addressee («Премьер-министр Олжас Бектеновке»), not the subject?"""
    m = re.match(r"\s+((?:[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*\s+){0,2}[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)", span[pos:])
    if not m:
        return False
    name = m.group(1)
    if _kz_is_role(name.split()[0]) or _kz_nominative(name):
        return False
    at = lo + pos + m.start(1)
    return bool(persons.covering(at)) or bool(re.search(r"(?:ов|ев|ёв|ин|ын)[а-яәғқңөұүһі]{1,3}$", name.split()[-1]))


def _kz_is_role(word: str) -> bool:
    return bool(_KZ_ROLE.fullmatch(word)) or is_role_word(word) or word.lower() in {"мемлекет", "үкімет", "басшысы"}


def _kz_nominative(surface: str) -> bool:
    """Is a name written in the nominative? («Олжас Бектенов», not «Бектеновке», «Тоқаевтың»)."""
    last = surface.split()[-1] if surface.split() else surface
    if re.search(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|[ұу]лы|[қк]ызы|вич|вна)$", last, re.I):
        return True
    if not re.search("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]", surface) and not re.search(
        r"(?:ов|ев|ин)(?:қа|ке|ға|ге|тың|тің|ның|нің|ты|ті|ды|ді|тан|тен|пен|мен|та|те)$", last, re.I
    ):
        return True  # a Russian-spelled name, uninflected
    return not (_KZ_INFLECTED.search(last) or _KZ_GENITIVE.search(last))


def _holds(text: str, m: Mention, post: str) -> bool:
    """Does the person of mention `m` hold `post`? By the role the extractor found
    (Russian) or the Kazakh role written just before the name («облысының әкімі Бейбит
    Исабаев», «Мемлекет басшысы Қасым-Жомарт Тоқаев»)."""
    roles = []
    if m.role:
        roles.append(m.role.lower())
    if m.field == "body":
        lead = text[max(0, m.start - 60) : m.start]
        r = list(_KZ_ROLE.finditer(lead))
        if r and not lead[r[-1].end() :].strip():
            roles.append(_KZ_POSTS[next(k for k, g in enumerate(r[-1].groups()) if g)] or "")
    for r in roles:
        if post == "вице-премьер" and ("заместитель премьер" in r or "вице-премьер" in r):
            return True
        if post == "премьер" and "премьер" in r and "заместитель" not in r and "вице" not in r:
            return True
        if post in ("президент", "аким") and post in r:
            return True
        if post == "министр" and "министр" in r and "премьер" not in r:
            return True
    return False


def _kz_addressee(
    sent: str, a: int, words, lo: int, hi: int, mentions: list[Mention], case: str, when
) -> tuple[int, int, str] | None:
    """The first noun phrase in words[lo:hi] in `case` headed by a body or official
    («Көлік министрлігіне», «аудан әкімдіктеріне», «Үкіметке»), an abbreviation
    («ҚТЖ-ға») or a named person («Олжас Бектеновке»), no postposition after it
    («жылға дейін»): (i, j, the phrase in the nominative). Coordinated ones
    («Үкіметке және әкімдіктерге») are joined with «; »."""
    names = mentions.memo("names", lambda: _ByPosition(m for m in mentions if m.type in ("person", "organization")))
    for i in range(lo, hi):
        w = words[i][1]
        if not _kz_head(w, a + words[i][0], names, case):
            continue
        if i + 1 < len(words) and words[i + 1][1].lower() in _KZ_POSTPOSITIONS:
            continue
        k = _kz_np_start(words, lo, i, when)
        heads = [(k, i + 1)]
        j = i + 1
        while j + 1 < hi and words[j][1].lower() in {"және", ","}:
            nxt = next(
                (t for t in range(j + 1, min(hi, j + 6)) if _kz_head(words[t][1], a + words[t][0], names, case)), None
            )
            if nxt is None or any(
                not _kz_modifier(words[t][1]) and words[t][1].lower() not in _KZ_AND for t in range(j + 1, nxt)
            ):
                break
            heads.append((j + 1, nxt + 1))
            j = nxt + 1
        phrases = [p for s, e in heads for p in _kz_split(_kz_nominative_phrase(sent, words, s, e, case))]
        if all(not re.match(r"\w", w) for _, w in words[:k]):  # «Облыс әкімдіктеріне …» opens the sentence
            first = phrases[0].split()[0]
            generic = _KZ_NOUN_CASE["nomn"].match(first) and first.lower() not in _KZ_NAMED_BODIES
            if first.lower() in _KZ_COMMON or generic:
                phrases[0] = phrases[0][:1].lower() + phrases[0][1:]
        return k, j, "; ".join(phrases)
    return None


def _kz_head(word: str, pos: int, names: _ByPosition, case: str) -> bool:
    if re.search(r"[уюУЮ](?:ға|ге)$", word):
        return False  # «пайдалануға», «әзірлеуге»: a purpose, not an addressee
    if _KZ_NOUN_CASE[case].match(word) or _KZ_ABBR_CASE[case].match(word):
        return True
    return (
        any(pos + len(word) >= m.end - 1 for m in names.covering(pos))
        and bool(_KZ_NAME_CASE[case].search(word))
        and not _kz_nominative(word)
    )


def _kz_np_start(words, lo: int, i: int, when) -> int:
    """Walk left from the head over its modifiers: capitalized words («Сауда және
    интеграция»), genitives («облыстың»), uninflected nouns and adjectives («аудан»,
    «тиісті мемлекеттік»); stop at the subject, a case or verb ending, a comma, a time
    phrase or an adverb."""
    k = i
    while k > lo and i - k < 10:
        w = words[k - 1][1]
        low = w.lower()
        if w in '«»"“”':
            k -= 1  # a quoted name: «ҚТЖ» ҰК АҚ-ға
            continue
        if not re.match(rf"[{_KZ_LETTERS}\w]", w) or (when and when.start() <= words[k - 1][0] < when.end()):
            break
        if low in _KZ_AND:
            left = words[k - 2][1] if k - 2 >= lo else ""
            if left and (left[:1].isupper() or _KZ_NOUN_CASE["nomn"].match(left)) and _kz_modifier(left):
                k -= 1
                continue
            break
        if low in _KZ_STOP or low in _KZ_POSTPOSITIONS or not _kz_modifier(w):
            break
        k -= 1
    while k < i and (words[k][1] in '«»"“”' and sum(w in '«»"“”' for _, w in words[k:i]) % 2 or words[k][1] in "»”"):
        k += 1  # a quote opened before the phrase is not part of it
    return k


def _kz_modifier(word: str) -> bool:
    """Can this word stand inside an addressee before its head? Not a verbal noun, nor a
    word with a case or verb ending other than the genitive (an ablative-looking «аудан»,
    «кеден» is a stem)."""
    low = word.lower()
    if re.search(r"[уюУЮ](?:[ыі]н?|ды|ді)?$", word):
        return False  # a verbal noun: the content («бақылау», «орындалуын»), not the addressee
    return low in _KZ_NOT_INFLECTED or bool(_KZ_GENITIVE.search(word)) or not _KZ_NP_STOP.search(word)


def _kz_split(phrase: str) -> list[str]:
    """«Көлік министрлігі мен Қаржы министрлігі» are two addressees; «Сауда және
    интеграция министрлігі» is one."""
    parts = re.split(r"\s+(?:және|мен|пен|бен)\s+", phrase)
    if len(parts) > 1 and all(_KZ_NOUN_CASE["nomn"].match(p.split()[-1]) for p in parts):
        return parts
    return [phrase]


def _kz_nominative_phrase(sent: str, words, i: int, j: int, case: str) -> str:
    """«Көлік министрлігіне» → «Көлік министрлігі», «әкімдіктерге» → «әкімдіктер»,
    «Олжас Бектеновке» → «Олжас Бектенов», «Қаржы министрлігінен» → «Қаржы министрлігі»."""
    raw = " ".join(sent[words[i][0] : words[j - 1][0] + len(words[j - 1][1])].split())
    head = words[j - 1][1]
    poss = re.search(r"(?:ы|і)(?:на|не|нан|нен|н|ны|ні)$", head)
    if poss:
        cut = len(poss.group()) - 1
    else:
        m = re.search(_KZ_CASE[case] + "$", head)
        cut = len(m.group()) if m else 0
    stem = head[: len(head) - cut].rstrip("-")
    return raw[: len(raw) - len(head)] + stem


def _kz_what(sent: str, words, lo: int, hi: int, when, trigger: str, passive: bool) -> str | None:
    """The order's content in words[lo:hi]: the clause ending in a verbal noun, given in
    its dictionary form («жол картасын әзірлеуді» → «жол картасын әзірлеу»; «… жаңғырту
    жөнінде» → «… жаңғырту»), the deadline left out."""
    if hi <= lo:
        return None
    raw = sent[words[lo][0] : words[hi - 1][0] + len(words[hi - 1][1])]
    if when:
        raw = raw.replace(when.group(), " ")
    # a converb clause before the order («баяндама тыңдап, …») is not part of it
    parts = re.split(r",\s*", raw)
    while len(parts) > 1 and re.search(r"(?:ып|іп|п)\s*$", parts[0]):
        parts.pop(0)
    raw = ", ".join(parts)
    toks = raw.replace("«", " ").replace("»", " ").replace('"', " ").split()
    while toks and (toks[0].lower() in _KZ_STOP or not re.search(r"\w", toks[0])):
        toks.pop(0)
    while toks and (toks[-1].lower() in {"деп", "деді"} or not re.search(r"\w", toks[-1])):
        toks.pop()
    if not toks:
        return None
    toks[-1] = toks[-1].rstrip(",.;:")
    obligation = False
    if toks[-1].lower() in _KZ_OBLIGATION and len(toks) > 1:
        toks.pop()
        obligation = True
    post = bool(_KZ_POST.search(toks[-1])) and len(toks) > 1
    if post:
        toks.pop()
    last = toks[-1]
    if post or obligation or passive:
        ok = _VERBAL_NOUN["nomn"].search(last)
        cut = 0
    elif trigger.startswith("тапсыр") and not trigger.startswith("тапсырма"):
        ok = _VERBAL_NOUN["accs"].search(last)
        cut = 2 if ok and last.endswith(("ды", "ді")) else 1
    else:  # міндетте-, жүкте-, талап ет-, нұсқау/тапсырма бер-: accusative or dative
        ok = _VERBAL_NOUN["accs"].search(last) or _VERBAL_NOUN["datv"].search(last)
        cut = 1 if ok and last.endswith(("ын", "ін")) else 2
    if not ok or len(last) - cut < 3:
        return None
    toks[-1] = last[: len(last) - cut]
    return " ".join(toks)
