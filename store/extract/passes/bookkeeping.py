"""The passes the others rely on (required, never switched off) and the rule-pass
plumbing: spans kept in order, places set aside and brought back, the grammar-like rules'
spans winning over the model's, and the name sets the per-span fixes compare with.
"""

from __future__ import annotations

from store.extract.naming import _normalize
from store.extract.passes.places import _surname_not_place
from store.extract.spans import _by_offsets, _ByStart
from store.lang.normalize import key, person_nominative


def _pass_sort(text, spans, ctx):
    return _by_offsets(spans)


def _pass_rejoin(text, spans, ctx):
    spans, ctx.held = _by_offsets(spans + ctx.held), []
    return spans


def _rule_pass(find):
    """A pass that only records what a rule found: the spans are placed together by
    `_pass_rule_spans_win`, so every such rule reads the same spans."""

    def run(text, spans, ctx):
        ctx.rule_spans += find(text, spans)
        return spans

    return run


def _pass_rule_spans_win(text, spans, ctx):
    """The rules' spans replace the spans they overlap and keep the names they gave."""
    if ctx.rule_spans:
        taken = _ByStart([c for c, _ in ctx.rule_spans])
        spans = [s for s in spans if not taken.any_overlap(s.start, s.end)]
        spans = _by_offsets(spans + [c for c, _ in ctx.rule_spans])
    ctx.names.update({(c.start, c.end): n for c, n in ctx.rule_spans})
    return spans


def _pass_name_sets(text, spans, ctx):
    """The names the per-span fixes compare with, from the spans before any fix."""
    persons = [s for s in spans if s.type == "person" and " " in s.text.strip()]
    ctx.loc_keys = {key(s.text) for s in spans if s.type == "location"}
    ctx.surnames = {s.text.split()[-1][:5].lower() for s in persons}
    ctx.family_names = {key(person_nominative(s.text)).split()[-1] for s in persons}
    places = [s for s in spans if s.type == "location"]
    if "surname_not_place" not in ctx.disabled:
        places = [s for s in places if _surname_not_place(text, s, ctx.family_names).type == "location"]
    ctx.place_names = {key(s.text) for s in places} | {key(_normalize(s, None, text)) for s in places}
    return spans
