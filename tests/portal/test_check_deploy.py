"""`make check-deploy` runs Django's deployment checks with the production settings, as
CI does, and passes on a clean checkout."""

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_make_check_deploy_runs_the_deployment_checks():
    plan = subprocess.run(
        ["make", "--dry-run", "--no-print-directory", "check-deploy"],  # noqa: S607 (make from the PATH)
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert plan.returncode == 0, plan.stderr
    assert "scripts/check-deploy" in plan.stdout
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    result = subprocess.run(  # noqa: S603 (our own script, no input)
        [str(ROOT / "scripts" / "check-deploy")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
