"""`python -m belreader`: the same entry point as the `belreader` command."""

import sys

try:
    from belreader.cli import main
except KeyboardInterrupt:  # ctrl+c while the CLI loads: no traceback for it
    sys.stderr.write("belreader: interrupted\n")
    sys.exit(130)

if __name__ == "__main__":
    main()
