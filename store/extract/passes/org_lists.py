"""A quoted name in a list a post's noun opens is a post, not a body
(`quoted_posts_after_noun`, issue 15).

News lists the posts a measure touches as quoted names joined by commas or «и», a place
phrase after each now and then: «автодорожных пунктов пропуска «Кушкент» и «Учтурган» в
Джизакской области, «Хавастабад» …» (the neighbours' posts on other borders). The
checkpoint matcher reads the names it knows; a neighbour's post it does not hold is left to
the model, which calls a quoted capitalised name a body. When a post's noun stands right
before the list's first quote, every quoted item is a post, and a place phrase («в …
области») may follow each item: those names are taken out of the bodies (they are left for
the checkpoint stages to name).

(`posts_listed`, the same list with a post the matcher knows beside the item and no noun,
was removed at stop 48 (passes70): it changed no extraction on dev, factRu, the seeds, 400
generated articles or the form sweeps, and org31 measured it on its worked set only.)

Takes (text, spans, context) and returns spans, as extractor.PASSES expects.
"""

from __future__ import annotations

import re

from store.extract.needles import lowered

_OPENING = '«"“„'


# A post's noun and the opening quote of the list's first name (any case; the caps abbreviations as written).
_POST_NOUN_QUOTE = re.compile(
    r"(?:(?<![\w-])(?:пункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?[ \t]+пропуска|(?:таможенн|пограничн)\w*[ \t]+"
    r"пост(?:а|у|ом|е|ы|ов|ам|ами|ах)?|погранпереход\w*|контрольно-пропускн\w*[ \t]+пункт\w*)"
    r"|(?<![\w-])(?:КПП|МАПП|АПП|ДАПП|ЖДПП))[ \t]*[«\"“„]",
    re.IGNORECASE,
)
# Words one of which every match of _POST_NOUN_QUOTE contains (needles.may_hold); it ends
# in one of _OPENING: a text with none of either has no such list.
POST_NOUN_WORDS = ("пропуска", "таможенн", "пограничн", "погранпереход", "пп", "пропускн")
# «пп» (КПП, МАПП …) is in «группа», «оппозиция»: that branch's match ends «пп», blanks and the
# opening quote, which the lowered text is asked for instead (perf56: 135 -> 96 of 632 texts scanned)
_WORDS_BUT_PP = tuple(w for w in POST_NOUN_WORDS if w != "пп")
_PP_QUOTE = re.compile(r"пп[ \t]*[«\"“„]")


def _may_list_posts(text: str) -> bool:
    """False only when no match of _POST_NOUN_QUOTE can be in `text` (see POST_NOUN_WORDS)."""
    if not any(q in text for q in _OPENING):
        return False
    low = lowered(text)
    return low is None or any(w in low for w in _WORDS_BUT_PP) or _PP_QUOTE.search(low) is not None


# What a line holding a match of _POST_NOUN_QUOTE holds in lower case, but for the two words
# whose branch reads \w* before the quote (asked as words): the noun's last word, blanks, the quote.
_LOW_NOUN_QUOTE = re.compile(r"(?:пропуска|пост(?:а|у|ом|е|ы|ов|ам|ами|ах)?|пп)[ \t]*[«\"“„]")


# What a match of _POST_NOUN_QUOTE is made of before its quote: letters, digits, «_» (\w: every
# character a letter of the pattern equates with in any case is one), «-», spaces and tabs.
_NOT_IN_NOUN = re.compile(r"[^\w \t-]")
_OPENING_QUOTE = re.compile(f"[{_OPENING}]")


def _post_noun_quotes(text: str):
    """The matches of _POST_NOUN_QUOTE in `text`, in order, scanned only on the lines that
    can hold one (issue 15, gate74: 0.037 -> 0.027 ms a text call over dev+factRu+gen400).
    Exact: no match holds a line break (its blanks are spaces and tabs, its word letters no
    break), so each lies in one line and the scan of that line alone finds it (the look-behind
    sees the break or the text's start before the line: neither is a letter or a hyphen); a
    line is ruled out only when its lower-case copy lacks what every match's lower-case copy
    holds. A text holding a letter `re` equates otherwise (needles._CASE_EXTRAS) is scanned whole.
    In a line, only the run of noun characters (_NOT_IN_NOUN's complement) before each opening
    quote is scanned (issue 15, stop 50: 0.095 -> 0.076 ms a generated article): a match ends at
    an opening quote and holds nothing else but such characters, so it lies in the run before its
    quote, one at most a run, and runs part at the quotes, so they come in the line's order."""
    if not _may_list_posts(text):
        return
    if lowered(text) is None:
        yield from _POST_NOUN_QUOTE.finditer(text)
        return
    pos, n = 0, len(text)
    while pos <= n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        line = text[pos:end]
        if any(q in line for q in _OPENING):
            low = line.lower()
            if "погранпереход" in low or "пропускн" in low or _LOW_NOUN_QUOTE.search(low):
                backwards, n_line = line[::-1], len(line)  # a run's start: the first other character backwards
                for quote in _OPENING_QUOTE.finditer(line):
                    q = quote.start()
                    other = _NOT_IN_NOUN.search(backwards, n_line - q)
                    start = pos + (n_line - other.start() if other else 0)
                    yield from _POST_NOUN_QUOTE.finditer(text, start, pos + q + 1)
        pos = end + 1


_ITEM = re.compile(r"[^«»\"“”„\n]{1,40}(?=[»\"”“])")
# Between two items of such a list: the closing quote, a bracket, a place phrase of up to
# four words («в Джизакской области»), a comma or «и», another post noun perhaps, the opening quote.
_BETWEEN_PLACED_ITEMS = re.compile(
    r"[»\"”“][ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:(?:в|на|во)[ \t]+[\w-]+(?:[ \t]+[\w-]+){0,3}[ \t]*)?"
    r"(?:,|;|[ \t](?:и|или)[ \t])[ \t]*(?:(?:\w+[ \t]+){0,3}(?:пункт\w*[ \t]+пропуска|КПП)[ \t]*)?[«\"“„]",
    re.IGNORECASE,
)


def quoted_posts_after_noun(text: str, spans: list, ctx) -> list:
    """The bodies that are quoted items of a list a post's noun opens (see module doc)."""
    items = set()
    for m in _post_noun_quotes(text):
        pos = m.end()
        while (item := _ITEM.match(text, pos)) is not None:
            items.add((item.start(), item.end()))
            nxt = _BETWEEN_PLACED_ITEMS.match(text, item.end())
            if nxt is None:
                break
            pos = nxt.end()
    if not items:
        return spans
    return [s for s in spans if not (s.type == "organization" and (s.start, s.end) in items)]
