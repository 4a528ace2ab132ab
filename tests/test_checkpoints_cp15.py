"""Checkpoints in shapes met on fresh pages (issue 15): two rows of one name kept apart in
the store, a two-country border word that puts a post on neither side, a post's noun
before an unquoted list, a village called a settlement, Kazakh in Latin letters, and the
shared last-label helper. Made-up sentences."""

import re

import pytest

from store.db import export
from store.db import store as db
from store.extract.checkpoint_names import last_label
from store.extract.checkpoints import find_checkpoints
from store.lang import gazetteer
from store.model import Article, Extraction, Mention


def found(text):
    return [(s.surface, s.ref) for s in find_checkpoints(text)]


def test_last_label_is_the_label_matched_last():
    labels = (("a", re.compile("x")), ("b", re.compile("y")))
    assert last_label(labels, "x y x") == "a"
    assert last_label(labels, "y x y") == "b"
    assert last_label(labels, "zzz") is None


def test_identity_suffix_only_for_a_second_row_of_one_name():
    assert gazetteer.identity_suffix("khorgos") == ""
    assert gazetteer.identity_suffix("cn-khorgos") == "#cn-khorgos"
    assert gazetteer.identity_suffix("bakhty") == ""
    assert gazetteer.identity_suffix("bakhty-rail") == "#bakhty-rail"
    assert gazetteer.identity_suffix("syrym") == ""
    assert gazetteer.identity_suffix("no-such-row") == ""


@pytest.fixture
def store(tmp_path):
    s = db.open_store(tmp_path / "s.db", write=True, create=True)
    yield s
    s.close()


def _write(store, title, refs):
    body = " ".join(gazetteer.get(r).name_ru for r in refs)
    art = Article(file=f"{title}.txt", path=f"/{title}.txt", title=title, body=body, raw=body)
    mentions = [Mention("checkpoint", gazetteer.get(r).name_ru, "x", 0, 1, ref=r) for r in refs]
    with store.conn:
        db.write_article(store, art, Extraction(mentions=mentions))


def _exported(store):
    return {
        r["title"]: [(c["name"], c["kind"], c["border"]) for c in r["checkpoints"]] for r in export.iter_articles(store)
    }


def test_two_rows_of_one_name_are_two_entities_whatever_came_first(store):
    """The rail «Бахты» stored after the road one keeps its own kind; the Chinese «Хоргос»
    its own side, even in an article that names both."""
    _write(store, "road", ["bakhty"])
    _write(store, "rail", ["bakhty-rail"])
    _write(store, "both", ["khorgos", "cn-khorgos"])
    shown = _exported(store)
    assert shown["road"] == [("Бахты", "road", "Китай")]
    assert shown["rail"] == [("Бахты", "rail", "Китай")]
    assert shown["both"] == [("Хоргос", "mixed", "Китай"), ("Хоргос", "road", "Казахстан")]


def test_a_border_named_by_both_countries_puts_the_post_on_neither_side():
    assert found("На казахстанско-китайской границе пункт пропуска «Хоргос» закрыт.") == [("Хоргос", "khorgos")]
    assert found("Қазақстан-Қытай шекарасындағы «Қорғас» өткізу пункті жабылады.") == [("Қорғас", "khorgos")]
    assert found("На границе закрыт пункт пропуска «Хоргос» (КНР).") == [("Хоргос", "cn-khorgos")]


def test_a_posts_noun_before_an_unquoted_list_confirms_it():
    text = "Таможенники сообщили, что утром открылись посты Сыпатай батыр, Айша-биби."
    assert found(text) == [("Сыпатай батыр", "sypatai-batyr"), ("Айша-биби", "aisha-bibi")]


def test_a_settlement_is_never_a_checkpoint():
    assert found("Пункт пропуска работает. В населенном пункте Аксай открыли школу.") == []
    assert found("Пункт пропуска работает. На посту Аксай очередь из фур.") == [("Аксай", "aksai")]


def test_kazakh_in_latin_letters():
    text = "Batys óńirdegi «Syrym» ótkizý beketi jóndeýge jabylady."
    assert found(text) == [("Syrym", "syrym")]


def test_a_quoted_station_pair_takes_the_kind_of_its_sentence():
    text = (
        "По железной дороге в регионе прокладывают две новые ветви протяжённостью 500 км: "
        "«Бахты – Аягоз» и ещё одну. Пункт пропуска Бахты при этом работает."
    )
    assert found(text) == [("Бахты", "bakhty-rail"), ("Бахты", "bakhty")]


