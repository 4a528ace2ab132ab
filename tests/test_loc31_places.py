"""loc31 (issue 15): Kyrgyz pages and the rivers, ranges and regions added to places.csv.
Made-up sentences in the shape of the fresh pages (kloop.kg, akchabar.kg, inbusiness.kz)."""

from store.extract.passes.kyrgyz_places import find_kyrgyz_places
from store.lang import kb
from store.lang.kyrgyz import kyrgyz_text

KYRGYZ = "Кыргызстандын жарандары Бүркүт районундагы көпүрөдөн Казакстанга өтө алышат, деп билдирди өкмөт."
KAZAKH = "Қырғызстан азаматтары Бүркіт ауданындағы көпірден Қазақстанға өте алады, деп хабарлады үкімет."


def test_a_kyrgyz_text_is_told_from_a_kazakh_and_a_russian_one():
    assert kyrgyz_text(KYRGYZ)
    assert not kyrgyz_text(KAZAKH)
    assert not kyrgyz_text("Граждане Кыргызстана могут въехать в Казахстан через пункт Өскемен-Түрген-Үшкөл.")


def test_kyrgyz_states_and_place_nouns_are_named_in_the_nominative():
    text = "Жүктөр Чыгыш облусунун Талдуу районундагы Көк-Жар айылынан Казакстанга жана Кытайга жөнөтүлөт."
    names = [n for _, n in find_kyrgyz_places(text)]
    assert names == ["Казакстан", "Кытай", "Чыгыш облусу", "Талдуу району", "Көк-Жар"]


def test_a_derived_word_of_a_state_is_no_place():
    assert find_kyrgyz_places("Казакстандык айдоочулар Кыргызстандыктар менен сүйлөштү.") == []


def _places(text: str) -> list[tuple[str, str]]:
    return [(m.form.row.id, text[m.start : m.end]) for m in kb.find(text) if m.form.row.type == "location"]


def test_rivers_ranges_and_regions_are_known_places():
    text = "Мост через Иртыш, склоны Заилийского Алатау и берега Урала видны из Сибири."
    assert _places(text) == [
        ("kz-irtysh-river", "Иртыш"),
        ("kz-zailiysky-alatau", "Заилийского Алатау"),
        ("kz-ural-river", "Урала"),
        ("ru-siberia", "Сибири"),
    ]
    kazakh = "Жайықтың суы азайды, Ертіске құятын өзендер де тартылды, деді Башқұртстан ғалымдары."
    assert [rid for rid, _ in _places(kazakh)] == ["kz-ural-river", "kz-irtysh-river", "ru-bashkortostan"]


def test_a_city_named_like_a_river_stays_the_city():
    assert [rid for rid, _ in _places("Поезд пришел в Уральск.")] == ["city-uralsk"]


def test_a_kazakh_person_glued_to_a_lower_case_word_is_the_person():
    from store.extract.ner import NerSpan
    from store.extract.passes.kazakh_places import _a_person_and_a_word

    text = "Бұл оқиға Қаратөбе ауылында болды. Полиция қызметкері Ерлан Сәрсенов судан баланы алып шықты."
    start = text.index("Ерлан")
    glued = NerSpan("location", start, start + len("Ерлан Сәрсенов судан"), "Ерлан Сәрсенов судан")
    person = _a_person_and_a_word(text, glued)
    assert person is not None and (person.type, person.text) == ("person", "Ерлан Сәрсенов")
    place = NerSpan("location", text.index("Қаратөбе"), text.index("Қаратөбе") + 8, "Қаратөбе")
    assert _a_person_and_a_word(text, place) is None


def test_kyrgyz_span_fixes():
    from types import SimpleNamespace

    from store.extract.ner import NerSpan
    from store.extract.passes import kyrgyz_places as kp

    ctx = SimpleNamespace(names={})
    place = kp._renamed(NerSpan("person", 10, 22, "Ысык-Көлдөгү"), ctx)
    assert place.type == "location" and ctx.names[(10, 22)] == "Ысык-Көл"
    kp._renamed(NerSpan("person", 30, 50, "Алмазбек Атамбаевдин"), ctx)
    assert ctx.names[(30, 50)] == "Алмазбек Атамбаев"
    assert kp._without_opener(NerSpan("person", 0, 7, "Мындай")) is None
    trimmed = kp._without_opener(NerSpan("person", 0, 13, "Расмий Астана"))
    assert (trimmed.type, trimmed.text, trimmed.start) == ("location", "Астана", 7)
    title = "Кеген аркылуу Кыргызстан менен Казакстан ортосунда автобустук каттам жанданат"
    assert kp._a_sentence_not_a_body(NerSpan("organization", 0, len(title), title))
    body = "Кыргызстандын Тышкы иштер министрлиги"
    assert not kp._a_sentence_not_a_body(NerSpan("organization", 0, len(body), body))


def test_a_short_kyrgyz_title_is_read_as_its_article():
    from store.extract.extractor import Extractor
    from store.model import Article

    title = "Кеген аркылуу Кыргызстан менен Казакстан ортосунда автобус каттамы ачылат"
    body = (
        "Сентябрдан тартып көзөмөл өткөрүү пункту аркылуу Каракол шаарынан Алматыга автобус каттамдары ачылат. "
        "Бул тууралуу өкмөттүн маалымат кызматы кабарлады. Каттам жыл бою иштейт, деп билдиришти."
    )
    article = Article(file="t.txt", path="t.txt", raw=f"{title}\n{body}", title=title, body=body)
    found = {(m.type, m.name) for m in Extractor().extract(article).mentions if m.field == "title"}
    assert {("location", "Кыргызстан"), ("location", "Казакстан")} <= found


