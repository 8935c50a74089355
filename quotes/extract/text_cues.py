"""Cues in the plain text around a direct quote, where the parse gives none:
a signature (``“...” ― Mara Venn``), a document that speaks (``the editorial
read``), a speaker's label (``Kobb: “...”``), someone's words (``Venn’s reply
was: “...”``, ``“...” That was the message from Ina Moss``), and the names the parse lost between a quote and its cue
(``“...,” Ansel Kobb, a harbour pilot, said``). Each finder returns a
:class:`~quotes.extract.cues.Cue` (or the speaker's offsets) or None.
"""

from __future__ import annotations

import re

from quotes.extract.cues import Cue
from quotes.extract.frames import sentence_goes_on, start_of_line
from quotes.extract.lexicon import ASKED_BY_BREAKS
from quotes.extract.name_runs import names_someone
from quotes.extract.name_words import NOT_NAME_START
from quotes.extract.patterns import (
    CLAIMED_WORDS_RE,
    DOCUMENT_SAID_RE,
    HEADLINE_SPEAKER_RE,
    INLINE_SPEAKER_RE,
    NAME_APPOS_BEFORE_RE,
    NAME_WORDS,
    NAMED_BEFORE_CUE_RES,
    OWNED_WORDS_RE,
    SIGNATURE_LINE_RE,
    SIGNATURE_RE,
    UNCLOSED_SIGNATURE_RE,
)
from quotes.extract.quotemarks import QuotedSpan
from quotes.extract.sentences import sentence_starts
from quotes.extract.source_words import MEDIA_LABELS
from quotes.extract.speaker_words import (
    NOT_A_SPEAKER_START,
    NOT_HEADLINE_SOURCES,
    NOT_SPEAKERS,
    SOURCE_NOUNS,
    SPEAKER_NOUNS,
)

