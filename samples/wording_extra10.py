"""The fourteenth wording pool and the printing habits of the tenth extra pair of layouts.

``DARK_LABELS`` (the field captions of a citizen app or web portal printed in a dark theme,
often phrased as questions or with a possessive), ``MEMO_LABELS`` (the abbreviated keys a case
worker types into an internal file note), their section headings (``DARK_SECTIONS``,
``MEMO_SECTIONS``), titles (``DARK_TITLES``, ``MEMO_TITLES``) and page furniture
(``DARK_WORDS``, ``MEMO_WORDS``) are used only by the layouts in ``EXTRA10_LAYOUTS`` of
``samples.generate`` (``darkmode`` and ``memo``). They are a blind measurement: whoever tunes
extraction must not read this module nor ``samples.render_extra10``, nor tune on those layouts'
failures. None of the label strings repeats one of the thirteen other pools, not even up to
case, punctuation or spacing (a test checks this), except where German has only one usual word
(``SHARED_WORDS``).

Besides labels, these layouts print some values in ways of their own (dates with the month
abbreviated to three letters and a dot, without a dot after the day, or with a two-letter
weekday; sex as a segmented button or a clerk's abbreviation; nationality as the adjective,
capitalised or as the country; purposes and dwellings in wordings of their own). The ground
truth stays the catalog's normalised value.
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

# --- darkmode: a citizen app / web portal printed in a dark theme ------------------------------

DARK_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": (
        "Wie lautet Ihr Nachname?",
        "Ihr Nachname (wie im Ausweis)",
        "Nachname · Pflichtfeld",
    ),
    "given_names": (
        "Wie heißen Sie mit Vornamen?",
        "Alle Ihre Vornamen",
        "Vorname(n) · Pflichtfeld",
    ),
    "birth_name": (
        "Frühere Nachnamen (z. B. Geburtsname)",
        "Ihr Name bei der Geburt",
        "Geburtsname, falls anders",
    ),
    "date_of_birth": (
        "An welchem Tag sind Sie geboren?",
        "Ihr Geburtsdatum (TT.MM.JJJJ)",
        "Geburtsdatum · Pflichtfeld",
    ),
    "place_of_birth": (
        "In welchem Ort kamen Sie zur Welt?",
        "Ihr Geburtsort (Stadt)",
        "Geburtsort · Pflichtfeld",
    ),
    "sex": ("Ihr Geschlechtseintrag", "Geschlecht auswählen", "Welcher Geschlechtseintrag?"),
    "nationality": (
        "Welche Staatsangehörigkeit(en) besitzen Sie?",
        "Ihre Staatsangehörigkeit(en)",
        "Staatsbürgerschaft auswählen",
    ),
    "marital": ("Ihr aktueller Familienstand", "Familienstand auswählen"),
    "phone": ("Unter welcher Nummer erreichen wir Sie?", "Ihre Mobilnummer (optional)"),
    "move_in_date": ("Wann sind Sie eingezogen?", "Ihr Einzugsdatum", "Datum des Einzugs wählen"),
    "street": ("Straßenname (ohne Hausnr.)", "Ihre Straße", "Straßenname eingeben"),
    "house_number": ("Ihre Hausnummer samt Zusatz", "Nr. + Buchstabe", "Hausnummer eingeben"),
    "city": ("Ihre Stadt oder Gemeinde", "Ihr Wohnort", "Ort eingeben"),
    "street_line": ("Straße & Nr. (Adresszeile)", "Adresszeile 1"),
    "city_line": ("PLZ & Stadt (Adresszeile)", "Adresszeile 2"),
    "address_line": (
        "Ihre neue Adresse",
        "Adresse der neuen Wohnung",
        "Neue Adresse in einer Zeile",
    ),
    "previous_address": (
        "Wo waren Sie bisher gemeldet?",
        "Ihre vorherige Adresse",
        "Alte Anschrift (vor dem Umzug)",
    ),
    "dwelling": (
        "Wie nutzen Sie die Wohnung?",
        "Art der Wohnung wählen",
        "So nutze ich die Wohnung",
    ),
    "landlord_name": (
        "Name des Vermieters / der Vermieterin",
        "Wer vermietet die Wohnung?",
        "Vermieter:in (Name oder Firma)",
    ),
    "landlord_address": (
        "Adresse der Vermieterseite",
        "Wo ist der Vermieter erreichbar?",
        "Vermieter:in – Anschrift",
    ),
    "landlord_role": (
        "Sie bestätigen hier als …",
        "Ihre Rolle",
        "In welcher Rolle bestätigen Sie?",
    ),
    "flat_line": (
        "Adresse der vermieteten Räume",
        "Welche Wohnung wurde bezogen?",
        "Wohnung (Adresse)",
    ),
    "tenant": ("Neu eingezogene Person", "Mieter:in (Name)", "Person, die eingezogen ist"),
    "birth_time": ("Um wie viel Uhr kam das Kind zur Welt?", "Zur Welt gekommen um"),
    "mother_name": (
        "Wie heißt die Mutter?",
        "Mutter (vollständiger Name)",
        "Elternteil 1 – Mutter",
    ),
    "father_name": ("Wie heißt der Vater?", "Vater (vollständiger Name)", "Elternteil 2 – Vater"),
    "registry_office": (
        "Ausstellendes Amt (Standesamt)",
        "Beurkundet durch",
        "Zuständiges Standesamt",
    ),
    "register_number": ("Register-Nr. (digital)", "Ihr Registereintrag", "Register-ID"),
    "issue_date": ("Ausgestellt am (digital)", "Ausstellungstag (Urkunde)", "Urkunde erstellt am"),
    "marriage_date": ("Wann war die Trauung?", "Tag der Hochzeit", "Verheiratet seit dem"),
    "marriage_place": ("Wo fand die Trauung statt?", "Wo wurde geheiratet?", "Trauort (Stadt)"),
    "date_of_death": (
        "Wann ist die Person verstorben?",
        "Verstorben am (Datum)",
        "Todesdatum (laut Register)",
    ),
    "place_of_death": (
        "Wo ist die Person verstorben?",
        "Verstorben in der Stadt",
        "Todesort (laut Register)",
    ),
    "last_residence": ("Letzte Adresse", "Zuletzt wohnhaft (Adresse)"),
    "make": (
        "Von welcher Marke ist Ihr Fahrzeug?",
        "Hersteller auswählen",
        "Marke Ihres Fahrzeugs",
    ),
    "model": ("Welches Modell fahren Sie?", "Modell Ihres Fahrzeugs", "Fahrzeugmodell"),
    "vin": (
        "Ihre FIN (siehe Fahrzeugschein)",
        "Fahrzeug-Identifikationsnummer (FIN)",
        "FIN eingeben",
    ),
    "evb_number": ("eVB-Code Ihrer Versicherung", "Ihre eVB-Nummer", "Versicherungs-Code (eVB)"),
    "desired_plate": (
        "Ihr reserviertes Kennzeichen",
        "Wunschkennzeichen (reserviert)",
        "Reserviertes Kfz-Kennzeichen",
    ),
    "account_holder": (
        "Name der Kontoinhaberin / des Kontoinhabers",
        "Wem gehört das Konto?",
        "Konto läuft auf den Namen",
    ),
    "bank": ("Ihre Bank", "Bei welcher Bank?", "Ihre Bank oder Sparkasse"),
    "passport_number": ("Ihre Passnummer", "Nummer Ihres Reisepasses", "Passnummer eingeben"),
    "passport_expiry_date": (
        "Ihr Pass ist gültig bis",
        "Bis wann gilt Ihr Pass?",
        "Pass-Ablaufdatum (laut Pass)",
    ),
    "entry_date": ("Wann sind Sie eingereist?", "Ihr Einreisedatum", "Tag Ihrer Einreise"),
    "purpose": (
        "Warum möchten Sie in Deutschland leben?",
        "Zweck auswählen",
        "Ihr Aufenthaltszweck",
    ),
    "doc_kind": ("Dokumenttyp (erkannt)", "Art des Dokuments"),
    "doc_number": ("Dokumentnummer (erkannt)", "Nummer des Dokuments"),
    "issuing_state": ("Ausstellerland", "Land der Ausstellung"),
    "expiry_date": ("Gültig bis (erkannt)", "Ablaufdatum"),
    "holder": ("Erkannter Name", "Name (automatisch erkannt)"),
    "spouse": ("Partner:in", "Ehepartner:in (Name)"),
    "postal_code": ("PLZ", "Postleitzahl"),
    "iban": ("IBAN",),
    "bic": ("BIC",),
}

DARK_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Über Sie", "Ihre Daten", "Persönliches zu Ihnen"),
    "dwelling": ("Ihr neues Zuhause", "Neue Adresse eingeben", "Wohnen"),
    "previous": ("Ihre alte Wohnung", "Bisher gewohnt", "Ihr vorheriges Zuhause"),
    "landlord": ("Ihre Vermieter:in", "Angaben zum Vermieter", "Wer vermietet?"),
    "flat": ("Um diese Wohnung geht es", "Wohnung & Einzugstag", "Der Einzug"),
    "tenants": ("Wer ist neu eingezogen?", "Diese Personen sind eingezogen", "Bewohner:innen"),
    "child": ("Alles über das Kind", "Angaben zum Neugeborenen", "Das neugeborene Kind"),
    "parents": ("Alles über die Eltern", "Beide Elternteile", "Elternteile des Kindes"),
    "register": ("Register & Ausstellung", "Beurkundet & registriert", "Registerdaten (digital)"),
    "marriage": ("Die Trauung", "Hochzeit", "Trauung – Datum und Ort"),
    "spouse1": ("Partner:in 1", "Erste Person", "Ehepartner:in A"),
    "spouse2": ("Partner:in 2", "Zweite Person", "Ehepartner:in B"),
    "deceased": ("Wer ist verstorben?", "Verstorbene:r – Daten", "Angaben zu der/dem Verstorbenen"),
    "death": ("Todesfall", "Sterbefall – Datum und Ort", "Wann und wo?"),
    "holder": ("Wer hält das Fahrzeug?", "Ihre Daten als Halter:in", "Fahrzeughalter:in"),
    "vehicle": ("Über Ihr Fahrzeug", "Ihr Fahrzeug im Überblick", "Daten zum Kfz"),
    "sepa": ("Kfz-Steuer per Lastschrift", "Bankverbindung für die Kfz-Steuer", "Zahlung"),
    "passport": (
        "Pass & Einreisedatum",
        "Ihr Reisepass & Ihre Einreise",
        "Reisedokument und Einreise",
    ),
    "residence": ("Ihre Adresse in Deutschland", "Wohnadresse", "Wo wohnen Sie?"),
    "document": ("Erkannte Daten", "Ausgelesene Angaben", "Daten aus dem Dokument"),
    "upload": ("Dokument hochladen", "Ihr Upload", "Foto des Dokuments"),
}

DARK_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": (
        "Wohnsitz jetzt anmelden",
        "Umzug melden – neue Wohnung",
        "Online-Anmeldung Ihres Wohnsitzes",
    ),
    "wohnungsgeberbestaetigung": (
        "Einzug bestätigen (Vermieter:in)",
        "Bestätigung für Vermieter:innen",
        "Digitale Wohnungsgeberbestätigung",
    ),
    "geburtsurkunde": (
        "Ihre Geburtsurkunde (digital)",
        "Geburtsurkunde – Vorschau",
        "Geburtsurkunde anzeigen",
    ),
    "eheurkunde": ("Ihre Eheurkunde (digital)", "Eheurkunde – Vorschau", "Eheurkunde anzeigen"),
    "sterbeurkunde": (
        "Sterbeurkunde (digital)",
        "Sterbeurkunde – Vorschau",
        "Sterbeurkunde anzeigen",
    ),
    "antrag_zulassung": (
        "Ihr Fahrzeug online zulassen",
        "Kfz-Zulassung online beantragen",
        "i-Kfz: Zulassung Ihres Fahrzeugs",
    ),
    "aufenthaltstitel_antrag": (
        "Aufenthaltstitel online beantragen",
        "Antrag: Aufenthalt",
        "Digitaler Antrag auf einen Aufenthaltstitel",
    ),
    "identity_document": (
        "Ausweisdokument hochladen",
        "Identität nachweisen",
        "Upload: Pass oder Ausweis",
    ),
}

DARK_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "app": ("BürgerApp", "ServiceKonto", "Mein Rathaus", "Stadtportal"),
    "signed_in": ("Angemeldet als", "Eingeloggt:", "Konto:"),
    "step": ("Schritt", "Abschnitt"),
    "check": ("Prüfen & Absenden", "Zusammenfassung", "Überprüfen"),
    "back": ("Zurück", "Vorheriger Schritt"),
    "next": ("Weiter", "Absenden", "Verbindlich senden"),
    "saved": ("Entwurf automatisch gespeichert", "Zwischenstand gespeichert"),
    "status": ("Status: eingereicht", "Status: in Bearbeitung", "Status: übermittelt"),
    "case": ("Vorgangs-ID", "Antrags-ID", "Ticket-Nr."),
    "printed": ("Als PDF exportiert", "Druckansicht", "Exportiert am"),
    "edit": ("Bearbeiten", "Ändern"),
    "uploaded": ("Hochgeladen", "Upload erfolgreich", "Datei geprüft"),
    "file": ("Datei", "Anhang (Bild)"),
    "verified": ("Echtheit digital geprüft", "Mit digitalem Siegel", "Signatur gültig"),
    "help_required": (
        "Pflichtangaben sind markiert.",
        "Alle Angaben werden verschlüsselt übertragen.",
        "Sie können den Antrag jederzeit unterbrechen.",
    ),
    "help_date": ("Format: Tag.Monat.Jahr", "Bitte wie im Ausweis angeben."),
    "help_choice": ("Bitte eine Option wählen.", "Nur eine Auswahl möglich."),
    "help_upload": (
        "Achten Sie auf gute Beleuchtung und lesbare Zeilen.",
        "Die maschinenlesbare Zone muss vollständig sichtbar sein.",
    ),
    "privacy": ("Datenschutz", "Impressum", "Barrierefreiheit"),
}

# --- memo: an authority's internal file note / a case worker's record sheet ---------------------

MEMO_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("FN", "Fam.-Name d. Ast.", "Name (Ast.)"),
    "given_names": ("VN", "Vorn. d. Ast.", "Vorname(n) (Ast.)"),
    "birth_name": ("GebN", "geb. (früh. Name)", "Geb.-Name d. Ast."),
    "date_of_birth": ("Ast. geb. am", "Geb.-Dat. d. Ast.", "Geb.-Tag (lt. PA)"),
    "place_of_birth": ("Ast. geb. in", "Geb.-Ort d. Ast.", "Geb.-Ort (lt. PA)"),
    "sex": ("Geschl. d. Ast.", "Geschl.-Eintr. (PStR)", "Geschl. lt. PA"),
    "nationality": ("Staatsang. d. Ast.", "StAng. (lt. Pass)", "Nat. d. Ast."),
    "marital": ("Fam.-St. d. Ast.", "Fam.-Stand lt. Ast."),
    "phone": ("Tel. (f. Rückfr.)", "tel. erreichbar"),
    "move_in_date": ("Einz.-Dat. (Whg. neu)", "Einzug lt. WG am", "Bezug d. Whg. am"),
    "street": ("Str. (Whg. neu)", "Straße (Whg.)", "Str. d. Whg."),
    "house_number": ("Hs.-Nr. (Whg.)", "HsNr. d. Whg.", "Haus-Nr. d. Whg."),
    "city": ("Gem. (Whg.)", "Ort (Whg. neu)", "Ort d. Whg."),
    "street_line": ("Anschr. Z. 1", "Str./Hs.-Nr. (Whg.)"),
    "city_line": ("Anschr. Z. 2", "PLZ/Ort (Whg.)"),
    "address_line": ("Anschr. d. neuen Whg.", "Anschr. (neu)", "Whg. (neu)"),
    "previous_address": ("bish. Whg.", "Anschr. (alt)", "vorh. Whg."),
    "dwelling": ("Whg.-Art (HW/NW)", "Art d. Whg.", "Whg. gilt als"),
    "landlord_name": ("WG", "Wohnungsgeber (WG)", "WG (Name/Fa.)"),
    "landlord_address": ("Anschr. WG", "WG wohnh.", "Sitz/Whg. d. WG"),
    "landlord_role": ("WG handelt als", "Stellung d. WG"),
    "flat_line": ("bez. Whg.", "Lage d. bez. Whg.", "Whg. (bezogen)"),
    "tenant": ("eingez.", "eingez. Pers. (lt. WG)", "meldepfl. Pers. (eingez.)"),
    "birth_time": ("Geb.-Zeit (Uhr)", "Uhrzt."),
    "mother_name": ("Mutter d. K.", "KM", "Ktsm."),
    "father_name": ("Vater d. K.", "KV", "Ktsv."),
    "registry_office": ("Standesamt (Reg.-Führung)", "Reg.-Standesamt", "beurk. StA"),
    "register_number": ("Reg.-Nr. d. Eintr.", "Eintr.-Nr. (PStR)", "Nr. im Reg."),
    "issue_date": ("ausgef.", "Abschr. vom", "ausgef. durch StA am"),
    "marriage_date": ("Heirat erfolgte am", "Eheschl. erfolgte am", "Tag d. Eheschl."),
    "marriage_place": ("Heirat erfolgte in", "Eheschl. erfolgte in", "Ort d. Eheschl."),
    "date_of_death": ("Verst. am (lt. Reg.)", "Tod eingetr. am", "Sterbedat. (Reg.)"),
    "place_of_death": ("Verst. in (lt. Reg.)", "Tod eingetr. in", "Sterbeort d. Verst."),
    "last_residence": ("letzte Whg.", "zul. wohnh. in"),
    "make": ("Herst. (lt. ZB I)", "Herst./Marke", "Fz.-Marke"),
    "model": ("Typ (lt. ZB I)", "Fz.-Typ", "Handelsbez. (Fz.)"),
    "vin": ("FIN (Fz.)", "Fz.-Ident.-Nr. (FIN)", "FIN (lt. ZB II)"),
    "evb_number": ("eVB (Vers.-Nachweis)", "eVB-Nr. d. Vers.", "VersBest.-Nr."),
    "desired_plate": ("Wunsch-Kz. (res.)", "Kz. (res.)", "Kz. reserv. (Wunsch)"),
    "account_holder": ("Kto.-Inh. (SEPA)", "Kontoinh. lt. Mandat", "Inh. d. Kto."),
    "bank": ("Kreditinst. (SEPA)", "Bank (KI)", "KI"),
    "passport_number": ("Pass-Nr. (Nat.)", "Nr. NatPass", "Nr. d. NatPass"),
    "passport_expiry_date": ("Pass gült. bis (Dat.)", "PassGült", "NatPass gült."),
    "entry_date": ("Einreise", "eingereist", "Einr.-Dat. (BRD)"),
    "purpose": ("AufhZweck", "Zweck d. Aufh.", "Aufh.-Zweck (beantr.)"),
    "doc_kind": ("Dok.-Art (vorgel.)", "vorgel. Dok."),
    "doc_number": ("Dok.-Nr. (vorgel.)", "Nr. d. Dok."),
    "issuing_state": ("Ausst.-Staat (Dok.)", "ausgest. v."),
    "expiry_date": ("gült. bis", "Gült.-Dat."),
    "holder": ("Inh.", "Inh. lt. Dok."),
    "spouse": ("Eheg. (Name)", "Ehel."),
    "postal_code": ("PLZ", "Postleitzahl"),
    "iban": ("IBAN",),
    "bic": ("BIC",),
}

MEMO_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Zur Person d. Ast.", "Pers.-Daten Ast.", "I. Person"),
    "dwelling": ("Zur neuen Whg.", "Whg.-Daten (neu)", "II. Neue Whg."),
    "previous": ("Zur bish. Whg.", "Whg.-Daten (alt)", "III. Bish. Whg."),
    "landlord": ("Zum WG", "WG-Daten", "I. Wohnungsgeber"),
    "flat": ("Zur bez. Whg.", "Whg./Einzug (lt. WG)", "II. Wohnung"),
    "tenants": ("Eingez. Pers. (Liste)", "Meldepfl. Pers. (lt. WG)", "III. Eingezogene"),
    "child": ("Zum Kind (lt. Reg.)", "K.-Daten", "Kind (lt. Eintr.)"),
    "parents": ("Zu den Eltern (lt. Reg.)", "Eltern (lt. Eintr.)", "KM/KV"),
    "register": ("Zum Registereintr.", "Reg.-Daten", "Eintr. (Reg.)"),
    "marriage": ("Zur Eheschl.", "Eheschl.-Daten", "Eheschl. (lt. Eintr.)"),
    "spouse1": ("Eheg. zu 1)", "Ehem./Ehefr. 1", "1. Eheg."),
    "spouse2": ("Eheg. zu 2)", "Ehem./Ehefr. 2", "2. Eheg."),
    "deceased": ("Zur verst. Pers.", "Verst. (lt. Eintr.)", "Pers.-Daten Verst."),
    "death": ("Zum Sterbefall", "Sterbef.-Daten", "Tod (lt. Eintr.)"),
    "holder": ("Zum Halter d. Fz.", "Halter-Daten (Ast.)", "I. Halter"),
    "vehicle": ("Zum Fz.", "Fz.-Daten", "II. Fahrzeug"),
    "sepa": ("Zum SEPA-Mandat (KraftSt)", "Lastschr. KraftSt", "III. Kfz-Steuer"),
    "passport": ("Zu Pass/Einreise", "Pass-/Einreisedaten", "II. Pass u. Einreise"),
    "residence": ("Zur Whg. im Inland", "Inlandsanschr.", "III. Whg. Inland"),
    "document": ("Zum vorgel. Dok.", "Dok.-Daten", "Angaben lt. Dok."),
}

MEMO_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": (
        "Vermerk – Anmeldung einer Wohnung",
        "Bearbeitungsbogen Anmeldung",
        "Aktennotiz zur Wohnsitzanmeldung",
    ),
    "wohnungsgeberbestaetigung": (
        "Vermerk – Einzugsbestätigung des WG",
        "Bearbeitungsbogen WG-Bestätigung",
        "Aktennotiz zur Bestätigung des Wohnungsgebers",
    ),
    "geburtsurkunde": (
        "Beglaubigte Abschrift – Geburt",
        "Beglaubigte Abschrift aus dem Geburtenregister",
        "Abschrift (beglaubigt) – Geburtseintrag",
    ),
    "eheurkunde": (
        "Beglaubigte Abschrift – Eheschließung",
        "Beglaubigte Abschrift aus dem Eheregister",
        "Abschrift (beglaubigt) – Heiratseintrag",
    ),
    "sterbeurkunde": (
        "Beglaubigte Abschrift – Sterbefall",
        "Beglaubigte Abschrift aus dem Sterberegister",
        "Abschrift (beglaubigt) – Sterbeeintrag",
    ),
    "antrag_zulassung": (
        "Vermerk – Zulassungsantrag",
        "Bearbeitungsbogen Kfz-Zulassung",
        "Aktennotiz zum Antrag auf Zulassung",
    ),
    "aufenthaltstitel_antrag": (
        "Vermerk – Antrag auf AufhTitel",
        "Bearbeitungsbogen AufhG",
        "Aktennotiz zum Aufenthaltsantrag",
    ),
    "identity_document": (
        "Vermerk – Vorlage eines Ausweisdok.",
        "Kopie zur Akte (m. Vermerk)",
        "Aktennotiz: Identitätsprüfung",
    ),
}

MEMO_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "memo": ("Bearbeitungsvermerk", "Vermerk f. d. Akte", "Interner Vermerk"),
    "refers": ("Bzg.:", "Vorgang vom", "Bezug (Vorgang):"),
    "room": ("Zi.", "Dienstzimmer"),
    "dist": ("Verteiler:", "Vfg.:", "Verfügung:"),
    "note_kind": ("z. K.", "z. Kts.", "zur Kenntnis"),
    "done": ("erledigt", "ist erledigt"),
    "copy_note": (
        "Kopie des vorgel. Dok. (1 Bl.)",
        "Ablichtung Ausweis (Vorder-/Rückseite)",
        "Fotokopie d. Dok.",
    ),
}

# Furniture any German office paper prints (file references, subject, page, enclosure,
# signature and seal marks): no pool can avoid these words, so they are exempt from the
# uniqueness check (and never labels of a value).
OFFICE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "ref": ("Az.:", "Gz.:", "Aktenz.:"),
    "case": ("Vorg.-Nr.", "Vorgang", "Lfd. Nr."),
    "subject": ("Betr.:", "Betreff:"),
    "clerk": ("Sachb.:", "Bearb.:", "SB:"),
    "resubmit": ("Wv.", "Wiedervorlage"),
    "to_file": ("z. d. A.", "zur Akte"),
    "signed": ("gez.", "i. A.", "Im Auftrag"),
    "done": ("erl.",),
    "page": ("Seite", "Blatt", "Bl.", "S."),
    "copy_of": ("Abschrift", "Zweitschrift", "Durchschrift"),
    "certify_head": ("Beglaubigungsvermerk", "Beglaubigung"),
    "office_seal": ("(Dienstsiegel)", "L. S."),
    "enclosure": ("Anl.:", "Anlage:", "Anlagen:"),
    "memo": ("Vermerk", "Aktenvermerk", "Aktennotiz"),
}

# Sentences of the clerk's running text around the values (tokens: text / value).
MEMO_PROSE: Final[dict[str, tuple[str, ...]]] = {
    "appeared": ("sprach am", "erschien am", "meldete sich am"),
    "appeared_end": ("persönlich vor.", "im Bürgerbüro.", "zur Vorsprache."),
    "moved": ("und zeigte an, zum", "und gab an, zum", "und teilte mit, am"),
    "moved_end": ("in die Wohnung", "in eine Wohnung", "in die nachstehende Whg."),
    "landlord": ("Der WG", "Der Vermieter", "Der Wohnungsgeber"),
    "landlord_end": (
        "bestätigte schriftlich den Einzug folgender Personen:",
        "legte die Einzugsbestätigung vor für:",
        "bescheinigte den Einzug von:",
    ),
    "holder": (
        "beantragte die Zulassung des Fz.",
        "stellte Antrag auf Zulassung für das Fz.",
        "begehrt die Zulassung des Fz.",
    ),
    "stay": (
        "beantragte die Erteilung eines AufhTitels.",
        "stellte Antrag auf einen AufhTitel.",
        "begehrt die Erteilung eines AufhTitels.",
    ),
    "born": ("ist am", "wurde am", "ist am"),
    "born_in": ("in", "zu", "in"),
    "born_end": ("geboren.", "geboren.", "geboren worden."),
    "married": ("haben am", "schlossen am", "haben am"),
    "married_before": ("vor dem Standesamt", "vor dem Standesbeamten in", "in"),
    "married_end": ("die Ehe geschlossen.", "die Ehe.", "miteinander die Ehe geschlossen."),
    "died": ("ist am", "verstarb am", "ist am"),
    "died_in": ("in", "in", "zu"),
    "died_end": ("verstorben.", "", "gestorben."),
}

MEMO_CERTIFY: Final = (
    "Die Übereinstimmung vorstehender Abschrift mit dem Eintrag im Personenstandsregister wird "
    "hiermit amtlich beglaubigt.",
    "Es wird beglaubigt, dass die vorstehende Abschrift mit dem Registereintrag übereinstimmt.",
    "Vorstehende Abschrift stimmt mit dem Eintrag im Register wörtlich überein; dies wird "
    "beglaubigt.",
)

# Handwritten-looking notes at the margin (no values).
MEMO_HAND: Final = (
    "Rücksprache erfolgt",
    "Unterlagen vollständig",
    "bitte prüfen",
    "Original gesehen",
    "Gebühr bezahlt",
    "an SG weiterleiten",
    "Akte anlegen",
)

# --- printing habits ----------------------------------------------------------------------------

MONTHS3: Final = (
    "Jan.",
    "Feb.",
    "Mrz.",
    "Apr.",
    "Mai",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Okt.",
    "Nov.",
    "Dez.",
)
WEEKDAYS2: Final = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
DARK_DATE_STYLES: Final = ("numeric", "nodot_long", "numeric", "wd2_numeric")
MEMO_DATE_STYLES: Final = ("numeric", "mon3", "numeric", "long")
EXTRA10_DATE_STYLES: Final = tuple(dict.fromkeys((*DARK_DATE_STYLES, *MEMO_DATE_STYLES)))


def format_extra10_date(d: date, style: str) -> str:
    if style == "nodot_long":  # "14 März 1987"
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "wd2_numeric":  # "Sa 14.03.1987"
        return f"{WEEKDAYS2[d.weekday()]} {d.day:02d}.{d.month:02d}.{d.year}"
    if style == "mon3":  # "14. Mrz. 1987"
        return f"{d.day}. {MONTHS3[d.month - 1]} {d.year}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra10_date(d, s) for s in EXTRA10_DATE_STYLES}


SEX10: Final[dict[str, dict[str, str]]] = {
    "word": {"F": "weiblich", "M": "männlich", "D": "divers", "X": "ohne Angabe"},
    # the clerk's abbreviations
    "abbr": {"F": "weibl. (w)", "M": "männl. (m)", "D": "div. (d)", "X": "o. Ang. (x)"},
    # a segmented button in the app
    "button": {"F": "Weiblich", "M": "Männlich", "D": "Divers", "X": "Kein Eintrag"},
}
DARK_SEX_MODES: Final = ("choice", "button", "choice", "word")
MEMO_SEX_MODES: Final = ("abbr", "word", "abbr")
SEX_ORDER10: Final = ("F", "M", "D", "X")


def sex_word(code: str, mode: str) -> str:
    return SEX10.get(mode, SEX10["word"])[code]


def sex_printings(code: str) -> set[str]:
    return {table[code] for table in SEX10.values()}


DARK_NATIONALITY_MODES: Final = ("adjective", "country", "capital")
MEMO_NATIONALITY_MODES: Final = ("adjective", "adjective", "country")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "capital":
        return adjective[:1].upper() + adjective[1:]
    if mode == "country":
        return country
    return adjective


def nationality_printings(code: str) -> set[str]:
    return {nationality_word(code, m) for m in ("adjective", "country", "capital")}


# purposes: (darkmode button, darkmode word, memo word)
PURPOSE10: Final[dict[str, tuple[str, str, str]]] = {
    "study": ("Studieren", "Ich möchte studieren", "Aufh. zum Studium"),
    "employment": ("Arbeiten", "Ich möchte hier arbeiten", "Erwerbstätigkeit (Beschäft.)"),
    "family": ("Familie", "Ich ziehe zu meiner Familie", "Fam.-Nachzug"),
    "humanitarian": ("Schutz", "Ich brauche Schutz (humanitär)", "hum. Gründe"),
    "other": ("Anderes", "Ein anderer Grund", "sonst. Zweck"),
}
PURPOSE_ORDER10: Final = ("study", "employment", "family", "humanitarian", "other")
# dwellings: (darkmode button, darkmode word, memo word)
DWELLING10: Final[dict[str, tuple[str, str, str]]] = {
    "main": ("Hauptwohnsitz", "Das ist mein Hauptwohnsitz", "HW"),
    "secondary": ("Zweitwohnsitz", "Das ist ein Zweitwohnsitz", "NW"),
}
DWELLING_ORDER10: Final = ("main", "secondary")
# landlord roles: (darkmode, memo); owner first
LANDLORD_ROLES10: Final = (
    ("Ich bin Eigentümer:in", "Eigent."),
    ("Ich handle im Auftrag des Eigentümers", "beauftr. Verwalter"),
)
MARITAL10: Final = {
    "ledig": "ledig",
    "verheiratet": "verheiratet",
    "geschieden": "geschieden",
    "verwitwet": "verwitwet",
}
ID_KINDS10: Final = {"P": ("Reisepass", "NatPass"), "I": ("Personalausweis", "PA")}

BASE_VALUE_WORDS: Final = frozenset(
    {
        "weiblich",
        "männlich",
        "divers",
        "ohne Angabe",
        "Weiblich",
        "Männlich",
        "Divers",
        "ledig",
        "verheiratet",
        "geschieden",
        "verwitwet",
        "Reisepass",
        "Personalausweis",
        "weibl.",
        "männl.",
        "Hauptwohnsitz",
    }
)


class Extra10Wording(Wording):
    """Labels, headings, furniture and titles from the fourteenth pool, chosen once per
    document (the dark app's pool or the file note's)."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.dark = layout == "darkmode"
        self._other: dict[str, str] = {}

    def _once(self, prefix: str, key: str, options: tuple[str, ...]) -> str:
        k = prefix + key
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = (DARK_LABELS if self.dark else MEMO_LABELS)[key]
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def section(self, key: str) -> str:
        return self._once("s:", key, (DARK_SECTIONS if self.dark else MEMO_SECTIONS)[key])

    def word(self, key: str) -> str:
        return self._once("w:", key, (DARK_WORDS if self.dark else MEMO_WORDS)[key])

    def office(self, key: str) -> str:
        return self._once("o:", key, OFFICE_WORDS[key])

    def prose(self, key: str) -> str:
        return self._once("p:", key, MEMO_PROSE[key])

    def prose_set(self, *keys: str) -> tuple[str, ...]:
        """Prose pieces of one sentence, chosen with the same index."""
        i = self._rng.randrange(len(MEMO_PROSE[keys[0]]))
        return tuple(MEMO_PROSE[k][i] for k in keys)

    def title(self, doc_type: str) -> str:
        options = (DARK_TITLES if self.dark else MEMO_TITLES)[doc_type]
        return options[self._rng.randrange(len(options))]


Day = date


@dataclass(slots=True)
class Extra10Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: Day) -> str:
        return format_extra10_date(d, self.date_style)


def all_label_strings() -> list[str]:
    """Every label, heading, title and furniture word of this pool (for tests)."""
    pools_ = (
        DARK_LABELS,
        DARK_SECTIONS,
        DARK_TITLES,
        DARK_WORDS,
        MEMO_LABELS,
        MEMO_SECTIONS,
        MEMO_TITLES,
        MEMO_WORDS,
    )
    return [s for pool in pools_ for options in pool.values() for s in options]


def office_strings() -> list[str]:
    """The office furniture exempt from the uniqueness check (for tests)."""
    return [s for options in OFFICE_WORDS.values() for s in options]


def value_strings() -> list[str]:
    """This pool's own wordings of values (for tests)."""
    out = [s for table in SEX10.values() for s in table.values()]
    out += [s for options in PURPOSE10.values() for s in options]
    out += [s for options in DWELLING10.values() for s in options]
    out += [s for pair in LANDLORD_ROLES10 for s in pair]
    return [s for s in dict.fromkeys(out) if s not in BASE_VALUE_WORDS]
