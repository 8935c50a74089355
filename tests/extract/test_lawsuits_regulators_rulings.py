"""Attribution in news of lawsuits, regulators and rulings (regulators' fines
and settlements, class actions, judges' written rulings, appeals, company
responses, watchdogs, inquests, disciplinary tribunals), one row per
construction and rows of ordinary text each rule must leave alone, on texts
written for the test about fictional people and companies."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SPEAKERS = [
    pytest.param(
        "Regulators fined Westmoor Bank $30 million on Monday.\n\n"
        "Westmoor said it had invested heavily in its controls since then.",
        "invested heavily",
        {"speaker": "Westmoor Bank", "speaker_kind": "organization"},
        id="a-company-called-by-the-first-word-of-its-name",
    ),
    pytest.param(
        "Parents sued Velmont Foods over its labels.\n\nVelmont said it would defend itself in court.",
        "defend itself",
        {"speaker": "Velmont Foods", "speaker_kind": "organization"},
        id="a-company-whose-name-ends-on-its-trade-called-by-its-first-word",
    ),
    pytest.param(
        "The former finance chief of Helix Biotech pleaded not guilty.\n\n"
        "Helix said it was cooperating with the investigation.",
        "cooperating",
        {"speaker": "Helix Biotech", "speaker_kind": "organization", "role": None},
        id="a-biotech-is-a-company-not-the-post-before-its-name",
    ),
    pytest.param(
        "The court revived a lawsuit against the ride-hailing company Zipra.\n\n"
        "Zipra said it would ask the full court to rehear the case.",
        "rehear the case",
        {"speaker": "Zipra", "speaker_kind": "organization"},
        id="a-one-word-name-after-company-in-lower-case",
    ),
    pytest.param(
        "The regulator fined the social network Chirply 90 million euros.\n\n"
        "Chirply said it would challenge the decision.",
        "challenge the decision",
        {"speaker": "Chirply", "speaker_kind": "organization"},
        id="a-one-word-name-after-social-network",
    ),
    pytest.param(
        "The Federal Reserve said the bank's controls were deficient.",
        "controls were deficient",
        {"speaker": "Federal Reserve", "speaker_kind": "organization"},
        id="a-reserve-is-a-body",
    ),
]

SPEAKERS_LEFT_ALONE = [
    pytest.param(
        "Ansel Kobb founded Kobb Foods in 1990.\n\nKobb said he would hand the firm to his son.",
        "hand the firm",
        {"speaker": "Ansel Kobb", "speaker_kind": "person"},
        id="a-founder-named-before-his-company-keeps-his-surname",
    ),
    pytest.param(
        "Lawyers for Westmoor Bank met Judge Ola Berg.\n\nBerg said the hearing would resume on Monday.",
        "hearing would resume",
        {"speaker": "Ola Berg", "speaker_kind": "person"},
        id="a-surname-opening-no-body-stays-a-person",
    ),
    pytest.param(
        "The jury heard from Company Sergeant Major Tom Reye.\n\nReye said the unit had been warned.",
        "had been warned",
        {"speaker": "Tom Reye", "speaker_kind": "person"},
        id="company-in-capitals-is-a-rank",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS + SPEAKERS_LEFT_ALONE)
def test_speaker(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected
