"""Who wrote the message a speaker mention names instead of a person (pure
text): ``the email`` after ``X wrote in a later email`` or ``Kobb had
posted online``, ``the message`` after ``a message she said a former
student had sent``, ``Another`` right after a quote of one message, and the
message quoted after a colon that a clause names who sent (``Kobb had sent
a text to a friend which read: “``). It searches the patterns of
:mod:`quotes.extract.message_writers` and its own."""

from __future__ import annotations

import re
from functools import cache

from quotes.extract.descriptions import name_after
from quotes.extract.maker_patterns import MESSAGE_NOUNS, RULING_NOUNS
from quotes.extract.makers import when_or_where
from quotes.extract.mentions import speaker_kind
from quotes.extract.message_writers import message_writer_res, telling_writer_re
from quotes.extract.name_words import NOT_NAME_START
from quotes.extract.sentences import sentence_start_before, sentence_starts
from quotes.extract.title_words import DROPPED_TITLES
from quotes.records import Quote

#: The words opening a mention of one written message (``the email``, ``one message``).
_ONE_MESSAGE_OPENERS = frozenset("the that this one a another".split())
#: A mention of the next of several things alone (``Another, sent later, said``).
_NEXT_ONES = frozenset({"another", "a second", "a third", "the second", "the third", "the next", "the last"})
#: A word of a writer's name (``Kobb``, ``O'Neill``, an initial before more:
#: ``Ada J. Kobb``; not ``Kobb's``).
_WRITER_WORD = r"(?:[A-Z]\.(?=[ \xa0]+[A-Z])|[A-Z][\w-]*(?:['’][A-Z][\w-]*)?)"
#: Who wrote messages, named by capitalised words (``Ansel Kobb``, ``Kobb``),
#: after a title (``Ms. Kobb``: ``Kobb``); the whole run of capitals, and not
#: an owner (``texts from Kobb's phone``).
_WRITER = (
    r"(?:(?:" + "|".join(DROPPED_TITLES) + r")\.?[ \xa0]+)?"
    rf"(?P<maker>{_WRITER_WORD}(?:[ \xa0]+{_WRITER_WORD}){{0,3}})(?![\w’'-]|[ \xa0]+[A-Z])"
)
#: Who wrote a message, described and not named (``a former student``): an
#: indefinite article and up to three lower-case words.
_DESCRIBED_WRITER = r"(?P<maker>(?:an?|one)[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}[a-z][\w-]*)"
#: The verb made of a message's noun, whose subject wrote such messages
#: (``Kobb had posted online about the bar. One post read``).
_MESSAGE_VERBS = {
    "post": "posted",
    "text": "texted",
    "email": "emailed",
    "e-mail": "e-mailed",
    "tweet": "tweeted",
    "message": "messaged",
}
#: What may follow such a verb with no object of its own (``posted online``,
#: ``tweeted about the count``), not ``posted a loss`` nor ``emailed every parent``.
_NO_OBJECT = r"(?:[ \xa0]+(?:online|about|on|that|from|at|in)\b|[ \xa0]*[,.])"
#: Any noun of a written message, one or several.
_ANY_MESSAGE = r"(?:" + "|".join(sorted(MESSAGE_NOUNS)) + r")s?"
#: Words opening a clause of its own after a message sent (``and got a
#: reply``, ``who wrote back``): a ``which read:`` after them may be of
#: another message.
_CLAUSE_OPENERS = r"(?:and|but|then|so|while|who|whom|whose)"
#: The end of a clause naming who sent the message quoted right after its
#: colon (``Kobb had sent a text to a friend which read: “``), with no clause
#: of its own between the message and ``which read``.
_SENT_WHICH_READ_RE = re.compile(
    rf"{_WRITER}[ \xa0]+(?:had[ \xa0]+)?sent[ \xa0]+(?:an?|the)[ \xa0]+(?:[\w-]+[ \xa0]+){{0,2}}?{_ANY_MESSAGE}\b"
    rf"(?:(?!\b{_CLAUSE_OPENERS}\b)[^.!?;:“”\"\n]){{0,160}}\b(?:which|that)[ \xa0]+(?:read|said)[ \xa0]*:[ \xa0]*[“\"‘']?\Z"
)
#: What may close a clause naming the messages quoted right after its colon:
#: no clause nor speech of its own (not ``..., adding: “``).
_UP_TO_COLON = (
    rf"(?:(?!\b(?:{_CLAUSE_OPENERS}|said|says|added|adding|saying|told)\b)[^.!?;:“”\"\n]){{0,160}}"
    r":[ \xa0]*[“\"‘']?\Z"
)
#: Messages named before who sent them, closing a clause right before the
#: colon that opens them (``read to the court text messages Kobb had sent to
#: a victim: “``, ``messages allegedly sent by Kobb to a friend: “``).
_MESSAGES_SENT_COLON_RES = (
    re.compile(
        rf"\b{_ANY_MESSAGE}[ \xa0]+(?:(?:that|which)[ \xa0]+)?{_WRITER}[ \xa0]+(?:had[ \xa0]+)?(?:sent|written|wrote)\b"
        + _UP_TO_COLON
    ),
    re.compile(
        rf"\b{_ANY_MESSAGE}[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:sent|written)[ \xa0]+by[ \xa0]+{_WRITER}"
        + _UP_TO_COLON
    ),
)
#: A conjunction opening a clause of time or cause, right before its subject.
_SUBORDINATE_END_RE = re.compile(r"\b(?:after|before|when|while|as|because|since|until|once|if)[ \xa0]+\Z")
#: The rest of a sentence with no clause of its own (``and was flooded with abuse``).
_NO_CLAUSE_AFTER = rf"(?=(?:(?!\b{_CLAUSE_OPENERS}\b)[^.!?;\n])*[.!?])"


