"""One canonical name per entity within an article: the mentions' names merged, with the
abbreviation pairs the text itself spells out («Министерство финансов (Минфин)»), and the
names of one knowledge-base body brought to one («Погранслужба» and «Пограничная служба
КНБ РК» in one article are one body; see store/extract/body_groups.py).
"""

from __future__ import annotations

import re

from store.extract.body_groups import one_name_per_body
from store.extract.spans import ByStart
from store.lang.normalize import key, merge_names, phrase_nominative
from store.model import Article, Mention

_PAIR = re.compile(r"\s*\(\s*([^()\n]{2,40}?)\s*\)")


def merge_mentions(mentions: list[Mention], article: Article) -> None:
    """Give every mention its entity's canonical name within the article."""
    named = [m for m in mentions if m.type != "checkpoint"]
    pairs = _abbreviation_pairs(article, named)
    # merge_names compares every item with every distinct name: give it each distinct
    # (type, name) once, in order of first appearance (its answer depends on nothing else)
    distinct = list(dict.fromkeys((m.type, m.name) for m in named))
    canon = dict(zip(distinct, merge_names(distinct, pairs), strict=False))
    for m in named:
        m.name = canon[(m.type, m.name)]
    one_name_per_body([m for m in named if m.type == "organization"])


def _abbreviation_pairs(article: Article, mentions: list[Mention]) -> dict[str, str]:
    """«Министерства финансов (Минфин)» and «КГД (Комитет государственных доходов)»:
    the text itself says which abbreviation stands for which name."""
    pairs = {}
    by_field = {f: ByStart([x for x in mentions if x.field == f]) for f in ("title", "body")}
    for m in mentions:
        if m.type != "organization":
            continue
        text = article.title if m.field == "title" else article.body
        g = _PAIR.match(text, m.end)
        if not g:
            continue
        inner = g.group(1)
        if len(inner.split()) == 1:
            if inner[:1].isupper():
                pairs[key(phrase_nominative(inner))] = m.name
                pairs[key(inner)] = m.name
        elif len(m.name.split()) == 1 and _spells_out(inner, m.name, by_field[m.field].within(*g.span(1))):
            pairs[key(m.name)] = phrase_nominative(inner)
    return pairs


def _spells_out(inner: str, short: str, named_inside: list[Mention]) -> bool:
    """«Google (которой принадлежит сервис YouTube)», «Xiaomi (произносится "Сяоми")»: a
    parenthesis after a one-word name is its expansion only when it reads as one, i.e.
    the model found an organization filling it, or its words' initials spell the short
    name («ФАС (Федеральная антимонопольная служба)»). Otherwise it is a remark."""
    if any(x.type == "organization" and x.end - x.start >= len(inner) - 1 for x in named_inside):
        return True
    initials = "".join(w[0] for w in re.findall(r"\w+", inner) if w[0].isupper() or len(w) > 3).lower()
    return initials == short.lower().replace("-", "")
