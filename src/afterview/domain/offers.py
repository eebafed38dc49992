"""The offer desk: an open offer's deadline against every other open process, and the steps around it.

Career offices agree on the moment an offer comes: it deserves time to decide; asking for an
extension with a concrete reason is legitimate and best done early (by phone, then in writing);
the employers still deciding should hear that there is an offer and be asked for their timeline;
after accepting, every other process is withdrawn from, one letter each, and never reneged on.

Pure functions of the applications, the settings and "now" (passed in):

- :func:`desk_steps` — the steps that look across applications, for the plan: **ask for an
  extension** on an offer when a pending process decides after its deadline (due from when the
  offer was recorded, done best at least :data:`EXTENSION_LEAD_BUSINESS_DAYS` business days before
  the deadline, raised once), and **tell a pending employer you have an offer** when it cannot be
  known to answer in time (its decision date falls after the earliest deadline, or is unknown).
- :func:`closing_steps` — after the decision: the letter each closed process gets (accept,
  decline, withdraw), from the pending record :func:`accept` or :func:`decline` left in it.
- :func:`accept` and :func:`decline` — the decision, as changed copies for the caller to save;
  accepting a second offer is refused with :class:`SecondAcceptance` unless confirmed.
- :func:`desk` — what the desk shows now: each open offer with its deadline and days left, the
  offer just accepted (for a week, while its letters are due: :func:`recently_accepted`), the pending processes (decision date, in time or not, next interview, last contact), the open
  steps, and the terms side by side (:func:`comparison`, plain: no scoring).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo

from afterview.domain.calendar import at_local, is_business_day, local_date, resolve_zone
from afterview.domain.model import (
    Application,
    FollowUp,
    FollowUpKind,
    FollowUpState,
    LetterKind,
    OfferTerms,
    OutcomeKind,
    Stage,
)
from afterview.domain.plan import Status, Step, decision_date
from afterview.domain.settings import Settings
from afterview.i18n import QT_TRANSLATE_NOOP, short_date, translate

EXTENSION_LEAD_BUSINESS_DAYS = 3  # ask for more time at least this many business days before the deadline
CLOSING_LETTER_DAYS = 7  # an acceptance, a decline or a withdrawal stays worth sending for a week

# Steps that depend on several applications: the workspace plans them again on every change.
DESK_KINDS = frozenset({FollowUpKind.ASK_EXTENSION, FollowUpKind.SHARE_OFFER})
# Steps left (as a pending record) in a process the decision closed, and the letter each asks for.
CLOSING_LETTERS = {
    FollowUpKind.ACCEPT_OFFER: LetterKind.OFFER_ACCEPT,
    FollowUpKind.DECLINE_OFFER: LetterKind.OFFER_DECLINE,
    FollowUpKind.WITHDRAW: LetterKind.WITHDRAWAL,
}
# Every step the desk lists (the reply to an offer is the plan's own).
OFFER_KINDS = frozenset({FollowUpKind.OFFER_REPLY, *DESK_KINDS, *CLOSING_LETTERS})


def is_open_offer(app: Application) -> bool:
    """An offer not yet accepted, declined or otherwise closed."""
    offered = app.stage is Stage.OFFER or (app.outcome is not None and app.outcome.kind is OutcomeKind.OFFER)
    return offered and not app.stage.is_closed


def is_pending(app: Application) -> bool:
    """A process still going on that has not made an offer: it may yet answer."""
    return not app.stage.is_closed and not is_open_offer(app) and not _outcome_closes(app)


def _outcome_closes(app: Application) -> bool:
    closing = (OutcomeKind.REJECTED, OutcomeKind.NO_RESPONSE, OutcomeKind.WITHDRAWN)
    return app.outcome is not None and app.outcome.kind in closing


def expected_decision(app: Application) -> date | None:
    """The day the employer said they would decide, read as the plan reads it (after the latest round)."""
    last = app.latest_interview()
    if last is None:
        return app.decision_expected_on
    moment = decision_date(app, last)
    return None if moment is None else local_date(moment, resolve_zone(last.time_zone))


def answers_in_time(app: Application, deadline: date | None) -> bool:
    """Whether a pending process is known to decide by an offer's deadline (no deadline: any date will do)."""
    decided = expected_decision(app)
    if deadline is None:
        return decided is not None
    return decided is not None and decided <= deadline


