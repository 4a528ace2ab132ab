"""bench/make_corpus.corpus_version keys the benchmark caches on the generator and its data
files; stop 53's own-page sets (bench/data/e2e107/, out109/, e2e111/) are folders there, and
reading a folder as a file stopped `bench/ingest_throughput.py` before it ingested anything."""

from tests.conftest import make_corpus_module


def test_the_corpus_version_reads_the_data_files_and_passes_over_folders():
    mc = make_corpus_module()
    assert any(p.is_dir() for p in mc.DATA.iterdir())  # the folders this guards against are there
    version = mc.corpus_version()
    assert len(version) == 8 and version == mc.corpus_version()
