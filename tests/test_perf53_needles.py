"""needles.may_hold rules a text out only when no case-insensitive match of the pattern
can be in it (issue 15): checked for every code point `re` equates with the words'
letters, and for find_directives' triggers on made-up sentences in any case."""

from __future__ import annotations

import random
import re
import sys

from store.extract import needles
from store.extract.directives import _QUOTE_VERBS, _TRIGGERS_AND_WORDS
from store.extract.directives.head_speech import SAID_DASH, SAID_QUOTE, SAID_WORDS
from store.extract.directives.russian import DASH_QUOTE, QUOTE
from store.extract.passes import bodies, kazakh_bodies, org_lists

# Each pass's whole-text pattern with the words one of each group of which its every match holds.
_PASSES = [
    (kazakh_bodies._HEAD_IN_TEXT, [kazakh_bodies.HEAD_WORDS]),
    (kazakh_bodies._BARE_IN_TEXT, [kazakh_bodies.BARE_WORDS]),
    (org_lists._POST_NOUN_QUOTE, [org_lists.POST_NOUN_WORDS]),
    (bodies._NATIONAL_BODY, [bodies.BODY_WORDS, bodies.ADJECTIVE_WORDS]),
    (QUOTE, [_QUOTE_VERBS]),
    (DASH_QUOTE, [_QUOTE_VERBS]),
    (SAID_QUOTE, [SAID_WORDS]),
    (SAID_DASH, [SAID_WORDS]),
]

_ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_every_character_re_equates_with_a_letter_lowers_to_it_or_is_an_extra():
    groups = [words for _, words in _TRIGGERS_AND_WORDS] + [g for _, gs in _PASSES for g in gs]
    letters = {ch for words in groups for w in words for ch in w}
    assert all(ch == ch.lower() for ch in letters)
    for letter in letters:
        for ch in re.compile(re.escape(letter), re.IGNORECASE).findall(_ALL):
            assert ch.lower() == letter or needles._CASE_EXTRAS.fullmatch(ch), (letter, ch)


_SENTENCES = [
    "Президент поручил правительству до 1 мая открыть пункт пропуска.",
    "ГЛАВА ГОСУДАРСТВА ПОТРЕБОВАЛ УСКОРИТЬ РАБОТЫ.",
    "Акиму области дано поручение решить вопрос с очередями.",
    "Перед министерством поставлена задача сократить простой фур.",
    "Министр Обязала ведомства отчитаться.",
    "Мемлекет басшысы Үкіметке жоспар әзірлеуді тапсырды.",
    "Премьер-министр ТАПСЫРМА БЕРДІ.",
    "Министрлікке бақылауды күшейту міндеттелді.",
    "Әкім талап етті.",
    "Премьер-министр нұсқаулар берді.",
    "Министр тапшырмаларды берди.",
    "Дорога построена По поручению Главы государства.",
    "Акиматам Необходимо провести ремонт.",
    "Ведомство должно представить план.",
    "Облыстық полиция департаменті хабарлады.",
    "Шекара қызметінің өкілі мәлімдеді.",
    "Прокуратурасы мен Аппараты тексерді.",
    "Мәселені Департаментке жолдады.",
    "Через пункты пропуска «Нур Жолы» и «Хоргос» прошли фуры.",
    "Работают ТАМОЖЕННЫЕ ПОСТЫ «Достык», «Алтынколь».",
    "Через МАПП «Жайсан» и ждпп «Алтынколь».",
    "Российское Посольство и Кыргызского Правительства, ЯПОНСКИЙ МИД.",
    "«Надо открыть пост», — поручил Президент.",
    "— Откройте пост, — ПОТРЕБОВАЛ министр.",
    "Он сказал: «Пост откроют», - Указала пресс-служба.",
    "«Следует ускорить работу», — СКАЗАЛ Токаев.",
    "— Министрлік жұмысты күшейтсін, – Деді үкімет басшысы.",
    "Погода в Алматы была ясной, очередей на границе нет.",
    "Шекарада кезек жоқ.",
    "Гл\u1c82ва г\u1c82сударства п\u1c82ручил открыть пост.",  # an old letter form: never ruled out
]


def _check(sentence: str) -> None:
    for pattern, groups in [(p, [w]) for p, w in _TRIGGERS_AND_WORDS] + _PASSES:
        if pattern.search(sentence):
            for words in groups:
                assert needles.may_hold(sentence, words), (pattern.pattern[:40], sentence)
                assert needles.may_hold(sentence + " Ещё одно.", words)


def test_triggers_on_made_up_sentences():
    for s in _SENTENCES:
        _check(s)
        _check(s.upper())
        _check(s.lower())
    assert not any(needles.may_hold(_SENTENCES[-3], w) for _, w in _TRIGGERS_AND_WORDS)
    assert needles.may_hold(_SENTENCES[-1], ("поруч",))


def test_triggers_on_random_mixes_of_their_pieces():
    patterns = [p for p, _ in _TRIGGERS_AND_WORDS] + [p for p, _ in _PASSES]
    pieces = re.findall(r"[а-яёәғқңөұүһіА-Я]+", " ".join(p.pattern for p in patterns)) + ["«", "»", '"', "-"]
    rng = random.Random(53)
    for _ in range(20_000):
        words = [rng.choice(pieces) for _ in range(rng.randint(1, 6))]
        words = [w.upper() if rng.random() < 0.2 else w.capitalize() if rng.random() < 0.2 else w for w in words]
        _check(rng.choice([" ", ""]).join(words) + rng.choice([".", " ", "", "«"]))


def test_lowered_copy_is_kept_for_the_last_text():
    text = "Поручил"
    assert needles.lowered(text) == " поручил "  # folded: a space at either end (gate76)
    assert needles.lowered(text) is needles.lowered(text)
