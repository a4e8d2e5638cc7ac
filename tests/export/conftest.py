"""Shared set-up for the PDF export tests: the fixture case of tests/services/conftest.py."""

from __future__ import annotations

import pytest

from caseconf_desktop.storage.vault import Vault
from tests.services.conftest import MinutesCase, build_minutes_case


@pytest.fixture
def minutes_case(vault: Vault) -> MinutesCase:
    return build_minutes_case(vault)
