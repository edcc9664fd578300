"""The forty-third wording pool and the printing habits of the thirty-ninth extra pair.

``WRAP_LABELS`` (the labels of a form printed in narrow columns or narrow cells, long enough
to wrap; a ``~`` marks where a word may be hyphenated at the end of a line), ``WRAP_HEADS``,
``WRAP_TITLES`` and ``WRAP_WORDS`` belong to the ``wrapped`` layout; ``SPLIT_LABELS`` (the
labels of a field entered in several sub-cells), ``SPLIT_CAPTIONS`` (the tiny captions of the
sub-cells: day, month and year; street, number, suffix, postal code and place; family and given
names; the parts of an IBAN, a vehicle identification number, a number plate, a register
number), ``SPLIT_HEADS``, ``SPLIT_TITLES`` and ``SPLIT_WORDS`` to the ``split`` layout. They are
used only by the layouts in ``EXTRA39_LAYOUTS`` of ``samples.generate``. They are a blind
measurement: whoever tunes extraction must not read this module nor ``samples.render_extra39``,
nor tune on those layouts' failures. None of the label strings repeats a string of the
forty-two other pools, nor any string literal of the older modules of ``samples``, not even up
to case, punctuation or spacing (a test checks this).

The module also prints dates (numeric, long, with an abbreviated month, unpadded), sex,
nationality and the choice values as these layouts do. The ground truth stays the catalog's
normalised value. Every string stays inside Windows-1252.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Final

from samples import pools
from samples.content import Style
from samples.wording import MONTHS, Wording

# --- dates ---------------------------------------------------------------------------------------

#: how a wrapped form prints a day (a long date may itself wrap: "14. September" / "1987")
WRAP_DATE_STYLES: Final = ("numeric", "long", "abbr", "numeric", "unpadded")
#: how a split form enters a day: numbers in three cells, the month's name in the middle cell,
#: or one box per digit (TTMMJJJJ)
SPLIT_DATE_STYLES: Final = ("cells", "month", "comb", "cells")

#: the month abbreviations of this pair
MONTH_SHORT39: Final = ("Jan.", "Feb.", "Mär.", "Apr.", "Mai", "Jun.", "Jul.", "Aug.",
                        "Sep.", "Okt.", "Nov.", "Dez.")


def date39(d: date, style: str) -> str:
    """``d`` as this pair prints it whole (always with a four-digit year)."""
    if style == "long":
        return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"
    if style == "abbr":
        return f"{d.day:02d}. {MONTH_SHORT39[d.month - 1]} {d.year}"
    if style == "unpadded":
        return f"{d.day}.{d.month}.{d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def date_parts(d: date, style: str) -> tuple[str, str, str]:
    """(day, month, year) as a split form enters them in three cells."""
    if style == "month":
        return f"{d.day:02d}", MONTHS[d.month - 1], str(d.year)
    return f"{d.day:02d}", f"{d.month:02d}", str(d.year)


def printed_dates(d: date) -> set[str]:
    """Every way a document of this pair prints ``d`` whole."""
    return {date39(d, s) for s in ("numeric", "long", "abbr", "unpadded")}


# --- sex, nationality, choices -------------------------------------------------------------------

SEX_ORDER39: Final = ("F", "M", "D", "X")
SEX_WORD39: Final[dict[str, str]] = {"F": "weiblich", "M": "männlich", "D": "divers",
                                     "X": "ohne Angabe"}
SEX_SHORT39: Final[dict[str, str]] = {"F": "weibl.", "M": "männl.", "D": "div.",
                                      "X": "keine Ang."}

#: "word", "short" or "choice" (printed boxes, the chosen one crossed)
WRAP_SEX_MODES: Final = ("word", "short", "word", "choice")
SPLIT_SEX_MODES: Final = ("choice",)


def sex_text(code: str, mode: str) -> str:
    return SEX_SHORT39[code] if mode == "short" else SEX_WORD39[code]


def sex_printings(code: str) -> set[str]:
    return {SEX_WORD39[code], SEX_SHORT39[code]}


#: "adjective" or "country"
WRAP_NATIONALITY_MODES: Final = ("adjective", "country", "adjective")
SPLIT_NATIONALITY_MODES: Final = ("adjective", "adjective", "country")


def nationality_text(code: str, mode: str) -> str:
    adjective, country = pools.NATIONALITIES[code]
    return country if mode == "country" else adjective


def nationality_printings(code: str) -> set[str]:
    adjective, country = pools.NATIONALITIES[code]
    return {adjective, country, code}


PURPOSE_ORDER39: Final = ("study", "employment", "family", "humanitarian", "other")
#: (a wrapped form's wording, a split form's wording)
PURPOSE39: Final[dict[str, tuple[str, str]]] = {
    "study": ("Aufnahme eines Studiums an einer staatlich anerkannten Hochschule",
              "Studium (Hochschulzulassung)"),
    "employment": ("Ausübung einer Beschäftigung aufgrund eines Arbeitsvertrags",
                   "Beschäftigung (Arbeitsvertrag)"),
    "family": ("Herstellung der familiären Lebensgemeinschaft im Bundesgebiet",
               "Familiennachzug (Ehegatte/Eltern/Kind)"),
    "humanitarian": ("Aufenthalt zum Schutz aus humanitären oder politischen Gründen",
                     "humanitärer Schutz (Bescheid)"),
    "other": ("ein anderer, im Beiblatt näher erläuterter Aufenthaltszweck",
              "anderer Zweck (Erläuterung beiliegend)"),
}
DWELLING_ORDER39: Final = ("main", "secondary")
#: (a wrapped form's wording, a split form's wording)
DWELLING39: Final[dict[str, tuple[str, str]]] = {
    "main": ("alleinige bzw. vorwiegend benutzte Wohnung (Hauptwohnung)",
             "Hauptwohnung – hier überwiegend wohnhaft"),
    "secondary": ("weitere, nicht überwiegend bewohnte Wohnung (Nebenwohnung)",
                  "Nebenwohnung – hier zusätzlich wohnhaft"),
}
#: (yes, no) wordings of the landlord-is-owner box, per layout
OWNER39: Final[dict[str, tuple[str, str]]] = {
    "wrapped": ("ja – der Wohnungsgeber ist selbst Eigentümer",
                "nein – Eigentümer ist eine andere Person/Firma"),
    "split": ("Eigentümer: ja", "Eigentümer: nein"),
}


def purpose_printings(code: str) -> tuple[str, ...]:
    return PURPOSE39[code]


def dwelling_printings(code: str) -> tuple[str, ...]:
    return DWELLING39[code]


# --- wrapped: narrow columns and narrow cells ----------------------------------------------------

#: per field: three labels (one family per document); "~" marks a hyphenation point
WRAP_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "family_name": ("Fa~mi~li~en~na~me (ggf. Dop~pel~na~me) laut Aus~weis",
                    "Fa~mi~li~en~na~me, so wie ak~tu~ell ge~führt",
                    "Nach~na~me der Per~son (voll~stän~dig)"),
    "given_names": ("Vor~na~men (sämt~li~che, in Rei~hen~fol~ge) laut Aus~weis",
                    "Vor~na~men, so wie im Pass ein~ge~tra~gen",
                    "sämt~li~che Vor~na~men der Per~son, voll~stän~dig"),
    "birth_name": ("Ge~burts~na~me (nur bei Ab~wei~chung) laut Aus~weis",
                   "Ge~burts~na~me, so wie ur~sprüng~lich ge~führt",
                   "frü~he~rer Fa~mi~li~en~na~me der Per~son (bei Ge~burt)"),
    "date_of_birth": ("Ge~burts~da~tum laut Aus~weis",
                      "Ge~burts~tag, so wie be~ur~kun~det",
                      "Ge~burts~tag der Per~son (Tag, Mo~nat, Jahr)"),
    "place_of_birth": ("Ge~burts~ort (Ge~mein~de) laut Aus~weis",
                       "Ge~burts~ort, so wie be~ur~kun~det",
                       "Ort der Ge~burt der Per~son"),
    "sex": ("Ge~schlecht laut Aus~weis bzw. Ur~kun~de", "Ge~schlecht, so wie ein~ge~tra~gen",
            "Ge~schlechts~an~ga~be der Per~son (lt. Re~gis~ter)"),
    "nationality": ("Staats~an~ge~hö~rig~keit(en) laut Aus~weis",
                    "Staats~an~ge~hö~rig~keit, so wie nach~ge~wie~sen",
                    "Staats~an~ge~hö~rig~keit der Per~son (ak~tu~ell)"),
    "marital": ("Fa~mi~li~en~stand laut Mel~de~da~ten",
                "Fa~mi~li~en~stand, so wie zu~tref~fend",
                "Fa~mi~li~en~stand der Per~son (frei~wil~lig)"),
    "phone": ("Te~le~fon~num~mer für Rück~fra~gen laut An~ga~be",
              "Te~le~fon, so wie tags~über er~reich~bar",
              "Ruf~num~mer der Per~son für Rück~fra~gen"),
    "move_in_date": ("Ein~zugs~da~tum in die neue Woh~nung laut Miet~ver~trag",
                     "Ein~zugs~tag, so wie tat~säch~lich er~folgt",
                     "Tag des Be~zugs der Woh~nung durch die Per~son"),
    "street": ("Stra~ße der neu~en Woh~nung (oh~ne Haus~num~mer)",
               "Stra~ßen~na~me, so wie im Miet~ver~trag",
               "Stra~ße bzw. Platz der be~zo~ge~nen Woh~nung"),
    "house_number": ("Haus~num~mer (mit Buch~sta~ben~zu~satz) der neu~en Woh~nung",
                     "Haus~num~mer, so wie im Miet~ver~trag",
                     "Haus~num~mer samt Zu~satz der be~zo~ge~nen Woh~nung"),
    "postal_code": ("Post~leit~zahl der neu~en Woh~nung (fünf~stel~lig)",
                    "Post~leit~zahl, so wie im Miet~ver~trag",
                    "Post~leit~zahl des Orts der be~zo~ge~nen Woh~nung"),
    "city": ("Wohn~ort bzw. Ge~mein~de der neu~en Woh~nung",
             "Ge~mein~de, so wie im Miet~ver~trag",
             "Ort der be~zo~ge~nen Woh~nung (Ge~mein~de)"),
    "address": ("An~schrift der neu~en Woh~nung (Stra~ße, Haus~num~mer, Post~leit~zahl, Ort)",
                "An~schrift, so wie im Miet~ver~trag (voll~stän~dig)",
                "An~schrift der be~zo~ge~nen Woh~nung in ei~nem Zug"),
    "previous_address": ("An~schrift der bis~he~ri~gen Woh~nung (vor dem Aus~zug)",
                         "bis~he~ri~ge An~schrift, so wie zu~letzt ge~mel~det",
                         "zu~letzt be~wohn~te Woh~nung der Per~son (An~schrift)"),
    "dwelling": ("Art der neu~en Woh~nung (Haupt- oder Ne~ben~woh~nung)",
                 "Woh~nungs~sta~tus, so wie künf~tig ge~nutzt",
                 "Nut~zung der be~zo~ge~nen Woh~nung durch die Per~son"),
    "landlord_name": ("Na~me bzw. Fir~ma des Woh~nungs~ge~bers (voll~stän~dig)",
                      "Woh~nungs~ge~ber, so wie im Miet~ver~trag ge~nannt",
                      "Woh~nungs~ge~ber/in der be~zo~ge~nen Woh~nung"),
    "landlord_address": ("An~schrift des Woh~nungs~ge~bers (Stra~ße, Nr., Post~leit~zahl, Ort)",
                         "An~schrift des Woh~nungs~ge~bers, so wie er~reich~bar",
                         "Post~an~schrift der woh~nungs~ge~ben~den Per~son oder Fir~ma"),
    "owner_flag": ("Woh~nungs~ge~ber ist zu~gleich Ei~gen~tü~mer der Woh~nung",
                   "Ei~gen~tums~ver~hält~nis, so wie zu~tref~fend",
                   "Ei~gen~tü~mer/in der be~zo~ge~nen Woh~nung ist der Woh~nungs~ge~ber"),
    "tenant": ("ein~zie~hen~de Per~son Nr. {n} (Vor- und Fa~mi~li~en~na~me)",
               "ein~ge~zo~ge~ne Per~son {n}, so wie ge~mel~det",
               "mel~de~pflich~ti~ge Per~son {n} der be~zo~ge~nen Woh~nung"),
    "mother_name": ("Mut~ter (Vor- und Fa~mi~li~en~na~me) laut Re~gis~ter",
                    "Na~me der Mut~ter, so wie be~ur~kun~det",
                    "Na~me der Mut~ter des Kin~des (Vor- und Fa~mi~li~en~na~me)"),
    "father_name": ("Va~ter (Vor- und Fa~mi~li~en~na~me) laut Re~gis~ter",
                    "Na~me des Va~ters, so wie be~ur~kun~det",
                    "Na~me des Va~ters des Kin~des (Vor- und Fa~mi~li~en~na~me)"),
    "birth_time": ("Uhr~zeit der Ge~burt laut Re~gis~ter",
                   "Ge~burts~zeit (Std./Min.), so wie be~ur~kun~det",
                   "Stun~de und Mi~nu~te der Ge~burt des Kin~des"),
    "registry_office": ("be~ur~kun~den~des Stan~des~amt laut Re~gis~ter",
                        "Stan~des~amt, so wie im Sie~gel ge~nannt",
                        "Stan~des~amt der Be~ur~kun~dung (Re~gis~ter~füh~rung)"),
    "register_number": ("Re~gis~ter~num~mer laut Re~gis~ter (Art, Nr./Jahr)",
                        "Re~gis~ter~ein~trag, so wie ver~merkt",
                        "Num~mer des Re~gis~ter~ein~trags der Be~ur~kun~dung"),
    "issue_date": ("Aus~stel~lungs~da~tum die~ser Ur~kun~de laut Re~gis~ter",
                   "aus~ge~stellt am, so wie ge~sie~gelt",
                   "Tag der Aus~stel~lung der Be~ur~kun~dung"),
    "date_of_death": ("Ster~be~da~tum laut Ster~be~re~gis~ter", "To~des~tag, so wie be~ur~kun~det",
                      "Tag des To~des der ver~stor~be~nen Per~son"),
    "place_of_death": ("Ster~be~ort (Ge~mein~de) laut Ster~be~re~gis~ter",
                       "To~des~ort, so wie be~ur~kun~det",
                       "Ort des To~des der ver~stor~be~nen Per~son"),
    "last_residence": ("letz~ter Wohn~sitz laut Re~gis~ter",
                       "letz~te An~schrift, so wie ge~mel~det",
                       "letz~ter Wohn~ort der ver~stor~be~nen Per~son"),
    "marriage_date": ("Da~tum der Ehe~schlie~ßung laut Re~gis~ter",
                      "Tag der Trau~ung, so wie be~ur~kun~det",
                      "Ehe~schlie~ßungs~tag der bei~den Ehe~gat~ten"),
    "marriage_place": ("Ort der Ehe~schlie~ßung laut Re~gis~ter",
                       "Ort der Trau~ung, so wie be~ur~kun~det",
                       "Ehe~schlie~ßungs~ort der bei~den Ehe~gat~ten"),
    "make": ("Fahr~zeug~her~stel~ler und Typ laut Zu~las~sungs~be~schei~ni~gung",
             "Mar~ke/Mo~dell, so wie im Fahr~zeug~brief",
             "Her~stel~ler und Han~dels~na~me des Fahr~zeugs"),
    "vin": ("Fahr~zeug-Iden~ti~fi~zie~rungs~num~mer laut Zu~las~sungs~be~schei~ni~gung",
            "Fahr~ge~stell~num~mer (FIN), so wie ein~ge~schla~gen",
            "Iden~ti~fi~zie~rungs~num~mer des Fahr~zeugs (17 Stel~len)"),
    "evb": ("eVB-Num~mer laut Ver~si~che~rungs~be~stä~ti~gung des Ver~si~che~rers",
            "Ver~si~che~rungs~be~stä~ti~gungs~num~mer, so wie über~mit~telt",
            "Num~mer der elek~tro~ni~schen Ver~si~che~rungs~be~stä~ti~gung des Fahr~zeugs"),
    "plate": ("re~ser~vier~tes Wunsch~kenn~zei~chen laut Re~ser~vie~rung",
              "Wunsch~kenn~zei~chen, so wie re~ser~viert",
              "ge~wünsch~tes Kenn~zei~chen des Fahr~zeugs"),
    "iban": ("IBAN des Kon~tos laut SEPA-Last~schrift~man~dat",
             "IBAN, so wie auf der Bank~kar~te",
             "in~ter~na~tio~na~le Kon~to~num~mer (IBAN) für die Kraft~fahr~zeug~steu~er"),
    "bic": ("BIC des Kre~dit~in~sti~tuts laut Man~dat", "BIC, so wie auf der Bank~kar~te",
            "Ge~schäfts~kenn~zei~chen (BIC) des kon~to~füh~ren~den In~sti~tuts"),
    "bank": ("Kre~dit~in~sti~tut laut Man~dat", "Bank, so wie auf der Bank~kar~te",
             "kon~to~füh~ren~des Kre~dit~in~sti~tut der Per~son"),
    "account_holder": ("Kon~to~in~ha~ber/in laut SEPA-Last~schrift~man~dat",
                       "Kon~to~in~ha~ber, so wie auf der Bank~kar~te",
                       "Na~me der kon~to~in~ha~ben~den Per~son (Vor- und Fa~mi~li~en~na~me)"),
    "passport_number": ("Pass~num~mer laut Na~tio~nal~pass",
                        "Num~mer des Rei~se~pas~ses, so wie ein~ge~tra~gen",
                        "Se~ri~en~num~mer des Na~tio~nal~pas~ses der Per~son"),
    "passport_expiry": ("Pass gül~tig bis laut Na~tio~nal~pass",
                        "Ab~lauf~da~tum des Pas~ses, so wie ein~ge~tra~gen",
                        "Gül~tig~keits~en~de des Na~tio~nal~pas~ses der Per~son"),
    "entry_date": ("Da~tum der Ein~rei~se laut Ein~rei~se~stem~pel",
                   "Ein~rei~se~tag, so wie im Pass ge~stem~pelt",
                   "Tag der Ein~rei~se der Per~son in das Bun~des~ge~biet"),
    "purpose": ("be~an~trag~ter Auf~ent~halts~zweck laut Nach~wei~sen",
                "Zweck des Auf~ent~halts, so wie be~an~tragt",
                "Auf~ent~halts~zweck der Per~son im Bun~des~ge~biet"),
    "doc_kind": ("Do~ku~men~ten~art laut Do~ku~ment",
                 "Art des Aus~weis~pa~piers, so wie vor~ge~legt",
                 "Art des vor~ge~leg~ten Iden~ti~täts~do~ku~ments"),
    "issuing_state": ("aus~stel~len~der Staat laut Do~ku~ment",
                      "Aus~stel~ler~staat, so wie an~ge~ge~ben",
                      "Staat der Aus~stel~lung des Iden~ti~täts~do~ku~ments"),
    "doc_number": ("Do~ku~men~ten~num~mer laut Do~ku~ment",
                   "Aus~weis~num~mer, so wie auf~ge~druckt",
                   "Num~mer des vor~ge~leg~ten Iden~ti~täts~do~ku~ments"),
    "expiry_date": ("gül~tig bis (Ab~lauf) laut Do~ku~ment", "Ab~lauf~da~tum, so wie auf~ge~druckt",
                    "Gül~tig~keits~en~de des Iden~ti~täts~do~ku~ments"),
    "authority": ("aus~stel~len~de Be~hör~de laut Do~ku~ment",
                  "Be~hör~de, so wie auf~ge~druckt",
                  "Be~hör~de der Aus~stel~lung des Iden~ti~täts~do~ku~ments"),
}

#: section heads (three per family and section)
WRAP_HEADS: Final[dict[str, tuple[str, str, str]]] = {
    "person": ("Schmal~spal~te – mel~de~pflich~ti~ge Per~son", "Per~so~na~li~en (Spal~te A)",
               "Zur Per~son – Da~ten in Kurz~spal~ten"),
    "dwelling": ("Schmal~spal~te – neue Woh~nung", "Woh~nung (Spal~te B)",
                 "Zur Woh~nung – Da~ten in Kurz~spal~ten"),
    "previous": ("Schmal~spal~te – bis~he~ri~ge Woh~nung", "frü~he~re Woh~nung (Spal~te C)",
                 "Zum Aus~zug – Da~ten in Kurz~spal~ten"),
    "landlord": ("Schmal~spal~te – Woh~nungs~ge~ber", "Woh~nungs~ge~ber (Spal~te A)",
                 "Zum Woh~nungs~ge~ber – Da~ten in Kurz~spal~ten"),
    "flat": ("Schmal~spal~te – be~zo~ge~ne Woh~nung", "Ein~zug (Spal~te B)",
             "Zum Ein~zug – Da~ten in Kurz~spal~ten"),
    "tenants": ("Schmal~spal~te – ein~zie~hen~de Per~so~nen", "Ein~zie~hen~de (Spal~te C)",
                "Zu den Ein~zie~hen~den – Da~ten in Kurz~spal~ten"),
    "child": ("Schmal~spal~te – Kind", "Kind (Spal~te A)", "Zum Kind – Da~ten in Kurz~spal~ten"),
    "parents": ("Schmal~spal~te – El~tern", "El~tern (Spal~te B)",
                "Zu den El~tern – Da~ten in Kurz~spal~ten"),
    "register": ("Schmal~spal~te – Re~gis~ter~ein~trag", "Re~gis~ter (letz~te Spal~te)",
                 "Zum Re~gis~ter – Da~ten in Kurz~spal~ten"),
    "spouse1": ("Schmal~spal~te – ers~te/r Ehe~gat~te/in", "Ehe~gat~te/in 1 (Spal~te A)",
                "Zur ers~ten Per~son – Da~ten in Kurz~spal~ten"),
    "spouse2": ("Schmal~spal~te – zwei~te/r Ehe~gat~te/in", "Ehe~gat~te/in 2 (Spal~te B)",
                "Zur zwei~ten Per~son – Da~ten in Kurz~spal~ten"),
    "marriage": ("Schmal~spal~te – Ehe~schlie~ßung", "Trau~ung (Spal~te C)",
                 "Zur Ehe~schlie~ßung – Da~ten in Kurz~spal~ten"),
    "deceased": ("Schmal~spal~te – ver~stor~be~ne Per~son", "Ver~stor~be~ne/r (Spal~te A)",
                 "Zur ver~stor~be~nen Per~son – Da~ten in Kurz~spal~ten"),
    "death": ("Schmal~spal~te – Ster~be~fall", "Ster~be~fall (Spal~te B)",
              "Zum Ster~be~fall – Da~ten in Kurz~spal~ten"),
    "holder": ("Schmal~spal~te – Hal~te~rin / Hal~ter", "Hal~ter/in (Spal~te A)",
               "Zum Hal~ter – Da~ten in Kurz~spal~ten"),
    "vehicle": ("Schmal~spal~te – Fahr~zeug", "Fahr~zeug (Spal~te B)",
                "Zum Fahr~zeug – Da~ten in Kurz~spal~ten"),
    "sepa": ("Schmal~spal~te – SEPA-Last~schrift~man~dat", "Last~schrift (Spal~te C)",
             "Zum Man~dat – Da~ten in Kurz~spal~ten"),
    "stay": ("Schmal~spal~te – Pass, Ein~rei~se und Zweck", "Auf~ent~halt (Spal~te B)",
             "Zum Auf~ent~halt – Da~ten in Kurz~spal~ten"),
    "home": ("Schmal~spal~te – Wohn~an~schrift im Bun~des~ge~biet", "An~schrift (Spal~te C)",
             "Zur An~schrift – Da~ten in Kurz~spal~ten"),
    "document": ("Schmal~spal~te – vor~ge~leg~tes Do~ku~ment", "Do~ku~ment (Spal~te A)",
                 "Zum Do~ku~ment – Da~ten in Kurz~spal~ten"),
    "holder_id": ("Schmal~spal~te – In~ha~be~rin / In~ha~ber", "In~ha~ber/in (Spal~te B)",
                  "Zum In~ha~ber – Da~ten in Kurz~spal~ten"),
}

WRAP_TITLES: Final[dict[str, tuple[str, str, str]]] = {
    "anmeldung": ("Mel~de~schein – An~mel~dung ei~ner Woh~nung (Schmal~spal~ten~vor~druck)",
                  "An~mel~dung bei der Mel~de~be~hör~de – Kurz~spal~ten",
                  "Vor~druck zur Woh~nungs~an~mel~dung, zwei~spal~tig"),
    "wohnungsgeberbestaetigung": (
        "Be~stä~ti~gung des Woh~nungs~ge~bers über den Ein~zug (Schmal~spal~ten~vor~druck)",
        "Woh~nungs~ge~ber~be~stä~ti~gung – Kurz~spal~ten",
        "Vor~druck zur Ein~zugs~be~stä~ti~gung, zwei~spal~tig"),
    "geburtsurkunde": ("Ge~burts~ur~kun~de (Schmal~spal~ten~aus~druck)",
                       "Ge~burts~ur~kun~de – Kurz~spal~ten",
                       "Aus~zug aus dem Ge~bur~ten~re~gis~ter, zwei~spal~tig"),
    "eheurkunde": ("Ehe~ur~kun~de (Schmal~spal~ten~aus~druck)", "Ehe~ur~kun~de – Kurz~spal~ten",
                   "Aus~zug aus dem Ehe~re~gis~ter, zwei~spal~tig"),
    "sterbeurkunde": ("Ster~be~ur~kun~de (Schmal~spal~ten~aus~druck)",
                      "Ster~be~ur~kun~de – Kurz~spal~ten",
                      "Aus~zug aus dem Ster~be~re~gis~ter, zwei~spal~tig"),
    "antrag_zulassung": (
        "An~trag auf Zu~las~sung ei~nes Fahr~zeugs mit SEPA-Man~dat (Schmal~spal~ten~vor~druck)",
        "Zu~las~sungs~an~trag – Kurz~spal~ten",
        "Vor~druck zur Fahr~zeug~zu~las~sung, zwei~spal~tig"),
    "aufenthaltstitel_antrag": (
        "An~trag auf Er~tei~lung ei~nes Auf~ent~halts~ti~tels (Schmal~spal~ten~vor~druck)",
        "Auf~ent~halts~an~trag – Kurz~spal~ten",
        "Vor~druck zum Auf~ent~halts~ti~tel, zwei~spal~tig"),
    "identity_document": ("Da~ten~blatt zum Aus~weis~do~ku~ment (Schmal~spal~ten~aus~druck)",
                          "Aus~weis~er~fas~sung – Kurz~spal~ten",
                          "Er~fas~sungs~bo~gen Iden~ti~täts~do~ku~ment, zwei~spal~tig"),
}

#: furniture of a wrapped form
WRAP_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "intro": ("Bit~te deut~lich schrei~ben. Reicht die Zei~le nicht aus, wird in der nächs~ten "
              "Zei~le der~sel~ben Spal~te wei~ter~ge~schrie~ben.",
              "Die An~ga~ben ste~hen in schma~len Spal~ten; ein Ein~trag kann über meh~re~re "
              "Zei~len lau~fen.",
              "Lan~ge Ein~trä~ge wer~den in der Spal~te um~bro~chen und gel~ten als ein Ein~trag."),
    "intro_cert": ("Die~ser Aus~druck gibt den Re~gis~ter~ein~trag in schma~len Spal~ten wie~der.",
                   "Ur~kun~den~aus~druck im Spal~ten~for~mat; lan~ge Ein~trä~ge sind um~bro~chen.",
                   "Aus~druck in Kurz~spal~ten, Zei~len~um~brü~che oh~ne Be~deu~tung."),
    "sign": ("Ort, Da~tum, Un~ter~schrift der an~mel~den~den Per~son",
             "Un~ter~schrift (eigen~hän~dig) mit Ort und Da~tum",
             "Ort und Da~tum / Un~ter~schrift der aus~fül~len~den Per~son"),
    "sign_cert": ("Stan~des~be~am~tin / Stan~des~be~am~ter (Sie~gel)",
                  "Für die Rich~tig~keit des Aus~zugs – Dienst~sie~gel",
                  "Be~glau~bigt durch das Stan~des~amt (Sie~gel und Un~ter~schrift)"),
    "sign_wg": ("Ort, Da~tum, Un~ter~schrift des Woh~nungs~ge~bers",
                "Un~ter~schrift Woh~nungs~ge~ber bzw. Be~auf~trag~te/r",
                "Ort und Da~tum / Un~ter~schrift der woh~nungs~ge~ben~den Sei~te"),
    "sign_id": ("Er~fasst durch (Na~mens~zei~chen der Sach~be~ar~bei~tung)",
                "Da~ten~ab~gleich er~folgt – Hand~zei~chen",
                "Sach~be~ar~bei~tung: Prü~fung der Ab~lich~tung, Hand~zei~chen"),
    "stamp": ("Ein~gangs~stem~pel (Be~hör~de, nicht be~schrif~ten)",
              "Platz für den Ein~gangs~ver~merk", "Be~hör~den~ver~merk (nicht aus~fül~len)"),
    "copy": ("Ab~lich~tung des Do~ku~ments (Vor~der- und Rück~sei~te)",
             "Ko~pie des vor~ge~leg~ten Aus~weis~pa~piers",
             "Do~ku~men~ten~ab~bild (Da~ten~sei~te mit ma~schi~nen~les~ba~rer Zo~ne)"),
    "continued": ("Fort~set~zung der Spal~ten von Sei~te 1",
                  "Wei~te~re An~ga~ben (Sei~te 2 des Vor~drucks)",
                  "Fort~set~zung – Kurz~spal~ten, zwei~ter Bo~gen"),
    "notes_head": ("Hin~wei~se zum Aus~fül~len der Schmal~spal~ten",
                   "Er~läu~te~run~gen zum Vor~druck",
                   "Hin~wei~se (bit~te auf~be~wah~ren)"),
    "notes": ("Je~des Feld steht in ei~ner ei~ge~nen Zei~le. Wird ein Ein~trag um~bro~chen, "
              "setzt er sich in der Fol~ge~zei~le der~sel~ben Spal~te fort.",
              "Feh~len~de oder un~les~ba~re An~ga~ben kön~nen zu Rück~fra~gen füh~ren. "
              "Än~de~run~gen sind der Be~hör~de un~ver~züg~lich mit~zu~tei~len.",
              "Die Da~ten wer~den nur zur Er~le~di~gung des An~lie~gens ver~ar~bei~tet (Art. 6 "
              "Abs. 1 lit. e DSGVO)."),
    "form_no": ("Vor~druck {n}/S", "Schmal~spal~ten~form~blatt {n}", "Muster {n}-K"),
    "page": ("Spal~ten~blatt {n} von {m}", "Bo~gen {n}/{m} (schmal)", "S. {n} – {m} ges."),
    "tenant_none": ("wei~te~re Per~so~nen: kei~ne", "sonst kei~ne Per~so~nen",
                    "kei~ne wei~te~ren Ein~zie~hen~den"),
}


# --- split: fields in sub-cells ------------------------------------------------------------------

#: per field: three labels (one family per document)
SPLIT_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "name_row": ("Na~me (Teil~fel~der: Fa~mi~li~en~na~me, Vor~na~men)",
                 "Per~so~nen~na~me – ge~trennt nach Na~mens~tei~len",
                 "Na~me, auf~ge~schlüs~selt"),
    "birth_name": ("Ge~burts~na~me (nur falls ab~wei~chend) – ein Feld",
                   "Ge~burts~na~me – nur wenn er vom heu~ti~gen Na~men ab~weicht",
                   "Ge~burts~na~me laut Ge~burts~ur~kun~de"),
    "date_of_birth": ("Ge~burts~da~tum (Teil~fel~der)", "Ge~burts~da~tum – ge~trennt nach Tag, "
                      "Mo~nat, Jahr", "Ge~burts~da~tum, auf~ge~schlüs~selt"),
    "place_of_birth": ("Ge~burts~ort (ein Feld)",
                       "Ge~burts~ort – Ge~mein~de der Ge~burt",
                       "Ge~burts~ort laut Ge~burts~ur~kun~de"),
    "sex": ("Ge~schlecht (Käst~chen an~kreu~zen)", "Ge~schlecht – ein Käst~chen an~kreu~zen",
            "Ge~schlecht, an~ge~kreuzt"),
    "nationality": ("Staats~an~ge~hö~rig~keit (ein Feld)",
                    "Staats~an~ge~hö~rig~keit – im Zeit~punkt der An~ga~be",
                    "Staats~an~ge~hö~rig~keit laut Pass"),
    "marital": ("Fa~mi~li~en~stand (ein Feld)",
                "Fa~mi~li~en~stand – am Tag der An~ga~be",
                "Fa~mi~li~en~stand laut Mel~de~re~gis~ter"),
    "phone": ("Te~le~fon (Vor~wahl und Ruf~num~mer)",
              "Te~le~fon – Ruf~num~mer tags~über (frei~wil~lig)",
              "Te~le~fon laut Selbst~aus~kunft"),
    "move_in_date": ("Tag des Ein~zugs (Teil~fel~der)", "Tag des Ein~zugs – ge~trennt nach Tag, "
                     "Mo~nat, Jahr", "Tag des Ein~zugs, auf~ge~schlüs~selt"),
    "address_row": ("neue Woh~nung (Teil~fel~der der An~schrift)",
                    "neue Woh~nung – An~schrift ge~trennt ein~ge~tra~gen",
                    "neue Woh~nung, An~schrift auf~ge~schlüs~selt"),
    "previous_address": ("bis~he~ri~ge Woh~nung (Teil~fel~der der An~schrift)",
                         "bis~he~ri~ge Woh~nung – An~schrift ge~trennt ein~ge~tra~gen",
                         "bis~he~ri~ge Woh~nung, An~schrift auf~ge~schlüs~selt"),
    "dwelling": ("Die neue Woh~nung ist (Käst~chen an~kreu~zen)",
                 "Art der neu~en Woh~nung – ein Käst~chen an~kreu~zen",
                 "Art der neu~en Woh~nung, an~ge~kreuzt"),
    "landlord_name": ("Woh~nungs~ge~ber (Teil~fel~der: Fa~mi~li~en~na~me, Vor~na~men bzw. "
                      "Fir~ma)", "Woh~nungs~ge~ber – Na~me ge~trennt ein~ge~tra~gen",
                      "Woh~nungs~ge~ber, Na~me auf~ge~schlüs~selt"),
    "landlord_address": ("An~schrift des Woh~nungs~ge~bers (Teil~fel~der)",
                         "An~schrift des Woh~nungs~ge~bers – ge~trennt ein~ge~tra~gen",
                         "An~schrift des Woh~nungs~ge~bers, auf~ge~schlüs~selt"),
    "owner_flag": ("Ei~gen~tum an der Woh~nung (Käst~chen an~kreu~zen)",
                   "Ei~gen~tum an der Woh~nung – ein Käst~chen an~kreu~zen",
                   "Ei~gen~tum an der Woh~nung, an~ge~kreuzt"),
    "tenant": ("ein~zie~hen~de Per~son {n} (Teil~fel~der)",
               "ein~zie~hen~de Per~son {n} – Na~me ge~trennt ein~ge~tra~gen",
               "ein~zie~hen~de Per~son {n}, Na~me auf~ge~schlüs~selt"),
    "mother_name": ("Mut~ter (Teil~fel~der des Na~mens)",
                    "Mut~ter – Na~me ge~trennt ein~ge~tra~gen",
                    "Mut~ter, Na~me auf~ge~schlüs~selt"),
    "father_name": ("Va~ter (Teil~fel~der des Na~mens)",
                    "Va~ter – Na~me ge~trennt ein~ge~tra~gen",
                    "Va~ter, Na~me auf~ge~schlüs~selt"),
    "birth_time": ("Uhr~zeit der Ge~burt (Teil~fel~der)",
                   "Uhr~zeit der Ge~burt – Stun~de und Mi~nu~te ge~trennt",
                   "Uhr~zeit der Ge~burt, auf~ge~schlüs~selt"),
    "registry_office": ("Stan~des~amt (ein Feld)",
                        "Stan~des~amt – Sitz des Re~gis~ters",
                        "Stan~des~amt laut Sie~gel"),
    "register_number": ("Re~gis~ter~num~mer (Teil~fel~der)",
                        "Re~gis~ter~num~mer – Art, Num~mer und Jahr ge~trennt",
                        "Re~gis~ter~num~mer, auf~ge~schlüs~selt"),
    "issue_date": ("Aus~stel~lungs~tag (Teil~fel~der)",
                   "Aus~stel~lungs~tag – ge~trennt nach Tag, Mo~nat, Jahr",
                   "Aus~stel~lungs~tag, auf~ge~schlüs~selt"),
    "date_of_death": ("Tag des To~des (Teil~fel~der)",
                      "Tag des To~des – ge~trennt nach Tag, Mo~nat, Jahr",
                      "Tag des To~des, auf~ge~schlüs~selt"),
    "place_of_death": ("Ort des To~des (ein Feld)",
                       "Ort des To~des – Ge~mein~de des Ster~be~falls",
                       "Ort des To~des laut Ster~be~fall~an~zei~ge"),
    "last_residence": ("letz~te Woh~nung (Teil~fel~der der An~schrift)",
                       "letz~te Woh~nung – An~schrift ge~trennt ein~ge~tra~gen",
                       "letz~te Woh~nung, An~schrift auf~ge~schlüs~selt"),
    "marriage_date": ("Tag der Ehe~schlie~ßung (Teil~fel~der)",
                      "Tag der Ehe~schlie~ßung – ge~trennt nach Tag, Mo~nat, Jahr",
                      "Tag der Ehe~schlie~ßung, auf~ge~schlüs~selt"),
    "marriage_place": ("Ort der Ehe~schlie~ßung (ein Feld)",
                       "Ort der Ehe~schlie~ßung – Stadt oder Ge~mein~de",
                       "Ort der Ehe~schlie~ßung laut Re~gis~ter"),
    "make": ("Fa~bri~kat und Typ (Teil~fel~der)", "Fa~bri~kat und Typ – ge~trennt ein~ge~tra~gen",
             "Fa~bri~kat und Typ, auf~ge~schlüs~selt"),
    "vin": ("FIN – Fahr~zeug-Iden~ti~fi~zie~rungs~num~mer (Teil~fel~der)",
            "FIN – je Käst~chen ein Zei~chen, ge~trennt ein~ge~tra~gen",
            "FIN, auf~ge~schlüs~selt"),
    "evb": ("eVB-Num~mer (Teil~fel~der)", "eVB-Num~mer – je Käst~chen ein Zei~chen",
            "eVB-Num~mer, auf~ge~schlüs~selt"),
    "plate": ("Wunsch~kenn~zei~chen (Teil~fel~der, falls re~ser~viert)",
              "Wunsch~kenn~zei~chen – ge~trennt ein~ge~tra~gen",
              "Wunsch~kenn~zei~chen, auf~ge~schlüs~selt"),
    "iban": ("IBAN (Teil~fel~der)", "IBAN – ge~trennt ein~ge~tra~gen",
             "IBAN, auf~ge~schlüs~selt"),
    "bic": ("BIC (ein Feld)",
            "BIC – elf~stel~lig",
            "BIC laut Bank~kar~te"),
    "account_holder": ("Kon~to~in~ha~ber/in (Teil~fel~der des Na~mens)",
                       "Kon~to~in~ha~ber/in – Na~me ge~trennt ein~ge~tra~gen",
                       "Kon~to~in~ha~ber/in, Na~me auf~ge~schlüs~selt"),
    "passport_number": ("Pass~num~mer (Teil~fel~der)", "Pass~num~mer – je Käst~chen ein Zei~chen",
                        "Pass~num~mer, auf~ge~schlüs~selt"),
    "passport_expiry": ("Pass gül~tig bis (Teil~fel~der)",
                        "Pass gül~tig bis – ge~trennt nach Tag, Mo~nat, Jahr",
                        "Pass gül~tig bis, auf~ge~schlüs~selt"),
    "entry_date": ("Tag der Ein~rei~se (Teil~fel~der)",
                   "Tag der Ein~rei~se – ge~trennt nach Tag, Mo~nat, Jahr",
                   "Tag der Ein~rei~se, auf~ge~schlüs~selt"),
    "purpose": ("Zweck des Auf~ent~halts (Käst~chen an~kreu~zen)",
                "Zweck des Auf~ent~halts – ein Käst~chen an~kreu~zen",
                "Zweck des Auf~ent~halts, an~ge~kreuzt"),
    "doc_kind": ("Art des Do~ku~ments (Teil~fel~der)",
                 "Art des Do~ku~ments – ge~trennt ein~ge~tra~gen",
                 "Art des Do~ku~ments, auf~ge~schlüs~selt"),
    "issuing_state": ("Aus~stel~len~der Staat (Teil~feld, Code)",
                      "Aus~stel~len~der Staat – Code ge~trennt ein~ge~tra~gen",
                      "Aus~stel~len~der Staat, auf~ge~schlüs~selt"),
    "doc_number": ("Num~mer des Do~ku~ments (Teil~fel~der)",
                   "Num~mer des Do~ku~ments – je Käst~chen ein Zei~chen",
                   "Num~mer des Do~ku~ments, auf~ge~schlüs~selt"),
    "authority": ("aus~stel~len~de Be~hör~de (ein Feld)",
                  "aus~stel~len~de Be~hör~de – Be~zeich~nung",
                  "aus~stel~len~de Be~hör~de laut Do~ku~ment"),
    "expiry_date": ("Gül~tig~keit bis (Teil~fel~der)",
                    "Gül~tig~keit bis – ge~trennt nach Tag, Mo~nat, Jahr",
                    "Gül~tig~keit bis, auf~ge~schlüs~selt"),
}

#: the tiny captions of the sub-cells: per kind, several sets (one set per document)
SPLIT_CAPTIONS: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    "date": (("Tag (TT)", "Monat", "Jahr (JJJJ)"),
             ("Kalendertag", "Kalendermonat", "Kalenderjahr"),
             ("Tag des Monats", "Monat (Zahl/Name)", "Jahr (vierstellig)")),
    "address": (("Straße – Name", "Hausnr. (Ziffern)", "Zusatz (Buchstabe)",
                 "Postleitzahl (5 Ziffern)", "Name der Gemeinde (Teilfeld)"),
                ("Straße, Platz o. Weg", "Hausnummer (nur Zahl)", "Buchstaben-Zusatz",
                 "PLZ – 5 Ziffern", "Ort bzw. Stadt"),
                ("Straßenteil", "Haus-Nr. ohne Zusatz", "ggf. Zusatz", "PLZ-Ziffern",
                 "Ortsname (Gemeinde)")),
    "name": (("Familienname(n)", "Vorname(n) (Teilfeld)"),
             ("Nachname (Familie)", "Vornamen nach Reihenfolge im Pass"),
             ("Familienname lt. Urkunde", "Vornamen lt. Urkunde")),
    "iban_parts": (("Länderkennung (2 Buchst.)", "Prüfziffern (2)", "BLZ (8 Ziffern)",
                    "Konto-Nr. (10 Ziffern)"),
                   ("Land (DE)", "Prüfzahl", "Bankleitzahl (achtstellig)",
                    "Kontonummer (zehnstellig)"),
                   ("Ländercode", "Prüfsumme", "BLZ-Teil", "Kontoteil")),
    "iban_group": (("Zeichen {a}–{b}",), ("Pos. {a}–{b}",), ("Block {k}",)),
    "vin": (("Herstellercode (WMI)", "Beschreibungsteil (VDS)", "Kennteil (VIS)"),
            ("Weltherstellercode", "Beschreibung (Stellen 4–9)", "Fahrzeugkennung (lfd.)"),
            ("Stellen 1–3", "Stellen 4–9", "Stellen 10–17")),
    "plate": (("Unterscheidungszeichen", "Erkennungsbuchstaben", "Erkennungszahl"),
              ("Ortskennung", "Buchstabenteil", "Zahlenteil"),
              ("Kreis-/Stadtkennung", "Buchst. (1–2)", "Ziffern (1–4)")),
    "register": (("Registerart", "laufende Eintragsnummer", "Jahrgang des Registers"),
                 ("Register (Buchst.)", "Eintrags-Nr. (lfd.)", "Registerjahr"),
                 ("Registerbuchstabe", "lfd. Eintragsnr.", "Jahr d. Eintrags")),
    "time": (("Stunde (hh)", "Minute (mm)"), ("Std. (0–23)", "Min. (0–59)"),
             ("Uhr (Stunde)", "Minuten nach voller Stunde")),
    "doc_kind": (("Dokument – Bezeichnung", "Kurzcode (P, ID, I)"),
                 ("Dokumentart (Wort)", "Code (P/ID)"), ("Art (Klartext)", "Kürzel")),
    "make": (("Hersteller (Teilfeld)", "Handelsname (Teilfeld)"),
             ("Fabrikat/Marke (Teilfeld)", "Modell/Variante (Teilfeld)"),
             ("Markenname", "Typ oder Modell (Handelsname)")),
    "foreign": (("Ort (Ausland)", "Staat"), ("Wohnort im Ausland", "Land (Staat)"),
                ("Stadt (Ausland)", "Staat (Name)")),
}

#: the hint under a row of boxes (one character per box)
SPLIT_COMB_HINTS: Final = ("je Kästchen ein Zeichen", "ein Zeichen pro Feld",
                           "bitte in Druckschrift, ein Zeichen je Kästchen")

SPLIT_HEADS: Final[dict[str, tuple[str, str, str]]] = {
    "person": ("Teil 1 – Person (Teilfelder)", "I. Angaben zur Person – aufgeteilt",
               "Person, in Kästchen"),
    "dwelling": ("Teil 2 – Wohnung (Teilfelder)", "II. Angaben zur Wohnung – aufgeteilt",
                 "Wohnung, in Kästchen"),
    "previous": ("Teil 3 – Auszug (Teilfelder)", "III. bisherige Wohnung – aufgeteilt",
                 "bisherige Wohnung, in Kästchen"),
    "landlord": ("Teil 1 – Wohnungsgeber (Teilfelder)", "I. Wohnungsgeber – aufgeteilt",
                 "Wohnungsgeber, in Kästchen"),
    "flat": ("Teil 2 – Einzug (Teilfelder)", "II. Einzug – aufgeteilt", "Einzug, in Kästchen"),
    "tenants": ("Teil 3 – Einziehende (Teilfelder)", "III. Einziehende – aufgeteilt",
                "Einziehende, in Kästchen"),
    "child": ("Teil 1 – Kind (Teilfelder)", "I. Kind – aufgeteilt", "Kind, in Kästchen"),
    "parents": ("Teil 2 – Eltern (Teilfelder)", "II. Eltern – aufgeteilt", "Eltern, in Kästchen"),
    "register": ("Teil 4 – Register (Teilfelder)", "IV. Registereintrag – aufgeteilt",
                 "Registereintrag, in Kästchen"),
    "spouse1": ("Teil 1 – Ehegatte 1 (Teilfelder)", "I. erste Person – aufgeteilt",
                "erste Person, in Kästchen"),
    "spouse2": ("Teil 2 – Ehegatte 2 (Teilfelder)", "II. zweite Person – aufgeteilt",
                "zweite Person, in Kästchen"),
    "marriage": ("Teil 3 – Trauung (Teilfelder)", "III. Eheschließung – aufgeteilt",
                 "Eheschließung, in Kästchen"),
    "deceased": ("Teil 1 – verstorbene Person (Teilfelder)", "I. Verstorbene/r – aufgeteilt",
                 "Verstorbene/r, in Kästchen"),
    "death": ("Teil 2 – Sterbefall (Teilfelder)", "II. Sterbefall – aufgeteilt",
              "Sterbefall, in Kästchen"),
    "holder": ("Teil 1 – Halter/in (Teilfelder)", "I. Halter/in – aufgeteilt",
               "Halter/in, in Kästchen"),
    "vehicle": ("Teil 2 – Fahrzeug (Teilfelder)", "II. Fahrzeug – aufgeteilt",
                "Fahrzeug, in Kästchen"),
    "sepa": ("Teil 3 – SEPA-Mandat (Teilfelder)", "III. Lastschriftmandat – aufgeteilt",
             "Lastschriftmandat, in Kästchen"),
    "stay": ("Teil 2 – Pass und Aufenthalt (Teilfelder)", "II. Pass/Aufenthalt – aufgeteilt",
             "Pass und Aufenthalt, in Kästchen"),
    "home": ("Teil 3 – Anschrift (Teilfelder)", "III. Anschrift im Inland – aufgeteilt",
             "Anschrift im Inland, in Kästchen"),
    "document": ("Teil 1 – Dokument (Teilfelder)", "I. Ausweisdokument – aufgeteilt",
                 "Ausweisdokument, in Kästchen"),
    "holder_id": ("Teil 2 – Inhaber/in (Teilfelder)", "II. Inhaber/in – aufgeteilt",
                  "Inhaber/in, in Kästchen"),
}

SPLIT_TITLES: Final[dict[str, tuple[str, str, str]]] = {
    "anmeldung": ("Meldeschein (Kästchenvordruck) – Anmeldung einer Wohnung",
                  "Anmeldung der Wohnung – Eintrag in Teilfeldern",
                  "Anmeldevordruck mit Kästchen und Teilfeldern"),
    "wohnungsgeberbestaetigung": ("Wohnungsgeberbestätigung (Kästchenvordruck)",
                                  "Einzugsbestätigung – Eintrag in Teilfeldern",
                                  "Bestätigungsvordruck des Wohnungsgebers mit Kästchen"),
    "geburtsurkunde": ("Geburtsurkunde (Teilfeldausdruck)",
                       "Geburtsurkunde – Einträge in Teilfeldern",
                       "Urkunde über die Geburt, Kästchenausdruck"),
    "eheurkunde": ("Eheurkunde (Teilfeldausdruck)", "Eheurkunde – Einträge in Teilfeldern",
                   "Urkunde über die Eheschließung, Kästchenausdruck"),
    "sterbeurkunde": ("Sterbeurkunde (Teilfeldausdruck)",
                      "Sterbeurkunde – Einträge in Teilfeldern",
                      "Urkunde über den Sterbefall, Kästchenausdruck"),
    "antrag_zulassung": ("Zulassungsantrag mit SEPA-Mandat (Kästchenvordruck)",
                         "Antrag auf Fahrzeugzulassung – Eintrag in Teilfeldern",
                         "Zulassungsvordruck mit Kästchen und Teilfeldern"),
    "aufenthaltstitel_antrag": ("Antrag auf einen Aufenthaltstitel (Kästchenvordruck)",
                                "Aufenthaltsantrag – Eintrag in Teilfeldern",
                                "Antragsvordruck Aufenthalt mit Kästchen und Teilfeldern"),
    "identity_document": ("Erfassungsbogen Ausweisdokument (Kästchenvordruck)",
                          "Ausweisdaten – Eintrag in Teilfeldern",
                          "Dokumentenerfassung mit Kästchen und Teilfeldern"),
}

#: furniture of a split form
SPLIT_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "intro": ("Bitte in Druckbuchstaben ausfüllen: je Kästchen ein Zeichen, jede Angabe in "
              "ihr Teilfeld.",
              "Die Angaben sind auf Teilfelder verteilt; zusammengehörige Teilfelder ergeben "
              "einen Eintrag.",
              "Teilfelder (Tag, Monat, Jahr; Straße, Nummer, Ort ...) bitte vollständig "
              "ausfüllen, nicht benötigte leer lassen."),
    "intro_cert": ("Ausdruck aus dem Register; die Einträge stehen in Teilfeldern.",
                   "Urkundenausdruck im Kästchenformat.",
                   "Die Registerangaben sind in Teilfelder gegliedert."),
    "sign": ("Ort, Datum, Unterschrift (Teilfeldvordruck)",
             "eigenhändige Unterschrift (antragstellende Person, im Rahmen)",
             "Unterschrift – bitte innerhalb des Rahmens"),
    "sign_cert": ("Siegel / Unterschrift des Standesamts (Teilfeldausdruck)",
                  "für den Standesbeamten (Dienstsiegel)",
                  "Beglaubigung des Standesamts – Siegel"),
    "sign_wg": ("Unterschrift des Wohnungsgebers (Teilfeldvordruck)",
                "Unterschrift Wohnungsgeber / bevollmächtigte Person",
                "Wohnungsgeber – Unterschrift innerhalb des Rahmens"),
    "sign_id": ("Handzeichen der erfassenden Stelle", "Erfassung geprüft – Kürzel",
                "Datenabgleich mit der Ablichtung erfolgt (Kürzel)"),
    "stamp": ("Eingangsvermerk (Behörde)", "Feld für den Eingangsstempel",
              "nur für die Behörde – Stempelfeld"),
    "copy": ("Ablichtung des vorgelegten Dokuments (mit Zone)",
             "Kopie des Ausweises, Datenseite", "Dokumentabbild zur Erfassung"),
    "continued": ("Fortsetzung der Teilfelder (Seite 2)", "weitere Teilfelder – zweite Seite",
                  "Kästchenvordruck, Fortsetzung"),
    "notes_head": ("Hinweise zu den Teilfeldern", "Ausfüllhilfe Kästchenvordruck",
                   "Erläuterungen zum Kästchenvordruck"),
    "notes": ("Datumsangaben: Tag und Monat zweistellig, das Jahr vierstellig. Hausnummer und "
              "Zusatz (z. B. Buchstabe) getrennt eintragen.",
              "Namen: Familienname und Vornamen in die jeweiligen Teilfelder. Die IBAN in "
              "Blöcken ohne Leerzeichen innerhalb eines Kästchens.",
              "Nicht benötigte Kästchen bleiben frei. Bitte keine Korrekturflüssigkeit "
              "verwenden."),
    "form_no": ("Kästchenvordruck {n}", "Teilfeld-Formblatt {n}/T", "Vordr.-Nr. {n}-K"),
    "page": ("Seite {n}/{m} – Kästchen", "Kästchenblatt {n} v. {m}", "({n}/{m}) Teilfelder"),
    "boxes": ("Kästchen", "Teilfelder", "Felder"),
}


# --- the wording object --------------------------------------------------------------------------


def clean(text: str) -> str:
    """A label without its hyphenation marks."""
    return text.replace("~", "")


class Extra39Wording(Wording):
    """Chooses the labels, captions, heads and furniture of one document from the forty-third
    pool (one family per document). Labels keep their hyphenation marks (``~``)."""

    def __init__(self, rng: random.Random, layout: str) -> None:
        super().__init__(rng, holdout=True)
        self.wrapped = layout == "wrapped"
        self.fam = rng.randrange(3)
        self._other: dict[tuple[int, str], str] = {}
        self._captions: dict[str, tuple[str, ...]] = {}

    def __call__(self, key: str) -> str:
        if key not in self._chosen:
            options = (WRAP_LABELS if self.wrapped else SPLIT_LABELS)[key]
            self._chosen[key] = options[self.fam]
        return self._chosen[key]

    def _once(self, kind: int, key: str, options: tuple[str, ...]) -> str:
        k = (kind, key)
        if k not in self._other:
            self._other[k] = options[self._rng.randrange(len(options))]
        return self._other[k]

    def head(self, key: str) -> str:
        return (WRAP_HEADS if self.wrapped else SPLIT_HEADS)[key][self.fam]

    def title(self, doc_type: str) -> str:
        return self._once(1, doc_type, (WRAP_TITLES if self.wrapped else SPLIT_TITLES)[doc_type])

    def word(self, key: str) -> str:
        """A furniture wording, once per document."""
        return self._once(2, key, (WRAP_WORDS if self.wrapped else SPLIT_WORDS)[key])

    def captions(self, kind: str) -> tuple[str, ...]:
        """The sub-cell captions of ``kind``, one set per document."""
        if kind not in self._captions:
            sets = SPLIT_CAPTIONS[kind]
            self._captions[kind] = sets[self._rng.randrange(len(sets))]
        return self._captions[kind]

    def hint(self) -> str:
        return self._once(3, "hint", SPLIT_COMB_HINTS)


@dataclass(slots=True)
class Extra39Style(Style):
    """The style of one document of the pair: a wrapped form prints its dates with ``date39``;
    a split form's ``date_style`` names how its date cells are entered (whole dates it prints
    elsewhere are numeric)."""

    def date(self, d: date) -> str:
        if self.date_style in SPLIT_DATE_STYLES:
            return date39(d, "numeric")
        return date39(d, self.date_style)


def label_strings() -> list[str]:
    """Every wording that names or labels a value (labels and sub-cell captions), without
    hyphenation marks."""
    out = [clean(s) for pool in (WRAP_LABELS, SPLIT_LABELS) for options in pool.values()
           for s in options]
    out += [s for sets in SPLIT_CAPTIONS.values() for one in sets for s in one]
    return list(dict.fromkeys(out))


#: furniture keys whose options are printed patterns or common words rather than wordings
FURNITURE_VALUES: Final = frozenset({"page", "form_no", "boxes"})


def all_label_strings() -> list[str]:
    """Every label, caption, head, title and furniture wording of this pool (the printed
    patterns of page and form numbers stay out)."""
    out = label_strings()
    for pool in (WRAP_HEADS, WRAP_TITLES, SPLIT_HEADS, SPLIT_TITLES):
        out += [clean(s) for options in pool.values() for s in options]
    for words in (WRAP_WORDS, SPLIT_WORDS):
        out += [clean(s) for key, options in words.items() if key not in FURNITURE_VALUES
                for s in options]
    out += list(SPLIT_COMB_HINTS)
    return list(dict.fromkeys(out))


def value_strings() -> list[str]:
    """This pool's own wordings of choice values (for tests)."""
    out = [s for table in (PURPOSE39, DWELLING39, OWNER39) for options in table.values()
           for s in options]
    return list(dict.fromkeys(out))
