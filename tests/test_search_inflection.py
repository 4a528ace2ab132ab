"""Issue 16: a Kazakh query word with a case ending finds the name stored without it
(made-up places and sentences)."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.lang.lemmas import lemmatize
from store.model import Article, Extraction, Mention
from store.search.search import search
from store.search.variants import strip_case_ending


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Тарлауыққа", "тарлауық"),  # dative
        ("Жаңакөлдің", "жаңакөл"),  # genitive
        ("Ақсайтөбеде", "ақсайтөбе"),  # locative
        ("Қызылтасқа", "қызылтас"),
        ("Бектенова", "бектенов"),  # Russian words keep the Russian rules
    ],
)
def test_case_ending_stripped(word, stem):
    assert strip_case_ending(word) == stem


def test_short_kazakh_stem_is_kept():
    assert strip_case_ending("Өзен") == "өзен"
    assert strip_case_ending("Қаға") == "қаға"


def test_kazakh_inflected_query_finds_the_place(tmp_path):
    """The genitive «-дің» scores as the place itself, not as a fuzzy neighbour (82 before)."""
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    name = "Жаңакөл"
    body = f"{name} бекетінде жаңа терминал ашылды."
    art = Article(file="1.txt", path="/in/1.txt", title="Бекет", body=body, raw=body, date="2026-03-01")
    with st.conn:
        mention = Mention(type="checkpoint", name=name, surface=name, start=0, end=len(name))
        db.write_article(st, art, Extraction(mentions=[mention], lemmas=lemmatize(body)))
    try:
        first = search(st, "Жаңакөлдің", type="checkpoint")[0]
    finally:
        st.close()
    assert first["name"] == name and first["score"] >= 95
