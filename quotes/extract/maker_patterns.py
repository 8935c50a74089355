"""The text patterns of who made a statement or a document (plain regular
expressions): a statement's maker (``X issued a statement``, ``X said in a
statement``, ``In a statement, X said``, ``X, in a statement signed by Y,
said``), the writer of a message or a ruling, what a person writes in their own
words, and the maker of a thing that carries words (``X released a video``, ``a
letter from X``). :mod:`quotes.extract.makers`,
:mod:`quotes.extract.message_writers` and
:mod:`quotes.extract.written_messages` search them."""

from __future__ import annotations

import re

from quotes.extract.source_words import DATA_NOUNS
from quotes.extract.speaker_words import BODY_NOUNS
from quotes.extract.time_words import WEEKDAY_WORDS
from quotes.extract.title_words import DOTTED_HONORIFICS, TITLE_WORDS

#: Who made a statement or a document: words at the start of a clause.
MAKER_WORDS = r"(?P<maker>[\w][\w’'.-]*(?:[ \xa0]+[\w’'.-]+){0,9}?)"
#: When, before a maker opening its sentence (``On Sunday evening| the Ministry ...``).
_DAY_LEAD = (
    r"(?:(?:[Oo]n|[Ll]ate[ \xa0]+on|[Ee]arly[ \xa0]+on|[Ee]arlier[ \xa0]+on|[Ll]ater[ \xa0]+on)[ \xa0]+(?:"
    + "|".join(sorted(day.capitalize() for day in WEEKDAY_WORDS))
    + r")(?:[ \xa0]+(?:morning|afternoon|evening|night))?,?[ \xa0]+)?"
)
MAKER = (
    r"(?:(?<=^)|(?<=[.,;:—][ \xa0])|(?<=\n)|(?<=\bwhile[ \xa0])|(?<=\bafter[ \xa0]))"
    + _DAY_LEAD
    + MAKER_WORDS
)
#: A maker opening its sentence or line (``The party``, not ``which employs 300
#: people`` after a comma: ``X, in a statement, said`` names no maker after a clause).
_SENTENCE_OPENING_MAKER = r"(?:(?<=^)|(?<=[.!?][ \xa0])|(?<=[.!?][\"”][ \xa0])|(?<=\n))" + MAKER_WORDS
#: A run of words with no clause break, but maybe a dotted title (``read by Col. Mila Tarr``).
_UNBROKEN_WORDS = (
    r"(?:[^.;,\n]|\b(?:" + "|".join(("Col|Gen|Lt|Maj|Capt|Sgt|Mr|Mrs|Ms|Dr", *DOTTED_HONORIFICS)) + r")\.)"
)
#: What may stand between ``In a statement`` and the comma before its maker:
#: such a run, and the apposition of a reader it names (``read by Colonel Mila
#: Tarr, the army's press officer``).
STATEMENT_OPENING_GAP = (
    rf"(?:{_UNBROKEN_WORDS}{{0,120}}?\bby[ \xa0]{_UNBROKEN_WORDS}{{1,60}},[ \xa0]{_UNBROKEN_WORDS}{{1,60}}"
    rf"|{_UNBROKEN_WORDS}{{0,120}})"
)

#: Words set off by commas between a statement's maker and its verb
#: (``the Commission, which regulates campaigns, issued``).
MAKER_APPOSITIVE = r"(?:,[ \xa0][^,;.\n]{1,80},)?"
#: Verbs by which the one named after ``In a statement`` says what the statement
#: says without ``said`` (``In a statement, his mother described him as kind``).
_STATEMENT_TELLING_VERBS = "described|describes|called|calls|paid|pays"
#: A statement's noun after ``a``/``its`` and up to two words (``a press release``, ``its joint communiqué``).
_A_STATEMENT = (
    r"(?:a|an|its|their)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}(?:statement|communiqu[eé]|(?:press|news)[ \xa0]+release)\b"
    r"(?![ \xa0]+(?:by|from)\b)"  # "the claims made in a statement by X": X's statement
)
#: Verbs of what a maker did in a statement, perhaps with up to four words of
#: object (``confirmed the decision in``); not a passive's participle (``the
#: players named in a statement``, ``condemned the claims made in``).
_DONE_IN_VERBS = (
    "confirmed announced expressed denied insisted explained acknowledged apologised apologized responded"
    " replied noted argued claimed admitted welcomed condemned criticised criticized blamed thanked urged"
).split()
_DONE_IN = (
    r"(?:said|says|warned|added|(?:"
    + "|".join(_DONE_IN_VERBS)
    + r")(?:[ \xa0]+(?!(?:made|issued|released|announced|published|sent|given|put|by)\b)[\w’'-]+){0,4}?)"
    + r"[ \xa0]+in[ \xa0]+"
)
#: "X issued a statement", "X said in a statement", "Lind's manager, Per Dahl, said in a statement",
#: "In a statement, X said", "X, in a statement signed by Y, said", "In a press release, X said".
STATEMENT_MAKER_RES = (
    re.compile(
        MAKER
        + MAKER_APPOSITIVE
        + r"[ \xa0]+(?:issued|released|put[ \xa0]+out|published|sent|made|signed|adopted)[ \xa0]+(?:a|an|the|its|their)[ \xa0]+"
        r"(?:[\w-]+[ \xa0]+){0,2}(?:statement|communiqu[eé]|declaration)\b"
    ),
    re.compile(MAKER + MAKER_APPOSITIVE + r"[ \xa0]+" + _DONE_IN + _A_STATEMENT),
    re.compile(  # "The press officer of the state command, Supt. Ada Eze, said in a statement": the name
        r"(?<=,[ \xa0])(?P<maker>[A-Z][\w’'.-]*(?:[ \xa0]+[\w’'.-]+){0,6}?),[ \xa0]+"
        + _DONE_IN
        + _A_STATEMENT
    ),
    re.compile(  # "The party, in a statement signed by its spokesman, Hon. Ade Bello, said"
        _SENTENCE_OPENING_MAKER
        + r"(?:,[ \xa0][^,;.\n]{1,80})?,[ \xa0]+in[ \xa0]+"  # "The management of X, operators of the bus, in"
        + _A_STATEMENT
        + STATEMENT_OPENING_GAP
        + r",[ \xa0]+(?:said|says|warned|added|stated|expressed)\b"
    ),
    re.compile(  # "In a statement read by Col. Mila Tarr, the general staff said": a sentence's opening
        r"(?:(?<=^)|(?<=[.!?][ \xa0])|(?<=[.!?][\"”][ \xa0])|(?<=\n))"
        r"In[ \xa0]+(?:(?:a|an|its|their)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}message\b|"
        + _A_STATEMENT
        + ")"
        + STATEMENT_OPENING_GAP
        + r",[ \xa0]+"
        + MAKER_WORDS
        + MAKER_APPOSITIVE
        + r"[ \xa0]+(?:said|says|warned|added|wrote|writes|"
        + _STATEMENT_TELLING_VERBS
        + r")\b"
    ),
)

