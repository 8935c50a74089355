"""The text patterns of attribution: regexes over article text that find
names, titles, appositives, signatures, datelines and the words around a quote.

Quote marks (:mod:`quotes.extract.quotemarks`) and the cheap sentence split
(:mod:`quotes.extract.windows`) keep their own patterns; everything that reads a
speaker or a cue out of plain text is here, defined before the finders use it.
The blanks between words are often no-break spaces in web text, hence the
``[ \\xa0]`` classes.
"""

from __future__ import annotations

import re

# --- names, titles and appositives (quotes.extract.mentions, quotes.extract.registry) ---

ORG_RE = re.compile(
    r"(?:the\s+)?((?:[A-Z][\w'’.&-]*)(?:\s+(?:(?:of|for|and|on|&|de|the|a|an)\s+){0,2}[A-Z][\w'’.&-]*)*)"
)

APPOSITIVE_RE = re.compile(
    r"^,\s+(?:who\s+is\s+|the\s+|a\s+|an\s+|now\s+)?"
    r"(?P<role>(?:[^,;:.()\"“”]|(?<=[A-Z])\.){2,80}?)"
    r"(?:\s+(?P<prep>at|of|with|for|to|in|from)\s+(?P<org>(?:the\s+)?[A-Z][^,;()\"“”]{1,120}))?"
    r"\s*(?=,|(?<![A-Z])\.(?:\s|$)|;|\)|$|\s+(?:said|says|told|added|wrote|argued|warned|noted|explained))"
)

NAME_RE = re.compile(
    r"\b(?:[A-Z][a-z]+(?:[-'’][A-Za-z]+)*)(?:\s+(?:[A-Z]\.|[A-Z][a-z]+(?:[-'’][A-Za-z]+)*))+"
)

SINGLE_NAME_RE = re.compile(r"(?<![\w'’.-])([A-Z][a-z][\w'’-]*)(?![\w-])")

#: Words right before a run of capitalised words that make it a thing or a place.
PLACE_BEFORE_RE = re.compile(r"\b(?:the|in|at|near|into|across|outside|inside)[ \xa0]+$", re.IGNORECASE)

#: ``its coast guard``, ``his government``: a possessive pronoun and a body.
POSSESSIVE_RE = re.compile(r"(its|his|her|their)\s+(\w[\w\s-]*)$", re.IGNORECASE)
OWNER_RE = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)[’']s\b")

# --- the words around a quote (quotes.extract.frames, quotes.extract.text_cues) ---------

SENTENCE_END_RE = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|vs|Lt))(?<!\b(?:Mrs|Rep|Sen|Gov|Gen|Col|Sgt|Adm))(?<!\b(?:Capt|Prof|Reps|Sens))"
    r"[.!?](?=[\s\"”’']|$)"
)

#: A sentence opening with a phrase, then a cue between commas (``This sort of talk, the paper claimed,``)
PARENTHETICAL_CUE_RE = re.compile(r"[^,\n]{1,60},[ \xa0]*(?:[\w.'’-]+[ \xa0]+){1,4}?(\w+),")

#: A name, an appositive between commas, then a verb: ``Miller, a retired worker, said``
NAME_APPOSITIVE_CUE_RE = re.compile(
    r"[A-Z][\w.'’-]*(?:[ \xa0]+[A-Z][\w.'’-]*){0,3},[^,\n\"“”]{1,100},[ \xa0]*(\w+)\b"
)

NAME_APPOS_RE = re.compile(
    r"[\s,'’\"”]*(?:[\w.'’-]+[ \xa0]+){0,3}?([A-Z][\w.'’-]*(?:[ \xa0]+[A-Z][\w.'’-]*){1,3}),"
    r"(?:[^\n\"“”]|[“\"][^\n\"“”]{1,40}[”\"]){1,120},[ \xa0]*$"
)  # a role may come first (harbour delegate Ansel Kobb, ...), the appositive may hold a short quoted name

