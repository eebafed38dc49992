"""Near-copy letters: a draft compared with every other letter to the same company, in English and
Spanish, with real-length letters (140-170 words): only the greeting differs → flagged, with the
paragraph to make personal; each with its own topic paragraph → not flagged."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from afterview.domain.model import Application, Interview, Interviewer, Letter, LetterKind
from afterview.domain.similarity import (
    NEAR_COPY,
    OtherLetter,
    letters_to_compare,
    near_copies,
    near_copy_checks,
    paragraph_to_personalise,
    similarity,
    words,
)

EN_SKELETON = (
    "{greeting}\n\n"
    "Thank you for taking the time to speak with me on 25 November about the Junior analyst position at "
    "Acme. I appreciated how openly you described the team and its work.\n\n"
    "{topic}\n\n"
    "The interview confirmed my interest in the role: it would let me put what I have learned into practice "
    "alongside an experienced team, which is exactly what I am looking for in my next step.\n\n"
    "If there is anything else I can send you, such as references or examples of my work, I would be glad "
    "to do so.\n\n"
    "Thank you again for your time. I look forward to hearing about the next steps.\n\n"
    "Best regards,\nMarta López"
)
EN_TEMPLATE_TOPIC = (
    "I especially enjoyed our conversation about {about}. Hearing how the team approaches it made the work "
    "feel concrete, and it is the kind of challenge I would like to take on."
)
EN_ANA_TOPIC = (
    "I especially enjoyed hearing about the churn dashboard you are rebuilding. Your point that a retention "
    "metric is only useful if the sales team trusts it stayed with me; at university I rebuilt a survey "
    "dashboard for our student union, and winning the committee's trust in the numbers took longer than "
    "writing the queries."
)
EN_LUIS_TOPIC = (
    "Thank you also for walking me through the data pipeline migration to the cloud. I had not thought "
    "about how much a nightly batch job shapes the way analysts plan their mornings, and your question about "
    "testing a transformation before it reaches production made me read up on data contracts this weekend."
)
ES_SKELETON = (
    "{greeting}\n\n"
    "Le agradezco mucho el tiempo que me dedicó el 25 de noviembre para hablar del puesto de Analista júnior "
    "en Núñez e Hijos. Valoré la claridad con la que me explicó el trabajo del equipo.\n\n"
    "{topic}\n\n"
    "La entrevista confirmó mi interés por el puesto: me permitiría poner en práctica lo que he aprendido "
    "junto a un equipo con experiencia, que es justo lo que busco en este momento.\n\n"
    "Si le resulta útil que le envíe algo más, como referencias o ejemplos de mi trabajo, lo haré con mucho "
    "gusto.\n\n"
    "Muchas gracias de nuevo por su tiempo. Quedo a la espera de sus noticias sobre los próximos pasos.\n\n"
    "Un cordial saludo,\nMarta López"
)
ES_TEMPLATE_TOPIC = (
    "Disfruté especialmente de la conversación sobre {about}. Conocer el enfoque del equipo me ayudó a "
    "imaginar el trabajo del día a día, y es el tipo de reto que me gustaría asumir."
)
ES_ANA_TOPIC = (
    "Me quedé pensando en lo que contó sobre el cuadro de mando de bajas de clientes. Su idea de que una "
    "métrica solo sirve si el equipo comercial confía en ella me recordó mi trabajo en la asociación de "
    "estudiantes, donde convencer al comité de los datos costó más que escribir las consultas."
)
ES_LUIS_TOPIC = (
    "Gracias también por explicarme la migración del almacén de datos a la nube. No había pensado en cómo un "
    "proceso nocturno marca la mañana de los analistas, y su pregunta sobre cómo probar una transformación "
    "antes de llevarla a producción me llevó a leer sobre contratos de datos este fin de semana."
)


def en(greeting: str, topic: str) -> str:
    return EN_SKELETON.format(greeting=greeting, topic=topic)


def es(greeting: str, topic: str) -> str:
    return ES_SKELETON.format(greeting=greeting, topic=topic)


# (draft to Ana, other letter to Luis, topic paragraph of the draft)
COPIES = {
    "en: only the greeting": (
        en("Dear Ana,", EN_TEMPLATE_TOPIC.format(about="the churn dashboard")),
        en("Hello Luis,", EN_TEMPLATE_TOPIC.format(about="the churn dashboard")),
    ),
    "en: only the topic's words": (
        en("Dear Ana,", EN_TEMPLATE_TOPIC.format(about="the churn dashboard")),
        en("Dear Luis,", EN_TEMPLATE_TOPIC.format(about="the data pipeline migration")),
    ),
    "es: only the greeting": (
        es("Buenos días, Ana:", ES_TEMPLATE_TOPIC.format(about="el cuadro de mando")),
        es("Estimado Luis:", ES_TEMPLATE_TOPIC.format(about="el cuadro de mando")),
    ),
    "es: only the topic's words": (
        es("Buenos días, Ana:", ES_TEMPLATE_TOPIC.format(about="el cuadro de mando")),
        es("Buenos días, Luis:", ES_TEMPLATE_TOPIC.format(about="la migración de datos")),
    ),
}
PERSONAL = {
    "en": (en("Dear Ana,", EN_ANA_TOPIC), en("Dear Luis,", EN_LUIS_TOPIC)),
    "es": (es("Buenos días, Ana:", ES_ANA_TOPIC), es("Buenos días, Luis:", ES_LUIS_TOPIC)),
    "en, against the template": (
        en("Dear Ana,", EN_ANA_TOPIC),
        en("Dear Luis,", EN_TEMPLATE_TOPIC.format(about="the data pipeline migration")),
    ),
}


@pytest.mark.parametrize("letters", [*COPIES.values(), *PERSONAL.values()], ids=[*COPIES, *PERSONAL])
def test_the_letters_are_real_length(letters: tuple[str, str]) -> None:
    assert all(120 <= len(words(letter)) <= 200 for letter in letters)


@pytest.mark.parametrize("pair", COPIES.values(), ids=COPIES)
def test_letters_that_differ_only_in_the_greeting_or_a_few_words_are_flagged(pair: tuple[str, str]) -> None:
    draft, other = pair
    score = similarity(draft, other, ["Ana Ruiz", "Luis Gil"])
    assert score >= NEAR_COPY + 0.1  # not only just: with room for a letter a little different
    [found] = near_copies(draft, "Ana Ruiz", [OtherLetter(LetterKind.THANK_YOU, other, "Luis Gil")])
    assert found.similarity == score


@pytest.mark.parametrize("pair", PERSONAL.values(), ids=PERSONAL)
def test_letters_each_with_its_own_topic_paragraph_are_not_flagged(pair: tuple[str, str]) -> None:
    draft, other = pair
    assert similarity(draft, other, ["Ana Ruiz", "Luis Gil"]) <= NEAR_COPY - 0.1
    assert near_copies(draft, "Ana Ruiz", [OtherLetter(LetterKind.THANK_YOU, other, "Luis Gil")]) == []
    assert near_copy_checks(draft, "Ana Ruiz", [OtherLetter(LetterKind.THANK_YOU, other, "Luis Gil")]) == []


def test_the_threshold_lies_between_the_copies_and_the_personal_letters() -> None:
    copies = [similarity(*pair, ["Ana", "Luis"]) for pair in COPIES.values()]
    personal = [similarity(*pair, ["Ana", "Luis"]) for pair in PERSONAL.values()]
    assert max(personal) < NEAR_COPY < min(copies)


@pytest.mark.parametrize(
    ("pair", "topic_starts"),
    [
        (COPIES["en: only the greeting"], "I especially enjoyed our conversation"),
        (COPIES["es: only the greeting"], "Disfruté especialmente de la conversación"),
    ],
    ids=["en", "es"],
)
def test_the_paragraph_to_make_personal_is_the_topic_paragraph(pair: tuple[str, str], topic_starts: str) -> None:
    draft, other = pair
    assert paragraph_to_personalise(draft, other, ["Ana", "Luis"]).startswith(topic_starts)
    [check] = near_copy_checks(draft, "Ana Ruiz", [OtherLetter(LetterKind.THANK_YOU, other, "Luis Gil")])
    assert not check.ok
    assert "the same as your letter to Luis Gil (Thank-you letter)" in check.message
    assert f"“{' '.join(topic_starts.split()[:8])}" in check.message


def test_a_topic_paragraph_of_ones_own_is_not_the_one_pointed_at() -> None:
    draft = en("Dear Ana,", EN_ANA_TOPIC)
    other = en("Dear Luis,", EN_TEMPLATE_TOPIC.format(about="the churn dashboard"))
    pointed = paragraph_to_personalise(draft, other, ["Ana", "Luis"])
    assert pointed and pointed not in EN_ANA_TOPIC


def test_the_topic_chosen_in_the_editor_points_at_its_paragraph() -> None:
    topic = "The churn dashboard you are rebuilding, and the retention metric the sales team uses, stayed with me."
    draft = en("Dear Ana,", topic)
    other = draft.replace("Ana", "Luis")
    assert paragraph_to_personalise(draft, other, ["Ana", "Luis"], topic="the churn dashboard") == topic
    assert paragraph_to_personalise(draft, other, ["Ana", "Luis"]).startswith("Thank you for taking the time")


def test_short_notes_and_empty_letters_are_not_compared() -> None:
    note = "Hi Ana, thank you for your time today. Best, Marta"
    other = OtherLetter(LetterKind.LINKEDIN_NOTE, "Hi Luis, thank you for your time today. Best, Marta", "Luis")
    assert near_copies(note, "Ana", [other]) == []


def test_a_letter_the_identical_check_reports_is_not_reported_twice() -> None:
    draft, other = COPIES["en: only the greeting"]
    same_but_names = draft.replace("Ana", "Luis")
    sibling = OtherLetter(LetterKind.THANK_YOU, same_but_names, "Luis", already_compared=True)
    assert near_copies(draft, "Ana", [sibling]) == []
    # … but a sibling that differs in more than the names is this check's to report.
    assert len(near_copies(draft, "Ana", [OtherLetter(LetterKind.THANK_YOU, other, "Luis", already_compared=True)]))


def test_several_near_copies_are_one_hint_naming_the_closest() -> None:
    draft, other = COPIES["en: only the greeting"]
    _, further = COPIES["en: only the topic's words"]
    others = [OtherLetter(LetterKind.THANK_YOU, further, "Luis Gil"), OtherLetter(LetterKind.THANK_YOU, other, "Eva")]
    [check] = near_copy_checks(draft, "Ana", others)
    assert "your letter to Eva" in check.message and "(and close to 1 more letter)" in check.message


# --- which letters are compared ------------------------------------------------------------------


def _interview(day: int, *people: Interviewer, letters: list[Letter]) -> Interview:
    return Interview(
        datetime(2026, 11, day, 9, tzinfo=UTC), "Europe/Madrid", interviewers=list(people), letters=letters
    )


def test_every_letter_to_the_same_company_is_compared_drafted_or_sent_of_any_kind() -> None:
    ana, luis, eva = Interviewer("Ana Ruiz"), Interviewer("Luis Gil"), Interviewer("Eva Sanz")
    draft = Letter(LetterKind.THANK_YOU, ana.id, body="mine")
    sibling = Letter(LetterKind.THANK_YOU, luis.id, body="to Luis, a draft")
    check_in = Letter(
        LetterKind.CHECK_IN_EMAIL, None, body="a check-in, sent", sent_at=datetime(2026, 11, 30, tzinfo=UTC)
    )
    empty = Letter(LetterKind.LINKEDIN_NOTE, luis.id, body="  ")
    app = Application("Acme", interviews=[_interview(24, ana, luis, letters=[draft, sibling, empty])])
    app.interviews.append(_interview(28, eva, letters=[check_in]))
    earlier = Application(
        "ACME ", interviews=[_interview(2, eva, letters=[Letter(LetterKind.THANK_YOU, eva.id, body="last year")])]
    )
    other_company = Application(
        "Beta", interviews=[_interview(3, eva, letters=[Letter(LetterKind.THANK_YOU, eva.id, body="no")])]
    )
    stored_app = Application("Acme", id=app.id)  # the stored copy of the one being edited: the editor's copy wins
    found = letters_to_compare([stored_app, earlier, other_company], app, draft)
    assert sorted((other.body, other.addressee, other.already_compared) for other in found) == [
        ("a check-in, sent", "", False),
        ("last year", "Eva Sanz", False),
        ("to Luis, a draft", "Luis Gil", True),
    ]
