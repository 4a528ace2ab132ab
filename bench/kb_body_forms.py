"""Every body of the knowledge base in every form text prints it: a sweep of
store/data/bodies.csv through the shapes bench/kb_extract_recall.py leaves out.

    python bench/kb_body_forms.py [--code CHECKOUT] [--rows N] [--json OUT] [--worst 30]

kb_extract_recall.py puts each row's full name, three variants and its one-word
abbreviations into template sentences. Articles print a body in more shapes than that, and
issue 15's test misses include bodies the table holds. Here, for every row (or a seeded
sample of N) and each of its names — `name_ru`, `name_kk`, every variant, every
abbreviation, every former name — the forms are (family in brackets):

- the Russian cases of the name's head phrase (`ru_case`), the Kazakh case endings on its
  last word (`kk_case`);
- an abbreviation alone in a Russian sentence (`abbr_ru`) and with a Kazakh ending after a
  hyphen in a Kazakh one, back and front vowels («КГД-ның», «ҚТЖ-ге», `abbr_end`); the
  abbreviation with its Kazakh letters typed as Russian ones and back («ҚТЖ»/«КТЖ»,
  `abbr_swap`);
- a quoted name with other quotes: "…", „…“, “…”, none (`quotes`);
- a company with its legal form moved, dropped or added: «АО «X»», «X» АҚ», «ТОО»,
  «ЖШС», and the quoted word its name ends in with the row's own legal form («Даму АҚ»,
  «АО «Даму»») (`legal`);
- a state body with «РК» / «Республики Казахстан» put after it, taken off or shortened,
  and in Kazakh «ҚР» / «Қазақстан Республикасының» before it (`rk`);
- the name broken over a line with a hyphen inside its longest word (`hyphen`).

Each form goes into one template of its case and language (kb_extract_recall's
TEMPLATES, chosen by the seed) and through the real `Extractor` of CHECKOUT; the verdict
is kb_extract_recall's: `ok` when an organization over the name is linked (or printed)
as the row. The precision guard (`--guard`) puts words that name no body in the same
templates, with the same wrappers (a Kazakh ending after an abbreviation of a thing,
«РК» after a common noun phrase, quotes around a common noun), and counts organizations
over them. Prints per family and per form, the rows missed most, and one summary line.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import kb_extract_recall as probe  # noqa: E402
import kb_query_forms as qforms  # noqa: E402

QUOTES = (("«", "»"), ('"', '"'), ("„", "“"), ("“", "”"), ("", ""))
KK_ENDINGS = (("gen", "-ның"), ("gen", "-нің"), ("dat", "-ға"), ("dat", "-ге"), ("loc", "-да"), ("ins", "-мен"))
# a Kazakh letter typed as the Russian letter on its key («ҚТЖ» → «КТЖ»), as a keyboard without
# Kazakh letters prints it
SWAP = str.maketrans("ҚҒҰҮӨҢӘІһ", "КГУУОНАИх")
LEGAL_RU = ("АО", "ТОО")
LEGAL_KK = ("АҚ", "ЖШС")
STATE_KINDS = {"ministry", "committee", "agency", "government", "parliament", "service", "department"}
# words that name no body, for the guard: (language, case) → phrases in that case
GUARD_PHRASES = {
    ("ru", "nom"): ("местный перевозчик", "новая объездная дорога", "водитель Серик Ахметов", "пограничный город"),
    ("ru", "gen"): (
        "местного перевозчика",
        "новой объездной дороги",
        "водителя Серика Ахметова",
        "пограничного города",
    ),
    ("ru", "dat"): ("местному перевозчику", "новой объездной дороге", "водителю Серику Ахметову"),
    ("ru", "ins"): ("местным перевозчиком", "новой объездной дорогой", "водителем Сериком Ахметовым"),
    ("ru", "prep"): ("местном перевозчике", "новой объездной дороге", "пограничном городе"),
    ("kk", "nom"): ("жергілікті тасымалдаушы", "жаңа айналма жол", "жүргізуші Серік Ахметов"),
    ("kk", "gen"): ("жергілікті тасымалдаушының", "жаңа айналма жолдың", "жүргізуші Серік Ахметовтің"),
    ("kk", "dat"): ("жергілікті тасымалдаушыға", "жаңа айналма жолға"),
    ("kk", "loc"): ("жергілікті тасымалдаушыда", "жаңа айналма жолда"),
    ("kk", "abl"): ("жергілікті тасымалдаушыдан", "жаңа айналма жолдан"),
    ("kk", "acc"): ("жергілікті тасымалдаушыны", "жаңа айналма жолды"),
    ("kk", "ins"): ("жергілікті тасымалдаушымен", "жаңа айналма жолмен"),
}
# abbreviations of things, not bodies: with Kazakh endings and alone
GUARD_ABBREVIATIONS = ("ДТП", "НДС", "ВВП", "ГСМ", "ҚҚС", "ЖҚС", "ЖЖМ", "СТО", "ЕНТ", "ЖКХ")


def _split(cell: str | None) -> list[str]:
    return [v.strip() for v in (cell or "").split("|") if v.strip() and "{" not in v]


def _lang(text: str) -> str:
    return "en" if text.isascii() else "kk" if set(text.lower()) & set("әғқңөұүһі") else "ru"


def read_rows(n: int | None, seed: int) -> list[dict]:
    with open(REPO / "store" / "data" / "bodies.csv", encoding="utf-8", newline="") as f:
        recs = [r for r in csv.DictReader(f) if "{" not in (r.get("name_ru") or "")]
    if n:
        recs = random.Random(f"{seed}:bodies").sample(recs, min(n, len(recs)))
    return recs


def _is_abbreviation(a: str) -> bool:
    return " " not in a and len(a) <= 8 and qforms.typed(a).isupper() and not a.isascii()


def _swap_quotes(text: str, pair: tuple[str, str]) -> str:
    return text.replace("«", pair[0]).replace("»", pair[1])


def _longest_word_hyphened(text: str) -> str | None:
    words = [m for m in re.finditer(r"[^\W\d_]{9,}", text)]
    if not words:
        return None
    w = max(words, key=lambda m: len(m.group()))
    cut = w.start() + len(w.group()) // 2
    return text[:cut] + "-\n" + text[cut:]


def row_forms(r: dict) -> list[tuple[str, str, str, str, str]]:
    """(family, form, case, language, text) of the row, each text once per case."""
    ru, kk = (r.get("name_ru") or "").strip(), (r.get("name_kk") or "").strip()
    variants, abbrs, former = _split(r["variants"]), _split(r["abbreviations"]), _split(r.get("former_names"))
    out: list[tuple[str, str, str, str, str]] = []
    names_ru = [n for n in [ru, *variants, *former] if n and _lang(n) == "ru" and not _is_abbreviation(n)]
    names_kk = [n for n in [kk, *variants, *former] if n and _lang(n) == "kk" and not _is_abbreviation(n)]
    for i, n in enumerate(names_ru):
        src = "name" if i == 0 else "alias"
        out.append(("ru_case", f"{src}_nom", "nom", "ru", n))
        for c in qforms.RU_CASES:
            t = probe.russian_case(n, c)
            if t:
                out.append(("ru_case", f"{src}_{c}", c, "ru", t))
    for i, n in enumerate(names_kk):
        src = "name" if i == 0 else "alias"
        out.append(("kk_case", f"{src}_nom", "nom", "kk", n))
        for c in ("gen", "dat", "acc", "loc", "abl", "ins"):
            t = qforms.kazakh_case(n, c)
            if t:
                out.append(("kk_case", f"{src}_{c}", c, "kk", t))
    for a in abbrs:
        if not _is_abbreviation(a):
            continue
        if _lang(a) == "ru":
            out += [("abbr_ru", f"abbr_{c}", c, "ru", a) for c in ("nom", "gen", "prep")]
        for c, end in KK_ENDINGS:
            out.append(("abbr_end", f"end{end}", c, "kk", a + end))
        swapped = a.translate(SWAP)
        if swapped != a and swapped not in abbrs:
            out.append(("abbr_swap", "swap_nom", "nom", "ru" if _lang(swapped) == "ru" else "kk", swapped))
            out.append(("abbr_swap", "swap-ның", "gen", "kk", swapped + "-ның"))
    for n, lang in [(x, "ru") for x in names_ru] + [(x, "kk") for x in names_kk]:
        if "«" not in n:
            continue
        for pair in QUOTES[1:]:
            label = "none" if not pair[0] else pair[0] + pair[1]
            out.append(("quotes", f"q{label}_nom", "nom", lang, _swap_quotes(n, pair)))
            t = probe.russian_case(n, "gen") if lang == "ru" else qforms.kazakh_case(n, "gen")
            if t:
                out.append(("quotes", f"q{label}_gen", "gen", lang, _swap_quotes(t, pair)))
    out += _legal_forms(r, ru, kk)
    out += _rk_forms(r, ru, kk)
    for n, lang in ((ru, "ru"), (kk, "kk")):
        h = _longest_word_hyphened(n) if n else None
        if h:
            out.append(("hyphen", f"hyphen_{lang}", "nom", lang, h))
    seen, unique = set(), []
    for f in out:
        if (f[2], f[3], f[4]) not in seen:
            seen.add((f[2], f[3], f[4]))
            unique.append(f)
    return unique


_LEGAL_HEAD = re.compile(r"^(АО|ТОО|АҚ|ЖШС|ОАО|ПАО|ООО|ГП|РГП)\s+")


def _legal_forms(r: dict, ru: str, kk: str) -> list[tuple[str, str, str, str, str]]:
    """A company's legal form before, after, other or none («АО «КТЖ»», «"КТЖ" АҚ»)."""
    if r["kind"] != "company":
        return []
    out = []
    for n, lang, forms_ in ((ru, "ru", LEGAL_RU), (kk, "kk", LEGAL_KK)):
        if not n:
            continue
        bare = _LEGAL_HEAD.sub("", n)
        quoted = bare if bare.startswith("«") else f"«{bare}»"
        out.append(("legal", f"legal_none_{lang}", "nom", lang, bare))
        for lf in forms_:
            out.append(("legal", f"legal_before_{lang}", "nom", lang, f"{lf} {quoted}"))
            out.append(("legal", f"legal_after_{lang}", "nom", lang, f"{quoted} {lf}"))
        inner = re.findall(r"«([^«»]+)»", n)
        own = re.match(r"^(АО|ТОО)\s", n) if lang == "ru" else re.search(r"\s(АҚ|ЖШС)$", n)
        if own and inner and inner[-1].strip() != bare.strip("«»"):
            q, lf = inner[-1].strip(), own.group(1)
            shorts = [f"{lf} «{q}»", f"{lf} {q}"] if lang == "ru" else [f"«{q}» {lf}", f"{q} {lf}"]
            out += [("legal", f"legal_short_{lang}", "nom", lang, t) for t in shorts]
        if lang == "ru":
            t = probe.russian_case(f"АО {quoted}", "gen")
            if t:
                out.append(("legal", "legal_before_ru_gen", "gen", "ru", t))
        else:
            out.append(("legal", "legal_after_kk_gen", "gen", "kk", f"{quoted} АҚ-ның"))
    return out


