"""Merging by lookups recognises exactly what the rule recognises.

``plan_merge`` files what it compares against by id and by ``match_key`` instead of asking
``same_application`` of every candidate. These tests hold it to the plain statement of the merge:
:func:`scanning_plan` below is that statement (each application in the file compared, in order,
with every stored application and everything the import already takes), and the two must give the
same plan on chosen cases and on generated ones.
"""

from __future__ import annotations

import copy
from collections.abc import Collection
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.domain.model import Application, Interview, new_id
from afterview.interchange import csv_import
from afterview.interchange.json_format import Document
from afterview.interchange.merge import first_interview, match_key, same_application, sought_key
from afterview.interchange.restore import MergePlan, plan_merge
from tests.support.samples import CREATED

DAY = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
MADRID = ZoneInfo("Europe/Madrid")


# --- the plain statement, as it was before merging used lookups ------------------------------


def rule_as_written(new: Application, old: Application, *, new_has_own_id: bool = True) -> bool:
    """The rule of merge.py in its own words (before it was stated through match keys)."""
    if new.id == old.id:
        return True
    names = " ".join(new.company.casefold().split()), " ".join(new.position.casefold().split())
    if names != (" ".join(old.company.casefold().split()), " ".join(old.position.casefold().split())):
        return False
    new_first, old_first = first_interview(new), first_interview(old)
    if new_first is None or old_first is None:
        return not new_has_own_id and new_first is None and old_first is None
    return new_first == old_first


def scanning_plan(document: Document, stored: list[Application], stored_ids: Collection[str]) -> MergePlan:
    """plan_merge as a scan: every candidate, in order, asked ``same_application`` (quadratic)."""
    new: list[Application] = []
    updated: dict[str, Application] = {}
    already = 0
    for app in document.applications:
        own_id = app.id in document.own_ids
        candidates = (*updated.values(), *(old for old in stored if old.id not in updated), *new)
        match = next((old for old in candidates if same_application(app, old, new_has_own_id=own_id)), None)
        if match is None and app.id in stored_ids:
            already += 1
        elif match is None:
            new.append(app)
        else:
            already += 1
            if not own_id and match.id in stored_ids:
                target = updated.setdefault(match.id, copy.deepcopy(match))
                starts = {interview.starts_at for interview in target.interviews}
                for interview in app.interviews:
                    if interview.starts_at not in starts:
                        starts.add(interview.starts_at)
                        target.interviews.append(copy.deepcopy(interview))
    before = {app.id: len(app.interviews) for app in stored}
    changed = [app for app in updated.values() if len(app.interviews) > before[app.id]]
    return MergePlan(new, already, changed, sum(len(app.interviews) - before[app.id] for app in changed))


def assert_same_plan(document: Document, stored: list[Application], stored_ids: Collection[str]) -> MergePlan:
    before = copy.deepcopy((document.applications, stored))
    indexed = plan_merge(document, stored, stored_ids)
    scanned = scanning_plan(document, stored, stored_ids)
    assert [id(app) for app in indexed.new] == [id(app) for app in scanned.new]  # the very same records
    assert indexed.already_there == scanned.already_there
    assert indexed.updated == scanned.updated  # ids, and every interview gained, in order
    assert indexed.gained == scanned.gained
    assert (document.applications, stored) == before  # neither touches what it is given
    return indexed


# --- building records ---------------------------------------------------------------------


def app(company: str, position: str, *starts: datetime, id: str | None = None) -> Application:
    interviews = [Interview(starts_at=start, time_zone="Europe/Madrid") for start in starts]
    return Application(company, position, interviews=interviews, created_at=CREATED, id=id or new_id())


def document(*records: tuple[Application, bool]) -> Document:
    """A file's applications, each with whether the file gave it its own id."""
    return Document([record for record, _ in records], own_ids=frozenset(record.id for record, own in records if own))


def merge(stored: list[Application], *records: tuple[Application, bool], unreadable: Collection[str] = ()) -> MergePlan:
    return assert_same_plan(document(*records), stored, {old.id for old in stored} | set(unreadable))


OWN, ROW = True, False  # a record with its own id (a backup's); one without (a sheet's row, a hand-written one)


# --- chosen cases ------------------------------------------------------------------------


