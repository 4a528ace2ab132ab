"""Linking names to the knowledge base (store.lang.kb, store.extract.linking): bodies and
places found in Russian, Kazakh and abbreviated forms with their inflections, named by
their rows; common-noun acronyms and chat platforms are not bodies.
Every sentence here is made up."""

from __future__ import annotations

import pytest

from store.extract import extractor as ex
from store.extract import linking
from store.extract.ner import NerSpan
from store.lang import kb
from store.model import Article
from tests.extracting import kb_rows

# ------------------------------------------------------------------ the matcher


@pytest.mark.parametrize(
    "text, row, written",
    [
        ("Сведения передали в Пограничной службе КНБ вчера.", "border-service", "Пограничной службе КНБ"),
        ("Решение приняло Министерство транспорта на прошлой неделе.", "ministry-transport", "Министерство транспорта"),
        ("Проверку провёл Минтранспорта области.", "ministry-transport", "Минтранспорта"),
        ("Көлік министрлігінің мәлімдеуінше, жол ашылды.", "ministry-transport", "Көлік министрлігінің"),
        ("Бұл туралы Мемлекеттік кірістер комитеті хабарлады.", "kgd", "Мемлекеттік кірістер комитеті"),
        ("Үкіметке ұсыныс жіберілді.", "government", "Үкіметке"),
        ("Данные опубликовал КГД в среду.", "kgd", "КГД"),
        ("Законопроект одобрил Мажилис.", "mazhilis", "Мажилис"),
        ("В Алматинской области прошёл дождь.", "obl-almaty", "Алматинской области"),
        ("Жүргізушілер Ресейге қарай кетті.", "ru", "Ресейге"),
        ("Батыс Қазақстан облысында кезек бар.", "obl-west-kz", "Батыс Қазақстан облысында"),
    ],
)
def test_a_form_is_found_inflected_and_brought_to_its_row(text, row, written):
    assert (row, written) in kb_rows(text)


def test_a_name_is_found_without_the_state_it_is_printed_with_in_the_table():
    assert ("knb", "Комитета национальной безопасности") in kb_rows("Заявление Комитета национальной безопасности.")


def test_abbreviations_count_only_in_capitals_and_ambiguous_ones_not_at_all():
    assert kb_rows("кгд и мажилис в тексте строчными") == []
    assert kb_rows("Пункт АП открыт, МИР тесен.") == []


def test_a_place_adjective_in_kazakh_is_no_mention_of_the_place():
    assert kb_rows("Қазақстандық жүргізушілер күтіп тұр.") == []


def test_the_longest_form_wins_where_forms_overlap():
    assert kb_rows("Батыс Қазақстан облысы") == [("obl-west-kz", "Батыс Қазақстан облысы")]


# ------------------------------------------------------------------ naming


def _forms(row_id: str, *texts: str) -> tuple[kb.Row, list[kb.Form]]:
    fs = [f for f in kb.forms() if f.row.id == row_id and f.text in texts]
    return fs[0].row, fs


def test_a_body_shows_the_longest_form_the_article_printed_in_its_script():
    row, fs = _forms("ministry-transport", "Министерство транспорта", "МТ РК", "Көлік министрлігі")
    assert kb.display_name(row, fs, "ru") == "Министерство транспорта"
    assert kb.display_name(row, fs, "kk") == "Көлік министрлігі"


def test_a_body_named_only_by_its_abbreviation_keeps_it():
    row, fs = _forms("kgd", "КГД")
    assert kb.display_name(row, fs, "ru") == "КГД"


def test_a_country_in_kazakh_is_shown_by_its_short_name():
    row, fs = _forms("kz", "Қазақстан Республикасы")
    assert kb.display_name(row, fs, "kk") == "Қазақстан"
    row, fs = _forms("kg", "Киргизия")
    assert kb.display_name(row, fs, "ru") == "Кыргызстан"


def test_a_country_in_russian_keeps_the_official_long_form_printed():
    row, fs = _forms("cn", "Китайская Народная Республика", "Китай")
    assert kb.display_name(row, fs, "ru") == "Китайская Народная Республика"


# ------------------------------------------------------------------ the passes


def _ctx() -> ex.PassContext:
    return ex.PassContext(cps=[], cp_index=ex.ByStart([]))


def test_a_kazakh_body_the_model_missed_becomes_one_named_span():
    text = "Шекарадағы кезек туралы Қаржы министрлігінің өкілі айтты. Ол Қаржы министрлігі атынан сөйледі."
    ctx = _ctx()
    spans = linking.link_knowledge_base(text, [], ctx)
    names = {ctx.names[(s.start, s.end)] for s in spans}
    assert [s.type for s in spans] == ["organization", "organization"]
    assert names == {"Қаржы министрлігі"}


def test_a_body_the_model_took_for_a_place_becomes_a_body():
    text = "Вчера Мажилис одобрил поправки."
    ctx = _ctx()
    wrong = NerSpan("location", 6, 13, "Мажилис")
    spans = linking.link_knowledge_base(text, [wrong], ctx)
    assert [(s.type, ctx.names[(s.start, s.end)]) for s in spans] == [("organization", "Мажилис")]


