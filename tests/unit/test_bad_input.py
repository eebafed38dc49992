"""Hostile or mistaken input on the command line: ids and numbers of the wrong type or size, numbers
of thousands of digits, nesting thousands deep, moments near year 1 or 9999. Each is one clear
line and exit 1, never "unexpected error", and the data is left as it was."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterview.domain.codec import application_from_dict
from afterview.domain.model import ValidationError
from tests.support.cli import RunAfterview

FIXTURES = Path(__file__).parent / "fixtures"
START = '"starts_at": "2026-11-24T10:00:00+01:00"'


def document(application: str, extra: str = "") -> str:
    return f'{{"format": "afterview", "version": 1, "applications": [{application}]{extra}}}'


def interview(fields: str) -> str:
    return document(f'{{"company": "Acme", "interviews": [{{{START}, {fields}}}]}}')


BAD_FILES = {
    "a list as an id": (document('{"id": [1], "company": "Acme"}'), "applications[0].id: must be text, not a list"),
    "an object as an id": (document('{"id": {"a": 1}, "company": "Acme"}'), "applications[0].id: must be text"),
    "a number of 5,000 digits": (
        interview('"duration_minutes": ' + "9" * 5000),
        "the file holds a number with thousands of digits",
    ),
    "a list 10,000 deep": (document("[" * 10_000 + "]" * 10_000), "nested too deeply"),
    "an object 10,000 deep": (document('{"a": ' * 10_000 + "1" + "}" * 10_000), "nested too deeply"),
    "a huge duration": (interview('"duration_minutes": ' + "1" + "0" * 30), "duration_minutes: 1000000"),
    "a huge rating": (
        interview('"assessment": {"overall_rating": ' + "1" + "0" * 300 + "}"),
        "overall_rating: 1000000",
    ),
    "a huge step number": (
        document(
            '{"company": "Acme", "follow_ups": [{"kind": "check_in", "due_at": "2026-12-01T09:00:00Z", "number": '
            + "1" * 400
            + "}]}"
        ),
        "follow_ups[0].number: 1111111",
    ),
    "a decimal duration": (interview('"duration_minutes": 45.0'), "must be a whole number, not a decimal number"),
    "a decimal rating": (
        interview('"assessment": {"questions": [{"question": "Why?", "rating": 3.5}]}'),
        "questions[0].rating: must be a whole number, not a decimal number",
    ),
    "true as a duration": (interview('"duration_minutes": true'), "must be a whole number, not true/false"),
    "false as a rating": (
        interview('"assessment": {"overall_rating": false}'),
        "must be a whole number, not true/false",
    ),
    "infinity as a duration": (interview('"duration_minutes": 1e999'), "must be a whole number, not a decimal"),
    "a huge setting": (
        document("", ', "settings": {"max_check_ins": ' + "9" * 4000 + "}"),
        "settings.max_check_ins: Check in at most, times: must be from 0 to 5 (got 999",
    ),
    "a huge version": ('{"format": "afterview", "version": ' + "9" * 4000 + "}", "this file is format version 999"),
    "a long field name": (document("", ', "' + "x" * 10_000 + '": 1'), "unknown top-level field 'xxx"),
}


@pytest.fixture
def exported(afterview: RunAfterview) -> str:
    """The data before each bad file: one application, as `export` prints it."""
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    result = afterview("export")
    assert result.returncode == 0, result
    return result.stdout


@pytest.mark.parametrize("verb", [("import",), ("restore", "--replace")], ids=" ".join)
@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_number_or_id_is_one_clear_line_and_changes_nothing(
    afterview: RunAfterview, exported: str, tmp_path: Path, verb: tuple[str, ...], case: str
) -> None:
    content, expected = BAD_FILES[case]
    source = tmp_path / "bad.json"
    source.write_text(content, encoding="utf-8")
    result = afterview(*verb, str(source))
    assert result.returncode == 1, result
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("afterview: "), result.stderr
    assert expected in result.stderr, result.stderr
    assert "unexpected" not in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr) < 600, result.stderr  # a value quoted in a message is clipped
    assert afterview("export").stdout == exported


def test_a_huge_duration_is_refused_even_without_the_rules() -> None:
    # The store reads its own file without re-checking the rules: the size check is in decoding,
    # so a hand-edited duration can never overflow the date arithmetic of the plan.
    data = {"company": "Acme", "interviews": [{"starts_at": "2026-11-24T09:00:00Z", "duration_minutes": 10**30}]}
    with pytest.raises(ValidationError) as caught:
        application_from_dict(data, created_at=datetime(2026, 1, 1, tzinfo=UTC), check_rules=False)
    [problem] = caught.value.errors
    assert problem.field == "interviews[0].duration_minutes" and "far out of range" in problem.message


def test_numbers_of_ordinary_size_keep_their_precise_messages() -> None:
    data = {"company": "Acme", "interviews": [{"starts_at": "2026-11-24T09:00:00Z", "duration_minutes": 2000}]}
    with pytest.raises(ValidationError, match="Duration is at most 1440 minutes"):
        application_from_dict(data, created_at=datetime(2026, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize(
    "moment",
    [
        "0001-01-01T00:00+01:00",  # the offset alone takes it before year 1 in UTC
        "9999-12-31T23:59-01:00",
        "0001-01-01T00:00",
        "1899-12-31T23:59Z",
        "2101-01-01T00:00",
    ],
)
def test_a_moment_far_from_now_is_refused_with_a_message(afterview: RunAfterview, moment: str) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    result = afterview("due", "--at", moment)
    assert result.returncode == 1, result
    assert result.stderr == (
        f"afterview: --at: '{moment}' is too far in the past or the future (use a year from 1900 to 2100).\n"
    )


@pytest.mark.parametrize("moment", ["1900-01-01T00:00+01:00", "2100-12-31T23:59-12:00"])
def test_the_first_and_last_years_are_accepted(afterview: RunAfterview, moment: str) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    result = afterview("due", "--at", moment, "--json")
    assert result.returncode == 0, result
    assert isinstance(json.loads(result.stdout), list)
