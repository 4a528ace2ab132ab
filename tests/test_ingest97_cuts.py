"""ingest97's cuts of a process's first-touch work in the knowledge base's matcher (issue 15:
ingest cost, every export identical) give what the code before them gave.

- The forms' patterns are compiled past `re`'s own cache (kb._compile_form, kept in
  kb._FORM_PATTERNS): the same pattern objects as `re.compile`, and `re`'s cache is left to
  the patterns other rules name by their text.
- A later word of two letters («КР МФ», «область Шу») gives its two first letters as a head
  (kb._later_word_heads), tested against the starts of the text's words (kb._starts_held);
  a kind printed whole or as its shorthand gives their shared start («обл», «ауд»:
  kb._shared_start). The matcher with the heads of three plain letters only (ingest93's,
  kept below) finds the same matches on the dev texts and factRu's, on every form with such
  a head printed in ways that keep, change, shorten or drop that word, and on random strings
  of those forms' words.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from store.lang import kb
from tests.conftest import exact_sample

ROOT = Path(__file__).resolve().parent.parent
_DEV = sorted((ROOT / "eval" / "corpus" / "dev").glob("*.txt"))
# factRu's texts beside the checkout (or beside a worktree's folder), where there are any
_FACTRU = next(
    (fs for up in (ROOT.parent, ROOT.parent.parent) if (fs := sorted((up / "shared/eval/factru/texts").glob("*.txt")))),
    [],
)


def _forms() -> list[kb.Form]:
    return [f for fs in kb._matcher()[0].values() for f in fs]


# --- the forms' patterns past re's cache ------------------------------------------------


def test_form_patterns_are_the_objects_re_compile_makes():
    forms = _forms()[::4]
    assert len(forms) > 1000
    for f in forms:
        own = kb._form_pattern(f)
        assert kb._compiled(f) == re.compile(own, re.IGNORECASE), f.text
        assert kb._compiled_whole(f) == re.compile(rf"(?:{own}){kb._NAME_END}", re.IGNORECASE), f.text
        kazakh = kb._compiled_kazakh(f)
        if kazakh is not None:
            assert kazakh == re.compile(kazakh.pattern, re.IGNORECASE), f.text
            assert kazakh.flags == re.compile("x", re.IGNORECASE).flags


def test_form_patterns_leave_res_cache_alone():
    patterns = [kb._form_pattern(f) + "(?#ingest97)" for f in _forms()[::50]]
    re.purge()
    for p in patterns:
        kb._FORM_PATTERNS.pop(p, None)
        assert kb._compile_form(p) == re.compile(p, re.IGNORECASE)
    re.purge()
    for p in patterns:
        kb._compile_form(p)
    assert not any(key[1] in patterns for key in getattr(re, "_cache", {}))
    assert kb._compile_form(patterns[0]) is kb._compile_form(patterns[0])  # compiled once a process


# --- two-letter heads -------------------------------------------------------------------


def _old_word_heads(f: kb.Form) -> tuple[str, ...]:
    """kb._later_word_heads before ingest97: heads of three letters only."""
    words = f.text.split()
    of_body = f.row.type == "organization"
    out = []
    for i in range(1, len(words)):
        pattern = kb._word_pattern(words[i], f.script, i == len(words) - 1, of_body)
        head = pattern[:3].lower()
        if (
            len(pattern) >= 3
            and pattern[:3].isalpha()
            and pattern[3:4] not in kb._QUANTIFIERS
            and len(head) == 3
            and not any(c in (kb._CASE_VARIANTS or "") for c in head)
        ):
            out.append(head)
    return tuple(dict.fromkeys(out))


def _clear() -> None:
    kb._key_openers.cache_clear()
    kb._openers.cache_clear()
    kb._WORD_OPENERS.clear()


@pytest.fixture
def old_candidates(monkeypatch):
    """kb._candidates with ingest93's later heads (three letters only)."""
    old = {k: tuple(_old_word_heads(f) for f in fs) for k, fs in kb._matcher()[0].items()}

    def candidates(text: str) -> list:
        with monkeypatch.context() as m:
            m.setattr(kb, "_later_heads", lambda: old)
            _clear()
            try:
                return kb._candidates(text)
            finally:
                _clear()

    return candidates


def _gained(f: kb.Form) -> tuple[str, ...]:
    return tuple(h for h in kb._later_word_heads(f) if h not in _old_word_heads(f))


def _with_gained_heads() -> list[kb.Form]:
    return [f for f in _forms() if _gained(f)]


