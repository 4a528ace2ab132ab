"""Writes e2e112's held half (dump C): corpus/dev, gold/dev.json, queries/dev.tsv."""

import dump_c
from common import dump, finish

dump("e2e112_site_c.jsonl", dump_c.PAIRS)
finish(
    "e2e112 held half: one JSON-lines dump of eight records, written by e2e112 (held out)",
    "Maikapshagai\tМайкапшагай\tcheckpoint\tLatin\nКушеров\tНуралхан Кушеров\tperson\tsurname alone\n",
)
