"""cp70: the opposite post kept apart from ours, and the kind a post's own words give it.

- A side named as a side earlier in the sentence («С китайской стороны … пункт пропуска
  «Хоргос»», Kazakh «Қытай жағындағы «Қорғас»») puts a shared name on that side; it read as
  ours, so the Chinese post's mention landed on our Хоргос.
- Two names slashed inside one pair of quotes («Нур жолы/Хоргос») are one post's two names,
  not a post and the one facing it.
- A kind word glued to a name in Kazakh order («"Атамекен" жаяу жүргіншілер өткізу пункті») is
  the post's kind whatever its row says; a mixed row's rail side is rail («Алашаңқай станциясы»).
- An Uzbek post's Kazakh spelling («Ғишт-Көпрік» of «Ғишткўприк») is one of its names.

Sentences made up for these tests in the shapes agency items use.
"""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints
from store.lang import gazetteer
from store.lang.checkpoint_spellings import kazakh_of_uzbek


def posts(text: str) -> list[tuple[str, str | None]]:
    return [(s.ref, s.kind) for s in find_checkpoints(text)]


def refs(text: str) -> list[str]:
    return [s.ref for s in find_checkpoints(text)]


def test_a_side_named_earlier_in_the_sentence_puts_a_shared_name_there():
    text = (
        "Через пункт пропуска «Нур жолы» за день прошли 800 машин. С китайской стороны их встречает"
        " пункт пропуска «Хоргос», где открыли ещё одну полосу."
    )
    assert refs(text)[0] == "nur-zholy"
    assert refs(text)[1].startswith("cn-khorgos")


def test_a_kazakh_side_phrase_too():
    text = "Қытай жағындағы «Қорғас» бекеті енді тәулік бойы жұмыс істейді."
    assert refs(text)[0].startswith("cn-khorgos")


def test_our_side_named_keeps_our_post():
    text = "С казахстанской стороны у пункта пропуска «Хоргос» построили новую стоянку для фур."
    assert refs(text) == ["khorgos"]


def test_a_side_of_the_joint_centre_is_not_the_posts_side():
    text = "Китайская сторона завершила работы в МЦПС «Хоргос» к лету."
    assert refs(text) == ["khorgos"]


def test_a_later_country_speaks_of_the_name_first():
    text = "С китайской стороны грузы везут до казахстанского пункта пропуска «Хоргос»."
    assert refs(text) == ["khorgos"]


def test_two_names_in_one_pair_of_quotes_are_one_posts_names():
    text = "Пункт пропуска «Нур жолы/Хоргос» с понедельника работает круглосуточно."
    assert refs(text) == ["nur-zholy", "khorgos"]


def test_two_quoted_names_slashed_are_still_a_pair():
    text = "Пункт пропуска «Нур жолы»/«Хоргос» с понедельника работает круглосуточно."
    assert refs(text)[1].startswith("cn-khorgos")


def test_a_kazakh_pedestrian_phrase_glued_to_the_name_gives_its_kind():
    text = "«Атамекен» жаяу жүргіншілер өткізу пунктінде жаңа терминал ашылды."
    assert posts(text) == [("atameken", "passenger")]


def test_pedestrians_alone_name_no_kind():
    text = "«Атамекен» өткізу пункті арқылы жаяу жүргіншілер де, жүк көліктері де өтеді."
    assert posts(text)[0][1] != "passenger"


def test_a_station_after_a_mixed_posts_name_is_its_rail_side():
    text = "Достық – Алашаңқай өткелінде жүк көбейді. Алашаңқай станциясында жаңа терминал салынды."
    kinds = {k for r, k in posts(text) if r == "cn-alashankou"}
    assert "rail" in kinds


def test_a_kind_word_further_on_still_needs_a_row_of_that_kind():
    # «жаяу» here is about the town's streets, three words after the name
    text = "«Атамекен» бекетінен кейін қала көшелерімен жаяу жүргіншілер өтеді."
    assert posts(text)[0][1] != "passenger"


def test_an_uzbek_posts_kazakh_spelling_is_read():
    text = "Өзбекстан жағындағы «Ғишт-Көпрік» бекетінде жөндеу жұмыстары жүріп жатыр."
    assert refs(text) == ["uz-gishtkuprik"]


def test_kazakh_spellings_of_an_uzbek_name():
    assert kazakh_of_uzbek("Ғишткўприк", ("Гишт-Куприк",)) == ["Ғишткөприк", "Ғишт-Көпрік"]
    assert kazakh_of_uzbek("Довут-ота", ("Даут-Ата",)) == []  # nothing Kazakh writes otherwise


def test_every_uzbek_row_with_uzbek_letters_has_a_kazakh_form():
    for cp in gazetteer.foreign():
        local = [v for v in cp.variants if "ў" in v.lower()]
        if cp.country == "Узбекистан" and local:
            assert any("ө" in s.lower() for s in cp.spellings()), cp.id
