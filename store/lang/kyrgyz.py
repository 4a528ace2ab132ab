"""Is a text Kyrgyz? Kyrgyz Cyrillic shares ө, ү, ң with Kazakh but has none of Kazakh's ә, ғ,
қ, ұ, һ, і; a test on letters tells the two apart where the Kazakh-context test
(store.lang.kazakh.kazakh_context, which counts ө, ү, ң too) cannot.

Why: a Kyrgyz page names the states in Kyrgyz («Кыргызстан», «Казакстан»), not by the
Kazakh names a Kazakh page's states take (store/extract/merging.py, passes/kyrgyz_places.py).
"""

from __future__ import annotations

import re

# Letters Kazakh has and Kyrgyz lacks; ө, ү, ң are shared.
_KAZAKH_ONLY = re.compile("[әғқұһіӘҒҚҰҺІ]")
_SHARED = re.compile("[өүңӨҮҢ]")


def kyrgyz_text(text: str) -> bool:
    """A Kyrgyz text: ө, ү or ң six times or more, and next to none of the letters only
    Kazakh has (a quoted Kazakh name may bring one or two)."""
    shared = len(_SHARED.findall(text))
    return shared >= 6 and len(_KAZAKH_ONLY.findall(text)) * 20 < shared
