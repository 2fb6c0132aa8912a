"""The web interface: FastAPI + Jinja2 + HTMX, built by web.app.create_app."""
