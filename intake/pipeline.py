"""From a file's bytes to routed case records: the pipeline as a list of named steps.

sniff and read pages (text layer or OCR) → split into documents → classify → extract →
validate → route. Each step is a small function; :func:`process_bytes` only calls them in
order and turns every failure of the input into a ``triage`` record, never an exception.
"""

from __future__ import annotations

import itertools
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from extractors.changes import resolve_change_notices
from extractors.chat import resolve_chat
from extractors.chronology import resolve_chronologies
from extractors.classify import Classification, classify
from extractors.corrections import resolve_corrections
from extractors.crosstab import resolve_cross_tables
from extractors.fields import Extracted, extract_fields
from extractors.history import resolve_histories
from extractors.identity import CHECK_FIELDS, extract_identity
from extractors.labels import LabelHit, LabelIndex, lead_words, squash
from extractors.layout import build_lines
from extractors.legend import resolve_field_codes, resolve_key_numbers
from extractors.markup import resolve_markup, split_data_keys
from extractors.read import ENTRIES_READ_BY_OCR, iter_pages
from extractors.records import resolve_data_records
from extractors.reread import reread_codes
from extractors.runin import join_run_in_pairs
from extractors.subfields import join_sub_fields
from extractors.supplement import resolve_supplements
from extractors.values import parse_value
from extractors.words import Page, PageSource, Word
from extractors.wrapped_labels import join_wrapped_labels
from intake.archive import Refused, is_archive, iter_members
from intake.errors import IntakeError, Reason
from intake.limits import get_limits
from intake.pdfcheck import inspect_pdf
from intake.records import DocumentRecord, FieldResult, Problem, Queue, Status
from intake.routing import DEFAULT_CONFIDENCE_THRESHOLD, ProblemCode, validate
from intake.sniff import FileKind, detect
from intake.split import (
    StartRule,
    announces_enclosure,
    asks_to_turn_over,
    content_words,
    enclosure_list,
    is_cover_sheet,
    is_notes_page,
    page_head,
    page_number_cue,
    promises_next_page,
    repeats_running_header,
    says_back_side,
    says_continued,
    split_pages,
    zone_lines,
)
from schemas.base import DocumentType
from schemas.labels import OTHER_LABELS
from schemas.registry import TYPES

log = logging.getLogger(__name__)
# pdfminer logs every token of a PDF's content streams at DEBUG, i.e. what the document
# says (names, dates of birth): never let it reach a log, whatever the root level is.
logging.getLogger("pdfminer").setLevel(logging.WARNING)

# Every label wording of every type: on any form, another type's label is never a value.
ALL_LABELS = frozenset(label.text for t in TYPES.values() for spec in t.fields
                       for label in spec.labels)
# Everything any step looks for on a page: found in one pass, shared by all steps.
ALL_WORDINGS = ALL_LABELS | frozenset(OTHER_LABELS) | frozenset(
    w for t in TYPES.values()
    for w in (*t.title_cues, *t.cues, *(x for ws in t.sections.values() for x in ws)))


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    """Knobs of one pipeline run."""

    confidence_threshold: float = DEFAULT_CONFIDENCE_THRESHOLD
    max_pages: int = field(default_factory=lambda: get_limits().max_pages)


@dataclass(slots=True)
class Pages:
    """An input's pages as read, and the scanned pages' images (for the MRZ reader)."""

    pages: list[Page]
    images: dict[int, np.ndarray] = field(default_factory=dict)


def read_pages(data: bytes, options: PipelineOptions) -> Pages:
    """Read every page into words (text layer where usable, OCR otherwise)."""
    out = Pages([])
    for read in iter_pages(data, max_pages=options.max_pages, keep_images=True):
        out.pages.append(read.page)
        if read.image is not None and (read.page.source is PageSource.OCR
                                       or ENTRIES_READ_BY_OCR in read.page.notes):
            out.images[read.page.number] = read.image
    return out


# Separator sheets and blank duplex backs carry little text; an input without such a page
# holds neither, and the image checks for QR codes and ink are not run at all.
SPARSE_PAGE_WORDS = 40
#: An identity document is read from its zone, but a phone number can pass for a zone line
#: (measured: an Anmeldung's second page scored 6.0 = the zone bonus alone); with a real zone
#: the page also scores on its words, like any type must (``MIN_SCORE`` 3 + bonus 6).
MRZ_START_SCORE = 9.0
#: A title as OCR reads it may carry a letter more than the wording ("Geburtsurkunde1").
TITLE_SLACK_CHARS = 1
#: ... or a case's ending ("Kopie des Reisepasses").
TITLE_ENDINGS = frozenset({"es", "en", "ns"})


