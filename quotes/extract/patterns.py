"""The text patterns of attribution: regexes over article text that find
names, titles, appositives, signatures, datelines and the words around a quote.

Quote marks (:mod:`quotes.extract.quotemarks`) and sentence ends
(:mod:`quotes.extract.sentences`) keep their own patterns; everything that reads a
speaker or a cue out of plain text is here, defined before the finders use it.
The blanks between words are often no-break spaces in web text, hence the
``[ \\xa0]`` classes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from quotes.extract.lexicon import (
    COGNITION_VERBS,
    CUE_VERBS,
    HELD_NOUNS,
    PHRASAL_CUES,
    STANCE_ADJECTIVES,
    VIEW_NOUNS,
    speech_forms,
    verb_forms,
)
from quotes.extract.making_phrases import MAKING_PHRASES
from quotes.extract.speaker_words import NAME_ARTICLES, NAME_PARTICLES
from quotes.extract.time_words import TIME_WORDS
from quotes.extract.title_words import (
    ABBREVIATED_TITLES,
    COURTESY_TITLES,
    DOTTED_HONORIFICS,
    UNDOTTED_TITLES,
)

# --- abbreviations (the lexicon's lists; sentence ends are quotes.extract.sentences) ----

#: A word that is initials or an abbreviated title (``U.S.``, ``Sen.``, ``Mr.``).
ABBREVIATED_WORD_RE = re.compile(
    r"(?:[A-Za-z]\.)+|(?:"
    + "|".join((*ABBREVIATED_TITLES, *UNDOTTED_TITLES, *DOTTED_HONORIFICS, "Mr", "Mrs", "Ms"))
    + r")\."
)
#: A courtesy title and the blanks after it, before a name (``Ms. Ray``).
COURTESY_TITLE_RE = re.compile(r"\b(" + "|".join(COURTESY_TITLES) + r")\.?\s+")
#: Letters after a name (``Ola Ruud MP``, ``Ana Brann BL``, ``Tom Hale KC``): a
#: post or qualification, no part of the name (not a Roman numeral: ``Ola Ruud III``).
POSTNOMINAL_RE = re.compile(r"[ \xa0]+(?![IVX]+\b)[A-Z]{2,4}\b")
#: The words after a name up to the end of its sentence or quotation, 60 characters at most,
#: ending at the end of a word (``important to her`` never cut to ``important to he``).
FOLLOWING_RE = re.compile(r"[^.!?\n“”\"]{0,60}(?![\w’'])")

# --- names, titles and appositives (quotes.extract.mentions, quotes.extract.registry) ---

#: The name of an organization in an appositive (``of the Brennmoor Institute``).
ORG_RE = re.compile(
    r"(?:the\s+)?((?:[A-Z][\w'’.&-]*)(?:\s+(?:(?:of|for|and|on|&|de|the|a|an)\s+){0,2}[A-Z][\w'’.&-]*)*)"
)
#: A body or a place right after a name (``Priya Nand of Westby General Hospital``,
#: ``Marta Vogel, of Kelton,``).
OF_BODY_RE = re.compile(r",?[ \xa0]+(?:of|at|from)[ \xa0]+" + ORG_RE.pattern)

#: Where someone works, right after the name: `` of the Vell Times``, `` of Vell Securities``.
OF_BODY_AFTER_RE = re.compile(
    r"[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?([A-Z][\w'’&-]*(?:[ \xa0]+(?:of[ \xa0]+|for[ \xa0]+)?[A-Z][\w'’&-]*){0,5})"
)
#: An appositive after a name: ``, acting president of the Brennmoor Institute,``.
APPOSITIVE_RE = re.compile(
    r"^,\s+(?:who\s+is\s+(?:the|an?)\s+|(?:now\s+)?(?:the|an?)\s+|now\s+)?"  # "now a law professor"
    r"(?P<role>(?:[^,;:.()\"“”\n]|(?<=[A-Z])\.|(?<=\d),(?=\d{3}\b)){2,80}?)"  # "with 40,000 followers"
    r"(?:[ \t\xa0]+(?P<prep>at|of|with|for|to|in|from)[ \t\xa0]+(?P<org>(?:the\s+)?[A-Z][^,;()\"“”\n]{1,120}))?"
    r"[ \t\xa0]*(?=,(?!\d{3}\b)|(?<![A-Z])\.(?:\s|\Z)|;|\)|\Z|\n|\s+(?:said|says|told|added|wrote|argued|warned|noted|explained))"
)

#: Two or more capitalised words: a person's name, perhaps, with initials
#: (``J.K. Rowan``, ``J. K. Rowan``, ``K. Rowan``), ``O'`` names and particles (``Ingrid van der Berg``). (Patterns scanned
#: over whole texts open with a plain character class and look behind it for
#: what may not come before: the regex engine then jumps between candidates.)
_UPPER = "A-ZÀ-ÖØ-Þ"
#: A capital, and a letter that is no capital, of a name (``Ström``, ``Émile``).
_CAP, _LOW = f"[{_UPPER}]", rf"[^\W\d_{_UPPER}]"
#: What may stand before a lone initial opening a name (``conductor S. Murugan``,
#: ``, K. Lakshmi Narayanan,``): a comma or an opening bracket, or a word ending
#: in a lower-case letter (looked behind from after the initial's capital),
#: never a line's or a sentence's start nor a dotted abbreviation (``U.S. K.``).
#: :func:`quotes.extract.name_runs.name_candidates` keeps the initial after a
#: word only when that word is a person's, a trade's or a post's noun
#: (``conductor``, not ``vitamin D. Ola Brand`` nor ``Group C. Ada Obi``).
_INITIAL_OPENS = rf"(?:(?<=[a-z][ \xa0]{_CAP})|(?<=[,(][ \xa0]{_CAP}))"
NAME_RE = re.compile(
    rf"(?:{_CAP}(?<!\w{_CAP}){_LOW}+(?:{_CAP}{_LOW}+)*(?:[-'’][^\W\d_]+)*|O(?<![\w'’]O)['’]{_CAP}{_LOW}+"
    rf"|{_CAP}(?<![\w.]{_CAP})\.(?:{_CAP}\.)+(?=\s+{_CAP}{_LOW})"
    rf"|{_CAP}(?=\.[ \xa0]{_CAP}{_LOW}+[ \xa0,]){_INITIAL_OPENS}\.)"
    r"(?:\s+(?:(?:" + "|".join(NAME_PARTICLES) + r")\s+)*"
    rf"(?:{_CAP}\.|O['’]{_CAP}{_LOW}+|(?:(?:{'|'.join(NAME_ARTICLES)})-)?"
    rf"{_CAP}{_LOW}+(?:{_CAP}{_LOW}+)*(?:[-'’][^\W\d_]+)*(?![^\W\d_])))+"
)

#: One capitalised word: a surname or a given name, perhaps.
SINGLE_NAME_RE = re.compile(rf"({_CAP}(?<![\w'’.-]{_CAP}){_LOW}[\w'’-]*)(?![\w-])")

#: A dateline's place in capitals, perhaps with a date and an agency's name.
_DATELINE_PLACE = r"[A-Z][A-Z.'’-]{2,}(?:[ \xa0]+[A-Z][A-Z.'’-]+)*" + (
    r"(?:,[ \xa0]+[A-Z][a-z]{2,}\.?(?:[ \xa0]+\d{1,2})?)?(?:[ \xa0]*\([^()\n]{1,40}\))?"
)
#: A dateline opening a paragraph: ``VELL CITY, May 3 (Nordwire) - ``.
DATELINE_LEAD_RE = re.compile(_DATELINE_PLACE + r"[ \xa0]+[-–—]{1,2}[ \xa0]+")
#: One with a colon as South Asian papers write it (``NEW VELL, May 3 (KNA): ``,
#: ``VELL CITY: ``), only at a paragraph's start: capitals and a colon inside a
#: sentence are words (``said ODI: cricket ...``).
DATELINE_COLON_RE = re.compile(
    r"(?:(?<=\n)|^)[ \t\xa0]*" + _DATELINE_PLACE + r":[ \xa0]+",
)
#: A live blog's time stamp opening a paragraph (``10:48 p.m. — ``, ``14:05 BST -``),
#: or standing alone where the parse hangs a cue on it: when, not what was said.
TIMESTAMP_LEAD_RE = re.compile(
    r"\d{1,2}[:.]\d{2}(?:[ \xa0]*[apAP]\.?[ \xa0]?[mM]\.?)?(?:[ \xa0]+[A-Z]{2,4})?"
    r"(?:[ \xa0]+[-–—]{1,2}[ \xa0]+|[ \xa0]*\Z)"
)
#: A time opening a reported clause, before its subject (``on Monday they
#: had agreed``; a day alone as North American copy writes it, ``told
#: reporters Thursday the town was``): when it was said, not what.
LEADING_TIME_RE = re.compile(
    r"(?:(?:on|last|this|early|late|earlier|later)[ \xa0]+(?:"
    + "|".join(sorted(TIME_WORDS))
    + r")|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)(?=[ \xa0]+(?:the|a|an|he|she|they|it|we|(?-i:[A-Z])\w*)\b))"
    + r"(?:[ \xa0]+(?:morning|afternoon|evening|night))?,?[ \xa0]+(?=[a-z])",
    re.IGNORECASE,
)
#: Words right before a run of capitalised words that make it a thing or a place.
PLACE_BEFORE_RE = re.compile(r"\b(?:the|an?|in|at|near|into|across|outside|inside)[ \xa0]+\Z", re.IGNORECASE)

#: ``its coast guard``, ``his government``: a possessive pronoun and a body.
POSSESSIVE_RE = re.compile(r"(its|his|her|their)\s+(\w[\w\s-]*)\Z", re.IGNORECASE)
#: A word in the possessive before another (``the woman's sister``).
POSSESSED_RE = re.compile(r"\w[’']s\s")
#: A name in the possessive: ``Norland’s``.
OWNER_RE = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)[’']s\b")
#: The possessive ending of a word or name (``University’s``, ``Ola Ruud's``).
POSSESSIVE_END_RE = re.compile(r"[’']s\Z")

# --- the words around a quote (quotes.extract.frames, quotes.extract.text_cues) ---------

#: A capitalised word of a name (``Kobb``, ``O’Neill``, ``Jr.``).
_WORD = _CAP + r"[\w.'’-]*"
#: A capitalised word without full stops, and one that may be an initial (``H.``).
_PLAIN_WORD = _CAP + r"[\w'’-]*"
_WORD_OR_INITIAL = rf"(?:{_CAP}\.|{_CAP}[\w'’-]*)"
#: The blanks between words (often no-break spaces in web text).
_BLANK = r"[ \xa0]"
_LINE_BLANK = r"[ \t\xa0]"


def _names(more: str, *, word: str = _WORD, then: str | None = None, blank: str = _BLANK) -> str:
    """A run of capitalised words: a ``word``, then ``more`` words (a regex
    quantifier such as ``{1,3}``) of the ``then`` kind, blanks between them."""
    return f"{word}(?:{blank}+{then or word}){more}"


#: A later word of a name, perhaps after particles (``van der Berg``, ``bin Saleh``, ``al-Rashidi``).
_PARTICLED_WORD = (
    r"(?:(?:" + "|".join(NAME_PARTICLES) + r")[ \xa0]+)*(?:(?:" + "|".join(NAME_ARTICLES) + r")-)?" + _WORD
)
#: A name of up to six capitalised words (``Harbour Workers Alliance``, ``Omar bin Saleh al-Rashidi``).
NAME_WORDS = _names("{0,5}", then=_PARTICLED_WORD)

#: A sentence opening with a phrase, then a cue between commas (``This sort of talk, the paper claimed,``)
PARENTHETICAL_CUE_RE = re.compile(r"[^,\n]{1,60},[ \xa0]*(?:[\w.'’-]+[ \xa0]+){1,4}?(\w+),")
#: A name, an appositive between commas, then a verb: ``Miller, a retired worker, said``
NAME_APPOSITIVE_CUE_RE = re.compile(_names("{0,3}") + r",[^,\n\"“”]{1,100},[ \xa0]*(\w+)\b")

#: A named owner of the posts that follow (``Corvane’s``, ``St. Mary’s``).
_OWNER = r"[A-Z][\w.-]*['’]s"
#: Between a quote and a cue whose subject the parse lost, in order of preference:
#: “...,” Ansel Kobb, a harbour pilot, said (a role may come first, harbour delegate
#: Ansel Kobb, and the appositive may hold a short quoted name); “...,” the
#: presumptive nominee, Ansel Kobb, tweeted (or Corvane’s co-founder and chief
#: executive, Lotte van Dijk, said); “...?” the 43-year-old asked.
NAMED_BEFORE_CUE_RES = (
    re.compile(
        r"[\s,'’\"”]*(?:[\w.'’-]+[ \xa0]+){0,3}?(" + _names("{1,3}") + r"),"
        r"(?:[^\n\"“”]|[“\"][^\n\"“”]{1,40}[”\"]){1,120},[ \xa0]*\Z"
    ),
    re.compile(
        r"[\s,'’\"”]*(?:the|a|an|one|another|his|her|their|its|"
        + _OWNER
        + r")[ \xa0][^\n\"“”,]{1,80},[ \xa0]*"
        "(" + _names("{1,3}", then=_PARTICLED_WORD) + r"),[ \xa0]*\Z"
    ),
    re.compile(
        r"[\s,'’\"”]*((?:the|a|an|one|another|[A-Z][\w.'’-]*|\d[\w-]*)(?:[ \xa0]+[\w.'’-]+){0,4}?)[ \xa0]*\Z"
    ),
)
#: ``Col. Ansel Kobb, a harbour spokesman, said``: a name, an appositive, then the cue
NAME_APPOS_BEFORE_RE = re.compile(
    r"(?<![\w'’-])("
    + _names("{1,3}", word=_PLAIN_WORD, then=_WORD_OR_INITIAL)
    + r"),[^\n\"“”,]{1,120},[ \xa0]*\Z"
)
#: “...,” the editorial read / the document states: the parse takes the verb for a noun
DOCUMENT_SAID_RE = re.compile(
    r"[ \t]*((?:the|a|an|his|her|its|their|one)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?P<noun>[a-z]+))[ \t]+"
    r"(?P<verb>read|reads|states|stated|said|says|added|adds|warned|warns|declared|declares)\b"
)

#: “...” ― Mara Venn: a name signing the quote after a dash
SIGNATURE_RE = re.compile(r"[ \t\xa0]*[―—–]+[ \t\xa0]*(" + _names("{0,3}", blank=_LINE_BLANK) + ")")
#: The name alone on the line after a quote: "- Venn." / "-Mara Venn, Brennmoor." /
#: "-Mara Venn, tweeting after the vote."
SIGNATURE_LINE_RE = re.compile(
    r"[ \t\xa0]*\n\s*[-―—–]+[ \t\xa0]*("
    + _names("{0,3}", word=_PLAIN_WORD, then=_WORD_OR_INITIAL, blank=_LINE_BLANK)
    + r")(?:,[ \t\xa0]+[^\n]{1,80}?)?\.?[ \t\xa0]*(?=\n|\Z)"
)
#: "... the harbour.\nDag Orrin, Harbour Policy Institute.": the last line of a quote left
#: open, with its closing mark, signing it
UNCLOSED_SIGNATURE_RE = re.compile(
    r"[ \t\xa0]*\n[ \t\xa0]*[-―—–]?[ \t\xa0]*("
    + _names("{1,3}", word=_PLAIN_WORD, then=_WORD_OR_INITIAL, blank=_LINE_BLANK)
    + r")(?:,[ \t\xa0]+[A-Z][^\n,\"”]{1,80})?\.?[\"”][ \t\xa0]*(?=\n|\Z)"
)

#: A line opening with a speaker's name and a colon: "Kobb: ...", "Rep. Ansel Kobb (R-S.C.):\"..."
HEADLINE_SPEAKER_RE = re.compile(
    r"\s*(" + _names("{0,3}", blank=r"\s") + r")(?:\s*\([^()\n]{1,30}\))?:(?:\s|\Z)"
)
#: A name and a colon right before a quote, after a dash, a bracket or another
#: quotation (a transcript: "“...?” Kobb: “...”")
INLINE_SPEAKER_RE = re.compile(r"(?:^|[-–—(]\s*|[”\"][ \xa0]+)(" + _names("{0,3}", blank=r"\s") + r"):\s*\Z")
#: Words that may stand between a possessive and a claim's noun (``Kobb's
#: repeated claim``): adjectives only, since a noun there is the claimant's agent
#: (``Kobb's lawyers dismissed claims that``).
_CLAIM_ADJECTIVES = (
    r"(?:(?:false|repeated|earlier|latest|new|original|central|main|bold|unfounded|baseless|"
    r"unsubstantiated|public)[ \xa0]+)"
)
#: ``Kobb's claim that`` right before a quote: the words claimed are Kobb's, whoever
#: the sentence goes on to say rebuts them (``... is false, said Ada Obi``).
CLAIMED_WORDS_RE = re.compile(
    r"\b(" + _names("{0,3}", word=_PLAIN_WORD) + r")[’']s[ \xa0]+" + _CLAIM_ADJECTIVES + r"{0,2}"
    r"(?P<noun>claims?|assertion|allegation|accusation|charge|contention|insistence|boast|argument)"
    r"[ \xa0]+that[ \xa0]*\Z"
)
#: ``Venn’s response was:`` / ``Kobb's reply:`` right before a quote
OWNED_WORDS_RE = re.compile(
    r"\b(" + _names("{0,3}", word=_PLAIN_WORD) + r")[’']s[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}?"
    r"(?P<noun>response|reply|answer|reaction|retort|message|comment|verdict|words|advice|tweet"
    r"|line|remarks?|post|pledge|promise|warning|plea|question)"
    r"(?:[ \xa0]+(?:was|is|read|reads|had been))?[ \xa0]*[:,]?[ \xa0]*\Z"
)

#: Works whose titles news quotes (``the film “X”``, ``Mr. King's show, “X.”``).
WORK_NOUNS = tuple(
    "book cookbook memoir novel film movie show program programme column album song series documentary "
    "podcast essay op-ed article headline commentary anthem hymn poem lullaby ballad".split()
)
#: Words before quoted words that make them a name, a title or a scare quote, not speech.
SCARE_WORDS = (
    *("so-called", "so called", "dubbed", "titled", "entitled", "named", "nicknamed", "known as"),
    *("the word", "the term", "the phrase", "the words", "labeled", "labelled", "branded"),
    *("headlined", *WORK_NOUNS),
    *("slogan", "motto", "campaign", "operation", "hashtag"),
    *("lyric", "lyrics"),  # the line of a song or poem: LYRIC_LINE_LEADS
    *("identified as", "referred to as", "only as"),  # "identified in court papers only as “Developer A.”"
)
SCARE_BEFORE_RE = re.compile(r"(?:" + "|".join(map(re.escape, SCARE_WORDS)) + r")\s*\Z", re.IGNORECASE)
_SCARE_LONGEST = max(map(len, SCARE_WORDS))
#: The last letters of :data:`SCARE_WORDS`, in lower case (all ASCII: an ASCII
#: letter matches one of them in any case only when its lower case does).
SCARE_LAST_LETTERS = frozenset(word[-1].lower() for word in SCARE_WORDS)


def ends_with_scare_word(text: str) -> bool:
    """True when ``text`` ends with one of :data:`SCARE_WORDS` (in any case)
    and blanks (:data:`SCARE_BEFORE_RE`), searching only its last characters,
    and only when its last letter can end one of them."""
    stripped = text.rstrip()
    last = stripped[-1:]
    if not last or (last.isascii() and last.lower() not in SCARE_LAST_LETTERS):
        return False
    return SCARE_BEFORE_RE.search(text, max(0, len(stripped) - _SCARE_LONGEST)) is not None


#: A work named right before quoted words (``in her memoir, “...”``, ``the podcast “...”``):
#: quoted words in title case after it are its title.
WORK_BEFORE_RE = re.compile(r"\b(?:" + "|".join(WORK_NOUNS) + r")s?,?[ \xa0]*\Z", re.IGNORECASE)
#: Reports and works of art whose titles follow them, in title case
#: (``The report, “A Promise at Risk,” found``, ``the painting “Woman at a
#: Window”``): besides :data:`WORK_NOUNS`, nouns that may also stand before
#: words read from them, so only words in title case after them are a title.
TITLED_WORK_NOUNS = tuple(
    "report study survey poll exhibition exhibit retrospective painting sculpture "
    "play production musical opera collection anthology single track stories".split()
)
TITLED_WORK_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join((*WORK_NOUNS, *TITLED_WORK_NOUNS)) + r")s?,?[ \xa0]*\Z", re.IGNORECASE
)


def scare_quoted(content: str, before: str) -> bool:
    """True when the words ``before`` quoted words (``content``) make them a
    name, a title or a scare quote (``so-called “x”``, ``the film “X”``); not
    lower-case words after a work's noun, which say what someone called the
    work (``called the film “a quiet triumph”``)."""
    return ends_with_scare_word(before) and not (content[:1].islower() and WORK_BEFORE_RE.search(before))


#: Whom a speaker told: "told The Morning Ledger", "in an interview with Radio Vesta".
ADDRESSEE_RES = (
    re.compile(
        r"\b(?:told|tells|telling|tell)\s+((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+)?[A-Z][\w'’.&-]*)*)"
    ),
    re.compile(
        r"\binterview(?:s|ed)?\s+(?:with|on|by|to)\s+((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+)?[A-Z][\w'’.&-]*)*)"
    ),
    re.compile(r"\b(?:said|says|speaking)\s+(?:on|to)\s+((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*)"),
)

# --- who a mention stands for (quotes.extract.resolution) -------------------------------

#: The name a relative ``who`` stands for, right before it: "said Ansel Kobb (D-Wash.), who",
#: past where the person is from, and an age before it ("Yonas, 24, from Eritrea, who").
ANTECEDENT_RE = re.compile(
    "("
    + _names("*")
    + r")(?:[ \xa0]*\([^()\n]{1,20}\))?(?:,[ \xa0]*\d{1,3}(?=,?[ \xa0]+(?:from|of)[ \xa0]))?"
    + r"(?:,?[ \xa0]+(?:from|of)[ \xa0]+(?:the[ \xa0]+)?[A-Z][\w’'.-]*(?:[ \xa0]+[A-Z][\w’'.-]*){0,3})?"
    + r"[ \xa0]*,?[ \xa0]*\Z"
)
#: A group mention led by a name: ``Kobb and other harbour officials``, ``Venn
#: and several aides``.
NAME_AND_OTHERS_RE = re.compile(
    r"((?:[A-Z][\w’'.-]*[ \xa0]+){0,3}[A-Z][\w’'-]*)[ \xa0]+and[ \xa0]+(?:other|several|some|fellow|his|her)\b"
)
#: The group a relative ``who`` stands for when no name comes before it: a
#: share of a poll (``12 percent who said``, ``a third who said``) or a plural
#: noun (``voters who said``, ``people who believe``).
GROUP_ANTECEDENT_RE = re.compile(
    r"((?:\b\d[\d.,]*[ \xa0]*(?:percent|%)|\b[a-z][a-z-]+(?<!ss)s|\bpeople|\bhalf|\bthird|\bquarter))[ \xa0]*,?[ \xa0]*\Z"
)


#: The capitalised complement of a name cut off by the parse: "Joint Chiefs" + " of Staff", "Office" + " for National Statistics".
OF_NAME_RE = re.compile(r" (?:of|for) (?:the )?[A-Z][\w'’.-]*(?: (?:and |for |of )?[A-Z][\w'’.-]*)*")

# --- indirect quotes (quotes.extract.indirect_content, quotes.extract.headline) ---------

#: Punctuation and conjunctions left dangling at the end of a cut content.
DANGLING_RE = re.compile(
    r"(?:[\s,;:\u2013\u2014-]|\b(?:and|but|or|while|though|although|as|which|who|that|because|after|before|when|where)\b)+\Z",
    re.IGNORECASE,
)

#: The end of a clause cut short: an auxiliary, an article, a preposition or a
#: subject pronoun with nothing after it (``construction is``, ``that it``).
CUT_CLAUSE_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|has|have|had|will|would|can|could|should|may|might|must"
    r"|shall|do|does|did|to|the|a|an|of|it|its|they|he|she|we|this|these|those|there)\Z",
    re.IGNORECASE,
)

#: Between a paraphrase and the quoted words that go on with it: a comma, a
#: space and an opening mark (or the ``''`` of some archives).
OPENING_GAP_RE = re.compile(r"[,:]?[ \xa0]?(?:''|[\"“‘'])")

#: Words of a title-case headline that no name of a source holds past its first
#: word (``Anger Over Fares:``, ``Fix Is In:`` are labels, not sources; ``For``,
#: ``Against``, ``On`` are in names: ``Citizens For Fair Rents``, ``Council On Ageing``).
_HEADLINE_NOT_NAME = r"(?!(?i:over|is|are|was|were)\b)"
_HEADLINE_NAME_WORD = r"(?:[A-Z][\w.'\u2019&-]*|of|the|de|van|von)"
#: A first line "Name: content", also "Name on the bridge: ..." and "Name to voters: ..."
HEADLINE_RE = re.compile(
    rf"[ \t]*({_HEADLINE_NAME_WORD}(?:[ \t]+{_HEADLINE_NOT_NAME}{_HEADLINE_NAME_WORD}){{0,4}})"
    r"(?:[ \t]+(?:on|to|at)[ \t]+[^:\n]{1,60})?:[ \t]+([^\n]+)"
)


# --- cue words (the cheap pass that finds candidate sentences) ---------------------


@lru_cache(maxsize=1)
def cue_alternatives() -> tuple[str, ...]:
    """Every form of a cue verb, a phrasal cue or a noun of speech, longest
    first. Verbs are in lower case (or capitalised at a sentence start, for the
    commonest and the phrases), so that nouns in names (``United States``,
    ``State Department``) do not make a sentence a candidate."""
    words = set(speech_forms())
    words.update((*PHRASAL_CUES, *MAKING_PHRASES))
    for lemma in CUE_VERBS | COGNITION_VERBS:
        if "_" not in lemma:
            words.update(verb_forms(lemma))
    words.update(HELD_NOUNS | STANCE_ADJECTIVES | VIEW_NOUNS)
    words.update(w[:1].upper() + w[1:] for w in list(words) if " " in w or w in ("said", "says", "asked"))
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def cue_regex() -> re.Pattern[str]:
    """A regex matching any of :func:`cue_alternatives` as a whole word: the
    definition of a cue word (:class:`CueFinder` answers the same, faster)."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in cue_alternatives()) + r")\b")


