"""Label wordings shared by several document types (persons, addresses, certificates).

German forms print the same facts under many names; these are the common ones. A type
module may add its own wordings in front of these.
"""

from __future__ import annotations

# Bilingual forms (the immigration office's, certificates for use abroad) gloss each label
# in English, under it or after a slash; the glosses are labels too.
FAMILY_NAME = ("Familienname", "Nachname", "Name", "Zuname", "Familienname (Name)", "Surname",
               "Family name", "Last name",
               ("Name, Vorname", 0), ("Name, Vornamen", 0), ("Familienname, Vornamen", 0),
               ("Familienname, Vorname", 0), ("Nachname, Vorname", 0))
GIVEN_NAMES = ("Vornamen", "Vorname", "Vorname(n)", "Rufname", "Vn.", "Given names",
               "Given name(s)",
               "First name(s)", "First names", "First name", "Forename(s)", "Forenames",
               ("Name, Vorname", 1), ("Name, Vornamen", 1), ("Familienname, Vornamen", 1),
               ("Familienname, Vorname", 1), ("Nachname, Vorname", 1))
BIRTH_NAME = ("Geburtsname", "geborene", "geb.", "früherer Name", "Name at birth", "Birth name",
              "Maiden name", "Familienname vor der ersten Eheschließung",
              "Name vor der Eheschließung")
DATE_OF_BIRTH = ("Geburtsdatum", "Tag der Geburt", "geboren am", "Geb.-Datum", "Geb.datum",
                 "geb. am", "Geb. am",
                 "Geburtstag", "Datum der Geburt", "Geburt am", "Date of birth", "Birth date")
PLACE_OF_BIRTH = ("Geburtsort", "Ort der Geburt", "geboren in", "geb. in", "Geb.-Ort",
                  "Place of birth", "Birthplace")
SEX = ("Geschlecht", "Geschlechtseintrag", "Geschl.", "Sex", "Gender")
NATIONALITY = ("Staatsangehörigkeit", "Staatsangehörigkeit(en)", "Nationalität", "StA", "StAng.",
               "Staatsbürgerschaft",
               "Staatsangehörigkeiten", "Nationality", "Citizenship")
STREET = ("Straße", "Strasse", "Str.", "Straßenname", "Straßenbezeichnung", "Straße/Platz",
          "Straße, Platz", "Straße, Hausnummer",
          "Straße / Nr.", "Straße, Nr.", "Straße und Nr.",
          "Straße und Hausnummer", "Straße / Hausnummer", "Straße/Hausnr.", "Straße, Hausnr.",
          "Straße, Gebäudenummer", "Straße und Gebäudenummer", "Anschrift", "Adresse",
          "Wohnanschrift", "Wohnadresse", "Wohnung", "Wohnsitz", "Street", "Street and number",
          "Address")
HOUSE_NUMBER = ("Hausnummer", "Hausnr.", "Haus-Nr.", "Hs.-Nr.", "Hsnr.", "HNr.",
                "Nr.", "Nr./Zusatz", "Straße, Hausnummer",
                "Straße / Nr.", "Straße, Nr.", "Straße und Nr.",
                "Straße und Hausnummer", "Straße / Hausnummer", "Straße/Hausnr.",
                "Straße, Hausnr.", "Straße, Gebäudenummer", "Straße und Gebäudenummer",
                "Anschrift", "Adresse", "Wohnanschrift", "Wohnadresse",
                "Wohnung", "Wohnsitz", "House number", "House no.", "Street and number", "Address")
# A postal code and its town under one label, said with any of the words for the town
# ("PLZ / Gemeinde", "Postleitzahl u. Stadt"): the label is both fields' whole label.
POSTAL_AND_TOWN = tuple(f"{code}{joint}{town}" for code in ("PLZ", "Postleitzahl")
                        for joint in (", ", " / ", " und ", " u. ", " samt ")
                        for town in ("Gemeinde", "Stadt", "Wohnort"))
POSTAL_CODE = ("Postleitzahl", "PLZ", "PLZ, Ort", "PLZ / Ort", "PLZ/Ort", "PLZ und Ort",
               "Postleitzahl, Ort", "Postleitzahl und Ort", "PLZ, Wohnort", *POSTAL_AND_TOWN,
               "Anschrift",
               "Adresse", "Wohnanschrift", "Wohnadresse", "Wohnung", "Wohnsitz", "Postcode",
               "Postal code", "Post code", "ZIP code", "Postcode and town", "Postcode, town",
               "Address")
CITY = ("Ort", "Wohnort", "Gemeinde", "Gemeindename", "Ortsname", "PLZ, Ort", "PLZ / Ort",
        "PLZ/Ort", "PLZ und Ort", "Postleitzahl, Ort", "Postleitzahl und Ort", "PLZ, Wohnort",
        *POSTAL_AND_TOWN,
        "Anschrift", "Adresse", "Wohnanschrift", "Wohnadresse", "Wohnung", "Wohnsitz", "City",
        "Town", "Place of residence", "Municipality", "Postcode and town", "Postcode, town",
        "Address")
REGISTRY_OFFICE = ("Standesamt", "Registerbehörde", "ausstellendes Standesamt", "Registry office",
                   "Register office")
REGISTER_NUMBER = ("Registernummer", "Register-Nr.", "Registernr.", "Reg.-Nr.", "Nr. des Registers",
                   "Geburtenregister", "Eheregister", "Sterberegister", "Register",
                   "Register number", "Register no.", "Entry number")
ISSUE_DATE = ("Datum der Ausstellung", "Ausstellungsdatum", "ausgestellt am", "Ausgestellt",
              "Datum", "den", "Date of issue", "Issued on", "Issue date", "Ausstellungstag",
              "Tag der Ausstellung")

