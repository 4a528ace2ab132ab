"""The sample articles bundled with the package: what a first run opens when there is no
store yet. They ship as package data (store/sample_data/*.txt), so the path resolves in
a checkout, an editable install and a wheel installed anywhere alike."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def sample_data_dir() -> Path:
    """The folder of bundled sample articles inside the installed `store` package."""
    return Path(str(files("store").joinpath("sample_data")))
