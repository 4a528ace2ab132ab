"""Every post named in the shapes customs and border news use around it, and spelled otherwise.

    python bench/post_shapes.py [--code CHECKOUT] [--keep DIR] [--show SHAPE]

For every land crossing of store/data/checkpoints.csv and foreign_posts.csv, one short
article per (name, shape): its Russian name (and its variants) in Russian shapes — after
«таможня», «таможенный пост», «ТП», «застава», «погранотряд», a person's role before a
person («начальник таможни X Арман Тулегенов»), a genitive chain («начальник поста «X» ДГД
по … области Ерлан Сапаров»), «станция» (rail rows) — and its Kazakh name in Kazakh shapes
(«X» кеден бекеті, X кедені); then, in the plain shape «пункт пропуска «X»», spellings the
gazetteer does not list (hyphen, space or glued; ь dropped; й as и; the Kazakh name's too,
in a Kazakh sentence), each only when no row's name column lists it (the spellings the rules
derive are not left out: the same articles before and after a change to those rules). All go
through the real ingest of CHECKOUT into one store (templates written for this probe, no
article's text).

Printed: per shape, how many mentions became the row's own entity (`row`), another
checkpoint (`other`), none (`none`); with --show SHAPE, the misses of that shape.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from post_aliases import ingest_bodies  # a sibling module of this script

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

RU = {
    "customs_head": "Начальник таможни {X} Арман Тулегенов сообщил, что очередь на выезд сократилась.",
    "customs_post": "Сотрудники таможенного поста «{X}» задержали партию контрабандных сигарет.",
    "tp_dgd": "На ТП «{X}» ДГД по Алматинской области выявили нарушения при оформлении грузов.",
    "at_customs": "В пятницу на таможне {X} скопилось около трёхсот большегрузов.",
    "post_chain": "Начальник поста «{X}» ДГД по Актюбинской области Ерлан Сапаров рассказал об электронной очереди.",
    "outpost": "Пограничники заставы {X} задержали нарушителя.",
    "detachment": "Начальник погранотряда {X} доложил о ситуации.",
}
RAIL = {"station": "На станции {X} скопилось около тысячи вагонов."}
KK = {
    "kk_customs_post": "«{X}» кеден бекеті арқылы өткен аптада 500-ден астам жүк көлігі өтті.",
    "kk_customs": "{X} кедені қызметкерлері контрабандалық тауарларды анықтады.",
}
PLAIN = "Через пункт пропуска «{X}» за сутки прошли более трехсот грузовиков."
KK_PLAIN = "«{X}» өткізу пункті арқылы бір тәулікте үш жүзден астам жүк көлігі өтті."
CONTEXT = "Водители жалуются на долгое оформление. Пограничники обещают открыть дополнительные полосы."
KK_CONTEXT = "Жүргізушілер ұзақ рәсімдеуге шағымданады. Шекарашылар қосымша жолақтар ашуға уәде берді."

# a name a Russian sentence can print: Cyrillic or Latin letters (not a Chinese post's hanzi)
_ALPHABETIC = re.compile(r"[A-Za-z'А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІіЎўҲҳ .-]{3,}")


def fold(s: str) -> str:
    return " ".join(s.lower().replace("ё", "е").split())


def respellings(name: str) -> set[str]:
    """Spellings a writer might use that the gazetteer need not list."""
    out: set[str] = set()
    if "." in name:
        return out
    if "-" in name:
        a, b = name.split("-", 1)
        out |= {f"{a} {b}", a + b.lower()}
    if " " in name:
        a, b = name.split(" ", 1)
        out |= {f"{a}-{b}", f"{a}-{b[:1].upper()}{b[1:]}", a + b.lower()}
    if "ь" in name:
        out.add(name.replace("ь", ""))
    if "й" in name[1:]:
        out.add(name[0] + name[1:].replace("й", "и"))
    return out


def cases(gazetteer) -> list[tuple[str, str, str, str]]:
    """(row id, name, shape, text) for every land crossing × name × shape."""
    rows = [cp for cp in [*gazetteer.all(), *gazetteer.foreign()] if cp.kind in ("road", "rail", "mixed", "passenger")]
    # the columns the probe's spellings are compared with, not the derived ones: the same
    # articles before and after a change to the spelling rules
    first_names = {fold(n) for cp in rows for n in (cp.name_ru, cp.name_kk, *cp.variants, *cp.former_names) if n}
    out = []
    for cp in rows:
        ru_names = [n for n in dict.fromkeys([cp.name_ru, *cp.variants]) if n and _ALPHABETIC.fullmatch(n)]
        shapes = {**RU, **(RAIL if cp.kind in ("rail", "mixed") else {})}
        for name in ru_names:
            for shape, tpl in shapes.items():
                out.append((cp.id, name, shape, tpl.replace("{X}", name) + " " + CONTEXT))
        kk = getattr(cp, "name_kk", "") or ""
        if kk and not cp.foreign:
            for shape, tpl in KK.items():
                out.append((cp.id, kk, shape, tpl.replace("{X}", kk) + " " + KK_CONTEXT))
        for name in sorted(respellings(cp.name_ru)):
            if fold(name) not in first_names:
                out.append((cp.id, name, "respelled", PLAIN.replace("{X}", name) + " " + CONTEXT))
        for name in sorted(respellings(kk) if kk and not cp.foreign else ()):
            if fold(name) not in first_names:
                out.append((cp.id, name, "kk_respelled", KK_PLAIN.replace("{X}", name) + " " + KK_CONTEXT))
    return out


def build(code: Path, items: list, workdir: Path) -> Path:
    return ingest_bodies(code, [body for _row, _name, _shape, body in items], workdir)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", default=str(REPO))
    ap.add_argument("--keep", help="build the store in this directory (else a temporary one)")
    ap.add_argument("--show", action="append", default=[], help="print the misses of this shape")
    args = ap.parse_args()
    code = Path(args.code).resolve()
    sys.path.insert(0, str(code))
    from store.extract.checkpoint_names import fold as fold_post
    from store.lang import gazetteer

    items = cases(gazetteer)
    owners: dict[str, set[str]] = defaultdict(set)
    for cp in [*gazetteer.all(), *gazetteer.foreign()]:
        for n in cp.all_names():
            owners[fold_post(n)].add(cp.id)
    with tempfile.TemporaryDirectory() as tmp:
        db = build(code, items, Path(args.keep or tmp))
        con = sqlite3.connect(db)
        entity_of = dict(con.execute("SELECT id, entity_id FROM checkpoints"))
        found: dict[int, set[int]] = defaultdict(set)
        for url, eid in con.execute(
            "SELECT a.url, m.entity_id FROM mentions m JOIN articles a ON a.id=m.article_id"
            " JOIN entities e ON e.id=m.entity_id WHERE e.type='checkpoint'"
        ):
            found[int(url.rsplit("/", 1)[1])].add(eid)
    per: dict[str, Counter] = defaultdict(Counter)
    for i, (row, name, shape, _body) in enumerate(items):
        wanted = {entity_of.get(r) for r in owners.get(fold_post(name), set()) | {row}} - {None}
        verdict = "row" if found[i] & wanted else "other" if found[i] else "none"
        per[shape][verdict] += 1
        if shape in args.show and verdict != "row":
            print(f"    {shape:<16} {row:<22} {name!r:<26} {verdict}")
    print("shape                n   row other none")
    total: Counter = Counter()
    for shape, c in per.items():
        total += c
        print(f"  {shape:<16} {sum(c.values()):>5} {c['row']:>5} {c['other']:>5} {c['none']:>5}")
    print(f"  {'all':<16} {sum(total.values()):>5} {total['row']:>5} {total['other']:>5} {total['none']:>5}")


if __name__ == "__main__":
    main()
