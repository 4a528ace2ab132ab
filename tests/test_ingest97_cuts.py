"""ingest97's cuts of a process's first-touch work in the knowledge base's matcher (issue 15:
ingest cost, every export identical) give what the code before them gave.

- The forms' patterns are compiled past `re`'s own cache (kb._compile_form, kept in
  kb._FORM_PATTERNS): the same pattern objects as `re.compile`, and `re`'s cache is left to
  the patterns other rules name by their text.
"""

from __future__ import annotations

import re
from pathlib import Path

from store.lang import kb

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