#: ``Col. Ansel Kobb, a harbour spokesman, said``: a name, an appositive, then the cue
NAME_APPOS_BEFORE_RE = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]*(?:[ \xa0]+(?:[A-Z]\.|[A-Z][\w'’-]*)){1,3}),[^\n\"“”,]{1,120},[ \xa0]*$"
)

#: “...?” the 43-year-old asked / “...,” Bozell answers: the words between the quote and the cue
NP_BEFORE_CUE_RE = re.compile(
    r"[\s,'’\"”]*((?:the|a|an|one|another|[A-Z][\w.'’-]*|\d[\w-]*)(?:[ \xa0]+[\w.'’-]+){0,4}?)[ \xa0]*$"
)

#: “...,” the presumptive nominee, Ansel Kobb, tweeted: a role, then the name in apposition
ROLE_NAME_RE = re.compile(
    r"[\s,'’\"”]*(?:the|a|an|his|her|their|its)[ \xa0][^\n\"“”,]{1,80},[ \xa0]*"
    r"([A-Z][\w.'’-]*(?:[ \xa0]+[A-Z][\w.'’-]*){1,3}),[ \xa0]*$"
)

#: “...,” the editorial read / the document states: the parse takes the verb for a noun
DOCUMENT_SAID_RE = re.compile(
    r"[ \t]*((?:the|a|an|his|her|its|their|one)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?P<noun>[a-z]+))[ \t]+"
    r"(?P<verb>read|reads|states|stated|said|says|added|adds|warned|warns|declared|declares)\b"
)

#: (the blanks around a signature are often no-break spaces in web text: “...”\xa0― Name)
SIGNATURE_RE = re.compile(r"[ \t\xa0]*[―—–]+[ \t\xa0]*([A-Z][\w.'’-]*(?:[ \t\xa0]+[A-Z][\w.'’-]*){0,3})")

SIGNATURE_LINE_RE = re.compile(
    r"[ \t\xa0]*\n\s*[-―—–]+[ \t\xa0]*([A-Z][\w'’-]*(?:[ \t\xa0]+(?:[A-Z]\.|[A-Z][\w'’-]*)){0,3})"
    r"(?:,[ \t\xa0]+[^\n]{1,80}?)?\.?[ \t\xa0]*(?=\n|$)"
)  # "- Sanders." / "-Mara Venn, Brennmoor." / "-Mara Venn, tweeting after the vote."

UNCLOSED_SIGNATURE_RE = re.compile(
    r"[ \t\xa0]*\n[ \t\xa0]*[-―—–]?[ \t\xa0]*([A-Z][\w'’-]*(?:[ \t\xa0]+(?:[A-Z]\.|[A-Z][\w'’-]*)){1,3})(?:,[ \t\xa0]+[A-Z][^\n,\"”]{1,80})?\.?[\"”][ \t\xa0]*(?=\n|$)"
)

HEADLINE_SPEAKER_RE = re.compile(
    r"\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:\s*\([^()\n]{1,30}\))?:(?:\s|$)"
)  # "Kasich: ...", "Rep. Trey Gowdy (R-S.C.):\"..."

INLINE_SPEAKER_RE = re.compile(r"(?:^|[-–—]\s+)([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}):\s*$")

#: ``Clinton’s response was:`` / ``Kobb's reply:`` right before a quote
OWNED_WORDS_RE = re.compile(
    r"\b([A-Z][\w'’-]*(?:[ \xa0]+[A-Z][\w'’-]*){0,3})[’']s[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}?"
    r"(?P<noun>response|reply|answer|reaction|retort|message|comment|verdict|words|advice|tweet)"
    r"(?:[ \xa0]+(?:was|is|read|reads|had been))?[ \xa0]*[:,]?[ \xa0]*$"
)

SCARE_BEFORE_RE = re.compile(
    r"(?:so-called|so called|dubbed|titled|entitled|named|nicknamed|known as|the word|the term|"
    r"the phrase|the words|labeled|labelled|branded|headlined|headline|book|film|show|song|"
    r"program|programme|series|slogan|motto|campaign|operation|hashtag)\s*$",
    re.IGNORECASE,
)

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

ANTECEDENT_RE = re.compile(
    r"([A-Z][\w.'’-]*(?:[ \xa0]+[A-Z][\w.'’-]*)*)(?:[ \xa0]*\([^()\n]{1,20}\))?[ \xa0]*,?[ \xa0]*$"
)

MAKER = r"(?:(?<=^)|(?<=[.,;:—][ \xa0])|(?<=\n)|(?<=\bwhile[ \xa0])|(?<=\bafter[ \xa0]))(?P<maker>[\w][\w’'.-]*(?:[ \xa0]+[\w’'.-]+){0,6}?)"

STATEMENT_MAKER_RES = (
    re.compile(
        MAKER
        + r"[ \xa0]+(?:issued|released|put[ \xa0]+out|published|sent|made|signed|adopted)[ \xa0]+(?:a|an|the|its|their)[ \xa0]+"
        r"(?:[\w-]+[ \xa0]+){0,2}(?:statement|communiqu[eé]|declaration)\b"
    ),
    re.compile(
        MAKER
        + r"[ \xa0]+(?:said|says|warned|added)[ \xa0]+in[ \xa0]+(?:a|an|its|their)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}statement\b"
    ),
)

#: Things that carry someone's words (a video that said, a sign that read), and who made them.
DOCUMENT_NOUNS = r"(?:message|video|ad|advertisement|letter|e-?mail|caption|sign|banner|tweet|post|note|memo|flier|flyer|mailer|placard|poster)"

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
        r"(?P<doc>"
        + DOCUMENT_NOUNS
        + r")[ \xa0]+(?:(?:sent|sent out|posted|released|written|signed|issued)[ \xa0]+)?"
        r"(?:by|from)[ \xa0]+(?P<maker>[A-Z][\w’'.-]*(?:[ \xa0]+[A-Z][\w’'.-]*){0,3})"
    ),
)

OF_NAME_RE = re.compile(r" of (?:the )?[A-Z][\w'’.-]*(?: (?:and |for |of )?[A-Z][\w'’.-]*)*")

# --- indirect quotes (quotes.extract.indirect_content, quotes.extract.headline) ---------

DANGLING_RE = re.compile(
    r"(?:[\s,;:\u2013\u2014-]|\b(?:and|but|or|while|though|although|as|which|who|that|because|after|before|when|where)\b)+$",
    re.IGNORECASE,
)

HEADLINE_RE = re.compile(
    r"[ \t]*((?:[A-Z][\w.'\u2019&-]*|of|the|de|van|von)(?:[ \t]+(?:[A-Z][\w.'\u2019&-]*|of|the|de|van|von)){0,4})"
    r"(?:[ \t]+(?:on|to|at)[ \t]+[^:\n]{1,60})?:[ \t]+([^\n]+)"
)
