"""cp73: posts in shapes nothing found. A Caspian seaport named as a post in a sentence about
the border (the town after the port noun stays a place; a port's cargo news is no post); a
Kazakh post's bare name before «арқылы» with goods moved through it (not the village of that
name); a dry port whose first word is quoted, which is a company, not a post. Sentences made up
in the shapes of regional news."""

from __future__ import annotations

from store.extract.checkpoint_seaports import find_seaports
from store.extract.checkpoints import find_checkpoints
from store.lang import kb
from store.model import Article


def ports(text: str) -> list[tuple[str, str]]:
    return [(p.surface, p.ref) for p in find_seaports(text)]


def posts(text: str) -> list[str]:
    return [c.ref for c in find_checkpoints(text)]


def test_border_guards_in_a_seaport_read_the_port_post():
    assert ports("В морском порту Актау пограничники сняли с рейса матроса с чужим паспортом.") == [
        ("морском порту", "sea-aktau")
    ]
    assert ports("Через порт Курык за полгода государственную границу пересекли три тысячи фур.") == [
        ("порт", "sea-kuryk")
    ]


def test_kazakh_seaport_with_the_border_word():
    assert ports("Құрық портында шекарашылар кемедегі екі шетелдікті тексерді.") == [("портында", "sea-kuryk")]
    assert ports("Ақтау теңіз портында шекара қызметі паромның жолаушыларын қарап шықты.") == [
        ("теңіз портында", "sea-aktau")
    ]


def test_a_ports_cargo_news_is_no_post():
    assert ports("Порт Актау нарастил отгрузку пшеницы в Иран на треть.") == []
    assert ports("Порт Курык расширит терминал. Пограничники на границе с Туркменистаном усилили наряды.") == []


def test_an_airport_is_not_a_seaport():
    assert ports("В аэропорту Актау пограничники задержали пассажира с поддельной визой.") == []


def test_the_extractor_stores_the_port_and_keeps_the_town(extractor):
    body = "Пограничники в порту Баутино проверили документы у экипажа баржи, пришедшей из Ирана."
    ex = extractor.extract(Article(file="a.txt", path="a.txt", title="", body=body, raw=body))
    assert [(m.name, m.ref) for m in ex.mentions if m.type == "checkpoint"] == [("Порт Баутино", "sea-bautino")]
    assert "Баутино" in {m.name for m in ex.mentions if m.type == "location"}
    extractor.set_disabled(("seaport_posts",))
    try:
        ex = extractor.extract(Article(file="a.txt", path="a.txt", title="", body=body, raw=body))
        assert not [m for m in ex.mentions if m.type == "checkpoint"]
    finally:
        extractor.set_disabled(())


def test_a_post_before_arqyly_with_cargo_is_the_post():
    assert posts("Алтынкөл арқылы астық тасымалы өткен айда екі есе өсті.") == ["altynkol"]
    assert posts("Бақты арқылы Қытайдан жеткізілген жүктің көлемі артты.") == ["bakhty"]


def test_the_village_of_the_posts_name_is_no_post():
    assert posts("Алтынкөл ауылының тұрғындары жаңа емхана салуды сұрады.") == []
    assert posts("Достық арқылы өтетін аудандық жол жөнделді.") == []


def test_a_dry_port_with_its_first_word_quoted_is_the_company():
    for text in ('"Қорғас" құрғақ портында контейнер өңдеу артты.', "«Қорғас» құрғақ порты жаңа кран сатып алды."):
        rows = {m.form.row.id for m in kb.find(text)}
        assert "khorgos-gateway" in rows, text
        assert posts(text) == []
