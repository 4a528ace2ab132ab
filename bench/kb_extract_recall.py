"""How often a body or place the knowledge base holds is extracted where an article prints it.

    python bench/kb_extract_recall.py [--code CHECKOUT] [--seed 62] [--rows N] [--worst 20] [--json OUT]

For a seeded sample of rows of store/data/{bodies,regions,places,countries}.csv (N rows
of each file, all countries) the name is put, in each form bench/kb_query_forms.py makes
(Russian cases, Kazakh case endings, the listed abbreviations, the English name), into
sentences of fixed templates written for this probe: a dozen shapes, Russian, Kazakh and
English, each needing one case and standing in one place of a page an article body keeps
(mid-sentence, first line, last line, a list item, a quote, after a dash, in brackets,
the title). Every text goes through the real `Extractor` of CHECKOUT (`--code`, by
default this one: main's numbers are the baseline when it is /work/main), and each
(row, form, template) is judged:

- `ok`: a mention of the row's type over the name whose name (or ref) the knowledge
  base brings back to that row (`kb.row_of_printed`);
- `name`: a mention of the row's type over the name that is another row or none (a part
  of the name, a longer span, a wrong row);
- `type`: only a mention of another type over it;
- `none`: nothing over it.

Precision on the same run: every organization or location found outside the name (the
templates' own words name nothing) is an `extra`; and a one-word place name put where it
is a person's surname («водитель Серик Тараз») must give no body or place there
(`surname` sentences, counted apart). Prints the counts per row type, form, position and
template, the rows missed most, and one summary line.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import kb_query_forms as forms  # noqa: E402

# (form's case, language) → templates: (position, title, body); {X} is the name in that form.
# Written for this probe: the shapes Russian and Kazakh border news use, no page's sentences.
TEMPLATES: dict[tuple[str, str], tuple[tuple[str, str, str], ...]] = {
    ("nom", "ru"): (
        ("mid", "", "В списке участников переговоров значится {X}, сообщает наш корреспондент."),
        ("first", "", "{X}: итоги работы за девять месяцев\n\nЗа отчетный период очереди на выезд сократились вдвое."),
        ("dash", "", "Главный получатель средств на ремонт подъездных дорог — {X}."),
        ("list", "", "В совещании приняли участие:\n\n— {X};\n\n— представители перевозчиков."),
        ("title", "{X} ответил на жалобы перевозчиков", "Водители жалуются на многочасовые очереди у границы."),
        ("last", "", "Очередь на выезд за сутки выросла до трехсот машин.\n\nИсточник: {X}"),
    ),
    ("gen", "ru"): (
        ("mid", "", "По данным {X}, за неделю границу пересекли более трех тысяч грузовиков."),
        ("quote", "", "«Мы ждем ответа от {X}», — сказал председатель ассоциации перевозчиков."),
        ("brackets", "", "Новые правила (по информации {X}) вступят в силу с первого января."),
    ),
    ("dat", "ru"): (
        ("mid", "", "Перевозчики направили обращение {X} с просьбой продлить режим работы."),
        ("last", "", "Очередь на выезд за сутки выросла до трехсот машин.\n\nВопросы адресованы {X}."),
    ),
    ("ins", "ru"): (
        ("mid", "", "Вопрос о сроках ремонта дороги обсуждался вместе с {X} на прошлой неделе."),
        ("quote", "", "«Работа с {X} будет продолжена», — отметили в ассоциации перевозчиков."),
    ),
    ("prep", "ru"): (
        ("mid", "", "Об этом сообщили в {X} в ответ на запрос редакции."),
        ("list", "", "Проверки пройдут в трех местах:\n\n— в {X};\n\n— на подъездных дорогах."),
    ),
    ("nom", "kk"): (
        ("mid", "", "Бұл туралы {X} хабарлады, деп жазады тілшіміз."),
        ("first", "", "{X}: тоғыз айдың қорытындысы\n\nЕсепті кезеңде шекарадағы кезек екі есе қысқарды."),
        ("dash", "", "Жол жөндеуге бөлінген қаражатты алушы — {X}."),
        ("list", "", "Кеңеске қатысқандар:\n\n— {X};\n\n— тасымалдаушылар өкілдері."),
        ("title", "{X} тасымалдаушылардың шағымына жауап берді", "Жүргізушілер шекарадағы ұзын кезекке шағымданады."),
    ),
    ("gen", "kk"): (
        ("mid", "", "{X} мәліметінше, бір аптада шекарадан үш мыңнан астам жүк көлігі өтті."),
        ("brackets", "", "Жаңа ережелер ({X} мәліметінше) бірінші қаңтардан бастап күшіне енеді."),
    ),
    ("dat", "kk"): (
        ("mid", "", "Тасымалдаушылар {X} өтініш жолдады."),
        ("last", "", "Кезек бір тәулікте үш жүз көлікке жетті.\n\nСұрақтар {X} жіберілді."),
    ),
    ("loc", "kk"): (
        ("mid", "", "Бұл мәселе {X} өткен жиында талқыланды."),
        ("quote", "", "«{X} жұмыс жалғасады», — деді қауымдастық төрағасы."),
    ),
    ("abl", "kk"): (("mid", "", "{X} келген өкілдер жол жөндеу мерзімін талқылады."),),
    ("acc", "kk"): (
        ("mid", "", "Тасымалдаушылар {X} кезекті қысқартуға шақырды."),
        ("quote", "", "«Біз {X} бұл мәселені шешуге шақырамыз», — деді қауымдастық өкілі."),
    ),
    ("ins", "kk"): (
        ("mid", "", "Жол жөндеу мерзімі {X} бірлесіп талқыланды."),
        ("list", "", "Кеңесте келісілді:\n\n— {X} бірге кезекті бақылау;\n\n— тасымалдаушыларға хабарлау."),
    ),
    # the locative adjective («Ақтөбедегі» 'the one in Ақтөбе'), a headline's favourite opening
    ("locadj", "kk"): (
        ("mid", "", "Сарапшылар {X} жол жөндеуінің кешігуіне алаңдаулы."),
        ("title", "{X} көпір жөндеуі кейінге шегерілді", "Жұмыс мерзімі тағы да ұзартылды."),
    ),
    ("nom", "en"): (
        ("mid", "", "On Monday, {X} said it would extend the working hours of the crossing."),
        ("first", "", "{X}: results of nine months\n\nQueues at the border fell by half over the period."),
    ),
    ("gen", "en"): (("mid", "", "According to {X}, more than three thousand trucks crossed the border last week."),),
}
# A paragraph of the template's language after the sentence (before it for the last line):
# an article is longer than one sentence, and the passes that read a text as Kazakh ask
# for a few Kazakh words around a name (store.lang.kazakh.kazakh_context).
CONTEXT = {
    "ru": "Водители грузовиков часто жалуются на очереди у границы. На прошлой неделе колонна растянулась на несколько километров.",
    "kk": "Жүк көліктерінің жүргізушілері шекарадағы кезекке жиі шағымданады. Өткен аптада көліктер тізбегі бірнеше шақырымға созылды.",
    "en": "Truck drivers often complain about queues at the border. Last week the line stretched for several kilometres.",
}
# where a one-word place name is a person's surname: it must not become a body or place there
SURNAME_TEMPLATES = (
    "Водитель Серик {X} рассказал, что простоял на границе двое суток.",
    "Жүргізуші Серік {X} шекарада екі тәулік тұрғанын айтты.",
)
# A town that shares its name with a post («Сарыагаш», «Мамлютка»): sentences that speak of the
# border and mean the town (its akim, residents, streets, population, «в городе») or the post (a
# crossing verb, a queue or trucks at it, its facing post, «через X» with the border). Written for
# this probe; each is labeled by construction: `town` wants a place over the name and no
# checkpoint, `post` a checkpoint over it (`--towns`).
READINGS: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("nom", "ru"): (
        ("town", "{X} — районный центр в трех километрах от границы, здесь живут около сорока тысяч человек."),
        ("town", "Город {X} расположен у самой границы, и жители давно просят построить объездную дорогу."),
        ("post", "{X} за сутки пропустил через границу более двух тысяч человек."),
        ("post", "Очередь из грузовиков перед {X} на границе растянулась на пять километров."),
    ),
    ("gen", "ru"): (
        ("town", "Аким {X} пообещал построить у границы стоянку для фур, чтобы разгрузить улицы города."),
        ("town", "Население {X} за десять лет выросло, многие работают на границе."),
        ("town", "На улицах {X} после закрытия границы стало заметно меньше машин."),
        ("post", "У {X} на границе с утра скопилось около трехсот фур."),
        ("post", "Со стороны {X} границу за неделю пересекли пять тысяч грузовиков."),
    ),
    ("prep", "ru"): (
        ("town", "В {X} открылась новая школа, хотя до границы отсюда всего десять километров."),
        ("town", "В {X} живут семьи пограничников и таможенников, рассказали в акимате района."),
        ("post", "На {X} в очереди на выезд из страны стоят двести машин, сообщает пограничная служба."),
    ),
    ("nom", "kk"): (
        ("town", "{X} — шекарадан үш шақырым жерде орналасқан аудан орталығы, мұнда қырық мың адам тұрады."),
        ("post", "{X} бір тәулікте шекарадан екі мыңнан астам адамды өткізді."),
    ),
    ("gen", "kk"): (
        ("town", "{X} әкімі шекарадағы кезекке байланысты қала тұрғындарымен кездесті."),
        ("town", "{X} тұрғындары шекара жабылғаннан кейін жұмыссыз қалды."),
        ("post", "{X} маңында шекарада үш жүз жүк көлігі кезекте тұр."),
    ),
    ("loc", "kk"): (
        ("town", "{X} тұратын отбасылар шекара жабылғанына шағымданды."),
        ("post", "{X} шекарадан өтуге кезек үш жүз көлікке жетті."),
    ),
    ("abl", "kk"): (
        ("town", "{X} шекараға дейін он шақырым, қала тұрғындары күнде шекарадан өтеді."),
        ("post", "{X} бір аптада шекарадан бес мың жүк көлігі өтті."),
    ),
    ("nom", "en"): (
        ("town", "Residents of {X} say queues at the border block the town's streets."),
        ("post", "More than two thousand trucks crossed the border through {X} last week."),
    ),
}
FILES = (  # file, row type shown, entity type
    ("bodies.csv", "body", "organization"),
    ("regions.csv", None, "location"),  # the row's own type column: region, city, district
    ("places.csv", None, "location"),
    ("countries.csv", "country", "location"),
)


@dataclass(frozen=True)
class Row:
    id: str
    kind: str
    entity_type: str
    ru: str
    kk: str
    en: str
    abbreviations: tuple[str, ...]
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class Case:
    row: Row
    form: str  # ru_nom, ru_gen, kk_dat, abbr_ru, en …
    position: str
    template: str  # "lang case index"
    title: str
    body: str
    field: str  # where the name stands: title or body
    start: int
    end: int


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (cell or "").split("|") if v.strip() and "{" not in v)


def read_rows(per_file: int | None, seed: int, only: str | None = None) -> list[Row]:
    """The sampled rows of each file (template rows and the abstract type row left out);
    `only` keeps one file («bodies»)."""
    out: list[Row] = []
    for file, kind, entity_type in FILES:
        if only and not file.startswith(only):
            continue
        with open(REPO / "store" / "data" / file, encoding="utf-8", newline="") as f:
            recs = [r for r in csv.DictReader(f) if "{" not in (r.get("name_ru") or "") and r.get("type") != "type"]
        if per_file and kind != "country":
            recs = random.Random(f"{seed}:{file}").sample(recs, min(per_file, len(recs)))
        for r in recs:
            en = r.get("name_en") or next(iter(_split(r.get("names_en"))), "") or r.get("name_latin_official") or ""
            out.append(
                Row(
                    id=r["id"],
                    kind=kind or r["type"],
                    entity_type=entity_type,
                    ru=(r.get("name_ru") or "").strip(),  # as text prints it: quotes, legal form
                    kk=(r.get("name_kk") or "").strip(),
                    en=en.strip(),
                    abbreviations=_split(r.get("abbreviations")),
                    variants=_split(r.get("variants")) if file == "bodies.csv" else (),
                )
            )
    return out


def russian_case(name: str, case: str) -> str | None:
    """The name in a Russian case; a quoted name after its head («Центр … «Хоргос»») keeps
    its quotes and case, the words before the quote decline."""
    head, quote, rest = name.partition("«")
    if not quote or not head.strip():
        return forms.russian_case(name, case)
    done = forms.russian_case(head.strip(), case)
    return f"{done} «{rest}" if done else None


def locative_adjective(name: str) -> str | None:
    """The Kazakh locative with «-ғы/-гі» after it («Ақтөбедегі», «Павлодардағы»), by the
    vowel the locative ending has."""
    loc = forms.kazakh_case(name, "loc")
    if not loc:
        return None
    return loc + ("ғы" if loc.endswith("а") else "гі")


def _language(text: str) -> str:
    return "en" if text.isascii() else "kk" if set(text.lower()) & set("әғқңөұүһі") else "ru"


def _one_word_abbreviations(row: Row) -> list[str]:
    """The row's abbreviations written as one capital word («КГД», «ҚТЖ», «KTZ»)."""
    return [a for a in row.abbreviations if " " not in a and len(a) <= 8 and forms.typed(a).isupper()]


