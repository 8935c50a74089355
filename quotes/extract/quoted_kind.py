"""Whether quoted words are speech: a direct quote, a partial quote, or nobody's
statement (a work's title, a scare quote, a stage direction, a byline's promo)."""

from __future__ import annotations

import re
from functools import lru_cache

from quotes.extract.cues import Cue
from quotes.extract.direct_quote_words import NOT_A_NOUN_AFTER_QUOTE
from quotes.extract.display_words import (
    AMBIGUOUS_DISPLAY_NOUNS,
    COUNTED_THING_NOUNS,
    DISPLAY_MODIFIERS,
    DISPLAY_NOUNS,
    DISPLAYING_FORMS,
    GENRE_NOUNS,
    LYRIC_LINE_LEADS,
    READING_FORMS,
    SIGN_MAKING_WORDS,
    SONG_PART_NOUNS,
    WORK_MAKER_NOUNS,
    one_board_held,
    placed_board_reads,
)
from quotes.extract.frames import sentence_goes_on, start_of_line
from quotes.extract.given_names import given_name_gender
from quotes.extract.lexicon import CALLING_VERBS, PERFORMING_FORMS, speech_forms, verb_forms
from quotes.extract.nicknames import inside_nicknamed_name
from quotes.extract.patterns import TITLED_WORK_BEFORE_RE, WORK_BEFORE_RE, scare_quoted
from quotes.extract.quoted_names import (
    PUBLISHED_AFTER_RE,
    analyst_rating,
    derived_work_title,
    known_as,
    named_before_noun,
    named_by_adverb,
    named_by_apposition,
    named_by_name_words,
    named_by_ordinal,
    named_earlier,
    named_in_clause,
    published_title,
    show_title_running,
)
from quotes.extract.quotemarks import QuotedSpan, closes_headline_naming_no_speaker
from quotes.extract.time_words import TIME_WORDS
from quotes.extract.title_shapes import (
    TITLE_SMALL_WORDS,
    reads_as_title,
    shaped_as_title,
    subject_in_title_case,
)

#: Words before a quotation in title case that make it a name (``on “Harbour Morning”``).
_TITLE_BEFORE_RE = re.compile(
    r"(?:['’]s|\b(?:on|in|of|to|from|titled|entitled|called|named|dubbed))[ \xa0]*\Z"
)

#: A work spoken on or to before the comma opening a quotation (``said on the
#: show, “...”``, ``told the podcast, “...”``): what follows is speech, no title.
_SPOKEN_ON_WORK_RE = re.compile(
    r"(?:\b(?:on|to|onto)[ \xa0]+(?:[\w.-]+[ \xa0]+){0,3}?"  # not "on Ina Moss's show": whose show
    r"|\b(?:told|tells|telling|said|says|saying|spoke|speaking)[ \xa0]+(?:on[ \xa0]+|to[ \xa0]+)?(?:the|a|his|her|their)[ \xa0]+)"
    r"(?:show|program|programme|podcast|series|documentary)s?,?[ \xa0]*\Z",
    re.IGNORECASE,
)

#: ``in`` a work before the comma opening a quotation: the quoted words may
#: be read from it (``In her memoir, “I never wanted this,” she writes``).
_IN_WORK_RE = re.compile(r"\bin[ \xa0]+(?:[\w'’.-]+[ \xa0]+){0,4}[\w-]+,[ \xa0]*\Z", re.IGNORECASE)


