"""Which post stands across from which: «пункты пропуска «Кайрак» – «Бугристое»», «российский
пункт «Маштаково», расположенный напротив «Сырыма»», «Достык – Алашанькоу».

A user who opens a neighbour's post (a Russian, Chinese, Kyrgyz or Uzbek one) first needs to
know which Kazakh post it faces; stories state it by naming the two together. A sentence that
names a foreign post and a Kazakh post the gazetteer says it faces (store/lang/gazetteer.py,
`faces`) gives the foreign post a «facing» fact: «напротив «Сырым»». Only pairs the gazetteer
confirms: two posts merely listed in one sentence are not a pair. The Kazakh post may be named
in the sentence just before («…«Сырым». С российской стороны здесь пункт «Маштаково»»).

The Kazakh post gets the pair too when the story names the foreign one as its other side («С
российской стороны здесь находится пункт «Маштаково»», «по ту сторону границы расположен
российский пункт «Орск»», «Қырғызстан жағындағы «Ақжол» бекеті»): what a user of our post
asks first is what stands across (facts61). Two posts joined by a dash only («Кайрак» –
«Бугристое») stay the foreign post's fact; but a dash pair named as one crossing, its noun
before it («переход Достык – Алашанькоу», «через пограничные переходы Достык – Алашанькоу и
Алтынколь – Хоргос», «Нұр жолы – Қорғас өткелі»), names our post's other side too: the crossing
is the two posts, and the story tells it of both (facts90). So is a pair after one post word in the
singular or before a Kazakh one, in either order («пункт «Ак-Тилек» – «Кара-Суу» пропускает …», ««Қордай»
– «Ақжол» өткізу пункті»), unless another name follows it in a list (facts92).
"""

from __future__ import annotations

import itertools
import re

from store.lang import gazetteer

# Words that name the other side of the border right before a foreign post's name.
_OTHER_SIDE = re.compile(
    r"(?:с\s+(?:российской|китайской|кыргызской|киргизской|узбекской|туркменской|той|другой|сопредельной|соседней)"
    r"\s+стороны|по\s+ту\s+сторону(?:\s+границы)?|на\s+(?:той|другой|сопредельной|соседней)\s+стороне|напротив"
    r"|(?:Қытай|Ресей|Қырғызстан|Өзбекстан|Түрікменстан|көрші)\s+(?:жағындағы|тарапындағы|жағында|тарапында)"
    r"|шекараның\s+арғы\s+жағындағы)[^.;!?]{0,60}[«\"“]?$",
    re.IGNORECASE,
)


def facing_pairs(refs: list[str], before: list[str] | None = None) -> list[tuple[str, str]]:
    """(foreign post, fact text) for each foreign post of `refs` facing a Kazakh post of `refs`
    or of `before` (the posts of the sentence just before)."""
    out = []
    named = set(refs) | set(before or ())
    for ref in refs:
        cp = gazetteer.get(ref)
        if cp is None or not cp.foreign:
            continue
        for home in cp.faces:
            other = gazetteer.get(home)
            if home in named and other is not None:
                out.append((ref, f"напротив «{other.name_ru}»"))
    return out


def named_across(text: str, spans: list, before: list[str] | None = None) -> list[tuple[str, str]]:
    """(Kazakh post, fact text) for each foreign post of `spans` the text names as the other
    side (_OTHER_SIDE right before its name) facing a Kazakh post named in `spans` or `before`."""
    named = {s.ref for s in spans} | set(before or ())
    out = []
    for span in spans:
        cp = gazetteer.get(span.ref)
        if cp is None or not cp.foreign or not _OTHER_SIDE.search(text, max(0, span.start - 90), span.start):
            continue
        out += [(home, f"напротив «{cp.name_ru}»") for home in cp.faces if home in named]
    return out


# The noun of a crossing, the two posts together: «переход», «погранпереход», «пограничный
# переход», Kazakh «өткел» (after the pair: «Нұр жолы – Қорғас өткелі»)
_CROSSING_BEFORE = re.compile(r"(?:погран|пограничн\w+\s+|международн\w+\s+)?переход\w*[^.;!?]{0,50}$", re.IGNORECASE)
# (or, facts92, one post word in the singular: «Қордай» – «Ақжол» өткізу пункті», «… бекетінде»; not the
# plural «бекеттері», «пункттерінде»)
_CROSSING_AFTER = re.compile(r"^[»\"”]?\s*(?:өткел\w*|(?:өткізу\s+)?(?:пункт|бекет)(?![тд]ер)\w*)", re.IGNORECASE)
# what joins the two names of a pair: a dash, the quotes round them or not
_DASH = re.compile(r"^[»\"”]?\s*[–—-]\s*[«\"“]?$")


