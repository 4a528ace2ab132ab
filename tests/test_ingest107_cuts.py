"""ingest107's cuts in the facts (issue 15, stop 50) decide as before. Each replaced scan is compared
with the code it replaced on the sentences and whole texts of dev, factRu (when present), seeds and
articles bench/make_corpus.py writes (the shapes ingest_throughput reads), as written, upper- and
lower-cased, and on random strings of the patterns' own words; where the proof rests on Unicode
classes, every code point is checked."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from store.extract import fact_context, facts
from store.extract.chunking import CHUNK_CHARS, _split_sentences, sentence_spans
from store.extract.fact_sentences import _lines_are_whole, body_sentences
from store.extract.spans import paragraph_sentences
from store.model import RawDoc
from store.reading.parse import parse
from store.reading.read import discover, read_path
from tests.conftest import FACTRU_TEXTS, exact_count, exact_sample
from tests.exactness import equated_with, generated_txt, lowering_to

_REPO = Path(__file__).resolve().parent.parent
_ODD = ["\u1c81", "\u1c82", "İ", "ı", "ё", "Ё", "\u00a0", "\n", "  ", "\u2009", "_"]  # case extras, odd blanks


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> list[Path]:
    """dev, factRu, seeds and 150 generated articles (txt; the first quarter in the suite)."""
    out = generated_txt(tmp_path_factory, "gen107", 107)
    return [f for f in (_REPO / "eval" / "corpus" / "dev", FACTRU_TEXTS, _REPO / "sample_data", out) if f.is_dir()]


@pytest.fixture(scope="module")
def texts(folders) -> list[str]:
    """The files' texts as written, and the bodies the reader makes of them (what find_facts reads);
    in the suite every EXACT_EVERY-th file of each folder (the generated ones are already cut)."""
    found, paths = [], []
    for folder in folders:
        files = sorted(folder.rglob("*.txt"))
        found += [
            p.read_text(encoding="utf-8", errors="replace")
            for p in (files if folder == folders[-1] else exact_sample(files))
        ]
        paths += discover([folder]) if folder == folders[-1] else exact_sample(discover([folder]))
    assert len(found) > exact_count(200)  # dev (84) and the generated (150) alone in a clean clone
    bodies = [doc for path in paths for doc in read_path(path) if isinstance(doc, RawDoc)]
    return found + [parse(doc).body for doc in bodies]


@pytest.fixture(scope="module")
def sentences(texts) -> list[str]:
    """Each text's sentences (as find_facts reads them) and the text whole, as written, upper- and
    lower-cased."""
    out = []
    for text in texts:
        out += [text[a:b] for a, b in sentence_spans(text)] + [text]
    return out + [s.upper() for s in out] + [s.lower() for s in out]


def _word(c: str) -> bool:
    return re.fullmatch(r"\w", c) is not None


def test_word_test_is_re_word_on_every_code_point():
    """facts._words_before counts runs of str.isalnum or «_»: the characters `re` takes for \\w; no
    blank nor «-» (what parts a _TIME match's words) is one, and every character `re` matches to a
    letter of _TIME's words under IGNORECASE is one."""
    letters = "".join(sorted({c for c in facts._TIME.pattern if c.isalpha()}))
    assert "а" in letters and "I" in letters
    folds = re.compile(f"[{letters}]", re.IGNORECASE)
    for n in range(sys.maxunicode + 1):
        c = chr(n)
        assert (c.isalnum() or c == "_") == _word(c), hex(n)
        if c == "-" or c.isspace() or re.fullmatch(r"\s", c):
            assert not _word(c), hex(n)
        if folds.fullmatch(c):
            assert _word(c), hex(n)


def _old_times(sentence: str) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in facts._TIME.finditer(sentence)]


def _new_times(sentence: str) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in facts._times(sentence)]


def test_times_find_what_finditer_found(sentences):
    """_times gives every _TIME match finditer gives, with the same groups, on real and generated
    sentences and whole texts."""
    found = 0
    for s in sentences:
        old = _old_times(s)
        assert _new_times(s) == old, s
        found += len(old)
    assert found > 1000


