"""ingest95's skips in the facts (issue 15) decide as before: a scan is skipped only where its
pattern cannot match (the needles each match holds: _TIME's digit or «год», the sides' nouns
after a post's name, «оба»/«екі»), and the tests that only drop deadlines are skipped only
where there is no deadline to drop. The old code is kept here and compared with the new on
every sentence of dev and factRu (as written and lower-cased) and on random strings of the
patterns' own words with and without the needles."""

from __future__ import annotations

import random
import re
from pathlib import Path

from store.extract import fact_context, fact_sides, facts
from store.extract.chunking import sentence_spans
from store.extract.needles import may_hold
from tests.conftest import FACTRU_TEXTS

_REPO = Path(__file__).resolve().parent.parent
_FACTRU = FACTRU_TEXTS
_ODD = ["\u1c81", "\u1c82", "\u1c83", "İ", "ı", "ſ", "ё", "\u00a0", "٣", "²"]  # case extras, other digits


def _sentences() -> list[str]:
    out = []
    for folder in (_REPO / "eval" / "corpus" / "dev", _FACTRU, _REPO / "sample_data"):
        if folder.is_dir():
            for p in sorted(folder.rglob("*.txt")):
                text = p.read_text(encoding="utf-8", errors="replace")
                out += [" ".join(s.split()) for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]
    assert len(out) > 1000  # dev alone (a clean clone has no factRu): 1,409
    return out + [s.lower() for s in out[::2]] + [s.upper() for s in out[::5]]


def _random(pattern: str, extra: list[str], n: int, seed: int, drop: tuple[str, ...] = ()) -> list[str]:
    words = [w for w in re.findall(r"[^\W\d_]{2,}", pattern) if not any(d in w.lower() for d in drop)]
    pieces = words + [w.capitalize() for w in words[::4]] + _ODD + extra + [" ", " ", ", ", "-", "«", "»", "\n"]
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) + rng.choice((" ", "")) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def test_time_needs_a_digit_or_year_word():
    digits = ["1", "15", "2026", "2026 года", "II", "I"]
    texts = _sentences() + _random(facts._TIME.pattern, digits, 30_000, 1) + _random(facts._TIME.pattern, [], 30_000, 2)
    texts += _random(facts._TIME.pattern, ["II", "I", "четвертом"], 30_000, 3, drop=("год",))
    skipped = 0
    for text in texts:
        if not (facts._DIGIT.search(text) or may_hold(text, facts._TIME_NEEDLES)):
            skipped += 1
            assert facts._TIME.search(text) is None, text
            assert not any(m.group("rel") is None and m.group("end_of") is None for m in facts._TIME.finditer(text))
        elif not facts._DIGIT.search(text):  # _past_date's skip: only relative times then
            for m in facts._TIME.finditer(text):
                assert m.group("rel") or m.group("end_of") or m.group("middle_of"), text
    assert skipped > 20_000


def _old_past_date(sentence: str, article_date: str | None) -> str | None:
    for m in facts._TIME.finditer(sentence):
        if m.group("rel") or m.group("end_of") or m.group("middle_of") or m.group("nday"):
            continue
        date = facts._date_of(m, None)
        if date and (not article_date or date[:4] <= article_date[:4]):
            return date
    return None


def _old_deadlines(sentence: str, year: int | None, article_date: str | None = None) -> list:
    if not facts._FUTURE.search(sentence) or (
        facts._ROAD_WORKS.search(sentence) and not facts._POST_WORKS.search(sentence)
    ):
        return []
    out = []
    for m in facts._TIME.finditer(sentence):
        if facts._start_date(sentence, m):
            continue
        date = facts._date_of(m, year, article_date)
        lead = facts._deadline_lead(sentence, m.start())
        start = lead.start() if lead and lead.group().strip() else m.start()
        end = m.end()
        # fct101 (stop 52): a plan word right before the time opens the deadline — the rule changed, the
        # gate this test checks did not, so the ungated reference takes the same rule
        planned = (
            None if start < m.start() else facts._PLANNED_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
        )
        if planned:
            start = planned.start()
        if start == m.start():
            after = facts._DEADLINE_TAIL.match(sentence, end)
            if after:
                end = after.end()
        text = sentence[start:end].strip().rstrip(".")
        if planned:
            text = facts._with_planned_act(sentence, text)
        if m.group("nday") and date:
            text = f"{text} ({date[:4]}: {facts.YEAR_FROM_ARTICLE})"
        if re.match(r"(?:на|до|к)\s", m.group(), re.IGNORECASE) or start < m.start() or end > m.end():
            out.append((text, date))
    # fct103 (stop 52): a yearless day a few words after its verb, then a month's end with no year — the
    # same rule change taken by the ungated reference (their own digit and «конц» gates are what is checked)
    return out or _old_day_after_verb(sentence, article_date) or _old_month_end(sentence, article_date)


