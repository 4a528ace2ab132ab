"""Whose post a clause opening with a country's side speaks of.

«На пункте «Бахты» стоят 70 фур, с китайской стороны пункт закрыт», «"Қалжат" бекетінде кезек бар,
Қытай жағында бекет жабық»: the closure is the Chinese post's, the one facing Бахты or Қалжат, not
the post the sentence names (fresh71's cause 13, facts72). The side's words must open the clause
(after a comma, «а», «ал», «однако»): «закрыт для грузов с китайской стороны» keeps its subject.
A clause that names a post of that side keeps it; one naming none gets the posts of that side the
sentence names, else the posts the gazetteer has facing them. «С казахстанской стороны», «Қазақстан
жағында» turns back to our posts. The country may follow the noun too: «со стороны Китая», «на
стороне Киргизии» (facts73).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from store.extract.needles import may_hold, opening_with
from store.lang import gazetteer

_RU_SIDE = r"(китайск|казахстанск|российск|кыргызск|киргизск|узбекск|туркменск)\w*\s+сторон[ыеу]"
# The country named after the noun (facts73): «со стороны Китая», «на стороне Киргизии», «со стороны КНР»
_RU_SIDE_OF = (
    r"сторон[еыу]\s+(Китая|КНР|Казахстана|России|РФ|Кыргызстана|Киргизии|Кыргызской\s+Республики|Узбекистана"
    r"|Туркменистана|Туркмении)(?![\w-])"
)
# Kazakh: by the country's name or its adjective («ресейлік тарапта», «өзбек тарапынан»: facts75). Not the
# subject «қытай тарапы …» («қытай тарапы мерекені тойлайтындықтан, … біздің бекеттер жабық болады»: the
# reason's subject, the closure ours)
_KK_SIDE = (
    r"(Қытай|Қазақстан|Ресей|Қырғызстан|Өзбекстан|Түрікменстан|қытайлық|ресейлік|қырғыз|өзбек|түрікмен|қазақстандық)"
    r"\s+(?:жағында|жағынан|тарапында|тарапынан|тарапта)(?!\w)"
)
# Where a sentence turns to a side: the comma before it, the side's words kept in the clause after.
_SIDE = rf"(?:(?:с|на)\s+{_RU_SIDE}|(?:со|на)\s+{_RU_SIDE_OF}|{_KK_SIDE})"
SIDE_CUT = re.compile(rf",\s*(?=(?:(?:а|ал|однако|тогда\s+как)\s+)?{_SIDE})", re.IGNORECASE)
_OPENING = re.compile(rf"\s*(?:(?:а|ал|однако|тогда\s+как)\s+)?{_SIDE}", re.IGNORECASE)
_COUNTRY = {
    "китайск": "Китай",
    "қытай": "Китай",
    "российск": "Россия",
    "ресей": "Россия",
    "кыргызск": "Кыргызстан",
    "киргизск": "Кыргызстан",
    "қырғызстан": "Кыргызстан",
    "узбекск": "Узбекистан",
    "өзбекстан": "Узбекистан",
    "туркменск": "Туркменистан",
    "түрікменстан": "Туркменистан",
    "казахстанск": None,
    "қазақстан": None,
    # named after «стороны» (facts73), by their first six letters
    "китая": "Китай",
    "кнр": "Китай",
    "казахс": None,
    "россии": "Россия",
    "рф": "Россия",
    "кыргыз": "Кыргызстан",
    "киргиз": "Кыргызстан",
    "узбеки": "Узбекистан",
    "туркме": "Туркменистан",
    # Kazakh adjectives (facts75)
    "қытайлық": "Китай",
    "ресейлік": "Россия",
    "қырғыз": "Кыргызстан",
    "өзбек": "Узбекистан",
    "түрікмен": "Туркменистан",
    "қазақстандық": None,
}


def side_owners(
    clause: str, refs: list[str], facing: Callable[[list[str]], list[str]], turned: bool = False
) -> list[str] | None:
    """The posts a clause opening with a side's words speaks of (None: it opens with none, the
    caller's owners stand). `refs`: the posts the clause names, else the sentence's; `facing`
    gives the posts across the border from some (facts.py's gazetteer reading); `turned`: the
    clause follows a contrast («, а российская сторона закрыла …»)."""
    m = _opening(clause, turned)
    if not m:
        return None
    return _owners(m, refs, facing)


def _opening(clause: str, turned: bool) -> re.Match | None:
    """The side's words a clause opens with: «с китайской стороны …», «Қытай жағында …»; the side as
    the subject after a contrast («…, а российская сторона закрыла пропуск»: a sentence opening
    with it may be a reason's subject, facts75), Kazakh «Қытай тарапы "X" бекетінде …» (the post's
    place right after: the side acts there; facts80)."""
    m = _OPENING.match(clause) or _KK_SUBJECT_AT_POST.match(clause)
    return m or (_TURNED_SUBJECT.match(clause) if turned else None)


# The side told right after the post a clause opens with (facts75): «На пункте «Жайсан» со стороны
# России переход не работает», «"Тажен" бекетінде өзбек тарапында өткізу тоқтатылды», «На КПП «Жаныбек»
# российская сторона закрыла …». Only after a place's opening («На / В … «name»», Kazakh «"name"
# бекетінде / пунктінде»): «Дорога к пункту «Кеген» со стороны …» is a road's, «закрыт для грузов с
# китайской стороны» keeps its subject (the side is not right after the name).
_RU_SIDE_NOMINATIVE = r"(китайск|казахстанск|российск|кыргызск|киргизск|узбекск|туркменск)ая\s+сторона(?!\w)"
# Kazakh as the subject there too (facts76): «"Қарасу" бекетінде қырғыз тарапы өткізуді шектеді» — only after
# the post's opening (a sentence opening with «қытай тарапы …» may be a reason's subject: facts75)
_KK_SIDE_NOMINATIVE = (
    r"(Қытай|Ресей|Қырғызстан|Өзбекстан|Түрікменстан|қытайлық|ресейлік|қырғыз|өзбек|түрікмен|қазақстандық)"
    r"\s+тарапы(?!\w)"
)
_TURNED_SUBJECT = re.compile(rf"\s*{_RU_SIDE_NOMINATIVE}", re.IGNORECASE)
_KK_SUBJECT_AT_POST = re.compile(
    rf"\s*(?:ал\s+)?{_KK_SIDE_NOMINATIVE}(?=\s+[«\"“][^«»\"“”]{{1,40}}[»\"”]\s+(?:өткізу\s+)?(?:бекетінде|пунктінде))",
    re.IGNORECASE,
)
_AFTER_NAME = opening_with(rf"(?:{_SIDE}|{_RU_SIDE_NOMINATIVE}|{_KK_SIDE_NOMINATIVE})", re.IGNORECASE, "ркнстуқөт")
_NAME_OPENING = re.compile(
    r"\s*(?:(?:На|В|Во)\s+(?:[\w-]+\s+){0,3}?(?:[«\"“][^«»\"“”]{1,40}[»\"”]|[А-ЯЁ][\w-]+)"
    r"|[«\"“][^«»\"“”]{1,40}[»\"”]\s*(?:өткізу\s+)?(?:бекетінде|пунктінде))\s*,?\s*",
    re.IGNORECASE,
)


# Every match of _AFTER_NAME holds one of these (the side's nouns; issue 15: a clause without them is not scanned).
_AFTER_NAME_NEEDLES = ("сторон", "тарап", "жағ")


def _after_names(clause: str):
    """_AFTER_NAME's matches in the clause's first 120 characters."""
    return _AFTER_NAME.finditer(clause, 0, 120) if may_hold(clause, _AFTER_NAME_NEEDLES) else ()


def side_after_name(clause: str, refs: list[str], facing: Callable[[list[str]], list[str]]) -> list[str] | None:
    """The posts a clause speaks of when a side's words follow the post it opens with (None: no
    such side; the caller's owners stand). As `side_owners`: the posts of that side the clause
    names, else those the gazetteer has facing the named ones."""
    for m in _after_names(clause):
        if _NAME_OPENING.fullmatch(clause, 0, m.start()):
            return _owners(m, refs, facing)
    return None


def side_told(clause: str, turned: bool = False) -> str | None:
    """«со стороны России» when the clause's side (opening it, or right after the post it opens
    with) is a neighbour's; None for ours or none. A fact the side's post cannot be told for (two
    facing ours, facts77) stays with ours and carries it: «закрыла пропуск (со стороны России)»."""
    m = _opening(clause, turned) or next(
        (a for a in _after_names(clause) if _NAME_OPENING.fullmatch(clause, 0, a.start())), None
    )
    if not m:
        return None
    word = next(g for g in m.groups() if g).lower()
    country = _COUNTRY[word] if word in _COUNTRY else _COUNTRY[word[:6]]
    if country is None:
        return None
    return f"{_KK_COUNTRY[country]} тарапынан" if _KK_WORD.search(m.group()) else f"со стороны {_OF_COUNTRY[country]}"


def side_of(country: str, kazakh: bool = False) -> str | None:
    """«со стороны России» (Kazakh «Ресей тарапынан») for a neighbour's country (None for one not listed)."""
    if country not in _OF_COUNTRY:
        return None
    return f"{_KK_COUNTRY[country]} тарапынан" if kazakh else f"со стороны {_OF_COUNTRY[country]}"


