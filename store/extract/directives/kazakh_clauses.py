"""The parts of a Kazakh order's clause: the addressee noun phrases in the case the verb
governs («Көлік министрлігіне», «аудан әкімдіктеріне») and the verbal noun that is the
order's content («әзірлеуді»), with the case endings and word lists they are read by.
"""

from __future__ import annotations

import re

from store.extract.directives.posts import ByPosition
from store.lang.wordlists import words
from store.model import Mention

# Heads of an addressee: bodies and officials (stems, with their к/г, қ/ғ alternation).
_KZ_BODY = (
    r"(?:үкімет|министрлі[кг]|министр|әкімді[кг]|әкімшілі[кг]|әкім|комитет|қызмет(?:кер)?|"
    r"агентті[кг]|департамент|басқарма|ведомство|орган|компания|корпорация|холдинг|қор|"
    r"прокуратура|полиция|комиссия|кеңес|палата|штаб|орынбасар|басшы|басшылы[қғ]|төраға|"
    r"мәслихат|парламент|мәжіліс|сенат|ұйым|мекеме|банк|инспекция|директор|кеден)"
)


_KZ_PLURAL = r"(?:дар|дер|тар|тер|лар|лер)?"


_KZ_CASE = {  # the case of an addressee: dative, ablative (талап ет- «әкімдерден»), accusative (міндетте-)
    "datv": r"(?:(?:ы|і|сы|сі)(?:на|не)|ға|ге|қа|ке)",
    "ablt": r"(?:(?:ы|і|сы|сі)(?:нан|нен)|дан|ден|тан|тен|нан|нен)",
    "accs": r"(?:(?:ы|і|сы|сі)(?:н|ны|ні)|ды|ді|ты|ті|ны|ні)",
    "nomn": r"(?:ы|і|сы|сі)?",
}


_KZ_NOUN_CASE = {c: re.compile(rf"^{_KZ_BODY}{_KZ_PLURAL}{s}$", re.I) for c, s in _KZ_CASE.items()}


# Posts as addressees only in the plural («кеден бекеттеріне … тапсырды»: the posts' staff); one
# post in the dative is mostly where something goes or is done («Қорғас бекетіне сканер орнатуды»).
_KZ_POSTS_CASE = {c: re.compile(rf"^(?:бекеттер|пункттер){s}$", re.I) for c, s in _KZ_CASE.items()}


# A verb of going after a dative: the place travelled to, no addressee («бекеттерге баратын жол»).
_KZ_MOTION = re.compile(r"^(?:бар|кел|апар|жет|қатына)", re.I)


_KZ_ABBR_CASE = {c: re.compile(rf"^[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]{{2,}}-?{s}$") for c, s in _KZ_CASE.items()}


_KZ_NAME_CASE = {c: re.compile(rf"[а-яёәғқңөұүһі](?:{s})$") for c, s in _KZ_CASE.items()}


_KZ_GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$", re.I)


# Any case or verb ending: a word carrying one is not a modifier inside an addressee.
_KZ_INFLECTED = re.compile(
    r"(?:да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|ды|ді|ты|ті|ны|ні|ға|ге|қа|ке|на|не|мен|пен|бен|"
    r"ып|іп|ған|ген|қан|кен|йды|йді|ады|еді)$",
    re.I,
)


_KZ_NP_STOP = re.compile(
    r"(?:да|де|та|те|нда|нде|ды|ді|ты|ті|ны|ні|ға|ге|қа|ке|на|не|мен|пен|бен|ып|іп|ған|ген|қан|кен|йды|йді)$", re.I
)


_KZ_NOT_INFLECTED = words("kk_uninflected_modifiers")


# Common nouns that open an addressee: lowercased when they open the sentence too.
_KZ_COMMON = words("kk_addressee_openers")


_KZ_AND = {"және", "мен", "пен", "бен"}


_KZ_NAMED_BODIES = {"үкімет", "парламент", "мәжіліс", "сенат"}  # always capitalized


# Postpositions governing the case before them: that word is no addressee («жылға дейін»).
_KZ_POSTPOSITIONS = words("kk_postpositions")


_KZ_STOP = words("kk_addressee_stops")


_KZ_POST = re.compile(r"(?:жөнінде|жөніндегі|бойынша|туралы|үшін|боюнча)$", re.I)  # the last Kyrgyz


_KZ_OBLIGATION = {"қажет", "керек", "тиіс", "міндетті"}


# The duty an order lays, named before its verb: «… ұйымдастыру міндеті жүктелді», «… міндетін жүктеді».
_KZ_DUTY = {"міндеті", "міндетін", "міндеттері", "міндеттерін"}


