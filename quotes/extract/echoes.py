"""Quotes of a headline or subhead that repeat words said in the body (pure
text over the article's quotes).

A headline quotes a few words of the story below it (``Brenne on the harbour:
‘A pier isn’t a promise’`` over ``“... But a pier isn’t a promise,” Brenne
said``; ``Nurses 'treated as spare parts'`` over ``Nurses are being
treated as spare parts ..., says a report``): the words are the speaker's
whose quote or paraphrase holds them. A headline quote that nothing in the
body says (a title, a slogan) is left as it is.
"""

from __future__ import annotations

import re

from quotes.extract.headline import front_matter
from quotes.extract.lexicon import RECORD_SHOWING_VERBS, verb_forms
from quotes.extract.mentions import speaker_kind
from quotes.extract.partials import take_speaker
from quotes.extract.source_words import DENYING_WORDS, DISOWNING_PAIRS, DISOWNING_WORDS
from quotes.extract.speaker_words import BODY_NOUNS, PRONOUNS
from quotes.extract.title_shapes import TITLE_SMALL_WORDS
from quotes.records import Quote

#: The fewest words a headline quote must hold to be taken for an excerpt of
#: the body (two words, ``top secret``, recur by chance).
_ECHO_MIN_WORDS = 3
#: The longest line taken for a subhead (a short line between blank lines,
#: with no full stop of its own).
_SUBHEAD_MAX = 120
#: How many words in lower case (but a title's small words) make a line of
#: a headline sentence case, not title case.
_SENTENCE_CASE_WORDS = 2
#: Anything but letters, digits and blanks, dropped before words are compared.
_NOT_WORD_RE = re.compile(r"[^\w\s]")
#: How many words before the repeated words, in their sentence, are read for
#: :data:`~quotes.extract.source_words.DISOWNING_WORDS`.
_LEAD_WORDS = 5
#: A word with its apostrophes, for reading the words before an echo.
_WORD_RE = re.compile(r"[\w’']+")
#: A sentence's end inside a quote: ``.``, ``!`` or ``?`` and any closing marks.
_SENTENCE_END_RE = re.compile(r"[.!?][”’\"')]*\s")
#: A closing quotation mark after ``.``, ``!`` or ``?`` ending a line: the end
#: of a paragraph, never of a subhead.
_PARAGRAPH_END_RE = re.compile(r"[.!?][”’\"')]*\Z")
#: A full sentence ending inside a line (``.``, ``!`` or ``?``, a blank and a
#: capital or an opening mark): a paragraph, never a subhead.
_SENTENCE_BREAK_RE = re.compile(r"[.!?][”’\"')]*\s+[A-Z“‘\"']")
#: The forms of the verbs by which a record tells something (``shows``,
#: ``revealed``): a headline's cue that makes no one the speaker of its quote.
_SHOWING_FORMS = frozenset(form for verb in RECORD_SHOWING_VERBS for form in verb_forms(verb))
#: A quotation in marks (double marks, or curly single ones) in the body.
_QUOTATION_RE = re.compile(r"“[^”]*”|\"[^\"\n]*\"|‘[^‘\n]*’(?!\w)")


def words_key(words: str) -> str:
    """``words`` in lower case, without punctuation or apostrophes, one blank
    between words, with a blank on each side: ``“A pier isn’t``
    and ``a pier isnt`` give one key."""
    return " " + " ".join(_NOT_WORD_RE.sub("", words.lower()).split()) + " "


def recurs_in(words: str, text: str) -> bool:
    """True when ``words`` (at least :data:`_ECHO_MIN_WORDS` of them) are said
    again, whole words in the same order, in ``text``."""
    key = words_key(words)
    return len(key.split()) >= _ECHO_MIN_WORDS and key in words_key(text)


def said_again_in(words: str, holder: str) -> bool:
    """True when ``holder`` says ``words`` again (:func:`recurs_in`) as its
    speaker's own: somewhere no word of
    :data:`~quotes.extract.source_words.DISOWNING_WORDS` (or pair of
    :data:`~quotes.extract.source_words.DISOWNING_PAIRS`) stands among the
    few words before them in their sentence (``“It is not a car park with
    boats”``, ``“People ask me where the money has gone”``). Words in title
    case must come back in sentence case: a title keeps its capitals in the
    body (``preview: ‘The Long Night Shift’`` over ``“The Long Night Shift is
    about my father”``), words said lose them (``‘I Think She Will’`` over
    ``“I think she will”``)."""
    if not recurs_in(words, holder):
        return False
    pattern = re.compile(
        r"(?<!\w)"
        + r"\W+".join(r"[^\w\s]*".join(map(re.escape, w)) for w in words_key(words).split())
        + r"(?!\w)",
        re.IGNORECASE,
    )
    titled = not _sentence_case(words)
    return any(
        _owns_lead(holder[: found.start()]) and not (titled and not _sentence_case(found.group()))
        for found in pattern.finditer(holder)
    )


