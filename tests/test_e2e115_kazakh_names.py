"""e2e115: a Kazakh person the model half-reads as a place (its given name alone, or the name
with the verb after it) is still found as the person the role names."""

from store.model import Article


def _mentions(extractor, body: str) -> set[tuple[str, str]]:
    art = Article(file="x.txt", path="x.txt", title="", body=body, raw=body, language="kk")
    return {(m.type, m.name) for m in extractor.extract(art).mentions}


def test_given_name_read_as_a_place_is_the_persons(extractor) -> None:
    body = (
        "Вагондар тексерілді. Станция бастығы Талғат Әбілов жұмыс кестесі өзгергенін хабарлады. "
        "Терминал салынды. Департамент басшысы Нұрлан Әбілқасымов жаңа жолақ туралы айтты."
    )
    found = _mentions(extractor, body)
    assert ("person", "Талғат Әбілов") in found
    assert ("person", "Нұрлан Әбілқасымов") in found
    assert not {name for kind, name in found if kind == "location"} & {"Талғат", "Нұрлан"}
