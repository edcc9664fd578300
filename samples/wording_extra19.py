"""The twenty-third wording pool and the printing habits of the nineteenth extra pair of layouts.

``CLOZE_LEADS`` (the printed words of a fill-in-the-blank sentence that come before a blank),
``CLOZE_CAPTIONS`` (the tiny captions under the blanks), ``CLOZE_OPENERS`` (the words that open
a sentence of a section), ``CLOZE_TITLES`` and ``CLOZE_WORDS`` belong to the ``cloze`` layout;
``GRID_LABELS`` (horizontal labels of a ruled register form), ``GRID_HEADS`` (short column
headers, some printed turned by 90 degrees), ``GRID_SECTIONS`` (the names printed turned in the
band at the left of each section), ``GRID_TITLES`` and ``GRID_WORDS`` to the ``vertical``
layout. Both are used only by the layouts in ``EXTRA19_LAYOUTS`` of ``samples.generate``. They
are a blind measurement: whoever tunes extraction must not read this module nor
``samples.render_extra19``, nor tune on those layouts' failures. None of the label strings
repeats a string of the twenty-two other pools, nor any string literal of the older modules of
``samples``, not even up to case, punctuation or spacing (a test checks this), except where
German has only one usual word (``SHARED_WORDS``).

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

# --- cloze: a declaration written as fill-in-the-blank sentences --------------------------------

# the printed words right before a blank (they follow a comma or the opener)
CLOZE_LEADS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("mit dem derzeit geführten Familiennamen", "geführt unter dem Nachnamen",
                    "Zuname lautend auf"),
    "given_names": ("mit den Vornamen laut Ausweis", "gerufen mit den Vornamen",
                    "Vornamen lautend auf"),
    "birth_name": ("mit dem früheren Namen bei Geburt", "vormals geboren unter dem Namen",
                   "mit dem Namen vor der ersten Eheschließung"),
    "date_of_birth": ("zur Welt gekommen am", "geboren am Kalendertag", "mit dem Geburtstag"),
    "place_of_birth": ("in der Geburtsgemeinde", "mit dem Geburtsort, nämlich",
                       "geboren im Ort"),
    "sex": ("eingetragen im Geschlecht als", "im Geschlechtseintrag", "Geschlecht lautend auf"),
    "nationality": ("mit der Staatsangehörigkeit von", "als Staatsangehörige/r von",
                    "angehörig dem Staat"),
    "move_in_date": ("bin eingezogen am", "habe die Wohnung bezogen am", "wohne dort seit dem"),
    "street": ("in die Wohnung in der Straße", "in das Haus an der Straße",
               "in die Wohnung gelegen an der"),
    "house_number": ("mit der Hausnummer", "im Haus Nummer", "im Haus mit der Nummer"),
    "postal_code": ("mit der Postleitzahl", "im Postbezirk", "im Zustellbezirk"),
    "city": ("in der Stadt bzw. Gemeinde", "am Wohnort", "in der Gemeinde von"),
    "street_line": ("in die Wohnung unter der Anschrift", "in das Haus unter der Adresse",
                    "wohnhaft jetzt in der"),
    "city_line": ("im Postort", "gelegen im Ort", "im Ort mit PLZ"),
    "previous_address": ("weggezogen bin ich aus der Wohnung", "bisher gewohnt habe ich in",
                         "zuvor war ich gemeldet unter"),
    "dwelling": ("wobei diese Wohnung für mich ist die", "und nutze die bezogene Wohnung als",
                 "mit dem Wohnungsstatus als"),
    "landlord_name": ("Ich, die überlassende Person", "Der/Die Unterzeichnende, nämlich",
                      "Hiermit bestätigt die überlassende Person"),
    "landlord_address": ("erreichbar unter der Anschrift", "mit Sitz bzw. Wohnsitz in",
                         "postalisch erreichbar in"),
    "tenant": ("folgende einziehende Person:", "die nachstehend genannte Person:",
               "die einziehende Person"),
    "mother_name": ("als Kind der Mutter", "Die Mutter des Kindes ist", "von der Mutter"),
    "father_name": ("und des Vaters", "der Vater des Kindes ist", "sowie vom Vater"),
    "registry_office": ("beurkundet beim", "eingetragen vom", "registriert durch das"),
    "register_number": ("unter der Registernummer", "im Eintrag Nummer", "unter der Eintragsnr."),
    "issue_date": ("Diese Urkunde stellte das Amt aus am", "Ausgefertigt wurde diese Urkunde am",
                   "Die Ausstellung dieser Urkunde erfolgte am"),
    "marriage_date": ("haben vor dem Standesamt am", "schlossen am Tag",
                      "sind am Tag der Trauung, dem"),
    "marriage_place": ("in der Trauungsgemeinde", "im Trauort", "in der Gemeinde der Trauung"),
    "date_of_death": ("ist verstorben am Tag", "verschied am", "starb am Tag"),
    "place_of_death": ("in der Sterbegemeinde", "im Sterbeort", "in der Gemeinde des Todes"),
    "make": ("ein Fahrzeug der Marke", "ein Kraftfahrzeug des Herstellers", "ein Kfz der Marke"),
    "model": ("Typ bzw. Modell", "als Modell mit Namen", "mit der Handelsbezeichnung"),
    "vin": ("mit der Fahrzeug-Identifizierungsnummer", "mit der FIN lautend",
            "mit der Fahrgestellnummer"),
    "evb_number": ("Die Versicherungsbestätigung hat die Nummer",
                   "Versichert ist es unter der eVB", "Die eVB-Nummer lautet"),
    "desired_plate": ("Ich wünsche das Kennzeichen", "Reserviert habe ich das Zeichen",
                      "Als Wunschzeichen beantrage ich"),
    "account_holder": ("Die Kfz-Steuer soll abgebucht werden vom Konto von",
                       "Die Steuer zieht die Zollverwaltung ein vom Konto des/der",
                       "Zahlungspflichtig für die Kfz-Steuer ist"),
    "iban": ("mit der IBAN", "Kontokennung IBAN", "bei der IBAN"),
    "bic": ("und der BIC", "mit der BIC", "Bankcode (BIC) lautend"),
    "passport_number": ("Ich besitze den Nationalpass Nr.", "Mein Reisepass trägt die Nummer",
                        "Als Pass lege ich vor die Nr."),
    "passport_expiry_date": ("gültig bis einschließlich zum", "mit Ablauf am Tag",
                             "verwendbar bis zum"),
    "entry_date": ("Ich bin nach Deutschland eingereist am", "Die Einreise erfolgte am Tag",
                   "Ich halte mich im Bundesgebiet auf seit dem"),
    "purpose": ("und beantrage einen Titel zum Zweck", "beantragt wird der Aufenthalt für",
                "Ich beantrage die Erlaubnis wegen"),
    "doc_kind": ("die vorgelegte Ablichtung zeigt", "anbei liegt die Kopie von",
                 "ich lege in Kopie vor"),
    "doc_code": ("mit dem Dokumentcode", "Code in der Lesezone", "mit dem Dokumententyp"),
    "doc_number": ("mit der Seriennummer", "mit der Nummer des Dokuments", "das Dokument Nr."),
    "issuing_state": ("ausgegeben vom Staat", "vom Ausstellerstaat", "ausgestellt durch"),
    "expiry_date": ("mit Gültigkeit bis", "gültig noch bis zum", "mit dem Ablaufdatum"),
    "zone": ("Zeilen der Lesezone wie auf der Kopie",),
}

# the tiny captions under the blank lines (three caption styles: a pointer with the word to
# put in, a short 'here:' note, and the word with a note on the handwriting)
CLOZE_CAPTIONS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("» Familienname einsetzen", "hier: Nachname lt. Ausweis",
                    "Zuname – in Blockschrift"),
    "given_names": ("» alle Vornamen einsetzen", "hier: Vornamen", "Vorname/n – in Blockschrift"),
    "birth_name": ("» Geburtsname einsetzen", "hier: Name bei Geburt",
                   "früherer Name – in Blockschrift"),
    "date_of_birth": ("» Geburtsdatum einsetzen", "hier: Tag der Geburt",
                      "Geburtstag – in Blockschrift"),
    "place_of_birth": ("» Geburtsort einsetzen", "hier: Ort/Staat der Geburt",
                       "Geburtsgemeinde – in Blockschrift"),
    "sex": ("» Geschlecht einsetzen", "hier: Geschlechtseintrag", "Eintrag – in Blockschrift"),
    "nationality": ("» Staatsangehörigkeit einsetzen", "hier: Staat",
                    "Nationalität – in Blockschrift"),
    "move_in_date": ("» Einzugsdatum einsetzen", "hier: Tag des Einzugs",
                     "Bezugstag – in Blockschrift"),
    "street": ("» Straße einsetzen", "hier: Straßenname", "Straße/Platz – in Blockschrift"),
    "house_number": ("» Hausnr. einsetzen", "hier: Nr.", "Hausnummer – in Blockschrift"),
    "postal_code": ("» PLZ einsetzen", "hier: Postleitzahl", "Postbezirk – in Blockschrift"),
    "city": ("» Ort einsetzen", "hier: Gemeinde", "Stadt – in Blockschrift"),
    "street_line": ("» Straße und Hausnr. einsetzen", "hier: Straße, Nr.",
                    "Anschrift – in Blockschrift"),
    "city_line": ("» PLZ und Ort einsetzen", "hier: PLZ, Gemeinde", "Postort – in Blockschrift"),
    "previous_address": ("» frühere Anschrift einsetzen", "hier: alte Adresse",
                         "Wegzugsanschrift – in Blockschrift"),
    "dwelling": ("» Wohnungsstatus einsetzen", "hier: Status", "Art der Wohnung – in Blockschrift"),
    "landlord_name": ("» Name/Firma einsetzen", "hier: Wohnungsgeber/in",
                      "Name der überlassenden Person – in Blockschrift"),
    "landlord_address": ("» Anschrift des Wohnungsgebers einsetzen", "hier: Anschrift",
                         "Adresse – in Blockschrift"),
    "tenant": ("» Vor- und Familienname einsetzen", "hier: Name der Person",
               "Name, Vorname – in Blockschrift"),
    "mother_name": ("» Mutter einsetzen", "hier: Name der Mutter",
                    "Vorname Name der Mutter – in Blockschrift"),
    "father_name": ("» Vater einsetzen", "hier: Name des Vaters",
                    "Vorname Name des Vaters – in Blockschrift"),
    "registry_office": ("» Standesamt einsetzen", "hier: beurkundendes Amt",
                        "Amt – in Blockschrift"),
    "register_number": ("» Registernummer einsetzen", "hier: Nr./Jahr",
                        "Eintragsnummer – in Blockschrift"),
    "issue_date": ("» Ausstellungsdatum einsetzen", "hier: Ausstellungstag",
                   "ausgestellt – in Blockschrift"),
    "marriage_date": ("» Tag der Eheschließung einsetzen", "hier: Heiratsdatum",
                      "Trauungstag – in Blockschrift"),
    "marriage_place": ("» Ort der Eheschließung einsetzen", "hier: Heiratsort",
                       "Trauort – in Blockschrift"),
    "date_of_death": ("» Sterbetag einsetzen", "hier: Tag des Todes", "Todestag – in Blockschrift"),
    "place_of_death": ("» Sterbeort einsetzen", "hier: Ort des Todes",
                       "Todesort – in Blockschrift"),
    "make": ("» Marke einsetzen", "hier: Hersteller", "Fabrikat – in Blockschrift"),
    "model": ("» Modell einsetzen", "hier: Typ", "Handelsname – in Blockschrift"),
    "vin": ("» FIN einsetzen", "hier: FIN, 17 Stellen", "Fahrzeug-Ident.-Nr. – in Blockschrift"),
    "evb_number": ("» eVB-Nummer einsetzen", "hier: eVB, 7 Zeichen", "eVB – in Blockschrift"),
    "desired_plate": ("» Wunschkennzeichen einsetzen", "hier: Kennzeichen",
                      "reserviertes Zeichen – in Blockschrift"),
    "account_holder": ("» Kontoinhaber/in einsetzen", "hier: Inhaber/in des Kontos",
                       "Name auf dem Konto – in Blockschrift"),
    "iban": ("» IBAN einsetzen", "hier: IBAN, 22 Stellen", "Kontokennung – in Blockschrift"),
    "bic": ("» BIC einsetzen", "hier: BIC der Bank", "Bankcode – in Blockschrift"),
    "passport_number": ("» Passnummer einsetzen", "hier: Pass-Nr.",
                        "Nr. des Passes – in Blockschrift"),
    "passport_expiry_date": ("» Ablaufdatum des Passes einsetzen", "hier: Pass gültig bis",
                             "Ablauf – in Blockschrift"),
    "entry_date": ("» Einreisedatum einsetzen", "hier: Tag der Einreise",
                   "Einreise – in Blockschrift"),
    "purpose": ("» Aufenthaltszweck einsetzen", "hier: Zweck", "Anliegen – in Blockschrift"),
    "doc_kind": ("» Dokumentart einsetzen", "hier: Art", "Art des Dokuments – in Blockschrift"),
    "doc_code": ("» Dokumentcode einsetzen", "hier: Code", "Typ – in Blockschrift"),
    "doc_number": ("» Dokumentnummer einsetzen", "hier: Seriennummer", "Nummer – in Blockschrift"),
    "issuing_state": ("» Ausstellerstaat einsetzen", "hier: ausstellender Staat",
                      "Staat der Ausgabe – in Blockschrift"),
    "expiry_date": ("» Ablaufdatum einsetzen", "hier: gültig bis",
                    "Gültigkeitsende – in Blockschrift"),
    "zone": ("» Lesezone einsetzen", "hier: Zeilen", "MRZ – in Blockschrift"),
}

# the words that open a section's sentence
CLOZE_OPENERS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Ich, die hier meldepflichtige Person,", "Ich, der/die hier Unterzeichnende,",
               "Hiermit erkläre ich als meldende Person,"),
    "dwelling": ("Ich erkläre weiter: Ich", "Zu meiner neuen Wohnung gebe ich an: Ich",
                 "Ferner erkläre ich, ich"),
    "previous": ("Außerdem erkläre ich zu meinem Umzug:", "Zu meiner alten Wohnung gebe ich an:",
                 "Meine frühere Wohnung war folgende:"),
    "landlord": ("Zur überlassenden Person erkläre ich:", "Die Erklärung gibt ab:",
                 "Angaben der erklärenden Person:"),
    "flat": ("Ich bestätige, dass in die Wohnung", "Hiermit wird bestätigt, dass in die Wohnung",
             "Es wird bestätigt, dass in die Wohnung"),
    "tenants": ("Eingezogen ist bzw. sind", "In diese Wohnung eingezogen ist bzw. sind",
                "Die Wohnung bezogen hat bzw. haben"),
    "child": ("Beurkundet wird: Das Kind", "Folgendes Kind wurde geboren:",
              "Beurkundet wird die Geburt des Kindes"),
    "parents": ("Das Kind stammt ab", "Die Eltern des Kindes sind folgende:",
                "Als Eltern sind eingetragen"),
    "register": ("Das Ereignis ist", "Der Vorgang ist", "Das Ereignis wurde"),
    "spouse1": ("Die Eheleute, nämlich", "Es haben die Verlobten", "Die Verlobten, nämlich"),
    "spouse2": ("und mit ihr bzw. ihm", "sowie die Person", "zusammen mit"),
    "marriage": ("miteinander den Ehebund geschlossen",
                 "vor dem Standesbeamten die Ehe geschlossen",
                 "miteinander die Ehe eingegangen"),
    "deceased": ("Die hier verstorbene Person", "Der/die hier Verstorbene",
                 "Es wird beurkundet, dass die Person"),
    "death": ("", "", ""),
    "holder": ("Ich, der/die künftige Halter/in,", "Ich, der/die Antragsteller/in,",
               "Hiermit beantrage ich als Halter/in,"),
    "address": ("mit der Wohnanschrift", "mit Wohnsitz", "gemeldet mit Hauptwohnung"),
    "vehicle": ("die Zulassung auf mich für", "die Zulassung auf meinen Namen für",
                "die Zulassung von"),
    "sepa": ("Ich ermächtige das Hauptzollamt zum Lastschrifteinzug:",
             "Für den Einzug der Steuer erteile ich ein SEPA-Mandat:",
             "SEPA-Lastschrift: Ich ermächtige den Einzug."),
    "passport": ("Zu meinem Pass und meiner Einreise:", "Zu meinen Reisedokumenten:",
                 "Ich erkläre zu Pass und Einreise:"),
    "stay": ("Zu meinem Anliegen:", "Mein Antrag lautet:", "Beantragt wird Folgendes:"),
    "residence": ("Ich wohne zurzeit", "Meine Wohnung im Inland ist",
                  "Zur Anschrift im Inland erkläre ich:"),
    "document": ("Zu meinem Ausweisdokument erkläre ich:", "Ich erkläre hiermit zur Kopie:",
                 "Zur beigefügten Kopie:"),
    "holder_id": ("Ich, Inhaber/in des Dokuments,", "Ich, die auf dem Dokument genannte Person,",
                  "Ich, die abgebildete Person,"),
}

CLOZE_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Erklärung zur Anmeldung einer Wohnung", "Meldeerklärung in Satzform",
                  "Anmeldung – Erklärung der meldepflichtigen Person"),
    "wohnungsgeberbestaetigung": (
        "Erklärung des Wohnungsgebers zum Einzug", "Einzugserklärung der überlassenden Person",
        "Bestätigung über den Einzug (Lückentext)",
    ),
    "geburtsurkunde": ("Urkunde über die Geburt eines Kindes",
                       "Geburtsurkunde – Ausfertigung in Satzform",
                       "Urkunde – Geburt des Kindes"),
    "eheurkunde": ("Urkunde über die Schließung der Ehe", "Eheurkunde – Ausfertigung in Satzform",
                   "Urkunde – Eheschließung vor dem Standesamt"),
    "sterbeurkunde": ("Urkunde über den Tod einer Person",
                      "Sterbeurkunde – Ausfertigung in Satzform",
                      "Urkunde – Tod der Person"),
    "antrag_zulassung": ("Erklärung und Antrag zur Zulassung", "Zulassungsantrag in Satzform",
                         "Antrag auf Zulassung – Erklärung des Halters"),
    "aufenthaltstitel_antrag": (
        "Erklärung zum Antrag auf einen Aufenthaltstitel", "Aufenthaltsantrag in Satzform",
        "Antrag auf Erteilung – persönliche Erklärung",
    ),
    "identity_document": ("Erklärung zur vorgelegten Ausweiskopie",
                          "Versicherung zur Ablichtung des Ausweises",
                          "Kopie des Identitätsdokuments mit Erklärung"),
}

CLOZE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "hint": ("Bitte die Lücken in Druckschrift ausfüllen und Zutreffendes ankreuzen.",
             "Lücken gut leserlich ausfüllen; nicht Zutreffendes streichen.",
             "Bitte alle Leerstellen vollständig ausfüllen."),
    "place_date": ("» Ort und Datum einsetzen", "hier: Ort, Tag", "Ort, Datum – in Blockschrift"),
    "signature": ("hier unterschreibt die erklärende Person", "eigenhändige Unterschrift hier",
                  "hier unterschreiben"),
    "truth": ("Ich versichere, dass meine Angaben richtig und vollständig sind.",
              "Die Richtigkeit der obigen Angaben versichere ich.",
              "Mir ist bekannt, dass falsche Angaben eine Ordnungswidrigkeit sein können."),
    "certify": ("Die Übereinstimmung mit dem Eintrag im Register wird hiermit beglaubigt.",
                "Dieser Lückentext gibt den Registereintrag vollständig wieder.",
                "Beglaubigt nach dem Eintrag im Personenstandsregister."),
    "registrar": ("die Standesbeamtin bzw. der Standesbeamte (Zeichnung)",
                  "der/die hier zeichnende Standesbeamte",
                  "zeichnende Urkundsperson"),
    "cont": ("Fortsetzung der Erklärung", "– Fortsetzung der Lückenerklärung –",
             "Fortsetzung der Sätze von Blatt 1"),
    "office": ("Vom Amt auszufüllen: Eingang", "Amtliche Vermerke (nicht ausfüllen)",
               "Nur für die Behörde bestimmt"),
    "phone": ("Für Rückfragen erreichbar unter", "Meine Telefonnummer für Rückfragen:",
              "Rückruf erbeten unter"),
    "phone_cap": ("» Telefon (freiwillig) einsetzen", "hier: Rufnummer, freiwillig",
                  "Telefonnummer – freiwillig, in Ziffern"),
    "email_lead": ("sowie per E-Mail unter", "elektronisch erreichbar unter",
                   "oder per Mail an"),
    "email_cap": ("» E-Mail (freiwillig) einsetzen", "hier: Mailadresse", "E-Mail – freiwillig"),
    "title_lead": ("mit dem Doktorgrad", "mit akademischem Grad", "mit Ordens- bzw. Künstlernamen"),
    "title_cap": ("» nur falls vorhanden", "hier: nur wenn eingetragen", "ggf. – sonst frei"),
    "copy": ("Kopie des Dokuments (unten):", "Ablichtung des Dokuments:",
             "Abbildung der Kopie:"),
    "enclosed": ("Die Ablichtung ist unten wiedergegeben.", "Die Kopie befindet sich unten.",
                 "Siehe Kopie unterhalb dieser Erklärung."),
    "owner": ("selbst Eigentümer/in der Wohnung", "die Eigentümerin bzw. der Eigentümer",
              "Eigentümer/in in eigener Person"),
    "agent": ("eine vom Eigentümer dazu beauftragte Person", "beauftragte Person des Eigentümers",
              "Verwalter/in im Auftrag des Eigentümers"),
    "role_lead": ("Dabei bin ich", "Meine Rolle dabei:", "Ich handle als"),
    "page": ("Blatt-Nr. der Erklärung", "Erklärung, Blatt"),
}

# --- vertical: a ruled register form with turned section bands and column headers -------------

GRID_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Name (Familie) lt. Register", "Nachname – derzeit geführt",
                    "Familienname, heute geführt"),
    "given_names": ("Vornamen (alle, Rufname zuerst)", "Vorname/n lt. Reisedokument",
                    "sämtliche Vornamen lt. Register"),
    "birth_name": ("Name zur Zeit der Geburt", "Geburtsname, falls er abweicht",
                   "Name vor der ersten Heirat"),
    "date_of_birth": ("geboren am (Tag)", "Geburtsdatum (TT.MM.JJJJ) lt. Register",
                      "Tag, Monat, Jahr (Geburt)"),
    "place_of_birth": ("geboren in (Gemeinde, Staat)", "Geburtsort und -staat",
                       "Ort der Geburt (ggf. mit Staat)"),
    "sex": ("Geschlecht wie im Register", "Geschlechtsangabe (Eintrag)",
            "Eintrag zum Geschlecht (Reg.)"),
    "nationality": ("Staatsangehörigkeit (heutige)", "Staatsangehörigkeit(en) lt. Reisepass",
                    "Staatsangeh. – Kürzel"),
    "move_in_date": ("bezogen seit (Tag)", "Einzugstag (TT.MM.JJJJ) neue Whg.",
                     "Tag des Bezugs der neuen Wohnung"),
    "street": ("Straße (ohne Hausnr.) neue Whg.", "Straße/Weg/Platz der neuen Wohnung",
               "Lage der Wohnung: Straße"),
    "house_number": ("Hs.-Nr. mit Zusatz", "Hausnummer/Zusatz (neu)", "Nr. des Hauses (neue Whg.)"),
    "postal_code": ("PLZ", "Postleitzahl", "PLZ der Gemeinde"),
    "city": ("Gemeinde/Ort der Wohnung", "Wohnort (Gemeinde) neu", "Ort, Ortsteil (neu)"),
    "street_line": ("Straße, Hausnr. der neuen Whg.", "Lage (Straße und Nummer)",
                    "Straße/Hausnummer der Wohnung"),
    "city_line": ("PLZ und Gemeinde (neu)", "Postleitzahl/Wohnort neu", "PLZ Ort (Gemeinde)"),
    "previous_address": ("vorherige Anschrift (Straße, Nr., PLZ, Ort)",
                         "Wegzugsanschrift, vollständig", "bisher wohnhaft unter Anschrift"),
    "dwelling": ("Wohnungsart (Haupt-/Nebenwhg.)", "Status der Whg. lt. BMG",
                 "Art der Wohnung (Status lt. BMG)"),
    "landlord_name": ("Wohnungsgeber/in (Name, Firma)", "Name des/der Wohnungsgebers/-in",
                      "Vermieter/Eigentümer: Name"),
    "landlord_address": ("Anschrift des/der Wohnungsgebers/-in",
                         "Wohnungsgeber – vollständige Anschrift",
                         "Vermieter/Eigentümer: Anschrift"),
    "tenant": ("eingezogene Person (Vor- u. Familienname)", "Name der eingezogenen Person (voll)",
               "Vor- und Familienname (Bewohner/in)"),
    "mother_name": ("Mutter – Vor- und Familienname (Reg.)", "Elternteil Mutter (Name)",
                    "Name der Mutter lt. Register"),
    "father_name": ("Vater – Vor- und Familienname (Reg.)", "Elternteil Vater (Name)",
                    "Name des Vaters lt. Register"),
    "registry_office": ("Standesamt (führt das Register)", "registerführendes Standesamt in",
                        "Standesamt des Eintrags"),
    "register_number": ("Reg.-Nr. (Buchst. Nr./Jahr) lt. Eintrag", "Registernummer des Eintrags",
                        "Eintrag Nr./Jahrgang"),
    "issue_date": ("Datum der Ausstellung (Urkunde)", "Urkunde ausgestellt am (Tag)",
                   "Ausstellungstag dieser Urkunde"),
    "marriage_date": ("Datum der Eheschließung (Tag)", "Tag der Trauung (TT.MM.JJJJ) lt. Reg.",
                      "Eheschließung am Tag"),
    "marriage_place": ("Ort der Eheschließung (Gemeinde) lt. Reg.", "Gemeinde, in der getraut",
                       "Eheschließung in der Gemeinde"),
    "date_of_death": ("Todestag (TT.MM.JJJJ)", "verstorben am (Tag) lt. Reg.",
                      "Datum des Todes (Tag)"),
    "place_of_death": ("verstorben in (Gemeinde) lt. Reg.", "Sterbeort – Gemeinde lt. Reg.",
                       "Ort des Ablebens (Gemeinde, Reg.)"),
    "make": ("Fabrikat/Marke des Kfz lt. Antrag", "Hersteller des Kfz (Marke)",
             "Marke des Fahrzeugs (Kfz)"),
    "model": ("Typ/Variante/Version des Kfz", "Modellbezeichnung (Handelsname)",
              "Handelsname des Kfz"),
    "vin": ("FIN (Fahrzeug-Ident.-Nr.)", "Fahrzeug-Identifizierungs-Nr. (17 Stellen)",
            "Ident.-Nr. des Fahrzeugs (FIN)"),
    "evb_number": ("eVB-Nummer (vom Versicherer)", "Nr. der Versicherungsbestätigung (eVB)",
                   "eVB (elektronische Bestätigung)"),
    "desired_plate": ("gewünschtes Kennzeichen (sofern reserviert)",
                      "Kennzeichenwunsch lt. Reservierung",
                      "Wunschkennzeichen, soweit reserviert"),
    "account_holder": ("Kontoinhaber/in (Lastschrift)", "Inhaber/in des Lastschriftkontos",
                       "Name des Kontoinhabers/der Kontoinhaberin (SEPA)"),
    "iban": ("IBAN", "IBAN (Lastschriftkonto)", "Konto für den Einzug (IBAN)"),
    "bic": ("BIC", "BIC (Kreditinstitut)", "Kreditinstitut (BIC)"),
    "passport_number": ("Pass-Nr. (Nationalpass) lt. Vorlage", "Nummer des Reisepasses lt. Vorlage",
                        "Reisepass – Nummer (Vorlage)"),
    "passport_expiry_date": ("Pass gültig bis (Tag) lt. Vorlage", "Gültigkeit des Reisepasses bis",
                             "Reisepass – gültig bis (Vorlage)"),
    "entry_date": ("eingereist am (Tag) lt. Angabe", "Einreise in das Bundesgebiet am (Tag)",
                   "Tag der Einreise nach Deutschland lt. Angabe"),
    "purpose": ("Zweck (beantragt) lt. Antrag", "Aufenthaltszweck (beantragt) lt. Antrag",
                "beantragter Aufenthaltszweck (Gesetz)"),
    "doc_kind": ("Dokumentart (Pass/Ausweis)", "Art des Dokuments (vorgelegt)",
                 "vorgelegt wurde (Art)"),
    "doc_code": ("Dok.-Code (MRZ)", "Code des Dokuments", "Typ (Code lt. Zone)"),
    "doc_number": ("Dok.-Nr. lt. Vorlage", "Nummer des vorgelegten Dokuments lt. Zone",
                   "Seriennummer (Dok.)"),
    "issuing_state": ("Ausstellerstaat (Code lt. Zone)", "ausstellender Staat lt. Zone",
                      "Staat der Ausgabe (Kürzel)"),
    "expiry_date": ("gültig bis (Dokument) lt. Vorlage", "Ablauf des Dokuments am",
                    "Dokument gültig bis (Tag)"),
    "zone": ("Lesezone (MRZ) abgeschrieben", "MRZ-Zeilen lt. Kopie", "maschinenlesbare Zeilen"),
}

# short headers of narrow table columns (these may be printed turned by 90 degrees)
GRID_HEADS: Final[dict[str, tuple[str, ...]]] = {
    "sex": ("Geschl.-Eintr. (Reg.)", "Geschl. (Reg.)", "Geschlecht (Reg.)"),
    "nationality": ("Staatsang.-Kürzel", "StA (Staat) lt. Pass", "Staat (Angeh.)"),
    "house_number": ("Nr. am Haus (neu)", "Haus-Nr. (neue Wohnung)", "Hausnr. der neuen Whg."),
    "postal_code": ("PLZ der neuen Whg.", "Postleitzahl neue Whg."),
    "date_of_birth": ("Geb.-Tag (Reg.)", "geboren am (Reg.)", "Geb.-Datum lt. Reg."),
    "count": ("Anzahl Pers.", "Pers.-Zahl (ges.)", "Zahl d. Einziehenden"),
    "row": ("lfd. Zeile (Reg.)", "Zeilen-Nr. (Reg.)", "lfd. Nr. (Reg.)"),
    "family_name": ("Familienname (Reg.)", "Name (Familie) – Reg.", "Nachname lt. Reg."),
    "given_names": ("Vornamen (Reg.)", "Vorname(n) lt. Reg.", "Vornamen – alle (Reg.)"),
    "tenant": ("Vor- und Familienname (eingezogen)", "Name der eingezogenen Pers.",
               "Vorname Name (Bewohner/in)"),
    "doc_code": ("Code (Dok.) lt. Zone", "Dok.-Code (Zone)"),
    "issuing_state": ("Staat (Ausgabe)", "Ausst.-Staat (Kürzel)"),
}

# the names printed turned in the band at the left of each section
GRID_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Personalien (Meldepflichtige/r)", "Die meldepflichtige Person",
               "Zur meldenden Person"),
    "dwelling": ("Bezogene neue Wohnung", "Zuzug (neue Whg.)", "Die neue Wohnanschrift"),
    "previous": ("Wegzug (alte Whg.)", "Alte Wohnanschrift", "Die frühere Wohnung (Wegzug)"),
    "landlord": ("Der/die Wohnungsgeber/-in", "Die überlassende Person",
                 "Vermietende Seite (Geber)"),
    "flat": ("Überlassene Whg.", "Das Wohnobjekt", "Lage des Objekts"),
    "tenants": ("Die eingezogenen Personen (Bogen)", "Die einziehenden Personen", "Neue Bewohner"),
    "child": ("Das geborene Kind", "Zum neugeborenen Kind", "Kind (Reg.)"),
    "parents": ("Die Eltern des Kindes (Reg.)", "Zu Mutter und Vater (Reg.)", "Eltern (Reg.)"),
    "register": ("Registerangaben (Eintrag)", "Zum Eintrag im Register (Reg.)", "Eintrag (Reg.)"),
    "spouses": ("Die Ehegatten", "Zu beiden Ehegatten", "Ehegatten (Reg.)"),
    "marriage": ("Die geschlossene Ehe (Reg.)", "Zur geschlossenen Ehe (Reg.)",
                 "Eheschließung (Reg.)"),
    "deceased": ("Die verstorbene Person (Reg.)", "Zur verstorbenen Person (Reg.)",
                 "Verstorbene (Reg.)"),
    "death": ("Der Sterbefall (Reg.)", "Zum Sterbefall (Reg.)", "Sterbefall (Reg.)"),
    "holder": ("Künftige/r Halter/in (Kfz)", "Zum Halter/zur Halterin", "Halterdaten (Kfz)"),
    "vehicle": ("Das zuzulassende Fahrzeug", "Zum zuzulassenden Fahrzeug (Kfz)", "Kfz-Daten"),
    "sepa": ("Mandat Kfz-Steuer", "SEPA-Lastschrift (Steuer)", "Einzug der Steuer"),
    "passport": ("Pass und Einreise (Angaben) Bogen", "Zu Pass/Einreise (Angaben)",
                 "Reisedokument (Angaben)"),
    "stay": ("Beantragter Aufenthalt (Zweck lt. Antrag)", "Zum Aufenthaltszweck", "Anliegen"),
    "residence": ("Wohnung (Inland) derzeit", "Wohnsitz im Inland", "Inlandsanschrift derzeit"),
    "document": ("Das Dokument", "Zum Dokument (Vorlage)", "Dokument (Vorlage)"),
    "holder_id": ("Inhaber/-in (Dokument)", "Zur Person lt. Dokument (Vorlage)", "Inhaberdaten"),
    "sign": ("Zeichnung", "Zeichnung mit Ort und Tag", "Unterzeichnung (Bogen)"),
    "office": ("Behördenvermerk", "Für das Amt", "Amtsvermerk"),
}

GRID_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Meldebogen Anmeldung (Einzug)", "Anmeldeblatt Wohnung", "Meldebogen – Zuzug"),
    "wohnungsgeberbestaetigung": (
        "Wohnungsgeberbogen (§ 19 BMG)", "Bogen: Bestätigung des Wohnungsgebers",
        "Einzugsbogen des Wohnungsgebers",
    ),
    "geburtsurkunde": ("Auszug Geburtenbuch", "Geburtsurkunde – Auszug aus dem Register",
                       "Registerauszug zur Geburt"),
    "eheurkunde": ("Auszug Heiratsbuch", "Eheurkunde – Auszug aus dem Register",
                   "Registerauszug zur Ehe"),
    "sterbeurkunde": ("Auszug Sterbebuch", "Sterbeurkunde – Auszug aus dem Register",
                      "Registerauszug zum Sterbefall"),
    "antrag_zulassung": ("Antragsbogen Fahrzeugzulassung", "Zulassungsbogen Kfz",
                         "Bogen: Zulassung eines Fahrzeugs"),
    "aufenthaltstitel_antrag": ("Antragsbogen Aufenthaltstitel", "Bogen: Aufenthaltserlaubnis",
                                "Aufenthaltsbogen (Antrag)"),
    "identity_document": ("Ablichtung Ausweisdokument", "Kopie Pass/Ausweis (Akte)",
                          "Aktenkopie Identitätsdokument"),
}

GRID_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "form": ("Vordruck Nr. (Bogen)", "Formblatt-Nr. (Bogen)", "Vordr.-Kennung"),
    "edition": ("Ausgabe (Monat/Jahr)", "Stand des Bogens", "Fassung des Bogens"),
    "filing": ("Ablage zu Az.", "zur Akte, Az.", "Aktenzeichen der Ablage"),
    "copied": ("Kopie zur Akte gefertigt am", "abgelichtet zur Akte am", "Ablichtung vom"),
    "initials": ("Hz. Bearb.", "Zeichen Bearb.", "Bearb.-Zeichen"),
    "extract": ("Auszug aus dem Personenstandsregister", "Registerauszug (beglaubigt) – Ausgabe",
                "Beglaubigter Registerauszug des Standesamts"),
    "certify": ("Die Richtigkeit des Auszugs wird bestätigt.",
                "Der Auszug entspricht dem Registereintrag.",
                "Übereinstimmung mit dem Register bestätigt."),
    "place_date": ("Ort, Tag der Zeichnung", "Ort/Tag (Zeichnung) Bogen",
                   "Ort und Tag der Zeichnung"),
    "signature": ("Unterschrift Antragsteller/-in (Bogen)", "Unterschrift (erklärende Person)",
                  "eigenhändige Zeichnung"),
    "registrar": ("Standesbeamter/-beamtin (Zeichnung)", "Urkundsbeamter/-beamtin",
                  "für die Registerführung"),
    "office": ("Eingangsvermerk der Behörde", "Bearbeitungsvermerk (Amt)", "Vermerk der Behörde"),
    "page": ("Bogenblatt", "Bl.-Nr. (Bogen)"),
    "cont": ("Fortsetzungsblatt zum Bogen", "Fortsetzung Bogen", "Folgeblatt zum Bogen"),
    "hint": ("Zutreffendes ankreuzen bzw. eintragen.", "Bitte in Druckbuchstaben ausfüllen.",
             "Felder vollständig ausfüllen."),
    "role": ("Rolle des Wohnungsgebers (Bogen)", "der Wohnungsgeber handelt als",
             "Eigenschaft (Geber)"),
    "owner": ("Eigentümer/-in in Person", "selbst Eigentümer (Geber)"),
    "agent": ("Beauftragte/r des Eigentümers (Geber)", "vom Eigentümer beauftragt (Geber)"),
}

# --- values ---------------------------------------------------------------------------------

SEX_WORDS19: Final = {"F": "weiblich", "M": "männlich", "D": "divers", "X": "ohne Angabe"}
SEX_LETTERS19: Final = {"F": "W", "M": "M", "D": "D", "X": "X"}
SEX_ORDER: Final = ("F", "M", "D", "X")
# purposes: (cloze wording, register wording)
PURPOSE19: Final[dict[str, tuple[str, str]]] = {
    "study": ("eines Studiums an einer Hochschule", "Studium (Hochschule, § 16b)"),
    "employment": ("einer Beschäftigung als Arbeitnehmer/in", "Erwerbstätigkeit (§§ 18 ff.)"),
    "family": ("des Zusammenlebens mit der Familie", "Familiennachzug (§§ 27 ff.)"),
    "humanitarian": ("humanitärer bzw. politischer Gründe", "humanitäre Gründe (§§ 22 ff.)"),
    "other": ("eines anderen, unten genannten Zwecks", "anderer Zweck (sonstige)"),
}
PURPOSE_ORDER: Final = ("study", "employment", "family", "humanitarian", "other")
# dwellings: (cloze wording, register wording)
DWELLING19: Final[dict[str, tuple[str, str]]] = {
    "main": ("vorwiegend benutzte Wohnung", "Hauptwhg. (vorwiegend benutzt)"),
    "secondary": ("weitere, nicht vorwiegend benutzte Wohnung", "Nebenwhg. (weitere Whg.)"),
}
# document kinds: (cloze wording, register wording)
ID_KINDS19: Final = {"P": ("meines Reisepasses (Datenseite)", "Reisepass/Datenseite"),
                     "I": ("meines Personalausweises (beide Seiten)", "Ausweiskarte/Kartenform")}

BASE_VALUE_WORDS: Final = frozenset({
    "weiblich", "männlich", "divers", "ohne Angabe", "W", "M", "D", "X",
})

# --- dates ------------------------------------------------------------------------------------

CLOZE_DATE_STYLES: Final = ("long", "numeric", "spaced", "long", "numeric", "long_zero")
GRID_DATE_STYLES: Final = ("numeric", "iso", "long_upper", "numeric", "spaced")
EXTRA19_DATE_STYLES: Final = ("numeric", "long", "long_zero", "spaced", "iso", "long_upper")


def format_extra19_date(d: date, style: str) -> str:
    if style == "long":  # "4. März 1987"
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "long_zero":  # "04. März 1987"
        return f"{d.day:02d}. {MONTHS[d.month - 1]} {d.year}"
    if style == "long_upper":  # "4. MÄRZ 1987"
        return f"{d.day}. {MONTHS[d.month - 1].upper()} {d.year}"
    if style == "spaced":  # "04. 03. 1987"
        return f"{d.day:02d}. {d.month:02d}. {d.year}"
    if style == "iso":
        return d.isoformat()
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra19_date(d, s) for s in EXTRA19_DATE_STYLES}


CLOZE_SEX_MODES: Final = ("tick", "paren", "strike", "tick")
GRID_SEX_MODES: Final = ("letter", "word", "letter")


def sex_printings(code: str) -> set[str]:
    return {SEX_WORDS19[code], SEX_LETTERS19[code]}


CLOZE_NATIONALITY_MODES: Final = ("country", "adjective", "country")
GRID_NATIONALITY_MODES: Final = ("code", "adjective", "code", "country")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "code":
        return code
    return country if mode == "country" else adjective


def nationality_printings(code: str) -> set[str]:
    return {*pools.NATIONALITIES[code], code}


# --- the wording object -----------------------------------------------------------------------


class Extra19Wording(Wording):
    """Leads and captions (cloze) or labels, column heads and section names (vertical),
    titles and furniture from the twenty-third pool, chosen once per document."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.cloze = layout == "cloze"
        self._other: dict[str, str] = {}

    def _once(self, prefix: str, key: str, options: tuple[str, ...]) -> str:
        k = prefix + key
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        """The field's lead (cloze) or its horizontal label (vertical)."""
        if key not in self._chosen:
            options = (CLOZE_LEADS if self.cloze else GRID_LABELS)[key]
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def caption(self, key: str) -> str:
        return self._once("c:", key, CLOZE_CAPTIONS[key])

    def head(self, key: str) -> str:
        return self._once("h:", key, GRID_HEADS[key])

    def section(self, key: str) -> str:
        return self._once("s:", key, (CLOZE_OPENERS if self.cloze else GRID_SECTIONS)[key])

    def word(self, key: str) -> str:
        return self._once("w:", key, (CLOZE_WORDS if self.cloze else GRID_WORDS)[key])

    def title(self, doc_type: str) -> str:
        options = (CLOZE_TITLES if self.cloze else GRID_TITLES)[doc_type]
        return options[self._rng.randrange(len(options))]


Day = date


@dataclass(slots=True)
class Extra19Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: Day) -> str:
        return format_extra19_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German wording that labels a value (leads, captions, labels, column heads)."""
    return [s for pool in (CLOZE_LEADS, CLOZE_CAPTIONS, GRID_LABELS, GRID_HEADS)
            for options in pool.values() for s in options]


def all_label_strings() -> list[str]:
    """Every label, heading, caption, title and furniture word of this pool."""
    pools_ = (CLOZE_LEADS, CLOZE_CAPTIONS, CLOZE_OPENERS, CLOZE_TITLES, CLOZE_WORDS,
              GRID_LABELS, GRID_HEADS, GRID_SECTIONS, GRID_TITLES, GRID_WORDS)
    return [s for pool in pools_ for options in pool.values() for s in options if s]


def value_strings() -> list[str]:
    """This pool's own wordings of values (for tests)."""
    out = [s for options in PURPOSE19.values() for s in options]
    out += [s for options in DWELLING19.values() for s in options]
    out += [s for pair in ID_KINDS19.values() for s in pair]
    return [s for s in dict.fromkeys(out) if s not in BASE_VALUE_WORDS]
