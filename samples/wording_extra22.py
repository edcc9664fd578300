"""The twenty-sixth wording pool and the printing habits of the twenty-second extra pair.

``OUTLINE_LABELS`` (item texts of a deeply numbered outline form), ``OUTLINE_NOTES`` (small-print
notes between items), ``OUTLINE_SECTIONS`` (headings of the outline's first and second level),
``OUTLINE_TITLES`` and ``OUTLINE_WORDS`` (instructions, declarations and furniture) belong to the
``outline`` layout; ``XML_NAMES`` and ``JSON_NAMES`` (element names and keys of a structured data
record), ``MARKUP_GROUPS`` (the names of nesting elements), ``MARKUP_ROOTS`` and
``MARKUP_WORDS`` (viewer and print furniture) to the ``markup`` layout. Both are used only by the
layouts in ``EXTRA22_LAYOUTS`` of ``samples.generate``. They are a blind measurement: whoever
tunes extraction must not read this module nor ``samples.render_extra22``, nor tune on those
layouts' failures. None of the strings repeats a string of the twenty-five other pools, nor any
string literal of the older modules of ``samples``, not even up to case, punctuation or spacing
(a test checks this), except where German has only one usual word (``SHARED_WORDS``).

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

SHARED_WORDS: Final = frozenset({"IBAN", "BIC", "Postleitzahl"})

# --- outline: a deeply numbered form -----------------------------------------------------------

OUTLINE_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": (
        "Familienname, wie er gegenwärtig geführt wird",
        "Familienname laut jüngstem Personenstandseintrag",
        "jetziger Familienname (ohne Namenszusätze)",
    ),
    "given_names": (
        "sämtliche Vornamen in der eingetragenen Reihenfolge",
        "Vornamen vollständig, Schreibweise wie im Ausweis",
        "alle geführten Vornamen (ungekürzt)",
    ),
    "birth_name": (
        "Familienname, der bei der Geburt erworben wurde",
        "Geburtsname, soweit er vom jetzigen Namen abweicht",
    ),
    "date_of_birth": (
        "Geburtsdatum mit Tag, Monat und vierstelligem Jahr",
        "Datum der Geburt, wie beurkundet",
        "Geburtsdatum nach dem Geburtseintrag",
    ),
    "place_of_birth": (
        "Ort der Geburt mit Kreis bzw. Staat",
        "Geburtsort nach dem Geburtseintrag",
        "Gemeinde oder Ort, in dem die Geburt stattfand",
    ),
    "sex": (
        "Geschlechtseintrag im Register",
        "Geschlecht nach dem Geburtenregister",
    ),
    "nationality": (
        "gegenwärtig besessene Staatsangehörigkeit(en)",
        "Staatsangehörigkeit nach Pass oder Ausweis",
    ),
    "move_in_date": (
        "Datum, an dem die Wohnung bezogen wurde",
        "Tag, an dem die neue Wohnung bezogen wurde",
        "bezogen seit (Tag des Einzugs)",
    ),
    "street": (
        "Straßenname der Wohnanschrift (ohne Nummer)",
        "Straße der Anschrift, ausgeschrieben",
    ),
    "house_number": (
        "Hausnummer einschließlich Buchstabe",
        "Haus-Nr. samt etwaigem Zusatz",
    ),
    "postal_code": (
        "Postleitzahl",
        "fünfstellige Postleitzahl des Wohnorts",
    ),
    "city": (
        "Gemeinde der Wohnung, ggf. mit Ortsteil",
        "Wohnort, bezeichnet nach der politischen Gemeinde",
    ),
    "street_line": (
        "Straße und Hausnummer der Wohnung, in einer Zeile",
        "Wohnanschrift: Straßenname und Hausnummer",
    ),
    "city_line": (
        "Postleitzahl und Gemeinde der Wohnung, in einer Zeile",
        "Wohnanschrift: Postleitzahl und Wohnort",
    ),
    "address_line": (
        "vollständige Wohnanschrift (Straße, Nr., PLZ, Gemeinde)",
        "Anschrift der Wohnung, zusammenhängend angegeben",
    ),
    "previous_address": (
        "Anschrift der unmittelbar zuvor bewohnten Wohnung",
        "vorherige Wohnanschrift (Straße, Nr., PLZ, Ort bzw. Staat)",
        "von dort zugezogen (letzte Anschrift)",
    ),
    "dwelling": (
        "Die neue Wohnung wird von der Person genutzt als",
        "Nutzungsart der neuen Wohnung im Sinne des Melderechts",
    ),
    "landlord_name": (
        "Name bzw. Firma des Wohnungsgebers oder der Wohnungsgeberin",
        "Wohnungsgeberseite (Vor- und Familienname oder Firma)",
    ),
    "landlord_address": (
        "Anschrift der Wohnungsgeberseite, eine Zeile",
        "Postanschrift des Wohnungsgebers bzw. der Wohnungsgeberin",
    ),
    "role": (
        "Die Wohnungsgeberseite ist zugleich",
        "Rechtsstellung gegenüber der Wohnung",
    ),
    "tenant": (
        "eingezogene Person – Vorname(n) und Familienname",
        "Vor- und Familienname der bezogenen Person",
    ),
    "mother_name": (
        "Mutter des Kindes mit Vornamen und Familiennamen",
        "Name der Mutter, wie beurkundet",
    ),
    "father_name": (
        "Vater des Kindes mit Vornamen und Familiennamen",
        "Name des Vaters, wie beurkundet",
    ),
    "registry_office": (
        "Standesamt, das die Beurkundung vorgenommen hat",
        "registerführende Stelle (Standesamt und Gemeinde)",
    ),
    "register_number": (
        "Eintragsnummer im Personenstandsregister mit Jahrgang",
        "Registernummer (Buchstabe, Nummer/Jahrgang)",
    ),
    "issue_date": (
        "Datum, an dem diese Urkunde ausgestellt wurde",
        "die vorliegende Urkunde trägt das Ausstellungsdatum",
    ),
    "marriage_date": (
        "Datum, an dem die Ehe geschlossen wurde",
        "Tag der Trauung vor dem Standesamt",
    ),
    "marriage_place": (
        "Gemeinde, in welcher die Ehe vor dem Standesamt geschlossen wurde",
        "Trauort, bezeichnet nach der Gemeinde",
    ),
    "date_of_death": (
        "Datum des Todes nach der Sterbefallanzeige",
        "Todestag, wie beurkundet",
    ),
    "place_of_death": (
        "Gemeinde, in der der Tod eingetreten ist",
        "Sterbeort, bezeichnet nach der Gemeinde",
    ),
    "make": (
        "Hersteller bzw. Marke des Fahrzeugs",
        "Fabrikmarke laut Zulassungsbescheinigung",
    ),
    "model": (
        "Typ und Handelsname des Fahrzeugs",
        "Handelsbezeichnung laut Zulassungsbescheinigung",
    ),
    "vin": (
        "Fahrzeug-Identifizierungsnummer, alle 17 Stellen",
        "FIN nach der Zulassungsbescheinigung Teil II",
    ),
    "evb_number": (
        "Kennnummer der elektronischen Versicherungsbestätigung (sieben Zeichen)",
        "eVB-Nummer, vom Versicherer mitgeteilt",
    ),
    "desired_plate": (
        "gewünschtes und bereits reserviertes Kennzeichen",
        "Wunschkennzeichen, sofern eine Reservierung besteht",
    ),
    "account_holder": (
        "Name der Kontoinhaberin bzw. des Kontoinhabers",
        "Kontoinhaberseite (Vor- und Familienname)",
    ),
    "iban": (
        "IBAN",
        "Internationale Kontonummer des Zahlungskontos (IBAN)",
    ),
    "bic": (
        "BIC",
        "Geschäftskennung des Kreditinstituts (BIC)",
    ),
    "passport_number": (
        "Nummer des gültigen Nationalpasses oder Passersatzpapiers",
        "Seriennummer des vorgelegten Passes",
    ),
    "passport_expiry_date": (
        "der Pass ist gültig bis einschließlich",
        "Ende der Gültigkeitsdauer des Passes",
    ),
    "entry_date": (
        "Datum der letzten Einreise in das Bundesgebiet",
        "in die Bundesrepublik eingereist am",
    ),
    "purpose": (
        "angestrebter Zweck des Aufenthalts",
        "der Aufenthalt soll folgendem Zweck dienen",
    ),
    "doc_kind": (
        "Dokumentenart des vorgelegten Originals",
        "vorgelegt wurde folgendes Dokument",
    ),
    "doc_code": (
        "Dokumentenkennung (Typ laut Datenseite)",
        "Typkennung des Dokuments",
    ),
    "doc_number": (
        "Seriennummer des vorgelegten Dokuments",
        "Nummer des Ausweisdokuments, wie aufgedruckt",
    ),
    "issuing_state": (
        "ausstellender Staat (Code laut Datenseite)",
        "Staat, der das Dokument ausgestellt hat",
    ),
    "expiry_date": (
        "das Dokument gilt bis einschließlich",
        "Ablauf der Gültigkeit des Dokuments",
    ),
    # values that are no field of the catalog
    "degree": (
        "Doktorgrad oder sonstiger akademischer Namensbestandteil",
        "akademischer Grad, soweit eintragungsfähig",
    ),
    "alias": (
        "Ordens- oder Künstlername, falls geführt",
        "Künstler- bzw. Ordensname (freiwillig)",
    ),
    "marital": (
        "Familienstand der Person am Tag des Bezugs",
        "Familienstand laut Melderegister vor dem Bezug",
    ),
    "religion": (
        "Zugehörigkeit zu einer öffentlich-rechtlichen Religionsgesellschaft",
        "Religionsgesellschaft (nur öffentlich-rechtliche)",
    ),
    "phone": (
        "tagsüber telefonisch erreichbar unter (freiwillig)",
        "Rufnummer für Rückfragen, freiwillige Angabe",
    ),
    "email": (
        "elektronisch erreichbar unter (freiwillig)",
        "E-Mail-Anschrift für Rückfragen, freiwillige Angabe",
    ),
    "birth_time": (
        "Uhrzeit der Geburt (Stunde und Minute)",
        "Geburtszeit, wie angezeigt",
    ),
    "last_residence": (
        "zuletzt innegehabte Wohnanschrift der verstorbenen Person",
        "letzter Wohnsitz (Anschrift) der verstorbenen Person",
    ),
    "floor": (
        "Lage der Wohnung im Gebäude (Geschoss, Seite)",
        "Geschoss und Lage der Wohnung",
    ),
    "parent_dob": (
        "Geburtsdatum dieses Elternteils",
        "dieser Elternteil ist geboren am",
    ),
    "spouse_place": (
        "Geburtsort dieser Person",
        "geboren in der Gemeinde bzw. dem Staat",
    ),
    "further": (
        "weitere einziehende Person, Vor- und Familienname",
        "zusätzlich bezogene Person (Name)",
    ),
}

# small-print notes that stand between two items
OUTLINE_NOTES: Final[dict[str, tuple[str, ...]]] = {
    "family_name": (
        "Namenszusätze wie Adelsbezeichnungen gehören zum Familiennamen und sind mitzuschreiben.",
        "Bei Doppelnamen ist die Schreibweise mit oder ohne Bindestrich genau zu übernehmen.",
    ),
    "given_names": (
        "Der Rufname braucht nicht besonders gekennzeichnet zu werden; Abkürzungen sind "
        "unzulässig.",
        "Vornamen werden in der Reihenfolge übernommen, in der sie beurkundet sind.",
    ),
    "birth_name": (
        "Nur auszufüllen, wenn sich der Name seit der Geburt geändert hat, etwa durch "
        "Eheschließung.",
    ),
    "date_of_birth": (
        "Ist der Tag nicht bekannt, sind nur Monat und Jahr anzugeben.",
    ),
    "place_of_birth": (
        "Bei einer Geburt im Ausland ist zusätzlich der Staat zu nennen.",
    ),
    "nationality": (
        "Alle Staatsangehörigkeiten sind anzugeben, auch wenn eine davon die deutsche ist.",
        "Staatenlose Personen und Personen mit ungeklärter Staatsangehörigkeit vermerken dies "
        "hier.",
    ),
    "move_in_date": (
        "Die Meldepflicht beginnt mit dem Tag, an dem die Wohnung tatsächlich bezogen wurde.",
    ),
    "previous_address": (
        "Bei einem Zuzug aus dem Ausland genügt die Angabe des Ortes und des Staates.",
    ),
    "dwelling": (
        "Als hauptsächlich benutzt gilt die Wohnung, in der sich die Person überwiegend "
        "aufhält.",
    ),
    "landlord_name": (
        "Als Wohnungsgeberseite zählt auch, wer im Auftrag der Eigentümerseite eine Wohnung "
        "überlässt.",
    ),
    "tenant": (
        "Für jede einziehende Person ist eine eigene Ziffer zu verwenden.",
    ),
    "register_number": (
        "Die Nummer setzt sich aus dem Kennbuchstaben des Registers, der laufenden Nummer und "
        "dem Jahrgang zusammen.",
    ),
    "vin": (
        "Die Nummer steht in Feld E der Zulassungsbescheinigung Teil I.",
    ),
    "evb_number": (
        "Die siebenstellige Nummer wird von der Kfz-Haftpflichtversicherung vergeben.",
    ),
    "iban": (
        "Die Kfz-Steuer wird von diesem Konto im Lastschriftverfahren eingezogen.",
    ),
    "passport_number": (
        "Bitte auch die Nummer eines etwaigen Passersatzpapiers in der Anlage beifügen.",
    ),
    "purpose": (
        "Der Zweck bestimmt, welche Nachweise später zusätzlich vorzulegen sind.",
    ),
    "doc_number": (
        "Die Nummer steht auf der Datenseite oben rechts bzw. auf der Vorderseite der Karte.",
    ),
}

# headings: first level (sections) and second level (groups)
OUTLINE_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "hints": ("Allgemeine Hinweise zum Ausfüllen der Ziffern", "Vorbemerkungen zu diesem Vordruck"),
    "person": ("Personalien der sich anmeldenden Person", "Zur Person, die sich anmeldet"),
    "applicant": ("Personalien der antragstellenden Person",
                  "Zur Person, die den Titel beantragt"),
    "name": ("Namensführung", "Angaben zum Namen"),
    "birth": ("Geburtsangaben", "Geburt der Person"),
    "status": ("Geschlecht und Staatsangehörigkeit", "Weitere Personalien"),
    "new_flat": ("Zur neu bezogenen Wohnung im Gemeindegebiet",
                 "Beschreibung der neu bezogenen Wohnung"),
    "previous": ("Zur zuvor bewohnten Wohnung", "Herkunft des Zuzugs"),
    "contact": ("Angaben für Rückfragen (freiwillig)", "Erreichbarkeit der Person"),
    "landlord": ("Angaben zur Wohnungsgeberseite", "Die Wohnungsgeberin bzw. der Wohnungsgeber"),
    "flat": ("Zur überlassenen Wohnung und ihrer Lage", "Beschreibung der überlassenen Wohnung"),
    "tenants": ("Verzeichnis der eingezogenen Personen", "Personen, die die Wohnung bezogen haben"),
    "child": ("Zum beurkundeten Kind", "Personalien des beurkundeten Kindes"),
    "parents": ("Zu den beurkundeten Eltern", "Abstammung – Eltern"),
    "mother": ("Zur Mutter des Kindes", "Elternteil – Mutter des Kindes"),
    "father": ("Zum Vater des Kindes", "Elternteil – Vater des Kindes"),
    "register": ("Beurkundungsvermerke", "Zum zugrunde liegenden Registereintrag"),
    "spouse1": ("Angaben zur ersten Ehegattin bzw. zum ersten Ehegatten", "Ehegattenseite zu 1"),
    "spouse2": ("Angaben zur zweiten Ehegattin bzw. zum zweiten Ehegatten", "Ehegattenseite zu 2"),
    "marriage": ("Zur Eheschließung vor der Urkundsperson", "Trauung – Zeit und Ort"),
    "deceased": ("Zur verstorbenen Person laut Sterbeeintrag",
                 "Personalien der verstorbenen Person, wie beurkundet"),
    "death": ("Zum beurkundeten Sterbefall", "Tod der Person – Zeit und Ort"),
    "holder": ("Angaben zur Halterin bzw. zum Halter", "Künftige Halterseite"),
    "holder_name": ("Name und Geburtsdatum", "Personalien der Halterseite"),
    "holder_address": ("Anschrift der Halterseite", "Wohnsitz bzw. Sitz"),
    "vehicle": ("Zum Fahrzeug, das zugelassen werden soll", "Fahrzeugdaten nach den Papieren"),
    "sepa": ("Angaben zum SEPA-Lastschriftmandat", "Einzug der Kraftfahrzeugsteuer"),
    "passport": ("Zum vorgelegten Pass", "Pass oder Passersatz"),
    "stay": ("Zum beabsichtigten Aufenthalt", "Einreise und Aufenthaltszweck"),
    "residence": ("Wohnanschrift im Inland (derzeit)", "Gegenwärtige Wohnung im Bundesgebiet"),
    "document": ("Zum vorgelegten Identitätsdokument", "Merkmale des vorgelegten Dokuments"),
    "copy": ("Ablichtung des im Original vorgelegten Dokuments",
             "Kopie der Datenseite bzw. der Karte"),
    "declaration": ("Versicherung der Richtigkeit aller Ziffern", "Erklärung und Unterzeichnung"),
    "certification": ("Beglaubigungsvermerk des Standesamts", "Bestätigung des Standesamts"),
}

OUTLINE_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": (
        "Anmeldung einer Wohnung – gegliederter Meldevordruck",
        "Meldung über den Bezug einer Wohnung (Anmeldung)",
    ),
    "wohnungsgeberbestaetigung": (
        "Bestätigung der Wohnungsgeberseite nach dem Bundesmeldegesetz",
        "Einzugsbestätigung der Wohnungsgeberseite",
    ),
    "geburtsurkunde": (
        "Geburtsurkunde – Ausdruck nach Gliederungspunkten",
        "Urkunde über die Geburt (gegliederte Fassung)",
    ),
    "eheurkunde": (
        "Eheurkunde – Ausdruck nach Gliederungspunkten",
        "Urkunde über die Eheschließung (gegliederte Fassung)",
    ),
    "sterbeurkunde": (
        "Sterbeurkunde – Ausdruck nach Gliederungspunkten",
        "Urkunde über den Sterbefall (gegliederte Fassung)",
    ),
    "antrag_zulassung": (
        "Antrag auf Zulassung eines Kraftfahrzeugs mit Lastschriftmandat",
        "Zulassungsantrag für ein Fahrzeug (gegliederter Vordruck)",
    ),
    "aufenthaltstitel_antrag": (
        "Antrag auf Erteilung einer Aufenthaltserlaubnis – gegliederte Fassung",
        "Erteilung eines Aufenthaltstitels – gegliederter Antrag",
    ),
    "identity_document": (
        "Anlage zum Antrag: Ablichtung des Identitätsdokuments",
        "Beiblatt Identitätsnachweis mit Kopie",
    ),
}

OUTLINE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "instruction": (
        "Die Gliederungspunkte sind vollständig zu beantworten; nicht zutreffende Punkte sind "
        "mit einem Strich oder dem Vermerk ‚entfällt‘ zu versehen.",
        "Bitte jede Ziffer beantworten. Kleingedruckte Hinweise erläutern die jeweils "
        "vorangehende Ziffer.",
    ),
    "strike": (
        "Nicht Zutreffendes ist durchgestrichen.",
        "Von mehreren Möglichkeiten gilt die nicht gestrichene.",
    ),
    "form_no": ("Kennziffer des gegliederten Vordrucks", "Formularschlüssel"),
    "edition": ("Fassung des Vordrucks", "Stand der Druckvorlage"),
    "file_ref": ("Zeichen des Vorgangs", "Geschäftszeichen der Dienststelle"),
    "page": ("Blatt {} von {}", "Gliederungsblatt {} / {}", "Gliederungsbogen {}, insgesamt {}"),
    "printed": ("Ausdruck der Gliederung vom", "auf Papier gebracht am"),
    "continued": ("Fortsetzung der Gliederung", "Fortgang der Ziffern von Blatt 1"),
    "declare": (
        "Ich versichere, dass die vorstehenden Angaben vollständig sind und der Wahrheit "
        "entsprechen.",
        "Die Richtigkeit und Vollständigkeit der Angaben unter den vorstehenden Ziffern wird "
        "versichert.",
    ),
    "declare_landlord": (
        "Die Wohnungsgeberseite bestätigt den Einzug der unter der vorstehenden Ziffer "
        "genannten Personen.",
        "Hiermit wird der Bezug der Wohnung durch die oben verzeichneten Personen bestätigt.",
    ),
    "place_date": ("Ort sowie Tag, an dem unterzeichnet wurde",
                   "Gemeinde und Datum der Unterzeichnung"),
    "sign": ("eigenhändig unterzeichnet durch die erklärende Person",
             "Unterschrift der Person, welche die Erklärung abgibt"),
    "certify": (
        "Die Übereinstimmung der vorstehenden Angaben mit dem Registereintrag wird bestätigt.",
        "Der Inhalt entspricht dem Eintrag im Personenstandsregister.",
    ),
    "official": ("für das Standesamt – die Urkundsperson", "im Auftrag der Standesamtsleitung"),
    "seal": ("Amtssiegel der Urkundsstelle", "Prägesiegel des Standesamtes"),
    "copy_note": (
        "Die nachfolgende Ablichtung wurde vom Original angefertigt.",
        "Kopie des vorgelegten Originals, Vorder- und Rückseite bzw. Datenseite.",
    ),
    "office": (
        "Behördenvermerk: Angaben geprüft, Original eingesehen",
        "nur für die Dienststelle: Eingang erfasst",
    ),
    "issuer": ("Der Oberbürgermeister – Dezernat für Bürgerangelegenheiten",
               "Die Bürgermeisterin – Ordnungsverwaltung", "Stadtverwaltung, Zentrale Dienste"),
    "unit_resident": ("Fachbereich Bürgerdienste und Meldewesen", "Bürgeramt, Team Melderecht"),
    "unit_registry": ("Amt für Personenstandswesen", "Standesamtliche Urkundenstelle"),
    "unit_traffic": ("Abteilung Verkehr und Zulassung", "Kfz-Zulassungsbehörde, Sachgebiet Halter"),
    "unit_aliens": ("Sachgebiet Zuwanderung", "Team Aufenthaltsrecht und Einbürgerung"),
}

OUTLINE_EMPTY: Final = ("entfällt", "—", "./.", "")

# --- markup: a structured data record as printed -------------------------------------------------

# element names of the XML record ("noun.qualifier")
XML_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("familienname.derzeit", "nachname.erfasst"),
    "given_names": ("vornamen.derzeit", "vornamenfolge.erfasst"),
    "birth_name": ("geburtsname.erfasst", "familienname.beiGeburtErfasst"),
    "date_of_birth": ("geburtsdatum.wert", "tagDerGeburt.iso"),
    "place_of_birth": ("geburtsort.freitext", "geburtsgemeinde.erfasst"),
    "sex": ("geschlecht.schluessel", "geschlechtseintrag.kennung"),
    "nationality": ("staatsangehoerigkeit.schluessel", "staatsangehoerigkeiten.erfasst"),
    "move_in_date": ("einzugsdatum.wert", "bezug.tagDesEinzugs"),
    "street": ("strasse.bezeichnungErfasst", "strassenbezeichnung.erfasst"),
    "house_number": ("hausnummer.inklBuchstabe", "hausnummer.erfasst"),
    "postal_code": ("postleitzahl.wert", "plz.zustellbezirk"),
    "city": ("gemeinde.bezeichnungErfasst", "wohnort.gemeindename"),
    "street_line": ("anschriftszeile.strasse", "zeile.strasseMitHausnummer"),
    "city_line": ("anschriftszeile.gemeinde", "zeile.postleitzahlMitOrt"),
    "address_line": ("anschrift.freitext", "anschriftszeile.gesamt"),
    "previous_address": ("vorherigeAnschrift.freitext", "zuzugVon.anschriftFreitext"),
    "dwelling": ("wohnungsart.schluessel", "wohnungsnutzung.kennung"),
    "landlord_name": ("wohnungsgeber.bezeichnungErfasst", "ueberlasser.name"),
    "landlord_address": ("wohnungsgeber.postanschriftZeile", "ueberlasser.anschrift"),
    "role": ("wohnungsgeber.eigentumsstatus", "ueberlasser.rolle"),
    "tenant": ("bewohner.vollerName", "einziehende.namensangabe"),
    "mother_name": ("mutter.namensangabe", "elternteilMutter.vollerName"),
    "father_name": ("vater.namensangabe", "elternteilVater.vollerName"),
    "registry_office": ("standesamt.klartext", "registerbehoerde.name"),
    "register_number": ("registernummer.wert", "eintragsnummer.registerJahrgang"),
    "issue_date": ("ausstellungsdatum.wert", "urkunde.ausgestelltAmWert"),
    "marriage_date": ("eheschliessungsdatum.wert", "trauung.tagWert"),
    "marriage_place": ("eheschliessungsort.gemeindeName", "trauung.ortsangabe"),
    "date_of_death": ("sterbedatum.wert", "todestag.erfasst"),
    "place_of_death": ("sterbeort.gemeindeName", "todesort.erfasst"),
    "make": ("fahrzeug.markeKlartext", "hersteller.bezeichnungErfasst"),
    "model": ("fahrzeug.typKlartext", "handelsbezeichnung.wert"),
    "vin": ("fahrzeugidentnummer.wert", "fin.siebzehnstellig"),
    "evb_number": ("evb.vorgangsnummer", "versicherungsbestaetigung.kennung"),
    "desired_plate": ("wunschkennzeichen.reservierungErfasst", "kennzeichen.wunschErfasst"),
    "account_holder": ("kontoinhaber.vollerName", "mandatgeber.name"),
    "iban": ("bankverbindung.iban", "zahlungskonto.iban"),
    "bic": ("bankverbindung.bic", "zahlungskonto.bic"),
    "passport_number": ("passnummer.wert", "reisepass.seriennummer"),
    "passport_expiry_date": ("passgueltigkeit.ende", "reisepass.gueltigBisErfasst"),
    "entry_date": ("einreisedatum.wert", "einreise.tagWert"),
    "purpose": ("aufenthaltszweck.schluessel", "zweck.aufenthaltErfasst"),
    "doc_kind": ("dokumentart.schluessel", "ausweisart.kennung"),
    "doc_code": ("typcode.mrzGelesen", "dokumentcode.wert"),
    "doc_number": ("dokumentnummer.wert", "ausweisnummer.gelesen"),
    "issuing_state": ("ausstellerstaat.codeGelesen", "ausstellungsstaat.schluessel"),
    "expiry_date": ("gueltigkeitsende.wert", "ablaufdatum.gelesen"),
    "degree": ("doktorgrad.eintrag", "grad.akademischEintrag"),
    "alias": ("ordensname.eintrag", "kuenstlername.eintrag"),
    "marital": ("familienstand.schluessel", "familienstand.klartextErfasst"),
    "religion": ("religion.schluessel", "religionsgesellschaft.kennung"),
    "phone": ("telefon.rueckfrage", "rufnummer.freiwillig"),
    "email": ("email.rueckfrage", "mailadresse.freiwillig"),
    "birth_time": ("geburtszeit.wert", "uhrzeit.geburtszeitpunkt"),
    "last_residence": ("letzteWohnanschrift.freitext", "wohnsitz.zuletzt"),
    "floor": ("lage.imGebaeude", "geschoss.seite"),
    "parent_dob": ("elternteil.geburtstagWert", "geburtstag.elternteil"),
    "spouse_place": ("ehegatte.geburtsortFreitext", "ehegatten.geburtsgemeinde"),
    "further": ("weiterePerson.vollerName", "zusatzperson.namensangabe"),
}

# keys of the JSON record (an online service's submission; "qualifierNoun")
JSON_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("derzeitigerFamilienname", "erfassterNachname"),
    "given_names": ("derzeitigeVornamen", "erfassteVornamenfolge"),
    "birth_name": ("erfassterGeburtsname", "beiGeburtGefuehrterName"),
    "date_of_birth": ("wertGeburtsdatum", "isoTagDerGeburt"),
    "place_of_birth": ("freitextGeburtsort", "erfassteGeburtsgemeinde"),
    "sex": ("schluesselGeschlecht", "kennungGeschlechtseintrag"),
    "nationality": ("schluesselStaatsangehoerigkeit", "erfassteStaatsangehoerigkeiten"),
    "move_in_date": ("wertEinzugsdatum", "tagDesEinzugsBezug"),
    "street": ("erfassteStrassenbezeichnung", "neueStrasseText"),
    "house_number": ("inklBuchstabeHausnummer", "erfassteHausnummer"),
    "postal_code": ("wertPostleitzahl", "zustellbezirkPlz"),
    "city": ("erfassterGemeindename", "gemeindenameWohnort"),
    "street_line": ("strasseAnschriftszeile", "strasseMitHausnummerZeile"),
    "city_line": ("gemeindeAnschriftszeile", "postleitzahlMitOrtZeile"),
    "address_line": ("freitextAnschrift", "gesamteAnschriftszeile"),
    "previous_address": ("freitextVorherigeAnschrift", "anschriftZuzugVon"),
    "dwelling": ("schluesselWohnungsart", "kennungWohnungsnutzung"),
    "landlord_name": ("erfassteWohnungsgeberBezeichnung", "nameUeberlasser"),
    "landlord_address": ("zeilePostanschriftWohnungsgeber", "anschriftUeberlasser"),
    "role": ("eigentumsstatusWohnungsgeber", "rolleUeberlasser"),
    "tenant": ("vollerNameBewohner", "namensangabeEinziehende"),
    "mother_name": ("namensangabeMutter", "nameElternteilMutter"),
    "father_name": ("namensangabeVater", "nameElternteilVater"),
    "registry_office": ("klartextStandesamt", "nameRegisterbehoerde"),
    "register_number": ("wertRegisternummer", "jahrgangRegisterEintragsnummer"),
    "issue_date": ("wertAusstellungsdatum", "ausgestelltAmUrkunde"),
    "marriage_date": ("wertEheschliessungsdatum", "wertTagTrauung"),
    "marriage_place": ("gemeindeEheschliessungsort", "ortsangabeTrauung"),
    "date_of_death": ("wertSterbedatum", "erfassterTodestag"),
    "place_of_death": ("gemeindeSterbeort", "erfassterTodesort"),
    "make": ("markeKlartextFahrzeug", "erfassteHerstellerBezeichnung"),
    "model": ("typKlartextFahrzeug", "wertHandelsbezeichnung"),
    "vin": ("wertFahrzeugidentnummer", "siebzehnstelligeFin"),
    "evb_number": ("vorgangsnummerEvb", "kennungVersicherungsbestaetigung"),
    "desired_plate": ("reservierungWunschkennzeichen", "erfasstesWunschkennzeichen"),
    "account_holder": ("vollerNameKontoinhaber", "nameMandatgeber"),
    "iban": ("ibanBankverbindung", "ibanZahlungskonto"),
    "bic": ("bicBankverbindung", "bicZahlungskonto"),
    "passport_number": ("wertPassnummer", "seriennummerReisepass"),
    "passport_expiry_date": ("endePassgueltigkeit", "erfasstGueltigBisReisepass"),
    "entry_date": ("wertEinreisedatum", "wertTagEinreise"),
    "purpose": ("schluesselAufenthaltszweck", "erfassterAufenthaltszweck"),
    "doc_kind": ("schluesselDokumentart", "kennungAusweisart"),
    "doc_code": ("mrzTypcodeWert", "wertDokumentcode"),
    "doc_number": ("wertDokumentnummer", "gelesenAusweisnummer"),
    "issuing_state": ("codeAusstellerstaat", "schluesselAusstellungsstaat"),
    "expiry_date": ("wertGueltigkeitsende", "gelesenAblaufdatum"),
    "degree": ("eintragDoktorgrad", "eintragAkademischerGrad"),
    "alias": ("eintragOrdensname", "eintragKuenstlername"),
    "marital": ("schluesselFamilienstand", "erfassterFamilienstandKlartext"),
    "religion": ("schluesselReligion", "kennungReligionsgesellschaft"),
    "phone": ("rueckfrageTelefon", "freiwilligeRufnummer"),
    "email": ("rueckfrageEmail", "freiwilligeMailadresse"),
    "birth_time": ("wertGeburtszeit", "geburtszeitpunktUhrzeit"),
    "last_residence": ("freitextLetzteWohnanschrift", "zuletztWohnsitz"),
    "floor": ("imGebaeudeLage", "seiteGeschoss"),
    "parent_dob": ("geburtstagWertElternteil", "elternteilGeburtstag"),
    "spouse_place": ("freitextGeburtsortEhegatte", "geburtsgemeindeEhegatten"),
    "further": ("vollerNameWeiterePerson", "namensangabeZusatzperson"),
}

# nesting elements (XML name, JSON key) per section or group key: XML "abschnitt.x" or
# "x.knoten", JSON "xAbschnitt" or "knotenX"
MARKUP_GROUPS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "applicant": (("abschnitt.antragstellende", "antragstellendeAbschnitt"),
                  ("antragstellende.knoten", "knotenAntragstellende")),
    "person": (("abschnitt.meldepflichtige", "meldepflichtigeAbschnitt"),
               ("meldepflichtige.knoten", "knotenMeldepflichtige")),
    "name": (("abschnitt.namensfuehrung", "namensfuehrungAbschnitt"),
             ("namensfuehrung.knoten", "knotenNamensfuehrung")),
    "birth": (("abschnitt.geburtsumstaende", "geburtsumstaendeAbschnitt"),
              ("geburtsumstaende.knoten", "knotenGeburtsumstaende")),
    "status": (("abschnitt.personenstatus", "personenstatusAbschnitt"),
               ("personenstatus.knoten", "knotenPersonenstatus")),
    "new_flat": (("abschnitt.neubezug", "neubezugAbschnitt"),
                 ("neubezug.knoten", "knotenNeubezug")),
    "previous": (("abschnitt.altwohnung", "altwohnungAbschnitt"),
                 ("altwohnung.knoten", "knotenAltwohnung")),
    "contact": (("abschnitt.rueckfragekontakt", "rueckfragekontaktAbschnitt"),
                ("rueckfragekontakt.knoten", "knotenRueckfragekontakt")),
    "landlord": (("abschnitt.wohnungsgeberseite", "wohnungsgeberseiteAbschnitt"),
                 ("wohnungsgeberseite.knoten", "knotenWohnungsgeberseite")),
    "flat": (("abschnitt.mietobjekt", "mietobjektAbschnitt"),
             ("mietobjekt.knoten", "knotenMietobjekt")),
    "tenants": (("abschnitt.einziehendenliste", "einziehendenlisteAbschnitt"),
                ("einziehendenliste.knoten", "knotenEinziehendenliste")),
    "child": (("abschnitt.kindesdaten", "kindesdatenAbschnitt"),
              ("kindesdaten.knoten", "knotenKindesdaten")),
    "parents": (("abschnitt.abstammung", "abstammungAbschnitt"),
                ("abstammung.knoten", "knotenAbstammung")),
    "mother": (("abschnitt.mutterseite", "mutterseiteAbschnitt"),
               ("mutterseite.knoten", "knotenMutterseite")),
    "father": (("abschnitt.vaterseite", "vaterseiteAbschnitt"),
               ("vaterseite.knoten", "knotenVaterseite")),
    "register": (("abschnitt.registervermerk", "registervermerkAbschnitt"),
                 ("registervermerk.knoten", "knotenRegistervermerk")),
    "spouse1": (("abschnitt.ehegatteEins", "ehegatteEinsAbschnitt"),
                ("ehegatteEins.knoten", "knotenEhegatteEins")),
    "spouse2": (("abschnitt.ehegatteZwei", "ehegatteZweiAbschnitt"),
                ("ehegatteZwei.knoten", "knotenEhegatteZwei")),
    "marriage": (("abschnitt.trauungsvermerk", "trauungsvermerkAbschnitt"),
                 ("trauungsvermerk.knoten", "knotenTrauungsvermerk")),
    "deceased": (("abschnitt.verstorbenendaten", "verstorbenendatenAbschnitt"),
                 ("verstorbenendaten.knoten", "knotenVerstorbenendaten")),
    "death": (("abschnitt.sterbevermerk", "sterbevermerkAbschnitt"),
              ("sterbevermerk.knoten", "knotenSterbevermerk")),
    "holder": (("abschnitt.halterseite", "halterseiteAbschnitt"),
               ("halterseite.knoten", "knotenHalterseite")),
    "holder_name": (("abschnitt.halterpersonalien", "halterpersonalienAbschnitt"),
                    ("halterpersonalien.knoten", "knotenHalterpersonalien")),
    "holder_address": (("abschnitt.halterwohnsitz", "halterwohnsitzAbschnitt"),
                       ("halterwohnsitz.knoten", "knotenHalterwohnsitz")),
    "vehicle": (("abschnitt.fahrzeugstamm", "fahrzeugstammAbschnitt"),
                ("fahrzeugstamm.knoten", "knotenFahrzeugstamm")),
    "sepa": (("abschnitt.lastschriftmandat", "lastschriftmandatAbschnitt"),
             ("lastschriftmandat.knoten", "knotenLastschriftmandat")),
    "passport": (("abschnitt.passdaten", "passdatenAbschnitt"),
                 ("passdaten.knoten", "knotenPassdaten")),
    "stay": (("abschnitt.aufenthaltsvorhaben", "aufenthaltsvorhabenAbschnitt"),
             ("aufenthaltsvorhaben.knoten", "knotenAufenthaltsvorhaben")),
    "residence": (("abschnitt.inlandsanschrift", "inlandsanschriftAbschnitt"),
                  ("inlandsanschrift.knoten", "knotenInlandsanschrift")),
    "document": (("abschnitt.dokumentmerkmale", "dokumentmerkmaleAbschnitt"),
                 ("dokumentmerkmale.knoten", "knotenDokumentmerkmale")),
    "zone": (("abschnitt.lesezone", "lesezoneAbschnitt"),
             ("lesezone.knoten", "knotenLesezone")),
    "header": (("abschnitt.nachrichtenrahmen", "nachrichtenrahmenAbschnitt"),
               ("nachrichtenrahmen.knoten", "knotenNachrichtenrahmen")),
}

# root element (XML) or record type (JSON) per document type
MARKUP_ROOTS: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("meldung.anmeldung.0201", "vorgang.wohnsitzAnmeldung"),
    "wohnungsgeberbestaetigung": ("meldung.wohnungsgeberbestaetigung.0204",
                                  "vorgang.einzugsbestaetigung"),
    "geburtsurkunde": ("personenstand.geburt.urkunde", "auszug.geburtseintrag"),
    "eheurkunde": ("personenstand.ehe.urkunde", "auszug.eheeintrag"),
    "sterbeurkunde": ("personenstand.tod.urkunde", "auszug.sterbeeintrag"),
    "antrag_zulassung": ("kfz.zulassung.antrag", "vorgang.fahrzeugzulassung"),
    "aufenthaltstitel_antrag": ("auslaender.aufenthaltstitel.antrag",
                                "vorgang.aufenthaltserlaubnis"),
    "identity_document": ("dokumentenpruefung.ergebnis", "lesegeraet.auslesung"),
}

# message furniture: (XML name, JSON key)
MARKUP_META: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "message_id": (("nachricht.uuid", "uuidNachricht"), ("kennung.nachricht",
                                                         "vorgangsKennungUuid")),
    "created": (("erstellung.zeitpunkt", "zeitpunktErstellung"),
                ("zeitstempel.erstellung", "erstellungsZeitstempel")),
    "sender": (("absender.kennung", "kennungAbsender"), ("autor.behoerde", "behoerdeAutor")),
    "receiver": (("empfaenger.kennung", "kennungEmpfaenger"), ("leser.behoerde",
                                                               "behoerdeLeser")),
    "case": (("vorgang.aktenzeichen", "aktenzeichenVorgang"), ("intern.zeichen",
                                                               "zeichenIntern")),
    "version": (("standard.version", "versionStandard"), ("produkt.version",
                                                          "versionProdukt")),
    "channel": (("eingang.kanal", "kanalEingang"), ("uebermittlung.weg", "wegUebermittlung")),
    "line": (("zeile.mrz", "mrzZeilenfolge"), ("zonenzeile", "zeilenDerZone")),
    "code": (("listenwert", "listenwertCode"), ("schluesselwert", "codeSchluesselwert")),
    "text": (("anzeigetext", "anzeigetextKlartext"), ("klartextwert", "textKlartextwert")),
    "payload": (("nutzdaten.inhalt", "inhaltNutzdaten"), ("fachdaten.block", "blockFachdaten")),
    "record_type": (("datensatz.art", "artDatensatz"), ("satzart.kennung", "kennungSatzart")),
    "log": (("verarbeitung.protokoll", "protokollDerVerarbeitung"),
            ("bearbeitungsverlauf.liste", "verlaufDerBearbeitung")),
    "log_entry": (("protokoll.eintrag", "protokollEintraege"),
                  ("verlauf.schritt", "verlaufSchritte")),
    "log_time": (("zeitpunkt.schritt", "schrittZeitpunkt"),
                 ("protokolliert.um", "umProtokolliert")),
}

MARKUP_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "tree_note": (
        "Für diese XML-Datei ist keine Formatvorlage hinterlegt; angezeigt wird der "
        "Elementbaum.",
        "Die Datei enthält keine Darstellungsinformationen. Es folgt die Strukturansicht.",
    ),
    "printed_by": ("Ausdruck erstellt von", "gedruckt durch Kennung"),
    "printed_at": ("Zeitpunkt des Ausdrucks", "Ausgabe auf Papier am"),
    "page": ("Ausdruckseite {} von {}", "Druckliste Blatt {}/{}"),
    "lines": ("Quelltext mit {} Zeilen", "Zeilenanzahl: {}"),
    "viewer": ("Nachrichtenbetrachter", "Quelltextansicht", "Datensatzanzeige"),
    "file_label": ("Dateipfad", "Quelle des Datensatzes"),
    "copy_caption": (
        "Bild des ausgelesenen Dokuments (vom Lesegerät übernommen)",
        "Ablichtung: Scan des Dokuments beim Auslesen",
    ),
    "channel_value": ("Onlinedienst", "Fachverfahren-Schnittstelle", "Servicekonto-Postfach"),
    "status_ok": ("Prüfung abgeschlossen: Prüfziffern gültig", "Auslesung vollständig"),
    "log_steps": (
        "Nachricht entgegengenommen|Transportsignatur geprüft|Schema gültig|"
        "Zuständigkeit ermittelt|an Fachverfahren übergeben|Eingang quittiert|"
        "Sachbearbeitung zugewiesen|Wiedervorlage gesetzt|Anlagen entpackt|"
        "Virenprüfung ohne Befund|Dubletten geprüft|Ausdruck angefordert",
        "Empfang bestätigt|Zertifikat gültig|Struktur fehlerfrei|Behördenschlüssel zugeordnet|"
        "Import gestartet|Import beendet|Vorgang angelegt|Postfach benachrichtigt|"
        "Prüfsumme stimmt|Schadsoftwareprüfung bestanden|Abgleich Melderegister|"
        "Druckauftrag erzeugt",
    ),
}

# --- values -------------------------------------------------------------------------------------

SEX_WORDS22: Final = {"F": "weiblich", "M": "männlich", "D": "divers", "X": "ohne Angabe"}
SEX_LETTERS22: Final = {"F": "w", "M": "m", "D": "d", "X": "x"}
SEX_ORDER: Final = ("F", "M", "D", "X")
# purposes: (outline wording, markup key)
PURPOSE22: Final[dict[str, tuple[str, str]]] = {
    "study": ("zum Zweck eines Hochschulstudiums", "ZWECK_STUDIUM_HOCHSCHULE"),
    "employment": ("zur Ausübung einer abhängigen Beschäftigung", "ZWECK_ERWERB_BESCHAEFTIGUNG"),
    "family": ("aus familiären Gründen (Nachzug)", "ZWECK_FAMILIE_NACHZUG"),
    "humanitarian": ("aus völkerrechtlichen bzw. humanitären Gründen",
                     "ZWECK_SCHUTZ_HUMANITAER"),
    "other": ("zu einem anderen, gesondert erläuterten Zweck", "ZWECK_SONSTIGES_ANLAGE"),
}
PURPOSE_ORDER: Final = ("study", "employment", "family", "humanitarian", "other")
# dwellings: (outline wording, markup key)
DWELLING22: Final[dict[str, tuple[str, str]]] = {
    "main": ("vorwiegend benutzte Wohnung der Person (Hauptwohnung)", "WOHNUNG_HAUPT"),
    "secondary": ("weitere, nicht vorwiegend benutzte Wohnung (Nebenwohnung)", "WOHNUNG_NEBEN"),
}
DWELLING_ORDER: Final = ("main", "secondary")
# the landlord's role: (outline wording, markup key)
ROLE22: Final[dict[str, tuple[str, str]]] = {
    "owner": ("Eigentümerseite der Wohnung", "ROLLE_EIGENTUEMER"),
    "agent": ("beauftragte Verwaltung der Eigentümerseite", "ROLLE_BEAUFTRAGT"),
}
# document kinds: (outline wording, markup key)
ID_KINDS22: Final = {
    "P": ("Nationalpass – Datenseite mit Lichtbild", "REISEPASS_TD3"),
    "I": ("Identitätskarte, beide Seiten", "AUSWEISKARTE_TD1"),
}

BASE_VALUE_WORDS: Final = frozenset({"weiblich", "männlich", "divers", "ohne Angabe",
                                     "w", "m", "d", "x"})

# --- dates --------------------------------------------------------------------------------------

OUTLINE_DATE_STYLES: Final = ("numeric", "numeric", "long", "unpadded", "upper_month", "iso")
MARKUP_DATE_STYLES: Final = ("iso", "iso", "iso", "numeric", "basic", "unpadded")
EXTRA22_DATE_STYLES: Final = ("numeric", "unpadded", "long", "upper_month", "iso", "basic")


def format_extra22_date(d: date, style: str) -> str:
    if style == "unpadded":  # "4.3.1987"
        return f"{d.day}.{d.month}.{d.year}"
    if style == "long":  # "4. März 1987"
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "upper_month":  # "04. MÄRZ 1987"
        return f"{d.day:02d}. {MONTHS[d.month - 1].upper()} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "basic":  # ISO 8601 basic format, "19870304"
        return f"{d.year}{d.month:02d}{d.day:02d}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra22_date(d, s) for s in EXTRA22_DATE_STYLES}


# sex: a word, a letter, all options with one marked (outline); a code letter, a word, or the
# word with its code (markup)
OUTLINE_SEX_MODES: Final = ("word", "options", "letter", "options")
MARKUP_SEX_MODES: Final = ("code", "word", "code_word", "code")


def sex_printings(code: str) -> set[str]:
    return {SEX_WORDS22[code], SEX_LETTERS22[code]}


OUTLINE_NATIONALITY_MODES: Final = ("adjective", "country", "adjective_code", "adjective")
MARKUP_NATIONALITY_MODES: Final = ("code", "code", "country_code", "adjective")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "code":
        return code
    return country if mode.startswith("country") else adjective


def nationality_printings(code: str) -> set[str]:
    return {*pools.NATIONALITIES[code], code}


# --- the wording object -------------------------------------------------------------------------


class Extra22Wording(Wording):
    """Item texts, notes and headings (outline) or element names and furniture (markup), chosen
    once per document from the twenty-sixth pool. A markup document is an XML record or a JSON
    record (``dialect``), chosen here once."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.outline = layout == "outline"
        self.dialect = "outline" if self.outline else rng.choice(("xml", "xml", "json"))
        self._other: dict[tuple[int, str], object] = {}

    def _once(self, kind: int, key: str, options: tuple) -> object:  # type: ignore[type-arg]
        k = (kind, key)
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        """The item text (outline), the element name (XML) or the key (JSON) of a field."""
        if key not in self._chosen:
            pool = {"outline": OUTLINE_LABELS, "xml": XML_NAMES, "json": JSON_NAMES}[self.dialect]
            options = pool[key]
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def note(self, key: str) -> str:
        return str(self._once(1, key, OUTLINE_NOTES.get(key, ("",))))

    def section(self, key: str) -> str:
        """An outline heading, or the nesting element's name in this dialect (one naming
        scheme per record)."""
        if self.outline:
            return str(self._once(2, key, OUTLINE_SECTIONS[key]))
        scheme = int(self._once(7, "", (0, 1)))  # type: ignore[call-overload]
        pair = MARKUP_GROUPS[key][scheme]
        return pair[0] if self.dialect == "xml" else pair[1]

    def meta(self, key: str) -> str:
        pair = self._once(3, key, MARKUP_META[key])
        assert isinstance(pair, tuple)
        return str(pair[0] if self.dialect == "xml" else pair[1])

    def word(self, key: str) -> str:
        return str(self._once(4, key, (OUTLINE_WORDS if self.outline else MARKUP_WORDS)[key]))

    def root(self, doc_type: str) -> str:
        return str(self._once(5, doc_type, MARKUP_ROOTS[doc_type]))

    def title(self, doc_type: str) -> str:
        if self.outline:
            return str(self._once(6, doc_type, OUTLINE_TITLES[doc_type]))
        return self.root(doc_type)


Day = date


@dataclass(slots=True)
class Extra22Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: Day) -> str:
        return format_extra22_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German wording that labels a value (item texts, element names, keys)."""
    return [s for pool in (OUTLINE_LABELS, XML_NAMES, JSON_NAMES)
            for options in pool.values() for s in options]


def all_label_strings() -> list[str]:
    """Every label, note, heading, element name, title and furniture wording of this pool
    (``|`` lists count item by item)."""
    out = label_strings()
    for pool in (OUTLINE_NOTES, OUTLINE_SECTIONS, OUTLINE_TITLES, OUTLINE_WORDS, MARKUP_ROOTS,
                 MARKUP_WORDS):
        out += [p for options in pool.values() for s in options for p in s.split("|") if p]
    for table in (MARKUP_GROUPS, MARKUP_META):
        out += [s for options in table.values() for pair in options for s in pair]
    return list(dict.fromkeys(out))


def value_strings() -> list[str]:
    """This pool's own wordings of values (for tests)."""
    out = [s for table in (PURPOSE22, DWELLING22, ROLE22, ID_KINDS22)
           for options in table.values() for s in options]
    return [s for s in dict.fromkeys(out) if s not in BASE_VALUE_WORDS]