def business_days_between(start: date, end: date) -> int:
    """Business days after ``start`` up to and including ``end`` (negative when ``end`` is before)."""
    if end < start:
        return -business_days_between(end, start)
    return sum(1 for n in range(1, (end - start).days + 1) if is_business_day(start + timedelta(days=n)))


def business_days_before(day: date, count: int) -> date:
    """The business day ``count`` business days before ``day``."""
    while count > 0:
        day -= timedelta(days=1)
        if is_business_day(day):
            count -= 1
    return day


# --- steps for the plan ------------------------------------------------------------------------------


def desk_steps(applications: Iterable[Application], settings: Settings) -> list[Step]:
    """The steps that look across applications (ask for an extension, tell the pending employers)."""
    apps = list(applications)
    offers = [app for app in apps if is_open_offer(app) and app.offer_deadline is not None]
    if not offers:
        return []
    pending = [app for app in apps if is_pending(app)]
    steps: list[Step] = []
    for offer in offers:
        assert offer.offer_deadline is not None
        later = [app for app in pending if (expected_decision(app) or date.min) > offer.offer_deadline]
        if later:
            steps.append(_extension_step(offer, settings))
    first = min(offers, key=lambda app: (app.offer_deadline, app.id))
    steps.extend(_share_step(app, first, settings) for app in pending if not answers_in_time(app, first.offer_deadline))
    return steps


def _offer_zone(app: Application) -> tzinfo:
    last = app.latest_interview()
    return resolve_zone(last.time_zone) if last else UTC


def _offered_at(app: Application) -> datetime:
    if app.outcome is not None:
        return app.outcome.recorded_at
    last = app.latest_interview()
    return last.ends_at if last else app.created_at


def _timing(offer: Application, settings: Settings) -> tuple[datetime, datetime, datetime]:
    """When a step about ``offer`` opens, its "do it by" (early, before the deadline) and when it lapses."""
    assert offer.offer_deadline is not None
    zone = _offer_zone(offer)
    lapses = at_local(offer.offer_deadline, settings.business_hours_end, zone)
    early = at_local(
        business_days_before(offer.offer_deadline, EXTENSION_LEAD_BUSINESS_DAYS), settings.business_hours_end, zone
    )
    due = min(_offered_at(offer), early)
    return due, early, lapses


def _extension_step(offer: Application, settings: Settings) -> Step:
    due, early, lapses = _timing(offer, settings)
    last = offer.latest_interview()
    step = Step(
        offer.id, FollowUpKind.ASK_EXTENSION, due, due, deadline=early, lapses_at=lapses,
        interview_id=last.id if last else None, repeats=False, call_zone=last.time_zone if last else None,
    )  # fmt: skip
    return _with_progress(offer, step, LetterKind.EXTENSION_REQUEST, since=_offered_at(offer))


def _share_step(app: Application, offer: Application, settings: Settings) -> Step:
    due, early, lapses = _timing(offer, settings)
    last = app.latest_interview()
    step = Step(
        app.id, FollowUpKind.SHARE_OFFER, due, due, deadline=early, lapses_at=lapses,
        interview_id=last.id if last else None, repeats=False,
    )  # fmt: skip
    return _with_progress(app, step, LetterKind.OFFER_NEWS, since=_offered_at(offer))


def _with_progress(app: Application, step: Step, letter: LetterKind, *, since: datetime) -> Step:
    """The step with the user's stored progress, done by the first letter of ``letter`` sent since ``since``."""
    record = next(
        (
            item
            for item in app.follow_ups
            if (item.kind, item.interview_id, item.interviewer_id, item.number)
            == (step.kind, step.interview_id, step.interviewer_id, step.number)
        ),
        None,
    )
    if record is not None:
        step = replace(step, state=record.state, done_at=record.done_at, snoozed_until=record.snoozed_until)
    sent = [
        item.sent_at
        for interview in app.interviews
        for item in interview.letters
        if item.kind is letter and item.sent_at is not None and item.sent_at >= since
    ]
    if sent and step.is_open:
        step = replace(step, state=FollowUpState.DONE, done_at=min(sent), snoozed_until=None)
    return step


def closing_steps(app: Application) -> list[Step]:
    """The letter a process closed by the decision still gets (accept, decline, withdraw), raised once."""
    steps = []
    for record in app.follow_ups:
        letter = CLOSING_LETTERS.get(record.kind)
        if letter is None:
            continue
        step = Step(
            app.id, record.kind, record.due_at, record.due_at,
            lapses_at=record.due_at + timedelta(days=CLOSING_LETTER_DAYS), interview_id=record.interview_id,
            repeats=False,
        )  # fmt: skip
        steps.append(_with_progress(app, step, letter, since=record.due_at))
    return steps


