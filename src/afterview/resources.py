"""Finds Afterview's bundled files (icons, templates) from a source checkout and from a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    # PyInstaller unpacks bundled data under sys._MEIPASS; from source, resources/ is at the repo top.
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    """The path of a bundled file, e.g. ``resource("icons", "afterview.svg")``."""
    return resource_dir().joinpath(*parts)
