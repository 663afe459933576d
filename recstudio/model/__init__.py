"""Qt-free model of the Agora Cloud Recording API: bodies, rules, projects.

Public contract used by every other package. The light names (enums, paths, problems,
routes, secrets) load eagerly; the schema, rules and project machinery load on first use
so ``recstudio --help`` and the window's first paint do not pay for pydantic models they
have not needed yet.
"""

from __future__ import annotations

from recstudio.model.enums import BODY_ENDPOINTS, Endpoint, Mode
from recstudio.model.lazy import lazy_getattr
from recstudio.model.paths import MISSING, format_path, get_path, parse_path, set_path
from recstudio.model.problems import Problem, Severity, has_errors
from recstudio.model.routes import CONTENT_TYPE, DEFAULT_BASE_URL, Route, route
from recstudio.model.secrets import iter_secret_paths, redact

_LAZY: dict[str, str] = {
    # schema
    "schema_for": "recstudio.model.schema",
    "schema_problems": "recstudio.model.fastschema",  # same problems, pydantic only for errors
    "canonical_body": "recstudio.model.schema",
    "parse_response": "recstudio.model.schema",
    "FieldMeta": "recstudio.model.fields",
    "field_meta": "recstudio.model.fields",
    "iter_fields": "recstudio.model.fields",
    "VENDORS": "recstudio.model.vendors",
    # rules
    "check_body": "recstudio.model.rules",
    "check_project": "recstudio.model.rules",
    "BodySet": "recstudio.model.rules",
    # project
    "Project": "recstudio.model.project",
    "Participant": "recstudio.model.project",
    "new_project": "recstudio.model.project",
    "load_project": "recstudio.model.project",
    "save_project": "recstudio.model.project",
    "ProjectFormatError": "recstudio.model.project",
    "generate_body": "recstudio.model.generate",
    "import_document": "recstudio.model.importing",
    "parse_json": "recstudio.model.jsontext",
    "JsonSyntaxError": "recstudio.model.jsontext",
    "validate_project": "recstudio.model.validation",
    "LocatedProblem": "recstudio.model.validation",
}


__getattr__ = lazy_getattr(globals(), _LAZY)


__all__ = [
    "BODY_ENDPOINTS",
    "CONTENT_TYPE",
    "DEFAULT_BASE_URL",
    "MISSING",
    "Endpoint",
    "Mode",
    "Problem",
    "Route",
    "Severity",
    "format_path",
    "get_path",
    "has_errors",
    "iter_secret_paths",
    "parse_path",
    "redact",
    "route",
    "set_path",
    *_LAZY,
]
