"""The kind of crossing a checkpoint mention is (road, rail, passenger) as its text says it,
and the name it is stored under. The kind chooses among rows that share a name (the road
and the rail «Бахты», the rail «Достык» and the road post once called Достык); the words
looked for are Russian and Kazakh, before the name, right after it (Kazakh order), in the
sentence of a quoted station pair, or in the header of a list the name opens a line of.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.checkpoint_kind_phrases import PURPOSE_CUES, apposed_kind, purpose_kind
from store.extract.checkpoint_names import Cand, fold, last_label
from store.extract.needles import part_may_hold
from store.lang import gazetteer

_KIND_WORDS = (
    (
        "rail",
        re.compile(
            r"железнодорож|\bждпп|\bстанци|\bветк|\bпоезд(?!к|ок\b)|\bпойыз|\bж/д|темір\s*жол|\brail|\bстанса|железн\w*\s+дорог|"
            r"\bлини[яиюе]\w*\s+[«\"“„]|"  # a line named by its end stations: «линия «Бахты – Аягоз»»
            # an interstate rail junction: «стыки Сарыагаш и Сырдарья», «межгосударственный стык»,
            # Kazakh «түйісу пункті» (not «на стыке трёх границ», nor «жол мен темір жолдың
            # түйіскен тұсы», a level crossing); Kyrgyz and Uzbek «темир жол», «темир йўл»
            r"(?:железнодорожн|межгосударствен)\w*\s+стык|\bстык(?:а|е|и|ов|ам|ах|ом|у)?\s+(?!Европ|Ази)[«\"“„]?(?:(?-i:[А-ЯЁ])|$)|"
            r"түйісу\s+(?:пункт|бекет)|темир\s*(?:жол|йўл|йул)|temir\s*(?:jol|yo)|туташ\s+нуқта|tutash\s+nuqta",
            re.IGNORECASE,  # «поездка», «поездок» are trips, not trains
        ),
    ),
    (
        "road",
        re.compile(
            # not the road as a surface under repair: «the expansion of the road surface at the
            # "Gisht Kuprik" checkpoint» (a passenger post) says nothing of the post's kind
            r"автомобильн|автодорожн|\bмапп|\bдапп|\bапп\b|\bавтопереход|\broad\b(?!\s+(?:surface|markings?|works?|repairs?)\b)|автокөлік|"
            r"\bавтопункт|"  # «автопункт «X»», a road post's short name
            r"грузопассажирск|"  # freight and passengers (kind48): a road post, not a passenger one
            r"\bавтомобиль(?:дік)?\b|"  # Kazakh «3 автомобиль («Нұр Жолы», «Достық»)», «автомобильдік өткізу пункті»
            r"\bавтожол|\bavtomobil",  # Kyrgyz «Кең-Булун-автожол», Kazakh «автожол», Uzbek Latin «avtomobil»
            re.IGNORECASE,
        ),
    ),
    # Kazakh «жолаушылар өткізу пункті» (a passenger crossing), not «жолаушылар автобусы», nor
    # «грузопассажирский» (freight and passengers: road, above); a
    # passenger vehicle or service («пассажирские автобусы будут перенаправлять в посты …»,
    # «пассажирских перевозок») says what travels, not what kind of post it goes through, and
    # passengers with cargo («для пассажирского и грузового транспорта») name no passenger post
    (
        "passenger",
        re.compile(
            r"(?<!грузо)(?:пассажирск|пешеходн)\w*\b(?!\s+(?:автобус|поезд|(?:авто)?перевоз|рейс|сообщени|транспорт|вагон|машин|автомобил)"
            r"|,?\s+(?:и|или|және)\s+(?:грузов|товарн|жүк))"
            r"|жолаушылар\s+(?:өткізу|бекет|терминал)"
            # Kazakh «жаяу жүргіншілер өткізу пункті» (a pedestrian crossing), not pedestrians alone
            r"|жаяу\s+(?:жүргіншілер\w*\s+)?(?:арналған\s+)?(?:өткізу|бекет|өткел)",
            re.IGNORECASE,
        ),
    ),
)
# the kind words, and the phrases of what a post is for («для пешеходов», «для грузового
# автотранспорта»; checkpoint_kind_phrases.py), which before a name or over a list speak as a
# kind word does
KIND_CUES = _KIND_WORDS + PURPOSE_CUES


# a kind word glued to a name by a dash («Каинды-железнодорожный», «Ак-Тилек - автодорожный»)
# is that name's own: it says nothing of the next name in a list
_GLUED_KIND_WORD = re.compile(
    r"[ \t]*[-‐–—][ \t]*(?:автомобильн|автодорожн|железнодорожн|автокөлік|автожол|темір\s*жол)\w*", re.IGNORECASE
)


# a filling station is no rail station: «Эко Ойл жанармай құю станциясы – Жайсан өткізу
# пункті» (a road closure notice) names the road post
_FUEL_STATION = re.compile(
    r"(?:жанармай\s+құю|(?:авто|бензо)?заправочн\w*|\bАЗС)\s*станци\w*|\bАЗС\b|\bжанармай\s+бекет\w*", re.IGNORECASE
)


# rail and air named together are ways to travel, offered instead of a road crossing
# («…либо воспользоваться железнодорожным или авиатранспортом. Альтернативные пункты
# пропуска: • «Таскала» (РК) – «Озинки» (РФ) …», a closure notice): no post's kind
_TRAVEL_MODES = re.compile(
    r"(?:железнодорожн\w*|ж/д|поезд(?:ом|ами)?)\s+(?:или|либо|и)\s+(?:авиа\w*|самол[её]т\w*|воздушн\w*(?:\s+транспорт\w*)?)|"
    r"(?:авиа\w*|самол[её]т\w*)\s+(?:или|либо|и)\s+(?:железнодорожн\w*(?:\s+транспорт\w*)?|поезд(?:ом|ами)?)|"
    r"теміржол\s+(?:немесе|не|және)\s+әуе\w*|әуе\s+(?:немесе|не|және)\s+теміржол\w*",
    re.IGNORECASE,
)


# Words every match of a blanked pattern holds in some case (issue 15, ingest99): a window
# without them has nothing to blank, and the IGNORECASE scan (tried at every position) is skipped.
_BLANK_NEEDLES: dict[re.Pattern, tuple[str, ...]] = {
    _GLUED_KIND_WORD: ("автомобильн", "автодорожн", "железнодорожн", "автокөлік", "автожол", "темір"),
    _FUEL_STATION: ("станци", "азс", "жанармай"),
    _TRAVEL_MODES: ("авиа", "самол", "воздушн", "әуе"),
}


def _blank(rx: re.Pattern, text: str) -> str:
    if not part_may_hold(text, _BLANK_NEEDLES[rx]):
        return text
    return rx.sub(lambda m: " " * len(m.group()), text)


def without_travel_modes(text: str) -> str:
    """`text` with rail-or-air travel advice and filling stations blanked (see _TRAVEL_MODES)."""
    return _blank(_TRAVEL_MODES, _blank(_FUEL_STATION, text))


# the noun of a post written before its name: «пункт пропуска», «КПП», «переход», «пост»
_POST_NOUN_BEFORE = re.compile(
    r"\bпункт\w*\s+пропуска|\b(?:кпп|пп|погранпереход\w*|переход\w*|пост(?:ы|ов|ах|ам|а|е|у|ом)?|бекет\w*)\b",
    re.IGNORECASE,
)
# words that end a post noun's phrase: between a kind word and the noun they say the kind word
# is another thing's («ремонт железной дороги через пункт пропуска», «поток пассажиров на посту»)
_PHRASE_BREAK = re.compile(
    r"\b(?:через|на|в|во|к|ко|по|до|из|от|для|у|с|со|о|об|при|за|под|над|между|после|перед|поток\w*|очеред\w*|движени\w*)\b",
    re.IGNORECASE,
)


# Words every match of a kind cue holds in some case, a pattern of KIND_CUES each (issue 15,
# ingest99): _last_cue skips a pattern whose words a window lacks. Some are Latin, whose letters
# `re` equates with a few that lower otherwise (ı, İ, ſ): a window holding one of those, or one of
# needles.py's Cyrillic extras, is scanned with every pattern (tests/test_ingest99_cuts.py checks
# every code point).
_CUE_NEEDLES: dict[re.Pattern, tuple[str, ...]] = dict(
    zip(
        (rx for _, rx in KIND_CUES),
        (
            # rail
            ("железн", "ждпп", "станци", "ветк", "поезд", "пойыз", "ж/д", "темір", "rail", "станса", "лини", "стык")
            + ("түйісу", "темир", "temir", "туташ", "tutash"),
            # road
            ("автомобил", "автодорожн", "апп", "автопереход", "road", "автокөлік", "автопункт", "грузопассажирск")
            + ("автожол", "avtomobil"),
            # passenger
            ("пассажирск", "пешеходн", "жолаушылар", "жаяу"),
            # for freight (PURPOSE_CUES)
            ("фур", "грузов", "большегруз", "автотранспорт", "арналған"),
            # for people on foot (PURPOSE_CUES)
            ("пешеход", "арналған"),
        ),
        strict=True,
    )
)
CUE_NEEDLES = _CUE_NEEDLES  # for checkpoint_context_kinds, which reads the same kind cues
_CUE_EXTRAS = re.compile("[\u1c80-\u1c88\u0130\u0131\u017f]")


def cue_lowered(window: str) -> str | None:
    """`window` in lower case for a needle look-up of _CUE_NEEDLES' kind (`may_match`), or None
    when it holds a letter `re` equates with a needle's though it lowers otherwise (_CUE_EXTRAS):
    such a window is searched with every pattern."""
    return None if _CUE_EXTRAS.search(window) else window.lower()


def may_match(rx: re.Pattern, low: str | None, needles: dict[re.Pattern, tuple[str, ...]]) -> bool:
    """False only when `low` (cue_lowered's copy of a window) lacks every word of `rx`'s needles,
    which every match of `rx` holds in some case: then `rx` cannot match in the window."""
    if low is None:
        return True
    for word in needles[rx]:  # a plain loop, not `any` over a generator: asked ~45 times a text
        if word in low:
            return True
    return False


def _last_cue(window: str) -> tuple[str | None, int]:
    """The kind word nearest the end of `window`, and where it ends (-1 for none)."""
    return _last_cue_in(window, cue_lowered(window))


def _last_cue_in(window: str, low: str | None) -> tuple[str | None, int]:
    """_last_cue with the window's cue_lowered copy made by the caller."""
    best, best_start, best_end = None, -1, -1
    for label, rx in KIND_CUES:
        if not may_match(rx, low, _CUE_NEEDLES):
            continue
        for m in rx.finditer(window):
            if m.start() > best_start:
                best, best_start, best_end = label, m.start(), m.end()
    return best, best_end


def _kind_of(text: str, start: int, sent_start: int) -> str | None:
    """The kind named closest before the mention in its sentence (железнодорожный → rail…),
    not counting a kind word glued to an earlier name, nor a filling station. Where a post's
    noun stands before the name, a kind word before that noun speaks for it only from the
    noun's own phrase: «Из-за ремонта железной дороги поток пассажиров через пункт пропуска
    «X»» says nothing of X's kind, «железнодорожном пограничном переходе «X»» does."""
    lo = max(sent_start, start - 80)
    window, low = _blanked_before(text[lo:start])
    kind, cue_end = _last_cue_in(window, low)
    if kind is None:
        return None
    nouns = [m for m in _POST_NOUN_BEFORE.finditer(window) if m.start() >= cue_end]
    if nouns and _PHRASE_BREAK.search(window, cue_end, nouns[-1].start()):
        return None
    return kind


_BEFORE_BLANKS = (_GLUED_KIND_WORD, _FUEL_STATION, _TRAVEL_MODES)  # in the order _kind_of blanks them


def _blanked_before(window: str) -> tuple[str, str | None]:
    """`without_travel_modes(_blank(_GLUED_KIND_WORD, window))` and its cue_lowered copy, the window
    lowered once for the three blanks' needles and the kind cues' (it was lowered four times, and
    searched four times for the letters that lower otherwise: issue 15, stop 49). Lowered again
    only when a blank changed it."""
    low = cue_lowered(window)
    for rx in _BEFORE_BLANKS:
        if may_match(rx, low, _BLANK_NEEDLES):
            blanked = rx.sub(_spaces, window)
            if blanked != window:
                window, low = blanked, cue_lowered(blanked)
    return window, low


def _spaces(m: re.Match) -> str:
    return " " * len(m.group())


def _kind_in_span(text: str, c: Cand) -> str | None:
    """The kind written inside the mention itself, where a name variant holds its kind word
    («Каинды-железнодорожный» matched whole). A span holding no word of any kind cue's needles
    (_CUE_NEEDLES, as _last_cue_in skips a pattern) has none: one search instead of every cue's
    scan (issue 15, stop 50: 0.017 -> 0.004 ms a generated body; a name almost never holds one)."""
    span = text[c.start : c.end]
    low = cue_lowered(span)
    if low is not None and _ANY_CUE_NEEDLE.search(low) is None:
        return None
    return last_label(KIND_CUES, span)


# Every word of _CUE_NEEDLES, for a look-up in a window's cue_lowered copy (case-sensitive).
_ANY_CUE_NEEDLE = re.compile("|".join(re.escape(w) for words in _CUE_NEEDLES.values() for w in words))


# a line written by its end stations, «Бахты – Аягоз», «Дарбаза – Мактаарал»: the name is a
# station and the kind is said anywhere earlier in the sentence («строят четыре линии: …»)
_LINE_END = re.compile(r"[ \t]*[-‐–—][ \t]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*[»\"”]")


def _kind_of_line(text: str, c: Cand, sent_start: int) -> str | None:
    """The kind of a quoted station pair from its sentence (see _LINE_END), else None."""
    if c.start == 0 or text[c.start - 1] not in '«"“„' or not _LINE_END.match(text, c.end):
        return None
    return last_label(KIND_CUES, text[sent_start : c.start])


_LIST_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•·*]|\d+[.)])?[ \t]*[«\"“„]?$")


