"""The Afterview fields a spreadsheet column can fill, and guessing from the headers which column fills which.

The second step of the CSV import (csv_import): :func:`guess_mapping` matches the headers to
:data:`FIELDS` (English and Spanish names, and the exact column names of our own export); the user
may correct it, and :func:`mapping_problems` says what is still missing. Kept apart from reading the
rows, because the mapping step shows and edits the mapping before any row is read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from afterview.domain.folding import fold
from afterview.i18n import QT_TRANSLATE_NOOP, translate
from afterview.interchange.csv_format import COLUMNS


@dataclass(frozen=True)
class Field:
    """An Afterview field a spreadsheet column can fill."""

    key: str  # the csv_format.COLUMNS name where the export has the column
    english: str  # the label in English, as marked for translation (FIELDS is made before a language is chosen)
    required: bool = False

    @property
    def label(self) -> str:
        """The name shown in the mapping step and in messages, in the user's language."""
        return translate("CsvFields", self.english)


FIELDS: tuple[Field, ...] = (
    Field("company", QT_TRANSLATE_NOOP("CsvFields", "Company"), required=True),
    Field("position", QT_TRANSLATE_NOOP("CsvFields", "Position")),
    Field("stage", QT_TRANSLATE_NOOP("CsvFields", "Stage")),
    Field("decision_expected_on", QT_TRANSLATE_NOOP("CsvFields", "Decision expected on")),
    Field("decision_timeline", QT_TRANSLATE_NOOP("CsvFields", "Decision timeline")),
    Field("next_step", QT_TRANSLATE_NOOP("CsvFields", "Next step")),
    Field("job_url", QT_TRANSLATE_NOOP("CsvFields", "Job posting link")),
    Field("location", QT_TRANSLATE_NOOP("CsvFields", "Location")),
    Field("application_notes", QT_TRANSLATE_NOOP("CsvFields", "Notes")),
    Field("outcome", QT_TRANSLATE_NOOP("CsvFields", "Outcome")),
    Field("lessons_learned", QT_TRANSLATE_NOOP("CsvFields", "Lessons learned")),
    Field("interview_round", QT_TRANSLATE_NOOP("CsvFields", "Interview round")),
    Field("interview_starts_at", QT_TRANSLATE_NOOP("CsvFields", "Interview date")),
    Field("interview_time", QT_TRANSLATE_NOOP("CsvFields", "Interview time")),
    Field("interview_time_zone", QT_TRANSLATE_NOOP("CsvFields", "Interview time zone")),
    Field("duration_minutes", QT_TRANSLATE_NOOP("CsvFields", "Interview duration (minutes)")),
    Field("format", QT_TRANSLATE_NOOP("CsvFields", "Interview format")),
    Field("interview_location", QT_TRANSLATE_NOOP("CsvFields", "Interview location")),
    Field("interview_notes", QT_TRANSLATE_NOOP("CsvFields", "Interview notes")),
    Field("interviewers", QT_TRANSLATE_NOOP("CsvFields", "Interviewers")),
    Field("interviewer_email", QT_TRANSLATE_NOOP("CsvFields", "Interviewer's email")),
    Field("overall_rating", QT_TRANSLATE_NOOP("CsvFields", "Interview rating (1–5)")),
)
FIELD = {item.key: item for item in FIELDS}  # each field by its key

# Fields that only make sense with an interview date: a row filling them without a date would lose
# them silently, so that is an error (the time zone and format are often constant columns, so not).
INTERVIEW_DETAILS = (
    "interview_time", "interview_round", "duration_minutes", "interview_location", "interview_notes",
    "interviewers", "interviewer_email", "overall_rating",
)  # fmt: skip


# Words that change nothing in a header: "Fecha de la entrevista" is "fecha entrevista".
_STOPWORDS = frozenset({"de", "del", "la", "las", "el", "los", "a", "al", "the", "of", "name", "nombre"})
_QUALIFIERS = ("interview", "entrevista")

