"""One article, one set of entities, whatever file it comes in (stop 49, fmt01).

bench/format_invariance.py writes dev's articles and its own fresh ones in the shapes users
bring (a .txt, JSON-lines records of scrapers and APIs, a Telegram export, saved CMS pages)
and compares what the reader gives for each with the .txt form. Before fmt01 54 of its 1,488
article × shape pairs differed (test's orgs by format were jsonl 2/0/5 against txt 43/7/8):
a sentence opening with its date lost the date words in a record («2026 жылғы 3 наурызда
өткен …» → «өткен …»); a standfirst-like first paragraph was dropped as a link teaser from
WordPress's `<p>` content, a list of paragraphs or HTML in the text field; the text beside a
`lead` lost its first lines as a header; a 1C-Bitrix page kept «Возврат к списку» and so lost
a clipped last paragraph. Here: every shape reads as the .txt does, and the fixes one by one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.model import RawDoc
from store.reading import furniture as fu
from store.reading.dates import leading_date
from store.reading.json_records import record_doc
from store.reading.parse import parse
from tests.conftest import bench_module

ROOT = Path(__file__).resolve().parent.parent


fi = bench_module("format_invariance")


@pytest.fixture(scope="module")
def stories():
    # the held-out third of the fresh articles is counted by the bench only, never asserted on (fmt02)
    return fi.dev_stories() + [s for s in fi.fresh_stories() if not s.held_out]


# The shapes fmt01 wrote (bench/format_invariance.py has more since fmt02: tests/test_fmt02_format_shapes.py).
FMT01_SHAPES = (
    *("flat", "flat_lines", "wp_rest", "paragraph_list", "html_text", "html_text_twice", "lead_beside"),
    *("description_repeated", "nested_article", "es_source", "dump_lines", "dump_array", "telegram"),
    *("page_wordpress", "page_bitrix", "page_bare", "scraped_page"),
)


def test_every_shape_reads_as_the_txt(stories, tmp_path):
    """fmt01 left two classes here (a short deck the .txt form dropped as header, a teaser its lead
    repeats read twice as a .txt, once beside a `lead`); fmt02 read both alike in every shape."""
    assert len(stories) >= 60
    results = fi.run(stories, FMT01_SHAPES, True, tmp_path)
    for res in results:
        assert not res.missing, (res.shape, res.examples[:3])
        for field_name, keys in res.differing.items():
            assert not keys, (res.shape, field_name, res.examples[:5])


def _record(rec: dict):
    doc = record_doc(Path("d.jsonl"), "d.jsonl:1", rec)
    assert isinstance(doc, RawDoc)
    return parse(doc)


@pytest.mark.parametrize(
    "line",
    [
        "2026 жылғы 3 наурызда өткен Үкімет отырысында Көлік министрі баяндама жасады.",
        "2025 жылғы 25 қарашадағы Үкімет отырысында министр бекеттер туралы айтты.",
        "14 ноября 2025 года на границе с Китаем скопились сотни грузовиков.",
        "12.03.2026 на пункте пропуска «Кордай» открыли новые полосы.",
    ],
)
def test_a_sentence_opening_with_its_date_is_kept_whole(line):
    iso, rest = leading_date(line)
    assert iso and rest == line
    art = _record({"title": "Бекеттер", "date": "2026-03-03", "text": line + "\n\nЕкінші абзац мұнда тұр."})
    assert art.body.split("\n\n")[0] == line


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("14 ноября 2025, 10:30 Коллапс на границе", "Коллапс на границе"),
        ("14.11.2025 Коллапс на границе", "Коллапс на границе"),
        ("2026 жылғы 3 наурыз, 10:30 Бекет жабылды", "Бекет жабылды"),
    ],
)
def test_a_stamp_over_the_headline_is_still_cut(line, rest):
    assert leading_date(line)[1] == rest


STANDFIRST = "Мера будет действовать с 1 по 3 октября"
LEAD = "С 1 по 3 октября на границе с Китаем не будут работать пункты пропуска «Нур жолы» и «Бахты»."
NEXT = "Об этом сообщили в Комитете государственных доходов."


@pytest.mark.parametrize(
    "text",
    [
        [STANDFIRST, LEAD, NEXT],  # a list of paragraphs
        {
            "rendered": f"<p>{STANDFIRST}</p>\n<p>{LEAD.replace('«', '&laquo;').replace('»', '&raquo;')}</p>\n<p>{NEXT}</p>"
        },
        f"<p>{STANDFIRST}</p><p>{LEAD}</p><p>{NEXT}</p>",
    ],
)
def test_a_records_first_paragraph_is_no_link_teaser(text):
    art = _record({"title": "Китай закроет пункты пропуска", "content": text})
    assert art.body.split("\n\n") == [STANDFIRST, LEAD, NEXT]


def _txt(title: str, paragraphs: list[str]):
    return parse(RawDoc(path="t.txt", file="t.txt", text="\n\n".join([title, *paragraphs]), raw="", format="txt"))


@pytest.mark.parametrize(
    "first",
    [
        "Источник: Комсомольская правда",
        "«Шаган» (РК) / «Тёплое» (РФ),",
        "Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:",
    ],
)
def test_the_text_beside_a_lead_goes_on_with_the_story(first):
    title = "Очереди на границе"
    art = _record({"title": title, "lead": LEAD, "text": f"{first}\n\n{NEXT}"})
    assert art.body == _txt(title, [LEAD, first, NEXT]).body
    assert art.body.startswith(LEAD)
    if not first.endswith(":"):
        assert first in art.body.split("\n\n")


def test_a_bitrix_back_to_the_list_link_is_furniture():
    for line in ("Возврат к списку", "Назад к новостям", "Тізімге оралу", "Back to list"):
        assert fu.classify(line) == "site-link", line
    assert fu.classify("Возврат к списку жалоб отменили, сообщили в ведомстве, и это надолго.") is None


# Whole extraction on a handful: the names of an article do not depend on the file it came in.
_ENTITY_SHAPES = ("flat", "wp_rest", "paragraph_list", "html_text_twice", "lead_beside", "telegram", "page_bitrix")


def test_the_entities_are_the_same_in_every_shape(stories, extractor, tmp_path):
    from store.reading.read import read_path

    chosen = [s for s in stories if s.group == "fresh" and not s.held_out][:5]
    chosen += [s for s in stories if s.key in ("da003", "da004", "da017", "dd016")]
    assert len(chosen) >= 8
    names: dict[str, dict[str, set]] = {}
    for shape in ("txt", *_ENTITY_SHAPES):
        folder = tmp_path / shape
        keys = fi.write_shape(shape, chosen, folder)
        for path in sorted(folder.iterdir()):
            for doc in read_path(path):
                art = parse(doc)
                found = {(m.type, m.name) for m in extractor.extract(art).mentions}
                names.setdefault(keys[doc.file], {})[shape] = found
    for key, by_shape in names.items():
        assert by_shape["txt"], key
        for shape in _ENTITY_SHAPES:
            assert by_shape[shape] == by_shape["txt"], (key, shape, by_shape[shape] ^ by_shape["txt"])


def test_the_fresh_articles_are_our_own():
    data = json.loads(fi.FRESH.read_text(encoding="utf-8"))
    assert "own sentences" in data["about"]
    assert sum(a["held_out"] for a in data["articles"]) * 3 >= len(data["articles"])