def test_a_longer_body_name_holding_a_kb_form_stays():
    text = "Заявление сделало Пограничное управление ФСБ России по Оренбургской области сегодня."
    whole = NerSpan("organization", 18, 75, text[18:75])
    ctx = _ctx()
    spans = linking.link_knowledge_base(text, [whole], ctx)
    assert whole in spans
    # the region the unit serves is still a place of its own, as the references count it
    assert [(s.type, ctx.names[(s.start, s.end)]) for s in spans if s != whole] == [
        ("location", "Оренбургская область")
    ]


def test_a_person_glued_after_a_body_is_cut_off_it():
    text = "Глава Комитета национальной безопасности Арман Сериков выступил."
    glued = NerSpan("organization", 6, 54, text[6:54])
    ctx = _ctx()
    spans = linking.link_knowledge_base(text, [glued], ctx)
    assert [ctx.names[(s.start, s.end)] for s in spans] == ["Комитет национальной безопасности"]


def test_a_body_written_before_its_own_unit_is_one_mention_of_the_unit():
    text = "Бұл туралы ҚР ҰҚК Шекара қызметі хабарлады."
    ctx = _ctx()
    spans = linking.link_knowledge_base(text, [], ctx)
    assert [(s.text, ctx.names[(s.start, s.end)]) for s in spans] == [
        ("ҚР ҰҚК Шекара қызметі", "ҚР ҰҚК Шекара қызметі")
    ]


def test_a_checkpoint_is_never_a_body_or_a_place():
    text = "Через пункт Алматинская область не проходят."

    class _Cp:
        start, end = 12, 31

    ctx = ex.PassContext(cps=[_Cp()], cp_index=ex.ByStart([_Cp()]))
    assert linking.link_knowledge_base(text, [], ctx) == []


@pytest.mark.parametrize("token", ["КПП", "ГУ", "ТОО"])
def test_a_common_noun_acronym_is_no_body(token):
    text = f"Сообщает {token} со ссылкой на источники."
    span = NerSpan("organization", 9, 9 + len(token), token)
    assert linking.acronyms_and_platforms(text, [span], _ctx()) == []


def test_other_short_capitals_stay_bodies_and_a_defined_acronym_too():
    text = "Акционеры РБК и ТОО (товарищество Восток) заявили."
    rbk = NerSpan("organization", 10, 13, "РБК")
    too = NerSpan("organization", 16, 19, "ТОО")
    assert linking.acronyms_and_platforms(text, [rbk, too], _ctx()) == [rbk, too]


def test_a_chat_channel_is_no_body():
    text = "Об этом написал Telegram-канал водителей."
    span = NerSpan("organization", 16, 30, "Telegram-канал")
    assert linking.acronyms_and_platforms(text, [span], _ctx()) == []


def test_a_foreign_body_named_with_its_state_stays_whole():
    """«МИД» alone is Kazakhstan's ministry in the KB: followed by another state it is that
    state's body, kept whole; the state itself, a KB country since names72, is a place
    inside it (as a place inside any linked body stays)."""
    text = "Ноту вручил МИД Литвы в пятницу."
    whole = NerSpan("organization", 12, 21, "МИД Литвы")
    out = linking.link_knowledge_base(text, [whole], _ctx())
    assert [s for s in out if s.type == "organization"] == [whole]
    assert [(s.type, s.text) for s in out if s.type != "organization"] == [("location", "Литвы")]


def test_a_body_called_like_a_country_stays_a_body():
    text = "Сюжет показал телеканал Россия вечером."
    channel = NerSpan("organization", 24, 30, "Россия")
    assert linking.link_knowledge_base(text, [channel], _ctx()) == [channel]


def test_the_passes_are_registered_and_can_be_switched_off():
    assert {"link_knowledge_base", "acronyms_and_platforms"} <= set(ex.pass_names())


def test_a_kazakh_article_gets_its_bodies_and_countries_in_kazakh():
    body = (
        "Көлік министрлігінің хабарлауынша, Қазақстан мен Қытай арасындағы жүк тасымалы артты. "
        "Үкіметке тиісті ұсыныстар жіберілді, деп хабарлады Көлік министрлігі."
    )
    art = Article(file="x.txt", path="x.txt", title="Жүк тасымалы", body=body, raw=body, language="kk")
    ms = ex.Extractor().extract(art).mentions
    orgs = {m.name for m in ms if m.type == "organization"}
    places = {m.name for m in ms if m.type == "location"}
    assert {"Көлік министрлігі", "Үкімет"} <= orgs
    assert {"Қазақстан", "Қытай"} <= places


def test_a_platform_alone_is_a_company():
    text = "Сервис Telegram ввёл новые правила."
    span = NerSpan("organization", 7, 15, "Telegram")
    assert linking.acronyms_and_platforms(text, [span], _ctx()) == [span]


