"""docs61: `show` of a body the store knows by its one name (an outlet: «Rail-news.kz»)
printed a bare «also written:» line, nothing after the colon; the line is there only when
there is another spelling to list. And `show --id N QUERY` showed entity N and dropped QUERY
silently; README's synopses give them as alternatives, so both together are one line, exit 2."""

from __future__ import annotations

from store.cli import main


def _show(capsys, monkeypatch, store, *args):
    monkeypatch.setenv("COLUMNS", "80")
    code = main(["show", *args, "--db", str(store)])
    return code, capsys.readouterr().out


def test_a_name_with_no_other_spelling_has_no_also_written_line(sample_store_path, capsys, monkeypatch):
    code, out = _show(capsys, monkeypatch, sample_store_path, "Rail-news.kz", "--type", "organization")
    assert code == 0
    assert out.startswith("Rail-news.kz — organization"), out
    assert "also written" not in out, out


def test_other_spellings_are_still_listed(sample_store_path, capsys, monkeypatch):
    code, out = _show(capsys, monkeypatch, sample_store_path, "бектеновым")
    assert code == 0
    line = next(ln for ln in out.splitlines() if ln.startswith("also written:"))
    assert "Olzhas Bektenov" in line and line.removeprefix("also written:").strip(), out


def test_a_query_and_an_id_together_are_refused(sample_store_path, capsys, monkeypatch):
    # `show --id 5 khorgos` printed entity 5 and dropped «khorgos» without a word
    monkeypatch.setenv("COLUMNS", "80")
    code = main(["show", "--id", "5", "khorgos", "--db", str(sample_store_path)])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.strip() == "borderdocs: show: give a QUERY or --id N, not both"
