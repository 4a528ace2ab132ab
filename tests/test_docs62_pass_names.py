"""docs62: the docs name passes and modules that exist. Stops 47 and 48 removed passes
(passes69–71) and earlier stops moved modules (store/gazetteer.py → store/lang/gazetteer.py …);
a doc left behind told a reader of a pass that runs no more or a file that is not there.

- every backquoted snake_case name in README.md and docs/*.md is a pass of
  `extractor.PASSES`, a name the code defines or uses (function, class, argument, attribute,
  a word of a string literal such as a table or column), a column of a data table — or, for a
  pass that is gone, its paragraph says it was removed;
- every store/… or tui/… file path and every dotted store.… / tui.… module these docs and
  the docstrings and comments under store/ name is a file or package on disk.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

from store.extract.extractor import PASSES

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SNAKE = re.compile(r"`([a-z][a-z0-9]*(?:_[a-z0-9]+)+)`")
PATH = re.compile(r"(?<![\w./-])((?:store|tui)/[\w./-]*\.(?:py|txt|csv|json))")
DOTTED = re.compile(r"(?<![\w./-])((?:store|tui)\.[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*)")
# Names the code builds or reads from outside, so no literal holds them whole.
OUTSIDE = {
    "official_name",  # a field of /usr/share/iso-codes/json/iso_3166-1.json (docs/knowledge_base.md)
    "directives_sort_s",  # bench/tui_views.py's output key, the view's name + "_sort" + "_s"
}
GONE = re.compile(r"\bremoved\b|\btaken out\b", re.IGNORECASE)


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string constants that are docstrings (their words are prose, not code)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


@cache
def _code_names() -> frozenset[str]:
    names: set[str] = set()
    files = [*ROOT.glob("store/**/*.py"), *ROOT.glob("tui/**/*.py"), *ROOT.glob("bench/*.py"), *ROOT.glob("tests/*.py")]
    for f in files:
        names.add(f.stem)
        tree = ast.parse(f.read_text(encoding="utf-8"))
        prose = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, ast.Name):
                names.add(node.id)
            elif isinstance(node, ast.Attribute):
                names.add(node.attr)
            elif isinstance(node, ast.arg):
                names.add(node.arg)
            elif isinstance(node, ast.keyword) and node.arg:
                names.add(node.arg)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in prose:
                names.update(re.findall(r"[a-z][a-z0-9_]*", node.value))
    for table in ROOT.glob("store/data/*.csv"):
        with table.open(encoding="utf-8") as fh:
            names.update(w.strip() for w in fh.readline().split(","))
    return frozenset(names)


def _paragraph(text: str, at: int) -> str:
    start = text.rfind("\n\n", 0, at)
    end = text.find("\n\n", at)
    return text[start + 1 : end if end >= 0 else len(text)]


def test_backquoted_names_in_the_docs_exist_or_are_said_to_be_removed():
    passes = {p.name for p in PASSES}
    known = _code_names() | passes | OUTSIDE
    stale = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for m in SNAKE.finditer(text):
            name = m.group(1)
            if name in known or GONE.search(_paragraph(text, m.start())):
                continue
            stale.append(f"{doc.name}:{text.count(chr(10), 0, m.start()) + 1} `{name}`")
    assert not stale, stale


def test_a_removed_pass_is_not_in_the_registry():
    """The other side: a name a paragraph calls removed at stop 47/48 is not a pass now."""
    passes = {p.name for p in PASSES}
    said_removed = re.compile(r"`([a-z_]+)`[^`]{0,80}?\bremoved at stop 4[78]\b")
    wrong = []
    for doc in DOCS:
        for m in said_removed.finditer(doc.read_text(encoding="utf-8")):
            if m.group(1) in passes:
                wrong.append(f"{doc.name}: `{m.group(1)}`")
    assert not wrong, wrong


def _exists(dotted: str) -> bool:
    parts = dotted.split(".")
    for k in range(len(parts), 0, -1):
        base = ROOT.joinpath(*parts[:k])
        if base.with_suffix(".py").is_file() or (base / "__init__.py").is_file():
            # a module or package, then at most one attribute of it («store.extract.chunking.CHUNK_CHARS»)
            return len(parts) - k <= 1 and (k > 1 or len(parts) == 1)
    return False


def test_module_paths_the_docs_and_docstrings_name_exist():
    missing = []
    sources = [(doc, doc.read_text(encoding="utf-8")) for doc in DOCS]
    for f in sorted(ROOT.glob("store/**/*.py")):
        src = f.read_text(encoding="utf-8")
        tree = ast.parse(src)
        prose = [
            ast.get_docstring(n) or ""
            for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef))
        ]
        comments = [line.split("#", 1)[1] for line in src.splitlines() if "#" in line]
        sources.append((f, "\n".join(prose + comments)))
    for where, text in sources:
        for m in PATH.finditer(text):
            if "NAME" in m.group(1):  # a placeholder: store/lang/lexicon/NAME.txt
                continue
            if not (ROOT / m.group(1)).exists():
                missing.append(f"{where.relative_to(ROOT)}: {m.group(1)}")
        for m in DOTTED.finditer(text):
            if m.group(1).endswith(".md"):  # «tui.md», a doc's name
                continue
            if not _exists(m.group(1)):
                missing.append(f"{where.relative_to(ROOT)}: {m.group(1)}")
    assert not missing, missing