# --- the decision ------------------------------------------------------------------------------------


class SecondAcceptance(ValueError):
    """Accepting an offer while another is already accepted: reneging hurts; the user must confirm."""

    def __init__(self, accepted: Sequence[Application]) -> None:
        self.accepted = tuple(accepted)
        names = ", ".join(app.title for app in accepted)
        super().__init__(
            translate(
                "Offers",
                "You have already accepted {accepted}. Accepting a second offer means going back on your word; "
                "they would be told you withdraw.",
            ).format(accepted=names)
        )


def accepted(applications: Iterable[Application]) -> list[Application]:
    """The processes whose offer the user accepted."""
    return [app for app in applications if app.stage is Stage.ACCEPTED]


def accept(
    applications: Iterable[Application], app_id: str, now: datetime, *, confirmed: bool = False
) -> list[Application]:
    """Accept ``app_id``'s offer: changed copies of every application the decision touches, the
    accepted one first (an acceptance letter to send), then each other open offer (declined, a letter
    each) and each pending process (withdrawn, a letter each); they close and raise nothing more.

    Raises :class:`SecondAcceptance` when another offer is already accepted, unless ``confirmed``;
    confirmed, the offer accepted before is withdrawn from, with a letter to send.
    """
    apps = list(applications)
    chosen = next(app for app in apps if app.id == app_id)
    already = [app for app in accepted(apps) if app.id != app_id]
    if already and not confirmed:
        raise SecondAcceptance(already)
    changed = [_closed(chosen, Stage.ACCEPTED, FollowUpKind.ACCEPT_OFFER, now)]
    for app in apps:
        if app.id == app_id:
            continue
        if is_open_offer(app):
            changed.append(_closed(app, Stage.WITHDRAWN, FollowUpKind.DECLINE_OFFER, now))
        elif is_pending(app) or app in already:
            changed.append(_closed(app, Stage.WITHDRAWN, FollowUpKind.WITHDRAW, now))
    return changed


def decline(app: Application, now: datetime) -> Application:
    """Decline one offer (a changed copy): it closes, with a gracious letter to send."""
    return _closed(app, Stage.WITHDRAWN, FollowUpKind.DECLINE_OFFER, now)


def _closed(app: Application, stage: Stage, kind: FollowUpKind, now: datetime) -> Application:
    """A copy of ``app`` at ``stage``, with the step for its closing letter recorded as pending (an
    earlier decision's letter not yet sent no longer asked for)."""
    result = copy.deepcopy(app)
    result.stage = stage
    last = result.latest_interview()
    interview_id = last.id if last else None
    result.follow_ups = [
        item
        for item in result.follow_ups
        if (item.kind, item.interview_id) != (kind, interview_id)
        and not (item.kind in CLOSING_LETTERS and item.state is FollowUpState.PENDING)
    ]
    result.follow_ups.append(FollowUp(kind, now, interview_id))
    return result


# --- what the desk shows -----------------------------------------------------------------------------


@dataclass(frozen=True)
class OfferView:
    """One open offer: by when to answer, how long is left, and the terms entered."""

    app: Application
    deadline: date | None
    calendar_days_left: int | None
    business_days_left: int | None
    terms: OfferTerms


@dataclass(frozen=True)
class PendingView:
    """A process still deciding, against the earliest deadline."""

    app: Application
    decision_on: date | None
    answers_in_time: bool
    next_interview: datetime | None
    last_contact: datetime | None


@dataclass(frozen=True)
class AcceptedView:
    """An offer accepted within the last :data:`CLOSING_LETTER_DAYS` days, while its letters are due."""

    app: Application
    accepted_on: date
    terms: OfferTerms


@dataclass(frozen=True)
class Desk:
    offers: tuple[OfferView, ...]
    pending: tuple[PendingView, ...]
    steps: tuple[Step, ...]
    deadline: date | None  # the earliest deadline: what the pending processes are measured against
    accepted: tuple[AcceptedView, ...] = ()

    @property
    def is_open(self) -> bool:
        """An offer is waiting for an answer."""
        return bool(self.offers)

    @property
    def in_view(self) -> bool:
        """Worth a page: an offer waiting, or one just accepted (its letters still to send)."""
        return bool(self.offers or self.accepted)


