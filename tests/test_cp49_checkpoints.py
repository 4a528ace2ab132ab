"""cp49: places taken for posts. A post's name with a place's own word after it is the place:
the Kazakh loanwords for a village or a settlement («Ганюшкино селосынан», «Қорғас кентінде»),
a republic's word («Qoraqalpog`iston Respublikasi», «Республики Каракалпакстан»), English place
nouns and a list of lakes («Alakol and Balkhash lakes»); and the village Ганюшкино (a district
centre, its rail post unverified) needs a cue of its own. «Road surface» is no road post's
kind. Made-up sentences in the shapes of the saved pages (ult.kz, darakchi.uz, astanatimes.com,
atr.kz, a Kazakh road notice in English); the posts themselves are still read."""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints


def refs(text: str) -> list[tuple[str, str]]:
    return [(s.surface, s.ref) for s in find_checkpoints(text)]


def test_a_kazakh_village_word_makes_the_name_the_village():
    text = "Шекара бекеттерінен алыс жатқан Ганюшкино селосынан ауылдарға дейін 280 шақырым."
    assert refs(text) == []


def test_a_kazakh_settlement_word_makes_the_name_the_town():
    text = "Шекара маңындағы Қорғас кентінде жаңа мектеп ашылды, деді кеден қызметкерлері."
    assert refs(text) == []


def test_the_post_itself_is_still_read():
    text = "Ганюшкино теміржол өткізу бекеті арқылы жүк өтті."
    assert refs(text) == [("Ганюшкино", "ganyushkino")]


def test_the_district_centre_alone_needs_its_own_cue():
    text = "Шекарадан өту қиын. Азық-түлікті Ганюшкиннен тасығанша көрші ауылдан әкелген тиімді."
    assert refs(text) == []


def test_a_republic_with_its_word_is_no_post():
    text = "Qozog`istonning «Tajen» chegara bojxona posti va Qoraqalpog`iston Respublikasida joylashgan post."
    assert refs(text) == [("Tajen", "tazhen")]


def test_a_republic_after_its_word_is_no_post():
    text = "Через пункт пропуска «Тажен» едут в Республику Каракалпакстан."
    assert refs(text) == [("Тажен", "tazhen")]


def test_a_list_of_lakes_holds_no_post():
    text = "The checkpoints Dostyk and Nur Zholy work. Tourists go to the Alakol and Sasykkol lakes."
    assert [r for _, r in refs(text)] == ["dostyk", "nur-zholy"]


def test_an_english_place_noun_after_the_name():
    text = "The Akzhol checkpoint in Kordai village was rebuilt at the border."
    assert "kordai" not in [r for _, r in refs(text)]


def test_road_surface_gives_no_kind():
    text = 'Cars wait due to the repair of the road surface at the "Gisht Kuprik" checkpoint.'
    assert [(s.ref, s.kind) for s in find_checkpoints(text)] == [("uz-gishtkuprik", None)]


def test_a_road_checkpoint_still_gives_road():
    text = 'Cars wait at the road checkpoint "Gisht Kuprik".'
    assert [(s.ref, s.kind) for s in find_checkpoints(text)] == [("uz-gishtkuprik", "road")]


def test_the_post_ending_a_railway_is_the_rail_crossing():
    text = "Строительство железной дороги Аягоз – Бахты завершат к 2027 году, сообщили на станции."
    assert [(s.ref, s.kind) for s in find_checkpoints(text)] == [("bakhty-rail", "rail")]


def test_the_town_ending_a_road_is_still_the_town():
    text = "Пункт пропуска «Нур жолы» работает; по трассе Алматы – Хоргос идёт ремонт."
    assert [r for _, r in refs(text)] == ["nur-zholy"]


def test_a_queue_bulletin_lists_posts_with_their_counts():
    text = "Trucks wait at the border to enter Uzbekistan: Atameken - 12, Kaplanbek - 30 and Kazygurt - 7."
    assert [r for _, r in refs(text)] == ["atameken", "kaplanbek", "kazygurt"]


def test_a_count_alone_does_not_make_a_word_a_post():
    text = "На пункте пропуска «Капланбек» ждут 30 машин. Атамекен - 15 лет как открыт музей."
    assert [r for _, r in refs(text)] == ["kaplanbek"]


def test_a_name_written_as_a_village_is_the_village_in_its_bare_mentions():
    text = (
        "Село Достык стоит у самой границы с Узбекистаном. Достык живёт поливной водой из-за границы, "
        "и в селе Достык одна асфальтовая улица."
    )
    assert refs(text) == []


def test_a_post_cue_of_its_own_keeps_the_post():
    text = "Село Хоргос стоит у границы. Через пункт пропуска «Хоргос» прошли 500 машин."
    assert [r for _, r in refs(text)] == ["khorgos"]


def test_the_post_at_the_village_keeps_the_post():
    text = "Пункт пропуска в селе Бахты закрыт. Бахты откроют через неделю."
    assert [r for _, r in refs(text)] == ["bakhty", "bakhty"]