def test_heads_as_before_and_the_gained_ones_are_the_words_starts():
    assert kb._later_heads() == {k: tuple(kb._later_word_heads(f) for f in fs) for k, fs in kb._matcher()[0].items()}
    twos = shared = 0
    for f in _forms():
        new, old = kb._later_word_heads(f), _old_word_heads(f)
        gained = _gained(f)
        assert tuple(h for h in new if h not in gained) == old, f.text
        assert [len(h) for h in new] == sorted((len(h) for h in new), reverse=True), f.text  # two-letter ones last
        words = f.text.split()
        of_body = f.row.type == "organization"
        patterns = [kb._word_pattern(w, f.script, i == len(words) - 1, of_body) for i, w in enumerate(words)][1:]
        for h in gained:
            if len(h) == 2:  # a later word opening with two letters, as written («МФ», «үй-коммуналдық»)
                assert any(
                    w.lower().startswith(h) and p[:2].lower() == h for w, p in zip(words[1:], patterns, strict=True)
                ), f.text
                twos += 1
            else:  # a kind and its shorthand, both opening so
                assert any(p.startswith("(?:") and kb._shared_start(p) == h for p in patterns), f.text
                shared += 1
    assert twos > 300 and shared > 300


def test_shared_starts_of_the_kinds_and_their_shorthands():
    assert kb._shared_start(kb._word_pattern("области", "ru", True)) is None  # not a kind's own word
    assert kb._shared_start(kb._word_pattern("область", "ru", True)) == "обл"
    assert kb._shared_start(kb._word_pattern("облысы", "kk", True)) == "обл"
    assert kb._shared_start(kb._word_pattern("ауданы", "kk", True)) == "ауд"
    assert kb._shared_start(kb._word_pattern("район", "ru", True)) is None  # «р-н» shares one letter
    assert kb._shared_start("(?:ab|cd)") is None and kb._shared_start("abc") is None


def test_dev_and_factru_texts_as_before(old_candidates):
    texts = [p.read_text(encoding="utf-8") for p in _DEV + _FACTRU]
    assert len(texts) >= 60
    found = 0
    for text in texts:
        _clear()
        new = kb._candidates(text)
        assert new == old_candidates(text)
        found += len(new)
    assert found > 600  # dev alone (a clean clone has no factRu): 736


_SHORTHANDS = [
    "обл.",
    "обл",
    "Обл.",
    "облысы",
    "облысында",
    "области",
    "ауд.",
    "ауд",
    "ауданы",
    "ауданының",
    "об",
    "ау",
]


def _printings(f: kb.Form, rng: random.Random) -> list[str]:
    """The form as written, inflected, in capitals, and with each later word of two letters or
    kind kept, changed in case, run on, shortened, replaced by another word of the same start,
    or dropped."""
    words = f.text.split()
    out = [f.text, f.text + rng.choice(["а", "ы", "ом", "ның", "ға"]), f.text.upper(), f.text.lower()]
    for i in range(1, len(words)):
        if len(words[i]) == 2 or words[i].lower() in ("область", "облысы", "ауданы", "район"):
            others = (words[i].swapcase(), words[i] + "ут", words[i] + "-да", words[i][0], "«" + words[i] + "»", "тут")
            for w in (*others, *rng.sample(_SHORTHANDS, 4)):
                out.append(" ".join([*words[:i], w, *words[i + 1 :]]))
            out.append(" ".join(words[:i] + words[i + 1 :]))
    return out


def test_forms_with_gained_heads_printed_as_before(old_candidates):
    forms = _with_gained_heads()
    assert len(forms) > 600
    rng = random.Random(97)
    for f in exact_sample(forms):  # every one of them in bench/exact_cuts.py
        for printed in _printings(f, rng):
            for text in (printed, f"Вчера {printed} сообщил. {rng.choice(['Шу', 'шум', 'Мы', ''])}"):
                _clear()
                assert kb._candidates(text) == old_candidates(text), text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_strings_of_the_words_of_those_forms(old_candidates, seed):
    rng = random.Random(seed)
    words = sorted({w for f in _with_gained_heads() for w in f.text.split()})
    words += ["шу", "мф", "кр", "ма", "се", "а", "-", "«", "»", *_SHORTHANDS]
    for _ in range(120):
        text = " ".join(rng.choice(words) + rng.choice(["", "", "а", "ның", "ы", ",", "-"]) for _ in range(50))
        _clear()
        assert kb._candidates(text) == old_candidates(text), text


def test_patterns_kept_by_form_id_are_the_forms_own():
    texts = [p.read_text(encoding="utf-8") for p in _DEV[:20]]
    for text in texts:
        kb._candidates(text)
    assert len(kb._COMPILED_BY_ID) > 50
    for key, (f, pattern) in kb._COMPILED_BY_ID.items():
        assert key == id(f) and pattern is kb._compiled(f)
