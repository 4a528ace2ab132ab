"""Common abbreviations of Kazakhstan's and Russia's state bodies, with their full names.

Shared by extraction (a lone «Минфин» joins «Министерство финансов» in the same article)
and by search (an organization named in full is also found as «КГД» or «Минфин»).
Plain data: importing it costs nothing.
"""

from __future__ import annotations

import re

# The opener of the short form a legal or official text defines in brackets after a name:
# «Министерство транспорта (далее – Министерство)», «… (далее по тексту — ДТТ)», «(в
# дальнейшем – Товарищество)», Kazakh «(бұдан әрі – Министрлік)». What follows it names the
# same thing as the name before the bracket (fix58), a quoted short form too («(далее – «КТЖ»)»).
DEFINITION_OPENER = re.compile(
    r"(?i)(?:далее(?:\s+по\s+тексту)?|в\s+дальнейшем|бұдан\s+әрі|бұдан\s+кейін)\s*[-–—:]?\s*[«\"“„]?\s*"
)

ABBREVIATIONS = {
    "минфин": "Министерство финансов",
    "минтранс": "Министерство транспорта",
    "минэкономики": "Министерство национальной экономики",
    "миносвещения": "Министерство просвещения",
    "минюст": "Министерство юстиции",
    "минздрав": "Министерство здравоохранения",
    "минобороны": "Министерство обороны",
    "мид": "Министерство иностранных дел",
    "мвд": "Министерство внутренних дел",
    "минэнерго": "Министерство энергетики",
    "минсельхоз": "Министерство сельского хозяйства",
    "минторговли": "Министерство торговли и интеграции",
    "минцифры": "Министерство цифрового развития",
    "кгд": "Комитет государственных доходов",
    "кнб": "Комитет национальной безопасности",
    "еаэс": "Евразийский экономический союз",
    "ктж": "Қазақстан темір жолы",
    "фтс": "Федеральная таможенная служба",
}
