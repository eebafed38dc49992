"""The language chosen in Settings is read back before the data, from the window-state file that
Qt's QSettings writes: what Qt wrote is read as it was meant, and anything else counts as none."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from afterview.i18n import REMEMBERED_KEY, REMEMBERED_SECTION, remembered_setting


def written_by_qt(path: Path, values: dict[str, object]) -> Path:
    state = QSettings(str(path), QSettings.Format.IniFormat)
    for key, value in values.items():
        state.setValue(key, value)
    state.sync()
    return path


@pytest.mark.parametrize("language", ["es", "en", ""])
def test_what_qt_wrote_is_read_back(tmp_path: Path, language: str) -> None:
    path = written_by_qt(
        tmp_path / "window.ini",
        {
            "window/geometry": b"\x01\xd9\xd0\xcb\x00\x03",
            "window/page": 2,
            f"{REMEMBERED_SECTION}/{REMEMBERED_KEY}": language,
            "other/language": "fr",
        },
    )
    assert remembered_setting(path) == language


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[ui]\nlanguage=fr\n",  # a language Afterview does not speak
        "[window]\nlanguage=es\n",  # another section's key
        "language=es\n",  # outside any section
        "[ui]\nlanguages=es\n",
        "\x00\xff garbage",
    ],
)
def test_anything_else_counts_as_none(tmp_path: Path, text: str) -> None:
    path = tmp_path / "window.ini"
    path.write_bytes(text.encode("latin-1"))
    assert remembered_setting(path) == ""


def test_a_missing_file_counts_as_none(tmp_path: Path) -> None:
    assert remembered_setting(tmp_path / "absent.ini") == ""
