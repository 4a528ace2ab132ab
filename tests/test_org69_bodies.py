"""org69: the knowledge base's state bodies and companies found in every form, and one
entity across scripts. Sentences written for these tests."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

from store import cli
from store.lang import kb
from store.lang.identity import entity_key
from store.model import Article

from .extracting import bodies, kazakh_bodies, places

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import kb_body_audit as audit  # noqa: E402
import kb_extract_recall as probe  # noqa: E402


def _keys(extractor, text: str, language: str | None = None) -> set[str]:
    return {entity_key("organization", n) for n in bodies(extractor, text, language)}


# ------------------------------------------------------------------ the table


def test_the_audit_finds_every_checklist_entry_complete():
    with open(audit.BODIES, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for entry in audit.CHECKLIST:
        row = audit.find_row(rows, entry)
        assert row is not None, entry.find
        assert audit.gaps(row, entry.needs) == [], (entry.find, audit.gaps(row, entry.needs))


def test_a_kazakh_abbreviation_without_a_kazakh_letter_is_told_by_the_kazakh_initials():
    row = {"name_ru": "Департамент государственных доходов", "name_kk": "Мемлекеттік кірістер департаменті"}
    assert audit._script("МКД", row) == "kk"
    assert audit._script("ДГД", row) == "ru"
    assert audit._script("SRD", row) == "latin"


@pytest.mark.parametrize(
    ("name", "row_id"),
    [
        ("Служба государственной охраны Республики Казахстан", "sgo"),
        ("Мемлекеттік күзет қызметі", "sgo"),
        ("KEGOC", "kegoc"),
        ("Казатомпром", "kazatomprom"),
        ("Самрук-Энерго", "samruk-energy"),
        ("СЭЗ «Павлодар»", "sez-pavlodar"),
        ("«Сарыарқа» арнайы экономикалық аймағы", "sez-saryarka"),
        ("Комитет уголовно-исполнительной системы МВД", "committee-penal"),
        ("ҚР ЕХӘҚМ", "ministry-labour"),
        ("Жоғарғы Сот", "supreme-court"),
    ],
)
def test_the_new_rows_name_their_bodies(name, row_id):
    row = kb.row_of_printed("organization", name)
    assert row is not None and row.id == row_id


def test_a_bare_election_commission_abbreviation_or_another_states_court_is_no_kazakh_row():
    """Russia's and Kyrgyzstan's commissions go by «ЦИК» too; a court with Russia after it is Russia's."""
    assert kb.row_of_printed("organization", "ЦИК") is None
    assert kb.row_of_printed("organization", "Верховный суд РФ") is None


def test_a_clipped_short_name_spelled_out_keys_its_row():
    """«Минторговли» is shown as «Министерство торговли»: still the ministry's entity."""
    assert kb.row_of_printed("organization", "Министерство торговли").id == "ministry-trade"
    assert kb.row_of_printed("organization", "Комитет ветеринарного контроля").id == "committee-veterinary"


# ------------------------------------------------------------------ extraction


def test_an_abbreviation_in_brackets_after_the_full_name_is_that_body(extractor):
    text = (
        "Вчера Министерство здравоохранения Республики Казахстан (МЗ) ужесточило проверки на въезде. "
        "Позже в МЗ пояснили, что речь идет о ветеринарных справках."
    )
    assert "kb:ministry-health" in _keys(extractor, text)
    assert "МЗ" not in places(extractor, text)


def test_the_letters_a_text_defined_name_the_body_later_too(extractor):
    text = (
        "Министерство финансов Республики Казахстан (МФ) продлило работу таможенных постов. "
        "Водители благодарят МФ за решение, а МФ-тің өкілдері обещают новые полосы."
    )
    article = Article(file="t", path="t", title="", body=text, raw=text)
    found = [m for m in extractor.extract(article).mentions if m.type == "organization"]
    assert len(found) == 4
    assert {entity_key("organization", m.name) for m in found} == {"kb:ministry-finance"}


def test_a_short_ambiguous_abbreviation_alone_stays_unlinked(extractor):
    """«КАД» is also a ring road: only the text's own definition makes it the committee."""
    assert "kb:committee-roads" not in _keys(extractor, "Грузовики объезжают город по КАД уже неделю.")


