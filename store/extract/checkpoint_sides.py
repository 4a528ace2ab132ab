"""Which gazetteer row a checkpoint name resolves to when several share it: by the kind of
crossing the text names (road, rail, passenger), by the country side it puts the post on,
and by the post it is paired with («Алтынколь – Хоргос»), one side per name in a text.
"""

from __future__ import annotations

import re

from store.extract.checkpoint_names import Cand, fold, last_label
from store.extract.checkpoint_not_posts import entry_port
from store.lang import gazetteer


def choose(refs: tuple[str, ...], kind: str | None, side: str | None = None) -> str:
    """The row a name stands for: on the side the text names (our row unless it names the
    neighbour: «Хоргос (КНР)» is the Chinese post), then of the kind it names."""
    rows = [gazetteer.get(r) for r in refs]
    wanted = side or gazetteer.HOME
    on_side = [cp for cp in rows if cp and cp.country == wanted] or [cp for cp in rows if cp]
    if kind:
        for cp in on_side:
            if cp.kind == kind:
                return cp.id
    return on_side[0].id if on_side else refs[0]


# A kind word glued to a name with a hyphen or dash: «Достык-автомобильный», «Ак-Тилек -
# Автодорожный», «Кен-Булун-автокөлік», «Ақ тілек - автожол», Kyrgyz «Каркыра-унаажол» (унаа жол, the
# vehicle road). It belongs to the mention.
GLUED_KIND = re.compile(
    r"[ \t]*[-‐–—][ \t]*(?:(автомобильн|автодорожн|автокөлік|автожол|унаа\s*жол|авто\b|жол\b)|(железнодорожн|темір\s*жол|темир\s*жол|теміржол))\w*",  # noqa: E501
    re.IGNORECASE,
)


# Which country's post the text says a name is: a bracket right after it («Хоргос» (КНР)),
# or an adjective or country name shortly before it («китайская станция Хоргос»).
_COUNTRY_WORDS = (
    ("Казахстан", r"РК|ҚР|Казахстан\w*|казахстанск\w*|Қазақстан\w*|қазақстанд\w*"),
    ("Китай", r"КНР|ҚХР|Кита\w*|китайск\w*|Қытай\w*|Синьцзян\w*|Шыңжаң\w*"),  # Шыңжаң: Xinjiang in Kazakh
    ("Россия", r"РФ|Росси\w*|российск\w*|Ресей\w*"),
    ("Кыргызстан", r"КР|Кыргызстан\w*|Киргиз\w*|кыргызск\w*|киргизск\w*|Қырғыз\w*"),
    ("Узбекистан", r"РУз|Узбекистан\w*|узбекск\w*|Өзбек\w*"),
    ("Туркменистан", r"Туркменистан\w*|туркменск\w*|Түрікмен\w*"),
)


_COUNTRY_RX = [(c, re.compile(rf"\b(?:{w})\b", re.IGNORECASE)) for c, w in _COUNTRY_WORDS]


_BRACKET_AFTER = re.compile(r"[»\"“”']?\s*(?:[-‐–—]?\s*\w+\s*)?\(([^()\n]{1,25})\)")


_PAIR_GAP = re.compile(r"[»\"“”']?\s*(?:\([^()\n]{1,25}\)\s*)?(?:[-‐–—/]|\bи\b)\s*[«\"“„']?|\s*[«\"“„']")


def country_in(fragment: str) -> str | None:
    """The country a short fragment names, or None (the last one named wins)."""
    return last_label(_COUNTRY_RX, fragment)


def _two_countries(word: str) -> bool:
    """A border named by its two sides («казахстанско-китайской», «Қазақстан-Қытай»): it
    puts the post on neither side, though the last country in it would win."""
    parts = re.split(r"[-‐–—]", word)
    return len(parts) > 1 and sum(country_in(p) is not None for p in parts) > 1


