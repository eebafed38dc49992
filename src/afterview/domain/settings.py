"""Every setting the follow-up plan uses, listed once: key, default, type, label, limits.

The settings page is built from :data:`SETTINGS`, the store saves values by key, and the plan reads
them from a :class:`Settings` object. The defaults follow career-office advice (see DESIGN.md).

Labels and help texts are English, marked with ``QT_TRANSLATE_NOOP("Settings", …)`` because this
table is made before a language is chosen; show them as :attr:`SettingSpec.shown_label` and
:attr:`SettingSpec.shown_help` (``translate("Settings", spec.label)``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import time
from typing import Any

from afterview.domain.calendar import UnknownTimeZone, resolve_zone
from afterview.domain.model import FieldError, ValidationError, check_email
from afterview.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate

#: The values the ``language`` setting accepts: empty (follow the computer) or a language Afterview speaks.
LANGUAGE_CHOICES = ("", *LANGUAGES)
PREMIUM_NOTE_LIMIT = 300  # characters in a LinkedIn invitation note with Premium


@dataclass(frozen=True)
class SettingSpec:
    key: str
    label: str
    kind: type
    default: Any
    minimum: int | None = None
    maximum: int | None = None
    help: str = ""
    # A text setting with a fixed set of values: (value, English label marked for "Settings").
    choices: tuple[tuple[str, str], ...] = ()

    @property
    def shown_label(self) -> str:
        """The label in the user's language."""
        return translate("Settings", self.label)

    @property
    def shown_help(self) -> str:
        """The help text in the user's language ("" when there is none)."""
        return translate("Settings", self.help) if self.help else ""


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("user_name", QT_TRANSLATE_NOOP("Settings", "Your name"), str, "",
                help=QT_TRANSLATE_NOOP("Settings", "Signs your letters.")),
    SettingSpec("my_emails", QT_TRANSLATE_NOOP("Settings", "My email addresses"), str, "",
                help=QT_TRANSLATE_NOOP("Settings", "Separated by commas, semicolons or spaces. Left out of the interviewers of an "
                                                   "imported calendar invitation.")),
    SettingSpec(
        "ask_minutes_before_start",
        QT_TRANSLATE_NOOP("Settings", "Remind me what to ask, minutes before an interview starts"), int, 30, 0, 240,
        QT_TRANSLATE_NOOP("Settings", "A short checklist: ask about the next step and when they will decide, "
                                      "note each interviewer's name and one topic."),
    ),
    SettingSpec("brief_evening_before",
                QT_TRANSLATE_NOOP("Settings", "Remind me to read my preparation brief the evening before an interview"),
                bool, True),
    SettingSpec("brief_evening_time", QT_TRANSLATE_NOOP("Settings", "Preparation brief reminder at"), time,
                time(19, 0), help=QT_TRANSLATE_NOOP("Settings", "On the day before the interview, in your time zone.")),
    SettingSpec("assessment_reminder_hours",
                QT_TRANSLATE_NOOP("Settings", "Remind me to review the interview, hours after it ends"), int, 1, 0, 48),
    SettingSpec("assessment_lapse_days",
                QT_TRANSLATE_NOOP("Settings", "Stop reminding me to review it after, days"), int, 7, 1, 60),
    SettingSpec("thank_you_hours", QT_TRANSLATE_NOOP("Settings", "Send thank-you letters within, hours"), int, 24, 1, 168),
    SettingSpec("linkedin_days", QT_TRANSLATE_NOOP("Settings", "Connect on LinkedIn within, days"), int, 2, 1, 30),
    SettingSpec(
        "late_grace_days",
        QT_TRANSLATE_NOOP("Settings", "A late letter or invitation is still worth sending for, days"), int, 2, 0, 14,
        QT_TRANSLATE_NOOP("Settings", "After that the step lapses and is no longer raised."),
    ),
    SettingSpec("linkedin_after_screening",
                QT_TRANSLATE_NOOP("Settings", "Suggest LinkedIn after a screening call"), bool, False),
    SettingSpec("linkedin_after_group",
                QT_TRANSLATE_NOOP("Settings", "Suggest LinkedIn after a group interview or assessment centre"),
                bool, False),
    SettingSpec("linkedin_note_limit",
                QT_TRANSLATE_NOOP("Settings", "LinkedIn invitation note limit, characters"), int, 200, 100, 300,
                help=QT_TRANSLATE_NOOP("Settings", "On a free account: 200. With Premium, notes may have 300.")),
    SettingSpec("linkedin_account", QT_TRANSLATE_NOOP("Settings", "LinkedIn account"), str, "free",
                help=QT_TRANSLATE_NOOP("Settings", "Free accounts may add a note to only a few invitations a month."),
                choices=(("free", QT_TRANSLATE_NOOP("Settings", "Free")),
                         ("premium", QT_TRANSLATE_NOOP("Settings", "Premium (300 characters, unlimited notes)")))),
    SettingSpec("linkedin_free_notes",
                QT_TRANSLATE_NOOP("Settings", "Personalised invitation notes a month (free account)"), int, 5, 0, 50,
                QT_TRANSLATE_NOOP("Settings", "LinkedIn's help says 5; some accounts get 3 to 10. "
                                              "Counted over the last 30 days.")),
    SettingSpec("decision_grace_business_days",
                QT_TRANSLATE_NOOP("Settings", "After the decision date, wait this many business days"), int, 1, 0, 10),
    SettingSpec("no_date_check_in_business_days",
                QT_TRANSLATE_NOOP("Settings", "With no decision date, check in after, business days"), int, 7, 1, 30),
    SettingSpec("max_check_ins", QT_TRANSLATE_NOOP("Settings", "Check in at most, times"), int, 2, 0, 5,
                QT_TRANSLATE_NOOP("Settings",
                                  "Past this, Afterview suggests closing the process out instead of more contact.")),
    SettingSpec("check_in_spacing_days",
                QT_TRANSLATE_NOOP("Settings", "Days between check-ins, at least"), int, 7, 1, 60),
    SettingSpec("business_hours_start",
                QT_TRANSLATE_NOOP("Settings", "Business hours start (calls only then)"), time, time(9, 0)),
    SettingSpec("business_hours_end", QT_TRANSLATE_NOOP("Settings", "Business hours end"), time, time(17, 0)),
    SettingSpec("quiet_hours_start",
                QT_TRANSLATE_NOOP("Settings", "Quiet hours start (no notifications)"), time, time(21, 0)),
    SettingSpec("quiet_hours_end", QT_TRANSLATE_NOOP("Settings", "Quiet hours end"), time, time(8, 0)),
    SettingSpec("notifications_enabled", QT_TRANSLATE_NOOP("Settings", "Show notifications"), bool, True),
    SettingSpec("start_at_login",
                QT_TRANSLATE_NOOP("Settings", "Start Afterview when I log in (in the tray)"), bool, False),
    SettingSpec("time_zone", QT_TRANSLATE_NOOP("Settings", "Your time zone (empty: the computer's)"), str, "",
                help=QT_TRANSLATE_NOOP("Settings", "Quiet hours follow this zone.")),
    SettingSpec("language", QT_TRANSLATE_NOOP("Settings", "Language"), str, "",
                help=QT_TRANSLATE_NOOP("Settings", "Empty: the computer's language.")),
)  # fmt: skip

