"""Datasets in: GTD and ACLED CSV exports as stored incidents (``strife import gtd|acled``).

    csv_rows   the file, streamed row by row in bounded memory, whatever its encoding
    values     GTD/ACLED cell values (unknown codes, 0 for an unknown month or day)
    gtd, acled one row → one ``DatasetRow``: an incident and the dataset "document" it came from
    places     rows without coordinates placed through the gazetteer
    importer   batches of rows → the store (``strife.store.dataset_writer``), with a summary
"""
