"""Where a body's name begins and ends, as a span pass (`org_spans`, issue 15).

The model, the knowledge base and the shape rules before this pass find the bodies; this
pass sets the ends of what they found by four general shapes of news text:

- **A list glued on after a comma.** «сообщили в Комитете технического регулирования
  Министерства торговли, проверки продолжаются», «представители Комитета автомобильных
  дорог МИИР РК, пограничных служб обеих стран»: the model runs a name on past a comma
  into the next item or clause. A name that lists its own parts after a comma joins the
  last one with «и» («Министерство транспорта, архитектуры, строительства и
  коммуникаций», «Комитет по международным отношениям, обороне и безопасности»); a tail
  of one or two words without «и» is not part of the name and is cut off.
- **An outlet a Kazakh text cites.** «… деп жазады Sputnik Қазақстан.», «… деп хабарлайды
  24kg.», «KZ-today тілшісіне хабарлауынша»: the name after the Kazakh verb of reporting
  that ends its clause, or before «тілшісі» (its correspondent), is a body (a news outlet);
  the Russian model reads neither the verb nor a Latin name there. The page's own outlet is
  taken out later (`not_the_outlet`). So is a name a text refers to before «сілтеме»
  («Azattyq Rýhy-на сілтеме жасап», without its case ending) and a site's lower-case domain
  or a name with a number («inbusiness.kz порталы», «Хабар 24»; org43). So is a Latin name
  between «(Бұл) туралы» and the verb closing the sentence («Бұл туралы Orda.kz хабарлады.»,
  «Бұл туралы Azattyq Rýhy жазды.»; org82); a Cyrillic name there is a body other passes read.
- **A wire dateline's outlet glued on in front.** «АСТАНА, 12 марта. КАЗИНФОРМ – Комитет
  государственных доходов …»: the body is what follows the dash (`dateline_outlets`; e2e112).
- **A state's initials are no body.** «КР», «РФ», «КНР» alone, which the model sometimes
  calls an organization («заместитель министра транспорта КР»), name states.

Each takes (text, spans, context) and returns spans; a renamed span carries its name in
`context.names`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.ner import NerSpan
from store.extract.passes.dateline_outlets import without_dateline_outlet
from store.lang.wordlists import words

# Kazakh common nouns («агенттік», «министрлік», «кеден»): before «тілшісі» a body referred back
# to, not an outlet's name (ent75).
_KAZAKH_COMMON_NOUNS = words("kk_common_nouns")

# A comma, then one or two words and nothing more: the tail the model glued on.
_GLUED_TAIL = re.compile(r",\s+(?P<tail>[а-яёәғқңөұүһі][\w-]*(?:\s+[\w-]+)?)\s*$")
# A Russian name that lists its parts after a comma ends the list with «и».
_LIST_AND = re.compile(r"(?:^|\s)и\s")


def org_spans(text: str, spans: list, ctx) -> list:
    """The rules of the module doc, in order."""
    out = [_without_glued_tail(without_dateline_outlet(text, s, ctx), ctx) for s in spans]
    out = _cited_outlets(text, out, ctx)
    return [s for s in out if not (s.type == "organization" and _states_initials(s.text))]


def _without_glued_tail(s, ctx):
    """The body span with a comma's one- or two-word tail cut off (see module doc)."""
    if s.type != "organization" or "," not in s.text:
        return s
    m = _GLUED_TAIL.search(s.text)
    if not m or _LIST_AND.search(m.group("tail")) or len(s.text[: m.start()].split()) < 2:
        return s
    cut = NerSpan(s.type, s.start, s.start + m.start(), s.text[: m.start()])
    name = ctx.names.pop((s.start, s.end), None)
    if name is not None:
        ctx.names[(cut.start, cut.end)] = _cut_name(name)
    return cut


def _cut_name(name: str) -> str:
    """A name given by a rule, with the same glued tail cut off."""
    m = _GLUED_TAIL.search(name)
    return name[: m.start()] if m else name


