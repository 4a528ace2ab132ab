"""read70: a word broken at a line's end with a hyphen (PDF exports, lynx -dump, newspaper
archives) is joined when the lines are read; a word written with a hyphen keeps it and loses the
newline only. Sentences made up here."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from store.extract.extractor import Extractor
from store.model import RawDoc
from store.reading.line_hyphen import is_break, join_text, joined
from store.reading.parse import paragraphs, parse
from store.reading.read import read_path


@pytest.mark.parametrize(
    ("above", "below", "want"),
    [
        # the joined word is in pymorphy2's dictionary
        ("Сотрудники Минис-", "терства по чрезвычайным ситуациям", "Сотрудники Министерства по чрезвычайным ситуациям"),
        # the joined word is a name of the gazetteer / place tables, as printed or in a Russian case
        ("пункт пропуска «Хор-", "гос»", "пункт пропуска «Хоргос»"),
        ("открыт в Тара-", "зе", "открыт в Таразе"),
        # a half is no word alone (Kazakh, not in any table)
        ("шекара арқылы өткі-", "зу пункті", "шекара арқылы өткізу пункті"),
        # a Kazakh ending alone after a lower-case word: Kazakh hyphens endings to abbreviations only
        ("контейнер тасымалы-", "ның көлемі", "контейнер тасымалының көлемі"),
        # a name in camel case or capitals broken: the table has it joined
        ("агентство «Kazakh-", "Export»", "агентство «KazakhExport»"),
        ("«KAZLOG-", "ISTICS»", "«KAZLOGISTICS»"),
        # a compound's first part broken: the compound joined is the dictionary's
        ("в исто-", "рико-культурном комплексе", "в историко-культурном комплексе"),
    ],
)
def test_a_broken_word_is_joined(above, below, want):
    assert joined(above, below) == want


@pytest.mark.parametrize(
    ("above", "below", "want"),
    [
        ("в сторону Нур-", "Султана", "в сторону Нур-Султана"),  # the place table prints it so
        ("в Усть-", "Каменогорске", "в Усть-Каменогорске"),
        ("трасса Алматы-", "Достык", "трасса Алматы-Достык"),  # two names: the next line's capital
        ("на северо-", "восток", "на северо-восток"),  # pymorphy2's dictionary has the hyphened word
        ("закрыт из-", "за ветра", "закрыт из-за ветра"),
        ("контрольно-", "пропускной пункт", "контрольно-пропускной пункт"),
        ("по-", "казахски", "по-казахски"),  # both halves are words alone
        ("казахстанско-", "китайской группы", "казахстанско-китайской группы"),  # an adjective's stem + о
        ("ҚТЖ-", "ның вагондары", "ҚТЖ-ның вагондары"),  # an abbreviation with a Kazakh ending
        ("5-", "ші бекет", "5-ші бекет"),  # a number with an ending
        ("ата-", "аналарға", "ата-аналарға"),  # the Kazakh list, the ending off the last part
        ("точь-", "в-точь", "точь-в-точь"),  # the whole word is the dictionary's
    ],
)
def test_a_hyphened_word_keeps_its_hyphen(above, below, want):
    assert joined(above, below) == want


def test_only_a_hyphen_glued_to_a_word_is_read():
    assert joined("граница закрыта –", "на сутки") is None  # a dash after a space is punctuation
    assert joined("пункт Хор-", "«гос»") is None  # the next line does not start with a letter
    assert not is_break("", "гос")


def test_paragraphs_join_the_break_before_the_wrap():
    text = (
        "Новость дня\n\nСотрудники Минис-\nтерства по чрезвычайным ситуациям провели учения на трассе Алматы-\nДостык."
    )
    assert paragraphs(text) == [
        "Новость дня",
        "Сотрудники Министерства по чрезвычайным ситуациям провели учения на трассе Алматы-Достык.",
    ]
    # a blank line ends the paragraph: a hyphen over it is left alone
    assert paragraphs("Проезд через Хор-\n\nгос закрыт") == ["Проезд через Хор-", "гос закрыт"]


def test_hard_wrapped_text_keeps_its_hyphened_words():
    # textwrap breaks lines after a word's hyphen, as wrappers do: the words come back whole
    story = (
        "Через контрольно-пропускной пункт «Нур жолы» на северо-востоке области по-прежнему проходят "
        "грузовики казахстанско-китайской торговли, сообщила пресс-служба Комитета государственных доходов, "
        "и вице-министр торговли назвал торгово-экономические связи главными."
    )
    for width in (60, 72, 79):
        assert paragraphs(textwrap.fill(story, width)) == [story], width


def test_the_body_names_the_broken_body_and_the_raw_text_stays():
    text = (
        "Учения на границе\n\nСотрудники Министерства по чрезвычайным ситуа-\nциям и Пограничной службы "
        "КНБ провели учения на пункте пропуска «Хор-\nгос», сообщает пресс-служба ведомства."
    )
    article = parse(RawDoc(path="p.txt", file="p.txt", text=text, raw=text, format="txt"))
    assert "ситуациям" in article.body and "«Хоргос»" in article.body
    assert article.raw == text
    mentions = Extractor(disabled=()).extract(article).mentions
    orgs = {m.name for m in mentions if m.type == "organization"}
    assert any("чрезвычайным ситуациям" in n for n in orgs), orgs
    assert any(m.type == "checkpoint" and "Хоргос" in m.name for m in mentions), mentions


def test_html_broken_by_br_is_joined(tmp_path: Path):
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>Учения на границе</title></head><body><article><h1>Учения на границе</h1>"
        "<p>Сотрудники Минис-<br>терства по чрезвычайным ситуациям провели учения на пункте пропуска «Хор-<br>гос» "
        "вместе с пограничниками. Учения продолжались весь день и завершились вечером.</p></article></body></html>",
        encoding="utf-8",
    )
    (doc,) = read_path(page)
    body = parse(doc).body
    assert "Сотрудники Министерства по чрезвычайным ситуациям" in body and "«Хоргос»" in body


def test_join_text_reads_a_name_alone():
    assert join_text("Союз транспо-\nртников Казахстана") == "Союз транспортников Казахстана"
    assert join_text("Усть-\nКаменогорск") == "Усть-Каменогорск"
