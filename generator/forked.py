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
from typing import Any, Generic, TypeVar, cast

__all__ = ["Dialogue", "Forked"]

T = TypeVar("T")
S = TypeVar("S")
R = TypeVar("R")
M = TypeVar("M")

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
        value: T = _decoded(data, status)
        return value

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
    code = 0
    try:
        data = _encoded(function, args)
        with os.fdopen(write, "wb") as pipe:
            pipe.write(data)
    except BaseException:  # the parent sees no answer and does the work itself
        code = 1
    finally:
        os._exit(code)


def _encoded(function: Callable[..., Any], args: tuple[Any, ...]) -> bytes:
    """function(*args)'s value (or exception), tagged, as bytes for the parent."""
    import pickle

    try:
        value = function(*args)
        try:
            return _VALUE + marshal.dumps(value)
        except ValueError:  # not plain data
            return _PICKLED + pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # shipped to the parent, which raises it
        return _RAISED + _pickled_exception(exc)


def _decoded(data: bytes, status: int) -> Any:
    """The value _encoded made (its exception raised); status says why there is none."""
    tag, body = data[:1], data[1:]
    if tag == _VALUE:
        return marshal.loads(body)
    if tag == _PICKLED:
        import pickle  # only for what is not plain data (and exceptions)

        return pickle.loads(body)
    if tag == _RAISED:
        raise _unpickled_exception(body)
    raise RuntimeError(f"a forked process ended without an answer (wait status {status})")


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


class Dialogue(Generic[S, R, T]):
    """Two steps in a forked child with one reply between them (started at construction).

    ``first(*args)`` gives ``(state, message)``: the message comes back (:meth:`message`); the
    state stays in the child for ``second(state, reply)``, whose value comes back
    (:meth:`answer`, then :meth:`result`). ``clientgen diff`` reads OLD this way: its fingerprints come back, and the
    names of the operations to describe go to it. Where there is no fork both run here.
    """

    def __init__(
        self, first: Callable[..., tuple[S, M]], second: Callable[[S, R], T], *args: Any
    ) -> None:
        self._steps: tuple[Callable[..., Any], Callable[[Any, Any], Any]] = (first, second)
        self._args = args
        self._state: Any = None
        self._reply: Any = None
        self._pid: int | None = None
        self._fds: tuple[int, int] | None = None  # (from the child, to the child)
        if not hasattr(os, "fork"):
            return
        up, up_write = os.pipe()
        down_read, down = os.pipe()
        try:
            pid = os.fork()
        except OSError:  # no process to be had: the same steps, here
            for fd in (up, up_write, down_read, down):
                os.close(fd)
            return
        if pid == 0:
            os.close(up)
            os.close(down)
            _converse(up_write, down_read, first, second, args)
        os.close(up_write)
        os.close(down_read)
        self._pid, self._fds = pid, (up, down)

    def message(self) -> Any:
        """first's message (its exception is raised here). Called once, first."""
        if self._fds is None:
            self._state, message = self._steps[0](*self._args)
            return message
        try:
            return _decoded(_read_frame(self._fds[0]), 0)
        except BaseException:
            self.close()
            raise

    def answer(self, reply: R) -> None:
        """Give second its reply (it runs at once in the child; here, at result)."""
        self._reply = reply
        if self._fds is not None:
            try:
                _write_frame(self._fds[1], marshal.dumps(cast(Any, reply)))
            except OSError:  # the child is gone: result says so
                pass

    def result(self) -> T:
        """second's value (its exception is raised here). Called once, after answer."""
        if self._fds is None:
            value: T = self._steps[1](self._state, self._reply)
            return value
        try:
            data = _read_frame(self._fds[0])
        finally:
            status = self._end()
        done: T = _decoded(data, status)
        return done

    def close(self) -> None:
        """End the child (it sees no reply and leaves) and wait for it."""
        self._end()

    def _end(self) -> int:
        if self._fds is not None:
            for fd in self._fds:
                os.close(fd)
            self._fds = None
        if self._pid is None:
            return 0
        status = os.waitpid(self._pid, 0)[1]
        self._pid = None
        return status


def _converse(
    up: int,
    down: int,
    first: Callable[..., Any],
    second: Callable[[Any, Any], Any],
    args: tuple[Any, ...],
) -> None:
    """The child's side of a Dialogue: first, its message, the reply, second, its value."""
    code = 0
    try:
        kept: list[Any] = []

        def step() -> Any:
            state, message = first(*args)
            kept.append(state)
            return message

        sent = _encoded(step, ())
        _write_frame(up, sent)
        if kept:
            reply = _read_frame(down)
            if reply:  # no reply: the parent is done with it
                _write_frame(up, _encoded(second, (kept[0], marshal.loads(reply))))
    except BaseException:  # the parent sees no answer
        code = 1
    finally:
        os._exit(code)


def _write_frame(fd: int, data: bytes) -> None:
    view = memoryview(len(data).to_bytes(8, "little") + data)
    while view:
        view = view[os.write(fd, view) :]


def _read_frame(fd: int) -> bytes:
    """One frame's bytes (b"" when the other end closed first)."""
    head = _read_exactly(fd, 8)
    return _read_exactly(fd, int.from_bytes(head, "little")) if len(head) == 8 else b""


def _read_exactly(fd: int, size: int) -> bytes:
    parts: list[bytes] = []
    while size > 0:
        part = os.read(fd, min(size, 1 << 20))
        if not part:
            break
        parts.append(part)
        size -= len(part)
    return b"".join(parts)