def test_kazakh_place_nouns_read_an_aimag_a_reservoir_and_a_lake_not_a_vehicle():
    from store.extract.passes.kazakh_places import find_kazakh_place_nouns

    def names(text):
        return [n for _, n in find_kazakh_place_nouns(text)]

    assert names("Олар Моңғолияның Баян Өлгей аймағына барды.") == ["Баян Өлгей аймағы"]
    assert names("Жаңбырдан Сардоба су қоймасы толып кетті.") == ["Сардоба су қоймасы"]
    assert names("Тұрғындар Ақбұлақ көліне демалуға барады.") == ["Ақбұлақ"]
    assert names("Жүк көлігі мен Жеңіл көліктер тұр.") == []


def test_a_kazakh_surname_in_nko_loses_its_case_ending():
    from store.lang.kazakh import person_name

    assert person_name("Петр Троценконың") == "Петр Троценко"


def _found(text: str) -> set[tuple[str, str]]:
    from store.extract.extractor import Extractor
    from store.model import Article

    article = Article(file="t.txt", path="t.txt", raw=text, title="", body=text)
    return {(m.type, m.name) for m in Extractor().extract(article).mentions}


def test_places_in_a_kazakh_clause_the_model_read_as_one_place_are_named():
    found = _found("Қытайға баратындар көбіне Ресейдің Алтай өлкесін басып өтеді.")
    assert {("location", "Ресей"), ("location", "Алтай өлкесі")} <= found


def test_a_person_made_of_two_known_places_is_the_two_places():
    found = _found("Биыл жазда Астанадан Моңғолияға мәдени сапар ұйымдастырылды.")
    assert {("location", "Астана"), ("location", "Моңғолия")} <= found
    assert not any(t == "person" for t, _ in found)


def test_an_initial_glued_to_a_surname_is_spaced_not_one_glued_to_an_initial():
    found = _found("Об этом сообщил аким района А.Смаилов. Историк Л.Н.Гумилев писал о гуннах.")
    assert {("person", "А. Смаилов"), ("person", "Л.Н. Гумилев")} <= found


def test_a_case_form_of_a_place_named_elsewhere_takes_its_name():
    found = _found("Проблема перехода из аула Кызылсай назрела давно. Соседнее с Кызылсаем село называется Кырыкпшак.")
    assert ("location", "Кызылсай") in found
    assert ("location", "Кызылсаем") not in found


def test_a_kazakh_surname_in_uly_after_an_unknown_given_name_is_a_person():
    from store.extract.passes.kazakh_persons import full_names

    text = "Көлік тізгінінде – Жолдыбек Сарымсақұлы. Жиында Ерлан Серікұлы Ахметов сөйледі."
    assert [name for _, name in full_names(text)][:1] == ["Жолдыбек Сарымсақұлы"]


def test_the_pavlodar_regions_kazakh_prose_name_is_no_river():
    assert [rid for rid, _ in _places("Ертіс-Баян өңіріндегі бекеттер жаңартылады.")] == ["obl-pavlodar"]


def test_a_road_named_by_three_stops_is_its_stops_and_a_corridor_is_no_place():
    found = _found("Начато строительство автодороги Туркменбаши–Гарабогаз–граница Казахстана по маршрутам Север-Юг.")
    assert {("location", "Туркменбаши"), ("location", "Гарабогаз")} <= found
    assert not any("–" in n or n == "Север-Юг" for _, n in found)


def test_a_kazakh_village_list_may_hold_a_name_with_a_lower_case_word():
    from store.extract.passes.kazakh_places import find_kazakh_place_nouns

    assert [n for _, n in find_kazakh_place_nouns("Су Жеңіс, Жаңа тұрмыс ауылдарын басты.")] == ["Жеңіс", "Жаңа тұрмыс"]


def test_kazakh_lists_hold_a_name_with_bi_and_an_aside_before_the_noun_and_latin_twins():
    from store.extract.passes.kazakh_places import find_kazakh_place_nouns

    def names(text):
        return [n for _, n in find_kazakh_place_nouns(text)]

    assert names("Әкім Қарабұлақ, Төле би, Жаңаталап ауылдық округтерінде болды.") == [
        "Қарабұлақ",
        "Төле би",
        "Жаңаталап",
    ]
    assert names("Кезек Сарытөбе (Ақжар – ред.) ауылына дейін созылды.") == ["Сарытөбе"]
    assert names("Көктерек, Ақсай ауылдaрының тұрғындары жиналды.") == ["Көктерек", "Ақсай"]


def test_a_trimmed_person_of_two_known_places_is_the_two_places():
    found = _found("Шекарада Қазақстаннан Ресейге өте алмай тұрмыз, деді жүргізушілер.")
    assert {("location", "Қазақстан"), ("location", "Ресей")} <= found
    assert not any(t == "person" for t, _ in found)


def test_rural_districts_listed_after_their_noun_and_a_colon():
    from store.extract.passes.region_lists import find_district_lists

    text = "В районе упразднили три сельских округа: Озерский, Заречный и Южный."
    assert [n for _, n in find_district_lists(text)] == [
        "Озерский сельский округ",
        "Заречный сельский округ",
        "Южный сельский округ",
    ]


def test_a_district_noun_closing_a_heading_names_nothing_on_the_next_line():
    found = _found("Самый маленький район\nДля Тимирязевского района это логичное решение.")
    assert not any(n.startswith("район ") for _, n in found)


def test_a_kazakh_plural_word_makes_no_person():
    found = _found("Мереке Кеншілер Мәдениет үйінің алаңында өтті, тұрғындар жиналды.")
    assert not any(t == "person" for t, _ in found)
