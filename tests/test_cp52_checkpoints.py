"""cp52: names of foreign posts the gazetteer lacked, and the village a passenger post is
named after. The Uzbek post Гишткуприк is still called by its old name «Черняевка» (its
village); English rail-trade pages spell the Chinese Алашанькоу «Alashankoy»/«Alashankow».
Made-up sentences in the shapes of the pages; a foreign row needs a post's cue, and «в
Черняевке» unquoted is the village, as «в Кордае» is for a road post."""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints


def refs(text: str) -> list[tuple[str, str]]:
    return [(s.surface, s.ref) for s in find_checkpoints(text)]


def test_the_old_name_of_the_crossing_is_the_post():
    # cp56: «Черняевка» is the old name of the Kazakh village at Жибек жолы (1895-1990), and the
    # crossing's name on both sides; alone, a name both sides share is read as our post (as «Хоргос»)
    text = "Люди скопились на пункте пропуска «Черняевка» на узбекско-казахстанской границе."
    assert refs(text) == [("Черняевка", "zhibek-zholy")]


def test_the_old_name_in_brackets_after_the_new_one():
    text = "Открытие поста «Гишткуприк» (Черняевка) на границе с Казахстаном перенесли на лето."
    assert refs(text) == [("Гишткуприк", "uz-gishtkuprik"), ("Черняевка", "uz-gishtkuprik")]


def test_the_village_of_a_passenger_post_is_no_post():
    text = "В Черняевке у самой границы с Казахстаном открыли новую школу."
    assert refs(text) == []


def test_a_passenger_post_in_its_quotes_after_v_is_the_post():
    text = "В «Целинном» на границе с Узбекистаном пешеходов пропускают до 18 часов."
    assert refs(text) == [("Целинном", "tselinny")]


def test_a_village_without_a_post_cue_is_not_read():
    text = "Жители Черняевки пожаловались на воду. Граница рядом, а арыки пересохли."
    assert refs(text) == []


def test_latin_spellings_of_alashankou():
    text = "Container trains cross the border at the Dostyk station and the Alashankoy checkpoint."
    assert ("Alashankoy", "cn-alashankou") in refs(text)
    text = "Freight goes through Dostyk station (Kazakhstan) and Alashankow (China) border crossing."
    assert ("Alashankow", "cn-alashankou") in refs(text)
