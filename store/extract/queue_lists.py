"""Queues given post by post in one sentence: each figure belongs to its own post.

A sentence naming one post and a queue means that post's queue; a sentence naming several
and one queue figure means them all («на Бахты и Нур жолы в очереди 300 машин»). But
traffic reports list posts each with its own figure: «в КПП «А» скопилось 60 машин, в КПП
«Б» – 35, в КПП «В» – 30», «"А" бекетінде 215 көлік … "Б" өткізу бекетінде - 15, В - 25».
Giving every post every figure put A's 60 on B and C and left B's 35 unread. When two or more
posts of a sentence carry figures of their own, each figure goes to the post named nearest
before it (the first post, for a figure that opens the sentence), and a bare number after a
post's dash or colon is that post's queue, counted in the unit of the sentence's full figure,
and «машин нет» after a post is its (empty) queue.
"""

from __future__ import annotations

import re
from typing import Protocol

from store.extract.needles import opening_with


class _Span(Protocol):
    start: int
    end: int
    ref: str


# After a post's name, before the next post or the clause's end: «… – 35,», «… өткізу
# бекетінде - 15,», «… в Алматинской области – 38 (…», «…: 120.» — a dash or a colon, then a
# number that nothing counts but the sentence's unit (a «–» before «38 машин» is a full
# figure, read as such by the queue pattern).
_LISTED = re.compile(
    r"[^\d,;.:–—-]{0,60}?\s[–—:-]\s*(\d{1,3}(?:[\s\u00a0]\d{3})*)(?=\s*(?:[,;.)(]|$|и\s|және\s|мен\s))",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d[\d\s\u00a0]*")
# No queue at a post, said of it: «на пункте «Алаколь» машин нет», «…машин не зафиксировано»,
# «очередей не наблюдается», «кезек жоқ» — where trucks do not queue is an answer too.
NO_QUEUE = opening_with(
    r"(?<![\w-])(?:машин|автомашин|автомобилей|грузовиков|фур|большегрузов|транспортных\s+средств|очеред(?:ей|и)"
    r"|скоплени[йя](?:\s+машин)?|заторов)\s+(?:нет|не\s+зафиксирован[оа]?|не\s+наблюдается|не\s+отмечается)(?![\w-])"
    r"|(?<![\w-])кезек\s+(?:жоқ|байқалмайды)(?![\w-])",
    re.IGNORECASE,
    r"абгзкмостф",
)


def _unit(figure: str) -> str:
    """The counted noun of a full figure: «60 машин» → «машин», «около 100 автомашин» → «автомашин»."""
    rest = figure[_NUMBER.search(figure).end() :] if _NUMBER.search(figure) else figure
    return " ".join(rest.split())


def _listed(text: str, spans: list[_Span], hi: int) -> list[tuple[int, str, str]]:
    """(offset, post, number) for the bare numbers after each post's name."""
    out = []
    for i, span in enumerate(spans):
        stop = spans[i + 1].start if i + 1 < len(spans) else hi
        m = _LISTED.match(text, span.end, stop)
        if m:
            out.append((m.start(1), span.ref, m.group(1)))
    return out


def _owner(spans: list[_Span], pos: int) -> str:
    """The post named last before `pos`, or the first post for a figure before them all."""
    before = [s for s in spans if s.end <= pos]
    return (before[-1] if before else spans[0]).ref


def queues_by_post(text: str, a: int, b: int, spans: list[_Span], queue: re.Pattern) -> list[tuple[str, str]] | None:
    """(post, figure) pairs for sentence [a, b) when its posts carry figures of their own;
    None when they do not (then a figure belongs to every post the sentence names).

    `spans` are the sentence's checkpoint mentions in text order; `queue` finds full
    figures («60 машин») with the figure as group 1."""
    if len({s.ref for s in spans}) < 2:
        return None
    full = [(m.start(1), " ".join(m.group(1).split())) for m in queue.finditer(text, a, b)]
    none = [(m.start(), " ".join(m.group().split())) for m in NO_QUEUE.finditer(text, a, b)]
    if not full:
        return None
    taken = {pos for pos, _ in full}
    listed = [(pos, ref, n) for pos, ref, n in _listed(text, spans, b) if pos not in taken]
    pairs = [(_owner(spans, pos), pos, fig) for pos, fig in full + none]
    unit = _unit(full[0][1])
    pairs += [(ref, pos, f"{n} {unit}".strip()) for pos, ref, n in listed]
    if len({ref for ref, _, _ in pairs}) < 2:
        return None
    return [(ref, fig) for ref, _, fig in sorted(pairs, key=lambda p: p[1])]
