"""The Persian words of every closed vocabulary, and reading them back."""
from __future__ import annotations

import inspect
from enum import StrEnum

import pytest

from app import enums
from app.enums import Constituency, FundingSource, Gender, MemberRole, ResolutionStatus
from app.vocabulary import LABELS, label, labels, parse_label

ALL_ENUMS = [cls for _, cls in inspect.getmembers(enums, inspect.isclass)
             if issubclass(cls, StrEnum) and cls is not StrEnum]


@pytest.mark.parametrize("cls", ALL_ENUMS, ids=lambda c: c.__name__)
def test_every_enum_fully_labelled_and_reversible(cls):
    assert cls in LABELS, f"app.vocabulary has no labels for {cls.__name__}"
    assert set(LABELS[cls]) == set(cls)
    words = list(LABELS[cls].values())
    assert len(set(words)) == len(words), "two values share a Persian word"
    for member in cls:
        word = label(member)
        assert word and any("\u0600" <= ch <= "\u06ff" for ch in word)
        assert parse_label(cls, word) is member
        assert parse_label(cls, member.value) is member
        assert parse_label(cls, member.value.upper()) is member


def test_label_of_plain_values_and_none():
    assert label("chair", MemberRole) == "رئیس"
    assert label(None) == "" and label("", Gender) == ""
    assert label("unknown", MemberRole) == "unknown"
    with pytest.raises(TypeError):
        label("chair")


def test_parse_spelling_variants():
    assert parse_label(MemberRole, "نايب رييس") is MemberRole.DEPUTY
    assert parse_label(MemberRole, " نایب‌رئیس ") is MemberRole.DEPUTY
    assert parse_label(Constituency, "هيئتهاي مذهبي") is Constituency.RELIGIOUS_GROUP
    assert parse_label(Constituency, "red crescent") is Constituency.RED_CRESCENT
    assert parse_label(FundingSource, "خیرین") is FundingSource.BENEFACTORS
    assert parse_label(Gender, "خانم") is Gender.FEMALE
    assert parse_label(ResolutionStatus, ResolutionStatus.DONE) is ResolutionStatus.DONE
    for bad in ("", "رئیس جمهور", None):
        with pytest.raises(ValueError):
            parse_label(MemberRole, bad)


def test_labels_for_pick_lists():
    assert labels(Gender) == [("male", "مرد"), ("female", "زن")]
