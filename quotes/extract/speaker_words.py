"""The words of speakers (hand-made for English news text): pronouns, head
nouns of people, groups, organizations and documents, and the small lists that
tell a speaker's mention from other words. The titles before a name are in
:mod:`quotes.extract.title_words`, the posts people hold in
:mod:`quotes.extract.post_words`, the words of names, places and parties in
:mod:`quotes.extract.name_words`, the reporting verbs in
:mod:`quotes.extract.lexicon`. Data only: nothing here depends on spaCy."""

from __future__ import annotations

from quotes.extract.time_words import MONTH_ABBREVIATIONS
from quotes.extract.title_words import (
    ABBREVIATED_TITLES,
    DOTTED_HONORIFICS,
    TITLE_WORDS,
    UNDOTTED_TITLES,
)

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "i", "me"})

PRONOUNS_GROUP = frozenset({"they", "we", "them", "us"})

PRONOUNS = PRONOUNS_PERSON | PRONOUNS_GROUP | {"it", "you", "who", "which", "that"}

#: Pronouns that are never a subject, so never who speaks.
OBJECT_PRONOUNS = frozenset({"them", "him", "me", "us", "whom", "themselves", "himself", "herself"})

#: The writer's own pronouns: outside a quotation they stand for the author,
#: never for someone the article names.
FIRST_PERSON = frozenset({"i", "me", "we", "us"})

DETERMINERS = ("the ", "a ", "an ", "The ", "A ", "An ")
#: Possessive determiners of a person (``his lawyer``).
OWNED = ("his ", "her ", "their ")
#: Words opening a sentence of a court report that name the side speaking
#: (``Mitigating, his solicitor, Neil Hart, said``, ``Prosecuting, Ada Lorne told
#: the court``): never the speaker.
COURT_SIDE_OPENERS = frozenset({"mitigating", "prosecuting", "defending", "sentencing"})
#: The subject pronoun of the person a possessive pronoun stands for.
SUBJECT_OF_POSSESSIVE = {"his": "he", "her": "she"}

#: Pronouns that open a relative clause (``Venn, who said``).
RELATIVE_PRONOUNS = frozenset({"who", "whom"})
#: Reflexive pronouns: the object of a naming (``a group calling itself ...``).
REFLEXIVE_PRONOUNS = frozenset({"itself", "himself", "herself", "themselves", "themself"})
#: Subjects that stand for no one (``it was reported``, ``there were claims``).
EXPLETIVES = frozenset({"it", "there"})

#: Head nouns of organizations and institutions (with the charities, trusts, watchdogs
#: and professional bodies of local, health and business news: ``the regulator said``;
#: the houses and sees of religion news, not those that are also surnames: ``Church``, ``Temple``;
#: the schools of education news and the studios, labels and labs of entertainment and technology
#: news: ``According to the academy``; the subsidiaries and affiliates of companies; the
#: palaces of royal news and the treasuries of finance news: ``Kensington Palace announced``;
#: a sport ending a body's name: ``World Athletics``, ``Cycling`` in ``British Cycling``).
ORG_HEADS = frozenset(
    """
    ministry agency office staff department government military administration council
    committee institute institution company firm university school center centre
    commission bureau police army navy force forces court parliament congress senate
    house party campaign group organization organisation union association board bank
    service services network newspaper paper magazine channel station embassy mission
    regime cabinet chiefs command corporation foundation fund team league club
    authority authorities kcna agency's white_house pentagon kremlin
    research studies affairs sciences securities equities laboratory hospital clinic
    library museum chamber cooperative co-operative co-op coop directorate inspectorate
    charity trust watchdog regulator society alliance coalition federation ngo guild panel forum mutual
    brigade constabulary tribunal inquiry assembly garda battalion regiment squadron
    mosque synagogue cathedral diocese archdiocese congregation monastery convent seminary
    united rovers wanderers athletic fc hotspur albion baseball soccer basketball hockey football rugby
    athletics aquatics cycling boxing golf tennis cricket swimming rowing sailing gymnastics triathlon
    academy college polytechnic conservatory studio studios label lab labs
    subsidiary affiliate brewery distillery winery
    palace treasury reserve
    """.split()
)
#: Heads of bodies' names that are no surname, so a given name before them
#: opens a body's name (``Royal College of Surgeons``; not ``Ana House of Vell``).
INSTITUTION_HEADS = frozenset("college society academy institute institution university association".split())
#: Heads of the names of sports clubs (``Vell United``, ``Tessel Rovers``), and
#: what such a club is called (``the club said``, ``the team``, ``the side``).
CLUB_HEADS = frozenset("united rovers wanderers athletic fc hotspur albion".split())
CLUB_NOUNS = frozenset("club team side".split())
#: The branches and divisions of unions, co-operatives and companies (farming and
#: business news: ``The Northmere branch of the union said``): bodies in lower
#: case, but also surnames (``Taylor Branch``), so never the head of a name.
UNIT_NOUNS = frozenset({"branch", "chapter", "division"})


