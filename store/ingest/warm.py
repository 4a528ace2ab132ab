"""What every ingest worker needs whatever its input, loaded before its first document.

Reading any document loads py3langid's model (0.3-1 s of CPU to decompress its xz file the
first time on a machine, about 0.06 s from the user's cache folder after that:
store/reading/langid_model.py), pymorphy2's dictionaries and the extraction rules'
grammars (compiled on import). Loaded lazily by the first document, they ate into that
document's time budget, and every worker paid them again. `warm()` loads them at a
worker's start instead, under the workers' startup budget; the fork server imports
store/ingest/preloaded.py, so workers forked from it start with them loaded once for
all. The NER model is not among them: a run over stored articles never needs it
(store/ingest/worker.py: _extractor).
"""

from __future__ import annotations

# A made-up page: a title, a dateline and two Russian paragraphs, so parsing it
# reaches every lazy load of reading (language identification included).
_PAGE = (
    "Новый терминал открыт на границе\n\n"
    "АСТАНА, 3 декабря. Сегодня на пункте пропуска открыли новый грузовой терминал, "
    "сообщили в пресс-службе ведомства.\n\n"
    "Аким области поручил Комитету государственных доходов ускорить оформление грузовиков "
    "на пункте пропуска «Хоргос» в Жетысуской области. Очереди выросли в Алматинской "
    "и Жамбылской областях."  # a coordinated list: its grammar is built here, not in each worker
)
# A made-up paragraph in no Russian alphabet: the page above is decided by its Russian
# letters alone, so py3langid's model was still loaded by each worker forked from the
# server, at its first Latin or short paragraph (0.4-0.9 s of CPU each, mid-run).
_LATIN_LINE = "The new cargo terminal at the border crossing opened on Monday, officials said."


def warm(language_model: bool = False) -> None:
    """Load what reading and extraction load lazily, except the NER model: a made-up
    page parsed, and extracted with a stand-in for the model that finds no names (the
    passes' word lists, the knowledge base, the checkpoint and directive rules, lemmas).
    `language_model`: py3langid's model too. The fork server asks for it, so its workers
    share one copy; a single process leaves it to the first paragraph that needs it (a
    run of Russian texts may never load it)."""
    from store.extract.extractor import Extractor  # the rules' grammars compile on import
    from store.lang import identity
    from store.model import RawDoc
    from store.reading.language import detect
    from store.reading.parse import parse

    if language_model:
        detect(_LATIN_LINE)  # the page below never asks the classifier
    article = parse(RawDoc(path="", file="", text=_PAGE, raw=_PAGE, format="txt"))
    Extractor(disabled=(), ner=_NoNames()).extract(article)
    identity.entity_key("organization", "Пограничная служба")  # the KB's folded names (kb.row_of_printed)
    identity.entity_key("organization", "Хоргос Гейтвей")  # no form's: the likeness keys (kb_likeness, link110)


class _NoNames:
    """The NER model's place in the warm-up: no spans, nothing loaded."""

    def prepare(self, texts: list[str]) -> None:
        pass

    def spans(self, text: str) -> list:
        return []
