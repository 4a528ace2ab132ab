"""The TUI's warm-up builds the tables a topic word's related step reads (tui63): the first
«name topic» key in each script no longer builds them while the user waits."""

from __future__ import annotations

from store.search import related, role_words, town_posts
from tui import searching


def _forget() -> None:
    role_words._forms.cache_clear()
    town_posts._towns.cache_clear()


def test_related_warm_builds_both_scripts_forms_and_the_towns():
    _forget()
    related.warm()
    assert role_words._forms.cache_info().currsize == 2  # Cyrillic and Latin post words
    assert town_posts._towns.cache_info().currsize == 1


def test_warm_articles_builds_them_before_any_key():
    _forget()
    searching.warm_articles(None)
    assert role_words._forms.cache_info().currsize == 2
    assert town_posts._towns.cache_info().currsize == 1


def test_warmed_tables_read_as_built_on_first_use():
    """What the related step reads from a warmed table is what it read when the first
    query built it: a Kazakh and an English post word, a town facing a post."""
    _forget()
    cold = (
        role_words.in_russian("министрі"),
        role_words.in_russian("minister"),
        town_posts.town_posts("граница у Троицка"),
    )
    _forget()
    related.warm()
    warm = (
        role_words.in_russian("министрі"),
        role_words.in_russian("minister"),
        town_posts.town_posts("граница у Троицка"),
    )
    assert warm == cold and cold[0] != "министрі"
