"""Words a person reads out from someone else's writing (``A third letter,
Kim told jurors, instructed the cousin ... “If they ask, I was at your
place,” she read.``): the writer's words, relayed by the reader."""

from __future__ import annotations

import re

from quotes.extract.speaker_words import PRONOUNS
from quotes.extract.written_messages import sentence_before
from quotes.records import Quote

#: Cues of reading out.
_READING_CUES = frozenset({"read", "reads", "reading"})
#: Cues of writing: the quotes of a writer whose writing is being read out.
_WRITING_CUES = frozenset({"wrote", "writes", "texted", "messaged"})
#: A piece of writing named just before the words read out, in lower case
#: (not ``Post``, a paper's name), with no owner of its own before it (``his
#: note``, ``her own letter``: the reader's) nor a writer after it (``a
#: message from the victim's mother``: hers).
_WRITING_RE = re.compile(
    r"(?<!\bhis )(?<!\bher )(?<!\bown )(?<!\bmy )(?<!\bour )(?<!\btheir )"
    r"\b(?:letter|note|message|text|email|e-mail|diary|journal|post)s?\b"
    r"(?![ \xa0]+(?:from|by|of|written|sent|that[ \xa0]+(?:he|she|they)))"
)
#: How far back (characters) the writer is quoted.
_WRITER_REACH = 1200


def read_for_writers(quotes: list[Quote], text: str) -> list[Quote]:
    """Give the words a person reads out (cue ``read``) to who wrote them:
    the last person quoted writing (``Denning wrote: “...”``) in the
    :data:`_WRITER_REACH` characters before, when a piece of writing is
    named in the sentence of the words or the one before (``A third letter
    ...``); the reader goes in ``via`` (when named), the mention and the cue
    stay the reader's. ``quotes`` are in reading order; ``text`` is the article."""
    for index, quote in enumerate(quotes):
        if (
            quote.kind == "indirect"
            or (quote.cue or "").lower() not in _READING_CUES
            or quote.speaker is None
        ):
            continue
        writer = _last_writer(quotes[:index], quote)
        if writer is None or not _WRITING_RE.search(text, sentence_before(text, quote.start), quote.start):
            continue
        quote.via = None if quote.speaker.lower() in PRONOUNS else quote.speaker
        quote.speaker, quote.speaker_kind = writer.speaker, writer.speaker_kind
        quote.role, quote.affiliation = writer.role, writer.affiliation
        quote.confidence = round(min(quote.confidence, writer.confidence), 2)
    return quotes


def _last_writer(before: list[Quote], quote: Quote) -> Quote | None:
    """The last of ``before`` quoting another person's writing within reach of ``quote``."""
    for earlier in reversed(before):
        if earlier.end < quote.start - _WRITER_REACH:
            return None
        if (
            (earlier.cue or "").lower() in _WRITING_CUES
            and earlier.speaker_kind == "person"
            and earlier.speaker not in (None, quote.speaker)
        ):
            return earlier
    return None
