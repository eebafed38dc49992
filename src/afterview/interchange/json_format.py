"""The interchange JSON format, version 1 (docs/data-format.md): what export and backup write, and
what import and restore read.

Export → restore into an empty store → export gives the same document, byte for byte. Reading is
all or nothing: every application, setting and template in the file is checked first, and any
problem (with where it is in the file) stops the whole import before anything is written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from afterview import i18n
from afterview.domain.codec import application_from_dict, application_to_dict
from afterview.domain.letters import LANGUAGES, Template, TemplateError
from afterview.domain.model import LONG_TEXT_MAX, NAME_MAX, Application, FieldError, LetterKind, ValidationError
from afterview.domain.settings import RETIRED, SPECS, Settings, settings_from_dict, settings_to_dict
from afterview.errors import AfterviewError
from afterview.i18n import number, translate
from afterview.interchange.files import MAX_IMPORT_BYTES, MAX_IMPORT_TEXT

FORMAT_NAME = "afterview"
FORMAT_VERSION = 1
MAX_PROBLEMS_SHOWN = 3


class ImportProblem(AfterviewError):
    """A file that cannot be imported; the message says what and where, and nothing was changed."""

    def __init__(self, message: str, errors: tuple[FieldError, ...] = ()) -> None:
        super().__init__(message)
        self.errors = errors


class RepeatedField(ValueError):
    """A JSON object naming the same field twice (json would silently keep the last one)."""


def _no_repeated_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise RepeatedField(key)
        result[key] = value
    return result


@dataclass
class Document:
    """What an interchange file holds. ``settings`` is None when the file has none (a file written
    by hand); ``templates`` maps "kind/language/name" to template text, None when the file has none."""

    applications: list[Application]
    settings: Settings | None = None
    templates: dict[str, str] | None = None
    # The applications that came with an id of their own (a backup's always do; a spreadsheet row
    # or a hand-written record does not, and is then recognised by what it says: see merge.py).
    own_ids: frozenset[str] = frozenset()
    # What a salvaged copy of a damaged data file could not bring back (shown with the summary).
    left_out: tuple[str, ...] = ()

    @property
    def interview_count(self) -> int:
        return sum(len(app.interviews) for app in self.applications)

    def summary(self) -> str:
        """What a restore would bring, e.g. "12 applications, 19 interviews, your settings and 2 letter templates"."""
        applications = i18n.plural(
            len(self.applications),
            translate("JsonFormat", "{count} application"),
            translate("JsonFormat", "{count} applications"),
        )
        interviews = i18n.plural(
            self.interview_count,
            translate("JsonFormat", "{count} interview"),
            translate("JsonFormat", "{count} interviews"),
        )
        templates = i18n.plural(
            len(self.templates or ()),
            translate("JsonFormat", "{count} letter template"),
            translate("JsonFormat", "{count} letter templates"),
        )
        if self.settings is not None and self.templates:
            text = translate("JsonFormat", "{applications}, {interviews}, your settings and {templates}")
        elif self.settings is not None:
            text = translate("JsonFormat", "{applications}, {interviews} and your settings")
        elif self.templates:
            text = translate("JsonFormat", "{applications}, {interviews} and {templates}")
        else:
            text = translate("JsonFormat", "{applications}, {interviews}")
        text = text.format(applications=applications, interviews=interviews, templates=templates)
        if self.left_out:
            left_out = i18n.plural(
                len(self.left_out),
                translate("JsonFormat", "{count} part could not be read and is left out: {first}"),
                translate("JsonFormat", "{count} parts could not be read and are left out, first: {first}"),
                first=self.left_out[0],
            )
            text = f"{text} ({left_out})"
        return text


def export_document(
    apps: Iterable[Application], settings: Settings | None = None, templates: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """The whole file: the applications and, for a backup, the settings and the user's own templates."""
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "applications": [application_to_dict(app, local_times=True) for app in apps],
    }
    if settings is not None:
        document["settings"] = settings_to_dict(settings)
    if templates:
        document["templates"] = dict(sorted(templates.items()))
    return document


