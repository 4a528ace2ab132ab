"""Kazakh names of bodies by their shape, as a span pass (`kazakh_body_chains`).

A Kazakh body's name ends in a head noun with the possessive ending («департаменті»,
«басқармасы», «комитеті», «министрлігі», «орталығы») and, in running text, a case
ending after it («департаментінің», «басқармасынан»). Before the head come the words
that name it: capitalized words and abbreviations («Қазақстан Республикасы», «ҰҚК»), a
few lower-case words right before the head («Батыс Қазақстан облысы бойынша
департаменті», «Ақпарат және коммуникация басқармасы») and the bodies it belongs to,
each ending in its own head («… комитеті Шекара қызметінің …»). The whole chain is one
body, named with its head in the nominative. The Russian model does not read Kazakh and
the knowledge base lists the bodies, not every unit of them: this shape finds the rest.
"""

from __future__ import annotations

import re

from store.extract.naming import is_surname
from store.extract.needles import from_first, may_hold
from store.extract.ner import NerSpan
from store.extract.passes.kazakh_persons import full_names
from store.extract.spans import Named
from store.lang import kb
from store.lang.chinese_names import chinese_name
from store.lang.kazakh import ROLE_NOUNS, holds_kazakh_letter, kazakh_context, without_case_ending

# Head nouns in the nominative with the 3rd-person possessive ending.
_HEADS = (
    "департаменті комитеті қызметі бөлімі кеңесі университеті банкі аппараты мәслихаты "
    "басқармасы прокуратурасы инспекциясы палатасы академиясы компаниясы корпорациясы "
    "бөлімшесі кеңсесі бюросы министрлігі әкімдігі агенттігі елшілігі әкімшілігі "
    "консулдығы орталығы зауыты соты қоры үкіметі одағы партиясы қауымдастығы ұйымы филиалы комиссиясы "
    # kz52: a border detachment, named after its town («Сарыағаш шекара отряды»)
    "отряды "
    # e2e112: a neighbour's border guard («Өзбекстан Мемлекеттік шекара күзеті»)
    "күзеті"
).split()
_CASE_ENDINGS = ("н", "ның", "нің", "на", "не", "нан", "нен", "нда", "нде", "мен")
_CASE = rf"(?:{'|'.join(_CASE_ENDINGS)})?"
# Heads of bodies that belong to no state body above them (a union, a party, an association,
# an international organization): their chain never climbs over another body's head (org52).
_OWN_HEAD = re.compile(rf"^(?:одағы|партиясы|қауымдастығы|ұйымы){_CASE}$", re.IGNORECASE)
_HEAD = re.compile(rf"^({'|'.join(_HEADS)}){_CASE}$", re.IGNORECASE)
_HEAD_IN_TEXT = re.compile(rf"(?<![\w-])(?:{'|'.join(_HEADS)}){_CASE}(?![\w-])", re.IGNORECASE)
# A head the press inflects without its possessive ending («… департаментке қарасты»,
# «… комитетпен»): the body is still named with the possessive nominative.
_BARE_HEADS = {"департамент": "департаменті", "комитет": "комитеті", "басқарма": "басқармасы"}
_BARE_IN_TEXT = re.compile(
    r"(?<![\w-])(?:департамент(?:ке|те|тен|пен)|комитет(?:ке|те|тен|пен)|басқарма(?:ға|да|дан|мен))(?![\w-])",
    re.IGNORECASE,
)
# Words one of which every match of _HEAD_IN_TEXT, _BARE_IN_TEXT contains (needles.may_hold):
# a head's first Kazakh letter, or the head when it has none («аппараты»); a bare head.
HEAD_WORDS = tuple(sorted({next((c for c in h if c in "әғқңөұүһі"), h) for h in _HEADS}))
BARE_WORDS = tuple(_BARE_HEADS)
# The two scans found from a head's first letter (needles.from_first): `re` skips to those letters
# instead of trying the look back at every position; asked only whether any match is there.
_HEAD_FROM_FIRST = from_first(_HEAD_IN_TEXT, "".join(sorted({h[0] for h in _HEADS})))
_BARE_FROM_FIRST = from_first(_BARE_IN_TEXT, "".join(sorted({h[0] for h in _BARE_HEADS})))
_BARE_HEAD = re.compile(r"^(департамент|комитет)(?:ке|те|тен|пен)$|^(басқарма)(?:ға|да|дан|мен)$", re.IGNORECASE)
# Every word _HEAD or _BARE_HEAD matches, lower-cased (stop 51, ingest117): a word lowering to none
# of these, and holding no letter `re` also equates with a Cyrillic one under IGNORECASE
# (needles' U+1C80–U+1C88) nor a line break (before which `$` matches), is no head; a set look
# instead of two case-insensitive matches for each word of a Kazakh text.
_HEAD_FORMS = frozenset(h + e for h in _HEADS for e in ("", *_CASE_ENDINGS)) | frozenset(
    stem + e
    for stems, ends in (
        (("департамент", "комитет"), ("ке", "те", "тен", "пен")),
        (("басқарма",), ("ға", "да", "дан", "мен")),
    )
    for stem in stems
    for e in ends
)
_NOT_IN_FORMS = re.compile("[\u1c80-\u1c88\n]")
_WORD = re.compile(r"[\w][\w-]*")
_GAP = re.compile(r"^[\s«»\"“”]*$")  # words of one name are parted by spaces and quotes only
# A lower-case word that ends a name's run of words: a verb, participle, converb or a
# word in the locative («облысында»: where, not whose).
_NOT_NAME_WORD = re.compile(
    r"(?:ған|ген|қан|кен|ды|ді|ты|ті|ып|іп|уда|уде|атын|етін|йтын|йтін|да|де|та|те)$", re.IGNORECASE
)
# Nouns of a body's field that only look like a locative or a verb («Индустрия және сауда
# министрлігі»: trade, not «in the …»; org43).
_FIELD_NOUNS = frozenset({"сауда"})


