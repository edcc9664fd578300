"""Synthetic German documents with ground truth, for evaluating extraction on unseen layouts.

    python -m samples.generate --out samples/generated --per-type 12 --seed 0 \\
        [--kinds text,clean,degraded,dpi200] \\
        [--layouts colon,boxed|tuning|holdout|extra|extra2|...|extra38|extra39] \\
        [--types anmeldung,...] [--jobs 2]

Every document is drawn once as a text-layer PDF and then written in each requested kind;
beside each file lies ``NAME.truth.json`` and ``OUT/manifest.json`` lists everything.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

import numpy as np
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from samples import fonts, raster
from samples.catalog import DOCUMENT_TYPES, all_fields, queue_for
from samples.content import Style, authority, build_form
from samples.data import Ehe, Geburt, Identity, Record, Sterbe, make_record
from samples.fonts import font
from samples.identity import draw_identity
from samples.pen import PAGE_W, Faces, Pen
from samples.prose import draw_certificate, draw_letter
from samples.render import RENDERERS, final_identity_footer, identity_footer, notes_page
from samples.render_extra import EXTRA_RENDERERS, extra_identity_footer
from samples.render_extra2 import draw_extra2
from samples.render_extra3 import draw_extra3
from samples.render_extra4 import draw_extra4
from samples.render_extra5 import draw_extra5, feed_turns
from samples.render_extra6 import draw_extra6
from samples.render_extra7 import draw_extra7
from samples.render_extra8 import draw_extra8
from samples.render_extra9 import draw_extra9
from samples.render_extra10 import draw_extra10
from samples.render_extra11 import draw_extra11, photograph
from samples.render_extra12 import draw_extra12
from samples.render_extra13 import draw_extra13
from samples.render_extra14 import draw_extra14
from samples.render_extra15 import draw_extra15
from samples.render_extra16 import draw_extra16
from samples.render_extra17 import draw_extra17
from samples.render_extra18 import draw_extra18
from samples.render_extra19 import draw_extra19, quarter_turns
from samples.render_extra20 import draw_extra20
from samples.render_extra21 import draw_extra21, rasterise_forms
from samples.render_extra22 import draw_extra22
from samples.render_extra23 import draw_extra23
from samples.render_extra24 import draw_extra24
from samples.render_extra25 import draw_extra25
from samples.render_extra26 import draw_extra26
from samples.render_extra27 import draw_extra27
from samples.render_extra28 import draw_extra28
from samples.render_extra29 import draw_extra29
from samples.render_extra30 import draw_extra30
from samples.render_extra31 import draw_extra31
from samples.render_extra32 import draw_extra32
from samples.render_extra33 import draw_extra33, localise
from samples.render_extra34 import draw_extra34
from samples.render_extra35 import draw_extra35
from samples.render_extra36 import draw_extra36
from samples.render_extra37 import draw_extra37
from samples.render_extra38 import draw_extra38
from samples.render_extra39 import adapt as adapt39
from samples.render_extra39 import draw_extra39
from samples.truth import truth_fields
from samples.wording import Wording
from samples.wording_blind import BlindStyle, BlindWording, restyle
from samples.wording_extra import ExtraStyle, ExtraWording, reprint
from samples.wording_extra2 import Extra2Style, Extra2Wording
from samples.wording_extra3 import Extra3Style, Extra3Wording
from samples.wording_extra4 import Extra4Style, Extra4Wording
from samples.wording_extra5 import Extra5Style, Extra5Wording
from samples.wording_extra6 import Extra6Style, Extra6Wording
from samples.wording_extra7 import Extra7Style, Extra7Wording
from samples.wording_extra8 import (
    KIOSK_DATE_STYLES,
    KIOSK_NATIONALITY_MODES,
    KIOSK_SEX_MODES,
    SHEET_DATE_STYLES,
    SHEET_NATIONALITY_MODES,
    SHEET_SEX_MODES,
    Extra8Style,
    Extra8Wording,
)
from samples.wording_extra9 import (
    ORNATE_DATE_STYLES,
    ORNATE_NATIONALITY_MODES,
    ORNATE_SEX_MODES,
    TYPED_DATE_STYLES,
    TYPED_NATIONALITY_MODES,
    TYPED_SEX_MODES,
    Extra9Style,
    Extra9Wording,
)
from samples.wording_extra10 import (
    DARK_DATE_STYLES,
    DARK_NATIONALITY_MODES,
    DARK_SEX_MODES,
    MEMO_DATE_STYLES,
    MEMO_NATIONALITY_MODES,
    MEMO_SEX_MODES,
    Extra10Style,
    Extra10Wording,
)
from samples.wording_extra11 import (
    LEGACY_DATE_STYLES,
    LEGACY_NATIONALITY_MODES,
    LEGACY_SEX_MODES,
    PHOTO_DATE_STYLES,
    PHOTO_NATIONALITY_MODES,
    PHOTO_SEX_MODES,
    Extra11Style,
    Extra11Wording,
)
from samples.wording_extra12 import (
    LANDSCAPE_DATE_STYLES,
    LANDSCAPE_NATIONALITY_MODES,
    LANDSCAPE_SEX_MODES,
    MARKED_DATE_STYLES,
    MARKED_NATIONALITY_MODES,
    MARKED_SEX_MODES,
    Extra12Style,
    Extra12Wording,
)
from samples.wording_extra13 import (
    QUIZ_DATE_STYLES,
    QUIZ_NATIONALITY_MODES,
    QUIZ_SEX_MODES,
    REGISTER_DATE_STYLES,
    REGISTER_NATIONALITY_MODES,
    REGISTER_SEX_MODES,
    Extra13Style,
    Extra13Wording,
)
from samples.wording_extra14 import (
    DUPLEX_DATE_STYLES,
    DUPLEX_NATIONALITY_MODES,
    DUPLEX_SEX_MODES,
    GOV_DATE_STYLES,
    GOV_NATIONALITY_MODES,
    GOV_SEX_MODES,
    Extra14Style,
    Extra14Wording,
)
from samples.wording_extra15 import (
    CIEC_DATE_STYLES,
    CIEC_NATIONALITY_MODES,
    CIEC_SEX_MODES,
    LEGEND_DATE_STYLES,
    LEGEND_NATIONALITY_MODES,
    LEGEND_SEX_MODES,
    Extra15Style,
    Extra15Wording,
)
from samples.wording_extra16 import (
    AGENCY_DATE_STYLES,
    AGENCY_NATIONALITY_MODES,
    AGENCY_SEX_MODES,
    HAND_DATE_STYLES,
    HAND_NATIONALITY_MODES,
    HAND_SEX_MODES,
    Extra16Style,
    Extra16Wording,
)
from samples.wording_extra17 import (
    ABBREV_DATE_STYLES,
    ABBREV_NATIONALITY_MODES,
    ABBREV_SEX_MODES,
    COLUMNS_DATE_STYLES,
    COLUMNS_NATIONALITY_MODES,
    COLUMNS_SEX_MODES,
    Extra17Style,
    Extra17Wording,
)
from samples.wording_extra18 import (
    BOX_DATE_STYLES,
    BOX_NATIONALITY_MODES,
    BOX_SEX_MODES,
    SLIP_DATE_STYLES,
    SLIP_NATIONALITY_MODES,
    SLIP_SEX_MODES,
    Extra18Style,
    Extra18Wording,
)
from samples.wording_extra19 import (
    CLOZE_DATE_STYLES,
    CLOZE_NATIONALITY_MODES,
    CLOZE_SEX_MODES,
    GRID_DATE_STYLES,
    GRID_NATIONALITY_MODES,
    GRID_SEX_MODES,
    Extra19Style,
    Extra19Wording,
)
from samples.wording_extra20 import (
    MATRIX_DATE_STYLES,
    MATRIX_NATIONALITY_MODES,
    MATRIX_SEX_MODES,
    WEB_DATE_STYLES,
    WEB_NATIONALITY_MODES,
    WEB_SEX_MODES,
    Extra20Style,
    Extra20Wording,
)
from samples.wording_extra21 import (
    FILL_DATE_STYLES,
    FILL_NATIONALITY_MODES,
    FILL_SEX_MODES,
    POLY_DATE_STYLES,
    POLY_NATIONALITY_MODES,
    POLY_SEX_MODES,
    Extra21Style,
    Extra21Wording,
)
from samples.wording_extra22 import (
    MARKUP_DATE_STYLES,
    MARKUP_NATIONALITY_MODES,
    MARKUP_SEX_MODES,
    OUTLINE_DATE_STYLES,
    OUTLINE_NATIONALITY_MODES,
    OUTLINE_SEX_MODES,
    Extra22Style,
    Extra22Wording,
)
from samples.wording_extra23 import (
    CHAT_DATE_STYLES,
    CHAT_NATIONALITY_MODES,
    CHAT_SEX_MODES,
    DIALOG_DATE_STYLES,
    DIALOG_NATIONALITY_MODES,
    DIALOG_SEX_MODES,
    Extra23Style,
    Extra23Wording,
)
from samples.wording_extra24 import (
    CONTRACT_DATE_STYLES,
    CONTRACT_NATIONALITY_MODES,
    CONTRACT_SEX_MODES,
    HISTORY_DATE_STYLES,
    HISTORY_NATIONALITY_MODES,
    HISTORY_SEX_MODES,
    Extra24Style,
    Extra24Wording,
)
from samples.wording_extra25 import (
    CORRECTED_DATE_STYLES,
    CORRECTED_NATIONALITY_MODES,
    CORRECTED_SEX_MODES,
    KEYED_DATE_STYLES,
    KEYED_NATIONALITY_MODES,
    KEYED_SEX_MODES,
    Extra25Style,
    Extra25Wording,
)
from samples.wording_extra26 import (
    ROLES_DATE_STYLES,
    ROLES_NATIONALITY_MODES,
    ROLES_SEX_MODES,
    SEARCHABLE_DATE_STYLES,
    SEARCHABLE_NATIONALITY_MODES,
    SEARCHABLE_SEX_MODES,
    Extra26Style,
    Extra26Wording,
)
from samples.wording_extra27 import (
    ASSORTED_DATE_STYLES,
    ASSORTED_NATIONALITY_MODES,
    ASSORTED_SEX_MODES,
    DENSE_DATE_STYLES,
    DENSE_NATIONALITY_MODES,
    DENSE_SEX_MODES,
    Extra27Style,
    Extra27Wording,
)
from samples.wording_extra28 import (
    INVERTED_DATE_STYLES,
    INVERTED_NATIONALITY_MODES,
    INVERTED_SEX_MODES,
    PLACEHOLDER_DATE_STYLES,
    PLACEHOLDER_NATIONALITY_MODES,
    PLACEHOLDER_SEX_MODES,
    Extra28Style,
    Extra28Wording,
)
from samples.wording_extra29 import (
    CELL_DATE_STYLES,
    CELL_NATIONALITY_MODES,
    CELL_SEX_MODES,
    FILM_DATE_STYLES,
    FILM_NATIONALITY_MODES,
    FILM_SEX_MODES,
    Extra29Style,
    Extra29Wording,
)
from samples.wording_extra30 import (
    CARD_DATE_STYLES,
    CARD_NATIONALITY_MODES,
    CARD_SEX_MODES,
    TRANS_DATE_STYLES,
    TRANS_NATIONALITY_MODES,
    TRANS_SEX_MODES,
    Extra30Style,
    Extra30Wording,
)
from samples.wording_extra31 import (
    EASY_DATE_STYLES,
    EASY_NATIONALITY_MODES,
    EASY_SEX_MODES,
    STICKER_DATE_STYLES,
    STICKER_NATIONALITY_MODES,
    STICKER_SEX_MODES,
    Extra31Style,
    Extra31Wording,
)
from samples.wording_extra32 import (
    SPELLED_DATE_STYLES,
    SPELLED_NATIONALITY_MODES,
    SPELLED_SEX_MODES,
    TYPESET_DATE_STYLES,
    TYPESET_NATIONALITY_MODES,
    TYPESET_SEX_MODES,
    Extra32Style,
    Extra32Wording,
)
from samples.wording_extra33 import (
    ALPINE_DATE_STYLES,
    ALPINE_NATIONALITY_MODES,
    ALPINE_SEX_MODES,
    ARCHIVE_DATE_STYLES,
    ARCHIVE_NATIONALITY_MODES,
    ARCHIVE_SEX_MODES,
    Extra33Style,
    Extra33Wording,
)
from samples.wording_extra34 import (
    CHRONICLE_DATE_STYLES,
    CHRONICLE_NATIONALITY_MODES,
    CHRONICLE_SEX_MODES,
    REDACTED_DATE_STYLES,
    REDACTED_NATIONALITY_MODES,
    REDACTED_SEX_MODES,
    Extra34Style,
    Extra34Wording,
)
from samples.wording_extra35 import (
    SCREEN_DATE_STYLES,
    SCREEN_NATIONALITY_MODES,
    SCREEN_SEX_MODES,
    TEAROFF_DATE_STYLES,
    TEAROFF_NATIONALITY_MODES,
    TEAROFF_SEX_MODES,
    Extra35Style,
    Extra35Wording,
)
from samples.wording_extra36 import (
    ANNOT_DATE_STYLES,
    ANNOT_NATIONALITY_MODES,
    ANNOT_SEX_MODES,
    NOTICE_DATE_STYLES,
    NOTICE_NATIONALITY_MODES,
    NOTICE_SEX_MODES,
    Extra36Style,
    Extra36Wording,
)
from samples.wording_extra37 import (
    CHANGE_DATE_STYLES,
    CHANGE_NATIONALITY_MODES,
    CHANGE_SEX_MODES,
    EXPORT_DATE_STYLES,
    EXPORT_NATIONALITY_MODES,
    EXPORT_SEX_MODES,
    Extra37Style,
    Extra37Wording,
)
from samples.wording_extra38 import (
    HOUSE_DATE_STYLES,
    HOUSE_NATIONALITY_MODES,
    HOUSE_SEX_MODES,
    SUPP_DATE_STYLES,
    SUPP_NATIONALITY_MODES,
    SUPP_SEX_MODES,
    Extra38Style,
    Extra38Wording,
)
from samples.wording_extra39 import (
    SPLIT_DATE_STYLES,
    SPLIT_NATIONALITY_MODES,
    SPLIT_SEX_MODES,
    WRAP_DATE_STYLES,
    WRAP_NATIONALITY_MODES,
    WRAP_SEX_MODES,
    Extra39Style,
    Extra39Wording,
)
from samples.wording_final import FinalStyle, FinalWording, refill

TUNING_LAYOUTS: Final = ("colon", "tabstop", "boxed", "table", "certificate")
# The blind layouts: a second held-out set with its own wording (samples.wording_blind) that
# whoever tunes extraction does not look at.
BLIND_LAYOUTS: Final = ("grid", "ledger")
# The final blind set: two more layouts with a fourth wording pool (samples.wording_final) that
# nobody tuning extraction has seen; ``--layouts final`` selects them.
FINAL_LAYOUTS: Final = ("compact", "portal")
# The order decides which held-out layout a document of a given type and index gets when only
# held-out layouts are drawn; it keeps eheurkunde-000 (type offset 3) on ``twocol``.
HOLDOUT_LAYOUTS: Final = ("grid", "compact", "ledger", "twocol", "portal")
# The extra blind set: two layouts with a fifth wording pool (samples.wording_extra), added
# after the others; ``--layouts extra`` selects them. They are held out too (``HELD_OUT``), but
# ``HOLDOUT_LAYOUTS`` keeps its members and order so that older runs reproduce.
EXTRA_LAYOUTS: Final = ("caption", "bilingual")
HELD_OUT: Final = HOLDOUT_LAYOUTS + EXTRA_LAYOUTS
LAYOUTS: Final = TUNING_LAYOUTS + HOLDOUT_LAYOUTS + EXTRA_LAYOUTS
# The second extra blind pair, with a sixth wording pool (samples.wording_extra2): documents
# written as letters, and register printouts whose labels are column headers. Only
# ``--layouts extra2`` (or their ids) draws them: ``LAYOUTS``, ``HELD_OUT`` and so the default
# selection stay as they were, and every older selection reproduces byte for byte. Their
# truth says ``"holdout": true``.
EXTRA2_LAYOUTS: Final = ("letter", "headers")
# The third extra blind pair, with a seventh wording pool (samples.wording_extra3): a portal
# form exported from a phone, and a typewritten carbon copy of a pre-printed form. Opt-in like
# extra2: only ``--layouts extra3`` (or their ids) draws them, and their truth says
# ``"holdout": true``. ``resolve_layouts`` keeps rejecting the name "extra3" (a test of the
# extra2 pair pins that); ``generate`` and the CLI expand it (``expand_opt_in``).
EXTRA3_LAYOUTS: Final = ("mobile", "carbon")
# The fourth extra blind pair, with an eighth wording pool (samples.wording_extra4): a
# machine-readable form with comb boxes, and documents as a fax server receives them. Opt-in
# like extra2 and extra3: only ``--layouts extra4`` (or their ids) draws them, and their truth
# says ``"holdout": true``; ``generate`` and the CLI expand the name (``expand_opt_in``).
EXTRA4_LAYOUTS: Final = ("comb", "fax")
# The fifth extra blind pair, with a ninth wording pool (samples.wording_extra5): documents as
# a printed e-mail, and booklet forms printed two A5 pages to a landscape sheet. Opt-in like
# the others: only ``--layouts extra5`` (or their ids) draws them, and their truth says
# ``"holdout": true``; ``generate`` and the CLI expand the name (``expand_opt_in``).
EXTRA5_LAYOUTS: Final = ("email", "twoup")
# The sixth extra blind pair, with a tenth wording pool (samples.wording_extra6): an official
# form filled in with a PDF editor (values typed over the form, misplaced), and documents that
# went through an office (incoming-mail stamp, copy stamp, seal, pen marks, filing sticker).
# Opt-in like the others: only ``--layouts extra6`` (or their ids) draws them, and their truth
# says ``"holdout": true``; ``generate`` and the CLI expand the name (``expand_opt_in``).
EXTRA6_LAYOUTS: Final = ("overlay", "stamped")
# The seventh extra blind pair, with an eleventh wording pool (samples.wording_extra7): a form
# as an authority's download (a page of filling-in instructions, then the form over two pages
# with running headers, numbered fields and footnotes), and a colour-printed official form
# (section bands, tinted fields, coloured labels, dark-blue values, logo and watermark).
# Opt-in like the others: only ``--layouts extra7`` (or their ids) draws them, and their truth
# says ``"holdout": true``; ``generate`` and the CLI expand the name (``expand_opt_in``).
EXTRA7_LAYOUTS: Final = ("guided", "tinted")
# The eighth extra blind pair, with a twelfth wording pool (samples.wording_extra8): the
# receipt strip of a self-service terminal in a citizens' office, and a spreadsheet printed
# from an office program (grid, column letters, row numbers). Opt-in like the others: only
# ``--layouts extra8`` (or their ids) draws them, and their truth says ``"holdout": true``;
# ``generate`` and the CLI expand the name (``expand_opt_in``).
EXTRA8_LAYOUTS: Final = ("kiosk", "sheet")
# The ninth extra blind pair, with a thirteenth wording pool (samples.wording_extra9): a
# pre-printed paper form filled in on a mechanical typewriter (typed values off the lines,
# corrections, uneven ink), and a formal certificate or form on security paper (decorative
# border, background pattern, emblem, spaced or italic headings, seal). Opt-in like the others:
# only ``--layouts extra9`` (or their ids) draws them, and their truth says ``"holdout": true``;
# ``generate`` and the CLI expand the name (``expand_opt_in``).
EXTRA9_LAYOUTS: Final = ("typed", "ornate")
# The tenth extra blind pair, with a fourteenth wording pool (samples.wording_extra10): the PDF
# export of a citizen app or web portal in a dark theme (dark cards, light text, accent bars,
# segmented buttons and toggles), and an authority's internal file note or case worker's record
# sheet (letterhead line, references, subject, a clerk's sentences and indented lists,
# initials, distribution list; certificates as a typed certified transcription). Opt-in like the
# others: only ``--layouts extra10`` (or their ids) draws them, and their truth says
# ``"holdout": true``; ``generate`` and the CLI expand the name (``expand_opt_in``).
EXTRA10_LAYOUTS: Final = ("darkmode", "memo")
# The eleventh extra blind pair, with a fifteenth wording pool (samples.wording_extra11): an
# ordinary printed form or certificate photographed with a phone (the scans show the page on a
# table, in perspective, with shadow and uneven light), and the printout of an old mainframe
# system on continuous paper (fixed-width face, upper-case keys, job header, bars and tractor
# holes). Opt-in like the others: only ``--layouts extra11`` (or their ids) draws them, and
# their truth says ``"holdout": true``; ``generate`` and the CLI expand the name
# (``expand_opt_in``).
EXTRA11_LAYOUTS: Final = ("photo", "legacy")
# The twelfth extra blind pair, with a sixteenth wording pool (samples.wording_extra12): an
# ordinary printed form or certificate that a clerk has worked on before it was scanned
# (highlighter strokes, an incoming-mail stamp, a sticky note, ticks and remarks, punched holes
# and a staple), and a form printed across a landscape sheet in three or four narrow columns.
# Opt-in like the others: only ``--layouts extra12`` (or their ids) draws them, and their truth
# says ``"holdout": true``; ``generate`` and the CLI expand the name (``expand_opt_in``).
EXTRA12_LAYOUTS: Final = ("marked", "landscape")
# The thirteenth extra blind pair, with a seventeenth wording pool (samples.wording_extra13): a
# citizen-friendly questionnaire in easy language (numbered plain-language questions, answers on
# lines, after arrows or in boxes, large tick boxes, pictograms; certificates as an information
# letter in questions and answers), and an official printout from a registry system (coded
# labels in blocks per person, marginal notes, certification with seal; applications as the
# authority's case-file printout). Opt-in like the others: only ``--layouts extra13`` (or their
# ids) draws them, and their truth says ``"holdout": true``; ``generate`` and the CLI expand the
# name (``expand_opt_in``).
EXTRA13_LAYOUTS: Final = ("quiz", "register")
# The fourteenth extra blind pair, with an eighteenth wording pool (samples.wording_extra14): a
# two-sided paper form (front and back of one sheet, the back sometimes upside down; captions
# inside rounded input boxes, Roman-numbered sections, fine print in a margin column), and the
# one-page summary print of a federal-style online service (right-aligned labels, a thin rule,
# wrapping values, QR-like square, transaction id, legal footer). Opt-in like the others: only
# ``--layouts extra14`` (or their ids) draws them, and their truth says ``"holdout": true``;
# ``generate`` and the CLI expand the name (``expand_opt_in``). They stand before the extra13
# pair in ``OPT_IN_LAYOUTS`` only so that ``KNOWN_LAYOUTS`` keeps ending with it (a test of the
# extra13 pair pins that); no older selection depends on that order.
EXTRA14_LAYOUTS: Final = ("duplex", "gov")
# The fifteenth extra blind pair, with a nineteenth wording pool (samples.wording_extra15): a
# multilingual civil-status extract or multilingual form (numbered rows, each label in German and
# two or three other languages, values in a column of their own, rows that do not apply struck
# with a dash), and a coded form whose boxes carry only field codes explained in a legend block.
# Opt-in like the others: only ``--layouts extra15`` (or their ids) draws them, and their truth
# says ``"holdout": true``; ``generate`` and the CLI expand the name (``expand_opt_in``). Like the
# extra14 pair they stand before the extra13 pair in ``OPT_IN_LAYOUTS``, so that
# ``KNOWN_LAYOUTS`` keeps ending with it; no older selection depends on that order.
EXTRA15_LAYOUTS: Final = ("ciec", "legend")
# The sixteenth extra blind pair, with a twentieth wording pool (samples.wording_extra16): a
# pre-printed paper form filled in by hand (values in a handwriting-like face off and over the
# lines, struck-through and rewritten values, choices marked with a drawn cross or circle), and
# a letter from a third party on the citizen's behalf (a relocation service, a law firm, a care
# home, a car dealer: letterhead, references, the data partly in sentences and partly in a
# compact block of keys and values). Opt-in like the others: only ``--layouts extra16`` (or
# their ids) draws them, and their truth says ``"holdout": true``; ``generate`` and the CLI
# expand the name (``expand_opt_in``). Like the extra14 and extra15 pairs they stand before the
# extra13 pair in ``OPT_IN_LAYOUTS``, so that ``KNOWN_LAYOUTS`` keeps ending with it.
EXTRA16_LAYOUTS: Final = ("handwritten", "agency")
# The seventeenth extra blind pair, with a twenty-first wording pool (samples.wording_extra17):
# a clerk's internal short form (a dense grid of small cells with heavily abbreviated labels,
# option fields as letter codes with the chosen one marked, a form number, a barcode-like
# reference and a processing stamp), and a matrix form whose columns are the persons or roles of
# a document and whose rows are the attributes. Opt-in like the others: only ``--layouts
# extra17`` (or their ids) draws them, and their truth says ``"holdout": true``; ``generate``
# and the CLI expand the name (``expand_opt_in``). Like the extra14 to extra16 pairs they stand
# before the extra13 pair in ``OPT_IN_LAYOUTS``, so that ``KNOWN_LAYOUTS`` keeps ending with it.
EXTRA17_LAYOUTS: Final = ("abbrev", "columns")
# The eighteenth extra blind pair, with a twenty-second wording pool (samples.wording_extra18):
# a narrow confirmation slip from a service-centre terminal laid on an A4 page (monospace or
# condensed type, keys and values joined by dots or spaces or the value on the next line,
# section rules, transaction, terminal, cashier, time stamp and fee as furniture), and a form of
# stacked caption and value boxes packed in an irregular mosaic (captions sometimes under the
# value, some values right-aligned, person markers in the corners, an office-use and a fee box).
# Opt-in like the others: only ``--layouts extra18`` (or their ids) draws them, and their truth
# says ``"holdout": true``; ``generate`` and the CLI expand the name (``expand_opt_in``). Like the
# extra14 to extra17 pairs they stand before the extra13 pair in ``OPT_IN_LAYOUTS``, so that
# ``KNOWN_LAYOUTS`` keeps ending with it.
EXTRA18_LAYOUTS: Final = ("receipt", "pairs")
# The nineteenth extra blind pair, with a twenty-third wording pool (samples.wording_extra19):
# a declaration form written as fill-in-the-blank sentences (values typed on blank lines with
# tiny captions under them, choices as alternatives in the sentence, certificates as a
# pre-printed certificate sentence with its gaps filled in), and a ruled register form with
# turned text (section names in a narrow turned band at the left of each section, some narrow
# column headers turned by 90 degrees, a turned form number along the right edge; in the scan
# kinds a few sheets arrive turned by a quarter turn). Opt-in like the others: only
# ``--layouts extra19`` (or their ids) draws them, and their truth says ``"holdout": true``;
# ``generate`` and the CLI expand the name (``expand_opt_in``). Like the extra14 to extra18
# pairs they stand before the extra13 pair in ``OPT_IN_LAYOUTS``, so that ``KNOWN_LAYOUTS``
# keeps ending with it.
EXTRA19_LAYOUTS: Final = ("cloze", "vertical")
# The twentieth extra blind pair, with a twenty-fourth wording pool (samples.wording_extra20): a
# registration form laid out as a matrix (persons or roles as columns, fields as rows, section
# rows and shared rows spanning all columns, tick boxes in cells), and the browser printout of an
# online service's summary page (print header and footer, navigation, breadcrumb, steps,
# sections with edit links; certificates as a digital certificate viewer, identity documents as
# an upload confirmation). Opt-in like the others: only ``--layouts extra20`` (or their ids)
# draws them, and their truth says ``"holdout": true``; ``generate`` and the CLI expand the name
# (``expand_opt_in``). Like the extra14 to extra19 pairs they stand before the extra13 pair in
# ``OPT_IN_LAYOUTS``, so that ``KNOWN_LAYOUTS`` keeps ending with it.
EXTRA20_LAYOUTS: Final = ("matrix", "webprint")
# The twenty-first extra blind pair, with a twenty-fifth wording pool (samples.wording_extra21):
# forms and certificates of an office serving immigrants with every label, heading, instruction
# and option word in German and one or two further languages (stacked, joined by slashes or
# bullets, or in a second label column; certificates as multilingual international extracts),
# and a city's fillable PDF form filled in in a PDF viewer (the values live in the AcroForm's
# text fields, check boxes and radio buttons, or, in about one document in three, flattened into
# the page). Opt-in like the others: only ``--layouts extra21`` (or their ids) draws them, and
# their truth says ``"holdout": true``; ``generate`` and the CLI expand the name
# (``expand_opt_in``). Like the extra14 to extra20 pairs they stand before the extra13 pair in
# ``OPT_IN_LAYOUTS``, so that ``KNOWN_LAYOUTS`` keeps ending with it.
EXTRA21_LAYOUTS: Final = ("polyglot", "fillable")
# The twenty-second extra blind pair, with a twenty-sixth wording pool (samples.wording_extra22):
# a form structured as a deeply numbered outline (sections, groups and items numbered in decimal,
# legal or mixed style, values below their item or after a run of dots or underscores,
# small-print notes between items, items that do not apply left empty or marked, choices with
# the others struck through or the chosen one crossed), and the print of a structured data
# record (an XML message as a browser's element tree or a source listing, or an online
# service's JSON record; element names or keys as labels, codes beside values, a message header
# with id, time stamp and keys). Opt-in like the others: only ``--layouts extra22`` (or their
# ids) draws them, and their truth says ``"holdout": true``; ``generate`` and the CLI expand the
# name (``expand_opt_in``). Like the extra14 to extra21 pairs they stand before the extra13 pair
# in ``OPT_IN_LAYOUTS``, so that ``KNOWN_LAYOUTS`` keeps ending with it.
EXTRA22_LAYOUTS: Final = ("outline", "markup")
# The twenty-third extra blind pair, with a twenty-seventh wording pool (samples.wording_extra23):
# the printout of a conversation with the city's chat assistant (speech bubbles, questions in
# plain language, answers as bare values, sentences, two values at once or corrections, quick
# replies, a summary; certificates delivered as an attachment card, identity documents as an
# uploaded photo), and the screen print of a clerk's desktop application (title, menu and tool
# bars, tabs, group boxes, labelled entry boxes, combo boxes, date fields, check boxes and radio
# buttons, a grid for persons, a status bar and dialog buttons; certificates as a register
# record view, identity documents as a scanning dialog). Opt-in like the others: only
# ``--layouts extra23`` (or their ids) draws them, and their truth says ``"holdout": true``;
# ``generate`` and the CLI expand the name (``expand_opt_in``). Like the extra14 to extra22 pairs
# they stand before the extra13 pair in ``OPT_IN_LAYOUTS``, so that ``KNOWN_LAYOUTS`` keeps
# ending with it.
EXTRA23_LAYOUTS: Final = ("chat", "dialog")
# The twenty-fourth extra blind pair, with a twenty-eighth wording pool (samples.wording_extra24):
# the print of a case's change history from a case-management system (an audit trail: events
# with time stamps, user ids, actions and field changes with old and new values, the truth being
# each field's final state; certificates as a register entry's history, identity documents as a
# document check log with the picture of the document), and the data embedded in a legal-style
# document (a tenancy contract excerpt, a purchase agreement, an employment or study
# confirmation with a parties block, numbered paragraphs, values in prose and indented lines,
# signatures and initials; certificates as a notarially certified copy of a register extract).
# Opt-in like the others: only ``--layouts extra24`` (or their ids) draws them, and their truth
# says ``"holdout": true``; ``generate`` and the CLI expand the name (``expand_opt_in``). Like the
# extra14 to extra23 pairs they stand before the extra13 pair in ``OPT_IN_LAYOUTS``, so that
# ``KNOWN_LAYOUTS`` keeps ending with it.
EXTRA24_LAYOUTS: Final = ("history", "contract")
# The twenty-fifth extra blind pair, with a twenty-ninth wording pool (samples.wording_extra25):
# a filled-in printed form (certificates: a register extract) on which entries were corrected
# later (the original struck through and the corrected value beside it, above it, in the margin
# with a reference mark or in a correction notice; ticks moved from one box to another; the
# truth being the corrected value), and a form whose fields carry key numbers explained beside
# the key or only in a legend (a table, a running list or two columns at the top, the bottom, in
# a side column or on the second sheet), with comb boxes, plain boxes or underlines and
# distractor keys for items outside the catalog. Opt-in like the others: only ``--layouts
# extra25`` (or their ids) draws them, and their truth says ``"holdout": true``; ``generate``
# and the CLI expand the name (``expand_opt_in``). Like the extra14 to extra24 pairs they stand
# before the extra13 pair in ``OPT_IN_LAYOUTS``, so that ``KNOWN_LAYOUTS`` keeps ending with it.
EXTRA25_LAYOUTS: Final = ("corrected", "keyed")
# The twenty-sixth extra blind pair, with a thirtieth wording pool (samples.wording_extra26): a
# born-digital form as a mailroom receives it as a PDF whose text layer is not a clean one (about
# half as a scanner's "searchable PDF": the page an image of the printed form, slightly tilted and
# noisy, under an invisible OCR text layer with a cheap engine's errors at a rate that varies per
# document; the others the form's template with text labels whose entries are ink paths or small
# raster patches, no text), and forms and certificates on which the same kinds of labels recur
# for several people in different roles (applicant, representative, agent, previous holder,
# contact person, landlord and manager, witness, informant, registrar, ...), only one of which
# holds the catalog's fields; the role is said in a heading, a column head, a label prefix, a
# sentence before the block or a side caption, and sections that do not apply are marked. Opt-in
# like the others: only ``--layouts extra26`` (or their ids) draws them, and their truth says
# ``"holdout": true``; ``generate`` and the CLI expand the name (``expand_opt_in``). Like the
# extra14 to extra25 pairs they stand before the extra13 pair in ``OPT_IN_LAYOUTS``, so that
# ``KNOWN_LAYOUTS`` keeps ending with it.
EXTRA26_LAYOUTS: Final = ("searchable", "roles")
# The twenty-seventh extra blind pair, with a thirty-first wording pool (samples.wording_extra27):
# the long, crowded office form whose catalog fields sit among many fields the catalog does not
# ask for (small type, a tight grid of numbered cells, section bands, footnotes; certificates as
# register extracts with marginal notes, identity documents as a data-capture sheet), and ordinary
# forms and certificates whose design every document composes from independent random choices
# (label position per section, rules, columns, order, headings, label synonyms, faces, dates).
# Opt-in like the others: only ``--layouts extra27`` (or their ids) draws them, and their truth
# says ``"holdout": true``; ``generate`` and the CLI expand the name (``expand_opt_in``). Like the
# extra14 to extra26 pairs they stand before the extra13 pair in ``OPT_IN_LAYOUTS``, so that
# ``KNOWN_LAYOUTS`` keeps ending with it; they stand before the extra22 pair, so that the places
# the tests of the extra22 to extra26 pairs pin (counted from the end) stay as they were.
EXTRA27_LAYOUTS: Final = ("dense", "assorted")
# The twenty-eighth extra blind pair, with a thirty-second wording pool (samples.wording_extra28):
# the printout of a modern e-government online form (step indicator, required and optional
# marks, inputs drawn as boxes, some optional inputs left empty with their grey placeholder and
# an example value, hints with example values, an occasional validation message, info boxes,
# radio buttons, a summary of the steps, a footer with a transaction id and a print time stamp;
# certificates as a read-only certificate view, identity documents as an upload step with the
# copy), and summaries, register abstracts and copy sheets that print each value first and its
# label after it (in brackets, after a dash or a middle dot, as a small caption, or in a table
# of values and labels). Opt-in like the others: only ``--layouts extra28`` (or their ids) draws
# them, and their truth says ``"holdout": true``; ``generate`` and the CLI expand the name
# (``expand_opt_in``). Like the extra14 to extra27 pairs they stand before the extra13 pair in
# ``OPT_IN_LAYOUTS``, so that ``KNOWN_LAYOUTS`` keeps ending with it; they stand before the
# extra21 pair (the extra27 pair keeps the extra21 pair before it and the extra22 pair after
# it), so that the places the tests of the extra22 to extra27 pairs pin stay as they were.
EXTRA28_LAYOUTS: Final = ("placeholder", "inverted")
# The twenty-ninth extra blind pair, with a thirty-third wording pool (samples.wording_extra29):
# the printout of an office spreadsheet in which a clerk or a citizen typed the case (grid lines,
# column letters and row numbers, print header and footer, sheet tabs; label / value pairs or a
# wide sheet with the field names as column headers, printed in stacked bands of columns; fills,
# merged and bold cells, spreadsheet number and date alignment, extra case columns, comment
# marks; identity documents with the picture of the document pasted in), and an old register
# entry or form reproduced from microfilm by a reader-printer (a negative or a grey low-contrast
# positive in a dark film frame, film and frame markers, typewriter or old-style faces, dotted
# key lines, stamps, hand-written marginal notes; certificates as register entries in prose or
# key lines, identity documents as a copy reproduced the same way). Opt-in like the others: only
# ``--layouts extra29`` (or their ids) draws them, and their truth says ``"holdout": true``;
# ``generate`` and the CLI expand the name (``expand_opt_in``). Like the extra14 to extra28 pairs
# they stand before the extra13 pair in ``OPT_IN_LAYOUTS``, so that ``KNOWN_LAYOUTS`` keeps ending
# with it; they stand between the extra19 and the extra20 pairs, because the tests of the
# extra27 and extra28 pairs pin the run extra20, extra28, extra21, extra27, extra22 and the tests
# of the extra22 to extra26 pairs pin the places counted from the end.
EXTRA29_LAYOUTS: Final = ("spreadsheet", "microfilm")
# The thirtieth extra blind pair, with a thirty-fourth wording pool (samples.wording_extra30): a
# certified German translation of a foreign document as a sworn translator prints it (letterhead,
# a title naming the source language, the original's labels in the translator's rendering with
# the original's term now and then, notes in square brackets, the translator's remarks, the
# certification formula, signature and round stamp, page footers counting the translation's
# pages; certificates as translated civil-status extracts or running prose, identity documents
# as a translated passport or card with the machine-readable zone reproduced whole), and a
# municipal card index (one or more index cards on the page: tinted card stock, ruled lines, a
# title band, tabs, card numbers and punch holes; abbreviated printed labels, typed entries,
# entries added later in another face with their own day, superseded entries struck through,
# stamped entries; identity documents as a card with the document data and the zone). Opt-in
# like the others: only ``--layouts extra30`` (or their ids) draws them, and their truth says
# ``"holdout": true``; ``generate`` and the CLI expand the name (``expand_opt_in``). Like the
# extra14 to extra29 pairs they stand before the extra13 pair in ``OPT_IN_LAYOUTS``, so that
# ``KNOWN_LAYOUTS`` keeps ending with it; they stand between the extra18 and the extra19 pairs,
# because the tests of the extra27 to extra29 pairs pin the run extra19, extra29, extra20,
# extra28, extra21, extra27, extra22 and the tests of the extra22 to extra26 pairs pin the
# places counted from the end (right after the extra29 pair would break the run).
EXTRA30_LAYOUTS: Final = ("translation", "indexcard")
# The thirty-first extra blind pair, with a thirty-fifth wording pool (samples.wording_extra31): a
# form or certificate in easy language and large print as cities publish them for accessibility
# (type of 16 to 22 points, short sentences one to a line, questions addressed to the citizen,
# long words split with the middle dot or a hyphen, one question per block with the answer on a
# line or in a box, small-print notes, boxes explaining a hard word, drawn pictograms, large tick
# boxes, a page counter; certificates as an easy-language explanatory copy, identity documents as
# an explanation sheet with the whole zone; the large type may run onto a second page), and a
# pre-printed form or certificate whose values were printed on adhesive labels and pasted into
# the answer areas (labels off their areas and turned by a few degrees, the text layer turned
# with them, label-printer type, labels carrying two values, barcode stripes and label numbers,
# labels riding over the printed label text; some values typed or the form's own print; choices
# marked with a dot label or a typed cross; certificates with data-block labels, identity
# documents as a copy sheet with the zone printed). Opt-in like the others: only ``--layouts
# extra31`` (or their ids) draws them, and their truth says ``"holdout": true``; ``generate`` and
# the CLI expand the name (``expand_opt_in``). Like the extra14 to extra30 pairs they stand before
# the extra13 pair in ``OPT_IN_LAYOUTS``, so that ``KNOWN_LAYOUTS`` keeps ending with it; they
# stand between the extra17 and the extra18 pairs, because the tests of the extra27 to extra30
# pairs pin the run extra18, extra30, extra19, extra29, extra20, extra28, extra21, extra27,
# extra22 and the tests of the extra22 to extra26 pairs pin the places counted from the end (right
# after the extra30 pair or anywhere later would break the run).
EXTRA31_LAYOUTS: Final = ("easyread", "stickers")
# The thirty-second extra blind pair, with a thirty-sixth wording pool (samples.wording_extra32):
# civil-registry and office print that writes dates (and some other numbers) out in German words
# (an inflected ordinal day, the year in words, digits with the words in brackets, the year first
# now and then, or digits with a Roman or abbreviated month; times, ages, fees and counts in words
# as distractors; house numbers and postal codes in digits; certificates in prose or as register
# extracts, forms with labels and values, identity documents as a certified copy with the whole
# zone), and documents set like a typeset book or a professionally typeset certificate or form
# (justified paragraphs with end-of-line hyphenation splitting label words and values, names
# letter-spaced, labels in real small capitals, ligatures written into the text layer as their
# Unicode characters, marginal notes naming the fields, running heads and folios, footnote
# markers after labels with the footnotes at the foot of the page). Opt-in like the others: only
# ``--layouts extra32`` (or their ids) draws them, and their truth says ``"holdout": true``;
# ``generate`` and the CLI expand the name (``expand_opt_in``). Like the extra14 to extra31 pairs
# they stand before the extra13 pair in ``OPT_IN_LAYOUTS``, so that ``KNOWN_LAYOUTS`` keeps ending
# with it; they stand between the extra16 and the extra17 pairs, because the tests of the extra27
# to extra31 pairs pin the run extra17, extra31, extra18, extra30, extra19, extra29, extra20,
# extra28, extra21, extra27, extra22 and the tests of the extra22 to extra26 pairs pin the places
# counted from the end (right after the extra31 pair or anywhere later would break the run).
EXTRA32_LAYOUTS: Final = ("spelled", "typeset")
# The thirty-third extra blind pair, with a thirty-seventh wording pool (samples.wording_extra33):
# documents issued in Austria, Switzerland, Liechtenstein or South Tyrol and handed in at a German
# office, in their regional official wording (the Austrian registration slip's boxed grid with
# numbered sections, stair and door cells and the lodging provider's box, a Swiss residents'
# office form with home town and civil status, extracts from an Austrian or South Tyrolean
# civil-status register, Austrian month names, Swiss short dates, German / Italian and German /
# French label pairs, foreign postal codes as the country writes them; identity documents as a
# copy of an Austrian, Swiss, Liechtenstein or Italian passport or card with the whole zone), and
# older German documents re-issued or certified as copies (West and East German pre-printed forms
# of the 1960s to the 1990s filled in on a typewriter, old orthography, a pre-printed century 19
# with the rest of the year typed after it, certified copies of old register entries with the
# stamp, the certification clause and marginal notes that correct a value later, the truth taking
# the note's value). Their records are localised before drawing (``samples.render_extra33.
# localise``, from a random stream of its own, called in ``build_one``), so that the truth is the
# localised record's. Opt-in like the others: only ``--layouts extra33`` (or their ids) draws
# them, and their truth says ``"holdout": true``; ``generate`` and the CLI expand the name
# (``expand_opt_in``). Like the extra14 to extra32 pairs they stand before the extra13 pair in
# ``OPT_IN_LAYOUTS``, so that ``KNOWN_LAYOUTS`` keeps ending with it; they stand between the
# extra15 and the extra16 pairs, because the tests of the extra27 to extra32 pairs pin the run
# extra16, extra32, extra17, extra31, extra18, extra30, extra19, extra29, extra20, extra28,
# extra21, extra27, extra22 and the tests of the extra22 to extra26 pairs pin the places counted
# from the end (right after the extra16 pair or anywhere later would break the run; no test pins
# what stands before the extra16 pair).
EXTRA33_LAYOUTS: Final = ("alpine", "archive")
# The thirty-fourth extra blind pair, with a thirty-eighth wording pool (samples.wording_extra34):
# documents told as a dated chronology (an office's course-of-events print, a tabular curriculum
# vitae or a register's chronicle: a short head block for the data without a day, then events in
# a ruled table, on a rail or in a list, ascending or descending, sometimes under year headings;
# the truth-bearing events (birth, move-in, entry, marriage, death, registration, issue, the end
# of a passport's or a document's validity) stand among events whose days, places, addresses,
# names and numbers are none of the truth's; identity documents as a document history with the
# copy and the whole zone), and copies of forms and certificates with data blacked out before
# they were passed on (an authority's file-inspection copy with coded bars, a legend and a folio
# stamp, a citizen's copy blacked out with a marker, an online data sheet with grey bars or
# masked values; never a truth value is covered, some optional catalog fields keep their label
# with a bar instead of the value and are then left out of the truth, some bars lie over text
# that stays in the text layer; certificates also in sentences with redacted spans, identity
# documents as a copy with the photo and the access number covered). Opt-in like the others:
# only ``--layouts extra34`` (or their ids) draws them, and their truth says ``"holdout": true``;
# ``generate`` and the CLI expand the name (``expand_opt_in``). Like the extra14 to extra33 pairs
# they stand before the extra13 pair in ``OPT_IN_LAYOUTS``, so that ``KNOWN_LAYOUTS`` keeps ending
# with it; they stand between the extra14 and the extra15 pairs, because the tests of the extra33
# pair pin the extra15 pair right before it and the extra16 pair right after it (next to the
# extra33 pair on either side would break that), the tests of the extra27 to extra32 pairs pin
# the run from the extra16 to the extra22 pair and the tests of the extra22 to extra26 pairs pin
# the places counted from the end; no test pins what stands before the extra15 pair. Their
# position changes no older selection: it only orders the manifest's ``holdout_layouts`` when
# they are drawn. Suggested seed for a blind run: 38383.
EXTRA34_LAYOUTS: Final = ("chronicle", "redacted")
# The thirty-fifth extra blind pair, with a thirty-ninth wording pool (samples.wording_extra35):
# sheets made of detachable parts (a city's multi-part form set, a stationery publisher's form
# pad, an office's fold-up reply form) sent in whole or with a part torn off: the main form with
# every value, perforations with scissors and cutting notes, a counterfoil that repeats a few
# values and the case number (sometimes a strip at the side printed by a quarter turn), the office's
# receipt part, a payment slip with the city treasury's own IBAN, a reply panel printed upside
# down; the vehicle's SEPA mandate as a part of its own, a certificate with the purpose-bound
# certificates a registry office prints below it, an identity document's copy with the receipt for
# the deposited document), and collages of phone screenshots a citizen sent instead of a form (a
# city app's or an online service's summary scrolled over several screens whose last rows come
# again at the top of the next, status bars, notification banners, drop-down fields and radio
# buttons, a mail app with the landlord's confirmation or the office's receipt, a text message with
# the eVB number, a banking app's account screen, a note with the vehicle identification number,
# a mail reserving the desired plate; certificates as a PDF viewer's zoomed and scrolled
# screenshots, identity documents as a gallery photo with the zone zoomed in). Opt-in like the
# others: only ``--layouts extra35`` (or their ids) draws them, and their truth says
# ``"holdout": true``; ``generate`` and the CLI expand the name (``expand_opt_in``). Like the
# extra14 to extra34 pairs they stand before the extra13 pair in ``OPT_IN_LAYOUTS``, so that
# ``KNOWN_LAYOUTS`` keeps ending with it; they stand between the extra12 and the extra14 pairs,
# because the tests of the extra34 pair pin the extra14 pair right before it and the extra15 pair
# right after it, the tests of the extra33 pair pin the extra15 pair before it and the extra16
# pair after it, the tests of the extra27 to extra32 pairs pin the run from the extra16 to the
# extra22 pair and the tests of the extra22 to extra26 pairs pin the places counted from the end;
# no test pins what stands before the extra14 pair. Their position changes no older selection:
# it only orders the manifest's ``holdout_layouts`` when they are drawn. Suggested seed for a
# blind run: 39393.
EXTRA35_LAYOUTS: Final = ("tearoff", "screenshot")
# The thirty-sixth extra blind pair, with a fortieth wording pool (samples.wording_extra36): an
# authority's formal notice that restates a case, as citizens forward them to another office (a
# registration confirmation, the confirmation of a landlord's electronic confirmation with its
# assignment code, a vehicle's registration notice with the tax debit, a confirmation that a
# residence application is pending, a registry office's notice sending a certificate with its fee
# assessment, a confirmation that an identity document was presented, with its copy: letterhead,
# window field with the addressee, information block, subject, numbered decisions, the data
# listing and sentences that carry some values, reasons, fees, legal remedy, notes, closing and
# footer; the notice's, the application's and the due day, the treasury's IBAN, references,
# amounts and codes are none of the truth's values), and a municipal PDF form filled in with a
# PDF viewer's comment tools and printed with its comments (the reduced form with the comments in
# a margin column joined to their markers, numbered markers with numbered comments beside the
# form, or the form and then the viewer's comment summary on a second sheet; values in comments,
# a few in text boxes on the form, chosen options as check-mark stamps or named in a comment;
# certificates as an electronically issued certificate with the reader's comments, identity
# documents as the scan of the document with a small form whose values are comments; time
# stamps, authors and file names are none of the truth's values). Opt-in like the others: only
# ``--layouts extra36`` (or their ids) draws them, and their truth says ``"holdout": true``;
# ``generate`` and the CLI expand the name (``expand_opt_in``). Like the extra14 to extra35 pairs
# they stand before the extra13 pair in ``OPT_IN_LAYOUTS``, so that ``KNOWN_LAYOUTS`` keeps ending
# with it; they stand between the extra11 and the extra12 pairs, because the tests of the extra35
# pair pin the extra12 pair right before it and the extra14 pair right after it, the tests of the
# extra34 pair pin the extra14 pair before it and the extra15 pair after it, the tests of the
# extra33 pair pin the extra15 pair before it and the extra16 pair after it, the tests of the
# extra27 to extra32 pairs pin the run from the extra16 to the extra22 pair and the tests of the
# extra22 to extra26 pairs pin the places counted from the end; no test pins what stands before
# the extra12 pair. Their position changes no older selection: it only orders the manifest's
# ``holdout_layouts`` when they are drawn. Suggested seed for a blind run: 40404.
EXTRA36_LAYOUTS: Final = ("notice", "annotated")
# The thirty-seventh extra blind pair, with a forty-first wording pool (samples.wording_extra37):
# the print of a flat data file an online service or a specialist system exported for the case
# (a CSV file with one header line of field names and one data row, an INI file of sections with
# key = value lines, or SQL INSERT statements with a column list and a VALUES list; names in one
# of three schemes per document, codes and enumeration keys beside or instead of plain values,
# dates ISO, ISO basic or numeric; record ids, time stamps, a SHA-256 value, case numbers, a
# municipality key and fees that are none of the truth's values; a tool's print head and page
# footer, sometimes line numbers, long lines wrapped at separators; a field dictionary on the
# second sheet of a two-page plan; identity documents as a document reader's flat export with
# the zone's lines as fields), and a change-of-particulars form or register extract that shows
# each item's previous and new entry (a three-column table, stacked blocks under captions, or
# sentences "from ... to ..."; items that did not change shown once, in both columns or marked
# as unchanged; the truth is the current state, the old address of a move the previous address;
# certificates as register extracts with a later registration or a correction, identity
# documents as a notice of a new document with its copy). Why these two: the markup layout of
# the extra22 pair prints structured trees (XML, JSON) in which every value sits inside or
# beside its own element name; here the value is tied to its name only by its position in a
# separated list (CSV, SQL) or by an equals sign in a section, without nesting or markup. The
# history layout of the extra24 pair is an audit trail of time-stamped events with users and
# actions, and the corrected layout of the extra25 pair strikes originals through; here one
# printed form puts the previous and the new entry of each item side by side or one above the
# other, and unchanged items stand once or are marked. Opt-in like the others: only ``--layouts
# extra37`` (or their ids) draws them, and their truth says ``"holdout": true``; ``generate``
# and the CLI expand the name (``expand_opt_in``). Like the extra14 to extra36 pairs they stand
# before the extra13 pair in ``OPT_IN_LAYOUTS``, so that ``KNOWN_LAYOUTS`` keeps ending with it;
# they stand between the extra10 and the extra11 pairs, because the tests of the extra36 pair
# pin the extra11 pair right before it and the extra12 pair right after it, the tests of the
# extra35 pair pin the extra12 pair before it and the extra14 pair after it, the tests of the
# extra34 pair pin the extra14 pair before it and the extra15 pair after it, the tests of the
# extra33 pair pin the extra15 pair before it and the extra16 pair after it, the tests of the
# extra27 to extra32 pairs pin the run from the extra16 to the extra22 pair and the tests of the
# extra22 to extra26 pairs pin the places counted from the end; no test pins what stands before
# the extra11 pair. Their position changes no older selection: it only orders the manifest's
# ``holdout_layouts`` when they are drawn. Suggested seed for a blind run: 41414.
EXTRA37_LAYOUTS: Final = ("dataexport", "changeform")
# The thirty-eighth extra blind pair, with a forty-second wording pool (samples.wording_extra38):
# a form or certificate that lists several persons of which only one is the subject of the truth
# (modelled on the "Anmeldung bei der Meldebehörde" with a column per person: family name, given
# names, birth day and place, sex, nationality ...; the persons side by side in columns, one
# under another in stacked blocks, or as the rows of a person table; the subject first, or
# marked by its role or a crossed box; the others spouses, children, persons moving along,
# family members joining an applicant, a second driver or co-owner beside a vehicle's holder,
# a child's parents and a sibling, a marriage's witnesses, a deceased person's spouse and the
# informant, a flat's owner or administrator beside its landlord, with plausible values that are
# none of the truth's; the shared entries in sections of their own; identity documents as a
# family's page of document copies with the applicant's document captioned), and a numbered form
# whose boxes were too small (some fields filled in place, others only pointing to a supplement:
# "siehe Beiblatt", "s. Anlage 2", "Fortsetzung auf Seite 2", a footnote mark; the values on a
# supplement sheet below a rule, on a slip beside the fields or on a second page, keyed by the
# field's number, its label or short label, or the footnote's number; a few entries correct a
# value filled in place, and the truth is the corrected value; the supplement's own case number,
# date, page and signature are none of the truth's values; identity documents as a data sheet
# with the document's copy as its annex). Why these two: the roles layout of the extra26 pair
# gives each role a block of its own, one of them holding the catalog's fields; here up to five
# persons of the same kind stand together with the same rows, in columns or a table, and only
# the first place, a role row or a crossed box says which of them the form is about. The
# corrected layout of the extra25 pair strikes a value through beside its correction and its
# keyed layout explains a field's key in a legend; here the value is not in its field at all but
# on another part of the sheet, found only through the field's number, label or footnote, and a
# correction there overrides a value left standing in its box. Opt-in like the others: only
# ``--layouts extra38`` (or their ids) draws them, and their truth says ``"holdout": true``;
# ``generate`` and the CLI expand the name (``expand_opt_in``). Like the extra14 to extra37 pairs
# they stand before the extra13 pair in ``OPT_IN_LAYOUTS``, so that ``KNOWN_LAYOUTS`` keeps
# ending with it; they stand between the extra9 and the extra10 pairs, because the tests of the
# extra37 pair pin the extra10 pair right before it and the extra11 and extra36 pairs after it,
# and every later run and place stays where the tests of the extra22 to extra36 pairs pin it; no
# test pins what stands before the extra10 pair. Their position changes no older selection: it
# only orders the manifest's ``holdout_layouts`` when they are drawn. Suggested seed for a blind
# run: 42424.
EXTRA38_LAYOUTS: Final = ("household", "supplement")
# The thirty-ninth extra blind pair, with a forty-third wording pool (samples.wording_extra39):
# a form or certificate printed in narrow columns or narrow cells, so that labels and values
# wrap over two or three lines (two or three newspaper-like columns with the label above its
# value or run in before it, two or three ruled label/value tables side by side, or a grid of
# narrow table cells whose caption and value wrap inside the cell; labels hyphenated at the
# line end, "Geburts-" / "datum"; a value continuing on the next line under its column and
# breaking only at its spaces and after its own hyphens, "Hans-Böckler-" / "Straße"; the
# records lengthened first, with double-barrelled family names, several given names, long
# streets, places and companies; the truth each value whole), and a form whose fields are
# entered in several sub-cells with tiny captions that a reader has to join (a date as day,
# month and year cells or a box per digit, an address as street, house number, suffix, postal
# code and place, a full name as family name and given names in either order where the catalog
# wants one value, an IBAN in groups of four or as country, check digits, bank code and
# account, a vehicle identification number in boxes or as its three sections, a number plate
# as area, letters and digits, a register number as kind, number and year; the captions above,
# below or inside the cells; the truth the catalog's value recomposed; identity documents as a
# data sheet in either manner with the document's copy and its zone). Why these two: the
# columns layout of the extra17 pair prints short values in a dense grid, and the comb layout
# of the extra4 pair gives each character a box; here the cells are too narrow for the values,
# which wrap inside them and must be joined across lines, and one value is spread over
# several captioned cells that must be recombined in the catalog's order and format. Their
# records are lengthened or given house-number suffixes before drawing
# (``samples.render_extra39.adapt``, from a random stream of its own, called in
# ``build_one``), so that the truth is the adapted record's. Opt-in like the others: only
# ``--layouts extra39`` (or their ids) draws them, and their truth says ``"holdout": true``;
# ``generate`` and the CLI expand the name (``expand_opt_in``). Like the extra14 to extra38
# pairs they stand before the extra13 pair in ``OPT_IN_LAYOUTS``, so that ``KNOWN_LAYOUTS``
# keeps ending with it; they stand between the extra8 and the extra9 pairs, because the tests
# of the extra38 pair pin the extra9 pair right before it and the extra10 and extra37 pairs
# after it, and every later run and place stays where the tests of the extra22 to extra37 pairs
# pin it; no test pins what stands before the extra9 pair. Their position changes no older
# selection: it only orders the manifest's ``holdout_layouts`` when they are drawn. Suggested
# seed for a blind run: 43434.
EXTRA39_LAYOUTS: Final = ("wrapped", "split")
OPT_IN_LAYOUTS: Final = (EXTRA2_LAYOUTS + EXTRA3_LAYOUTS + EXTRA4_LAYOUTS + EXTRA5_LAYOUTS
                         + EXTRA6_LAYOUTS + EXTRA7_LAYOUTS + EXTRA8_LAYOUTS
                         + EXTRA39_LAYOUTS
                         + EXTRA9_LAYOUTS
                         + EXTRA38_LAYOUTS
                         + EXTRA10_LAYOUTS
                         + EXTRA37_LAYOUTS
                         + EXTRA11_LAYOUTS
                         + EXTRA36_LAYOUTS
                         + EXTRA12_LAYOUTS
                         + EXTRA35_LAYOUTS
                         + EXTRA14_LAYOUTS
                         + EXTRA34_LAYOUTS
                         + EXTRA15_LAYOUTS
                         + EXTRA33_LAYOUTS
                         + EXTRA16_LAYOUTS
                         + EXTRA32_LAYOUTS
                         + EXTRA17_LAYOUTS
                         + EXTRA31_LAYOUTS
                         + EXTRA18_LAYOUTS
                         + EXTRA30_LAYOUTS
                         + EXTRA19_LAYOUTS
                         + EXTRA29_LAYOUTS
                         + EXTRA20_LAYOUTS + EXTRA28_LAYOUTS + EXTRA21_LAYOUTS
                         + EXTRA27_LAYOUTS
                         + EXTRA22_LAYOUTS + EXTRA23_LAYOUTS + EXTRA24_LAYOUTS
                         + EXTRA25_LAYOUTS + EXTRA26_LAYOUTS + EXTRA13_LAYOUTS)
# Group names that ``expand_opt_in`` expands (``resolve_layouts`` does not know them).
OPT_IN_GROUPS: Final = {"extra3": EXTRA3_LAYOUTS, "extra4": EXTRA4_LAYOUTS,
                        "extra5": EXTRA5_LAYOUTS, "extra6": EXTRA6_LAYOUTS,
                        "extra7": EXTRA7_LAYOUTS, "extra8": EXTRA8_LAYOUTS,
                        "extra9": EXTRA9_LAYOUTS, "extra10": EXTRA10_LAYOUTS,
                        "extra11": EXTRA11_LAYOUTS, "extra12": EXTRA12_LAYOUTS,
                        "extra13": EXTRA13_LAYOUTS, "extra14": EXTRA14_LAYOUTS,
                        "extra15": EXTRA15_LAYOUTS, "extra16": EXTRA16_LAYOUTS,
                        "extra17": EXTRA17_LAYOUTS, "extra18": EXTRA18_LAYOUTS,
                        "extra19": EXTRA19_LAYOUTS, "extra20": EXTRA20_LAYOUTS,
                        "extra21": EXTRA21_LAYOUTS, "extra22": EXTRA22_LAYOUTS,
                        "extra23": EXTRA23_LAYOUTS, "extra24": EXTRA24_LAYOUTS,
                        "extra25": EXTRA25_LAYOUTS, "extra26": EXTRA26_LAYOUTS,
                        "extra27": EXTRA27_LAYOUTS, "extra28": EXTRA28_LAYOUTS,
                        "extra29": EXTRA29_LAYOUTS, "extra30": EXTRA30_LAYOUTS,
                        "extra31": EXTRA31_LAYOUTS, "extra32": EXTRA32_LAYOUTS,
                        "extra33": EXTRA33_LAYOUTS, "extra34": EXTRA34_LAYOUTS,
                        "extra35": EXTRA35_LAYOUTS, "extra36": EXTRA36_LAYOUTS,
                        "extra37": EXTRA37_LAYOUTS, "extra38": EXTRA38_LAYOUTS,
                        "extra39": EXTRA39_LAYOUTS}
# Layouts whose scanned sheets sometimes arrive turned by 90 or 180 degrees, as a mailroom
# feeds them (``samples.render_extra5.feed_turns``; the text PDF stays upright).
TURNED_LAYOUTS: Final = ("twoup",)
# Layouts whose scanned sheets now and then arrive turned by a quarter turn
# (``samples.render_extra19.quarter_turns``, from a random stream of its own).
QUARTER_LAYOUTS: Final = ("vertical",)
# Layouts whose scanned kinds are a phone's photo of the page (``samples.render_extra11.
# photograph``, from a random stream of its own) instead of a scanner's slightly turned copy.
PHOTO_LAYOUTS: Final = ("photo",)
# Layouts whose values live in a PDF form's fields: their scans are rasterised with the fields'
# appearances drawn (``samples.render_extra21.rasterise_forms``), as the filled form prints.
FORM_LAYOUTS: Final = ("fillable",)
KNOWN_LAYOUTS: Final = LAYOUTS + OPT_IN_LAYOUTS
KINDS: Final = ("text", "clean", "degraded", "dpi200")


@dataclass(frozen=True, slots=True)
class KindSpec:
    dpi: int
    max_rotation: float
    degrade: bool
    single: str  # format of a one-page scan
    multi: str  # format of a multi-page scan


KIND_SPECS: Final = {
    "clean": KindSpec(300, 0.5, False, "png", "tiff"),
    "degraded": KindSpec(300, 3.0, True, "jpg", "pdf"),
    "dpi200": KindSpec(200, 1.0, False, "png", "pdf"),
}


@dataclass(frozen=True, slots=True)
class LayoutSpec:
    """Fonts and the printing habits a layout family draws from (one choice per document)."""

    faces: tuple[tuple[str, str], tuple[str, str]]  # (TrueType, base-14 fallback) x (reg, bold)
    glyphs: bool
    dates: tuple[str, ...]
    address: tuple[str, ...]
    sex: tuple[str, ...]
    nationality: tuple[str, ...]
    purpose: tuple[str, ...]
    shuffle: bool
    values: tuple[tuple[str, str], ...] = (("", ""),)  # faces a form may be filled in with


_HELV = (("", "Helvetica"), ("", "Helvetica-Bold"))
LAYOUT_SPECS: Final = {
    "colon": LayoutSpec(_HELV, False, ("numeric", "numeric", "long"), ("split", "lines"),
                        ("word",), ("adjective",), ("wording", "choice"), True,
                        (("", ""), ("", ""), ("", "Courier"))),
    "tabstop": LayoutSpec((("", "Times-Roman"), ("", "Times-Bold")), True, ("long", "numeric"),
                          ("split", "one_line"), ("word",), ("adjective",),
                          ("choice", "wording"), False, (("", ""), ("", "Helvetica"))),
    "boxed": LayoutSpec((("DejaVuSans", "Helvetica"), ("DejaVuSans-Bold", "Helvetica-Bold")),
                        True, ("numeric", "iso"), ("split",), ("choice", "word"),
                        ("adjective",), ("choice",), True,
                        (("", ""), ("", "Courier"), ("DejaVuSansMono", "Courier"),
                         ("", "Helvetica"))),
    "table": LayoutSpec((("", "Courier"), ("", "Courier-Bold")), False,
                        ("numeric_short", "iso", "numeric"), ("lines", "split"),
                        ("abbr", "word"), ("country", "adjective"), ("wording", "choice"), True),
    "certificate": LayoutSpec((("DejaVuSerif", "Times-Roman"), ("DejaVuSerif-Bold", "Times-Bold")),
                              False, ("long", "numeric"), ("one_line",), ("word",),
                              ("adjective",), ("wording",), False),
    "twocol": LayoutSpec(
        (("LiberationSansNarrow", "Helvetica"), ("LiberationSansNarrow-Bold", "Helvetica-Bold")),
        True, ("long_zero", "iso", "numeric"), ("lines", "split", "one_line"), ("abbr", "word"),
        ("adjective",), ("choice", "wording"), True),
    # date and sex styles of the blind layouts are those of samples.wording_blind.BlindStyle
    "grid": LayoutSpec(_HELV, False, ("numeric", "numeric", "spaced", "long_abbr"),
                       ("split", "lines"), ("capital", "choice", "letter"),
                       ("adjective", "country"), ("choice", "wording"), True,
                       (("", ""), ("", "Courier"), ("DejaVuSansMono", "Courier"),
                        ("LiberationSerif", "Times-Roman"))),
    "ledger": LayoutSpec(
        (("DejaVuSansCondensed", "Helvetica"), ("DejaVuSansCondensed-Bold", "Helvetica-Bold")),
        False, ("long", "long_abbr", "long_upper", "numeric"), ("split", "one_line", "lines"),
        ("capital", "short", "choice"), ("adjective", "country"), ("wording", "choice"), True,
        (("", "Courier"), ("DejaVuSansMono", "Courier"), ("", "Courier"), ("", ""))),
    # date and sex styles of the final layouts are those of samples.wording_final.FinalStyle
    "compact": LayoutSpec(
        (("LiberationSans", "Helvetica"), ("LiberationSans-Bold", "Helvetica-Bold")),
        True, ("numeric", "numeric", "iso", "weekday"), ("split", "lines", "one_line"),
        ("word", "capital", "choice"), ("adjective", "country"), ("choice", "wording"), True,
        (("", ""), ("", ""), ("DejaVuSans", "Helvetica"))),
    "portal": LayoutSpec(
        (("DejaVuSans", "Helvetica"), ("DejaVuSans-Bold", "Helvetica-Bold")), True,
        ("numeric", "weekday", "weekday_long", "iso", "long"), ("split", "lines"),
        ("word", "capital", "paired", "choice"), ("adjective", "country"),
        ("wording", "choice"), True, (("", ""), ("LiberationSans", "Helvetica"))),
    # date and sex styles of the extra layouts are those of samples.wording_extra.ExtraStyle
    "caption": LayoutSpec(
        (("DejaVuSerifCondensed", "Times-Roman"), ("DejaVuSerifCondensed-Bold", "Times-Bold")),
        False, ("numeric", "dash", "slash", "month3"), ("split", "lines", "one_line"),
        ("choice", "upper", "choice"), ("adjective", "country"), ("choice", "wording"), True,
        (("LiberationMono", "Courier"), ("", "Courier"), ("DejaVuSansMono", "Courier"))),
    "bilingual": LayoutSpec(
        (("LiberationSerif", "Times-Roman"), ("LiberationSerif-Bold", "Times-Bold")), False,
        ("numeric", "month3", "iso", "slash", "dash"), ("split", "lines", "one_line"),
        ("bilingual", "upper", "choice"), ("adjective", "country"), ("wording", "choice"),
        True, (("", ""), ("", ""), ("DejaVuSans", "Helvetica"), ("LiberationMono", "Courier"))),
    # the extra2 layouts pick their faces per document in samples.render_extra2; dates, sex
    # and nationality follow samples.wording_extra2.Extra2Style
    "letter": LayoutSpec(
        (("LiberationSans", "Helvetica"), ("LiberationSans-Bold", "Helvetica-Bold")), False,
        ("numeric", "numeric", "numeric_short", "long", "long_zero"),
        ("one_line", "split", "lines"), ("word",), ("adjective", "country"), ("wording",),
        False),
    "headers": LayoutSpec(
        (("DejaVuSansMono", "Courier"), ("DejaVuSansMono-Bold", "Courier-Bold")), False,
        ("numeric", "iso", "month_short"), ("split", "lines", "one_line"),
        ("word", "letter", "short"), ("adjective", "code", "upper"), ("wording",), False),
    # the extra3 layouts pick their faces per document in samples.render_extra3; dates follow
    # samples.wording_extra3, the sex / nationality / purpose modes are read there too
    "mobile": LayoutSpec(
        (("LiberationSans", "Helvetica"), ("LiberationSans-Bold", "Helvetica-Bold")), False,
        ("numeric", "numeric", "iso", "mon", "long"), ("split", "lines", "one_line", "split"),
        ("choice", "choice", "capital", "word"), ("country", "capital", "adjective"),
        ("choice", "choice", "wording"), False),
    "carbon": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False,
        ("numeric", "numeric_short", "roman", "spaced_short", "long"),
        ("split", "lines", "one_line"), ("choice", "short", "upper", "word"),
        ("upper", "adjective", "country"), ("choice", "wording"), False),
    # the extra4 layouts pick their faces per document in samples.render_extra4; dates follow
    # samples.wording_extra4, the sex / nationality / purpose modes are read there too
    "comb": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, ("dotted", "grouped", "dotted"),
        ("split", "split", "lines", "one_line"), ("choice", "key", "word", "choice"),
        ("adjective", "country", "upper"), ("choice", "choice", "wording"), False),
    "fax": LayoutSpec(
        (("", "Times-Roman"), ("", "Times-Bold")), False,
        ("numeric", "numeric_short", "long", "weekday", "long_upper", "numeric"),
        ("split", "lines", "one_line"), ("word", "capital", "choice"),
        ("adjective", "country", "answer"), ("choice", "wording", "wording"), False),
    # the extra5 layouts pick their faces per document in samples.render_extra5; dates follow
    # samples.wording_extra5, the sex / nationality / purpose modes are read there too
    "email": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False,
        ("numeric", "typed", "mon_abbr", "long_tight", "weekday_short", "numeric"),
        ("split", "lines", "one_line"), ("word", "short", "capital"),
        ("adjective", "abbr", "country", "prose"), ("long", "short", "long"), False),
    "twoup": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False,
        ("numeric", "long", "spaced", "mon_abbr_zero", "numeric"),
        ("split", "lines", "one_line"), ("choice", "word", "short", "choice"),
        ("adjective", "upper", "country", "abbr"), ("choice", "choice", "long"), False),
    # the extra6 layouts pick their faces per document in samples.render_extra6; dates follow
    # samples.wording_extra6, the sex / nationality / purpose modes are read there too
    "overlay": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False,
        ("numeric", "unpadded", "long", "abbr3", "slashed", "numeric"),
        ("split", "split", "lines", "one_line"), ("choice", "choice", "word", "upper"),
        ("adjective", "capital", "country", "upper"), ("choice", "choice", "long"), False),
    "stamped": LayoutSpec(
        (("", "Times-Roman"), ("", "Times-Bold")), False,
        ("numeric", "long", "abbr3", "spaced", "long_upper", "numeric"),
        ("split", "lines", "one_line"), ("word", "short", "upper", "choice"),
        ("adjective", "capital", "country", "upper"), ("long", "short", "choice"), False),
    # the extra7 layouts pick their faces per document in samples.render_extra7; dates follow
    # samples.wording_extra7, the sex / nationality / purpose modes are read there too
    "guided": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False,
        ("numeric", "din_abbr", "long", "dot_spaced", "numeric"),
        ("split", "split", "lines", "one_line"), ("choice", "word", "letter", "choice"),
        ("adjective", "country", "coded"), ("choice", "choice", "wording"), False),
    "tinted": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False,
        ("numeric", "cells", "iso", "long_upper_zero", "din_abbr", "cells"),
        ("split", "lines", "one_line", "split"), ("choice", "short", "letter", "word"),
        ("adjective", "coded", "country"), ("choice", "wording", "choice"), False),
    # the extra8 layouts pick their faces per document in samples.render_extra8; dates, sex
    # and nationality follow samples.wording_extra8; purpose modes are "full" / "short"
    "kiosk": LayoutSpec(
        (("", "Courier"), ("", "Courier-Bold")), False, KIOSK_DATE_STYLES,
        ("split", "lines", "one_line", "split"), KIOSK_SEX_MODES, KIOSK_NATIONALITY_MODES,
        ("full", "short", "full"), False),
    "sheet": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, SHEET_DATE_STYLES,
        ("split", "split", "lines", "one_line"), SHEET_SEX_MODES, SHEET_NATIONALITY_MODES,
        ("full", "short", "full"), False),
    # the extra9 layouts pick their faces per document in samples.render_extra9; dates, sex
    # and nationality follow samples.wording_extra9; purpose modes are "choice" / "word"
    "typed": LayoutSpec(
        (("", "Courier"), ("", "Courier-Bold")), False, TYPED_DATE_STYLES,
        ("split", "lines", "one_line", "split"), TYPED_SEX_MODES, TYPED_NATIONALITY_MODES,
        ("choice", "word", "choice"), False),
    "ornate": LayoutSpec(
        (("", "Times-Roman"), ("", "Times-Bold")), False, ORNATE_DATE_STYLES,
        ("split", "lines", "one_line", "split"), ORNATE_SEX_MODES, ORNATE_NATIONALITY_MODES,
        ("word", "choice", "word"), False),
    # the extra10 layouts pick their faces per document in samples.render_extra10; dates, sex
    # and nationality follow samples.wording_extra10; purpose modes are "choice" / "word"
    "darkmode": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, DARK_DATE_STYLES,
        ("split", "lines", "one_line", "split"), DARK_SEX_MODES, DARK_NATIONALITY_MODES,
        ("choice", "word", "choice"), False),
    "memo": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, MEMO_DATE_STYLES,
        ("split", "lines", "one_line", "split"), MEMO_SEX_MODES, MEMO_NATIONALITY_MODES,
        ("word",), False),
    # the extra11 layouts pick their faces per document in samples.render_extra11; dates, sex
    # and nationality follow samples.wording_extra11; purpose modes are "choice" / "word"
    "photo": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, PHOTO_DATE_STYLES,
        ("split", "lines", "one_line", "split"), PHOTO_SEX_MODES, PHOTO_NATIONALITY_MODES,
        ("choice", "word", "choice"), False),
    "legacy": LayoutSpec(
        (("", "Courier"), ("", "Courier-Bold")), False, LEGACY_DATE_STYLES,
        ("split", "lines", "one_line", "split"), LEGACY_SEX_MODES, LEGACY_NATIONALITY_MODES,
        ("word",), False),
    # the extra12 layouts pick their faces per document in samples.render_extra12; dates, sex
    # and nationality follow samples.wording_extra12; purpose modes are "choice" / "word"
    "marked": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, MARKED_DATE_STYLES,
        ("split", "lines", "one_line", "split"), MARKED_SEX_MODES, MARKED_NATIONALITY_MODES,
        ("choice", "word", "choice"), False),
    "landscape": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, LANDSCAPE_DATE_STYLES,
        ("split", "lines", "one_line", "split"), LANDSCAPE_SEX_MODES,
        LANDSCAPE_NATIONALITY_MODES, ("choice", "choice", "word"), False),
    # the extra13 layouts pick their faces per document in samples.render_extra13; dates, sex
    # and nationality follow samples.wording_extra13; purpose modes are "choice" / "word"
    "quiz": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, QUIZ_DATE_STYLES,
        ("split", "lines", "one_line", "split"), QUIZ_SEX_MODES, QUIZ_NATIONALITY_MODES,
        ("choice", "choice", "word"), False),
    "register": LayoutSpec(
        (("", "Courier"), ("", "Courier-Bold")), False, REGISTER_DATE_STYLES,
        ("split", "lines", "one_line", "split"), REGISTER_SEX_MODES,
        REGISTER_NATIONALITY_MODES, ("word",), False),
    # the extra14 layouts pick their faces per document in samples.render_extra14; dates, sex
    # and nationality follow samples.wording_extra14; purpose modes are "choice" / "word"
    "duplex": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, DUPLEX_DATE_STYLES,
        ("split", "lines", "one_line", "split"), DUPLEX_SEX_MODES, DUPLEX_NATIONALITY_MODES,
        ("choice", "choice", "word"), False),
    "gov": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, GOV_DATE_STYLES,
        ("split", "lines", "one_line", "split"), GOV_SEX_MODES, GOV_NATIONALITY_MODES,
        ("word",), False),
    # the extra15 layouts pick their faces per document in samples.render_extra15; dates, sex
    # and nationality follow samples.wording_extra15; purpose modes are "word" / "choice"
    "ciec": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, CIEC_DATE_STYLES,
        ("split", "lines", "one_line", "split"), CIEC_SEX_MODES, CIEC_NATIONALITY_MODES,
        ("word",), False),
    "legend": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, LEGEND_DATE_STYLES,
        ("split", "lines", "one_line", "split"), LEGEND_SEX_MODES, LEGEND_NATIONALITY_MODES,
        ("choice",), False),
    # the extra16 layouts pick their faces per document in samples.render_extra16; dates, sex
    # and nationality follow samples.wording_extra16
    "handwritten": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, HAND_DATE_STYLES,
        ("split",), HAND_SEX_MODES, HAND_NATIONALITY_MODES, ("choice",), False),
    "agency": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, AGENCY_DATE_STYLES,
        ("split",), AGENCY_SEX_MODES, AGENCY_NATIONALITY_MODES, ("word",), False),
    # the extra17 layouts pick their faces per document in samples.render_extra17; dates, sex
    # and nationality follow samples.wording_extra17 (abbrev mixes two date styles per document)
    "abbrev": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, ABBREV_DATE_STYLES,
        ("split",), ABBREV_SEX_MODES, ABBREV_NATIONALITY_MODES, ("choice",), False),
    "columns": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, COLUMNS_DATE_STYLES,
        ("split", "lines", "one_line", "split"), COLUMNS_SEX_MODES, COLUMNS_NATIONALITY_MODES,
        ("word",), False),
    # the extra18 layouts pick their faces per document in samples.render_extra18; dates, sex
    # and nationality follow samples.wording_extra18
    "receipt": LayoutSpec(
        (("", "Courier"), ("", "Courier-Bold")), False, SLIP_DATE_STYLES,
        ("split", "lines", "split"), SLIP_SEX_MODES, SLIP_NATIONALITY_MODES, ("word",), False),
    "pairs": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, BOX_DATE_STYLES,
        ("split", "lines", "split"), BOX_SEX_MODES, BOX_NATIONALITY_MODES, ("word",), False),
    # the extra19 layouts pick their faces per document in samples.render_extra19; dates, sex
    # and nationality follow samples.wording_extra19 (cloze reads the sex mode as the way its
    # alternatives are marked)
    "cloze": LayoutSpec(
        (("", "Times-Roman"), ("", "Times-Bold")), False, CLOZE_DATE_STYLES,
        ("split", "lines", "split"), CLOZE_SEX_MODES, CLOZE_NATIONALITY_MODES, ("word",), False),
    "vertical": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, GRID_DATE_STYLES,
        ("split", "lines", "split"), GRID_SEX_MODES, GRID_NATIONALITY_MODES, ("word",), False),
    # the extra20 layouts pick their faces per document in samples.render_extra20; dates, sex
    # and nationality follow samples.wording_extra20 (matrix reads the sex mode "tick" as tick
    # boxes in the cell)
    "matrix": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, MATRIX_DATE_STYLES,
        ("split", "lines", "split"), MATRIX_SEX_MODES, MATRIX_NATIONALITY_MODES, ("choice",),
        False),
    "webprint": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, WEB_DATE_STYLES,
        ("split", "lines", "split"), WEB_SEX_MODES, WEB_NATIONALITY_MODES, ("word",), False),
    # the extra21 layouts pick their faces per document in samples.render_extra21; dates, sex
    # and nationality follow samples.wording_extra21 (polyglot reads the sex mode "tick" and
    # fillable the modes "radio" / "check" as tick boxes, radio buttons or check boxes)
    "polyglot": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, POLY_DATE_STYLES,
        ("split", "lines", "split"), POLY_SEX_MODES, POLY_NATIONALITY_MODES, ("choice",),
        False),
    "fillable": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, FILL_DATE_STYLES,
        ("split", "lines", "split"), FILL_SEX_MODES, FILL_NATIONALITY_MODES, ("choice",),
        False),
    # the extra22 layouts pick their faces per document in samples.render_extra22; dates, sex
    # and nationality follow samples.wording_extra22 (outline reads the sex mode "options" and
    # the purpose mode "options" as all options with the chosen one marked; markup prints codes)
    "outline": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, OUTLINE_DATE_STYLES,
        ("split", "lines", "one_line", "split"), OUTLINE_SEX_MODES, OUTLINE_NATIONALITY_MODES,
        ("options", "options", "word"), False),
    "markup": LayoutSpec(
        (("", "Courier"), ("", "Courier-Bold")), False, MARKUP_DATE_STYLES,
        ("split", "lines", "one_line", "split"), MARKUP_SEX_MODES, MARKUP_NATIONALITY_MODES,
        ("enum",), False),
    # the extra23 layouts pick their faces per document in samples.render_extra23; dates, sex
    # and nationality follow samples.wording_extra23 (chat reads the sex and purpose mode
    # "reply" as quick-reply buttons; dialog reads "radio" as radio buttons, "combo" and
    # "letter" as combo boxes)
    "chat": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, CHAT_DATE_STYLES,
        ("one_line", "lines", "split", "lines"), CHAT_SEX_MODES, CHAT_NATIONALITY_MODES,
        ("reply", "reply", "word"), False),
    "dialog": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, DIALOG_DATE_STYLES,
        ("split", "split", "lines", "one_line"), DIALOG_SEX_MODES, DIALOG_NATIONALITY_MODES,
        ("combo", "radio", "combo"), False),
    # the extra24 layouts pick their faces per document in samples.render_extra24; dates, sex
    # and nationality follow samples.wording_extra24 (dwelling, purpose and landlord role are
    # printed as the pool's wording)
    "history": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, HISTORY_DATE_STYLES,
        ("split", "lines", "one_line", "split"), HISTORY_SEX_MODES, HISTORY_NATIONALITY_MODES,
        ("word",), False),
    "contract": LayoutSpec(
        (("", "Times-Roman"), ("", "Times-Bold")), False, CONTRACT_DATE_STYLES,
        ("one_line", "lines", "split", "one_line"), CONTRACT_SEX_MODES,
        CONTRACT_NATIONALITY_MODES, ("word",), False),
    # the extra25 layouts pick their faces per document in samples.render_extra25; dates, sex
    # and nationality follow samples.wording_extra25 (corrected reads the sex and purpose mode
    # "choice" as tick boxes, keyed reads "code" as an option number with its legend and "tick"
    # as keyed tick boxes; the purpose mode also sets how dwelling, landlord role and document
    # kind are printed)
    "corrected": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, CORRECTED_DATE_STYLES,
        ("split", "split", "lines", "one_line"), CORRECTED_SEX_MODES,
        CORRECTED_NATIONALITY_MODES, ("choice", "word", "choice"), False),
    "keyed": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, KEYED_DATE_STYLES,
        ("split", "split", "lines", "one_line"), KEYED_SEX_MODES, KEYED_NATIONALITY_MODES,
        ("code", "word", "tick"), False),
    # the extra26 layouts pick their faces per document in samples.render_extra26; dates, sex
    # and nationality follow samples.wording_extra26 (both read the purpose mode "choice" as
    # tick boxes for dwelling, purpose, landlord role and document kind, "word" as the pool's
    # wording)
    "searchable": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, SEARCHABLE_DATE_STYLES,
        ("split", "split", "lines", "one_line"), SEARCHABLE_SEX_MODES,
        SEARCHABLE_NATIONALITY_MODES, ("choice", "word", "choice"), False),
    "roles": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, ROLES_DATE_STYLES,
        ("split", "lines", "one_line", "split"), ROLES_SEX_MODES, ROLES_NATIONALITY_MODES,
        ("choice", "word", "choice"), False),
    # the extra27 layouts pick their faces per document in samples.render_extra27; dates, sex
    # and nationality follow samples.wording_extra27 (both read the purpose mode "choice" as
    # tick boxes for dwelling, purpose, landlord role and document kind, "word" as the pool's
    # wording)
    "dense": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, DENSE_DATE_STYLES,
        ("split", "split", "lines", "one_line"), DENSE_SEX_MODES, DENSE_NATIONALITY_MODES,
        ("choice", "word", "choice"), False),
    "assorted": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, ASSORTED_DATE_STYLES,
        ("split", "lines", "one_line", "split"), ASSORTED_SEX_MODES,
        ASSORTED_NATIONALITY_MODES, ("choice", "word"), False),
    # the extra28 layouts pick their faces per document in samples.render_extra28; dates, sex
    # and nationality follow samples.wording_extra28 (both read the purpose mode "choice" as
    # radio buttons or tick boxes for dwelling, purpose, landlord role and document kind, "word"
    # as the pool's wording)
    "placeholder": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, PLACEHOLDER_DATE_STYLES,
        ("split", "split", "lines", "one_line"), PLACEHOLDER_SEX_MODES,
        PLACEHOLDER_NATIONALITY_MODES, ("choice", "word", "choice"), False),
    "inverted": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, INVERTED_DATE_STYLES,
        ("split", "lines", "one_line", "split"), INVERTED_SEX_MODES,
        INVERTED_NATIONALITY_MODES, ("word", "choice"), False),
    # the extra29 layouts pick their faces per document in samples.render_extra29; dates, sex
    # and nationality follow samples.wording_extra29 (spreadsheet reads the purpose mode
    # "choice" as option columns or rows with an "x", microfilm as printed boxes with a typed
    # cross, and its sex mode "choice" likewise)
    "spreadsheet": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, CELL_DATE_STYLES,
        ("split", "split", "lines", "one_line"), CELL_SEX_MODES, CELL_NATIONALITY_MODES,
        ("word", "choice", "word"), False),
    "microfilm": LayoutSpec(
        (("", "Courier"), ("", "Courier-Bold")), False, FILM_DATE_STYLES,
        ("split", "lines", "one_line", "split"), FILM_SEX_MODES, FILM_NATIONALITY_MODES,
        ("choice", "word", "choice"), False),
    # the extra30 layouts pick their faces per document in samples.render_extra30; dates, sex
    # and nationality follow samples.wording_extra30 (both read the sex and purpose mode
    # "choice" as the original's options with the chosen one marked: ticked boxes in a
    # translation, a circled, underlined or slashed option on a card; "word" as the pool's
    # wording)
    "translation": LayoutSpec(
        (("", "Times-Roman"), ("", "Times-Bold")), False, TRANS_DATE_STYLES,
        ("split", "lines", "one_line", "split"), TRANS_SEX_MODES, TRANS_NATIONALITY_MODES,
        ("word", "choice", "word"), False),
    "indexcard": LayoutSpec(
        (("", "Courier"), ("", "Courier-Bold")), False, CARD_DATE_STYLES,
        ("split", "split", "lines", "one_line"), CARD_SEX_MODES, CARD_NATIONALITY_MODES,
        ("word", "choice"), False),
    # the extra31 layouts pick their faces per document in samples.render_extra31; dates, sex
    # and nationality follow samples.wording_extra31 (easyread reads the sex and purpose mode
    # "choice" as large tick boxes with easy-language options, "easy" as the easy word; stickers
    # reads the sex mode "dot" and the purpose mode "choice" as printed options with a dot label
    # or a typed cross, "word" as a label carrying the pool's wording)
    "easyread": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, EASY_DATE_STYLES,
        ("split", "lines", "one_line", "split"), EASY_SEX_MODES, EASY_NATIONALITY_MODES,
        ("choice", "choice", "word"), False),
    "stickers": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, STICKER_DATE_STYLES,
        ("split", "split", "lines", "one_line"), STICKER_SEX_MODES, STICKER_NATIONALITY_MODES,
        ("choice", "word", "choice"), False),
    # the extra32 layouts pick their faces per document in samples.render_extra32; dates, sex
    # and nationality follow samples.wording_extra32 (both read the sex and purpose mode
    # "choice" as the options with the chosen one marked: a box with a cross on spelled forms,
    # a filled ring when typeset; "word" as the pool's wording)
    "spelled": LayoutSpec(
        (("", "Times-Roman"), ("", "Times-Bold")), False, SPELLED_DATE_STYLES,
        ("split", "split", "lines", "one_line"), SPELLED_SEX_MODES, SPELLED_NATIONALITY_MODES,
        ("word", "choice", "word"), False),
    "typeset": LayoutSpec(
        (("", "Times-Roman"), ("", "Times-Bold")), False, TYPESET_DATE_STYLES,
        ("split", "lines", "one_line", "split"), TYPESET_SEX_MODES, TYPESET_NATIONALITY_MODES,
        ("word", "choice"), False),
    # the extra33 layouts pick their faces per document in samples.render_extra33; dates, sex
    # and nationality follow samples.wording_extra33 (alpine narrows the date style to the
    # issuer's habits and reads the nationality mode "bilingual" as the adjective with its
    # Italian or French twin; both read the sex and purpose mode "choice" as printed boxes with
    # the chosen one crossed, "word" as the pool's wording)
    "alpine": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, ALPINE_DATE_STYLES,
        ("split", "split", "lines", "one_line"), ALPINE_SEX_MODES, ALPINE_NATIONALITY_MODES,
        ("choice", "word", "choice"), False),
    "archive": LayoutSpec(
        (("", "Courier"), ("", "Courier-Bold")), False, ARCHIVE_DATE_STYLES,
        ("split", "lines", "one_line", "split"), ARCHIVE_SEX_MODES, ARCHIVE_NATIONALITY_MODES,
        ("choice", "word", "choice"), False),
    # the extra34 layouts pick their faces per document in samples.render_extra34; dates, sex
    # and nationality follow samples.wording_extra34 (redacted reads the sex and purpose mode
    # "choice" as printed boxes with the chosen one crossed on forms, "word" as the pool's
    # wording; a chronicle always prints the wording)
    "chronicle": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, CHRONICLE_DATE_STYLES,
        ("split", "lines", "one_line", "one_line"), CHRONICLE_SEX_MODES,
        CHRONICLE_NATIONALITY_MODES, ("word",), False),
    "redacted": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, REDACTED_DATE_STYLES,
        ("split", "split", "lines", "one_line"), REDACTED_SEX_MODES,
        REDACTED_NATIONALITY_MODES, ("choice", "word", "choice"), False),
    # the extra35 layouts pick their faces per document in samples.render_extra35; dates, sex
    # and nationality follow samples.wording_extra35 (tearoff reads the sex modes "tick" and
    # "letters" and the purpose mode "choice" as printed boxes with a typed cross, screenshot the
    # sex mode "radio" and the purpose mode "choice" as radio buttons and "dropdown" as a
    # drop-down field; "word" is the pool's wording)
    "tearoff": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, TEAROFF_DATE_STYLES,
        ("split", "split", "lines", "one_line"), TEAROFF_SEX_MODES,
        TEAROFF_NATIONALITY_MODES, ("choice", "word", "choice"), False),
    "screenshot": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, SCREEN_DATE_STYLES,
        ("split", "lines", "one_line", "split"), SCREEN_SEX_MODES,
        SCREEN_NATIONALITY_MODES, ("word", "choice", "word"), False),
    # the extra36 layouts pick their faces per document in samples.render_extra36; dates, sex
    # and nationality follow samples.wording_extra36 (annotated reads the sex mode "check" and
    # the purpose mode "choice" as a check-mark stamp on the form's printed box, the other modes
    # as a comment that names the value; a notice always prints its wording)
    "notice": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, NOTICE_DATE_STYLES,
        ("split", "split", "lines", "one_line"), NOTICE_SEX_MODES,
        NOTICE_NATIONALITY_MODES, ("word",), False),
    "annotated": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, ANNOT_DATE_STYLES,
        ("split", "lines", "one_line", "split"), ANNOT_SEX_MODES,
        ANNOT_NATIONALITY_MODES, ("choice", "word", "choice"), False),
    # the extra37 layouts pick their faces per document in samples.render_extra37; dates, sex
    # and nationality follow samples.wording_extra37 (dataexport reads the purpose mode "both"
    # as an enumeration key with its meaning in a second field, "key" as the key alone, "text"
    # as the meaning alone, for the dwelling too; changeform reads the sex mode "choice" as
    # printed boxes with the chosen one crossed and prints its own wording of the choices)
    "dataexport": LayoutSpec(
        (("", "Courier"), ("", "Courier-Bold")), False, EXPORT_DATE_STYLES,
        ("split", "split", "one_line"), EXPORT_SEX_MODES,
        EXPORT_NATIONALITY_MODES, ("both", "key", "text", "both"), False),
    "changeform": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, CHANGE_DATE_STYLES,
        ("split", "one_line", "split"), CHANGE_SEX_MODES,
        CHANGE_NATIONALITY_MODES, ("word",), False),
    # the extra38 layouts pick their faces per document in samples.render_extra38; dates, sex
    # and nationality follow samples.wording_extra38 (both read the purpose mode "choice" as
    # printed boxes with the chosen purpose or dwelling crossed, for the dwelling too, and the
    # sex mode "choice" likewise; household reads the address mode "split" as rows for street,
    # number, postal code and city, "one_line" as one row)
    "household": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), True, HOUSE_DATE_STYLES,
        ("split", "one_line", "split"), HOUSE_SEX_MODES,
        HOUSE_NATIONALITY_MODES, ("word", "choice", "word"), False),
    "supplement": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), False, SUPP_DATE_STYLES,
        ("split", "split", "one_line"), SUPP_SEX_MODES,
        SUPP_NATIONALITY_MODES, ("word", "choice"), False),
    # the extra39 layouts pick their faces per document in samples.render_extra39; dates, sex
    # and nationality follow samples.wording_extra39 (wrapped reads the address mode "one_line"
    # as one wrapped value, "split" as four fields, and the purpose mode "choice" as printed
    # boxes; split names by its date style how it enters a day, "cells", "month" or "comb",
    # and always prints its choices as boxes and its addresses in sub-cells)
    "wrapped": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), True, WRAP_DATE_STYLES,
        ("split", "one_line", "split"), WRAP_SEX_MODES,
        WRAP_NATIONALITY_MODES, ("wording", "choice"), False),
    "split": LayoutSpec(
        (("", "Helvetica"), ("", "Helvetica-Bold")), True, SPLIT_DATE_STYLES,
        ("split",), SPLIT_SEX_MODES,
        SPLIT_NATIONALITY_MODES, ("choice",), False),
}

# TrueType faces the final layouts use besides those of samples.fonts (registered on demand).
EXTRA_TTF: Final = {"LiberationSans": "LiberationSans-Regular.ttf",
                    "LiberationSans-Bold": "LiberationSans-Bold.ttf",
                    "LiberationMono": "LiberationMono-Regular.ttf",
                    "DejaVuSerifCondensed": "DejaVuSerifCondensed.ttf",
                    "DejaVuSerifCondensed-Bold": "DejaVuSerifCondensed-Bold.ttf"}

STANDESAMT: Final = (Geburt, Ehe, Sterbe)


@dataclass(frozen=True, slots=True)
class DocSpec:
    doc_type: str
    index: int
    layout: str
    pages: int
    seed: int
    kinds: tuple[str, ...]
    out_dir: Path

    @property
    def source_id(self) -> str:
        return f"{self.doc_type}-{self.index:03d}"

    def rng(self, *salt: str) -> random.Random:
        return random.Random("/".join((str(self.seed), self.doc_type, str(self.index), *salt)))


# --- drawing ------------------------------------------------------------------------------------

def make_style(layout: str, rng: random.Random) -> Style:
    spec = LAYOUT_SPECS[layout]
    blind = layout in BLIND_LAYOUTS
    final = layout in FINAL_LAYOUTS
    extra = layout in EXTRA_LAYOUTS
    words: Wording
    if layout in EXTRA39_LAYOUTS:
        words = Extra39Wording(rng, layout)
        return Extra39Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA38_LAYOUTS:
        words = Extra38Wording(rng, layout)
        return Extra38Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA37_LAYOUTS:
        words = Extra37Wording(rng, layout)
        return Extra37Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA36_LAYOUTS:
        words = Extra36Wording(rng, layout)
        return Extra36Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA35_LAYOUTS:
        words = Extra35Wording(rng, layout)
        return Extra35Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA34_LAYOUTS:
        words = Extra34Wording(rng, layout)
        return Extra34Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA33_LAYOUTS:
        words = Extra33Wording(rng, layout)
        return Extra33Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA32_LAYOUTS:
        words = Extra32Wording(rng, layout)
        return Extra32Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA31_LAYOUTS:
        words = Extra31Wording(rng, layout)
        return Extra31Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA30_LAYOUTS:
        words = Extra30Wording(rng, layout)
        return Extra30Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA29_LAYOUTS:
        words = Extra29Wording(rng, layout)
        return Extra29Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA28_LAYOUTS:
        words = Extra28Wording(rng, layout)
        return Extra28Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA27_LAYOUTS:
        words = Extra27Wording(rng, layout)
        return Extra27Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA26_LAYOUTS:
        words = Extra26Wording(rng, layout)
        return Extra26Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA25_LAYOUTS:
        words = Extra25Wording(rng, layout)
        return Extra25Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA24_LAYOUTS:
        words = Extra24Wording(rng, layout)
        return Extra24Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA23_LAYOUTS:
        words = Extra23Wording(rng, layout)
        return Extra23Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA22_LAYOUTS:
        words = Extra22Wording(rng, layout)
        return Extra22Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA21_LAYOUTS:
        words = Extra21Wording(rng, layout)
        return Extra21Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA20_LAYOUTS:
        words = Extra20Wording(rng, layout)
        return Extra20Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA19_LAYOUTS:
        words = Extra19Wording(rng, layout)
        return Extra19Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA18_LAYOUTS:
        words = Extra18Wording(rng, layout)
        return Extra18Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA17_LAYOUTS:
        words = Extra17Wording(rng, layout)
        return Extra17Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA16_LAYOUTS:
        words = Extra16Wording(rng, layout)
        return Extra16Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA15_LAYOUTS:
        words = Extra15Wording(rng, layout)
        return Extra15Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA14_LAYOUTS:
        words = Extra14Wording(rng, layout)
        return Extra14Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA13_LAYOUTS:
        words = Extra13Wording(rng, layout)
        return Extra13Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA12_LAYOUTS:
        words = Extra12Wording(rng, layout)
        return Extra12Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA11_LAYOUTS:
        words = Extra11Wording(rng, layout)
        return Extra11Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA10_LAYOUTS:
        words = Extra10Wording(rng, layout)
        return Extra10Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA9_LAYOUTS:
        words = Extra9Wording(rng, layout)
        return Extra9Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA8_LAYOUTS:
        words = Extra8Wording(rng, layout)
        return Extra8Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA7_LAYOUTS:
        words = Extra7Wording(rng, layout)
        return Extra7Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA6_LAYOUTS:
        words = Extra6Wording(rng, layout)
        return Extra6Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA5_LAYOUTS:
        words = Extra5Wording(rng, layout)
        return Extra5Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA4_LAYOUTS:
        words = Extra4Wording(rng, layout)
        return Extra4Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA3_LAYOUTS:
        words = Extra3Wording(rng, layout)
        return Extra3Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if layout in EXTRA2_LAYOUTS:
        words = Extra2Wording(rng, layout)
        return Extra2Style(
            layout=layout, rng=rng, words=words,
            date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
            sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
            purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
        )
    if extra:
        words = ExtraWording(rng)
    elif final:
        words = FinalWording(rng)
    elif blind:
        words = BlindWording(rng)
    else:
        words = Wording(rng, layout in HOLDOUT_LAYOUTS)
    return (ExtraStyle if extra else FinalStyle if final else BlindStyle if blind else Style)(
        layout=layout, rng=rng, words=words,
        date_style=rng.choice(spec.dates), address_mode=rng.choice(spec.address),
        sex_mode=rng.choice(spec.sex), nationality_mode=rng.choice(spec.nationality),
        purpose_mode=rng.choice(spec.purpose), shuffle=spec.shuffle,
    )


def _face(name: str, fallback: str) -> str:
    """``samples.fonts.font``, plus the faces in ``EXTRA_TTF``."""
    if name not in EXTRA_TTF:
        return font(name, fallback)
    return _extra_face(name, fallback)


@cache
def _extra_face(name: str, fallback: str) -> str:
    for root in fonts.FONT_DIRS:
        for path in sorted(root.rglob(EXTRA_TTF[name])) if root.is_dir() else ():
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception:  # a broken font file must not stop the generator
                return fallback
            return name
    return fallback


def make_faces(layout: str, rng: random.Random) -> Faces:
    """The layout's label faces, and the face this document was filled in with."""
    spec = LAYOUT_SPECS[layout]
    (reg, reg_fb), (bold, bold_fb) = spec.faces
    regular = _face(reg, reg_fb) if reg else reg_fb
    heavy = _face(bold, bold_fb) if bold else bold_fb
    if (regular == reg_fb) != (heavy == bold_fb):  # never mix a TrueType and a fallback face
        regular, heavy = reg_fb, bold_fb
    value_ttf, value_fb = rng.choice(spec.values)
    value = _face(value_ttf, value_fb) if value_ttf else value_fb
    return Faces(regular, heavy, spec.glyphs, value)


