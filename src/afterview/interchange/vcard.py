"""vCard export: every interviewer as a contact, for any address book.

``afterview export --format vcf`` and File › Export contacts write one ``.vcf`` file holding a
vCard 3.0 per person met: the name (FN and N), their title, the company (ORG), email, phone, LinkedIn
address (URL) and a NOTE with each round they sat in, as it stands ("Interviewed you on 2026-11-25:
Acme — Junior analyst (Final round)", "Interviews you on …" for a round to come, "Was to interview
you on … (cancelled)" for one the employer cancelled). Version 3.0 rather than 4.0 on purpose: Outlook imports only 2.1 and 3.0, while Google,
Apple, Thunderbird and khard read 3.0 as well as 4.0.

One person is one contact, however many rounds they sat in: people are the same when they have the
same email address (without case), or, without one, the same name and company; a row without an
email joins the one with an email that has its name and company. The newest round's values win,
and every round goes into the note.

Written by hand, following RFC 6350 (which 3.0 readers accept too): text values escape backslash,
comma, semicolon and line breaks; lines are folded at 75 octets, never inside a UTF-8 character;
UTF-8, CRLF line ends. The same data (in the same language) gives the same bytes: contacts are
sorted, and each has a UID made from who it is (not from the clock or chance), so importing a newer
export updates the contacts instead of adding them again.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from afterview.domain.folding import fold
from afterview.domain.letters import first_name
from afterview.domain.model import Application, Interview, Interviewer
from afterview.i18n import translate

PRODID = "-//Afterview//Afterview//EN"
FOLD_OCTETS = 75  # RFC 6350 3.2: lines SHOULD NOT be longer than 75 octets, excluding the line break
_UID_NAMESPACE = uuid.UUID("6f1d3c2e-52a4-4d0e-9a3e-0c7f3b1d5a90")  # Afterview's own, for uuid5


@dataclass
class Contact:
    """One person as written in the file: the newest values met, and every meeting for the note."""

    key: str
    name: str
    title: str = ""
    company: str = ""
    email: str = ""
    phone: str = ""
    linkedin_url: str = ""
    meetings: list[str] = field(default_factory=list)

    @property
    def uid(self) -> str:
        return f"urn:uuid:{uuid.uuid5(_UID_NAMESPACE, self.key)}"


def export_vcf(apps: Iterable[Application], now: datetime) -> bytes:
    """The .vcf file (UTF-8, CRLF lines) with one vCard per person; empty when nobody is recorded.
    ``now`` tells the rounds that took place from those still to come."""
    return b"".join(card(contact) for contact in contacts(apps, now))


def contacts(apps: Iterable[Application], now: datetime) -> list[Contact]:
    """Every interviewer once (see the module's docstring), sorted by name, then email and company."""
    met = sorted(
        ((interview, person, app) for app in apps for interview in app.interviews for person in interview.interviewers),
        key=lambda seen: (seen[0].starts_at, seen[2].company, seen[0].id, seen[1].id),
    )
    by_name = {_name_key(person, app.company): _email_key(person) for _, person, app in met if person.email.strip()}
    found: dict[str, Contact] = {}
    for interview, person, app in met:
        key = _email_key(person) if person.email.strip() else by_name.get(_name_key(person, app.company))
        key = key or _name_key(person, app.company)
        contact = found.setdefault(key, Contact(key=key, name=_tidy(person.name)))
        _update(contact, person, app, interview, now)
    return sorted(found.values(), key=lambda c: (fold(c.name), c.email.casefold(), fold(c.company), c.key))


def _email_key(person: Interviewer) -> str:
    return "email:" + person.email.strip().casefold()


def _name_key(person: Interviewer, company: str) -> str:
    return "name:" + " ".join(fold(person.name).split()) + "\n" + " ".join(fold(company).split())


def _update(contact: Contact, person: Interviewer, app: Application, interview: Interview, now: datetime) -> None:
    """The newer round's values over the older ones (rounds come in time order); empty ones keep the old."""
    contact.name = _tidy(person.name) or contact.name
    contact.company = _tidy(app.company) or contact.company
    for name in ("title", "email", "phone", "linkedin_url"):
        value = _tidy(getattr(person, name))
        if value:
            setattr(contact, name, value)
    contact.meetings.append(_meeting(app, interview, now))


def _tidy(text: str) -> str:
    """Without stray spaces ("Luis  Gil " is "Luis Gil"), as address books show and match names."""
    return " ".join(text.split())


def _meeting(app: Application, interview: Interview, now: datetime) -> str:
    """ "Interviewed you on 2026-11-25: Acme — Junior analyst (Final round)": the day in the
    interview's own zone, the words as the round stands (held, to come, cancelled)."""
    day = interview.local_starts_at().date().isoformat()
    what = f"{app.title} ({interview.round_name})" if interview.round_name else app.title
    if interview.cancelled:
        line = translate("VCard", "Was to interview you on {date} (cancelled): {what}")
    elif interview.starts_at > now:
        line = translate("VCard", "Interviews you on {date}: {what}")
    else:
        line = translate("VCard", "Interviewed you on {date}: {what}")
    return line.format(date=day, what=what)


# --- how it is written -------------------------------------------------------------------------


def card(contact: Contact) -> bytes:
    """One vCard 3.0, folded, with CRLF line ends."""
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"PRODID:{PRODID}",
        f"UID:{contact.uid}",
        f"FN:{escape(contact.name)}",
        f"N:{name_parts(contact.name)}",
    ]
    if contact.company:
        lines.append(f"ORG:{escape(contact.company)}")
    if contact.title:
        lines.append(f"TITLE:{escape(contact.title)}")
    if contact.email:
        lines.append(f"EMAIL;TYPE=INTERNET,WORK:{escape(contact.email)}")
    if contact.phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{escape(contact.phone)}")
    if contact.linkedin_url:
        lines.append(f"URL:{contact.linkedin_url}")  # a URI: written as it is, not escaped like text
    lines.append(f"NOTE:{escape(_note(contact))}")
    lines.append("END:VCARD")
    return b"".join(fold_line(line) + b"\r\n" for line in lines)


