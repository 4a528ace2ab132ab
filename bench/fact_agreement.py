"""How many of a reference's checkpoint facts the export states, and how many it adds.

A reference fact is a short paraphrase written by the annotator («около 1500 грузовиков в
очереди больше четырёх суток», «закрыт 1–3 октября 2021 из-за праздников в КНР»); an
exported fact is a phrase and its sentence. They cannot be compared as strings, so a fact is
**found** when an exported fact of the same checkpoint (matched to the reference one by the
scorer's names) agrees with it on what can be checked: a number they both print (digits
joined across the thin spaces of «91 252») and at least one content word, or, for a fact with
no number the other side prints, two content words (words of 4+ letters compared by their
first 5 letters, function words left out — the directive rule's words), or when one's words,
as written, hold the other's whole (six letters at least: «машин нет», «напротив «Аят»», whose
words are too short to count). One-to-one: each
reference fact takes the free exported fact that agrees most. An exported fact that agrees
with no reference fact of its checkpoint is counted as **unmatched**: a fact the reference
does not state (wrong, or one the annotator left out).

Counted over the checkpoints matched to a reference checkpoint that lists facts (even none),
so a checkpoint the extraction missed costs its facts' recall, and one it invented costs
nothing here (the entity figures count it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from matching import one_to_one, tally

_NUMBER = re.compile(r"\d+(?:[\s\u00a0\u202f]\d{3})*(?:[.,]\d+)?")


def numbers(text: str | None) -> set[str]:
    """The numbers a text prints, as digit strings («91 252» → «91252», «1,5» → «1.5»)."""
    out = set()
    for m in _NUMBER.finditer(text or ""):
        out.add(re.sub(r"[\s\u00a0\u202f]", "", m.group()).replace(",", "."))
    return out


def agreement(pred: dict, gold: str, stems: Callable[[str | None], set[str]]) -> int:
    """How strongly an exported fact agrees with a reference fact; 0 when it does not."""
    if _contains(pred.get("text"), gold):
        return 1
    said = f"{pred.get('text') or ''} {pred.get('sentence') or ''}"
    shared_numbers = numbers(said) & numbers(gold)
    shared_words = stems(said) & stems(gold)
    if shared_numbers and shared_words:
        return 2 * len(shared_numbers) + len(shared_words)
    return len(shared_words) if len(shared_words) >= 2 else 0


def _contains(text: str | None, gold: str) -> bool:
    """The exported phrase and the reference say the same words, one inside the other
    («напротив «Аят»» against «напротив «Аят»»: words too short to count as content words)."""
    a, b = _plain(text), _plain(gold)
    return min(len(a), len(b)) >= 6 and (a in b or b in a)


def _plain(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").lower().replace("ё", "е")))


def match_facts(exported: list[dict], gold: list[str], stems) -> tuple[int, int]:
    """(reference facts found, exported facts agreeing with none)."""
    return one_to_one(exported, gold, lambda pred, ref: agreement(pred, ref, stems))


def fact_agreement(exported: dict, gold_articles: dict, match_checkpoints, same, stems) -> dict:
    """Fact counts over the matched checkpoints whose reference lists facts."""
    out = {"gold": 0, "found": 0, "exported": 0, "unmatched": 0, "errors": {}}
    for fname, g in gold_articles.items():
        article = exported.get(fname)
        refs = [c for c in g.get("checkpoints") or [] if "facts" in c]
        out["gold"] += sum(len(c["facts"] or []) for c in refs)
        if article is None or not refs:
            continue
        for cp, ref in match_checkpoints(article.get("checkpoints") or [], refs, same):
            pred, want = cp.get("facts") or [], [f for f in ref["facts"] or [] if isinstance(f, str)]
            found, unmatched = match_facts(pred, want, stems)
            tally(out, fname, f"facts of {cp.get('name')}", found, len(want), len(pred), unmatched)
    return out


def format_facts(f: dict) -> list[str]:
    if not f.get("gold") and not f.get("exported"):
        return []
    return [
        f"   facts        found {f['found']}/{f['gold']}  exported {f['exported']}, "
        f"{f['unmatched']} agree with no reference fact; over matched checkpoints"
    ]
