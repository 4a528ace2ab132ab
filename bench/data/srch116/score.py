"""Score a srch116 queries file against a built store with bench/evaluate.py's own recall and miss kinds."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import evaluate as ev  # noqa: E402

db, qfile, work = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
work.mkdir(parents=True, exist_ok=True)
queries, problems = ev.read_queries(qfile)
results = ev.run_queries(db, queries, work, ev.Options())
rec = ev.search_recall(queries, results)
print(qfile.name, {k: v for k, v in rec.items() if k.startswith("hits") or k == "n"})
print("miss kinds:", ev.miss_kinds(queries, rec["ranks"], 5, db, results))
for m in rec["misses"]:
    print("  MISS", json.dumps(m, ensure_ascii=False))
