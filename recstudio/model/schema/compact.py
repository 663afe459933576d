"""Generate ``recstudio/model/schema_table.py``: the models' shapes as plain literals.

``recstudio validate`` must not import pydantic (its import alone is several times
``python -c pass``, issue 12), yet the models stay the one source of truth. So this module
reads them (annotations, constraints, aliases, the named value checks) and writes a table
the pydantic-free fast path (``recstudio.model.fastschema``) walks. Run
``python -m recstudio.model.schema.compact`` after changing a model;
tests/model/test_fastschema.py fails while the table is stale. Anything in a model this
reader does not understand raises here instead of being silently left out of the table.
"""

from __future__ import annotations

import contextlib
import pprint
import subprocess
import sys
import types
import typing
from pathlib import Path
from typing import Any, Literal, Union

import annotated_types as at
from pydantic import AfterValidator, BaseModel, BeforeValidator, Discriminator, Tag
from pydantic.fields import FieldInfo

from recstudio.model.enums import Endpoint
from recstudio.model.schema._base import EmptyIsNone, StrictIntChoice
from recstudio.model.schema._tree import unwrap
from recstudio.model.schema.bodies import schema_for
from recstudio.model.schema.extension import UNKNOWN_SERVICE, service_tag
from recstudio.model.valuechecks import CHECKS

TABLE_PATH = Path(__file__).resolve().parents[1] / "schema_table.py"
_BOUNDS = ("ge", "le", "gt", "lt", "min_length", "max_length", "pattern")
_FPS_PROBE = {
    "cname": "probe",
    "uid": "1",
    "clientRequest": {"recordingConfig": {"transcodingConfig": {"fps": 20}}},
}


