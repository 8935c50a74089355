"""Attribution in the conventions of English-language papers outside the US and
the UK (honorifics before names, agency datelines, ``stated``, ``told`` an
agency), translated words, company releases and earnings calls, and
fact-checks, one row per construction, on texts written for the test about
fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SPEAKERS = [
    pytest.param(
        "Health Minister Shri Venkat Rao said the clinics would open in June. “We are ready,” Shri Rao said.",
        "We are ready",
        {"speaker": "Venkat Rao", "role": "Health Minister"},
        id="shri-before-a-name-and-before-the-surname-later",
    ),
    pytest.param(
        "The chairman of the market union, Alhaji Musa Danladi, said the levy was unfair.",
        "the levy was unfair",
        {"speaker": "Musa Danladi", "role": "chairman of the market union"},
        id="alhaji-in-apposition-after-the-post",
    ),
    pytest.param(
        "Opposition leader Hon. Suresh Pillai said the scheme had failed.",
        "the scheme had failed",
        {"speaker": "Suresh Pillai", "role": "Opposition leader"},
        id="hon-with-a-full-stop-between-the-post-and-the-name",
    ),
    pytest.param(
        "Works commissioner Engr. Chidi Obi said the road would be finished in May.",
        "the road would be finished",
        {"speaker": "Chidi Obi", "role": "Works commissioner"},
        id="an-engineer-s-honorific-before-the-name",
    ),
    pytest.param(
        "Madam Ama Owusu said the market was flooded. “We lost everything,” Madam Owusu said.",
        "We lost everything",
        {"speaker": "Ama Owusu"},
        id="madam-before-a-name-as-ghanaian-papers-write-it",
    ),
    pytest.param(
        "Roads executive Mary Achieng, however, said the documents were available.",
        "the documents were available",
        {"speaker": "Mary Achieng", "role": "Roads executive"},
        id="however-after-the-name-is-no-role",
    ),
    pytest.param(
        "Ada Wekesa, meanwhile, said the documents were available.",
        "the documents were available",
        {"speaker": "Ada Wekesa", "role": None},
        id="meanwhile-after-the-name-is-no-role",
    ),
    pytest.param(
        "Minister for Health Ada Obi said the clinics would open.",
        "the clinics would open",
        {"speaker": "Ada Obi", "role": "Minister for Health"},
        id="a-minister-for-a-portfolio-before-the-name",
    ),
    pytest.param(
        "Federal Minister for Food Security Kamran Shah said stocks were enough.",
        "stocks were enough",
        {"speaker": "Kamran Shah", "role": "Federal Minister for Food Security"},
        id="a-portfolio-of-two-words-before-the-name",
    ),
    pytest.param(
        "Commissioner for Works Chidi Obi said the road would be finished.",
        "the road would be finished",
        {"speaker": "Chidi Obi", "role": "Commissioner for Works"},
        id="a-commissioner-for-a-portfolio-the-parse-joins-to-the-name",
    ),
    pytest.param(
        "“The road will be finished,” said Commissioner for Works and Housing Chidi Obi.",
        "The road will be finished",
        {"speaker": "Chidi Obi", "role": "Commissioner for Works and Housing"},
        id="a-portfolio-of-two-parts-before-the-name",
    ),
    pytest.param(
        "The Commissioner for Works said the road would be finished.",
        "the road would be finished",
        {"speaker": "Commissioner", "role": "Commissioner"},
        id="a-post-for-a-portfolio-with-no-name-stays-the-post",
    ),
    pytest.param(
        "State police spokesman, Ibrahim Yusuf, said the march was peaceful. “No arrest was made,” he said.",
        "No arrest was made",
        {"speaker": "Ibrahim Yusuf", "role": "State police spokesman"},
        id="a-post-without-an-article-before-a-name-in-apposition",
    ),
    pytest.param(
        "Police spokesperson, SP Ibrahim Yusuf, said the march was peaceful.",
        "the march was peaceful",
        {"speaker": "Ibrahim Yusuf", "role": "Police spokesperson"},
        id="a-police-rank-in-capitals-before-the-apposed-name",
    ),
    pytest.param(
        "DSP Ravi Menon said the accused had been arrested.",
        "the accused had been arrested",
        {"speaker": "Ravi Menon", "role": "DSP"},
        id="a-police-rank-in-capitals-before-the-name",
    ),
    pytest.param(
        "Norvelle Systems reported record revenue on Tuesday. "
        "“Our margins improved,” added Paul Serrano, Norvelle's chief financial officer.",
        "Our margins improved",
        {"speaker": "Paul Serrano", "role": "chief financial officer", "affiliation": "Norvelle"},
        id="a-company-s-short-possessive-after-the-name",
    ),
    pytest.param(
        "Norvelle Systems reported record revenue on Tuesday. "
        "Norvelle's chief financial officer, Paul Serrano, said margins improved.",
        "margins improved",
        {"speaker": "Paul Serrano", "role": "chief financial officer", "affiliation": "Norvelle"},
        id="a-company-s-short-possessive-before-the-name",
    ),
    pytest.param(
        "Ansel Kobb was charged on Monday. The Kobb Foundation gave nothing. "
        "Kobb's lawyer, Lisa Tarn, said he would plead not guilty.",
        "he would plead not guilty",
        {"speaker": "Lisa Tarn", "affiliation": None},
        id="a-person-s-possessive-though-a-body-bears-the-name",
    ),
    pytest.param(
        "The Municipal Chief Executive for Vell, Ama Owusu, blamed the contractor.\n\n"
        "Speaking on Thursday, the MCE said the contractor had been paid.",
        "the contractor had been paid",
        {"speaker": "Ama Owusu", "role": "Municipal Chief Executive"},
        id="the-initials-of-a-post-named-before",
    ),
    pytest.param(
        "Provincial transport MEC Tumi Dube said the fares would be reviewed.\n\n"
        "‘I want to see how these figures were reached,’ the MEC said.",
        "I want to see how",
        {"speaker": "Tumi Dube"},
        id="initials-of-a-post-written-as-a-title-before-the-name",
    ),
    pytest.param(
        "KTU President Lina Garvo said the union would campaign.\n\n"
        "“We will not endorse anyone,” the KTU said in a statement.",
        "We will not endorse",
        {"speaker": "KTU"},
        id="a-body-s-initials-before-its-president-s-title-are-the-body",
    ),
    pytest.param(
        "KTU MCA Ama Obi said the union would strike.\n\n“We will strike,” the KTU said.",
        "We will strike",
        {"speaker": "KTU"},
        id="a-body-s-initials-before-a-post-s-initials-are-the-body",
    ),
    pytest.param(
        "Transport MEC Tumi Dube said fares would rise. Health MEC Ray Molefe said clinics would close.\n\n"
        "“We are listening,” the MEC said.",
        "We are listening",
        {"speaker": "MEC"},
        id="two-holders-of-posts-of-those-initials-leave-the-initials",
    ),
    pytest.param(
        "The Parent-Teacher Association announced a gift of six computers. In a message read by its "
        "president, the PTA said: “Our children have shown what they can do.”",
        "Our children have shown",
        {"speaker": "Parent-Teacher Association"},
        id="initials-of-a-body-s-hyphened-name",
    ),
    pytest.param(
        "The Vell High School Parent-Teacher Association said it would raise funds.\n\n"
        "“We need a laboratory,” the PTA said.",
        "We need a laboratory",
        {"speaker": "Vell High School Parent-Teacher Association"},
        id="initials-of-the-last-words-of-a-body-s-name",
    ),
    pytest.param(
        "Ferry operator Lee Min-jae said tickets would cost less.",
        "tickets would cost less",
        {"speaker": "Lee Min-jae"},
        id="a-given-name-of-two-hyphened-parts-after-a-trade",
    ),
    pytest.param(
        "DOTr Undersecretary Carmela Reyes said the first phase would open by December.",
        "the first phase would open",
        {"speaker": "Carmela Reyes", "role": "DOTr Undersecretary"},
        id="an-undersecretary-before-the-name",
    ),
    pytest.param(
        "District collector Anjali Desai said the land was ready.",
        "the land was ready",
        {"speaker": "Anjali Desai", "role": "District collector"},
        id="a-district-collector-before-the-name",
    ),
    pytest.param(
        "“Every year it is the same promise,” its convenor, Jose Manalo, told the Vell Star.",
        "Every year it is the same promise",
        {"speaker": "Jose Manalo", "role": "convenor"},
        id="a-convenor-before-the-name",
    ),
    pytest.param(
        "RIDLEY, Texas, May 6, 2025 /PRNewswire/ -- Corvane Energy, a developer of solar farms, "
        "today announced plans to build a solar farm in Ridley County.",
        "plans to build a solar farm",
        {"speaker": "Corvane Energy"},
        id="a-press-release-s-dateline-with-year-and-wire-tag",
    ),
    pytest.param(
        "Another analyst, Raj Mehta of Corbell & Co., said the guidance was conservative.",
        "the guidance was conservative",
        {"speaker": "Raj Mehta", "role": "analyst"},
        id="a-name-in-apposition-working-at-a-firm-named-with-an-ampersand",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "NEW KESTRA, March 4 (KPN): The state will open 40 clinics, Minister Venkat Rao stated on Tuesday.",
            "The state will open 40 clinics",
            id="place-date-and-agency-before-a-colon",
        ),
        pytest.param(
            "KESTRA: The state will open 40 clinics, Minister Venkat Rao said on Tuesday.",
            "The state will open 40 clinics",
            id="place-alone-before-a-colon",
        ),
    ],
)
def test_a_dateline_ending_in_a_colon_is_no_part_of_what_was_said(quotes_of, text, content):
    (quote,) = quotes_of(text)
    assert (quote.text, quote.speaker) == (content, "Venkat Rao")


def test_capitals_and_a_colon_inside_a_sentence_are_what_was_said(quotes_of):
    quote = one(quotes_of("Ada Obi said ODI: cricket was changing, and the board agreed."), "cricket")
    assert quote.text.startswith("ODI: cricket was changing")


@pytest.mark.parametrize("label", ["CLAIM", "Claim", "VERDICT", "Rating"])
def test_a_fact_check_s_label_is_nobody(quotes_of, label):
    text = (
        f"{label}: “Crime in Dellport has doubled since the mayor took office.”\n\n"
        "“The numbers do not support that,” said Yvonne Carr, a criminologist."
    )
    quotes = quotes_of(text)
    assert one(quotes, "Crime in Dellport").speaker is None
    assert one(quotes, "The numbers do not").speaker == "Yvonne Carr"


EARNINGS_CALL = (
    "Brenton Foods shares fell on Thursday.\n\n"
    "Operator: Our next question comes from Lisa Grove with Harlow Partners.\n\n"
    "Lisa Grove: Thanks. Can you talk about the chocolate business in Asia?\n\n"
    "Helga Brandt: Sure. Asia grew 11% in the quarter, and we expect that to continue.\n\n"
    "Lisa Grove: And pricing, given what you said about cocoa?\n\n"
    "Helga Brandt: We raised prices twice this year.\n"
)
RESULTS_LIST = (
    "Results by ward:\n\n"
    "Ada Obi: 412 votes in the first round.\n\n"
    "Tom Hale: 388 votes in the first round.\n\n"
    "Ada Obi: 501 votes in the second round.\n\n"
    "Tom Hale: 377 votes in the second round.\n"
)


def test_an_earnings_call_s_lines_labelled_with_full_names_are_their_words(quotes_of):
    quotes = quotes_of(EARNINGS_CALL)
    assert [(q.speaker, q.kind) for q in quotes if q.cue == ":"] == [
        ("Lisa Grove", "direct"),
        ("Helga Brandt", "direct"),
        ("Lisa Grove", "direct"),
        ("Helga Brandt", "direct"),
    ]
    assert one(quotes, "Asia grew 11%").text.startswith("Sure. Asia grew")


BOARD_LIST = (
    "The board met on Monday.\n"
    "Ada Obi: Chair of the board since 2019.\n"
    "Tom Hale: Treasurer, re-elected.\n"
    "Ada Obi: Member of the audit committee. I think we did well.\n"
    "Tom Hale: Member of the finance committee.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(RESULTS_LIST, id="never-speaks"),
        pytest.param(BOARD_LIST, id="one-line-of-four-speaks"),
    ],
)
def test_a_list_labelled_with_full_names_that_hardly_speaks_says_nothing(quotes_of, text):
    assert [q for q in quotes_of(text) if q.cue == ":"] == []


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("Fact check: Did Ada Obi say schools would close for a month?", id="label-and-a-name"),
        pytest.param(
            "Fact-check: Did the minister say schools would close for a month?", id="label-and-a-post"
        ),
    ],
)
def test_a_fact_check_s_question_is_nobody_s_claim(quotes_of, headline):
    assert quotes_of(f"{headline}\n\nA message circulating online makes the claim.") == []


def test_a_question_s_auxiliary_is_no_part_of_the_name_after_it(quotes_of):
    text = "The question: Did Ada Obi say schools would close? Ada Obi said she did not."
    assert one(quotes_of(text), "she did not").speaker == "Ada Obi"


@pytest.mark.parametrize(
    "given",
    [pytest.param("John", id="a-given-name-of-known-sex"), pytest.param("Joao", id="a-given-name-unlisted")],
)
def test_a_possessive_after_the_verb_is_no_sign_of_the_subject_s_gender(quotes_of, given):
    text = f"Culture Minister {given} Pessanha welcomed her return. “The books belong to everyone,” he said."
    assert one(quotes_of(text), "The books belong").speaker == f"{given} Pessanha"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "State senator Harold Brisk spoke in a video. Brisk's claim that “crime has doubled” "
            "is not supported by police data, said Yvonne Carr, a criminologist.",
            id="the-claim-inside-a-rebuttal",
        ),
        pytest.param(
            "Harold Brisk's repeated claim that “crime has doubled” was rated False.", id="a-claim-rated"
        ),
    ],
)
def test_the_words_of_a_claim_are_the_claimant_s(quotes_of, text):
    assert one(quotes_of(text), "crime has doubled").speaker == "Harold Brisk"


#: Rows of ordinary text the rules above must leave alone.
LEFT_ALONE = [
    pytest.param(
        "Attorney General Ada Barr named a new director. “We will find out,” Barr said.",
        "We will find out",
        {"speaker": "Ada Barr", "role": "Attorney General"},
        id="barr-is-a-surname",
    ),
    pytest.param(
        "“The market is tight,” said Governor Ada Barr.",
        "The market is tight",
        {"speaker": "Ada Barr", "role": "Governor"},
        id="barr-after-a-post-and-a-given-name",
    ),
    pytest.param(
        "“The market is tight,” said Hon Lik, the inventor of the device.",
        "The market is tight",
        {"speaker": "Hon Lik"},
        id="hon-without-a-full-stop-is-a-given-name",
    ),
    pytest.param(
        "Ada Obi, the United Nations envoy, arrived on Monday. “We will stay,” Obi said. "
        "The UN said in a statement that aid would resume.",
        "aid would resume",
        {"speaker": "UN"},
        id="a-body-s-initials-are-not-those-of-a-post-that-names-it",
    ),
    pytest.param(
        "“Costs will fall,” said Ada Obi, AIG's chief financial officer.",
        "Costs will fall",
        {"speaker": "Ada Obi", "role": "chief financial officer", "affiliation": "AIG"},
        id="a-company-in-capitals-owns-the-post",
    ),
    pytest.param(
        "“We will contest,” said Ada Obi, the ACP's leader.",
        "We will contest",
        {"speaker": "Ada Obi", "role": "leader", "affiliation": "ACP"},
        id="a-rank-s-letters-as-a-possessive-are-a-body-s",
    ),
    pytest.param(
        "Sam Obi praised her staff at the clinic. Later she told reporters the ward would reopen.",
        "the ward would reopen",
        {"speaker": "Sam Obi"},
        id="a-possessive-of-the-subject-s-own-after-the-verb-tells-her-gender",
    ),
    pytest.param(
        "Jo Hale praised his staff at the clinic. Later he told reporters the ward would reopen.",
        "the ward would reopen",
        {"speaker": "Jo Hale"},
        id="a-possessive-of-the-subject-s-own-after-the-verb-tells-his-gender",
    ),
    pytest.param(
        "Kobb's lawyers dismissed claims that “he fled the country,” saying he had been in hospital.",
        "he fled the country",
        {"speaker": "Kobb's lawyers"},
        id="a-possessor-s-agents-before-claims-they-dismiss",
    ),
    pytest.param(
        "Secretary for Justice Maria Lourdes Santos said the law would change.",
        "the law would change",
        {"speaker": "Maria Lourdes Santos", "role": "Secretary for Justice"},
        id="a-name-of-three-words-after-a-post-for-a-portfolio",
    ),
    pytest.param(
        "Prosecutor, Dana Roe, said the trial would resume.",
        "the trial would resume",
        {"speaker": "Dana Roe", "role": "Prosecutor", "affiliation": None},
        id="a-post-of-one-word-opening-the-sentence-is-no-affiliation",
    ),
    pytest.param(
        "Mr. Obi, who built Obi Farms from nothing, was arrested on Monday. "
        "“The charges are baseless,” Obi's lawyer, Dana Hale, said.",
        "The charges are baseless",
        {"speaker": "Dana Hale", "role": "Obi's lawyer", "affiliation": None},
        id="a-surname-after-a-courtesy-title-is-a-person-s-not-a-body-s",
    ),
    pytest.param(
        "Norvelle's lawyer, Paul Serrano, said costs would fall. Norvelle Systems lost money.",
        "costs would fall",
        {"speaker": "Paul Serrano", "affiliation": None},
        id="a-body-named-only-after-the-quote-owns-no-post-before-it",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), LEFT_ALONE)
def test_ordinary_text_is_left_alone(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected
