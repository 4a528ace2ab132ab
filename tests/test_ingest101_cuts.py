"""Stop 49 ingest101's cuts in the checkpoints stage (issue 15) decide as before: the candidates
the word loop finds, the kind read right after a name, and the kinds a sentence or paragraph
speaks of are what the code before the cut (kept here) gave, on dev and factRu texts, on
articles of bench/make_corpus.py (the generated corpus `bench/ingest_throughput.py` reads), and
on random strings of the patterns' pieces; every character `re` equates with a new needle's
letter lowers to it or is one the window is then searched whole for."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from store.extract import checkpoint_context_kinds as cck
from store.extract import checkpoint_kinds as ck
from store.extract import checkpoint_not_posts as cnp
from store.extract import checkpoints as cp
from store.extract.checkpoint_names import KEY, TOKEN, fold, names_by_prefix
from store.extract.checkpoint_not_posts import (
    end_of_a_road,
    first_name_of_person,
    in_the_town,
    kazakh_common_noun,
    place_by_its_words,
    station_of_road_post,
    town_of_its_people,
    zone_named_after_post,
)
from store.extract.checkpoint_sides import GLUED_KIND, home_first
from store.lang import gazetteer
from tests.conftest import exact_count, exact_floor, exactness_texts

_REPO = Path(__file__).resolve().parent.parent
_ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> list[str]:
    """dev, factRu (when present), the samples, and 150 generated txt articles."""
    return exactness_texts(tmp_path_factory.mktemp("gen101"), seed=101, formats=("txt",))


# ---- the code before the cuts ------------------------------------------------------------


def _old_candidates(text, tokens, villages=None):
    table = names_by_prefix()
    out = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        word = tok.group()
        if not word[0].isupper():
            i += 1
            continue
        entries = table.get(fold(word)[:KEY])
        found = None
        for name in entries or ():
            hit = cp._match_at(tokens, i, text, name)
            if hit is None:
                continue
            last, adjective = hit
            if adjective and not cp._head_follows(tokens, last):
                continue
            found = (last, name)
            break
        if (
            found is not None
            and villages is not None
            and (
                cp._village_named(tokens, i, found[0], text)
                or town_of_its_people(text, tok.start(), tokens[found[0]].end())
            )
        ):
            villages.add(id(found[1]))
        if (
            found is None
            or cp._blocked(tokens, i, text, found[0])
            or station_of_road_post(text, tok.start(), tokens[found[0]].end(), found[1])
            or end_of_a_road(text, tok.start(), tokens[found[0]].end())
            or in_the_town(tokens, i, found, text)
            or place_by_its_words(text, tok.start(), tokens[found[0]].end())
            or kazakh_common_noun(text, tok.start(), tokens[found[0]].end())
            or found[0] == i
            and first_name_of_person(tokens, i, text, table)
        ):
            i += 1
            continue
        last, name = found
        ambiguous = name.former or any(c.ambiguous for c in home_first(name.refs))
        end, kind = tokens[last].end(), None
        glued = GLUED_KIND.match(text, end)
        if glued:
            end, kind = glued.end(), "road" if glued.group(1) else "rail"
            while last + 1 < len(tokens) and tokens[last + 1].start() < end:
                last += 1
        zone = zone_named_after_post(tokens, i, last, text)
        out.append(cp.Cand(tok.start(), end, name, ambiguous, kind, zone))
        i = last + 1
    return out


def _old_kind_after(text, c):
    window = ck._blank(ck._FUEL_STATION, text[c.end : c.end + 30].split("«", 1)[0])
    best, best_pos = None, len(window)
    for kind, rx in (*ck.KIND_CUES, ("road", ck._KK_ROAD)):
        m = rx.search(window)
        if m and m.start() < best_pos:
            best, best_pos = kind, m.start()
    if best is None:
        return None, False
    if ck._GLUED_AFTER.fullmatch(window, 0, best_pos):
        return best, True
    return (best if any(r and ck._of_kind(r, best) for r in map(gazetteer.get, c.name.refs)) else None), False


def _old_said(text, start, end, words):
    part = ck.without_travel_modes(text[start:end])
    return {kind for kind, rx in words if rx.search(part)}


# ---- random strings of the patterns' pieces -------------------------------------------------

_PIECES = [
    # kind words and phrases (checkpoint_kinds.KIND_CUES) and what crosses (_CONTEXT)
    *("железнодорожный", "ЖДПП", "станция", "поезд", "поездка", "пойыз", "Ж/Д", "темір жол", "Rail", "станса"),
    *("линия «", "межгосударственный стык", "стыки «Сары", "түйісу пункті", "темир йўл", "TEMIR yo", "tutash nuqta"),
    *("автомобильный", "Автодорожный", "МАПП", "АПП", "автопереход", "ROAD", "road surface", "автокөлік"),
    *("автопункт", "грузопассажирский", "автомобиль", "АВТОМОБИЛЬ", "автожол", "Avtomobil", "пассажирский"),
    *("пешеходный", "пассажирские автобусы", "жолаушылар өткізу", "жаяу жүргіншілер өткізу", "для фур"),
    *("для грузового автотранспорта", "жүк көліктеріне арналған", "для пешеходов", "пропускает только пешеходов"),
    *("фура", "ФУРЫ", "грузовики", "большегрузов", "дальнобойщики", "пробка", "автомобилей", "автобус"),
    *("водителя", "машины", "транспортных средств", "жүк көлігі", "көліктер", "жүргізушілер", "жеңіл автомобиль"),
    *("вагонов", "Поезд", "поездок", "локомотив", "эшелон", "колея", "контейнерный поезд", "грузовой состав"),
    *("пешеходы", "пешком", "пешее пересечение", "жаяу", "ЖАЯУ"),
    *("АЗС станция", "жанармай құю станциясы", "поездом или самолётом", "теміржол немесе әуе"),
    # names, marks, and the letters `re` folds in odd ways
    *("«Достык»", "Бахты", "«Нұр жолы»", "Жайсан", " ", " ", "\n", ", ", ". ", "«", "»", "-", " – "),
    *("ı", "İ", "ſ", "ᲀ", "ᲄ", "K", "x", "А"),
]


def _random_strings(n: int, seed: int) -> list[str]:
    """`n` strings of the pieces (in the suite, the first quarter of them)."""
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 10))) for _ in range(exact_count(n))]


# ---- the checks -------------------------------------------------------------------------------


def _key(cands):
    return [(c.start, c.end, id(c.name), c.ambiguous, c.kind, c.zone) for c in cands]


def test_candidates_as_before(texts):
    found = 0
    for text in texts + [t.upper() for t in texts[::5]] + [t.title() for t in texts[::7]] + _random_strings(5000, 1):
        tokens = list(TOKEN.finditer(text))
        old_villages, villages = set(), set()
        old = _old_candidates(text, tokens, old_villages)
        assert _key(cp._candidates(text, tokens, villages)) == _key(old), text[:200]
        assert villages == old_villages
        assert _key(cp._candidates(text, tokens)) == _key(_old_candidates(text, tokens))
        found += len(old)
    assert found > exact_count(1000)  # 1,983 with or without factRu (its texts name no post); suite: 1/4


def test_needle_letters_are_what_re_equates_with_them():
    words = [w for ws in cck._CONTEXT_NEEDLES.values() for w in ws]
    words += [w for ws in ck._AFTER_NEEDLES.values() for w in ws]
    letters = {ch for w in words for ch in w}
    assert all(ch == ch.lower() for ch in letters)
    for letter in letters:
        for ch in re.compile(re.escape(letter), re.IGNORECASE).findall(_ALL):
            assert ch.lower() == letter or ck._CUE_EXTRAS.fullmatch(ch), (letter, ch)
    assert set(cck._NEEDLES) == {rx for _, rx in (*cck._CONTEXT, *ck.KIND_CUES)}
    assert set(ck._AFTER_NEEDLES) == {rx for _, rx in ck._AFTER_CUES}


def _names() -> list:
    return [n for entries in names_by_prefix().values() for n in entries][::7]


def test_kind_after_as_before(texts):
    cases = []
    for text in texts:
        cands = _old_candidates(text, list(TOKEN.finditer(text)))
        cases += [(text, c) for c in cands]
        cases += [(text, SimpleNamespace(end=i, name=cands[0].name)) for i in range(0, len(text), 53) if cands]
    rng = random.Random(2)
    names = _names()
    for s in _random_strings(30_000, 3):
        cases.append((s, SimpleNamespace(end=rng.randint(0, len(s)), name=rng.choice(names))))
    kinds = 0
    for text, c in cases:
        old = _old_kind_after(text, c)
        assert ck._kind_after(text, c) == old, (text[c.end : c.end + 30], c.name.refs)
        kinds += old[0] is not None
    assert kinds > exact_count(3000)


def test_said_as_before(texts):
    rng = random.Random(4)
    parts = []
    for text in texts:
        for _ in range(12):
            a = rng.randint(0, len(text))
            parts.append((text, a, min(len(text), a + rng.choice((40, 120, 400)))))
    for s in _random_strings(30_000, 5):
        parts.append((s, 0, len(s)))
    said = 0
    for text, a, b in parts:
        for words in (cck._CONTEXT, ck.KIND_CUES):
            old = _old_said(text, a, b, words)
            assert cck._said(text, a, b, words) == old, text[a:b]
            said += bool(old)
    assert said > 5000


def test_title_reads_as_with_every_candidate_looked_for(texts, monkeypatch):
    """find_checkpoints with `wanted_before` returns [] at once when no capitalized word before it
    opens a name of the table (_may_open_before): the same as looking for every candidate first."""
    cases = []
    for text in texts:
        ends = [i for i, ch in enumerate(text[:2000]) if ch == "\n"][:6]
        cases += [(text, w) for w in ends]
        title = text[: ends[0]] if ends else text[:80]
        cases.append((f"{title}\n\n{text[len(title) : len(title) + 300]}", len(title)))
    fast = [cp.find_checkpoints(t, wanted_before=w) for t, w in cases]
    early = sum(not cp._may_open_before(list(TOKEN.finditer(t)), t, w) for t, w in cases)
    monkeypatch.setattr(cp, "_may_open_before", lambda tokens, text, limit: True)
    assert [cp.find_checkpoints(t, wanted_before=w) for t, w in cases] == fast
    floor = exact_floor(300, 60)  # all texts with factRu: 736 of 2,365 return early; the sample of dev alone: 73
    assert early > floor and sum(map(len, fast)) > floor


def test_window_before_a_name_blanked_as_before(texts):
    """_kind_of's window, blanked and lowered once (_blanked_before), is what the three blanks
    made of it one by one, and its lowered copy is cue_lowered's of that."""
    rng = random.Random(6)
    windows = _random_strings(30_000, 7)
    for text in texts:
        windows += [text[i : i + rng.randint(1, 80)] for i in range(0, len(text), 41)]
    changed = cues = 0
    for w in windows:
        old = ck.without_travel_modes(ck._blank(ck._GLUED_KIND_WORD, w))
        got, low = ck._blanked_before(w)
        assert got == old and low == ck.cue_lowered(old), w
        assert ck._last_cue_in(got, low) == ck._last_cue(old)
        changed += old != w
        cues += ck._last_cue(old)[0] is not None
    assert changed > 500 and cues > 5000


