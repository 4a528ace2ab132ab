"""The rail lines a post stands at the end of: «строят линию «Бахты – Аягоз»», «вторые пути на
участке «Достык – Мойынты»», Kazakh «Бақты – Аягөз темір жол желісі».

A rail story names a border station as one end of a line being built, doubled or opened; the station
is the post, and the line is what a user of the post asks about (facts81's shape C: dev's missed
«строится линия «Дарбаза – Мактаарал»»). A pair of names joined by a dash is a line only with a
line word before it in the sentence (линия, участок, вторые пути, магистраль, ветка) or a Kazakh one
after it (желі, учаске); a road's stretch («участок трассы Жаркент – Нур Жолы», «автодорога …») and
two posts facing each other («Кайрак» – «Бугристое») are none (facts85).
"""

from __future__ import annotations

import re

# A sentence holds one of these when it may name a line (a look before the patterns run)
LINE_NEEDLES = ("лини", "участ", "пут", "магистрал", "ветк", "желі", "учаске")

_LINE_WORD = re.compile(
    r"(?<![\w-])(?P<w>лини[яиюей]|участ(?:ок|ка|ке|ку|ком)|втор(?:ые|ых|ым|ыми|ой|ого|ому|ым)\s+пут\w*"
    r"|магистрал\w*|ветк[аиеу])(?![\w-])",
    re.IGNORECASE,
)
_KK_LINE_AFTER = re.compile(r"\s*(?:теміржол|темір\s+жол)\w*\s+(?:желі|учаске)\w*", re.IGNORECASE)
_LABELS = (
    ("лини", "линия"),
    ("участ", "участок"),
    ("втор", "вторые пути"),
    ("магистрал", "магистраль"),
    ("ветк", "ветка"),
)
# A road, not a rail line, between the line word and the pair: «участок трассы …», «автодорога …»
_ROAD = re.compile(
    r"(?<![\w-])(?:трасс\w*|автодорог\w*|автомобильн\w*|(?<!железной\s)(?<!железная\s)(?<!железную\s)дорог\w*|шосс\w*"
    r"|автожол\w*|тас\s+жол\w*)(?![\w-])",
    re.IGNORECASE,
)
_NAME = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)?"
_PAIR = re.compile(rf"[«\"“]?(?P<x>{_NAME})[»\"”]?(?:\s*[–—]\s*|\s+-\s+)[«\"“]?(?P<y>{_NAME})[»\"”]?")
# How far after its line word a pair may stand (a list after a colon: «строят четыре линии …: «А – Б», …)
_REACH = 160
_WORKS = re.compile(
    r"(?<![\w-])(?:стро(?:ят|ится|ятся)|построят|строительств\w*|достро\w*|сдад(?:ут|им)|сда(?:ют|ть)|откро(?:ют|ется)"
    r"|открыл\w*|модерниз\w*|уложил\w*|запуст\w*|құрылыс\w*|салын\w*|іске\s+қосыл\w*)(?![\w-])",
    re.IGNORECASE,
)


def line_ends(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, fact text) of each rail line named in a sentence as a dash pair: «линия «Бахты –
    Аягоз»: строят»; the offsets are the pair's, for the post spans inside it."""
    low = sentence.lower()
    if not any(w in low for w in LINE_NEEDLES):
        return []
    works = _WORKS.search(sentence)
    done = f": {works.group().lower()}" if works else ""
    out = []
    words = list(_LINE_WORD.finditer(sentence))
    for m in _PAIR.finditer(sentence):
        label = _label_before(sentence, words, m.start())
        if label is None and _KK_LINE_AFTER.match(sentence, m.end()):
            label = "теміржол желісі"
            out.append((m.start(), m.end(), f"«{m['x']} – {m['y']}» {label}{done}"))
        elif label is not None:
            out.append((m.start(), m.end(), f"{label} «{m['x']} – {m['y']}»{done}"))
    return out


def _label_before(sentence: str, words: list[re.Match], at: int) -> str | None:
    """The line word (as a label) nearest before a pair at `at`, within reach and with no road
    word between; None when there is none."""
    before = [w for w in words if w.end() <= at and at - w.end() <= _REACH]
    if not before or _ROAD.search(sentence, before[-1].end(), at):
        return None
    word = before[-1]["w"].lower()
    return next(label for stem, label in _LABELS if word.startswith(stem))
