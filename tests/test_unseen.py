"""Pages from sites that are not in the sample (tests/data/unseen): title, date, outlet,
language and the checkpoints each one names, as a human reads them off the page.

The pages reproduce real layouts (inform.kz in Russian and Kazakh, zakon.kz, kapital.kz,
kursiv.media, tengrinews.kz, 24.kz, lsm.kz, primeminister.kz, interfax.kz, kz.kursiv.media,
ria.ru, a JSON-lines scraper dump); the last three (uralskweek in cp1251, an orda.kz page
without meta tags, an RSS-shaped JSON dump) were written after the rules were fixed, as a held-out check. Relative dates («Вчера, 18:40», «Сегодня, 14:35»)
give no date: the page does not say which day it was read. Checkpoints are looked for in
the parsed title and body, so a checkpoint named only in a related-news teaser must not count.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from store.extract.checkpoints import find_checkpoints
from store.lang import gazetteer
from store.model import RawDoc
from store.reading.parse import parse
from store.reading.read import read_path

UNSEEN = Path(__file__).parent / "data" / "unseen"
# the reference sits beside the folder, so `borderdocs ingest tests/data/unseen` reads only pages
EXPECTED = json.loads((UNSEEN.parent / "unseen_expected.json").read_text(encoding="utf-8"))


def norm(s: str) -> str:
    s = (s or "").replace("ё", "е").replace("Ё", "Е")
    s = re.sub(r"[«»“”„\"]", '"', s)
    s = re.sub(r"[–—]", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def outlet_key(s: str) -> str:
    return re.sub(r"^www\.|\.(?:kz|ru|com|media)$", "", norm(s).lower())


@pytest.fixture(scope="module")
def articles():
    out = {}
    for p in sorted(UNSEEN.iterdir()):
        for doc in read_path(p):
            assert isinstance(doc, RawDoc), doc
            out[doc.file] = parse(doc)
    return out


def test_every_page_has_a_reference(articles):
    assert sorted(articles) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fields(articles, name):
    e, a = EXPECTED[name], articles[name]
    assert norm(a.title) == norm(e["title"])
    assert a.date == e["date"]
    assert a.source and outlet_key(a.source) in {outlet_key(s) for s in e["source"]}, a.source
    assert a.language == e["language"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_checkpoints(articles, name):
    a = articles[name]
    found = {gazetteer.get(s.ref).name_ru for s in find_checkpoints(a.title + "\n\n" + a.body)}
    assert found == set(EXPECTED[name]["checkpoints"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_furniture_left_out(articles, name):
    body = articles[name].body
    assert [s for s in EXPECTED[name].get("body_lacks", []) if s in body] == []
