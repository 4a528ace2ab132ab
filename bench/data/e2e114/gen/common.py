"""What e2e114's two generators share: e2e107's frame (output folder, gold builders) and one
writer for a .txt page, so each generator holds only its pages and their gold."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "e2e107" / "gen"))

from frame import corpus, cp, finish, g  # noqa: E402

__all__ = ["cp", "finish", "g", "page"]


def page(name: str, text: str) -> None:
    """Write one browser-copied page as corpus/dev/NAME (.txt, as the user saved it)."""
    (corpus / name).write_text(text.lstrip("\n"), encoding="utf-8")
