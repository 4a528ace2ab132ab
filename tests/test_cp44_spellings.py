"""cp44: the neighbours' spellings of our posts' names, derived by orthography rules
(store/lang/checkpoint_spellings.py), the Chinese side's «порт» of a crossing, lists of one
side, and a town's bypass road. Made-up sentences in the shapes of Uzbek, Kyrgyz and
Chinese-side pages."""

from store.extract.checkpoints import find_checkpoints
from store.lang import checkpoint_spellings as sp
from store.lang import gazetteer


def refs(text: str) -> list[str]:
    return [s.ref for s in find_checkpoints(text)]


def test_uzbek_cyrillic_writes_kazakh_y_as_i_and_a_as_o():
    names = sp.uzbek("Жібек жолы")
    assert "Жибек жоли" in names and "Жибек йўли" in names
    assert "Қоплонбек" in sp.uzbek("Қапланбек")
    assert "Қозиғурт" in sp.uzbek("Қазығұрт")


def test_uzbek_latin_follows_from_the_cyrillic():
    assert "Jibek yo'li" in sp.uzbek("Жібек жолы")
    assert "Qozig'urt" in sp.uzbek("Қазығұрт")
    assert "B. Qonisbayeva" in sp.uzbek("Б. Қонысбаева")


def test_kyrgyz_rounds_vowels_and_lengthens_water():
    assert "Кордой" in sp.kyrgyz("Қордай")
    assert "Карасуу" in sp.kyrgyz("Қарасу")
    assert "Сартөбө" in sp.kyrgyz("Сартөбе")
    assert "Сыпатай баатыр" in sp.kyrgyz("Сыпатай батыр")


def test_pinyin_names_in_palladius_letters():
    assert sp.palladius("Jimunai") == "Цзимунай"
    assert sp.palladius("Baketu") == "Бакэту"
    assert sp.palladius("Alashankou") == "Алашанькоу"
    assert sp.palladius("Khorgos") is None and sp.palladius("Alataw Pass") is None


def test_rules_apply_by_the_border_the_post_is_on():
    assert "Кордой" in gazetteer.get("kordai").spellings()
    assert not any("ы" not in n and "Қ" in n for n in gazetteer.get("kordai").spellings())
    assert gazetteer.get("lugovaya").spellings() == ()  # a Russian name is the same everywhere
    assert gazetteer.get("syrym").spellings() == ()  # no rule for the Russian border
    assert "Цзимунай" in gazetteer.get("cn-jeminay").all_names()  # and the store's aliases


def test_an_uzbek_page_spelling_the_post_its_own_way():
    assert refs("Қозоғистоннинг «Жибек жоли» назорат-ўтказиш пунктида навбат бор.") == ["zhibek-zholy"]
    assert refs("Qozogʻistonning «Sariogʻoch» chegara bojxona posti orqali yuk oʻtdi.") == ["saryagash"]
    assert refs("Qozogʻistonning «Tojen» va «Qoplonbek» chegara punktlari yopildi.") == ["tazhen", "kaplanbek"]


def test_a_kyrgyz_page_spelling_the_post_its_own_way():
    assert refs("Казак тараптагы «Кордой» өткөрмө пунктунда кезек турат.") == ["kordai"]
    assert refs("Казак тараптагы «Сартөбө» өткөрмө пункту жабылды.") == ["sartobe"]


def test_a_stress_mark_inside_a_name():
    assert refs("Через КПП «Хорго́с» прошли грузовики.") == ["khorgos"]


def test_chinese_side_russian_names():
    assert refs("Через КПП Цзимунай прошли грузовики из Синьцзяна.") == ["cn-jeminay"]


def test_a_rail_port_of_entry_is_the_chinese_crossing():
    assert refs("Из железнодорожного порта Хоргос вышел сотый поезд Китай – Европа.") == ["cn-khorgos-rail"]
    text = "Порт Хоргос в Синьцзян-Уйгурском автономном районе Китая обработал тысячу поездов."
    assert [cp.country for cp in map(gazetteer.get, refs(text))] == ["Китай"]


def test_a_dry_port_stays_the_terminal():
    assert refs("Сухой порт «Хоргос» принял контейнеры.") == []


def test_a_shared_name_listed_with_a_chinese_post_is_chinese():
    text = "Через КПП Алашанькоу и Хоргос прошло более 4000 поездов."
    assert [gazetteer.get(r).country for r in refs(text)] == ["Китай", "Китай"]


def test_a_pair_across_the_border_is_still_read_by_its_sides():
    assert refs("Пункт пропуска «Нур жолы» – «Хоргос» (КНР) работает.") == ["nur-zholy", "cn-khorgos"]


def test_a_towns_bypass_road_is_not_the_post():
    assert refs("Мамлютка айналма жолы жөнделіп жатыр, шекара бекеті жұмыс істейді.") == []
    assert refs("Шекара бекеті жанындағы Мамлютка станциясының айналма жолы ашылды.") == []


def test_a_soft_hyphen_or_a_latin_lookalike_inside_a_name():
    assert refs("Через КПП Алашань\u00adкоу прошли поезда.") == ["cn-alashankou"]
    assert refs("Через КПП «Aлашанькоу» прошли поезда.") == ["cn-alashankou"]  # a Latin «A»
    assert refs("The Khorgos checkpoint is open.") == ["khorgos"]  # a Latin word stays Latin


def test_a_kyrgyz_kind_word_glued_to_the_name():
    spans = find_checkpoints("“Каркыра-унаажол” көзөмөл өткөрмө пункту күнү-түнү иштейт.")
    assert [(s.ref, s.kind) for s in spans] == [("kg-karkyra", "road")]
    spans = find_checkpoints("“Кайыңды-темир жол” көзөмөл өткөрмө пункту иштейт.")
    assert [(s.ref, s.kind) for s in spans] == [("kg-kainda-rail", "rail")]
