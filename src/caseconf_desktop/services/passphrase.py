"""Changing the vault's passphrase so that a crash can never leave it unopenable.

``PRAGMA rekey`` re-encrypts every page in place; in WAL mode the new pages pass through
the WAL while the file header still carries the old key's salt, and we could not prove
what a kill at every moment of that leaves behind. So the change is made by copy:

1. prove the current passphrase and take the vault for ourselves: leave WAL mode (refused
   while any other connection is open, which is how we know none is) and hold an
   exclusive lock, so nobody reads or writes the file until we are done;
2. export everything into a new file in the same folder, encrypted under the new
   passphrase; open it as a vault, check it (integrity, every page's HMAC, the audit chain,
   the row count of every table) and record the change in its audit log;
3. ``os.replace`` the new file over the vault: one atomic rename.

Before the rename the vault is the old file and only the old passphrase opens it; after
it, the new file and only the new passphrase. A kill at any moment leaves exactly one of
the two working, never neither; at worst a leftover ``.<vault>.*.rekey`` file (encrypted
under the new passphrase) that the next change removes.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from caseconf_desktop import errors, i18n
from caseconf_desktop.services import backup as files
from caseconf_desktop.storage import audit, backup_store, rekey
from caseconf_desktop.storage.vault import Vault, known_errors

log = logging.getLogger(__name__)

MIN_LENGTH = 8
ACTION = "vault.passphrase_changed"
_SUFFIX = ".rekey"


_tr = i18n.tr_in("Passphrase")


# -- strength -------------------------------------------------------------------------------
#
# The floor is zxcvbn's score 3 of 4 ("safely unguessable: moderate protection from an
# offline slow-hash scenario", under 10^10 guesses estimated): the vault's key derivation is
# such a slow hash, and a stolen laptop is exactly that offline scenario. Four ordinary
# words, or a long sentence, pass; "password", "12345678" and "Summer2024!" do not.
MIN_SCORE = 3
# zxcvbn's matching slows down with length; a passphrase this long is judged by its start.
_JUDGED_LENGTH = 100


def _reasons() -> dict[str, str]:
    """zxcvbn's feedback (English, from its source) as our translated phrases, one table."""
    return {
        "Add another word or two. Uncommon words are better.": _tr(
            "add another word or two; uncommon words are better."
        ),
        "Straight rows of keys are easy to guess.": _tr("straight rows of keys are easy to guess."),
        "Short keyboard patterns are easy to guess.": _tr(
            "short keyboard patterns are easy to guess."
        ),
        "Use a longer keyboard pattern with more turns.": _tr(
            "use a longer keyboard pattern with more turns."
        ),
        'Repeats like "aaa" are easy to guess.': _tr('repeats like "aaa" are easy to guess.'),
        'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': _tr(
            'repeats like "abcabcabc" are only slightly harder to guess than "abc".'
        ),
        "Avoid repeated words and characters.": _tr("avoid repeated words and characters."),
        'Sequences like "abc" or "6543" are easy to guess.': _tr(
            'sequences like "abc" or "6543" are easy to guess.'
        ),
        "Avoid sequences.": _tr("avoid sequences."),
        "Recent years are easy to guess.": _tr("recent years are easy to guess."),
        "Avoid recent years.": _tr("avoid recent years."),
        "Avoid years that are associated with you.": _tr(
            "avoid years that are associated with you."
        ),
        "Dates are often easy to guess.": _tr("dates are often easy to guess."),
        "Avoid dates and years that are associated with you.": _tr(
            "avoid dates and years that are associated with you."
        ),
        "This is a top-10 common password.": _tr("it is one of the 10 most common passwords."),
        "This is a top-100 common password.": _tr("it is one of the 100 most common passwords."),
        "This is a very common password.": _tr("it is a very common password."),
        "This is similar to a commonly used password.": _tr(
            "it is similar to a commonly used password."
        ),
        "A word by itself is easy to guess.": _tr("a word by itself is easy to guess."),
        "Names and surnames by themselves are easy to guess.": _tr(
            "names and surnames by themselves are easy to guess."
        ),
        "Common names and surnames are easy to guess.": _tr(
            "common names and surnames are easy to guess."
        ),
        "Capitalization doesn't help very much.": _tr("capitals do not help very much."),
        "All-uppercase is almost as easy to guess as all-lowercase.": _tr(
            "all capitals are almost as easy to guess as all lower case."
        ),
        "Reversed words aren't much harder to guess.": _tr(
            "reversed words are not much harder to guess."
        ),
        "Predictable substitutions like '@' instead of 'a' don't help very much.": _tr(
            "predictable substitutions like '@' instead of 'a' do not help very much."
        ),
        "Use a few words, avoid common phrases.": _tr("use a few words, avoid common phrases."),
        "No need for symbols, digits, or uppercase letters.": _tr(
            "there is no need for symbols, digits or capitals."
        ),
    }


def _judge(passphrase: str, user_inputs: Sequence[str]) -> dict[str, Any]:
    from zxcvbn import zxcvbn

    words = [w for text in user_inputs for w in text.split() if w]
    result: dict[str, Any] = zxcvbn(passphrase[:_JUDGED_LENGTH], user_inputs=words)
    return result


