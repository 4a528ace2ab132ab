"""A foreign town in -нь the dictionary lacks gets its nominative back from its case (ent76)."""

from store.extract.naming import normalized_name
from store.extract.ner import NerSpan


def test_a_foreign_town_in_the_genitive_gets_its_nominative():
    text = "Вагоны из Сианя пришли на станцию раньше срока."
    start = text.index("Сианя")
    assert normalized_name(NerSpan("location", start, start + 5, "Сианя"), None, text) == "Сиань"


def test_a_foreign_town_in_the_instrumental_gets_its_nominative():
    text = "Автобусы свяжут Шымкент с Сианем будущим летом."
    start = text.index("Сианем")
    assert normalized_name(NerSpan("location", start, start + 6, "Сианем"), None, text) == "Сиань"


def test_a_known_word_in_nya_is_left_to_the_dictionary():
    text = "Туристы приехали из Казани рано утром."
    start = text.index("Казани")
    assert normalized_name(NerSpan("location", start, start + 6, "Казани"), None, text) == "Казань"


def test_a_second_town_after_and_shares_the_preposition():
    text = "Контейнеры идут из Гуйлиня и Тяньцзиня через Достык."
    start = text.index("Тяньцзиня")
    assert normalized_name(NerSpan("location", start, start + 9, "Тяньцзиня"), None, text) == "Тяньцзинь"


def test_a_word_in_nya_without_a_governing_preposition_keeps_its_form():
    text = "Ханя приехала на границу вчера."
    assert normalized_name(NerSpan("location", 0, 4, "Ханя"), None, text) != "Хань"
