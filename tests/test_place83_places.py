"""place83: places on fresh text in the shapes transit news prints them — a post named without
its noun in a corridor («через Хоргос», «Алашаңқоу арқылы Достыққа»), foreign ports, cities and
provinces of the corridors, Kazakh case forms of their names. Sentences made up here, in the shapes
of the news."""

from __future__ import annotations

import pytest

from store.extract.checkpoints import find_checkpoints


def _mentions(extractor, text: str) -> set[tuple[str, str]]:
    from store.model import Article

    article = Article(file="t.txt", path="t.txt", title="", body=text, raw=text)
    return {(m.type, m.name) for m in extractor.extract(article).mentions}


@pytest.mark.parametrize(
    "text,post",
    [
        ("Оттуда товары будут отправлять в Казахстан через Хоргос и Нур жолы.", "Хоргос"),
        ("Оттуда товары будут отправлять в Казахстан через Хоргос и Нур жолы.", "Нур жолы"),
        ("Контейнерный поезд через Урумчи и Хоргос доставит груз в Алматы.", "Хоргос"),
        ("По понедельникам поезд будет проходить через Достык.", "Достык"),
        ("Қытайдан келетін жүк пойыздары Алашаңқоу арқылы Достыққа жетеді, ал кейбірі Достық арқылы жүреді.", "Достық"),
    ],
)
def test_a_post_a_corridor_goes_through_is_the_post_not_a_place(extractor, text, post):
    found = _mentions(extractor, text)
    assert ("location", post) not in found
    assert any(kind == "checkpoint" for kind, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        # no movement in the clause: the name is not asked as a corridor's post
        "В Хоргосе построят новую школу и поликлинику.",
        # a settlement's words around the name say the town (checkpoint_towns.py is asked first)
        "Жители Хоргоса ездят в Жаркент через перевал.",
        # a neighbour's post that bears its region's name is not a corridor's post
        "Перевозчики везут зерно в Узбекистан через Бейнеу и Каракалпакстан.",
        # an ambiguous name (a town, a person's or a word) is not asked: «через Бейнеу» is the town too
        "Выпускники идут через Болашак к новым знаниям.",
        "Автобус Актау — Атырау идёт через Бейнеу.",
    ],
)
def test_no_corridor_post_without_its_shape(text):
    names = {s.surface for s in find_checkpoints(text)}
    assert not names & {"Хоргосе", "Хоргоса", "Каракалпакстан", "Болашак", "Бейнеу"}


@pytest.mark.parametrize(
    "text,place",
    [
        # places.csv: China's provinces the corridors start in (the model cut «Ганьсу» to «Ганьс»)
        ("Из провинции Ганьсу в Казахстан запущен первый контейнерный поезд.", "провинция Ганьсу"),
        ("Поезда из провинции Цзянсу и провинции Хэнань идут в Европу.", "провинция Цзянсу"),
        ("Поезда из провинции Цзянсу и провинции Хэнань идут в Европу.", "провинция Хэнань"),
        ("Шэньси провинциясынан шыққан пойыз Қазақстанға жетті.", "Шэньси провинциясы"),
        # the Kazakh spelling of Türkmenbaşy with «-кі-», as «Түркіменстан»
        ("Енді Жаңаөзеннен Түркіменбашыға баратын жүк көліктері тез өтеді.", "Түркіменбашы"),
        # «а.» (ауыл) and «пгт» before a settlement's name, as «с.», «пос.»
        ("Жители а. Карасу Жамбылского района теперь могут ездить на рынок.", "Карасу"),
        ("Жители а. Акбулак пожаловались на дорогу.", "Акбулак"),
        ("В пгт Сарыозек открыли стоянку.", "Сарыозек"),
    ],
)
def test_corridor_places_and_settlement_abbreviations(extractor, text, place):
    assert ("location", place) in _mentions(extractor, text)


def test_an_upper_case_a_with_a_dot_is_an_initial_not_a_village(extractor):
    found = _mentions(extractor, "Заявление сделал ветеран А. Иванов.")
    assert not any(kind == "location" for kind, _ in found)


def test_a_short_storys_tag_row_is_not_glued_into_its_text():
    """A story under trafilatura's size floor fell back to one glued line that kept the tag row
    («Теги: Хоргос Китай граница») after the story; the second reading, without it, is kept now."""
    from store.reading.read import html_text

    page = (
        "<html><head><title>Очередь сократилась - Новости</title></head><body><header><nav>Алматы · Астана"
        "</nav></header><main><article><h1>Очередь на Нур жолы сократилась</h1><div class='byline'>Автор: "
        "Марат Ибраев</div><p>Водители, которые ждали оформления на пункте пропуска «Нур жолы», сообщают, "
        "что очередь сократилась до 300 машин.</p><p>По данным акимата области Жетісу, на стоянке у Жаркента "
        "работают пункты обогрева.</p><div class='tags'>Теги: <a href='/t/1'>Хоргос</a> <a href='/t/2'>Китай"
        "</a> <a href='/t/3'>граница</a></div></article><aside><h3>Читайте также</h3><ul><li><a href='/n/1'>"
        "В Таразе открыли новый рынок</a></li></ul></aside></main><footer>© Новости, 2026.</footer></body></html>"
    )
    text, _ = html_text(page)
    assert "пункты обогрева." in text
    assert "Теги" not in text and "Китай" not in text
    assert "\n" in text
