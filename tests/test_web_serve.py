"""`armswatch serve` end to end: the real command in a subprocess on a free localhost port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import webdata

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db: str, env_token: str | None) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("ARMSWATCH_TOKEN", None)
    if env_token:
        env["ARMSWATCH_TOKEN"] = env_token
    proc = subprocess.Popen(
        [sys.executable, "-m", "armswatch", "serve", "--port", str(port), "--db", db],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            httpx.get(base + "/api/stats", timeout=1)
            return proc, base
        except httpx.HTTPError as e:
            if proc.poll() is not None:
                raise AssertionError(proc.stderr.read().decode()) from e
            time.sleep(0.1)
    proc.terminate()
    raise AssertionError("serve did not answer")


def test_serve_answers_and_takes_the_token_from_the_environment(tmp_path):
    db = str(tmp_path / "armswatch.db")
    webdata.fill(db)
    proc, base = _serve(db, "s3cret")
    try:
        assert httpx.get(base + "/api/stats").json()["documents"] == 3
        assert "/api/search" in httpx.get(base + "/openapi.json").json()["paths"]
        assert httpx.get(base + "/upload").status_code == 200
        assert httpx.post(base + "/api/documents", files={"file": ("a.txt", b"x")}).status_code == 401
    finally:
        proc.terminate()
        proc.wait(10)
    proc, base = _serve(db, None)
    try:
        assert httpx.get(base + "/upload").status_code == 403
        r = httpx.post(
            base + "/api/documents", files={"file": ("a.txt", b"x")}, headers={"Authorization": "Bearer s3cret"}
        )
        assert r.status_code == 403
    finally:
        proc.terminate()
        proc.wait(10)


def test_serve_rejects_a_bad_port():
    r = subprocess.run(
        [sys.executable, "-m", "armswatch", "serve", "--port", "70000"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
    )
    assert r.returncode == 2 and "Traceback" not in r.stderr
