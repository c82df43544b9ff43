"""Schemathesis hooks for `npm run fuzz`: the string formats the OpenAPI document names beyond JSON Schema's own.

The document gives each a pattern too, which says the shape; these strategies also make the part a pattern cannot
say (the Luhn check digit of an organisationsnummer), so that positive data is data the API must accept.
"""

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
