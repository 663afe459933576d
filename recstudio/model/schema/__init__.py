"""pydantic models of every Cloud Recording request and response body (reference §3–§4).

``schema_for(endpoint)`` gives the full-body model; ``schema_problems`` turns its
validation into Problems; ``canonical_body`` orders keys; ``parse_response`` reads replies.
Field metadata for forms is in ``recstudio.model.fields``.
"""

from recstudio.model.schema.acquire import AcquireClientRequest
from recstudio.model.schema.bodies import (
    AcquireBody,
    StartBody,
    StopBody,
    UpdateBody,
    UpdateLayoutBody,
    client_request_model,
    schema_for,
)
from recstudio.model.schema.check import canonical_body, schema_problems
from recstudio.model.schema.extension import (
    ExtensionServiceConfig,
    RtmpPublishParam,
    WebRecorderParam,
)
from recstudio.model.schema.files import RecordingFileConfig, SnapshotConfig
from recstudio.model.schema.recording import UNSUBSCRIBE_ALIASES, RecordingConfig
from recstudio.model.schema.responses import (
    RUNNING_STATUSES,
    STATUS_LABELS,
    AcquireResponse,
    ErrorResponse,
    NcsIpResponse,
    QueryResponse,
    RecordingServerResponse,
    StartResponse,
    StopResponse,
    UpdateLayoutResponse,
    UpdateResponse,
    WebQueryResponse,
    WebServerResponse,
    WebStopResponse,
    is_error_body,
    parse_error,
    parse_ncs_ip,
    parse_response,
)
from recstudio.model.schema.start import StartClientRequest
from recstudio.model.schema.stop import StopClientRequest
from recstudio.model.schema.storage import StorageConfig
from recstudio.model.schema.transcoding import (
    LAYOUT_LABELS,
    LayoutRegion,
    TranscodingConfig,
    UpdateLayoutClientRequest,
)
from recstudio.model.schema.update import UpdateClientRequest
from recstudio.model.schema_keys import SCHEMA, UNKNOWN_KEY

__all__ = [
    "LAYOUT_LABELS",
    "RUNNING_STATUSES",
    "SCHEMA",
    "STATUS_LABELS",
    "UNKNOWN_KEY",
    "UNSUBSCRIBE_ALIASES",
    "AcquireBody",
    "AcquireClientRequest",
    "AcquireResponse",
    "ErrorResponse",
    "ExtensionServiceConfig",
    "LayoutRegion",
    "NcsIpResponse",
    "QueryResponse",
    "RecordingConfig",
    "RecordingFileConfig",
    "RecordingServerResponse",
    "RtmpPublishParam",
    "SnapshotConfig",
    "StartBody",
    "StartClientRequest",
    "StartResponse",
    "StopBody",
    "StopClientRequest",
    "StopResponse",
    "StorageConfig",
    "TranscodingConfig",
    "UpdateBody",
    "UpdateClientRequest",
    "UpdateLayoutBody",
    "UpdateLayoutClientRequest",
    "UpdateLayoutResponse",
    "UpdateResponse",
    "WebQueryResponse",
    "WebRecorderParam",
    "WebServerResponse",
    "WebStopResponse",
    "canonical_body",
    "client_request_model",
    "is_error_body",
    "parse_error",
    "parse_ncs_ip",
    "parse_response",
    "schema_for",
    "schema_problems",
]
