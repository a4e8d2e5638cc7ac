"""Fuzzed caseconf.v1 documents: every bad one is refused with one sentence, nothing written.

One exported document is mutated over and over (fields dropped, wrong types, lone
surrogates, extreme dates, huge strings, NULs, deep nesting, duplicate ids, dangling
references) and handed to the import service in-process, on one real vault. A refused
document must raise the one known error with a one-line sentence naming a field path, and
leave the row count of every table and the audit head as they were.
"""

from __future__ import annotations

import copy
import random
import re
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from caseconf_desktop import errors
from caseconf_desktop.domain.enums import Role
from caseconf_desktop.services import interchange, vaults
from caseconf_desktop.storage import backup_store
from caseconf_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.services.conftest import build_minutes_case

TRIES = 1_200

Slot = tuple[Any, Any]  # (container, key or index)

EXTREME_MOMENTS = [
    "9999-12-31T23:59:59-23:59",
    "0001-01-01T00:00:00+23:59",
    "9999-12-31T23:59:59.999999-00:01",
    "2024-02-30T10:00:00+00:00",
    "2024-13-01T00:00:00Z",
    "0000-01-01T00:00:00Z",
    "99999-01-01T00:00:00Z",
    "2024-01-01T24:00:00Z",
]
EXTREME_DAYS = [
    "9999-12-31",
    "0001-01-01",
    "0000-01-01",
    "2023-02-29",
    "2024-00-10",
    "１２３４-01-01",
]
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}(T.*)?$")


def small_document(tmp_path: Path) -> dict[str, Any]:
    """An exported case with a few records of every kind (keeps each try fast)."""
    source = vaults.init_vault(
        tmp_path / "source.vault", PASSPHRASE, "Ana Source", "Source Service", Role.COORDINATOR
    )
    try:
        build_minutes_case(source, filler_entries=0)
        document = interchange.export_document(source, ["CC-2025-017"])
    finally:
        source.close()
    for conference in document["cases"][0]["conferences"]:
        conference["entries"] = conference["entries"][:4]
        conference["attendance"] = conference["attendance"][:4]
    document["glossary"] = document["glossary"][:2]
    return document


