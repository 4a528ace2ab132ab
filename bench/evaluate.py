#!/usr/bin/env python3
"""Extraction and search quality in one command, on every evaluation set.

    python bench/evaluate.py [--splits dev,test,seeds,factru] [--jobs N] [--keep DIR]
                             [--json] [-v] [--eval-dir DIR] [--shared DIR] [--scorer PATH]

For each set: a fresh store is built by the project's own command line (`borderdocs
ingest`, the whole pipeline, in a child process), exported (`export --format json`),
scored against the set's reference by the shared scorer (score.py, loaded with importlib,
never copied), and the set's queries are run through the real search (`search --batch
--json`). Printed per set: metadata, per-type entity P/R/F1, checkpoint kind and border
accuracy, directives found, search recall@1/@5 with the misses, and the time taken. The
last line is `dev_f1=… test_f1=… test_checkpoint_recall=… test_query_r5=… factru_f1=…`.

Sets: `dev` and `test` read <eval-dir>/corpus/SPLIT, <eval-dir>/gold/SPLIT.json and
<eval-dir>/queries/SPLIT.tsv (eval-dir defaults to <repo>/eval); `seeds` reads
<repo>/sample_data with the shared seeds_gold.json and queries_public.tsv; `factru` the
shared factru/texts with factru_gold.json (no queries). Rules may be written against dev,
never against test (bench/README.md).

Every child process gets `Options.pipeline_env` on top of the environment: the switch
through which a later ablation ("extraction with pass X disabled") reaches the ingest
workers without this harness changing shape.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import csv
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))
from error_shapes import error_shapes, format_shapes  # noqa: E402 - a sibling module of this script
from fact_agreement import fact_agreement, format_facts  # noqa: E402 - a sibling module of this script
from matching import one_to_one, tally  # noqa: E402 - a sibling module of this script

REPO = Path(__file__).resolve().parent.parent
ALL_SETS = ("dev", "test", "seeds", "factru")
# Sets scored and never read: their report gives figures only. A missed query, an article's
# disagreements or a rejected file's name would show a reader what to write a rule for, and a
# rule written from them makes the set's figures flatter the code, so they are not printed.
HELD_OUT = frozenset({"test"})
ENTITY_TYPES = ("person", "organization", "location", "checkpoint")
RECALL_KS = (1, 5)
SEARCH_LIMIT = 10  # results fetched per query: enough to show where a miss at 5 ranks
MIN_GROUP = 3  # articles a class needs before its figures are shown: fewer would name pages
MIXED_PARTS = {"road", "rail"}  # a mixed crossing is both: either part counts as its kind


@dataclass
class SetSpec:
    """Where one evaluation set's articles, reference and queries live."""

    name: str
    corpus: Path
    gold: Path
    queries: Path | None = None


@dataclass
class Options:
    """How the pipeline is run; `pipeline_env` is added to every child's environment."""

    jobs: int | None = None
    keep: Path | None = None
    verbose: bool = False
    pipeline_env: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Query:
    """One line of a queries file: what a user types and the names that must come back."""

    text: str
    expected: tuple[str, ...]
    type: str = ""
    note: str = ""


# ------------------------------------------------------------------ locating things


def find_shared(start: Path = REPO) -> Path | None:
    """The shared evaluation folder: `<repo>/../shared/eval` in the main checkout; a worktree
    nested deeper finds it in a further ancestor."""
    for parent in start.parents:
        candidate = parent / "shared" / "eval"
        if candidate.is_dir():
            return candidate
    return None


