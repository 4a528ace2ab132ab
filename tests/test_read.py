"""Reading files into RawDoc/RejectedDoc: every format, encoding and kind of bad input."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from store.model import RawDoc, RejectedDoc
from store.reading.read import decode, discover, read_path

DATA = Path(__file__).parent / "data"
RU = (
    "Премьер-министр Олжас Бектенов раскритиковал профильные министерства за слабую работу.\n"
    'Реконструкция пункта пропуска "Жибек жолы" завершится в первом полугодии 2026 года.\n'
)


def one(path) -> RawDoc | RejectedDoc:
    docs = read_path(path)
    assert len(docs) == 1, docs
    return docs[0]


# ---------------------------------------------------------------- formats


def test_txt(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(RU, encoding="utf-8")
    doc = one(p)
    assert isinstance(doc, RawDoc) and doc.format == "txt"
    assert doc.file == "a.txt" and doc.path == str(p)
    assert "Жибек жолы" in doc.text and doc.raw == doc.text


def test_unknown_extension_with_text_is_txt(tmp_path):
    p = tmp_path / "note.dat"
    p.write_text(RU, encoding="utf-8")
    assert one(p).format == "txt"


@pytest.mark.parametrize("name", ["kapital_page.html"])
def test_html_main_text_and_meta(name):
    doc = one(DATA / "parse" / name)
    assert doc.format == "html"
    assert "12 гектаров" in doc.text
    for furniture in ("dataLayer", "color:red", "Главная", "Все права защищены"):
        assert furniture not in doc.text
    assert doc.meta["title"] == "Пункт пропуска Бахты получит новый грузовой терминал"
    assert doc.meta["date"] == "2024-11-05"
    assert doc.meta["source"] == "Kapital.kz"
    assert doc.meta["author"] == "Дина Абдрахманова"
    assert "<nav" in doc.raw  # the page itself is kept


def test_htm_and_html_content_in_txt(tmp_path):
    html = (DATA / "parse" / "kapital_page.html").read_text(encoding="utf-8")
    (tmp_path / "p.htm").write_text(html, encoding="utf-8")
    (tmp_path / "saved.txt").write_text(html, encoding="utf-8")
    assert one(tmp_path / "p.htm").format == "html"
    assert one(tmp_path / "saved.txt").format == "html"


def test_jsonl_records_and_bad_lines(tmp_path):
    p = tmp_path / "dump.jsonl"
    lines = [
        json.dumps(
            {"title": "Первая", "text": RU, "date": "2025-01-02", "url": "https://x.kz/1", "source": "X.kz"},
            ensure_ascii=False,
        ),
        "",
        '{"title": "broken", "text": ',
        json.dumps({"title": "Без текста", "url": "https://x.kz/3"}, ensure_ascii=False),
        json.dumps(
            {"headline": "HTML", "body": "<p>Первый абзац.</p><p>Второй <b>абзац</b>.</p><script>x()</script>"},
            ensure_ascii=False,
        ),
        "[1, 2]",
    ]
    p.write_text("\n".join(lines), encoding="utf-8")
    docs = read_path(p)
    assert [d.file for d in docs] == ["dump.jsonl:1", "dump.jsonl:3", "dump.jsonl:4", "dump.jsonl:5", "dump.jsonl:6"]
    first, bad, notext, html, notobj = docs
    assert isinstance(first, RawDoc) and first.format == "json"
    assert first.meta == {"title": "Первая", "date": "2025-01-02", "url": "https://x.kz/1", "source": "X.kz"}
    assert isinstance(bad, RejectedDoc) and bad.reason.startswith("invalid JSON") and bad.file.endswith(":3")
    assert isinstance(notext, RejectedDoc) and "no text" in notext.reason and notext.file.endswith(":4")
    assert isinstance(html, RawDoc) and html.meta["title"] == "HTML"
    assert "Второй абзац." in html.text and "<" not in html.text and "x()" not in html.text
    assert "Первый абзац." in html.text.split("\n")[0]
    assert isinstance(notobj, RejectedDoc) and "not a JSON object" in notobj.reason


def test_json_list_and_object(tmp_path):
    lst = tmp_path / "list.json"
    lst.write_text(
        json.dumps([{"title": "A", "content": RU}, {"title": "B", "text": ""}], ensure_ascii=False), encoding="utf-8"
    )
    a, b = read_path(lst)
    assert a.file == "list.json:1" and isinstance(a, RawDoc) and a.meta["title"] == "A"
    assert b.file == "list.json:2" and isinstance(b, RejectedDoc)
    obj = tmp_path / "obj.json"
    obj.write_text(
        json.dumps({"title": "C", "body": RU, "author": {"name": "Иван Петров"}}, ensure_ascii=False), encoding="utf-8"
    )
    doc = one(obj)
    assert doc.file == "obj.json" and doc.meta["author"] == "Иван Петров"
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(
        json.dumps({"articles": [{"text": RU}, {"text": RU + "!"}]}, ensure_ascii=False), encoding="utf-8"
    )
    assert [d.file for d in read_path(wrapped)] == ["wrapped.json:1", "wrapped.json:2"]


def test_invalid_json_file(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text('{"title": "x", ', encoding="utf-8")
    doc = one(p)
    assert isinstance(doc, RejectedDoc) and doc.reason.startswith("invalid JSON")


def test_directory_recursion_sorted_hidden_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(RU)
    (tmp_path / ".hidden.txt").write_text(RU)
    (tmp_path / "b" / "2.txt").write_text(RU)
    (tmp_path / "a" / "1.txt").write_text(RU)
    (tmp_path / "z.txt").write_text(RU)
    files = discover([tmp_path])
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a/1.txt", "b/2.txt", "z.txt"]
    assert [d.file for p in discover([tmp_path]) for d in read_path(p)] == ["1.txt", "2.txt", "z.txt"]


def test_missing_path_is_reported_not_raised(tmp_path):
    missing = tmp_path / "nope.txt"
    assert discover([missing]) == [missing]
    doc = one(missing)
    assert isinstance(doc, RejectedDoc) and doc.reason == "no such file"


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "cp1251", "koi8_r"])
def test_encodings(tmp_path, encoding):
    p = tmp_path / "enc.txt"
    if encoding == "utf-16-be-bom":
        p.write_bytes(b"\xfe\xff" + RU.encode("utf-16-be"))
    else:
        p.write_bytes(RU.encode(encoding))
    doc = one(p)
    assert isinstance(doc, RawDoc)
    assert doc.text == RU
    assert "\ufeff" not in doc.text


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
@pytest.mark.parametrize("text", ["Привет, мир", "Пункт пропуска Достык открыт.", "Граница с Китаем"])
def test_short_cyrillic_code_pages(encoding, text):
    assert decode(text.encode(encoding)) == text


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty file"),
        (b"   \n\t\n  ", "blank file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF is not supported"),
        (b"\x00\x01\x02\x03binary\x00\x00\xff\xfe\x00" * 50, "binary file"),
        (bytes(range(256)) * 20, "binary file"),
    ],
)
def test_bad_files(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    doc = one(p)
    assert isinstance(doc, RejectedDoc) and doc.reason.startswith(reason), doc.reason
    assert doc.file == "bad.txt"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text(RU)
    p.chmod(0)
    try:
        doc = one(p)
        assert isinstance(doc, RejectedDoc) and doc.reason.startswith("cannot read")
    finally:
        p.chmod(0o644)


def test_multi_megabyte_single_line(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("Пункт пропуска работает в штатном режиме [см. <b>сайт</b>]. " * 60_000, encoding="utf-8")
    assert p.stat().st_size > 3_000_000
    t = time.perf_counter()
    doc = one(p)
    assert isinstance(doc, RawDoc) and len(doc.text) > 3_000_000 // 2
    assert time.perf_counter() - t < 5


def test_controls_removed_brackets_kept(tmp_path):
    p = tmp_path / "hostile.txt"
    p.write_text(
        "Текст [red]не разметка[/] и [/ скобка\x1b]52;c;ZXZpbA==\x07 конец\x07\u202e\x00.\r\nВторая строка",
        encoding="utf-8",
    )
    doc = one(p)
    assert isinstance(doc, RawDoc)
    assert "[red]не разметка[/]" in doc.text and "[/ скобка" in doc.text
    assert not any(c in doc.text for c in "\x1b\x07\u202e\x00\r")
    assert "52;c" not in doc.text and "Вторая строка" in doc.text


def test_read_error_is_reported(tmp_path, monkeypatch):
    """Even as root (where chmod 0 does not stop reads) an OSError becomes one clear line."""
    p = tmp_path / "locked.txt"
    p.write_text(RU)

    import store.reading.read as read_mod

    def deny(path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(read_mod, "open_regular", deny)
    doc = one(p)
    assert isinstance(doc, RejectedDoc) and doc.reason == "cannot read file: Permission denied"


_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="Пункт пропуска «Бахты» открыли после ремонта">
<meta property="og:site_name" content="Example News"></head><body>
<nav><a href="/">Главная</a> <a href="/r">Регионы</a></nav>
<main><article><h1>Пункт пропуска «Бахты» открыли после ремонта</h1>
{date}
<p>Автомобильный пункт пропуска «Бахты» на границе с Китаем снова принимает грузовики после реконструкции, сообщили в КГД.</p>
<p>Пропускная способность выросла до 1000 транспортных средств в сутки, добавили в ведомстве.</p>
</article></main>
<aside><h3>Читайте также</h3><ul><li><a href="/1">Очередь на Таскале выросла</a> <span>12.03.2024</span></li>
<li><a href="/2">Майкапшагай закрыт на ремонт</a> <span>01.02.2024</span></li></ul></aside>
<footer>© 2025 Example News</footer></body></html>"""


def test_html_date_printed_under_the_headline(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(_PAGE.format(date='<div class="date">22 ноября 2025, 10:12</div>'), encoding="utf-8")
    (doc,) = read_path(p)
    assert doc.meta.get("date") == "2025-11-22"


def test_html_without_a_date_does_not_take_a_teasers_date(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(_PAGE.format(date=""), encoding="utf-8")
    (doc,) = read_path(p)
    assert not doc.meta.get("date")
    assert "12.03.2024" not in doc.text


def test_jsonl_is_streamed_with_the_same_records(tmp_path):
    import store.reading.read as read_mod

    lines = [
        json.dumps({"title": f"Запись {i}", "text": f"Пункт пропуска работает, запись {i}."}, ensure_ascii=False)
        for i in range(1, 6)
    ]
    lines.insert(2, "{broken")
    p = tmp_path / "dump.jsonl"
    p.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    whole = read_path(p)
    streamed = list(read_mod.iter_path(p))
    assert [(type(d).__name__, d.file) for d in streamed] == [(type(d).__name__, d.file) for d in whole]
    assert [d.file for d in streamed if isinstance(d, RejectedDoc)] == ["dump.jsonl:3"]
    assert streamed[0].meta["title"] == "Запись 1"