# Word stems (folded: ä → a, ß → ss) that name a field in wordings not listed above.
FAMILY_NAME_KEYS = ("familienname", "nachname", "zuname", "famname", "surname")
GIVEN_NAMES_KEYS = ("vorname", "rufname", "givenname", "firstname", "forename")
DATE_OF_BIRTH_KEYS = (("geburt", "datum"), ("geburt", "tag"), ("geboren", "am"), ("gebdat",),
                      ("gebtag",),
                      ("geboren", "datum"), ("geboren", "tag"),
                      ("birth", "date"), ("date", "birth"))
PLACE_OF_BIRTH_KEYS = (("geburt", "ort"), ("geboren", "in"), ("gebort",), ("place", "birth"),
                       ("birthplace",), ("geburt", "gemeinde"), ("geburt", "stadt"),
                       ("geboren", "ort"), ("wo", "geboren"))
# (a question may name the options: "Ist das Kind ein Mädchen oder ein Junge?")
SEX_KEYS = ("geschlecht", "gender", ("madchen", "junge"), ("frau", "mann"))
# "Name bei Geburt", "Familienname zur Zeit der Geburt".
BIRTH_NAME_KEYS = (("geburt", "name"), ("vormalig", "name"), ("fruher", "name"),
                   ("ehemalig", "name"))
NATIONALITY_KEYS = ("staatsang", "nationalit", "staatsburger", "staatszugeh",
                    ("angehorig", "staat"))
# A landlord dates the move-in by the handover ("Übergabe der Wohnung am"); a question by
# the time since ("Seit welchem Tag bewohnen Sie die neue Wohnung?").
MOVE_IN_KEYS = ("einzug", "bezug", "zuzug", "eingezogen", "bezogen", "ubergabe",
                ("seit", "bewohn"), ("beziehen", "wohn"), "wohnsitznahme",
                ("gezogen", "wohnung"), ("seit", "wohnen"))  # "Seit wann wohnen die Personen …?"
REGISTER_NUMBER_KEYS = (("register", "nummer"), ("register", "nr"), ("registereintrag",),
                        ("eintrag", "nr"), ("regnr",), ("urkundennummer",),
                        # the registry office's file number, not a sender's reference
                        ("aktenzeichen", "standesamt"))
# "Erstellt am" closes a certificate printed from a register or a portal.
# A certificate is "erteilt" too ("Urkunde erteilt am", "Tag der Erteilung").
ISSUE_DATE_KEYS = ("ausgestellt", "ausstellung", "erstellt", ("date", "issue"), "issued",
                   "erteilt", "erteilung", "ausgefertigt", "ausfertigung", ("urkunde", "datiert"),
                   # "Auszug gefertigt am", "Abschrift gefertigt den"
                   ("auszug", "gefertigt"), ("abschrift", "gefertigt"),
                   # "Urk.-Dat." (the certificate's date)
                   ("urkdat",))
# The dwelling's address in one compound ("Wohnungsadresse") holds every part of it. A bare
# "Adresse" or "Anschrift" is no key: on a form naming several addresses (landlord's, former)
# it says too little; "Meldeadresse" heads a group of the parts' own labels more often.
ADDRESS_KEYS = ("wohnungsadresse", "wohnungsanschrift")
STREET_KEYS = ("strasse", *ADDRESS_KEYS)
HOUSE_NUMBER_KEYS = ("hausnummer", "hausnr", "hnr", "gebaudenr", "gebaudenummer",
                     ("gebaud", "nummer"),
                     ("nummer", "haus"),  # "Welche Nummer hat das Haus?"
                     *ADDRESS_KEYS)
POSTAL_CODE_KEYS = ("postleit", "plz", "postcode", "postalcode", "zipcode", "leitzahl",
                    *ADDRESS_KEYS)
CITY_KEYS = ("wohnort", "gemeinde", "ortsangabe", "ortsname", "ortschaft", *ADDRESS_KEYS)

# Labels forms print for facts the catalog does not ask for. They are never values: a value
# search that meets one stops there.
OTHER_LABELS = ("Uhrzeit der Geburt", "Geburtszeit", "Unterschrift", "Telefon", "Telefonnummer",
                "E-Mail", "Marke", "Hersteller", "Handelsbezeichnung", "Typ / Modell", "Typ",
                "BIC", "Kreditinstitut", "Geldinstitut", "Bank", "Religion",
                "Religionszugehörigkeit", "Familienstand", "Beruf", "Doktorgrad", "Ordensname",
                "Künstlername",
                "Aktenzeichen", "Bemerkungen", "Hinweise", "Datum, Unterschrift",
                "Ort, Datum", "Ort und Datum der Unterschrift", "Unterschrift des Wohnungsgebers",
                "Ort, Tag", "Ort und Tag", "Ort und Datum", "Ort / Datum",
                "Tag der Unterzeichnung", "Datum der Unterzeichnung",
                "Angaben zum Halter",
                "Angaben zum Fahrzeug", "Angaben zur Person", "Angaben zum Wohnungsgeber",
                "Angaben zur Wohnung", "Fahrzeugklasse", "Wohnungsgeber ist",
                # the landlord's capacity (owner, or acting for one): no catalog field
                "Eigenschaft", "Eigenschaft des Wohnungsgebers",
                "Gläubiger-Identifikationsnummer", "Mandatsreferenz", "Seite")


# People a form may ask about besides the one its case is about (word stems, folded and
# squashed): whoever acts for the person, is asked to be contacted, or witnesses.
REPRESENTATIVES = ("bevollm", "vollmacht", "vertret", "beauftragt", "ansprechpartn",
                   "ruckfrag", "kontaktperson", "betreuer")
# (not the registrar: the office's signature block closes a certificate, its dates under it)
WITNESSES = ("zeuge", "zeugin")