_OF_COUNTRY = {
    "Китай": "Китая",
    "Россия": "России",
    "Кыргызстан": "Кыргызстана",
    "Узбекистан": "Узбекистана",
    "Туркменистан": "Туркменистана",
}
_KK_COUNTRY = {
    "Китай": "Қытай",
    "Россия": "Ресей",
    "Кыргызстан": "Қырғызстан",
    "Узбекистан": "Өзбекстан",
    "Туркменистан": "Түрікменстан",
}
_KK_WORD = re.compile(r"тарап|жағ", re.IGNORECASE)


def _owners(m: re.Match, refs: list[str], facing: Callable[[list[str]], list[str]]) -> list[str]:
    """The posts on the side a match of a side's words names (its first group that matched).
    A named post the gazetteer has two posts of that side facing keeps the fact itself (facts77:
    «На КПП «Жаныбек» российская сторона закрыла пропуск» does not say whether Вишнёвка or
    Кайсацкое; the sentence stored with the fact tells the side): one fact on the post the story
    names rather than two on posts it does not."""
    word = next(g for g in m.groups() if g).lower()
    country = _COUNTRY[word] if word in _COUNTRY else _COUNTRY[word[:6]]
    named = [r for r in refs if _on_side(r, country)]
    if named:
        return named
    return across_or_ours(refs, facing, lambda f: _on_side(f, country))


