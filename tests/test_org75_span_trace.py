"""org75: the span trace that says where a body's name is lost, and the two drops it showed
throwing away right names (a quoted owner after «акций», letters spelled out by a council).
Sentences written for these tests."""

import pytest

from store.extract.extractor import Extractor
from store.extract.span_trace import fate, trace_spans
from store.model import Article


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _bodies(extractor, text: str) -> set[str]:
    ms = extractor.extract(Article(file="t.txt", path="t.txt", title="", body=text, raw=text)).mentions
    return {m.name for m in ms if m.type == "organization"}


def _fate(extractor, text: str, words: str) -> str:
    with trace_spans(extractor) as tracer:
        extractor.extract(Article(file="t.txt", path="t.txt", title="", body=text, raw=text))
    body = next(t for t in tracer.articles["t.txt"].texts if t.text == text)
    start = text.index(words)
    return fate(body, start, start + len(words))


def test_a_kept_body_says_which_step_proposed_it(extractor):
    text = "Председатель Совета по делам молодежи Иван Петров приехал на пост."
    assert _fate(extractor, text, "Совета по делам молодежи").startswith("kept ")


def test_a_title_of_a_play_says_which_pass_dropped_it(extractor):
    text = "Зрители увидели спектакль молодёжной труппы «Белый парус» в субботу."
    assert _fate(extractor, text, "Белый парус") == "dropped by titles_of_works"


def test_a_lowercase_body_nobody_proposes_says_so(extractor):
    text = "Заседание провела районная комиссия по чрезвычайным ситуациям."
    assert _fate(extractor, text, "районная комиссия по чрезвычайным ситуациям") == "no span"


def test_the_extractor_is_itself_again_after_the_trace(extractor):
    passes, ner = extractor.passes, extractor.ner
    with trace_spans(extractor):
        assert extractor.passes is not passes
    assert extractor.passes is passes and extractor.ner is ner
    assert "extract" not in vars(extractor)  # the class's method, no wrapper left behind


@pytest.mark.parametrize(
    "text, body",
    [
        ("Банк выкупил 15% акций «Жетысутранса» у прежнего владельца.", "Жетысутранс"),
        ("Инвесторы скупают акции «Каспийтранса» третий день подряд.", "Каспийтранс"),
        ("Фонд продал пакет акций энергетической компании «Северный луч» частному инвестору.", "Северный луч"),
    ],
)
def test_a_quoted_owner_of_shares_is_a_body(extractor, text, body):
    assert body in _bodies(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Школьники провели у поста акцию «Зеленый пояс» и высадили деревья.",
        "Участники акции «Чистый берег» собрали мусор у поста.",
        "Об очередях рассказали в программе «Дорожный патруль» вечером.",
    ],
)
def test_a_campaign_or_a_programme_in_the_nominative_stays_no_body(extractor, text):
    assert _bodies(extractor, text) == set()


def test_letters_a_council_spells_out_are_the_council(extractor):
    text = (
        "Председатель Совета по делам молодежи (СДМ) Иван Петров приехал на пост. "
        "Как считает глава СДМ, очередь сократится."
    )
    ms = extractor.extract(Article(file="t.txt", path="t.txt", title="", body=text, raw=text)).mentions
    letters = [m for m in ms if m.surface == "СДМ"]
    assert letters and all(m.type == "organization" and m.name == "Совет по делам молодежи" for m in letters)


def _body_fates():
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "bench" / "body_fates.py"
    spec = importlib.util.spec_from_file_location("body_fates", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["body_fates"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_body_fates_finds_a_name_in_its_case_form():
    fates = _body_fates()
    text = "Вопрос обсудили с Союзом автомобильных перевозчиков области."
    (start, end), *_ = fates.locate("Союз автомобильных перевозчиков", text)
    assert text[start:end] == "Союзом автомобильных перевозчиков"
    assert fates.locate("Ассоциация экспедиторов", text) == []


def test_body_fates_refuses_the_test_split(capsys):
    with pytest.raises(SystemExit):
        _body_fates().main(["--splits", "test"])
    assert "never read" in capsys.readouterr().err
