"""The services that join the layers: fetch -> parse -> store, one way.

- `importer`: local files and folders into the library (`reader import`).
- `refresh` (+ `refresh_parse`, `refresh_schedule`): feeds fetched, parsed off the event
  loop and stored as each lands (`reader refresh`, `r`/`R` in the app).
- `subscriptions`: adding, discovering, importing and exporting feeds.

None of them knows the app: the CLI (`reader.cli.feed_service`) adapts them to the port
the app declares (`reader.ui.services`), so the UI never imports fetch, parse or these.
"""
