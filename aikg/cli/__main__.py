"""`python -m aikg.cli`: the same as the `aikg` command."""

from aikg.cli import cli

cli()
