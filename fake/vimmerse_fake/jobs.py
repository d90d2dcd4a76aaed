"""Jobs (``records``) whose status is computed from the clock on every read.

Timing (simulated seconds): a media job lasts ``12 x duration`` (60 s for a 5 s video):
the first 10 % queued (``queue_bullet``), then ``processing_bullet`` with progress
rising, then ``success`` at the end. ``[fail]`` / ``[cancel]`` in the prompt or title
end it half-way as ``fail`` / ``cancel``. A story is ``new`` after the storyboard steps,
``processing`` while its scene medias run and for ``compose_seconds`` of composition,
then ``success`` (``video_url`` set) or ``fail`` (a scene failed, or ``[fail]`` in idea).

``updated_at`` is the last change: an edit, or a status change the clock brought about (a
media starting to process or ending; a story's scene medias changing, the story ending).
"""

from __future__ import annotations

import functools
import hashlib
from datetime import UTC, datetime
from typing import Any

from .records import Media, MediaStatus, Outcome, Story, StoryStatus


@functools.lru_cache(maxsize=4096)  # every answer about a job repeats its times
def timestamp(t: float) -> str:
    return str(datetime.fromtimestamp(t, UTC))


@functools.lru_cache(maxsize=1024)  # a SHA-256 per answer otherwise
def customer_id(key: str) -> str:
    """The customer id the fake reports for an API key (stable, not reversible)."""
    return "cust_" + hashlib.sha256(key.encode()).hexdigest()[:12]


def outcome_of(*texts: str | None) -> Outcome:
    joined = " ".join(t for t in texts if t)
    if "[fail]" in joined:
        return "fail"
    if "[cancel]" in joined:
        return "cancel"
    return "success"


def media_total(m: Media) -> float:
    if m.job_seconds:
        return m.job_seconds
    return 12.0 * m.duration


def media_end(m: Media) -> float:
    total = media_total(m)
    return m.gen.submitted_at + (total if m.gen.outcome == "success" else total * 0.5)


def _progress(m: Media, at: float) -> int:
    total = media_total(m)
    queue = 0.1 * total
    t = at - m.gen.submitted_at
    if t < queue:
        return 0
    return max(1, min(99, int(100 * (t - queue) / (total - queue))))


def media_state(m: Media, now: float) -> tuple[MediaStatus, int]:
    """(processing_status, progress_percentage) at ``now``."""
    end = media_end(m)
    outcome = m.gen.outcome
    if now >= end:
        return outcome, (100 if outcome == "success" else _progress(m, end))
    if now - m.gen.submitted_at < 0.1 * media_total(m):
        return "queue_bullet", 0
    return "processing_bullet", _progress(m, now)


def media_updated_at(m: Media, now: float) -> float:
    """When the media last changed by ``now``: its last edit, or its last status change."""
    latest = m.updated_at
    for changed in (m.gen.submitted_at + 0.1 * media_total(m), media_end(m)):
        if changed <= now:
            latest = max(latest, changed)
    return latest


def story_state(
    s: Story, medias: list[Media], now: float, compose_seconds: float
) -> tuple[StoryStatus, int, str]:
    """(status, progress_percentage, failure message) of a story at ``now``."""
    if s.phase == "new":
        return "new", 0, ""
    start = s.phase_started
    prepare_until = s.prepare_until or start
    if now < prepare_until:
        span = max(prepare_until - start, 1e-9)
        return "processing", min(19, int(20 * (now - start) / span)), ""
    compose_from = s.compose_from or 0.0
    if medias:
        states = [media_state(m, now) for m in medias]
        if any(now < media_end(m) for m in medias):
            done = sum(p for _, p in states) / len(states)
            return "processing", 20 + int(0.7 * done), ""
        failed = [m.id for m, (st, _) in zip(medias, states, strict=True) if st != "success"]
        if failed:
            return "fail", 90, f"{len(failed)} scene video(s) failed: {', '.join(failed)}"
        compose_from = max(compose_from, max(media_end(m) for m in medias))
    compose_from = max(compose_from, prepare_until)
    if now < compose_from + compose_seconds:
        return "processing", 90 + int(9 * (now - compose_from) / compose_seconds), ""
    if s.fail:
        return "fail", 99, "Story generation failed: the idea asked for it ([fail])"
    return "success", 100, ""


def story_done_at(s: Story, medias: list[Media], compose_seconds: float) -> float | None:
    """When the story reaches its terminal state (None while in phase ``new``)."""
    if s.phase == "new":
        return None
    base = max(s.compose_from or 0.0, s.prepare_until or s.phase_started)
    if medias:
        base = max(base, max(media_end(m) for m in medias))
    return base + compose_seconds


def story_updated_at(s: Story, medias: list[Media], now: float, compose_seconds: float) -> float:
    """When the story last changed by ``now``: its last edit, a change of one of its scene
    medias, or the moment it ended."""
    latest = s.updated_at
    for m in medias:
        latest = max(latest, media_updated_at(m, now))
    ended = story_done_at(s, medias, compose_seconds)
    if medias and any(m.gen.outcome != "success" for m in medias):
        ended = max(media_end(m) for m in medias)  # a failed scene ends the story at once
    if ended is not None and ended <= now:
        latest = max(latest, ended)
    return latest


# No source states a maximum scene_count, so requests are not refused for one; the fake still
# writes (and renders, and charges) at most this many scenes, so a fuzzer's scene_count of 10**18
# costs it no more memory than a long story does.
MAX_SCENES = 50


def make_storyboard(idea: str, title: str, scene_count: int, image_urls: list[str]) -> dict[str, Any]:
    """A deterministic storyboard written from the idea (one scene per image if any)."""
    short = " ".join(idea.split())[:80]
    n = min(len(image_urls) or scene_count, MAX_SCENES)
    scenes = []
    for i in range(n):
        scene: dict[str, Any] = {
            "name": f"Scene {i + 1}",
            "image_description": f"Scene {i + 1} of: {short}",
            "video_description": f"Camera slowly moves through scene {i + 1}",
            "narrator": f"Part {i + 1} of the story about {short}.",
        }
        if image_urls:
            scene["image_url"] = image_urls[i]
        scenes.append(scene)
    return {
        "title_scene": {"title": title or short[:40] or "Untitled", "description": short},
        "characters": [{"name": "Protagonist", "description": f"The main character of: {short}"}],
        "environments": [{"name": "Setting", "description": f"Where it happens: {short}"}],
        "objects": [{"name": "Key object", "description": f"An object central to: {short}"}],
        "scenes": scenes,
        "music": {"description": f"Background music for: {short}", "lyrics": ""},
    }
