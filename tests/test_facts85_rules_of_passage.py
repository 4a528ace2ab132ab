"""Stop 43, facts85: rules of passage at a post — who may cross, on what terms, what is forbidden,
how much may be carried — are facts of kind `rule`, in the sentence naming the post and in the two
after it; a rule already read as the post's `limited` status is not told twice; «можно купить»,
«курить запрещено», «пайдалануға рұқсат етілмейді» are no rules of passage. Sentences written for the test."""

from store.db.fact_reads import FACT_KINDS
from store.extract.checkpoints import find_checkpoints
from store.extract.fact_rules import passage_rules
from store.extract.facts import find_facts


def _facts(text: str) -> list[tuple[str, str, str]]:
    return [(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), "2026-11-20")]


def _rules(text: str) -> list[tuple[str, str]]:
    return [(c, t) for c, k, t in _facts(text) if k == "rule"]


def test_rule_is_a_kind_of_fact():
    assert "rule" in FACT_KINDS


# Russian, in the sentence naming the post
def test_only_some_may_cross():
    assert _rules("На КПП «Кордай» легковые машины пропускают только по предварительной записи.") == [
        ("kordai", "пропускают только по предварительной записи")
    ]


def test_post_open_for_cargo_only():
    assert _rules("Пункт пропуска «Тажен» теперь работает только для грузовых автомобилей.") == [
        ("tazhen", "работает только для грузовых автомобилей")
    ]


def test_what_is_forbidden():
    assert _rules("С понедельника через пункт пропуска «Бахты» вывоз зерна запрещён.") == [
        ("bakhty", "вывоз зерна запрещён")
    ]


def test_how_much_may_be_carried():
    rules = _rules("На посту «Алимбет» каждый водитель может провезти не более 20 литров масла.")
    assert rules == [("alimbet", "провезти не более 20 литров масла")]


def test_the_post_name_is_no_word_of_passage():
    """«пункт пропуска «А»» is the post's name: the rule starts at its own passage word."""
    assert _rules("На пункте пропуска «Жайсан» въезд тракторов запрещён.") == [("zhaisan", "въезд тракторов запрещён")]


# Kazakh
def test_kazakh_only_for():
    assert _rules("«Қалжат» бекеті тек дипломаттар мен туристер үшін ашық.") == [
        ("kalzhat", "тек дипломаттар мен туристер үшін ашық")
    ]


def test_kazakh_not_allowed_keeps_who():
    assert _rules("«Майқапшағай» бекетінде велосипедпен өтуге рұқсат етілмейді.") == [
        ("maikapshagai", "велосипедпен өтуге рұқсат етілмейді")
    ]


def test_kazakh_no_limit_for_trucks():
    assert ("tazhen", "Жүк көліктеріне шектеу жоқ") in _rules(
        "«Тәжен» бекеті жұмыс істеп тұр. Жүк көліктеріне шектеу жоқ."
    )


# Told in the sentences after the post's name
def test_rules_in_the_two_sentences_after_the_name():
    text = (
        "На посту «Бахты» открыли новый терминал. Пока идёт наладка, пересекать границу разрешено лишь "
        "организованным группам. Каждый турист вправе провезти до 15 килограммов вещей."
    )
    assert _rules(text) == [
        ("bakhty", "пересекать границу разрешено лишь организованным группам"),
        ("bakhty", "провезти до 15 килограммов вещей"),
    ]


# Not rules of passage
def test_no_passage_word_no_rule():
    text = "Пункт пропуска «Кордай» работает штатно. В столовой можно взять не более двух порций супа."
    assert _rules(text) == []
    assert _rules("Пост «Кайрак» открыт. Возле здания курить запрещено.") == []
    assert _rules("«Сырым» бекеті ашық. Кітапханада тамақ ішуге рұқсат етілмейді.") == []


def test_no_post_no_rule():
    assert _rules("В центре города въезд фур запрещён с восьми утра.") == []


def test_a_limited_status_is_not_told_twice():
    facts = _facts("Через КПП «Нур жолы» пропускают только грузовики.")
    assert [k for _c, k, _t in facts] == ["status"]


def test_passage_rules_alone():
    assert passage_rules("Ввоз мяса запрещён.") == ["Ввоз мяса запрещён"]
    assert passage_rules("Дети играют во дворе.") == []


def test_working_only_some_is_no_rule_of_passage():
    """Lanes or a team «работают только …» are no rule; «работает только для …» is."""
    assert _rules("На КПП «Бахты» шесть окон, но открыты только три.") == []
    assert _rules("Ночью на посту «Сырым» работает только одна смена.") == []
