"""Letters: templates with safe placeholders, drafting, and the checks that guide (never block).

A template is plain text with ``{placeholder}`` names from a fixed list; nothing else is allowed
inside braces (no attribute or index access, no conversions), so a template a user writes cannot
reach into the program. Rendering substitutes by hand rather than with ``str.format``. A value that
is missing leaves its placeholder visible in the draft and is reported, so a letter never goes out
with a silent gap. A template file may start with a ``Subject:`` line, then a blank line, then the
body.

The tables of placeholder descriptions and language names are English, marked with
``QT_TRANSLATE_NOOP("Letters", …)``; show them with ``translate("Letters", text)`` (or
:func:`language_names`). A letter's own words (the month names
of its date, the ``Subject:``/``Asunto:`` line) follow the letter's language, not the window's.
"""

from __future__ import annotations

import datetime
import re
import string
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import quote

from afterview.domain.folding import fold
from afterview.domain.model import Application, FollowUpKind, Interview, Interviewer, LetterKind
from afterview.i18n import QT_TRANSLATE_NOOP, translate

PLACEHOLDERS: dict[str, str] = {
    "interviewer_name": QT_TRANSLATE_NOOP("Letters", "the interviewer's full name"),
    "interviewer_first_name": QT_TRANSLATE_NOOP("Letters", "the interviewer's first name"),
    "interviewer_title": QT_TRANSLATE_NOOP("Letters", "the interviewer's title"),
    "company": QT_TRANSLATE_NOOP("Letters", "the company"),
    "position": QT_TRANSLATE_NOOP("Letters", "the position"),
    "interview_date": QT_TRANSLATE_NOOP("Letters", "the interview's date"),
    "topic": QT_TRANSLATE_NOOP("Letters", "a topic you discussed"),
    "my_name": QT_TRANSLATE_NOOP("Letters", "your name (from Settings)"),
    "offer_deadline": QT_TRANSLATE_NOOP("Letters", "the day you must answer your offer by"),
    "other_decision_date": QT_TRANSLATE_NOOP("Letters", "the day your other process decides"),
    "offer_terms": QT_TRANSLATE_NOOP("Letters", "the offer's terms you entered, to confirm (or a request for them)"),
}

# The languages a letter can be written in (keys) and their names as shown (English, translated
# where shown: a Spanish window says "Inglés").
LANGUAGES = {"en": QT_TRANSLATE_NOOP("Letters", "English"), "es": QT_TRANSLATE_NOOP("Letters", "Español")}


def language_names() -> dict[str, str]:
    """The letter languages by code, each named in the user's language."""
    return {code: translate("Letters", name) for code, name in LANGUAGES.items()}


# Recommended lengths in words (None: no word range, e.g. a LinkedIn note is limited by characters).
WORD_RANGES: dict[LetterKind, tuple[int, int] | None] = {
    LetterKind.THANK_YOU: (100, 180),
    LetterKind.LINKEDIN_NOTE: None,
    LetterKind.CHECK_IN_CALL: (40, 160),
    LetterKind.CHECK_IN_EMAIL: (50, 150),
    LetterKind.FEEDBACK_REQUEST: (50, 150),
    LetterKind.OFFER_REPLY: (50, 180),
    LetterKind.ASK_DECISION_DATE: (50, 150),
    LetterKind.REJECTION_REPLY: (40, 140),
    LetterKind.LINKEDIN_MESSAGE: (30, 150),  # a message, not a note: no character limit
    LetterKind.EXTENSION_REQUEST: (50, 160),
    LetterKind.OFFER_NEWS: (50, 160),
    LetterKind.OFFER_ACCEPT: (50, 160),
    LetterKind.OFFER_DECLINE: (40, 140),
    LetterKind.WITHDRAWAL: (40, 140),
}
PER_INTERVIEWER = frozenset({LetterKind.THANK_YOU, LetterKind.LINKEDIN_NOTE, LetterKind.LINKEDIN_MESSAGE})
_LEFTOVER = re.compile(r"\{([a-z_]+)\}")

# Word beginnings that say "thank you" and "I am still interested"; matched at the start of a word
# ("interested" yes, "uninterested" no) and with "interesting" ruled out.
_THANKS = {"en": ("thank", "grateful", "appreciat"), "es": ("gracias", "agradec", "agradezc")}
_INTEREST = {
    "en": ("interest", "excited", "enthusias", "look forward", "eager", "keen"),
    "es": ("interés", "interesad", "entusiasm", "ilusión", "motivad", "encantaría", "ganas"),
}
_NOT_INTEREST = re.compile(r"\binteresting\b", re.IGNORECASE)


