"""Fixtures shared by the extraction tests."""
from __future__ import annotations

import pytest

from kg.extract import model as model_module


@pytest.fixture
def fresh_checks():
    """Forget which model was found and checked, before and after the test (nothing else is changed)."""
    model_module._checked.cache_clear()
    yield
    model_module._checked.cache_clear()
