"""Passes that fix persons' spans: names the model split or glued, leading role and place
words, lowercase words and particles, two given names sharing one plural surname, one-word
«persons» that are things or places, and names in Kazakh-language text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.naming import PATRONYMIC, PROPER_PERSON, SURNAME, is_first_name, kazakh_surname_shape
from store.extract.ner import NerSpan
from store.extract.passes.kazakh_event_nouns import a_declined_event_noun
from store.extract.passes.places import with_region_word
from store.extract.roles import is_role_word
from store.extract.spans import mapped
from store.lang import gazetteer, kazakh, kb
from store.lang.chinese_names import chinese_name
from store.lang.identity import KAZAKH_TO_RUSSIAN
from store.lang.kazakh import KAZAKH_LETTERS, kazakh_context
from store.lang.normalize import from_dictionary, key, parses, person_nominative
from store.lang.persons import KAZAKH_PLURAL, KAZAKH_POSSESSIVE_CASE, given_names
from store.lang.places import is_region_by, place_nominative
from store.lang.wordlists import words

# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_NON_SPACE_RUN = re.compile(r"\S+")
_HYPHEN_OR_DASH = re.compile("[-‐–]")
# A word and «и» just before a name: the first of two coordinated persons.
_WORD_AND_I_AT_END = re.compile(r"(\S+)\s+и\s+$")


def _split_glued_persons(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    """«встретил директора Ивана Петрова Анна Смирнова рассказала»: the model ran two
    people into one span. Where no (case, gender) fits every word of the span but one
    fits each half, the halves are two people."""
    out = []
    for s in spans:
        if s.type != "person":
            out.append(s)  # asked before the words are found (stop 51, ingest117): only a person is cut
            continue
        words = list(_NON_SPACE_RUN.finditer(s.text))
        cut = None
        if len(words) >= 4 and chinese_name([w.group() for w in words[-2:]]):
            cut = len(words) - 2  # «Руслан Желдібай Си Цзиньпиннің» (per47): a Chinese name ends it
        elif len(words) >= 4 and not kazakh_context(text, s.start, s.end):
            readings = [_name_readings(w.group()) for w in words]
            if not _common(readings):
                cut = next(
                    (i for i in range(2, len(words) - 1) if _common(readings[:i]) and _common(readings[i:])), None
                )
        if cut is None:
            out.append(s)
            continue
        left_end, right_start = s.start + words[cut - 1].end(), s.start + words[cut].start()
        out += [
            NerSpan("person", s.start, left_end, text[s.start : left_end]),
            NerSpan("person", right_start, s.end, text[right_start : s.end]),
        ]
    return out


def _name_readings(word: str) -> set[tuple[str, str]] | None:
    """(case, gender) pairs a word can take as part of a person's name; None when it
    says nothing (indeclinable, initials, no name reading)."""
    out = set()
    for p in parses(word):
        if p.tag.POS != "NOUN" or p.tag.number != "sing" or "Fixd" in p.tag:
            continue
        if PROPER_PERSON & set(p.tag.grammemes) or not from_dictionary(p):
            out.add((p.tag.case, p.tag.gender))
    return out or None


def _common(readings: list) -> bool:
    known = [r for r in readings if r is not None]
    return not known or bool(set.intersection(*known))


def _join_split_persons(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    """«Фёдора» + «Ивановича Шаляпина»: a given name the model cut off from the
    patronymic or surname right after it is one person's name; so is a surname the model
    cut off from the given name and patronymic after it, the order decrees and lists print
    («Бектенов» + «Олжас Абаевич»)."""
    out: list[NerSpan] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev
            and prev.type == s.type == "person"
            and text[prev.end : s.start] == " "
            and " " not in prev.text
            and (_given_then_family(prev.text, s.text.split()[0]) or _surname_then_given_patronymic(prev.text, s.text))
        ):
            out[-1] = NerSpan("person", prev.start, s.end, text[prev.start : s.end])
        else:
            out.append(s)
    return out


def _given_then_family(first: str, second: str) -> bool:
    """Is `first` a given name and `second` a patronymic or surname in the same case?"""
    given = [p for p in parses(first)[:4] if "Name" in p.tag.grammemes]
    family = [p for p in parses(second)[:4] if {"Patr", "Surn"} & set(p.tag.grammemes)]
    return any(g.tag.case == f.tag.case for g in given for f in family)


def _surname_then_given_patronymic(first: str, rest: str) -> bool:
    """«Тоқаев» + «Қасым-Жомарт Кемелұлы»: a surname (its ending, not a given name) before a
    given name and a Russian or Kazakh patronymic is the first word of one official name;
    without the patronymic («Сидоров» + «Иван») the pair may be two people listed."""
    words = rest.split()
    return (
        len(words) == 2
        and bool(SURNAME.search(first))
        and not is_first_name(first)
        and is_first_name(words[0])
        and bool(PATRONYMIC.search(words[1]))
    )


# Lowercase words that belong to a person's name («Шарль де Голль», «Абу Бакр аль-Багдади»).
_NAME_PARTICLES = words("name_particles")


# Particles glued to a word by a hyphen («Кудрин-то»): not part of the name.
_GLUED_PARTICLES = {"то", "ка", "де", "таки", "либо", "нибудь"}


def person_words(text: str, s: NerSpan) -> NerSpan | None:
    """A person's name is capitalized words: lowercase common nouns the span swallowed at
    its start go («остроумец-куплетист Смирнов-Сокольский»), a glued particle goes
    («Кудрин-то»), and a capitalized word with a lowercase hyphenated part is a compound
    common noun, not a name («Яндекс-кошельков», «Мураками-бум»)."""
    start, end = s.start, s.end
    for m in _NON_SPACE_RUN.finditer(s.text):
        w = m.group()
        if w[:1].islower() and w.split("-")[0].lower() not in _NAME_PARTICLES:
            start = s.start + m.end()
            continue
        break
    start += len(text[start:end]) - len(text[start:end].lstrip())
    words = text[start:end].split()
    if not words:
        return None
    while len(words) > 1 and _a_compound_common_noun(words[0]):
        # «Вице-премьер-министр Равшан Сабиров» opening a sentence: the post goes, not the name
        start += text[start:end].index(words[0]) + len(words[0])
        start += len(text[start:end]) - len(text[start:end].lstrip())
        words = words[1:]
    if _a_post_and_its_place(words):  # «Аким Бейнеу заявил»: no name, the place is a place
        place = start + text[start:end].rindex(words[1])
        return NerSpan("location", place, place + len(words[1]), words[1])
    cut = _role_words_before_the_name(words)
    if cut:
        # «Аким Тимур Кайраков», «Аким Бейнеу Ерлан …» opening a sentence: the post (and the
        # place it serves) is the role, which roles.find_role reads before the name
        for w in words[:cut]:
            start += text[start:end].index(w) + len(w)
        start += len(text[start:end]) - len(text[start:end].lstrip())
        words = words[cut:]
    for i, w in enumerate(words):
        parts = _HYPHEN_OR_DASH.split(w)
        if len(parts) < 2 or not parts[0][:1].isupper() or not any(p[:1].islower() for p in parts[1:]):
            continue
        if (
            i == len(words) - 1
            and parts[-1].lower() in _GLUED_PARTICLES
            and not any(p[:1].islower() for p in parts[1:-1])
        ):
            end -= len(parts[-1]) + 1
            continue
        if parts[0].lower() in _NAME_PARTICLES or all(
            p.lower() in _NAME_PARTICLES for p in parts[1:] if p[:1].islower()
        ):
            continue  # «Абд-эль-Азиз»
        return None
    if kazakh_context(text, start, end):  # «Сонымен қатар Бейбит Исабаев»: the connective goes
        ws = list(_NON_SPACE_RUN.finditer(text[start:end]))
        start += ws[kazakh.leading_discourse_words([w.group() for w in ws], is_first_name)].start() if ws else 0
        start = _after_kazakh_role(text, start, end)
        end = _before_kazakh_role(text, start, end)
    end = _end_after_surname(text, start, end)
    end = _end_before_abbreviation(text, start, end)
    end = _son_of_word_after(text, start, end)
    start = _given_name_before(text, start, end)
    if not _looks_like_a_name_in_kazakh_text(text, start, end):
        return None
    if (start, end) == (s.start, s.end):
        return s
    return NerSpan(s.type, start, end, text[start:end]) if end > start else None


# «уулу»/«кызы» (Kyrgyz), «ұлы»/«қызы» (Kazakh written apart), «ўғли»/«қизи», «o‘g‘li»/«qizi»
# (Uzbek): 'son/daughter of', a word of the name after the father's name («Марат Толомуш уулу»)
_SON_OF_WORD = re.compile(r"[ \u00a0](?:уулу|кызы|ұлы|қызы|ўғли|қизи|o[ʻ‘’'`]g[ʻ‘’'`]li|qizi)(?![\w-])")
_SURNAME_AFTER_SON_OF = re.compile(r"[ \u00a0]([А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)(?![\w-])")


def _role_words_before_the_name(words: list[str]) -> int:
    """How many words of a person span are a post the model took into the name at a
    sentence's start: «Аким Тимур Кайраков», «Министр Жумангарин», «Әкім Нұрлан Нұрланов», or
    a post with the place it serves («Аким Бейнеу Ерлан Сатыбалдиев»); 0 for none. «Аким» is a
    given name too, so a role word that can be one goes only before a given name and another
    word («Аким Иванов» stays a person named Аким); before a lone word it goes only when that
    word is no given name («Король Андрей» is a surname first)."""
    if len(words) < 2 or not words[0][:1].isupper():
        return 0
    head = words[0]
    if not (is_role_word(head) or kazakh.is_role_word(head) or kazakh.is_role_stem(head)):
        return 0
    if len(words) == 2:
        return 1 if not is_first_name(head) and not is_first_name(words[1]) else 0
    for i in range(1, len(words) - 1):
        if is_first_name(words[i]):
            return i  # the words between the post and the given name are the place it serves
        if not (_a_place_word(words[i]) or (i == 1 and _a_genitive_not_surname(words[i]))):
            break
    if len(words) == 3 and SURNAME.search(words[2]) and not PATRONYMIC.search(words[1]):
        return 1  # «Аким Мерей Бекмухамбетов»: a given name our lists lack, a surname by its ending
    return 0


def _a_post_and_its_place(words: list[str]) -> bool:
    """«Аким Бейнеу», «Аким Жезкента»: a capitalized post noun and a place the lexicon or the
    gazetteer knows, with no name after them, is the post, not a person (a surname-shaped or
    given-name second word keeps the person: «Аким Иванов»); so is a town they do not know
    in the genitive that no reading takes for a name («Аким Карабутака»)."""
    return (
        len(words) == 2
        and words[0][:1].isupper()
        and is_role_word(words[0])
        and not is_first_name(words[1])
        and not SURNAME.search(words[1])
        and (_a_place_word(words[1]) or (_a_genitive_not_surname(words[1]) and not _a_name_by_the_guesser(words[1])))
    )


def _a_name_by_the_guesser(word: str) -> bool:
    """Does the dictionary's first reading take the word for a surname or a given name
    («Шевчука», «Кима»)? Alone after a post, such a word stays the person's."""
    ps = parses(word.lower())
    return bool(ps) and bool({"Surn", "Name", "Patr"} & set(ps[0].tag.grammemes))


