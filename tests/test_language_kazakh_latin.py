"""Kazakh in the Latin script (the alphabets of 2018 and 2021) is Kazakh, not Turkish; Uzbek,
Turkish and Azerbaijani Latin stay theirs (store/reading/language.py)."""

import pytest

from store.reading.language import article_language, detect


@pytest.mark.parametrize(
    "text",
    [
        "Búgin Qorǵas ótkizý beketinde júk kólikteriniń kezegi azaıdy, dep habarlady komıtet.",  # 2018
        "Bügın Qorğas ötkızu beketınde jük kölıkterınıñ kezegı azaidy, dep habarlady komitet.",  # 2021
    ],
)
def test_kazakh_latin_is_kazakh(text):
    assert detect(text) == "kk"
    assert article_language([text, text]) == "kk"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Qozogʻiston bilan chegaradagi nazorat oʻtkazish punktida navbatlar qisqardi, deb xabar berildi.", "uz"),
        ("Kazakistan sınır kapısında tır kuyrukları kısaldı, bakanlık açıklama yaptı.", "tr"),
        ("Qazaxıstan sərhədində yük maşınlarının növbəsi azalıb, nazirlik bildirib.", "az"),
        ("Trucks queue at the Khorgos crossing on the border with China again this week.", "en"),
    ],
)
def test_other_latin_languages_keep_their_code(text, lang):
    assert detect(text) == lang
