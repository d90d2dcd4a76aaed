from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.motion_type import MotionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryPosePreset")


@_attrs_define
class StoryPosePreset:
    """
    Attributes:
        motion_type (MotionType | str | Unset):
        prompt_strength (int | str | Unset):
        quantity (int | str | Unset):
        motion_amount (int | str | Unset):
        motion_length (int | str | Unset):
        loop (int | str | Unset):
        prompt (str | Unset):
    """

    motion_type: MotionType | str | Unset = UNSET
    prompt_strength: int | str | Unset = UNSET
    quantity: int | str | Unset = UNSET
    motion_amount: int | str | Unset = UNSET
    motion_length: int | str | Unset = UNSET
    loop: int | str | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        motion_type: str | Unset
        if isinstance(self.motion_type, Unset):
            motion_type = UNSET
        elif isinstance(self.motion_type, MotionType):
            motion_type = self.motion_type.value
        else:
            motion_type = self.motion_type

        prompt_strength: int | str | Unset
        if isinstance(self.prompt_strength, Unset):
            prompt_strength = UNSET
        else:
            prompt_strength = self.prompt_strength

        quantity: int | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        motion_amount: int | str | Unset
        if isinstance(self.motion_amount, Unset):
            motion_amount = UNSET
        else:
            motion_amount = self.motion_amount

        motion_length: int | str | Unset
        if isinstance(self.motion_length, Unset):
            motion_length = UNSET
        else:
            motion_length = self.motion_length

        loop: int | str | Unset
        if isinstance(self.loop, Unset):
            loop = UNSET
        else:
            loop = self.loop

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if motion_type is not UNSET:
            field_dict["motion_type"] = motion_type
        if prompt_strength is not UNSET:
            field_dict["prompt_strength"] = prompt_strength
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if motion_amount is not UNSET:
            field_dict["motion_amount"] = motion_amount
        if motion_length is not UNSET:
            field_dict["motion_length"] = motion_length
        if loop is not UNSET:
            field_dict["loop"] = loop
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_motion_type(data: object) -> MotionType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                motion_type_type_0 = MotionType(data)

                return motion_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MotionType | str | Unset, data)

        motion_type = _parse_motion_type(d.pop("motion_type", UNSET))

        def _parse_prompt_strength(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        prompt_strength = _parse_prompt_strength(d.pop("prompt_strength", UNSET))

        def _parse_quantity(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_motion_amount(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        motion_amount = _parse_motion_amount(d.pop("motion_amount", UNSET))

        def _parse_motion_length(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        motion_length = _parse_motion_length(d.pop("motion_length", UNSET))

        def _parse_loop(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        loop = _parse_loop(d.pop("loop", UNSET))

        prompt = d.pop("prompt", UNSET)

        story_pose_preset = cls(
            motion_type=motion_type,
            prompt_strength=prompt_strength,
            quantity=quantity,
            motion_amount=motion_amount,
            motion_length=motion_length,
            loop=loop,
            prompt=prompt,
        )

        story_pose_preset.additional_properties = d
        return story_pose_preset

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