def _says(text: str, beginnings: tuple[str, ...]) -> bool:
    return any(re.search(rf"\b{re.escape(word)}", text) for word in beginnings)


class TemplateError(ValueError):
    """A template that cannot be used; the message says what to change."""


@dataclass(frozen=True)
class Template:
    kind: LetterKind
    language: str
    subject: str
    body: str
    name: str = "Standard"

    @staticmethod
    def parse(kind: LetterKind, language: str, text: str, name: str = "Standard") -> Template:
        """A template from its file text; raises TemplateError if a placeholder is not allowed."""
        subject, body = "", text
        first, _, rest = text.partition("\n")
        if first.lower().startswith(("subject:", "asunto:")):
            subject, body = first.split(":", 1)[1].strip(), rest.lstrip("\n")
        for part in (subject, body):
            check_template(part)
        return Template(kind, language, subject, body.strip() + "\n", name)

    def text(self) -> str:
        """The file form of the template (what :meth:`parse` reads)."""
        label = "Asunto" if self.language == "es" else "Subject"
        return f"{label}: {self.subject}\n\n{self.body}" if self.subject else self.body


def check_template(text: str) -> list[str]:
    """The placeholders a template uses; raises TemplateError naming the first thing not allowed."""
    used = []
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError as error:
        raise TemplateError(
            translate(
                "Letters", "The template's braces do not match ({error}); write {open} and {close} for literal braces."
            ).format(error=error, open="{{", close="}}")
        ) from None
    for _, field, spec, conversion in parts:
        if field is None:
            continue
        if field not in PLACEHOLDERS or spec or conversion:
            shown = "{" + field + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            raise TemplateError(
                translate(
                    "Letters", "{shown} is not a placeholder Afterview knows. Use one of: {placeholders}."
                ).format(shown=shown, placeholders=", ".join("{" + name + "}" for name in PLACEHOLDERS))
            )
        used.append(field)
    return used


@dataclass(frozen=True)
class Rendered:
    text: str
    unfilled: tuple[str, ...]


def render(text: str, values: Mapping[str, str]) -> Rendered:
    """Fill the placeholders; an empty value leaves ``{name}`` in place and is listed in ``unfilled``."""
    check_template(text)
    out: list[str] = []
    unfilled: list[str] = []
    for literal, field, _, _ in string.Formatter().parse(text):
        out.append(literal)
        if field is None:
            continue
        value = values.get(field, "").strip()
        if value:
            out.append(value)
        else:
            out.append("{" + field + "}")
            if field not in unfilled:
                unfilled.append(field)
    return Rendered("".join(out), tuple(unfilled))


def placeholder_values(
    app: Application,
    interview: Interview | None,
    person: Interviewer | None,
    *,
    my_name: str,
    topic: str,
    language: str,
    offer_deadline: datetime.date | None = None,
    other_decision_date: datetime.date | None = None,
) -> dict[str, str]:
    """The values a draft is filled with, from what the user recorded (the offer desk's two days,
    :func:`afterview.domain.offers.letter_days`, only for its letters)."""
    from afterview.domain.offers import offer_terms_paragraph  # the offer desk builds on this module

    date = ""
    if interview is not None:
        local = interview.local_starts_at()
        date = _long_date(local.day, local.month, local.year, language)
    return {
        "offer_deadline": long_day(offer_deadline, language),
        "other_decision_date": long_day(other_decision_date, language),
        "offer_terms": offer_terms_paragraph(app, language),
        "interviewer_name": person.name if person else "",
        "interviewer_first_name": first_name(person.name) if person else "",
        "interviewer_title": person.title if person else "",
        "company": app.company,
        "position": app.position,
        "interview_date": date,
        "topic": topic,
        "my_name": my_name,
    }


_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}


def long_day(day: datetime.date | None, language: str) -> str:
    """A day as a letter in ``language`` writes it ("18 December 2026", "18 de diciembre de 2026");
    "" for none."""
    return "" if day is None else _long_date(day.day, day.month, day.year, language)


def _long_date(day: int, month: int, year: int, language: str) -> str:
    name = _MONTHS.get(language, _MONTHS["en"])[month - 1]
    return f"{day} de {name} de {year}" if language == "es" else f"{day} {name} {year}"


