"""Checkpoints, issue 15 continued (cp17): shapes found on fresh pages nobody here had read.
Made-up sentences."""

from store.extract.checkpoints import find_checkpoints


def kinds(text):
    return [(s.ref, s.kind) for s in find_checkpoints(text)]


def test_a_passenger_vehicle_says_nothing_of_the_posts_kind():
    text = "Пункт пропуска «Сырым» закрыт. Пассажирские автобусы пойдут через посты «Шаган» и «Таскала»."
    assert kinds(text) == [("syrym", None), ("shagan", None), ("taskala", None)]


def test_a_passenger_or_foot_crossing_is_still_read_as_one():
    assert kinds("Вчера пассажирский пункт пропуска «Жибек жолы» работал до ночи.") == [("zhibek-zholy", "passenger")]
    assert kinds("Пешеходный переход «Бахты» открыли на границе с Китаем.")[0][1] == "passenger"


BULLETS = """Правительство утвердило перечень автомобильных пунктов пропуска на границе с Россией:

- в Атырауской области - Курмангазы;

- в Западно-Казахстанской - Сырым, Таскала;

- в Актюбинской - Алимбет, Жайсан;

- в Костанайской - Кайрак."""


def test_an_ambiguous_name_alone_on_a_line_of_a_bulleted_list_of_posts_is_a_post():
    assert [s.ref for s in find_checkpoints(BULLETS)][:1] == ["kurmangazy"]


def test_the_same_name_in_a_bulleted_list_of_other_things_is_not():
    text = (
        "Программа вечера в филармонии:\n\n- увертюра - Курмангазы;\n\n- песня - Абай;\n\n"
        "- кюй - Таттимбет.\n\nНа пункте пропуска «Сырым» очередей нет."
    )
    assert [s.ref for s in find_checkpoints(text)] == ["syrym"]


def test_a_name_after_a_settlements_abbreviation_is_the_town_not_the_post():
    text = "Жители г.Токмок и с. Кен-Булун ездят в Казахстан через пункт пропуска «Карасу»."
    assert [s.ref for s in find_checkpoints(text)] == ["karasu-kg"]
    assert [s.ref for s in find_checkpoints("Пункт пропуска «Токмок» открыт.")] == ["kg-tokmok"]


def unlisted(text):
    return [s.name for s in find_checkpoints(text) if s.ref.startswith("unlisted:")]


def test_an_unknown_post_paired_without_quotes_right_after_a_posts_noun():
    # (a made-up post: «Вишневка», the name these lines used until cp31, is a gazetteer row now)
    assert unlisted("Фуры пошли через КПП Жанибек – Степновка, там пусто.") == ["Степновка"]
    assert unlisted("Очередь короче через КПП «Степновка - Жанибек», говорят водители.") == ["Степновка"]
    assert [s.ref for s in find_checkpoints("Фуры пошли через КПП Жанибек – Вишневка, там пусто.")] == [
        "zhanibek",
        "ru-vishnevka",
    ]


def test_a_town_of_ours_paired_with_a_post_is_a_roads_end():
    assert unlisted("Дорогу от КПП Хоргос – Жаркент расширят.") == []
    assert unlisted("По линии Бахты – Аягоз через пункт пропуска пойдут поезда.") == []


def test_a_railway_station_named_like_a_road_post_is_the_station():
    assert find_checkpoints("Поезд прибыл на станцию Кызылжар, где его проверили пограничники.") == []
    assert find_checkpoints("Қызылжар стансасында шекарашылар пойызды тексерді.") == []
    assert [s.ref for s in find_checkpoints("Через пункт пропуска «Кызыл Жар» прошли 300 машин.")] == ["kyzyl-zhar"]


def test_a_station_with_a_rail_post_of_its_name_is_that_post():
    assert [(s.ref, s.kind) for s in find_checkpoints("На станции Достык пограничники проверили поезд.")] == [
        ("dostyk", "rail")
    ]


def test_a_kazakh_train_word_gives_the_rail_kind():
    text = "Жүк пойыздары «Достық» және «Алтынкөл» бекеттері арқылы өтеді."
    assert kinds(text) == [("dostyk", "rail"), ("altynkol", "rail")]


def test_the_russian_post_opposite_kyzyl_zhar():
    text = "Модернизация МАПП «Казанское – Кызыл Жар» продлится до 2027 года."
    assert [s.ref for s in find_checkpoints(text)] == ["ru-kazanskoe", "kyzyl-zhar"]


def test_more_nouns_of_a_post_confirm_an_ambiguous_name():
    assert [s.ref for s in find_checkpoints("Пункты пропуска работают. На погранпосту «Алимбет» очередь.")] == [
        "alimbet"
    ]
    assert [s.ref for s in find_checkpoints("Граница открыта. На автопереходе Аксай стоят фуры.")] == ["aksai"]
    assert [s.ref for s in find_checkpoints("Граница открыта. На таможне «Орда» скопились фуры.")] == ["orda"]
    assert find_checkpoints("Граница открыта. Аксай и Орда вышли в финал турнира.") == []


def test_a_road_posts_village_in_the_locative_is_the_village():
    text = "Пункт пропуска загружен: фуры отправляют на стоянку в Кордае для досмотра."
    assert find_checkpoints(text) == []
    assert [s.ref for s in find_checkpoints("На Кордае очередь, пункт пропуска загружен.")] == ["kordai"]
    assert [s.ref for s in find_checkpoints("Пункт пропуска работает: краны в Алтынколе починили.")] == ["altynkol"]


def test_a_bulleted_list_of_post_pairs_stays_in_the_body():
    from store.model import RawDoc
    from store.reading.parse import parse

    text = (
        "Пункт пропуска «Сырым» закрыли\n\n"
        "На пункте пропуска «Сырым» начата реконструкция, которая продлится до конца будущего года.\n\n"
        "Водителям советуют выбирать другие пункты пропуска.\n\n"
        "Альтернативные пункты пропуска:\n\n"
        "• «Шаган» (РК) – «Теплое» (РФ)\n\n"
        "• «Аксай» (РК) – «Илек» (РФ)\n"
    )
    body = parse(RawDoc(file="x.txt", path="/in/x.txt", format="text", text=text, raw=text)).body
    assert body.endswith("• «Шаган» (РК) – «Теплое» (РФ)\n\n• «Аксай» (РК) – «Илек» (РФ)")


def test_an_initials_dot_before_a_name_ends_no_sentence():
    assert [s.ref for s in find_checkpoints("Пункт пропуска «Б. Қонысбаев» работает круглосуточно.")] == [
        "b-konysbayeva"
    ]