_HEADER_REACH = 400  # letters a list's header may lie back from a line of the list
_BARE_LINE = 60  # letters a list line of a bare name runs at most


def _kind_of_list_header(text: str, c: Cand) -> str | None:
    """The kind of a bulleted list the mention opens a line of, from the lines that lead
    to the list's colon: «…закрытие всех автомобильных пунктов пропуска. Какие КПП
    закроют:\nБахты — …;\nДостык и Нур Жолы — …» (each list line short and 400 letters back
    at most; the header read 400 letters back from its line, not past a blank line: a lower
    line of the list is as far from the header's first words as its first line is). A page
    printed with a paragraph per line has one blank line between the lines of a list, which
    is still one list. A list of bare names («Достык (Жетысуская область)») may also follow
    a sentence about posts that ends in a full stop («…не распространяются на
    железнодорожные пункты пропуска.»): that sentence's kind is the list's."""
    # Every scan is bounded by the 400 letters the header may lie back and the 60 a bare line
    # may run: a one-line text of megabytes made each mention scan to both ends (quadratic).
    window = max(0, c.start - _HEADER_REACH - 1)
    line_start = text.rfind("\n", window, c.start) + 1
    if line_start == 0 and window > 0:
        return None  # the line opens more than 400 letters back: no header can be in reach
    if not _LIST_LINE_START.search(text, max(0, line_start - 1), c.start):
        return None
    bare_end = line_start + _BARE_LINE + 1
    line_end = text.find("\n", c.start, bare_end)
    bare = (line_end if line_end >= 0 else min(len(text), bare_end)) - line_start <= _BARE_LINE
    pos = line_start - 1
    while pos > 0:
        prev = text.rfind("\n", 0, pos) + 1
        line = text[prev:pos].rstrip()
        if not line and prev > 0 and text[prev - 2 : prev] != "\n\n":
            pos = prev - 1  # one blank line between two lines of the list
            continue
        if not line or c.start - prev > _HEADER_REACH:
            return None
        if line.endswith(":"):
            brk = text.rfind("\n\n", 0, prev)  # a header at the text's start keeps its first letter
            head_start = max(brk + 2 if brk >= 0 else 0, prev - 400)
            return last_label(KIND_CUES, without_travel_modes(text[head_start:pos]))
        if bare and line.endswith(".") and _POSTS_SENTENCE.search(line):
            return last_label(KIND_CUES, _POSTS_SENTENCE.search(line).group())
        if len(line) > 80:
            return None
        pos = prev - 1
    return None


