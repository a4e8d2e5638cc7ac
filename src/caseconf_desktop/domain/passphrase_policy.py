"""How strong a new vault passphrase must be: one rule, shared by every place that sets one.

The unlock window's "create a vault" form, the change-passphrase dialog and the command
line all ask this module. It imports nothing of the vault or the services (zxcvbn only when
a passphrase is judged), so the unlock window starts without them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from caseconf_desktop import errors, i18n

MIN_LENGTH = 8

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
