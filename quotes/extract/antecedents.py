"""Where the antecedent of a mention may be (pure text): the run of capitals
holding a surname, the part of a sentence a pronoun's antecedents may stand in,
the person a question was put to before an answer, who a relative ``who``
stands for, and the openings of sentences the pronoun sieves read (a relation
or a description as subject, an owner before a post).
:class:`quotes.extract.registry.SpeakerRegistry` reads them."""

from __future__ import annotations

import re
from collections.abc import Callable

from quotes.extract.direct_quote_words import SAYING_NOW_VERBS
from quotes.extract.gender import PRONOUN_GENDERS, noun_gender
from quotes.extract.lexicon import ASKING_FORMS
from quotes.extract.mentions import clause_subject_at, speaker_kind
from quotes.extract.name_words import CLOSING_ABBREVIATIONS, COMPANY_ABBREVIATIONS, GENERATION_NUMERALS
from quotes.extract.patterns import (
    ANTECEDENT_RE,
    GROUP_ANTECEDENT_RE,
    NAME_WORDS,
    SINGLE_NAME_RE,
)
from quotes.extract.quotemarks import holds_mark
from quotes.extract.role_words import names_a_person
from quotes.extract.sentences import first_sentence_end, sentence_starts
from quotes.extract.speaker_words import (
    GENDERED_NOUNS,
    GROUP_NOUNS,
    NOT_A_SPEAKER_START,
    ORG_HEADS,
    PERSON_NOUNS,
    QUESTIONERS,
)
from quotes.extract.time_words import MONTH_LEADS, MONTH_WORDS, SCENE_OPENERS, WEEKDAY_WORDS
from quotes.records import Quote

#: A run of capitals: where it starts and ends, and its words.
Run = tuple[int, int, str]

#: A generation closing a name (``Ansel Marr| III``, ``Ola Ruud| Jr``), which a
#: later mention by surname leaves out.
_GENERATION_END_RE = re.compile(r" (?:" + "|".join(GENERATION_NUMERALS + CLOSING_ABBREVIATIONS) + r")\.?\Z")
#: A spokesperson's noun and ``for`` right before a name (``a spokeswoman for ``).
SPOKEN_FOR_RE = re.compile(r"\bspokes(?:man|woman|person)[ \xa0]+for[ \xa0]+\Z")
#: A body's noun right before a word (``the state news agency Antarra``): the word names the body.
BODY_NOUN_BEFORE_RE = re.compile(r"\b(?:" + "|".join(sorted(ORG_HEADS)) + r")[ \xa0]+\Z")
#: Where a sentence opens: the text's or a line's start, or after a sentence's end and a blank.
SENTENCE_OPENS = r"(?:(?<=^)|(?<=\n)|(?<=[.!?][ \xa0])|(?<=[.!?][\"”][ \xa0]))"
#: A relation opening a sentence as its subject (``Her mother snorts.``).
KIN_SUBJECT_RE = re.compile(
    SENTENCE_OPENS + r"(His|Her)[ \xa0]+(" + "|".join(sorted(GENDERED_NOUNS)) + r")[ \xa0]+(?=[a-z])"
)
#: The words :data:`KIN_SUBJECT_RE` opens on.
KIN_OWNERS = ("His", "Her")
#: The writer's relative opening a sentence as its subject (``My mother, who
#: came with me, put it simply.``, ``Our son wrote``): the owner and the noun.
WRITERS_KIN_SUBJECT_RE = re.compile(
    SENTENCE_OPENS + r"(My|Our)[ \xa0]+(" + "|".join(sorted(GENDERED_NOUNS)) + r")(?=,|[ \xa0]+[a-z])"
)
#: The words :data:`WRITERS_KIN_SUBJECT_RE` opens on.
WRITERS_KIN_OWNERS = ("My", "Our")
#: A saying in the sentence of the writer's relative (``put it simply``, ``told me``).
_KIN_SAYING_RE = re.compile(
    r"\b(?:put[ \xa0]+it|said|says|told|tells|asked|asks|added|recalled|recalls|replied|wrote|writes"
    r"|remarked)\b"
)