def _rk_forms(r: dict, ru: str, kk: str) -> list[tuple[str, str, str, str, str]]:
    """A state body of Kazakhstan with the state's name after it, shortened or dropped."""
    if r["kind"] not in STATE_KINDS or r.get("country") != "Казахстан":
        return []
    out = []
    if ru:
        full = " Республики Казахстан"
        base = ru.replace(full, "").strip() if full in ru else ru
        for label, name in (("rk_short", f"{base} РК"), ("rk_full", f"{base}{full}"), ("rk_none", base)):
            if name == ru:
                continue
            out.append(("rk", f"{label}_nom", "nom", "ru", name))
            for c in ("gen", "prep"):
                head = probe.russian_case(base, c)
                if head:
                    tail = name[len(base) :]
                    out.append(("rk", f"{label}_{c}", c, "ru", head + tail))
    if kk:
        full = "Қазақстан Республикасының "
        base = kk[len(full) :] if kk.startswith(full) else kk
        if "Қазақстан Республикасы" in base:
            return out  # the state is inside the name («… Қазақстан Республикасы Ішкі істер министрлігінің …»)
        for label, name in (("rk_kk_short", f"ҚР {base}"), ("rk_kk_full", f"{full}{base}"), ("rk_kk_none", base)):
            if name == kk:
                continue
            out.append(("rk", f"{label}_nom", "nom", "kk", name))
            t = qforms.kazakh_case(name, "gen")
            if t:
                out.append(("rk", f"{label}_gen", "gen", "kk", t))
    return out


