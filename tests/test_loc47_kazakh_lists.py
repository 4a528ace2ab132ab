"""Kazakh lists of oblasts with one named by a point of the compass and «Қазақстан» (issue
15, loc47): «Ақмола, Батыс Қазақстан және Абай облыстарының» is three oblasts. Every sentence
here is made up."""

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