def writers_kin_fits(text: str, found: re.Match[str], high: int, pronoun: str | None) -> bool:
    """True when the sentence ``found`` opens on the writer's relative
    (:data:`WRITERS_KIN_SUBJECT_RE`) says something before ``high`` (``My
    mother, who came with me, put it simply.``; not ``My mother sent
    flowers.``, after which ``she said`` is still the last speaker's) and the
    relative may be who ``pronoun`` stands for."""
    if PRONOUN_GENDERS.get(pronoun or "") not in (None, GENDERED_NOUNS[found.group(2)]):
        return False
    end = first_sentence_end(text, found.start(), high)
    return _KIN_SAYING_RE.search(text, found.start(), high if end is None else end) is not None


#: A short phrase of time or place opening a paragraph or a line, its comma and
#: ``a``/``an`` (``At about 10:30, a``, ``Later that morning, an``): up to five words, no stop.
_SCENE_THEN_INDEFINITE = (
    r"(?:" + "|".join(sorted(SCENE_OPENERS)) + r")(?:[ \xa0]+[\w:'’-]+(?:\.m\.)?){0,4},[ \xa0]+an?"
)
#: A description of a person opening a sentence as its subject (``The
#: 27-year-old rapper, whose ...,`` ``The young striker later wrote``), or with
#: ``A``/``An`` a paragraph or a line (``A cyclist was fined``, a round-up item;
#: later in a paragraph it is someone met beside its topic), also after a short
#: phrase of time or place (``At about 10:30, a man in his sixties came in``): up
#: to three words, the noun among them (the verb may be one too), or an age alone
#: (``The 34-year-old, who came through the youth team, shrugged off the record``).
DESCRIBED_SUBJECT_RE = re.compile(
    r"(?:" + SENTENCE_OPENS + r"The|(?:(?<=^)|(?<=\n))(?:An?|" + _SCENE_THEN_INDEFINITE + r"))"
    r"[ \xa0]+((?:[\w-]+[ \xa0]+){0,2}(?:[a-z]|\d+-year-)[\w-]*)(?=,|[ \xa0]+[a-z])"
)
#: A sentence's opening after another sentence of its paragraph.
_INSIDE_PARAGRAPH_OPENS = r"(?:(?<=[.!?][ \xa0])|(?<=[.!?][\"”][ \xa0]))"
#: A person described with ``A``/``An`` opening a sentence inside a paragraph
#: (:data:`DESCRIBED_SUBJECT_RE` reads those opening one) (``More than 60
#: spoke. A woman who identified herself as a nurse drew applause.``), or
#: ``One`` of some people before with a ``who`` clause (``One, who described
#: herself as a nurse, wrote``; no group 1):
#: :func:`indefinite_subject_fits` tells when they are a pronoun's antecedent.
INDEFINITE_SUBJECT_RE = re.compile(
    _INSIDE_PARAGRAPH_OPENS
    + r"(?:An?[ \xa0]+((?:[\w-]+[ \xa0]+){0,2}[a-z][\w-]*)(?=,|[ \xa0]+[a-z])|One(?=,[ \xa0]+who\b))"
)
#: A sentence opening on ``The``, ``His`` or ``Her`` and up to four words
#: (``The library system's director watched``), read for a person's noun.
_DEFINITE_PERSON_OPENING_RE = re.compile(SENTENCE_OPENS + r"(?:The|His|Her|Their)((?:[ \xa0]+[\w'’-]+){1,4})")
#: A name in apposition right after a description (``A Twitter spokesman,
#: Christopher Abboud, said``): the person is named, not described.
_NAME_APPOSED_RE = re.compile(r",[ \xa0]+(?:[A-Z][\w.'’-]*[ \xa0]+){0,3}[A-Z][\w'’-]*(?=,|[ \xa0]+[a-z(])")
#: A name the described person gave (``who gave his name only as Dawit``).
_NAME_GIVEN_RE = re.compile(r"\b(?:name|identified)[ \xa0]+(?:only[ \xa0]+)?as[ \xa0]+[A-Z]")
#: A reflexive pronoun in a description's sentence and the gender it tells
#: (``A woman who identified herself only as a nurse``).
_REFLEXIVE_GENDERS = {"herself": "f", "himself": "m"}
#: Where a description's sentence ends.
_SENTENCE_END_RE = re.compile(r"[.!?\n]")
#: What a person described on their own words called themselves (``identified
#: herself only as a retired teacher from``): up to three words before a
#: preposition, a clause or the sentence's end.
_SELF_DESCRIBED_RE = re.compile(
    r"\b(?:identified|described)[ \xa0]+(?:herself|himself)[ \xa0]+(?:only[ \xa0]+)?as[ \xa0]+(?:an?[ \xa0]+)?"
    r"((?:[a-z][\w-]*[ \xa0]+){0,2}?[a-z][\w-]*)(?=[ \xa0]+(?:from|in|at|of|who|and|with|on)\b|[,.;])"
)