def title_on_top(page: Page, spec: DocumentType) -> bool:
    """Whether the type's title stands in the page's top part: not as a numbered section's
    heading ("4 Reisepass" on an application's second sheet), nor as the start of a field's
    label ("Reisepass-Nr.")."""
    def whole(hit: LabelHit) -> bool:
        said = squash(" ".join(w.text for w in hit.segment.words[hit.start:hit.end]))
        title = squash(hit.label)
        return len(said) <= len(title) + TITLE_SLACK_CHARS \
            or (said.startswith(title) and said[len(title):] in TITLE_ENDINGS)

    return any((hit.start == 0 or hit.start > lead_words(hit.segment.words)) and whole(hit)
               for hit in label_index([page_head(page)]).find(spec.title_cues, resolve=False))


def start_rule() -> StartRule:
    """Whether a content page begins a new document in a bulk scan without separator sheets.

    In this order: pages after a form's notes page belong with it; a sheet's back side
    belongs with its front (the page names itself "Rückseite", or the page before asks to be
    turned over: "Bitte wenden"); the page after a cover letter listing enclosures
    ("Anlagen:", "Beigefügt:") is its enclosure, unless the letter is a document of its type
    itself and the page is titled as another type its list does not name; a printed page
    number decides ("Seite 1" begins, "Seite 2" continues), and a page without one after
    "Seite 1 von 2" continues; a page that says it continues ("Fortsetzung", "Teil 2")
    continues, and so does a page showing the current document's machine-readable zone again
    or an identity document's first zone (an identity card's back after its front);
    a page that does not classify on its own continues; a page whose type's title stands in
    its top part begins. A page that classifies without a title on top (a form's second page
    repeats its labels, a certificate's footer names its register; or a title in unknown
    wording) begins only when its type differs from the current document's, it does not
    stand under the document's running header (its first page's top line word for word),
    and its top part classifies as that type too, or, for identity documents, when it
    carries a zone. Measured
    in ``bench/bench_split.py``. The returned rule caches classifications for one split
    and zone lines (by object identity: the split holds on to its pages, so an id is not
    reused meanwhile).
    """
    cache: dict[int, Classification] = {}
    zones: dict[int, frozenset[str]] = {}

    def classified(page: Page) -> Classification:
        key = id(page)
        if key not in cache:
            cache[key] = classify_pages([page])
        return cache[key]

    def zone(page: Page) -> frozenset[str]:
        key = id(page)
        if key not in zones:  # each page once, however long the current document grows
            zones[key] = zone_lines(page)
        return zones[key]

    def titled(page: Page) -> str | None:
        """The page's type when its title stands in its top part."""
        found = classified(page).document_type
        return found if found is not None and title_on_top(page, TYPES[found]) else None

    def begins_other_document(page: Page, current: Sequence[Page]) -> bool:
        """Whether a page after a letter listing enclosures is no enclosure of it: the letter
        is itself a document of its type (an agency's letter giving the citizen's data under
        its title), the page is titled as another type, and the list does not name that
        type ("Anlagen: Vollmacht" before the next case's birth certificate)."""
        other = titled(page)
        letter = titled(current[0])
        if other is None or letter is None or other == letter:
            return False
        listed = enclosure_list(current[-1])
        return not label_index([listed]).find(TYPES[other].title_cues, resolve=False)

    def starts(page: Page, current: Sequence[Page]) -> bool:
        if current and all(is_notes_page(p) for p in current):
            return False  # a form's notes page ("Ausfüllhinweise") goes before the form
        if current and (says_back_side(page) or asks_to_turn_over(current[-1])):
            return False  # a duplex scan's back side ("Blatt 1 – hinten" is no first page)
        if current and announces_enclosure(current[-1]) \
                and not begins_other_document(page, current):
            return False  # a cover letter's enclosure (titled as it may be) goes with it
        number = page_number_cue(page)
        if number is not None:
            return number == 1
        if current and promises_next_page(current[-1]):
            return False  # "Seite 1 von 2" over a form whose second sheet is a passport's copy
        if current and says_continued(page):
            return False
        if zone(page) and any(zone(page) & zone(p) for p in current):
            return False  # the same document's zone again (a reader's receipt of a copy)
        found = classified(page)
        if found.document_type is None:
            return False
        if zone(page) and current and not any(zone(p) for p in current) \
                and classified(current[0]).document_type == found.document_type:
            return False  # an identity card's back with its zone, after its front
        spec = TYPES[found.document_type]
        head = page_head(page)
        if title_on_top(page, spec):
            return True
        if current and classified(current[0]).document_type == found.document_type:
            return False
        if current and repeats_running_header(page, current[0]):
            return False  # a page without a title under the document's running header
        if spec.extra.get("mrz"):
            return found.score >= MRZ_START_SCORE
        return classify_pages([head]).document_type == found.document_type

    return starts


