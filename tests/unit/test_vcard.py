"""Contacts: every interviewer as a vCard, escaped and folded by the RFC, once per person, and read
back by a real address book (Debian's khard) with their email and phone."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterview.domain.model import Application, Interview, Interviewer
from afterview.interchange import json_format
from afterview.interchange.vcard import FOLD_OCTETS, contacts, escape, export_vcf, fold_line, name_parts
from tests.support.cli import RunAfterview, assert_user_error

# --- escaping and folding ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("Núñez & Hijos", "Núñez & Hijos"),
        ("Datos, IA; Analítica", "Datos\\, IA\\; Analítica"),
        ("C:\\ruta", "C:\\\\ruta"),
        ("línea 1\nlínea 2", "línea 1\\nlínea 2"),
        ("línea 1\r\nlínea 2\rtres", "línea 1\\nlínea 2\\ntres"),
        ("\\,", "\\\\\\,"),  # a backslash before a comma: both escaped, in that order
    ],
)
def test_text_values_are_escaped_as_rfc_6350_says(value: str, written: str) -> None:
    assert escape(value) == written


def _unfold(data: bytes) -> bytes:
    return data.replace(b"\r\n ", b"")


@pytest.mark.parametrize(
    "line",
    [
        "TITLE:" + "Directora de Análisis, Datos; Inteligencia Artificial — España y Portugal ✨ " * 3,
        "NOTE:" + "ñ" * 200,  # two octets each: a fold must never fall between them
        "NOTE:" + "🚀" * 60,  # four octets each
        "FN:" + "a" * 70,  # exactly 73 octets: not folded
        "FN:" + "a" * 72,  # exactly 75 octets: not folded
        "FN:" + "a" * 73,  # 76 octets: folded once
    ],
)
def test_lines_are_folded_at_75_octets_without_cutting_a_character(line: str) -> None:
    folded = fold_line(line)
    physical = folded.split(b"\r\n")
    assert all(len(piece) <= FOLD_OCTETS for piece in physical)
    assert all(piece.startswith(b" ") for piece in physical[1:])
    for piece in physical:
        piece.decode("utf-8")  # every physical line is whole UTF-8 on its own
    assert _unfold(folded).decode("utf-8") == line
    assert (len(physical) > 1) == (len(line.encode("utf-8")) > FOLD_OCTETS)


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Ana Ruiz Peña", "Ruiz Peña;Ana;;;"),
        ("María José Pérez Gil", "Pérez Gil;María José;;;"),
        ("Dr. John O'Brien", "O'Brien;John;;Dr.;"),
        ("Madonna", ";Madonna;;;"),
        ("Pedro de la Fuente", "de la Fuente;Pedro;;;"),
    ],
)
def test_the_structured_name_greets_the_first_name_and_keeps_both_surnames(name: str, parts: str) -> None:
    assert name_parts(name) == parts


# --- one contact per person ------------------------------------------------------------------------


LATER = datetime(2026, 12, 31, 9, 0, tzinfo=UTC)  # every round of people() held by then


def _round(day: int, *people: Interviewer, round_name: str = "") -> Interview:
    return Interview(
        datetime(2026, 11, day, 9, 0, tzinfo=UTC), "Europe/Madrid", interviewers=list(people), round_name=round_name
    )


MARIA = Interviewer(
    "María José Pérez Gil", "Directora de Datos, IA; Analítica avanzada para toda España y Portugal ✨",
    "maria@nunez.example", "+34 600 123 456", "www.linkedin.com/in/mjperez",
)  # fmt: skip
ANA = Interviewer("Ana Ruiz Peña", "Jefa de equipo", "ana@nunez.example", "+34 600 654 321")


def people() -> list[Application]:
    """Two companies, five rounds, nine rows of interviewers: five people."""
    john_first = Interviewer("John O'Brien", "Recruiter", "JOHN@acme.example", "+1 555 0100")
    john_later = Interviewer("John O'Brien", "Head of Talent", "john@acme.example", "+1 (555) 010-2000 ext. 12")
    luis_no_email = Interviewer("Luis Gil", "", "", "+44 20 7946 0000")
    luis = Interviewer("Luis  Gil", "Engineer", "luis@acme.example", "", "https://uk.linkedin.com/in/luis-gil")
    zoe = Interviewer("Zoë Ångström", "CTO", "zoe@acme.example", "+46 8 123 456 78")
    nunez = Application(
        "Núñez; Hijos, S.L.", "Analista júnior",
        interviews=[_round(24, MARIA, ANA, round_name="Primera ronda"), _round(30, MARIA)],
    )  # fmt: skip
    acme = Application(
        "Acme",
        "Junior analyst",
        interviews=[_round(20, john_first, luis_no_email), _round(27, john_later, luis, zoe, round_name="Final")],
    )
    return [nunez, acme]


def test_each_person_is_one_contact_with_their_newest_details_and_every_meeting() -> None:
    found = {contact.name: contact for contact in contacts(people(), LATER)}
    assert sorted(found) == ["Ana Ruiz Peña", "John O'Brien", "Luis Gil", "María José Pérez Gil", "Zoë Ångström"]
    john = found["John O'Brien"]  # the same email in two cases: one person, the newer round's details
    assert (john.title, john.email, john.phone) == ("Head of Talent", "john@acme.example", "+1 (555) 010-2000 ext. 12")
    assert john.meetings == [
        "Interviewed you on 2026-11-20: Acme — Junior analyst",
        "Interviewed you on 2026-11-27: Acme — Junior analyst (Final)",
    ]
    luis = found["Luis Gil"]  # without an email first, then with one ("Luis  Gil"): joined by name and company
    assert (luis.email, luis.phone, luis.title) == ("luis@acme.example", "+44 20 7946 0000", "Engineer")
    assert len(found["María José Pérez Gil"].meetings) == 2


def test_people_of_the_same_name_at_different_companies_stay_apart() -> None:
    one = Application("Acme", interviews=[_round(20, Interviewer("Ana Ruiz"))])
    other = Application("Beta", interviews=[_round(21, Interviewer("Ana Ruiz"))])
    assert [contact.company for contact in contacts([one, other], LATER)] == ["Acme", "Beta"]


def test_the_file_is_the_same_bytes_whatever_order_the_data_comes_in() -> None:
    apps = people()
    first = export_vcf(apps, LATER)
    assert (
        first == export_vcf(list(reversed(apps)), LATER) == export_vcf(people(), LATER)
    )  # fresh ids: UIDs follow people
    assert first.count(b"BEGIN:VCARD\r\n") == first.count(b"END:VCARD\r\n") == 5
    assert b"\n" not in first.replace(b"\r\n", b"")  # CRLF line ends only
    lines = first.split(b"\r\n")
    assert all(len(line) <= FOLD_OCTETS for line in lines)
    unfolded = _unfold(first).decode("utf-8")
    assert "ORG:Núñez\\; Hijos\\, S.L.\r\n" in unfolded
    assert "TITLE:Directora de Datos\\, IA\\; Analítica avanzada para toda España y Portugal ✨\r\n" in unfolded
    assert "URL:https://www.linkedin.com/in/mjperez\r\n" in unfolded
    assert "N:Pérez Gil;María José;;;\r\n" in unfolded


def test_the_note_tells_rounds_held_to_come_and_cancelled_apart() -> None:
    held, coming, cancelled = _round(20, MARIA), _round(27, MARIA, round_name="Final"), _round(28, MARIA)
    cancelled.cancelled = True
    app = Application("Núñez", "Analista", interviews=[held, coming, cancelled])
    [maria] = contacts([app], datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    assert maria.meetings == [
        "Interviewed you on 2026-11-20: Núñez — Analista",
        "Interviews you on 2026-11-27: Núñez — Analista (Final)",
        "Was to interview you on 2026-11-28 (cancelled): Núñez — Analista",
    ]
    note = _unfold(export_vcf([app], datetime(2026, 11, 25, 9, 0, tzinfo=UTC))).decode("utf-8")
    assert "NOTE:Recorded in Afterview:\\nInterviewed you on 2026-11-20" in note


def test_no_interviewers_make_an_empty_file() -> None:
    assert export_vcf([Application("Acme", interviews=[_round(20)])], LATER) == b""


# --- read back by a real address book ----------------------------------------------------------


def _khard(config: Path, *args: str) -> str:
    env = {**os.environ, "XDG_CONFIG_HOME": str(config.parent), "HOME": str(config.parent), "LC_ALL": "C.UTF-8"}
    result = subprocess.run(
        ["khard", "--config", str(config), *args], capture_output=True, text=True, encoding="utf-8", env=env,
        timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Error" not in result.stderr and "could not be parsed" not in result.stderr, result.stderr
    return result.stdout


def _by_name(parsable: str) -> dict[str, str]:
    """khard's --parsable rows (value, name, type; tab-separated) as {name: value}."""
    rows = [line.split("\t") for line in parsable.splitlines() if "\t" in line]  # not "searching for 'ALL' ..."
    return {row[1]: row[0] for row in rows}


