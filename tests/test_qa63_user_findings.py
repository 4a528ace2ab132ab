"""qa63: what qa62's first hour left, as a user meets it through the CLI.

A keyboard mash («zzzzqqqxx») listed a security service at score 80: fold() squeezes a run of
one letter to one, so it was looked up as «zksks», one letter from «DXX»'s key. A re-run of
`ingest` after Ctrl+C called every stored article a duplicate. A headline ending in its
part number «(2)» was taken for a poll's answer and lost. A dump's date one level down under
a key of the exporter's own (`meta.date`) was not read. The sentences are written for these tests.
"""

from __future__ import annotations

import json
import shutil

from store import cli
from store.reading.polls import poll_answers
from store.search.variants import query_variants, run_excess
from tests.conftest import copy_store

QUEUE = "АСТАНА. 4 декабря. У пункта пропуска «Бахты» стоят 120 грузовиков, сообщили пограничники. Водители ждут вторые сутки."
TERMINAL = "АЛМАТЫ. 3 декабря. На пункте пропуска «Майкапчагай» открыли новый досмотровый комплекс, сообщило ведомство."
RAIL = "ПАВЛОДАР. 2 декабря. Железнодорожный пункт пропуска «Достык» принял за ноябрь на десятую часть больше вагонов."


def _found(capsys, db, query: str) -> list[dict]:
    assert cli.main(["search", "--db", str(db), "--json", query]) in (0, 1)  # 1: nothing found
    return json.loads(capsys.readouterr().out)


# ---------------------------------------------------------------- 1. junk queries


def test_a_keyboard_mash_names_nothing(sample_store_path, tmp_path, capsys):
    db = copy_store(sample_store_path, tmp_path / "s.db")
    for mash in ("zzzzqqqxx", "ppppprrrr", "жжжжкккк"):
        assert _found(capsys, db, mash) == [], mash


def test_a_letter_typed_once_too_often_still_finds_the_post(sample_store_path, tmp_path, capsys):
    db = copy_store(sample_store_path, tmp_path / "s.db")
    for typo in ("Khorgosss", "Хоргоссс"):
        best = _found(capsys, db, typo)[0]
        assert best["name"] == "Хоргос" and best["score"] >= 85, (typo, best)


def test_only_letters_beyond_a_double_cost():
    assert run_excess("Жанна") == run_excess("Hassan") == run_excess("Khorgos") == 0
    assert run_excess("zzzzqqqxx") == 3 and run_excess("ХОРГОССС") == 1
    assert query_variants("Khorgos")[0] == ("horgos", 0.0)  # a query without a run is scored as before
    key, penalty = query_variants("Khorgosss")[0]
    assert key == "horgos" and 0 < penalty < 10


# ---------------------------------------------------------------- 2. a re-run's stored articles


def _write(folder, name: str, title: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"{title}\n\n{text}\n", encoding="utf-8")