def split_documents(pages: list[Page], images: dict[int, np.ndarray]) -> list[list[Page]]:
    """The documents an input holds, as runs of pages.

    Separator sheets (``docintake separator-sheet``) divide a bulk scan; without them a new
    document begins at the first page of each document (``start_rule``). Blank pages are
    dropped and counted.
    """
    if len(pages) < 2:
        return [pages] if pages else []
    if all(content_words(p) > SPARSE_PAGE_WORDS for p in pages):
        images = {}  # no page can be a separator or blank: skip the image checks
    result = split_pages(pages, images, starts_document=start_rule())
    if len(result.documents) > 1 or result.blanks or result.separators or result.undecodable:
        log.info("split: %d documents, %d separators (%d undecodable), %d blank pages dropped",
                 len(result.documents), len(result.separators), len(result.undecodable),
                 len(result.blanks))
    by_number = {p.number: p for p in pages}
    return [[by_number[n] for n in doc] for doc in result.documents]


def label_index(pages: list[Page]) -> LabelIndex:
    """The document's lines with every wording of every type found once."""
    return LabelIndex(build_lines(_words(pages)), ALL_WORDINGS)


def classify_pages(pages: list[Page], index: LabelIndex | None = None) -> Classification:
    """The catalog type of a document's pages, or ``None``."""
    index = index or label_index(pages)
    return classify(index.lines, TYPES, index)


def extract(doc_type: DocumentType, pages: list[Page], images: dict[int, np.ndarray],
            index: LabelIndex | None = None) -> tuple[dict[str, Extracted], list[Problem]]:
    """The document's fields, found by the type's extraction rules, and what they doubt."""
    if doc_type.extractor == "mrz":
        reading = extract_identity(pages, images, doc_type)
        if not reading.fields:
            return {}, [Problem(field=None, code="mrz_unreadable",
                                message="No machine-readable zone could be read on this "
                                        "document; a clerk needs to check it.")]
        problems = [
            Problem(field=CHECK_FIELDS.get(check), code=ProblemCode.CHECKSUM,
                    message=f"MRZ check failed: {check}")
            for check in reading.failed_checks
        ]
        return reading.fields, problems
    ocr = any(p.source is PageSource.OCR or ENTRIES_READ_BY_OCR in p.notes for p in pages)
    content = [p for p in pages if not is_cover_sheet(p) and not is_notes_page(p)]
    if content and len(content) < len(pages):
        # a fax's cover sheet dates and names the transmission; a form's notes page quotes
        # its labels with examples
        pages, index = content, None
    fields = extract_fields(doc_type, _words(pages), ocr=ocr, stop_labels=ALL_LABELS,
                            index=index or label_index(pages))
    if ocr:
        fields = reread_codes(doc_type, fields, images, {p.number: p.dpi for p in pages})
    return fields, []


def to_field_results(extracted: dict[str, Extracted]) -> dict[str, FieldResult]:
    """Extraction results as the output contract's field records."""
    return {
        name: FieldResult(value=e.value, confidence=round(e.confidence, 3), page=e.page,
                          bbox=e.bbox)
        for name, e in extracted.items()
    }


def _words(pages: list[Page]) -> list[Word]:
    return [w for p in pages for w in p.words]


def new_document_id() -> str:
    """A fresh random document id."""
    return uuid.uuid4().hex