def recently_accepted(applications: Iterable[Application], now: datetime, zone: tzinfo) -> list[AcceptedView]:
    """The offers accepted (through the desk) less than :data:`CLOSING_LETTER_DAYS` days before ``now``:
    the week their closing letters are worth sending."""
    found = []
    for app in accepted(applications):
        moments = [item.due_at for item in app.follow_ups if item.kind is FollowUpKind.ACCEPT_OFFER]
        if moments and now - max(moments) < timedelta(days=CLOSING_LETTER_DAYS):
            found.append(AcceptedView(app, local_date(max(moments), zone), app.offer_terms or OfferTerms()))
    return sorted(found, key=lambda view: (view.accepted_on, view.app.company.casefold()))


def desk_in_view(applications: Iterable[Application], now: datetime, zone: tzinfo) -> bool:
    """Whether the Offers page is in the sidebar: an offer is open, or one was just accepted."""
    apps = list(applications)
    return any(is_open_offer(app) for app in apps) or bool(recently_accepted(apps, now, zone))


def desk(applications: Iterable[Application], steps: Iterable[Step], now: datetime, zone: tzinfo) -> Desk:
    """The desk at ``now``: open offers (earliest deadline first), pending processes, open offer steps."""
    apps = list(applications)
    today = local_date(now, zone)
    offers = sorted(
        (_offer_view(app, today) for app in apps if is_open_offer(app)),
        key=lambda view: (view.deadline or date.max, view.app.company.casefold()),
    )
    deadline = offers[0].deadline if offers else None
    pending = tuple(
        sorted(
            (_pending_view(app, deadline, now) for app in apps if is_pending(app) and offers),
            key=lambda view: (view.decision_on or date.max, view.app.company.casefold()),
        )
    )
    names = {app.id: app.company.casefold() for app in apps}
    shown = sorted(
        (
            step
            for step in steps
            if step.kind in OFFER_KINDS and step.application_id in names and _still_open(step, now)
        ),
        key=lambda step: (step.deadline or step.due_at, names[step.application_id], step.key),
    )
    return Desk(tuple(offers), pending, tuple(shown), deadline, tuple(recently_accepted(apps, now, zone)))


def _still_open(step: Step, now: datetime) -> bool:
    return step.status(now) not in (Status.DONE, Status.SKIPPED, Status.LAPSED)


def _offer_view(app: Application, today: date) -> OfferView:
    deadline = app.offer_deadline
    return OfferView(
        app,
        deadline,
        None if deadline is None else (deadline - today).days,
        None if deadline is None else business_days_between(today, deadline),
        app.offer_terms or OfferTerms(),
    )


def _pending_view(app: Application, deadline: date | None, now: datetime) -> PendingView:
    upcoming = [interview.starts_at for interview in app.interviews if interview.starts_at > now]
    return PendingView(
        app,
        expected_decision(app),
        answers_in_time(app, deadline),
        min(upcoming, default=None),
        last_contact(app, now),
    )


def last_contact(app: Application, now: datetime) -> datetime | None:
    """The latest moment the user and the employer were in touch: a round held, a letter sent, an answer."""
    moments = [interview.starts_at for interview in app.interviews if interview.starts_at <= now]
    moments.extend(
        letter.sent_at for interview in app.interviews for letter in interview.letters if letter.sent_at is not None
    )
    if app.outcome is not None:
        moments.append(app.outcome.recorded_at)
    return max((moment for moment in moments if moment <= now), default=None)


# --- the terms side by side --------------------------------------------------------------------------

TERM_LABELS = (
    ("salary", QT_TRANSLATE_NOOP("Offers", "Salary")),
    ("start_date", QT_TRANSLATE_NOOP("Offers", "Start date")),
    ("deadline", QT_TRANSLATE_NOOP("Offers", "Answer by")),
    ("notes", QT_TRANSLATE_NOOP("Offers", "Other terms")),  # as the Outcome dialog names them
)


def comparison(offers: Sequence[OfferView]) -> list[tuple[str, list[str]]]:
    """The entered terms, one row per term and one column per offer, as typed (dates as the app
    writes them, "Tue 08 Dec 2026"); nothing is ranked or scored. Rows are labelled in the user's language."""
    rows = []
    for key, label in TERM_LABELS:
        values = [_term(view, key) for view in offers]
        rows.append((translate("Offers", label), values))
    return rows


def _term(view: OfferView, key: str) -> str:
    if key == "salary":
        return view.terms.salary
    if key == "start_date":
        return short_date(view.terms.start_date) if view.terms.start_date else ""
    if key == "deadline":
        return short_date(view.deadline) if view.deadline else ""
    return view.terms.notes