def test_a_place_never_cuts_into_a_person():
    text = "Интервью дал Актау Серикбаев."
    person = NerSpan("person", 13, 28, "Актау Серикбаев")
    assert linking.link_knowledge_base(text, [person], _ctx()) == [person]


def test_a_body_named_after_a_checkpoint_holds_it_and_a_compound_is_no_country():
    text = "Парк построят в СЭЗ «Хоргос – Восточные ворота» казахстанско-китайского типа."

    class _Cp:
        start, end = 21, 27

    ctx = ex.PassContext(cps=[_Cp()], cp_index=ex.ByStart([_Cp()]))
    spans = linking.link_knowledge_base(text, [], ctx)
    assert [(s.type, s.text) for s in spans] == [("organization", "СЭЗ «Хоргос – Восточные ворота»")]


def test_a_place_inside_a_linked_body_stays_a_place():
    text = "Решение правительства РК вышло."
    place = NerSpan("location", 22, 24, "РК")
    ctx = _ctx()
    spans = linking.link_knowledge_base(text, [place], ctx)
    assert [(s.type, s.text) for s in spans] == [("organization", "правительства РК"), ("location", "РК")]


def test_a_person_span_that_is_all_place_becomes_the_place():
    text = "Жүк көліктері Ресей Федерациясына өтті."
    wrong = NerSpan("person", 14, 33, "Ресей Федерациясына")
    ctx = _ctx()
    spans = linking.link_knowledge_base(text, [wrong], ctx)
    assert [(s.type, ctx.names[(s.start, s.end)]) for s in spans] == [("location", "Ресей")]


@pytest.mark.parametrize(
    "text, row",
    [("Фуры шли из Актобе.", "city-aktobe"), ("Фуры шли из Актау.", "city-aktau")],
)
def test_a_city_is_not_taken_for_another_that_shares_its_first_letters(text, row):
    assert [r for r, _ in kb_rows(text)] == [row]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Сообщение дал департамент Пограничной службы КНБ РК по области Абай вчера.",
            "департамент Пограничной службы КНБ РК по области Абай",
        ),
        (
            "Жалобы направили в Департамент государственных доходов по Алматинской области.",
            "Департамент государственных доходов по Алматинской области",
        ),
    ],
)
def test_a_regional_unit_of_a_body_is_one_body(text, name):
    ctx = _ctx()
    spans = linking.link_knowledge_base(text, [], ctx)
    assert [(s.type, ctx.names[(s.start, s.end)]) for s in spans][0] == ("organization", name)
    assert [s.type for s in spans][1:] == ["location"]


def test_a_clipped_variant_is_shown_spelled_out():
    # only the clipped word is spelled out: the text never named the ministry above the committee
    row, fs = _forms("kgd", "Комитет госдоходов")
    assert kb.display_name(row, fs, "ru") == "Комитет государственных доходов"


def test_a_clipped_word_is_spelled_out_in_place():
    row, fs = _forms("border-service", "Погранслужба КНБ")
    assert kb.display_name(row, fs, "ru") == "Пограничная служба КНБ"


def test_a_body_named_with_its_parent_body_stays_whole():
    text = "Приказ подписал Комитет таможенного контроля Министерства финансов вчера."
    whole = NerSpan("organization", 16, 66, text[16:66])
    assert linking.link_knowledge_base(text, [whole], _ctx()) == [whole]


# ------------------------------------------------------------------ international bodies, Kazakh forms


@pytest.mark.parametrize(
    "text, row, written",
    [
        ("Правила перевозок согласуют в ОСЖД ежегодно.", "osjd", "ОСЖД"),
        ("Миссия ООН приехала на границу.", "un", "ООН"),
        ("Перевозчики просят помощи у МСАТ.", "iru", "МСАТ"),
        ("Тексеруді Бас прокуратура бастайды.", "prosecutor-general", "Бас прокуратура"),
        ("Штормовое предупреждение выпустил Казгидромет.", "kazhydromet", "Казгидромет"),
    ],
)
def test_well_known_international_and_state_bodies_are_rows(text, row, written):
    assert (row, written) in kb_rows(text)


def test_a_kazakh_text_shows_a_form_it_printed_without_kazakh_letters():
    text = "Бүгін шекарада кезек бар. Бас прокуратура жақын күндері тексеру бастайды деп хабарланды."
    (match,) = [m for m in kb.find(text) if m.form.row.id == "prosecutor-general"]
    assert kb.display_name(match.form.row, [match.form], "kk") == "Бас прокуратура"


def test_a_news_agency_under_its_full_and_short_name_is_one_body():
    body = "Как передаёт «Интерфакс-Казахстан», у поста стоят фуры. По данным ИФ-Казахстан, очередь растёт."
    art = Article(file="x.txt", path="x.txt", title="Очередь", body=body, raw=body, language="ru")
    ms = ex.Extractor().extract(art).mentions
    assert {m.name for m in ms if m.type == "organization"} == {"Интерфакс-Казахстан"}