# A capitalised name of one to three words (a domain's dots and hyphens kept) in quotes or
# not, a later word may be a number («Хабар 24»); or a site's lower-case domain
# («inbusiness.kz»: org43).
_OUTLET = (
    r"(?P<name>[«\"]?(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9][\w.-]*(?:[ \t]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9][\w.-]*){0,2}"
    r"|[a-z][a-z0-9-]*\.(?:kz|kg|uz|ru|com|media|info|net|org)(?![\w.]))[»\"]?)"
)
# The same in Latin letters only: between «туралы» and the verb a Cyrillic name is a body's
# («Бұл туралы Жамбыл облысы бойынша … департаменті хабарлады»), which other passes read.
_LATIN_OUTLET = (
    r"(?P<name4>[«\"]?[A-Z][\w.'-]*(?:[ \t]+[A-Z0-9][\w.'-]*){0,2}"
    r"|[a-z][a-z0-9-]*\.(?:kz|kg|uz|ru|com|media|info|net|org)(?![\w.])[»\"]?)"
)
# What a Kazakh text may print after an outlet's name: its kind («… порталы», «… телеарнасы»).
_OUTLET_KIND = r"(?:[ \t]+(?:ақпарат[ \t]+)?(?:порталы|сайты|агенттігі|телеарнасы|арнасы|басылымы|газеті))?"
# The four shapes, each with the word every one of its matches holds (case-sensitive, as the
# pattern is): «деп» and a verb, or the name before «тілшіс…», before «… сілтеме», after «туралы».
_CITED_BRANCHES: tuple[tuple[str, str], ...] = (
    (
        "деп",
        r"(?<![\w-])деп\s+(?:хабарлайды|хабарлады|жазады|жазды|мәлімдейді|мәлімдеді)\s+"
        + _OUTLET
        + _OUTLET_KIND
        + r"(?=\s*(?:[.,;:!?](?![\w])|\n|$))",  # a sentence's end, not the dot inside «BAQ.KZ»
    ),
    ("тілшіс", _OUTLET.replace("name", "name2") + r"\s+тілшіс(?:і|іне|інің|інен|іне)(?![\w-])"),
    # «… Azattyq Rýhy-на сілтеме жасап»: the outlet a text refers to, its case ending after a hyphen
    ("сілтеме", _OUTLET.replace("name", "name3") + r"-(?:ға|ге|қа|ке|на|не|а|е)\s+сілтеме(?![\w-])"),
    # org82: «Бұл туралы Orda.kz хабарлады.», «Бұл туралы Qazinform агенттігі хабарлады.»: a Latin
    # name between «туралы» 'about (this)' and the verb of reporting closing the sentence
    (
        "туралы",
        r"(?<![\w-])туралы[ \t]+"
        + _LATIN_OUTLET
        + _OUTLET_KIND
        + r"[ \t]+(?:хабарлады|хабарлайды|жазды|жазады|мәлімдеді|мәлімдейді|жариялады)(?=\s*(?:[.,;:!?]|\n|$))",
    ),
)
_CITED = re.compile("|".join(branch for _, branch in _CITED_BRANCHES))  # as written; tests compare
_GROUPS = ("name", "name2", "name3", "name4")


def _word_first(branch: str, word: str) -> str:
    """A shape opening with «(?<![\\w-])word» written «word(?<![\\w-]word)»: the same test of the
    letter before the word, asked once the word has matched, so that `re` can skip to it."""
    look = r"(?<![\w-])" + word
    return f"{word}(?<![\\w-]{word}){branch[len(look) :]}" if branch.startswith(look) else branch


@lru_cache(maxsize=16)
def _cited_pattern(held: tuple[bool, ...]) -> re.Pattern:
    """`_CITED`'s matches in a text that holds the words `held` says (issue 15, ingest104).
    A shape whose word the text lacks cannot match there and is left out (its name group kept,
    never set, after the alternation: `_cited_outlets` asks every group by name); «деп» and
    «туралы» open with their word, the look back after it. So in a Kazakh text holding only
    «деп» or «туралы» (39 of the 800 generated titles and bodies pass the gate: 36 hold both, 3
    «деп» alone, none «тілшіс» or «сілтеме») `re` skips in C to «д» and «т» instead of trying
    the name shapes at every position: 0.029 → 0.006 ms an article over the generated corpus."""
    kept = [_word_first(branch, word) for (word, branch), on in zip(_CITED_BRANCHES, held, strict=True) if on]
    unset = "".join(f"(?:(?P<{g}>(?!)))?" for g, on in zip(_GROUPS, held, strict=True) if not on)
    return re.compile(f"(?:{'|'.join(kept) or '(?!)'}){unset}")


def _cited_outlets(text: str, spans: list, ctx) -> list:
    """The outlets a Kazakh text cites by its verbs of reporting (see module doc), as bodies
    named as printed; the model's pieces of the name give way, a person's never does."""
    if "деп " not in text and "тілшіс" not in text and "сілтеме" not in text and "туралы" not in text:
        return spans
    out = list(spans)
    for m in _cited_pattern(tuple(word in text for word, _ in _CITED_BRANCHES)).finditer(text):
        group = next(g for g in _GROUPS if m.group(g))
        start, end = m.span(group)
        while end > start and text[end - 1] == ".":
            end -= 1
        if end - start < 2 or text[start:end].lower() in _KAZAKH_COMMON_NOUNS:
            continue  # «Агенттік тілшісі …» 'the agency's correspondent': the outlet itself, unnamed
        over = [o for o in out if o.start < end and start < o.end]
        if group == "name3":  # the model's «Azattyq Rýhy-на» is the name with its case ending
            over = [o for o in out if o.start < m.end() and start < o.end]
            ending = [o for o in over if o.type == "organization" and o.start == start and o.end <= m.end()]
            over = [o for o in over if o not in ending]
            out = [o for o in out if o not in ending]
        if any(o.type == "person" or not (start <= o.start and o.end <= end) for o in over):
            continue  # a person, or a longer name the model or a rule read across it
        if any(o.type == "organization" and (o.start, o.end) == (start, end) for o in over):
            continue
        ctx.names[(start, end)] = " ".join(text[start:end].split()).strip('«»"')
        out = [o for o in out if o not in over] + [NerSpan("organization", start, end, text[start:end])]
    return sorted(out, key=lambda s: (s.start, s.end))


# Initials that name a state, not a body: Kazakhstan, Kyrgyzstan, Russia, China, Uzbekistan.
_STATES_INITIALS = frozenset("РК КР РФ КНР ҚР ҚХР РУз США".split())


def _states_initials(written: str) -> bool:
    return written.strip(" «»\"'.,") in _STATES_INITIALS
