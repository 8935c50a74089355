"""The answers of an interview printed as questions and answers (pure text):
once an article puts questions on lines of their own (``Q: Why now?``), a
line opening with a speaker's label (``BRENN: I had avoided it.``, ``Ilka
Brenn: ...``) is that speaker's words, when the label answers more than once
or names someone the article names elsewhere. The questions are the interviewer's
and are not stored. A transcript with no ``Q:`` lines (``LUND: Will you sign
it?`` then ``MOSS: I will.``) is read the same way once two labels in capitals,
each on two lines or more, name people the article names elsewhere: then each
of those labels' lines is its speaker's words, the host's questions too.
A record of a legislature's proceedings (``Mr Rourke: I will give way.``,
``Ms Orla Fenwick (Marlow East) (Lab): ...``, ``The Minister for Fisheries
(Mr Declan Rourke): ...``) is read the same way once two members so
labelled speak on three lines or more."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from quotes.extract.speaker_words import NOT_SPEAKERS
from quotes.extract.title_words import COURTESY_TITLES, HONORIFIC_TITLES
from quotes.records import Quote

#: A question put on its own line.
_QUESTION_LINE_RE = re.compile(r"^(?:Q|Question)[:.][ \t]+\S", re.MULTILINE)
#: How many question lines make an article a questions-and-answers interview.
_MIN_QUESTIONS = 2
#: A line opening with a speaker's label: one to three capitalised words and a colon.
_ANSWER_LINE_RE = re.compile(
    r"^(?P<label>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}):[ \t]+(?P<words>\S[^\n]*)", re.MULTILINE
)
#: Labels of the questions and of answers that name nobody.
_NOT_LABELS = frozenset({"Q", "A", "Question", "Answer", "Editor's Note", "Note", "Photo", "Caption"})
#: How many speakers' labels in capitals make a transcript without ``Q:`` lines.
_MIN_TRANSCRIPT_SPEAKERS = 2
#: Titles a record of proceedings puts before a member's name (``Mr``, ``Dame``, ``Dr``).
_MEMBER_TITLES = "|".join(
    sorted(
        {*COURTESY_TITLES, "Dr", "Prof", "Sir", "Dame", "Lord", "Lady", "Baroness", *HONORIFIC_TITLES},
        key=len,
        reverse=True,
    )
)
#: A line of a record of proceedings: a member's title and name, perhaps the
#: office held first (``The Minister for Fisheries (Mr Declan Rourke):``) or the
#: seat and party after (``Ms Orla Fenwick (Marlow East) (Lab):``), a colon, the words.
_MEMBER_LINE_RE = re.compile(
    r"^(?:(?P<office>The[ \t]+[A-Z][^\n():]{0,60}?)[ \t]+\()?(?:" + _MEMBER_TITLES + r")\.?[ \t]+"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})(?(office)\))"
    r"(?:[ \t]+\([^()\n]{1,60}\)){0,2}(?P<colon>:)[ \t]+(?P<words>\S[^\n]*)",
    re.MULTILINE,
)
#: Words of someone speaking, not of a list: the first or second person, or a question.
_SPEAKING_RE = re.compile(r"\b(?:I|we|We|my|My|our|Our|you|You)\b|\?")
#: How many members' lines, and of how many members, make a record of proceedings.
_MIN_MEMBER_LINES = 3
_MIN_MEMBERS = 2
#: The fewest words an answer is kept with.
_MIN_WORDS = 3


def find_answers(text: str, *, taken: Iterable[tuple[int, int]] = ()) -> list[Quote]:
    """The answers of a questions-and-answers interview, as direct quotes whose
    speaker mention is the label (``BRENN``, its words in title case as
    ``speaker``: resolve them through the article's registry), from the first
    question on; none when the article puts fewer than two questions. Answers
    overlapping ``taken`` (quoted words found otherwise) are left out."""
    questions = [question.start() for question in _QUESTION_LINE_RE.finditer(text)]
    speakers = None if len(questions) >= _MIN_QUESTIONS else _transcript_speakers(text)
    if len(questions) < _MIN_QUESTIONS and not speakers:
        return proceedings(text, taken=taken)
    taken = list(taken)
    answers = []
    lines = list(_ANSWER_LINE_RE.finditer(text, questions[0] if questions and speakers is None else 0))
    labels = Counter(line.group("label") for line in lines)
    for line in lines:
        label = line.group("label")
        if speakers is not None and label not in speakers:
            continue  # in a transcript, only the labels of its speakers
        if labels[label] < 2 and not _named_elsewhere(text, label):
            continue  # "WASHINGTON: The city was quiet", "See Also: ...": no one who answers
        start, end = _words_span(text, line)
        if (
            label in _NOT_LABELS
            or label.split()[0] in NOT_SPEAKERS
            or len(text[start:end].split()) < _MIN_WORDS
        ):
            continue
        if any(t_start < end and start < t_end for t_start, t_end in taken):
            continue
        speaker = label.title() if label.isupper() else label
        answers.append(_line_quote(text, line, speaker=speaker, mention="label", colon=line.end("label")))
    return answers


def _words_span(text: str, line: re.Match[str]) -> tuple[int, int]:
    """Where the words of a labelled line start and end (trailing blanks left out)."""
    start, end = line.span("words")
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_quote(
    text: str, line: re.Match[str], *, speaker: str, mention: str, colon: int, role: str | None = None
) -> Quote:
    """The direct quote of a labelled line: its words, the colon as the cue,
    the label's group ``mention`` as the speaker mention, ``speaker`` to
    resolve through the article's registry."""
    return labelled_quote(
        text, words=_words_span(text, line), label=line.span(mention), speaker=speaker, colon=colon, role=role
    )


def labelled_quote(
    text: str,
    *,
    words: tuple[int, int],
    label: tuple[int, int],
    speaker: str,
    colon: int,
    kind: str = "direct",
    role: str | None = None,
    confidence: float = 0.6,
) -> Quote:
    """The quote of words a label and a colon attribute (``MOSS: ...``, ``Mr
    Rourke: ...``, a headline's ``Ilsa Varn: ...``): ``words`` and ``label`` are
    offsets, the colon at ``colon`` is the cue."""
    start, end = words
    return Quote(
        text=text[start:end],
        start=start,
        end=end,
        kind=kind,
        cue=":",
        cue_start=colon,
        cue_end=colon + 1,
        speaker=speaker,
        speaker_start=label[0],
        speaker_end=label[1],
        role=role,
        confidence=confidence,
    )


def _transcript_speakers(text: str) -> frozenset[str]:
    """The labels in capitals of a transcript's speakers (``LUND``, ``MOSS``):
    each opens two lines or more and names someone the article names
    elsewhere; none unless there are two such labels. Else the full names
    labelling an earnings call's or a panel's lines (``Ada Obi: Sure. ...``)."""
    lines = list(_ANSWER_LINE_RE.finditer(text))
    labels = Counter(
        label for line in lines if (label := line.group("label")).isupper() and label not in _NOT_LABELS
    )
    speakers = frozenset(
        label for label, count in labels.items() if count >= 2 and _named_elsewhere(text, label)
    )
    return speakers if len(speakers) >= _MIN_TRANSCRIPT_SPEAKERS else _named_speakers(lines)


def _named_speakers(lines: list[re.Match[str]]) -> frozenset[str]:
    """The full names (two or three words, none a label word) opening two
    labelled lines or more each, when two such names do and most of their
    lines speak in the first or second person or ask; else none."""
    labels = Counter(
        label
        for line in lines
        if 2 <= len((label := line.group("label")).split()) <= 3
        and not label.isupper()
        and all(word[:1].isupper() and word[1:].islower() for word in label.split())
        and label.split()[0] not in NOT_SPEAKERS
        and label not in _NOT_LABELS
    )
    names = frozenset(label for label, count in labels.items() if count >= 2)
    theirs = [line.group("words") for line in lines if line.group("label") in names]
    speaking = sum(1 for words in theirs if _SPEAKING_RE.search(words))
    # "Ada Obi: Chair of the board. ...": a list, though one of its lines says "I think"
    return names if len(names) >= _MIN_TRANSCRIPT_SPEAKERS and 2 * speaking > len(theirs) else frozenset()


def _named_elsewhere(text: str, label: str) -> bool:
    """True when the last word of ``label`` (``BRENN`` -> ``Brenn``) is written
    in the text as a name, not only as a label."""
    word = label.split()[-1]
    return (
        re.search(r"\b" + re.escape(word.title() if word.isupper() else word) + r"\b(?!:)", text) is not None
    )


def proceedings(text: str, *, taken: Iterable[tuple[int, int]] = ()) -> list[Quote]:
    """The speeches of a record of a legislature's proceedings, one direct quote
    per member's line, whose speaker mention is the name in the label (title
    dropped; ``speaker`` holds it, to resolve through the article's registry)
    and whose role is the office the label gives; none unless two members so
    labelled speak on three lines or more, one at least in the first or second
    person or asking. Lines overlapping ``taken``, opening in lower case
    (minutes of what was done) or of fewer than :data:`_MIN_WORDS` words are
    left out."""
    lines = list(_MEMBER_LINE_RE.finditer(text))
    members = {line.group("name").split()[-1] for line in lines}
    if (
        len(lines) < _MIN_MEMBER_LINES
        or len(members) < _MIN_MEMBERS
        or not any(_SPEAKING_RE.search(line.group("words")) for line in lines)
    ):
        return []  # "Dr Ana Lind (Vell): professor of law", "Cllr Kobb: raised the matter": a list, minutes
    taken = list(taken)
    speeches = []
    for line in lines:
        start, end = _words_span(text, line)
        words = text[start:end]
        if (
            len(words.split()) < _MIN_WORDS
            or words[0].isdigit()
            or words[0].islower()  # "agreed to write to the council": minutes of what was done
            or any(s < end and start < e for s, e in taken)
        ):
            continue
        office = line.group("office")
        role = office.removeprefix("The").strip() if office else None
        speeches.append(
            _line_quote(
                text, line, speaker=line.group("name"), mention="name", colon=line.start("colon"), role=role
            )
        )
    return speeches
