"""File ▸ Open the B2B sample shop, and `segmentdesk --sample b2b`."""
from __future__ import annotations

from segmentdesk.app import parse_args
from segmentdesk.paths import sample_dir


def test_the_b2b_menu_entry_opens_the_b2b_sample_with_its_segments(window):
    window.menus.b2b_sample_action.trigger()
    ds = window.session.dataset
    assert len(ds) == 400 and "business_id" in ds.customers.roles
    shipped = sorted(p.name for p in (sample_dir("b2b") / "segments").glob("*.segment.json"))
    assert len(window.session.segments) == len(shipped)
    assert not window.session.dirty


def test_the_consumer_entry_still_opens_the_consumer_sample(window):
    window.menus.sample_action.trigger()
    assert len(window.session.dataset) == 2000


def test_sample_on_the_command_line_means_the_consumer_shop_and_b2b_asks_for_the_other():
    assert parse_args(["--sample"]).sample == "consumer"
    assert parse_args(["--sample", "b2b"]).sample == "b2b"
    assert parse_args([]).sample is None
