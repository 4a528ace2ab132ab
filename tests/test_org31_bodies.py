"""Bodies on text written in the neighbours' languages and in lists of posts (issue 15,
org31): made-up sentences in the shapes real border news prints, run through the whole
extractor. None is taken from an evaluation set."""

import pytest

from store.extract.extractor import Extractor
from store.lang import kb
from tests.notes import names_found


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def orgs(extractor: Extractor, text: str) -> set[str]:
    return names_found(extractor, text)


def test_a_body_named_with_its_state_keeps_the_state_as_printed(extractor):
    """«Кыргызстана» is the state's name, not a clipped «Кыргызской»: the body is not
    renamed to the row's long name, which the article never printed."""
    found = orgs(extractor, "Очередь на выезд растет, сообщила Пограничная служба Кыргызстана в среду.")
    assert found == {"Пограничная служба Кыргызстана"}


def test_a_clipped_word_is_still_spelled_out():
    assert kb._clipped("Погранслужба Кыргызстана", "Пограничная служба Государственного комитета")
    assert not kb._clipped("Пограничная служба Кыргызстана", "Пограничная служба Кыргызской Республики")
    assert kb.names_a_country("Киргизии") and not kb.names_a_country("Кыргызской")


def test_the_kyrgyz_border_service_in_kyrgyz(extractor):
    found = orgs(extractor, "Кыргызстандын Чек ара кызматы өткөрмө бекетте кезек бар экенин билдирди.")
    assert found == {"Кыргызстандын Чек ара кызматы"}


def test_the_uzbek_customs_committee_in_uzbek_cyrillic(extractor):
    found = orgs(extractor, "Божхона қўмитаси маълумотига кўра, постда навбат кузатилмоқда.")
    assert found == {"Божхона қўмитаси"}


def test_the_government_in_english_lower_case(extractor):
    found = orgs(extractor, "The bank and the government of Kazakhstan signed a road loan on Monday.")
    assert "Government of Kazakhstan" in found


def test_an_unknown_quoted_post_in_a_list_of_posts_is_no_body(extractor):
    text = 'Ремонт идет на пунктах пропуска "Капланбек", "Жанатурмыс", "Атамекен" и "Тажен".'
    assert orgs(extractor, text) == set()


def test_a_quoted_company_after_a_list_of_posts_stays_a_body(extractor):
    text = 'На постах "Капланбек" и "Атамекен" работали ТОО "Жолстройсервис" и АО "Казпочта".'
    assert {"Жолстройсервис", "Казпочта"} <= orgs(extractor, text)


def test_a_kazakh_unit_inflected_without_its_possessive_is_read(extractor):
    text = "Жамбыл облысы бойынша Мемлекеттік кірістер департаментке қарасты бекеттерде кезек азайды."
    assert orgs(extractor, text) == {"Жамбыл облысы бойынша Мемлекеттік кірістер департаменті"}


def test_a_kazakh_unit_named_after_its_committee_in_the_nominative(extractor):
    text = "Қаржы министрлігі Мемлекеттік кірістер комитеті кедендік әкімшілендіру департаменті басшысы айтты."
    found = orgs(extractor, text)
    assert "Қаржы министрлігі Мемлекеттік кірістер комитеті кедендік әкімшілендіру департаменті" in found


def test_a_lone_bare_kind_word_is_no_body(extractor):
    assert orgs(extractor, "Біз бұл өтінішті комитетке жібердік.") == set()


def test_a_states_side_is_no_body(extractor):
    text = "Китайская сторона не ответила, а Казахстанская сторона ждет ответа."
    assert orgs(extractor, text) == set()


def test_the_government_in_kyrgyz(extractor):
    text = "Ишканалар Казакстан өкмөтүнүн ыйгарым укуктуу органы тарабынан бекитилет."
    (found,) = orgs(extractor, text)
    assert found in {"Казакстан өкмөтү", "Правительство Республики Казахстан"}  # the government's row, by either name


def test_a_bare_unit_word_before_a_body_leaves_the_body(extractor):
    assert orgs(extractor, "Сотрудники управления Министерства финансов приехали на пост.") == {"Министерство финансов"}


def test_a_sea_port_named_by_its_place_is_no_body(extractor):
    assert orgs(extractor, "Астық Құрық портындағы терминалға жеткізілді.") == set()
    assert orgs(extractor, "Паром ушел в порт Курык утром.") == set()


def test_a_state_bodys_initials_before_aq_are_not_a_firm(extractor):
    assert "АҚ" not in " ".join(orgs(extractor, "Бұл туралы ҚР ҰҚК АҚ хабарлады."))


def test_a_state_after_a_bodys_bracketed_initials_is_part_of_its_name(extractor):
    text = "Пограничная служба Комитета национальной безопасности (КНБ) Казахстана подвела итоги."
    found = orgs(extractor, text)
    assert "Пограничная служба Комитета национальной безопасности Казахстана" in found
    assert not any(n.startswith("Комитета") for n in found)  # the parent inside keeps its own name


def test_a_capital_domain_cited_before_its_correspondent_is_one_outlet(extractor):
    """«… деп хабарлайды BAQ.KZ тілшісі»: the dot inside the domain ends no sentence, so no
    stray «KZ» is read as a second outlet."""
    assert orgs(extractor, "Шекарада кезек азайды, деп хабарлайды QAZ.KZ тілшісі.") == {"QAZ.KZ"}


def test_a_company_row_is_found_without_its_legal_form():
    assert kb.name_without_legal_form("АО «Центр торговли «Северный»") == "Центр торговли «Северный»"
    assert kb.name_without_legal_form("АО «Казпочта»") == ""  # a bare name: a phrase, or the row's own variant
    assert kb.name_without_legal_form("Комитет государственных доходов") == ""


def test_a_lower_case_centre_named_by_its_row_without_the_legal_form(extractor):
    # the post is named besides the centre: an article's only name of the crossing, the centre is
    # the checkpoint alone (centres_as_posts, org74)
    text = (
        "Делегация осмотрела работу международного центра приграничного сотрудничества «Хоргос» утром,"
        " а затем пункт пропуска «Хоргос»."
    )
    assert orgs(extractor, text) == {"Международный центр приграничного сотрудничества «Хоргос»"}
