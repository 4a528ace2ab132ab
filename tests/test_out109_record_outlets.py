"""A dump record's outlet when its fields do not say it plainly (stop 53, out109): a collector's
word for its channel under `source` («rss», «telegram») is not the outlet, the record's link is;
a Scrapy item's `spider` names the outlet when the table of outlets knows the name. The shapes
are those of bench/data/out109's second round (worked2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.reading.json_records import record_doc
from store.reading.parse import parse

TEXT = (
    "Станция Достык на границе с Китаем приняла тысячный с начала года контейнерный поезд.\n"
    "Как уточняет Kazinform, годом ранее эта отметка была пройдена только в декабре."
)


def _outlet(record: dict) -> str | None:
    doc = record_doc(
        Path("dump.jsonl"), "dump.jsonl:1", {"title": "Тысячный поезд через Достык", "text": TEXT, **record}
    )
    return parse(doc).source


@pytest.mark.parametrize("channel", ["rss", "RSS", "telegram", "api"])
def test_a_collectors_channel_word_gives_way_to_the_link(channel):
    assert _outlet({"source": channel, "link": "https://www.kazpravda.kz/n/tysyachnyy-poezd/"}) == "Kazpravda.kz"


def test_a_source_that_names_an_outlet_is_still_taken():
    assert _outlet({"source": "Liter.kz", "link": "https://www.kazpravda.kz/n/tysyachnyy-poezd/"}) == "Liter.kz"


@pytest.mark.parametrize("spider", ["tengrinews", "tengrinews_spider", "tengrinews-kz"])
def test_a_spider_named_after_a_known_site_names_the_outlet(spider):
    assert _outlet({"spider": spider}) == "Tengrinews.kz"


def test_a_spiders_programmer_word_names_no_outlet():
    assert _outlet({"spider": "news_spider"}) != "news_spider"


def test_a_site_field_outranks_the_spider():
    assert _outlet({"spider": "tengrinews", "site": "Ратель"}) == "Ratel.kz"
