"""Checkpoints in the shapes real text writes them, linked to the knowledge base: the posts
opposite ours (foreign_posts.csv), Kazakh case forms, abbreviations, hyphen and space
variants, kind words glued to a name, pairs with countries in brackets, bulleted lists.
Every sentence here is made up."""

from __future__ import annotations

import pytest

from store.extract import checkpoints
from store.extract.checkpoints import find_checkpoints
from store.lang import gazetteer
from store.model import Article


def found(text: str) -> list[tuple[str, str]]:
    return [(s.surface, s.ref) for s in find_checkpoints(text)]


# ------------------------------------------------------------------ the rows


def test_a_foreign_post_borders_kazakhstan_and_keeps_its_country():
    post = gazetteer.get("ru-mashtakovo")
    assert post.foreign and post.country == "Россия"
    assert post.border == "Казахстан"
    assert "Россия" in post.region and "Оренбургская" in post.region
    assert post.opposite == "Сырым" and post.faces == ("syrym",)


def test_our_rows_stay_ours_and_all_lists_only_them():
    assert not gazetteer.get("syrym").foreign and gazetteer.get("syrym").country == "Казахстан"
    assert all(not cp.foreign for cp in gazetteer.all())
    assert {cp.country for cp in gazetteer.foreign()} == set(gazetteer.BORDERS)


def test_a_local_name_in_brackets_becomes_two_names():
    names = gazetteer.get("uz-gishtkuprik").all_names()
    assert "Ғишткўприк" in names and "G'ishtko'prik" in names


# ------------------------------------------------------------------ shapes

SHAPES = [
    # (what it shows, text, expected (surface, ref) pairs)
    (
        "a pair with countries in brackets",
        "Водителям советуют ехать через «Сырым» (РК) – «Маштаково» (РФ).",
        [("Сырым", "syrym"), ("Маштаково", "ru-mashtakovo")],
    ),
    (
        "a shared name the bracket puts in China",
        "Делегации осмотрели пункты пропуска «Нур жолы» (РК) и «Хоргос» (КНР).",
        [("Нур жолы", "nur-zholy"), ("Хоргос", "cn-khorgos")],
    ),
    ("a shared name with no cue is ours", "На пункте пропуска «Хоргос» снова очередь из фур.", [("Хоргос", "khorgos")]),
    (
        "a shared name paired with the post it faces",
        "Грузы идут через железнодорожные переходы Алтынколь – Хоргос.",
        [("Алтынколь", "altynkol"), ("Хоргос", "cn-khorgos-rail")],
    ),
    (
        "a country adjective before a shared name",
        "Поезд принимает китайская станция Хоргос на границе.",
        [("Хоргос", "cn-khorgos-rail")],
    ),
    (
        "the neighbour's region after a shared name, then a bare mention",
        "Пункт пропуска Хоргос в Синьцзяне работает круглосуточно. Туристы выбирают Хоргос.",
        [("Хоргос", "cn-khorgos"), ("Хоргос", "cn-khorgos")],
    ),
    (
        "Kazakh letters and case endings",
        "Тауарлар «Достық» стансасы арқылы өтеді, ал Қонысбаева өткізу пунктінде кезек бар.",
        [("Достық", "dostyk"), ("Қонысбаева", "b-konysbayeva")],
    ),
    ("a Kazakh locative after «бекеті»", "Шаған бекетінде жөндеу басталды.", [("Шаған", "shagan")]),
    (
        "a kind word glued with spaced hyphen",
        "Через пункт «Ак-Тилек - Автодорожный» прошли 300 машин.",
        [("Ак-Тилек - Автодорожный", "kg-ak-tilek")],
    ),
    (
        "a Kazakh kind word glued to a name",
        "Кен-Булун-автокөлік бекетінен көліктер өтті.",
        [("Кен-Булун-автокөлік", "kg-ken-bulun")],
    ),
    (
        "a Kazakh-lettered two-word name with a glued kind word",
        "Ақ тілек - автожол бекетінде кезек тұр.",
        [("Ақ тілек - автожол", "kg-ak-tilek")],
    ),
    ("parts written together", "Пункт пропуска Гишткуприк откроют летом.", [("Гишткуприк", "uz-gishtkuprik")]),
    ("parts written apart", "Пункт пропуска Гишт Куприк откроют летом.", [("Гишт Куприк", "uz-gishtkuprik")]),
    ("an abbreviation as the cue", "МАПП «Маштаково» работает в усиленном режиме.", [("Маштаково", "ru-mashtakovo")]),
    (
        "a rail abbreviation picks the rail post",
        "ЖДПП Озинки принял состав с зерном у границы.",
        [("Озинки", "ru-ozinki-rail")],
    ),
    ("«п/п» as the cue", "Грузовики стоят у п/п «Илек» уже сутки.", [("Илек", "ru-ilek")]),
    (
        "our post confirmed by the post facing it in the same paragraph",
        "Ремонт идёт на трёх направлениях.\n\n«Сырым» — трасса на Самару, ремонт до осени. "
        "С российской стороны здесь находится пункт пропуска «Маштаково».",
        [("Сырым", "syrym"), ("Маштаково", "ru-mashtakovo")],
    ),
    (
        "a bulleted list of pairs",
        "Можно воспользоваться другими пунктами пропуска:\n"
        "– «Аят» (РК) – «Николаевка» (РФ)\n"
        "– «Кондыбай» (РК) – «Комсомольский» (РФ).",
        [
            ("Аят", "ayat"),
            ("Николаевка", "ru-nikolaevka"),
            ("Кондыбай", "kondybai"),
            ("Комсомольский", "ru-komsomolsky"),
        ],
    ),
]


