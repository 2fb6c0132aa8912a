"""Every feature spec of every family follows the contract of core/features/base.py."""

from __future__ import annotations

import pytest

from treffsicher.core.features import ALL_SPECS, SPECS_BY_NAME
from treffsicher.core.features.base import FeatureSpec


def test_feature_names_are_unique() -> None:
    assert len(SPECS_BY_NAME) == len(ALL_SPECS)


@pytest.mark.parametrize("spec", ALL_SPECS, ids=lambda spec: spec.name)
def test_spec_follows_the_contract(spec: FeatureSpec) -> None:
    assert spec.label_de
    assert spec.label_en
    assert spec.explain_de
    assert spec.explain_en
    assert set(spec.languages) <= {"de", "en"}
    if spec.categories:
        assert spec.category_labels
        assert all(set(labels) == {"de", "en"} for labels in spec.category_labels.values())
    else:
        assert spec.value is not None
        assert spec.value({}, []) is None  # nothing to measure: None, never a silent 0.0
