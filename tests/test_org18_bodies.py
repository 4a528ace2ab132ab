"""Bodies on unread text, org18 (issue 15): English articles name a body in English, the
knowledge base's breadth, and its lowercase and glued forms. Every sentence is made up."""

from __future__ import annotations

from store.extract import extractor as ex
from store.extract import linking
from store.lang import kb


def _ctx() -> ex.PassContext:
    return ex.PassContext(cps=[], cp_index=ex.ByStart([]))


def _linked(text: str) -> list[tuple[str, str]]:
    ctx = _ctx()
    spans = linking.link_knowledge_base(text, [], ctx)
    return [(s.type, ctx.names[(s.start, s.end)]) for s in spans if s.type == "organization"]


def test_an_english_article_names_a_body_in_english():
    text = "The Ministry of Finance of Kazakhstan said on Monday that the new rules apply to all carriers."
    assert _linked(text) == [("organization", "Ministry of Finance of Kazakhstan")]


def test_an_english_article_names_a_body_without_its_state_as_printed():
    text = "The Ministry of Agriculture reported that inspectors checked the trucks at the border."
    assert _linked(text) == [("organization", "Ministry of Agriculture")]


def test_a_russian_article_still_names_a_latin_form_by_its_russian_row():
    text = "Об этом сообщили в компании KTZ Express, уточнив, что поезда пошли через станцию по графику."
    assert _linked(text) == [("organization", "АО «KTZ Express»")]


def test_an_english_name_loses_its_state_as_a_russian_one_does():
    assert kb._without_state("Ministry of Energy of the Republic of Kazakhstan") == "Ministry of Energy"
    assert kb._without_state("Ministry of Finance of Kazakhstan") == "Ministry of Finance"
    assert kb._without_state("Government of Kazakhstan") == "Government of Kazakhstan"  # one word would be left


def _rows(text: str) -> list[str]:
    return [m.form.row.id for m in kb.find(text)]


def test_a_lowercase_special_economic_zone_is_the_zone():
    text = "Делегация осмотрела специальную экономическую зону «Хоргос» и сухой порт."
    assert _linked(text) == [("organization", "Специальная экономическая зона «Хоргос»")]


def test_a_spaced_hyphen_stands_for_the_dash_of_a_name():
    assert "sez-khorgos" in _rows("Инвесторы зашли в СЭЗ «Хоргос - Восточные ворота» в мае.")
    assert "sez-khorgos" in _rows("The Khorgos - East Gate zone handled more trains this year.")


def test_a_kazakh_name_is_shown_as_printed_not_spelled_out_as_a_russian_clip():
    text = "Қорғас – Шығыс қақпалары аймағында жаңа терминал ашылды деп хабарлады өкілдер."
    assert _linked(text) == [("organization", "Қорғас – Шығыс қақпалары")]


def test_a_unit_of_container_traffic_is_no_body():
    from store.extract.ner import NerSpan

    text = "Былтыр контейнер тасымалы 1,2 млн ЖФЭ болды, ал биыл 20 мың TEU қосылды."
    spans = [NerSpan("organization", 32, 35, "ЖФЭ"), NerSpan("organization", 56, 59, "TEU")]
    assert linking.acronyms_and_platforms(text, spans, _ctx()) == []


def test_the_knowledge_base_knows_more_of_the_bodies_a_border_story_names():
    text = (
        "Ространснадзор и ОАО «РЖД» обсудили перевозки, Минэнерго дало прогноз, а Бюро национальной "
        "статистики опубликовало цифры. Комитет транспортного контроля усилил проверки, "
        "Департамент химизации, защиты и карантина растений вернул груз, а ЦАРЭС выделила грант."
    )
    found = set(_rows(text))
    assert {"rostransnadzor", "rzd", "ministry-energy", "bns", "committee-road-transport-control"} <= found
    assert {"kg-plant-quarantine", "carec"} <= found


def test_a_kazakh_form_of_a_new_row_is_found_inflected():
    text = (
        "Су ресурстары және ирригация министрлігінің мәліметінше, Экология және табиғи ресурстар министрлігі қолдады."
    )
    assert {"ministry-water", "ministry-ecology"} <= set(_rows(text))


def test_the_states_after_a_lowercase_service_come_from_the_countries_table():
    from store.extract.passes.lowercase_bodies import find_lowercase_bodies

    assert {"Киргизии", "Туркмении", "России", "Ирана"} <= kb.country_genitives()
    found = [name for _, name in find_lowercase_bodies("Вчера пограничная служба Туркмении закрыла проезд.", [])]
    assert found == ["Пограничная служба Туркмении"]


def test_a_state_adjective_is_no_region_of_a_customs_house():
    from store.extract.passes.bodies import state_adjective_stems
    from store.extract.passes.lowercase_bodies import find_lowercase_bodies

    assert "туркменск" in state_adjective_stems()
    assert find_lowercase_bodies("Туркменская таможня ужесточила досмотр.", []) == []


def test_a_committee_is_found_by_its_bare_name_in_both_languages():
    text = (
        "Комитет ветеринарного контроля и надзора вернул груз. "
        "Ветеринариялық бақылау және қадағалау комитетінің инспекторлары тексерді."
    )
    assert _rows(text) == ["committee-veterinary", "committee-veterinary"]
