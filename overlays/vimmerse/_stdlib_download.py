"""The body of a download from the key-less file host, read with the standard library's
``http.client`` straight into one reused buffer.

Why not httpx for this one request: on loopback, a 1 GiB body through httpx costs h11's
buffer copies and httpcore's 64 KiB reads (about 40 % of the client's time when profiled),
and through ``AsyncClient`` the event loop's per-chunk overhead on top. Here the
socket is read ``CHUNK`` bytes at a time (``readinto``: no new ``bytes`` per read) and the
bytes go to the file from the same buffer; the async client runs this loop in a worker thread.
``http.client`` is the standard library's, maintained with Python; only the mapping of its
errors to httpx's (so the download's retry and resume rules stay the same) is written here.

What it saves, measured with ``python -m bench --only download`` (1 GiB from the fake's file host
over loopback, 3 rounds, each ratio against ``curl -o`` in the same round; the target is 0.8x),
once as shipped and once with every hop sent through httpx (``downloader.stdlib = False``), back
to back on the same 2-CPU machine under the same load (load average ~6):

==========================  ===========================  ==========================
x curl, best / median       through ``_stdlib_download``  through httpx (``iter_raw``)
==========================  ===========================  ==========================
``AsyncVimmerse`` download  1.07 / 0.54                   0.40 / 0.37 (misses 0.8x)
``Vimmerse`` download       0.55 / 0.35                   0.48 / 0.45
==========================  ===========================  ==========================

The async client is what it is kept for: through ``AsyncClient`` the event loop's per-chunk cost
comes on top of h11's copies, and the download falls to 0.4x curl. The sync figures are within
this loaded machine's noise; on an idle one (bench/RESULTS.md section 4) the sync download ran at
1.33x curl (median 0.95x) against 0.81x (0.62x) for plain httpx ``iter_raw`` without an fsync.

Used only where httpx would add nothing: a hop that gets no API key (not the API's origin),
on a client that made its own httpx client without a custom transport (tests' mock transports
and caller-supplied clients keep httpx), and no proxy configured in the environment. TLS uses
the context httpx would (``httpx.create_ssl_context``: certifi, ``SSL_CERT_FILE``). Redirects,
statuses, ``Range`` and ``Content-Length`` are judged by ``Download`` exactly as for httpx
responses: this returns an ``httpx.Response`` whose stream reads the socket.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import ssl
import threading
import urllib.request
from collections.abc import AsyncIterator, Callable, Iterator

import httpx

__all__ = ["StdlibBody", "send", "stdlib_may_fetch"]

# Error bodies (a 4xx/5xx from the file host) are read whole: status_error shows them.
_ERROR_BODY_LIMIT = 1024 * 1024


def stdlib_may_fetch(url: httpx.URL) -> bool:
    """True when the stdlib path may fetch ``url``: http(s) and no proxy for it in the environment."""
    if url.scheme not in ("http", "https"):
        return False
    proxies = urllib.request.getproxies()
    return not (proxies.get(url.scheme) or proxies.get("all"))


class StdlibBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The body of an ``http.client`` response; ``copy_into`` is the fast path.

    Both stream interfaces, so ``httpx.Response`` accepts it from the sync and the async core;
    ``__aiter__`` (used only for bodies sent encoded, which httpx must decode) reads in a
    worker thread per chunk.
    """

    def __init__(self, conn: http.client.HTTPConnection, response: http.client.HTTPResponse) -> None:
        self.conn = conn
        self.response = response
        self.stopped = threading.Event()

    def copy_into(self, write: Callable[[memoryview], None], size: int) -> None:
        """Read the body ``size`` bytes at a time into one buffer and hand each filled view to ``write``."""
        view = memoryview(bytearray(size))
        with _mapped_errors(reading=True):
            while not self.stopped.is_set():
                n = self.response.readinto(view)
                if not n:
                    return
                write(view[:n])

    def stop(self) -> None:
        """From another thread: make ``copy_into`` return (a blocked read fails at once)."""
        self.stopped.set()
        sock = self.conn.sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def _read(self) -> bytes:
        with _mapped_errors(reading=True):
            return self.response.read1(1024 * 1024)

    def __iter__(self) -> Iterator[bytes]:
        while chunk := self._read():
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        import asyncio  # here: a sync-only program need not import asyncio

        while chunk := await asyncio.to_thread(self._read):
            yield chunk

    def close(self) -> None:
        self.response.close()
        self.conn.close()

    async def aclose(self) -> None:
        self.close()


@contextlib.contextmanager
def _mapped_errors(reading: bool) -> Iterator[None]:
    """``http.client``/socket errors as the httpx exceptions the download's retry rules know."""
    try:
        yield
    except TimeoutError as exc:
        raise (httpx.ReadTimeout if reading else httpx.ConnectTimeout)(str(exc)) from exc
    except http.client.HTTPException as exc:  # IncompleteRead, RemoteDisconnected, BadStatusLine...
        raise httpx.RemoteProtocolError(f"{type(exc).__name__}: {exc}") from exc
    except ssl.SSLError as exc:
        raise httpx.ConnectError(str(exc)) from exc
    except OSError as exc:
        raise (httpx.ReadError if reading else httpx.ConnectError)(str(exc)) from exc


def send(request: httpx.Request, timeout: httpx.Timeout) -> httpx.Response:
    """Send ``request`` (a GET built by ``Download.request``) on a new connection; headers only.

    The connection serves this one response and closes with it: a download is one long
    request, so a connection pool would save nothing.
    """
    url = request.url
    connect_timeout, read_timeout = timeout.connect, timeout.read
    port = url.port or (443 if url.scheme == "https" else 80)
    conn: http.client.HTTPConnection
    if url.scheme == "https":
        conn = http.client.HTTPSConnection(
            url.host, port, timeout=connect_timeout, context=httpx.create_ssl_context()
        )
    else:
        conn = http.client.HTTPConnection(url.host, port, timeout=connect_timeout)
    try:
        with _mapped_errors(reading=False):
            conn.connect()
        assert conn.sock is not None
        conn.sock.settimeout(read_timeout)
        with _mapped_errors(reading=True):
            conn.putrequest("GET", url.raw_path.decode("ascii"), skip_host=True, skip_accept_encoding=True)
            for name, value in request.headers.multi_items():
                conn.putheader(name, value)
            conn.endheaders()
            response = conn.getresponse()
        body = StdlibBody(conn, response)
        headers = response.getheaders()
        if response.status >= 300:
            # Redirects and errors carry small bodies; read them now so the caller may close or
            # read them with either client's interface.
            with _mapped_errors(reading=True):
                content = response.read(_ERROR_BODY_LIMIT)
            body.close()
            return httpx.Response(response.status, headers=headers, content=content, request=request)
        return httpx.Response(response.status, headers=headers, stream=body, request=request)
    except BaseException:
        conn.close()
        raise
