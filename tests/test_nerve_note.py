"""The muscle article's nerve callout names the nerve the muscle actually lies against."""

from __future__ import annotations

from bodymap.core.article_view import nerve_note
from bodymap.core.ids import Ref


def test_callout_names_the_nerve_or_branch_the_muscle_lies_against(atlas):
    """Gastrocnemius lies against the tibial nerve, piriformis against the sciatic nerve itself, the
    short head of biceps beside the sciatic and common fibular nerves; the rest touch none."""
    gastroc = nerve_note(atlas, Ref("gastrocnemius", "left"))
    assert gastroc.startswith(
        "> **Lies against the tibial nerve (a branch of the sciatic nerve).**"
    )
    assert nerve_note(atlas, Ref("piriformis", "right")).startswith(
        "> **Lies against the sciatic nerve.**"
    )
    short_head = nerve_note(atlas, Ref("biceps_femoris_short_head", "left"))
    assert "**Lies against the sciatic nerve and the common fibular nerve.**" in short_head
    assert "Does not touch the sciatic nerve" in nerve_note(atlas, Ref("gluteus_minimus", "left"))
    assert nerve_note(atlas, Ref("calf", "left")) == ""
