"""Words that make quoted words nobody's statement: the signs, posters and
banners that display them, the lines of songs, the names of levies and
projects, and the titles of works named by their kind or their makers
(:mod:`quotes.extract.quoted_kind` reads them)."""

from __future__ import annotations

import re

#: Things that display words (``posters reading “...”``): the words on one
#: that nobody holds up are no one's statement (a slogan, a sign's text).
DISPLAY_NOUNS = frozenset(
    """
    sign signs poster posters placard placards banner banners billboard billboards
    sticker stickers graffiti mural murals plaque plaques
    t-shirt t-shirts shirt shirts sweatshirt sweatshirts mug mugs
    flyer flyers flier fliers leaflet leaflets
    """.split()
)
#: Words that may stand before a noun of :data:`DISPLAY_NOUNS` opening its
#: clause (``Outside, two hand-painted banners reading “...”``): determiners,
#: counts and a few adjectives of signs, never a verb that holds one up.
DISPLAY_MODIFIERS = frozenset(
    """
    a an the some several many few two three four dozens hundreds of its their
    handmade hand-made handwritten hand-written hand-painted painted printed large
    giant huge small big new old campaign protest election
    """.split()
)
#: Nouns of :data:`DISPLAY_NOUNS` that may also mean an indication (``early
#: signs such as “a pickup in orders”``, ``warning signs``): a board with words
#: only when held or made (:data:`SIGN_MAKING_WORDS`) or said to bear sayings.
AMBIGUOUS_DISPLAY_NOUNS = frozenset({"sign", "signs"})
#: Words right before ``signs`` that make them boards with words (``holding
#: signs``, ``handmade signs``).
SIGN_MAKING_WORDS = frozenset(
    """
    holding held carrying carried waving waved bearing hoisting hoisted
    handmade hand-made handwritten hand-written hand-painted painted printed protest
    """.split()
)
#: Verb forms that say what a sign or poster displays (``reading``, ``that read``).
DISPLAYING_FORMS = ("reading", "that read", "which read", "saying", "that said", "which said", "proclaiming")
#: The forms of :data:`DISPLAYING_FORMS` that only read a board's text out,
#: held or not (``depositors holding placards reading “...”``, ``pickets
#: carrying signs that read “...”``): a slogan, not the holder's words; a sign
#: ``saying`` something still speaks for whoever holds it up.
READING_FORMS = ("reading", "that read", "which read", "that reads", "which reads")
#: Finite verbs of holding up a sign right before it, which make its words
#: the news of the sentence and the holders' (``Dockers carried signs that
#: read “...”``), unlike a participle of a scene (``some holding signs reading``).
FINITE_HOLDING_FORMS = frozenset(
    """
    held carried waved hoisted raised brandished wore bore hold holds carry carries wave waves
    hoist hoists raise raises brandish brandishes wear wears
    """.split()
)
#: The nouns of :data:`DISPLAY_NOUNS` that name one board: one held up
#: speaks for its holder, many held up carry a slogan.
SINGLE_BOARD_NOUNS = frozenset(noun for noun in DISPLAY_NOUNS if not noun.endswith("s"))
#: Prepositions after a verb of holding that leave a sign out of its object
#: (``would hold a march in Pell on Saturday under the banner``).
HOLDING_BREAKS = frozenset(
    "in on at under during for from with to into near outside behind after before of by".split()
)
#: Words before ``line`` or ``lines`` that make it a line of a song or poem,
#: whose quoted words are nobody's statement (``the song includes the line
#: “...”``, ``its opening lines``), not an idiom (``crossed the line “by ...”``,
#: ``hold the line``, ``on the line``, ``between the lines``).
LYRIC_LINE_LEADS = (
    *("includes the", "included the", "including the", "contains the", "containing the"),
    *("features the", "featuring the", "wrote the", "penned the", "song's", "poem's"),
    *("opening", "closing", "final", "famous", "memorable", "first", "last"),
)
#: Parts of a song after a determiner (``the refrain “...”``), not the verb
#: (``urged residents to refrain “from ...”``).
SONG_PART_NOUNS = ("refrain", "chorus")
#: Things an amount before their quoted name counts (``a 16 percent
#: ''business transfer tax''``, ``a $2 million “river walk”``, ``a $2
#: million “smart harbour” project``): a levy or a project, not the
#: characterisation an amount more often stands before (``a two-hour
#: “nightmare”``, ``a $40 million “giveaway”``).
COUNTED_THING_NOUNS = frozenset(
    """
    tax taxes levy levies tariff tariffs surcharge fee fees toll tolls duty
    project projects scheme program programme initiative fund trail walk
    """.split()
)