def across_or_ours(refs: list[str], facing: Callable[[list[str]], list[str]], keep: Callable[[str], bool]) -> list[str]:
    """The post across the border from each of `refs` (of those `keep` admits); of two such posts the
    one the gazetteer's `opposite` column names for ours (facts80: Жаныбек faces Вишнёвка and
    Кайсацкое, its row names Кайсацкое, the crossing's post of record); a ref with two and no single
    one named keeps the fact itself (facts77, facts78: the story does not say which), one with none
    gives it to nobody."""
    out: list[str] = []
    for ref in refs:
        across = [f for f in facing([ref]) if keep(f)]
        if len(across) > 1:
            across = _of_record(ref, across) or [ref]
        out += across
    return list(dict.fromkeys(out))


def _of_record(ref: str, across: list[str]) -> list[str]:
    """The one post of `across` whose name `ref`'s `opposite` column gives (empty: none or several)."""
    cp = gazetteer.get(ref)
    if cp is None or cp.foreign:
        return []
    named = {_plain(n.split("(")[0]) for n in cp.opposite.split("|")}
    hits = [f for f in across if (other := gazetteer.get(f)) and _plain(other.name_ru) in named]
    return hits if len(hits) == 1 else []


def _plain(name: str) -> str:
    """A name compared across tables: lower case, «ё» as «е», no edge spaces."""
    return name.strip().lower().replace("ё", "е")


def _on_side(ref: str, country: str | None) -> bool:
    """True when post `ref` is on that side (None: ours)."""
    cp = gazetteer.get(ref)
    if cp is None:
        return False
    return not cp.foreign if country is None else bool(cp.foreign and cp.country == country)


# A side as the subject of a sentence naming no post (facts87): «Пробка у поста «Нур жолы» … Китайская
# сторона временно будет принимать больше машин», «"Қалжат" бекетінде кезек … Қытай тарапы тәулігіне 300
# көлік қабылдайтын болады». The side speaks of the crossing the story is about, not of a subject of its own:
# the fact is the side's post when the story names it beside ours (the pair), else the post named before
# (ours: the story's crossing, told from the neighbour's end). A story naming only a foreign post of another
# side («…у «Маштаково». Казахстанская сторона …») names no post of the side: none.
# A side in an oblique case says where the fact is, not who (facts88): «С китайской стороны в очереди 200 фур»,
# «На казахстанской стороне скопилось 150 машин», «Қытай тарапында 200 көлік кезекте» — carried the same way.
_SIDE_SUBJECT = re.compile(
    rf"(?<![\w-])(?:{_RU_SIDE_NOMINATIVE}|(Қытай|Қазақстан|Ресей|Қырғызстан|Өзбекстан|Түрікменстан|қытайлық"
    rf"|ресейлік|қырғыз|өзбек|түрікмен|қазақстандық)\s+тарапы(?!\w)|{_SIDE})",
    re.IGNORECASE,
)


def side_subject(sentence: str) -> tuple[re.Match, str | None] | None:
    """The side a sentence has as its subject and its country (None: ours); None when it has none, or
    two sides of different countries («китайская сторона …, а казахстанская сторона …»)."""
    if "торон" not in sentence and "тарап" not in sentence and "жағ" not in sentence:  # the cheap look first (issue 15)
        return None
    found = [(m, _country(m)) for m in _SIDE_SUBJECT.finditer(sentence)]
    if not found or len({c for _m, c in found}) > 1:
        return None
    return found[0]


def side_subject_post(country: str | None, posts: list[str]) -> str | None:
    """The post a side's sentence (`country`, None: ours) speaks of, of the `posts` named before: the
    one of that side, else the one post named when it is ours (the side is the neighbour's end of it)."""
    of_side = [p for p in posts if _on_side(p, country)]
    if len(of_side) == 1:
        return of_side[0]
    if not of_side and len(posts) == 1 and country is not None and _on_side(posts[0], None):
        return posts[0]
    return None


def _country(m: re.Match) -> str | None:
    """The country of a side's words (their first group that matched; None: ours)."""
    word = next(g for g in m.groups() if g).lower()
    return _COUNTRY[word] if word in _COUNTRY else _COUNTRY[word[:6]]
