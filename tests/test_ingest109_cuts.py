"""ingest109's cuts in the writer's near-duplicate linking (issue 15) decide the same.

link_article read the names and figures of the new body (a regex over it, ~0.06 ms) for
every article with a candidate, and compared them before the shingles; most candidates on
a templated corpus fail the shingles' test. Now the shingles are compared first and the
names and figures read only for a candidate that passes (both tests are pure; a copy
passes both). link_article as it was at d765f7c3 is kept here and a store linked by it
and one linked by the module are compared — every article's dup_of and every anchor row,
in insertion order — over bench/make_corpus.py's generated articles, dev's and factRu's
texts (factRu when present), and near-duplicates made of them."""

from __future__ import annotations

import random
import zlib

from store.db import duplicates as d
from tests.conftest import FACTRU_TEXTS
from tests.test_ingest106_anchors import _NEW_INDEX, ROOT, _copies, _files, _generated, _link_all


def _old_link_article(conn, article_id, body, date, title=None) -> None:
    """link_article at d765f7c3: the new body's names and figures read for any candidate,
    compared before the shingles."""
    hashes = d.shingles(body)
    if len(hashes) < d.MIN_SHINGLES:
        d._link_short(conn, article_id, body, date)
        return
    anchors = sorted(hashes)[: d.ANCHORS]
    key = d.title_key(title)
    titled = -1 - zlib.crc32(key.encode()) if key else None
    mine = anchors + ([titled] if titled is not None else [])
    marks = ",".join("?" * len(mine))
    sql = f"SELECT anchor, count(*) FROM article_anchors WHERE anchor IN ({marks}) GROUP BY anchor"
    rows = dict(conn.execute(sql, mine))  # d._postings at d765f7c3 (perf125 folded it into d._lookup)
    if sum(n for a, n in rows.items() if a >= 0) >= d.SHARED or titled in rows:
        candidates = conn.execute(
            f"SELECT article_id FROM article_anchors WHERE anchor IN ({marks}) AND article_id != ?"
            " GROUP BY article_id HAVING sum(anchor >= 0) >= ? OR min(anchor) < 0"
            " ORDER BY sum(anchor >= 0) DESC, article_id LIMIT ?",
            [*mine, article_id, d.SHARED, d.MAX_CANDIDATES],
        ).fetchall()
    else:
        candidates = []
    kept = [a for a in mine if rows.get(a, 0) < d.MAX_POSTING]
    conn.executemany("INSERT INTO article_anchors(anchor, article_id) VALUES (?, ?)", [(a, article_id) for a in kept])
    matched = []
    mine_marks = d.names_and_figures(body) if candidates else set()
    for (other,) in candidates:
        row = conn.execute("SELECT body, title FROM articles WHERE id = ?", (other,)).fetchone()
        if not row:
            continue
        their_shingles, their_marks = frozenset(d.shingles(row[0] or "")), frozenset(d.names_and_figures(row[0] or ""))
        if not d.same_marks(mine_marks, their_marks):
            continue
        if d.same_story(hashes, their_shingles, titled=key is not None and key == d.title_key(row[1])):
            matched.append(other)
    if matched:
        d._join(conn, article_id, date, matched)


def _same(arts) -> tuple[int, int]:
    old = _link_all(arts, _old_link_article, _NEW_INDEX)
    new = _link_all(arts, d.link_article, _NEW_INDEX)
    assert new == old
    return sum(1 for _, dup in old[0] if dup), len(old[1])


def test_generated_articles_and_their_copies_link_the_same():
    arts = list(_generated())
    arts += _copies(arts, random.Random(109))
    arts += arts[:150]  # saved twice: same shingles, the names and figures decide nothing new
    dups, anchors = _same(arts)
    assert dups > 200 and anchors > 5000


def test_dev_and_factru_texts_link_the_same():
    arts = _files(ROOT / "eval" / "corpus" / "dev", 200) + _files(FACTRU_TEXTS, 400)
    arts += _copies(arts, random.Random(1090))
    dups, _ = _same(arts)
    assert dups > 20


