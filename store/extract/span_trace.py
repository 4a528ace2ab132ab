"""Where a name is lost on its way through the extractor: a trace of every span the model
proposed and every span each pass added, dropped or retyped, for a diagnostic script.

Issue 15's organization misses were names «nothing exports», and nobody could tell whether
the model never proposed them, proposed them as a person or place, or proposed them as a
body that a later pass threw away. `trace_spans(extractor)` wraps an Extractor's model and
passes (never installed by the pipeline, so a normal run pays nothing); `history(trace, start,
end)` then tells one stretch of text's story, and `fate(...)` sums it up in one phrase.
"""

from __future__ import annotations

import contextlib
import dataclasses

ORG = "organization"


@dataclasses.dataclass(frozen=True)
class SpanEvent:
    """One change to the spans of a text: `step` is "model" or a pass's name."""

    step: str
    action: str  # proposed | added | dropped
    type: str
    start: int
    end: int
    text: str


@dataclasses.dataclass
class TextTrace:
    """The events of one text the extractor read (a title, a body or a credit line)."""

    text: str
    events: list[SpanEvent] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class ArticleTrace:
    """An article's texts in the order read, and the mentions its extraction kept."""

    file: str
    texts: list[TextTrace] = dataclasses.field(default_factory=list)
    mentions: list = dataclasses.field(default_factory=list)


class _TracingNer:
    """The model, opening a new TextTrace for each text and recording its spans."""

    def __init__(self, ner, tracer: SpanTracer) -> None:
        self.ner, self.tracer = ner, tracer

    def spans(self, text: str) -> list:
        spans = self.ner.spans(text)
        trace = TextTrace(text)
        trace.events += [SpanEvent("model", "proposed", s.type, s.start, s.end, s.text) for s in spans]
        self.tracer.current.texts.append(trace)
        return spans

    def __getattr__(self, name):
        return getattr(self.ner, name)


class SpanTracer:
    """Traces by article file, filled while the tracer is installed."""

    def __init__(self) -> None:
        self.articles: dict[str, ArticleTrace] = {}
        self.current = ArticleTrace("")

    def traced_pass(self, name: str, function):
        """`function` recording the spans it adds and drops, by (type, start, end)."""

        def run(text, spans, ctx):
            before = {_key(s): s for s in spans}
            out = function(text, spans, ctx)
            after = {_key(s): s for s in out}
            events = self.current.texts[-1].events if self.current.texts else []
            events += [_event(name, "dropped", s) for k, s in before.items() if k not in after]
            events += [_event(name, "added", s) for k, s in after.items() if k not in before]
            return out

        return run


def _key(span) -> tuple[str, int, int]:
    return (span.type, span.start, span.end)


def _event(step: str, action: str, span) -> SpanEvent:
    return SpanEvent(step, action, span.type, span.start, span.end, span.text)


@contextlib.contextmanager
def trace_spans(extractor):
    """Install a SpanTracer on `extractor` (its model, its passes, its extract) for the
    block's length; yields the tracer. The extractor is restored after."""
    tracer = SpanTracer()
    ner, passes, extract = extractor.ner, extractor.passes, extractor.extract

    def traced_extract(article, *args, **kwargs):
        tracer.current = tracer.articles[article.file] = ArticleTrace(article.file)
        extraction = extract(article, *args, **kwargs)
        tracer.current.mentions = list(extraction.mentions)
        return extraction

    extractor.ner = _TracingNer(ner, tracer)
    extractor.passes = tuple(dataclasses.replace(p, function=tracer.traced_pass(p.name, p.function)) for p in passes)
    extractor.extract = traced_extract
    try:
        yield tracer
    finally:
        extractor.ner, extractor.passes = ner, passes
        del extractor.extract  # the class's method again


def history(trace: TextTrace, start: int, end: int) -> list[tuple[str, set[tuple[str, int, int]]]]:
    """The spans overlapping [start, end) after each step that changed them, in order:
    [(step, {(type, start, end), …}), …], "model" first."""
    alive: set[tuple[str, int, int]] = set()
    out: list[tuple[str, set[tuple[str, int, int]]]] = []
    for e in trace.events:
        if not (e.start < end and start < e.end):
            continue
        key = (e.type, e.start, e.end)
        if e.action == "dropped":
            alive.discard(key)
        else:
            alive.add(key)
        if out and out[-1][0] == e.step:
            out[-1] = (e.step, set(alive))
        else:
            out.append((e.step, set(alive)))
    return out


def fate(trace: TextTrace, start: int, end: int) -> str:
    """One phrase for what became of the stretch [start, end) of a body's name:
    «kept …», «partial …», «dropped by P», «retyped T by P», «tagged T» or «no span»."""
    steps = history(trace, start, end)
    if not steps:
        return "no span"
    final = steps[-1][1]
    orgs = [k for k in final if k[0] == ORG]
    if any(s <= start and end <= e for _, s, e in orgs):
        return "kept " + _first_org_step(steps, start, end)
    if orgs:
        return "partial " + _first_org_step(steps, start, end)
    return _lost(steps, start, end)


def _first_org_step(steps, start: int, end: int) -> str:
    """The step that first held a body covering the stretch (or any body overlapping it)."""
    for step, alive in steps:
        if any(t == ORG and s <= start and end <= e for t, s, e in alive):
            return step
    return next((step for step, alive in steps if any(t == ORG for t, _, _ in alive)), "?")


def _lost(steps, start: int, end: int) -> str:
    """Why no body overlaps at the end: the last step that left none where one was, and
    whether it put another type on the same letters; or the type of a span over half of the
    stretch or more; else no span: «no span (location inside)» for a place read inside a body's name."""
    was_org, lost_by, came = False, "", set()
    previous: set = set()
    for step, alive in steps:
        has_org = any(t == ORG for t, _, _ in alive)
        if was_org and not has_org:
            lost_by, came = step, alive - previous
        was_org, previous = has_org, alive
    if lost_by:
        other = sorted({t for t, _, _ in came})
        return f"retyped {'/'.join(other)} by {lost_by}" if other else f"dropped by {lost_by}"
    final = steps[-1][1]
    wide = sorted({t for t, s, e in final if min(e, end) - max(s, start) >= (end - start) / 2})
    if wide:
        return f"tagged {'/'.join(wide)}"
    inside = sorted({t for t, _, _ in final})
    return f"no span ({'/'.join(inside)} inside)" if inside else "no span"
