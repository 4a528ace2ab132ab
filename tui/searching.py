"""The TUI's use of the search engine (store.search.search).

The alias index is built once and kept on the StoreReader, so each keystroke only
queries it. Runs in a worker thread, never on the event loop; store.search.search (and the
lemmatizer it loads) is imported there, not at start-up.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from store.search import table as search_table

from .navigation import ArticleTarget, CheckpointTarget, NavTarget, entity_target

LIMIT = 30  # results a keystroke's search asks for (the screen shows them all)


def search(store, query: str, reader=None, limit: int = LIMIT, entities_only: bool = False) -> list[dict]:
    """Results best first: dicts {"kind", "type", "id", "name", "matched", "score"}.
    entities_only: the entity hits alone, from the alias index and the knowledge base
    (painted at once; the whole search, articles too, follows). An article's "matched"
    (the engine's snippet, "hit" the found word in it) is left to cut: the screen cuts
    those it has room for (cut_snippets); cutting all 30 was a fifth of a keystroke's
    search."""
    query = " ".join((query or "").split())
    if not query:
        return []
    from store.search import search as engine

    index = _index(engine, store, reader)
    # Knowledge-base rows no article names yet (negative ids) are kept: a user sees the
    # checkpoint exists and that nothing is known about it (they have no page to open).
    if entities_only:
        return engine.search(store, query, type="entity", limit=limit, index=index)
    return engine.search(store, query, limit=limit, index=index, snippets=False)


def cut_snippets(store, results: list[dict], rows: int | None = None) -> None:
    """Cut, in place, the snippets the search left to cut of these results' article
    hits (those whose title is in the first `rows` lines of the result list when given):
    those the search screen shows once a query's results come (tui78: the line under an
    article hit), and those scrolled into view later. ~0.1 ms a snippet and its body's
    read at 100,000 articles: at 100x30 the list's 26 lines show 10 article hits under a
    name's 3 posts and 1 body, not the 14 half its lines would hold (tui80)."""
    from store.search import search as engine

    if rows is None:
        engine.cut_snippets(store, [r for r in results if r.get("kind") == "article"])
        return
    due = [r for r in shown_articles(results, rows) if snippet_due(r)]
    while due:
        engine.cut_snippets(store, due)
        if all(r.get("matched") for r in due):
            return
        # a snippet came empty (one line less): the hits under it moved up
        due = [r for r in shown_articles(results, rows) if snippet_due(r)]


def shown_articles(results: list[dict], rows: int) -> list[dict]:
    """The article hits whose title is in the first `rows` lines of the screen's list of
    these results, laid out as the search screen lays them out (group's order, a heading
    a type, a line a hit, a line under an article hit with a snippet), a snippet not cut
    yet counted as one: the list is at its top after each key."""
    line = 0
    shown: list[dict] = []
    for kind, hits in group(results).items():
        line += 1  # the type's heading
        for r in hits:
            if line >= rows:
                return shown
            line += 1
            if kind == "article":
                shown.append(r)
                line += 1 if r.get("matched") or snippet_due(r) else 0
    return shown


def snippet_due(result: dict) -> bool:
    """An article hit whose snippet the search left to cut (cut_snippets cuts it)."""
    from store.search.search import TO_CUT

    return result.get("kind") == "article" and TO_CUT in result


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


def target(result: dict) -> NavTarget | None:
    """What opening a result means for the app: an article, entity or checkpoint target;
    None for a knowledge-base row no article names (nothing stored to open)."""
    if result.get("kind") == "article":
        return ArticleTarget(result["id"])
    if is_kb_only(result):
        return _foreign_post(result)
    return entity_target(result["id"], result.get("type"))


def _foreign_post(result: dict) -> CheckpointTarget | None:
    """A neighbour's post no stored article names opens its page: facts80 stores there the
    facts told of its side of a crossing the articles named by our post's name (Караозек's,
    from «Курмангазы … со стороны России»). Other knowledge-base rows have nothing to open."""
    from store.lang import gazetteer

    post = gazetteer.get(result.get("kb_id") or "") if result.get("type") == "checkpoint" else None
    return CheckpointTarget(post.id) if post is not None and post.foreign else None