#: Kinds of works of screen, stage and print that stand right before their
#: titles (``quirky Vellish comedy “Gullhaven.”``, ``the thriller “Night
#: Ferry”``), besides :data:`~quotes.extract.patterns.WORK_NOUNS` and the
#: nouns that take only titles in title case.
GENRE_NOUNS = tuple(
    "comedy comedies drama dramas sitcom sitcoms thriller thrillers miniseries docuseries "
    "biopic biopics musical musicals opera operas satire satires".split()
)
#: The makers, stars and hosts of a work, named right after its title
#: (``“Harbour Lights” director Ana Lind``, ``the “Night Ferry” actress``).
WORK_MAKER_NOUNS = tuple(
    """
    director directors actress actresses actor actors star stars co-star co-stars creator
    creators co-creator author authors producer producers writer writers showrunner
    showrunners singer singers songwriter singer-songwriter composer composers host hosts
    co-host presenter presenters novelist filmmaker filmmakers screenwriter playwright
    rapper frontman frontwoman anchor narrator choreographer cast alum
    """.split()
)

#: Words that may not stand between a determiner and a name (``the “...”``,
#: ``its new “...”``): adverbs, pronouns and words of comparison or time.
NOT_A_NAME_MODIFIER = frozenset(
    """
    than so if when while because since until unless into over under about now not never
    also just only again too yet still even here there this these those then you we i
    his her its their our my your me him them us very really quite more most less least
    """.split()
)


def _with_plurals(words: str) -> frozenset[str]:
    """The words and their plurals in ``-s`` (``feature`` and ``features``)."""
    singular = words.split()
    return frozenset((*singular, *(word + "s" for word in singular if not word.endswith("s"))))


#: Nouns of things that bear a name, which a quoted name in title case right
#: before them names (``the app's “Moments” feature``, ``its “Line Watch”
#: page``): products and their parts, media and what is published in them.
#: Chosen by hand for this rule, from the kinds of named thing news writes
#: this way (tech, transport, media, business, sport); no noun of a
#: judgement, an event or a result (``turnout``, ``decisions``, ``vote``,
#: ``rating``), before which a quoted word is someone's verdict.
NAME_BEARING_NOUNS = _with_plurals(
    """
    feature page app service show series podcast account newsletter website site column
    segment hashtag brand label range tour
    """
)
#: Nouns of schemes, pacts and plans that a name of two words or more in
#: title case names (``the “Flip First” pact``, ``its “Rainy Day” fund``); a
#: single quoted word before them is more often a verdict (``a “Sham” plan``).
SCHEME_NOUNS = _with_plurals("campaign pact programme program scheme initiative project fund plan")

#: Analysts' ratings of a stock, which business news quotes as terms, not as
#: anybody's words (``kept her “buy” call``, ``cut the shares to “sell”``):
#: the ratings brokers publish, gathered by hand from their usual scales.
ANALYST_RATINGS = frozenset(
    rating.strip()
    for rating in """
    buy|strong buy|sell|strong sell|hold|outperform|underperform|overweight|underweight|neutral
    |accumulate|reduce|add|market perform|sector perform|equal weight|equal-weight|market weight
    """.split("|")
)
#: Nouns that follow an analyst's rating (``her “buy” call``).
RATING_NOUNS = _with_plurals("rating call recommendation")
#: Verbs that move a stock to a rating or keep it there (``upgraded the
#: shares to “buy”``); everyday verbs (``cut``, ``keep``, ``move``) are left
#: out, before which a rating's word is someone's (``move to “reduce” the debt``).
RATING_VERBS = frozenset(
    """
    upgrade upgrades upgraded upgrading downgrade downgrades downgraded downgrading rate rates
    rated initiate initiates initiated reiterate reiterates reiterated
    """.split()
)

#: Nouns of a name in apposition right after quoted words in title case
#: (``call her “Madam Pepper,” a nickname she dislikes``): the words are a name.
NAME_NOUNS = frozenset("nickname nicknames moniker name".split())
#: Nouns of written work in apposition before a title in any case that the
#: words after it say came out (``Her latest paper, “Acoustic signatures of
#: reef recovery,” published this month``), besides the nouns of works.
PUBLISHED_WORK_NOUNS = frozenset("paper papers article articles preprint preprints".split())