def test_the_same_id_is_the_same_application_whatever_it_says() -> None:
    stored = [app("Acme", "Analyst", DAY, id="a")]
    plan = merge(
        stored, (app("Globex", "Tester", id="a"), OWN), (app("Initech", "Intern", id="u"), OWN), unreadable={"u"}
    )
    assert (plan.new, plan.already_there) == ([], 2)  # "u" is stored but unreadable: not added beside itself


@pytest.mark.parametrize(
    ("company", "position", "start", "recognised"),
    [
        ("  ACME ", "analyst", DAY, True),  # case and spacing are ignored
        ("Acme", "Analyst", DAY.astimezone(MADRID), True),  # the same instant, written in another zone
        ("acme", "ANALYST\t", DAY, True),
        ("Ácme", "Analyst", DAY, False),  # accents are not: Ácme is another company
        ("Acme", "Analysts", DAY, False),
        ("Acme", "Analyst", DAY + timedelta(minutes=1), False),
    ],
)
def test_company_position_and_first_interview_as_the_rule_normalises_them(
    company: str, position: str, start: datetime, recognised: bool
) -> None:
    stored = [app("Acme", "Analyst", DAY, DAY + timedelta(days=7))]
    for own in (OWN, ROW):
        plan = merge(stored, (app(company, position, start, start + timedelta(days=3)), own))
        assert plan.already_there == int(recognised)


def test_with_no_interview_only_a_record_without_its_own_id_is_recognised_by_names() -> None:
    stored = [app("Acme", "Analyst"), app("Globex", "Tester", DAY)]
    plan = merge(
        stored,
        (app("acme", "analyst"), OWN),  # a second try at the same job: kept
        (app("ACME", " Analyst "), ROW),  # a sheet's row: the stored one
        (app("Globex", "Tester"), ROW),  # no interview against one with an interview: another application
        (app("Globex", "Tester", DAY), ROW),
    )
    assert [(new.company, new.position) for new in plan.new] == [("acme", "analyst"), ("Globex", "Tester")]
    assert plan.already_there == 2


def test_a_file_listing_an_application_twice_brings_it_in_once() -> None:
    twin, first_try, second_try = app("Delta", "Tester", DAY, id="t"), app("Delta", "Tester"), app("Delta", "Tester")
    plan = merge(
        [],
        (twin, OWN),
        (app("delta", "tester", DAY), OWN),  # the same by company, position and date
        (app("Other", "Name", DAY, id="t"), ROW),  # the same by id
        (first_try, ROW),  # no interview: not the one with an interview
        (app(" delta ", "TESTER"), ROW),  # no interview, no own id: the one just taken
        (second_try, OWN),  # no interview, its own id: another try
    )
    assert [id(new) for new in plan.new] == [id(twin), id(first_try), id(second_try)]
    assert plan.already_there == 3


def test_rows_of_a_sheet_add_their_new_interviews_to_the_stored_application() -> None:
    stored = [app("Acme", "Analyst", DAY, id="a"), app("Globex", "Tester")]
    later, latest = DAY + timedelta(days=7), DAY + timedelta(days=14)
    plan = merge(
        stored,
        (app("acme", "analyst", DAY, later), ROW),
        (app("Acme", "Analyst", DAY, later, latest), ROW),  # the sheet grew: one more round
        (app("Acme", "Analyst", DAY, later, latest), OWN),  # a backup's record never adds interviews
        (app("Globex", "Tester"), ROW),  # nothing to add
    )
    [updated] = plan.updated
    assert updated.id == "a" and [i.starts_at for i in updated.interviews] == [DAY, later, latest]
    assert (plan.gained, plan.already_there, plan.new) == (2, 4, [])


def test_a_stored_application_that_gains_an_earlier_interview_is_recognised_by_it_from_then_on() -> None:
    earlier = DAY - timedelta(days=3)
    stored = [app("Acme", "Analyst", DAY, id="a")]
    plan = merge(
        stored,
        (app("Acme", "Analyst", earlier, DAY, id="a"), ROW),  # the stored id, without being its own: adds
        (app("acme", "analyst", earlier), ROW),  # now the stored one's first interview
        (app("acme", "analyst", DAY), ROW),  # no longer anyone's first interview: another application
    )
    assert [i.starts_at for i in plan.updated[0].interviews] == [DAY, earlier]
    assert [first_interview(new) for new in plan.new] == [DAY]