def _old_day_after_verb(sentence: str, article_date: str | None) -> list:
    m = facts._VERB_THEN_DAY.search(sentence)
    date = facts._yearless_date(m.group("day"), m.group("month"), article_date) if m else None
    return [(f"{m.group().strip()} ({date[:4]}: {facts.YEAR_FROM_ARTICLE})", date)] if m and date else []


def _old_month_end(sentence: str, article_date: str | None) -> list:
    m = facts._MONTH_END.search(sentence)
    if not m or not article_date or not re.match(r"\d{4}-\d\d", article_date):
        return []
    year, mm = int(article_date[:4]), facts._month(m.group("month"))
    year += mm < int(article_date[5:7])
    lead = facts._deadline_lead(sentence, m.start())
    start = lead.start() if lead and lead.group().strip() else m.start()
    return [(f"{sentence[start : m.end()].strip()} ({year}: {facts.YEAR_FROM_ARTICLE})", f"{year}-{mm:02d}")]


def test_deadlines_and_past_dates_as_before():
    texts = _sentences() + _random(facts._TIME.pattern + facts._FUTURE.pattern, ["1", "2026", "до 1 мая"], 20_000, 4)
    found = 0
    for text in texts:
        for date in ("2025-06-01", None):
            new = facts._deadlines(text, 2025 if date else None, date)
            assert new == _old_deadlines(text, 2025 if date else None, date), text
            assert facts._past_date(text, date) == _old_past_date(text, date), text
            found += len(new)
    assert found > 100


def test_sides_after_a_name_need_their_nouns():
    texts = _sentences() + _random(fact_sides._AFTER_NAME.pattern, ["На КПП «Майкапшагай»"], 30_000, 5)
    texts += _random(fact_sides._AFTER_NAME.pattern, [], 30_000, 6, drop=fact_sides._AFTER_NAME_NEEDLES)
    hits = 0
    for text in texts:
        old = [m.span() for m in fact_sides._AFTER_NAME.finditer(text, 0, 120)]
        assert [m.span() for m in fact_sides._after_names(text)] == old, text
        hits += bool(old)
    assert hits > 1000


def test_both_needs_its_words():
    texts = _sentences() + _random(fact_context._BOTH.pattern, [], 30_000, 7)
    texts += _random(fact_context._BOTH.pattern, ["об", "ек"], 30_000, 8, drop=("оба", "обо", "екі"))
    hits = 0
    for text in texts:
        found = fact_context._BOTH.search(text)
        assert not found or may_hold(text, fact_context._BOTH_NEEDLES), text
        hits += bool(found)
    assert hits > 300


def _old_facts_in(sentence: str, article_date: str | None, before: str = "") -> list:
    year = int(article_date[:4]) if article_date and article_date[:4].isdigit() else None
    found = [("status", t, d) for t, d in facts._statuses(sentence, article_date)]
    told = [t for _k, t, _d in found]
    found += [("rule", t, None) for t in facts.beside_statuses(sentence, facts.passage_rules(sentence), told)]
    found += [("capacity", t, None) for t in facts._capacities(sentence)]
    found += [("deadline", t, d) for t, d in facts._deadlines(sentence, year, article_date)]
    found += [("deadline", t, d) for t, d in facts._kk_deadlines(sentence, year, article_date)]
    found += [("queue", t, article_date) for t in facts._queues(sentence)]
    if facts._until_not_done(sentence, found) or facts._projects_only(sentence):
        found = [f for f in found if f[0] != "deadline"]
    found = facts._with_closure_period(sentence, found) + facts._amounts(sentence, found, article_date, before)
    found += [("event", t, d) for t, d in facts._founded(sentence, article_date)]
    if not found:
        found = [("event", t, d) for t, d in facts._events(sentence, article_date)]
    return found


def test_facts_in_a_clause_as_before():
    texts = _sentences()
    told = 0
    for n, text in enumerate(texts):
        before = texts[n - 1] if n else ""
        new = facts._facts_in(text, "2025-06-01", before)
        assert new == _old_facts_in(text, "2025-06-01", before), text
        told += len(new)
    assert told > 300  # dev alone: 383


