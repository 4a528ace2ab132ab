"""Several orders told with one verb, the verb said once: «поручил МВД усилить контроль, а КГД —
сократить время досмотра», «… Правительству модернизировать посты, акиматам — обустроить
стоянки, а КНБ — усилить охрану»; in Kazakh «ІІМ-ге бақылауды күшейтуді, ал Қаржы министрлігіне
тексеруді қысқартуды тапсырды». The sentence's rules read the first order, whose `what` then
runs on through the others; this module cuts it at each further addressee and gives every part
its own addressee, content and term. The giver is the same for all.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.extract.directives.addressee_names import body_names, dative_person
from store.extract.directives.gapped_terms import split_terms
from store.extract.directives.kazakh import KZ_WHEN
from store.extract.directives.kazakh_clauses import kz_addressee
from store.extract.directives.posts import WORD, ByPosition
from store.extract.directives.russian import time_phrase
from store.extract.directives.russian_addressees import has_case
from store.lang.normalize import parses, phrase_nominative
from store.lang.wordlists import words
from store.model import Directive

# «, а КГД — », «, акиматам — », «, а также Министерству финансов — », «, а от КГД — »: a further
# addressee and the dash standing for the verb said once.
_RU_GAP = re.compile(r",\s+(?:а\s+(?:также\s+)?)?(от\s+)?([^,;—–«»()]{2,80}?)\s+[—–]\s+")
# «, а Минфину обеспечить …», «, а от акиматов обустроить …»: the same with no dash, the
# addressee followed by the order's infinitive; only after «а», a bare comma being too common.
_RU_BARE_GAP = re.compile(r",\s+а\s+(?:также\s+)?(от\s+)?")
_BARE_WORDS = 4  # an addressee said with no dash is a short phrase: «Пограничной службе»
_BODY_HEADS = (
    words("org_head_nouns")
    | words("parent_body_heads")
    | {"акимат", "аким", "орган", "госорган", "ведомство", "управление", "департамент", "погранслужба", "маслихат"}
)
_ABBREVIATION = re.compile(r"^[А-ЯЁ]{2,6}$")  # «КГД», «МЧС»: a body no ending declines
# «, ал Қаржы министрлігіне …», «, ҰҚК-ге …»: where a further Kazakh addressee may start.
_KZ_GAP = re.compile(r",\s+(?:ал\s+)?")
_KZ_ACCUSATIVE_NOUN = re.compile(r"[уюУЮ](?:ды|ді)$")  # «күшейтуді»: the content a «тапсырды» takes
# Where a Kazakh gap may be at all: such a verbal noun ending the words before a `_KZ_GAP` comma. An
# order's `what` without it has no Kazakh part, and its commas need not be read one by one.
_KZ_GAP_NEEDLE = re.compile(r"[уюУЮ](?:ды|ді)\s*,\s")
_NO_NAMES = ByPosition([])  # a Kazakh part is read alone: its addressee by its ending, no mention


def split_gapped(d: Directive) -> list[Directive]:
    """The orders `d` tells, in the sentence's order: `d` alone when its `what` holds no gap."""
    parts = _russian_parts(d.what) or _kazakh_parts(d.what)
    if not parts:
        return split_terms(d, _chain_addressee) or [d]
    shared = d.when if _before_addressee(d) else None  # «До 1 мая X поручил …»: every part's term
    first_what, first_when = parts[0]
    # the sentence's first term is a later part's, in its words or before them («а МЧС до 1 мая открыть …»)
    later = any(_said_in(d.when, what) or _said_in(d.when, when or "") for _, what, when in parts[1:])
    out = [replace(d, what=first_what, when=first_when or (None if later else d.when))]
    out += [replace(d, to=to, what=what, when=when or shared) for to, what, when in parts[1:]]
    return out


def _before_addressee(d: Directive) -> bool:
    """Is the sentence's term said before the first addressee («До 1 мая Бектенов поручил МВД …»),
    so of every part? After it («поручил акиматам до 1 июня построить …, а МЧС — …») it is the
    first part's."""
    if not d.when:
        return False
    low = " ".join(d.sentence.split()).lower()
    at = low.find(" ".join(d.when.split()).lower())
    stem = d.to.split()[0].lower()[:4] if d.to else ""
    return at >= 0 and (not stem or at < low.find(stem) or low.find(stem) < 0)


def _said_in(when: str | None, text: str) -> bool:
    return bool(when) and " ".join(when.split()).lower() in " ".join(text.split()).lower()


def _russian_parts(what: str) -> list | None:
    """[(first what, its term), (to, what, term), …] for «…, а X — сделать …», or None."""
    cuts = _ru_gaps(what)
    cuts = [g for k, g in enumerate(cuts) if _infinitive_start(_part(what, g, cuts, k)) is not None]
    if not cuts:
        return None
    head = what[: cuts[0][0]].strip(" ,")
    out: list = [(head, time_phrase(head))]
    for k, (_, phrase, _, _) in enumerate(cuts):
        rest = _part(what, cuts[k], cuts, k)
        body = rest[_infinitive_start(rest) :].strip(" .;,")
        to = phrase if _ABBREVIATION.match(phrase.split()[0]) else dative_person(phrase) or phrase_nominative(phrase)
        out.append((to, body, time_phrase(rest[: _infinitive_start(rest)]) or time_phrase(body)))
    return out


