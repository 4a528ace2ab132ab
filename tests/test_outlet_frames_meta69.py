"""The outlet (and the date) of pages that print them only in their frame (meta69): a
regional paper's table layout with no og:site_name (masthead element, logo alt text,
imprint, copyright line), a government portal whose <title> ends in its tagline, a plain
text opening with «Outlet › Rubric» or printing «Outlet | date» under its headline, and a
dump record whose outlet sits in `author`. Every page here is made up for the test."""

from __future__ import annotations

import json
from pathlib import Path

from store.model import RawDoc
from store.reading.outlet_shapes import name_and_date, rubric_trail
from store.reading.parse import parse
from store.reading.read import read_path

_STORY = (
    "<p>Пункт пропуска «Бахты» на границе с Китаем с понедельника принимает грузовики круглосуточно, "
    "сообщили в областном департаменте.</p><p>Раньше оформление шло только днем, и очередь к вечеру "
    "растягивалась на два километра.</p><p>Водители говорят, что ночью граница проходится за час.</p>"
)


def _table_page(top: str = "", foot: str = "", head: str = "") -> str:
    return (
        f"<html><head><title>Бахты работает круглосуточно</title>{head}</head><body><table>"
        f'<tr><td class="top">{top}</td></tr>'
        '<tr><td><a href="/">Главная</a> | <a href="/arh">Архив</a></td></tr>'
        f'<tr><td class="content"><h2>Бахты работает круглосуточно</h2><span>21.11.2026</span>\n{_STORY}</td></tr>'
        f'<tr><td class="bottom">{foot}</td></tr></table></body></html>'
    )


def _parsed(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse(read_path(path)[0])


def _text(text: str):
    return parse(RawDoc(path="page.txt", file="page.txt", text=text, raw=text, format="txt"))


def test_masthead_element_names_the_paper(tmp_path):
    page = _table_page(top='<div class="masthead"><span class="paper-name">Тарбагатайские зори</span></div>')
    art = _parsed(tmp_path, "a.html", page)
    assert art.source == "Тарбагатайские зори"
    assert art.date == "2026-11-21"  # the date alone under the headline of a table layout


def test_logo_alt_text_without_its_slogan(tmp_path):
    page = _table_page(top='<img src="/img/logo.gif" alt="Степной маяк — газета Аягоза">')
    assert _parsed(tmp_path, "b.html", page).source == "Степной маяк"


def test_generic_logo_alt_names_no_outlet(tmp_path):
    page = _table_page(top='<img src="/img/logo.gif" alt="Логотип">')
    assert _parsed(tmp_path, "c.html", page).source is None


def test_imprint_line_of_a_paper(tmp_path):
    foot = "Районная газета «Голос Бахты». Учредитель — ТОО «Медиа-Абай». Тираж 3000."
    assert _parsed(tmp_path, "d.html", _table_page(foot=foot)).source == "Голос Бахты"


def test_copyright_line_in_the_footer(tmp_path):
    page = _table_page(foot="© 2026 Аягозский вестник. Все права защищены.")
    assert _parsed(tmp_path, "e.html", page).source == "Аягозский вестник"


def test_government_portal_gives_the_body_heading_the_page(tmp_path):
    page = (
        "<html><head><title>Бахты работает круглосуточно | Единая платформа интернет-ресурсов государственных"
        ' органов</title><meta property="og:site_name" content="Единая платформа интернет-ресурсов государственных'
        ' органов"></head><body><header><div class="top-line">Департамент государственных доходов по'
        " области Абай</div><nav><ul><li>Новости</li><li>Контакты</li></ul></nav></header><main><h1>Бахты"
        f" работает круглосуточно</h1><div>21 ноября 2026</div>{_STORY}</main></body></html>"
    )
    art = _parsed(tmp_path, "f.html", page)
    assert art.source == "Департамент государственных доходов по области Абай"


def test_site_name_opening_the_rubric_trail():
    assert rubric_trail(["Вести Аягоза › Общество › Граница"]) == "Вести Аягоза"
    assert rubric_trail(["Главная › Новости › Регион"]) is None
    assert rubric_trail(["Курс юаня > 110 тенге на границе"]) is None  # a headline, not a trail
    assert rubric_trail(["Qoǵam › Shekara"]) is None  # one unknown word: a rubric over its subrubric
    art = _text("Вести Аягоза › Граница\nБахты работает круглосуточно\n" + _plain_story())
    assert art.source == "Вести Аягоза"


def test_site_name_and_date_under_the_headline():
    assert name_and_date(["Бахты работает круглосуточно", "Абай таңы | 21.11.2026"]) == "Абай таңы"
    assert name_and_date(["Бахты работает круглосуточно", "Ержан Сапаров | 21.11.2026"]) is None  # a byline
    assert name_and_date(["Бахты работает круглосуточно", "Shekara | 21.11.2026"]) is None  # a rubric
    art = _text("Бахты работает круглосуточно\nАбай таңы | 21.11.2026\n" + _plain_story())
    assert (art.source, art.date) == ("Абай таңы", "2026-11-21")


def _plain_story() -> str:
    return (
        "Пункт пропуска «Бахты» на границе с Китаем с понедельника принимает грузовики круглосуточно.\n"
        "Раньше оформление шло только днем, и к вечеру очередь растягивалась на два километра.\n"
        "Водители говорят, что ночью граница проходится за час.\n"
    )


def test_dump_record_with_the_outlet_in_author(tmp_path):
    rec = {
        "title": "Бахты работает круглосуточно",
        "date": "2026-11-21",
        "link": "https://aggregator.example.net/i/101",
        "author": "Kazinform",
        "text": _plain_story(),
    }
    art = _parsed(tmp_path, "g.jsonl", json.dumps(rec, ensure_ascii=False) + "\n")
    assert (art.source, art.author) == ("Kazinform", None)


def test_dump_record_with_a_person_in_author_keeps_the_link(tmp_path):
    rec = {
        "title": "Бахты работает круглосуточно",
        "date": "2026-11-21",
        "url": "https://www.zakon.kz/6012000-bakhty.html",
        "author": "Ержан Сапаров",
        "text": _plain_story(),
    }
    art = _parsed(tmp_path, "h.jsonl", json.dumps(rec, ensure_ascii=False) + "\n")
    assert (art.source, art.author) == ("Zakon.kz", "Ержан Сапаров")
