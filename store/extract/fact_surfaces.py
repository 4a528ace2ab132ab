"""Repair of the road surface inside a post is works on the post.

A road named right after a works phrase makes the works the road's («ремонт … дороги к пункту»,
store/extract/facts.py `_road_object`), and «полотно» is a road word there. But «на пункте
пропуска «Бугристое» будут ремонтировать дорожное полотно», «на территории КПП «А» меняют
асфальт» tell works at the post itself: its lanes and grounds. The surface is the post's when
the sentence puts the phrase at the post («на / в (территории) … пункте, КПП, посту») and names
no way to it («на подъезде к», «подъездная», «ведущей к», «дорога до»): then it is the road's
repair, as before (facts82).
"""

from __future__ import annotations

import re

# A surface word: the only road word after the phrase may be one of these
_SURFACE = re.compile(r"полотн\w*|покрыти\w*|асфальт\w*", re.IGNORECASE)

# The phrase told at the post: «на пункте пропуска», «на автомобильном пункте», «на территории КПП»
_AT_POST = re.compile(
    r"(?<![\w-])(?:на|в)\s+(?:территории\s+)?(?:[а-яё]+(?:ом|ем|ой)\s+)?(?:пункте|КПП|посту|погранпереходе)(?![\w-])",
    re.IGNORECASE,
)

# A way to the post named anywhere in the sentence: then the surface is that road's
_WAY_TO = re.compile(
    r"подъезд\w*|ведущ\w+|(?<![\w-])(?:к|до|перед)\s+(?:[а-яё]+(?:ому|ему)\s+)?(?:пункт\w*|КПП|пост\w*)"
    r"|(?<![\w-])(?:авто)?дорог\w*|трасс\w*|автомагистрал\w*|участ(?:ок|к\w*)",
    re.IGNORECASE,
)


def surface_at_post(sentence: str, start: int, roads: list[str]) -> bool:
    """True when every road word after the works phrase (`roads`) is a surface word and the
    sentence, before the phrase at `start`, puts it at the post, with no way to the post named."""
    return (
        bool(roads)
        and all(_SURFACE.fullmatch(r) for r in roads)
        and bool(_AT_POST.search(sentence, 0, start))
        and not _WAY_TO.search(sentence)
    )


def surface_on_way(sentence: str, after: str) -> bool:
    """True when the works phrase is followed by a surface word and the sentence names a way to
    the post: «На трассе, ведущей к пункту «А», ремонтируют асфальт» is the road's repair."""
    return bool(_SURFACE.search(after) and _WAY_TO.search(sentence))