def test_of_two_stored_look_alikes_the_one_already_gaining_interviews_is_the_match() -> None:
    later = DAY + timedelta(days=7)
    stored = [app("Acme", "Analyst", DAY, id="first"), app("Acme", "Analyst", DAY, id="second")]
    plan = merge(
        stored,
        (app("Acme", "Analyst", later, id="second"), ROW),  # by id alone: "second" gains a round
        (app("Acme", "Analyst", DAY, later + timedelta(days=7)), ROW),  # both match; "second" comes first now
        (app("Acme", "Analyst", DAY, later), ROW),
    )
    assert [(u.id, len(u.interviews)) for u in plan.updated] == [("second", 3)]


def test_a_record_like_one_stored_application_with_the_id_of_another_goes_to_the_first_in_order() -> None:
    later = DAY + timedelta(days=7)
    for stored in (
        [app("Acme", "Analyst", DAY, id="like"), app("Globex", "Tester", id="same id")],
        [app("Globex", "Tester", id="same id"), app("Acme", "Analyst", DAY, id="like")],
    ):
        plan = merge(stored, (app("Acme", "Analyst", DAY, later, id="same id"), ROW))
        assert [u.id for u in plan.updated] == [stored[0].id]


def test_a_sheet_read_from_csv_merges_as_the_rule_says() -> None:
    stored = [app("Acme", "Analyst", datetime(2026, 11, 24, 9, 0, tzinfo=MADRID).astimezone(UTC), id="a")]
    sheet = csv_import.read_sheet(
        b"Company,Position,Interview date\n"
        b"ACME,analyst,2026-11-24 09:00\n"
        b"Acme,Analyst,2026-12-01 10:00\n"
        b"Globex,Tester,\n"
        b" globex , tester ,\n"
        b"Initech,Intern,2026-11-30 12:00\n"
    )
    rows = csv_import.preview(sheet, csv_import.guess_mapping(sheet.headers), zone=MADRID, now=DAY)
    plan = merge(stored, *((record, ROW) for record in rows.applications()))
    assert [new.company for new in plan.new] == ["Globex", "Initech"]
    assert (plan.already_there, plan.gained) == (1, 1)


# --- generated cases ----------------------------------------------------------------------

COMPANIES = ("Acme", "acme", "  ACME ", "Ácme", "Acme Corp", "acme  corp", "Globex")
POSITIONS = ("Analyst", "ANALYST ", "Análisis", "Data analyst", "data\tanalyst")
STARTS = (
    DAY,
    DAY.astimezone(MADRID),  # the same instant
    DAY - timedelta(days=3),
    DAY + timedelta(hours=1),
    DAY + timedelta(days=7),
)
IDS = ("a", "b", "c", "d", "e", "f")


@st.composite
def records(draw: st.DrawFn, ids: st.SearchStrategy[str]) -> Application:
    starts = draw(st.lists(st.sampled_from(STARTS), max_size=3))
    return app(draw(st.sampled_from(COMPANIES)), draw(st.sampled_from(POSITIONS)), *starts, id=draw(ids))


incoming_ids = st.one_of(st.sampled_from(IDS), st.builds(new_id))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    stored=st.lists(records(st.sampled_from(IDS)), max_size=6, unique_by=lambda record: record.id),
    incoming=st.lists(st.tuples(records(incoming_ids), st.booleans()), max_size=10),
    unreadable=st.sets(st.sampled_from(IDS)),
)
def test_the_indexed_merge_gives_the_plan_of_the_scan(
    stored: list[Application], incoming: list[tuple[Application, bool]], unreadable: set[str]
) -> None:
    assert_same_plan(document(*incoming), stored, {old.id for old in stored} | unreadable)


@settings(max_examples=300, deadline=None)
@given(new=records(incoming_ids), old=records(st.sampled_from(IDS)), own=st.booleans())
def test_the_rule_through_match_keys_is_the_rule_as_written(new: Application, old: Application, own: bool) -> None:
    assert same_application(new, old, new_has_own_id=own) == rule_as_written(new, old, new_has_own_id=own)
    sought = sought_key(new, new_has_own_id=own)
    assert same_application(new, old, new_has_own_id=own) == (new.id == old.id or sought == match_key(old))