def _city(record: Record) -> str:
    for attr in ("address", "landlord_address"):
        value = getattr(record, attr, None)
        if value is not None:
            return str(value.city)
    return "Bochum"


def draw_document(spec: DocSpec, record: Record, rng: random.Random) -> tuple[bytes, int]:
    """The document as a text-layer PDF and its page count."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=True, pageCompression=1)
    canvas.setTitle("")
    margin = rng.uniform(48, 72)
    right = PAGE_W - margin + rng.uniform(-6, 6)
    pen = Pen(canvas, make_faces(spec.layout, rng), margin, right)
    style = make_style(spec.layout, rng)
    two = spec.pages == 2
    if spec.layout in EXTRA39_LAYOUTS:
        draw_extra39(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA38_LAYOUTS:
        draw_extra38(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA37_LAYOUTS:
        draw_extra37(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA36_LAYOUTS:
        draw_extra36(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA35_LAYOUTS:
        draw_extra35(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA34_LAYOUTS:
        draw_extra34(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA33_LAYOUTS:
        draw_extra33(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA32_LAYOUTS:
        draw_extra32(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA31_LAYOUTS:
        draw_extra31(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA30_LAYOUTS:
        draw_extra30(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA29_LAYOUTS:
        draw_extra29(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA28_LAYOUTS:
        draw_extra28(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA27_LAYOUTS:
        draw_extra27(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA26_LAYOUTS:
        draw_extra26(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA25_LAYOUTS:
        draw_extra25(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA24_LAYOUTS:
        draw_extra24(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA23_LAYOUTS:
        draw_extra23(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA22_LAYOUTS:
        draw_extra22(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA21_LAYOUTS:
        draw_extra21(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA20_LAYOUTS:
        draw_extra20(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA19_LAYOUTS:
        draw_extra19(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA18_LAYOUTS:
        draw_extra18(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA17_LAYOUTS:
        draw_extra17(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA16_LAYOUTS:
        draw_extra16(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA15_LAYOUTS:
        draw_extra15(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA14_LAYOUTS:
        draw_extra14(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA13_LAYOUTS:
        draw_extra13(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA12_LAYOUTS:
        draw_extra12(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA11_LAYOUTS:
        draw_extra11(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA10_LAYOUTS:
        draw_extra10(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA9_LAYOUTS:
        draw_extra9(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA8_LAYOUTS:
        draw_extra8(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA7_LAYOUTS:
        draw_extra7(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA6_LAYOUTS:
        draw_extra6(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA5_LAYOUTS:
        draw_extra5(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA4_LAYOUTS:
        draw_extra4(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA3_LAYOUTS:
        draw_extra3(pen, record, style, rng, spec.doc_type, spec.pages)
    elif spec.layout in EXTRA2_LAYOUTS:
        draw_extra2(pen, record, style, rng, spec.doc_type, spec.pages)
    elif isinstance(record, Identity):
        header = style.words.title("identity_document")
        draw_identity(pen, record, rng, spec.layout, spec.pages, header)
        if spec.layout in BLIND_LAYOUTS:
            identity_footer(pen, rng)
        elif spec.layout in FINAL_LAYOUTS:
            final_identity_footer(pen, rng, spec.layout)
        elif spec.layout in EXTRA_LAYOUTS:
            extra_identity_footer(pen, rng, spec.layout)
        if two and pen.pages == 1:
            notes_page(pen, rng)
    elif spec.layout == "certificate":
        title = style.words.title(spec.doc_type)
        if isinstance(record, STANDESAMT):
            draw_certificate(pen, record, style, title)
        else:
            draw_letter(pen, record, style, title, authority(style, spec.doc_type, _city(record)))
        if two:
            notes_page(pen, rng)
    else:
        form = build_form(record, style)
        if spec.layout in BLIND_LAYOUTS:
            restyle(form, rng)
        elif spec.layout in FINAL_LAYOUTS:
            refill(form, rng)
        elif spec.layout in EXTRA_LAYOUTS:
            reprint(form, rng, spec.layout == "bilingual")
        splittable = spec.layout != "twocol" and len(form.blocks) >= 3
        draw = RENDERERS.get(spec.layout) or EXTRA_RENDERERS[spec.layout]
        draw(pen, form, rng, len(form.blocks) - 1 if two and splittable else None)
        if two and pen.pages == 1:
            notes_page(pen, rng)
    canvas.showPage()
    canvas.save()
    return buf.getvalue(), pen.pages


# --- writing ------------------------------------------------------------------------------------

def _truth(spec: DocSpec, record: Record, kind: str, fmt: str, dpi: int | None, pages: int,
           name: str) -> dict[str, Any]:
    fields = truth_fields(record)
    ordered = {k: fields[k] for k in all_fields(spec.doc_type) if k in fields}
    truth: dict[str, Any] = {
        "file": name,
        "source_id": spec.source_id,
        "document_type": spec.doc_type,
        "layout": spec.layout,
        "holdout": spec.layout in HELD_OUT or spec.layout in OPT_IN_LAYOUTS,
        "kind": kind,
        "format": fmt,
        "dpi": dpi,
        "pages": pages,
        "queue": queue_for(spec.doc_type, ordered),
        "fields": ordered,
    }
    if isinstance(record, Identity):
        truth["mrz"] = list(record.lines)
    return truth


def _write_scan(path: Path, pages: list[np.ndarray], fmt: str, dpi: int) -> None:
    if fmt == "png":
        raster.save_png(path, pages[0], dpi)
    elif fmt == "jpg":
        raster.save_jpeg(path, pages[0], dpi)
    elif fmt == "tiff":
        raster.save_tiff(path, pages, dpi)
    else:
        raster.save_image_pdf(path, pages, dpi)


def _scan(spec: DocSpec, kind: str, pdf: bytes, cache: dict[int, list[np.ndarray]]
          ) -> list[np.ndarray]:
    ks = KIND_SPECS[kind]
    if ks.dpi not in cache:
        # a filled form prints its fields' appearances (only the form layouts draw them)
        draw_pages = rasterise_forms if spec.layout in FORM_LAYOUTS else raster.rasterise
        cache[ks.dpi] = draw_pages(pdf, ks.dpi)
    rng = spec.rng(kind)
    # a stream of its own, so that the other layouts spend their numbers as before
    feed = spec.rng(kind, "feed") if spec.layout in TURNED_LAYOUTS + QUARTER_LAYOUTS else None
    turns = quarter_turns if spec.layout in QUARTER_LAYOUTS else feed_turns
    # the phone's picture, from a stream of its own as well (only the photo layout draws it)
    photo = spec.rng(kind, "photo") if spec.layout in PHOTO_LAYOUTS else None
    pages = []
    for sheet in cache[ks.dpi]:
        page = sheet if feed is None else raster.turn(sheet, turns(feed))
        if photo is not None:
            img = photograph(page, photo, spec.doc_type == "identity_document")
        else:
            img = raster.rotate(page, rng.uniform(-ks.max_rotation, ks.max_rotation))
        pages.append(raster.degrade(img, rng) if ks.degrade else img)
    return pages


def build_one(spec: DocSpec) -> list[dict[str, Any]]:
    """Draw one document and write it in every requested kind; returns its truth records."""
    rng = spec.rng()
    record = make_record(spec.doc_type, rng, particles=spec.layout != "certificate")
    if spec.layout in EXTRA33_LAYOUTS:
        # documents from abroad and old register entries: the record localised from a stream of
        # its own, so that every other layout spends its numbers as before
        record = localise(record, spec.layout, spec.rng("localise"))
    elif spec.layout in EXTRA39_LAYOUTS:
        # longer names and places (wrapped), house-number suffixes (split): from a stream of
        # their own as well
        record = adapt39(record, spec.layout, spec.rng("adapt"))
    pdf, pages = draw_document(spec, record, rng)
    cache: dict[int, list[np.ndarray]] = {}
    written = []
    for kind in spec.kinds:
        stem = f"{spec.source_id}-{spec.layout}-{kind}"
        if kind == "text":
            fmt, dpi = "pdf", None
            name = f"{stem}.pdf"
            (spec.out_dir / name).write_bytes(pdf)
        else:
            ks = KIND_SPECS[kind]
            fmt, dpi = (ks.multi if pages > 1 else ks.single), ks.dpi
            name = f"{stem}.{fmt}"
            _write_scan(spec.out_dir / name, _scan(spec, kind, pdf, cache), fmt, dpi)
        truth = _truth(spec, record, kind, fmt, dpi, pages, name)
        (spec.out_dir / f"{stem}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(truth)
    return written


def plan(per_type: int, seed: int, kinds: Sequence[str], layouts: Sequence[str],
         doc_types: Sequence[str], out_dir: Path) -> list[DocSpec]:
    """Which documents to draw. Layouts rotate per type; one document in seven has two pages.
    Both depend only on the type and the index, not on which other types are generated."""
    specs = []
    for doc_type in doc_types:
        offset = DOCUMENT_TYPES.index(doc_type)
        for i in range(per_type):
            pages = 2 if (offset + i) % 7 == 3 else 1
            specs.append(DocSpec(doc_type, i, layouts[(i + offset) % len(layouts)], pages, seed,
                                 tuple(kinds), out_dir))
    return specs


def resolve_layouts(layouts: Sequence[str] | None) -> tuple[str, ...]:
    """``None`` means all; the names ``tuning``, ``holdout``, ``blind``, ``final``, ``extra``
    and ``extra2`` expand to their groups (``all`` is ``LAYOUTS``, without ``extra2``)."""
    if not layouts:
        return LAYOUTS
    out: list[str] = []
    for name in layouts:
        group = {"tuning": TUNING_LAYOUTS, "holdout": HOLDOUT_LAYOUTS, "blind": BLIND_LAYOUTS,
                 "final": FINAL_LAYOUTS, "extra": EXTRA_LAYOUTS, "extra2": EXTRA2_LAYOUTS,
                 "all": LAYOUTS}.get(name)
        for layout in group or (name,):
            if layout not in KNOWN_LAYOUTS:
                raise ValueError(f"unknown layout {layout!r}; known: {', '.join(KNOWN_LAYOUTS)}")
            if layout not in out:
                out.append(layout)
    return tuple(out)


def expand_opt_in(layouts: Sequence[str] | None) -> Sequence[str] | None:
    """``layouts`` with the group names ``extra3`` … ``extra39`` replaced by
    ``EXTRA3_LAYOUTS``, ``EXTRA4_LAYOUTS``, ``EXTRA5_LAYOUTS``, ``EXTRA6_LAYOUTS``,
    ``EXTRA7_LAYOUTS``, ``EXTRA8_LAYOUTS``, ``EXTRA9_LAYOUTS``, ``EXTRA10_LAYOUTS``,
    ``EXTRA11_LAYOUTS``, ``EXTRA12_LAYOUTS``, ``EXTRA13_LAYOUTS``, ``EXTRA14_LAYOUTS``,
    ``EXTRA15_LAYOUTS``, ``EXTRA16_LAYOUTS``, ``EXTRA17_LAYOUTS``, ``EXTRA18_LAYOUTS``,
    ``EXTRA19_LAYOUTS``, ``EXTRA20_LAYOUTS``, ``EXTRA21_LAYOUTS``, ``EXTRA22_LAYOUTS``,
    ``EXTRA23_LAYOUTS``, ``EXTRA24_LAYOUTS``, ``EXTRA25_LAYOUTS``, ``EXTRA26_LAYOUTS``,
    ``EXTRA27_LAYOUTS``, ``EXTRA28_LAYOUTS``, ``EXTRA29_LAYOUTS``, ``EXTRA30_LAYOUTS``,
    ``EXTRA31_LAYOUTS``, ``EXTRA32_LAYOUTS``, ``EXTRA33_LAYOUTS``, ``EXTRA34_LAYOUTS``,
    ``EXTRA35_LAYOUTS``, ``EXTRA36_LAYOUTS``, ``EXTRA37_LAYOUTS``, ``EXTRA38_LAYOUTS`` and
    ``EXTRA39_LAYOUTS`` (which ``resolve_layouts`` does not expand); anything else is left to
    ``resolve_layouts``."""
    if not layouts or not any(name in OPT_IN_GROUPS for name in layouts):
        return layouts
    return [x for name in layouts for x in OPT_IN_GROUPS.get(name, (name,))]


def generate(
    out_dir: Path,
    per_type: int,
    seed: int,
    kinds: Sequence[str] = KINDS,
    layouts: Sequence[str] | None = None,
    *,
    doc_types: Sequence[str] | None = None,
    jobs: int = 1,
) -> list[Path]:
    """Generate ``per_type`` documents of each type in every kind; returns the document files
    (not the truth files) in a stable order and writes ``out_dir/manifest.json``."""
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kinds {sorted(unknown)}; known: {', '.join(KINDS)}")
    layouts = expand_opt_in(layouts)
    types = tuple(doc_types or DOCUMENT_TYPES)
    if set(types) - set(DOCUMENT_TYPES):
        raise ValueError(f"unknown document types {sorted(set(types) - set(DOCUMENT_TYPES))}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    specs = plan(per_type, seed, kinds, resolve_layouts(layouts), types, out_dir)
    if jobs > 1 and len(specs) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(build_one, specs, chunksize=1))
    else:
        results = [build_one(spec) for spec in specs]
    truths = [t for group in results for t in group]
    chosen = resolve_layouts(layouts)
    settings = {"seed": seed, "per_type": per_type, "kinds": list(kinds), "layouts": list(chosen)}
    # opt-in layouts join the manifest's held-out list only when drawn (older runs unchanged)
    held_out = HELD_OUT + tuple(layout for layout in OPT_IN_LAYOUTS if layout in chosen)
    return write_manifest(out_dir, truths, settings, held_out)


def write_manifest(out_dir: Path, truths: list[dict[str, Any]], settings: dict[str, Any],
                   holdout: Sequence[str] = HELD_OUT) -> list[Path]:
    """Write ``manifest.json`` listing every file with its truth file; returns the files."""
    manifest = {
        "generator": "samples.generate",
        **settings,
        "holdout_layouts": list(holdout),
        "files": [
            {k: t[k] for k in ("file", "source_id", "document_type", "layout", "holdout",
                               "kind", "format", "pages")}
            | {"truth": t["file"].rsplit(".", 1)[0] + ".truth.json"}
            for t in truths
        ],
    }
    (out_dir / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return [out_dir / t["file"] for t in truths]


# The committed examples: one text PDF per type plus a few scans (one of them two pages).
EXAMPLE_SEED: Final = 2026
# The blind, final and extra layouts stay out of the committed examples: anyone may look at those.
EXAMPLE_LAYOUTS: Final = tuple(layout for layout in LAYOUTS
                               if layout not in BLIND_LAYOUTS + FINAL_LAYOUTS + EXTRA_LAYOUTS)
EXAMPLE_SCANS: Final = {
    "anmeldung": ("clean",),
    "geburtsurkunde": ("dpi200",),
    "eheurkunde": ("clean",),
    "identity_document": ("degraded",),
}


def examples(out_dir: Path) -> list[Path]:
    """Regenerate ``samples/examples``: small, deterministic, a few hundred KB each."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    specs = plan(1, EXAMPLE_SEED, ("text",), EXAMPLE_LAYOUTS, DOCUMENT_TYPES, out_dir)
    specs = [
        DocSpec(s.doc_type, s.index, s.layout, s.pages, s.seed,
                ("text", *EXAMPLE_SCANS.get(s.doc_type, ())), out_dir)
        for s in specs
    ]
    truths = [t for spec in specs for t in build_one(spec)]
    settings = {"seed": EXAMPLE_SEED, "per_type": 1, "kinds": list(KINDS),
                "layouts": list(EXAMPLE_LAYOUTS)}
    holdout = [layout for layout in HOLDOUT_LAYOUTS if layout in EXAMPLE_LAYOUTS]
    return write_manifest(out_dir, truths, settings, holdout)


