"""One download in its own process, so its peak RSS can be read from ``wait4``.

``python -m bench._download_worker sdk|seeds URL DEST`` prints ``{"bytes", "seconds"}``.

* sdk: the SDK's streaming downloader (``vimmerse._download.download_sync``, what
  ``client.media.download`` runs once it knows the file URL) on the CDN URL.
* seeds: the vendor examples' ``requests.get(url).content`` written to the file.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> None:
    method, url, dest = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    if method == "sdk":
        import httpx

        from vimmerse import Vimmerse
        from vimmerse._download import download_sync

        client = Vimmerse("bench-key", url.rsplit("/blob/", 1)[0])
        t0 = time.perf_counter()
        download_sync(client._core, client.http_client, httpx.URL(url), dest)
        seconds = time.perf_counter() - t0
        client.close()
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
