"""search71: queries that landed wrong — a Kazakh verb found by the noun it is made of, a
topic word that did not cross languages, a snippet that showed the body's start, and a
body's abbreviation with a surname read as the body alone. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from store import cli
from store.db import migrate_v12, schema
from store.db.store import open_store
from store.lang import kazakh_stems
from store.lang.kazakh_stems import kazakh_stem, query_keys
from store.lang.topic_translations import translations
from tests.story_dumps import article_titles, ingest_stories, search_json

SENT = "Хат жолданды"
ROAD = "Жаңа жол"
QUEUE_KK = "Сырым бекетіндегі кезек"
SCANNERS = "Сканеры на «Сырыме»"
DEEP = "Итоги совещания"
STORIES = [
    {
        "title": SENT,
        "text": "Кәсіпкерлер палатасының хаты ведомствоға жолданды. Хатта жүк тасымалының мәселелері айтылған.",
        "date": "2026-10-01",
    },
    {
        "title": ROAD,
        "text": "Бекетке апаратын жаңа жол пайдалануға берілді. Жолдың сапасын комиссия тексерді.",
        "date": "2026-10-02",
    },
    {
        "title": QUEUE_KK,
        "text": "Сырым бекетінің алдында жүк көліктерінің кезегі екі шақырымға жетті. Жүргізушілер түні бойы күтті.",
        "date": "2026-10-03",
    },
    {
        "title": SCANNERS,
        "text": "На пункте пропуска «Сырым» установили новые сканеры для досмотра грузов.",
        "date": "2026-10-04",
    },
    {
        "title": DEEP,
        "text": "В акимате области прошло совещание с участием предпринимателей. Говорили о налогах, "
        "о ценах на топливо, о школах и больницах, о новых маршрутах автобусов и о ремонте "
        "городских улиц. Отдельно обсуждали подготовку к зиме и запасы угля. Под конец "
        "выступил представитель логистической компании: по его словам, очередь на выезд из "
        "страны растет каждую неделю.",
        "date": "2026-10-05",
    },
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return ingest_stories(tmp_path_factory.mktemp("s71"), STORIES)


_search = search_json


# -- Kazakh verbs are not the nouns they are made of ---------------------------------


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("жолдардағы", "жол"),  # plural, then a case: both come off
        ("көліктерінің", "көлік"),  # plural, possessive, case
        ("тексеруді", "тексеру"),  # «-ді» after «у» is an accusative
        ("заводы", "завод"),  # «-ды» after a vowel is no case: the possessive «-ы»
    ],
)
def test_one_ending_of_each_kind_comes_off(word, stem):
    assert kazakh_stem(word) == stem


def test_a_verb_made_of_a_noun_keeps_its_own_key():
    """«жолданды» ('was sent') is жол + «-да» + «-н» + «-ды»: read as two case endings it
    was «жол» (road); one case at most leaves it apart."""
    assert kazakh_stem("жолданды") != kazakh_stem("жол")


def test_a_stems_own_final_vowel_goes_after_the_plural():
    assert kazakh_stem("жолаушылар") == kazakh_stem("жолаушы")


def test_a_stem_ending_like_a_case_ending_meets_its_case_forms():
    """«Өскемен» ends like the instrumental «-мен»: bare it is cut, before a real case it
    is whole; a query word of either form asks for the other's key."""
    assert kazakh_stem("өскеменде") in query_keys("өскемен")
    assert kazakh_stem("өскемен") in query_keys("өскеменде")


def test_a_noun_query_does_not_find_a_verb_made_of_it(store_path, capsys):
    titles = article_titles(capsys, store_path, "жол")
    assert ROAD in titles
    assert SENT not in titles


def test_the_verb_finds_itself(store_path, capsys):
    assert SENT in article_titles(capsys, store_path, "жолданды")


def _clear_index_word_memos(fts_terms) -> None:
    """index_text keeps a word's index form per process (ingest98): a stemmer patched in is
    read only by words not asked before."""
    fts_terms._kazakh_index_word.cache_clear()
    fts_terms._russian_index_word.cache_clear()


def test_a_store_indexed_by_schema_12_is_rebuilt(tmp_path, capsys, monkeypatch):
    """A schema-12 store whose index holds the greedy keys («жолданды» → «жол») is read as
    it is (a read never upgrades a store, hyg68: «жол» still finds the verb's page, as
    schema 12 did); `borderdocs upgrade` migrates it to 13, and then «жол» no longer does."""
    db = ingest_stories(tmp_path, STORIES)
    monkeypatch.setattr(kazakh_stems, "kazakh_stem", kazakh_stems._strip_greedy)
    st = open_store(db, write=True)
    with st.conn:
        from store.lang import fts_terms

        monkeypatch.setattr(fts_terms, "kazakh_stem", kazakh_stems._strip_greedy)
        _clear_index_word_memos(fts_terms)  # the words ingested above were kept with today's stems
        migrate_v12.rebuild_fts(st.conn)
        st.conn.execute("UPDATE meta SET value='12' WHERE key='schema_version'")
    st.close()
    monkeypatch.undo()
    _clear_index_word_memos(fts_terms)  # and the greedy stems the rebuild kept go
    assert SENT in article_titles(capsys, db, "жол")
    st = open_store(db, write=False)
    assert schema.schema_version(st) == 12
    st.close()
    assert cli.main(["upgrade", "--db", str(db)]) == 0
    capsys.readouterr()
    assert SENT not in article_titles(capsys, db, "жол")
    st = open_store(db, write=False)
    assert schema.schema_version(st) == schema.SCHEMA_VERSION == 13
    st.close()


