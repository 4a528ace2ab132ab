"""org68: a name its kind noun calls a building, a venue, an event, an award, a work or an
information system is no body (`kinds_not_bodies`), read through the extractor, with the bodies
that must stay. Sentences made up here (none copied from a page or from eval)."""

import pytest

from store.extract.extractor import Extractor
from tests.notes import titled_mentions


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def bodies(extractor, body: str) -> set[str]:
    return {m.name.lower() for m in titled_mentions(extractor, body, "Новости") if m.type == "organization"}


@pytest.mark.parametrize(
    ("body", "not_a_body"),
    [
        # the kind noun opens the sentence, so it is capitalised
        ("Премия «Сапалы Жол» в этом году досталась терминалу из Актобе.", "сапалы жол"),
        # buildings and venues named after their kind
        ("Водителей на ночь разместили в гостинице «Береке Жол» у въезда в город.", "берек"),
        ("Вечер памяти прошёл в зале «Жетiген» городской филармонии.", "жетiген"),
        ("Гостиница «Жаркент Палас» приняла застрявших туристов.", "жаркент палас"),
        ("Делегации прошли к Никольскому собору после встречи.", "никольск"),
        # Kazakh: the kind after the quoted name
        ("«Алтын Дән» сыйлығы элеваторға берілді.", "алтын дән"),
        ("«Кеден-Транзит» ақпараттық жүйесі түнде істемей қалды.", "кеден-транзит"),
    ],
)
def test_kind_noun_makes_no_body(extractor, body, not_a_body):
    assert not any(not_a_body in n for n in bodies(extractor, body))
    # the model reads each as a body: without the pass it is printed
    assert any(not_a_body in n for n in bodies(Extractor(disabled=("kinds_not_bodies",)), body))


def test_a_title_named_again_bare_is_still_the_title(extractor):
    body = (
        "Организаторы учредили номинацию «Надёжный перевозчик года». "
        "Жюри «Надёжного перевозчика года» соберётся в марте в Актобе."
    )
    names = bodies(extractor, body)
    assert not any("перевозчик" in n for n in names)


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        # a quoted body in the genitive after a kind noun is whose the thing is
        ("Сбой случился в системе «Газпрома», сообщили диспетчеры.", "газпром"),
        # the same for a name the dictionary does not know, read as a masculine genitive
        ("Вечер прошёл в зале «Жамбылконцерта» при полном зале.", "жамбылконцерт"),
        # a body's head noun keeps the name, whatever the kind before it
        ("Кубок разыграли на турнире «Комитета по спорту Жамбылской области».", "комитет по спорту"),
        # no kind noun at all: a body stays
        ("Фонд «Даму» выделил перевозчикам льготные кредиты.", "даму"),
    ],
)
def test_bodies_stay(extractor, body, body_name):
    assert any(body_name in n for n in bodies(extractor, body))


def test_the_pass_is_registered_for_ablation():
    from store.extract.extractor import PASSES

    assert "kinds_not_bodies" in [p.name for p in PASSES]
