"""Orders a head of state or government gives in direct speech told with a plain verb of
saying: «Следует ускорить строительство дороги …», — сказал Токаев; «— В текущем году
необходимо завершить проекты …, — отметил Премьер-министр»; in Kazakh «Денсаулық сақтау
министрлігі … бақылауды күшейтсін!», – деді үкімет басшысы; «— … қаражатты бөлу керек.
Ұсыныс енгізіңіздер, — деді Үкімет басшысы».

A quote closed by «поручил/потребовал» is read by russian.py whoever speaks; one closed by
«сказал/заявил/отметил/деді» orders only in the mouth of whoever can order the government:
the same words said by a deputy, an expert or a driver state a need («Казахстану необходимо
развивать транзит», «нам нужно работать»; statement.py measured six of those for each
order). So the speaker must be a head of state or government (by the post the attribution
names, or a surname of office_holders.csv), and the sentence must be an order by its shape:
- Russian: an impersonal obligation («необходимо/нужно/следует/надлежит» + infinitive) with
  no addressee or a body as the addressee (never «Казахстану», «нам»); an imperative
  («Назовите мне фамилии», in a talk reported) asks more often than it orders, and is left
  to the quotes closed by «поручил»;
- Kazakh: the jussive («… министрлігі … қамтамасыз етсін»: a body in the nominative first,
  the verb in -сын/-сін last), the polite imperative plural («… енгізіңіздер»), or a bare
  verbal noun before «қажет/керек» («… жобаларын аяқтау қажет»; «арттыруы керек», with a
  possessive, tells what a subject should do and is no order).
"""

from __future__ import annotations

import re

from store.extract.directives.kazakh import kz_giver_in
from store.extract.directives.posts import HEAD_POST, WORD
from store.extract.directives.russian import OBLIGATION, from_obligation, resolve_giver
from store.extract.directives.statement import is_body, is_filler
from store.extract.needles import may_hold
from store.lang.office_holders import holder_by_surname
from store.model import Directive

_SAID_VERBS = ("сказал", "заявил", "отметил", "подчеркнул", "резюмировал", "добавил", "деді")
_SAID = rf"(?:(?:{'|'.join(_SAID_VERBS[:-1])})[аи]?|{_SAID_VERBS[-1]})"
SAID_WORDS = _SAID_VERBS  # one of which each match of SAID_QUOTE, SAID_DASH holds (needles.may_hold)

# «…», — сказал X / «…», - деді X: the quote and the words naming its speaker.
SAID_QUOTE = re.compile(
    r"[«\"“]((?:[^«»\"“”]|«[^«»]*»)+?)[»\"”]\s*,?\s*[—–-]+\s*" + _SAID + r"\s+([^.!?\n]+)",
    re.I,
)

# Direct speech on its own line, opened by a dash: «— … , — отметил Премьер-министр.»
SAID_DASH = re.compile(
    r"^[ \t]*[—–-]\s*([^\n]+?)[,.!]?\s+[—–-]+\s*" + _SAID + r"\s+([^.!?\n]+)",
    re.I | re.M,
)


_KAZAKH = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def head_quotes(text: str) -> list[re.Match]:
    """The quotes told with a verb of saying, in order and disjoint."""
    if not may_hold(text, SAID_WORDS):
        return []  # SAID_QUOTE and SAID_DASH each hold one of _SAID's verbs
    found = sorted([*SAID_QUOTE.finditer(text), *SAID_DASH.finditer(text)], key=lambda m: m.start())
    out: list[re.Match] = []
    for m in found:
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


def head_speaker(text: str, q: re.Match, persons) -> str | None:
    """The giver a quote's attribution names when it is a head of state or government, else None."""
    lo, hi = q.start(2), q.end(2)
    found = kz_giver_in(text, lo, hi, persons) if _KAZAKH.search(q.group(2)) else None
    by = found[0] if found else resolve_giver(q.group(2), lo, hi, persons)
    if by is None:
        return None
    if HEAD_POST.search(q.group(2)) or holder_by_surname(by.split()[-1]) == by:
        return by
    return None


def from_head_quote(q: re.Match, by: str) -> list[Directive]:
    """The orders the sentences of a head's quote give."""
    out = []
    for sent in re.split(r"(?<=[.!?])\s+", q.group(1)):
        d = _kazakh(sent, by, q.group(0)) if _KAZAKH.search(sent) else _russian(sent, by, q.group(0))
        if d:
            out.append(d)
    return out


