"""Fixtures of the key-term tests."""

import pytest


@pytest.fixture(scope="session")
def hand_written():
    """A short news text with an alias in brackets, an acronym, a surname alone and spelling variants."""
    return (
        "Flood defences fail in Leeds\n\n"
        "The Environment Agency (EA) said on Monday that flood defences along the River Aire had failed. "
        "The agency's chief executive, Helen Marsh, said the United States had offered pumps.\n\n"
        '"We are grateful," Marsh said. The EA said flood defences would be rebuilt by spring. '
        "US engineers arrived in Leeds on Tuesday, and the U.S. embassy said more help would follow. "
        "Residents of Leeds said the river rose within hours."
    )