# --- the letters' two days ----------------------------------------------------------------------------


def letter_days(
    applications: Iterable[Application], app: Application, kind: LetterKind
) -> tuple[date | None, date | None]:
    """The offer's deadline and the other process's decision day a letter of ``kind`` to ``app`` names:
    an extension request names its own deadline and the latest pending decision after it; the note to
    a pending employer names the earliest open offer's deadline."""
    apps = list(applications)
    offers = [other for other in apps if is_open_offer(other) and other.offer_deadline is not None]
    if kind is LetterKind.EXTENSION_REQUEST and app.offer_deadline is not None:
        later = [expected_decision(other) for other in apps if is_pending(other)]
        after = [day for day in later if day is not None and day > app.offer_deadline]
        return app.offer_deadline, max(after, default=None)
    if kind is LetterKind.OFFER_NEWS and offers:
        return min(other.offer_deadline for other in offers if other.offer_deadline is not None), None
    return app.offer_deadline, None


# --- the reply to an offer: its terms confirmed, or asked for ------------------------------------------------
# Written in the letter's language (not the window's), like the letters' dates.

_TERMS_WORDS = {
    "en": {
        "ask": "So that I can give the offer the careful consideration it deserves, could you please send me the "
        "details in writing, including the salary, the start date and the main terms?",
        "known": "So that I have it right, here are the terms as I understand them: {terms}.",
        "salary": "a salary of {salary}",
        "start": "a start date of {day}",
        "notes": "other terms: {notes}",
        "deadline": "I understand you would like my answer by {day}.",
        "confirm": "Could you please confirm them in writing?",
        "confirm_and": "Could you please confirm them in writing, and send me {missing}?",
        "missing_salary": "the salary",
        "missing_start": "the start date",
        "ask_deadline": "Could you also let me know by what date you would like my answer?",
        "and": " and ",
    },
    "es": {
        "ask": "Para poder valorarla con la atención que merece, ¿podría enviarme por escrito los detalles, incluidos "
        "el salario, la fecha de incorporación y las condiciones principales?",
        "known": "Para asegurarme de haber entendido bien la oferta, le resumo sus condiciones: {terms}.",
        "salary": "un salario de {salary}",
        "start": "la incorporación el {day}",
        "notes": "otras condiciones: {notes}",
        "deadline": "Entiendo que necesitan mi respuesta antes del {day}.",
        "confirm": "¿Podría confirmármelas por escrito?",
        "confirm_and": "¿Podría confirmármelas por escrito y enviarme {missing}?",
        "missing_salary": "el salario",
        "missing_start": "la fecha de incorporación",
        "ask_deadline": "¿Podría indicarme también la fecha en la que necesitan mi respuesta?",
        "and": " y ",
    },
}


def offer_terms_paragraph(app: Application, language: str) -> str:
    """The reply to an offer's paragraph on its terms ({offer_terms} in the letters): the terms
    entered (salary, start date, other terms, the answer date) confirmed, and only those missing
    asked for; with none entered, a request for them in writing."""
    from afterview.domain.letters import long_day  # the letters build on this module's days

    words = _TERMS_WORDS.get(language, _TERMS_WORDS["en"])
    terms = app.offer_terms or OfferTerms()
    salary, start, notes = terms.salary.strip(), terms.start_date, terms.notes.strip()
    sentences = []
    if not (salary or start or notes):
        sentences.append(words["ask"])
    else:
        known = [words["salary"].format(salary=salary)] if salary else []
        known += [words["start"].format(day=long_day(start, language))] if start else []
        known += [words["notes"].format(notes=notes) if known else notes] if notes else []
        sentences.append(words["known"].format(terms=_listed(known, words["and"])))
    if app.offer_deadline is not None:
        sentences.append(words["deadline"].format(day=long_day(app.offer_deadline, language)))
    if salary or start or notes:
        missing = ([] if salary else [words["missing_salary"]]) + ([] if start else [words["missing_start"]])
        sentences.append(
            words["confirm_and"].format(missing=_listed(missing, words["and"])) if missing else words["confirm"]
        )
    if app.offer_deadline is None:
        sentences.append(words["ask_deadline"])
    return " ".join(sentences)


def _listed(items: list[str], conjunction: str) -> str:
    """ "a, b and c" ("a, b y c")."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + conjunction + items[-1]
