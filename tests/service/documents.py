"""Small, deterministic input files for the end-to-end tests (text-layer PDFs)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

ANMELDUNG = {
    "Familienname": "Müller",
    "Vornamen": "Anna Sophie",
    "Geburtsdatum": "14.03.1987",
    "Geburtsort": "Bochum",
    "Geschlecht": "weiblich",
    "Staatsangehörigkeit": "deutsch",
    "Tag des Einzugs": "01.11.2026",
    "Straße": "Hauptstraße",
    "Hausnummer": "12",
    "PLZ": "44787",
    "Ort": "Bochum",
}
# The catalog's field for each label above (to correct a field by name).
ANMELDUNG_FIELDS = {"Tag des Einzugs": "move_in_date", "Familienname": "family_name"}


def form_pdf(title: str, rows: dict[str, str], note: str = "") -> bytes:
    """A one-page form: a title and ``label: value`` rows, as a text-layer PDF."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)  # same input, same bytes
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(60, 800, title)
    pdf.setFont("Helvetica", 11)
    y = 760
    for label, value in rows.items():
        pdf.drawString(60, y, label + ":")
        pdf.drawString(240, y, value)
        y -= 24
    if note:
        pdf.drawString(60, 120, note)  # makes otherwise equal files differ
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def anmeldung_pdf(without: tuple[str, ...] = (), note: str = "") -> bytes:
    """A complete Anmeldung (routes to einwohnermeldeamt), or one missing some labels."""
    rows = {k: v for k, v in ANMELDUNG.items() if k not in without}
    return form_pdf("Anmeldung bei der Meldebehörde", rows, note)
