"""ingest116's cuts in the reader (issue 15, parse on fresh generated articles) decide the same.

Each distinct line is classified once a process, so on fresh text the uncached work is what an
ingest pays:
- furniture.classify looks for a word every match of _RIGHTS_LINE, _COMMENT_RULES, _FOLLOW_US and
  _CAPTION_TAIL holds in the line's lower-case copy before searching (a line holding a character
  of ODD_CASE is searched as before); _imprint_or_paid is given that copy.
- furniture._prompt asks one alternation of all sixteen prompts (each behind the bullets) before
  its two loops, and _SITE_QUESTION only of a line holding its «?».
- language._detect_sample skips the three Kazakh tests when no letter outside Russian's and
  Latin's alphabets is in the sample (each test needs one), and counts the letters once.
- dates.find_date returns None for a line without four digits in a row (each pattern's year).
- masthead.address_line skips a line without «://», masthead._read_on_site one without «сайте» or
  «новост», credits._paren_dateline a lead without «(», credits.copyright_owner a line without «©»,
  «(» or «copyright», outlet_shapes.reprint_notice searches _EN_REPRINT and _REPRINT only in a line
  holding one of their words (each: lower case, a line with a letter of ODD_CASE searched as before).
- short_lead.reader_prompt asks for the site's words (or the question mark) before reading each
  word's parses for «you» or a verb to the reader: both must hold; _SITE_WORDS is searched only
  in a line whose lower-case copy holds one of its words.
- decoding._russian_score counts each distinct character once, weighted by its count (Counter),
  instead of four passes over every character of the decoded candidate.
- outlets.domains returns [] for a line without a dot and a zone after it (every domain holds them).
- parse._opens_comments tries _COMMENT_LINE only on a line with a «:» (its time's).
- signers.signer_line matches the signature's shape first, then looks for the post's word before
  the name (as `signers` does), instead of _LINE's look-ahead tried at each character of the line.

The functions as they were at 6f52744e are kept here and compared with the module's over dev's,
factRu's (when present) and the samples' lines, generated pages of every format, their upper- and
title-cased copies, and random strings of the patterns' pieces (İ ı ſ K and U+1C80–1C88 among them).
"""

from __future__ import annotations

import random
import re
import sys
from itertools import islice
from pathlib import Path

import pytest

from store.lang import signers
from store.reading import credits, dates, decoding, furniture, language, masthead, outlet_shapes, outlets, short_lead
from tests.conftest import FACTRU_TEXTS, generated_parts
from tests.exactness import ODD_CASE_LETTERS, assert_equated_letters_fold

ROOT = Path(__file__).resolve().parent.parent
fu = furniture


def _old_imprint_or_paid(line: str) -> bool:
    low = line.lower()
    if not any(w in low for w in fu._IMPRINT_OR_PAID_WORDS):
        return False
    return bool(fu._REGISTRATION.search(line) or fu._PAID_NOTE.search(line))


def _old_prompt(s: str, n: int) -> str | None:
    for reason, rx in fu._STRONG_RX.items():
        if not rx.match(s):
            continue
        if reason == "photo-credit" and n > 8 and fu.ends_sentence(s):
            continue
        if reason in ("photo-credit", "footer", "form", "error-report") or not (n >= 8 and fu.ends_sentence(s)):
            return reason
    sentence = n >= 4 and fu.ends_sentence(s) and not s.endswith("?")
    if not sentence:
        for reason, rx in fu._WEAK_RX.items():
            if rx.match(s):
                return reason
    if n <= 10 and fu._SITE_QUESTION.search(s):
        return "survey"
    return None


