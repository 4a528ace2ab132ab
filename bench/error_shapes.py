"""What shape a set's entity errors have, counted without naming one of them.

A held-out set may show where its errors sit but never what they are (bench/README.md): a
missed name printed is a rule waiting to be written. Counts by shape are the middle way
a reader can act on without learning a sentence: whether the misses of a type are names
the pipeline typed as something else, names it found with the wrong span or form, short
initials, names the knowledge base holds, or names the body never spells that way.

Each unmatched reference name (a miss) and each unmatched extracted name (an extra) gets
the first shape that fits, in this order:
- `other type`: the same name is among the article's names of another type (reference
  for an extra, extracted for a miss): the type is what is wrong;
- `partial`: a miss and an extra of the same type in one article share a word: the span
  or the form is what is wrong (each side counted once);
- `merged` (misses only): every word of the miss is a word of a name of its type that was
  matched to another reference name: the reference lists two forms of one name («Путин», «Владимир
  Путин») where the store keeps one entity, and one-to-one matching leaves the second unmet;
- `initials`: a single word with two or more capitals (КГД, ҚТЖ, ЕАЭС);
- `in kb`: the knowledge base (store.lang.kb) matches the whole name;
- `not in text` (misses only): no word of the name is in the article's title or body as
  written, so the reference spells it in a form of its own;
- `other`.
"""

from __future__ import annotations

import collections
import re
import unicodedata

SHAPES = ("other type", "partial", "merged", "initials", "in kb", "not in text", "other")
_WORD = re.compile(r"[^\W\d_]{3,}")
_STEM = 5  # letters a word is compared by, so case endings do not hide a shared word


def _stems(name: str) -> set[str]:
    s = unicodedata.normalize("NFC", name or "").lower().replace("ё", "е")
    return {w[:_STEM] for w in _WORD.findall(s)}


def _initials(name: str) -> bool:
    words = name.split()
    return len(words) == 1 and sum(c.isupper() for c in name) >= 2 and len(name) <= 10


def _in_kb(name: str) -> bool:
    """The knowledge base matches the name from end to end (a row's form, any script)."""
    from store.lang import kb  # imported late: the harness runs without the package too

    try:
        found = kb.find(name)
    except Exception:  # noqa: BLE001 - a diagnostic never stops the report
        return False
    covered = sum(m.end - m.start for m in found) if found else 0
    return covered >= 0.8 * len(name.strip())


def _in_text(name: str, text_stems: set[str]) -> bool:
    return bool(_stems(name) & text_stems)


def _predicted(article: dict, types: tuple[str, ...]) -> dict[str, list[str]]:
    """The article's extracted names per type, as the scorer reads them."""
    ents = article.get("entities", [])
    pred = {t: [e.get("name", "") for e in ents if e.get("type") == t] for t in types}
    if "checkpoint" in pred:
        extra = [c.get("name", "") for c in article.get("checkpoints", [])]
        pred["checkpoint"] = list(dict.fromkeys(pred["checkpoint"] + extra))
    return pred


def _reference(g: dict) -> dict[str, list[tuple[str, ...]]]:
    return {
        "person": [(p["name"],) for p in g.get("persons", [])],
        "organization": [(o,) for o in g.get("organizations", [])],
        "location": [(x,) for x in g.get("locations", [])],
        "checkpoint": [
            tuple(dict.fromkeys([c["name"], c.get("canonical") or c["name"], *c.get("aliases", [])]))
            for c in g.get("checkpoints", [])
        ],
    }


def error_shapes(export: dict, gold: dict, scorer, types: tuple[str, ...]) -> dict[str, dict[str, dict]]:
    """{type: {"missed": {shape: n}, "extra": {shape: n}}} over every reference article."""
    articles = {a.get("file") or (a.get("path") or "").rsplit("/", 1)[-1]: a for a in export.get("articles", [])}
    out = {t: {"missed": collections.Counter(), "extra": collections.Counter()} for t in types}
    for fname, g in gold.get("articles", {}).items():
        a = articles.get(fname)
        if a is None:
            continue
        pred, ref = _predicted(a, types), _reference(g)
        text_stems = _stems(f"{a.get('title') or ''} {a.get('body') or ''}")
        extra = list(g.get("accept_extra", []))
        for t in types:
            _, _, _, fps, fns = scorer.match_sets(pred[t], ref[t], extra, t)
            _count(out[t], t, fps, fns, pred, ref, text_stems, scorer)
    return {t: {side: dict(c) for side, c in v.items()} for t, v in out.items()}


def _count(out, t, fps, fns, pred, ref, text_stems, scorer) -> None:
    paired_fp, paired_fn = set(), set()
    for i, miss in enumerate(fns):
        for j, extra in enumerate(fps):
            if _stems(miss) & _stems(extra):
                paired_fn.add(i)
                paired_fp.add(j)
    matched = _matched(pred[t], fps)
    for i, miss in enumerate(fns):
        other = any(scorer.same(p, miss, t) for u, ps in pred.items() if u != t for p in ps)
        shape = _shape(miss, other, i in paired_fn, text_stems)
        if shape not in ("other type", "partial") and any(_a_form_of(miss, m) for m in matched):
            shape = "merged"
        out["missed"][shape] += 1
    for j, extra in enumerate(fps):
        other = any(
            scorer.same(extra, name, u) for u, items in ref.items() if u != t for item in items for name in item
        )
        out["extra"][_shape(extra, other, j in paired_fp, None)] += 1


def _a_form_of(miss: str, found: str) -> bool:
    """Every word of the missed name is a word of the found one («Путин», «Владимир Путин»)."""
    words = _stems(miss)
    return bool(words) and words <= _stems(found)


def _matched(names: list[str], unmatched: list[str]) -> list[str]:
    """The extracted names that met a reference name: `names` less one copy of each unmatched."""
    left = collections.Counter(unmatched)
    met = []
    for name in names:
        if left[name]:
            left[name] -= 1
        else:
            met.append(name)
    return met


def _shape(name: str, other_type: bool, partial: bool, text_stems: set[str] | None) -> str:
    if other_type:
        return "other type"
    if partial:
        return "partial"
    if _initials(name):
        return "initials"
    if _in_kb(name):
        return "in kb"
    if text_stems is not None and not _in_text(name, text_stems):
        return "not in text"
    return "other"


def format_shapes(shapes: dict[str, dict[str, dict]]) -> list[str]:
    """One line per type with errors: `shapes org  missed 16: partial 5, …  extra 9: …`."""
    lines = []
    for t, sides in shapes.items():
        parts = []
        for side in ("missed", "extra"):
            counts = sides.get(side) or {}
            n = sum(counts.values())
            if n:
                body = ", ".join(f"{k} {counts[k]}" for k in SHAPES if counts.get(k))
                parts.append(f"{side} {n}: {body}")
        if parts:
            lines.append(f"   shapes {t[:3]}  " + "  ".join(parts))
    return lines
