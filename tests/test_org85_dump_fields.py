"""Dumps whose article sits where the first text field is not (org85): a scraper that keeps a
listing's teaser under `text` and the article under `full_text`; Telethon's `message`, a
Telegram photo post's `caption`, 1C-Bitrix's `DETAIL_TEXT`; trafilatura's `source` that is the
page's URL beside the site's name; a Telegram message's channel under `from`. Every sentence
here was written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from store.model import RejectedDoc
from store.reading.parse import parse
from store.reading.read import read_path

FULL = (
    "С 1 марта пункт пропуска «Бахты» будет работать круглосуточно. Решение принял штаб по вопросам "
    "внешней торговли.\n\nКак пояснили в Департаменте государственных доходов по области Абай, на посту "
    "установят второй сканер. Пограничная служба выделит дополнительные наряды."
)


def _one(tmp_path: Path, record: dict):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = read_path(path)
    assert not isinstance(doc, RejectedDoc), doc
    return parse(doc)


def test_full_text_beside_a_teaser_is_the_article(tmp_path):
    a = _one(
        tmp_path, {"title": "Пост продлил часы", "text": "С 1 марта пост работает круглосуточно…", "full_text": FULL}
    )
    assert "Департаменте государственных доходов по области Абай" in a.body
    assert "Пограничная служба выделит" in a.body


def test_a_teaser_the_full_text_holds_is_not_printed_twice(tmp_path):
    teaser = "С 1 марта пункт пропуска «Бахты» будет работать круглосуточно…"
    a = _one(tmp_path, {"title": "Пост продлил часы", "text": teaser, "full_text": FULL})
    assert a.body.count("будет работать круглосуточно") == 1


def test_a_full_text_first_keeps_the_later_fields_out(tmp_path):
    """A text of sixty words or more is the article, whatever a later field holds."""
    long_text = " ".join([FULL] * 2)
    a = _one(tmp_path, {"title": "Пост", "text": long_text, "raw_html": "x", "full_text": long_text + " Лишнее слово."})
    assert "Лишнее слово" not in a.body


def test_message_caption_and_detail_text_are_texts(tmp_path):
    for record in (
        {"_": "Message", "id": 7, "date": "2026-03-02T05:40:00+00:00", "message": FULL},
        {"id": 8, "type": "message", "date": "2026-03-03T11:00:00", "photo": "photos/1.jpg", "caption": FULL},
        {"NAME": "Проверка на посту", "PREVIEW_TEXT": "Проверка на посту.", "DETAIL_TEXT": f"<p>{FULL}</p>"},
    ):
        a = _one(tmp_path, record)
        assert "Департаменте государственных доходов" in a.body, record


def test_bitrix_preview_is_a_lead(tmp_path):
    a = _one(tmp_path, {"NAME": "Пост", "PREVIEW_TEXT": "Штаб продлил часы работы поста.", "DETAIL_TEXT": FULL})
    assert a.body.index("Штаб продлил") < a.body.index("С 1 марта")


def test_source_is_the_site_not_the_url(tmp_path):
    a = _one(
        tmp_path,
        {
            "title": "Пост",
            "text": FULL,
            "source": "https://www.gov.kz/x/1",
            "source-hostname": "Комитет государственных доходов",
        },
    )
    assert a.source == "Комитет государственных доходов"


def test_a_url_is_the_source_when_nothing_names_the_outlet(tmp_path):
    a = _one(tmp_path, {"title": "Пост", "text": FULL, "source": "https://example.kz/news/1"})
    assert a.source  # as before: the address's site


def test_telegram_message_from_is_the_channel(tmp_path):
    a = _one(
        tmp_path, {"id": 9, "type": "message", "date": "2026-02-11T09:00:00", "from": "Zhetysu News", "text": FULL}
    )
    assert a.source == "Zhetysu News"


def test_quotes_escaped_twice_are_read(tmp_path):
    """A text whose quotes kept a backslash (a string JSON-escaped once more) reads them as quotes."""
    text = 'АО \\"НК \\"КазАвтоЖол\\" заключило договор с ТОО \\"Жол Курылыс\\" на ремонт дороги к посту.\nРаботы начнутся в мае.'
    a = _one(tmp_path, {"title": "Договор", "text": text})
    assert '\\"' not in a.body
    assert 'ТОО "Жол Курылыс"' in a.body


def test_a_press_office_signing_under_the_story_is_credited(tmp_path):
    text = (
        "Очередь на «Жана Жол»\nОчередь из 200 машин образовалась у поста «Жана Жол».\n"
        "На трассе работают экипажи полиции.\nПресс-служба ДЧС СКО\nЧитайте также: трассу отремонтируют"
    )
    a = _one(tmp_path, {"title": "Очередь на «Жана Жол»", "text": text, "source": "example.kz"})
    assert "Пресс-служба ДЧС" not in a.body
    assert a.credited == ["пресс-служба ДЧС СКО"]


def test_a_photo_credit_is_no_signature(tmp_path):
    text = (
        "Министрлік бекетті аралады\nМинистрлік өкілдері «Нұр Жолы» бекетіндегі жұмысты тексерді.\n"
        "Тексеру екі күнге созылды.\nФото: Көлік министрлігінің баспасөз қызметі"
    )
    a = _one(tmp_path, {"title": "Министрлік бекетті аралады", "text": text, "source": "example.kz"})
    assert a.credited == []


def test_a_text_under_an_unknown_name_is_the_article(tmp_path):
    a = _one(
        tmp_path, {"headline": "Пост продлил часы", "summary": "Пост будет работать круглосуточно.", "story_text": FULL}
    )
    assert "Департаменте государственных доходов по области Абай" in a.body
    assert a.body.index("Пост будет работать") < a.body.index("С 1 марта")


def test_comments_and_tags_are_not_the_article(tmp_path):
    record = {"title": "Пост", "description": "Короткое описание поста.", "tags": [FULL], "comments": [{"text": FULL}]}
    a = _one(tmp_path, record)
    assert "Департаменте" not in a.body


def test_a_short_unknown_field_is_not_the_article(tmp_path):
    a = _one(tmp_path, {"title": "Пост", "text": FULL, "note": "Материал обновлен. Смотрите также видео."})
    assert "Материал обновлен" not in a.body
