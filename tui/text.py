"""The display boundary for untrusted text: every string from the store goes
through here before it reaches a widget.

Article text is data, never markup: we build `rich.text.Text` objects (which do
not parse markup) and strip escape sequences and control characters again, even
though ingest already did, so a store written by something else still cannot
drive the terminal.
"""

from __future__ import annotations

from rich.text import Text

from store.lang.labels import abridged, coded, initialed  # noqa: F401  (the lists take them from here)
from store.sanitize import clean_line, clean_text

# One style per entity type; each differs by more than colour so the types stay
# apart in 16 colours and under NO_COLOR (which drops colour but keeps bold etc.).
TYPE_STYLE = {
    "person": "bold cyan",
    "organization": "italic magenta",
    "location": "underline green",
    "checkpoint": "bold reverse yellow",
}
TYPE_LABEL = {"person": "person", "organization": "org", "location": "place", "checkpoint": "checkpoint"}
TYPE_PLURAL = {
    "checkpoint": "Checkpoints",
    "person": "People",
    "organization": "Organizations",
    "location": "Places",
    "article": "Articles",
}


def line(value: object, style: str = "") -> Text:
    """One line of untrusted text, as a Text (never parsed as markup)."""
    return Text(clean_line("" if value is None else str(value)), style=style, no_wrap=True, end="")


def para(value: object, style: str = "") -> Text:
    """Multi-line untrusted text, as a Text."""
    return Text(clean_text("" if value is None else str(value)), style=style, end="")


def join(*parts: Text | str, sep: str = " · ") -> Text:
    """Join the non-empty parts with a separator (parts given as str are trusted labels)."""
    out = Text(end="")
    for part in parts:
        if not part:
            continue
        if out.plain:
            out.append(sep, style="dim")
        out.append(part if isinstance(part, Text) else Text(part))
    return out


def order(d: dict, what: str) -> Text:
    """A directive as `borderdocs show` prints it: «Токаев → Сауранбаев: проанализировать …
    (до 1 марта)», the giver bold. The pages joined date, giver, addressee, task and deadline
    with the same «·» («Касым-Жомарт Токаев · Нурлан Сауранбаев · проанализировать …»), so who
    ordered whom was read from the order alone, and the reader's list chained all four with «→»
    (ux85). `what` is the task as the caller words it («2× …» for two reports)."""
    text = line(d.get("by") or "—", style="bold")
    if d.get("to"):
        text.append(" → ", style="dim")
        text.append(line(d["to"]))
    text.append(": ", style="dim")
    text.append(line(what))
    if d.get("when"):
        text.append(" (", style="dim")
        text.append(line(d["when"]))
        text.append(")", style="dim")
    return text


def highlighted_body(body: str, mentions: list[dict]) -> Text:
    """The body with each mention styled by its entity type.

    Offsets point into the stored body, so they are applied before cleaning;
    cleaning then happens per piece (removing characters from a piece never
    shifts another piece's offsets)."""
    body = body or ""
    text = Text(end="")
    pos = 0
    spans = sorted(
        (m for m in mentions if m.get("field") == "body" and m.get("start") is not None), key=lambda m: m["start"]
    )
    for m in spans:
        start, end = m["start"], m["end"]
        if start < pos or end > len(body) or end <= start:
            continue
        text.append(clean_text(body[pos:start]))
        text.append(clean_text(body[start:end]), style=TYPE_STYLE.get(m.get("type"), "bold"))
        pos = end
    text.append(clean_text(body[pos:]))
    return text


def quantity(n: int, noun: str) -> str:
    """«1 article», «12 articles», «1,786 mentions»: a count and its noun, singular for one."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def stored_counts(summary, warned: str = "", stored: str = " stored") -> str:
    """«20 articles stored, 5 duplicates»: the articles an ingest stored, then (after `warned`,
    the «with a warning» part) those it found stored already, as `borderdocs ingest` counts
    them. The dialog said «20 articles stored, 7 rejected» of a folder of 32 and left the
    other five unsaid, and a re-run's «Ingested 0 articles» read as a failure (qa75)."""
    parts = [f"{quantity(summary.ingested, 'article')}{stored}{warned}"]
    if summary.already_stored:
        parts.append(f"{summary.already_stored:,} already stored")
    if summary.duplicates:
        parts.append(quantity(summary.duplicates, "duplicate"))
    return ", ".join(parts)


def counted(label: str, shown: int, total: int | None) -> str:
    """A list heading with its true size: «Articles (12)», or «Articles (first 100 of
    1,786)» when the list is capped below the total."""
    if total is None or total <= shown:
        return f"{label} ({shown:,})"
    return f"{label} (first {shown:,} of {total:,})"


def directives_heading(groups: list[dict], total: int | None = None) -> str:
    """«Directives (3)», «Directives (3 · 5 reports)» when articles report some of them
    twice (store.db.directive_reads.one_row_a_directive), as the Directives tab's count
    says «· 5 reports»; capped below `total` (stored reports), «first 5 of 120 reports»."""
    reports = sum(d.get("reports") or 1 for d in groups)
    if total is not None and total > reports:
        return f"Directives ({len(groups):,} · first {reports:,} of {total:,} reports)"
    if reports > len(groups):
        return f"Directives ({len(groups):,} · {reports:,} reports)"
    return f"Directives ({len(groups):,})"


def stories(ent: dict) -> int:
    """An entity's articles as its page lists them: less the near-duplicate copies and the
    second extracts of a page folded into one row («(+1 copy)»; store.db.entity_reads)."""
    return (ent.get("article_count") or 0) - (ent.get("copies") or 0) - (ent.get("extracts") or 0)


def articles_told(ent: dict) -> str:
    """«5 articles (+1 copy)»: the stories, and the copies and extracts folded into them
    (as `borderdocs show` says it; the header said «6 articles» over a list of five rows)."""
    folded = (ent.get("copies") or 0) + (ent.get("extracts") or 0)
    told = quantity(stories(ent), "article")
    return told + (f" (+{folded:,} cop{'y' if folded == 1 else 'ies'})" if folded else "")


def extracts_note(art: dict) -> str:
    """«  (+1 copy)» after an article row standing for other extracts of its page
    (store.db.entity_reads.fold_extracts), else nothing."""
    n = art.get("extracts") or 0
    return f"  (+{n} cop{'y' if n == 1 else 'ies'})" if n else ""


def also_in(art: dict) -> Text | None:
    """«also in: Kazinform (2025-03-01), Sputnik»: the other outlets or copies of a story
    stored more than once (store.db.duplicates), as untrusted text. A copy from the same
    outlet is told by its address, else its file («sputnik.kz/…», not «Sputnik» twice)."""
    others = art.get("also_in") or []
    if not others:
        return None
    out = Text("also in: ", style="dim", end="")
    for i, other in enumerate(others):
        if i:
            out.append(", ", style="dim")
        out.append(line(copy_label(other, art.get("source")), style="italic"))
        if other["date"]:
            out.append(f" ({other['date']})", style="dim")
    return out


def copy_label(other: dict, source: str | None) -> str:
    """An outlet's name for another copy of a story, or its address or file when the
    outlet is this article's own or unknown."""
    if other.get("source") and other["source"] != source:
        return other["source"]
    return other.get("url") or other.get("file") or other.get("title") or "(another copy)"