def _owns_lead(before: str) -> bool:
    """True when the last few words of ``before``, in its last sentence, hold
    no word that denies or relays what follows."""
    sentence = before[max((m.end() for m in _SENTENCE_END_RE.finditer(before)), default=0) :]
    lead = _lead_words(sentence)[-_LEAD_WORDS:]
    pairs = {" ".join(lead[i : i + 2]) for i in range(len(lead) - 1)}
    denied = any(w in DISOWNING_WORDS or w.endswith("n't") for w in lead)
    return not denied and not pairs & DISOWNING_PAIRS


def quoted_again_below(words: str, text: str) -> bool:
    """True when a quotation in marks in ``text`` says ``words`` again as its
    speaker's own (:func:`said_again_in`)."""
    return any(said_again_in(words, found.group()) for found in _QUOTATION_RE.finditer(text))


def headed_by_body_words(quotes: list[Quote], text: str) -> list[Quote]:
    """Give each quote of the headline or of a subhead that has no speaker the
    speaker of the body quotes below it, direct or partial, else indirect,
    that hold its words (:func:`recurs_in`), when they are one speaker's
    (words several people say, or words still without a speaker, are left
    as they are); a direct quote that a record's verb gave a speaker is
    read so too (``'We Got Her!': Video Shows Rescue``,
    :func:`_shown_by_a_record`). Quoted words inside the sentence of a headline in title
    case are left too (a name as often as words said), and so are words in
    title case the body gives in title case too (a title). ``quotes`` are in
    text order."""
    body = [q for q in quotes if not _heads(q, text)]
    for quote in quotes:
        if not _heads(quote, text):
            continue
        line_start, line_end = _line_of(quote, text)
        named = quote.speaker is not None and quote.speaker_kind != "anonymous"
        carried = named and not _named_on_line(quote, text, line_start, line_end)
        if named and not carried and _names_someone(quote):
            continue
        if quote.kind != "direct" and not _sentence_case(text[line_start:line_end]):
            continue  # "Bolton Slams ‘Neocons For Hillary’": quoted capitals look like a name
        if carried and any(_said_before(q, quote, text) for q in body):
            continue  # "“This is a national disgrace,” said Mina Sor." over a subhead 'A national disgrace'
        holders = [q for q in body if q.start > quote.end and _holds(q, quote.text, text)]
        quoted = [q for q in holders if q.kind != "indirect"] or holders  # words in marks first
        speakers = {q.speaker for q in quoted}
        if len(speakers) == 1 and None not in speakers and (carried or _may_be(quote, quoted[0])):
            take_speaker(quote, quoted[0])  # the confidence model scores the quote as any other
    return quotes


def _said_before(holder: Quote, quote: Quote, text: str) -> bool:
    """True when ``holder``, a quote before the heading ``quote`` by its own
    speaker, says its words (:func:`_holds`)."""
    return holder.end <= quote.start and holder.speaker == quote.speaker and _holds(holder, quote.text, text)


def _names_someone(quote: Quote) -> bool:
    """True when ``quote``'s speaker is someone the headline names, whose
    words they stay: a person or a body, also as read in lower case (not
    ``Forecasters warn``, ``Landlord's lawyer says``: capitals a headline's
    first word takes), and no record showing the words (``Video Shows``)."""
    assert quote.speaker is not None
    return not _shown_by_a_record(quote) and speaker_kind(quote.speaker.lower()) in ("person", "organization")


def _named_on_line(quote: Quote, text: str, line_start: int, line_end: int) -> bool:
    """True when ``quote``'s speaker is named on its own line (``Mayor: ‘...’``),
    not carried over from a paragraph above (a subhead ``‘He gets it’`` after
    ``..., Paquette said.``) nor found by a pronoun (``he``)."""
    start, end = quote.speaker_start, quote.speaker_end
    if start is None or end is None or not line_start <= start < line_end:
        return False
    return text[start:end].lower() not in PRONOUNS


def _may_be(quote: Quote, holder: Quote) -> bool:
    """True when the headline ``quote``'s speaker may be ``holder``'s: none
    yet, or one described with the holder's role (``Chief Imam charges
    leaders to ‘...’`` over ``The Chief Imam, Sheikh Ali Musa, urged``)."""
    if quote.speaker is None or quote.speaker_kind != "anonymous":
        return True
    return bool(holder.role) and f" {quote.speaker.lower()} " in f" {(holder.role or '').lower()} "


def _shown_by_a_record(quote: Quote) -> bool:
    """True for a direct quote whose cue is a verb by which a record tells
    something (``'We Got Her!': Video Shows Rescue``): the video or poll
    shows the words, someone in the story says them."""
    return quote.kind == "direct" and (quote.cue or "").lower() in _SHOWING_FORMS


