"""``python -m vimmerse_fake`` reads ``--api-key`` as ``vimmerse fake`` does: ``KEY[=CREDITS]``."""

from __future__ import annotations

import pytest

from vimmerse_fake import __main__ as entry


@pytest.mark.parametrize(
    ("value", "expected"),
    [("k1=25", ("k1", 25)), ("k2", ("k2", entry.DEFAULT_CREDITS)), ("k=3=7", ("k=3", 7))],
)
def test_api_key_is_key_then_optional_credits(value: str, expected: tuple[str, int]) -> None:
    assert entry._key(value) == expected


@pytest.mark.parametrize("value", ["k=-1", "=5", "k=1.5", "k=+5"])
def test_a_bad_api_key_stops_with_the_rule(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        entry.main(["--api-key", value])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "--api-key" in err
    assert "credits must be" in err or "key" in err