#: A sign or poster opening its clause, which nobody holds up, and the verb
#: saying what it displays, right before the opening mark (``Outside the
#: church, posters reading “...”``, ``A banner that said “...”``; not
#: ``Protesters held signs reading “...”``, whose words are theirs).
_UNHELD_DISPLAY_RE = re.compile(
    r"(?:\A|[.!?;:\n]|,)[ \xa0]*(?:(?:"
    + "|".join(sorted(map(re.escape, DISPLAY_MODIFIERS), key=len, reverse=True))
    + r")[ \xa0]+){0,3}(?:"
    + "|".join(sorted(DISPLAY_NOUNS, key=len, reverse=True))
    + r")[ \xa0]+(?:"
    + "|".join(form.replace(" ", r"[ \xa0]+") for form in DISPLAYING_FORMS)
    + r")[,:]?[ \xa0]*\Z",
    re.IGNORECASE,
)
#: A sign, poster or banner right before the opening mark with a verb that
#: reads its text out, held or not (``holding placards reading “...”``, ``with
#: a giant banner reading “...”``), or the banner a march is held under
#: (``under the banner “...”``): a slogan, nobody's statement.
_READ_DISPLAY_RE = re.compile(
    r"\b(?:(?:"
    + "|".join(sorted(DISPLAY_NOUNS, key=len, reverse=True))
    + r")[ \xa0]+(?:"
    + "|".join(form.replace(" ", r"[ \xa0]+") for form in READING_FORMS)
    + r")|under[ \xa0]+(?:the|a|their|its)[ \xa0]+banners?)[,:]?[ \xa0]*\Z",
    re.IGNORECASE,
)
#: Signs given as examples, held or not (``many holding signs with sayings
#: such as, “...”``, ``protest signs such as “...”``): what signs said, nobody's
#: statement; not ``says things such as, “...”``, ``headlines such as``, nor
#: signs that are indications (``early signs such as “...”``).
_DISPLAY_SAYINGS = r"[ \xa0]+(?:with|bearing|carrying)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}?(?:sayings|slogans|messages|words|phrases)"
_DISPLAY_EXAMPLES_RE = re.compile(
    r"\b(?:(?:"
    + "|".join(sorted(DISPLAY_NOUNS, key=len, reverse=True))
    + r")"
    + _DISPLAY_SAYINGS
    + r"|(?:(?:"
    + "|".join(sorted(SIGN_MAKING_WORDS, key=len, reverse=True))
    + r")[ \xa0]+)?(?:"
    + "|".join(sorted(DISPLAY_NOUNS - AMBIGUOUS_DISPLAY_NOUNS, key=len, reverse=True))
    + r")|(?:"
    + "|".join(sorted(SIGN_MAKING_WORDS, key=len, reverse=True))
    + r")[ \xa0]+(?:"
    + "|".join(sorted(AMBIGUOUS_DISPLAY_NOUNS, key=len, reverse=True))
    + r"))[ \xa0]+such[ \xa0]+as,?[ \xa0]*\Z",
    re.IGNORECASE,
)
#: How every match of :data:`_DISPLAY_EXAMPLES_RE` ends: a cheap test before it,
#: which is tried at every character (no first character to look for).
_SUCH_AS_END_RE = re.compile(r"such[ \xa0]+as,?[ \xa0]*\Z", re.IGNORECASE)
#: A line or a part of a song right before quoted words (``includes the line
#: “...”``, ``the refrain “...”``): a lyric, nobody's statement.
_LYRIC_LINE_RE = re.compile(
    r"\b(?:(?:"
    + "|".join(lead.replace(" ", r"[ \xa0]+") for lead in LYRIC_LINE_LEADS)
    + r")[ \xa0]+lines?|(?:the|a|its|his|her|their)[ \xa0]+(?:"
    + "|".join(SONG_PART_NOUNS)
    + r"))[ \xa0]*\Z",
    re.IGNORECASE,
)
#: How far before an opening mark a sign's clause may open.
_DISPLAY_REACH = 80
#: A determiner and an amount before quoted words (``a $2.5 million “heritage
#: trail”``, ``a 16 percent “transfer tax”``, ``a three-year “reset plan”``):
#: they name the thing counted, as a scare quote or a name does.
_QUANTIFIED_BEFORE_RE = re.compile(
    r"\b(?:a|an|the)[ \xa0]+(?:[$£€¥][\d.,]+(?:[ \xa0]+(?:million|billion|trillion|thousand))?"
    r"|\d[\d.,]*(?:[ \xa0]*(?:%|percent|per[ \xa0]cent)|-[a-z]+)"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred)-[a-z]+)[ \xa0]*\Z",
    re.IGNORECASE,
)
#: Most words of a name after an amount (``“heritage trail”``).
_MAX_QUANTIFIED_NAME_WORDS = 4

