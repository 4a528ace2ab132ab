"""cp43: names and shapes read on the saved fresh pages (made-up sentences in their shapes): a
mountain pass named like a post, the road notices' abbreviations of a post beside a stop of a
road, and the Russian spellings «Достик» / «Алашанкоу» of the Dostyk–Alashankou rail crossing."""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints


def found(text: str) -> list[tuple[str, str]]:
    return [(s.surface, s.ref) for s in find_checkpoints(text)]


def test_a_mountain_pass_is_not_the_post():
    text = "Дорожники закрыли новый обход перевала Кордай, машины пустили через старый перевал Кордай."
    assert found(text) == []


def test_the_post_beside_its_pass_is_still_read():
    text = "Из-за снегопада на перевале Кордай водители ждут у пункта пропуска «Кордай» на границе."
    assert found(text) == [("Кордай", "kordai")]


def test_kazakh_notice_abbreviation_keeps_a_route_stop_a_post():
    text = "Өткізу пункттеріне апаратын «Семей — Павлодар — РФ шекарасы (Шарбақты БӨП)» автожолы жабылды."
    assert found(text) == [("Шарбақты", "sharbakty")]


def test_short_kazakh_abbreviation_too():
    text = "Өткізу пункттеріне апаратын «Өскемен — Семей — РФ шекарасы (Үбе ӨП)» автожолы ашылды."
    assert [ref for _, ref in found(text)] == ["ube"]


def test_a_post_noun_before_the_name_inside_the_brackets():
    text = "Закрыта автодорога «Кокшетау — Петропавловск — граница РФ (п/п Жана Жол)» у пункта пропуска."
    assert found(text) == [("Жана Жол", "zhana-zhol")]


def test_a_stop_of_a_road_without_its_own_noun_stays_a_town():
    text = "Закрыта автодорога «Кокшетау — Петропавловск — граница РФ (п/п Жана Жол)» у пункта пропуска."
    assert "Петропавловск" not in [surface for surface, _ in found(text)]


def test_dostik_alashankou_spelling():
    text = "Поезда стоят перед пограничным переходом «Достик-Алашанкоу», сообщили железнодорожники."
    assert found(text) == [("Достик", "dostyk"), ("Алашанкоу", "cn-alashankou")]


def test_a_crossing_noun_before_unquoted_names_is_their_cue():
    text = "На границе с Россией очереди: на переходе Маштаково — Сырым стоят фуры."
    assert found(text) == [("Маштаково", "ru-mashtakovo"), ("Сырым", "syrym")]


def test_rail_crossing_noun_before_a_former_name():
    text = "Пограничники сообщили: через ж/д переход Достык прошли 20 составов."
    assert [(s.ref, s.kind) for s in find_checkpoints(text)] == [("dostyk", "rail")]


def test_kazakh_spelling_mashtakov():
    text = "Ресей Федерациясының «Маштаков» іргелес өткізу пункті ауданында да жүк көліктері тұр."
    assert found(text) == [("Маштаков", "ru-mashtakovo")]


def test_uba_is_the_post_ube_only_with_a_cue():
    assert found("В выходные на пограничных пунктах «Уба» и «Михайловка» стояли очереди.") == [
        ("Уба", "ube"),
        ("Михайловка", "ru-mikhailovka"),
    ]
    assert found("Река Уба вышла из берегов, пункт пропуска работает.") == []


def test_a_towns_people_are_not_the_post():
    text = "Длинный затор у границы сняли жители Горняка, пограничники пропустили 700 машин."
    assert found(text) == []