def message_writer(text: str, quote: Quote, previous: Quote | None = None) -> tuple[int, int] | None:
    """Offsets of who wrote the message ``the email`` or ``one message`` that
    ``quote``'s speaker mention stands for, named by the last ``X wrote in a
    later email`` of the 1,500 characters before, or ``messages (he said) X
    had sent`` in the sentence before the quoted words or their own; for
    ``Another`` opening a sentence right after ``previous``, a quote of such a
    message (``“...,” one message read. Another, sent later, said: “...”``),
    who wrote that one."""
    assert quote.speaker_start is not None and quote.speaker_end is not None
    mention, position = text[quote.speaker_start : quote.speaker_end], quote.speaker_start
    if _next_of(text, mention, position, previous):
        assert previous is not None and previous.speaker_start is not None
        quote, mention = previous, text[previous.speaker_start : previous.speaker_end]
    noun = message_noun(mention)
    if noun is None:
        return _relayed_before_colon(text, quote)
    found = [
        match
        for regex in message_writer_res(noun)
        for match in regex.finditer(text, max(0, position - 1500), position)
    ]
    found += [
        match
        for match in telling_writer_re(noun).finditer(text, max(0, position - 1500), position)
        if not _OTHER_WRITING_RE.search(text, match.end(), position)
    ]
    low = sentence_before(text, quote.start)
    found += [
        match
        for regex in _sent_messages_res(noun)
        for match in regex.finditer(text, low, position)
        if not when_or_where(match.group("maker"))
    ]
    found += _senders_named(text, noun, low, position)
    found += [
        match
        for match in _sent_by_res(noun).finditer(text, low, position)
        if _full_name_of_person(match.group("maker"))
    ]
    return (
        _named_writer(text, max(found, key=lambda match: match.start("maker")).span("maker"))
        if found
        else None
    )


#: Someone else writing since (``Her lawyer also wrote to the board``).
_OTHER_WRITING_RE = re.compile(r"\b(?:wrote|writes|written|emailed|sent)\b")


def _named_writer(text: str, writer: tuple[int, int]) -> tuple[int, int]:
    """The name in apposition to a writer described (``His press secretary,
    Ola Brenn, said in a text message``: Ola Brenn), else ``writer``."""
    if (
        writer[0] < writer[1]
        and text[writer[0]].isupper()
        and speaker_kind(text[writer[0] : writer[1]]) == "person"
    ):
        return writer  # a name already
    named = name_after(text, writer[1])
    if named is None or not named.is_name or speaker_kind(named.words) != "person":
        return writer
    return named.start, named.end


def _senders_named(text: str, noun: str, low: int, position: int) -> list[re.Match[str]]:
    """``Kobb had posted online about the bar``, from ``low`` to ``position``:
    who sent the messages of ``noun``, when the verb of the message's noun
    takes no object and no clause follows it (not ``Vell Rovers posted a
    loss``, ``tweeted about it and was flooded with abuse``), a pronoun
    naming no one."""
    if noun not in _MESSAGE_VERBS:
        return []
    return [
        match
        for match in _messaging_verb_re(noun).finditer(text, low, position)
        if not all(word in NOT_NAME_START for word in match.group("maker").split())
    ]


@cache
def _messaging_verb_re(noun: str) -> re.Pattern[str]:
    """``Kobb had posted online``: the subject of the verb of ``noun``, with no object nor clause after it."""
    return re.compile(
        rf"(?<![\w’'-]){_WRITER}[ \xa0]+(?:had[ \xa0]+)?{_MESSAGE_VERBS[noun]}(?={_NO_OBJECT}){_NO_CLAUSE_AFTER}"
    )


def _relayed_before_colon(text: str, quote: Quote) -> tuple[int, int] | None:
    """Offsets of who sent the message quoted right after a colon, named
    after the quote's mention in its sentence: ``Rand told the court Kobb had
    sent a text to a friend which read: “...”`` is Kobb's; else None."""
    assert quote.speaker_end is not None
    if quote.speaker_end > quote.start:
        return None
    found = _SENT_WHICH_READ_RE.search(text, quote.speaker_end, quote.start)
    if found is None:
        return _messages_sent_before_colon(text, quote)
    if found.group("maker").split()[0] in NOT_NAME_START:
        return None
    return None if sentence_starts(text, quote.speaker_end, found.start()) else found.span("maker")