# Adjectives of a task noun («нақты тапсырмалар берді»), between the content and the verb.
_KZ_TASK_WORDS = {"нақты", "бірқатар", "бірнеше", "қосымша", "тиісті", "қатаң", "арнайы", "жаңа", "нақтылы"}
_KZ_TASK_WORDS |= {"бир", "катар", "так", "кошумча", "тиешелүү"}  # Kyrgyz «бир катар тапшырмаларды»


_VERBAL_NOUN = {  # the case an order's verbal noun takes: «әзірлеуді», «әзірлеуге», «әзірлеу (жөнінде)»
    "accs": re.compile(r"[уюУЮ](?:ды|ді|ын|ін)$"),
    "datv": re.compile(r"[уюУЮ](?:ға|ге)$"),
    "nomn": re.compile(r"[уюУЮ][ыі]?$|(?:уу|үү|оо|өө)$"),  # the last: a Kyrgyz verbal noun («күчөтүү»)
}


_KZ_LETTERS = "А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі"


def kz_nominative(surface: str) -> bool:
    """Is a name written in the nominative? («Олжас Бектенов», not «Бектеновке», «Тоқаевтың»)."""
    last = surface.split()[-1] if surface.split() else surface
    if re.search(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|[ұу]лы|[қк]ызы|вич|вна)$", last, re.I):
        return True
    if not re.search("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]", surface) and not re.search(
        r"(?:ов|ев|ин)(?:қа|ке|ға|ге|тың|тің|ның|нің|ты|ті|ды|ді|тан|тен|пен|мен|та|те)$", last, re.I
    ):
        return True  # a Russian-spelled name, uninflected
    return not (_KZ_INFLECTED.search(last) or _KZ_GENITIVE.search(last))


def kz_addressee(
    sent: str, a: int, words, lo: int, hi: int, mentions: list[Mention], case: str, when
) -> tuple[int, int, str] | None:
    """The first noun phrase in words[lo:hi] in `case` headed by a body or official
    («Көлік министрлігіне», «аудан әкімдіктеріне», «Үкіметке»), an abbreviation
    («ҚТЖ-ға») or a named person («Олжас Бектеновке»), no postposition after it
    («жылға дейін»): (i, j, the phrase in the nominative). Coordinated ones
    («Үкіметке және әкімдіктерге») are joined with «; »."""
    names = mentions.memo("names", lambda: ByPosition(m for m in mentions if m.type in ("person", "organization")))
    for i in range(lo, hi):
        w = words[i][1]
        if not _kz_head(w, a + words[i][0], names, case):
            continue
        if i + 1 < len(words) and words[i + 1][1].lower() in _KZ_POSTPOSITIONS:
            continue
        if _KZ_POSTS_CASE[case].match(w) and i + 1 < len(words) and _KZ_MOTION.match(words[i + 1][1]):
            continue
        k = _kz_np_start(words, lo, i, when)
        heads = [(k, i + 1)]
        j = i + 1
        while j + 1 < hi and words[j][1].lower() in {"және", ","}:
            nxt = next(
                (t for t in range(j + 1, min(hi, j + 6)) if _kz_head(words[t][1], a + words[t][0], names, case)), None
            )
            if nxt is None or any(
                not _kz_modifier(words[t][1])
                and words[t][1].lower() not in _KZ_AND
                and not (t == nxt - 1 and _KZ_COMPOUND.search(words[t][1]))  # «құқық қорғау органдарына»
                for t in range(j + 1, nxt)
            ):
                break
            heads.append((j + 1, nxt + 1))
            j = nxt + 1
        phrases = [p for s, e in heads for p in _kz_split(_kz_nominative_phrase(sent, words, s, e, case))]
        if all(not re.match(r"\w", w) for _, w in words[:k]):  # «Облыс әкімдіктеріне …» opens the sentence
            first = phrases[0].split()[0]
            generic = _KZ_NOUN_CASE["nomn"].match(first) and first.lower() not in _KZ_NAMED_BODIES
            if first.lower() in _KZ_COMMON or generic:
                phrases[0] = phrases[0][:1].lower() + phrases[0][1:]
        return k, j, "; ".join(phrases)
    return None


def _kz_head(word: str, pos: int, names: ByPosition, case: str) -> bool:
    if re.search(r"[уюУЮ](?:ға|ге)$", word):
        return False  # «пайдалануға», «әзірлеуге»: a purpose, not an addressee
    if _KZ_NOUN_CASE[case].match(word) or _KZ_ABBR_CASE[case].match(word) or _KZ_POSTS_CASE[case].match(word):
        return True
    return (
        any(pos + len(word) >= m.end - 1 for m in names.covering(pos))
        and bool(_KZ_NAME_CASE[case].search(word))
        and not kz_nominative(word)
    )


