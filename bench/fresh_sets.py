"""The frame the own-sentence benches share: org98_fresh, place_fresh, fct101_fresh, dir103_fresh and
cp105_fresh (stop 52).

Each scores a file of sentences written for it (bench/data/*_fresh.json: items with an id, a shape,
a batch, `held` and the expected answer) through the real extractor. What differs is what they
extract and how an item is scored; what is the same lives here: the four options (`--data`,
`--show`, `--batch`, `--json`), the items of one batch, the sums by shape and half (worked / held
out, and `all`), and the summary lines. The held-out half is summed like the worked one and never
printed item by item — that is each bench's own loop, which only shows worked items.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def arguments(default_data: str, shown: str) -> argparse.ArgumentParser:
    """The options every fresh-set bench takes; a bench adds its own to the parser returned."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(REPO / "bench" / "data" / default_data))
    ap.add_argument("--show", action="store_true", help=f"print each worked item's {shown}")
    ap.add_argument("--batch", type=int, help="only the items of this batch (1: items without one)")
    ap.add_argument("--json", help="write per-item results here")
    return ap


def items_of(args: argparse.Namespace) -> list[dict]:
    """The data file's items, only those of `--batch` when given (an item without a batch is batch 1)."""
    items = json.loads(Path(args.data).read_text(encoding="utf-8"))["items"]
    return [i for i in items if i.get("batch", 1) == args.batch] if args.batch else items


def new_totals() -> defaultdict:
    """Sums by (shape, half): each a dict of counts starting at 0."""
    return defaultdict(lambda: defaultdict(int))


def tally(totals: defaultdict, item: dict, result: dict, keys: Iterable[str] | None = None) -> None:
    """Add an item's counts (`keys`, or every key of `result`) to its shape's half and to `all`'s."""
    half = "held" if item["held"] else "worked"
    for key in ((item["shape"], half), ("all", half)):
        for k in keys if keys is not None else result:
            totals[key][k] += result[k]


def report(totals: defaultdict, line: Callable[[tuple, dict], str], per: dict, json_path: str | None) -> None:
    """One summary line a (shape, half), sorted; the per-item results written out when asked."""
    for key in sorted(totals, key=str):
        print(line(key, totals[key]))
    if json_path:
        Path(json_path).write_text(json.dumps(per, ensure_ascii=False, indent=1), encoding="utf-8")


def article_of(item: dict):
    """The item as an article of its own: its text the body under a neutral headline, its date when
    it has one, the language read from the text as ingest reads it."""
    from store.model import Article
    from store.reading.language import article_language

    text = item["text"]
    return Article(
        file=f"{item['id']}.txt",
        path=f"/in/{item['id']}.txt",
        title="Новости",
        body=text,
        raw=text,
        date=item.get("date"),
        language=article_language([text]),
    )
