"""The nineteenth wording pool and the printing habits of the fifteenth extra pair of layouts.

``CIEC_LABELS`` (the German row labels of a multilingual civil-status extract or multilingual
form) with their translations (``CIEC_FOREIGN``, per language), the extract's section headings,
titles and furniture (``CIEC_SECTIONS``, ``CIEC_TITLES``, ``CIEC_WORDS`` and their
translations), and ``LEGEND_LABELS`` (the explanations of a coded form's field numbers in its
legend), ``LEGEND_SHORT`` (the short labels some coded forms print beside the number),
``LEGEND_SECTIONS``, ``LEGEND_TITLES`` and ``LEGEND_WORDS`` are used only by the layouts in
``EXTRA15_LAYOUTS`` of ``samples.generate`` (``ciec`` and ``legend``). They are a blind
measurement: whoever tunes extraction must not read this module nor ``samples.render_extra15``,
nor tune on those layouts' failures. None of the strings repeats a string of the eighteen other
pools, nor any string literal of the older modules of ``samples``, not even up to case,
punctuation or spacing (a test checks this), except where German has only one usual word
(``SHARED_WORDS``).

Besides labels, these layouts print some values in ways of their own (dates in ISO style or
with the month as a German word, sex as a word, a register letter or a word with its
translation, purposes, dwellings, landlord roles and document kinds in wordings of their own).
The ground truth stays the catalog's normalised value. Every string stays inside
Windows-1252, so only languages written in it are used.
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

# The languages the multilingual extract may print beside German (all inside Windows-1252).
LANGS: Final = ("fr", "en", "it", "es", "nl")
LANG_CODES: Final = {"de": "DE", "fr": "FR", "en": "EN", "it": "IT", "es": "ES", "nl": "NL"}

# --- ciec: a multilingual extract / multilingual form ----------------------------------------

CIEC_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienname nach dem Eintrag", "Name (Familienname, derzeit)",
                    "Geführter Familienname"),
    "given_names": ("Vorname oder mehrere Vornamen", "Vorname(n) nach dem Eintrag",
                    "Sämtliche geführten Vornamen"),
    "birth_name": ("Familienname im Zeitpunkt der Geburt", "Name vor der Ehe (Geburtsname)"),
    "date_of_birth": ("Tag der Geburt (Datum)", "Geburt – Datum", "Datum der Geburt lt. Eintrag"),
    "place_of_birth": ("Ort der Geburt (Gemeinde)", "Geburt – Gemeinde/Ort", "Gemeinde der Geburt"),
    "sex": ("Geschlecht der eingetragenen Person", "Geschlecht (Eintragung)",
            "Geschlecht (laut Ausweis)"),
    "nationality": ("Staatsangehörigkeit(en) der Person", "Angehörigkeit zum Staat"),
    "move_in_date": ("Tag des Zuzugs in die Wohnung", "Zuzug – Datum",
                     "Wohnung bezogen mit Wirkung vom"),
    "street": ("Straße (Wohnanschrift)", "Straße – Bezeichnung"),
    "house_number": ("Gebäude-/Hausnummer samt Buchstabenzusatz", "Gebäudenummer (Wohnanschrift)"),
    "postal_code": ("PLZ (Wohnanschrift)", "Postleitzahl"),
    "city": ("Gemeinde (Wohnanschrift)", "Name der Wohngemeinde"),
    "street_line": ("Straße und Gebäudenummer", "Straße/Haus-Nr. (Wohnanschrift)"),
    "city_line": ("Postleitzahl samt Wohngemeinde", "PLZ/Gemeinde (Wohnanschrift)"),
    "address_line": ("Wohnanschrift (vollständig, eine Zeile)",
                     "Anschrift – Straße, Nr., PLZ, Gemeinde"),
    "previous_address": ("Frühere Wohnanschrift (vollständig)",
                         "Bisheriger Wohnort mit Anschrift"),
    "dwelling": ("Status der bezogenen Wohnung", "Wohnung – Art der Nutzung"),
    "landlord_name": ("Name der wohnungsgebenden Person/Stelle",
                      "Wohnungsgeberin oder Wohnungsgeber (Name)"),
    "landlord_address": ("Anschrift der wohnungsgebenden Person/Stelle",
                         "Sitz oder Wohnanschrift der wohnungsgebenden Seite"),
    "landlord_role": ("Rechtsstellung der wohnungsgebenden Person", "Wohnungsgebende Seite ist"),
    "flat_line": ("Anschrift der bezogenen Wohnung (in einer Zeile)",
                  "Wohnung – Lage und Anschrift"),
    "tenant": ("Eingezogene Person (Name)", "Name der zugezogenen Person"),
    "birth_time": ("Geburt – Stunde und Minute", "Uhrzeit (Stunde:Minute) der Geburt"),
    "mother_name": ("Mutter des Kindes – Vorname(n) und Familienname",
                    "Mutter, Vorname(n) und Name (vollständig)"),
    "father_name": ("Vater des Kindes – Vorname(n) und Familienname",
                    "Vater, Vorname(n) und Name (vollständig)"),
    "registry_office": ("Standesamt, das den Eintrag führt", "Eintrag geführt beim Standesamt"),
    "register_number": ("Nummer des Eintrags im Register",
                        "Nummer des Registereintrags (Standesamt)"),
    "issue_date": ("Tag der Ausstellung dieses Auszugs", "Auszug ausgestellt am"),
    "marriage_date": ("Tag, an dem die Ehe geschlossen wurde", "Datum der Trauung lt. Eintrag"),
    "marriage_place": ("Gemeinde der Eheschließung (Ort)",
                       "Gemeinde, in der die Ehe geschlossen wurde"),
    "date_of_death": ("Tod – Datum", "Datum des Todes lt. Eintrag"),
    "place_of_death": ("Gemeinde des Todes", "Tod – Gemeinde"),
    "last_residence": ("Anschrift des letzten Wohnsitzes (vollständig)",
                       "Zuletzt bewohnte Anschrift (vollständig)"),
    "make": ("Hersteller/Marke des Kfz", "Kfz – Marke"),
    "model": ("Handelsbezeichnung des Fahrzeugs", "Kfz – Handelsbezeichnung"),
    "vin": ("Identifizierungsnummer des Kraftfahrzeugs", "Kfz – Identifizierungsnummer"),
    "evb_number": ("Versicherungsbestätigung – Nummer (eVB)", "eVB-Code des Versicherers"),
    "desired_plate": ("Bereits reserviertes Kennzeichen", "Kfz – reserviertes Kennzeichen"),
    "account_holder": ("Inhaberin/Inhaber des belasteten Kontos", "Konto – Inhaberschaft"),
    "iban": ("IBAN", "IBAN des belasteten Kontos"),
    "bic": ("BIC", "BIC der kontoführenden Bank"),
    "bank": ("Name der kontoführenden Bank", "Bezeichnung der Bank (kontoführend)"),
    "passport_number": ("Nationalpass – Nummer", "Nummer des vorgelegten Nationalpasses"),
    "passport_expiry_date": ("Gültigkeit des Nationalpasses endet am",
                             "Ablauf der Gültigkeit des Nationalpasses"),
    "entry_date": ("Tag der Einreise nach Deutschland", "Einreise nach Deutschland – Tag"),
    "purpose": ("Grund für den beantragten Aufenthalt", "Beantragter Aufenthalt – Zweck"),
    "doc_kind": ("Art des Ausweisdokuments", "Art des vorgelegten Ausweisdokuments"),
    "doc_code": ("Kennbuchstabe(n) des Dokuments", "Dokument – Kennung"),
    "doc_number": ("Seriennummer des Ausweisdokuments", "Nummer des vorgelegten Ausweisdokuments"),
    "issuing_state": ("Ausstellender Staat (Dreibuchstabencode)",
                      "Staat, der das Ausweisdokument ausstellte"),
    "expiry_date": ("Ende der Gültigkeit des Dokuments", "Ausweisdokument gilt bis einschließlich"),
    "mrz_family": ("Familienname (maschinenlesbare Zone)", "Name lt. maschinenlesbarer Zone"),
    "mrz_given": ("Vorname(n) (maschinenlesbare Zone)", "Vornamen lt. maschinenlesbarer Zone"),
    "remarks": ("Randvermerke zum Eintrag", "Weitere Vermerke (Rand)"),
}

CIEC_FOREIGN: Final[dict[str, dict[str, str]]] = {
    "fr": {
        "family_name": "Nom de famille", "given_names": "Prénom(s)",
        "birth_name": "Nom de naissance", "date_of_birth": "Date de naissance",
        "place_of_birth": "Lieu de naissance", "sex": "Sexe", "nationality": "Nationalité",
        "move_in_date": "Date d'emménagement", "street": "Rue", "house_number": "Numéro",
        "postal_code": "Code postal", "city": "Commune", "street_line": "Rue et numéro",
        "city_line": "Code postal et commune", "address_line": "Adresse complète",
        "previous_address": "Adresse précédente", "dwelling": "Nature du logement",
        "landlord_name": "Nom du bailleur", "landlord_address": "Adresse du bailleur",
        "landlord_role": "Qualité du bailleur", "flat_line": "Adresse du logement",
        "tenant": "Personne emménagée", "birth_time": "Heure de naissance",
        "mother_name": "Nom de la mère", "father_name": "Nom du père",
        "registry_office": "Bureau de l'état civil", "register_number": "Numéro de l'acte",
        "issue_date": "Date de délivrance", "marriage_date": "Date du mariage",
        "marriage_place": "Lieu du mariage", "date_of_death": "Date du décès",
        "place_of_death": "Lieu du décès", "last_residence": "Dernier domicile",
        "make": "Marque", "model": "Modèle",
        "vin": "Numéro d'identification du véhicule",
        "evb_number": "Code d'attestation d'assurance", "desired_plate": "Plaque réservée",
        "account_holder": "Titulaire du compte", "iban": "Numéro de compte (IBAN)",
        "bic": "Code BIC", "bank": "Banque", "passport_number": "Numéro du passeport",
        "passport_expiry_date": "Passeport valable jusqu'au", "entry_date": "Date d'entrée",
        "purpose": "Motif du séjour", "doc_kind": "Type de document",
        "doc_code": "Code du document", "doc_number": "Numéro du document",
        "issuing_state": "État de délivrance", "expiry_date": "Date d'expiration",
        "mrz_family": "Nom (zone de lecture)", "mrz_given": "Prénoms (zone de lecture)",
        "remarks": "Mentions marginales",
    },
    "en": {
        "family_name": "Family name(s)", "given_names": "Forename(s)",
        "birth_name": "Surname at birth", "date_of_birth": "Birth date",
        "place_of_birth": "Birthplace", "sex": "Gender", "nationality": "Citizenship",
        "move_in_date": "Moving-in date", "street": "Street name", "house_number": "House no.",
        "postal_code": "Postal code (ZIP)", "city": "Town/city",
        "street_line": "Street and house no.",
        "city_line": "Postal code and town", "address_line": "Complete address",
        "previous_address": "Former address", "dwelling": "Kind of residence",
        "landlord_name": "Landlord's name", "landlord_address": "Landlord's address",
        "landlord_role": "Capacity of landlord", "flat_line": "Address of the flat",
        "tenant": "Person moving in", "birth_time": "Hour of birth",
        "mother_name": "Mother's name", "father_name": "Father's name",
        "registry_office": "Civil registry office", "register_number": "Entry number",
        "issue_date": "Issued on", "marriage_date": "Wedding date",
        "marriage_place": "Place of wedding", "date_of_death": "Death occurred on",
        "place_of_death": "Died at", "last_residence": "Last address",
        "make": "Vehicle make", "model": "Model name",
        "vin": "Vehicle identification no.",
        "evb_number": "Insurance confirmation code", "desired_plate": "Reserved number plate",
        "account_holder": "Holder of the account", "iban": "Account number (IBAN)",
        "bic": "Bank code (BIC)", "bank": "Name of the bank", "passport_number": "Passport no.",
        "passport_expiry_date": "Passport expires on", "entry_date": "Entered Germany on",
        "purpose": "Reason for stay", "doc_kind": "Kind of document",
        "doc_code": "Document type code", "doc_number": "Document no.",
        "issuing_state": "Issuing country", "expiry_date": "Valid until",
        "mrz_family": "Surname (machine-readable zone)",
        "mrz_given": "Given names (machine-readable zone)",
        "remarks": "Marginal annotations",
    },
    "it": {
        "family_name": "Cognome", "given_names": "Nome/i",
        "birth_name": "Cognome alla nascita", "date_of_birth": "Data di nascita",
        "place_of_birth": "Luogo di nascita", "sex": "Sesso", "nationality": "Cittadinanza",
        "move_in_date": "Data del trasferimento", "street": "Via",
        "house_number": "Numero civico", "postal_code": "CAP", "city": "Comune",
        "street_line": "Via e numero civico", "city_line": "CAP e comune",
        "address_line": "Indirizzo completo", "previous_address": "Indirizzo precedente",
        "dwelling": "Tipo di abitazione", "landlord_name": "Nome del locatore",
        "landlord_address": "Indirizzo del locatore", "landlord_role": "Qualità del locatore",
        "flat_line": "Indirizzo dell'alloggio", "tenant": "Persona trasferita",
        "birth_time": "Ora di nascita", "mother_name": "Nome della madre",
        "father_name": "Nome del padre", "registry_office": "Ufficio di stato civile",
        "register_number": "Numero dell'atto", "issue_date": "Data di rilascio",
        "marriage_date": "Data del matrimonio", "marriage_place": "Luogo del matrimonio",
        "date_of_death": "Data del decesso", "place_of_death": "Luogo del decesso",
        "last_residence": "Ultima residenza", "make": "Marca", "model": "Modello",
        "vin": "Numero di telaio", "evb_number": "Codice di conferma assicurativa",
        "desired_plate": "Targa prenotata", "account_holder": "Intestatario del conto",
        "iban": "Codice IBAN", "bic": "Codice BIC", "bank": "Banca",
        "passport_number": "Numero del passaporto",
        "passport_expiry_date": "Passaporto valido fino al", "entry_date": "Data di ingresso",
        "purpose": "Motivo del soggiorno", "doc_kind": "Tipo di documento",
        "doc_code": "Codice del documento", "doc_number": "Numero del documento",
        "issuing_state": "Stato di rilascio", "expiry_date": "Data di scadenza",
        "mrz_family": "Cognome (zona a lettura ottica)",
        "mrz_given": "Nomi (zona a lettura ottica)", "remarks": "Annotazioni a margine",
    },
    "es": {
        "family_name": "Apellido(s)", "given_names": "Nombre(s)",
        "birth_name": "Apellido de nacimiento", "date_of_birth": "Fecha de nacimiento",
        "place_of_birth": "Lugar de nacimiento", "sex": "Sexo", "nationality": "Nacionalidad",
        "move_in_date": "Fecha de mudanza", "street": "Calle", "house_number": "Número",
        "postal_code": "Código postal", "city": "Municipio", "street_line": "Calle y número",
        "city_line": "Código postal y municipio", "address_line": "Dirección completa",
        "previous_address": "Domicilio anterior", "dwelling": "Tipo de vivienda",
        "landlord_name": "Nombre del arrendador", "landlord_address": "Domicilio del arrendador",
        "landlord_role": "Condición del arrendador", "flat_line": "Dirección de la vivienda",
        "tenant": "Persona que se muda", "birth_time": "Hora de nacimiento",
        "mother_name": "Nombre de la madre", "father_name": "Nombre del padre",
        "registry_office": "Registro civil", "register_number": "Número de inscripción",
        "issue_date": "Fecha de expedición", "marriage_date": "Fecha del matrimonio",
        "marriage_place": "Lugar del matrimonio", "date_of_death": "Fecha de defunción",
        "place_of_death": "Lugar de defunción", "last_residence": "Último domicilio",
        "make": "Marca del vehículo", "model": "Modelo", "vin": "Número de bastidor",
        "evb_number": "Código de confirmación del seguro",
        "desired_plate": "Matrícula reservada", "account_holder": "Titular de la cuenta",
        "iban": "Número de cuenta IBAN", "bic": "Código BIC", "bank": "Entidad bancaria",
        "passport_number": "Número de pasaporte",
        "passport_expiry_date": "Pasaporte válido hasta", "entry_date": "Fecha de entrada",
        "purpose": "Motivo de la estancia", "doc_kind": "Clase de documento",
        "doc_code": "Código del documento", "doc_number": "Número del documento",
        "issuing_state": "Estado expedidor", "expiry_date": "Fecha de caducidad",
        "mrz_family": "Apellido (zona de lectura mecánica)",
        "mrz_given": "Nombres (zona de lectura mecánica)", "remarks": "Notas marginales",
    },
    "nl": {
        "family_name": "Geslachtsnaam", "given_names": "Voornamen",
        "birth_name": "Geboortenaam", "date_of_birth": "Geboortedatum",
        "place_of_birth": "Geboorteplaats", "sex": "Geslacht", "nationality": "Nationaliteit",
        "move_in_date": "Datum van intrek", "street": "Straat", "house_number": "Huisnummer",
        "postal_code": "Postcode woonadres", "city": "Gemeente",
        "street_line": "Straat en huisnummer",
        "city_line": "Postcode en gemeente", "address_line": "Volledig adres",
        "previous_address": "Vorig adres", "dwelling": "Soort woning",
        "landlord_name": "Naam verhuurder", "landlord_address": "Adres verhuurder",
        "landlord_role": "Hoedanigheid verhuurder", "flat_line": "Adres van de woning",
        "tenant": "Intrekkende persoon", "birth_time": "Tijdstip van geboorte",
        "mother_name": "Naam van de moeder", "father_name": "Naam van de vader",
        "registry_office": "Burgerlijke stand", "register_number": "Aktenummer",
        "issue_date": "Datum van afgifte", "marriage_date": "Huwelijksdatum",
        "marriage_place": "Plaats van het huwelijk", "date_of_death": "Datum van overlijden",
        "place_of_death": "Plaats van overlijden", "last_residence": "Laatste woonplaats",
        "make": "Merk", "model": "Handelsbenaming", "vin": "Chassisnummer",
        "evb_number": "Verzekeringscode", "desired_plate": "Gereserveerd kenteken",
        "account_holder": "Rekeninghouder", "iban": "Rekeningnummer (IBAN)",
        "bic": "BIC van de bank", "bank": "Naam van de bank", "passport_number": "Paspoortnummer",
        "passport_expiry_date": "Paspoort geldig tot", "entry_date": "Datum van binnenkomst",
        "purpose": "Doel van het verblijf", "doc_kind": "Soort document",
        "doc_code": "Code van het document", "doc_number": "Documentnummer",
        "issuing_state": "Land van afgifte", "expiry_date": "Geldig tot en met",
        "mrz_family": "Naam (machineleesbare zone)",
        "mrz_given": "Voornamen (machineleesbare zone)", "remarks": "Kantvermeldingen",
    },
}

CIEC_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Zur anmeldenden Person", "Person, die sich anmeldet"),
    "dwelling": ("Zur Wohnung, die bezogen wurde", "Neu bezogene Wohnung (Anschrift)"),
    "previous": ("Zur bisherigen Wohnung", "Bisher bewohnte Wohnung"),
    "landlord": ("Zur wohnungsgebenden Seite", "Wohnungsgebende Person oder Stelle"),
    "flat": ("Zur überlassenen Wohnung", "Überlassene Wohnung (Anschrift)"),
    "tenants": ("Zu den Personen, die eingezogen sind",
                "Namen der eingezogenen Personen (je Zeile eine)"),
    "child": ("Zum eingetragenen Kind", "Das eingetragene Kind"),
    "parents": ("Zu den Eltern des eingetragenen Kindes", "Die Eltern des Kindes"),
    "register": ("Zum Eintrag im Personenstandsregister", "Eintrag und Ausstellung"),
    "marriage": ("Zur geschlossenen Ehe", "Die geschlossene Ehe"),
    "spouse1": ("Zur ersten eheschließenden Person", "Ehegatte A"),
    "spouse2": ("Zur zweiten eheschließenden Person", "Ehegatte B"),
    "spouses": ("Zu den Ehegatten", "Angaben über die Ehegatten"),
    "deceased": ("Zur eingetragenen verstorbenen Person", "Die eingetragene verstorbene Person"),
    "death": ("Zum eingetragenen Sterbefall", "Angaben über den Tod"),
    "holder": ("Zur haltenden Person", "Haltende Person (künftig)"),
    "vehicle": ("Zum zuzulassenden Kraftfahrzeug", "Angaben über das Kraftfahrzeug"),
    "sepa": ("Zur Einzugsermächtigung", "Angaben über das Konto (Kfz-Steuer)"),
    "passport": ("Zum Nationalpass und zur Einreise", "Nationalpass, Einreise nach Deutschland"),
    "residence": ("Zur Anschrift im Bundesgebiet", "Derzeitige Anschrift im Bundesgebiet"),
    "stay": ("Zum beantragten Aufenthalt", "Angaben über den Aufenthalt"),
    "document": ("Zum vorgelegten Ausweisdokument", "Angaben über das Ausweisdokument"),
    "holder_id": ("Zur Person lt. Dokument", "Angaben über die Inhaberin/den Inhaber"),
}

CIEC_SECTIONS_FOREIGN: Final[dict[str, dict[str, str]]] = {
    "fr": {"person": "Déclarant", "dwelling": "Logement occupé", "previous": "Logement précédent",
           "landlord": "Bailleur", "flat": "Logement loué", "tenants": "Personnes emménagées",
           "child": "Enfant", "parents": "Parents de l'enfant", "register": "Acte et délivrance",
           "marriage": "Mariage", "spouse1": "Premier époux", "spouse2": "Second époux",
           "spouses": "Époux", "deceased": "Personne décédée", "death": "Décès",
           "holder": "Titulaire", "vehicle": "Véhicule", "sepa": "Prélèvement",
           "passport": "Passeport et entrée", "residence": "Adresse en Allemagne",
           "stay": "Séjour", "document": "Document présenté", "holder_id": "Titulaire du document"},
    "en": {"person": "Registering person", "dwelling": "New home",
           "previous": "Previous residence", "landlord": "Landlord/landlady",
           "flat": "Residence let", "tenants": "Persons moving in", "child": "The child",
           "parents": "Parents of the child", "register": "Entry and issue", "marriage": "Wedding",
           "spouse1": "First spouse", "spouse2": "Second spouse", "spouses": "The spouses",
           "deceased": "Deceased person", "death": "The death", "holder": "Keeper",
           "vehicle": "Motor vehicle", "sepa": "Direct debit", "passport": "Passport and entry",
           "residence": "Present address in Germany", "stay": "Intended stay",
           "document": "Document shown", "holder_id": "Holder of the document"},
    "it": {"person": "Dichiarante", "dwelling": "Nuova abitazione",
           "previous": "Abitazione precedente", "landlord": "Locatore",
           "flat": "Alloggio locato", "tenants": "Persone trasferite", "child": "Figlio/a",
           "parents": "Genitori", "register": "Atto e rilascio", "marriage": "Matrimonio",
           "spouse1": "Primo coniuge", "spouse2": "Secondo coniuge", "spouses": "Coniugi",
           "deceased": "Persona deceduta", "death": "Decesso", "holder": "Intestatario",
           "vehicle": "Veicolo", "sepa": "Addebito diretto", "passport": "Passaporto e ingresso",
           "residence": "Indirizzo in Germania", "stay": "Soggiorno",
           "document": "Documento esibito", "holder_id": "Titolare del documento"},
    "es": {"person": "Declarante", "dwelling": "Nueva vivienda",
           "previous": "Vivienda anterior", "landlord": "Arrendador",
           "flat": "Vivienda arrendada", "tenants": "Personas que se mudan", "child": "Hijo/a",
           "parents": "Padres", "register": "Inscripción y expedición",
           "marriage": "Matrimonio celebrado", "spouse1": "Primer cónyuge",
           "spouse2": "Segundo cónyuge", "spouses": "Cónyuges", "deceased": "Persona fallecida",
           "death": "Defunción", "holder": "Titular del vehículo", "vehicle": "Vehículo",
           "sepa": "Domiciliación bancaria", "passport": "Pasaporte y entrada",
           "residence": "Domicilio en Alemania", "stay": "Estancia",
           "document": "Documento presentado", "holder_id": "Titular"},
    "nl": {"person": "Aangever", "dwelling": "Nieuwe woning", "previous": "Vorige woning",
           "landlord": "Verhuurder", "flat": "Verhuurde woning",
           "tenants": "Intrekkende personen", "child": "Het kind", "parents": "Ouders",
           "register": "Akte en afgifte", "marriage": "Huwelijk",
           "spouse1": "Eerste echtgenoot", "spouse2": "Tweede echtgenoot",
           "spouses": "Echtgenoten", "deceased": "Overledene", "death": "Overlijden",
           "holder": "Kentekenhouder", "vehicle": "Voertuig", "sepa": "Automatische incasso",
           "passport": "Paspoort en binnenkomst", "residence": "Adres in Duitsland",
           "stay": "Verblijf", "document": "Getoond document",
           "holder_id": "Houder van het document"},
}

CIEC_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Mehrsprachige Anzeige des Wohnungsbezugs",
                  "Meldevordruck (mehrsprachig) – Zuzug"),
    "wohnungsgeberbestaetigung": ("Mehrsprachige Bestätigung der wohnungsgebenden Seite",
                                  "Wohnungsgeberbescheinigung (mehrsprachig)"),
    "geburtsurkunde": ("Mehrsprachiger Auszug aus dem Geburtseintrag",
                       "Internationaler Auszug – Geburt"),
    "eheurkunde": ("Mehrsprachiger Auszug aus dem Eheeintrag",
                   "Internationaler Auszug – Eheschließung"),
    "sterbeurkunde": ("Mehrsprachiger Auszug aus dem Sterbeeintrag",
                      "Internationaler Auszug – Tod"),
    "antrag_zulassung": ("Mehrsprachiger Antrag auf Zulassung eines Kfz",
                         "Zulassungsantrag (mehrsprachig) mit Einzugsermächtigung"),
    "aufenthaltstitel_antrag": ("Mehrsprachiger Antrag auf einen Aufenthaltstitel",
                                "Aufenthaltsantrag (mehrsprachig)"),
    "identity_document": ("Mehrsprachiges Erfassungsblatt zum Ausweisdokument",
                          "Dokumentenerfassung (mehrsprachig)"),
}

CIEC_TITLES_FOREIGN: Final[dict[str, dict[str, str]]] = {
    "fr": {"anmeldung": "Déclaration d'arrivée dans un logement",
           "wohnungsgeberbestaetigung": "Attestation du bailleur",
           "geburtsurkunde": "Extrait plurilingue d'acte de naissance",
           "eheurkunde": "Extrait plurilingue d'acte de mariage",
           "sterbeurkunde": "Extrait plurilingue d'acte de décès",
           "antrag_zulassung": "Demande d'immatriculation d'un véhicule",
           "aufenthaltstitel_antrag": "Demande de titre de séjour",
           "identity_document": "Fiche d'enregistrement d'un document d'identité"},
    "en": {"anmeldung": "Notice of moving into a residence",
           "wohnungsgeberbestaetigung": "Landlord's confirmation",
           "geburtsurkunde": "Multilingual extract of a birth entry",
           "eheurkunde": "Multilingual extract of a marriage entry",
           "sterbeurkunde": "Multilingual extract of a death entry",
           "antrag_zulassung": "Application to register a motor vehicle",
           "aufenthaltstitel_antrag": "Application for a German residence title",
           "identity_document": "Record sheet for an identity document"},
    "it": {"anmeldung": "Dichiarazione di trasferimento di residenza",
           "wohnungsgeberbestaetigung": "Dichiarazione del locatore",
           "geburtsurkunde": "Estratto plurilingue dell'atto di nascita",
           "eheurkunde": "Estratto plurilingue dell'atto di matrimonio",
           "sterbeurkunde": "Estratto plurilingue dell'atto di morte",
           "antrag_zulassung": "Domanda di immatricolazione del veicolo",
           "aufenthaltstitel_antrag": "Domanda di permesso di soggiorno",
           "identity_document": "Scheda di registrazione del documento"},
    "es": {"anmeldung": "Declaración de alta en la vivienda",
           "wohnungsgeberbestaetigung": "Certificado del arrendador",
           "geburtsurkunde": "Certificación plurilingüe de nacimiento",
           "eheurkunde": "Certificación plurilingüe de matrimonio",
           "sterbeurkunde": "Certificación plurilingüe de defunción",
           "antrag_zulassung": "Solicitud de matriculación de vehículo",
           "aufenthaltstitel_antrag": "Solicitud de autorización de residencia",
           "identity_document": "Hoja de registro del documento de identidad"},
    "nl": {"anmeldung": "Aangifte van verhuizing naar een woning",
           "wohnungsgeberbestaetigung": "Verklaring van de verhuurder",
           "geburtsurkunde": "Meertalig uittreksel uit een geboorteakte",
           "eheurkunde": "Meertalig uittreksel uit een huwelijksakte",
           "sterbeurkunde": "Meertalig uittreksel uit een overlijdensakte",
           "antrag_zulassung": "Aanvraag tot inschrijving van een voertuig",
           "aufenthaltstitel_antrag": "Aanvraag om een verblijfsvergunning",
           "identity_document": "Registratieblad identiteitsdocument"},
}

CIEC_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "state": ("Bundesrepublik Deutschland – Personenstandswesen",
              "Deutschland · Zivilstandsverwaltung"),
    "state_app": ("Bundesrepublik Deutschland – Kommunale Verwaltung",
                  "Deutschland · Bürgerverwaltung"),
    "office": ("Ausstellende Stelle", "Ausstellendes Amt"),
    "office_app": ("Entgegennehmende Stelle", "Zuständige Dienststelle"),
    "form": ("Formularmuster", "Mehrsprachiges Muster"),
    "langs": ("Sprachfassungen", "In folgenden Sprachen"),
    "dash": ("bedeutet: Angabe entfällt", "in der Wertspalte: trifft nicht zu"),
    "sign_office": ("Unterschrift der Urkundsperson",
                    "Unterschrift (Urkundsperson des Standesamts)"),
    "seal": ("Abdruck des Dienstsiegels", "Dienstsiegel (Abdruck)"),
    "place_date": ("Ort und Tag der Erklärung", "Erklärt in/am"),
    "sign": ("Unterschrift der Person, die erklärt", "Unterschrift (Erklärende/r)"),
    "page": ("Blatt {n}/{m}", "Bl. {n} von {m}"),
    "cont": ("Fortsetzung (Blatt 2)", "Fortsetzung der Zeilen"),
    "no": ("Zeile", "Zeilen-Nr."),
    "entry": ("Eintragung", "Eingetragener Inhalt", "Inhalt der Angabe"),
    "subject": ("Gegenstand der Eintragung", "Bezeichnung der Angabe"),
    "copy": ("Ablichtung des vorgelegten Dokuments", "Ablichtung (Vorder- und Rückseite)"),
    "column1": ("Person A", "Ehegatte/Ehegattin A"),
    "column2": ("Person B", "Ehegatte/Ehegattin B"),
    "notes": ("Erläuterungen zu diesem Vordruck", "Zu beachten beim Ausfüllen"),
    "office_box": ("Vermerke des Amtes (nicht beschriften)", "Amtliche Bearbeitungsvermerke"),
    "notes_text": ("Jede Angabe steht in der Zeile mit ihrer Nummer. Nicht zutreffende Zeilen "
                   "sind durch einen Strich entwertet. Die Übersetzungen der Zeilentitel dienen "
                   "nur der Information.",
                   "Angaben sind in lateinischer Schrift einzutragen. Zeilen ohne Angabe werden "
                   "gestrichen. Für die Auslegung ist der deutsche Wortlaut maßgebend."),
}

CIEC_WORDS_FOREIGN: Final[dict[str, dict[str, str]]] = {
    "fr": {"dash": "sans objet", "sign_office": "Signature de l'officier",
           "seal": "Sceau", "sign": "Signature du déclarant", "place_date": "Lieu et date"},
    "en": {"dash": "not applicable", "sign_office": "Signature of the registrar",
           "seal": "Official seal", "sign": "Signature of the declarant",
           "place_date": "Place and date"},
    "it": {"dash": "non pertinente", "sign_office": "Firma dell'ufficiale",
           "seal": "Timbro", "sign": "Firma del dichiarante", "place_date": "Luogo e data"},
    "es": {"dash": "no procede", "sign_office": "Firma del encargado",
           "seal": "Sello oficial", "sign": "Firma del declarante", "place_date": "Lugar y fecha"},
    "nl": {"dash": "niet van toepassing", "sign_office": "Handtekening ambtenaar",
           "seal": "Stempel", "sign": "Handtekening aangever", "place_date": "Plaats en datum"},
}

# --- legend: a coded form whose meanings stand in a key block -------------------------------

LEGEND_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienname (jetzt geführt)", "Familienname, wie er derzeit geführt wird"),
    "given_names": ("Vorname bzw. Vornamen (alle)", "sämtliche Vornamen in Reihenfolge"),
    "birth_name": ("früherer Familienname (Geburtsname), falls abweichend",
                   "Familienname bei der Geburt"),
    "date_of_birth": ("Geburt: Tag, Monat, Jahr", "Geburtsdatum der Person (Tag, Monat, Jahr)"),
    "place_of_birth": ("Geburtsgemeinde", "Gemeinde bzw. Ort der Geburt"),
    "sex": ("Geschlechtsangabe der Person", "Eintrag zum Geschlecht"),
    "nationality": ("Staatsangehörigkeit (derzeitige)", "Staatsangehörigkeit, die jetzt besteht"),
    "move_in_date": ("Einzugstag in die neue Wohnung", "Einzug erfolgt am (Datum)"),
    "street": ("Straßenname der Wohnanschrift", "Straße (Wohnanschrift, ohne Nummer)"),
    "house_number": ("Hausnummer einschl. Buchstabe", "Hausnummer (Wohnanschrift)"),
    "postal_code": ("Postleitzahl der Wohnanschrift", "fünfstellige Postleitzahl"),
    "city": ("Gemeinde der Wohnanschrift", "Ort (Wohnanschrift)"),
    "street_line": ("Straße samt Hausnummer (Wohnanschrift)",
                    "Straße und Hausnummer der Wohnanschrift"),
    "city_line": ("Postleitzahl mit Gemeinde", "PLZ samt Gemeinde (Wohnanschrift)"),
    "address_line": ("Wohnanschrift in einer Zeile", "Anschrift (komplett, eine Zeile)"),
    "previous_address": ("Anschrift der letzten Wohnung", "vorherige Anschrift (komplett)"),
    "dwelling": ("Nutzung der Wohnung (ankreuzen)", "Nutzungsstatus der neuen Wohnung"),
    "landlord_name": ("Name oder Firma der vermietenden Seite",
                      "Wohnungsgeber – Name oder Firmenbezeichnung"),
    "landlord_address": ("Anschrift der vermietenden Seite", "Wohnungsgeber – Postanschrift"),
    "landlord_role": ("Eigentumsverhältnis des Wohnungsgebers",
                      "Wohnungsgeber handelt als (ankreuzen)"),
    "flat_line": ("überlassene Wohnung – Anschrift in einer Zeile",
                  "Wohnung, in die eingezogen wurde"),
    "tenant": ("Vor- und Familienname einer eingezogenen Person",
               "Name einer Person, die eingezogen ist"),
    "birth_time": ("Zeitpunkt der Geburt (Stunde:Minute)", "Geburtszeitpunkt"),
    "mother_name": ("Name der Mutter (Vorname[n] und Familienname)", "Mutter des Kindes (Name)"),
    "father_name": ("Name des Vaters (Vorname[n] und Familienname)", "Vater des Kindes (Name)"),
    "registry_office": ("Standesamt, bei dem der Eintrag geführt wird", "Registerstelle"),
    "register_number": ("Eintragsnummer im Personenstandsregister",
                        "Nummer im Register (Eintragsnummer)"),
    "issue_date": ("Tag, an dem die Urkunde ausgestellt wurde", "Datum, an dem ausgestellt wurde"),
    "marriage_date": ("Heiratstag (Datum der Eheschließung)", "Heirat – Tag"),
    "marriage_place": ("Gemeinde der Eheschließung", "Heirat – Gemeinde"),
    "date_of_death": ("Todestag (Datum des Sterbefalls)", "Tag, an dem der Tod eintrat"),
    "place_of_death": ("Gemeinde des Sterbefalls", "Gemeinde, in der die Person verstarb"),
    "last_residence": ("letzte Wohnung der verstorbenen Person", "zuletzt gemeldete Wohnung"),
    "make": ("Hersteller bzw. Marke", "Marke des Fahrzeugs (Hersteller)"),
    "model": ("Typ bzw. Handelsname", "Handelsname des Fahrzeugs"),
    "vin": ("Fahrzeug-Identnummer (17-stellig)", "FIN des Fahrzeugs"),
    "evb_number": ("Nummer der elektronischen Versicherungsbestätigung",
                   "eVB-Nummer (siebenstellig)"),
    "desired_plate": ("Wunschkennzeichen, sofern reserviert",
                      "reserviertes Kennzeichen (Vorabreservierung)"),
    "account_holder": ("Person, auf deren Namen das Konto läuft", "kontoinhabende Person"),
    "iban": ("IBAN des Kontos für die Kfz-Steuer", "internationale Kontonummer (IBAN)"),
    "bic": ("Geschäftskennung der Bank (BIC)", "Bankleitcode (BIC)"),
    "bank": ("Bezeichnung des Kreditinstituts", "kontoführendes Kreditinstitut (Name)"),
    "passport_number": ("Reisepassnummer (Nationalpass)", "Nummer im Nationalpass"),
    "passport_expiry_date": ("Nationalpass gültig bis (Datum)", "Ablaufdatum des Reisepasses"),
    "entry_date": ("Einreise ins Bundesgebiet am (Datum)", "Einreisetag (Datum)"),
    "purpose": ("Zweck, dem der Aufenthalt dienen soll (ankreuzen)",
                "beabsichtigter Zweck des Aufenthalts"),
    "doc_kind": ("Art des Dokuments (ankreuzen)", "vorgelegte Dokumentart"),
    "doc_code": ("Dokumentenkennung aus der Lesezone", "Typ des Dokuments (Buchstabencode)"),
    "doc_number": ("Nummer des vorgelegten Dokuments", "Dokumentnummer (Seriennummer)"),
    "issuing_state": ("ausgebender Staat (Code)", "Staat, der das Dokument ausgab"),
    "expiry_date": ("Dokument gültig bis (Datum)", "Ablaufdatum des Dokuments"),
    "mrz_family": ("Familienname wie in der Lesezone", "Familienname – Zonenschreibweise"),
    "mrz_given": ("Vornamen wie in der Lesezone", "Vornamen – Zonenschreibweise"),
}

# Short labels some coded forms print beside the number (at most a third of them).
LEGEND_SHORT: Final[dict[str, tuple[str, ...]]] = {
    "family_name": ("Familienn.",), "given_names": ("Vorname(n) kpl.", "alle Vorn."),
    "birth_name": ("Geburtsn.",), "date_of_birth": ("Geburtsdat.",),
    "place_of_birth": ("Geburtsgem.",), "sex": ("Geschlechtsang.",),
    "nationality": ("Staatsangehör.",), "move_in_date": ("Tag d. Einzugs",),
    "street": ("Straßenn.",), "house_number": ("Haus-Nr. (Whg.)",),
    "postal_code": ("PLZ (Whg.)",), "city": ("Wohngem.",),
    "street_line": ("Str./Nr. (Whg.)",), "city_line": ("PLZ/Gem. (Whg.)",),
    "address_line": ("Anschr. (Whg.)",), "previous_address": ("Frühere Anschr.",),
    "dwelling": ("Nutzung (Whg.)",), "landlord_name": ("Whg.-Geber",),
    "landlord_address": ("Anschr. Whg.-Geber",), "landlord_role": ("Eigentümerstellung",),
    "flat_line": ("Anschr. der Whg.",), "tenant": ("Eingezogen (Name)",),
    "birth_time": ("Uhrz. (Geb.)",), "mother_name": ("Mutter (Vor-/Fam.-N.)",),
    "father_name": ("Vater (Vor-/Fam.-N.)",), "registry_office": ("Reg.-Stelle",),
    "register_number": ("Eintragsnr.",), "issue_date": ("Ausst.-Tag",),
    "marriage_date": ("Heiratstag",), "marriage_place": ("Heiratsgemeinde",),
    "date_of_death": ("Tag d. Todes",), "place_of_death": ("Sterbegem.",),
    "last_residence": ("Anschr. (zuletzt)",), "make": ("Marke (Fzg.)",),
    "model": ("Handelsn. (Fzg.)",), "vin": ("FIN (Fzg.)",), "evb_number": ("eVB (7-st.)",),
    "desired_plate": ("Kz. (vorab reserv.)",), "account_holder": ("Kto.-Inhaber/in",),
    "iban": ("IBAN",), "bic": ("BIC",), "bank": ("Kreditinst. (Name)",),
    "passport_number": ("Nat.-Pass-Nr.",), "passport_expiry_date": ("Nat.-Pass gültig bis",),
    "entry_date": ("Einreise am (Tag)",), "purpose": ("Zweck d. Aufenth.",),
    "doc_kind": ("Art (Dok.)",), "doc_code": ("Dok.-Kennung",), "doc_number": ("Nr. (Dok.)",),
    "issuing_state": ("Ausgabestaat (Code)",), "expiry_date": ("Dok. gültig bis",),
    "mrz_family": ("Familienn. (Zone)",), "mrz_given": ("Vorn. (Zone)",),
}

LEGEND_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("Teil Person", "Personalien der meldepflichtigen Person"),
    "dwelling": ("Teil neue Wohnung", "Die Wohnung, die bezogen wurde"),
    "previous": ("Teil frühere Wohnung", "Die Wohnung, die aufgegeben wurde"),
    "landlord": ("Teil Wohnungsgeber", "Wer die Wohnung überlässt"),
    "flat": ("Teil überlassene Wohnung", "Die Wohnung, die überlassen wurde"),
    "tenants": ("Teil eingezogene Personen", "Wer eingezogen ist"),
    "child": ("Teil Kind", "Personalien des Kindes laut Eintrag"),
    "parents": ("Teil Eltern", "Eltern – Personalien"),
    "register": ("Teil Registerangaben", "Eintragung und Ausstellung (Standesamt)"),
    "marriage": ("Teil Eheschließung", "Tag und Ort der Heirat"),
    "spouse1": ("Teil erste Person der Ehe", "Personalien der ersten eheschließenden Person"),
    "spouse2": ("Teil zweite Person der Ehe", "Personalien der zweiten eheschließenden Person"),
    "deceased": ("Teil verstorbene Person", "Verstorbene Person (Personalien laut Eintrag)"),
    "death": ("Teil Sterbefall", "Wann und wo der Tod eintrat"),
    "holder": ("Teil Halter/in", "Personalien der künftigen Halterin/des Halters"),
    "vehicle": ("Teil Fahrzeugdaten", "Das Fahrzeug, das zugelassen werden soll"),
    "sepa": ("Teil SEPA-Lastschrift", "Konto für den Einzug der Kfz-Steuer"),
    "passport": ("Teil Pass und Einreise", "Nationalpass und Tag der Einreise"),
    "residence": ("Teil Wohnanschrift", "Wohnanschrift im Bundesgebiet (derzeit)"),
    "stay": ("Teil Aufenthaltszweck", "Wozu der Aufenthalt dienen soll"),
    "document": ("Teil Dokumentdaten", "Das Dokument, das vorgelegt wurde"),
    "holder_id": ("Teil Inhaberdaten", "Die Person, für die das Dokument ausgestellt ist"),
}

LEGEND_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Meldevordruck (Kennziffernfassung) – Einzug",
                  "Anmeldung einer Wohnung – Vordruck mit Feldnummern"),
    "wohnungsgeberbestaetigung": ("Wohnungsgeberbestätigung – Vordruck mit Feldnummern",
                                  "Bestätigung des Einzugs (Kennziffernfassung)"),
    "geburtsurkunde": ("Geburtsurkunde – Formblatt mit Kennziffern",
                       "Standardformular Geburt (codierte Felder)"),
    "eheurkunde": ("Eheurkunde – Formblatt mit Kennziffern",
                   "Standardformular Eheschließung (codierte Felder)"),
    "sterbeurkunde": ("Sterbeurkunde – Formblatt mit Kennziffern",
                      "Standardformular Tod (codierte Felder)"),
    "antrag_zulassung": ("Antrag auf Fahrzeugzulassung – Vordruck mit Feldnummern",
                         "Zulassung eines Fahrzeugs (Kennziffernfassung)"),
    "aufenthaltstitel_antrag": ("Antrag auf Aufenthaltserlaubnis – Vordruck mit Feldnummern",
                                "Aufenthaltsantrag (Kennziffernfassung)"),
    "identity_document": ("Erfassungsvordruck Ausweisdokument (codierte Felder)",
                          "Dokumentdaten – Vordruck mit Feldnummern"),
}

LEGEND_HEADS: Final = ("Schlüssel zu den Kennziffern", "Was die Feldnummern bedeuten",
                       "Zeichenerklärung zu den Kästchen", "Bedeutung der Feldkennungen")

LEGEND_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "fill_in": ("Bitte in die nummerierten Kästchen eintragen; die Bedeutung der Nummern steht "
                "im Schlüssel.",
                "Jedes Kästchen trägt eine Kennziffer. Was einzutragen ist, ergibt sich aus dem "
                "Schlüssel auf dieser Seite."),
    "tick": ("Zutreffendes ankreuzen.", "Nur ein Kästchen ankreuzen."),
    "form_no": ("Kennziffer des Formblatts", "Vordruck-Kennziffer"),
    "edition": ("Fassung des Formblatts", "Druckfassung"),
    "place_date": ("Unterzeichnet (Ort, Datum)", "Ort sowie Tag der Unterzeichnung"),
    "sign": ("Unterschrift (Person, die das Formblatt ausfüllt)",
             "Eigenhändige Unterschrift der ausfüllenden Person"),
    "notes": ("Hinweise zum Ausfüllen des Formblatts", "Allgemeine Hinweise zu diesem Formblatt"),
    "notes_text": ("Tragen Sie jede Angabe in das Kästchen mit der passenden Kennziffer ein. "
                   "Welche Angabe zu welcher Kennziffer gehört, steht im Schlüssel auf der "
                   "ersten Seite. Kästchen, die für Sie nicht zutreffen, bleiben frei. Bei "
                   "Ankreuzfeldern ist jeweils nur eine Möglichkeit zu wählen.",
                   "Das Formblatt wird maschinell gelesen. Schreiben Sie deshalb nur innerhalb "
                   "der Kästchen und verwenden Sie dunkle Farbe. Unvollständige Formblätter "
                   "können zu Rückfragen und Verzögerungen führen. Nachweise sind im Original "
                   "vorzulegen."),
    "privacy": ("Ihre Angaben werden ausschließlich zur Bearbeitung dieses Vorgangs verwendet "
                "und nach Ablauf der gesetzlichen Fristen gelöscht.",
                "Die Erhebung der Daten beruht auf den einschlägigen Fachgesetzen; Auskunft über "
                "die gespeicherten Daten erteilt die ausgebende Stelle."),
    "sign_office": ("Unterschrift der Standesbeamtin/des Standesbeamten",
                    "Unterschrift für das Standesamt"),
    "seal": ("Abdruck Dienstsiegel", "Siegel (Standesamt)"),
    "page": ("Seite {n} von {m} des Formblatts", "Formblatt-Seite {n}/{m}"),
    "cont": ("Fortsetzung des Formblatts", "Formblatt, Fortsetzung"),
    "office": ("Vermerke der Behörde (nicht ausfüllen)", "Nur von der Behörde auszufüllen"),
    "copy": ("Ablichtung des Dokuments (Anlage)", "Anlage: Ablichtung"),
}

# --- printing habits ------------------------------------------------------------------------

CIEC_DATE_STYLES: Final = ("iso", "word", "word_dot", "numeric", "iso", "word")
LEGEND_DATE_STYLES: Final = ("numeric", "numeric", "spaced", "word_dot", "iso")
EXTRA15_DATE_STYLES: Final = tuple(dict.fromkeys((*CIEC_DATE_STYLES, *LEGEND_DATE_STYLES)))


def format_extra15_date(d: date, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "word":  # "14 März 1987"
        return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"
    if style == "word_dot":  # "14. März 1987"
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "spaced":  # "14 03 1987" (typed in day / month / year boxes)
        return f"{d.day:02d} {d.month:02d} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra15_date(d, s) for s in EXTRA15_DATE_STYLES}


SEX_FOREIGN15: Final[dict[str, dict[str, str]]] = {
    "fr": {"F": "féminin", "M": "masculin", "D": "autre", "X": "non indiqué"},
    "it": {"F": "femminile", "M": "maschile", "D": "altro", "X": "non indicato"},
    "es": {"F": "femenino", "M": "masculino", "D": "otro", "X": "no consta"},
    "nl": {"F": "vrouwelijk", "M": "mannelijk", "D": "anders", "X": "onbepaald"},
}
SEX15: Final[dict[str, dict[str, str]]] = {
    "word": {"F": "weiblich", "M": "männlich", "D": "divers", "X": "ohne Angabe"},
    "letter": {"F": "W", "M": "M", "D": "D", "X": "X"},
    **{f"multi_{lang}": {c: f"{w} / {SEX_FOREIGN15[lang][c]}"
                         for c, w in (("F", "weiblich"), ("M", "männlich"), ("D", "divers"),
                                      ("X", "ohne Angabe"))}
       for lang in SEX_FOREIGN15},
}
CIEC_SEX_MODES: Final = ("word", "multi", "letter", "multi")
LEGEND_SEX_MODES: Final = ("choice", "choice", "word")
SEX_ORDER15: Final = ("F", "M", "D", "X")


def sex_word(code: str, mode: str, lang: str = "fr") -> str:
    if mode == "multi":
        return SEX15[f"multi_{lang}"][code]
    return SEX15.get(mode, SEX15["word"])[code]


def sex_printings(code: str) -> set[str]:
    return {table[code] for table in SEX15.values()}


CIEC_NATIONALITY_MODES: Final = ("country", "adjective", "code", "country_code")
LEGEND_NATIONALITY_MODES: Final = ("adjective", "adjective", "country")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "country":
        return country
    if mode == "code":
        return code
    if mode == "country_code":
        return f"{code} – {country}"
    return adjective


def nationality_printings(code: str) -> set[str]:
    return {nationality_word(code, m) for m in ("adjective", "country", "code", "country_code")}


# purposes: (ciec wording, legend option)
PURPOSE15: Final[dict[str, tuple[str, str]]] = {
    "study": ("Studium an einer deutschen Hochschule", "Studienzwecke"),
    "employment": ("Ausübung einer abhängigen Beschäftigung", "Arbeitsaufnahme im Inland"),
    "family": ("Herstellung der familiären Lebensgemeinschaft", "Zusammenführung der Familie"),
    "humanitarian": ("Schutz aus humanitären Erwägungen", "Schutzgründe (humanitär)"),
    "other": ("sonstiger Aufenthaltsgrund", "anderweitiger Zweck"),
}
PURPOSE_ORDER15: Final = ("study", "employment", "family", "humanitarian", "other")
# dwellings: (ciec wording, legend option)
DWELLING15: Final[dict[str, tuple[str, str]]] = {
    "main": ("vorrangig genutzte Wohnung (Hauptw.)", "vorrangig genutzt"),
    "secondary": ("weitere Wohnung (Nebenw.)", "zusätzlich genutzt"),
}
DWELLING_ORDER15: Final = ("main", "secondary")
# landlord roles: (ciec wording, legend option); owner first
LANDLORD_ROLES15: Final = (
    ("Eigentümerin bzw. Eigentümer der Wohnung", "ist selbst Eigentümer/in"),
    ("von der Eigentümerseite beauftragt", "beauftragte Stelle"),
)
# document kinds: (ciec wording, legend option)
ID_KINDS15: Final = {"P": ("Nationalpass (Datenseite)", "Nationalpass (Reisepass)"),
                     "I": ("Ausweiskarte (Vorder- und Rückseite)", "Identitätskarte")}

BASE_VALUE_WORDS: Final = frozenset({
    "weiblich", "männlich", "divers", "ohne Angabe", "W", "M", "D", "X", "Ja", "Nein",
})


class Extra15Wording(Wording):
    """Row labels with their translations (ciec) or legend explanations and short labels
    (legend), headings, furniture and titles from the nineteenth pool, chosen once per
    document."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.ciec = layout == "ciec"
        self._other: dict[str, str] = {}
        self._scheme = rng.randrange(2)
        k = rng.choice((2, 2, 3))
        self.langs: tuple[str, ...] = tuple(rng.sample(LANGS, k))
        self.register = True  # a register extract; applications avoid the register's words

    def _plain(self, options: tuple[str, ...]) -> tuple[str, ...]:
        """Register extracts speak of the entry, other documents of the identity card."""
        if self.register:
            kept = tuple(o for o in options if "laut Ausweis" not in o)
        else:
            kept = tuple(o for o in options if "intrag" not in o and "ingetragen" not in o)
        return kept or options

    def _once(self, prefix: str, key: str, options: tuple[str, ...]) -> str:
        k = prefix + key
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        """The German row label (ciec) or the legend's explanation (legend) of ``key``."""
        if key not in self._chosen:
            options = self._plain((CIEC_LABELS if self.ciec else LEGEND_LABELS)[key])
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def foreign(self, lang: str, key: str) -> str:
        return CIEC_FOREIGN[lang][key]

    def short(self, key: str) -> str:
        return self._once("short:", key, LEGEND_SHORT[key])

    def section(self, key: str) -> str:
        """Section headings follow one scheme per document."""
        k = "s:" + key
        if k not in self._other:
            options = self._plain((CIEC_SECTIONS if self.ciec else LEGEND_SECTIONS)[key])
            self._other[k] = options[min(self._scheme, len(options) - 1)]
        return self._other[k]

    def section_foreign(self, lang: str, key: str) -> str:
        return CIEC_SECTIONS_FOREIGN[lang][key]

    def word(self, key: str) -> str:
        return self._once("w:", key, self._plain((CIEC_WORDS if self.ciec else LEGEND_WORDS)[key]))

    def paired(self, key: str) -> str:
        """A word that must match its partner (the two spouses' column heads)."""
        options = (CIEC_WORDS if self.ciec else LEGEND_WORDS)[key]
        return options[min(self._scheme, len(options) - 1)]

    def word_foreign(self, lang: str, key: str) -> str:
        return CIEC_WORDS_FOREIGN[lang][key]

    def legend_head(self) -> str:
        return self._once("head", "", LEGEND_HEADS)

    def title(self, doc_type: str) -> str:
        options = (CIEC_TITLES if self.ciec else LEGEND_TITLES)[doc_type]
        return options[self._rng.randrange(len(options))]

    def title_foreign(self, lang: str, doc_type: str) -> str:
        return CIEC_TITLES_FOREIGN[lang][doc_type]