def _description_sentence(text: str, at: int) -> str:
    """The sentence opening at ``at`` (to its end or the line's)."""
    end = _SENTENCE_END_RE.search(text, at)
    return text[at : end.start() if end is not None else len(text)]


def _description_end(text: str, at: int) -> int:
    """Where the description :data:`INDEFINITE_SUBJECT_RE` matches at ``at`` ends."""
    found = INDEFINITE_SUBJECT_RE.match(text, at)
    return found.end() if found is not None else at


def indefinite_subject_fits(text: str, at: int, head: str, pronoun: str | None) -> bool:
    """For a description opening a sentence at ``at`` with ``A``/``An``
    (:data:`INDEFINITE_SUBJECT_RE`) and the noun ``head``: True when it tells the
    gender ``pronoun`` stands for, by its noun (``A woman``, ``A grandmother``)
    or a reflexive of its sentence (``A driver who identified herself as``),
    and no name is apposed to it or given (``A Twitter spokesman, Christopher
    Abboud,``, ``who gave his name only as Dawit``); an
    unsexed ``A nurse`` is as often someone met beside the paragraph's topic
    (``Venn toured the ward. A nurse showed her round.``)."""
    sentence = _description_sentence(text, at)
    if _NAME_APPOSED_RE.match(text, _description_end(text, at)) or _NAME_GIVEN_RE.search(sentence):
        return False  # "A Twitter spokesman, Christopher Abboud, said", "who gave his name as Dawit": named
    wanted = PRONOUN_GENDERS.get(pronoun or "")
    told = noun_gender(head) or next(
        (gender for word, gender in _REFLEXIVE_GENDERS.items() if re.search(rf"\b{word}\b", sentence)), None
    )
    return wanted is not None and told == wanted


def described_opening_between(text: str, low: int, high: int, quoted: Callable[[int], bool]) -> bool:
    """True when a sentence at ``low <= at < high`` outside quoted words
    (``quoted``) opens on another described person (``The library's director
    watched``, ``His wife``): the one a pronoun after it more likely means."""
    for found in _DEFINITE_PERSON_OPENING_RE.finditer(text, max(0, low), high):
        words = [word.removesuffix("'s").removesuffix("’s") for word in found.group(1).split()]
        if any(word in PERSON_NOUNS or word in GENDERED_NOUNS for word in words) and not quoted(
            found.start()
        ):
            return True
    return False


def self_described(text: str, at: int) -> str | None:
    """What the person a sentence opening at ``at`` describes called themselves
    (``A woman who identified herself only as a retired teacher from``:
    ``retired teacher``), if a person's noun closes it; else None."""
    found = _SELF_DESCRIBED_RE.search(_description_sentence(text, at))
    if found is None or found.group(1).split()[-1] not in PERSON_NOUNS:
        return None
    return found.group(1)


