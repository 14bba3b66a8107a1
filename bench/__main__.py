"""`make bench`: build (once) the five-year tower, run every benchmark on it, print one JSON object per line
and a table at the end. `--quick` uses a smaller tower and fewer rounds; `--db postgresql://...` measures a
tower on PostgreSQL (built there if the database is empty)."""
from __future__ import annotations

import argparse
import platform
import sys

from bench import desks, histories, lists, reports, requests, rooms, startup, visitors
from bench.report import table
from bench.tower import tower

SUITES = {"startup": startup, "lists": lists, "visitors": visitors, "rooms": rooms, "requests": requests,
          "reports": reports, "desks": desks, "histories": histories}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="a smaller tower and fewer rounds (a few minutes)")
    parser.add_argument("--db", metavar="URL", help="measure this database (made into the tower if empty)")
    parser.add_argument("--only", metavar="SUITE,...", help=f"some of: {', '.join(SUITES)}")
    args = parser.parse_args()
    chosen = args.only.split(",") if args.only else list(SUITES)
    unknown = set(chosen) - set(SUITES)
    if unknown:
        parser.error(f"no suite {', '.join(sorted(unknown))}")
    bench = tower(args.quick, args.db)
    machine = f"{platform.node()} ({platform.machine()}, Python {platform.python_version()})"
    print(f"# tower {bench.scale.name} at {bench.url} on {machine}", file=sys.stderr, flush=True)
    results = []
    for name in chosen:
        for result in SUITES[name].run(bench):
            print(result.json(), flush=True)
            results.append(result)
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
