"""docs61: `search QUERY --batch FILE` answered the file and dropped QUERY without a word; the
two are alternatives (README's synopses), so together they are one line on stderr, exit 2.
`--type` and `--limit` apply to each query of a batch, as README now says."""

from __future__ import annotations

import json

from store.cli import main


def test_a_query_and_a_batch_together_are_refused(sample_store_path, tmp_path, capsys):
    batch = tmp_path / "queries.txt"
    batch.write_text("khorgos\n", encoding="utf-8")
    code = main(["search", "bektenov", "--batch", str(batch), "--db", str(sample_store_path)])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.strip() == "borderdocs: search: give a QUERY or --batch FILE, not both"


def test_type_and_limit_apply_to_each_batch_query(sample_store_path, tmp_path, capsys):
    batch = tmp_path / "queries.txt"
    batch.write_text("khorgos\nбектенов\n", encoding="utf-8")
    code = main(
        ["search", "--batch", str(batch), "--type", "checkpoint", "--limit", "2", "--db", str(sample_store_path)]
    )
    assert code == 0
    lines = [json.loads(ln) for ln in capsys.readouterr().out.splitlines()]
    assert [ln["query"] for ln in lines] == ["khorgos", "бектенов"]
    khorgos = lines[0]["results"]
    assert len(khorgos) == 2 and {r["type"] for r in khorgos} == {"checkpoint"}
    assert all(r["type"] == "checkpoint" for r in lines[1]["results"])