# the joint centre at Хоргос (МЦПС, «Международный центр приграничного сотрудничества / пограничного
# сервиса») spans the border, and its row is ours: a country word before the noun names one of
# the centre's sides («работы китайской стороны МЦПС «Хоргос»»), not the post's country
_CENTRE_NOUN = re.compile(
    r"\bМЦПС\b|\bцентр\w*\s+(?:пригранич|погранич)\w*|шекара\s*маңы\s+ынтымақтастық", re.IGNORECASE
)


# a border named by a country, not a side: «на границе с Китаем», «Қытай шекарасында»,
# «китайской границе»
_BORDER_OF = re.compile(
    r"\bграниц\w*\s+(?:с|со)\s+\S+|\S+\s+(?:шекара|границ)\w*(?!\w)(?!\s+(?:с|со)\b)", re.IGNORECASE
)


# two countries joined by «и» / «мен» / «және» a few words before a name name the two sides
# of a border or a route («перевозок между Китаем и Казахстаном: утром из КПП Хоргос»), not
# the post's side: only the second of them falls among the four words read
_TWO_JOINED = re.compile(r"(\w+)\s+(?:и|мен|менен|және)\s+(\w+)\W*(?:\w+\W+){0,3}$")


def _two_joined(fragment: str) -> bool:
    """Does `fragment` end (up to three words after) in two different countries joined by «и»?"""
    m = _TWO_JOINED.search(fragment)
    if not m:
        return False
    a, b = country_in(m.group(1)), country_in(m.group(2))
    return a is not None and b is not None and a != b


def _one_side(fragment: str) -> str | None:
    """The country a few words before a name put it in (a country naming a border taken out
    by _BORDER_OF): none when two remain («Қазақстан мен Қытай» is a border of both)."""
    found = {c for c, rx in _COUNTRY_RX if rx.search(fragment)}
    return country_in(fragment) if len(found) == 1 else None


# a side of the border named as a side, earlier in the sentence than the few words side_of reads
# first: «С китайской стороны им навстречу работает пункт пропуска «Хоргос»», «на кыргызской
# стороне», Kazakh «Қытай жағындағы «Қорғас» бекеті», «Өзбекстан тарапынан»
_SIDE_PHRASE = re.compile(
    r"\b(\w+)\s+(?:сторон(?:а|ы|е|у|ой)|жағ(?:ы|ында|ындағы|ынан|ына)|тарап(?:ы|та|тағы|ынан|ындағы))(?!\w)",
    re.IGNORECASE,
)


def _side_named(before: str) -> str | None:
    """The country of the last side phrase in `before` (a sentence up to a name), when no
    other country is named between it and the name (that one speaks of the name first) and
    no joint centre stands there (see _CENTRE_NOUN)."""
    found = list(_SIDE_PHRASE.finditer(before))
    if not found or _two_countries(found[-1].group(1)):
        return None
    country = country_in(found[-1].group(1))
    rest = before[found[-1].end() :]
    if _CENTRE_NOUN.search(rest):
        return None  # «работы китайской стороны МЦПС «Хоргос»»: a side of the centre, which is ours
    return country if country and country_in(_BORDER_OF.sub(" ", rest)) in (None, country) else None


def side_of(text: str, start: int, end: int, sent_start: int, refs: tuple[str, ...] = ()) -> str | None:
    """The country the text puts this mention in, from a bracket just after it, a country
    word among the few words just before it, or a foreign row's own region named just after
    it («Хоргос в Синьцзян-Уйгурском районе»); None when the text does not say."""
    if entry_port(text, start, end) and any(gazetteer.get(r).country == "Китай" for r in refs):
        return "Китай"  # «железнодорожный порт Хоргос»: the Chinese side's word for its crossing
    m = _BRACKET_AFTER.match(text, end)
    if m:
        country = country_in(m.group(1))
        if country:
            return country
    before = text[max(sent_start, start - 40) : start]
    centres = list(_CENTRE_NOUN.finditer(before))
    if centres:  # «китайской стороны МЦПС «Хоргос»»: a side of the centre, which is ours
        before = before[centres[-1].end() :]
    words = [w for w in _BORDER_OF.sub(" ", before).split()[-4:] if not _two_countries(w)]
    country = _one_side(" ".join(words)) if words and not _two_joined(before) else None
    if country:
        return country
    country = _side_named(text[sent_start:start])
    if country:
        return country
    after = fold(" ".join(text[end : end + 60].split()[:4]))
    for ref in refs:
        cp = gazetteer.get(ref)
        if cp.foreign and cp.region and fold(cp.region)[:6] in after:
            return cp.country
    return None


