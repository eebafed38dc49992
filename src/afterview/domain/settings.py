"""Every setting the follow-up plan uses, listed once: key, default, type, label, limits.

The settings page is built from :data:`SETTINGS`, the store saves values by key, and the plan reads
them from a :class:`Settings` object. The defaults follow career-office advice (see DESIGN.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import time
from typing import Any

from afterview.domain.calendar import UnknownTimeZone, resolve_zone
from afterview.domain.model import FieldError, ValidationError


@dataclass(frozen=True)
class SettingSpec:
    key: str
    label: str
    kind: type
    default: Any
    minimum: int | None = None
    maximum: int | None = None
    help: str = ""


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("user_name", "Your name", str, "", help="Signs your letters."),
    SettingSpec(
        "ask_minutes_before_end", "Remind me to ask about next steps, minutes before the end", int, 10, 0, 120,
        "Before you leave, ask what the next step is and when they will decide.",
    ),
    SettingSpec("assessment_reminder_hours", "Remind me to review the interview, hours after it ends", int, 1, 0, 48),
    SettingSpec("assessment_lapse_days", "Stop reminding me to review it after, days", int, 7, 1, 60),
    SettingSpec("thank_you_hours", "Send thank-you letters within, hours", int, 24, 1, 168),
    SettingSpec("linkedin_days", "Connect on LinkedIn within, days", int, 2, 1, 30),
    SettingSpec(
        "late_grace_days", "A late letter or invitation is still worth sending for, days", int, 2, 0, 14,
        "After that the step lapses and is no longer raised.",
    ),
    SettingSpec("linkedin_note_limit", "LinkedIn invitation note limit, characters", int, 200, 100, 300,
                help="200 on free accounts, 300 with Premium."),
    SettingSpec("decision_grace_business_days", "After the decision date, wait this many business days", int, 1, 0, 10),
    SettingSpec("no_date_check_in_business_days", "With no decision date, check in after, business days", int, 7, 1, 30),
    SettingSpec("max_check_ins", "Check in at most, times", int, 2, 0, 5,
                "Past this, Afterview suggests closing the process out instead of more contact."),
    SettingSpec("check_in_spacing_days", "Days between check-ins, at least", int, 7, 1, 60),
    SettingSpec("business_hours_start", "Business hours start (calls only then)", time, time(9, 0)),
    SettingSpec("business_hours_end", "Business hours end", time, time(17, 0)),
    SettingSpec("quiet_hours_start", "Quiet hours start (no notifications)", time, time(21, 0)),
    SettingSpec("quiet_hours_end", "Quiet hours end", time, time(8, 0)),
    SettingSpec("notifications_enabled", "Show notifications", bool, True),
    SettingSpec("start_at_login", "Start Afterview when I log in (in the tray)", bool, False),
    SettingSpec("time_zone", "Your time zone (empty: the computer's)", str, "",
                help="Quiet hours follow this zone."),
)  # fmt: skip

SPECS = {spec.key: spec for spec in SETTINGS}


@dataclass(frozen=True)
class Settings:
    user_name: str = ""
    ask_minutes_before_end: int = 10
    assessment_reminder_hours: int = 1
    assessment_lapse_days: int = 7
    thank_you_hours: int = 24
    linkedin_days: int = 2
    late_grace_days: int = 2
    linkedin_note_limit: int = 200
    decision_grace_business_days: int = 1
    no_date_check_in_business_days: int = 7
    max_check_ins: int = 2
    check_in_spacing_days: int = 7
    business_hours_start: time = time(9, 0)
    business_hours_end: time = time(17, 0)
    quiet_hours_start: time = time(21, 0)
    quiet_hours_end: time = time(8, 0)
    notifications_enabled: bool = True
    start_at_login: bool = False
    time_zone: str = ""

    def with_values(self, **values: Any) -> Settings:
        """A copy with some values changed, checked like anything the user types."""
        return settings_from_dict({**settings_to_dict(self), **{k: _encode(v) for k, v in values.items()}})


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    """Plain JSON values, times as "HH:MM"."""
    return {spec.key: _encode(getattr(settings, spec.key)) for spec in SETTINGS}


def _encode(value: Any) -> Any:
    return value.strftime("%H:%M") if isinstance(value, time) else value


def settings_from_dict(values: Mapping[str, Any]) -> Settings:
    """Settings from stored or typed values; unknown keys are ignored, missing ones take defaults.

    Raises :class:`ValidationError` naming each bad value.
    """
    errors: list[FieldError] = []
    parsed: dict[str, Any] = {}
    for key, raw in values.items():
        spec = SPECS.get(key)
        if spec is None or raw is None:
            continue
        value, problem = _parse(spec, raw)
        if problem:
            errors.append(FieldError(key, problem))
        else:
            parsed[key] = value
    result = replace(Settings(), **parsed)
    if result.business_hours_start >= result.business_hours_end:
        errors.append(FieldError("business_hours_end", "Business hours must end after they start."))
    if errors:
        raise ValidationError(errors)
    return result


def settings_from_stored(values: Mapping[str, Any]) -> Settings:
    """Settings read back from the data file: a value that no longer passes its check (a hand edit,
    a narrower range in a newer version) falls back to its default instead of failing the start."""
    try:
        return settings_from_dict(values)
    except ValidationError as error:
        bad = {problem.field for problem in error.errors}
        kept = {key: value for key, value in values.items() if key not in bad}
        if bad & {"business_hours_end"}:
            kept.pop("business_hours_start", None)
        return settings_from_dict(kept)


def _parse(spec: SettingSpec, raw: Any) -> tuple[Any, str | None]:
    if spec.kind is bool:
        return (raw, None) if isinstance(raw, bool) else (None, f"{spec.label}: must be on or off.")
    if spec.kind is int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            return None, f"{spec.label}: must be a whole number."
        assert spec.minimum is not None and spec.maximum is not None
        if not spec.minimum <= raw <= spec.maximum:
            return None, f"{spec.label}: must be from {spec.minimum} to {spec.maximum} (got {raw})."
        return raw, None
    if spec.kind is time:
        if isinstance(raw, time):
            return raw, None
        try:
            return time.fromisoformat(raw), None
        except (TypeError, ValueError):
            return None, f"{spec.label}: '{raw}' is not a time of day (expected HH:MM, e.g. 09:00)."
    if not isinstance(raw, str):
        return None, f"{spec.label}: must be text."
    if spec.key == "time_zone" and raw:
        try:
            resolve_zone(raw)
        except UnknownTimeZone as error:
            return None, str(error)
    if len(raw) > 200:
        return None, f"{spec.label}: at most 200 characters."
    return raw, None


assert [spec.key for spec in SETTINGS] == [f.name for f in fields(Settings)], (
    "SETTINGS and Settings must list the same keys"
)
assert all(getattr(Settings(), spec.key) == spec.default for spec in SETTINGS), "defaults must agree"
