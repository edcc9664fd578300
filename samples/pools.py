"""Word pools for plausible synthetic data.

Every string stays inside Windows-1252 so that the PDF base-14 fonts can print it too.
"""

from __future__ import annotations

from typing import Final

# city -> (postal codes, plate area code)
CITIES: Final[dict[str, tuple[tuple[str, ...], str]]] = {
    "Bochum": (("44787", "44789", "44791", "44793", "44795", "44801", "44805", "44869"), "BO"),
    "Dortmund": (("44135", "44137", "44139", "44141", "44147", "44225", "44263", "44379"), "DO"),
    "Essen": (("45127", "45128", "45130", "45138", "45147", "45219", "45276", "45359"), "E"),
    "Gelsenkirchen": (("45879", "45881", "45883", "45886", "45889", "45899"), "GE"),
    "Herne": (("44623", "44625", "44627", "44649", "44651", "44653"), "HER"),
    "Witten": (("58452", "58453", "58454", "58455", "58456"), "EN"),
    "Hattingen": (("45525", "45527", "45529"), "EN"),
    "Mülheim an der Ruhr": (("45468", "45470", "45472", "45475", "45478", "45481"), "MH"),
    "Düsseldorf": (("40210", "40211", "40212", "40215", "40476", "40589"), "D"),
    "Köln": (("50667", "50668", "50672", "50674", "50733", "50939", "51063"), "K"),
    "Münster": (("48143", "48145", "48147", "48149", "48151", "48155"), "MS"),
    "Lüdenscheid": (("58507", "58509", "58511", "58513", "58515"), "MK"),
    "Berlin": (("10115", "10243", "10405", "10827", "12043", "13353"), "B"),
    "Hamburg": (("20095", "20146", "20357", "22083", "22765"), "HH"),
    "München": (("80331", "80469", "80796", "81369", "81667"), "M"),
    "Leipzig": (("04103", "04105", "04155", "04275", "04315"), "L"),
    "Dresden": (("01067", "01069", "01097", "01187", "01307"), "DD"),
    "Halle (Saale)": (("06108", "06110", "06114", "06120", "06130"), "HAL"),
    "Frankfurt am Main": (("60306", "60311", "60316", "60385", "60486", "60594"), "F"),
    "Würzburg": (("97070", "97072", "97074", "97080", "97082"), "WÜ"),
    "Fürth": (("90762", "90763", "90765", "90766", "90768"), "FÜ"),
    "Gießen": (("35390", "35392", "35394", "35396", "35398"), "GI"),
    "Lübeck": (("23552", "23554", "23556", "23562", "23568"), "HL"),
    "Osnabrück": (("49074", "49076", "49078", "49082", "49090"), "OS"),
    "Saarbrücken": (("66111", "66113", "66117", "66119", "66123"), "SB"),
    "Görlitz": (("02826", "02827", "02828"), "GR"),
}

# Ruhr cities are where the service runs: weight them up.
HOME_CITIES: Final[tuple[str, ...]] = (
    "Bochum", "Bochum", "Bochum", "Dortmund", "Essen", "Gelsenkirchen", "Herne", "Witten",
    "Hattingen", "Mülheim an der Ruhr",
)

STREETS: Final[tuple[str, ...]] = (
    "Hauptstraße", "Bahnhofstraße", "Kortumstraße", "Königsallee", "Schloßstraße",
    "Gartenstraße", "Lindenweg", "Am Grünen Weg", "Brückstraße", "Wittener Straße",
    "Castroper Straße", "Universitätsstraße", "Hattinger Straße", "Dorstener Straße",
    "Große Weilstraße", "Kirchplatz", "Am Bergbaumuseum", "Südring", "Ümminger Straße",
    "Höntroper Straße", "Weißdornweg", "Mühlenstraße", "Friedrich-Ebert-Straße",
    "Alleestraße", "Marienplatz", "An der Jahrhunderthalle", "Fußgängerweg",
    "Kemnader Straße", "Im Düsterfeld", "Rüdesheimer Straße",
)

