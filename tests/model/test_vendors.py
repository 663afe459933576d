"""Storage vendors and their region tables (reference §4.6)."""

from __future__ import annotations

from recstudio.model.vendors import STS_VENDORS, VENDORS, vendor_labels, vendor_regions


def test_every_documented_vendor_is_present() -> None:
    assert sorted(VENDORS) == [0, 1, 2, 3, 4, 5, 6, 7, 8, 11]
    assert {v for v, vendor in VENDORS.items() if vendor.legacy} == {0, 4}
    assert {1, 2, 3} == STS_VENDORS


def test_region_tables_match_the_reference() -> None:
    aws = vendor_regions(1)
    assert sorted(aws) == [*range(17), *range(18, 23), 24, 25]
    assert "US_EAST_1" in aws[0] and "EU_SOUTH_1" in aws[25]
    assert 17 not in aws and 23 not in aws and 26 not in aws  # unused / sentinel
    assert sorted(vendor_regions(2)) == list(range(28))
    assert "CN_Southeast_7" in vendor_regions(2)[27]
    assert sorted(vendor_regions(3)) == list(range(20))
    assert "EU_Moscow" in vendor_regions(3)[19]
    assert sorted(vendor_regions(7)) == list(range(16))
    assert "SA_Chile_1" in vendor_regions(7)[15]
    assert sorted(vendor_regions(8)) == list(range(8))
    assert VENDORS[8].legacy_regions == {0}
    assert sorted(vendor_regions(0)) == list(range(5))
    assert vendor_regions(4)[9] == "NA_Singapore_1"
    for vendor_id in (5, 6, 11):
        assert list(vendor_regions(vendor_id)) == [0]
    assert VENDORS[5].region_ignored and VENDORS[6].region_ignored


def test_unknown_vendor_has_no_regions_and_copies_are_safe() -> None:
    assert vendor_regions(9) == {}
    regions = vendor_regions(1)
    regions.clear()
    assert vendor_regions(1)


def test_labels() -> None:
    assert vendor_labels()[0] == "Qiniu Cloud (legacy)"
    assert 0 not in vendor_labels(include_legacy=False)
    assert VENDORS[1].region_label(3).startswith("3: ")
    assert VENDORS[1].region_label(23) == "23: (unknown)"


def test_schema_vendor_choices_match_the_table() -> None:
    from recstudio.model.enums import Endpoint
    from recstudio.model.fields import field_meta

    meta = field_meta(Endpoint.START, "clientRequest.storageConfig.vendor")
    assert meta is not None and meta.choices == tuple(sorted(VENDORS))
    assert meta.labels is not None and set(meta.labels) == set(VENDORS)