def assess(passphrase: str, user_inputs: Sequence[str] = ()) -> tuple[int, str]:
    """(zxcvbn's score 0 … 4, why it is refused in one sentence or "" when it is not).

    ``user_inputs`` are words the passphrase should not lean on (the owner's name, agency).
    Below :data:`MIN_LENGTH` the score is 0 and the reason is the length.
    """
    if len(passphrase) < MIN_LENGTH:
        return 0, _tr("The passphrase must be at least {n} characters long.").format(n=MIN_LENGTH)
    result = _judge(passphrase, user_inputs)
    score = int(result["score"])
    if score >= MIN_SCORE:
        return score, ""
    feedback = result.get("feedback") or {}
    said = feedback.get("warning") or next(iter(feedback.get("suggestions") or []), "")
    table = _reasons()
    reason = table.get(said) or table["Add another word or two. Uncommon words are better."]
    return score, _tr("The passphrase is too easy to guess: {reason}").format(reason=reason)


def weakness(passphrase: str, user_inputs: Sequence[str] = ()) -> str:
    """Why ``passphrase`` is refused, in one sentence, or "" when it is strong enough."""
    return assess(passphrase, user_inputs)[1]


def check_strength(passphrase: str, user_inputs: Sequence[str] = ()) -> None:
    problem = weakness(passphrase, user_inputs)
    if problem:
        raise errors.InvalidInput(problem)


def check_new_passphrase(current: str, new: str) -> None:
    if len(new) < MIN_LENGTH:
        raise errors.InvalidInput(
            _tr("The new passphrase must be at least {n} characters long.").format(n=MIN_LENGTH)
        )
    if new == current:
        raise errors.InvalidInput(_tr("The new passphrase is the same as the current one."))
    check_strength(new)


def leftovers(path: Path) -> list[Path]:
    """Files an interrupted change may have left next to the vault."""
    return sorted(path.parent.glob(f".{path.name}.*{_SUFFIX}*"))


def change_passphrase(vault: Vault, current: str, new: str) -> Vault:
    """Re-encrypt ``vault`` under ``new``; returns the vault reopened with it.

    ``current`` must be the vault's passphrase (WrongPassphrase otherwise). On any error
    before the switch the given vault stays open and unchanged; on success it is closed
    and the returned one takes its place.
    """
    started = time.perf_counter()
    check_new_passphrase(current, new)
    path = vault.path
    # Proves the current passphrase; a wrong one changes nothing on disk.
    Vault.open(path, current).close()
    rekey.take_exclusive(vault)
    tmp: Path | None = None
    try:
        for old in leftovers(path):
            files.remove_with_side_files(old)
        version = vault.schema_version
        with known_errors(path):
            counts = backup_store.table_counts(vault)
            head = audit.head(vault)[1]
        tmp = files._temp_in(path.parent, path.name, _SUFFIX)
        files.export_into(vault, tmp, version, key=new, report_as=path)
        _check_and_record(tmp, new, counts, head)
        files.fsync_file(tmp)
        _switch(vault, tmp, path)
        tmp = None
    except OSError as exc:
        rekey.release(vault)
        raise errors.InvalidInput(
            _tr("Cannot write next to the vault in {folder}.").format(folder=path.parent)
        ) from exc
    except BaseException:
        rekey.release(vault)
        raise
    finally:
        if tmp is not None:
            files.remove_with_side_files(tmp)
    files.fsync_folder(path.parent)
    reopened = Vault.open(path, new)
    log.info("passphrase changed in %.2f s", time.perf_counter() - started)
    return reopened


def _check_and_record(tmp: Path, new: str, counts: dict[str, int], head: str) -> None:
    """Open the new file with the new passphrase; refuse it unless it equals the vault."""
    copy = Vault.open(tmp, new)
    try:
        with known_errors(tmp):
            problems = backup_store.integrity_problems(copy)
            same = backup_store.table_counts(copy) == counts and audit.head(copy)[1] == head
        report = audit.verify(copy)
        problem = problems[0] if problems else ""
        if not problem and not same:
            problem = _tr("the copy differs from the vault")
        if not problem and not report.ok:
            problem = _tr("audit log broken at row {seq}").format(seq=report.first_bad_seq)
        if problem:
            raise files.CopyFailedCheck(tmp, problem)
        # The record of the change travels inside the file that makes it.
        with copy.transaction():
            audit.append(copy, ACTION, "vault", copy.get_meta("owner_person_id", "system"))
    finally:
        copy.close()
    if any(Path(f"{tmp}{s}").exists() for s in ("-wal", "-journal")):
        raise files.CopyFailedCheck(tmp, _tr("the copy was not closed cleanly"))


def _switch(vault: Vault, tmp: Path, path: Path) -> None:
    """Rename the new file over the vault while still holding the old file's lock."""
    try:
        os.replace(tmp, path)
    except PermissionError:
        # Windows refuses to replace a file that is open: close first (a moment unlocked).
        vault.close()
        os.replace(tmp, path)
    vault.close()
