"""kb63: a town that shares its name with a post (store/extract/checkpoint_towns.py). A border
word in the sentence, or the text's posts elsewhere, made the town's name a post; the words of
a settlement's life near the name (akim, residents, population, streets, a school, a distance to
the border) say the town, unless the name has a post's own words (its noun, a queue, a crossing).
Sentences made up for these tests in the shapes of border-town news."""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints
from store.extract.extractor import Extractor
from store.model import Article


def refs(text: str) -> list[tuple[str, str]]:
    return [(s.surface, s.ref) for s in find_checkpoints(text)]


def test_the_akim_of_the_town_near_the_border_is_the_towns():
    assert refs("Аким Шемонаихи рассказал, как город пережил закрытие границы зимой.") == []


def test_the_towns_residents_and_population_are_the_towns():
    assert refs("Население Сарыагаша растёт: многие семьи переезжают сюда ради работы на границе.") == []
    assert refs("Mamlyutka residents complain that the border is closed to them after dark.") == []


def test_a_distance_to_the_border_says_town():
    assert refs("Петропавловск лежит примерно в шестидесяти километрах от границы с Россией.") == []


def test_kazakh_residents_living_in_the_town_are_the_towns():
    assert refs("Шемонаихада тұратын зейнеткерлер шекара жабылғаннан бері туыстарына бара алмайды.") == []


def test_the_same_name_as_a_post_in_another_sentence_stays_the_town():
    text = (
        "На пункте пропуска «Сарыагаш» досмотр вагонов ускорили. "
        "Тем временем жители Сарыагаша просят отремонтировать улицы, разбитые грузовиками с границы."
    )
    assert refs(text) == [("Сарыагаш", "saryagash")]


def test_a_posts_own_noun_outranks_the_towns_words():
    text = "Аким района побывал на станции Мамлютка, где пограничники проверяют вагоны на границе."
    assert refs(text) == [("Мамлютка", "mamlyutka")]


def test_a_queue_at_the_name_outranks_the_towns_words():
    text = "У Сарыагаша на границе стоит очередь из трёхсот фур, жители жалуются на пробки."
    assert [s.ref for s in find_checkpoints(text)] == ["saryagash"]


def test_a_quoted_name_by_a_town_word_is_the_post():
    text = "Возле поста «Шемонаиха» на границе вырос целый городок из вагончиков водителей."
    assert refs(text) == [("Шемонаиха", "shemonaikha")]


def test_the_town_is_extracted_as_a_place():
    text = "Мэр Рубцовска пообещал, что город откроет для гостей из-за границы новый рынок."
    mentions = Extractor().extract(Article(file="t.txt", path="t.txt", title="", body=text, raw=text)).mentions
    over = {m.type for m in mentions if m.start <= text.index("Рубцовска") < m.end}
    assert over == {"location"}
