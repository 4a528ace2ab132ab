"""Stop 41, facts79: a reason that opens its sentence ends before the post the sentence goes on
about («Из-за … КПП «А» закрыт»), unless the post is what the reason is about («Из-за закрытия КПП
«А» …»); an «и» between two adjectives («на санитарный и таможенный досмотр») does not cut a reason.
Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def _causes(text: str) -> set[tuple[str, str]]:
    found = find_facts(text, find_checkpoints(text), "2026-04-02")
    return {(f.checkpoint, f.text) for f in found if f.kind == "cause"}


def test_an_opening_reason_ends_before_the_post_it_closes():
    text = "Из-за обрыва линии связи КПП «Кеген» закрыт до вечера."
    assert _causes(text) == {("kegen", "Из-за обрыва линии связи")}


def test_an_opening_reason_ends_before_a_checkpoint_named_as_a_crossing_point():
    text = "В связи с проверкой оборудования пункт пропуска «Алимбет» не работает."
    assert _causes(text) == {("alimbet", "В связи с проверкой оборудования")}


def test_a_reason_about_the_post_itself_keeps_the_post():
    text = "Из-за закрытия КПП «Кеген» очередь на посту «Нур Жолы» выросла."
    assert ("nur-zholy", "Из-за закрытия КПП") in _causes(text)


def test_a_reason_after_the_post_is_unchanged():
    text = "КПП «Кеген» закрыт из-за обрыва линии связи."
    assert _causes(text) == {("kegen", "из-за обрыва линии связи")}


def test_and_between_two_adjectives_keeps_the_reason_whole():
    text = "Пост «Жаныбек» закрыт в связи с переводом фур на санитарный и карантинный досмотр."
    said = {t for _, t in _causes(text)}
    assert said == {"в связи с переводом фур на санитарный и карантинный досмотр"}


def test_and_between_two_nouns_still_ends_the_reason():
    text = "КПП «Кеген» закрыт из-за сильного ветра и снегопада на перевале."
    assert _causes(text) == {("kegen", "из-за сильного ветра")}


def _statuses(text: str) -> set[tuple[str, str]]:
    found = find_facts(text, find_checkpoints(text), "2026-04-02")
    return {(f.checkpoint, f.text) for f in found if f.kind == "status"}


def test_a_neighbours_post_standing_at_ours_that_does_not_work_is_a_fact():
    text = "Российский пост у «Курмангазы» не работает второй день."
    assert {ref for ref, _ in _statuses(text)} == {"ru-karaozek"}  # its row's `opposite` (facts80)


def test_a_neighbours_post_standing_at_ours_that_works_is_a_fact():
    text = "Российский пост у «Жаныбек» работает круглосуточно."
    assert {ref for ref, _ in _statuses(text)} == {"ru-kaisatskoe"}  # its row's `opposite` (facts80)


def test_working_at_a_quoted_name_without_a_post_word_is_no_post():
    text = "У «Кеген» работает новое кафе."
    assert not find_checkpoints(text)
