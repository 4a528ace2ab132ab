"""The store: files in, an SQLite database of articles, entities, facts and directives out, searchable.

Stages, each a subpackage, lower ones never importing higher ones (pyproject.toml's import-linter
contracts check it): `lang` (language knowledge) under `reading`, `extract`, `db` and `search`, under
`ingest` and `cli`. `model` (the records) and `sanitize` (untrusted text made safe) serve all of them.
"""