#: Most words a title put in apposition to its work holds.
_MAX_TITLE_WORDS = 8
#: Social networks a byline's promo names.
_NETWORKS = r"(?:Twitter|X|Instagram|Facebook|Threads|Bluesky|TikTok|YouTube|LinkedIn)"
#: Quoted words that are nobody's speech in a transcript or a byline: a stage
#: direction alone (``(CROSSTALK.)``, ``[inaudible]``, ``(LAUGHTER)``) and the
#: promo line under a story (``Follow Lena Osk on Twitter @lenaosk.``).
_NOT_SPEECH_RE = re.compile(
    r"[(\[][^()\[\]]*[)\]][.,;:!?…—–-]*"
    r"|Follow[ \xa0]+(?:us[ \xa0]+|@\w+[ \xa0]+|(?:the[ \xa0]+)?(?:[A-Z][\w.'’-]*[ \xa0]+){1,3})(?:on|at)[ \xa0]+"
    + _NETWORKS
    + r"(?:(?:[ \xa0]*,[ \xa0]*|[ \xa0]+and[ \xa0]+)"
    + _NETWORKS
    + r")*(?:[ \xa0]*:?[ \xa0]*@\w+)?[^.!?\n]{0,40}[.!]?",
    re.DOTALL,
)

#: A translation of the quoted words before it (``“Allah ya isa,” meaning “...”``,
#: ``which translates as``, ``loosely translated as``): their speaker's words in English.
_TRANSLATION_BEFORE_RE = re.compile(
    r"[”\"][^“”\"]{0,12}?\b(?:which[ \xa0]+(?:means|translates[ \xa0]+(?:as|to))|meaning"
    r"|(?:(?:loosely|roughly|literally)[ \xa0]+)?translated[ \xa0]+(?:as|to))[,:]?[ \xa0]*\Z"
)

#: How far before the quoted words a translation renders their verb of saying may stand
#: (``Ada Wanjiku said in Hausa, “``).
_SAID_BEFORE_TRANSLATED = 30
#: Verbs that name, not quote (``Residents call the district “Kasi,” meaning ...``).
_NAMING_FORMS = frozenset(form for verb in (*CALLING_VERBS, "dub", "name") for form in verb_forms(verb))

#: A kind of work right before quoted words, a comma between them or not
#: (``quirky Vellish comedy “Gullhaven.”``, ``the thriller, “Night Ferry,”``).
_GENRE_BEFORE_RE = re.compile(r"\b(?:" + "|".join(GENRE_NOUNS) + r")(,?)[ \xa0]*\Z", re.IGNORECASE)
#: The role of a work's maker or star right after its title, before a name
#: or standing as a noun (``“Harbour Lights” director Ana Lind``, ``“Night
#: Ferry” creator and star Ina Moss``; ``the “Night Ferry” actress``).
_MAKER_AFTER_RE = re.compile(
    r"[ \xa0]+(?:executive[ \xa0]+)?(?:"
    + "|".join(sorted(map(re.escape, WORK_MAKER_NOUNS), key=len, reverse=True))
    + r")(?:[ \xa0]+and[ \xa0]+(?:"
    + "|".join(sorted(map(re.escape, WORK_MAKER_NOUNS), key=len, reverse=True))
    + r"))?(?:(?P<name>[ \xa0]+[A-Z])|\b)"
)
#: A determiner right before an opening mark (``the “``).
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|a|an|his|her|its|their)[ \xa0]*\Z", re.IGNORECASE)
#: A broadcaster's, outlet's or day's possessive after ``on`` or ``in`` right
#: before quoted words (``on Vell Radio’s “Wait Up!”``, ``in the Courier’s
#: “Harbour Notes”``, ``on Sunday’s “Morning Desk”``): a programme or column.
_OWNED_PROGRAMME_BEFORE_RE = re.compile(
    r"\b(?:on|in)[ \xa0]+(?:the[ \xa0]+)?(?:[A-Z][\w.&-]*[ \xa0]+){0,3}[A-Z][\w.&-]*(?:['’]s|s['’])[ \xa0]*\Z"
)
#: How far after a closing mark the rules of titles read.
_SPEECH_AFTER_REACH = 60
#: A speech verb within a few words after a closing mark, its speaker
#: before or after it (``, said Ivo Brandt``, ``, Brandt said``, ``was all
#: Jory Hale would say``, `` she added``).
_SPEECH_AFTER_RE = re.compile(
    r",?(?:[ \xa0]+[\w.'’-]+){0,6}?[ \xa0]+(?:"
    + "|".join(sorted(map(re.escape, speech_forms()), key=len, reverse=True))
    + r")\b"
)
#: A speech verb right after a capitalised name, an adverb between or not
#: (`` Ben Ashe told``, `` Ana Lind said``; not `` Ina Moss opened up``).
_SPEECH_AFTER_NAME_RE = re.compile(
    r"(?:[ \xa0]+[A-Z][\w.'’-]*)+[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:"
    + "|".join(sorted(map(re.escape, speech_forms()), key=len, reverse=True))
    + r")\b"
)

