"""Names broken over a line with a hyphen, read through the reading stage, then extracted.

`python bench/line_hyphen_forms.py [--code CHECKOUT] [--json OUT]`: org86's `hyphen` family of
bench/kb_body_forms.py (every body name's longest word, 9 letters or more, cut in half with «-\\n»)
and the same cut in bench/place_forms.py's forms (the longest word of 6 letters or more), each
text put through the checkout's store.reading.parse.paragraphs() — as a page is read — and then
through its extractor. kb_body_forms gives its texts to the extractor unread, so it cannot see a
join made in reading; this bench can. The name's span is found again in the read text (joined
without the hyphen, with it, with a space, or as it was). Also: the guard — real words written
with a hyphen, cut at the hyphen over a line, must come back with it (`--guard`).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def _read(paragraphs, text: str) -> str:
    return "\n\n".join(paragraphs(text))


def _respan(paragraphs, body: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The body read, and where the name (broken in body[start:end]) stands in it."""
    span = body[start:end]
    read = _read(paragraphs, body)
    before = _read(paragraphs, body[:start] + "\uffff")  # where the span starts, read the same way
    at = max(0, before.find("\uffff") - 2)
    for cand in (span.replace("-\n", ""), span.replace("-\n", "-"), span.replace("-\n", "- "), span):
        i = read.find(cand, at)
        if i >= 0:
            return read, i, i + len(cand)
    return None


def kb_cases():
    import kb_body_forms as kbf

    recs = kbf.read_rows(0, 86)
    return [c for fam, c in kbf.make_cases(recs, 86) if fam == "hyphen"]


def place_cases():
    import kb_body_forms as kbf
    import place_forms as pf

    out = []
    for c in pf.make_cases(pf.read_rows()):
        if not c.expect:
            continue
        words = [w for w in c.text.split() if w.isalpha() and len(w) >= 6]
        if not words:
            continue
        broken = kbf._longest_word_hyphened(c.text) if any(len(w) >= 9 for w in words) else None
        if broken is None:
            w = max(words, key=len)
            i = c.text.index(w) + len(w) // 2
            broken = c.text[:i] + "-\n" + c.text[i:]
        body = c.body[: c.start] + broken + c.body[c.end :]
        out.append((c.text, dataclasses.replace(c, text=broken, body=body, end=c.start + len(broken))))
    return out


def run_kb(paragraphs) -> list[dict]:
    import kb_body_forms as kbf
    import kb_extract_recall as probe

    from store.extract.extractor import Extractor
    from store.lang import kb
    from store.lang.identity import key
    from store.model import Article

    ex = Extractor()
    names = probe.listed_names(kb, key)
    done = []
    for c in kb_cases():
        printed = (c.title if c.field == "title" else c.body)[c.start : c.end].replace("-\n", "")
        if c.field == "title":
            got = _respan(paragraphs, c.title, c.start, c.end)
            c2 = got and dataclasses.replace(c, title=got[0], start=got[1], end=got[2])
        else:
            got = _respan(paragraphs, c.body, c.start, c.end)
            c2 = got and dataclasses.replace(c, body=got[0], start=got[1], end=got[2])
        if not c2:
            done.append({"set": "kb", "row": c.row.id, "form": c.form, "verdict": "lost", "text": ""})
            continue
        art = Article(file="probe.txt", path="probe.txt", title=c2.title, body=c2.body, raw=c.body)
        verdict, _ = probe.judge(c2, ex.extract(art).mentions, kb, names, key)
        text = (c2.title if c2.field == "title" else c2.body)[c2.start : c2.end]
        if verdict != "ok" and kbf.by_design(c2.row.id, c2.form, text):
            verdict = "design"
        same = text == printed
        done.append({"set": "kb", "row": c.row.id, "form": c.form, "verdict": verdict, "text": text, "same": same})
    return done


def run_places(paragraphs, shared: Path) -> list[dict]:
    import place_forms as pf

    from store.extract.extractor import Extractor
    from store.model import Article

    same = pf.load_same(shared)
    ex = Extractor()
    done = []
    for printed, c in place_cases():
        got = _respan(paragraphs, c.body, c.start, c.end)
        if not got:
            done.append({"set": "places", "row": c.row.id, "form": c.form, "verdict": "lost", "text": ""})
            continue
        c2 = dataclasses.replace(c, body=got[0], start=got[1], end=got[2], text=got[0][got[1] : got[2]])
        art = Article(file="probe.txt", path="probe.txt", title="", body=c2.body, raw=c.body)
        verdict, _ = pf.judge(c2, ex.extract(art).mentions, same)
        done.append(
            {
                "set": "places",
                "row": c.row.id,
                "form": c.form,
                "verdict": verdict,
                "text": c2.text,
                "same": c2.text == printed,
            }
        )
    return done


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", default=str(REPO))
    ap.add_argument("--shared", default="/work/shared")
    ap.add_argument("--json")
    ap.add_argument("--only", choices=("kb", "places", "guard"))
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.code).resolve()))
    sys.path.insert(1, str(HERE))
    from store.reading.parse import paragraphs

    if args.only == "guard":
        guard(REPO)  # the words from this checkout; the code that reads them from --code
        return
    t0 = time.process_time()
    done: list[dict] = []
    if args.only != "places":
        done += run_kb(paragraphs)
    if args.only != "kb":
        done += run_places(paragraphs, Path(args.shared))
    cpu = time.process_time() - t0
    if args.json:
        Path(args.json).write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in done), "utf-8")
    for s in ("kb", "places"):
        got = [d for d in done if d["set"] == s]
        if got:
            c = Counter(d["verdict"] for d in got)
            same = sum(bool(d.get("same")) for d in got)
            print(f"{s}: {c['ok']}/{len(got)} ok  " + "  ".join(f"{k} {v}" for k, v in sorted(c.items())), end="")
            print(f"  read as printed {same}")
    print(f"cpu {cpu:.1f} s")