def _not_a_name_word(word: str) -> bool:
    """Does the lower-case `word` end a name's run (see _NOT_NAME_WORD)?"""
    return word.lower() not in _FIELD_NOUNS and bool(_NOT_NAME_WORD.search(word))


# A first word that may open a name at the start of a sentence: an adjective
# («Шекаралық», «Мемлекеттік»), a genitive («Өзбекстанның»), or an abbreviation.
_OPENS_A_NAME = re.compile(r"(?:лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|ның|нің|дың|дің|тың|тің)$", re.IGNORECASE)
_LAST_RUN = 4  # lower-case words right before the head («Ақпарат және коммуникация …»)
# ... or more when «және» joins two fields in them («жолаушылар көлігі және автомобиль жолдары
# басқармасы», «кәсіпкерлік және индустриялық-инновациялық даму басқармасы»: org37)
_LAST_RUN_JOINED = 7
_LONGEST = 16


def kazakh_body_chains(text: str, spans: list, ctx) -> list:
    """Each Kazakh body chain in `text` as one body span named in the nominative; the
    bodies and persons the model or the knowledge base found inside it give way, places stay."""
    if not (may_hold(text, HEAD_WORDS) and _HEAD_FROM_FIRST.search(text)) and not (
        may_hold(text, BARE_WORDS) and _BARE_FROM_FIRST.search(text)
    ):
        return spans  # most texts (all Russian ones) have no Kazakh head: no need to read the words
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    people = [s for s in spans if s.type == "person" and (_a_persons_name(s.text) or _after_a_post(text, s))]
    out = list(spans)
    for i, (_, end, word) in enumerate(words):
        head = _head_nominative(word)
        if not head or not kazakh_context(text, words[i][0], end) or _a_press_service(words, i):
            continue
        first = _chain_start(text, words, i, people, "kazakh_joined_fields" not in getattr(ctx, "disabled", ()))
        if first is None or _letters_before_a_conjunction(words, first, i):
            continue
        start = _with_opening_quote(text, _a_bodys_start(out, words[first][0], words[i][0]), words[i][0])
        if _a_known_body_quoted(text[start : words[i][0]], head):
            continue  # «"Туркмендемирёллары" агенттігі»: the knowledge base's row names it
        name = text[start : words[i][0]] + head
        if head == _GUARD and not _a_guards_name(name):
            continue
        out = _placed(out, NerSpan("organization", start, end, text[start:end]), name, ctx)
    return sorted(out, key=lambda s: (s.start, s.end))


_GUARD = "күзеті"


def _a_guards_name(name: str) -> bool:
    """Is a chain headed by «күзеті» a guard's name? «күзет» is also the guarding itself
    («Қазақстан шекара күзетін күшейтеді»: a country strengthens its border's guard), so
    the name wants a capital past its first word («Өзбекстан Мемлекеттік шекара күзеті»,
    «Қырғызстан Шекара күзеті»), as a state body's title prints it."""
    return any(w[:1].isupper() for w in name.split()[1:])


