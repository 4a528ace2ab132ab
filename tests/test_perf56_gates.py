"""The word pre-checks perf56 put before this stop's whole-text scans (issue 15) rule a
text out only when the scan could find nothing in it: checked for every code point `re`
equates with the airport words' letters (the one case-insensitive scan), and for each
pass on made-up sentences and random mixes of their pieces, with and without the check."""

from __future__ import annotations

import random
import re
import sys

import pytest

from store.extract import checkpoint_airports, needles
from store.extract.ner import NerSpan
from store.extract.passes import channel_names, committee_services

_ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


class _Ctx:
    def __init__(self) -> None:
        self.names: dict = {}


def test_every_character_re_equates_with_an_airport_words_letter_lowers_to_it_or_is_an_extra():
    letters = {ch for w in (*checkpoint_airports.RU_NOUN_WORDS, *checkpoint_airports.KK_NOUN_WORDS) for ch in w}
    assert all(ch == ch.lower() for ch in letters)
    for letter in letters:
        for ch in re.compile(re.escape(letter), re.IGNORECASE).findall(_ALL):
            assert ch.lower() == letter or needles._CASE_EXTRAS.fullmatch(ch), (letter, ch)


_AIRPORT_SENTENCES = [
    "Пограничники задержали в аэропорту Алматы гражданина с поддельным паспортом.",
    "В МЕЖДУНАРОДНОМ АЭРОПОРТУ «АСТАНА» ПРОШЛИ ПАСПОРТНЫЙ КОНТРОЛЬ двести пассажиров.",
    "Через пункт пропуска в Аэропорту Шымкента прошли туристы.",
    "Шекарашылар Алматы халықаралық ӘУЕЖАЙЫНДА жолаушыны ұстады.",
    "Өткізу пункті Астана әуежайында жұмыс істейді.",
    "В аэропорту Астаны объявили тревогу.",
    "Пограничная служба сообщила о рейсе. Аэровокзал Актау закрыт на ремонт.",
    "Пересекли государственную границу через аэропорт г. Актобе туристы.",
    "Погода в Алматы была ясной, очередей на границе нет.",
    "Аэр\u1c82порт Алматы: пограничники проверили документы.",  # an old letter form
]


def _airports_unchecked(monkeypatch, text: str) -> list:
    with monkeypatch.context() as m:
        m.setattr(checkpoint_airports, "may_hold", lambda t, words: True)
        return checkpoint_airports.find_airports(text)


def test_airports_found_as_without_the_check(monkeypatch):
    found = 0
    for s in _AIRPORT_SENTENCES:
        for text in (s, s.upper(), s.lower(), "Вводная фраза. " + s):
            got = checkpoint_airports.find_airports(text)
            assert got == _airports_unchecked(monkeypatch, text), text
            found += bool(got)
    assert found >= 10


def test_airports_on_random_mixes_of_their_pieces(monkeypatch):
    pieces = ["аэропорту", "аэропорта", "АЭРОВОКЗАЛ", "әуежайында", "Әуежай", "Алматы", "Астаны", "Актау", "Шымкента"]
    pieces += ["пограничники", "шекара", "пункт пропуска", "границу", "через", "«", "»", ".", "\n", "международном"]
    rng = random.Random(56)
    with monkeypatch.context() as m:
        for _ in range(3_000):
            words = [rng.choice(pieces) for _ in range(rng.randint(1, 7))]
            words = [w.upper() if rng.random() < 0.2 else w.capitalize() if rng.random() < 0.2 else w for w in words]
            text = " ".join(words)
            got = checkpoint_airports.find_airports(text)
            m.setattr(checkpoint_airports, "may_hold", lambda t, words: True)
            assert got == checkpoint_airports.find_airports(text), text
            m.undo()