#: A name as a possessive before a post and the name apposed to it (``Fenwick
#: Primary’s head teacher, Ada Moss,``): the named person is the subject, not
#: the owner (``Mr. Kobb’s most surprising suggestion was`` keeps Kobb).
OWNER_AT_RE = re.compile(
    r"(?:[A-Z][\w-]*[ \xa0]+){0,3}[A-Z][\w-]*['’]s[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,3}[a-z][\w-]*,[ \xa0]+[A-Z]"
)

#: A question put to someone opening the sentence their answer is in (``Asked
#: whether Farley knew him,``), with a name in apposition closing it before the
#: pronoun that answers (``Asked about the manager, Dean Rowe, he said``; the
#: pronoun may stand past the end searched): the people it names are not who answers.
_ASKED_LEAD_RE = re.compile(
    r"\s*Asked\b[^.!?\n]{0,200}?,(?:[ \xa0]+[A-Z][\w'’-]*(?:[ \xa0]+[A-Z][\w'’-]*){0,3},(?=[ \xa0]+(?:he|she|they)\b|[ \xa0]*\Z))?"
)


def after_question(text: str, start: int, position: int) -> int:
    """Where the names of the sentence starting after ``start`` that a pronoun at
    ``position`` may stand for start, less one: ``start``, or the end of the
    question put to someone that opens the sentence."""
    asked = _ASKED_LEAD_RE.match(text, start + 1, position)
    return asked.end() - 1 if asked is not None else start


def in_question_lead(text: str, start: int, position: int) -> Callable[[int], bool]:
    """A test on offsets: True inside the question put to someone that opens
    the sentence starting after ``start`` that holds ``position`` (``Asked why
    Mrs Doyle had been removed, she said``: Mrs Doyle is asked about, not asked)."""
    asked = _ASKED_LEAD_RE.match(text, start + 1, position)
    if asked is None:
        return lambda at: False
    return lambda at: asked.start() <= at < asked.end()


def without_generation(name: str) -> str:
    """``name`` without the generation closing it (``Ansel Marr III`` -> ``Ansel
    Marr``) when a given name and a surname remain (``Ansel Jr``, a son called
    by his given name, stays whole)."""
    bare = _GENERATION_END_RE.sub("", name)
    return bare if " " in bare else name


def name_ends_on(name: str, words: str) -> bool:
    """True when ``name`` ends on the later mention ``words``, case aside,
    with or without the generation closing it (``Ansel Marr III`` on ``Marr``,
    ``Ansel Marr`` and ``Marr III``; ``Tomas Vell Jr`` on ``Vell Jr``)."""
    ending = " " + words.lower()
    return name.lower().endswith(ending) or without_generation(name).lower().endswith(ending)


def surname_of(name: str) -> str:
    """The last word of ``name``, or the one before a generation's roman
    numeral closing it (``Marr`` of ``Ansel Marr III``; ``Jr`` stays: a son
    so called leaves the family's surname to the others)."""
    words = name.split()
    return words[-2] if len(words) > 2 and words[-1] in GENERATION_NUMERALS else words[-1]


def last_run_holding(runs: list[tuple[int, int, str]], word: str) -> tuple[int, int, str] | None:
    """The last of ``runs`` of capitals (``(start, end, words)``) holding ``word``
    whole and more (``Nora Blake`` for ``Blake``), without its possessive."""
    for start, end, written in reversed(runs):
        name = written.removesuffix("’s").removesuffix("'s")
        if word in name.split() and name != word:
            return start, end - (len(written) - len(name)), name
    return None


#: The person a question was put to (``asked Holt how``, ``pressed Kobb on``): a past
#: form of the lexicon's verbs of asking, then a name.
_ASKED_NAME_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted(f for f in ASKING_FORMS if f.endswith("ed")))
    + r")[ \xa0]+("
    + NAME_WORDS
    + ")"
)
#: Who puts questions for the press and never answers them (``A reporter asked
#: Dunn if ...``, ``I asked Dunn``), right before the verb of asking.
_QUESTIONER_RE = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)[ \xa0]+(?:[a-z][\w-]*[ \xa0]+)?"
    r"(?:" + "|".join(sorted(QUESTIONERS)) + r")s?|\b(?:I|We|[Rr]eporters))"
    r"[ \xa0]+\Z"
)


