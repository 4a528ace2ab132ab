"""The evaluation harness's own rules (bench/evaluate.py), on tiny in-memory fixtures.

The figures the harness prints are only worth what its matching rules are: checkpoint
kind and border agreement, directive matching, recall@k counting and the last line.
Nothing here ingests a corpus. Tests that need the shared scorer's name matching
(same(), canon()) skip when score.py is not beside the checkout.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load():
    spec = importlib.util.spec_from_file_location("evaluate", ROOT / "bench" / "evaluate.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["evaluate"] = mod  # dataclasses resolve their module by name
    spec.loader.exec_module(mod)
    return mod


ev = _load()


@pytest.fixture(scope="module")
def scorer():
    shared = ev.find_shared(ROOT)
    module = ev.load_scorer(shared / "score.py") if shared else None
    if module is None:
        pytest.skip("the shared scorer (../shared/eval/score.py) is not beside this checkout")
    return module


# ------------------------------------------------------------------ checkpoints


@pytest.mark.parametrize(
    "pred, gold, verdict",
    [
        ("road", "road", "exact"),
        ("mixed", "road", "mixed"),
        ("rail", "mixed", "mixed"),
        ("mixed", "passenger", None),
        ("road", "rail", None),
        ("passenger", "road", None),
        (None, "road", None),
    ],
)
def test_kind_agrees_counts_a_mixed_crossing_as_its_road_or_rail_part(pred, gold, verdict):
    assert ev.kind_agrees(pred, gold) == verdict


def test_checkpoint_agreement_matches_by_any_reference_name_and_compares_attributes(scorer):
    exported = {
        "a.txt": {
            "checkpoints": [
                {"name": "Калжат", "kind": "road", "border": "Китай"},  # the reference's canonical name
                {"name": "Хоргос", "kind": "mixed", "border": "КНР"},  # synonym border, mixed kind
                {"name": "Достык", "kind": "road", "border": "Казахстан"},  # wrong kind and border
                {"name": "Атамекен", "kind": "road", "border": "Узбекистан"},  # not in the reference
            ]
        }
    }
    gold = {
        "a.txt": {
            "checkpoints": [
                {"name": "Кольжат", "canonical": "Калжат", "aliases": ["Қалжат"], "kind": "road", "border": "Китай"},
                {"name": "Хоргос", "kind": "road", "border": "Китай"},
                {"name": "Достык", "kind": "rail", "border": "Китай"},
                {"name": "Бахты", "kind": "road", "border": "Китай"},
            ]
        },
        "b.txt": {"checkpoints": [{"name": "Майкапчагай", "kind": "road"}]},
    }
    out = ev.checkpoint_agreement(exported, gold, scorer)
    assert (out["gold"], out["matched"]) == (5, 3)
    assert (out["kind_ok"], out["kind_exact"], out["kind_n"]) == (2, 1, 3)
    assert (out["border_ok"], out["border_n"]) == (2, 3)
    assert out["errors"]["a.txt"] == [
        "checkpoint Достык: kind 'road' (want 'rail')",
        "checkpoint Достык: border 'Казахстан' (want 'Китай')",
    ]


def test_a_checkpoint_is_matched_to_one_reference_item_only(scorer):
    pairs = ev.match_checkpoints([{"name": "Хоргос"}, {"name": "Хоргос"}], [{"name": "Хоргос"}], scorer.same)
    assert len(pairs) == 1


# ------------------------------------------------------------------ directives


def test_what_stems_drop_short_and_function_words():
    assert ev.what_stems("провести ревизию актов, а также в месячный срок") == {
        "прове",
        "ревиз",
        "актов",
        "месяч",
        "срок",
    }
    assert ev.what_stems("ревизии") == ev.what_stems("ревизию")


def test_a_directive_is_found_by_its_person_and_a_shared_word(scorer):
    gold = [
        {"by": "Канат Бозумбаев", "what": "провести ревизию ведомственных нормативных актов"},
        {"by": "Канат Бозумбаев", "what": "провести скрининг сел"},
    ]
    exported = [{"by": "Бозумбаев", "what": "ревизии нормативных правовых актов"}]
    assert ev.match_directives(exported, gold, scorer.same) == (1, 0)


def test_a_directive_by_someone_else_or_about_something_else_is_not_found(scorer):
    gold = [{"by": "Канат Бозумбаев", "what": "провести ревизию актов"}]
    other_person = [{"by": "Олжас Бектенов", "what": "провести ревизию актов"}]
    other_words = [{"by": "Канат Бозумбаев", "what": "отчитываться еженедельно"}]
    no_by = [{"by": None, "what": "провести ревизию актов"}]
    for exported in (other_person, other_words, no_by):
        assert ev.match_directives(exported, gold, scorer.same) == (0, 1)


def test_one_exported_directive_finds_one_reference_directive(scorer):
    gold = [
        {"by": "Олжас Бектенов", "what": "привлечь к ответственности председателей"},
        {"by": "Олжас Бектенов", "what": "привлечь подрядчиков к ответственности"},
    ]
    exported = [{"by": "Олжас Бектенов", "what": "привлечь к ответственности председателей комитетов"}]
    assert ev.match_directives(exported, gold, scorer.same) == (1, 0)


def test_directive_agreement_counts_only_articles_whose_reference_lists_directives(scorer):
    exported = {
        "a.txt": {"directives": [{"by": "Токаев", "what": "разработать механизмы"}]},
        "b.txt": {"directives": [{"by": "Токаев", "what": "завершить интеграцию"}]},
        "c.txt": {"directives": [{"by": "Токаев", "what": "что-то"}]},
    }
    gold = {
        "a.txt": {"directives": [{"by": "Касым-Жомарт Токаев", "what": "разработать механизмы"}]},
        "b.txt": {"directives": []},
        "c.txt": {},
    }
    out = ev.directive_agreement(exported, gold, scorer)
    assert (out["articles"], out["gold"], out["found"], out["exported"], out["unmatched"]) == (2, 1, 1, 2, 1)
    assert list(out["errors"]) == ["b.txt"]


# ------------------------------------------------------------------ search


def _entity(name, type_="person"):
    return {"kind": "entity", "type": type_, "name": name}


def _article(title):
    return {"kind": "article", "type": "article", "name": title}


def test_expected_rank_counts_articles_ranked_above_and_ignores_case_and_yo():
    results = [_article("Хоргос"), _entity("Бектенов Олжас"), _entity("СЕРИК ЖУМАНГАРИН"), _entity("Алёна Шуст")]
    assert ev.expected_rank(results, ("Хоргос",)) is None  # an article title is not an entity
    assert ev.expected_rank(results, ("Серик Жумангарин",)) == 3
    assert ev.expected_rank(results, ("Алена Шуст",)) == 4
    assert ev.expected_rank(results, ("Кольжат", "Серик Жумангарин")) == 3


def test_search_recall_counts_hits_at_each_k_and_lists_the_misses():
    queries = [
        ev.Query("a", ("Альфа",)),
        ev.Query("b", ("Бета",)),
        ev.Query("c", ("Гамма",)),
        ev.Query("d", ("Дельта",)),
    ]
    others = [_entity(f"Другой {i}") for i in range(6)]
    results = [[_entity("Альфа")], [*others[:3], _entity("Бета")], [*others, _entity("Гамма")], []]
    out = ev.search_recall(queries, results)
    assert (out["n"], out["hits@1"], out["hits@5"]) == (4, 1, 2)
    assert (out["recall@1"], out["recall@5"]) == (0.25, 0.5)
    assert out["misses"] == [
        {"query": "c", "expected": "Гамма", "rank": 7, "first": "Другой 0 (person)"},
        {"query": "d", "expected": "Дельта", "rank": None, "first": "no results"},
    ]
    assert out["miss_kinds"] == {"untyped not returned": 1, "untyped ranked below 5": 1}


def test_misses_are_counted_by_type_and_how_they_missed():
    queries = [ev.Query("a", ("Альфа",), "checkpoint"), ev.Query("b", ("Бета",), "person")]
    queries.append(ev.Query("c", ("Гамма",), "person"))
    out = ev.search_recall(queries, [[_entity("Альфа")], [], [_entity(f"Другой {i}") for i in range(5)]])
    assert out["miss_kinds"] == {"person not returned": 2}
    report = "\n".join(ev._format_search(out, list_misses=False))
    assert "misses by kind: person not returned: 2" in report and "'b'" not in report


def test_read_queries_splits_alternatives_and_reports_unusable_lines(tmp_path):
    path = tmp_path / "q.tsv"
    path.write_text(
        "query\texpected_entity\tentity_type\tnote\n"
        "kolzhat\tКольжат|Калжат\tcheckpoint\tLatin\n"
        "\n"
        "lonely\n"
        "Бектенова\t Олжас Бектенов \n",
        encoding="utf-8",
    )
    queries, problems = ev.read_queries(path)
    assert queries == [
        ev.Query("kolzhat", ("Кольжат", "Калжат"), "checkpoint", "Latin"),
        ev.Query("Бектенова", ("Олжас Бектенов",)),
    ]
    assert problems == ["q.tsv:4: needs a query and an expected name"]


# ------------------------------------------------------------------ the last line


def _result(f1, cp_recall=0.5, r5=None):
    search = None if r5 is None else {"recall@5": r5}
    return {"scored": {"micro": {"f1": f1}, "per_type": {"checkpoint": {"recall": cp_recall}}}, "search": search}


def test_summary_line_has_three_decimals_and_na_for_sets_not_run():
    line = ev.summary_line({"dev": _result(0.9), "test": _result(0.8123, 0.75, 0.9)})
    assert line == "dev_f1=0.900 test_f1=0.812 test_checkpoint_recall=0.750 test_query_r5=0.900 factru_f1=na"
    assert ev.summary_line({}) == ("dev_f1=na test_f1=na test_checkpoint_recall=na test_query_r5=na factru_f1=na")


def test_a_missing_scorer_loads_as_none(tmp_path):
    assert ev.load_scorer(tmp_path / "score.py") is None


# ------------------------------------------------------------------ held-out sets


def _set_result(name: str) -> dict:
    per_type = {t: {"tp": 1, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.5, "f1": 0.667} for t in ev.ENTITY_TYPES}
    scored = {
        "articles": 3,
        "missing": ["z_missing_article"],
        "title": 2,
        "title_n": 2,
        "date": 2,
        "date_n": 2,
        "source": 1,
        "source_n": 2,
        "language": 2,
        "language_n": 2,
        "body_ok": 5,
        "body_checks": 6,
        "leaks": ["a leaked phrase"],
        "per_type": per_type,
        "micro": {"precision": 1.0, "recall": 0.5, "f1": 0.667},
        "errors": {"z_article.txt": ["missed person Некто Выдуманный"]},
    }
    search = {
        "n": 2,
        "hits@1": 1,
        "hits@5": 1,
        "recall@1": 0.5,
        "recall@5": 0.5,
        "misses": [{"query": "выдуманный запрос", "expected": "Нечто", "rank": None, "first": "no results"}],
        "miss_kinds": {"organization not returned": 1},
        "problems": ["q.tsv:4: needs a query and an expected name"],
    }
    checkpoints = {"gold": 0, "errors": {}}
    directives = {"articles": 0, "errors": {}}
    return {
        "name": name,
        "corpus": "eval/corpus/" + name,
        "exported": 2,
        "rejected": ["z_rejected_file.bin: not text"],
        "not_in_gold": ["z_unreferenced.txt"],
        "seconds": {"total": 1.0, "ingest": 0.5, "export": 0.2, "search": 0.3},
        "scored": scored,
        "checkpoints": checkpoints,
        "directives": directives,
        "search": search,
    }


def test_a_held_out_set_reports_its_figures_and_no_item_to_read():
    dev = "\n".join(ev.format_set(_set_result("dev"), verbose=True))
    held = "\n".join(ev.format_set(_set_result("test"), verbose=True))
    for item in ("выдуманный запрос", "z_missing_article", "z_rejected_file", "Некто Выдуманный", "z_unreferenced"):
        assert item in dev
        assert item not in held
    for figure in (
        "2/3 reference articles stored",
        "leaks 1",
        "r@1 1/2 0.500",
        "1 missed queries",
        "1 files rejected",
        "organization not returned: 1",
    ):
        assert figure in held
    shown = ev.as_json({"test": _set_result("test")}, {})["sets"]["test"]
    assert "выдуманный" not in str(shown) and "z_rejected_file" not in str(shown)
    assert len(shown["search"]["misses"]) == 1 and len(shown["scored"]["missing"]) == 1


# ------------------------------------------------------------------ classes of articles


def test_article_groups_name_language_and_format_of_a_dump_line():
    assert ev.article_groups("dump.jsonl:3", {"language": "kk"}) == ("lang kk", "format jsonl")
    assert ev.article_groups("page.HTML", {}) == ("lang ?", "format html")


def test_group_figures_score_each_class_alone_and_hide_small_classes(scorer):
    def ref(lang, orgs):
        return {"language": lang, "organizations": list(orgs)}

    gold = {
        "articles": {
            **{f"r{i}.txt": ref("ru", ["Минфин"]) for i in range(3)},
            **{f"k{i}.txt": ref("kk", ["Минфин"]) for i in range(2)},
        }
    }
    found = [{"type": "organization", "name": "Минфин"}]
    export = {"articles": [{"file": f, "entities": found if f.startswith("r") else []} for f in gold["articles"]]}
    groups = ev.group_figures(export, gold, scorer)
    assert "lang kk" not in groups  # two articles would show what two pages hold
    assert groups["lang ru"]["organization"]["tp"] == 3
    assert groups["format txt"]["organization"]["fn"] == 2
    assert groups["format txt"]["articles"] == 5


def test_wrong_kinds_are_counted_as_given_for_wanted_pairs(scorer):
    exported = {
        "a.txt": {"checkpoints": [{"name": "Достык", "kind": "road"}, {"name": "Сырдарья", "kind": "passenger"}]}
    }
    gold = {"a.txt": {"checkpoints": [{"name": "Достык", "kind": "rail"}, {"name": "Сырдарья", "kind": "road"}]}}
    out = ev.checkpoint_agreement(exported, gold, scorer)
    assert dict(out["kind_confusion"]) == {"road for rail": 1, "passenger for road": 1}
    assert ev._format_kind_confusion(out["kind_confusion"]) == ["   kinds wrong  passenger for road 1, road for rail 1"]


def test_a_missed_query_says_whether_the_store_holds_the_entity_by_that_name(tmp_path):
    import sqlite3
    from contextlib import closing

    db = tmp_path / "store.db"
    with closing(sqlite3.connect(db)) as con, con:
        con.execute("CREATE TABLE entities (id INTEGER PRIMARY KEY, name TEXT)")
        con.execute("CREATE TABLE aliases (entity_id INTEGER, alias TEXT)")
        con.execute("INSERT INTO entities VALUES (1, 'Гишткуприк')")
        con.execute("INSERT INTO aliases VALUES (1, 'Гишт-Куприк')")
    assert ev.stored_as(db, ("гишткуприк",)) == "stored by that name"
    assert ev.stored_as(db, ("Гишт-Куприк",)) == "stored as an alias only"
    assert ev.stored_as(db, ("Малик",)) == "not stored"
    queries = [ev.Query("g", ("Гишт-Куприк",), "checkpoint")]
    assert ev.miss_kinds(queries, [None], 5, db) == {"checkpoint not returned, stored as an alias only": 1}


def test_a_miss_stored_as_an_alias_says_when_its_entity_was_returned_under_its_own_name(tmp_path):
    import sqlite3
    from contextlib import closing

    db = tmp_path / "s.db"
    with closing(sqlite3.connect(db)) as con, con:
        con.execute("CREATE TABLE entities (id INTEGER, name TEXT)")
        con.execute("CREATE TABLE aliases (entity_id INTEGER, alias TEXT)")
        con.execute("INSERT INTO entities VALUES (7, 'Достык')")
        con.execute("INSERT INTO aliases VALUES (7, 'Дружба')")
    queries = [ev.Query("дружба", ("Дружба",), "checkpoint"), ev.Query("дружбе", ("Дружба",), "checkpoint")]
    returned = [[{"kind": "entity", "id": 7, "name": "Достык"}], [{"kind": "entity", "id": 9, "name": "Другое"}]]
    assert ev.miss_kinds(queries, [None, None], 5, db, returned) == {
        "checkpoint not returned, stored as an alias only": 1,
        "checkpoint not returned, stored as an alias only, its entity returned under its own name": 1,
    }


def test_error_shapes_tell_a_wrong_type_a_wrong_span_and_initials_apart(scorer):
    gold = {
        "articles": {
            "a.txt": {
                "organizations": ["Комитет государственных доходов", "КТЖ", "Хоргос"],
                "locations": ["Шмелёвская пустошь"],
            }
        }
    }
    export = {
        "articles": [
            {
                "file": "a.txt",
                "body": "Комитет государственных доходов, КТЖ, Хоргос",
                "entities": [
                    {"type": "organization", "name": "государственных доходов Минфина"},
                    {"type": "location", "name": "Хоргос"},
                ],
            }
        ]
    }
    shapes = ev.error_shapes(export, gold, scorer, ev.ENTITY_TYPES)
    assert shapes["organization"]["missed"] == {"partial": 1, "initials": 1, "other type": 1}
    assert shapes["organization"]["extra"] == {"partial": 1}
    assert shapes["location"]["missed"] == {"not in text": 1}
    assert shapes["location"]["extra"] == {"other type": 1}
    lines = ev.format_shapes(shapes)
    assert lines[0].startswith("   shapes org  missed 3: other type 1, partial 1, initials 1  extra 1: partial 1")


def test_a_fact_is_found_by_a_shared_number_and_word_or_by_two_words(scorer):
    from fact_agreement import match_facts, numbers

    assert numbers("91 252 вагона, 1,5 км, 2027 года") == {"91252", "1.5", "2027"}
    exported = [
        {"text": "хвост колонны вытянулся на 50 км", "sentence": "Хвост колонны вытянулся на 50 км."},
        {"text": "пункт откроют", "sentence": "Пункт откроют после ремонта терминала."},
        {"text": "погода", "sentence": "Погода была ясной."},
    ]
    gold = ["колонна растянулась примерно на 50 км", "откроют после ремонта терминала", "лимит 650 машин"]
    assert match_facts(exported, gold, ev.what_stems) == (2, 1)


def test_fact_agreement_counts_matched_checkpoints_only(scorer):
    exported = {"a.txt": {"checkpoints": [{"name": "Сырым", "facts": [{"text": "более 350 грузовиков в очереди"}]}]}}
    gold = {
        "a.txt": {
            "checkpoints": [
                {"name": "Сырым", "facts": ["350 грузовиков ждут выезда", "причина — технологический проход"]},
                {"name": "Маштаково", "facts": ["400 машин из России"]},
            ]
        }
    }
    out = ev.fact_agreement(exported, gold, ev.match_checkpoints, scorer.same, ev.what_stems)
    assert (out["gold"], out["found"], out["exported"], out["unmatched"]) == (3, 1, 1, 0)
    assert ev.format_facts(out) == [
        "   facts        found 1/3  exported 1, 0 agree with no reference fact; over matched checkpoints"
    ]


def test_a_fact_whose_words_hold_the_reference_is_found_though_they_are_short():
    from fact_agreement import match_facts

    exported = [{"text": "напротив «Аят»", "sentence": "Пост стоит напротив «Аят»."}, {"text": "нет"}]
    assert match_facts(exported, ["напротив «Аят»", "машин нет"], ev.what_stems) == (1, 1)


def test_a_second_form_of_a_name_found_is_a_merged_miss(scorer):
    """The reference lists a short and a full form of one person; the store keeps one
    entity, so one-to-one matching leaves the other form unmet: that miss is `merged`,
    not a name nothing found."""
    gold = {
        "articles": {"a.txt": {"persons": [{"name": "Ерлан Сагатов"}, {"name": "Сагатов"}, {"name": "Айым Нуржан"}]}}
    }
    export = {
        "articles": [
            {
                "file": "a.txt",
                "body": "Ерлан Сагатов приехал. Сагатов сказал, что Айым Нуржан тоже будет.",
                "entities": [{"type": "person", "name": "Ерлан Сагатов"}],
            }
        ]
    }
    shapes = ev.error_shapes(export, gold, scorer, ev.ENTITY_TYPES)
    assert shapes["person"]["missed"] == {"merged": 1, "other": 1}