def dumps(document: dict[str, Any]) -> str:
    """Readable, stable text: two-space indents, accents and emoji as themselves, a final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def parse(payload: bytes, *, now: datetime) -> list[Application]:
    """The applications in an interchange file; raises :class:`ImportProblem` on any problem.

    ``now`` becomes the creation time of applications that do not give one.
    """
    return parse_document(payload, now=now).applications


def parse_document(payload: bytes, *, now: datetime) -> Document:
    """Everything in an interchange file (see :func:`parse`)."""
    if len(payload) > MAX_IMPORT_BYTES:
        raise ImportProblem(
            translate("JsonFormat", "the file is too large to be an Afterview export (at most {limit}).").format(
                limit=MAX_IMPORT_TEXT
            )
        )
    try:
        document = json.loads(payload.decode("utf-8-sig"), object_pairs_hook=_no_repeated_fields)
    except UnicodeDecodeError:
        raise ImportProblem(
            translate("JsonFormat", "the file is not UTF-8 text (is it really an Afterview JSON export?).")
        ) from None
    except json.JSONDecodeError as error:
        raise ImportProblem(
            translate("JsonFormat", "the file is not valid JSON: {reason} (line {line}, column {column}).").format(
                reason=error.msg, line=error.lineno, column=error.colno
            )
        ) from None
    except RepeatedField as error:
        raise ImportProblem(
            translate(
                "JsonFormat", "the field '{field}' appears twice in one object; which one to keep is unclear."
            ).format(field=_clip(str(error)))
        ) from None
    except RecursionError:
        raise ImportProblem(
            translate("JsonFormat", "the file is nested too deeply to be an Afterview export.")
        ) from None
    except ValueError:
        # Python refuses to read an integer of more than 4,300 digits (a guard against slow
        # conversions); its own message suggests changing an interpreter setting.
        raise ImportProblem(
            translate("JsonFormat", "the file holds a number with thousands of digits; it is not an Afterview export.")
        ) from None
    return _document(document, now)


def _document(document: Any, now: datetime) -> Document:
    if not isinstance(document, dict):
        raise ImportProblem(translate("JsonFormat", 'the file must hold a JSON object with "format": "afterview".'))
    if document.get("format") != FORMAT_NAME:
        raise ImportProblem(translate("JsonFormat", 'this is not an Afterview file (it needs "format": "afterview").'))
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ImportProblem(
            translate("JsonFormat", '"version" must be the number {expected}, not {found}.').format(
                expected=FORMAT_VERSION, found=_clip(json.dumps(version))
            )
        )
    if version != FORMAT_VERSION:
        message = translate(
            "JsonFormat", "this file is format version {found}; this Afterview reads version {expected}."
        )
        message = message.format(found=_clip(repr(version)), expected=FORMAT_VERSION)
        if version > FORMAT_VERSION:
            message += " " + translate("JsonFormat", "Update Afterview to import it.")
        raise ImportProblem(message)
    unknown = sorted(set(document) - {"format", "version", "applications", "settings", "templates"})
    if unknown:
        raise ImportProblem(
            translate(
                "JsonFormat",
                "unknown top-level field '{field}' (expected format, version, applications, settings, templates).",
            ).format(field=_clip(unknown[0]))
        )
    apps = _applications(document, now)
    own_ids = frozenset(app.id for app, item in zip(apps, document["applications"], strict=True) if item.get("id"))
    return Document(apps, _settings(document.get("settings")), _templates(document), own_ids)


def _settings(raw: Any) -> Settings | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ImportProblem(translate("JsonFormat", '"settings" must be an object {…} of setting names and values.'))
    unknown = sorted(set(raw) - set(SPECS) - RETIRED)
    if unknown:
        raise ImportProblem(
            translate("JsonFormat", "settings: unknown setting '{name}'.").format(name=_clip(unknown[0]))
        )
    try:
        return settings_from_dict(raw)
    except ValidationError as error:
        raise ImportProblem(_describe([problem.within("settings.") for problem in error.errors])) from None


def _templates(document: dict[str, Any]) -> dict[str, str] | None:
    raw = document.get("templates")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ImportProblem(translate("JsonFormat", '"templates" must be an object {…} of "kind/language/name": text.'))
    for key, text in raw.items():
        kind, _, rest = key.partition("/")
        language, _, name = rest.partition("/")
        if kind not in set(LetterKind) or language not in LANGUAGES or not name.strip() or len(name) > NAME_MAX:
            raise ImportProblem(
                translate(
                    "JsonFormat",
                    "templates: '{key}' is not a template name (expected kind/language/name, e.g. thank_you/en/Short).",
                ).format(key=key[:80])
            )
        if not isinstance(text, str) or len(text) > LONG_TEXT_MAX:
            raise ImportProblem(
                translate("JsonFormat", "{field}: must be text of at most {limit} characters.").format(
                    field=f"templates.{key}", limit=number(LONG_TEXT_MAX)
                )
            )
        try:
            Template.parse(LetterKind(kind), language, text, name)
        except TemplateError as error:
            raise ImportProblem(f"templates.{key}: {error}") from None
    return dict(raw)


def _applications(document: dict[str, Any], now: datetime) -> list[Application]:
    items = document.get("applications")
    if not isinstance(items, list):
        raise ImportProblem(translate("JsonFormat", '"applications" must be a list […] of applications.'))

    apps: list[Application] = []
    errors: list[FieldError] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        own_id = item.get("id") if isinstance(item, dict) else None
        # Only text is an id; anything else (a list, an object) is reported by the codec, and
        # could not even be remembered here (it is not hashable).
        if isinstance(own_id, str):
            if own_id in seen:
                errors.append(
                    FieldError(
                        f"applications[{index}].id",
                        translate("JsonFormat", "the id '{id}' is used by two applications.").format(id=_clip(own_id)),
                    )
                )
            seen.add(own_id)
        try:
            apps.append(application_from_dict(item, created_at=now))
        except ValidationError as error:
            errors.extend(problem.within(f"applications[{index}].") for problem in error.errors)
    if errors:
        raise ImportProblem(_describe(errors), tuple(errors))
    return apps


def _clip(text: str, limit: int = 60) -> str:
    """What a message quotes from the file: a field name or a version may be a novel."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(errors: list[FieldError]) -> str:
    shown = "; ".join(str(error).rstrip(".") for error in errors[:MAX_PROBLEMS_SHOWN])
    more = len(errors) - MAX_PROBLEMS_SHOWN
    if more <= 0:
        return shown + "."
    return translate("JsonFormat", "{problems} (and {more}).").format(
        problems=shown,
        more=i18n.plural(
            more, translate("JsonFormat", "{count} more problem"), translate("JsonFormat", "{count} more problems")
        ),
    )