def _a_genitive_not_surname(word: str) -> bool:
    """«Карабутака», «Жаркента» after «Аким» and before a given name: a word whose first
    reading is a genitive noun and which has no surname's or patronymic's ending is the
    place the post serves, a town neither the lexicon nor the gazetteer knows («Аким
    Карабутака Серик Тлеубаев»); «Аким Иванова …» keeps its surname."""
    if SURNAME.search(word.lower()) or PATRONYMIC.search(word) or not word[1:].islower():
        return False
    ps = parses(word.lower())
    return bool(ps) and ps[0].tag.POS == "NOUN" and ps[0].tag.case == "gent"


def _a_place_word(word: str) -> bool:
    """A town or region the lexicon or the gazetteer knows, in any case («Бейнеу», «Жезкента»)."""
    return bool(place_nominative(word)) or _a_post_name(word)


def _son_of_word_after(text: str, start: int, end: int) -> int:
    """A name of two capitalized words the model ended before its lower-case «уулу»/«кызы»
    (per47: kyrgyztoday.org, «Журналист Марат Толомуш уулу сообщил»): the word is the name's,
    as a Kyrgyz passport prints it."""
    words = text[start:end].split()
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return end
    m = _SON_OF_WORD.match(text, end)
    if not m:
        return end
    surname = _SURNAME_AFTER_SON_OF.match(text, m.end())
    # «Серік Бауыржан ұлы Әбілов»: the two words were given name and father's name, the
    # surname follows the «ұлы» (per60)
    return surname.end() if surname and SURNAME.search(surname.group(1)) else m.end()


