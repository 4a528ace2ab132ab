"""facts72: a clause opening with a country's side («с китайской стороны», «Қытай жағында») speaks of
the post on that side, not of the post the sentence names; a closure's last day is the closure's, shown
in brackets after its status, not a works deadline; a quoted post's name opening a sentence with a
change of its regime, or after «на» with a flow of people, is the post; a Kazakh «"A" мен "B"» pair
of quoted names is a list. Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), "2026-02-20")}


def _owners(text: str, kind: str) -> set[str]:
    return {ref for ref, k, _ in _facts(text) if k == kind}


# --- the side a clause opens with ---


def test_chinese_side_clause_gives_its_closure_to_the_facing_chinese_post():
    text = "У пункта «Майкапшагай» собралось 35 фур, с китайской стороны переход не работает из-за снегопада."
    assert _owners(text, "status") == {"cn-jeminay"}


def test_russian_side_clause_after_a_turn_word():
    text = "Пункт «Кайрак» принимает машины без задержек, а с российской стороны оформление приостановлено."
    assert _owners(text, "status") == {"ru-bugristoe"}


def test_kazakhstan_side_clause_returns_to_our_post():
    text = "На кыргызском посту «Ак-Тилек» стоят 90 машин, с казахстанской стороны пункт «Карасу» работает в обычном режиме."
    assert _owners(text, "status") == {"karasu-kg"}


def test_kazakh_side_words_open_a_clause():
    text = "«Бақты» бекетінде 12 жүк көлігі тұр, Қытай жағынан бекет жабылды."
    assert _owners(text, "status") == {"cn-baketu"}


def test_side_words_inside_a_clause_keep_its_subject():
    text = "Пункт «Бахты» закрыт для грузов с китайской стороны."
    assert _owners(text, "status") == {"bakhty"}


# --- a closure's last day ---


def test_closed_for_repairs_until_a_day_is_no_deadline():
    text = "КПП «Жезкент» будет закрыт на ремонт до 25 марта."
    facts = _facts(text)
    assert not [f for f in facts if f[1] == "deadline"]
    assert ("zhezkent", "status", "будет закрыт на ремонт (до 25 марта)") in facts


def test_kazakh_closure_until_a_day():
    text = "«Үбі» бекеті 12 сәуірге дейін жабық."
    assert {t for r, k, t in _facts(text) if k == "status"} == {"жабық (12 сәуірге дейін)"}


def test_works_finished_by_a_day_stay_a_deadline():
    text = "Пункт «Убаган» закрыт, реконструкцию завершат до 1 сентября."
    assert _owners(text, "deadline") == {"ubagan"}


# --- posts named with no kind word ---


def test_quoted_name_opening_a_sentence_with_a_regime_change():
    text = "«Жибек жолы» переходит на круглосуточный режим с понедельника."
    assert [c.ref for c in find_checkpoints(text)] == ["zhibek-zholy"]


def test_quoted_name_opening_a_sentence_without_a_post_verb_is_not_a_post():
    assert find_checkpoints("«Карасу» выиграл кубок области по футболу.") == []


def test_lead_line_with_a_passenger_flow():
    text = "ДГД: на «Карасу» пассажиропоток за выходные вырос на треть."
    assert [c.ref for c in find_checkpoints(text)] == ["karasu-kg"]


def test_kazakh_pair_of_quoted_names_joined_by_men():
    text = "«Шаған» мен «Жаныбек» бекеттері түнде де жұмыс істейді."
    assert {c.ref for c in find_checkpoints(text)} == {"shagan", "zhanibek"}
