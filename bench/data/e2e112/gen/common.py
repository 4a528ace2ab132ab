"""What e2e112's generators share beyond e2e107's frame: the write of one dump (records in file order,
gold keys `FILE:N` from 1) so a record and its gold are written side by side."""

import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "e2e107" / "gen"))

from frame import corpus, cp, finish, g  # noqa: E402

__all__ = ["cp", "finish", "g", "dump"]


def dump(name: str, pairs: list) -> None:
    """Write `pairs` (record, gold keywords) as corpus/dev/NAME, one JSON object a line."""
    lines = []
    for i, (rec, gold) in enumerate(pairs, 1):
        lines.append(json.dumps(rec, ensure_ascii=False))
        g(f"{name}:{i}", **gold)
    (corpus / name).write_text("\n".join(lines) + "\n")
