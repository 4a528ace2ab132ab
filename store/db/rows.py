"""Rows for the explorer's long lists (articles, entities) and their export.

A virtual list asks for one page at a time, in a worker thread; these functions
answer, choosing a keyset seek when the page before is at hand, so scrolling to
row 90,000 costs one index seek and not a 90,000-row skip. The export writes the
same lists in full. Plain dicts go out; drawing them is the caller's job, so
nothing here imports a UI library (the TUI's row sources wrap these).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from store.db import queries
from store.db.connection import Store
from store.db.queries import ArticleFilter

ARTICLE_FIELDS = ["id", "date", "source", "title", "language", "url", "path", "entities", "checkpoints"]
ENTITY_FIELDS = ["id", "type", "name", "latin", "roles", "article_count", "mention_count"]
EXPORT_BATCH = 1000


@dataclass(frozen=True)
class ArticleQuery(ArticleFilter):
    """The Articles tab's combined filter: ArticleFilter (outlet, language, dates, a
    first entity) AND every further entity AND every word.

    A subclass, so the article list, its count and its export (queries.article_page,
    count_articles, article_rows) take it as they take an ArticleFilter. Words match
    the full-text index of lemmas, as the search does, so «очереди» finds «очередь»."""

    more_entities: tuple[tuple[int, str], ...] = ()
    words: str = ""
    article_ids: tuple[str, ...] = ()  # a set of articles: a search's article hits (search_query says which)
    search_query: str = ""

    @classmethod
    def of(cls, filt: ArticleFilter) -> ArticleQuery:
        """`filt` as an ArticleQuery (itself when it is one)."""
        if isinstance(filt, ArticleQuery):
            return filt
        return cls(**{k: getattr(filt, k) for k in ArticleFilter.__dataclass_fields__})

    def entities(self) -> list[tuple[int, str]]:
        """Every entity the articles must name: (id, display name)."""
        first = [] if self.entity_id is None else [(self.entity_id, self.entity_name or str(self.entity_id))]
        return first + list(self.more_entities)

    def with_entity(self, entity_id: int, name: str) -> ArticleQuery:
        """This filter AND the articles naming `entity_id` (no change if it is already in)."""
        if entity_id in (e for e, _ in self.entities()):
            return self
        if self.entity_id is None:
            return replace(self, entity_id=entity_id, entity_name=name)
        return replace(self, more_entities=(*self.more_entities, (entity_id, name)))

    def with_articles(self, article_ids: tuple[str, ...], query: str) -> ArticleQuery:
        """This filter AND one of these articles (the hits of the search for `query`)."""
        return replace(self, article_ids=tuple(dict.fromkeys(article_ids)), search_query=query)

    def with_words(self, words: str) -> ArticleQuery:
        """This filter AND every one of `words` (added to the words already there)."""
        return replace(self, words=" ".join((self.words + " " + words).split()))

    def chips(self) -> list[tuple[str, str]]:
        """The active filters, one (key, label) each, in the order they read; `without(key)` drops one."""
        out = [(f"entity:{eid}", name) for eid, name in self.entities()]
        out += [(f"word:{i}", f"«{w}»") for i, w in enumerate(self.words.split())]
        if self.article_ids:
            n = len(self.article_ids)
            out.append(("hits", f"search «{self.search_query}»: {n} article{'' if n == 1 else 's'}"))
        if self.source:
            out.append(("source", f"outlet: {self.source}"))
        if self.language:
            out.append(("language", f"lang: {self.language}"))
        if self.date_from or self.date_to:
            out.append(("dates", self.dates_label()))
        return out

    def without(self, key: str) -> ArticleQuery:
        """This filter less the chip `key` (from chips())."""
        kind, _, arg = key.partition(":")
        if kind == "entity":
            rest = [e for e in self.entities() if str(e[0]) != arg]
            first = rest[0] if rest else (None, None)
            return replace(self, entity_id=first[0], entity_name=first[1], more_entities=tuple(rest[1:]))
        if kind == "word":
            words = self.words.split()
            return replace(self, words=" ".join(w for i, w in enumerate(words) if str(i) != arg))
        if kind == "hits":
            return replace(self, article_ids=(), search_query="")
        if kind == "dates":
            return replace(self, date_from=None, date_to=None)
        if kind == "source":
            return replace(self, source=None)
        return replace(self, language=None)

    def where(self) -> tuple[str, list]:
        where, params = super().where()
        parts = [where] if where != "1" else []
        for entity_id, _ in self.more_entities:
            parts.append("id IN (SELECT article_id FROM mentions WHERE entity_id = ?)")
            params.append(entity_id)
        if self.article_ids:
            parts.append(f"id IN ({','.join('?' * len(self.article_ids))})")
            params.extend(self.article_ids)
        expr = fts_words(self.words)
        if expr:
            parts.append("rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            params.append(expr)
        return (" AND ".join(parts) or "1"), params

    def describe(self) -> str:
        return ", ".join(label for _, label in self.chips())


def fts_words(words: str) -> str:
    """An FTS5 expression requiring every word's lemma, each quoted (user text is never
    FTS syntax; a Kazakh stem's voiced form meets its bare one, as in the search:
    store.lang.fts_terms); "" when the words hold no word. The lemmatizer's modules are
    imported by the first filter with words, not by the first paint of the article list,
    which asks with none (screen67)."""
    if not words:
        return ""
    from store.lang.fts_terms import all_words

    return all_words(words)[0]


def article_list_page(
    store: Store, filt: ArticleFilter, page: int, size: int, previous: list[dict] | None = None
) -> list[dict]:
    """Rows [page*size, page*size+size) of the article list, newest first.
    `previous` is page-1 when the caller still has it: then the page is a keyset
    seek from its last row instead of an OFFSET skip."""
    if previous:
        last = previous[-1]
        return queries.article_page(store, filt, after=(last["date"], last["rowid"]), limit=size)
    return queries.article_page(store, filt, offset=page * size, limit=size)


def entity_list_page(store: Store, text: str, type_: str | None, page: int, size: int) -> list[dict]:
    """Rows [page*size, page*size+size) of the entity list, the most stories first (the count shown).
    entity_reads (with the story order and the search's change marks) is imported by the
    Entities tab's first page, not by the article list's (screen67)."""
    from store.db import entity_reads

    return entity_reads.entity_page(store, text, type_, offset=page * size, limit=size)


def article_export_rows(store: Store, filt: ArticleFilter) -> list[dict]:
    """Every article under `filt`, as the export's columns (ARTICLE_FIELDS): where it
    came from (url, path) and what it names (entities, checkpoints: lists of names)."""
    out: list[dict] = []
    batch: list[dict] = []
    for r in queries.article_rows(store, filt):
        batch.append(r)
        if len(batch) == EXPORT_BATCH:
            out += _with_sources_and_names(store, batch)
            batch = []
    return out + _with_sources_and_names(store, batch)


def _with_sources_and_names(store: Store, batch: list[dict]) -> list[dict]:
    """The batch's url and path, and the names of the entities and checkpoints each
    article mentions (most mentioned entity first)."""
    if not batch:
        return []
    ids = [r["id"] for r in batch]
    marks = ",".join("?" * len(ids))
    where = dict(
        (i, (u, p)) for i, u, p in store.conn.execute(f"SELECT id, url, path FROM articles WHERE id IN ({marks})", ids)
    )
    names: dict[str, dict[str, list[str]]] = {}
    for aid, type_, name in store.conn.execute(
        f"SELECT m.article_id, e.type, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id"
        f" WHERE m.article_id IN ({marks}) GROUP BY m.article_id, e.id ORDER BY m.article_id, count(*) DESC, e.name",
        ids,
    ):
        group = "checkpoints" if type_ == "checkpoint" else "entities"
        names.setdefault(aid, {"entities": [], "checkpoints": []})[group].append(name)
    rows = []
    for r in batch:
        url, path = where.get(r["id"], (None, None))
        found = names.get(r["id"], {"entities": [], "checkpoints": []})
        rows.append({**{k: r[k] for k in ARTICLE_FIELDS[:5]}, "url": url, "path": path, **found})
    return rows


def entity_export_rows(store: Store, text: str, type_: str | None) -> list[dict]:
    """Every entity matching `text` and `type_`, as the export's columns (ENTITY_FIELDS),
    `article_count` as the Entities tab's «art» counts: each story once, without the
    near-duplicate copies and second extracts of one page its page folds
    (entity_reads.story_count; the extracts stay in for an entity in more than
    FOLD_COUNT_MAX articles)."""
    return [
        {**{k: r[k] for k in ENTITY_FIELDS}, "article_count": r["stories"]} for r in _all_entities(store, text, type_)
    ]


def _all_entities(store: Store, text: str, type_: str | None) -> Iterator[dict]:
    from store.db import entity_reads

    offset = 0
    while True:
        page = entity_reads.entity_page(store, text, type_, offset=offset, limit=EXPORT_BATCH)
        yield from page
        if len(page) < EXPORT_BATCH:
            return
        offset += EXPORT_BATCH
