"""cp108: a post's name that names something else. A Kazakh firm or hotel whose quoted name
opens with a post's name and carries its noun after the quotes («"Кеген Агро" ЖШС») is the firm,
not the post; a post named beside it, and a firm, hotel or train at a post, still give the post.
Sentences written for these tests."""

from store.extract.checkpoints import find_checkpoints


def _refs(text: str) -> list[str]:
    return [s.ref for s in find_checkpoints(text)]


def test_a_kazakh_firm_whose_quoted_name_opens_with_a_post():
    assert _refs("«Кеген Агро» ЖШС малды шекара арқылы тасиды.") == []
    assert _refs("«Достық Логистик» ЖШС жүктерді шекара арқылы жеткізді.") == []


def test_the_post_beside_such_a_firm_stays():
    assert _refs("«Кеген Агро» ЖШС малды Кеген өткізу пункті арқылы тасиды.") == ["kegen"]
    assert _refs("«Достық» өткізу пунктінде кезек жоқ.") == ["dostyk"]


def test_things_named_like_posts_in_russian():
    assert _refs("Акционеры ТОО «Кеген Агро» собрались в Алматы.") == []
    assert _refs("Гостиница «Кордай» в Таразе сменила владельца.") == []
    assert _refs("На проспекте Достык открыли новый сквер.") == []
    assert _refs("По программе «Нұрлы жол» отремонтируют мост в Уральске.") == []


def test_a_firm_hotel_or_train_at_the_post_gives_the_post():
    assert _refs("ТОО «Кеген Агро» возит скот через пункт пропуска «Кеген».") == ["kegen"]
    assert _refs("Гостиница «Кордай» стоит в двух километрах от пункта пропуска «Карасу».") == ["karasu-kg"]
    assert _refs("Поезд Алматы – Урумчи прошёл станцию Достык без задержек.") == ["dostyk"]


def test_a_quoted_firm_name_with_a_trade_word_after_the_post():
    assert _refs("«Хоргос Логистик» перевезла грузы через границу.") == []
    assert _refs("Грузы через границу везёт «Достык Транзит Сервис».") == []
    assert _refs("Пункт пропуска «Хоргос» работает без перерыва.") == ["khorgos"]