#: How many characters from a quotation a cue stands "next to" it.
_NEAR = 40


def quote_kind(text: str, span: QuotedSpan, cue: Cue | None) -> str | None:
    """``direct``, ``partial``, or None for quoted words that are not speech."""
    content = text[span.start : span.end]
    words = content.split()
    if not words or nobodys_words(content):
        return None
    before = text[max(0, span.open_at - 40) : span.open_at]
    after = text[(span.close_at or span.end) + 1 : (span.close_at or span.end) + 30]
    if cue is not None and cue.text.lower() in PERFORMING_FORMS:
        return None  # "the crowd chanted “...”", "she sings “...”": a chant or a lyric, nobody's statement
    if before.endswith("=") or _named_not_said(text, span):
        return None  # "so-called “x”", "the film “X”", a markup attribute value; not "called the film “dull”"
    if _displayed_words(text, span) or closes_headline_naming_no_speaker(text, span):
        return None  # "Outside, posters reading “Our fish, our choice” had been torn down": nobody's words
    work_before = TITLED_WORK_BEFORE_RE.search(before) is not None and not _spoken_after(text, cue, span)
    if (
        (reads_as_title(content) or (work_before and reads_as_title(content.rstrip("?!"))))
        and (
            not _next_to(cue, span)
            or _TITLE_BEFORE_RE.search(before)
            or work_before
            or subject_in_title_case(content, after)  # "said “Mole Goes Home” was the most borrowed book"
        )
        and (text.find("\n") < span.open_at or sentence_goes_on(text, span))
    ):
        return None  # "including “Gull Harbour Blues,” “The Long Tide” and others", "The report, “A Promise at Risk,” found": titles
    if text.find("\n") < span.open_at and _nickname_in_name(content, before, after):
        return None  # "said Vortex captain Jonas “Rook” Lindqvist": a player's handle, nobody's words
    if _title_closing_sentence(content, before):
        return None  # "she said on “Harbour Morning.”"
    if _apposed_title(content, before, after):
        return None  # "Mr. King's show, “Politicking.”", "Vey's commentary, “Tell your story,” misses"
    boundary = _after_boundary(text, span.open_at, before)
    sentence_like = content[:1].isupper() or content[:1].isdigit() or content[:1] in "‘'[(…."
    ends_sentence = content.rstrip().endswith((".", "!", "?", "…", ".’", "?’"))
    has_speaker = cue is not None and cue.subject is not None
    if boundary and sentence_like and (len(words) >= 3 or has_speaker):
        return "direct"
    if ends_sentence and boundary and (len(words) >= 3 or _short_sentence(text, span, words)):
        return "direct"
    if cue is None:
        if boundary and len(words) >= 6 and (sentence_like or ends_sentence):
            return "direct"
        return "direct" if _translates_a_quotation(text, span, before) else None
    if (
        len(words) <= 3
        and not ends_sentence
        and re.match(r"\s+[a-z][\w-]*\s+[a-z]", after)
        and _looks_adjectival(after)
    ):
        return None  # "the “no-deal” harbour summit": modifies a noun
    if not has_speaker and len(words) < 3:
        return None
    return "partial"


def _translates_a_quotation(text: str, span: QuotedSpan, before: str) -> bool:
    """True when the quoted words are a translation of quoted words someone said
    before them (``Ada said in Hausa, “Allah ya isa,” meaning “God is enough.”``,
    ``said: “...,” loosely translated as “...”``); not a gloss of a name or a
    word, with no verb of saying before it (``The festival's theme, “Ubuntu,”
    which means “...”``, ``Residents call the district “Kasi,” meaning ...``)."""
    found = _TRANSLATION_BEFORE_RE.search(before)
    if found is None:
        return False
    closed_at = span.open_at - len(before) + found.start()
    opened_at = max(text.rfind("“", 0, closed_at), text.rfind('"', 0, closed_at))
    if opened_at < 0:
        return False
    lead = re.split(r"[.!?\n]", text[max(0, opened_at - _SAID_BEFORE_TRANSLATED) : opened_at])[-1]
    if lead.rstrip(" \xa0").endswith(":"):
        return True
    words = {word.lower() for word in re.findall(r"[A-Za-z]+", lead)}
    return not words & _NAMING_FORMS and bool(words & speech_forms().keys())


