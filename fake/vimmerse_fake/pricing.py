"""The fake's pricing model: how many credits a paid call costs.

*Whether* a call is paid is openapi.yaml's to say (``x-vimmerse-credits``, and for
``per-field`` operations the request schema's ``x-vimmerse-charged-fields``; see
``app.Ctx.bill``). The amounts below are the fake's own, derived from the vendor's pricing
seeds:

* ``createMedia``: ``10 x quantity x ceil(duration / 5)``; ``processMedia`` and a
  regenerating ``updateMedia``/``editMedia`` cost the same for the resulting parameters.
* ``createStory`` (storyboard) 10; ``generateStoryElements`` 20; ``generateStoryScenes``
  30; ``generateStoryVideos`` ``10 x scenes x ceil(duration / 5)``; ``concatStory`` 10.
* automatic modes (idea/images/url-2-video): storyboard + elements + scenes + videos +
  concat, i.e. ``70 + 10 x scenes x ceil(scene_duration / 5)`` (100 for 3 scenes of 5 s).

A short balance answers ``402 {"message": "INSUFFICIENT_CREDIT"}`` and changes nothing.
Every charged call counts as one paid job (``jobs_created``) and is added to the
story's ``used_credits``.
"""

from __future__ import annotations

import math

COST_STORYBOARD, COST_ELEMENTS, COST_SCENES, COST_CONCAT = 10, 20, 30, 10


def media_cost(quantity: int, duration: int) -> int:
    return 10 * quantity * math.ceil(duration / 5)


def videos_cost(scenes: int, duration: int) -> int:
    return 10 * max(scenes, 1) * math.ceil(duration / 5)


def auto_story_cost(scenes: int, scene_duration: int) -> int:
    return COST_STORYBOARD + COST_ELEMENTS + COST_SCENES + videos_cost(scenes, scene_duration) + COST_CONCAT