def _letters_before_a_conjunction(words: list, first: int, head: int) -> bool:
    """Is the chain's first word a body's abbreviation the knowledge base knows, with «және»,
    «мен» … right after it («КГД және облыс әкімдігінің өкілдері»)? Then the chain is a list of
    two bodies, not one name: the letters are a whole body (linked by the knowledge base), no
    field of the head as «Ақпарат» is in «Ақпарат және коммуникация басқармасы» (org94)."""
    if first + 1 >= head or words[first + 1][2].lower() not in _JOINING_WORDS:
        return False
    word = words[first][2].split("-")[0]
    if not any(c.isupper() for c in word[1:]):
        return False  # letters («КГД», «АСПиР») or a brand's capitals («ҚазАвтоЖол»), no plain word
    return any(m.start == 0 and m.end == len(word) and m.form.row.type == "organization" for m in kb.find(word))


def _a_bodys_start(spans: list, start: int, head_start: int) -> int:
    """Where the chain starts when its first word is inside a body span that ends before the
    head: at that body's start («Самрук Казына қоры» at a sentence's opening: the chain gave
    up the opening word, which may be anyone's, and named «Казына қоры» over the knowledge
    base's «Самрук Казына»; org83)."""
    for s in spans:
        if s.type == "organization" and s.start < start < s.end <= head_start:
            return s.start
    return start


# Words between a quoted name and its head that only say what kind of body it is («әуе
# компаниясы», «ұлттық компаниясы»); linking's _a_company_kind_only reads the same words.
_KIND_WORDS = re.compile(r"(?:\s+(?:әуе|ұлттық|мемлекеттік))+\s*$", re.IGNORECASE)


_COMPANY_HEADS = frozenset({"компаниясы", "корпорациясы"})


def _a_known_body_quoted(before_head: str, head: str = "") -> bool:
    """Is all before the head one quoted name the knowledge base knows as a body? Then the
    head is the kind the row already says («агенттігі» of «"Туркмендемирёллары"»), and the
    row's link names it, as it does in a Russian text, so both scripts make one entity.
    org97: a kind word may stand between the name and the head («"Air Astana" әуе
    компаниясы»); the chain swallowed the linked name and was left unlinked. A company's
    name stands unquoted before «компаниясы» too («ADY Container компаниясы»); a unit's head
    («филиалы») after an unquoted name is the unit's, not the row's."""
    inner = _KIND_WORDS.sub("", before_head.strip()).strip()
    quoted = len(inner) >= 3 and inner[0] in '«"“„' and inner[-1] in '»"”“'
    if not quoted and head.lower() not in _COMPANY_HEADS:
        return False
    inner = inner[1:-1].strip() if quoted else inner
    if len(inner) < 3:
        return False
    return any(m.start == 0 and m.end == len(inner) and m.form.row.type == "organization" for m in kb.find(inner))


def _head_nominative(word: str) -> str | None:
    """The head noun `word` is a form of, in the possessive nominative («департаментінің»,
    «департаментке» → «департаменті»); None when `word` is no head."""
    if word.lower() not in _HEAD_FORMS and not _NOT_IN_FORMS.search(word):
        return None  # neither pattern below can match (_HEAD_FORMS)
    m = _HEAD.match(word)
    if m:
        return m.group(1)
    bare = _BARE_HEAD.match(word)
    if not bare:
        return None
    stem = bare.group(1) or bare.group(2)
    nominative = _BARE_HEADS[stem.lower()]
    return stem + nominative[len(stem) :]


def _a_press_service(words: list, head: int) -> bool:
    """«… комитетінің баспасөз қызметі»: a body's press service speaks for the body, so the
    reader meets the body, not a second one; the owner's own head makes its chain."""
    return head > 0 and words[head - 1][2].lower() == "баспасөз" and words[head][2].lower().startswith("қызмет")


def _with_opening_quote(text: str, start: int, head_start: int) -> int:
    """«"Мой город" ақпарат агенттігі»: a quote the name closes before its head opens it."""
    if start and text[start - 1] in '«"“' and any(q in text[start:head_start] for q in '»"”'):
        return start - 1
    return start


def _a_persons_name(name: str) -> bool:
    """«Олжас Бектенов», «Айгүл Сейітқызы»: a span the model took for a person that has a
    surname in it is one (it also takes «Қазақстан Республикасы» for a person)."""
    if chinese_name(name.split()):  # «Чжу Хайлун»: no surname ending, a Chinese name's shape
        return True
    words = [without_case_ending(w) for w in name.split()]  # «Сауранбаевтың» → «Сауранбаев»
    return any(_SURNAME.search(w) or is_surname(w) for w in words)


_SURNAME = re.compile(r"(?:ов|ев|ова|ева|ин|ина|ұлы|қызы|кызы|улы|ский|ская)$")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def _after_a_post(text: str, span) -> bool:
    """«… облысының әкімі Берік Уәли Абай облысы бойынша …» (e2e111): a name with no surname
    ending is still a person's when a post's noun («әкімі», «төрағасы») stands right before it,
    so a region's unit named after it does not swallow it."""
    m = _WORD_BEFORE.search(text, max(0, span.start - 40), span.start)
    return m is not None and m.end() == span.start and m.group(1) in ROLE_NOUNS


