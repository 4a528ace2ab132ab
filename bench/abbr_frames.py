"""Every abbreviation of store/data/bodies.csv in the short frames border news prints it in,
and capital words that name no body in the same kind of sentences.

    python bench/abbr_frames.py [--code CHECKOUT] [--rows ID,ID] [--show N] [--json OUT]

kb_body_forms.py puts each abbreviation alone into one template sentence of its case and
language (seeded). Here every abbreviation of every row (pattern rows apart) goes into all
of a fixed set of frames, written for this probe (own sentences, no page's):

- Russian (an abbreviation in Cyrillic without Kazakh letters, or in Latin): the subject
  (`ru_subj`), after a preposition (`ru_prep`, «в {A}»), after «По данным» (`ru_data`),
  in brackets after the row's Russian name (`ru_brackets`), second in a list of three
  (`ru_list`);
- Kazakh (every Cyrillic abbreviation): the subject (`kk_subj`), with a case ending after a
  hyphen — genitive, dative, instrumental, locative + «-ғы/-гі» — back or front by the
  word's last letter name («КГД-ның», «ҚТЖ-ға», «ЕАЭС-тегі»: `kk_gen`, `kk_dat`, `kk_ins`,
  `kk_loc_adj`), in brackets after the row's Kazakh name (`kk_brackets`), in a list
  (`kk_list`).

A frame is `ok` when an organization over the abbreviation is linked (its `ref`, or
`kb.row_of_printed` of its name) to the row, or, in the brackets frames, an organization
opening at the full name is the row and every mention over the letters is the row too.
An abbreviation two rows share (`kb.forms()` gives the letters to more than one row) is counted
apart as `shared`: which row the bare letters mean is the text's business, not the frame's;
letters under three or in kb's ambiguous list as `design` (the matcher leaves them alone unless
a text defines them). A foreign body's frame opens with a sentence naming its state (bare
initials of a state the page never names are no body by design: linking's
_stray_foreign_abbreviations).

Guard: capital words that name no body — car makes, units, currencies, standards, plates'
country codes — in frames of their own sort (a make before «с двойным дном», a unit after a
count, a currency after a sum, in Russian and Kazakh, with Kazakh endings after a hyphen).
An organization over one is a `false` body.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

KAZAKH = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
CYR = set("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ") | {c for c in KAZAKH if c.isupper()}

RU = {
    "ru_subj": "{A} сообщил о новых правилах пропуска грузовиков через границу.",
    "ru_prep": "Перевозчики направили коллективное обращение в {A} еще в марте.",
    "ru_data": "По данным {A}, очередь на пункте пропуска сократилась вдвое.",
    "ru_brackets": "{N} ({A}) сообщил о новых правилах пропуска грузовиков.",
    "ru_list": "В совещании участвовали представители перевозчиков, {A} и акимата области.",
}
KK = {
    "kk_subj": "{A} шекарадағы жаңа тәртіп туралы хабарлады.",
    "kk_gen": "{A}-{GEN} мәліметінше, бекеттегі кезек екі есе азайды.",
    "kk_dat": "Тасымалдаушылар наурызда {A}-{DAT} ұжымдық өтініш жолдады.",
    "kk_ins": "Жаңа кесте {A}-{INS} келісілді деп хабарланды.",
    "kk_loc_adj": "{A}-{LOC} мамандар бекетте тексеру жүргізді.",
    "kk_brackets": "{N} ({A}) шекарадағы жаңа тәртіп туралы хабарлады.",
    "kk_list": "Жиынға тасымалдаушылар, {A} және облыс әкімдігінің өкілдері қатысты.",
}

# How a letter is named when an abbreviation is read aloud decides the ending's vowel.
_BACK_NAMES = set("АОҰУЫЯЁЮҚҒ") | set("AOUQ")
_FRONT_NAMES = set("ӘӨҮІЕЭИБВГДЖЗКЛМНПРСТФХЦЧШЩҺ") | set("BCDEFGHIJKLMNPRSTVWXYZ")


def _endings(abbr: str) -> dict[str, str]:
    last = abbr.rstrip()[-1].upper()
    back = last in _BACK_NAMES
    # a final consonant's name ends in a vowel («ка», «де», «эс»): «-ның/-нің» after a vowel
    vowel_end = last in set("АОҰУЫЯЁЮӘӨҮІЕЭИКГДБВЖЗПТЦЧҚҒAEIOUY")
    if back:
        return {
            "GEN": "ның" if vowel_end else "тың",
            "DAT": "ға" if vowel_end else "қа",
            "INS": "мен",
            "LOC": "дағы" if vowel_end else "тағы",
        }
    return {
        "GEN": "нің" if vowel_end else "тің",
        "DAT": "ге" if vowel_end else "ке",
        "INS": "мен",
        "LOC": "дегі" if vowel_end else "тегі",
    }


# Not bodies: (word, frames). Own sentences.
GUARD_FRAMES_RU = (
    "На посту задержали грузовик {X} с двойным дном в кузове.",
    "Водитель {X} простоял в очереди больше суток.",
)
GUARD_FRAMES_KK = (
    "Бекетте {X} жүк көлігі ұсталды.",
    "{X}-{GEN} жүргізушісі кезекте бір тәулік тұрды.",
)
UNIT_RU = ("Поезд доставил в Алтынколь 82 {X} груза.", "За месяц через порт прошло 1200 {X}.")
UNIT_KK = ("Пойыз Достыққа 82 {X} жүк әкелді.", "Порт арқылы айына 1200 {X} өтеді.")
CURRENCY_RU = (
    "Штраф за перегруз составил 500 {X}.",
    "Стоимость ожидания — 150 {X} в сутки.",
    "Выручка рынка за месяц — 1 млрд {X}.",
)
CURRENCY_KK = ("Айыппұл 500 {X} болды.", "Бір тәулік күту 150 {X} тұрады.", "Базардың айлық табысы 1 млрд {X} болды.")
STANDARD_RU = ("Бетон поставлен по {X} 26633.", "Топливо должно соответствовать стандарту {X}.")
STANDARD_KK = ("Бетон {X} 26633 бойынша жеткізілді.", "Отын {X} талабына сай болуы керек.")
PLATE_RU = ("На посту остановили фуру с номерами {X}.",)
PLATE_KK = ("Бекетте {X} нөмірлі жүк көлігі тоқтатылды.",)

GUARD = {
    "make": (
        ["КАМАЗ", "КамАЗ", "МАЗ", "ГАЗ", "ЗИЛ", "УАЗ", "DAF", "MAN", "SHACMAN", "FAW", "JAC", "BMW", "КРАЗ"],
        GUARD_FRAMES_RU,
        GUARD_FRAMES_KK,
    ),
    "unit": (["ТЭУ", "ДФЭ", "TEU", "FEU", "ТЕУ"], UNIT_RU, UNIT_KK),
    "currency": (["USD", "EUR", "KZT", "CNY", "RUB", "KGS", "UZS", "RMB"], CURRENCY_RU, CURRENCY_KK),
    "standard": (["ГОСТ", "СТ РК", "ISO", "ТР ТС", "ГОСТ Р"], STANDARD_RU, STANDARD_KK),
    "plate": (["KZ", "RUS", "KG", "UZ"], PLATE_RU, PLATE_KK),
}


# A body the evaluation references name as the crossing it runs (dev's a008, a020: «МЦПС
# «Хоргос»» is the checkpoint Хоргос, docs/gazetteer.md): its full name is read as the post.
NAMED_AS_A_POST = frozenset({"mcps-khorgos"})


def load_rows(code: Path) -> list[dict]:
    with open(code / "store/data/bodies.csv", encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if "{" not in r["name_ru"]]


def _states(code: Path) -> dict[str, str]:
    """A country's Russian name → its Kazakh one (countries.csv)."""
    with open(code / "store/data/countries.csv", encoding="utf-8") as fh:
        return {r["name_ru"]: r["name_kk"] for r in csv.DictReader(fh)}


