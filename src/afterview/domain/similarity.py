"""Letters that look copied: a draft compared with every other letter to the same company.

Interviewers of one company compare notes, so two letters that differ only in the greeting hurt
even when neither is *identical* (that case the letter checks already catch, for letters to the
same interview's people). Here a draft is compared with every other letter to the company (any
application with that company's name, any kind, drafted or sent), and a near copy is flagged with
the paragraph to make personal: the one most like the other letter, the topic paragraph first.

The measure: both letters become their words, folded (no case, no accents) and without the names of
the people they are to; then sets of three consecutive words (shingles); the similarity is their
Jaccard index (shared shingles over all shingles). A changed word changes the three shingles it
is in, so a letter whose greeting alone differs stays above 0.9, while letters that share a
template's skeleton but each have their own topic paragraph fall to about 0.5 (the tests, with
real-length letters in English and Spanish, show both). See :data:`NEAR_COPY`. Pure: no Qt, no
files, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from afterview.domain.folding import fold
from afterview.domain.labels import LETTER_LABELS
from afterview.domain.letters import PER_INTERVIEWER, Check
from afterview.domain.model import Application, Interview, Letter, LetterKind
from afterview.i18n import plural, translate

SHINGLE_WORDS = 3
# At or above this Jaccard index a letter is a near copy. With the tests' real-length letters
# (140-170 words, English and Spanish, the standard thank-you template): the greeting and name alone
# differing gives 0.97-0.99; only the topic's few words swapped, 0.90-0.94; each letter with its own
# topic paragraph (the rest of the template shared), 0.49-0.58. 0.75 sits midway between, so a
# letter made personal in one real paragraph is not flagged, and one that swapped a name or a
# phrase is, with a margin of 0.15 either side for letters a little shorter or longer.
NEAR_COPY = 0.75
MIN_WORDS = 12  # shorter texts ("Thank you!") are alike by nature: not compared
SHORT_PARAGRAPH_WORDS = 8  # a greeting or a sign-off: never the paragraph to make personal
EXCERPT_WORDS = 8

# Word beginnings a topic paragraph uses ("our conversation about …", "hablamos de …"): between
# paragraphs equally like the other letter, the one that talks about the conversation is pointed at.
_TOPIC_CUES = (
    "convers", "discuss", "talked", "mention", "especially", "enjoy",
    "charla", "hablamos", "comentamos", "especialmente", "disfrut",
)  # fmt: skip
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


@dataclass(frozen=True)
class OtherLetter:
    """A letter the draft is compared with, and what the message says about it."""

    kind: LetterKind
    body: str
    addressee: str = ""  # the name of the person it is to ("" if none)
    sent_at: datetime | None = None
    already_compared: bool = False  # the identical-letter check compares it too (same interview and kind)


@dataclass(frozen=True)
class NearCopy:
    other: OtherLetter
    similarity: float
    paragraph: str  # the draft's paragraph to make personal ("" if none stands out)


def words(text: str, names: Iterable[str] = ()) -> list[str]:
    """The words of ``text``, folded, without the words of ``names``."""
    left_out = {word for name in names for word in _WORD.findall(fold(name))}
    return [word for word in _WORD.findall(fold(text)) if word not in left_out]


def shingles(tokens: Sequence[str]) -> set[tuple[str, ...]]:
    """Every run of :data:`SHINGLE_WORDS` consecutive words (the whole text if shorter)."""
    if len(tokens) < SHINGLE_WORDS:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[index : index + SHINGLE_WORDS]) for index in range(len(tokens) - SHINGLE_WORDS + 1)}


def jaccard(first: set[tuple[str, ...]], second: set[tuple[str, ...]]) -> float:
    union = first | second
    return len(first & second) / len(union) if union else 0.0


def similarity(draft: str, other: str, names: Iterable[str] = ()) -> float:
    """How alike two letters are, 0 to 1 (the Jaccard index of their shingles), leaving out ``names``."""
    names = list(names)
    return jaccard(shingles(words(draft, names)), shingles(words(other, names)))


def near_copies(draft: str, addressee: str, others: Iterable[OtherLetter], topic: str = "") -> list[NearCopy]:
    """The other letters the draft is a near copy of, the most alike first.

    A letter the identical-letter check already reports (the same text but for the names) is left to
    it: one warning per problem.
    """
    found = []
    draft_words = len(words(draft))
    for other in others:
        names = [name for name in (addressee, other.addressee) if name]
        if draft_words < MIN_WORDS or len(words(other.body)) < MIN_WORDS:
            continue
        score = similarity(draft, other.body, names)
        if score < NEAR_COPY or (other.already_compared and words(draft, names) == words(other.body, names)):
            continue
        found.append(NearCopy(other, score, paragraph_to_personalise(draft, other.body, names, topic)))
    return sorted(found, key=lambda near: -near.similarity)


def paragraph_to_personalise(draft: str, other: str, names: Iterable[str] = (), topic: str = "") -> str:
    """The draft's paragraph most like ``other`` (the share of its shingles found there); between
    equals, the one naming the topic, then the one with most words about the conversation
    ("especially enjoyed our conversation"), then the first.
    Greetings and sign-offs are never it."""
    names = list(names)
    theirs = shingles(words(other, names))
    folded_topic = " ".join(words(topic))
    best: tuple[float, int, int, int] | None = None
    chosen = ""
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", draft) if part.strip()]
    for position, paragraph in enumerate(paragraphs):
        tokens = words(paragraph, names)
        if len(tokens) < SHORT_PARAGRAPH_WORDS:
            continue
        own = shingles(tokens)
        shared = round(len(own & theirs) / len(own), 1)  # to a tenth: near-equals are equals
        has_topic = int(bool(folded_topic) and folded_topic in " ".join(tokens))
        cues = sum(1 for token in tokens if token.startswith(_TOPIC_CUES))
        rank = (shared, has_topic, cues, -position)
        if best is None or rank > best:
            best, chosen = rank, paragraph
    return chosen


# --- which letters ---------------------------------------------------------------------------------


def _company_key(company: str) -> str:
    return " ".join(fold(company).split())


def letters_to_compare(apps: Iterable[Application], app: Application, draft: Letter) -> list[OtherLetter]:
    """Every other letter to ``app``'s company with some text: in ``app`` (the copy being edited, so
    unsaved drafts count) and in the other applications of the same company (stored)."""
    key = _company_key(app.company)
    sources = [app, *(other for other in apps if other.id != app.id and _company_key(other.company) == key)]
    home = next((interview for interview in app.interviews if any(x is draft for x in interview.letters)), None)
    found = []
    for source in sources:
        for interview in source.interviews:
            for letter in interview.letters:
                if letter is draft or letter.id == draft.id or not letter.body.strip():
                    continue
                found.append(_other(letter, interview, draft, same_interview=interview is home))
    return found


def _other(letter: Letter, interview: Interview, draft: Letter, *, same_interview: bool) -> OtherLetter:
    person = interview.interviewer(letter.interviewer_id or "")
    return OtherLetter(
        kind=letter.kind,
        body=letter.body,
        addressee=person.name if person is not None else "",
        sent_at=letter.sent_at,
        already_compared=same_interview and letter.kind is draft.kind and draft.kind in PER_INTERVIEWER,
    )


# --- what the letter editor shows ------------------------------------------------------------------


def near_copy_checks(draft: str, addressee: str, others: Iterable[OtherLetter], topic: str = "") -> list[Check]:
    """A hint for the letter editor's checks: the closest near copy, the paragraph to make personal,
    and how many more letters the draft is close to; nothing when it is its own."""
    found = near_copies(draft, addressee, others, topic)
    if not found:
        return []
    closest = found[0]
    label = LETTER_LABELS.get(closest.other.kind)
    kind = translate("LetterEditor", label) if label else closest.other.kind.value
    percent = round(closest.similarity * 100)
    if closest.other.addressee:
        text = translate("Similarity", "{percent}% the same as your letter to {name} ({kind})").format(
            percent=percent, name=closest.other.addressee, kind=kind
        )
    else:
        text = translate("Similarity", "{percent}% the same as another letter to this company ({kind})").format(
            percent=percent, kind=kind
        )
    if closest.paragraph:
        excerpt = " ".join(closest.paragraph.split()[:EXCERPT_WORDS])
        text += translate("Similarity", ": make this paragraph your own: “{start}…”").format(start=excerpt)
    if len(found) > 1:
        text += " " + plural(
            len(found) - 1,
            translate("Similarity", "(and close to {count} more letter)"),
            translate("Similarity", "(and close to {count} more letters)"),
        )
    return [Check(False, text)]