def home_first(refs: tuple[str, ...]) -> list[gazetteer.Checkpoint]:
    """The rows a name is read as by default: our own where it has one (a shared «Хоргос» is
    as unambiguous as our Хоргос), else the foreign ones."""
    rows = [gazetteer.get(r) for r in refs]
    return [cp for cp in rows if not cp.foreign] or rows


def named_on_both_sides(refs: tuple[str, ...]) -> bool:
    """Does the name belong to posts on both sides (Хоргос)?"""
    return len({gazetteer.get(r).country for r in refs}) > 1


def by_pairs(cands: list[Cand], refs: list[str], sides: list[str | None], text: str) -> None:
    """A shared name written as the partner of one of our posts is the foreign post facing it."""
    for k, c in enumerate(cands):
        if sides[k] is not None or not named_on_both_sides(c.name.refs):
            continue
        for j in (k - 1, k + 1):
            if not 0 <= j < len(cands):
                continue
            a, b = (cands[j], c) if j < k else (c, cands[j])
            if not _PAIR_GAP.fullmatch(text, a.end, b.start) or _one_quoted_name(text, a, b):
                continue
            facing = [r for r in c.name.refs if refs[j] in gazetteer.get(r).faces]
            if facing and not gazetteer.get(refs[j]).foreign:
                refs[k], sides[k] = facing[0], gazetteer.get(facing[0]).country
                break
            mate = _list_mate(c, refs[j], text, a, b)
            if mate:
                refs[k], sides[k] = mate, gazetteer.get(mate).country
                break


def _one_quoted_name(text: str, a: Cand, b: Cand) -> bool:
    """Two names slashed inside one pair of quotes are one post's two names («Нур жолы/Хоргос»,
    the post and the town it stands at), not a post and the one facing it: «Нур жолы»/«Хоргос»
    or «Нур жолы» – «Хоргос» are."""
    return (
        text[a.end : b.start] == "/"
        and a.start > 0
        and text[a.start - 1] in '«"“„'
        and text[b.end : b.end + 1] in ("»", '"', "”", "“")
    )


# two names joined by «и» or a comma are one list, on one side: «КПП Алашанькоу и Хоргос»
_AND_GAP = re.compile(r"[»\"”']?\s*(?:,|\bи\b|\bжәне\b)\s*[«\"“„']?")


def _list_mate(c: Cand, partner: str, text: str, a: Cand, b: Cand) -> str | None:
    """A shared name listed with a post that only the neighbour has is that neighbour's post
    of the name, if it has one (of the kind the pair shares where it has two)."""
    other = gazetteer.get(partner)
    if not other.foreign or not _AND_GAP.fullmatch(text, a.end, b.start):
        return None
    rows = [gazetteer.get(r) for r in c.name.refs]
    same = [cp for cp in rows if cp.country == other.country]
    return next((cp.id for cp in same if cp.kind == other.kind), same[0].id if same else None)


def one_side_per_name(cands: list[Cand], refs: list[str], sides: list[str | None]) -> None:
    """Once a cue puts a shared name on the neighbour's side, its other mentions in the text
    without a cue of their own go there too («КПП Хоргос в Синьцзяне…», then «КПП Хоргос»)."""
    settled: dict[int, str] = {}
    for c, r, side in zip(cands, refs, sides, strict=False):
        if side is not None and gazetteer.get(r).foreign:
            settled.setdefault(id(c.name), r)
    for k, c in enumerate(cands):
        if sides[k] is None and id(c.name) in settled:
            refs[k] = settled[id(c.name)]