#: A quotation closed earlier on a line, its closing mark after the end of
#: its words or before a comma or full stop (``“...,” Vik said.``, British
#: ``“...”, Vik said.``; not ``the workers’ union`` or ``on “Sunday Desk” last``).
_QUOTATION_CLOSED_RE = re.compile(r"[,.!?…](?:[”\"’]|'')|[”\"’](?=[,.][ \xa0])")


def _short_sentence(text: str, span: QuotedSpan, words: list[str]) -> bool:
    """True for two words that make a sentence of their own after a quotation
    on the same line (``said. “Nothing fancy.”``), not a title closing one
    (``the show, “The Apprentice.”``) or a heading (``– ‘Who cares?’ –``)."""
    content = text[span.start : span.end]
    line = text[text.rfind("\n", 0, span.open_at) + 1 : span.open_at]
    return (
        len(words) == 2
        and content[:1].isupper()
        and _QUOTATION_CLOSED_RE.search(line) is not None
        and not reads_as_title(content.rstrip(".!?… "))
    )


def nobodys_words(content: str) -> bool:
    """True for quoted words that are a transcript's stage direction
    (``(CROSSTALK.)``) or a byline's promo (``Follow X on Twitter @x``)."""
    return _NOT_SPEECH_RE.fullmatch(content.strip()) is not None


def may_be_partial(text: str, span: QuotedSpan) -> bool:
    """True for quoted words that may be a partial quote when reported speech
    holds them: not a scare quote (``so-called``), a title or a markup value."""
    content = text[span.start : span.end]
    before = text[max(0, span.open_at - 40) : span.open_at]
    return bool(content.split()) and not (
        _named_not_said(text, span)
        or _displayed_words(text, span)
        or closes_headline_naming_no_speaker(text, span)
        or before.endswith("=")
        or reads_as_title(content)
        or _title_closing_sentence(content, before)
    )


@lru_cache(maxsize=256)
def _named_not_said(text: str, span: QuotedSpan) -> bool:
    """True when the words around the quoted words make them a name, a title, a scare quote or
    a lyric (``so-called “x”``, ``the film “X”``), or did earlier (kept: asked twice per span)."""
    content = text[span.start : span.end]
    before = text[max(0, span.open_at - 40) : span.open_at]
    after = text[(span.close_at or span.end) + 1 : (span.close_at or span.end) + 30]
    return (
        scare_quoted(content, before)
        or inside_nicknamed_name(text, span.start, span.end)
        or _LYRIC_LINE_RE.search(before) is not None
        or _quantified_name(content, before, after)
        or named_by_name_words(text, span)
        or named_before_noun(text, span)
        or analyst_rating(text, span)
        or known_as(text, span)
        or named_by_apposition(text, span)
        or named_in_clause(text, span)
        or named_by_ordinal(text, span)
        or derived_work_title(text, span)
        or named_by_adverb(text, span)
        or show_title_running(text, span)
        or published_title(text, span)
        or _titled_work(text, span)
        or named_earlier(text, span, _named_not_said)
    )


def _titled_work(text: str, span: QuotedSpan) -> bool:
    """True for words in title case (:func:`shaped_as_title`) that a work's
    kind before them (``quirky Vellish comedy “Gullhaven.”``), its maker's role
    and a name after them (``“Harbour Lights” director Ana Lind``, not ``“We
    won,” director Ana Lind said``) or a capitalised possessive after ``on``
    or ``in`` (``on Vell Radio’s “Wait Up!”``) makes the name of a film,
    show, book or programme; never words a speech verb and its speaker follow
    after a kind of work (``the drama, “Exhausting,” said Ivo Brandt``)."""
    close = span.close_at or span.end
    content, closing = text[span.start : span.end], text[span.end : close]
    before = text[max(0, span.open_at - 40) : span.open_at]
    after = text[close + 1 : close + _SPEECH_AFTER_REACH]
    if not shaped_as_title(content, after):
        return False
    if _OWNED_PROGRAMME_BEFORE_RE.search(before) is not None:
        return True
    if _GENRE_BEFORE_RE.search(before) is not None:
        return _SPEECH_AFTER_RE.match(after) is None
    return _maker_named_after(content + closing, before, after)


