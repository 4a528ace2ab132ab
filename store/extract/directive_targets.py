"""Which checkpoint a directive is about: the one its own sentence names.

An article about a meeting names several crossings; «Бектенов поручил … на пункте
пропуска X» is about X only, and a directive whose sentence names none is about no
checkpoint in particular (before this, the checkpoint page listed every directive of
every article naming the checkpoint). The sentence is found in the body, and the
checkpoint mentions (with their gazetteer ids) whose offsets fall inside it are the
candidates; the first one named wins when there are several. Pure functions over
the extraction's records: no model, no store."""

from __future__ import annotations

from dataclasses import replace

from store.model import Directive, Mention


def sentence_span(body: str, sentence: str) -> tuple[int, int] | None:
    """Where `sentence` (as the directive recorded it, stripped) lies in `body`."""
    if not sentence:
        return None
    at = body.find(sentence)
    return None if at < 0 else (at, at + len(sentence))


def checkpoint_in(span: tuple[int, int], mentions: list[Mention]) -> str | None:
    """The gazetteer id of the first checkpoint mention wholly inside `span`."""
    start, end = span
    inside = [
        m
        for m in mentions
        if m.type == "checkpoint" and m.ref and m.field == "body" and start <= m.start and m.end <= end
    ]
    return min(inside, key=lambda m: m.start).ref if inside else None


def attach_checkpoints(directives: list[Directive], mentions: list[Mention], body: str) -> list[Directive]:
    """The directives, each with `checkpoint` set to the checkpoint its sentence names
    (None when it names none, or the sentence is not found in the body)."""
    out = []
    for d in directives:
        span = sentence_span(body, d.sentence)
        out.append(replace(d, checkpoint=checkpoint_in(span, mentions) if span else None))
    return out