_PASSES = [
    (channel_names, "channel_names", "_may_name_a_channel"),
    (committee_services, "committee_services", None),
]
_PASS_SENTENCES = [
    "Видео опубликовал Telegram-канал «Басе», а затем телеграм-канал HALYQSTAN.",
    "Об этом сообщил паблик «Опасный Шымкент» и Инстаграм-аккаунт Mash.",
    "Ролик выложил YouTube-канал Редакция и ТикТок-блог Жара.",
    "Как сообщает погранслужба КНБ Казахстана, нарушителей задержали.",
    "По данным пограничной службы ГКНБ Кыргызстана, пост закрыт.",
    "Пограничная служба комитета национальной безопасности Республики Казахстан сообщила о задержании.",
    "Погода в Алматы была ясной, очередей на границе нет.",
]


def _pass_pieces() -> list[str]:
    pieces = re.findall(r"[A-Za-zА-Яа-яЁёӨөҮү‑-]+", " ".join(_PASS_SENTENCES))
    return pieces + ["«", "»", '"', "Telegram-канал", "погранслужбы", "КНБ", "Хоргос"]


def _unchecked(module, name: str, text: str, spans: list) -> tuple[list, dict]:
    """The pass with its word check switched off (its scan run on every text)."""
    ctx = _Ctx()
    saved = {k: getattr(module, k) for k in ("SERVICE_WORD", "COMMITTEE_WORDS") if hasattr(module, k)}
    try:
        if module is channel_names:
            module._may_name_a_channel = lambda t: True
        else:
            for k in saved:
                setattr(module, k, "" if isinstance(saved[k], str) else ("",))
        return getattr(module, name)(text, list(spans), ctx), ctx.names
    finally:
        for k, v in saved.items():
            setattr(module, k, v)
        channel_names._may_name_a_channel = _MAY_NAME


_MAY_NAME = channel_names._may_name_a_channel


def _check(text: str, spans: list) -> int:
    finds = 0
    for module, name, _ in _PASSES:
        ctx = _Ctx()
        got = getattr(module, name)(text, list(spans), ctx)
        want, names = _unchecked(module, name, text, spans)
        assert (got, ctx.names) == (want, names), (name, text)
        finds += bool(ctx.names)
    return finds


@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_passes_find_as_without_their_checks(case):
    spans = [NerSpan("location", 40, 45, "xxxxx"), NerSpan("person", 2, 6, "xxxx")]
    finds = sum(_check(case(s), spans) for s in _PASS_SENTENCES)
    if case is str:
        assert finds >= 5  # 8 with aiyl_units and its sentence (stop 47), 7 with economic_zones and its two (stop 48)


def test_passes_on_random_mixes_of_their_pieces():
    pieces = _pass_pieces()
    rng = random.Random(5656)
    for _ in range(3_000):
        words = [rng.choice(pieces) for _ in range(rng.randint(1, 7))]
        _check(rng.choice([" ", "", "-"]).join(words), [])


def test_route_patterns_asking_the_capital_first_match_as_the_originals():
    """route_places.ROUTE and HYPHENED ask the capital before the look back, and their scans are
    skipped where no dash with the next stop's capital is: the same routes as the originals."""
    from store.extract.passes import route_places as rp

    route = re.compile(rf"(?<![\w-])({rp._STOP}(?:{rp._DASH}{rp._STOP})+)(?![\w-])")
    hyphened = re.compile(rf"(?<![\w-])((?:{rp._WORD}-)+(?:{rp._KK_BORDER}|{rp._WORD}))(?![\w-])")
    pieces = ["Алматы", "Хоргос", "трасса", "Трасса", "Жана Жол", "граница РФ", "Граница КНР", "РФ шекарасы"]
    pieces += [
        " – ",
        " - ",
        "—",
        "–",
        "-",
        " -",
        "- ",
        "x",
        "_",
        " ",
        "\n",
        "ё",
        "Ёл",
        "1",
        "Ақтөбе",
        "Линия",
        "Ак-Жол",
    ]
    rng = random.Random(56)
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        got = [(m.span(), m.groups()) for m in rp.ROUTE.finditer(text)] if rp._may_hold_a_route(text) else []
        assert got == [(m.span(), m.groups()) for m in route.finditer(text)], text
        glued = rp._GLUED_HYPHEN.search(text) is not None
        assert [(m.span(), m.groups()) for m in rp.HYPHENED.finditer(text) if glued] == [
            (m.span(), m.groups()) for m in hyphened.finditer(text)
        ], text
        found += bool(got)
    assert found > 300
    assert [s.text for s in rp.find_route_ends("по трассе Алматы – Хоргос – граница КНР")] == [
        "Алматы",
        "Хоргос",
        "КНР",
    ]


