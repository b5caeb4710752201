"""``python -m api`` is the ``newsgraph`` command."""

from api.cli import main

main()
