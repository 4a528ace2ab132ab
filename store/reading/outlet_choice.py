"""The page's own outlet, chosen by weighing every place that names one, not by the first
rule that fires.

A page names outlets in many places and they do not all mean «this page is X's»: the
logo and the copyright line do; «передает X» in the lead usually does, but a reprint
says it of the outlet it copied; «ранее сообщал X» may recall the page's own report or
another's. Each place has a weight for how far it vouches for the page (the masthead
most, a cited source least). A name found in several places adds their weights, so a
site that signs its lead and its footer outweighs a single logo-shaped guess. A name
the table of outlets knows, or one shaped like a site's address, earns a little more
than a bare word. Ties go to the more trusted place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from store.reading import outlet_shapes as shapes
from store.reading import outlets
from store.reading.credits import city_outlet, find_outlet, host, newsroom, sign_owner
from store.reading.masthead import logo_guess, page_marks
from store.reading.self_reference import (
    earlier_quoted,
    editors_note,
    english_outlet,
    interview_outlet,
    reported_earlier,
    turkic_credit,
)

# A known outlet and a domain-shaped name earn this much on top of their place's weight.
_KNOWN_BONUS = 2.0
_DOMAIN_BONUS = 1.0


@dataclass(frozen=True)
class Mark:
    """One place on the page that names an outlet: which place, how far it vouches, the name."""

    place: str
    weight: float
    name: str
    alone: bool = True  # False: counts only when another place names the same outlet


# (place, weight, the reader that finds the name it gives on the page, if any)
Places = tuple[tuple[str, float, Callable[[], str | None]], ...]


def article_outlet(
    lines: list[str],
    start: int,
    end: int,
    body: list[str],
    dateline_outlet: str | None,
    url: str | None = None,
    framed: str | None = None,
) -> str | None:
    """The page's own outlet: the best-scored name among `marks` (None when nothing names one)."""
    return choose(list(marks(lines, start, end, body, dateline_outlet, url, framed)))


def marks(
    lines: list[str],
    start: int,
    end: int,
    body: list[str],
    dateline_outlet: str | None,
    url: str | None = None,
    framed: str | None = None,
) -> Iterator[Mark]:
    """Every place that names an outlet, most trusted first. `start`/`end` bound the body
    in `lines`; `body` is the cleaned body; `url` is the page's own address when a record
    gives one; `framed` is the name an HTML page's frame prints (masthead, logo, imprint:
    store.reading.page_outlet)."""
    if dateline_outlet:
        yield Mark("dateline", 11, dateline_outlet)
    if framed:
        yield Mark("the page's frame", 9, framed)
    for place, weight, name in page_marks(lines, start, end):
        if name:
            yield Mark(place, weight, name)
    header, trailer = lines[:start], lines[end + 1 :]
    shaped: Places = (
        ("masthead slogan", 9, lambda: shapes.slogan_masthead(header)),
        ("agency stamp", 9, lambda: shapes.agency_stamp(header)),
        ("dateline line", 9, lambda: shapes.dateline_line(header)),
        ("agency and its country", 8, lambda: shapes.country_tagged(header)),
        ("reprint notice", 7, lambda: shapes.reprint_notice(trailer)),
        ("newsroom that prepared the story", 7, lambda: shapes.prepared_by_newsroom(trailer)),
        ("logo under the headline", 6, lambda: shapes.lone_logo(header)),
        ("site name opening the rubric trail", 8, lambda: shapes.rubric_trail(header)),
        ("site name beside the date", 8, lambda: shapes.name_and_date(header)),
        ("name over the dated headline", 8, lambda: shapes.name_over_dated_headline(header)),
        ("outlet beside the byline's name", 8, lambda: shapes.byline_outlet(header)),
        ("channel over its subscriber count", 8, lambda: shapes.channel_over_subscribers(header)),
        ("brand the footer's owner is named after", 6, lambda: shapes.owner_masthead(header, sign_owner(trailer))),
    )
    yield from _named(shaped)
    weak: Places = (
        ("capitals dateline", 4, lambda: shapes.weak_dateline(body)),
        ("english reports", 4, lambda: shapes.weak_reports(body)),
        ("quoted in an earlier report", 3, lambda: earlier_quoted(body)),
    )
    yield from _named(weak, alone=False)
    lead_places: Places = (
        ("page address", 10, lambda: _site_of(url)),
        ("site address opening the lead", 9, lambda: shapes.site_dateline(body)),
        ("dateline without a date", 7, lambda: city_outlet(body)),
        ("editors' note", 7, lambda: editors_note(body)),
        ("lead credit", 7, lambda: find_outlet(body, citing=False)),
        ("english lead", 6, lambda: english_outlet(body)),
        ("uzbek or kyrgyz lead", 6, lambda: turkic_credit(body)),
        ("newsroom", 6, lambda: newsroom(body)),
        ("copyright owner", 5, lambda: sign_owner(trailer)),
        ("source credit under the text", 5, lambda: shapes.credited_outlet(trailer)),
        ("logo-shaped first line", 4, lambda: logo_guess(lines, start)),
        ("reported earlier", 3, lambda: reported_earlier(body)),
        ("interview given to", 2, lambda: interview_outlet(body)),
        ("cited source", 2, lambda: find_outlet(body, citing=True)),
    )
    yield from _named(lead_places)


def _named(places: Places, alone: bool = True) -> Iterator[Mark]:
    """A Mark for each of these places whose reader finds a name, in their order."""
    for place, weight, read in places:
        name = read()
        if name:
            yield Mark(place, weight, name, alone)


def choose(found: list[Mark]) -> str | None:
    """The name with the highest total weight (its places' weights summed, plus the bonus of
    a known or domain-shaped name), spelled as its most trusted place spells it. A name only
    weak marks give counts when two places give it."""
    totals: dict[str, float] = {}
    count: dict[str, int] = {}
    spelling: dict[str, str] = {}
    vouched: dict[str, str] = {}  # key → the spelling of its first mark that vouches alone
    for mark in found:
        key = _key(mark.name)
        if not key:
            continue
        if key not in totals:
            totals[key] = _bonus(mark.name)
            spelling[key] = mark.name
        totals[key] += mark.weight
        count[key] = count.get(key, 0) + 1
        if mark.alone:
            vouched.setdefault(key, mark.name)
    kept = {k: v for k, v in totals.items() if k in vouched or count[k] >= 2}
    if not kept:
        return None
    best = max(kept, key=lambda k: kept[k])  # dicts keep insertion order: ties go to the earlier place
    return vouched.get(best, spelling[best])


def _site_of(url: str | None) -> str | None:
    """The outlet a page's own address belongs to, spelled as the table spells it when it knows the host."""
    name = host(url)
    return (outlets.known(name) or name) if name else None


def _key(name: str) -> str:
    """One key for every spelling of an outlet: the table's row when it knows the name."""
    return outlets.fold(outlets.known(name) or name)


def _bonus(name: str) -> float:
    if outlets.known(name):
        return _KNOWN_BONUS
    return _DOMAIN_BONUS if outlets.domains(name) == [name.strip()] else 0.0
