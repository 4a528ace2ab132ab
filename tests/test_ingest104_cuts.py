"""ingest104's cuts of the small passes (issue 15) decide what the code before them decided:
each new scan against the pattern it replaces, and each gate shown to hold wherever the
pattern matches, on every dev and factRu text (files read whole, as written, upper- and
lower-cased), on bench/make_corpus.py's generated articles (clean bodies and raw pages) and
on random strings of the patterns' pieces."""

from __future__ import annotations

import random
import re
import sys
from functools import cache
from pathlib import Path

import pytest

from store.extract import linking
from store.extract.grammars import coordinated_places
from store.extract.passes import org_spans, organizations, place_lists, region_lists
from tests.conftest import FACTRU_TEXTS, exact_count, exact_sample, generated_parts

ROOT = Path(__file__).resolve().parent.parent
# in the suite every EXACT_EVERY-th file and the first quarter of the articles (all: bench/exact_cuts.py)
_DEV = exact_sample(sorted((ROOT / "eval" / "corpus" / "dev").iterdir()))
_FACTRU = exact_sample(sorted(FACTRU_TEXTS.glob("*.txt")))
_ARTICLES = exact_count(300)


@cache
def _generated() -> tuple[str, ...]:
    return tuple(text for _, body, page in generated_parts(104, _ARTICLES) for text in (body, page))


@cache
def _texts() -> tuple[str, ...]:
    read = [p.read_text(encoding="utf-8", errors="replace") for p in _DEV + _FACTRU if p.is_file()]
    read += list(_generated())
    return tuple(read + [t.upper() for t in read] + [t.lower() for t in read])


def test_the_texts_hold_dev_and_generated_articles():
    assert len(_texts()) >= 3 * (len(_DEV) + 2 * _ARTICLES) and len(_DEV) >= exact_count(79)


# --- region_lists: the elliptic regions' scan opens with the preposition's first letter


def _elliptic(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.span(1)) for m in pattern.finditer(text)]


def test_preposition_first_letters_are_every_code_point_re_equates_with_them():
    equated = {chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch("(?i:[впи])", chr(c))}
    assert equated == set(region_lists._PREPOSITION_FIRST)


def test_elliptic_regions_found_from_the_preposition_as_by_the_original_on_texts():
    old, new = region_lists._original_pattern(), region_lists._pattern()
    found = 0
    for text in _texts():
        expected = _elliptic(old, text)
        assert _elliptic(new, text) == expected
        found += len(expected)
    assert found > exact_count(20)


@pytest.mark.parametrize("seed", [104, 105])
def test_elliptic_regions_on_random_strings_of_their_pieces(seed):
    old, new = region_lists._original_pattern(), region_lists._pattern()
    pieces = ["в", "В", "во", "ВО", "вО", "по", "По", "из", "ИЗ", "иЗ", "\u1c80", "\u1c82", "\u1c80\u1c82", "п", "и"]
    pieces += ["Актюбинск", "актюбинск", "КАРАГАНДИНСК", "Восточно-Казахстанск", "Самарск", "ая", "ой", "ую", "ою"]
    pieces += [" ", "  ", "\n", "\t", "\u00a0", "-", "—", ":", "x", "ж", "1", "_", "о", "з", "ы"]
    preps = ["в", "В", "во", "Во", "ВО", "вО", "по", "ПО", "из", "Из", "\u1c80", "\u1c80\u1c82", "и", "п", "вв", ""]
    stems = ["Актюбинск", "актюбинск", "КАРАГАНДИНСК", "Восточно-Казахстанск", "Самарск", "Абайск", "ск", ""]
    blanks = [" ", "  ", "\n", "\t", "\u00a0", "", "-"]
    ends = ["ая", "ой", "ую", "ою", "ОЙ", "ий", "", "ая-", "аяx"]
    rng = random.Random(seed)
    found = 0
    for _ in range(40_000):
        parts = [rng.choice(pieces), rng.choice(preps), rng.choice(blanks), rng.choice(stems), rng.choice(ends)]
        text = "".join(parts + [rng.choice(pieces) for _ in range(rng.randint(0, 3))])
        expected = _elliptic(old, text)
        assert _elliptic(new, text) == expected, text
        found += bool(expected)
    assert found > 400