def test_template_bodies_with_other_names_and_figures_link_the_same():
    """One template filled in for other posts, people and counts: the shingles pass, the
    names and figures then tell the reports apart (the case the marks exist for)."""
    rng = random.Random(10900)
    posts = ["Хоргос", "Нур Жолы", "Алашанькоу", "Достык", "Жайсан", "Калжат"]
    people = ["Ерлан Садыков", "Айгуль Нурланова", "Марат Беков"]
    arts = []
    for i in range(300):
        post, person, n = rng.choice(posts), rng.choice(people), rng.randrange(50, 60)
        body = " ".join(
            f"На пункте пропуска {post} в очереди стоят {n} грузовых машин, сообщил {person}. "
            f"Очередь на выезд из страны растет уже {rng.choice([3, 3, 4])} дня подряд, водители ждут на обочине."
            for _ in range(rng.randrange(2, 5))
        )
        arts.append(
            (rng.choice(["Очередь на границе", "Новости дня", f"Пункт {post}"]), body, f"2026-03-{1 + i % 9:02d}")
        )
    dups, _ = _same(arts)
    assert dups > 10


def test_the_new_body_is_read_for_names_only_when_a_candidate_passes_the_shingles(monkeypatch):
    """The cut's point: a templated corpus's candidates mostly fail the shingles' test, and
    then the new body's names and figures are not read."""
    calls = []
    real = d.names_and_figures

    def counting(body):
        calls.append(body)
        return real(body)

    monkeypatch.setattr(d, "names_and_figures", counting)
    d._marks_of.cache_clear()
    arts = list(_generated())[:200]
    _link_all(arts, d.link_article, _NEW_INDEX)
    assert len(calls) < 20  # the old code read it for every article with a candidate (~30 % of them)


# --- merge_names: each organization's key and spelled-out key made once an article ---

_TAILS = [
    "РК",
    "РФ",
    "КНР",
    "России",
    "Казахстана",
    "Республики Казахстан",
    "Китая",
    "Украины",
    "Литвы",
    "Азербайджана",
    "Омской области",
    "Астраханской области",
    "Алтайского края",
]


def _old_org_name(k, name, orgs, pairs):
    """canonical._org_name at d765f7c3: the article's organizations sorted and spelled out
    again for every organization item."""
    from store.lang import canonical as c

    base = pairs.get(k) or c.ABBREVIATIONS.get(k) or c.ABBREVIATIONS.get(c.key(c.phrase_nominative(name)))
    if not base and c._expanded(k) != k:
        spelled = [o for o in orgs if c.key(o) == c._expanded(k)]
        if spelled:
            return spelled[0]
    target = c.key(base) if base else k
    longer: dict[str, str] = {}
    for o in sorted(orgs, key=lambda o: c._expanded(c.key(o)) != c.key(o)):
        for t in dict.fromkeys((target, k)):
            x = c._expanded(c.key(o))
            if x.startswith(t + " ") and c._is_country_tail(x[len(t) + 1 :]):
                longer.setdefault(x[len(t) + 1 :], o)
    if len({c._STATE_OF_TAIL.get(tail, tail) for tail in longer}) > 1:
        longer = {}
    if longer:
        return next(iter(longer.values()))
    regional = c._regional_namesake(base or name, orgs)
    if regional:
        return regional
    if base:
        same = [o for o in orgs if c.key(o) == target]
        if same:
            return same[0]
        return name if k not in pairs and name.isupper() else base
    return name