# the last sentence of a line, when it is about posts: «…на железнодорожные пункты пропуска.»
_POSTS_SENTENCE = re.compile(r"[^.!?]*(?:пункт\w*\s+пропуска|\bкпп\b|переход|өткізу|бекет)[^.!?]*\.$", re.IGNORECASE)


_KK_ROAD = re.compile(r"\bавтомобиль\b", re.IGNORECASE)  # «Бақты» автомобиль өткізу пункті
_AFTER_CUES = (*KIND_CUES, ("road", _KK_ROAD))
# what _kind_after skips a pattern without: the kind cues' words, and _KK_ROAD's own word
_AFTER_NEEDLES: dict[re.Pattern, tuple[str, ...]] = {**_CUE_NEEDLES, _KK_ROAD: ("автомобиль",)}


def _kind_after(text: str, c: Cand) -> tuple[str | None, bool]:
    """The kind named right after the mention, as Kazakh puts it («Бақты» теміржол өткізу
    пункті), and whether it is glued to the name (see _GLUED_AFTER): the first kind word in
    the next few words, before another quoted name; one not glued counts only when one of the
    name's rows is of that kind (a former name too: «Достық» автомобиль өткізу пункті is the
    road post, stored under the name «Достык», see stored_name)."""
    window = _blank(_FUEL_STATION, text[c.end : c.end + 30].split("«", 1)[0])
    best, best_pos = None, len(window)
    low = cue_lowered(window)
    for kind, rx in _AFTER_CUES:
        if not may_match(rx, low, _AFTER_NEEDLES):  # a pattern whose words the window lacks (issue 15, stop 49)
            continue
        m = rx.search(window)
        if m and m.start() < best_pos:
            best, best_pos = kind, m.start()
    if best is None:
        return None, False
    if _GLUED_AFTER.fullmatch(window, 0, best_pos):
        return best, True  # «Атамекен» жаяу жүргіншілер өткізу пункті: this post's own words
    return (best if any(cp and _of_kind(cp, best) for cp in map(gazetteer.get, c.name.refs)) else None), False


