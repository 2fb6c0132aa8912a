"""Learned parameters of the fit score (JSON package data, made by bench/fitscore)."""
