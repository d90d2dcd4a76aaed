from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.story_status import StoryStatus

T = TypeVar("T", bound="StoryWebhookPayload")


@_attrs_define
class StoryWebhookPayload:
    """POSTed to a story's `webhook_url` when it ends; `batch_id` is the story id.

    Attributes:
        customer_id (str):
        batch_id (str):
        status (StoryStatus | str):
    """

    customer_id: str
    batch_id: str
    status: StoryStatus | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        batch_id = self.batch_id

        status: str
        if isinstance(self.status, StoryStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "batch_id": batch_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        batch_id = d.pop("batch_id")

        def _parse_status(data: object) -> StoryStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = StoryStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(StoryStatus | str, data)

        status = _parse_status(d.pop("status"))

        story_webhook_payload = cls(
            customer_id=customer_id,
            batch_id=batch_id,
            status=status,
        )

        story_webhook_payload.additional_properties = d
        return story_webhook_payload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
