"""The TUI's use of the search engine (store.search.search).

The alias index is built once and kept on the StoreReader, so each keystroke only
queries it. Runs in a worker thread, never on the event loop; store.search.search (and the
lemmatizer it loads) is imported there, not at start-up.
"""

from __future__ import annotations

from .navigation import ArticleTarget, NavTarget, entity_target


def search(store, query: str, reader=None, limit: int = 30) -> list[dict]:
    """Results best first: dicts {"kind", "type", "id", "name", "matched", "score"}."""
    query = " ".join((query or "").split())
    if not query:
        return []
    from store.search import search as engine

    index = _index(engine, store, reader)
    results = engine.search(store, query, limit=limit, index=index)
    # A knowledge-base row no article names yet (negative id) has no page to open here yet.
    return [r for r in results if r.get("kind") == "article" or (r.get("id") or 0) > 0]


def _index(engine, store, reader):
    """The engine's alias index, built on first use and reused for every keystroke
    (AliasIndex.for_store caches it per store and notices when aliases change)."""
    index = engine.AliasIndex.for_store(store)
    if reader is not None:
        reader.search_index = index
    return index


def group(results: list[dict]) -> dict[str, list[dict]]:
    """Results by type, types in a fixed order (checkpoints first: the product's subject)."""
    order = ("checkpoint", "person", "organization", "location", "article")
    out: dict[str, list[dict]] = {k: [] for k in order}
    for r in results:
        key = "article" if r.get("kind") == "article" else r.get("type") or "location"
        out.setdefault(key, []).append(r)
    return {k: v for k, v in out.items() if v}


def target(result: dict) -> NavTarget:
    """What opening a result means for the app: an article, entity or checkpoint target."""
    if result.get("kind") == "article":
        return ArticleTarget(result["id"])
    return entity_target(result["id"], result.get("type"))


def _warm(store, reader) -> None:
    """Build the engine's index (and load the lemmatizer) ahead of the first query,
    so the first keystroke costs what the others do."""
    from store.search import search as engine

    _index(engine, store, reader)
    try:
        engine.search(store, "пункт", limit=1, index=reader.search_index if reader else None)
    except Exception:  # noqa: BLE001 - warming is best effort; the real query reports errors
        pass
