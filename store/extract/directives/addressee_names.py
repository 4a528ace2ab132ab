"""An addressee's abbreviated bodies by the names the knowledge base gives them.

«поручил Минфину и МВД» was exported with `to` «Минфин и МВД»: the case rules put the
clipped names in the nominative but cannot say which bodies they are, and a reader of a
directive (a checkpoint page lists them) is not sure what «МКК» or «ІІМ» is. Each part of a
coordinated addressee written as one word the KB knows whole as a body («МВД», «Минфин»,
«ҰҚК», «ІІМ-ге») is replaced by that body's name without the state («Министерство
внутренних дел», «Ішкі істер министрлігі»), in the addressee's own script; the other
parts and the joining words stay as written. Pure functions: no model, no store.
"""

from __future__ import annotations

import re

from store.lang import kb
from store.lang.normalize import parses, phrase_nominative

# The joints of a coordinated addressee, Russian and Kazakh: «, », «; », « и », « және », « мен ».
_JOINTS = re.compile(r"(,\s*|;\s*|\s+(?:и|және|мен)\s+)")
# A Kazakh case ending hyphened to an abbreviation: «ІІМ-ге», «ҰҚК-нің».
_HYPHENED_CASE = re.compile(r"-[а-яёәғқңөұүһі]{1,4}$")


def body_names(to: str | None, told_in: str | None = None) -> str | None:
    """`to` with each one-word part the KB names as one body written out in full, in the
    script of `to`, or of `told_in` (the order's words) when `to` has no Kazakh letter: «МКК»
    alone in a Kazakh order is «Мемлекеттік кірістер комитеті», not the Russian name."""
    if not to or not any(w.isupper() or w.startswith("Мин") for w in to.split()):
        return to  # no abbreviation or clipping: most addressees, answered at once
    script = "kk" if kb.script_of(to) == "kk" or _kazakh_words(told_in) else "ru"
    parts = _JOINTS.split(to)
    return "".join(p if k % 2 else _full_name(p, script) for k, p in enumerate(parts))


def _full_name(part: str, script: str) -> str:
    """The body's name for a one-word part the KB matches whole, else the part as it was."""
    word = _HYPHENED_CASE.sub("", part.strip())
    if " " in word or not word:
        return part
    found = kb.find(word)
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(word)):
        return part
    row = found[0].form.row
    if row.type != "organization" or row.country != "Казахстан":
        return part  # a foreign or international body keeps the letters the text gave it
    name = row.name_kk if script == "kk" and row.name_kk else row.name_ru
    return part if "{" in name else kb.without_state(name)  # «{region}»: a regional unit's template


def _kazakh_words(text: str | None) -> bool:
    """Are most of the words of `text` Kazakh ones (a Kazakh letter in a third of them or more)?
    A Russian order naming «Қорғас» once is still Russian."""
    words = re.findall(r"\w+", text or "")
    return bool(words) and 3 * sum(kb.script_of(w) == "kk" for w in words) >= len(words)


_PERSON_TAGS = ("Name", "Surn", "Patr")


def dative_person(phrase: str) -> str | None:
    """A person named in the dative, with the post before the name if any («Серику
    Жумангарину», «министру финансов Мади Такиеву»), in the nominative («Серик Жумангарин»,
    «министр финансов Мади Такиев»); None when the phrase names no person. A gapped order may
    go to a person as well as a body (dir109: «поручил МВД …, а Серику Жумангарину подготовить …»);
    the case rules' phrase_nominative leaves an unknown surname in the dative."""
    words = phrase.split()
    start = next((k for k, w in enumerate(words) if w[:1].isupper() and _person_form(w)), None)
    if start is None or not all(w[:1].isupper() and _person_form(w) for w in words[start:]):
        return None
    if any(w[:1].isupper() for w in words[:start]):
        return None  # «Комитету госдоходов Мади …»: not a post before a name
    names = [_person_form(w) for w in words[start:]]
    post = phrase_nominative(" ".join(words[:start])) if start else ""
    return " ".join(filter(None, [post, *names]))


def _person_form(word: str) -> str | None:
    """The word as a nominative name when one of its readings is a name in the dative, else None."""
    for p in parses(word)[:3]:
        if p.tag.case == "datv" and any(t in p.tag for t in _PERSON_TAGS):
            nominative = p.inflect({"nomn"})
            form = nominative.word if nominative else p.normal_form
            return "-".join(part[:1].upper() + part[1:] for part in form.split("-"))
    return None
