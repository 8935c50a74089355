"""Attribution in farming and rural news, energy and utilities, housing and
weather, one row per construction; texts written for the test about fictional
people, places, bodies and companies."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SPEAKERS = [
    pytest.param(
        "Colm Darrow spoke.\n\nDarrow, asked about that, said the utility was investing in buried lines.",
        "the utility was investing",
        {"speaker": "Colm Darrow", "cue": "said", "kind": "indirect"},
        id="asked-between-the-name-and-its-verb",
    ),
    pytest.param(
        "Colm Darrow runs the grid.\n\nDarrow, asked about the cost, said the utility would borrow.",
        "the utility would borrow",
        {"speaker": "Colm Darrow", "cue": "said", "kind": "indirect"},
        id="asked-between-the-name-and-its-verb-parsed-as-its-content",
    ),
    pytest.param(
        "Ina Moss chairs the board.\n\nMoss, reached by phone on Tuesday, said the board had not met.",
        "the board had not met",
        {"speaker": "Ina Moss", "cue": "said"},
        id="reached-by-phone-between-the-name-and-its-verb",
    ),
    pytest.param(
        "Glenys Price, filling a bag with apples, said she did not mind paying more.",
        "she did not mind",
        {"speaker": "Glenys Price", "cue": "said", "role": None},
        id="a-present-participle-aside-is-no-role",
    ),
    pytest.param(
        "“You want us to pay for your pipes?” asked retired bus driver Owen Tuck, to applause.",
        "pay for your pipes",
        {"speaker": "Owen Tuck", "role": "bus driver"},
        id="to-applause-after-the-name-is-no-role",
    ),
    pytest.param(
        "Pella Voss spoke first.\n\nVoss added that the federation would meet the directors next week.",
        "the federation would meet",
        {"speaker": "Pella Voss", "cue": "added"},
        id="a-surname-the-tagger-reads-as-a-noun-opening-the-sentence",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_who_speaks(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


def test_evidence_is_no_surname(quotes_of):
    assert not quotes_of("Evidence shows that the river is rising.")


def test_a_partial_quote_takes_the_cue_of_its_paraphrase_not_of_an_aside(quotes_of):
    text = (
        "Colm Darrow runs the grid. “We will fix it,” he said.\n\n"
        "Darrow, asked about the trees, said the utility was “investing heavily” in buried lines."
    )
    partial = one(quotes_of(text), "investing heavily")
    assert (partial.kind, partial.speaker, partial.cue) == ("partial", "Colm Darrow", "said")


PASSIVE_ASIDES = [
    pytest.param("Orla Pirre, told that the vote had failed, said she was disappointed.", "told", id="told"),
    pytest.param("Tam Dyer, asked if he would run again, said he had not decided.", "asked", id="asked"),
    pytest.param(
        "Ina Moss, warned that the bridge was unsafe, said she would close it.", "warned", id="warned"
    ),
]


@pytest.mark.parametrize(("text", "aside"), PASSIVE_ASIDES)
def test_a_passive_aside_is_no_quote_of_its_subject(quotes_of, text, aside):
    found = quotes_of(text)
    assert [q.cue for q in found] == ["said"]
    assert aside not in found[0].text


BODIES = [
    pytest.param(
        "Brackley Electric said crews were helping restore power.", "Brackley Electric", id="electric"
    ),
    pytest.param("Vell Utilities said the outage was over.", "Vell Utilities", id="utilities"),
    pytest.param("Hollow Creek Farms said the harvest was late.", "Hollow Creek Farms", id="farms"),
    pytest.param("Tessel Orchards said the frost had spared the trees.", "Tessel Orchards", id="orchards"),
    pytest.param("Westridge Pipelines said it would appeal the fine.", "Westridge Pipelines", id="pipelines"),
]


@pytest.mark.parametrize(("text", "name"), BODIES)
def test_names_of_energy_and_farm_companies_are_bodies(quotes_of, text, name):
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.speaker_kind) == (name, "organization")


ROLES_AT_BODIES = [
    pytest.param(
        "The Fenwold Dairy Co-operative will cut the price it pays for milk.\n\n"
        "The co-op's chief executive, Halvard Brenn, said prices had fallen.",
        "prices had fallen",
        {"role": "chief executive", "affiliation": "Fenwold Dairy Co-operative"},
        id="the-co-ops-post-before-the-name",
    ),
    pytest.param(
        "The Fenwold Dairy Co-operative said prices would fall.\n\n"
        "A spokeswoman for the co-op, Mairin Colt, said the board would meet again.",
        "the board would meet",
        {"role": "spokeswoman", "affiliation": "Fenwold Dairy Co-operative"},
        id="a-spokeswoman-for-the-co-op-before-the-name",
    ),
    pytest.param(
        "Calder Power said it was disappointed.\n\n"
        "The utility's president, Maren Tolk, told investors the company would wait.",
        "the company would wait",
        {"role": "president", "affiliation": "Calder Power"},
        id="the-utility-that-spoke-before",
    ),
    pytest.param(
        "The Oskeln Farmers' Union said the harvest was poor.\n\n"
        "“We are ruined,” said Brannoc Teale, president of the union.",
        "We are ruined",
        {"role": "president", "affiliation": "Oskeln Farmers' Union"},
        id="president-of-the-union-after-the-name",
    ),
    pytest.param(
        "The Varland Building Society said prices fell.\n\n"
        "The society's chief economist, Dr. Helene Marr, said buyers were wary.",
        "buyers were wary",
        {"role": "chief economist", "affiliation": "Varland Building Society"},
        id="the-societys-economist",
    ),
    pytest.param(
        "Brackley Electric said crews were helping.\n\n"
        "“We expect power back soon,” said Colm Darrow, the company's vice president of operations.",
        "We expect power back",
        {"role": "vice president of operations", "affiliation": "Brackley Electric"},
        id="an-electric-company-is-a-body",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), ROLES_AT_BODIES)
def test_a_role_naming_its_body_by_a_noun(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


ROLES_KEPT_WHOLE = [
    pytest.param(
        "“We are ruined,” said Brannoc Teale, president of the union.", "president of the union", id="no-body"
    ),
    pytest.param(
        "The union said it would strike. “We are ruined,” said Brannoc Teale, president of the union.",
        "president of the union",
        id="a-body-named-by-its-noun-only",
    ),
    pytest.param(
        "The co-op cut prices. “We are ruined,” said Brannoc Teale, the co-op's chairman.",
        "co-op's chairman",
        id="a-body-owning-the-post-named-by-its-noun-only",
    ),
    pytest.param(
        "The Oskeln Teachers Union called a strike. “We are ruined,” said Brannoc Teale, a longtime critic of the union.",
        "longtime critic of the union",
        id="a-critic-holds-no-post",
    ),
    pytest.param(
        "Calder Power raised prices. “We are ruined,” said Brannoc Teale, a former engineer at the firm.",
        "former engineer at the firm",
        id="a-former-post",
    ),
    pytest.param(
        "Calder Power sold a unit. “We are ruined,” said Brannoc Teale, head of the division.",
        "head of the division",
        id="a-post-in-a-part-of-the-body",
    ),
]


@pytest.mark.parametrize(("text", "role"), ROLES_KEPT_WHOLE)
def test_a_role_at_no_named_body_or_no_post_stays_whole(quotes_of, text, role):
    quote = one(quotes_of(text), "We are ruined")
    assert (quote.role, quote.affiliation) == (role, None)


SURNAMES_OF_UNITS = [
    pytest.param(
        "Historian Teodor Branch said the march changed the town.", "Teodor Branch", "Historian", id="branch"
    ),
    pytest.param(
        "“It was a turning point,” said singer Mirela Chapter.", "Mirela Chapter", "singer", id="chapter"
    ),
]


@pytest.mark.parametrize(("text", "speaker", "role"), SURNAMES_OF_UNITS)
def test_a_capitalised_branch_ending_a_name_is_a_surname(quotes_of, text, speaker, role):
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize("body", ["Division of Gaming Enforcement", "Branch of Rural Affairs"])
def test_a_unit_s_noun_before_of_heads_a_body_s_name(quotes_of, body):
    text = f"The casinos won less in October, according to the state {body}."
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.endswith(body)


UNITS_OF_BODIES = [
    pytest.param(
        "Ewan Trask, who milks cows outside Northmere, called the cut unfair.\n\n"
        "The Northmere branch of the Farmers' Federation said the cut would cost farms dearly.",
        "the cut would cost",
        "Northmere branch",
        id="a-named-branch-after-a-farmer",
    ),
    pytest.param(
        "Ewan Trask milks 200 cows. “They pull the rug,” Trask said.\n\n"
        "The local branch of the farmers' union said the cut would cost farms dearly.",
        "the cut would cost",
        "local branch",
        id="a-local-branch-after-a-farmer-spoke",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), UNITS_OF_BODIES)
def test_a_branch_of_a_body_is_no_person_spoken_of(quotes_of, text, words, speaker):
    quote = one(quotes_of(text), words)
    assert (quote.speaker, quote.speaker_kind) == (speaker, "organization")


WITH_CLAUSES = [
    pytest.param(
        "Forecasters issued a heat warning on Monday, with temperatures expected to reach 41C by Wednesday.",
        id="temperatures-expected-to-reach",
    ),
    pytest.param(
        "The council closed the road on Monday, with the river expected to peak on Thursday.",
        id="the-river-expected-to-peak",
    ),
]


@pytest.mark.parametrize("text", WITH_CLAUSES)
def test_a_forecast_after_with_is_nobodys_view(quotes_of, text):
    assert not quotes_of(text)


def test_a_participle_after_with_speaks_for_its_own_noun(quotes_of):
    quote = one(
        quotes_of("The talks ended on Friday, with officials saying that a deal was close."), "a deal"
    )
    assert (quote.speaker, quote.cue) == ("officials", "saying")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The company responded with lawyers arguing that the claim was baseless.", "the claim was baseless"),
        ("The firm replied with engineers insisting that the bridge was safe.", "the bridge was safe"),
    ],
)
def test_people_after_with_on_an_answer_give_the_answerers_words(quotes_of, text, words):
    assert one(quotes_of(text), words).speaker in ("company", "firm")


DOCUMENTS_AND_MAKERS = [
    pytest.param(
        "Rents rose 11 percent, according to new figures from the property portal HomeSeek.",
        "HomeSeek",
        id="figures-from-a-body-described-before-its-name",
    ),
    pytest.param(
        "Prices fell 0.4 percent, according to the Varland Building Society's monthly index.",
        "Varland Building Society",
        id="an-index-its-makers-possessive-names",
    ),
    pytest.param(
        "Prices fell 0.4 percent, according to Kell Bank's latest survey.",
        "Kell Bank",
        id="a-survey-its-makers-possessive-names",
    ),
    pytest.param(
        "Prices fell, according to the latest index from the Varland Building Society.",
        "Varland Building Society",
        id="an-index-from-a-body",
    ),
]


@pytest.mark.parametrize(("text", "maker"), DOCUMENTS_AND_MAKERS)
def test_a_document_speaks_for_who_made_it(quotes_of, text, maker):
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.cue) == (maker, "according to")


DOCUMENTS_OF_NO_MAKER = [
    pytest.param("Monday's report said the river would peak at noon.", "Monday", id="a-days-report"),
    pytest.param("October's figures showed that prices rose.", "October", id="a-months-figures"),
    pytest.param("Britain's latest figures showed that prices rose.", "Britain", id="a-countrys-figures"),
    pytest.param(
        "A letter from the lawyer for Orla Venn said the claim was false.",
        "Orla Venn",
        id="from-a-person-for-a-name",
    ),
    pytest.param(
        "A report from the start of June said the dam was unsafe.", "June", id="from-a-time-of-a-month"
    ),
]


@pytest.mark.parametrize(("text", "not_maker"), DOCUMENTS_OF_NO_MAKER)
def test_a_time_a_place_or_a_name_after_of_makes_no_document(quotes_of, text, not_maker):
    (quote,) = quotes_of(text)
    assert quote.speaker != not_maker


def test_a_body_described_after_of_is_the_affiliation(quotes_of):
    text = "Teodor Baines, of the campaign group Fair Power Calder, said the ruling was fair."
    quote = one(quotes_of(text), "the ruling was fair")
    assert (quote.role, quote.affiliation) == (None, "Fair Power Calder")


def test_of_before_a_lower_case_noun_opens_a_role(quotes_of):
    quote = one(
        quotes_of("Orla Venn, of counsel at the firm, said the claim was false."), "the claim was false"
    )
    assert quote.role == "of counsel at the firm"


def test_a_village_after_of_is_no_affiliation(quotes_of):
    quote = one(quotes_of("Marta Vogel, of the village of Kelton, said the ruling was fair."), "the ruling")
    assert (quote.role, quote.affiliation) == (None, None)


def test_a_paraphrase_going_on_past_a_long_partial_quote_holds_it(quotes_of):
    text = (
        "Greyfield Properties agreed to spend more.\n\n"
        "The company said it “takes the concerns of its residents seriously” and that work would begin in spring."
    )
    quotes = quotes_of(text)
    paraphrase = one([q for q in quotes if q.kind == "indirect"], "work would begin")
    partial = one(quotes, "takes the concerns")
    assert (paraphrase.speaker, partial.kind, partial.within) == (
        "Greyfield Properties",
        "partial",
        (paraphrase.start, paraphrase.end),
    )


STRANDED_CLAUSES = [
    pytest.param(
        "Judith Ocampo opened the session by reminding speakers they had three minutes each.",
        "they had three minutes each",
        "reminding",
        id="by-reminding-speakers-they-had",
    ),
    pytest.param(
        "Kobb won the vote after telling voters he would cut taxes.",
        "he would cut taxes",
        "telling",
        id="after-telling-voters-he-would",
    ),
]


@pytest.mark.parametrize(("text", "words", "cue"), STRANDED_CLAUSES)
def test_a_clause_after_the_object_of_a_cue_is_its_content(quotes_of, text, words, cue):
    (quote,) = quotes_of(text)
    assert (quote.text, quote.cue) == (words, cue)


FIRMS_AFTER_NAMES = [
    pytest.param(
        "“Anything goes in a week,” said Tom Parry of Parry & Lowe.",
        "Anything goes",
        {"role": None, "affiliation": "Parry & Lowe"},
        id="partners-joined-by-an-ampersand",
    ),
    pytest.param(
        "“Anything goes,” said Tom Parry, of Oakhurst Homes.",
        "Anything goes",
        {"role": None, "affiliation": "Oakhurst Homes"},
        id="a-company-named-for-its-trade",
    ),
    pytest.param(
        "“Anything goes,” said Marta Vogel, of New Kelton.",
        "Anything goes",
        {"role": None, "affiliation": None},
        id="a-home-town-is-no-firm",
    ),
    pytest.param(
        "“This is a cooling,” said Jarek Holm, head of residential research at consultancy Brightstone.",
        "This is a cooling",
        {"role": "head of residential research", "affiliation": "Brightstone"},
        id="a-consultancy-described-before-its-name-after-the-last-preposition",
    ),
    pytest.param(
        "Rents rose, according to figures from the property portal HomeSeek.\n\n"
        "“It is the tightest market,” HomeSeek's chief economist, Kasimir Aldous, said.",
        "tightest market",
        {"role": "chief economist", "affiliation": "HomeSeek"},
        id="a-portal-described-before-its-name-owns-a-post",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), FIRMS_AFTER_NAMES)
def test_firms_in_property_news(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


def test_a_name_its_opening_phrase_stands_for_is_a_body(quotes_of):
    text = (
        "In its annual winter outlook, Ostnett said reserve margins had fallen to 4 percent.\n\n"
        "“The margin for error is very thin,” the company's chief operating officer, Katja Lindqvist, said."
    )
    quotes = quotes_of(text)
    officer = one(quotes, "margin for error")
    assert (one(quotes, "reserve margins").speaker_kind, officer.role, officer.affiliation) == (
        "organization",
        "chief operating officer",
        "Ostnett",
    )


@pytest.mark.parametrize("opening", ["Despite its cost", "After its defeat in the final"])
def test_an_opening_phrase_on_no_document_leaves_a_person(quotes_of, opening):
    text = f"{opening}, Moss backed the plan. She said it would pay for itself."
    assert one(quotes_of(text), "pay for itself").speaker == "Moss"


def test_his_opening_phrase_leaves_a_person(quotes_of):
    (quote,) = quotes_of("In his annual letter, Kobb said margins had fallen.")
    assert quote.speaker_kind == "person"


def test_a_chief_executive_after_his_companys_first_word_is_the_topic(quotes_of):
    text = (
        "The board fined Westridge Pipelines on Monday.\n\n"
        "Board chair Viveka Rune told the Herald a suspension had been considered. “We looked,” Rune said.\n\n"
        "Westridge chief executive Tomas Berglund did not respond to requests for comment. "
        "In an internal memo, he told staff that the company would grow."
    )
    assert one(quotes_of(text), "the company would grow").speaker == "Tomas Berglund"


def test_a_title_opening_on_a_companys_first_word_is_a_post_there(quotes_of):
    text = "Westridge Pipelines said it would appeal.\n\nWestridge chief executive Tomas Berglund said the fine was unfair."
    quote = one(quotes_of(text), "the fine was unfair")
    assert (quote.role, quote.affiliation) == ("chief executive", "Westridge Pipelines")


BODIES_CALLED_BY_THEIR_NOUN = [
    pytest.param(
        "The Arnholt Energy Board fined Westridge Pipelines on Monday over a spill.\n\n"
        "In its decision, the board said the company had ignored warnings about corrosion.",
        "ignored warnings",
        "Arnholt Energy Board",
        id="the-board-named-before-but-silent",
    ),
    pytest.param(
        "The Harwell District Council approved the plan. The council said it would review traffic.",
        "review traffic",
        "Harwell District Council",
        id="the-council-named-before",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), BODIES_CALLED_BY_THEIR_NOUN)
def test_a_body_called_by_its_noun_is_the_body_named_before(quotes_of, text, words, speaker):
    assert one(quotes_of(text), words).speaker == speaker


def test_that_opening_a_reported_clause_after_a_filing_is_no_relative(quotes_of):
    text = (
        "Westridge said in a filing with the board that it had fully cooperated "
        "and had since replaced 40 kilometres of pipe."
    )
    quote = one(quotes_of(text), "fully cooperated")
    assert (quote.kind, quote.cue) == ("indirect", "said")


@pytest.mark.parametrize("title", ["Landowner", "Smallholder", "Hydrologist", "Lineman"])
def test_people_of_farming_housing_and_weather_news_are_titles(quotes_of, title):
    (quote,) = quotes_of(f"{title} Jorunn Aas, whose fields border the creek, said the fine was too small.")
    assert (quote.speaker, quote.role) == ("Jorunn Aas", title)


@pytest.mark.parametrize(
    "text",
    [
        "Kell Motors sold the plant to Ostnett. The seller said the deal would cut its debt.",
        "Ostnett sold the plant to Kell Motors. The buyer said the deal would cut its costs.",
    ],
)
def test_a_buyer_or_seller_in_business_copy_is_given_no_persons_role(quotes_of, text):
    (quote,) = quotes_of(text)
    assert quote.role is None


@pytest.mark.parametrize(
    ("document", "speaker"),
    # a judgment is its writer's, named through "In its judgment, the board said"
    [("judgment", "Arnholt Energy Board"), ("forecast", "forecast")],
)
def test_a_document_that_speaks_is_no_person_named_before(quotes_of, document, speaker):
    text = (
        "The Arnholt Energy Board fined Westridge Pipelines over a spill into Crane Creek.\n\n"
        f"In its {document}, the board said the company had ignored warnings. "
        f"“This was not an accident,” the {document} said."
    )
    quote = one(quotes_of(text), "not an accident")
    assert (quote.speaker, quote.speaker_kind) == (speaker, "organization")


@pytest.mark.parametrize("label", ["Q&A", "FAQ", "Factbox"])
def test_a_headlines_label_is_no_speaker(quotes_of, label):
    assert not quotes_of(
        f"{label}: Why can't first-time buyers get on the ladder?\n\nPrices rose again on Monday."
    )


PREDICATE_ROLES = [
    pytest.param(
        "Dr. Naomi Feld is a housing economist at the Varland Institute. “Build more,” Feld said.",
        {"role": "housing economist", "affiliation": "Varland Institute"},
        id="is-a-housing-economist-at",
    ),
    pytest.param(
        "Ola Kobb is a big fan of the plan. “Build more,” Kobb said.",
        {"role": None, "affiliation": None},
        id="a-fan-of-a-plan-is-no-role",
    ),
    pytest.param(
        "The man who attacked Ana Moss is a teacher at the Harwick Academy. “Build more,” Moss said.",
        {"role": None, "affiliation": None},
        id="the-name-in-a-relative-clause-is-not-the-subject",
    ),
    pytest.param(
        "Sam Dyer was the spokesman for the Vell Party before he left. “Build more,” Dyer said.",
        {"role": None, "affiliation": None},
        id="a-past-post-is-no-role",
    ),
    pytest.param(
        "Dr. Jon Pirre is a vocal critic of the Vell Institute. “Build more,” Pirre said.",
        {"role": None, "affiliation": None},
        id="a-critic-of-a-body-is-no-post-there",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PREDICATE_ROLES)
def test_a_sentence_saying_what_someone_does_gives_the_role(quotes_of, text, expected):
    assert fields(one(quotes_of(text), "Build more"), expected) == expected
