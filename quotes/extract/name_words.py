"""The words of names, places and affiliations: what may start, end or break
a person's name in a run of capitals, the place and outlet words that speak as
bodies, and the party words of US politics. Hand-made for English news text;
data only, defined before any code uses them (:mod:`quotes.extract.mentions`
and :mod:`quotes.extract.registry` read them)."""

from __future__ import annotations

#: Words of place names and institutions that speak as bodies ("Seoul said",
#: "Washington warned", "CNN reported"): a capitalised mention holding one of
#: them, with no word for a person, is an organization (the pipeline's NER is off
#: for speed, so this list stands in for it).
PLACE_WORDS = frozenset(
    """
    Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan
    Bahrain Bangladesh Belarus Belgium Bolivia Bosnia Brazil Britain Bulgaria Burma
    Cambodia Cameroon Canada Chile China Colombia Congo Croatia Cuba Cyprus Czech
    Denmark Ecuador Egypt England Eritrea Estonia Ethiopia Europe Finland France
    Germany Ghana Greece Guatemala Haiti Honduras Hungary Iceland India
    Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Kazakhstan Kenya
    Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Libya Lithuania Luxembourg
    Malaysia Mali Mexico Moldova Mongolia Montenegro Morocco Mozambique Myanmar
    Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama
    Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland
    Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria
    Taiwan Tajikistan Tanzania Thailand Tunisia Turkey Turkmenistan Uganda Ukraine
    Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe Africa Asia
    America Americas States Kingdom Emirates Union Nations Gaza Crimea Kashmir
    Washington Moscow Beijing Seoul Pyongyang Tokyo London Berlin Brussels
    Tehran Kabul Baghdad Damascus Ankara Kyiv Kiev Jerusalem Cairo Riyadh Delhi
    Islamabad Ottawa Canberra Madrid Rome Athens Warsaw Vienna Havana Caracas Taipei
    Manila Bangkok Hanoi Jakarta Geneva Kremlin Pentagon Vatican Downing Whitehall
    Congress Senate Parliament Capitol Hollywood
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
    Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada
    Hampshire Jersey York Carolina Dakota Ohio Oklahoma Oregon Pennsylvania
    Rhode Tennessee Texas Utah Vermont Wisconsin Wyoming
    CNN MSNBC NBC ABC CBS PBS NPR BBC Fox Reuters AP AFP Bloomberg Politico Breitbart
    Times Post Journal Tribune Herald Guardian Telegraph Economist Axios Newsweek
    HuffPost Huffington Yonhap KCNA Xinhua Tass Interfax Kyodo VOA Gallup Quinnipiac
    Twitter Facebook Google Apple Amazon Microsoft YouTube Instagram
    Radio TV Television Channel Broadcasting FM Courier Gazette Chronicle Observer ITV LBC
    """.split()
)

#: Last words of the names of places (``Kell Park``) and times (``Harbour Standard Time``), never of people.
PLACE_HEADS = frozenset(
    """
    park street avenue road square river lake mountain mountains hall bridge airport
    station stadium arena hotel church cathedral palace tower building island islands
    county city town valley beach bay coast harbor harbour time
    """.split()
)

#: Heads of the names of shops and small businesses (``Vell Bakery``, ``Kell
#: Garage``), which no person's name ends on.
SHOP_HEADS = frozenset(
    """
    bakery garage shop store cafe café restaurant bistro bar pub inn diner deli
    butchers salon farm vineyard winery brewery dairy mill workshop pharmacy
    bookshop bookstore market surgery kitchen gallery theatre theater cinema
    """.split()
)

#: Of :data:`SHOP_HEADS`, the words that end a shop's name and no person's
#: (``Lantern Diner``, ``Vell Bakery``, ``Kell Pharmacy``; not ``Mill`` or
#: ``Kitchen``, surnames too): a capitalised name ending on one is a business.
SHOP_NAME_ENDS = frozenset(
    "bakery cafe café diner deli pharmacy bistro brewery winery bookshop bookstore restaurant pizzeria".split()
)