def person_asked(text: str, answer_at: int, *, answering: bool) -> tuple[int, int] | None:
    """The name of the person a question was put to just before ``answer_at``
    (group 1: ``Bakke asked Holt how ...``), when the words there answer it: an
    answering verb (``answering``) in the same paragraph, or in the next one
    right after the question (``The moderator asked Anders whether she would.
    ¶ “Not yet,” she answered``), or any verb when the
    press asked and nothing else was said since (``A reporter asked Dunn if
    ... “No,” he said``, also in the next paragraph); else None. The name's
    offsets leave out the full stop of a sentence it ends (``I asked Vell.``)."""
    found = list(_ASKED_NAME_RE.finditer(text, max(0, answer_at - 400), answer_at))
    if not found:
        return None
    asked = found[-1]
    # any full stop before a capital counts: "... sold to the U.S. Mara Tenby shook her head"
    said_since = len(sentence_starts(text, asked.end(), answer_at, after_abbreviations=True))
    if answering:  # in the same paragraph, or the next one when nothing was said since
        near = "\n" not in text[asked.end() : answer_at] or said_since <= 1
        return _name_without_full_stop(asked) if near else None
    press = _QUESTIONER_RE.search(text, max(0, asked.start() - 60), asked.start()) is not None
    return _name_without_full_stop(asked) if press and said_since <= 1 else None


def _name_without_full_stop(asked: re.Match[str]) -> tuple[int, int]:
    """The offsets of the name ``asked`` found, less the full stop of the
    sentence it ends (``I asked Vell.``; kept: an initial, ``Jr.``, ``Inc.``)."""
    start, end = asked.span(1)
    last = asked.group(1).split()[-1]
    if (
        last.endswith(".")
        and len(last) > 2
        and last[:-1] not in CLOSING_ABBREVIATIONS + COMPANY_ABBREVIATIONS
    ):
        end -= 1
    return start, end


#: The closing mark and space between quoted words and the sentence after them.
_AFTER_CLOSE_RE = re.compile(r"[”\"'’]?[ \xa0]+(?=[A-Z])")
#: How far into the sentence after a quote the name it opens on may start (``His wife, ``).
_BEAT_NAME_REACH = 60


def shown_speaking(
    text: str, line_start: int, quote: Quote, runs: list[Run], *, first: bool = False
) -> Run | None:
    """The person's name (one of ``runs`` of capitals) that a sentence of the
    paragraph opens on as its subject, for quoted words with no attribution of
    their own: the sentence right after them when they open the paragraph (``“...”
    Femi Obi wipes flour from his hands.``, ``His wife, Grace Obi, runs the
    counter.``), else the last before them when they open a sentence and no other
    quotation comes between (``Una laughs and shakes her head. “...”``); for the
    story's ``first`` quotation standing alone as its paragraph, the name the
    next paragraph opens on (``“...” ¶ Lena Moravec laughs as she says it``);
    None otherwise."""
    lead = text[line_start : quote.start].rstrip(" \xa0“\"'‘")
    if not lead.strip():
        after = _name_after_quote(text, quote.end, runs)
        return after or (_name_opening_next_paragraph(text, quote.end, runs) if first else None)
    if lead[-1:] not in ".!?" or holds_mark(text, line_start, len(lead) + line_start):
        return None
    singles = [
        (m.start(1), m.end(1), m.group(1)) for m in SINGLE_NAME_RE.finditer(text, line_start, quote.start)
    ]
    subjects = [
        run
        for run in sorted([*runs, *singles])
        if line_start <= run[0] < quote.start and _subject_named(text, *run)
    ]
    return subjects[-1] if subjects else None


