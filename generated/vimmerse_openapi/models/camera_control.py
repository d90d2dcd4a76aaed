from enum import StrEnum


class CameraControl(StrEnum):
    AUTO = ""
    STATIC = "Static"
    CRANE_UP = "Crane up"
    CRANE_DOWN = "Crane down"
    TILT_UP = "Tilt up"
    TILT_DOWN = "Tilt down"
    PAN_RIGHT = "Pan right"
    PAN_LEFT = "Pan left"
    ROLL_RIGHT = "Roll right"
    ROLL_LEFT = "Roll left"
    ORBIT_RIGHT = "Orbit right"
    ORBIT_LEFT = "Orbit left"
    ROTATE_360 = "Rotate 360"
    DOLLY_ZOOM = "Dolly zoom"
    ZOOM_IN = "Zoom in"
    ZOOM_OUT = "Zoom out"
    AERIAL = "Aerial"

    def __str__(self) -> str:
        return str(self.value)
