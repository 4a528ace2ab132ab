"""Made-up notes for the small stores the search tests build: article `n` is the file
`n.txt` under /in/, titled «{title} {n}», written through the store's own write path
(db.write_article). One helper, so a test says only what its notes differ in."""

from __future__ import annotations

from collections.abc import Sequence

from store.db import store as db
from store.lang.fts_terms import index_text
from store.model import Article, Extraction, Mention, RawDoc


def note(n: int, body: str, *, title: str = "Заметка", **meta: str) -> Article:
    """Article `n` with `body` (also its raw text); `meta` are Article fields (date, source, ...)."""
    return Article(file=f"{n}.txt", path=f"/in/{n}.txt", title=f"{title} {n}", body=body, raw=body, **meta)


def opening(type_: str, name: str, surface: str | None = None) -> Mention:
    """A mention of `name`, printed as `surface` (the name itself by default) at the
    note's very start."""
    surface = name if surface is None else surface
    return Mention(type=type_, name=name, surface=surface, start=0, end=len(surface))


def lemmas_of(article: Article, indexed: str) -> str:
    """The full-text lemmas a test asks for: of the title and body («title+body», what
    ingest writes), of the body alone («body»), or none («»: no full-text rows)."""
    kazakh = article.language == "kk"
    if indexed == "title+body":
        return index_text(article.title, kazakh) + "\n" + index_text(article.body, kazakh)
    if indexed == "body":
        return index_text(article.body, kazakh)
    assert indexed == "", indexed
    return ""


def write_note(
    st,
    n: int,
    body: str,
    mentions: Sequence[Mention] = (),
    *,
    indexed: str = "title+body",
    title: str = "Заметка",
    **meta: str,
) -> Article:
    """Write note `n` naming `mentions` into the open store `st` (the caller holds the
    transaction); returns the article written."""
    article = note(n, body, title=title, **meta)
    db.write_article(st, article, Extraction(mentions=list(mentions), lemmas=lemmas_of(article, indexed)))
    return article


def commit_news(st, n: int, body: str, person: str, *, indexed: str = "") -> Article:
    """Note `n`, titled «Новость n», naming `person` where `body` prints them, written and
    committed at once: the memo tests write between two searches."""
    start = body.index(person)
    with st.conn:
        mention = Mention(type="person", name=person, surface=person, start=start, end=start + len(person))
        return write_note(st, n, body, [mention], indexed=indexed, title="Новость")


def store_of_openings(path, entities: Sequence[tuple[str, str, str]], **write: str):
    """A new store at `path` with note n for the n-th (type, name, body) of `entities`, each
    opening with a mention of its name; `write` goes to write_note (indexed=, ...). The
    caller closes it."""
    st = db.open_store(path, write=True, create=True)
    with st.conn:
        for n, (type_, name, body) in enumerate(entities, 1):
            write_note(st, n, body, [opening(type_, name)], **write)
    return st


def counted_fts(monkeypatch) -> list[str]:
    """Every full-text expression the search ranks from now on (store.search.articles.fts_ranked
    patched to record it), in order: what the spelling-memo tests count."""
    from store.search import articles

    exprs: list[str] = []
    real = articles.fts_ranked

    def counted(conn, expr, n_lemmas, limit):
        exprs.append(expr)
        return real(conn, expr, n_lemmas, limit)

    monkeypatch.setattr(articles, "fts_ranked", counted)
    return exprs


def entity_names(st, query: str) -> list[str]:
    """The names of the entities `search` gives for `query`, in its order (articles left out)."""
    from store.search.search import search

    return [r["name"] for r in search(st, query) if r["kind"] == "entity"]


def names_found(extractor, text: str, type_: str = "organization") -> set[str]:
    """The names of the entities of `type_` the whole extractor finds in `text` (the body of
    a one-line article): how the extraction tests read a made-up sentence."""
    article = Article(file="t.txt", path="t.txt", raw=text, title="", body=text)
    return {m.name for m in extractor.extract(article).mentions if m.type == type_}


def titled_mentions(extractor, body: str, title: str) -> list[Mention]:
    """Every mention the whole extractor finds in an article of `title` and `body`: the
    headline is read too (a post in a title, a rubric taken for a body)."""
    art = Article(file="t.txt", path="t.txt", title=title, body=body, raw=f"{title}\n{body}")
    return extractor.extract(art).mentions


def body_organizations(extractor, body: str, title: str) -> list[tuple[str, str | None]]:
    """(name, knowledge-base row id or None) of each organization found in the article's body:
    the row the extractor linked, else the row the printed name is a form of — what the
    knowledge-base tests of org94, org95 and org97 assert on."""
    from store.lang import kb

    out = []
    for m in titled_mentions(extractor, body, title):
        if m.type == "organization" and m.field == "body":
            row = kb.row_of_printed(m.type, m.name)
            out.append((m.name, m.ref or (row.id if row else None)))
    return out


def person_roles(extractor, body: str, title: str) -> dict[str, str | None]:
    """Each person the extractor finds in the article, with the role it gives them."""
    return {m.name: m.role for m in titled_mentions(extractor, body, title) if m.type == "person"}


def write_old_store(path, entities, version: int) -> None:
    """A store at schema `version` holding `entities` ((id, type, name, key, mentions) rows,
    keyed as that version keyed them), one alias and that many mentions each in one article:
    what a migration test opens."""
    import sqlite3
    from contextlib import closing

    db.open_store(path, write=True, create=True).close()
    with closing(sqlite3.connect(path)) as c, c:
        c.execute("INSERT INTO articles(id, title, body) VALUES ('a', 'a', 'текст')")
        for eid, type_, name, key, count in entities:
            c.execute(
                "INSERT INTO entities(id, type, name, key, latin, roles, article_count, mention_count)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (eid, type_, name, key, name, "[]", 1, count),
            )
            c.execute("INSERT INTO aliases(entity_id, alias, key, origin) VALUES (?,?,?,?)", (eid, name, name, "text"))
            for i in range(count):
                c.execute(
                    'INSERT INTO mentions(article_id, entity_id, field, start, "end", surface, role, name)'
                    " VALUES ('a',?,?,?,?,?,NULL,?)",
                    (eid, "body", i * 10, i * 10 + 5, name, name),
                )
        c.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(version),))


def directive_extractor():
    """The extractor the directive tests read with: the real NER and passes, no gazetteer,
    no facts (a directive's checkpoints are tests/test_directive_checkpoints.py's)."""
    from store.extract.extractor import Extractor

    return Extractor(find_checkpoints=lambda text: [], gazetteer_get=lambda ref: None, find_facts=lambda *a: [])


def directives(extractor, body: str):
    """The directives of a made-up article whose body is `body`."""
    return extractor.extract(Article(file="x", path="x", title="Т", body=body, raw=body)).directives


def run_cli(capsys, monkeypatch, *argv, columns: int = 80) -> tuple[int, str, str]:
    """`borderdocs ARGV` in process on a terminal `columns` wide: (exit status, stdout, stderr)."""
    from store import cli

    monkeypatch.setenv("COLUMNS", str(columns))
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_directive(extractor, body: str) -> tuple:
    """(by, to, what) of the one directive a made-up article's `body` gives."""
    [d] = directives(extractor, body)
    return d.by, d.to, d.what


def txt_page(text: str, name: str = "x.txt") -> RawDoc:
    """A saved .txt page as the reader gets it (the made-up pages of the reading tests)."""
    return RawDoc(path=name, file=name, format="txt", text=text, raw=text)
