"""The web interface (issue 5): FastAPI + Jinja2 + HTMX, built by web.app.create_app."""
