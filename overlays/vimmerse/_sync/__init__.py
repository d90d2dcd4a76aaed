# Generated from overlays/vimmerse/_async/__init__.py by tools/make_sync.py: edit that file, then run
# 'make generate'.
"""The I/O of the client: sending, retrying, waiting and downloading.

It is written once, in ``_async/``; ``_sync/`` is generated from it by ``tools/make_sync.py``
(``make generate``; ``make check-generated`` fails when it is stale), the technique httpcore uses:
the logic exists once, and the two clients cannot drift apart.
"""
