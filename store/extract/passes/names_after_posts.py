"""A post's, station's or body's name read into the person named after it.

«Начальник таможни Нур Жолы Арман Тулегенов заявил …», «Руководитель станции Достык Аскар
Бейсенов …», «Депутат Мажилиса Умирзак Токтаров потребовал …»: the model reads the place's or
body's name and the official's as one person («Нур Жолы Арман Тулегенов»), and in the last
case the knowledge base then links the whole span to the body and the person is lost. After a
post noun («поста», «пункта пропуска», «таможни», «станции», «терминала», «заставы»,
«погранотряда», «бекетінің»), or after a role word when the words before the given name are a
body the knowledge base knows («Мажилиса», «Сената»), a person span whose later word is a
listed given name followed by one surname (± a patronymic before it) starts at that given name;
after such a body, a lone surname (± an initial) does too («Спикер Мажилиса Кошанов»). The words
cut off are the post's or body's name, found by the checkpoint and body passes once free.

Why: per68's held-out sentences printed «Начальник таможенного поста Яллама Шухрат Турсунов»
and «Начальник таможни Ак-Жол Талант Орозбаев» as one person each; per69's fresh sentences
(made up in that shape) gave «Нур Жолы Арман Тулегенов» and lost «Умирзак Токтаров» to the
Mazhilis. place_before_name does the same after a district's or region's unit noun.
"""

from __future__ import annotations

import re

from store.extract.naming import PATRONYMIC, SURNAME, is_first_name
from store.extract.ner import NerSpan
from store.extract.roles import is_role_word
from store.lang import kb
from store.lang.names import is_palladius_name

# the noun a post's, station's or terminal's name follows
_POST_NOUN = (
    r"(?:пост[аеу]|пункт[аеу]?\s+пропуска|таможн[иеюя]|станци[июя]|терминал[аеу]?|вокзал[аеу]?"
    r"|(?:погран)?застав[аеуы]|(?:погран)?отряд[аеу]?|МАПП|КПП|бекет(?:і|інің|інде)|стансасы(?:ның)?)"
)
# right before the span, or with the first word of the post's name between («терминала Хоргос
# Гейтвей Ли Вэй»: the model read «Хоргос» apart and the rest of the name into the person)
_POST_NOUN_BEFORE = re.compile(_POST_NOUN + r"\s+(?:(\S+)\s+)?$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(\w[\w-]*)\s+$")
_WORD = re.compile(r"\S+")
_INITIAL = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ]\.$")
_MOST_NAME_WORDS = 3  # «Б. Конысбаева», «Нур Жолы», «Ак-Жол»: the post's name is short


def _person_start(words: list[str]) -> int | None:
    """The index of the given name that opens the person in `words` (a given name of the list,
    then a surname, or a patronymic and a surname), after 1–3 capitalized words; else None."""
    for i in range(1, min(_MOST_NAME_WORDS, len(words) - 2) + 1):
        rest = words[i + 1 :]
        if len(rest) == 2 and not PATRONYMIC.search(rest[0]):
            continue
        if len(rest) > 2 or not all(w[:1].isupper() for w in words[: i + 1] + rest):
            continue
        if is_first_name(words[i]) and not PATRONYMIC.search(words[i]):  # «Асхат Жанатулы Тлеубаев»
            return i
        if len(rest) == 1 and _chinese_name_at(words, i):
            return i
    return None


def _chinese_name_at(words: list[str], i: int) -> bool:
    """A Chinese name in Palladius (family name first) is words[i:], not words[i-1:i+1]: «…
    Гейтвей Ли Вэй»; the given names of our lists hold no Chinese ones."""
    return is_palladius_name(f"{words[i]} {words[i + 1]}") and not is_palladius_name(f"{words[i - 1]} {words[i]}")


def _after_a_post_noun(text: str, s: NerSpan) -> bool:
    """The span follows a post noun, right after it or after one capitalized word of the post's name."""
    m = _POST_NOUN_BEFORE.search(text, max(0, s.start - 40), s.start)
    return m is not None and (m.group(1) is None or m.group(1)[:1].isupper())


def _a_known_body(name: str) -> bool:
    """The words are wholly a body the knowledge base knows («Мажилиса», «Сената»)."""
    found = kb.find(name)
    if len(found) != 1:
        return False
    m = found[0]
    return m.start == 0 and m.end == len(name) and m.form.row.type == "organization"


def _cut(text: str, s: NerSpan) -> NerSpan | None:
    """The span from its official's given name on, when what precedes it there is a post's or
    body's name (see module doc)."""
    found = list(_WORD.finditer(s.text))
    words = [m.group() for m in found]
    if len(words) < 2:
        return None
    i = _person_start(words) if len(words) >= 3 else None
    if i is not None and _after_a_post_noun(text, s):
        return _from(text, s, found[i].start())
    before = _WORD_BEFORE.search(text, max(0, s.start - 30), s.start)
    if not (before and is_role_word(before.group(1))):
        return None
    i = i if i is not None else _surname_start(words)
    if i is None or not _a_known_body(s.text[: found[i - 1].end()]):
        return None
    return _from(text, s, found[i].start())


def _surname_start(words: list[str]) -> int | None:
    """The index of a lone surname (± an initial before it) closing `words` after 1–3 others:
    «Мажилиса Кошанов», «Сената Б. Ашимов»."""
    last = len(words) - 1
    if not SURNAME.search(words[last]) or not words[last][:1].isupper():
        return None
    i = last - 1 if last >= 2 and _INITIAL.match(words[last - 1]) else last
    return i if 1 <= i <= _MOST_NAME_WORDS else None


def _from(text: str, s: NerSpan, offset: int) -> NerSpan:
    start = s.start + offset
    return NerSpan("person", start, s.end, text[start : s.end])


def names_after_posts(text: str, spans: list, ctx) -> list:
    """The pass: such a person span loses the post's or body's name it opened with."""
    return [(_cut(text, s) or s) if s.type == "person" else s for s in spans]
