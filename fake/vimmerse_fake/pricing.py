"""The fake's pricing model: how many credits a paid call costs.

*Whether* a call is paid is openapi.yaml's to say (``x-vimmerse-credits``, and for
``per-field`` operations the request schema's ``x-vimmerse-charged-fields``; see
``handlers.Ctx.bill``). The amounts below are the fake's own, derived from the vendor's pricing
seeds:

* ``createMedia``: ``10 x quantity x ceil(duration / 5)``; ``processMedia`` and a
  regenerating ``updateMedia``/``editMedia`` cost the same for the resulting parameters.
* ``createStory`` (storyboard) 10; ``generateStoryElements`` 20; ``generateStoryScenes``
  30; ``generateStoryVideos`` ``10 x scenes x ceil(duration / 5)``; ``concatStory`` 10.
* automatic modes (idea/images/url-2-video): storyboard + elements + scenes + videos +
  concat, i.e. ``70 + 10 x scenes x ceil(scene_duration / 5)`` (100 for 3 scenes of 5 s).

* asset operations (``x-vimmerse-job: asset``: image, video, audio, finetune): the operation's
  ``x-vimmerse-price`` ``{credits, per, source}``: ``credits`` x the value of the request field
  ``per`` (its schema default when the request leaves it out; 1 without ``per``), rounded up;
  the length of a list field, 1 for a value that is not a number. An operation without
  ``x-vimmerse-price`` costs ``ASSET_FLAT_COST`` (10) per call.

A short balance answers ``402 {"message": "INSUFFICIENT_CREDIT"}`` and changes nothing.
Every charged call counts as one paid job (``jobs_created``) and is added to the
story's ``used_credits``.
"""

from __future__ import annotations

import math

COST_STORYBOARD, COST_ELEMENTS, COST_SCENES, COST_CONCAT = 10, 20, 30, 10


ASSET_FLAT_COST = 10


def asset_cost(price: object, per_value: object) -> int:
    """Credits of one asset call: ``price`` is the operation's ``x-vimmerse-price`` (None when
    the document gives none), ``per_value`` the value of its ``per`` field in the request."""
    if not isinstance(price, dict) or not isinstance(price.get("credits"), int | float):
        return ASSET_FLAT_COST
    credits = float(price["credits"])
    if not price.get("per"):
        return max(0, math.ceil(credits))
    return max(0, math.ceil(credits * _units(per_value)))


def _units(value: object) -> float:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, list | tuple):
        return float(len(value))
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return 1.0
    return 1.0


def media_cost(quantity: int, duration: int) -> int:
    return 10 * quantity * math.ceil(duration / 5)


def videos_cost(scenes: int, duration: int) -> int:
    return 10 * max(scenes, 1) * math.ceil(duration / 5)


def auto_story_cost(scenes: int, scene_duration: int) -> int:
    return COST_STORYBOARD + COST_ELEMENTS + COST_SCENES + videos_cost(scenes, scene_duration) + COST_CONCAT
