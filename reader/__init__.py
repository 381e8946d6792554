"""reader: a terminal news reader that understands live blogs."""

__version__ = "0.1.0"