def test_a_rerun_says_already_stored_apart_from_duplicates(tmp_path, capsys):
    news = tmp_path / "news"
    _write(news, "bakhty.txt", "Очередь у Бахты", QUEUE)
    _write(news, "terminal.txt", "Новый комплекс на Майкапчагае", TERMINAL)
    db = str(tmp_path / "s.db")
    assert cli.main(["ingest", str(news / "bakhty.txt"), "--db", db, "--jobs", "1"]) == 0  # the run cut short
    capsys.readouterr()
    _write(news, "rail.txt", "Достык принял больше вагонов", RAIL)
    shutil.copy(news / "bakhty.txt", tmp_path / "bakhty copy.txt")  # another file, the same article
    assert cli.main(["ingest", str(news), str(tmp_path / "bakhty copy.txt"), "--db", db, "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "2 ingested, 1 already stored, 1 duplicate, 0 rejected" in err, err
    cli.main(["stats", "--db", db])
    assert "ingest log     ok 3, already stored 1, duplicate 1" in capsys.readouterr().out  # the ingest's words
    cli.main(["stats", "--db", db, "--json"])
    stats = json.loads(capsys.readouterr().out)
    assert stats["ingest_log"] == {"ok": 3, "duplicate": 2} and stats["ingest_log_already_stored"] == 1


def test_the_same_folder_twice_is_all_already_stored(tmp_path, capsys):
    news = tmp_path / "news"
    _write(news, "bakhty.txt", "Очередь у Бахты", QUEUE)
    _write(news, "rail.txt", "Достык принял больше вагонов", RAIL)
    db = str(tmp_path / "s.db")
    cli.main(["ingest", str(news), "--db", db, "--jobs", "1", "--quiet"])
    assert cli.main(["ingest", str(news), "--db", db, "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "0 ingested, 2 already stored, 0 duplicates" in err
    assert "articles/s" not in err  # nothing stored: no rate of it («0.0 articles/s» read as a stall)
    cli.main(["stats", "--db", db, "--json"])
    log = json.loads(capsys.readouterr().out)["ingest_log"]
    assert log == {"ok": 2, "duplicate": 2}  # the log's statuses are what they were (extended by reason)


# ---------------------------------------------------------------- 3. a headline's count


def _ingested(tmp_path, capsys, name: str, text: str) -> dict:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / f"{name}.db")
    cli.main(["ingest", str(folder / name), "--db", db, "--jobs", "1", "--quiet"])
    capsys.readouterr()
    cli.main(["export", "--db", db, "--format", "jsonl"])
    return json.loads(capsys.readouterr().out.splitlines()[0])


def test_a_headline_ending_in_its_part_number_is_kept(tmp_path, capsys):
    art = _ingested(tmp_path, capsys, "part.txt", f"Фуры у «Бахты» ждут вторые сутки (2)\n\n{QUEUE}\n")
    assert art["title"] == "Фуры у «Бахты» ждут вторые сутки (2)"
    assert art["body"].startswith("АСТАНА. 4 декабря.")


def test_a_polls_answers_are_left_out_with_the_story_kept(tmp_path, capsys):
    page = (
        f"Фуры у «Бахты» ждут вторые сутки\n\n{QUEUE}\n\nОпрос: вы ездите через Бахты?\n\n"
        "• Да, каждую неделю;(41)\n\n• Редко(7)\n\n• Никогда (12)\n"
    )
    art = _ingested(tmp_path, capsys, "poll.txt", page)
    assert art["title"] == "Фуры у «Бахты» ждут вторые сутки"
    assert "Редко" not in art["body"] and "каждую неделю" not in art["body"] and "Никогда" not in art["body"]


def test_poll_context_is_two_answers_or_a_vote_word():
    assert poll_answers(["Очередь растёт (2)", "Водители ждут на трассе."]) == set()
    assert poll_answers(["Проголосуйте!", "Закрыть пост на ремонт (15)"]) == {1}
    assert poll_answers(["Да (3)", "Нет (9)"]) == {0, 1}
    # a statistic of the story, its figures before the share: no vote
    assert poll_answers(["Китай — 1 200 машин (45%)", "Россия — 800 машин (30%)"]) == set()


# ---------------------------------------------------------------- 4. a date one level down


def test_a_dump_date_one_level_down_under_an_unknown_key(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    records = [
        {"title": "Очередь у Бахты", "text": QUEUE, "meta": {"date": "2025-11-03"}},
        {"title": "Комплекс на Майкапчагае", "text": TERMINAL, "extra": {"lang": "ru", "published_at": 1764201600}},
        {"title": "Достык и вагоны", "text": RAIL, "date": "2025-12-02", "meta": {"date": "2020-01-01"}},
        {"title": "Бахты ночью", "text": QUEUE + " Ночью очередь выросла.", "user": {"created_at": "2019-05-05"}},
    ]
    (folder / "dump.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    db = str(tmp_path / "s.db")
    cli.main(["ingest", str(folder), "--db", db, "--jobs", "1", "--quiet"])
    capsys.readouterr()
    cli.main(["export", "--db", db, "--format", "jsonl"])
    dates = {a["file"]: a["date"] for a in map(json.loads, capsys.readouterr().out.splitlines())}
    assert dates == {
        "dump.jsonl:1": "2025-11-03",
        "dump.jsonl:2": "2025-11-27",
        "dump.jsonl:3": "2025-12-02",
        "dump.jsonl:4": None,  # the account's day is not the story's
    }