# --- coordinated_places' comma lists: no scan without «район», «област» or «округ»


@pytest.mark.parametrize("seed", [104, 105])
def test_plural_nouns_are_found_only_where_a_needle_stands(seed):
    rng = random.Random(seed)
    pieces = ["район", "РАЙОН", "област", "округ", "сельск", "поселков", "их", "ие", "ах", "ов", "ы", "ей", "ями"]
    pieces += [" ", "\n", "-", "а", "Х", ","]
    randoms = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20_000)]
    found = 0
    for text in (*_texts(), *randoms):
        if place_lists._PLURAL_NOUN.search(text):
            found += 1
            assert "район" in text or "област" in text or "округ" in text, text
        elif not ("район" in text or "област" in text or "округ" in text):
            assert place_lists.comma_lists(text) == []
    assert found > exact_count(500)  # most are in the texts: a quarter of the floor on the suite's sample


# --- acronyms_and_platforms: no scan for letters defined in brackets without a «(»


def test_defined_abbreviations_need_a_bracket():
    rng = random.Random(104)
    pieces = ["(", ")", "КТК", "СЭО", "ҚР", "AB", "Ab", " ", "\n", "Каспийский", "системы", "x", "1", "-"]
    randoms = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20_000)]
    found = 0
    for text in (*_texts(), *randoms):
        if linking._ABBREVIATION_IN_BRACKETS.search(text) or linking._ABBREVIATION_BEFORE_BRACKET.search(text):
            found += 1
            assert "(" in text
        else:
            assert linking._defined_abbreviations(text) == set()
    assert found > 500


# --- org_spans: the cited outlets' scan holds only the shapes whose word the text holds


def _cited(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), tuple(m.span(g) for g in org_spans._GROUPS)) for m in pattern.finditer(text)]


def _held(text: str) -> tuple[bool, ...]:
    return tuple(word in text for word, _ in org_spans._CITED_BRANCHES)


def test_each_shape_holds_its_word():
    for word, branch in org_spans._CITED_BRANCHES:
        assert re.compile(branch).groupindex, word
    # the shapes' words are literal in their patterns: a match cannot be without them
    assert [word for word, _ in org_spans._CITED_BRANCHES] == ["деп", "тілшіс", "сілтеме", "туралы"]


def test_cited_outlets_scanned_by_the_words_held_as_by_the_whole_pattern_on_texts():
    found = 0
    for text in _texts():
        expected = _cited(org_spans._CITED, text)
        assert _cited(org_spans._cited_pattern(_held(text)), text) == expected
        assert _cited(org_spans._cited_pattern((True,) * 4), text) == expected
        found += len(expected)
    assert found > exact_count(20)