def _holds(holder: Quote, words: str, text: str) -> bool:
    """True when the body quote ``holder`` says ``words`` as its speaker's own
    (:func:`said_again_in`), and, for a paraphrase, when no word of
    :data:`~quotes.extract.source_words.DENYING_WORDS` stands between its
    verb of speech and its words (``Sol did not say that ...``)."""
    if not said_again_in(words, holder.text):
        return False
    if holder.kind != "indirect" or holder.cue_start is None or holder.cue_end is None:
        return True
    starts = [p for p in (holder.cue_start, holder.speaker_start) if p is not None]
    ends = [p for p in (holder.cue_end, holder.speaker_end) if p is not None]
    between = text[min(starts) : holder.start] if min(starts) < holder.start else text[holder.end : max(ends)]
    return not any(w in DENYING_WORDS or w.endswith("n't") for w in _lead_words(between))


def _lead_words(text: str) -> list[str]:
    """The words of ``text`` in lower case, curly apostrophes made straight."""
    return [w.lower().replace("’", "'") for w in _WORD_RE.findall(text)]


def _line_of(quote: Quote, text: str) -> tuple[int, int]:
    """``(start, end)`` of the line holding the start of ``quote``."""
    line_start = text.rfind("\n", 0, quote.start) + 1
    line_end = text.find("\n", quote.start)
    return line_start, len(text) if line_end < 0 else line_end


def _sentence_case(words: str) -> bool:
    """True when ``words`` are in sentence case: at least
    :data:`_SENTENCE_CASE_WORDS` words in lower case but a title's small words."""
    lower = [w for w in re.findall(r"\b[a-z][\w-]*", words) if w not in TITLE_SMALL_WORDS]
    return len(lower) >= _SENTENCE_CASE_WORDS


def _heads(quote: Quote, text: str) -> bool:
    """True for a quote in the headline (:func:`front_matter`) or in a subhead:
    a short line standing alone between blank lines that ends no sentence
    (not in ``.``, ``!`` or ``?``, with or without closing marks after them)
    and holds none (``Jon Hale puts it plainly: “Bring back the line.”`` is
    a paragraph)."""
    matter = front_matter(text)
    if matter is not None and quote.start < matter[1]:
        return True
    line_start, line_end = _line_of(quote, text)
    line = text[line_start:line_end].strip()
    blank_before = text[max(0, line_start - 2) : line_start] in ("\n\n", "") or line_start == 0
    blank_after = text[line_end : line_end + 2] in ("\n\n", "")
    paragraph = _PARAGRAPH_END_RE.search(line) is not None or _SENTENCE_BREAK_RE.search(line) is not None
    paragraph = paragraph and not _single_marked_heading(line, text)
    return len(line) <= _SUBHEAD_MAX and blank_before and blank_after and not paragraph


#: A line that is one quotation in single curly marks (``‘Who signed off on this?’``).
_SINGLE_MARKED_LINE_RE = re.compile(r"‘[^‘’]+’")


def _single_marked_heading(line: str, text: str) -> bool:
    """True for a line that is nothing but words in single curly marks in an
    article that quotes in double marks (``‘Who signed off on this?’`` over
    ``..., Lutz asked: “Who signed off on this?”``): a subhead in a
    headline's marks, even when it ends a sentence, not a paragraph of speech."""
    return _SINGLE_MARKED_LINE_RE.fullmatch(line) is not None and "“" in text and line[-2:-1] in "?!"


def headed_by_body_people(quotes: list[Quote], text: str) -> list[Quote]:
    """A headline quote whose speaker is a body named by a bare noun (``as
    union calls pay offer 'an insult'``) takes the speaker of the body quotes
    that say the very same words in marks, when they are one person's and the
    person speaks for a body of that kind (``Gary Pell, the union's
    organiser, called the offer 'an insult'``: affiliation ``Vell Dock
    Workers' Union``): the words are the person's. Not when the body quotes
    are several people's or the person's body is of another kind (``the
    company's director``). ``quotes`` are in text order."""
    body = [q for q in quotes if q.kind != "indirect" and q.speaker is not None and not _heads(q, text)]
    for quote in quotes:
        noun = _body_noun_speaker(quote, text)
        if noun is None or not _heads(quote, text):
            continue
        same = [q for q in body if q.start > quote.end and words_key(q.text) == words_key(quote.text)]
        if len({q.speaker for q in same}) == 1 and _speaks_for(same[0], noun):
            take_speaker(quote, same[0])
    return quotes


def _body_noun_speaker(quote: Quote, text: str) -> str | None:
    """The noun of the body a quote's speaker mention names bare, in lower case
    (``union``, ``the council``), or None."""
    if quote.speaker_kind != "organization" or quote.speaker_start is None or quote.speaker_end is None:
        return None
    mention = text[quote.speaker_start : quote.speaker_end].lower().removeprefix("the ").strip()
    written = text[quote.speaker_start : quote.speaker_end]
    return mention if written.islower() and mention in BODY_NOUNS else None


def _speaks_for(quote: Quote, noun: str) -> bool:
    """True when the speaker of ``quote`` is a person whose body's name holds ``noun``."""
    affiliation = (quote.affiliation or "").lower()
    return quote.speaker_kind == "person" and noun in _NOT_WORD_RE.sub(" ", affiliation).split()
