"""perf78: a title read with the body's cue stops early when it names no post (stop 42).

`find_checkpoints(text, wanted_before=n)` may answer [] at once when no post's name starts
before `n`; its caller keeps only the spans starting before `n`, so what it keeps must be what
the whole reading would have given. Checked on titles and cues written for this test, each
title paired with each cue, and through the extractor's title reading.
"""

from __future__ import annotations

import itertools

from store.extract import checkpoints
from store.extract.extractor import Extractor
from store.model import Article

_TITLES = [
    "Очередь на казахстанско-китайской границе растёт",
    "Затора на «Кордае» нет",
    "Хоргос снова принимает фуры",
    "Погода на выходные: в горах снег",
    "Бақты бекеті жөндеуге жабылады",
    "Аэропорт Алматы меняет расписание",
    "Сарыагаш – Жибек жолы: пассажиров стало больше",
    "Аким Жаркента встретился с фермерами",
    "",
]

_CUES = [
    "Водители грузовиков стоят на пункте пропуска «Хоргос» третьи сутки, сообщили в ДПС.",
    "Через КПП «Кордай» за неделю прошли 12 тысяч автомобилей, очередь на выезд около 300 фур.",
    "Пограничники говорят, что машины на границе не задерживают.",
    "«Бақты» бекеті арқылы былтыр 40 мың жүк көлігі өтті, деп хабарлады департамент.",
    "На пункте пропуска «Казыгурт» – «Ташкент» (Узбекистан) открыли новые полосы.",
    "В селе Достык прошёл праздник, гостей угощали пловом.",
]


def _kept(spans: list, n: int) -> list:
    return [(s.start, s.end, s.ref, s.kind, s.name) for s in spans if s.start < n]


def test_early_stop_keeps_what_the_whole_reading_keeps():
    early = 0
    for title, cue in itertools.product(_TITLES, _CUES):
        text = f"{title}\n\n{cue}"
        whole = checkpoints.find_checkpoints(text)
        cut = checkpoints.find_checkpoints(text, wanted_before=len(title))
        assert _kept(cut, len(title)) == _kept(whole, len(title)), text
        early += whole != cut
    assert early  # the cue's own posts are not read again for a title that names none


def test_title_posts_through_the_extractor_unchanged():
    """The extractor's title mentions with the cut equal those of a matcher that reads it all."""
    plain = Extractor()
    whole = Extractor()
    whole.find_checkpoints = lambda text: checkpoints.find_checkpoints(text)  # not the cut's function: no early stop
    for title, cue in itertools.product(_TITLES, _CUES):
        article = Article("t.txt", "t.txt", title, cue, f"{title}\n\n{cue}", language="ru", source="test")
        a = [m for m in plain.extract(article).mentions if m.field == "title" and m.type == "checkpoint"]
        b = [m for m in whole.extract(article).mentions if m.field == "title" and m.type == "checkpoint"]
        assert a == b, title
