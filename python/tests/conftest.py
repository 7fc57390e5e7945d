"""Shared fixtures: the CLI to compare against, and the evaluation data where present."""

from __future__ import annotations

import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def cli() -> pathlib.Path:
    """The native CLI (``cargo build --release``), built here when missing."""
    path = pathlib.Path(os.environ.get("QUOTELIGHT_CLI", ROOT / "target" / "release" / "quotelight"))
    if not path.exists():
        subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "quotelight"], cwd=ROOT, check=True)
    return path


def shared_file(relative: str) -> pathlib.Path:
    """A file of ../shared/data, or a clean skip where the folder is absent."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is absent (the evaluation data is not in the repository)")
    return path
