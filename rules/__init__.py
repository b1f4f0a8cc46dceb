"""The rule and lexicon files (TOML). This folder installs as the package
``tracker.rulebook`` (pyproject.toml, package-dir) so that a wheel carries the rules;
tracker.resources finds them there. Nothing here is Python but this marker."""
