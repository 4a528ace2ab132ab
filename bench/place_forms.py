"""Every gazetteer place in the forms text writes it, and whether it is exported by the name a reference uses.

    python bench/place_forms.py [--code CHECKOUT] [--json OUT] [--misses N] [--only regions|places]

Every row of store/data/regions.csv and places.csv (regions, cities, districts, foreign
regions, areas) is written in the forms Russian and Kazakh news print it in (place84, stop 46):

- Russian: the name after a preposition in four cases («из Жаркента», «по Туркестанской
  области», «в Алматинской области», «под Жаркентом»), a city after «г.» and «в городе», an
  oblast or district with its noun cut («в Алматинской обл.», «в Панфиловском р-не»);
- Kazakh: the nominative and the case endings («Алматы облысының», «Жаркентке», «Түркістан
  облысында»), a city before «қаласы» / «қаласында», the locative adjective («Жаркенттегі»);
- each listed abbreviation in a Russian sentence and with a hyphened Kazakh ending («ШҚО-да»),
  and each listed variant in the nominative.

Each form goes into one of a few neutral sentences written for this probe (no page's text),
picked by the row, with a paragraph of the same language after it. A case is `ok` when a
location mention over the name is named as a reference names it: the shared scorer's
`same()` (fuzzy ratio ≥ 88) against the nominative the text printed — the row's Russian name
in a Russian form, its Kazakh name in a Kazakh one, the abbreviation or variant itself, and a
city's bare name after «г.»/«қаласы» (dev's reference: «Алматы облысы» in Kazakh text,
«Алматинская область» in Russian, «ЗКО» as printed). `name`: a location over it with another
name; `type`: only another type; `none`: nothing.

Precision, counted apart (`expect none`): a city's Russian adjective before a noun
(«жаркентские таможенники», also opening the sentence), its Kazakh adjective in «-лық/-тік»,
a one-word city as a driver's surname, and an oblast's adjective inside a customs body's name
(«Алматинская таможня»: dev's reference lists no place for a place inside a body's name,
d019). Those are `ok` when no location is over the name.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import kb_query_forms as forms  # noqa: E402

# form → (language, sentences); {X} is the name in that form. Own sentences, the shapes border news uses.
TEMPLATES: dict[str, tuple[str, tuple[str, ...]]] = {
    "ru_nom": (
        "ru",
        (
            "{X} вошла в число регионов, где ремонтируют подъездные дороги к границе.",
            "Больше всего грузовиков на выезд отправляет {X}, говорится в сообщении.",
        ),
    ),
    "ru_gen": (
        "ru",
        (
            "Колонна фур из {X} растянулась на несколько километров.",
            "Перевозчики из {X} пожаловались на многочасовые простои.",
        ),
    ),
    "ru_dat": (
        "ru",
        (
            "Рейды по {X} продлятся до конца месяца, сообщили в ведомстве.",
            "Данные по {X} опубликуют на следующей неделе.",
        ),
    ),
    "ru_prep": (
        "ru",
        (
            "В {X} открыли новую площадку для грузовиков у трассы.",
            "Ситуацию в {X} обсудили на совещании в понедельник.",
        ),
    ),
    "ru_ins": (
        "ru",
        (
            "Под {X} ночью перекрыли трассу из-за метели.",
            "Между {X} и границей пустили дополнительные автобусы.",
        ),
    ),
    "ru_g": ("ru", ("Автобус из г. {X} прибыл к границе с опозданием.", "Жители г. {X} жалуются на пыль от фур.")),
    "ru_gorod": ("ru", ("В городе {X} открыли стоянку для фур.", "Об этом сообщили в городе {X} вчера.")),
    "ru_cut": (
        "ru",
        ("В {X} из-за снегопада ограничили движение грузовиков.", "Очередь машин в {X} выросла за сутки вдвое."),
    ),
    # the name right after a capitalized sentence opener, which the model may glue to it
    "ru_open": (
        "ru",
        (
            "Сегодня {X} получила первые машины с гуманитарным грузом.",
            "Также {X} попала в список регионов с новыми стоянками для фур.",
        ),
    ),
    "ru_open_prep": (
        "ru",
        ("Накануне в {X} прошло совещание по работе границы.", "Кроме того, в {X} откроют еще одну стоянку."),
    ),
    "ru_list": ("ru", ("В {X} и Шымкенте построят стоянки для фур.", "Стоянки построят в Таразе и {X}.")),
    "kk_open": (
        "kk",
        ("Бүгін {X} жаңа тұрақ ашылды.", "Сондай-ақ {X} жүк көліктеріне арналған алаң салынады."),
    ),
    "kk_list": ("kk", ("Тараз бен {X} арасында автобус қатынайды.", "Шымкент пен {X} жол жөнделеді.")),
    # abbreviated place nouns and an earlier name
    "ru_g_glued": ("ru", ("Автобус из г.{X} прибыл к границе с опозданием.", "Жители с.{X} жалуются на пыль от фур.")),
    "ru_cut_nom": ("ru", ("{X} вошел в список районов с новыми стоянками.", "Данные прислал {X} сегодня утром.")),
    "kk_cut": ("kk", ("{X} жаңа тұрақ ашылады.", "Жиынға {X} әкімі қатысты.")),
    "former": ("ru", ("Жители {X} вспоминают, как строили дорогу к границе.", "В {X} открыли стоянку для фур.")),
    "kk_nom": (
        "kk",
        ("{X} шекарадағы жол жөндеуі жүретін өңірлердің қатарына енді.", "Жаңа тұрақты салуға {X} қаражат бөлді."),
    ),
    "kk_gen": (
        "kk",
        ("{X} тұрғындары шекарадағы кезекке шағымданды.", "Жиында {X} жол жағдайы талқыланды."),
    ),
    "kk_dat": (
        "kk",
        ("Жүк көліктері {X} қарай бет алды.", "Автобустар {X} кешігіп жетті."),
    ),
    "kk_loc": (
        "kk",
        ("{X} жүк көліктеріне арналған жаңа тұрақ ашылды.", "Қар жауғандықтан {X} көлік қозғалысы шектелді."),
    ),
    "kk_abl": (
        "kk",
        ("{X} шыққан жүк көліктері шекарада тұрып қалды.", "Тасымалдаушылар {X} шекараға дейін екі күн жүрді."),
    ),
    "kk_acc": (
        "kk",
        ("Қар боран {X} тағы да шарпыды.", "Жол жөндеушілер {X} айналып өтетін жол салды."),
    ),
    "kk_locadj": (
        "kk",
        ("{X} жол жөндеуі кейінге шегерілді.", "Сарапшылар {X} көпір жөндеуінің кешігуіне алаңдаулы."),
    ),
    "kk_kala": ("kk", ("{X} жаңа тұрақ ашылды.", "Шекарашылар {X} тұрғындарымен кездесті.")),
    "abbr_ru": ("ru", ("В {X} из-за метели закрыли трассу.", "Данные по {X} уточняются, сообщили в ведомстве.")),
    "abbr_kk": ("kk", ("Тасымалдаушылар {X} шекарадағы кезекке шағымданды.", "Жаңа тұрақ {X} ашылады.")),
    "var_ru": ("ru", ("Обстановку на дорогах, ведущих в {X}, обсудили на совещании.",)),
    "var_kk": ("kk", ("{X} жол жағдайы жиында талқыланды.",)),
    # precision: no place here
    "adj_ru": (
        "ru",
        ("Сегодня {X} таможенники задержали партию контрабанды.", "{X} таможенники задержали партию контрабанды."),
    ),
    "adj_kk": ("kk", ("Бүгін {X} кәсіпкерлер шекарадағы кезекке шағымданды.",)),
    "surname": ("ru", ("Водитель Серик {X} рассказал, что простоял на границе двое суток.",)),
    "surname_kk": ("kk", ("Жүргізуші Серік {X} шекарада екі тәулік тұрғанын айтты.",)),
    "body": ("ru", ("{X} таможня сообщила о задержании партии контрабанды.",)),
}
PRECISION = {"adj_ru", "adj_kk", "surname", "surname_kk", "body"}
CONTEXT = {
    "ru": "Водители грузовиков часто жалуются на очереди у границы. На прошлой неделе колонна растянулась на несколько километров.",
    "kk": "Жүк көліктерінің жүргізушілері шекарадағы кезекке жиі шағымданады. Өткен аптада көліктер тізбегі бірнеше шақырымға созылды.",
}


@dataclass(frozen=True)
class Row:
    id: str
    kind: str
    ru: str
    kk: str
    variants: tuple[str, ...]
    adjectives: tuple[str, ...]
    abbreviations: tuple[str, ...]
    former_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Case:
    row: Row
    form: str
    text: str  # the name as printed
    expect: tuple[str, ...]  # names a reference may give it; () for a precision case
    body: str
    start: int
    end: int


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (cell or "").split("|") if v.strip() and "{" not in v)


def read_rows(only: str | None = None) -> list[Row]:
    out = []
    for file in ("regions.csv", "places.csv"):
        if only and not file.startswith(only):
            continue
        with open(REPO / "store" / "data" / file, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                if "{" in (r.get("name_ru") or "") or r.get("type") == "type":
                    continue
                out.append(
                    Row(
                        id=r["id"],
                        kind=r["type"],
                        ru=(r.get("name_ru") or "").strip(),
                        kk=(r.get("name_kk") or "").strip(),
                        variants=_split(r.get("variants")),
                        adjectives=_split(r.get("adjective_forms")),
                        abbreviations=_split(r.get("abbreviations")),
                        former_names=_split(r.get("former_names")),
                    )
                )
    return out


def _lang(text: str) -> str:
    return "en" if text.isascii() else "kk" if set(text.lower()) & set("әғқңөұүһі") else "ru"


def _kazakh_adjective(name: str) -> str | None:
    """«Шымкент» → «шымкенттік»: -лық/-лік after a vowel, -дық/-дік after a voiced
    consonant, -тық/-тік after a voiceless one, by the last vowel."""
    low = name.lower()
    vowels = [c for c in low if c in "аәеёиоөуұүыіэюя"]
    if not vowels or " " in name or "-" in name:
        return None
    back = vowels[-1] in "аоұыуёюя"
    last = low[-1]
    head = "л" if last in "аәеёиоөуұүыіэюя" else "т" if last in "кқпстфхцчшщһбвгд" else "д"
    return low + head + ("ық" if back else "ік")


def _cut(name: str) -> str | None:
    """«Алматинская область» → «Алматинской обл.», «Панфиловский район» → «Панфиловском р-не»."""
    words = name.split()
    if len(words) != 2:
        return None
    adj = forms.russian_case(words[0], "prep")
    if not adj or not forms._is_adjective(words[0]):
        return None
    if words[1] == "область":
        return f"{adj} обл."
    if words[1] == "район":
        return f"{adj} р-не"
    return None


def row_forms(row: Row) -> list[tuple[str, str, tuple[str, ...]]]:
    """(form, printed text, names a reference may give) of the row."""
    out: list[tuple[str, str, tuple[str, ...]]] = []
    ru_ok = row.ru and _lang(row.ru) == "ru"
    if ru_ok:
        out.append(("ru_nom", row.ru, (row.ru,)))
        for case in forms.RU_CASES:
            t = forms.russian_case(row.ru, case)
            if t:
                out.append((f"ru_{case}", t, (row.ru,)))
        if row.kind == "city":
            out.append(("ru_g", row.ru, (row.ru,)))
            t = forms.russian_case(row.ru, "prep")
            if t:
                out.append(("ru_gorod", t, (row.ru,)))
        out.append(("ru_open", row.ru, (row.ru,)))
        for form in ("ru_open_prep", "ru_list"):
            t = forms.russian_case(row.ru, "prep")
            if t:
                out.append((form, t, (row.ru,)))
        if row.kind == "city":
            out.append(("ru_g_glued", row.ru, (row.ru,)))
        words_ = row.ru.split()
        if len(words_) == 2 and words_[1] in ("район", "область") and forms._is_adjective(words_[0]):
            out.append(("ru_cut_nom", f"{words_[0]} {'р-н' if words_[1] == 'район' else 'обл.'}", (row.ru,)))
        cut = _cut(row.ru)
        if cut:
            out.append(("ru_cut", cut, (row.ru,)))
    if row.kk:
        out.append(("kk_nom", row.kk, (row.kk,)))
        for case in ("gen", "dat", "loc", "abl", "acc"):
            t = forms.kazakh_case(row.kk, case)
            if t:
                out.append((f"kk_{case}", t, (row.kk,)))
        loc = forms.kazakh_case(row.kk, "loc")
        if loc:
            out.append(("kk_locadj", loc + ("ғы" if loc.endswith("а") else "гі"), (row.kk,)))
        if loc:
            out.append(("kk_open", loc, (row.kk,)))
        for noun, short in (("облысы", "обл."), ("ауданы", "ауд.")):
            if row.kk.endswith(" " + noun):
                out.append(("kk_cut", row.kk[: -len(noun)] + short, (row.kk,)))
        if row.kind == "city":
            out.append(("kk_cut", f"{row.kk} қ.", (row.kk,)))
        out.append(("kk_list", row.kk, (row.kk,)))
        if row.kind == "city":
            out.append(("kk_kala", f"{row.kk} қаласында", (row.kk, f"{row.kk} қаласы")))
    for former in row.former_names:
        if _lang(former) == "ru":
            out.append(("former", former, (former,)))  # the sentences take the nominative's case below
    for abbr in row.abbreviations:
        if " " in abbr or not abbr.isupper() or abbr.isascii():
            continue
        if _lang(abbr) == "ru":
            out.append(("abbr_ru", abbr, (abbr,)))
        out.append(("abbr_kk", f"{abbr}-да", (abbr,)))
    for v in row.variants[:3]:
        lang = _lang(v)
        if lang in ("ru", "kk"):
            out.append((f"var_{lang}", v, (v,)))
    # precision
    if row.kind == "city":
        plural = [a for a in row.adjectives if a.islower() and a.endswith("ие") and " " not in a]
        for a in plural[:1]:
            out.append(("adj_ru", a, ()))
        adj = _kazakh_adjective(row.kk or row.ru)
        if adj:
            out.append(("adj_kk", adj, ()))
        if row.ru and " " not in row.ru and "-" not in row.ru and ru_ok:
            out.append(("surname", row.ru, ()))
            out.append(("surname_kk", row.kk or row.ru, ()))
    if row.kind == "region" and row.ru.endswith(" область"):
        adj = row.ru.split()[0]
        if forms._is_adjective(adj) and adj.endswith("ая"):
            out.append(("body", adj, ()))
    return out


def make_cases(rows: list[Row]) -> list[Case]:
    out = []
    for n, row in enumerate(rows):
        for form, text, expect in row_forms(row):
            lang, sentences = TEMPLATES[form]
            for i, s in enumerate(sentences):
                if form == "adj_ru" and i == 1:
                    text_here = text[:1].upper() + text[1:]
                elif len(sentences) > 1 and form != "adj_ru" and (i + n) % 2:
                    continue  # one of two sentences per row, alternating
                else:
                    text_here = text
                if form == "former":
                    text_here = forms.russian_case(text, ("gen", "prep")[i]) or text
                start = s.index("{X}")
                body = s.replace("{X}", text_here) + "\n\n" + CONTEXT[lang]
                out.append(Case(row, form, text_here, expect, body, start, start + len(text_here)))
    return out


def load_same(shared: Path):
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.same


def judge(case: Case, mentions, same) -> tuple[str, list[str]]:
    over = [m for m in mentions if m.field == "body" and m.start < case.end and case.start < m.end]
    locs = [m for m in over if m.type == "location"]
    if not case.expect:
        return ("loc" if locs else "ok"), [f"{m.type[:3]}:{m.name}" for m in over]
    found = [f"{m.type[:3]}:{m.name}" for m in over]
    if any(same(m.name, e, "location") for m in locs for e in case.expect):
        return "ok", found
    if locs:
        return "name", found
    return ("type" if over else "none"), found


def run(cases: list[Case], same) -> list[dict]:
    from store.extract.extractor import Extractor
    from store.model import Article

    ex = Extractor()
    done = []
    for c in cases:
        art = Article(file="probe.txt", path="probe.txt", title="", body=c.body, raw=c.body)
        verdict, found = judge(c, ex.extract(art).mentions, same)
        done.append(
            {"row": c.row.id, "kind": c.row.kind, "form": c.form, "text": c.text, "verdict": verdict, "found": found}
        )
    return done


def report(done: list[dict], misses: int) -> list[str]:
    lines = []
    for key in ("form", "kind"):
        groups: dict[str, Counter] = defaultdict(Counter)
        for d in done:
            groups[d[key]][d["verdict"]] += 1
        lines.append(f"{key:<11} {'n':>5} {'ok':>5} {'name':>5} {'type':>5} {'none':>5} {'loc':>5}")
        for name, c in sorted(groups.items()):
            n = sum(c.values())
            lines.append(f"{name:<11} {n:>5} {c['ok']:>5} {c['name']:>5} {c['type']:>5} {c['none']:>5} {c['loc']:>5}")
        lines.append("")
    by_form: dict[str, list[dict]] = defaultdict(list)
    for d in done:
        if d["verdict"] != "ok":
            by_form[d["form"]].append(d)
    for form, items in sorted(by_form.items()):
        lines.append(f"{form}: {len(items)} not ok")
        for d in items[:misses]:
            lines.append(f"    {d['row']:<22} {d['verdict']:<5} {d['text']!r} → {d['found']}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", default=str(REPO), help="the checkout whose store package extracts")
    ap.add_argument("--shared", default="/work/shared", help="the folder holding eval/score.py")
    ap.add_argument("--json", help="every case's verdict here, one JSON object a line")
    ap.add_argument("--misses", type=int, default=12, help="misses shown per form")
    ap.add_argument("--only", help="regions or places")
    args = ap.parse_args()
    code = Path(args.code).resolve()
    sys.path.insert(0, str(code))
    same = load_same(Path(args.shared))
    rows = read_rows(args.only)
    cases = make_cases(rows)
    t0 = time.process_time()
    done = run(cases, same)
    cpu = time.process_time() - t0
    if args.json:
        Path(args.json).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in done), "utf-8")
    print("\n".join(report(done, args.misses)))
    recall = [d for d in done if d["form"] not in PRECISION]
    prec = [d for d in done if d["form"] in PRECISION]
    ok = sum(d["verdict"] == "ok" for d in recall)
    c = Counter(d["verdict"] for d in recall)
    bad = sum(d["verdict"] == "loc" for d in prec)
    print(
        f"{code} rows {len(rows)}: named as the reference names it {ok}/{len(recall)} {ok / max(1, len(recall)):.3f} "
        f"(name {c['name']}, type {c['type']}, none {c['none']}); precision cases read as a place "
        f"{bad}/{len(prec)}; CPU {cpu:.0f} s"
    )


if __name__ == "__main__":
    main()
