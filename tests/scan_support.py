"""Scans made here: a letter typeset to a PDF, then photographed back as an image-only PDF
with a little skew and noise, as a scanner in a ministry's post room would."""

from __future__ import annotations

import random
import textwrap

import numpy as np
import pymupdf

# A letter of our own (no real document's words): date, reference, a weapon-use claim and a figure.
OWN_LETTER = [
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
    "",
    "Datum 12 maart 2024",
    "Betreft Inzet van clustermunitie bij Charkiv",
    "Ons kenmerk BS2024011223",
    "",
    "Geachte voorzitter,",
    "",
    "Met deze brief informeer ik uw Kamer over de bevindingen van de MIVD over de strijd rond "
    "Charkiv. De MIVD acht het zeer waarschijnlijk dat Rusland in februari 2024 clustermunitie "
    "heeft ingezet tegen woonwijken in Charkiv.",
    "",
    "Bij deze aanvallen zijn volgens de Oekraïense autoriteiten ten minste 40 clusterbommen "
    "neergekomen in de stad. Het kabinet veroordeelt deze aanvallen in de sterkste bewoordingen.",
    "",
    "De Minister van Defensie,",
    "",
    "J.A. de Vries",
]

WIDTH, HEIGHT = 595, 842  # A4 in points
LEFT, TOP, BOTTOM = 70, 70, 780
SIDEBAR_X = 440


def typeset(path, lines: list[str], *, sidebar: list[str] = (), size: float = 10, wrap: int = 78) -> None:
    """A text PDF of ``lines`` (wrapped, flowing over pages); ``sidebar`` in the right-hand
    column of the first page, as in the Rijksoverheid letter template."""
    doc = pymupdf.open()
    page = None
    y = HEIGHT
    for line in lines:
        for part in textwrap.wrap(line.replace("\t", " "), wrap) or [""]:
            if y > BOTTOM:
                page = doc.new_page(width=WIDTH, height=HEIGHT)
                y = TOP
            page.insert_text((LEFT, y), part, fontsize=size, fontname="helv")
            y += size * 1.4
    first = doc[0]
    for i, line in enumerate(sidebar):
        first.insert_text((SIDEBAR_X, 150 + i * 10), line, fontsize=7, fontname="helv")
    doc.save(path)
    doc.close()


def scan(text_pdf, path, *, dpi: int = 200, skew: float = 0.8, noise: float = 0.003, seed: int = 7) -> None:
    """An image-only copy of ``text_pdf``: each page rendered at ``dpi``, turned by ``skew``
    degrees, speckled with salt-and-pepper ``noise`` (a share of the pixels) and grey grain."""
    rng = random.Random(seed)
    grain = np.random.default_rng(seed)
    src = pymupdf.open(text_pdf)
    out = pymupdf.open()
    for page in src:
        pix = page.get_pixmap(matrix=pymupdf.Matrix(dpi / 72, dpi / 72).prerotate(skew), colorspace="gray")
        px = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
        px = np.clip(px.astype(np.int16) + grain.normal(0, 8, px.shape).astype(np.int16), 0, 255).astype(np.uint8)
        flat = px.reshape(-1).copy()
        for i in rng.sample(range(flat.size), int(noise * flat.size)):
            flat[i] = 0 if rng.random() < 0.5 else 255
        img = pymupdf.Pixmap(pymupdf.csGRAY, pix.width, pix.height, flat.tobytes(), 0)
        new = out.new_page(width=page.rect.width, height=page.rect.height)
        new.insert_image(new.rect, pixmap=img)
    out.save(path, deflate=True)
    out.close()
    src.close()
