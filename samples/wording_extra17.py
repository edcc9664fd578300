"""The twenty-first wording pool and the printing habits of the seventeenth extra pair of layouts.

``ABBREV_LABELS`` (the heavily abbreviated cell labels of a clerk's internal short form),
``ABBREV_PAIRS`` (labels of cells that join two fields), ``ABBREV_SECTIONS``, ``ABBREV_TITLES``,
``ABBREV_WORDS`` and ``ABBREV_LOG`` belong to the ``abbrev`` layout; ``MATRIX_ROWS`` (the row
captions of a matrix form), ``MATRIX_HEADS`` (its column headers, one per person or role),
``MATRIX_CAPTIONS``, ``MATRIX_TITLES`` and ``MATRIX_WORDS`` to the ``columns`` layout. Both are used
only by the layouts in ``EXTRA17_LAYOUTS`` of ``samples.generate``. They are a blind
measurement: whoever tunes extraction must not read this module nor ``samples.render_extra17``,
nor tune on those layouts' failures. None of the label strings repeats a string of the twenty
other pools, nor any string literal of the older modules of ``samples``, not even up to case,
punctuation or spacing (a test checks this), except where German has only one usual word
(``SHARED_WORDS``).

The ground truth stays the catalog's normalised value. Every string stays inside Windows-1252.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Style
from samples.wording import MONTHS, Wording

SHARED_WORDS: Final = frozenset({"IBAN", "BIC", "PLZ", "Postleitzahl"})

# --- abbrev: a clerk's internal short form ------------------------------------------------------

ABBREV_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Fam.-Nm.", "Zun. (akt.)", "Nachn. (derz.)"),
    "given_names": ("Vorn. (sämtl.)", "Rufn. u. weit. Vorn.", "sämtl. Vorn."),
    "birth_name": ("Geb.-Nm. (abw.)", "früh. Zun.", "Nm. b. Geb."),
    "date_of_birth": ("Geb.-Tg.", "Tg. d. Geb.", "Geb.-Dat. (Tg./Mo./J.)"),
    "place_of_birth": ("Geb.-O.", "Geb.-O./Staat", "geb. in (Gem.)"),
    "sex": ("Gschl. (Kz.)", "Geschl.-Eintr. (Kz.)", "Gesch.-Kz."),
    "nationality": ("StA-Kz.", "Staatsang. (akt.)", "Staatsang.-Kz."),
    "move_in_date": ("Einz.-Tg.", "bez. seit", "Einz. am (Tg.)"),
    "street": ("Str./Pl.", "Str. (o. Nr.)", "Str.-Bez. (o. Nr.)"),
    "house_number": ("Nr. (m. Zus.)", "HsNr. m. Buchst.", "Hs.-Nr. (m. Zus.)"),
    "postal_code": ("PLZ", "PLZ (5-st.)"),
    "city": ("Gem.-Name", "Gem./Ortst.", "Whs.-Gem."),
    "previous_address": ("bish. Anschr.", "letzte Anschr. (vollst.)", "Vor-Anschr."),
    "dwelling": ("Whg.-St. HW/NW", "Whg.-Stat.", "Stat. d. Whg."),
    "landlord_name": ("WG-Nm./Fa.", "Wohnungsg. (Nm./Fa.)", "Vermiet. (Nm./Fa.)"),
    "landlord_address": ("WG-Anschr. (vollst.)", "Anschr. Wohnungsg.", "Anschr. d. Vermiet."),
    "tenant": ("einz. Pers. (Vorn. Nm.)", "Bewohn. (neu)", "eingez. P."),
    "mother_name": ("Mu. (Vorn. Nm.)", "Nm. d. Mu.", "Elt.-T. Mu."),
    "father_name": ("Va. (Vorn. Nm.)", "Nm. d. Va.", "Elt.-T. Va."),
    "registry_office": ("Std.-Amt", "beurk. StdA", "StdA (ausst.)"),
    "register_number": ("Eintr.-Nr./Jg.", "Reg.-Nr./Jahrg.", "Reg.-Eintr.-Nr."),
    "issue_date": ("Ausst.-Dat. Urk.", "Urk. ausgef.", "Ausf.-Tg."),
    "marriage_date": ("Eheschl.-Dat.", "Trau.-Tg.", "Heirat (Dat.)"),
    "marriage_place": ("Eheschl.-O.", "Trau.-O.", "Heirat (Gem.)"),
    "date_of_death": ("Tod.-Tg.", "Sterbe-Tg.", "verst. (Tg.)"),
    "place_of_death": ("Sterbe-O.", "verst. in (Gem.)", "Tod.-O."),
    "make": ("Herst./Fabr.", "Fz.-Herst.", "Fabr.-Bez."),
    "model": ("Mod.-Bez.", "Hdl.-Bez.", "Typ (Hdl.-Bez.)"),
    "vin": ("Fahrg.-Nr.", "FIN/Fahrg.-Nr.", "Fz.-Id.-Nr. (FIN)"),
    "evb_number": ("eVB-Nr. (Vers.)", "eVB-Best.-Nr.", "Dkg.-Nr. eVB"),
    "desired_plate": ("Wu.-Kz.", "amtl. Kz. (Wunsch)", "Kz.-Wunsch (res.)"),
    "account_holder": ("Kto.-Inh. (Nm.)", "Kto.-Inhab.", "Kto. lautet auf"),
    "iban": ("IBAN", "Kto. (IBAN)"),
    "bic": ("BIC", "BIC/SWIFT-Kz."),
    "passport_number": ("RP-Nr.", "Pass-Nr. (HS)", "HS-Pass-Nr."),
    "passport_expiry_date": ("RP gült. b.", "Pass-Abl.", "HS-Pass Abl."),
    "entry_date": ("Einr. (Tg.)", "Einr.-Tg. (Dtl.)", "Tg. d. Einr."),
    "purpose": ("Aufenth.-Zw.", "Zw. (Kz.)", "Aufenth.-Zw. (Kz.)"),
    "doc_kind": ("Ausw.-Art", "Dok.-Gattg.", "Art (Kz.)"),
    "doc_code": ("Dok.-Kz.", "Typ-Kz.", "Kz. (Typ)"),
    "doc_number": ("Ausw.-Nr.", "Dok.-Nr. (VIZ)", "Ser.-Nr. Dok."),
    "issuing_state": ("Ausst.-St. (Kz.)", "ausst. Staat (Kz.)", "Ausg.-St."),
    "expiry_date": ("Gültigk.-Ende", "Abl.-Dat.", "gült. b. (Dok.)"),
    "zone": ("masch. Zone", "MRZ (vollst.)"),
    # cells that label no truth value
    "marital": ("FSt.", "Fam.-Stand (Kz.)"),
    "birth_time": ("Geb.-Zt.", "Geb.-Zt. (Uhr)"),
    "last_residence": ("letzt. Whs.", "letzt. Whs. (Anschr.)"),
    "landlord_role": ("Eig./Beauftr.", "Stell. d. WG"),
    "phone": ("Tel. (tagsüb.)", "Rückr.-Nr."),
    "email": ("E-Post (freiw.)", "Mail-Adr. (opt.)"),
    "religion": ("rel. Bek.", "Rel.-Zugeh. (Kz.)"),
    "fee": ("Geb.-Betr. EUR", "Verw.-Geb."),
    "proc": ("Vorg.-Art", "Verf.-Kz."),
    "id_seen": ("Ausw. vorgel.", "Ident. gepr."),
    "certified": ("Besch. ausgeh.", "Best. ausgeh."),
    "remark": ("Bem. Sb.", "Verm./Bem."),
}

# labels of cells that join two fields: (first key, second key) -> options
ABBREV_PAIRS: Final[dict[tuple[str, str], tuple[str, ...]]] = {
    ("family_name", "given_names"): ("Nm./Vorn.", "Fam.-Nm., Vorn."),
    ("date_of_birth", "place_of_birth"): ("Geb.-Dat./-O.", "geb. am/in"),
    ("street", "house_number"): ("Str. u. Nr.", "Str. m. HsNr."),
    ("postal_code", "city"): ("PLZ/Gem.", "PLZ, Whs.-Gem."),
    ("make", "model"): ("Herst./Typ", "Fabr./Mod."),
    ("passport_number", "passport_expiry_date"): ("RP-Nr./gült. b.", "Pass-Nr./Abl."),
    ("marriage_date", "marriage_place"): ("Eheschl. Dat./O.", "getr. am/in"),
    ("date_of_death", "place_of_death"): ("verst. am/in", "Tod Dat./O."),
    ("iban", "bic"): ("IBAN/BIC", "Kto.-Verb. (IBAN/BIC)"),
    ("register_number", "issue_date"): ("Reg.-Nr./Ausf.", "Eintr.-Nr./ausgef."),
}

ABBREV_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Pers.-Dat.", "Ang. Pers."),
    "dwelling": ("Zuzugs-Whg.", "Whg. Zuzug"),
    "previous": ("Whg. (alt)", "Vor-Whg."),
    "landlord": ("WG/Vermiet.", "Wohnungsg."),
    "flat": ("bez. Obj.", "Obj."),
    "tenants": ("Bewohn.", "Einz.-Pers."),
    "child": ("Kd.", "Kind-Dat."),
    "parents": ("Elt.", "Elt.-T."),
    "register": ("Beurk.", "Reg.-Ang."),
    "spouse1": ("Eheg. 1", "Eheg. I"),
    "spouse2": ("Eheg. 2", "Eheg. II"),
    "marriage": ("Eheschl. (Ang.)", "Trau."),
    "deceased": ("Verst.", "verst. Pers."),
    "death": ("Sterbef.", "Tod (Ang.)"),
    "holder": ("Halt.", "Halt.-Dat."),
    "vehicle": ("Fzg.", "Fz.-Dat."),
    "sepa": ("Kfz-St./Kto.", "SEPA-Kto."),
    "passport": ("Pass/Einr.", "HS-Pass"),
    "stay": ("Aufenth.", "Zw."),
    "residence": ("Whg. Inl.", "Anschr. Inl."),
    "document": ("Dok.-Ang.", "Dok.-Dat."),
    "holder_id": ("Inh.-Ang.", "Inh.-Dat."),
    "zone": ("masch. lesb. Z.", "Zone (MRZ)"),
    "office": ("Verw.-Teil", "nur Beh."),
}

ABBREV_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Kurzerf. Anm. (Zuzug)", "Anm.-Kurzbl. EWO"),
    "wohnungsgeberbestaetigung": ("Kurzerf. WG-Best.", "WGB – Kurzbl. (EWO)"),
    "geburtsurkunde": ("Kurzerf. Geb.-Urk.", "Urk.-Erf. (Geb.)"),
    "eheurkunde": ("Kurzerf. Ehe-Urk.", "Urk.-Erf. (Ehe)"),
    "sterbeurkunde": ("Kurzerf. Sterbe-Urk.", "Urk.-Erf. (Sterbef.)"),
    "antrag_zulassung": ("Kurzerf. Zul.-Antr.", "Zul.-Antr. – Kurzbl. Kfz"),
    "aufenthaltstitel_antrag": ("Kurzerf. AT-Antr.", "AufenthT-Antr. – Kurzbl."),
    "identity_document": ("Kurzerf. Ausw.-Dok.", "Dok.-Erf. (PA/RP)"),
}

ABBREV_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "form_no": ("Vordr.-Kz.", "Formbl."),
    "stamp": ("Bearb.-Verm.", "Eing./Bearb."),
    "received": ("eingeg.", "Eing.-Tg."),
    "clerk": ("SB-Kz.", "Sachb.-Kz."),
    "checked": ("gepr. (Sb.)", "erf. i. Verf."),
    "ref": ("Vg.-Ref.", "Vorg.-Kz."),
    "sheet": ("Blattz.", "Bl.-Zähl."),
    "internal": ("nur f. d. Dienstgebr.", "intern – nicht aushändigen"),
    "initials": ("Hz. Sb.", "Zeichn. Sb."),
    "unit": ("Dienstst.", "Org.-Einh."),
    "key": ("Kz. angekr. = zutr.", "zutr. Kz. markiert"),
    "back": ("Rücks. – Bearb.-Verlauf", "Bl. 2 – Verl.-Bl."),
    "copy": ("Ablicht. (Vorl.)", "Kop. d. vorgel. Dok."),
}

# the processing log on a second sheet: column heads and entries (never truth)
ABBREV_LOG: Final[dict[str, tuple[str, ...]]] = {
    "heads": ("Dat. | Vfg./Verm. | Sb.", "Tg. | Verf. | Zeichn."),
    "entries": ("Vorg. angel.", "Nachw. angef.", "Rückfr. tel.", "Daten übern.",
                "WV notiert", "z. Vg. genommen", "Abgl. EWO-Reg.", "Urschr. zurück"),
}

# --- columns: a matrix form ---------------------------------------------------------------------

MATRIX_ROWS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienname, wie derzeit geführt", "Nachname zur Zeit",
                    "Familienname gegenwärtig"),
    "given_names": ("Vornamen, sämtlich und in Folge", "sämtliche Vornamen lt. Eintrag",
                    "Vornamen in Reihenfolge"),
    "birth_name": ("Nachname bei Geburt", "früherer Familienname (Geburt)"),
    "date_of_birth": ("geboren am (T/M/J)", "Datum der Geburt (T/M/J)",
                      "Geburt am"),
    "place_of_birth": ("Ort der Geburt (Gemeinde, Staat)", "Geburt in (Ort)",
                       "Geburtsgemeinde, ggf. Staat"),
    "sex": ("Geschlecht laut Eintrag", "Geschlecht gemäß Eintrag"),
    "nationality": ("Staatsangehörigkeit (derzeit geführt)",
                    "Staatsangehörigkeit gemäß Nachweis"),
    "marital": ("Familienstand, derzeitiger", "Familienstand am Stichtag"),
    "full_name": ("Vor- und Familienname bzw. Firma", "Name (vollständig)"),
    "address": ("Wohnsitz bzw. Geschäftssitz", "Anschrift mit Straße, Nr., PLZ und Ort"),
    "landlord_role": ("Eigentümer oder beauftragt", "Verhältnis zur Wohnung"),
    "move_in_date": ("Einzugstermin (Tag)", "Tag, an dem eingezogen wurde"),
    "street": ("Straße, Name ohne Nummer", "Straße / Weg / Platz (ohne Nr.)"),
    "house_number": ("Hausnummer nebst Buchstabe", "Gebäudenummer (Haus)"),
    "postal_code": ("Postleitzahl", "PLZ (fünfstellig)"),
    "city": ("Ortsname der Gemeinde", "Stadt oder Gemeinde (Ort)"),
    "street_line": ("Straße samt Hausnummer", "Straße mit Haus-Nr."),
    "city_line": ("PLZ mit Ort", "Postleitzahl samt Gemeinde"),
    "address_line": ("Anschrift, vollständig in einer Zeile", "vollständige Anschrift (Zeile)"),
    "dwelling": ("Wohnung gilt als", "Status der Wohnung (Meldung)"),
    "floor": ("Lage im Haus (Geschoss)", "Stockwerk / Lage"),
    "birth_time": ("Geburtszeit (Uhr)", "Uhrzeit, zu der geboren"),
    "last_residence": ("Anschrift, zuletzt bewohnt", "letzter Wohnort (Anschrift)"),
    "event_date": ("Datum des Ereignisses bzw. der Eintragung", "Tag (Ereignis / Eintrag)"),
    "event_place": ("Ort bzw. zuständige Stelle", "Gemeinde / Behörde"),
    "event_number": ("Registernummer / Jahrgang", "Nummer im Register (Jahrgang)"),
    "label_name": ("Hersteller bzw. Anbieter", "Fabrikat / Gesellschaft"),
    "label_type": ("Typ bzw. Tarif", "Modell / Tarifart"),
    "ident": ("Kennnummer", "Kenn-Nummer / Ident"),
    "plate": ("Kennzeichen (gewünscht)", "amtliches Kennzeichen (Wunsch)"),
    "iban": ("IBAN", "IBAN (Kontonummer)"),
    "bic": ("BIC", "BIC (Bankkennung)"),
    "number": ("Nummer (Dokument)", "Dokumentnummer / Nummer"),
    "valid_to": ("gültig bis einschließlich", "Gültigkeit endet am"),
    "entry": ("eingereist (Tag)", "Tag der Ankunft im Bundesgebiet"),
    "purpose": ("angestrebter Zweck", "Zweck des Aufenthalts (beantragt)"),
    "doc_kind": ("Dokumentart (Bezeichnung)", "Bezeichnung des Dokuments"),
    "doc_code": ("Typkennung (Zone)", "Kennbuchstabe(n) der Art"),
    "issuing_state": ("Ausstellungsstaat (Code)", "Staat, der ausgestellt hat"),
    "ref": ("Ordnungsnummer", "lfd. Nummer"),
}

MATRIX_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("anmeldende Person", "sich anmeldende Person"),
    "second": ("weitere Person (Ehegatte)", "Familienangehörige/r"),
    "new_flat": ("Wohnung ab Einzug", "künftige Wohnung"),
    "old_flat": ("Wohnung vor dem Umzug", "vorherige Wohnung"),
    "landlord": ("Wohnungsgeberseite", "Vermietende Seite"),
    "tenant": ("Zugezogene/r", "neue/r Bewohner/in"),
    "flat": ("Wohnobjekt", "bezogenes Objekt"),
    "child": ("Kind (beurkundet)", "Kind, dessen Geburt beurkundet ist"),
    "mother": ("Mutter (Elternteil)", "Mutter, wie eingetragen"),
    "father": ("Vater (Elternteil)", "Vater, wie eingetragen"),
    "informant": ("Anzeigende/r", "anzeigende Person"),
    "spouse": ("Ehepartner/in Nr.", "Person der Eheschließung"),
    "witness": ("Trauzeuge/-zeugin", "Zeuge/Zeugin"),
    "interpreter": ("Dolmetscher/in", "Sprachmittler/in"),
    "deceased": ("verstorben (Person)", "Person, die verstorben ist"),
    "partner": ("hinterbliebene/r Ehegatte/in", "Ehegatte/in (hinterblieben)"),
    "ev_birth": ("Geburt", "Geburtsfall"),
    "ev_death": ("Tod", "Tod (Ereignis)"),
    "ev_marriage": ("Eheschließung (Ereignis)", "Eheschluss"),
    "ev_entry": ("Eintragung im Register", "Registereintragung"),
    "ev_issue": ("diese Ausfertigung", "vorliegende Urkunde"),
    "holder": ("Halterin / Halter (künftig)", "künftige/r Halter/in"),
    "account": ("Kontoinhaber/in (Kfz-Steuer)", "Konto für die Kfz-Steuer"),
    "vehicle": ("Fahrzeug (zuzulassen)", "Kraftfahrzeug"),
    "insurance": ("Haftpflichtversicherung", "Versicherer"),
    "applicant": ("Antragstellende/r", "Person, die beantragt"),
    "relative": ("mitreisende/r Angehörige/r", "Familienmitglied"),
    "passport": ("Pass des Heimatstaats", "Reisepass (Heimatstaat)"),
    "stay": ("Aufenthalt in Deutschland", "geplanter Aufenthalt"),
    "document": ("vorgelegtes Dokument", "Dokument"),
    "prev_document": ("Vorgängerdokument", "früheres Dokument"),
    "id_holder": ("Inhaber/in", "Dokumentinhaber/in"),
    "check": ("Prüfung", "Nachweis"),
}

MATRIX_CAPTIONS: Final[dict[str, tuple[str, ...]]] = {
    "persons": ("Übersicht der Personen", "Angaben je Person"),
    "flats": ("Angaben je Wohnung", "Wohnungen im Vergleich"),
    "parties": ("Beteiligte", "Übersicht der Beteiligten"),
    "flat": ("Wohnobjekt im Einzelnen", "Angaben zum Objekt"),
    "events": ("Ereignisse und Beurkundung", "Fälle und Eintragungen"),
    "vehicle": ("Fahrzeug und Versicherung", "Angaben zu Fahrzeug und Deckung"),
    "papers": ("Pass und Aufenthalt", "Reisedokument und Aufenthalt"),
    "document": ("Dokumentdaten", "Daten des Dokuments"),
    "holder": ("Daten der Inhaberin / des Inhabers", "Angaben zur Inhaberschaft"),
}

MATRIX_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Meldeübersicht – Anmeldung einer Wohnung", "Anmeldung (Übersichtsform)"),
    "wohnungsgeberbestaetigung": ("Übersicht zum Einzug (Wohnungsgeber)",
                                  "Einzugsübersicht nach § 19 BMG"),
    "geburtsurkunde": ("Geburtsurkunde – Übersichtsform", "Urkunde über die Geburt (Tabelle)"),
    "eheurkunde": ("Eheurkunde – Übersichtsform", "Urkunde über die Eheschließung (Tabelle)"),
    "sterbeurkunde": ("Sterbeurkunde – Übersichtsform", "Urkunde über den Tod (Tabelle)"),
    "antrag_zulassung": ("Zulassungsantrag (Übersichtsform)", "Antrag auf Zulassung – Tabelle"),
    "aufenthaltstitel_antrag": ("Aufenthaltstitel – Antrag in Übersichtsform",
                                "Antrag auf Erteilung (Tabelle)"),
    "identity_document": ("Dokumentübersicht (Ausweis / Pass)", "Ausweisdaten in Übersicht"),
}

MATRIX_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "ref": ("Gesch.-Zeichen der Übersicht", "Vorgangszeichen"),
    "form_no": ("Muster-Nr. der Übersicht", "Vordruck Übersicht"),
    "column": ("Spalte", "Sp."),
    "dash_note": ("Ein Strich bedeutet: entfällt.", "Leere Felder oder Striche: nicht zutreffend."),
    "place_date": ("Ort / Tag der Ausfertigung", "Ort, Tag (Unterschrift)"),
    "sign": ("Unterschrift (Antrag)", "Unterzeichnung"),
    "registrar": ("Urkundsperson des Standesamts", "die Urkundsperson"),
    "office_box": ("Amtliche Vermerke (intern)", "Behördliche Bearbeitungsvermerke"),
    "continued": ("Fortsetzung der Übersicht", "Blatt 2 – Fortsetzung"),
    "notes": ("Erläuterungen zu den Spalten", "Hinweise zur Übersicht"),
    "notes_text": ("Jede Spalte gilt für die im Kopf genannte Person oder Stelle. Angaben, die "
                   "für eine Spalte nicht gelten, sind mit einem Strich versehen oder frei "
                   "gelassen.",
                   "Die Zeilen nennen die Angaben, die Spalten die Beteiligten. Nicht "
                   "zutreffende Felder bleiben leer oder tragen einen Strich."),
    "copy": ("Dokument in Ablichtung (Anlage)", "Kopie (Vorder- und Rückseite)"),
    "page": ("Übersichtsblatt", "Blattnummer (Übersicht)"),
}

# --- values ---------------------------------------------------------------------------------

# codes of the short form (marked one is the value) and the matrix's words
SEX_CODES17: Final = {"F": "w", "M": "m", "D": "d", "X": "o.Ang."}
SEX_ORDER17: Final = ("F", "M", "D", "X")
SEX_WORDS17: Final = {"F": "weiblich", "M": "männlich", "D": "divers", "X": "ohne Angabe"}
# purposes: (short code, matrix wording)
PURPOSE17: Final[dict[str, tuple[str, str]]] = {
    "study": ("Stud.", "zu Studienzwecken"),
    "employment": ("Erw.", "zur Aufnahme einer Beschäftigung (Erwerb)"),
    "family": ("FamN.", "aus familiären Gründen"),
    "humanitarian": ("hum.", "aus völkerrechtlichen oder humanitären Gründen"),
    "other": ("sonst.", "zu einem sonstigen Zweck"),
}
PURPOSE_ORDER17: Final = ("study", "employment", "family", "humanitarian", "other")
# dwellings: (short code, matrix wording)
DWELLING17: Final[dict[str, tuple[str, str]]] = {
    "main": ("H-Whg.", "Hauptwohnung"),
    "secondary": ("N-Whg.", "Nebenwohnung"),
}
DWELLING_ORDER17: Final = ("main", "secondary")
# document kinds: (short code, matrix wording)
ID_KINDS17: Final = {"P": ("RP", "Reisepass"), "I": ("PAusw.", "Ausweiskarte (ID)")}
# the landlord's role (no truth value): (short code, matrix wording)
ROLES17: Final = {True: ("Eig.", "Eigentümerseite"), False: ("Beauftr.", "beauftragt (Verwaltung)")}
# what the check column says (no truth value)
CHECKS17: Final = ("ja", "gesehen", "Orig.", "i. O.", "Kopie")
# floors of a flat (no truth value)
FLOORS17: Final = ("EG links", "EG rechts", "1. OG links", "1. OG Mitte", "2. OG rechts",
                   "3. OG links", "DG", "Souterrain", "4. OG rechts")
# insurers (no truth value)
INSURERS17: Final = ("Rheinische Kraftfahrt VVaG", "Westfalia Direkt AG",
                     "Hanseatische Kfz-Versicherung", "Ruhrländische Versicherung AG",
                     "Mittelrhein Assekuranz")
NA_MARKS17: Final = ("—", "–", "", "-/-", "—")
# the office part of the short form (no truth value)
YES_NO17: Final = ("j", "n")
FEES17: Final = ("gebührenfrei", "12,00", "15,00", "0,00", "28,80")
PROCS17: Final = ("ZU", "AN", "UM", "NE", "EV", "ST")

BASE_VALUE_WORDS: Final = frozenset({
    "weiblich", "männlich", "divers", "ohne Angabe", "Reisepass", "Hauptwohnung",
    "Nebenwohnung", "w", "m", "d",
})

# --- dates ------------------------------------------------------------------------------------

MONTHS17: Final = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
                   "Okt.", "Nov.", "Dez.")
ABBREV_DATE_STYLES: Final = ("numeric", "unpadded", "iso", "mon_tight", "slash", "numeric")
COLUMNS_DATE_STYLES: Final = ("numeric", "long", "mon", "iso", "numeric")
EXTRA17_DATE_STYLES: Final = ("numeric", "unpadded", "iso", "mon_tight", "slash", "long", "mon")


def format_extra17_date(d: date, style: str) -> str:
    if style == "unpadded":  # "4.3.1987"
        return f"{d.day}.{d.month}.{d.year}"
    if style == "iso":  # "1987-03-04"
        return d.isoformat()
    if style == "mon_tight":  # "04.Sept.1987", "04.März 1987"
        return _mon_tight(d)
    if style == "slash":  # "04/03/1987"
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "long":  # "4. März 1987"
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "mon":  # "4. Sept. 1987"
        return f"{d.day}. {MONTHS17[d.month - 1]} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def _mon_tight(d: date) -> str:
    month = MONTHS17[d.month - 1]
    return f"{d.day:02d}.{month}{'' if month.endswith('.') else ' '}{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra17_date(d, s) for s in EXTRA17_DATE_STYLES}


ABBREV_SEX_MODES: Final = ("code",)
COLUMNS_SEX_MODES: Final = ("word", "letter", "word")


def sex_printings(code: str) -> set[str]:
    return {SEX_CODES17[code], SEX_WORDS17[code]}


ABBREV_NATIONALITY_MODES: Final = ("code", "adjective", "country", "adjective")
COLUMNS_NATIONALITY_MODES: Final = ("adjective", "country", "code")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "code":
        return code
    return country if mode == "country" else adjective


def nationality_printings(code: str) -> set[str]:
    return {*pools.NATIONALITIES[code], code}


# --- the wording object -----------------------------------------------------------------------


class Extra17Wording(Wording):
    """Cell labels (abbrev) or row captions (columns), headers, captions, furniture and titles
    from the twenty-first pool, chosen once per document."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.short = layout == "abbrev"
        self._other: dict[str, str] = {}
        self._scheme = rng.randrange(2)  # section headings follow one scheme per document

    def _once(self, prefix: str, key: str, options: tuple[str, ...]) -> str:
        k = prefix + key
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = (ABBREV_LABELS if self.short else MATRIX_ROWS)[key]
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def pair(self, first: str, second: str) -> str:
        return self._once("p:", f"{first}+{second}", ABBREV_PAIRS[(first, second)])

    def section(self, key: str) -> str:
        options = ABBREV_SECTIONS[key]
        return options[min(self._scheme, len(options) - 1)]

    def head(self, key: str) -> str:
        return self._once("h:", key, MATRIX_HEADS[key])

    def caption(self, key: str) -> str:
        return self._once("c:", key, MATRIX_CAPTIONS[key])

    def word(self, key: str) -> str:
        table = ABBREV_WORDS if self.short else MATRIX_WORDS
        return self._once("w:", key, table[key])

    def title(self, doc_type: str) -> str:
        options = (ABBREV_TITLES if self.short else MATRIX_TITLES)[doc_type]
        return options[self._rng.randrange(len(options))]


