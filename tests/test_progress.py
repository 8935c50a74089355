"""Progress of long work: the library reports it through ``on_progress``, the
command line draws it on a terminal and stays silent elsewhere."""

from __future__ import annotations

import fcntl
import io
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time

import pytest
from click.testing import CliRunner

from quotes.build import POST_BUILD_STEPS
from quotes.cli import cli
from quotes.cli.progress import ProgressBars
from quotes.progress import Progress
from quotes.store import fts

# Made-up council stories: one direct quote and one paraphrase each.
STORY = (
    "Council vote {n} in Port Ellery\n\n"
    '"The harbour budget {n} will pass this week," said Marta Quillfeather, the mayor of Port Ellery.\n\n'
    "Analyst Dov Ashgrove said that vote {n} would be close.\n"
)
BUILD_TIMEOUT = 300


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def reports(task: str, total: int) -> list[Progress]:
    return [Progress(task=task, done=done, total=total, unit="articles") for done in range(total + 1)]


@pytest.mark.parametrize("stream, drawn", [(FakeTerminal(), True), (io.StringIO(), False)])
def test_bars_only_on_a_terminal(stream, drawn):
    bars = ProgressBars(stream)
    for progress in reports("articles", 4):
        bars(progress)
    bars.close()
    assert ("4/4" in stream.getvalue()) is drawn
    assert stream.getvalue() == "" or drawn


@pytest.fixture
def stories(tmp_path):
    folder = tmp_path / "stories"
    folder.mkdir()
    for n in range(200):
        (folder / f"vote-{n:03}.txt").write_text(STORY.format(n=n), encoding="utf-8")
    return folder


def run_in_terminal(command: list[str], *, timeout: float = BUILD_TIMEOUT) -> str:
    """What ``command`` writes to a pseudo-terminal of 100 x 30 characters."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    process = subprocess.Popen(command, stdin=follower, stdout=follower, stderr=follower, close_fds=True)
    os.close(follower)
    output = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            output += chunk
        elif process.poll() is not None:
            break
    os.close(leader)
    process.wait(timeout=10)
    return output.decode("utf-8", "replace")


def test_build_shows_its_progress_on_a_terminal(stories, tmp_path):
    db = tmp_path / "votes.db"
    shown = run_in_terminal([sys.executable, "-m", "quotes", "build", str(stories), "--db", str(db)])
    screens = shown.replace("\r\n", "\n").split("\r")
    assert any("articles:" in screen and "/200" in screen and "articles/s" in screen for screen in screens)
    assert "200/200" in shown  # the bar reaches the end, with the rate and the time taken
    assert "after the articles" in shown and f"{len(POST_BUILD_STEPS)}/{len(POST_BUILD_STEPS)}" in shown
    assert "200 articles read, 200 added" in shown


def test_build_is_silent_when_not_a_terminal(stories, tmp_path):
    result = CliRunner().invoke(cli, ["build", str(stories), "--db", str(tmp_path / "votes.db")])
    assert result.exit_code == 0, result.output
    assert "articles/s" not in result.output and "%|" not in result.output
    assert result.output.strip().endswith("200 articles read, 200 added, 0 already present, 400 quotes added")


def test_the_library_reports_progress(quote_archive):
    seen: list[Progress] = []
    assert fts.rebuild(quote_archive, on_progress=seen.append) == 4
    assert seen[0].done == 0 and seen[-1].done == seen[-1].total == 4
