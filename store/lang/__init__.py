"""Language knowledge every stage shares: morphology and the nominative, Kazakh, transliteration and
fold keys, lemmas, abbreviations, places and the checkpoint gazetteer; word lists live in `lexicon/`."""
