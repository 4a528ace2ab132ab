"""Checkpoints, issue 15 continued (cp16): the kind of crossing each mention's own text
gives, kept per mention in the store (schema 7) and exported as the article's kind, the
gazetteer row's kind staying the default. Made-up sentences."""

import sqlite3
from contextlib import closing

import pytest

from store.db import export, schema
from store.db import store as db
from store.extract.checkpoints import find_checkpoints
from store.lang import gazetteer
from store.model import Article, Extraction, Mention


def kinds(text):
    return [(s.ref, s.kind) for s in find_checkpoints(text)]


def test_the_text_kind_is_kept_even_where_the_one_row_says_otherwise():
    assert gazetteer.get("zhibek-zholy").kind == "passenger"
    text = "Вчера через автомобильный пункт пропуска «Жибек жолы» проехали сорок фур."
    assert kinds(text) == [("zhibek-zholy", "road")]


def test_a_mention_whose_text_names_no_kind_has_none():
    text = "На пункте пропуска «Жибек жолы» с утра тихо."
    assert kinds(text) == [("zhibek-zholy", None)]


def test_a_kazakh_kind_word_after_the_name_is_the_mentions_kind():
    text = "«Бақты» теміржол өткізу пункті арқылы жүк тасымалы артты."
    assert kinds(text) == [("bakhty-rail", "rail")]


@pytest.fixture
def store(tmp_path):
    s = db.open_store(tmp_path / "s.db", write=True, create=True)
    yield s
    s.close()


def _write(store, title, said):
    """One article naming «Жибек жолы» once per entry of `said`, each with that kind."""
    body = " ".join("Жибек жолы" for _ in said)
    art = Article(file=f"{title}.txt", path=f"/{title}.txt", title=title, body=body, raw=body)
    mentions = [
        Mention("checkpoint", "Жибек жолы", "Жибек жолы", 11 * i, 11 * i + 10, ref="zhibek-zholy", kind=k)
        for i, k in enumerate(said)
    ]
    with store.conn:
        db.write_article(store, art, Extraction(mentions=mentions))


def _kinds(store):
    return {
        r["title"]: [(c["kind"], c["gazetteer_kind"]) for c in r["checkpoints"]] for r in export.iter_articles(store)
    }


def test_the_export_gives_the_articles_kind_and_keeps_the_rows(store):
    _write(store, "said-road", ["road"])
    _write(store, "said-nothing", [None])
    _write(store, "mostly-rail", [None, "rail", "road", "rail"])
    _write(store, "tie", ["road", "rail"])
    assert _kinds(store) == {
        "said-road": [("road", "passenger")],
        "said-nothing": [("passenger", "passenger")],
        "mostly-rail": [("rail", "passenger")],
        "tie": [("road", "passenger")],
    }


def test_a_schema_6_store_opens_and_shows_the_rows_kind(tmp_path):
    path = tmp_path / "v6.db"
    s = db.open_store(path, write=True, create=True)
    _write(s, "old", ["road"])
    s.close()
    with closing(sqlite3.connect(path)) as c, c:
        c.execute("ALTER TABLE mentions DROP COLUMN kind")
        c.execute("UPDATE meta SET value='6' WHERE key='schema_version'")
    s = db.open_store(path, write=True)
    try:
        assert schema.schema_version(s) == schema.SCHEMA_VERSION >= 7
        assert s.conn.execute("SELECT kind FROM mentions").fetchall() == [(None,)]
        assert _kinds(s) == {"old": [("passenger", "passenger")]}
        _write(s, "new", ["road"])
        assert _kinds(s)["new"] == [("road", "passenger")]
    finally:
        s.close()


def test_a_schema_6_store_upgraded_exports_the_rows_kinds(tmp_path):
    path = tmp_path / "v6.db"
    s = db.open_store(path, write=True, create=True)
    _write(s, "old", [None])
    s.close()
    with closing(sqlite3.connect(path)) as c, c:
        c.execute("ALTER TABLE mentions DROP COLUMN kind")
        c.execute("UPDATE meta SET value='6' WHERE key='schema_version'")
    with pytest.raises(db.StoreError, match="borderdocs upgrade"):  # a read never upgrades it (hyg68)
        db.open_store(path, write=False)
    s = db.open_store(path, write=True)  # `borderdocs upgrade`, `ingest`: mentions.kind added, null
    try:
        assert _kinds(s) == {"old": [("passenger", "passenger")]}
    finally:
        s.close()


def found(text):
    return [(s.surface, s.ref) for s in find_checkpoints(text)]


def test_a_kind_glued_to_a_name_is_that_names_own_and_not_the_nexts():
    text = "Работают посты «Каинды-железнодорожный», «Чалдыбар-автодорожный» и другие пункты пропуска."
    assert [(s.name, s.kind) for s in find_checkpoints(text)] == [("Каинды", "rail"), ("Чалдыбар", "road")]


def test_an_unknown_post_paired_with_ours_is_the_neighbours_checkpoint():
    text = "На узбекской границе очереди (пункты пропуска «Казыгурт» – «Солнечный», «Атамекен» – «Новоград»)."
    spans = find_checkpoints(text)
    assert [s.surface for s in spans] == ["Казыгурт", "Солнечный", "Атамекен", "Новоград"]
    post = gazetteer.get(spans[1].ref)
    assert (post.name_ru, post.country, post.border, post.kind) == ("Солнечный", "Узбекистан", "Казахстан", "road")
    assert post.opposite == "Казыгурт" and post.faces == ("kazygurt",)


