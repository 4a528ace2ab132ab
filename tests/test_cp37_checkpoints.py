"""cp37: shapes fresh pages from Russian border-region, Kyrgyz and Uzbek outlets showed
(made-up sentences in the shapes of real ones): a town whose name holds a shorter post's name
(«Карасуке» is Карасук, not Карасу with a Kazakh ending), generic plural posts and a
lowercase word after «постов» are no cue for a town, passengers with cargo name no passenger
post, a cue right before a name is that name's, a crossing named as a direction, a neuter
adjective name in its oblique cases («у Бугристого», «в Тёплом») but not its district («в
Звериноголовском округе»), and the rows and variants added with sources («Довуд ота»,
«Мариинка», «Кошелёвка»)."""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.surface, s.ref, s.kind) for s in find_checkpoints(text)]


def test_a_longer_name_wins_over_a_shorter_one_with_a_kazakh_ending():
    text = "На пограничном посту в Карасуке таможенники задержали партию обуви."
    assert [r for _, r, _ in found(text)] == ["ru-karasuk"]


def test_the_short_name_still_takes_its_kazakh_ending():
    assert [r for _, r, _ in found("Жүк көліктері «Қарасуға» өткізу пунктіне жетті.")] == ["karasu-kg"]


def test_a_town_with_posts_in_the_plural_is_no_checkpoint():
    text = "В 20-тысячном Карасуке после появления таможенных постов вырос рынок у вокзала."
    assert found(text) == []


def test_a_post_noun_before_a_lowercase_word_is_no_cue():
    text = "В Карасуке с приходом пограничных постов жизнь почти не изменилась."
    assert found(text) == []


def test_a_post_noun_before_a_capitalized_name_is_still_a_cue():
    text = "На границе с Кыргызстаном заработали посты Сыпатай батыр и Айша-биби."
    assert [r for _, r, _ in found(text)] == ["sypatai-batyr", "aisha-bibi"]


def test_passengers_with_cargo_name_no_passenger_post():
    text = "Для пассажирского и грузового транспорта пункт пропуска «Кордай» открыт круглосуточно."
    assert found(text) == [("Кордай", "kordai", None)]


def test_a_pedestrian_post_is_still_a_passenger_post():
    assert found("Пешеходный пункт пропуска «Атамекен» откроют весной.") == [("Атамекен", "atameken", "passenger")]


def test_a_cue_right_before_a_name_is_its_own():
    text = "Через станцию Сарыагаш и пункт пропуска «Жибек жолы» в праздники прошли сотни путников."
    assert [r for _, r, _ in found(text)] == ["saryagash", "zhibek-zholy"]


def test_a_crossing_named_as_a_direction():
    text = "Пограничники открыли новый кордон на направлении «Фомин» для жителей приграничья."
    assert [r for _, r, _ in found(text)] == ["ru-fomin"]


def test_uzbek_spellings_of_daut_ata():
    text = "Qozogʻiston «Tajen» va Oʻzbekiston «Dovud ota» chegara oʻtkazish punkti yopildi."
    assert [r for _, r, _ in found(text)] == ["tazhen", "uz-daut-ata"]
    assert [r for _, r, _ in found("«Довуд ота» пости орқали ўтиш тўхтатилди, чегара ёпиқ.")] == ["uz-daut-ata"]


def test_russian_posts_added_with_sources():
    text = "Пункт «Желкуар» закрыт, а российский погранпункт «Мариинка» работает."
    assert [r for _, r, _ in found(text)] == ["zhelkuar", "ru-mariinsky"]
    text = "Строительство пункта пропуска «Кошелёвка» в Астраханской области заморозили."
    assert [r for _, r, _ in found(text)] == ["ru-koshelevka"]


def test_a_neuter_adjective_name_in_oblique_cases():
    text = "Очередь у пункта пропуска Бугристого растянулась, а на погранпереходе в Тёплом пусто."
    assert [r for _, r, _ in found(text)] == ["ru-bugristoe", "ru-teploe"]


def test_a_district_named_after_a_post_is_no_post():
    text = "В Звериноголовском округе у границы с Казахстаном открыли новую школу."
    assert found(text) == []
