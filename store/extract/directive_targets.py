"""Which checkpoint a directive is about: the one its own sentence names.

An article about a meeting names several crossings; «Бектенов поручил … на пункте
пропуска X» is about X only, and a directive whose sentence names none is about no
checkpoint in particular (before this, the checkpoint page listed every directive of
every article naming the checkpoint). The sentence is found in the body, and the
checkpoint mentions (with their gazetteer ids) whose offsets fall inside it are the
candidates. «… на пунктах пропуска X и Y» is about both: the directive keeps every
one, in the sentence's order (`checkpoints`), and the first as `checkpoint` for the
readers that take one. Pure functions over the extraction's records: no model, no
store."""

from __future__ import annotations

from dataclasses import replace

from store.model import Directive, Mention


def sentence_span(body: str, sentence: str) -> tuple[int, int] | None:
    """Where `sentence` (as the directive recorded it, stripped) lies in `body`."""
    if not sentence:
        return None
    at = body.find(sentence)
    return None if at < 0 else (at, at + len(sentence))


def checkpoints_in(span: tuple[int, int], mentions: list[Mention]) -> tuple[str, ...]:
    """The gazetteer ids of the checkpoint mentions wholly inside `span`, in the order
    they are first named, each once."""
    start, end = span
    inside = sorted(
        (
            m
            for m in mentions
            if m.type == "checkpoint" and m.ref and m.field == "body" and start <= m.start and m.end <= end
        ),
        key=lambda m: m.start,
    )
    return tuple(dict.fromkeys(m.ref for m in inside if m.ref))


def checkpoint_in(span: tuple[int, int], mentions: list[Mention]) -> str | None:
    """The gazetteer id of the first checkpoint mention wholly inside `span`."""
    named = checkpoints_in(span, mentions)
    return named[0] if named else None


def attach_checkpoints(directives: list[Directive], mentions: list[Mention], body: str) -> list[Directive]:
    """The directives, each with `checkpoints` set to the checkpoints its sentence names
    and `checkpoint` to the first of them (none when it names none, or the sentence is
    not found in the body)."""
    out = []
    for d in directives:
        span = sentence_span(body, d.sentence)
        named = checkpoints_in(span, mentions) if span else ()
        out.append(replace(d, checkpoint=named[0] if named else None, checkpoints=named))
    return out