def _kz_np_start(words, lo: int, i: int, when) -> int:
    """Walk left from the head over its modifiers: capitalized words («Сауда және
    интеграция»), genitives («облыстың»), uninflected nouns and adjectives («аудан»,
    «тиісті мемлекеттік»); stop at the subject, a case or verb ending, a comma, a time
    phrase or an adverb."""
    k, listed = i, False
    while k > lo and i - k < 12:
        w = words[k - 1][1]
        low = w.lower()
        if listed and not w[:1].isupper() and w != ",":
            break  # past a comma only the list's names go on
        if w in '«»"“”':
            k -= 1  # a quoted name: «ҚТЖ» ҰК АҚ-ға
            continue
        left = words[k - 2][1] if k - 2 >= lo else ""
        if w == "," and words[k][1][:1].isupper() and left[:1].isupper() and _kz_modifier(left):
            k, listed = k - 1, True  # a list of names: «Ақмола, Батыс Қазақстан, Абай және Ұлытау облыстарының»
            continue
        if w == "," and not listed and _KZ_NOUN_CASE["nomn"].match(left) and left.lower() not in _KZ_STOP:
            k -= 1  # a list sharing the last one's ending: «мемлекеттік органдар, ұлттық компаниялар басшыларына»
            continue
        if not re.match(rf"[{_KZ_LETTERS}\w]", w) or (when and when.start() <= words[k - 1][0] < when.end()):
            break
        if low in _KZ_AND:
            left = words[k - 2][1] if k - 2 >= lo else ""
            if left and (left[:1].isupper() or _KZ_NOUN_CASE["nomn"].match(left)) and _kz_modifier(left):
                k -= 1
                continue
            if _kz_adjective(left) and _kz_adjective(words[k][1]):
                k -= 1  # two adjectives joined: «орталық және жергілікті органдар»
                continue
            break
        if k == i and _KZ_COMPOUND.search(w) and k - 2 >= lo and _kz_adjective(words[k - 2][1]):
            k -= 1  # a verbal noun naming the body's field: «құқық қорғау органдарына»
            continue
        if low in _KZ_STOP or low in _KZ_POSTPOSITIONS or _KZ_POST.fullmatch(low) or not _kz_modifier(w):
            break  # «… алдын алу бойынша министрліктерге»: the topic's postposition ends it
        k -= 1
    while k < i and (words[k][1] in '«»"“”' and sum(w in '«»"“”' for _, w in words[k:i]) % 2 or words[k][1] in "»”"):
        k += 1  # a quote opened before the phrase is not part of it
    return k


# A bare verbal noun (no case ending): «қорғау», «басқару».
_KZ_COMPOUND = re.compile(r"[уюУЮ]$")


def _kz_adjective(word: str) -> bool:
    """A lowercase word with no case or verb ending and no verbal noun's: «орталық»,
    «жергілікті», «құқық» — a modifier that may be coordinated or head a compound."""
    return (
        bool(word)
        and word[:1].islower()
        and _kz_modifier(word)
        and not _KZ_COMPOUND.search(word)
        and not (word.lower() in _KZ_STOP or word.lower() in _KZ_POSTPOSITIONS or word.lower() in _KZ_AND)
    )


def _kz_modifier(word: str) -> bool:
    """Can this word stand inside an addressee before its head? Not a verbal noun, nor a
    word with a case or verb ending other than the genitive (an ablative-looking «аудан»,
    «кеден» is a stem)."""
    low = word.lower()
    if re.search(r"[уюУЮ](?:[ыі]н?|ды|ді)?$", word) and not word[:1].isupper():
        return False  # a verbal noun: the content («бақылау», «орындалуын»), not the addressee («Ұлытау» is a name)
    return low in _KZ_NOT_INFLECTED or bool(_KZ_GENITIVE.search(word)) or not _KZ_NP_STOP.search(word)


def _kz_split(phrase: str) -> list[str]:
    """«Көлік министрлігі мен Қаржы министрлігі» are two addressees; «Сауда және
    интеграция министрлігі» is one."""
    parts = re.split(r"\s+(?:және|мен|пен|бен)\s+", phrase)
    if len(parts) > 1 and all(_KZ_NOUN_CASE["nomn"].match(p.split()[-1]) for p in parts):
        return parts
    return [phrase]


