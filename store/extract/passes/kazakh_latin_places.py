"""Places written in Latin letters: Kazakh in either official Latin alphabet (2018:
«Túrkistan oblysynyń», «Qostanaı», «Semeı»; 2021: «Şymkent», «Qarağandy») and English
(«Almaty region», «East Kazakhstan», «Zhambyl Oblast», «Talas region»).

Why: the Russian NER model reads Latin words as nothing or as bodies, and the knowledge
base's matcher (store.lang.kb) holds one Latin form per row, without the Kazakh case
endings («Almatyǵa», «oblysynda») or the 2018 letters (ý, ı, ǵ, ń with accents). The rows
already hold every name in Cyrillic, so each is written here in both Latin alphabets with
the checkpoint matcher's own tables (store.extract.checkpoint_names: `kazakh_latin`,
`fold`), and the text is folded the same way; the forms the rows print in Latin
(`name_latin_official`, `names_en`, a country's `name_en` and `variants_en`) are folded too.
A Latin name of a place noun's shape («X oblysy», «X aýdany», «X region», «X village») is a
place even when no row holds it, as its Cyrillic twin is (passes/kazakh_places.py).

Named as printed, without its case ending and in the text's own alphabet: an English
article shows «Kazakhstan», not «Казахстан»; an oblast or district keeps its noun
(«Túrkistan oblysy», «Talas region»); a town or village is its name alone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from store.extract.checkpoint_names import fold, kazakh_latin
from store.extract.ner import NerSpan
from store.lang import kb, kb_tables

# A Latin word; the 2018 alphabet's Ó, Ú, Á are sometimes typed as a Cyrillic vowel with a
# combining acute («О́zbekstan»), so such a pair counts as a Latin letter.
_LETTER = r"(?:[A-Za-z\u00C0-\u024F]\u0301?|[ОоАаЕеУуІі]\u0301)"
# A run of _LETTER, written to open with a character class so that `re` skips to a letter in
# C (`{_LETTER}+` opens with a choice, tried at every position): the first letter is a Latin
# one with an optional acute, or a Cyrillic vowel with the acute it then needs.
_WORD = re.compile(rf"[A-Za-z\u00C0-\u024FОоАаЕеУуІі](?:(?<=[A-Za-z\u00C0-\u024F])\u0301?|\u0301){_LETTER}*")
_HOMOGLYPHS = str.maketrans("ОоАаЕеУуІі", "OoAaEeYyIi")

# Kazakh case endings (and the locative adjective «-daǵy»), folded: «Almatyǵa» → «almaty»+«ga».
# Derivations («qazaqstandyq», «-sha») are not here: they make another word of the place.
# (folded as _key folds: y as i)
_CASE_ENDINGS = frozenset(
    "nyn nin dyn din tyn tin ga ge ka ke qa na ne ny ni dy di ty ti da de ta te nda nde "
    "dan den tan ten nan nen men ben pen dagy degi tagy tegi ndagy ndegi".replace("y", "i").split()
)
# after a possessive noun («oblysy», «aýdany»): «oblysyn» (accusative) as well
_AFTER_POSSESSIVE = ("n",)

# Place nouns after a name: Kazakh Latin (folded) and English; the value says whether the
# name keeps its noun (an oblast, district, region) or is the name alone (a town, village).
_NOUNS = {
    "oblysy": True,
    "audany": True,
    "olkesi": True,
    "qalasy": False,
    "auyly": False,
    "region": True,
    "oblast": True,
    "district": True,
    "raion": True,
    "rayon": True,
    "province": True,
    "village": False,
    "city": False,
    "town": False,
}
_PLURAL_NOUNS = {"regions": "region", "oblasts": "oblast", "districts": "district", "raions": "raion"}
# Capitalized words that open a sentence or a phrase and are no place names
# (nationalities too: «the Kazakh village of …» names the village, not a place «Kazakh»)
_NOT_NAMES = frozenset(
    "the this that these each every our their its any some border customs capital central whole entire "
    "bul osy sol ár barlyq kazakh qazaq kyrgyz russian chinese uzbek turkmen tajik mongolian kazakhstani".split()
)
_CONNECTIVES = frozenset("and men ben pen jáne jane".split())


def _clean(written: str) -> str:
    """The word as a reader sees it: a Cyrillic vowel with a combining acute as the Latin
    letter it stands for («О́zbekstan» → «Ózbekstan»)."""
    if "\u0301" not in written:
        return written
    return unicodedata.normalize("NFC", written.translate(_HOMOGLYPHS))


def _key(word: str) -> str:
    """A Latin word folded as the checkpoint table folds names (accents and the Kazakh
    letters of both alphabets to plain letters, y and i alike, as 2018 and 2021 swap them)."""
    return fold(_clean(word)).replace("y", "i")


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_CYRILLIC_LETTER = re.compile("[а-яёәғқңөұүһі]", re.IGNORECASE)


def _name_keys(name: str) -> list[tuple[str, ...]]:
    """A name of a row as tuples of folded words: its Latin form as it is, or its two Kazakh
    Latin spellings when it is written in Cyrillic."""
    if not name.strip():
        return []
    if _CYRILLIC_LETTER.search(name):
        spelled = kazakh_latin(name)
    else:
        spelled = [name]
    return [tuple(_key(w) for w in _WORD.findall(s)) for s in spelled if _WORD.search(s)]


def _split(cell: str | None) -> list[str]:
    return [v.strip() for v in (cell or "").split("|") if v.strip() and "{" not in v]


def _row_names(r: dict, row: kb.Row) -> list[str]:
    """Every name of a place row worth writing in Latin."""
    if row.kind == "country":
        return [r["name_en"], r["name_kk"], *_split(r.get("variants_en")), *_split(r["variants_kk"])]
    names = [r["name_kk"], r["name_latin_official"], *_split(r["names_en"])]
    # a former name of two words or a hyphen («Нур-Султан» → «Nur-Sultan»), as kb.py takes them
    names += [v for v in _split(r.get("former_names")) if re.search(r"[\s-]", v)]
    if row.kind == "city":
        names.append(r["name_ru"])  # «Orenbýrg», «Saratov»: the Kazakh press spells the Russian name
    return names


@lru_cache(maxsize=1)
def _table() -> dict[str, list[tuple[tuple[str, ...], kb.Row, bool]]]:
    """Folded first word → [(folded words, row, is an abbreviation)]; an abbreviation
    («VKO», «ShQO» for ШҚО) only as written with two capitals or more. Kept between
    processes (store/lang/kb_tables.py): about 40 ms of CPU to build, the first text with
    a Latin word paid it in every process."""
    return kb_tables.kept(_built_table, "latin-places", kb_tables.EXTRACT_INPUTS)


def _built_table() -> dict[str, list[tuple[tuple[str, ...], kb.Row, bool]]]:
    index: dict[str, list[tuple[tuple[str, ...], kb.Row, bool]]] = {}
    for row, r in kb.place_rows():
        seen = set()
        for name in _row_names(r, row):
            for words in _name_keys(name):
                if words and words not in seen and len("".join(words)) >= 4:
                    seen.add(words)
                    index.setdefault(words[0], []).append((words, row, False))
        abbreviations = _split(r.get("abbreviations"))
        if row.kind == "country":  # «PRC»: a country's capitals among its English variants
            abbreviations = [v for v in _split(r.get("variants_en")) if v.isupper()]
        for abbr in abbreviations:
            for words in _name_keys(abbr):
                if len(words) == 1 and len(words[0]) >= 3 and words not in seen:
                    seen.add(words)
                    index.setdefault(words[0], []).append((words, row, True))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def _ending(key: str, stem: str, possessive: bool) -> bool:
    """Is `key` the folded `stem` with a Kazakh case ending (or none)?"""
    if key == stem:
        return True
    if not key.startswith(stem):
        return False
    tail = key[len(stem) :]
    return tail in _CASE_ENDINGS or (possessive and tail in _AFTER_POSSESSIVE)


def _tokens(text: str) -> list[re.Match]:
    return list(_WORD.finditer(text))


def _joined(text: str, a: re.Match, b: re.Match) -> bool:
    """Two words of one name: a space or a hyphen between them, nothing else."""
    gap = text[a.end() : b.start()]
    return gap in (" ", "-", "\u00a0")


def _kb_matches(text: str, toks: list[re.Match]) -> list[tuple[int, int, kb.Row, str]]:
    """(start, end, row, name) of every row name written in Latin, longest at each word."""
    index = _table()
    out = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        best = None
        word = _clean(tok.group())
        key = _key(word)
        for n in range(len(key), max(0, len(key) - 6), -1):
            for words, row, abbr in index.get(key[:n], ()):
                found = _match_at(text, toks, i, words, abbr)
                if found and (best is None or found[0] > best[0]):
                    best = (found[0], found[1], row)
        if best is not None and word[:1].isupper():
            last, stem_len, row = best
            start, end = tok.start(), toks[last].start() + stem_len
            out.append((start, toks[last].end(), row, _clean(text[start:end])))
            i = last + 1
            continue
        i += 1
    return out


def _match_at(text, toks, i, words, abbr) -> tuple[int, int] | None:
    """(index of the last token, length of the last word without its ending) when the row
    name `words` is written from token `i` on; None otherwise."""
    if i + len(words) > len(toks):
        return None
    for k, w in enumerate(words):
        tok = toks[i + k]
        if k and not _joined(text, toks[i + k - 1], tok):
            return None
        key = _key(tok.group())
        if abbr and sum(c.isupper() for c in tok.group()) < 2:
            return None
        if k < len(words) - 1:
            if key != w:
                return None
            continue
        if not _ending(key, w, possessive=w in ("oblisi", "audani", "olkesi")):
            return None
        return i + k, _stem_length(tok.group(), len(key) - len(w))
    return None


def _stem_length(written: str, tail: int) -> int:
    """The length of `written` without the last `tail` folded letters (an ending has no
    letter that folds to two, as ş does)."""
    return len(written) - tail


_QUOTED = re.compile(r"«([^«»\n]{1,120})»|\"([^\"\n]{1,120})\"")
_DASH = re.compile(r"\s[-–—]\s")


def _titles(text: str) -> list[tuple[int, int]]:
    """Quoted stretches that are no route («Egemen Qazaqstan», a newspaper): a place inside
    is part of a title. A quoted route («Shymkent – Taraz») names its ends."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text) if not _DASH.search(m.group(0))]


