"""A story that opens with a short sentence («Очередь растёт.», «Пункт закрыт.», «Шекара жабылды.»).

The parser takes the first paragraph of six words or more for the lead, so that the short lines
above a story (a rubric, a tag line, a byline, a menu item, a caption) stay in the header. A short
first sentence standing as its own paragraph fell there too: it was dropped from the body, and in
a .txt file it could become the title ahead of the real headline. A header line and a sentence
differ in three ways that this module reads together: the sentence ends with . ! or ?, has a verb
that says what happened (a finite verb, a short participle or adjective: «растёт», «закрыт»,
Kazakh «жабылды»), and runs straight into the lead. Rubrics, tag rows and bylines have no verb;
prompts, captions and credits are furniture whatever their verb (store.reading.furniture), and a
verb addressed to the reader («Следите за новостями.») makes a prompt, not a sentence of the story.
The same test keeps a short closing sentence under the last paragraph («Возбуждено уголовное
дело.»), which the body's end, the last paragraph of four words or more, used to leave out.
"""

from __future__ import annotations

import re
from itertools import islice

from store.lang.lemmas import readings
from store.reading import furniture as fu
from store.reading.credits import author_line
from store.reading.headline import not_a_headline

_MAX_WORDS = 5  # one word short of the lead's six
_ENDS = re.compile(r"[^.!?][.!?][»\"”)]*$")  # a full stop, not «…» or «..»: a cut teaser ends so
_OPENING = re.compile(r"^[«\"“„(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")
_QUOTED = re.compile(r"^[«\"“„].*[»\"”“][.!?]?$")
_RUSSIAN_PREDICATE = frozenset({"VERB", "PRTS", "ADJS", "PRED"})  # PRED: «нет», «нельзя»
# A Kazakh finite verb closes its sentence: past «жабылды», «ашылды», present or future «өтеді»,
# «барады», negative «өтпейді», continuous «өтуде», intention «ашпақ»; «жоқ», «бар», «керек»
# and «тиіс» are predicates too. The suffixes are read on the last word only, so a noun such as
# «маңызды» inside a row of labels does not count.
_KAZAKH_PREDICATE = re.compile(
    r"(?:[дт][ыі](?:м|ң|қ|к|ңыз|ңіз|ңдар|ңдер)?|[аеый]д[ыі]|[мбп][аеы]й?д[ыі]|[уү]д[ае]|(?:ған|ген|қан|кен)"
    r"|[мбп][аеі][кқ]|жатыр|отыр|тұр|жүр)$|^(?:жоқ|бар|керек|тиіс|мүмкін)$"
)
_WORD = re.compile(r"[^\W\d_]+")


def opens_story(line: str, following: str, first_line: bool = False) -> bool:
    """Whether `line`, printed right above the lead `following`, is the story's short first
    sentence rather than a header line. A quotation standing alone is a headline citing someone
    («"Братья, не ссорьтесь!"»), and so is a question or an exclamation on a text's first line."""
    s = line.strip()
    if first_line and not s.endswith("."):
        return False
    return fu.is_prose(following) and fu.word_count(following) > fu.word_count(s) and _short_sentence(s)


# A deck (standfirst) under the headline: a clause of three to seven words, one short of a lead of
# eight that parse._subtitle keeps already (fmt02).
_DECK_WORDS = (3, 7)


def opens_with_deck(line: str, following: str) -> bool:
    """Whether `line`, printed right above the lead `following` and below the headline, is the
    story's deck («Пограничники просят водителей запастись терпением», «Бекет екі жыл жабық
    тұрды»): a short clause with a verb, mostly lower-case words, no stop needed. A page shows it
    under the headline as the story's first words, and a record's text or a list of paragraphs
    opens with it, so the .txt form keeps it too (it was dropped as header there, kept in records:
    bench/format_invariance.py, fmt02). Rubrics, tag rows, bylines and names have no verb or few
    lower-case words; captions, credits, prompts and the page's own notes are refused by shape."""
    s = line.strip()
    ws = _WORD.findall(s)
    if not _DECK_WORDS[0] <= len(ws) <= _DECK_WORDS[1] or not _OPENING.match(s) or _QUOTED.match(s):
        return False
    if s.endswith((":", ",", "?", "!")) or not fu.is_prose(following) or fu.word_count(following) <= len(ws):
        return False
    if sum(1 for w in ws[1:] if w[0].islower()) * 2 < len(ws):
        return False  # «Министерство транспорта РК», «Ерлан Мухамеджанов»: a name, not a clause
    if fu.classify(s) or author_line(s) or not_a_headline(s) or fu.is_nav_row(s.rstrip(".!?")) or _page_note(s):
        return False
    return not _to_reader_words(ws) and _has_predicate(s)