def _old_classify(line: str) -> str | None:
    s = line.strip()
    if not s:
        return "blank"
    if len(s) <= 80 and fu._date_line(s):
        return "date"
    if len(s) <= 80 and fu._SECONDS.search(s):
        return fu.classify(fu._SECONDS.sub(r"\1", s))
    if fu.DATE_DOTS.search(s) and fu._CAPTION_STAMP.search(s):
        return "photo-credit"
    if fu._NUMBERS_ROW.match(s) and fu._DIGIT.search(s):
        return "numbers"
    if not fu._LETTER.search(s):
        return "symbols"
    if fu._SERVER_MESSAGE.match(s):
        return "server-message"
    n = fu.word_count(s)
    if fu._AGE_NOTICE.match(s):
        return "age-notice"
    if n <= 40 and (fu._RIGHTS_LINE.search(s) or _old_imprint_or_paid(s)):
        return "footer"
    if n <= 40 and fu._COMMENT_RULES.search(s):
        return "comment-rules"
    if n <= 2 and fu._COMMENT_COUNT.match(s):
        return "comments"
    if n <= 5 and fu._SITE_CREDIT.match(s):
        return "site-credit"
    if n <= 25 and fu._FOLLOW_US.search(s):
        return "subscribe"
    if n <= 30 and fu._CAPTION_TAIL.search(s):
        return "photo-credit"
    if fu.is_tag_row(s) or fu._hashtag_row(s):
        return "tags"
    if n <= 14:
        reason = _old_prompt(s, n)
        if reason:
            return reason
    if n <= 25 and dates.ends_with_date(s):
        return "teaser-with-date"
    return None


def _old_detect_sample(sample: str) -> str | None:
    L = language
    letters = L._letter_count(sample)
    if letters < 8:
        return None
    if L.kazakh_share(sample) >= 0.15 or L._kazakh_arabic(sample, letters) or L._kazakh_latin(sample):
        return "kk"
    if L._russian_letters_only(sample):
        return "ru"
    return L._langid().classify(sample)[0]


def _old_find_date(text: str):
    D = dates
    if not D._DIGIT.search(text):
        return None
    best = None
    for m in D._ISO.finditer(text):
        iso = D._iso(int(m[1]), int(m[2]), int(m[3]))
        if iso:
            best = D._earlier(best, (iso, m.start(), m.end()))
            break
    for m in D._DMY.finditer(text):
        iso = D._iso(int(m[4]), int(m[3]), int(m[1]))
        if iso:
            best = D._earlier(best, (iso, m.start(), m.end()))
            break
    for rx, order in ((D._D_MONTH_Y, "dmy"), (D._MONTH_D_Y, "mdy"), (D._Y_D_MONTH, "ydm")):
        for m in rx.finditer(text):
            d, mon, y = D._pick(m, order)
            month = D.month_number(mon)
            iso = D._iso(int(y), month, int(d)) if month else None
            if iso:
                best = D._earlier(best, (iso, m.start(), m.end()))
                break
    return best


def _texts() -> list[str]:
    out = []
    for folder in (ROOT / "eval" / "corpus" / "dev", FACTRU_TEXTS, ROOT / "sample_data"):
        if folder.is_dir():
            out += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*.txt"))]
    for _spec, body, page in generated_parts(116, 150):
        out += [body, page]
    return out


@pytest.fixture(scope="module")
def lines() -> list[str]:
    seen = dict.fromkeys(ln for t in _texts() for ln in t.splitlines())
    base = list(seen)
    assert len(base) > 2000  # dev, the samples and the generated pages alone: 2,775
    return base + [ln.upper() for ln in base] + [ln.title() for ln in base]


_PIECES = (
    "все права защищены",
    "ВСЕ ПРАВА ЗАЩИЩЕНЫ",
    "all rights reserved",
    "All Rights Reserved",
    "барлық құқықтар қорғалған",
    "© ",
    "(c) 2024",
    "(C) 2019",
    "may not be reproduced without",
    "copyright of the materials of",
    "when citing our content",
    "при использовании",
    "гиперссылка",
    "ссылка",
    "обязательна",
    "ОБЯЗАТЕЛЬНА",
    "перед тем как писать комментарий",
    "правила комментирования",
    "пікір қалдырмас бұрын",
    "Подпишитесь на наш",
    "подписывайтесь",
    "telegram",
    "Телеграм",
    "арнамызға қосылыңыз",
    "будьте в курсе",
    "канал",
    "Фото:",
    "фото",
    "ФОТО",
    "photo",
    "сурет",
    "кадр из видео",
    "скриншот",
    "источник фото:",
    "иллюстративное фото",
    "из архива",
    "tengrinews.kz",
    "zakon.kz/a/b",
    "Читайте также",
    "Подробнее",
    "share",
    "Поделиться",
    "Погода",
    "Курс валют",
    "Похожие новости",
    "Теги:",
    "18+",
    "время чтения",
    "3 мин. на чтение",
    "Вернуться к списку",
    "Нашли ошибку",
    "опрос",
    "сайт",
    "дизайн?",
    "?",
    ":",
    ".",
    ",",
    "•",
    "►",
    "|",
    "-",
    "—",
    " ",
    "  ",
    "\u00a0",
    "\t",
    "\n",
    *ODD_CASE_LETTERS,
    "ᲂ",
    "фᲂтᲂ",
    "защищены",
    "ЗАЩИЩЕНЫ",
    "rİghts",
    "cıtıng",
    "reproduced",
    "коммент",
    "пікір",
    "подпи",
    "арна",
    "а",
    "Граница",
    "таможня",
    "Kazakhstan",
    "2025",
    "12",
    "21.11.2025",
    "5",
    "мая",
    "August",
    "7,",
    "2024-05-06",
)


