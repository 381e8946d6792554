"""The Textual app: `ReaderApp` and its screens and widgets (imports the store, never sqlite3)."""
