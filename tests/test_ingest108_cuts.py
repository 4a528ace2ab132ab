"""Stop 50 ingest108's cuts in the checkpoints stage and the directives (issue 15) decide as
before: each compares the code before the cut (kept here) with the code after it on dev and
factRu texts, the samples, articles of bench/make_corpus.py (the generated corpus
`bench/ingest_throughput.py` reads), their upper- and title-cased copies, and random strings
of the patterns' pieces."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from store.extract import checkpoints as cp
from store.model import RawDoc
from store.reading.parse import parse
from store.reading.read import discover, read_path
from tests.conftest import FACTRU_TEXTS, exact_count, exact_sample, exactness_texts, make_corpus_module

_REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> list[str]:
    """dev, factRu (when present), the samples, and 150 generated txt articles (title, body)."""
    return exactness_texts(tmp_path_factory.mktemp("gen108"), seed=108, formats=("txt",))


def _cased(texts: list[str]) -> list[str]:
    return texts + [t.upper() for t in texts[::3]] + [t.title() for t in texts[1::3]]


def _top_level_alternatives(pattern: str) -> set[str]:
    """The pattern's alternatives at its top level, as written (split at `|` outside groups and classes)."""
    out, depth, in_class, start, i = set(), 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]" or pattern[i - 1] == "["
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":  # a class opening with «]»
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.add(pattern[start:i])
            start = i + 1
        i += 1
    out.add(pattern[start:])
    return out


# ---- cut 1: _ARTICLE_CUE's frequent alternatives asked first --------------------------------


def test_article_cue_first_holds_only_alternatives_of_the_whole():
    """Each alternative of _ARTICLE_CUE_FIRST is one of _ARTICLE_CUE's at its top level, under the
    same flags: a match of one is a match of the whole alternation somewhere in the text."""
    first = cp._ARTICLE_CUE_FIRST.pattern
    inner = first[first.index("(?:") + 3 : -1]
    mine = _top_level_alternatives(inner)
    whole = _top_level_alternatives(cp._ARTICLE_CUE.pattern)
    assert len(mine) == 7 and mine <= whole, mine - whole
    assert cp._ARTICLE_CUE_FIRST.flags == cp._ARTICLE_CUE.flags


def test_names_posts_by_words_as_the_whole_pattern(texts):
    pieces = [
        "пропускн",
        "ПУНКТ",
        "пункта",
        " пропуска",
        "границ",
        "Граница",
        "автомобильн",
        "ых ",
        "пункт",
        "переход",
        "пост",
        "өткізу",
        "шекара",
        "таможен",
        "кеден",
        "бекет",
        "станци",
        "КПП",
        "п/п",
        " ",
        "\n",
        "\u00a0",
        "«",
        "»",
        "(РК)",
        "Достык",
        "а",
        "б",
        "ð",
        "\u1c80",
        "İ",
        "ı",
        "border",
        "2 пункта: «",
    ]
    rng = random.Random(108)
    randoms = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(exact_count(20000))]
    checked = 0
    for t in _cased(texts) + randoms:
        assert cp._names_posts_by_words(t) == bool(cp._ARTICLE_CUE.search(t)), t[:200]
        checked += 1
    # and on slices, where a cue word is cut
    for t in texts[::5]:
        for a in range(0, len(t), 97):
            s = t[a : a + 160]
            assert cp._names_posts_by_words(s) == bool(cp._ARTICLE_CUE.search(s)), s
    assert checked > exact_count(20000)


# ---- the directives: inputs recorded from the whole extractor ---------------------------------


@pytest.fixture(scope="module")
def directive_inputs(tmp_path_factory, extractor, monkeypatch_module):
    """find_directives' arguments as the extractor gives them, for dev, factRu (when present) and
    120 generated articles (txt and html, make_corpus seed 1081); in the suite every
    EXACT_EVERY-th file of each folder and the first quarter of the articles."""
    import copy

    from store.extract import extractor as ex_mod

    folders = [_REPO / "eval" / "corpus" / "dev", FACTRU_TEXTS]
    gen = tmp_path_factory.mktemp("gen1081")
    make_corpus_module().make_corpus(exact_count(120), gen, seed=1081, formats=("txt", "html"))
    recorded = []
    real = ex_mod.find_directives

    def record(text, mentions, sentences, date=None):
        recorded.append((text, copy.deepcopy(mentions), list(sentences), date))
        return real(text, mentions, sentences, date)

    monkeypatch_module.setattr(ex_mod, "find_directives", record)
    for folder in [*folders, gen]:
        if not folder.is_dir():
            continue
        for path in discover([folder]) if folder == gen else exact_sample(discover([folder])):
            for doc in read_path(path):
                if isinstance(doc, RawDoc):
                    extractor.extract(parse(doc))
    monkeypatch_module.undo()
    assert len(recorded) >= exact_count(150)
    return recorded


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as mp:
        yield mp


