"""One gazetteer and one spaCy pipeline for the whole geo test session."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from strife.geo import PlaceResolver
from strife.nlp import load_nlp


@pytest.fixture(scope="session")
def resolver() -> PlaceResolver:
    return PlaceResolver.load()


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp(with_strife=False)  # the bare model: these tests are about places


@pytest.fixture(scope="session")
def parse(nlp: Language) -> Callable[[str], Doc]:
    return nlp
