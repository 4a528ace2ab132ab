"""ingest111's cuts in the reader (issue 15, parse on bench/make_corpus.py's articles) decide the same.

- parse._norm kept per process (lru_cache): a pure function of the line, asked ~2.6 times a
  distinct line.
- masthead._contact_email skips a line without «@» (every _EMAIL match holds one).
- outlet_shapes.agency_stamp searches the header once for «agency»/«агентство» (same IGNORECASE)
  before trying _AGENCY_STAMP, which is tried at every position of a line.
- furniture.words kept per line (a tuple; each call gets a new list).
- headline.not_a_headline kept per line (lru_cache): a pure function of the line.
- outlets.named_in kept per process (lru_cache): a pure function of its arguments.
- credits.find_outlet reads each paragraph's «передает X» matches once (`_outlet_credits`,
  kept per process): the page's outlet asks it twice of the same lead paragraphs.

The functions as they were at bd7ff8e7 are kept here; each is compared with the module's over
dev's and factRu's texts (factRu when present), generated articles and random strings made of
the patterns' pieces, and whole parses with the old functions put back are compared field by field.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest

from store.model import RawDoc
from store.reading import (
    credits,
    furniture,
    headline,
    masthead,
    outlet_choice,
    outlet_shapes,
    outlets,
    page_headline,
    parse,
    short_lead,
)
from store.reading.read import read_path
from tests.conftest import FACTRU_TEXTS, make_corpus_module
from tests.exactness import ODD_CASE_LETTERS

ROOT = Path(__file__).resolve().parent.parent


def _old_contact_email(lines: list[str]) -> str | None:
    for line in lines:
        for dom in masthead._EMAIL.findall(line):
            if not masthead._NOT_SITE_MAIL.search(dom):
                return masthead.outlets.known(dom) or dom.lower()
    return None


def _old_agency_stamp(header: list[str]) -> str | None:
    for line in header[:8]:
        if outlet_shapes.fu.word_count(line) > 16:
            continue
        m = outlet_shapes._AGENCY_STAMP.search(line)
        if m:
            name = (m[1] or m[2]).strip()
            return outlet_shapes.outlets.known(name) or name
    return None


def _old_find_outlet(body: list[str], citing: bool | None = None) -> str | None:
    c = credits
    for par in body[:3]:
        for m in c._OUTLET_RX.finditer(par):
            name = m[1].strip('«»"“”„ ')
            if not name or not c._outlet_ok(name) or c._channel(name, m[0], par[m.end() :]):
                continue
            if citing is not None and bool(c._CITING.match(par[m.end() :])) != citing:
                continue
            if c._RETELLS.match(m[0]) and not c._OWN_DESK.search(m[0]):
                continue
            if (c._KAZAKH_PAST.search(m[0]) or c._RUNS_ON.match(par, m.end())) and not c._sure_outlet(name):
                continue
            return c._outlet_case(name)
    return None


def _docs() -> list[RawDoc]:
    paths = sorted((ROOT / "eval" / "corpus" / "dev").iterdir()) + sorted(FACTRU_TEXTS.glob("*.txt"))
    paths += sorted((ROOT / "sample_data").rglob("*.*")) if (ROOT / "sample_data").is_dir() else []
    with tempfile.TemporaryDirectory() as tmp:
        make_corpus_module().make_corpus(120, Path(tmp) / "c", seed=111)
        paths += sorted((Path(tmp) / "c").rglob("*.*"))
        return [d for p in paths if p.is_file() for d in read_path(p) if isinstance(d, RawDoc)]


@pytest.fixture(scope="module")
def docs() -> list[RawDoc]:
    out = _docs()
    assert len(out) >= 200  # dev (84) and the generated articles, without factRu
    return out


_PIECES = [
    "news agency",
    "News  Agency",
    "NEWS AGENCY",
    "agency",
    "Steppe.kg",
    "Bishkek",
    " - ",
    ", ",
    "—",
    "13:52",
    "22 февраля 2022",
    "Информагентство",
    "информационное агентство",
    "ИНФОРМАЦИОННОЕ АГЕНТСТВО",
    "«Казинформ»",
    "КазТАГ",
    "агентство",
    "аᲅентство",
    "агенᲄство",
    "newsagency",
    "Kazinform",
    "site@lada.kz",
    "@",
    "редакция",
    "info@gmail.com",
    "x@",
    "@y.kz",
    "передает",
    "сообщает",
    "деп хабарлайды",
    "Tengrinews.kz",
    "со ссылкой на",
    "Как передает корреспондент агентства",
    "МИА «Казинформ»",
    "пишет",
    "Telegram-канал Mash",
    " ",
    "\u00a0",
    *ODD_CASE_LETTERS,
    "Report",
    "kaz.nur.kz",
    ".",
    "\n",
]


def _random_lines(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 9))) for _ in range(n)]


def test_contact_email_agency_stamp_and_find_outlet_read_the_same(docs):
    rng = random.Random(111)
    seen = 0
    for d in docs:
        lines = [ln for ln in d.text.split("\n") if ln.strip()]
        assert masthead._contact_email(lines) == _old_contact_email(lines)
        for i in range(0, max(1, len(lines) - 4), 3):
            head = lines[i : i + 8]
            assert outlet_shapes.agency_stamp(head) == _old_agency_stamp(head)
        paras = parse.paragraphs(d.text)
        for k in range(0, min(len(paras), 12), 3):
            for citing in (None, False, True):
                got = credits.find_outlet(paras[k : k + 3], citing=citing)
                assert got == _old_find_outlet(paras[k : k + 3], citing=citing)
                seen += got is not None
    found = [0, 0, 0]
    for _ in range(3000):
        lines = _random_lines(rng, rng.randrange(1, 10))
        got = masthead._contact_email(lines), outlet_shapes.agency_stamp(lines), credits.find_outlet(lines)
        assert got == (_old_contact_email(lines), _old_agency_stamp(lines), _old_find_outlet(lines))
        found = [n + (g is not None) for n, g in zip(found, got, strict=True)]
        for citing in (False, True):
            assert credits.find_outlet(lines, citing=citing) == _old_find_outlet(lines, citing=citing)
    assert seen > 50 and found[0] > 500 and found[1] > 50 and found[2] > 20


def test_norm_words_and_headline_tests_kept_equal_computed(docs):
    for d in docs:
        for line in d.text.split("\n"):
            for _ in range(2):  # computed, then the kept answer
                assert parse._norm(line) == parse._norm.__wrapped__(line)
                assert furniture.words(line) == furniture._WORD.findall(line)
                assert headline.not_a_headline(line) == headline.not_a_headline.__wrapped__(line)
                for args in ((line,), (line, 3), (line, 4, True), (line[:80], 2, True)):
                    assert outlets.named_in(*args) == outlets.named_in.__wrapped__(*args)
    ws = furniture.words("Два слова")
    ws.append("третье")  # a caller's list is its own
    assert furniture.words("Два слова") == ["Два", "слова"]


def test_parse_decides_the_same_with_the_old_functions(docs, monkeypatch):
    new = [parse.parse(d) for d in docs]
    monkeypatch.setattr(parse, "_norm", parse._norm.__wrapped__)
    monkeypatch.setattr(furniture, "words", furniture._WORD.findall)
    monkeypatch.setattr(outlets, "named_in", outlets.named_in.__wrapped__)
    computed = headline.not_a_headline.__wrapped__
    for module in (headline, parse, short_lead, page_headline):
        monkeypatch.setattr(module, "not_a_headline", computed)
    monkeypatch.setattr(masthead, "_contact_email", _old_contact_email)
    monkeypatch.setattr(outlet_shapes, "agency_stamp", _old_agency_stamp)
    monkeypatch.setattr(outlet_choice, "find_outlet", _old_find_outlet)
    monkeypatch.setattr(parse, "find_outlet", _old_find_outlet)
    old = [parse.parse(d) for d in docs]
    assert new == old
    assert sum(1 for a in new if a.source) > 100
