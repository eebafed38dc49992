"""The verbs of the command line: each reads its arguments, calls the workspace (the same use cases
the window calls) and prints the result. Loaded only when a verb runs (see :mod:`afterview.cli`).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, tzinfo
from typing import BinaryIO, TextIO

from afterview import APP_NAME, __version__, i18n
from afterview.cli import EXIT_OK
from afterview.clock import SystemClock, user_zone
from afterview.core.importing import json_document, sentence, spreadsheet_document
from afterview.core.versions import list_versions, read_restorable
from afterview.core.workspace import Workspace
from afterview.domain.calendar import Clock
from afterview.domain.codec import application_from_dict, application_to_dict, instant_text
from afterview.domain.linkedin import note_plan, quota_facts, step_hint
from afterview.domain.model import (
    YEAR_MAX,
    YEAR_MIN,
    Application,
    FollowUpKind,
    Interview,
    Interviewer,
    LetterKind,
    Stage,
)
from afterview.domain.plan import Step, plan
from afterview.domain.wording import action, timing
from afterview.errors import AfterviewError
from afterview.i18n import plural, short_date_time, translate
from afterview.interchange.files import read_import
from afterview.interchange.json_format import Document, ImportProblem
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from afterview.text import visible


@contextmanager
def open_workspace(paths: AppPaths, clock: Clock, *, read_only: bool = False) -> Iterator[Workspace]:
    """The data, saying on stderr when it had to be recovered (or, read-only, is shown from a copy)."""
    with Store.open(paths, clock, read_only=read_only) as store:
        if store.recovery is not None:
            print(f"afterview: {visible(store.recovery.message)}", file=sys.stderr)
        workspace = Workspace(store, clock)
        if workspace.synced is not None:  # another computer's edits, merged (core/syncing.py)
            print(f"afterview: {visible(workspace.synced.message)}", file=sys.stderr)
        yield workspace


def open_store(paths: AppPaths, clock: Clock, *, read_only: bool = False) -> Store:
    """The data, saying on stderr when it had to be recovered (or, read-only, is shown from a copy)."""
    store = Store.open(paths, clock, read_only=read_only)
    if store.recovery is not None:
        print(f"afterview: {visible(store.recovery.message)}", file=sys.stderr)
    return store


def run_import(
    paths: AppPaths, clock: Clock, file: str, out: TextIO, stdin: BinaryIO | None, file_format: str | None = None
) -> int:
    """Add what a JSON or CSV file holds that the data lacks; all or nothing."""
    payload = read_import(file, stdin)
    name = _source_name(file)
    if file_format == "ics" or (file_format is None and file.lower().endswith((".ics", ".ical", ".ifb"))):
        return _import_invitation(paths, clock, payload, name, out)
    as_csv = file_format == "csv" or (file_format is None and file.lower().endswith((".csv", ".tsv", ".txt")))
    with open_workspace(paths, clock) as workspace:
        if as_csv:
            document, notes = spreadsheet_document(payload, name, workspace.zone(), clock.now())
        else:
            document, notes = json_document(payload, name, clock.now(), "import"), []
        done = workspace.bring_in(document, replace=False)
    print(visible(done.message(name)), file=out)
    for note in notes:
        print(visible(note), file=out)
    return EXIT_OK


def _import_invitation(paths: AppPaths, clock: Clock, payload: bytes, name: str, out: TextIO) -> int:
    """A calendar invitation becomes interview rounds, saved at once (core/invitations.py)."""
    from afterview.core.invitations import import_invitation, summary_lines

    with open_workspace(paths, clock) as workspace:
        done = import_invitation(workspace, payload, name)
    for line in summary_lines(done.applied):
        print(visible(line), file=out)
    return EXIT_OK


def _source_name(file: str) -> str:
    """How messages name what is read: the file name, or standard input for "-"."""
    return translate("Cli", "standard input") if file == "-" else file


def _applications(count: int) -> str:
    """ "1 application", "12,500 applications" (in the user's language)."""
    return plural(count, translate("Cli", "{count} application"), translate("Cli", "{count} applications"))


def run_export(
    paths: AppPaths, clock: Clock, file: str, file_format: str, out: TextIO | None, backup: bool = False
) -> int:
    """Write the data to ``file`` ("-": ``out``); ``backup`` says "Backed up" rather than "Exported"."""
    require_existing_data(paths)
    with open_workspace(paths, clock, read_only=True) as workspace:
        payload = workspace.export(file_format)
        count = len(workspace.applications())
        if file == "-":
            if out is None:
                raise AfterviewError(translate("Cli", "cannot export to the screen: standard output is closed."))
            out.write(payload.decode("utf-8"))
            out.flush()
            return EXIT_OK
        workspace.write_file(file, payload)
    # The whole sentence agrees with the count (Spanish: "Se exportó 1 …" / "Se exportaron 3 …").
    if file_format == "vcf":  # contacts are counted as contacts, not as the applications they came from
        count = payload.count(b"BEGIN:VCARD\r\n")
        one, many = (
            translate("Cli", "Exported {count} contact to {file}."),
            translate("Cli", "Exported {count} contacts to {file}."),
        )
    elif backup:
        one, many = (
            translate("Cli", "Backed up {count} application to {file}."),
            translate("Cli", "Backed up {count} applications to {file}."),
        )
    else:
        one, many = (
            translate("Cli", "Exported {count} application to {file}."),
            translate("Cli", "Exported {count} applications to {file}."),
        )
    print(visible(plural(count, one, many, file=file)), file=sys.stderr)
    return EXIT_OK


def run_backup(paths: AppPaths, clock: Clock, file: str | None) -> int:
    """Everything, as a JSON file the user keeps: `restore` brings it back."""
    target = file or f"afterview-backup-{clock.now().astimezone():%Y-%m-%d}.json"
    if target == "-":
        raise AfterviewError(
            translate("Cli", "a backup goes to a file; to see the data on the screen use 'afterview export'.")
        )
    return run_export(paths, clock, target, "json", None, backup=True)


def run_restore(paths: AppPaths, clock: Clock, file: str, how: str | None, out: TextIO, stdin: BinaryIO | None) -> int:
    """Show what a backup (or any kept copy) holds; with --merge or --replace, bring it in."""
    payload = read_import(file, stdin)
    name = _source_name(file)
    try:
        document = read_restorable(payload, now=clock.now())
    except ImportProblem as problem:
        raise AfterviewError(
            translate("Cli", "cannot restore {name}: {problem} Nothing was changed.").format(
                name=name, problem=sentence(str(problem))
            )
        ) from None
    if how is None:
        # Only reading, so it works while the app runs (no lock) and changes nothing.
        for line in _restore_preview(paths, clock, name, document):
            print(visible(line), file=out)
        return EXIT_OK
    with open_workspace(paths, clock) as workspace:
        done = workspace.bring_in(document, replace=how == "replace")
    print(visible(done.message(name)), file=out)
    return EXIT_OK


def _restore_preview(paths: AppPaths, clock: Clock, name: str, document: Document) -> tuple[str, str]:
    with open_workspace(paths, clock, read_only=True) as workspace:
        stored = len(workspace.applications())
    holds = translate("Cli", "{name} holds {contents}. Your data holds {applications}.").format(
        name=name, contents=document.summary(), applications=_applications(stored)
    )
    choose = translate(
        "Cli",
        "To bring it in, run again with --merge (add what your data lacks, keep the rest) or --replace (make your "
        "data exactly the backup; your current data is kept in the backups folder).",
    )
    return holds, choose


def run_versions(paths: AppPaths, as_json: bool, out: TextIO) -> int:
    """Every copy Afterview keeps of the data, newest first, with what each holds."""
    require_existing_data(paths)
    found = list_versions(paths)
    zone = _user_zone(paths)
    if as_json:
        entries = [
            {"file": str(v.copy.path), "kind": v.copy.kind.value, "time": instant_text(v.copy.when),
             "holds": v.holds, "readable": v.readable}
            for v in found
        ]  # fmt: skip
        json.dump(entries, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    if not found:
        print(
            visible(translate("Cli", "Afterview keeps no copies in {folder} yet.").format(folder=paths.backups_dir)),
            file=out,
        )
        return EXIT_OK
    print(translate("Cli", "Copies of your data, newest first (restore one with: afterview restore FILE):"), file=out)
    for version in found:
        when = short_date_time(version.copy.when.astimezone(zone), seconds=True)
        print(visible(f"  {when}  {version.copy.label}: {version.holds}"), file=out)
        print(f"    {visible(str(version.copy.path))}", file=out)
    return EXIT_OK


def _user_zone(paths: AppPaths) -> tzinfo:
    """The user's zone from their settings, read without the lock (the app may be running); the
    computer's when the data cannot be read."""
    try:
        with Store.open(paths, SystemClock(), read_only=True) as store:
            return user_zone(store.settings().time_zone)
    except AfterviewError:
        return user_zone("")


def require_existing_data(paths: AppPaths) -> None:
    """Read-only commands on a folder with no data are almost always a mistyped --data-dir."""
    if not paths.data_file.exists():
        raise AfterviewError(
            translate("Cli", "there is no Afterview data in {folder} yet (check --data-dir).").format(
                folder=paths.data_dir
            )
        )


def run_due(paths: AppPaths, clock: Clock, at: str | None, as_json: bool, out: TextIO) -> int:
    """Print what needs doing at a moment: what the tray would raise and the Today view shows first."""
    require_existing_data(paths)
    with open_workspace(paths, clock, read_only=True) as workspace:
        zone = workspace.zone()
        now = clock.now() if at is None else _moment(at, zone)
        steps = workspace.due(now)
        apps = {app.id: app for app in workspace.applications()}
        reminders = {step.key: workspace.next_reminder_at(step, now) for step in steps}
        notes = note_plan(list(apps.values()), workspace.steps(), workspace.settings(), now)  # LinkedIn's quota
    if as_json:
        entries = [
            {**_due_entry(step, apps[step.application_id], now), "remind_at": _instant(reminders[step.key], zone)}
            | ({"quota": facts} if (facts := quota_facts(notes, step, zone)) is not None else {})
            for step in steps
        ]
        json.dump(entries, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    if not steps:
        print(
            visible(
                translate("Cli", "Nothing is due at {moment} ({zone}).").format(
                    moment=f"{now.astimezone(zone):%Y-%m-%d %H:%M}", zone=zone
                )
            ),
            file=out,
        )
    for step in steps:
        app = apps[step.application_id]
        print(visible(f"{app.title}: {action(step, app)} ({timing(step, now)})"), file=out)
        if (hint := step_hint(notes, step)) is not None:  # no LinkedIn note left for it
            print(visible(f"  {hint}"), file=out)
    return EXIT_OK


AGENDA_SPAN = timedelta(days=14)


def _moment(text: str, zone: tzinfo, option: str = "--at") -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise AfterviewError(
            translate(
                "Cli",
                "{option}: '{text}' is not a date and time (expected e.g. 2026-11-25T09:00 or 2026-11-25T09:00+01:00).",
            ).format(option=option, text=text)
        ) from None
    # Far-off years are typing mistakes, and near year 1 or 9999 the offset alone overflows the
    # conversion to UTC: the same years the domain accepts for any stored moment.
    if not YEAR_MIN <= moment.year <= YEAR_MAX:
        raise AfterviewError(
            translate(
                "Cli", "{option}: '{text}' is too far in the past or the future (use a year from {first} to {last})."
            ).format(option=option, text=text, first=YEAR_MIN, last=YEAR_MAX)
        )
    return moment if moment.utcoffset() is not None else moment.replace(tzinfo=zone)


def _due_entry(step: Step, app: Application, now: datetime) -> dict[str, object]:
    interview = app.interview(step.interview_id) if step.interview_id else None
    person = interview.interviewer(step.interviewer_id) if interview and step.interviewer_id else None
    return {
        "key": step.key,
        "application_id": app.id,
        "company": app.company,
        "position": app.position,
        "kind": step.kind.value,
        "number": step.number,
        "interviewer": person.name if person else None,
        "action": action(step, app),
        "status": step.status(now).value,
        "timing": timing(step, now),
        "due_at": instant_text(step.due_at),
        "deadline": instant_text(step.deadline) if step.deadline else None,
        "optional": step.optional,
    }


def _instant(moment: datetime | None, zone: tzinfo) -> str | None:
    """An instant as ISO 8601 with the user's offset ("2026-12-07T08:00:00+01:00"), or None."""
    return None if moment is None else moment.astimezone(zone).isoformat()


def run_agenda(paths: AppPaths, clock: Clock, start: str | None, end: str | None, as_json: bool, out: TextIO) -> int:
    """The notifications the tray would raise between two moments if it ran all along and nothing were done."""
    from afterview.core.schedule import agenda

    require_existing_data(paths)
    with open_workspace(paths, clock, read_only=True) as workspace:
        zone = workspace.zone()
        begin = clock.now() if start is None else _moment(start, zone, "--from")
        until = begin + AGENDA_SPAN if end is None else _moment(end, zone, "--to")
        if until < begin:
            raise AfterviewError(translate("Cli", "--to must come after --from."))
        raised = agenda(workspace, begin, until)
        steps = {step.key: step for step in workspace.steps()}
        apps = {app.id: app for app in workspace.applications()}
    entries = [
        _agenda_entry(
            item.at, item.notice.title, item.notice.body, steps[key], apps, len(item.notice.step_keys) > 1, zone
        )
        for item in raised
        for key in item.notice.step_keys
    ]
    if as_json:
        json.dump(entries, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    if not entries:
        print(translate("Cli", "Nothing would be raised in that time."), file=out)
    for item in raised:
        print(visible(f"{short_date_time(item.at.astimezone(zone))}  {item.notice.title}"), file=out)
    return EXIT_OK


def _agenda_entry(
    at: datetime, title: str, body: str, step: Step, apps: dict[str, Application], grouped: bool, zone: tzinfo
) -> dict[str, object]:
    app = apps[step.application_id]
    interview = app.interview(step.interview_id) if step.interview_id else None
    person = interview.interviewer(step.interviewer_id) if interview and step.interviewer_id else None
    return {
        "at": _instant(at, zone),
        "kind": step.kind.value,
        "application_id": app.id,
        "interviewer": person.name if person else None,
        "number": step.number if step.kind is FollowUpKind.CHECK_IN else None,
        "title": title,
        "body": body,
        "grouped": grouped,
    }


def _render_a_letter(sample: Application) -> None:
    """The bundled templates are there and fill in: a thank-you to the sample's interviewer."""
    from afterview.core.templates import built_in
    from afterview.domain.letters import placeholder_values, render

    template = built_in(LetterKind.THANK_YOU, i18n.language())
    interview = sample.interviews[0]
    person = interview.interviewers[0]
    values = placeholder_values(sample, interview, person, my_name="Lucía", topic="", language=i18n.language())
    if template is None or person.name.split()[0] not in render(template.body, values).text:
        raise AfterviewError(translate("Cli", "self-test failed: the letter templates are missing or do not fill in."))


def run_self_test(paths: AppPaths, clock: Clock, out: TextIO) -> int:
    """Prove the pieces a packaged build needs are present and work, without changing any data."""
    from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401  (the import itself is the check)

    with open_workspace(paths, clock, read_only=True) as workspace:
        apps, settings, steps = workspace.applications(), workspace.settings(), workspace.steps()
    sample = Application(
        company="Self-test S.L.", position="Analista júnior", stage=Stage.INTERVIEWING, created_at=clock.now(),
        interviews=[Interview(starts_at=clock.now(), time_zone="Europe/Madrid", interviewers=[Interviewer("Ana Ruiz")])],
    )  # fmt: skip
    if application_from_dict(application_to_dict(sample), created_at=clock.now()) != sample:
        raise AfterviewError(translate("Cli", "self-test failed: a record did not survive encoding and decoding."))
    sample_steps = plan([sample], settings)
    if not any(step.kind is FollowUpKind.THANK_YOU for step in sample_steps):
        raise AfterviewError(
            translate("Cli", "self-test failed: the plan has no thank-you letter for an interview with an interviewer.")
        )
    action(sample_steps[0], sample)
    _render_a_letter(sample)
    steps_text = plural(
        len(steps), translate("Cli", "{count} follow-up step"), translate("Cli", "{count} follow-up steps")
    )
    print(
        visible(translate("Cli", "{app} {version} self-test passed: {applications} and {steps} in {folder}.").format(
            app=APP_NAME, version=__version__, applications=_applications(len(apps)), steps=steps_text,
            folder=paths.data_dir,
        )),
        file=out,
    )  # fmt: skip
    return EXIT_OK
