"""tui80: _best_wanted (the word a snippet is cut around when the page does not write the
name) looks only at the words beginning like a wanted lemma, found by one regular
expression, instead of lowering and testing every word of the page; the word it picks is
the one the scan of every word picked, on the sample pages and on pages written for the
cases where the two could part (hyphens, «ё», capitals, a letter that lowers to two, the
scan's stop past RARITY_SPAN). Every sentence here is made up for these tests."""

from __future__ import annotations

import re

import pytest

from store.search import articles
from store.search.articles import _WORD, _wanted_lemma, _wanted_word, wanted_forms
from store.search.function_words import is_function_word
from store.search.misread_names import common_word_of_name


def _scan_every_word(body: str, lemmas: list[str], names: list[str] | None):
    """_best_wanted as it was before tui80: every word lowered and tested."""
    own = {lem for lem in lemmas if not is_function_word(lem)} or set(lemmas)
    enough = len(own)
    wanted, stems, prefixes = wanted_forms(tuple(lemmas))
    if not prefixes:
        return None
    first: dict[str, re.Match] = {}
    counts: dict[str, int] = {}
    stop_at = len(body)
    for m in _WORD.finditer(body):
        w = m.group().lower().replace("ё", "е")
        if w.startswith(prefixes) and _wanted_word(w, wanted, stems) and not common_word_of_name(m.group(), names):
            which = _wanted_lemma(w, wanted)
            if not first:
                stop_at = m.start() + articles.RARITY_SPAN
            first.setdefault(which, m)
            counts[which] = counts.get(which, 0) + 1
            if len(first) >= enough:
                break
        if m.start() > stop_at:
            break
    if not first:
        return None
    rarest = min(first, key=lambda lem: (counts[lem], -len(lem), first[lem].start()))
    return first[rarest]


WRITTEN = [
    "Очередь у поста растёт: ОЧЕРЕДИ из фур стоят с утра, а северо-восточный участок закрыт на ремонт.",
    "Железнодорожный пункт пропуска принял сорок вагонов; железная дорога работает, ж-д станция тоже.",
    "Шекарадағы кезек қысқарды, кезекте 40 көлік тұр. Жолаушылар өтеді.",
    "İleri: очередь на İli-Kazakh участке, ёлки и Ёлочная улица, её очередь.",
    "Ремонт-реконструкция пункта; пункт-пропуск; --ремонт; ремонт- ремонту очередь ремонтом.",
    "Рёв моторов, очерёдность и очерк о пункте пропуска «Хоргос», очередной ремонт.",
]
LEMMAS = [
    ["очередь"],
    ["ремонт", "очередь"],
    ["пункт", "пропуск", "ремонт"],
    ["железный", "дорога"],
    ["кезек"],
    ["оче"],
    ["ёлка"],
    ["рев"],
    ["участок", "очередь", "ремонт"],
    ["ж-д", "станция"],
]


def _same(body: str, lemmas: list[str]) -> None:
    new, old = articles._best_wanted(body, lemmas, None), _scan_every_word(body, lemmas, None)
    assert (new and (new.span(), new.group())) == (old and (old.span(), old.group())), (lemmas, body[:60])


@pytest.mark.parametrize("lemmas", LEMMAS)
def test_the_word_picked_is_the_scan_of_every_words(lemmas):
    for body in WRITTEN:
        _same(body, lemmas)


@pytest.mark.parametrize("span", [5, 20, 40, 60])
def test_the_scan_stops_where_it_stopped(monkeypatch, span):
    """A wanted word past RARITY_SPAN counts only when it is the first word past it."""
    monkeypatch.setattr(articles, "RARITY_SPAN", span)
    body = "Ремонт на посту, очередь. " + " ".join(["очередь"] * 3) + " ремонт, ремонт и ремонт снова, очередь."
    for lemmas in (["очередь", "ремонт"], ["ремонт", "очередь", "пост"], ["очередь"]):
        _same(body, lemmas)
        _same("Очередь" + " ремонт" * 9 + " и очередь", lemmas)


def test_the_sample_pages_with_the_words_of_their_own_titles(sample_store):
    rows = list(sample_store.conn.execute("SELECT title, body FROM articles"))
    words = sorted({w.lower() for title, _ in rows for w in re.findall(r"\w{3,}", title or "")})
    lists = [[w] for w in words] + [[w[:3]] for w in words] + [words[i : i + 3] for i in range(0, len(words), 3)]
    for _, body in rows:
        for lemmas in lists + LEMMAS:
            _same(body, lemmas)
