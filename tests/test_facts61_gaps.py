"""Checkpoint facts the references hold and the store missed (facts61): the posts offered instead
of a closed one, statuses told in the present tense, a foreign post named as the other side,
a queue reported seen, the year a post was built or opened, a vehicle's weight that is no count,
a reason told first in its own sentence. Sentences written for these tests."""

import json

from store import cli
from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _facts(text: str, date: str | None = "2026-05-02") -> list[tuple[str, str, str]]:
    return [(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), date)]


def _of(found, post, kind):
    return [t for c, k, t in found if c == post and k == kind]


# The posts offered instead


def test_posts_offered_after_advice_are_alternatives_and_take_no_closure():
    text = (
        "Когда пункт «Кайрак» закрыли на ремонт, водителям посоветовали ехать через другие пункты "
        "пропуска: «Шарбакты» и «Урлютобе»."
    )
    found = _facts(text)
    assert _of(found, "sharbakty", "alternative") == ["альтернатива (вместо «Кайрак»)"]
    assert _of(found, "urlyutobe", "alternative") == ["альтернатива (вместо «Кайрак»)"]
    assert not _of(found, "sharbakty", "status") and not _of(found, "urlyutobe", "status")
    assert _of(found, "kairak", "status") == ["закрыли на ремонт"]
    assert not _of(found, "kairak", "alternative")


def test_the_post_after_vmesto_is_the_one_replaced():
    found = _facts("Вместо закрытого «Аята» грузовикам советуют пункт «Желкуар».")
    assert _of(found, "zhelkuar", "alternative") == ["альтернатива грузовикам (вместо «Аят»)"]
    assert not _of(found, "ayat", "alternative")


def test_a_kazakh_offer_says_balama_and_for_whom():
    found = _facts("Жаяу жүргіншілерге балама ретінде «Целинный» бекеті ұсынылады.")
    assert _of(found, "tselinny", "alternative") == ["балама жаяу жүргіншілерге"]


def test_an_offer_told_in_the_sentence_before_the_list():
    text = "Комитет жолаушыларға басқа бекеттерді пайдалануды ұсынады. Жүк көліктеріне «Тәжен» бекеті ашық."
    assert _of(_facts(text), "tazhen", "alternative") == ["балама жүк көліктеріне"]


def test_posts_merely_listed_are_no_alternatives():
    found = _facts("На пунктах «Аят» и «Убаган» очередей нет.")
    assert not [f for f in found if f[1] == "alternative"]


def test_a_foreign_post_in_the_offer_is_no_alternative():
    text = "Перевозчикам рекомендуют другие пункты пропуска: «Таскала» (РК) – «Озинки» (РФ)."
    found = _facts(text)
    assert _of(found, "taskala", "alternative")
    assert not _of(found, "ru-ozinki", "alternative")


# Statuses in the present tense


def test_a_post_that_does_not_work_is_closed():
    found = _facts("Пункт пропуска «Сартобе» временно не работает из-за паводка.")
    assert _of(found, "sartobe", "status") == ["временно не работает"]
    assert status_label("временно не работает") == "closed"


def test_a_service_at_the_post_that_does_not_work_is_not_the_post():
    assert not _of(_facts("Сайт пункта «Сартобе» не работает с утра."), "sartobe", "status")


def test_not_working_normally_is_no_closure():
    assert not _of(_facts("Пункт «Сартобе» не работает в обычном режиме."), "sartobe", "status")


def test_kazakh_present_closures():
    assert _of(_facts("«Бақты» бекеті бүгін жұмыс істемейді."), "bakhty", "status") == ["жұмыс істемейді"]
    assert _of(_facts("«Бақты» бекеті қазір жөндеуге жабық."), "bakhty", "status") == ["жөндеуге жабық"]
    assert not _of(_facts("«Бақты» бекетінде үш алаңның үсті жабық."), "bakhty", "status")


def test_a_closure_keeps_what_it_is_for():
    assert _of(_facts("Пункт «Кеген» закрыт на ремонт."), "kegen", "status") == ["закрыт на ремонт"]


def test_works_in_the_present_are_works_under_way():
    found = _facts("На пункте «Жайсан» сейчас модернизируют весовую площадку.")
    assert _of(found, "zhaisan", "status") == ["сейчас модернизируют"]
    assert status_label("сейчас модернизируют") == "under reconstruction"