# Per field: headers meaning it on their own, and words meaning it after or before "interview" /
# "entrevista" ("Notas de la entrevista", "Interview notes", "Notes (interview)").
_ALIASES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "company": (("company", "empresa", "compañía", "organization", "organisation", "organización",
                 "employer", "empleador", "firm", "firma"), ()),
    "position": (("position", "puesto", "cargo", "role", "rol", "job title", "job", "vacante", "puesto trabajo",
                  "posición"), ()),
    "stage": (("stage", "status", "estado", "etapa", "fase", "situación", "application status",
               "estado candidatura", "estado solicitud"), ()),
    "decision_expected_on": (("decision", "decision date", "fecha decisión", "decisión", "respuesta esperada",
                              "fecha respuesta", "expected decision", "decision expected", "decision by",
                              "fecha respuesta esperada"), ()),
    "decision_timeline": (("timeline", "plazo", "plazo decisión", "decision timeline"), ()),
    "next_step": (("next step", "next steps", "siguiente paso", "próximo paso", "próximos pasos"), ()),
    "job_url": (("link", "url", "oferta", "job url", "job link", "enlace", "enlace oferta", "posting", "job posting",
                 "anuncio", "web", "website"), ()),
    "location": (("location", "ubicación", "lugar", "ciudad", "city", "place", "localidad"), ()),
    "application_notes": (("notes", "note", "notas", "comentarios", "comments", "observaciones",
                           "application notes"), ()),
    "outcome": (("outcome", "resultado", "result", "final result", "resultado final"), ()),
    "lessons_learned": (("lessons", "lessons learned", "lecciones", "lecciones aprendidas", "aprendizajes",
                         "learnings", "lo aprendido"), ()),
    "interview_round": (("round", "ronda", "interview round"), ("round", "ronda", "fase", "etapa", "stage")),
    "interview_starts_at": (("date", "fecha", "interview date", "día", "interview", "entrevista", "datetime",
                             "fecha hora", "when", "cuándo", "start", "inicio", "starts at", "interview starts at"),
                            ("date", "fecha", "día", "start", "inicio")),
    "interview_time": (("time", "hora", "start time", "hora inicio"), ("time", "hora")),
    "interview_time_zone": (("time zone", "timezone", "zona horaria", "zona", "zone", "tz", "huso horario"),
                            ("time zone", "zona horaria")),
    "duration_minutes": (("duration", "duración", "minutes", "minutos", "duration minutes", "duración minutos",
                          "length"), ("duration", "duración", "length")),
    "format": (("format", "formato", "modalidad", "tipo", "type", "mode", "interview format", "interview type"),
               ("format", "formato", "modalidad", "tipo", "type")),
    "interview_location": (("interview location",), ("location", "ubicación", "lugar", "place", "dirección",
                                                     "address", "link", "enlace")),
    "interview_notes": (("interview notes",), ("notes", "note", "notas", "comentarios", "comments",
                                               "observaciones")),
    "interviewers": (("interviewer", "interviewers", "entrevistador", "entrevistadores", "entrevistadora",
                      "entrevistadoras", "contact", "contacts", "contacto", "contactos", "persona contacto",
                      "interviewed by", "con quién"), ()),
    "interviewer_email": (("email", "e-mail", "correo", "correo electrónico", "mail", "email address",
                           "interviewer email", "contact email", "email contacto", "correo contacto",
                           "email entrevistador", "correo entrevistador"), ()),
    "overall_rating": (("rating", "valoración", "nota", "score", "puntuación", "calificación", "overall rating"),
                       ("rating", "valoración", "nota", "score", "puntuación")),
}  # fmt: skip


def _header_key(text: str) -> str:
    """A header reduced to what identifies it: no case, accents, punctuation, spaces or filler words."""
    return "".join(word for word in re.findall(r"[^\W_]+", fold(text)) if word not in _STOPWORDS)


def _build_aliases() -> dict[str, str]:
    aliases: dict[str, str] = {}

    def add(text: str, key: str) -> None:
        normal = _header_key(text)
        if aliases.setdefault(normal, key) != key:  # a programming error: fail on import, in every test
            raise ValueError(f"the header {text!r} would mean both {aliases[normal]} and {key}")

    for key, (plain, qualified) in _ALIASES.items():
        for text in plain:
            add(text, key)
        for word in qualified:
            for qualifier in _QUALIFIERS:
                add(f"{qualifier} {word}", key)
                add(f"{word} {qualifier}", key)
    return aliases


_ALIAS_KEYS = _build_aliases()
_EXPORT_KEYS = {_header_key(column): column for column in COLUMNS}
_PARENTHESES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Field key → column index for the headers recognised; each field and each column used once.

    The export's own column names win, then a known header, then a known header once a
    parenthesised hint is left out ("Fecha (dd/mm/aaaa)"); among equals, the leftmost column.
    """
    candidates: list[tuple[int, int, str]] = []  # (rank, column, field key)
    for index, header in enumerate(headers):
        exact = _EXPORT_KEYS.get(_header_key(header))
        known = _ALIAS_KEYS.get(_header_key(header))
        hinted = _ALIAS_KEYS.get(_header_key(_PARENTHESES.sub(" ", header)))
        for rank, key in enumerate((exact, known, hinted)):
            if key is not None:
                candidates.append((rank, index, key))
    mapping: dict[str, int] = {}
    for _, index, key in sorted(candidates):
        if key not in mapping and index not in mapping.values():
            mapping[key] = index
    return {item.key: mapping[item.key] for item in FIELDS if item.key in mapping}


def mapping_problems(mapping: Mapping[str, int]) -> list[str]:
    """What must change before rows can be read with ``mapping``; empty when it is usable."""
    problems = [
        translate("CsvFields", "Choose the column that holds the {field}.").format(field=item.label.lower())
        for item in FIELDS
        if item.required and item.key not in mapping
    ]
    problems += [
        translate("CsvFields", "'{key}' is not an Afterview field.").format(key=key)
        for key in mapping
        if key not in FIELD
    ]
    problems += [
        translate("CsvFields", "{field}: {index} is not a column.").format(field=FIELD[key].label, index=index)
        for key, index in mapping.items()
        if key in FIELD and index < 0
    ]
    by_column: dict[int, list[str]] = {}
    for key, index in mapping.items():
        if key in FIELD:
            by_column.setdefault(index, []).append(FIELD[key].label)
    for index, labels in sorted(by_column.items()):
        if len(labels) > 1:
            problems.append(
                translate("CsvFields", "Column {number} is chosen for both {fields}; choose it for one only.").format(
                    number=index + 1, fields=_both(labels)
                )
            )
    details = [FIELD[key].label for key in INTERVIEW_DETAILS if key in mapping]
    if details and "interview_starts_at" not in mapping:
        problems.append(
            translate(
                "CsvFields", "Choose the column that holds the interview date too (needed for: {fields})."
            ).format(fields=", ".join(details))
        )
    if "interviewer_email" in mapping and "interviewers" not in mapping:
        problems.append(
            translate(
                "CsvFields", "An interviewer's email needs a name: choose the column that holds the interviewers too."
            )
        )
    return problems


def _both(labels: Sequence[str]) -> str:
    """ "Company and Position" (and so on for more: "A and B and C")."""
    text = labels[0]
    for label in labels[1:]:
        text = translate("CsvFields", "{first} and {second}").format(first=text, second=label)
    return text