def _chain_start(text: str, words: list, head: int, people: list, joined: bool = True) -> int | None:
    """The index of the chain's first word, or None when no capitalized word names the head.
    Going back from the head: up to four lower-case words right before it, then runs of
    capitalized words; a lower-case run between two of those belongs to the name only when
    it ends in a head of its own (an owning body: «… комитеті Шекара қызметінің …») or
    in «бойынша» (a region's unit: «Ақтөбе облысы бойынша Мемлекеттік кірістер …»).
    A reach word («облыстық», «аудандық», «қалалық», «өңірлік») in the lower-case run right
    before the head opens the name even with no capitalized word, as the press writes a
    region's own body: «облыстық жолаушылар көлігі және автомобиль жолдары басқармасы»; the
    words before it are the sentence's («Жолдың жағдайын облыстық …»), unless it follows
    another body's head, whose unit it then is (kz55)."""
    j, run, start, final = head - 1, 0, None, True
    own = _OWN_HEAD.match(words[head][2]) is not None
    unit_after = _may_be_a_unit_named_after(words[head][2])
    while j >= 0 and head - j <= _LONGEST and _GAP.match(text[words[j][1] : words[j + 1][0]]):
        w = words[j][2]
        if any(p.start <= words[j][0] < p.end for p in people):
            break  # a person's name before a body's («… Токаев Сауда министрлігіне …»)
        if own and not w[:1].isupper() and _HEAD.fullmatch(w):
            break  # «… министрлігі тасымалдаушылар одағына хабарлады»: a union is no unit of the ministry
        if final and run and w.lower() in _REACH and _reach_opens(text, words, j):
            return j  # the reach opens a region's own body (below)
        if final and _fields_after_a_post(words, j, head):
            return j + 1  # «Облыс әкімі жолаушылар көлігі және … басқармасына»: the post's addressee
        if w[:1].isupper() and _a_place_in_an_adverbial_case(w):
            break  # «… күні Астанада Қытай елшілігі …»: where the body acted, not its name
        if w[:1].isupper():
            start, run, final = j, 0, False
        elif final and run and _HEAD.fullmatch(w) and not w.lower().endswith(("ның", "нің")):
            if not unit_after:
                break  # «… басқармасы шекара сауда орталығын ашты»: that body acts on this one
            run = 0  # «… комитеті транзиттік тасымалдау департаменті»: the unit of a body named before it
        elif final and (run >= (_last_run(words, j, head) if joined else _LAST_RUN) or _not_a_name_word(w)):
            break
        elif not final and (run >= _LAST_RUN or (run == 0 and not _joins_a_unit(words, j))):
            break
        else:
            run += 1
        j -= 1
    if start is not None and _opens_a_sentence(text, words[start][0]) and not _may_open(words, start):
        later = [k for k in range(start + 1, head) if words[k][2][:1].isupper()]
        start = later[0] if later else None
    return start


_MIN_JOINED_FIELDS = 3  # a field on each side of «және», the least such a name holds


def _fields_after_a_post(words: list, j: int, head: int) -> bool:
    """Is word `j` a post's noun («әкімі») right before a lower-case run of 3+ words joined by
    «және» that ends in the head («… әкімі жолаушылар көлігі және автомобиль жолдары
    басқармасына тапсырды», e2e111)? The region's own department, named by its fields alone:
    the post gives the order, so the run is no sentence's subject."""
    if words[j][2] not in ROLE_NOUNS or head - j - 1 < _MIN_JOINED_FIELDS:
        return False
    run = [w for _, _, w in words[j + 1 : head]]
    return "және" in run[1:-1] and all(w.islower() and not _not_a_name_word(w) for w in run)


# lower-case words that join what stands before a reach word to the name: «… мәселелері
# жөніндегі облыстық үйлестіру кеңесі», «… облысы бойынша облыстық …»
_PLACE_NOUN_BEFORE_REACH = re.compile(r"(?:облыс|аудан|қала|ауыл|өңір)\w*$", re.IGNORECASE)
_JOINS_BEFORE_REACH = frozenset({"жөніндегі", "бойынша", "және", "мен", "пен", "бен"})


def _may_be_a_unit_named_after(word: str) -> bool:
    """May a head in this case be a lower-case unit's named right after the body it belongs to?
    In the nominative or genitive («… комитеті транзиттік тасымалдау департаменті»,
    «… департаментінің») it may; in another case the body before it is the sentence's subject
    and this head its object («… Кәсіпкерлік басқармасы шекара сауда орталығын ашты», org98)."""
    low = word.lower()
    return low.endswith(("ның", "нің")) or any(low == h for h in _HEADS)


