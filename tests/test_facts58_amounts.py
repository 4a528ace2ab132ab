"""The figures, reasons and pairs a checkpoint story states beside its queue, status and
capacity (facts58): counts in digits and words, lanes and places, limits, money for works,
causes and closure periods, and which foreign post faces which. Sentences written for these
tests."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.extract.number_words import value


def _facts(text: str, date: str | None = "2026-05-02") -> list[tuple[str, str, str]]:
    return [(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), date)]


def test_a_queue_in_number_words_prints_its_value():
    found = _facts("У пункта «Бахты» собралось около двух тысяч грузовиков, очередь тянется на 9 км.")
    assert ("bakhty", "queue", "около двух тысяч грузовиков (≈2 000)") in found
    assert any(k == "queue" and "9 км" in t for _c, k, t in found)


def test_number_words_read_as_digits():
    assert value("около полутора тысяч фур") == "1 500"
    assert value("порядка трёх тысяч машин") == "3 000"
    assert value("шамамен 4 мыңдай адам") == "4 000"
    assert value("нескольких сотен машин") is None


def test_a_count_with_no_queue_word_is_a_count():
    found = _facts("Через станцию «Алтынколь» за неделю прошло более 300 контейнерных поездов.")
    assert ("altynkol", "count", "более 300 контейнерных поездов") in found


def test_a_kazakh_count_keeps_its_postposition():
    found = _facts("«Жайсаң» бекеті арқылы кеше 250-ден астам жүк көлігі өтті.")
    assert ("zhaisan", "count", "250-ден астам жүк көлігі") in found


def test_counts_of_a_list_go_post_by_post():
    # «оформили», not facts58's «стоят»: vehicles standing are a queue since facts73 (the queue's
    # list goes post by post the same way: tests/test_facts73_waiting_reopened_sides.py)
    found = _facts("На пункте «Атамекен» утром оформили 12 машин, на «Капланбек» – 7, на «Казыгурт» – 3.")
    assert ("atameken", "count", "12 машин") in found
    assert ("kaplanbek", "count", "7 машин") in found
    assert ("kazygurt", "count", "3 машин") in found
    assert ("kaplanbek", "count", "12 машин") not in found


def test_lanes_and_booths_are_capacity():
    found = _facts("После ремонта на посту «Тажен» будет 10 полос движения и 18 кабин паспортного контроля.")
    assert ("tazhen", "capacity", "10 полос движения") in found
    assert ("tazhen", "capacity", "18 кабин паспортного контроля") in found


def test_kazakh_places_and_lanes_stop_before_the_verb():
    found = _facts("«Қордай» бекетінде 30 орын және 6 жолақ бар.")
    assert ("kordai", "capacity", "30 орын") in found
    assert ("kordai", "capacity", "6 жолақ") in found


def test_a_daily_limit_is_capacity():
    found = _facts("Для поста «Курмангазы» установили дневной лимит — не более 500 грузовых машин.")
    assert ("kurmangazy", "capacity", "дневной лимит — не более 500 грузовых машин") in found


def test_money_for_works_is_funding():
    found = _facts("На реконструкцию пункта пропуска «Алимбет» выделено 7,2 млрд тенге.")
    assert ("alimbet", "funding", "выделено 7,2 млрд тенге") in found


def test_a_closure_keeps_its_period_and_its_reason():
    found = _facts("Пункт «Майкапчагай» будет закрыт с 10 по 12 июня из-за праздника в Китае.")
    assert ("maikapshagai", "status", "будет закрыт (с 10 по 12 июня)") in found
    assert ("maikapshagai", "cause", "из-за праздника в Китае") in found


def test_a_kazakh_reason_stops_at_the_post_word():
    found = _facts("«Бақты» бекеті жол жөндеуіне байланысты уақытша жабылды.")
    assert ("bakhty", "cause", "жол жөндеуіне байланысты") in found


def test_a_reason_is_only_for_a_closure_or_queue():
    found = _facts("Пункт «Нур жолы» посетил министр в связи с годовщиной соглашения.")
    assert not [f for f in found if f[1] == "cause"]


def test_a_reason_ends_before_its_verb():
    found = _facts("На посту «Кайрак» скопились фуры. Из-за метели движение может быть остановлено.")
    # facts84: nor the traffic the verb is told of («движение может быть остановлено»): the reason is the storm
    assert ("kairak", "cause", "Из-за метели") in found


def test_a_reason_told_in_the_next_sentence_is_the_posts():
    found = _facts("Пункт «Шаган» закрыт до утра. Причина — авария на линии электропередачи.")
    assert ("shagan", "cause", "Причина — авария на линии электропередачи") in found


def test_a_reason_naming_a_post_explains_the_other():
    text = "Очередь у поста «Жибек жолы» вызвана тем, что на узбекском посту «Гишт-Куприк» меняют покрытие."
    causes = [(c, t) for c, k, t in _facts(text) if k == "cause"]
    assert [c for c, _t in causes] == ["zhibek-zholy"]


def test_a_foreign_post_named_with_the_post_it_faces():
    found = _facts("Российский пункт «Маштаково» напротив «Сырыма» работает круглосуточно.")
    assert ("ru-mashtakovo", "facing", "напротив «Сырым»") in found
    assert not [f for f in found if f[0] == "syrym" and f[1] == "facing"]


def test_posts_that_do_not_face_each_other_are_no_pair():
    found = _facts("В пунктах «Маштаково» и «Бахты» очередей нет.")
    assert not [f for f in found if f[1] == "facing"]


def test_a_year_is_no_count():
    found = _facts("Пункт «Достык» открыли в 1990 году, а в 2025 году его обновили.")
    assert not [f for f in found if f[1] == "count"]


def test_a_reason_after_its_verb_of_being():
    found = _facts("На посту «Нур жолы» выстроилась пробка. Причиной стала поломка сканера.")
    assert ("nur-zholy", "cause", "Причиной стала поломка сканера") in found


def test_long_lines_of_lanes_and_counts_are_read_in_one_pass():
    """Each of these took minutes when a rule was quadratic in its line (a table pasted as one)."""
    from store.extract import facts

    assert facts._facts_in("12 полос " * 20_000, None)
    assert facts._facts_in("Очередь " + "5 машин, " * 10_000, None)
    assert facts._facts_in("1" * 50_000, None) == []


def test_a_sentence_whose_subject_is_the_post_word_is_the_posts():
    text = "Власти сообщили о графике работы пункта «Майкапчагай». Пункт будет закрыт с 3 по 5 октября."
    found = _facts(text)
    assert ("maikapshagai", "status", "будет закрыт (с 3 по 5 октября)") in found


def test_a_kazakh_centre_word_carries_its_closure():
    text = "«Қорғас» халықаралық шекаралас ынтымақтастық орталығы туралы хабар берілді. Орталық 10 ақпан мен 20 ақпан аралығында жабық тұрады."
    found = _facts(text)
    assert any(c == "khorgos" and k == "status" and "аралығында" in t for c, k, t in found)


def test_a_sentence_naming_no_post_keeps_its_status_to_itself():
    text = "Пункт «Бахты» работает в обычном режиме. Дорога на перевале закрыта до весны."
    assert not [f for f in _facts(text) if f[1] == "status" and "закрыт" in f[2]]


def test_a_reason_of_a_queue_told_the_sentence_before():
    text = "У пунктов «Тажен» и «Атамекен» скопились машины. Ещё одна причина – ремонт, который идёт на «Тажен»."
    assert ("tazhen", "cause", "причина – ремонт") in _facts(text)


def test_posts_that_will_not_work_are_to_close_with_their_period():
    from store.lang.statuses import status_label

    text = "С 7 по 9 мая не будут работать пункты пропуска «Кольжат» и «Бахты» из-за праздников в Китае."
    found = _facts(text)
    assert ("kalzhat", "status", "не будут работать (с 7 по 9 мая)") in found
    assert ("bakhty", "cause", "из-за праздников в Китае") in found
    assert status_label("не будут работать") == "to close"


def test_a_foreign_post_told_in_the_sentence_after_its_pair():
    text = "Казахстанский пункт «Сырым» стоит на трассе. С российской стороны здесь работает пункт «Маштаково»."
    assert ("ru-mashtakovo", "facing", "напротив «Сырым»") in _facts(text)


def test_a_foreign_post_far_from_its_pair_is_no_pair():
    text = "Пункт «Сырым» стоит на трассе. Там много машин. Пункт «Маштаково» тоже работает."
    assert not [f for f in _facts(text) if f[1] == "facing"]
