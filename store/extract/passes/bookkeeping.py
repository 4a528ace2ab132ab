"""The passes the others rely on (required, never switched off) and the rule-pass
plumbing: spans kept in order, places set aside and brought back, the grammar-like rules'
spans winning over the model's, and the name sets the per-span fixes compare with.
"""

from __future__ import annotations

from store.extract.naming import nominative_in
from store.extract.passes.places import surname_not_place_span
from store.extract.spans import ByStart, by_offsets
from store.lang.normalize import key, person_nominative


def pass_sort(text, spans, ctx):
    return by_offsets(spans)


def pass_rejoin(text, spans, ctx):
    spans, ctx.held = by_offsets(spans + ctx.held), []
    return spans


def rule_pass(find):
    """A pass that only records what a rule found: the spans are placed together by
    `pass_rule_spans_win`, so every such rule reads the same spans."""

    def run(text, spans, ctx):
        ctx.rule_spans += find(text, spans)
        return spans

    return run


def pass_rule_spans_win(text, spans, ctx):
    """The rules' spans replace the spans they overlap and keep the names they gave."""
    if ctx.rule_spans:
        taken = ByStart([c for c, _ in ctx.rule_spans])
        spans = [s for s in spans if not taken.any_overlap(s.start, s.end)]
        spans = by_offsets(spans + [c for c, _ in ctx.rule_spans])
    ctx.names.update({(c.start, c.end): n for c, n in ctx.rule_spans})
    return spans


def pass_name_sets(text, spans, ctx):
    """The names the per-span fixes compare with, from the spans before any fix."""
    persons = [s for s in spans if s.type == "person" and " " in s.text.strip()]
    ctx.surnames = {s.text.split()[-1][:5].lower() for s in persons}
    ctx.family_names = {key(person_nominative(s.text)).split()[-1] for s in persons}
    places = [s for s in spans if s.type == "location"]
    if "surname_not_place" not in ctx.disabled:
        places = [s for s in places if surname_not_place_span(text, s, ctx.family_names).type == "location"]
    named = {key(nominative_in(ctx.nominatives, s, None, text)) for s in places}
    ctx.place_names = {key(s.text) for s in places} | named
    return spans
