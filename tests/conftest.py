"""The test suite's options; its fixtures live in tests/fixtures/, one module per concern."""
from __future__ import annotations

import pytest

pytest_plugins = [
    "tests.fixtures.facts",
    "tests.fixtures.ontology",
    "tests.fixtures.articles",
    "tests.fixtures.servers",
    "tests.fixtures.reliability",
    "tests.fixtures.browser",
    "tests.fixtures.happenings",
]


def pytest_addoption(parser):
    parser.addoption(
        "--update-goldens", action="store_true", default=False,
        help="rewrite tests/data/expected/*.ttl from the current output instead of comparing "
             "(`make goldens`; read the diff before committing; CI never passes it)",
    )
    parser.addoption(
        "--update-reliability", action="store_true", default=False,
        help="rewrite RELIABILITY.md from what the reliability cases observe in this run "
             "(`make reliability`; CI never passes it)")


@pytest.fixture(scope="session")
def update_goldens(request) -> bool:
    """Whether this run rewrites the golden files instead of comparing with them."""
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture(scope="session")
def update_reliability(request) -> bool:
    """Whether this run rewrites RELIABILITY.md instead of checking it."""
    return bool(request.config.getoption("--update-reliability"))
