"""The caller is SIGKILLed mid-wait; a new process resumes the task from the journal."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from gateway_runtime.cli import main as clientgen
from tests.gateway_server import GatewayServer, TaskPlan
from tests.runtime.conftest import API_KEY
from tests.runtime.specdata import spec_data

ROOT = Path(__file__).resolve().parents[2]

CALLER = """
import sys
from fakegen_testgw import Client
client = Client(base_url=sys.argv[1], journal=sys.argv[2])
task = client.submit_task("createTask", body={"prompt": "a long video"}, parse=dict)
print("SUBMITTED", task.id, flush=True)
task.wait(timeout=60)
print("DONE", flush=True)
"""

MODULE = """
from pathlib import Path
from gateway_runtime import GatewaySpec, SyncClient

SPEC = GatewaySpec.load(Path(__file__).parent / "spec.json", module=__name__)


class Client(SyncClient):
    def __init__(self, **options):
        super().__init__(SPEC, **options)
"""


@pytest.fixture
def fake_generated_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in for a generated package: spec.json + a client built on SyncClient."""
    pkg = tmp_path / "pkgs" / "fakegen_testgw"
    pkg.mkdir(parents=True)
    data = spec_data()
    data["tasks"]["image"]["poll_interval"] = 0.02
    (pkg / "spec.json").write_text(json.dumps(data))
    (pkg / "__init__.py").write_text(textwrap.dedent(MODULE))
    monkeypatch.syspath_prepend(str(tmp_path / "pkgs"))
    monkeypatch.setenv("TESTGW_API_KEY", API_KEY)
    return tmp_path / "pkgs"


def test_killed_mid_wait_then_resumed_from_the_journal(
    gateway_server: GatewayServer, fake_generated_package: Path, journal_path: Path
) -> None:
    sim = gateway_server.add_task_api(plan=TaskPlan(polls=15))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(fake_generated_package), str(ROOT)])}
    proc = subprocess.Popen(
        [sys.executable, "-c", CALLER, gateway_server.url, str(journal_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("SUBMITTED"), line + proc.stderr.read()  # type: ignore[union-attr]
        task_id = line.split()[1]
        while sim.polls(task_id) < 3:  # the caller is now inside wait()
            assert proc.poll() is None
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert "DONE" not in proc.stdout.read()
    polls_before = sim.polls(task_id)
    assert polls_before < 15

    out = io.StringIO()
    assert clientgen(["tasks", "list", "--journal", str(journal_path)], stdout=out) == 0
    assert task_id in out.getvalue() and "testgw" in out.getvalue()

    out, err = io.StringIO(), io.StringIO()
    code = clientgen(
        ["tasks", "resume", task_id, "--journal", str(journal_path), "--timeout", "30"],
        stdout=out,
        stderr=err,
    )
    assert code == 0, err.getvalue()
    text = out.getvalue()
    assert "completed" in text and "https://example.invalid/result.png" in text
    assert sim.polls(task_id) == 15  # continued, not restarted
    assert sim.submits == 1 and gateway_server.count("POST", "/v1/tasks") == 1

    out = io.StringIO()
    assert clientgen(["tasks", "list", "--journal", str(journal_path)], stdout=out) == 0
    assert task_id not in out.getvalue()  # finished tasks are hidden
    out = io.StringIO()
    assert clientgen(["tasks", "list", "--all", "--journal", str(journal_path)], stdout=out) == 0
    assert task_id in out.getvalue() and "success" in out.getvalue()
    assert API_KEY not in journal_path.read_bytes().decode("latin-1")


def test_cli_resume_reports_failure_deadline_and_unknown_ids(
    gateway_server: GatewayServer, fake_generated_package: Path, journal_path: Path
) -> None:
    from fakegen_testgw import Client  # type: ignore[import-not-found]

    sim = gateway_server.add_task_api(plan=TaskPlan(outcome="failed", polls=1))
    with Client(base_url=gateway_server.url, journal=str(journal_path)) as client:
        failed = client.submit_task("createTask", body={"prompt": "x"}, parse=dict)
        sim.next_plans.append(TaskPlan(outcome="never"))
        stuck = client.submit_task("createTask", body={"prompt": "x"}, parse=dict)
    err = io.StringIO()
    args = ["--journal", str(journal_path)]
    assert clientgen(["tasks", "resume", failed.id, *args], stdout=io.StringIO(), stderr=err) == 1
    assert "content_policy_violation" in err.getvalue()
    err = io.StringIO()
    assert (
        clientgen(
            ["tasks", "resume", stuck.id, *args, "--timeout", "0.2"],
            stdout=io.StringIO(),
            stderr=err,
        )
        == 3
    )
    assert "tasks resume" in err.getvalue()
    assert (
        clientgen(["tasks", "resume", "nope", *args], stdout=io.StringIO(), stderr=io.StringIO())
        == 2
    )
    assert (
        clientgen(
            ["tasks", "list", "--journal", str(journal_path / "missing")], stderr=io.StringIO()
        )
        == 0
    )
    assert sim.submits == 2