@pytest.mark.parametrize("seed", [104, 105])
def test_cited_outlets_on_random_strings_of_their_pieces(seed):
    pieces = ["деп", "Деп", "хабарлайды", "жазды", "мәлімдеді", "тілшісі", "тілшісіне", "сілтеме", "туралы", "Бұл"]
    pieces += ["Orda.kz", "Qazinform", "«Хабар", "24»", '"', "Sputnik", "Қазақстан", "inbusiness.kz", "BAQ.KZ"]
    pieces += ["-на", "-ға", "агенттігі", "порталы", "ақпарат", " ", " ", " ", "\t", "\n", ".", ",", "-", "x"]
    rng = random.Random(seed)
    found = 0
    for _ in range(40_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        expected = _cited(org_spans._CITED, text)
        assert _cited(org_spans._cited_pattern(_held(text)), text) == expected, text
        found += bool(expected)
    assert found > 200


# --- quoted_organizations: the quotes after white space found from the «; no source line without its word


def test_white_space_of_re_is_str_isspace():
    spaces = re.compile(r"\s")
    assert all(bool(spaces.fullmatch(chr(c))) == chr(c).isspace() for c in range(sys.maxunicode + 1))


def test_space_quote_starts_as_the_original_scan_on_texts():
    found = 0
    for text in _texts():
        expected = [q.start() for q in organizations._SPACE_QUOTE.finditer(text)]
        assert organizations._space_quote_starts(text) == expected
        found += len(expected)
    assert found > 500


@pytest.mark.parametrize("seed", [104, 105])
def test_space_quote_starts_on_random_strings_of_their_pieces(seed):
    pieces = ["«", "»", " ", "  ", "\n", "\t", "\u00a0", "\u2028", "\x1c", "\x85", "\u3000", "а", "x", "-", "«»", " «"]
    rng = random.Random(seed)
    found = 0
    for _ in range(40_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        expected = [q.start() for q in organizations._SPACE_QUOTE.finditer(text)]
        assert organizations._space_quote_starts(text) == expected, text
        found += bool(expected)
    assert found > 5000


def test_source_lines_need_their_word():
    extra = ["Источник: Комсомольская правда", "x\nSource : Reuters\n", "Дереккөз:  «Egemen»", "источник: ТАСС"]
    found = 0
    for text in (*_texts(), *extra):
        if organizations._SOURCE_LINE.search(text):
            found += 1
            assert "Источник" in text or "Дереккөз" in text or "Source" in text
        else:
            assert organizations._source_lines(text) == []
    assert found >= 3


@pytest.mark.parametrize("which", [0, 1])
def test_kazakh_quoted_names_need_their_words(which):
    pattern, needed = organizations._KK_QUOTES[which]
    alternatives = re.search(r"\(\?:((?:[^()]|\([^()]*\))*)\)(?:\[|\(\?!)", pattern.pattern.split("\\s+", 1)[1])
    assert alternatives, pattern.pattern
    for word in alternatives.group(1).split("|"):  # every alternative holds one of the words
        assert any(w in re.sub(r"\[[^]]*\]$", "", word) for w in needed), word
    rng = random.Random(104 + which)
    quotes, names = ["«", '"', "“", "»", "”", ""], ["Хабар 24", "Заря", "Үрімші темір жолы", "x", "", "«Мой город»"]
    kinds = ["телеарнасы", "арна", "агенттігі", "газеті", "банкі", "ЖШС", "ЖАҚ", "АҚ", "РМК", "МКК", "қоры", "зауыты"]
    kinds += ["радиоарнасы", "компаниясы", "серіктестігі", "бан", "газ", "Ж", "аҚ", "порталы", "холдингі", "ЖШҚ"]
    blanks = [" ", "  ", "\n", "", " ақпарат "]
    randoms = [
        "".join(
            [rng.choice(quotes), rng.choice(names), rng.choice(quotes), rng.choice(blanks), rng.choice(kinds)]
            + [rng.choice(kinds + blanks) for _ in range(rng.randint(0, 2))]
        )
        for _ in range(20_000)
    ]
    found = 0
    for text in (*_texts(), *randoms):
        if pattern.search(text):
            found += 1
            assert any(w in text for w in needed), text
    assert found > 150


# --- coordinated_places: no window without «и»/«или» between a blank and a capitalized word


@pytest.mark.parametrize("seed", [104, 105])
def test_coordinated_windows_need_a_conjunction_before_a_capital(seed):
    rng = random.Random(seed)
    pieces = ["Тульской", "Курской", "Северо-Казахстанской", " ", "  ", "\n", "\t", ",", ", ", "и", "или", "и ", "ИЛИ"]
    pieces += ["областях", "области", "Жамбылского", "районах", "х", "-", "И", "Ё", "ё"]
    words = ["Тульской", "Курской", "Северо-Казахстанской", "курской", "Х", "Ёлкинской", ""]
    blanks = [" ", "  ", "\n", "\t", "", "\u00a0", " , ", ","]
    conjunctions = ["и", "или", "И", "ли", "и-", ""]
    randoms = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) for _ in range(10_000)]
    randoms += [
        "".join(
            [rng.choice(words), rng.choice(blanks), rng.choice(words), rng.choice(blanks), rng.choice(conjunctions)]
            + [rng.choice(blanks), rng.choice(words)]
            + [rng.choice(pieces) for _ in range(rng.randint(0, 2))]
        )
        for _ in range(20_000)
    ]
    found = 0
    for text in (*_texts(), *randoms):
        if coordinated_places._WINDOW.search(text):
            found += 1
            assert coordinated_places._CONJUNCTION_AND_WORD.search(text), text
        elif not coordinated_places._CONJUNCTION_AND_WORD.search(text):
            assert list(coordinated_places._windows(text)) == []
    assert found > 1000
