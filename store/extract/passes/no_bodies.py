"""Two shapes the model reads as bodies that are none (issue 15, org37).

- `projects_not_bodies`: «Проект «Позитивная Караганда» редакция ведет …»: a quoted title
  after «проект» (any case, sentence-initial too) is a project, not a body; the titles-of-works
  filter reads only lower-case kinds.

- `posts_in_general`: «Приграничные КПП модернизируют»: adjectives before a post's kind in
  capitals are posts in general, no body.

Each takes (text, spans, context) and returns spans.

org37 also wrote `unit_chains` here, a grammar for a unit described in lower case
(«управления пассажирского транспорта … области»): it gained one body on dev and one on its
fresh pages but cost test 0.0035 F1 in the ablation (bench/evaluate.py --ablate at 893a7a3 +
org37, 2026-12-05 00:13), so by the project's rule it was taken out (see git history).
"""

from __future__ import annotations

import re

# «проект «…»», «Проект «…»»: a project's quoted title.
_PROJECT_BEFORE = re.compile(r"(?<![\w-])[Пп]роект(?:а|у|ом|е|ы|ов)?[ \t]*[«\"“„]$")


def projects_not_bodies(text: str, spans: list, ctx) -> list:
    """The «bodies» that are a project's quoted title (see module doc), taken out."""
    return [
        s
        for s in spans
        if not (s.type == "organization" and _PROJECT_BEFORE.search(text, max(0, s.start - 12), s.start))
    ]


# «Приграничные КПП модернизируют»: adjectives before a post's kind in capitals («КПП», «МАПП»)
# are posts in general, no body (and no post of the gazetteer).
_POSTS_IN_GENERAL = re.compile(r"(?:[А-ЯЁа-яё]+(?:ые|ие|ых|их)[ \t]+){1,2}(?:КПП|МАПП|АПП|ДАПП|ЖДПП|ПП)")


def posts_in_general(text: str, spans: list, ctx) -> list:
    """The «bodies» that are adjectives and a post's kind (see above), taken out."""
    return [s for s in spans if not (s.type == "organization" and _POSTS_IN_GENERAL.fullmatch(s.text))]
