"""Checkpoints, issue 15 (cp29): shapes met on fresh pages — a post called by its old name
beside its current one, the Great Silk Road in a Kazakh sentence about a border station, a
side of the joint centre at Хоргос, a Pavlodar road post the gazetteer lacked. Made-up
sentences."""

from store.extract.checkpoints import find_checkpoints


def spans(text):
    return [(s.ref, s.name) for s in find_checkpoints(text)]


def test_a_former_name_beside_the_current_one_is_stored_under_the_current_name():
    text = (
        "Пограничная станция Достык работает с 1990 года. Раньше станцию называли «Дружба», через переход шли вагоны."
    )
    assert spans(text) == [("dostyk", "Достык"), ("dostyk", "Достык")]


def test_a_former_name_alone_stays_as_written():
    text = "В 1995 году через пограничный переход «Дружба» прошли первые контейнерные поезда."
    assert spans(text) == [("dostyk", "Дружба")]


def test_a_former_name_that_is_another_posts_name_stays():
    text = "Автомобильный пункт пропуска «Достык» закрыт, а железнодорожная станция Достык работает."
    assert [name for _, name in spans(text)] == ["Достык", "Достык"]
    assert [ref for ref, _ in spans(text)] == ["alakol", "dostyk"]


def test_the_great_silk_road_is_no_post():
    text = "Достық теміржол станциясы шекарада, Ұлы Жібек жолының бойында орналасқан."
    assert [ref for ref, _ in spans(text)] == ["dostyk"]
    text = "Станция Алтынколь на границе стоит на трассе Великий Жибек жолы, говорят железнодорожники."
    assert [ref for ref, _ in spans(text)] == ["altynkol"]


def test_a_country_word_before_the_centre_names_its_side_not_the_posts():
    text = "Из-за праздника в КНР и остановки работы китайской стороны МЦПС «Хоргос» центр закроется на две недели."
    assert [ref for ref, _ in spans(text)] == ["khorgos"]
    # the Chinese post itself is still read from its country words
    text = "Туристы вернулись домой через китайский пункт пропуска Хоргос в Синьцзяне."
    assert [ref for ref, _ in spans(text)] == ["cn-khorgos"]


def test_the_pavlodar_road_post_amangeldy():
    text = "Жол картасына «Қосақ», «Амангелді» және «Найза» автомобиль өткізу бекеттері енді."
    assert [ref for ref, _ in spans(text)] == ["kosak", "amangeldy", "naiza"]
    # a person of that name is not the post
    assert spans("Аким Амангельды Жумабаев посетил пункт пропуска «Найза».") == [("naiza", "Найза")]


def test_a_border_named_by_its_two_countries_puts_the_post_on_neither_side():
    text = "Қазақстан мен Қытай шекарасында орналасқан «Қорғас» орталығы екі аптаға жабылады."
    assert [ref for ref, _ in spans(text)] == ["khorgos"]
    text = "На границе с Китаем пункт пропуска «Хоргос» закроют на праздники."
    assert [ref for ref, _ in spans(text)] == ["khorgos"]


def test_xinjiang_in_kazakh_puts_the_post_in_china():
    text = "Наурыздан бері Шыңжаңдағы Қорғас шекарасынан өткендер саны артты."
    assert [ref for ref, _ in spans(text)] == ["cn-khorgos"]


def test_the_far_end_of_a_road_is_the_town():
    assert spans("Машина шла по платной трассе Алматы — Хоргос к границе, рассказал водитель.") == []
    assert spans("Көлігіміз Алматы – Қорғас ақылы тасжолымен шекараға қарай келеді.") == []
    # a post after its own noun is still a post
    text = "Фуры стоят на пункте пропуска «Хоргос» у границы, трасса Алматы — Жаркент свободна."
    assert [ref for ref, _ in spans(text)] == ["khorgos"]


