"""Text from files and from the user never reaches the terminal as control characters: the command
line shows them as escapes (an imported "\\x1b[2J" must not clear the user's screen)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from afterview.text import visible
from tests.support.cli import RunAfterview

ESC_CLEAR = "\x1b[2J\x1b[H"
TITLE = "\x1b]0;pwned\x07"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (ESC_CLEAR, "\\x1b[2J\\x1b[H"),
        (TITLE, "\\x1b]0;pwned\\x07"),
        ("a\nb\r\nc\td", "a\\nb\\r\\nc\\td"),
        ("\x00\x7f", "\\x00\\x7f"),
        ("\x9b31m", "\\x9b31m"),  # the one-byte CSI of C1
        ("evil\u202egnp.exe", "evil\\u202egnp.exe"),  # a right-to-left override reorders the rest
        ("\u2066x\u2069", "\\u2066x\\u2069"),
        ("line\u2028next", "line\\u2028next"),
        ("caf\udcff.json", "caf\\udcff.json"),  # a file name that is not UTF-8
    ],
)
def test_control_characters_are_shown_as_escapes(text: str, shown: str) -> None:
    assert visible(text) == shown


@pytest.mark.parametrize(
    "text",
    [
        "Núñez Data S.L. — Analista júnior",
        "Zürich, Łódź, Ærø, İstanbul, 東京, Москва",
        "שלום עולם مرحبا",  # right-to-left scripts themselves are letters, not controls
        "👩‍💻 🇪🇸 ❤️ 👍🏽",  # joiners, flags, variation selectors and skin tones make emoji
        "C:\\Users\\ana\\backup.json",
        "",
    ],
)
def test_ordinary_text_is_left_as_it_is(text: str) -> None:
    assert visible(text) == text


def assert_one_safe_line(stream: str) -> None:
    assert stream.count("\n") == 1, stream
    assert not any(character in stream for character in "\x1b\x07\x9b\r\u202e"), repr(stream)


def test_an_escape_in_a_file_name_is_shown_in_the_error(afterview: RunAfterview, tmp_path: Path) -> None:
    missing = tmp_path / f"offer{ESC_CLEAR}.json"
    result = afterview("import", str(missing))
    assert result.returncode == 1
    assert_one_safe_line(result.stderr)
    assert "offer\\x1b[2J\\x1b[H.json" in result.stderr


def test_an_escape_echoed_from_a_json_file_is_shown(afterview: RunAfterview, tmp_path: Path) -> None:
    source = tmp_path / "evil.json"
    app = {"company": "Acme", "stage": TITLE}
    source.write_text(json.dumps({"format": "afterview", "version": 1, "applications": [app]}), encoding="utf-8")
    for verb in ("import", "restore"):
        result = afterview(verb, str(source))
        assert result.returncode == 1, result
        assert_one_safe_line(result.stderr)
        assert "'\\x1b]0;pwned\\x07' is not one of" in result.stderr


def test_an_escape_echoed_from_a_spreadsheet_is_shown(afterview: RunAfterview, tmp_path: Path) -> None:
    source = tmp_path / "evil.csv"
    source.write_text(f"Company,Stage\nAcme,{ESC_CLEAR}\n", encoding="utf-8")
    result = afterview("import", str(source))
    assert result.returncode == 1, result
    assert_one_safe_line(result.stderr)
    assert "\\x1b[2J" in result.stderr


def test_a_line_break_in_a_file_name_keeps_the_message_on_one_line(afterview: RunAfterview, tmp_path: Path) -> None:
    source = tmp_path / "two\nlines.json"
    source.write_text(json.dumps({"format": "afterview", "version": 1, "applications": []}), encoding="utf-8")
    result = afterview("import", str(source))
    assert result.returncode == 0, result
    assert_one_safe_line(result.stdout)
    assert "two\\nlines.json" in result.stdout


def test_a_file_name_that_is_not_utf8_is_named_not_a_crash(afterview: RunAfterview, tmp_path: Path) -> None:
    source = tmp_path / os.fsdecode(b"caf\xe9.json")  # Latin-1 on a UTF-8 system
    source.write_text(json.dumps({"format": "afterview", "version": 1, "applications": []}), encoding="utf-8")
    result = afterview("import", str(source))
    assert result.returncode == 0, result
    assert "caf\\udce9.json" in result.stdout and "unexpected" not in result.stderr


def test_due_lines_show_a_bidi_override_from_the_data(afterview: RunAfterview, tmp_path: Path) -> None:
    # Rules refuse control characters in a company name, but a direction override is printable
    # Unicode and is stored; on a terminal it would reorder the rest of the line.
    source = tmp_path / "bidi.json"
    app = {"company": "Acme\u202e", "interviews": [{"starts_at": "2026-11-24T10:00:00+01:00"}]}
    source.write_text(json.dumps({"format": "afterview", "version": 1, "applications": [app]}), encoding="utf-8")
    imported = afterview("import", str(source))
    assert imported.returncode == 0, imported
    due = afterview("due", "--at", "2026-11-24T12:00+01:00")
    assert due.returncode == 0, due
    assert "Acme\\u202e" in due.stdout and "\u202e" not in due.stdout
    as_json = afterview("due", "--at", "2026-11-24T12:00+01:00", "--json")
    assert json.loads(as_json.stdout)[0]["company"] == "Acme\u202e"  # JSON carries the data as it is
