"""qa58: the directives' word filter folds a text once for all its words, by str.replace
per Kazakh letter present (str.translate was most of `show КГД`'s time at 100,000
articles); what it finds is unchanged. The texts are made up."""

from __future__ import annotations

from store.db.directive_reads import _directive_where, _fold, _has_all


def test_the_fold_reads_kazakh_letters_as_russian_and_case_away():
    assert _fold("ҚОРҒАС Өткізу Бекеті Үш Әйел Һ Ң І Ұ") == "коргас откизу бекети уш айел х н и у"
    assert _fold(None) == "" and _fold("Ёлка") == "ёлка"


def test_every_word_must_be_in_the_text():
    text = "Тоқаев поручил Комитету государственных доходов ускорить пропуск"
    words = _directive_where("токаев КОМИТЕТУ")[1][0]
    assert _has_all(text, words)
    assert not _has_all(text, _directive_where("токаев таможне")[1][0])
    assert _directive_where("   ") == ("1", [])
