"""centres_as_posts: a border cooperation centre is the checkpoint alone where it is the
article's only name of its crossing, and a body as well where the story names the post
besides it. Sentences written for these tests."""

import pytest

from store.extract.extractor import Extractor
from store.extract.passes.centres_as_posts import centre_bodies_named_as_posts
from store.model import Article, Mention


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def _found(extractor, body: str) -> set[tuple[str, str]]:
    article = Article(file="t.txt", path="t.txt", raw=body, title="", body=body, language="ru")
    return {(m.type, m.name) for m in extractor.extract(article).mentions}


def test_the_post_named_besides_the_centre_keeps_the_body(extractor):
    found = _found(
        extractor, "Пункт пропуска «Хоргос» закроют на ремонт, а МЦПС «Хоргос» продолжит принимать туристов."
    )
    assert ("organization", "МЦПС «Хоргос»") in found
    assert ("checkpoint", "Хоргос") in found


def test_the_centre_alone_is_the_post(extractor):
    found = _found(extractor, "На майские праздники МЦПС «Хоргос» откроется на час раньше.")
    assert found == {("checkpoint", "Хоргос")}


def _centre(field: str = "body") -> list[Mention]:
    return [
        Mention("organization", "МЦПС «Хоргос»", "МЦПС «Хоргос»", 10, 23, field),
        Mention("checkpoint", "Хоргос", "Хоргос", 16, 22, field, ref="khorgos"),
    ]


def test_a_title_naming_the_post_keeps_the_centre_a_body():
    title_post = Mention("checkpoint", "Хоргос", "Хоргос", 0, 6, "title", ref="khorgos")
    kept = centre_bodies_named_as_posts([*_centre(), title_post])
    assert [m.type for m in kept] == ["organization", "checkpoint", "checkpoint"]


def test_a_post_of_another_row_does_not_keep_the_centre():
    other = Mention("checkpoint", "Нур жолы", "Нур жолы", 40, 48, "body", ref="nur-zholy")
    kept = centre_bodies_named_as_posts([*_centre(), other])
    assert [m.type for m in kept] == ["checkpoint", "checkpoint"]


def test_a_body_that_is_no_centre_stays():
    zone = Mention("organization", "СЭЗ «Хоргос – Восточные ворота»", "СЭЗ «Хоргос – Восточные ворота»", 0, 31, "body")
    post = Mention("checkpoint", "Хоргос", "Хоргос", 5, 11, "body", ref="khorgos")
    assert centre_bodies_named_as_posts([zone, post]) == [zone, post]


def test_the_bare_abbreviation_goes_with_the_named_centre():
    bare = Mention("organization", "МЦПС", "МЦПС", 0, 4, "title")
    kept = centre_bodies_named_as_posts([bare, *_centre()])
    assert [m.type for m in kept] == ["checkpoint"]


def test_a_bare_abbreviation_alone_stays_a_body():
    bare = Mention("organization", "МЦПС", "МЦПС", 0, 4, "body")
    assert centre_bodies_named_as_posts([bare]) == [bare]