def triage_record(document_id: str, source: str, pages: list[int], code: str,
                  message: str) -> DocumentRecord:
    """A record for input nobody could read or recognise: kept, with the reason."""
    return DocumentRecord(
        document_id=document_id, source=source, pages=pages, document_type=None,
        queue=Queue.TRIAGE, status=Status.TRIAGE,
        problems=[Problem(field=None, code=code, message=message)],
    )


def build_record(document_id: str, source: str, pages: list[Page],
                 images: dict[int, np.ndarray], options: PipelineOptions) -> DocumentRecord:
    """Classify, extract, validate and route one document's pages."""
    numbers = [p.number for p in pages]
    if not any(p.words for p in pages):
        return triage_record(document_id, source, numbers, Reason.NO_TEXT,
                             "No text could be read from this document (blank or unreadable "
                             "scan); please check the original.")
    index = label_index(pages)
    classification = classify_pages(pages, index)
    if classification.document_type is None:
        return triage_record(document_id, source, numbers, ProblemCode.UNKNOWN_TYPE,
                             "The document could not be recognised as any known form or "
                             "certificate; a clerk needs to assign its type.")
    doc_type = TYPES[classification.document_type]
    extracted, problems = extract(doc_type, pages, images, index)
    fields = to_field_results(extracted)
    return route(document_id, source, numbers, doc_type, fields, options.confidence_threshold,
                 problems)


def route(document_id: str, source: str, pages: list[int], doc_type: DocumentType,
          fields: dict[str, FieldResult], threshold: float,
          extra_problems: list[Problem] | None = None) -> DocumentRecord:
    """Validate ``fields`` and build the record with its status and queue."""
    decision = validate(doc_type, fields, threshold, extra_problems or [])
    return DocumentRecord(
        document_id=document_id, source=source, pages=pages, document_type=doc_type.name,
        queue=decision.queue, status=decision.status, fields=fields,
        problems=decision.problems, target_queue=decision.target_queue,
    )


def process_bytes(data: bytes, source: str, document_id_prefix: str | None = None,
                  options: PipelineOptions | None = None) -> list[DocumentRecord]:
    """Process one input file into one record per document found in it.

    Never raises for bad input: unreadable files become one ``triage`` record with the
    reason. A ZIP archive is expanded: each member is processed as its own input (source
    ``archive.zip/member``), each refused member becomes a triage record naming it. Document
    ids are ``{prefix}-{n}`` when a prefix is given (numbered across an archive's members),
    random otherwise.
    """
    options = options or PipelineOptions()
    counter = itertools.count(1)

    def next_id() -> str:
        n = next(counter)
        return f"{document_id_prefix}-{n}" if document_id_prefix else new_document_id()

    if is_archive(data):
        return process_archive(data, source, next_id, options)
    return _process_input(data, source, next_id, options)


def process_archive(data: bytes, source: str, next_id: Callable[[], str],
                    options: PipelineOptions) -> list[DocumentRecord]:
    """Each member of a ZIP archive processed as its own input (see ``intake.archive``)."""
    records: list[DocumentRecord] = []
    try:
        for item in iter_members(data):
            label = f"{source}/{item.label}"
            if isinstance(item, Refused):
                records.append(triage_record(next_id(), label, [], item.code, item.message))
            else:
                records.extend(_process_input(item.data, label, next_id, options))
    except IntakeError as e:
        log.info("archive went to triage: %s", e.reason)
        records.append(triage_record(next_id(), source, [], e.reason, e.message))
    return records