def names_a_shop(text: str) -> bool:
    """True when ``text`` is a shop's name: two capitalised words or more
    ending on a word of :data:`SHOP_NAME_ENDS` (``Lantern Diner``, ``the
    Kell Bakery``); not a description (``the diner``) or a word alone."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return (
        len(words) >= 2 and words[-1].lower() in SHOP_NAME_ENDS and all(word[:1].isupper() for word in words)
    )


#: Party and committee words that can precede a name in a run of capitals.
AFFILIATION_WORDS = frozenset(
    {"Democrat", "Democratic", "Republican", "GOP", "Independent", "Ranking", "Member"}
)

#: Conjunctions and focus words that open a sentence before a name and are no
#: part of it (``Although Scott Hale was late``, ``Even Rendell, who ...``,
#: ``But Crawford, who ...``).
OPENING_WORDS = frozenset(
    "But And Or Yet Still Also So Then Meanwhile However Although Though Even Instead Indeed Perhaps".split()
)

#: Words of praise, blame or standing that open a sentence or a headline before
#: a name and are no part of it (``Legendary Kennedy speechwriter Ted Vance``,
#: ``Embattled Harlow striker ...``): written from news ledes and standfirsts;
#: none of them is a given name (``Frank``, ``Rusty``, ``Precious``,
#: ``Maverick`` are, and are left out).
DESCRIPTIVE_OPENINGS = frozenset(
    """
    Legendary Beloved Veteran Embattled Longtime Long-time Renowned Acclaimed Celebrated
    Famed Famous Infamous Notorious Outspoken Controversial Disgraced Retired Late Rookie
    Incumbent Outgoing Jailed Ousted Exiled Fugitive Convicted Accused Alleged Suspended
    Sacked Injured Departing Beleaguered Iconic Influential Prominent Respected Seasoned
    Fellow Ex Would-be Self-styled So-called Award-winning Prize-winning Best-selling
    Bestselling Record-breaking Popular Flamboyant Charismatic Reclusive Elderly
    Teenage Teen Budding Aspiring Up-and-coming Troubled Struggling Grieving
    Heartbroken Jubilant Delighted Furious Angry Frustrated Relieved Emotional Tearful
    Fuming Raging Livid Distraught Devastated Gutted Stunned Shocked Defiant Brave Plucky
    Hapless Tireless Beaming Smiling
    """.split()
)

#: Words opening the name a person was born with (``Born Doris Eileen Marr in
#: 1937, she ...``): a former name of someone the article names otherwise.
BIRTH_NAME_OPENINGS = frozenset({"Born", "Née", "Nee"})

#: Words that never start a person's name.
NOT_NAME_START = OPENING_WORDS | frozenset(
    """
    The A An In On At For If When While After Before Since As This That These Both
    Those It He She They We I You His Her Its Their Our My North South East West New
    Now Today Yesterday Last Next Mr Mrs Ms Dr
    Sen Rep Gov President Secretary Senator Representative Governor Speaker Former
    Republican Republicans Democrat Democrats Democratic GOP Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Read Watch Click Follow Sign Share
    Asked Speaking Writing According During Despite Under Over One Two Three
    Unlike Because Unless Until Whether Besides Thus Hence Moreover Furthermore
    Nevertheless Nonetheless Otherwise Whereas Whilst Afterwards Afterward Eventually Finally
    """.split()
)

#: Words that open a run of capitals and no name in it: :data:`NOT_NAME_START`
#: and :data:`DESCRIPTIVE_OPENINGS` (kept out of a role: ``Retired teacher``).
RUN_OPENINGS = NOT_NAME_START | DESCRIPTIVE_OPENINGS

#: Name-like words that stay at the start of a title (North Korean leader).
PLACE_ADJECTIVES = frozenset({"North", "South", "East", "West", "New"})

#: Capitalised words of a title-case line that end a person's name in a run of
#: capitals (``Ansel Kobb On Harbour Plans``: the name is ``Ansel Kobb``).
NAME_BREAKS = frozenset(
    """On In At For To With From By About Over Into Onto Upon Against Amid After Before Is Are
    Was Were Be Being Been Has Have Had Says Said Tells Told Warns Calls And Or But As Vs""".split()
)

#: The parties of a US lawmaker's ``R-Texas`` after the name, and of ``, Republican of Iowa,``.
PARTY_LETTERS = {"R": "Republican Party", "D": "Democratic Party"}

PARTY_WORDS = {
    "Republican": "Republican Party",
    "Democrat": "Democratic Party",
    "Democratic": "Democratic Party",
}

#: Endings of nationality adjectives (``North Korean``, ``Chinese``, ``Israeli``): capitals
#: ending so before a common noun (``North Korean leader``) describe the noun, name no body.
DEMONYM_ENDINGS = ("an", "ese", "ish", "i")

#: Nationality adjectives and nouns that sports and foreign copy write before a
#: name (``Australian Liam Prentice``, ``Frenchman Luc Dumont``, ``South
#: African Ruan de Klerk`` once ``South`` is dropped): a run of capitals opening
#: on one of them describes the person who follows, and is no part of the name.
NATIONALITY_WORDS = frozenset(
    """
    American Argentine Argentinian Australian Austrian Belgian Brazilian British Briton
    Bulgarian Canadian Chilean Chinese Colombian Croatian Cuban Czech Danish Dane Dutch
    Dutchman Dutchwoman Egyptian English Englishman Englishwoman Eritrean Estonian
    Ethiopian Finn Finnish French Frenchman Frenchwoman German Ghanaian Greek Hungarian
    Icelandic Indian Indonesian Iranian Irish Irishman Irishwoman Israeli Italian
    Jamaican Japanese Kenyan Korean Latvian Lithuanian Mexican Moroccan Nigerian
    Norwegian Pakistani Peruvian Filipino Pole Polish Portuguese Romanian Russian
    Scot Scottish Serbian Slovak Slovenian African Spaniard Spanish Swede Swedish Swiss
    Thai Tunisian Turkish Ugandan Ukrainian Uruguayan Venezuelan Welsh Welshman
    Welshwoman Zealander Zimbabwean Kiwi Aussie
    """.split()
)

#: Nationality nouns of :data:`NATIONALITY_WORDS` that are also given names
#: (``Finn Erik Larsen``, ``Dane Whitfield Morgan``): opening a run of
#: capitals they may be the person's own first name, and are kept.
GIVEN_NAME_NATIONALITIES = frozenset("Finn Dane Scot Pole Swede".split())

#: Last words of the names of places (``Kettle Creek``, ``Tarn Valley``, ``Mill
#: Lane``): a name ending on one is a place, whom no description of a person
#: stands for. Words that are common surnames too (Hill, Park, Lake) are left out.
PLACE_NAME_ENDINGS = frozenset(
    "Creek River Sound Lane Road Avenue Valley Harbour Harbor Beach Island Bay Square Pier Canyon Falls".split()
)

#: First words of the names of streets and places written noun first, as in
#: Malay (``Jalan Merbau``, ``Lebuh Pantai``, ``Taman Seri Indah``), Spanish,
#: Portuguese, French, Italian or Polish (``Calle Mayor``, ``Rua Augusta``,
#: ``Rue Cler``, ``Via Roma``, ``Ulica Długa``): a run of capitals opening with
#: one is a place, never a person, even with a person's name after it (``Jalan
#: Tun Hamzah``); one holding one of our titles names someone (``Plaza Hotel
#: General Manager Tom Berg``: ``name_runs._place_or_work``).
PLACE_NAME_OPENINGS = frozenset(
    """Jalan Jln Lorong Lebuh Lebuhraya Persiaran Lingkaran Taman Kampung Kampong
    Calle Avenida Avinguda Paseo Carrer Rambla Rua Praça Praca Travessa Estrada
    Rue Boulevard Bulevar Place Quai Via Viale Piazza Piazzale Corso Vicolo Plaza
    Ulica Aleja Calea Strada""".split()
)

#: Words that open the name of a storm (``Typhoon Halani``, ``Tropical Storm
#: Ana``, ``Super Typhoon Mawar``): a weather system, no one who speaks
#: (``Storm`` alone is left out: a given name too).
STORM_NAME_OPENINGS = frozenset("Typhoon Hurricane Cyclone".split())
#: Two words that open a storm's name (``Tropical Storm Ana``; not ``Super Eagles``).
STORM_NAME_PAIRS = frozenset(
    {("Tropical", "Storm"), ("Tropical", "Depression"), ("Super", "Typhoon"), ("Super", "Cyclone")}
)

#: A business's abbreviations (``Vell Inc.``, ``Harwick & Co.``, ``Harrow Bros.``).
#: Their full stop is a word's: before a capital it ends the sentence (``sold to
#: Vell Inc. Ruud said``), as a business's name mostly closes a phrase; only
#: the readers of a name's last word keep it (``Vell Inc.`` is no sentence end
#: inside an affiliation).
COMPANY_ABBREVIATIONS = tuple("Inc Co Corp Ltd Bros".split())

#: A generation's abbreviations, which can close a sentence as well as stand
#: inside one (``Ola Ruud Jr. said``; ``met Ola Ruud Jr. The talks``). With dotted
#: initials (``U.S.``, ``D.C.``) their full stop ends a sentence only before a
#: word that opens one (:data:`SENTENCE_OPENING_WORDS`).
CLOSING_ABBREVIATIONS = ("Jr", "Sr")

#: Words that open a sentence and are seldom part of a name, so that a full
#: stop right before them after ``U.S.`` or ``Jr.`` ends a sentence (``in the
#: U.S. The firm``, ``to the U.S. Why would we``; not ``the U.S. Navy``). A word
#: joined by a hyphen opens none (``U.S. A-10``, ``D.C. I-295``).
SENTENCE_OPENING_WORDS = frozenset(
    """The A An He She It They We I His Her Its Their Our This That These Those There
    But And Yet So Still However Meanwhile Then In On At For If When While After Before
    Since As Asked Why What Who How Where Which Now Last Some Many According Despite
    Mr Mrs Ms""".split()
)

#: The roman numerals a family writes after a son's name (``Ansel Marr III``,
#: ``Pope Ola Brenn II``): the name's last word, kept in the speaker's name;
#: not ``V``, as often a capital ``versus`` (``Dana Kell V Ola Brenn, 6-4``).
GENERATION_NUMERALS = ("II", "III", "IV")

#: Last words of the names of things numbered in roman numerals (``World War
#: II``, ``Star Saga Episode IV``, ``Vell Bowl III``): no generation follows them.
NUMBERED_THING_ENDINGS = frozenset(
    """War Phase Title Class Stage Level Type Grade Part Chapter Article Episode Volume
    Book Act Council Bowl Mark Tier Division Category Schedule Section Round Game Model
    Series Version Edition Stadium Plan Treaty Accord Protocol Pact""".split()
)

#: Words naming a school's class or year before its number (``Form Four``,
#: ``Year Eleven``, ``Grade Twelve``, ``Primary Six``, ``Senior Two``,
#: ``Standard Eight``): with a number word after them no person's name.
SCHOOL_CLASS_WORDS = frozenset("Form Year Grade Class Primary Senior Standard Junior".split())

#: Number words written with a capital after :data:`SCHOOL_CLASS_WORDS`.
CLASS_NUMBER_WORDS = frozenset(
    """One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen""".split()
)

#: Words of a rank's service after its ``of``, before a name (``Commissioner
#: of Police``, ``Director of Public Prosecutions``, ``Controller of
#: Prisons``): the service goes on while they do.
SERVICE_WORDS = frozenset(
    """Police Public Prosecutions Health State Justice Prisons Customs Immigration Education
    Works Finance Defence Defense Army Navy Staff Operations Administration Information
    Agriculture Corrections Fire Services Service Affairs Interior Internal Security Revenue
    Taxes Training Intelligence Investigations Roads Transport Environment Housing Planning
    Labour Trade Mines Energy Lands Correctional Federal National General Human Resources
    Relations Corporate Communications Media""".split()
)

#: Capitalised words that end a body's name rather than a person's
#: (``Kellport Grain Marketers``, ``Vell Annual Review``), besides the heads
#: of organisations' names.
BODY_END_WORDS = frozenset(
    """Marketers Traders Dealers Growers Producers Farmers Workers Merchants Sellers Review
    Report Survey Bulletin Journal Fund Trust Cooperative Society Holdings Industries""".split()
)

#: Nouns of people whom courts and reports call by a letter (``witness B``,
#: ``Soldier F``, ``victim A``): a capital and a stop after them is that
#: label, no initial opening a name (``witness B. Ola Brand, defending,``).
LETTER_LABEL_NOUNS = frozenset(
    "witness victim complainant patient child pupil juror defendant suspect soldier officer person".split()
)
