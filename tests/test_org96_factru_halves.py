"""bench/factru_halves.py: factRu split into a worked half A and a held-out half B by a hash of
the file name, each half scored apart, and only half A's names ever printed. The figures need
factRu and the shared scorer (absent in CI); what is tested here is the split and the printing
rule, on made-up references and a stand-in scorer with the shared scorer's interface."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _module():
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("factru_halves", ROOT / "bench" / "factru_halves.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


halves = _module()
NAMES = [f"book_{n}.txt" for n in range(3500, 3700)]


def test_a_file_s_half_depends_on_its_name_alone():
    for name in NAMES:
        want = "A" if hashlib.sha1(name.encode()).digest()[0] % 2 == 0 else "B"
        assert halves.half(name) == want
    assert [halves.half(n) for n in NAMES] == [halves.half(n) for n in reversed(NAMES)][::-1]


def test_the_split_is_near_even_on_many_names():
    a = sum(halves.half(n) == "A" for n in NAMES)
    assert 70 <= a <= 130  # 200 names: a fair coin lands in this range but for a 1-in-200 chance


def test_the_two_halves_partition_the_reference():
    gold = {"articles": {n: {"organizations": [n]} for n in NAMES}}
    split = halves.split_gold(gold)
    a, b = set(split["A"]["articles"]), set(split["B"]["articles"])
    assert a | b == set(NAMES) and not a & b
    assert all(halves.half(n) == "A" for n in a) and all(halves.half(n) == "B" for n in b)
    assert split["A"]["articles"][sorted(a)[0]] == gold["articles"][sorted(a)[0]]


class _Scorer:
    """The shared scorer's interface, exact names only (score.py fuzzes them)."""

    @staticmethod
    def same(p, g, kind):
        return p.lower() == g.lower()

    @staticmethod
    def canon(name):
        return name.lower()

    @classmethod
    def match_sets(cls, pred, gold, extra, kind):
        free, fps = list(gold), []
        for p in dict.fromkeys(pred):
            hit = next((g for g in free if any(cls.same(p, n, kind) for n in g)), None)
            if hit is not None:
                free.remove(hit)
            elif not any(cls.same(p, e, kind) for e in extra):
                fps.append(p)
        return len(pred) - len(fps), len(fps), len(free), fps, [g[0] for g in free]

    @classmethod
    def score(cls, gold, export):
        arts = {a["file"]: a for a in export["articles"]}
        tp = fp = fn = 0
        for name, ref in gold["articles"].items():
            pred = [e["name"] for e in arts[name]["entities"] if e["type"] == "organization"]
            t, f, n, _, _ = cls.match_sets(pred, [(o,) for o in ref["organizations"]], [], "organization")
            tp, fp, fn = tp + t, fp + f, fn + n
        per = {"organization": {"tp": tp, "fp": fp, "fn": fn}}
        return {"per_type": per, "micro": {"f1": 1.0}}


def _pair():
    a = next(n for n in NAMES if halves.half(n) == "A")
    b = next(n for n in NAMES if halves.half(n) == "B")
    gold = {"articles": {a: {"organizations": ["Альфа", "Бета"]}, b: {"organizations": ["Гамма", "Дельта"]}}}
    export = {
        "articles": [
            {"file": a, "title": "", "body": "Альфа", "entities": [{"type": "organization", "name": "Альфа"}]},
            {"file": b, "title": "", "body": "Гамма", "entities": [{"type": "organization", "name": "Омега"}]},
        ]
    }
    return a, b, gold, export


def test_each_half_is_scored_on_its_own_articles():
    a, b, gold, export = _pair()
    split = halves.split_gold(gold)
    fa = halves.half_figures(export, split["A"], _Scorer)
    fb = halves.half_figures(export, split["B"], _Scorer)
    assert (fa["tp"], fa["fp"], fa["fn"]) == (1, 0, 1)
    assert (fb["tp"], fb["fp"], fb["fn"]) == (0, 1, 2)


def test_the_listing_names_half_a_only(tmp_path, monkeypatch, capsys):
    a, b, gold, export = _pair()
    shared = tmp_path / "shared"
    (shared / "factru").mkdir(parents=True)
    (shared / "factru" / "factru_gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "export.json").write_text(json.dumps(export), encoding="utf-8")
    monkeypatch.setattr(halves.evaluate, "find_shared", lambda *a, **k: shared)
    monkeypatch.setattr(halves.evaluate, "load_scorer", lambda path: _Scorer)
    assert halves.main(["--export", str(tmp_path / "export.json"), "--list"]) == 0
    out = capsys.readouterr().out
    assert f"A\t{a}\tmissed\tБета" in out
    assert b not in out and "Омега" not in out and "Дельта" not in out
    assert "half B (1 texts): orgs 0/1/2" in out
