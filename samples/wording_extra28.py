"""The thirty-second wording pool and the printing habits of the twenty-eighth extra pair.

``FORM_LABELS`` (the input labels of an online form), ``FORM_HEADS`` (step and section names),
``FORM_TITLES``, ``FORM_WORDS`` (portal furniture: step indicator, required and optional marks,
hints, validation messages, info boxes, summary, footer) and ``EXAMPLES`` (the example values of
placeholders and hints, never truth values) belong to the ``placeholder`` layout; ``BACK_LABELS``
(labels printed after their values), ``BACK_HEADS``, ``BACK_TITLES`` and ``BACK_WORDS`` (opening
and closing sentences, place and date, signature and seal) to the ``inverted`` layout. Both are
used only by the layouts in ``EXTRA28_LAYOUTS`` of ``samples.generate``. They are a blind
measurement: whoever tunes extraction must not read this module nor ``samples.render_extra28``,
nor tune on those layouts' failures. None of the strings repeats a string of the thirty-one other
pools, nor any string literal of the older modules of ``samples``, not even up to case,
punctuation or spacing (a test checks this).

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
from samples.wording_extra27 import MONTHS_ABBR27

# --- placeholder: the printout of an online form -----------------------------------------------

FORM_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Ihr aktueller Nachname", "Nachname, so wie er im Ausweis steht"),
    "given_names": ("Sämtliche Vornamen, die Sie tragen", "Vornamen (vollzählig eintragen)"),
    "birth_name": ("Nachname zum Zeitpunkt Ihrer Geburt", "Ehemaliger Nachname seit Geburt"),
    "date_of_birth": ("An welchem Tag kamen Sie zur Welt?", "Ihr Geburtstag (Datum)"),
    "place_of_birth": (
        "In welcher Stadt bzw. Gemeinde kamen Sie zur Welt?",
        "Ort Ihrer Geburt eintragen",
    ),
    "sex": ("Geschlechtseintrag (wie im Register)", "Geschlechtseintrag auswählen"),
    "nationality": (
        "Welche Staatsangehörigkeit steht in Ihrem Pass?",
        "Ihre Staatsangehörigkeit wählen",
    ),
    "move_in_date": ("Ab welchem Tag wohnen Sie an der neuen Adresse?", "Ihr Einzugstag eintragen"),
    "street": ("Neue Adresse – Straßenname", "Straßenname Ihrer neuen Adresse"),
    "house_number": ("Neue Adresse – Hausnummer", "Hausnummer mit eventuellem Zusatz"),
    "postal_code": ("Neue Adresse – Postleitzahl", "Postleitzahl Ihres neuen Wohnorts"),
    "city": ("Neue Adresse – Ort", "Ihr neuer Wohnort (Gemeinde)"),
    "street_line": ("Neue Adresse – Straße und Hausnummer", "Straße samt Hausnummer eintragen"),
    "city_line": ("Neue Adresse – PLZ und Ort", "Postleitzahl samt Ort eintragen"),
    "address_line": ("Ihre neue Adresse komplett", "Neue Adresse in einem Feld"),
    "previous_address": ("Von welcher Adresse ziehen Sie weg?", "Ihre Adresse vor dem Umzug"),
    "dwelling": ("Wie nutzen Sie die neue Wohnung?", "Nutzungsart der Wohnung auswählen"),
    "landlord_name": (
        "Name der vermietenden Person oder Firma",
        "Name derjenigen, die Ihnen die Wohnung überlassen",
    ),
    "landlord_address": (
        "Adresse der vermietenden Person oder Firma",
        "Postanschrift dieser Person bzw. Firma",
    ),
    "role": ("In welcher Eigenschaft bestätigen Sie?", "Ihre Rolle bei der Vermietung"),
    "tenant": ("Name einer einziehenden Person", "Einziehende Person – Vor- und Nachname"),
    "mother_name": ("Angaben zur Mutter – Name", "Mutter – Name laut Beurkundung"),
    "father_name": ("Angaben zum Vater – Name", "Vater – Name laut Beurkundung"),
    "registry_office": ("Ausstellende Behörde der Urkunde", "Urkunde ausgestellt vom"),
    "register_number": ("Eintragsnummer im Register (digital)", "Registernummer der E-Urkunde"),
    "issue_date": ("Digital ausgestellt am", "Datum der elektronischen Ausstellung"),
    "marriage_date": ("Tag der Eheschließung laut Eintrag", "Heiratsdatum laut Eintrag"),
    "marriage_place": ("Ort der Eheschließung laut Eintrag", "Heiratsort laut Eintrag"),
    "date_of_death": ("Sterbedatum laut Eintrag", "Todestag laut Eintrag"),
    "place_of_death": ("Sterbeort laut Eintrag", "Ort des Todes laut Eintrag"),
    "birth_time": ("Uhrzeit der Geburt laut Eintrag", "Geburtszeit laut Beurkundung"),
    "last_residence": ("Zuletzt wohnhaft laut Eintrag", "Letzter Wohnort laut Eintrag"),
    "vin": ("Fahrzeug-Identifizierungsnummer Ihres Autos", "Ihre FIN (17 Zeichen)"),
    "make": ("Wer hat Schritt: Fahrzeug hergestellt?", "Fahrzeugmarke auswählen"),
    "model": ("Modellname laut Fahrzeugpapieren", "Handelsname des Modells"),
    "desired_plate": ("Ihr vorab online reserviertes Kennzeichen", "Wunschkennzeichen eintragen"),
    "evb_number": ("eVB-Nummer von Ihrer Versicherung", "Ihre Versicherungsbestätigung (eVB)"),
    "account_holder": ("Wer ist Inhaber/in des Kontos?", "Kontoinhaber/in für den Einzug"),
    "iban": ("IBAN für das Lastschriftmandat", "Ihre IBAN eintragen"),
    "bic": ("BIC (wird ergänzt, falls leer)", "BIC Ihres Kreditinstituts"),
    "passport_number": ("Passnummer (wie auf der Datenseite)", "Ihre Passnummer eintragen"),
    "passport_expiry_date": ("Ihr Pass läuft ab am …", "Ablaufdatum Ihres Passes"),
    "entry_date": ("Datum Ihrer Ankunft im Bundesgebiet", "Tag Ihrer Ankunft in Deutschland"),
    "purpose": ("Aus welchem Grund beantragen Sie den Titel?", "Zweck Ihres Aufenthalts wählen"),
    "doc_kind": (
        "Was für ein Dokument liegt als Datei vor?",
        "Dokumenttyp der hochgeladenen Datei",
    ),
    "doc_number": ("Dokumentnummer – automatisch erkannt", "Ausgelesene Nummer des Dokuments"),
    "issuing_state": ("Ausstellender Staat (ausgelesen)", "Ausgelesener Ausstellerstaat"),
    "expiry_date": ("Gültigkeitsende – automatisch erkannt", "Ausgelesenes Ablaufdatum"),
    # optional inputs the catalog does not ask for (left empty or filled with no truth value)
    "phone": ("Telefonnummer für Rückfragen", "Ihre Telefonnummer (für Rückfragen)"),
    "email": ("E-Mail-Adresse für Benachrichtigungen", "Ihre E-Mail-Adresse"),
    "addr_extra": ("Adresszusatz (Hinterhaus, Etage …)", "Zusatz zur neuen Adresse"),
    "alias": (
        "Künstler- oder Ordensname (falls Sie einen führen)",
        "Eingetragener Künstlername, wenn vorhanden",
    ),
    "doctor": ("Akademischer Grad (Doktorgrad)", "Doktorgrad, falls vorhanden"),
    "nationality2": ("Zusätzliche Staatsangehörigkeit", "Zweite Staatsangehörigkeit eintragen"),
    "moved_out": ("Auszug aus der alten Wohnung am", "Datum Ihres Auszugs (alte Wohnung)"),
    "co_name": ("Wohnt bei (c/o-Name)", "Bei wem wohnen Sie? (c/o)"),
    "plate_until": ("Reservierung gültig bis", "Ablauf der Kennzeichen-Reservierung"),
    "visa_no": ("Nummer des Visums (falls vorhanden)", "Ihre Visumnummer"),
    "note": ("Ihre Nachricht an die Behörde", "Bemerkungen zu Ihrem Antrag"),
}

FORM_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Schritt: Persönliches", "Angaben zu Ihnen selbst"),
    "dwelling": ("Schritt: Neue Adresse", "Neue Adresse und Einzug"),
    "previous": ("Schritt: Alte Adresse", "Woher Sie kommen"),
    "contact": ("Wie erreichen wir Sie?", "Ihre Kontaktdaten"),
    "landlord": ("Angaben zur vermietenden Seite", "Schritt: Vermietende Seite"),
    "flat": ("Schritt: Vermietete Adresse", "Welche Wohnung ist betroffen?"),
    "tenants": ("Schritt: Einziehende", "Wer zieht ein? – Personen"),
    "child": ("Schritt: Kind", "Das Kind laut E-Urkunde"),
    "parents": ("Daten der Eltern", "Eltern laut E-Urkunde"),
    "spouse1": ("Daten der ersten Person", "Erste Ehepartnerin bzw. erster Ehepartner"),
    "spouse2": ("Daten der zweiten Person", "Zweite Ehepartnerin bzw. zweiter Ehepartner"),
    "marriage": ("Schritt: Trauung", "Die Trauung im Register"),
    "deceased": ("Schritt: Verstorbene Person", "Die verstorbene Person im Register"),
    "death": ("Schritt: Sterbefall", "Der Sterbefall im Register"),
    "register": ("Registerangaben der Urkunde", "Der Registereintrag"),
    "holder": ("Schritt: Halter/in", "Wer wird Halter/in?"),
    "vehicle": ("Schritt: Fahrzeug", "Fahrzeug für die Zulassung"),
    "insurance": ("Ihre Kfz-Versicherung", "Versicherungsnachweis"),
    "account": ("Schritt: Steuerkonto", "Konto für den Einzug der Kfz-Steuer (SEPA-Mandat)"),
    "applicant": ("Angaben zu Ihnen", "Persönliche Angaben der antragstellenden Person"),
    "passport": ("Schritt: Pass & Einreise", "Ihr Pass, Ihre Einreise"),
    "stay": ("Schritt: Aufenthaltszweck", "Grund für Ihren Aufenthalt"),
    "home": ("Schritt: Adresse im Inland", "Wo wohnen Sie jetzt?"),
    "document": ("Schritt: Ausweisdaten", "Angaben aus dem Dokument"),
    "holder_id": ("Schritt: Erkannte Personendaten", "Aus der Datei erkannte Personendaten"),
    "upload": ("Schritt: Datei hochladen", "Ausweiskopie hochladen"),
    "review": ("Angaben prüfen", "Eingaben kontrollieren"),
    "send": ("Absenden und bestätigen", "Antrag verbindlich senden"),
}

FORM_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Wohnsitz online anmelden", "Umzug melden – neue Wohnung anmelden"),
    "wohnungsgeberbestaetigung": (
        "Wohnungsgeberbestätigung online abgeben",
        "Einzug bestätigen (für Vermieter/innen)",
    ),
    "geburtsurkunde": ("Ihre Geburtsurkunde – digitale Ansicht", "Elektronische Geburtsurkunde"),
    "eheurkunde": ("Ihre Eheurkunde – digitale Ansicht", "Elektronische Eheurkunde"),
    "sterbeurkunde": ("Sterbeurkunde – digitale Ansicht", "Elektronische Sterbeurkunde"),
    "antrag_zulassung": ("Auto online zulassen", "Fahrzeug zulassen – Onlineantrag"),
    "aufenthaltstitel_antrag": (
        "Aufenthaltstitel digital beantragen",
        "Onlineantrag auf einen Aufenthaltstitel",
    ),
    "identity_document": (
        "Identität nachweisen – Schritt: Datei hochladen",
        "Ausweis online vorlegen",
    ),
}

FORM_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "portal": ("Serviceportal der Stadt {}", "{} digital – Bürgerservice online"),
    "portal_kfz": ("Serviceportal der Stadt {} – Kfz-Zulassung", "{} digital – Zulassung online"),
    "portal_abh": (
        "Serviceportal der Stadt {} – Ausländerangelegenheiten",
        "{} digital – Aufenthalt online",
    ),
    "portal_reg": ("Urkundenportal Standesamt {}", "{} digital – Urkunden online"),
    "step": ("Sie sind in Schritt {} von insgesamt {}", "Fortschritt: {} von {} Schritten"),
    "required": (
        "Mit * markierte Felder müssen ausgefüllt werden.",
        "Pflichtfelder erkennen Sie am Sternchen (*).",
    ),
    "optional": ("(freiwillige Angabe)", "(nicht verpflichtend)"),
    "example": ("z. B. {}", "beispielsweise {}"),
    "hint_date": ("Bitte im Format TT.MM.JJJJ, etwa {}", "Datum eingeben wie {}"),
    "hint_plz": ("Fünfstellig, etwa {}", "Nur Ziffern, so wie {}"),
    "hint_name": (
        "Bitte genau so schreiben wie im Ausweis",
        "Schreibweise wie in Ihrem Personaldokument",
    ),
    "hint_iban": ("Ohne Leerzeichen eintragen, beginnt mit DE", "22 Stellen bei deutschen Konten"),
    "hint_vin": ("Steht in der Zulassungsbescheinigung Teil I, Feld E", "Genau 17 Zeichen"),
    "hint_evb": (
        "Sieben Zeichen, von Ihrer Versicherung erhalten",
        "Erhalten Sie per SMS oder Mail",
    ),
    "hint_plate": ("Nur wenn Sie eines reserviert haben", "Leer lassen für ein zufälliges"),
    "hint_time": ("Stunden und Minuten, etwa 07:45", "Format hh:mm"),
    "error": (
        "Bitte prüfen Sie diese Eingabe noch einmal.",
        "Dieses Feld bitte kontrollieren.",
        "Angabe konnte nicht automatisch geprüft werden.",
    ),
    "info": (
        "Ihre Angaben werden verschlüsselt übertragen und nur für dieses Verfahren genutzt.",
        "Sie können den Antrag jederzeit speichern und später fortsetzen.",
        "Nach dem Absenden erhalten Sie eine Eingangsbestätigung per E-Mail.",
    ),
    "info_head": ("Gut zu wissen", "Bitte beachten Sie"),
    "consent": (
        "Hiermit bestätige ich: Alle Eingaben sind wahr und vollständig.",
        "Ich habe die Hinweise zum Datenschutz gelesen und stimme zu.",
    ),
    "summary": ("Ihre Schritte im Überblick", "Alle Schritte auf einen Blick"),
    "transaction": ("Transaktions-ID {}", "Kennung der Transaktion {}"),
    "printed": ("Ausgedruckt am {} um {} Uhr", "Druckansicht erstellt {}, {} Uhr"),
    "page": ("Druckseite {} von {}", "S. {} (von {})"),
    "buttons": (
        "Zurück zum vorigen Schritt|Speichern und weiter",
        "Vorgang abbrechen|Weiter zur Prüfung",
    ),
    "badge": ("Elektronisch signiert und geprüft", "Echtheit digital bestätigt"),
    "verify": ("Prüfcode zur Echtheitskontrolle: {}", "Zur Überprüfung der Echtheit: {}"),
    "cert_note": (
        "Diese Ansicht gibt den Inhalt der elektronischen Urkunde wieder.",
        "Die Daten stammen unmittelbar aus dem elektronischen Personenstandsregister.",
    ),
    "upload_file": ("Dateiname der hochgeladenen Kopie: {}", "Ihre Datei: {}"),
    "upload_note": (
        "Die Angaben unten wurden automatisch aus Ihrem Dokument ausgelesen.",
        "Wir haben folgende Daten aus der Kopie erkannt. Bitte prüfen.",
    ),
    "readonly": ("nur lesbar", "schreibgeschützt"),
    "select": ("Bitte wählen …", "Auswahl treffen …"),
}

# example values of placeholders and hints (never truth values; a renderer skips one that is)
EXAMPLES: Final[dict[str, tuple[str, ...]]] = {
    "name": ("Erika Beispielfrau", "Max Beispielmann", "Lena Platzhalter", "Jonas Vorlage"),
    "family": ("Beispielfrau", "Platzhalter", "Vorlage", "Exempel"),
    "street": ("Beispielallee", "Am Musterhang", "Vorlagenweg", "Exempelstraße"),
    "city": ("Beispielstadt", "Musterdorf am See", "Vorlagenhausen"),
    "phone": ("0151 23456789", "0201 1234567", "+49 30 901820"),
    "email": ("erika@beispiel.de", "name@example.org", "max.beispiel@mail.example"),
    "plate": ("XX-AB 123", "XY-Z 9999"),
    "extra": ("Hinterhaus, 3. OG links", "bei Familie Vorlage"),
    "note": ("Ihre Nachricht (max. 500 Zeichen)",),
}

# --- inverted: the value first, its label after it ---------------------------------------------

BACK_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Nachname der gemeldeten Person", "als Familienname geführt"),
    "given_names": ("Vorname(n) der gemeldeten Person", "als Vornamen geführt"),
    "birth_name": ("Name bei der Geburt, sofern abweichend", "als Geburtsname geführt"),
    "date_of_birth": ("Geburtsdatum der gemeldeten Person", "als Geburtstag eingetragen"),
    "place_of_birth": ("Geburtsort der gemeldeten Person", "als Geburtsort eingetragen"),
    "sex": ("Geschlecht der gemeldeten Person", "als Geschlecht eingetragen"),
    "nationality": ("Staatsangehörigkeit der gemeldeten Person", "als Staatsangehörigkeit erfasst"),
    "move_in_date": ("Einzugstag in die gemeldete Wohnung", "als Tag des Einzugs erfasst"),
    "street": ("Straße der gemeldeten Wohnung", "als Straße erfasst"),
    "house_number": ("Hausnummer der gemeldeten Wohnung", "als Hausnummer erfasst"),
    "postal_code": ("Postleitzahl der gemeldeten Wohnung", "als Postleitzahl erfasst"),
    "city": ("Gemeinde der gemeldeten Wohnung", "als Gemeinde erfasst"),
    "street_line": ("Straße und Hausnummer der gemeldeten Wohnung", "als Straßenzeile erfasst"),
    "city_line": ("PLZ und Gemeinde der gemeldeten Wohnung", "als Ortszeile erfasst"),
    "address_line": ("Anschrift der gemeldeten Wohnung", "als Wohnanschrift erfasst"),
    "previous_address": ("zuvor gemeldete Wohnung", "als bisherige Anschrift erfasst"),
    "dwelling": ("Status der gemeldeten Wohnung", "als Wohnungsstatus erfasst"),
    "landlord_name": ("überlassende Person bzw. Stelle", "als Wohnungsgeber/in benannt"),
    "landlord_address": ("Anschrift der überlassenden Stelle", "als Anschrift des Wohnungsgebers"),
    "role": ("Eigenschaft der bestätigenden Person", "als Eigenschaft angegeben"),
    "tenant": ("eingezogene meldepflichtige Person", "als einziehende Person benannt"),
    "mother_name": ("Mutter laut Registereintrag", "als Mutter beurkundet"),
    "father_name": ("Vater laut Registereintrag", "als Vater beurkundet"),
    "registry_office": ("das Register führendes Standesamt", "als beurkundende Stelle vermerkt"),
    "register_number": (
        "laufende Nummer des Registereintrags (Abschrift)",
        "als Registernummer vermerkt",
    ),
    "issue_date": ("Tag, an dem diese Abschrift erstellt wurde", "als Ausstellungstag vermerkt"),
    "marriage_date": ("Tag der Eheschließung lt. Register", "als Tag der Trauung beurkundet"),
    "marriage_place": ("Ort der Eheschließung lt. Register", "als Ort der Trauung beurkundet"),
    "date_of_death": ("Sterbetag lt. Register", "als Sterbetag beurkundet"),
    "place_of_death": ("Sterbeort gemäß Registereintrag", "als Sterbeort beurkundet"),
    "birth_time": ("Geburtszeit lt. Register", "als Uhrzeit der Geburt beurkundet"),
    "last_residence": ("letzter Wohnsitz lt. Register", "als letzter Wohnsitz beurkundet"),
    "vin": ("Fahrgestell-Identnummer des Kfz", "als FIN angegeben"),
    "make": ("Fabrikat des zuzulassenden Kfz", "als Hersteller angegeben"),
    "model": ("Modell des Fahrzeugs", "als Modell angegeben"),
    "desired_plate": (
        "vorab online reserviertes Kennzeichen",
        "als gewünschtes Kennzeichen angegeben",
    ),
    "evb_number": ("Nummer der eVB des Versicherers", "als eVB-Nummer angegeben"),
    "account_holder": ("Inhaber/in des Abbuchungskontos", "als Kontoinhaber/in angegeben"),
    "iban": ("IBAN des Abbuchungskontos", "als IBAN angegeben"),
    "bic": ("BIC des Abbuchungskontos", "als BIC angegeben"),
    "passport_number": ("Nummer des vorgelegten Passes", "als Passnummer angegeben"),
    "passport_expiry_date": ("Gültigkeitsende des vorgelegten Passes", "als Passablauf angegeben"),
    "entry_date": ("Tag der Einreise lt. Antrag", "als Einreisetag angegeben"),
    "purpose": ("beantragter Zweck des Aufenthalts", "als Aufenthaltszweck angegeben"),
    "doc_kind": ("Art des kopierten Dokuments", "als Dokumentart festgestellt"),
    "doc_number": ("Nummer des kopierten Dokuments", "als Dokumentnummer festgestellt"),
    "issuing_state": (
        "Ausstellerstaat des kopierten Dokuments",
        "als Ausstellerstaat festgestellt",
    ),
    "expiry_date": ("Ablauf des kopierten Dokuments", "als Ablaufdatum festgestellt"),
    "phone": ("Rufnummer für Rückfragen lt. Antrag", "als Rufnummer hinterlegt"),
}

BACK_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Zur gemeldeten Person", "Personendaten im Einzelnen"),
    "dwelling": ("Zur gemeldeten Wohnung", "Wohnungsdaten im Einzelnen"),
    "previous": ("Zur vorherigen Wohnung", "Frühere Wohnung im Einzelnen"),
    "contact": ("Zur Erreichbarkeit", "Rückfragen im Einzelnen"),
    "landlord": ("Zur überlassenden Stelle", "Wohnungsgeberdaten im Einzelnen"),
    "flat": ("Betreffend die überlassene Wohnung", "Überlassene Wohnung im Einzelnen"),
    "tenants": ("Betreffend die Eingezogenen", "Eingezogene im Einzelnen"),
    "child": ("Betreffend das Kind", "Kindesdaten im Einzelnen"),
    "parents": ("Betreffend die Eltern", "Elterndaten im Einzelnen"),
    "spouse1": ("Zur ersten Person der Ehe", "Erste eheschließende Person im Einzelnen"),
    "spouse2": ("Zur zweiten Person der Ehe", "Zweite eheschließende Person im Einzelnen"),
    "marriage": ("Betreffend die Trauung", "Eheschließung im Einzelnen"),
    "deceased": ("Die verstorbene Person im Register", "Verstorbene Person im Einzelnen"),
    "death": ("Zum Tod", "Sterbefall im Einzelnen"),
    "register": ("Zum Register", "Registerdaten im Einzelnen"),
    "holder": ("Zur künftigen Halterin bzw. zum künftigen Halter", "Halterdaten im Einzelnen"),
    "vehicle": ("Betreffend das Fahrzeug", "Fahrzeugdaten im Einzelnen"),
    "insurance": ("Zur Haftpflichtversicherung", "Versicherungsdaten im Einzelnen"),
    "account": ("Zum Steuerkonto", "Kontodaten im Einzelnen"),
    "applicant": ("Betreffend die antragstellende Person", "Antragstellerdaten im Einzelnen"),
    "passport": ("Betreffend Pass und Einreise", "Pass- und Einreisedaten im Einzelnen"),
    "stay": ("Betreffend den Aufenthalt", "Aufenthaltsdaten im Einzelnen"),
    "home": ("Betreffend die Inlandswohnung", "Inlandsanschrift im Einzelnen"),
    "document": ("Zum kopierten Dokument", "Dokumentdaten im Einzelnen"),
    "holder_id": ("Zur Inhaberin bzw. zum Inhaber", "Inhaberdaten im Einzelnen"),
}

BACK_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Zusammenfassung Ihrer Wohnsitzmeldung", "Bestätigungsblatt zur Anmeldung"),
    "wohnungsgeberbestaetigung": (
        "Zusammenfassung der Einzugsbestätigung",
        "Bestätigungsblatt des Wohnungsgebers",
    ),
    "geburtsurkunde": ("Registerabschrift – Geburt", "Abschrift aus dem Geburtenregister (kurz)"),
    "eheurkunde": ("Registerabschrift – Ehe", "Abschrift aus dem Eheregister (kurz)"),
    "sterbeurkunde": ("Registerabschrift – Sterbefall", "Abschrift aus dem Sterberegister (kurz)"),
    "antrag_zulassung": ("Zusammenfassung Ihres Zulassungsantrags", "Fallübersicht Zulassung"),
    "aufenthaltstitel_antrag": (
        "Zusammenfassung Ihres Antrags auf Aufenthalt",
        "Fallübersicht Aufenthaltstitel",
    ),
    "identity_document": ("Kopierblatt Ausweisdokument", "Ablichtung mit Datenübersicht"),
}

BACK_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "issuer": ("Stadt {} · Bürgerdienste", "Bürgerdienste der Stadt {}"),
    "issuer_kfz": ("Stadt {} · Zulassungsdienste", "Zulassungsdienste der Stadt {}"),
    "issuer_abh": ("Stadt {} · Migrationsdienste", "Migrationsdienste der Stadt {}"),
    "issuer_reg": ("Personenstandsregister der Stadt {}", "Standesamt {} · Registerabschriften"),
    "ref": ("Fallnummer {}", "Fallzeichen {}"),
    "opening": (
        "Hiermit bestätigen wir die folgenden bei uns erfassten Angaben.",
        "Folgende Angaben liegen uns zu Ihrem Anliegen vor.",
        "Ihr Anliegen wurde mit den nachstehenden Daten aufgenommen.",
    ),
    "opening_reg": (
        "Aus dem Register ergeben sich die folgenden Eintragungen.",
        "Der Registereintrag enthält die nachstehenden Angaben.",
    ),
    "opening_id": (
        "Von dem vorgelegten Dokument wurde die folgende Ablichtung gefertigt.",
        "Das vorgelegte Dokument wurde kopiert; die Daten stehen unten.",
    ),
    "closing": (
        "Bitte prüfen Sie diese Zusammenfassung und teilen Sie uns Abweichungen mit.",
        "Sollten Angaben nicht stimmen, wenden Sie sich bitte an uns.",
    ),
    "closing_reg": (
        "Diese Abschrift gibt den Registereintrag richtig wieder; dies wird beglaubigt.",
        "Diese Abschrift stimmt mit dem Eintrag im Register überein.",
    ),
    "place_date": ("{} – Abschrift ausgefertigt am {}", "ausgefertigt in {} am {}"),
    "sign": ("Unterschrift der bearbeitenden Stelle", "für die Stadtverwaltung, gezeichnet"),
    "sign_reg": (
        "Standesbeamtin bzw. Standesbeamter, gezeichnet",
        "gezeichnet für das Standesamt (Unterschrift)",
    ),
    "seal": ("hier Abdruck des Dienstsiegels", "(Abdruck des Siegels der Behörde)"),
    "copy": (
        "Ablichtung – vorgelegtes Ausweisdokument",
        "Kopie des Dokuments, Vorderseite/Datenseite",
    ),
    "page": ("Blattzahl {} von {}", "fortlaufend {}/{}"),
    "none": ("entfällt hier", "ohne Eintrag hier"),
}

# --- values ---------------------------------------------------------------------------------------

SEX_ORDER28: Final = ("F", "M", "D", "X")
PURPOSE_ORDER28: Final = ("study", "employment", "family", "humanitarian", "other")
PURPOSE28: Final[dict[str, tuple[str, ...]]] = {
    "study": ("Studium bzw. berufliche Ausbildung (Antrag)", "Aufenthalt zum Studium"),
    "employment": ("Arbeit oder Beschäftigung", "Aufenthalt zur Erwerbstätigkeit"),
    "family": ("Zusammenleben mit Familie", "Aufenthalt aus familiären Gründen"),
    "humanitarian": (
        "Schutzgewährung aus humanitären Motiven",
        "Aufenthalt wegen humanitärer Gründe",
    ),
    "other": (
        "ein anderer Zweck als die genannten",
        "Aufenthalt zu einem sonstigen Zweck (Antrag)",
    ),
}
DWELLING_ORDER28: Final = ("main", "secondary")
DWELLING28: Final[dict[str, tuple[str, ...]]] = {
    "main": ("Hauptwohnung (hier wohne ich überwiegend)", "gemeldet als Hauptwohnung"),
    "secondary": ("Nebenwohnung (zusätzliche Wohnung)", "gemeldet als Nebenwohnung"),
}
ROLE28: Final[dict[bool, tuple[str, ...]]] = {
    True: ("Ich besitze die Wohnung selbst", "Eigentümerin bzw. Eigentümer in Person"),
    False: ("Ich bin vom Eigentümer beauftragt", "beauftragte Verwaltung bzw. Vermietung"),
}
ID_KINDS28: Final[dict[str, tuple[str, ...]]] = {
    "P": ("Reisepass – Datenseite hochgeladen", "Reisepass, Buchform mit Datenseite"),
    "I": ("Ausweiskarte – beide Seiten hochgeladen", "Ausweis, Karte beidseitig"),
}

# --- dates ----------------------------------------------------------------------------------------

PLACEHOLDER_DATE_STYLES: Final = ("numeric", "numeric", "unpadded", "iso", "long", "abbr")
INVERTED_DATE_STYLES: Final = ("numeric", "unpadded", "long", "abbr", "iso", "long")
EXTRA28_DATE_STYLES: Final = ("numeric", "unpadded", "long", "iso", "abbr")


def format_extra28_date(d: date, style: str) -> str:
    if style == "unpadded":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day}. {MONTHS_ABBR27[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra28_date(d, s) for s in EXTRA28_DATE_STYLES}


PLACEHOLDER_SEX_MODES: Final = ("choice", "word", "choice")
INVERTED_SEX_MODES: Final = ("choice", "word", "word")


def sex_printings(code: str) -> set[str]:
    return {SEX_WORDS[code]}


PLACEHOLDER_NATIONALITY_MODES: Final = ("adjective", "country")
INVERTED_NATIONALITY_MODES: Final = ("adjective", "country", "adjective")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    return country if mode == "country" else adjective


def nationality_printings(code: str) -> set[str]:
    return set(pools.NATIONALITIES[code])


# --- the wording object ---------------------------------------------------------------------------


class Extra28Wording(Wording):
    """Labels, headings, titles and furniture, chosen once per document from the thirty-second
    pool."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.form = layout == "placeholder"
        self._other: dict[tuple[int, str], str] = {}

    def _once(self, kind: int, key: str, options: tuple[str, ...]) -> str:
        k = (kind, key)
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = (FORM_LABELS if self.form else BACK_LABELS)[key]
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def head(self, key: str) -> str:
        return self._once(2, key, (FORM_HEADS if self.form else BACK_HEADS)[key])

    def word(self, key: str) -> str:
        return self._once(3, key, (FORM_WORDS if self.form else BACK_WORDS)[key])

    def title(self, doc_type: str) -> str:
        return self._once(4, doc_type, (FORM_TITLES if self.form else BACK_TITLES)[doc_type])


@dataclass(slots=True)
class Extra28Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: date) -> str:
        return format_extra28_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German wording that names or labels a value."""
    return [
        s for pool in (FORM_LABELS, BACK_LABELS) for options in pool.values() for s in options
    ]


def all_label_strings() -> list[str]:
    """Every label, heading, title, sentence, hint and furniture wording of this pool (``|``
    lists count item by item)."""
    out = label_strings()
    for pool in (FORM_HEADS, FORM_TITLES, FORM_WORDS, BACK_HEADS, BACK_TITLES, BACK_WORDS):
        out += [p for options in pool.values() for s in options for p in s.split("|") if p]
    return list(dict.fromkeys(out))


def example_strings() -> list[str]:
    """The example values of placeholders and hints."""
    return list(dict.fromkeys(s for options in EXAMPLES.values() for s in options))


def value_strings() -> list[str]:
    """This pool's own wordings of choice values (for tests)."""
    out = [
        s
        for table in (PURPOSE28, DWELLING28, ROLE28, ID_KINDS28)
        for options in table.values()
        for s in options
    ]
    return list(dict.fromkeys(out))