# the gap between a name and a kind word that is glued to it in Kazakh order: its closing
# quote and a space («"Атамекен" жаяу жүргіншілер өткізу пункті»), no other word between
_GLUED_AFTER = re.compile(r"[»\"”]?[ \t]*")


def _of_kind(cp: gazetteer.Checkpoint, kind: str) -> bool:
    """Can a post of this row be of `kind`? A mixed post is a road and a rail crossing both
    («Алашаңқай станциясы» is the mixed Алашанькоу's rail side)."""
    return cp.kind == kind or (cp.kind == "mixed" and kind in ("road", "rail"))


def _current_name(cp: gazetteer.Checkpoint, word: str) -> bool:
    """Is `word` (folded) a form of one of the row's current names (not a former one)?"""
    names = (cp.name_ru, cp.name_kk, *cp.names_latin, *cp.variants)
    return any(n and word.startswith(fold(n)[: max(3, len(n) - 2)]) for n in names)


def kind_at(text: str, c: Cand, sent_start: int, floor: int = 0, stop: int | None = None) -> str | None:
    """The kind the text gives one mention: glued to it, the nearest kind word before it
    (not before `floor`), one right after it (Kazakh order), one set beside it or a phrase of
    what it is for, before `stop` (the next post of its sentence, or its end; see
    checkpoint_kind_phrases.py), the sentence's for a quoted station pair, or the header's
    for a line of a list."""
    after, glued = _kind_after(text, c)
    return (
        c.kind
        or _kind_in_span(text, c)
        # glued after it, Kazakh order, before any word before it: in «"A" станциясы арқылы …, ал
        # "B" автомобиль бекеті арқылы …» A's station word is A's, and B's own word is B's
        or (after if glued else None)
        or _kind_of(text, c.start, max(sent_start, floor))
        or after
        or (apposed_kind(text, c.end, stop) or purpose_kind(text, c.end, stop) if stop is not None else None)
        or _kind_of_line(text, c, sent_start)
        or _kind_of_list_header(text, c)
    )


