"""Ground truth: a record's catalog fields, normalised exactly as the catalog says."""

from __future__ import annotations

from datetime import date

from samples.data import (
    Address,
    Anmeldung,
    Aufenthalt,
    Ehe,
    Geburt,
    Identity,
    Person,
    Record,
    Sterbe,
    Wohnungsgeber,
    Zulassung,
)

Fields = dict[str, str | list[str]]


def name(text: str) -> str:
    """Inner white space collapsed."""
    return " ".join(text.split())


def iso(d: date) -> str:
    return d.isoformat()


def _person(p: Person, prefix: str = "") -> Fields:
    return {
        f"{prefix}family_name": name(p.family),
        f"{prefix}given_names": name(p.given),
        f"{prefix}date_of_birth": iso(p.dob),
    }


def _address(a: Address) -> Fields:
    return {
        "street": name(a.street),
        "house_number": a.number,
        "postal_code": a.postal_code,
        "city": name(a.city),
    }


def _anmeldung(r: Anmeldung) -> Fields:
    f = _person(r.person)
    f.update(place_of_birth=name(r.person.pob), sex=r.person.sex,
             nationality=r.person.nationality, move_in_date=iso(r.move_in))
    f.update(_address(r.address))
    if r.person.birth_name:
        f["birth_name"] = name(r.person.birth_name)
    if r.previous:
        f["previous_address"] = name(r.previous)
    if r.dwelling:
        f["dwelling"] = r.dwelling
    return f


def _wohnungsgeber(r: Wohnungsgeber) -> Fields:
    f: Fields = {
        "landlord_name": name(r.landlord_name),
        "landlord_address": name(r.landlord_address.line),
        "move_in_date": iso(r.move_in),
    }
    f.update(_address(r.address))
    f["tenant_names"] = [name(t) for t in r.tenants]
    return f


def _geburt(r: Geburt) -> Fields:
    f = _person(r.child)
    f.update(sex=r.child.sex, place_of_birth=name(r.child.pob), mother_name=name(r.mother))
    if r.father:
        f["father_name"] = name(r.father)
    f.update(registry_office=f"Standesamt {r.office}", register_number=r.register,
             issue_date=iso(r.issue))
    return f


def _ehe(r: Ehe) -> Fields:
    f = _person(r.spouse1, "spouse1_")
    f.update(_person(r.spouse2, "spouse2_"))
    f.update(marriage_date=iso(r.marriage_date), marriage_place=name(r.marriage_place),
             registry_office=f"Standesamt {r.office}", register_number=r.register,
             issue_date=iso(r.issue))
    return f


def _sterbe(r: Sterbe) -> Fields:
    f = _person(r.person)
    f.update(place_of_birth=name(r.person.pob), date_of_death=iso(r.date_of_death),
             place_of_death=name(r.place_of_death), registry_office=f"Standesamt {r.office}",
             register_number=r.register, issue_date=iso(r.issue))
    return f


def _zulassung(r: Zulassung) -> Fields:
    f = _person(r.holder, "holder_")
    f.update(_address(r.address))
    f.update(vin=r.vin, evb_number=r.evb, iban=r.iban, account_holder=name(r.account_holder))
    if r.plate:
        f["desired_plate"] = r.plate
    return f


def _aufenthalt(r: Aufenthalt) -> Fields:
    f = _person(r.person)
    f.update(place_of_birth=name(r.person.pob), nationality=r.person.nationality,
             passport_number=r.passport_number, passport_expiry_date=iso(r.passport_expiry),
             entry_date=iso(r.entry), purpose=r.purpose)
    f.update(_address(r.address))
    return f


def _mrz_names(field: str) -> tuple[str, str]:
    family, _, given = field.partition("<<")
    return name(family.replace("<", " ")), name(given.replace("<", " "))


def _identity(r: Identity) -> Fields:
    names = r.lines[0][5:] if r.mrz_format == "TD3" else r.lines[2]
    family, given = _mrz_names(names)
    sex = r.lines[1][20] if r.mrz_format == "TD3" else r.lines[1][7]
    return {
        "mrz_format": r.mrz_format,
        "document_code": r.document_code,
        "issuing_state": r.issuing_state,
        "family_name": family,
        "given_names": given,
        "document_number": r.document_number,
        "nationality": r.person.nationality,
        "date_of_birth": iso(r.person.dob),
        "sex": "X" if sex == "<" else sex,
        "expiry_date": iso(r.expiry),
    }


def truth_fields(record: Record) -> Fields:
    """The catalog fields of ``record`` with their normalised values."""
    match record:
        case Anmeldung():
            return _anmeldung(record)
        case Wohnungsgeber():
            return _wohnungsgeber(record)
        case Geburt():
            return _geburt(record)
        case Ehe():
            return _ehe(record)
        case Sterbe():
            return _sterbe(record)
        case Zulassung():
            return _zulassung(record)
        case Aufenthalt():
            return _aufenthalt(record)
        case Identity():
            return _identity(record)
    raise TypeError(type(record))