def _org_pool() -> list[str]:
    import csv

    from store.lang.abbreviations import ABBREVIATIONS

    pool = []
    for short, full in ABBREVIATIONS.items():
        for head in (short.upper(), short.capitalize(), full):
            pool += [head] + [f"{head} {tail}" for tail in _TAILS]
    with open(ROOT / "store" / "data" / "bodies.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for field in ("name_ru", "variants", "abbreviations"):
                pool += [n for n in (row[field] or "").split("|") if n]
    return pool


def _org_families() -> list[list[str]]:
    from store.lang.abbreviations import ABBREVIATIONS

    out = []
    for short, full in ABBREVIATIONS.items():
        heads = (short.upper(), short.capitalize(), full)
        out.append([*heads, *(f"{h} {t}" for h in heads for t in _TAILS)])
    return out


def _merge_names_both(items, pairs, monkeypatch) -> tuple[list[str], list[str]]:
    from store.lang import canonical as c

    new = c.merge_names(items, pairs)
    with monkeypatch.context() as m:
        m.setattr(c, "_org_name", lambda k, name, orgs, pairs, _forms: _old_org_name(k, name, orgs, pairs))
        old = c.merge_names(items, pairs)
    return old, new


def test_merge_names_names_the_same_organizations(monkeypatch):
    """Random articles' organization names (every abbreviation with and without a state or a
    region after it, spelled out, every body of bodies.csv in its forms), with persons and
    places among them and the text's own pairs: old and new name each the same."""
    from store.lang.identity import key

    rng = random.Random(1091)
    pool = _org_pool()
    others = [("person", "Олег Дерипаска"), ("person", "Дерипаска"), ("location", "РК"), ("location", "Алматы")]
    changed = 0
    families = _org_families()
    for i in range(4000):
        if i % 2:  # one body in its forms: bare, with a state or two, spelled out — the names compete
            family = rng.choice(families)
            orgs = rng.sample(family, min(len(family), rng.randrange(2, 7))) + rng.sample(pool, rng.randrange(0, 2))
        else:
            orgs = rng.sample(pool, rng.randrange(1, 9))
        items = [("organization", o) for o in orgs] + rng.sample(others, rng.randrange(0, 3))
        rng.shuffle(items)
        pairs = (
            {key(a): b for a, b in zip(rng.sample(pool, 2), rng.sample(pool, 2), strict=True)}
            if rng.random() < 0.3
            else {}
        )
        old, new = _merge_names_both(items, pairs, monkeypatch)
        assert new == old, items
        changed += sum(1 for (_, n), o in zip(items, old, strict=True) if n != o)
    assert changed > 1000  # the spelled-out, paired and state-joined names are exercised


def test_merge_names_on_dev_gold_names(monkeypatch):
    """Each dev article's gold persons, organizations and places as one article's items."""
    import json

    gold = json.loads((ROOT / "eval" / "gold" / "dev.json").read_text(encoding="utf-8"))["articles"]
    for a in gold.values():
        items = [("person", p["name"] if isinstance(p, dict) else p) for p in a.get("persons", [])]
        items += [("organization", n) for n in a.get("organizations", [])]
        items += [("location", n) for n in a.get("locations", [])]
        # and every surname alone, as a later sentence prints it
        items += [("person", n.split()[-1]) for t, n in items if t == "person" and " " in n]
        old, new = _merge_names_both(items, {}, monkeypatch)
        assert new == old


# --- merge: two per-name answers kept (initials_and_surname, the surname's key) ---


def _person_names() -> list[str]:
    """Person names in the shapes merging meets: dev's gold names, the knowledge base's
    people in every spelling, Chinese names in Palladius, initials before and after the
    surname, two capitalized words of dev's and factRu's texts."""
    import json
    import re

    from store.lang import people

    gold = json.loads((ROOT / "eval" / "gold" / "dev.json").read_text(encoding="utf-8"))["articles"]
    names = [p["name"] if isinstance(p, dict) else p for a in gold.values() for p in a.get("persons", [])]
    names += [n for p in people.people() for n in p.names]
    names += ["Ли Цян", "Си Цзиньпин", "Ван И", "Чжао Минхуэй", "Сунь Хунмэй", "Ма Сяолин", "Ли Вэй", "Ма Ли"]
    two = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][\w-]+ [А-ЯЁӘҒҚҢӨҰҮҺІA-Z][\w-]+")
    for path in sorted((ROOT / "eval" / "corpus" / "dev").glob("*.txt")) + sorted(FACTRU_TEXTS.glob("*.txt"))[:300]:
        names += two.findall(path.read_text(encoding="utf-8", errors="replace"))
    rng = random.Random(1092)
    for n in list(names)[:2000]:
        words = n.split()
        if len(words) >= 2:
            names += [
                f"{words[0][0]}. {words[-1]}",
                f"{words[-1]} {words[0][0]}.",
                f"{words[-1]} {words[0][0]}. {words[0][0]}.",
            ]
    names += [
        " ".join(
            rng.choice(["Ли", "Ван", "Чжан", "Цзян", "Хуэй", "Мин", "Петров", "А."]) for _ in range(rng.randrange(1, 4))
        )
        for _ in range(500)
    ]
    return names


def test_the_kept_answers_are_the_computed_ones():
    from store.extract import merging
    from store.lang import canonical
    from store.lang.identity import entity_key, key
    from store.lang.person_spellings import surname_of

    names = _person_names()
    assert len(names) > 3000
    raw = canonical.initials_and_surname.__wrapped__
    for n in names + names:  # asked twice: the second answer comes from the memo
        k = key(n)
        assert canonical.initials_and_surname(k) == raw(k), n
        assert merging._surname_key(n) == entity_key("person", surname_of(n)), n
    assert canonical.initials_and_surname.cache_info().hits > 0 and merging._surname_key.cache_info().hits > 0