def _a_compound_common_noun(word: str) -> bool:
    """«Вице-премьер-министр», «Экс-министр»: a capitalized word whose hyphenated parts after
    the first are lower case, none a name particle («Абд-эль-Азиз») nor a glued one."""
    parts = _HYPHEN_OR_DASH.split(word)
    tail = [p for p in parts[1:] if p]
    return (
        len(parts) >= 2
        and parts[0][:1].isupper()
        and bool(tail)
        and all(p[:1].islower() for p in tail)
        and not any(p.lower() in _NAME_PARTICLES or p.lower() in _GLUED_PARTICLES for p in tail)
        and parts[0].lower() not in _NAME_PARTICLES
    )


def _after_kazakh_role(text: str, start: int, end: int) -> int:
    """«Аудан әкімі Нажмадин Шамұратов»: a Kazakh post («аудан әкімі» 'the district's
    akim') the span opens with is the person's role, not his name; the name starts after
    its role noun (when a word is left)."""
    ws = list(_NON_SPACE_RUN.finditer(text[start:end]))
    roles = [i for i, w in enumerate(ws[:-1]) if kazakh.is_role_phrase([w.group()])]
    return start + ws[roles[-1] + 1].start() if roles else start


def _before_kazakh_role(text: str, start: int, end: int) -> int:
    """«Ғалымұрат Жүкел Президенттің …» 'G. Zh. (said about) the President's …': a role
    noun after the name's first word ends the name (the span ran on into the sentence)."""
    ws = list(re.finditer(r"\S+", text[start:end]))
    roles = [i for i, w in enumerate(ws) if i and kazakh.is_role_word(w.group())]
    if not roles:
        return end
    if kazakh.is_role_phrase([ws[roles[0]].group()], possessive=True):
        return start  # «Басқарма Төрағасының» 'the Board's chairman's': a post, no name
    return start + ws[roles[0] - 1].end()


