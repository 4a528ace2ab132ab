"""A person's role as the article writes it, from the words just before the name.

Russian news names officials in apposition: «премьер-министр Олжас Бектенов»,
«вице-министра транспорта РК Максата Калиакпарова», «посол России в Казахстане
Алексей Бородавкин». The role is a head noun from a small closed class (министр,
аким, посол…) with its adjectives before it and a genitive/prepositional tail after
it, ending where the name begins. We walk left from the name over words that can
belong to such a phrase and stop at anything that cannot (a verb, a comma, another
clause), then put the head and its adjectives in the nominative, keeping the tail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from store.lang import kazakh
from store.lang.normalize import case_of, parses, phrase_nominative

ROLE_HEADS = frozenset(
    """
министр премьер-министр премьер вице-премьер аким посол президент председатель заместитель
глава директор руководитель депутат спикер губернатор мэр секретарь пресс-секретарь
советник помощник начальник командующий генсек представитель полпред канцлер король
королева принц консул прокурор генпрокурор судья сенатор уполномоченный омбудсмен лидер
основатель владелец управляющий ректор атташе замминистра замглавы замакима министерство
вице-министр вице-президент вице-спикер первый-заместитель шеф генерал адмирал маршал
епископ митрополит патриарх премьер-министр-министр эмир султан шейх
""".split()
) - {"министерство", "премьер-министр-министр", "первый-заместитель"}

_WORD = re.compile(r"[\w.]+(?:[-‐][\w.]+)*|[«»\"“”]|[^\w\s]")
_FUNCTION_POS = {"PREP", "CONJ", "PRCL", "INTJ"}
_LINKS = {"в", "во", "по", "при", "и", "на"}
_MAX_TOKENS = 12


@dataclass(frozen=True)
class Role:
    text: str  # nominative, as written otherwise: «вице-министр транспорта РК»
    case: str | None  # the case the head was written in: the name agrees with it


@lru_cache(maxsize=100_000)
def is_role_word(word: str) -> bool:
    """True for a role head noun in any case («министра», «вице-премьеру», «Акима»).
    Cached by the word, as _can_link and _is_modifier are: the role readers walk back over
    the same words before every person of a sentence, and other passes ask too (about 50
    calls an article, most for a word asked before); the answer depends on the word alone."""
    w = word.lower().replace("ё", "е")
    for prefix in ("вице-", "экс-", "и.о.-"):
        if w.startswith(prefix):
            w = w[len(prefix) :]
    if w in ROLE_HEADS:
        return True
    ps = parses(w)
    if ps and ps[0].tag.POS in _FUNCTION_POS:
        return False  # «После скандала»: the preposition, not «о после» (the ambassador)
    return any(p.tag.POS == "NOUN" and p.normal_form in ROLE_HEADS for p in ps)


@lru_cache(maxsize=100_000)
def is_plural_role(word: str) -> bool:
    """True for a role head that can only be plural («министрам», «министры», «заместителям»,
    «вице-премьеров»): a post said of several people is none of theirs alone, and the name
    after it is usually someone else (facts67: «Министрам транспорта и финансов Бектенов
    поручил» gave the Prime Minister the ministers' post). A form that may be singular too
    («главы», «председателя») stays a role. The callers ask only of Russian text: Kazakh
    «Кеңесінің депутаты» is one deputy (the possessive ending), not «депутаты»."""
    w = word.lower().replace("ё", "е")
    for prefix in ("вице-", "экс-", "и.о.-"):
        if w.startswith(prefix):
            w = w[len(prefix) :]
    heads = [p for p in parses(w) if p.tag.POS == "NOUN" and p.normal_form in ROLE_HEADS]
    return bool(heads) and all("plur" in p.tag for p in heads)


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_HYPHENATED_TOKEN = re.compile(r"[\w.]+(?:[-‐][\w.]+)*")
_RUSSIAN_LOWER_LETTER = re.compile("[а-яё]")


@lru_cache(maxsize=100_000)
def _can_link(tok: str) -> bool:
    """Can this word sit inside a role phrase (between the head and the name)?"""
    low = tok.lower()
    if low in _LINKS or tok in '«»"“”':
        return True
    if not _HYPHENATED_TOKEN.fullmatch(tok):
        return False
    if not _RUSSIAN_LOWER_LETTER.search(low) or tok.isupper():
        return True  # abbreviations, Latin, numbers: «РК», «СУАР», «ЕАЭС»
    p = parses(tok)[0]
    return p.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR") or p.tag.POS is None


def find_role(text: str, start: int, sent_start: int) -> Role | None:
    """The role written before the name at `start` in the sentence starting at `sent_start`."""
    toks = [(m.start(), m.group()) for m in _WORD.finditer(text, sent_start, start)]
    toks = toks[-_MAX_TOKENS:]
    head_i = None
    for i in range(len(toks) - 1, -1, -1):
        tok = toks[i][1]
        if is_role_word(tok):
            head_i = i
        elif not _can_link(tok):
            break
    if head_i is None:
        return _kazakh_post_before(toks, text, sent_start)
    if is_plural_role(toks[head_i][1]) and not kazakh.KAZAKH_LETTERS.search(text, sent_start, start):
        return None  # «Министрам транспорта и финансов Бектенов поручил»: the addressees' post
    first = head_i
    while first > 0 and _is_modifier(toks[first - 1][1]):
        first -= 1
    while len(toks) > head_i + 1 and toks[-1][1].lower() in _LINKS | set('«»"“”'):
        toks.pop()
    phrase_start = toks[first][0]
    phrase = " ".join(text[phrase_start:start].split())
    if not phrase:
        return None
    role = phrase_nominative(phrase)
    if phrase_start == sent_start and not role.split()[0].lower() == "президент":
        role = lower_opening(role)
    return Role(role, case_of(toks[head_i][1]))


def lower_opening(role: str) -> str:
    """A role as written mid-sentence: its first word's letter lowered, and every part of a
    hyphened first word («Премьер-Министр», as Kazakh pages capitalise it, «Вице-Премьер») —
    lowering the first letter alone made «премьер-Министр». An all-capital part stays."""
    first, sep, rest = role.partition(" ")
    parts = [p if p.isupper() and len(p) > 1 else p[:1].lower() + p[1:] for p in first.split("-")]
    return "-".join(parts) + sep + rest


def _kazakh_post_before(toks: list[tuple[int, str]], text: str = "", sent_start: int = 0) -> Role | None:
    """«Әкім Нұрлан Нұрланов», «Министр Асқар Ахметов» in Kazakh: a Kazakh post noun with no
    ending right before the name is his role (Kazakh has no case agreement for the name to
    follow). A post with its owner takes the possessive ending, the owner before it: «облыс
    әкімі», «Қаржы министрі», «Мемлекеттік кірістер комитетінің төрағасы» (kazakh.post_owner_words)."""
    if not toks or is_role_word(toks[-1][1]):
        return None
    last = toks[-1][1]
    if kazakh.is_role_stem(last):
        return Role(last.lower(), None)
    if not kazakh.is_role_word(last, possessive=True) or not kazakh.KAZAKH_LETTERS.search(last):
        return None
    owner = kazakh.post_owner_words([t for _, t in toks[:-1]])
    if not owner:
        return None
    first = toks[-1 - owner][0]
    phrase = " ".join(text[first : toks[-1][0] + len(last)].split())
    if first == sent_start and phrase.split()[0].lower() in kazakh.PLACE_OWNERS:
        phrase = phrase[:1].lower() + phrase[1:]  # «Облыс әкімі Нұрланов …» opening a sentence
    return Role(phrase, None)


_RUSSIAN_WORD_MAYBE_HYPHENATED = re.compile(r"[а-яёА-ЯЁ]+(?:-[а-яё]+)?")


@lru_cache(maxsize=100_000)
def _is_modifier(tok: str) -> bool:
    """An adjective agreeing with the role head: «первого (заместителя)», «Генеральный».
    Pronoun-adjectives (pymorphy's Apro: «который», «этот», «наш», «свой») are no part of
    a title: in «встреча, которую президент Токаев провёл» the role is «президент», not
    «который президент»."""
    if not _RUSSIAN_WORD_MAYBE_HYPHENATED.fullmatch(tok):
        return False
    tag = parses(tok)[0].tag
    return tag.POS in ("ADJF", "PRTF") and "Apro" not in tag


_COMMA_BRACKET_OR_DASH = re.compile(r"\s*[,(—–]\s*")


def find_role_after(text: str, end: int, sent_end: int) -> Role | None:
    """The role written after the name, in apposition between commas or dashes:
    «Иванов, министр транспорта, сообщил …», «с Ивановым, министром транспорта РК,»."""
    m = _COMMA_BRACKET_OR_DASH.match(text[end:sent_end])
    if not m:
        return None
    start = end + m.end()
    stop = re.search(r"\s*(?:[,)—–;:.!?]|$)", text[start:sent_end])
    phrase = " ".join(text[start : start + stop.start()].split())
    if not phrase:
        return None
    toks = _WORD.findall(phrase)
    if not toks or len(toks) > _MAX_TOKENS:
        return None
    head = 0
    while head < len(toks) and _is_modifier(toks[head]):
        head += 1
    if head >= len(toks) or not is_role_word(toks[head]) or not all(_can_link(t) for t in toks[head + 1 :]):
        return None
    if is_plural_role(toks[head]) and not kazakh.KAZAKH_LETTERS.search(phrase):
        return None  # «Иванов и Петров, министры транспорта и финансов,»: no one's own post
    role = phrase_nominative(phrase)
    if role.split()[0].lower() != "президент":
        role = lower_opening(role)
    # a role in brackets is a remark, in the nominative whatever the name's case
    # («на Геннадия Тимченко (глава Volga Group)»): it says nothing of the name's case
    return Role(role, None if "(" in m.group() else case_of(toks[head]))
