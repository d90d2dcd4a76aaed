from enum import StrEnum


class CameraControl(StrEnum):
    AERIAL = "Aerial"
    AUTO = ""
    CRANE_DOWN = "Crane down"
    CRANE_UP = "Crane up"
    DOLLY_ZOOM = "Dolly zoom"
    ORBIT_LEFT = "Orbit left"
    ORBIT_RIGHT = "Orbit right"
    PAN_LEFT = "Pan left"
    PAN_RIGHT = "Pan right"
    ROLL_LEFT = "Roll left"
    ROLL_RIGHT = "Roll right"
    ROTATE_360 = "Rotate 360"
    STATIC = "Static"
    TILT_DOWN = "Tilt down"
    TILT_UP = "Tilt up"
    ZOOM_IN = "Zoom in"
    ZOOM_OUT = "Zoom out"

    def __str__(self) -> str:
        return str(self.value)
