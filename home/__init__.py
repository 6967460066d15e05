"""The core every page stands on, and the home, standard and contact pages.

BasePage and TextPage (`models.pages`), the snippets visitors see (themes,
people, partners, trainee cities), site settings, shared blocks, image and text
helpers, the queries the site-wide templates need (`selectors`) and the
per-request memo. Around it: `web` (site infrastructure), `editorial` (roles
and the review gate) and `demo` (the demo content). docs/architecture.md shows
the layers.
"""
