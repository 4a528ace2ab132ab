"""The Russian-alphabet shortcut in store.reading.language: which paragraphs skip the
classifier, and that every other paragraph still reaches it (made-up sentences)."""

import pytest

from store.reading import language

RUSSIAN = "Вчера вечером водители грузовиков долго ждали своей очереди у пропускного пункта на границе."
KAZAKH = "Шекарадағы өткізу пунктінде жүк көліктерінің кезегі ұзарып кетті деп хабарлады жүргізушілер."
UZBEK = "Чегарада юк машиналари навбати узайиб кетгани ҳақида ҳайдовчилар хабар беришди ва кутишди."
KYRGYZ = "Чек арадагы өткөрүү пунктунда жүк ташуучу унаалардын кезеги узарып кетти деп айдоочулар билдиришти."
KYRGYZ_SHORT = "Чек ара эртең менен жабылат"
UKRAINIAN = "Водії вантажівок довго чекали своєї черги біля пропускного пункту на кордоні вчора ввечері."
RUSSIAN_WITH_BRAND = "Оплатить сбор водители теперь могут через приложение Kaspi прямо в очереди у пропускного пункта."
ENGLISH_WITH_RUSSIAN = (
    "The sign read «Пункт пропуска закрыт» but trucks kept arriving at the border crossing all night."
)
ENGLISH = "Truck drivers waited many hours for their turn at the border crossing yesterday evening."


@pytest.fixture
def no_classifier(monkeypatch):
    """Fail if detect() asks the classifier; the paragraph cache starts empty."""

    def refuse():
        raise AssertionError("the classifier was asked")

    language._detect_sample.cache_clear()
    monkeypatch.setattr(language, "_langid", refuse)
    yield
    language._detect_sample.cache_clear()


@pytest.mark.parametrize("text", [RUSSIAN, RUSSIAN_WITH_BRAND])
def test_long_russian_paragraph_is_decided_without_the_classifier(no_classifier, text):
    assert language.detect(text) == "ru"


@pytest.mark.parametrize(
    "text", [UZBEK, KYRGYZ, UKRAINIAN, ENGLISH, ENGLISH_WITH_RUSSIAN, KYRGYZ_SHORT, "Дата публикации сегодня утром"]
)
def test_other_alphabets_and_short_lines_are_not_taken_for_russian(text):
    assert not language._russian_letters_only(text[: language._SAMPLE])


def test_kazakh_is_decided_by_its_letters_first(no_classifier):
    assert language.detect(KAZAKH) == "kk"


@pytest.mark.parametrize(("text", "expected"), [(UZBEK, "uz"), (ENGLISH, "en")])
def test_the_classifier_still_decides_other_languages(text, expected):
    language._detect_sample.cache_clear()
    assert language.detect(text) == expected


@pytest.mark.parametrize("text", [KYRGYZ, UKRAINIAN])
def test_kyrgyz_and_ukrainian_letters_never_read_as_russian(text):
    """ө ү і are Kazakh letters too: the letter share, older than the shortcut, says kk."""
    language._detect_sample.cache_clear()
    assert language.detect(text) not in (None, "ru")


def test_a_short_line_in_the_russian_alphabet_still_asks_the_classifier(monkeypatch):
    asked = []
    real = language._langid

    def spy():
        asked.append(True)
        return real()

    language._detect_sample.cache_clear()
    monkeypatch.setattr(language, "_langid", spy)
    language.detect("Граница будет закрыта завтра утром")
    language._detect_sample.cache_clear()
    assert asked


@pytest.mark.parametrize("text", [RUSSIAN, RUSSIAN_WITH_BRAND])
def test_shortcut_agrees_with_the_classifier_on_long_russian(text):
    assert language._langid().classify(text[: language._SAMPLE])[0] == "ru"
