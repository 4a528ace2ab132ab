"""ingest93's cuts of the knowledge-base matcher (store/lang/kb.py) give the answers the code
before them gave.

- Later words' heads: a form of several words is compiled and tried only when the text holds
  a word opening with the first three letters of each later word whose pattern opens with
  three plain letters (kb._later_heads, kb._text_heads); a text with a letter `re` folds
  otherwise than str.lower is read as before. _openers reads a word's starts only while a key
  starts so (kb._key_prefixes).

The matcher as it was (every opener compiled and tried) is kept below and compared with
kb.find on every usable form of the knowledge base printed in sentences (as written, lower
case, capitals, with Russian and Kazakh endings, with the later words changed), on texts with
the letters re folds its own way, and on random strings of the forms' words.
"""

from __future__ import annotations

import _sre
import random
import re
import sys
from re import _parser

import pytest

from store.lang import kb

# --- the matcher before ingest93 -------------------------------------------------------


def _old_openers(word: str) -> tuple:
    index, longest_key = kb._matcher()
    if word[:3] not in kb._key_heads() and word[:2] not in index and word[:1] not in index:
        return ()
    return tuple(
        (f, kb._compiled(f))
        for n in range(max(1, len(word) - kb._LONGEST_ENDING), min(len(word), longest_key) + 1)
        for f in index.get(word[:n], ())
    )


def _old_longest_at(text: str, p: int, openers: tuple) -> kb.Match | None:
    best = None
    for f, pattern in openers:
        end = kb.form_end(text, p, f, pattern)
        if f.script != "kk" and text.startswith(f.text, p):
            end = max(end, kb._kazakh_end(text, p, f))
            if end < 0 and kb.is_abbreviation(f.text):
                end = kb._staff_word_end(text, p, f)
        if end >= 0 and (best is None or (end, len(f.text)) > (best.end, len(best.form.text))):
            best = kb.Match(f, p, end)
    return best


def _old_candidates(text: str) -> list[kb.Match]:
    out = []
    for tok in kb._TOKEN.finditer(text):
        word = tok.group(0)
        openers = _old_openers(word.lower())
        quoted = _old_openers(word[1:].lower()) if word.startswith("«") else ()
        if not openers and not quoted:
            continue
        p = tok.start()
        if p and (text[p - 1].isalnum() or text[p - 1] == "_" or text[p - 1] == "-" and not word[:1].isupper()):
            continue
        best = _old_longest_at(text, p, openers) if openers else None
        if best is None and quoted:
            best = _old_longest_at(text, p + 1, quoted)
        if best is not None:
            out.append(kb._with_opening_quote(text, best))
    return out


@pytest.fixture
def old_find(monkeypatch):
    """kb._find computed by the matcher before ingest93 (nothing kept between texts)."""

    def find(text: str) -> list:
        with monkeypatch.context() as m:
            m.setattr(kb, "_candidates", _old_candidates)
            return kb._find(text)

    return find


def _new_find(text: str) -> list:
    kb._WORD_OPENERS.clear()  # each text's words looked up afresh, as a new process would
    return kb._find(text)


# --- texts -----------------------------------------------------------------------------


def _matched_forms() -> list[kb.Form]:
    return [f for fs in kb._matcher()[0].values() for f in fs]


_RU_ENDINGS = ["", "а", "ы", "е", "ой", "ом", "ами", "ого"]
_KK_ENDINGS = ["", "ның", "ға", "да", "-ның", "ы", "сының"]


def _printings(f: kb.Form, rng: random.Random) -> list[str]:
    words = f.text.split()
    ending = rng.choice(_KK_ENDINGS if f.script == "kk" else _RU_ENDINGS)
    changed = list(words)
    if len(words) > 1:
        i = rng.randrange(1, len(words))
        changed[i] = rng.choice(["", "К", "«"]) + changed[i][rng.randrange(0, 3) :]
    return [f.text, f.text + ending, f.text.lower(), f.text.upper(), f"«{f.text}»", " ".join(changed)]


def _sentences(forms: list[kb.Form], seed: int) -> list[str]:
    rng = random.Random(seed)
    parts = [p for f in forms for p in _printings(f, rng)]
    rng.shuffle(parts)
    glue = [" ", ", ", ". ", " и ", " мен ", " — ", "\n", " в ", "-"]
    texts = []
    for i in range(0, len(parts), 40):
        texts.append("".join(p + rng.choice(glue) for p in parts[i : i + 40]))
    return texts


