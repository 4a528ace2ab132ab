"""Orders reported through their execution: «… которую реализуют по поручению Президента
Казахстана Касым-Жомарта Токаева», «По поручению Главы государства на посту установили
сканеры». No verb of ordering is in the sentence, yet it says who ordered what: the giver
is the person, post or body after «по (прямому) поручению», and what was ordered is the
clause before the phrase (the work done by the order), or the one after it when the
phrase opens the sentence. Sentences with an ordering verb are left to russian.py.
"""

from __future__ import annotations

import re

from store.extract.directives.posts import ByPosition, post_phrase
from store.extract.directives.russian import POST_WORDS, holder_or_post, time_phrase
from store.lang.normalize import parses
from store.model import Directive

COMMISSION = re.compile(r"\bпо\s+(?:(?:прямому|личному|непосредственному)\s+)?поручению\s+", re.I)


def from_commission(text: str, a: int, b: int, persons: ByPosition, mentions: ByPosition) -> Directive | None:
    """The order a sentence text[a:b] reports as done «по поручению X», or None when no
    giver follows the phrase."""
    sent = text[a:b]
    m = COMMISSION.search(sent)
    if m is None:
        return None
    found = _giver(text, a + m.end(), b, persons, mentions)
    if found is None:
        return None
    by, end = found
    before = sent[: m.start()].strip()
    what = before if len(before.split()) >= 3 else sent[end - a :]
    what = re.sub(r"\s+([,.;:])", r"\1", " ".join(what.split())).strip(" ,.;:—–-")
    if len(what.split()) < 3:
        return None
    return Directive(by=by, to=None, what=what[:1].upper() + what[1:], when=time_phrase(sent), sentence=sent.strip())


def _giver(text: str, lo: int, hi: int, persons: ByPosition, mentions: ByPosition) -> tuple[str, int] | None:
    """(giver, where its phrase ends): a person named within the role words that follow
    («Президента Казахстана Касым-Жомарта Токаева»), a body named right there («акимата
    области»), or a post («Главы государства») as its holder or as written."""
    words = [(w.start(), w.group()) for w in re.finditer(r"[\w-]+", text[lo : min(hi, lo + 120)])]
    if not words:
        return None
    post_end = _post_words(words)
    reach = lo + (words[post_end][0] if post_end < len(words) else len(text[lo:hi]))
    named = persons.starting_in(lo, reach + 1)
    if named:
        return named[0].name, named[0].end
    first = mentions.starting_in(lo, lo + 2)
    if first and first[0].type == "organization":
        return first[0].name, first[0].end
    if post_end == 0:
        return None
    post = post_phrase([w for _, w in words], 0)
    n = len(post.split())
    return holder_or_post(post, persons), lo + words[n - 1][0] + len(words[n - 1][1])


def _post_words(words: list[tuple[int, str]]) -> int:
    """How many of the first words make a post phrase: a role word in any case and the
    genitive or capitalized words naming its field («Главы государства», «Президента РК»)."""
    if not words or _lemma(words[0][1]) not in POST_WORDS:
        return 0
    return len(post_phrase([w for _, w in words], 0).split())


def _lemma(word: str) -> str:
    first = parses(word)[:1]
    return first[0].normal_form if first else word.lower()
