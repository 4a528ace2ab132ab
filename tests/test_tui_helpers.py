"""Hand-made stores for the TUI tests, written through the store's own write path
(db.write_article), so the tests exercise real rows but never depend on the
still-changing extraction: every entity, offset, fact and directive is fixed here.

Other test modules import the fixtures from here (`from test_tui_helpers import ...`).
"""

from __future__ import annotations

import asyncio
import json
import time
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from store.db import store as db
from store.model import Article, Directive, Extraction, Fact, Mention

BODY1 = (
    "Астана. 6 августа. Премьер-министр Олжас Бектенов провел совещание по реконструкции "
    "пунктов пропуска. Пропускная способность пункта пропуска Хоргос вырастет с 200 до 1600 "
    "транспортных средств в сутки. Бектенов поручил Комитету государственных доходов в месячный "
    "срок навести порядок. Работы идут в Алматинской области."
)
BODY2 = "Қорғас шекара бекетінде кезек азайды. Жетісу облысының әкімі жұмысты тексерді."
BODY3 = "Через пункт пропуска Достык прошло больше поездов. В КТЖ рассказали о планах на 2025 год."
BODY4 = "Заметка без даты о пунктах пропуска на границе с Кыргызстаном."

CHECKPOINTS = {
    "Хоргос": dict(
        id="khorgos",
        name_kk="Қорғас",
        names_latin=["Khorgos", "Qorgas"],
        kind="road",
        border="China",
        region="Жетісу",
        opposite="Хоргос (КНР)",
        status="open",
    ),
    "Достык": dict(
        id="dostyk",
        name_kk="Достық",
        names_latin=["Dostyk"],
        kind="rail",
        border="China",
        region="Абай",
        opposite="Алашанькоу",
        status="open",
    ),
}
LATIN = {
    "Олжас Бектенов": "Olzhas Bektenov",
    "Хоргос": "Khorgos",
    "Достык": "Dostyk",
    "КТЖ": "KTZh",
    "Комитет государственных доходов": "Komitet gosudarstvennykh dokhodov",
    "Алматинская область": "Almatinskaya oblast",
    "Жетісу": "Zhetisu",
}


async def type_until_whole(pilot, screen, text: str) -> None:
    """Type `text` into the search screen and wait (20 s at most) for its whole results:
    entities are painted first, articles after."""
    for ch in text:
        await pilot.press(ch)
    t0 = time.perf_counter()
    while screen.full_seq != screen._seq and time.perf_counter() - t0 < 20:
        await asyncio.sleep(0.01)


@asynccontextmanager
async def search_screen_on(store_path: Path, size: tuple[int, int] = (100, 30)):
    """The explorer on `store_path`, its first loads done and the search screen open
    (slash): yields (app, pilot, screen). The TUI is imported here, not at module load."""
    from tui.cli import build_app
    from tui.screens.search_screen import SearchScreen

    app = build_app(["--db", str(store_path)])
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        yield app, pilot, screen


def checkpoint_notes(path: Path, name: str, bodies: list[str], title: str, month: str) -> Path:
    """A store of made-up notes, each naming the checkpoint `name` once in its body, the
    n-th titled «TITLE n» and dated on the n-th of `month` («2024-06»)."""
    from tests.notes import write_note

    st = db.open_store(path, write=True, create=True)
    for n, body in enumerate(bodies, 1):
        with st.conn:
            write_note(
                st,
                n,
                body,
                [mention(body, "checkpoint", name, name)],
                indexed="body",
                title=f"{title} {n}",
                date=f"{month}-0{n}",
            )
    st.close()
    return path


def mention(body: str, type_: str, name: str, surface: str, role: str | None = None) -> Mention:
    start = body.index(surface)
    return Mention(type=type_, name=name, surface=surface, start=start, end=start + len(surface), role=role)


