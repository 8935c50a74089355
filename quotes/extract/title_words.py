"""Titles written before a name (hand-made for English news text): offices
and ranks abbreviated, the undotted titles of British and Commonwealth papers,
courtesy titles with the gender they give, and honorifics; the title words that
can precede a name, those a mention is looked up without, and ranks that are
ordinary words too. Data only."""

from __future__ import annotations

#: Titles of office and rank written abbreviated before a name (``Sen. Ola
#: Ruud``, ``Dr Kobb``), without their full stop; the military ranks as the AP
#: stylebook abbreviates them (``Brig. Gen.``, ``Maj.``, ``Cpl.``, ``Pvt.``) and
#: ``Msgr.`` of Catholic clergy.
ABBREVIATED_TITLES = tuple("Dr Prof Sen Rep Gov Gen Lt Col Capt Sgt Adm Rev Brig Maj Cpl Pvt Msgr".split())

#: Titles British, Irish, Australian and Canadian papers write before a name
#: without a full stop and that are never given names (``Cllr Ola Brekk``,
#: ``Det Insp Tor Lund``, ``Supt Ana Voss``, ``Coun. Ray Holt``): council and
#: police ranks as those papers' style guides abbreviate them, a Catholic
#: priest's ``Fr`` (Father); the police
#: ranks Indian, Pakistani and Nigerian papers write in capitals (``SP Ada Obi``:
#: superintendent, ``DSP``, ``IGP``: inspector-general) and Malaysian papers
#: abbreviate (``Asst Comm Ravi Kumar``: assistant commissioner); and the armed
#: forces' ranks (``Sqn Ldr``, ``Wg Cdr``, ``Lt Col``, ``Pte``) as the forces write them
#: (not ``Gen``, a given name: ``Gen Orrin``).
#: The ranks in capitals: titles right before a name, but a possessive of
#: theirs is a body's (``the ACP's leader``: a party's; ``AIG``, a company, is no rank).
CAPITAL_RANKS = tuple("SP ASP DSP CSP SSP ACP DCP IGP".split())
#: Ranks in capitals that are a title only inside a name, right before it (``CP Ada
#: Obi``: commissioner of police), being a party's initials too (``The CP said``,
#: ``CP leader Ada Obi``): no title word alone or before a noun.
NAME_ONLY_RANKS = frozenset({"CP"})
#: Kenyan papers' cabinet and principal secretaries, written before a name with
#: their portfolio (``Education CS Ada Wanjiru``, ``Interior PS Ada Wanjiru``).
CABINET_POST_INITIALS = ("CS", "PS")
#: Posts' short forms that are no plain initials of the post as written
#: (``the CEO`` of a ``chief executive``): the short form for each post.
POST_SHORT_FORMS = {
    "chief executive": "CEO",
    "finance director": "FD",
    "chief finance officer": "CFO",
}
UNDOTTED_TITLES = (
    *"Cllr Coun Det Insp Supt Cmdr Cst Const DCI Asst Comm Fr".split(),
    *CAPITAL_RANKS,
    *CABINET_POST_INITIALS,
    *"Sqn Ldr Wg Cdr Flt Gp Lt Capt Maj Col Brig Sgt Cpl Pte".split(),
)

#: Ranks and titles written in full before a name as a form of address, which
#: after an office in lower case are no part of the role (``Committee chairman
#: Senator Ada Obi``: the role is ``Committee chairman``; ``Army spokesman Major
#: General Ada Obi``); not posts a lower-case word may qualify (``executive Director``).
RANKS_OF_ADDRESS = frozenset(
    "Senator Judge Justice General Major Brigadier Colonel Captain Lieutenant Sergeant Commodore Admiral".split()
)

#: A qualifier of a post that is a post itself (``Army chief``): a military or police rank
#: after it is the person's, no part of the role (``Army chief General Tomas Vell``: role
#: ``Army chief``), unlike the judicial ranks (``Vell's chief Justice Ann Rook``).
QUALIFIERS_THAT_ARE_POSTS = frozenset({"chief"})
JUDICIAL_RANKS = frozenset({"Judge", "Justice"})