# alpha-3 -> (adjective as forms print it, country name)
NATIONALITIES: Final[dict[str, tuple[str, str]]] = {
    "DEU": ("deutsch", "Deutschland"),
    "TUR": ("türkisch", "Türkei"),
    "POL": ("polnisch", "Polen"),
    "SYR": ("syrisch", "Syrien"),
    "UKR": ("ukrainisch", "Ukraine"),
    "ITA": ("italienisch", "Italien"),
    "ESP": ("spanisch", "Spanien"),
    "FRA": ("französisch", "Frankreich"),
    "GRC": ("griechisch", "Griechenland"),
    "ROU": ("rumänisch", "Rumänien"),
    "IND": ("indisch", "Indien"),
    "VNM": ("vietnamesisch", "Vietnam"),
    "AFG": ("afghanisch", "Afghanistan"),
    "NGA": ("nigerianisch", "Nigeria"),
    "CHN": ("chinesisch", "China"),
    "USA": ("US-amerikanisch", "Vereinigte Staaten"),
    "BRA": ("brasilianisch", "Brasilien"),
    "IRN": ("iranisch", "Iran"),
    "EGY": ("ägyptisch", "Ägypten"),
    "MAR": ("marokkanisch", "Marokko"),
}

EU_FOREIGN: Final[tuple[str, ...]] = ("POL", "ITA", "ESP", "FRA", "GRC", "ROU")
THIRD_COUNTRY: Final[tuple[str, ...]] = (
    "TUR", "SYR", "UKR", "IND", "VNM", "AFG", "NGA", "CHN", "USA", "BRA", "IRN", "EGY", "MAR",
)

