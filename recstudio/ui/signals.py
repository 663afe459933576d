"""One-argument Qt signals whose argument mypy knows.

PySide6's stubs type every ``SignalInstance.emit`` as ``*args: Any`` and ``connect`` as
``slot: object``, so a slot that expects the wrong payload (a dotted string where the
document sends a path tuple) type-checks silently. Declaring the attribute as
``TypedSignal[T]`` makes mypy check both ends; at run time it is the plain ``Signal``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar, cast, overload

from PySide6.QtCore import QMetaObject, QObject, Qt, Signal

T = TypeVar("T")


class BoundSignal(Protocol[T]):
    """What ``instance.signal`` is to the type checker: a SignalInstance with its payload."""

    def connect(
        self, slot: Callable[[T], object], /, type: Qt.ConnectionType = ...
    ) -> QMetaObject.Connection: ...

    def disconnect(self, slot: Callable[[T], object] | None = ..., /) -> bool: ...

    def emit(self, value: T, /) -> None: ...


class TypedSignal(Generic[T]):
    """Type-checker view of a class-level ``Signal`` carrying one ``T``; never instantiated
    (``typed_signal`` returns the real ``Signal``)."""

    @overload
    def __get__(self, instance: None, owner: type, /) -> TypedSignal[T]: ...
    @overload
    def __get__(self, instance: QObject, owner: type, /) -> BoundSignal[T]: ...
    def __get__(self, instance: QObject | None, owner: type, /) -> TypedSignal[T] | BoundSignal[T]:
        raise TypeError("TypedSignal is a typing view; create signals with typed_signal()")


def typed_signal(qt_type: type = object) -> TypedSignal[T]:
    """``Signal(qt_type)``; ``T`` comes from the attribute's annotation
    (``changed: TypedSignal[Path] = typed_signal(tuple)``). ``qt_type`` is what Qt's meta
    object records; Python values other than Qt's own types travel as PyObject either way."""
    return cast("TypedSignal[T]", Signal(qt_type))
