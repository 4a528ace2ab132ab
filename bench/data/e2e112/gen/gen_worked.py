"""Writes e2e112's worked half (dumps A and B): corpus/dev, gold/dev.json, queries/dev.tsv."""

import dump_a
import dump_b
from common import dump, finish

dump("e2e112_feed_a.jsonl", dump_a.PAIRS)
dump("e2e112_wire_b.jsonl", dump_b.PAIRS)
finish(
    "e2e112 worked half: two JSON-lines dumps of eight records, written by e2e112",
    "Dostyk\tДостык\tcheckpoint\tLatin\n"
    "Ногаев\tНурлан Ногаев\tperson\tsurname alone\n"
    "Кольжат\tКөлжат\tcheckpoint\tRussian spelling of a Kazakh article's name\n",
)