class _Row:
    """What kb_extract_recall.judge reads of a row."""

    def __init__(self, r: dict):
        self.id = r["id"]
        self.kind = r["kind"]
        self.entity_type = "organization"
        self.country = r.get("country") or ""


def _states() -> dict[str, tuple[str, str]]:
    with open(REPO / "store" / "data" / "countries.csv", encoding="utf-8", newline="") as f:
        return {r["name_ru"]: (r["name_ru"], r["name_kk"]) for r in csv.DictReader(f)}


def _context(row: _Row, lang: str, states: dict[str, tuple[str, str]]) -> str:
    """The template's paragraph; a foreign state's body gets its state named in it, as the
    press names it around the body (bare foreign initials on a page naming no state of
    theirs are left alone by design: linking._stray_foreign_abbreviations)."""
    ctx = probe.CONTEXT[lang]
    if row.country in states and row.country != "Казахстан":
        ru, kk = states[row.country]
        ctx += {"ru": f" Соседняя страна — {ru}.", "kk": f" Көрші ел — {kk}.", "en": ""}[lang]
    return ctx


def make_cases(recs: list[dict], seed: int) -> list[tuple[str, probe.Case]]:
    out = []
    states = _states()
    for r in recs:
        row = _Row(r)
        rng = random.Random(f"{seed}:{row.id}")
        for family, form, case, lang, text in row_forms(r):
            templates = probe.TEMPLATES.get((case, lang), ())
            if not templates:
                continue
            position, title, body = templates[rng.randrange(len(templates))]
            ctx = _context(row, lang, states)
            body = f"{ctx}\n\n{body}" if position == "last" else f"{body}\n\n{ctx}"
            out.append((family, probe._case(row, form, position, f"{lang} {case}", title, body, text)))
    return out