def own_kind_at(text: str, c: Cand, sent_start: int, prev_end: int, stop: int | None = None) -> str | None:
    """The kind this mention's own words give it, as the store keeps it per mention: as
    kind_at, but a kind word before an earlier name of the sentence is that name's
    («автомобильный пункт «Нур жолы» и «Алтынколь»» says nothing of Алтынколь's kind)."""
    return kind_at(text, c, sent_start, prev_end, stop)


# two posts written as the two halves of one crossing: «Тажен-Каракалпакия», «Сырым» (РК) – «Маштаково»
_DASH_PAIR = re.compile(r"[»\"“”']?[ \t]*(?:\([^()\n]{1,25}\)[ \t]*)?[-‐–—/][ \t]*[«\"“„']?")


def pair_kinds(cands: list[Cand], refs: list[str], kinds: list[str | None], text: str) -> None:
    """The two halves of one crossing are of one kind. A neighbour's post dashed to one of
    ours whose row does not face it («КПП Тажен-Каракалпакия»: the one «Каракалпакия» row is
    the rail post across from Бейнеу, and Тажен is a road post) takes our post's kind when
    its own words name none; a row that faces ours keeps its own (the mixed Алашанькоу)."""
    for k in range(len(cands) - 1):
        if not _DASH_PAIR.fullmatch(text, cands[k].end, cands[k + 1].start):
            continue
        for i, j in ((k, k + 1), (k + 1, k)):
            mine, ours = gazetteer.get(refs[i]), gazetteer.get(refs[j])
            if (
                mine is None
                or ours is None
                or not mine.foreign
                or ours.foreign
                or kinds[i] is not None
                or ours.id in mine.faces
                or (kinds[j] or ours.kind) == mine.kind
            ):
                continue
            kinds[i] = kinds[j] or ours.kind


