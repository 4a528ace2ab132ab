"""docs61: the synopses users copy from — README's `borderdocs CMD …` lines and docs/cli.md's
block — name only options the command has, and README's name every option it has (`--help`
is argparse's). A renamed or added option now fails here instead of leaving a doc behind."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from store.cli.parser import build_parser

ROOT = Path(__file__).resolve().parent.parent
COMMAND = re.compile(r"^borderdocs (\w+)((?: .*)?)$")


def _options() -> dict[str, set[str]]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {
        name: {s for a in sub.choices[name]._actions for s in a.option_strings if s.startswith("--")} - {"--help"}
        for name in sub.choices
    }


def _synopses(text: str) -> dict[str, set[str]]:
    """Lines of a code block that begin `borderdocs CMD`: the options each names."""
    found: dict[str, set[str]] = {}
    in_code = False
    for line in text.splitlines():
        if line.startswith("```"):
            in_code = not in_code
            continue
        m = COMMAND.match(line) if in_code else None
        if m:
            opts = re.findall(r"(--[a-z][a-z-]*)", m.group(2).split("#", 1)[0])
            found.setdefault(m.group(1), set()).update(opts)
    return found


@pytest.mark.parametrize("doc", ["README.md", "docs/cli.md"])
def test_synopses_name_only_options_the_commands_have(doc):
    real = _options()
    synopses = _synopses((ROOT / doc).read_text(encoding="utf-8"))
    assert set(synopses) == set(real), set(real) ^ set(synopses)
    unknown = {cmd: opts - real[cmd] for cmd, opts in synopses.items() if opts - real[cmd]}
    assert not unknown, unknown


def test_the_readme_synopses_name_every_option():
    real = _options()
    synopses = _synopses((ROOT / "README.md").read_text(encoding="utf-8"))
    missing = {cmd: opts - synopses[cmd] for cmd, opts in real.items() if opts - synopses[cmd]}
    assert not missing, missing
