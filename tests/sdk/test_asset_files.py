"""An asset's ``results`` are several files: ``client.assets.download`` writes every one, named so
none overwrites another, and sends the API key to the API only (never to the file host)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from vimmerse.errors import DownloadError

from .sdk_helpers import KEY, Recorder, maybe, mock_clients

PNG = b"\x89PNG\r\n\x1a\n" + b"image-bytes"


def _asset(results: list[str], status: str = "success") -> dict[str, object]:
    return {"data": {"id": "a1", "status": status, "results": results, "mime_type": "image/png"}}


def _files_host(request: httpx.Request) -> httpx.Response:
    if request.url.host == "api.vimmerse.test":
        return httpx.Response(
            200,
            json=_asset(["https://files.vimmerse.test/a/1.png", "https://files.vimmerse.test/a/2.png"]),
        )
    return httpx.Response(200, content=PNG + request.url.path.encode(), headers={"Content-Type": "image/png"})


async def test_every_result_lands_in_the_directory(mode: str, tmp_path: Path) -> None:
    recorder = Recorder([_files_host])
    client, _ = mock_clients(recorder, mode)
    saved = await maybe(client.assets.download("a1", f"{tmp_path / 'out'}/"))
    assert saved == [tmp_path / "out" / "a1.png", tmp_path / "out" / "a1-2.png"]
    assert [p.read_bytes() for p in saved] == [PNG + b"/a/1.png", PNG + b"/a/2.png"]
    file_host = [r for r in recorder.requests if r.url.host == "files.vimmerse.test"]
    assert len(file_host) == 2 and all("x-api-key" not in r.headers for r in file_host)
    assert any(
        r.headers.get("x-api-key") == KEY for r in recorder.requests if r.url.host == "api.vimmerse.test"
    )


async def test_a_file_name_gets_numbered_siblings(mode: str, tmp_path: Path) -> None:
    client, _ = mock_clients(Recorder([_files_host]), mode)
    saved = await maybe(client.assets.download("a1", tmp_path / "cat.png"))
    assert saved == [tmp_path / "cat.png", tmp_path / "cat-2.png"]
    assert all(p.is_file() for p in saved)


async def test_an_unfinished_asset_has_nothing_to_download(mode: str, tmp_path: Path) -> None:
    client, _ = mock_clients(Recorder([httpx.Response(200, json=_asset([], status="processing"))]), mode)
    with pytest.raises(DownloadError, match="a1 has no file yet \\(status processing\\)"):
        await maybe(client.assets.download("a1", tmp_path))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("content_type", "suffix"),
    [("audio/wav", ".wav"), ("audio/mpeg", ".mp3"), ("image/jpeg", ".jpg"), ("video/mp4", ".mp4")],
)
async def test_files_in_a_directory_are_named_by_their_type(
    mode: str, tmp_path: Path, content_type: str, suffix: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.vimmerse.test":
            return httpx.Response(200, json=_asset(["https://files.vimmerse.test/a/speech"]))
        return httpx.Response(200, content=b"bytes", headers={"Content-Type": content_type})

    client, _ = mock_clients(Recorder([handler]), mode)
    assert await maybe(client.assets.download("a1", tmp_path)) == [tmp_path / f"a1{suffix}"]