Day = date


@dataclass(slots=True)
class Extra15Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: Day) -> str:
        return format_extra15_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German wording that labels a value: the extract's row labels, the legend's
    explanations and the short labels beside the numbers."""
    return [s for pool in (CIEC_LABELS, LEGEND_LABELS, LEGEND_SHORT) for options in pool.values()
            for s in options]


def foreign_strings() -> list[str]:
    """The translations the extract prints beside the German row labels, headings, titles and
    furniture."""
    out = [s for table in (CIEC_FOREIGN, CIEC_SECTIONS_FOREIGN, CIEC_TITLES_FOREIGN,
                           CIEC_WORDS_FOREIGN) for lang in table.values() for s in lang.values()]
    return list(dict.fromkeys(out))


def all_label_strings() -> list[str]:
    """Every German label, heading, title, instruction and furniture word of this pool."""
    pools_ = (CIEC_LABELS, CIEC_SECTIONS, CIEC_TITLES, CIEC_WORDS, LEGEND_LABELS, LEGEND_SHORT,
              LEGEND_SECTIONS, LEGEND_TITLES, LEGEND_WORDS)
    out = [s for pool in pools_ for options in pool.values() for s in options]
    return out + list(LEGEND_HEADS)


def value_strings() -> list[str]:
    """This pool's own wordings of values (for tests)."""
    out = [s for table in SEX15.values() for s in table.values()]
    out += [s for table in SEX_FOREIGN15.values() for s in table.values()]
    out += [s for options in PURPOSE15.values() for s in options]
    out += [s for options in DWELLING15.values() for s in options]
    out += [s for pair in LANDLORD_ROLES15 for s in pair]
    out += [s for pair in ID_KINDS15.values() for s in pair]
    return [s for s in dict.fromkeys(out) if s not in BASE_VALUE_WORDS]
