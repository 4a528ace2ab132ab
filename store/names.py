"""Name folding (STUB: replaced by the search work). Any script -> one Latin key."""
from __future__ import annotations


def fold(text: str) -> str:
    return " ".join(text.lower().split())


def to_latin(text: str) -> str:
    return text


def generated_aliases(name: str, type_: str) -> list[tuple[str, str]]:
    return []