def is_kb_only(result: dict) -> bool:
    """A knowledge-base row that is not in the store (the engine gives it a negative id)."""
    eid = result.get("id")
    return result.get("kind") != "article" and isinstance(eid, int) and eid < 0


def not_stored(result: dict) -> str:
    """«Ермек Кошербаев is in the knowledge base (аким Восточно-Казахстанской области) but
    no stored article names him»: what enter on such a row says."""
    from store.lang import people

    person = people.get(result.get("kb_id") or "") if result.get("type") == "person" else None
    posts = "; ".join(p.title for p in person.posts) if person else result.get("kb_id") or ""
    told = f" ({posts})" if posts else ""
    return f"{result['name']} is in the knowledge base{told}; no stored article names it: nothing to open."


def shown_name(result: dict) -> str:
    """A hit's name as its row shows it: «Хоргос (CN)» for China's post (as `borderdocs search`)."""
    return search_table.shown_name(result)


def about(result: dict) -> str:
    """What a hit's row says besides its name (the same words as `borderdocs search`)."""
    return search_table.about(result)


def filter_entity(results: list[dict], highlighted: dict | None = None) -> dict | None:
    """The entity whose articles the Articles pane should show for these hits: the
    highlighted one if it is a stored entity with articles, else the first such hit."""
    for r in ([highlighted] if highlighted else []) + results:
        if r.get("kind") == "entity" and not is_kb_only(r) and (r.get("articles") or 0) > 0:
            return r
    return None


def article_ids(results: list[dict]) -> tuple[str, ...]:
    """The article hits among these results, in their order (ctrl+l's filter set)."""
    return tuple(dict.fromkeys(r["id"] for r in results if r.get("kind") == "article"))


GUESS_BELOW = 75.0  # a best name hit under this is a guess (`borderdocs show`, `borderdocs search` say so too)


def only_guesses(results: list[dict]) -> bool:
    """Names only, every one scoring under 75: «qqqzzzxx» listed outlets and a body's
    two-letter abbreviation as if found."""
    return bool(results) and all(
        r.get("kind") != "article" and float(r.get("score") or 0) < GUESS_BELOW for r in results
    )


ARTICLE_SET_MAX = 10_000  # ctrl+l's set at most (SQLite takes 32,766 values in one IN list)


def all_article_ids(store, query: str, reader=None) -> tuple[str, ...]:
    """Every article hit of `query` (ctrl+l's set): the screen shows the first 30 results,
    and «очередь» gave a set of 30 of its 67 articles, its chip saying «30 articles»."""
    return article_ids(search(store, query, reader, limit=ARTICLE_SET_MAX))


def warm_entities(store, reader=None) -> None:
    """Map the engine's alias index, build the knowledge base's and ask one entity
    query (its first also imports what numpy loads on first use, ~0.1–0.2 s), so the
    first keystroke's entity hits cost what the others do; and build both indexes' sets
    of whole key words the check of a word beside a name reads (search_topics.warm_beside)."""
    from store.search import search as engine
    from store.search.search_kb import abbreviation_names
    from store.search.search_topics import warm_beside

    index = _index(engine, store, reader)
    engine.search_entities(store, "хоргос", None, 1, index)
    warm_beside(index)  # a word typed beside a name: its swapped-letters bound (tui83)
    abbreviation_names()  # a Latin query's first use built it: 10 ms of its first keystroke


def read_ahead(
    store,
    results: list[dict],
    reader=None,
    stop: Callable[[], bool] | None = None,
    stop_articles: Callable[[], bool] | None = None,
) -> None:
    """While no key waits: read what the next keystrokes likely need after these
    results (the articles of the entity they name, for a topic word typed after it),
    and load what a topic word's split needs (warm_articles: the knowledge base's
    matcher, ~18 ms to build, which the first search, run before the warm-up, left
    unbuilt when it had no topic word; a few µs once built). `stop()`, asked after each
    step (this one, then each of the engine's: engine.read_ahead): whether to leave the
    rest unread (a key came: the search thread serves it first); `stop_articles()`, when
    given, is asked instead between the pieces of the entity's articles' read (engine.read_ahead)."""
    if not results:
        return
    from store.search import search as engine

    warm_articles(store, reader)
    until_read = stop if stop_articles is None else stop_articles
    if until_read is not None and until_read():
        return
    engine.read_ahead(store, results, LIMIT, stop=stop, stop_articles=stop_articles)


