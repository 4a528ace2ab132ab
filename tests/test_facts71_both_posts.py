"""facts71: a fact told of «оба пункта» / «на обоих постах» / «екі бекетте де» belongs to the two
posts the sentence before named; a fact said once of a list of posts belongs to each; a part of a
sentence turning to a quoted subject no post was found for is not told of the sentence's posts.
Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), "2026-05-10")}


def _posts_of(text: str, kind: str) -> set[str]:
    return {ref for ref, k, _ in _facts(text) if k == kind}


# --- «both» in the next sentence ---


def test_both_points_take_the_deadline_of_the_next_sentence():
    text = "Областной акимат отчитался о пунктах «Кайрак» и «Акбалшык». Оба пункта обновят до конца 2028 года."
    assert _posts_of(text, "deadline") == {"kairak", "akbalshyk"}


def test_on_both_posts_a_queue_is_each_posts_queue():
    text = "Пресс-служба ДП назвала посты «Жана Жол» и «Каракога». На обоих постах стоят 55 фур."
    queues = {(ref, words) for ref, kind, words in _facts(text) if kind in ("queue", "count")}
    assert {ref for ref, _ in queues} == {"zhana-zhol", "karakoga"}
    assert all("55" in words for _, words in queues)


def test_both_checkpoints_take_their_hours_and_state():
    text = "Пограничники напомнили о КПП «Сырым» и «Таскала». Оба КПП открыты с 7:00 до 21:00."
    assert _posts_of(text, "status") == {"syrym", "taskala"}


def test_kazakh_both_posts_with_the_particle():
    text = "Ведомство «Жайсан» мен «Әлімбет» бекеттері туралы айтты. Екі бекет те тәулік бойы жұмыс істейді."
    assert _posts_of(text, "status") == {"zhaisan", "alimbet"}
    text = "«Тажен» мен «Бейнеу» бекеттерін комиссия тексерді. Екі бекетте де 2028 жылға дейін жаңғырту жүреді."
    assert _posts_of(text, "deadline") == {"tazhen", "beineu"}


def test_both_needs_a_sentence_of_two_posts_before_it():
    one = "Вчера журналисты говорили с водителями на «Нур жолы». Оба пункта будут закрыты на два дня."
    assert not any(ref != "nur-zholy" for ref, _, _ in _facts(one))
    three = "Отчёт касался пунктов «Тажен», «Бейнеу» и «Темир баба». Оба пункта обновят в 2027 году."
    assert _posts_of(three, "deadline") == set()


def test_kazakh_two_posts_without_the_particle_is_not_both():
    text = "«Тажен» мен «Бейнеу» бекеттерін комиссия тексерді. Облыста екі бекет 2028 жылы салынады."
    assert _posts_of(text, "deadline") == set()


# --- a list of posts in one sentence ---


def test_a_list_of_posts_takes_the_deadline_of_its_sentence():
    text = "Пункты «Жибек жолы», «Казыгурт» и «Атамекен» будут реконструированы до конца 2028 года."
    assert _posts_of(text, "deadline") == {"zhibek-zholy", "kazygurt", "atameken"}


def test_a_kazakh_list_of_posts_takes_the_hours_of_its_sentence():
    text = "«Сырым» және «Таскала» бекеттері тәулік бойы жұмыс істейді."
    assert _posts_of(text, "status") == {"syrym", "taskala"}


# --- a turn to a subject no post was found for ---


def test_hours_after_a_turn_to_an_unfound_name_are_not_the_first_posts():
    text = "Пункты «Сырым» и «Таскала» работают круглосуточно, а «Орлов» — с 9:00 до 18:00."
    hours = {(ref, words) for ref, kind, words in _facts(text) if kind == "status"}
    assert not any("9:00" in words for _, words in hours)
    assert {ref for ref, _ in hours} == {"syrym", "taskala"}


def test_a_turn_to_a_found_post_still_gives_it_its_fact():
    text = "Пункты «Сырым» и «Таскала» работают круглосуточно, а «Жайсан» — с 9:00 до 18:00."
    assert ("zhaisan", "status", "с 9:00 до 18:00") in _facts(text)


def test_both_objects_reach_back_to_the_two_posts_the_story_named():
    text = (
        "Делегация осмотрела пункты «Кайрак» и «Акбалшык». Через «Акбалшык» идут зерновозы. "
        "«Кайрак» стоит на трассе на Костанай. Там ежедневно бывают сотни машин. "
        "Сейчас на обоих объектах расширяют досмотровые площадки."
    )
    states = {(ref, words) for ref, kind, words in _facts(text) if kind == "status"}
    assert {ref for ref, _ in states} == {"kairak", "akbalshyk"}
    assert all(words.startswith("расширяют") for _, words in states)


def test_both_means_the_pair_named_last_not_an_earlier_pair():
    text = (
        "Речь шла о пунктах «Кайрак» и «Акбалшык». Отдельно упомянули «Аят» и «Жайсан». "
        "Оба пункта откроются после ремонта в 2027 году."
    )
    assert _posts_of(text, "deadline") == {"ayat", "zhaisan"}


def test_a_roads_repair_told_beside_posts_is_not_their_works():
    text = "Ремонт дороги ведётся у пунктов «Сырым» и «Таскала»."
    assert _posts_of(text, "status") == set()
    assert _posts_of("У пункта «Сырым» с весны ведётся ремонт здания.", "status") == {"syrym"}


# --- hours and lanes ---


def _states(text: str) -> set[tuple[str, str]]:
    return {(ref, words) for ref, kind, words in _facts(text) if kind == "status"}


def test_whole_hours_are_the_posts_hours():
    assert ("kurmangazy", "работает с 7 до 22 часов") in _states(
        "Пункт пропуска «Курмангазы» работает с 7 до 22 часов."
    )


def test_a_timetable_after_a_colon_is_the_posts_hours():
    assert {r for r, _ in _states("График работы пункта пропуска «Шаган»: с 6:00 до 23:00.")} == {"shagan"}
    assert {r for r, _ in _states("«Шаған» бекетінің жұмыс кестесі: 07:00–22:00.")} == {"shagan"}


def test_going_round_the_clock_is_working():
    text = "С 15 мая пункт пропуска «Шаган» переходит на круглосуточный режим работы."
    assert {r for r, _ in _states(text)} == {"shagan"}


def test_lanes_with_an_adjective_and_kazakh_lanes_are_counted():
    text = "На пункте «Жайсан» построят 14 досмотровых полос."
    assert any(k == "capacity" and "14 досмотровых полос" in w for _, k, w in _facts(text))
    text = "«Жайсан» бекетінде 5 өткізу жолағы бар."
    assert any(k == "capacity" and w.startswith("5 өткізу жолағы") for _, k, w in _facts(text))
