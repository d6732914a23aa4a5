"""Extract: everything from tokens to `Facts` (mentions, names, roles, events, dates, quantities)."""
from kg.extract.spacy_import import defer_spacy_cli, index_entry_points

# Before any module of this stage imports spaCy: spaCy's command line is imported only if used (~0.16 s),
# and its registries find entry points by group (~0.03 s); see kg.extract.spacy_import.
defer_spacy_cli()
index_entry_points()
