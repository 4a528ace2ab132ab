"""Checkpoints, issue 15 (cp27): the Uzbek and Kyrgyz pages about our southern posts — their
cue words, Uzbek letters and apostrophes, «жана»/«ва» lists, the Uzbek names of posts.
Made-up sentences."""

from store.extract.checkpoint_names import fold
from store.extract.checkpoints import find_checkpoints


def refs(text):
    return [s.ref for s in find_checkpoints(text)]


def test_kyrgyz_cue_words_make_a_text_about_crossings():
    assert refs("Жүк ташуучу унаалар «Чалдыбар» өткөрмө пункту аркылуу өтүштү.") == ["kg-chaldybar"]
    assert refs("Эртең «Кордай» пункту жана «Ак-Жол» пункту ачылат, деди чек ара кызматы.") == ["kordai", "kg-ak-zhol"]


def test_a_kyrgyz_list_joined_by_zhana_is_one_list():
    text = "Чек арадагы “Ак Жол”, “Чалдыбар” жана “Каркыра” бекеттеринде кезек жок."
    assert refs(text) == ["kg-ak-zhol", "kg-chaldybar", "kg-karkyra"]


def test_uzbek_cyrillic_cues_letters_and_spellings():
    text = "Эртага “Қозиғурт” (Қозоғистон) ва “С.Нажимов” (Ўзбекистон) ўтказиш пункти ёпилади."
    assert refs(text) == ["kazygurt", "uz-s-nazhimov"]
    assert refs("Бугун «Ғишткўприк» чегара божхона постида навбат йўқ.") == ["uz-gishtkuprik"]
    text = "Қозоғистоннинг “Тажен”, “Атамекен” ва “Сирдарё” чегара ўтказиш пунктлари ишламоқда."
    assert refs(text) == ["tazhen", "atameken", "syrdarya"]


def test_uzbek_folding_meets_the_table():
    assert fold("Ғишткўприк") == fold("Гишткуприк")
    assert fold("Qozigʻurt") == "qozigurt"


def test_uzbek_latin_names_with_the_letter_apostrophe():
    text = "Chegara xizmati «Gʻisht Koʻprik» va «Qozigʻurt» nazorat-oʻtkazish punktlarida navbat yoʻqligini aytdi."
    assert refs(text) == ["uz-gishtkuprik", "kazygurt"]
    assert refs("Bojxona qo'mitasi «G'ishtko'prik» chegara postini ta'mirlaydi.") == ["uz-gishtkuprik"]


def test_the_uzbek_names_of_our_posts():
    text = "Уларнинг томонида «Жипак жўли» ва «Қоплонбек» чегара постлари бор."
    assert refs(text) == ["zhibek-zholy", "kaplanbek"]


def test_navoi_is_the_uzbek_post_across_from_kaplanbek():
    text = "Пункт пропуска «Капланбек» открыт. С узбекской стороны снова работает пункт пропуска «Навои»."
    assert refs(text) == ["kaplanbek", "uz-zangiota"]


def test_a_city_written_with_a_preposition_is_not_confirmed_by_its_partner():
    assert refs("На пункте пропуска «Капланбек» очередь. Делегация посетила завод в Навои.") == ["kaplanbek"]


def test_a_cue_opening_a_sentence_is_not_the_last_sentences_name():
    text = "Легковые машины едут через пункт пропуска «Зангиота». Пункты пропуска «Малик» и «Ок Олтин» открыты днём."
    assert refs(text) == ["uz-zangiota", "uz-malik", "uz-ok-oltin"]


def test_posts_between_two_neighbours_are_not_ours():
    text = "Вилоятда «Учқўрғон» чегара божхона пости қурилмоқда. «Кенгсай» божхона постида ҳам иш бор."
    assert refs(text) == []
