"""A story's short first sentence («Очередь растёт.») opens the body; short header lines still go.

Every text here was written for these tests (no sentence comes from the evaluation corpus or a page).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.model import Article
from store.reading.parse import parse
from store.reading.read import read_path
from store.reading.short_lead import closes_story, opens_story

LEAD_RU = "Водители фур рассказывают, что на переходе стоят вторые сутки, а досмотр идёт медленнее, чем летом."
LEAD_KK = (
    "Жол жөндеуіне байланысты бекет арқылы жүк көліктерінің қозғалысы екі күнге тоқтатылды, деп хабарлады әкімдік."
)


def _parse(tmp_path: Path, text: str, name: str = "story.txt") -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_path(path)[0]
    return parse(doc)  # type: ignore[arg-type]


def _paragraphs(article: Article) -> list[str]:
    return article.body.split("\n\n")


@pytest.mark.parametrize(
    ("headline", "date_line", "short", "lead"),
    [
        ("Очередь на выезд в Китай растёт третий день", "12 ноября 2026", "Очередь растёт.", LEAD_RU),
        ("Переход на границе с Киргизией закрыли на ремонт", "03.11.2026, 14:20", "Пункт закрыт.", LEAD_RU),
        ("Шекара бекеті екі күнге жабылды", "2026 жылғы 5 қараша", "Шекара жабылды.", LEAD_KK),
    ],
)
def test_short_first_sentence_opens_the_body(tmp_path, headline, date_line, short, lead):
    art = _parse(
        tmp_path, f"{headline}\n{date_line}\n\n{short}\n\n{lead}\n\nВ ведомстве обещают открыть вторую полосу.\n"
    )
    assert _paragraphs(art)[:2] == [short, lead]
    assert art.title == headline
    assert art.date is not None and art.date.startswith("2026-11")


def test_a_short_headline_keeps_the_title_from_a_short_lead(tmp_path):
    """A three-word headline over a four-word first sentence: the sentence used to win the title."""
    art = _parse(tmp_path, "Хоргос снова закрыт\n5 ноября 2026\n\nДвижение остановлено до понедельника.\n\n" + LEAD_RU)
    assert art.title == "Хоргос снова закрыт"
    assert _paragraphs(art)[0] == "Движение остановлено до понедельника."


def test_a_short_lead_printed_twice_is_kept_once_and_is_no_title(tmp_path):
    text = (
        "Общество\nХоргос снова закрыт\n20 мая 2026 19:00\nПереход закрыт досрочно.\nПереход закрыт досрочно.\n"
        + LEAD_RU
    )
    art = _parse(tmp_path, text)
    assert art.title == "Хоргос снова закрыт"
    assert _paragraphs(art)[:2] == ["Переход закрыт досрочно.", LEAD_RU]


def test_a_text_without_headline_keeps_its_first_line_and_titles_from_the_lead(tmp_path):
    art = _parse(tmp_path, "Очередь растёт.\n" + LEAD_RU + "\n\nВ ведомстве обещают открыть вторую полосу.\n")
    assert _paragraphs(art)[:2] == ["Очередь растёт.", LEAD_RU]
    assert art.title == LEAD_RU


def test_a_quoted_exclamation_on_the_first_line_stays_the_headline(tmp_path):
    art = _parse(tmp_path, '"Не стойте в очереди!"\n\n' + LEAD_RU + "\n")
    assert art.title == '"Не стойте в очереди!"'
    assert _paragraphs(art)[0] == LEAD_RU


def test_short_header_lines_still_go(tmp_path):
    """A rubric, a byline, a tag row, a subscribe prompt and a page note above the lead stay out of the body."""
    header = [
        "Экономика",
        "Автор: Дина Омарова",
        "Границы. Таможня. Грузы.",
        "Подписывайтесь на наш канал.",
        "Новость дополняется.",
    ]
    for line in header:
        art = _parse(tmp_path, f"{line}\nВесы на переходах поставят к зиме\n17 ноября 2026\n\n{LEAD_RU}\n")
        assert _paragraphs(art)[0] == LEAD_RU, line
        assert art.title == "Весы на переходах поставят к зиме", line


@pytest.mark.parametrize(
    "line",
    ["Очередь растёт.", "Пункт закрыт.", "Шекара жабылды.", "Көліктер баяу өтуде.", "Их снова не пускают."],
)
def test_sentences_with_a_verb_open_the_story(line):
    assert opens_story(line, LEAD_RU)


@pytest.mark.parametrize(
    "line",
    [
        "Общество.",
        "Граница. Таможня. Грузы.",
        "Фото: Ержан Ахметов.",
        "Материал обновлён.",
        "Сайт использует cookies.",
        "Опубликовано в 14:20.",
        "Что изменилось?",  # a question is not the story's first line when the text starts with it
    ],
)
def test_header_lines_do_not(line):
    assert not opens_story(line, LEAD_RU, first_line=line.endswith("?"))


def test_a_short_line_needs_the_lead_right_below():
    assert not opens_story("Очередь растёт.", "Общество")


def test_a_short_closing_sentence_stays_and_the_trailer_goes(tmp_path):
    text = (
        "Таможня нашла в фуре чужие шины\n28 ноября 2026\n\n"
        + LEAD_RU
        + "\n\nЗаведено дело.\n\nТеги: таможня\nПОДЕЛИТЬСЯ\n"
    )
    assert _paragraphs(_parse(tmp_path, text))[-2:] == [LEAD_RU, "Заведено дело."]


def test_a_predicative_closes_the_story(tmp_path):
    text = "Метель закрыла переход\n3 декабря 2026\n\n" + LEAD_RU + "\n\nПострадавших нет.\n"
    assert _paragraphs(_parse(tmp_path, text))[-1] == "Пострадавших нет."


@pytest.mark.parametrize("line", ["Следите за новостями.", "Пресс-служба акимата.", "Читайте нас в Telegram."])
def test_prompts_and_signatures_do_not_close_the_story(line):
    assert not closes_story(line, LEAD_RU)


def test_a_scrapers_date_field_is_not_joined_to_a_long_headline(tmp_path):
    text = "Переход на границе с Россией переведут на круглосуточную работу\ndate 2026-10-21\n" + LEAD_RU + "\n"
    art = _parse(tmp_path, text)
    assert art.title == "Переход на границе с Россией переведут на круглосуточную работу"
    assert art.date == "2026-10-21"
