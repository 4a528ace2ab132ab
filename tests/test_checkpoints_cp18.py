"""Checkpoints, issue 15 continued (cp18): last stop's leftovers and shapes of fresh pages.
Made-up sentences."""

from store.extract.checkpoints import find_checkpoints
from store.reading.parse import parse
from store.reading.read import read_path


def refs(text):
    return [s.ref for s in find_checkpoints(text)]


def test_a_posts_name_before_a_surname_is_a_first_name():
    assert refs("Начальник отдела Аят Ахметов сообщил, что пункт пропуска работает штатно.") == []
    assert refs("О работе пункта пропуска рассказал Аят Жумабаев.") == []


def test_the_post_itself_is_still_read_beside_a_namesake():
    assert refs("На пункте пропуска «Аят» дежурил Аят Ахметов, пункт пропуска работал.") == ["ayat"]
    assert refs("Пункт пропуска Аят Костанайской области закрыт на ремонт.") == ["ayat"]
    assert refs("Пункт пропуска Кондыбай Комсомольский работает.")[:1] == ["kondybai"]


def test_a_neighbours_city_in_an_unquoted_pair_is_a_roads_end_not_a_post():
    assert refs("Водители едут через КПП Кордай – Бишкек без задержек.") == ["kordai"]
    assert refs("Фуры стоят у КПП Хоргос – Урумчи уже сутки.") == ["khorgos"]


def test_an_unknown_village_in_the_same_pair_is_still_the_neighbours_post():
    found = [s.name for s in find_checkpoints("Фуры пошли через КПП Жанибек – Вишневка, там пусто.")]
    assert found == ["Жаныбек", "Вишневка"]


PAGE_CUT = (
    "Очереди на границе растут\n\n"
    "Водители жалуются на очереди у пункта пропуска «Сырым». Пограничники советуют ехать через «Таскала».\n"
    "Грузовики теперь направляют на пункт пропуска «Шаган», где очередь заметно мен"
)


def test_a_page_cut_off_mid_sentence_keeps_its_last_line(tmp_path):
    page = tmp_path / "cut.txt"
    page.write_text(PAGE_CUT, encoding="utf-8")
    (doc,) = read_path(page)
    body = parse(doc).body
    assert body.endswith("где очередь заметно мен")
    assert "shagan" in refs(body)


def test_a_short_teaser_line_at_the_end_is_still_left_out(tmp_path):
    page = tmp_path / "teaser.txt"
    page.write_text(
        "Очереди на границе растут\n\nВодители жалуются на очереди у пункта пропуска «Сырым».\n"
        "Читайте также: Новый терминал откроют весной",
        encoding="utf-8",
    )
    (doc,) = read_path(page)
    assert "терминал" not in parse(doc).body


def kinds(text):
    return [(s.ref, s.kind) for s in find_checkpoints(text)]


def test_a_trip_is_no_train():
    assert kinds("Поездка журналистов в МЦПС «Хоргос» прошла спокойно.") == [("khorgos", None)]
    assert kinds("Поезд прошел через пункт пропуска «Достык».") == [("dostyk", "rail")]


def test_a_spelling_shared_with_a_programme_is_the_post_only_among_posts():
    listed = 'Закрыты автомобильные пункты "Майкапчагай", "Бахты", "Нурлы жол" и "Калжат".'
    assert refs(listed) == ["maikapshagai", "bakhty", "nur-zholy", "kalzhat"]
    assert refs('Пункт пропуска "Нурлы жол" закрыт на праздники.') == ["nur-zholy"]
    assert refs('Государственная программа "Нурлы жол" продлена до 2030 года.') == []
    assert refs("По программе «Нурлы жол» построят дорогу к пункту пропуска «Кордай».") == ["kordai"]
    assert refs("Программу «Нурлы жол» обсудили, а пункт пропуска «Нурлы жол» закрыт.") == ["nur-zholy"]


def test_the_towns_a_road_is_written_by_are_not_posts():
    road = "Жөндеу «РФ шекарасы – Ақтөбе – Тараз – Қордай – Алматы – Қорғас – ҚХР шекарасы» автожолында жүріп жатыр."
    assert refs(road + " Ал «Нұр жолы» өткізу пункті ашық.") == ["nur-zholy"]
    russian = "Закрыта автодорога «Кокшетау – Рузаевка – Бидаик – граница РФ», пункт пропуска «Сырым» работает."
    assert refs(russian) == ["syrym"]


def test_a_post_named_with_its_own_noun_inside_a_roads_name_is_still_a_post():
    text = "Ашылды: «Ақтөбе — Мәртөк — РФ шекарасы (Әлімбет өткізу бекеті)» автожолы."
    assert refs(text) == ["alimbet"]
    assert refs("«Көкшетау – Кішкенекөл – РФ шекарасы Бидайық (ө/п)» автожолы жабылды.") == ["bidaik"]


def test_the_kazakh_abbreviation_of_a_post_is_a_posts_cue():
    assert refs("Жол жөнделді: Аят (ө/п) арқылы өтуге болады.") == ["ayat"]


def test_kazakh_names_in_both_official_latin_alphabets():
    latin_2018 = "Shekaradaǵy «Maıqapshaǵaı» jáne «Tájen» ótkizý pýnktteri ashyldy."
    assert refs(latin_2018) == ["maikapshagai", "tazhen"]
    latin_2021 = "Şekaradağy «Şarbaqtı» jäne «Qorğas» ötkızu punktterı aşyldy."
    assert refs(latin_2021) == ["sharbakty", "khorgos"]
