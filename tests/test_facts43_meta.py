"""Metadata leftovers (facts43): Kazakh in the Arabic script is Kazakh, not Uzbek; a title made
from the lead is not cut at an abbreviation's full stop. Made-up text in real pages' shapes."""

from __future__ import annotations

import pytest

from store.reading import language
from store.reading.parse import parse
from tests.notes import txt_page

# Made-up Kazakh sentences written in töte jazu (the Arabic-script alphabet of Xinjiang's Kazakhs).
KK_ARABIC = (
    "شەكارا بەكەتىندە ءجۇك كولىكتەرىنىڭ كەزەگى ازايدى، دەپ حابارلادى مەملەكەتتىك كىرىستەر دەپارتامەنتى. "
    "ءبىر تاۋلىكتە ەكى ءجۇز كولىك ءوتتى."
)
KK_ARABIC_2 = "كەدەن قىزمەتكەرلەرى ءجۇك كولىكتەرىن تەز تەكسەرىپ، كەزەكتى ازايتۋعا تىرىسىپ جاتىر."
# Uyghur writes ئ ې ۈ, which Kazakh does not: it is not taken for Kazakh.
UYGHUR = "چېگرا پونكىتىدا يۈك ماشىنىلىرىنىڭ ئۆچىرەت ئازايدى، دەپ خەۋەر قىلدى ئىدارە."


def test_kazakh_in_arabic_script_is_kazakh():
    assert language.detect(KK_ARABIC) == "kk"
    assert parse(txt_page(KK_ARABIC + "\n" + KK_ARABIC_2)).language == "kk"


def test_uyghur_is_not_read_as_kazakh():
    assert language.detect(UYGHUR) != "kk"


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        (
            "Пункт пропуска расположен в г. Жаркент Алматинской обл., в 30 км от границы, и работает "
            "круглосуточно для грузовых машин. Через него за год проходит много транспорта.",
            "Пункт пропуска расположен в г. Жаркент Алматинской обл., в 30 км от границы, и работает "
            "круглосуточно для грузовых машин.",
        ),
        (
            "Новый терминал построен в пос. Карасу на ул. Абая, его открыл аким района Н. Сарсенов. "
            "Работы шли два года.",
            "Новый терминал построен в пос. Карасу на ул. Абая, его открыл аким района Н. Сарсенов.",
        ),
        (
            "Пункт пропуска открыли после ремонта в 2019 г. Теперь он принимает вдвое больше машин.",
            "Пункт пропуска открыли после ремонта в 2019 г.",
        ),
    ],
)
def test_a_title_from_the_lead_is_not_cut_at_an_abbreviation(lead, title):
    second = "Второй абзац текста о работе пункта пропуска и очередях на нем в летнее время года."
    assert parse(txt_page(lead + "\n" + second)).title == title


def test_kazakh_in_latin_script_is_kazakh_not_turkish():
    kk = "Qazaqstan men Qytaı arasyndaǵy shekara ótkizý pýnktinde júk kólikteriniń kezegi azaıdy."
    assert language.detect(kk) == "kk"
    tr = "Türkiye ile Kazakistan arasındaki sınır kapısında çok sayıda kamyon beklemeye devam ediyor."
    assert language.detect(tr) != "kk"


def test_the_sites_clock_of_today_is_no_title():
    lead = "Грузовики третий день стоят в очереди у пункта пропуска, водители ждут по двенадцать часов."
    text = "\n".join(
        ["В Актобе пятница, 12 Июня", "", "Очередь из грузовиков растянулась на десять километров", "", lead]
    )
    assert parse(txt_page(text)).title == "Очередь из грузовиков растянулась на десять километров"
