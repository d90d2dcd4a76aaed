"""One download in its own process, so its peak RSS can be read from ``wait4``.

``python -m bench._download_worker METHOD API_URL URL DEST`` prints ``{"bytes", "seconds"}``.

* sdk / sdk-async: the SDK's streaming downloader (the client core's ``stream``, what
  ``client.media.download`` / ``client.story.download`` run once they know the file URL) on the
  file host's URL, with ``Vimmerse`` / ``AsyncVimmerse``. The client's base URL is the fake's
  API, so the file host is another origin, as in production (no key goes to it).
* httpx-raw: plain ``httpx.Client.stream`` + ``iter_raw`` into a file, no fsync: what the SDK
  would cost without its own file-host path.
* seeds: the vendor examples' ``requests.get(url).content`` written to the file.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> None:
    method, api_url, url, dest = sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4])
    if method == "sdk":
        import httpx

        from vimmerse import Vimmerse

        client = Vimmerse("bench-key", api_url)
        t0 = time.perf_counter()
        client._core.downloader.stream(httpx.URL(url), dest, dest.stem, None, None)
        seconds = time.perf_counter() - t0
        client.close()
    elif method == "sdk-async":
        import asyncio

        import httpx

        from vimmerse import AsyncVimmerse

        async def run() -> float:
            async with AsyncVimmerse("bench-key", api_url) as client:
                t0 = time.perf_counter()
                await client._core.downloader.stream(httpx.URL(url), dest, dest.stem, None, None)
                return time.perf_counter() - t0

        seconds = asyncio.run(run())
    elif method == "httpx-raw":
        import httpx

        with httpx.Client() as http:
            t0 = time.perf_counter()
            with http.stream("GET", url) as response, open(dest, "wb") as f:
                for chunk in response.iter_raw():
                    f.write(chunk)
            seconds = time.perf_counter() - t0
    elif method == "seeds":
        import requests

        t0 = time.perf_counter()
        content = requests.get(url, timeout=60).content
        with open(dest, "wb") as f:
            f.write(content)
        seconds = time.perf_counter() - t0
    else:
        raise SystemExit(f"unknown method {method!r}")
    print(json.dumps({"bytes": dest.stat().st_size, "seconds": seconds}))


if __name__ == "__main__":
    main()
