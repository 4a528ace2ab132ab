"""A firm's or body's quoted name that ends in its own head noun, with no kind word before
the quotes: «Азербайджанское каспийское морское пароходство», «Евразийскому банку
развития» is not this (its head is inside), «Каспийскому морскому пароходству» is (issue 15,
org55).

`quoted_organizations` reads a quoted name after a kind of organization («компания
«…»», «АО «…»»); agency items also open a sentence with the quoted name alone, and then
the model, which does not read inside quotes well, often finds nothing. The name is a body
when its last word is a head noun of a body (a shipping line, a company, a bank, a fund, a
concern, a plant …) and the words before it are adjectives: a name of two to six words,
capitalised. A name that holds any span the model or a pass read is left to them.
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.lang.normalize import parses
from store.lang.wordlists import words

# Lemmas of the head nouns that end such a name.
_HEADS = frozenset(
    "пароходство компания авиакомпания корпорация банк фонд агентство ассоциация холдинг концерн"
    " объединение комбинат завод фабрика авиалинии".split()
)
# A title of a work or a project before the quotes («книга «Новая компания»»): no body.
_WORK_NOUNS = words("work_nouns") | {"программа", "проект", "акция", "конкурс", "фестиваль", "форум"}
_WORD_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁа-яё]+)\s*$")
_QUOTED = re.compile(r"[«\"“](?P<name>[А-ЯЁ][а-яё-]+(?:\s+[а-яёА-ЯЁ-]+){1,5})[»\"”]")


def quoted_head_names(text: str, spans: list, ctx) -> list:
    """The pass (see module doc)."""
    out = list(spans)
    for m in _QUOTED.finditer(text):
        start, end = m.span("name")
        if any(s.start < end and start < s.end for s in out) or _after_a_work_noun(text, m.start()):
            continue
        name = _name(m.group("name"))
        if name:
            ctx.names[(start, end)] = name
            out.append(NerSpan("organization", start, end, m.group("name")))
    return sorted(out, key=lambda s: (s.start, s.end))


def _after_a_work_noun(text: str, quote: int) -> bool:
    """Is the word right before the opening quote a work's or project's noun?"""
    m = _WORD_BEFORE.search(text, max(0, quote - 30), quote)
    return bool(m) and any(p.normal_form in _WORK_NOUNS for p in parses(m.group(1).lower()))


def _agreement(head) -> set[str]:
    """The grammemes an adjective takes to agree with `head` in the nominative."""
    number = head.tag.number or "sing"
    gender = {head.tag.gender} if number == "sing" and head.tag.gender else set()
    return {"nomn", number} | gender


def _name(written: str) -> str | None:
    """The name in the nominative if its last word is a head noun and every word before it
    an adjective agreeing with it; None otherwise."""
    words = written.split()
    last = parses(words[-1])
    head = next((p for p in last if p.tag.POS == "NOUN" and p.normal_form in _HEADS), None)
    if head is None:
        return None
    out = []
    for w in words[:-1]:
        adj = next((p for p in parses(w) if p.tag.POS == "ADJF" and p.tag.case == head.tag.case), None)
        if adj is None:
            return None
        form = adj.inflect(_agreement(head))
        word = form.word if form else adj.normal_form
        out.append(word[:1].upper() + word[1:] if not out else word)
    nominative = head.inflect({"nomn", head.tag.number or "sing"})
    out.append(nominative.word if nominative else head.normal_form)
    return " ".join(out)