#: A word of who put a question, not one that says what or when they asked.
_ASKER_WORD = r"(?!(?:" + "|".join(sorted(ASKED_BY_BREAKS)) + r")[ \xa0,])[\w.'’-]+"
#: A question someone put, opening the sentence before its quotation (``Asked by
#: a reporter, “...?”``, ``When asked by Ola Ruud, “...?”``): the asker, a few
#: words with no clause of their own (not ``asked by reporters about the delay,``).
_ASKED_BY_RE = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?][ \xa0])|(?<=[.!?][\"”][ \xa0]))(?:When[ \xa0]+)?"
    r"(?P<cue>[Aa]sked)[ \xa0]+by[ \xa0]+"
    r"(?P<asker>" + _ASKER_WORD + r"(?:[ \xa0]+" + _ASKER_WORD + r"){0,4}),[ \xa0]*\Z"
)
#: Nothing but the sentence's end after a cue (``Vell said.``).
_ENDS_SENTENCE_RE = re.compile(r"[ \xa0]*[.!]")

#: Short words that show a line is a sentence rather than a signature.
_VERB_WORDS = ("is", "are", "was", "were", "has", "have", "will", "can")


def named_subject_after(text: str, after_start: int, cue_start: int) -> tuple[int, int] | None:
    """``“...,” Ansel Kobb, the mayor's former chief of staff, said``: the name
    (or noun phrase) between a quote and a cue whose subject the parse lost."""
    matches = (regex.match(text, after_start, cue_start) for regex in NAMED_BEFORE_CUE_RES)
    named = next((match for match in matches if match is not None), None)
    if named is None or named.group(1).split()[0] in NOT_SPEAKERS:
        return None
    return named.start(1), named.end(1)


def name_apposed_to_posts(text: str, after_start: int, cue_start: int) -> tuple[int, int] | None:
    """``“...,” Corvane’s co-founder and chief executive, Lotte van Dijk,
    said``: the name in apposition to the posts that fill the words between a
    quote and its cue, the speaker whatever the parse made of the posts (it
    splits ``co-founder`` and may take ``founder``, or the quote, for the subject)."""
    named = NAMED_BEFORE_CUE_RES[1].match(text, after_start, cue_start)
    if named is None or named.group(1).split()[0] in NOT_SPEAKERS:
        return None
    return named.start(1), named.end(1)


def named_subject_before(text: str, frame_start: int, cue_start: int) -> tuple[int, int] | None:
    """``..., Col. Ansel Kobb, a harbour spokesman, said, “...”``: a name and its
    appositive right before a cue whose subject the parse lost."""
    named = NAME_APPOS_BEFORE_RE.search(text, frame_start, cue_start)
    if named is None or not names_someone(named.group(1)):
        return None
    return named.start(1), named.end(1)


#: Capitalised words right before a cue, maybe after a word opening the
#: sentence (``And Lund| called``).
_NAME_RIGHT_BEFORE_RE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*[ \xa0]+){0,2}[A-Z][\w'’-]*)[ \xa0]+\Z")


def name_right_before(text: str, cue_start: int) -> tuple[int, int] | None:
    """``And Lund called Orrin “...”``: the name right before a cue
    whose subject the parse took from after it, without a word opening the
    sentence (``And``); None when no name stands there (``and calls people``)."""
    found = _NAME_RIGHT_BEFORE_RE.search(text, max(0, cue_start - 60), cue_start)
    if found is None:
        return None
    start, words = found.start(1), found.group(1).split()
    while words and words[0] in NOT_NAME_START:
        start = text.index(words[1], start) if len(words) > 1 else found.end(1)
        words = words[1:]
    return (start, found.end(1)) if words and names_someone(" ".join(words)) else None


def document_cue(text: str, span: QuotedSpan, after_start: int, line_end: int) -> Cue | None:
    """``“...,” the editorial read``: a document after a quote closed by a comma,
    with a verb the parse takes for a noun."""
    if span.close_at is None or "," not in text[span.end : after_start + 1]:
        return None
    document = DOCUMENT_SAID_RE.match(text, after_start, line_end)
    if document is None or document.group("noun") not in SOURCE_NOUNS:
        return None
    return Cue(
        start=document.start("verb"),
        end=document.end("verb"),
        text=document.group("verb"),
        subject=(document.start(1), document.end(1)),
        confidence=0.9,
    )


#: The sentence after a quote that names whose words they were (``That was the
#: message from Ina Moss``, ``Those were the words of the mayor``).
_WHOSE_WORDS_RE = re.compile(
    r"[ \t\xa0]*((?:That|This|Those|These|Such)[ \xa0]+(?:was|were|is|are)[ \xa0]+(?:the[ \xa0]+)?"
    r"(?:[\w-]+[ \xa0]+){0,2}?(?:message|word|words|verdict|warning|promise|reaction|reply|answer|"
    r"assessment|advice|plea|vow|pledge|prediction)[ \xa0]+(?:from|of))[ \xa0]+"
    r"("
    + NAME_WORDS
    + r"|(?:the|its|their|his|her)[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}?(?P<noun>[a-z][\w-]*))"
)


#: The sentence after a quote, maybe opening the next paragraph, that says who
#: put it so (``That is how Marit Sol, 68, explains ...``, ``That's how Kobb puts it``).
_HOW_SAID_RE = re.compile(
    r"\s*((?:That|This)(?:[’']s|[ \xa0]+is|[ \xa0]+was)[ \xa0]+how)[ \xa0]+("
    + NAME_WORDS
    + r")(?:,[^,\n]{1,40},)?[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:puts|put|explains|explained|sums|summed|describes"
    r"|described|recalls|recalled|remembers|remembered|tells|told|says|said|sees|saw)\b"
)


#: A title after a quote naming who was interviewed (``“...”: a conversation with Leo Varga``).
_INTERVIEW_TITLE_RE = re.compile(
    r"[ \t\xa0]*[:—–][ \t\xa0]*((?:[Aa]n?|[Oo]ur)[ \xa0]+(?:[a-z]+[ \xa0]+)?(?:conversation|interview|chat)"
    r"[ \xa0]+with)[ \xa0]+(" + NAME_WORDS + r")"
)


def whose_words_cue(text: str, span: QuotedSpan, after_start: int) -> Cue | None:
    """``“...” That was the message from Ina Moss``: the quote ends its sentence
    and the next names whose words they were (``That is how Marit Sol explains
    ...``, also opening the next paragraph); or a title names who was
    interviewed (``“...”: a conversation with Leo Varga``)."""
    title = _INTERVIEW_TITLE_RE.match(text, after_start) if span.close_at is not None else None
    if title is not None:
        return Cue(
            start=title.start(1), end=title.end(1), text=title.group(1), subject=title.span(2), confidence=0.7
        )
    if span.close_at is None or not text[span.start : span.end].rstrip().endswith((".", "!", "?")):
        return None
    how = _HOW_SAID_RE.match(text, after_start)
    if how is not None:
        return Cue(start=how.start(1), end=how.end(1), text=how.group(1), subject=how.span(2), confidence=0.7)
    found = _WHOSE_WORDS_RE.match(text, after_start)
    if found is None or (found.group("noun") and found.group("noun") not in SPEAKER_NOUNS):
        return None  # "the words of the mayor", not "the message of the day"
    return Cue(
        start=found.start(1), end=found.end(1), text=found.group(1), subject=found.span(2), confidence=0.7
    )


def signature_cue(text: str, span: QuotedSpan, after_start: int, cue: Cue | None) -> Cue | None:
    """``“...” ― Mara Venn``, or the name alone on the line after the quote
    (``- Venn.``), or on the last line of a quote left open: a name signing the
    quote, when it comes before ``cue`` (or ``cue`` has no speaker)."""
    lacks_speaker = cue is None or cue.subject is None
    signature = None
    if span.close_at is not None:
        signature = SIGNATURE_RE.match(text, after_start)
        if signature is None and lacks_speaker:
            signature = SIGNATURE_LINE_RE.match(text, after_start)
    elif lacks_speaker:
        signature = UNCLOSED_SIGNATURE_RE.match(text, span.end)
        if signature is not None and _has_verb_word(signature.group(0)):
            signature = None
    if signature is None or (cue is not None and cue.start <= signature.end(1)):
        return None
    return Cue(
        start=signature.start(),
        end=signature.start(1),
        text="―",
        subject=(signature.start(1), signature.end(1)),
        confidence=0.8,
    )


def _has_verb_word(line: str) -> bool:
    """True when a short line reads as a sentence (a verb form among its
    lower-case words), not a signature."""
    return any(w.endswith(("ed", "ing")) or w in _VERB_WORDS for w in re.findall(r"\b[a-z]+\b", line))


def label_cue(text: str, span: QuotedSpan) -> Cue | None:
    """``Kobb: “...”`` opening a line (a headline's speaker, a transcript), or
    after a dash: the name before the colon speaks."""
    line_start = start_of_line(text, span.open_at)
    match = HEADLINE_SPEAKER_RE.match(text, line_start, span.open_at)
    if match is not None and match.group(1).split()[0].lower() in NOT_HEADLINE_SOURCES:
        match = None  # "Review: Mira Holt finds her voice on “Salt and Iron”": a label, not a source
    if match is None:
        match = INLINE_SPEAKER_RE.search(text, max(line_start, span.open_at - 60), span.open_at)
    if match is None or _labels_media(match.group(1).split()[0]) or sentence_goes_on(text, span):
        return None
    return Cue(start=match.end(1), end=match.end(1) + 1, text=":", subject=match.span(1), confidence=0.6)


def _labels_media(word: str) -> bool:
    """True when ``word`` before a colon is a page's label, no speaker
    (``Watch``, ``Editor``, ``VIDEO``, ``PHOTO``: :data:`MEDIA_LABELS` in any case)."""
    return word in NOT_SPEAKERS or word.lower() in MEDIA_LABELS


def claimed_words_cue(text: str, span: QuotedSpan) -> Cue | None:
    """``Kobb's claim that “...” is false, Ada Obi said``: the claimed words are Kobb's."""
    claimed = CLAIMED_WORDS_RE.search(
        text, max(start_of_line(text, span.open_at), span.open_at - 120), span.open_at
    )
    if claimed is None or claimed.group(1).split()[0] in NOT_A_SPEAKER_START:
        return None
    noun = claimed.span("noun")
    return Cue(
        start=noun[0], end=noun[1], text=claimed.group("noun"), subject=claimed.span(1), confidence=0.6
    )


def owned_words_cue(text: str, span: QuotedSpan) -> Cue | None:
    """``Venn’s response was: “...”``: whose words they are."""
    line_start = start_of_line(text, span.open_at)
    owned = OWNED_WORDS_RE.search(text, max(line_start, span.open_at - 120), span.open_at)
    if owned is None or owned.group(1).split()[0] in NOT_A_SPEAKER_START:
        return None
    return Cue(
        start=owned.start("noun"),
        end=owned.end("noun"),
        text=owned.group("noun"),
        subject=owned.span(1),
        confidence=0.6,
    )


def asked_by_cue(text: str, span: QuotedSpan, after: Cue | None) -> Cue | None:
    """``Asked by a reporter, “Are the shops safe?” Dunn said ...``: one
    question opening its sentence after who put it is the asker's words, not
    those of whoever answers after it. Words of more than one sentence, or that
    a cue right after them ending the sentence takes for object (``Asked by
    reporters, “Why would I resign?” Vell said.``: the ``after`` cue), are the answer."""
    words = text[span.start : span.end].rstrip()
    if not words.endswith("?") or sentence_starts(words, 0, len(words)) or _said_alone(text, span, after):
        return None
    asked = _ASKED_BY_RE.search(text, max(0, span.open_at - 80), span.open_at)
    if asked is None or asked.group("asker").split()[0] in NOT_A_SPEAKER_START:
        return None
    return Cue(
        start=asked.start("cue"),
        end=asked.end("cue"),
        text=asked.group("cue"),
        subject=asked.span("asker"),
        confidence=0.6,
    )


def _said_alone(text: str, span: QuotedSpan, after: Cue | None) -> bool:
    """True when the cue right ``after`` the quoted span, with its subject, ends the
    sentence (``“...?” Vell said.``, ``said Vell.``): the words are its object."""
    if after is None or after.subject is None or after.start < span.end:
        return False
    return _ENDS_SENTENCE_RE.match(text, max(after.end, after.subject[1])) is not None
