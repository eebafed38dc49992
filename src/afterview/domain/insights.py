"""What the candidate's own records say about their search: the question bank and the insights.

Pure functions of the applications, the follow-up plan and "now" (always passed in), so the Qt views
only draw what these return and every count here is unit-tested without a window:

- :func:`question_bank` gathers every question ever asked, grouped however it was typed;
- :func:`funnel`, :func:`thank_you_record`, :func:`rating_trend` and :func:`recurring_themes` are
  the four pictures of the Insights view, and :func:`encouragement` the sentence above them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from afterview.domain.model import Application, FollowUpKind, FollowUpState, Interview, OutcomeKind, Stage
from afterview.domain.plan import Step
from afterview.i18n import QT_TRANSLATE_NOOP, plural, translate

# --- the question bank --------------------------------------------------------------------------


@dataclass(frozen=True)
class BankEntry:
    """One question, however many times and however it was worded; "latest" is the most recent interview's."""

    question: str  # as worded the latest time
    times_asked: int
    latest_answer: str
    latest_rating: int | None
    last_asked: datetime  # the start of that interview, in the interview's own time zone
    company: str
    to_improve: str


_SPACE = re.compile(r"\s+")


def normalise_question(text: str) -> str:
    """The form two wordings of one question share: "Why us?" and "why  us ?" are both "why us".

    Case-folded, accents composed one way (NFC), runs of spaces collapsed, punctuation and spaces
    trimmed from both ends (Spanish opens questions with "¿").
    """
    folded = _SPACE.sub(" ", unicodedata.normalize("NFC", text).casefold())
    start, end = 0, len(folded)
    while start < end and _is_trimmable(folded[start]):
        start += 1
    while end > start and _is_trimmable(folded[end - 1]):
        end -= 1
    # A "question" that is only punctuation ("???") still groups with its exact twins.
    return folded[start:end] or folded.strip()


def _is_trimmable(character: str) -> bool:
    return character.isspace() or unicodedata.category(character).startswith("P")


def question_bank(applications: Iterable[Application]) -> list[BankEntry]:
    """Every question from every review, most asked first (then most recently asked).

    Each time a question appears in a review counts once. On a tie between two interviews that
    started at the same moment, the one met later in the data counts as the latest.
    """
    counts: dict[str, int] = defaultdict(int)
    latest: dict[str, BankEntry] = {}
    for app in applications:
        for interview in app.interviews:
            if interview.assessment is None:
                continue
            started = interview.local_starts_at()
            for review in interview.assessment.questions:
                key = normalise_question(review.question)
                counts[key] += 1
                previous = latest.get(key)
                if previous is None or started >= previous.last_asked:
                    latest[key] = BankEntry(
                        question=review.question.strip(),
                        times_asked=0,  # filled in below, once every occurrence is counted
                        latest_answer=review.answer,
                        latest_rating=review.rating,
                        last_asked=started,
                        company=app.company,
                        to_improve=review.to_improve,
                    )
    entries = [
        BankEntry(
            entry.question,
            counts[key],
            entry.latest_answer,
            entry.latest_rating,
            entry.last_asked,
            entry.company,
            entry.to_improve,
        )
        for key, entry in latest.items()
    ]
    entries.sort(key=lambda entry: (-entry.times_asked, -entry.last_asked.timestamp(), entry.question.casefold()))
    return entries


# --- the funnel ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Funnel:
    applied: int  # every application
    interviewed: int  # at least one interview that has started
    offers: int  # an offer made (accepted or not)


OFFER_STAGES = frozenset({Stage.OFFER, Stage.ACCEPTED})


def funnel(applications: Iterable[Application], now: datetime) -> Funnel:
    applied = interviewed = offers = 0
    for app in applications:
        applied += 1
        if any(interview.starts_at <= now for interview in app.interviews):
            interviewed += 1
        if app.stage in OFFER_STAGES or (app.outcome is not None and app.outcome.kind is OutcomeKind.OFFER):
            offers += 1
    return Funnel(applied, interviewed, offers)


# --- thank-you letters on time ------------------------------------------------------------------


@dataclass(frozen=True)
class LetterRecord:
    """The thank-you letters that are due by now (their deadline has passed, or they were sent)."""

    on_time: int  # done at or before the deadline
    late: int  # done after the deadline, or done at a time not recorded
    not_sent: int  # deadline passed, not done (or skipped)

    @property
    def due(self) -> int:
        return self.on_time + self.late + self.not_sent


def thank_you_record(steps: Iterable[Step], now: datetime) -> LetterRecord:
    """How many of the thank-you letters due so far went out on time.

    Letters still inside their window and not yet sent are not counted either way: there is still
    time. The plan holds no steps for withdrawn or accepted processes, nor thank-you steps for
    rejected ones, so those letters are not counted here.
    """
    on_time = late = not_sent = 0
    for step in steps:
        if step.kind is not FollowUpKind.THANK_YOU:
            continue
        done = step.state is FollowUpState.DONE
        if done:
            if step.done_at is not None and (step.deadline is None or step.done_at <= step.deadline):
                on_time += 1
            else:
                late += 1
        elif step.deadline is not None and step.deadline <= now:
            not_sent += 1
    return LetterRecord(on_time, late, not_sent)