def kazakh_abbreviation_case(abbr: str, case: str) -> str:
    """A Kazakh case ending after a hyphen, as the press writes it on an abbreviation read
    letter by letter («ҚТЖ-ның», «ҰҚК-ға»): the letters' names end in a back vowel."""
    return abbr + {"gen": "-ның", "dat": "-ға", "loc": "-да", "abl": "-дан"}[case]


def row_forms(row: Row) -> list[tuple[str, str, str, str]]:
    """(form, case the templates need, language, text) of the row: each printed form once."""
    out: list[tuple[str, str, str, str]] = []
    if row.ru:
        out.append(("ru_nom", "nom", "ru", row.ru))
        out += [(f"ru_{c}", c, "ru", t) for c in forms.RU_CASES for t in [russian_case(row.ru, c)] if t]
    if row.kk and row.kk != row.ru:
        out.append(("kk_nom", "nom", "kk", row.kk))
    if row.kk:
        out += [
            (f"kk_{c}", c, "kk", t)
            for c in ("gen", "dat", "acc", "loc", "abl", "ins")
            for t in [forms.kazakh_case(row.kk, c)]
            if t
        ]
        out += [("kk_locadj", "locadj", "kk", t) for t in [locative_adjective(row.kk)] if t]
    out += _abbreviation_forms(row)
    out += _variant_forms(row)
    if row.en and row.en.isascii():
        out += [("en_nom", "nom", "en", row.en), ("en_gen", "gen", "en", row.en)]
    seen, unique = set(), []
    for f in out:
        if (f[0], f[3]) not in seen:
            seen.add((f[0], f[3]))
            unique.append(f)
    return unique


