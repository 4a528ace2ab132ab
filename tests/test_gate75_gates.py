"""gate75's cuts of passes that cost on texts where they do nothing (issue 15) decide what the
originals decided: each new scan against the original pattern on every dev and factRu text
(files read whole, as written, upper- and lower-cased) and on random strings of the pattern's
pieces; each gate is shown to hold on every text the original pattern matches in."""

from __future__ import annotations

import random
import re
import sys

import pytest

from store.extract import needles
from store.extract.passes import bodies, outlet_names, place_words, places_after_heads, unit_tails
from store.extract.passes import place_before_name as pbn
from tests.conftest import exact_count, exact_sample
from tests.test_gate74_gates import _texts  # dev and factRu as written, upper- and lower-cased

_SEPARATORS = [" ", " ", " ", "  ", "\n", "\t", "\u00a0", "", "-", ".", "«", ", "]


def _random_texts(seed: int, pieces: list[str], n: int = 20_000, most: int = 14) -> list[str]:
    """Half of them pieces run together, half words between separators (where matches are)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        k = rng.randint(0, most)
        if i % 2:
            out.append("".join(rng.choice(pieces) for _ in range(k)))
        else:
            out.append("".join(rng.choice(pieces) + rng.choice(_SEPARATORS) for _ in range(k)))
    return out


def _role_city_matches(text: str) -> tuple[list, list]:
    def seen(ms):
        return [(m.span(), m.groupdict()) for m in ms]

    return seen(pbn._ROLE_CITY_NAME.finditer(text)), seen(pbn._role_city_names(text))


def test_blank_is_str_isspace():
    """_role_city_names walks back over the blanks before a city with str.isspace, which must be
    what `re`'s `\\s` matches in a str pattern, for every code point."""
    blank = re.compile(r"\s")
    assert all(bool(blank.match(c)) == c.isspace() for c in map(chr, range(sys.maxunicode + 1)))


def test_role_city_names_found_from_the_city_as_the_original_on_real_texts():
    found = 0
    texts = _texts()
    assert len(texts) >= 3 * 79
    for text in texts:
        old, new = _role_city_matches(text)
        assert new == old
        found += len(old)
    assert found > 30


_PBN_PIECES = [
    "Аким", "аким", "Житель", "уроженка", "области", "Алматы", "Шымкента", "Семея", "Досаев", "Нурлан",
    "Жетысуев", "Исабаева", "Е.", "Б", "Ә", "ә", "ов", "ина", "а", "Я", "ё", "Ё", "-", ".", "«", "_",
    "a", "Z", "1", " ", "  ", "\n", "\t", "\u00a0", "\u2003",
]  # fmt: skip


@pytest.mark.parametrize("seed", [75, 76, 77])
def test_role_city_names_on_random_strings_of_their_pieces(seed):
    found = 0
    for text in _random_texts(seed, _PBN_PIECES):
        old, new = _role_city_matches(text)
        assert new == old, text
        found += bool(old)
    assert found > 100