def test_the_post_at_a_village_after_its_noun():
    text = "Пункт пропуска Желкуар закрыт (он расположен напротив пункта пропуска в поселке Мариинский), сообщили пограничники."
    assert [ref for ref, _ in spans(text)] == ["zhelkuar", "ru-mariinsky"]
    # without the post's noun before it the village stays a village
    assert spans("Погранслужба сообщила о паводке, жители в поселке Мариинский эвакуированы.") == []


def test_the_kazakh_rail_word_makes_a_text_about_crossings():
    text = "Облыс әкімдігінде «Бақты-Аягөз» теміржол желісінің құрылысы талқыланды."
    assert [ref for ref, _ in spans(text)] == ["bakhty-rail"]
    # without any such word a name alone is not read
    assert spans("Облыс әкімдігінде Бақты ауылының мектебі талқыланды.") == []


def test_the_station_word_in_kazakh_latin_makes_a_text_about_crossings():
    text = "Temirjolshylar aitty: Dostyq stansiyasy arqyly jýk tasymaly toqtatyldy."
    assert [ref for ref, _ in spans(text)] == ["dostyk"]


def test_the_free_economic_zone_and_the_dry_port_are_no_posts():
    assert spans("Министр посетил СЭЗ «Хоргос – Восточные ворота» у границы с Китаем.") == []
    assert spans("Шекарадағы «Қорғас – Шығыс қақпасы» арнайы экономикалық аймағы кеңейеді.") == []
    assert spans("Контейнеры идут через сухой порт «Хоргос» и СЭЗ Хоргос к границе.") == []
    # the centre named like the post is the post's row
    text = "Рядом с СЭЗ строят Международный центр приграничного сотрудничества «Хоргос» на границе."
    assert [ref for ref, _ in spans(text)] == ["khorgos"]


def test_two_posts_listed_with_and_each_with_its_country():
    text = "Центр построят у контрольно-пропускных пунктов «Атамекен» (Казахстан) и «Гулистан» (Узбекистан)."
    found = find_checkpoints(text)
    assert [s.ref for s in found][0] == "atameken"
    assert [s.surface for s in found] == ["Атамекен", "Гулистан"]
    # without the brackets «и» lists two posts of ours, and an unknown name is not read
    assert [s.surface for s in find_checkpoints("Пункты пропуска «Атамекен» и «Гулистан» работают.")] == ["Атамекен"]


def test_kyrgyz_district_and_a_list_of_villages_are_no_posts():
    text = "Чек ара кызматы: Кордай районундагы Масанчи, Сортөбе, Каракемер айылдарындагы окуядан кийин «Токмок» өткөрүү жайы иштеп жатат."
    assert [ref for ref, _ in spans(text)] == ["kg-tokmok"]
    text = "После событий в Сартобе и Масанчи сёлах пограничники усилили пункт пропуска «Кордай»."
    assert [ref for ref, _ in spans(text)] == ["kordai"]


def test_the_kyrgyz_word_for_a_crossing_place():
    text = "Кечээ “Кең-Булуң” жана “Токмок” өткөрүү жайларында жарандар көбөйдү."
    assert [ref for ref, _ in spans(text)] == ["kg-ken-bulun", "kg-tokmok"]


def test_a_party_named_like_a_post_and_a_place_that_holds_posts():
    text = "Кеше «Ақ жол» партиясының депутаттары шекара бекетінде болды."
    assert spans(text) == []
    text = "Депутаттар Сарыағаштағы бірқатар шекара бекеттерінде болып, кезекпен танысты."
    assert spans(text) == []
    # the post at a place, one post: still the post
    text = "Депутаттар Сарыағаштағы теміржол өткізу пунктінде болды."
    assert [ref for ref, _ in spans(text)] == ["saryagash"]


def test_the_zone_beside_the_post_stays_in_the_posts_entity():
    text = (
        "Парк строят на территории СЭЗ «Хоргос – Восточные ворота». Заседание по работе МЦПС «Хоргос» пройдёт в ноябре."
    )
    assert [ref for ref, _ in spans(text)] == ["khorgos", "khorgos"]