def _old_carried(text, bounds, i, ref, article_date, seen, far=False) -> list:
    f_ = facts
    if ref is None or f_._denied_report(text, bounds, i):
        return []
    if far:
        kinds = f_.far_kinds(text[bounds[i][0] : bounds[i][1]])
        old = _old_carried(text, bounds, i, ref, article_date, set(seen))
        return [f for f in old if f.kind in kinds and f_._once(f, seen)]
    a, b = bounds[i]
    sentence = " ".join(text[a:b].split())
    if f_.about_the_post(text, a):
        founded = [("event", t, d) for t, d in f_._founded(sentence, article_date)]
        before = text[bounds[i - 1][0] : a] if i else ""
        found = [f for f in f_._facts_in(sentence, article_date, before) if f[0] != "event" or f in founded]
        return f_._own(ref, found, sentence, seen, every_kind=True)
    works = f_._works_carried(ref, sentence, article_date, seen)
    works += f_._own(ref, [("rule", t, None) for t in f_.passage_rules(sentence)], sentence, seen, every_kind=True)
    if not f_._CARRY_HINT.search(text, a, b):
        before = text[bounds[i - 1][0] : a] if i else ""
        works += f_._own(ref, [("capacity", t, None) for t in f_._worded_capacities(sentence)], sentence, seen)
        return works + f_._own(ref, [("cause", t, None) for t in f_.stated_cause(sentence, before)], sentence, seen)
    year = int(article_date[:4]) if article_date and article_date[:4].isdigit() else None
    found = [("capacity", t, None) for t in f_._capacities(sentence)]
    found += [
        ("deadline", t, d)
        for t, d in f_._deadlines(sentence, year, article_date) + f_._kk_deadlines(sentence, year, article_date)
    ]
    if not f_._E_QUEUE.search(sentence):
        found += [("queue", t, article_date) for t in f_._queues(sentence)]
    states = [("status", t, d) for t, d in f_._statuses(sentence, article_date)] if found else []
    if found and (f_._until_not_done(sentence, found + states) or f_._projects_only(sentence)):
        found = [f for f in found if f[0] != "deadline"]
    found += f_._amounts(sentence, found, article_date) if not f_._E_QUEUE.search(sentence) else []
    founded = [("event", t, d) for t, d in f_._founded(sentence, article_date)]
    return works + f_._own(ref, found, sentence, seen) + f_._own(ref, founded, sentence, seen, every_kind=True)


def test_carried_facts_as_before():
    texts = []
    for folder in (_REPO / "eval" / "corpus" / "dev", _FACTRU, _REPO / "sample_data"):
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*.txt"))]
    told = 0
    for text in texts:
        bounds = list(sentence_spans(text))
        for i in range(len(bounds)):
            for far in (False, True):
                seen_old, seen_new = {("Хоргос", "queue", "x")}, {("Хоргос", "queue", "x")}
                old = _old_carried(text, bounds, i, "Хоргос", "2025-06-01", seen_old, far)
                assert facts._carried(text, bounds, i, "Хоргос", "2025-06-01", seen_new, far) == old
                assert seen_new == seen_old
                told += len(old)
    assert told > 150  # dev alone: 172


def _old_may_hold(text: str, words: tuple[str, ...]) -> bool:
    low = None if re.search("[\u1c80-\u1c88]", text) else text.lower()
    return low is None or any(w in low for w in words)


def test_may_hold_as_before():
    """The needle test kept by value and looped plainly answers as the old one, asked in turn
    of slices equal but not identical, of texts with the case extras, of every needle tuple
    the facts' modules hold."""
    import sys

    tuples = {
        id(v): v
        for name, module in sys.modules.items()
        if name.startswith("store.extract")
        for key, v in vars(module).items()
        if "NEEDLES" in key and isinstance(v, tuple) and v and all(isinstance(w, str) for w in v)
    }
    assert len(tuples) > 30
    sentences = _sentences()[::3] + ["До 1 мая", "пункт ᲂткрыт", "", "İstanbul — пункт"]
    rng = random.Random(9)
    asked = 0
    for text in sentences:
        whole = f"«{text}»"
        for words in rng.sample(list(tuples.values()), 6):
            piece = whole[1:-1]  # equal to text, another object
            # gate76: the copy is folded (each whitespace run one space, one at either end), so the old
            # answer read off that copy; and never False where the plain lower-case copy said True
            folded = " " + " ".join(text.split()) + " "
            assert may_hold(piece, words) == _old_may_hold(folded, words) == may_hold(text, words), (text, words)
            assert may_hold(text, words) or not _old_may_hold(text, words), (text, words)
            asked += 1
    assert asked > 4_000  # dev alone (a clean clone has no factRu): 4,818
