"""Stop 42, facts81: the works on a post told in the sentence after the one that names it
(«… КПП «А». Работы на объекте стартовали в мае»), works in the future with «будут», a noun
before «идёт», Kazakh works done in the passive («қайта құрылды»). Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _statuses(text: str) -> set[tuple[str, str | None]]:
    found = find_facts(text, find_checkpoints(text), "2026-05-20")
    return {(f.checkpoint, status_label(f.text)) for f in found if f.kind == "status"}


def test_works_started_in_the_next_sentence_are_the_posts():
    text = "Вице-министр приехал на пункт пропуска «Кайрак». Работы на объекте начались в январе 2026 года."
    assert _statuses(text) == {("kairak", "under reconstruction")}


def test_works_under_way_with_a_part_of_the_post_are_the_posts():
    text = "Пост «Желкуар» стоит на границе с Россией. Сейчас там ведётся расширение площадки досмотра."
    assert _statuses(text) == {("zhelkuar", "under reconstruction")}


def test_kazakh_works_to_begin_in_the_next_sentence_are_the_posts():
    text = "Депутаттар «Алимбет» бекеті туралы сұрады. Жаңғырту жұмыстары 3 маусымда басталады."
    assert _statuses(text) == {("alimbet", "planned")}


def test_kazakh_works_finished_in_the_next_sentence_are_the_posts():
    text = "Әкім «Ауыл» өткізу бекетіне барды. Қайта жаңарту жұмыстары толық аяқталды."
    assert _statuses(text) == {("auyl", "commissioned")}


def test_works_on_another_object_are_not_the_posts():
    text = "На пункт пропуска «Кайрак» приехал министр. Строительство нового моста начнётся осенью."
    assert _statuses(text) == set()


def test_a_road_or_the_other_side_in_the_next_sentence_keeps_its_works():
    road = "Пункт пропуска «Убаган» открыт. Ремонт трассы к нему продолжается."
    other = "Пункт пропуска «Алимбет» открыт. С российской стороны ведётся реконструкция поста."
    assert ("ubagan", "under reconstruction") not in _statuses(road)
    assert ("alimbet", "under reconstruction") not in _statuses(other)


def test_works_after_two_named_posts_stay_unowned():
    text = "Министр осмотрел пункты «Кайрак» и «Желкуар». Работы на объекте начались весной."
    assert _statuses(text) == set()


def test_works_with_will_be_are_planned():
    assert _statuses("В июле на посту «Ауыл» будут ремонтировать здание досмотра.") == {("auyl", "planned")}
    assert _statuses("Пункт пропуска «Убаган» будут поэтапно модернизировать.") == {("ubagan", "planned")}


def test_works_noun_before_goes_on_is_under_way():
    assert _statuses("На КПП «Желкуар» реконструкция идёт с весны.") == {("zhelkuar", "under reconstruction")}
    assert _statuses("На КПП «Желкуар» реконструкция не идёт.") == set()


def test_kazakh_rebuilt_is_done_and_being_rebuilt_is_under_way():
    assert _statuses("«Ауыл» бекеті былтыр толық қайта құрылды.") == {("auyl", "commissioned")}
    assert _statuses("«Ауыл» бекеті қазір қайта құрылып жатыр.") == {("auyl", "under reconstruction")}
