"""What e2e107's two generators share: where the files go (the folder given as the first argument,
laid out as eval/), the reference record builders and the last write of gold and queries."""

import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
corpus = root / "corpus" / "dev"
corpus.mkdir(parents=True, exist_ok=True)
(root / "gold").mkdir(exist_ok=True)
(root / "queries").mkdir(exist_ok=True)
gold = {}


def g(key, **kw):
    base = dict(
        title=None,
        date=None,
        accept_dates=[],
        source=None,
        language="ru",
        persons=[],
        organizations=[],
        locations=[],
        checkpoints=[],
        directives=[],
        body_must_contain=[],
        body_must_not_contain=[],
        not_entities=[],
        accept_extra=[],
        notes="",
    )
    base.update(kw)
    gold[key] = base


def cp(name, kind, border, facts, **kw):
    d = dict(name=name, kind=kind, border=border, facts=facts)
    d.update(kw)
    return d


def finish(about: str, queries: str) -> None:
    """Write the half's gold/dev.json and queries/dev.tsv (the header line, then `queries`)."""
    with open(root / "gold" / "dev.json", "w") as f:
        json.dump({"about": about, "articles": gold}, f, ensure_ascii=False, indent=1)
    (root / "queries" / "dev.tsv").write_text("query\texpected_entity\tentity_type\tnote\n" + queries)
    print(len(gold), "articles")