def test_works_as_the_condition_of_the_future_are_not_under_way():
    text = "Когда пункт «Жайсан» модернизируют, он будет пропускать больше машин."
    assert not _of(_facts(text), "zhaisan", "status")


def test_commissioning_told_object_first():
    found = _facts("Накануне в эксплуатацию ввели обновлённый пункт «Айша биби».")
    assert _of(found, "aisha-bibi", "status") == ["в эксплуатацию ввели"]
    assert status_label("в эксплуатацию ввели") == "commissioned"


def test_round_the_clock_is_working():
    found = _facts("Пункт «Бахты» теперь работает круглосуточно.")
    assert status_label(_of(found, "bakhty", "status")[0]) == "working"


def test_traffic_let_through_in_part_is_limited():
    found = _facts("На пункте «Аухатты» движение легковых машин ограничено.")
    assert _of(found, "aukhatty", "status") == ["движение легковых машин ограничено"]
    assert status_label("движение легковых машин ограничено") == "limited"
    assert not _of(_facts("На пункте «Аухатты» движение не ограничено."), "aukhatty", "status")
    found = _facts("Қазір «Аухатты» бекеті арқылы тек жүк көліктері өткізіледі.")
    assert status_label(_of(found, "aukhatty", "status")[0]) == "limited"


def test_works_designed_tendered_or_to_start_are_planned():
    found = _facts("Для пункта «Урлютобе» уже разрабатывают проектно-сметную документацию.")
    assert status_label(_of(found, "urlyutobe", "status")[0]) == "planned"
    found = _facts("«Урлютобе» бекетінде жөндеу жұмыстары 1 тамызда басталады.")
    assert status_label(_of(found, "urlyutobe", "status")[0]) == "planned"


def test_works_started_are_under_way():
    found = _facts("Модернизация пункта «Урлютобе» стартовала в апреле 2025 года.")
    assert status_label(_of(found, "urlyutobe", "status")[0]) == "under reconstruction"


def test_a_kazakh_reopening_in_words_of_starting_again():
    found = _facts("«Нұр жолы» бекеті 1 маусымнан бастап жұмысын қайта бастайды.")
    assert status_label(_of(found, "nur-zholy", "status")[0]) == "reopened"


def test_a_deadline_five_words_after_its_verb():
    found = _facts("Завершить модернизацию поста Урлютобе рассчитывают в 2027 году.")
    assert any("2027" in t for t in _of(found, "urlyutobe", "deadline"))


def test_a_queue_far_from_the_only_post_named():
    text = (
        "Водители стоят у поста «Урлютобе». Многие ждут с ночи. Воды не хватает. К вечеру очередь растянулась на 7 км."
    )
    assert _of(_facts(text), "urlyutobe", "queue") == ["очередь растянулась на 7 км"]


def test_a_queue_far_from_a_post_is_not_carried_when_the_article_names_two():
    text = (
        "Водители стоят у поста «Урлютобе». Многие ждут с ночи. Воды не хватает. "
        "К вечеру очередь растянулась на 7 км. Пункт «Аят» работает штатно."
    )
    assert not _of(_facts(text), "urlyutobe", "queue")


# The other side


def test_a_kazakh_post_faces_the_post_named_as_its_other_side():
    text = "Пункт «Аксай» стоит у трассы. По ту сторону границы работает российский пункт «Илек»."
    found = _facts(text)
    assert _of(found, "aksai", "facing") == ["напротив «Илек»"]
    assert _of(found, "ru-ilek", "facing") == ["напротив «Аксай»"]


def test_two_posts_joined_by_a_dash_give_only_the_foreign_one_its_pair():
    found = _facts("Очередь растёт на направлении «Аксай» – «Илек».")
    assert not _of(found, "aksai", "facing")


# A queue reported seen


def test_a_queue_reported_seen():
    found = _facts("На пункте «Кордай» зафиксировано скопление большегрузов на выезд.")
    assert _of(found, "kordai", "queue") == ["зафиксировано скопление большегрузов"]


def test_a_queue_denied_is_no_queue_seen():
    found = _facts("Скопление машин на пункте «Кордай» не зафиксировано.")
    assert not [t for t in _of(found, "kordai", "queue") if "зафиксировано" in t and "не" not in t]


