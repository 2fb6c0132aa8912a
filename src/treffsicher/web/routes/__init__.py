"""Routers of the web interface: clients, sources, profile, drafts."""
