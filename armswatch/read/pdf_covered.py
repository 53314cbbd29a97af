"""Text hidden under black boxes: a redaction drawn over text that was left in the PDF.

A reader of the page sees a black box, so the words under it are not what the document says;
quoting them would put words in the sender's mouth that the sender blacked out. Dark text
whose centre lies in a dark filled rectangle is replaced by one "█" per hidden run; light text
on a dark box (the Woo ground "5.1.2e" printed on the box, a table's header row) stays.
"""

from __future__ import annotations

HIDDEN = "█"
DARK = 0.25  # luminance (0 black .. 1 white) below which a fill or a text colour is dark
MAX_BOX_SHARE = 0.3  # larger dark areas are page backgrounds or photos, not redactions


def _luminance(rgb) -> float:
    r, g, b = (list(rgb) + [0, 0, 0])[:3]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _color_luminance(srgb: int) -> float:
    return _luminance((((srgb >> 16) & 255) / 255, ((srgb >> 8) & 255) / 255, (srgb & 255) / 255))


def dark_boxes(page) -> list[tuple[float, float, float, float]]:
    """Dark filled rectangles on the page that could hide text."""
    area = page.rect.width * page.rect.height
    boxes = []
    for d in page.get_drawings():
        fill = d.get("fill")
        if not fill or (d.get("fill_opacity") or 1.0) < 0.9 or _luminance(fill) > DARK:
            continue
        r = d["rect"]
        if r.height >= 3 and r.width >= 3 and r.width * r.height <= MAX_BOX_SHARE * area:
            boxes.append((r.x0, r.y0, r.x1, r.y1))
    return boxes


def _inside(x: float, y: float, boxes) -> bool:
    return any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in boxes)


def span_text(span: dict, boxes) -> tuple[str, int]:
    """A rawdict span's text with hidden characters replaced; and how many were hidden."""
    if _color_luminance(span.get("color", 0)) > 0.5:
        return "".join(ch["c"] for ch in span["chars"]), 0
    out: list[str] = []
    hidden = 0
    for ch in span["chars"]:
        x0, y0, x1, y1 = ch["bbox"]
        if _inside((x0 + x1) / 2, (y0 + y1) / 2, boxes):
            hidden += not ch["c"].isspace()
            if not out or out[-1] != HIDDEN:
                out.append(HIDDEN)
        else:
            out.append(ch["c"])
    return "".join(out), hidden
