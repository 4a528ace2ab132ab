"""A fact told of a counted group of posts, and of the two posts the sentence before named.

A story often tells its works once for several posts and names them apart: «На трёх пунктах
пропуска … идёт реконструкция» with «Сырым», «Алимбет» and «Косак» in the sentences after;
«Через «А», «Б» и «В» едет основной поток. На всех трёх пунктах идёт ремонт»; Kazakh «Үш бекетте
де жаңғырту жұмыстары басталды». The sentence names no post, so its status was nobody's. It
goes to each post of the group when the count agrees with the posts named: the one sentence just
before names exactly that many of our posts, or the sentences right after name them one by one
until there are that many (a foreign post named beside them, «с российской стороны — «Маштаково»»,
is not one of them). A group of the neighbour's posts («на трёх российских пунктах») is not ours.

The same holds for the works told right after a sentence naming two posts: «Министр посетил
«Таскала» и «Сырым». Сейчас там идёт реконструкция». A dash pair («Сырым» – «Маштаково»: a post
and the one it faces) is one crossing, so it counts as its Kazakh post alone (facts82).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from store.extract.fact_crossings import dash_partners, without_partners
from store.extract.needles import opening_with
from store.lang import gazetteer

# The counts a group is told with, Russian (any case) and Kazakh
_COUNT = {
    **dict.fromkeys(("два", "две", "двух", "двум"), 2),
    **dict.fromkeys(("три", "трех", "трем"), 3),
    **dict.fromkeys(("четыре", "четырех", "четырем"), 4),
    **dict.fromkeys(("пять", "пяти"), 5),
    **dict.fromkeys(("шесть", "шести"), 6),
    **dict.fromkeys(("семь", "семи"), 7),
    **dict.fromkeys(("восемь", "восьми"), 8),
    **{"екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8},
    **{str(d): d for d in range(2, 10)},
}

# A count and a post word, up to two adjectives between, told as the place or the subject of a
# known set: «на трёх пунктах пропуска», «Все пять КПП», «на всех трёх казахстанских пунктах»,
# Kazakh in the locative or with its particle «үш өткізу бекетінде», «Үш бекетте де». A bare
# count is any posts, new ones too: «В области построят два новых пункта», «Облыста екі бекет
# салынады» (facts71: «екі бекет» needs its particle to mean both)
_GROUP = opening_with(
    r"(?<![\w-])(?:(?:на|в|во)\s+(?:всех\s+|этих\s+)?|(?:все|всех|эти|этих)\s+)"
    r"(?P<n>[2-9]|два|две|двух|двум|три|тр[её]х|тр[её]м|четыре|четыр[её]х|четыр[её]м|пять|пяти|шесть|шести"
    r"|семь|семи|восемь|восьми)\s+(?P<adj>(?:[а-яё]+(?:ых|их|ые|ие)\s+){0,2})"
    r"(?:пункт(?:а|ов|ах|ам|ами)?|КПП|пост(?:а|ов|ах|ам)|погранпереход\w*|переход(?:а|ов|ах|ам))(?![\w-])"
    r"|(?<![\w-])(?P<kn>екі|үш|төрт|бес|алты|жеті|сегіз)\s+(?:өткізу\s+)?"
    r"(?:(?:бекет|пункт)(?:те|інде|тер(?:де|інде))(?:\s+(?:де|да|те|та))?|(?:бекет|пункт)\w*\s+(?:де|да|те|та))(?![\w-])",
    re.IGNORECASE,
    "абвежнстэү",
)
# The neighbour's posts, or new ones: «на трёх российских пунктах», «все три новых пункта», Kazakh «Ресейдің үш бекеті»
_THEIRS = re.compile(r"(?:российск|узбекск|китайск|кыргызск|киргизск|туркменск|соседн|иностранн|нов)", re.IGNORECASE)
_THEIRS_KK = re.compile(
    r"(?:ресей|қытай|өзбек|қырғыз|түрікмен)\w*(?:дің|тің|нің|ның|дың|тың|жағындағы)\s*$", re.IGNORECASE
)

# Needles: a sentence holds one of these when _GROUP may match in it (a look before the pattern)
GROUP_NEEDLES = ("пункт", "кпп", "пост", "переход", "бекет")

# How many sentences after the group its posts may be named in, and how many naming none may
# stand between two that name them
_AFTER = 6
_GAP = 2


def group_count(sentence: str) -> int | None:
    """The number of our posts a sentence naming none tells something of as a group, or None."""
    m = _GROUP.search(sentence)
    if m is None or _THEIRS.search(m.group("adj") or "") or _THEIRS_KK.search(sentence, 0, m.start()):
        return None
    return _COUNT.get((m.group("n") or m.group("kn")).lower().replace("ё", "е"))


def home_posts(text: str, inside: list) -> list[str]:
    """The posts a sentence names (`inside`: its spans, by start) that are ours: a foreign post
    dash-joined to ours is part of one crossing, another foreign post is the other side's."""
    refs = list(dict.fromkeys(s.ref for s in inside))
    refs = without_partners(refs, dash_partners(text, inside)) if len(refs) > 1 else refs
    return [r for r in refs if not _foreign(r)]


