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

_KK_FOLD = str.maketrans("әғқңөұүһі", "агкноуухи")


def fold(word: str) -> str:
    """Lowercase, ё as е, and Kazakh letters as their Russian neighbours, so that one table
    entry matches «Достық» and «Достык», «Қонысбаева» and «Конысбаева», «Ақ тілек» and «Ак Тилек»."""
    return word.lower().replace("ё", "е").translate(_KK_FOLD)


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
_KK = tuple(dict.fromkeys(e.translate(_KK_FOLD) for e in _KK))
_RU_CONS = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")


def _forms(word: str, last: bool) -> tuple[str, frozenset[str], frozenset[str]]:
    """(stem, noun endings, adjective endings) for one word of a name.

    Only the last word of a multi-word name inflects («Нур жолы», «Темир баба»).
    Adjective endings are kept apart because an adjective needs a head noun after it.
    """
    w = fold(word)
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
    elif w[-1] in "бвгджзклмнпрстфхцчшщ":
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


def _spellings(name: str) -> list[str]:
    """A name and, for a name of several parts, the parts written together: texts write
    «Гишт-Куприк», «Гишт Куприк» and «Гишткуприк» (the first two already match one entry,
    since any hyphen or space may stand between the words)."""
    parts = [p for p in re.split(r"[\s\-]+", name.strip()) if p]
    joined = "".join(parts)
    if len(parts) > 1 and joined.isalpha():
        return [name, joined]
    return [name]


