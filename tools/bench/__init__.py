"""`make bench`: speed and size figures as ratios (python -m tools.bench); browser helpers
that tests/browser/ shares (site.py)."""
