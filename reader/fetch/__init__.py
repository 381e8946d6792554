"""Getting bytes from outside: local files (`reader.fetch.files`) and HTTP
feeds (`reader.fetch.http`).

Nothing here parses or stores: the fetch layer hands bytes to `reader.parse`. Submodules
are imported by name (`from reader.fetch.files import iter_files`), so importing this
package never loads an HTTP client.
"""
