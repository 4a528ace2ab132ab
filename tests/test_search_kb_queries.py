"""The rules bench/search_kb_queries.py makes its queries by (bench/kb_query_forms.py),
on made-up names: a bench is worth only what its generated spellings are."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

from store.lang import names
from store.search.search_kb import body_name_keys

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses resolve their module by name
    spec.loader.exec_module(mod)
    return mod


forms = _load("kb_query_forms")
bench = _load("search_kb_queries")


@pytest.mark.parametrize(
    ("name", "case", "expected"),
    [
        ("Бурлытас", "gen", "Бурлытаса"),
        ("Бурлытас", "ins", "Бурлытасом"),
        ("Бурлытас", "prep", "Бурлытасе"),
        ("Каражиде", "gen", None),  # ends in е: left alone
        ("Кызылкайнар", "dat", "Кызылкайнару"),
        ("Жанаколь", "gen", "Жанаколя"),
        ("Тасмола", "gen", "Тасмолы"),
        ("Тасмола", "ins", "Тасмолой"),
        ("Сарыагашская область", "gen", "Сарыагашской области"),
        ("Сарыагашская область", "ins", "Сарыагашской областью"),
        ("Жетыкольский район", "ins", "Жетыкольским районом"),
        ("Северо-Тасмольская область", "dat", "Северо-Тасмольской области"),
        ("Комитет рыбного надзора", "gen", "Комитета рыбного надзора"),
        ("Кум жолы", "gen", None),  # a Kazakh phrase in Russian text
        ("Служба КНБ", "gen", "Службы КНБ"),
    ],
)
def test_russian_case(name, case, expected):
    assert forms.russian_case(name, case) == expected


@pytest.mark.parametrize(
    ("name", "case", "expected"),
    [
        ("Тасқала", "gen", "Тасқаланың"),
        ("Тасқала", "dat", "Тасқалаға"),
        ("Бекет", "dat", "Бекетке"),  # front vowel, voiceless end
        ("Қаратас", "loc", "Қаратаста"),
        ("Қаратас", "abl", "Қаратастан"),
        ("Жаңақұм", "abl", "Жаңақұмнан"),  # after a nasal
        ("Көкөзен", "ins", "Көкөзенмен"),
        ("Қаражол", "gen", "Қаражолдың"),
        ("Кум жолы", "dat", "Кум жолына"),  # possessive: n-forms
        ("Тасты облысы", "loc", "Тасты облысында"),
        ("Жаңа бекеті", "abl", "Жаңа бекетінен"),
        ("Тасты АҚ", "gen", None),
    ],
)
def test_kazakh_case(name, case, expected):
    assert forms.kazakh_case(name, case) == expected


def test_latin_schemes():
    assert forms.to_latin("Хорсай", "ru_press") == "Khorsay"
    assert forms.to_latin("Ерсай", "ru_press") == "Yersay"
    assert forms.to_latin("хорсай жолы", "ru_informal") == "horsai joli"
    assert forms.to_latin("Қорсай жолы", "kk_official") == "Qorsai joly"
    assert forms.to_latin("Шығыс", "kk_official") == "Şyğys"
    assert forms.to_latin("Шығыс", "kk_ascii") == "Shyghys"
    assert forms.kazakh_as_russian("Қорғасын") == "Коргасын"


@pytest.mark.parametrize("kind", forms.TYPO_KINDS)
def test_one_typo_of_each_kind(kind):
    rng = random.Random(3)
    for _ in range(20):
        out = forms.typo("Тасқала Бурлытас", kind, rng)
        assert out is not None and out != "Тасқала Бурлытас"
        left, right = "Тасқала Бурлытас".split(), out.split()
        changed = [(a, b) for a, b in zip(left, right, strict=True) if a != b]
        assert len(changed) == 1  # one word, one typo
        a, b = changed[0]
        if kind == "delete":
            assert len(b) == len(a) - 1
        elif kind == "insert":
            assert len(b) == len(a) + 1
        else:
            assert len(b) == len(a) and sum(x != y for x, y in zip(a, b, strict=True)) in (1, 2)
        if kind == "transpose":
            assert sorted(a) == sorted(b)


def test_a_name_typed_in_the_wrong_layout():
    assert forms.wrong_layout("Нур Жолы") == "yeh ;jks"
    assert forms.wrong_layout("Khorgos") == "лрщкпщы"
    assert forms.wrong_layout("Қорғас") is None  # Kazakh letters are on neither layout


def test_typo_needs_a_long_word():
    assert forms.typo("Ак Су", "delete", random.Random(1)) is None


def test_substitution_is_a_keyboard_neighbour():
    rng = random.Random(5)
    out = forms.typo("Вкус", "substitute", rng)
    i = next(i for i, (a, b) in enumerate(zip("Вкус", out, strict=True)) if a != b)
    assert out[i] in forms._NEIGHBOURS["вкус"[i]]


def test_prefix_and_joins():
    assert forms.typing_prefix("Бурлытас") == "Бурлы"
    assert forms.typing_prefix("Кум жолы") == "Кум ж"
    assert forms.typing_prefix("Тасы") is None
    assert forms.rejoined("Кум жолы") == {"join_hyphen": "Кум-жолы", "join_glued": "Кумжолы"}
    assert forms.rejoined("Ак-Тас")["join_space"] == "Ак Тас"
    assert forms.typed("АО «НК «Тасжол»»") == "НК Тасжол"


def _row(**kw):
    base = dict(
        id="x",
        kind="checkpoint",
        entity_type="checkpoint",
        ru="Бурлытас",
        kk="Бурлытас",
        latin=("Burlytas",),
        variants=(),
        local="",
        abbreviations=(),
    )
    return bench.Row(**{**base, **kw})


def test_row_queries_are_unique_and_cover_the_kinds():
    qs = bench.row_queries(_row(kk="Бұрлытас"), seed=1)
    texts = [q.text for q in qs]  # exact texts: «вко» and «ВКО» are two queries
    assert len(texts) == len(set(texts))
    kinds = {q.kind for q in qs}
    assert {"name_ru", "case_ru_gen", "case_kk_dat", "latin_kk_official", "typo_delete_ru", "prefix_ru"} <= kinds
    assert {"topic_ru", "topic_kk", "topic_ru_gen", "join_glued"} - kinds == {"join_glued"}  # one word
    assert qs == bench.row_queries(_row(kk="Бұрлытас"), seed=1)  # fixed by the seed


def test_judge_accepts_the_row_its_namesake_and_a_stored_entity():
    rows = [
        _row(),
        _row(id="y", kind="foreign_post", ru="Бурлытас", kk="", latin=()),
        _row(id="z", ru="Тасмола", kk="Тасмола", latin=()),
    ]
    judge = bench.Judge(rows, names.fold, body_name_keys)
    q = bench.Query("Бурлытаса", "case_ru_gen", "x", "Бурлытас")
    assert judge.rank(q, [{"kind": "entity", "kb_id": "z"}, {"kind": "entity", "kb_id": "y"}]) == 2
    stored = {"kind": "entity", "type": "checkpoint", "name": "БУРЛЫТАС"}
    assert judge.rank(q, [{"kind": "article", "name": "Бурлытас"}, stored]) == 2
    assert judge.rank(q, [{**stored, "type": "location"}]) is None
