"""Stop 50 ingest108's cuts in the checkpoints stage and the directives (issue 15) decide as
before: each compares the code before the cut (kept here) with the code after it on dev and
factRu texts, the samples, articles of bench/make_corpus.py (the generated corpus
`bench/ingest_throughput.py` reads), their upper- and title-cased copies, and random strings
of the patterns' pieces."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from store.extract import checkpoints as cp
from store.model import RawDoc
from store.reading.parse import parse
from store.reading.read import discover, read_path
from tests.conftest import FACTRU_TEXTS, make_corpus_module

_REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> list[str]:
    """dev, factRu (when present), the samples, and 150 generated txt articles (title, body)."""
    out = []
    for folder in (_REPO / "eval" / "corpus" / "dev", FACTRU_TEXTS, _REPO / "sample_data"):
        if folder.is_dir():
            out += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*.txt"))]
    mc = make_corpus_module()
    gen = tmp_path_factory.mktemp("gen108")
    mc.make_corpus(150, gen, seed=108, formats=("txt",))
    generated = []
    for path in discover([gen]):  # as ingest reads them: some are in cp1251, some wrapped
        for doc in read_path(path):
            if isinstance(doc, RawDoc):
                article = parse(doc)
                generated += [article.title or "", article.body or ""]
    assert len(generated) >= 200
    return out + generated


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
    randoms = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    checked = 0
    for t in _cased(texts) + randoms:
        assert cp._names_posts_by_words(t) == bool(cp._ARTICLE_CUE.search(t)), t[:200]
        checked += 1
    # and on slices, where a cue word is cut
    for t in texts[::5]:
        for a in range(0, len(t), 97):
            s = t[a : a + 160]
            assert cp._names_posts_by_words(s) == bool(cp._ARTICLE_CUE.search(s)), s
    assert checked > 20000
