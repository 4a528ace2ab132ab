"""cp72: a post's kind from what the article says of it after its name.

- A kind word set beside the name («X» – автомобильный пункт пропуска; «X» (пешеходный);
  «X» станет пешеходным) is the post's kind whatever its row says.
- What a post is for or takes («для грузовых автомобилей», «пропускает только пешеходов»,
  Kazakh «жаяу жүргіншілерге ғана арналған») speaks for the post it follows, up to the next
  post its sentence names; before a name it speaks as a kind word does.
- Freight through a post whose row is a passenger post, in a sentence naming no other post,
  makes the mention a road crossing.
- «Железнодорожный пункт «A» и автомобильный «B»»: B is found, and each keeps its own kind.
- A kind word before a post's noun that is not in that noun's phrase («ремонт железной
  дороги … пункт пропуска «X»») says nothing of X's kind.

Sentences made up for these tests in the shapes agency items use.
"""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints


def posts(text: str) -> list[tuple[str, str | None]]:
    return [(s.ref, s.kind) for s in find_checkpoints(text)]


def test_a_kind_word_after_a_dash_is_the_posts_own():
    text = "«Целинный» — автомобильный пункт пропуска в Сарыагашском районе, он работает до 21 часа."
    assert posts(text) == [("tselinny", "road")]


def test_a_kind_word_in_brackets_after_the_name():
    text = "На пункте пропуска «Жибек жолы» (автомобильный) заменили весы."
    assert posts(text) == [("zhibek-zholy", "road")]


def test_what_a_post_becomes():
    text = "Пункт пропуска «Казыгурт» с мая станет пешеходным, сообщили пограничники."
    assert posts(text) == [("kazygurt", "passenger")]


def test_what_a_post_takes_after_its_name():
    text = "Пункт пропуска «Капланбек» до конца ремонта пропускает только пешеходов."
    assert posts(text) == [("kaplanbek", "passenger")]


def test_what_a_post_is_open_to_after_its_name():
    text = "Пункт пропуска «Целинный» с понедельника открыт для грузовых автомобилей."
    assert posts(text) == [("tselinny", "road")]


def test_a_kazakh_purpose_phrase_in_the_next_clause():
    text = "«Қазығұрт» өткізу пункті жөндеуден кейін жаяу жүргіншілерге ғана арналған."
    assert posts(text) == [("kazygurt", "passenger")]


def test_a_purpose_phrase_after_the_next_post_is_that_posts():
    text = "Пункт пропуска «Жибек жолы» закрыт на ремонт, а «Казыгурт» принимает только пешеходов."
    assert posts(text) == [("zhibek-zholy", None), ("kazygurt", "passenger")]


def test_freight_through_a_passenger_post_makes_it_a_road_crossing():
    text = "На пункте пропуска «Жибек жолы» скопилось 250 фур с овощами."
    assert posts(text) == [("zhibek-zholy", "road")]


def test_freight_in_a_sentence_of_two_posts_says_no_ones_kind():
    text = "Фуры с пункта пропуска «Жибек жолы» перенаправили на пункт пропуска «Казыгурт»."
    assert posts(text)[0] == ("zhibek-zholy", None)


def test_a_kind_adjective_standing_for_the_noun_of_a_second_post():
    text = "Железнодорожный пункт пропуска «Сарыагаш» и автомобильный «Жибек жолы» работают в обычном режиме."
    assert posts(text) == [("saryagash", "rail"), ("zhibek-zholy", "road")]


def test_a_railway_named_before_a_posts_noun_is_not_its_kind():
    text = "После ремонта железной дороги через пункт пропуска «Жибек жолы» стало ходить больше людей."
    assert posts(text) == [("zhibek-zholy", None)]


def test_no_words_leave_the_kind_to_the_row():
    text = "В пункте пропуска «Жибек жолы» установили новые турникеты."
    assert posts(text) == [("zhibek-zholy", None)]


def test_a_list_header_at_the_texts_start_keeps_its_first_word():
    text = "Для грузового автотранспорта пока открыты пункты пропуска:\n- «Капланбек»;\n- «Казыгурт»;\n- «Жибек жолы»."
    assert posts(text)[2] == ("zhibek-zholy", "road")


def test_a_kazakh_kind_word_after_a_name_is_that_names_not_the_next_ones():
    text = "Былтыр «Сарыағаш» станциясы арқылы 900 вагон, ал «Жібек жолы» автомобиль бекеті арқылы 7 мың көлік өтті."
    assert posts(text) == [("saryagash", "rail"), ("zhibek-zholy", "road")]
