"""Names folded for matching (no pattern files, no spaCy): the read side imports only this."""

from __future__ import annotations

import re

_SUFFIX_RE = re.compile(
    r"[\s,]+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|pbc|gmbh|ag|sa|s\.a|nv|n\.v|se"
    # and the legal forms of more regions: K.K. (Japan), AB, ASA, Oyj, A/S (Nordic), S.p.A., B.V., Tbk (Indonesia),
    # Sdn Bhd/Berhad (Malaysia), Pte and Pty (Singapore, Australia), Pvt (India), S.r.l. (Italy); AS (Norway), Oy
    # (Finland), SAS and SARL (France), KG and KGaA (Germany), Ltda (Brazil)
    r"|k\.?k|ab|asa|oyj|a/s|s\.?p\.?a|b\.?v|tbk|sdn|bhd|berhad|pte|pty|pvt|s\.?r\.?l"
    r"|as|oy|s\.?a\.?s|sarl|kgaa|kg|ltda)\.?$",
    re.I)


# a legal form written before the name: 'PT Nusantara Data' (Indonesia's Perseroan Terbatas)
_PREFIX_RE = re.compile(r"^(?:PT|P\.T\.)\s+(?=[A-Z])")


def fold_name(name: str) -> str:
    """Case-, punctuation- and legal-suffix-insensitive key: 'X.AI Corp' -> 'xai'."""
    s = _PREFIX_RE.sub("", name.replace("\u2019", "'").strip())
    s = re.sub(r"'s$", "", s)
    prev = None
    while prev != s:
        prev, s = s, _SUFFIX_RE.sub("", s)
    return re.sub(r"[^\w&]+", "", s.lower())


def strip_suffix(name: str) -> str:
    """'Core Scientific, Inc.' -> 'Core Scientific', 'PT Nusantara Data' -> 'Nusantara Data' (the shortest common
    form)."""
    prev = None
    name = _PREFIX_RE.sub("", name.strip())
    while prev != name:
        # ('Kelmar & Co' -> 'Kelmar': the '&' went with the legal form)
        prev, name = name, _SUFFIX_RE.sub("", name).strip().removesuffix(" &").strip()
    return name
