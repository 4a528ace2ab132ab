"""Stop 51, ingest114: exact cuts in the facts and directives stages (issue 15). Each test compares
the new code with the code it replaced (kept here) over dev, factRu (when present), the samples and
generated articles, and over random strings of the pieces the code reads."""

from __future__ import annotations

import importlib
import random
import re

import pytest
from razdel.segmenters.punct import CLOSE_BRACKETS, DASHES, QUOTES
from razdel.segmenters.sentenize import BULLET_SIZE

from store.extract import fact_sentences
from store.extract.fact_sentences import _DELIMITER, _WINDOW, _joins, _lines_are_whole
from store.extract.spans import paragraph_sentences
from tests.conftest import exact_count, exact_floor, exactness_texts
from tests.exactness import RAZDEL_PAIR_PARTS, RAZDEL_SOKRS, razdel_joins

# the module (the package exports its segmenter under this name)
razdel_sentenize = importlib.import_module("razdel.segmenters.sentenize")

_RULES = [
    *("empty_side", "no_space_prefix", "lower_right", "delimiter_right", "sokr_left", "inside_pair_sokr"),
    *("initials_left", "list_item", "close_quote", "close_bracket", "dash_right"),
]


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> list[str]:
    return [t for t in exactness_texts(tmp_path_factory.mktemp("gen114"), seed=114) if t]


def test_the_rules_read_are_razdels():
    """_joins reads razdel 0.5.0's eleven rules in this order; another razdel must fail here first."""
    assert [r.name for r in fact_sentences._segmenter.rules] == _RULES
    assert [r.function for r in fact_sentences._segmenter.rules] == [getattr(razdel_sentenize, n) for n in _RULES]
    assert "." not in QUOTES and "." not in CLOSE_BRACKETS and "." in razdel_sentenize.BULLET_BOUNDS


def test_joins_is_razdels_join_at_every_delimiter(texts):
    """At every delimiter of every text, with the whole text's windows and sentences so far of
    several lengths (a bullet's and longer), _joins says what razdel's join says."""
    asked = fast = 0
    for text in texts:
        for m in _DELIMITER.finditer(text):
            st, en = m.span()
            left, right = text[max(0, st - _WINDOW) : st], text[en : en + _WINDOW]
            for back in (3, BULLET_SIZE, BULLET_SIZE + 1, 60, st):
                buffer = text[max(0, st - back) : st]
                asked += 1
                assert _joins(left, m.group(1), right, buffer) == razdel_joins(left, m.group(1), right, buffer), (
                    left,
                    right,
                    buffer,
                )
            fast += m.group(1) == "."
    # floors of the full sets; the suite's sample of the texts (a quarter) keeps a quarter of them
    assert asked > exact_count(15_000) and fast > exact_count(2_500), (asked, fast)


_SOKRS, _PAIR_PARTS = RAZDEL_SOKRS, RAZDEL_PAIR_PARTS


def _piece(rng: random.Random) -> str:
    sokr = rng.choice(_SOKRS)
    return rng.choice(
        [
            sokr,
            sokr.upper(),
            sokr.capitalize(),
            rng.choice(["Астана", "пункт", "КПП", "Hello", "iPhone", "ǅem", "_x", "a_b", "漢字", "Ω", "ß", "İ"]),
            rng.choice(["1", "25", "2024", "IV", "а", "б", "§", "a", "8.1"]),
            rng.choice([*QUOTES, *DASHES, *razdel_sentenize.DELIMITERS, "(", "[", "{", ":", ",", "…", "*", "№"]),
            rng.choice([":)", ";-(", "=)))", ":-", "=("]),
            rng.choice(["А", "Б", "И", "Т", "я", "Я"]),
            rng.choice(_PAIR_PARTS).upper(),
            rng.choice(_PAIR_PARTS),
        ]
    )


def _blank(rng: random.Random) -> str:
    return rng.choice(["", " ", "  ", "\n", " \n", "\t", "\u00a0", "\n\n", "\r\n"])


