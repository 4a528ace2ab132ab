"""Extraction: Article to Extraction — NER spans, names, roles, checkpoints, facts and directives."""
