"""Rate limits shared by every API process: counters in Redis, never in one process's memory.

Fixed windows: a counter per (what, who, window) is incremented with ``INCR`` and expires
with its window, so any number of API processes behind a load balancer count together.
A caller over the limit is told how many seconds remain (HTTP 429 with ``Retry-After``).

If Redis does not answer, requests are let through (logged): uploads are stored in the
database and queued later by the sweep, so refusing citizens because the counter is down
would turn a Redis outage into an outage of the front door.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Final

from redis import Redis
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

KEY_PREFIX: Final[str] = "docintake:rate"


@dataclass(frozen=True)
class Limit:
    """At most ``count`` events per ``window_seconds`` for one caller."""

    name: str
    count: int
    window_seconds: int


class RateLimited(Exception):
    """The caller exceeded a limit; retry after ``retry_after`` seconds."""

    def __init__(self, limit: Limit, retry_after: int) -> None:
        super().__init__(f"rate limit {limit.name} exceeded; retry after {retry_after} s")
        self.limit = limit
        self.retry_after = retry_after


class RateLimiter:
    """Counts events per caller in Redis."""

    def __init__(self, connection: Redis) -> None:
        """Count in ``connection``'s Redis."""
        self.connection = connection

    def _key(self, limit: Limit, who: str, now: float) -> tuple[str, int]:
        window = int(now // limit.window_seconds)
        retry_after = int((window + 1) * limit.window_seconds - now) + 1
        return f"{KEY_PREFIX}:{limit.name}:{who}:{window}", retry_after

    def hit(self, limit: Limit, who: str) -> None:
        """Count one event for ``who``.

        Raises:
            RateLimited: this event is over the limit.
        """
        key, retry_after = self._key(limit, who, time.time())
        try:
            pipe = self.connection.pipeline()
            pipe.incr(key)
            pipe.expire(key, limit.window_seconds + 1)
            count = int(pipe.execute()[0])
        except RedisError as exc:
            log.warning("rate limit %s not counted: %s", limit.name, type(exc).__name__)
            return
        if count > limit.count:
            raise RateLimited(limit, retry_after)

    def check(self, limit: Limit, who: str) -> None:
        """Refuse ``who`` if already over the limit, without counting (for failures that
        are counted only once they happen, e.g. wrong receipt tokens).

        Raises:
            RateLimited: ``who`` is over the limit in this window.
        """
        key, retry_after = self._key(limit, who, time.time())
        try:
            value = self.connection.get(key)
        except RedisError as exc:
            log.warning("rate limit %s not checked: %s", limit.name, type(exc).__name__)
            return
        if value is not None and int(value) >= limit.count:
            raise RateLimited(limit, retry_after)
