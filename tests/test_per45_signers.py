"""A decree's signature line: kept by the reader as text, read by the person pass as the
signer (store/lang/signers.py, store/reading/furniture.py, pass signer_lines). Made-up text."""

from __future__ import annotations

from types import SimpleNamespace

from store.extract.ner import NerSpan
from store.extract.passes.signer_lines import signer_lines
from store.lang.signers import signer_line, signers
from store.reading import furniture as fu

DECREE = "2. Бұл қаулы қол қойылған күнінен бастап күшіне енеді.\n\nҚазақстан Республикасының\n\nПремьер-Министрі Б Жақсыбеков\n"


def test_a_signature_line_is_no_row_of_labels():
    assert signer_line("Премьер-Министрі Б Жақсыбеков")
    assert not fu.is_nav_row("Премьер-Министрі Б Жақсыбеков")
    assert fu.is_nav_row("Жаңалықтар Саясат Экономика Спорт")  # a real row of labels still is one


def test_signers_in_any_language_and_case():
    text = "Президенті Т.ОРАЛБАЕВ\nМинистр финансов Республики Казахстан А. Е. Серикбаев\n"
    assert [name for _, _, name in signers(text)] == ["Т. Оралбаев", "А. Е. Серикбаев"]


def test_a_line_with_more_than_a_post_and_a_name_is_none():
    assert not signer_line("Министр Н Экономика Спорт")
    assert not signer_line("Жаңалықтар Саясат Экономика")
    assert signers("Министр сообщил, что А. Серикбаев прибыл.") == []


def test_the_pass_adds_the_signer_once():
    ctx = SimpleNamespace(names={})
    out = signer_lines(DECREE, [], ctx)
    assert [(s.type, s.text) for s in out] == [("person", "Б Жақсыбеков")]
    assert list(ctx.names.values()) == ["Б. Жақсыбеков"]
    i = DECREE.index("Б Жақсыбеков")
    model = NerSpan("person", i, i + len("Б Жақсыбеков"), "Б Жақсыбеков")
    ctx = SimpleNamespace(names={})
    assert signer_lines(DECREE, [model], ctx) == [model]
    assert ctx.names == {(model.start, model.end): "Б. Жақсыбеков"}
