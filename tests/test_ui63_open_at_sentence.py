"""ui63: a checkpoint's or a person's page opens an article where its item is: a timeline
fact or a directive at its sentence, an article row at the sentence it shows (marked, as
tabs 4 and 5 open them); before, the article opened at its top, the line somewhere below.
Every sentence here is made up."""

from __future__ import annotations

from tui.navigation import ArticleTarget
from tui.screens.checkpoint_screen import checkpoint_items
from tui.screens.entity_screen import entity_items

FACT_SAID = "К полудню очередь у поста сократилась до двадцати машин."
ORDER_SAID = "Аким поручил убрать снег у поста до утра."
ROW_SAID = "Пост перешёл на круглосуточную работу."


def targets(items: list) -> list[ArticleTarget]:
    return [payload for item in items if isinstance(item, tuple) for payload in [item[1]] if payload is not None]


def test_a_checkpoint_page_opens_its_fact_and_directive_at_their_sentences():
    cp = {
        "entity": {"article_count": 1},
        "facts": [
            {
                "date": "2025-05-01",
                "kind": "queue",
                "text": "двадцать машин",
                "sentence": FACT_SAID,
                "article_id": "a1",
                "source": None,
                "title": "Очередь",
            },
        ],
        "directives": [
            {
                "date": "2025-05-02",
                "by": "Аким",
                "to": None,
                "what": "убрать снег",
                "when": "до утра",
                "sentence": ORDER_SAID,
                "article_id": "a2",
            },
        ],
        "articles": [],
    }
    opened = targets(checkpoint_items(cp))
    assert ArticleTarget("a1", FACT_SAID) in opened and ArticleTarget("a2", ORDER_SAID) in opened


def test_a_person_page_opens_an_article_at_the_sentence_its_row_shows():
    ent = {
        "article_count": 1,
        "directives": [
            {"date": None, "by": "Аким", "to": None, "what": "убрать снег", "sentence": ORDER_SAID, "article_id": "a2"},
        ],
        "articles": [{"id": "a3", "date": None, "source": None, "title": "Пост", "sentence": ROW_SAID}],
        "related": [],
    }
    assert targets(entity_items(ent)) == [ArticleTarget("a2", ORDER_SAID), ArticleTarget("a3", ROW_SAID)]
