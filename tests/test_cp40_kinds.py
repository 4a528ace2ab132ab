"""cp40: the kind of crossing a mention is when no kind word names it, for the names that
stand for posts of two kinds (made-up sentences in the shapes of real ones): what crosses
there in its sentence (trucks and drivers at a road post, wagons and trains at a rail one, in
Russian and Kazakh); the gazetteer's first row only when the sentence says nothing."""

from __future__ import annotations

import pytest

from store.extract import checkpoints
from store.extract.checkpoints import find_checkpoints


def found(text: str) -> list[tuple[str, str | None]]:
    return [(s.ref, s.kind) for s in find_checkpoints(text)]


def test_trucks_in_the_sentence_make_dostyk_the_road_post():
    text = "На пункте пропуска Достык скопились сотни фур, водители ждут по трое суток."
    assert found(text) == [("alakol", "road")]


def test_wagons_in_the_sentence_keep_dostyk_the_rail_post():
    text = "На пограничной станции Достык простаивают три тысячи вагонов с зерном."
    assert found(text) == [("dostyk", "rail")]


def test_kazakh_trucks_make_dostyk_the_road_post():
    text = "«Достық» өткізу пунктінде жүздеген жүк көлігі кезекте тұр."
    assert found(text) == [("alakol", "road")]


def test_trains_make_zhaisan_the_rail_post():
    text = "Через пункт пропуска «Жайсан» пошли поезда из Актобе в Оренбург."
    assert found(text) == [("zhaisan-rail", "rail")]


def test_a_kind_word_wins_over_what_crosses():
    text = "Железнодорожный пункт пропуска «Достык» принял вагоны, а водители фур ждут в Хоргосе."
    assert found(text)[0] == ("dostyk", "rail")


def test_a_sentence_of_trucks_and_trains_says_nothing():
    text = "Через пункт пропуска Достык везут зерно на фурах и в вагонах."
    assert found(text) == [("dostyk", None)]


def test_a_name_of_one_kind_keeps_its_row_whatever_crosses():
    text = "На пункте пропуска «Тажен» скопились поезда."  # one row, road: the sentence does not overrule it
    assert found(text) == [("tazhen", None)]


def test_without_any_words_the_first_row_stands():
    assert found("Пункт пропуска «Достык» откроется в понедельник.") == [("dostyk", None)]


def test_the_switch_turns_the_reading_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(checkpoints, "READ_KIND_BY_CONTEXT", False)
    text = "На пункте пропуска Достык скопились сотни фур, водители ждут по трое суток."
    assert found(text) == [("dostyk", None)]


def test_the_rail_junction_syrdarya_is_its_own_row():
    text = "Делегация осмотрела железнодорожный стык Сырдарья на границе с Узбекистаном."
    assert found(text) == [("syrdarya-rail", "rail")]


def test_a_bare_syrdarya_stays_the_pedestrian_crossing():
    text = "Пункт пропуска «Сырдарья» на границе с Узбекистаном закрыт на ремонт."
    assert found(text) == [("syrdarya", None)]


def test_uzbek_cyrillic_junction_names_both_posts():
    text = "Делегация “Сариағаш” ва “Сирдарё” давлатлараро туташ нуқталарини кўздан кечирди."
    assert [r for r, _ in found(text)] == ["saryagash", "syrdarya-rail"]


def test_a_filling_station_is_no_rail_station():
    text = "Жол «Эко Ойл» жанармай құю станциясы – Жайсан өткізу пункті аралығында жабылды."
    assert found(text) == [("zhaisan", None)]


def test_a_list_line_takes_the_kind_of_the_text_above_its_header():
    text = (
        "Пересечь границу с Китаем на автомобиле в эти дни будет невозможно.\n\n"
        "Пограничники назвали, какие КПП приостановят работу:\n\n"
        "Бахты — область Абай;\n\n"
        "Достык и Нур Жолы — область Жетысу."
    )
    assert [r for r, _ in found(text)] == ["bakhty", "alakol", "nur-zholy"]


def test_the_nearest_paragraph_that_speaks_of_a_kind_decides():
    text = (
        "В Казахстан ехали поездом, дальше взяли такси.\n\n"
        "Везде пробки на 30 километров. Наконец нашли малоизвестное КПП «Жанибек»."
    )
    assert found(text) == [("zhanibek", "road")]


def test_a_paragraph_above_that_speaks_of_trains_makes_dostyk_rail():
    text = "Железнодорожные пункты пропуска работают штатно.\n\nВ Достыке за сутки приняли сорок составов."
    assert found(text) == [("dostyk", "rail")]


def test_the_kazakh_word_for_village_before_agriculture_is_no_post():
    text = "Қытай шекарасынан астық өтпей жатыр. Ауыл шаруашылығы министрі шекара бекеттеріндегі жағдайды түсіндірді."
    assert found(text) == []


def test_the_quoted_post_auyl_is_still_read():
    assert [r for r, _ in found("«Ауыл» өткізу пунктінде жүк көліктері кезекте тұр.")] == ["auyl"]