def _random_strings(n: int, seed: int, pieces: tuple[str, ...]) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 9))) for _ in range(n)]


def test_classify_decides_as_before(lines):
    rnd = _random_strings(20000, 116, _PIECES)
    differ = [ln for ln in lines + rnd if fu.classify.__wrapped__(ln) != _old_classify(ln)]
    assert differ == []
    found = {fu.classify.__wrapped__(ln) for ln in lines + rnd}
    # the gated reasons are reached, on text and on random strings
    assert {"footer", "comment-rules", "subscribe", "photo-credit", "survey", "share", "read-more"} <= found


def test_prompt_decides_as_before(lines):
    rnd = _random_strings(20000, 1161, _PIECES)
    hits = 0
    for ln in lines + rnd:
        s = ln.strip()
        n = fu.word_count(s)
        got = fu._prompt(s, n)
        assert got == _old_prompt(s, n), s
        hits += got is not None
    assert hits > 500
    # the one alternation matches wherever one of the sixteen patterns does
    for ln in lines + rnd:
        s = ln.strip()
        if any(rx.match(s) for rx in (*fu._STRONG_RX.values(), *fu._WEAK_RX.values())):
            assert fu._ANY_PROMPT.match(s), s


# (the words, the pattern each of whose matches holds one of them in some case)
_GATES = (
    (fu._RIGHTS_LINE_WORDS, fu._RIGHTS_LINE),
    (fu._COMMENT_RULES_WORDS, fu._COMMENT_RULES),
    (fu._FOLLOW_US_WORDS, fu._FOLLOW_US),
    (fu._CAPTION_TAIL_WORDS, fu._CAPTION_TAIL),
    (masthead._READ_ON_SITE_WORDS, masthead._READ_ON_SITE),
    (("©", "(", "copyright"), credits._COPYRIGHT),
    (outlet_shapes._EN_REPRINT_WORDS, outlet_shapes._EN_REPRINT),
    (outlet_shapes._REPRINT_WORDS, outlet_shapes._REPRINT),
    (short_lead._SITE_WORD_NEEDLES, short_lead._SITE_WORDS),
)


def test_needles_hold_every_code_point_re_equates():
    """A character `re` matches with a needle's letter under IGNORECASE lowers to that letter, or
    is in ODD_CASE (then the line is searched whole)."""
    assert_equated_letters_fold(_GATES, fu.ODD_CASE)
    assert all(" " not in w for words, _rx in _GATES for w in words)


def test_detect_sample_decides_as_before(lines):
    samples = list(dict.fromkeys(ln[: language._SAMPLE] for ln in lines if ln.strip()))
    alphabet = (
        "Граница",
        "таможня",
        "пункт",
        "қазақ",
        "Қазақстан",
        "шекара",
        "ұлттық",
        "Kazakhstan",
        "Qazaqstan",
        "Mınıstr",
        "Qostanaıǵa",
        "keldi",
        "oʻzbek",
        "gʻ",
        "ə",
        "Кыргызстан",
        "ң",
        "ө",
        "ү",
        "і",
        "ї",
        "є",
        "ў",
        "قازاق",
        "ٴ",
        "ۇ",
        "ڭ",
        "ە",
        "ۋ",
        "ئ",
        "ې",
        "ۈ",
        "ۺ",
        "\u06fd",
        "中国",
        "Türkiye",
        " ",
        ", ",
        ". ",
        "12",
    )
    samples += _random_strings(20000, 1162, alphabet)
    differ = [s for s in samples if language._detect_sample.__wrapped__(s) != _old_detect_sample(s)]
    assert differ == []
    # each Kazakh test needs a letter of _NOT_RUSSIAN_LETTER: every character of their classes is one
    for rx in (language._KK_LETTERS, language._KK_ARABIC, language._KK_LATIN_OWN):
        for c in re.findall(r"[^\\]\]", rx.pattern) + [chr(x) for x in range(0x0674, 0x0679)]:
            if rx.fullmatch(c):
                assert language._NOT_RUSSIAN_LETTER.fullmatch(c), (hex(ord(c)), rx.pattern)
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if language._KK_LETTERS.fullmatch(c) or language._KK_ARABIC.fullmatch(c) or language._KK_LATIN_OWN.fullmatch(c):
            assert language._NOT_RUSSIAN_LETTER.fullmatch(c), hex(cp)


