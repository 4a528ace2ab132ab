"""ingest123's cut (issue 15, stop 53) answers as the code it replaces.

gapped._kazakh_parts reads an order's commas one by one only where a verbal noun in the
accusative («күшейтуді») stands right before a comma and a space (`_KZ_GAP_NEEDLE`), and asks for
the addressee after a comma only when that noun ends the words before it. The old function (kept
here) gives the same parts over generated texts and their sentences, and over random strings of
Kazakh gapped orders' pieces; a gate without the spaces before the comma fails it.

fact_amounts._of_something_else splits a figure's window only where it holds one of _ELSE_NEEDLES,
and checkpoint_rail_lines.line_end scans only a text holding a line's noun (_NOUN_NEEDLES): both
answer as without the gate over the same texts and random strings of their patterns' pieces, and
every letter `re` equates with a needle's lowers to it (or is one of the old forms a text is then
read whole for).
"""

from __future__ import annotations

import re

import pytest

from store.extract import checkpoint_rail_lines as rail
from store.extract import fact_amounts, needles
from store.extract.directives import gapped
from tests.exactness import assert_equated_letters_fold, cased_texts, random_strings


@pytest.fixture(scope="module")
def whats() -> list[str]:
    sentences = [s for t in cased_texts(123, 20) for s in re.split(r"(?<=[.!?])\s+|\n+", t)]
    pieces = ["ІІМ-ге ", "бақылауды күшейтуді", ", ал ", ", ", " ,", " , ", ",\t", ",\u00a0", "Қаржы министрлігіне "]
    pieces += ["тексеруді қысқартуды", "тапсырды", "ҰҚК-ге ", "Көлік министрлігіне ", "әкімдіктерге ", "жөндеуді"]
    pieces += ["КҮШЕЙТУДІ", "Уды", "ды", "ді", " ", "ал ", "МКК-ден ", "салуды", "2025 жылға дейін ", "Үкіметке "]
    pieces += ["ІІМ-ге бақылауды күшейтуді, ал Қаржы министрлігіне тексеруді қысқартуды тапсырды"]
    return [*sentences, *random_strings(123, pieces, 1500, most=7)]


def _old_kazakh_parts(what: str) -> list | None:
    """gapped._kazakh_parts before ingest123: every comma read, the addressee after it asked first."""
    pieces, cuts = [], 0
    for m in gapped._KZ_GAP.finditer(what):
        before = what[cuts : m.start()].split()
        found = gapped._kz_opening_addressee(what[m.end() :])
        if before and gapped._KZ_ACCUSATIVE_NOUN.search(before[-1]) and found:
            pieces.append((cuts, m.start(), m.end(), found))
            cuts = m.end()
    if not pieces:
        return None
    head = what[: pieces[0][1]]
    out: list = [(head[: len(head) - 2], None)]
    for k, (_, _, start, (to, skip)) in enumerate(pieces):
        end = pieces[k + 1][1] if k + 1 < len(pieces) else len(what)
        body = what[start + skip : end].strip(" ,")
        if k + 1 < len(pieces):
            body = body[: len(body) - 2]
        when = gapped.KZ_WHEN.search(body)
        if when:
            body = " ".join(body.replace(when.group(), " ").split())
        out.append((to, body, " ".join(when.group().split()).lower() if when else None))
    return out


def test_kazakh_parts_as_over_every_comma(whats):
    found = 0
    for what in whats:
        new = gapped._kazakh_parts(what)
        assert new == _old_kazakh_parts(what), what
        found += new is not None
    assert found > 100


def test_a_narrower_gate_misses_parts(whats, monkeypatch):
    monkeypatch.setattr(gapped, "_KZ_GAP_NEEDLE", re.compile(r"[уюУЮ](?:ды|ді),\s"))
    assert any(gapped._kazakh_parts(w) != _old_kazakh_parts(w) for w in whats)


def _ungated(monkeypatch, module, fn, *args):
    """`fn(*args)` with `module`'s needle check (may_hold) passing every text: the path before the cut."""
    with monkeypatch.context() as m:
        m.setattr(module, "may_hold", lambda text, words: True)
        return fn(*args)


def _every_window(monkeypatch, clause: str, m: re.Match) -> bool:
    """_of_something_else with its gate passing every window: the path before the cut."""
    with monkeypatch.context() as patch:
        patch.setattr(fact_amounts, "_may_be_else", lambda window: True)
        return fact_amounts._of_something_else(clause, m)


def test_something_else_as_without_the_gate(whats, monkeypatch):
    pieces = ["товарооборот ", "ТОРГОВЛИ ", "тауар айналымы ", "бюджет области ", "облыстың 2027 жылға арналған "]
    pieces += [
        "бюджеті ",
        "школ ",
        "Больниц ",
        "детских садов ",
        "мектеп ",
        "аурухана ",
        "на ремонт ",
        ", ",
        "а ",
        "ал ",
    ]
    pieces += ["выделено ", "40 млрд тенге", "составит ", "пункт «Нур Жолы» ", "\u1c81", "бюджеТ ", "Ｂ", " "]
    clauses = [*whats, *random_strings(1231, pieces, 1500, most=9)]
    said = 0
    for clause in clauses:
        for m in re.finditer(r"\d+\s+млрд\s+\w+|\S+$", clause):
            new = fact_amounts._of_something_else(clause, m)
            assert new == _every_window(monkeypatch, clause, m)
            said += new
    assert said > 200


def test_line_ends_as_without_the_gate(whats, monkeypatch):
    pieces = ["на участке ", "Участок ", "ЛИНИИ ", "ветку ", "пути ", "перегон ", "магистрали ", "Достык", "Актогай"]
    pieces += [
        " — ",
        "–",
        "-",
        "«",
        "»",
        '"',
        " желісі",
        " учаскесі",
        " темір жол ",
        "Алтынкөл",
        "Жетіген",
        " ",
        "\u1c83",
    ]
    texts = [*whats[::3], *random_strings(1232, pieces, 2000, most=8)]
    ends = 0
    for text in texts:
        for m in list(re.finditer(r"(?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ])\w+", text))[:4]:
            new = rail.line_end(text, m.start(), m.end())
            assert new == _ungated(monkeypatch, rail, rail.line_end, text, m.start(), m.end())
            ends += new
    assert ends > 30
    # one noun each: a needle left out of the gate fails here
    for line in (
        "на участке Достык — Актогай",
        "вторые пути Достык – Мойынты",
        "по линии Алтынколь — Жетыген",
        "ветка «Достык-Актогай»",
        "перегон Достык — Актогай",
        "магистраль Достык — Актогай",
        "Алтынкөл – Жетіген желісі",
        "Достык — Актогай учаскесі",
    ):
        at = line.index("Д") if "Д" in line else line.index("А")
        assert rail.line_end(line, at, line.index(" ", at) if " " in line[at:] else at + 6), line


def test_needles_hold_every_letter_re_equates():
    assert_equated_letters_fold(
        [
            (fact_amounts._ELSE_NEEDLES, fact_amounts._SOMETHING_ELSE),
            (rail._NOUN_NEEDLES[:6], rail._LINES[0]),
            (rail._NOUN_NEEDLES[6:], rail._LINES[1]),
        ],
        needles._CASE_EXTRAS,
    )
    assert needles._CASE_EXTRAS.pattern == fact_amounts._ODD_CASE.pattern
