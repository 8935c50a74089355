"""Attribution in the English-language press of Nigeria, Ghana, Kenya, South
Africa, the Philippines, Pakistan, Malaysia and Singapore (portfolios and posts
in apposition, dotted honorifics, hyphened titles, briefs given with ``on``),
one row per construction, on texts written for the test about fictional
people, and rows of text each rule must leave alone."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SPEAKERS = [
    pytest.param(
        "The Commissioner for Works, Engr. Bala Udo, said the road was ready.",
        "the road was ready",
        {"speaker": "Bala Udo", "role": "Commissioner for Works"},
        id="a-dotted-honorific-after-a-post-in-apposition-ends-no-sentence",
    ),
    pytest.param(
        "Palace Press Officer Usec. Clara Dizon said the review had begun.",
        "the review had begun",
        {"speaker": "Clara Dizon", "role": "Palace Press Officer"},
        id="usec-between-the-post-and-the-name",
    ),
    pytest.param(
        "The Minister of Internal Security, Ada Obiora, said the roads were safe.",
        "the roads were safe",
        {"speaker": "Ada Obiora", "role": "Minister"},
        id="a-two-word-portfolio-before-the-name-in-apposition-is-no-name",
    ),
    pytest.param(
        "The state Commissioner for Local Government, Mr. Samuel Arube, said the councils had acted.",
        "the councils had acted",
        {"speaker": "Samuel Arube", "role": "state Commissioner for Local Government"},
        id="a-two-word-portfolio-after-for-and-a-courtesy-title",
    ),
    pytest.param(
        "The Chairman of the Senate Committee on Health, Senator Simon Lalude, said the bill was good.",
        "the bill was good",
        {"speaker": "Simon Lalude", "speaker_kind": "person", "role": "Chairman"},
        id="the-chairman-of-a-named-committee-is-a-person",
    ),
    pytest.param(
        "The Commissioner of Police, CP Ada Obiora, said the suspects had been arrested.",
        "the suspects had been arrested",
        {"speaker": "Ada Obiora", "speaker_kind": "person", "role": "Commissioner"},
        id="the-commissioner-of-police-and-the-cp-rank-before-the-name",
    ),
    pytest.param(
        "DA spokesperson on public works, Ghalib Camara, said the promises rang hollow.",
        "the promises rang hollow",
        {"speaker": "Ghalib Camara", "role": "DA spokesperson on public works"},
        id="a-bare-post-with-its-brief-given-with-on",
    ),
    pytest.param(
        "Vell Traders Federation secretary-general Stephen Muteti said traders were suffering.",
        "traders were suffering",
        {"speaker": "Stephen Muteti", "role": "Vell Traders Federation secretary-general"},
        id="a-hyphened-title-in-lower-case-after-the-body",
    ),
    pytest.param(
        "Vell Party president Datuk Seri Ahmad Zaki said the seat was safe.",
        "the seat was safe",
        {"speaker": "Ahmad Zaki", "role": "Vell Party president"},
        id="datuk-seri-before-the-name",
    ),
    pytest.param(
        "Anti-graft chief commissioner Tan Sri Azlan Baharom said the suspects would be remanded.",
        "the suspects would be remanded",
        {"speaker": "Azlan Baharom", "role": "Anti-graft chief commissioner"},
        id="tan-sri-between-the-post-and-the-name",
    ),
    pytest.param(
        "Dato' Sri Aminah Hassan said the fund would help.",
        "the fund would help",
        {"speaker": "Aminah Hassan"},
        id="dato-sri-with-its-apostrophe",
    ),
    pytest.param(
        "Energy Minister Dr Thabo Mokoena said the grid would hold.",
        "the grid would hold",
        {"speaker": "Thabo Mokoena", "role": "Energy Minister"},
        id="dr-without-its-full-stop-after-a-post",
    ),
    pytest.param(
        "Treasury Cabinet Secretary Njoroge Kamau said prices were stable. “We are happy,” the CS said.",
        "We are happy",
        {"speaker": "Njoroge Kamau", "role": "Treasury Cabinet Secretary"},
        id="the-cs-after-a-cabinet-secretary-with-a-portfolio",
    ),
    pytest.param(
        "The party, in a statement signed by its spokesman, Hon. Ade Bello, said the arrest was political. "
        "“This is persecution of opposition figures,” the statement read.",
        "This is persecution",
        {"speaker": "party", "speaker_kind": "organization"},
        id="the-statement-of-a-body-that-spoke-in-a-statement-signed-by-its-spokesman",
    ),
    pytest.param(
        "The Governor of Amaku State, Chief Emeka Okafor, has opened three roads. "
        "The governor said the roads would be finished soon.",
        "the roads would be finished soon",
        {"speaker": "Emeka Okafor", "role": "Governor of Amaku State"},
        id="a-chieftaincy-title-after-a-post-in-apposition",
    ),
    pytest.param(
        "Mr. Ifeanyi Nnaji averred that the agency had enough relief materials.",
        "the agency had enough relief materials",
        {"speaker": "Ifeanyi Nnaji", "cue": "averred"},
        id="averred-with-its-doubled-r",
    ),
    pytest.param(
        "“Our people are suffering,” the monarch said, which translates as “What is happening to us is not good.”",
        "What is happening to us",
        {"speaker": "monarch", "kind": "partial"},
        id="the-monarch-is-a-person-after-a-quotation",
    ),
    pytest.param(
        "Ada Wanjiku said in Hausa, “Allah ya isa,” meaning “God is enough.”",
        "God is enough",
        {"speaker": "Ada Wanjiku", "kind": "direct"},
        id="a-translation-after-meaning-is-the-speaker-s-words",
    ),
    pytest.param(
        "Ada Wanjiku said: “Mundu utari na gitio ndangirugamirira andu,” loosely translated as "
        "“A person without respect cannot lead people.”",
        "A person without respect",
        {"speaker": "Ada Wanjiku", "kind": "direct"},
        id="a-translation-after-loosely-translated-as",
    ),
    pytest.param(
        "Committee chairman Senator Mohsin Aslam said the people were suffering.",
        "the people were suffering",
        {"speaker": "Mohsin Aslam", "role": "Committee chairman"},
        id="a-rank-in-full-after-an-office-in-lower-case-is-no-part-of-the-role",
    ),
    pytest.param(
        "Education CS Julius Ogola urged the parties to talk. “Our children should not suffer,” the CS said.",
        "Our children should not suffer",
        {"speaker": "Julius Ogola", "role": "Education CS"},
        id="a-kenyan-cabinet-secretary-s-initials-before-the-name-and-alone-later",
    ),
    pytest.param(
        "The Minister of Humanitarian Affairs, Dr. (Mrs.) Halima Bala, said the funds were ready.",
        "the funds were ready",
        {"speaker": "Halima Bala", "speaker_kind": "person", "role": "Minister"},
        id="dr-and-mrs-in-brackets-before-a-name-in-apposition",
    ),
    pytest.param(
        "The Director-General of NEMA, Alhaji Musa Ahmadu, said the agency had deployed teams.",
        "the agency had deployed teams",
        {"speaker": "Musa Ahmadu", "role": "Director-General", "affiliation": "NEMA"},
        id="a-hyphened-post-in-apposition-is-a-role-not-a-body",
    ),
    pytest.param(
        "The review was led by Ivo Barr. Kessler said the review was unfair.",
        "the review was unfair",
        {"speaker": "Kessler"},
        id="barr-ending-a-sentence-is-a-surname-whose-full-stop-ends-it",
    ),
    pytest.param(
        "The trophy went to Mina Hon. Officials said the vote was close.",
        "the vote was close",
        {"speaker": "Officials", "speaker_kind": "group"},
        id="hon-ending-a-sentence-is-a-surname-whose-full-stop-ends-it",
    ),
    pytest.param(
        "Like the mayor, Chief Dan Osei said the budget cuts would hurt patrols.",
        "the budget cuts would hurt patrols",
        {"speaker": "Dan Osei", "role": "Chief"},
        id="a-phrase-opening-on-like-before-chief-is-no-description",
    ),
    pytest.param(
        "Unlike the coach, Mr. Ivo Renn said the pitch was fine.",
        "the pitch was fine",
        {"speaker": "Ivo Renn", "role": None},
        id="a-phrase-opening-on-unlike-before-a-title-is-no-description",
    ),
    pytest.param(
        "In a letter to the chairman, Ms. Greta Lind said the fees were too high.",
        "the fees were too high",
        {"speaker": "Greta Lind", "role": None},
        id="a-phrase-opening-on-a-preposition-before-a-title-is-no-description",
    ),
    pytest.param(
        "Speaking after the minister, Alhaji Musa Bello said the roads were ready.",
        "the roads were ready",
        {"speaker": "Musa Bello", "role": None},
        id="a-phrase-opening-on-a-participle-before-a-title-is-no-description",
    ),
    pytest.param(
        "Vell Region Water Services Director Ann Rook said the pipes were old. The WSD said it had fixed the leak.",
        "it had fixed the leak",
        {"speaker": "WSD", "speaker_kind": "organization"},
        id="the-initials-of-the-end-of-a-post-are-a-body-s",
    ),
    pytest.param(
        "The spokesman for Chidi Okafor, the trade minister, said the deal was ready. "
        "Okafor later said the deal was late.",
        "the deal was late",
        {"speaker": "Chidi Okafor"},
        id="a-name-after-a-spokesman-s-for-is-no-portfolio",
    ),
    pytest.param(
        "The manager of Kofi Mensah, the boxer, said the fight was off. Mensah later said the fight was on.",
        "the fight was on",
        {"speaker": "Kofi Mensah"},
        id="a-name-after-a-manager-s-of-is-no-portfolio",
    ),
    pytest.param(
        "The CP said the party would contest every seat. CP leader Ann Rook said the party was ready.",
        "the party was ready",
        {"speaker": "Ann Rook", "role": "leader", "affiliation": "CP"},
        id="cp-before-a-noun-is-a-party-s-initials",
    ),
    pytest.param(
        "The CP said the party would contest every seat.",
        "the party would contest every seat",
        {"speaker": "CP", "speaker_kind": "organization"},
        id="cp-alone-is-a-party-s-initials",
    ),
    pytest.param(
        "Sultan Karim Osei said the market was closed.",
        "the market was closed",
        {"speaker": "Sultan Karim Osei", "role": None},
        id="sultan-before-two-names-is-a-given-name",
    ),
    pytest.param(
        "Emir Ali Demir said the market was closed.",
        "the market was closed",
        {"speaker": "Emir Ali Demir", "role": None},
        id="emir-before-two-names-is-a-given-name",
    ),
    pytest.param(
        "Marlow College's Prof Ada Rook said the results were good.",
        "the results were good",
        {"speaker": "Ada Rook", "affiliation": "Marlow College"},
        id="a-body-s-possessive-before-prof-is-the-affiliation",
    ),
    pytest.param(
        "Vell's chief Justice Ann Rook said the court was full.",
        "the court was full",
        {"speaker": "Ann Rook", "role": "Vell's chief Justice"},
        id="a-qualifier-before-a-rank-of-address-is-part-of-it",
    ),
    pytest.param(
        "The Chairperson of the Marlow Housing Trust, Ada Rook, said the homes were ready.",
        "the homes were ready",
        {"speaker": "Ada Rook", "role": "Chairperson", "affiliation": "Marlow Housing Trust"},
        id="a-chairperson-of-a-body-in-apposition",
    ),
    pytest.param(
        '"The levy will hurt traders," said Hon. Tunde Ajayi, the member for Orvo North.',
        "The levy will hurt traders",
        {"speaker": "Tunde Ajayi"},
        id="hon-after-the-cue-before-a-name-is-a-title",
    ),
    pytest.param(
        "The ferry fares will double, according to Hon. Ngozi Eze, who chairs the transport committee.",
        "The ferry fares will double",
        {"speaker": "Ngozi Eze"},
        id="hon-after-according-to-is-a-title",
    ),
    pytest.param(
        '"The will was forged," said Barr. Kola Ade, who represents the widow.',
        "The will was forged",
        {"speaker": "Kola Ade"},
        id="barr-after-the-cue-before-a-name-is-a-title",
    ),
    pytest.param(
        "Orvo District Magistrate Ravi Menon ordered the markets shut. "
        "“Lives come before trade,” the DM said.",
        "Lives come before trade",
        {"speaker": "Ravi Menon"},
        id="the-initials-of-a-post-s-last-two-words-after-the-holder-named",
    ),
    pytest.param(
        "Tarn County Police Commander Mary Atieno said four men were held. "
        "“We will find the others,” the CPC said.",
        "We will find the others",
        {"speaker": "Mary Atieno"},
        id="the-initials-of-a-post-s-last-three-words-after-the-holder-named",
    ),
    pytest.param(
        "Tarn County had six cases. On Friday the county's water engineer, Dr. Lena Holt, "
        "said the wells were clean.",
        "the wells were clean",
        {"speaker": "Lena Holt", "role": "water engineer", "affiliation": "Tarn County"},
        id="a-description-after-an-opening-phrase-it-does-not-end-is-in-apposition",
    ),
    pytest.param(
        "Among them was the village's headmaster, Joe Pike, who said the school would reopen.",
        "the school would reopen",
        {"speaker": "Joe Pike", "role": "village's headmaster"},
        id="a-description-after-a-clause-s-verb-is-in-apposition",
    ),
    pytest.param(
        "Tarn Athletic lost again. For the team's goalkeeper, Mia Roth, the loss was bitter. "
        "“We played badly,” Roth said.",
        "We played badly",
        {"speaker": "Mia Roth", "role": "goalkeeper", "affiliation": "Tarn Athletic"},
        id="a-name-closed-by-a-comma-after-a-phrase-s-description-is-its-apposition",
    ),
    pytest.param(
        "“The durbar will go ahead,” Emir Sani Garba of Tunga said.",
        "The durbar will go ahead",
        {"speaker": "Sani Garba", "role": "Emir"},
        id="emir-before-a-name-and-its-place-is-the-title",
    ),
    pytest.param(
        "Sultan Faris Lim of Serang said the palace gates would open.",
        "the palace gates would open",
        {"speaker": "Faris Lim", "role": "Sultan"},
        id="sultan-before-a-name-and-its-place-is-the-title",
    ),
    pytest.param(
        "Navy chief Admiral Rolf Dane said the ships were ready.",
        "the ships were ready",
        {"speaker": "Rolf Dane", "role": "Navy chief"},
        id="a-rank-after-chief-is-the-person-s-not-the-role-s",
    ),
    pytest.param(
        "Tarn fire chief Captain Ida Holm said the blaze was out.",
        "the blaze was out",
        {"speaker": "Ida Holm", "role": "Tarn fire chief"},
        id="a-captain-after-a-fire-chief-is-the-person-s-rank",
    ),
    pytest.param(
        "The Commissioner of Police in Orvo State, Bala Yusuf, said nine suspects were held. "
        "“These men robbed the market for months,” the CP said.",
        "These men robbed the market",
        {"speaker": "Bala Yusuf"},
        id="the-cp-after-a-commissioner-of-police-named-is-that-person",
    ),
    pytest.param(
        "For Mia Roth, the loss was bitter. “We played badly,” Roth said.",
        "We played badly",
        {"speaker": "Mia Roth", "role": None},
        id="a-clause-after-the-name-gives-no-role",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


LEFT_ALONE = [
    pytest.param(
        "A lawyer for Ada Obiora, Ben Halle, said she was innocent.",
        "she was innocent",
        {"speaker": "Ben Halle", "role": "lawyer"},
        id="a-client-named-after-for-is-still-a-person",
    ),
    pytest.param(
        "The Secretary of State, Ola Ruud, said the talks were over.",
        "the talks were over",
        {"speaker": "Ola Ruud", "role": "Secretary of State"},
        id="a-one-word-complement-before-the-name",
    ),
    pytest.param(
        "The Bank of Vell, Ada Obiora's employer, said rates would rise.",
        "rates would rise",
        {"speaker": "Bank of Vell", "speaker_kind": "organization"},
        id="a-body-named-with-of-stays-a-body",
    ),
    pytest.param(
        "Police spokesperson on Monday, Ada Obiora said the road was shut.",
        "the road was shut",
        {"speaker": "Ada Obiora"},
        id="on-and-a-day-after-a-post",
    ),
    pytest.param(
        "Finance Minister Sri Mulyani Wibowo said the budget was sound.",
        "the budget was sound",
        {"speaker": "Sri Mulyani Wibowo", "role": "Finance Minister"},
        id="sri-alone-is-a-given-name",
    ),
    pytest.param(
        "Deputy Prime Minister Ada Obiora said prices were stable. “We are happy,” the PM said.",
        "We are happy",
        {"speaker": "PM"},
        id="a-deputy-s-post-gives-no-initials-of-the-post-after-the-qualifier",
    ),
    pytest.param(
        "Police Chief Ada Obiora said the roads were ready.",
        "the roads were ready",
        {"speaker": "Ada Obiora", "role": "Police Chief"},
        id="chief-ending-a-post-stays-the-role",
    ),
    pytest.param(
        "Chief Ada Obiora said the roads were ready.",
        "the roads were ready",
        {"speaker": "Ada Obiora", "role": "Chief"},
        id="chief-alone-before-the-name-stays-the-role",
    ),
    pytest.param(
        "Ada Obiora said the plan was “fair,” which means nothing to the traders.",
        "fair",
        {"speaker": "Ada Obiora", "kind": "partial"},
        id="which-means-after-a-partial-quote-inside-a-sentence",
    ),
    pytest.param(
        "Party vice President Ada Obiora said the vote was fair.",
        "the vote was fair",
        {"speaker": "Ada Obiora", "role": "Party vice President"},
        id="vice-and-a-capitalised-title-are-one-post",
    ),
    pytest.param(
        "Former President Ada Obiora said the vote was fair.",
        "the vote was fair",
        {"speaker": "Ada Obiora", "role": "Former President"},
        id="a-qualifier-before-a-capitalised-title",
    ),
    pytest.param(
        "The new harbour director, Mr. Karl Moen, said the port was busy.",
        "the port was busy",
        {"speaker": "Karl Moen", "role": "new harbour director"},
        id="a-description-in-apposition-before-a-courtesy-title",
    ),
    pytest.param(
        "Among the speakers was the mayor, Mr. Karl Moen, who said the port was busy.",
        "the port was busy",
        {"speaker": "Karl Moen", "role": "mayor"},
        id="a-description-after-a-clause-opening-on-a-preposition",
    ),
    pytest.param(
        "According to the company's chief executive, Ada Rook, the plant will close.",
        "the plant will close",
        {"speaker": "Ada Rook", "role": "company's chief executive"},
        id="a-description-after-according-to-is-in-apposition",
    ),
    pytest.param(
        "The Commissioner of Police, CP Ada Obiora, said the roads were safe.",
        "the roads were safe",
        {"speaker": "Ada Obiora", "role": "Commissioner"},
        id="cp-right-before-a-name-is-a-rank",
    ),
    pytest.param(
        "The emir said the festival would go ahead.",
        "the festival would go ahead",
        {"speaker": "emir", "role": "emir"},
        id="the-emir-alone-is-a-person",
    ),
    pytest.param(
        "The audit was signed by Mr Barr. Okafor said the accounts were clean.",
        "the accounts were clean",
        {"speaker": "Okafor"},
        id="barr-after-a-courtesy-title-is-a-surname-ending-its-sentence",
    ),
    pytest.param(
        "The cup was handed to D. Hon. Ruth Yeboah said the team had earned it.",
        "the team had earned it",
        {"speaker": "Ruth Yeboah"},
        id="hon-after-an-initial-is-a-surname-ending-its-sentence",
    ),
    pytest.param(
        "Tarn Motors General Manager Paul Otieno said the cars were safe. The GM said it would recall the vans.",
        "it would recall the vans",
        {"speaker": "GM", "speaker_kind": "organization"},
        id="initials-of-a-post-s-end-before-it-are-a-body-s",
    ),
    pytest.param(
        "Tarn Water Company General Manager Paul Otieno said the pipes burst. "
        "The Green Movement (GM) protested. “We warned them,” the GM said.",
        "We warned them",
        {"speaker": "Green Movement"},
        id="initials-of-a-post-s-end-written-for-a-body-are-the-body-s",
    ),
    pytest.param(
        "The Director of Finance, Bala Yusuf, said the books balanced. The DF said it would publish them.",
        "it would publish them",
        {"speaker": "DF", "speaker_kind": "organization"},
        id="initials-of-a-post-and-its-body-before-it-are-a-body-s",
    ),
    pytest.param(
        "Tarn fire chief Ida Holm said the blaze was out.",
        "the blaze was out",
        {"speaker": "Ida Holm", "role": "Tarn fire chief"},
        id="chief-before-a-name-with-no-rank-stays-the-role",
    ),
    pytest.param(
        "Mia Roth, the mayor of Tarn, said the bridge would close.",
        "the bridge would close",
        {"speaker": "Mia Roth", "role": "mayor", "affiliation": "Tarn"},
        id="an-apposition-with-no-verb-after-the-name-is-the-role",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), LEFT_ALONE)
def test_ordinary_text_is_left_alone(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


#: Glosses of a name or a word: no one's words (text, the glossing words).
GLOSSES = [
    pytest.param(
        "The carnival's theme, “Umoja,” which means “unity of the people,” was picked by the council.",
        "unity of the people",
        id="a-theme-s-meaning",
    ),
    pytest.param(
        "Her nickname, “Mama Tembo,” meaning “mother elephant,” stuck.",
        "mother elephant",
        id="a-nickname-s-meaning",
    ),
    pytest.param(
        "The word “wahala,” meaning “trouble,” is common in Lagos.",
        "trouble",
        id="a-word-s-meaning",
    ),
]


@pytest.mark.parametrize(("text", "words"), GLOSSES)
def test_a_gloss_is_no_quote(quotes_of, text, words):
    assert not [q for q in quotes_of(text) if words in q.text]


#: A clause or apposition before ``, in a statement ..., said`` is no maker of the
#: statement (text, the quoted words, the words the speaker must not be).
NOT_MAKERS = [
    pytest.param(
        "The bakery, which employs 40 people in Marlow, in a statement issued by its owner, said the shop "
        "would close. “We are sorry for the trouble,” the statement said.",
        "We are sorry",
        "which employs 40 people in Marlow",
        id="a-relative-clause-before-in-a-statement",
    ),
    pytest.param(
        "Friends of Lena Marsk, the singer, in a statement read by their lawyer, said they were shocked. "
        "“She was always kind to us,” the statement said.",
        "She was always kind",
        "Lena Marsk",
        id="a-name-in-an-of-phrase-and-its-apposition-before-in-a-statement",
    ),
    pytest.param(
        "The family of Ivo Renn, who died in the fire, in a statement, said they wanted answers. "
        "“We need to know what happened,” the statement said.",
        "We need to know",
        "who died in the fire",
        id="a-who-clause-before-in-a-statement",
    ),
]

#: Who spoke in a statement named at the opening of its sentence (text, the quoted
#: words, the speaker): left alone.
MAKERS = [
    pytest.param(
        "The union, in a statement signed by its secretary, Ms. Ada Rook, said the strike would go on. "
        "“Our members will not back down,” the statement said.",
        "Our members will not back down",
        "union",
        id="a-body-opening-its-sentence-before-in-a-statement",
    ),
]


@pytest.mark.parametrize(("text", "words", "maker"), MAKERS)
def test_the_sentence_s_subject_makes_the_statement(quotes_of, text, words, maker):
    assert one(quotes_of(text), words).speaker == maker


@pytest.mark.parametrize(("text", "words", "wrong"), NOT_MAKERS)
def test_no_clause_makes_the_statement(quotes_of, text, words, wrong):
    assert one(quotes_of(text), words).speaker != wrong