@lru_cache(maxsize=1)
def _table() -> dict[str, list[_Name]]:
    """Every matchable name, indexed by the first letters of its first word."""
    by_name: dict[str, list[tuple[str, bool]]] = {}  # name -> [(ref, is a former name)]
    for cp in gazetteer.all() + gazetteer.foreign():  # Kazakh rows first: a shared name is ours by default
        if cp.kind not in gazetteer.LAND_KINDS:
            continue
        for name in (cp.name_ru, cp.name_kk, *cp.names_latin, *cp.variants):
            for form in _spellings(name):
                by_name.setdefault(form, []).append((cp.id, False))
        for name in cp.former_names:
            for form in _spellings(name):
                by_name.setdefault(form, []).append((cp.id, True))
    merged: dict[tuple, list[tuple[str, bool]]] = {}
    for name, refs in by_name.items():
        parts = [p for p in re.split(r"[\s\-.]+", name) if p]
        if parts and all(_TOKEN.fullmatch(p) for p in parts):
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
    r"пункт\w*\s+пропуска|\b(?:пп|мапп|кпп|ппп|апп|ждпп|мцпс|тпк)\b|\bп/п|погранперех|пропускн|граничн|\bграниц|"
    r"таможен|\bстанци|железнодорож|направлени|checkpoint|border|crossing|өткізу|бекет|шекара|кеден|\bстанса|"
    r"\b(?:пункт|пост)\w*\s+[«\"“„]|"
    r"[»\"]\s*\((?:РК|РФ|КНР|КР|РУз|Казахстан|Россия|Китай|Кыргызстан|Узбекистан|Туркменистан)\)",
    re.IGNORECASE,
)
_LOCAL_CUE = re.compile(
    r"пункт\w*\s+пропуска|пункт\w*\s*:|\b(?:пп|мапп|кпп|ппп|апп|ждпп|мцпс)\b|\bп/п|погранперех|пропускн\w+\s+пункт|"
    r"[»\"]\s*\((?:РК|РФ|КНР|КР|РУз|Казахстан|Россия|Китай|Кыргызстан|Узбекистан|Туркменистан)\)|"
    r"\b(?:пункт|пост)\w*\s+[«\"“„]|пограничн\w*\s+пост|\bстанса|"
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
    ("rail", re.compile(r"железнодорож|\bждпп|\bстанци|\bветк|\bпоезд|\bж/д|теміржол|\brail", re.IGNORECASE)),
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
        low = fold(tokens[j].group())
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
# a Kazakh place noun after the name makes it the district, region, village, street, river
# or lake of that name: «Қордай ауданында», «Хоргос қаласы», «Алакөл көлі»
_PLACE_AFTER = re.compile(r"\s+(?:аудан|облыс|қала|ауыл|көше|даңғыл|өзен|көл)\w*", re.IGNORECASE)


def _blocked(tokens: list[re.Match], i: int, text: str, last: int | None = None) -> bool:
    """Right after «улица», «палата», «озеро»… the name is a street, an organization, a lake;
    inside a web or mail address («Orda.kz», «t.me/…») it is a site's name."""
    end = tokens[last if last is not None else i].end()
    if _IN_ADDRESS.match(text, end) or (tokens[i].start() and text[tokens[i].start() - 1] in "@/"):
        return True
    if _PLACE_AFTER.match(text, end):
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


def _choose(refs: tuple[str, ...], kind: str | None, side: str | None = None) -> str:
    """The row a name stands for: on the side the text names (our row unless it names the
    neighbour: «Хоргос (КНР)» is the Chinese post), then of the kind it names."""
    rows = [gazetteer.get(r) for r in refs]
    wanted = side or gazetteer.HOME
    on_side = [cp for cp in rows if cp and cp.country == wanted] or [cp for cp in rows if cp]
    if kind:
        for cp in on_side:
            if cp.kind == kind:
                return cp.id
    return on_side[0].id if on_side else refs[0]


# A kind word glued to a name with a hyphen or dash: «Достык-автомобильный», «Ак-Тилек -
# Автодорожный», «Кен-Булун-автокөлік», «Ақ тілек - автожол». It belongs to the mention.
_GLUED_KIND = re.compile(
    r"[ \t]*[-‐–—][ \t]*(?:(автомобильн|автодорожн|автокөлік|автожол|авто\b|жол\b)|(железнодорожн|темір\s*жол|теміржол))\w*",
    re.IGNORECASE,
)

# Which country's post the text says a name is: a bracket right after it («Хоргос» (КНР)),
# or an adjective or country name shortly before it («китайская станция Хоргос»).
_COUNTRY_WORDS = (
    ("Казахстан", r"РК|Казахстан\w*|казахстанск\w*|Қазақстан\w*|қазақстанд\w*"),
    ("Китай", r"КНР|Кита\w*|китайск\w*|Қытай\w*|Синьцзян\w*"),
    ("Россия", r"РФ|Росси\w*|российск\w*|Ресей\w*"),
    ("Кыргызстан", r"КР|Кыргызстан\w*|Киргиз\w*|кыргызск\w*|киргизск\w*|Қырғыз\w*"),
    ("Узбекистан", r"РУз|Узбекистан\w*|узбекск\w*|Өзбек\w*"),
    ("Туркменистан", r"Туркменистан\w*|туркменск\w*|Түрікмен\w*"),
)
_COUNTRY_RX = [(c, re.compile(rf"\b(?:{w})\b", re.IGNORECASE)) for c, w in _COUNTRY_WORDS]
_BRACKET_AFTER = re.compile(r"[»\"“”']?\s*(?:[-‐–—]?\s*\w+\s*)?\(([^()\n]{1,25})\)")
_PAIR_GAP = re.compile(r"[»\"“”']?\s*(?:\([^()\n]{1,25}\)\s*)?(?:[-‐–—/]|\bи\b)\s*[«\"“„']?|\s*[«\"“„']")


def _country_in(fragment: str) -> str | None:
    """The country a short fragment names, or None (the last one named wins)."""
    best, best_pos = None, -1
    for country, rx in _COUNTRY_RX:
        for m in rx.finditer(fragment):
            if m.start() > best_pos:
                best, best_pos = country, m.start()
    return best


def _side_of(text: str, start: int, end: int, sent_start: int, refs: tuple[str, ...] = ()) -> str | None:
    """The country the text puts this mention in, from a bracket just after it, a country
    word among the few words just before it, or a foreign row's own region named just after
    it («Хоргос в Синьцзян-Уйгурском районе»); None when the text does not say."""
    m = _BRACKET_AFTER.match(text, end)
    if m:
        country = _country_in(m.group(1))
        if country:
            return country
    words = text[max(sent_start, start - 40) : start].split()[-4:]
    country = _country_in(" ".join(words)) if words else None
    if country:
        return country
    after = fold(" ".join(text[end : end + 60].split()[:4]))
    for ref in refs:
        cp = gazetteer.get(ref)
        if cp.foreign and cp.region and fold(cp.region)[:6] in after:
            return cp.country
    return None


def _home_first(refs: tuple[str, ...]) -> list[gazetteer.Checkpoint]:
    """The rows a name is read as by default: our own where it has one (a shared «Хоргос» is
    as unambiguous as our Хоргос), else the foreign ones."""
    rows = [gazetteer.get(r) for r in refs]
    return [cp for cp in rows if not cp.foreign] or rows


@dataclass
class _Cand:
    start: int
    end: int
    name: _Name
    ambiguous: bool
    kind: str | None = None  # a kind word glued to the name


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
        entries = table.get(fold(word[:_KEY]))
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
        ambiguous = name.former or any(cp.ambiguous for cp in _home_first(name.refs))
        end, kind = tokens[last].end(), None
        glued = _GLUED_KIND.match(text, end)
        if glued:
            end, kind = glued.end(), "road" if glued.group(1) else "rail"
            while last + 1 < len(tokens) and tokens[last + 1].start() < end:
                last += 1
        out.append(_Cand(tok.start(), end, name, ambiguous, kind))
        i = last + 1
    return out


_LIST_GAP = re.compile(
    r"[\s,;«»\"“”„']*(?:и|а также|,)?[\s,;«»\"“”„']*"
    # a pair or a bulleted list: «Шаган» (РК) / «Тёплое» (РФ), or «– «Аят» авто (РК) – «Николаевка» (РФ)»
    r"|(?:[\s,;«»\"“”„'/–—•·*-]|\bи\b|\bавто\b|\((?:РК|РФ|КНР|КР|РУз|Казахстан|Россия|Китай|Кыргызстан|Узбекистан|Туркменистан)\))+"
)


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


_NEAR = 300  # how far apart, within one paragraph, the two posts of a pair confirm each other


def _facing(a: _Name, b: _Name) -> bool:
    """Do the two names stand for the two sides of one crossing (a foreign row facing ours)?"""
    ours = set(a.refs) | set(b.refs)
    return any(f in ours for r in (*a.refs, *b.refs) for f in gazetteer.get(r).faces)


def _confirm_facing(accepted: list[_Cand], pending: list[_Cand], text: str) -> None:
    """A pending name whose partner across the border is an accepted mention in the same
    paragraph is that checkpoint: «Сырым» … «С российской стороны пункт «Маштаково»»."""
    confirmed = []
    for c in pending:
        for a in accepted:
            lo, hi = (a.end, c.start) if a.end <= c.start else (c.end, a.start)
            if hi - lo <= _NEAR and "\n\n" not in text[lo:hi] and _facing(a.name, c.name):
                confirmed.append(c)
                break
    accepted += confirmed
    pending[:] = [c for c in pending if c not in confirmed]


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
    if pending:
        _confirm_facing(accepted, pending, text)
    return _resolved(sorted(accepted, key=lambda c: c.start), text, ends)


# Read a name both sides share («Хоргос») as the neighbour's post when the text says so.
# Off until the store keeps two checkpoints of one name apart: store/db.py keys an entity by
# (type, name) and links it to the first row it meets, so one Chinese «Хоргос» stored first
# would give every Kazakh «Хоргос» of the store the Chinese row's border (dev: border 147/152
# with it on, 149/152 off). Turn on once checkpoint entities are keyed by their row id.
READ_SHARED_NAMES_BY_SIDE = False


def _resolved(cands: list[_Cand], text: str, ends: list[int]) -> list[CheckpointSpan]:
    """Each accepted mention resolved to one row: by the side and kind the text gives it,
    then by the post it is paired with («Алтынколь – Хоргос»: the Хоргос that faces
    Алтынколь), and one side per name in a text once a cue has settled it."""
    sides: list[str | None] = []
    refs: list[str] = []
    for c in cands:
        if not (READ_SHARED_NAMES_BY_SIDE and _shared(c.name.refs)):
            sides.append(None)
            refs.append(
                _choose(
                    c.name.refs,
                    c.kind or _kind_of(text, c.start, _sentence(text, c.start, ends)[0])
                    if len(c.name.refs) > 1
                    else c.kind,
                )
            )
            continue
        s, _ = _sentence(text, c.start, ends)
        side = _side_of(text, c.start, c.end, s, c.name.refs)
        sides.append(side)
        refs.append(_choose(c.name.refs, c.kind or _kind_of(text, c.start, s), side))
    if READ_SHARED_NAMES_BY_SIDE:
        _by_pairs(cands, refs, sides, text)
        _one_side_per_name(cands, refs, sides)
    return [CheckpointSpan(c.start, c.end, text[c.start : c.end], r) for c, r in zip(cands, refs, strict=False)]


def _shared(refs: tuple[str, ...]) -> bool:
    """Does the name belong to posts on both sides (Хоргос)?"""
    return len({gazetteer.get(r).country for r in refs}) > 1


def _by_pairs(cands: list[_Cand], refs: list[str], sides: list[str | None], text: str) -> None:
    """A shared name written as the partner of one of our posts is the foreign post facing it."""
    for k, c in enumerate(cands):
        if sides[k] is not None or not _shared(c.name.refs):
            continue
        for j in (k - 1, k + 1):
            if not 0 <= j < len(cands):
                continue
            a, b = (cands[j], c) if j < k else (c, cands[j])
            if not _PAIR_GAP.fullmatch(text, a.end, b.start):
                continue
            facing = [r for r in c.name.refs if refs[j] in gazetteer.get(r).faces]
            if facing and not gazetteer.get(refs[j]).foreign:
                refs[k], sides[k] = facing[0], gazetteer.get(facing[0]).country
                break


def _one_side_per_name(cands: list[_Cand], refs: list[str], sides: list[str | None]) -> None:
    """Once a cue puts a shared name on the neighbour's side, its other mentions in the text
    without a cue of their own go there too («КПП Хоргос в Синьцзяне…», then «КПП Хоргос»)."""
    settled: dict[int, str] = {}
    for c, r, side in zip(cands, refs, sides, strict=False):
        if side is not None and gazetteer.get(r).foreign:
            settled.setdefault(id(c.name), r)
    for k, c in enumerate(cands):
        if sides[k] is None and id(c.name) in settled:
            refs[k] = settled[id(c.name)]