def _foreign(ref: str) -> bool:
    cp = gazetteer.get(ref)
    return cp is not None and cp.foreign


def group_posts(text: str, bounds: list, i: int, spans: list, starts: list, before: tuple | None) -> list[str] | None:
    """The posts of the group sentence `i` tells of (it names none): the ours of `before` (the
    index and spans of the last sentence naming posts) when it is the sentence just before and
    names as many as the count, else those named one by one in the sentences after, when they
    add up to the count."""
    a, b = bounds[i]
    n = group_count(text[a:b])
    if n is None:
        return None
    if before is not None and before[0] == i - 1:
        ours = home_posts(text, before[1])
        if len(ours) == n:
            return ours
    return _named_after(text, bounds, i, spans, starts, n)


def _named_after(text: str, bounds: list, i: int, spans: list, starts: list, n: int) -> list[str] | None:
    """Our posts named in the few sentences after `i`, gathered until there are `n`; None when
    they come to more or fewer, or a longer run of sentences naming none stands between."""
    gathered: list[str] = []
    last = i
    for j in range(i + 1, min(len(bounds), i + 1 + _AFTER)):
        a, b = bounds[j]
        ours = home_posts(text, spans[bisect_left(starts, a) : bisect_left(starts, b)])
        if not ours:
            if j - last > _GAP:
                return None
            continue
        gathered += [r for r in ours if r not in gathered]
        last = j
        if len(gathered) >= n:
            break
    return gathered if len(gathered) == n else None


# One post, not both, is meant by a singular post word: «Работы на объекте начались» after two posts
# says which of them no more than it says both (facts81)
_ONE_OF_THEM = re.compile(
    r"(?<![\w-])(?:объект[еау]?|пункт[еау]?|пост[еау]?|погранпереход[еау]?|бекет(?:те|ті|і|ін)?|нысан(?:да|ды|ы)?)(?![\w-])",
    re.IGNORECASE,
)


def works_posts(text: str, i: int, before: tuple | None, sentence: str) -> list[str] | None:
    """The posts the works told in `sentence` (`i`, naming none) are on, when the sentence just
    before (`before`: its index and spans) names two of ours and nothing else («Министр посетил
    «Таскала» и «Сырым». Сейчас там идёт реконструкция»; not with a singular «на объекте»), or
    one crossing as a dash pair («Пункт «Сырым» – «Маштаково» …»: its Kazakh post)."""
    if before is None or before[0] != i - 1:
        return None
    refs = list(dict.fromkeys(s.ref for s in before[1]))
    if len(refs) < 2:
        return None  # one post: carried as any fact is (fact_context.carried_post)
    joined = without_partners(refs, dash_partners(text, before[1]))
    if len(joined) == 1:
        return joined
    if len(refs) != 2 or any(_foreign(r) for r in refs) or _ONE_OF_THEM.search(sentence):
        return None
    return refs
