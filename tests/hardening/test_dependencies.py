"""Fault 12: production installed the test tools, and nothing locked the
transitive packages. Production installs requirements.lock, hash-locked;
the test tools live in requirements-dev.txt and its lock only."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# (beautifulsoup4 is a test tool here and a dependency of Wagtail there.)
TEST_TOOLS = {
    "pytest",
    "pytest-django",
    "ruff",
    "faker",
    "factory-boy",
    "wagtail-factories",
    "hypothesis",
    "import-linter",
}
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)")


def normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(path):
    """{name: version} of every `name==version` line of a requirements file."""
    found = {}
    for line in (ROOT / path).read_text().splitlines():
        match = PIN.match(line)
        if match:
            found[normalise(match[1])] = match[2]
    return found


def locked(path):
    """{name: (version, number of hashes)} of a pip-compile lock file."""
    text = (ROOT / path).read_text()
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 1)[1])
    found = {}
    for entry in entries:
        match = PIN.match(entry)
        if match:
            found[normalise(match[1])] = (match[2], entry.count("--hash=sha256:"))
    return found


@pytest.mark.parametrize("path", ["requirements.txt", "requirements.lock"])
def test_production_installs_no_test_tool(path):
    assert not TEST_TOOLS & set(pins(path))


@pytest.mark.parametrize(
    "requirements, lock",
    [
        ("requirements.txt", "requirements.lock"),
        ("requirements-dev.txt", "requirements-dev.lock"),
    ],
)
def test_every_pin_is_locked_at_its_version_with_hashes(requirements, lock):
    locks = locked(lock)
    for name, version in pins(requirements).items():
        assert locks[name][0] == version, name
    for name, (version, hashes) in locks.items():
        assert hashes, f"{name}=={version} in {lock} has no hash"


def test_the_development_lock_runs_what_production_runs():
    """Tests run the very versions production installs, transitive ones too."""
    development = locked("requirements-dev.lock")
    for name, (version, _) in locked("requirements.lock").items():
        assert development[name][0] == version, name
    assert set(development) >= TEST_TOOLS


def test_make_installs_the_locks_with_hashes_required():
    makefile = (ROOT / "Makefile").read_text()
    assert "--require-hashes -r requirements-dev.lock" in makefile
    readme = (ROOT / "README.md").read_text()
    assert "pip install --require-hashes -r requirements.lock" in readme
    assert "pip install -r requirements.txt" not in readme