def closes_story(line: str, preceding: str) -> bool:
    """Whether `line`, printed right under the story's last paragraph `preceding`, is its short
    closing sentence («Возбуждено уголовное дело.») rather than the trailer's first line."""
    s = line.strip()
    return fu.is_prose(preceding) and s.endswith(".") and (_short_sentence(s) or _nominal_sentence(s))


def _nominal_sentence(s: str) -> bool:
    """«Проезд свободный.», «Ситуация стабильная.», «Очередь небольшая.»: a noun and the adjective
    that is said of it, both nominative and agreeing, the post's status closing a note. Under the
    story's last paragraph it is the story's last sentence; the .txt form of a note kept it (as a
    note's line), a page with its trailer under it dropped it (fmt02)."""
    ws = [w.lower().replace("ё", "е") for w in _WORD.findall(s)]
    if len(ws) != 2 or not _OPENING.match(s) or fu.classify(s) or _page_note(s):
        return False
    nouns = [r.tag for r in readings(ws[0]) if r.is_known and r.tag.POS == "NOUN" and r.tag.case == "nomn"]
    adjs = [r.tag for r in readings(ws[1]) if r.is_known and r.tag.POS == "ADJF" and r.tag.case == "nomn"]
    return any(n.number == a.number and (n.number == "plur" or n.gender == a.gender) for n in nouns for a in adjs)


# A short note's line under its lead: «Очереди нет», «Время ожидания около двух часов» (qa75, body78).
_NOTE_MAX_WORDS = 15


def note_line(line: str) -> bool:
    """Whether `line`, one of the last two lines of a short note under its lead, is the note's
    text: a few words opening with a capital, and none of the shapes of a header or trailer line
    (furniture, a byline, a rubric, a row of labels, the page speaking of itself). No verb is
    asked for: a post's status is often a noun and a word («Проезд свободный.», «Кезек аз.»)."""
    s = line.strip()
    ws = _WORD.findall(s)
    if not 2 <= len(ws) <= _NOTE_MAX_WORDS or not _OPENING.match(s) or s.endswith((":", ",")):
        return False
    if not any(t.lstrip('«"(')[:1].islower() for t in s.split()[1:]):
        return False  # «Пресс-служба ДГД.», «Министерство транспорта»: a credit or a name, no sentence
    return not (
        fu.classify(s)
        or author_line(s)
        or not_a_headline(s)
        or fu.is_nav_row(s.rstrip(".!?"))
        or _page_note(s)
        or _to_reader_words(ws)
    )


# The reader addressed: «Ваше мнение», «Сіздің пікіріңіз» (a widget's label, not the story's words).
_YOU = frozenset({"вы", "вас", "вам", "ваш", "ваша", "ваше", "ваши", "вашего", "сіз", "сіздің", "сізге"})


# A prompt is a line, not a paragraph: a story's own sentence may quote someone speaking to «вы».
_PROMPT_MAX_WORDS = 10
# Kazakh polite second person on a line's last word: «Жаңалықтарды бақылап отырыңыз.», «Жазылыңыз».
_KAZAKH_TO_READER = re.compile(r"(?:ңыз|ңіз|ңыздар|ңіздер)$")


# What the site offers the reader: its news, channels, pages, polls («Следите за новостями»).
_SITE_WORDS = re.compile(
    r"(?i)(?<!\w)(?:новост|канал|сайт|подпис|telegram|телеграм|соцсет|страниц|instagram|whatsapp|"
    r"жаңалық|арна|парақша|жазыл)"
)

# Every _SITE_WORDS match is one of these words in some case: looked for in the line's lower-case copy
# before the search, which opens with a look-behind and is tried at every position (furniture.may_hold:
# a line with a letter of furniture.ODD_CASE is searched as before; stop 51, ingest116).
_SITE_WORD_NEEDLES = (
    "новост", "канал", "сайт", "подпис", "telegram", "телеграм", "соцсет", "страниц", "instagram", "whatsapp",
    "жаңалық", "арна", "парақша", "жазыл",
)  # fmt: skip