def test_a_remark_in_brackets_does_not_break_a_list_of_quoted_posts():
    text = (
        "Водителям советуют пункты пропуска «Илек» и «Теплое» (для жителей обеих стран), "
        "а также «Светлый» и «Сагарчин»."
    )
    assert [r for _, r in found(text)] == ["ru-ilek", "ru-teploe", "ru-svetly", "ru-sagarchin"]


def test_a_name_of_several_parts_is_found_glued_in_text_and_in_search(store):
    """«Чонкапка» written together is the post «Чон-Капка» to the extraction, and a search
    typed glued, spaced or hyphenated finds the stored post."""
    from store.search.search import search

    assert found("Пункт пропуска Чонкапка закрыт на ремонт.") == [("Чонкапка", "kg-chon-kapka")]
    _write(store, "glued", ["kg-chon-kapka"])
    for query in ("Чонкапка", "Чон Капка", "чон-капка"):
        hits = [r for r in search(store, query, limit=5) if r["kind"] == "entity"]
        assert hits and hits[0]["name"] == "Чон-Капка", query


def test_a_comma_between_the_posts_noun_and_the_name_keeps_the_cue():
    text = "Поток направили на другой пункт, «Жибек Жолы», где теперь меньше людей. Через «Жибек Жолы» прошли тысячи."
    assert found(text) == [("Жибек Жолы", "zhibek-zholy"), ("Жибек Жолы", "zhibek-zholy")]


def test_a_former_name_read_as_the_road_post_is_stored_under_that_name():
    text = "Закрыты автомобильные пункты пропуска «Нур жолы», «Достык» и «Бахты». Станция Достык работает."
    spans = find_checkpoints(text)
    assert [(s.ref, s.name) for s in spans] == [
        ("nur-zholy", "Нур жолы"),
        ("alakol", "Достык"),
        ("bakhty", "Бахты"),
        ("dostyk", "Достык"),
    ]
    assert gazetteer.identity_suffix("alakol", "Достык") == "#alakol"
    assert gazetteer.identity_suffix("alakol") == ""


def test_kazakh_road_word_before_or_after_the_name():
    after = "Мереке күні «Нұр Жолы» және «Достық» автомобиль өткізу пункттері жұмыс істемейді."
    assert [s.ref for s in find_checkpoints(after)] == ["nur-zholy", "alakol"]
    before = "Шекарада 2 теміржол өткізу пункті («Достық») және 3 автомобиль өткізу пункті («Нұр Жолы», «Достық») бар."
    assert [s.ref for s in find_checkpoints(before)] == ["dostyk", "nur-zholy", "alakol"]


def test_the_road_and_rail_dostyk_are_two_stored_posts_of_one_name(store):
    from store.extract.extractor import Extractor

    text = "Закрыт автомобильный пункт пропуска «Достык». Станция Достык принимает поезда."
    mentions = [m for m in Extractor()._mentions(text, "body", [], find_checkpoints(text)) if m.type == "checkpoint"]
    art = Article(file="d.txt", path="/d.txt", title="d", body=text, raw=text)
    with store.conn:
        db.write_article(store, art, Extraction(mentions=mentions))
    assert _exported(store)["d"] == [("Достык", "road", "Китай"), ("Достык", "rail", "Китай")]


def test_a_slash_between_two_posts_is_no_web_address():
    text = "Закрыт автомобильный пункт пропуска «Жибек Жолы/Гишт-Куприк». Подробности: t.me/Orda и Orda.kz."
    assert found(text) == [("Жибек Жолы", "zhibek-zholy"), ("Гишт-Куприк", "uz-gishtkuprik")]


def test_a_companys_initials_glued_to_a_name_make_it_the_company():
    text = "На станции Алтынколь грузы перегружает ТОО KTZE-Khorgos Gateway. Пункт пропуска МЦПС-Хоргос открыт."
    assert found(text) == [("Алтынколь", "altynkol"), ("Хоргос", "khorgos")]


def test_a_list_line_takes_the_kind_its_header_names():
    text = (
        "С понедельника закрываются все автомобильные пункты пропуска на границе с Китаем.\n"
        "Таможня перечислила, какие КПП не будут работать:\n"
        "Бахты — область Абай;\n"
        "Достык и Нур Жолы — область Жетысу.\n"
        "Поезда ходят как обычно, станция Достык открыта."
    )
    assert [s.ref for s in find_checkpoints(text)] == ["bakhty", "alakol", "nur-zholy", "dostyk"]