def _abbreviation_forms(row: Row) -> list[tuple[str, str, str, str]]:
    """Each one-word abbreviation alone (a Russian one also in the prepositional and
    dative, a Kazakh one with hyphened case endings), and the first of each script in
    brackets after the full name of its language («Комитет … (КГД)», «… комитеті (МКК)»)."""
    out: list[tuple[str, str, str, str]] = []
    bracketed: set[str] = set()
    for abbr in _one_word_abbreviations(row):
        lang = _language(abbr)
        out.append((f"abbr_{lang}", "gen" if lang != "en" else "nom", lang, abbr))
        if lang == "ru":
            out += [("abbr_ru_case", c, "ru", abbr) for c in ("prep", "dat")]
        if lang == "kk":
            out += [("abbr_kk_case", c, "kk", kazakh_abbreviation_case(abbr, c)) for c in ("gen", "dat")]
        full = {"ru": row.ru, "kk": row.kk or (row.ru if lang == "kk" else ""), "en": row.en}[lang]
        if full and lang not in bracketed and abbr not in full:
            bracketed.add(lang)
            out.append((f"brackets_{lang}", "nom", lang, f"{full} ({abbr})"))
    return out


def _variant_forms(row: Row) -> list[tuple[str, str, str, str]]:
    """Up to three short names of a body («Минтранс», «Погранслужба КНБ») as printed and,
    for a Russian one, in the genitive and prepositional."""
    out: list[tuple[str, str, str, str]] = []
    for v in row.variants[:3]:
        lang = _language(v)
        out.append((f"var_{lang}", "nom", lang, v))
        if lang == "ru":
            out += [(f"var_ru_{c}", c, "ru", t) for c in ("gen", "prep") for t in [russian_case(v, c)] if t]
        if lang == "kk":
            out += [(f"var_kk_{c}", c, "kk", t) for c in ("gen", "dat") for t in [forms.kazakh_case(v, c)] if t]
    return out


