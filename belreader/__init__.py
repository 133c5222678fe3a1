"""belreader: a terminal reader for people who study a body of articles."""

__version__ = "0.1.0"
