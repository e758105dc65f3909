"""Fixtures of the quotation tests."""

import pytest

from presslens.quotes import find_quotes


@pytest.fixture(scope="module")
def extract(nlp):
    """``extract(text)``: the quotations :func:`presslens.quotes.find_quotes` finds in ``text``."""

    def run(text):
        return find_quotes(nlp(text))

    return run