# --- topics from the notes ----------------------------------------------------------------------
# A letter says "our conversation about {topic}" / "la conversación sobre {topic}": a topic is a
# short noun phrase ("the churn dashboard"), not the sentence of the notes it came from ("Talked
# about the churn dashboard and how they measure retention"). From each sentence or list item of
# the notes: the words that introduce what was talked about go ("talked about", "we discussed",
# "Ana asked me about", "hablamos de", "comentamos", "me preguntaron por"); the phrase ends where a
# clause or a verb of its own begins (a comma, "and how", "which", "is", "que", "y cómo", "está");
# a phrase still longer than MAX_TOPIC_WORDS words ends before its last "for", "of", "de" … within
# them; an article a sentence began with loses its capital. What is left must name something: a
# note about oneself ("I was nervous", "Me sentí bien") suggests nothing.

MAX_TOPIC_WORDS = 6
_SPEAKING = (
    r"talk(?:ed)?|spoke|speak|chat(?:ted)?|asked(?:\s+(?:me|us))?|told\s+(?:me|us)|went\s+(?:over|through)"
    r"|learn(?:ed|t)|heard|discuss(?:ed)?|cover(?:ed)?|mention(?:ed)?|explain(?:ed)?|describ(?:ed)|show(?:ed)\s+(?:me|us)"
    r"|hablamos|hablaron|habl[oó]|charlamos|conversamos|comentamos|comentaron|coment[oó]|tratamos|vimos"
    r"|repasamos|discutimos|mencion[oó]|mencionaron|preguntaron|pregunt[oó]|explic[oó]|explicaron"
    r"|cont[oó]|contaron|ense[nñ][oó]|ense[nñ]aron"
)
_LEAD = re.compile(
    rf"^(?:(?:we|i|they|she|he|you|the\s+interviewer|[A-ZÁÉÍÓÚÑ][\w'-]*)\s+)?(?:me\s+|nos\s+|le\s+|les\s+)?"
    rf"(?:{_SPEAKING})\b(?:\s+(?:about|through|over|on|of|acerca\s+de|sobre|de|del|por))?\s*",
    re.IGNORECASE,
)
_CLAUSE = re.compile(
    r"\s*(?:[,;:(\u2013\u2014]|\s-\s)|\s+(?:and\s+how|and\s+what|and\s+why|that|which|who|because|since|so|but"
    r"|while|where|when|is|are|was|were|has|have|had|will|would|can|could|should|y\s+c[oó]mo|y\s+qu[eé]|y\s+de"
    r"|que|quien|porque|pero|ya\s+que|donde|cuando|mientras|es|son|era|eran|fue|est[aá]|est[aá]n|estaba|tiene"
    r"|tienen|va|van|ha|han)\b",
    re.IGNORECASE,
)
_ARTICLES = frozenset({
    "the", "a", "an", "our", "their", "his", "her", "its", "my", "your", "this", "these", "those", "that", "el",
    "la", "los", "las", "lo", "un", "una", "unos", "unas", "su", "sus", "mi", "mis", "tu", "tus", "nuestro",
    "nuestra", "nuestros", "nuestras", "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas"
})  # fmt: skip
_LINKING = frozenset({
    "and", "or", "of", "the", "a", "an", "to", "for", "with", "in", "on", "at", "by", "from", "about", "y", "o",
    "de", "del", "la", "el", "los", "las", "un", "una", "para", "con", "en", "al", "por", "sobre"
})  # fmt: skip
_NOT_TOPICS = frozenset({
    "i", "we", "they", "she", "he", "you", "it", "me", "us", "yo", "nosotros", "nosotras", "ellos", "ellas", "él",
    "ella", "se", "nos"
})  # fmt: skip


def topic_from(sentence: str) -> str | None:
    """A short topic from one sentence or list item of the notes, or None if it names none."""
    text = sentence.strip(" \t-*•·.!?¡¿").strip()
    text = _LEAD.sub("", text, count=1)
    text = _CLAUSE.split(text, maxsplit=1)[0].strip(" \t.!?\"'")
    words = text.split()
    if len(words) > MAX_TOPIC_WORDS:
        kept = words[:MAX_TOPIC_WORDS]
        cut = max((index for index, word in enumerate(kept) if index >= 2 and word.casefold() in _LINKING), default=0)
        words = kept[:cut] if cut else kept
    while words and words[-1].casefold() in _LINKING:
        words.pop()
    if not words or words[0].casefold() in _NOT_TOPICS or len(" ".join(words)) < 3:
        return None
    if words[0].casefold() in _ARTICLES and words[0][:1].isupper() and words[0][1:].islower():
        words[0] = words[0].lower()  # capitalised only because it began the sentence
    return " ".join(words)