def _process_input(data: bytes, source: str, next_id: Callable[[], str],
                   options: PipelineOptions) -> list[DocumentRecord]:
    """One file (not an archive): read, split, and one record per document."""
    notes: list[str] = []
    try:
        notes = input_notes(data)
        pages = read_pages(data, options)
    except IntakeError as e:
        document_id = next_id()
        log.info("input %s went to triage: %s", document_id, e.reason)
        return _noted([triage_record(document_id, source, [], e.reason, e.message)], notes)
    except Exception as e:  # a reader fault must not lose the input
        document_id = next_id()
        log.error("input %s could not be read: %s", document_id, type(e).__name__)
        return _noted([triage_record(document_id, source, [], Reason.PROCESSING_ERROR,
                                     "The file could not be read automatically; a clerk "
                                     "needs to look at it.")], notes)
    # records printed as data (SQL, CSV, INI, XML, JSON) become labelled values before
    # anything looks for labels
    as_data = [resolve_markup(resolve_data_records(resolve_chat(page.words)))
               for page in pages.pages]
    # values a supplement sheet gives for the boxes that point to it
    as_data = resolve_supplements(as_data)
    # field codes explained on their own page first; key numbers whose legend may stand
    # on another sheet after
    read = resolve_key_numbers([resolve_field_codes(words) for words in resolve_chronologies(
        [resolve_change_notices(words) for words in resolve_histories(
            [resolve_corrections(split_data_keys(join_wrapped_labels(join_run_in_pairs(words))))
             for words in as_data])])])
    # (a value split into captioned sub-cells, "Tag | Monat | Jahr", is joined first)
    pages = Pages([replace(page, words=resolve_cross_tables(join_sub_fields(words)),
                           notes=list(page.notes))
                   for page, words in zip(pages.pages, read, strict=True)],
                  pages.images)
    documents = split_documents(pages.pages, pages.images)
    if not documents:
        return _noted([triage_record(next_id(), source, [p.number for p in pages.pages],
                                     Reason.NO_TEXT,
                                     "The file holds no pages with content (only blank pages "
                                     "or separator sheets).")], notes)
    return _noted([_safe_record(next_id(), source, doc_pages, pages.images, options)
                   for doc_pages in documents], notes)


def input_notes(data: bytes) -> list[str]:
    """What a PDF carries besides pages (JavaScript, attachments, a signature), sorted.

    Raises:
        PdfTooComplexError: a PDF bomb (see ``intake/pdfcheck.py``), before any parser runs.
    """
    if detect(data) is not FileKind.PDF:
        return []
    return sorted(inspect_pdf(data).notes)


def _noted(records: list[DocumentRecord], notes: list[str]) -> list[DocumentRecord]:
    """Every record of an input carries the input's notes (the evidence is the file)."""
    if not notes:
        return records
    return [r.model_copy(update={"notes": sorted({*r.notes, *notes})}) for r in records]


def _safe_record(document_id: str, source: str, pages: list[Page],
                 images: dict[int, np.ndarray], options: PipelineOptions) -> DocumentRecord:
    """``build_record``, but a fault of ours sends the document to a person, not to nowhere.

    Only the exception's type is logged: its message may quote what the document says.
    """
    try:
        return build_record(document_id, source, pages, images, options)
    except Exception as e:  # nothing that arrives may be lost
        log.error("document %s could not be processed: %s", document_id, type(e).__name__)
        return triage_record(document_id, source, [p.number for p in pages],
                             Reason.PROCESSING_ERROR,
                             "The document could not be processed automatically; a clerk "
                             "needs to read it.")


def process_file(path: Path, options: PipelineOptions | None = None) -> list[DocumentRecord]:
    """Process a file on disk; an unreadable path becomes a ``triage`` record."""
    try:
        data = path.read_bytes()
    except OSError as e:
        return [triage_record(new_document_id(), path.name, [], Reason.CORRUPT_FILE,
                              f"The file could not be opened: {e.strerror}.")]
    return process_bytes(data, path.name, options=options)


def normalise_correction(doc_type: DocumentType, name: str, value: Any) -> Any:
    """A clerk's typed value in the catalog's format (``14.03.1987`` → ``1987-03-14``).

    A value that does not parse is kept as typed, so validation names what is wrong.
    """
    try:
        spec = doc_type.field(name)
    except KeyError:
        return value
    if isinstance(value, str):
        parsed = parse_value(spec.kind, value)
        return value if parsed in (None, "", []) else parsed
    return value


def revalidate(record: DocumentRecord, corrected_fields: dict[str, Any],
               threshold: float = DEFAULT_CONFIDENCE_THRESHOLD) -> DocumentRecord:
    """Apply a clerk's corrections (or a type given by hand) and validate again.

    Corrected values count as certain (confidence 1.0). A record without a known type
    stays in triage.
    """
    if record.document_type is None or record.document_type not in TYPES:
        return record
    doc_type = TYPES[record.document_type]
    fields = dict(record.fields)
    for name, value in corrected_fields.items():
        old = fields.get(name)
        if value is None or value == "":
            fields.pop(name, None)
            continue
        fields[name] = FieldResult(value=normalise_correction(doc_type, name, value),
                                   confidence=1.0,
                                   page=old.page if old else None,
                                   bbox=old.bbox if old else None)
    return route(record.document_id, record.source, record.pages, doc_type, fields, threshold)
