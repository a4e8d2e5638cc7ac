"""No secrets in crash artefacts: a running ``caseconf`` writes no core file, cannot be
dumped, and no longer carries CASECONF_PASSPHRASE in its environment.

Linux only (``/proc``, ``prctl``); the Windows and macOS equivalents are in
packaging/README.md. What a process can clear of its environment: ``os.environ``, the C
environment (``getenv``) and, on Linux, the bytes of the initial environment block that
``/proc/PID/environ`` shows. What it cannot: the copy its parent (the shell) still holds.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caseconf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux /proc")

SECRET = PASSPHRASE.encode()


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}
    env.pop("CASECONF_VAULT", None)
    return env


def _core_limit(pid: int) -> str:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            return line.split()[4]
    return "?"


def _environ_shows_secret(pid: int) -> bool:
    try:
        return SECRET in Path(f"/proc/{pid}/environ").read_bytes()
    except PermissionError:
        return False  # not dumpable: other users' processes may not read it at all


def test_a_running_caseconf_has_no_core_limit_no_passphrase_in_environ_and_leaves_no_core(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    vault.close()
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    # As the reviewer ran it: `ulimit -c unlimited`, the passphrase in the environment.
    shell = ["/bin/sh", "-c", 'ulimit -c unlimited && exec "$@"', "sh"]
    proc = subprocess.Popen(
        [*shell, sys.executable, "-m", "caseconf_desktop", "gui", "--vault", str(vault_path)],
        env=_env(CASECONF_PASSPHRASE=PASSPHRASE),
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            if _core_limit(proc.pid) == "0" and not _environ_shows_secret(proc.pid):
                break
            time.sleep(0.1)
        assert proc.poll() is None, "the GUI process ended early"
        assert _core_limit(proc.pid) == "0"
        assert not _environ_shows_secret(proc.pid)
        time.sleep(1.0)  # let the window come up: a core would now hold case data
        os.kill(proc.pid, signal.SIGABRT)
        assert proc.wait(timeout=30) == -signal.SIGABRT
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
    pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    if not pattern.startswith("|"):
        assert [p.name for p in cwd.iterdir()] == []


_PROBE = r"""
import ctypes, json, os, resource, sys
sys.argv = ["caseconf", "--version"]
from caseconf_desktop import cli, hardening
try:
    cli.main()
except SystemExit:
    pass
libc = ctypes.CDLL(None)
libc.getenv.restype = ctypes.c_char_p
taken = {k: hardening.secret_from_environment(k) for k in hardening.SECRET_VARIABLES}
try:
    with open("/proc/self/environ", "rb") as fh:
        environ = fh.read()
except PermissionError:
    # Not dumpable and not root: the file is root's now. The same bytes, read in-process
    # from the addresses /proc/self/stat gives (fields 50 and 51: env_start, env_end).
    fields = open("/proc/self/stat").read().rsplit(")", 1)[1].split()
    start, end = int(fields[47]), int(fields[48])
    environ = ctypes.string_at(start, end - start)
print(json.dumps({
    "os_environ": [k for k in taken if k in os.environ],
    "c_getenv": [k for k in taken if libc.getenv(k.encode())],
    "proc_environ": [k for k, v in taken.items() if v and os.fsencode(v) in environ],
    "taken": taken,
    "dumpable": libc.prctl(3, 0, 0, 0, 0),  # PR_GET_DUMPABLE
    "core_limit": resource.getrlimit(resource.RLIMIT_CORE),
}))
"""


def test_the_program_takes_every_passphrase_out_of_its_environment_at_start() -> None:
    secrets = {
        "CASECONF_PASSPHRASE": PASSPHRASE,
        "CASECONF_NEW_PASSPHRASE": "the next passphrase 2031",
        "CASECONF_BUNDLE_PASSPHRASE": "a bundle passphrase for the stick",
    }
    done = subprocess.run(
        [sys.executable, "-c", _PROBE],
        env=_env(**secrets),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["os_environ"] == []  # os.environ
    assert seen["c_getenv"] == []  # the C environment (unsetenv)
    assert seen["proc_environ"] == []  # the initial block, as /proc/PID/environ shows it
    assert seen["taken"] == secrets  # the commands still get them
    assert seen["dumpable"] == 0
    assert seen["core_limit"] == [0, 0]
