"""loc67: places no one named — a Kazakh title's opening common noun («Көлік ағыны …»), read
as Kazakh because the article is, and a surname after «По словам» next to a state, which
the list rule took for one more town. Made-up sentences in the shapes of border news."""

import pytest

from store.model import Article

_KAZAKH_BODY = (
    "Кеше кешке шекара бекетінде жағдай қиындады. Жүргізушілер түні бойы кезекте тұрды. "
    "Тасымалдаушылар жолдың жөнделуін күтіп отыр."
)


def _title_mentions(extractor, title: str, language: str | None) -> set[tuple[str, str]]:
    article = Article(
        file="t.txt", path="t.txt", title=title, body=_KAZAKH_BODY, raw=title + "\n" + _KAZAKH_BODY, language=language
    )
    return {(m.type, m.name) for m in extractor.extract(article).mentions if m.field == "title"}


@pytest.mark.parametrize(
    "title,place,not_place",
    [
        ("Көлік ағыны Орал – Самара жолында азайды", "Орал", "Көлік"),
        ("Жүк тасымалы Павлодар арқылы өсті", "Павлодар", "Жүк"),
    ],
)
def test_a_kazakh_titles_opening_noun_is_no_place(extractor, title, place, not_place):
    found = _title_mentions(extractor, title, "kk")
    assert ("location", place) in found
    assert not any(name == not_place for _, name in found)


def test_a_kazakh_titles_office_staff_are_no_person(extractor):
    found = _title_mentions(extractor, "Кеден қызметкерлері Таразда бас қосты", "kk")
    assert ("location", "Тараз") in found
    assert not any(kind == "person" for kind, _ in found)


def test_a_title_the_reader_took_for_russian_is_not_forced_kazakh(extractor):
    """The switch is the article's language, not the title's words: a Russian title keeps
    its places and reads as before."""
    found = _title_mentions(extractor, "Грузовики из Караганды снова стоят у границы", "ru")
    assert ("location", "Караганда") in found


@pytest.mark.parametrize(
    "text,person_word,place",
    [
        (
            "Премьер Сербии Милош Вучевич прибыл с визитом. По словам Вучевича, Сербия ждет грузы.",
            "Вучевич",
            "Сербия",
        ),
        (
            "Посол Томас Брандт встретился с министром. По мнению Брандта, Германия и Казахстан договорятся.",
            "Брандт",
            "Германия",
        ),
    ],
)
def test_a_named_mans_surname_beside_a_state_stays_a_person(extractor, text, person_word, place):
    article = Article(file="t.txt", path="t.txt", title="", body=text, raw=text)
    mentions = extractor.extract(article).mentions
    found_places = {m.name for m in mentions if m.type == "location"}
    assert place in found_places
    assert not any(name.startswith(person_word) for name in found_places)


def test_villages_listed_together_are_still_places(extractor):
    article_text = "Жители сел Талапты, Акбулак и Егинсу просят отремонтировать дорогу к посту."
    article = Article(file="t.txt", path="t.txt", title="", body=article_text, raw=article_text)
    found = {m.name for m in extractor.extract(article).mentions if m.type == "location"}
    assert {"Талапты", "Акбулак"} <= found


def _body_mentions(extractor, text: str) -> set[tuple[str, str]]:
    article = Article(file="t.txt", path="t.txt", title="", body=text, raw=text)
    return {(m.type, m.name) for m in extractor.extract(article).mentions}


@pytest.mark.parametrize(
    "headline",
    [
        "Шекарадағы кезек",
        "Бекеттегі жағдай",
        "Аудандағы жиын",
        "Жарлық шықты",
    ],
)
def test_a_kazakh_headlines_common_noun_with_its_ending_is_no_place(extractor, headline):
    text = (
        f"{headline}\nҚаржы министрлігінің өкілі «Қалжат» бекетіндегі жүк көліктерінің кезегін азайтуды "
        "тапсырды. Жүргізушілер түні бойы күтті."
    )
    found = _body_mentions(extractor, text)
    assert not any(kind in ("location", "person") and headline.split()[0][:4] in name for kind, name in found)


def test_a_kazakh_town_that_opens_like_a_common_noun_stays(extractor):
    text = "Кентау тұрғындары жаңа жол салуды сұрады. Жүргізушілер түні бойы кезекте тұрды."
    assert ("location", "Кентау") in _body_mentions(extractor, text)


@pytest.mark.parametrize(
    "headline", ["Погранпост в Туркестанской области закрыли на ремонт", "Госдоходы Жамбылской области отчитались"]
)
def test_a_clipped_service_word_opening_a_headline_is_no_place(extractor, headline):
    found = {name for kind, name in _body_mentions(extractor, headline + ". Водители ждут.") if kind == "location"}
    assert not any(name.startswith(("Погран", "Госдох")) for name in found)
    assert any(name.endswith("область") for name in found)


def test_a_towns_akim_named_in_full_is_a_town_and_a_person(extractor):
    text = "Проверка на посту\nАким Жанибека Азамат Кенжебаев проверил подъезд к пункту пропуска «Жаныбек»."
    found = _body_mentions(extractor, text)
    assert ("person", "Азамат Кенжебаев") in found
    assert not any(kind == "location" and "Кенжеба" in name for kind, name in found)


@pytest.mark.parametrize(
    "text,region",
    [
        ("Пресс-служба акимата области Абай сообщила о новых правилах.", "область Абай"),
        ("Жители области Улытау просят открыть автобусный маршрут.", "область Улытау"),
    ],
)
def test_a_2022_region_after_its_word_is_the_region(extractor, text, region):
    found = {name for kind, name in _body_mentions(extractor, text) if kind == "location"}
    assert region in found
    assert "Абай" not in found


@pytest.mark.parametrize(
    "text,wanted,glued",
    [
        ("Автодорога Тараз — Шымкент временно перекрыта. Водители ждут.", "Тараз", "Автодорога"),
        ("Магистраль Актау — Бейнеу расширят к лету. Водители ждут.", "Актау", "Магистраль"),
        ("Город Текели готовится к наплыву туристов. Водители ждут.", "Текели", "Город"),
        ("Регион Улытау получит новые дороги. Водители ждут.", "Улытау", "Регион"),
        ("Река Тобол разлилась у села. Водители ждут.", "Тобол", "Река"),
    ],
)
def test_a_kind_noun_opening_a_sentence_is_no_part_of_the_place(extractor, text, wanted, glued):
    found = {name for kind, name in _body_mentions(extractor, text) if kind == "location"}
    assert wanted in found
    assert not any(name.startswith(glued) for name in found)


def test_a_settlement_read_as_a_person_is_the_place(extractor):
    found = _body_mentions(extractor, "Поселок Жаныбек встречает грузовики. Водители ждут на обочине.")
    assert ("location", "Жаныбек") in found
    assert not any(kind == "person" for kind, _ in found)


def test_a_district_keeps_its_noun(extractor):
    found = {
        name
        for kind, name in _body_mentions(extractor, "Жители района Байзак ждут ремонта дороги.")
        if kind == "location"
    }
    assert not any(name == "Байзак" for name in found)
