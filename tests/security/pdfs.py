"""Hand-built PDFs for the hostile-input corpus: each a few hundred bytes, built by code.

A real PDF writer would refuse to write most of these (bombs, hidden JavaScript, broken
structure), so they are assembled object by object with a correct cross-reference table.
"""

from __future__ import annotations

import zlib

TEXT = b"BT /F1 12 Tf 72 720 Td (Hello hostile world) Tj ET"
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def stream(body: bytes, extra: bytes = b"", *, flate: bool = False) -> bytes:
    """A stream object's text (dictionary plus data)."""
    if flate:
        body = zlib.compress(body)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(body), extra, body)


def build(objects: list[bytes], *, trailer_extra: bytes = b"") -> bytes:
    """A PDF with ``objects`` numbered from 1 (object 1 is the catalog)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer_extra,
        xref,
    )
    return bytes(out)


def one_page(catalog_extra: bytes = b"", extra_objects: tuple[bytes, ...] = (),
             content: bytes = TEXT, page_extra: bytes = b"",
             media_box: bytes = b"[0 0 595 842]") -> bytes:
    """A one-page PDF: 1 catalog, 2 pages, 3 page, 4 content, 5 font, then ``extra_objects``
    (numbered from 6)."""
    return build(
        [
            b"<< /Type /Catalog /Pages 2 0 R%s >>" % catalog_extra,
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox %s /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >>%s >>" % (media_box, page_extra),
            stream(content),
            FONT,
            *extra_objects,
        ]
    )


def with_javascript() -> bytes:
    """Document-level JavaScript (names tree) and an OpenAction that would run it."""
    return one_page(
        b" /OpenAction 6 0 R /Names << /JavaScript << /Names [(init) 6 0 R] >> >>",
        (b"<< /Type /Action /S /JavaScript /JS (app.alert\\('pwned'\\);) >>",),
    )


def with_hidden_javascript() -> bytes:
    """JavaScript whose name is hex-escaped and which sits in a compressed object stream."""
    action = b"<< /Type /Action /S /J#61vaScript /J#53 (this.exportDataObject\\(\\)) >>"
    return one_page(
        b" /OpenAction 7 0 R",
        (stream(b"7 0 " + action, b" /Type /ObjStm /N 1 /First 4", flate=True),),
    )


def with_launch_action() -> bytes:
    """An OpenAction that would launch a program."""
    return one_page(
        b" /OpenAction << /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) /P (/c calc) >> >>"
    )


def with_embedded_file() -> bytes:
    """An attachment (an executable's bytes) in the embedded-files names tree."""
    return one_page(
        b" /Names << /EmbeddedFiles << /Names [(invoice.exe) 6 0 R] >> >>",
        (
            b"<< /Type /Filespec /F (invoice.exe) /UF (invoice.exe) /EF << /F 7 0 R >> >>",
            stream(b"MZ\x90\x00" + b"\x00" * 60, b" /Type /EmbeddedFile"),
        ),
    )


def signed() -> bytes:
    """A PDF with a signature field and a (cryptographically meaningless) signature value."""
    contents = b"<" + b"30" * 64 + b">"
    return one_page(
        b" /AcroForm << /Fields [6 0 R] /SigFlags 3 >>",
        (
            b"<< /FT /Sig /T (Signature1) /V 7 0 R /Type /Annot /Subtype /Widget "
            b"/Rect [0 0 0 0] /P 3 0 R /F 132 >>",
            b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached "
            b"/ByteRange [0 100 300 100] /Contents " + contents + b" /M (D:20260101000000Z) >>",
        ),
        page_extra=b" /Annots [6 0 R]",
    )


def flate_bomb(inflated_bytes: int) -> bytes:
    """A content stream of spaces that inflates to ``inflated_bytes`` (about 1000:1)."""
    compressor = zlib.compressobj(9)
    block = b" " * (1024 * 1024)
    parts = [compressor.compress(block) for _ in range(inflated_bytes // len(block))]
    body = b"".join(parts) + compressor.flush()
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(body), body)
    return build(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            content,
        ]
    )


def many_objects(count: int) -> bytes:
    """A valid one-page PDF followed by ``count`` unreferenced null objects."""
    return one_page(extra_objects=tuple(b"null" for _ in range(count)))


def many_pages(count: int) -> bytes:
    """``count`` pages sharing one content stream."""
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(count))
    pages = [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>"
        for _ in range(count)
    ]
    return build(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
            stream(TEXT),
            FONT,
            *pages,
        ]
    )


def lying_page_count() -> bytes:
    """A pages tree that claims a million pages and holds one."""
    data = one_page()
    return data.replace(b"/Kids [3 0 R] /Count 1 ", b"/Kids [3 0 R] /Count 1000000")


def deep_nesting(depth: int) -> bytes:
    """A content stream of ``depth`` nested arrays (stack exhaustion in naive parsers)."""
    return one_page(content=b"[" * depth + b"]" * depth + b" " + TEXT)


def huge_image_xobject() -> bytes:
    """An image that declares 100 000 x 100 000 pixels with a few bytes of data."""
    image = stream(
        zlib.compress(b"\x00" * 1024),
        b" /Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace "
        b"/DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
    )
    return one_page(
        content=b"q 595 0 0 842 0 0 cm /Im1 Do Q",
        page_extra=b"",
        extra_objects=(image,),
    ).replace(b"/Resources << /Font << /F1 5 0 R >> >>",
              b"/Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >>")


def giant_media_box() -> bytes:
    """A page of 200 x 200 inches (the largest the PDF spec allows) with no text."""
    return one_page(content=b"0 0 m 10 10 l S", media_box=b"[0 0 14400 14400]")
