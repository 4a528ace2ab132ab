"""cp74: a post named bare in quotes, in a text about crossings, with no post's word in its
sentence («Аксай» и «Орда» работают круглосуточно», «"Әлімбет" арқылы жолаушылар өтеді»), and the
things named like posts that are quoted after their own noun (a train, an outlet, a chamber, a
firm, a hotel). Sentences made up in the shapes of regional news."""

from __future__ import annotations

from store.extract.checkpoint_bare_quoted import bare_quoted_post
from store.extract.checkpoints import find_checkpoints
from store.extract.extractor import Extractor


def posts(text: str) -> list[str]:
    return [c.ref for c in find_checkpoints(text)]


def test_bare_quoted_posts_at_work_after_a_border_sentence():
    text = "На границе с Россией ввели новый порядок. «Курмангазы» и «Жаныбек» работают с восьми утра."
    assert posts(text) == ["kurmangazy", "zhanibek"]


def test_bare_quoted_post_after_a_preposition_with_an_inspection():
    text = "Пограничники проверяют грузы строже. На «Алимбете» досматривают каждый прицеп."
    assert posts(text) == ["alimbet"]


def test_kazakh_bare_quoted_posts_through_and_in_the_locative():
    assert posts('Шекарадағы ахуал: "Әлімбет" арқылы күн сайын жүздеген жолаушы өтеді.') == ["alimbet"]
    assert posts('Шекарада көлік көп. "Сырымда" кезек тағы ұзарды.') == ["syrym"]


def test_a_text_not_about_crossings_gives_no_post():
    assert posts("«Курмангазы» и «Жаныбек» работают с восьми утра.") == []


def test_a_quoted_name_with_no_post_life_in_its_sentence_is_no_post():
    text = "На границе с Россией ввели новый порядок. «Курмангазы» вспоминают добрым словом."
    assert posts(text) == []


def test_things_named_like_posts_after_their_noun_are_not_posts():
    assert posts("Поезд «Алтынколь» вышел из Алматы, на границе его встретили пограничники.") == []
    assert posts("Издание «Орда» выложило ролик об очереди на границе.") == []
    assert posts("В палате предпринимателей «Атамекен» обсудили работу пунктов на границе.") == []
    assert posts("Стипендиаты «Болашака» пересекли границу с Россией на машинах.") == []


def test_kazakh_things_named_like_posts_before_their_noun_are_not_posts():
    assert posts('Шекара маңында "Бақты" ЖШС жаңа қойма ашты.') == []
    assert posts('Шекарадағы кезек туралы "Атамекен" палатасы хат жолдады.') == []


def test_a_body_speaking_is_not_the_post():
    assert posts("Очереди на границе растут. В «Атамекене» заявили, что машины стоят сутками.") == []


def test_a_noun_before_the_quote_keeps_the_name_out():
    text = "Грузовики на границе стоят. По данным «Орды», машины пропускают медленно."
    start = text.index("Орды")
    assert not bare_quoted_post(text, start, start + 4)


def test_the_pass_switch_turns_the_reading_off():
    text = "На границе с Россией ввели новый порядок. «Курмангазы» и «Жаныбек» работают с восьми утра."
    on = Extractor(disabled=set(), ner=object())._checkpoints(text)
    off = Extractor(disabled={"bare_quoted_posts"}, ner=object())._checkpoints(text)
    assert [c.ref for c in on] == ["kurmangazy", "zhanibek"]
    assert [c.ref for c in off] == []


def test_a_club_at_play_is_no_post():
    assert posts("«Ордабасы» обыграл «Тобол», фанаты пересекли границу ради матча.") == []
    assert posts("Болельщики «Тобола» простояли на границе с Россией два часа.") == []
