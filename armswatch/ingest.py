"""Ingest: files and folders in, documents in the store, failures listed.

Streaming all the way: paths are walked lazily, at most ``workers * IN_FLIGHT * CHUNK``
files are being parsed at any time, and prepared documents are written in batches of ``batch_size``,
one transaction each. A killed ingest therefore leaves whole batches only; a rerun skips the
files already stored (same path, size and mtime) and completes the rest. Parsing and text
analysis run in worker processes, so all cores are used.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing import get_context
from pathlib import Path

from armswatch.errors import ArmswatchError
from armswatch.read import FORMATS
from armswatch.read.pdf_ocr import warn_once
from armswatch.store import Store
from armswatch.store.rows import Prepared, SourceFile, prepare

CHUNK = 8  # files per worker task
IN_FLIGHT = 2  # tasks queued per worker
BATCH_SIZE = 200  # documents per transaction
MAX_LISTED = 1000  # failures listed by name; the rest are counted


@dataclass
class IngestResult:
    files: int = 0  # files looked at
    added: int = 0  # new documents stored
    duplicates: int = 0  # read, but the same text was already stored
    unchanged: int = 0  # skipped: stored by an earlier ingest, file unchanged
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, one-line reason), the first MAX_LISTED
    failed_count: int = 0

    def fail(self, path: str, reason: str) -> None:
        self.failed_count += 1
        if len(self.failed) < MAX_LISTED:  # a folder of a million bad files must not fill memory
            self.failed.append((path, reason))

    def summary(self) -> str:
        return (
            f"{self.files} files: {self.added} new documents, {self.duplicates} already stored, "
            f"{self.unchanged} unchanged since the last ingest, {self.failed_count} failed"
        )

    def to_dict(self) -> dict:
        return {
            "files": self.files,
            "added": self.added,
            "duplicates": self.duplicates,
            "unchanged": self.unchanged,
            "failed_count": self.failed_count,
            "failed": [{"path": p, "error": e} for p, e in self.failed],
        }


def iter_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """(file, None) for every readable candidate, (path, reason) for a path that cannot be.
    Folders are walked lazily in name order; inside them only known formats are taken and
    hidden files are skipped. A file named explicitly is always tried."""
    for given in paths:
        p = Path(given)
        if p.is_dir():
            unreadable: list[OSError] = []
            for root, dirs, files in os.walk(p, onerror=unreadable.append):
                while unreadable:
                    e = unreadable.pop()
                    yield Path(e.filename or root), f"{e.filename}: cannot read folder ({e.strerror})"
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    f = Path(root) / name
                    if not name.startswith(".") and f.suffix.lower() in FORMATS and f.is_file():
                        yield f, None
            for e in unreadable:
                yield Path(e.filename or p), f"{e.filename}: cannot read folder ({e.strerror})"
        elif p.exists():
            yield p, None
        else:
            yield p, f"{p}: no such file or folder"


def source_of(path: Path) -> SourceFile:
    st = path.stat()
    return SourceFile(str(path.resolve()), st.st_size, st.st_mtime)


def parse_one(path: str, source: SourceFile | None) -> tuple[str, list[Prepared] | None, str | None]:
    """Worker: read and analyse one file (several documents when it is a Woo bundle). Never
    raises: a bad file gives its reason."""
    from armswatch.pipeline import extract_records

    try:
        return path, [prepare(record, source) for record in extract_records(path)], None
    except ArmswatchError as e:
        return path, None, str(e).splitlines()[0] if str(e) else f"{path}: unreadable"
    except MemoryError:
        return path, None, f"{path}: too large to process"
    except Exception as e:  # a reader choking on a malformed file is bad input, not a crash
        first = (str(e).splitlines() or [""])[0][:200]
        return path, None, f"{path}: cannot read ({type(e).__name__}: {first})"


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    workers: int | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[str], None] | None = None,
    parse: Callable[[str, SourceFile | None], tuple] = parse_one,
) -> IngestResult:
    """Ingest files and folders into ``store``; see the module docstring. ``parse`` reads
    one file (a module-level function, as it runs in worker processes)."""
    workers = max(1, workers or _cores())
    res = IngestResult()
    batch: list[Prepared] = []

    def todo() -> Iterator[tuple[str, SourceFile | None]]:
        for path, err in iter_files(paths):
            res.files += 1
            if err:
                res.fail(str(path), err)
                _tick(progress, str(path))
                continue
            try:
                src = source_of(path)
            except OSError as e:
                res.fail(str(path), f"{path}: cannot read ({e.strerror})")
                continue
            if store.known_source(src):
                res.unchanged += 1
                _tick(progress, str(path))
                continue
            yield str(path), src

    def collect(path: str, prep: Prepared | list[Prepared] | None, err: str | None) -> None:
        if err:
            res.fail(path, err)
        elif prep is not None:
            # a bundle's documents go into one transaction: a killed ingest stores all or none
            preps = prep if isinstance(prep, list) else [prep]
            for p in preps:
                if p.extra.get("ocr_error"):
                    warn_once(p.extra["ocr_error"])
            batch.extend(preps)
            if len(batch) >= batch_size:
                flush()
        _tick(progress, path)

    def flush() -> None:
        if batch:
            new = store.add_prepared(batch)
            res.added += new
            res.duplicates += len(batch) - new
            batch.clear()

    if workers == 1:
        for path, src in todo():
            collect(*parse(path, src))
    else:
        _parallel(todo(), workers, collect, parse)
    flush()
    res.failed.sort()
    return res


def _cores() -> int:
    """The cores this process may run on (fewer than the machine's under a CPU limit)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _tick(progress: Callable[[str], None] | None, path: str) -> None:
    if progress:
        progress(path)


def die_with_parent(parent: int) -> None:
    """Worker initialiser: end with the ingest that started this worker, even when it is killed
    outright (SIGKILL runs no clean-up, and an orphaned worker would wait for work for ever).
    Linux's PR_SET_PDEATHSIG sends SIGTERM when the parent dies; elsewhere this does nothing."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)


def parse_chunk(
    parse: Callable[[str, SourceFile | None], tuple], jobs: list[tuple[str, SourceFile | None]]
) -> list[tuple]:
    """Worker: ``parse`` over several files, one task: a task per file cost the main process
    a submit, a future and a wake-up each, and the workers a round trip each."""
    return [parse(*job) for job in jobs]


def _parallel(
    jobs: Iterator[tuple[str, SourceFile | None]],
    workers: int,
    collect: Callable[..., None],
    parse: Callable = parse_one,
) -> None:
    """Run ``parse`` over ``jobs`` in a process pool, ``CHUNK`` files per task, with a bounded
    queue (``IN_FLIGHT`` tasks per worker).

    A file that kills its worker (a reader crash) breaks the whole pool, so every file then
    in flight is a suspect: the pool restarts and the suspects are parsed one at a time, so
    a crash is pinned on the one file that causes it and the others are stored."""
    ctx = get_context("spawn")  # no fork: the parent may run threads (progress bar, web server)

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=workers, mp_context=ctx, initializer=die_with_parent, initargs=(os.getpid(),)
        )

    pool = new_pool()
    pending: dict[Future, tuple[list[tuple[str, SourceFile | None]], bool]] = {}
    suspects: list[tuple[str, SourceFile | None]] = []
    exhausted = False
    try:
        while True:
            while len(pending) < (1 if suspects else workers * IN_FLIGHT):
                if suspects:
                    chunk, alone = [suspects.pop()], True
                else:
                    chunk, alone = ([] if exhausted else list(islice(jobs, CHUNK))), False
                    if not chunk:
                        exhausted = True
                        break
                pending[pool.submit(parse_chunk, parse, chunk)] = (chunk, alone)
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                chunk, alone = pending.pop(fut)
                try:
                    results = fut.result()
                except BrokenProcessPool:
                    broken = True
                    if alone:
                        collect(chunk[0][0], None, f"{chunk[0][0]}: the reader crashed on this file")
                    else:
                        suspects.extend(chunk)
                    continue
                for result in results:
                    collect(*result)
            if broken:
                suspects.extend(job for chunk, _ in pending.values() for job in chunk)
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