# a second name in brackets right after a post's: «Гишткуприк» (Черняевка), «Жибек жолы (Черняевка)»
_ALIAS_GAP = re.compile(r"[»\"”]?[ \t]*\([ \t]*[«\"“„]?")


def bracketed_alias(cands: list[Cand], refs: list[str], text: str) -> None:
    """A name in brackets right after a post's name, and one of the rows that name stands for,
    is that post's other name: the village both sides' posts were called after («Черняевка», the
    old name of the village at Жибек жолы, which the Uzbek side's pages give Гишткуприк too) is
    the post it follows, not the row the name alone would be read as. Two posts facing each other
    in brackets («Кордай (Акжол)») share no row and are left as they are."""
    for k in range(1, len(cands)):
        if _ALIAS_GAP.fullmatch(text, cands[k - 1].end, cands[k].start) and refs[k - 1] in cands[k].name.refs:
            refs[k] = refs[k - 1]


# a border named by its neighbour, up to two words after «с» («на границе с Республикой Казахстан»,
# «с Кыргызской Республикой»), or by an adjective or a country right before the border noun, or two
# countries joined by a spaced dash («Өзбекстан - Қазақстан шекарасындағы»)
_BORDER_PHRASE = re.compile(
    r"\bграниц\w*\s+(?:с|со)\s+\S+(?:\s+\S+)?"
    r"|\S+(?:[ \t]+[-–—][ \t]+\S+)?\s+(?:шекара|границ)\w*(?!\w)(?!\s+(?:с|со)\b)",
    re.IGNORECASE,
)
_QUOTED_BEFORE_BRACKET = re.compile(r"[«\"“„][^«»\"“”„()\n]{1,30}[»\"”][ \t]*\([ \t]*$")
_AFTER_BORDER = 30  # letters after a name in which a border phrase following it is read


def off_its_border(refs: tuple[str, ...], text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Is a name whose rows are all a neighbour's written on another neighbour's border? A
    sentence about the Uzbek border names no Kyrgyz post: «Ак Жол» there is not the Kyrgyz
    Ак-Жол, whatever the name alone would be read as. The border is the last border phrase
    before the name in its sentence («казахстанско-кыргызской границы (пункты пропуска «Карасу» –
    «Ак-Тилек»)»), else one right after it, with no bracket between («Ак жол бекетінде өзбек
    шекарасында»); goods «из Китая» at a Kyrgyz post name no border. Only a phrase naming one
    neighbour counts. A side the text gives the name itself (a country word before it, a bracket
    after it: side_of) comes first."""
    rows = [gazetteer.get(r) for r in refs]
    if not rows or not all(cp and cp.foreign for cp in rows):
        return False
    # the side of a name in brackets after a quoted one is that name's: «өзбек бекеті «Ақ йол» (Ақ жол)»
    alias_of = _QUOTED_BEFORE_BRACKET.search(text, max(sent[0], start - 40), start)
    side = side_of(text, alias_of.start() if alias_of else start, end, sent[0], refs)
    if side and side != gazetteer.HOME:
        return not any(cp.country == side for cp in rows)
    before = list(_BORDER_PHRASE.finditer(text, sent[0], start))
    if before:
        phrase = before[-1].group()
    else:
        after = _BORDER_PHRASE.search(text, end, min(sent[1], end + _AFTER_BORDER))
        if after is None or any(ch in "()" for ch in text[end : after.start()]):
            return False
        phrase = after.group()
    named = {c for c, rx in _COUNTRY_RX if rx.search(phrase)} - {gazetteer.HOME}
    return len(named) == 1 and not any(cp.country in named for cp in rows)
