"""One caseconf.v1 codec: a JSON document and a bundle spell every value of a record alike."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from caseconf_desktop.services import codec, interchange, sync
from caseconf_desktop.storage import mapping as m
from caseconf_desktop.storage.vault import Vault
from tests.services.conftest import build_minutes_case


def _by_id(node: Any, out: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    if isinstance(node, dict):
        if isinstance(node.get("id"), str):
            out[node["id"]] = node
        for value in node.values():
            _by_id(value, out)
    elif isinstance(node, list):
        for value in node:
            _by_id(value, out)
    return out


def test_documents_and_bundles_carry_the_same_value_for_every_field(vault: Vault) -> None:
    case = build_minutes_case(vault)
    reference = m.CASES.get(vault, case.case_id).reference
    document = _by_id(interchange.export_document(vault, [reference]), {})
    compared = 0
    for record in sync.gather(vault, [case.case_id]):
        assert record.values is not None
        in_document = document[record.id]
        for spec in codec.codec(record.table).specs:
            value = in_document
            for step in spec.path:
                value = value.get(step, KeyError) if isinstance(value, dict) else KeyError
            if value is KeyError:
                continue  # implied by where the record sits in the document
            sent = record.values[spec.attr]
            if spec.shape == "datetime" and value is not None:
                # A bundle writes moments in UTC; a document keeps the stored offset.
                assert datetime.fromisoformat(sent) == datetime.fromisoformat(value)
            else:
                assert sent == value, (record.table, spec.attr)
            compared += 1
    assert compared > 200


def test_a_received_value_reads_back_as_the_same_json() -> None:
    c = codec.codec("conferences")
    spec = c.spec["started_at"]
    assert codec.canonical(spec, "2025-05-06T12:00:00+02:00") == "2025-05-06T10:00:00+00:00"
    # A meeting time keeps the offset it was given: its local time is what matters.
    assert c.canonical("scheduled_for", "2025-05-06T12:00:00+02:00") == "2025-05-06T12:00:00+02:00"
    assert codec.parses("datetime", "2025-05-06T12:00:00Z")
    assert not codec.parses("date", "2025-02-30")


def test_a_value_refused_for_a_field_is_shown_short_and_an_overlong_one_says_why() -> None:
    from caseconf_desktop import errors
    from caseconf_desktop.services.codec import MAX_TEXT, codec

    cases = codec("cases")
    with pytest.raises(errors.InvalidInput) as refused:
        cases.parse_text("establishment", "Z" * (MAX_TEXT + 1))
    assert "longer than establishment may be" in refused.value.user_text
    assert len(refused.value.user_text) < 200  # not the 100,000 characters given
    with pytest.raises(errors.InvalidInput) as refused:
        cases.parse_text("status", "S" * 500)
    assert "is not a valid value for status" in refused.value.user_text
    assert len(refused.value.user_text) < 200
