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


@pytest.mark.parametrize("ordinal, number", [("second", 2), ("third", 3), ("fifth", 5),
                                              ("twelfth", 12)])
@pytest.mark.parametrize("wording", [
    "A {o} {noun} has died after Monday's attack on a bus near Quetta, officials said.",
    "The {o} {noun} died in hospital on Tuesday, a day after gunmen attacked the bus near Quetta.",
    "A {o} {noun} died of gunshot wounds on Tuesday after gunmen attacked a bus near Quetta.",
])
@pytest.mark.parametrize("noun", ["passenger", "victim"])
def test_an_ordinal_victim_is_the_toll_so_far(run, ordinal, number, wording, noun):
    """GTD nkill counts everyone who died: "a fourth passenger has died" is four dead, not one,
    and not four on top of the three an earlier sentence told."""
    result = run(wording.format(o=ordinal, noun=noun), published="2019-03-05")
    assert [i.killed.total for i in result.incidents] == [number]


def test_an_ordinal_after_the_first_figure_is_not_added_to_it(run):
    result = run("Gunmen attacked a bus near Quetta on Monday, killing three passengers. "
                 "A fourth passenger died in hospital later.", published="2019-03-05")
    assert [i.killed.total for i in result.incidents] == [4]


@pytest.mark.parametrize("wounded_wording", [
    "A third officer was wounded.",
    "A third officer survived with gunshot wounds.",
])
def test_an_ordinal_among_the_wounded_is_one_person(run, wounded_wording):
    result = run("Gunmen shot dead two police officers at a checkpoint in Makhachkala on "
                 f"Monday. {wounded_wording}", published="2019-03-05")
    assert [(i.killed.total, i.wounded.total) for i in result.incidents] == [(2, 1)]
