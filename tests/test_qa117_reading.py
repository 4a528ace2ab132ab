"""qa117: a footer's rights clause cut short is not read as the page's outlet."""

import pytest

from store.reading.credits import copyright_owner


@pytest.mark.parametrize("line", ["© 2026 Все права", "© 2026 All rights", "© 2026 Барлық құқықтар"])
def test_cut_short_rights_clause_is_no_owner(line: str) -> None:
    assert copyright_owner([line]) is None


@pytest.mark.parametrize(
    ("line", "owner"),
    [("© 2009–2025 Kapital.kz. Все права защищены.", "Kapital.kz"), ("© 1997-2025 МИА «Казинформ»", "Казинформ")],
)
def test_named_owner_still_read(line: str, owner: str) -> None:
    assert copyright_owner([line]) == owner
