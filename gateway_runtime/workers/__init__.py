"""Batches and single tasks on Celery workers over Redis (the optional ``workers`` extra).

The layer above ``batch``: it keeps the batch runner's job states in Redis
(:class:`~gateway_runtime.workers.redis_store.RedisJobStore`), task ids in a shared journal
(:class:`~gateway_runtime.workers.redis_journal.RedisJournal`), and runs jobs in Celery worker
processes on any number of machines (``celery_app``). Importing it needs ``pip install
'gateway-clientgen-runtime[workers]'``. See docs/workers.md.
"""
