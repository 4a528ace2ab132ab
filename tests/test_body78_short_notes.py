"""Short notes keep their lines (body78): a post's status in two or three lines is its text.

qa75 saw four ways a short text lost paragraphs: a dateline lead with no final stop taken for
a link teaser, a two-line text wrapped mid-phrase read as a headline over a one-word body, a
record's short second paragraph with no verb left out, and a town in capitals before a full stop
not read as a dateline. The sentences here are my own, written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

from store.reading.credits import find_dateline, strip_dateline
from store.reading.parse import parse
from store.reading.read import read_path


def _read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    docs = read_path(path)
    assert len(docs) == 1 and hasattr(docs[0], "text"), docs
    return parse(docs[0])


def _paragraphs(article) -> list[str]:
    return article.body.split("\n\n")


def test_dateline_lead_without_stop_over_short_line_is_kept(tmp_path):
    page = (
        "<html><head><title>Сарыагаш сегодня</title><body><p>ШЫМКЕНТ, 4 декабря 2026. Пункт пропуска "
        "«Жибек жолы» пропускает легковые машины без задержек<p>Фур немного."
    )
    art = _read(tmp_path, "note.html", page)
    assert _paragraphs(art) == [
        "ШЫМКЕНТ, 4 декабря 2026. Пункт пропуска «Жибек жолы» пропускает легковые машины без задержек",
        "Фур немного.",
    ]
    assert art.dateline == "Шымкент"


def test_dateline_line_is_neither_title_nor_dropped_in_txt(tmp_path):
    art = _read(
        tmp_path, "note.txt", "АТЫРАУ. На посту «Курмангазы» скопились тридцать фур\nЖдать придётся до вечера\n"
    )
    assert _paragraphs(art) == ["АТЫРАУ. На посту «Курмангазы» скопились тридцать фур", "Ждать придётся до вечера"]
    assert not art.title.startswith("АТЫРАУ")


def test_town_in_capitals_is_a_dateline():
    assert find_dateline("ЖАРКЕНТ. Пункт пропуска «Калжат» открыт после ремонта.") == ("Жаркент", None)
    assert strip_dateline("ЖАРКЕНТ. Пункт пропуска «Калжат» открыт.") == "Пункт пропуска «Калжат» открыт."
    assert find_dateline("ҚОНАЕВ. «Нұр жолы» бекеті ашық.")[0] == "Қонаев"


def test_shout_or_body_in_capitals_is_no_dateline():
    assert find_dateline("ВНИМАНИЕ. Пункт пропуска закрыт до утра.") == (None, None)
    assert find_dateline("КГД. Досмотр на посту ускорили.") == (None, None)


def test_kazakh_note_with_town_dateline(tmp_path):
    text = "Бекет ашылды\nШЫМКЕНТ. «Қазығұрт» өткізу бекеті жөндеуден кейін ашылды.\nКезек аз.\n"
    art = _read(tmp_path, "kk.txt", text)
    assert _paragraphs(art) == ["ШЫМКЕНТ. «Қазығұрт» өткізу бекеті жөндеуден кейін ашылды.", "Кезек аз."]
    assert art.dateline == "Шымкент" and art.title == "Бекет ашылды"


def test_two_lines_wrapped_mid_phrase_are_one_sentence(tmp_path):
    art = _read(tmp_path, "wrap.txt", "Движение на посту «Сырым» ограничат с\nпонедельника\n")
    assert art.body == "Движение на посту «Сырым» ограничат с понедельника"


def test_record_keeps_short_second_paragraph_without_verb(tmp_path):
    record = {
        "title": "Колжат работает",
        "content": {
            "rendered": "<p>Пункт пропуска «Колжат» работает в обычном режиме, сообщили пограничники.</p>"
            "<p>Проезд свободный.</p>"
        },
        "date": "2026-12-05",
    }
    art = _read(tmp_path, "feed.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    assert _paragraphs(art)[-1] == "Проезд свободный."


def test_record_text_field_short_second_line(tmp_path):
    record = {"title": "Тажен", "text": "На посту «Тажен» заменили сканер, сообщили таможенники.\nОчередь небольшая."}
    art = _read(tmp_path, "one.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    assert _paragraphs(art) == ["На посту «Тажен» заменили сканер, сообщили таможенники.", "Очередь небольшая."]


def test_chrome_under_a_short_note_stays_out(tmp_path):
    text = "Кайрат открыт\nПункт пропуска «Кайрат» снова принимает грузовики после ремонта, сообщили в КГД.\nФото: пресс-служба КГД\n"
    art = _read(tmp_path, "chrome.txt", text)
    assert "Фото" not in art.body


def test_reader_prompts_and_credits_under_a_short_note_stay_out(tmp_path):
    lead = "На пункте пропуска «Алаколь» досмотр фур теперь занимает полчаса, сообщили таможенники."
    for tail in ("Следите за новостями.", "Ваше мнение", "Пресс-служба ДГД.", "Ранее сообщалось, что на Алак"):
        art = _read(tmp_path, "tail.txt", f"Алаколь ускорил досмотр\n{lead}\n{tail}\n")
        assert art.body == lead, tail
