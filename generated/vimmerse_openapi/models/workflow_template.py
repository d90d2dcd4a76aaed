from enum import StrEnum


class WorkflowTemplate(StrEnum):
    OVERLAY_GRAY_5443 = "overlay_gray_5443"
    OVERLAY_GRAY_5442 = "overlay_gray_5442"
    OVERLAY_ONLY_1025 = "overlay_only_1025"
    NEW_YEAR_2026 = "vim_new_year_2026"
    DANCING_SANTA = "vim_dancing_santa"
    BIRTHDAY = "vim_birthday"
    INSTAGRAM_FRAME_ESCAPE_0226 = "vim_instagramframeescape_0226"
    DREAM_CAREER_0226 = "vim_dreamcareer_0226"
    CES_SHOW = "vim_ces_show"
    AMAZONIA = "vim_amazonia"
    ARCTIC = "vim_arctic"
    SKETCH_ME = "vim_sketch_me"
    PRODUCT_SHOWCASE = "vim_product_showcase"
    EXPLODED_LOOP_0226 = "each_explodedloop_0226"
    UGC_PRODUCT_0226 = "each_ugcproduct_0226"

    def __str__(self) -> str:
        return str(self.value)