SPECS = {spec.key: spec for spec in SETTINGS}
# Settings a former release wrote and this one no longer has: read (and ignored) without complaint.
RETIRED = frozenset({"ask_minutes_before_end"})


@dataclass(frozen=True)
class Settings:
    user_name: str = ""
    my_emails: str = ""  # comma-separated; see afterview.domain.invitations
    ask_minutes_before_start: int = 30
    brief_evening_before: bool = True
    brief_evening_time: time = time(19, 0)
    assessment_reminder_hours: int = 1
    assessment_lapse_days: int = 7
    thank_you_hours: int = 24
    linkedin_days: int = 2
    late_grace_days: int = 2
    linkedin_after_screening: bool = False
    linkedin_after_group: bool = False
    linkedin_note_limit: int = 200
    linkedin_account: str = "free"  # "free" or "premium" (see afterview.domain.linkedin)
    linkedin_free_notes: int = 5
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
    language: str = ""  # "" follows the computer; else a key of afterview.i18n.LANGUAGES

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
    if "linkedin_account" not in values and parsed.get("linkedin_note_limit") == PREMIUM_NOTE_LIMIT:
        parsed["linkedin_account"] = "premium"  # written before the account type existed: 300 meant Premium
    result = replace(Settings(), **parsed)
    if result.business_hours_start >= result.business_hours_end:
        errors.append(
            FieldError("business_hours_end", translate("Settings", "Business hours must end after they start."))
        )
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
    """The value a setting takes from ``raw``, or why it cannot: checked by the setting's kind."""
    if spec.kind is bool:
        return _parse_bool(spec, raw)
    if spec.kind is int:
        return _parse_int(spec, raw)
    if spec.kind is time:
        return _parse_time(spec, raw)
    return _parse_text(spec, raw)


