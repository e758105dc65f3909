"""``python -m presslens``: see :mod:`presslens.cli`."""

import sys

from presslens.cli import main

if __name__ == "__main__":
    sys.exit(main())
