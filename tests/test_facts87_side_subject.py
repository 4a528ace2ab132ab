"""Stop 43, facts87: a side as the subject of a sentence naming no post («Китайская сторона будет
пропускать больше машин», «Қытай тарапы … қабылдайтын болады») speaks of the crossing named before:
its fact goes to the post named before, or to the side's post when the story names the pair. A
foreign post of another side, money a side gives and a sentence with another subject (an outpost)
get none. Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def _facts(text: str, kinds: tuple[str, ...] = ("capacity", "deadline", "queue", "count", "funding")):
    facts = find_facts(text, find_checkpoints(text), "2026-11-20")
    return [(f.checkpoint, f.kind, f.text) for f in facts if f.kind in kinds]


def test_neighbour_side_promise_goes_to_the_post_named_before():
    text = (
        "У пункта пропуска «Калжат» скопились грузовики. Перевозчики ждут вторые сутки. "
        "Китайская сторона с четверга будет принимать больше машин."
    )
    assert ("kalzhat", "capacity", "будет принимать больше машин") in _facts(text)


def test_side_figure_right_after_the_post():
    text = "КПП «Бахты» перешёл на зимний график. Китайская сторона будет пропускать до 350 фур в сутки."
    assert _facts(text) == [("bakhty", "capacity", "будет пропускать до 350 фур в сутки")]  # facts89: the verb kept


def test_the_pair_named_gives_the_fact_to_the_sides_post():
    text = (
        "Очереди стоят у «Жаныбека» и у российского пункта «Кайсацкое». "
        "Российская сторона будет пропускать до 600 машин в сутки."
    )
    assert ("ru-kaisatskoe", "capacity", "будет пропускать до 600 машин в сутки") in _facts(text)
    assert not [f for f in _facts(text) if f[0] == "zhanibek" and f[1] == "capacity"]


def test_our_side_in_a_pair_keeps_ours():
    text = (
        "Пробки у «Жаныбека» и у российского пункта «Кайсацкое» не уменьшаются. "
        "Казахстанская сторона будет пропускать до 500 машин в сутки."
    )
    assert ("zhanibek", "capacity", "будет пропускать до 500 машин в сутки") in _facts(text)


def test_kazakh_side_subject():
    text = "«Бақты» бекетінде жүк көліктері көп. Қытай тарапы тәулігіне 400 көлік қабылдайтын болады."
    assert ("bakhty", "capacity", "тәулігіне 400 көлік") in _facts(text)


def test_far_side_sentence_in_a_one_post_story():
    text = (
        "На пункте пропуска «Майкапшагай» выстроилась пробка. Причиной стала поломка сканера. "
        "В ведомстве сказали, что ремонт уже идёт. Водителей просят запастись водой. "
        "Китайская сторона временно будет принимать больше грузовиков."
    )
    assert ("maikapshagai", "capacity", "будет принимать больше грузовиков") in _facts(text)


def test_a_foreign_post_of_another_side_gets_none():
    text = "У поста «Маштаково» очередь из фур. Казахстанская сторона будет пропускать до 700 машин в сутки."
    assert not [f for f in _facts(text) if f[1] == "capacity"]


def test_money_a_side_gives_is_not_the_posts():
    text = "Возле пункта «Тажен» появятся две заставы. Казахстанская сторона выделит 2 млрд тенге."
    assert not [f for f in _facts(text) if f[1] == "funding"]


def test_another_subject_beside_the_side_gets_none():
    text = "На КПП «Кордай» тихо. Кыргызская сторона построит новую заставу до 1 мая 2027 года."
    assert not [f for f in _facts(text) if f[0] == "kordai" and f[1] == "deadline"]


def test_two_sides_of_different_countries_get_none():
    text = (
        "Пункт «Кордай» работает. Кыргызская сторона будет пропускать 300 машин в сутки, "
        "а казахстанская сторона — 400 машин в сутки."
    )
    assert not [f for f in _facts(text) if f[1] == "capacity"]
