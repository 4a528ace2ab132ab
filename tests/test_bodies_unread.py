"""Bodies on text nobody here had read (issue 15, org16): normalization of the words in a
body's name and the precision rules beside the body passes. Every sentence is made up."""

from __future__ import annotations

import pytest

from store.lang.normalize import phrase_nominative


@pytest.mark.parametrize(
    "written, nominative",
    [
        ("Высшего совета по реформам", "Высший совет по реформам"),
        ("Высшим советом", "Высший совет"),
        ("Высшей аттестационной комиссии", "Высшая аттестационная комиссия"),
        ("Крупнейшей компании", "Крупнейшая компания"),
        ("Высочайшего указа", "Высочайший указ"),
    ],
)
def test_a_superlative_keeps_its_own_stem(written, nominative):
    # pymorphy2 files «высший» and «высочайший» under one lexeme; the name keeps its word
    assert phrase_nominative(written) == nominative


@pytest.mark.parametrize(
    "written, thing",
    [
        ("Железные дороги", True),  # a sentence opening on the thing
        ("Железные дороги Казахстана", True),
        ("Государственная граница", True),
        ("Российские железные дороги", False),  # a state's adjective makes it a company's name
        ("Китайские железные дороги", False),
        ("«Железные дороги Якутии»", False),  # quoted: a name
        ("Железные дороги и порты", False),
    ],
)
def test_a_common_phrase_for_a_thing_is_no_body(written, thing):
    from store.extract.linking import _a_common_thing

    assert _a_common_thing(written) is thing


@pytest.mark.parametrize(
    "text, name",
    [
        ('Жол жабылды, деп хабарлайды "Таң 7" телеарнасы.', "Таң 7"),
        ("Бұл туралы «Дала хабары» ақпарат агенттігі жазды.", "Дала хабары"),
        ("«Көктем Логистик» серіктестігі терминал салды.", "Көктем Логистик"),
    ],
)
def test_a_kazakh_kind_after_a_quoted_name_makes_it_a_body(text, name):
    from store.extract.passes.organizations import find_quoted_organizations

    assert [n for _, n in find_quoted_organizations(text, [])] == [name]


def test_a_quoted_post_before_its_kazakh_kind_word_is_no_body():
    from store.extract.passes.organizations import find_quoted_organizations

    assert find_quoted_organizations("«Тасты» өткізу бекеті жабық тұр.", []) == []


def _org_spans(text: str, *names: str):
    from store.extract.ner import NerSpan

    out = []
    for name in names:
        i = text.index(name)
        out.append(NerSpan("organization", i, i + len(name), name))
    return out


def test_a_ministry_after_its_committees_bracketed_initials_is_its_address():
    from store.extract.passes.organizations import pass_bracketed_parents

    text = "Об этом сообщили в Комитете таможенного контроля (КТК) Министерства финансов (МФ) Казахстана."
    spans = _org_spans(text, "Комитете таможенного контроля", "КТК", "Министерства финансов", "МФ")
    kept = [s.text for s in pass_bracketed_parents(text, spans, None)]
    assert kept == ["Комитете таможенного контроля", "КТК"]


def test_a_ministry_the_story_names_on_its_own_stays():
    from store.extract.passes.organizations import pass_bracketed_parents

    text = (
        "Комитет таможенного контроля (КТК) Министерства финансов сообщил о сбое. Министерство финансов это опровергло."
    )
    spans = _org_spans(text, "Комитет таможенного контроля", "КТК", "Министерства финансов")
    assert len(pass_bracketed_parents(text, spans, None)) == 3


def test_a_ministry_after_a_word_that_names_no_body_is_not_its_tail():
    from store.extract.passes.bodies import _join_org_tails

    text = "По поручению Руководства страны Министерства энергетики проведен осмотр."
    spans = _org_spans(text, "Руководства страны", "Министерства энергетики")
    assert [s.text for s in _join_org_tails(text, spans)] == ["Министерства энергетики"]


def test_a_committees_ministry_is_still_its_tail():
    from store.extract.passes.bodies import _join_org_tails

    text = "Сообщили в Комитете таможенного контроля Министерства финансов вчера."
    spans = _org_spans(text, "Комитете таможенного контроля", "Министерства финансов")
    assert [s.text for s in _join_org_tails(text, spans)] == ["Комитете таможенного контроля Министерства финансов"]


