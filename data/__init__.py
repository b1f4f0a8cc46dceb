"""The reference table (reference/) and the sample corpus (sample/). This folder installs
as the package ``tracker.data`` (pyproject.toml, package-dir) so that a wheel carries
them; tracker.resources finds them there. Nothing here is Python but this marker."""