_WORD_RE = re.compile(r"\w+")


class CueFinder:
    """Whether a stretch of text holds a cue word, as ``cue_regex().search``
    would say, read word by word: a set lookup per word, and the regex of the
    few multi-word cues only at their first word (an alternation of a thousand
    words tried at every character cost half the text pass)."""

    def __init__(self, alternatives: tuple[str, ...]):
        self.words = frozenset(w for w in alternatives if _WORD_RE.fullmatch(w))
        phrases = [w for w in alternatives if not _WORD_RE.fullmatch(w)]
        self.phrase_starts = frozenset(_WORD_RE.findall(w)[0] for w in phrases)
        self.phrases = re.compile("(?:" + "|".join(re.escape(w) for w in phrases) + r")\b")

    def search(self, text: str, start: int, end: int) -> bool:
        """True when ``text[start:end]`` holds a cue word or phrase (a word
        running on from before ``start`` does not count, as with ``\\b``)."""
        for match in _WORD_RE.finditer(text, start, end):
            at = match.start()
            if at == start and at > 0 and _WORD_RE.match(text, at - 1):
                continue  # the end of a word that began before the stretch
            word = match.group()
            if word in self.words:
                return True
            if word in self.phrase_starts and self.phrases.match(text, at, end):
                return True
        return False