@pytest.mark.parametrize(
    "text, name, site",
    [
        ("Фуры ждут на стоянке «Тулпар» у границы.", "Тулпар", True),
        ("Очередь перед КПП «Кара-Суу-автодорожный» выросла.", "КПП «Кара-Суу-автодорожный»", True),
        ("Компания «Тулпар» открыла терминал.", "Тулпар", False),
        ("Сотрудники КПП Пограничной службы проверили грузы.", "Пограничной службы", False),
    ],
)
def test_a_quoted_name_after_a_site_noun_names_the_site(text, name, site):
    from store.extract.linking import _a_site

    assert _a_site(text, _org_spans(text, name)[0]) is site


def test_a_body_closed_on_an_adjective_runs_on_to_its_noun():
    from store.extract.passes.bodies import _with_its_noun

    text = "Начальник Уральского пограничного отряда сообщил о нарушителях."
    (span,) = _org_spans(text, "Уральского пограничного")
    assert _with_its_noun(text, span).text == "Уральского пограничного отряда"


def test_a_body_ending_on_its_noun_stays():
    from store.extract.passes.bodies import _with_its_noun

    text = "Комитет государственных доходов сообщил о сбое."
    (span,) = _org_spans(text, "Комитет государственных доходов")
    assert _with_its_noun(text, span).text == "Комитет государственных доходов"


@pytest.mark.parametrize(
    "text, kept",
    [
        ("В недавней статье в издании «Степная правда» писали об очередях.", True),  # the outlet
        ("Он сыграл главную роль в спектакле «Степная правда».", False),  # a work
    ],
)
def test_a_quoted_name_after_an_outlet_noun_is_no_title_of_a_work(text, kept):
    from store.extract.passes.filters import _titles_a_work

    (span,) = _org_spans(text, "Степная правда")
    assert _titles_a_work(text, span) is not kept


def test_a_cyrillic_site_name_declines_before_its_zone():
    assert phrase_nominative("Лентой.ру") == "Лента.ру"
    assert phrase_nominative("Газеты.Ру") == "Газета.Ру"


def test_the_chamber_in_lowercase_is_still_the_body():
    from store.extract.passes.bodies import find_lowercase_ministries

    text = "Вопрос подняли депутаты мажилиса на заседании."
    assert [n for _, n in find_lowercase_ministries(text, [])] == ["Мажилис"]


@pytest.mark.parametrize(
    "text, name, feast",
    [
        ('Қытайда "Цинмин" – аталар мерекесі тойланады.', "Цинмин", True),
        ("Көрші ел «Цинмин» мерекесін тойлайды.", "Цинмин", True),
        ("Посты закроют на праздник «Цинмин».", "Цинмин", True),
        ("Компания «Цинмин» открыла склад.", "Цинмин", False),
    ],
)
def test_a_quoted_name_by_the_word_for_a_feast_is_the_feast(text, name, feast):
    from store.extract.linking import _a_feast

    assert _a_feast(text, _org_spans(text, name)[0]) is feast


@pytest.mark.parametrize(
    "text, names",
    [
        ("Очереди растут.\n\nИсточник: Степная газета\n\nПодробности позже.", ["Степная газета"]),
        ("Очереди растут.\n\nИсточник: https://example.kz/news/1\n", []),
        ("Источник данных оказался неточным: пресс-служба молчит.", []),
    ],
)
def test_a_source_line_names_the_outlet_a_reprint_cites(text, names):
    from store.extract.passes.organizations import find_quoted_organizations

    assert [n for _, n in find_quoted_organizations(text, [])] == names


@pytest.mark.parametrize(
    "text, name, medium",
    [
        ("Подписывайтесь на наш канал в Telegram и читайте нас.", "Telegram", True),
        ("Поделиться: WhatsApp Telegram VK", "Telegram", True),
        ("Telegram заблокировал аккаунты мошенников.", "Telegram", False),  # the company
        ("Министр написал об этом в Facebook.", "Facebook", False),
    ],
)
def test_a_platform_the_page_is_read_or_shared_on_is_a_medium(text, name, medium):
    from store.extract.linking import _a_medium

    assert _a_medium(text, _org_spans(text, name)[0]) is medium
