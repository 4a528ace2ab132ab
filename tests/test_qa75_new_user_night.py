"""A new user's folder with the archives real folders hold (qa75), through the CLI: a tar
archive was stored as one article of every member glued under header debris (its NULs
removed by qa74's rule for a damaged text); other archive and compressor formats were
«not decodable as text» with no next step. Every sentence is written here."""

from __future__ import annotations

import bz2
import io
import lzma
import tarfile

from store import cli

STORIES = {
    "калжат.txt": (
        "Очередь на Калжате\n\nНа пункте пропуска «Калжат» с утра стоят около сорока грузовиков, "
        "сообщили в департаменте госдоходов. Легковые машины проезжают без задержек.\n"
    ),
    "кордай.txt": (
        "Кордай работает круглосуточно\n\nПункт пропуска «Кордай» переведён на круглосуточный режим, "
        "сообщили пограничники. Очередь к вечеру сократилась до двадцати машин.\n"
    ),
}
UNPACK = "unpack it and ingest its folder"
DECOMPRESS = "decompress it and ingest what it holds"


def tar_bytes(compression: str = "") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=f"w:{compression}") as tar:
        for name, text in STORIES.items():
            data = text.encode()
            info = tarfile.TarInfo(f"сводки/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def ingest(capsys, folder, db) -> tuple[int, str]:
    code = cli.main(["ingest", str(folder), "--db", str(db), "--jobs", "1"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_tar_archives_are_turned_away_not_stored_as_one_article(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "сводки.tar").write_bytes(tar_bytes())
    (folder / "сводки.tar.gz").write_bytes(tar_bytes("gz"))
    (folder / "сводки.tgz").write_bytes(tar_bytes("gz"))
    code, said = ingest(capsys, folder, tmp_path / "s.db")
    assert code == 1, said
    for name in ("сводки.tar", "сводки.tar.gz", "сводки.tgz"):
        assert f"rejected: {name}: binary file (a tar archive) is not supported: {UNPACK}" in said
    assert "NUL" not in said and "0 ingested" in said


def test_other_archives_and_compressors_say_what_to_do(tmp_path, capsys):
    text = STORIES["калжат.txt"].encode()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "сводка.txt.bz2").write_bytes(bz2.compress(text))
    (folder / "сводка.txt.xz").write_bytes(lzma.compress(text))
    (folder / "архив.7z").write_bytes(b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(range(200)))
    (folder / "архив.rar").write_bytes(b"Rar!\x1a\x07\x01\x00" + bytes(range(200)))
    (folder / "сводка.txt.zst").write_bytes(b"\x28\xb5\x2f\xfd" + bytes(range(200)))
    code, said = ingest(capsys, folder, tmp_path / "s.db")
    assert code == 1, said
    assert f"rejected: сводка.txt.bz2: binary file (bzip2-compressed) is not supported: {DECOMPRESS}" in said
    assert f"rejected: сводка.txt.xz: binary file (xz-compressed) is not supported: {DECOMPRESS}" in said
    assert f"rejected: сводка.txt.zst: binary file (zstd-compressed) is not supported: {DECOMPRESS}" in said
    assert f"rejected: архив.7z: binary file (a 7-Zip archive) is not supported: {UNPACK}" in said
    assert f"rejected: архив.rar: binary file (a RAR archive) is not supported: {UNPACK}" in said


def test_the_unpacked_members_are_read_as_usual(tmp_path, capsys):
    """The advice works: the tar's members, unpacked, are two articles."""
    folder = tmp_path / "in"
    with tarfile.open(fileobj=io.BytesIO(tar_bytes())) as tar:
        tar.extractall(folder, filter="data")
    code, said = ingest(capsys, folder, tmp_path / "s.db")
    assert code == 0 and "2 ingested" in said, said


def test_a_text_opening_like_a_compressor_name_is_still_read(tmp_path, capsys):
    """Magic bytes are matched whole: a story that opens with «BZh» or «ustar» is a story."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bzh.txt").write_text(
        "BZh и ustar в заголовке\n\nНа пункте пропуска «Кордай» к вечеру стояли двадцать машин, "
        "сообщили пограничники. Легковые проходят без задержек.\n",
        encoding="utf-8",
    )
    code, said = ingest(capsys, folder, tmp_path / "s.db")
    assert code == 0 and "1 ingested" in said, said


async def test_the_explorers_ingest_counts_the_copies_it_did_not_store(tmp_path):
    """The dialog said «done: 1 article stored, 1 rejected:» of three files, one a copy of the
    other under another name: the copy went unsaid, as `borderdocs ingest` says it."""
    from tests.test_tui import drawn, make_app, settle
    from tui.screens.ingest_screen import IngestScreen

    src = tmp_path / "in"
    src.mkdir()
    (src / "калжат.txt").write_text(STORIES["калжат.txt"], encoding="utf-8")
    (src / "калжат (копия).txt").write_text(STORIES["калжат.txt"], encoding="utf-8")
    (src / "сводки.tar").write_bytes(tar_bytes())
    app = make_app(tmp_path / "new.db", str(src))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, 5)
        text = await drawn(pilot, "enter opens the store", rounds=400)
        assert isinstance(app.screen, IngestScreen)
        assert "done: 1 article stored, 1 duplicate, 1 rejected:" in text, text
        await pilot.press("enter")
        await settle(pilot, 5)
        said = [n.message for n in app._notifications]
        assert "Ingested 1 article, 1 duplicate, 1 rejected" in said, said


async def test_a_second_run_from_the_explorer_says_what_is_stored_already(tmp_path, capsys):
    """«Ingested 0 articles» after a run over a folder the store already holds read as a
    failure; the toast now says they are stored already, as the CLI's summary does."""
    from tests.test_tui import make_app, settle

    src = tmp_path / "in"
    src.mkdir()
    for name, text in STORIES.items():
        (src / name).write_text(text, encoding="utf-8")
    ingest(capsys, src, tmp_path / "new.db")
    app = make_app(tmp_path / "new.db", str(src))
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(400):
            await settle(pilot, 1)
            said = [n.message for n in app._notifications]
            if said:
                break
        assert "Ingested 0 articles, 2 already stored" in said, said


LONG_STORY = (
    "Очередь у Кордая растёт\n\n"
    "На пункте пропуска «Кордай» к полудню скопилось около двухсот грузовых машин, сообщили в "
    "департаменте госдоходов по Жамбылской области. По словам водителей, оформление одной фуры "
    "занимает больше трёх часов, а смена инспекторов на посту сокращена из-за болезни.\n\n"
    "В ведомстве пообещали открыть ещё две полосы для грузовиков до конца недели и попросили "
    "перевозчиков заранее подавать электронные декларации. Легковые машины и автобусы пропускают "
    "по отдельной полосе без задержек, добавили пограничники.\n"
)


def test_stats_says_where_near_duplicate_copies_are_listed(tmp_path, capsys):
    """«3 of them near-duplicate copies, listed once (also in)» ended in a bare label; now it
    says the copies are listed under the oldest."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(LONG_STORY, encoding="utf-8")
    (src / "b.txt").write_text(LONG_STORY + "\nВечером очередь начала уменьшаться.\n", encoding="utf-8")
    ingest(capsys, src, tmp_path / "s.db")
    assert cli.main(["stats", "--db", str(tmp_path / "s.db")]) == 0
    out = capsys.readouterr().out
    assert "1 of them a near-duplicate copy, listed once under the oldest\n" in out, out


def test_a_schema_org_news_article_record_is_read(tmp_path, capsys):
    """A page's JSON-LD NewsArticle (`headline`, `articleBody`, `datePublished`), as metadata
    scrapers save it, was «record has no text»: `articleBody` was no text field."""
    import json

    record = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Майкапшагай: у поста шестьдесят фур",
        "articleBody": "На пункте пропуска «Майкапшагай» с утра стоят шестьдесят грузовиков, сообщили "
        "пограничники. Время ожидания доходит до пяти часов.",
        "datePublished": "2026-12-03T09:15:00+05:00",
        "publisher": {"@type": "Organization", "name": "Вести Тарбагатая"},
    }
    src = tmp_path / "in"
    src.mkdir()
    (src / "ld.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    code, said = ingest(capsys, src, tmp_path / "s.db")
    assert code == 0 and "1 ingested" in said, said
    assert cli.main(["export", "--db", str(tmp_path / "s.db"), "--format", "jsonl"]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["title"] == "Майкапшагай: у поста шестьдесят фур"
    assert article["date"] == "2026-12-03" and article["source"] == "Вести Тарбагатая"
    assert article["body"].startswith("На пункте пропуска «Майкапшагай»")


SHORT_PAGE = (
    '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Вести Алаколя — Достык</title></head>'
    '<body><header><a href="/">Главная</a></header><main><article><h1>Достык: вагоны ждут двое суток</h1>'
    '<div class="meta">05.12.2026 | 11:30</div><p>ДОСТЫК. На станции у пункта пропуска «Достык» '
    "скопилось около четырёхсот вагонов, сообщили железнодорожники.</p>{more}</article></main>"
    "<footer>© Вести Алаколя</footer></body></html>"
)


def export_one(capsys, folder, db) -> dict:
    import json

    code, said = ingest(capsys, folder, db)
    assert code == 0, said
    assert cli.main(["export", "--db", str(db), "--format", "jsonl"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_short_pages_story_is_not_glued_to_its_headline_and_stamp(tmp_path, capsys):
    """Under trafilatura's size floor its fallback read «<headline> 05.12.2026 | 11:30 ДОСТЫК.
    <lead>» as one paragraph: the headline and the stamp were the story's first words."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "short.html").write_text(SHORT_PAGE.format(more=""), encoding="utf-8")
    article = export_one(capsys, src, tmp_path / "s.db")
    assert article["title"] == "Достык: вагоны ждут двое суток"
    assert article["body"].startswith("ДОСТЫК. На станции у пункта пропуска «Достык»"), article["body"]
    assert "11:30" not in article["body"]


def test_a_short_pages_second_paragraph_stays_its_own(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    more = "<p>Отправку грузов в Китай обещают ускорить к выходным.</p>"
    (src / "short.html").write_text(SHORT_PAGE.format(more=more), encoding="utf-8")
    body = export_one(capsys, src, tmp_path / "s.db")["body"]
    assert body.startswith("ДОСТЫК.") and body.endswith(
        "железнодорожники.\n\nОтправку грузов в Китай обещают ускорить к выходным."
    ), body
