"""`python -m treffsicher` runs the command-line interface."""

from treffsicher.cli import main

main()