def is_org_head(word: str) -> bool:
    """True for a body's noun, singular or plural, in lower case (``office``, ``centers``)."""
    return word in ORG_HEADS or (word.endswith("s") and word[:-1] in ORG_HEADS)


#: Last words of the names of competitions and events (``Orlen Open``, ``Vell Grand Prix``): an
#: event, never a person, whose organisers may speak for it (sport and entertainment usage).
EVENT_HEADS = frozenset(
    """
    open cup classic championship championships games olympics prix tour masters marathon
    rally trophy series invitational festival awards gala expo showcase prize award medal
    """.split()
)

#: Last words of the names of companies (legal forms and the trades of business,
#: tech, energy, farming, chemicals and entertainment news: ``Brightwave Ltd``, Malaysia's ``Sdn Bhd``, ``Quillon Systems``,
#: ``Bluefield Music``): a body, never a person, when capitalised.
COMPANY_HEADS = frozenset(
    """
    ltd ltd. inc inc. plc llc llp corp corp. co. gmbh ag bhd holdings systems technologies labs
    motors partners capital media records music pictures entertainment software
    industries air airlines pharmaceuticals pharma foods water energy power logistics brands stores
    rail railways oil gas chemicals lines airways ferries shipping freight
    homes estates properties developments realty builders
    electric electricity utilities solar renewables farms dairies orchards vineyards
    pipeline pipelines petroleum resources drilling mining minerals refining
    artists management talent productions films games robotics analytics networks devices insurance healthcare
    biotech therapeutics materials markets
    polymers plastics metals textiles brothers securities investments
    """.split()
)

#: Areas that speak as bodies when a description names them in lower case (``the
#: herding district wrote``, ``the county said``), though capitals before them
#: only say where (``councillor for Brackley district``).
AREA_BODY_NOUNS = frozenset("district county municipality borough parish province".split())

#: Bodies named by a phrase whose head word alone is a person (a guard, a guard corps).
ORG_PHRASES = ("coast guard", "national guard", "guard corps", "border force")


#: Documents that can be the source of an attribution (the report said).
SOURCE_NOUNS = frozenset(
    """
    report statement study survey poll document memo filing complaint lawsuit
    indictment ruling analysis review letter release data figures estimate
    headline message tweet email ad advertisement website site editorial article
    piece column story book transcript caption sign banner page blog video clip
    commercial note post notice announcement
    agreement affidavit motion warrant records papers documents minutes
    judgment judgement outlook forecast
    assessment summary audit
    cable chronology copy dossier logbook spreadsheet recording
    """.split()
)


#: People a story talks about who are seldom named as speakers, besides
#: :data:`PERSON_NOUNS` (police and court copy).
TALKED_ABOUT_NOUNS = frozenset("suspect defendant accused gunman attacker offender inmate prisoner".split())