def test_joins_on_random_windows():
    """Windows and sentences so far made of abbreviations (every razdel list), initials, words in
    each case, figures, bullets, quotes, brackets, dashes, delimiters, smiles and blanks of each kind."""
    rng = random.Random(114)
    fast = 0
    for _ in range(80_000):
        left = "".join(_blank(rng) + _piece(rng) for _ in range(rng.randint(0, 3)))[-_WINDOW:]
        right = "".join(_blank(rng) + _piece(rng) for _ in range(rng.randint(0, 3)))[:_WINDOW]
        mark = rng.choice([".", ".", ".", "!", "?", "…", ";", "»", '"', ")", ":)"])
        buffer = "".join(_blank(rng) + _piece(rng) for _ in range(rng.randint(0, 8)))
        new, old = _joins(left, mark, right, buffer), razdel_joins(left, mark, right, buffer)
        assert new == old, (left, mark, right, buffer)
        fast += mark == "." and not old
    assert fast > 3_000, fast


def _old_lines_are_whole(text: str, sentences) -> bool:
    """fact_sentences._lines_are_whole before stop 51 (razdel's join at each checked delimiter)."""
    marks = [(m.start(), m.end(), m.group(1)) for m in _DELIMITER.finditer(text)]
    lines = []
    at = 0
    for line in re.finditer(r"[^\n]+", text):
        p0, p1 = line.span()
        first = at
        while at < len(marks) and marks[at][0] < p1:
            at += 1
        if at == first or text[marks[at - 1][1] : p1].strip():
            return False
        lines.append((p0, p1, first, at))
    ends = {b for _a, b in sentences}
    start = 0
    for n, (p0, p1, first, past) in enumerate(lines):
        for k in range(first, past):
            st, en, mark = marks[k]
            last = k == past - 1
            split = n < len(lines) - 1 if last else en in ends
            if last or st - p0 <= fact_sentences._NEAR or p1 - en < _WINDOW:
                if (
                    razdel_joins(text[max(0, st - _WINDOW) : st], mark, text[en : en + _WINDOW], text[start:st])
                    == split
                ):
                    return False
            if split:
                start = en
    return True


def test_lines_are_whole_decides_as_before(texts):
    stitched = 0
    for text in texts:
        lines = paragraph_sentences(text)
        new = _lines_are_whole(text, lines)
        assert new == _old_lines_are_whole(text, lines)
        stitched += new
    assert stitched > exact_floor(150, 30)  # the suite's sample of dev alone (a clean clone): 37


# directives.russian._WHEN as written before stop 51
_WHEN_WRITTEN = (
    r"\b(?:в\s+(?:\w+)?(?:дневный|недельный|месячный|годичный)\s+срок|в\s+кратчайшие\s+сроки|"
    r"в\s+течение\s+(?:[\w-]+\s+){0,2}(?:дн(?:я|ей)|недел[иь]|месяц(?:а|ев)?|года|лет)|"
    r"до\s+(?:конца|начала|середины)\s+(?:[\w-]+\s+){0,2}?(?:года|месяца|квартала|недели)|"
    r"к\s+(?:концу|началу|середине)\s+(?:[\w-]+\s+){0,2}?(?:года|месяца|квартала|недели)|"
    r"до\s+\d{1,2}(?:-?го)?\s+числа(?:\s+(?:следующего|текущего|каждого)\s+месяца)?|"
    r"(?:до|к)\s+\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    r"(?:\s+\d{4}\s+года)?|до\s+\d{4}\s+года|в\s+(?:первом|втором|третьем|четвертом|четвёртом)\s+"
    r"(?:полугодии|квартале)(?:\s+\d{4}\s+года)?|ежедневно|еженедельно|ежемесячно|ежеквартально|ежегодно|"
    r"незамедлительно|в\s+срок\s+до\s+(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\s+[а-я]+(?:\s+\d{4}\s+года)?|"
    r"(?:конца|начала|середины)\s+(?:[\w-]+\s+){0,2}?(?:года|месяца|квартала|недели)|\d{4}\s+года|[^,.;\s]+))"
)


