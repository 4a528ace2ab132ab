"""The SQLite store: schema, versions, writes, the explorer's reads and the export; SQL lives here."""