def topics_from_notes(notes: str) -> list[str]:
    """Candidate topics for the letter: one short topic from each sentence and list item of the
    interview notes (see :func:`topic_from`), each once."""
    seen: list[str] = []
    for piece in re.split(r"[\n;•]+|(?<=[.!?])\s+", notes):
        topic = topic_from(piece)
        if topic is not None and topic.casefold() not in {known.casefold() for known in seen}:
            seen.append(topic)
    return seen


# --- checks --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Check:
    ok: bool
    message: str


def words(text: str) -> int:
    return len(re.findall(r"\w+(?:[’'-]\w+)*", text))


def checks(
    kind: LetterKind,
    body: str,
    *,
    language: str,
    interviewer_name: str = "",
    note_limit: int = 200,
    siblings: Iterable[tuple[str, str]] = (),
) -> list[Check]:
    """What a careful sender would look at, as hints: length, the name, thanks and interest, gaps,
    and letters to different interviewers that came out the same. ``siblings`` are (name, body)
    of the same kind of letter to the interview's other interviewers."""
    found: list[Check] = []
    limits = WORD_RANGES.get(kind)
    if kind is LetterKind.LINKEDIN_NOTE:
        size = len(body.strip())
        found.append(
            Check(
                size <= note_limit,
                translate("Letters", "{size} of {limit} characters allowed in a LinkedIn note").format(
                    size=size, limit=note_limit
                ),
            )
        )
    elif limits is not None:
        found.append(_length_check(words(body), *limits))
    leftovers = sorted(set(_LEFTOVER.findall(body)) & set(PLACEHOLDERS))
    if leftovers:
        gaps = ", ".join("{" + n + "} (" + translate("Letters", PLACEHOLDERS[n]) + ")" for n in leftovers)
        found.append(Check(False, translate("Letters", "Fill in: {placeholders}").format(placeholders=gaps)))
    else:
        found.append(Check(True, translate("Letters", "No gaps left to fill")))
    if interviewer_name:
        found.append(_name_check(body, interviewer_name))
    lowered = unicodedata.normalize("NFC", body).casefold()  # accents typed as two characters count too
    if kind in (LetterKind.THANK_YOU, LetterKind.LINKEDIN_NOTE, LetterKind.LINKEDIN_MESSAGE):
        thanks = _says(lowered, _THANKS.get(language, _THANKS["en"]))
        found.append(
            Check(
                thanks,
                translate("Letters", "Thanks them for their time")
                if thanks
                else translate("Letters", "Add a word of thanks for their time"),
            )
        )
    if kind is LetterKind.THANK_YOU:
        interest = _says(_NOT_INTEREST.sub("", lowered), _INTEREST.get(language, _INTEREST["en"]))
        found.append(
            Check(
                interest,
                translate("Letters", "Reaffirms your interest")
                if interest
                else translate("Letters", "Say that you are still interested in the role"),
            )
        )
    for other_name, other_body in siblings:
        if other_body.strip() and _without_names(other_body, other_name) == _without_names(body, interviewer_name):
            found.append(
                Check(
                    False,
                    translate("Letters", "Same as your letter to {name}: add something personal to each").format(
                        name=other_name
                    ),
                )
            )
    return found


def _length_check(count: int, low: int, high: int) -> Check:
    """The body's length in words against the recommended range."""
    if count < low:
        text = translate("Letters", "{count} words: short (aim for {low}–{high})")
    elif count > high:
        text = translate("Letters", "{count} words: long (aim for {low}–{high})")
    else:
        text = translate("Letters", "{count} words: a good length (aim for {low}–{high})")
    return Check(low <= count <= high, text.format(count=count, low=low, high=high))


