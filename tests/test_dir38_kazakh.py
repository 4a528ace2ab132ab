"""Kazakh directive shapes met on fresh pages (s37, dir38), on made-up sentences of the same shape."""

import pytest

from tests.notes import directive_extractor, directives


@pytest.fixture(scope="module")
def extractor():
    return directive_extractor()


def test_first_person_order_speaker_named_after_the_quote_goes_on(extractor):
    """«… тапсырамын. Келесі аптаға дейін бітіріңіздер, – деді Үкімет басшысы»: the
    attribution closing the quote, two sentences on, names the giver."""
    body = (
        "Премьер-министр Олжас Бектенов Үкімет отырысын өткізді.\n\n"
        "Бекеттердегі жұмыс баяу жүріп жатыр. Осыған орай Жетісу, Абай және Ұлытау облыстарының әкімдеріне "
        "кіреберіс жолдардың жөнделуін бақылауға алуды тапсырамын. Келесі аптаға дейін бітіріңіздер, "
        "- деді Үкімет басшысы."
    )
    [d] = directives(extractor, body)
    assert d.by == "Олжас Бектенов"
    assert d.to == "Жетісу, Абай және Ұлытау облыстарының әкімдері"
    assert d.what == "кіреберіс жолдардың жөнделуін бақылауға алу"


def test_first_person_order_without_attribution_has_no_giver(extractor):
    body = "Бекеттердегі жұмыс баяу жүріп жатыр. Көлік министрлігіне жолды жөндеуді тапсырамын."
    assert directives(extractor, body) == []


def test_generic_post_is_the_specific_one_named_before(extractor):
    """Nobody named holds the post: «өңір басшысы» speaking later is the «облыс әкімі» of the
    first order, so both orders have one giver."""
    body = (
        "Ауылға барған облыс әкімі көпірді қалпына келтіруді тапсырды.\n\n"
        "«Материалдың көлемін анықтап, жұмысты жеделдетуді тапсырамын», – деді өңір басшысы."
    )
    d1, d2 = directives(extractor, body)
    assert d1.by == d2.by == "Облыс әкімі"
    assert d2.what.endswith("жұмысты жеделдету")


def test_two_specific_posts_keep_the_generic_one_as_written(extractor):
    body = (
        "Кеңеске облыс әкімі мен аудан әкімі қатысты. Облыс әкімі көпірді жөндеуді тапсырды. "
        "Әкім жолды кеңейтуді тапсырды."
    )
    assert [d.by for d in directives(extractor, body)] == ["Облыс әкімі", "Әкім"]


def test_commission_giver_written_in_the_genitive(extractor):
    """«облыс әкімі Е.Серікбаевтың тапсырмасына сәйкес … әзірленді»: the giver is the name
    written in the genitive, which the model may miss."""
    body = "Облыс әкімі Е.Серікбаевтың тапсырмасына сәйкес аудандық жолдарды бес жылға жөндеу жоспары әзірленеді."
    [d] = directives(extractor, body)
    assert d.by.endswith("Серікбаев")
    assert "жөндеу жоспары әзірленеді" in d.what


def test_subject_goes_on_from_the_sentence_before(extractor):
    """A sentence with no subject continues the one before; «өңір басшысы» is the oblast's
    akim, not the district akim named in between."""
    body = (
        "Жетісу облысының әкімі Бейбіт Исабаев Сарқан ауданына барды. Аудан әкімі Ерлан Сейітов "
        "жол жөндеу жоспарын таныстырды.\n\n"
        "Өңір басшысы көпірдің маңызды екенін атап өтті. Кіреберіс жолдарды қадағалауда ұстауды тапсырды."
    )
    [d] = directives(extractor, body)
    assert d.by == "Бейбіт Исабаев"
    assert d.what == "Кіреберіс жолдарды қадағалауда ұстау"


def test_subject_is_not_carried_over_a_paragraph_break(extractor):
    body = "Өңір басшысы көпірдің маңызды екенін атап өтті.\n\nКіреберіс жолдарды қадағалауда ұстауды тапсырды."
    assert directives(extractor, body) == []


def test_head_of_state_named_only_in_another_case(extractor):
    """The article names the President only as the one reported to («Тоқаевқа»): «Мемлекет
    басшысы» is still he, through the table of heads of state."""
    body = (
        "Қасым-Жомарт Тоқаевқа шекарадағы жағдай туралы баяндалды. "
        "Мемлекет басшысы министрге бекеттердегі кезекті азайту жұмыстарын жалғастыруды тапсырды."
    )
    [d] = directives(extractor, body)
    assert d.by == "Қасым-Жомарт Тоқаев" and d.to == "министр"


def test_first_person_past_order(extractor):
    body = (
        "«Жолдардың сапасы сын көтермейді. Үкіметке шекара бекеттеріне баратын жолдарды жөндеуді тапсырдым», "
        "- деп жазды Қасым-Жомарт Тоқаев."
    )
    [d] = directives(extractor, body)
    assert d.by == "Қасым-Жомарт Тоқаев" and d.to == "Үкімет"
    assert d.what == "шекара бекеттеріне баратын жолдарды жөндеу"


def test_commission_keeps_the_subject_written_before_the_giver(extractor):
    """«Жаңа бекет Мемлекет басшысының тапсырмасы бойынша … салынды»: what was built is the
    subject and the predicate around the giver; the outlet's attribution is left out."""
    body = (
        "Қасым-Жомарт Тоқаев Алакөлге барды.\n\n"
        "Жаңа бекет Мемлекет басшысының тапсырмасы бойынша жүргізушілердің қауіпсіздігі үшін салынбақ, "
        "деп хабарлайды тілші."
    )
    [d] = directives(extractor, body)
    assert d.by == "Қасым-Жомарт Тоқаев"
    assert d.what == "Жаңа бекет жүргізушілердің қауіпсіздігі үшін салынбақ"


def test_obligation_laid_on_a_body_with_the_speaker_named_after(extractor):
    body = (
        "Премьер-министр Олжас Бектенов Үкімет отырысын өткізді.\n\n"
        "Министрлік бекеттердегі кезекті қысқа мерзімде азайтуға тиіс. Бұл мәселе бақылауда болады, "
        "- деді Олжас Бектенов."
    )
    [d] = directives(extractor, body)
    assert d.by == "Олжас Бектенов" and d.to == "министрлік"  # a common noun, lowercased as «облыс әкімдіктері»
    assert d.what == "бекеттердегі кезекті қысқа мерзімде азайту"


def test_obligation_of_people_not_a_body_orders_nothing(extractor):
    body = "Жүргізушілер бекетте кезек тәртібін сақтауға тиіс, - деді Олжас Бектенов."
    assert directives(extractor, body) == []


def test_noun_in_the_dative_is_no_womans_surname(extractor):
    """«Президенті Жолдауына» is the address's dative, not a woman named «Жолдауына»."""
    body = (
        "Бұл туралы ҚР Президенті Жолдауына айтты.\n\nМемлекет басшысы Үкіметке шекара бекеттерін жаңғыртуды тапсырды."
    )
    [d] = directives(extractor, body)
    assert d.by != "Жолдауына"
