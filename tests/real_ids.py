"""Ids of the real atlas that several tests name (one list, so they cannot drift apart)."""

from __future__ import annotations

# Issue 10: the muscles the pain guide names for the hip, lower back, knee, calf and lateral leg.
ISSUE_10_MUSCLES = (
    "tensor_fasciae_latae",
    "obturator_externus",
    "multifidus",
    "iliocostalis_lumborum",
    "longissimus",
    "vastus_lateralis",
    "popliteus",
    "plantaris",
    "fibularis_longus",
    "fibularis_brevis",
    "tibialis_posterior",
    "flexor_digitorum_longus",
)