class _Reader:
    def __init__(self) -> None:
        self.models: dict[str, dict[str, Any]] = {}

    def model(self, model: type[BaseModel]) -> str:
        name = model.__name__
        if name in self.models:
            if self.models[name].get("_class") is not model:
                raise TypeError(f"two models are called {name}")
            return name
        entry: dict[str, Any] = {"_class": model}
        self.models[name] = entry  # before the fields: a recursive model terminates
        fields = []
        for field_name, info in model.model_fields.items():
            key = info.alias or field_name
            spellings = [key]
            alias = info.validation_alias
            choices = getattr(alias, "choices", None)
            if isinstance(alias, str):
                choices = [alias]
            for choice in choices or ():
                if not isinstance(choice, str):
                    raise TypeError(f"{name}.{field_name}: alias path {choice!r}")
                if choice not in spellings:
                    spellings.append(choice)
            if field_name not in spellings:  # populate_by_name: the Python name too
                spellings.append(field_name)
            spec = self.spec(info.annotation, list(info.metadata), f"{name}.{field_name}")
            fields.append((key, tuple(spellings), info.is_required(), spec))
        entry["fields"] = tuple(fields)
        return name

    def spec(self, annotation: Any, metadata: list[Any], where: str) -> tuple[Any, ...]:
        """One value's spec; ``metadata`` applies to the innermost type (as in pydantic)."""
        annotation, inner, nullable = unwrap(annotation)
        metadata.extend(inner)
        empty_is_none = False
        bounds: dict[str, Any] = {}
        checks: list[str] = []
        strict_int = False
        discriminator = None
        flat: list[Any] = []
        for item in metadata:
            flat.extend(item.metadata if isinstance(item, FieldInfo) else [item])
        for item in flat:
            if isinstance(item, AfterValidator):
                check = getattr(item.func, "recstudio_check", None)
                if check not in CHECKS:
                    raise TypeError(f"{where}: after-validator {item.func!r} is not a named check")
                checks.append(check)
            elif isinstance(item, BeforeValidator):
                if item is StrictIntChoice:
                    strict_int = True
                elif item is EmptyIsNone:
                    empty_is_none = True
                else:
                    raise TypeError(f"{where}: unknown before-validator {item.func!r}")
            elif isinstance(item, Discriminator):
                discriminator = item
            elif isinstance(item, at.Predicate):
                raise TypeError(f"{where}: predicate {item!r}")
            else:
                found = {n: getattr(item, n) for n in _BOUNDS if getattr(item, n, None) is not None}
                if not found:
                    raise TypeError(f"{where}: unknown metadata {item!r}")
                bounds.update(found)
        spec = self._bare(annotation, bounds, tuple(checks), strict_int, discriminator, where)
        if empty_is_none and not nullable:
            raise TypeError(f"{where}: EmptyIsNone on a required value")
        return ("nullable", spec, empty_is_none) if nullable else spec

    def _bare(
        self,
        annotation: Any,
        bounds: dict[str, Any],
        checks: tuple[str, ...],
        strict_int: bool,
        discriminator: Discriminator | None,
        where: str,
    ) -> tuple[Any, ...]:
        origin = typing.get_origin(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            self._plain(bounds, checks, where)
            return ("model", self.model(annotation))
        if origin is Literal:
            self._plain(bounds, checks, where)
            return ("literal", typing.get_args(annotation), strict_int)
        if strict_int:
            raise TypeError(f"{where}: StrictIntChoice outside a Literal")
        if origin is list:
            (item,) = typing.get_args(annotation)
            return ("list", self.spec(item, [], f"{where}[]"), bounds, checks)
        if origin is dict:
            key, value = typing.get_args(annotation)
            if key is not str or value is not Any:
                raise TypeError(f"{where}: only dict[str, Any] is understood")
            self._plain(bounds, checks, where)
            return ("object",)
        if annotation is Any:
            self._plain(bounds, checks, where)
            return ("any",)
        if annotation in (str, int, float, bool):
            if annotation is bool:
                self._plain(bounds, checks, where)
            return (annotation.__name__, bounds, checks)
        if origin in (Union, types.UnionType) and discriminator is not None:
            if discriminator.discriminator is not service_tag:
                raise TypeError(f"{where}: unknown discriminator {discriminator!r}")
            variants = {}
            for arm in typing.get_args(annotation):
                arm_type, arm_meta = typing.get_args(arm)[0], typing.get_args(arm)[1:]
                tag = next(m.tag for m in arm_meta if isinstance(m, Tag))
                variants[tag] = self.model(arm_type)
            return ("tagged", "serviceName", variants, UNKNOWN_SERVICE)
        raise TypeError(f"{where}: cannot read {annotation!r}")

    @staticmethod
    def _plain(bounds: dict[str, Any], checks: tuple[str, ...], where: str) -> None:
        if bounds or checks:
            raise TypeError(f"{where}: constraints {bounds} {checks} on a structured value")


def build_table() -> dict[str, Any]:
    """The table as data (what the generated module holds), read off the models now."""
    from recstudio.model.schema.check import schema_problems

    reader = _Reader()
    bodies = {}
    for endpoint in Endpoint:
        if endpoint is Endpoint.QUERY:
            continue
        bodies[endpoint.value] = reader.model(schema_for(endpoint))
    models = {name: entry["fields"] for name, entry in sorted(reader.models.items())}
    fps = any(
        p.is_error and p.path.endswith("transcodingConfig.fps")
        for p in schema_problems(_FPS_PROBE, Endpoint.START)
    )
    return {"BODIES": bodies, "MODELS": models, "FPS_20_IS_SCHEMA_ERROR": fps}


_HEADER = '''"""GENERATED by ``python -m recstudio.model.schema.compact`` from the models in
``recstudio/model/schema``; do not edit. tests/model/test_fastschema.py fails when stale.

MODELS: model name -> fields ``(api key, accepted spellings, required, spec)``; a spec is
``("str"|"int"|"float"|"bool", bounds, named checks)``, ``("literal", values, strict int)``,
``("list", item spec, bounds, named checks)``, ``("model", name)``, ``("nullable", spec,
empty string is null)``, ``("tagged", key, {tag: model}, fallback tag)``, ``("object",)``
or ``("any",)``. Named checks are ``recstudio.model.valuechecks.CHECKS``.
"""

from typing import Any

'''


def render_table(table: dict[str, Any]) -> str:
    parts = [_HEADER]
    for name, value in table.items():
        kind = {"BODIES": "dict[str, str]", "MODELS": "dict[str, Any]"}.get(name, "bool")
        shown = pprint.pformat(value, width=96, sort_dicts=False)
        parts.append(f"{name}: {kind} = {shown}\n\n")
    return "".join(parts).rstrip() + "\n"


def main() -> int:
    TABLE_PATH.write_text(render_table(build_table()), encoding="utf-8")
    with contextlib.suppress(OSError):  # house style; the test compares the data
        subprocess.run([sys.executable, "-m", "ruff", "format", str(TABLE_PATH)], check=False)
    print(f"wrote {TABLE_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