def _may_name_the_site(s: str) -> bool:
    return fu.may_hold(s.lower(), fu.ODD_CASE.search(s) is not None, _SITE_WORD_NEEDLES)


def reader_prompt(line: str) -> bool:
    """Whether `line` is a short line in which the site speaks to the reader («Следите за нашими
    новостями.», «Подписывайтесь на наш канал.», «Жаңалықтарды бақылап отырыңыз.», a poll's «Как
    часто вы …?»): the site's trailer, never the story's last paragraph, however much it reads
    like running text. Advice to drivers in the imperative («Планируйте поездку заранее.») is the
    story's: the line must name the site's news or channels, or ask the reader a question."""
    s = line.strip()
    ws = [m[0] for m in islice(_WORD.finditer(s), _PROMPT_MAX_WORDS + 1)]  # no more words than decide (ingest96)
    if not ws or len(ws) > _PROMPT_MAX_WORDS:
        return False
    # The site's words (or the question) first: both tests must hold, and this one is a search of a
    # short line where the other reads each word's parses (stop 51, ingest116).
    if not (s.endswith("?") or (_may_name_the_site(s) and _SITE_WORDS.search(s))):
        return False
    return bool(_to_reader_words(ws) or _KAZAKH_TO_READER.search(ws[-1].lower()))


def _to_reader_words(ws: list[str]) -> bool:
    """A line that speaks to the reader: «you» or a verb in the imperative or the second person
    («Следите за новостями.», «Подписывайтесь на канал»)."""
    for w in ws:
        low = w.lower().replace("ё", "е")
        if low in _YOU:
            return True
        rs = readings(low)
        if rs and rs[0].is_known and rs[0].tag.POS == "VERB" and _to_reader(rs[0].tag):
            return True
    return False


def _short_sentence(s: str) -> bool:
    """Two to five words ending as a sentence, with a predicate, and none of the shapes of a
    header or trailer line."""
    n = fu.word_count(s)
    if not 2 <= n <= _MAX_WORDS or not _ENDS.search(s) or not _OPENING.match(s) or _QUOTED.match(s):
        return False
    if fu.classify(s) or author_line(s) or not_a_headline(s) or fu.is_nav_row(s.rstrip(".!?")) or _page_note(s):
        return False
    return _has_predicate(s)


# The page speaking of itself, with a verb: «Новость обновлена.», «Материал дополняется.», «Комментарии
# закрыты.», «Сайт использует cookies.», «Опубликовано 12 ноября.», «Жаңалық толықтырылуда.».
_PAGE_NOTE = re.compile(
    r"(?i)^(?:новост|материал|стать|текст|публикаци|сайт|комментари|запис|страниц|информаци|жаңалық|мақала)\w*\b|"
    r"(?<!\w)(?:обновлен|опубликован|добавлен|изменен|изменён|дополнен|отредактирован|жариялан|жаңартыл|толықтыр)\w*"
)
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")


def _page_note(s: str) -> bool:
    """A note on the page itself or a stamp with its time: the site's line, not the story's."""
    return bool(_PAGE_NOTE.search(s) or _CLOCK.search(s))


def _has_predicate(sentence: str) -> bool:
    """A verb that says what happened: a Russian finite verb, short participle or adjective, or a
    predicative («нет», «нельзя»), in pymorphy2's likeliest reading from its dictionary and not
    addressed to the reader; or a Kazakh finite verb at the end."""
    ws = [w.lower().replace("ё", "е") for w in _WORD.findall(sentence)]
    if ws and _KAZAKH_PREDICATE.search(ws[-1]) and not _known_russian(ws[-1]):
        return True
    for w in ws:
        rs = readings(w)
        if rs and rs[0].is_known and rs[0].tag.POS in _RUSSIAN_PREDICATE and not _to_reader(rs[0].tag):
            return True
    return False


def _to_reader(tag) -> bool:
    """A verb addressed to the reader («Следите за новостями.», «Можете написать нам.»): a prompt."""
    return tag.mood == "impr" or tag.person == "2per"


def _known_russian(word: str) -> bool:
    """A word pymorphy2's dictionary has (the Kazakh suffixes are read on words it does not know:
    Russian «пути», «сети» end as Kazakh verbs do)."""
    rs = readings(word)
    return bool(rs) and rs[0].is_known
