"""org94 (issue 15): a body's abbreviation in the short frames border news prints it in — a Kazakh
case ending after a hyphen in a short sentence («КГД-ге», «АСПиР-ке», «КазАвтоЖол-мен»), second in
a Kazakh list before «және» and a body the knowledge base does not know, a body in an oblique case
opening a quoted sentence — found and linked to its row; capital words that name no body (a make
before its driver, a plate's code, a count's currency) not taken for one; abbreviations added to
bodies.csv. Sentences made up here (none copied from a page or from eval)."""

import pytest

from store.extract.extractor import Extractor
from store.lang import kb
from tests.notes import body_organizations


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def bodies(extractor, body: str, title: str = "Жаңалықтар") -> list[tuple[str, str | None]]:
    return body_organizations(extractor, body, title)


@pytest.mark.parametrize(
    ("body", "row"),
    [
        # a Kazakh ending of Russian letters after a hyphen, in a sentence of few Kazakh-letter words
        ("Тасымалдаушылар наурызда КГД-ге ұжымдық өтініш жолдады.", "kgd"),
        ("Жаңа кесте КГД-мен келісілді деп хабарланды.", "kgd"),
        ("Тасымалдаушылар наурызда АСПиР-ке өтініш жолдады.", "aspr"),
        ("Жаңа кесте КазАвтоЖол-мен келісілді деп хабарланды.", "kazavtozhol"),
        ("Ресей мен Қазақстан шекара жұмысын талқылады. Жаңа кесте ФТС-пен келісілді.", "fcs-russia"),
        ("Бұл мәселе ВОЗ-да өткен жиында талқыланды.", "who"),
    ],
)
def test_kazakh_ending_after_letters_in_a_short_sentence(extractor, body, row):
    assert row in {r for _, r in bodies(extractor, body)}


def test_a_russian_staff_word_is_still_the_body_alone(extractor):
    found = bodies(extractor, "КГД-шники проверили каждую фуру на посту.", "Новости")
    assert ("КГД", "kgd") in found or any(r == "kgd" for _, r in found)
    assert not any("шник" in n for n, _ in found)


@pytest.mark.parametrize(
    ("body", "row"),
    [
        ("Жиынға тасымалдаушылар, КГД және облыс әкімдігінің өкілдері қатысты.", "kgd"),
        ("Жиынға тасымалдаушылар, ЕАЭО және облыс әкімдігінің өкілдері қатысты.", "eaeu"),
        ("Жиынға тасымалдаушылар, ҚазАвтоЖол және облыс әкімдігінің өкілдері қатысты.", "kazavtozhol"),
    ],
)
def test_letters_listed_before_a_body_are_a_body_of_their_own(extractor, body, row):
    found = bodies(extractor, body)
    assert row in {r for _, r in found}
    assert not any("және" in n for n, _ in found), found


def test_a_field_joined_by_zhane_stays_one_name(extractor):
    """«Ақпарат және коммуникация басқармасы»: a capitalized field word is no abbreviation."""
    found = bodies(extractor, "Бұл туралы Шекара қызметінің Ақпарат және коммуникация басқармасы хабарлады.")
    assert any("Ақпарат және коммуникация басқармасы" in n for n, _ in found), found


@pytest.mark.parametrize(
    ("body", "row"),
    [
        ("«Қазмортрансфлотта жұмыс жалғасады», — деді қауымдастық төрағасы.", "kazmortransflot"),
        ("«Еуразиялық экономикалық одақта жұмыс жалғасады», — деді қауымдастық төрағасы.", "eaeu"),
    ],
)
def test_a_body_in_an_oblique_case_opening_a_quoted_sentence(extractor, body, row):
    assert row in {r for _, r in bodies(extractor, body)}


def test_a_longer_quoted_name_opened_by_a_body_is_still_no_body():
    """org91's rule stands: «Kaspi Travel» in quotes is a service, not the bank."""
    ex = Extractor(disabled=())
    assert "kaspi" not in {r for _, r in bodies(ex, "Билеты продаются через сервис «Kaspi Travel».", "Новости")}


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("DAF-тің жүргізушісі кезекте бір тәулік тұрды.", "daf"),
        ("MAN-нің жүргізушісі бекетте ұсталды.", "man"),
        ("Бекетте RUS нөмірлі жүк көлігі тоқтатылды.", "rus"),
        ("Бекетте KG нөмірлі жүк көлігі тоқтатылды.", "kg"),
        ("Продажи за месяц выросли на 20%, выручка — 1 млрд CNY.", "cny"),
        ("Базардың айлық табысы 1 млрд USD болды.", "usd"),
        ("За месяц через порт прошло 1200 TEU.", "teu"),
    ],
)
def test_capital_words_that_name_no_body(extractor, body, word):
    assert word not in {n.lower() for n, _ in bodies(extractor, body)}


def test_a_body_the_kb_knows_stays_after_a_count():
    """A count before letters the knowledge base knows as a body does not make them a unit."""
    ex = Extractor(disabled=())
    found = bodies(ex, "Кредит на 500 млн выделил ЕБРР, сообщили в банке.", "Новости")
    assert "ebrd" in {r for _, r in found}


@pytest.mark.parametrize(
    ("body", "row"),
    [
        (
            "Вагоны простаивают: АО «Казтемиртранс» (КТТ) обещает ускорить возврат. КТТ сообщил о графике.",
            "kaztemirtrans",
        ),
        ("Китай и Казахстан договорились о графике. КЖД увеличили число поездов через Алашанькоу.", "china-railway"),
        ("Грузия и Казахстан обсудили транзит. ГЖД готова принять больше контейнеров.", "georgian-railway"),
        ("Russia and Kazakhstan agreed on the schedule. RZD will add trains next month.", "rzd"),
        ("Союз международных автоперевозчиков направил письмо в министерство.", "kazato"),
    ],
)
def test_abbreviations_added_to_bodies(extractor, body, row):
    assert row in {r for _, r in bodies(extractor, body, "Новости")}


def test_added_abbreviations_name_their_source():
    """Each row given an abbreviation here says where it is from (memory, said so)."""
    rows = {r.id: r for r in (f.row for f in kb.forms())}
    import csv
    from pathlib import Path

    with open(Path(kb.__file__).parent.parent / "data" / "bodies.csv", encoding="utf-8") as fh:
        sources = {r["id"]: r["source"] for r in csv.DictReader(fh)}
    for rid in ("kaztemirtrans", "china-railway", "georgian-railway", "rzd", "kazato"):
        assert rid in rows
        assert "org94" in sources[rid] and "memory" in sources[rid]
