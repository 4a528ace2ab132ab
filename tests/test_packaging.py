"""The sample articles ship as package data: the first run's sample path resolves from the
installed `store` package, and a built wheel carries the files."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import store
from store.samples import sample_data_dir

ROOT = Path(__file__).resolve().parent.parent
# What pip says when it cannot fetch the build backend pyproject.toml asks for.
OFFLINE = ("No matching distribution", "Could not find a version", "Failed to establish a new connection")


def test_the_sample_path_is_inside_the_installed_package():
    folder = sample_data_dir()
    assert folder.is_dir()
    assert folder.resolve().parent == Path(store.__file__).resolve().parent
    assert len(list(folder.glob("*.txt"))) >= 5


def test_the_tui_first_run_opens_the_packaged_samples(tmp_path, monkeypatch):
    from tui.cli import build_parser, plan

    monkeypatch.setenv("BORDERDOCS_DB", str(tmp_path / "none-yet.db"))
    _, paths, note = plan(build_parser().parse_args([]))
    assert paths == [str(sample_data_dir())]
    assert "sample" in note


def test_the_checkout_keeps_its_sample_data_folder():
    """bench/, tests/ and the evaluation read <repo>/sample_data: a link to the packaged folder."""
    assert sorted(p.name for p in (ROOT / "sample_data").glob("*.txt")) == sorted(
        p.name for p in sample_data_dir().glob("*.txt")
    )


def test_a_built_wheel_carries_the_sample_articles(tmp_path):
    """Built from a copy of the project (a build writes build/ and egg-info beside its sources),
    with pip's build isolation (the build backend pyproject.toml asks for); skipped when
    no build backend can be had (offline)."""
    src = tmp_path / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for name in ("store", "tui"):
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(src),
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if build.returncode != 0 and any(sign in build.stderr for sign in OFFLINE):
        pytest.skip("no build backend to be had here (offline)")
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = tmp_path.glob("borderdocs-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = sorted(n.rsplit("/", 1)[1] for n in names if n.startswith("store/sample_data/") and n.endswith(".txt"))
    assert shipped == sorted(p.name for p in sample_data_dir().glob("*.txt"))
