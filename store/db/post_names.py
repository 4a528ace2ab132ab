"""A post's name as lists print it, for display: a neighbour's post with its country's
code, «Хоргос (CN)», beside our «Хоргос».

A search for «хоргос» listed three hits named «Хоргос» (ours, China's road and rail
posts), told apart only by the «about» a narrow line cuts first; a page's «Mentioned
with», `show`'s «named with» and the reader's side list read the same (ux89). The board's
«⇄CN», tab 5 and a post's page already said the country. Here, not in store.lang: a
file there is part of the extraction's rules fingerprint (store.db.rules_stamp), and a
display helper changed there would tell every store to re-extract.
"""

from __future__ import annotations


def marked_name(name: str, ref: str | None) -> str:
    """`name` as lists print post `ref` (a gazetteer id): a neighbour's post with its
    country's code, as gazetteer.Checkpoint.label does for the row's own name; any other
    name as it is (ours, an id no row holds, no id). A name that already ends with the code
    is left as it is."""
    if not ref:
        return name
    from store.lang import gazetteer

    post = gazetteer.get(ref)
    if post is None or not post.foreign:
        return name
    mark = f" ({gazetteer.country_codes().get(post.country) or post.country})"
    return name if name.endswith(mark) else name + mark
