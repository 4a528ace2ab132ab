"""cp75: a post named bare in quotes in a sentence of passage or of its state, with no cue word in
the text (store/extract/checkpoint_quoted_passage.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from store.extract.checkpoint_quoted_passage import quoted_at_passage
from store.extract.checkpoints import find_checkpoints


def refs(text: str, **switches: bool) -> list[str]:
    return [c.ref for c in find_checkpoints(text, **switches)]


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Через «Тажен» провозить скот разрешено только по ветеринарным справкам.", "tazhen"),
        ("Через «Сырым» грузовики пропускают в порядке живой очереди.", "syrym"),
        ("С понедельника через «Кайрак» можно выехать только на легковом автомобиле.", "kairak"),
        ("«Майкапшагай» закрыт до особого распоряжения.", "maikapshagai"),
        ("Дорогу к пункту расширяют, а сам «Жаныбек» работает в обычном режиме.", "zhanibek"),
        ('"Тажен" арқылы жолаушылар өткізу тоқтатылды.', "tazhen"),
        ('"Сырымда" кезек азайды.', "syrym"),
        # «арқылы» after a name not marked ambiguous is passage through it
        ("«Тажен» арқылы жүздеген адам келді.", "tazhen"),
    ],
)
def test_a_post_bare_in_quotes_at_passage_or_state(text: str, ref: str) -> None:
    assert ref in refs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Через «Тажен» провозить скот разрешено только по ветеринарным справкам.",
        "«Майкапшагай» сегодня не работает.",
    ],
)
def test_the_switch_turns_it_off(text: str) -> None:
    assert refs(text, passage_cues=False) == []


@pytest.mark.parametrize(
    "text",
    [
        # an ambiguous name (a chamber, a scholarship) after «через» with no word of passage
        "Через «Атамекен» фермеры оформили субсидии на технику.",
        # an ambiguous name's state, no post's part in the sentence: the chamber
        "«Атамекен» работает без выходных.",
        # a thing named like a post, its noun before the quotes
        "Ресторан «Тажен» закрыт на санитарный день.",
        "ТОО «Кайрак» открыто для новых партнёров.",
        # «арқылы» alone after an ambiguous name: the means, not the way
        '"Атамекен" арқылы жүздеген фермер несие алды.',
        # a state after a preposition: the name is no subject
        "Для «Кордай» работает отдельная бригада дорожников.",
        # a noun before the quotes: the name names it
        "Выставка «Сырым» открыта в музее до конца месяца.",
    ],
)
def test_not_a_post(text: str) -> None:
    assert refs(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # abroad is no passage through a post
        ("Через «Болашак» он уехал учиться за границу.", "Болашак"),
        # a body speaking after the quotes
        ("Через «Атамекен» сообщили, что очередь на гранты выросла.", "Атамекен"),
    ],
)
def test_the_rule_itself_declines(text: str, name: str) -> None:
    """Other readings of the finder may take these (a border word makes the text one about
    crossings); this rule does not."""
    start = text.index(name)
    assert not quoted_at_passage(text, start, start + len(name), ambiguous=True)


def test_not_quoted_stays_a_town() -> None:
    """A town is not written in quotes: an unquoted name needs a cue of the text, as before."""
    assert refs("Через Сырым проходит районная дорога.") == []