Day = date


@dataclass(slots=True)
class Extra17Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: Day) -> str:
        return format_extra17_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German wording that labels a value (cell labels and row captions)."""
    out = [s for pool in (ABBREV_LABELS, MATRIX_ROWS) for options in pool.values()
           for s in options]
    out += [s for options in ABBREV_PAIRS.values() for s in options]
    return out


def all_label_strings() -> list[str]:
    """Every label, heading, header, caption, title and furniture word of this pool."""
    pools_ = (ABBREV_LABELS, ABBREV_SECTIONS, ABBREV_TITLES, ABBREV_WORDS, ABBREV_LOG,
              MATRIX_ROWS, MATRIX_HEADS, MATRIX_CAPTIONS, MATRIX_TITLES, MATRIX_WORDS)
    out = [s for pool in pools_ for options in pool.values() for s in options]
    out += [s for options in ABBREV_PAIRS.values() for s in options]
    return out


def value_strings() -> list[str]:
    """This pool's own wordings of values (for tests)."""
    out = [s for options in PURPOSE17.values() for s in options]
    out += [s for options in DWELLING17.values() for s in options]
    out += [s for pair in ID_KINDS17.values() for s in pair]
    out += [s for pair in ROLES17.values() for s in pair]
    out += list(SEX_CODES17.values())
    return [s for s in dict.fromkeys(out) if s not in BASE_VALUE_WORDS]