def _maker_named_after(quoted: str, before: str, after: str) -> bool:
    """True when a maker's role and a name (or a determiner before the
    opening mark) follow ``quoted`` words that no punctuation closes
    (``“Driftwood” director Ana Lind``, ``the “Undertow” actress``); a title
    of several words that a speech verb follows right after the name is a
    quote (``“Not Guilty” actor Ben Ashe told the court``; not ``“Orange is
    the New Harbour” star Ina Moss opened up about being described``)."""
    maker = _MAKER_AFTER_RE.match(after)
    if maker is None or quoted.rstrip().endswith((".", ",", "!", "?", "…", ";", ":")):
        return False
    if maker.group("name") is None:
        return _DETERMINER_BEFORE_RE.search(before) is not None
    return len(quoted.split()) == 1 or _SPEECH_AFTER_NAME_RE.match(after, maker.start("name")) is None


def _displayed_words(text: str, span: QuotedSpan) -> bool:
    """True for the words on a sign, poster or banner that opens its clause,
    nobody holding it up (``Outside, posters reading “Our fish, our choice”
    had been torn down``), on one whose text is read out, held or not
    (``holding placards reading “...”``, ``under the banner “...”``, ``Children
    held signs that read “...”``) unless one board is held up (``Ada Venn
    hoisted a sign that read “...”``: her words), or on signs given as
    examples (``signs with sayings such as, “...”``): a slogan."""
    reach = max(0, span.open_at - _DISPLAY_REACH)
    read_out = _READ_DISPLAY_RE.search(text, reach, span.open_at)
    if read_out is not None and not one_board_held(text[reach : read_out.start()], read_out.group()):
        return True
    if placed_board_reads(text[reach : span.open_at]):
        return True  # "the sign above her door, which reads “...”"
    return _UNHELD_DISPLAY_RE.search(text, reach, span.open_at) is not None or (
        _SUCH_AS_END_RE.search(text, reach, span.open_at) is not None
        and _DISPLAY_EXAMPLES_RE.search(text, reach, span.open_at) is not None
    )


def _quantified_name(content: str, before: str, after: str) -> bool:
    """True for a few words after a determiner and an amount that name a levy
    or a project, their last word or the noun after them one
    (:data:`~quotes.extract.lexicon.COUNTED_THING_NOUNS`: ``a 16 percent
    “transfer tax”``, ``a $2 million “smart harbour” project``), with no
    word that makes a phrase of them (``a 5 percent “stealth tax on
    families”``); not a characterisation (``a two-hour “nightmare”``)."""
    words = content.split()
    next_word = re.match(r"[ \xa0]*([a-z]+)", after)
    head = {words[-1].strip(",;:").lower() if words else "", next_word.group(1) if next_word else ""}
    return (
        0 < len(words) <= _MAX_QUANTIFIED_NAME_WORDS
        and not content.rstrip().endswith((".", "!", "?", "…"))
        and not any(word.lower() in TITLE_SMALL_WORDS for word in words)
        and bool(head & COUNTED_THING_NOUNS)
        and _QUANTIFIED_BEFORE_RE.search(before) is not None
    )


def _title_closing_sentence(content: str, before: str) -> bool:
    """True for a title in title case whose closing period ends the sentence,
    after a word that names a work (``in her memoir, “Tides of Varnholm.”``,
    ``Vell TV's “Harbour Morning.”``)."""
    return (
        content.endswith(".")
        and reads_as_title(content[:-1])
        and bool(_TITLE_BEFORE_RE.search(before) or TITLED_WORK_BEFORE_RE.search(before))
    )


def _spoken_after(text: str, cue: Cue | None, span: QuotedSpan) -> bool:
    """True when ``cue`` and the speaker it names both stand right after the
    closing mark and close the clause (``Of the poll, “It Is Early Days,” Venn
    said.``): the words are that speaker's, not the title of the work named
    before them (``In his book, “Tidal Money,” Kobb suggested checking ...``
    has words of its own after the cue)."""
    if cue is None or cue.subject is None or span.close_at is None or cue.subject[0] < span.close_at:
        return False
    between = text[span.close_at + 1 : min(cue.start, cue.subject[0])]
    last = max(cue.end, cue.subject[1])
    closing = text[last : last + 2].lstrip(" \xa0")[:1] in ("", ".", ",", ";", "!", "?", "\n")
    return not between.strip(" \xa0,") and last - span.close_at <= _NEAR and closing