# -- topic words across languages ------------------------------------------------------


def test_a_topic_word_has_its_translations():
    assert "кезек" in translations(["очередь"])
    assert "очередь" in translations(["кезек"])
    assert translations(["хоргос"]) == []


def test_a_russian_topic_word_ranks_the_kazakh_page_about_it_first(store_path, capsys):
    """The post's newest page is Russian and about scanners; the Kazakh one is about
    the queue there: «Сырым очередь» gives the queue first."""
    articles = _search(capsys, store_path, "Сырым очередь", "-t", "article")
    assert articles[0]["name"] == QUEUE_KK


def test_a_kazakh_topic_word_finds_the_russian_page(store_path, capsys):
    assert DEEP in article_titles(capsys, store_path, "кезек")


def test_the_snippet_shows_the_translated_word(store_path, capsys):
    found = {r["name"]: r["matched"] for r in _search(capsys, store_path, "очередь", "-t", "article")}
    assert "кезегі" in found[QUEUE_KK]


# -- the snippet shows a topic word found deep in the body ---------------------------


def test_the_snippet_of_a_deep_word_shows_it(store_path, capsys):
    found = {r["name"]: r["matched"] for r in _search(capsys, store_path, "очередь", "-t", "article")}
    assert "очередь" in found[DEEP]
    assert found[DEEP].startswith("…")


def test_a_kazakh_word_the_morphology_knows_is_snippeted_by_its_stem(tmp_path, capsys):
    """«талабы» is a form pymorphy2 holds (its lemma «талаб»): the page's bare «талап»,
    late in the body, is what the snippet shows."""
    text = (
        "Аудан әкімдігінде жиын өтті. Жиында мектептер, ауруханалар және көшелер туралы айтылды. "
        "Кәсіпкерлер салық туралы сұрақтар қойды. Соңында кеден органдары тасымалдаушыларға жаңа талап қойды."
    )
    db = ingest_stories(tmp_path, [{"title": "Жиын", "text": text, "date": "2026-10-06"}])
    found = _search(capsys, db, "талабы", "-t", "article")
    assert "талап" in found[0]["matched"]


# -- a body's abbreviation and a surname ------------------------------------------------


def test_a_bodys_abbreviation_and_a_surname_give_both(tmp_path, capsys):
    stories = [
        {
            "title": "Проверка поста",
            "text": "Председатель Комитета государственных доходов Бауыржан Тлеубердин проверил работу таможенного поста «Алтынколь».",
            "date": "2026-10-07",
        },
        {
            "title": "Новые правила",
            "text": "Комитет государственных доходов (КГД) опубликовал новые правила декларирования посылок.",
            "date": "2026-10-08",
        },
        {
            "title": "Прием граждан",
            "text": "Бауыржан Тлеубердин провел прием граждан в Талдыкоргане.",
            "date": "2026-10-09",
        },
    ]
    db = ingest_stories(tmp_path, stories)
    results = _search(capsys, db, "КГД Тлеубердин")
    entities = [r for r in results if r["kind"] == "entity"][:2]
    assert {e["type"] for e in entities} == {"organization", "person"}
    assert "Тлеубердин" in next(e["name"] for e in entities if e["type"] == "person")
    assert next(r for r in results if r["kind"] == "article")["name"] == "Проверка поста"


def test_a_surname_beside_a_body_matched_whole_is_looked_up(tmp_path, capsys):
    """«КГД Айжанов» matches the committee's long name at over SPLIT_BELOW as a whole
    (the abbreviation whole, a word more) and was never split: the person came only as
    a look-alike of the whole text. The surname no word of that name holds is looked up:
    the committee first, the person next, the page naming both first."""
    stories = [
        {
            "title": "Визит в Актау",
            "text": "Ерлан Айжанов, возглавляющий Комитет государственных доходов, осмотрел морской порт Актау.",
            "date": "2026-10-07",
        },
        {
            "title": "Электронные пломбы",
            "text": "КГД расширяет применение электронных пломб на транзитных грузах.",
            "date": "2026-10-08",
        },
        {
            "title": "Интервью",
            "text": "Ерлан Айжанов рассказал журналистам о своих планах на отпуск.",
            "date": "2026-10-09",
        },
    ]
    db = ingest_stories(tmp_path, stories)
    results = _search(capsys, db, "КГД Айжанов")
    entities = [r for r in results if r["kind"] == "entity"]
    assert [e["type"] for e in entities[:2]] == ["organization", "person"]
    assert entities[0]["score"] < 100.0  # the whole text's match, not a run's: this is the path under test
    assert next(r for r in results if r["kind"] == "article")["name"] == "Визит в Актау"
