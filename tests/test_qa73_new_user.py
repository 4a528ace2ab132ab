"""qa73: a new user's evening with borderdocs over a folder of mixed and broken files.

- `export -o news.db --db news.db` (one word too many from the line before) replaced the
  store with its own JSON, and every later command said «not a borderdocs store»; the
  explorer's `e` asked «exists. Replace it?» and wrote a CSV over the open store. Both
  now refuse the store and the files beside it; the CLI also any other SQLite database.
- `--version` was an unknown option of both programs.
- `borderdocs-tui --help` printed the theme choices on one line of 130 characters at 80
  columns, and a theme's name could be cut at its hyphen.
- A text file of one sentence was read as a headline with no story and rejected as
  «no article text found».
- A 3 MB one-line file cost seconds of headline tests on the whole line at every run,
  though only a short line can be a headline.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest

from store import cli
from store.reading import parse as parse_module
from store.reading.headline import is_list_item, not_a_headline
from tests.test_tui import make_app, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)

STORY = (
    "На посту «Калжат» к вечеру скопилось около 60 грузовиков, сообщили в пограничной службе.\n\n"
    "Водители ждут с утра, движение идёт медленно из-за ремонта площадки досмотра.\n"
)


@pytest.fixture
def store(tmp_path, capsys):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "kalzhat.txt").write_text(STORY, encoding="utf-8")
    db = tmp_path / "news.db"
    assert cli.main(["ingest", str(folder), "--db", str(db), "--jobs", "1", "--quiet"]) == 0
    capsys.readouterr()
    return db


def _articles(db, capsys) -> int:
    assert cli.main(["stats", "--db", str(db), "--json"]) == 0
    return json.loads(capsys.readouterr().out)["articles"]


@pytest.mark.parametrize("name", ["news.db", "news.db-wal", "news.db.search-index"])
def test_export_does_not_write_over_the_store_or_its_files(store, capsys, name):
    target = store.parent / name
    before = target.read_bytes() if target.exists() else None
    code = cli.main(["export", "--db", str(store), "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 2
    assert "is the store itself" in err
    assert (target.read_bytes() if target.exists() else None) == before
    assert _articles(store, capsys) == 1


def test_export_does_not_write_over_another_database(store, tmp_path, capsys):
    other = tmp_path / "archive.db"
    with closing(sqlite3.connect(other)) as conn, conn:
        conn.execute("CREATE TABLE kept (x)")
    before = other.read_bytes()
    code = cli.main(["export", "--db", str(store), "-o", str(other), "-f", "csv"])
    assert code == 2
    assert "is an SQLite database" in capsys.readouterr().err
    assert other.read_bytes() == before


def test_export_still_replaces_an_earlier_export(store, tmp_path, capsys):
    out = tmp_path / "news.json"
    out.write_text("old", encoding="utf-8")
    assert cli.main(["export", "--db", str(store), "-o", str(out)]) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["articles"]) == 1


def test_borderdocs_prints_its_version(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("borderdocs ")


def test_the_explorers_help_fits_80_columns(monkeypatch, capsys):
    from tui.cli import THEMES, build_parser

    monkeypatch.setenv("COLUMNS", "80")
    text = build_parser().format_help()
    assert not [line for line in text.splitlines() if len(line) > 80]
    assert "--theme THEME" in text
    words = set(text.replace(",", " ").replace(";", " ").split())
    assert set(THEMES) <= words  # every name whole, none cut at its hyphen
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("borderdocs-tui ")


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("Пункт пропуска «Бахты» закрыт из-за сильного бурана.\n", True),  # seven words: a headline's length
        ("Пункт пропуска «Бахты» закрыт до утра из-за сильного бурана.\n", True),  # nine: stored before too
        ("«Тажен» бекеті жөндеу жұмыстарына байланысты уақытша жабылды.\n", True),
        ("Очередь на границе\n", False),  # a headline alone: no story under it
    ],
)
def test_a_text_file_of_one_sentence_is_an_article(tmp_path, capsys, text, stored):
    (tmp_path / "note.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    code = cli.main(["ingest", str(tmp_path / "note.txt"), "--db", str(db), "--jobs", "1", "--quiet"])
    err = capsys.readouterr().err
    assert code == (0 if stored else 1)
    assert ("no article text found" in err) is not stored
    if stored:
        cli.main(["export", "--db", str(db), "-f", "jsonl"])
        record = json.loads(capsys.readouterr().out)
        assert record["body"] == text.strip()


@pytest.mark.parametrize(
    "line",
    ["• Пункт «Кордай» открыт", "- очередь у поста", "— Сообщение пресс-службы", "# хэштег", "   ", "Новости"],
)
def test_the_list_item_test_says_what_the_headline_tests_say(line):
    assert is_list_item(line) == (not_a_headline(line) == "list item")


def test_a_line_too_long_for_a_headline_is_no_candidate():
    long_line = "Очередь на посту «Нур жолы» растёт " * 40
    assert not parse_module._title_candidate(long_line)


async def test_the_explorer_does_not_export_over_its_store(store_path):  # noqa: F811
    before = store_path.read_bytes()
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        prompt = app.screen.query_one("#prompt-input")
        prompt.value = str(store_path)
        await pilot.press("enter")
        await settle(pilot)
        notices = [str(n.message) for n in app._notifications]
        assert not app.screen.query("ConfirmScreen")
    assert any("is the store itself" in n for n in notices), notices
    assert store_path.read_bytes()[:16] == before[:16] == b"SQLite format 3\x00"


ORDER = "Аким области Серик Нурланов поручил до 1 марта сократить очередь на посту «Калжат»."
ARTICLES = {
    "order1.txt": f"Очередь на Калжате\n\nВ среду у поста скопилось 70 фур. {ORDER}\n\nВодители ждут с утра.\n",
    "order2.txt": f"Совещание в акимате\n\nНа совещании обсудили работу границы. {ORDER}\n\nСрок назван жёсткий.\n",
    "firm.txt": (
        "Склад у границы\n\nЧерез пункт пропуска «Бахты» за сутки прошли 300 грузовиков. "
        "Компания ТОО «Бахты Логистик» открыла новый склад в Тарбагатайском районе.\n"
    ),
}


@pytest.fixture
def orders(tmp_path, capsys):
    folder = tmp_path / "orders"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "orders.db"
    cli.main(["ingest", str(folder), "--db", str(db), "--jobs", "1", "--quiet"])
    capsys.readouterr()
    return db


def test_one_directive_reported_twice_is_one_directive(orders, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    assert cli.main(["directives", "калжат", "--db", str(orders)]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().splitlines()[-1].startswith("2 reports of 1 directive (")


def test_a_post_with_no_directive_is_not_swapped_for_a_firm_named_after_it(orders, capsys):
    assert cli.main(["directives", "бахты", "--db", str(orders)]) == 0
    captured = capsys.readouterr()
    assert "best match" not in captured.err
    assert captured.out.strip() == "0 directives"


def test_the_directives_tab_keeps_a_posts_words_as_typed(orders):
    from store.db.opening import open_store
    from tui.widgets.directive_list import DirectiveSource

    store = open_store(orders)
    try:
        post = DirectiveSource(words="бахты")
        assert post.count(store) == 0
        assert post.read_as == ""  # not «Бахты Логистик», a firm with no directive
        order = DirectiveSource(words="нурланова")
        assert order.count(store) > 0
        assert order.read_as == "Серик Нурланов"
    finally:
        store.close()


def test_the_explorer_given_a_missing_path_says_so_with_status_2(tmp_path, capsys):
    from tui.cli import main

    assert main(["--db", str(tmp_path / "s.db"), str(tmp_path / "nothere")]) == 2
    assert "no such file or directory" in capsys.readouterr().err


async def test_the_explorers_ingest_shows_warnings_and_waits_for_them(tmp_path, monkeypatch):
    import store.ingest
    from tests.test_tui import screen_text
    from tests.test_tui_helpers import sample_articles, write_store
    from tui.screens.ingest_screen import IngestScreen
    from tui.screens.main_screen import MainScreen

    def run(paths, store_path, progress=None, on_reject=None, on_warn=None, **kw):
        progress(1, 1, "long.txt")
        on_warn("long.txt", "article is 250,000 characters; read from the first 200,000 only")
        write_store(store_path, sample_articles())
        return store.ingest.Summary(files=1, ingested=4, warnings=[("long.txt", "cut")])

    monkeypatch.setattr(store.ingest, "ingest", run)
    (tmp_path / "in").mkdir()
    app = make_app(tmp_path / "new.db", str(tmp_path / "in"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, 5)
        assert isinstance(app.screen, IngestScreen)  # waits: a warning to read
        text = screen_text(app)
        assert "! long.txt: article is 250,000 characters" in text
        assert "4 articles stored, 1 with a warning (!), 0 rejected:" in text
        await pilot.press("enter")
        await settle(pilot, 5)
        assert isinstance(app.screen, MainScreen)


def test_stats_lines_wrap_at_the_terminal_between_counts(tmp_path, capsys, monkeypatch):
    import sys

    records = [
        {
            "text": f"На посту «Кордай» к утру стояли {20 + i} фур, водители ждали несколько часов.",
            "source": f"Outlet{i}.kz",
        }
        for i in range(9)
    ]
    (tmp_path / "posts.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    db = tmp_path / "s.db"
    cli.main(["ingest", str(tmp_path / "posts.jsonl"), "--db", str(db), "--jobs", "1", "--quiet"])
    capsys.readouterr()
    monkeypatch.setenv("COLUMNS", "60")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert cli.main(["stats", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    sources = lines[next(i for i, ln in enumerate(lines) if ln.startswith("top sources")) :][:3]
    assert all(len(ln) <= 60 for ln in sources), sources
    assert sources[1].startswith(" " * 15 + "Outlet")  # under the value, not under the label
    assert all(ln.rstrip().endswith(",") or ln is sources[-1] for ln in sources[:2])  # «Outlet3.kz 1» kept whole