#: Head nouns of unnamed people (a senior official, the spokesman; with the
#: landowners and meteorologists of farming, housing and weather news, a
#: college's years, ``Sophomore Devin Marsh``, and the jockeys, umpires and
#: caddies of individual sports, ``Jockey Sean Quinn``; not buyers and
#: sellers, most often companies in business copy).
PERSON_NOUNS = frozenset(
    """
    official spokesman spokeswoman spokesperson source aide adviser advisor expert
    analyst professor researcher scholar diplomat minister secretary president
    leader director chairman chairwoman chair chief officer member lawmaker senator
    representative governor mayor ambassador envoy negotiator executive manager
    employee worker resident witness observer commentator economist lawyer attorney
    judge prosecutor investigator doctor scientist student teacher author writer
    reporter journalist editor critic insider strategist consultant pollster
    candidate nominee voter supporter opponent activist protester veteran general
    commander colonel soldier man woman person fellow head founder ceo cfo coo cto cmo
    host anchor businessman businesswoman mother father wife husband son daughter
    brother sister actress actor singer star player owner boss partner friend
    neighbor neighbour customer driver nurse farmer pastor priest chaplain
    historian organizer organiser campaigner delegate mogul
    billionaire congressman congresswoman councilman councilwoman commissioner
    sheriff staffer volunteer survivor victim fan attendee caller
    child kid boy girl teen teenager user reader viewer listener participant
    entrepreneur investor trader banker blogger columnist colleague co-author
    landlord landlady tenant pensioner retiree shopper homeowner commuter carer parent
    fisherman publican headteacher headmaster headmistress merchant vendor
    provost rector registrar trustee lecturer publicist
    promoter producer rapper drummer guitarist composer conductor curator comedian
    novelist poet photographer designer chef co-founder cofounder
    coroner counsel barrister solicitor magistrate councillor patient
    moderator presenter interviewer correspondent agent challenger incumbent contender
    forecaster pundit guest newsreader
    passenger pilot motorist cyclist pedestrian surgeon physician pharmacist midwife
    grower beekeeper rancher landowner smallholder crofter shepherd herder renter leaseholder
    auctioneer lineman meteorologist hydrologist agronomist climatologist
    coordinator planner firefighter paramedic rescuer dispatcher ranger evacuee
    refugee migrant interpreter engineer surveyor accountant broker
    striker midfielder defender winger goalkeeper footballer coach
    forward fly-half scrum-half full-back fullback flanker quarterback linebacker
    pitcher shortstop batsman bowler wicketkeeper playmaker opener seamer spinner
    guide sommelier barista winemaker hotelier vet veterinarian waiter waitress
    astronaut astronomer reviewer visitor hiker climber rider diner tourist camper
    sailor seaman airman crewman deckhand skipper navigator mechanic steward stewardess
    attendant diver lifeguard paratrooper cadet conscript librarian
    undersecretary convenor convener collector
    monarch ruler chieftain elder cleric emir imam sultan legislator chairperson widow widower
    freshman sophomore undergraduate postgraduate postdoc alumnus alumna
    jockey trainer referee umpire caddie athlete golfer swimmer boxer sprinter cricketer
    """.split()
)


#: Nouns that say only that someone is a person (``The man, Per Lund,``): they
#: may name whoever a description introduced, and are no role.
GENERIC_PERSON_NOUNS = frozenset("man woman person".split())


#: Nouns for someone a story does not name (``the spokesman said``): such a
#: mention stands for a person named earlier only when the article gave them
#: that role, unlike ``the singer`` or ``the future President``.
#: Who puts questions for the press or on air and never answers them (``A
#: reporter asked if ...``, ``“Is that a no?” the host asked``).
QUESTIONERS = frozenset(
    "host anchor moderator presenter interviewer questioner reporter journalist correspondent".split()
)
UNNAMED_SOURCE_NOUNS = (
    frozenset(
        "official spokesman spokeswoman spokesperson source aide officer representative diplomat "
        "insider person staffer member employee witness man woman".split()
    )
    | QUESTIONERS  # who puts the questions on air is never the guest who answers them
    | {"other"}  # "the other said" after "one of two residents": never the one named
)