def _noun_places(text: str, toks: list[re.Match]) -> list[tuple[int, int, str]]:
    """(start, end, name) of «Name(s) noun» and «Name and Name nouns» in Latin letters."""
    out = []
    for i, tok in enumerate(toks):
        key = _key(tok.group())
        low = tok.group().lower()
        noun, plural = None, False
        for n, _keep in _NOUNS.items():
            stem = n.replace("y", "i")
            if low == n or (n in ("oblysy", "audany", "qalasy", "auyly", "olkesi") and _ending(key, stem, True)):
                noun = n
                break
        if noun is None and low in _PLURAL_NOUNS:
            noun, plural = _PLURAL_NOUNS[low], True
        if noun is None or i == 0:
            continue
        names = _names_before(text, toks, i, plural)
        keep = _NOUNS[noun]
        for a, b in names:
            start, end = toks[a].start(), toks[b].end()
            name = _clean(text[start:end])
            if keep and not plural:  # the span runs over the noun: «Túrkistan oblysynyń» is one mention
                out.append((start, tok.end(), f"{name} {_clean(tok.group())[: len(noun)]}"))
            elif keep:
                out.append((start, end, f"{name} {noun}"))
            else:
                out.append((start, end, name))
    return out


def _names_before(text, toks, i, plural) -> list[tuple[int, int]]:
    """The name (one or two capitalized words) right before token `i`, or for a plural
    noun each name of the list «A, B and C» before it: token index ranges."""
    out = []
    j = i - 1
    while j >= 0:
        b = j
        if not toks[j].group()[:1].isupper() or toks[j].group().lower() in _NOT_NAMES:
            break
        a = j
        if j > 0 and _joined(text, toks[j - 1], toks[j]) and toks[j - 1].group()[:1].isupper():
            if toks[j - 1].group().lower() not in _NOT_NAMES:
                a = j - 1
        gap_after = text[toks[b].end() : (toks[b + 1].start() if b + 1 < len(toks) else len(text))]
        if b == i - 1 and gap_after not in (" ", "\u00a0"):
            break
        out.append((a, b))
        if not plural:
            break
        gap = text[toks[a - 1].end() : toks[a].start()] if a > 0 else ""
        if a > 0 and re.fullmatch(r"\s*,\s*", gap):
            j = a - 1  # «A, B»
            continue
        if a > 1 and toks[a - 1].group().lower() in _CONNECTIVES and _joined(text, toks[a - 1], toks[a]):
            j = a - 2  # «A and B»
            continue
        break
    return out


