"""Response models: they make /openapi.json describe the API. They are lenient on purpose
(optional fields, extra keys kept) so that a richer store record never turns into a 500."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Error(BaseModel):
    detail: str


class Hit(Open):
    id: str
    date: Any = None
    type: str | None = None
    chamber: str | None = None
    subject: str | None = None
    sender: Any = None
    score: float | None = None
    snippet: str | None = None
    highlights: list[list[int]] = []
    title: str | None = Field(None, description="the document's title (see title_derived)")
    title_derived: bool = Field(False, description="true when the title was taken from the running text")
    identifier: str | None = Field(None, description="official identifier, e.g. Kamerstukken II 2022/23, 36045, nr. 20")
    url: str | None = Field(None, description="official URL of the document, when known")


class SearchResult(Open):
    query: str
    total: int = Field(
        description="documents matching; an estimate (two significant figures) when total_exact is false"
    )
    total_exact: bool = Field(
        True,
        description="false when very many documents match and the total was estimated "
        "from the newest of them; ask exact_total=true for a count",
    )
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = {}
    facets_exact: bool = Field(True, description="false when the facets were counted over the first matches only")
    suggestions: list[str] = Field([], description="when nothing is found: queries that do find documents")
    facet_filters: dict[str, dict[str, str]] = Field(
        {}, description="the filter value of a facet entry where it differs from the entry (a person's every spelling)"
    )
    ranking_exact: bool = Field(True, description="false when only the most recently stored matches were ranked")


class Fact(Open):
    """A fact: its kind, the kind's fields (see CONTRACT.md), quote and span, and provenance."""

    kind: str
    quote: str | None = None
    span: list[int] | None = None
    document_id: str | None = None
    document_date: Any = None
    document_type: str | None = None
    document_subject: str | None = None
    document_title: str | None = None
    document_identifier: str | None = None
    document_url: str | None = None


class FactPage(BaseModel):
    facts: list[Fact]
    limit: int
    offset: int
    more: bool


class Origin(Open):
    """Where `armswatch sync` fetched a document."""

    source: str
    item: str
    url: str
    retrieved_at: str


class SyncRun(Open):
    """One sync (a source and a query, '' for the source's default selection) and how far it got."""

    source: str
    query: str
    cursor: str | None = None
    last_run: str | None = None
    last_status: str | None = None
    runs: int = 0
    added: int = 0
    failed: int = 0
    stored_from_source: dict[str, Any] = {}


class SyncSource(Open):
    source: str
    default_query: str
    syncs: list[SyncRun] = []


class SyncStatus(Open):
    sources: list[SyncSource]


class Document(Open):
    """The document record of the contract (CONTRACT.md, "The document record")."""

    id: str
    source: dict[str, Any] | None = None
    type: str | None = None
    chamber: str | None = None
    date: Any = None
    subject: str | None = None
    reference: str | None = None
    kamerstuk: dict[str, Any] | None = None
    sender: dict[str, Any] | None = None
    co_senders: list[Any] = []
    addressee: str | None = None
    questioners: list[dict[str, Any]] = []
    questions: list[dict[str, Any]] = []
    redactions: list[dict[str, Any]] = []
    body: str = ""
    facts: list[dict[str, Any]] = []
    origins: list[Origin] = []
    citation: dict[str, Any] | None = Field(
        None, description="title (title_derived: taken from the text), identifier, url, identifiers, cite line"
    )
    ocr: dict[str, Any] | None = Field(
        None,
        description="pages read by OCR (Tesseract, Dutch model): pages (1-based), mean_confidence (0-100), page_confidence, "
        "engine, dpi; skipped_pages and error when OCR could not run; null when no page needed OCR",
    )
    bundle: dict[str, Any] | None = Field(
        None,
        description="the document's place in a Woo bundle: file, role (document or decision), pages, number, "
        "inventory row, passages [{page, woo_article, ground, box}], decision {id, reference, date, pages}",
    )


class Stats(Open):
    documents: int
    facts: dict[str, int] = {}
    by_type: dict[str, int] = {}
    first_date: Any = None
    last_date: Any = None


class LawParty(Open):
    state: str
    treaty: str
    on: Any = None
    party: bool
    since: Any = None
    until: Any = None
    sources: list[Any] = []


class LawCount(Open):
    group: str
    treaty: str
    on: Any = None
    members: int
    count: int
    parties: list[str] = []
    non_parties: list[str] = []


class LawAssess(Open):
    actor: str
    weapon: str
    on: Any = None
    treaty_prohibited: bool
    treaties: list[dict[str, Any]] = []
    ihl_rules: list[Any] = []
    reasoning: str = ""


class Lane(BaseModel):
    kind: str
    label: str
    codes: dict[str, str | None] = Field(
        {}, description="the codes the lane stands for (weapon, actor, donor, recipient)"
    )
    counts: dict[str, int]
    total: int


class Timeline(BaseModel):
    by: str
    months: list[str]
    lanes: list[Lane]
    undated: int
    truncated: list[str] = Field(
        [],
        description="fact kinds of which only the first max_facts stored were "
        "counted; narrow by weapon, actor or dates for a complete chart",
    )
    max_facts: int | None = None


class Uploaded(BaseModel):
    id: str
    new: bool
    type: str | None = None
    date: Any = None
    subject: str | None = None
    facts: int
    documents: list[dict[str, Any]] | None = Field(
        None, description="a Woo bundle: every document stored from the file, {id, role, number, pages}"
    )
