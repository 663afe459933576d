"""``python -m recstudio`` is the same as the ``recstudio`` console script."""

import sys

from recstudio.cli import main

if __name__ == "__main__":
    sys.exit(main())