def _russian(sent: str, by: str, context: str) -> Directive | None:
    ob = OBLIGATION.search(sent)
    if ob is None:  # «Назовите мне фамилии»: an imperative in talk asks more often than it orders
        return None
    if ob.group().lower().startswith("должн") or re.search(r"\bне\s*$", sent[: ob.start()]):
        return None  # «Казахстан должен …» states a goal; «не нужно» orders nothing
    if re.search(r"\b(?:мы|нам|нас)\b", sent[: ob.start()], re.I):
        return None  # «Мы немало сделали …, но нужно действовать …»: the speaker's own need
    d = from_obligation(sent, by, context)
    if d is None or is_filler(re.match(r"[\w-]*", d.what).group()):
        return None
    if d.to is not None and re.fullmatch(_TIME_WORDS, d.to.split()[-1], re.I):
        d.to = None  # «в текущем году необходимо …»: a time, not an addressee
    if d.to is not None and not is_body(d.to):
        return None  # «Казахстану необходимо …», «всем нам нужно …»: a need
    return d


_TIME_WORDS = r"(?:год|году|месяц|месяцу|неделя|неделе|день|дню|период|периоду|срок|сроку)"


# A body as the subject of a jussive: the head noun of its name in the nominative.
_KZ_BODY = re.compile(
    r"(?:министрлі[гк]і|комитеті|әкімдігі|әкімдіктері|үкімет|қызметі|басқармасы|органдары|"
    r"департаменті|агенттігі|әкімдер|басшылары|ведомстволар)$",
    re.I,
)
_JUSSIVE = re.compile(r"\w{2,}(?:сын|сін)$", re.I)
_POLITE_PLURAL = re.compile(r"\w{2,}(?:ңыздар|ңіздер)$", re.I)
# A verb in the conditional of the polite second person («алмасаңыздар», «болсаңыз»): the
# clause it heads is a condition, the imperative after it an invitation for that case.
_KZ_CONDITIONAL = re.compile(r"\w{2,}(?:са|се)(?:ңыздар|ңіздер|ңыз|ңіз)$", re.I)
_BARE_VERBAL_NOUN = re.compile(r"\w{2,}[уюУЮ]$")
_KZ_NEED = frozenset({"қажет", "керек"})
_KZ_FIRST_PERSON = frozenset({"біз", "бізге", "біздің", "маған", "мен"})


def _kazakh(sent: str, by: str, context: str) -> Directive | None:
    words = [(m.start(), m.group()) for m in WORD.finditer(sent) if re.match(r"\w", m.group())]
    if len(words) < 2 or any(w.lower() in _KZ_FIRST_PERSON for _, w in words):
        return None
    last = words[-1][1]
    to, first, end = None, 0, len(words)
    if _JUSSIVE.search(last):
        k = next((i for i, (_, w) in enumerate(words[:5]) if _KZ_BODY.search(w)), None)
        if k is None or k + 1 >= len(words):
            return None  # «Ол келсін»: no body is told to act
        to, first = " ".join(w for _, w in words[: k + 1]), k + 1
    elif _POLITE_PLURAL.search(last):
        if any(_KZ_CONDITIONAL.search(w) for _, w in words[:-1]):
            return None  # «Жұмыс істей алмасаңыздар, ашық айтыңыздар»: if you cannot, say so; no order
    elif last.lower() in _KZ_NEED and _BARE_VERBAL_NOUN.search(words[-2][1]):
        end = len(words) - 1
    else:
        return None
    if end - first < 2 and not _POLITE_PLURAL.search(last):
        return None
    what = sent[words[first][0] : words[end - 1][0] + len(words[end - 1][1])].strip(' ,«»"')
    named = _VOCATIVE.match(what)  # «Серік Мақашұлы (…), Мәди Төкешұлы (…), қаражатты бөлу керек»
    if named and to is None:
        to = re.sub(r"\s*\([^()]*\)", "", named.group(1)).strip(" ,")
        what = named.group(2)
    return Directive(by=by, to=to, what=what, when=None, sentence=context.strip())


# Addressees called by name before the order, each with an editor's note in parentheses.
_NAME = r"(?:[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+\s+){1,2}\([^()]*\)"
_VOCATIVE = re.compile(rf"^({_NAME}(?:,\s*{_NAME})*),\s*(.+)$")
