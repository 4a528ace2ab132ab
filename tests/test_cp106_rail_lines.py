"""cp106: a rail line named by its end stations names the rail post at its border end, with no
other cue in the text (docs/gazetteer.md: «a rail line by its ends … the post, the far end a
place»). Sentences written for these tests."""

from store.extract.checkpoint_rail_lines import line_end
from store.extract.checkpoints import find_checkpoints


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(s.ref, s.kind) for s in find_checkpoints(text)]


def test_a_section_of_track_names_the_rail_post_alone():
    # the far end (Актогай) is no post; the text has no border, post or traffic word
    assert _found("На участке Достык — Актогай уложили второй путь.") == [("dostyk", "rail")]


def test_a_line_of_two_rows_is_the_rail_row():
    # Бахты has a road and a rail row: the line is the rail crossing's, Russian and Kazakh order
    assert _found("Строительство линии Бахты — Аягоз завершат в 2027 году.") == [("bakhty-rail", "rail")]
    assert _found("Бахты – Аягөз желісінің құрылысы басталды.") == [("bakhty-rail", "rail")]


def test_a_road_section_by_a_road_posts_name_is_no_post():
    # only a name with a rail row is asked: a road's stretch to Кордай is the village
    assert _found("Участок трассы Алматы — Кордай отремонтируют к осени.") == []


def test_the_pair_must_hold_the_name():
    text = "На участке Достык — Актогай работы, а в Достыке открыли школу."
    first = text.index("Достык")
    assert line_end(text, first, first + len("Достык"))
    later = text.rindex("Достык")
    assert not line_end(text, later, later + len("Достыке"))


def test_a_junction_town_on_an_inland_line_is_no_post():
    # Бейнеу is an ambiguous row (the town and junction are named far more often than the post)
    assert _found("Участок Бейнеу — Шетпе закрыт на ремонт.") == []
