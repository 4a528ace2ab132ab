"""What body78's short notes left (body79): a line wrapped after more prepositions, a district's
name as a dateline, and a prompt to the reader under the last paragraph. The sentences here
are my own, written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.lang.places import is_known_town
from store.reading.credits import find_dateline
from store.reading.hard_wrap import ends_mid_phrase
from store.reading.parse import parse
from store.reading.read import read_path
from store.reading.short_lead import reader_prompt


def _body(tmp_path: Path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    docs = read_path(path)
    assert len(docs) == 1 and hasattr(docs[0], "text"), docs
    return parse(docs[0]).body.split("\n\n")


@pytest.mark.parametrize("word", ["около", "после", "перед", "вокруг", "среди", "вдоль", "вместо", "кроме", "которые"])
def test_line_ending_on_preposition_is_mid_phrase(word):
    assert ends_mid_phrase(f"Фуры стоят {word}")


@pytest.mark.parametrize("line", ["Депутаты против", "Кезек екі сағатқа дейін", "Прошло три дня спустя"])
def test_adverbs_and_kazakh_postpositions_may_end_a_line(line):
    assert not ends_mid_phrase(line)


def test_short_line_wrapped_after_okolo_is_one_sentence(tmp_path):
    body = _body(tmp_path, "wrap.txt", "Машины на посту «Калжат» стоят около\nпяти часов\n")
    assert body == ["Машины на посту «Калжат» стоят около пяти часов"]


@pytest.mark.parametrize("caps,name", [("ТАРБАГАТАЙ", "Тарбагатай"), ("ҚАРАСАЙ", "Қарасай"), ("РАЙЫМБЕК", "Райымбек")])
def test_district_names_are_dateline_places(caps, name):
    assert is_known_town(caps)
    town, _ = find_dateline(f"{caps}. На пункте пропуска «Бахты» грузовики ждут с утра.")
    assert town and town.lower() == name.lower()


def test_shout_in_capitals_is_still_no_dateline():
    assert find_dateline("ВНИМАНИЕ. Пункт пропуска «Тажен» закрыт до обеда.")[0] is None


@pytest.mark.parametrize(
    "line",
    [
        "Следите за нашими новостями.",
        "Подписывайтесь на наш телеграм-канал.",
        "Жаңалықтарды бақылап отырыңыз.",
        "Как часто вы ездите через границу?",
    ],
)
def test_reader_prompts(line):
    assert reader_prompt(line)


@pytest.mark.parametrize(
    "line",
    ["Очередь небольшая.", "Кезек жоқ.", "Планируйте поездку заранее.", "Водителям советуем выбрать другой пост."],
)
def test_story_lines_are_no_prompts(line):
    assert not reader_prompt(line)


def test_prompt_under_last_paragraph_is_left_out(tmp_path):
    page = (
        "<html><body><h1>Кордай: очередь растёт</h1><p>На пункте пропуска «Кордай» к вечеру скопилось около "
        "ста грузовиков, сообщили в погранслужбе.</p><p>Следите за нашими новостями.</p></body></html>"
    )
    assert _body(tmp_path, "page.html", page) == [
        "На пункте пропуска «Кордай» к вечеру скопилось около ста грузовиков, сообщили в погранслужбе."
    ]


def test_advice_to_drivers_stays_the_last_paragraph(tmp_path):
    page = (
        "<html><body><h1>Тажен: ремонт</h1><p>На пункте пропуска «Тажен» во вторник меняют сканер, проверка "
        "грузовиков займёт больше времени, сообщили таможенники.</p><p>Планируйте поездку через пункт заранее.</p>"
        "</body></html>"
    )
    assert _body(tmp_path, "advice.html", page)[-1] == "Планируйте поездку через пункт заранее."


def test_note_keeps_its_status_line_above_a_prompt(tmp_path):
    record = {
        "title": "Алаколь: ремонт",
        "text": "Пункт пропуска «Алаколь» в субботу закрыт на ремонт, сообщили пограничники.\n"
        "Объезд через «Бахты».\nПодписывайтесь на наш канал.",
        "date": "2026-12-05",
    }
    body = _body(tmp_path, "note.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    assert body == [
        "Пункт пропуска «Алаколь» в субботу закрыт на ремонт, сообщили пограничники.",
        "Объезд через «Бахты».",
    ]
