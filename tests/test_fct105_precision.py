"""fct105: a figure beside a post that is said of something else (trade, a region's budget, a school) is no fact
of the post; a Kazakh length told before its queue is a queue; a comma opening a clause with a post of its own
gives each post its own facts. Sentences written for the test (not the fresh set's)."""

from store.extract import fact_amounts
from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def _facts(text: str, date: str = "2026-05-10") -> list[tuple[str, str, str]]:
    return [(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), date)]


def test_trade_and_budget_figures_are_not_the_posts():
    assert fact_amounts.funding("товарооборот двух стран за год вырос до 31 млрд долларов") == []
    assert fact_amounts.funding("ал облыстың 2027 жылға арналған бюджеті 250 млрд теңгені құрайды") == []
    assert fact_amounts.funding("бюджет Жамбылской области составит 500 млрд тенге") == []
    assert fact_amounts.funding("на ремонт больницы выделено 3 млрд тенге") == []
    # money for the post itself stays, from a budget too
    kept = fact_amounts.funding("из бюджета области выделено 4 млрд тенге на ремонт пункта")
    assert len(kept) == 1 and kept[0].endswith("выделено 4 млрд тенге")
    found = _facts("Пункт пропуска «Аят» открыт; товарооборот с Россией достиг 27 млрд долларов.")
    assert [k for _r, k, _t in found] == ["status"]


def test_a_kazakh_length_before_its_queue_is_a_queue():
    found = _facts("Аят бекетінде 4 шақырымға созылған кезек тұр.")
    assert ("ayat", "queue", "4 шақырымға созылған кезек тұр") in found


def test_a_post_of_its_own_after_a_comma_takes_its_own_facts():
    found = _facts("Аят бекеті жабық, Сырым бекетінде 6 шақырым кезек тұр.")
    assert {(r, k) for r, k, _t in found} == {("ayat", "status"), ("syrym", "queue")}
    # a list of posts with one state is one state for all, the state before or after them
    for text in ("Временно закрыты пункт «Аят», пункт «Сырым».", "Пункт «Аят», пункт «Сырым» закрыты."):
        assert {(r, k) for r, k, _t in _facts(text)} == {("ayat", "status"), ("syrym", "status")}
