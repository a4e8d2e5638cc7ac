"""Keeping secrets out of crash artefacts and out of the process environment.

A core file of CaseConf holds the passphrase and decrypted case text, so the program asks
for none: the core-file limit is 0 and, on Linux, the process is not dumpable (no core even
when ``core_pattern`` pipes to a crash collector, no ptrace attach, and ``/proc/PID/environ``,
``mem`` and ``maps`` become readable only by root). Windows and macOS equivalents are
described in packaging/README.md.

Passphrases given in the environment (``CASECONF_PASSPHRASE`` and the other variables in
:data:`SECRET_VARIABLES`) are moved out of it when the program starts: removed from
``os.environ`` and from the C environment (``os.environ.pop`` calls ``unsetenv``), and on
Linux overwritten in the initial environment block. That block, set up by the kernel at
``exec``, is what ``/proc/PID/environ`` shows; ``unsetenv`` only drops libc's pointer to the
string and leaves the bytes in place. What cannot be cleared: the copy the parent process
(a shell, a script) still holds, and the Python string itself until it is garbage.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import sys

log = logging.getLogger(__name__)

SECRET_VARIABLES = ("CASECONF_PASSPHRASE", "CASECONF_NEW_PASSPHRASE", "CASECONF_BUNDLE_PASSPHRASE")
_PR_SET_DUMPABLE = 4

# Secrets taken out of the environment at start, for the code that reads them later.
_taken: dict[str, str] = {}


def protect_process() -> list[str]:
    """No core files, not dumpable (Linux). Returns what was done, for the log and tests."""
    done: list[str] = []
    try:
        import resource
    except ImportError:  # Windows: see packaging/README.md
        pass
    else:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            done.append("core-limit")
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                done.append("not-dumpable")
        except (OSError, AttributeError):
            pass
    log.debug("process protection: %s", ", ".join(done) or "none")
    return done


def take_secrets_from_environment(names: tuple[str, ...] = SECRET_VARIABLES) -> None:
    """Move secret variables out of the environment (see the module docstring)."""
    for name in names:
        value = os.environ.pop(name, None)
        if value is None:
            continue
        _taken[name] = value
        if sys.platform.startswith("linux"):
            with contextlib.suppress(OSError, ValueError):
                _scrub_initial_environment(name.encode())


def secret_from_environment(name: str) -> str | None:
    """A secret given in the environment: taken out at start, or (in-process callers such
    as tests, which keep their environment) still there."""
    return _taken.get(name) or os.environ.get(name) or None


def _scrub_initial_environment(name: bytes) -> None:
    """Overwrite ``NAME=value`` in the block ``/proc/self/environ`` shows, if it is there.

    The block's address comes from ``/proc/self/stat`` (env_start, env_end); it is checked
    to lie inside the ``[stack]`` mapping and to read back exactly as ``/proc/self/environ``
    before a byte is written, so a surprise anywhere means nothing is touched.
    """
    with open("/proc/self/stat", "rb") as fh:
        stat = fh.read()
    fields = stat[stat.rindex(b")") + 2 :].split()
    # proc(5): env_start and env_end are fields 50 and 51; the list starts at field 3.
    start, end = int(fields[47]), int(fields[48])
    if not 0 < start < end or end - start > 1 << 20:
        return
    with open("/proc/self/maps", encoding="ascii") as fh:
        stacks = [line.split()[0] for line in fh if line.rstrip().endswith("[stack]")]
    if not any(_within(span, start, end) for span in stacks):
        return
    with open("/proc/self/environ", "rb") as fh:
        shown = fh.read()
    block = ctypes.string_at(start, end - start)
    if block != shown:
        return
    offset = 0
    for entry in block.split(b"\0"):
        if entry.startswith(name + b"="):
            # Keep "NAME=" so the block stays well-formed; zero the value.
            value_at = offset + len(name) + 1
            ctypes.memset(start + value_at, 0, len(entry) - len(name) - 1)
        offset += len(entry) + 1


def _within(span: str, start: int, end: int) -> bool:
    low, high = (int(x, 16) for x in span.split("-"))
    return low <= start and end <= high