def test_latin_twin_asking_the_latin_letter_first_matches_as_the_original():
    from store.extract.passes import kazakh_places

    original = re.compile(r"(?<=[а-яәғқңөұүһі])[aoecpxy](?=[а-яәғқңөұүһі])")
    pieces = ["ауыл", "д", "a", "o", "e", "c", "p", "x", "y", "ы", "ң", "A", "-", " ", "ауылдaрының", "Cop", "і"]
    rng = random.Random(5656)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert [m.span() for m in kazakh_places._LATIN_TWIN.finditer(text)] == [
            m.span() for m in original.finditer(text)
        ], text
    assert kazakh_places._LATIN_TWIN.sub("_", "ауылдaрының aуыл ауылa") == "ауылд_рының aуыл ауылa"


def test_post_lists_ruled_out_only_where_the_pattern_finds_nothing():
    from store.extract.passes import org_lists

    sentences = [
        "Через пункты пропуска «Нур Жолы» и «Хоргос» прошли фуры.",
        "Работают КПП «Достык», МАПП  «Алтынколь» и ждпп\t„Алтынколь“.",
        "На ТАМОЖЕННОМ ПОСТУ «Кордай» очередь.",
        "Группа «Оппозиция» выступила, и пп «Х» тоже.",
        "Группа «Оппозиция» выступила.",
        "Через к\u1c81п «Жайсан» прошли фуры.",
    ]
    pieces = ["кпп", "КПП", "Апп", "групп", "пп", " ", "\t", "«", '"', "“", "„", "»", "пункт пропуска", "погранпереход"]
    rng = random.Random(56)
    texts = sentences + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(20_000)]
    ruled_out = 0
    for text in texts:
        if not org_lists._may_list_posts(text):
            ruled_out += 1
            assert org_lists._POST_NOUN_QUOTE.search(text) is None, text
    assert ruled_out > 1_000
    assert not org_lists._may_list_posts(sentences[4]) and org_lists._may_list_posts(sentences[3])


def test_settlement_list_asking_the_nouns_letter_first_matches_as_the_original():
    from store.extract.passes import settlement_lists as sl

    original = re.compile(rf"(?<![\w-])({sl._NOUN})\s+({sl._NAME}(?:(?:\s*,\s*|\s+и\s+){sl._NAME})*)")
    pieces = ["село", "сёлах", "посёлка", "поселок", "аула", "деревне", "деревень", "Нура", "Октябрьское", "и", ", "]
    pieces += [" ", "-", "x", "с", "п", "а", "д", "Ё", "ё"]
    rng = random.Random(56)
    found = 0
    for _ in range(20_000):
        text = rng.choice([" ", "", " "]).join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        got = [(m.span(), m.groups()) for m in sl._LIST.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in original.finditer(text)], text
        found += bool(got)
    assert found > 300


