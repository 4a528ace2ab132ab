"""qa52: a wrong option of a command (`borderdocs board -n 2`: board has no --limit)
pointed to the top help (`see borderdocs --help`), which does not list the command's
options; it points to the command's own help now, still one line and exit 2."""

from __future__ import annotations

import pytest

from store.cli import main


@pytest.mark.parametrize(
    ("argv", "hint"),
    [
        (["board", "-n", "2"], "(see `borderdocs board --help`)"),
        (["search", "khorgos", "--bogus"], "(see `borderdocs search --help`)"),
        (["--bogus"], "(see `borderdocs --help`)"),
    ],
)
def test_an_unknown_option_points_to_its_commands_help(capsys, monkeypatch, argv, hint):
    monkeypatch.setattr("sys.argv", ["borderdocs"])
    with pytest.raises(SystemExit) as stop:
        main(argv)
    out, err = capsys.readouterr()
    assert stop.value.code == 2 and out == ""
    assert err.count("\n") == 1 and "unrecognized arguments" in err and err.rstrip().endswith(hint), err
