"""The declarative settings list: one entry per setting, checked like any user input."""

from __future__ import annotations

from dataclasses import fields
from datetime import time

import pytest

from afterview.domain.model import ValidationError
from afterview.domain.settings import SETTINGS, Settings, settings_from_dict, settings_to_dict


def test_every_setting_is_listed_once_with_its_default_and_label() -> None:
    assert [spec.key for spec in SETTINGS] == [f.name for f in fields(Settings)]
    for spec in SETTINGS:
        assert getattr(Settings(), spec.key) == spec.default
        assert spec.label
        assert isinstance(spec.default, spec.kind)
        if spec.kind is int:
            assert isinstance(spec.default, int)
            assert spec.minimum is not None and spec.maximum is not None
            assert spec.minimum <= spec.default <= spec.maximum


def test_the_defaults_are_the_career_office_ones() -> None:
    s = Settings()
    assert (s.thank_you_hours, s.linkedin_days, s.linkedin_note_limit, s.max_check_ins, s.check_in_spacing_days) == (
        24,
        2,
        200,
        2,
        7,
    )
    assert (s.quiet_hours_start, s.quiet_hours_end, s.business_hours_start, s.business_hours_end) == (
        time(21), time(8), time(9), time(17),
    )  # fmt: skip


def test_round_trip_through_plain_values() -> None:
    custom = Settings(
        user_name="Lucía Pérez", linkedin_note_limit=300, quiet_hours_start=time(22, 30), time_zone="America/Bogota"
    )
    values = settings_to_dict(custom)
    assert values["quiet_hours_start"] == "22:30"
    assert settings_from_dict(values) == custom


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"max_check_ins": 9}, "Check in at most, times: must be from 0 to 5 (got 9)."),
        ({"linkedin_note_limit": "300"}, "LinkedIn invitation note limit, characters: must be a whole number."),
        ({"quiet_hours_end": "8am"}, "Quiet hours end: '8am' is not a time of day (expected HH:MM, e.g. 09:00)."),
        ({"notifications_enabled": "yes"}, "Show notifications: must be on or off."),
        ({"time_zone": "Madrid"}, "'Madrid' is not a known time zone (expected e.g. Europe/Madrid)."),
        ({"business_hours_start": "18:00"}, "Business hours must end after they start."),
    ],
)
def test_bad_values_are_refused_with_a_message(values: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        settings_from_dict(values)
    assert [error.message for error in raised.value.errors] == [message]


def test_with_values_checks_too() -> None:
    assert Settings().with_values(max_check_ins=3).max_check_ins == 3
    with pytest.raises(ValidationError):
        Settings().with_values(check_in_spacing_days=0)


def test_language_is_empty_for_the_computers_or_one_afterview_speaks() -> None:
    assert Settings().language == ""
    assert settings_from_dict({"language": "es"}).language == "es"
    assert settings_from_dict({"language": "en"}).language == "en"
    assert Settings(language="es").with_values(language="").language == ""
    assert settings_to_dict(Settings(language="es"))["language"] == "es"
    with pytest.raises(ValidationError) as raised:
        settings_from_dict({"language": "fr"})
    assert [error.message for error in raised.value.errors] == [
        "Language: 'fr' is not a language Afterview speaks (expected en, es, or empty to follow the computer)."
    ]


@pytest.mark.parametrize(
    "typed", ["a@x.org, b@y.org", "a@x.org; b@y.org", "a@x.org b@y.org", "a@x.org;b@y.org", " a@x.org ,; b@y.org\n"]
)
def test_my_email_addresses_may_be_separated_by_commas_semicolons_or_spaces(typed: str) -> None:
    assert settings_from_dict({"my_emails": typed}).my_emails == "a@x.org, b@y.org"
    assert Settings().with_values(my_emails=typed).my_emails == "a@x.org, b@y.org"


def test_a_bad_address_among_several_is_still_refused() -> None:
    with pytest.raises(ValidationError):
        settings_from_dict({"my_emails": "a@x.org; not-an-address"})