def _old_patterns() -> dict[str, tuple[re.Pattern, re.Pattern]]:
    """(as compiled before stop 51, as now) for the eleven patterns now behind needles.opening_with."""
    from store.extract import fact_amounts as fa
    from store.extract import fact_context, facts
    from store.extract.directives import order_lists, russian
    from store.extract.number_words import KK_FIGURE

    i = re.IGNORECASE
    written = {
        "_COUNT": (
            fa._COUNT,
            rf"{fa._ABOUT}(?:{fa._FIG}|{KK_FIGURE}){fa._KK_ABOUT}\s*{fa._KIND}{fa._UNITS}(?![\w-])",
            i,
        ),
        "_FUNDING": (
            fa._FUNDING,
            rf"(?:(?:выделен\w*|выделят|направ\w+|стоимост\w*|стоил\w*|обош[её]л\w*|обойд\w+|бюджет\w*|инвестиц\w*|вложен\w*"
            rf"|сумм\w*|құны|бөлін\w*|бөлінді|қаржы\w*|сомасы|жұмсал\w*)\s+(?:[^\s,.;:!?]+\s+){{0,4}}?)?{fa._MONEY}",
            i,
        ),
        "_CARRY_HINT": (facts._CARRY_HINT, r"\d|\bгод|жыл", i),
        "_LOCATOR": (
            facts._LOCATOR,
            r"(?:\bнапротив\b|\bсопредельн\w*\s+(?:с\s+\w+\s+)?(?:[–—-]\s+)?(?:ему\s+|им\s+)?(?:пункт\w*|пост\w*|КПП|погранпереход\w*))"
            r"[^()]{0,70}$",
            i,
        ),
        "_FOREIGN_POST": (
            facts._FOREIGN_POST,
            r"(?<![-\w])(китайск|российск|кыргызск|киргизск|узбекск|туркменск)\w*\s+(?:(?!границ|сторон)\w+\s+){0,2}?"
            r"(?:пункт\w*|пост\w*|КПП|погранпереход\w*|погранпункт\w*|автопереход\w*|М?А?АПП(?![\w-]))",
            i,
        ),
        "_ROUTE_WORD": (facts._ROUTE_WORD, r"\b(?:проект|лини|дорог|ветк|трасс|магистрал|коридор|ж/д)\w*", i),
        "_ACROSS_BEFORE": (
            fact_context._ACROSS_BEFORE,
            r"(?:жағында(?:ғы)?|тарапында(?:ғы)?|сторон[аеы])(?:\s+[^\s.,;:!?«»\"]+){0,3}?\s*[«\"“„]?$",
            i,
        ),
        "_WHEN": (russian._WHEN, _WHEN_WRITTEN, i),
        "_CHAIR": (russian._CHAIR, r"\bпод\s+председательством\b", i),
        "_LIST_OPENS": (order_lists._LIST_OPENS, r"\s*(?:(?:следующ\w+|ряд)\s+(?:\w+\s+)?)?:\s*", 0),
        "_DELIMITER": (
            fact_sentences._DELIMITER,
            fact_sentences._segmenter.split.re.pattern,
            fact_sentences._segmenter.split.re.flags,
        ),
    }
    return {name: (re.compile(p, f), new) for name, (new, p, f) in written.items()}


def test_openings_added_are_the_patterns_as_written():
    """Each is built by opening_with from its pattern as written before (tests/test_ingest95_openings.py
    then checks its look ahead over every code point and its matches); the patterns built from two of
    them are unchanged."""
    from store.extract import fact_amounts, facts
    from store.extract.needles import OPENINGS

    for name, (old, new) in _old_patterns().items():
        assert any(c is new and p == old.pattern and re.compile(p, f).flags == old.flags for p, f, _f, c in OPENINGS), (
            name
        )
    assert fact_amounts.COUNT_FIGURE.pattern == f"({_old_patterns()['_COUNT'][0].pattern})"
    assert f"(?<!напротив\\s){_old_patterns()['_FOREIGN_POST'][0].pattern}" in facts._NEIGHBOUR.pattern


def test_openings_added_find_what_they_found(texts):
    """Old and new, whole texts and windows of them (the bounds the callers search within)."""
    pairs = _old_patterns().values()
    rng = random.Random(1141)
    for text in texts:
        for old, new in pairs:
            assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)]
            for _ in range(3):
                a = rng.randrange(len(text))
                b = min(len(text), a + rng.choice([40, 80, 150]))
                o, n = old.search(text, a, b), new.search(text, a, b)
                assert (o and (o.span(), o.groups())) == (n and (n.span(), n.groups()))
                o, n = old.search(text[a:b]), new.search(text[a:b])
                assert (o and (o.span(), o.groups())) == (n and (n.span(), n.groups()))