# loc52: English names a settlement after its kind and «of» as often as before it: «the village of
# Rasskazovo», «the town of Zharkent», «the settlement of Ogneupornyi» (timesca.com, orda.kz,
# Xinhua, rusnewsjournal.com); the name alone is the place
_OF_NOUNS = frozenset("village town settlement city hamlet township".split())


def _of_places(text: str, toks: list[re.Match]) -> list[tuple[int, int, str]]:
    """(start, end, name) of «village of Name» (a hyphened name whole: «Kara-Kemer»)."""
    out = []
    for i in range(len(toks) - 2):
        kind, of, name = toks[i], toks[i + 1], toks[i + 2]
        if kind.group().lower() not in _OF_NOUNS or of.group() != "of":
            continue
        if not (_joined(text, kind, of) and _joined(text, of, name)) or text[of.end() : name.start()] != " ":
            continue
        if not name.group()[:1].isupper() or name.group().lower() in _NOT_NAMES:
            continue
        last = i + 2
        while last + 1 < len(toks) and text[toks[last].end() : toks[last + 1].start()] == "-":
            last += 1
        start, end = name.start(), toks[last].end()
        out.append((start, end, _clean(text[start:end])))
    return out


_CAPITAL = r"(?:[A-Z\u00C0-\u00DE]|[ОАЕУІ]\u0301)"
_END_NAME = re.compile(rf"({_CAPITAL}{_LETTER}*(?:[ -]{_CAPITAL}{_LETTER}*)?)")
_LATIN_ONLY = re.compile(rf"^{_LETTER}+(?:[ -]{_LETTER}+)?$")


