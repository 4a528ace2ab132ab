"""Article text kept as a block editor's JSON: a list of blocks, each a paragraph, instead of
a string of text or HTML.

Headless CMSs and editors export a story this way, and dumps taken from their APIs carry it:
Sanity's Portable Text (`[{"_type": "block", "children": [{"_type": "span", "text": …}]}]`),
Strapi's and Slate's blocks (`[{"type": "paragraph", "children": [{"text": …}]}]`), Editor.js
(`{"blocks": [{"type": "paragraph", "data": {"text": …}}]}`) and Draft.js
(`{"blocks": [{"key", "text", "type"}], "entityMap"}`). Read as a value object, such a text gave
nothing, and the record was rejected as having no text: each block is a paragraph here, its
inline pieces (spans, links, marks) run together.
"""

from __future__ import annotations

# How deep inline pieces nest in a block (a link in a bold span in a paragraph); no editor goes deeper.
_MAX_DEPTH = 6


def is_block_list(value) -> bool:
    """Is this list a block editor's blocks: objects with inline `children` or Editor.js `data`?"""
    return isinstance(value, list) and any(
        isinstance(x, dict) and (isinstance(x.get("children"), list) or isinstance(x.get("data"), dict)) for x in value
    )


def block_document(value) -> list | None:
    """The blocks of an Editor.js or Draft.js document object (`{"blocks": [...]}`), else None."""
    if isinstance(value, dict) and isinstance(value.get("blocks"), list):
        return value["blocks"]
    return None


def blocks_text(blocks: list, joiner: str = "\n\n") -> str:
    """The blocks' text, a block a paragraph (empty blocks and images left out)."""
    parts = (_block_text(block) for block in blocks)
    return joiner.join(p.strip() for p in parts if p and p.strip())


def _block_text(block) -> str:
    if isinstance(block, str):
        return block
    if not isinstance(block, dict):
        return ""
    if isinstance(block.get("children"), list):
        return _inline_text(block["children"], 0)
    data = block.get("data")
    if isinstance(data, dict):  # Editor.js: a paragraph's or header's text, a list's items
        if isinstance(data.get("text"), str):
            return data["text"]
        items = data.get("items")
        if isinstance(items, list):
            return "\n".join(_item_text(item) for item in items)
        return ""
    return block["text"] if isinstance(block.get("text"), str) else ""  # Draft.js


def _item_text(item) -> str:
    """An Editor.js list item: a string, or (nested lists) an object with its `content`."""
    if isinstance(item, dict):
        item = item.get("content", item.get("text"))
    return item if isinstance(item, str) else ""


def _inline_text(pieces: list, depth: int) -> str:
    """Inline pieces run together: a span's text, a link's own children."""
    out = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
        elif isinstance(piece, dict):
            if isinstance(piece.get("text"), str):
                out.append(piece["text"])
            elif isinstance(piece.get("children"), list) and depth < _MAX_DEPTH:
                out.append(_inline_text(piece["children"], depth + 1))
    return "".join(out)