#: Plural heads of groups of people, and the singular nouns for several
#: people speaking as one (``the family said``, a trial's sides: ``the
#: prosecution says``, never the defendant named before; ``the race jury said``).
GROUP_NOUNS = frozenset(
    """
    officials experts analysts sources observers critics officers diplomats lawmakers
    researchers scholars residents witnesses economists watchers people leaders
    members supporters opponents activists protesters voters aides advisers advisors
    scientists doctors authorities investigators prosecutors lawyers reporters
    commentators strategists insiders students workers employees republicans
    democrats conservatives liberals pollsters americans others many some
    crowd audience demonstrators marchers fans delegates authors writers editors
    organizers organisers parents teachers players coaches owners
    sisters brothers twins siblings relatives families neighbors neighbours friends
    family couple prosecution defence defense jury judges faction
    """.split()
)

#: The singular nouns of :data:`GROUP_NOUNS`: a group only heading the mention
#: (``the prosecution``, ``the Kobb family``, ``the family of the victim``), never
#: qualifying a noun (``the defence minister``) or ending a name (``Ministry of Defence``);
#: a race's or a court's ``jury`` speaks as one.
#: A ``faction`` (``the NeverTrump faction``) is several people, never one named before.
COLLECTIVE_GROUP_NOUNS = frozenset("family couple prosecution defence defense jury faction".split())

#: Words that make a mention anonymous when unnamed (a senior official).
ANONYMOUS_MARKERS = ("a ", "an ", "one ", "unidentified ", "unnamed ", "anonymous ", "another ")


#: Nouns that tell a person's gender when the name stands in apposition right
#: after them (``Her husband, Peter Allan,``), each with that gender.
GENDERED_NOUNS = {
    **dict.fromkeys(
        "husband son father brother grandson grandfather uncle nephew widower boyfriend".split(), "m"
    ),
    **dict.fromkeys(
        "wife daughter mother sister granddaughter grandmother aunt niece widow girlfriend".split(), "f"
    ),
}


#: Words whose full stop ends no sentence: the titles written with one (not
#: ``Miss``; ``Coun.``, ``Insp.``), plural ones (``Sens. Ola Ruud and Ansel Kobb``: no title of one
#: person), ``St.``, ``Mt.``, ``Jr.``, ``Sr.``, ``vs.``, ``No. 5`` and the months; not a
#: business's ``Inc.`` or ``Co.``, which mostly close a phrase. Single capitals (initials) and
#: a ``Jr.`` closing a sentence are left to :mod:`quotes.extract.sentences`.
ABBREVIATIONS = (
    *ABBREVIATED_TITLES,
    *UNDOTTED_TITLES,
    *"Mr Mrs Ms Sens Reps St Mt Jr Sr vs No".split(),
    *DOTTED_HONORIFICS,
    *MONTH_ABBREVIATIONS,
)

#: Irregular past tenses that open a sentence's predicate after its subject's
#: name (``Karl Moen, laid out his plans.``), never a role (not ``left``, ``set``:
#: ``left back``, ``set designer``).
IRREGULAR_PAST = frozenset(
    """laid made took gave went came led won lost spent sent met held kept got saw ran wrote
    spoke brought thought found built began became drew fell felt paid sold stood struck threw
    told said did had was were wept sat slept rose sang swam knew grew flew hid fought caught
    taught sought bought heard shook broke chose drove ate forgot hung meant rode rang sank
    stole swore tore woke wore fled froze knelt withdrew overcame underwent
    put cut hit let shut quit spread hurt burst split shed""".split()
)

