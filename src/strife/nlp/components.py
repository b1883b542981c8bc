"""strife's spaCy components, registered by name with ``Language.factory``.

Each splits into ``predict`` (pure: docs in, predictions out) and ``set_annotations``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from strife.extract.actors import find_groups
from strife.extract.lexicon import load_lexicon
from strife.extract.mentions import SentenceFindings, analyse_sentence, clauses
from strife.nlp.extensions import register_extensions


class ParagraphBreaks:
    """Start a sentence at every paragraph, and after a line that ends a sentence or is too
    short to be wrapped prose (a title, a date line): these never run into one another, which
    the parser alone does not guarantee. A hard-wrapped line inside a sentence stays in it."""

    def __call__(self, doc: Doc) -> Doc:
        dateline_end = doc._.strife_dateline_end or 0
        split_dateline = dateline_end > 0
        text = doc.text  # a property that joins every token: read it once
        for token in doc[1:]:
            prev = doc[token.i - 1]
            if _breaks_after(doc, text, prev):
                token.is_sent_start = True
            elif split_dateline and token.idx >= dateline_end:
                # "KABUL, Afghanistan — Gunmen killed…": the dateline is not part of the
                # sentence, and parsed with it, it becomes a conjunct of the subject.
                token.is_sent_start = True
                split_dateline = False
                if token.i + 1 < len(doc) and not _breaks_after(doc, text, token):
                    # nor a one-word sentence after it ("KIRKUK - Ten | civilians died…")
                    doc[token.i + 1].is_sent_start = False
        return doc


def _breaks_after(doc: Doc, text: str, prev: Token) -> bool:
    newline = prev.whitespace_ if "\n" in prev.whitespace_ else (prev.text if prev.is_space else "")
    if "\n" not in newline:
        return False
    if newline.count("\n") > 1:
        return True  # a blank line: a new paragraph
    last = doc[prev.i - 1] if prev.is_space and prev.i > 0 else prev
    if last.text in (".", "!", "?", '"', "\u201d", ":") or last.is_space:
        return True
    line_start = text.rfind("\n", 0, last.idx) + 1
    return last.idx + len(last.text) - line_start < 50  # a short line: title, date, byline


class GroupMatcher:
    """Known armed groups by alias, case-insensitive."""

    def __init__(self, nlp: Language) -> None:
        self.lexicon = load_lexicon()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("GROUP", [nlp.make_doc(alias) for alias in self.lexicon.groups])

    def predict(self, docs: Iterable[Doc]) -> list[list[Span]]:
        out = []
        for doc in docs:
            spans = [doc[s:e] for _, s, e in self.matcher(doc)]
            out.append(_longest(spans))
        return out

    def set_annotations(self, docs: Iterable[Doc], spans: list[list[Span]]) -> None:
        for doc, found in zip(docs, spans, strict=True):
            doc._.strife_group_spans = found

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations([doc], self.predict([doc]))
        return doc


def _longest(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


class EventFinder:
    """Per sentence: attack words, casualty figures, actors, targets, weapons and cues."""

    def __init__(self) -> None:
        self.lexicon = load_lexicon()

    def predict(self, docs: Iterable[Doc]) -> list[list[SentenceFindings]]:
        out = []
        for doc in docs:
            groups = find_groups(doc, self.lexicon, doc._.strife_group_spans or [])
            body_start = doc._.strife_body_start or 0
            parts = [c for sent in doc.sents if sent.end_char > body_start for c in clauses(sent)]
            chunks = list(doc.noun_chunks)
            out.append([analyse_sentence(i, part, groups, self.lexicon, chunks)
                        for i, part in enumerate(parts)])
        return out

    def set_annotations(self, docs: Iterable[Doc], found: list[list[SentenceFindings]]) -> None:
        for doc, findings in zip(docs, found, strict=True):
            doc._.strife_findings = findings

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations([doc], self.predict([doc]))
        return doc


@Language.factory("strife_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks()


@Language.factory("strife_groups", assigns=["doc._.strife_group_spans"])
def make_groups(nlp: Language, name: str) -> GroupMatcher:
    register_extensions()
    return GroupMatcher(nlp)


@Language.factory(
    "strife_events",
    assigns=["doc._.strife_findings"],
    requires=["token.dep", "token.lemma", "doc.ents", "doc._.strife_group_spans"],
)
def make_events(nlp: Language, name: str) -> EventFinder:
    register_extensions()
    return EventFinder()
