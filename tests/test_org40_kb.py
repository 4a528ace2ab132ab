"""Forms org40 gave existing rows of store/data/bodies.csv, from the names the pipeline printed
unlinked over ~800 saved fresh pages: each now names its row, and the Kazakh kind abbreviations
after a quoted name («… АЭА», «… ХШЫО») are found in text. Sentences are made up."""

import pytest

from store.extract.extractor import Extractor
from store.lang import kb
from store.model import Article
from tests.notes import names_found


@pytest.mark.parametrize(
    "name,row",
    [
        ("Пограничная служба Казахстана", "border-service"),
        ("Пограничная служба РК", "border-service"),
        ("«Қазақстан темір жолы» ұлттық компаниясы", "ktz"),
        ("Федеральная таможенная служба России", "fcs-russia"),
        ("Служба национальной безопасности Узбекистана", "uz-sgb"),
        ("Комитет по охране Государственной границы Службы национальной безопасности Узбекистана", "uz-border"),
        ("«Қорғас» халықаралық шекара маңындағы ынтымақтастық орталығы", "mcps-khorgos"),
        ("«Қорғас» ХШЫО", "mcps-khorgos"),
        ("«Қорғас – Шығыс қақпасы» АЭА", "sez-khorgos"),
        ("ҚР ҚМ Мемлекеттік кірістер комитеті", "kgd"),
        ("Комитет ветеринарного контроля и надзора МСХ РК", "committee-veterinary"),
    ],
)
def test_a_printed_form_names_its_row(name, row):
    found = kb.row_named("organization", name)
    assert found is not None and found.id == row


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def orgs(extractor: Extractor, text: str) -> set[str]:
    return names_found(extractor, text)


def test_kazakh_kind_abbreviations_after_a_quoted_name_are_found(extractor):
    assert orgs(extractor, "Делегация «Қорғас» ХШЫО нысандарын аралады.") == {"«Қорғас» ХШЫО"}
    assert orgs(extractor, "Делегация «Қорғас – Шығыс қақпасы» АЭА нысандарын аралады.") == {
        "«Қорғас – Шығыс қақпасы» АЭА"
    }


def test_a_state_inside_a_linked_name_stays_a_place(extractor):
    article = Article(
        file="t.txt", path="t.txt", raw="", title="", body="Об этом сообщила Пограничная служба Казахстана."
    )
    found = {(m.type, m.name) for m in extractor.extract(article).mentions}
    assert ("location", "Казахстан") in found
    assert ("organization", "Пограничная служба Казахстана") in found