def _coordinated_persons(text: str, spans: list[NerSpan]) -> dict[tuple[int, int], str]:
    """«Аркадия и Бориса Ротенбергов», «братьев Аркадия и Бориса Стругацких»: two given
    names share one surname written in the plural; each person gets it in the singular
    (Аркадий Ротенберг, Борис Ротенберг), not «Борис Ротенбергов» and a bare «Аркадий»."""
    out = {}
    by_end = {s.end: s for s in spans if s.type == "person"}
    for s in spans:
        words = s.text.split()
        if s.type != "person" or len(words) != 2:
            continue
        surname = _plural_surname(words[1])
        window = max(0, s.start - 40)
        lead = _WORD_AND_I_AT_END.search(text[window : s.start])
        if not surname or not lead:
            continue
        first = by_end.get(window + lead.end(1))
        if first is None or " " in first.text:
            continue
        out[(first.start, first.end)] = f"{person_nominative(first.text).split()[0]} {surname}"
        out[(s.start, s.end)] = f"{person_nominative(words[0]).split()[0]} {surname}"
    return out


def _plural_surname(word: str) -> str | None:
    """The singular nominative of a surname written in the plural («Ротенбергов» → Ротенберг)."""
    ps = parses(word)
    if not ps or ps[0].tag.number != "plur" or "Surn" not in ps[0].tag.grammemes:
        return None
    return ps[0].normal_form.replace("ё", "е").capitalize()