# The words _TIME is built of (prepositions, seasons, halves, quarters, months, years, the relative
# words, «года» after «конца»), a few neighbours of them, and what may part them.
_TIME_PIECES = (
    *("на", "до", "к", "в", "во", "конца", "конце", "середине", "середины", "начала", "весной", "лето", "осени"),
    *("зимой", "первое", "второе", "первом", "втором", "1", "2", "I", "II", "IV", "III", "-", "е", "м", "й"),
    *("полугодие", "полугодия", "полугодии", "квартал", "квартале", "квартала", "третий", "четвёртом"),
    *("2026", "2031", "2050", "20", "года", "год", "году", "г.", "г", "-го", "15", "1", "31", "марта", "мае"),
    *("май", "августе", "декабря", "текущего", "этом", "этого", "нынешнем", "следующем", "следующего"),
    *("откроется", "завершат", "введут", "транспортных", "средств", "Астана", "ГОДА", "Год", "ГОД", "«А»"),
    *(",", ".", "(", ")", "x", "5", "полу", "годы", "Игоду", "кон", "ца", "ᲁо", "ᲂ", "_"),
)
_SEPARATORS = (" ", " ", " ", "  ", "\n", "-", " - ", "", "\u00a0", " – ", "\t")


def test_times_on_random_strings_of_its_words():
    """Random strings of _TIME's own words, parted by any blank or dash or nothing, give the same
    matches (many words before a year, hyphens and blanks between a half and «полугодие», matches
    back to back)."""
    rng = random.Random(107)
    found = 0
    for _ in range(exact_count(40_000)):  # the first quarter in the suite
        words = rng.choices(_TIME_PIECES, k=rng.randint(1, 14))
        s = "".join(w + rng.choice(_SEPARATORS) for w in words)
        if rng.random() < 0.2:
            s = rng.choice(_ODD).join(s.split(" "))
        old = _old_times(s)
        assert _new_times(s) == old, s
        found += len(old)
    assert found > exact_count(4_000)


def test_words_before_counts_runs():
    """The least start from which at most `words` runs of \\w stand before `end`, a cut run counting."""
    text = "aa bb, cc-dd ee"
    assert facts._words_before(text, len(text), 1, 0) == len("aa bb, cc-dd")  # «ee», then back to dd's end
    assert facts._words_before(text, len(text), 2, 0) == len("aa bb, cc")
    assert facts._words_before(text, len(text), 9, 0) == 0
    assert facts._words_before(text, len(text), 9, 4) == 4
    assert facts._words_before(text, 14, 1, 0) == len("aa bb, cc-dd")  # «ee» cut: its run counts
    assert facts._words_before(text, 13, 1, 0) == len("aa bb, cc")  # at «ee»'s start: «dd» is the one run


def test_times_on_the_longest_leads():
    """The five words a match may hold before its first needle, each way they can be parted: a
    preposition, a season, a half or quarter word, its «е»/«м», «полу|годии» or «квартале» and the year
    (a search started a word later would miss them: _TIME_WORDS is not larger than it must be)."""
    cut = 0
    for prep in ("", "в ", "на ", "до\n"):
        for season in ("", "конце ", "середине\u00a0", "начале "):
            for head, tail in (("втором", "полугодии"), ("третьем", "квартале"), ("первом", "квартале")):
                for ending in ("е", "м", "й"):
                    for sep in (" ", "-", " - ", "", "- -"):
                        s = f"Сказано, что {prep}{season}{head}{sep}{ending} {tail} 2026 года пункт откроют."
                        old = _old_times(s)
                        assert _new_times(s) == old, s
                        cut += bool(old) and old[0][0][0] < facts._words_before(s, s.index("2026"), 4, 0)
    assert cut > 0  # leads longer than four words matched