#: Written messages whose writer an article names before quoting them (``Kobb
#: wrote in a later email ... “...,” the email said``). No ruling: ``the ruling
#: said`` after ``Roe's lawyer said the ruling would be appealed`` is not his.
MESSAGE_NOUNS = frozenset("email e-mail letter memo message note post tweet text".split())
#: A court's written reasons, whose writer only ``in`` names (``In a 14-page
#: decision, Judge Roe said``, ``Roe wrote in her ruling``).
RULING_NOUNS = frozenset("decision ruling judgment judgement".split())
#: What a person writes or gives in their own words (``his report``, ``her
#: letter``, ``his testimony``): words it carries are the person's.
PERSONAL_WRITING_NOUNS = (
    MESSAGE_NOUNS
    | RULING_NOUNS
    | frozenset("report testimony affidavit diary column essay submission".split())
)


#: Things that carry someone's words (a video that said, a sign that read), and who made them;
#: a study's noun may open its sentence (``Research by MoneyWise found``).
DOCUMENT_NOUNS = (
    r"(?:[Rr]esearch|[Aa]nalysis|[Ss]urvey|[Ss]tudy|message|video|ad|advertisement|letter|e-?mail|caption|sign|banner|tweet|post|note|memo|flier|flyer|mailer|placard|poster|report|release|filing|poll|index|"
    + "|".join(sorted(DATA_NOUNS))
    + ")"
)

#: Lower-case words describing a body before its name, the last a body's noun
#: (``the property portal| HomeSeek``); no ``of/for/at`` phrase (``the lawyer for| Ana Moss``).
_BODY_DESCRIBED = (
    r"(?:(?!(?:of|for|at)[ \xa0])[a-z][\w-]*[ \xa0]+){0,2}(?:"
    + "|".join(map(re.escape, sorted(BODY_NOUNS, key=len, reverse=True)))
    + r")[ \xa0]+"
)

#: "X released a video", "a letter from X".
DOCUMENT_AUTHOR_RES = (
    re.compile(
        MAKER
        + r"[ \xa0]+(?:also[ \xa0]+|then[ \xa0]+)?(?:released|posted|wrote|sent(?:[ \xa0]+out)?|published|"
        r"tweeted|retweeted|shared|hoisted|held[ \xa0]+up|added|aired|issued|put[ \xa0]+out|unveiled|carried|waved)"
        r"[ \xa0]+(?:a|an|the|his|her|their|its)[ \xa0]+(?:[\w-]+[ \xa0]+){0,3}?(?P<doc>"
        + DOCUMENT_NOUNS
        + r")\b"
    ),
    re.compile(
        r"\b(?P<doc>"  # not the "ad" of "had"
        + DOCUMENT_NOUNS
        + r")[ \xa0]+(?:(?:[\w,-]+[ \xa0]+){0,4}?(?:sent|sent out|posted|released|written|signed|issued|published"
        r"|compiled|gathered|collected|prepared|conducted|commissioned)[ \xa0]+(?:on[ \xa0]+)?(?:[A-Z][a-z]+day[ \xa0]+)?)?"
        r"(?:by|from)[ \xa0]+(?:the[ \xa0]+(?:"
        + _BODY_DESCRIBED
        + r")?(?=[A-Z]))?"  # "the property portal HomeSeek"
        r"(?:(?:"
        + "|".join(map(re.escape, sorted(TITLE_WORDS)))
        + r")[ \xa0]+){0,3}"  # "signed by deputy director Karin Voss"
        r"(?P<maker>[A-Z][\w’'.-]*(?:[ \xa0]+(?:(?:of|for)[ \xa0]+(?:the[ \xa0]+)?)?[A-Z][\w’'.-]*){0,3}"
        r"|the[ \xa0]+(?:company|firm|group|agency|ministry|department|government|university|institute|bank|council))\b"
    ),
)
