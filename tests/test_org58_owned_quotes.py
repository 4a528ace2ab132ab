"""A quoted name after a kind of organization and the person it is known by is that
organization (org58): made-up sentences."""

from tests.extracting import bodies


def test_a_quoted_name_after_a_kind_and_its_owner_is_a_body(extractor):
    text = "Перевозку выполнила компания Тимура Кулибаева «Восток Транс Сервис» в прошлом году."
    assert "Восток Транс Сервис" in bodies(extractor, text)


def test_a_movement_named_after_its_leader_and_quoted(extractor):
    text = "Она состоит в совете общественного движения Ивана Соколова «Новый путь» с весны."
    assert "Новый путь" in bodies(extractor, text)


def test_a_quoted_work_after_its_author_is_no_body(extractor):
    text = "Повесть Ивана Петрова «Граница» переиздали в Алматы."
    assert not bodies(extractor, text) & {"Граница"}


def test_without_the_pass_the_owned_name_is_not_found(extractor):
    text = "Она состоит в совете общественного движения Ивана Соколова «Новый путь» с весны."
    assert "Новый путь" not in bodies(extractor, text, off=("quoted_organizations",))
