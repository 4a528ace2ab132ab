"""read72: pages the reader still read wrong — a region's rubric that spells a paper's name, an
outlet credited only on a plain text's last line, a date glued to the paragraph it opens, a feed
that declares XML entities. Every page here was written for these tests; each is ingested
through the command line and read back from the store."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from store.cli import main

_STORY = [
    "На пункте пропуска «Бахты» со вторника досматривают легковые машины в две смены.",
    "Как уточнили в погранслужбе, время ожидания на выезде не превышает часа.",
    "Новый график будет действовать до конца зимы.",
]
_STORY_KK = [
    "«Бахты» өткізу пунктінде сейсенбіден бастап жеңіл көліктер екі ауысыммен тексеріледі.",
    "Шекара қызметінің хабарлауынша, шығу бағытында күту уақыты бір сағаттан аспайды.",
    "Жаңа кесте қыс соңына дейін қолданылады.",
]


def _ingest(tmp_path, files: dict[str, str]) -> dict[str, tuple]:
    """file → (title, date, source, body) of the article the CLI stored from each file, each
    file in a store of its own (the pages share their story, and a store keeps one copy)."""
    got = {}
    for n, (name, text) in enumerate(files.items()):
        folder = tmp_path / f"in{n}"
        folder.mkdir()
        (folder / name).write_text(text, encoding="utf-8")
        db = tmp_path / f"s{n}.db"
        main(["ingest", str(folder), "--db", str(db), "--jobs", "1"])
        with closing(sqlite3.connect(db)) as con, con:
            got.update({r[0]: r[1:] for r in con.execute("SELECT file, title, date, source, body FROM articles")})
    return got


def _text(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def test_a_regions_news_rubric_is_not_the_paper_named_after_the_place(tmp_path):
    got = _ingest(
        tmp_path,
        {
            "rubric.txt": _text("Түркістан жаңалықтары", "«Бахты» екі ауысымға көшті", "07.12.2026", *_STORY_KK),
            "signed.txt": _text(
                "Түркістан облысының жаңалықтары",
                "«Бахты» екі ауысымға көшті",
                "07.12.2026",
                *_STORY_KK,
                "Дереккөз: Kazinform",
            ),
            "paper.txt": _text("Түркістан", "«Бахты» екі ауысымға көшті", "07.12.2026", *_STORY_KK),
        },
    )
    assert got["rubric.txt"][:3] == ("«Бахты» екі ауысымға көшті", "2026-12-07", None)
    assert got["signed.txt"][2] == "Kazinform"
    assert got["paper.txt"][2] == "Түркістан"  # the weekly's own name alone over its headline


def test_an_outlet_credited_on_the_texts_last_line_is_the_outlet(tmp_path):
    got = _ingest(
        tmp_path,
        {
            "kk.txt": _text("«Бахты» екі ауысымға көшті", *_STORY_KK, "Дереккөз: Egemen.kz"),
            "ru.txt": _text("«Бахты» перешел на две смены", *_STORY, "Источник: «Kapital.kz»"),
            "site.txt": _text("«Бахты» перешел на две смены", *_STORY, "Источник: granica-vostok.kz"),
            "listed.txt": _text(
                "«Бахты» перешел на две смены",
                *_STORY,
                "По материалам Orda.kz",
                "Читайте также",
                "В Семее отремонтируют мост через Иртыш",
                "Курс тенге укрепился к рублю",
                "В Усть-Каменогорске выпал первый снег",
                "Синоптики обещают морозы до минус 30",
            ),
        },
    )
    assert got["listed.txt"][2] == "Orda.kz"  # the credit right under the story, a list of links below it
    assert got["kk.txt"][2] == "Egemen.kz"
    assert got["ru.txt"][2] == "Kapital.kz"
    assert got["site.txt"][2] == "granica-vostok.kz"
    assert got["ru.txt"][3].split("\n\n")[-1] == _STORY[-1]  # the credit stays out of the body


def test_a_body_credited_on_the_last_line_is_no_outlet(tmp_path):
    got = _ingest(
        tmp_path,
        {
            "body.txt": _text(
                "«Бахты» перешел на две смены", *_STORY, "Источник: пресс-служба Пограничной службы КНБ РК"
            )
        },
    )
    assert got["body.txt"][2] is None


def test_a_date_glued_to_the_first_paragraph_is_the_date_and_leaves_the_story(tmp_path):
    page = (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>«Бахты» перешел на две смены</title>'
        "</head><body><main><h1>«Бахты» перешел на две смены</h1>"
        f"<p><b>08.12.2026</b>Усть-Каменогорск. {_STORY[0]}</p><p>{_STORY[1]}</p><p>{_STORY[2]}</p></main></body></html>"
    )
    got = _ingest(
        tmp_path,
        {
            "page.html": page,
            "plain.txt": _text("«Бахты» перешел на две смены", "09.12.2026Семей. " + _STORY[0], *_STORY[1:]),
            "stamp.txt": _text("«Бахты» перешел на две смены", "2026-12-10T08:30:00+05:00", *_STORY),
        },
    )
    assert got["stamp.txt"][:2] == ("«Бахты» перешел на две смены", "2026-12-10")  # an ISO stamp is not cut at «T»
    title, date, _source, body = got["page.html"]
    assert (title, date) == ("«Бахты» перешел на две смены", "2026-12-08")
    assert body.startswith("Усть-Каменогорск. " + _STORY[0]) and "2026" not in body.split("\n\n")[0]
    assert got["plain.txt"][1] == "2026-12-09" and got["plain.txt"][3].startswith("Семей. ")


def test_a_date_inside_a_sentence_is_not_taken_for_the_articles(tmp_path):
    story = ["С 20.12.2026 пост «Бахты» будет работать круглосуточно.", *_STORY[1:]]
    got = _ingest(tmp_path, {"later.txt": _text("«Бахты» перейдет на круглосуточный режим", "01.12.2026", *story)})
    assert got["later.txt"][1] == "2026-12-01" and got["later.txt"][3].startswith(story[0])


def test_a_feed_declaring_entities_is_refused_with_that_reason(tmp_path, capsys):
    item = f"<item><title>«Бахты» перешел на две смены</title><description>&src; {_STORY[0]}</description></item>"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE rss [\n<!ENTITY src "Шығыс хабар">\n]>\n'
        f'<rss version="2.0"><channel><title>Шығыс хабар</title>{item}</channel></rss>',
        encoding="utf-8",
    )
    (folder / "old.rss").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        '"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel><title>Шығыс хабар'
        f"</title><item><title>«Бахты» перешел на две смены</title><description>{_STORY[0]}</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    main(["ingest", str(folder), "--db", str(tmp_path / "s.db"), "--jobs", "1"])
    err = capsys.readouterr().err
    assert "rejected: feed.xml: RSS or Atom feed declares XML entities" in err
    assert "not an RSS or Atom feed" not in err and "old.rss" not in err
