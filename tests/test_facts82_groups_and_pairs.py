"""Stop 42, facts82: a status told of a counted group of posts goes to each post the story names
when the count agrees; works told after a sentence naming two posts, or one dash pair; a road's
surface repaired at the post is works on the post. Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _facts(text: str) -> list:
    return find_facts(text, find_checkpoints(text), "2026-05-20")


def _statuses(text: str) -> set[tuple[str, str | None]]:
    return {(f.checkpoint, status_label(f.text)) for f in _facts(text) if f.kind == "status"}


def test_a_counted_group_with_its_posts_listed_after_gives_each_the_status():
    text = (
        "Пограничники предупредили, что на трёх пунктах пропуска сейчас идёт ремонт. "
        "Очереди там могут быть дольше обычного. Это пункты «Таскала», «Жанибек» и «Аксай»."
    )
    assert _statuses(text) == {(r, "under reconstruction") for r in ("taskala", "zhanibek", "aksai")}


def test_a_counted_group_after_its_list_gives_each_the_status():
    text = "Больше всего машин идёт через пункты пропуска «Алимбет» и «Жайсан». На этих двух постах начался ремонт."
    assert _statuses(text) == {("alimbet", "under reconstruction"), ("zhaisan", "under reconstruction")}


def test_a_kazakh_counted_group_gives_each_the_status():
    text = "Облыстағы үш бекетте жаңғырту жұмыстары басталды. Олар — «Сырым», «Таскала» және «Жанибек»."
    assert _statuses(text) == {(r, "under reconstruction") for r in ("syrym", "taskala", "zhanibek")}


def test_a_group_whose_count_disagrees_with_the_posts_named_is_nobodys():
    text = "На четырёх пунктах пропуска идёт модернизация. Дольше всего ждать приходится на «Сырым» и «Таскала»."
    assert _statuses(text) == set()


def test_a_group_of_the_neighbours_posts_is_not_ours():
    text = "На трёх российских пунктах пропуска идёт ремонт. С нашей стороны работают «Сырым», «Таскала» и «Жанибек»."
    assert _statuses(text) == set()


def test_a_foreign_post_named_beside_the_list_is_not_counted():
    text = (
        "На двух казахстанских пунктах пропуска идёт реконструкция. Первый — «Сырым». "
        "Напротив него стоит российский пункт «Маштаково». Второй — пункт пропуска «Алимбет»."
    )
    assert {r for r, label in _statuses(text) if label == "under reconstruction"} == {"syrym", "alimbet"}


def test_a_groups_deadline_goes_to_each_post_and_its_queue_does_not():
    text = "Все три пункта пропуска будут модернизированы до 2028 года. Речь о «Кордай», «Карасу» и «Аухатты»."
    facts = _facts(text)
    assert {(f.checkpoint, f.kind) for f in facts if f.kind in ("status", "deadline")} == {
        (r, k) for r in ("kordai", "karasu-kg", "aukhatty") for k in ("status", "deadline")
    }
    text = "На трёх пунктах пропуска стоят 400 машин. Это «Кордай», «Карасу» и «Аухатты»."
    assert not [f for f in _facts(text) if f.kind in ("queue", "count")]


def test_works_after_a_sentence_naming_two_posts_are_both_posts():
    text = "Глава ведомства побывал на постах «Кайрак» и «Жайсан». Сейчас там идёт реконструкция."
    assert _statuses(text) == {("kairak", "under reconstruction"), ("zhaisan", "under reconstruction")}


def test_a_works_deadline_after_a_sentence_naming_two_posts_is_both_posts():
    text = "Грузы из Китая идут через пункты «Бахты» и «Майкапшагай». Модернизация завершится в 2027 году."
    assert {(f.checkpoint, f.kind) for f in _facts(text)} >= {("bakhty", "deadline"), ("maikapshagai", "deadline")}


def test_other_works_after_two_posts_stay_unowned():
    text = "Депутаты осмотрели посты «Кайрак» и «Жайсан». Ремонт школы в посёлке идёт с весны."
    assert _statuses(text) == set()


def test_works_after_a_dash_pair_are_its_kazakh_posts():
    text = "Пункт пропуска «Алимбет» – «Орск» работает круглосуточно. На объекте идёт реконструкция зоны досмотра."
    assert {r for r, label in _statuses(text) if label == "under reconstruction"} == {"alimbet"}


def test_the_road_surface_repaired_at_the_post_is_works_on_the_post():
    text = "С 3 по 24 июня на пункте пропуска «Таскала» будут ремонтировать дорожное полотно."
    assert _statuses(text) == {("taskala", "planned")}


def test_the_surface_of_the_road_to_the_post_is_the_roads():
    text = "На подъезде к пункту пропуска «Таскала» будут ремонтировать дорожное полотно."
    assert _statuses(text) == set()
    text = "На дороге, ведущей к посту «Кайрак», ремонтируют асфальт."
    assert _statuses(text) == set()


def test_works_begun_or_to_begin_with_the_verb_first():
    assert _statuses("На КПП «Аксай» начался ремонт.") == {("aksai", "under reconstruction")}
    assert _statuses("На КПП «Аксай» в июле начнётся модернизация.") == {("aksai", "planned")}
    assert _statuses("Пост «Аксай» будет модернизирован.") == {("aksai", "planned")}


def test_a_bare_count_of_new_posts_is_not_the_group_named_before():
    text = "Пограничники проверили посты «Кайрак» и «Жайсан». Ещё два новых пункта будут модернизированы к 2028 году."
    assert _statuses(text) == set()
    text = "Комиссия «Сырым» мен «Таскала» бекеттерін тексерді. Облыста екі бекет жаңғырту жұмыстары басталды."
    assert _statuses(text) == set()


def test_a_singular_post_word_after_two_posts_says_neither():
    text = "Глава ведомства побывал на постах «Кайрак» и «Жайсан». На объекте идёт реконструкция."
    assert _statuses(text) == set()
