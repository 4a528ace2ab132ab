"""cp60: a short record names a post bare and says only what it does («Бахты оформил 3200
человек»), what is done to it («Тажен закрыли на ремонт», «на Алимбете построят терминал») or who
works there («сотрудники Сартобе»); the same verbs about a town or a person name no post.
Sentences written for these tests."""

from __future__ import annotations

from store.extract.checkpoint_work import at_work_words, post_at_work
from store.extract.checkpoints import find_checkpoints
from store.model import Article


def refs(text: str, **kw) -> list[str]:
    return [s.ref for s in find_checkpoints(text, **kw)]


def at_work(text: str, name: str) -> bool:
    start = text.index(name)
    return post_at_work(text, start, start + len(name))


def test_what_a_post_does_with_a_count():
    assert refs("Желкуар за выходные оформил 640 человек.") == ["zhelkuar"]
    assert refs("С начала года Тажен обслужил более сорока тысяч пассажиров.") == ["tazhen"]
    assert refs("Алтынколь в октябре принял 730 контейнеров.") == ["altynkol"]
    assert refs("Желкуар за выходные оформил 640 человек.", work_cues=False) == []


def test_a_reception_of_people_is_no_post_work():
    # «принял N человек» is an official's reception; only freight counts after «принял»
    assert refs("Алтынколь принял 30 человек.") == []
    assert refs("Аким Бейнеу провел прием и принял 12 вагонов жалоб.") == []


def test_what_is_done_to_a_post():
    assert refs("Бидаик временно закрыли из-за ремонта дороги.") == ["bidaik"]
    assert refs("В понедельник открыли Кайрак.") == ["kairak"]
    assert refs("Урлютобе модернизируют в 2027 году.") == ["urlyutobe"]


def test_a_facility_at_a_post():
    assert refs("На Желкуаре установят новые весы.") == ["zhelkuar"]
    assert refs("Для Бидаика закупили навес и два сканера.") == ["bidaik"]
    # «в» names a town: a terminal in a town is no post's
    assert not at_work("В Жаркенте построят терминал.", "Жаркенте")


def test_a_posts_working_state_and_rebuilding():
    assert refs("Урлютобе перешел на круглосуточный режим.") == ["urlyutobe"]
    assert refs("Реконструкция Бидаика завершится летом.") == ["bidaik"]
    assert refs("На Кайраке за смену оформили 260 человек.") == ["kairak"]
    assert refs("Қарашатауда бір тәулікте 400 адам өткізілді.") == ["karashatau"]
    # a town's prepositional case: the work of the town
    assert refs("В Аксае за год пропустили 300 человек через спортзал.") == []


def test_a_posts_staff():
    assert refs("Сотрудники Карашатау нашли тайник в кабине.") == ["karashatau"]


def test_kazakh_post_at_work():
    assert refs("Бидайық бір аптада 900 адамды өткізді.") == ["bidaik"]
    assert refs("Қайрақ уақытша жабылды.") == ["kairak"]
    assert refs("Желқуарда жаңа терминал салынады.") == ["zhelkuar"]
    assert refs("Қарашатау қызметкерлері жалған құжат анықтады.") == ["karashatau"]


def test_a_town_in_the_same_verbs_is_no_post():
    assert refs("Кордай закрыли на карантин по гриппу.") == []
    assert refs("Аксай модернизируют: в городе заменят трубы.") == []
    assert refs("Сотрудники акимата Шемонаихи вышли на субботник.") == []
    assert refs("Қордайда жаңа мектеп ашылды.") == []


def test_a_thing_opened_at_a_name_is_not_the_name_opened():
    assert refs("На Жибек жолы открыли пекарню для водителей фур.") == []
    assert refs("Бақтыда наубайхана ашылды.") == []
    assert refs("Бақтыда спорт кешені салынады.") == []


def test_the_end_of_a_dashed_pair_is_no_post_at_work():
    assert refs("Участок «Кызылорда-Кайрак» открыли после ремонта.") == []


def test_a_person_bearing_a_posts_name_is_no_post():
    assert refs("Жаныбек Есенов принял 20 вагонов зерна на элеватор.") == []


def test_a_text_without_any_word_of_work_is_passed_over():
    assert not at_work_words("Бидаик отметил юбилей.")
    assert at_work_words("Бидаик закрыли.")


def test_the_model_reading_gives_way(extractor):
    body = "Калжат за сутки оформил 1100 человек."
    got = extractor.extract(Article(file="t.txt", path="t.txt", raw=f"Сводка\n{body}", title="Сводка", body=body))
    names = {(m.type, m.name) for m in got.mentions}
    assert ("checkpoint", "Калжат") in names
    assert not any(t in ("person", "location") for t, _ in names)


def test_a_name_that_is_also_something_else_needs_a_word_of_the_border():
    # rows marked ambiguous: a club, a mall, a mausoleum bear these names too
    assert refs("Сотрудники Тобола выиграли выездной матч.") == []
    assert refs("Оазис закрыли на ремонт до весны.") == []
    assert refs("Айша Биби открыли после долгой реставрации.") == []
    assert refs("Сотрудники Тобола нашли контрабанду в кузове.") == ["tobol"]
    assert refs("Сыпатай Батыр закрыли для пешеходов на сутки.") == ["sypatai-batyr"]


def test_a_count_processed_is_enough_for_an_ambiguous_name():
    assert refs("Алимбет за неделю оформил 2100 человек.") == ["alimbet"]
    assert refs("Әлімбет бір тәулікте 700 адамды өткізді.") == ["alimbet"]


def test_any_place_of_inspection_at_a_post():
    assert refs("У Урлютобе оборудуют зону для досмотра автобусов.") == ["urlyutobe"]


def test_a_hiring_is_no_post_work():
    assert refs("Бидаик оформил 15 человек на работу.") == []
    # but a post that stops its work is at work
    assert refs("Бидаик приостановил работу до утра.") == ["bidaik"]
