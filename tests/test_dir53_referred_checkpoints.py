"""An order that names its post by the common noun only («… завершить строительство
автомобильного пункта», «реконструкцию КПП») is about the posts its article names
(issue 15): store.extract.directive_targets.referred_checkpoints. Every sentence here
is made up."""

from __future__ import annotations

from store.extract.directive_targets import attach_checkpoints, referred_checkpoints
from store.model import Directive, Mention


def _mentions(body: str, names: dict[str, str]) -> list[Mention]:
    """Every occurrence of each name in `body` as a resolved checkpoint mention."""
    out = []
    for surface, gid in names.items():
        at = body.find(surface)
        while at >= 0:
            out.append(Mention("checkpoint", surface, surface, at, at + len(surface), ref=gid))
            at = body.find(surface, at + 1)
    return out


def _attach(body: str, sentence: str, names: dict[str, str]) -> tuple[str, ...]:
    d = Directive("Аким", None, "сделать", None, sentence)
    return attach_checkpoints([d], _mentions(body, names), body)[0].checkpoints


def test_the_only_post_of_the_article_by_a_singular_noun():
    order = "Аким области поручил ускорить строительство нового автомобильного пункта до осени."
    body = "На пункте пропуска Жетысай открыли зал. " + order
    assert _attach(body, order, {"Жетысай": "zhetysai"}) == ("zhetysai",)


def test_a_singular_noun_among_several_is_the_post_named_last_before():
    order = "Министр поручил отремонтировать пункт пропуска к маю."
    body = "Грузовики стоят у Достыка. Очередь растет и у Бахты. " + order + " Про Хоргос речи не было."
    names = {"Достыка": "dostyk", "Бахты": "bakhty", "Хоргос": "khorgos"}
    assert _attach(body, order, names) == ("bakhty",)


def test_numberless_initials_refer_to_each_of_a_few_posts():
    order = "Ремонт КПП проверяет замминистра, приехавший по поручению премьера."
    body = "Пункты Тажен и Темир Баба закрыли на ремонт. " + order
    assert _attach(body, order, {"Тажен": "tazhen", "Темир Баба": "temir-baba"}) == ("tazhen", "temir-baba")


def test_a_kazakh_noun_refers_too():
    order = "Әкім өткізу бекетін жөндеуді тапсырды."
    body = "Қалжат бекетінде кезек бар. " + order
    assert _attach(body, order, {"Қалжат": "kalzhat"}) == ("kalzhat",)


def test_no_noun_no_post():
    order = "Президент поручил расширить дорогу до шести полос."
    body = "Дорога ведет к пункту пропуска Майкапчагай. " + order
    assert _attach(body, order, {"Майкапчагай": "maikapshagai"}) == ()


def test_a_plural_noun_among_many_posts_is_a_programme_not_a_target():
    order = "Правительство поручило модернизировать пункты пропуска."
    names = {"Алаколь": "alakol", "Бахты": "bakhty", "Тажен": "tazhen", "Калжат": "kalzhat"}
    body = "Обновят Алаколь, Бахты, Тажен и Калжат. " + order
    assert _attach(body, order, names) == ()


def test_a_named_post_wins_over_the_noun():
    order = "Министр поручил расширить пункт пропуска Бахты."
    body = "Очередь на Достыке. " + order
    assert _attach(body, order, {"Достыке": "dostyk", "Бахты": "bakhty"}) == ("bakhty",)


def test_no_checkpoint_in_the_article_none_referred():
    sentence = "Поручено обустроить пункт пропуска."
    assert referred_checkpoints(sentence, (0, len(sentence)), []) == ()


def test_the_ends_of_a_quoted_route_are_not_the_order_s_posts():
    order = "Министр поручил достроить линии «Кенсай — Бахты» и «Жанаауыл – Достык» в этом году."
    body = "Грузы идут через пункт пропуска Алаколь. " + order
    names = {"Бахты": "bakhty", "Достык": "dostyk", "Алаколь": "alakol"}
    assert _attach(body, order, names) == ()


def test_a_quoted_post_is_still_named():
    order = "Министр поручил открыть «Бахты» круглосуточно и расширить пункт пропуска «Достык» – главный на востоке."
    body = "Очереди выросли. " + order
    assert _attach(body, order, {"Бахты": "bakhty", "Достык": "dostyk"}) == ("bakhty", "dostyk")


def test_show_and_the_table_name_the_order_s_posts():
    from store.cli.show import _directive_line
    from store.cli.views import DIRECTIVE_COLUMNS

    row = {"date": "2025-03-01", "by": "Аким", "to": None, "what": "достроить пункт", "when": None}
    assert _directive_line({**row, "checkpoints": ["Тажен", "Темир баба"]}).endswith(
        "достроить пункт [Тажен, Темир баба]"
    )
    assert _directive_line({**row, "checkpoints": []}).endswith("достроить пункт")
    post = next(c for c in DIRECTIVE_COLUMNS if c.header == "post")
    assert post.get({"checkpoints": ["Караозек"]}) == "Караозек"
