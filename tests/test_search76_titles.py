"""search76: an article's headline counts in article search (bm25 weighs the title
column above the body), the search table at 80 columns gives an undated title the
cells of its empty «about», and a directive is found by the name of the post its
sentence names; `directives WORD` says where `show` finds the others. Every sentence
here is made up."""

from __future__ import annotations

from store.cli.search_table import search_table
from store.db import directive_reads
from store.db.search_reads import TITLE_WEIGHT
from store.db.store import open_store
from store.lang.fts_terms import index_text
from store.model import Article, Directive, Extraction
from store.search.search import search
from tests.notes import run_cli
from tests.test_tui_helpers import mention, write_store


def _indexed(n: int, title: str, body: str, date: str = "2026-03-02") -> tuple[Article, Extraction]:
    """An article and the lemmas ingest indexes for it (title and body, as the extractor writes them)."""
    art = Article(file=f"a{n}.txt", path=f"/in/a{n}.txt", title=title, body=body, raw=body, date=date)
    return art, Extraction(lemmas=index_text(title, False) + "\n" + index_text(body, False))


# one headline on the subject, two pages that only repeat its word in longer texts
HEADLINE = _indexed(
    1,
    "Очередь у поста Выдуманный",
    "Фуры стоят с ночи, водители ждут досмотра по шесть часов. Пограничники обещают открыть вторую полосу.",
)
CHATTY = [
    _indexed(2, "Сводка утра", "Утром очередь была короткой, к обеду очередь выросла. Автобусы проходят без задержек."),
    _indexed(3, "Сводка дня", "Днём очередь стоит у весовой, очередь легковых машин короче. Связь на трассе работает."),
    _indexed(4, "Сводка вечера", "Вечером очередь снова растёт: очередь грузовиков тянется до моста. Кафе открыто."),
]


def test_the_title_weighs_more_than_the_body():
    assert TITLE_WEIGHT > 1.0


def test_an_article_headed_with_the_query_ranks_above_pages_repeating_it(tmp_path):
    st = open_store(write_store(tmp_path / "t.db", [*CHATTY, HEADLINE]))
    try:
        hits = search(st, "очередь", type="article", limit=5)
        assert hits[0]["name"] == "Очередь у поста Выдуманный"
        assert len(hits) == 4  # the body pages are still found
    finally:
        st.close()


def test_a_word_only_in_a_headline_finds_its_article(tmp_path):
    st = open_store(write_store(tmp_path / "t.db", [*CHATTY, HEADLINE]))
    try:
        assert [h["name"] for h in search(st, "выдуманный", type="article")] == ["Очередь у поста Выдуманный"]
    finally:
        st.close()


def _post_hit() -> dict:
    return {
        "kind": "entity",
        "type": "checkpoint",
        "id": 1,
        "name": "Пост",
        "matched": "",
        "score": 100.0,
        "articles": 61,
        "standing": "mixed, border with Китай",
    }


def _article_hit(title: str, date: str | None) -> dict:
    return {
        "kind": "article",
        "type": "article",
        "id": title,
        "name": title,
        "matched": "",
        "score": 70.0,
        "date": date,
    }


def test_an_undated_title_takes_the_cells_of_its_empty_about_at_80_columns():
    title = "Очередь на придуманном посту выросла до трёхсот машин за ночь"
    table = search_table(
        [_post_hit(), _article_hit(title, None), _article_hit(title + " вновь", "2026-03-02")], width=80
    )
    lines = table.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert title in lines[2]  # whole: 61 cells, where the about column left it 24
    assert "2026-03-02" in lines[3] and title not in lines[3]  # a dated title keeps the column: cut beside its date
    assert lines[1].endswith("61 articles · mixed, border with Китай")


POST_BODY = "На посту Хоргос скопились фуры. Аким поручил расширить стоянку до конца месяца."
NAMING_BODY = "Иван Приказов поручил таможне поста Хоргос открыть ещё одну полосу."


def _directive_store(tmp_path):
    """Two articles naming the post Хоргос: one whose directive's sentence names the post,
    one whose directive is a sentence after it."""
    naming = Article(
        file="n.txt", path="/in/n.txt", title="Полоса", body=NAMING_BODY, raw=NAMING_BODY, date="2026-03-03"
    )
    after = Article(file="p.txt", path="/in/p.txt", title="Стоянка", body=POST_BODY, raw=POST_BODY, date="2026-03-02")
    return write_store(
        tmp_path / "d.db",
        [
            (
                naming,
                Extraction(
                    mentions=[mention(NAMING_BODY, "checkpoint", "Хоргос", "Хоргос")],
                    directives=[
                        Directive(
                            "Иван Приказов",
                            "таможня",
                            "открыть ещё одну полосу",
                            None,
                            NAMING_BODY,
                            checkpoint="khorgos",
                            checkpoints=("khorgos",),
                        )
                    ],
                ),
            ),
            (
                after,
                Extraction(
                    mentions=[mention(POST_BODY, "checkpoint", "Хоргос", "Хоргос")],
                    directives=[
                        Directive("Аким", None, "расширить стоянку", "до конца месяца", POST_BODY.split(". ")[1])
                    ],
                ),
            ),
        ],
    )


def test_a_directive_is_found_by_the_post_its_sentence_names(tmp_path):
    st = open_store(_directive_store(tmp_path))
    try:
        assert directive_reads.count_directives(st, "хоргос") == 1
        assert directive_reads.count_directives(st, "Қорғас полосу") == 1  # the post's Kazakh name, and a word of what
        assert [r["what"] for r in directive_reads.directive_page(st, "хоргос")] == ["открыть ещё одну полосу"]
        assert directive_reads.count_directives(st, "стоянку") == 1
    finally:
        st.close()


def test_show_says_its_directives_are_its_articles(tmp_path, capsys, monkeypatch):
    code, out, _ = run_cli(capsys, monkeypatch, "show", "Хоргос", "--db", _directive_store(tmp_path))
    assert code == 0 and "directives in its articles:" in out.splitlines()


def test_directives_of_a_post_say_where_the_others_are(tmp_path, capsys, monkeypatch):
    path = _directive_store(tmp_path)
    code, out, err = run_cli(capsys, monkeypatch, "directives", "хоргос", "стоянку", "--db", path)
    assert code == 0 and "0 directives" in out
    assert "borderdocs show Хоргос" in err and "(2 reports)" in err
    code, out, err = run_cli(capsys, monkeypatch, "directives", "хоргос", "--db", path)
    assert "открыть ещё одну полосу" in out and "note:" not in err
