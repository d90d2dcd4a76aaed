"""One download in its own process, so its peak RSS can be read from ``wait4``.

``python -m bench._download_worker sdk|seeds URL DEST`` prints ``{"bytes", "seconds"}``.

* sdk: the SDK's streaming downloader (the client core's ``stream``, what
  ``client.media.download`` / ``client.story.download`` run once they know the file URL; it was
  ``vimmerse._download.download_sync`` before the core was generated from one async source) on
  the CDN URL.
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

        client = Vimmerse("bench-key", url.rsplit("/blob/", 1)[0])
        t0 = time.perf_counter()
        client._core.stream(httpx.URL(url), dest, dest.stem, None, None)
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