# Words _QUEUE_FORMED reads (its nouns, verbs, Kazakh words, vehicles) and words around them
_FORMED_WORDS = [
    *("очередь", "очереди", "пробка", "затор", "заторы", "скопление", "скопления", "кезек", "кезегі", "кезекте"),
    *("образовалась", "образовался", "выстроилась", "скопилось", "скопились", "возникла", "возник", "возникли"),
    *("отмечено", "отмечена", "зафиксировано", "наблюдается", "наблюдаются", "фиксируется", "сохраняется"),
    *("пайда", "болды", "болған", "түзілді", "қалыптасты", "бар", "байқалады", "байқалуда", "тұр", "тұрды", "күтуде"),
    *("жүк", "көліктер", "автокөлік", "машина", "фура", "шекарадан", "өте", "алмай", "грузовики", "машин", "фур"),
    *("большегрузов", "транспорт", "не", "из", "на", "в", "у", "перед", "«Сырым»", "«Нұр Жолы»", "большая", "длинная"),
    *("Очередь", "ОБРАЗОВАЛАСЬ", "Кезек", "ЗАТОР", "работает", "пункт", "2", "км", ".", ","),
]


def test_formed_needles_hold_in_every_match(texts):
    """A sentence none of _FORMED_NEEDLES stands in has no _QUEUE_FORMED match: on every text and
    sentence of dev, factRu, the samples and 150 generated articles, and 40,000 random strings of the
    pattern's words; dropping any one of «возник», «наблюда», «бар», «тұр» fails it."""
    from store.extract import facts
    from store.extract.needles import may_hold

    rng = random.Random(1142)
    strings = [t for text in texts for t in (text, *(text[a:b] for a, b in paragraph_sentences(text)))]
    strings += [
        "".join(
            rng.choice(["", " ", "  ", "\n", "\u00a0"]) + rng.choice(_FORMED_WORDS) for _ in range(rng.randint(1, 9))
        )
        for _ in range(40_000)
    ]
    matched = 0
    for s in strings:
        found = [m.group() for m in facts._QUEUE_FORMED.finditer(s)]
        matched += bool(found)
        for m in found:
            assert may_hold(m, facts._FORMED_NEEDLES), m
        if not may_hold(s, facts._FORMED_NEEDLES):
            assert not found and facts._formed(s) == []
        else:
            assert facts._formed(s) == [" ".join(m.split()) for m in found]
    assert matched > 2_000, matched
    for needle in ("возник", "наблюда", "бар", "тұр"):
        fewer = tuple(n for n in facts._FORMED_NEEDLES if n != needle)
        assert any(
            not may_hold(m.group(), fewer) for s in strings[-40_000:] for m in facts._QUEUE_FORMED.finditer(s)
        ), needle


def _old_find_facts():
    """facts.find_facts as it was: whose side each clause speaks of read for every clause (rebuilt
    from the new one's source with the gate written out)."""
    import inspect
    import textwrap

    from store.extract import facts

    source = textwrap.dedent(inspect.getsource(facts.find_facts))
    gate = "if any(kind in _SIDE_KINDS for kind, _t, _d in found):"
    assert source.count(gate) == 1
    namespace = dict(vars(facts))
    exec(source.replace(gate, "if True:").replace("def find_facts(", "def old_find_facts("), namespace)
    return namespace["old_find_facts"]


def test_facing_is_read_only_for_the_kinds_it_serves(tmp_path_factory, monkeypatch):
    """find_facts with and without the gate give the same facts, text by text (dev, factRu and 150
    generated articles, three article dates), and the gate leaves most clauses unread."""
    from store.extract import facts
    from store.extract.checkpoints import find_checkpoints

    out = tmp_path_factory.mktemp("gen114f")
    tests_conftest = importlib.import_module("tests.conftest")
    tests_conftest.make_corpus_module().make_corpus(150, out, seed=1143, formats=("txt",))
    bodies = []
    for folder in (tests_conftest.ROOT / "eval" / "corpus" / "dev", tests_conftest.FACTRU_TEXTS, out):
        if folder.is_dir():
            bodies += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*.txt"))]
    calls = [0]
    side = facts._other_side

    def counted(*args):
        calls[0] += 1
        return side(*args)

    monkeypatch.setattr(facts, "_other_side", counted)
    old = _old_find_facts()  # built after: it counts its calls too
    dates = ["2026-11-20", None, "2019-03-01"]
    total = asked_new = asked_old = 0
    for i, body in enumerate(bodies):
        posts = find_checkpoints(body)
        if not posts:
            continue
        at = calls[0]
        new_facts = [repr(f) for f in facts.find_facts(body, posts, dates[i % 3])]
        asked_new += calls[0] - at
        at = calls[0]
        assert new_facts == [repr(f) for f in old(body, posts, dates[i % 3])]
        asked_old += calls[0] - at
        total += len(new_facts)
    assert total > 600, total
    assert 0 < asked_new < asked_old / 2, (asked_new, asked_old)
