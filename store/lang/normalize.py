"""Entity names to the nominative, and span edges cleaned: the front door of the name
normalizers, so `from store.lang.normalize import …` gives every name callers use.

Russian inflects names: «Каната Бозумбаева», «Комитета государственных доходов».
A reader writes them in the nominative, and the store must see one entity. The work
lives in modules of one job each: identity (the one identity key), morphology (pymorphy2
readings, inflection, edges), persons (person names), phrases (organizations, places,
roles), canonical (one name per entity within an article).
"""

from store.lang.canonical import initials_and_surname, merge_names, without_legal_form
from store.lang.identity import key
from store.lang.morphology import case_of, fix_bounds, from_dictionary, match_case, parses
from store.lang.persons import given_names, person_nominative, surname_forms
from store.lang.phrases import phrase_nominative

__all__ = [
    "case_of",
    "fix_bounds",
    "from_dictionary",
    "given_names",
    "initials_and_surname",
    "key",
    "match_case",
    "merge_names",
    "parses",
    "person_nominative",
    "phrase_nominative",
    "surname_forms",
    "without_legal_form",
]
