"""A town that shares its name with a post («Сарыагаш», «Мамлютка», «Шемонаиха», «Рубцовск»):
which one the sentence means.

The finder (checkpoints.py) takes a border word in the sentence («граница», «шекара») as a post's
cue, and a name no other thing bears as a post wherever the text speaks of posts at all. A border
town's news speaks of the border too, so «Аким Сарыагаша пообещал построить у границы стоянку»,
«Жители Шемонаихи работают на границе», «Мамлюткада тұратын отбасылар шекара жабылғанына
шағымданды» read a post where the sentence means the town. What says town is the life of a
settlement near the name: its akim, residents, population, streets, schools, «живут», a district
centre, a distance to the border («в десяти километрах от границы», «шекараға дейін»), Kazakh
«әкімі», «тұрғындары», «тұратын», «қала». What says post outranks it: a post's own noun
(«пункт пропуска», «өткізу бекеті»), a queue at the name, a crossing through it, a post at work,
a kind word glued to the name — those are read before this module is asked
(checkpoints.find_checkpoints), so here only the town's words are looked for.
"""

from __future__ import annotations

import re

# a settlement's life: who governs and lives there, what stands there, how far the border is
_TOWN_WORDS = re.compile(
    r"(?<!\w)(?:аким(?:а|у|ом|е|ат\w*)?|мэр\w*|жител\w*|горожан\w*|сельчан\w*|населени\w*|улиц(?:а|ы|ах|ам|ами|е|у)"
    r"|школ\w*|больниц\w*|поликлиник\w*|санатори\w*|курорт\w*|рын(?:ок|ка|ке|ку)|торгов\w*[ \t]+(?:центр|дом)\w*"
    r"|жив(?:ут|ет|ёт|ущ\w*)|прожива\w*|город(?:а|е|у|ом)?|райцентр\w*"
    r"|районн\w*[ \t]+центр\w*"
    # a distance to the border, with its unit («в трёх километрах от границы», «до границы — пять км»,
    # «шекараға дейін он шақырым»; not «шекарадан 1 айда … өтті», crossed in a month)
    r"|(?:километр\w*|км\.?)[ \t]+(?:от|до)[ \t]+границ\w*"
    r"|(?:от|до)[ \t]+границы[ \t—–-]+(?:\w+[ \t]+){0,2}(?:километр|км)"
    r"|әкім\w*|тұрғын\w*|тұрат\w*|халқ\w*|мектеп\w*|аурухана\w*|қала(?:сы|да|ның|ға|дағы|лық)?"
    r"|аудан[ \t]+орталығ\w*|(?:шекараға[ \t]+дейін\w*|шекарадан)[ \t]+(?:\w+[ \t]+)?(?:шақырым|км)"
    r"|residents?|inhabitants?|mayor|population|town'?s?|city'?s?|streets?)(?!\w)",
    re.IGNORECASE,
)
_REACH = 90  # how far from the name, inside its sentence, a town's word speaks of it


def town_by_its_words(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Does the sentence speak of the settlement named at [start, end) (see _TOWN_WORDS), within
    `_REACH` letters of the name? Asked only of a mention whose one cue is the border itself or
    the text's posts elsewhere: it is then the town. A quoted name is not a town's: a text quotes
    the post («СЭЗ «Хоргос»» beside a «промышленный город»), not the town it stands by."""
    if start and text[start - 1] in "«\"“„'":
        return False
    lo = max(sentence[0], start - _REACH, text.rfind("\n", 0, start) + 1)  # a line: a headline of a list
    hi = min(sentence[1], end + _REACH)
    line_end = text.find("\n", end, hi)
    hi = hi if line_end < 0 else line_end
    return _TOWN_WORDS.search(text, lo, start) is not None or _TOWN_WORDS.search(text, end, hi) is not None
