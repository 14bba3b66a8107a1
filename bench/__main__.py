"""`make bench`: run every benchmark, one JSON object per line, then a table."""
from __future__ import annotations

import argparse

from bench import requests, rooms, startup, visitors
from bench.report import table


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="fewer rounds and a smaller database")
    args = parser.parse_args()
    results = []
    for suite in (startup, visitors, requests, rooms):
        for result in suite.run(quick=args.quick):
            print(result.json(), flush=True)
            results.append(result)
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
