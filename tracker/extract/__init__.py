"""Extraction: quantities, dates and context, and the rule engine that binds them
(tracker.extract.engine). Plain Python modules, imported by their dotted names."""