def _old_whole_word(word: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def test_outlet_spellings_found_as_the_original_on_real_and_random_texts():
    spellings = sorted({s for ss in outlet_names._spellings().values() for s in ss})
    assert len(spellings) > 20
    pieces = ["-", "_", " ", "«", "»", "а", "1", "x", "\n", *spellings[:8], "Казинформ", "Kazinform"]
    # every EXACT_EVERY-th text and the first quarter of the strings in the suite (bench/exact_cuts.py: all)
    texts = exact_sample(_texts()) + _random_texts(75, pieces, n=exact_count(4_000), most=6)
    found = 0
    for spelling in spellings:
        old, new = _old_whole_word(spelling), needles.whole_word(spelling)
        for text in texts:
            m, n = old.search(text), new.search(text)
            assert (m and m.span()) == (n and n.span()), (spelling, text)
            found += bool(m)
    assert found > 200


def _gate_holds(gate, patterns, texts) -> int:
    """Every text one of `patterns` matches in passes `gate`; the number it matched in."""
    matched = 0
    for text in texts:
        hit = any(p.search(text) for p in patterns)
        assert gate(text) or not hit, text
        matched += hit
    return matched


_HEAD_PIECES = [
    "Аким", "аким", "акимат", "Акимат", "прокуратура", "маслихат", "аппарат", "акима", "хокимият",
    "мэрия", "Мэрии", "суд", "Суда", "государство", "Глава", "главы", "мэр", "департамента", "управления",
    "инспекции", "отдела", "полиции", "Полиция", "по", "городу", "области", "Алматы", "Шымкента",
    "Жамбылской", "Абай", "района", "г.", " ", "  ", "\t", "\n", "-", "«", "x", "ә",
]  # fmt: skip


def test_lowercase_units_gate_holds_wherever_the_unit_pattern_matches():
    def gate(t):
        return any(w in t for w in bodies._LOWER_UNIT_WORDS)

    assert _gate_holds(gate, [bodies._LOWER_UNIT], _texts()) > 10
    assert _gate_holds(gate, [bodies._LOWER_UNIT], _random_texts(75, _HEAD_PIECES, most=8)) > 400


def test_territorial_bodies_gate_holds_wherever_a_local_body_matches():
    def gate(t):
        return any(w in t for w in unit_tails._HEAD_WORDS) or bool(
            unit_tails._COURT.search(t) or unit_tails._MAYORALTY_WORD.search(t)
        )

    patterns = [unit_tails._LOCAL_BODY, unit_tails._MAYORALTY]
    _gate_holds(gate, patterns, _texts())  # dev and factRu name no such body
    assert _gate_holds(gate, patterns, _random_texts(76, _HEAD_PIECES, most=8)) > 400


def test_places_after_heads_gate_holds_wherever_a_head_and_word_match():
    def gate(t):
        return any(w in t for w in places_after_heads._HEAD_WORDS)

    patterns = [places_after_heads._HEAD_AND_WORD]
    assert _gate_holds(gate, patterns, _texts()) > 5
    assert _gate_holds(gate, patterns, _random_texts(77, _HEAD_PIECES, most=8)) > 400


def test_territorial_bodies_without_a_head_returns_the_spans_sorted_as_before():
    """A text the old needles let through («государство») but with no head: the spans come back
    sorted, as the old scan that found nothing returned them."""
    from store.extract.ner import NerSpan

    text = "Государство Алматы"
    spans = [NerSpan("location", 12, 18, "Алматы"), NerSpan("organization", 0, 11, "Государство")]
    out = unit_tails.territorial_bodies(text, spans, None)
    assert out == sorted(spans, key=lambda s: (s.start, s.end)) and out is not spans


@pytest.mark.parametrize("seed", [75, 76])
def test_whole_word_on_random_words_and_strings_of_their_letters(seed):
    """singular_places' plurals (any word, with the letters `re.escape` escapes) as whole words."""
    rng = random.Random(seed)
    letters = ["а", "и", "ы", "к", "О", "-", ".", "+", "(", " ", "_", "1", "x", "ә", "\n"]
    found = 0
    for _ in range(3_000):
        word = "".join(rng.choice(letters) for _ in range(rng.randint(1, 4)))
        old, new = _old_whole_word(word), needles.whole_word(word)
        for _ in range(6):
            text = "".join(rng.choice(letters + [word]) for _ in range(rng.randint(0, 10)))
            m, n = old.search(text), new.search(text)
            assert (m and m.span()) == (n and n.span()), (word, text)
            found += bool(m)
    assert found > 1_000


_WATER_PIECES = [
    "река", "реки", "реку", "рекой", "рекам", "озеро", "озера", "озером", "водохранилище",
    "водохранилища", "директор", "Или", "Урал", "Зайсан", "Капчагайское", "кан-", " ", "  ", "\n",
    "\t", "-", "x", "Z", "ё", "1",
]  # fmt: skip


def test_water_gate_holds_wherever_a_water_name_matches():
    patterns = [place_words._WATER]
    _gate_holds(place_words._may_name_water, patterns, _texts())  # dev and factRu name none
    assert _gate_holds(place_words._may_name_water, patterns, _random_texts(78, _WATER_PIECES, most=6)) > 400


def _old_headline_clause(text: str, s, words: list[str]) -> bool:
    from store.extract.passes.kazakh_bodies import _FINITE_VERB

    headline = "\n" not in text.strip() and len(text.split()) <= 20 and not text[s.end :].strip(" .!?")
    quoted = any(q in s.text for q in '«»"“”')
    return headline and len(words) >= 2 and not quoted and bool(_FINITE_VERB.search(words[-1]))


def test_headline_clause_reads_the_span_first_with_the_same_answers():
    """Every run of one to four words of every dev and factRu line (a line as the whole text,
    and the file whole), and random Kazakh headlines, as the old order of the checks read them."""
    from store.extract.ner import NerSpan
    from store.extract.passes import shaped_not_bodies as snb

    files = _texts()
    lines = [line for t in files[: len(files) // 3] for line in t.splitlines() if line.strip()]
    rng = random.Random(75)
    kk = ["Жамбыл", "облысында", "жол", "жабылды", "ашылды", "«Достық»", "бекеті", "жұмыс", "істейді", "\n", "."]
    heads = [" ".join(rng.choice(kk) for _ in range(rng.randint(1, 8))) for _ in range(3_000)]
    true = 0
    for text in lines[:4_000] + heads + files[:20]:
        starts = [m.start() for m in re.finditer(r"\S+", text)][:40]
        for i in starts:
            for n in (1, 2, 3, 4):
                m = re.compile(rf"\S+(?:\s+\S+){{{n - 1}}}").match(text, i)
                if not m:
                    continue
                s = NerSpan("organization", m.start(), m.end(), m.group())
                words = " ".join(m.group().split()).split()
                old = _old_headline_clause(text, s, words)
                assert snb._a_headline_clause(text, s, words) == old, (text, m.group())
                true += old
    assert true > 100


def test_outlet_fold_kept_by_the_name_folds_as_before():
    """_fold is cached by its argument: the same answers as the function it wraps, asked twice."""
    names = [
        "Kazinform",
        "www.Kazinform.kz",
        "«Казинформ»",
        "Ёлка-Пресс",
        "https://tengrinews.kz",
        " ",
        "24.kz",
        "Хабар 24",
    ]
    for name in names * 2:
        assert outlet_names._fold(name) == outlet_names._fold.__wrapped__(name)
