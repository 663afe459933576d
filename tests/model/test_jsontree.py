"""copy_tree and dump_json's fast writer against independent oracles: ``copy.deepcopy``
and ``json.dumps(indent=2)`` (issue 12: both must stay exact while they got faster)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recstudio.model.jsontext import dump_json, non_json_value
from recstudio.model.jsontree import CHUNK, chunks, copy_tree
from recstudio.model.paths import MISSING

FAST = settings(
    max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)

scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
)
trees = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=5), inner, max_size=6)
    ),
    max_leaves=40,
)


def _containers(value: Any) -> list[int]:
    if isinstance(value, dict):
        return [id(value), *[i for v in value.values() for i in _containers(v)]]
    if isinstance(value, list):
        return [id(value), *[i for v in value for i in _containers(v)]]
    return []


@FAST
@given(trees)
def test_a_copy_equals_deepcopy_and_shares_no_container(tree: Any) -> None:
    copied = copy_tree(tree)
    assert copied == copy.deepcopy(tree)
    assert not set(_containers(copied)) & set(_containers(tree))


def test_a_copy_can_be_changed_without_touching_the_original() -> None:
    original = {"a": [1, {"b": ["x"]}], "c": {"d": []}}
    copied = copy_tree(original)
    copied["a"][1]["b"].append("y")
    copied["c"]["d"].append(2)
    assert original == {"a": [1, {"b": ["x"]}], "c": {"d": []}}


def test_other_objects_are_deep_copied_their_own_way() -> None:
    class Box:
        def __init__(self) -> None:
            self.items = [1]

    box = Box()
    copied = copy_tree({"box": box, "missing": MISSING})
    assert copied["box"] is not box and copied["box"].items == [1]
    assert copied["box"].items is not box.items
    assert copied["missing"] is MISSING  # a sentinel stays itself (its __deepcopy__)


def test_chunks_cover_every_item_once_in_order() -> None:
    items = list(range(2 * CHUNK + 3))
    parts = list(chunks(items))
    assert [len(p) for p in parts] == [CHUNK, CHUNK, 3]
    assert [x for p in parts for x in p] == items
    assert list(chunks([])) == []


@FAST
@given(trees)
def test_dump_json_is_exactly_the_standard_indented_text(tree: Any) -> None:
    assert dump_json(tree) == json.dumps(tree, indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize(
    "value",
    [
        {"uids": [str(n) for n in range(3 * CHUNK + 7)]},  # the fast path across chunks
        {1: "a", "b": [True, None]},  # a non-string key: the library's walk
        {"t": (1, [2, 3]), "e": []},  # a tuple is a list in JSON
        [[], {}, [[]], {"k": {}}],
        'é\n"quoted"',
    ],
)
def test_dump_json_matches_the_standard_text_for_unusual_shapes(value: Any) -> None:
    assert dump_json(value) == json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def test_dump_json_refuses_what_json_cannot_carry() -> None:
    with pytest.raises(ValueError):
        dump_json({"a": [1, float("inf")]})
    with pytest.raises(TypeError):
        dump_json({"a": {1, 2}})


@pytest.mark.parametrize(
    ("value", "where"),
    [
        ({"a": ["x"] * (CHUNK + 5) + ["\ud800"]}, f"a[{CHUNK + 5}]"),
        ({"a": ["x"] * CHUNK + [float("nan")]}, f"a[{CHUNK}]"),
        ({"a": ["x"] * (2 * CHUNK) + [{"b": float("inf")}]}, f"a[{2 * CHUNK}].b"),
    ],
)
def test_a_bad_value_deep_in_a_long_list_is_still_found_with_its_path(
    value: Any, where: str
) -> None:
    found = non_json_value(value)
    assert found is not None and found[0] == where


def test_long_lists_of_plain_text_are_json() -> None:
    assert non_json_value({"a": ["é", "ok"] * CHUNK, "b": []}) is None


def test_only_scalars_looks_at_every_chunk() -> None:
    from recstudio.model.jsontree import only_scalars

    assert only_scalars(["a", 1, 2.5, None, True] * CHUNK)
    assert only_scalars([])
    assert not only_scalars(["a"] * (2 * CHUNK) + [{"uid": "1"}])
    assert not only_scalars(["a"] * CHUNK + [["nested"]])
