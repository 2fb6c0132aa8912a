"""Importers: a file or text becomes passages of the client's own words, or a reason why not."""
