"""Stores kept open between requests.

Opening a store per request costs a connection, the schema check and, worse, the store's caches
(OCR variants of query words), so the web layer borrows an open store from this pool and gives it
back. Each store is used by one request at a time; up to ``size`` idle stores are kept (SQLite: one
connection each, so readers run side by side under WAL; PostgreSQL: one server connection each).
A store whose request failed is closed, not returned: its connection may be broken.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from armswatch.errors import ArmswatchError, StoreError
from armswatch.store import Store, open_store

POOL_SIZE = 8


class StorePool:
    def __init__(self, url: str, size: int = POOL_SIZE):
        self.url = url
        self.size = size
        self._idle: list[Store] = []
        self._lock = threading.Lock()
        self.opened = 0  # stores opened in all (tests read it)

    @contextmanager
    def store(self) -> Iterator[Store]:
        with self._lock:
            store = self._idle.pop() if self._idle else None
        if store is None:
            store = open_store(self.url)
            self.opened += 1
        try:
            yield store
        except BaseException as e:
            # a user's bad query leaves the store as it was; anything else may have broken it
            if isinstance(e, ArmswatchError) and not isinstance(e, StoreError):
                self._give_back(store)
            else:
                store.close()
            raise
        self._give_back(store)

    def _give_back(self, store: Store) -> None:
        with self._lock:
            if len(self._idle) < self.size:
                self._idle.append(store)
                return
        store.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for store in idle:
            store.close()