def guard_cases(seed: int) -> list[tuple[str, probe.Case]]:
    """The templates with words that name no body, wrapped as the sweep wraps names."""
    row = _Row({"id": "-", "kind": "guard"})
    out = []
    for (lang, case), phrases in GUARD_PHRASES.items():
        for p in phrases:
            texts = [p]
            if lang == "ru":
                texts += [f"{p} РК", f"«{p}»"]
            else:
                texts += [f"ҚР {p}"]
            for t in texts:
                for i, (position, title, body) in enumerate(probe.TEMPLATES.get((case, lang), ())):
                    body = (
                        f"{probe.CONTEXT[lang]}\n\n{body}" if position == "last" else f"{body}\n\n{probe.CONTEXT[lang]}"
                    )
                    out.append(("guard", probe._case(row, "guard", position, f"{lang} {case} {i}", title, body, t)))
    for a in GUARD_ABBREVIATIONS:
        for c, end in KK_ENDINGS:
            for i, (position, title, body) in enumerate(probe.TEMPLATES.get((c, "kk"), ())):
                body = f"{probe.CONTEXT['kk']}\n\n{body}" if position == "last" else f"{body}\n\n{probe.CONTEXT['kk']}"
                out.append(("guard", probe._case(row, "guard", position, f"kk {c} {i}", title, body, a + end)))
    return out


def _sea_ports() -> set[str]:
    """The port rows one of whose names is «(Морской) порт X» or «X (теңіз) порты»."""
    by_place = re.compile(r"^(?:[Мм]орской )?[Пп]орт \w+$|^\w+ (?:теңіз )?порты$")
    return {
        r["id"]
        for r in read_rows(0, 0)
        if r["kind"] == "port" and any(by_place.match(n) for n in [r["name_ru"], r["name_kk"], *_split(r["variants"])])
    }


def by_design(row_id: str, form: str, text: str) -> bool:
    """A miss the project chose (counted apart as `design`): a border cooperation centre
    whose name is its text's only name of the crossing is the crossing
    (store/extract/passes/centres_as_posts.py), and letters shorter than three or listed as
    ambiguous are no form of any row (kb._AMBIGUOUS_ABBREVIATIONS), with an ending or not;
    a sea port printed as «порт X» / «X порты» is where ships call, not a body."""
    from store.lang import kb

    if row_id == "mcps-khorgos":
        return True
    if row_id in _sea_ports() and "сух" not in text.lower() and re.search(r"(?i)\bпорт|порты|портын", text):
        return True  # a sea port printed as the port of its place is the place (linking._a_port_by_its_place)
    letters = re.split(r"[-'’]", text)[0]
    if form.startswith(("abbr_", "end-", "swap")) and (len(letters) < 3 or letters in kb._AMBIGUOUS_ABBREVIATIONS):
        return True
    return False


