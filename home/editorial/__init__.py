"""The editorial app: roles, the review gate for pages, snippets, files and
translations, and the translation status report. It depends on the core and
is never imported by it; `seams.py` lists every change to upstream code."""