def _csv(text: str | None) -> list[str] | None:
    return [p.strip() for p in text.split(",") if p.strip()] if text else None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m samples.generate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="output directory")
    parser.add_argument("--per-type", type=int, default=12, help="documents per type")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--kinds", default=",".join(KINDS), help=f"of {','.join(KINDS)}")
    parser.add_argument("--layouts", default=None,
                        help=f"of {','.join(KNOWN_LAYOUTS)}, or 'tuning' / 'holdout' / 'blind' "
                        "/ 'final' / 'extra' / 'extra2' / 'extra3' / 'extra4' / 'extra5' "
                        "/ 'extra6' / 'extra7' / 'extra8' / 'extra9' / 'extra10' / 'extra11' "
                        "/ 'extra12' / 'extra13' / 'extra14' / 'extra15' / 'extra16' / "
                        "'extra17' / 'extra18' / 'extra19' / 'extra20' / 'extra21' / "
                        "'extra22' / 'extra23' / 'extra24' / 'extra25' / 'extra26' / "
                        "'extra27' / 'extra28' / 'extra29' / 'extra30' / 'extra31' / "
                        "'extra32' / 'extra33' / 'extra34' / 'extra35' / 'extra36' / 'extra37' "
                        "/ 'extra38' / 'extra39' (default all, which leaves out extra2, extra3, "
                        "extra4, extra5, extra6, extra7, extra8, extra9, extra10, extra11, "
                        "extra12, extra13, extra14, extra15, extra16, extra17, extra18, extra19, "
                        "extra20, extra21, extra22, extra23, extra24, extra25, extra26, extra27, "
                        "extra28, extra29, extra30, extra31, extra32, extra33, extra34, extra35, "
                        "extra36, extra37, extra38 and extra39)")
    parser.add_argument("--types", default=None, help="document types (default all eight)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="worker processes (default: CPU count)")
    parser.add_argument("--examples", action="store_true",
                        help="write the small fixed example set (samples/examples) instead")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        if args.examples:
            files = examples(args.out)
        else:
            files = generate(args.out, args.per_type, args.seed, _csv(args.kinds) or KINDS,
                             _csv(args.layouts), doc_types=_csv(args.types), jobs=args.jobs)
    except ValueError as exc:
        parser.error(str(exc))
    elapsed = time.perf_counter() - started
    docs = len({f.name.rsplit("-", 2)[0] for f in files})
    print(f"{docs} documents, {len(files)} files in {args.out} ({elapsed:.1f} s)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
