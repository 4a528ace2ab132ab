"""Bulleted lists of posts: a list item is no sentence of its own, so a name alone on a
line of a list of posts takes its cue from the list (see confirm_bullets)."""

from __future__ import annotations

import re

from store.extract.checkpoint_names import Cand

# A count of points, then a dash or a colon, then a quoted name: «модернизируют ещё два пункта —
# «…» и «…»», «круглосуточно будут работать три автомобильных пункта: «…», …». News drops
# «пропуска» once the story has said what points it means, and a count with a list after it says
# so on its own (facts70). The count is required: a bare «пункт —» or «пункт 3: «…»» is a clause
# of a law as often as a post.
COUNTED_POINTS = (
    r"(?:\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|оба|обоих|нескольк\w+)\s+"
    r"(?:[а-яё]+(?:ых|их|ие|ые)\s+){0,2}пункт(?:а|ов)\s*[:—–-]\s*[«\"“„]"
)

# a line of a bulleted list: «- в Атырауской области - Курмангазы;», «• Бахты»
_BULLET_LINE = re.compile(r"^[ \t]*[-–—•·*][ \t]+\S.*$", re.MULTILINE)
_BETWEEN_BULLETS = re.compile(r"\s*")


def _bullet_blocks(text: str) -> list[list[tuple[int, int]]]:
    """The bulleted lists of `text`, each as the spans of its lines (blank lines between
    two bullets do not end a list)."""
    blocks: list[list[tuple[int, int]]] = []
    for m in _BULLET_LINE.finditer(text):
        if blocks and _BETWEEN_BULLETS.fullmatch(text, blocks[-1][-1][1], m.start()):
            blocks[-1].append(m.span())
        else:
            blocks.append([m.span()])
    return blocks


def confirm_bullets(accepted: list[Cand], pending: list[Cand], text: str) -> None:
    """A pending name on a line of a bulleted list of which two other lines name accepted
    posts is one of the posts listed («- в Атырауской - Курмангазы;» among «- в
    Актюбинской - Алимбет, Жайсан;» and «- в Костанайской - Кайрак, Акбалшык;»): a list
    item is no sentence of its own, so the cue of the list's header or its neighbours is
    its cue. A line of its own is needed: a name in running text stays pending."""
    if not pending or "\n" not in text:
        return
    confirmed = []
    for block in _bullet_blocks(text):
        if len(block) < 3:
            continue
        lines_with = {i for i, (s, e) in enumerate(block) for a in accepted if s <= a.start < e}
        for c in pending:
            line = next((i for i, (s, e) in enumerate(block) if s <= c.start < e), None)
            if line is not None and len(lines_with - {line}) >= 2:
                confirmed.append(c)
    accepted += confirmed
    pending[:] = [c for c in pending if c not in confirmed]
