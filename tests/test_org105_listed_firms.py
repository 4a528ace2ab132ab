"""org105: two capitalized common words the model reads as a person are a firm when they stand
in a list beside an organization and have nothing of a person's name («Цесна Астык, Бидай
Алтын и Атамекен Агро»); a venue after its town («Астана Сити», «Алматы Арена») is no firm named
by its town and trade. Spans built by hand through the pass and the span rule alone (no model):
each well under 1 s."""

from store.extract.ner import NerSpan
from store.extract.passes.listed_firms import listed_firms
from store.extract.passes.organizations import _town_and_trade


def _spans(text: str, typed: list[tuple[str, str]]) -> list[NerSpan]:
    """One span for each (type, printed text), found at its first place in `text`."""
    out = []
    for type_, printed in typed:
        start = text.index(printed)
        out.append(NerSpan(type_, start, start + len(printed), printed))
    return out


def _typed(text: str, typed: list[tuple[str, str]]) -> dict[str, str]:
    return {s.text: s.type for s in listed_firms(text, _spans(text, typed), None)}


def test_bare_pairs_in_a_list_beside_a_firm_are_firms():
    text = "Зерно везут Цесна Астык, Бидай Алтын и Атамекен Агро."
    got = _typed(text, [("person", "Цесна Астык"), ("person", "Бидай Алтын"), ("organization", "Атамекен Агро")])
    assert got == {"Цесна Астык": "organization", "Бидай Алтын": "organization", "Атамекен Агро": "organization"}


def test_a_firm_in_the_nominative_keeps_its_printed_name():
    text = "Поставщики: Бекжан Трейд, Цесна Астык."
    spans = listed_firms(text, _spans(text, [("organization", "Бекжан Трейд"), ("person", "Цесна Астык")]), None)
    assert getattr(spans[1], "name", None) == "Цесна Астык"  # no «Цесон Астык»


def test_people_listed_beside_a_firm_stay_people():
    text = "Контракт подписали Асель Иманова, Серик Ахмет и Бекжан Трейд."
    got = _typed(text, [("person", "Асель Иманова"), ("person", "Серик Ахмет"), ("organization", "Бекжан Трейд")])
    assert got["Асель Иманова"] == "person"  # a surname's ending
    assert got["Серик Ахмет"] == "person"  # a given name as the surname


def test_a_list_without_a_firm_and_a_pair_not_listed_are_left():
    text = "Приехали Бидай Алтын и Жана Кун. Цесна Астык и ТОО «Беркут» — партнеры."
    typed = [("person", "Бидай Алтын"), ("person", "Жана Кун"), ("person", "Цесна Астык"), ("organization", "Беркут")]
    got = _typed(text, typed)
    assert [got[n] for n in ("Бидай Алтын", "Жана Кун", "Цесна Астык")] == ["person"] * 3


def test_a_venue_after_its_town_is_no_town_and_trade():
    assert _town_and_trade(["Костанай", "Мука"])
    assert not _town_and_trade(["Астана", "Сити"])
    assert not _town_and_trade(["Алматы", "Арена"])
