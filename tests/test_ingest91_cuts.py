"""ingest91's four cuts give the answers the code before them gave.

- places_in_kazakh_cases._a_place_in_a_where_case asks kb.find only for a word ending as a
  where-case can (_WHERE_TAILS); the test compares it with the function as it was (kb.find
  first) on 400 one-word places of the knowledge base and every short town, each with every
  where-case ending and other endings, and on words of sentences written for the test.
- place_words._a_currencys_state looks for the currency's word around a span before it asks
  kb.find whether the span is a state; compared with the old order on sentences of sums.
- region_lists: _BARE_LIST opens with the capital (its look-behind after it), and a list with
  no district's bare name is not read by kb.find; compared with the old pattern on 20,000
  random strings and with the old function on lists written for the test.
- kazakh_event_nouns._without_the_noun asks the noun test (pymorphy2 on each stem) last, after
  the sentence-start and Kazakh-text tests; the test compares the pass with the old order on
  spans of sentences written for the test, Kazakh and Russian.
"""

from __future__ import annotations

import random
import re

import pytest

from store.extract.ner import NerSpan
from store.extract.passes import kazakh_event_nouns as ken
from store.extract.passes import place_words as pw
from store.extract.passes import places_in_kazakh_cases as pkc
from store.extract.passes import region_lists as rl
from store.extract.passes.short_towns import _WHERE_ENDINGS, _short_towns, short_town_in_a_where_case
from store.lang import kb
from store.lang.kazakh import kazakh_context


def _where_before(word: str) -> bool:
    """_a_place_in_a_where_case before ingest91: kb.find first, for any capitalized word."""
    if not word[:1].isupper():
        return False
    found = kb.find(word)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(word):
        return short_town_in_a_where_case(word) is not None
    m = found[0]
    return m.form.row.type == "location" and bool(pkc._WHERE.match(word[len(m.form.text) :].lower()))


_OTHER_ENDINGS = ["", "ның", "нің", "ны", "ні", "мен", "ы", "і", "дағы", "тағы", "лар", "ға", "-ға", "’да", "Да", "ДА"]
_SENTENCES = [
    "Кеше Астанада жаңа мектеп ашылды.",
    "Жол Семейге дейін салынады, Шымкенттен Түркістанға дейін де.",
    "Аким Алматы Ерболат Досаев встретился с делегацией в Москве и Бишкеке.",
    "Ақмола облысынан Көкшетау арқылы Петропавлға баратын жол жөнделуде.",
    "Шуда, Шуға, Шудан келген көліктер «Қорғас» бекетінде тұр.",
    "Президент Казахстана Касым-Жомарт Токаев провёл совещание в Акорде по вопросам ДЭР-а.",
]


def _town_words() -> list[str]:
    towns = sorted({f.text for f in kb.forms() if f.row.type == "location" and " " not in f.text})[:400]
    towns += sorted(_short_towns())
    endings = _WHERE_ENDINGS.split() + _OTHER_ENDINGS
    return [t + e for t in towns for e in endings]


def test_where_case_prefilter_answers_as_before():
    words = _town_words() + [w for s in _SENTENCES for w in re.findall(r"[\w-]+", s)]
    assert len(words) > 5000
    differ = [w for w in words if pkc._a_place_in_a_where_case(w) != _where_before(w)]
    assert differ == []
    assert sum(map(pkc._a_place_in_a_where_case, words)) > 100  # the test reaches the True answers too


def _without_before(text: str, s: NerSpan, ctx) -> NerSpan | None:
    """kazakh_event_nouns._without_the_noun before ingest91: the noun test first."""
    first = ken._FIRST_WORD.match(text, s.start, s.end)
    if first is None or not ken.a_declined_event_noun(first.group()):
        return s
    if not ken._SENTENCE_START.search(text, max(0, s.start - 3), s.start):
        return s
    if not (getattr(ctx, "language", None) == "kk" or kazakh_context(text, s.start, s.end)):
        return s
    if ken._a_known_place(first.group()):
        return s
    rest = len(text[first.end() : s.end]) - len(text[first.end() : s.end].lstrip())
    start = first.end() + rest
    if start >= s.end:
        return None
    return NerSpan(s.type, start, s.end, text[start : s.end])


class _Ctx:
    def __init__(self, language):
        self.language = language


_EVENT_TEXTS = [
    "Брифингте Джон Смит мырза шекарадағы кезектер туралы айтты.",
    "Отырыста Жаңаөзен мен Бейнеу ауданының әкімдері сөз сөйледі. Жобада Жаңаөзен мен Бейнеу бар.",
    "Семинарда Асқар Төлеуов баяндама жасады. Конференцияда Кеңесте болған жайт айтылды.",
    "Кеңесте Сапарға хат жазылды. Хоккейде Астанада ойын өтті.",
    "На брифинге Джон Смит рассказал об очередях. Москва и Астана договорились.",
    "Конференцияда — Ерлан Карин. Акорда сообщила: Бишкеке прошли переговоры.",
]


