"""Storage: SQLAlchemy tables, engine, migrations and repository functions."""