# name group -> (family names, female given names, male given names)
NAMES: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]] = {
    "DEU": (
        (
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
            "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann",
            "Lange", "Krause", "Lehmann", "Köhler", "Weiß", "Groß", "Jäger", "Böhm", "Meißner",
            "Fuß", "Strauß", "Gößling", "Dörfler", "Mühlenbeck", "Kühn", "Vogt", "Bäcker",
            "Schulze-Höing", "Nüßlein", "Overbeck", "Tüselmann", "Brüggemann",
        ),
        (
            "Anna", "Sophie", "Marie", "Lena", "Lea", "Hannah", "Emilia", "Mia", "Käthe",
            "Ursula", "Renate", "Heike", "Jana", "Marlene", "Greta", "Zoë", "Renée", "Jördis",
            "Anna Sophie", "Marie-Luise", "Hannelore", "Bärbel", "Gisela", "Brigitte",
        ),
        (
            "Jürgen", "Jörg", "Björn", "Sören", "Günter", "Hans-Peter", "Karl-Heinz", "Lukas",
            "Maximilian", "Felix", "Jonas", "Klaus", "Uwe", "Dieter", "Gerd", "Tobias", "Paul",
            "André", "Jan Hendrik", "Bernd", "Horst", "Niklas", "Moritz", "Till",
        ),
    ),
    "TUR": (
        ("Yilmaz", "Kaya", "Demir", "Çelik", "Yildiz", "Öztürk", "Aydin", "Özdemir", "Arslan",
         "Koç", "Kurt", "Aksoy", "Polat", "Erdem"),
        ("Elif", "Zeynep", "Fatma", "Özlem", "Deniz", "Kübra", "Merve", "Esra", "Selin"),
        ("Mehmet", "Emre", "Murat", "Hüseyin", "Gökhan", "Can", "Cem", "Burak", "Kerem"),
    ),
    "POL": (
        ("Nowak", "Kowalski", "Wójcik", "Kowalczyk", "Lewandowski", "Jankowski", "Mazur",
         "Krawczyk", "Piotrowski", "Grabowski", "Pawlak", "Michalski", "Król"),
        ("Katarzyna", "Agnieszka", "Anna", "Magdalena", "Zofia", "Joanna", "Ewa"),
        ("Tomasz", "Piotr", "Krzysztof", "Jakub", "Marek", "Andrzej", "Kamil"),
    ),
    "SYR": (
        ("Al-Hassan", "Haddad", "Khalil", "Nasser", "Al-Ahmad", "Mansour", "Saleh", "Hamdan",
         "Youssef", "Darwish"),
        ("Fatima", "Rania", "Layla", "Nour", "Yasmin", "Amal", "Hiba"),
        ("Mohammad", "Ahmad", "Omar", "Khaled", "Hussein", "Bilal", "Tarek"),
    ),
    "UKR": (
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk",
         "Oliinyk", "Boiko", "Moroz", "Lysenko"),
        ("Olena", "Oksana", "Iryna", "Yuliia", "Nataliia", "Viktoriia", "Sofiia"),
        ("Andrii", "Dmytro", "Serhii", "Mykola", "Oleksandr", "Taras", "Bohdan"),
    ),
    "SOUTH": (
        ("Rossi", "Russo", "Ferrari", "Esposito", "García", "Fernández", "López", "Martínez",
         "Papadopoulos", "Nikolaidis", "Lefèvre", "Dubois", "Popescu", "Ionescu"),
        ("Giulia", "Francesca", "María", "Lucía", "Élodie", "Amélie", "Eleni", "Ioana"),
        ("Marco", "Luca", "José", "Álvaro", "François", "Noël", "Dimitrios", "Andrei"),
    ),
    "IND": (
        ("Sharma", "Patel", "Singh", "Gupta", "Reddy", "Iyer", "Nair"),
        ("Priya", "Ananya", "Lakshmi", "Divya", "Kavya"),
        ("Rahul", "Arjun", "Vikram", "Sanjay", "Karthik"),
    ),
    "VNM": (
        ("Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu"),
        ("Thi Hoa", "Thi Lan", "Ngoc Anh", "Thu Trang"),
        ("Van Minh", "Duc Anh", "Quang Huy", "Minh Tuan"),
    ),
    "CHN": (
        ("Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao"),
        ("Fang", "Jing", "Xiaomei", "Yan", "Min"),
        ("Wei", "Lei", "Jun", "Hao", "Qiang"),
    ),
    "PER": (
        ("Ahmadi", "Rahimi", "Hosseini", "Rezaei", "Karimi", "Mohammadi", "Sultani"),
        ("Mariam", "Shirin", "Sahar", "Zahra", "Parisa"),
        ("Farid", "Reza", "Ali", "Hamid", "Mustafa"),
    ),
    "NGA": (
        ("Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu"),
        ("Ngozi", "Funmilayo", "Chiamaka", "Adaeze"),
        ("Chinedu", "Emeka", "Oluwaseun", "Tunde"),
    ),
    "USA": (
        ("Smith", "Johnson", "Miller", "Davis", "Brown", "Wilson"),
        ("Emily", "Ashley", "Jessica", "Sarah"),
        ("Michael", "Ryan", "Christopher", "Daniel"),
    ),
    "BRA": (
        ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa"),
        ("Ana", "Luíza", "Mariana", "Beatriz"),
        ("João", "Gabriel", "Lucas", "Mateus"),
    ),
    "ARA": (
        ("Mahmoud", "Ibrahim", "Abdelrahman", "Benali", "Alaoui", "El Amrani", "Mansour"),
        ("Mona", "Heba", "Salma", "Fatima Zahra", "Nadia"),
        ("Amr", "Youssef", "Hamza", "Karim", "Mehdi"),
    ),
}

NAME_GROUP: Final[dict[str, str]] = {
    "DEU": "DEU", "TUR": "TUR", "POL": "POL", "SYR": "SYR", "UKR": "UKR",
    "ITA": "SOUTH", "ESP": "SOUTH", "FRA": "SOUTH", "GRC": "SOUTH", "ROU": "SOUTH",
    "IND": "IND", "VNM": "VNM", "AFG": "PER", "CHN": "CHN", "IRN": "PER",
    "NGA": "NGA", "USA": "USA", "BRA": "BRA", "EGY": "ARA", "MAR": "ARA",
}

# Multi-word family names that real German forms print (used outside prose layouts).
PARTICLE_FAMILY_NAMES: Final[tuple[str, ...]] = (
    "von der Heide", "van den Berg", "de la Cruz", "zur Nieden", "von Ahlen",
)

