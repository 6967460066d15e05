"""Site search in the language of the URL; it reads every content app."""
