"""Stop 43, facts88: a promise told by its verb («обещает увеличить пропуск», «пообещали принимать
больше машин», «намерены увеличить пропускную способность», Kazakh «… арттыруға уәде берді»,
«… көбейтпек») is a planned capacity; a side in an oblique case in a sentence naming no post («с
китайской стороны в очереди 200 фур», «на казахстанской стороне …», «Қытай тарапында …») says where
the fact is, not who: carried as a side subject is (facts87). Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.fact_promises import promised
from store.extract.facts import find_facts


def _facts(text: str, kinds: tuple[str, ...] = ("capacity", "deadline", "queue", "count", "funding", "status")):
    facts = find_facts(text, find_checkpoints(text), "2026-11-20")
    return [(f.checkpoint, f.kind, f.text) for f in facts if f.kind in kinds]


def test_promise_verb_before_the_raise():
    assert promised("Таможенники обещают увеличить пропуск фур втрое") == ["обещают увеличить пропуск фур втрое"]
    assert promised("власти намерены расширить пропускную способность на 40%") == [
        "намерены расширить пропускную способность на 40%"
    ]


def test_promise_verb_before_taking_more():
    assert promised("Соседи пообещали пропускать больше грузовиков") == ["пообещали пропускать больше грузовиков"]
    assert promised("На посту рассчитывают принимать больше автобусов") == ["рассчитывают принимать больше автобусов"]


def test_kazakh_promise_and_intent():
    assert promised("Ресей тарапы өткізу қабілетін ұлғайтуға уәде берді") == ["өткізу қабілетін ұлғайтуға уәде берді"]
    assert promised("Кеденшілер өткізу қабілетін екі есе көбейтпек") == ["өткізу қабілетін екі есе көбейтпек"]


def test_a_past_raise_is_no_promise():
    assert promised("В прошлом году обещали, что пропуск увеличили") == []


def test_promise_carried_to_the_post_named_before():
    text = "Перед постом «Калжат» стоят фуры. Китайская сторона обещает увеличить пропуск машин в два раза."
    assert ("kalzhat", "capacity", "обещает увеличить пропуск машин в два раза") in _facts(text)


def test_oblique_side_queue_goes_to_the_post_named_before():
    text = "Третий день грузовики ждут у «Бахты». С китайской стороны в очереди стоят 90 фур."
    assert ("bakhty", "queue", "90 фур") in [(c, k, t[-6:]) for c, k, t in _facts(text)]


def test_oblique_side_with_the_pair_named_goes_to_the_sides_post():
    text = "Фуры стоят у «Жаныбека» и у российского поста «Кайсацкое». На российской стороне скопилось 140 машин."
    found = _facts(text, ("queue", "count"))
    assert any(c == "ru-kaisatskoe" and "140" in t for c, _k, t in found)
    assert not any(c == "zhanibek" and "140" in t for c, _k, t in found)


def test_kazakh_oblique_side():
    text = "«Қалжат» бекеті арқылы жүк тасымалы жүріп жатыр. Қытай тарапында 75 көлік кезекте тұр."
    assert any(c == "kalzhat" and "75" in t for c, _k, t in _facts(text, ("queue", "count")))


def test_oblique_side_with_a_road_keeps_its_subject():
    text = "Через «Алтынколь» идут поезда. Со стороны Китая трасса к переходу закрыта на ремонт 40 дней."
    assert not [f for f in _facts(text) if "трасс" in f[2] or "40" in f[2]]


def test_oblique_side_money_is_not_carried():
    text = "У поста «Тажен» строят заставу. С казахстанской стороны на неё выделено 900 млн тенге."
    assert not [f for f in _facts(text, ("funding",)) if "900" in f[2]]


def test_board_sorts_a_promise_as_planned():
    from store.db.capacity_sorts import capacity_sort

    assert capacity_sort("пообещали пропускать больше грузовиков") == "planned"
    assert capacity_sort("өткізу қабілетін екі есе көбейтпек") == "planned"
    assert capacity_sort("рассчитывают принимать больше автобусов") == "planned"