FOREIGN_PLACES: Final[dict[str, tuple[str, ...]]] = {
    "TUR": ("Istanbul", "Ankara", "Izmir", "Trabzon", "Gaziantep"),
    "POL": ("Warszawa", "Kraków", "Poznan", "Wroclaw", "Lodz"),
    "SYR": ("Damaskus", "Aleppo", "Homs", "Latakia"),
    "UKR": ("Kyjiw", "Charkiw", "Lwiw", "Odesa", "Dnipro"),
    "ITA": ("Napoli", "Palermo", "Roma", "Bari"),
    "ESP": ("Madrid", "Sevilla", "Málaga", "Valencia"),
    "FRA": ("Lyon", "Marseille", "Lille", "Besançon"),
    "GRC": ("Thessaloniki", "Athen", "Patras"),
    "ROU": ("Bukarest", "Cluj-Napoca", "Timisoara"),
    "IND": ("Mumbai", "Bengaluru", "Chennai", "Pune"),
    "VNM": ("Hanoi", "Hai Phong", "Ho-Chi-Minh-Stadt"),
    "AFG": ("Kabul", "Herat", "Mazar-e Sharif"),
    "NGA": ("Lagos", "Abuja", "Ibadan"),
    "CHN": ("Peking", "Shanghai", "Wuhan", "Chengdu"),
    "USA": ("Chicago", "New York", "Houston"),
    "BRA": ("São Paulo", "Recife", "Curitiba"),
    "IRN": ("Teheran", "Isfahan", "Schiras"),
    "EGY": ("Kairo", "Alexandria", "Gizeh"),
    "MAR": ("Casablanca", "Rabat", "Fès", "Tanger"),
}

LANDLORD_COMPANIES: Final[tuple[str, ...]] = (
    "Wohnungsbau Ruhr GmbH", "Gebr. Schäfer Immobilien GmbH", "VBW Bauen und Wohnen GmbH",
    "Bochumer Wohnstätten eG", "Hausverwaltung Köhler & Söhne", "Grünwald Immobilien KG",
    "Wohnungsgenossenschaft Glückauf eG", "Ruhrblick Hausverwaltung GmbH",
)

# (bank code, bank name, BIC) for plausible German IBANs.
BANKS: Final[tuple[tuple[str, str, str], ...]] = (
    ("43050001", "Sparkasse Bochum", "WELADED1BOC"),
    ("44050199", "Sparkasse Dortmund", "DORTDE33XXX"),
    ("36050105", "Sparkasse Essen", "SPESDE3EXXX"),
    ("37040044", "Commerzbank Köln", "COBADEFFXXX"),
    ("10050000", "Berliner Sparkasse", "BELADEBEXXX"),
    ("20050550", "Hamburger Sparkasse", "HASPDEHHXXX"),
    ("43060967", "GLS Gemeinschaftsbank", "GENODEM1GLS"),
    ("50010517", "ING-DiBa", "INGDDEFFXXX"),
    ("12030000", "Deutsche Kreditbank", "BYLADEM1001"),
    ("43010111", "Volksbank Bochum Witten", "GENODEM1BOC"),
)

# World manufacturer identifiers with a make, for VINs.
VIN_MAKERS: Final[tuple[tuple[str, str], ...]] = (
    ("WVW", "Volkswagen"), ("WBA", "BMW"), ("W1K", "Mercedes-Benz"), ("WAU", "Audi"),
    ("VF1", "Renault"), ("TMB", "Škoda"), ("ZFA", "Fiat"), ("WF0", "Ford"), ("W0L", "Opel"),
    ("VSS", "Seat"), ("KMH", "Hyundai"), ("JTD", "Toyota"),
)

VEHICLE_MODELS: Final[dict[str, tuple[str, ...]]] = {
    "Volkswagen": ("Golf", "Polo", "Passat Variant", "ID.3"), "BMW": ("320d", "X1", "i3"),
    "Mercedes-Benz": ("A 180", "C 200", "Vito"), "Audi": ("A3 Sportback", "A4 Avant", "Q3"),
    "Renault": ("Clio", "Zoe", "Mégane"), "Škoda": ("Octavia Combi", "Fabia", "Enyaq"),
    "Fiat": ("500", "Panda", "Ducato"), "Ford": ("Fiesta", "Focus Turnier", "Kuga"),
    "Opel": ("Corsa", "Astra", "Mokka"), "Seat": ("Ibiza", "Leon"),
    "Hyundai": ("i20", "Kona", "Tucson"), "Toyota": ("Yaris", "Corolla", "RAV4"),
}
