"""search77: a page found through a name shows the sentence writing it; a snippet is cut
at whole words with «…» and says where its hit stands; a stored case form of a name that
the query writes as a verb does not outrank the pages holding the query's words.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.lang.lemmas import lemmatize
from store.model import Article, Extraction, Mention
from store.search.articles import cut_snippet
from store.search.misread_names import case_form_read_as_word
from store.search.name_in_text import first_name_in
from store.search.search import search

LONG = (
    "Как сообщили в областном акимате после встречи с фермерами, перевозчиками, таможенниками и "
    "представителями сельских округов, которые собрались в районном центре в среду, на посту "
    "оформили почти четыре тысячи машин с картофелем и луком за минувший месяц, а в следующем месяце "
    "ждут ещё больше грузовиков с яблоками, морковью и капустой из соседних районов области."
)


def test_a_hit_deep_in_a_long_sentence_is_cut_at_whole_words_and_marked():
    text, hit = cut_snippet(LONG, ["картофель"])
    assert text.startswith("…") and text.endswith("…")
    core = text.strip("…")
    at = LONG.find(core)
    assert at > 0 and LONG[at - 1] == " "  # opens at a word's start
    end = at + len(core)
    assert not LONG[end - 1].isalnum() or not LONG[end].isalnum()  # ends after a whole word
    assert hit is not None and text[hit[0] : hit[1]] == "картофелем"


def test_the_opening_lines_are_cut_at_a_word_end_too():
    text, hit = cut_snippet(LONG, ["самолёт"])
    assert hit is None and text.endswith("…")
    assert LONG[len(text) - 1] == " " or not LONG[len(text) - 1].isalnum()


def test_a_short_body_is_shown_whole_without_marks():
    body = "Весы на посту заменили в пятницу."
    assert cut_snippet(body, ["весы"]) == (body, (0, 4))


def test_the_name_is_found_in_its_case_form_and_other_letters():
    body = "Совещание длилось три часа. Потом речь зашла о Қалжате и о его новом навесе."
    start, end = first_name_in(body, ["Калжат"])
    assert body[start:end] == "Қалжате"
    assert first_name_in("Калина цветёт у дороги.", ["Калжат"]) is None
    assert first_name_in("калжате нет заглавной.", ["Калжат"]) is None


def test_a_page_with_no_query_word_shows_the_name_not_its_opening():
    body = "Район подвёл итоги зимы. Говорили о котельных и о школах. Затем аким упомянул Бахты: там построят склад."
    text, hit = cut_snippet(body, ["очередь"], named=["Бахты"])
    assert "Бахты" in text and text[hit[0] : hit[1]] == "Бахты"
    assert cut_snippet(body, ["очередь"])[1] is None  # without the name: the opening, unmarked


def _write(store, n: int, title: str, body: str, mentions: list[Mention]) -> None:
    art = Article(file=f"{n}.txt", path=f"/in/{n}.txt", title=title, body=body, raw=body)
    db.write_article(store, art, Extraction(mentions=mentions, lemmas=lemmatize(title) + "\n" + lemmatize(body)))


VERB_PAGE = "Рабочие таскали коробки"


@pytest.fixture
def case_form_store(tmp_path):
    """A post stored with a case form of its name («Таскалы») and a page where workers carry
    boxes («таскали»: the same search key once folded)."""
    st = db.open_store(tmp_path / "c.db", write=True, create=True)
    with st.conn:
        name = "Таскала"
        body = f"Зимой у поста {name} расчистили стоянку для фур."
        _write(st, 1, "Стоянка у поста", body, [Mention("checkpoint", name, name, 14, 21)])
        _write(st, 2, VERB_PAGE, "На складе рабочие таскали коробки с посудой весь вечер.", [])
        eid = st.conn.execute("SELECT id FROM entities WHERE name = ?", (name,)).fetchone()[0]
        db.add_alias(st.conn, eid, "Таскалы", "text")
    yield st
    st.close()


@pytest.mark.parametrize("query", ["таскали коробки", "Таскали коробки"])
def test_a_verb_folding_to_a_stored_case_form_does_not_outrank_the_words(case_form_store, query):
    results = search(case_form_store, query)
    assert results[0]["kind"] == "article" and results[0]["name"] == VERB_PAGE
    assert all(r["score"] < 75 for r in results if r["kind"] == "entity")


def test_the_case_form_alone_or_beside_a_name_stays_the_name(case_form_store):
    assert search(case_form_store, "Таскалы")[0]["name"] == "Таскала"
    post = {"name": "Таскала", "matched": "Таскалы", "score": 100.0}
    assert case_form_read_as_word("таскали коробки", post)
    assert not case_form_read_as_word("таскали", post)  # a lone word is the name
    assert not case_form_read_as_word("таскали Хоргос", post)  # another name beside it
    assert not case_form_read_as_word("стоянка Таскалы", post)  # typed capitalized inside the query
    plough = {"name": "Орал", "matched": "Орале", "score": 100.0}
    assert not case_form_read_as_word("орале выставка", plough)  # a noun: the name's case as well