def test_bare_route_scan_behind_its_look_ahead_as_before(texts):
    """The bare route scan (checkpoint_not_posts._BARE_ROUTE_AFTER_NOUN) is built by
    needles.opening_with: its look ahead holds every letter a match can open with (read from
    `re`'s parse of the pattern, as tests/test_ingest95_openings.py reads every such pattern),
    and it finds what the pattern as written finds."""
    from store.extract.needles import OPENINGS
    from tests.test_ingest95_openings import _P, _class, _every_character, _first, _found, _pieces

    rx = cnp._BARE_ROUTE_AFTER_NOUN
    pattern, flags, first = next((p, f, fi) for p, f, fi, c in OPENINGS if c is rx)
    items, empty = _first(_P.parse(pattern, flags))
    every = _every_character()
    assert not empty and set(re.findall(_class(items), every, flags)) <= set(re.findall(f"[{first}]", every, flags))
    old = re.compile(pattern, flags)
    rng = random.Random(8)
    pieces = _pieces(pattern) + ["Шымкент", "Сарыагаш", "Жибек жолы", "Ташкент", "Қордай", " – ", "-", "—"]
    strings = [
        "".join(rng.choice(pieces) + rng.choice(("", " ")) for _ in range(rng.randint(1, 14))) for _ in range(20_000)
    ]
    nouns = ["маршрут ", "по трассе ", "АВТОДОРОГА ", "дорогой\t", "шоссе ", "Трассы  ", "дорог", "ᲀорога "]
    stops = ["Шымкент", "Сарыагаш", "Жибек жолы", "Ташкент", "Қордай", "Orsk", "алматы", "Кордай-2"]
    for _ in range(20_000):
        route = rng.choice((" – ", "-", " —\t", " ")).join(rng.choice(stops) for _ in range(rng.randint(1, 5)))
        strings.append(rng.choice(pieces) + " " + rng.choice(nouns) + route + rng.choice(("", ".", " и ")))
    hits = 0
    for text in texts + [t.upper() for t in texts[::9]] + strings:
        got = _found(rx, text)
        assert got == _found(old, text), text[:200]
        hits += len(got)
    assert hits > 300


