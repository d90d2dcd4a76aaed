"""The story operations (idea/images/url to multi-scene video, automatic or step by step):
domain handlers by operationId. A story's scenes are animated by media jobs (``MediaApi``)."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from typing import Any

import attrs

from .answers import Answer
from .config import FakeConfig
from .handlers import Ctx, JobApi, handles
from .jobs import (
    customer_id,
    make_storyboard,
    media_end,
    media_state,
    outcome_of,
    story_state,
    story_updated_at,
    timestamp,
)
from .media import MediaApi
from .pricing import COST_CONCAT, COST_ELEMENTS, COST_SCENES, COST_STORYBOARD, auto_story_cost, videos_cost
from .records import Media, SceneMedia, Story, StoryStatus

STORY_AUDIO_DEFAULTS = {
    "has_bg_music": True,
    "has_narration": True,
    "native_audio": False,
    "narrator": "Rachel",
}
ELEMENT_KINDS = ("characters", "environments", "objects")
_FIELDS = {f.name for f in attrs.fields(Story)}


@attrs.define(eq=False)
class StoryApi(JobApi[Story]):
    """The story operations; ``media`` makes the media jobs that animate its scenes."""

    record_type = Story
    not_found = "NOT_FOUND"

    _media: MediaApi
    _config: FakeConfig

    # ------------------------------------------------------------------ records
    def new(self, key: str, b: dict[str, Any], mode: str, image_urls: list[str], now: float) -> Story:
        # The deprecated top-level audio fields the Story guide documents count where
        # audio_option leaves them unset; audio_option wins, as the guide says it replaces them.
        legacy = {k: b[k] for k in ("narrator", "has_narration", "has_bg_music", "native_audio") if k in b}
        audio = {**STORY_AUDIO_DEFAULTS, **legacy, **(b.get("audio_option") or {})}
        if audio["native_audio"]:
            audio["has_narration"] = False
        idea = b.get("idea") or ""
        storyboard = make_storyboard(idea, b.get("title", ""), int(b.get("scene_count", 3)), image_urls)
        for kind in ELEMENT_KINDS:
            given = (b.get("elements") or {}).get(kind)
            if given:
                storyboard[kind] = list(given)
        return Story(
            id=str(uuid.uuid4()),
            owner=key,
            mode=mode,
            title=b.get("title", ""),
            description=b.get("description", ""),
            visibility_status=b.get("visibility_status", "1"),
            idea=idea,
            language=b.get("language", "English"),
            aspect_ratio=b.get("aspect_ratio") or "16:9",
            scene_count=len(storyboard["scenes"]),
            audio_option=audio,
            storyboard=storyboard,
            image_urls=image_urls,
            phase="new",
            phase_started=now,
            fail=outcome_of(idea, b.get("title")) == "fail",
            webhook_url=b.get("webhook_url"),
            is_transition=bool(b.get("is_transition", False)),
            # The guide names them duration and motion_type, the vendor scene_duration and video_tool.
            scene_duration=int(b.get("duration", b.get("scene_duration", 5))),
            motion_type=b.get("motion_type", b.get("video_tool", "Auto")),
            loop=int(b.get("loop", 1)),
            created_at=now,
            updated_at=now,
        )

    @staticmethod
    def _spend(ctx: Ctx, s: Story, amount: int) -> None:
        if ctx.bill(amount):
            s.used_credits += amount

    def _music(self, s: Story) -> None:
        music = s.storyboard.setdefault("music", {})
        if isinstance(music, dict) and s.audio_option.get("has_bg_music") and not music.get("music_url"):
            music["music_url"] = self._files.url("audio", "wav", s=s.id, e="music", d=1.0)

    def _gen_elements(self, s: Story) -> None:
        for kind in ELEMENT_KINDS:
            for i, el in enumerate(s.storyboard.get(kind) or []):
                if isinstance(el, dict) and not el.get("image_url"):
                    el["image_url"] = self._files.url("image", "png", s=s.id, e=f"{kind}-{i}")
        self._music(s)

    def _gen_scenes(self, s: Story) -> None:
        self._music(s)
        url = self._files.url
        for i, sc in enumerate(s.storyboard.get("scenes") or []):
            if not isinstance(sc, dict):
                continue
            if not sc.get("image_url"):
                sc["image_url"] = url("image", "png", s=s.id, e=f"scene-{i}")
            if s.audio_option.get("has_narration") and not sc.get("narration_url"):
                sc["narration_url"] = url("audio", "wav", s=s.id, e=f"narration-{i}", d=1.0)

    def _gen_videos(self, s: Story, b: dict[str, Any], now: float, start_at: float) -> None:
        scenes = [sc for sc in s.storyboard.get("scenes") or [] if isinstance(sc, dict)] or [{}]
        duration = int(b.get("duration", s.scene_duration))
        medias = []
        for i, sc in enumerate(scenes):
            params = {
                "title": f"{s.title or 'Story'} - scene {i + 1}",
                "prompt": str(sc.get("video_description") or f"Scene {i + 1}"),
                "motion_type": b.get("motion_type", "Auto"),
                "duration": duration,
                "loop": int(b.get("loop", 1)),
                "aspect_ratio": s.aspect_ratio,
                "image_urls": [sc["image_url"]] if sc.get("image_url") else [],
            }
            m = self._media.new(s.owner, params, now, batch_id=s.id, start_at=start_at)
            self._store.save(m)
            source = {"prompt": params["prompt"], "image_url": sc.get("image_url", "")}
            medias.append(SceneMedia(m.id, str(i), source))
        s.medias = medias
        s.scene_duration = duration
        s.phase = "videos"
        s.phase_started = now
        s.compose_from = None
        s.version += 1

    # ------------------------------------------------------------------ answers
    def status(self, s: Story, now: float) -> StoryStatus:
        return story_state(s, self._store.medias_of(s), now, self._config.compose_seconds)[0]

    def to_json(self, s: Story, now: float | None = None) -> dict[str, Any]:
        """The ``Story`` object openapi.yaml describes, at ``now``."""
        now = self._clock.now() if now is None else now
        compose = self._config.compose_seconds
        medias = self._store.medias_of(s)
        status, progress, message = story_state(s, medias, now, compose)
        states = {m.id: media_state(m, now)[0] for m in medias}
        failed = {m.id for m in medias if now >= media_end(m) and m.gen.outcome != "success"}
        by_id = {m.id: m for m in medias}
        scenes = []
        for i, sc in enumerate(s.storyboard.get("scenes") or []):
            if not isinstance(sc, dict):
                continue
            entry = {
                "image_url": sc.get("image_url", ""),
                "prompt": sc.get("video_description", ""),
                "narration_url": sc.get("narration_url", ""),
            }
            if i < len(s.medias):
                mid = s.medias[i].media_id
                if mid in by_id and states.get(mid) == "success":
                    entry["video_url"] = self._media.video_url(by_id[mid])
            scenes.append(entry)
        data: dict[str, Any] = {
            "id": s.id,
            "customer_id": customer_id(s.owner),
            "title": s.title,
            "description": s.description,
            "visibility_status": s.visibility_status,
            "idea": s.idea,
            "storyboard": s.storyboard,
            "scenes": scenes,
            "story_version": s.version,
            "message": message,
            "is_transition": s.is_transition,
            # As every story answer of the Story guide shows them (no file size is known: absent,
            # which the service writes as "").
            "submit_params": {
                "native_audio": False,
                "pipeline_preset": "Fast",
                "scale_factor": 1,
                "extend_video": False,
            },
            "files": s.files,
            "medias": [attrs.asdict(e) for e in s.medias],
            "finished_medias": [attrs.asdict(e) for e in s.medias if states.get(e.media_id) == "success"],
            "failed_medias": [attrs.asdict(e) for e in s.medias if e.media_id in failed],
            "image_urls": s.image_urls,
            "progress_percentage": progress,
            "status": status,
            "generate_type": s.mode,
            "audio_option": s.audio_option,
            "has_bg_music": s.audio_option["has_bg_music"],
            "has_narration": s.audio_option["has_narration"],
            "narrator": s.audio_option["narrator"],
            "language": s.language,
            "aspect_ratio": s.aspect_ratio,
            "scene_count": s.scene_count,
            "audio_urls": s.audio_urls,
            "used_credits": s.used_credits,
            "show_title": True,
            "webhook_url": s.webhook_url,
            "version": "1",
            "created_at": timestamp(s.created_at),
            "updated_at": timestamp(story_updated_at(s, medias, now, compose)),
        }
        if status == "success":
            data["video_url"] = self._video_url(s, medias)
        return data

    def _video_url(self, s: Story, medias: list[Media]) -> str:
        if s.concat_video_urls:
            seconds = 5.0 * len(s.concat_video_urls)
        else:
            seconds = float(sum(int(m.duration) for m in medias)) or 5.0
        return self._files.url("video", "mp4", d=seconds, a=s.aspect_ratio, s=s.id, v=s.version)

    def _answer(self, s: Story) -> Answer:
        return Answer(200, {"data": self.to_json(s)})

    # ----------------------------------------------------------------- handlers
    async def _auto_story(self, ctx: Ctx, mode: str, image_urls: list[str]) -> Answer:
        now = self._clock.now()
        s = self.new(ctx.key, ctx.body, mode, image_urls, now)
        cost = auto_story_cost(len(s.storyboard["scenes"]), s.scene_duration)
        with self._store.lock:
            self._spend(ctx, s, cost)
            self._gen_elements(s)
            self._gen_scenes(s)
            start_at = now + self._config.auto_prepare_seconds
            videos = {"duration": s.scene_duration, "motion_type": s.motion_type, "loop": s.loop}
            self._gen_videos(s, videos, now, start_at)
            s.prepare_until = start_at
            self._store.save(s)
        return self._answer(s)

    @handles("createStoryFromIdea")
    async def from_idea(self, ctx: Ctx) -> Answer:
        return await self._auto_story(ctx, "idea-2-video", [])

    @handles("createStoryFromUrl")
    async def from_url(self, ctx: Ctx) -> Answer:
        return await self._auto_story(ctx, "url-2-video", [])

    @handles("createStoryFromImages")
    async def from_images(self, ctx: Ctx) -> Answer:
        return await self._auto_story(ctx, "images-2-video", list(ctx.body["image_urls"]))

    @handles("createStory")
    async def create(self, ctx: Ctx) -> Answer:
        b = ctx.body
        uploads = [u for u in ctx.uploads if u[0] == "image_files"]
        image_urls = [
            self._files.url("image", "png", upload=i, name=name) for i, (_, name, _) in enumerate(uploads)
        ] or list(b.get("image_urls") or [])
        now = self._clock.now()
        with self._store.lock:
            if b.get("story_id"):
                # An unknown (or another key's) story_id is 404, as openapi.yaml documents.
                s = copy.deepcopy(self.own(ctx.key, b["story_id"]))
                fresh = self.new(ctx.key, b, "advanced", image_urls, now)
                s.storyboard, s.idea, s.scene_count, s.fail = (
                    fresh.storyboard,
                    fresh.idea,
                    fresh.scene_count,
                    fresh.fail,
                )
                s.updated_at = now
            else:
                s = self.new(ctx.key, b, "advanced", image_urls, now)
            s.files = [{"FileType": "image", "FileName": name} for _, name, _ in uploads]
            self._spend(ctx, s, COST_STORYBOARD)
            self._store.save(s)
        return self._answer(s)

    @handles("getStory")
    async def get(self, ctx: Ctx) -> Answer:
        return self._answer(self.own(ctx.key, ctx.path["story_id"]))

    @handles("updateStory")
    async def update(self, ctx: Ctx) -> Answer:
        # Every field of the request schema is a field of the story (its metadata, and the
        # videos and audio concatStory composes).
        edits = {name: value for name, value in ctx.body.items() if name in _FIELDS}
        s = attrs.evolve(copy.deepcopy(self.own(ctx.key, ctx.path["story_id"])), **edits)
        s.updated_at = self._clock.now()
        self._store.save(s)
        return self._answer(s)

    @handles("deleteStory")
    async def delete(self, ctx: Ctx) -> Answer:
        s = self.own(ctx.key, ctx.path["story_id"])
        answer = self._answer(s)
        self._store.delete(Story.KIND, s.id)
        return answer

    def _step(self, ctx: Ctx, cost: Callable[[Story], int], apply: Callable[[Story], None]) -> Answer:
        s = copy.deepcopy(self.own(ctx.key, ctx.path["story_id"]))
        if "storyboard" in ctx.body:
            s.storyboard = ctx.body["storyboard"]
            s.scene_count = len(s.storyboard.get("scenes") or [])
        with self._store.lock:
            self._spend(ctx, s, cost(s))
            apply(s)
            s.updated_at = self._clock.now()
            self._store.save(s)
        return self._answer(s)

    @handles("generateStoryElements")
    async def elements(self, ctx: Ctx) -> Answer:
        return self._step(ctx, lambda s: COST_ELEMENTS, self._gen_elements)

    @handles("generateStoryScenes")
    async def scenes(self, ctx: Ctx) -> Answer:
        def apply(s: Story) -> None:
            if "audio_option" in ctx.body:
                s.audio_option = {**s.audio_option, **ctx.body["audio_option"]}
            self._gen_scenes(s)

        return self._step(ctx, lambda s: COST_SCENES, apply)

    @handles("generateStoryVideos")
    async def videos(self, ctx: Ctx) -> Answer:
        b = ctx.body
        now = self._clock.now()

        def apply(s: Story) -> None:
            if b.get("title"):
                s.title = b["title"]
            if "webhook_url" in b:
                s.webhook_url = b["webhook_url"]
            s.is_transition = bool(b.get("is_transition", s.is_transition))
            self._gen_videos(s, b, now, now)

        def cost(s: Story) -> int:
            return videos_cost(len(s.storyboard.get("scenes") or []), int(b.get("duration", 5)))

        return self._step(ctx, cost, apply)

    @handles("concatStory")
    async def concat(self, ctx: Ctx) -> Answer:
        b = ctx.body
        now = self._clock.now()

        def apply(s: Story) -> None:
            if b.get("concat_video_urls"):
                s.concat_video_urls = list(b["concat_video_urls"])
            if b.get("audio_urls"):
                s.audio_urls = list(b["audio_urls"])
            if s.phase == "new":
                s.phase = "concat"
                s.phase_started = now
            s.compose_from = now
            s.version += 1

        return self._step(ctx, lambda s: COST_CONCAT, apply)
