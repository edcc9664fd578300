"""The thirty-third wording pool and the printing habits of the twenty-ninth extra pair.

``GRID_LABELS`` (the column and row headers a clerk or a citizen typed into an office
spreadsheet: per field a natural German header, an abbreviated one and a technical, database-like
column name), ``GRID_HEADS`` (section rows and table captions), ``GRID_TITLES``, ``GRID_FILES``
(file names) and ``GRID_WORDS`` (print header and footer, sheet tabs, status and remark cells,
cell comments) belong to the ``spreadsheet`` layout; ``FILM_LABELS`` (the labels of an old
pre-printed form or register), ``FILM_HEADS``, ``FILM_TITLES``, ``FILM_WORDS`` (archive and film
markers, stamps, marginal notes, form numbers, closing lines) and ``FILM_PROSE`` (the sentences
of an old register entry) to the ``microfilm`` layout. Both are used only by the layouts in
``EXTRA29_LAYOUTS`` of ``samples.generate``. They are a blind measurement: whoever tunes
extraction must not read this module nor ``samples.render_extra29``, nor tune on those layouts'
failures. None of the strings repeats a string of the thirty-two other pools, nor any string
literal of the older modules of ``samples``, not even up to case, punctuation or spacing (a test
checks this).

The ground truth stays the catalog's normalised value. Every string stays inside Windows-1252.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Style
from samples.wording import MONTHS, SEX_WORDS, Wording

# --- spreadsheet: headers typed into an office spreadsheet --------------------------------------

#: per field: (natural header, abbreviated header, technical column name)
GRID_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("Nachname lt. Unterlage", "Nachn. (akt.)", "p_nachname_akt"),
    "given_names": ("Vornamen lt. Unterlage", "Vorn. (vollst.)", "p_vornamen_lst"),
    "birth_name": ("Geburtsname lt. Unterlage (falls abw.)", "GebN. (abw.)", "p_geburtsname"),
    "date_of_birth": ("Geburtsdatum lt. Unterlage", "Geb.-Dat. (Pers.)", "p_geb_datum"),
    "place_of_birth": ("Geburtsort lt. Unterlage", "Geb.-Ort (Gem.)", "p_geb_ort"),
    "sex": ("Geschlecht lt. Unterlage", "Geschl. (w/m/d)", "p_geschlecht"),
    "nationality": ("Staatsangehörigkeit lt. Unterlage", "StAng. (akt.)", "p_staatsang"),
    "move_in_date": ("Einzugsdatum lt. Unterlage", "Einzugsdat.", "w_einzug_dat"),
    "street": ("Straßenname der Wohnung", "Straßenbez. (o. Nr.)", "w_strasse"),
    "house_number": ("Hausnr. der Wohnung (mit Zusatz)", "Haus-Nr. (m. Zus.)", "w_hausnr"),
    "postal_code": ("Postleitzahl (Wohnung, 5 Ziffern)", "PLZ (5-stell.)", "w_plz"),
    "city": ("Ort der Wohnung (Gemeinde)", "Ort (Gem.)", "w_ort"),
    "street_line": ("Straße und Nr. der Wohnung", "Str.-Name + Hausnr.", "w_str_hnr"),
    "city_line": ("PLZ und Ort der Wohnung", "PLZ + Ort (Gem.)", "w_plz_ort"),
    "address_line": ("Wohnanschrift in einer Zelle", "Anschr. (1 Zelle)", "w_anschrift"),
    "previous_address": ("Vorherige Wohnanschrift (eine Zelle)", "Vorh. Anschr.", "v_anschrift"),
    "dwelling": ("Haupt- oder Nebenwohnung?", "HW oder NW", "w_art_hw_nw"),
    "landlord_name": ("Wohnungsgeber (Person/Firma)", "WoGeb. Name", "g_name"),
    "landlord_address": ("Anschrift Wohnungsgeber (eine Zelle)", "WoGeb. Anschr.", "g_anschrift"),
    "role": ("Wohnungsgeber in der Funktion", "WoGeb. als", "g_rolle"),
    "tenant": ("Eingezogen: Vor- und Nachname", "Einzieh. Pers. (V+N)", "e_person_name"),
    "mother_name": ("Mutter lt. Urkunde (Vor- und Nachname)", "Mutter (V+N)", "k_mutter"),
    "father_name": ("Vater lt. Urkunde (Vor- und Nachname)", "Vater (V+N)", "k_vater"),
    "registry_office": ("Standesamt lt. Urkunde", "StA (Urk.)", "r_standesamt"),
    "register_number": ("Registernummer lt. Urkunde", "Reg.-Nr. (Urk.)", "r_nummer"),
    "issue_date": ("Ausstellungsdatum lt. Urkunde", "Ausst. (Urk.)", "r_ausgestellt"),
    "marriage_date": ("Datum Eheschließung lt. Urkunde", "Dat. Ehe", "e_datum_ehe"),
    "marriage_place": ("Ort Eheschließung lt. Urkunde", "Ort Ehe (Gem.)", "e_ort_ehe"),
    "date_of_death": ("Sterbedatum lt. Urkunde", "Sterbedat. (Urk.)", "t_sterbedatum"),
    "place_of_death": ("Sterbeort lt. Urkunde", "Ort Tod (Gem.)", "t_sterbeort"),
    "birth_time": ("Geburtszeit lt. Urkunde", "Geb.-Uhrz. (Urk.)", "k_geb_uhrzeit"),
    "last_residence": ("Letzte Anschrift lt. Urkunde", "Letzte Anschr. (Urk.)", "t_letzte_anschr"),
    "vin": ("Fahrzeug-Identnummer lt. ZB I", "FIN (ZB I)", "f_fin"),
    "make": ("Fahrzeugmarke lt. ZB I", "Marke (ZB I)", "f_marke"),
    "model": ("Modell lt. ZB I", "Modell (ZB I)", "f_modell"),
    "desired_plate": (
        "Wunschkennzeichen (reserviert, optional)",
        "Wunschkennz. (falls res.)",
        "f_wunschkz",
    ),
    "evb_number": ("eVB-Nummer lt. Versicherer", "eVB-Nr. (Versich.)", "f_evb"),
    "account_holder": ("Kontoinhaber lt. Mandat (Person)", "Kto.-Inh. (Mandat)", "s_kontoinhaber"),
    "iban": ("IBAN lt. Mandat", "IBAN Kto. (SEPA)", "s_iban"),
    "bic": ("BIC lt. Mandat", "BIC Kto. (SEPA)", "s_bic"),
    "passport_number": ("Passnummer (Nationalpass) lt. Antrag", "Pass-Nr. (Pass)", "a_pass_nr"),
    "passport_expiry_date": ("Pass gültig bis lt. Pass", "Pass gült. (Pass)", "a_pass_gueltig"),
    "entry_date": ("Einreisedatum lt. Antrag", "Einreise (Antr.)", "a_einreise_dat"),
    "purpose": ("Aufenthaltszweck lt. Antragsformular", "Zweck (Antr.)", "a_zweck"),
    "doc_kind": ("Art des Dokuments lt. Vorlage", "Dok.-Art (Vorl.)", "d_art"),
    "doc_number": ("Nummer des Dokuments lt. Vorlage", "Dok.-Nr. (Vorl.)", "d_nummer"),
    "issuing_state": ("Ausstellerstaat lt. Vorlage", "Ausst.-Staat (Vorl.)", "d_staat"),
    "expiry_date": ("Dokument gültig bis lt. Vorlage", "gült. bis (Vorl.)", "d_gueltig_bis"),
    # cells the catalog does not ask for
    "phone": ("Telefon für Rückruf (Bürger)", "Tel. Rückr.", "k_tel"),
    "row_id": ("laufende Zeilennummer", "Zeile lfd.", "x_row_id"),
    "case_no": ("Vorgangsnummer im Fachverfahren", "Vorg. FV", "x_vorgang_id"),
    "received": ("Eingangsdatum bei der Stelle", "Eing. (Dat.)", "x_eingang_dat"),
    "clerk": ("Sachbearbeitung (Kürzel)", "SB-Kürzel", "x_sb_kz"),
    "status": ("Stand der Bearbeitung", "Bearb.-St.", "x_status_cd"),
    "remarks": ("Bemerkungen der Sachbearbeitung", "Bemerk. SB", "x_bem_txt"),
    "checked": ("Geprüft? (x = ja)", "gepr. (x=ja)", "x_chk"),
    "fee": ("Gebühr (EUR, netto)", "Geb. (EUR)", "x_gebuehr_eur"),
    "person_no": ("Person (lfd.)", "Pers.-Nr. (lfd.)", "x_person_idx"),
}

GRID_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "meta": ("Angaben zum Vorgang (intern)", "Vorgangsangaben (intern)"),
    "person": ("Daten zur Person (Anmeldung)", "Personendaten Anmeldung"),
    "dwelling": ("Angaben neue Wohnung", "Neue Wohnung – Daten"),
    "previous": ("Angaben vorherige Wohnung", "Vorherige Wohnung – Daten"),
    "contact": ("Angaben für Rückfragen", "Rückfragen – Daten"),
    "landlord": ("Angaben Wohnungsgeber/in", "Wohnungsgeber/in – Daten"),
    "flat": ("Angaben überlassene Wohnung", "Überlassene Wohnung – Daten"),
    "tenants": ("Liste einziehende Personen", "Einziehende Personen – Liste"),
    "child": ("Angaben Kind (Geburtseintrag)", "Kind – Daten lt. Eintrag"),
    "parents": ("Angaben Eltern (Geburtseintrag)", "Eltern – Daten lt. Eintrag"),
    "spouses": ("Ehegatten – tabellarisch", "Ehegatten (Angaben lt. Urkunde)"),
    "spouse1": ("Angaben Ehegatte/Ehegattin 1", "Ehegatte/Ehegattin 1 – Daten"),
    "spouse2": ("Angaben Ehegatte/Ehegattin 2", "Ehegatte/Ehegattin 2 – Daten"),
    "marriage": ("Angaben Eheschließung (Eintrag)", "Eheschließung – Daten lt. Eintrag"),
    "deceased": ("Angaben verstorbene Person (lt. Urkunde)", "Person (verstorben) – Angaben"),
    "death": ("Angaben Sterbefall (Eintrag)", "Sterbefall – Daten lt. Eintrag"),
    "register": ("Angaben Registereintrag/Urkunde", "Registereintrag/Urkunde – Daten"),
    "holder": ("Angaben Fahrzeughalter/in", "Halter/in (Angaben lt. Antrag)"),
    "vehicle": ("Angaben Fahrzeug (lt. ZB I)", "Kfz (lt. ZB I) – Angaben"),
    "insurance": ("Angaben Versicherung (eVB)", "Versicherung (eVB) – Daten"),
    "account": ("Angaben SEPA-Lastschrift Kfz-Steuer", "SEPA-Lastschrift Kfz-Steuer – Daten"),
    "applicant": ("Angaben Antragsteller/in (Aufenthalt)", "Antragsteller/in – Daten"),
    "passport": ("Angaben Pass und Einreise", "Pass & Einreise (lt. Antrag)"),
    "stay": ("Angaben Aufenthaltszweck", "Aufenthaltszweck – Daten"),
    "home": ("Angaben Wohnung im Inland", "Wohnung im Inland – Daten"),
    "document": ("Angaben vorgelegtes Dokument", "Vorgelegtes Dokument – Angaben"),
    "holder_id": ("Angaben Inhaber/in lt. Dokument", "Inhaber/in lt. Dokument – Daten"),
    "picture": ("Scan des Dokuments (eingefügt)", "Eingefügter Scan des Dokuments"),
}

GRID_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Erfassungsblatt Wohnsitzanmeldung", "Anmeldung Wohnsitz – Erfassung Excel"),
    "wohnungsgeberbestaetigung": (
        "WGB-Erfassung (Einzug bestätigt)",
        "Wohnungsgeberbestätigung – Tabellenerfassung",
    ),
    "geburtsurkunde": ("Übertrag Geburtsurkunde (Tabelle)", "Geburtsurkunde – Datenübertrag"),
    "eheurkunde": ("Übertrag Eheurkunde (Tabelle)", "Eheurkunde – Datenübertrag"),
    "sterbeurkunde": ("Übertrag Sterbeurkunde (Tabelle)", "Sterbeurkunde – Datenübertrag"),
    "antrag_zulassung": ("Erfassungsblatt Zulassung Kfz", "Kfz-Zulassung – Erfassung Excel"),
    "aufenthaltstitel_antrag": (
        "Erfassung Aufenthaltstitel (Tabelle)",
        "Aufenthaltstitel – Erfassung Excel",
    ),
    "identity_document": ("Erfassungsblatt Ausweisdaten", "Ausweisdaten – Erfassung Excel"),
}

GRID_FILES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldungen_Eingang", "EWO_Erfassung_Zuzug"),
    "wohnungsgeberbestaetigung": ("WGB_Eingang", "EWO_Erfassung_WGB"),
    "geburtsurkunde": ("StA_Uebertrag_Geburt", "Urkunden_G_Uebertrag"),
    "eheurkunde": ("StA_Uebertrag_Ehe", "Urkunden_E_Uebertrag"),
    "sterbeurkunde": ("StA_Uebertrag_Sterbefall", "Urkunden_S_Uebertrag"),
    "antrag_zulassung": ("KFZ_Antraege_Eingang", "Zulassung_Erfassung_SEPA"),
    "aufenthaltstitel_antrag": ("ABH_Antraege_Eingang", "Aufenthalt_Erfassung_Titel"),
    "identity_document": ("Ausweiskopien_Erfassung", "Dokumente_Erfassung_MRZ"),
}

GRID_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "file": ("{}_{}.xlsx", "{} (Kopie {}).xlsx", "{}_v{}.ods", "{}-{}-alt.xls"),
    "path": (
        "S:\\Fachbereich\\{}\\{}",
        "G:\\Teams\\{}\\Listen\\{}",
        "H:\\Eigene Dateien\\Tabellen\\{}",
    ),
    "unit": ("Bürgerbüro-Team", "Kfz-Stelle Team", "Standesamt-Team", "Team Aufenthalt"),
    "head_sheet": ("Blattname: {}", "Arbeitsblatt {}"),
    "printed": ("Ausdruck vom {} um {}", "gedruckt am {} – {} Uhr"),
    "page": ("Seite {} von {} Seiten", "Druckseite {} / {}"),
    "tabs": (
        "Erfassung 2026|Listenwerte|Tabelle3",
        "Eingabe Bürger|Stammdaten Liste|Hinweise zum Blatt",
        "Daten_Import|Pivot Monat|Tabelle2",
        "Erfassung_neu|Werte (Dropdown)|Tabelle4",
    ),
    "col_field": ("Merkmal (Feldbezeichnung)", "Bezeichnung (Spalte)", "feld_name"),
    "col_value": ("Eintrag lt. Unterlage", "Inhalt (Zelle)", "feld_wert"),
    "col_note": ("Hinweis (SB)", "Notiz zur Zeile", "notiz_sb"),
    "status": (
        "offen – in Bearbeitung",
        "erfasst, Prüfung folgt",
        "Rückfrage gestellt",
        "vollständig – zur Freigabe",
        "übernommen ins Fachverfahren",
    ),
    "remark": (
        "Original lag am Schalter vor",
        "Schreibweise mit Bürger/in abgeglichen",
        "telefonisch nachgefragt",
        "Kopie liegt in der Papierakte",
        "Daten aus Onlineeingang übernommen",
        "bitte Zweitprüfung",
    ),
    "comment": (
        "{}: bitte noch gegenprüfen",
        "{}: Angabe aus dem Original übernommen",
        "{}: Feld war im Antrag schwer lesbar",
        "{}: nachgetragen nach Rückruf",
    ),
    "comments_head": ("Zellkommentare (Ausdruck am Blattende)", "Kommentare zu Zellen"),
    "cell": ("Zelle {}", "Zellbezug {}"),
    "yes": ("ja (x)", "x = ja"),
    "spouse_row": ("Ehegatte(in) Nr. {}", "EG {} (lt. Urk.)", "ehe_p{}"),
    "tenant_row": ("Einziehende/r Nr. {}", "Pers. {} (einz.)", "einz_{}"),
    "fee_note": ("Gebühr lt. Verwaltungsgebührensatzung", "Gebühr nach Tarifstelle"),
    "picture_tab": ("Scan_Ausweis", "Import_Online"),
    "picture_note": ("Grafik eingefügt aus Datei {}", "Bild eingefügt (Originalgröße {} %)"),
}

# --- microfilm: an old form or register entry reproduced from film -----------------------------

FILM_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Zuname (bei Frauen jetziger Name)", "Familienname des Eingetragenen"),
    "given_names": ("Sämtliche Vornamen (lt. Urkunde)", "Vornamen des Eingetragenen"),
    "birth_name": ("Geburtsname (bei Namensänderung)", "Mädchen- bzw. Geburtsname"),
    "date_of_birth": ("geboren den (Tag, Monat, Jahr)", "Geburtstag des Eingetragenen"),
    "place_of_birth": ("Geburtsort nebst Kreis", "Ort der Geburt (Kreis/Land)"),
    "sex": ("Geschlecht des Eingetragenen", "Geschlechtsangabe lt. Eintrag"),
    "nationality": ("Staatsangehörigkeit z. Zt. der Meldung", "Staatszugehörigkeit"),
    "move_in_date": ("Tag des Zuzuges", "Zuzug in die Wohnung am"),
    "street": ("Straße (neue Wohnung)", "Straße der jetzigen Wohnung"),
    "house_number": ("Hausnummer (neue Wohnung)", "Hausnummer der jetzigen Wohnung"),
    "postal_code": ("Postleitzahl (neue Wohnung)", "Postleitzahl der jetzigen Wohnung"),
    "city": ("Gemeinde (neue Wohnung)", "Gemeinde der jetzigen Wohnung"),
    "street_line": (
        "Straße und Hausnummer der jetzigen Wohnung",
        "jetzige Wohnung (Straße, Hausnummer)",
    ),
    "city_line": ("Postleitzahl und Gemeinde (neue Wohnung)", "jetzige Wohnung, PLZ und Gemeinde"),
    "address_line": ("Anschrift der jetzigen Wohnung (vollständig)", "jetzige Wohnung (Anschrift)"),
    "previous_address": ("bisher wohnhaft gewesen in", "Wohnung vor dem Zuzuge"),
    "dwelling": ("Die bezogene Wohnung gilt als", "Eigenschaft der bezogenen Wohnung"),
    "landlord_name": (
        "Vermieter bzw. Hauseigentümer (Name oder Firma)",
        "Name des Hauseigentümers oder Verwalters",
    ),
    "landlord_address": ("Wohnort des Vermieters", "Anschrift des Hauseigentümers"),
    "role": ("Der Unterzeichnende ist", "Eigenschaft des Unterzeichnenden"),
    "tenant": ("Vor- und Zuname des Eingezogenen", "Name (Vor- und Zuname) des Eingezogenen"),
    "mother_name": ("Vor- und Zuname der Kindesmutter", "Kindesmutter (Vor- und Zuname)"),
    "father_name": ("Vor- und Zuname des Kindesvaters", "Kindesvater (Vor- und Zuname)"),
    "registry_office": (
        "das Buch führendes Standesamt",
        "Standesamt, bei dem das Buch geführt wird",
    ),
    "register_number": ("Eintragsnummer (Buchstabe, Nr./Jahr)", "Nr. des Eintrags im Buch"),
    "issue_date": ("Auszug gefertigt am", "Abschrift gefertigt den"),
    "marriage_date": ("Tag der Eheschließung (Trauungstag)", "am Trauungstage"),
    "marriage_place": ("Ort der Eheschließung (Trauung)", "Trauungsort lt. Buch"),
    "date_of_death": ("Tag des Todes (Sterbetag)", "Sterbetag lt. Buch"),
    "place_of_death": ("Sterbeort lt. Buch", "Ort des Todes lt. Buch"),
    "birth_time": ("Geburtszeit lt. Buch", "Stunde und Minute (Geburt) lt. Buch"),
    "last_residence": ("zuletzt wohnhaft (Straße, Ort)", "letzter Wohnsitz (Straße, Nr., Ort)"),
    "vin": ("Fahrgestell- bzw. Ident.-Nr.", "Fahrzeug-Identifizierungs-Nr. (Fahrgestell)"),
    "make": ("Fabrikat (Hersteller) des Kraftfahrzeuges", "Hersteller (Fabrikat) des Fahrzeuges"),
    "model": ("Typ bzw. Modell des Fahrzeuges", "Modellbezeichnung des Fahrzeugs"),
    "desired_plate": ("gewünschtes amtl. Kennzeichen", "Kennzeichen auf Wunsch"),
    "evb_number": (
        "Versicherungsbestätigung (Nr. der Deckungskarte)",
        "Nummer der Deckungskarte (eVB)",
    ),
    "account_holder": (
        "Inhaber des Kontos (Einzugsermächtigung)",
        "Kontoinhaber (Einzug der Steuer)",
    ),
    "iban": ("IBAN des zu belastenden Kontos", "Konto (IBAN) für die Steuer"),
    "bic": ("BIC des Geldinstituts", "Bankleitzahl bzw. BIC"),
    "passport_number": ("Nummer des Nationalpaßes (Paß-Nr.)", "Nummer des Passes bzw. Paßersatzes"),
    "passport_expiry_date": ("Nationalpaß gültig bis (Tag)", "Gültig bis (Nationalpaß)"),
    "entry_date": (
        "Tag der Einreise in die Bundesrepublik Deutschland",
        "Einreise (Tag, Grenzübertritt)",
    ),
    "purpose": ("Zweck des Aufenthalts im Bundesgebiet", "Aufenthaltszweck (beabsichtigt)"),
    "doc_kind": ("Art des vorgelegten Ausweises", "vorgelegtes Ausweispapier"),
    "doc_number": ("Nummer des vorgelegten Ausweises", "Ausweis-Nr."),
    "issuing_state": ("ausstellender Staat (Kennung)", "Ausstellerstaat des Ausweispapiers"),
    "expiry_date": ("gültig bis (Ausweis)", "Ausweis gültig bis zum"),
    "phone": ("Fernsprecher (für Rückfragen)", "Fernruf"),
}

FILM_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Angaben über den Meldepflichtigen", "Zur Person des Meldepflichtigen"),
    "dwelling": ("Angaben über die neue Wohnung", "Die jetzige Wohnung"),
    "previous": ("Angaben über die frühere Wohnung", "Bisherige Wohnung (vor dem Zuzuge)"),
    "contact": ("Erreichbarkeit des Meldenden", "Für etwaige Rückfragen"),
    "landlord": ("Angaben über den Vermieter", "Der Hauseigentümer bzw. Vermieter"),
    "flat": ("Bezeichnung der vermieteten Wohnung", "Lage der vermieteten Wohnung im Hause"),
    "tenants": ("Verzeichnis der Eingezogenen", "Die Eingezogenen"),
    "child": ("Zum Kinde", "Eingetragenes Kind"),
    "parents": ("Angaben über die Eltern des Kindes", "Die Eltern (lt. Buch)"),
    "spouse1": ("Angaben über den ersten Ehegatten", "Erster Ehegatte (lt. Buch)"),
    "spouse2": ("Angaben über den zweiten Ehegatten", "Zweiter Ehegatte (lt. Buch)"),
    "marriage": ("Angaben über die Eheschließung (Trauung)", "Die Trauung (lt. Buch)"),
    "deceased": ("Angaben über den Verstorbenen", "Der Verstorbene (lt. Buch)"),
    "death": ("Zum Sterbefalle", "Der Sterbefall (lt. Buch)"),
    "register": ("Randvermerk zum Eintrag", "Zum Eintrag im Buch"),
    "holder": ("Angaben über den Fahrzeughalter", "Der Halter (Antragsteller)"),
    "vehicle": ("Das Kraftfahrzeug betreffend", "Kraftfahrzeug (lt. Brief)"),
    "insurance": ("Angaben über die Haftpflichtversicherung", "Die Haftpflichtversicherung"),
    "account": ("Ermächtigung zum Einzug der Kfz-Steuer (lt. Mandat)", "Einzugsermächtigung"),
    "applicant": ("Angaben über den Antragsteller", "Der Antragsteller (Ausländer)"),
    "passport": ("Angaben über Paß und Einreise", "Paß und Einreise betreffend"),
    "stay": ("Den Aufenthalt betreffend", "Der beabsichtigte Aufenthalt"),
    "home": ("Angaben über die Wohnung im Bundesgebiet", "Die Wohnung im Bundesgebiet"),
    "document": ("Angaben über das Ausweispapier", "Das vorgelegte Ausweispapier"),
    "holder_id": ("Angaben über den Inhaber", "Der Inhaber des Ausweispapiers"),
}

FILM_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Meldeschein (Anmeldung, Zuzug)", "Anmeldung bei der Meldebehörde (Zuzug)"),
    "wohnungsgeberbestaetigung": (
        "Bescheinigung des Vermieters über den Einzug",
        "Vermieterbescheinigung (Einzug)",
    ),
    "geburtsurkunde": ("Geburtenbuch – Eintrag", "Geburtenbuch (Auszug vom Film)"),
    "eheurkunde": ("Heiratsbuch – Eintrag", "Heiratsbuch (Auszug vom Film)"),
    "sterbeurkunde": ("Sterbebuch – Eintrag", "Sterbebuch (Auszug vom Film)"),
    "antrag_zulassung": (
        "Antrag auf Zulassung eines Kraftfahrzeuges (Vordruck)",
        "Zulassungsantrag für ein Kraftfahrzeug",
    ),
    "aufenthaltstitel_antrag": (
        "Antrag auf Erteilung einer Aufenthaltserlaubnis (Vordruck)",
        "Aufenthaltsantrag (Ausländeramt)",
    ),
    "identity_document": ("Ablichtung eines Ausweispapiers", "Ausweispapier – Ablichtung"),
}

FILM_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "issuer": ("Stadt {} – Der Oberbürgermeister", "Der Oberstadtdirektor der Stadt {}"),
    "issuer_kfz": ("Stadt {} – Straßenverkehrsbehörde", "Zulassungsbehörde der Stadt {}"),
    "issuer_abh": ("Stadt {} – Ausländeramt", "Ausländeramt der Stadt {}"),
    "issuer_reg": ("Der Standesbeamte in {}", "Standesamt {} – Registratur"),
    "unit": ("– Einwohnermeldeamt (Meldestelle) –", "Einwohnermeldestelle"),
    "form_no": ("Vordr. {} ({} Aufl.)", "Muster {} / Ausg. {}"),
    "archive": ("Stadtarchiv {}", "Archiv der Stadt {}"),
    "film": ("Film Nr. {}", "Rolle {}"),
    "frame": ("Aufn. {}", "Bild {}"),
    "ratio": ("Verkl. 1:{}", "Verkleinerung 1:{}"),
    "reader": (
        "Rückvergrößerung vom Sicherungsfilm",
        "Lesegerät-Kopie vom Mikrofilm",
        "Kopie ab Mikrofiche",
    ),
    "stamp_archive": ("ARCHIVGUT", "SICHERUNGSVERFILMT"),
    "stamp_copy": ("ZWEITSCHRIFT (FILM)", "ABLICHTUNG"),
    "stamp_date": ("verfilmt am {}", "Film angelegt {}"),
    "margin": (
        "s. Rückseite",
        "vgl. Vorgang",
        "Akte angelegt",
        "gepr. {}",
        "erled. {}",
        "Nachtrag s. unten",
    ),
    "instruction": (
        "Bitte mit Schreibmaschine oder in Druckschrift ausfüllen.",
        "Zutreffendes ankreuzen, Nichtzutreffendes streichen.",
    ),
    "sign": (
        "Unterschrift des Meldepflichtigen (eigenhändig)",
        "Unterschrift des Antragstellers (eigenhändig)",
    ),
    "sign_landlord": ("Unterschrift des Vermieters", "Unterschrift Hauseigentümer"),
    "sign_reg": ("Der Standesbeamte (Unterschrift)", "Die Standesbeamtin (gez.)"),
    "place_date": ("{}, den {} (Ort, Datum)", "{} am {} (Ort/Tag)"),
    "closing_reg": (
        "Die Übereinstimmung mit dem Eintrag im Buch wird bestätigt.",
        "Vorstehender Auszug stimmt mit dem Eintrag überein.",
    ),
    "seal": ("(Dienstsiegel des Standesamtes)", "L. S. (Siegel)"),
    "copy": ("Ablichtung des Ausweispapiers", "Lichtbild-Abzug des Ausweises"),
    "copy_note": (
        "Das Ausweispapier lag im Original vor und wurde abgelichtet.",
        "Ablichtung zu den Akten genommen.",
    ),
    "page": ("Blatt {} / {} (Film)", "Bl. {} v. {}"),
    "entry_no": ("Eintrag Nr. {} (Buch)", "lfd. Eintrag {}"),
}

FILM_PROSE: Final[dict[str, tuple[str, ...]]] = {
    "birth": (
        "In {pob} ist am {dob} das Kind {given} {family} geboren.",
        "{family}, {given}, geboren am {dob} in {pob}.",
    ),
    "sex": ("Das Kind ist als {sex} eingetragen.", "Eingetragenes Geschlecht: {sex}."),
    "mother": ("Mutter des Kindes: {mother}.", "Als Mutter wurde {mother} eingetragen."),
    "father": ("Der Vater des Kindes ist {father}.", "Als Vater wurde {father} eingetragen."),
    "no_father": (
        "Ein Vater ist im Buch nicht eingetragen.",
        "Zum Vater enthält der Eintrag nichts.",
    ),
    "marriage": (
        "{p1} und {p2} haben am {date} in {place} die Ehe miteinander geschlossen.",
        "Vor dem Standesbeamten in {place} schlossen am {date} {p1} und {p2} die Ehe.",
    ),
    "spouse_born": ("{name}, geb. am {dob}.", "{name} ist am {dob} geboren."),
    "death": (
        "{given} {family} ist am {dod} in {pod} verstorben.",
        "In {pod} verstarb am {dod} {given} {family}.",
    ),
    "dead_born": (
        "Der Verstorbene war am {dob} in {pob} geboren.",
        "Geburt des Verstorbenen: {dob} in {pob}.",
    ),
    "register": ("Eingetragen beim {office} unter Nr. {number}.", "Eintrag {number}, {office}."),
}

# --- values ---------------------------------------------------------------------------------------

SEX_ORDER29: Final = ("F", "M", "D", "X")
#: the spreadsheet's short sex codes (a clerk's column of letters)
SEX_SHORT29: Final[dict[str, str]] = {"F": "w", "M": "m", "D": "d", "X": "k. A."}
PURPOSE_ORDER29: Final = ("study", "employment", "family", "humanitarian", "other")
#: (spreadsheet cell, microfilm wording)
PURPOSE29: Final[dict[str, tuple[str, ...]]] = {
    "study": ("Studium (§ 16b AufenthG, lt. Antrag)", "zum Zwecke des Studiums (Hochschule)"),
    "employment": ("Beschäftigung (§§ 18 ff. AufenthG)", "zur Aufnahme einer Arbeit"),
    "family": ("Familiennachzug nach §§ 27 ff. AufenthG", "zur Herstellung der Familieneinheit"),
    "humanitarian": ("humanitär (§§ 22 ff. AufenthG)", "aus humanitären Erwägungen"),
    "other": ("sonstiger Zweck (§ 7 AufenthG)", "zu einem anderen Zwecke"),
}
DWELLING_ORDER29: Final = ("main", "secondary")
DWELLING29: Final[dict[str, tuple[str, ...]]] = {
    "main": ("HW (alleinige/Hauptwohnung)", "die Hauptwohnung des Meldepflichtigen"),
    "secondary": ("NW (weitere Wohnung)", "eine Nebenwohnung des Meldepflichtigen"),
}
ROLE29: Final[dict[bool, tuple[str, ...]]] = {
    True: ("Eigentümer/in (selbst, Person)", "Eigentümer des Hauses"),
    False: ("Verwalter/in (beauftragt)", "vom Eigentümer Beauftragter"),
}
ID_KINDS29: Final[dict[str, tuple[str, ...]]] = {
    "P": ("Pass (Datenseite, TD3)", "Reisepaß mit Datenseite"),
    "I": ("Karte (Vorder-/Rückseite, TD1)", "Ausweis (Kartenform, beidseitig)"),
}

# --- dates ----------------------------------------------------------------------------------------

CELL_DATE_STYLES: Final = ("numeric", "iso", "unpadded", "weekday", "numeric", "iso")
FILM_DATE_STYLES: Final = ("long", "numeric", "roman", "abbr_dot", "long")
EXTRA29_DATE_STYLES: Final = ("numeric", "iso", "unpadded", "weekday", "long", "roman",
                              "abbr_dot")
WEEKDAYS29: Final = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
MONTHS_DOT29: Final = ("Jan.", "Febr.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
                       "Okt.", "Nov.", "Dez.")
ROMAN29: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def format_extra29_date(d: date, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "unpadded":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "weekday":
        return f"{WEEKDAYS29[d.weekday()]}, {d.day:02d}.{d.month:02d}.{d.year}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "roman":
        return f"{d.day}. {ROMAN29[d.month - 1]}. {d.year}"
    if style == "abbr_dot":
        return f"{d.day}. {MONTHS_DOT29[d.month - 1]} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra29_date(d, s) for s in EXTRA29_DATE_STYLES}


CELL_SEX_MODES: Final = ("word", "short", "code", "word", "short")
FILM_SEX_MODES: Final = ("word", "choice", "word")


def sex_word(code: str, mode: str) -> str:
    if mode == "short":
        return SEX_SHORT29[code]
    if mode == "code":
        return code
    return SEX_WORDS[code]


def sex_printings(code: str) -> set[str]:
    return {SEX_WORDS[code], SEX_SHORT29[code], code}


CELL_NATIONALITY_MODES: Final = ("adjective", "country", "code", "adjective")
FILM_NATIONALITY_MODES: Final = ("adjective", "upper", "country")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "code":
        return code
    if mode == "country":
        return country
    if mode == "upper":
        return adjective.upper()
    return adjective


def nationality_printings(code: str) -> set[str]:
    adjective, country = pools.NATIONALITIES[code]
    return {adjective, country, code, adjective.upper()}


# --- the wording object ---------------------------------------------------------------------------

NAMINGS: Final = ("natural", "abbr", "tech", "mixed")


class Extra29Wording(Wording):
    """Labels, headings, titles and furniture, chosen once per document from the thirty-third
    pool; the spreadsheet names its columns in one naming style per document (natural,
    abbreviated, technical, or mixed per field)."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.grid = layout == "spreadsheet"
        self.naming = NAMINGS[rng.randrange(len(NAMINGS))] if self.grid else ""
        # technical column names in snake case or in camel case
        self.camel = self.grid and rng.random() < 0.4
        self.heads = rng.randrange(2)  # one family of headings per document
        self._other: dict[tuple[int, str], str] = {}

    def _once(self, kind: int, key: str, options: tuple[str, ...]) -> str:
        k = (kind, key)
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            if self.grid:
                options = GRID_LABELS[key]
                k = NAMINGS.index(self.naming) if self.naming != "mixed" \
                    else self._rng.randrange(3)
                label = options[k]
                if k == 2 and self.camel:
                    head, *rest = label.split("_")
                    label = head + "".join(part[:1].upper() + part[1:] for part in rest)
                self._chosen[key] = label
            else:  # one old form: its labels all come from the same edition
                film = FILM_LABELS[key]
                self._chosen[key] = film[self.heads % len(film)]
        return self._chosen[key]

    def head(self, key: str) -> str:
        options = (GRID_HEADS if self.grid else FILM_HEADS)[key]
        return options[self.heads % len(options)]

    def word(self, key: str) -> str:
        return self._once(3, key, (GRID_WORDS if self.grid else FILM_WORDS)[key])

    def title(self, doc_type: str) -> str:
        return self._once(4, doc_type, (GRID_TITLES if self.grid else FILM_TITLES)[doc_type])

    def file_stem(self, doc_type: str) -> str:
        return self._once(5, doc_type, GRID_FILES[doc_type])

    def prose(self, key: str) -> str:
        return self._once(6, key, FILM_PROSE[key])

    def pick(self, key: str) -> str:
        """A fresh choice each time (status and remark cells, marginal notes)."""
        options = (GRID_WORDS if self.grid else FILM_WORDS)[key]
        return options[self._rng.randrange(len(options))]


@dataclass(slots=True)
class Extra29Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: date) -> str:
        return format_extra29_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German wording that names or labels a value."""
    return [
        s for pool in (GRID_LABELS, FILM_LABELS) for options in pool.values() for s in options
    ]


def all_label_strings() -> list[str]:
    """Every label, heading, title, sentence and furniture wording of this pool (``|`` lists
    count item by item)."""
    out = label_strings()
    for pool in (GRID_HEADS, GRID_TITLES, GRID_FILES, GRID_WORDS, FILM_HEADS, FILM_TITLES,
                 FILM_WORDS, FILM_PROSE):
        out += [p for options in pool.values() for s in options for p in s.split("|") if p]
    return list(dict.fromkeys(out))


def value_strings() -> list[str]:
    """This pool's own wordings of choice values (for tests)."""
    out = [
        s
        for table in (PURPOSE29, DWELLING29, ROLE29, ID_KINDS29)
        for options in table.values()
        for s in options
    ]
    return list(dict.fromkeys(out))