def _kz_nominative_phrase(sent: str, words, i: int, j: int, case: str) -> str:
    """«Көлік министрлігіне» → «Көлік министрлігі», «әкімдіктерге» → «әкімдіктер»,
    «Олжас Бектеновке» → «Олжас Бектенов», «Қаржы министрлігінен» → «Қаржы министрлігі»."""
    raw = " ".join(sent[words[i][0] : words[j - 1][0] + len(words[j - 1][1])].split())
    head = words[j - 1][1]
    poss = re.search(r"(?:ы|і)(?:на|не|нан|нен|н|ны|ні)$", head)
    if poss:
        cut = len(poss.group()) - 1
    else:
        m = re.search(_KZ_CASE[case] + "$", head)
        cut = len(m.group()) if m else 0
    stem = head[: len(head) - cut].rstrip("-")
    return raw[: len(raw) - len(head)] + stem


# «Кеңес қорытындысы бойынша», «отырыс нәтижесінде»: what the orders came out of, opening the
# sentence before its content — no part of what is ordered.
_RESULTS_OF = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:қорытындысы\s+бойынша|нәтижесі(?:нде|\s+бойынша)),?\s+", re.I)


# The task noun with its possessive, told actively or passively («жолды жөндеу тапсырмасын берді»,
# «… жөндеу тапсырмасы берілді»): the verbal noun before it qualifies it, so it stays nominative.
_POSSESSED_TASK = re.compile(r"(?:(?:тапсырма|нұсқау)(?:лар)?с?ы|міндет(?:тер)?і)")


def kz_what(
    sent: str, words, lo: int, hi: int, when, trigger: str, passive: bool, addressed: bool = False
) -> str | None:
    """The order's content in words[lo:hi]: the clause ending in a verbal noun, given in
    its dictionary form («жол картасын әзірлеуді» → «жол картасын әзірлеу»; «… жаңғырту
    жөнінде» → «… жаңғырту»), the deadline left out."""
    if hi <= lo:
        return None
    raw = sent[words[lo][0] : words[hi - 1][0] + len(words[hi - 1][1])]
    if when:
        raw = raw.replace(when.group(), " ")
    # a converb clause before the order («баяндама тыңдап, …») is not part of it; right after the
    # addressee it is («Үкіметке … шаралар қабылдап, оның есебін беруді тапсырдым»: `addressed`)
    raw = _RESULTS_OF.sub("", raw)
    parts = re.split(r",\s*", raw)
    while len(parts) > 1 and not addressed and re.search(r"(?:ып|іп|п)\s*$", parts[0]):
        parts.pop(0)
    raw = ", ".join(parts)
    toks = raw.replace("«", " ").replace("»", " ").replace('"', " ").split()
    while toks and (toks[0].lower() in _KZ_STOP or not re.search(r"\w", toks[0])):
        toks.pop(0)
    while toks and (toks[-1].lower() in {"деп", "деді"} or not re.search(r"\w", toks[-1])):
        toks.pop()
    if not toks:
        return None
    toks[-1] = toks[-1].rstrip(",.;:")
    while (
        len(toks) > 1 and trigger.startswith(("тапсырма", "нұсқау", "тапшырма")) and toks[-1].lower() in _KZ_TASK_WORDS
    ):
        toks.pop()  # «… аяқтау жөнінде нақты тапсырмалар берді»: the task's adjective
    obligation = False
    if toks[-1].lower() in _KZ_OBLIGATION and len(toks) > 1:
        toks.pop()
        obligation = True
    post = (bool(_KZ_POST.search(toks[-1])) or toks[-1].lower() in _KZ_DUTY) and len(toks) > 1
    if post:  # «… ұйымдастыру жөнінде», «… ұйымдастыру міндеті (жүктелді)»: the verbal noun before it
        toks.pop()
    last = toks[-1]
    if post or obligation or passive or _POSSESSED_TASK.match(trigger):
        ok = _VERBAL_NOUN["nomn"].search(last)
        cut = 0
    elif trigger.startswith("тапсыр") and not trigger.startswith("тапсырма"):
        ok = _VERBAL_NOUN["accs"].search(last)
        cut = 2 if ok and last.endswith(("ды", "ді")) else 1
    else:  # міндетте-, жүкте-, талап ет-, нұсқау/тапсырма бер-: accusative or dative
        ok = _VERBAL_NOUN["accs"].search(last) or _VERBAL_NOUN["datv"].search(last)
        cut = 1 if ok and last.endswith(("ын", "ін")) else 2
    if not ok or len(last) - cut < 3:
        return None
    toks[-1] = last[: len(last) - cut]
    return " ".join(toks)