def person_or_place(s: NerSpan, surnames: set[str]) -> NerSpan | None:
    """A one-word «person» the dictionary knows only as something else: a thing
    («История», «Пасха», «Рондо») is dropped, a place («в Корсуни») becomes a location, a
    family in the plural («семье Пугачевых», «для Ротшильдов») is no single person, and a
    place of the project's list (store/lang/lexicon/places.txt: «Жаркент») is that place.
    A word that is the surname of a full name in the same text stays a person."""
    if " " in s.text.strip() or "." in s.text:
        return s
    every = parses(s.text)
    ps = [p for p in every if from_dictionary(p)]
    if (
        ps
        and ps[0].tag.number == "plur"
        and (PROPER_PERSON & set(ps[0].tag.grammemes) or "anim" in ps[0].tag)
        and not SURNAME.search(s.text)
        and not kazakh_surname_shape(s.text)
    ):  # «Бектенов» reads as «of the Bektens» too, «Бекмухамбеты» is Бекмухамбет's son, not his family
        return None
    if s.text[:5].lower() in surnames:
        return s
    if place_nominative(s.text) or is_region_by(s.text):
        return NerSpan("location", s.start, s.end, s.text)  # «в Алтынколь и Жаркент», «в Приаралье»
    if _a_post_name(s.text) and not is_first_name(s.text):
        return NerSpan("location", s.start, s.end, s.text)  # «Жезкентом руководит»: the town the post is named for
    if not ps:
        return s
    if any(PROPER_PERSON & set(p.tag.grammemes) and p.tag.number == "sing" for p in every):
        return s  # a known or guessed name («Поллока»: a surname before it is a place)
    if "Geox" in ps[0].tag.grammemes:
        return NerSpan("location", s.start, s.end, s.text)
    if all(p.tag.POS == "NOUN" and "inan" in p.tag for p in ps) and not _surname_as_plural_genitive(s.text, ps):
        return None
    return s


def _surname_as_plural_genitive(word: str, ps) -> bool:
    """«Президент Токаев сообщил»: a word of a surname's shape the dictionary reads only as
    the genitive plural of a thing («Токаев» 'of the Tokay wines') is the surname the model
    read it as. Per66's person probe lost «Токаев» after a role in a lead paragraph so (a
    headline keeps him: headline_surnames)."""
    return bool(_OV_SURNAME.search(word)) and all(p.tag.number == "plur" and p.tag.case == "gent" for p in ps)


_OV_SURNAME = re.compile(r"(?:ов|ев|ёв|ова|ева|ёва)$")

# Russian case endings a one-word place name takes («Жезкента», «Жезкентом»), "" for its nominative
_PLACE_CASE_ENDINGS = frozenset(["", "а", "у", "ом", "е", "ы", "и", "я", "ю", "ем", "ой", "ью"])


@lru_cache(maxsize=1)
def _one_word_post_names() -> frozenset[str]:
    """The gazetteer's one-word post names (Russian, Kazakh, variants), lower case: a post
    is named for the town or station it stands at («Жезкент», «Бейнеу»)."""
    names = (n for cp in gazetteer.all() for n in (cp.name_ru, cp.name_kk, *cp.variants) if n)
    return frozenset(n.lower() for n in names if " " not in n.strip())


def _a_post_name(word: str) -> bool:
    """Is `word` a one-word post name of the gazetteer in the nominative or a Russian case?
    With no given name, patronymic or role beside it, the model's lone «person» so named is
    the town («Жезкент принял делегацию»); the caller leaves given names («Сырым») alone."""
    low, names = word.lower(), _one_word_post_names()
    cuts = (len(low) - n for n in range(3))  # the word less an ending of 0, 1 or 2 letters
    return any(cut > 2 and low[:cut] in names and low[cut:] in _PLACE_CASE_ENDINGS for cut in cuts)


def _end_after_surname(text: str, start: int, end: int) -> int:
    if not kazakh_context(text, start, end):
        return end  # only Kazakh-language text misleads the model this way
    words = list(_NON_SPACE_RUN.finditer(text[start:end]))
    for i, w in enumerate(words[:-1]):
        word = w.group().strip(",.")
        if not SURNAME.search(word) or is_first_name(word):
            continue
        nxt = words[i + 1].group().strip(",.")
        if PATRONYMIC.search(nxt) or _OV_SURNAME.search(nxt):
            return end  # «Нажмадин Шамұратов»: a given name that ends like «Путин», a surname after it
        if i == 0 and len(words) == 2 and is_first_name(nxt):
            return end  # «Жумангарин Серик»: surname first, as lists print it
        if i == 0 and len(words) == 3 and is_first_name(nxt) and PATRONYMIC.search(words[2].group().strip(",.")):
            return end  # «Тоқаев Қасым-Жомарт Кемелұлы»: surname first with a patronymic, as decrees print it
        return start + w.end()  # «Бектенов Көлік …», «Токаев Сауда»
    return end


