"""qa52: the Entities list ended each row «309 art    699 men»: «men» read as people
(«699 men» beside «Казахстан»). Mentions are counted «×699», as the article reader's
lists count them («Хоргос  ×1»), in the same cells. The row is made up."""

from __future__ import annotations

from tui.widgets.entity_list import EntitySource

ROW = {
    "type": "location",
    "name": "Придуманная страна",
    "roles": [],
    "article_count": 311,
    "stories": 309,
    "mention_count": 699,
}


def test_an_entity_row_counts_articles_and_mentions_plainly():
    text = EntitySource().render_row(ROW, 80).plain
    assert len(text) == 80
    assert text.endswith("  309 art   ×699") and " men" not in text