def _address_book(exported: bytes, folder: Path) -> Path:
    """A khard address book (a vdir: one .vcf per contact) holding the export, and its config file."""
    cards = folder / "contacts"
    cards.mkdir()
    for index, block in enumerate(exported.split(b"BEGIN:VCARD\r\n")[1:]):
        (cards / f"{index}.vcf").write_bytes(b"BEGIN:VCARD\r\n" + block)
    config = folder / "khard.conf"
    config.write_text(
        f"[addressbooks]\n[[interviewers]]\npath = {cards}\n[general]\neditor = /bin/true\nmerge_editor = /bin/true\n",
        encoding="utf-8",
    )
    return config


@pytest.mark.skipif(shutil.which("khard") is None, reason="khard is installed by .ci/run (Debian's khard)")
def test_khard_lists_every_interviewer_with_their_email_and_phone(afterview: RunAfterview, tmp_path: Path) -> None:
    backup = tmp_path / "people.json"
    backup.write_text(json_format.dumps(json_format.export_document(people())), encoding="utf-8")
    assert afterview("import", str(backup)).returncode == 0
    target = tmp_path / "contacts.vcf"
    result = afterview("export", "--format", "vcf", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"Exported 5 contacts to {target}."
    assert target.stat().st_mode & 0o777 == 0o600
    config = _address_book(target.read_bytes(), tmp_path)

    emails, phones = _by_name(_khard(config, "email", "--parsable")), _by_name(_khard(config, "phone", "--parsable"))
    expected = {contact.name: (contact.email, contact.phone) for contact in contacts(people(), LATER)}
    assert {name: (emails.get(name), phones.get(name)) for name in expected} == expected
    assert len(_khard(config, "list", "--parsable").splitlines()) == 5

    shown = _khard(config, "show", "María José")
    for fact in (
        "Organisation: Núñez; Hijos, S.L.", "Title: Directora de Datos, IA; Analítica avanzada para toda España",
        "+34 600 123 456", "maria@nunez.example", "https://www.linkedin.com/in/mjperez",
        "Interviewed you on 2026-11-24: Núñez; Hijos, S.L. — Analista júnior (Primera ronda)",
        "Interviews you on 2026-11-30: Núñez; Hijos, S.L. — Analista júnior",  # the clock: 25 November
    ):  # fmt: skip
        assert fact in shown, (fact, shown)


def test_the_export_to_the_screen_is_the_vcard_text(afterview: RunAfterview, tmp_path: Path) -> None:
    backup = tmp_path / "people.json"
    backup.write_text(json_format.dumps(json_format.export_document(people())), encoding="utf-8")
    assert afterview("import", str(backup)).returncode == 0
    shown = afterview("export", "--format", "vcf")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.replace("\r\n", "\n").startswith("BEGIN:VCARD\nVERSION:3.0\n")


def test_a_vcf_export_without_data_is_refused_like_every_export(afterview: RunAfterview, tmp_path: Path) -> None:
    assert_user_error(afterview("export", "--format", "vcf", str(tmp_path / "c.vcf")), "no Afterview data")
    assert not (tmp_path / "c.vcf").exists()
