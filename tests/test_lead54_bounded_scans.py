"""Stop 54: two scans bounded by what they can find, answers unchanged.

A 19 MB text on one line (qa117) spent seconds in `_kind_of_list_header`, which looked for the
line's ends across the whole text for every post it named, and in `leading_date`, which searched
the whole line for the earliest date when only one at its start counts. Each bounded function
must answer as the unbounded one did: the frozen copies below are the code before the cut.
"""

from __future__ import annotations

import random
import re

from store.extract import checkpoint_kinds as ck
from store.extract.checkpoint_names import Cand
from store.reading import dates


def _old_kind_of_list_header(text, c):
    line_start = text.rfind("\n", 0, c.start) + 1
    if not ck._LIST_LINE_START.search(text, max(0, line_start - 1), c.start):
        return None
    line_end = text.find("\n", c.start)
    bare = (line_end if line_end >= 0 else len(text)) - line_start <= 60
    pos = line_start - 1
    while pos > 0:
        prev = text.rfind("\n", 0, pos) + 1
        line = text[prev:pos].rstrip()
        if not line and prev > 0 and text[prev - 2 : prev] != "\n\n":
            pos = prev - 1
            continue
        if not line or c.start - prev > 400:
            return None
        if line.endswith(":"):
            brk = text.rfind("\n\n", 0, prev)
            head_start = max(brk + 2 if brk >= 0 else 0, prev - 400)
            return ck.last_label(ck.KIND_CUES, ck.without_travel_modes(text[head_start:pos]))
        if bare and line.endswith(".") and ck._POSTS_SENTENCE.search(line):
            return ck.last_label(ck.KIND_CUES, ck._POSTS_SENTENCE.search(line).group())
        if len(line) > 80:
            return None
        pos = prev - 1
    return None


def _old_leading_date(line):
    m = dates._DATE_LABEL.match(line)
    rest = line[m.end() :]
    found = dates.find_date(rest)
    if not found or found[1] != 0:
        return None
    iso, _, end = found
    if dates._SENTENCE_GOES_ON.match(rest[end:]) or dates._inflected_kazakh_month(rest[:end]):
        return iso, line
    tail = re.sub(rf"^[\s,•·|]*(?:{dates._TIME})?[\s,•·|–—-]*", "", rest[end:])
    return (iso, tail) if tail else None


_HEADERS = (
    "Какие автомобильные пункты пропуска закроют:",
    "Железнодорожные КПП, где работы продлятся:",
    "Работу приостановят следующие пункты пропуска.",
    "Біз мына өткізу пункттерін атап өтеміз:",
    "Пассажирские переходы:",
)
_LINES = ("Достык", "Бахты — с 1 марта", "«Нур Жолы» (Жетысуская область)", "Майкапшагай;", "Алтынколь – до июля")
_FILLER = "Очередь на границе выросла до сорока фур, водители ждут третьи сутки. "


def _texts(seed: int):
    rnd = random.Random(seed)
    for _ in range(260):
        parts = []
        for _ in range(rnd.randint(1, 6)):
            pick = rnd.random()
            if pick < 0.3:
                parts.append(rnd.choice(_HEADERS))
            elif pick < 0.75:
                parts.append(rnd.choice(("", "- ", "• ", "1) ", "  ", " " * rnd.randint(0, 500))) + rnd.choice(_LINES))
            elif pick < 0.85:
                parts.append("")
            else:
                parts.append(_FILLER * rnd.randint(1, 12))
        yield rnd.choice(("\n", "\n\n", " ")).join(parts)


def _posts(text):
    for name in ("Достык", "Бахты", "Нур Жолы", "Майкапшагай", "Алтынколь"):
        for m in re.finditer(name, text):
            yield Cand(m.start(), m.end(), None, False)


def test_the_bounded_list_header_answers_as_the_unbounded():
    seen = typed = 0
    for text in _texts(54):
        for c in _posts(text):
            kind = ck._kind_of_list_header(text, c)
            assert kind == _old_kind_of_list_header(text, c), (text, c.start)
            seen += 1
            typed += kind is not None
    assert seen > 300 and typed > 20


def test_a_header_more_than_400_letters_back_is_still_out_of_reach():
    text = "Какие автомобильные пункты пропуска закроют:\n" + " " * 420 + "Достык"
    c = next(_posts(text))
    assert _old_kind_of_list_header(text, c) is None
    assert ck._kind_of_list_header(text, c) is None
    near = "Какие автомобильные пункты пропуска закроют:\n- Достык"
    assert ck._kind_of_list_header(near, next(_posts(near))) == "road"


def test_the_bounded_leading_date_answers_as_the_unbounded():
    rnd = random.Random(7)
    stamps = ("12.03.2025", "2025-03-12", "12 марта 2025", "12 наурыз 2025 жыл", "дата: 12.03.2025 14:05", "")
    tails = (" Очередь на Достыке", " 14:05 | Граница", " года на границе", "", " наурызда өткен")
    for _ in range(300):
        line = rnd.choice(stamps) + rnd.choice(tails) + _FILLER * rnd.choice((0, 1, 20, 40))
        line += rnd.choice(("", " 01.02.2024", " 5 мая 2023 года"))
        assert dates.leading_date(line) == _old_leading_date(line), line[:80]
