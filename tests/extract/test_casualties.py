"""Casualty figures on sentences written for these tests."""

import pytest

from strife.extract.casualties import find_counts
from strife.extract.lexicon import load_lexicon


def counts(nlp, sentence):
    doc = nlp.make_doc(sentence)
    for name, proc in nlp.pipeline:
        if name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"):
            doc = proc(doc)
    found = []
    for sent in doc.sents:
        found += find_counts(sent, load_lexicon())
    return [(c.kind, c.value, c.perpetrators) for c in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen killed four farmers near the river.", [("killed", 4, 0)]),
        ("At least 12 people were killed in the blast.", [("killed", 12, 0)]),
        ("Three soldiers and a driver were killed.", [("killed", 4, 0)]),
        ("The bomb wounded nine passengers.", [("wounded", 9, 0)]),
        ("The death toll rose to 31 on Friday.", [("killed", 31, 0)]),
        ("Five attackers were killed by the guards.", [("killed", 5, 5)]),
        ("Ten people died, including the bomber.", [("killed", 10, 1)]),
        ("The militants shot dead a village chief.", [("killed", 1, 0)]),
        ("Nobody was hurt when the device went off.", [("killed", 0, 0), ("wounded", 0, 0)]),
    ],
)
def test_figures(nlp, sentence, expected):
    assert counts(nlp, sentence) == expected


def test_threatened_killing_is_not_a_figure(nlp):
    assert counts(nlp, "The group threatened to kill twenty hostages.") == []
