from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aspect_ratio import AspectRatio
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitParams")


@_attrs_define
class SubmitParams:
    """Pipeline parameters a job was submitted with.

    Attributes:
        native_audio (bool | str | Unset):
        pipeline_preset (str | Unset):
        file_size (int | str | Unset):
        scale_factor (float | str | Unset):
        extend_video (bool | str | Unset):
        aspect_ratio (AspectRatio | str | Unset):
    """

    native_audio: bool | str | Unset = UNSET
    pipeline_preset: str | Unset = UNSET
    file_size: int | str | Unset = UNSET
    scale_factor: float | str | Unset = UNSET
    extend_video: bool | str | Unset = UNSET
    aspect_ratio: AspectRatio | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        native_audio: bool | str | Unset
        if isinstance(self.native_audio, Unset):
            native_audio = UNSET
        else:
            native_audio = self.native_audio

        pipeline_preset = self.pipeline_preset

        file_size: int | str | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        scale_factor: float | str | Unset
        if isinstance(self.scale_factor, Unset):
            scale_factor = UNSET
        else:
            scale_factor = self.scale_factor

        extend_video: bool | str | Unset
        if isinstance(self.extend_video, Unset):
            extend_video = UNSET
        else:
            extend_video = self.extend_video

        aspect_ratio: str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, AspectRatio):
            aspect_ratio = self.aspect_ratio.value
        else:
            aspect_ratio = self.aspect_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if native_audio is not UNSET:
            field_dict["native_audio"] = native_audio
        if pipeline_preset is not UNSET:
            field_dict["pipeline_preset"] = pipeline_preset
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if scale_factor is not UNSET:
            field_dict["scale_factor"] = scale_factor
        if extend_video is not UNSET:
            field_dict["extend_video"] = extend_video
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_native_audio(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        native_audio = _parse_native_audio(d.pop("native_audio", UNSET))

        pipeline_preset = d.pop("pipeline_preset", UNSET)

        def _parse_file_size(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        file_size = _parse_file_size(d.pop("file_size", UNSET))

        def _parse_scale_factor(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        scale_factor = _parse_scale_factor(d.pop("scale_factor", UNSET))

        def _parse_extend_video(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        extend_video = _parse_extend_video(d.pop("extend_video", UNSET))

        def _parse_aspect_ratio(data: object) -> AspectRatio | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aspect_ratio_type_0 = AspectRatio(data)

                return aspect_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AspectRatio | str | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        submit_params = cls(
            native_audio=native_audio,
            pipeline_preset=pipeline_preset,
            file_size=file_size,
            scale_factor=scale_factor,
            extend_video=extend_video,
            aspect_ratio=aspect_ratio,
        )

        submit_params.additional_properties = d
        return submit_params

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
