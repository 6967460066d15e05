"""Site infrastructure: what renders and routes around the pages.

Metadata for the <head> (SEO, sharing, JSON-LD), the sitemap, robots.txt, the
health check, the language redirect at / and the CSRF failure page. It imports
the models and selectors of the core; models never import it (import-linter
checks it: `make lint`).
"""
