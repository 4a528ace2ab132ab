"""A person addressed by given name and patronymic («рассказал Едил Терекбаевич») is the
person the same article names in full with that given name («Мэр Актау Едил Жанбыршин»).

Why: Russian-language stories name an official in full once, then by the polite address
form; the model reads the address form as a second person (dev d018). Only the Russian
patronymic shapes (-ович/-евич/-вич, -овна/-евна/-ична/-инична) count: a Kazakh «-ұлы/-қызы»
word is often the surname itself. The address form joins the full name only when exactly
one person of the article has that given name; with none or two it is left as printed.
"""

from __future__ import annotations

import re

from store.extract.passes.kazakh_persons import _folded

_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична)$")


def _address_form(name: str) -> bool:
    words = name.split()
    return len(words) == 2 and bool(_PATRONYMIC.search(words[1].lower()))


def name_address_forms(mentions: list) -> None:
    """Rename each address-form person to the one full name of the article with its given name."""
    persons = [m for m in mentions if m.type == "person"]
    full: dict[str, set[str]] = {}
    for m in persons:
        words = m.name.split()
        if len(words) >= 2 and not _address_form(m.name):
            full.setdefault(_folded(words[0]), set()).add(m.name)
    for m in persons:
        if _address_form(m.name):
            hits = full.get(_folded(m.name.split()[0]), set())
            if len(hits) == 1:
                m.name = next(iter(hits))


def address_forms(text: str, spans: list, ctx) -> list:
    """The pass's switch: the renaming needs the whole article's names, so it runs after the
    merge (store/extract/extractor.py); per text it changes nothing."""
    return spans