def make_cases(rows: list[Row], seed: int) -> list[Case]:
    """Each (row, form) in one template of its case and language, chosen by the seed;
    a nominative goes into two (a position a sentence keeps and one a page keeps)."""
    out: list[Case] = []
    for row in rows:
        rng = random.Random(f"{seed}:{row.id}")
        for form, case, lang, text in row_forms(row):
            templates = TEMPLATES.get((case, lang), ())
            if not templates:
                continue
            picks = rng.sample(range(len(templates)), min(2 if case == "nom" else 1, len(templates)))
            for i in picks:
                position, title, body = templates[i]
                body = f"{CONTEXT[lang]}\n\n{body}" if position == "last" else f"{body}\n\n{CONTEXT[lang]}"
                out.append(_case(row, form, position, f"{lang} {case} {i}", title, body, text))
    return out


def _case(row: Row, form: str, position: str, template: str, title: str, body: str, text: str) -> Case:
    field = "title" if "{X}" in title else "body"
    where = title if field == "title" else body
    start = where.index("{X}")
    title, body = title.replace("{X}", text), body.replace("{X}", text)
    return Case(row, form, position, template, title, body, field, start, start + len(text))


def surname_cases(rows: list[Row]) -> list[Case]:
    """One-word Kazakh place names as a driver's surname (Russian and Kazakh sentence)."""
    out = []
    for row in rows:
        if row.kind in ("city", "district") and row.ru and " " not in row.ru and "-" not in row.ru:
            for i, t in enumerate(SURNAME_TEMPLATES):
                name, lang = (row.ru, "ru") if i == 0 else (row.kk or row.ru, "kk")
                out.append(_case(row, "surname", "surname", f"surname {i}", "", f"{t}\n\n{CONTEXT[lang]}", name))
    return out


