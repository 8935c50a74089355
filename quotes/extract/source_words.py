"""Words about sources and speakers: how an unnamed source knows what it tells,
onlookers and the harmed, posts that ask questions, words that make a name a
business's or a body's, page labels, places and counted facts opening a
sentence, people who speak for a client, and wordings nobody says.

Word lists gathered while probing news of many kinds (docs/extraction.md says
which construction each serves); :mod:`quotes.extract.lexicon` holds the
reporting verbs and the words of direct quotes.
"""

from __future__ import annotations

#: Nouns after ``with`` that say how an unnamed source knows what it tells
#: (``people with direct knowledge of the talks``): the mention keeps them.
SOURCE_KNOWLEDGE_NOUNS = frozenset({"knowledge", "understanding"})
#: Words before such a noun that say the knowledge is scant (``a woman with
#: little understanding of the rules``): a description, not how a source knows.
SCANT_KNOWLEDGE_WORDS = frozenset("little limited scant poor".split())
#: Participles after an unnamed source's noun that say how it knows (``people
#: briefed on the talks``): the mention keeps them too.
SOURCE_KNOWING_PARTICIPLES = frozenset({"briefed"})
#: Words opening what an unnamed source's mention says of how the source knows
#: (``a person close to the bank's board``, ``officials familiar with the
#: plans``; also ``with`` before a noun of :data:`SOURCE_KNOWLEDGE_NOUNS`): the
#: noun before them, not the one they end on, says who speaks.
SOURCE_KNOWING_WORDS = ("familiar with", "close to", "briefed on")

#: People who saw or speak of what happened to someone else (``a witness
#: said``, ``a neighbour who heard the shots said``): never the person a
#: story's next paragraph names with an age, whom they speak about.
ONLOOKER_NOUNS = frozenset(
    "witness witnesses eyewitness onlooker bystander passer-by neighbour neighbor".split()
)
#: Words after an unnamed person's noun that open what the article says the
#: person did or is (``A farmer whose sheep strayed``, ``A man accused of ...``).
SELF_DESCRIBING_WORDS = frozenset("who whose accused charged convicted jailed sacked dismissed".split())

#: Posts whose holder puts questions for someone to answer (a court's, an
#: inquiry's, an interview's, a press conference's, a meeting's chair): a
#: question one of them asks is put to the one who spoke before it.
QUESTIONING_POSTS = frozenset(
    """
    prosecutor counsel barrister solicitor lawyer attorney judge coroner magistrate interviewer
    reporter reporters journalist journalists correspondent presenter host anchor moderator
    chair chairman chairwoman chairperson
    """.split()
)

#: Participles written as adjectives before a role's noun (``retired nurse
#: from the town``, ``leading authority on the local rocks``, ``registered
#: architect with the firm``): what follows them is a role, no clause.
ROLE_PARTICIPLES = frozenset(
    """
    retired semi-retired leading registered seasoned qualified trained experienced respected
    renowned noted celebrated distinguished acclaimed licensed certified chartered practising
    practicing serving elected appointed self-employed self-taught published award-winning
    """.split()
)

#: Words saying that someone died or was hurt (``Pip Harlow, 15, was hit as he
#: crossed``, ``Tom Keel, 19, died at the scene``): whom they tell of is not
#: who spoke in the paragraph before, but whom that speaker spoke about.
HARMED_WORDS = frozenset(
    "died dies dead killed drowned injured hurt hit struck collapsed stabbed shot".split()
)

#: Nouns for a business that ``a spokesman for the NOUN`` may use of any
#: business the article named, whatever its name (``Harbor Freight Lines``
#: is ``the company``); a body of another kind is ``the NOUN`` only when its
#: name holds the noun (``Aldgate Bank`` for ``the bank``).
ANY_BUSINESS_NOUNS = frozenset("company firm business".split())
#: Ways words are sent, which after a passive's ``by`` with no article say how
#: someone was told, not who told them (``was told by email``, ``by text message``).
MEANS_OF_SENDING = frozenset(
    "email e-mail mail letter post text message phone telephone call fax courier video videolink".split()
)
#: Verbs, in their past and present forms, of what a person does to a business
#: (founds, runs, owns it): after ``the company NAME`` with nothing for an object
#: (``the company Marwick founded in 1998``), the business is the verb's object
#: and the name its founder's, a person's.
BUSINESS_MAKING_FORMS = frozenset(
    """
    founded co-founded cofounded built ran runs owned owns led leads bought sold joined left
    managed manages inherited created established headed heads chaired chairs
    """.split()
) | frozenset({"set up", "took over", "takes over"})
#: Words after ``a spokesman for the NOUN`` that end the body's noun (a verb,
#: an auxiliary or a relative pronoun follows it: ``for the bank declined``);
#: any other lower-case word may go on with it (``for the school district``).
AFTER_BODY_NOUN_WORDS = frozenset("who which that declined refused".split())
#: Labels a page sets before what it shows or plays (``VIDEO:``, ``PHOTO:``,
#: ``GALLERY:``), in any case: the words after one are nobody's label-cue.
MEDIA_LABELS = frozenset(
    "video videos watch photo photos picture pictures pictured gallery audio listen".split()
)