def test_vehicles_gathered_are_a_queue():
    found = _facts("У пункта «Майкапшагай» скопились фуры.")
    assert _of(found, "maikapshagai", "queue") == ["скопились фуры"]


def test_how_long_drivers_wait_is_a_queue():
    found = _facts("Водитель рассказал, что на посту «Майкапшагай» простоял почти 9 часов.")
    assert _of(found, "maikapshagai", "queue") == ["простоял почти 9 часов"]
    assert _of(_facts("«Майкапшагай» бекетінде 7 сағат кезекте тұрдық."), "maikapshagai", "queue")


def test_standing_or_expected_hours_are_no_wait():
    assert not _facts("Инспекторы стоят 12 часов на посту «Майкапшагай» в смену.")
    assert not _facts("Открытие пункта «Майкапшагай» ожидается через 3 часа.")


def test_work_to_be_stopped_is_a_closure_to_come():
    found = _facts("С марта Казахстан остановит работу пункта «Майкапшагай».")
    assert status_label(_of(found, "maikapshagai", "status")[0]) == "to close"


# The year a post was built or opened


def test_the_year_a_post_was_built():
    text = "Пункт «Кеген» построили в 1998 году."
    found = [(f.checkpoint, f.kind, f.text, f.date) for f in find_facts(text, find_checkpoints(text), "2026-01-01")]
    assert ("kegen", "event", "построили в 1998 году", "1998") in found


def test_a_kazakh_year_built_in_the_sentence_after_the_post():
    text = "«Кеген» бекеті шекарада орналасқан. Бекет 1998 жылы салынған."
    assert _of(_facts(text), "kegen", "event") == ["1998 жылы салынған"]


def test_an_opening_to_come_is_no_founding():
    assert not _of(_facts("Пункт «Кеген» будет открыт в 2027 году."), "kegen", "event")


# A vehicle's weight


def test_a_vehicle_weight_is_no_count():
    found = _facts("Через «Кордай» пропускают только грузовики массой до 20 тонн.")
    assert not _of(found, "kordai", "count")
    found = _facts("«Қордай» бекеті арқылы 20 тоннаға дейінгі жүк көліктері өтеді.")
    assert not _of(found, "kordai", "count")


def test_tonnes_moved_are_still_a_count():
    found = _facts("За неделю через станцию «Достык» прошло 40 000 тонн зерна.")
    assert _of(found, "dostyk", "count") == ["40 000 тонн"]


# A reason told first


def test_a_kazakh_reason_told_first_is_carried_to_the_post():
    text = "«Қайрақ» бекетінде кезек пайда болды. Себебі – Ресей тарапында жол жөнделуде."
    causes = _of(_facts(text), "kairak", "cause")
    assert causes and causes[0].startswith("Себебі")


# Through the command line


def test_the_facts_command_lists_alternatives(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text(
        "Пункт «Кайрак» закрыт\n\nКогда пункт «Кайрак» закрыли на ремонт, водителям посоветовали ехать "
        "через другие пункты пропуска: «Шарбакты».\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.db")
    assert cli.main(["ingest", str(src), "--db", db, "--quiet"]) == 0
    capsys.readouterr()
    assert cli.main(["facts", "--kind", "alternative", "--json", "--db", db]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["text"] for r in rows] == ["альтернатива (вместо «Кайрак»)"]


# What must not read as these facts


def test_no_alternative_when_the_story_says_there_is_none():
    assert not _facts("Альтернативы пункту «Кеген» в этом районе нет.")


def test_vmesto_before_a_figure_offers_no_post():
    found = _facts("Вместо 300 машин пункт «Кеген» теперь пропускает 900 машин в сутки.")
    assert not _of(found, "kegen", "alternative")


def test_not_working_round_the_clock_is_no_closure():
    assert not _of(_facts("Пункт «Кеген» не работает круглосуточно."), "kegen", "status")


def test_something_else_opened_in_a_year_is_no_founding():
    assert not _of(_facts("Открыли в 2018 году кафе у пункта «Кеген»."), "kegen", "event")


def test_why_a_kazakh_post_does_not_work():
    found = _facts("«Бақты» бекеті бүгін жұмыс істемейді, себебі онда электр жарығы жоқ.")
    assert _of(found, "bakhty", "cause") == ["себебі онда электр жарығы жоқ"]