def test_stray_bodies_in_a_text_without_kazakh_letters_as_without_the_check(monkeypatch):
    """kazakh_stray_bodies returns the spans as they are where the text holds no Kazakh letter,
    as reading them would (no span of such a text is in a Kazakh context)."""
    from store.extract.extractor import PassContext
    from store.extract.passes import kazakh_bodies
    from store.extract.spans import ByStart

    texts = [
        "Ведомство сообщило о закрытии поста. Комитет государственных доходов проверил фуры.",
        "МКК представители приехали на пост, а Министерство транспорта РК промолчало.",
        "Комитет сапар бойынша хабарлады, что пост открыт.",  # Kazakh words, no Kazakh letter
        "Ведомство хабарламасына сәйкес пост жабылды.",  # a Kazakh letter: read as before
    ]
    for text in texts:
        spans = []
        for m in re.finditer(r"[А-ЯЁ][\w ]+?(?= о | проверил| приехали| промолчало| бойынша| сәйкес|\.)", text):
            spans.append(NerSpan("organization", m.start(), m.end(), m.group()))
        spans.append(NerSpan("person", 0, min(len(text), 12), text[:12]))

        def run(text=text, spans=spans):
            ctx = PassContext(cps=[], cp_index=ByStart([]))
            return kazakh_bodies.kazakh_stray_bodies(text, list(spans), ctx), ctx.names

        got = run()
        with monkeypatch.context() as m:
            # the check never rules out (asked through kazakh.holds_kazakh_letter since ingest110)
            m.setattr(kazakh_bodies, "holds_kazakh_letter", lambda text: True)
            assert got == run(), text


def test_kazakh_place_nouns_in_a_text_without_kazakh_letters_as_without_the_check(monkeypatch):
    """kazakh_place_nouns reads no span of a text without a Kazakh letter (its place spans
    holding none either) differently when the check is switched off."""
    from store.extract.extractor import PassContext
    from store.extract.passes import kazakh_places
    from store.extract.spans import ByStart

    texts = [
        "Бугин Алматы облысы Енбекшиказахского района закрыл пост, сообщили в акимате.",
        "Алайда пост Атырау ауданы жабылды, жители села Жана Жол ждут.",  # Kazakh words, no Kazakh letter
        "Атырау өңіріндегі Көптоғай ауылы: Көптоғайдағы дау шешілді.",  # Kazakh letters: read as before
        "Есимжан Надиров судан, Абай ауданы и Нура ауылы.",
    ]
    for text in texts:
        spans = [
            NerSpan("location", m.start(), m.end(), m.group())
            for m in re.finditer(r"[А-ЯЁӨ][\w ]+?(?= района| закрыл| жабылды|,|:|\.| сообщили| и | ждут)", text)
        ]
        spans.append(NerSpan("person", 0, 6, text[:6]))

        def run(text=text, spans=spans):
            ctx = PassContext(cps=[], cp_index=ByStart([]))
            return kazakh_places.kazakh_place_nouns(text, list(spans), ctx), ctx.names

        got = run()
        with monkeypatch.context() as m:
            m.setattr(kazakh_places, "KAZAKH_LETTERS", re.compile(""))  # the check never rules out
            m.setattr(kazakh_places, "holds_kazakh_letter", lambda text: True)  # the text's, since ingest110
            assert got == run(), text


def test_kazakh_context_as_before_over_texts_asked_in_turn():
    """kazakh_context keeps whether the last text asked holds a Kazakh letter at all: the same
    answers as reading each window, for texts asked in any order."""
    from store.lang import kazakh

    def window_only(text: str, start: int, end: int) -> bool:
        window = text[max(0, start - 200) : end + 200]
        if not kazakh.KAZAKH_LETTERS.search(window):
            return False
        words = window.split()
        return len(list(filter(kazakh.KAZAKH_LETTERS.search, words))) >= max(3, len(words) // 5)

    pieces = [
        "Шекарада",
        "кезек",
        "жоқ",
        "пост",
        "открыт",
        "Қорғас",
        "өткізу",
        "пункті",
        "граница",
        " ",
        "\n",
        "x" * 50,
    ]
    rng = random.Random(56)
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 120))) for _ in range(200)]
    texts += ["Пост открыт. " * 50, "Шекарада кезек жоқ. " * 50, ""]
    for _ in range(20_000):
        text = rng.choice(texts)
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert kazakh.kazakh_context(text, start, end) == window_only(text, start, end)