def read_named_articles(store, results: list[dict], stop: Callable[[], bool] | None = None) -> None:
    """Read the articles of the entity these results name (the read-ahead's first step,
    engine.read_ahead, and none of its later ones): what a topic word typed after the
    name ranks. `stop()` is asked between the read's pieces (a newer key: what was read
    is kept, and the search that needs the rest reads it)."""
    from store.search import search as engine

    engine.read_ahead(store, results, LIMIT, stop=lambda: True, stop_articles=stop or (lambda: False))


def look_up_name_ahead(store, query: str, results: list[dict], reader=None) -> None:
    """Look up the name's run of words a topic word typed after `query` is split on
    (engine.name_run_ahead: the first key of such a word, «khorgos оч», paid it, ~0.7 ms),
    when `query` is searched as a name and these results name it. Kept in the engine's
    memo under the key the split asks: its results are the same."""
    from store.search import search as engine

    engine.name_run_ahead(store, query, results, LIMIT, _index(engine, store, reader))


def first_use_steps(reader) -> list[Callable[[], object]]:
    """The tables other query shapes build on their first key (store.search.first_use),
    each a call with no argument for the search thread to make while idle: those read
    from the store under the reader's lock first, then those read from the package's
    files (which take no lock: a screen reading the store meanwhile does not wait)."""
    from store.search import first_use

    stored = [functools.partial(reader.run, build) for build in first_use.store_tables()]
    return stored + list(first_use.tables())


def warm_articles(store, reader=None) -> None:
    """Load what the article half needs first: the lemmatizer's table of news words, the
    knowledge-base matcher a name + topic query consults, and the tables its related
    step reads (store.search.related.warm: ~5 ms the first topic word paid)."""
    from store.lang import kb
    from store.lang.lemmas import lemmatize
    from store.search import related

    lemmatize("пункт пропуска")
    kb.find("Хоргос")
    related.warm()


def warm_parser(store, reader=None) -> None:
    """Load pymorphy2's analyzer, which lemmatizes a word the lemmatizer's table does not
    hold: a topic word's first letters («оч»), a name's rarer spellings (the articles'
    search looks for them). Words of the table never load it, so the warm-up's own
    lemmas left it to the first query that met such a word: a Cyrillic name then paid it
    on the first key of its topic word (~45 ms of CPU at 100,000 articles, tens of ms
    more under load), or the read-ahead of that name did, while that key waited."""
    from store.lang.lemmas import analyzer

    analyzer()


def _warm(store, reader) -> None:
    """The warm-ups (the command palette's start)."""
    try:
        warm_entities(store, reader)
        warm_articles(store, reader)
        warm_parser(store, reader)
    except Exception:  # noqa: BLE001 - warming is best effort; the real query reports errors
        pass


def narrow(hits: list[dict], query: str) -> list[dict]:
    """The entity hits of an earlier query that the new text still names, painted at
    the keystroke before the engine's own hits replace them: each folded word of the
    text begins a word of the hit's name or of the alias it matched by («kho» →
    «khor» keeps Хоргос), or every word but the last does (a topic word being typed
    after the name: «khorgos оч» keeps Хоргос, as the whole search will put it first)."""
    from store.lang import names

    words = names.fold(query).split()
    if not words:
        return []
    return [h for h in hits if h.get("kind") == "entity" and _names_words(h, words)]


def _names_words(hit: dict, words: list[str]) -> bool:
    from store.lang import names

    named = words if len(words) == 1 else words[:-1]
    for text in (hit.get("matched"), hit.get("name")):
        have = names.fold(text or "").split()
        if all(any(w.startswith(q) for w in have) for q in named):
            return True
    return False