@pytest.mark.parametrize("what, text, expected", SHAPES, ids=[s[0] for s in SHAPES])
def test_shapes(what, text, expected, monkeypatch):
    monkeypatch.setattr(checkpoints, "READ_SHARED_NAMES_BY_SIDE", True)
    assert found(text) == expected


def test_a_shared_name_with_a_country_bracket_is_the_neighbours_post():
    """Checkpoint entities are keyed by row (gazetteer.identity_suffix), so «Хоргос» (КНР)
    is read as the Chinese post."""
    assert checkpoints.READ_SHARED_NAMES_BY_SIDE
    assert found("Пункты пропуска «Нур жолы» (РК) и «Хоргос» (КНР) работают.") == [
        ("Нур жолы", "nur-zholy"),
        ("Хоргос", "cn-khorgos"),
    ]
    assert found("Водителям советуют ехать через «Сырым» (РК) – «Маштаково» (РФ).") == [
        ("Сырым", "syrym"),
        ("Маштаково", "ru-mashtakovo"),
    ]


NOT_CHECKPOINTS = [
    (
        "a town the sentence does not put on the border",
        "Фуры стоят на границе. Он вырос в Орске и переехал в Николаевку.",
    ),
    ("a street named after a town", "На пункте пропуска тихо, а кафе на улице Николаевка закрыто."),
    ("no border talk at all", "Жители Комсомольского и Светлого собрались на праздник."),
]


@pytest.mark.parametrize("what, text", NOT_CHECKPOINTS, ids=[s[0] for s in NOT_CHECKPOINTS])
def test_not_checkpoints(what, text):
    foreign = [(s, r) for s, r in found(text) if gazetteer.get(r).foreign]
    assert foreign == []


PLACES_NOT_POSTS = [
    ("a district", "Шекарадан өткендер Қордай ауданында тұрады, өткізу пункті жабық."),
    ("a lake", "Өткізу бекеті жанындағы Алакөл көлі жағасында демалыс маусымы ашылды."),
    ("a town", "Хоргос қаласында шекара бекеті бар."),
]


@pytest.mark.parametrize("what, text", PLACES_NOT_POSTS, ids=[s[0] for s in PLACES_NOT_POSTS])
def test_a_kazakh_place_noun_after_a_name_makes_it_a_place(what, text):
    assert found(text) == []


def test_a_glued_kind_word_chooses_the_kind():
    text = "Пункты пропуска Хоргос закрыты, Хоргос-автомобильный тоже."
    kinds = [gazetteer.get(s.ref).kind for s in find_checkpoints(text)]
    assert kinds[-1] in ("road", "mixed")


# ------------------------------------------------------------------ the extractor


@pytest.fixture(scope="module")
def extractor():
    from store.extract.extractor import Extractor

    return Extractor()


def test_a_foreign_post_is_a_checkpoint_not_a_place(extractor):
    body = "Российский пункт пропуска «Маштаково» (РФ) напротив «Сырым» (РК) работает в усиленном режиме."
    a = Article(file="x.txt", path="x.txt", title="Очереди на границе", body=body, raw=body)
    ms = extractor.extract(a).mentions
    at = body.index("Маштаково")
    over = [m for m in ms if m.start < at + 9 and at < m.end]
    assert [(m.type, m.name, m.ref) for m in over] == [("checkpoint", "Маштаково", "ru-mashtakovo")]


# ---- spellings and posts added from public notices (made-up sentences)


def test_kyrgyz_spelling_of_karasu_in_a_pair():
    from store.extract.checkpoints import find_checkpoints

    found = [
        (s.surface, s.ref)
        for s in find_checkpoints("Грузовики идут через пункт пропуска «Ак-Тилек» - «Кара-Суу» с утра.")
    ]
    assert ("Кара-Суу", "karasu-kg") in found