def name_parts(name: str) -> str:
    """The structured name (N): family;given;additional;prefixes;suffixes, each escaped.

    The given name is the one a letter greets ("María José" of "María José Pérez Gil"), the rest of
    the name is the family name (Spanish names carry two), words ending in a dot ("Dr.") are prefixes.
    """
    words = name.split()
    prefixes = [word for word in words if word.endswith(".")]
    rest = [word for word in words if not word.endswith(".")]
    given = first_name(name) if rest else ""
    family = rest[len(given.split()) :]
    return ";".join(escape(part) for part in (" ".join(family), given, "", " ".join(prefixes), ""))


def _note(contact: Contact) -> str:
    heading = translate("VCard", "Recorded in Afterview:")
    return "\n".join([heading, *contact.meetings])


def escape(value: str) -> str:
    """A text value as RFC 6350 3.4 writes it: backslash, comma and semicolon escaped, line breaks
    as ``\\n``."""
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold_line(line: str) -> bytes:
    """``line`` in UTF-8, folded (RFC 6350 3.2): no physical line over 75 octets, each continuation
    starting with one space, and no UTF-8 character cut in two."""
    data = line.encode("utf-8")
    pieces: list[bytes] = []
    start, room = 0, FOLD_OCTETS
    while len(data) - start > room:
        end = start + room
        while data[end] & 0xC0 == 0x80:  # a continuation byte: cut before the character it belongs to
            end -= 1
        pieces.append(data[start:end])
        start, room = end, FOLD_OCTETS - 1  # the leading space counts towards the 75
    pieces.append(data[start:])
    return b"\r\n ".join(pieces)
