"""Pass `outpost_names`: the name of a border outpost or of a post is no body (issue 15, org56).

A frontier post (Russian «застава», Kazakh «заставасы») is named after its place: «наряд
пограничной заставы «Аксу»», «"Дархан" шекара заставасының қызметшілері». The model reads the
quoted name alone as a body; it is the outpost's name, a place the post stands at, and no reference
here counts it as an organization (org56's survey of 766 saved pages met it twice in a random
sample of 100 bodies, both false). The outpost's body — the frontier detachment, the border
service — is named elsewhere in the text when it is meant.

So is a post the gazetteer knows, named right after its kind («реконструкция АПП Караузек»,
«пункта фитосанитарного контроля "Ак-Тилек"»): the survey met two such, where no checkpoint
span had taken the name over. A post's name standing alone is left alone: «Атамекен» is also
the chamber of entrepreneurs.
"""

from __future__ import annotations

import re

from store.extract.passes.shaped_not_bodies import post_names

# the outpost's noun right before the name: «заставы «Аксу»», «погранзаставе "Дархан"»
_NOUN_BEFORE = re.compile(r"(?i)(?<![\w-])(?:погран)?застав[аыеуойю]{0,3}\s+[«\"“]?$")
# the Kazakh noun right after it: «"Аксу" шекара заставасы», ««Дархан» заставасының»
_NOUN_AFTER = re.compile(r"(?i)[»\"”]?\s+(?:шекара(?:лық)?\s+)?заставас")


# a post's kind right before its name: «АПП Караузек», «пункта пропуска «…»», «поста "…"»,
# «пункта фитосанитарного контроля "…"»
_KIND_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:М?АПП|ДАПП|ЖДПП|КПП|пункт\w{0,3}\s+(?:пропуска|[а-яё]+\s+контроля)|пост\w{0,3})\s+[«\"“]?$"
)


# e2e112: the Kazakh post noun right after a quoted name: ««Тәуіп» бекетінде», ««Тәуіп» өткізу
# пункті арқылы». The quotes and the noun together name a post, whether or not the gazetteer lists
# it; «Атамекен» alone stays a possible body.
_KK_POST_AFTER = re.compile(r"(?i)[»\"”]\s+(?:өткізу\s+пункт|бекет)")


def outpost_names(text: str, spans: list, ctx) -> list:
    """The organization spans that are an outpost's or a post's name (module doc), taken out."""
    return [
        s
        for s in spans
        if not (s.type == "organization" and (_an_outpost(text, s) or _a_post(text, s) or _a_kazakh_post(text, s)))
    ]


def _a_kazakh_post(text: str, s) -> bool:
    """A quoted name of one or two words with a Kazakh post noun right after its closing quote."""
    return len(s.text.split()) <= 2 and bool(_KK_POST_AFTER.match(text, s.end))


def _a_post(text: str, s) -> bool:
    """A post the gazetteer knows, right after a word for its kind."""
    name = s.text.strip(' «»"“”').lower()
    return name in post_names() and bool(_KIND_BEFORE.search(text[max(0, s.start - 50) : s.start]))


def _an_outpost(text: str, s) -> bool:
    """A name of one or two words with the outpost's noun right before or right after it."""
    if len(s.text.split()) > 2:
        return False
    before = text[max(0, s.start - 30) : s.start]
    return bool(_NOUN_BEFORE.search(before) or _NOUN_AFTER.match(text, s.end))