def _old_from_narrative():
    """russian.from_narrative before the cut: its source with each `infinitive_after()` written
    out as the call it memoizes, `infinitive_at(words, after)`."""
    import inspect

    from store.extract.directives import russian

    src = inspect.getsource(russian.from_narrative)
    calls = re.compile(r"(?<!def )infinitive_after\(\)")
    assert len(calls.findall(src)) == 3
    src = calls.sub("infinitive_at(words, after)", src).replace("def from_narrative(", "def _old_from_narrative(", 1)
    namespace = dict(vars(russian))
    exec(compile(src, russian.__file__, "exec"), namespace)  # noqa: S102 - the module's own source
    return namespace["_old_from_narrative"]


def test_from_narrative_as_before(directive_inputs, monkeypatch):
    import copy

    import store.extract.directives as directives

    old = _old_from_narrative()
    told = 0
    for text, mentions, sentences, date in directive_inputs:
        new_out = directives.find_directives(text, copy.deepcopy(mentions), sentences, date)
        with monkeypatch.context() as mp:
            mp.setattr(directives, "from_narrative", old)
            old_out = directives.find_directives(text, copy.deepcopy(mentions), sentences, date)
        assert new_out == old_out, text[:200]
        told += len(new_out)
    assert told >= 20


def _old_quotes(text):
    from store.extract.directives import _QUOTE_VERBS, DASH_QUOTE, QUOTE
    from store.extract.needles import may_hold

    if not may_hold(text, _QUOTE_VERBS):
        return []
    found = sorted([*QUOTE.finditer(text), *DASH_QUOTE.finditer(text)], key=lambda m: m.start())
    out = []
    for m in found:
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


def _spans(found):
    return [(m.span(), m.groups()) for m in found]