def one_board_held(before: str, board: str) -> bool:
    """True when a finite verb of holding up holds a single board (``board``,
    the words from its noun to its verb of reading) in the clause ``before``
    it (``Ada Venn hoisted a sign that read``): its words are the holder's.
    Many boards held up (``Several children held signs that read``) carry a
    slogan, as boards nobody holds do."""
    one = board.split()[0].lower() in SINGLE_BOARD_NOUNS
    return one and _held_by_finite_verb(before) and not _held_by_group(before)


#: Lower-case plurals that are no group of holders (``has``, ``was``, ``this``).
_NOT_HOLDERS = frozenset("has was is does this its his as us yes".split())


def _held_by_group(before: str) -> bool:
    """True when a group holds the board up (``a small group of students held
    up a banner``, ``Pickets waved a banner``): the word right before the verb
    of holding is a lower-case plural; its words are a slogan, not one
    person's (``Ada Venn hoisted a sign``, ``she held up a sign``)."""
    words = re.split(r"[.!?;:,\n]", before)[-1].split()
    held = [i for i, word in enumerate(words) if word.lower() in FINITE_HOLDING_FORMS]
    if not held or held[-1] == 0:
        return False
    holder = words[held[-1] - 1]
    return holder.endswith("s") and holder.islower() and holder not in _NOT_HOLDERS


def _held_by_finite_verb(before: str) -> bool:
    """True when a finite verb of holding up stands in the clause before a sign,
    among its last words or with no preposition after it (``Dockers held up two
    large hand-painted signs``; not ``hold a march on Saturday under the banner``)."""
    words = [word.lower() for word in re.split(r"[.!?;:,\n]", before)[-1].split()]
    held = [i for i, word in enumerate(words) if word in FINITE_HOLDING_FORMS]
    return bool(
        set(words[-4:]) & FINITE_HOLDING_FORMS or (held and not set(words[held[-1] :]) & HOLDING_BREAKS)
    )


#: Prepositions of place after a board's noun (``the sign above her door``,
#: ``a plaque on the bench``): where a fixed board hangs, not who holds it.
BOARD_PLACE_PREPOSITIONS = (
    "above over on outside inside in at by near behind beside across along under below beneath atop".split()
)
#: A board, where it hangs (a preposition and up to four words) and a relative
#: clause reading its text out, right before the opening mark (``the
#: hand-painted sign above her door, which reads “...”``, ``a plaque on the
#: bench that says “...”``): a slogan, nobody's statement.
_PLACED_BOARD_READS_RE = re.compile(
    r"\b(?P<board>(?:"
    + "|".join(sorted(DISPLAY_NOUNS, key=len, reverse=True))
    + r")[ \xa0]+(?:"
    + "|".join(BOARD_PLACE_PREPOSITIONS)
    + r")[ \xa0]+(?:[\w'’-]+[ \xa0]+){0,3}?[\w'’-]+,?[ \xa0]+(?:which|that)[ \xa0]+(?:reads|read|says|said))[,:]?[ \xa0]*\Z",
    re.IGNORECASE,
)


def placed_board_reads(before: str) -> bool:
    """True when ``before`` (the text right before an opening mark) ends on a
    board, where it hangs and a clause reading it out (``the sign above her
    door, which reads``, ``a banner across Main Street that said``), and no
    finite verb holds up that one board (``Ada Venn held a sign above her
    head that read``: her words)."""
    found = _PLACED_BOARD_READS_RE.search(before)
    return found is not None and not one_board_held(before[: found.start()], found.group("board"))


#: Adverbs of naming before ``called`` or ``known as`` (``water vendors,
#: popularly called “mai ruwa”``, ``a ridge locally known as “the Saddle”``):
#: the quoted words are what people at large call a thing, a name even in
#: lower case, not a speaker's verdict.
NAMING_ADVERBS = frozenset(
    "popularly locally commonly affectionately widely colloquially informally fondly".split()
)
#: Verbs of opening, running and closing that a show or exhibition takes
#: after its title (``“Salt Roads,” which runs until May``).
SHOW_RUN_VERBS = frozenset("runs ran opens opened closes closed continues tours toured".split())