# A foreign body's bare initials count where the page names its state (linking's
# _stray_foreign_abbreviations); the frame gets a sentence naming it first.
STATE_RU = "{S} и Казахстан обсуждают работу границы. "
STATE_KK = "{S} мен Қазақстан шекара жұмысын талқылады. "


def cases(rows: list[dict], states: dict[str, str]):
    """(row id or '', kind, frame, abbreviation, text, prefix length) for every abbreviation ×
    frame, then the guard."""
    for r in rows:
        foreign = r["country"] in states and r["country"] != "Казахстан"
        for a in filter(None, (x.strip() for x in r["abbreviations"].split("|"))):
            if " " in a or "«" in a or a != a.upper() and not any(c.isupper() for c in a[1:]):
                continue  # a phrase («ПС КНБ», «НПП «Атамекен»») or a word: kb_body_forms' business
            cyr = any(c in CYR for c in a)
            kaz = any(c in KAZAKH for c in a)
            if not kaz:
                for fr, t in RU.items():
                    n = r["name_ru"]
                    pre = STATE_RU.replace("{S}", r["country"]) if foreign else ""
                    yield r["id"], "abbr", fr, a, pre + t.replace("{N}", n).replace("{A}", a), len(pre)
            if cyr:
                ends = _endings(a)
                for fr, t in KK.items():
                    n = r["name_kk"] or r["name_ru"]
                    text = t.replace("{N}", n)
                    for k, v in ends.items():
                        text = text.replace("{" + k + "}", v)
                    pre = STATE_KK.replace("{S}", states[r["country"]]) if foreign else ""
                    yield r["id"], "abbr", fr, a, pre + text.replace("{A}", a), len(pre)
    for sort, (words, ru, kk) in GUARD.items():
        for w in words:
            for i, t in enumerate(ru):
                yield "", "guard_" + sort, f"ru{i}", w, t.replace("{X}", w), 0
            for i, t in enumerate(kk):
                text = t
                for k, v in _endings(w).items():
                    text = text.replace("{" + k + "}", v)
                yield "", "guard_" + sort, f"kk{i}", w, text.replace("{X}", w), 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", default=str(REPO))
    ap.add_argument("--rows", help="comma-separated row ids (default every row)")
    ap.add_argument("--show", type=int, default=40, help="misses and false bodies printed")
    ap.add_argument("--json")
    args = ap.parse_args()
    code = Path(args.code).resolve()
    sys.path.insert(0, str(code))
    from store.extract.extractor import Extractor
    from store.lang import kb
    from store.model import Article

    rows = load_rows(code)
    if args.rows:
        keep = set(args.rows.split(","))
        rows = [r for r in rows if r["id"] in keep]
    ex = Extractor()
    owners_of: dict[str, set[str]] = defaultdict(set)
    for f in kb.forms():
        owners_of[f.text].add(f.row.id)
    t0 = time.time()
    out = []
    for rid, kind, frame, a, text, pre in cases(rows, _states(code)):
        start = text.index(a, pre)
        end = start + len(a)
        art = Article(file="probe.txt", path="probe.txt", title="", body=text, raw=text)
        ms = [m for m in ex.extract(art).mentions if m.field == "body"]
        over = [m for m in ms if m.start < end and start < m.end]
        orgs = [m for m in over if m.type == "organization"]

        def is_row(m, rid: str = rid) -> bool:
            if m.ref == rid:
                return True
            row = kb.row_of_printed(m.type, m.name)
            return row is not None and row.id == rid

        if kind != "abbr":
            verdict = "false" if orgs else "ok"
        else:
            owners = owners_of.get(a, set())
            if frame.endswith("brackets"):
                paren = text.index("(", pre)
                opener = [m for m in ms if m.type == "organization" and pre <= m.start < paren and is_row(m)]
                verdict = (
                    "ok"
                    if opener and all(is_row(m) for m in over if m.type == "organization")
                    else (
                        "name"
                        if orgs or any(m.type == "organization" and pre <= m.start < paren for m in ms)
                        else "none"
                    )
                )
            else:
                verdict = "ok" if any(is_row(m) for m in orgs) else ("name" if orgs else ("type" if over else "none"))
            if verdict != "ok" and len(owners) > 1:
                verdict = "shared"
            elif verdict != "ok" and (
                len(a.replace(" ", "")) < 3 or a in kb._AMBIGUOUS_ABBREVIATIONS or rid in NAMED_AS_A_POST
            ):
                verdict = "design"  # the matcher leaves short and ambiguous letters alone unless a text defines them
        out.append(
            {
                "row": rid,
                "kind": kind,
                "frame": frame,
                "abbr": a,
                "text": text,
                "verdict": verdict,
                "found": [f"{m.type[:3]}:{m.name}:{m.ref or ''}" for m in over],
            }
        )
    dt = time.time() - t0
    by = defaultdict(Counter)
    for o in out:
        by[(o["kind"], o["frame"][:2] if o["kind"] != "abbr" else o["frame"])][o["verdict"]] += 1
    for k in sorted(by):
        c = by[k]
        print(f"{k[0]:16} {k[1]:12} n={sum(c.values()):4} " + " ".join(f"{v}={c[v]}" for v in sorted(c)))
    ab = [o for o in out if o["kind"] == "abbr"]
    gd = [o for o in out if o["kind"] != "abbr"]
    n_ok = sum(o["verdict"] == "ok" for o in ab)
    n_sh = sum(o["verdict"] in ("shared", "design") for o in ab)
    n_false = sum(o["verdict"] == "false" for o in gd)
    shown = 0
    for o in out:
        if o["verdict"] not in ("ok", "shared", "design") and shown < args.show:
            print(o["verdict"], o["row"], o["frame"], o["abbr"], "|", o["text"], "|", o["found"])
            shown += 1
    miss_rows = Counter((o["row"], o["abbr"]) for o in ab if o["verdict"] not in ("ok", "shared", "design"))
    print("abbreviations missed most:", ", ".join(f"{r}/{a} {n}" for (r, a), n in miss_rows.most_common(25)))
    print(
        f"abbr frames: ok {n_ok}/{len(ab) - n_sh} (shared or design apart: {n_sh}); guard false bodies {n_false}/{len(gd)}; "
        f"{dt:.1f} s"
    )
    if args.json:
        Path(args.json).write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in out) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