def test_quotes_as_before(texts, directive_inputs):
    from store.extract.directives import _quotes

    bodies = [t for t, *_ in directive_inputs]
    some = 0
    for t in _cased(texts) + bodies:
        old = _old_quotes(t)
        assert _spans(_quotes(t)) == _spans(old), t[:200]
        some += bool(old)
    assert some >= 10
    pieces = [
        "«",
        "»",
        '"',
        "“",
        "”",
        "—",
        "–",
        "-",
        "--",
        " ",
        "\n",
        "\t",
        ",",
        ".",
        "поручил",
        "Поручила",
        "ПОТРЕБОВАЛИ",
        "указал",
        "указ",
        "Токаев",
        "провести",
        "а",
        "\u1c80",
        "\u00a0",
    ]
    rng = random.Random(1082)
    for _ in range(30000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        assert _spans(_quotes(t)) == _spans(_old_quotes(t)), t


# ---- quoted_posts_after_noun: only the run before each opening quote scanned --------------------


def _old_post_noun_quotes(text):
    from store.extract.needles import lowered
    from store.extract.passes import org_lists as ol

    if not ol._may_list_posts(text):
        return
    if lowered(text) is None:
        yield from ol._POST_NOUN_QUOTE.finditer(text)
        return
    pos, n = 0, len(text)
    while pos <= n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        line = text[pos:end]
        if any(q in line for q in ol._OPENING):
            low = line.lower()
            if "погранпереход" in low or "пропускн" in low or ol._LOW_NOUN_QUOTE.search(low):
                yield from ol._POST_NOUN_QUOTE.finditer(text, pos, end)
        pos = end + 1


def test_every_character_the_noun_pattern_takes_is_a_run_character():
    """Each letter the pattern is written with, in any case `re` equates with it, is \\w: a match
    holds only _NOT_IN_NOUN's complement before its quote."""
    import sys

    from store.extract.passes import org_lists as ol

    letters = {ch for ch in ol._POST_NOUN_QUOTE.pattern if ch.isalpha()}
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in letters:
        for ch in re.findall(re.escape(letter), everything, re.IGNORECASE):
            assert ol._NOT_IN_NOUN.match(ch) is None, (letter, hex(ord(ch)))
    for ch in " \t-":
        assert ol._NOT_IN_NOUN.match(ch) is None
    for ch in ol._OPENING + "\n.,;»”()":
        assert ol._NOT_IN_NOUN.match(ch) is not None


def test_post_noun_quotes_as_before(texts, directive_inputs):
    from store.extract.passes import org_lists as ol

    bodies = [t for t, *_ in directive_inputs]
    found = 0
    for t in _cased(texts) + bodies:
        old = [m.span() for m in _old_post_noun_quotes(t)]
        assert [m.span() for m in ol._post_noun_quotes(t)] == old, t[:200]
        found += len(old)
    assert found >= 50
    pieces = [
        "пункт",
        "пункта",
        "ПУНКТОВ",
        " ",
        "  ",
        "\t",
        "\n",
        "пропуска",
        "таможенн",
        "ого",
        "пограничн",
        "пост",
        "постов",
        "погранпереход",
        "ом",
        "контрольно-пропускн",
        "ых",
        "КПП",
        "кпп",
        "МАПП",
        "АПП",
        "ДАПП",
        "ЖДПП",
        "«",
        "»",
        '"',
        "“",
        "„",
        "”",
        "-",
        ",",
        "и",
        "Достык",
        "Ж",
        "ᲀ",
        "İ",
        "_",
        "1",
    ]
    rng = random.Random(1083)
    for _ in range(30000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        assert [m.span() for m in ol._post_noun_quotes(t)] == [m.span() for m in _old_post_noun_quotes(t)], t


# ---- _kind_in_span: one needle search before the kind cues' scans ------------------------------


def test_kind_in_span_as_before(texts):
    from store.extract import checkpoint_kinds as ck
    from store.extract.checkpoint_names import TOKEN, Cand

    def old(text, c):
        return ck.last_label(ck.KIND_CUES, text[c.start : c.end])

    assert set(ck._ANY_CUE_NEEDLE.pattern.split("|")) >= {w for ws in ck._CUE_NEEDLES.values() for w in ws}
    named = 0
    for t in _cased(texts):
        for c in cp._candidates(t, list(TOKEN.finditer(t))):
            assert ck._kind_in_span(t, c) == old(t, c), t[c.start : c.end]
            named += 1
        for a in range(0, len(t), 41):  # windows of every length up to 40, a cue word cut anywhere
            c = Cand(a, min(len(t), a + 1 + a % 40), None, False)
            assert ck._kind_in_span(t, c) == old(t, c), t[c.start : c.end]
    assert named >= exact_count(500)
    words = [w for ws in ck._CUE_NEEDLES.values() for w in ws]
    pieces = [*words, *(w.upper() for w in words), "-", " ", "ский", "ый", "Достык", "ı", "İ", "ſ", "\u1c80", "а"]
    rng = random.Random(1084)
    for _ in range(30000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        c = Cand(0, len(t), None, False)
        assert ck._kind_in_span(t, c) == old(t, c), t


# ---- needles.by_opening: _LOCAL_CUE's alternatives grouped by their opening letters ---------------


def _every_character() -> str:
    import sys

    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def _grouped_parts(compiled: re.Pattern) -> list[tuple[str, str]]:
    """(look-ahead class body, the group's alternatives as written) of each group of a rewrite."""
    from store.extract.needles import _alternatives

    out = []
    for part in _alternatives(compiled.pattern):
        assert part.startswith("(?=[") and part.endswith(")"), part[:60]
        cls_end = part.index("])(?:")
        out.append((part[4:cls_end], part[cls_end + 5 : -1]))
    return out


def test_by_opening_groups_open_with_disjoint_characters_every_code_point():
    """Over every code point, under the pattern's flags: (1) each alternative's opening characters
    (re's own parser, as tests/test_ingest95_openings.py reads them) are in its group's look ahead;
    (2) no character opens alternatives of two groups; (3) the groups hold every alternative once,
    each in its written order."""
    from store.extract.needles import BY_OPENING, _alternatives
    from tests.test_ingest95_openings import _P, _class, _first

    assert any(p == cp._LOCAL_CUE.pattern or c is cp._LOCAL_CUE for p, _f, c in BY_OPENING)
    every = _every_character()
    for pattern, flags, compiled in BY_OPENING:
        written = _alternatives(pattern)
        assert "|".join(written) == pattern
        parts = _grouped_parts(compiled)
        assert len(parts) > 1, "grouped"
        order = []
        opened_by_group = []
        for cls, body in parts:
            alts = _alternatives(body)
            order += [written.index(a) for a in alts]
            assert [written.index(a) for a in alts] == sorted(written.index(a) for a in alts)
            allowed = set(re.findall(f"[{cls}]", every, flags))
            opened: set = set()
            for a in alts:
                parsed = _P.parse(a, flags)
                items, empty = _first_flagged(parsed, _first)
                assert items != "any" and not empty, a
                got = set(re.findall(_class(items), every, flags))
                assert got and got <= allowed, (a[:60], sorted(got - allowed)[:10])
                opened |= got
            opened_by_group.append(opened)
        assert sorted(order) == list(range(len(written))) and len(set(order)) == len(written)
        for i in range(len(opened_by_group)):
            for j in range(i + 1, len(opened_by_group)):
                assert not opened_by_group[i] & opened_by_group[j], sorted(opened_by_group[i] & opened_by_group[j])[:10]


def _first_flagged(parsed, first):
    """tests/test_ingest95_openings._first, a group with flags of its own read as written (a flag
    taken away, as (?-i:…), narrows what it matches: its letters under the outer flags are wider)."""
    from re import _constants as c

    def strip(items):
        out = []
        for op, av in items:
            if op is c.SUBPATTERN and (av[1] or av[2]):
                assert not av[1], "a flag added inside: not read here"
                op, av = c.SUBPATTERN, (av[0], 0, 0, strip(av[3]))
            elif op is c.BRANCH:
                av = (av[0], [strip(a) for a in av[1]])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                av = (av[0], av[1], strip(av[2]))
            elif op is c.SUBPATTERN:
                av = (av[0], av[1], av[2], strip(av[3]))
            out.append((op, av))
        return out

    return first(strip(list(parsed)))


def test_local_cue_finds_as_the_pattern_written(texts):
    from store.extract.needles import BY_OPENING

    pieces = []
    for pattern, flags, compiled in BY_OPENING:
        old = re.compile(pattern, flags)
        cases = _cased(texts)
        cases += [s for t in texts[::4] for s in re.split(r"(?<=[.!?])\s+", t)[:30]]
        hits = 0
        for t in cases:
            got = [(m.span(), m.groups()) for m in compiled.finditer(t)]
            assert got == [(m.span(), m.groups()) for m in old.finditer(t)], t[:200]
            hits += len(got)
            for a in range(0, len(t), 173):  # bounded scans, as _SentenceCues asks
                b = a + 211
                assert [m.span() for m in compiled.finditer(t, a, b)] == [m.span() for m in old.finditer(t, a, b)]
        # the floor is _LOCAL_CUE's; later BY_OPENING patterns (tests/test_ingest112_cuts.py) have their own
        assert hits > (500 if compiled is cp._LOCAL_CUE else 0)
        words = re.findall(r"[^\W\d_]{2,}", pattern)
        pieces = [*words, *(w.upper() for w in words[::3]), *sorted(set(re.findall(r"[^\W_]", pattern)))]
        pieces += [
            "\u1c80",
            "\u1c81",
            "İ",
            "ı",
            "K",
            "ſ",
            "ё",
            "Ё",
            "\u00a0",
            " ",
            "  ",
            "\n",
            "\t",
            "-",
            ",",
            ".",
            ":",
        ]
        pieces += ["«", "»", '"', "“", "„", "(", ")", "РК", "2", "15", "Достык", "Ақ жол"]
        rng = random.Random(1085)
        for _ in range(exact_count(30000)):
            t = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
            assert [m.span() for m in compiled.finditer(t)] == [m.span() for m in old.finditer(t)], t