def shares_a_post_name(row: Row) -> bool:
    """Is the town's Russian name, as printed, a post's name the checkpoint matcher reads?"""
    from store.extract.checkpoints import find_checkpoints

    if row.kind not in ("city", "district", "village", "settlement") or not row.ru:
        return False
    text = f"Пункт пропуска «{row.ru}» работает круглосуточно."
    start = text.index("«") + 1
    return any(sp.start == start and sp.end == start + len(row.ru) for sp in find_checkpoints(text))


def reading_cases(rows: list[Row]) -> list[Case]:
    """Every town sharing a post's name in every READINGS sentence its forms fit; the
    template says the reading («town 0 ru gen 1»: the town, Russian genitive, second sentence)."""
    out = []
    for row in rows:
        if not shares_a_post_name(row):
            continue
        for form, case, lang, text in row_forms(row):
            for i, (reading, body) in enumerate(READINGS.get((case, lang), ())):
                out.append(
                    _case(row, form, reading, f"{reading} {lang} {case} {i}", "", f"{body}\n\n{CONTEXT[lang]}", text)
                )
    return out


def judge_reading(case: Case, mentions) -> str:
    """`ok` (the reading the sentence was written for), `post` (a town read as a checkpoint),
    `town` (a post read as a place only) or `none`."""
    over = {m.type for m in mentions if m.field == case.field and m.start < case.end and case.start < m.end}
    if case.position == "post":
        return "ok" if "checkpoint" in over else "town" if "location" in over else "none"
    if "checkpoint" in over:
        return "post"
    return "ok" if "location" in over else "none"


# ------------------------------------------------------------------ judging


