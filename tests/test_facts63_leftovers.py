"""The facts a checkpoint story still dropped (facts63): posts joined by «или» / «немесе», a
sentence opening with a post's bare name, «закрывается» as closing hours or as a closure, counts
told only by their order («сотни фур»), and a Kazakh reason holding a quoted name. Sentences
written for these tests."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.extract.number_words import value
from store.lang.statuses import status_label


def _facts(text: str, date: str | None = "2026-06-01") -> set[tuple[str, str, str]]:
    return {(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), date)}


def _posts(text: str) -> set[str]:
    return {s.ref for s in find_checkpoints(text)}


# 1. «или», «либо», «немесе» join posts as «и» does
def test_a_post_after_ili_takes_the_sentence_fact():
    found = _facts("Фурам советуют ехать через пункт «Кайрак» или «Сырым»: там сейчас очередей нет.")
    assert ("kairak", "queue", "очередей нет") in found
    assert ("syrym", "queue", "очередей нет") in found


def test_a_post_after_libo_and_nemese_is_a_post():
    assert {"taskala", "aksai"} <= _posts("Грузовики пропускает пункт «Таскала» либо «Аксай».")
    assert {"kairak", "alimbet"} <= _posts("Жүргізушілер «Қайрақ» немесе «Әлімбет» бекетін таңдайды.")


def test_or_between_a_post_and_no_post_confirms_nothing():
    assert "aksai" not in _posts("Семья выбирала между Аксаем или Уральском для переезда.")


# 2. a sentence that opens with a post's bare name and its state
def test_a_bare_name_opening_its_sentence_with_a_closure_is_the_post():
    text = "На казахстанско-российской границе меняется график. Жаныбек закрыт до 15 июля."
    found = _facts(text)
    assert any(c == "zhanibek" and k == "status" and t.startswith("закрыт") for c, k, t in found)


def test_a_kazakh_bare_name_opening_its_sentence_is_the_post():
    text = "Өзбекстан шекарасындағы бекеттерде өзгеріс бар. Жібек жолы жабылды, жолаушылар басқа жолмен жүреді."
    assert ("zhibek-zholy", "status", "жабылды") in _facts(text)


def test_the_bare_name_needs_a_text_about_posts():
    assert "zhanibek" not in _posts("Жаныбек закрыт до 15 июля.")


def test_a_programme_street_or_person_of_the_name_is_no_post():
    assert not _posts("На таможне перемены. Нұрлы жол жабылды.")  # the programme's name, in context only
    assert not _posts("На границе тихо. Программа «Нұрлы жол» закрыта для новых заявок.")
    assert not _posts("На границе тихо. Жаныбек Сатыбалдиев закрыт для прессы.")
    assert not _posts("На границе тихо. Атамекен закрыла филиал в Таразе.")


# 3. «закрывается»: the hour it closes, or a closure
def test_closing_at_an_hour_is_the_posts_hours_not_a_closure():
    found = _facts("Пункт пропуска «Майкапшагай» закрывается в 21:00.")
    assert ("maikapshagai", "status", "закрывается в 21:00") in found
    assert status_label("закрывается в 21:00") == "working"


def test_closing_and_opening_every_day_is_one_hours_fact():
    found = _facts("Пункт «Бахты» ежедневно закрывается в 23:00 и открывается в 7:00.")
    assert ("bakhty", "status", "ежедневно закрывается в 23:00 и открывается в 7:00") in found


def test_closing_for_repairs_is_a_closure_to_come():
    found = _facts("Пункт пропуска «Кайрак» закрывается на плановый ремонт.")
    assert ("kairak", "status", "закрывается на плановый ремонт") in found
    assert status_label("закрывается на плановый ремонт") == "to close"


def test_kazakh_closing_hour_is_hours():
    found = _facts("«Шарбақты» бекеті сағат 19:00-де жабылады.")
    assert ("sharbakty", "status", "сағат 19:00-де жабылады") in found
    assert status_label("сағат 19:00-де жабылады") == "working"


def test_working_hours_from_to():
    assert ("kordai", "status", "работает с 7:00 до 23:00") in _facts("Пункт «Кордай» работает с 7:00 до 23:00.")


def test_a_one_day_window_is_no_hours():
    found = _facts("На пункте «Тажен» с 9.30 до 11.00 оформили 30 граждан Узбекистана.")
    assert not any(k == "status" for _c, k, _t in found)


# 4. counts told only by their order
def test_a_vague_count_keeps_its_words_and_no_made_up_value():
    found = _facts("У пункта «Алимбет» скопились сотни фур.")
    assert ("alimbet", "queue", "скопились сотни фур") in found  # with its verb
    assert not any("≈" in t for _c, _k, t in found)
    assert not any(k == "count" for _c, k, _t in found)  # told once, as the queue


def test_kazakh_vague_counts_in_a_queue():
    assert ("bakhty", "queue", "жүздеген жүк көлігі") in _facts("«Бақты» бекетінде жүздеген жүк көлігі кезекте тұр.")
    assert ("kalzhat", "queue", "ондаған көлік") in _facts("«Қалжат» бекетінде ондаған көлік кезек күтіп тұр.")


def test_vague_and_exact_word_figures():
    assert value("десятки машин") is None
    assert value("тысячи человек") is None
    assert value("мыңдаған адам") is None
    assert value("около сотни машин") == "100"
    assert value("более тысячи человек") == "1 000"
    assert value("трёх десятков фур") == "30"


# 5. a Kazakh reason with a quoted name in it
def test_a_kazakh_reason_runs_past_a_quoted_name():
    found = _facts("«Қайрақ» бекеті жабылды, себебі «Орск» бекетінде жөндеу жұмыстары басталды.")
    assert ("kairak", "cause", "себебі «Орск» бекетінде жөндеу жұмыстары басталды") in found
    assert ("kairak", "status", "жабылды") in found


def test_works_told_inside_a_reason_belong_to_the_post_it_names():
    text = "«Темір баба» бекеті уақытша жабылды, себебі «Болашақ» стансасында жөндеу жұмыстары жүріп жатыр."
    found = _facts(text)
    assert ("temir-baba", "status", "уақытша жабылды") in found
    assert ("bolashak", "status", "уақытша жабылды") not in found
    assert ("temir-baba", "status", "жөндеу жұмыстары жүріп жатыр") not in found


def test_a_quoted_name_before_baylanysty_stays_in_the_reason():
    found = _facts("«Аят» бекеті «ҚазАвтоЖол» жөндеуіне байланысты жабылды.")
    assert ("ayat", "cause", "«ҚазАвтоЖол» жөндеуіне байланысты") in found


def test_kazakh_traffic_limited_is_a_status():
    found = _facts("«Қордай» бекеті арқылы жүк тасымалы уақытша шектелді.")
    assert ("kordai", "status", "жүк тасымалы уақытша шектелді") in found
    assert status_label("жүк тасымалы уақытша шектелді") == "limited"


def test_a_closure_to_come_keeps_when_it_starts():
    assert ("kairak", "status", "закрывается на ремонт (с 3 августа)") in _facts(
        "Пункт «Кайрак» закрывается на ремонт с 3 августа."
    )
    assert ("aksai", "status", "закрывается на плановый ремонт (с понедельника)") in _facts(
        "С понедельника пункт пропуска «Аксай» закрывается на плановый ремонт."
    )
    assert ("shagan", "status", "жөндеуге жабылады (10 тамыздан бастап)") in _facts(
        "«Шаған» бекеті 10 тамыздан бастап жөндеуге жабылады."
    )


def test_a_fact_after_a_colon_is_the_post_that_part_names():
    found = _facts("Пункты «Кайрак» или «Шарбакты» — решать водителям: на «Кайраке» в очереди стоят 300 фур.")
    assert ("kairak", "queue", "300 фур") in found
    assert not any(c == "sharbakty" and k == "queue" for c, k, _t in found)
    listed = _facts("В 2025 году введены в эксплуатацию 3 пункта: «Калжат», «Бахты» и «Кайрак».")
    assert {c for c, k, _t in listed if k == "status"} == {"kalzhat", "bakhty", "kairak"}