#: Lower-case particles inside a person's name (``Ingrid van der Berg``, ``Ana de la Cruz``).
NAME_PARTICLES = tuple("van von der den de du da di del della dos das la bin bint ibn".split())
#: The Arabic article joined to the next word of a name (``Omar al-Rashidi``, ``Hana el-Sayed``).
NAME_ARTICLES = tuple("al el ad ar as ash at az".split())


#: What a business is, written before its name (``Carmaker Kell Motors``,
#: ``Oil giant Nordoil``): the last word of such a description, besides the
#: heads of organizations; gathered from business and property news.
BUSINESS_NOUNS = frozenset(
    """
    carmaker automaker chipmaker drugmaker planemaker shipbuilder retailer lender
    insurer airline carrier operator supplier manufacturer broadcaster
    publisher developer miner regulator conglomerate startup giant major utility
    brewer distributor exporter importer processor refiner wholesaler chain grocer brokerage
    app platform marketplace consultancy portal housebuilder homebuilder brand provider mutual
    """.split()
)
#: Posts only a business has: a possessive before one is a business's
#: (``MindBridge's chief executive``), unless a person bears the name.
BUSINESS_POSTS = frozenset(
    {
        "chief executive",
        "chief executive officer",
        "chief financial officer",
        "chief operating officer",
        "chief technology officer",
        "managing director",
        "finance director",
    }
)
#: Nouns that say a name is a body's: the heads of organizations and what businesses are.
BODY_NOUNS = ORG_HEADS | BUSINESS_NOUNS | UNIT_NOUNS
#: What a business is that is also a trade a person may have (``a ferry
#: operator``, ``a software developer``): with these, a one-word name may be a person's.
PERSON_TRADES = frozenset(
    """
    operator developer miner publisher broadcaster distributor supplier exporter importer
    processor brewer grocer trader
    """.split()
)
#: A person's noun or a title (``spokeswoman``, ``mayor``), for the rules that
#: take either: made once here, not a union of both at each lookup.
PERSON_OR_TITLE_WORDS = PERSON_NOUNS | TITLE_WORDS
#: The same, or a trade a person may have (``grocer``).
PERSON_TITLE_OR_TRADE_WORDS = PERSON_OR_TITLE_WORDS | PERSON_TRADES
#: What a business makes, before ``producer`` (``oil producer``, not ``film
#: producer``): such a producer is a business, any other a person.
PRODUCE_WORDS = frozenset(
    """
    oil gas crude coal steel aluminium aluminum copper nickel lithium iron gold silver uranium
    cement chip chips drug vaccine food dairy milk egg meat pork beef poultry sugar grain wheat
    wine beer energy power electricity solar fertiliser fertilizer chemical chemicals
    """.split()
)
#: What only a business is (``Startup Lumora raises ...``): before a name in a
#: headline, such a word is no part of the name, which is a body's (``Miner Tom
#: Reed rescued`` is a person's; ``major`` is a rank).
COMPANY_NOUNS = BUSINESS_NOUNS - PERSON_TRADES - {"major"}
#: Nouns for whoever owns, makes or pays for something, a person or a body
#: (``The refinery's owner, Nordoil,``): with what businesses are, a one-word
#: name apposed to them is a body's.
OWNER_NOUNS = BUSINESS_NOUNS | frozenset(
    "owner owners maker producer parent employer landlord contractor sponsor buyer seller".split()
)


#: Nouns that can head the mention of a speaker.
SPEAKER_NOUNS = PERSON_NOUNS | GROUP_NOUNS | ORG_HEADS | SOURCE_NOUNS
#: Common nouns that can head a source besides the person, group, organization
#: and document nouns: polls and records, shares of people (``half said``).
SOURCE_HEADS = frozenset(
    """
    polls surveys studies reports records documents emails filings results numbers
    statistics analyses estimates projections data research findings audit audits
    memos letters statements transcripts papers paper book article story stories
    percent majority majorities minority half third quarter most plurality all both
    few several none one each everyone everybody someone somebody nobody no_one
    public electorate crowd audience family families parents children kids friends
    colleagues allies rivals opponents candidates nominees republicans democrats
    independents evangelicals respondents participants delegates superdelegates
    """.split()
)