# --- the self-rating trend ----------------------------------------------------------------------


@dataclass(frozen=True)
class RatingPoint:
    when: datetime  # the interview's start, in its own time zone
    rating: int  # the overall self-rating, 1–5
    company: str


def rating_trend(applications: Iterable[Application]) -> list[RatingPoint]:
    """The overall self-rating of every reviewed interview, oldest first."""
    points = [
        RatingPoint(interview.local_starts_at(), interview.assessment.overall_rating, app.company)
        for app in applications
        for interview in app.interviews
        if interview.assessment is not None and interview.assessment.overall_rating is not None
    ]
    points.sort(key=lambda point: point.when)
    return points


# --- improvement themes that keep coming back ---------------------------------------------------


@dataclass(frozen=True)
class Theme:
    text: str  # a word or a two-word phrase
    interviews: int  # in how many different interviews' "to improve" notes it appears


# Words that say nothing on their own, in English and Spanish (the two languages of the users): the
# little words, the verbs every note to self starts with ("prepare", "practise"), and the fragments
# contractions leave behind ("don't" splits into "don" and "t").
_ENGLISH = """
    a about after again all also am an and any are as at be been before being but by can could did
    do does doing don didn doesn isn wasn weren aren won wouldn shouldn couldn haven hasn ve ll re
    for from get got had has have having he her him his how i if in into is it its just me more most
    my no not now of off on once only or other our out over own same she should so some such than
    that the their them then there these they this those through to too under until up very was we
    were what when where which while who why will with would you your yours myself next time
    better much many really way thing things bit little lot less
    give make prepare practice practise try need needs keep use
"""
_SPANISH = """
    al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el
    ella ellas ellos en entre era es esa esas ese eso esos esta estaba estar estas este esto estos
    fue fueron ha había han hasta hay la las le les lo los más me mi mis mucho muy nada ni no nos
    nosotros o otra otras otro otros para pero poco por porque que qué se sea ser si sí sin sobre
    son su sus también tan tanto te tener tengo ti tu tus un una uno unos unas y ya yo vez mejor
    menos dar hacer preparar practicar mejorar intentar tratar necesito debo debería
"""
STOP_WORDS = frozenset(_ENGLISH.split()) | frozenset(_SPANISH.split())
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")  # words, and each punctuation mark (which ends a phrase)
MIN_WORD_LENGTH = 3

Term = tuple[str, ...]  # one word, or a two-word phrase


def theme_terms(text: str) -> set[Term]:
    """The meaningful words of one note, and the two-word phrases they form ("slow down", "eye contact").

    Lower case; a stop word, a number or a punctuation mark between two words breaks the phrase.
    """
    terms: set[Term] = set()
    previous: str | None = None
    for token in _TOKEN.findall(unicodedata.normalize("NFC", text).casefold()):
        if _meaningful(token):
            terms.add((token,))
            if previous is not None:
                terms.add((previous, token))
            previous = token
        else:
            previous = None
    return terms


def theme_words(text: str) -> set[str]:
    return {term[0] for term in theme_terms(text) if len(term) == 1}


def _meaningful(token: str) -> bool:
    return len(token) >= MIN_WORD_LENGTH and token[0].isalnum() and not token.isdigit() and token not in STOP_WORDS


def recurring_themes(applications: Iterable[Application], *, limit: int = 5, at_least: int = 2) -> list[Theme]:
    """The words and phrases that come back in the "to improve" notes of at least two different interviews.

    A plural counts with its singular when both appear ("examples" with "example"). A word that
    comes back no more often than a phrase it is part of is shown as that phrase only ("slow down",
    not also "slow" and "down"). Most frequent first, phrases before words, then alphabetically, so
    the list does not shuffle between refreshes.
    """
    per_interview = [_improvement_terms(interview) for app in applications for interview in app.interviews]
    vocabulary = {term[0] for terms in per_interview for term in terms if len(term) == 1}

    def singular(word: str) -> str:
        stem = word[:-1]
        return stem if word.endswith("s") and len(stem) >= MIN_WORD_LENGTH and stem in vocabulary else word

    counts: dict[Term, int] = defaultdict(int)
    for terms in per_interview:
        for term in {tuple(singular(word) for word in term) for term in terms}:
            counts[term] += 1
    kept = {term: count for term, count in counts.items() if count >= at_least}
    for phrase in [term for term in kept if len(term) > 1]:
        for word in phrase:
            if (word,) in kept and kept[(word,)] <= kept[phrase]:
                del kept[(word,)]
    ranked = sorted(kept.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))
    return [Theme(" ".join(term), count) for term, count in ranked[:limit]]


def _improvement_terms(interview: Interview) -> set[Term]:
    assessment = interview.assessment
    if assessment is None:
        return set()
    terms = theme_terms(assessment.to_improve)
    for review in assessment.questions:
        terms |= theme_terms(review.to_improve)
    return terms


