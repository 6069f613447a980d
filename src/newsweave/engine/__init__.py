"""Where per-article analysis runs: in this process, a local process pool, or Ray."""