def judge(case: Case, mentions, kb, names=None, key=None) -> tuple[str, list[str]]:
    """The verdict on the name and the extras (bodies and places found outside it);
    `names` and `key` (listed_names, identity.key) accept a name the row shares."""
    over, extras = [], []
    for m in mentions:
        if m.type not in ("organization", "location", "checkpoint", "person"):
            continue
        inside = m.field == case.field and m.start < case.end and case.start < m.end
        if inside:
            over.append(m)
        elif m.type in ("organization", "location"):
            extras.append(f"{m.type[:3]}:{m.name}")
    if case.form == "surname":
        wrong = [m for m in over if m.type in ("organization", "location")]
        return ("wrong" if wrong else "ok"), extras
    same = [m for m in over if m.type == case.row.entity_type]
    if case.form.startswith("brackets_"):
        return _judge_brackets(case, over, same, kb, names, key), extras
    for m in same:
        if m.ref == case.row.id or (names and key(forms.typed(m.name)) in names.get(case.row.id, ())):
            return "ok", extras
        row = kb.row_of_printed(m.type, m.name)
        if row is not None and row.id == case.row.id:
            return "ok", extras
    if same:
        return "name", extras
    return ("type" if over else "none"), extras


def _is_row(case: Case, m, kb, names, key) -> bool:
    if m.ref == case.row.id or (names and key(forms.typed(m.name)) in names.get(case.row.id, ())):
        return True
    row = kb.row_of_printed(m.type, m.name)
    return row is not None and row.id == case.row.id


def _judge_brackets(case: Case, over, same, kb, names, key) -> str:
    """A full name with its abbreviation in brackets is found when a mention of the row
    opens at the full name and every mention over the bracketed letters is the row too
    (a place inside the full name, «… в Азии», is judged by the plain forms, not here)."""
    if not any(m.start == case.start and _is_row(case, m, kb, names, key) for m in same):
        return "name" if same else "type" if over else "none"
    opening = (case.title if case.field == "title" else case.body).rindex("(", case.start, case.end)
    inside = [m for m in over if m.end > opening]
    if any(m.type != case.row.entity_type for m in inside):
        return "type"
    return "ok" if all(_is_row(case, m, kb, names, key) for m in inside) else "name"


def listed_names(kb, key) -> dict[str, set[str]]:
    """Row id → the identity keys of its listed names without quotes and legal form: a name
    two rows share («Хромтау», the town and the district) is either's, though
    `kb.row_of_printed` knows neither then."""
    out: dict[str, set[str]] = defaultdict(set)
    for f in kb.forms():
        out[f.row.id].add(key(forms.typed(f.text)))
    return out


def run(cases: list[Case]) -> list[dict]:
    from store.extract.extractor import Extractor
    from store.lang import kb
    from store.lang.identity import key
    from store.model import Article

    ex = Extractor()
    names = listed_names(kb, key)
    done = []
    for c in cases:
        art = Article(file="probe.txt", path="probe.txt", title=c.title, body=c.body, raw=c.body)
        mentions = ex.extract(art).mentions
        verdict, extras = judge(c, mentions, kb, names, key)
        found = [
            f"{m.type[:3]}:{m.name}" for m in mentions if m.field == c.field and m.start < c.end and c.start < m.end
        ]
        done.append(
            {
                "row": c.row.id,
                "row_type": c.row.kind,
                "form": c.form,
                "position": c.position,
                "template": c.template,
                "text": (c.title if c.field == "title" else c.body)[c.start : c.end],
                "verdict": verdict,
                "found": found,
                "extras": extras,
            }
        )
    return done


def run_readings(cases: list[Case]) -> list[dict]:
    from store.extract.extractor import Extractor
    from store.model import Article

    ex = Extractor()
    done = []
    for c in cases:
        art = Article(file="probe.txt", path="probe.txt", title=c.title, body=c.body, raw=c.body)
        mentions = ex.extract(art).mentions
        found = [
            f"{m.type[:3]}:{m.name}" for m in mentions if m.field == c.field and m.start < c.end and c.start < m.end
        ]
        done.append(
            {
                "row": c.row.id,
                "form": c.form,
                "reading": c.position,
                "template": c.template,
                "text": c.body[c.start : c.end],
                "verdict": judge_reading(c, mentions),
                "found": found,
            }
        )
    return done


