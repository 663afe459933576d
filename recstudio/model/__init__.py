"""Qt-free model of the Agora Cloud Recording API: bodies, rules, projects.

Public contract used by every other package (keep these names stable):

* ``Mode``, ``Endpoint`` (enums), ``Problem``, ``Severity``
* paths: ``format_path``, ``parse_path``, ``get_path``, ``set_path``, ``MISSING``
* routes: ``route(endpoint, mode, app_id, resource_id, sid) -> Route``
* secrets: ``iter_secret_paths``, ``redact``
"""

from recstudio.model.enums import BODY_ENDPOINTS, Endpoint, Mode
from recstudio.model.paths import MISSING, format_path, get_path, parse_path, set_path
from recstudio.model.problems import Problem, Severity, has_errors
from recstudio.model.routes import CONTENT_TYPE, DEFAULT_BASE_URL, Route, route
from recstudio.model.secrets import iter_secret_paths, redact

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
]
