"""Lua scripts of the Redis job store: each transition, cap, lease and token is one atomic step.

Redis runs a script without interleaving any other command, so "check the state, check the caps,
move" cannot race between workers on any number of machines. Clocks are Redis's own (``TIME``):
leases and the rate bucket mean the same to every worker whatever its machine's clock says.
Keys: ``KEYS[1]`` the job hash, ``KEYS[2]`` the batch hash, then the per-state sorted sets (score:
the job's line order) the job leaves and enters.
"""

from __future__ import annotations

__all__ = ["ACQUIRE_SLOT", "CLAIM", "LEASE", "MOVE", "TAKE_TOKEN"]

_NOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
"""

_PRICE = """
local function price_of(job, batch)
  local p = redis.call('HGET', job, 'price')
  if p then return tonumber(p) end
  return tonumber(redis.call('HGET', batch, 'unknown_price') or '0') or 0
end
"""

CLAIM = (
    _PRICE
    + """
-- pending -> submitting, reserving one task and its price under the batch's caps.
-- KEYS: job, batch, pending set, submitting set. ARGV: idempotency key, now, seq.
local state = redis.call('HGET', KEYS[1], 'state')
if state == 'submitting' and redis.call('HGET', KEYS[1], 'idempotency_key') == ARGV[1] then
  return 'claimed'  -- a retried call whose first reply was lost (Redis restarting)
end
if state ~= 'pending' then return 'taken' end
local m = redis.call('HMGET', KEYS[2], 'max_tasks', 'max_cost', 'tasks', 'cost')
local price = price_of(KEYS[1], KEYS[2])
local tasks = tonumber(m[3] or '0')
local cost = tonumber(m[4] or '0')
if m[1] and tasks + 1 > tonumber(m[1]) then return 'cap' end
if m[2] and cost + price > tonumber(m[2]) + 1e-9 then return 'cap' end
redis.call('HINCRBY', KEYS[2], 'tasks', 1)
redis.call('HINCRBYFLOAT', KEYS[2], 'cost', price)
redis.call('HSET', KEYS[1], 'state', 'submitting', 'idempotency_key', ARGV[1],
           'submitted_at', ARGV[2])
redis.call('HINCRBY', KEYS[1], 'attempts', 1)
redis.call('HDEL', KEYS[1], 'note')
redis.call('ZREM', KEYS[3], redis.call('HGET', KEYS[1], 'job_id'))
redis.call('ZADD', KEYS[4], tonumber(ARGV[3]), redis.call('HGET', KEYS[1], 'job_id'))
return 'claimed'
"""
)

MOVE = (
    _PRICE
    + """
-- One conditional transition. KEYS: job, batch, from set, to set.
-- ARGV: from state, to state, refund (1/0), fields to set (JSON object of strings),
-- fields to delete (JSON array), seq, attempts delta, polls delta.
if redis.call('HGET', KEYS[1], 'state') ~= ARGV[1] then return 0 end
local id = redis.call('HGET', KEYS[1], 'job_id')
if ARGV[3] == '1' then
  redis.call('HINCRBY', KEYS[2], 'tasks', -1)
  redis.call('HINCRBYFLOAT', KEYS[2], 'cost', -price_of(KEYS[1], KEYS[2]))
end
local set = cjson.decode(ARGV[4])
for k, v in pairs(set) do redis.call('HSET', KEYS[1], k, v) end
for _, k in ipairs(cjson.decode(ARGV[5])) do redis.call('HDEL', KEYS[1], k) end
redis.call('HSET', KEYS[1], 'state', ARGV[2])
redis.call('HINCRBY', KEYS[1], 'attempts', tonumber(ARGV[7]))
redis.call('HINCRBY', KEYS[1], 'polls', tonumber(ARGV[8]))
redis.call('ZREM', KEYS[3], id)
redis.call('ZADD', KEYS[4], tonumber(ARGV[6]), id)
return 1
"""
)

LEASE = (
    _NOW
    + """
-- Take or renew the job's lease. KEYS: job. ARGV: owner, seconds, release (1/0).
-- Returns 1 when the caller holds it now (or released it), 0 when a live lease is another's.
local owner = redis.call('HGET', KEYS[1], 'lease_owner')
local until_ = tonumber(redis.call('HGET', KEYS[1], 'lease_until') or '0')
if ARGV[3] == '1' then
  if owner == ARGV[1] then redis.call('HDEL', KEYS[1], 'lease_owner', 'lease_until') end
  return 1
end
if owner and owner ~= ARGV[1] and until_ > now then return 0 end
redis.call('HSET', KEYS[1], 'lease_owner', ARGV[1], 'lease_until', now + tonumber(ARGV[2]))
if owner and owner ~= ARGV[1] then redis.call('HINCRBY', KEYS[1], 'takeovers', 1) end
return 1
"""
)

ACQUIRE_SLOT = (
    _NOW
    + """
-- One of the batch's global concurrency slots. KEYS: slots set. ARGV: member, limit, seconds.
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZSCORE', KEYS[1], ARGV[1]) or redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
  return 1
end
return 0
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
