"""Which post stands across from which: «пункты пропуска «Кайрак» – «Бугристое»», «российский
пункт «Маштаково», расположенный напротив «Сырыма»», «Достык – Алашанькоу».

A user who opens a neighbour's post (a Russian, Chinese, Kyrgyz or Uzbek one) first needs to
know which Kazakh post it faces; stories state it by naming the two together. A sentence that
names a foreign post and a Kazakh post the gazetteer says it faces (store/lang/gazetteer.py,
`faces`) gives the foreign post a «facing» fact: «напротив «Сырым»». Only pairs the gazetteer
confirms: two posts merely listed in one sentence are not a pair. The Kazakh post may be named
in the sentence just before («…«Сырым». С российской стороны здесь пункт «Маштаково»»).
"""

from __future__ import annotations

from store.lang import gazetteer


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