def load_scorer(path: Path) -> ModuleType | None:
    """The shared score.py as a module, or None when it is not there."""
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("borderdocs_shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def set_specs(eval_dir: Path, shared: Path | None) -> dict[str, SetSpec]:
    """Every set the harness knows, whether or not its files exist."""
    shared = shared or Path("/nonexistent/shared/eval")
    specs = {
        split: SetSpec(
            split,
            eval_dir / "corpus" / split,
            eval_dir / "gold" / f"{split}.json",
            eval_dir / "queries" / f"{split}.tsv",
        )
        for split in ("dev", "test")
    }
    specs["seeds"] = SetSpec("seeds", REPO / "sample_data", shared / "seeds_gold.json", shared / "queries_public.tsv")
    specs["factru"] = SetSpec("factru", shared / "factru" / "texts", shared / "factru" / "factru_gold.json")
    return specs


def missing_material(spec: SetSpec) -> str | None:
    """Why a set cannot run (its corpus or reference is absent), else None."""
    if not spec.corpus.is_dir():
        return f"no corpus at {spec.corpus}"
    if not spec.gold.is_file():
        return f"no reference at {spec.gold}"
    return None


# ------------------------------------------------------------------ the pipeline, by its CLI


class PipelineError(RuntimeError):
    """A borderdocs command could not run: the set is reported as failed, the others go on."""


def run_cli(args: list[str], opts: Options) -> subprocess.CompletedProcess:
    """`borderdocs ARGS` from this checkout (not whatever is installed), as a child process."""
    env = {**os.environ, **opts.pipeline_env}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    proc = subprocess.run([sys.executable, "-m", "store.cli", *args], cwd=REPO, env=env, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        last = (proc.stderr.strip().splitlines() or ["no message"])[-1]
        raise PipelineError(f"borderdocs {args[0]} exited {proc.returncode}: {last}")
    return proc


def build_store(corpus: Path, db: Path, opts: Options) -> list[str]:
    """Ingest the corpus into a fresh store; returns the `rejected: FILE: reason` lines."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    args = ["ingest", str(corpus), "--db", str(db), "--quiet"]
    if opts.jobs:
        args += ["--jobs", str(opts.jobs)]
    proc = run_cli(args, opts)
    return [line for line in proc.stderr.splitlines() if line.startswith("rejected:")]


def export_store(db: Path, out: Path, opts: Options) -> dict:
    run_cli(["export", "--db", str(db), "--format", "json", "--output", str(out)], opts)
    return json.loads(out.read_text(encoding="utf-8"))


def run_queries(db: Path, queries: list[Query], workdir: Path, opts: Options) -> list[list[dict]]:
    """Each query's result list, in the order given, from `search --batch --json`."""
    batch = workdir / "queries.txt"
    batch.write_text("".join(q.text + "\n" for q in queries), encoding="utf-8")
    proc = run_cli(["search", "--db", str(db), "--batch", str(batch), "--json", "--limit", str(SEARCH_LIMIT)], opts)
    (workdir / "search.jsonl").write_text(proc.stdout, encoding="utf-8")
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    if [line["query"] for line in lines] != [q.text for q in queries]:
        raise PipelineError("search --batch answered other queries than it was given")
    return [line["results"] for line in lines]


# ------------------------------------------------------------------ queries


def read_queries(path: Path) -> tuple[list[Query], list[str]]:
    """Queries from a TSV (`query expected type note`, a header line, `|` between accepted
    names); a line without an expected name is reported, not used."""
    queries, problems = [], []
    with open(path, encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not row or not "".join(row).strip() or row[0].startswith("#"):
                continue
            if n == 1 and row[0].strip().lower() == "query":
                continue
            text = row[0].strip()
            expected = tuple(x.strip() for x in (row[1] if len(row) > 1 else "").split("|") if x.strip())
            if not text or not expected:
                problems.append(f"{path.name}:{n}: needs a query and an expected name")
                continue
            cells = [c.strip() for c in row[2:4]] + ["", ""]
            queries.append(Query(text, expected, cells[0], cells[1]))
    return queries, problems


def fold_name(name: str) -> str:
    """A name compared case- and ё-insensitively, spaces collapsed."""
    s = unicodedata.normalize("NFC", name or "").lower().replace("ё", "е")
    return " ".join(s.split())


def expected_rank(results: list[dict], expected: tuple[str, ...]) -> int | None:
    """1-based rank, in the whole result list, of the first entity result named as expected."""
    wanted = {fold_name(x) for x in expected}
    for rank, r in enumerate(results, 1):
        if r.get("kind") == "entity" and fold_name(str(r.get("name", ""))) in wanted:
            return rank
    return None


def search_recall(queries: list[Query], results: list[list[dict]], ks=RECALL_KS) -> dict:
    """recall@k for each k, and the queries missed at the largest k (with what came first)."""
    ranks = [expected_rank(res, q.expected) for q, res in zip(queries, results, strict=False)]
    out = {"n": len(queries)}
    for k in ks:
        hits = sum(1 for r in ranks if r is not None and r <= k)
        out[f"hits@{k}"] = hits
        out[f"recall@{k}"] = round(hits / len(queries), 3) if queries else None
    kmax = max(ks)
    out["misses"] = [
        {
            "query": q.text,
            "expected": "|".join(q.expected),
            "rank": r,
            "first": f"{res[0].get('name')} ({res[0].get('type')})" if res else "no results",
        }
        for q, res, r in zip(queries, results, ranks, strict=False)
        if r is None or r > kmax
    ]
    out["miss_kinds"] = miss_kinds(queries, ranks, kmax)
    out["ranks"] = ranks
    return out


def miss_kinds(
    queries: list[Query],
    ranks: list[int | None],
    kmax: int,
    db: Path | None = None,
    results: list[list[dict]] | None = None,
) -> dict[str, int]:
    """The misses counted by the expected entity's type, how they missed and, given the store,
    whether it holds the entity by that name ("checkpoint not returned, not stored": 1): what a
    held-out set may show of its misses, since it names no query. Given the `results` too, a
    name stored only as an alias says whether its entity was among the first `kmax` results
    under its own name (the search found it; the name compared differs)."""
    tally: collections.Counter[str] = collections.Counter()
    for i, (q, r) in enumerate(zip(queries, ranks, strict=False)):
        if r is None or r > kmax:
            how = f"ranked below {kmax}" if r else "not returned"
            shown = _entity_ids(results[i][:kmax]) if results is not None and i < len(results) else set()
            where = f", {stored_as(db, q.expected, shown)}" if db is not None and db.is_file() else ""
            tally[f"{q.type or 'untyped'} {how}{where}"] += 1
    return dict(sorted(tally.items()))


# ------------------------------------------------------------------ checkpoints


def gold_checkpoint_names(g: dict) -> list[str]:
    """Every name a reference checkpoint may go by (the scorer's own rule)."""
    return list(dict.fromkeys(n for n in [g.get("name"), g.get("canonical"), *g.get("aliases", [])] if n))


def match_checkpoints(exported: list[dict], gold: list[dict], same) -> list[tuple[dict, dict]]:
    """Greedy one-to-one pairs (exported, reference) whose names the scorer's same() accepts."""
    free, pairs = list(gold), []
    for cp in exported:
        hit = next(
            (g for g in free if any(same(cp.get("name") or "", n, "checkpoint") for n in gold_checkpoint_names(g))),
            None,
        )
        if hit is not None:
            free.remove(hit)
            pairs.append((cp, hit))
    return pairs


def kind_agrees(pred: str | None, gold: str | None) -> str | None:
    """'exact', 'mixed' (a mixed crossing against its road or rail part: counted right), or None."""
    if not pred or not gold:
        return None
    if pred == gold:
        return "exact"
    if {pred, gold} & {"mixed"} and {pred, gold} - {"mixed"} <= MIXED_PARTS:
        return "mixed"
    return None


def checkpoint_agreement(exported: dict, gold_articles: dict, scorer) -> dict:
    """Kind and border accuracy over the checkpoints matched to the reference, per article."""
    out = {
        "gold": 0,
        "matched": 0,
        "kind_n": 0,
        "kind_ok": 0,
        "kind_exact": 0,
        "border_n": 0,
        "border_ok": 0,
        "kind_confusion": collections.Counter(),
        "errors": {},
    }
    for fname, g in gold_articles.items():
        gold = g.get("checkpoints") or []
        out["gold"] += len(gold)
        article = exported.get(fname)
        if article is None or not gold:
            continue
        for cp, ref in match_checkpoints(article.get("checkpoints") or [], gold, scorer.same):
            out["matched"] += 1
            _compare_kind(cp, ref, out, fname)
            _compare_border(cp, ref, out, fname, scorer.canon)
    return out


def _compare_kind(cp: dict, ref: dict, out: dict, fname: str) -> None:
    if not ref.get("kind"):
        return
    out["kind_n"] += 1
    verdict = kind_agrees(cp.get("kind"), ref["kind"])
    out["kind_ok"] += verdict is not None
    out["kind_exact"] += verdict == "exact"
    if verdict is None:
        out["kind_confusion"][f"{cp.get('kind') or 'none'} for {ref['kind']}"] += 1
        out["errors"].setdefault(fname, []).append(
            f"checkpoint {cp.get('name')}: kind {cp.get('kind')!r} (want {ref['kind']!r})"
        )


def _compare_border(cp: dict, ref: dict, out: dict, fname: str, canon) -> None:
    if not ref.get("border"):
        return
    out["border_n"] += 1
    if cp.get("border") and canon(cp["border"]) == canon(ref["border"]):
        out["border_ok"] += 1
    else:
        out["errors"].setdefault(fname, []).append(
            f"checkpoint {cp.get('name')}: border {cp.get('border')!r} (want {ref['border']!r})"
        )


# ------------------------------------------------------------------ directives

_WORD = re.compile(r"[^\W\d_]+")
_FUNCTION_WORDS = {
    "также",
    "чтобы",
    "этого",
    "этом",
    "этой",
    "всех",
    "всего",
    "было",
    "быть",
    "который",
    "которые",
    "которых",
    "более",
    "менее",
    "между",
    "своих",
    "свои",
    "своей",
    "после",
    "через",
    "рамках",
    "вопрос",
    "вопросы",
    "работу",
    "работы",
}
STEM = 5  # words compared by their first letters, so «ревизию» meets «ревизии»


def what_stems(text: str | None) -> set[str]:
    """The content words of a directive's `what`, as stems: words of 4+ letters, a few
    function words and the commonest bureaucratic fillers left out."""
    words = _WORD.findall(unicodedata.normalize("NFC", text or "").lower().replace("ё", "е"))
    return {w[:STEM] for w in words if len(w) >= 4 and w not in _FUNCTION_WORDS}


def directive_matches(pred: dict, gold: dict, same) -> int:
    """How many `what` stems the two share when the exported `by` is the reference's person
    (scorer's same(), person rule); 0 when they do not match."""
    if not pred.get("by") or not gold.get("by") or not same(pred["by"], gold["by"], "person"):
        return 0
    return len(what_stems(pred.get("what")) & what_stems(gold.get("what")))


def match_directives(exported: list[dict], gold: list[dict], same) -> tuple[int, int]:
    """(reference directives found, exported directives matching no reference directive).
    Found is one-to-one: each reference takes the free exported directive sharing most words."""
    return one_to_one(exported, gold, lambda pred, ref: directive_matches(pred, ref, same))


def directive_agreement(exported: dict, gold_articles: dict, scorer) -> dict:
    """Directive counts over the articles whose reference lists directives (even none)."""
    out = {"gold": 0, "found": 0, "exported": 0, "unmatched": 0, "articles": 0, "errors": {}}
    for fname, g in gold_articles.items():
        if "directives" not in g or fname not in exported:
            continue
        gold, pred = g["directives"] or [], exported[fname].get("directives") or []
        found, unmatched = match_directives(pred, gold, scorer.same)
        out["articles"] += 1
        out["gold"] += len(gold)
        tally(out, fname, "directives", found, len(gold), len(pred), unmatched)
    return out


# ------------------------------------------------------------------ one set


def evaluate_set(spec: SetSpec, scorer, opts: Options) -> dict:
    """Build, export, score and search one set; every figure and timing in one dict."""
    workdir = _workdir(spec.name, opts)
    timings, started = {}, time.perf_counter()
    t = time.perf_counter()
    rejected = build_store(spec.corpus, workdir / "store.db", opts)
    timings["ingest"] = time.perf_counter() - t
    t = time.perf_counter()
    export = export_store(workdir / "store.db", workdir / "export.json", opts)
    timings["export"] = time.perf_counter() - t
    result = score_export(export, load_gold(spec.gold), scorer)
    result.update(name=spec.name, corpus=str(spec.corpus), rejected=rejected)
    t = time.perf_counter()
    result["search"] = _search(spec, workdir, opts)
    timings["search"] = time.perf_counter() - t
    timings["total"] = time.perf_counter() - started
    result["seconds"] = {k: round(v, 1) for k, v in timings.items()}
    if opts.keep is None:
        shutil.rmtree(workdir, ignore_errors=True)
    return result


def _workdir(name: str, opts: Options) -> Path:
    if opts.keep is None:
        return Path(tempfile.mkdtemp(prefix=f"borderdocs-eval-{name}-"))
    path = opts.keep / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def _search(spec: SetSpec, workdir: Path, opts: Options) -> dict | None:
    if spec.queries is None or not spec.queries.is_file():
        return None
    queries, problems = read_queries(spec.queries)
    results = run_queries(workdir / "store.db", queries, workdir, opts) if queries else []
    recall = search_recall(queries, results)
    recall["miss_kinds"] = miss_kinds(queries, recall.pop("ranks"), max(RECALL_KS), workdir / "store.db", results)
    return {**recall, "problems": problems}


def stored_as(db: Path, expected: tuple[str, ...], returned: set[int] | frozenset[int] = frozenset()) -> str:
    """Where a missed query's entity is in the store: an entity by that name, only an alias of
    an entity named otherwise, or nowhere; and when one holding the alias is among the
    `returned` entity ids, that the search returned it under its own name."""
    import sqlite3

    wanted = {fold_name(x) for x in expected}
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
        names = {fold_name(n) for (n,) in con.execute("SELECT name FROM entities")}
        if names & wanted:
            return "stored by that name"
        holders = {
            eid for eid, alias in con.execute("SELECT entity_id, alias FROM aliases") if fold_name(alias) in wanted
        }
    if not holders:
        return "not stored"
    if holders & set(returned):
        return "stored as an alias only, its entity returned under its own name"
    return "stored as an alias only"


def _entity_ids(results: list[dict]) -> set[int]:
    """The ids of the entity results of a list."""
    return {r["id"] for r in results if r.get("kind") == "entity" and isinstance(r.get("id"), int)}


def load_gold(path: Path) -> dict:
    """A reference file, checked for the one thing every figure needs: an `articles` mapping."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(gold, dict) or not isinstance(gold.get("articles"), dict):
        raise ValueError(f"{path}: no 'articles' mapping of file name to reference")
    return gold


def score_export(export: dict, gold: dict, scorer) -> dict:
    """The scorer's figures plus the harness's own checkpoint and directive agreement.
    A reference entry of the wrong shape is a ValueError naming the file, not a traceback."""
    try:
        return _score_export(export, gold, scorer)
    except (KeyError, TypeError, AttributeError) as e:
        raise ValueError(f"the reference is not in the scorer's format ({type(e).__name__}: {e})") from e


def _score_export(export: dict, gold: dict, scorer) -> dict:
    scored = scorer.score(gold, export)
    by_file = {a.get("file") or (a.get("path") or "").rsplit("/", 1)[-1]: a for a in export.get("articles", [])}
    gold_articles = gold.get("articles", {})
    return {
        "scored": scored,
        "exported": len(by_file),
        "not_in_gold": sorted(set(by_file) - set(gold_articles)),
        "checkpoints": checkpoint_agreement(by_file, gold_articles, scorer),
        "directives": directive_agreement(by_file, gold_articles, scorer),
        "groups": group_figures(export, gold, scorer),
        "shapes": error_shapes(export, gold, scorer, ENTITY_TYPES),
        "facts": fact_agreement(by_file, gold_articles, match_checkpoints, scorer.same, what_stems),
    }


def article_groups(name: str, ref: dict) -> tuple[str, ...]:
    """The classes one reference article falls in: its language and its file's format.
    They say where a set's errors sit (Kazakh pages, saved HTML) without naming one page."""
    suffix = Path(name.partition(":")[0]).suffix.lower().lstrip(".") or "none"
    return (f"lang {ref.get('language') or '?'}", f"format {suffix}")


def group_figures(export: dict, gold: dict, scorer) -> dict[str, dict]:
    """Entity tp/fp/fn per type for each class of articles (article_groups), each class scored
    alone by the same scorer; totals only, so a held-out set can show them too."""
    members: dict[str, set[str]] = collections.defaultdict(set)
    for name, ref in gold.get("articles", {}).items():
        for group in article_groups(name, ref):
            members[group].add(name)
    out = {}
    for group, names in sorted(members.items()):
        if len(names) < MIN_GROUP:
            continue
        part = {**gold, "articles": {n: gold["articles"][n] for n in names}}
        arts = [a for a in export.get("articles", []) if _file_key(a) in names]
        scored = scorer.score(part, {**export, "articles": arts})
        out[group] = {"articles": len(names), **{t: scored["per_type"][t] for t in ENTITY_TYPES}}
        out[group]["micro"] = scored["micro"]
    return out


def _file_key(article: dict) -> str:
    return article.get("file") or (article.get("path") or "").rsplit("/", 1)[-1]


# ------------------------------------------------------------------ printing


def _ratio(ok: int, n: int) -> str:
    return f"{ok}/{n}" if n else "—"


def _fig(x) -> str:
    return "na" if x is None else f"{x:.3f}"


def format_set(r: dict, verbose: bool = False) -> list[str]:
    """A set's compact report: metadata, entities, checkpoints, directives, search, time.
    A held-out set's report holds its figures only (see HELD_OUT), whatever --verbose says."""
    if r["name"] not in HELD_OUT:
        return _format_report(r, verbose)
    misses = len((r["search"] or {}).get("misses", []))
    return _format_report(r, verbose=False, held=True) + [
        f"   held out: {misses} missed queries, {len(r['scored']['missing'])} articles not stored, "
        f"{len(r['rejected'])} files rejected; none listed (a held-out set is scored, never read)"
    ]


def _format_report(r: dict, verbose: bool, held: bool = False) -> list[str]:
    s, secs = r["scored"], r["seconds"]
    lines = [
        f"== {r['name']}: {s['articles'] - len(s['missing'])}/{s['articles']} reference articles stored "
        f"({r['exported']} exported, {len(r['rejected'])} rejected) from {r['corpus']}",
        f"   time {secs['total']:.1f} s (ingest {secs['ingest']:.1f}, export {secs['export']:.1f}, "
        f"search {secs.get('search', 0):.1f})",
        "   metadata  "
        + "  ".join(f"{k} {_ratio(s[k], s[k + '_n'])}" for k in ("title", "date", "source", "language"))
        + f"  body {_ratio(s['body_ok'], s['body_checks'])}  leaks {len(s['leaks'])}",
        f"   {'entities':<13}{'P':>6}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>5}{'fn':>5}",
    ]
    for t in ENTITY_TYPES:
        v = s["per_type"][t]
        if not v["tp"] + v["fp"] + v["fn"]:
            lines.append(f"   {t:<13}{'—':>6}{'—':>7}{'—':>7}{0:>6}{0:>5}{0:>5}")
            continue
        lines.append(
            f"   {t:<13}{v['precision']:>6.3f}{v['recall']:>7.3f}{v['f1']:>7.3f}{v['tp']:>6}{v['fp']:>5}{v['fn']:>5}"
        )
    m = s["micro"]
    lines.append(f"   {'micro':<13}{m['precision']:>6.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}")
    lines += _format_checkpoints(r["checkpoints"], s["per_type"]["checkpoint"])
    lines += _format_directives(r["directives"])
    lines += format_facts(r.get("facts") or {})
    lines += _format_groups(r.get("groups") or {})
    lines += format_shapes(r.get("shapes") or {})
    lines += _format_search(r["search"], list_misses=not held)
    if not held:
        lines += _format_problems(r, verbose)
    if verbose:
        lines += _format_errors(r)
    return lines


def _format_checkpoints(c: dict, scored: dict) -> list[str]:
    if not c["gold"]:
        return ["   checkpoints  no reference checkpoints"]
    return [
        f"   checkpoints  R {scored['recall']:.3f}  P {scored['precision']:.3f}  "
        f"{c['matched']}/{c['gold']} matched with attributes: kind {_ratio(c['kind_ok'], c['kind_n'])} "
        f"({c['kind_exact']} exact)  border {_ratio(c['border_ok'], c['border_n'])}"
    ] + _format_kind_confusion(c.get("kind_confusion") or {})


def _format_kind_confusion(confusion: dict[str, int]) -> list[str]:
    """The wrong kinds as counts of «given for wanted» pairs: a held-out set's confusion matrix
    names no post, and says whether its kind errors are one mistake or several."""
    if not confusion:
        return []
    pairs = ", ".join(f"{k} {n}" for k, n in sorted(confusion.items(), key=lambda kv: (-kv[1], kv[0])))
    return [f"   kinds wrong  {pairs}"]


def _format_groups(groups: dict[str, dict]) -> list[str]:
    """One line per class of articles when a set has more than one: micro F1, then tp/fp/fn
    of each entity type, so a reader sees which pages hold the errors."""
    if len({g.split()[0] for g in groups}) == len(groups):
        return []
    lines = []
    for group, g in groups.items():
        if sum(1 for other in groups if other.split()[0] == group.split()[0]) < 2:
            continue
        per = "  ".join(f"{t[:3]} {g[t]['tp']}/{g[t]['fp']}/{g[t]['fn']}" for t in ENTITY_TYPES)
        lines.append(f"   {group:<13}{g['articles']:>3} art  F1 {g['micro']['f1']:.3f}  {per}")
    return lines


def _format_directives(d: dict) -> list[str]:
    if not d["articles"]:
        return ["   directives   no reference"]
    return [
        f"   directives   found {d['found']}/{d['gold']}  exported {d['exported']}, "
        f"{d['unmatched']} match no reference directive; counted over {d['articles']} reference articles"
    ]


def _format_search(q: dict | None, list_misses: bool = True) -> list[str]:
    if q is None:
        return ["   search       no queries"]
    lines = [
        "   search       " + "  ".join(f"r@{k} {q[f'hits@{k}']}/{q['n']} {_fig(q[f'recall@{k}'])}" for k in RECALL_KS)
    ]
    if q.get("miss_kinds"):
        lines.append("     misses by kind: " + "; ".join(f"{k}: {n}" for k, n in q["miss_kinds"].items()))
    for miss in q["misses"] if list_misses else []:
        where = f"rank {miss['rank']}" if miss["rank"] else f"not in top {SEARCH_LIMIT}"
        lines.append(f"     miss {miss['query']!r} want {miss['expected']} ({where}); first: {miss['first']}")
    return lines


def _format_problems(r: dict, verbose: bool) -> list[str]:
    lines = []
    if r["scored"]["missing"]:
        lines.append(
            f"   not stored: {', '.join(r['scored']['missing'][:10])}"
            + (" …" if len(r["scored"]["missing"]) > 10 else "")
        )
    if r["not_in_gold"]:
        lines.append(
            f"   {len(r['not_in_gold'])} exported articles have no reference: "
            + ", ".join(r["not_in_gold"][:5])
            + (" …" if len(r["not_in_gold"]) > 5 else "")
        )
    for line in r["rejected"] if verbose else r["rejected"][:5]:
        lines.append(f"   {line}")
    for problem in (r["search"] or {}).get("problems", []):
        lines.append(f"   queries: {problem}")
    return lines


def _format_errors(r: dict) -> list[str]:
    """Each article's disagreements: the scorer's, then the harness's own."""
    merged: dict[str, list[str]] = {}
    sources = (r["scored"]["errors"], r["checkpoints"]["errors"], r["directives"]["errors"])
    for source in (*sources, (r.get("facts") or {}).get("errors", {})):
        for fname, errs in source.items():
            merged.setdefault(fname, []).extend(errs)
    lines = []
    for fname in sorted(merged):
        lines += [f"     {fname}: {e}" for e in merged[fname]]
    return lines


def summary_line(results: dict[str, dict]) -> str:
    """The last line: the headline figures, `na` for a set not run."""

    def micro(name):
        return results[name]["scored"]["micro"]["f1"] if name in results else None

    test = results.get("test")
    cp_recall = test["scored"]["per_type"]["checkpoint"]["recall"] if test else None
    r5 = (test.get("search") or {}).get("recall@5") if test else None
    return (
        f"dev_f1={_fig(micro('dev'))} test_f1={_fig(micro('test'))} test_checkpoint_recall={_fig(cp_recall)} "
        f"test_query_r5={_fig(r5)} factru_f1={_fig(micro('factru'))}"
    )


def as_json(results: dict[str, dict], skipped: dict[str, str]) -> dict:
    """Every figure (per-article errors left out: they are what -v prints)."""
    sets = {}
    for name, r in results.items():
        if name in HELD_OUT:  # figures only, as its report (format_set)
            r = _without_items(r)
        s = {k: v for k, v in r["scored"].items() if k != "errors"}
        sets[name] = {
            **{k: v for k, v in r.items() if k not in ("scored",)},
            "scored": s,
            "checkpoints": {k: v for k, v in r["checkpoints"].items() if k != "errors"},
            "directives": {k: v for k, v in r["directives"].items() if k != "errors"},
            "facts": {k: v for k, v in (r.get("facts") or {}).items() if k != "errors"},
        }
    return {"sets": sets, "skipped": skipped, "summary": summary_line(results)}


def _without_items(r: dict) -> dict:
    """A held-out set's results with every item that names a query, article or file replaced
    by a placeholder, so each list keeps its length (the counts) and shows nothing to read."""

    def hide(items: list) -> list[str]:
        return ["(held out)"] * len(items)

    search = dict(r["search"], misses=hide(r["search"]["misses"]), problems=[]) if r["search"] else None
    scored = dict(r["scored"], missing=hide(r["scored"]["missing"]), leaks=hide(r["scored"]["leaks"]))
    return {**r, "search": search, "scored": scored, "rejected": hide(r["rejected"]), "not_in_gold": []}


# ------------------------------------------------------------------ ablation

ABLATE_SETS = ("dev", "test", "factru")


class CachedNer:
    """natasha's NER with each text's spans computed once: every variant of the ablation
    reads the same model output, and the model (not the rules) is what costs time."""

    def __init__(self, ner) -> None:
        self.ner, self.cache = ner, {}

    def spans(self, text: str) -> list:
        if text not in self.cache:
            self.cache[text] = self.ner.spans(text)
        return list(self.cache[text])

    def __getattr__(self, name):
        return getattr(self.ner, name)


@contextlib.contextmanager
def shared_extractor(extractor):
    """`ingest(jobs=1)` runs in this process and builds its extractor through
    store.extract.extractor.Extractor: for the ablation it gets this one, with its cached NER."""
    import store.extract.extractor as extract_mod

    original = extract_mod.Extractor
    extract_mod.Extractor = lambda *a, **k: extractor
    try:
        yield
    finally:
        extract_mod.Extractor = original


def ingest_and_export(corpus: Path, extractor, workdir: Path) -> dict:
    """The set through the normal pipeline in this process: `ingest` into a fresh store
    (the same reading, extraction and db write path as `borderdocs ingest`), then the
    export `borderdocs export --format json` writes."""
    import io

    from store.db import export
    from store.db import store as db
    from store.ingest import ingest

    path = workdir / f"store-{time.monotonic_ns()}.db"
    with shared_extractor(extractor):
        ingest([corpus], path, jobs=1)
    store = db.open_store(path)
    try:
        buf = io.StringIO()
        export.write(store, "json", buf)
    finally:
        store.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return json.loads(buf.getvalue())


def variant_figures(spec: SetSpec, gold: dict, extractor, disabled: tuple[str, ...], scorer, workdir: Path) -> dict:
    """Micro F1 and checkpoint F1 of the set with the passes in `disabled` switched off."""
    extractor.set_disabled(disabled)
    scored = scorer.score(gold, ingest_and_export(spec.corpus, extractor, workdir))
    counts = [sum(t[k] for t in scored["per_type"].values()) for k in ("tp", "fp", "fn")]
    cp = scored["per_type"]["checkpoint"]
    return {
        "scorer_f1": scored["micro"]["f1"],
        "f1": exact_f1(*counts),
        "counts": counts,
        "checkpoint_f1": exact_f1(cp["tp"], cp["fp"], cp["fn"]),
    }


def exact_f1(tp: int, fp: int, fn: int) -> float:
    """The scorer's F1 (its own formula over its tp/fp/fn) before its rounding to 3
    decimals, so a change of one entity in a large set still shows."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def run_ablation(specs: dict[str, SetSpec], names: list[str], scorer, report) -> dict:
    """For each set: the figures with every pass on, then with each pass alone dropped."""
    sys.path.insert(0, str(REPO))
    from store.extract.extractor import Extractor, pass_names

    extractor = Extractor(disabled=())
    extractor.ner = CachedNer(extractor.ner)
    out: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="borderdocs-ablate-") as tmp:
        for name in names:
            spec, started = specs[name], time.perf_counter()
            gold = load_gold(spec.gold)
            extractor.ner.cache.clear()
            base = variant_figures(spec, gold, extractor, (), scorer, Path(tmp))
            drops = {p: variant_figures(spec, gold, extractor, (p,), scorer, Path(tmp)) for p in pass_names()}
            out[name] = {"all_on": base, "dropped": drops, "seconds": time.perf_counter() - started}
            print(
                f"== {name}: all passes on: micro F1 {base['scorer_f1']:.3f} (the scorer's; unrounded "
                f"{base['f1']:.4f}, tp/fp/fn {'/'.join(map(str, base['counts']))}), "
                f"checkpoint F1 {base['checkpoint_f1']:.4f} "
                f"({len(drops) + 1} variants in {out[name]['seconds']:.1f} s)",
                file=report,
                flush=True,
            )
    return out


def ablation_rows(results: dict[str, dict]) -> list[tuple[str, dict[str, dict]]]:
    """(pass, {set: {d_f1, d_checkpoint_f1}}) sorted by the F1 change summed over dev and
    test, most harmful to drop first (the pass that earns most)."""
    passes = next(iter(results.values()))["dropped"] if results else {}
    rows = []
    for p in passes:
        deltas = {}
        for name, r in results.items():
            base, dropped = r["all_on"], r["dropped"][p]
            deltas[name] = {
                "d_f1": dropped["f1"] - base["f1"],
                "d_checkpoint_f1": dropped["checkpoint_f1"] - base["checkpoint_f1"],
                "changed": dropped["counts"] != base["counts"],
            }
        rows.append((p, deltas))
    return sorted(rows, key=lambda row: sum(row[1][s]["d_f1"] for s in ("dev", "test") if s in row[1]))


def format_ablation(results: dict[str, dict]) -> list[str]:
    """The table: per pass and set, the F1 change (and checkpoint F1 change) of dropping it."""
    sets = list(results)
    head = f"{'pass':<24}" + "".join(f"{s + ' dF1':>12}{s + ' dCP':>12}" for s in sets) + f"{'dev+test':>10}"
    lines = [
        "dF1: micro F1 with the pass dropped minus with every pass on (negative: the pass earns F1);",
        "* : the set's tp/fp/fn changed at all; dCP: the same for checkpoint F1.",
        head,
        "-" * len(head),
    ]
    for p, deltas in ablation_rows(results):
        cells = "".join(
            f"{deltas[s]['d_f1']:>+11.4f}{'*' if deltas[s]['changed'] else ' '}{deltas[s]['d_checkpoint_f1']:>+12.4f}"
            for s in sets
        )
        total = sum(deltas[s]["d_f1"] for s in ("dev", "test") if s in deltas)
        lines.append(f"{p:<24}{cells}{total:>+10.4f}")
    return lines


def ablate_main(args, specs: dict[str, SetSpec], scorer, report) -> int:
    """`--ablate`: every pass dropped alone on each set, in this process."""
    names = [n.strip() for n in (args.splits or ",".join(ABLATE_SETS)).split(",") if n.strip()]
    unknown = [n for n in names if n not in ALL_SETS]
    if unknown:
        print(f"evaluate: unknown set {', '.join(unknown)} (choose from {', '.join(ALL_SETS)})", file=sys.stderr)
        return 2
    runnable = []
    for name in names:
        why = missing_material(specs[name])
        if why:
            print(f"== {name}: skipped, {why}", file=report)
        else:
            runnable.append(name)
    started = time.perf_counter()
    results = run_ablation(specs, runnable, scorer, report)
    print("\n".join(format_ablation(results)), file=report)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    print(
        f"ablation of {len(next(iter(results.values()))['dropped']) if results else 0} passes on "
        f"{','.join(results)} in {time.perf_counter() - started:.1f} s",
        file=report,
    )
    return 0


# ------------------------------------------------------------------ main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--splits", default=None, help="comma-separated sets (default: all four; with --ablate dev,test,factru)"
    )
    ap.add_argument(
        "--ablate",
        action="store_true",
        help="in this process, the F1 change of dropping each extraction pass alone, per set",
    )
    ap.add_argument("--jobs", "-j", type=int, default=None, help="ingest workers (default: all cores)")
    ap.add_argument("--keep", type=Path, help="keep each set's store, export and search output in DIR/SET")
    ap.add_argument(
        "--json", action="store_true", help="print every figure as JSON on stdout; the report then goes to stderr"
    )
    ap.add_argument("--verbose", "-v", action="store_true", help="each article's disagreements")
    ap.add_argument("--eval-dir", type=Path, default=REPO / "eval", help="the dev/test material (default <repo>/eval)")
    ap.add_argument("--shared", type=Path, help="the shared evaluation folder (default: <repo>/../shared/eval)")
    ap.add_argument("--scorer", type=Path, help="score.py (default: SHARED/score.py)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    names = [n.strip() for n in (args.splits or ",".join(ALL_SETS)).split(",") if n.strip()]
    unknown = [n for n in names if n not in ALL_SETS]
    if unknown:
        print(f"evaluate: unknown set {', '.join(unknown)} (choose from {', '.join(ALL_SETS)})", file=sys.stderr)
        return 2
    report = sys.stderr if args.json else sys.stdout
    shared = args.shared or find_shared()
    scorer_path = args.scorer or (shared / "score.py" if shared else Path("score.py"))
    scorer = load_scorer(scorer_path)
    opts = Options(jobs=args.jobs, keep=args.keep.resolve() if args.keep else None, verbose=args.verbose)
    results, skipped = {}, {}
    if scorer is None:
        print(f"scorer not found at {scorer_path}: skipping {', '.join(names)} (give --scorer PATH)", file=report)
        skipped = {n: "no scorer" for n in names}
        names = []
    specs = set_specs(args.eval_dir.resolve(), shared)
    if args.ablate and scorer is not None:
        return ablate_main(args, specs, scorer, report)
    for name in names:
        why = missing_material(specs[name])
        if why:
            print(f"== {name}: skipped, {why}", file=report)
            skipped[name] = why
            continue
        try:
            results[name] = evaluate_set(specs[name], scorer, opts)
        except (PipelineError, OSError, ValueError) as e:
            print(f"== {name}: failed: {e}", file=report)
            skipped[name] = f"failed: {e}"
            continue
        print("\n".join(format_set(results[name], args.verbose)), file=report, flush=True)
    if args.json:
        print(json.dumps(as_json(results, skipped), ensure_ascii=False, indent=1))
    print(summary_line(results), file=report)
    return 0 if not any(v.startswith("failed") for v in skipped.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
