"""One function run in a forked child beside the caller, its result shipped back through a pipe.

For work on two cores that costs about as much as the caller's own (``clientgen diff`` reads one
document in the child and the other in the parent). A bare ``os.fork`` costs a few milliseconds
where a process pool costs tens (its queues, threads and pickling of the call); results that are
plain data (dicts, lists, strings, numbers: an API surface) travel by ``marshal``, about twice
as fast as pickle, and an exception raised in the child by pickle, to be raised again by
:meth:`Forked.result`. Where there is no ``fork`` (or no process to be had) the function simply
runs at ``result``.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable
from typing import Any, Generic, TypeVar

__all__ = ["Forked"]

T = TypeVar("T")

_VALUE = b"M"  # marshal of the value
_PICKLED = b"P"  # pickle of the value (not plain data)
_RAISED = b"E"  # pickle of the exception the function raised


class Forked(Generic[T]):
    """``function(*args)`` under way in a forked child (started at construction)."""

    def __init__(self, function: Callable[..., T], *args: Any) -> None:
        self._call: tuple[Callable[..., Any], tuple[Any, ...]] = (function, args)
        self._pid: int | None = None
        self._read: int | None = None
        if not hasattr(os, "fork"):
            return
        read, write = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # no process to be had: the same work, at result()
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: work, write, leave without running the parent's exit handlers
            os.close(read)
            _child(write, function, args)
        os.close(write)
        self._pid, self._read = pid, read

    def result(self) -> T:
        """The function's value; its exception is raised here. Called once."""
        if self._pid is None:
            function, args = self._call
            here: T = function(*args)
            return here
        assert self._read is not None
        with os.fdopen(self._read, "rb") as pipe:
            self._read = None
            data = pipe.read()
        status = self._reap()
        tag, body = data[:1], data[1:]
        if tag == _VALUE:
            value: T = marshal.loads(body)
            return value
        if tag == _PICKLED:
            import pickle  # only for what is not plain data (and exceptions)

            kept: T = pickle.loads(body)
            return kept
        if tag == _RAISED:
            raise _unpickled_exception(body)
        raise RuntimeError(f"a forked process ended without an answer (wait status {status})")

    def close(self) -> None:
        """Wait for the child (if any) without reading its answer; result() then raises."""
        if self._read is not None:
            os.close(self._read)
            self._read = None
        self._reap()
        self._call = (_closed, ())

    def _reap(self) -> int:
        if self._pid is None:
            return 0
        status = os.waitpid(self._pid, 0)[1]
        self._pid = None
        return status


def _closed() -> Any:
    raise RuntimeError("result() of a closed Forked")


def _child(write: int, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    import pickle

    code = 0
    try:
        try:
            value = function(*args)
            try:
                data = _VALUE + marshal.dumps(value)
            except ValueError:  # not plain data
                data = _PICKLED + pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # shipped to the parent, which raises it
            data = _RAISED + _pickled_exception(exc)
        with os.fdopen(write, "wb") as pipe:
            pipe.write(data)
    except BaseException:  # the parent sees no answer and does the work itself
        code = 1
    finally:
        os._exit(code)


def _pickled_exception(exc: Exception) -> bytes:
    import pickle

    try:
        return pickle.dumps(exc, pickle.HIGHEST_PROTOCOL)
    except Exception:  # an exception that does not pickle: its type and message
        return pickle.dumps(RuntimeError(f"{type(exc).__name__}: {exc}"))


def _unpickled_exception(body: bytes) -> BaseException:
    import pickle

    try:
        exc = pickle.loads(body)
    except Exception as failed:  # its class cannot be rebuilt from its arguments
        return RuntimeError(f"in a forked process: {type(failed).__name__}: {failed}")
    return exc if isinstance(exc, BaseException) else RuntimeError(repr(exc))