def _reach_opens(text: str, words: list, j: int) -> bool:
    """Does the reach word `j` open the name: the text's or a sentence's first word, or after
    a lower-case word of the sentence («Жолдың жағдайын облыстық …»)? Not after a capitalized
    name («Қызылорда облыстық әкімдігі»), a place noun («Атырау облысы өңірлік
    коммуникациялар қызметі»), a body's head (its unit) or a joining word."""
    if j == 0 or not _GAP.match(text[words[j - 1][1] : words[j][0]]):
        return True
    before = words[j - 1][2]
    if before[:1].isupper() or _HEAD.match(before) or before.lower() in _JOINS_BEFORE_REACH:
        return False
    return not _PLACE_NOUN_BEFORE_REACH.match(before)  # «Атырау облысы өңірлік коммуникациялар қызметі»


def kazakh_joined_fields(text: str, spans: list, ctx) -> list:
    """The switch (a pass that does nothing itself) for the longer field of `_LAST_RUN_JOINED`:
    switched off (BORDERDOCS_DISABLE_PASSES), kazakh_body_chains reads four words at most."""
    return spans


def _last_run(words: list, j: int, head: int) -> int:
    """How many lower-case words may stand right before the head, seen from word `j`."""
    joined = any(words[k][2] in ("және", "жөніндегі") for k in range(j + 1, head))
    return _LAST_RUN_JOINED if joined else _LAST_RUN


def _joins_a_unit(words: list, j: int) -> bool:
    """May the lower-case word `j`, right before a capitalized run, join that unit to the body
    before it: a head of its own, «… облысы бойынша», or a unit's reach after a head?"""
    return bool(_HEAD.match(words[j][2])) or _by_region(words, j) or _of_reach(words, j)


def _of_reach(words: list, j: int) -> bool:
    """«… Шекара қызметі облыстық Шекаралық бақылау басқармасы» at `j`: the reach of a unit
    («облыстық», «аудандық», «қалалық») right after the head of the body it belongs to (org43)."""
    return words[j][2].lower() in _REACH and j > 0 and bool(_HEAD.match(words[j - 1][2]))


_REACH = frozenset({"облыстық", "аудандық", "қалалық", "өңірлік"})
# a reach word and the place noun its territory is named with («Жамбыл облысы» → «Жамбыл облыстық …»)
_REACH_PLACE_NOUNS = {"облыстық": "облысы", "аудандық": "ауданы", "қалалық": "қаласы"}


def _by_region(words: list, j: int) -> bool:
    """«… облысы бойынша» at `j`: a body's unit for a region."""
    return words[j][2] == "бойынша" and j > 0 and words[j - 1][2].lower() in _PLACE_WORDS


def _opens_a_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(' «"“')
    return not before or before[-1] in ".!?\n:—–-"


def _may_open(words: list, i: int) -> bool:
    """Can the sentence's first word open a body's name? An adjective or a genitive can
    («Шекаралық бақылау …», «Өзбекстанның …»), and so can a place or an abbreviation; a
    noun or adverb of the sentence cannot («Ақпарат Өзбекстанның …», «Кеше кеден …»)."""
    w = words[i][2]
    if w.lower() in _PRONOUNS:
        return False  # «Оның әкімшілік орталығы …» 'its administrative centre': no body (kz52)
    if w.lower() in _BARE_SUBJECTS:
        return False  # «Министрлік Әділет министрлігімен келісті» 'the ministry agreed with …' (org69)
    if w.isupper() or _OPENS_A_NAME.search(w):
        return True
    if i + 1 < len(words) and words[i + 1][2].lower() in _PLACE_WORDS:
        return True  # «Маңғыстау облысы …», «Қазақстан Республикасы …»
    if i + 1 < len(words) and _HEAD.fullmatch(words[i + 1][2]) and not words[i + 1][2][:1].isupper():
        return True  # «Қаржы министрлігі …», «Көлік министрлігінің …»: a body's own name word
    if i + 1 < len(words) and words[i + 1][2].lower() in _REACH_PLACE_NOUNS:
        # org88: a place before its reach word names the body's territory: «Жамбыл облыстық
        # соты» (the region «Жамбыл облысы»), «Сарыағаш аудандық соты»; a word no place of that
        # reach is («Кеше облыстық соты …» 'yesterday the regional court') does not open it
        place = f"{w} {_REACH_PLACE_NOUNS[words[i + 1][2].lower()]}"
        return any(m.form.row.type == "location" and m.start == 0 for m in kb.find(place))
    # a place whose name this word opens: «Батыс Қазақстан облысы бойынша …», «Шығыс
    # Қазақстан облысының …» (org52: the chain began at «Қазақстан», a region nobody has)
    phrase = " ".join(x[2] for x in words[i : i + _PLACE_SPAN])
    return any(m.form.row.type == "location" and m.start == 0 for m in kb.find(phrase))


