"""Analytics over segments (profiles and personas, RFM, clusters, history): above ``segments``, below ``project``."""
