"""cp107: a post or the place it is named after. A queue of freight in a road post's village stands
at the post; a plural-looking name (Озинки, Бахты) read in the Russian plural's oblique cases; a
crossing told in the present tense («грузовики проходят»). Sentences written for these tests."""

from store.extract.checkpoints import find_checkpoints


def _refs(text: str) -> list[str]:
    return [s.ref for s in find_checkpoints(text)]


def test_a_queue_of_freight_in_the_village_is_at_the_post():
    assert _refs("В Таскале выросла очередь фур на выезд в Россию.") == ["taskala"]
    assert _refs("В Кордае скопилась очередь из ста грузовиков, ожидающих границы.") == ["kordai"]


def test_the_village_without_a_queue_stays_the_village():
    assert _refs("В Таскале открылась новая школа, до границы с Россией десять километров.") == []
    # trucks alone do not make a queue: a parking lot in the village
    assert _refs("На границе пробок нет: фуры отправляют на стоянку в Кордае.") == []


def test_a_plural_name_in_its_oblique_cases():
    assert [s.name for s in find_checkpoints("Российский пункт пропуска в Озинках работает круглосуточно.")] == [
        "Озинки"
    ]
    assert _refs("На границе очередь: фуры стоят на подъезде к Бахтам.")[:1] == ["bakhty"]


def test_a_crossing_in_the_present_tense():
    assert _refs("Через Озинки грузовики проходят без задержек.") == ["ru-ozinki"]
    assert _refs("Через Кеген в Кыргызстан проходит около ста машин в сутки.") == ["kegen"]
