"""A body's plural head with one state after it («между правительствами КР и РК», cut to
«правительствами КР») names that state's one body in the singular, «Правительство КР»,
not «Правительства КР» (link57, issue 15: org56's survey). Other plurals keep their number."""

from __future__ import annotations

import pytest

from store.extract.naming import normalized_name
from store.extract.ner import NerSpan


def _name(text: str, written: str) -> str:
    start = text.index(written)
    return normalized_name(NerSpan("organization", start, start + len(written), written), None, text)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("правительствами КР", "Правительство КР"),
        ("таможенными службами Кыргызской Республики", "Таможенная служба Кыргызской Республики"),
        ("министерствами России", "Министерство России"),
    ],
)
def test_a_plural_body_head_before_one_state_goes_to_the_singular(written, expected):
    text = f"Протокол подписан {written} и соседней страны в понедельник."
    assert _name(text, written) == expected


@pytest.mark.parametrize(
    "written",
    ["властями России", "таможенными органами Казахстана", "акиматами областей", "министерствами финансов и экономики"],
)
def test_other_plurals_keep_their_number(written):
    text = f"Вопрос обсуждался {written} на встрече."
    assert _name(text, written).lower().split()[0] != written.split()[0].lower()  # declined to the nominative
    assert _name(text, written).split()[0].lower() in {"власти", "таможенные", "акиматы", "министерства"}
