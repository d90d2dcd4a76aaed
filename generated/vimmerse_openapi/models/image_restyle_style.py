from enum import StrEnum


class ImageRestyleStyle(StrEnum):
    THREE_D = "3d"
    REALISTIC_STYLE = "realistic_style"
    ANGEL = "angel"
    ANIME_STYLE = "anime_style"
    JAPANESE_COMICS = "japanese_comics"
    PRINCESS_STYLE = "princess_style"
    DREAMY = "dreamy"
    INK_STYLE = "ink_style"
    NEW_MONET_GARDEN = "new_monet_garden"
    MONETS_GARDEN = "monets_garden"
    EXQUISITE_COMIC = "exquisite_comic"
    CYBER_MACHINERY = "cyber_machinery"
    CHINESE_STYLE = "chinese_style"
    ROMANTIC = "romantic"
    UGLY_CLAY = "ugly_clay"
    CUTE_DOLL = "cute_doll"
    THREE_D_GAMING = "3d_gaming"
    ANIMATED_MOVIE = "animated_movie"
    DOLL = "doll"

    def __str__(self) -> str:
        return str(self.value)
