"""The twenty-fifth wording pool and the printing habits of the twenty-first extra pair of layouts.

``POLY_LABELS`` (German labels of a multilingual office form), ``POLY_TRANS`` (their
translations into English, Turkish, Ukrainian, Russian, Polish and French), ``POLY_SECTIONS``,
``POLY_TITLES`` and ``POLY_WORDS`` belong to the ``polyglot`` layout; ``FILL_LABELS`` (the labels
of a city's fillable PDF form), ``FILL_SECTIONS``, ``FILL_TITLES`` and ``FILL_WORDS`` to the
``fillable`` layout. Both are used only by the layouts in ``EXTRA21_LAYOUTS`` of
``samples.generate``. They are a blind measurement: whoever tunes extraction must not read this
module nor ``samples.render_extra21``, nor tune on those layouts' failures. None of the label
strings repeats a string of the twenty-four other pools, nor any string literal of the older
modules of ``samples``, not even up to case, punctuation or spacing (a test checks this),
except where German has only one usual word (``SHARED_WORDS``).

The ground truth stays the catalog's normalised value. The German strings stay inside
Windows-1252; the translations need a TrueType face (Turkish, Polish and Cyrillic letters).
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
LANGS: Final = ("en", "tr", "uk", "ru", "pl", "fr")
# languages a base-14 face can print (no TrueType face installed)
LATIN1_LANGS: Final = ("en", "fr")

# --- polyglot: German labels, translated ---------------------------------------------------------

POLY_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": (
        "Familienname – so wie im Pass geschrieben",
        "Nachname (Familienname) der Person",
        "Name – wie im Pass eingetragen",
    ),
    "given_names": (
        "sämtliche Vornamen laut Pass",
        "Vorname(n) der Person – alle",
        "Vornamen – vollständig wie im Pass",
    ),
    "birth_name": ("Geburtsname, falls anders lautend", "Name bei der Geburt (falls abweichend)"),
    "date_of_birth": (
        "Tag der Geburt – Tag/Monat/Jahr",
        "geboren am – erst Tag, dann Monat und Jahr",
        "Geburtsdatum laut Pass",
    ),
    "place_of_birth": ("Geburtsort und ggf. Geburtsland", "geboren in (Ort, Land)"),
    "sex": ("Geschlecht der einreichenden Person", "Geschlechtsangabe – bitte ankreuzen"),
    "nationality": (
        "Staatsangehörigkeit(en) – bitte alle nennen",
        "derzeitige Staatsangehörigkeit laut Pass",
    ),
    "move_in_date": (
        "Tag des Einzugs in die neue Unterkunft",
        "in die neue Unterkunft eingezogen am",
    ),
    "street": ("Straße, in der die neue Wohnung liegt", "Straßenname (ohne Hausnummer)"),
    "house_number": ("Haus-Nr. samt Zusatz (z. B. 12a)", "Hausnummer/Zusatz der Wohnung"),
    "postal_code": ("Postleitzahl", "PLZ der neuen Wohnung"),
    "city": ("Gemeinde/Stadt der neuen Wohnung", "Wohnort (Gemeinde) der Wohnung"),
    "street_line": (
        "Straße und Haus-Nr. der Wohnung",
        "Anschrift in Deutschland – Straße, Hausnummer",
    ),
    "city_line": ("PLZ und Gemeinde der Wohnung", "Anschrift in Deutschland – PLZ, Gemeinde"),
    "previous_address": (
        "frühere Wohnanschrift (Auszug aus)",
        "bisherige Adresse – Straße, Nr., PLZ, Ort",
    ),
    "dwelling": ("Die neue Wohnung ist für Sie …", "Art der neuen Wohnung – bitte ankreuzen"),
    "landlord_name": (
        "Name des Vermieters bzw. Eigentümers",
        "Wohnungsgeber/in – Name oder Firmenname",
    ),
    "landlord_address": (
        "Anschrift der Vermieterin bzw. des Vermieters",
        "Wohnungsgeber/in – vollständige Postanschrift",
    ),
    "landlord_role": ("Wer stellt die Wohnung zur Verfügung? Der Wohnungsgeber ist …",),
    "tenant": ("einziehende Person (Vorname Name)", "Name der einziehenden Person"),
    "mother_name": (
        "Mutter des Kindes – Vorname und Familienname",
        "Name der Mutter (Vorname Name)",
    ),
    "father_name": (
        "Vater des Kindes – Vorname und Familienname",
        "Name des Vaters (Vorname Name)",
    ),
    "registry_office": ("ausstellendes Standesamt (Behörde)", "Standesamt, das den Auszug erteilt"),
    "register_number": (
        "Nr. des Registereintrags (Buchstabe, Nr./Jahr)",
        "Eintragungsnummer im Register",
    ),
    "issue_date": ("Datum der Ausstellung des Auszugs", "Auszug ausgestellt am (Datum)"),
    "marriage_date": (
        "Tag, an dem die Ehe vor dem Standesamt geschlossen wurde",
        "geheiratet am (Datum)",
    ),
    "marriage_place": (
        "Gemeinde, in der die Ehe vor dem Standesamt geschlossen wurde",
        "geheiratet in der Gemeinde",
    ),
    "date_of_death": ("Sterbetag (Tag des Todes)", "Datum, an dem die Person verstarb"),
    "place_of_death": (
        "Sterbeort – Gemeinde des Sterbefalls",
        "Gemeinde, in der die Person verstorben ist",
    ),
    "make": ("Hersteller des Fahrzeugs (Marke)", "Fahrzeugmarke laut Fahrzeugbrief"),
    "model": ("Handelsbezeichnung/Modell des Fahrzeugs",),
    "vin": ("Fahrzeug-Identifizierungsnummer (17 Stellen)", "FIN laut Feld E der Bescheinigung"),
    "evb_number": (
        "eVB-Nummer der Kfz-Versicherung",
        "Versicherungsbestätigung – eVB-Nummer (7 Zeichen)",
    ),
    "desired_plate": (
        "gewünschtes Kennzeichen, falls schon reserviert",
        "Wunschkennzeichen – reservierte Kombination",
    ),
    "account_holder": (
        "Kontoinhaber/in für die Kfz-Steuer",
        "Name des Kontoinhabers (Lastschrift)",
    ),
    "iban": ("IBAN",),
    "bic": ("BIC",),
    "passport_number": ("Nummer des gültigen Reisepasses", "Pass-Nr. (Seriennummer des Passes)"),
    "passport_expiry_date": ("Reisepass noch gültig bis", "Ablauf der Gültigkeit des Passes"),
    "entry_date": (
        "Tag Ihrer letzten Einreise nach Deutschland",
        "nach Deutschland eingereist am (Datum)",
    ),
    "purpose": (
        "Zweck des Aufenthalts in Deutschland – ankreuzen",
        "Ich beantrage den Aufenthalt zu folgendem Zweck",
    ),
    "doc_kind": (
        "Art des vorgelegten Pass- oder Ausweisdokuments",
        "vorgelegtes Dokument – bitte ankreuzen",
    ),
    "doc_code": ("Dokumentencode aus der Lesezone",),
    "doc_number": (
        "Nummer des vorgelegten Pass- oder Ausweisdokuments",
        "Dokumenten-Nr. laut Kopie",
    ),
    "issuing_state": (
        "ausstellender Staat – Code aus drei Buchstaben",
        "Ausstellungsstaat – Kürzel",
    ),
    "expiry_date": (
        "Pass- oder Ausweisdokument gültig bis",
        "Gültigkeitsende des Ausweisdokuments",
    ),
    "marital": ("Familienstand der Person (ledig, verheiratet …)",),
    "phone": ("Telefon für Rückfragen (Angabe freiwillig)",),
    "birth_time": ("Uhrzeit der Geburt laut Geburtsanzeige",),
    "last_residence": ("letzter Wohnsitz der verstorbenen Person (Ort)",),
    "bank": ("Name des Geldinstituts (Bank)",),
}

# translations in the order of LANGS: en, tr, uk, ru, pl, fr
POLY_TRANS: Final[dict[str, tuple[str, str, str, str, str, str]]] = {
    "family_name": (
        "Surname as in passport",
        "Soyadı (pasaporttaki gibi)",
        "Прізвище (як у паспорті)",
        "Фамилия (как в паспорте)",
        "Nazwisko (jak w paszporcie)",
        "Nom de famille (comme sur le passeport)",
    ),
    "given_names": (
        "All first names",
        "Adı / adları (tümü)",
        "Ім'я (усі імена)",
        "Имя (все имена)",
        "Imię / imiona (wszystkie)",
        "Prénom(s) (tous)",
    ),
    "birth_name": (
        "Name at birth (if different)",
        "Doğumdaki soyadı (farklıysa)",
        "Прізвище при народженні",
        "Фамилия при рождении",
        "Nazwisko rodowe",
        "Nom de naissance (si différent)",
    ),
    "date_of_birth": (
        "Date of birth (day/month/year)",
        "Doğum tarihi (gün/ay/yıl)",
        "Дата народження",
        "Дата рождения",
        "Data urodzenia (dzień/miesiąc/rok)",
        "Date de naissance (jour/mois/année)",
    ),
    "place_of_birth": (
        "Place of birth (town, country)",
        "Doğum yeri (şehir, ülke)",
        "Місце народження",
        "Место рождения",
        "Miejsce urodzenia",
        "Lieu de naissance (ville, pays)",
    ),
    "sex": ("Sex – please tick", "Cinsiyeti", "Стать", "Пол", "Płeć", "Sexe – cochez"),
    "nationality": (
        "Nationality / citizenship",
        "Uyruğu (vatandaşlık)",
        "Громадянство",
        "Гражданство",
        "Obywatelstwo",
        "Nationalité actuelle",
    ),
    "move_in_date": (
        "Date you moved into the flat",
        "Taşınma tarihi",
        "Дата вселення",
        "Дата въезда в квартиру",
        "Data wprowadzenia się",
        "Date d'emménagement dans le logement",
    ),
    "street": (
        "Street (without number)",
        "Cadde / sokak",
        "Вулиця",
        "Улица",
        "Ulica (bez numeru)",
        "Rue (sans numéro)",
    ),
    "house_number": (
        "House no. and suffix",
        "Bina no.",
        "Номер будинку",
        "Номер дома",
        "Nr domu",
        "N° de la maison",
    ),
    "postal_code": (
        "Postcode of the flat",
        "Posta kodu",
        "Поштовий індекс",
        "Почтовый индекс",
        "Kod pocztowy",
        "Code postal du logement",
    ),
    "city": (
        "Town / municipality of the flat",
        "Şehir / belde",
        "Місто / громада",
        "Город / населённый пункт",
        "Miejscowość / gmina",
        "Commune / ville",
    ),
    "street_line": (
        "Street and house number",
        "Cadde ve bina numarası",
        "Вулиця і номер будинку",
        "Улица и номер дома",
        "Ulica i numer domu",
        "Rue et numéro du logement",
    ),
    "city_line": (
        "Postcode and town of the flat",
        "Posta kodu ve şehir",
        "Індекс і місто",
        "Индекс и город",
        "Kod pocztowy i miejscowość",
        "Code postal et commune du logement",
    ),
    "previous_address": (
        "Previous address (moved out of)",
        "Önceki adres",
        "Попередня адреса",
        "Прежний адрес",
        "Poprzedni adres",
        "Adresse précédente (quittée)",
    ),
    "dwelling": (
        "The new dwelling is …",
        "Yeni konut …",
        "Нове житло є …",
        "Новое жильё является …",
        "Nowe mieszkanie to …",
        "Le nouveau logement est …",
    ),
    "landlord_name": (
        "Landlord – name or company",
        "Ev sahibi – adı veya firma",
        "Орендодавець – ім'я або фірма",
        "Арендодатель – имя или фирма",
        "Wynajmujący – nazwisko lub firma",
        "Bailleur – nom ou société",
    ),
    "landlord_address": (
        "Landlord's postal address",
        "Ev sahibinin adresi",
        "Адреса орендодавця",
        "Адрес арендодателя",
        "Adres wynajmującego",
        "Adresse postale du bailleur",
    ),
    "landlord_role": (
        "The landlord is …",
        "Ev sahibi …",
        "Орендодавець є …",
        "Арендодатель является …",
        "Wynajmujący jest …",
        "Le bailleur est …",
    ),
    "tenant": (
        "Person moving into the flat",
        "Taşınan kişi",
        "Особа, що вселяється",
        "Въезжающее лицо",
        "Osoba wprowadzająca się",
        "Personne qui emménage",
    ),
    "mother_name": (
        "Mother – full name",
        "Annenin adı soyadı",
        "Мати – ім'я та прізвище",
        "Мать – имя и фамилия",
        "Matka – imię i nazwisko",
        "Mère – prénom et nom",
    ),
    "father_name": (
        "Father – full name",
        "Babanın adı soyadı",
        "Батько – ім'я та прізвище",
        "Отец – имя и фамилия",
        "Ojciec – imię i nazwisko",
        "Père – prénom et nom",
    ),
    "registry_office": (
        "Issuing registry office",
        "Düzenleyen nüfus dairesi",
        "Орган РАЦС, що видав",
        "Выдавший орган ЗАГС",
        "Urząd stanu cywilnego wydający",
        "Officier de l'état civil délivrant",
    ),
    "register_number": (
        "Register entry no. (letter, no./year)",
        "Kayıt numarası",
        "Номер актового запису",
        "Номер актовой записи",
        "Numer aktu",
        "Numéro de l'acte au registre",
    ),
    "issue_date": (
        "Date of issue of the extract",
        "Düzenlenme tarihi",
        "Дата видачі",
        "Дата выдачи",
        "Data wydania odpisu",
        "Date de délivrance de l'extrait",
    ),
    "marriage_date": (
        "Date the marriage was concluded",
        "Evlenme tarihi",
        "Дата шлюбу",
        "Дата заключения брака",
        "Data zawarcia małżeństwa",
        "Date de célébration du mariage",
    ),
    "marriage_place": (
        "Town where the marriage was concluded",
        "Evlenme yeri",
        "Місце реєстрації шлюбу",
        "Место заключения брака",
        "Miejsce zawarcia małżeństwa",
        "Commune de célébration du mariage",
    ),
    "date_of_death": (
        "Date on which the person died",
        "Ölüm tarihi",
        "Дата смерті",
        "Дата смерти",
        "Data zgonu",
        "Date à laquelle la personne est décédée",
    ),
    "place_of_death": (
        "Town where the person died",
        "Ölüm yeri",
        "Місце смерті",
        "Место смерти",
        "Miejsce zgonu",
        "Commune où la personne est décédée",
    ),
    "make": (
        "Make of vehicle",
        "Araç markası",
        "Марка транспортного засобу",
        "Марка транспортного средства",
        "Marka pojazdu",
        "Marque du véhicule",
    ),
    "model": (
        "Model / type of vehicle",
        "Araç modeli",
        "Модель транспортного засобу",
        "Модель транспортного средства",
        "Model pojazdu",
        "Modèle du véhicule",
    ),
    "vin": (
        "Vehicle identification no. (17 characters)",
        "Şasi numarası (17 hane)",
        "Ідентифікаційний номер (VIN)",
        "Идентификационный номер (VIN)",
        "Numer identyfikacyjny pojazdu",
        "Numéro d'identification du véhicule (17 signes)",
    ),
    "evb_number": (
        "Insurance confirmation number",
        "Sigorta onay numarası",
        "Номер страхового підтвердження",
        "Номер страхового подтверждения",
        "Numer potwierdzenia ubezpieczenia",
        "Numéro d'attestation d'assurance",
    ),
    "desired_plate": (
        "Requested number plate (if reserved)",
        "İstenen plaka",
        "Бажаний номерний знак",
        "Желаемый номерной знак",
        "Wybrana tablica rejestracyjna",
        "Plaque souhaitée",
    ),
    "account_holder": (
        "Account holder (vehicle tax)",
        "Hesap sahibi",
        "Власник рахунку",
        "Владелец счёта",
        "Właściciel rachunku",
        "Titulaire du compte bancaire",
    ),
    "iban": (
        "IBAN (bank account)",
        "IBAN (banka hesabı)",
        "IBAN рахунку",
        "IBAN счёта",
        "IBAN rachunku",
        "IBAN du compte",
    ),
    "bic": (
        "BIC (bank code)",
        "BIC (banka kodu)",
        "BIC банку",
        "BIC банка",
        "BIC banku",
        "BIC de la banque",
    ),
    "passport_number": (
        "Number of your passport",
        "Pasaport numarası",
        "Номер паспорта",
        "Номер заграничного паспорта",
        "Numer paszportu",
        "Numéro de votre passeport",
    ),
    "passport_expiry_date": (
        "Your passport is valid until",
        "Pasaportun geçerlilik tarihi",
        "Паспорт дійсний до",
        "Паспорт действителен до",
        "Paszport ważny do",
        "Votre passeport est valable jusqu'au",
    ),
    "entry_date": (
        "Date of entry into Germany",
        "Almanya'ya giriş tarihi",
        "Дата в'їзду до Німеччини",
        "Дата въезда в Германию",
        "Data wjazdu do Niemiec",
        "Date d'entrée en Allemagne",
    ),
    "purpose": (
        "Purpose of stay – please tick",
        "Kalış amacı",
        "Мета перебування",
        "Цель пребывания",
        "Cel pobytu",
        "But du séjour",
    ),
    "doc_kind": (
        "Type of document submitted",
        "Sunulan belge türü",
        "Вид поданого документа",
        "Вид представленного документа",
        "Rodzaj przedłożonego dokumentu",
        "Type de document présenté",
    ),
    "doc_code": (
        "Document code (machine-readable zone)",
        "Belge kodu",
        "Код документа",
        "Код документа (МСЗ)",
        "Kod dokumentu",
        "Code du document (zone de lecture)",
    ),
    "doc_number": (
        "Number of the document submitted",
        "Belge numarası",
        "Номер документа",
        "Номер представленного документа",
        "Numer dokumentu",
        "Numéro du document présenté",
    ),
    "issuing_state": (
        "Issuing state (code)",
        "Belgeyi veren devlet",
        "Держава видачі",
        "Государство выдачи",
        "Państwo wydania",
        "État de délivrance (code)",
    ),
    "expiry_date": (
        "Document valid until",
        "Belgenin geçerlilik sonu",
        "Документ дійсний до",
        "Документ действителен до",
        "Dokument ważny do",
        "Document valable jusqu'au",
    ),
    "marital": (
        "Marital status (single, married …)",
        "Medeni hali",
        "Сімейний стан",
        "Семейное положение",
        "Stan cywilny",
        "Situation de famille",
    ),
    "phone": (
        "Telephone (optional)",
        "Telefon (isteğe bağlı)",
        "Телефон (за бажанням)",
        "Телефон (по желанию)",
        "Telefon (opcjonalnie)",
        "Téléphone (facultatif)",
    ),
    "birth_time": (
        "Time of birth (hour:minute)",
        "Doğum saati",
        "Час народження",
        "Время рождения",
        "Godzina urodzenia",
        "Heure de naissance (heure:minute)",
    ),
    "last_residence": (
        "Last residence of the deceased",
        "Son ikamet yeri",
        "Останнє місце проживання",
        "Последнее место жительства",
        "Ostatnie miejsce zamieszkania",
        "Dernier domicile du défunt",
    ),
    "bank": (
        "Name of your bank",
        "Banka adı",
        "Назва банку",
        "Название банка",
        "Nazwa banku",
        "Nom de la banque",
    ),
}

POLY_SECTIONS: Final[dict[str, tuple[tuple[str, tuple[str, ...]], ...]]] = {
    # key: ((German, (en, tr, uk, ru, pl, fr)), …)
    "person": (
        (
            "Angaben zur meldepflichtigen Person (Zuzug)",
            (
                "Personal details of the person registering",
                "Kişisel bilgiler",
                "Особисті дані",
                "Личные данные",
                "Dane osobowe",
                "Données personnelles",
            ),
        ),
    ),
    "applicant": (
        (
            "Angaben zur antragstellenden Person",
            (
                "Details of the applicant",
                "Başvuru sahibi",
                "Заявник",
                "Заявитель",
                "Wnioskodawca",
                "Demandeur",
            ),
        ),
    ),
    "address": (
        (
            "Neue Wohnung in Deutschland",
            (
                "New address in Germany",
                "Almanya'daki yeni adres",
                "Нова адреса в Німеччині",
                "Новый адрес в Германии",
                "Nowy adres w Niemczech",
                "Nouvelle adresse en Allemagne",
            ),
        ),
    ),
    "previous": (
        (
            "Bisherige Wohnung (vor dem Umzug)",
            (
                "Previous flat (before moving)",
                "Önceki konut",
                "Попереднє житло",
                "Прежнее жильё",
                "Dotychczasowe mieszkanie",
                "Ancien logement",
            ),
        ),
    ),
    "landlord": (
        (
            "Angaben zum Wohnungsgeber (Vermieter)",
            (
                "Details of the landlord",
                "Ev sahibi",
                "Орендодавець",
                "Арендодатель",
                "Wynajmujący",
                "Informations sur le bailleur",
            ),
        ),
    ),
    "flat": (
        (
            "Angaben zur Wohnung und zum Tag des Einzugs",
            (
                "Dwelling and moving in",
                "Konut ve taşınma",
                "Житло та вселення",
                "Жильё и въезд",
                "Mieszkanie i wprowadzenie",
                "Logement et emménagement",
            ),
        ),
    ),
    "tenants": (
        (
            "Folgende Personen sind eingezogen",
            (
                "The following persons moved in",
                "Aşağıdaki kişiler taşındı",
                "Вселилися такі особи",
                "Въехали следующие лица",
                "Wprowadziły się następujące osoby",
                "Les personnes suivantes ont emménagé",
            ),
        ),
    ),
    "child": (
        (
            "Angaben zum Kind laut Register",
            (
                "Details of the child",
                "Çocuk",
                "Дитина",
                "Ребёнок",
                "Dziecko",
                "Informations sur l'enfant",
            ),
        ),
    ),
    "parents": (
        (
            "Angaben zu den Eltern laut Register",
            (
                "Details of the parents",
                "Anne ve baba",
                "Батьки",
                "Родители",
                "Rodzice",
                "Informations sur les parents",
            ),
        ),
    ),
    "marriage": (
        (
            "Angaben zur Eheschließung laut Register",
            (
                "Details of the marriage",
                "Evlenme",
                "Шлюб",
                "Брак",
                "Małżeństwo",
                "Informations sur le mariage",
            ),
        ),
    ),
    "spouse1": (
        (
            "Erster Ehegatte / erste Ehegattin",
            (
                "First spouse (per register)",
                "Birinci eş",
                "Перший з подружжя",
                "Первый супруг",
                "Pierwszy małżonek",
                "Premier époux ou épouse",
            ),
        ),
    ),
    "spouse2": (
        (
            "Zweiter Ehegatte / zweite Ehegattin",
            (
                "Second spouse (per register)",
                "İkinci eş",
                "Другий з подружжя",
                "Второй супруг",
                "Drugi małżonek",
                "Second époux ou épouse",
            ),
        ),
    ),
    "deceased": (
        (
            "Angaben zur verstorbenen Person laut Register",
            (
                "Details of the deceased",
                "Vefat eden kişi",
                "Померла особа",
                "Умершее лицо",
                "Osoba zmarła",
                "Informations sur le défunt",
            ),
        ),
    ),
    "death": (
        (
            "Angaben zum Sterbefall laut Register",
            (
                "Details of the death",
                "Ölüm",
                "Смерть",
                "Смерть (сведения)",
                "Zgon",
                "Informations sur le décès",
            ),
        ),
    ),
    "register": (
        (
            "Registereintrag und Ausstellung",
            (
                "Register entry and issue",
                "Kayıt ve düzenleme",
                "Актовий запис і видача",
                "Актовая запись и выдача",
                "Akt i wydanie",
                "Acte au registre et délivrance",
            ),
        ),
    ),
    "vehicle": (
        (
            "Angaben zum zuzulassenden Kraftfahrzeug (Neuzulassung)",
            (
                "Details of the vehicle",
                "Araç bilgileri",
                "Транспортний засіб",
                "Транспортное средство",
                "Pojazd",
                "Informations sur le véhicule",
            ),
        ),
    ),
    "insurance": (
        (
            "Versicherung und Kennzeichen",
            (
                "Insurance and number plate",
                "Sigorta ve plaka",
                "Страхування і номерний знак",
                "Страхование и номерной знак",
                "Ubezpieczenie i tablica",
                "Assurance et plaque",
            ),
        ),
    ),
    "mandate": (
        (
            "Lastschrift für die Kfz-Steuer (Hauptzollamt)",
            (
                "Direct debit for vehicle tax",
                "Araç vergisi otomatik ödeme",
                "Списання податку на авто",
                "Списание налога на авто",
                "Polecenie zapłaty podatku",
                "Prélèvement de la taxe",
            ),
        ),
    ),
    "passport": (
        (
            "Reisepass und Einreise nach Deutschland",
            (
                "Passport and entry into Germany",
                "Pasaport ve giriş",
                "Паспорт і в'їзд",
                "Паспорт и въезд",
                "Paszport i wjazd",
                "Passeport et entrée en Allemagne",
            ),
        ),
    ),
    "stay": (
        (
            "Zweck des beantragten Aufenthalts in Deutschland",
            (
                "Purpose of the stay applied for",
                "Başvurulan kalış amacı",
                "Мета запитуваного перебування",
                "Цель запрашиваемого пребывания",
                "Cel wnioskowanego pobytu",
                "But du séjour demandé",
            ),
        ),
    ),
    "document": (
        (
            "Angaben zum vorgelegten Ausweisdokument",
            (
                "Document submitted",
                "Sunulan belge",
                "Поданий документ",
                "Представленный документ",
                "Przedłożony dokument",
                "Informations sur le document présenté",
            ),
        ),
    ),
    "signature": (
        (
            "Versicherung der Richtigkeit und Unterschrift",
            (
                "Declaration and signature",
                "Beyan ve imza",
                "Заява і підпис",
                "Заявление и подпись",
                "Oświadczenie i podpis",
                "Déclaration et signature",
            ),
        ),
    ),
}

POLY_TITLES: Final[dict[str, tuple[tuple[str, tuple[str, ...]], ...]]] = {
    "anmeldung": (
        (
            "Anmeldung einer Wohnung – mehrsprachige Ausfüllhilfe",
            (
                "Registration of a new residence",
                "İkamet kaydı",
                "Реєстрація місця проживання",
                "Регистрация по месту жительства",
                "Zameldowanie",
                "Déclaration de domicile",
            ),
        ),
        (
            "Meldeschein für Zugezogene",
            (
                "Registration form for newcomers",
                "Yeni gelenler için kayıt formu",
                "Реєстраційний бланк для прибулих",
                "Регистрационный бланк для прибывших",
                "Formularz meldunkowy",
                "Formulaire d'inscription des nouveaux arrivants",
            ),
        ),
    ),
    "wohnungsgeberbestaetigung": (
        (
            "Bescheinigung des Wohnungsgebers über den Einzug (mehrsprachig)",
            (
                "Landlord's certificate of moving in",
                "Ev sahibi taşınma onayı",
                "Підтвердження орендодавця про вселення",
                "Подтверждение арендодателя о въезде",
                "Zaświadczenie wynajmującego",
                "Attestation d'emménagement du bailleur",
            ),
        ),
    ),
    "geburtsurkunde": (
        (
            "Internationaler Auszug aus dem Geburtenregister",
            (
                "International extract from the birth register",
                "Uluslararası doğum kaydı örneği",
                "Міжнародний витяг про народження",
                "Международная выписка о рождении",
                "Międzynarodowy odpis aktu urodzenia",
                "Extrait international d'acte de naissance",
            ),
        ),
        (
            "Mehrsprachiger Geburtsauszug",
            (
                "Multilingual birth extract",
                "Çok dilli doğum belgesi",
                "Багатомовний витяг про народження",
                "Многоязычная выписка о рождении",
                "Wielojęzyczny odpis urodzenia",
                "Extrait plurilingue de naissance",
            ),
        ),
    ),
    "eheurkunde": (
        (
            "Internationaler Auszug aus dem Eheregister",
            (
                "International extract from the marriage register",
                "Uluslararası evlenme kaydı örneği",
                "Міжнародний витяг про шлюб",
                "Международная выписка о браке",
                "Międzynarodowy odpis aktu małżeństwa",
                "Extrait international d'acte de mariage",
            ),
        ),
        (
            "Mehrsprachiger Eheauszug",
            (
                "Multilingual marriage extract",
                "Çok dilli evlenme belgesi",
                "Багатомовний витяг про шлюб",
                "Многоязычная выписка о браке",
                "Wielojęzyczny odpis małżeństwa",
                "Extrait plurilingue de mariage",
            ),
        ),
    ),
    "sterbeurkunde": (
        (
            "Internationaler Auszug aus dem Sterberegister",
            (
                "International extract from the death register",
                "Uluslararası ölüm kaydı örneği",
                "Міжнародний витяг про смерть",
                "Международная выписка о смерти",
                "Międzynarodowy odpis aktu zgonu",
                "Extrait international d'acte de décès",
            ),
        ),
        (
            "Mehrsprachiger Sterbeauszug",
            (
                "Multilingual death extract",
                "Çok dilli ölüm belgesi",
                "Багатомовний витяг про смерть",
                "Многоязычная выписка о смерти",
                "Wielojęzyczny odpis zgonu",
                "Extrait plurilingue de décès",
            ),
        ),
    ),
    "antrag_zulassung": (
        (
            "Antrag auf Zulassung eines Kraftfahrzeugs – mehrsprachig",
            (
                "Application to register a motor vehicle in Germany",
                "Araç tescil başvurusu",
                "Заява на реєстрацію транспортного засобу",
                "Заявление о регистрации автомобиля",
                "Wniosek o rejestrację pojazdu",
                "Demande d'immatriculation",
            ),
        ),
    ),
    "aufenthaltstitel_antrag": (
        (
            "Antrag auf einen Aufenthaltstitel – Ausfüllhilfe in mehreren Sprachen",
            (
                "Application for a residence permit",
                "Oturma izni başvurusu",
                "Заява на дозвіл на проживання",
                "Заявление на вид на жительство",
                "Wniosek o dokument pobytowy",
                "Demande d'un titre de séjour en Allemagne",
            ),
        ),
        (
            "Erteilung oder Verlängerung des Aufenthaltstitels",
            (
                "Issue or extension of residence permit",
                "Oturma izninin verilmesi veya uzatılması",
                "Видача або продовження дозволу",
                "Выдача или продление разрешения",
                "Wydanie lub przedłużenie zezwolenia",
                "Délivrance ou prolongation du titre",
            ),
        ),
    ),
    "identity_document": (
        (
            "Deckblatt zur Kopie des Ausweisdokuments",
            (
                "Cover sheet for the copy of the ID document",
                "Kimlik belgesi kopyası kapak sayfası",
                "Титульний аркуш до копії документа",
                "Титульный лист к копии документа",
                "Strona tytułowa kopii dokumentu",
                "Page de garde de la copie du document",
            ),
        ),
        (
            "Vorlage einer Pass- oder Ausweiskopie",
            (
                "Submission of a passport or ID copy",
                "Pasaport veya kimlik kopyası sunumu",
                "Подання копії паспорта або посвідчення",
                "Подача копии паспорта или удостоверения",
                "Złożenie kopii paszportu lub dowodu",
                "Remise d'une copie du passeport",
            ),
        ),
    ),
}

POLY_WORDS: Final[dict[str, tuple[tuple[str, tuple[str, ...]], ...]]] = {
    "hint": (
        (
            "Bitte in Druckbuchstaben ausfüllen und das Zutreffende ankreuzen.",
            (
                "Please complete in block letters and tick where applicable.",
                "Lütfen büyük harflerle doldurunuz ve uygun olanı işaretleyiniz.",
                "Будь ласка, заповніть друкованими літерами та позначте потрібне.",
                "Пожалуйста, заполните печатными буквами и отметьте нужное.",
                "Proszę wypełnić drukowanymi literami i zaznaczyć właściwe.",
                "Veuillez remplir en majuscules et cocher la case correspondante.",
            ),
        ),
        (
            "Die Übersetzungen dienen nur dem Verständnis; maßgeblich ist der deutsche Text.",
            (
                "Translations are for information only; the German text is binding.",
                "Çeviriler yalnızca bilgi amaçlıdır; Almanca metin geçerlidir.",
                "Переклади надано лише для розуміння; чинним є німецький текст.",
                "Переводы даны только для понимания; действителен немецкий текст.",
                "Tłumaczenia mają charakter informacyjny; wiążący jest tekst niemiecki.",
                "Les traductions sont données à titre indicatif; seul le texte allemand fait foi.",
            ),
        ),
    ),
    "cert_hint": (
        (
            "Dieser Auszug wird in mehreren Sprachen ausgestellt und ohne Übersetzung anerkannt.",
            (
                "This extract is issued in several languages.",
                "Bu örnek birden fazla dilde düzenlenmiştir.",
                "Цей витяг видано кількома мовами.",
                "Эта выписка выдана на нескольких языках.",
                "Odpis wydano w kilku językach.",
                "Cet extrait est délivré en plusieurs langues.",
            ),
        ),
    ),
    "certify": (
        (
            "Die Übereinstimmung mit dem Registereintrag wird hiermit beglaubigt.",
            (
                "Certified to agree with the register entry.",
                "Kayıtla uygunluğu onaylanır.",
                "Відповідність актовому запису засвідчується.",
                "Соответствие актовой записи удостоверяется.",
                "Zgodność z aktem poświadcza się.",
                "Certifié conforme à l'acte.",
            ),
        ),
    ),
    "declare": (
        (
            "Ich versichere, dass meine Angaben wahrheitsgemäß und vollständig sind.",
            (
                "I declare that my information is true and complete.",
                "Bilgilerimin doğru ve eksiksiz olduğunu beyan ederim.",
                "Я запевняю, що мої дані правдиві та повні.",
                "Я заверяю, что мои данные правдивы и полны.",
                "Oświadczam, że moje dane są prawdziwe i kompletne.",
                "Je certifie que mes indications sont exactes et complètes.",
            ),
        ),
    ),
    "place_date": (
        (
            "Ort und Datum der Unterschrift (Ausfüllung)",
            (
                "Place and date of signing",
                "Yer ve tarih",
                "Місце і дата",
                "Место и дата",
                "Miejscowość i data",
                "Lieu et date de la signature",
            ),
        ),
    ),
    "sign": (
        (
            "Unterschrift der meldepflichtigen bzw. antragstellenden Person",
            (
                "Signature of the declaring person",
                "İmza",
                "Підпис",
                "Подпись",
                "Podpis",
                "Signature du déclarant ou demandeur",
            ),
        ),
    ),
    "official": (
        (
            "Standesbeamtin/Standesbeamter (Auslandsabteilung)",
            (
                "Registrar (foreign section)",
                "Nüfus memuru",
                "Працівник РАЦС",
                "Сотрудник ЗАГС",
                "Kierownik USC",
                "Officier de l'état civil",
            ),
        ),
    ),
    "seal": (
        (
            "Dienstsiegel der Behörde",
            (
                "Official seal of the authority",
                "Resmî mühür",
                "Гербова печатка",
                "Гербовая печать",
                "Pieczęć urzędowa",
                "Sceau officiel",
            ),
        ),
    ),
    "copy_note": (
        (
            "Kopie des vorgelegten Dokuments (Datenseite)",
            (
                "Copy of the document",
                "Belgenin kopyası",
                "Копія документа",
                "Копия документа",
                "Kopia dokumentu",
                "Copie du document",
            ),
        ),
    ),
    "continued": (
        (
            "Fortsetzung des Vordrucks von Seite 1",
            (
                "Continued from page 1",
                "1. sayfanın devamı",
                "Продовження зі сторінки 1",
                "Продолжение со страницы 1",
                "Ciąg dalszy ze strony 1",
                "Suite de la page 1",
            ),
        ),
    ),
    "office_use": (
        (
            "Vermerke der Behörde – bitte nicht ausfüllen",
            (
                "For official use only",
                "Resmî kullanım içindir",
                "Для службових відміток",
                "Для служебных отметок",
                "Wypełnia urząd",
                "Réservé à l'administration",
            ),
        ),
    ),
    "fee": (
        (
            "Gebühr für den Auszug entrichtet",
            (
                "Fee paid",
                "Harç ödendi",
                "Збір сплачено",
                "Сбор уплачен",
                "Opłata uiszczona",
                "Taxe acquittée",
            ),
        ),
    ),
}
POLY_FURNITURE: Final[dict[str, tuple[str, ...]]] = {
    "office": (
        "Bürgeramt International",
        "Service-Center für Zugewanderte",
        "Welcome-Center der Stadt",
        "Internationales Bürgerbüro",
    ),
    "unit_abh": ("Ausländerbehörde – Team Einwanderung", "Abteilung Aufenthalt und Einbürgerung"),
    "unit_sta": ("Standesamt – Auslandsabteilung", "Standesamt – Urkundenstelle International"),
    "unit_kfz": ("Zulassungsstelle – Servicetheke", "Kfz-Zulassung im Bürgerzentrum"),
    "form_no": ("Mehrsprachiger Vordruck", "Vordruck für Zugewanderte"),
    "ref": ("Geschäftszeichen (international)", "Kassenzeichen"),
    "page": ("Seite/page", "Blatt/sheet"),
}

# --- fillable: a city's fillable PDF form ------------------------------------------------------

FILL_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": (
        "Familien-/Nachname (wie eingetragen)",
        "Nachname * (Eingabe)",
        "Familienname der Person (Eingabe)",
    ),
    "given_names": (
        "Vorname/n (alle, wie eingetragen)",
        "Vorname(n) * (Eingabe, alle)",
        "Vornamen der Person (Eingabe)",
    ),
    "birth_name": ("ggf. Geburtsname", "Geburtsname (nur nach Namensänderung)"),
    "date_of_birth": (
        "Geburtsdatum * (Eingabe TT.MM.JJJJ)",
        "Geburtstag – Format TT.MM.JJJJ",
        "Datum der Geburt (Pflichtfeld)",
    ),
    "place_of_birth": (
        "Geburtsort/-land * (Ausland: mit Staat)",
        "Ort der Geburt (mit Land, falls Ausland)",
    ),
    "sex": ("Geschlecht (bitte auswählen)", "Geschlecht * (bitte eine Option wählen)"),
    "nationality": (
        "Staatsangehörigkeit/en * (bei mehreren alle)",
        "Staatsangehörigkeit (Pflichtfeld)",
    ),
    "move_in_date": ("Einzugsdatum (TT.MM.JJJJ)", "Datum des Einzugs (Pflichtfeld)"),
    "street": ("Straße (neue Anschrift)", "Straße – Wohnung, in die Sie einziehen"),
    "house_number": ("Haus-Nr./Zusatz * (neue Anschrift)", "Hausnr. (neue Anschrift)"),
    "postal_code": ("Postleitzahl", "PLZ * (neue Anschrift)"),
    "city": ("Wohnort (neue Anschrift)", "Ort – Wohnung, in die Sie einziehen"),
    "street_line": ("Straße, Haus-Nr. (neue Anschrift)", "Straße und Nummer – neue Wohnung"),
    "city_line": ("PLZ, Wohnort (neue Anschrift)", "PLZ und Ort – Wohnung nach dem Umzug"),
    "previous_address": (
        "Bisherige Anschrift (Straße Nr., PLZ Ort) – eine Zeile",
        "Anschrift vor dem Umzug (vollständig)",
    ),
    "dwelling": ("Die Wohnung wird künftig genutzt als", "Nutzung der Wohnung nach dem Umzug"),
    "landlord_name": (
        "Wohnungsgeber * (Name/Firma, wie im Mietvertrag)",
        "Vermieter/in bzw. Eigentümer/in – Name",
    ),
    "landlord_address": (
        "Wohnungsgeber – Anschrift (Straße, Nr., PLZ, Ort)",
        "Vermieter/in bzw. Eigentümer/in – Anschrift",
    ),
    "landlord_role": ("Der/die Unterzeichnende ist", "Funktion des Wohnungsgebers"),
    "tenant": ("Vor- und Nachname (einziehende Person)", "Einziehende/r – Vor- und Nachname"),
    "mother_name": (
        "Mutter * (Vor- und Nachname laut Register)",
        "Mutter – Name vollständig laut Register",
    ),
    "father_name": (
        "Vater (Vor- und Nachname, soweit eingetragen)",
        "Vater – Name vollständig laut Register",
    ),
    "registry_office": ("Standesamt (ausstellend)", "Ausstellende Stelle (Standesamt, Ort)"),
    "register_number": ("Registernummer (G/E/S …/JJJJ)", "Nummer des Eintrags (Register)"),
    "issue_date": ("Ausstellungsdatum (TT.MM.JJJJ)", "Datum der Ausfertigung des Auszugs"),
    "marriage_date": ("Datum der Eheschließung (TT.MM.JJJJ)", "Eheschließung am * (TT.MM.JJJJ)"),
    "marriage_place": (
        "Eheschließung – Ort (Standesamtsbezirk)",
        "Eheschließung in (Gemeinde) * laut Register",
    ),
    "date_of_death": ("Sterbedatum (TT.MM.JJJJ)", "Todestag * (Eingabe TT.MM.JJJJ)"),
    "place_of_death": (
        "Sterbeort (Gemeinde/Einrichtung)",
        "Ort des Todes (Gemeinde) * laut Register",
    ),
    "make": ("Hersteller/Marke (Feld D.1 der ZB I)", "Fahrzeugmarke * (Auswahlliste)"),
    "model": ("Typ/Modell (Feld D.3 der ZB I)", "Modellbezeichnung * (Handelsname laut ZB I)"),
    "vin": (
        "FIN * (17 Zeichen, ohne Leerzeichen)",
        "Fahrzeug-Ident.-Nr. (Feld E der ZB I, 17 Zeichen)",
    ),
    "evb_number": ("eVB-Nr. (7-stellig)", "Versicherungsbestätigungsnummer (eVB)"),
    "desired_plate": (
        "Wunschkennzeichen (sofern online reserviert)",
        "Reserviertes Kennzeichen (optional)",
    ),
    "account_holder": (
        "Kontoinhaber/in (SEPA-Lastschrift)",
        "Name der kontoführenden Person * (SEPA)",
    ),
    "iban": ("IBAN",),
    "bic": ("BIC",),
    "passport_number": ("Passnummer * (ohne Leerzeichen)", "Reisepass – Nummer (Seriennr.)"),
    "passport_expiry_date": (
        "Reisepass gültig bis (TT.MM.JJJJ)",
        "Ablaufdatum Reisepass * (TT.MM.JJJJ)",
    ),
    "entry_date": ("Einreisedatum (TT.MM.JJJJ)", "Datum der letzten Einreise"),
    "purpose": (
        "Aufenthaltszweck (bitte auswählen)",
        "Beantragter Aufenthaltszweck * (nur eine Auswahl)",
    ),
    "doc_kind": ("Hochgeladenes Dokument", "Art des hochgeladenen Ausweises"),
    "doc_code": ("Dokumenttyp (Code)",),
    "doc_number": ("Ausweis-/Passnummer (Dokument)", "Seriennummer des hochgeladenen Dokuments"),
    "issuing_state": (
        "Ausstellerstaat * (3 Buchstaben, z. B. TUR)",
        "Staat der Ausstellung (Code)",
    ),
    "expiry_date": ("Ablaufdatum des hochgeladenen Dokuments", "Dokument läuft ab am"),
    "marital": ("Familienstand (bitte eintragen)",),
    "phone": ("Telefon (tagsüber erreichbar, optional)", "Rückrufnummer (optional)"),
    "email": ("E-Mail-Adresse (für Rückfragen)", "E-Mail (optional)"),
    "birth_time": ("Geburtszeit (hh:mm) laut Register",),
    "last_residence": ("Letzte Wohnanschrift der/des Verstorbenen",),
    "bank": ("Kreditinstitut (Name, optional)",),
    "place_date": ("Ort, Datum (Ausfüllung)", "Ort und Datum – Antragsteller/in"),
    "request_no": ("Antragsnummer (wird vergeben)", "Vorgangsnummer Online-Formular"),
}

FILL_SECTIONS: Final[dict[str, tuple[str, ...]]] = {
    "person": ("1. Persönliche Daten", "A  Angaben zur Person"),
    "applicant": ("1. Antragsteller/in", "A  Antragstellende Person"),
    "address": ("2. Neue Wohnung (Zuzug)", "B  Neue Anschrift"),
    "previous": ("3. Bisherige Wohnung (Auszug)", "C  Bisherige Anschrift"),
    "landlord": ("1. Wohnungsgeber/in (Unterzeichnende/r)", "A  Vermieter/in oder Eigentümer/in"),
    "flat": ("2. Wohnung und Einzug", "B  Angaben zur Wohnung"),
    "tenants": ("3. Einziehende Personen", "C  Folgende Person(en) sind eingezogen"),
    "child": ("1. Kind", "A  Angaben zum Kind (laut Register)"),
    "parents": ("2. Eltern", "B  Angaben zu den Eltern (laut Register)"),
    "marriage": ("1. Eheschließung", "A  Daten der Eheschließung"),
    "spouse1": ("2. Ehegatte/in 1", "B  Erste/r Ehegatte/in"),
    "spouse2": ("3. Ehegatte/in 2", "C  Zweite/r Ehegatte/in"),
    "deceased": ("1. Verstorbene Person", "A  Verstorbene/r laut Register"),
    "death": ("2. Sterbefall (Datum, Ort)", "B  Datum und Ort des Todes"),
    "register": ("Registerdaten und Ausfertigung", "Z  Registerangaben"),
    "vehicle": ("2. Fahrzeugdaten", "B  Angaben zum Fahrzeug"),
    "insurance": ("3. Versicherung/Kennzeichen", "C  eVB und Wunschkennzeichen"),
    "mandate": ("4. SEPA-Lastschriftmandat (Kfz-Steuer)", "D  Bankverbindung für die Kfz-Steuer"),
    "passport": ("2. Reisepass und Einreise", "B  Pass- und Einreisedaten"),
    "stay": ("3. Aufenthaltszweck (Auswahl)", "C  Zweck des Aufenthalts"),
    "document": ("Angaben zum hochgeladenen Dokument", "Daten aus dem Ausweisdokument"),
    "signature": ("Abschluss", "Erklärung, Ort/Datum und Unterschrift"),
}

FILL_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "anmeldung": ("Anmeldung – Formular zum Ausfüllen am PC", "Elektronischer Meldeschein (PDF)"),
    "wohnungsgeberbestaetigung": (
        "Wohnungsgeberbestätigung (ausfüllbares PDF)",
        "Bestätigung des Vermieters – PDF-Formular",
    ),
    "geburtsurkunde": (
        "Geburtenregister – Registerauszug (Formularausgabe)",
        "Auszug Geburtseintrag – erstellt mit dem Formularserver",
    ),
    "eheurkunde": (
        "Eheregister – Registerauszug (Formularausgabe)",
        "Auszug Eheeintrag – erstellt mit dem Formularserver",
    ),
    "sterbeurkunde": (
        "Sterberegister – Registerauszug (Formularausgabe)",
        "Auszug Sterbeeintrag – erstellt mit dem Formularserver",
    ),
    "antrag_zulassung": (
        "Zulassung eines Fahrzeugs – Antragsformular (PDF)",
        "Antrag Fahrzeugzulassung (ausfüllbar)",
    ),
    "aufenthaltstitel_antrag": (
        "Aufenthaltstitel – Antragsformular zum Ausfüllen",
        "Antrag Aufenthaltserlaubnis (ausfüllbares PDF)",
    ),
    "identity_document": (
        "Upload-Deckblatt Ausweisdokument",
        "Begleitblatt zur Ausweiskopie (PDF)",
    ),
}

FILL_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "hint": (
        "Sie können dieses Formular am Bildschirm ausfüllen, ausdrucken und unterschrieben "
        "einreichen.",
        "Bitte füllen Sie die Felder am PC aus. Pflichtfelder sind mit * markiert.",
        "Hinweis: Das Formular ist ausfüllbar. Speichern Sie es vor dem Versand.",
    ),
    "cert_hint": (
        "Dieser Auszug wurde mit dem Formularserver des Standesamts erzeugt.",
        "Erstellt aus dem elektronischen Personenstandsregister (Formularausgabe).",
    ),
    "ack": (
        "Ihr Antrag auf einen Registerauszug ist eingegangen. Der Auszug lautet:",
        "Eingangsbestätigung mit den Daten des beantragten Auszugs:",
    ),
    "certify": (
        "Der Auszug stimmt inhaltlich mit dem Registereintrag überein.",
        "Die Richtigkeit der Angaben aus dem Register wird bestätigt.",
    ),
    "declare": (
        "Ich bestätige die Richtigkeit meiner Angaben.",
        "Mit meiner Unterschrift bestätige ich, dass alle Angaben zutreffen.",
    ),
    "sign": (
        "Unterschrift (nach dem Ausdrucken)",
        "Unterschrift Antragsteller/in (handschriftlich)",
    ),
    "official": ("Sachbearbeitung Standesamt", "Urkundsperson"),
    "print": ("Drucken",),
    "reset": ("Formular zurücksetzen", "Eingaben löschen"),
    "save": ("Speichern",),
    "office": ("Nur für die Verwaltung", "Vermerke der Dienststelle (intern)"),
    "office_rows": (
        "Eingang beim Amt am|Bearbeiter/in der Meldestelle (Kürzel)|Erfasst im Fachverfahren",
        "Geprüft durch (Kürzel)|Datum/Zeichen der Prüfung|Weiterleitung an (Stelle)",
    ),
    "upload": ("Kopie des Dokuments (Upload)", "Bild des Ausweises"),
    "form_no": ("Formular-Nr./Form-ID", "Vordruck-Kennung"),
    "edition": ("Stand der Vorlage", "Version der Vorlage"),
    "page": ("Seite {p} von {n}", "Seite {p}/{n}"),
    "fee": ("Gebühr (EUR)",),
}
FILL_UNITS: Final[dict[str, tuple[str, ...]]] = {
    "melde": ("Bürgerdienste – Meldeangelegenheiten", "Fachbereich Bürgerservice"),
    "sta": ("Standesamt – Registerauskunft", "Fachbereich Personenstandswesen"),
    "kfz": ("Straßenverkehrsbehörde – Zulassungsstelle", "Fachbereich Verkehr/Kfz-Zulassung"),
    "abh": (
        "Ausländerbehörde – Aufenthaltsangelegenheiten",
        "Fachbereich Migration und Integration",
    ),
}

# --- values -----------------------------------------------------------------------------------

SEX21: Final = {"F": "weiblich", "M": "männlich", "D": "divers", "X": "ohne Angabe"}
SEX_LETTERS21: Final = {"F": "w", "M": "m", "D": "d", "X": "x"}
SEX_ORDER: Final = ("F", "M", "D", "X")
SEX_TRANS: Final[dict[str, tuple[str, ...]]] = {
    "F": ("female", "kadın", "жіноча", "женский", "kobieta", "sexe féminin"),
    "M": ("male", "erkek", "чоловіча", "мужской", "mężczyzna", "sexe masculin"),
    "D": ("diverse", "diğer", "інша", "другой", "inna", "autre (divers)"),
    "X": ("not stated", "belirtilmemiş", "не вказано", "не указан", "nie podano", "non précisé"),
}
PURPOSE21: Final[dict[str, tuple[str, str]]] = {
    # (polyglot wording, fillable wording)
    "study": ("Studium oder Ausbildung", "Studium (Hochschule/Universität in Deutschland)"),
    "employment": ("Erwerbstätigkeit/Arbeit", "Beschäftigung (Arbeitsvertrag liegt vor)"),
    "family": (
        "Familiennachzug zu Angehörigen in Deutschland",
        "Familiäre Gründe (Nachzug zu Familie)",
    ),
    "humanitarian": (
        "Schutz aus humanitären Gründen (Schutzstatus)",
        "Humanitäre Gründe (Schutzstatus)",
    ),
    "other": ("anderer Aufenthaltszweck (Beiblatt)", "Sonstiger Zweck (bitte erläutern)"),
}
PURPOSE_ORDER: Final = ("study", "employment", "family", "humanitarian", "other")
PURPOSE_TRANS: Final[dict[str, tuple[str, ...]]] = {
    "study": (
        "study or training",
        "öğrenim veya meslek eğitimi",
        "навчання",
        "учёба",
        "studia lub nauka zawodu",
        "études ou formation",
    ),
    "employment": (
        "paid employment",
        "çalışma",
        "працевлаштування",
        "работа",
        "praca",
        "activité professionnelle",
    ),
    "family": (
        "family reunification",
        "aile birleşimi",
        "возз'єднання сім'ї",
        "воссоединение семьи",
        "łączenie rodzin",
        "regroupement familial",
    ),
    "humanitarian": (
        "humanitarian protection",
        "insani koruma",
        "гуманітарний захист",
        "гуманитарная защита",
        "ochrona humanitarna",
        "protection humanitaire",
    ),
    "other": ("other purpose", "diğer amaç", "інша мета", "другая цель", "inny cel", "autre motif"),
}
DWELLING21: Final[dict[str, tuple[str, str]]] = {
    "main": ("alleinige bzw. Hauptwohnung", "Hauptwohnung (vorwiegend von mir genutzt)"),
    "secondary": (
        "weitere Wohnung, also Nebenwohnung",
        "Nebenwohnung (zusätzlich von mir genutzt)",
    ),
}
DWELLING_ORDER: Final = ("main", "secondary")
DWELLING_TRANS: Final[dict[str, tuple[str, ...]]] = {
    "main": (
        "main residence",
        "esas konut",
        "основне житло",
        "основное жильё",
        "mieszkanie główne",
        "résidence principale",
    ),
    "secondary": (
        "secondary residence",
        "ikinci konut",
        "додаткове житло",
        "дополнительное жильё",
        "mieszkanie dodatkowe",
        "résidence secondaire",
    ),
}
ROLE21: Final[dict[str, tuple[str, str]]] = {
    "owner": ("selbst Eigentümer/in der vermieteten Wohnung", "Eigentümer/in (vermietet selbst)"),
    "agent": (
        "vom Eigentümer beauftragt (Hausverwaltung o. Ä.)",
        "Beauftragte/r (z. B. Hausverwaltung)",
    ),
}
ROLE_TRANS: Final[dict[str, tuple[str, ...]]] = {
    "owner": (
        "owner of the flat",
        "mal sahibi",
        "власник",
        "собственник",
        "właściciel",
        "propriétaire",
    ),
    "agent": (
        "authorised agent",
        "yetkili temsilci",
        "уповноважена особа",
        "уполномоченное лицо",
        "pełnomocnik",
        "mandataire",
    ),
}
ID_KINDS21: Final[dict[str, tuple[str, str]]] = {
    "P": ("Reisepass – Datenseite (kopiert)", "Reisepass – Seite mit dem Lichtbild"),
    "I": (
        "Personalausweis/Identitätskarte (beidseitig)",
        "Ausweis/ID-Karte (Vorder- und Rückseite)",
    ),
}
ID_TRANS: Final[dict[str, tuple[str, ...]]] = {
    "P": (
        "national passport",
        "pasaport",
        "паспорт",
        "паспорт (загранпаспорт)",
        "paszport",
        "passeport",
    ),
    "I": (
        "national identity card",
        "kimlik kartı",
        "ID-картка",
        "удостоверение личности",
        "dowód osobisty",
        "carte d'identité",
    ),
}
MARITAL21: Final = {
    "ledig": "ledig",
    "verheiratet": "verheiratet",
    "geschieden": "geschieden",
    "verwitwet": "verwitwet",
}

BASE_VALUE_WORDS: Final = frozenset(
    {"weiblich", "männlich", "divers", "ohne Angabe", "w", "m", "d", "x"}
)

# --- dates ------------------------------------------------------------------------------------

POLY_DATE_STYLES: Final = ("numeric", "long", "slash", "iso", "numeric", "dotted_month")
FILL_DATE_STYLES: Final = ("numeric", "numeric", "unpadded", "iso", "dashed")
EXTRA21_DATE_STYLES: Final = (
    "numeric",
    "long",
    "slash",
    "iso",
    "dotted_month",
    "unpadded",
    "dashed",
)
_ROMAN: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def format_extra21_date(d: date, style: str) -> str:
    if style == "long":  # "4. März 1987"
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "slash":  # "04/03/1987"
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dotted_month":  # "04.III.1987", as international extracts print it
        return f"{d.day:02d}.{_ROMAN[d.month - 1]}.{d.year}"
    if style == "unpadded":  # "4.3.1987"
        return f"{d.day}.{d.month}.{d.year}"
    if style == "dashed":  # "04-03-1987"
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def printed_dates(d: date) -> set[str]:
    return {format_extra21_date(d, s) for s in EXTRA21_DATE_STYLES}


POLY_SEX_MODES: Final = ("tick", "tick", "word")
FILL_SEX_MODES: Final = ("radio", "check", "letter", "word", "radio")


def sex_printings(code: str) -> set[str]:
    return {SEX21[code], SEX_LETTERS21[code], SEX_LETTERS21[code].upper()}


POLY_NATIONALITY_MODES: Final = ("adjective", "country", "code", "adjective")
FILL_NATIONALITY_MODES: Final = ("adjective", "country", "adjective")


def nationality_word(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    if mode == "code":
        return code
    return country if mode == "country" else adjective


def nationality_printings(code: str) -> set[str]:
    return {*pools.NATIONALITIES[code], code}


# --- the wording object -----------------------------------------------------------------------


class Extra21Wording(Wording):
    """German labels (and for polyglot their translations), section names, titles and
    furniture, chosen once per document from the twenty-fifth pool."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.poly = layout == "polyglot"
        self._other: dict[tuple[int, str], object] = {}

    def _once(self, kind: int, key: str, options: tuple) -> object:  # type: ignore[type-arg]
        k = (kind, key)
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def __call__(self, key: str) -> str:
        """The field's German label."""
        if key not in self._chosen:
            options = (POLY_LABELS if self.poly else FILL_LABELS)[key]
            self._chosen[key] = options[self._rng.randrange(len(options))]
        return self._chosen[key]

    def trans(self, key: str, lang: str) -> str:
        return POLY_TRANS[key][LANGS.index(lang)]

    def trans_tuple(self, key: str) -> tuple[str, ...]:
        """The label's translations in the order of ``LANGS``."""
        return POLY_TRANS[key]

    def section(self, key: str) -> tuple[str, tuple[str, ...]] | str:
        if not self.poly:  # one numbering habit per form
            k = int(self._once(0, "", (0, 1)))  # type: ignore[call-overload]
            return FILL_SECTIONS[key][k % len(FILL_SECTIONS[key])]
        return self._once(1, key, POLY_SECTIONS[key])  # type: ignore[return-value]

    def word(self, key: str) -> tuple[str, tuple[str, ...]] | str:
        return self._once(2, key, (POLY_WORDS if self.poly else FILL_WORDS)[key])  # type: ignore[return-value]

    def furniture(self, key: str) -> str:
        return self._once(3, key, (POLY_FURNITURE if self.poly else FILL_UNITS)[key])  # type: ignore[return-value]

    def title(self, doc_type: str) -> str:  # the German title (polyglot: see ``poly_title``)
        got = self._once(4, doc_type, (POLY_TITLES if self.poly else FILL_TITLES)[doc_type])
        return got[0] if isinstance(got, tuple) else str(got)

    def poly_title(self, doc_type: str) -> tuple[str, tuple[str, ...]]:
        return self._once(4, doc_type, POLY_TITLES[doc_type])  # type: ignore[return-value]


