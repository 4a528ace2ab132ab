"""ingest99's cuts in the checkpoints stage (issue 15) decide as before: the road spans a text
writes by its stops, the seaports, and the windows blanked before a kind word is looked for are
what the code before the cut (kept here) gave, on dev and factRu texts and on random strings of
the patterns' pieces; and every character `re` equates with a needle's letter lowers to it
(or is one of needles.py's extras), which is what makes a needle's absence rule a match out."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from store.extract import checkpoint_kinds as ck
from store.extract import checkpoint_not_posts as cnp
from store.extract import checkpoint_seaports as cs
from store.extract import needles
from store.extract.checkpoint_airports import PortSpan, border_in_sentence, speaks_of_border
from store.lang import gazetteer
from tests.conftest import FACTRU_TEXTS

_REPO = Path(__file__).resolve().parent.parent
_FACTRU = FACTRU_TEXTS
_ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def _texts() -> list[str]:
    out = []
    for folder in (_REPO / "eval" / "corpus" / "dev", _FACTRU, _REPO / "sample_data"):
        if folder.is_dir():
            out += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*.txt"))]
    return out


_PIECES = [
    "Шымкент",
    "Сарыагаш",
    "Жибек жолы",
    "Ташкент",
    "Алматы",
    "Қордай",
    "Бишкек",
    " – ",
    " - ",
    "—",
    "-",
    " ",
    "\t",
    "«",
    "»",
    '"',
    "“",
    "”",
    "(",
    ")",
    ", ",
    ". ",
    "\n",
    "автожолы",
    "АВТОЖОЛ",
    "тасжол",
    "автомобиль жолы",
    "трасса",
    "ТРАССЕ",
    "по трассе ",
    "дорога ",
    "Автодорог",
    "маршрут ",
    "шоссе ",
    "поезд",
    "рейс",
    "жол",
    "порт",
    "морском порту",
    "порт Актау",
    "Ақтау теңіз порты",
    "Құрық порты",
    "ПОРТ КУРЫК",
    "Баутино",
    "граница",
    "пограничники",
    "шекара",
    "станция",
    "АЗС",
    "азс ",
    "жанармай құю",
    "станциясы",
    "заправочная станция",
    "железнодорожным или авиатранспортом",
    "поездом или самолётом",
    "Самолет и поезд",
    "теміржол немесе әуе",
    "ӘУЕ не теміржол",
    "-железнодорожный",
    " – автодорожный",
    "—автокөлік",
    "-темір жол",
    "Автомобильный",
    "ᲀ",
    "ı",
    "İ",
    "ſ",
    "K",
    "Ӏ",
    "x",
    "1",
]


def _random_strings(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14))) for _ in range(n)]


def _route_strings(n: int, seed: int) -> list[str]:
    """Roads written by their stops, each part picked at random: a noun or none before, quotes or
    none, three or four stops with dashes, a road noun, a rail word or none after."""
    rng = random.Random(seed)
    stops = ["Шымкент", "Сарыагаш", "Жибек жолы", "Ташкент", "Қордай", "Алматы", "Orsk", "ҚХР шекарасы", "ᲀтырау"]
    befores = ["", "по трассе ", "маршрут ", "ШОССЕ ", "автодорога ", "поезд ", "рейс ", "дорогой ", "трассы «"]
    afters = ["", " автожолы", " АВТОЖОЛ", " тасжолы", " автомобиль жолы", " жолы", " дорога", " трассасы", "."]
    seps = [" – ", " - ", "—", "-", " —\t", " ,"]
    out = []
    for _ in range(n):
        q = rng.choice(["", "«", '"', "“"])
        close = {"«": "»", '"': '"', "“": "”", "": ""}[q] if rng.random() < 0.8 else ""
        names = [rng.choice(stops) for _ in range(rng.randint(2, 4))]
        sep = rng.choice(seps)
        body = "".join(n + (sep if rng.random() < 0.9 else rng.choice(seps)) for n in names[:-1]) + names[-1]
        out.append(rng.choice(befores) + q + body + close + rng.choice(afters))
    return out


# --- the code before the cuts ---------------------------------------------------------------


def _old_route_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in cnp._ROUTE.finditer(text):
        before = text[max(0, m.start() - 25) : m.start()]
        if cnp._ROAD_AFTER.match(text, m.end()) or cnp._ROAD_BEFORE.search(before):
            out.append(m.span("route"))
    out += [
        m.span("route")
        for m in cnp._BARE_ROUTE_AFTER_NOUN.finditer(text)
        if not cnp._RAIL_NEAR.search(text, max(0, m.start() - 80), m.start())
    ]
    out += [m.span("route") for m in cnp._BARE_ROUTE.finditer(text) if cnp._KK_ROAD_NOUN_AFTER.match(text, m.end())]
    return out


def _old_find_seaports(text: str) -> list[PortSpan]:
    if not text or not needles.may_hold(text, cs.NOUN_WORDS) or not speaks_of_border(text):
        return []
    found: dict[int, PortSpan] = {}
    for rx, ref, _needle in cs._patterns():
        for m in rx.finditer(text):
            start, end = m.span(1)
            if start in found or not border_in_sentence(text, start):
                continue
            row = gazetteer.get(ref)
            found[start] = PortSpan(start, end, text[start:end], ref, row.name_ru if row else "")
    return [found[k] for k in sorted(found)]


def _old_last_cue(window: str) -> tuple[str | None, int]:
    best, best_start, best_end = None, -1, -1
    for label, rx in ck.KIND_CUES:
        for m in rx.finditer(window):
            if m.start() > best_start:
                best, best_start, best_end = label, m.start(), m.end()
    return best, best_end


def _old_blank(rx: re.Pattern, text: str) -> str:
    return rx.sub(lambda m: " " * len(m.group()), text)


# --- the tests --------------------------------------------------------------------------------


def test_needle_letters_are_what_re_equates_with_them():
    words = list(cnp._ROUTE_NEEDLES + cnp._BARE_ROUTE_NEEDLES + cnp._KK_ROAD_NEEDLES)
    words += [w for ws in ck._BLANK_NEEDLES.values() for w in ws]
    words += [w for _, _, ws in cs._patterns() for w in ws]
    letters = {ch for w in words for ch in w}
    assert all(ch == ch.lower() for ch in letters)
    for letter in letters:
        for ch in re.compile(re.escape(letter), re.IGNORECASE).findall(_ALL):
            assert ch.lower() == letter or needles._CASE_EXTRAS.fullmatch(ch), (letter, ch)
    cue_letters = {ch for ws in ck._CUE_NEEDLES.values() for w in ws for ch in w}  # Latin ones too
    assert all(ch == ch.lower() for ch in cue_letters)
    for letter in cue_letters:
        for ch in re.compile(re.escape(letter), re.IGNORECASE).findall(_ALL):
            assert ch.lower() == letter or ck._CUE_EXTRAS.fullmatch(ch), (letter, ch)


_CUE_PIECES = [
    "железнодорожный",
    "ЖДПП",
    "станция",
    "ветка",
    "поезд",
    "поездка",
    "пойыз",
    "Ж/Д",
    "темір жол",
    "Rail",
    "станса",
    "железной дороги",
    "линия «",
    "межгосударственный стык",
    "стыки «Сары",
    "стык Европы",
    "түйісу пункті",
    "темир йўл",
    "TEMIR yo",
    "туташ нуқта",
    "tutash nuqta",
    "автомобильный",
    "Автодорожный",
    "МАПП",
    "ДАПП",
    "АПП",
    "автопереход",
    "ROAD",
    "road surface",
    "автокөлік",
    "автопункт",
    "грузопассажирский",
    "автомобиль",
    "автомобильдік",
    "автожол",
    "Avtomobil",
    "пассажирский",
    "пешеходный",
    "пассажирские автобусы",
    "грузопассажирск",
    "жолаушылар өткізу",
    "жаяу жүргіншілер өткізу",
    "для грузового автотранспорта",
    "для фур",
    "принимает только фуры",
    "большегрузов",
    "жүк көліктеріне арналған",
    "для пешеходов",
    "пропускает только пешеходов",
    "жаяу жүргіншілерге ғана арналған",
    "и пешеходов",
    " ",
    "\n",
    ", ",
    "«",
    "»",
    "ı",
    "İ",
    "ſ",
    "ᲀ",
    "RAİL",
    "тур",
    "x",
    "А",
]


def test_last_cue_as_before():
    rng = random.Random(993)
    windows = ["".join(rng.choice(_CUE_PIECES) for _ in range(rng.randint(1, 8))) for _ in range(30_000)]
    for text in _texts():
        windows += [text[i : i + 80] for i in range(0, len(text), 47)]
    found = 0
    for w in windows:
        old = _old_last_cue(w)
        assert ck._last_cue(w) == old, w
        found += old[0] is not None
    assert found > 10_000


def test_every_sea_row_has_its_town_as_needle():
    pats = cs._patterns()
    assert len(pats) >= 6 and all(n for _, _, n in pats)  # the rows' towns are Cyrillic: every pattern gated
    assert cs._needle("Aktau") == () and cs._needle("Ақтау") == ("ақтау",)


def test_route_spans_as_before():
    texts = _texts()
    assert len(texts) > 60  # dev and the samples alone (a clean clone has no factRu): 68
    hits = 0
    for text in texts + _random_strings(20_000, 99) + _route_strings(20_000, 98):
        old = _old_route_spans(text)
        assert cnp.route_spans(text) == old, text[:200]
        hits += bool(old)
    assert hits > 300  # the random strings write routes: the comparison is not of empty lists


def test_seaports_as_before():
    hits = 0
    for text in _texts() + _random_strings(20_000, 991):
        old = _old_find_seaports(text)
        assert cs.find_seaports(text) == old, text[:200]
        hits += bool(old)
    assert hits > 100


def test_blanked_windows_as_before():
    rxs = (ck._GLUED_KIND_WORD, ck._FUEL_STATION, ck._TRAVEL_MODES)
    changed = 0
    windows = _random_strings(20_000, 9)
    for text in _texts():
        windows += [text[i : i + 80] for i in range(0, len(text), 37)]
    for w in windows:
        for rx in rxs:
            old = _old_blank(rx, w)
            assert ck._blank(rx, w) == old, (rx.pattern[:30], w)
            changed += old != w
    assert changed > 1000


def test_part_may_hold_keeps_the_whole_texts_copy():
    text = "Пограничники на трассе"
    assert needles.may_hold(text, ("трасс",))
    kept = needles._ASKED[1]
    assert needles.part_may_hold("ТРАССА", ("трасс",)) and not needles.part_may_hold("дорога", ("трасс",))
    assert needles.part_may_hold("\u1c80", ("в",))  # an extra is never ruled out
    assert needles._ASKED[0] is text and needles._ASKED[1] is kept


def test_sentence_cues_are_the_list_they_replace():
    from store.extract import checkpoints as cp

    for text in _texts()[:200] + _random_strings(3_000, 994):
        ends = [0] + [m.end() for m in cp._SENT_END.finditer(text)] + [len(text)]
        for s, e in zip(ends, ends[1:], strict=False):
            old = [m.span() for m in cp._LOCAL_CUE.finditer(text, s, e)]
            cues = cp._SentenceCues(text, s, e)
            assert next(iter(cues), None) == (old[0] if old else None)  # asked as far as the first
            assert list(cues) == old and list(cues) == old  # then in full, twice


def test_checkpoints_as_with_the_cues_listed_at_once(monkeypatch):
    from store.extract import checkpoints as cp

    texts = _texts()
    lazy = [cp.find_checkpoints(t) for t in texts]

    class Listed(list):
        def __init__(self, text, start, end):
            super().__init__(m.span() for m in cp._LOCAL_CUE.finditer(text, start, end))

    monkeypatch.setattr(cp, "_SentenceCues", Listed)
    assert [cp.find_checkpoints(t) for t in texts] == lazy
    assert sum(map(len, lazy)) > 200