def _name_after_quote(text: str, end: int, runs: list[Run]) -> Run | None:
    """The person's name a sentence right after quoted words ending at ``end``
    opens on as its subject, in the same paragraph; else None."""
    gap = _AFTER_CLOSE_RE.match(text, end)
    if gap is None or text[end - 1 : end] not in ".!?":
        return None
    for start, stop, name in runs:
        if start < gap.end():
            continue
        if start - gap.end() > _BEAT_NAME_REACH or "\n" in text[gap.end() : start]:
            return None
        if _subject_named(text, start, stop, name):
            return start, stop, name
    return None


#: The closing mark and the line break after quoted words standing alone as
#: their paragraph, up to the next paragraph's first capital.
_PARAGRAPH_AFTER_RE = re.compile(r"[”\"'’]?[ \xa0]*\n\s*(?=[A-Z])")
#: After a name opening a paragraph, a verb showing the person saying the
#: quoted words before it now (``says it quietly``, ``said, wiping flour``,
#: ``recalls.``, ``laughs as she says it``), not one reporting other content
#: (``says her son called``, ``recalls the day``) nor other acts (``died``, ``heard``).
_SAYING_NOW_RE = re.compile(
    r"[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?:(?:" + "|".join(sorted(SAYING_NOW_VERBS)) + r")"
    r"(?=[.,;!?]|[ \xa0]+(?:it|this|so|of|with|now|today|quietly|softly)\b)"
    r"|[a-z]+s[ \xa0]+as[ \xa0]+(?:she|he|they)[ \xa0]+says?[ \xa0]+(?:it|this)\b)"
)


def _name_opening_next_paragraph(text: str, end: int, runs: list[Run]) -> Run | None:
    """The person's name the next paragraph opens on as the subject of a verb
    showing them saying quoted words ending at ``end`` (:data:`_SAYING_NOW_RE`),
    when those words close their own paragraph at the top of the story (no more
    than a headline before them); else None."""
    gap = _PARAGRAPH_AFTER_RE.match(text, end)
    if gap is None or text[end - 1 : end] not in ".!?" or not _at_top(text, end):
        return None
    return next(
        (
            run
            for run in runs
            if run[0] == gap.end() and _subject_named(text, *run) and _SAYING_NOW_RE.match(text, run[1])
        ),
        None,
    )


def _at_top(text: str, position: int) -> bool:
    """True when ``position`` is in the story's first paragraph or the first
    after its headline (one paragraph at most comes before)."""
    start = text.rfind("\n", 0, position) + 1
    return sum(1 for line in text[:start].splitlines() if line.strip()) <= 1


def _subject_named(text: str, start: int, end: int, name: str) -> bool:
    """True for a person's name opening a clause as its subject, not as whose
    something is (``Donald Kobb's post``: the post is the subject)."""
    return (
        speaker_kind(name) == "person"
        and not name.endswith(("'s", "’s"))
        and not text.startswith(("'s", "’s"), end)
        and clause_subject_at(text, start)
    )


#: The writer as a sentence's subject, before the person the sentence names
#: (``The next morning, I met the chef, Arturo Benz.``, ``When I asked Ola Ruud``).
_WRITER_LEAD_RE = re.compile(r"(?:^|[,;][ \xa0]+|\b[Ww]hen[ \xa0]+)(?:I|We)[ \xa0]+(?:[a-z]+[ \xa0]+){1,6}")


#: Words that put a name in another clause or make it someone else's (``told her what Kobb said``).
_CLAUSE_BETWEEN_RE = re.compile(r"\b(?:her|him|them|his|what|that|whether|if|how|why|who|said|says)\b")


def met_by_writer(text: str, sentence_start: int, at: int) -> bool:
    """True when the name at ``at`` is the first capitalised word after the
    writer (``I``, ``we``) opening the clause of its sentence (starting after
    ``sentence_start``): the person the writer met or asked, whom the next
    ``he`` or ``she`` is about (the writer never is)."""
    lead = _WRITER_LEAD_RE.search(text, sentence_start + 1, at)
    if lead is None:
        return False
    between = text[lead.start() : at]
    return not re.search(r"\b[A-Z](?!\b)", between[1:]) and _CLAUSE_BETWEEN_RE.search(between) is None


