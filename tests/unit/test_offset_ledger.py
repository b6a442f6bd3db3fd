"""The offset ledger: the commit point never passes a record the agent did not settle, a record after a
missing one is a gap, and a range proven empty is stepped over only once what precedes it is settled."""

from __future__ import annotations

from streams.pipeline.offset_ledger import Admission, OffsetLedger


def test_contiguous_records_move_the_commit_point_as_they_settle():
    ledger = OffsetLedger()
    ledger.reset({0: 10})
    assert [ledger.admit(0, o, 0.0) for o in (10, 11, 12)] == [Admission.TAKE] * 3
    assert ledger.commit_point(0) == 10  # admitted, not settled
    ledger.settled(0, 10)
    ledger.settled(0, 11)
    assert ledger.commit_point(0) == 12
    ledger.settled(0, 12)
    assert ledger.commit_point(0) == 13


def test_a_record_after_a_missing_one_is_a_gap_and_the_commit_point_stays_before_it():
    ledger = OffsetLedger()
    ledger.reset({1: 413})
    assert ledger.admit(1, 421, 0.0) is Admission.GAP
    assert ledger.expected(1) == 413
    assert ledger.commit_point(1) == 413
    ledger.settled(1, 421)  # even if someone settled it, the frontier cannot jump the hole
    assert ledger.commit_point(1) == 413


def test_after_a_seek_later_records_wait_and_the_missing_ones_are_taken_when_they_come():
    ledger = OffsetLedger(reseek_after=5.0)
    ledger.reset({0: 5})
    assert ledger.admit(0, 8, 0.0) is Admission.GAP
    ledger.sought(0, 0.0)
    assert ledger.admit(0, 9, 1.0) is Admission.HOLD
    assert ledger.admit(0, 8, 6.0) is Admission.GAP  # the seek did not take: seek again
    assert [ledger.admit(0, o, 7.0) for o in (5, 6, 7, 8, 9)] == [Admission.TAKE] * 5
    for o in (5, 6, 7, 8, 9):
        ledger.settled(0, o)
    assert ledger.commit_point(0) == 10


def test_a_re_delivery_is_taken_again_without_moving_anything():
    ledger = OffsetLedger()
    ledger.reset({0: 0})
    for o in (0, 1, 2):
        assert ledger.admit(0, o, 0.0) is Admission.TAKE
        ledger.settled(0, o)
    assert ledger.admit(0, 1, 0.0) is Admission.TAKE
    ledger.settled(0, 1)
    assert ledger.commit_point(0) == 3
    assert ledger.expected(0) == 3


def test_a_range_proven_empty_is_stepped_over_once_the_records_before_it_settle():
    ledger = OffsetLedger()
    ledger.reset({0: 5})
    assert ledger.admit(0, 5, 0.0) is Admission.TAKE
    assert ledger.admit(0, 6, 0.0) is Admission.TAKE
    assert ledger.admit(0, 9, 0.0) is Admission.GAP  # 7 and 8: e.g. transaction markers
    ledger.skip_to(0, 9)
    assert ledger.admit(0, 9, 0.0) is Admission.TAKE
    assert ledger.commit_point(0) == 5  # 5 and 6 are still in flight
    ledger.settled(0, 5)
    ledger.settled(0, 6)
    assert ledger.commit_point(0) == 9
    ledger.settled(0, 9)
    assert ledger.commit_point(0) == 10


def test_a_partition_never_committed_starts_where_its_log_is_proven_to_start():
    ledger = OffsetLedger()
    ledger.reset({2: None})
    assert ledger.commit_point(2) is None
    assert ledger.admit(2, 40, 0.0) is Admission.GAP  # the ledger cannot know the log starts there
    ledger.skip_to(2, 40)
    assert ledger.commit_point(2) == 40
    assert ledger.admit(2, 40, 0.0) is Admission.TAKE
    ledger.settled(2, 40)
    assert ledger.commit_point(2) == 41


def test_a_new_assignment_forgets_partitions_that_left_and_restarts_from_the_committed_offsets():
    ledger = OffsetLedger()
    ledger.reset({0: 3, 1: 7})
    ledger.admit(0, 3, 0.0)
    ledger.settled(0, 3)
    ledger.reset({1: 9})
    assert ledger.commit_point(0) is None
    assert ledger.commit_point(1) == 9
    ledger.settled(0, 4)  # a record of the old assignment finishing late changes nothing
    assert ledger.commit_point(0) is None


def test_a_gap_whose_first_records_are_gone_resumes_at_the_first_record_still_there():
    ledger = OffsetLedger()
    ledger.reset({0: 10})
    assert ledger.admit(0, 30, 0.0) is Admission.GAP
    ledger.skip_to(0, 12)  # 10 and 11 hold no record, 12..29 never arrived
    ledger.sought(0, 0.0)
    assert ledger.expected(0) == 12
    assert ledger.commit_point(0) == 12
    assert ledger.admit(0, 30, 1.0) is Admission.HOLD
    assert ledger.admit(0, 12, 1.0) is Admission.TAKE
