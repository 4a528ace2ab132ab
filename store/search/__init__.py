"""Search: one query box over entity aliases (fold keys, fuzzy) and articles (FTS5 over lemmas)."""