def _end_before_abbreviation(text: str, start: int, end: int) -> int:
    """«Мұхтар Тілеуберді ҚХР Шыңжаң-Ұйғыр …»: after a given name and a surname, a word in
    capitals («ҚХР», «ШҰАА», «МВД») opens the next name (a state's, a body's), never the
    person's own; the span ends before it. A name printed in capitals as its first or second
    word («ТОҚАЕВ Қасым-Жомарт», «Қасым-Жомарт ТОҚАЕВ») is left as it is."""
    words = list(_NON_SPACE_RUN.finditer(text[start:end]))
    for w in words[2:]:
        if _ABBREVIATION.fullmatch(w.group().strip(",.")):
            return start + len(text[start : start + w.start()].rstrip())
    return end


_ABBREVIATION = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}")


_CAPITALIZED_BEFORE = re.compile(r"(?<![\w.-])([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)\s+$")


def _given_name_before(text: str, start: int, end: int) -> int:
    """«деді Ғалымұрат Жүкел» with only «Жүкел» read: in Kazakh text a lone surname the model
    found takes the given name just before it (a capitalized word the knowledge base does
    not hold as a place or body, read as a name or standing mid-sentence, where Kazakh
    capitalizes only names), so it is one person, not a stray word."""
    if " " in text[start:end].strip() or not kazakh_context(text, start, end):
        return start
    m = _CAPITALIZED_BEFORE.search(text, max(0, start - 40), start)
    if not m or kb.find(m.group(1)) or m.group(1).lower() in kazakh.DISCOURSE_WORDS:
        return start  # «Осылайша Тәуелсіз» 'thus, independent' (per47): a connective, whatever the guesser says
    if a_declined_event_noun(m.group(1)):
        return start  # «Жобада Жаңаөзен …» 'in the project, Zhanaozen …' (ent77): an event noun, declined
    before = text[max(0, m.start(1) - 3) : m.start(1)]
    mid_sentence = bool(before.strip()) and not re.search(r"[.!?:«\"“\n]\s*$", before)
    return m.start(1) if is_first_name(m.group(1)) or mid_sentence else start


def _looks_like_a_name_in_kazakh_text(text: str, start: int, end: int) -> bool:
    """In Kazakh-language text the Russian model takes capitalized Kazakh words for
    people («Шекарада» 'at the border', «Сауда» 'trade', «Ресей Федералдық»): there a
    person must carry a surname or a known given name."""
    if not _kazakh_around(text, start, end):
        return True
    words = [w.strip(",.") for w in text[start:end].replace("-", " ").split()]
    if chinese_name(words):  # «Чжи Сяньвеймен»: Palladius syllables and a case ending
        return True
    given = is_first_name if len(words) > 1 else _known_given_name  # a lone word needs the list
    if any(_name_evidence(w, given) for w in words):
        return True
    if any(KAZAKH_PLURAL.search(w) for w in words):
        return False  # «Кеншілер Мәдениет үйі» 'the Miners' House of Culture': a plural is no name
    return len(words) == 2 and _capitalized_pair_mid_sentence(text, start, words)


def _name_evidence(word: str, given) -> bool:
    """Does this word of a Kazakh-text span say «a person»: a given name, a patronymic, or a
    surname's ending that is no Kazakh plural («Ақжолдықтар», «Сарбаздар») or possessive
    case («Отанына»)?"""
    if KAZAKH_PLURAL.search(word):  # the guesser reads «Сарбаздар» as a name; «Мұхтар» is on the list
        return key(word).translate(KAZAKH_TO_RUSSIAN) in given_names()
    if _possessive_of_a_noun(word):
        return False  # «Республикасы Ауыл» (per47): the guesser reads «Республикасы» as a name
    if given(word) or PATRONYMIC.search(word):
        return True
    return bool(SURNAME.search(word)) and not KAZAKH_POSSESSIVE_CASE.search(word)


