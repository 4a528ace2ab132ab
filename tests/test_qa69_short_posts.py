"""qa69: a JSON-lines record whose text is one short post with no stop at its end (a
Telegram or feed post ending in an emoji, a hashtag or nothing) was rejected «no
article text found»: the page layout took the line for a link teaser. A record's `text`
field is the story, so its lines are the body; a record of furniture alone is still
rejected, and a plain-text file keeps the page rules."""

from __future__ import annotations

import json

from store.cli import main

POSTS = [
    {"title": "Очередь у Сырыма", "text": "У поста «Сырым» в сторону России стоят около 90 фур, ждут с ночи 🚚"},
    {"title": "Бахты", "text": "Пункт пропуска «Бахты» с понедельника работает до 20:00 #граница"},
    {"title": "Кордай утром", "text": "У поста «Кордай» к утру собралось 40 грузовиков\n\nПодписывайтесь на наш канал"},
]


def _ingest_and_export(tmp_path, capsys, records: list[dict], name="posts.jsonl") -> tuple[int, list[dict]]:
    dump = tmp_path / name
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = str(tmp_path / "s.db")
    rc = main(["ingest", str(dump), "--db", db, "--quiet", "--jobs", "1"])
    capsys.readouterr()
    main(["export", "--format", "jsonl", "--db", db])
    out = capsys.readouterr().out
    return rc, [json.loads(line) for line in out.splitlines() if line.strip()]


def test_a_short_post_without_a_stop_is_stored_with_its_words(tmp_path, capsys):
    rc, articles = _ingest_and_export(tmp_path, capsys, POSTS)
    assert rc == 0
    bodies = {a["title"]: a["body"] for a in articles}
    assert len(bodies) == 3
    assert "90 фур" in bodies["Очередь у Сырыма"]
    assert bodies["Бахты"].startswith("Пункт пропуска «Бахты»")
    assert "40 грузовиков" in bodies["Кордай утром"] and "Подписывайтесь" not in bodies["Кордай утром"]
    posts = {c["name"] for a in articles for c in a["checkpoints"]}
    assert {"Сырым", "Бахты", "Кордай"} <= posts


def test_a_record_of_furniture_alone_is_still_rejected(tmp_path, capsys):
    records = [{"title": "Канал", "text": "Подписывайтесь на наш канал"}, POSTS[0]]
    rc, articles = _ingest_and_export(tmp_path, capsys, records)
    assert rc == 1  # one record rejected
    assert [a["title"] for a in articles] == ["Очередь у Сырыма"]


def test_a_plain_text_file_keeps_the_page_rules(tmp_path, capsys):
    page = tmp_path / "teaser.txt"
    page.write_text("Главное за день\n\nОчередь у поста Сырым выросла", encoding="utf-8")
    rc = main(["ingest", str(page), "--db", str(tmp_path / "s.db"), "--quiet", "--jobs", "1"])
    assert rc == 1  # a headline and a teaser line: no running text, as before
