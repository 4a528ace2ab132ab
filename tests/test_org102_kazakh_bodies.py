"""org102: Kazakh bodies as the press prints them (issue 15) — a Latin company name in Kazakh
text shown as printed, a region's unit written with «облыстық» or with the region first linked
to its row, a Latin name with its Kazakh kind noun linked, and the chamber «Атамекен» under its
short Kazakh name one body. Made-up sentences through the linker and the knowledge base alone
(no model): each well under 1 s."""

import pytest

from store.extract import extractor as ex
from store.extract import linking
from store.lang import kb


def _linked(text: str) -> list[str]:
    ctx = ex.PassContext(cps=[], cp_index=ex.ByStart([]))
    spans = linking.link_knowledge_base(text, [], ctx)
    return [ctx.names.get((s.start, s.end), "") for s in spans if s.type == "organization"]


@pytest.mark.parametrize(
    "text,name",
    [
        ("«KTZ Express» компаниясының мәліметінше, Достық станциясы арқылы өткен жүк көлемі артты.", "KTZ Express"),
        ("QazaqGaz компаниясы шекара маңындағы ауылдарға газ жеткізуді қалпына келтірді деп хабарлады.", "QazaqGaz"),
    ],
)
def test_a_latin_name_in_kazakh_text_is_shown_as_printed(text, name):
    assert _linked(text) == [name]  # not the row's «"KTZ Express" АҚ» nor its Russian name


def test_a_latin_name_in_russian_text_keeps_the_rows_russian_name():
    text = "Компания KTZ Express запустила новый контейнерный поезд через Достык."
    assert _linked(text) == ["АО «KTZ Express»"]  # org50's convention for Russian text stands


@pytest.mark.parametrize(
    "name,row",
    [
        ("Ақтөбе облыстық мемлекеттік кірістер департаменті", "dgd@obl-aktobe"),
        ("Батыс Қазақстан облыстық мемлекеттік кірістер департаменті", "dgd@obl-west-kz"),
        ("Алматы облысы бойынша ҰҚК Шекара қызметінің департаменті", "border-department@obl-almaty"),
        ("Samruk-Kazyna қоры", "samruk-kazyna"),
        ("«Атамекен» Ұлттық кәсіпкерлер палатасы", "atameken-chamber"),
        ("Маңғыстау облыстық әкімдігі", "akimat-mangystau"),
        ("Алматы қалалық әкімдігі", "akimat-city-almaty"),
        ("ҚР Қаржы министрлігі Мемлекеттік кірістер комитеті", "kgd"),
        ("ҚР Қаржы министрлігі Мемлекеттік кірістер комитетінің Алматы облысы бойынша департаменті", "dgd@obl-almaty"),
    ],
)
def test_kazakh_word_orders_of_a_known_body_find_its_row(name, row):
    assert kb.row_of_printed("organization", name).id == row


@pytest.mark.parametrize(
    "name",
    ["Облыстық мемлекеттік кірістер департаменті", "Жаркент қалалық әкімдігі", "DHL Kazakhstan компаниясы"],
)
def test_no_row_is_guessed_for_what_the_table_does_not_hold(name):
    assert kb.row_of_printed("organization", name) is None  # no region, no town's akimat row, no row


def test_the_chamber_under_its_short_kazakh_name_is_one_body():
    text = "«Атамекен» Ұлттық кәсіпкерлер палатасы тасымалдаушылардың мүддесін қорғайтынын мәлімдеді."
    assert _linked(text) == ["«Атамекен» Ұлттық кәсіпкерлер палатасы"]


def test_a_latin_name_hyphened_to_a_kazakh_ending_in_a_short_kazakh_sentence():
    text = "Тауарлар Wildberries-тен Қорғас арқылы тасымалданады."  # two words with Kazakh letters only
    assert [text[m.start : m.end] for m in kb.find(text) if m.form.row.id == "wildberries"] == ["Wildberries-тен"]


def test_a_latin_name_before_a_hyphen_in_russian_takes_no_kazakh_ending():
    text = "В письме стояло: Wildberries-тен и Ozon-нан."
    assert not [m for m in kb.find(text) if text[m.start : m.end].endswith(("тен", "нан"))]
