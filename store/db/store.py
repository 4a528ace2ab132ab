"""The store's one front door: `from store.db import store as db` gives every name a
caller needs to open, migrate and write a store.

The work lives in modules of one job each: connection (the open Store and
write_transaction, the path of every write), schema (tables, version, migrations),
opening (writable, read-only, damaged), writes (an article and the ingest log),
entities (one row per entity, aliases, roles, merging short person names).
"""

from store.db.connection import Store, StoreError, write_transaction
from store.db.entities import add_alias, entity_key, merge_short_person_names, name_linked_entities, refresh_roles
from store.db.opening import damage, default_db_path, describe_error, open_store
from store.db.schema import MIGRATIONS, SCHEMA_VERSION, older_schema_note, schema_version
from store.db.writes import ALREADY_STORED, keep_file_stamp, log, stored_paths, write_article

__all__ = [
    "ALREADY_STORED",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Store",
    "StoreError",
    "add_alias",
    "damage",
    "default_db_path",
    "describe_error",
    "entity_key",
    "keep_file_stamp",
    "log",
    "merge_short_person_names",
    "name_linked_entities",
    "open_store",
    "refresh_roles",
    "older_schema_note",
    "schema_version",
    "stored_paths",
    "write_article",
    "write_transaction",
]
