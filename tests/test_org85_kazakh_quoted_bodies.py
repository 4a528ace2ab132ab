"""A Kazakh body named by a quoted name, its kind's words and its head (org85): inside the
quotes every word is the name's, a participle included («"Азаматтарға арналған үкімет"
мемлекеттік корпорациясы»). Every sentence here was written for these tests."""

from __future__ import annotations

from store.model import Article


def _orgs(extractor, body: str) -> set[str]:
    art = Article(
        file="t.txt", path="t.txt", title="Экспорттаушылар кезекке шағымданды", body=body, raw=body, language="kk"
    )
    return {m.name for m in extractor.extract(art).mentions if m.type == "organization"}


def test_quoted_name_with_a_participle_before_its_head(extractor):
    body = "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы электронды кезек жүйесін жаңартты. Жүйе тәулік бойы жұмыс істейді."
    assert "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы" in _orgs(extractor, body)


def test_a_verb_between_the_quote_and_the_head_is_no_name(extractor):
    body = "Жүргізушілер «Қайрақ» бекетінде тұрып қалған кезде комитеті туралы ештеңе білмеді. Кезек ұзарды."
    assert not any(name.startswith("«Қайрақ»") for name in _orgs(extractor, body))


def test_a_states_trade_mission_is_a_body(extractor):
    body = "Торговое представительство Казахстана в Китае готовит справку для экспортеров. Справку разошлют до конца месяца."
    art = Article(
        file="t.txt", path="t.txt", title="Экспортерам подготовят справку", body=body, raw=body, language="ru"
    )
    found = {m.name for m in extractor.extract(art).mentions if m.type == "organization"}
    assert any("редставительство Казахстана" in name for name in found)
