"""Knowledge-base bodies in two printed forms the matcher missed before kb61 (issue 15):
an abbreviation with the state the press adds to it («ҚР ҚМ», «КГД РК»), which makes one
too ambiguous alone («ҚМ») a name, and the «-шник» word Russian news makes of a body's
abbreviation for its staff («КГД-шники», «КНБшники»), which names the body. Every sentence
here is made up."""

from __future__ import annotations

from tests.extracting import bodies, kazakh_bodies, kb_rows


def test_a_kazakh_abbreviation_with_the_state_before_it_is_the_body():
    text = "ҚР ҚМ жаңа кеден ережелерін түсіндірді, ал ведомство өкілі сұрақтарға жауап берді."
    assert kb_rows(text) == [("ministry-finance", "ҚР ҚМ")]


def test_the_ambiguous_abbreviation_alone_stays_unread():
    # «ҚМ» alone is too many things (docs/knowledge_base.md): only the state makes it a name
    assert kb_rows("Құжатта ҚМ деген белгі ғана тұрды, басқа ештеңе жазылмаған.") == []


def test_a_russian_abbreviation_with_the_state_after_it_is_one_name():
    text = "По данным КГД РК, очередь на посту сократилась вдвое за неделю."
    assert kb_rows(text) == [("kgd", "КГД РК")]


def test_a_staff_word_made_of_an_abbreviation_names_the_body():
    text = "Вчера КГД-шники и КНБшники вместе проверили фуры на въезде в город."
    assert kb_rows(text) == [("kgd", "КГД"), ("knb", "КНБ")]


def test_an_adjective_made_of_an_abbreviation_names_the_body_too():
    assert kb_rows("Рядом с КГД-шным складом стояли машины.") == [("kgd", "КГД")]


def test_the_ovets_word_and_its_adjective_name_the_body_too():
    text = "Ночью ДЭР-овцы передали дело в КНБ-овский отдел, а утром - в суд."
    assert kb_rows(text) == [("der", "ДЭР"), ("knb", "КНБ")]


def test_the_extractor_reads_a_staff_adjective_before_a_noun_as_the_body(extractor):
    found = bodies(extractor, "Журналистов собрали в КГД-шном пресс-центре на окраине Тараза.")
    assert found == {"КГД"}


def test_other_words_run_on_from_an_abbreviation_are_not_read():
    # a hyphen into a lowercase word that is no «-шник» word is a compound, not the body
    assert kb_rows("Там висел плакат КГД-тур и ничего больше.") == []
    assert kb_rows("Фирма КНБшка закрылась в прошлом году.") == []
    assert kb_rows("Отчет КГД-овых служб не вышел, как и КГД-ом подписанный акт.") == []


def test_the_extractor_finds_the_body_of_a_staff_word(extractor):
    found = bodies(extractor, "В Таразе КГД-шники задержали грузовик с сахаром из Кыргызстана.")
    assert any("КГД" in name or "государственных доходов" in name for name in found)


def test_the_extractor_finds_a_stated_kazakh_abbreviation(extractor):
    found = kazakh_bodies(extractor, "Бүгін ҚР ҚМ өкілдері шекарадағы бекеттерді аралады.")
    assert any("ҚМ" in name or "Қаржы министрлігі" in name for name in found)


def test_a_unit_is_found_spelled_with_its_parents_clipped_word():
    # «госдоходов» is the clipping the committee's own variant («Комитет госдоходов») uses
    text = "Рейд провело управление госдоходов по городу Семей, сообщили в ведомстве."
    assert ("ugd", "управление госдоходов") in kb_rows(text)


def test_a_unit_of_a_clipped_service_is_found_in_any_case():
    text = "Нарушителя задержали сотрудники департамента Погранслужбы КНБ по Жамбылской области."
    assert ("border-department", "департамента Погранслужбы КНБ") in kb_rows(text)


def test_the_extractor_names_a_clipped_district_unit_as_one_body(extractor):
    found = bodies(extractor, "Семинар для экспортеров провели в управлении госдоходов по городу Семей.")
    assert "управление госдоходов по городу Семей" in found


def test_a_clipped_word_of_another_body_does_not_make_a_unit():
    # «Минфин» clips the ministry's name; no unit is named «Департамент Минфин …»
    assert kb_rows("Вопрос обсудили в департаменте минфина по итогам года.") == []
