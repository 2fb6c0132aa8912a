"""Storage: SQLAlchemy tables, engine, migrations and repository functions (issue 2)."""
