"""org71: dump records whose text was escaped twice (JSON escapes or HTML references left as
characters) or kept as a block editor's JSON are read as the text they hold, so the bodies they
name are found. Sentences made up here (none copied from a page or from eval)."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from store.extract.extractor import Extractor
from store.model import RejectedDoc
from store.reading.parse import parse
from store.reading.read import read_path

TITLE = "Пост на границе закрыли на ремонт"
FIRST = "Как сообщили в Комитете государственных доходов, работы выполнит ТОО «Жетысу Жол Курылыс»."
SECOND = "Пропуск грузовиков перенесут на соседний переход до конца месяца."


def _article(tmp_path: Path, record: dict, ensure_ascii: bool = False):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=ensure_ascii) + "\n", encoding="utf-8")
    (doc,) = read_path(path)
    assert not isinstance(doc, RejectedDoc), doc
    return parse(doc)


def _assert_both_paragraphs(body: str) -> None:
    assert "ТОО «Жетысу Жол Курылыс»" in body
    assert body.index("Комитете государственных доходов") < body.index("Пропуск грузовиков")
    assert "\\n" not in body and "&" not in body and "<" not in body


@pytest.mark.parametrize(
    "text",
    [
        # a text JSON-encoded once more: line ends and quotes as «\n» and «\u00ab»
        json.dumps(FIRST + "\n\n" + SECOND, ensure_ascii=True)[1:-1],
        # references escaped twice: «&amp;laquo;»
        html.escape(html.escape(FIRST).replace("«", "&laquo;").replace("»", "&raquo;")) + "\n\n" + SECOND,
        # HTML escaped as text, paragraphs and all
        html.escape(f"<p>{FIRST}</p><p>{SECOND}</p>"),
        # markup whose references were escaped twice
        f"<p>{FIRST.replace('«', '&amp;laquo;').replace('»', '&amp;raquo;')}</p><p>{SECOND}</p>",
    ],
    ids=["json-escapes", "entities-twice", "escaped-html", "html-entities-twice"],
)
def test_text_escaped_twice_is_read_as_its_text(tmp_path, text):
    _assert_both_paragraphs(_article(tmp_path, {"title": TITLE, "text": text}).body)


def test_real_line_ends_keep_a_backslash(tmp_path):
    text = "Файлы лежат в папке C:\\new\\docs.\n\n" + SECOND
    assert "C:\\new\\docs" in _article(tmp_path, {"title": TITLE, "text": text}).body


@pytest.mark.parametrize(
    "body",
    [
        # Sanity's Portable Text: blocks of spans, a link's own children inside
        {
            "body": [
                {
                    "_type": "block",
                    "children": [{"_type": "span", "text": FIRST[:20]}, {"_type": "span", "text": FIRST[20:]}],
                },
                {"_type": "image", "asset": {"_ref": "image-1"}},
                {"_type": "block", "children": [{"type": "link", "children": [{"text": SECOND}]}]},
            ]
        },
        # Strapi's and Slate's blocks
        {"content": [{"type": "paragraph", "children": [{"type": "text", "text": p}]} for p in (FIRST, SECOND)]},
        # Editor.js
        {
            "content": {
                "time": 1767225600000,
                "blocks": [{"type": "paragraph", "data": {"text": p}} for p in (FIRST, SECOND)],
            }
        },
        # Draft.js
        {
            "body": {
                "blocks": [{"key": k, "text": p, "type": "unstyled"} for k, p in (("a1", FIRST), ("b2", SECOND))],
                "entityMap": {},
            }
        },
        # an object holding the text's HTML
        {"body": {"html": f"<p>{FIRST}</p><p>{SECOND}</p>"}},
    ],
    ids=["portable-text", "strapi", "editorjs", "draftjs", "html-object"],
)
def test_block_editor_text_is_read_a_block_a_paragraph(tmp_path, body):
    _assert_both_paragraphs(_article(tmp_path, {"title": TITLE, **body}).body)


def test_editorjs_list_items_are_read(tmp_path):
    blocks = [
        {"type": "paragraph", "data": {"text": SECOND}},
        {
            "type": "list",
            "data": {
                "style": "unordered",
                "items": ["Работы ведет Министерство транспорта.", {"content": FIRST, "items": []}],
            },
        },
    ]
    body = _article(tmp_path, {"title": TITLE, "content": {"blocks": blocks}}).body
    assert "Работы ведет Министерство транспорта." in body and "ТОО «Жетысу Жол Курылыс»" in body


def test_bodies_of_a_text_escaped_twice_are_found(tmp_path):
    text = json.dumps(FIRST.replace("«", "&laquo;").replace("»", "&raquo;") + "\n" + SECOND, ensure_ascii=True)[1:-1]
    article = _article(tmp_path, {"title": TITLE, "text": text})
    names = {m.name for m in Extractor(disabled=()).extract(article).mentions if m.type == "organization"}
    assert any("Жетысу Жол Курылыс" in n for n in names), names
    assert any("Комитет государственных доходов" in n for n in names), names


def test_title_with_the_site_after_it_is_the_printed_headline(tmp_path):
    record = {
        "title": "Пост на границе закрыли на ремонт - Новости Казахстана",
        "text": "Главная / Общество\nПост на границе закрыли на ремонт\n" + FIRST + "\n" + SECOND,
    }
    article = _article(tmp_path, record)
    assert article.title == "Пост на границе закрыли на ремонт"
    names = {m.name.lower() for m in Extractor(disabled=()).extract(article).mentions if m.type == "organization"}
    assert not any("новости" in n for n in names), names


def test_title_that_names_a_source_after_a_dash_stays_whole(tmp_path):
    # the text does not print a shorter headline: the part after the dash is the headline's own
    record = {"title": "Пост на границе закрыли на ремонт - КГД", "text": FIRST + "\n\n" + SECOND}
    assert _article(tmp_path, record).title == "Пост на границе закрыли на ремонт - КГД"


def test_post_whose_title_is_its_whole_text_is_stored_with_its_bodies(tmp_path):
    # exporters of channels and short feeds fill `title` with the post's text
    post = "Министерство транспорта и ТОО «Жетысу Жол Курылыс» открыли объездную дорогу к посту Кольжат."
    article = _article(tmp_path, {"title": post, "text": post})
    assert article.body == post
    names = {m.name for m in Extractor(disabled=()).extract(article).mentions if m.type == "organization"}
    assert any("Жетысу Жол Курылыс" in n for n in names), names


def test_record_whose_text_is_a_short_title_alone_is_still_rejected(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(
        json.dumps({"title": "Новости дня", "text": "Новости дня"}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (doc,) = read_path(path)
    assert isinstance(doc, RejectedDoc) or not parse(doc).body
