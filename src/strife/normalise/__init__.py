"""Normalisation of what extraction finds into the record's vocabularies: dates resolved against
the publication date (``strife.normalise.dates``), and the like."""