#: Kinship words Singaporean, Malaysian, Indian and African papers write as a
#: courtesy before a surname or a given name (``Uncle Goh``, ``Auntie Lim``),
#: as the people they serve call them: how people are called, no part of the
#: name, with the gender each gives.
KINSHIP_COURTESY_TITLES = {"Uncle": "m", "Auntie": "f", "Aunty": "f"}
#: Courtesy titles, each with the gender it gives (``Ms. Ray``, ``Uncle Goh``).
COURTESY_TITLES = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f", **KINSHIP_COURTESY_TITLES}

#: Honorifics South Asian, West African and Malaysian papers write before a
#: name (``Shri Venkat Rao``, ``Smt``, ``Alhaji Musa Bello``, Ghana's ``Madam``, ``Hon.``, ``Engr.``,
#: ``Barr.``, ``Datuk``), gathered from those papers' style: respect, not a post
#: and no part of the name. (``Sri`` and ``Tan`` are left out: given names and surnames too;
#: ``Hon`` and ``Barr`` count only with their full stop, :data:`DOTTED_HONORIFICS`,
#: since ``Hon Lik`` and ``William Barr`` are names.)
NAME_HONORIFICS = frozenset(
    "Shri Shree Smt Shrimati Alhaji Alhaja Hajia Mallam Madam Mdm Puan Encik Engr Datuk Datin Honourable Honorable"
    " Sir Dame".split()
)
#: The gender each honorific of :data:`NAME_HONORIFICS` gives the name after it
#: (Singapore's ``Madam``/``Mdm``, Malaysia's ``Puan``/``Encik``/``Datin``, Nigeria's
#: ``Alhaji``/``Alhaja``, India's ``Smt``); ``Shri`` and ``Datuk`` say nothing of it.
HONORIFIC_GENDERS = {
    **{title: "f" for title in "Madam Mdm Puan Datin Smt Shrimati Alhaja Hajia Dame".split()},
    **{title: "m" for title in "Encik Alhaji Mallam Sir".split()},
}
#: Malaysian honorifics of two words, whose second word (``Sri``, ``Seri``) is a title
#: only after the first (``Tan Sri Ada Aziz``, ``Datuk Seri``, ``Dato' Sri``, ``Puan Sri``),
#: and the words that may open them.
MALAY_SECOND_HONORIFICS = frozenset({"Sri", "Seri"})
MALAY_FIRST_HONORIFICS = frozenset({"Tan", "Puan", "Toh", "Datuk", "Dato", "Dato'", "Dato’", "Datin"})
#: Academic titles written before a name without their full stop (``Minister Dr Ada Obi``).
ACADEMIC_TITLES = ("Dr", "Prof")
#: Honorifics written with a full stop (``Hon. Ada Obi``, ``Barr. Ada Obi``), which ends no sentence;
#: Philippine papers' ``Atty.`` (attorney), ``Usec.`` and ``Asec.`` (under- and assistant secretary)
#: stand before a name as they do (``Palace Press Officer Usec. Ada Cruz``).
DOTTED_HONORIFICS = ("Hon", "Engr", "Barr", "Smt", "Atty", "Usec", "Asec")
#: Those that are surnames too, whose full stop may end a sentence (``The inquiry was
#: chaired by Tom Barr.``, ``The award went to Lee Hon.``): no token of their own.
SURNAME_HONORIFICS = ("Hon", "Barr")
#: The dotted honorifics the tokenizer keeps with their full stop (``Engr.``, ``Atty.``).
TOKENIZED_HONORIFICS = tuple(title for title in DOTTED_HONORIFICS if title not in SURNAME_HONORIFICS)
#: The police and council ranks of :data:`UNDOTTED_TITLES` as Canadian papers
#: write them, with a full stop (``Const. Ada Obi``, ``Cst.``, ``Insp.``), and
#: a priest's ``Fr.``, which the tokenizer keeps with it: never a word that
#: ends a sentence.
DOTTED_RANKS = ("Cst", "Const", "Det", "Insp", "Supt", "Coun", "Cmdr", "Cllr", "Fr")

#: The titles written before the name of someone a noun describes, besides the
#: noun itself in capitals: a judge of the higher courts of British and
#: Commonwealth papers is ``Mr Justice``, ``Mrs Justice`` or ``Lord Justice``;
#: a headline's ``CEO`` is the body's ``chief executive Chen Bao``.
TITLES_OF_NOUNS = {
    "judge": ("Judge", "Justice"),
    "ceo": ("CEO", "Chief Executive", "chief executive", "Chief executive"),
}

