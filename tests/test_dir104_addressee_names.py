"""dir104: a directive's coordinated addressee names its abbreviated bodies by the knowledge
base's names («Минфин и МВД» → «Министерство финансов и Министерство внутренних дел»), in the
addressee's script; bodies the KB does not know whole, foreign ones and regional templates keep
the letters the text gave. Sentences written for the test."""

from store.extract.directives import find_directives
from store.extract.directives.addressee_names import body_names
from store.model import Mention
from tests.conftest import bench_module


def test_russian_abbreviations_and_clippings_are_written_out():
    assert body_names("МЧС, Минтранс и акимат Жамбылской области") == (
        "Министерство по чрезвычайным ситуациям, Министерство транспорта и акимат Жамбылской области"
    )


def test_kazakh_abbreviations_take_the_kazakh_names():
    assert body_names("ҰҚК мен ІІМ-ге") == "Ұлттық қауіпсіздік комитеті мен Ішкі істер министрлігі"


def test_unknown_foreign_and_phrase_addressees_stay_as_written():
    for to in (None, "Правительство РК", "МВД России", "ДГД", "акиматы Алматинской и Жамбылской областей"):
        assert body_names(to) == to


def test_an_order_to_two_abbreviated_bodies_exports_their_names():
    text = "Премьер-министр Олжас Бектенов поручил Минтрансу и МВД до 1 мая открыть второй пункт пропуска у Хоргоса."
    at = text.index("Олжас")
    by = Mention(type="person", name="Олжас Бектенов", surface="Олжас Бектенов", start=at, end=at + 14)
    bodies = [  # as the organization pass names them: the letters as printed
        Mention(type="organization", name=n, surface=w, start=text.index(w), end=text.index(w) + len(w))
        for w, n in (("Минтрансу", "Министерство транспорта"), ("МВД", "МВД"))
    ]
    (d,) = find_directives(text, [by, *bodies], [(0, len(text))], "2026-11-20")
    assert d.to == "Министерство транспорта и Министерство внутренних дел"


def test_the_fresh_scorer_compares_abbreviations_by_their_names_when_asked():
    fresh = bench_module("dir103_fresh")
    assert not fresh.field_right("Министерство внутренних дел", "МВД")
    assert fresh.field_right("Министерство внутренних дел", "МВД", names=body_names)