def test_the_bracket_after_an_unknown_post_names_its_country_or_rules_it_out():
    spans = find_checkpoints("Пункт пропуска «Кордай» – «Горный» (Кыргызстан) закрыт.")
    assert gazetteer.get(spans[1].ref).country == "Кыргызстан"
    assert found("Пункт пропуска «Атамекен» – «Новый» (для пешеходов) закрыт.") == [("Атамекен", "atameken")]
    assert found("Пункт пропуска «Атамекен» – «Новый» (РК) закрыт.") == [("Атамекен", "atameken")]


def test_no_unknown_post_without_the_exact_shape():
    # a station line in one pair of quotes; a pair in a sentence not about checkpoints
    assert found("Строят линию «Бахты – Аягоз» через пункт пропуска.") == [("Бахты", "bakhty-rail")]
    assert found("Команды «Атамекен» – «Кайрат» сыграли вничью.") == []
    assert found("Пункт пропуска «Атамекен» – Гулистан закрыт.") == [("Атамекен", "atameken")]


def test_an_unknown_posts_ref_reads_back_anywhere_and_bad_refs_do_not():
    ref = gazetteer.unlisted_ref("Горный", "Кыргызстан", "road", "korday")
    assert gazetteer.get(ref).name_ru == "Горный"
    assert gazetteer.get("unlisted:Казахстан:road:korday:Горный") is None
    assert gazetteer.get("unlisted:Кыргызстан:boat:korday:Горный") is None
    assert gazetteer.get("unlisted:garbage") is None


def test_an_unknown_post_is_stored_and_exported_with_its_country(store):
    text = "Очереди на пункте пропуска «Казыгурт» – «Солнечный» на границе."
    spans = find_checkpoints(text)
    art = Article(file="u.txt", path="/u.txt", title="u", body=text, raw=text)
    mentions = [Mention("checkpoint", s.name, s.surface, s.start, s.end, ref=s.ref, kind=s.kind) for s in spans]
    with store.conn:
        db.write_article(store, art, Extraction(mentions=mentions))
    [rec] = export.iter_articles(store)
    assert [(c["name"], c["kind"], c["border"], c["region"]) for c in rec["checkpoints"]] == [
        ("Казыгурт", "road", "Узбекистан", gazetteer.get("kazygurt").region),
        ("Солнечный", "road", "Казахстан", "Узбекистан"),
    ]


def test_a_long_remark_in_brackets_does_not_break_a_list_of_quoted_posts():
    text = (
        "Советуют пункты пропуска «Светлый» и «Теплое» (оба открыты только для жителей двух соседних стран), "
        "а также «Илек» и «Сагарчин»."
    )
    assert [s.ref for s in find_checkpoints(text)] == ["ru-svetly", "ru-teploe", "ru-ilek", "ru-sagarchin"]


def test_an_unknown_post_written_first_needs_its_country_in_brackets():
    spans = find_checkpoints("Пункты пропуска «Солнечный» (Узбекистан) – «Казыгурт» (РК) работают.")
    assert [(s.surface, gazetteer.get(s.ref).country) for s in spans] == [
        ("Солнечный", "Узбекистан"),
        ("Казыгурт", "Казахстан"),
    ]
    assert found("Пункты пропуска «Солнечный» – «Казыгурт» работают.") == [("Казыгурт", "kazygurt")]
    spans = find_checkpoints("Пункты пропуска «Казыгурт» (РК) / «Солнечный» (Узбекистан) работают.")
    assert [s.surface for s in spans] == ["Казыгурт", "Солнечный"]


def test_paired_uzbek_posts_face_ours():
    spans = find_checkpoints("Пешеходам открыты пункты пропуска «Сырдарья» – «Малик» и «Целинный» – «Ок Олтин».")
    assert [s.ref for s in spans] == ["syrdarya", "uz-malik", "tselinny", "uz-ok-oltin"]
    assert gazetteer.get("uz-yallama").faces == ("b-konysbayeva",)


def test_a_kind_word_before_an_earlier_name_is_not_the_later_ones():
    text = "Открыт автомобильный пункт пропуска «Нур жолы» и станция «Алтынколь» рядом."
    assert kinds(text)[0] == ("nur-zholy", "road")
    assert kinds(text)[1][1] != "road"


def test_the_kazakh_passenger_crossing_word():
    text = "«Жібек жолы» жолаушылар өткізу пункті қайта ашылды."
    assert kinds(text) == [("zhibek-zholy", "passenger")]
    assert kinds("Шекарадағы жолаушылар өткізу пункті «Бақты» ашылды.")[0][1] == "passenger"


class _NoNer:
    """A stand-in for the NER model: no spans, so only the checkpoint matcher speaks."""

    def spans(self, text):
        return []


def test_the_extraction_hands_each_checkpoint_mention_its_text_kind():
    from store.extract.extractor import Extractor

    body = "Через автомобильный пункт пропуска «Жибек жолы» прошли фуры. Пункт «Жибек жолы» открыт."
    art = Article(file="k.txt", path="/k.txt", title="Граница", body=body, raw=body)
    got = [(m.name, m.kind) for m in Extractor(ner=_NoNer()).extract(art).mentions if m.type == "checkpoint"]
    assert got == [("Жибек жолы", "road"), ("Жибек жолы", None)]