def slots(root: Any) -> Iterator[Slot]:
    """Every (container, key) of the document down to 12 levels (not into deep nesting)."""
    stack: list[tuple[Any, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > 12:
            continue
        keys = list(node) if isinstance(node, dict) else range(len(node))
        for key in keys:
            yield node, key
            if isinstance(node[key], dict | list):
                stack.append((node[key], depth + 1))


def id_slots(doc: Any) -> list[Slot]:
    return [
        (c, k) for c, k in slots(doc) if isinstance(k, str) and (k == "id" or k.endswith("_id"))
    ]


def deep(levels: int, rng: random.Random) -> Any:
    node: Any = "bottom"
    for _ in range(levels):
        node = [node] if rng.random() < 0.5 else {"a": node}
    return node


def _drop(doc: dict[str, Any], rng: random.Random) -> None:
    container, key = rng.choice([s for s in slots(doc) if isinstance(s[0], dict)])
    del container[key]


def _wrong_type(doc: dict[str, Any], rng: random.Random) -> None:
    container, key = rng.choice(list(slots(doc)))
    current = container[key]
    choices = [None, True, 0, -1, 2**70, 1.5, "", "text", [], {}, [1, "x"], {"id": 3}]
    container[key] = rng.choice([c for c in choices if type(c) is not type(current)])


def _surrogate(doc: dict[str, Any], rng: random.Random) -> None:
    pool = id_slots(doc) + [
        (c, k) for c, k in slots(doc) if isinstance(c[k], str) and k in ("reference", "name")
    ]
    container, key = rng.choice(pool)
    lone = rng.choice(["\ud800", "\udfff", "\udc00x", "a\ud83d"])
    current = container[key] if isinstance(container[key], str) else ""
    container[key] = current[: rng.randint(0, len(current))] + lone


def _extreme_date(doc: dict[str, Any], rng: random.Random) -> None:
    pool = [
        (c, k) for c, k in slots(doc) if isinstance(c[k], str) and _MOMENT.match(c[k]) is not None
    ]
    container, key = rng.choice(pool)
    container[key] = rng.choice(EXTREME_MOMENTS if "T" in container[key] else EXTREME_DAYS)


def _huge(doc: dict[str, Any], rng: random.Random) -> None:
    pool = [(c, k) for c, k in slots(doc) if isinstance(c[k], str)]
    container, key = rng.choice(pool)
    container[key] = rng.choice(["x", "é", "\u202e"]) * rng.choice([100_001, 400_000])


def _nul(doc: dict[str, Any], rng: random.Random) -> None:
    container, key = rng.choice([(c, k) for c, k in slots(doc) if isinstance(c[k], str)])
    container[key] = container[key] + "\0" + "after"


def _deep(doc: dict[str, Any], rng: random.Random) -> None:
    container, key = rng.choice(list(slots(doc)))
    container[key] = deep(rng.choice([40, 1_000, 5_000]), rng)


def _duplicate_id(doc: dict[str, Any], rng: random.Random) -> None:
    ids = [(c, k) for c, k in slots(doc) if k == "id" and isinstance(c[k], str)]
    (a, ka), (b, kb) = rng.sample(ids, 2)
    a[ka] = b[kb]


def _dangling(doc: dict[str, Any], rng: random.Random) -> None:
    refs = [(c, k) for c, k in id_slots(doc) if k != "id"]
    container, key = rng.choice(refs)
    container[key] = str(uuid.UUID(int=rng.getrandbits(128)))


def _duplicate_record(doc: dict[str, Any], rng: random.Random) -> None:
    lists = [c[k] for c, k in slots(doc) if isinstance(c[k], list) and c[k]]
    chosen = rng.choice(lists)
    chosen.append(copy.deepcopy(rng.choice(chosen)))


MUTATIONS: list[Callable[[dict[str, Any], random.Random], None]] = [
    _drop,
    _wrong_type,
    _surrogate,
    _extreme_date,
    _huge,
    _nul,
    _deep,
    _duplicate_id,
    _dangling,
    _duplicate_record,
]


def counter(vault: Vault) -> Callable[[], tuple[Any, ...]]:
    """The row count of every table and the audit head, in one query."""
    names = backup_store.table_counts(vault)
    counts = ", ".join(f'(SELECT count(*) FROM "{name}")' for name in sorted(names))
    sql = f"SELECT {counts}, (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1)"

    def state() -> tuple[Any, ...]:
        return tuple(vault.query(sql)[0])

    return state


def test_a_thousand_mutated_documents_give_one_sentence_each_and_write_nothing(
    vault: Vault, tmp_path: Path
) -> None:
    original = small_document(tmp_path)
    assert interchange.validate(vault, original) == []  # the fuzz starts from a good document
    rng = random.Random(20251)
    refused = accepted = 0
    crashes: list[str] = []
    partial: list[str] = []
    used: dict[str, int] = {}
    state = counter(vault)
    before = state()
    started = time.perf_counter()
    for attempt in range(TRIES):
        document = copy.deepcopy(original)
        chosen = rng.sample(MUTATIONS, rng.choice([1, 1, 1, 2, 3]))
        chosen.sort(key=lambda m: m is _deep)  # nothing copies or walks a deep branch
        for mutate in chosen:
            used[mutate.__name__] = used.get(mutate.__name__, 0) + 1
            mutate(document, rng)
        try:
            interchange.import_document(vault, document)
        except errors.KnownError as exc:
            refused += 1
            text = exc.user_text
            assert "\n" not in text and text.endswith("nothing was imported."), text
            assert type(exc) is interchange.InvalidDocument, (attempt, type(exc), text)
            assert re.match(r"^(document|[a-z_]+)[\[.:]", text), text  # starts with a field path
            if state() != before:
                partial.append(f"{attempt}: {[m.__name__ for m in chosen]}")
        except Exception as exc:  # a crash is what this test counts
            crashes.append(f"{attempt}: {[m.__name__ for m in chosen]}: {exc!r}"[:300])
            assert state() == before
        else:
            accepted += 1
            before = state()
    seconds = time.perf_counter() - started
    print(
        f"\nfuzzed {TRIES} documents in {seconds:.1f} s: {refused} refused, {accepted} "
        f"imported, {len(crashes)} crashes, {len(partial)} partial writes; mutations {used}"
    )
    assert crashes == []
    assert partial == []
    assert refused + accepted == TRIES >= 1_000
    assert refused > TRIES * 0.8  # most mutations break the document
