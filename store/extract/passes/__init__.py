"""Extraction passes grouped by what they find: each module holds its heuristics and the
pass functions (text, spans, context) -> spans that store.extract.extractor.PASSES walks."""