def _route_ends(text: str, known: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The ends of a quoted route in Latin letters («Taraz – Qaınar», «Oral – RF shekarasy
    (Saratov)») where one end at least is a place the rows know: every other end that is a
    capitalized name (before a lowercase noun such as «shekarasy», or in brackets) is a
    place too: a route runs between places."""
    if not known:
        return []  # every quoted route needs a known end inside (below): none can be read
    out = []
    for m in _QUOTED.finditer(text):
        body_start = m.start() + 1
        body = m.group(1) or m.group(2)
        if not _DASH.search(body) or not any(m.start() < a < m.end() for a, _ in known):
            continue
        for part in re.split(r"\s[-–—]\s|[()]", body):
            offset = body_start + body.find(part)
            name = _END_NAME.match(part.strip())
            if not name:
                continue
            lead = len(part) - len(part.lstrip())
            start = offset + lead + name.start(1)
            written = name.group(1)
            rest = part.strip()[name.end(1) :].split()
            if not _LATIN_ONLY.match(written) or any(w[:1].isupper() for w in rest):
                continue
            if written.lower() in _NOT_NAMES or len(written) < 2:
                continue
            out.append((start, start + len(written), _clean(written)))
    return out


_ROUTE_NOUNS = r"(?:highway|route|road|railway|line|corridor|section|motorway|jol\w*|tasjol\w*|temirjol\w*)"
_PAIR = re.compile(rf"({_CAPITAL}{_LETTER}+)\s?[–—-]\s?({_CAPITAL}{_LETTER}+)(?=\)|\s+{_ROUTE_NOUNS}\b)")


def _pair_ends(text: str, known: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Both ends of a pair of names joined by a dash that is a route: in brackets
    («Ilek (Orenburg–Uralsk)») or before a route noun («the Orsk–Aktobe highway»), one end
    of which at least is a place the rows know."""
    if not known:
        return []  # every pair needs a known end (below): no scan of the text for pairs
    out = []
    for m in _PAIR.finditer(text):
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-–—"):
            continue  # the middle of a longer chain or word
        if m.group(0).endswith(")") or text[m.end() : m.end() + 1] == ")":
            if text[max(0, m.start() - 1) : m.start()] != "(":
                continue  # in brackets: the pair is all the brackets hold
        ends = [(m.start(i), m.end(i)) for i in (1, 2)]
        if not any(k in known for k in ends):
            continue
        out += [(a, b, _clean(text[a:b])) for a, b in ends if text[a:b].lower() not in _NOT_NAMES]
    return out


def find_latin_places(text: str) -> list[tuple[NerSpan, str]]:
    """Every place written in Latin letters in `text`, with its name. Kept for the last
    texts asked: this pass and the Latin persons' (store/extract/passes/latin_persons.py)
    read the same text's places."""
    return list(_latin_places(text))


@lru_cache(maxsize=4)
def _latin_places(text: str) -> tuple[tuple[NerSpan, str], ...]:
    toks = _tokens(text)
    if not toks:
        return ()
    out: list[tuple[NerSpan, str]] = []
    for start, end, name in _noun_places(text, toks) + _of_places(text, toks):
        if not any(s.start < end and start < s.end for s, _ in out):
            out.append((NerSpan("location", start, end, text[start:end]), name))
    matches = _kb_matches(text, toks)
    titles = _titles(text) if matches else []  # read only for a row's match (issue 15)
    for start, end, _row, name in matches:
        if any(a < start < b for a, b in titles):
            continue
        if any(s.start <= start < s.end for s, _ in out):
            continue
        out.append((NerSpan("location", start, end, text[start:end]), name))
    known = [(a, b) for a, b, _r, _n in matches]
    for start, end, name in _route_ends(text, known) + _pair_ends(text, known):
        if not any(s.start < end and start < s.end for s, _ in out):
            out.append((NerSpan("location", start, end, text[start:end]), name))
    return tuple(sorted(out, key=lambda p: (p[0].start, p[0].end)))


# A web address or a handle: «Almaty-akshamy.kz», «www.zakon.kz», «instagram.com/…», «@…».
_ADDRESS = re.compile(r"(?:[\w-]\.(?:kz|ru|com|org|net|uz|kg|info|news|media|tv)\b|www\.|/|@)", re.IGNORECASE)


def _in_an_address(text: str, start: int, end: int) -> bool:
    """Is the place a piece of a web address or handle (the outlet «Almaty-akshamy.kz»)?"""
    a = start
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = end
    while b < len(text) and not text[b].isspace():
        b += 1
    return bool(_ADDRESS.search(text[a:b]))


_LEFTOVER = re.compile(r"^(?:[\s,;–—-]|\b(?:and|or|men|ben|pen|jáne|jane)\b)*$")


def _only_places(text: str, s, found) -> bool:
    """«Kyrgyzstan and Uzbekistan», a model's «body» that is Latin places and «and» only."""
    if s.type != "organization":
        return False
    inside = [p for p, _ in found if s.start <= p.start and p.end <= s.end]
    if not inside:
        return False
    rest, cut = [], s.start
    for p in sorted(inside, key=lambda p: p.start):
        rest.append(text[cut : p.start])
        cut = p.end
    rest.append(text[cut : s.end])
    return bool(_LEFTOVER.match(" ".join(rest)))


def kazakh_latin_places(text: str, spans: list, ctx) -> list:
    """The pass: each Latin place replaces the places, persons and stray bodies it overlaps
    and renames a place the linker named in Cyrillic; a body whose name runs over it keeps
    it, and a checkpoint's words stay the checkpoint's."""
    found = [
        (s, n)
        for s, n in find_latin_places(text)
        if not ctx.cp_index.overlapping(s.start, s.end) and not _in_an_address(text, s.start, s.end)
    ]
    if not found:
        return spans
    out = [s for s in spans if not _only_places(text, s, found)]
    for span, name in found:
        over = [s for s in out if s.start < span.end and span.start < s.end]
        if any(s.type == "organization" and s.start <= span.start and span.end <= s.end and s != span for s in over):
            if not any(s.type == "organization" and (s.start, s.end) == (span.start, span.end) for s in over):
                continue  # «National Security Committee of Kazakhstan»: the body's
        out = [s for s in out if s not in over]
        out.append(span)
        ctx.names[(span.start, span.end)] = name
    return sorted(out, key=lambda s: (s.start, s.end))
