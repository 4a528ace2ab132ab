"""cp106: a post's name defined as a village after a dash («Достык — село …») is the village in
that mention only, however near the border; a station or a post so defined stays the post.
Sentences written for these tests."""

from store.extract.checkpoints import find_checkpoints


def _refs(text: str) -> list[str]:
    return [s.ref for s in find_checkpoints(text)]


def test_a_name_defined_as_a_village_is_no_post():
    assert _refs("Достык — село в Алакольском районе на границе с Китаем.") == []
    assert _refs("Бақты — шекара маңындағы ауыл.") == []


def test_only_that_mention_is_the_village():
    # one sense per text is not asked here: trucks through Бахты cross at the post
    assert _refs("Бахты — село на границе. Через Бахты прошли 200 фур.") == ["bakhty"]


def test_a_station_or_a_post_so_defined_stays_the_post():
    assert _refs("Достык — станция на границе с Китаем.") == ["dostyk"]
    assert _refs("Достык — крупнейший пункт пропуска на границе с Китаем.") == ["dostyk"]


def test_a_capitalised_post_after_the_dash_is_a_pair_of_posts():
    # «Аул» is a rail post's name: the village noun is asked in lower case only
    assert _refs("Жайсан — Аул: поезда идут через границу.") == ["zhaisan-rail", "aul-rail"]
