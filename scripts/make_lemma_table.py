"""Build store/lang/lexicon/lemma_table.{dawg,json}: the lemma of every Cyrillic word of
navec's news vocabulary, as store.lang.lemmas.parsed_lemma gives it (store/lang/lemma_table.py
says why). Run again after upgrading pymorphy2 or its dictionary (the table is ignored
under other versions than its own):

    python scripts/make_lemma_table.py

About 12 s of CPU (one pymorphy2 parse per word); prints the counts.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.lang import lemma_table  # noqa: E402
from store.lang.lemmas import parsed_lemma  # noqa: E402

_CYRILLIC = re.compile("[а-я]")


def vocabulary() -> list[str]:
    """navec's news words (natasha's NewsEmbedding), lowered with ё as е, those with a Cyrillic letter."""
    from natasha import NewsEmbedding

    return sorted(
        {
            w.lower().replace("ё", "е")
            for w in NewsEmbedding().vocab.words
            if _CYRILLIC.search(w.lower().replace("ё", "е"))
        }
    )


def main() -> int:
    started = time.process_time()
    words = vocabulary()
    pairs = [(w, parsed_lemma(w)) for w in words]
    rules = lemma_table.write(pairs, str(ROOT / "store" / "lang" / "lexicon"))
    print(f"{len(pairs)} words, {rules} rules, {time.process_time() - started:.1f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