#: Nouns for a person that headlines write bare before their verb, which the
#: parse may tag an adjective (``rival calls it 'a wish list'``): a speaker
#: as the subject of a cue, though no role or description of one elsewhere.
BARE_SUBJECT_NOUNS = frozenset({"rival"})

#: Nouns that can head the source of an indirect quote.
SOURCE_HEAD_NOUNS = SPEAKER_NOUNS | SOURCE_HEADS
#: Events and acts, which say nothing even with a name before them
#: (``Pyongyang's latest provocation that threatens ...``, ``Kobb's veto shows``).
EVENT_NOUNS = frozenset(
    """provocation provocations failure performance veto donations operation refusal ambitions
    launch launches move decision attack attacks test tests strike strikes outreach""".split()
)
#: Endings of nouns for people (``actress``, ``businessman``, ``strategist``).
#: Endings of nouns for what a person does (``seismologist``, ``paediatrician``,
#: ``photographer``, ``shopkeeper``): read as a role before a name, as :data:`PERSON_NOUNS` are.
PROFESSION_ENDINGS = ("ist", "ician", "ographer", "keeper")

PERSON_SUFFIXES = (
    "man",
    "woman",
    "men",
    "women",
    "ess",
    "ist",
    "ian",
    "ent",
    "ant",
    "eer",
    "or",
    "er",
    "ive",
)

#: Capitalised words that head a line without naming a speaker (``Watch Video:``).
NOT_SPEAKERS = frozenset(
    "Watch Video Update UPDATE Exclusive EXCLUSIVE Breaking BREAKING Opinion Editorial Analysis Note Photos Listen Read Related Source Sources Transcript Editor".split()
    # the labels of a fact-check's parts, as fact-checkers' pages write them
    + "Claim CLAIM Verdict VERDICT Rating RATING Ruling RULING".split()
)
#: Auxiliaries opening a question (``Did Kobb say ...?``): never the start of a name.
QUESTION_AUXILIARIES = frozenset("Did Does Do Will Would Can Could Should Is Was Has Have Had".split())
#: Those that are never a given name opening a run of capitals (``Did Ada Obi say``;
#: ``Will``, ``Can`` and ``Do`` are given names too).
NAMELESS_AUXILIARIES = QUESTION_AUXILIARIES - {"Will", "Can", "Do"}
#: Words that do not start a speaker's name: those, and the articles.
NOT_A_SPEAKER_START = NOT_SPEAKERS | {"The", "A", "An"}

#: First words (lower case) of a headline's label before a colon, not of a source
#: (``Watch: ...``, ``Revealed: ...``, ``BOOM: ...``).
NOT_HEADLINE_SOURCES = frozenset(
    """watch video update exclusive breaking opinion editorial analysis note photos listen
    read related source sources transcript editor live latest the review report q a timeline
    explainer fact check correction podcast notice look boom wow revealed busted bombshell
    shocking letters interview commentary column briefing recap highlights claim verdict rating ruling
    fact-check factcheck
    storm hurricane typhoon cyclone tornado wildfire blizzard heatwave q&a faq factbox""".split()
)

#: Words that stand for a person after an inverted cue (“...,” tweeted another.)
INDEFINITE_SPEAKERS = frozenset({"another", "one", "others", "some", "many", "several"})
#: Those of them that stand for one person nobody names (``another wrote``;
#: ``the other said`` after ``one of two residents``: never the one named).
INDEFINITE_PERSON = frozenset({"another", "one", "other", "the other"})

#: Nouns of people who speak for or work at a body named before or after them
#: (``a spokesman for the county``, ``a Halvorsen spokeswoman``).
SPEAKING_FOR_NOUNS = tuple(
    "spokesman spokeswoman spokesperson official officials representative employee staffer".split()
)
