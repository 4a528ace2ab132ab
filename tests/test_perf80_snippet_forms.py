"""perf80: a search's snippets share one expansion of the query's lemmas (articles.wanted_forms)
instead of working it out again for every body; the hits found stay the same. Sentences
written for these tests."""

from __future__ import annotations

from store.search.articles import cut_snippet, wanted_forms

BODIES = [
    "Утром на въезде к посту собралась длинная очередь из фур с углём.",
    "Водители говорят, что кезек на границе растянулся на несколько километров.",
    "На посту открыли ещё две полосы, и очереди к вечеру стало меньше.",
    "Новость о погоде: в горах ожидается снег, на равнине дождь.",
]


def test_every_body_of_one_query_finds_its_own_hit():
    hits = [cut_snippet(body, ["очередь", "на"])[1] for body in BODIES]
    words = [BODIES[i][h[0] : h[1]] if h else None for i, h in enumerate(hits)]
    # snippets of whole short bodies start at 0, so the span reads the body itself
    assert words == ["очередь", "кезек", "очереди", None]


def test_the_expansion_is_worked_out_once_per_lemma_list():
    wanted_forms.cache_clear()
    for body in BODIES:
        cut_snippet(body, ["грузовик", "очередь"])
    info = wanted_forms.cache_info()
    assert info.misses == 1 and info.hits == len(BODIES) - 1


def test_the_kept_expansion_cannot_be_changed_by_a_caller():
    wanted, stems, prefixes = wanted_forms(("очередь",))
    assert isinstance(wanted, frozenset) and isinstance(stems, frozenset) and isinstance(prefixes, tuple)
    assert "кезек" in wanted  # the Kazakh word for a queue: a translation, wanted too
    assert prefixes == tuple(sorted(prefixes))


def test_a_function_word_alone_is_still_wanted():
    text, hit = cut_snippet("Груз оставили на складе у границы.", ["на"])
    assert hit is not None and text[hit[0] : hit[1]] == "на"


def test_the_lemma_order_does_not_change_the_hit():
    body = "Перевозчики жалуются: очередь грузовиков у поста не убывает вторые сутки."
    assert cut_snippet(body, ["очередь", "грузовик"]) == cut_snippet(body, ["грузовик", "очередь"])
