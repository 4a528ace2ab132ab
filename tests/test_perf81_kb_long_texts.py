"""kb.find keeps its answers for the last few long texts (stop 43, perf81).

The parent-body rule (organizations._named_elsewhere) asks the knowledge base for every
form in the whole article and its page once for each compound body name it weighs; each
ask scanned the article again. The answer depends on the text alone, so the second ask of
the same article is answered from the kept copy, as a short text's already was: the same
matches, in a list of the caller's own.
"""

from __future__ import annotations

from store.lang import kb
from tests.extracting import typed_names

ARTICLE = (
    "Комитет государственных доходов Министерства финансов Казахстана сообщил об открытии "
    "новой полосы на пункте пропуска «Нур жолы». По данным Министерства финансов, очередь "
    "грузовиков сократилась вдвое. Комитет национальной безопасности напомнил водителям о "
    "правилах въезда в пограничную зону. "
) * 2


def test_a_long_text_is_scanned_once_and_each_caller_gets_its_own_list(monkeypatch):
    assert len(ARTICLE) > kb._FOUND_LONGEST
    kb._FOUND_LONG.clear()
    scans = []
    real = kb._find
    monkeypatch.setattr(kb, "_find", lambda text: scans.append(text) or real(text))
    first = kb.find(ARTICLE)
    second = kb.find(ARTICLE)
    assert second == first and second is not first
    assert len(scans) == 1
    second.clear()
    assert kb.find(ARTICLE) == first  # a caller's change to its list is its own
    assert any(m.form.row.type == "organization" for m in first)


def test_few_long_texts_are_kept():
    kb._FOUND_LONG.clear()
    for k in range(kb._FOUND_LONG_KEPT * 3):
        kb.find(f"{ARTICLE} Заметка номер {k}.")
    assert len(kb._FOUND_LONG) <= kb._FOUND_LONG_KEPT


class _NothingKept(dict):
    """A _FOUND_LONG that never answers: every long text is scanned afresh, as before."""

    def get(self, key, default=None):
        return default


def test_the_extraction_is_the_same_with_the_long_texts_kept_and_without(extractor, monkeypatch):
    """An article whose body names a ministry's committee and the ministry on its own (the
    parent-body rule weighs the ministry against the whole text)."""
    kb._FOUND_LONG.clear()
    kept = typed_names(extractor, ARTICLE)
    monkeypatch.setattr(kb, "_FOUND_LONG", _NothingKept())
    assert typed_names(extractor, ARTICLE) == kept
    assert any("Министерств" in name for type_, name in kept if type_ == "organization")