def test_find_date_as_before(lines):
    digits = (
        "1",
        "12",
        "2025",
        "202",
        "31",
        ".",
        "-",
        "/",
        " ",
        "мая",
        "August",
        "жылғы",
        "ж.",
        "7,",
        "T10:00",
        "«",
        "»",
        "05",
        "1999",
        "г.",
        "\u0661\u0662",
        "٢٠٢٥",
        "२०२५",
    )
    texts = lines + _random_strings(20000, 1163, digits)
    differ = [t for t in texts if dates.find_date.__wrapped__(t) != _old_find_date(t)]
    assert differ == []
    assert sum(1 for t in texts if _old_find_date(t)) > 500


def _old_signer_line(line: str) -> bool:
    m = signers._LINE.match(line.strip("\n"))
    return bool(m) and bool(signers._POST_IN_LINE.search(m.string, m.start(), m.start("name")))


def test_signer_line_as_before(lines):
    pieces = (
        "Премьер-Министр",
        "Республики",
        "Казахстан",
        "Қазақстан",
        "Республикасының",
        "Премьер-Министрі",
        "Президенті",
        "ПРЕЗИДЕНТ",
        "министр",
        "Аким",
        "әкімі",
        "Председатель",
        "төрағасы",
        "ВСТРЕЧА",
        "С",
        "АКИМОМ",
        "К",
        "К.",
        "Н.",
        "А.Б.",
        "Мәсімов",
        "МАСИМОВ",
        "Н.НАЗАРБАЕВ",
        "Иванов-Петров",
        "Smith",
        "J.",
        "ıİſ",
        "1",
        " ",
        " ",
        "  ",
        "\t",
        "\n",
        "\n\n",
        ".",
        ",",
        "-",
        "premier",
        "PRESIDENT",
    )
    texts = lines + _random_strings(30000, 1164, pieces)
    differ = [t for t in texts if signers.signer_line(t) != _old_signer_line(t)]
    assert differ == []
    assert sum(1 for t in texts if _old_signer_line(t)) > 100
    assert signers.signer_line("Қазақстан Республикасының Премьер-Министрі К Мәсімов")
    assert signers.signer_line("  Президенті Н.НАЗАРБАЕВ\n")
    assert not signers.signer_line("ВСТРЕЧА С АКИМОМ")


def _old_address_line(top: list[str]) -> str | None:
    for line in top:
        m = masthead._ADDRESS_LINE.match(line)
        if m and not masthead._SOCIAL.search(m[1]):
            return outlets.known(m[1]) or masthead._LANGUAGE_HOST.sub("", m[1].lower())
    return None


def _old_read_on_site(lines: list[str]) -> str | None:
    for line in lines:
        if fu.word_count(line) > 10:
            continue
        m = masthead._READ_ON_SITE.search(line)
        name = m and (m[1] or m[2]).strip('.,;:!»"')
        if name and outlets.domains(name) == [name]:
            return outlets.known(name) or name
    return None


def _old_paren_dateline(lead: str):
    c = credits
    m = c._PAREN_DATELINE.match(lead)
    if not m:
        return None
    name = m[2].strip()
    if c._COUNTRY_CODE.fullmatch(name):
        return m if not m[1].isalpha() or any(ch.isupper() for ch in m[1][1:]) or c.known_outlet(m[1]) else None
    shaped = "." in name and outlets.domains(name) == [name] or any(ch.isupper() for ch in name[1:].replace(" ", ""))
    return m if c.known_outlet(name) or shaped else None