#: A description of a person ending in a place's preposition, right before the
#: place a relative ``who`` follows (``a wine merchant in Vell who``): the
#: relative stands for the person described, not the place.
_PERSON_AT_PLACE_RE = re.compile(
    r"\b((?:an?|the)[ \xa0]+(?:[\w-]+[ \xa0]+){0,3}?([a-z][\w-]*))[ \xa0]+(?:in|at|from|near|outside)[ \xa0]+(?:the[ \xa0]+)?\Z"
)


def _person_at_place(text: str, place_start: int) -> tuple[int, int] | None:
    """Offsets of the person described right before the place at ``place_start``
    (``a wine merchant in |Vell who``: ``a wine merchant``), or None."""
    described = _PERSON_AT_PLACE_RE.search(text, max(0, place_start - 60), place_start)
    if described is None or not names_a_person(described.group(2)):
        return None
    return described.span(1)


#: An age in commas right before a description (``Ola Ruud, 42, a teacher``).
_AGE_BEFORE_RE = re.compile(r",[ \xa0]*\d{1,3}[ \xa0]*,[ \xa0]*\Z")


def _named_before(text: str, window: int, described: int) -> re.Match[str] | None:
    """The name right before a person's description at ``described``, past an
    age (``said Ola Ruud, 42, a teacher in Vell, who``), or None."""
    age = _AGE_BEFORE_RE.search(text, window, described)
    return ANTECEDENT_RE.search(text, window, age.start() if age is not None else described)


#: A person's description between commas right before a relative ``who``
#: (``Ellen Varney, 66,| a retired district nurse, |who``): lower-case words
#: after ``a``, ``an`` or ``the``, the last a person's noun.
_DESCRIPTION_BEFORE_WHO_RE = re.compile(
    r",[ \xa0]*((?:an?|the)[ \xa0]+(?:[a-z][\w’'-]*[ \xa0]+){0,4}([a-z][\w-]*)),[ \xa0]*\Z"
)


def _described_name(text: str, window: int, who: int) -> tuple[int, int] | None:
    """Offsets of the name a description in apposition describes right before
    the relative ``who`` at ``who``, past an age (``led by Ellen Varney, 66, a
    retired district nurse, who said``: Ellen Varney, the nurse being her
    post), or None: no name before the description (``the owner of the dog,
    a retired nurse, who``), or no person's noun ending it."""
    described = _DESCRIPTION_BEFORE_WHO_RE.search(text, window, who)
    if described is None or not names_a_person(described.group(2)):
        return None
    named = _named_before(text, window, described.start(1))
    if named is None or named.group(1).split()[0] in NOT_A_SPEAKER_START:
        return None
    return named.span(1)


#: The maker of a document named right before a phrase of time (``a report
#: by the Vell Trust on| Monday, which said``): ``by`` or ``from`` and a name.
_MAKER_BEFORE_DATE_RE = re.compile(
    r"\b(?:by|from)[ \xa0]+(?:the[ \xa0]+)?([A-Z][\w’'.&-]*(?:[ \xa0]+(?:of[ \xa0]+|for[ \xa0]+|&[ \xa0]+)?[A-Z][\w’'.&-]*){0,5})"
    r"[ \xa0]+(?:on|in|at|last|this|early|late)[ \xa0]+\Z"
)


#: What makes a month word before a ``which`` a date (``in |May``, ``mid-|June``).
_MONTH_LEAD_RE = re.compile(
    r"(?:\b(?:" + "|".join(sorted(MONTH_LEADS)) + r")[ \xa0]+|\bmid-)\Z", re.IGNORECASE
)