# One post word in the singular right before the pair (facts92, dev c014): «пункт «Ак-Тилек» –
# «Кара-Суу» пропускает только машины с грузом», «работу контрольно-пропускного пункта «Ак-Жол» –
# «Кордай»»: one post named by two names is the crossing. The plural («пункты пропуска «Карасу» –
# «Ак-Тилек»», a digest's list, dev a012) is not read: it lists crossings, each a pair; nor a pair with
# another name after it (_LIST_AFTER: «КПП «Алимбет» – «Орск», «Жайсан» – «Сагарчин»», where «КПП» is plural).
_LIST_AFTER = re.compile(r"^[»\"”]?\s*(?:,|и\s|және\s|мен\s)\s*(?:[«\"“]|[А-ЯЁӘҒҚҢӨҰҮҺІA-Z])")
_ONE_POST_BEFORE = re.compile(
    r"(?<![\w-])(?:пункт(?:а|е|у|ом)?(?:\s+пропуска)?|пост(?:а|е|у|ом)?|КПП|АПП|МАПП)\s*[«\"“]?$",
    re.IGNORECASE,
)


def crossing_pairs(text: str, spans: list) -> list[tuple[str, str]]:
    """(Kazakh post, fact text) for each dash pair of `spans`, a Kazakh post and the foreign post
    the gazetteer says faces it, in either order, named as one crossing: the noun «переход» before
    the pair (a list of pairs after it allowed), one post word in the singular right before it,
    or Kazakh «өткел» after it."""
    out = []
    for first, second in itertools.pairwise(spans):
        if not _DASH.match(text[first.end : second.start]):
            continue
        a, b = gazetteer.get(first.ref), gazetteer.get(second.ref)
        if a is None or b is None or a.foreign == b.foreign:
            continue
        home_ref, other = (first.ref, b) if b.foreign else (second.ref, a)
        if home_ref not in other.faces:
            continue
        lead = text[max(0, first.start - 80) : first.start]
        alone = not _LIST_AFTER.match(text[second.end : second.end + 12])
        named = _CROSSING_BEFORE.search(lead) or (alone and _ONE_POST_BEFORE.search(lead))
        if named or _CROSSING_AFTER.match(text[second.end : second.end + 30]):
            out.append((home_ref, f"напротив «{other.name_ru}»"))
    return out


NEIGHBOURING_NEEDLES = ("сопредельн", "соседн")
# A neighbour's post named as the one across («возле сопредельного российского пункта пропуска «Маштаково»»,
# «на соседнем кыргызском пункте «Ак-Тилек»», Kazakh «көрші «…» бекеті»): it faces a post the story
# spoke of, wherever the story named it
_NEIGHBOURING = re.compile(
    r"(?<![\w-])(?:сопредельн|соседн)\w*\s+(?:[\w-]+\s+){0,3}?(?:пункт|пост|переход|погранпереход|кпп|апп|мапп)\w*"
    r"(?:\s+пропуска)?\s+[«\"“]?$",
    re.IGNORECASE,
)


def neighbouring_across(text: str, spans: list, earlier: set[str]) -> list[tuple[str, str]]:
    """(foreign post, fact text) for each foreign post of `spans` named as the neighbouring one
    («сопредельного российского пункта пропуска «Маштакова»») facing a Kazakh post named anywhere
    earlier in the story (`earlier`), not only in the sentence before (facts90: dev b002 names
    «Сырым» two sentences up)."""
    out = []
    for span in spans:
        cp = gazetteer.get(span.ref)
        if cp is None or not cp.foreign or not _NEIGHBOURING.search(text, max(0, span.start - 90), span.start):
            continue
        out += [
            (span.ref, f"напротив «{other.name_ru}»")
            for home in cp.faces
            if home in earlier and (other := gazetteer.get(home))
        ]
    return out