# Lines of the shapes that make razdel's whole-body split differ from its lines' (or not): a heading
# with no stop, a line going on in lower case or after a dash, an abbreviation, an initial or «т.е.»
# before the break, short bullets («1.», «а)») whose sentence so far razdel reads, quotes, brackets,
# smiles, a stop ten characters or less from either edge, blank and space-only lines, CRLF.
_LINE_PIECES = (
    *("Пункт «Нур Жолы» закрыт", "очередь выросла до 300 фур", "Работы завершат в 2026 г", "т.е", "и т.д"),
    *("Сообщил А", "ул", "млн", "1", "2)", "а)", "IV", "— сказал он", "«Хоргос»", "(см. выше)", "Да", ":)", "т"),
    *("На КПП", "Сейчас там идёт ремонт", "Это", "пункт", "1.1", "..", "?!", "…", "«Цитата.»", "в т.ч"),
)
_LINE_ENDS = (
    *(".", ".", "!", "?", "…", ";", "", ")", "».", "\u00bb", ". ", ".  ", ":)"),
    *(" т.", " А.", " ул.", " 1.", ".          "),
)
_BREAKS = ("\n", "\n", "\n\n", " \n", "\r\n", "\n  \n", "\n\t", "\n ")


# What a line may open with right before a delimiter, the left window and sentence so far reaching
# back over the break: «т.\nе. …» (a pair abbreviation), «А.\nБ. Иванов» (initials), «1.\n2. …» (bullets).
_LINE_HEADS = ("е.", "д.", "п.", "Б.", "1.", "2)", "б)", "II.", ".", "»", "г.", "е. и", "т.", "3.1.", "а. Б.")


def _random_body(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(1, 8)):
        words = rng.choices(_LINE_PIECES, k=rng.randint(1, 4))
        line = rng.choice((" ", ". ", ", ", " — ")).join(words) + rng.choice(_LINE_ENDS)
        if rng.random() < 0.4:
            line = rng.choice(_LINE_HEADS) + rng.choice(("", " ", "  ")) + (line if rng.random() < 0.7 else "")
        lines.append(line if rng.random() > 0.15 else line.lower())
    body = "".join(line + rng.choice(_BREAKS) for line in lines)
    return body if rng.random() > 0.3 else body.rstrip()


def _whole(text: str) -> list[tuple[int, int]]:
    return list(_split_sentences(text, CHUNK_CHARS))  # razdel over the whole text, as before the cut


def test_body_sentences_are_the_whole_bodys(texts):
    """fact_sentences.body_sentences gives razdel's split of the whole body on every text, taking the
    lines' split for many of them (the generated articles' bodies: their lines each end with a stop)."""
    stitched = 0
    for text in texts + [t.replace("\n", "\r\n") for t in texts[:50]]:
        assert body_sentences(text) == _whole(text)
        lines = paragraph_sentences(text)
        stitched += bool(lines) and _lines_are_whole(text, lines)
    assert stitched > len(texts) // 4


def test_body_sentences_on_random_lines():
    """Random bodies of lines razdel treats differently at a line break give its whole-body split; both
    ways are taken (the lines' split, and the whole body split again when a line runs into the next)."""
    rng = random.Random(1070)
    stitched = other = 0
    for _ in range(10_000):
        text = _random_body(rng)
        assert body_sentences(text) == _whole(text), repr(text)
        lines = paragraph_sentences(text)
        same = bool(lines) and _lines_are_whole(text, lines)
        stitched += same
        other += not same
        if same:
            assert list(lines) == _whole(text)
    assert stitched > 500 and other > 500


@pytest.mark.parametrize(
    "text",
    [
        "Привет.\n\n1 2 3 4 5 6 7 8 9 1. Текст идёт.",  # bullets read as one (list_item) in the line, 21 long whole
        "Привет.\n1 2 3 4 5 6 7 8 9 1. Текст идёт.",
        "Конец.\n! Далее идёт.",  # a delimiter opening the line: its left window is the line before
        "Это т.\nе. далее идёт.",  # the line goes on in lower case
        "Пункт закрыт\nдо весны.",  # a heading with no stop
        "Пункт закрыт.          \nОн откроется.",  # blanks after the stop: the right window in the line is empty
        "Это длинное первое предложение. —.\n«текст» идёт.",  # after the dash no word in the line: the next line's is read (dash_right)
    ],
)
def test_body_sentences_where_the_lines_differ(text):
    """The cases razdel's whole-body split and its lines' split part on are told apart."""
    lines = paragraph_sentences(text)
    assert body_sentences(text) == _whole(text)
    assert _lines_are_whole(text, lines) == (list(lines) == _whole(text))


