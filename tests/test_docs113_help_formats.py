"""docs113: `borderdocs --help` and `borderdocs-tui --help` name every input format README's
«ingest» section says `ingest` reads. They named five (.txt, .html, .jsonl/.json, feeds, .gz),
so a user with saved e-mails, single-file pages, Markdown notes or a crawl's WARC read «not
supported» in the help while the reader took them."""

from __future__ import annotations

import argparse

import pytest

from store.cli.parser import build_parser
from tui.cli import build_parser as tui_parser

FORMATS = (".txt", ".md", ".html", ".mhtml", ".eml", ".json", "feeds", "WARC", ".gz")


def _ingest_line() -> str:
    """The one-line help `borderdocs --help` prints beside `ingest`."""
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return next(c.help for c in sub._choices_actions if c.dest == "ingest") or ""


@pytest.mark.parametrize("fmt", FORMATS)
def test_borderdocs_help_names_each_format(fmt):
    assert fmt in _ingest_line()


@pytest.mark.parametrize("fmt", FORMATS)
def test_tui_help_names_each_format(fmt):
    assert fmt in (tui_parser().description or "")
