"""perf77: two cheaper ways to the same answers (stop 42).

- checkpoint_work.at_work_words looks for its plain words in the text's lower-case copy and
  asks its case-insensitive pattern only where that cannot tell;
- checkpoints._SENT_END opens with the sentence mark instead of the look-behind.

Each must answer exactly what the pattern it replaces answers: checked here on sentences
written for this test and on random strings over the characters that matter.
"""

from __future__ import annotations

import random
import re

from store.extract import checkpoint_work, checkpoints
from store.extract.checkpoint_work import at_work_words

# The sentence-end pattern as it was before perf77: the look-behind first.
_OLD_SENT_END = re.compile(r"(?<!(?<!\w)[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])[.!?…]\s+(?=[«\"„“A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])|\n\s*\n")

_SENTENCES = [
    "Пост Сарыагаш сегодня ПРОПУСКАЕТ только легковые машины.",
    "На переходе установили новые весы для грузовиков.",
    "Водитель указал в декларации вес груза.",
    "Перевес багажа оплачивается отдельно.",
    "Весной дорогу к перевалу расчистят.",
    "Бекетте жаңа терминал салынады.",
    "ҚАЛЖАТ ҚАЙТА АШЫЛДЫ.",
    "Погода в горах ясная, ветер слабый.",
    "В селе прошёл праздник урожая, гостей угощали пловом.",
    "Шекарашылар кезекші болды.",
    "Ученики сдали экзамены досрочно.",
    "Инспекторы Приняли решение.",
    "Г. Ахметов сказал: «Работа идёт». Затем уехал.\n\nВторой абзац! «Цитата» и т. д. Конец",
    "Т. е. так. Б. Сейткали приехал… Потом А. уехал. Итог? Да",
    "текст с \u1c80 старой буквой в",  # a character `re` equates with «в» though str.lower() does not
    "",
]


def test_at_work_words_answers_as_the_pattern_on_written_sentences():
    for text in _SENTENCES:
        assert at_work_words(text) == bool(checkpoint_work._NEEDLE.search(text)), text


def test_at_work_words_answers_as_the_pattern_on_random_strings():
    rnd = random.Random(77)
    pieces = ["вес", "ВЕС", "Вес", "пропус", "ПРОПУС", "а", " ", "-", "1", "жұмыс", "ЖҰМЫС", "прин", "я", "И", "\u1c80"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        assert at_work_words(text) == bool(checkpoint_work._NEEDLE.search(text)), repr(text)


def test_sentence_ends_are_the_old_patterns():
    for text in _SENTENCES:
        assert [m.span() for m in checkpoints._SENT_END.finditer(text)] == [
            m.span() for m in _OLD_SENT_END.finditer(text)
        ], text


def test_sentence_ends_are_the_old_patterns_on_random_strings():
    rnd = random.Random(42)
    alphabet = 'AaЯяӘә1 .!?…\n«"„“Бб_-'
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
        assert [m.span() for m in checkpoints._SENT_END.finditer(text)] == [
            m.span() for m in _OLD_SENT_END.finditer(text)
        ], repr(text)
