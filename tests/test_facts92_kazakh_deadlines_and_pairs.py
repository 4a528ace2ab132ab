"""Stop 45, facts92: Kazakh deadlines told with a bare year and the works' end, a crossing named as one
post with its foreign post first, and «этот пункт» after such a pair. Sentences written for the test.

- «… бекетінің құрылысы 2027 жылы аяқталады», «2027 жылы іске қосылады», «2027 жылы пайдалануға
  беріледі» are deadlines (past «аяқталды», «аяқталған» are not);
- a dash pair after one post word in the singular («пункт «Ак-Тилек» – «Кара-Суу»») or before one
  (««Қордай» – «Ақжол» өткізу пункті») is one crossing: our post gets «напротив» too, in either order;
  a digest's plural list («пунктах пропуска «Карасу» – «Ак-Тилек» и «Кордай» – «Ак-Жол»») does not;
- «Этот пункт …» («Бұл бекет …») right after such a pair is told of both its posts.
"""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints
from store.extract.fact_context import this_crossing
from store.extract.facts import find_facts


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), "2026-11-20")}


def _kinds(text: str, kind: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for ref, k, said in _facts(text):
        if k == kind:
            out.setdefault(ref, set()).add(said)
    return out


# Kazakh deadlines
def test_a_body_led_statement_with_the_works_end_is_a_deadline():
    text = "Көлік министрлігі: «Бахты» бекетінің құрылысы 2027 жылы аяқталады"
    assert _kinds(text, "deadline") == {"bakhty": {"2027 жылы аяқталады"}}


def test_the_start_verbs_after_a_bare_year_are_deadlines():
    assert _kinds("«Бақты» өткізу пункті 2027 жылы іске қосылады.", "deadline") == {
        "bakhty": {"2027 жылы іске қосылады"}
    }
    assert _kinds("«Қалжат» бекеті 2028 жылы пайдалануға беріледі.", "deadline") == {
        "kalzhat": {"2028 жылы пайдалануға беріледі"}
    }


def test_the_verb_later_in_the_clause_is_joined_with_an_ellipsis():
    text = "2027 жылы «Нұр жолы» бекетіндегі жұмыстар толық аяқталады."
    assert _kinds(text, "deadline") == {"nur-zholy": {"2027 жылы … аяқталады"}}


def test_the_works_ended_in_the_past_give_no_deadline():
    assert _kinds("«Бақты» бекетінің құрылысы 2019 жылы аяқталды.", "deadline") == {}
    assert _kinds("«Майқапшағай» бекетіндегі жұмыстар 2021 жылы аяқталған.", "deadline") == {}


# a crossing named as one post
def test_a_pair_after_one_post_word_gives_our_post_its_facing_in_either_order():
    facing = _kinds("Правда, пункт «Ак-Тилек» – «Кара-Суу» пропускает только машины с грузом.", "facing")
    assert facing == {"kg-ak-tilek": {"напротив «Карасу»"}, "karasu-kg": {"напротив «Ак-Тилек»"}}
    facing = _kinds("Пограничники закрыли пункт «Кордай» – «Ак-Жол» на сутки.", "facing")
    assert facing["kordai"] == {"напротив «Ак-Жол»"}


def test_a_kazakh_pair_before_one_post_word_is_one_crossing():
    facing = _kinds("«Қордай» – «Ақжол» өткізу пункті жөндеуге жабылады.", "facing")
    assert facing["kordai"] == {"напротив «Ак-Жол»"}


def test_a_digests_list_of_pairs_leaves_our_posts_without_facing():
    facing = _kinds("Очереди отмечены на пунктах пропуска «Карасу» – «Ак-Тилек» и «Кордай» – «Ак-Жол».", "facing")
    assert set(facing) == {"kg-ak-tilek", "kg-ak-zhol"}
    facing = _kinds("Очереди из фур отмечены на КПП «Орск» – «Алимбет», «Жайсан» – «Сагарчин».", "facing")
    assert set(facing) == {"ru-orsk", "ru-sagarchin"}
    facing = _kinds("Шекарадағы «Қордай» – «Ақжол», «Қарасу» – «Ақтілек» бекеттерінде кезек бар.", "facing")
    assert "kordai" not in facing and "karasu-kg" not in facing


# «этот пункт» after a pair
def test_this_post_after_a_pair_is_both_posts():
    text = (
        "Правда, пункт «Ак-Тилек» – «Кара-Суу» пропускает только машины с грузом. "
        "Этот пункт построен в 1975 году, ему тоже нужно уделить внимание."
    )
    assert _kinds(text, "event") == {
        "kg-ak-tilek": {"построен в 1975 году"},
        "karasu-kg": {"построен в 1975 году"},
    }


def test_a_kazakh_this_post_after_a_pair():
    text = "«Қордай» – «Ақжол» өткізу пункті жөндеуге жабылады. Бұл бекет 1998 жылы салынған."
    events = _kinds(text, "event")
    assert set(events) == {"kordai", "kg-ak-zhol"}


def test_this_post_after_two_posts_that_are_no_pair_is_no_one():
    text = "Пункты «Карасу» и «Кордай» работают в обычном режиме. Этот пункт построен в 1990 году."
    assert _kinds(text, "event") == {}


def test_this_crossing_reads_only_the_sentence_right_before():
    def faces(ref: str) -> list[str]:
        return {"kg-ak-tilek": ["karasu-kg"]}.get(ref, [])

    pair = (3, ["kg-ak-tilek", "karasu-kg"])
    assert this_crossing(pair, 4, "Этот пункт построен в 1975 году.", faces) == ["kg-ak-tilek", "karasu-kg"]
    assert this_crossing(pair, 5, "Этот пункт построен в 1975 году.", faces) is None
    assert this_crossing(pair, 4, "Пункт построен в 1975 году.", faces) is None
    assert this_crossing((3, ["karasu-kg", "kordai"]), 4, "Этот пункт построен в 1975 году.", faces) is None