# pronouns in the genitive («its», «their», «this one's»): they end like a name's genitive but
# open a sentence's subject, never a body's name
_PRONOUNS = frozenset("оның олардың соның осының бұның мұның біздің сіздің менің сенің өзінің".split())
# a body's bare noun as a sentence's subject («Министрлік» 'the ministry'): it ends like an
# adjective in -лік, which may open a name, but opens none
_BARE_SUBJECTS = frozenset("министрлік ведомство агенттік".split())
_PLACE_SPAN = 3  # words of the longest region's name («Солтүстік Қазақстан облысы»)


# The endings of a place's locative, dative and ablative («Астанада», «Қытайға», «Ресейден»):
# where, whither, whence — a sentence's adverbial, not a body's first word («Астанада Қытай
# елшілігі …» is China's embassy; org51).
_ADVERBIAL_CASE = frozenset("да де та те нда нде ға ге қа ке на не дан ден тан тен нан нен".split())


def _a_place_in_an_adverbial_case(word: str) -> bool:
    """Is `word` a place the knowledge base knows with a locative, dative or ablative ending
    after its name (see _ADVERBIAL_CASE)?"""
    return any(
        m.form.row.type == "location"
        and m.start == 0
        and word.startswith(m.form.text)
        and word[len(m.form.text) :].lower() in _ADVERBIAL_CASE
        for m in kb.find(word)
    )


_PLACE_WORDS = frozenset("облысы облысының қаласы қаласының ауданы ауданының республикасы республикасының".split())


def _placed(spans: list, chain: NerSpan, name: str, ctx) -> list:
    """`spans` with the chain in place of the bodies and persons it overlaps and of the
    places it cuts (a place inside it stays), unless a body a rule or the knowledge base
    named already covers it. The Russian model's own body spans over Kazakh text give
    way even when longer: they run on over the clause («Бұл мәселеге қатысты … басқармасының»)."""
    if any(_covers(s, chain) and _named_by_rule(s, ctx) for s in spans):
        return spans
    kept = [s for s in spans if not _gives_way(s, chain)]
    ctx.names[(chain.start, chain.end)] = name
    return [*kept, chain]


def _covers(s, chain: NerSpan) -> bool:
    return s.type == "organization" and s.start <= chain.start and chain.end <= s.end


def _named_by_rule(s, ctx) -> bool:
    return isinstance(s, Named) or (s.start, s.end) in ctx.names


def _gives_way(s, chain: NerSpan) -> bool:
    if not (s.start < chain.end and chain.start < s.end):
        return False
    return s.type != "location" or not (chain.start <= s.start and s.end <= chain.end)


def kazakh_stray_bodies(text: str, spans: list, ctx) -> list:
    """The Russian model's «bodies» in Kazakh text that are a clause, not a name: a capital
    word and lower-case Kazakh words with no head noun, no abbreviation and nothing the
    knowledge base knows («Ведомство хабарламасына», «Сонымен қатар»). Rule-named spans,
    quoted names and single words stay. A name the model ran on past into lower-case
    words that head nothing («МКК өкілдері»: the committee's representatives) loses them."""
    if not holds_kazakh_letter(text):
        # no span of a text without a Kazakh letter is in a Kazakh context (kazakh_context reads
        # a window of the text): nothing is stray or cut; three in four texts (perf56)
        return sorted(spans, key=lambda s: (s.start, s.end))
    stray, names = [], []
    spans = [_cut_at_verb(text, s, ctx) for s in spans]
    for s in spans:
        at = _first_place_word(text, s, ctx)
        if _stray(text, s, ctx) or at is not None:
            stray.append(s)
        if at is not None and at > s.start + 1:  # «Нұрлан Саурабаев Алматыда»: the name before the place
            name = text[s.start : at].rstrip()
            names.append(NerSpan("person", s.start, s.start + len(name), name))
    kept = [_without_common_tail(text, s, ctx) for s in spans if s not in stray]
    cut = [k for s, k in zip([s for s in spans if s not in stray], kept, strict=True) if k is not None and k is not s]
    kept = [s for s in kept if s is not None] + names
    if any(k.type == "organization" for k in cut):
        kept = _people_not_bodies(text, kept, {(k.start, k.end) for k in cut}, ctx)
    for span, name in _places_inside(text, stray):
        if not ctx.cp_index.overlapping(span.start, span.end) and not any(
            s.start < span.end and span.start < s.end for s in kept
        ):  # a place another pass named («Зайсан ауданы») keeps its name
            kept.append(span)
            ctx.names[(span.start, span.end)] = name
    return sorted(kept, key=lambda s: (s.start, s.end))


