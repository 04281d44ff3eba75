"""Extraction: articles in, facts out (see kg.extract.pipeline)."""