def _old_copyright_owner(trailer: list[str]) -> str | None:
    c = credits
    for line in reversed(trailer):
        if len(line) > 200 or not c._COPYRIGHT.search(line) or "/" in line:
            continue
        text = c._RIGHTS.sub("", line)
        quoted = re.search(r"«([^«»]{2,40})»|\"([^\"]{2,40})\"", text)
        if quoted:
            return (quoted[1] or quoted[2]).strip()
        domain = c._DOMAIN.search(text)
        if domain:
            return domain[0]
        text = re.sub(r"(?i)copyright|\(c\)|©|\b\d{4}\b(?:\s*[-–—]\s*\d{4})?", " ", text)
        text = c._LEGAL_FORM.sub(" ", text)
        parts = [p.strip(" ,.;:|-–—") for p in re.split(r"\.\s|[|;]|\s{2,}|,\s", text)]
        for part in parts:
            if re.search(r"[^\W\d_]", part) and fu.word_count(part) <= 8:
                return part
    return None


def _old_reprint_notice(trailer: list[str]) -> str | None:
    o = outlet_shapes
    for line in trailer:
        if len(line) > 250:
            continue
        en = o._EN_REPRINT.search(line)
        if en:
            return outlets.known(en[1]) or en[1]
        m = o._SUBSCRIBE.match(line.strip())
        if m and not outlets.is_channel(m[1].strip(' «»"“”')):
            name = m[1].strip(' «»"“”')
            return outlets.known(name) or name
        if o._REPRINT.search(line):
            q = o._QUOTED.search(line)
            if q and fu.word_count(q[1]) <= 4:
                return outlets.known(q[1]) or q[1].strip()
    return None


_PAGE_PIECES = _PIECES + (
    "Читать на сайте kapital.kz",
    "Все новости на Orenburg-news.net",
    "читайте полностью на сайте zakon.kz.",
    "https://",
    "http://",
    "HTTPS://",
    "www.",
    "site.kz/news/123",
    "t.me/x",
    "kz.oqu.news/a",
    " 2025-11-03",
    "Читать на сайте",
    "на сайте",
    "Больше новостей на",
    "Все новости на",
    "Orenburg-news.net",
    "kapital.kz",
    "Almaty (Kazakhstan) - ",
    "Tashkent (Kun.uz) — ",
    "CentralAsia (KZ) - ",
    "Астана (Kazinform) – ",
    "(",
    ")",
    "© 2009–2025 Kapital.kz. Все права защищены.",
    "Copyright ©",
    "COPYRIGHT",
    "cᴏpyright",
    "© 1997-2025 МИА «Казинформ»",
    "may not be reproduced without reference to",
    "Tengrinews",
    "Copyright of materials of",
    "News Agency",
    "Перепечатка материалов",
    "при использовании материалов",
    "материалдарды",
    "көшіріп",
    "materiallardan",
    "Подписывайтесь на",
    "в Telegram",
    "«Степь»",
    "МАТЕРИАЛ",
    "ReFeReNcE",
    "materıals",
    "reference",
    "/",
)