def _people_not_bodies(text: str, kept: list, cut: set, ctx) -> list:
    """A «body» that lost its clause tail and is left a given name of the list and a surname
    («Мади Тақиев шекарадағы …», «Мади Тақиевтің айтуынша»: the model's body ran the name
    into the verb's words) is that person (per68's probe: the Kazakh article of a man with
    a Kazakh given name was a body)."""
    found = {(s.start, s.end): name for s, name in full_names(text)}
    out = []
    for s in kept:
        name = found.get((s.start, s.end)) if s.type == "organization" and (s.start, s.end) in cut else None
        if name is not None:
            s = NerSpan("person", s.start, s.end, s.text)
            ctx.names[(s.start, s.end)] = name
        out.append(s)
    return out


_JOINING_WORDS = frozenset("мен бен пен және".split())


def _first_place_word(text: str, s, ctx) -> int | None:
    """loc52: «Көліктер Семейден Павлодарға» ('the vehicles from Семей to Павлодар'), read by the
    model as one person: no name takes a place in the locative, dative or ablative, so a
    person span with one past its first word is a clause. The offset where that place
    starts when two words or more stand before it (a name, kept as the person), else the
    span's start + 1 (nothing of it is a person); None for any other span."""
    if s.type != "person" or (s.start, s.end) in ctx.names or not kazakh_context(text, s.start, s.end):
        return None
    words = list(re.finditer(r"\S+", s.text))
    if any(w.group() in _JOINING_WORDS for w in words):
        return None  # «Ертіс пен Есілден»: names joined by «and», split_glued_persons' to part
    for k, w in enumerate(words[1:], 1):
        if _a_place_in_an_adverbial_case(w.group().strip(".,;:")):
            return s.start + w.start() if k >= 2 else s.start + 1
    return None


def _places_inside(text: str, stray: list) -> list[tuple[NerSpan, str]]:
    """loc52: «Түркістан және Кентау шекараларын бекітті», a clause the model read as one body,
    names two towns: a place the knowledge base knows, written whole inside a dropped clause,
    is still a place (named by the row's form, without its case ending)."""
    out = []
    for s in stray:
        offset, around = _around(text, s)
        for hit in kb.find(around):
            start, end = offset + hit.start, offset + hit.end
            if start < s.start or end > s.end:
                continue
            if hit.form.row.type != "location" or (start and text[start - 1].isalnum()):
                continue
            while end < len(text) and text[end].isalpha():
                end += 1  # the case ending runs to the word's end: the mention is the word
            out.append((NerSpan("location", start, end, text[start:end]), _place_name(hit.form)))
    return out


def _around(text: str, s) -> tuple[int, str]:
    """The span with the text around it that kazakh_context reads (its offset, the string):
    a place's case ending of Russian letters («Беларусьтен», «Ираннан») counts only in a
    Kazakh passage, and the span's words alone are too few to tell one (names72). The
    whole text when the window reaches both its ends, so that a short Kazakh article's
    body is the very string read_title_as_kazakh marked."""
    start, end = max(0, s.start - _CONTEXT), min(len(text), s.end + _CONTEXT)
    return (0, text) if (start, end) == (0, len(text)) else (start, text[start:end])


_CONTEXT = 200  # characters each side, as kazakh_context's window


def _place_name(form: kb.Form) -> str:
    """The form's name without its case ending; a country by its row's name in the form's
    script (ent78: «Түркіменстаннан» is the variant spelling of «Түрікменстан», as
    link_knowledge_base names it)."""
    if form.row.kind == "country":
        return kb.display_name(form.row, [form], form.script)
    return form.text


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_NON_SPACE_RUN = re.compile(r"\S+")


def _without_common_tail(text: str, s, ctx) -> NerSpan | None:
    """The span cut after its last capitalized word or abbreviation when every lower-case
    word after it is no head noun (Kazakh or Russian) and nothing the knowledge base knows;
    None when what is left is a body's kind word alone."""
    if s.type != "organization" or _named_by_rule(s, ctx) or any(c in s.text for c in '«»"“”'):
        return s
    words = list(_NON_SPACE_RUN.finditer(s.text))
    last_cap = max((i for i, w in enumerate(words) if w.group()[:1].isupper()), default=None)
    if last_cap is None or last_cap == len(words) - 1 or not kazakh_context(text, s.start, s.end):
        return s
    tail = [w.group() for w in words[last_cap + 1 :]]
    if any(_HEAD.match(w) or _RUSSIAN_HEAD.match(w) for w in tail) or kb.find(" ".join(tail)):
        return s
    end = s.start + words[last_cap].end()
    if last_cap == 0 and _KIND_WORD.fullmatch(words[0].group()):
        return None  # «Комитет сапар…»: the kind word alone is left, pointing back at a body
    return NerSpan(s.type, s.start, end, text[s.start : end])