# --- all together, and the sentence above them --------------------------------------------------


@dataclass(frozen=True)
class Insights:
    funnel: Funnel
    letters: LetterRecord
    ratings: tuple[RatingPoint, ...]
    themes: tuple[Theme, ...]


def insights(applications: Sequence[Application], steps: Iterable[Step], now: datetime) -> Insights:
    return Insights(
        funnel(applications, now),
        thank_you_record(steps, now),
        tuple(rating_trend(applications)),
        tuple(recurring_themes(applications)),
    )


NO_DATA = QT_TRANSLATE_NOOP("Insights", "Add your first interview to see how your search is going.")


def no_data() -> str:
    """:data:`NO_DATA` in the user's language."""
    return translate("Insights", NO_DATA)


def _offers(count: int) -> str:
    return plural(count, translate("Insights", "{count} offer"), translate("Insights", "{count} offers"))


def _interviews(count: int) -> str:
    return plural(count, translate("Insights", "{count} interview"), translate("Insights", "{count} interviews"))


def encouragement(found: Insights) -> str:
    """A short, factual, encouraging sentence about the search so far."""
    counts = found.funnel
    if counts.applied == 0:
        return no_data()
    facts: list[str] = []
    letters = found.letters
    if letters.due:
        interviewers = plural(
            letters.due, translate("Insights", "{count} interviewer"), translate("Insights", "{count} interviewers")
        )
        facts.append(
            translate("Insights", "You have thanked {on_time} of {interviewers} on time.").format(
                on_time=letters.on_time, interviewers=interviewers
            )
        )
    ratings = found.ratings
    if len(ratings) >= 2 and ratings[-1].rating > ratings[0].rating:
        facts.append(
            translate("Insights", "Your self-rating has risen from {first} to {last}.").format(
                first=ratings[0].rating, last=ratings[-1].rating
            )
        )
    if counts.offers:
        facts.append(
            plural(
                counts.offers,
                translate("Insights", "{count} offer so far: well done."),
                translate("Insights", "{count} offers so far: well done."),
            )
        )
        return " ".join(facts)
    if counts.interviewed == 0:
        facts.append(
            plural(
                counts.applied,
                translate("Insights", "You have sent {count} application."),
                translate("Insights", "You have sent {count} applications."),
            )
        )
        facts.append(no_data())
    elif counts.applied == 1:
        facts.append(translate("Insights", "Your application reached an interview."))
    elif counts.interviewed == counts.applied:
        facts.append(
            translate("Insights", "All {count} of your applications reached an interview.").format(count=counts.applied)
        )
    else:
        facts.append(
            translate("Insights", "{interviewed} of your {applied} applications reached an interview.").format(
                interviewed=counts.interviewed, applied=counts.applied
            )
        )
    facts.append(translate("Insights", "Keep going: the call will come."))
    return " ".join(facts)


# --- the same numbers in words, for screen readers (the charts are paintings) --------------------


def describe_funnel(counts: Funnel) -> str:
    return translate("Insights", "{applied} applied, {interviewed} interviewed, {offers}").format(
        applied=counts.applied, interviewed=counts.interviewed, offers=_offers(counts.offers)
    )


def describe_letters(record: LetterRecord) -> str:
    if record.due == 0:
        return translate("Insights", "No thank-you letters due yet.")
    letters = plural(
        record.due,
        translate("Insights", "{count} thank-you letter"),
        translate("Insights", "{count} thank-you letters"),
    )
    return translate("Insights", "{on_time} of {letters} sent on time, {late} sent late, {not_sent} not sent.").format(
        on_time=record.on_time, letters=letters, late=record.late, not_sent=record.not_sent
    )


def describe_ratings(points: Sequence[RatingPoint]) -> str:
    if not points:
        return translate("Insights", "No interview rated yet.")
    first, last = points[0], points[-1]
    if len(points) == 1:
        return translate("Insights", "1 interview rated: {rating} out of 5 on {day}.").format(
            rating=first.rating, day=first.when.date().isoformat()
        )
    average = sum(point.rating for point in points) / len(points)
    text = translate(
        "Insights",
        "{count} interviews rated, from {first} out of 5 on {first_day} "
        "to {last} out of 5 on {last_day}; average {average}.",
    ).format(
        count=len(points),
        first=first.rating,
        first_day=first.when.date().isoformat(),
        last=last.rating,
        last_day=last.when.date().isoformat(),
        average=f"{average:.1f}",
    )
    if len(points) <= 12:
        ratings = ", ".join(str(point.rating) for point in points)
        text += " " + translate("Insights", "In order: {ratings}.").format(ratings=ratings)
    return text


def describe_themes(themes: Sequence[Theme]) -> str:
    if not themes:
        return translate("Insights", "No point to improve has come back in two interviews yet.")
    listed = ", ".join(
        translate("Insights", "{theme} in {interviews}").format(
            theme=theme.text, interviews=_interviews(theme.interviews)
        )
        for theme in themes
    )
    return translate("Insights", "Points to improve that keep coming back: {themes}.").format(themes=listed)
