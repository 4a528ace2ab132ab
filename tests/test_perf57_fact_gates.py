"""The word pre-checks perf57 put before store/extract/facts.py's case-insensitive scans
(issue 15) rule a sentence out only when the scan could find nothing in it: checked for
every code point `re` equates with the words' letters, and on made-up sentences and random
mixes of the patterns' pieces against the same functions without the checks."""

from __future__ import annotations

import random
import re
import sys

import pytest

from store.extract import facts, needles

_ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
_NEEDLES = (
    facts._KK_TIME_WORDS
    + facts._CAPACITY_NEEDLES
    + facts._KK_CAPACITY_NEEDLES
    + facts._QUEUE_NEEDLES
    + facts._HEARSAY_NEEDLES
    + facts._EVENT_NEEDLES
    + facts._WORKING_NEEDLES
    + tuple(w for words in facts._STATUS_NEEDLES.values() for w in words)
)


def test_every_character_re_equates_with_a_needles_letter_lowers_to_it_or_is_an_extra():
    letters = {ch for w in _NEEDLES for ch in w}
    assert all(ch == ch.lower() for ch in letters)
    for letter in letters:
        for ch in re.compile(re.escape(letter), re.IGNORECASE).findall(_ALL):
            assert ch.lower() == letter or needles._CASE_EXTRAS.fullmatch(ch), (letter, ch)


_SENTENCES = [
    "Реконструкцию пункта «Нур Жолы» завершат до конца 2026 года.",
    "Пункт пропуска «Хоргос» 2026 жылдың соңына дейін аяқтау жоспарланған.",
    "Өткізу пункті биылғы екінші тоқсанда іске қосылады.",
    "Пропускная способность вырастет до 1 500 автомобилей в сутки.",
    "Пункт сможет пропускать до 5 тысяч машин в день.",
    "Өткізу қабілеті тәулігіне 500 автокөлікке дейін жетеді.",
    "На пункте «Ак-Тилек» образовался затор из фур, очередь растянулась на 8 км.",
    "Около 300 грузовиков ожидают проезда, очередей нет.",
    "Шекарада кезек жоқ, ұзын-сонар кезек қалыптасты.",
    "В соцсетях распространяется информация о якобы закрытии пункта, это не соответствует действительности.",
    "Аким посетил пункт пропуска и осмотрел ход реконструкции.",
    "Министр проверил пункт; была проведена модернизация здания.",
    "Погода была тёплой, граница работает.",
    "Пункт введён в эксплуатацию после реконструкции; работы уже завершены.",
    "Пункт вновь открыт, пропуск возобновили, а соседний временно закрыт и закроется на ремонт.",
    "Ведутся работы по модернизации, расширение пункта запланировано, строительство намечено на 2026 год.",
    "Бекет пайдалануға берілді, жөндеуден кейін ашылды, қайта ашылды, уақытша жабылады.",
    "Жаңғырту жұмыстары жалғасып жатыр, қайта жаңарту жоспарланған, қалыпты жұмыс істейді.",
    "Пункты работают в штатном режиме.",
    "ОЧЕРЕДЬ В 12 КМ ВЫСТРОИЛАСЬ У ПУНКТА, СКОПЛЕНИЯ МАШИН НЕ НАБЛЮДАЕТСЯ.",
    "Пункт \u1c82ткр\u1c82ют в сутки для 200 машин.",  # an old letter form
]
_PIECES = [
    *("завершат", "до", "конца", "2026", "года", "жылдың", "соңына", "дейін", "тоқсанда", "екінші", "аяқтау"),
    *("пропускная", "способность", "1 500", "автомобилей", "в", "сутки", "день", "час", "сможет", "пропускать"),
    *("тәулігіне", "500", "автокөлік", "очередь", "растянулась", "на", "8", "км", "затор", "из", "фур", "нет"),
    *("образовался", "кезек", "жоқ", "якобы", "в соцсетях", "информация о", "опровергли", "посетил", "проверил"),
    *("была", "проведена", "модернизация", "«Хоргос»", "пункт", ",", ".", "не", "наблюдается", "машин"),
    *("введён", "в эксплуатацию", "после", "реконструкции", "завершены", "работы", "вновь открыт", "закрыт"),
    *("приостановлен", "будет", "ведутся", "планируется", "строительство", "ремонт", "штатном", "режиме"),
    *("пайдалануға", "берілді", "қайта", "ашылды", "жабылды", "жұмыстары", "жалғасып", "қалыпты", "жұмыс істейді"),
]


def _unchecked(monkeypatch, fn, *args):
    with monkeypatch.context() as m:
        m.setattr(facts, "may_hold", lambda text, words: True)
        m.setattr(facts, "_DIGIT", re.compile(""))  # matches everywhere: no digit check
        return fn(*args)


def _calls(text: str):
    bounds = [(0, len(text))]
    return [
        (facts._kk_deadlines, (text, 2025)),
        (facts._capacities, (text,)),
        (facts._queues, (text,)),
        (facts._denied_report, (text, bounds, 0)),
        (facts._events, (text, "2025-05-01")),
        (facts._statuses, (text, "2025-05-01")),
        (facts._facts_in, (text, "2025-05-01")),
        (facts._queue_sentence, (text, bounds, 0, text)),
    ]


def test_made_up_sentences_give_what_they_gave_without_the_checks(monkeypatch):
    found = 0
    for s in _SENTENCES:
        for text in (s, s.upper(), s.lower()):
            for fn, args in _calls(text):
                got = fn(*args)
                assert got == _unchecked(monkeypatch, fn, *args), (fn.__name__, text)
                found += bool(got)
    assert found >= 40


@pytest.mark.parametrize("seed", [57, 5757])
def test_random_mixes_of_the_pieces(monkeypatch, seed):
    rng = random.Random(seed)
    for _ in range(1_500):
        words = [rng.choice(_PIECES) for _ in range(rng.randint(1, 9))]
        words = [w.upper() if rng.random() < 0.2 else w.capitalize() if rng.random() < 0.2 else w for w in words]
        text = " ".join(words)
        for fn, args in _calls(text):
            assert fn(*args) == _unchecked(monkeypatch, fn, *args), (fn.__name__, text)


def test_every_figure_pattern_needs_a_digit():
    for rx in (facts._CAPACITY, facts._CAN_PASS, facts._KK_CAPACITY, facts._QUEUE):
        for text in (
            "пропускная способность до тысяч автомобилей в сутки",
            "тәулігіне мың автокөлік",
            "около тысяч машин",
        ):
            assert not rx.search(text), (rx.pattern[:40], text)


def test_find_facts_keeps_its_facts(monkeypatch):
    from store.extract.checkpoints import find_checkpoints

    text = " ".join(_SENTENCES)
    spans = find_checkpoints(text)
    assert spans
    got = facts.find_facts(text, spans, "2025-05-01")
    assert got and got == _unchecked(monkeypatch, facts.find_facts, text, spans, "2025-05-01")
