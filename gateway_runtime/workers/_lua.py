"""Lua scripts of the Redis job store: each transition, cap, lease and token is one atomic step.

Redis runs a script without interleaving any other command, so "check the state, check the caps,
move" cannot race between workers on any number of machines. Clocks are Redis's own (``TIME``):
leases and the rate bucket mean the same to every worker whatever its machine's clock says.
Keys: ``KEYS[1]`` the job hash, ``KEYS[2]`` the batch hash, then the per-state sorted sets (score:
the job's line order) the job leaves and enters. Each script reads what it needs in one ``HMGET``
and writes in one ``HSET``: a job costs about 25 Redis commands of ours (bench/bench_workers.py).
"""

from __future__ import annotations

__all__ = ["ACQUIRE_SLOT", "CLAIM", "LEASE", "MOVE", "SETTLE", "TAKE_TOKEN"]

_NOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
"""

CLAIM = """
-- pending -> submitting, reserving one task and its price under the batch's caps.
-- KEYS: job, batch, pending set, submitting set. ARGV: idempotency key, now, seq, job id.
local j = redis.call('HMGET', KEYS[1], 'state', 'idempotency_key', 'price', 'attempts', 'note')
if j[1] == 'submitting' and j[2] == ARGV[1] then
  return 'claimed'  -- a retried call whose first reply was lost (Redis restarting)
end
if j[1] ~= 'pending' then return 'taken' end
local m = redis.call('HMGET', KEYS[2], 'max_tasks', 'max_cost', 'tasks', 'cost', 'unknown_price')
local price = tonumber(j[3] or m[5] or '0') or 0
local tasks = tonumber(m[3] or '0')
local cost = tonumber(m[4] or '0')
if m[1] and tasks + 1 > tonumber(m[1]) then return 'cap' end
if m[2] and cost + price > tonumber(m[2]) + 1e-9 then return 'cap' end
redis.call('HINCRBY', KEYS[2], 'tasks', 1)
if price ~= 0 then redis.call('HINCRBYFLOAT', KEYS[2], 'cost', price) end
redis.call('HSET', KEYS[1], 'state', 'submitting', 'idempotency_key', ARGV[1],
           'submitted_at', ARGV[2], 'attempts', (tonumber(j[4] or '0') or 0) + 1)
if j[5] then redis.call('HDEL', KEYS[1], 'note') end
redis.call('ZREM', KEYS[3], ARGV[4])
redis.call('ZADD', KEYS[4], tonumber(ARGV[3]), ARGV[4])
return 'claimed'
"""

MOVE = """
-- One conditional transition. KEYS: job, batch, from set, to set.
-- ARGV: from state, to state, refund (1/0), fields to set (JSON object of strings),
-- fields to delete (JSON array), seq, attempts delta, polls delta, job id.
local j = redis.call('HMGET', KEYS[1], 'state', 'price')
if j[1] ~= ARGV[1] then return 0 end
if ARGV[3] == '1' then
  local price = tonumber(j[2] or redis.call('HGET', KEYS[2], 'unknown_price') or '0') or 0
  redis.call('HINCRBY', KEYS[2], 'tasks', -1)
  if price ~= 0 then redis.call('HINCRBYFLOAT', KEYS[2], 'cost', -price) end
end
local set = {'state', ARGV[2]}
for k, v in pairs(cjson.decode(ARGV[4])) do
  set[#set + 1] = k
  set[#set + 1] = v
end
redis.call('HSET', KEYS[1], unpack(set))
local gone = cjson.decode(ARGV[5])
if #gone > 0 then redis.call('HDEL', KEYS[1], unpack(gone)) end
if ARGV[7] ~= '0' then redis.call('HINCRBY', KEYS[1], 'attempts', tonumber(ARGV[7])) end
if ARGV[8] ~= '0' then redis.call('HINCRBY', KEYS[1], 'polls', tonumber(ARGV[8])) end
redis.call('ZREM', KEYS[3], ARGV[9])
redis.call('ZADD', KEYS[4], tonumber(ARGV[6]), ARGV[9])
return 1
"""

LEASE = (
    _NOW
    + """
-- Take or renew the job's lease (and mark the job touched: a worker had its message).
-- KEYS: job. ARGV: owner, seconds, read (1: also return the job).
-- Returns {1} (or {1, the job's fields}) when the caller holds it now, {0} when a live lease is
-- another worker's, {-1} when there is no such job.
local l = redis.call('HMGET', KEYS[1], 'lease_owner', 'lease_until', 'seq')
if not l[3] then return {-1} end
if l[1] and l[1] ~= ARGV[1] and tonumber(l[2] or '0') > now then return {0} end
redis.call('HSET', KEYS[1], 'lease_owner', ARGV[1], 'lease_until', now + tonumber(ARGV[2]),
           'touched', now)
if l[1] and l[1] ~= ARGV[1] then redis.call('HINCRBY', KEYS[1], 'takeovers', 1) end
if ARGV[3] == '1' then return {1, redis.call('HGETALL', KEYS[1])} end
return {1}
"""
)

SETTLE = """
-- A worker is done with a job: give its lease back (if still the owner's) and, with ARGV[3]
-- '1', the job's concurrency slot. KEYS: job, slots set. ARGV: owner, job id, release slot.
if ARGV[3] == '1' then redis.call('ZREM', KEYS[2], ARGV[2]) end
if redis.call('HGET', KEYS[1], 'lease_owner') == ARGV[1] then
  redis.call('HDEL', KEYS[1], 'lease_owner', 'lease_until')
end
return 1
"""

ACQUIRE_SLOT = (
    _NOW
    + """
-- One of the batch's global concurrency slots. KEYS: slots set. ARGV: member, limit, seconds.
-- Expired slots (a safety net: slots are released when their job settles) are swept when full.
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then
  if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
    redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
    if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
  end
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
return 1
"""
)

TAKE_TOKEN = (
    _NOW
    + """
-- Global token bucket: ARGV rate per second (burst max(1, rate)). KEYS: bucket hash.
-- Returns 0 when a token was taken, else the seconds until one is there (as a string).
local rate = tonumber(ARGV[1])
local cap = math.max(1, rate)
local b = redis.call('HMGET', KEYS[1], 'tokens', 'stamp')
local tokens = tonumber(b[1] or cap)
local stamp = tonumber(b[2] or now)
tokens = math.min(cap, tokens + (now - stamp) * rate)
if tokens >= 1 then
  redis.call('HSET', KEYS[1], 'tokens', tokens - 1, 'stamp', now)
  return 0
end
redis.call('HSET', KEYS[1], 'tokens', tokens, 'stamp', now)
return tostring((1 - tokens) / rate)
"""
)
