"""How a quote is shown to people, and the readable view of quotes built on it.

A direct or partial quote is the speaker's own words: it is shown between
quotation marks. An indirect quote is the reporter's paraphrase: it is shown
after "said that" (or as it is when it holds its own verb: ``endorsed Milo
Fairlie``), never between quotation marks, so that nobody who copies it
misquotes the speaker. :func:`shown_quote` is that rule in Python and
:func:`shown_quote_sql` the same rule in SQL (the ``quote`` column of the
``quote_list`` view, its CSV and JSON, and the feeds); both give the same text.
"""

from __future__ import annotations

OPEN_MARK = "\u201c"
CLOSE_MARK = "\u201d"
PARAPHRASE_LEAD = "said that"
"""What an indirect quote is shown after, in place of quotation marks."""
PARAPHRASE_KIND = "indirect"
LEADING_THAT = "that "
"""A paraphrase often starts with its own "that", which the lead already says."""


def is_paraphrase(kind: str | None) -> bool:
    """True for a quote whose words are the reporter's, not the speaker's."""
    return kind == PARAPHRASE_KIND


CUE_REACH = 16
"""How far into a paraphrase a negated cue may stand (``has not said``, ``would not say``)."""


def reads_with_cue(text: str | None, cue: str | None) -> bool:
    """True for a paraphrase that holds its own reporting verb at its start
    (``endorsed Milo Fairlie``, ``not recommend prosecution``, ``has not said
    whether she would sign it``): it reads as it is, after the speaker's name,
    and "said that" before it would make nonsense. :func:`reads_with_cue_sql`
    is the same rule in SQL."""
    if not text or not cue:
        return False
    words, verb = text.lower(), cue.lower()
    return words.startswith((verb, f"not {verb}")) or f" not {verb}" in words[: len(verb) + CUE_REACH]


def reads_with_cue_sql(text: str, cue: str) -> str:
    """:func:`reads_with_cue` as a SQL expression over the columns ``text`` and ``cue``."""
    return (
        f"(lower({text}) like lower({cue}) || '%' or lower({text}) like 'not ' || lower({cue}) || '%'"
        f" or instr(lower(substr({text}, 1, length({cue}) + {CUE_REACH})), ' not ' || lower({cue})) > 0)"
    )


def paraphrase_lead(text: str | None, cue: str | None = None) -> str:
    """What a paraphrase is shown after: :data:`PARAPHRASE_LEAD`, or nothing
    when it holds its own verb (:func:`reads_with_cue`)."""
    return "" if reads_with_cue(text, cue) else PARAPHRASE_LEAD


def paraphrase_words(text: str) -> str:
    """The words of a paraphrase after :data:`PARAPHRASE_LEAD`: without a leading "that"."""
    if text[: len(LEADING_THAT)].lower() == LEADING_THAT:
        return text[len(LEADING_THAT) :]
    return text


def shown_quote(text: str | None, kind: str | None, cue: str | None = None) -> str:
    """The quote as people should read and copy it: ``“words”`` for direct and
    partial quotes, ``said that words`` for indirect ones (their words alone
    when they hold their own cue: :func:`reads_with_cue`)."""
    text = text or ""
    if is_paraphrase(kind):
        lead = paraphrase_lead(text, cue)
        return f"{lead} {paraphrase_words(text)}" if lead else text
    return f"{OPEN_MARK}{text}{CLOSE_MARK}"


def shown_quote_sql(text: str, kind: str, cue: str) -> str:
    """:func:`shown_quote` as a SQL expression over the columns ``text``, ``kind`` and ``cue``."""
    that = len(LEADING_THAT)
    return (
        f"case when {kind} = '{PARAPHRASE_KIND}' and {reads_with_cue_sql(text, cue)} then {text} "
        f"when {kind} = '{PARAPHRASE_KIND}' then '{PARAPHRASE_LEAD} ' || "
        f"case when lower(substr({text}, 1, {that})) = '{LEADING_THAT}' "
        f"then substr({text}, {that + 1}) else {text} end "
        f"else '{OPEN_MARK}' || {text} || '{CLOSE_MARK}' end"
    )


QUOTE_LIST_SQL = f"""
select
    quotes.id as quote_id, {shown_quote_sql("quotes.text", "quotes.kind", "quotes.cue")} as quote,
    speakers.name as speaker, coalesce(quotes.role, speakers.role) as role,
    coalesce(quotes.affiliation, speakers.affiliation) as affiliation,
    articles.outlet as outlet, articles.published as published,
    quotes.stance_tags as stance, quotes.kind as kind, articles.title as article_title,
    quotes.speaker_id as speaker_id, quotes.article_id as article_id
from quotes
join articles on articles.id = quotes.article_id
left join speakers on speakers.id = quotes.speaker_id
"""
"""``quote_list``: one row per quote with the columns a reader needs first."""
