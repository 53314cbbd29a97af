"""Shared by the tests of the read stage."""

import pytest

from armswatch.errors import InputError
from armswatch.read import read_file


def input_error(path) -> str:
    """Reading ``path`` must fail with an InputError whose message is one line; return it."""
    with pytest.raises(InputError) as e:
        read_file(path)
    msg = str(e.value)
    assert msg and "\n" not in msg
    return msg
