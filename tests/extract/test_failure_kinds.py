"""The kinds of wrong attribution a journalist cannot afford, one row each, on
texts written for the test about fictional people: who the quote goes to,
what the speaker's role and affiliation are, and words that must not be
stored as anybody's quote."""

from __future__ import annotations

import pytest
from extract_checks import fields, holding

SPEAKERS = [
    pytest.param(
        "Speaking at a harbour conference in Vell, Ansel Kobb said the ferries would run in May.",
        "the ferries would run",
        {"speaker": "Ansel Kobb"},
        id="a-participle-is-no-speaker",
    ),
    pytest.param(
        "“We will rebuild the pier,” said Rusa Dell, Head of Fundamental Research at Vell Securities.\n\n"
        "Harbour prices fell again on Monday.\n\n"
        "“Buyers are waiting,” she said.",
        "Buyers are waiting",
        {"speaker": "Rusa Dell"},
        id="a-section-of-an-institution-is-no-name",
    ),
    pytest.param(
        "“Prices will hold,” said a report from Vell Harbour Equities.",
        "Prices will hold",
        {"speaker": "Vell Harbour Equities"},
        id="a-report-speaks-for-who-wrote-it",
    ),
    pytest.param(
        "A career harbour officer testified on Monday that the pier was unsafe.\n\n"
        "The officer, Dag Orrin, said he had warned the council twice.",
        "the pier was unsafe",
        {"speaker": "Dag Orrin", "role": "career harbour officer"},
        id="a-description-the-article-names-later",
    ),
    pytest.param(
        "A harbour pilot testified on Monday that the lights were out. “I saw nothing,” he said.\n\n"
        "The pilot, Dag Orrin, has worked the channel for years.",
        "I saw nothing",
        {"speaker": "Dag Orrin", "role": "harbour pilot"},
        id="a-pronoun-after-a-description-the-article-names-later",
    ),
    pytest.param(
        "A 62-year-old net mender who was pulled from the water said the waves came without warning.\n\n"
        "The man, Per Lund, had worked off the point for forty years.",
        "the waves came",
        {"speaker": "Per Lund", "role": "62-year-old net mender"},
        id="the-man-names-whoever-a-description-introduced",
    ),
    pytest.param(
        "A ward clerk at Vell General Hospital said the shifts had doubled. “We are exhausted,” she said.\n\n"
        "That clerk, Ina Moss, has worked there since 2009.",
        "We are exhausted",
        {"speaker": "Ina Moss", "role": "ward clerk"},
        id="a-pronoun-stands-for-the-unnamed-speaker-before-it",
    ),
    pytest.param(
        "Pilot Describes Night on the Channel\n\n"
        "The lights had been out for weeks. “I told them twice, in writing,” he said.",
        "I told them twice",
        {"speaker": "he"},
        id="a-pronoun-never-stands-for-a-headline-word",
    ),
    pytest.param(
        "The ferry board met on Monday.\n\nMayor Ina Moss was blunt: “We cannot keep the boats running on goodwill.”",
        "We cannot keep the boats",
        {"speaker": "Ina Moss"},
        id="the-subject-before-a-colon-speaks",
    ),
    pytest.param(
        "Dag Orrin said the board was wrong: “The fares are too high.”",
        "The fares are too high",
        {"speaker": "Dag Orrin"},
        id="a-copula-inside-the-reported-clause-is-no-cue",
    ),
    pytest.param(
        "Teachers were split. Another teacher, Siv Aas, said a longer day would tire younger pupils.",
        "a longer day would tire",
        {"speaker": "Siv Aas", "role": "teacher"},
        id="another-description-with-a-name-in-apposition",
    ),
    pytest.param(
        "Leaders reacted on Friday.\n\n“We will study the text first.” — Vell Chamber of Commerce\n\nMoss was pleased.",
        "We will study the text",
        {"speaker": "Vell Chamber of Commerce"},
        id="a-chamber-is-a-body",
    ),
    pytest.param(
        "The singer Tove Lind, through her lawyer, said on Monday that the lawsuit had no merit.",
        "the lawsuit had no merit",
        {"speaker": "Tove Lind", "role": "singer"},  # not "through her lawyer"
        id="a-name-right-after-its-noun-is-the-speaker",
    ),
    pytest.param(
        "Lind's manager, Per Dahl, said in a statement that the tour was off. “Her health comes first,” "
        "the statement said.",
        "Her health comes first",
        {"speaker": "Per Dahl"},
        id="a-statement-made-by-a-name-in-apposition",
    ),
    pytest.param(
        "In a sign of the confusion, the Harbour Commission, which regulates ferry fares, issued a statement "
        "warning that “riders are entitled to clear prices.”",
        "riders are entitled",
        {"speaker": "Harbour Commission"},
        id="a-statement-made-by-a-body-a-relative-clause-describes",
    ),
    pytest.param(
        "“This was a tragedy, not a crime,” said Jonas Vik, the ferry company's lawyer.\n\n"
        "Judge Astrid Bakke asked Vik why the ramp had not been fixed. He said the report had been lost.",
        "the report had been lost",
        {"speaker": "Jonas Vik"},
        id="a-pronoun-skips-a-person-whose-given-name-is-of-the-other-sex",
    ),
    pytest.param(
        "Sara Lunde, a former pilot, shot back that Moss had “run the harbour into the ground.”",
        "that Moss had",
        {"speaker": "Sara Lunde"},
        id="a-phrasal-verb-of-speech",
    ),
    pytest.param(
        "Ina Moss was quoted by the Vell Gazette as saying that the plan would cost twice as much.",
        "the plan would cost",
        {"speaker": "Ina Moss"},
        id="quoted-as-saying-is-the-subjects",
    ),
    pytest.param(
        "Early on, Kobb attacked Venn, calling him, among other things, “a failed candidate.” Venn fired back "
        "in March, and the two have not spoken since.",
        "a failed candidate",
        {"speaker": "Kobb"},
        id="words-closing-a-sentence-go-to-its-cue-not-the-next-sentences",
    ),
    pytest.param(
        "Ferry talks stall\n\nKELL (Nordic Wire) — Talks over the ferry sale have stalled, people familiar "
        "with the matter said on Thursday.\n\nThe buyer, Baltic Ferries, wants the county to keep the debts, "
        "two of the people said. “They want the boats without the past,” one of them said.",
        "They want the boats",
        {"speaker": "people familiar with the matter", "speaker_kind": "group"},
        id="one-of-them-is-the-group",
    ),
    pytest.param(
        "In an interview with the Kell Post, Jon Hauge said he was hopeful.\n\nThe Kell Post reported on "
        "Wednesday that Hauge had told union leaders the yard could close.",
        "the yard could close",
        {"speaker": "Kell Post"},
        id="a-name-is-no-earlier-description",
    ),
    pytest.param(
        "Oil giant Nordoil said it would cut 3,000 jobs. “We have to adapt,” chief executive Marta Lie told analysts.",
        "it would cut",
        {"speaker": "Nordoil", "speaker_kind": "organization"},
        id="a-business-described-before-its-name",
    ),
    pytest.param(
        "Oil giant Nordoil said it would cut 3,000 jobs. “We have to adapt,” chief executive Marta Lie told analysts.",
        "We have to adapt",
        {"speaker": "Marta Lie", "role": "chief executive"},
        id="chief-executive-is-a-title",
    ),
    pytest.param(
        "Defender Tor Lund, 29, said the club had not yet made an offer.",
        "the club had not",
        {"speaker": "Tor Lund", "role": "Defender"},
        id="a-players-position-is-a-title",
    ),
    pytest.param(
        "According to the complaint, Ansel Kobb wrote in a later email that he knew the house. "
        "“I am watching,” the email said.",
        "I am watching",
        {"speaker": "Ansel Kobb"},
        id="an-email-speaks-for-who-wrote-it",
    ),
    pytest.param(
        "What the harbour crisis teaches us\n\nBy Nils Brekke\n\nI asked the harbour minister, Rosa Vik, last "
        "week whether the government had a plan. She told me: “We have several, and none of them is cheap.”",
        "We have several",
        {"speaker": "Rosa Vik", "role": "harbour minister"},
        id="a-pronoun-never-stands-for-the-byline",
    ),
    pytest.param(
        "A career harbour officer testified on Monday that the pier was unsafe.\n\n"
        "The officer, Lt. Col. Dag Orrin, said the warnings were ignored.",
        "the pier was unsafe",
        {"speaker": "Dag Orrin"},
        id="titles-before-a-name-given-later-are-not-the-name",
    ),
    pytest.param(
        "Karin Holt said she saw him. Defence lawyer Siri Bakke asked Holt how she could be sure in the dark. "
        "“There was a street light,” she answered.",
        "There was a street light",
        {"speaker": "Karin Holt"},
        id="who-was-asked-answers",
    ),
    pytest.param(
        "“It never is,” Helga Brun said.\n\nHer first mate, Jonas Eik, has sailed with her for a decade. "
        "He says she taught him everything he knows.",
        "she taught him",
        {"speaker": "Jonas Eik", "role": None},
        id="her-after-a-preposition-is-someone-else",
    ),
    pytest.param(
        "Union vows to fight port sale\n\n“We will fight this in every court in the land.” That was the message "
        "from Ina Moss, the dockworkers' union leader, on Monday.",
        "We will fight this",
        {"speaker": "Ina Moss"},
        id="the-sentence-after-says-whose-words-they-were",
    ),
    pytest.param(
        "The harbour mayor, Ina Moss, spoke first. “Not yet,” said her rival, Tor Berg.\n\n“We must act "
        "now.” Those were the words of the mayor on Monday.\n\n“Stay calm.” That was the message of the day.",
        "We must act now",
        {"speaker": "Ina Moss"},
        id="the-sentence-after-names-a-description-whose-words-they-were",
    ),
    pytest.param(
        "When I put the same question to the port's largest customer, Baltic Lines, its chief executive, "
        "Arne Sol, was less diplomatic. “The state has slept for ten years,” he said.",
        "The state has slept",
        {"speaker": "Arne Sol"},
        id="the-name-after-a-body-and-its-role-is-the-subject",
    ),
    pytest.param(
        "Anna Berg said the plant was safe. A spokesman said it would close. “It is final,” she said.",
        "It is final",
        {"speaker": "Anna Berg"},
        id="she-is-no-spokesman",
    ),
    pytest.param(
        "Bakke asked Holt how she could be sure. “I saw it,” she answered.",
        "I saw it",
        {"speaker": "Holt"},
        id="who-was-asked-answers-though-named-first-in-the-question",
    ),
    pytest.param(
        "Carmaker Kell Motors said sales rose. “A record year,” the carmaker said.",
        "A record year",
        {"speaker": "Kell Motors"},
        id="the-carmaker-is-the-business-described-before",
    ),
    pytest.param(
        "Union vows to fight port sale\n\n“We will fight this in every court in the land.”\n\nThe sale was "
        "signed on Monday.",
        "We will fight this",
        {"speaker": None},
        id="a-headline-quote-goes-on-into-no-quote-of-the-story",
    ),
    pytest.param(
        "Kobb agrees deal to replace Venn as Tessel Rovers manager\n\nAnsel Kobb has agreed a deal to replace "
        "Per Venn.\n\nVenn was sacked last night after five years, having been hired from Vell United.\n\n"
        "The 56-year-old said after his appointment: “I am excited to be joining a club with such a heritage.”",
        "I am excited",
        {"speaker": "Ansel Kobb"},
        id="the-56-year-old-is-who-the-headline-is-about",
    ),
    pytest.param(
        "“Sales doubled,” said Pavel Idris, the shop owner.\n\n"
        "Noor Haddad, who runs the bakery next door, has seen the same. “Bread sells,” she said.",
        "Bread sells",
        {"speaker": "Noor Haddad"},
        id="a-pronoun-after-the-paragraph-turns-to-someone-else",
    ),
    pytest.param(
        "“We lost the first game,” coach Ivo Penn said of his player Ola Berg. "
        "“He played well,” Penn said. “I told him so,” he added.",
        "I told him so",
        {"speaker": "Ivo Penn"},
        id="a-pronoun-with-two-people-in-play-goes-to-the-speaker",
    ),
    pytest.param(
        "President Ji Han-seo said the talks would resume. “We are ready,” Ji Han-seo said.",
        "We are ready",
        {"speaker": "Ji Han-seo"},
        id="a-hyphenated-name-is-whole",
    ),
    pytest.param(
        "A 2018 survey by Vell Securities found that most harbour clients were happy.",
        "most harbour clients were happy",
        {"speaker": "Vell Securities"},
        id="a-survey-speaks-for-who-made-it",
    ),
    pytest.param(
        "Prosecutors said Tam Vey told a guard: “I will burn the pier down.”",
        "burn the pier",
        {"speaker": "Tam Vey", "via": "Prosecutors"},
        id="relayed-words-are-the-speakers-own",
    ),
    pytest.param(
        "“Do not hide this,” one harbour worker said, per Ansel Kobb.",
        "Do not hide this",
        {"via": "Ansel Kobb"},
        id="words-relayed-per-someone",
    ),
    pytest.param(
        "Tam Vey told his neighbour, “I will burn your fence down,” police said.",
        "burn your fence",
        {"speaker": "Tam Vey", "via": "police", "cue": "told"},
        id="words-introduced-in-the-sentence-are-not-the-relay-s-after-them",
    ),
    pytest.param(
        "Threats\n\nJon Vey was charged. He sent a text message saying, “You have been warned,” prosecutors said.",
        "You have been warned",
        {"speaker": "Jon Vey", "via": "prosecutors"},
        id="a-message-saying-is-its-sender-s-words-relayed",
    ),
    pytest.param(
        "Tam Vey then shouted, “Get off my land,” according to the complaint.",
        "Get off my land",
        {"speaker": "Tam Vey", "via": "the complaint"},
        id="words-introduced-in-the-sentence-according-to-a-document",
    ),
    pytest.param(
        "A witness said the car sped off. Police later arrested a man in Vell. "
        "“I did nothing wrong,” the man told reporters.",
        "I did nothing wrong",
        {"speaker": "man"},
        id="the-man-after-a-man-was-introduced-is-not-the-unnamed-witness",
    ),
    pytest.param(
        "A shipping company under-reported its fuel. The Vell Climate Agency said fines were likely. "
        "In a statement, the company said the figures were wrong.",
        "the figures were wrong",
        {"speaker": "shipping company"},
        id="the-company-is-no-agency-named-since",
    ),
    pytest.param(
        "Oven\n\n“We will not close the clinic”, Ola Lund said. “Never again.”",
        "Never again",
        {"speaker": "Ola Lund"},
        id="two-words-after-a-quotation-closed-before-its-comma",
    ),
    pytest.param(
        "A bishop said the church would pay. Bishop Ola Lind said other parishes would help.",
        "the church would pay",
        {"speaker": "Ola Lind"},
        id="other-after-a-title-s-name-is-no-one-else",
    ),
    pytest.param(
        "“The budget is sound,” said former Lt. Gov. Ana Lind.",
        "The budget is sound",
        {"speaker": "Ana Lind", "role": "former Lt. Gov."},
        id="a-rank-after-former-is-the-role",
    ),
    pytest.param(
        "Ansel Kobb was asked: “Will the pier reopen?”",
        "Will the pier reopen?",
        {"speaker": None},
        id="a-question-put-to-someone-is-not-theirs",
    ),
    pytest.param(
        "“It is safe,” said Mara Venn, a librarian at the Hollins County Library. Mayor Ann Lee disagreed.",
        "It is safe",
        {"affiliation": "Hollins County Library"},
        id="an-affiliation-ends-with-its-sentence",
    ),
    pytest.param(
        "“We will talk,” said Leif Orrin, a fellow at the Center for Harbour Studies at the Vell Institute.",
        "We will talk",
        {"affiliation": "Vell Institute", "role": "fellow at the Center for Harbour Studies"},
        id="a-unit-stays-in-the-role-the-institution-is-the-affiliation",
    ),
    pytest.param(
        "Ansel Kobb On Harbour Fees Being Raised\n\n"
        "Harbour fees will rise in May. “We have no choice,” Ansel Kobb, the harbour master, said. "
        "“Boats will still come,” Kobb added.",
        "Boats will still come",
        {"speaker": "Ansel Kobb"},
        id="a-headline-in-title-case-names-nobody-beyond-the-name",
    ),
    pytest.param(
        "The realtor Ola Ruud has sold boats for years. “Prices are falling,” Realtor Ruud said.",
        "Prices are falling",
        {"speaker": "Ola Ruud"},
        id="a-title-written-capitalised-at-a-sentence-start-is-no-given-name",
    ),
    pytest.param(
        "President-elect Mara Venn spoke on Monday. “We will build,” Venn said.",
        "We will build",
        {"speaker": "Mara Venn"},
        id="an-elect-title-is-no-part-of-the-name",
    ),
    pytest.param(
        "“It was misleading,” said Ina Moss, chief executive of the Vell-based fact-checking charity Harbour Facts.",
        "It was misleading",
        {"speaker": "Ina Moss", "role": "chief executive", "affiliation": "Harbour Facts"},
        id="a-place-based-description-is-no-body",
    ),
    pytest.param(
        "“The jail failed him,” said Tove Lind, a jail safety expert from Dunmore.",
        "The jail failed him",
        {"speaker": "Tove Lind", "affiliation": None},
        id="where-someone-comes-from-is-no-affiliation",
    ),
    pytest.param(
        "“We will vote no,” said Sen. Ola Ruud, R-Vell.",
        "We will vote no",
        {"speaker": "Ola Ruud", "affiliation": "Republican Party"},
        id="a-party-and-state-tag-is-the-party",
    ),
    pytest.param(
        "Most inmates are young, according to the Harbour Board of Prisons. The film weaves voices together.",
        "Most inmates are young",
        {"speaker": "Harbour Board of Prisons"},
        id="a-body-named-with-of-ends-with-its-sentence",
    ),
    pytest.param(
        "Fees rose, according to a study.\n\nThe authors argued that fees would rise. "
        "Fees will keep rising in the Harbour Survey on Boat Use, the authors wrote.",
        "Fees will keep rising",
        {"speaker": "authors"},
        id="a-description-does-not-run-over-a-sentence-end",
    ),
    pytest.param(
        "The boats left at 2 p.m. Harbour Standard Time. According to the Vell Joint Port Command (VJPC), "
        "two boats were hit. The VJPC said that the port would close.",
        "the port would close",
        {"speaker": "Vell Joint Port Command"},
        id="an-acronym-is-the-body-with-its-initials-not-the-last-name-met",
    ),
    pytest.param(
        "Ansel Kobb: ‘It Is Not A Radical Idea’ To Ask For A New Pier.\n\n"
        "HARBOUR — Ansel Kobb defended his call for a new pier on Monday.",
        "It Is Not A Radical Idea",
        {"speaker": None},
        id="a-headline-word-is-no-speaker",
    ),
    pytest.param(
        "The mayor of Vell, Ina Moss, said on Monday the pier would stay open.",
        "the pier would stay open",
        {"speaker": "Ina Moss", "role": "mayor"},
        id="a-description-with-a-name-in-apposition-is-that-name",
    ),
    pytest.param(
        "A spokesman for the Vell Harbour Board, Tor Lind, said the pier would close.",
        "the pier would close",
        {"speaker": "Tor Lind", "role": "spokesman", "affiliation": "Vell Harbour Board"},
        id="an-indefinite-description-with-a-name-in-apposition",
    ),
    pytest.param(
        "The head of the big harbour fund that backs the council, Mike Tarn, said the plan would fail.",
        "the plan would fail",
        {"speaker": "Mike Tarn"},
        id="a-long-description-with-a-name-in-apposition",
    ),
    pytest.param(
        "Prosecutors said Ansel Kobb sent 30 messages to Ina Moss. In one, he wrote: “Your house will burn.”\n\n"
        "Kobb's lawyer, Lisa Tarn, argued that her client had no plan to act.",
        "Your house will burn",
        {"speaker": "Ansel Kobb"},
        id="a-pronoun-is-the-subject-of-the-reported-clause-not-its-object",
    ),
    pytest.param(
        "Harbour City beat Vell Rovers 3-1 on Saturday.\n\n"
        "Rovers manager Tomas Reye was blunt after the match. “We gave them two goals,” he said.",
        "We gave them two goals",
        {"speaker": "Tomas Reye"},
        id="a-club-before-a-title-is-not-who-he-stands-for",
    ),
    pytest.param(
        "City's captain, Ola Ruud, scored twice. Asked about his form, Ruud said he felt sharp.",
        "he felt sharp",
        {"speaker": "Ola Ruud", "role": "City's captain"},
        id="the-sentences-verb-is-no-role",
    ),
    pytest.param(
        "In an interview, the new harbour director, Karl Moen, laid out his plans for the port.\n\n"
        "Moen said he would ask the council for money.",
        "he would ask the council",
        {"speaker": "Karl Moen", "role": "new harbour director"},
        id="the-description-before-a-name-is-the-role-not-the-verb-after-it",
    ),
    pytest.param(
        "Greta Lund, a pianist, died on Sunday. Her son, Per Lund, said she had played until the end.",
        "she had played",
        {"speaker": "Per Lund", "role": "her son", "affiliation": None},
        id="a-relation-with-a-name-in-apposition",
    ),
    pytest.param(
        "The organisers said the festival would go ahead.\n\n"
        "According to a statement from the fire service, two roads near the harbour would be closed.",
        "two roads near the harbour",
        {"speaker": "fire service"},
        id="a-statement-speaks-for-who-it-is-from",
    ),
    pytest.param(
        "The trial went on. “He told me to shred the papers,” said the assistant, Lena Ström.",
        "He told me to shred",
        {"speaker": "Lena Ström"},
        id="a-name-with-a-letter-beyond-ascii-is-whole",
    ),
    pytest.param(
        "VELL — The mayor vowed to keep the pier open.\n\n"
        "“We will not close the pier,” Moss, 58, told The Associated Press. “Not this year.”",
        "We will not close the pier",
        {"speaker": "Moss"},
        id="whom-she-told-is-not-who-spoke",
    ),
    pytest.param(
        "Bo Ek fishes off Vell. Both Ek and his neighbour, Hanna Lilja, said they would join a protest.",
        "they would join a protest",
        {"speaker": "Bo Ek"},
        id="both-is-no-part-of-a-name",
    ),
    pytest.param(
        "Rep. Mara Lind (D-Vell), who wrote the bill, said it would raise money for repairs.",
        "it would raise money",
        {"speaker": "Mara Lind", "affiliation": "Democratic Party"},
        id="a-party-in-brackets-after-a-name",
    ),
    pytest.param(
        "Ina Moss covers the harbour. The pier will close in May, Moss of the Vell Times reported.",
        "The pier will close",
        {"speaker": "Ina Moss"},
        id="where-a-person-works-is-not-part-of-her-name",
    ),
    pytest.param(
        "The group, Harbour Workers Coalition, said the pier would close.",
        "the pier would close",
        {"speaker": "Harbour Workers Coalition", "speaker_kind": "organization"},
        id="a-body-named-in-apposition",
    ),
    pytest.param(
        "Transport chief Ola Ruud, who was suspended for making all transit free from Nov. 13 through the end "
        "of the year without asking the mayor, pledged in July that the department “would meet the standard,” "
        "but members doubted it.",
        "that the department",
        {"speaker": "Ola Ruud"},
        id="a-date-is-no-speaker",
    ),
    pytest.param(
        "Although Scott Hale was late, the crowd cheered.\n\nHale said the vote was close.",
        "the vote was close",
        {"speaker": "Scott Hale"},
        id="a-conjunction-opening-the-sentence-is-no-part-of-a-name",
    ),
    pytest.param(
        "Even Lina Grahn, who backed the plan, said it was late.",
        "it was late",
        {"speaker": "Lina Grahn"},
        id="even-before-a-name-is-no-part-of-it",
    ),
    pytest.param(
        "“It is good,” an angry Ansel Kobb said.",
        "It is good",
        {"speaker": "Ansel Kobb", "role": None},
        id="how-someone-felt-is-no-part-of-the-name-nor-a-role",
    ),
    pytest.param(
        "“It is good,” former Mayor Ansel Kobb said.",
        "It is good",
        {"speaker": "Ansel Kobb", "role": "former Mayor"},
        id="which-holder-of-a-post-stays-in-the-role",
    ),
    pytest.param(
        "But Tove Crane, who recalled the day, said the ferry was late.",
        "the ferry was late",
        {"speaker": "Tove Crane"},
        id="a-conjunction-before-a-name-with-a-relative-clause",
    ),
    pytest.param(
        "A teary-eyed Ansel Kobb said the ferry was gone.",
        "the ferry was gone",
        {"speaker": "Ansel Kobb"},
        id="a-hyphened-adjective-of-manner-is-no-part-of-the-name",
    ),
    pytest.param(
        "The nonpartisan Vell Budget Office said costs would rise.",
        "costs would rise",
        {"speaker": "Vell Budget Office"},
        id="an-adjective-before-a-body-s-name-is-no-part-of-it",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = holding(quotes_of(text), words)
    assert fields(quote, expected) == expected


NOT_QUOTES = [
    pytest.param(
        'Ferries\n\nThe ferry was late.\n\n"Follow Lena Osk on Twitter: @lenaosk"\n\n"Follow us on Facebook for updates."',
        "Follow us on Facebook for updates.",
        id="a-promo-for-the-paper-s-page",
    ),
    pytest.param(
        "Threats\n\nTam Vey told his neighbour, “I will burn your fence down,” police said.",
        "Tam Vey told his neighbour",
        id="the-words-introducing-a-relayed-quotation",
    ),
    pytest.param(
        "Mayor Lena Strand asked Per Holm about the budget.",
        "asked Per Holm about the budget",
        id="whom-a-question-was-put-to-is-not-what-was-said",
    ),
    pytest.param(
        "Helga Brun steered the ferry for 31 years. Asked what she would do next, Brun shrugged.",
        "what she would do next",
        id="a-question-put-to-someone-is-not-theirs",
    ),
    pytest.param(
        "Mayor Ina Moss has said little in public since the vote.",
        "said little",
        id="how-much-was-said-is-not-what",
    ),
    pytest.param(
        "The plan, which critics say is too costly, passed after a long debate.",
        "passed after a long debate",
        id="the-sentence-after-a-relative-clause-that-reports",
    ),
    pytest.param(
        "Ansel Kobb prefers tea.",
        "prefers tea",
        id="a-preference-is-no-statement",
    ),
    pytest.param(
        "Ansel Kobb revealed a new logo on Tuesday.",
        "revealed a new logo",
        id="a-thing-shown-is-no-statement",
    ),
    pytest.param(
        "The harbour company reported a loss of 4 million crowns in May.",
        "reported a loss of 4 million crowns in May",
        id="a-result-reported-is-no-statement",
    ),
    pytest.param(
        "Ansel Kobb spoke on Monday at the harbour.",
        "spoke on Monday",
        id="when-someone-spoke-is-not-what-they-said",
    ),
    pytest.param(
        "The question remains who decided the pier would close.",
        "the pier would close",
        id="who-after-a-verb-stands-for-no-one",
    ),
    pytest.param(
        "The mayor appeared to have lied about the budget.",
        "to have lied about the budget",
        id="what-the-writer-infers-is-not-the-mayors-view",
    ),
    pytest.param(
        "Two boats sank on Monday, the harbour board said, Vell's latest provocation that threatens to delay the talks.",
        "to delay the talks",
        id="an-event-threatens-nothing",
    ),
    pytest.param(
        "Ansel Kobb's statements to the harbour police were brief.",
        "the harbour police",
        id="whom-words-were-said-to-is-not-what-was-said",
    ),
    pytest.param("Officials have not responded to the launch.", "the launch", id="a-thing-talked-about"),
    pytest.param(
        "Lawmakers voted to approve the harbour budget on Monday.",
        "approve the harbour budget",
        id="a-vote-is-not-speech",
    ),
    pytest.param(
        "Construction is expected to begin in May, the council said.", "Construction is", id="a-cut-clause"
    ),
    pytest.param(
        "When asked whether the pier was safe, Ansel Kobb said it was.",
        "whether the pier was safe",
        id="a-question-put-to-someone",
    ),
    pytest.param("When asked, Ansel Kobb said it was.", "it was", id="a-clause-that-says-nothing"),
    pytest.param(
        'The library meeting went on. The crowd chanted back at him, "Shoo them out," and "Fix the roof."',
        "Shoo them out",
        id="a-chant",
    ),
    pytest.param(
        "On stage, Mara Venn sings “Gull harbour, take me home”.", "Gull harbour, take me home", id="a-lyric"
    ),
    pytest.param(
        "Ansel Kobb told Vell TV’s “Harbour Morning” that the pier would reopen.",
        "Harbour Morning",
        id="the-name-of-a-show-next-to-a-cue",
    ),
    pytest.param(
        "The band will play hits including “Gull Harbour Blues,” “The Long Tide” and others.",
        "The Long Tide",
        id="titles-in-a-list",
    ),
    pytest.param(
        'In his 2009 book, "Tidal Money," Mr. Kobb suggested checking the bank statement.',
        "Tidal Money",
        id="the-title-of-a-work-next-to-a-cue",
    ),
    pytest.param(
        "In his 2009 book, Ansel Kobb suggested checking the bank statement first.",
        "In his 2009 book",
        id="an-introductory-phrase-is-not-what-was-said",
    ),
    pytest.param(
        "By the time Vell learned the news, she was calm: “It made sense to me,” she said.",
        "By the time",
        id="a-time-clause-opener",
    ),
    pytest.param(
        "The mayor told harbour workers this weekend she would consider it an insult.",
        "this weekend",
        id="when-it-was-said",
    ),
    pytest.param(
        "Erik Sand, a scientist who was not involved in the study, said the sites were not typical.",
        "who was not involved",
        id="a-relative-clause-is-no-finding-of-the-study-it-names",
    ),
    pytest.param("Ina Moss called 911 at once.", "called 911", id="a-phone-call-is-no-statement"),
    pytest.param(
        "The mayor ordered a review of the pier budget.",
        "ordered a review of the pier budget",
        id="an-order-given-is-an-act-not-a-statement",
    ),
    pytest.param(
        "The harbour board called an emergency meeting on Monday.",
        "called an emergency meeting",
        id="a-meeting-called-is-no-statement",
    ),
    pytest.param(
        "Revealed: The Pier Plan That Will Cost Vell Millions\n\nThe Vell council approved the plan.",
        "The Pier Plan That Will Cost Vell Millions",
        id="a-headline-label-is-no-source",
    ),
]


@pytest.mark.parametrize("text, words", NOT_QUOTES)
def test_words_that_are_nobodys_quote(quotes_of, text, words):
    assert not [q for q in quotes_of(text) if q.text == words]


def test_a_subject_is_not_cut_from_its_clause_by_a_relative_clause_that_reports(quotes_of):
    text = (
        "Vell's relatives, who asked the police to show them the video, watched it on Thursday, lawyers said."
    )
    quote = holding(quotes_of(text), "relatives")
    assert (
        quote.text == "Vell's relatives, who asked the police to show them the video, watched it on Thursday"
    )
    assert quote.speaker == "lawyers"


def test_a_question_a_negated_cue_leaves_open_keeps_the_negation(quotes_of):
    quote = holding(
        quotes_of("Gov. Sara Ek has not said whether she would sign the harbour bill."), "whether"
    )
    assert quote.text == "has not said whether she would sign the harbour bill"


def test_whole_clause_kept_when_an_inner_verb_would_cut_it(quotes_of):
    quote = holding(quotes_of("Construction is expected to begin in May, the council said."), "Construction")
    assert quote.text == "Construction is expected to begin in May" and quote.speaker == "council"


@pytest.mark.parametrize(
    "text, words, verb",
    [
        ("The teachers' union endorsed Milo Fairlie on Tuesday.", "Fairlie", "endorsed "),
        (
            "In January, Gov. Ola Ruud lauded Mr. Kobb in his yearly address for helping the harbour.",
            "Kobb",
            "lauded ",
        ),
        (
            "The mayor would not directly declare the board responsible.",
            "responsible",
            "not directly declare ",
        ),
    ],
)
def test_a_bare_noun_phrase_reads_with_its_verb(quotes_of, text, words, verb):
    quote = holding(quotes_of(text), words)
    assert quote.text.startswith(verb)


@pytest.mark.parametrize(
    "text, paraphrase, quoted",
    [
        (
            "Ina Moss said the court's decision “will force us to close the pier,” and she left.",
            "the court's decision “will force us to close the pier,”",
            "will force us",
        ),
        (
            "Ola Ruud said the harbour board “ignored every warning.”",
            "the harbour board “ignored every warning.”",
            "ignored every",
        ),
        (
            "With hundreds of boats in port, “there is no single place to moor,” Ansel Kobb said.",
            "With hundreds of boats in port, “there is no single place to moor,”",
            "there is no single place to moor",
        ),
        (
            "The mayor suggested that Ina Moss ''does not want the voters to know what she paid,'' and left.",
            "that Ina Moss ''does not want the voters to know what she paid,''",
            "does not want the voters",
        ),
        (
            "Ansel Kobb said on Monday that under the old board, “the pier has been reduced to rubble.”",
            "that under the old board, “the pier has been reduced to rubble.”",
            "the pier has been reduced",
        ),
        (
            "The envoy called on both sides to “return to the table without conditions.”",
            "called on both sides to “return to the table without conditions.”",
            "return to the table",
        ),
        (
            "Councillor Ben Adair said the mayor had “run out of excuses.”",
            "the mayor had “run out of excuses.”",
            "run out of excuses",
        ),
    ],
)
def test_a_paraphrase_runs_on_into_the_quoted_words_completing_it(quotes_of, text, paraphrase, quoted):
    """Also over a comma or ``''`` marks; quoted words opening in lower case
    there are a partial quote, pointing to the paraphrase."""
    quotes = quotes_of(text)
    indirect = holding([q for q in quotes if q.kind == "indirect"], quoted)
    assert indirect.text == paraphrase
    inside = holding([q for q in quotes if q.kind != "indirect"], quoted)
    assert inside.kind == "partial" and inside.within == (indirect.start, indirect.end)


def test_a_sentence_quoted_after_a_whole_paraphrase_stays_apart(quotes_of):
    quotes = quotes_of("Ansel Kobb said the pier was unsafe, “It will fall down before May.”")
    assert holding(quotes, "the pier was unsafe").text == "the pier was unsafe"
    assert holding(quotes, "It will fall").kind == "direct"


def test_a_partial_quote_points_to_the_paraphrase_holding_it(quotes_of):
    text = "The harbour board issued a statement warning that “the pier is not safe for boats.”"
    quotes = quotes_of(text)
    partial = holding([q for q in quotes if q.kind == "partial"], "the pier is not safe")
    assert partial.speaker is not None and "harbour board" in partial.speaker.lower()
    if partial.within is not None:
        holder = holding([q for q in quotes if q.kind == "indirect"], "the pier")
        assert partial.within == (holder.start, holder.end)


def test_a_partial_quote_inside_reported_speech_is_linked(quotes_of):
    text = "Mayor Ilse Varga said the pact was “a fair deal” and would hold for years."
    quotes = quotes_of(text)
    partial = holding([q for q in quotes if q.kind == "partial"], "a fair deal")
    holder = holding([q for q in quotes if q.kind == "indirect"], "a fair deal")
    assert partial.within == (holder.start, holder.end)
    assert partial.speaker == holder.speaker == "Ilse Varga"


def test_low_confidence_quotes_are_kept_and_marked(quotes_of):
    text = "Ansel Kobb was asked: “Will the pier reopen?”"
    (quote,) = quotes_of(text)
    assert quote.needs_review and quote.confidence < 0.3
    sure = holding(quotes_of("“The pier is open,” said Mara Venn, the harbour master."), "pier is open")
    assert not sure.needs_review and sure.confidence >= 0.8


def test_a_dateline_is_no_content(quotes_of):
    text = (
        "Ferry talks stall\n\nKELL (Nordic Wire) — Talks over the ferry sale have stalled, people familiar "
        "with the matter said on Thursday."
    )
    quote = holding(quotes_of(text), "Talks over the ferry sale")
    assert quote.text == "Talks over the ferry sale have stalled"


def test_words_held_by_another_attribution_go_to_it(quotes_of):
    text = "The buyer, Baltic Ferries, wants the county to keep the debts, two of the people said."
    quote = holding(quotes_of(text), "keep the debts")
    assert (quote.text, quote.cue) == (
        "The buyer, Baltic Ferries, wants the county to keep the debts",
        "said",
    )


def test_an_interview_with_no_quotation_mark_or_cue_gives_its_answers(quotes_of):
    text = (
        "Q: Why now?\nBRENN: I had avoided it for years.\nQ: And then?\nBRENN: Then it all changed for me.\n"
    )
    assert [q.text for q in quotes_of(text)] == ["I had avoided it for years.", "Then it all changed for me."]


def test_a_label_answering_once_and_named_nowhere_is_no_speaker(quotes_of):
    text = (
        "Ilka Brenn said she was ready.\nQ: Why now?\nBRENN: I had avoided it for years.\nQ: And then?\n"
        "BRENN: Then it all changed.\nWASHINGTON: The city was quiet that night.\n"
    )
    assert "Washington" not in {q.speaker for q in quotes_of(text)}


def test_a_given_name_apposed_to_an_owner_is_no_body(quotes_of):
    quote = holding(quotes_of("The bakery's owner, Mary, said the oven broke."), "the oven broke")
    assert quote.speaker_kind != "organization"


@pytest.mark.parametrize(
    "text, fragment",
    [
        pytest.param(
            "Councillor Ann Roe said that once the budget passes, “I intend to do as much as I can for the "
            "library and the pool this winter.”",
            "that once the budget passes",
            id="a-time-clause-framing-a-quoted-sentence",
        ),
        pytest.param(
            'Ann Roe said If the levy passes, "I think it is going to fill a very deep hole in the town '
            'budget for years."',
            "If the levy passes",
            id="a-condition-framing-a-quoted-sentence",
        ),
        pytest.param(
            "Tor Aas said that in the current climate, “I think it is an advantage not to be a celebrity "
            "in this town at all.”",
            "that in the current climate",
            id="a-circumstance-framing-a-quoted-sentence",
        ),
        pytest.param(
            "Ina Moss said she recalled thinking, “This is what people have talked about for years and "
            "years in this harbour.”",
            "she recalled thinking",
            id="a-verb-of-thought-introducing-the-quotation",
        ),
        pytest.param(
            "Ann Roe urged voters, “Look at what I have said I am going to do as a councillor and judge me "
            "on whether I have done it.”",
            "urged voters",
            id="whom-the-words-went-to",
        ),
    ],
)
def test_the_frame_of_a_quoted_sentence_is_no_paraphrase(quotes_of, text, fragment):
    quotes = quotes_of(text)
    assert not [q for q in quotes if fragment in q.text and q.kind == "indirect"]
    assert [q for q in quotes if q.kind == "direct" and q.speaker in ("Ann Roe", "Tor Aas", "Ina Moss")]


def test_a_participle_introducing_the_quotation_is_cut_from_the_paraphrase(quotes_of):
    quotes = quotes_of(
        "The strategist said the mayor will have to choose a side soon, saying, “At some point she is "
        "going to have to come out and say what she thinks of the plan.”"
    )
    assert holding(quotes, "choose a side").text == "the mayor will have to choose a side soon"


def test_a_speaker_never_runs_over_a_sentence_end(quotes_of):
    quotes = quotes_of(
        "“We are done with them,” said Ryan Lund, 30, a member of the International Association of "
        "Machinists in Vell State. Mr. Lund, who estimated that one-quarter to one-third of his union's "
        "workers were backing the mayor, said the vote would be close."
    )
    estimate = holding(quotes, "one-quarter to one-third")
    assert estimate.speaker == "Ryan Lund"
    assert all(". " not in (q.speaker or "") for q in quotes)


@pytest.mark.parametrize(
    ("text", "paraphrase"),
    [
        pytest.param(
            "Ann Roe said she thinks the video should be released but said “the question is the timing.”",
            "she thinks the video should be released",
            id="but-before-the-next-verb-of-saying",
        ),
        pytest.param(
            "Ann Roe said what sailors have known for a while.",
            "what sailors have known for a while",
            id="a-while-is-no-conjunction",
        ),
        pytest.param(
            "Ann Roe said the board would act only if “the council finds the money for the pier this year.”",
            "the board would act only if “the council finds the money for the pier this year.”",
            id="the-clause-goes-on-in-the-quotation",
        ),
    ],
)
def test_a_paraphrase_never_ends_on_a_conjunction(quotes_of, text, paraphrase):
    words = paraphrase.split()[2]
    assert holding([q for q in quotes_of(text) if q.kind == "indirect"], words).text == paraphrase


@pytest.mark.parametrize(
    ("text", "paraphrase", "quoted"),
    [
        pytest.param(
            "Ann Roe said prices “will keep rising for years to come.”",
            "prices “will keep rising for years to come.”",
            "will keep rising",
            id="a-one-word-subject",
        ),
        pytest.param(
            "Ann Roe said they “will keep rising for years to come.”",
            "they “will keep rising for years to come.”",
            "will keep rising",
            id="a-pronoun-subject",
        ),
        pytest.param(
            "Ann Roe says Kobb’s “plan is a mess and everyone on the council knows it.”",
            "Kobb’s “plan is a mess and everyone on the council knows it.”",
            "plan is a mess",
            id="a-possessive-before-its-noun",
        ),
        pytest.param(
            "Ann Roe told the teachers they weren't “asking for too much this year.”",
            "they weren't “asking for too much this year.”",
            "asking for too much",
            id="a-negated-auxiliary",
        ),
        pytest.param(
            "Ann Roe told cheering teachers that they weren’t “asking for the moon.”",
            "weren’t “asking for the moon.”",
            "asking for the moon",
            id="a-negation-after-a-curly-apostrophe",
        ),
        pytest.param(
            "Ina Moss said the plan does not “fit with what I thought I knew about the council.”",
            "the plan does not “fit with what I thought I knew about the council.”",
            "fit with what",
            id="a-cue-inside-the-quoted-words-cuts-nothing",
        ),
    ],
)
def test_a_subject_and_the_quoted_words_it_goes_on_with_are_one_paraphrase(
    quotes_of, text, paraphrase, quoted
):
    quotes = quotes_of(text)
    indirect = holding([q for q in quotes if q.kind == "indirect"], quoted)
    assert indirect.text.endswith(paraphrase)
    inside = holding([q for q in quotes if q.kind == "partial"], quoted)
    assert inside.within == (indirect.start, indirect.end)


@pytest.mark.parametrize(
    ("text", "not_paraphrase"),
    [
        pytest.param(
            "Ann Roe said again “we will not move from this harbour, whatever the board decides.”",
            "again",
            id="an-adverb-is-no-subject",
        ),
        pytest.param(
            "The four “loopholes” he cited are “the ability to sell land at a loss and to claim the "
            "losses twice,” the Vell Herald reported.",
            "are “the ability",
            id="a-verb-is-no-subject",
        ),
    ],
)
def test_quoted_words_after_no_subject_stay_apart(quotes_of, text, not_paraphrase):
    assert not [q for q in quotes_of(text) if q.kind == "indirect" and q.text.startswith(not_paraphrase)]


@pytest.mark.parametrize(
    ("text", "paraphrase"),
    [
        pytest.param(
            "Vang said that in her view the council had failed the town, “It ignored every warning we gave "
            "it over ten long years.”",
            "that in her view the council had failed the town",
            id="a-frame-word-opening-a-clause-of-its-own",
        ),
        pytest.param(
            "Lund said that since the mill closed the town had shrunk, “There is nobody left to buy bread "
            "from the bakery now.”",
            "that since the mill closed the town had shrunk",
            id="a-framing-clause-before-the-clause-said",
        ),
        pytest.param(
            "Holm said the agency had been telling “half-truths to every family that asked about the harbour.”",
            "the agency had been telling “half-truths to every family that asked about the harbour.”",
            id="a-participle-that-is-the-clause-verb",
        ),
        pytest.param(
            "The senator said the report was telling, “It shows the harbour has been neglected for a decade "
            "at least.”",
            "the report was telling",
            id="a-participle-after-an-auxiliary",
        ),
        pytest.param(
            "Roe said the harbour had been quiet for a long while.",
            "the harbour had been quiet for a long while",
            id="while-ending-the-sentence",
        ),
        pytest.param(
            "Roe said it was a matter of when, not if.",
            "it was a matter of when, not if",
            id="if-ending-the-sentence",
        ),
        pytest.param(
            "Roe said the plan could still work, though.",
            "the plan could still work, though",
            id="though-ending-the-sentence",
        ),
    ],
)
def test_a_paraphrase_keeps_its_own_words(quotes_of, text, paraphrase):
    assert [q.text for q in quotes_of(text) if q.kind == "indirect"] == [paraphrase]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Park said afterwards “justice was done today for the whole town.”",
        "Ida Holm said outside court “justice was finally done for my son.”",
    ],
)
def test_words_of_when_or_where_are_no_subject_of_quoted_words(quotes_of, text):
    assert not [q for q in quotes_of(text) if q.kind == "indirect"]
