"""A change history is read as each field's last value, however its system prints it."""

from __future__ import annotations

from extractors.fields import extract_fields
from extractors.history import resolve_histories
from extractors.layout import build_lines
from extractors.words import Word
from schemas.registry import get
from tests.fakes.wordpage import page


def _fields(doc_type: str, *pages: list[Word]) -> dict[str, object]:
    words = [w for p in resolve_histories(list(pages)) for w in p]
    return {k: v.value for k, v in extract_fields(get(doc_type), words).items()}


def _lines(words: list[Word]) -> list[str]:
    return [line.text for line in build_lines(words)]


# changes printed as lines under their events
LINES = [
    (100, [(200, "05.09.2026 09:44:53 l.sts Datensatz erstellt")]),
    (160, [(260, "Nachname: Müler")]),
    (220, [(260, "Vornamen: Anna")]),
    (280, [(260, "Geburtsdatum: 01.02.1990")]),
    (340, [(200, "06.09.2026 14:20:41 l.sts Angabe geändert")]),
    (400, [(260, "Nachname von »Müler« auf »Müller« geändert")]),
    (460, [(260, "Leeres Feld Geburtsort erhält den Wert »Bochum«")]),
    (520, [(260, "Geburtsdatum: 01.02.1990 -> 02.01.1990")]),
    (580, [(260, "Grund: Rückfrage beim Bürger")]),
]


def test_each_field_takes_its_last_value() -> None:
    got = _fields("anmeldung", page(LINES))
    assert got["family_name"] == "Müller"
    assert got["given_names"] == "Anna"
    assert got["place_of_birth"] == "Bochum"
    assert got["date_of_birth"] == "1990-01-02"


def test_an_old_value_is_gone_from_the_page() -> None:
    text = " ".join(_lines(resolve_histories([page(LINES)])[0]))
    assert "Müler" not in text and "01.02.1990" not in text
    assert "Nachname: Müller" in text


def test_newest_first_keeps_the_first_change() -> None:
    rows = [(40, [(200, "Sortierung: neueste zuerst")]),
            (100, [(200, "07.09.2026 10:00:00 a.b Angabe geändert")]),
            (160, [(260, "Nachname: Müler -> Müller")]),
            (220, [(200, "06.09.2026 09:00:00 a.b Datensatz erstellt")]),
            (280, [(260, "Nachname: Müler")]),
            (340, [(260, "Vornamen: bisher ohne Inhalt, jetzt »Anna«")])]
    got = _fields("anmeldung", page(rows))
    assert got["family_name"] == "Müller"
    assert got["given_names"] == "Anna"


# a details column: "; "-separated changes wrapping over the cell's lines, beside the
# event's date, time, user and step
DETAILS = [
    (100, [(100, "Zeitpunkt"), (500, "Nutzer"), (800, "Schritt"), (1300, "Einzelheiten")]),
    (160, [(100, "2026-10-03 09:02"), (500, "h.tf"), (800, "Datensatz"),
           (1300, "Familienname: Hartmann; Vornamen:")]),
    (220, [(800, "erstellt"), (1300, "Till; Geburtsdatum: 2005-05-19;")]),
    (280, [(1300, "Postleitzahl: 53396")]),
    (340, [(100, "2026-10-04 10:51"), (500, "wtm63"), (800, "Korrektur"),
           (1300, "Im Feld Postleitzahl wurde »53396« durch")]),
    (400, [(1300, "»35396« ersetzt; Wohnort: <ohne Inhalt> => Gießen")]),
    (460, [(1300, "(Grund: Schreibfehler)")]),
]


def test_a_details_column_is_read_change_by_change() -> None:
    got = _fields("antrag_zulassung", page(DETAILS))
    assert got["holder_family_name"] == "Hartmann"
    assert got["holder_given_names"] == "Till"
    assert got["holder_date_of_birth"] == "2005-05-19"
    assert got["postal_code"] == "35396"
    assert got["city"] == "Gießen"