def _has_word(text: str, words: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


def _name_check(body: str, name: str) -> Check:
    """The name as recorded, as whole words ("Ana" is not in "Analytics"); a near miss is named."""
    body = unicodedata.normalize("NFC", body)
    first = first_name(name)
    if _has_word(body, name) or _has_word(body, first):
        return Check(True, translate("Letters", "Addresses {name} by name").format(name=name))
    folded = fold(body)
    if _has_word(folded, fold(name)) or _has_word(folded, fold(first)):
        return Check(
            False,
            translate("Letters", "Check the spelling of {name}'s name (accents and capitals as recorded)").format(
                name=name
            ),
        )
    return Check(False, translate("Letters", "Mention {name} by name").format(name=name))


# Compound first names, as common in Spanish ("María José", "José Luis", "Miguel Ángel") and a few in
# English ("Mary Ann"): a first word that often begins one, followed by a given name that often
# completes it. Both lists are folded (no accents, no capitals). Names that are also frequent
# surnames (Martín, Andrés, Esteban, Vicente) are left out: "Juan Martín Pérez" is greeted as Juan,
# while "Ana Ruiz Gómez" (one first name, two surnames, as in Spain) stays Ana.
_COMPOUND_STARTS = frozenset({
    "maria", "jose", "juan", "ana", "luis", "miguel", "francisco", "mari", "mary", "anne"
})  # fmt: skip
_COMPOUND_ENDS = frozenset({
    "jose", "luis", "carlos", "pablo", "antonio", "manuel", "javier", "ignacio", "miguel", "angel", "francisco",
    "ramon", "alberto", "enrique", "jesus", "maria", "luisa", "teresa", "carmen", "pilar", "dolores", "isabel",
    "elena", "eugenia", "victoria", "cristina", "belen", "josefa", "fernanda", "mercedes", "rosa", "ann", "anne",
    "jane", "marie"
})  # fmt: skip
_NAME_PARTICLES = ("del", "de la", "de los", "de las")  # "María del Carmen", "María de los Ángeles"


def first_name(name: str) -> str:
    """The name to greet someone by: the first word that is not a title such as "Dr." or "Sra.",
    or a compound first name whole ("María José Pérez" → "María José", "María del Carmen Vidal" →
    "María del Carmen"; see _COMPOUND_STARTS and _COMPOUND_ENDS)."""
    words = [word for word in name.split() if not word.endswith(".")]
    if not words:
        return name.strip()
    if fold(words[0]) in _COMPOUND_STARTS and len(words) > 1:
        rest = " ".join(fold(word) for word in words[1:])
        for particle in _NAME_PARTICLES:
            if rest.startswith(f"{particle} ") and len(words) > particle.count(" ") + 2:
                return " ".join(words[: particle.count(" ") + 3])
        if fold(words[1]) in _COMPOUND_ENDS:
            return " ".join(words[:2])
    return words[0]


def _without_names(body: str, name: str) -> str:
    """The letter with the addressee's name taken out (whole words only: "Ana" is not in "Analytics")."""
    text = body
    for part in sorted({name, *name.split()}, key=len, reverse=True):
        if part:
            text = re.sub(rf"\b{re.escape(part)}\b", "", text)
    return " ".join(text.split())


# --- sending ---------------------------------------------------------------------------------------


def mailto_url(to: str, subject: str, body: str) -> str:
    """A mailto: address that opens the user's mail client with everything filled in (RFC 6068):
    every reserved character is percent-encoded, line breaks as CRLF."""
    crlf_body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    query = f"subject={quote(subject, safe='')}&body={quote(crlf_body, safe='')}"
    return f"mailto:{quote(to, safe='@')}?{query}"


# The letter each follow-up step asks for (a check-in drafts the email; the call script is a choice).
_STEP_LETTERS = {
    FollowUpKind.THANK_YOU: LetterKind.THANK_YOU,
    FollowUpKind.LINKEDIN: LetterKind.LINKEDIN_NOTE,
    FollowUpKind.CHECK_IN: LetterKind.CHECK_IN_EMAIL,
    FollowUpKind.FEEDBACK_REQUEST: LetterKind.FEEDBACK_REQUEST,
    FollowUpKind.ASK_DECISION_DATE: LetterKind.ASK_DECISION_DATE,
    FollowUpKind.REJECTION_REPLY: LetterKind.REJECTION_REPLY,
    FollowUpKind.OFFER_REPLY: LetterKind.OFFER_REPLY,
    FollowUpKind.ASK_EXTENSION: LetterKind.EXTENSION_REQUEST,
    FollowUpKind.SHARE_OFFER: LetterKind.OFFER_NEWS,
    FollowUpKind.ACCEPT_OFFER: LetterKind.OFFER_ACCEPT,
    FollowUpKind.DECLINE_OFFER: LetterKind.OFFER_DECLINE,
    FollowUpKind.WITHDRAW: LetterKind.WITHDRAWAL,
}


def letter_for(step_kind: FollowUpKind) -> LetterKind:
    """The letter a step of this kind asks for (a thank-you letter for any other step)."""
    return _STEP_LETTERS.get(step_kind, LetterKind.THANK_YOU)


def asks_for_a_letter(step_kind: FollowUpKind) -> bool:
    """Whether a step of this kind is done by writing a letter (the window offers to draft it)."""
    return step_kind in _STEP_LETTERS
