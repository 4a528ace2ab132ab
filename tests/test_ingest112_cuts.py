"""Stop 50 ingest112's cuts (issue 15): big case-insensitive alternations searched over whole sentences,
rebuilt by `needles.by_opening` (their alternatives grouped by the letters they open with), find what
the patterns as written find. Each pattern as it was written before the cut is kept here and compared
with the module's over dev and factRu texts, the samples, 150 articles of bench/make_corpus.py (the
generated corpus bench/ingest_throughput.py reads), their upper-, lower- and title-cased copies, their
sentences, bounded scans (search(text, a, b), as fact_context asks) and random strings of each
pattern's pieces; the groups' look aheads are checked over every code point by ingest108's test."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from store.extract import checkpoint_airports, directive_targets, fact_context, facts
from tests.conftest import exact_floor, exactness_texts
from tests.exactness import ODD_CASE_LETTERS

_REPO = Path(__file__).resolve().parent.parent

# (the module's pattern, the pattern as written before the cut, its flags)
_CUTS = {
    "fact_context._CROSSED": (
        lambda: fact_context._CROSSED,
        r"пропущен\w*|пропустил\w*|пересекл\w*|пересек\b|оформлен\w*|оформил\w*|проследовал\w*|выехал\w*|въехал\w*|заехал\w*"
        r"|өтті|өткізілді|өткізді",
        re.IGNORECASE,
    ),
    "checkpoint_airports._BORDER_CUE": (
        lambda: checkpoint_airports._BORDER_CUE,
        r"погранич|погранслужб|пограничн|паспортн\w*\s+контрол|пункт\w*\s+пропуска|"
        r"государственн\w*\s+границ|пересеч\w*\s+(?:государственн\w*\s+)?границ|через\s+границу|"
        r"шекара|өткізу\s+пункт|паспорттық\s+бақылау",
        re.IGNORECASE,
    ),
    "facts._HEARSAY": (
        lambda: facts._HEARSAY,
        r"\bякобы\b|\bслух\w*|\bсообщалось\b|\bсообщени\w*\s+о\b|\bинформаци\w*\s+о\b|\bраспространя\w+"
        r"|\bв\s+(?:соцсетях|социальных\s+сетях|сети|мессенджерах)\b|ақпарат\w*\s+тара\w+",
        re.IGNORECASE,
    ),
    # written with «(?i)» before it; by_opening takes the flag as an argument (a global flag must open the pattern)
    "directive_targets._PLURAL": (
        lambda: directive_targets._PLURAL,
        r"\bпункт(?:ы|ов|ам|ами|ах)\s+пропуска|\b" + directive_targets._ADJ + r"пункт(?:ы|ов|ам|ами|ах)\b"
        r"|\b(?:погран|пограничн\w*\s+)переход(?:ы|ов|ам|ами|ах)\b|\bөткізу\s+(?:бекет|пункт)тер\w*"
        r"|(?<!\w)(?:КПП|МАПП|АПП|ЖДПП|МЦПС)(?!\w)",
        re.IGNORECASE,
    ),
}
_WRITTEN_WITH_INLINE_FLAG = re.compile(
    r"(?i)\bпункт(?:ы|ов|ам|ами|ах)\s+пропуска|\b" + directive_targets._ADJ + r"пункт(?:ы|ов|ам|ами|ах)\b"
    r"|\b(?:погран|пограничн\w*\s+)переход(?:ы|ов|ам|ами|ах)\b|\bөткізу\s+(?:бекет|пункт)тер\w*"
    r"|(?<!\w)(?:КПП|МАПП|АПП|ЖДПП|МЦПС)(?!\w)"
)


def test_plural_as_first_written():
    """_PLURAL's pattern as compiled before the cut («(?i)» inline) is the one compared above, flags and all."""
    _get, written, flags = _CUTS["directive_targets._PLURAL"]
    assert _WRITTEN_WITH_INLINE_FLAG.flags == re.compile(written, flags).flags
    assert _WRITTEN_WITH_INLINE_FLAG.pattern == "(?i)" + written


# matches each pattern finds over the texts (dev and the generated ones alone: CI has no factRu)
_FLOORS = {
    "fact_context._CROSSED": 20,
    "checkpoint_airports._BORDER_CUE": 500,
    "facts._HEARSAY": exact_floor(5, 2),  # the suite's sample of dev alone (a clean clone): 3
    "directive_targets._PLURAL": 200,
}


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> list[str]:
    """dev, factRu (when present), the samples, and 150 generated articles (title, body) as ingest reads them."""
    return exactness_texts(tmp_path_factory.mktemp("gen112"), seed=112)


def _found(rx: re.Pattern, text: str, a: int = 0, b: int | None = None) -> list:
    end = len(text) if b is None else b
    return [(m.span(), m.group(), m.groups()) for m in rx.finditer(text, a, end)]


@pytest.mark.parametrize("name", sorted(_CUTS))
def test_rewrite_finds_what_the_pattern_written_finds(name, texts):
    from store.extract.needles import BY_OPENING

    get, written, flags = _CUTS[name]
    new, old = get(), re.compile(written, flags)
    assert new.flags == old.flags
    assert any(c is new and p == written and f == flags for p, f, c in BY_OPENING), "built by by_opening"
    assert new.pattern != written, "grouped"
    cases = (
        texts + [t.upper() for t in texts[::3]] + [t.lower() for t in texts[1::3]] + [t.title() for t in texts[2::3]]
    )
    cases += [s for t in texts for s in re.split(r"(?<=[.!?…])\s+", t)]
    hits = 0
    for t in cases:
        got = _found(new, t)
        assert got == _found(old, t), t[:200]
        hits += len(got)
        m_new, m_old = new.search(t), old.search(t)
        assert (m_new and m_new.span()) == (m_old and m_old.span())
    assert hits > _FLOORS[name], hits
    for t in texts[::2]:  # bounded scans, as a sentence's search(text, a, b)
        for a in range(0, len(t), 97):
            b = a + 157
            assert _found(new, t, a, b) == _found(old, t, a, b)
            m_new, m_old = new.search(t, a, b), old.search(t, a, b)
            assert (m_new and m_new.span()) == (m_old and m_old.span())
    words = re.findall(r"[^\W\d_]{2,}", written)
    pieces = [*words, *(w.upper() for w in words[::2]), *(w[:-1] for w in words[1::2])]
    pieces += sorted(set(re.findall(r"[^\W_]", written)))
    pieces += [
        *ODD_CASE_LETTERS,
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
    ]
    pieces += ["«", "»", "(", ")", "2", "15", "о", "в", "ы", "ов", "ами"]
    rng = random.Random(112)
    for _ in range(30000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        assert _found(new, t) == _found(old, t), t


def test_groups_open_with_disjoint_characters_every_code_point():
    """ingest108's check over every code point, run with this file's patterns imported."""
    from tests.test_ingest108_cuts import test_by_opening_groups_open_with_disjoint_characters_every_code_point as check

    check()