def test_an_english_abbreviation_defined_in_brackets_joins_the_body(extractor):
    text = "On Tuesday the State Revenue Committee (SRC) opened a new lane at the crossing. SRC expects shorter queues."
    assert _keys(extractor, text, "en") == {"kb:kgd"}


def test_a_kazakh_pronoun_opening_the_sentence_is_no_part_of_the_body(extractor):
    text = "«Біз Көлік министрлігін жол жөндеуін тездетуге шақырамыз», — деді жүргізушілер одағының өкілі."
    assert "Көлік министрлігі" in kazakh_bodies(extractor, text)


def test_a_ministrys_bare_noun_as_subject_is_no_part_of_the_body(extractor):
    text = "Министрлік Денсаулық сақтау министрлігімен келісіп, шекарадағы тексеруді күшейтті."
    found = kazakh_bodies(extractor, text)
    assert any(n.startswith("Денсаулық сақтау") for n in found)
    assert not any(n.startswith("Министрлік") for n in found)


def test_a_kazakh_word_before_a_quoted_zone_is_read_whole(extractor):
    """«мәселе» was read from its Russian letters on («селе» → «село», a site noun)."""
    text = "Бұл мәселе «Павлодар» арнайы экономикалық аймағында өткен кеңесте қаралды."
    assert "kb:sez-pavlodar" in _keys(extractor, text, "kk")


def test_the_presidents_office_in_kazakh_is_a_body(extractor):
    text = "Бұл туралы Президент Әкімшілігі хабарлады, деп жазады тілшіміз."
    assert "kb:presidential-administration" in _keys(extractor, text, "kk")


# ------------------------------------------------------------------ one entity across scripts


@pytest.fixture(scope="module")
def three_scripts(tmp_path_factory, one_ner_model_per_session):
    """A store of three articles naming the same bodies in Russian, Kazakh and English."""
    folder = tmp_path_factory.mktemp("scripts")
    (folder / "ru.txt").write_text(
        "Новые правила для перевозчиков\n\nМинистерство труда и социальной защиты населения Республики Казахстан "
        "и АО «Самрук-Энерго» подписали меморандум о работе в приграничных районах.",
        encoding="utf-8",
    )
    (folder / "kk.txt").write_text(
        "Тасымалдаушыларға жаңа ережелер\n\nҚР ЕХӘҚМ мен «Самұрық-Энерго» АҚ шекара маңындағы аудандарда "
        "жұмыс туралы меморандумға қол қойды.",
        encoding="utf-8",
    )
    (folder / "en.txt").write_text(
        "New rules for carriers\n\nSamruk-Energy said on Monday it had signed a memorandum on work "
        "in the border districts.",
        encoding="utf-8",
    )
    db = tmp_path_factory.mktemp("db") / "store.db"
    assert cli.main(["ingest", str(folder), "--db", str(db), "-j", "1"]) == 0
    return db


def test_each_scripts_mention_has_the_rows_russian_canonical_name(three_scripts, capsys):
    capsys.readouterr()
    assert cli.main(["export", "--db", str(three_scripts), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    canon: dict[str, set[str]] = {}
    for art in doc["articles"]:
        for e in art["entities"]:
            if e["type"] == "organization":
                canon.setdefault(art["title"][:3], set()).add(e["canonical"])
    energy = {c for names in canon.values() for c in names if "Энерго" in c or "Energy" in c}
    assert energy == {"Самрук-Энерго"}, canon
    labour = {c for names in canon.values() for c in names if "труда" in c or "ЕХӘҚМ" in c}
    assert len(labour) == 1 and "труда" in next(iter(labour)), canon


# ------------------------------------------------------------------ the probe's new forms


def test_the_probe_puts_abbreviations_in_brackets_and_in_kazakh_cases():
    row = probe.Row(
        id="x",
        kind="body",
        entity_type="organization",
        ru="Комитет дорог",
        kk="Жол комитеті",
        en="Road Committee",
        abbreviations=("КД", "ЖҚ", "RC"),
        variants=("Комдор",),
    )
    made = {(f, t) for f, _, _, t in probe.row_forms(row)}
    assert ("brackets_ru", "Комитет дорог (КД)") in made
    assert ("brackets_en", "Road Committee (RC)") in made
    assert ("abbr_kk_case", "ЖҚ-ның") in made
    assert ("var_ru", "Комдор") in made
    assert any(f == "kk_ins" for f, _ in made) and any(f == "kk_acc" for f, _ in made)
