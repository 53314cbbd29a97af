"""The API's documentation is served from this server (Swagger UI from its package), and every
GET route answers HEAD too."""

from __future__ import annotations

from webdata import client, stored  # noqa: F401  (fixtures)


def test_api_docs_page_loads_swagger_ui_from_this_server(client):
    r = client.get("/api/docs")
    assert r.status_code == 200 and 'id="swagger-ui"' in r.text
    assert "//" not in r.text.replace("<!doctype", "")  # no other host: every src and href is a local path
    assert "script-src 'self'" in r.headers["content-security-policy"]
    for asset in ("/api/docs/files/swagger-ui-bundle.js", "/api/docs/files/swagger-ui.css", "/api/docs/start.js"):
        got = client.get(asset)
        assert got.status_code == 200 and len(got.content) > 20, asset
    assert "/openapi.json" in client.get("/api/docs/start.js").text
    assert "script-src" not in client.get("/").headers["content-security-policy"]  # the pages stay script-free


def test_head_is_answered_wherever_get_is(client, stored):
    letter = stored[1]["letter"]
    for path in ("/", "/facts", "/timeline", "/law", f"/documents/{letter.id}", "/api/search", "/api/stats",
                 f"/api/documents/{letter.id}", "/openapi.json", "/api/docs", "/static/style.css"):  # fmt: skip
        got, head = client.get(path), client.head(path)
        assert head.status_code == 200, path
        assert head.content == b"" and head.headers["content-type"] == got.headers["content-type"], path
    assert client.head("/documents/" + "a" * 64).status_code == 404
