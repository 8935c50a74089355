"""Attribution in defence news, aviation and maritime accidents, space news
and wire round-ups of short items, one row per construction, with rows of
ordinary text each rule must leave alone; texts written for the test about
fictional people, places and bodies."""

from __future__ import annotations

import pytest
from extract_checks import one

from quotes.extract.role_words import role_of_part

PRONOUN_AFTER_ANOTHER_PERSON = [
    pytest.param(
        "Police charged a boy with arson. Inspector Ruth Crane said the boy was arrested at his home. "
        "“We are grateful to the witnesses,” she said.",
        "We are grateful",
        "Ruth Crane",
        id="his-of-the-boy-in-her-paraphrase",
    ),
    pytest.param(
        "A man was jailed on Tuesday. Judge Ann Pell said the driver had shown no regard for his victims. "
        "“This was entirely avoidable,” she said.",
        "entirely avoidable",
        "Ann Pell",
        id="his-of-the-driver-in-her-paraphrase",
    ),
    pytest.param(
        "Colonel Ivo Renk, a veteran officer, said his unit was ready. Mara Venn spoke next. "
        "“We are not,” she said. “We never were,” he said.",
        "We never were",
        "Ivo Renk",
        id="his-own-after-his-apposition",
    ),
    pytest.param(
        "Defence lawyer Sasha Lind said her client would appeal. Robin Tate told the judge that he was sorry. "
        "“The sentence is too harsh,” she said.",
        "too harsh",
        "Sasha Lind",
        id="told-the-judge-that-he-is-his-own",
    ),
    pytest.param(
        "Kim Dale chairs the committee. Robin Tate told a reporter that he would resign. "
        "“We will miss him,” she said.",
        "We will miss him",
        "Kim Dale",
        id="told-a-reporter-that-he-is-his-own",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PRONOUN_AFTER_ANOTHER_PERSON)
def test_a_pronoun_of_someone_else_in_a_paraphrase_tells_no_gender(quotes_of, text, words, speaker):
    assert one(quotes_of(text), words).speaker == speaker


WORDS_NAMED_AFTER_THEM = [
    pytest.param(
        "Union president Greta Fenn said crews “have been stretched thin for months,” a claim the airline denies.",
        "stretched thin",
        "said",
        id="a-claim-the-airline-denies",
    ),
    pytest.param(
        "Vera Lind told the Vell Courier that pilots were “tired and underpaid,” an accusation the carrier rejected.",
        "tired and underpaid",
        "told",
        id="an-accusation-the-carrier-rejected",
    ),
    pytest.param(
        "Investigators met on Friday. “The engines were inspected last week,” a report by the board said.",
        "engines were inspected",
        "said",
        id="a-report-that-speaks-is-left-alone",
    ),
]


@pytest.mark.parametrize(("text", "words", "cue"), WORDS_NAMED_AFTER_THEM)
def test_a_noun_of_speech_after_a_quote_is_no_cue(quotes_of, text, words, cue):
    assert one(quotes_of(text), words).cue == cue


NAMED_AFTER_WHOSE = [
    pytest.param(
        "The satellites belonged to the National Weather Bureau, whose administrator, Joel Pratt, "
        "said the loss was a setback.",
        "the loss was a setback",
        ("Joel Pratt", "administrator", "National Weather Bureau"),
        id="whose-administrator-says-indirectly",
    ),
    pytest.param(
        "The rocket was built by Halcyon Launch Systems, whose chief executive, Ruben Stahl, said the "
        "company would fly again. “We will be back,” Stahl said.",
        "We will be back",
        ("Ruben Stahl", "chief executive", "Halcyon Launch Systems"),
        id="whose-chief-executive-quoted-later",
    ),
    pytest.param(
        "The case was brought by Tomas Kobb, whose lawyer, Ann Lee, said the ruling was unfair.",
        "the ruling was unfair",
        ("Ann Lee", "lawyer", None),
        id="whose-of-a-person-gives-no-body",
    ),
    pytest.param(
        "Ann Lee, whose husband, Tom Lee, died in the crash, said she would sue the airline. "
        "“Nobody has said sorry,” Lee said.",
        "Nobody has said sorry",
        ("Ann Lee", None, None),
        id="a-relative-after-the-subjects-whose-takes-no-surname",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), NAMED_AFTER_WHOSE)
def test_a_post_after_whose_is_the_named_persons(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert (quote.speaker, quote.role, quote.affiliation) == expected


ROLES_OF_CREWS_AND_SURVIVORS = [
    pytest.param(
        "The trawler sank on Monday. Deckhand Milo Ferris said the boat took on water within minutes.",
        "took on water",
        ("Milo Ferris", "Deckhand"),
        id="deckhand-before-a-name",
    ),
    pytest.param(
        "The library will close for repairs. Head librarian Mo Sato said books could be returned elsewhere.",
        "books could be returned",
        ("Mo Sato", "Head librarian"),
        id="librarian-before-a-name",
    ),
    pytest.param(
        "The flight landed safely. Flight attendant Ines Raud said passengers had stayed calm.",
        "passengers had stayed calm",
        ("Ines Raud", "Flight attendant"),
        id="flight-attendant-before-a-name",
    ),
    pytest.param(
        "Two crew members were rescued. One of them, deckhand Milo Ferris, 27, told reporters the boat "
        "sank fast. “The waves were huge,” Ferris said.",
        "The waves were huge",
        ("Milo Ferris", "deckhand"),
        id="one-of-them-then-a-title",
    ),
    pytest.param(
        "Two crew members were rescued. One of them, Milo Ferris, told reporters the boat sank fast.",
        "the boat sank fast",
        ("Milo Ferris", None),
        id="one-of-them-is-no-role",
    ),
    pytest.param(
        "Six people were rescued. One of the survivors, Lea Moss, said the boat sank fast.",
        "the boat sank fast",
        ("Lea Moss", "survivor"),
        id="one-of-the-survivors",
    ),
    pytest.param(
        "The trial ended on Friday. One of the defendants, Tor Aas, told the court he was sorry. "
        "“I was stupid,” Aas said.",
        "I was stupid",
        ("Tor Aas", "defendant"),
        id="one-of-the-defendants",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), ROLES_OF_CREWS_AND_SURVIVORS)
def test_the_role_of_a_crew_member_or_survivor(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert (quote.speaker, quote.role) == expected


@pytest.mark.parametrize(
    ("description", "role"),
    [
        ("of the survivors", "survivor"),
        ("of the witnesses", "witness"),
        ("of the defendants", "defendant"),
        ("of them", ""),
        ("of the Vikings", ""),
    ],
)
def test_the_role_one_of_a_group_gives(description, role):
    assert role_of_part(description) == role


def test_one_of_a_named_group_is_its_member(quotes_of):
    text = "One of the Vikings, Tor Aas, said the team would win. “We are ready,” Aas said."
    quote = one(quotes_of(text), "We are ready")
    assert (quote.speaker, quote.role, quote.affiliation) == ("Tor Aas", None, "Vikings")


STATEMENTS_AND_THEIR_MAKERS = [
    pytest.param(
        "In a statement read to reporters by Colonel Mila Tarr, the army’s press officer, the general "
        "staff said the drills would end on March 20. “All units will return to barracks,” the statement said.",
        "All units will return",
        "general staff",
        id="in-a-statement-read-by-an-officer-the-staff-said",
    ),
    pytest.param(
        "In a statement, the Harbour Board said ferries would run. “No crossing is cancelled,” the statement said.",
        "No crossing is cancelled",
        "Harbour Board",
        id="in-a-statement-the-board-said",
    ),
    pytest.param(
        "The Harbour Board issued a statement on Monday. “All ferries will run as usual,” the statement said.",
        "All ferries will run",
        "Harbour Board",
        id="issued-a-statement-is-left-alone",
    ),
    pytest.param(
        "In a statement read by Col. Mila Tarr, the general staff said the drill was over. "
        "“All units have returned,” the statement said.",
        "All units have returned",
        "general staff",
        id="in-a-statement-read-by-a-dotted-rank",
    ),
    pytest.param(
        "Asked about the two players named in a statement by the club, coach Tam Rudd said he was shocked. "
        "“Both players have been suspended,” the statement said.",
        "Both players have been suspended",
        None,
        id="in-a-statement-mid-sentence-is-no-opening",
    ),
    pytest.param(
        "In a statement issued after coach Tam Rudd said he would quit, the club thanked him. "
        "“He gave us ten great years,” the statement said.",
        "ten great years",
        None,
        id="a-clause-inside-the-opening-makes-no-maker",
    ),
    pytest.param(
        "Tor Aas was named in a statement released by police, and his lawyer, Ann Moss, said he would "
        "plead not guilty. “A man has been arrested,” the statement said.",
        "A man has been arrested",
        None,
        id="named-in-a-statement-makes-no-maker",
    ),
    pytest.param(
        "In a statement, lawyers for Ola Berg said he was innocent. “Our client will be cleared,” the statement said.",
        "Our client will be cleared",
        "lawyers",
        id="lawyers-for-a-person-are-the-makers",
    ),
    pytest.param(
        "The Vell Water Company said in a statement that prices would rise. The council later responded. "
        "“The company is being greedy,” the statement said.",
        "being greedy",
        None,
        id="an-answer-after-the-maker-leaves-the-statement-unknown",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), STATEMENTS_AND_THEIR_MAKERS)
def test_the_statement_speaks_for_who_made_it(quotes_of, text, words, speaker):
    assert one(quotes_of(text), words).speaker == speaker


RECORDED_WORDS = [
    pytest.param(
        "The report was released on Friday. The cockpit voice recorder captured the first officer "
        "replying, “Anti-ice is coming on now.”",
        "Anti-ice",
        "first officer",
        id="the-recorder-captured-the-first-officer-replying",
    ),
    pytest.param(
        "The report was released on Friday. The recording captured the captain saying, “We are losing altitude.”",
        "losing altitude",
        "captain",
        id="the-recording-captured-the-captain-saying",
    ),
    pytest.param(
        "The minister showed reporters a map, saying, “This is where the drones came from.”",
        "where the drones came from",
        "minister",
        id="showed-reporters-a-map-saying-is-the-ministers",
    ),
    pytest.param(
        "Ansel Kobb heard the verdict in silence, saying only, “I will appeal.”",
        "I will appeal",
        "Ansel Kobb",
        id="heard-the-verdict-saying-is-the-hearers",
    ),
    pytest.param(
        "Mayor Ann Lee heard the residents for three hours, saying afterwards, “They are right to be angry.”",
        "right to be angry",
        "Ann Lee",
        id="heard-the-residents-comma-saying-is-the-hearers",
    ),
    pytest.param(
        "Senator Ola Brenn saw the president at the summit, saying, “We agreed on trade.”",
        "agreed on trade",
        "Ola Brenn",
        id="saw-the-president-comma-saying-is-the-seers",
    ),
    pytest.param(
        "Coach Tam Rudd filmed the players at training, explaining, “We want to study every run.”",
        "study every run",
        "Tam Rudd",
        id="filmed-the-players-comma-explaining-is-the-coachs",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), RECORDED_WORDS)
def test_words_a_recording_caught_are_the_speakers(quotes_of, text, words, speaker):
    assert one(quotes_of(text), words).speaker == speaker


POSTS_WITH_PARTICIPLES = [
    pytest.param("chief operating officer", id="chief-operating-officer"),
    pytest.param("commanding officer", id="commanding-officer"),
    pytest.param("visiting professor", id="visiting-professor"),
    pytest.param("chief financial officer", id="chief-financial-officer-left-alone"),
]


@pytest.mark.parametrize("post", POSTS_WITH_PARTICIPLES)
def test_a_post_named_with_a_participle_is_kept_whole(quotes_of, post):
    text = (
        f"The jets were grounded on Thursday. Airline {post} Kim Jessen said every engine would be inspected."
    )
    assert one(quotes_of(text), "every engine").role == f"Airline {post}"


def test_a_headline_ending_on_quoted_words_is_no_antecedent(quotes_of):
    text = (
        "Army chief: “We are not ready for a long war”\n\nBy Tessa Norrland\nStaff Writer\n\n"
        "The head of the army told a committee on Wednesday that the stocks would last only weeks.\n"
    )
    assert one(quotes_of(text), "stocks would last").speaker not in ("Staff Writer", "Tessa Norrland")


BODIES_NOT_INTRODUCED_BY_A_PERSON = [
    pytest.param(
        "A former navy officer was jailed on Thursday. The navy said in a statement that it had tightened "
        "its procedures.",
        "tightened its procedures",
        "navy",
        id="a-former-navy-officer-is-no-navy",
    ),
    pytest.param(
        "A former army officer was jailed. The army said it had tightened its procedures.",
        "tightened its procedures",
        "army",
        id="a-former-army-officer-is-no-army",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), BODIES_NOT_INTRODUCED_BY_A_PERSON)
def test_a_body_word_describing_a_person_introduces_no_body(quotes_of, text, words, speaker):
    assert one(quotes_of(text), words).speaker == speaker


UNNAMED_FOR_A_BODY = [
    pytest.param(
        "The spokeswoman for the Defence Ministry said the drills would go ahead.",
        "drills would go ahead",
        ("Defence Ministry", "Defence Ministry"),
        id="the-spokeswoman-for-the-ministry",
    ),
    pytest.param(
        "“The drills are risky,” said the director of the Kessel Institute.",
        "drills are risky",
        ("director", "Kessel Institute"),
        id="the-director-of-the-institute",
    ),
    pytest.param(
        "A commander of the Southern Fleet said the ship was hit near the stern.",
        "ship was hit",
        ("commander", "Southern Fleet"),
        id="a-commander-of-the-fleet",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), UNNAMED_FOR_A_BODY)
def test_an_unnamed_speaker_for_a_named_body(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert (quote.speaker, quote.affiliation) == expected


def test_fleet_as_a_surname_names_a_person(quotes_of):
    text = (
        "Mary Fleet, a nurse at the hospital, said the ward was short of staff. "
        "“We are exhausted,” Fleet said."
    )
    quote = one(quotes_of(text), "We are exhausted")
    assert (quote.speaker, quote.role) == ("Mary Fleet", "nurse at the hospital")


RANKS_BEFORE_A_NAME = [
    pytest.param("Air Commodore", id="air-commodore"),
    pytest.param("Commodore", id="commodore"),
    pytest.param("Sqn Ldr", id="squadron-leader-abbreviated"),
    pytest.param("Wg Cdr", id="wing-commander-abbreviated"),
    pytest.param("Lt Col", id="lieutenant-colonel-undotted"),
    pytest.param("Pte", id="private-abbreviated"),
    pytest.param("Lt. Col.", id="lieutenant-colonel-dotted-left-alone"),
]


@pytest.mark.parametrize("rank", RANKS_BEFORE_A_NAME)
def test_a_rank_before_a_name_is_no_part_of_it(quotes_of, rank):
    text = f"The helicopter crashed in March. {rank} Ruth Ellery said the board had made 23 recommendations."
    quote = one(quotes_of(text), "23 recommendations")
    assert (quote.speaker, quote.role) == ("Ruth Ellery", rank)


DOCUMENTS_ARE_NO_PEOPLE = [
    pytest.param("a preliminary assessment by the directorate", id="an-assessment"),
    pytest.param("a summary released by the directorate", id="a-summary"),
    pytest.param("a preliminary report from the directorate", id="a-report-left-alone"),
]


@pytest.mark.parametrize("source", DOCUMENTS_ARE_NO_PEOPLE)
def test_a_document_cited_gets_no_role(quotes_of, source):
    text = f"According to {source}, a controller cleared one aircraft to take off while another was landing."
    quote = one(quotes_of(text), "cleared one aircraft")
    assert quote.role is None


ROUND_UP_ITEMS = [
    pytest.param(
        "Bridge to close\nThe Kell Street bridge will close for three weeks, said county engineer Tomas Rudd. "
        "“It is overdue,” he said.\n\nCyclist fined\nA cyclist was fined 200 crowns for riding on the pavement. "
        "“I didn’t see the sign,” he told the court.\n",
        "see the sign",
        "cyclist",
        id="he-of-a-new-item-is-its-unnamed-person",
    ),
    pytest.param(
        "School head retires\nFenwick Primary’s head teacher, Ada Moss, retires this week after 30 years. "
        "“I will miss the children most,” she said.\n",
        "miss the children",
        "Ada Moss",
        id="a-possessive-school-is-no-topic",
    ),
    pytest.param(
        "Fair opens\nMayor Ann Holt opened the fair. A boy asked her for a photo. “Of course,” she said.\n",
        "Of course",
        "Ann Holt",
        id="she-is-not-the-boy-left-alone",
    ),
    pytest.param(
        "The new mayor, Kari Lund, toured the flooded streets. A neighbour had lost everything in the storm. "
        "“We will help every family,” she said.",
        "help every family",
        "Kari Lund",
        id="a-noun-later-in-the-paragraph-is-no-topic",
    ),
    pytest.param(
        "The team’s manager, Ivo Brandt, praised his players. A supporter ran onto the pitch at full time. "
        "“The fans were magnificent,” he said.",
        "fans were magnificent",
        "Ivo Brandt",
        id="a-supporter-after-the-named-manager-is-no-topic",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ROUND_UP_ITEMS)
def test_a_pronoun_in_a_round_up_item(quotes_of, text, words, speaker):
    assert one(quotes_of(text), words).speaker == speaker
