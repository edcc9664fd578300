"""The twenty-ninth wording pool and the printing habits of the twenty-fifth extra pair.

``CORR_LABELS`` (field labels of the printed form), ``CORR_HEADS`` (section headings),
``CORR_TITLES`` and ``CORR_WORDS`` (issuer, form numbers, correction notices, reasons, the word
that voids a tick, signature and office boxes, footers) belong to the ``corrected`` layout;
``KEY_LABELS`` (what each key number means, as printed beside the key or in the legend),
``KEY_PERSONS`` (qualifiers for the two persons of a marriage), ``KEY_HEADS``, ``KEY_TITLES``,
``KEY_EXTRAS`` (distractor keys for items outside the catalog) and ``KEY_WORDS`` (legend
headings and phrasing, instructions, furniture) to the ``keyed`` layout. Both are used only by
the layouts in ``EXTRA25_LAYOUTS`` of ``samples.generate``. They are a blind measurement:
whoever tunes extraction must not read this module nor ``samples.render_extra25``, nor tune on
those layouts' failures. None of the strings repeats a string of the twenty-eight other pools,
nor any string literal of the older modules of ``samples``, not even up to case, punctuation or
spacing (a test checks this), except where German has only one usual word (``SHARED_WORDS``).

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

SHARED_WORDS: Final = frozenset({"IBAN", "BIC", "Postleitzahl"})

# --- corrected: a printed form whose entries were corrected later ---------------------------------

CORR_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienname, wie amtlich geführt", "Nachname in amtlicher Schreibweise",
                    "Familienname – bitte gut leserlich"),
    "given_names": ("sämtliche Vornamen, wie amtlich geführt",
                    "Vornamen in amtlicher Schreibweise", "Vornamen – gebräuchlicher zuerst"),
    "birth_name": ("Geburtsname, falls vom Familiennamen verschieden",
                   "Name zur Zeit der Geburt (wenn anders)", "früher geführter Geburtsname"),
    "date_of_birth": ("Tag der Geburt, wie beurkundet",
                      "geboren am – Tag, Monat, Jahr (vierstellig)",
                      "Datum, an dem die Person geboren ist"),
    "place_of_birth": ("Geburtsort, ggf. mit Staat", "geboren in (Gemeinde)",
                       "Gemeinde oder Ort der Geburt"),
    "sex": ("Geschlecht, wie beurkundet", "Angabe zum Geschlecht der Person",
            "Geschlechtseintrag der Person"),
    "nationality": ("Staatsangehörigkeit(en) – bitte alle angeben",
                    "gegenwärtige Staatsangehörigkeit", "Staatsangehörigkeit, die derzeit besteht"),
    "marital": ("Familienstand zum Einzugstag", "derzeitiger Familienstand (ledig usw.)",
                "Familienstand der meldenden Person"),
    "phone": ("Telefon der meldenden Person (freiwillig)",
              "für Rückfragen tagsüber erreichbar unter", "Rufnummer für Nachfragen des Amtes"),
    "move_in_date": ("Tag des Einzugs in die nun bezogene Wohnung",
                     "Einzug in die Wohnung erfolgte am", "Bezugsdatum der nun gemeldeten Wohnung"),
    "street": ("Straße der neuen Wohnung (ohne Nr.)", "neue Anschrift – Straßenname",
               "Straßenbezeichnung der gemeldeten Wohnung"),
    "house_number": ("Hausnummer samt etwaigem Zusatz", "Haus-Nr. (ggf. mit Buchstabe)",
                     "Nummer des Wohnhauses"),
    "postal_code": ("Postleitzahl", "PLZ der nun bezogenen Wohnung",
                    "Postleitzahl des neuen Wohnorts"),
    "city": ("Gemeinde der nun bezogenen Wohnung", "neuer Wohnort (Gemeinde)",
             "Ort der bezogenen Wohnung"),
    "street_line": ("Straße und Haus-Nr. der neuen Wohnung", "neue Wohnung: Straße, Nummer",
                    "Anschrift der Wohnung, Zeile 1"),
    "city_line": ("PLZ und Gemeinde der neuen Wohnung", "neue Wohnung: Postleitzahl, Ort",
                  "Anschrift der Wohnung, Zeile 2"),
    "address_line": ("vollständige Anschrift der neuen Wohnung",
                     "neue Wohnung (Straße, Nr., PLZ, Ort)", "jetzige Wohnanschrift, komplett"),
    "previous_address": ("Anschrift der aufgegebenen Wohnung", "zuletzt gewohnt in (Anschrift)",
                         "vorherige Wohnung, vollständige Anschrift"),
    "dwelling": ("Die gemeldete Wohnung dient als", "Nutzung der gemeldeten Wohnung als",
                 "Art der bezogenen Wohnung"),
    "landlord_name": ("Name bzw. Firma der bestätigenden Stelle",
                      "Wohnungsgeber/in – Name oder Firmierung",
                      "vermietende Person oder vermietendes Unternehmen"),
    "landlord_address": ("Anschrift der bestätigenden Stelle (eine Zeile)",
                         "Wohnungsgeber/in – Postanschrift in einer Zeile",
                         "Postanschrift der vermietenden Seite"),
    "role": ("Die bestätigende Stelle ist", "Stellung der bestätigenden Person",
             "Eigentum an der Wohnung"),
    "tenant": ("eingezogene Person – Vorname und Familienname",
               "Name einer nun einziehenden Person", "Mieter/in bzw. Mitbewohner/in"),
    "mother_name": ("Mutter (Vorname und Familienname laut Eintrag)",
                    "Name der Mutter laut Anzeige",
                    "Mutter des Kindes laut Eintrag"),
    "father_name": ("Vater (Vorname und Familienname laut Eintrag)", "Name des Vaters laut Anzeige",
                    "Vater des Kindes laut Eintrag"),
    "birth_time": ("Uhrzeit der Geburt laut Anzeige (Std., Min.)", "zur Welt gekommen um (Uhrzeit)",
                   "Geburtsstunde und -minute laut Anzeige"),
    "registry_office": ("registerführende Behörde",
                        "Standesamt, bei dem der Registereintrag geführt wird",
                        "eintragende Dienststelle"),
    "register_number": ("laufende Nummer des Eintrags im Register", "Registereintrag, Nummer/Jahr",
                        "Eintragungsnummer des Registers"),
    "issue_date": ("Datum dieses Auszugs", "ausgefertigt unter dem Datum",
                   "Tag der Ausfertigung des Auszugs"),
    "marriage_date": ("Tag, an dem die Ehe geschlossen worden ist",
                      "Tag der Heirat laut diesem Auszug",
                      "Datum der Eheschließung laut diesem Auszug"),
    "marriage_place": ("Ort, an dem die Ehe geschlossen worden ist",
                       "Ort der Heirat laut diesem Auszug",
                       "Ort der Eheschließung laut diesem Auszug"),
    "date_of_death": ("Tag, an dem der Tod eingetreten ist", "verstorben am (Datum laut Anzeige)",
                      "Datum des Todes laut Anzeige"),
    "place_of_death": ("Ort, an dem der Tod eingetreten ist", "gestorben in (Ort)",
                       "Ort des Todes laut Anzeige"),
    "last_residence": ("bis zum Tod wohnhaft gewesen in",
                       "letzte Wohnung der verstorbenen Person (Anschrift)",
                       "letzte Meldeanschrift vor dem Tod"),
    "make": ("Hersteller bzw. Marke, wie sie im Fahrzeugschein steht",
             "Marke, wie sie im Fahrzeugschein steht",
             "Marke laut Zulassungsbescheinigung"),
    "model": ("Typ bzw. Handelsname des Fahrzeugs", "Handelsbezeichnung laut Teil I",
              "Modellbezeichnung laut Bescheinigung"),
    "vin": ("Fahrzeug-Identifizierungsnummer – sämtliche 17 Zeichen",
            "FIN laut Zulassungsbescheinigung", "Identifizierungsnummer des Kfz"),
    "evb_number": ("eVB-Nummer der Versicherung (7 Stellen)",
                   "Versicherungsbestätigung – eVB-Nummer", "eVB laut Kfz-Versicherer"),
    "desired_plate": ("Wunschkennzeichen, das bereits reserviert ist",
                      "Kennzeichen (nur wenn reserviert)", "Kennzeichenwunsch, falls reserviert"),
    "account_holder": ("Inhaber/in des Kontos für die Kfz-Steuer",
                       "Konto lautet auf (Vor- und Familienname)",
                       "Name der Person, auf die das Konto lautet"),
    "iban": ("IBAN", "IBAN des Kontos für den Steuereinzug", "Kontonummer im IBAN-Format"),
    "bic": ("BIC", "BIC des Kreditinstituts für den Einzug",
            "Geschäftskennung des Instituts (BIC)"),
    "passport_number": ("Nummer des Nationalpasses der antragstellenden Person",
                        "Pass- bzw. Reisedokument-Nr.", "Reisepass – Nummer wie eingedruckt"),
    "passport_expiry_date": ("Nationalpass gilt bis einschließlich",
                             "Ablaufdatum des vorgelegten Passes",
                             "Reisepass – Ende der Gültigkeit"),
    "entry_date": ("Tag der Einreise in die Bundesrepublik", "nach Deutschland eingereist am (Tag)",
                   "Datum der (letzten) Einreise ins Bundesgebiet"),
    "purpose": ("Zweck des Aufenthalts, für den der Titel beantragt wird",
                "beantragt wird ein Titel zum Zweck", "Aufenthalt soll dienen zur/zum"),
    "doc_kind": ("Art des Ausweisdokuments, das vorgelegt wurde", "vorgelegt wurde ein(e)",
                 "Dokumentart – bitte ankreuzen"),
    "doc_number": ("Nummer des Ausweisdokuments, das vorgelegt wurde",
                   "Seriennummer wie auf dem Dokument", "Dokument-Nr. wie aufgedruckt"),
    "issuing_state": ("ausstellender Staat (dreistelliger Code)", "vom Staat ausgestellt (Code)",
                      "Ausstellerstaat laut Dokument"),
    "expiry_date": ("Dokument gilt bis einschließlich", "Ablauf der Gültigkeit am",
                    "gültig bis (laut Dokument)"),
}

# section headings
CORR_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Angaben zu der Person, die sich anmeldet", "Zu der Person, die sich anmeldet",
               "Persönliche Daten der Person"),
    "applicant": ("Persönliche Daten der antragstellenden Person",
                  "Wer den Titel beantragt", "Antragsteller bzw. Antragstellerin"),
    "dwelling": ("Die nun bezogene Wohnung", "Angaben zur gemeldeten Wohnung",
                 "Wohnanschrift seit dem Einzug"),
    "previous": ("Die aufgegebene Wohnung", "Frühere Anschrift", "Angaben zur Vorwohnung"),
    "landlord": ("Angaben zur bestätigenden Stelle", "Wer den Einzug bestätigt",
                 "Wohnungsgeber bzw. Wohnungsgeberin"),
    "tenants": ("In die Wohnung eingezogene Personen",
                "Diese Personen sind in die Wohnung gezogen", "Einziehende Personen (Namen)"),
    "child": ("Angaben zum Kind laut Eintrag", "Das im Register eingetragene Kind",
              "Eintrag über das Kind"),
    "parents": ("Angaben zu den Eltern laut Eintrag", "Die eingetragenen Eltern",
                "Eltern laut Eintrag"),
    "spouse1": ("Erste eheschließende Person", "Ehegatte bzw. Ehegattin 1",
                "Person 1 der Eheschließung"),
    "spouse2": ("Zweite eheschließende Person", "Ehegatte bzw. Ehegattin 2",
                "Person 2 der Eheschließung"),
    "marriage": ("Angaben zur Trauung laut Eintrag", "Die Trauung vor dem Standesamt",
                 "Eheschließung laut Register"),
    "deceased": ("Angaben zur verstorbenen Person laut Eintrag",
                 "Die im Register eingetragene verstorbene Person",
                 "Persönliche Daten der verstorbenen Person"),
    "death": ("Angaben zum Tod laut Eintrag", "Tod und letzter Wohnsitz",
              "Der eingetragene Sterbefall"),
    "register": ("Angaben zum Register", "Registereintrag und Auszug",
                 "Register und Ausfertigung dieses Auszugs"),
    "holder": ("Künftige Halterin bzw. künftiger Halter",
               "Daten der künftigen Halterin / des künftigen Halters", "Halter des Fahrzeugs"),
    "vehicle": ("Angaben zu dem Fahrzeug, das zugelassen werden soll",
                "Das Fahrzeug, das zum Verkehr zugelassen werden soll",
                "Daten des Fahrzeugs laut Teil I"),
    "account": ("SEPA-Lastschriftmandat für die Kfz-Steuer", "Konto für die Kraftfahrzeugsteuer",
                "Steuereinzug vom Konto"),
    "passport": ("Pass und Einreise der antragstellenden Person", "Angaben zum Nationalpass",
                 "Reisedokument und Tag der Einreise"),
    "stay": ("Wozu der Aufenthalt in Deutschland dienen soll", "Zweck des beantragten Titels",
             "Wozu der Aufenthalt dient"),
    "home": ("Derzeitige Wohnung in Deutschland", "Anschrift im Inland (derzeit)",
             "Anschrift der antragstellenden Person"),
    "document": ("Angaben aus dem vorgelegten Dokument", "Das vorgelegte Ausweisdokument",
                 "Daten des Dokuments (Sichtprüfung)"),
}

CORR_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Meldeschein für die Anmeldung einer Wohnung", "Anmeldung bei der Meldestelle",
                  "Erklärung zum Bezug einer Wohnung (Anmeldung)"),
    "wohnungsgeberbestaetigung": ("Einzugsbestätigung der Wohnungsgeberin / des Wohnungsgebers",
                                  "Bestätigung über den Einzug (§ 19 Bundesmeldegesetz)",
                                  "Wohnungsgeberbescheinigung zum Einzug"),
    "geburtsurkunde": ("Auszug aus dem Geburtenregister mit Berichtigungen",
                       "Geburtsurkunde – Auszug aus dem Register (berichtigt)",
                       "Beglaubigter Auszug – Geburt"),
    "eheurkunde": ("Auszug aus dem Eheregister mit Berichtigungen",
                   "Eheurkunde – Auszug aus dem Register (berichtigt)",
                   "Beglaubigter Auszug – Eheschließung"),
    "sterbeurkunde": ("Auszug aus dem Sterberegister mit Berichtigungen",
                      "Sterbeurkunde – Auszug aus dem Register (berichtigt)",
                      "Beglaubigter Auszug – Sterbefall"),
    "antrag_zulassung": ("Antrag auf Zulassung eines Fahrzeugs zum Verkehr",
                         "Zulassungsantrag mit SEPA-Mandat", "Antrag: Fahrzeug zulassen"),
    "aufenthaltstitel_antrag": ("Antrag auf Erteilung eines Aufenthaltstitels – Papiervordruck",
                                "Aufenthaltstitel – erstmaliger Antrag",
                                "Antrag auf einen Aufenthaltstitel (Papierform)"),
    "identity_document": ("Erfassungsbogen zum vorgelegten Ausweisdokument",
                          "Aufnahme der Daten eines Ausweisdokuments",
                          "Vermerk über ein vorgelegtes Dokument"),
}

CORR_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "issuer": ("Stadt {0} – Bürgerdienste", "Stadtverwaltung {0}, Amt für Bürgerangelegenheiten",
               "Der Oberbürgermeister der Stadt {0}"),
    "issuer_kfz": ("Stadt {0} – Zulassungsbehörde", "Kreisfreie Stadt {0}, Kfz-Zulassung"),
    "issuer_abh": ("Stadt {0} – Ausländerangelegenheiten", "Ausländerbehörde der Stadt {0}"),
    "form_no": ("Vordruck {0}", "Formblatt Nr. {0}", "Muster {0} (Ausgabe 2025)"),
    "hint": ("Bitte in Druckbuchstaben ausfüllen. Änderungen sind mit Namenszeichen zu versehen.",
             "Zutreffendes bitte ankreuzen; Berichtigungen nicht überkleben.",
             "Korrekturen nur durch Streichen und Neuschreiben vornehmen."),
    "notes_head": ("Berichtigungen zu diesem Vordruck", "Nachträgliche Korrekturen",
                   "Vermerk über geänderte Eintragungen"),
    "notes_head_reg": ("Berichtigungsvermerke zum Registereintrag",
                       "Randvermerke (Berichtigungen)", "Folgende Angaben wurden berichtigt"),
    "note": ("bei „{f}“ lies: {v}", "„{f}“ richtig: {v}", "„{f}“ geändert in {v}",
             "Eintrag „{f}“ berichtigt auf {v}"),
    "reason_digits": ("Zahlendreher", "Ziffern vertauscht", "Zahl falsch übertragen"),
    "reason_name": ("Schreibfehler beim Ausfüllen", "Buchstaben vertauscht",
                    "nach Vorlage des Passes berichtigt", "laut Geburtsurkunde korrigiert"),
    "reason": ("auf Hinweis der Person geändert", "Hörfehler bei der Aufnahme",
               "Übertragungsfehler aus dem Entwurf"),
    "void": ("ungültig", "gestrichen – gilt nicht", "irrtümlich angekreuzt"),
    "stamp": ("berichtigt am {0}", "korr. {0}", "geänd. am {0}"),
    "initials_cap": ("Namenszeichen", "Hz. der ändernden Person", "Kürzel Sachbearbeitung"),
    "place_date": ("Ort, Tag der Unterschrift: {0}, {1}", "ausgefüllt in {0} am {1}",
                   "unterschrieben in {0}, am {1}"),
    "place_date_reg": ("{0}, ausgestellt am {1}", "Ausgestellt in {0} am {1}",
                       "ausgestellt zu {0}, den {1}"),
    "sign": ("Unterschrift der meldenden Person",
             "Unterschrift der antragstellenden Person, eigenhändig geleistet",
             "Unterschrift – bei Minderjährigen der gesetzlichen Vertretung"),
    "sign_landlord": ("Unterschrift Wohnungsgeber/in", "Unterschrift der bestätigenden Person"),
    "sign_reg": ("Die Standesbeamtin / Der Standesbeamte (Unterschrift)",
                 "Im Auftrag – Standesamt"),
    "sign_id": ("Unterschrift der aufnehmenden Kraft", "aufgenommen durch (Unterschrift)"),
    "office": ("Raum für behördliche Eintragungen", "Bearbeitungsvermerke der Dienststelle",
               "Vom Amt auszufüllen – nicht beschreiben"),
    "office_rows": ("geprüft (Hz.)|ins Register übernommen|Durchschrift erteilt",
                    "Posteingang am|bearbeitet durch|abgelegt unter Az."),
    "page": ("Blatt {0} von {1} dieses Vordrucks", "Seite {0}/{1} des Vordrucks",
             "Vordruckseite {0} (von {1})"),
    "seal": ("Abdruck des Dienstsiegels der Stadt",),
    "image": ("Abbildung des vorgelegten Dokuments", "Kopie des Dokuments (beide Seiten)"),
    "copy_ok": ("Die Daten wurden mit dem Dokument abgeglichen.",
                "Angaben mit dem Original verglichen; Berichtigungen siehe Vermerke."),
    "certify": ("Die Übereinstimmung mit dem Registereintrag wird bestätigt.",
                "Dieser Auszug gibt den Registereintrag einschließlich der Berichtigungen wieder."),
}

# --- keyed: a form whose fields carry key numbers ------------------------------------------------

KEY_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Zuname (Klartext)", "Familienname laut Vorlage", "Nachname, wie eingetragen"),
    "given_names": ("Vornamen (Klartext)", "Vorname(n) laut Vorlage",
                    "Vornamen, vollständig (Klartext)"),
    "birth_name": ("Geburtsname der meldepflichtigen Person",
                   "Geburtsname (nur wenn abweichend vom Zunamen)",
                   "Name bei Geburt des Meldenden"),
    "date_of_birth": ("Geburtsdatum laut Vorlage", "Tag der Geburt, wie eingetragen",
                      "Datum der Geburt (Kennzahlfeld)"),
    "place_of_birth": ("Geburtsort laut Vorlage", "Ort der Geburt, wie eingetragen",
                       "Geburtsort (Klartext)"),
    "sex": ("Geschlecht (Schlüssel oder Klartext)", "Geschlechtsschlüssel",
            "Geschlecht laut Vorlage"),
    "nationality": ("Staatsangehörigkeit laut Vorlage",
                    "Staatsangehörigkeit (Schlüssel oder Text)",
                    "Staatsangehörigkeit, wie eingetragen"),
    "marital": ("Familienstand der meldepflichtigen Person", "Familienstandsschlüssel",
                "Familienstand des Meldenden"),
    "phone": ("Telefon (Angabe freiwillig, für Rückfragen)",
              "Rufnummer für Rückfragen (freiwillig)", "telefonische Erreichbarkeit"),
    "move_in_date": ("Einzugsdatum in die angemeldete Wohnung",
                     "Datum des Einzugs (angemeldete Wohnung)", "Tag des Wohnungsbezugs"),
    "street": ("Straße der angemeldeten Wohnung", "Wohnung: Straßenname",
               "Straße, Wohnungsanschrift"),
    "house_number": ("Hausnummer der angemeldeten Wohnung", "Hausnummer und Zusatz (Wohnung)",
                     "Hausnummer, Wohnungsanschrift"),
    "postal_code": ("Postleitzahl", "PLZ der angemeldeten Wohnung", "Postleitzahl (Wohnung)"),
    "city": ("Gemeinde der angemeldeten Wohnung", "Wohnung: Gemeinde",
             "Gemeinde, Wohnungsanschrift"),
    "street_line": ("Straße mit Hausnummer (angemeldete Wohnung)", "Wohnung: Straße und Nr.",
                    "Wohnungsanschrift, Straßenzeile"),
    "city_line": ("PLZ mit Gemeinde (angemeldete Wohnung)", "Wohnung: PLZ und Gemeinde",
                  "Wohnungsanschrift, Ortszeile"),
    "address_line": ("Anschrift der angemeldeten Wohnung, einzeilig",
                     "Wohnungsanschrift in einer Zeile", "Anschrift der Wohnung (komplett)"),
    "previous_address": ("Anschrift der bisherigen Wohnung, einzeilig",
                         "Vorwohnung (Anschrift)", "bisherige Wohnanschrift, in einer Zeile"),
    "dwelling": ("Wohnungsstatus der angemeldeten Wohnung (Schlüssel)",
                 "Status der angemeldeten Wohnung", "Haupt- oder Nebenwohnung (Schlüssel)"),
    "landlord_name": ("Wohnungsgeber (Name/Firma) – Klartext",
                      "Wohnungsgeber – Name bzw. Firmenbezeichnung (Klartext)",
                      "Bezeichnung des Wohnungsgebers"),
    "landlord_address": ("Anschrift des Wohnungsgebers, einzeilig",
                         "Wohnungsgeber – Anschrift in einer Zeile",
                         "Anschrift, unter der der Wohnungsgeber erreichbar ist"),
    "role": ("Eigentümerstatus des Wohnungsgebers (Schlüssel)",
             "Wohnungsgeber ist Eigentümer? (Schlüssel)",
             "Rechtsverhältnis des Wohnungsgebers zur Wohnung (Schlüssel)"),
    "tenant": ("meldepflichtige Person (Vor- und Zuname)", "einziehende Person, Name",
               "Name einer eingezogenen Person"),
    "mother_name": ("Name der Mutter (Vor- und Zuname)", "Mutter: Vor- und Zuname, vollständig",
                    "Elternteil 1 (Mutter), Name"),
    "father_name": ("Name des Vaters (Vor- und Zuname)", "Vater: Vor- und Zuname, vollständig",
                    "Elternteil 2 (Vater), Name"),
    "birth_time": ("Geburtszeit des Kindes (Stunde, Minute)",
                   "Uhrzeit (hh:mm) der Geburt des Kindes",
                   "Kind: Uhrzeit der Geburt"),
    "registry_office": ("Standesamt, das diesen Auszug erteilt",
                        "Registerbehörde (Standesamt) – Klartext",
                        "Bezeichnung der Registerbehörde"),
    "register_number": ("Registernummer (Buchstabe, Nummer/Jahr)",
                        "Nummer des Registereintrags mit Jahrgang", "Eintrag im Register, Nummer"),
    "issue_date": ("Ausstellungsdatum des Auszugs", "Ausstellungsdatum (Datenauszug)",
                   "Ausstellungstag dieses Datenauszugs"),
    "marriage_date": ("Eheschließung: Datum laut Register",
                      "Tag der Eheschließung (Datenauszug)",
                      "Tag der Eheschließung laut Register"),
    "marriage_place": ("Eheschließung: Ort laut Register",
                       "Eheschließung: Gemeinde laut Register",
                       "Gemeinde der Trauung (Datenauszug)"),
    "date_of_death": ("Sterbedatum laut Register", "Todestag laut Registereintrag",
                      "Tag des Todes laut Register"),
    "place_of_death": ("Sterbeort laut Register", "Ort des Todes laut Register",
                       "Sterbeort – Gemeinde laut Register"),
    "last_residence": ("letzte Wohnanschrift vor dem Tod (einzeilig)", "Wohnanschrift vor dem Tod",
                       "letzter Wohnsitz der verstorbenen Person (Anschrift)"),
    "make": ("Hersteller des Fahrzeugs (Klartext)", "Marke (Klartext)",
             "Hersteller (Klartext, Fahrzeug)"),
    "model": ("Typ/Modell des Fahrzeugs (Klartext)", "Modell (Klartext, Fahrzeug)",
              "Handelsname (Klartext)"),
    "vin": ("FIN des Fahrzeugs (17 Zeichen)", "Fahrzeug-Identifizierungsnummer (Beleg)",
            "Identnummer des Fahrzeugs (FIN, Beleg)"),
    "evb_number": ("Kfz-Versicherung: eVB-Nummer aus sieben Zeichen",
                   "Versicherungsbestätigung (eVB), 7-stellig",
                   "elektronische Versicherungsbestätigung, Nummer"),
    "desired_plate": ("Wunschkennzeichen, sofern reserviert (Klartext)",
                      "Fahrzeug: reserviertes Kennzeichen",
                      "Wunschkennzeichen (Reservierung vorhanden)"),
    "account_holder": ("Kontoinhaber/in (SEPA-Mandat)", "Kontoinhaber/in, Vor- und Zuname (SEPA)",
                       "SEPA-Mandat: Kontoinhaber"),
    "iban": ("IBAN", "IBAN (SEPA-Mandat)", "SEPA-Mandat: IBAN"),
    "bic": ("BIC", "BIC (SEPA-Mandat)", "SEPA-Mandat: BIC"),
    "passport_number": ("Reisepass – Nummer (Klartext)", "Passnummer (wie im Pass)",
                        "Nummer des Nationalpasses (Klartext)"),
    "passport_expiry_date": ("Reisepass – Gültigkeitsende", "Gültigkeitsende des Reisepasses",
                             "Pass: gültig bis einschließlich (Datum)"),
    "entry_date": ("Einreise in das Bundesgebiet – Datum", "Tag der Einreise (Antragsteller/in)",
                   "Datum der Einreise ins Bundesgebiet"),
    "purpose": ("Aufenthaltszweck (Schlüssel)", "Aufenthaltszweck laut Antrag",
                "Zweck des Aufenthalts, Schlüssel"),
    "doc_kind": ("Dokumentart (Schlüssel)", "Dokumentart laut Lesegerät (Schlüssel)",
                 "Dokumenttyp, Schlüssel"),
    "doc_number": ("Dokument – Seriennummer (Klartext)", "Nummer des gelesenen Dokuments",
                   "Dokument: Seriennummer"),
    "issuing_state": ("Ausstellungsstaat (Dreibuchstabencode)",
                      "Dokument – Ausstellungsstaat (Code)",
                      "Staat, der das gelesene Dokument ausgestellt hat"),
    "expiry_date": ("Dokument – Ablaufdatum", "Dokument: Ende der Gültigkeit",
                    "Gültigkeitsende des gelesenen Dokuments"),
}

# qualifiers for the two persons of one marriage
KEY_PERSONS: Final[dict[str, tuple[str, ...]]] = {
    "spouse1": ("– Ehegatte/Ehegattin 1", "(Ehe, erste Person)", "[Ehe A]"),
    "spouse2": ("– Ehegatte/Ehegattin 2", "(Ehe, zweite Person)", "[Ehe B]"),
}

KEY_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Meldepflichtige Person – Personendaten",
               "Daten der meldepflichtigen Person (Beleg)",
               "Personenblock"),
    "applicant": ("Antragsteller/in – Personendaten", "Daten der antragstellenden Person (Beleg)",
                  "Antragstellerblock"),
    "dwelling": ("Angemeldete Wohnung – Anschrift", "Daten der angemeldeten Wohnung",
                 "Wohnungsblock"),
    "previous": ("Bisherige Wohnung – Anschrift (Beleg)", "Daten der Vorwohnung",
                 "Vorwohnungsblock"),
    "landlord": ("Wohnungsgeber – Name und Anschrift", "Daten zum Wohnungsgeber",
                 "Wohnungsgeberblock"),
    "tenants": ("einziehende Personen (Namen, einzeln)", "Daten der einziehenden Personen",
                "Personenblock Einzug"),
    "child": ("Kindesdaten laut Register", "Daten zum Kind (Register)", "Kindblock"),
    "parents": ("Elterndaten laut Register", "Daten zu den Eltern (Register)", "Elternblock"),
    "spouse1": ("Ehegatte/Ehegattin 1 – Registerdaten", "Daten zur ersten Person der Ehe",
                "Block Ehe A"),
    "spouse2": ("Ehegatte/Ehegattin 2 – Registerdaten", "Daten zur zweiten Person der Ehe",
                "Block Ehe B"),
    "marriage": ("Eheschließungsdaten laut Register", "Daten zur Eheschließung (Register)",
                 "Eheschließungsblock"),
    "deceased": ("Personendaten der verstorbenen Person laut Register",
                 "Daten zur verstorbenen Person (Register)",
                 "Personenblock Sterbefall"),
    "death": ("Sterbefalldaten laut Register", "Daten zum Sterbefall (Register)",
              "Sterbefallblock"),
    "register": ("Registerangaben zum Auszug (Beleg)", "Daten zum Registereintrag (Beleg)",
                 "Registerblock"),
    "holder": ("Halter/in – Personendaten", "Daten zur Halterin / zum Halter (Beleg)",
               "Halterblock"),
    "vehicle": ("Fahrzeug – Identifikation", "Daten zum Fahrzeug (Beleg)", "Fahrzeugblock"),
    "account": ("SEPA-Mandat – Kontoverbindung", "Daten zum Konto (Kfz-Steuer)", "Kontoblock"),
    "passport": ("Reisepass – Nummer und Gültigkeit", "Daten zum Reisepass (Beleg)", "Passblock"),
    "stay": ("Aufenthaltszweck – verschlüsselt", "Daten zum Aufenthaltszweck", "Zweckblock"),
    "home": ("Inlandsanschrift – Wohnung", "Daten zur Wohnung im Inland", "Anschriftenblock"),
    "document": ("Gelesene Dokumentdaten", "Daten aus dem Lesegerät (Beleg)", "Dokumentblock"),
}

KEY_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldung – maschinell lesbarer Beleg", "Meldebeleg Zuzug (Kennzahlenvordruck)",
                  "Datenerfassungsbeleg Anmeldung"),
    "wohnungsgeberbestaetigung": ("Wohnungsgeberbestätigung – Kennzahlenbeleg",
                                  "Erfassungsbeleg Einzugsbestätigung",
                                  "Beleg Wohnungsgeber (maschinenlesbar)"),
    "geburtsurkunde": ("Registerauszug Geburt – Kennzahlenfassung",
                       "Geburtenregister, Auszug nach Schlüsselnummern",
                       "Datenauszug Geburtseintrag"),
    "eheurkunde": ("Registerauszug Ehe – Kennzahlenfassung",
                   "Eheregister, Auszug nach Schlüsselnummern", "Datenauszug Eheeintrag"),
    "sterbeurkunde": ("Registerauszug Sterbefall – Kennzahlenfassung",
                      "Sterberegister, Auszug nach Schlüsselnummern", "Datenauszug Sterbeeintrag"),
    "antrag_zulassung": ("Zulassungsantrag – Kennzahlenbeleg", "Erfassungsbeleg Fahrzeugzulassung",
                         "Beleg Neuzulassung (maschinenlesbar)"),
    "aufenthaltstitel_antrag": ("Antrag Aufenthaltstitel – Kennzahlenbeleg",
                                "Erfassungsbeleg Aufenthaltserlaubnis",
                                "Beleg Titelantrag (maschinenlesbar)"),
    "identity_document": ("Deckblatt Dokumentenerfassung (Kennzahlen)",
                          "Erfassungsbeleg Ausweisprüfung", "Begleitblatt zum gelesenen Dokument"),
}

# keys that refer to no catalog item (distractors; never truth values)
KEY_EXTRAS: Final[tuple[str, ...]] = (
    "Anzahl der beigefügten Anlagen", "Gebühr nach Tarifstelle (EUR)",
    "Bearbeitungsvermerk der Dienststelle", "Eilbedürftig (1 = ja)",
    "Sachgebietsschlüssel (intern)", "Eingangsstempel der Behörde",
    "Anzahl der Ausfertigungen", "Rückgabe der Unterlagen (1 = Post, 2 = Abholung)",
    "Vorgangsnummer (wird vergeben)", "Prüfziffer des Belegs",
)

KEY_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "issuer": ("Stadt {0} · Bürgerbüro · Belegverarbeitung", "Stadt {0} – Zentrale Erfassung",
               "Verwaltung der Stadt {0}, Datenerfassung"),
    "issuer_kfz": ("Stadt {0} · Zulassungsstelle · Belegverarbeitung",),
    "issuer_abh": ("Stadt {0} · Ausländerbehörde · Belegverarbeitung",),
    "form_no": ("Beleg-Nr. {0}", "Kennzahlenvordruck {0}", "Belegart {0}"),
    "hint": ("Bitte nur die hellen Felder ausfüllen; die Bedeutung der Kennzahlen steht in "
             "der Erläuterung.",
             "Eintragungen je Kennzahl; Erläuterungen siehe unten bzw. Rückseite.",
             "Werte ohne Einheiten eintragen; nicht benötigte Kennzahlen frei lassen."),
    "legend_head": ("Erläuterung der Kennzahlen", "Bedeutung der Schlüsselnummern",
                    "Legende zu den Feldnummern", "Kennzahlenverzeichnis"),
    "legend_intro": ("Die Kennzahlen im Eintragungsteil bedeuten:",
                     "Zu jeder Feldnummer ist hier ihr Inhalt angegeben.",
                     "Schlüssel der Eintragungsfelder in der Reihenfolge des Verzeichnisses:"),
    "col_key": ("Kennzahl", "Feld-Nr.", "Schlüssel-Nr."),
    "col_meaning": ("Inhalt des Feldes", "Bedeutung", "einzutragen ist"),
    "col_line": ("Zeilennummer des Belegs", "lfd. Z."),
    "entry_head": ("Eintragungen nach Kennzahl", "Erfasste Werte (Kennzahl: Wert)",
                   "Datensätze des Belegs"),
    "codes": ("Schlüssel: {0}", "zulässige Werte: {0}", "Werte: {0}"),
    "page": ("Beleg Seite {0} von {1}", "Blatt {0}/{1} des Belegs", "S. {0} von {1}"),
    "continued": ("Fortsetzung des Belegs", "Erläuterungen (Rückseite des Belegs)"),
    "place_date": ("Ort und Datum: {0}, {1}", "Beleg erstellt: {0}, {1}",
                   "Erstellt in {0} am {1}"),
    "sign": ("Unterschrift (Kennzahl entfällt)", "Unterschrift der Person, die die Angaben macht",
             "Unterschrift zum Beleg"),
    "sign_reg": ("Standesbeamtin / Standesbeamter (Datenauszug)",
                 "für das Standesamt – Unterschrift"),
    "seal": ("Siegel des Standesamts (Abdruck)",),
    "image": ("Bild des Dokuments (Lesezone vollständig)", "Kopie des gelesenen Dokuments"),
    "certify": ("Die Angaben zu den Kennzahlen entsprechen dem Registereintrag.",
                "Datenauszug aus dem Register; maßgeblich ist der Eintrag."),
    "office": ("Vermerke der Belegverarbeitung", "nur für die Behörde – Belegprüfung"),
    "scan_note": ("Belegleser: Kennzahlen ohne Eintrag werden nicht verarbeitet.",
                  "Maschinelle Verarbeitung – bitte nicht knicken."),
}

# --- values ---------------------------------------------------------------------------------------

SEX_ORDER25: Final = ("F", "M", "D", "X")
SEX_LETTERS25: Final = {"F": "W", "M": "M", "D": "D", "X": "X"}
PURPOSE_ORDER25: Final = ("study", "employment", "family", "humanitarian", "other")
PURPOSE25: Final[dict[str, tuple[str, ...]]] = {
    "study": ("Hochschulstudium (Vollzeit oder Teilzeit)",
              "Studium an einer Hoch- oder Fachhochschule"),
    "employment": ("Erwerbstätigkeit als Arbeitnehmer/in", "Beschäftigungsaufenthalt"),
    "family": ("Zusammenleben mit der Familie", "Nachzug zur Familie (Familienleben)"),
    "humanitarian": ("humanitäre oder politische Gründe",
                     "Schutzaufenthalt aus humanitären Gründen"),
    "other": ("anderer Zweck (bitte im Beiblatt erläutern)",
              "sonstiger Aufenthaltszweck (Freitext)"),
}
DWELLING_ORDER25: Final = ("main", "secondary")
DWELLING25: Final[dict[str, tuple[str, ...]]] = {
    "main": ("alleinige Wohnung bzw. Hauptwohnung (vorwiegend)",
             "Hauptwohnung – vorwiegend benutzte Wohnung"),
    "secondary": ("Nebenwohnung – weitere, nicht vorwiegend benutzte Wohnung",
                  "Nebenwohnung (nicht vorwiegend)"),
}
ROLE25: Final[dict[bool, tuple[str, ...]]] = {
    True: ("Eigentümer/in der gemeldeten Wohnung", "Wohnungsgeber ist selbst Eigentümer/in"),
    False: ("beauftragt vom Eigentümer", "nicht Eigentümer/in (Verwalter/in)"),
}
ID_KINDS25: Final[dict[str, tuple[str, ...]]] = {
    "P": ("Pass (Heftform)", "Reisepass im Heftformat"),
    "I": ("Karte (Personalausweis o. ä.)", "Identitätskarte im Kartenformat"),
}
MARITAL25: Final = ("ledig (nie verheiratet)", "verheiratet (Ehe besteht)",
                    "geschieden (Ehe aufgelöst)", "verwitwet (Ehegatte verstorben)")

BASE_VALUE_WORDS: Final = frozenset({*SEX_WORDS.values(), *SEX_LETTERS25.values()})

# --- dates ----------------------------------------------------------------------------------------

MONTHS_ABBR25: Final = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
                        "Okt.", "Nov.", "Dez.")
CORRECTED_DATE_STYLES: Final = ("numeric", "long", "unpadded", "numeric", "long_abbr")
KEYED_DATE_STYLES: Final = ("numeric", "iso", "numeric", "compact")
EXTRA25_DATE_STYLES: Final = ("numeric", "unpadded", "long", "long_abbr", "iso", "compact")


def format_extra25_date(d: date, style: str) -> str:
    if style == "unpadded":  # "4.3.1987"
        return f"{d.day}.{d.month}.{d.year}"
    if style == "long":  # "4. März 1987"
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "long_abbr":  # "4. Okt. 1987"
        return f"{d.day}. {MONTHS_ABBR25[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "compact":  # "04031987", as typed into day / month / year boxes
        return f"{d.day:02d}{d.month:02d}{d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra25_date(d, s) for s in EXTRA25_DATE_STYLES}


# sex: tick boxes, the word, its letter or a key number with its legend
CORRECTED_SEX_MODES: Final = ("choice", "word", "choice")
KEYED_SEX_MODES: Final = ("code", "word", "letter")


def sex_text(code: str, mode: str) -> str:
    if mode == "letter":
        return SEX_LETTERS25[code]
    return SEX_WORDS[code]


def sex_printings(code: str) -> set[str]:
    return {SEX_WORDS[code], SEX_LETTERS25[code]}


CORRECTED_NATIONALITY_MODES: Final = ("adjective", "country", "adjective")
KEYED_NATIONALITY_MODES: Final = ("code", "adjective", "country")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "code":
        return code
    return country if mode == "country" else adjective


def nationality_printings(code: str) -> set[str]:
    return {*pools.NATIONALITIES[code], code}


# --- the wording object ---------------------------------------------------------------------------


class Extra25Wording(Wording):
    """Labels (corrected) or key meanings (keyed), headings, titles and furniture, chosen once
    per document from the twenty-ninth pool."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.corrected = layout == "corrected"
        self._other: dict[tuple[int, str], str] = {}

    def _once(self, kind: int, key: str, options: tuple[str, ...]) -> str:
        k = (kind, key)
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = (CORR_LABELS if self.corrected else KEY_LABELS)[key]
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def person(self, who: str) -> str:
        return self._once(1, who, KEY_PERSONS[who])

    def head(self, key: str) -> str:
        return self._once(2, key, (CORR_HEADS if self.corrected else KEY_HEADS)[key])

    def word(self, key: str) -> str:
        return self._once(3, key, (CORR_WORDS if self.corrected else KEY_WORDS)[key])

    def any_word(self, key: str) -> str:
        """A fresh choice each time (reasons, stamps, notes)."""
        options = (CORR_WORDS if self.corrected else KEY_WORDS)[key]
        return options[self._rng.randrange(len(options))]

    def extras(self, n: int) -> list[str]:
        return self._rng.sample(KEY_EXTRAS, n)

    def title(self, doc_type: str) -> str:
        return self._once(4, doc_type, (CORR_TITLES if self.corrected else KEY_TITLES)[doc_type])


@dataclass(slots=True)
class Extra25Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: date) -> str:
        return format_extra25_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German wording that names or labels a value (form labels and key meanings)."""
    return [s for pool in (CORR_LABELS, KEY_LABELS)
            for options in pool.values() for s in options]


def all_label_strings() -> list[str]:
    """Every label, key meaning, heading, title, note and furniture wording of this pool
    (``|`` lists count item by item)."""
    out = label_strings()
    for pool in (CORR_HEADS, CORR_TITLES, CORR_WORDS, KEY_PERSONS, KEY_HEADS, KEY_TITLES,
                 KEY_WORDS):
        out += [p for options in pool.values() for s in options for p in s.split("|") if p]
    out += list(KEY_EXTRAS)
    return list(dict.fromkeys(out))


def value_strings() -> list[str]:
    """This pool's own wordings of values (for tests)."""
    out = [s for table in (PURPOSE25, DWELLING25, ROLE25, ID_KINDS25)
           for options in table.values() for s in options]
    out += list(MARITAL25)
    return [s for s in dict.fromkeys(out) if s not in BASE_VALUE_WORDS]
