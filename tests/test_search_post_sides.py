"""Posts of one name on both sides of the border («Хоргос»: ours, and the Chinese road
post opposite) are two checkpoint entities; a search hit names each by its own gazetteer
row and says whose post it is, so the two rows do not read the same."""

from __future__ import annotations

from store.db import store as db
from store.model import Mention
from store.search.search import search
from store.search.table import about
from tests.notes import write_note


def _post(name: str, ref: str, body: str) -> Mention:
    start = body.index(name)
    return Mention(type="checkpoint", name=name, surface=name, start=start, end=start + len(name), ref=ref)


def test_each_post_of_one_name_shows_its_own_row_and_side(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    ours = "На пункте пропуска Хоргос выросла очередь грузовиков."
    theirs = "С китайской стороны пост Хоргос работает до вечера."
    with st.conn:
        write_note(st, 1, ours, [_post("Хоргос", "khorgos", ours)])
        # another story of the same post (the same words twice would be one story saved twice)
        later = "На пункте пропуска Хоргос очередь грузовиков к вечеру сократилась."
        write_note(st, 2, later, [_post("Хоргос", "khorgos", later)])
        write_note(st, 3, theirs, [_post("Хоргос", "cn-khorgos", theirs)])
    hits = [r for r in search(st, "khorgos", "checkpoint", 10) if r["name"] == "Хоргос"]
    # the Chinese rail post of that name, which no article here names, is its own row with 0 articles
    # (not the road post's entity again, as when a row took every entity that goes by its name)
    assert [(r["kb_id"], r["articles"]) for r in hits] == [("khorgos", 2), ("cn-khorgos", 1), ("cn-khorgos-rail", 0)]
    shown = [about(r) for r in hits]
    # ours says the border it is on, theirs whose post it is (not «…, Казахстан», which read as a border)
    assert shown == [
        "2 articles · mixed, border with Китай",
        "1 article · road, Китай's post",
        "0 articles · rail, Китай's post",
    ]


def test_ours_first_when_a_name_fits_both_sides_alike(tmp_path):
    """The neighbour's post stored first (a lower id) and named by the query as well as
    ours: the Kazakh spelling «Қорғас» scores both 100, and ours comes first; a query for
    the neighbour's own name still finds its post first."""
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    theirs = "С китайской стороны пост Хоргос работает до вечера."
    ours = "На пункте пропуска Хоргос выросла очередь грузовиков."
    with st.conn:
        write_note(st, 1, theirs, [_post("Хоргос", "cn-khorgos", theirs)])
        write_note(st, 2, ours, [_post("Хоргос", "khorgos", ours)])
    for query in ("Қорғас", "Хоргос", "khorgos"):
        hits = [r for r in search(st, query, "checkpoint", 10) if r.get("kind") == "entity"]
        assert [r["kb_id"] for r in hits[:2]] == ["khorgos", "cn-khorgos"], query


def test_a_name_two_rows_share_brings_no_other_post_first(tmp_path):
    """«Черняевка» is a name of our Жибек жолы (its village) and of the Uzbek Гишткуприк
    (printed so across the border). Our post, stored with that alias, is not the Uzbek
    row's entity: a query for Гишткуприк finds the Uzbek post first, ours after it."""
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    ours = "Пункт пропуска Жибек жолы у села Черняевка закрыт на ремонт."
    theirs = "Узбекский пост Гишткуприк принимает пешеходов."
    with st.conn:
        write_note(st, 1, ours, [_post("Жибек жолы", "zhibek-zholy", ours), _post("Черняевка", "zhibek-zholy", ours)])
        write_note(st, 2, theirs, [_post("Гишткуприк", "uz-gishtkuprik", theirs)])
    for query in ("гишт куприк", "Gishtkuprik", "Гишт-Куприка"):
        hits = [r for r in search(st, query, None, 10) if r.get("kind") == "entity"]
        assert hits[0]["kb_id"] == "uz-gishtkuprik", query
