"""Which checkpoint a directive is about: the one its own sentence names.

An article about a meeting names several crossings; «Бектенов поручил … на пункте
пропуска X» is about X only, and a directive whose sentence names none is about no
checkpoint in particular (before this, the checkpoint page listed every directive of
every article naming the checkpoint). The sentence is found in the body, and the
checkpoint mentions (with their gazetteer ids) whose offsets fall inside it are the
candidates. «… на пунктах пропуска X и Y» is about both: the directive keeps every
one, in the sentence's order (`checkpoints`), and the first as `checkpoint` for the
readers that take one. Pure functions over the extraction's records: no model, no
store.

An order rarely repeats the post's name: «Глава региона поручил … завершить
строительство многостороннего автомобильного пункта», «Ход работ по реконструкции КПП
контролирует …, отправившийся в регион по поручению премьер-министра» name it by its
common noun in an article about one or two posts (issue 15: none of 24 directives over
dev + 409 saved pages had a checkpoint, though half stood in articles naming one).
Such a sentence refers to the posts the article names (`referred_checkpoints`): the
only one; for a singular noun among several, the one named last before the sentence;
for a plural or numberless one («пунктов пропуска», «КПП»), all of them when they are
few (a list of many is a programme, not one order's target)."""

from __future__ import annotations

import re
from dataclasses import replace

from store.extract.needles import by_opening
from store.model import Directive, Mention


def sentence_span(body: str, sentence: str) -> tuple[int, int] | None:
    """Where `sentence` (as the directive recorded it, stripped) lies in `body`."""
    if not sentence:
        return None
    at = body.find(sentence)
    return None if at < 0 else (at, at + len(sentence))


# One end of a route in quotes: «Дарбаза — Мактаарал», «Алтынколь – Жетыген».
_ROUTE_BEFORE = re.compile(r"[«\"„][^«»\"„\n]{0,40}?\s[—–-]\s*$")
_ROUTE_AFTER = re.compile(r"\s*[—–-]\s[^«»\"“\n]{0,40}?[»\"“]")


def _route_end(body: str, m: Mention) -> bool:
    """Whether the mention is a railway's or road's end in a quoted «A — B» name: an order
    to finish the line «Дарбаза — Мактаарал» is about the line, not the post at its end."""
    if not body:
        return False
    if m.start > 0 and body[m.start - 1] in '«"„':
        return bool(_ROUTE_AFTER.match(body, m.end))
    return bool(_ROUTE_BEFORE.search(body[max(0, m.start - 45) : m.start])) and body[m.end : m.end + 1] in '»"“'


def checkpoints_in(span: tuple[int, int], mentions: list[Mention], body: str = "") -> tuple[str, ...]:
    """The gazetteer ids of the checkpoint mentions wholly inside `span`, in the order
    they are first named, each once; with the `body`, not the ends of a quoted route."""
    start, end = span
    inside = sorted(
        (
            m
            for m in mentions
            if m.type == "checkpoint"
            and m.ref
            and m.field == "body"
            and start <= m.start
            and m.end <= end
            and not _route_end(body, m)
        ),
        key=lambda m: m.start,
    )
    return tuple(dict.fromkeys(m.ref for m in inside if m.ref))


# A checkpoint's common noun, by grammatical number. Singular: «пункт(а) пропуска»,
# «автомобильного пункта», «погранперехода», «өткізу бекетін»; plural: «пунктов пропуска»,
# «погранпереходы», «өткізу бекеттері»; numberless initials: «КПП», «МАПП».
_ADJ = r"(?:автомобильн|железнодорожн|многосторонн|пограничн|международн)\w*\s+"
_SINGULAR = re.compile(
    r"(?i)\bпункт(?:а|у|ом|е)?\s+пропуска|\b" + _ADJ + r"пункт(?:а|у|ом|е)?\b"
    r"|\b(?:погран|пограничн\w*\s+)переход(?:а|у|ом|е)?\b|\bөткізу\s+(?:бекет|пункт)(?:і|ін|іне|інде|інен)?\b"
)
# Its alternatives grouped by their opening letters (needles.by_opening, stop 50 ingest112): the
# same matches as the pattern written with «(?i)» before it, fewer tries a position of a sentence.
_PLURAL = by_opening(
    r"\bпункт(?:ы|ов|ам|ами|ах)\s+пропуска|\b" + _ADJ + r"пункт(?:ы|ов|ам|ами|ах)\b"
    r"|\b(?:погран|пограничн\w*\s+)переход(?:ы|ов|ам|ами|ах)\b|\bөткізу\s+(?:бекет|пункт)тер\w*"
    r"|(?<!\w)(?:КПП|МАПП|АПП|ЖДПП|МЦПС)(?!\w)",
    re.IGNORECASE,
)
# More posts than this in one article: a sentence naming none of them refers to no one post.
FEW = 3


def _article_checkpoints(mentions: list[Mention], body: str) -> list[Mention]:
    """The article body's resolved checkpoint mentions, in text order, routes' ends left out."""
    named = (m for m in mentions if m.type == "checkpoint" and m.ref and m.field == "body" and not _route_end(body, m))
    return sorted(named, key=lambda m: m.start)


def referred_checkpoints(
    sentence: str, span: tuple[int, int], mentions: list[Mention], body: str = "", named: list[Mention] | None = None
) -> tuple[str, ...]:
    """The checkpoints a sentence naming none refers to by a common noun: the article's
    only one; for a singular noun the one named last before the sentence (else the first
    after); for a plural or numberless noun every one, when the article names at most FEW.
    `named`: the article's _article_checkpoints, when the caller made them already (one list
    for all of an article's directives). An article naming no post is answered before the
    sentence is searched for the nouns (ingest103: the same answer, ())."""
    named = _article_checkpoints(mentions, body) if named is None else named
    ids = tuple(dict.fromkeys(m.ref for m in named if m.ref))
    if not ids:
        return ()
    singular, plural = _SINGULAR.search(sentence), _PLURAL.search(sentence)
    if not (singular or plural):
        return ()
    if len(ids) == 1:
        return ids
    if singular and not plural:
        before = [m.ref for m in named if m.end <= span[0]]
        return (before[-1],) if before else (ids[0],)
    return ids if len(ids) <= FEW else ()


def checkpoint_in(span: tuple[int, int], mentions: list[Mention]) -> str | None:
    """The gazetteer id of the first checkpoint mention wholly inside `span`."""
    named = checkpoints_in(span, mentions)
    return named[0] if named else None


def attach_checkpoints(directives: list[Directive], mentions: list[Mention], body: str) -> list[Directive]:
    """The directives, each with `checkpoints` set to the checkpoints its sentence names
    (else those its common noun refers to) and `checkpoint` to the first of them (none
    when it names or refers to none, or the sentence is not found in the body)."""
    out = []
    article: list[Mention] | None = None  # _article_checkpoints, made when a sentence first names none
    for d in directives:
        span = sentence_span(body, d.sentence)
        named = checkpoints_in(span, mentions, body) if span else ()
        if span and not named:
            if article is None:
                article = _article_checkpoints(mentions, body)
            named = referred_checkpoints(d.sentence, span, mentions, body, article)
        out.append(replace(d, checkpoint=named[0] if named else None, checkpoints=named))
    return out
