"""The rule that keeps CI honest: a test that needs a missing service is skipped on a
laptop but fails when services are required."""

from pathlib import Path

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[2]

CONFTEST = """
from tests.services import SERVICE_CHECKS
SERVICE_CHECKS["unicorn"] = lambda: "no unicorn on this machine"
SERVICE_CHECKS["always"] = lambda: None
"""

TESTS = """
import pytest

@pytest.mark.requires_service("unicorn")
def test_needs_unicorn():
    assert 1 + 1 == 2

@pytest.mark.requires_service("always")
def test_needs_available_service():
    assert 2 + 2 == 4
"""


def run(pytester, monkeypatch, *args, env=None):
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("REQUIRE_SERVICES", raising=False)
    for key, value in (env or {}).items():
        monkeypatch.setenv(key, value)
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_sample=TESTS)
    return pytester.runpytest_subprocess(
        "-p", "no:django", "-p", "tests.services", "-p", "no:cacheprovider", *args
    )


def test_missing_service_is_skipped_locally(pytester, monkeypatch):
    result = run(pytester, monkeypatch)
    result.assert_outcomes(passed=1, skipped=1)
    assert result.ret == 0


def test_missing_service_fails_with_flag(pytester, monkeypatch):
    result = run(pytester, monkeypatch, "--require-services")
    # pytest reports a failure during setup as an error; either way the run fails.
    result.assert_outcomes(passed=1, errors=1)
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*required service 'unicorn' is unavailable*"])


def test_missing_service_fails_under_ci(pytester, monkeypatch):
    result = run(pytester, monkeypatch, env={"CI": "true"})
    result.assert_outcomes(passed=1, errors=1)
    assert result.ret != 0