@pytest.fixture(scope="module")
def windows(lines) -> list[list[str]]:
    base = lines[: len(lines) // 3]
    out = [base[i : i + 5] for i in range(0, len(base), 3)]
    rnd = _random_strings(40000, 1165, _PAGE_PIECES)
    return out + [rnd[i : i + 4] for i in range(0, len(rnd), 4)]


def test_page_readers_as_before(windows):
    counts = dict.fromkeys(("address", "read", "paren", "copyright", "reprint"), 0)
    for w in windows:
        got = masthead.address_line(w)
        assert got == _old_address_line(w), w
        counts["address"] += got is not None
        got = masthead._read_on_site(w)
        assert got == _old_read_on_site(w), w
        counts["read"] += got is not None
        got = credits.copyright_owner(w)
        assert got == _old_copyright_owner(w), w
        counts["copyright"] += got is not None
        got = outlet_shapes.reprint_notice(w)
        assert got == _old_reprint_notice(w), w
        counts["reprint"] += got is not None
        for line in w:
            new, old = credits._paren_dateline(line), _old_paren_dateline(line)
            assert (new and (new.span(), new.groups())) == (old and (old.span(), old.groups())), line
            counts["paren"] += new is not None
    assert all(n > 20 for n in counts.values()), counts


def _old_reader_prompt(line: str) -> bool:
    sl = short_lead
    s = line.strip()
    ws = [m[0] for m in islice(sl._WORD.finditer(s), sl._PROMPT_MAX_WORDS + 1)]
    if not ws or len(ws) > sl._PROMPT_MAX_WORDS:
        return False
    if not (sl._to_reader_words(ws) or sl._KAZAKH_TO_READER.search(ws[-1].lower())):
        return False
    return s.endswith("?") or bool(sl._SITE_WORDS.search(s))


def test_reader_prompt_as_before(lines):
    pieces = (
        "Следите",
        "за",
        "нашими",
        "новостями",
        "Подписывайтесь",
        "на",
        "наш",
        "канал",
        "Жаңалықтарды",
        "бақылап",
        "отырыңыз",
        "Жазылыңыз",
        "Как",
        "часто",
        "вы",
        "ездите",
        "Планируйте",
        "поездку",
        "заранее",
        "сайт",
        "Telegram",
        "ТЕЛЕГРАМ",
        "страницу",
        "арнамызға",
        "Вы",
        "ваш",
        "?",
        ".",
        "!",
        " ",
        " ",
        "граница",
        "таможня",
    )
    texts = lines + _random_strings(20000, 1166, pieces)
    differ = [t for t in texts if short_lead.reader_prompt(t) != _old_reader_prompt(t)]
    assert differ == []
    assert sum(1 for t in texts if _old_reader_prompt(t)) > 200


def test_opens_comments_as_before(lines):
    from store.reading import parse as parse_mod

    def old(line: str) -> bool:
        return bool(parse_mod._COMMENTS_HEADING.match(line) or parse_mod._COMMENT_LINE.match(line))

    pieces = ("Гость", "Аноним", "user_12", "Иван Петров", " ", "  ", "\t", "22.09.2025", "1.2.2024", ",", "14:02",
              "9:5", " — ", "-", "–", "текст", "Комментарии", "(3)", ":", "Пікірлер", "comments", "12",
              "Гость 22.09.2025 14:02 — ", "Иван Петров 1.2.2024, 9:05 - ", "user.1  12.12.2025 23:59 –\t")  # fmt: skip
    texts = lines + _random_strings(20000, 1167, pieces)
    assert [t for t in texts if parse_mod._opens_comments(t) != old(t)] == []
    assert sum(1 for t in texts if parse_mod._COMMENT_LINE.match(t)) > 100


def test_domains_as_before(lines):
    def old(line: str) -> list[str]:
        return [m for m in outlets._DOMAIN.findall(line) if not outlets.is_counter(m)]

    pieces = ("Zakon.kz", "asia24.media", "kaz.nur.kz", "top.mail.ru", ".", "kz", "KZ", "ru", " ", "@", "/", "-",
              "сайт", "ЗАКОН", "рф", "xn--80a", "www", "１", "．")  # fmt: skip
    texts = lines + _random_strings(20000, 1168, pieces)
    assert [t for t in texts if outlets.domains(t) != old(t)] == []
    assert sum(1 for t in texts if old(t)) > 1000


def _old_russian_score(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    lower = sum(1 for c in letters if c in decoding._COMMON_LOWER)
    junk = sum(1 for c in text if not (c.isalnum() or c.isspace() or c in ".,;:!?-–—«»\"'()[]/%№+=*&@#$€₸<>_{}|\\~^`"))
    latin_ok = sum(1 for c in letters if "a" <= c.lower() <= "z")
    return (lower + latin_ok - 2 * junk) / max(len(text), 1)


def test_russian_score_as_before():
    texts = _texts()
    # each text as a wrong code page reads its cp1251 bytes, as _guess_encoding's candidates do
    for t in texts[:60]:
        raw = t.encode("cp1251", errors="replace")
        texts += [raw.decode(enc, errors="replace") for enc in ("koi8-r", "cp866", "iso-8859-5", "latin-1")]
    rnd = random.Random(1169)
    alphabet = [chr(c) for c in range(0x20, 0x2FFF) if not 0xD800 <= c <= 0xDFFF] + list(ODD_CASE_LETTERS)
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60))) for _ in range(5000)]
    texts += ["", " ", "123", "...", "İİ", "KELVIN"]
    assert [t for t in texts if decoding._russian_score(t) != _old_russian_score(t)] == []
