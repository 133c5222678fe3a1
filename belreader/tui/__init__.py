"""The Textual reader. Everything that imports textual lives under this package."""
