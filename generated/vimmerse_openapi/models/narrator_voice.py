from enum import StrEnum


class NarratorVoice(StrEnum):
    ALICE = "Alice"
    ARIA = "Aria"
    BILL = "Bill"
    BRIAN = "Brian"
    CALLUM = "Callum"
    CHARLIE = "Charlie"
    CHARLOTTE = "Charlotte"
    CHRIS = "Chris"
    DANIEL = "Daniel"
    ERIC = "Eric"
    GEORGE = "George"
    JESSICA = "Jessica"
    LAURA = "Laura"
    LIAM = "Liam"
    LILY = "Lily"
    MATILDA = "Matilda"
    RACHEL = "Rachel"
    RIVER = "River"
    ROGER = "Roger"
    SARAH = "Sarah"
    WILL = "Will"

    def __str__(self) -> str:
        return str(self.value)
