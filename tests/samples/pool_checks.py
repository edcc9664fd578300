"""Checks the blind layout pairs' tests share: a wording pool kept apart from every older
string of ``samples``, and a truth value found as the text layer prints it."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from samples.content import group_iban
from tests.samples.test_generate import ISO_DATE

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def norm(s: str) -> str:
    """Letters and digits only, case folded: how two wordings are compared."""
    return re.sub(r"[^0-9a-zäöüß]", "", s.casefold())


def literals_except(mine: Collection[str]) -> set[str]:
    """Every string literal of every module of ``samples`` but ``mine`` (file names)."""
    out: set[str] = set()
    for path in sorted(SAMPLES.glob("*.py")):
        if path.name in mine:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        out |= {node.value for node in ast.walk(tree)
                if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    return out


@dataclass(frozen=True)
class Pool:
    """How one wording pool prints dates, sex, nationality and its choices."""

    printed_dates: Callable[[date], set[str]]
    sex_printings: Callable[[str], set[str]]
    nationality_printings: Callable[[str], set[str]]
    purposes: Mapping[str, Sequence[str]]
    dwellings: Mapping[str, Sequence[str]]
    #: whether the pool may print a nationality as its code alone
    nationality_code: bool = True

    def variants(self, name: str, value: str) -> set[str]:
        """The ways a layout of this pool may print a truth value."""
        if ISO_DATE.match(value):
            return self.printed_dates(date.fromisoformat(value))
        if name == "sex":
            return self.sex_printings(value)
        if name == "nationality":
            return self.nationality_printings(value) | (
                {value} if self.nationality_code else set())
        if name == "purpose":
            return set(self.purposes[value])
        if name == "iban":
            return {value, group_iban(value)}
        if name == "dwelling":
            return set(self.dwellings[value])
        return {value}

    def identity_printed(self, name: str, value: str, text: str, mrz: list[str]) -> bool:
        """Whether an identity document's truth value shows on its page or in its zone."""
        zone = "".join(mrz)
        if name in ("mrz_format", "document_code"):
            return True
        if name == "sex":
            char = mrz[1][20] if len(mrz) == 2 else mrz[1][7]
            return char == value or (char == "<" and value == "X")
        if ISO_DATE.match(value):
            d = date.fromisoformat(value)
            return any(p in text for p in self.printed_dates(d)) or d.strftime("%y%m%d") in zone
        return value in text or value.replace(" ", "<") in zone
