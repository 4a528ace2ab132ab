"""The article's byline (`Article.author`, read from the page by store/reading/credits.py) as
a person the article names.

Why: the byline line is page furniture to the reader, so the body never holds it and no pass
sees it; yet the references count the writer among the article's persons (dev d008
«Дайындаған: Ақерке Әбілхан»; others tolerate it), and a user searching a journalist's name
should find their stories. The mention's offsets point into `Article.author` (field
"author"), never into the title or body.
"""

from __future__ import annotations

import re

from store.lang import kb
from store.lang.kazakh import person_name
from store.model import Article, Mention

_WORD = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]*")


def byline_mention(article: Article) -> Mention | None:
    """A person mention for the byline's name, or None when the byline is not a person's
    name of two or three words (a job word after the name is left out: «Гульмира Кунапия
    корреспондент» is Гульмира Кунапия)."""
    author = " ".join((article.author or "").split())
    words = []
    for w in author.split():
        if not _WORD.fullmatch(w):
            break
        words.append(w)
    if not 2 <= len(words) <= 3 or any(kb.find(w) for w in words):
        return None
    surface = " ".join(words)
    name = person_name(" ".join(w.title() if w.isupper() and len(w) > 1 else w for w in words))
    return Mention("person", name, surface, 0, len(surface), field="author")
