"""``python -m conformance protocol|query URL [--token T]``: run a W3C suite and print the counts."""

from __future__ import annotations

import argparse
import os
import sys

from conformance.suite import Endpoint


def main(argv: list[str] | None = None) -> int:
    """Run the chosen suite; exit 0 when every test passed, 1 otherwise."""
    parser = argparse.ArgumentParser(prog="python -m conformance", description=__doc__)
    parser.add_argument("suite", choices=["protocol", "query"])
    parser.add_argument("url", help="the SPARQL endpoint, e.g. http://127.0.0.1:8000/sparql")
    parser.add_argument(
        "--token",
        default=os.environ.get("NEWSGRAPH_UPDATE_TOKEN"),
        help="update token sent as 'Authorization: Bearer' (env NEWSGRAPH_UPDATE_TOKEN)",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="list passing tests too")
    args = parser.parse_args(argv)
    endpoint = Endpoint(args.url, args.token)
    if args.suite == "protocol":
        from conformance.protocol import run
    else:
        from conformance.query import run  # type: ignore[assignment]
    outcomes = run(endpoint)
    for outcome in outcomes:
        if not outcome.passed or args.verbose:
            mark = "PASS" if outcome.passed else "FAIL"
            print(f"{mark} {outcome.name}" + (f": {outcome.reason}" if outcome.reason else ""))
    passed = sum(outcome.passed for outcome in outcomes)
    print(f"{args.suite}: {passed}/{len(outcomes)} passed")
    return 0 if passed == len(outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
