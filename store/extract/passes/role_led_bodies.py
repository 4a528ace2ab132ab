"""A «body» the model opened with a role word and closed on the official's name.

«Председатель ассоциации перевозчиков Б. Кудайбергенов отметил»: the model read the whole
phrase as one organization, and a later pass took the surname for a place («Кудайбергены»);
the person was lost (per68's person probe: role + initial + surname of someone in no base).
A body's name never opens with a role word («Председатель», «Директор»); when such a span
is the role, its lower-case complement and a name — an initial or a given name of the list,
then a surname of the region's shape — the name is the person and the rest is the post.
"""

from __future__ import annotations

import re

from store.extract.naming import SURNAME, is_first_name
from store.extract.ner import NerSpan
from store.extract.roles import is_role_word

_INITIAL = re.compile(r"[А-ЯЁ]\.$")
_WORDS = re.compile(r"\S+")


def _the_official(s: NerSpan) -> NerSpan | None:
    """The person at the end of a role-led body span, or None."""
    words = list(_WORDS.finditer(s.text))
    if len(words) < 3 or not is_role_word(words[0].group()):
        return None
    first, last = words[-2].group(), words[-1].group()
    if not (SURNAME.search(last) and last[:1].isupper()) or not (_INITIAL.match(first) or is_first_name(first)):
        return None
    if any(w.group()[:1].isupper() for w in words[1:-2]):
        return None  # a named body inside the post («Председатель правления «КТЖ» …»): left alone
    start = s.start + words[-2].start()
    return NerSpan("person", start, s.end, s.text[words[-2].start() :])


def role_led_bodies(text: str, spans: list, ctx) -> list:
    """The pass: such a body span becomes the person it ends with."""
    out = []
    for s in spans:
        person = _the_official(s) if s.type == "organization" else None
        out.append(person or s)
    return out