# A body's kind word alone, Russian or Kazakh, in any case («Комитет», «Министрлігі»).
_KIND_WORD = re.compile(
    r"(?i:комитет|министерств|департамент|управлени|агентств|ведомств|министрлі[гк]|басқарма|агентті[гк]|комитеті)"
    r"[а-яёәіңғүұқөһ]{0,6}"
)


def _cut_at_verb(text: str, s, ctx):
    """org87: «Жобаны Дүниежүзілік банк қолдайды» ('the World Bank supports the project'): the
    model ran a body's name on to the clause's verb, and _stray would drop the whole span for
    that verb. A capitalized first word and a head noun (Kazakh or Russian) before the verb,
    with a word before the head, make it a name that ran on: it is cut after its last head
    noun. A clause with no head («… шекараларын бекітті») or a kind word alone
    («Комитет хабарлады») is left to _stray."""
    if s.type != "organization" or _named_by_rule(s, ctx) or any(c in s.text for c in '«»"“”'):
        return s
    words = list(_NON_SPACE_RUN.finditer(s.text))
    if len(words) < 3 or not words[0].group()[:1].isupper() or not _FINITE_VERB.search(words[-1].group()):
        return s
    heads = [i for i, w in enumerate(words[:-1]) if _HEAD.match(w.group()) or _RUSSIAN_HEAD.match(w.group())]
    if not heads or heads[-1] == 0 or not kazakh_context(text, s.start, s.end):
        return s
    end = s.start + words[heads[-1]].end()
    return NerSpan(s.type, s.start, end, text[s.start : end])


def _stray(text: str, s, ctx) -> bool:
    if s.type != "organization" or _named_by_rule(s, ctx) or not kazakh_context(text, s.start, s.end):
        return False
    words = s.text.split()
    if len(words) < 2 or any(c in s.text for c in '«»"“”'):
        return False
    if _FINITE_VERB.search(words[-1]):
        return True  # «… шекараларын бекітті»: the model ran on to the clause's verb
    if _owner_before_post(text, s, words, ctx):
        return True
    if any(w[:1].isupper() for w in words[1:]):
        return False
    if any(_HEAD.match(w) or _RUSSIAN_HEAD.match(w) or w.isupper() for w in words):
        return False
    return not kb.find(s.text)


def _owner_before_post(text: str, s, words: list[str], ctx) -> bool:
    """names72: «Грузияның жүк көліктері Достық …» ('Georgia's lorries [at] Dostyk'), read
    by the model as one body: a place in the genitive, lower-case words that head no body
    and a post's name the matcher found are an owner, what it owns and where — no name.
    The place is kept by _places_inside, the post by the matcher."""
    first = words[0]
    post = next((k for k, w in enumerate(words[1:], 1) if w[:1].isupper()), None)
    if post is None or not _GENITIVE.search(first):
        return False
    if any(_HEAD.match(w) or _RUSSIAN_HEAD.match(w) for w in words[1:post]):
        return False  # «Қытайдың кеден қызметі Қорғас …»: a body's head noun names a body
    at = s.start + len(" ".join(words[:post])) + 1  # the words are split on single spaces here
    if text[at : at + len(words[post])] != words[post] or not ctx.cp_index.overlapping(at, at + len(words[post])):
        return False
    return any(h.start == 0 and h.form.row.type == "location" for h in kb.find(first))


# A Kazakh genitive ending on a word («Грузияның», «Қытайдың», «Ресейдің»)
_GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")


# A Kazakh finite verb closing a clause: the past («бекітті», «хабарлады», «жабылды», «берді»)
# and the present («жасайды»); a noun's possessive («порты», «Алматы») ends otherwise.
_FINITE_VERB = re.compile(r"^[а-яәғқңөұүһі]+(?:тты|тті|лды|лді|рды|рді|ады|еді|йды|йді|ңды|ңді)$")


# Russian head nouns: a Russian body named inside Kazakh text is still a body.
_RUSSIAN_HEAD = re.compile(
    r"^(?:министерств|комитет|департамент|управлени|служб|агентств|акимат|совет|палат|фонд|центр|компани|банк)",
    re.IGNORECASE,
)