def test_every_form_printed_is_found_as_before(old_find):
    forms = _matched_forms()
    assert len(forms) > 3000
    for text in _sentences(forms[::3], 93):  # a third of them (the old matcher compiles each)
        assert _new_find(text) == old_find(text), text[:200]


def test_short_texts_and_single_names_as_before(old_find):
    rng = random.Random(7)
    forms = rng.sample(_matched_forms(), 600)
    for f in forms:
        for text in _printings(f, rng):
            assert _new_find(text) == old_find(text), text


def test_texts_with_letters_re_folds_its_own_way(old_find):
    """ı, ᲀ (a «в»), ς, İ and ſ: the text is read with no form skipped, as before."""
    rng = random.Random(3)
    forms = [f for f in _matched_forms() if len(f.text.split()) > 1]
    odd = {"в": "ᲀ", "о": "ᲂ", "с": "ᲃ", "т": "ᲄ", "i": "ı", "s": "ſ", "I": "İ"}
    for f in rng.sample(forms, 300):
        text = f"Сегодня {f.text} сообщил, ΑΣ ς."
        twisted = "".join(odd.get(c, c) if rng.random() < 0.3 else c for c in text)
        for t in (text, twisted):
            assert _new_find(t) == old_find(t), t
    assert kb._text_heads("ᲀчера") is None and kb._text_heads("İstanbul") is None
    assert kb._text_heads("ΟΔΟΣ") is None  # a final sigma lowers to ς
    assert kb._text_heads("Министерство финансов") == {"мин", "фин"}


def test_random_strings_of_the_forms_words(old_find):
    rng = random.Random(11)
    words = sorted({w for f in _matched_forms() for w in f.text.split()})
    for _ in range(150):
        text = " ".join(rng.choice(words) + rng.choice(["", "а", "ның", "ы", ","]) for _ in range(60))
        assert _new_find(text) == old_find(text), text


def test_later_heads_are_the_literal_letters_re_reads():
    """Each head of _later_heads is the first three nodes of that word's pattern as `re`
    parses it: literal letters (lower cased as str.lower does it, one letter each), so a
    text printing the form holds a word opening with them."""
    index = kb._matcher()[0]
    later = kb._later_heads()
    assert set(later) == set(index)
    checked = 0
    for key, fs in index.items():
        assert len(later[key]) == len(fs)
        for f, needs in zip(fs, later[key], strict=True):
            words = f.text.split()
            of_body = f.row.type == "organization"
            pats = [kb._word_pattern(w, f.script, i == len(words) - 1, of_body) for i, w in enumerate(words)]
            literal_heads = []
            for pat in pats[1:]:
                for n in (3, 2):  # ingest97: a word of two letters gives its two
                    nodes = list(_parser.parse(pat, re.IGNORECASE))[:n]
                    if len(nodes) == n and all(op is _parser.LITERAL and chr(c).isalpha() for op, c in nodes):
                        low = "".join(chr(c).lower() for _, c in nodes)
                        if len(low) == n and not set(low) & kb._CASE_VARIANTS:
                            literal_heads.append(low)
                            break
            assert set(needs) <= set(literal_heads), f.text  # sound; `re` may see more (a branch's shared start)
            checked += bool(needs)
    assert checked > 2000


def test_str_lower_is_res_lower_case_but_for_dotted_i():
    """_text_heads lowers a text with str.lower where `re` lowers letter by letter: they
    differ only for «İ» (two letters; the length test) and a final sigma (ς, a variant)."""
    differ = [
        i for i in range(sys.maxunicode + 1) if (low := chr(i).lower()) != chr(_sre.unicode_tolower(i)) or len(low) != 1
    ]
    assert differ == [0x130]
    assert "ς" in kb._CASE_VARIANTS and "σ" not in kb._CASE_VARIANTS and "в" not in kb._CASE_VARIANTS


def test_key_prefixes_walk_opens_what_every_length_did():
    index, longest = kb._matcher()
    keys = sorted(index)[::3]
    words = [k + t for k in keys for t in ("", "а", "ның", "ами", "ларының")] + [k[:2] for k in keys]
    words += ["граница", "пропуск", "ы", "қ", "зз", "вчера", "казахстанские", "x", "«", "погранслужбы"]
    kb._openers.cache_clear()
    for w in words:
        old = tuple(f for f, _ in _old_openers(w.lower()))
        assert tuple(f for f, _, _ in kb._openers(w.lower())) == old, w
