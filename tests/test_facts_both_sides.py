"""A border in the facts view means both sides' posts on it: `facts --border Россия` lists
a Kazakh post and the Russian post facing it, the neighbour's marked with its country code."""

from __future__ import annotations

import json

from store.lang import gazetteer
from tests.notes import run_cli

BODY = (
    "Очередь на границе с Россией.\n\n"
    "На пункте пропуска «Сырым» в очереди стоят 140 грузовиков, а на российском пункте «Маштаково» "
    "ожидают около 60 фур.\n\nНа КПП «Кордай» в очереди 25 машин.\n"
)


def test_a_border_lists_both_sides_posts_and_marks_the_neighbours(tmp_path, capsys, monkeypatch):
    (tmp_path / "queue.txt").write_text(BODY, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_cli(capsys, monkeypatch, "ingest", tmp_path / "queue.txt", "--db", db, "-j", "1")[0] == 0
    code, out, _ = run_cli(capsys, monkeypatch, "facts", "--db", db, "--border", "Россия", "--kind", "queue")
    assert code == 0
    assert "Сырым" in out and "Маштаково (RU)" in out and "Кордай" not in out
    assert out.splitlines()[-1] == "2 facts"
    _, out, _ = run_cli(capsys, monkeypatch, "facts", "--db", db, "--json")
    sides = {r["checkpoint"]: (r["border"], r["side"]) for r in json.loads(out)}
    assert sides["Маштаково"] == ("Казахстан", "Россия")  # the contract's border stays the one it sees
    assert sides["Сырым"] == ("Россия", "Казахстан")


def test_labels_and_segments_of_both_sides():
    khorgos_cn = next(cp for cp in gazetteer.foreign() if cp.country == "Китай" and cp.name_ru == "Хоргос")
    assert khorgos_cn.label == "Хоргос (CN)" and khorgos_cn.segment == "Китай"
    syrym = gazetteer.get("syrym")
    assert syrym.label == "Сырым" and syrym.segment == "Россия"
