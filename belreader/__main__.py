"""`python -m belreader`: the same entry point as the `belreader` command."""

from belreader.cli import main

if __name__ == "__main__":
    main()
