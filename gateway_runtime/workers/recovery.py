"""Pending jobs whose message the broker lost: found by the sweeper and sent again.

A job is enqueued once, as one Celery message, and the job store is the truth about it. Redis as
a broker can lose that message in a few windows: the server dies between the ``BRPOP`` that takes
the message from the queue and kombu's write of it to the unacked hash; a worker re-enqueues a job
that found no concurrency slot while Redis is restarting, and the failed task is acknowledged.
The job then stays ``pending`` with no message anywhere, and its batch never ends.

It is recognised without reading the broker's messages: when the queue is empty, every message
still alive is one a worker holds, and a worker holding a job's message leases the job at once
(the lease marks the job ``touched``); only a message with a countdown (a job sent to the back of
the queue, at most a second) waits in a worker unleased. So a pending job with no note and no
live lease, untouched for ``grace`` seconds (at least ``PENDING_GRACE``, at least the batch's
lease) while the queue is empty, has no message: it is sent again. A message that
was alive after all only makes a duplicate, which is harmless (the claim is atomic and the lease
exclusive: the second copy finds the job taken and ends).
"""

from __future__ import annotations

from celery import Celery

from .redis_store import RedisJobStore, _text

__all__ = ["PENDING_GRACE", "lost_pending", "parks", "queue_empty"]

PENDING_GRACE = 5.0
"""Least seconds a pending job must sit untouched (queue empty) before it is sent again."""

_PRIORITY_STEPS = (3, 6, 9)
"""kombu's Redis transport keeps priorities 1-9 in lists named ``{queue}\\x06\\x16{step}``."""


def parks(note: str | None) -> bool:
    """Whether a job's note parks it (a cap, an uncertain submit, a refused poll: a person or
    a new run must act) rather than telling why it waits to be sent again ("not sent: ...")."""
    return note is not None and not note.startswith("not sent")


def queue_empty(app: Celery, store: RedisJobStore) -> bool:
    """Whether the app's queue (all its priority lists) holds no message (the store's Redis is
    the broker: ``make_app`` gives both one URL)."""
    queue = str(app.conf.task_default_queue)
    keys = [queue] + [f"{queue}\x06\x16{step}" for step in _PRIORITY_STEPS]
    with store.db.pipeline() as pipe:
        for key in keys:
            pipe.llen(key)
        return sum(int(n) for n in pipe.execute()) == 0


def lost_pending(store: RedisJobStore, batch: str, now: float, grace: float) -> list[str]:
    """Pending jobs of ``batch`` (not parked, no live lease) untouched for ``grace`` seconds.

    Call only when the queue is empty. A job seen idle for the first time is marked touched
    now (its clock starts); those returned are marked again, so each is sent once per grace.
    """
    found: list[str] = []
    after = 0
    while ids := store.ids(batch, "pending", after, 1000):
        after = ids[-1][0]
        keys = [store.job_key(batch, job_id) for _, job_id in ids]
        with store.db.pipeline() as pipe:
            for key in keys:
                pipe.hmget(key, ["note", "lease_until", "touched"])
            rows = pipe.execute()
        with store.db.pipeline() as pipe:
            for (_, job_id), key, (note, until, touched) in zip(ids, keys, rows, strict=True):
                if parks(_text(note)) or float(until or 0) > now:
                    continue
                if touched is None:
                    pipe.hsetnx(key, "touched", repr(now))
                elif now - float(touched) >= grace:
                    found.append(job_id)
                    pipe.hset(key, "touched", repr(now))
            pipe.execute()
    return found
