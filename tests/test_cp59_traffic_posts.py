"""cp59: a short agency record about traffic names its posts with no post's word («через Кайрак
прошли 200 фур», «Қайрақ арқылы … жүк көлігі өтеді»), unquoted after a post's noun («на посту
Тажен»), in a list of posts («работают Кордай, Карасу, Сыпатай Батыр»), or only in its headline;
the model read such a name as a person. Sentences written for these tests."""

from __future__ import annotations

from store.extract.checkpoint_traffic import traffic_story, traffic_through
from store.extract.checkpoints import find_checkpoints
from store.model import Article


def refs(text: str, **kw) -> list[str]:
    return [s.ref for s in find_checkpoints(text, **kw)]


def test_a_traffic_story_is_the_texts_cue():
    assert refs("Через Жайсан за неделю проехали 900 легковых машин.") == ["zhaisan"]
    assert refs("Бидаик пропустил 70 грузовиков за ночь.") == ["bidaik"]
    assert refs("За месяц Алтынколь пропустил 1200 поездов.") == ["altynkol"]
    assert refs("Через Жайсан за неделю проехали 900 легковых машин.", traffic_cues=False) == []


def test_a_kazakh_traffic_story():
    assert refs("Жайсаң арқылы бір аптада 500 жүк көлігі өтті.") == ["zhaisan"]


def test_no_story_without_both_words():
    assert not traffic_story("Новые машины для больницы закупили осенью.")
    assert not traffic_story("Делегация прошла по залам музея.")
    assert traffic_story("За сутки прошли досмотр 40 фур.")
    assert refs("Бидаик отметил юбилей школы.") == []


def test_an_ambiguous_name_needs_to_be_crossed_through():
    text = "Через Аксай за сутки проехали 300 машин."
    start = text.index("Аксай")
    assert traffic_through(text, start, start + len("Аксай"))
    assert refs(text) == ["aksai"]
    # the town: vehicles, but nothing crosses it
    assert refs("В Аксае водители новых машин прошли обучение.") == []


def test_a_post_noun_before_an_unquoted_name_in_any_case():
    assert refs("Постом Желкуар теперь руководит новый начальник.") == ["zhelkuar"]
    assert refs("На посту Бидаик сменили оборудование.") == ["bidaik"]


def test_three_posts_listed_are_a_list_of_posts_two_are_not():
    text = "В выходные усиленно работают Кордай, Карасу, Сыпатай Батыр и Айша Биби."
    assert refs(text) == ["kordai", "karasu-kg", "sypatai-batyr", "aisha-bibi"]
    assert refs("В выходные работают Кордай и Карасу.") == []


def test_carriers_idle_at_a_post_is_a_queue():
    text = "Перевозчики жалуются на простои у Алимбета."
    assert refs(text) == ["alimbet"]


def _mentions(extractor, title: str, body: str) -> set[tuple[str, str, str]]:
    got = extractor.extract(Article(file="t.txt", path="t.txt", raw=f"{title}\n{body}", title=title, body=body))
    return {(m.field, m.type, m.name) for m in got.mentions}


def test_a_post_the_model_reads_as_a_person_is_a_post(extractor):
    got = _mentions(extractor, "Сводка", "Кольжат возобновил работу после ремонта. Первые фуры прошли досмотр днем.")
    assert ("body", "checkpoint", "Калжат") in got
    assert not any(t == "person" for _, t, _ in got)


def test_a_title_post_takes_the_cue_of_a_body_without_posts(extractor):
    got = _mentions(extractor, "Бахты работает в штатном режиме", "Пограничники говорят, что очередей на границе нет.")
    assert ("title", "checkpoint", "Бахты") in got


def test_a_title_name_the_body_reads_otherwise_stays_unread(extractor):
    got = _mentions(extractor, "Қордайдағы той", "Қордай ауданында шекара маңындағы ауылда той өтті.")
    assert not any(t == "checkpoint" for _, t, _ in got)
