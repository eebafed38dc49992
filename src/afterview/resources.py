"""Finds Afterview's bundled files (icons, letter templates, translations, help) wherever it runs.

They are kept at the top of the repository, in ``resources/``. A wheel (so ``pip install .`` and
``pipx install .``) carries them inside the package as ``afterview/resources_data`` (pyproject.toml),
and the frozen PyInstaller build puts them at the same place beside the package
(packaging/afterview.spec). A checkout, installed editable or not, has no such folder: there the
files are read from ``resources/`` itself. One rule therefore serves all three: the package's own
copy if it has one, else the checkout's.
"""

from __future__ import annotations

import functools
from pathlib import Path

PACKAGED_NAME = "resources_data"  # the folder's name inside the package (wheel and frozen build)


@functools.cache
def _root() -> Path:
    package = Path(__file__).resolve().parent
    packaged = package / PACKAGED_NAME
    return packaged if packaged.is_dir() else package.parents[1] / "resources"


def resource(*parts: str) -> Path:
    """The path of a bundled file, e.g. ``resource("icons", "afterview.svg")``."""
    return _root().joinpath(*parts)
