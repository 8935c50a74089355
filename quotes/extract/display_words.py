"""Words that make quoted words nobody's statement: the signs, posters and
banners that display them, the lines of songs, the names of levies and
projects, and the titles of works named by their kind or their makers
(:mod:`quotes.extract.quoted_kind` reads them)."""

from __future__ import annotations

#: Things that display words (``posters reading “...”``): the words on one
#: that nobody holds up are no one's statement (a slogan, a sign's text).
DISPLAY_NOUNS = frozenset(
    """
    sign signs poster posters placard placards banner banners billboard billboards
    sticker stickers graffiti mural murals plaque plaques
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

#: Forms of the verbs by which a sign, placard or banner displays words
#: (``signs that read “...”``, ``a banner reading “...”``), as the parser
#: gives them.
DISPLAYING_VERB_WORDS = frozenset(
    "read reads reading say says saying said proclaim proclaims proclaiming proclaimed "
    "declare declares declaring declared".split()
)
#: Verbs whose object sign speaks for whoever holds, carries, wears or made
#: it (``Ada Venn held up a sign saying “...”``): any other verb with a sign
#: as its object puts it up or finds it (``taped a sign to the door that
#: read “...”``, ``saw a sign reading “...”``), and its words are nobody's.
SIGN_HOLDING_WORDS = frozenset(
    """
    hold holds holding held carry carries carrying carried wave waves waving waved
    hoist hoists hoisting hoisted raise raises raising raised lift lifts lifting lifted
    brandish brandishes brandishing brandished wear wears wearing wore worn bear bears
    bearing bore borne unfurl unfurls unfurling unfurled display displays displaying
    displayed clutch clutches clutching clutched sport sports sporting sported don dons
    donning donned make makes making made paint paints painting painted write writes
    writing wrote written flash flashes flashing flashed
    """.split()
)
#: Words that are no noun a quoted name may modify, nor a modifier between a
#: determiner and a name (``was a “Very Bad Deal” and``, ``the “Big One” now``):
#: besides the prepositions, conjunctions and auxiliaries of the lexicon.
NOT_A_NAMED_NOUN = frozenset(
    """
    than so if when while because since until unless into over under about now not never
    also just only again too yet still even here there this these those then you we i
    his her its their our my your me him them us very really quite more most less least
    """.split()
)
#: Nouns of a verdict a rater gives (``his “D-minus” rating from the
#: gun lobby``, ``a “Mostly False” verdict``): the words before them are the
#: rater's verdict, quoted, not a name of the thing they modify.
VERDICT_NOUNS = frozenset(
    "rating ratings grade grades score scores verdict verdicts ranking rankings".split()
)
#: Phrases right before quoted words that make them the name something bears
#: (``registered under the name “Lucky Sevens”``, ``the nickname “...”``),
#: besides ``named``, ``dubbed`` and ``nicknamed``.
NAME_NOUN_PHRASES = (
    *("the name", "a name", "the nickname", "a nickname", "the moniker", "the brand name"),
    *("the trade name", "the handle", "the username", "the user name", "the codename"),
    *("code-named", "codenamed", "trading as", "trades as", "doing business as"),
)