def _ru_gaps(what: str) -> list[tuple[int, str, bool, int]]:
    """Each further addressee in `what`: (where its gap starts, the addressee as written, said
    after «от», where the words after it start), dashed or not, in the text's order."""
    gaps = [
        (m.start(), m.group(2), bool(m.group(1)), m.end())
        for m in _RU_GAP.finditer(what)
        if _ru_addressee(m.group(2), bool(m.group(1)))
    ]
    dashed = {g[0] for g in gaps}
    for m in _RU_BARE_GAP.finditer(what):
        found = None if m.start() in dashed else _bare_addressee(what[m.end() :], bool(m.group(1)))
        if found:
            gaps.append((m.start(), found, bool(m.group(1)), m.end() + len(found)))
    return sorted(gaps)


def _bare_addressee(rest: str, after_from: bool) -> str | None:
    """The addressee opening `rest` when an infinitive follows it (a term may stand between):
    «Минфину обеспечить …», «акиматам до 1 июня построить …», «от акиматов обустроить …»."""
    at = _infinitive_start(rest)
    if not at:
        return None
    phrase = rest[:at].strip()
    term = time_phrase(phrase)
    if term:
        cut = phrase.lower().find(term.split()[0] + " ")
        phrase = phrase[:cut].strip() if cut > 0 else phrase
    if not phrase or len(phrase.split()) > _BARE_WORDS or not _ru_addressee(phrase, after_from):
        return None
    return phrase if after_from or _names_body(phrase) or dative_person(phrase) else None


def _names_body(phrase: str) -> bool:
    """Is the phrase a body (an abbreviation, a clipped ministry, a body's head noun)? With no dash
    a dative after «а» may be whom the order is for: «…, а водителям разъяснить правила»."""
    first = phrase.split()[0]
    if _ABBREVIATION.match(first) or _clipped_body(first):
        return True
    return any(p.normal_form in _BODY_HEADS for w in phrase.split() for p in parses(w)[:2])


def _part(what: str, gap: tuple, cuts: list[tuple], k: int) -> str:
    """The words after gap `gap`, up to the next gap."""
    return what[gap[3] : cuts[k + 1][0] if k + 1 < len(cuts) else len(what)]


def _ru_addressee(phrase: str, after_from: bool = False) -> bool:
    """Does the phrase name whom: a dative (a genitive after «от»), or an undeclined abbreviation?"""
    first = phrase.split()[0]
    if _ABBREVIATION.match(first) or has_case(first, "gent" if after_from else "datv"):
        return True
    return _clipped_body(first)


def _clipped_body(word: str) -> bool:
    """A clipped ministry no case reads («Минторговли»): the KB names it written out."""
    if not word.startswith("Мин"):
        return False
    short = phrase_nominative(word)
    return body_names(short) != short


def _chain_addressee(phrase: str) -> str | None:
    """A further addressee of a term chain («а Минтрансу», «ал Көлік министрлігіне») in the
    nominative, or None."""
    phrase = phrase.strip()
    if not phrase or len(phrase.split()) > _BARE_WORDS:
        return None
    if _ru_addressee(phrase):
        return phrase if _ABBREVIATION.match(phrase.split()[0]) else phrase_nominative(phrase)
    words = [(m.start(), m.group()) for m in WORD.finditer(phrase)]
    for case in ("datv", "ablt"):
        found = kz_addressee(phrase, 0, words, 0, len(words), _NO_NAMES, case, None)
        if found is not None and (found[0], found[1]) == (0, len(words)):
            return found[2]  # the whole phrase, no word left over
    return None


def _infinitive_start(rest: str) -> int | None:
    """Where the order's infinitive starts among the first six words («до 1 мая установить»)."""
    for n, m in enumerate(WORD.finditer(rest)):
        if n >= 6:
            return None
        if any(p.tag.POS == "INFN" for p in parses(m.group())[:2]):
            return m.start()
    return None


def _kazakh_parts(what: str) -> list | None:
    """[(first what, None), (to, what, term), …] for «…-уді, ал X-ке …-у», or None: each part before
    a gap ends in an accusative verbal noun, each part after one opens with a dative addressee."""
    if not _KZ_GAP_NEEDLE.search(what):
        return None
    pieces, cuts = [], 0
    for m in _KZ_GAP.finditer(what):
        before = what[cuts : m.start()].split()
        if not before or not _KZ_ACCUSATIVE_NOUN.search(before[-1]):
            continue
        found = _kz_opening_addressee(what[m.end() :])
        if found:
            pieces.append((cuts, m.start(), m.end(), found))
            cuts = m.end()
    if not pieces:
        return None
    head = what[: pieces[0][1]]
    out: list = [(head[: len(head) - 2], None)]  # «күшейтуді» → «күшейту»
    for k, (_, _, start, (to, skip)) in enumerate(pieces):
        end = pieces[k + 1][1] if k + 1 < len(pieces) else len(what)
        body = what[start + skip : end].strip(" ,")
        if k + 1 < len(pieces):
            body = body[: len(body) - 2]  # the accusative ending, as the last part's is cut already
        when = KZ_WHEN.search(body)
        if when:
            body = " ".join(body.replace(when.group(), " ").split())
        out.append((to, body, " ".join(when.group().split()).lower() if when else None))
    return out


def _kz_opening_addressee(rest: str) -> tuple[str, int] | None:
    """The dative addressee the text opens with (as the nominative, and where its words end), or None."""
    words = [(m.start(), m.group()) for m in WORD.finditer(rest[:200])]
    for case in ("datv", "ablt"):  # «, ал МКК-ге …» after «тапсырды», «, ал МКК-ден …» after «талап етті»
        found = kz_addressee(rest, 0, words, 0, min(len(words), 6), _NO_NAMES, case, None)
        if found is not None and found[0] == 0 and found[1] < len(words):
            return found[2], words[found[1]][0]
    return None
