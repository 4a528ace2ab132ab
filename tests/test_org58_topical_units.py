"""A parliament's or government's committee is exported under its whole printed name, its
subject included (org58): made-up sentences in the shapes of parliamentary news."""

import pytest

from tests.extracting import bodies


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Законопроект внёс председатель комитета Сената по международным отношениям Ерлан Сайров.",
            "комитет Сената по международным отношениям",
        ),
        (
            "Поправки рассмотрела комиссия Мажилиса по таможенному регулированию и тарифам.",
            "комиссия Мажилиса по таможенному регулированию и тарифам",
        ),
        (
            "Вопрос обсудят в Комитете Госдумы по безопасности на следующей неделе.",
            "Комитет Госдумы по безопасности",
        ),
    ],
)
def test_the_committee_runs_on_over_its_subject(extractor, text, name):
    assert name in bodies(extractor, text)


def test_the_subject_stops_before_a_verb(extractor):
    found = bodies(extractor, "Вчера комитет Мажилиса по финансам одобрил поправки к бюджету.")
    assert "комитет Мажилиса по финансам" in found
    assert not any("одобрил" in n for n in found)


def test_an_adverbial_phrase_after_po_is_no_subject(extractor):
    found = bodies(extractor, "Комитет Сената по итогам встречи направил письмо в правительство.")
    assert not any("по итогам" in n for n in found)


def test_without_the_pass_only_the_parent_is_named(extractor):
    text = "Поправки рассмотрела комиссия Мажилиса по таможенному регулированию и тарифам."
    assert "комиссия Мажилиса по таможенному регулированию и тарифам" not in bodies(
        extractor, text, off=("topical_units",)
    )
