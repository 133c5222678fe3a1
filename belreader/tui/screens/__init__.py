"""Screens pushed over the reader: help."""
