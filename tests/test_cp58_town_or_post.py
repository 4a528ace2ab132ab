"""cp58: when a post's bare name is the crossing and when it is the town of that name.

Sentences written for these tests, modeled on the shapes of rail-freight, travel and Kyrgyz
pages (none copied)."""

from store.extract.checkpoints import find_checkpoints


def _refs(text: str) -> set[str]:
    return {s.ref for s in find_checkpoints(text)}


def test_goods_from_a_state_pass_the_post_named_after_via():
    # «через X» after «из <state>»: goods cross the border at the post, not a stop of a trip
    refs = _refs("На границе снова рост: грузы из Китая идут через Хоргос круглые сутки.")
    assert refs & {"khorgos", "cn-khorgos", "cn-khorgos-rail"}


def test_freight_from_a_far_city_passes_the_post():
    # a city far inland as the origin, but freight: the crossing still
    refs = _refs("Таможня отчиталась: контейнеры из Ланьчжоу везут в Европу через Хоргос, граница открыта.")
    assert refs & {"khorgos", "cn-khorgos", "cn-khorgos-rail"}


def test_a_trip_from_a_town_through_the_town_stays_a_place():
    # no freight and a town as the origin: «через» names a stop on the way (the old reading)
    assert not _refs("Из Жаркента мы поехали через Хоргос, а до границы добрались к обеду.") & {"khorgos"}


def test_a_town_with_its_inhabitants_is_the_town():
    text = "Репортаж у границы: журналисты приехали в Хоргос и поговорили с его жителями о ценах на жильё."
    assert not _refs(text) & {"khorgos", "cn-khorgos", "cn-khorgos-rail"}


def test_inhabitants_do_not_hide_a_post_cued_elsewhere():
    text = (
        "Журналисты приехали в Хоргос и поговорили с его жителями. На КПП «Хоргос» с утра стоит очередь из сорока фур."
    )
    assert "khorgos" in _refs(text)


def test_a_clock_time_does_not_end_the_sentence_of_the_inhabitants():
    text = "У границы: въехать в Хоргос с 8.00 до 20.00 могут только местные жители."
    assert not _refs(text) & {"khorgos"}


def test_quoted_names_with_the_word_punkt_after_them_are_posts():
    # Kyrgyz and Kazakh put the post's noun after the name: «"Кордай" пункттары», «"Қордай" пункті»
    assert {"kordai", "kg-ak-zhol"} <= _refs("Кыргыз-казак «Ак-Жол» жана «Кордай» пункттары эртең кайра ачылат.")
    assert "kordai" in _refs('Жөндеуден кейін "Қордай" пункті толық қуатпен жұмыс істейді.')
