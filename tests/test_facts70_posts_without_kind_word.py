"""facts70: posts a fact sentence names without «пункт пропуска» — a counted list after a bare
«пункта —», a quoted post's queue, wait or state told with no freight word, the Kazakh «"…" арқылы»
— and a works verb beside its year read as the plan with its deadline. Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _posts(text: str) -> list[str]:
    return [c.ref for c in find_checkpoints(text)]


def _facts(text: str) -> list[tuple[str, str, str]]:
    return [(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), "2026-04-20")]


def _of_kind(text: str, kind: str) -> list[tuple[str, str]]:
    return [(ref, words) for ref, k, words in _facts(text) if k == kind]


# --- a counted list of points after a dash or a colon ---


def test_a_counted_list_of_points_after_a_dash_names_each_post():
    text = "До осени переоборудуют два пункта — «Сырым» и «Таскала»."
    assert _posts(text) == ["syrym", "taskala"]
    text = "Летом в режиме нон-стоп будут работать три автомобильных пункта: «Кайрак», «Аят» и «Алимбет»."
    assert _posts(text) == ["kairak", "ayat", "alimbet"]


def test_a_clause_of_a_law_is_no_list_of_posts():
    assert _posts("Пункт — «Сырым» — утратил силу по решению маслихата.") == []


# --- a works verb beside its year ---


def test_a_works_verb_with_a_year_is_a_plan_with_its_deadline():
    text = "В 2028 году реконструируют пункт пропуска «Таскала»."
    assert [(r, status_label(w)) for r, w in _of_kind(text, "status")] == [("taskala", "planned")]
    assert [r for r, _w in _of_kind(text, "deadline")] == ["taskala"]
    assert "2028" in _of_kind(text, "deadline")[0][1]
    text = "Пункт пропуска «Кеген» модернизируют в следующем году."
    assert [(r, status_label(w)) for r, w in _of_kind(text, "status")] == [("kegen", "planned")]
    assert [r for r, _w in _of_kind(text, "deadline")] == ["kegen"]


def test_works_under_way_or_done_have_no_deadline():
    text = "Сейчас пункт пропуска «Таскала» реконструируют."
    assert [(r, status_label(w)) for r, w in _of_kind(text, "status")] == [("taskala", "under reconstruction")]
    assert _of_kind(text, "deadline") == []
    assert _of_kind("В 2022 году реконструировали пункт пропуска «Таскала».", "deadline") == []


def test_a_kazakh_year_and_a_future_works_verb_at_the_clause_end_is_a_deadline():
    text = "2028 жылы екі бекет — «Әлімбет» пен «Жайсаң» кеңейтіледі."
    deadlines = _of_kind(text, "deadline")
    assert [r for r, _w in deadlines] == ["alimbet", "zhaisan"]
    assert all(w.startswith("2028 жылы") for _r, w in deadlines)
    assert _of_kind("2022 жылы «Әлімбет» бекеті кеңейтілді.", "deadline") == []


# --- a quoted post's queue, wait or state with no freight word ---


def test_a_quoted_post_with_a_queue_or_wait_and_no_freight_word_is_the_post():
    assert [r for r, _w in _of_kind("Очередь на «Аяте» выросла до 45 машин.", "queue")] == ["ayat"]
    assert _posts("Время ожидания у «Таскалы» составляет около трёх часов.") == ["taskala"]


def test_a_quoted_post_with_its_traffic_restored_is_the_post():
    assert [(r, status_label(w)) for r, w in _of_kind("На «Кайраке» движение восстановлено.", "status")] == [
        ("kairak", "reopened")
    ]


def test_a_quoted_town_with_no_fact_word_and_an_unquoted_town_stay_towns():
    assert _posts("На «Аяте» прошёл турнир по мини-футболу.") == []
    assert _posts("В Таскале очередь в акимат достигает часа.") == []


def test_a_kazakh_quoted_post_crossed_through_with_a_queue_or_wait_is_the_post():
    assert _posts("«Сырым» арқылы өту үшін көліктер кезегі үш сағатқа созылды.") == ["syrym"]


def test_an_office_sharing_a_posts_name_is_no_post_by_a_queue_wait_or_state_of_its_own():
    assert _posts("У «Атамекена» восстановлен доступ к порталу.") == []
    assert _posts("На «Атамекене» прекращён приём заявок на гранты.") == []
    assert _posts("В «Атамекене» ожидание ответа на обращение занимает неделю.") == []
    assert _posts("«Атамекен» арқылы жаңа кәсіпорын ашылды.") == []
