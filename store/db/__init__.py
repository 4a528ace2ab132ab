"""The SQLite store: schema, versions, writes, the explorer's reads and the export; SQL lives here.

sqlite-utils does what it does better than hand-written SQL would: the connection
wrapper (`Store.db`) and the table API for schema changes (schema.py's migration to
version 3 adds `facts.dated` with `Table.add_column`). Three pieces stay raw SQL, each
for a reason:

- Batched writes. An article's mentions, facts and directives written with
  `Table.insert_all` instead of one INSERT each cost more, not less: on the same 500
  synthetic articles (6,918 rows), in write transactions of 50, median of 5 rounds,
  CPU 0.964 s against 0.606 s raw (+59 %), wall 3.12 s against 1.78 s
  (`python bench/store_writes.py --articles 500 --rounds 5`); an article brings a dozen
  rows, and insert_all's per-call work (column lookup, building the statement, a
  savepoint) outweighs what batching saves. `executemany` saved 3 % (0.589 s), within
  the rounds' spread, so the plain INSERTs stay. The aliases cannot go through
  `upsert_all` at all: an alias found again keeps its strongest origin
  (`ON CONFLICT … DO UPDATE … WHERE` a rank comparison), which upsert_all cannot say.
- Full-text search. `articles_fts` is a contentless FTS5 table (`content=''`) of the
  articles' lemmas, which no table stores; `enable_fts` indexes a table's own columns
  with the table as its content, so it cannot build this index.
- Migrations. sqlite-utils' `Migrations` records applied steps by name in its own
  `_sqlite_migrations` table, in a transaction it opens itself. The store's version is
  `meta.schema_version`, which every borderdocs reads to refuse a store newer than it
  understands, and each step (schema.MIGRATIONS, keyed by version) runs inside
  `write_transaction`, re-reading the version after taking the write lock, so two
  ingests starting on one old store do not both migrate it.
"""