def stored_name(ref: str, surface: str) -> str:
    """The name a mention is stored under: its row's Russian name, or the former name the
    text wrote it by. «Достык» read as the road post (row Алаколь, once called Достык) is
    stored as «Достык», the name readers and references know it by; the store keeps it
    apart from the rail «Достык» by its row (gazetteer.identity_suffix)."""
    cp = gazetteer.get(ref)
    if cp is None:
        return ""
    word = fold(surface.split("-")[0].strip())
    if _current_name(cp, word):
        return cp.name_ru
    for former in cp.former_names:
        if word.startswith(fold(former)[: max(3, len(former) - 2)]):
            return former
    return cp.name_ru


@lru_cache(maxsize=1)
def _current_names() -> frozenset[str]:
    """Every row's Russian name, folded: a former name among them is another post's name."""
    return frozenset(fold(cp.name_ru) for cp in (*gazetteer.all(), *gazetteer.foreign()))


def one_name_per_row(spans: list) -> None:
    """An article that names a post by its current name and by a former one that no row
    bears now («Достык – это не просто стык. Ранее станция называлась «Дружба»») names one
    post, so every mention is stored under the current name (two names were two entities).
    A former name that is another row's current name stays as written (stored_name: «Достык»
    for the road post Алаколь), and so does a former name in an article without the current one."""
    named = {s.ref for s in spans if (cp := gazetteer.get(s.ref)) and s.name == cp.name_ru}
    for s in spans:
        cp = gazetteer.get(s.ref)
        if cp and s.ref in named and s.name != cp.name_ru and fold(s.name) not in _current_names():
            s.name = cp.name_ru
