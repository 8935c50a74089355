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
]


@pytest.mark.parametrize(("text", "words", "expected"), LEFT_ALONE)
def test_ordinary_text_is_left_alone(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected
