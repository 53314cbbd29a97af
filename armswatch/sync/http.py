"""A polite HTTP client for the sync sources: one request at a time with a pause between
requests, a User-Agent that names armswatch, a timeout per request, a bound on the size of a
response, and retries with exponential backoff on 429 and 5xx (honouring Retry-After) and on
network errors. Every failure that survives the retries is a :class:`SyncError`, one line.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from armswatch import __version__
from armswatch.errors import InputError

USER_AGENT = f"armswatch/{__version__} (sync of Dutch government publications; +https://pypi.org/project/armswatch/)"
TIMEOUT = httpx.Timeout(60.0, connect=15.0)  # per request; a large PDF over a slow line needs a minute
MAX_BYTES = 64 * 1024 * 1024  # the readers refuse larger files anyway (armswatch/read)
RETRIES = 5  # attempts after the first
BACKOFF = 1.0  # seconds before the first retry, doubled each time
MAX_WAIT = 300.0  # the longest Retry-After we honour; a longer one ends the run
DELAY = 1.0  # seconds between requests


class SyncError(InputError):
    """A source could not be read: unreachable, refusing, or answering something malformed.
    ``permanent``: asking again will not help (a 4xx other than 429, a response over the bound),
    so a file that fails so is skipped rather than ending the run."""

    def __init__(self, message: str, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


@dataclass
class Response:
    url: str
    status: int
    content: bytes
    content_type: str

    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")


class Client:
    def __init__(
        self,
        delay: float = DELAY,
        timeout: httpx.Timeout | float = TIMEOUT,
        max_bytes: int = MAX_BYTES,
        retries: int = RETRIES,
        backoff: float = BACKOFF,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.delay, self.max_bytes, self.retries, self.backoff = delay, max_bytes, retries, backoff
        self.sleep = sleep
        self.requests = 0  # requests sent, retries included
        self._last = 0.0
        self._http = httpx.Client(timeout=timeout, headers={"User-Agent": USER_AGENT}, follow_redirects=True)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, params: dict[str, Any] | None = None, accept: str | None = None) -> Response:
        """The body of a 200 answer; retries what can pass (429, 5xx, network errors)."""
        headers = {"Accept": accept} if accept else {}
        for attempt in range(self.retries + 1):
            self._pause()
            try:
                status, body, ctype, wait = self._once(url, params, headers)
            except httpx.TransportError as e:
                if attempt == self.retries:
                    raise SyncError(f"{_short(url)}: {_reason(e)} (gave up after {attempt + 1} attempts)") from None
                self.sleep(self.backoff * 2**attempt)
                continue
            if status == 200:
                return Response(url, status, body, ctype)
            if status == 429 or status >= 500:
                if attempt == self.retries:
                    raise SyncError(f"{_short(url)}: HTTP {status} (gave up after {attempt + 1} attempts)")
                delay = wait if wait is not None else self.backoff * 2**attempt
                if delay > MAX_WAIT:
                    raise SyncError(f"{_short(url)}: HTTP {status}, asked to wait {delay:.0f} s; try again later")
                self.sleep(delay)
                continue
            raise SyncError(f"{_short(url)}: HTTP {status}", permanent=True)
        raise AssertionError("unreachable")

    def _once(self, url: str, params: dict[str, Any] | None, headers: dict[str, str]):
        """One request, its body read up to max_bytes: (status, body, content type, Retry-After)."""
        self.requests += 1
        with self._http.stream("GET", url, params=params, headers=headers) as r:
            declared = r.headers.get("Content-Length")
            if r.status_code == 200 and declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise SyncError(
                    f"{_short(url)}: {int(declared)} bytes, more than the {self.max_bytes} bytes allowed",
                    permanent=True,
                )
            body = bytearray()
            if r.status_code == 200:
                for chunk in r.iter_bytes():
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise SyncError(f"{_short(url)}: more than the {self.max_bytes} bytes allowed", permanent=True)
            ctype = r.headers.get("Content-Type", "").split(";")[0].strip().lower()
            return r.status_code, bytes(body), ctype, retry_after(r.headers.get("Retry-After"))

    def _pause(self) -> None:
        gap = self.delay - (time.monotonic() - self._last)
        if gap > 0:
            self.sleep(gap)
        self._last = time.monotonic()


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _short(url: str) -> str:
    return url if len(url) <= 160 else url[:157] + "..."


def _reason(e: Exception) -> str:
    if isinstance(e, httpx.TimeoutException):
        return "timed out"
    first = (str(e).splitlines() or [""])[0]
    return f"cannot connect ({first or type(e).__name__})"
