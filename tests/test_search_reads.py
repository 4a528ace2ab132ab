"""search_reads counts the entities up to an id as all of them less those above it
(a bare count(*) reads the smallest index): the same count as counting the ids."""

from __future__ import annotations

from store.db import search_reads as reads
from store.db import store as db
from tests.notes import opening, write_note


def test_entities_up_to_counts_the_ids_up_to_it(tmp_path):
    st = db.open_store(tmp_path / "s.db", write=True, create=True)
    names = ["Арман Алиев", "Айгуль Касымова", "Берик Оспанов", "Жанна Нурланова", "Марат Абенов"]
    with st.conn:
        for n, name in enumerate(names, 1):
            write_note(st, n, name, [opening("person", name)], indexed="")
        st.conn.execute(
            "DELETE FROM entities WHERE id = (SELECT min(id) + 1 FROM entities)"
        )  # a gap, as a merge leaves
    ids = [r[0] for r in st.conn.execute("SELECT id FROM entities")]
    for x in range(0, max(ids) + 3):
        assert reads.entities_up_to(st.conn, x) == sum(i <= x for i in ids)
    st.close()
