"""cp56: a queue story names its posts without a post's word («очереди на «Хоргосе»», «на Жибек
жолы скопилось … фур», «Нұр жолында кезек»), and the old name of a post's village in brackets is
that post («Жибек жолы (Черняевка)»). Made-up sentences in the shapes of the pages."""

from __future__ import annotations

from store.extract.checkpoint_queues import queue_at, queue_story
from store.extract.checkpoints import find_checkpoints


def refs(text: str, **kw) -> list[tuple[str, str]]:
    return [(s.surface, s.ref) for s in find_checkpoints(text, **kw)]


def test_a_queue_story_without_a_border_word_names_its_posts():
    text = "Многокилометровые очереди на «Алтынколе» растут. Дальнобойщики стоят сутками, фуры не двигаются."
    assert refs(text) == [("Алтынколе", "altynkol")]
    # a quoted name in a sentence of queues is passage_quoted_posts' too (cp75)
    assert refs(text, queue_cues=False, passage_cues=False) == []


def test_an_ambiguous_name_where_the_queue_stands():
    text = "На Жибек жолы скопилось более 400 грузовиков, сообщает пограничная служба."
    assert refs(text) == [("Жибек жолы", "zhibek-zholy")]
    text = "Водители фур снова стоят у Атамекена третьи сутки, граница работает медленно."
    assert refs(text) == [("Атамекена", "atameken")]


def test_a_street_or_a_shop_of_that_name_is_no_post():
    assert refs("Пробка на улице Жибек жолы, фуры стоят, граница далеко.") == []
    assert refs("Открыли магазин на Атамекене. Очередь стояла с утра, граница ни при чём.") == []


def test_a_queue_word_far_from_the_name_or_in_another_clause_is_no_cue():
    text = "Граница открыта. На Жибек жолы открыли кафе; в соседнем районе третьи сутки стоят фуры."
    assert refs(text) == []
    text = "Граница открыта. На Жибек жолы открыли новое кафе, где можно поесть, отдохнуть и дождаться друзей, а фуры стоят."
    assert refs(text) == []


def test_the_grammar_parts():
    assert queue_story("Очередь из фур растянулась на 5 км.")
    assert not queue_story("Очередь в поликлинику растянулась на улицу.")
    text = "Шекарада кезек: Сырымда 300 жүк көлігі тұр."
    start = text.index("Сырымда")
    assert queue_at(text, start, start + len("Сырымда"))


def test_the_old_village_name_in_brackets_is_the_post_it_follows():
    text = "На пункте пропуска «Жибек жолы (Черняевка)» выстроилась очередь."
    assert {r for _, r in refs(text)} == {"zhibek-zholy"}
    text = "Пост «Гишткуприк» (Черняевка) на границе с Казахстаном откроют летом."
    assert {r for _, r in refs(text)} == {"uz-gishtkuprik"}


def test_two_facing_posts_in_brackets_stay_two():
    text = "Пункты пропуска «Кордай» (Акжол) работают круглосуточно."
    assert refs(text) == [("Кордай", "kordai"), ("Акжол", "kg-ak-zhol")]


def test_a_neighbours_post_on_another_neighbours_border_is_not_it():
    # the Kyrgyz row «Ак-Жол» named on the Uzbek border (the Uzbek post opposite Капланбек)
    assert refs("«Капланбектің» қарсы жағындағы өзбек бекеті «Ақ йол» (Ақ жол) аталады.") == [
        ("Капланбектің", "kaplanbek")
    ]
    assert refs("Өзбекстан - Қазақстан шекарасындағы Ақ жол - Қапланбек кеден бекеті.") == [("Қапланбек", "kaplanbek")]
    assert refs("На кыргызско-казахской границе у КПП «Ак-Жол» очередь.") == [("Ак-Жол", "kg-ak-zhol")]
    # goods from China at a Kyrgyz post name no border
    assert refs("Китайские товары везут через КПП «Ак-Жол» в Казахстан.") == [("Ак-Жол", "kg-ak-zhol")]


def test_each_post_of_a_sentence_takes_its_own_border():
    text = (
        "Больше всего людей в пунктах пропуска «Гишт-куприк» на границе с Республикой Казахстан, где в сутки "
        "проходят до 20 тыс. человек, и «Дустлик» на границе с Кыргызской Республикой."
    )
    assert ("Гишт-куприк", "uz-gishtkuprik") in refs(text)


def test_the_stops_of_a_road_are_towns():
    assert refs("Маршрут Шымкент – Сарыагаш – Жибек жолы – Ташкент популярен, граница открыта.") == []
    assert refs("Шымкент – Сарыағаш – Жібек жолы автожолы жөнделеді, шекара ашық.") == []
    # a train's route names the rail post it crosses at
    assert refs("Пограничный переход: поезд по маршруту Урумчи – Алтынколь – Москва вышел в рейс.") == [
        ("Алтынколь", "altynkol")
    ]
