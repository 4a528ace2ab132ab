"""What out109's three generators share: the halves' gold and files, a JSON-lines record, and the
last write of each half laid out as eval/ (corpus/dev, gold/dev.json, an empty queries/dev.tsv)
under the folder given as the first argument."""

import json
import pathlib
import sys

ROOT = pathlib.Path(sys.argv[1])
HALVES: dict[str, dict] = {}
FILES: dict[str, dict] = {}


def halves(*names: str) -> None:
    """The halves this generator writes."""
    for name in names:
        HALVES[name], FILES[name] = {}, {}


def gold(half, key, title, date, source, accept=(), lang="ru", notes=""):
    HALVES[half][key] = dict(
        title=title,
        date=date,
        accept_dates=[],
        source=source,
        accept_sources=list(accept),
        language=lang,
        persons=[],
        organizations=[],
        locations=[],
        checkpoints=[],
        directives=[],
        body_must_contain=[],
        body_must_not_contain=[],
        not_entities=[],
        accept_extra=[],
        notes=notes,
    )


def record(half, name, rec):
    """Append one record to a JSON-lines file of the half; its key («file:N»)."""
    lines = FILES[half].setdefault(name, [])
    lines.append(json.dumps(rec, ensure_ascii=False))
    return f"{name}:{len(lines)}"


def write(about) -> None:
    """Write every half; `about(half)` is its gold's «about» line."""
    for half in HALVES:
        corpus = ROOT / half / "corpus" / "dev"
        corpus.mkdir(parents=True, exist_ok=True)
        (ROOT / half / "gold").mkdir(exist_ok=True)
        (ROOT / half / "queries").mkdir(exist_ok=True)
        for name, content in FILES[half].items():
            text = "\n".join(content) + "\n" if isinstance(content, list) else content
            (corpus / name).write_text(text, encoding="utf-8")
        doc = {"about": about(half), "articles": HALVES[half]}
        (ROOT / half / "gold" / "dev.json").write_text(
            json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        (ROOT / half / "queries" / "dev.tsv").write_text(
            "query\texpected_entity\tentity_type\tnote\n", encoding="utf-8"
        )
