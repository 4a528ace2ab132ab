"""read73: site shapes earlier sets did not use — a theme's site title inside its link home, a
repost whose canonical address points at the site it copied, a press release saved from its
PDF, a Telegram channel exported as HTML, a date printed alone under a plain text's story.
Every page here was written for these tests."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

from store.cli import main
from store.reading.dates import date_only, parse_date
from store.reading.parse import parse
from store.reading.read import read_path

_STORY = [
    "На пункте пропуска «Кольжат» с пятницы открыт второй павильон для пассажиров.",
    "В нем установлены четыре кабины паспортного контроля и зал ожидания на 120 мест.",
    "Пограничники рассчитывают, что время прохождения границы сократится вдвое.",
]
_STORY_KK = [
    "«Қалжат» өткізу пунктінде жолаушыларға арналған екінші павильон ашылды.",
    "Онда төрт төлқұжат бақылау кабинасы және 120 орындық күту залы бар.",
    "Шекарашылар шекарадан өту уақыты екі есе қысқарады деп есептейді.",
]


def _page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def _paras(lines: list[str]) -> str:
    return "".join(f"<p>{x}</p>" for x in lines)


def _read(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [parse(d) for d in read_path(path) if hasattr(d, "text")]


def test_a_site_title_printed_inside_its_link_home_names_the_blog(tmp_path):
    html = _page(
        "<title>Второй павильон на «Кольжате» &#8211; Заметки с границы</title>",
        "<header><p class='site-title'><a href='/'>Заметки с границы</a></p></header>"
        "<article><h1>Второй павильон на «Кольжате»</h1>" + _paras(_STORY) + "</article>",
    )
    (art,) = _read(tmp_path, "blog.html", html)
    assert art.source == "Заметки с границы"


def test_a_site_title_holding_more_than_its_link_is_not_read_from_the_link(tmp_path):
    html = _page(
        "<title>Второй павильон на «Кольжате»</title>",
        "<div class='site-title'><a href='/'>Главная</a> Новости региона и всей страны</div>"
        "<article><h1>Второй павильон на «Кольжате»</h1>" + _paras(_STORY) + "</article>",
    )
    (art,) = _read(tmp_path, "menu.html", html)
    assert art.source != "Главная"


def test_a_repost_belongs_to_the_site_its_frame_signs_not_to_its_canonical_address(tmp_path):
    head = "<title>Второй павильон на «Кольжате»</title><link rel='canonical' href='https://zhetysu-times.kz/news/5'>"
    body = "<article><h1>Второй павильон на «Кольжате»</h1>" + _paras(_STORY) + "</article>"
    (repost,) = _read(tmp_path, "repost.html", _page(head, body + "<footer><p>© 2026 Uigur-info.kz</p></footer>"))
    (own,) = _read(tmp_path, "own.html", _page(head, body + "<footer><p>© 2026 Zhetysu-times.kz</p></footer>"))
    (owner,) = _read(tmp_path, "owner.html", _page(head, body + "<footer><p>© 2026 ТОО «Жетысу Медиа»</p></footer>"))
    assert repost.source == "Uigur-info.kz"
    assert own.source == "zhetysu-times.kz"
    assert owner.source == "zhetysu-times.kz"  # a company alone may own either site: the address stays


def test_a_press_release_is_issued_by_its_letterhead(tmp_path):
    text = (
        "ДЕПАРТАМЕНТ ПОЛИЦИИ\nАЛМАТИНСКОЙ ОБЛАСТИ\n\nПРЕСС-РЕЛИЗ\n\n"
        "г. Конаев                                  «11» ноября 2026 г.\n\n"
        "На «Кольжате» открыт второй павильон\n\n" + "\n\n".join(_STORY) + "\n"
    )
    (art,) = _read(tmp_path, "release.txt", text)
    assert (art.title, art.date, art.source) == (
        "На «Кольжате» открыт второй павильон",
        "2026-11-11",
        "ДЕПАРТАМЕНТ ПОЛИЦИИ АЛМАТИНСКОЙ ОБЛАСТИ",
    )
    assert "ПРЕСС-РЕЛИЗ" not in art.body


def test_a_story_that_mentions_a_press_release_is_no_release(tmp_path):
    text = "Пресс-релиз\n\nНа «Кольжате» открыт второй павильон\n\n" + "\n\n".join(_STORY) + "\n"
    (art,) = _read(tmp_path, "story.txt", text)
    assert art.source is None


def test_an_official_date_with_its_day_in_quotes():
    assert date_only("«05» декабря 2026 г.") == "2026-12-05"
    assert parse_date("г. Тараз «5» желтоқсан 2026 ж.") == "2026-12-05"
    assert parse_date("В «2» декабря 2026 года") == "2026-12-02"


def _telegram_export(channel: str, messages: list[tuple[str, str]]) -> str:
    rows = "".join(
        f"<div class='message default clearfix' id='message{i}'><div class='body'>"
        f"<div class='pull_right date details' title='{stamp}'>{stamp[11:16]}</div>"
        f"<div class='from_name'>{channel}</div><div class='text'>{text}</div></div></div>"
        for i, (stamp, text) in enumerate(messages, 1)
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Exported Data</title></head><body>"
        f"<div class='page_wrap'><div class='page_header'><div class='content'><div class='text bold'>{channel}</div>"
        f"</div></div><div class='page_body chat_page'><div class='history'>{rows}</div></div></div></body></html>"
    )


def test_a_telegram_html_export_gives_one_article_a_message_under_its_channel(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    html = _telegram_export(
        "Шекара тынысы",
        [
            ("14.11.2026 09:05:00 UTC+05:00", "<br>".join(_STORY_KK)),
            ("15.11.2026 18:40:00 UTC+05:00", "<br>".join(_STORY)),
        ],
    )
    (folder / "messages.html").write_text(html, encoding="utf-8")
    db = tmp_path / "s.db"
    main(["ingest", str(folder), "--db", str(db), "--jobs", "1", "--quiet"])
    with closing(sqlite3.connect(db)) as con, con:
        rows = sorted(con.execute("SELECT date, source, title FROM articles"))
    assert [r[:2] for r in rows] == [("2026-11-14", "Шекара тынысы"), ("2026-11-15", "Шекара тынысы")]
    assert all(r[2] != "Exported Data" for r in rows)


def test_a_telegram_html_export_with_no_text_is_one_rejected_line(tmp_path):
    html = _telegram_export("Шекара тынысы", []).replace(
        "<div class='history'>", "<div class='history'><div class='message default clearfix'></div>"
    )
    path = tmp_path / "messages.html"
    path.write_text(html, encoding="utf-8")
    (doc,) = read_path(path)
    assert "no message with text" in doc.reason


def test_a_date_alone_under_the_story_is_its_stamp(tmp_path):
    story = ["Второй павильон на «Кольжате»", *_STORY]
    (stamped,) = _read(tmp_path, "stamped.txt", "\n\n".join([*story, "12 November 2026, 10:15"]) + "\n")
    (bare,) = _read(tmp_path, "bare.txt", "\n\n".join(story) + "\n")
    assert stamped.date == "2026-11-12"
    assert bare.date is None


def test_a_json_telegram_export_still_reads_as_before(tmp_path):
    data = {
        "name": "Шекара тынысы",
        "type": "public_channel",
        "messages": [{"id": 1, "type": "message", "date": "2026-11-14T09:05:00", "text": " ".join(_STORY)}],
    }
    (art,) = _read(tmp_path, "result.json", json.dumps(data, ensure_ascii=False))
    assert (art.date, art.source) == ("2026-11-14", "Шекара тынысы")


def test_a_dateline_whose_city_opens_with_a_kazakh_capital_names_its_agency(tmp_path):
    lead = "Өскемен, 9 қараша 2026 /КазТАГ/ – " + _STORY_KK[0]
    (art,) = _read(
        tmp_path, "wire.txt", "\n\n".join(["«Қалжатта» екінші павильон ашылды", lead, *_STORY_KK[1:]]) + "\n"
    )
    assert (art.source, art.dateline) == ("КазТАГ", "Өскемен")
