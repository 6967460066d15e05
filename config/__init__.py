"""The Django project: settings per environment, URLs, WSGI."""
