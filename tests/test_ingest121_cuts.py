"""ingest121's cuts (issue 15, stop 52) answer as the code they replace.

- needles.folded keeps the copies of the last texts it folded (by value): the same copy for any
  text, asked once or again, in any order, and may_hold the same answers as with one kept copy;
- self_reference searches _EARLIER only in a paragraph whose lower-case copy holds «ранее» (kept
  for the paragraphs the four lead readers ask in turn), outlet_shapes._REPORTS only where
  «reports» is written: the old readers kept here give the same names over dev, factRu (when
  present), generated bodies and pages, their cased copies and random strings of the pieces; every
  code point `re` equates with a letter of «ранее» is checked.
"""

from __future__ import annotations

import re

import pytest

from store.extract import needles
from store.reading import outlet_shapes, self_reference
from tests.conftest import FACTRU_TEXTS, ROOT, generated_parts
from tests.exactness import assert_equated_letters_fold, random_strings


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """dev's and factRu's first texts (when present), 60 generated bodies and pages, as written."""
    files = sorted((ROOT / "eval" / "corpus" / "dev").glob("*.txt")) + sorted(FACTRU_TEXTS.glob("*.txt"))[:40]
    read = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    read += [text for _spec, body, page in generated_parts(121, 60) for text in (body, page)]
    assert len(read) > 150
    return read


def _old_folded(text: str) -> str:
    return " " + " ".join(text.lower().split()) + " "


def _old_may_hold(text: str, words: tuple[str, ...], kept: list) -> bool:
    if text != kept[0]:
        kept[0], kept[1] = text, None if needles._CASE_EXTRAS.search(text) else _old_folded(text)
    return kept[1] is None or any(w in kept[1] for w in words)


def test_folded_copies_are_the_texts_own(texts):
    needles._FOLDED.clear()
    parts = [t[i : i + n] for t in texts for i in range(0, len(t), 300) for n in (40, 60, 120)]  # one opens another
    parts += ["", " ", "\u00a0Пункт\tпропуска\n", "x" * (needles._FOLDED_LONGEST + 1)]
    for part in parts + parts[::-1] + parts:  # asked once, again, and after the kept copies restarted
        assert needles.folded(part) == _old_folded(part)
        assert len(needles._FOLDED) <= needles._FOLDED_KEPT
    assert "x" * (needles._FOLDED_LONGEST + 1) not in needles._FOLDED


def test_may_hold_answers_as_with_one_kept_copy(texts):
    needles._FOLDED.clear()
    needles._ASKED[:] = [None, None]
    kept: list = [None, None]
    sentences = [s for t in texts for s in t.split(".")][:1500] + ["Ѐ\u1c80стоят", " стоят", "СТОЯТ"]
    tuples = [("стоят", " тек "), ("закрыт", "не работа"), ("пункт",), ("бекет", "ашық"), ()]
    asks = 0
    for n, sentence in enumerate(sentences):
        for words in tuples[n % 3 :]:
            for text in (sentence, texts[n % 7]):  # a sentence and a whole text in turn, as the passes ask
                assert needles.may_hold(text, words) == _old_may_hold(text, words, kept)
                asks += 1
    assert asks > 10_000


def _old_reported_earlier(body: list[str]) -> str | None:
    for par in body[:4]:
        for m in self_reference._EARLIER.finditer(par):
            name = m[1].strip(' «»"“”')
            hit = self_reference.known_outlet(name) or (
                self_reference.known_outlet(name.rsplit(" ", 1)[0]) if " " in name else None
            )
            if hit:
                return hit
    for par in body[:4] + body[-3:]:
        m = self_reference._EARLIER_FIRST.match(par)
        if m:
            hit = self_reference.outlets.known_or_domain(m[1].strip(' «»"“”'))
            if hit:
                return hit
    return None


def _old_earlier_quoted(body: list[str]) -> str | None:
    for par in body[:4]:
        for m in self_reference._EARLIER.finditer(par):
            if m[1][:1] in '«"“' and m[1][-1:] in '»"”':
                return m[1].strip(' «»"“”')
    return None


def _old_weak_reports(body: list[str]) -> str | None:
    for par in body[:2]:
        m = outlet_shapes._REPORTS.search(par)
        if m:
            return m[1]
    return None


_PIECES = [
    "Об этом ",
    "ранее ",
    "Ранее ",
    "РАНЕЕ ",
    "рАнее ",
    "ранее\u00a0",
    "заранее ",
    "сообщал ",
    "сообщила ",
    "писали ",
    "«Степь» ",
    "Kazinform ",
    "Tengrinews.kz ",
    '"Курсив" ',
    "Kazinform reports ",
    "24.kg news agency reports ",
    "Reports ",
    "REPORTS ",
    "reports",
    ", ",
    ". ",
    " ",
    "\u1c80",
    "İ",
    "ı",
]


@pytest.mark.parametrize("reader", ["reported_earlier", "earlier_quoted", "weak_reports"])
def test_lead_readers_name_the_same(texts, reader):
    new, old = {
        "reported_earlier": (self_reference.reported_earlier, _old_reported_earlier),
        "earlier_quoted": (self_reference.earlier_quoted, _old_earlier_quoted),
        "weak_reports": (outlet_shapes.weak_reports, _old_weak_reports),
    }[reader]
    bodies = []
    for text in texts:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        for cased in (lines, [ln.upper() for ln in lines], [ln.title() for ln in lines]):
            bodies += [cased[i : i + 6] for i in range(0, max(1, len(cased) - 5), 3)]
    strings = random_strings(121, _PIECES, 6000, 12)
    bodies += [strings[i : i + 4] for i in range(0, len(strings), 4)]
    named = 0
    for body in bodies:
        got = new(body)
        assert got == old(body), body
        named += got is not None
    assert named > 40, named


def test_every_letter_re_equates_with_the_earlier_word_lowers_to_it():
    assert_equated_letters_fold(
        [(self_reference._EARLIER_WORDS, self_reference._EARLIER)], self_reference._FOLDED_APART
    )


def test_article_id_folds_whitespace_as_the_substitution_did():
    """article_id joins str.split()'s pieces: the same text as a `\\s+` substitution and a strip,
    because re's \\s and str.isspace agree on every code point (checked here, whole range)."""
    import hashlib

    from store.model import article_id

    blank = re.compile(r"\s")
    assert all((blank.match(c) is not None) == c.isspace() for c in map(chr, range(0x110000)))

    def old(title: str, body: str) -> str:
        norm = re.sub(r"\s+", " ", f"{title}\n{body}".lower().replace("ё", "е")).strip()
        return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]

    cases = [("", ""), (" A\u00a0b ", "\u2028x\x1cy\u3000 Ё\t\n"), ("Заголовок", "  тело\r\n\r\nстатьи  ")]
    for title, body in cases:
        assert article_id(title, body) == old(title, body)
