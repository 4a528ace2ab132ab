"""gate74's cuts of the costliest passes that rarely act (issue 15) find what the originals
found: each new pattern against the original one it replaces, on every dev and factRu text
(files read whole, which holds every sentence of them) and on random strings of their pieces."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from store.extract.passes import titled_names as tn
from tests.conftest import FACTRU_TEXTS

ROOT = Path(__file__).resolve().parent.parent
_DEV = sorted((ROOT / "eval" / "corpus" / "dev").iterdir())
_FACTRU = sorted(FACTRU_TEXTS.glob("*.txt"))


def _texts() -> list[str]:
    out = [p.read_text(encoding="utf-8", errors="replace") for p in _DEV + _FACTRU if p.is_file()]
    return out + [t.upper() for t in out] + [t.lower() for t in out]


def _abbreviation_starts(text: str) -> tuple[list, list]:
    return (
        [m.start() for m in tn._ANY_ABBREVIATION.finditer(text)],
        [m.start(1) for m in tn._SPACE_BEFORE_ABBREVIATION.finditer(text)],
    )


def test_titled_names_abbreviations_found_from_the_space_as_the_original_on_real_texts():
    texts = _texts()
    assert len(texts) >= 3 * 79
    found = 0
    for text in texts:
        old, new = _abbreviation_starts(text)
        assert new == old
        found += len(old)
    assert found > 300


@pytest.mark.parametrize("seed", [74, 75])
def test_titled_names_abbreviations_on_random_strings_of_their_pieces(seed):
    pieces = ["р-н", "Р-НА", "р-ну", "обл", "ОБЛ", "г", "Г", "ауд", "с", "С", ".", " ", "  ", "\t", "\n", "\u00a0"]
    pieces += ["а", "Ә", "қ", "x", "1", "-", "н", "е", "у", "Аким", "Жетысу", "2024", "і", "ё"]
    rng = random.Random(seed)
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        old, new = _abbreviation_starts(text)
        assert new == old, text
        found += bool(old)
    assert found > 100


def _post_noun_quotes(text: str) -> tuple[list, list]:
    from store.extract.passes import org_lists as ol

    return (
        [(m.span(), m.group()) for m in ol._POST_NOUN_QUOTE.finditer(text)],
        [(m.span(), m.group()) for m in ol._post_noun_quotes(text)],
    )


def test_post_noun_quotes_scanned_by_line_as_the_whole_text_on_real_texts():
    found = 0
    for text in _texts():
        old, new = _post_noun_quotes(text)
        assert new == old
        found += len(old)
    assert found > 100


@pytest.mark.parametrize("seed", [74, 75])
def test_post_noun_quotes_on_random_strings_of_their_pieces(seed):
    pieces = ["пункта", "ПУНКТОВ", "пропуска", "Пропуска", "таможенного", "ПОГРАНИЧНЫЙ", "пост", "посту", "ПОСТАМИ"]
    pieces += ["погранпереходом", "Контрольно-пропускного", "пункта", "КПП", "мапп", "ДАПП", "группа", "\u1c82"]
    pieces += ["«", "»", '"', "“", "„", " ", "  ", "\t", "\n", "\n\n", "-", "İ", "x", "Хоргос", "и", ","]
    rng = random.Random(seed)
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        old, new = _post_noun_quotes(text)
        assert new == old, text
        found += bool(old)
    assert found > 100