# Russian words written with a hyphen as news prints them (written for this guard, none taken
# from a list the rule reads): compound adjectives and nouns, particles, prepositions, adverbs.
RU_HYPHENED = """
контрольно-пропускной контрольно-пропускного контрольно-пропускные контрольно-пропускных
северо-восток северо-запад юго-восток юго-запад северо-восточной юго-западного северо-западе
из-за из-под по-прежнему по-другому по-казахски по-русски по-китайски по-новому по-своему
во-первых во-вторых в-третьих кто-то что-то где-то когда-то как-то какой-то какие-то чей-то
кое-где кое-как кое-что кто-нибудь что-нибудь где-нибудь когда-либо какой-либо все-таки
торгово-экономический торгово-экономического социально-экономического научно-технический
военно-промышленного финансово-экономический таможенно-логистический транспортно-логистического
транспортно-логистический административно-хозяйственный материально-технической
организационно-правовой нормативно-правовых правоохранительно-пограничный информационно-аналитический
оперативно-розыскных учебно-тренировочный культурно-массовый лечебно-профилактический
физико-химический медико-санитарной санитарно-эпидемиологической санитарно-карантинный
ветеринарно-санитарного фитосанитарно-карантинный агропромышленно-торговый
электронно-цифровой дорожно-транспортное дорожно-транспортного жилищно-коммунального
топливно-энергетического горно-металлургический морально-психологической
военно-патриотический общественно-политической историко-культурного научно-исследовательский
государственно-частного международно-правовой финансово-кредитный
опытно-конструкторских ремонтно-строительных строительно-монтажных погрузочно-разгрузочных
складско-логистический торгово-промышленной внешнеторгово-экономический
вице-министр вице-премьер вице-президент экс-министр экс-президент экс-аким премьер-министр
генерал-майор генерал-лейтенант генерал-полковник подполковник-пограничник
пресс-служба пресс-секретарь пресс-релиз пресс-конференции пресс-центр бизнес-центр бизнес-форум
интернет-ресурс интернет-портал онлайн-трансляция онлайн-запись онлайн-очередь веб-камера
ИТ-компании IT-специалист 
штаб-квартира диван-кровать вагон-ресторан автомобиль-рефрижератор грузовик-тягач

член-корреспондент инженер-технолог врач-эпидемиолог кинолог-пограничник инспектор-кинолог
водитель-дальнобойщик водители-дальнобойщики контролер-инспектор таможенник-инспектор
сине-белый красно-белый черно-белый желто-синий светло-серый темно-синий ярко-красный
русско-китайский казахстанско-китайской казахско-китайской казахстанско-кыргызской
российско-казахстанской кыргызско-казахской узбекско-казахстанской китайско-казахстанский
российско-китайский 
едва-едва давным-давно крест-накрест точь-в-точь мало-помалу волей-неволей
пол-литра пол-Европы пол-Алматы
""".split()


def guard_words(code: Path) -> tuple[list[str], list[str], list[str]]:
    """(handwritten Russian words, words of the tables printed with a hyphen, the Kazakh list)."""
    import csv
    import re

    word = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
    tables = set()
    for name in ("bodies", "places", "checkpoints", "regions", "countries", "foreign_posts", "roads"):
        with open(code / "store" / "data" / f"{name}.csv", encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    tables.update(word.findall(cell))
    lexicon = code / "store" / "lang" / "lexicon" / "kk_hyphenated_words.txt"
    kk = [ln.strip() for ln in lexicon.read_text("utf-8").splitlines() if "-" in ln and not ln.startswith("#")]
    return RU_HYPHENED, sorted(tables), kk


def guard(code: Path) -> None:
    """Each word cut at each of its hyphens over a line must read back as it is written."""
    from store.reading.parse import paragraphs

    for label, words in zip(("russian (handwritten)", "tables", "kazakh list"), guard_words(code), strict=True):
        bad = []
        cuts = 0
        for w in words:
            for i, ch in enumerate(w):
                if ch != "-":
                    continue
                cuts += 1
                text = f"На границе отмечено слово {w[: i + 1]}\n{w[i + 1 :]} в тексте новости сегодня."
                read = " ".join(paragraphs(text))
                if f" {w} " not in read:
                    bad.append(read.split("слово ", 1)[-1].split(" в тексте")[0])
        print(
            f"guard {label}: {cuts - len(bad)}/{cuts} kept ({len(words)} words)"
            + (f"  changed: {bad[:20]}" if bad else "")
        )


if __name__ == "__main__":
    main()
