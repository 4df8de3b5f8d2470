"""Analytics over segments (profiles and personas, the shop at a glance, RFM, clusters, history): above
``segments``, below ``project``.

Each analysis is a plain function of a Dataset (or of a project's snapshots, read by ``project``)
and a reference date, headless and testable; the window shows and the command line prints what they return.
"""