def _old_end_of_a_road(text, start, end):
    road = cnp._ROAD_END_BEFORE.search(text, max(0, start - 60), start)
    if road:
        return not cnp._RAILWAY_BEFORE.search(text, max(0, road.start() - 16), road.start())
    return bool(cnp._END_BEFORE.search(text, max(0, start - 30), start) and cnp._KK_ROAD_AFTER.match(text, end))


def test_end_of_a_road_as_before(texts):
    """end_of_a_road asks its two patterns only when a dash (blanks, a quote) stands right before
    the name: the same answer at every candidate and every offset of the texts and of road strings."""
    rng = random.Random(10)
    roads = ["по трассе ", "автодорога ", "ШОССЕ ", "железной дороги ", "магистраль ", "ᲀорога ", "тасжол "]
    ends = ["Алматы", "Алматы – ", "Алматы -\t«", "Алматы —\n", "Алматы –\n«", "Кордай-", "ж/д ", "- ", "–"]
    after = [" автожолы", " тасжолымен", "» трасса", " көшесі", "", "\n"]
    cases = []
    for _ in range(20_000):
        s = rng.choice(_PIECES) + " " + rng.choice(roads) + "".join(rng.choice(ends) for _ in range(rng.randint(1, 3)))
        cases.append((s + "Хоргос" + rng.choice(after), len(s)))
    for text in texts:
        cases += [(text, c.start) for c in _old_candidates(text, list(TOKEN.finditer(text)))]
        cases += [(text, i) for i in range(0, len(text), 29)]
    yes = 0
    for text, start in cases:
        end = min(len(text), start + 6)
        old = _old_end_of_a_road(text, start, end)
        assert cnp.end_of_a_road(text, start, end) == old, text[max(0, start - 60) : end]
        yes += old
    assert yes > 2000


def test_kept_candidates_drop_the_oldest(texts):
    """_keep_candidates drops the oldest text when full, not every text: a body read just before
    stays while three other reads follow it; post_names answers the same from the kept table as
    from a new reading."""
    cp._CANDIDATES_OF.clear()
    body, *others = texts[:5]
    cp.find_checkpoints(body)
    kept = cp._CANDIDATES_OF[body]
    for other in others[:3]:
        cp.find_checkpoints(other)
    assert cp._CANDIDATES_OF.get(body) is kept and len(cp._CANDIDATES_OF) == cp._CANDIDATES_KEPT
    cp.find_checkpoints(others[3])
    assert body not in cp._CANDIDATES_OF and len(cp._CANDIDATES_OF) == cp._CANDIDATES_KEPT
    for text in texts[::3]:
        cp.find_checkpoints(text)
        from_table = cp.post_names(text)
        cp._CANDIDATES_OF.clear()
        assert cp.post_names(text) == from_table
