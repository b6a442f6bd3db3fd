"""`python -m bench [options]` = `newswire bench [options]`."""

from streams.cli.bench import bench

bench(prog_name="python -m bench")
