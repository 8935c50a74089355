"""The queues of quotes.web.limits: first come first served, bounded, and a
request that goes away while it waits gives its place up."""

from __future__ import annotations

import asyncio

import pytest

from quotes.web.limits import Lane, LaneFull, request_problem


def test_a_lane_runs_its_requests_in_order_and_refuses_beyond_its_queue():
    lane = Lane("test", running=1, waiting=3)
    ran: list[object] = []

    async def request(name: object) -> None:
        try:
            async with lane.slot():
                ran.append(name)
                await asyncio.sleep(0.02)
        except LaneFull:
            ran.append(f"refused {name}")

    async def main() -> None:
        tasks = {}
        for name in (0, 1, "gone", 2, 3):  # each takes its place in turn
            tasks[name] = asyncio.ensure_future(request(name))
            await asyncio.sleep(0)
        await asyncio.sleep(0.005)
        tasks["gone"].cancel()  # goes away while it waits
        await asyncio.gather(*tasks.values(), return_exceptions=True)
        await request(4)  # the place given up does not block the queue

    asyncio.run(main())
    assert ran == [0, "refused 3", 1, 2, 4]


@pytest.mark.parametrize(
    "path, query_string, problem",
    [
        ("/db/quotes", "_search=" + "+".join(["w"] * 33), "33 words"),
        ("/db/search_quotes", "q=" + "x" * 1001, "1,001 characters"),
        ("/db/quotes_by_speaker.json", "speaker=" + "x" * 1001, "the limit is 1,000"),
        ("/db", "sql=select+*+from+pragma_database_list", "database_list is not available"),
        ("/db/quotes", "_facet=%7B%22simple%22%3A%22kind%22%7D", None),
        ("/db/quotes", "_facet=kind&_search=harbour+wall", None),
        ("/db/quotes", "_through=%7B%22table%22%3A%22x%22%7D", "expected 'column', 'value'"),
        ("/db/quotes", "x=" + "y" * 70_000, "the limit is 65,536"),
    ],
)
def test_request_problems(path, query_string, problem):
    from urllib.parse import parse_qsl

    found = request_problem(path, query_string, parse_qsl(query_string, keep_blank_values=True))
    assert (found is None) if problem is None else (problem in found), found
