"""The needle gates are exact on any whitespace, case and ё (gate76). A gate skips a pattern's scan
when the text lacks every needle its matches hold; a needle of two words («не работа», «без
перебоев») or with a space at its edge (« стоят», «тек ») missed a match whose words stand apart by
two spaces, a no-break space, a tab or a line break, or that opens the text — the patterns part
words on `\\s+`, and `_statuses` is also asked of raw slices. needles.folded gives the gates a copy
with each whitespace run one space and a space at either end.

For every gated pattern below: each match found in dev, factRu (when present), the seeds and fresh
shapes written here is rewritten with its blanks changed, in upper case, with ё/е swapped and behind
punctuation; every rewrite the pattern still matches must pass its gate."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from store.extract import fact_rules, facts, number_words
from store.extract.needles import folded, may_hold
from store.extract.passes import companies_after_nouns
from store.lang.statuses import HOURS_PATTERN
from store.reading import furniture
from tests.conftest import FACTRU_TEXTS

_REPO = Path(__file__).resolve().parent.parent

# Fresh shapes (written for this test, not taken from any corpus): the gated phrases with odd blanks.
_FRESH = [
    "Пункт пропуска «Нур Жолы» не\u00a0работает с утра из-за сбоя.",
    "Через пост не  пройти: граница закрыта.",
    "Граница не\tоткрыта для грузовиков.",
    "Пост работает без\nперебоев и без  выходных.",
    "Стоят 150 машин у поста «Майкапчагай».",
    "«Стоят сутками», — говорят водители.",
    "На границе (стоит 40 фур) образовалась пробка.",
    "Кезекте 70 фура\u00a0тұр.",
    "Пост открывается\u00a0с 9:00 до 18:00, закрывается в\t20:00.",
    "Өткізу бекеті тек\u00a0жаяу жүргіншілер үшін ашық.",
    "Провоз грузов не\u00a0допускается через пост «Кольжат».",
    "Грузовики простаивают по трое\u00a0суток.",
    "Жүргізушілер үш\u00a0тәулік күтеді, бір\tай бойы.",
    "Посту добавят он\u00a0екі жолақ.",
    "Пост будет\u00a0реконструирован в 2027 году.",
    "Ведутся работы\u00a0на посту «Бахты».",
    "Терминал у поста построила КОМПАНИЯ ",  # how _a_company asks: the text before a name
    "Материал подготовлен в рамках реализации государственной информационной\u00a0политики.",
]
_BLANKS = ("  ", "\u00a0", "\t", "\n", " \u2009", "\r\n")


def _texts() -> list[str]:
    found = list(_FRESH)
    for folder in (_REPO / "eval" / "corpus" / "dev", FACTRU_TEXTS, _REPO / "sample_data"):
        if folder.is_dir():
            found += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*.txt"))]
    return found


def _variants(s: str) -> Iterator[str]:
    """The match's text rewritten in the ways a raw text may differ from it."""
    for blank in _BLANKS:
        yield s.replace(" ", blank)
        yield blank.join(s.split())
    yield s.upper()
    yield s.capitalize()
    yield s.replace("е", "ё")
    yield s.replace("ё", "е")
    for before in ("«", "(", "—", '"', "\n", ""):
        yield before + s.strip()
        yield before + s.strip().capitalize()


def _status_gate(label: str) -> Callable[[str], bool]:
    also = facts._STATUS_ALSO.get(label)
    return lambda t: may_hold(t, facts._STATUS_NEEDLES[label]) and (also is None or may_hold(t, also))


def _gates() -> list[tuple[str, re.Pattern, Callable[[str], bool]]]:
    """(name, pattern, gate) as store/ asks them."""
    out = [(f"status {label}", rx, _status_gate(label)) for label, rx in facts._STATUS_SCANS]
    out.append(("working", facts._WORKING_SCAN, lambda t: may_hold(t, facts._WORKING_NEEDLES)))
    out.append(("hours", HOURS_PATTERN, lambda t: may_hold(t, facts._HOURS_NEEDLES)))
    queues = (facts.NO_QUEUE, facts._QUEUE_KM, facts._QUEUE_SIZE, facts._QUEUE_FORMED, facts._QUEUE_CUE)
    out += [(f"queue {rx.pattern[:30]}", rx, lambda t: may_hold(t, facts._QUEUE_NEEDLES)) for rx in queues]
    out.append(("wait words", facts._WAIT_WORDS, lambda t: may_hold(t, facts._QUEUE_NEEDLES)))
    for name, written in (("duration", number_words.DURATION), ("kk duration", number_words.KK_DURATION)):
        out.append((name, re.compile(written, re.I), lambda t: may_hold(t, number_words.DURATION_NEEDLES)))
    out.append(("rules ru", fact_rules._RU_RULES, lambda t: any(w in folded(t) for w in fact_rules.RULE_NEEDLES)))
    out.append(("rules kk", fact_rules._KK_RULES, lambda t: any(w in folded(t) for w in fact_rules.RULE_NEEDLES_KK)))
    nouns = companies_after_nouns._NOUN_BEFORE
    out.append(("company nouns", nouns, companies_after_nouns.may_name_a_company))
    paid = (furniture._REGISTRATION, furniture._PAID_NOTE)
    out += [
        (f"imprint {i}", rx, lambda t: any(w in t.lower() for w in furniture._IMPRINT_OR_PAID_WORDS))
        for i, rx in enumerate(paid)
    ]
    return out


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = _texts()
    assert len(found) > 80  # dev (84) alone in a clean clone
    return found


@pytest.mark.parametrize("name, rx, gate", _gates(), ids=[g[0] for g in _gates()])
def test_gate_lets_every_rewritten_match_through(texts, name, rx, gate):
    matched = leaked = 0
    missed = []
    for text in texts:
        for m in rx.finditer(text):
            matched += 1
            for v in _variants(m.group()):
                if rx.search(v) and not gate(v):
                    leaked += 1
                    missed.append(v)
    assert not missed, f"{name}: {leaked} rewrites match but fail the gate, e.g. {missed[:3]!r}"


def test_the_fresh_shapes_hold_the_gated_matches():
    """The fresh shapes reach the patterns: each of the odd blanks above is matched by some gate."""
    hits = sum(1 for t in _FRESH for _, rx, _ in _gates() if rx.search(t))
    assert hits >= len(_FRESH) - 2


def test_folded_parts_on_every_blank_re_reads_as_whitespace():
    """folded's one space stands for exactly what `\\s` matches: str.split's set."""
    for cp in range(0x3000 + 1):
        c = chr(cp)
        assert (re.fullmatch(r"\s", c) is not None) == c.isspace() == (folded(f"a{c}b") == " a b ")


@pytest.mark.parametrize(
    "sentence, reads",
    [
        ("Через пункт пропуска не\u00a0проехать.", "statuses"),
        ("Через пост не  пройти уже неделю.", "statuses"),
        ("Пункт пропуска не\tфункционирует.", "statuses"),
        ("«Стоят 150 фур», — сообщили водители.", "queues"),
        ("Өткізу бекеті тек\u00a0жаяу жүргіншілер үшін ашық.", "rules"),
    ],
)
def test_odd_blanks_no_longer_hide_a_fact(sentence, reads):
    """Fresh shapes whose only needle was a two-word or edge-space one: each read before gate76's fix
    as nothing (the gate skipped the scan), now as the pattern finds it."""
    found = {
        "statuses": lambda: facts._read_statuses(sentence, None),
        "queues": lambda: facts._read_queues(sentence),
        "rules": lambda: fact_rules.passage_rules(sentence),
    }[reads]()
    assert found