def _names_a_date(text: str, window: int, antecedent: re.Match[str]) -> bool:
    """True when the antecedent found is a day (``on Monday``, ``said
    Monday``) or a month a word of time brings in (``in May``, ``since
    June``); not a person called May or April (``said May, who``)."""
    word = antecedent.group(1).lower()
    if word in WEEKDAY_WORDS:
        return True
    return word in MONTH_WORDS and _MONTH_LEAD_RE.search(text, window, antecedent.start(1)) is not None


def _maker_before_date(text: str, window: int, date_start: int) -> tuple[int, int] | None:
    """Offsets of who made what a relative ``which`` after a date stands for
    (``a circular issued by the Kell Board in |March, which``: the Kell
    Board), or None: the date itself never speaks."""
    maker = _MAKER_BEFORE_DATE_RE.search(text, window, date_start)
    return maker.span(1) if maker is not None else None


#: A person described with ``a``/``an``/``one`` right before ``who`` (``an
#: architect who``, ``a retired teacher who``): up to two words before the noun;
#: not an apposition (``the owner of the shop, a retired nurse, who``: the
#: owner), nor a predicate (``This is a man who said``: a description).
_ONE_PERSON_BEFORE_WHO_RE = re.compile(
    r"(?<!,[ \xa0])(?<!\bis[ \xa0])(?<!\bwas[ \xa0])\b((?:an?|one)[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}([a-z]+))[ \xa0]*\Z"
)


#: Forms of the verbs by which someone described before ``who`` says something
#: (not ``who promised``, ``who embraced``: a description of them).
_SAID_FORMS = frozenset(
    "said says told tells claimed claims insisted insists complained complains wrote writes".split()
)


def relative_antecedent(text: str, quote: Quote) -> tuple[int, int] | None:
    """Offsets of who a relative ``who`` stands for: the name right before it
    (``said Kobb, who``), else, for reported speech, the group before it (``12
    percent who said``, ``voters who believe``); None when nothing is there or
    when a verb of asking stands before it (``Asked who``: a question)."""
    assert quote.speaker_start is not None
    window = max(0, quote.speaker_start - 120)
    antecedent = ANTECEDENT_RE.search(text, window, quote.speaker_start)
    if antecedent is not None and antecedent.group(1).split()[-1].lower() in ASKING_FORMS:
        return None  # "Asked who was to blame, she said": a question's "who" stands for no one
    if antecedent is not None and _names_a_date(text, window, antecedent):
        return _maker_before_date(text, window, antecedent.start(1))  # a day or a month never speaks
    if antecedent is not None and antecedent.group(1).split()[0] not in NOT_A_SPEAKER_START:
        start, end = antecedent.span(1)
        described = _person_at_place(text, start)
        named = None if described is None else _named_before(text, window, described[0])
        if described is not None:  # "a wine merchant in Vell who told me": the merchant, not Vell
            return named.span(1) if named is not None else described  # "Ola Ruud, an analyst at ..."
        starts = sentence_starts(text, start, end)
        return (starts[-1], end) if starts else (start, end)  # "... in Vell State. Mr. Lund, who"
    described = _described_name(text, window, quote.speaker_start) if antecedent is None else None
    if described is not None:  # "Ellen Varney, 66, a retired district nurse, who said"
        return described
    if antecedent is None and quote.kind == "indirect":
        group = GROUP_ANTECEDENT_RE.search(text, window, quote.speaker_start)
        if group is not None and _is_people(group.group(1)):
            return group.span(1)
        one = _ONE_PERSON_BEFORE_WHO_RE.search(text, window, quote.speaker_start)
        if one is not None and one.group(2) in PERSON_NOUNS and (quote.cue or "").lower() in _SAID_FORMS:
            # "paying an architect who said he was stiffed"; not "a candidate who promised deportation"
            return one.span(1)
    return None


def _is_people(words: str) -> bool:
    """True for a group a relative ``who`` can stand for: a share of a poll or
    a plural of people (``voters``), not any word in -s (``the question remains who``)."""
    if not words[:1].isalpha() or not words.endswith("s"):
        return True  # "12 percent", "half", "people"
    return words in GROUP_NOUNS or words[:-1] in PERSON_NOUNS