#: Prepositions of place that open a sentence before a bare noun (``Outside
#: court, Helen Cray of the police said``, ``Inside chambers, ...``): the parse
#: may read the preposition as the noun's adjective and the phrase as the
#: subject, with the speaker after its comma as a conjunct.
OPENING_PLACE_PREPOSITIONS = frozenset("outside inside beyond near behind".split())
#: Places such a preposition opens on (``Outside court,``), never people
#: (``Outside observers and Mayor Ida Venn said``).
OPENING_PLACE_NOUNS = frozenset(
    "court courts chambers parliament hospital stadium ground building church school station hall".split()
)

#: Nouns for counted facts (``according to city figures``, ``official data
#: showed``): they report numbers, never go on speaking in a quotation that
#: follows with no attribution of its own.
DATA_NOUNS = frozenset("figures data statistics numbers estimates tallies counts".split())

#: Cues by which counted facts report (``according to city figures``, ``data
#: showed``, ``new survey data found``, ``estimates put the cost at``);
#: ``senior figures said`` are people.
DATA_CUES = frozenset(
    """
    according show shows showed shown suggest suggests suggested indicate indicates indicated
    found find finds reveal reveals revealed put puts estimate estimates estimated
    """.split()
)

#: Words before ``figures`` that make them people (``senior figures in her
#: party``, ``leading figures``), never counted facts.
PERSON_FIGURE_WORDS = frozenset(
    "senior leading key public party top prominent political influential opposition establishment".split()
)

#: People who speak for someone else (``his lawyer``, ``her agent``, ``their
#: spokesman``): introduced by the client's possessive and never named, one
#: of them is an unnamed speaker whom a ``he`` or a ``she`` after their words
#: may stand for (the possessive says the client's gender, not theirs); a
#: coach, a friend or a manager speaks of the person, not for them.
SPEAKING_FOR_CLIENT_NOUNS = frozenset(
    """
    lawyer solicitor barrister attorney counsel spokesman spokeswoman spokesperson
    agent representative publicist
    """.split()
)
#: What a body does, in the forms a ``which`` clause after its name writes
#: (``Corvane, which makes drones,``, ``BuzzFeed, which does not disclose its
#: finances,``): the name is a body's; ``Prince, which is his real name,`` or
#: ``Venn, which is what the fans chant,`` is about a word.
BODY_ACTIVITY_FORMS = frozenset(
    """
    make makes made sell sells sold run runs ran own owns owned operate operates operated
    employ employs employed build builds built supply supplies supplied provide provides
    provided produce produces produced manufacture manufactures manufactured offer offers
    offered serve serves served publish publishes published develop develops developed
    design designs designed import imports imported export exports exported distribute
    distributes distributed disclose discloses disclosed manage manages managed control
    controls controlled fund funds funded sponsor sponsors sponsored represent represents
    represented lend lends lent invest invests invested hire hires hired ship ships shipped
    fly flies flew broadcast broadcasts print prints printed insure insures insured
    """.split()
)

#: Nouns for words written, sung or repeated rather than said by someone (``The
#: mayor's motto, “...,” was painted on the hall``, ``The menu promises “...”``):
#: a mention with such a head speaks nothing; gathered from entertainment,
#: campaign and restaurant news.
WORDING_NOUNS = frozenset(
    """
    line lines motto mottos slogan slogans lyric lyrics catchphrase tagline refrain verse
    menu menus inscription inscriptions
    """.split()
)

#: Words that, among the few before the words a headline repeats in the
#: same sentence of a body quote, deny the words or give them to others
#: (``“It is not a car park, whatever people say”``, ``“Anyone who says it
#: is too dangerous ...”``, ``“We all know the rule, no pay, no boats”``):
#: the body's speaker does not say them as their own.
DISOWNING_WORDS = frozenset(
    """
    not no never nor whoever say says said saying rule slogan motto chant
    """.split()
)
#: Pairs of words doing the same as :data:`DISOWNING_WORDS`.
DISOWNING_PAIRS = frozenset(
    {
        "anyone who",
        "people ask",
        "ask me",
        "asks me",
        "call it",
        "calls it",
        "called it",
        "call this",
        "calls this",
        "called this",
        "call that",
        "calls that",
        "called that",
    }
)
#: Words that deny a paraphrase between its verb of speech and its words
#: (``Sol did not say dockers were paid less``, ``Sol denied that ...``).
DENYING_WORDS = frozenset("not no never nor deny denies denied denying".split())
