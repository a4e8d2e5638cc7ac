"""The command line waits after a wrong passphrase, longer after each one in a row.

The GUI keeps its own count while the window is open (ui/unlock.py); a command line run is
a fresh process every time, so its count lives in a small file outside the vault, under the
state folder (paths.state_dir()), one per vault. The file is named by a hash of the vault's
path and holds only the number of failures in a row and the time of the last one: no case
data, no path. A right passphrase removes it.

Each wrong passphrase makes the command wait 1 s, 2 s, 4 s … up to :data:`MAX_DELAY` before
it reports the error, and the next attempt on that vault waits out what is left of that
time first, so starting many commands at once does not skip the wait. This slows guessing
through CaseConf; a copied vault file is protected by the passphrase's strength and
SQLCipher's key derivation, not by this.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from caseconf_desktop import errors, paths

BASE_DELAY = 1.0  # seconds after the first wrong passphrase
MAX_DELAY = 30.0
# Tests replace these to record the waits instead of sleeping through them.
sleep = time.sleep
clock = time.time


def delay_for(failures: int) -> float:
    """1, 2, 4 … seconds after 1, 2, 3 … failures in a row, at most MAX_DELAY."""
    if failures <= 0:
        return 0.0
    return float(min(MAX_DELAY, BASE_DELAY * 2 ** min(failures - 1, 32)))


def counter_file(vault: Path) -> Path:
    try:
        key = str(Path(vault).resolve())
    except OSError:
        key = os.path.abspath(vault)
    name = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return paths.state_dir() / "unlock-failures" / name


def failures(vault: Path) -> tuple[int, float]:
    """(failures in a row, time of the last one); (0, 0.0) when there is no count."""
    try:
        data = json.loads(counter_file(vault).read_text(encoding="ascii"))
        return max(0, int(data["failures"])), float(data["last"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0, 0.0


def _save(vault: Path, count: int, last: float) -> None:
    path = counter_file(vault)
    with contextlib.suppress(OSError):
        paths.make_private_dir(path.parent)
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                json.dump({"failures": count, "last": last}, fh)
            os.replace(tmp, path)
        except OSError:
            os.unlink(tmp)
            raise


def wait_turn(vault: Path) -> None:
    """Wait out what is left of the delay the last failure on this vault set."""
    count, last = failures(vault)
    remaining = last + delay_for(count) - clock()
    if remaining > 0:
        sleep(min(remaining, MAX_DELAY))


def record_failure(vault: Path) -> float:
    """Count one more failure, then wait; returns the wait in seconds."""
    count = failures(vault)[0] + 1
    _save(vault, count, clock())
    delay = delay_for(count)
    sleep(delay)
    return delay


def reset(vault: Path) -> None:
    with contextlib.suppress(OSError):
        counter_file(vault).unlink(missing_ok=True)


@contextlib.contextmanager
def throttled(vault: Path) -> Iterator[None]:
    """Around one unlock: wait for our turn, count a wrong passphrase, reset on success."""
    wait_turn(vault)
    try:
        yield
    except errors.WrongPassphrase:
        record_failure(vault)
        raise
    reset(vault)