def test_future_words_are_futures_alternatives():
    """Each of _FUTURE_WORDS is a whole alternative of _FUTURE, and each alternative but «\\bдо\\s» is
    one of them (what _FUTURE matches alone, at a sentence's start, is one of these words)."""
    for word in facts._FUTURE_WORDS:
        assert facts._FUTURE.fullmatch(word), word
    rest = re.sub(r"^\(\?=\[[^\]]*\]\)\(\?:|\)$", "", facts._FUTURE.pattern)
    alternatives = rest.replace("заверш(?:ат|ится|атся|ить|ени)", "завершат|завершится|завершатся|завершить|завершени")
    assert set(alternatives.split("|")) == {*facts._FUTURE_WORDS, r"\bдо\s"}


def test_future_letters_fold_as_lower_does_on_every_code_point():
    """A character `re` matches to a letter of _FUTURE_WORDS under IGNORECASE lowers to it (str.lower),
    and one lowering to it `re` matches, but for U+1C80–U+1C88 (needles.lowered gives None there)."""
    letters = sorted({c for w in facts._FUTURE_WORDS for c in w})
    skipped = {chr(n) for n in range(0x1C80, 0x1C89)}
    for x, lowered in lowering_to(letters).items():
        assert equated_with(x) - skipped == lowered - skipped, x


def test_future_says_what_the_scan_says(sentences):
    """_future(s) is bool(_FUTURE.search(s)) on the texts' sentences, upper- and lower-cased, and on
    random strings of its words, their pieces, «до» beside any blank, and the letters re equates."""
    told = 0
    for s in sentences:
        assert facts._future(s) == bool(facts._FUTURE.search(s)), s
        told += facts._future(s)
    assert told > 1000
    rng = random.Random(1071)
    pieces = (*facts._FUTURE_WORDS, "до", "ДО", "До", "дом", "завер", "шат", "БУДЕТ", "Планир", "x", "7", *_ODD)
    for _ in range(exact_count(30_000)):  # the first quarter in the suite
        s = "".join(rng.choice(pieces) + rng.choice(_SEPARATORS) for _ in range(rng.randint(1, 6)))
        assert facts._future(s) == bool(facts._FUTURE.search(s)), repr(s)


def test_own_subject_says_what_the_scan_says(sentences):
    """fact_context._own_subject(s) is bool(_OWN_SUBJECT.search(s)): its words are the alternatives with no
    \\b, every code point folds to their letters as str.lower does (but U+1C80–U+1C88), and the two agree on
    the texts' sentences and random strings of the words, their pieces and what parts them."""
    rest = re.sub(r"^\(\?=\[[^\]]*\]\)\(\?:|\)$", "", fact_context._OWN_SUBJECT.pattern)
    alternatives = {a.removesuffix(r"\w*") for a in rest.split("|")}
    assert alternatives == {*fact_context._OWN_SUBJECT_WORDS, r"\bсторон[аыуе]\b", r"\bжол\b"}
    assert fact_context._OWN_SUBJECT_BOUNDED.pattern.endswith(r"(?:\bсторон[аыуе]\b|\bжол\b)")
    letters = sorted({c for w in fact_context._OWN_SUBJECT_WORDS for c in w})
    skipped = {chr(n) for n in range(0x1C80, 0x1C89)}
    for x, lowered in lowering_to(letters).items():
        assert equated_with(x) - skipped == lowered - skipped, x
    told = 0
    for s in sentences:
        assert fact_context._own_subject(s) == bool(fact_context._OWN_SUBJECT.search(s)), s
        told += fact_context._own_subject(s)
    assert told > 500
    rng = random.Random(1072)
    pieces = (*fact_context._OWN_SUBJECT_WORDS, "сторона", "стороны", "Сторону", "сторонам", "жол", "ЖОЛ", "жолы")
    pieces += ("автожолы", "заставы", "дорога", "Тарапы", "x", "-", "7", *_ODD)
    for _ in range(exact_count(30_000)):  # the first quarter in the suite
        s = "".join(rng.choice(pieces) + rng.choice(_SEPARATORS) for _ in range(rng.randint(1, 6)))
        assert fact_context._own_subject(s) == bool(fact_context._OWN_SUBJECT.search(s)), repr(s)