Day = date


@dataclass(slots=True)
class Extra21Style(Style):
    """A ``Style`` whose dates follow these layouts' habits."""

    def date(self, d: Day) -> str:
        return format_extra21_date(d, self.date_style)


def label_strings() -> list[str]:
    """Every German wording that labels a value."""
    return [s for pool in (POLY_LABELS, FILL_LABELS) for options in pool.values() for s in options]


def translation_strings() -> list[str]:
    """Every translated label, heading, title, furniture and option wording."""
    out = [s for t in POLY_TRANS.values() for s in t]
    for pool in (POLY_SECTIONS, POLY_TITLES, POLY_WORDS):
        out += [s for options in pool.values() for _, trans in options for s in trans]
    for pool in (SEX_TRANS, PURPOSE_TRANS, DWELLING_TRANS, ROLE_TRANS, ID_TRANS):
        out += [s for t in pool.values() for s in t]
    return list(dict.fromkeys(out))


def all_label_strings() -> list[str]:
    """Every German label, heading, title and furniture wording of this pool (``|`` lists count
    item by item)."""
    out = label_strings()
    for pool in (POLY_SECTIONS, POLY_TITLES, POLY_WORDS):
        out += [german for options in pool.values() for german, _ in options]
    for pool in (POLY_FURNITURE, FILL_SECTIONS, FILL_TITLES, FILL_WORDS, FILL_UNITS):
        out += [p for options in pool.values() for s in options for p in s.split("|") if p]
    return list(dict.fromkeys(out))


def value_strings() -> list[str]:
    """This pool's own German wordings of values (for tests)."""
    out = [
        s
        for table in (PURPOSE21, DWELLING21, ROLE21, ID_KINDS21)
        for options in table.values()
        for s in options
    ]
    return [s for s in dict.fromkeys(out) if s not in BASE_VALUE_WORDS]