_POSSESSIVE = re.compile(r"(?:сы|сі|си)$")


def _possessive_of_a_noun(word: str) -> bool:
    """«Республикасы», «Республикаси» ('its republic'): a Kazakh or Uzbek possessive «-сы/-сі/-си»
    on a noun the Russian dictionary knows, the head of a body's or place's name, never a
    name of a person (no given name on our list ends so)."""
    m = _POSSESSIVE.search(word.lower())
    if not m or m.start() < 4 or word.lower() in given_names():
        return False
    stem = word[: m.start()].lower()
    return any(p.tag.POS == "NOUN" and from_dictionary(p) and p.normal_form == stem for p in parses(stem))


def _kazakh_around(text: str, start: int, end: int) -> bool:
    """Kazakh text around a span: the shared test, or a short text (a headline) with two
    words in Kazakh letters, which the shared test's three-word floor misses."""
    if kazakh_context(text, start, end):
        return True
    return _a_short_kazakh_text(text)


_SHORT_TEXT_WORDS = 25  # a headline's length: at most this many words
_SHORT_KAZAKH: list = [None, False]  # the last text asked, its answer (kept with the text itself)


def _a_short_kazakh_text(text: str) -> bool:
    """A headline's length with two words in Kazakh letters. Answered once a text, not once a
    span (stop 51, ingest117): the answer is the text's alone, and the split was made for every
    person span of a Russian text; the text is kept, so `is` never meets another one's id."""
    if _SHORT_KAZAKH[0] is not text:
        tokens = text.split(None, _SHORT_TEXT_WORDS)  # a long text is not split whole
        short = len(tokens) <= _SHORT_TEXT_WORDS and sum(1 for w in tokens if KAZAKH_LETTERS.search(w)) >= 2
        _SHORT_KAZAKH[0], _SHORT_KAZAKH[1] = text, short
    return _SHORT_KAZAKH[1]


_CASE_ENDING = re.compile(
    r"(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен|мен|бен|пен|сы|сі|тік|дық|дік|лық|лік)$"
)


def _capitalized_pair_mid_sentence(text: str, start: int, words: list[str]) -> bool:
    """«- деді Нұрболат Тілеуқабыл»: Kazakh capitalizes only names, so two capitalized words
    mid-sentence that the knowledge base does not know as a place or body are a person."""
    if not all(w[:1].isupper() and w[1:].islower() for w in words) or kb.find(" ".join(words)):
        return False
    if any(kb.find(w) or _CASE_ENDING.search(w) for w in words):
        return False  # «Республикасының Мемлекеттік»: a name here is bare, no case on it
    before = text[max(0, start - 3) : start]
    return bool(before.strip()) and not re.search(r"[.!?:«\"“\n]\s*$", before)


def _known_given_name(word: str) -> bool:
    """A given name on our list or in the dictionary: the guesser's «Name» reading of an
    unknown lone word is no evidence in Kazakh text («Осылайша» 'thus', «Айдаһар» 'dragon');
    beside a second capitalized word («Ғалымұрат Жүкел») it still is."""
    if word.lower().replace("ё", "е") in given_names():
        return True
    ps = parses(word)
    return bool(ps) and from_dictionary(ps[0]) and "Name" in ps[0].tag.grammemes and ps[0].tag.case == "nomn"


def pass_join_split_persons(text, spans, ctx):
    return _join_split_persons(text, spans)


# «and» between two names: Kazakh «мен/бен/пен», «және», Russian «и», Kyrgyz «жана»
_AND = frozenset("мен бен пен және и жана".split())