def run(cases: list[tuple[str, probe.Case]]) -> list[dict]:
    from store.extract.extractor import Extractor
    from store.lang import kb
    from store.lang.identity import key
    from store.model import Article

    ex = Extractor()
    names = probe.listed_names(kb, key)
    done = []
    for family, c in cases:
        art = Article(file="probe.txt", path="probe.txt", title=c.title, body=c.body, raw=c.body)
        mentions = ex.extract(art).mentions
        over = [m for m in mentions if m.field == c.field and m.start < c.end and c.start < m.end]
        if family == "guard":
            verdict = "wrong" if any(m.type == "organization" for m in over) else "ok"
        else:
            verdict, _ = probe.judge(c, mentions, kb, names, key)
            if verdict != "ok" and by_design(
                c.row.id, c.form, (c.title if c.field == "title" else c.body)[c.start : c.end]
            ):
                verdict = "design"
        done.append(
            {
                "family": family,
                "row": c.row.id,
                "form": c.form,
                "template": c.template,
                "text": (c.title if c.field == "title" else c.body)[c.start : c.end],
                "verdict": verdict,
                "found": [f"{m.type[:3]}:{m.name}:{m.ref}" for m in over],
            }
        )
    return done


VERDICTS = (*probe.VERDICTS, "design")


def table(done: list[dict], key: str) -> list[str]:
    groups: dict[str, Counter] = defaultdict(Counter)
    for d in done:
        groups[d[key]][d["verdict"]] += 1
    lines = [f"{key:<22} {'n':>5} " + " ".join(f"{v:>6}" for v in VERDICTS) + f" {'share':>6}"]
    for name, c in sorted(groups.items(), key=lambda kv: kv[1]["ok"] / sum(kv[1].values())):
        n = sum(c.values())
        lines.append(f"{name:<22} {n:>5} " + " ".join(f"{c[v]:>6}" for v in VERDICTS) + f" {c['ok'] / n:>6.3f}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", default=str(REPO))
    ap.add_argument("--seed", type=int, default=86)
    ap.add_argument("--rows", type=int, default=0, help="rows sampled (0: every row)")
    ap.add_argument("--families", help="comma-separated families to run (default all)")
    ap.add_argument("--json")
    ap.add_argument("--worst", type=int, default=30)
    args = ap.parse_args()
    code = Path(args.code).resolve()
    sys.path.insert(0, str(code))
    recs = read_rows(args.rows, args.seed)
    cases = make_cases(recs, args.seed)
    if args.families:
        keep = set(args.families.split(","))
        cases = [c for c in cases if c[0] in keep]
    t0 = time.process_time()
    done = run(cases)
    guard = run(guard_cases(args.seed))
    cpu = time.process_time() - t0
    if args.json:
        Path(args.json).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in done + guard), "utf-8")
    print("\n".join(table(done, "family")))
    print()
    print("\n".join(table(done, "form")))
    print()
    by_row: dict[str, list[dict]] = defaultdict(list)
    for d in done:
        if d["verdict"] not in ("ok", "design"):
            by_row[d["row"]].append(d)
    for row, items in sorted(by_row.items(), key=lambda kv: -len(kv[1]))[: args.worst]:
        print(f"{row}: {len(items)} missed")
        for d in items[:4]:
            print(f"    {d['form']:<18} {d['verdict']:<5} {d['text']!r} → {d['found']}")
    for d in guard:
        if d["verdict"] != "ok":
            print(f"  guard: {d['template']} {d['text']!r} → {d['found']}")
    ok = sum(d["verdict"] == "ok" for d in done)
    design = sum(d["verdict"] == "design" for d in done)
    rows_all = {d["row"] for d in done}
    rows_ok = rows_all - set(by_row)
    wrong = sum(d["verdict"] == "wrong" for d in guard)
    print(
        f"{code} rows {len(recs)} × forms: found {ok}/{len(done)} {ok / max(1, len(done)):.3f} "
        f"({design} missed by design); "
        f"rows with every form found {len(rows_ok)}/{len(rows_all)}; guard: organizations over "
        f"non-body words {wrong}/{len(guard)}; CPU {cpu:.0f} s"
    )


if __name__ == "__main__":
    main()
