"""Phone numbers as people write them on a card or in an email signature (model.check_phone)."""

from __future__ import annotations

import pytest

from afterview.domain.model import check_phone


@pytest.mark.parametrize(
    "phone",
    [
        "+34 611 22 33 44",  # Spain
        "(+34) 611-22.33.44",
        "0034 611223344",
        "611 22 33 44",
        "+44 20 7946 0958",  # United Kingdom
        "+44 (0)20 7946 0958",
        "020 7946 0958",
        "+1 (555) 123-4567",  # United States
        "(555) 123-4567",
        "555.123.4567",
        "+1 555-123-4567 ext. 12",
        "(555) 123-4567 x12",
        "+33 1 23 45 67 89",  # France
        "01.23.45.67.89",
        "(+33) 1 23 45 67 89",
        "",  # none given
    ],
)
def test_real_formats_are_accepted(phone: str) -> None:
    assert check_phone(phone) is None


@pytest.mark.parametrize("phone", ["call me", "12", "+34 611 22 33 44 (mobile)", "++34 611", "611 22 33 44 +"])
def test_what_is_not_a_number_is_refused(phone: str) -> None:
    assert check_phone(phone) is not None