def _split_at_and(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    """«Еуропада Еділ мен Дунайдан» ('in Europe, than the Volga and the Danube'), one
    «person» to the model: a lower-case «and» inside a span joins two names, never one
    person's; the parts go on as the model's spans, so that the knowledge base can name a
    part that is a place (a part that is all place is the place: linking._cuts_a_person)."""
    out = []
    for s in spans:
        if s.type != "person":
            out.append(s)  # asked before the words are found (stop 51, ingest117): they go unread
            continue
        words = list(_NON_SPACE_RUN.finditer(s.text))
        cuts = [i for i, w in enumerate(words) if w.group() in _AND and 0 < i < len(words) - 1]
        if not cuts:
            out += _places_side_by_side(text, s)  # «Астанадан Моңғолияға» 'from Astana to Mongolia'
            continue
        bounds = [-1, *cuts, len(words)]
        for a, b in zip(bounds, bounds[1:], strict=False):
            if b - a > 1:
                start, end = s.start + words[a + 1].start(), s.start + words[b - 1].end()
                out += _places_side_by_side(text, NerSpan("person", start, end, text[start:end]))
    return out


def _places_side_by_side(text: str, s: NerSpan) -> list[NerSpan]:
    """«Еуропада Еділ» ('in Europe, the Volga'), «Астанадан Моңғолияға» ('from Astana to
    Mongolia'), one «person» to the model: words that are each a place the knowledge base
    knows are as many places, one span each."""
    words = list(_NON_SPACE_RUN.finditer(s.text))
    if len(words) < 2 or not all(_one_place(w.group()) for w in words):
        return [s]
    return [NerSpan("person", s.start + w.start(), s.start + w.end(), w.group()) for w in words]


def _one_place(word: str) -> bool:
    found = kb.find(word)
    return len(found) == 1 and found[0].form.row.type == "location" and found[0].end == len(word)


def pass_split_glued_persons(text, spans, ctx):
    return _split_glued_persons(text, _split_at_and(text, spans))


def pass_coordinated_persons(text, spans, ctx):
    ctx.names.update(_coordinated_persons(text, spans))
    return spans


def pass_person_words(text, spans, ctx):
    spans = mapped(spans, lambda s: person_words(text, s) if s.type == "person" else s)
    # «Шекарада Қазақстаннан Ресейге» trimmed to «Қазақстаннан Ресейге»: two places, each its own
    return [part for s in spans for part in (_places_side_by_side(text, s) if s.type == "person" else [s])]


_PLACE_ADJECTIVE = re.compile(r"[А-ЯЁ]\w+(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое)$")


def _adjective_before_a_name(s: NerSpan) -> NerSpan:
    """«у подножий Заилийского Алатау»: a place adjective before a capitalized noun names a
    place (a range, a lake, a region), not a person, whose name never opens with an
    adjective of a place; a surname first («Жириновский Владимир») keeps its given name
    after it, so a known given name in second place keeps the person."""
    words = s.text.split()
    if len(words) != 2 or not _PLACE_ADJECTIVE.match(words[0]) or is_first_name(words[1]):
        return s
    if _known_given_name(words[1]) or words[1].lower() in given_names():
        return s
    return NerSpan("location", s.start, s.end, s.text)


# a Kazakh patronymic surname after a given name, in any case: «Абай Құнанбайұлының»
_KAZAKH_PATRONYMIC_AFTER = re.compile(
    r"[ \t]+([А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+(?:ұлы|ұлын|қызы|қызын)[а-яәғқңөұүһі]{0,4})(?![\w-])"
)


def _given_name_of_a_patronymic(text: str, s: NerSpan) -> NerSpan | None:
    """«Абай Құнанбайұлының суреті» ('the portrait of Абай Құнанбайұлы'): the model takes the
    given name alone, and the dictionary reads «Абай» as the region; a Kazakh patronymic
    right after it («-ұлы», «-қызы» in any case) makes the two words one person (kz55)."""
    if " " in s.text.strip():
        return None
    m = _KAZAKH_PATRONYMIC_AFTER.match(text, s.end)  # asked before the (dearer) Kazakh context: perf56
    if m is None or not kazakh_context(text, s.start, s.end):
        return None
    return NerSpan("person", s.start, m.end(1), text[s.start : m.end(1)])


def pass_person_or_place(text, spans, ctx):
    def one(s: NerSpan) -> NerSpan | None:
        if s.type != "person":
            return s
        found = _given_name_of_a_patronymic(text, s) or person_or_place(_adjective_before_a_name(s), ctx.surnames)
        return with_region_word(text, found) if found is not None and found.type == "location" else found

    return mapped(spans, one)
