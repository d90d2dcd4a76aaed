"""Every Python code sample of the vendor's two guides, translated one to one into SDK calls.

``tests/fixtures/guides/guides.json`` (``tools/read_guides.py``) lists the samples: the request
each one makes, keyed here by ``(guide, line)``. Each entry is what a user of this client writes
instead: ``run(client, ids)`` with the sample's values, and the outcome the guides and our
recorded decisions promise (``works``, or ``refused`` before anything is sent).

``test_samples.py`` runs every entry against the in-process fake; ``tools/guide_samples.py``
renders the README table from the same entries. Nothing here imports the fake.

The entries are in ``guide_samples_media.py`` and ``guide_samples_story.py``, one module per
guide, in the guide's order; what an entry holds is in ``guide_sample_types.py``.
"""

from __future__ import annotations

from guide_sample_types import Sample
from guide_samples_media import MEDIA_SAMPLES
from guide_samples_story import STORY_SAMPLES

SAMPLES: tuple[Sample, ...] = MEDIA_SAMPLES + STORY_SAMPLES

BY_KEY: dict[tuple[str, int], Sample] = {sample.key: sample for sample in SAMPLES}
