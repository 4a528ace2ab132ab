"""ingest103's cuts (issue 15: ingest cost on bench/ingest_throughput.py's generated articles,
every export identical) give what the code before them gave. The code before is kept here
and compared on dev's texts, factRu's (when beside the checkout), generated articles
(bench/make_corpus.py) and random strings of the patterns' pieces.

- organizations._named_elsewhere asks the text's own printing of the parent's first two
  words before the page's scan by the knowledge base (three pure tests: any order).
- kb._starts_held: one set test against the heads with their two first letters added.
- kb._longest_at: a long list of openers is tried through a plan that passes over the forms
  whose first later head of three letters the text lacks (kb._planned, kb._held_openers).
- directive_targets.attach_checkpoints makes the article's posts once, and
  referred_checkpoints answers an article naming none before searching the sentence.
- linking._surnames_first groups link_people's surnames by their first letter.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from pathlib import Path

import pytest

from store.extract import directive_targets as dt
from store.extract import linking
from store.extract.ner import NerSpan
from store.extract.passes import organizations
from store.lang import kb
from tests.conftest import FACTRU_TEXTS, make_corpus_module

ROOT = Path(__file__).resolve().parent.parent
_DEV = sorted((ROOT / "eval" / "corpus" / "dev").glob("*.txt"))
_FACTRU = sorted(FACTRU_TEXTS.glob("*.txt"))


def _generated(n: int = 60, seed: int = 103) -> list[str]:
    mod = make_corpus_module()
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        mod.make_corpus(n, Path(tmp) / "c", seed=seed)
        return [p.read_text(encoding="utf-8") for p in sorted((Path(tmp) / "c").rglob("*.txt"))]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in _DEV + _FACTRU] + _generated()
    assert len(out) >= 80  # dev alone (a clean clone has no factRu) and the generated articles
    return out


# --- organizations._named_elsewhere -------------------------------------------------------


def _old_named_elsewhere(text: str, s, parent: str, page: str = "") -> bool:
    """organizations._named_elsewhere before ingest103."""
    rows = {m.form.row.id for m in kb.find(parent)}
    found = [m for m in kb.find(text) if m.form.row.id in rows] if rows else []
    if any(not s.start <= m.start < s.end for m in found):
        return True
    if rows and page and sum(1 for m in kb.find(page) if m.form.row.id in rows) > len(found):
        return True
    words = parent.split()
    if len(words) < 2:
        return False
    pattern = re.escape(words[0][:-1]) + r"\w*\s+" + re.escape(words[1][:-2]) + r"\w*"
    return any(not (s.start <= m.start() < s.end) for m in re.finditer(pattern, text))


def _compound_bodies(text: str):
    """(span, parent) pairs as _parent_body weighs them: a body's name running on into a body
    the knowledge base knows (the word before each of its organization matches, and the match)."""
    for m in kb.find(text):
        if m.form.row.type != "organization":
            continue
        before = re.search(r"[А-ЯЁA-Z][\w-]*\s+(?:[\w-]+\s+){0,2}$", text[max(0, m.start - 60) : m.start])
        start = m.start - len(before.group()) if before else m.start
        yield NerSpan("organization", start, m.end, text[start : m.end]), text[m.start : m.end]


def test_named_elsewhere_answers_as_before(texts):
    rng = random.Random(103)
    asked = page_told = 0
    for i, text in enumerate(texts):
        page = texts[(i + 1) % len(texts)][:1500] + "\n\n" + text  # a page holding the text and more
        for s, parent in _compound_bodies(text):
            for pg in ("", page, text, rng.choice(texts)):
                old = _old_named_elsewhere(text, s, parent, pg)
                assert organizations._named_elsewhere(text, s, parent, pg) == old, (parent, s)
                asked += 1
                page_told += old and not _old_named_elsewhere(text, s, parent, "")
    assert asked > 1000 and page_told > 0  # the page's scan decides some of them


def test_named_elsewhere_of_made_up_parents_as_before():
    text = (
        "Комитет государственных доходов Министерства финансов РК сообщил о работе постов. "
        "По данным министерства финансов, очередь сократилась. Минфин это подтвердил."
    )
    s = NerSpan("organization", 0, 57, text[:57])
    for parent in ("Министерства финансов РК", "Министерства", "Министерства транспорта", "МФ", ""):
        for page in ("", text, "Министерство финансов РК. " * 3 + text, "Минфин"):
            assert organizations._named_elsewhere(text, s, parent, page) == _old_named_elsewhere(text, s, parent, page)


# --- kb._starts_held and kb._longest_at ---------------------------------------------------


def _old_starts_held(needs: tuple[str, ...], heads: list) -> bool:
    if len(heads) == 1:
        heads.append(frozenset(h[:2] for h in heads[0]))
    have, starts = heads
    return all(h in starts if len(h) == 2 else h in have for h in needs)


def _old_longest_at(text: str, p: int, openers: tuple, heads: list):
    """kb._longest_at before ingest103 (with the old _starts_held)."""
    best = None
    for f, needs, pattern in openers:
        if pattern is None:
            if not heads:
                heads.append(kb._text_heads(text))
            have = heads[0]
            if have is not None and not have.issuperset(needs):
                if len(needs[-1]) == 3 or not _old_starts_held(needs, heads):
                    continue
            end = kb.form_end(text, p, f, kb._compiled(f))
        else:
            end = kb.form_end(text, p, f, pattern)
        if f.script != "kk" and text.startswith(f.text, p):
            end = max(end, kb._kazakh_end(text, p, f))
            if end < 0 and kb.is_abbreviation(f.text):
                end = kb._staff_word_end(text, p, f)
        if end >= 0 and (best is None or (end, len(f.text)) > (best.end, len(best.form.text))):
            best = kb.Match(f, p, end)
    return best


def _old_candidates(text: str) -> list:
    out, heads = [], []
    for tok in kb._TOKEN.finditer(text):
        p, word = tok.start(), tok.group(0)
        if p and (text[p - 1].isalnum() or text[p - 1] == "_" or text[p - 1] == "-" and not word[:1].isupper()):
            continue
        openers = kb._openers(word.lower())
        best = _old_longest_at(text, p, openers, heads) if openers else None
        if best is None and word.startswith("«"):
            quoted = kb._openers(word[1:].lower())
            best = _old_longest_at(text, p + 1, quoted, heads) if quoted else None
        if best is not None:
            out.append(kb._with_opening_quote(text, best))
    return out


def _same_candidates(text: str) -> int:
    text = kb.uzbek_apostrophes(kb._cyrillic_i(text))
    old = _old_candidates(text)
    assert kb._candidates(text) == old, text[:200]
    return len(old)


def test_starts_held_as_before_on_random_heads():
    rng = random.Random(1031)
    letters = "абвкрмфшуәі1_"
    for _ in range(20_000):
        have = frozenset(
            "".join(rng.choice(letters) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(0, 12))
        )
        needs = tuple(
            "".join(rng.choice(letters) for _ in range(rng.choice((1, 2, 2, 3, 3)))) for _ in range(rng.randint(1, 3))
        )
        assert kb._starts_held(needs, [have]) == _old_starts_held(needs, [have]), (needs, have)


def test_candidates_of_dev_factru_and_generated_texts_as_before(texts):
    kb._PLANS.clear()
    found = sum(_same_candidates(t) for t in texts)
    assert found > 1_000  # dev and the generated articles alone: ~1,300
    assert len(kb._PLANS) > 20  # long lists of openers went through a plan


def test_candidates_of_random_strings_of_the_forms_pieces_as_before():
    """Texts made of the forms of the keys with the longest lists of openers, their later
    words alone and random words: the plans' groups held, held in part, and not at all."""
    rng = random.Random(103)
    index = kb._matcher()[0]
    big = sorted(index, key=lambda k: -len(index[k]))[:12]
    forms = [f.text for k in big for f in index[k]]
    words = sorted({w for t in forms for w in t.split()})
    pieces = forms + words + ["кроме", "Министерства", "«", "-", "ның", "области", "РК", "КР", "x", "İ", "\n"]
    found = 0
    for _ in range(2_000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", " ", "-", "«", ", "]) for _ in range(rng.randint(2, 12)))
        found += _same_candidates(text)
    assert found > 2_000


def test_a_plan_is_its_own_lists_and_is_made_again_for_a_new_list():
    openers = kb._openers("министерства")
    assert len(openers) > kb._PLANNED_FROM
    plan = kb._planned(openers)
    assert plan[0] is openers and kb._PLANS[id(openers)] is plan
    have = kb._text_heads("Министерства транспорта и финансов Республики")
    held = kb._held_openers(openers, plan, have)
    assert [o for o in openers if o in held] == held  # in the openers' order
    assert len(held) < len(openers)
    copy = tuple(openers)  # equal, another object: another plan
    assert kb._planned(copy)[0] is copy


# --- directive_targets --------------------------------------------------------------------


def _old_referred(sentence: str, span, mentions, body: str = "") -> tuple[str, ...]:
    named = dt._article_checkpoints(mentions, body)
    ids = tuple(dict.fromkeys(m.ref for m in named if m.ref))
    singular, plural = dt._SINGULAR.search(sentence), dt._PLURAL.search(sentence)
    if not ids or not (singular or plural):
        return ()
    if len(ids) == 1:
        return ids
    if singular and not plural:
        before = [m.ref for m in named if m.end <= span[0]]
        return (before[-1],) if before else (ids[0],)
    return ids if len(ids) <= dt.FEW else ()


def _old_attach(directives, mentions, body: str):
    out = []
    for d in directives:
        span = dt.sentence_span(body, d.sentence)
        named = dt.checkpoints_in(span, mentions, body) if span else ()
        if span and not named:
            named = _old_referred(d.sentence, span, mentions, body)
        out.append(replace(d, checkpoint=named[0] if named else None, checkpoints=named))
    return out


def test_attach_checkpoints_as_before(texts):
    from store.extract.spans import paragraph_sentences
    from store.model import Directive, Mention

    rng = random.Random(1032)
    refs = ["dostyk", "khorgos", "bakhty", "tazhen", None]
    told = 0
    for body in texts:
        sents = [body[a:b].strip() for a, b in paragraph_sentences(body)]
        for _ in range(3):
            mentions = []
            for _ in range(rng.randint(0, 6)):
                a = rng.randrange(max(1, len(body) - 20))
                b = a + rng.randint(1, 20)
                mentions.append(
                    Mention(
                        rng.choice(["checkpoint", "checkpoint", "place"]),
                        body[a:b],
                        body[a:b],
                        a,
                        b,
                        field=rng.choice(["body", "body", "title"]),
                        ref=rng.choice(refs),
                    )
                )
            chosen = rng.sample(sents, min(len(sents), 6)) + ["Не из текста: пункт пропуска закрыт."]
            directives = [Directive("Аким", None, "сделать", None, s) for s in chosen]
            old = _old_attach(directives, mentions, body)
            assert dt.attach_checkpoints(directives, mentions, body) == old
            told += sum(bool(d.checkpoints) for d in old)
    assert told > 100


# --- linking._surnames_first --------------------------------------------------------------


def _old_surnames_first(surnames: list[str]) -> str:
    return "|".join(f"{w}(?<![\\w-]{w})" for w in map(re.escape, surnames))


_TAIL = r"([а-яёәғқңөұүһі]{0,3})(?![\w-])"


def _finds(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_people_pattern_finds_as_before_in_dev_factru_and_generated_texts(texts):
    pattern, table = linking._people_surnames()
    assert pattern is not None
    old = re.compile(rf"({_old_surnames_first(sorted(table, key=len, reverse=True))}){_TAIL}")
    found = 0
    for t in texts:
        theirs = _finds(old, t)
        assert _finds(pattern, t) == theirs
        found += len(theirs)
    assert found > 100


def test_people_pattern_finds_as_before_in_random_strings():
    """Real surnames and made-up ones sharing their starts («Аб», «Аба», «Абаб»): the one tried first wins."""
    rng = random.Random(1033)
    table = linking._people_surnames()[1]
    real = sorted(table, key=len, reverse=True)
    for _ in range(3_000):
        surnames = sorted(
            set(rng.sample(real, 3))
            | {rng.choice("АБ") + "".join(rng.choice("аб.") for _ in range(rng.randint(1, 4))) for _ in range(6)},
            key=len,
            reverse=True,
        )
        new = re.compile(rf"({linking._surnames_first(surnames)}){_TAIL}")
        old = re.compile(rf"({_old_surnames_first(surnames)}){_TAIL}")
        pieces = [*surnames, *(s[:-1] for s in surnames), "а", "ның", "ом", "-", " ", "x", "Б.", "\n"]
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        assert _finds(new, text) == _finds(old, text), (text, surnames)
