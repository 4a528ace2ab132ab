"""Pass `platforms_not_bodies`: an online platform named as where something stands is no body
(issue 15, org101).

Why: precision. The model reads «Видео разошлось в Telegram и Instagram», «ролик опубликовали в
TikTok», «Instagram парақшасында жарияланды» as naming organizations; what these sentences name is
the place of a post, a video or a queue on a map. The project's reference (eval/gold/dev.json)
lists no platform among a text's organizations. factRu's reference does count a platform as its
company («число пользователей Telegram», «мессенджер WhatsApp»), and there the sentence is about
the firm; so a platform is taken out only where the text says it is a place:

- a preposition of place right before it: «в», «во», «на», «через», «из» («в Telegram», «через
  eGov»; a possessive or the platform's kind between: «в своём Instagram», «в мессенджере
  WhatsApp»), or another platform so taken joined by «и», «или» or a comma («в Telegram и
  Instagram»);
- a noun of a channel, a chat, a page or an app right after it, joined by a hyphen or a space
  («Telegram-канал», «в WhatsApp-чатах», «Instagram парақшасында», «2GIS қосымшасы»);
- a Kazakh case ending after a hyphen or an apostrophe («Instagram-да», «YouTube'тан»), in the
  text after the span or inside it («Instagram-дағы»: the model's span keeps the ending).

The platforms are the rows of store/data/not_bodies.csv whose kind is «online platform» (known_not_bodies
leaves those rows to this pass). A span is taken out only if its whole name, case, hyphens and
spaces ignored, is a platform's. Cost on factRu: one body of its reference («размещаются на
YouTube», book_3883; orgs 584/53/110 → 583/53/111). Facebook is not listed: factRu counts it
twice where a person writes «на своей странице в Facebook», and no border text of dev names it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.passes.known_not_bodies import fold, platform_names, platform_spellings

# A preposition of place, then optional quotes; or a listed platform and a joining word before it.
# A possessive and the platform's kind may stand between («в своём Instagram», «в мессенджере WhatsApp»).
_PLACE_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:в|во|на|через|из|in|on)[ \t]+"
    r"(?:(?:своём|своем|своей|его|её|ее|их|официальном|официальной)[ \t]+)?"
    r"(?:(?:соцсети|социальной[ \t]+сети|мессенджере|сервисе|приложении|видеохостинге)[ \t]+)?"
    r"[«\"“„]?[ \t]*$"
)
_JOIN_BEFORE = re.compile(r"(?i)(?:[ \t]*,[ \t]*|[ \t]+(?:и|или|и в|или в|and|or)[ \t]+)[«\"“„]?$")
# A noun of a channel, a chat, a page, an app or a post right after the name (Russian or Kazakh).
_NOUN_AFTER = re.compile(
    r"(?i)[»\"”]?(?:-|[ \t]+)(?:канал|чат|аккаунт|страниц|паблик|сообществ|блог|видео|ролик|пост|сторис|"
    r"приложени|арна|парақша|қосымша|желі|бет(?:і|ін|інде|інен)|жазба)"
)
# A Kazakh case ending on a Latin name: «Instagram-да», «YouTube'тан», «Telegram-нан».
_KAZAKH_CASE_AFTER = re.compile(
    r"(?i)[-'’](?:да|де|та|те|дағы|дегі|тағы|тегі|дан|ден|тан|тен|нан|нен|ға|ге|қа|ке|ның|нің|дың|дің|тың|тің)(?![\w])"
)


# names _is_platform keeps its answer for, a process (the model's organization spans' texts)
_PLATFORM_NAMES_KEPT = 8192


def platforms_not_bodies(text: str, spans: list, ctx) -> list:
    """The organization spans that name a listed platform as where something stands (module
    doc), taken out."""
    if not any(s.type == "organization" and _is_platform(s.text) for s in spans):
        return spans
    return [s for s in spans if not (s.type == "organization" and _is_platform(s.text) and _as_place(text, s))]


@lru_cache(maxsize=_PLATFORM_NAMES_KEPT)
def _is_platform(name: str) -> bool:
    """Is the span's whole name, its Kazakh ending aside, a listed platform's? Kept by name (perf124):
    every organization span of every text asks it, and the same names recur from text to text; the
    answer depends on the name alone (the table is read once a process)."""
    return fold(_without_case(name)) in platform_names()


# A span the model cut with its Kazakh ending: «Instagram-дағы», «YouTube'тан».
_CASE_TAIL = re.compile(r"(?i)^(.+?)(" + _KAZAKH_CASE_AFTER.pattern.removeprefix("(?i)") + r")$")
# Every match of _CASE_TAIL holds one of these (_KAZAKH_CASE_AFTER's opening mark; `re` equates no
# other character with them under IGNORECASE): a name without them is not matched (perf124).
_CASE_MARKS = ("-", "'", "’")


def _without_case(name: str) -> str:
    if not any(mark in name for mark in _CASE_MARKS):
        return name
    m = _CASE_TAIL.match(name.strip())
    return m.group(1) if m else name


def _as_place(text: str, s) -> bool:
    """Does the text name the span as where something stands (see module doc)?"""
    if _without_case(s.text) != s.text:
        return True  # its own Kazakh case ending says where
    after = text[s.end : s.end + 24]
    if _NOUN_AFTER.match(after) or _KAZAKH_CASE_AFTER.match(after):
        return True
    return _place_before(text, s.start)


def _place_before(text: str, start: int, depth: int = 0) -> bool:
    """A preposition of place right before `start`, or a joining word after a platform that has one."""
    if _PLACE_BEFORE.search(text, max(0, start - 45), start):
        return True
    join = _JOIN_BEFORE.search(text, max(0, start - 12), start)
    if join is None or depth > 3:
        return False
    prev = _platform_ending_at(text[: join.start()])
    return prev is not None and _place_before(text, prev, depth + 1)


def _platform_ending_at(head: str) -> int | None:
    """Where a listed platform's name that ends `head` starts (a closing quote aside), or None."""
    head = head.rstrip('»"”')
    for name in _platform_spellings():
        if head.lower().endswith(name.lower()):
            return len(head) - len(name)
    return None


@lru_cache(maxsize=1)
def _platform_spellings() -> tuple[str, ...]:
    """Every platform spelling as printed in the table, the longest first."""
    return tuple(sorted(platform_spellings(), key=len, reverse=True))
