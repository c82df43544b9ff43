"""Schemathesis hooks for `npm run fuzz` and the suite's bounded run (loaded through SCHEMATHESIS_HOOKS).

The string formats the OpenAPI document names beyond JSON Schema's own: the document gives each a pattern too,
which says the shape; these strategies also make the part a pattern cannot say (the Luhn check digit of an
organisationsnummer), so that positive data is data the API must accept. And the parties of a new partnership,
which depend on the caller's token rather than on the document.
"""

import os
from datetime import date

from hypothesis import strategies as st

import schemathesis


def luhn_digit(digits: str) -> int:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


@st.composite
def organisation_numbers(draw: st.DrawFn) -> str:
    body = draw(st.text(alphabet="0123456789", min_size=9, max_size=9))
    digits = body + str(luhn_digit(body))
    return digits[:6] + draw(st.sampled_from(["-", ""])) + digits[6:]


schemathesis.openapi.format("organisationsnummer", organisation_numbers())
# The pattern beside it picks which words a field takes (PUBLIC only, or JOINT too).
schemathesis.openapi.format("party-key", st.one_of(st.sampled_from(["PUBLIC", "JOINT"]), organisation_numbers()))


# Who the fuzzed partnerships are between. An officer may create one for their own public party only (403
# otherwise), which generated names never hit; and the representative's run reaches the engine only through
# partnerships their organisation is party to (GET /partnerships lists them, and its links lead on). The defaults
# are the run command's demo users; FUZZ_PUBLIC_PARTY and FUZZ_ORGANISATION name others.
PUBLIC_PARTY = os.environ.get("FUZZ_PUBLIC_PARTY", "Region Skåne")
ORGANISATION = os.environ.get("FUZZ_ORGANISATION", "802456-1238")


def _digits(number: str) -> str:
    return number.replace("-", "")


@schemathesis.hook
def map_body(context, body):
    operation = context.operation
    if operation is None or operation.method.upper() != "POST" or operation.path != "/partnerships":
        return body
    if not isinstance(body, dict) or not isinstance(body.get("publicParty"), dict):
        return body
    organisations = body.get("organisations")
    if not isinstance(organisations, list) or not organisations or not isinstance(organisations[0], dict):
        return body
    body["publicParty"]["name"] = PUBLIC_PARTY
    others = [o for o in organisations[1:] if not (isinstance(o, dict) and _digits(str(o.get("organisationNumber"))) == _digits(ORGANISATION))]
    body["organisations"] = [{**organisations[0], "organisationNumber": ORGANISATION}, *others]
    return body


# The engine's calendar days (EARLIEST_DATE..LATEST_DATE in libs/domain/src/dates.ts; the document's date pattern
# says the same years). Schemathesis' own `date` draws years 0001..9999 and then drops those the pattern refuses,
# which leaves too few for an operation with several dates (its filter_too_much health check).
schemathesis.openapi.format("date", st.dates(date(1900, 1, 1), date(2199, 12, 31)).map(date.isoformat))
