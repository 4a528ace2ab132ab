"""ingest120's cut in the reader (issue 15, parse on fresh generated articles) decides the same.

masthead._footer asked `_PROMPT.search(line) or _COPYRIGHT.search(line)` of every trailer line:
two case-insensitive searches tried at every position. `_prompt_or_copyright` answers the same:
_PROMPT anchored first (its only unanchored alternative is «telegram|телеграм»), «©» alone is a
_COPYRIGHT match, and each search is asked only of a line whose lower-case copy holds a word its
every match holds (a line with a letter of furniture.ODD_CASE is searched as before).

Compared over dev's, factRu's (when present) and the samples' lines, generated bodies and pages,
their upper- and title-cased copies, and random strings of the patterns' pieces (İ ı ſ K and
U+1C80–U+1C88 among them); every code point `re` equates with a needle's letter is checked.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from store.reading import furniture as fu
from store.reading import masthead
from tests.conftest import FACTRU_TEXTS, generated_parts
from tests.exactness import ODD_CASE_LETTERS, assert_equated_letters_fold

ROOT = Path(__file__).resolve().parent.parent


def _old(line: str) -> bool:
    return bool(masthead._PROMPT.search(line) or masthead._COPYRIGHT.search(line))


@pytest.fixture(scope="module")
def lines() -> list[str]:
    texts = []
    for folder in (ROOT / "eval" / "corpus" / "dev", FACTRU_TEXTS, ROOT / "sample_data"):
        if folder.is_dir():
            texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*.txt"))]
    for _spec, body, page in generated_parts(120, 200):
        texts += [body, page]
    base = list(dict.fromkeys(ln for t in texts for ln in t.splitlines()))
    assert len(base) > 2000
    return base + [ln.upper() for ln in base] + [ln.title() for ln in base]


_PIECES = (
    "Подписывайтесь на наш",
    "подпишитесь",
    "Читайте также",
    "следите за",
    "Перепечатка",
    "при полном или частичном использовании",
    "при перепечатке",
    "Копирование",
    "материалдарды",
    "жазылыңыз",
    "telegram",
    "TELEGRAM",
    "Телеграм",
    "телеграм",
    "в Telegram-канале",
    "teleɡram",
    "тᲄлеграм",
    "тeлеграм",
    "©",
    "(c) 2024",
    "(C)2019",
    "(с) 2020",
    "Copyright",
    "COPYRIGHT",
    "copyrights",
    "xcopyright",
    "copyrıght",
    "(",
    ")",
    "2025",
    "tengrinews.kz",
    "Kazinform",
    " ",
    "  ",
    "\u00a0",
    "\t",
    "\n",
    ".",
    ",",
    ":",
    "-",
    *ODD_CASE_LETTERS,
    "Граница",
    "а",
)


def _random_strings(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 8))) for _ in range(n)]


def test_prompt_or_copyright_decides_as_before(lines):
    rnd = _random_strings(60000, 120)
    differ = [ln for ln in lines + rnd if masthead._prompt_or_copyright(ln) != _old(ln)]
    assert differ == []
    # every branch is reached, on text and on random strings
    hits = [ln for ln in lines + rnd if _old(ln)]
    assert len(hits) > 1000
    assert any(not masthead._PROMPT.match(ln) and masthead._PROMPT.search(ln) for ln in hits)
    assert any("©" not in ln and masthead._COPYRIGHT.search(ln) for ln in hits)
    assert any(fu.ODD_CASE.search(ln) for ln in hits)


def test_footer_as_before(lines):
    """The whole trailer reader, old condition put back, over windows of lines."""
    windows = [lines[i : i + 6] for i in range(0, len(lines), 4)]
    windows += [w[i : i + 5] for w in [_random_strings(20000, 1201)] for i in range(0, 20000, 5)]
    new = [masthead._footer(w) for w in windows]
    kept = masthead._prompt_or_copyright
    masthead._prompt_or_copyright = _old
    try:
        old = [masthead._footer(w) for w in windows]
    finally:
        masthead._prompt_or_copyright = kept
    assert new == old
    assert sum(x is not None for x in new) > 50


def test_needles_hold_every_code_point_re_equates():
    """A character `re` matches with a needle's letter under IGNORECASE lowers to that letter, or
    is in ODD_CASE (then the line is searched whole); each needle is in the pattern it guards."""
    gates = ((masthead._PROMPT_ANYWHERE_WORDS, masthead._PROMPT), (masthead._COPYRIGHT_WORDS, masthead._COPYRIGHT))
    assert_equated_letters_fold(gates, fu.ODD_CASE)
    # _PROMPT's unanchored part is exactly those words; «©» is an alternative of _COPYRIGHT on its own
    assert masthead._PROMPT.pattern.endswith("|(?:telegram|телеграм)")
    assert masthead._PROMPT.pattern.startswith("(?i)^(?:") and masthead._PROMPT.pattern.count("^") == 1
    assert masthead._COPYRIGHT.pattern.startswith("(?i)©|")