def test_changes_of_one_band_get_a_line_each() -> None:
    lines = _lines(resolve_histories([page(DETAILS)])[0])
    assert "Familienname: Hartmann" in lines
    assert "Vornamen: Till" in lines
    assert "Geburtsdatum: 2005-05-19" in lines


# a table with the field, its old and its new value in columns; a field's name wraps
TABLE = [
    (100, [(100, "Zeitpunkt"), (500, "Schritt"), (900, "betroffenes Feld"), (1500, "vorher"),
           (2000, "nachher")]),
    (160, [(100, "02.09.2026"), (500, "Datensatz"), (900, "Familienname"),
           (2000, "Müller")]),
    (220, [(100, "07:35"), (500, "erstellt"), (900, "Vornamen"), (2000, "Bärbel")]),
    (280, [(900, "Tag der Geburt des"), (2000, "31.12.1980")]),
    (340, [(900, "Betroffenen")]),
    (400, [(100, "03.09.2026"), (500, "Korrektur"), (900, "Tag der Geburt des"),
           (1500, "31.12.1980"), (2000, "02.01.1982")]),
    (460, [(100, "11:16"), (900, "Betroffenen")]),
    (520, [(2000, "Grund: Angabe laut")]),
    (580, [(2000, "Nachweis")]),
    (640, [(100, "04.09.2026"), (500, "Feld befüllt"), (900, "Geburtsort"),
           (1500, "<ohne Inhalt>"), (2000, "Bochum")]),
    (700, [(100, "15:07")]),
]


def test_a_table_takes_the_new_column() -> None:
    got = _fields("anmeldung", page(TABLE))
    assert got["family_name"] == "Müller"
    assert got["given_names"] == "Bärbel"
    assert got["date_of_birth"] == "1982-01-02"
    assert got["place_of_birth"] == "Bochum"


def test_a_list_set_in_one_event_is_kept_whole() -> None:
    rows = [(100, [(200, "22.09.2026 11:51:00 n.cl Vorgang neu angelegt")]),
            (160, [(260, "Name des Wohnungsgebers: Grünwald KG")]),
            (220, [(260, "Person, die einzieht: Ursula Weber")]),
            (280, [(260, "Person, die einzieht: Till Weber")]),
            (340, [(200, "23.09.2026 14:08:00 n.cl Angabe geändert")]),
            (400, [(260, "Name des Wohnungsgebers: (leer) -> Grünwald Immobilien KG")]),
            (460, [(260, "Einzugsdatum: <ohne Inhalt> -> 01.10.2026")])]
    text = " ".join(_lines(resolve_histories([page(rows)])[0]))
    assert "Ursula Weber" in text and "Till Weber" in text
    assert "Grünwald KG" not in text


def test_the_last_page_corrects_the_first() -> None:
    first = page([(100, [(200, "05.09.2026 09:44:53 l.sts Datensatz erstellt")]),
                  (160, [(260, "Nachname: Müler")]),
                  (220, [(200, "06.09.2026 10:44:53 l.sts Angabe geändert")]),
                  (280, [(260, "Vornamen von »Ana« auf »Anna« geändert")]),
                  (340, [(260, "Geburtsort: bisher ohne Inhalt, jetzt »Bochum«")])])
    second = page([(100, [(200, "07.09.2026 09:44:53 l.sts Angabe geändert")]),
                   (160, [(260, "Nachname: Müler => Müller")])], page_no=2)
    got = _fields("anmeldung", first, second)
    assert got["family_name"] == "Müller"


def test_quotes_and_arrows_in_a_form_make_no_history() -> None:
    hint = page([(100, [(200, "Nr. A 2: → Geschlecht (wie im Geburtenregister):")]),
                 (160, [(200, "Zu B 1: → frühere Wohnung von „Anschrift“ in „Ausland“")]),
                 (220, [(200, "Familienname: Müller")])])
    assert resolve_histories([hint])[0] is hint


def test_changes_without_dated_events_make_no_history() -> None:
    words = page([(100, [(200, "Familienname von »Müler« auf »Müller« geändert")]),
                  (160, [(200, "Vornamen: Ana -> Anna")])])
    assert resolve_histories([words])[0] is words
