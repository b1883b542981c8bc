"""The relevance prefilter on sentences written for these tests: reports of violence pass in any
casing, ordinary news that borrows violent words (sport, markets, health) does not, and the
prefiltered extractor parses only what passes, in input order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest

from strife.ingest.documents import document_from_plain_text
from strife.models import Document, Incident, Result
from strife.prefilter import Prefilter, PrefilteredExtractor

VIOLENT = [
    "Gunmen opened fire on a minibus near the border on Sunday, police said.",
    "A car bomb exploded outside the provincial governor's office in the morning.",
    "the guerrillas dynamited two electricity pylons in the north of the department.",
    "ARMED MEN KIDNAPPED A MAYOR AND HIS DRIVER ON THE ROAD TO THE CAPITAL.",
    "Unknown assailants murdered a trade union leader at his home on Friday night.",
    "Two soldiers died and three were injured when their patrol was attacked with grenades.",
    "Rebels torched a village school and abducted twelve pupils.",
]
BACKGROUND = [
    "The striker shot wide twice before half-time, and the visitors' attack looked tired "
    "after the break.",
    "Shares in the carmaker rallied as investors shrugged off the price war with rivals.",
    "The former minister, 81, died on Tuesday after a heart attack, his family said.",
    "Forecasters expect a dry weekend with light winds and mild temperatures.",
    "The orchestra opens its season with a new violin concerto and two Brahms symphonies.",
    "Her best shot at a medal comes in the relay; she was injured last spring.",
]


@pytest.fixture(scope="module")
def prefilter() -> Prefilter:
    return Prefilter.load()


@pytest.mark.parametrize("text", VIOLENT)
def test_reports_of_violence_pass(prefilter: Prefilter, text: str) -> None:
    assert prefilter.relevant(text)
    assert prefilter.relevant(text.upper()) and prefilter.relevant(text.lower())


@pytest.mark.parametrize("text", BACKGROUND)
def test_ordinary_news_with_borrowed_words_is_skipped(prefilter: Prefilter, text: str) -> None:
    assert not prefilter.relevant(text), prefilter.assess(text)


def test_ignored_phrases_do_not_count(prefilter: Prefilter) -> None:
    assessed = prefilter.assess("He died of a heart attack.")
    assert "attack" not in assessed.cues and assessed.score == 1


def test_a_repeated_weak_word_is_not_enough(prefilter: Prefilter) -> None:
    text = "Attack after attack: the attacking full-backs kept the attack going. " * 3
    assert not prefilter.relevant(text)
    assert prefilter.relevant(text + " Two fans were killed in the stampede.")


def test_the_title_counts_when_the_text_lacks_it(prefilter: Prefilter) -> None:
    body = document_from_plain_text("Police said the investigation continues.", title="")
    titled = body.model_copy(update={"title": "Journalist shot dead in Mosul"})
    assert not prefilter.keeps(body) and prefilter.keeps(titled)


class CountingExtractor:
    """One incident per document; remembers what it was asked to parse."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def extract_many(self, documents: Iterable[Document]) -> Iterator[Result]:
        for document in documents:
            self.seen.append(document.text)
            yield Result(document=document, incidents=[Incident(id=f"i-{document.id[:8]}")])


def test_prefiltered_extractor_parses_only_relevant_documents_in_order() -> None:
    made: list[CountingExtractor] = []

    def make() -> CountingExtractor:
        made.append(CountingExtractor())
        return made[-1]

    texts = [VIOLENT[0], BACKGROUND[0], VIOLENT[1], BACKGROUND[3], VIOLENT[2]]
    documents = [document_from_plain_text(t) for t in texts]
    wrapper = PrefilteredExtractor(make, chunk_size=2)
    results = list(wrapper.extract_many(documents))
    assert [r.document.text for r in results] == texts
    assert [len(r.incidents) for r in results] == [1, 0, 1, 0, 1]
    assert len(made) == 1 and made[0].seen == [VIOLENT[0], VIOLENT[1], VIOLENT[2]]
    assert (wrapper.parsed, wrapper.skipped) == (3, 2)


def test_no_model_is_loaded_for_a_stream_without_violence() -> None:
    def make() -> CountingExtractor:
        raise AssertionError("the models were loaded for nothing")

    documents = [document_from_plain_text(t) for t in BACKGROUND]
    results = list(PrefilteredExtractor(make).extract_many(documents))
    assert all(not r.incidents for r in results) and len(results) == len(BACKGROUND)


class DroppingExtractor(CountingExtractor):
    """Like an Extractor made with ``skip_failures``: the document it fails on is left out."""

    def __init__(self) -> None:
        super().__init__()
        self.failures: list = []

    def extract_many(self, documents: Iterable[Document]) -> Iterator[Result]:
        for result in super().extract_many(documents):
            if "car bomb" in result.document.text:
                self.failures.append((result.document, ValueError("broken")))
            else:
                yield result


def test_a_document_the_extractor_leaves_out_stays_out() -> None:
    texts = [VIOLENT[0], VIOLENT[1], BACKGROUND[0], VIOLENT[2]]
    wrapper = PrefilteredExtractor(DroppingExtractor)
    results = list(wrapper.extract_many([document_from_plain_text(t) for t in texts]))
    assert [r.document.text for r in results] == [VIOLENT[0], BACKGROUND[0], VIOLENT[2]]
    assert [d.text for d, _ in wrapper.failures] == [VIOLENT[1]]
