"""News: newsletter issues, articles, interviews and events, their listing,
feeds and calendar files."""