def _parse_bool(spec: SettingSpec, raw: Any) -> tuple[Any, str | None]:
    if isinstance(raw, bool):
        return raw, None
    return None, translate("Settings", "{label}: must be on or off.").format(label=spec.shown_label)


def _parse_int(spec: SettingSpec, raw: Any) -> tuple[Any, str | None]:
    label = spec.shown_label
    # A JSON true is an int to Python, but never a number the user meant.
    if isinstance(raw, bool) or not isinstance(raw, int):
        return None, translate("Settings", "{label}: must be a whole number.").format(label=label)
    assert spec.minimum is not None and spec.maximum is not None
    if not spec.minimum <= raw <= spec.maximum:
        return None, translate("Settings", "{label}: must be from {minimum} to {maximum} (got {value}).").format(
            label=label, minimum=spec.minimum, maximum=spec.maximum, value=_clip(str(raw))
        )
    return raw, None


def _parse_time(spec: SettingSpec, raw: Any) -> tuple[Any, str | None]:
    if isinstance(raw, time):
        return raw, None
    try:
        return time.fromisoformat(raw), None
    except (TypeError, ValueError):
        return None, translate(
            "Settings", "{label}: '{value}' is not a time of day (expected HH:MM, e.g. 09:00)."
        ).format(label=spec.shown_label, value=_clip(str(raw)))


def _parse_text(spec: SettingSpec, raw: Any) -> tuple[Any, str | None]:
    label = spec.shown_label
    if not isinstance(raw, str):
        return None, translate("Settings", "{label}: must be text.").format(label=label)
    if spec.key == "time_zone" and raw:
        try:
            resolve_zone(raw)
        except UnknownTimeZone as error:
            return None, str(error)
    if spec.key == "my_emails":
        addresses = email_list(raw)
        problem = next(filter(None, (check_email(address) for address in addresses)), None)
        if problem:
            return None, f"{label}: {problem}"
        raw = ", ".join(addresses)  # one way of writing the list, whatever separated it as typed
    if spec.key == "language" and raw not in LANGUAGE_CHOICES:
        return None, translate(
            "Settings",
            "{label}: '{value}' is not a language Afterview speaks (expected {choices}, or empty to follow the computer).",
        ).format(label=label, value=raw[:60], choices=", ".join(code for code in LANGUAGE_CHOICES if code))
    if spec.choices and raw not in {value for value, _ in spec.choices}:
        return None, translate("Settings", "{label}: '{value}' is not one of {choices}.").format(
            label=label, value=_clip(raw), choices=", ".join(value for value, _ in spec.choices)
        )
    if len(raw) > 200:
        return None, translate("Settings", "{label}: at most 200 characters.").format(label=label)
    return raw, None


def email_list(text: str) -> list[str]:
    """The addresses in ``text``, however they were separated: commas, semicolons (as mail programs
    copy them), spaces or new lines."""
    return [part for part in re.split(r"[,;\s]+", text) if part]


def _clip(text: str, limit: int = 60) -> str:
    """A value quoted in a message: a file may hold a number of thousands of digits or a novel."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


assert [spec.key for spec in SETTINGS] == [f.name for f in fields(Settings)], (
    "SETTINGS and Settings must list the same keys"
)
assert all(getattr(Settings(), spec.key) == spec.default for spec in SETTINGS), "defaults must agree"