@lru_cache(maxsize=1)
def cue_finder() -> CueFinder:
    """The :class:`CueFinder` of :func:`cue_alternatives`: the cheap pass
    that finds candidate sentences."""
    return CueFinder(cue_alternatives())


# --- running the patterns fast ---------------------------------------------------


def occurrences(text: str, words: Iterable[str]) -> list[int]:
    """The offsets in ``text`` where one of ``words`` begins, in order."""
    found = set()
    for word in words:
        at = text.find(word)
        while at != -1:
            found.add(at)
            at = text.find(word, at + 1)
    return sorted(found)


_BOUNDARY_RE = re.compile(r"\b")


def at_word_boundary(text: str, position: int) -> bool:
    """True where the regex ``\\b`` matches in ``text``: between a word
    character and another, or at an end next to one."""
    return _BOUNDARY_RE.match(text, position) is not None


def whole_words_at(text: str, word: str) -> Iterator[int]:
    """Where ``re.finditer(rf"\\b{re.escape(word)}\\b", text)`` would find
    ``word``, in order, with no pattern compiled for it: read only where
    ``word`` is written (the names a rule asks about differ from one article
    to the next, and a pattern compiled for each costs more than the search)."""
    at = text.find(word) if word else -1
    while at >= 0:
        after = at + len(word)
        if at_word_boundary(text, at) and at_word_boundary(text, after):
            yield at
            at = text.find(word, after)
        else:
            at = text.find(word, at + 1)


#: How far before a position :func:`may_end_at` looks for a run's start.
_RUN_REACH = 300


def may_end_at(text: str, at: int, run: re.Pattern[str], run_chars: re.Pattern[str]) -> bool:
    """True when a match of ``run`` (a pattern closing on ``\\Z``) ends at
    ``at``, starting within :data:`_RUN_REACH` characters before it, or when
    those characters are all of ``run_chars`` (``[...]*``: any character a
    match holds), so that a longer match may start further back. A cheap test
    before compiling a pattern that must match such a run right before a word."""
    low = max(0, at - _RUN_REACH)
    if run.search(text, low, at) is not None:
        return True
    return low > 0 and run_chars.fullmatch(text, low, at) is not None


def word_at(text: str, position: int, words: Iterable[str]) -> int | None:
    """Where the first of ``words`` written at ``position`` in ``text`` and
    ending at a word boundary ends, as the regex ``(?:one|two)\\b`` matches
    there (without compiling one per set of words); None when none is."""
    for word in words:
        end = position + len(word)
        if text.startswith(word, position) and at_word_boundary(text, end):
            return end
    return None