def test_chinese_post_opposite_bakhty_in_kazakh():
    from store.extract.checkpoints import find_checkpoints

    found = [
        (s.surface, s.ref) for s in find_checkpoints("Кеше «Бақты» – «Покиту» өткізу пунктінде жаңа терминал ашылды.")
    ]
    assert ("Покиту", "cn-baketu") in found


def test_uzbek_post_opposite_kazygurt():
    from store.extract.checkpoints import find_checkpoints

    found = [
        (s.surface, s.ref)
        for s in find_checkpoints("Пункт пропуска «Казыгурт» и смежный «С.Нажимов» закроют на сутки.")
    ]
    assert ("С.Нажимов", "uz-s-nazhimov") in found


def test_kind_named_after_the_post_in_kazakh():
    from store.extract.checkpoints import find_checkpoints

    refs = [s.ref for s in find_checkpoints("Шекарада «Бақты» теміржол өткізу пункті салынып жатыр.")]
    assert refs == ["bakhty-rail"]


def test_rail_line_named_by_its_stations():
    from store.extract.checkpoints import find_checkpoints

    refs = [
        s.ref for s in find_checkpoints("У пункта пропуска начали строить линию «Бахты – Аягоз» для грузовых составов.")
    ]
    assert refs[0] == "bakhty-rail"


def test_cue_right_after_another_name_does_not_confirm_a_common_word():
    """«X станциясы» is X's cue: a common word that is also a post's name, elsewhere in the
    sentence, is not confirmed by it."""
    from store.extract.checkpoints import find_checkpoints

    found = [s.ref for s in find_checkpoints("Атамекенге оралғандарды Болашақ станциясының бастығы қарсы алды.")]
    assert found == ["bolashak"]


def test_kazakh_and_joins_a_list_of_posts():
    from store.extract.checkpoints import find_checkpoints

    found = [s.ref for s in find_checkpoints("«Атамекен» және «Болашақ» станциялары арқылы жүк өтті.")]
    assert found == ["atameken", "bolashak"]


def test_a_glued_kind_word_is_the_names_own_cue():
    from store.extract.checkpoints import find_checkpoints

    text = (
        "Пограничники сообщили о ремонте. Открыты «Токмок-автодорожный» и, дальше к западу, «Чон-Капка - Автодорожный»."
    )
    assert [s.ref for s in find_checkpoints(text)] == ["kg-tokmok", "kg-chon-kapka"]


def test_spelling_variants_of_kyrgyz_border_posts():
    from store.extract.checkpoints import find_checkpoints

    text = "Пункты пропуска «Сартобе» и «Аухаты» расширят, а «Сыпатай – автодорожный» откроют для всех."
    assert [s.ref for s in find_checkpoints(text)] == ["sartobe", "aukhatty", "sypatai-batyr"]


def test_pairs_with_kazakh_country_brackets():
    """Kazakh texts write the countries of a pair as ҚР and Ресей: the bracket is the cue."""
    from store.extract.checkpoints import find_checkpoints

    text = "Балама жол: «Ақсай» (ҚР) / «Илек» (Ресей) арқылы жүріңіз."
    assert [s.ref for s in find_checkpoints(text)] == ["aksai", "ru-ilek"]


def test_russian_rail_post_iletsk_and_the_dapp_abbreviation():
    from store.extract.checkpoints import find_checkpoints

    assert [s.ref for s in find_checkpoints("Поезда идут через ЖДПП «Илецк 1» без задержек.")] == ["ru-iletsk-rail"]
    assert [s.ref for s in find_checkpoints("Водители ждут у ДАПП «Светлый» с утра.")] == ["ru-svetly"]


def test_a_cue_before_one_name_does_not_confirm_a_town_later_in_the_sentence():
    """«на пункте «Тажен»» is Тажен's cue; «из Бейнеу» in the same sentence is the town."""
    from store.extract.checkpoints import find_checkpoints

    refs = [
        s.ref for s in find_checkpoints("Водитель сказал, что на пограничном пункте «Тажен» закрыта дорога из Бейнеу.")
    ]
    assert refs == ["tazhen"]
    rail = [s.ref for s in find_checkpoints("Балама бағыттар: Сарыағаш теміржол бекеті, Бейнеу теміржол бекеті.")]
    assert rail == ["saryagash", "beineu"]


def test_no_checkpoint_lists_a_latin_name_twice():
    """A spelling listed twice (or twice in other case) showed twice in the checkpoint page's header."""
    import csv
    import io
    from importlib import resources

    text = resources.files("store").joinpath("data/checkpoints.csv").read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(text)):
        names = [n.lower() for n in row["names_latin"].split("|") if n]
        assert len(names) == len(set(names)), row["id"]
