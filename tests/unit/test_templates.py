"""The built-in letter templates (resources/templates/<language>/<kind>.txt), the safety of template
parsing against hostile placeholders, rendering with gaps, and mailto: addresses."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from afterview.domain.letters import (
    LANGUAGES,
    PER_INTERVIEWER,
    PLACEHOLDERS,
    WORD_RANGES,
    Template,
    TemplateError,
    check_template,
    checks,
    mailto_url,
    placeholder_values,
    render,
    words,
)
from afterview.domain.model import Application, Interview, Interviewer, LetterKind

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
WITHOUT_SUBJECT = frozenset({LetterKind.LINKEDIN_NOTE, LetterKind.CHECK_IN_CALL, LetterKind.LINKEDIN_MESSAGE})
SUBJECT_MAX = 80
NOTE_LIMIT = 200

# What a user would have recorded, in each language (the date comes out in the letter's language).
POSITIONS = {"en": "Junior data analyst", "es": "Analista de datos junior"}
TOPICS = {"en": "the migration to dbt", "es": "la migración a dbt"}
CASES = [(kind, language) for language in sorted(LANGUAGES) for kind in LetterKind]


def values_for(
    language: str,
    *,
    name: str = "Ana Ruiz",
    company: str = "Núñez Analytics",
    position: str | None = None,
    topic: str | None = None,
    my_name: str = "Lucía Pérez",
) -> dict[str, str]:
    person = Interviewer(name, title="Team lead", email="ana@nunez.example")
    interview = Interview(datetime(2026, 11, 24, 9, 0, tzinfo=UTC), time_zone="Europe/Madrid", interviewers=[person])
    app = Application(company, position or POSITIONS[language], interviews=[interview])
    return placeholder_values(
        app, interview, person, my_name=my_name, topic=topic or TOPICS[language], language=language,
        offer_deadline=date(2026, 12, 11), other_decision_date=date(2026, 12, 18),
    )  # fmt: skip


def load(kind: LetterKind, language: str) -> Template:
    path = TEMPLATES / language / f"{kind.value}.txt"
    return Template.parse(kind, language, path.read_text(encoding="utf-8"))


def failed_checks(kind: LetterKind, language: str, body: str, values: dict[str, str]) -> list[str]:
    found = checks(
        kind,
        body,
        language=language,
        interviewer_name=values["interviewer_name"] if kind in PER_INTERVIEWER else "",
        note_limit=NOTE_LIMIT,
    )
    return [check.message for check in found if not check.ok]


# --- the built-in templates ----------------------------------------------------------------------


def test_realistic_values_are_in_each_language() -> None:
    assert values_for("en")["interview_date"] == "24 November 2026"
    assert values_for("es")["interview_date"] == "24 de noviembre de 2026"
    assert values_for("en")["interviewer_first_name"] == "Ana"


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_kind_of_letter_has_a_template_and_nothing_else_is_there(language: str) -> None:
    folder = TEMPLATES / language
    expected = {f"{kind.value}.txt" for kind in LetterKind}
    assert {path.name for path in folder.iterdir()} == expected


@pytest.mark.parametrize(("kind", "language"), CASES, ids=[f"{language}-{kind.value}" for kind, language in CASES])
def test_a_built_in_template_renders_into_a_letter_that_passes_every_check(kind: LetterKind, language: str) -> None:
    template = load(kind, language)
    values = values_for(language)
    subject, body = render(template.subject, values), render(template.body, values)

    assert subject.unfilled == ()
    assert body.unfilled == ()
    for text in (subject.text, body.text):
        assert "{" not in text
        assert "}" not in text
    assert failed_checks(kind, language, body.text, values) == []

    if kind in WITHOUT_SUBJECT:
        assert template.subject == ""
    else:
        assert subject.text
        assert len(subject.text) < SUBJECT_MAX, subject.text
    # The body does not start with a stray "Subject:" line, and reads back as it was written.
    assert not body.text.lower().startswith(("subject:", "asunto:"))
    assert Template.parse(kind, language, template.text()) == template


@pytest.mark.parametrize(("kind", "language"), CASES, ids=[f"{language}-{kind.value}" for kind, language in CASES])
def test_a_built_in_template_only_uses_known_placeholders_and_signs_with_your_name(
    kind: LetterKind, language: str
) -> None:
    template = load(kind, language)
    used = set(check_template(template.subject)) | set(check_template(template.body))
    assert used <= set(PLACEHOLDERS)
    assert "my_name" in used
    if kind in PER_INTERVIEWER:
        assert used & {"interviewer_name", "interviewer_first_name"}


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_thank_you_letter_mentions_what_makes_it_personal(language: str) -> None:
    used = set(check_template(load(LetterKind.THANK_YOU, language).body))
    assert {"position", "company", "interview_date", "topic"} <= used


@pytest.mark.parametrize(("kind", "language"), CASES, ids=[f"{language}-{kind.value}" for kind, language in CASES])
def test_longer_real_values_still_fit(kind: LetterKind, language: str) -> None:
    """Headroom: a long position, topic, company and name keep the letter in its range."""
    values = values_for(
        language,
        name="María José Fernández",
        company="Instituto Tecnológico de Canarias",
        position="Graduate data analyst, finance and operations",
        topic="how the team tests its data models before each release",
        my_name="Alejandro Martínez Soto",
    )
    template = load(kind, language)
    body = render(template.body, values).text
    assert failed_checks(kind, language, body, values) == []
    assert len(render(template.subject, values).text) < SUBJECT_MAX + 10


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_linkedin_note_thanks_them_by_first_name_within_the_limit(language: str) -> None:
    values = values_for(language)
    note = render(load(LetterKind.LINKEDIN_NOTE, language).body, values).text.strip()
    assert len(note) < NOTE_LIMIT
    # By first name as a word of its own ("Analytics" in the company name must not count).
    assert re.search(r"\bAna\b", note)
    assert any(word in note.casefold() for word in ("thank", "gracias"))


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_linkedin_note_names_the_topic_so_two_interviewers_get_different_notes(language: str) -> None:
    template = load(LetterKind.LINKEDIN_NOTE, language)
    assert "topic" in check_template(template.body)
    topics = {"en": ("the migration to dbt", "the churn dashboard"), "es": ("la migración a dbt", "el panel de bajas")}
    ana, luis = (
        render(template.body, values_for(language, name=name, topic=topic)).text
        for name, topic in zip(("Ana Ruiz", "Luis Gil"), topics[language], strict=True)
    )
    assert ana != luis
    found = checks(
        LetterKind.LINKEDIN_NOTE, luis, language=language, interviewer_name="Luis Gil", siblings=[("Ana Ruiz", ana)]
    )
    assert all(check.ok for check in found), [check.message for check in found if not check.ok]


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_call_script_has_a_place_for_notes(language: str) -> None:
    body = load(LetterKind.CHECK_IN_CALL, language).body
    label = {"en": "Note down:", "es": "Anotar:"}[language]
    notes = body.split(label, 1)[1]
    assert len([line for line in notes.splitlines() if line.startswith("- ")]) >= 3


def test_word_ranges_cover_every_kind() -> None:
    assert set(WORD_RANGES) == set(LetterKind)


# --- hostile templates -----------------------------------------------------------------------------

HOSTILE = [
    ("{0.__class__}", "{0.__class__}"),
    ("{company.__init__}", "{company.__init__}"),
    ("{company!r}", "{company!r}"),
    ("{company:>10}", "{company:>10}"),
    ("{__import__}", "{__import__}"),
    ("{ company }", "{ company }"),
    ("{company[0]}", "{company[0]}"),
    ("{}", "{}"),
    ("{company:{topic}}", "{company:{topic}}"),
]


@pytest.mark.parametrize(("placeholder", "shown"), HOSTILE)
def test_a_placeholder_that_is_not_allowed_is_refused_by_name(placeholder: str, shown: str) -> None:
    text = f"Dear {{interviewer_first_name}}, {placeholder} and more."
    with pytest.raises(TemplateError) as raised:
        check_template(text)
    assert shown in str(raised.value)
    assert "{company}" in str(raised.value)  # and it says what is allowed
    with pytest.raises(TemplateError, match="not a placeholder"):
        Template.parse(LetterKind.THANK_YOU, "en", f"Subject: Hi\n\n{text}")
    with pytest.raises(TemplateError, match="not a placeholder"):
        Template.parse(LetterKind.THANK_YOU, "en", f"Subject: About {placeholder}\n\nBody")
    with pytest.raises(TemplateError):
        render(text, {"company": "Acme"})


@pytest.mark.parametrize("text", ["Hello {company", "Hello company}", "{", "a { b"])
def test_unmatched_braces_are_refused_with_a_hint(text: str) -> None:
    with pytest.raises(TemplateError, match="braces do not match") as raised:
        Template.parse(LetterKind.CHECK_IN_EMAIL, "en", text)
    assert "{{" in str(raised.value)


def test_doubled_braces_are_literal_braces() -> None:
    template = Template.parse(LetterKind.CHECK_IN_EMAIL, "en", "Subject: {{x}}\n\nKeep {{literal}} for {company}.")
    values = values_for("en")
    assert render(template.body, values).text == "Keep {literal} for Núñez Analytics.\n"
    assert render(template.subject, values).text == "{x}"


def test_a_value_with_braces_is_inserted_as_it_is() -> None:
    rendered = render("About {topic}.", {"topic": "{company} and {0.__class__}"})
    assert rendered.text == "About {company} and {0.__class__}."
    assert rendered.unfilled == ()


# --- rendering with gaps ----------------------------------------------------------------------------


@pytest.mark.parametrize("topic", ["", "   "])
def test_an_empty_topic_stays_visible_and_is_listed(topic: str) -> None:
    values = values_for("en") | {"topic": topic}
    body = load(LetterKind.THANK_YOU, "en").body
    rendered = render(body, values)
    assert "{topic}" in rendered.text
    assert rendered.unfilled == ("topic",)
    assert "Fill in: {topic} (a topic you discussed)" in failed_checks(
        LetterKind.THANK_YOU, "en", rendered.text, values
    )


def test_every_missing_value_is_listed_once_in_order() -> None:
    rendered = render("{company} {topic} {company} {my_name}", {"my_name": "Lucía"})
    assert rendered.text == "{company} {topic} {company} Lucía"
    assert rendered.unfilled == ("company", "topic")


def test_without_an_interview_or_interviewer_the_gaps_show() -> None:
    values = placeholder_values(Application("Acme", "Analyst"), None, None, my_name="Lucía", topic="", language="en")
    rendered = render(load(LetterKind.THANK_YOU, "en").body, values)
    assert set(rendered.unfilled) == {"interviewer_first_name", "interview_date", "topic"}


# --- mailto: ----------------------------------------------------------------------------------------


def parsed_mailto(url: str) -> tuple[str, dict[str, list[str]]]:
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert parts.fragment == ""
    return parts.path, parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)


def test_mailto_keeps_the_whole_body_and_a_non_ascii_subject() -> None:
    subject = "Gracias por la entrevista – Núñez Analytics"
    body = "Hola, Ana:\n\nQ&A? Yes: a=1&b=2 #3 +4 100% done.\n\nUn saludo,\nLucía Pérez"
    url = mailto_url("ana@nunez.example", subject, body)

    assert url.isascii()
    assert " " not in url
    assert "\n" not in url
    assert "%0D%0A" in url
    assert url.count("?") == 1
    assert url.count("&") == 1
    assert "#" not in url
    assert "N%C3%BA%C3%B1ez" in url
    to, query = parsed_mailto(url)
    assert to == "ana@nunez.example"
    assert query == {"subject": [subject], "body": [body.replace("\n", "\r\n")]}


def test_mailto_does_not_double_existing_crlf_line_breaks() -> None:
    _, query = parsed_mailto(mailto_url("a@b.example", "Hi", "one\r\ntwo\nthree"))
    assert query["body"] == ["one\r\ntwo\r\nthree"]


def test_mailto_of_a_rendered_template_round_trips() -> None:
    values = values_for("es")
    template = load(LetterKind.CHECK_IN_EMAIL, "es")
    subject, body = render(template.subject, values).text, render(template.body, values).text
    _, query = parsed_mailto(mailto_url("ana@nunez.example", subject, body))
    assert query["subject"] == [subject]
    assert query["body"][0].replace("\r\n", "\n") == body
    assert words(query["body"][0]) == words(body)


def test_name_and_interest_checks_match_whole_words() -> None:
    from afterview.domain.letters import checks, first_name

    def verdicts(body: str) -> dict[str, bool]:
        return {
            c.message.split()[0]: c.ok
            for c in checks(LetterKind.THANK_YOU, body, language="en", interviewer_name="Ana Ruiz")
        }

    assert verdicts("Thank you, Núñez Analytics team. That was an interesting talk.")["Mention"] is False
    assert "Reaffirms" not in verdicts("Thank you. That was an interesting talk.")
    assert verdicts("Dear Ana, thank you; I remain very interested.")["Addresses"] is True
    assert verdicts("Dear ana, thank you.")["Check"] is False
    spanish = checks(
        LetterKind.THANK_YOU, "Hola Ana: gracias. Sigo con interés.", language="es", interviewer_name="Ana Ruiz"
    )
    decomposed = checks(
        LetterKind.THANK_YOU, "Hola Ana: gracias. Sigo con intere\u0301s.", language="es", interviewer_name="Ana Ruiz"
    )
    assert [c.ok for c in spanish][1:] == [c.ok for c in decomposed][1:]
    assert (first_name("Dr. Ana Ruiz"), first_name("María José Fernández")) == ("Ana", "María José")
