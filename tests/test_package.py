"""The package imports and its feature registry is consistent."""

from treffsicher.core.features import ALL_SPECS, SPECS_BY_NAME


def test_feature_names_are_unique() -> None:
    assert len(SPECS_BY_NAME) == len(ALL_SPECS)
