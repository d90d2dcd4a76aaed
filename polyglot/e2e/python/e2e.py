"""create -> poll -> download with openapi-generator's `python` client (package vimmerse_oag)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import urllib3
import vimmerse_wire  # polyglot/adapters/python
from vimmerse_oag import ApiClient, Configuration, MediaApi, MediaProcessingStatus

TERMINAL_FAILURES = {MediaProcessingStatus.FAIL, MediaProcessingStatus.CANCEL}


def main() -> None:
    out = Path(os.environ["POLYGLOT_OUT"])
    config = Configuration(
        host=os.environ["VIMMERSE_BASE_URL"],
        api_key={"ApiKeyHeader": os.environ["VIMMERSE_API_KEY"]},
        # urllib3 follows the download's 302 and forwards every header but the ones listed here,
        # and only to another host: add X-Api-Key so the file host never receives it.
        retries=urllib3.Retry(
            total=3,
            remove_headers_on_redirect=urllib3.Retry.DEFAULT_REMOVE_HEADERS_ON_REDIRECT | {"X-Api-Key"},
        ),
    )
    with ApiClient(config) as client:
        if os.environ.get("POLYGLOT_WIRE_ADAPTER"):
            # Answers as the service writes them ("nsfw": "0") read into the strict models.
            vimmerse_wire.install(client)
        media = MediaApi(client)
        # multipart/form-data: a file is bytes, a path (str) or a (filename, bytes) tuple.
        image = ("cat.png", Path(os.environ["POLYGLOT_IMAGE"]).read_bytes())
        created = media.create_media(prompt="A cat surfing a wave", duration=1, image_files=[image])
        media_id = created.data.id
        print(f"created {media_id}: {created.data.processing_status.value}")

        deadline = time.monotonic() + 60
        while True:
            status = media.get_media_processing_status(media_id).data.processing_status
            if status is MediaProcessingStatus.SUCCESS:
                break
            if status in TERMINAL_FAILURES:
                sys.exit(f"job ended with {status.value}")
            if time.monotonic() > deadline:
                sys.exit("timed out waiting")
            time.sleep(0.1)
        print("status: success")

        # *_without_preload_content: the raw urllib3 response, streamed to the file.
        response = media.download_media_without_preload_content(media_id)
        if response.status != 200:
            sys.exit(f"download: HTTP {response.status}")
        with out.open("wb") as f:
            for chunk in response.stream(64 * 1024):
                f.write(chunk)
        response.release_conn()
        print(f"downloaded {out}")


if __name__ == "__main__":
    main()
