"""The small things a user trips on (qa74), each through the CLI or the explorer: a text with
stray NUL bytes, an Office document, a folder of links only, `board --reported` and a
neighbour's closure, the Articles tab's count beside the ingest's, the date chip, the keys a
neighbour's post offers, the ingest dialog's long reasons. Every sentence is written here."""

from __future__ import annotations

import io
import json
import os
import zipfile

import pytest

from store import cli
from tests.notes import run_cli
from tests.story_dumps import ingest_texts
from tests.test_tui import make_app, screen_text, settle

STORY = (
    "Пограничники сообщили, что на пункте пропуска «Калжат» с утра стоят около тридцати грузовиков. "
    "Легковые машины проезжают без задержек, добавили в ведомстве.\n"
)


def ingest(capsys, folder, db, *flags: str) -> tuple[int, str]:
    code = cli.main(["ingest", str(folder), "--db", str(db), *flags])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_text_with_stray_nul_bytes_is_stored_with_a_warning(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, encoding, town in (("utf8.txt", "utf-8", "Калжате"), ("cp1251.txt", "cp1251", "Кольжате")):
        raw = (f"Очередь на {town}\n\n" + STORY.replace("Калжат", town[:-1])).encode(encoding)
        (folder / name).write_bytes(raw[:50] + b"\x00" * 9 + raw[50:] + b"\x00" * 300)  # a crashed write's padding
    few = "Автобусы у Калжата\n\nНа пункте пропуска «Калжат» автобусы ждут по два часа.\x00\x00 Грузовиков немного.\n"
    (folder / "few.txt").write_bytes(few.encode())  # too few to be taken for binary: read before, and now said
    code, said = ingest(capsys, folder, tmp_path / "s.db")
    assert code == 0, said
    assert "warning: few.txt: 2 NUL bytes removed (zero bytes inside a text file)" in said
    assert "warning: utf8.txt: 309 NUL bytes removed (zero bytes inside a text file)" in said
    assert "warning: cp1251.txt: 309 NUL bytes removed" in said
    _, out, _ = run_cli(capsys, pytest.MonkeyPatch(), "search", "тридцати грузовиков", "--db", tmp_path / "s.db")
    assert "Очередь на Калжате" in out and "Очередь на Кольжате" in out


def test_nul_bytes_among_other_control_bytes_are_still_binary(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "blob.txt").write_bytes(b"\x00\x03\x05header\x00\x07\x02\x01" * 60 + STORY.encode())
    code, said = ingest(capsys, folder, tmp_path / "s.db")
    assert code == 1 and "rejected: blob.txt: binary file (not decodable as text)" in said


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_cyrillic_alone_in_utf16_without_a_bom_is_read(tmp_path, capsys, encoding):
    """Cyrillic in UTF-16-LE is all bytes below 0x80: valid UTF-8 full of controls, which was
    rejected before the UTF-16 test was asked (a text with «» or Latin was read)."""
    folder = tmp_path / "in"
    folder.mkdir()
    text = "Очередь на Калжате\n\nНа пункте пропуска Калжат с утра стоят тридцать грузовиков и пять автобусов.\n"
    (folder / "wide.txt").write_bytes(text.encode(encoding))
    code, said = ingest(capsys, folder, tmp_path / "s.db")
    assert code == 0 and "NUL" not in said, said


def office_file(part: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(part, "<doc/>")
    return buf.getvalue()


def test_office_documents_pdf_and_zip_say_what_to_do(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "сводка.docx").write_bytes(office_file("word/document.xml"))
    (folder / "таблица.xlsx").write_bytes(office_file("xl/workbook.xml"))
    (folder / "архив.zip").write_bytes(office_file("notes/a.txt"))
    (folder / "скан.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n")
    code, said = ingest(capsys, folder, tmp_path / "s.db")
    save = "save it as text (.txt) or a web page (.html) and ingest that"
    assert code == 1
    assert f"rejected: сводка.docx: a Word document (.docx) is not supported: {save}" in said
    assert f"rejected: таблица.xlsx: an Excel workbook (.xlsx) is not supported: {save}" in said
    assert "rejected: архив.zip: binary file (a ZIP archive) is not supported: unpack it and ingest its folder" in said
    assert f"rejected: скан.pdf: PDF is not supported: {save}" in said


def test_no_files_found_says_what_was_left_out(tmp_path, capsys):
    loop = tmp_path / "loop"
    (loop / "a").mkdir(parents=True)
    os.symlink(".", loop / "self")
    os.symlink("..", loop / "a" / "up")
    _, said = ingest(capsys, loop, tmp_path / "s.db")
    assert "(2 links, each to a folder already read — a folder is read once)" in said
    assert "«.»" not in said  # not the reason here
    hidden = tmp_path / "hidden"
    (hidden / ".cache").mkdir(parents=True)
    (hidden / ".draft.txt").write_text(STORY, encoding="utf-8")
    _, said = ingest(capsys, hidden, tmp_path / "s.db")
    assert "(2 names beginning with «.», which are skipped)" in said
    (tmp_path / "empty").mkdir()
    _, said = ingest(capsys, tmp_path / "empty", tmp_path / "s.db")
    assert said.rstrip().endswith("(the folder is empty)")


LONG = (
    "На пункте пропуска «Бахты» выросла очередь грузовиков\ndate 2027-02-04\n\n"
    "Аягоз. 4 февраля. На пункте пропуска «Бахты» на границе с Китаем во вторник собралась очередь из более чем "
    "сорока грузовых автомобилей, сообщили в департаменте пограничной службы по области Абай.\n\n"
    "По словам представителей ведомства, задержка вызвана усиленным досмотром грузов на соседней стороне, где "
    "с начала недели проверяют каждую машину с овощами и фруктами. Легковые автомобили и автобусы пропускаются "
    "в обычном порядке, время ожидания для них не превышает сорока минут.\n\n"
    "Водителям грузовиков советуют заранее оформлять документы через электронную очередь и следить за "
    "сообщениями пограничной службы. В департаменте добавили, что пункт работает с восьми утра до восьми "
    "вечера по местному времени, а дополнительные смены для оформления грузов пока не вводятся.\n"
)

ARTICLES = {
    "kurmangazy.txt": "Фуры у Курмангазы\ndate 2027-02-02\n\nАтырау. 2 февраля. На пункте пропуска «Курмангазы»"
    " со стороны России грузовики не пропускают до 6 февраля.\n",
    "nur_zholy.txt": "Праздники на китайской стороне\ndate 2027-02-03\n\nЖаркент. 3 февраля. На пункте пропуска"
    " «Нур жолы» скопилось около 120 фур. С китайской стороны пункт «Хоргос» закрыт до 9 февраля на время"
    " праздников.\n",
    "bakhty.txt": LONG,
    "bakhty_copy.txt": LONG + "\nРанее сообщалось, что в январе через этот пункт прошли свыше трёх тысяч машин.\n",
}


@pytest.fixture(scope="module")
def news_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qa74_news")
    return ingest_texts(folder, ARTICLES, folder.parent / "qa74.db")


def test_board_reported_keeps_a_post_whose_only_news_is_its_neighbours_closure(news_db, capsys, monkeypatch):
    _, raw, _ = run_cli(capsys, monkeypatch, "board", "--reported", "--db", news_db, "--json")
    rows = {r["id"]: r for r in json.loads(raw)}
    assert rows["khorgos"]["articles"] == 0 and rows["khorgos"]["across_status"] == "closed"
    assert "kalzhat" not in rows  # nothing told of it, on either side
    _, out, _ = run_cli(capsys, monkeypatch, "board", "--reported", "--db", news_db)
    assert any(line.startswith("Хоргос") and "⇄CN closed" in line for line in out.splitlines())


def test_the_date_chip_says_an_open_end_in_words():
    from store.db.rows import ArticleQuery

    def label(**dates) -> str:
        return dict(ArticleQuery(**dates).chips())["dates"]

    assert label(date_from="2026-11") == "from 2026-11"
    assert label(date_to="2026-12-15") == "until 2026-12-15"
    assert label(date_from="2026-11", date_to="2026-12") == "2026-11 to 2026-12"
    assert label(date_from="2026-11", date_to="2026-11") == "2026-11"


async def test_the_articles_tab_says_the_copies_it_folds_and_the_date_chip(news_db):
    from store.db.rows import ArticleQuery

    app = make_app(news_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "3 articles (+1 near-duplicate copy), newest first  (f filter, w words)" in text
        app.screen.set_filter(ArticleQuery(date_from="2027-02-03"))
        await settle(pilot)
        text = screen_text(app)
        assert "from 2027-02-03 ×" in text and "2 articles (+1 near-duplicate copy), newest first" in text
        assert "(- drop" not in text  # no room at 80 columns: left out, not cut


async def test_a_neighbours_post_no_article_names_offers_no_articles_keys(news_db):
    from tui.navigation import CheckpointTarget
    from tui.screens.checkpoint_screen import CheckpointScreen

    app = make_app(news_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.open_nav_target(CheckpointTarget("ru-karaozek"))
        await settle(pilot)
        assert isinstance(app.screen, CheckpointScreen)
        footer = screen_text(app).splitlines()[-1]
        assert "Back" in footer and "Its articles" not in footer and "AND filter" not in footer
        await pilot.press("escape")
        await settle(pilot)
        ours = app.reader.run(
            lambda st: st.conn.execute("SELECT entity_id FROM checkpoints WHERE id = 'kurmangazy'").fetchone()[0]
        )
        app.open_nav_target(CheckpointTarget(ours))
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "a Its articles" in footer and "+ AND filter" in footer


async def test_the_ingest_dialog_wraps_a_long_reason(tmp_path, monkeypatch):
    import store.ingest
    from tests.test_tui_helpers import sample_articles, write_store
    from tui.screens.ingest_screen import IngestScreen

    reason = "a Word document (.docx) is not supported: save it as text (.txt) or a web page (.html) and ingest that"

    def run(paths, store_path, progress=None, on_reject=None, on_warn=None, **kw):
        on_reject("отчёт_по_пунктам_пропуска_за_январь.docx", reason)
        write_store(store_path, sample_articles())
        return store.ingest.Summary(files=2, ingested=4, rejected=[("отчёт.docx", reason)])

    monkeypatch.setattr(store.ingest, "ingest", run)
    (tmp_path / "in").mkdir()
    app = make_app(tmp_path / "new.db", str(tmp_path / "in"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, 5)
        assert isinstance(app.screen, IngestScreen)
        lines = [ln.strip(" │") for ln in screen_text(app).splitlines()]
        start = next(i for i, ln in enumerate(lines) if ln.startswith("✗ отчёт_по_пунктам"))
        said = " ".join(ln.strip() for ln in lines[start : start + 4])
        assert reason in said  # every word, the last ones too
