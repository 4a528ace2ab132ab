"""The same files give the same store whatever texts the NER model tagged together.

Which texts share a model batch depends on the run: a worker tags the articles of its task
together, and an idle worker takes the rest of a busy one's task (store/workers/pool.py),
so with `--jobs 2` an article's neighbours change from run to run. OpenBLAS sums a small
matrix product in another order than a large one, so a headline multiplied inside a batch
with a long body got other last bits than alone, and a near tie in the CRF could go either
way (store/extract/ner_layers.py). The sentences here are made up for these tests.
"""

from __future__ import annotations

import pytest

from store.cli import main as cli_main
from store.ingest import ingest

HEADLINE = "Пограничники Казахстана открыли новый пункт пропуска на границе с Китаем"
BODY = " ".join(
    [
        "В среду председатель Комитета государственных доходов Марат Ерланов посетил",
        "пункт пропуска «Нур Жолы» в Алматинской области и встретился с перевозчиками.",
        "По его словам, очередь грузовиков на выезд из Казахстана сократилась вдвое,",
        "а в Восточно-Казахстанской области до конца года откроют ещё два терминала.",
    ]
    * 6
)
SHORT = "Очередь на границе с Кыргызстаном выросла до 200 машин"


def _emissions(infer, texts: list[str]):
    from store.extract.ner_tokens import tokenize

    batch = infer.encoder.input([infer.encoder.item([t.text for t in tokenize(text)]) for text in texts])
    return infer.model(batch.word_id, batch.shape_id, batch.pad_mask)


def test_a_headline_scores_alike_alone_and_beside_any_text():
    """A short text's emissions are the same bytes alone and in a padded batch with a
    longer one (its products multiplied on their own), so its spans cannot depend on the
    batch it fell in."""
    from store.extract.ner import NerModel

    infer = NerModel()._tagger.infer
    alone = _emissions(infer, [HEADLINE])[0]
    for group in ([HEADLINE, BODY], [BODY, HEADLINE], [HEADLINE, SHORT], [SHORT, HEADLINE, BODY]):
        row = group.index(HEADLINE)
        assert _emissions(infer, group)[row, : len(alone)].tobytes() == alone.tobytes()


def test_prepared_spans_are_the_same_in_any_grouping():
    """NerModel.prepare tags whatever texts it is given together; each text's spans are
    the same in every grouping and the same as tagging it alone."""
    from store.extract.ner import NerModel

    model = NerModel()
    texts = [HEADLINE, BODY, SHORT]
    alone = {text: model.spans(text) for text in texts}
    for group in (texts, texts[::-1], [HEADLINE, BODY], [SHORT, HEADLINE]):
        model.prepare(group)
        assert {text: model.spans(text) for text in group} == {text: alone[text] for text in group}
    assert any(alone.values())


def _folder(root):
    articles = {
        "a.txt": f"{HEADLINE}\n\n{BODY}",
        "b.txt": f"{SHORT}\n\nВодители фур ждут проезда через пункт пропуска «Ак-Жол» вторые сутки, сообщил аким района Ержан Садыков.",
        "c.txt": "Казахстан и Узбекистан откроют новый пункт пропуска\n\nМинистерство транспорта Республики Казахстан сообщило, что пункт «Жибек Жолы» будет работать круглосуточно.",
        "d.txt": "Хоргос закрыли на два дня\n\nПункт пропуска «Хоргос» на границе с Китаем закрыт из-за праздников, сообщает пресс-служба КГД МФ РК.",
        "e.txt": f"Новая очередь\n\n{BODY[:400]}",
    }
    root.mkdir()
    for name, text in articles.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def _export(capsys, path) -> str:
    capsys.readouterr()
    assert cli_main(["export", "--db", str(path), "--format", "json"]) == 0
    return capsys.readouterr().out.replace(str(path), "STORE")


@pytest.mark.parametrize("lookahead", [1, 3])
def test_ingests_with_other_jobs_and_batches_export_alike(tmp_path, monkeypatch, capsys, lookahead):
    """Two workers, one, and one reading ahead fewer articles (so other texts share each
    model batch) give the same export."""
    import store.ingest.worker as worker

    corpus = _folder(tmp_path / "news")
    ingest([corpus], tmp_path / "one.db", jobs=1)
    ingest([corpus], tmp_path / "two.db", jobs=2)
    monkeypatch.setattr(worker, "LOOKAHEAD", lookahead)
    ingest([corpus], tmp_path / "short.db", jobs=1)
    first = _export(capsys, tmp_path / "one.db")
    assert '"entities": [{' in first
    assert _export(capsys, tmp_path / "two.db") == first
    assert _export(capsys, tmp_path / "short.db") == first
