"""The I/O of the client, written once for asyncio.

``_sync/`` is generated from this package by ``tools/make_sync.py`` (``make generate``; ``make
check-generated`` fails when it is stale), the technique httpcore uses: the logic of sending,
retrying, waiting and downloading exists once, and the sync client cannot drift from it.
"""