#: People's nouns that are given names too (``Sultan Ahmed Qureshi``, ``Emir Ali
#: Demir``): before a name of two words they open the name, no title.
GIVEN_NAME_NOUNS = frozenset({"emir", "sultan"})
#: The trades of local features, a title only right before a name (``weaver
#: S. Palanisamy``, ``butcher Tom Reel``), never alone a person a pronoun turns
#: to (``The plumber came twice``: most often background).
NAME_TRADES = frozenset(
    """
    weaver tailor potter cobbler carpenter blacksmith goldsmith plumber electrician baker butcher
    fishmonger hawker labourer laborer janitor florist shopkeeper stallholder artisan craftsman craftswoman
    """.split()
)


#: Titles a mention is looked up without (``Mr. Kobb`` is ``Kobb``).
DROPPED_TITLES = (*COURTESY_TITLES, *ACADEMIC_TITLES, *sorted(NAME_HONORIFICS | set(DOTTED_HONORIFICS)))
#: Titles that say less of what a person does than an appositive after the name
#: (``Prof. Ada Lind, an epidemiologist at ...``: the role is ``epidemiologist``;
#: ``the Rev. Ola Lind, pastor of ...``: ``pastor``; ``Cllr Ola Lind, the
#: cabinet member for transport,``; ``Sister Agnes Lowe, a nun who ...``: ``nun``).
HONORIFIC_TITLES = frozenset(
    {
        *DROPPED_TITLES,
        "Doctor",
        "Professor",
        "Rev",
        "Reverend",
        "Cllr",
        "Coun",
        "Sister",
        "Brother",
        "Father",
        "Msgr",
        "Monsignor",
    }
)

#: Title words that can precede a name (Harbour Secretary of State Ansel Kobb); the ranks
#: and posts of police, school and hospital news (``Detective Ola Brekk``) among them,
#: lawmakers by their letters (``Labour MP Ola Ruud``, ``the local MPP``), and the
#: offices of local government and institutions (``County Clerk``, ``Harbour Master``).
TITLE_WORDS = frozenset(
    """
    secretary president minister leader spokesman spokeswoman chairman chairwoman chairperson
    senator representative governor mayor ambassador envoy director
    general chief judge justice prime premier chancellor king queen prince
    princess speaker commander official adviser advisor professor doctor
    deputy vice head founder ceo cfo coo cto cmo chair lawmaker attorney candidate nominee
    councillor councilor councilman councilwoman commissioner inspector sheriff
    superintendent rabbi bishop pastor reverend father sister imam ayatollah cardinal archbishop
    monsignor chaplain deacon brigadier commodore
    coach manager captain admiral colonel lieutenant sergeant
    detective constable trooper corporal marshal officer principal paramedic firefighter
    executive analyst economist striker defender midfielder goalkeeper winger
    forward fly-half scrum-half full-back fullback flanker quarterback linebacker
    pitcher shortstop batsman bowler wicketkeeper playmaker opener seamer spinner
    whip mp mep mla mpp msp
    treasurer comptroller controller auditor assessor clerk registrar recorder coroner
    magistrate warden alderman alderwoman selectman selectwoman supervisor administrator
    trustee provost curator postmaster harbourmaster harbormaster master
    rector lecturer publicist advocate
    promoter producer rapper drummer guitarist composer conductor comedian
    novelist poet photographer designer chef co-founder cofounder
    undersecretary emeritus
    """.split()
) | {title.lower() + "." for title in ABBREVIATED_TITLES}
#: The titles written without a full stop are title words as they stand (``cllr``).
TITLE_WORDS |= {title.lower() for title in UNDOTTED_TITLES}

#: Ranks that are ordinary words too (``a major company``, ``Air Canada``):
#: titles only right before a given name or another title (``Major Ilse
#: Varga``, ``Major General Ilse Varga``, ``Sergeant Major Tor Aas``, ``Private
#: Ola Lund``, ``Air Commodore Ruth Ellery``).
WORD_RANKS = frozenset({"Major", "Private", "Air"})

#: Titles that open a person's name, as written (``Dr``, ``Hon``, ``Supt``,
#: ``Senator``, ``President``), without their full stop: a name they open is
#: a person's, not a body's.
NAME_OPENING_TITLES = frozenset(
    {*DROPPED_TITLES, *ABBREVIATED_TITLES, *UNDOTTED_TITLES, *RANKS_OF_ADDRESS, "President", "Chief"}
)
