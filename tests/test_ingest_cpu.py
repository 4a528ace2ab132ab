"""The ingest's CPU savings keep their answers: made-up words and sentences only."""

from store.lang import lemmas


def test_lemma_parses_each_lowered_form_once():
    """«Таможня», «ТАМОЖНЯ» and «таможня» are one pymorphy2 parse; their lemmas agree."""
    lemmas._folded_lemma.cache_clear()
    forms = ["Таможнями", "ТАМОЖНЯМИ", "таможнями"]
    assert {lemmas.lemma(w) for w in forms} == {"таможня"}
    assert lemmas._folded_lemma.cache_info().misses == 1


def test_lemma_folds_yo_and_keeps_latin_lowered():
    assert lemmas.lemma("Ещё") == lemmas.lemma("еще")
    assert lemmas.lemma("KAZPOST") == "kazpost"
    assert lemmas.lemmatize("Пунктами пропуска X-1") == "пункт пропуск x-1"