@pytest.mark.parametrize("text", _EVENT_TEXTS)
@pytest.mark.parametrize("language", ["kk", "ru", None])
def test_event_noun_order_answers_as_before(text, language):
    ctx = _Ctx(language)
    spans = []
    for m in re.finditer(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)*", text):
        for kind in ("person", "location", "organization"):
            spans.append(NerSpan(kind, m.start(), m.end(), m.group()))
            if " " in m.group():  # the first word alone too
                w = m.group().split()[0]
                spans.append(NerSpan(kind, m.start(), m.start() + len(w), w))
    assert spans
    for s in spans:
        assert ken._without_the_noun(text, s, ctx) == _without_before(text, s, ctx), s
    if language == "kk" and text.startswith("Брифингте"):
        assert any(ken._without_the_noun(text, s, ctx) != s for s in spans)  # the pass does act here


def _currencys_state_before(text: str, s: NerSpan) -> bool:
    """place_words._a_currencys_state before ingest91: the state asked first."""
    if s.type not in ("location", "organization") or not pw._a_state(s.text):
        return False
    return bool(
        pw._CURRENCY_BEFORE.search(text, max(0, s.start - 14), s.start) or pw._CURRENCY_AFTER.match(text, s.end)
    )


_MONEY_TEXTS = [
    "Курс доллара США вырос, а рубль России упал; 100 долларов США стоят 47 000 тенге.",
    "Товары из Китая на 5 млн юаней КНР прошли через Казахстан, сообщил Минфин РФ.",
    "Ақш доллары мен Ресей рублі бағамы; теңге Қазақстан ұлттық валютасы.",
    "В Кыргызстане сом укрепился, 10 сом Кыргызстана, а в Узбекистане 1 000 сум Узбекистан.",
    "Евро Германии и Франции; рублей РФ; Казахстан тенге; США долл. и Китай юань.",
]


@pytest.mark.parametrize("text", _MONEY_TEXTS)
def test_currency_first_answers_as_before(text):
    spans = [
        NerSpan(kind, m.start(), m.end(), m.group())
        for m in re.finditer(r"[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][\w-]*", text)
        for kind in ("location", "organization", "person")
    ]
    answers = [pw._a_currencys_state(text, s) for s in spans]
    assert answers == [_currencys_state_before(text, s) for s in spans]
    assert any(answers) and not all(answers)


_BARE_LIST_BEFORE = re.compile(rf"(?<![\w-]){rl._CAP_WORD}(?:,\s*{rl._CAP_WORD}){{2,}}(?![\w-])")
_LIST_TEXTS = [
    "Ақсу, Алакөл, Ескелді, Қаратал, Көксу аудандары Жетісу облысының құрамына кірді.",
    "Абай, Жамбыл, Шоқан — ұлы тұлғалар. Сарқан, Талдықорған, Текелі қалалары.",
    "-Ақсу, Алакөл, Ескелді; x-Ақсу, Алакөл, Ескелді, 1Ақсу, Алакөл, Ескелді",
    "Мақтаарал, Сарыағаш, Түркістан, Шымкент, Жетісай және Келес аудандарында бекеттер бар.",
]


def test_bare_list_pattern_matches_as_before():
    random.seed(91)
    pieces = ["Ақсу", "алакөл", "Ескелді", "Қ", "-", ", ", ",", " ", "\n", "x", "1", "Ё", "ә", "А-", "Ы"]
    texts = _LIST_TEXTS + ["".join(random.choice(pieces) for _ in range(random.randint(1, 14))) for _ in range(20_000)]
    for t in texts:
        assert [m.span() for m in rl._BARE_LIST.finditer(t)] == [m.span() for m in _BARE_LIST_BEFORE.finditer(t)], t


def _bare_district_lists_before(text: str) -> list:
    out = []
    for m in _BARE_LIST_BEFORE.finditer(text):
        words = list(re.finditer(rl._CAP_WORD, m.group()))
        known = [w for w in words if rl._a_known_place(w.group())]
        stems = [w for w in words if w.group() in rl._district_stems() and w not in known]
        if not stems or len(known) + len(stems) < 3 or len(known) < 2:
            continue
        for w in stems:
            start = m.start() + w.start()
            out.append((NerSpan("location", start, start + len(w.group()), w.group()), w.group()))
    return out


@pytest.mark.parametrize("text", _LIST_TEXTS)
def test_bare_district_lists_as_before(text):
    assert rl.find_bare_district_lists(text) == _bare_district_lists_before(text)
