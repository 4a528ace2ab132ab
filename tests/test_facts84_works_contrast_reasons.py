"""Stop 43, facts84: Kazakh works told in the present continuous passive («жөнделуде», «салынуда»,
«кеңейтілуде», «жаңғыртылып жатыр») after the post or a part of it are `under reconstruction`; a way or a
bridge to the post, or a clause naming no post, keeps them; the post after «а сам / сама» (Kazakh «…бекетінің
өзі») is the subject its status is told of; a reason told as a «тем, что» clause is kept whole, and a reason
cut at its verb leaves the state the verb is told of out. Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.fact_causes import causes
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _facts(text: str) -> list[tuple[str, str, str]]:
    return [(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), "2026-11-20")]


def _statuses(text: str) -> set[tuple[str, str | None]]:
    return {(c, status_label(t)) for c, k, t in _facts(text) if k == "status"}


def _causes(text: str) -> set[tuple[str, str]]:
    return {(c, t) for c, k, t in _facts(text) if k == "cause"}


# 1. Kazakh works in the present continuous
def test_road_surface_at_the_post_under_repair():
    assert _statuses("«Жайсаң» бекетінің ішкі аумағында жол төсемі жөнделуде.") == {("zhaisan", "under reconstruction")}


def test_a_terminal_built_at_the_post():
    assert _statuses("«Тажен» өткізу пунктінде жүк көліктеріне арналған терминал салынуда.") == {
        ("tazhen", "under reconstruction")
    }


def test_the_post_widened_and_renewed():
    assert _statuses("«Қордай» бекетінің кіру аймағы кеңейтіліп жатыр.") == {("kordai", "under reconstruction")}
    assert _statuses("«Бахты» бекеті біртіндеп жаңғыртылуда.") == {("bakhty", "under reconstruction")}


def test_works_named_by_what_they_do():
    assert _statuses("«Сырым» бекетінде асфальт төсеу жұмыстары жүргізілуде.") == {("syrym", "under reconstruction")}


def test_a_bridge_leading_to_the_post_is_not_the_post():
    assert _statuses("«Алимбет» бекетіне баратын көпір жөнделуде.") == set()


def test_a_school_in_a_clause_naming_no_post_is_not_the_post():
    assert _statuses("Ауылда жаңа балабақша салынуда, ал «Қайрақ» бекеті туралы ақпарат берілмеді.") == set()


# 2. The post after «а сам»
def test_the_post_itself_open_after_a_closed_way():
    text = "Пункт «Кордай» стоит у трассы. Трассу к нему перекрыли из-за аварии, а сам «Кордай» открыт."
    assert ("kordai", "working") in _statuses(text)
    assert ("kordai", "closed") not in _statuses(text)


def test_the_post_word_after_sam_works():
    text = "Кафе перед постом закрыли на санобработку, а сам КПП «Бахты» работает."
    assert _statuses(text) == {("bakhty", "working")}


def test_kazakh_the_post_itself_open():
    text = "Бекетке баратын жолда кептеліс бар, ал «Тажен» бекетінің өзі ашық."
    assert ("tazhen", "working") in _statuses(text)


# 3. Reasons
def test_a_reason_clause_before_the_status():
    text = "В связи с тем, что в здании поста отключили отопление, КПП «Алимбет» временно закрыт."
    assert _causes(text) == {("alimbet", "В связи с тем, что в здании поста отключили отопление")}


def test_a_reason_clause_after_the_status():
    text = "Пункт пропуска «Сырым» не работает из-за того, что пограничники меняют оборудование."
    assert _causes(text) == {("syrym", "из-за того, что пограничники меняют оборудование")}


def test_a_reason_clause_naming_the_post_as_its_place():
    text = "В связи с тем, что на КПП «Жайсан» вышла из строя связь, пропуск грузовиков приостановлен."
    assert ("zhaisan", "В связи с тем, что на КПП «Жайсан» вышла из строя связь") in _causes(text)


def test_a_reason_clause_whose_subject_is_a_post_is_no_reason():
    assert _causes("В связи с тем, что «Кайрак» закрыт, автобусы едут через «Бугристое».") == set()


def test_a_reason_stops_before_the_flow_that_grew():
    sentence = "Из-за поломки весов поток фур увеличился вдвое, и пост «Тажен» закрыт."
    assert causes(sentence, sentence) == ["Из-за поломки весов"]
    sentence = "Из-за праздников в КНР очередь выросла, поэтому КПП «Бахты» не работает."
    assert causes(sentence, sentence) == ["Из-за праздников в КНР"]


def test_kazakh_works_told_in_the_next_sentence_are_the_posts():
    text = "«Бахты» өткізу бекеті Абай облысында орналасқан. Биыл бекеттің ғимараты кеңейтілуде."
    assert _statuses(text) == {("bakhty", "under reconstruction")}
    text = "«Бахты» өткізу бекеті Абай облысында орналасқан. Биыл ауылда емхана салынуда."
    assert _statuses(text) == set()
