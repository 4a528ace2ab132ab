"""org83 (issue 15): an abbreviation the article defines is one body with the name before it,
and a knowledge-base body's own letters after its Kazakh name are that body, not a thing.

Sentences written for these tests, in the shapes border news prints."""

from __future__ import annotations

from store.extract.merging import merge_mentions
from store.model import Article, Mention
from tests.extracting import bodies


def test_a_kb_bodys_letters_after_a_name_no_row_holds_are_that_name(extractor):
    # the linker names «КазАТО» by its row; the bracket says the association before it is the same body
    text = (
        "Ассоциация международных автомобильных перевозчиков Казахстана (КазАТО) провела встречу с "
        "водителями. В КазАТО отметили, что простои обходятся дорого."
    )
    assert bodies(extractor, text) == {"Ассоциация международных автомобильных перевозчиков Казахстана"}


def test_a_definition_after_a_quoted_name_joins_it():
    # the model's span may stop inside the quotes; the definition after «»» is still the name's
    body = "Компания «Казахстанские железные дороги» (далее – КЖД) сообщила о поездах. В КЖД добавили, что грузы идут."
    full = "Казахстанские железные дороги"
    start = body.index(full)
    ments = [
        Mention("organization", full, full, start, start + len(full)),
        Mention("organization", "КЖД", "КЖД", body.rindex("КЖД"), body.rindex("КЖД") + 3),
    ]
    merge_mentions(ments, Article(file="t.txt", path="t.txt", title="", body=body, raw=body))
    assert {m.name for m in ments} == {full}


def test_a_bare_bracket_after_a_quote_stays_two_names(extractor):
    # factRu's reference lists both «Большая восьмерка» and «G8»: only a definition is read past the quote
    text = "Местом саммита «Большой восьмерки» (G8) может стать Сочи, сообщил министр. Саммит G8 пройдет летом."
    got = bodies(extractor, text)
    assert "G8" in got


def test_letters_that_name_the_tail_body_are_not_the_whole(extractor):
    text = (
        "Пограничная служба Комитета национальной безопасности (КНБ) сообщила о закрытии поста. "
        "В КНБ уточнили, что пост откроют через неделю."
    )
    got = bodies(extractor, text)
    assert not any(name.startswith("Пограничная служба") and "КНБ" == name for name in got)
    assert any(name.startswith("Пограничная служба") for name in got)


def test_a_kb_bodys_kazakh_name_then_its_letters_keeps_the_letters(extractor):
    text = (
        "Қазақстан Республикасы Ұлттық қауіпсіздік комитетінің (ҰҚК) баспасөз қызметі екі бекет "
        "жабылатынын мәлімдеді.\n\nҰҚК еске салғандай, қазір шекарада бес өткізу пункті бар."
    )
    found = extractor.extract(_article(text, "kk"))
    letters = [m for m in found.mentions if m.type == "organization" and m.surface.strip() == "ҰҚК"]
    assert len(letters) == 2  # before, both were dropped as the letters of a thing


def test_a_things_letters_still_go(extractor):
    text = "На границе заработала система электронной очереди (СЭО). Водители записываются в СЭО заранее."
    assert "СЭО" not in bodies(extractor, text)


def _article(text: str, language: str) -> Article:
    return Article(file="t.txt", path="t.txt", title="", body=text, raw=text, language=language)


def test_a_name_with_a_quoted_part_groups_with_its_letters(extractor):
    # the row's name holds «Хоргос» in quotes: stripping every quote matched no row, and the
    # full name and «МЦПС» were two names of one body
    text = (
        "Туристы ждут открытия. АО «Международный центр приграничного сотрудничества «Хоргос» объявило о "
        "ремонте павильонов, а СЭЗ «Хоргос – Восточные ворота» строит склады. В МЦПС отметили, что "
        "торговля не прекратится."
    )
    got = bodies(extractor, text)
    assert len([n for n in got if "Международный центр" in n]) == 1
    assert len(got) == 2
