"""What a letter is personalised with: short topics from the interview notes (noun phrases, not whole
sentences), and the first name to greet an interviewer by, compound Spanish names included."""

from __future__ import annotations

import pytest

from afterview.domain.letters import first_name, topic_from, topics_from_notes


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        # English: the verb that introduces what was talked about goes, and what follows a clause too.
        ("Talked about the churn dashboard and how they measure retention.", "the churn dashboard"),
        ("We talked about the migration to dbt", "the migration to dbt"),
        ("We discussed their migration to dbt.", "their migration to dbt"),
        ("Discussed the onboarding plan", "the onboarding plan"),
        ("She asked about my thesis on fraud detection", "my thesis on fraud detection"),
        ("Ana asked me about SQL window functions.", "SQL window functions"),
        ("They told me about the mentoring programme, which starts in March", "the mentoring programme"),
        ("We went over the take-home exercise", "the take-home exercise"),
        ("Mentioned the new office in Valencia", "the new office in Valencia"),
        ("The team is growing.", "the team"),
        ("- A/B testing at scale", "A/B testing at scale"),
        ("Python", "Python"),
        ("Talked about the long-term roadmap for the data platform team in Madrid next year", "the long-term roadmap"),
        # Spanish.
        ("Hablamos de la migración a dbt.", "la migración a dbt"),
        ("Hablamos sobre el equipo de datos", "el equipo de datos"),
        ("Comentamos el panel de bajas, que usan cada semana.", "el panel de bajas"),
        ("Me preguntaron por mi proyecto de fin de grado", "mi proyecto de fin de grado"),
        ("Nos habló de la cultura del equipo y de cómo trabajan", "la cultura del equipo"),
        ("Charlamos acerca de las prácticas de verano", "las prácticas de verano"),
        ("El equipo está creciendo", "el equipo"),
    ],
)
def test_a_topic_is_a_short_noun_phrase_from_a_note(sentence: str, topic: str) -> None:
    assert topic_from(sentence) == topic


@pytest.mark.parametrize("sentence", ["I was nervous.", "We", "ok", "Talked about", "Hablamos de", "Me sentí bien"])
def test_a_note_that_names_no_topic_suggests_none(sentence: str) -> None:
    assert topic_from(sentence) is None


def test_the_topics_of_a_note_are_its_sentences_and_items_once_each() -> None:
    notes = (
        "Talked about the churn dashboard and how they measure retention. The team is growing.\n"
        "• the churn dashboard\n- Discussed pair programming; I was nervous."
    )
    assert topics_from_notes(notes) == ["the churn dashboard", "the team", "pair programming"]
    spanish = "Hablamos de la migración a dbt. Comentamos el panel de bajas, que usan cada semana."
    assert topics_from_notes(spanish) == ["la migración a dbt", "el panel de bajas"]


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Ana Ruiz", "Ana"),
        ("Ana Ruiz Gómez", "Ana"),  # a first name and two surnames, as in Spain
        ("María José Pérez", "María José"),
        ("María José Fernández López", "María José"),
        ("José Luis Martínez", "José Luis"),
        ("Juan Carlos Ortega", "Juan Carlos"),
        ("Miguel Ángel Torres", "Miguel Ángel"),
        ("Ana Belén Sanz", "Ana Belén"),
        ("María del Carmen Vidal", "María del Carmen"),
        ("María de los Ángeles Ruiz", "María de los Ángeles"),
        ("maria jose perez", "maria jose"),  # typed without accents or capitals
        ("María Pérez", "María"),
        ("José García", "José"),
        ("Dr. Ana Ruiz", "Ana"),
        ("Sra. María José Pérez", "María José"),
        ("Mei", "Mei"),
        ("Mary Ann Smith", "Mary Ann"),
        ("Jean-Pierre Dubois", "Jean-Pierre"),
    ],
)
def test_the_first_name_keeps_a_compound_first_name_whole(name: str, first: str) -> None:
    assert first_name(name) == first