def sample_articles() -> list[tuple[Article, Extraction]]:
    a1 = Article(
        file="a1.txt",
        path="/in/a1.txt",
        title="Бектенов поручил ускорить реконструкцию пунктов пропуска",
        body=BODY1,
        raw=BODY1,
        date="2025-08-07",
        source="Kazakhstan Today",
        dateline="Астана",
        author="Иван Петров",
        language="ru",
    )
    e1 = Extraction(
        mentions=[
            mention(BODY1, "person", "Олжас Бектенов", "Олжас Бектенов", "премьер-министр"),
            mention(BODY1, "checkpoint", "Хоргос", "Хоргос"),
            mention(BODY1, "person", "Олжас Бектенов", "Бектенов поручил"[:8]),
            mention(BODY1, "organization", "Комитет государственных доходов", "Комитету государственных доходов"),
            mention(BODY1, "location", "Алматинская область", "Алматинской области"),
        ],
        facts=[
            Fact(
                "khorgos",
                "capacity",
                "с 200 до 1600 транспортных средств в сутки",
                "Пропускная способность пункта пропуска Хоргос вырастет с 200 до 1600 транспортных средств в сутки.",
                "2025-12",
            )
        ],
        directives=[
            Directive(
                "Олжас Бектенов",
                "Комитет государственных доходов",
                "навести порядок",
                "в месячный срок",
                "Бектенов поручил Комитету государственных доходов в месячный срок навести порядок.",
            )
        ],
        lemmas="бектенов поручить\nпункт пропуск",
    )
    # The second Бектенов mention must point at the second occurrence, not the first.
    second = BODY1.index("Бектенов поручил")
    e1.mentions[2].start, e1.mentions[2].end = second, second + len("Бектенов")
    a2 = Article(
        file="a2.txt",
        path="/in/a2.txt",
        title="Қорғас шекара бекетінде кезек азайды",
        body=BODY2,
        raw=BODY2,
        date="2025-10-08",
        source="Kazinform",
        language="kk",
    )
    e2 = Extraction(
        mentions=[mention(BODY2, "checkpoint", "Хоргос", "Қорғас"), mention(BODY2, "location", "Жетісу", "Жетісу")],
        facts=[Fact("khorgos", "queue", "кезек азайды", "Қорғас шекара бекетінде кезек азайды.", None)],
    )
    a3 = Article(
        file="a3.txt",
        path="/in/a3.txt",
        title="Достык: грузооборот вырос",
        body=BODY3,
        raw=BODY3,
        date="2024-09-16",
        source="Rail-news.kz",
        language="ru",
    )
    e3 = Extraction(
        mentions=[mention(BODY3, "checkpoint", "Достык", "Достык"), mention(BODY3, "organization", "КТЖ", "КТЖ")]
    )
    a4 = Article(file="a4.txt", path="/in/a4.txt", title="Заметка без даты", body=BODY4, raw=BODY4, language="ru")
    return [(a1, e1), (a2, e2), (a3, e3), (a4, Extraction())]


def write_givers(path: Path, givers: list[tuple[str, str, str]], body: str) -> Path:
    """A store of one made-up meeting note per (date, giver, order), each holding that
    one directive to «министерство»: the «by» column's tests (qa45, qa52) read it."""
    items = [
        (
            Article(file=f"g{n}.txt", path=f"/in/g{n}.txt", title=f"Совещание {n}", body=body, raw=body, date=date),
            Extraction(directives=[Directive(by, "министерство", what, None, f"s{n}")]),
        )
        for n, (date, by, what) in enumerate(givers)
    ]
    return write_store(path, items)


def write_store(path: Path, items: list[tuple[Article, Extraction]]) -> Path:
    """Write `items` through db.write_article, then pin the parts owned by other
    modules (Latin forms, generated aliases, the gazetteer rows) to fixed values."""
    store = db.open_store(path, write=True, create=True)
    conn = store.conn
    with conn:
        for article, extraction in items:
            db.write_article(store, article, extraction)
        conn.execute("DELETE FROM aliases WHERE origin NOT IN ('canonical', 'text')")
        for eid, name, type_ in conn.execute("SELECT id, name, type FROM entities").fetchall():
            conn.execute("UPDATE entities SET latin=? WHERE id=?", (LATIN.get(name, name), eid))
            cp = CHECKPOINTS.get(name)
            if type_ == "checkpoint" and cp:
                conn.execute(
                    "INSERT INTO checkpoints(id, entity_id, name_ru, name_kk, names_latin, kind, border, region,"
                    " opposite, former_names, status) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        cp["id"],
                        eid,
                        name,
                        cp["name_kk"],
                        json.dumps(cp["names_latin"]),
                        cp["kind"],
                        cp["border"],
                        cp["region"],
                        cp["opposite"],
                        "[]",
                        cp["status"],
                    ),
                )
                for alias in [cp["name_kk"], *cp["names_latin"]]:
                    db.add_alias(conn, eid, alias, "gazetteer")
    store.close()
    return path


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> Path:
    return write_store(tmp_path_factory.mktemp("tui") / "store.db", sample_articles())


def test_sample_store_has_the_hand_made_rows(store_path):
    store = db.open_store(store_path)
    counts = {
        t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("articles", "entities", "checkpoints", "facts", "directives")
    }
    assert counts == {"articles": 4, "entities": 7, "checkpoints": 2, "facts": 2, "directives": 1}
    store.close()


def test_search_in_the_tui_keeps_knowledge_base_rows_but_opens_nothing_for_them(monkeypatch):
    """The engine also returns knowledge-base rows no article names (negative ids); the TUI
    shows them (with «0 articles»: the checkpoint exists, nothing is known), and has no
    page to open for them."""
    from store.search import search as engine
    from tui import searching

    rows = [
        {"kind": "entity", "type": "checkpoint", "id": -3, "name": "Бакты", "score": 100},
        {"kind": "entity", "type": "checkpoint", "id": 7, "name": "Бахты", "score": 90},
        {"kind": "article", "type": "article", "id": "ab12", "name": "Заголовок", "score": 50},
    ]
    monkeypatch.setattr(engine.AliasIndex, "for_store", classmethod(lambda cls, store: None))
    monkeypatch.setattr(engine, "search", lambda store, q, limit, index, snippets=True: rows)
    assert [r["id"] for r in searching.search(object(), "bakhty")] == [-3, 7, "ab12"]
    assert [searching.target(r) is None for r in rows] == [True, False, False]