def _messages_sent_before_colon(text: str, quote: Quote) -> tuple[int, int] | None:
    """Offsets of who sent the messages a clause of the quote's sentence,
    holding its mention, names right before the colon opening the quoted
    words (``She read to the court text messages Kobb had sent to a victim,
    after she asked for her money: “...”``); else None."""
    assert quote.speaker_start is not None
    low = sentence_start_before(text, quote.start)
    if quote.speaker_start < low:
        return None
    for regex, sent_by in zip(_MESSAGES_SENT_COLON_RES, (False, True), strict=True):
        found = regex.search(text, low, quote.start)
        if found is None or found.group("maker").split()[0] in NOT_NAME_START:
            continue
        if when_or_where(found.group("maker")) or (
            sent_by and not _full_name_of_person(found.group("maker"))
        ):
            continue
        if _own_verb_after(text, quote, found.end("maker")):
            continue  # "Replying to the email Kobb had sent, the mayor wrote: “...”": the mayor's
        if not found.start("maker") <= quote.speaker_start < found.end("maker"):  # not the writer again
            return found.span("maker")
    return None


def _own_verb_after(text: str, quote: Quote, position: int) -> bool:
    """True when ``quote``'s cue is a word after ``position`` (``..., the mayor
    wrote: “``), not the colon alone nor a verb of a clause of time or cause
    (``..., after she asked for her savings back: “``): the speaker speaks for
    themselves."""
    if quote.cue_start is None or quote.cue_start < position or (quote.cue or ":") == ":":
        return False
    before = text[
        max(0, (quote.speaker_start or quote.cue_start) - 12) : quote.speaker_start or quote.cue_start
    ]
    return _SUBORDINATE_END_RE.search(before) is None


def _next_of(text: str, mention: str, position: int, previous: Quote | None) -> bool:
    """True when ``mention`` (``Another``, ``A second``) at ``position`` opens
    its sentence right after the one ``previous`` is attributed in: the next of
    the things ``previous``'s mention names (not ``“...,” said another``, nor
    after a sentence between them)."""
    if not is_next_one(mention) or not mention[:1].isupper():
        return False
    if previous is None or previous.speaker_start is None or previous.speaker_end is None:
        return False
    return len(sentence_starts(text, previous.speaker_end, position)) <= 1


def is_next_one(mention: str) -> bool:
    """True for a mention of the next of several things alone (``Another``, ``A second``)."""
    return mention.lower() in _NEXT_ONES


def sentence_before(text: str, position: int) -> int:
    """Where the sentence before the one holding ``position`` starts (the
    reach of 1,500 characters when there is none)."""
    low = max(0, position - 1500)
    breaks = sentence_starts(text, low, position)
    return breaks[-2] if len(breaks) > 1 else low


def message_noun(mention: str) -> str | None:
    """The noun of a mention of one written message (``the email``, ``one
    message``, ``a second text``, ``one of the letters``) or ruling (``the
    decision``), or None."""
    words = mention.lower().split()
    if len(words) < 2 or words[0] not in _ONE_MESSAGE_OPENERS:
        return None
    noun = words[-1].removesuffix("s") if words[-2:-1] == ["the"] and "of" in words else words[-1]
    return noun if noun in MESSAGE_NOUNS or noun in RULING_NOUNS else None


@cache
def _sent_messages_res(noun: str) -> tuple[re.Pattern[str], ...]:
    """``text messages he said Ansel Kobb had sent``, ``a message she said a
    former student had sent``, ``letters from Ansel Kobb``: who wrote the
    messages named after their noun (a name, or someone described)."""
    plural = re.escape(noun) + r"s?"
    return (
        re.compile(
            rf"\b{plural}[ \xa0]+(?:(?:that|which|[a-z]+[ \xa0]+said)[ \xa0]+)?{_WRITER}"
            r"[ \xa0]+(?:had[ \xa0]+)?(?:sent|written|wrote|posted)\b"
        ),
        re.compile(
            rf"\b{plural}[ \xa0]+(?:(?:that|which|[a-z]+[ \xa0]+said)[ \xa0]+)?{_DESCRIBED_WRITER}"
            r"[ \xa0]+had[ \xa0]+(?:sent|written|posted)\b"
        ),
        re.compile(rf"\b{plural}[ \xa0]+from[ \xa0]+{_WRITER}"),
    )


def _full_name_of_person(words: str) -> bool:
    """True for a person's name of two words or more (``Ansel Kobb``), not a
    body's (``Royal Post``), a day or a channel (``Friday``, ``Telegram``)."""
    return len(words.split()) > 1 and speaker_kind(words) == "person"


@cache
def _sent_by_res(noun: str) -> re.Pattern[str]:
    """``WhatsApp messages allegedly sent by Ansel Kobb``: who wrote the
    messages of ``noun``, named after ``sent by`` (a person only: ``letters
    sent by Royal Post`` names the carrier)."""
    return re.compile(
        rf"\b{re.escape(noun)}s?[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:sent|written|posted)[ \xa0]+by[ \xa0]+{_WRITER}"
    )