def _apposed_title(content: str, before: str, after: str) -> bool:
    """True for a few words in any case that name the work written right
    before them, often after a comma (``Mr. King's show, “Politicking.”``,
    ``Ouisa Vey's commentary, “Melania, tell your story”``), not words read
    from a work someone speaks ``in`` (``In her memoir, “I never ...,”``)
    unless what follows them says the work came out (``In a commentary, “Save
    the ferry,” published last week,``), nor words said on or to a show
    (``said on the show, “We will win.”``)."""
    words = content.rstrip(".!?…").split()
    return (
        bool(WORK_BEFORE_RE.search(before))
        and not _SPOKEN_ON_WORK_RE.search(before)
        and (not _IN_WORK_RE.search(before) or PUBLISHED_AFTER_RE.match(after) is not None)
        and 0 < len(words) <= _MAX_TITLE_WORDS
        and content[:1].isupper()
        and not re.search(r"[.!?…][ \xa0]", content)
    )


#: A given name right before an opening mark (``Jonas “``), and a surname right
#: after a closing one (``” Lindqvist``): a nickname between them.
_GIVEN_NAME_BEFORE_RE = re.compile(r"(?:^|[\s(])([A-Z][a-z-]+)[ \xa0]\Z")
_SURNAME_AFTER_RE = re.compile(r"[ \xa0]([A-Z][a-z’'-]+)")
#: A word in lower case: a line without one is a headline in title case
#: (``Why She Felt “Invisible” As A Child``), whose capitals name no one.
_LOWER_WORD_RE = re.compile(r"\s[a-z]")  # after a blank: the window's first word may be cut
#: The most words of a nickname.
_MAX_NICKNAME_WORDS = 3


def _nickname_in_name(content: str, before: str, after: str) -> bool:
    """True for a few capitalised words quoted between a given name and a
    surname (``Jonas “Rook” Lindqvist``, ``Eli "The Ghost" Marsh``) on a line
    that is no headline in title case: the nickname or gamer's handle of
    esports, sport and celebrity copy. The caller keeps the rule off the
    first line (``Graham: Trump’s ‘Hateful Rhetoric’ Destroying ...``)."""
    words = content.split()
    return (
        0 < len(words) <= _MAX_NICKNAME_WORDS
        and all(word[:1].isupper() or word[:1].isdigit() for word in words)
        and not content.rstrip().endswith((".", "!", "?", "…", ","))
        and _between_given_name_and_surname(before, after)
        and _LOWER_WORD_RE.search(before.rpartition("\n")[2] + " " + after.partition("\n")[0]) is not None
    )


def _between_given_name_and_surname(before: str, after: str) -> bool:
    """True when a given name the census knows ends ``before`` and a word that
    may be a surname opens ``after`` (not a day: ``told Radio Vell “Never”
    Monday``)."""
    given = _GIVEN_NAME_BEFORE_RE.search(before)
    surname = _SURNAME_AFTER_RE.match(after)
    return (
        given is not None
        and given_name_gender(given.group(1)) is not None
        and surname is not None
        and surname.group(1).lower() not in TIME_WORDS
    )


def _next_to(cue: Cue | None, span: QuotedSpan) -> bool:
    """True when ``cue`` stands right next to the quoted span (a few words
    before its opening mark or after its closing mark)."""
    if cue is None:
        return False
    close = span.close_at if span.close_at is not None else span.end
    return -_NEAR <= cue.start - close <= _NEAR or -_NEAR <= span.open_at - cue.end <= _NEAR


def _after_boundary(text: str, open_at: int, before: str) -> bool:
    """True when the opening mark at ``open_at`` opens its line or follows the
    end of a sentence or clause (``before`` is the text right before it)."""
    stripped = before.rstrip()
    if (
        not stripped
        or "\n" in before[len(stripped) :]
        or stripped.endswith((".", "!", "?", ":", ",", ";", "—", "–", "-", "\n"))
        or stripped.endswith(("”", '"'))
    ):
        return True
    return not text[start_of_line(text, open_at) : open_at].strip()


def _looks_adjectival(after: str) -> bool:
    """True when the words right after a closing mark are a noun the quote modifies."""
    word = after.split()[0] if after.split() else ""
    return bool(word) and word.lower() not in NOT_A_NOUN_AFTER_QUOTE