def reading_report(done: list[dict]) -> list[str]:
    """Per reading and form, and per template: ok of n and what the misses became."""
    lines = ["town or post: reading form         n    ok  post  town  none"]
    for key in (("reading", "form"), ("template",)):
        groups: dict[str, Counter] = defaultdict(Counter)
        for d in done:
            groups[" ".join(d[k] for k in key)][d["verdict"]] += 1
        for name, c in sorted(groups.items()):
            n = sum(c.values())
            lines.append(f"  {name:<27} {n:>4} {c['ok']:>5} {c['post']:>5} {c['town']:>5} {c['none']:>5}")
    for d in done:
        if d["verdict"] != "ok":
            lines.append(f"    {d['template']:<14} {d['text']!r} → {d['found']}")
    return lines


# ------------------------------------------------------------------ report

VERDICTS = ("ok", "name", "type", "none")


def table(done: list[dict], key: str) -> list[str]:
    """Counts of each verdict grouped by `key`, the worst share found first."""
    groups: dict[str, Counter] = defaultdict(Counter)
    extras: Counter = Counter()
    for d in done:
        groups[d[key]][d["verdict"]] += 1
        extras[d[key]] += len(d["extras"])
    lines = [f"{key:<14} {'n':>5} " + " ".join(f"{v:>5}" for v in VERDICTS) + f" {'share':>6} {'extra':>5}"]
    for name, c in sorted(groups.items(), key=lambda kv: kv[1]["ok"] / sum(kv[1].values())):
        n = sum(c.values())
        lines.append(
            f"{name:<14} {n:>5} " + " ".join(f"{c[v]:>5}" for v in VERDICTS) + f" {c['ok'] / n:>6.3f} {extras[name]:>5}"
        )
    return lines


def worst(done: list[dict], most: int) -> list[str]:
    misses = [d for d in done if d["verdict"] != "ok"]
    by_row: dict[str, list[dict]] = defaultdict(list)
    for d in misses:
        by_row[d["row"]].append(d)
    lines = []
    for row, items in sorted(by_row.items(), key=lambda kv: -len(kv[1]))[:most]:
        lines.append(f"{row}: {len(items)} missed")
        for d in items[:5]:
            lines.append(f"    {d['form']:<8} {d['position']:<8} {d['verdict']:<5} {d['text']!r} → {d['found']}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", default=str(REPO), help="the checkout whose store package extracts")
    ap.add_argument("--seed", type=int, default=62)
    ap.add_argument("--rows", type=int, default=0, help="rows drawn from each file (0: every row)")
    ap.add_argument("--worst", type=int, default=20)
    ap.add_argument("--json", help="every case's verdict here, one JSON object a line")
    ap.add_argument("--towns", action="store_true", help="only the towns sharing a post's name, read both ways")
    ap.add_argument("--only", help="one file's rows: bodies, regions, places or countries")
    args = ap.parse_args()
    code = Path(args.code).resolve()
    sys.path.insert(0, str(code))
    rows = read_rows(args.rows, args.seed, args.only)
    if args.towns:
        readings = run_readings(reading_cases(rows))
        if args.json:
            Path(args.json).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in readings), "utf-8")
        print("\n".join(reading_report(readings)))
        n, ok = len(readings), sum(d["verdict"] == "ok" for d in readings)
        print(f"{code} towns sharing a post's name: {ok}/{n} read as written")
        return
    cases = make_cases(rows, args.seed)
    t0 = time.process_time()
    done = run(cases)
    names = run(surname_cases(rows))
    cpu = time.process_time() - t0
    if args.json:
        Path(args.json).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in done + names), "utf-8")
    for key in ("row_type", "form", "position", "template"):
        print("\n".join(table(done, key)))
        print()
    print("\n".join(worst(done, args.worst)))
    print()
    n, ok = len(done), sum(d["verdict"] == "ok" for d in done)
    counts = Counter(d["verdict"] for d in done)
    extra = sum(len(d["extras"]) for d in done)
    wrong = sum(d["verdict"] == "wrong" for d in names)
    print(
        f"{code} seed {args.seed} rows {len(rows)}: found {ok}/{n} {ok / n:.3f} "
        f"(name {counts['name']}, type {counts['type']}, none {counts['none']}), extras {extra}, "
        f"surname sentences read as a place {wrong}/{len(names)}, CPU {cpu:.0f} s"
    )


if __name__ == "__main__":
    main()
