"""Lists of places before a plural noun (issue 15, loc47): a Kazakh list of oblasts with one named
by a point of the compass and «Қазақстан» («Ақмола, Батыс Қазақстан және Абай облыстарының»), a Kyrgyz
list («Чүй, Талас жана Ысык-Көл облустарында»). Every sentence here is made up."""

from __future__ import annotations

import pytest

from store.extract.passes.kazakh_places import find_kazakh_place_nouns


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Батыс Қазақстан және Атырау облыстарында жел күшейеді.", ["Батыс Қазақстан облысы", "Атырау облысы"]),
        (
            "Қостанай, Солтүстік Қазақстан және Павлодар облыстарының шекарасы.",
            ["Қостанай облысы", "Солтүстік Қазақстан облысы", "Павлодар облысы"],
        ),
        ("Абай мен Шығыс Қазақстан облыстарында жол жабық.", ["Абай облысы", "Шығыс Қазақстан облысы"]),
    ],
)
def test_compass_oblast_in_a_list(text, expected):
    # a list of known oblasts is read as a plural list and as one over a singular noun: once each
    assert list(dict.fromkeys(name for _, name in find_kazakh_place_nouns(text))) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Чүй, Талас жана Ысык-Көл облустарында кар жаады.", ["Чүй облусу", "Талас облусу", "Ысык-Көл облусу"]),
        ("Кемин, Панфилов райондорунда жол жабык.", ["Кемин району", "Панфилов району"]),
        ("Сокулук жана Кара-Балта айылдарындагы тургундар.", ["Сокулук", "Кара-Балта"]),
    ],
)
def test_kyrgyz_list_before_a_plural_noun(text, expected):
    from store.extract.passes.kyrgyz_places import find_kyrgyz_places

    assert [name for _, name in find_kyrgyz_places(text)] == expected
