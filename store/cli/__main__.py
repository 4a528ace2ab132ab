"""`python -m store.cli`: the same as the `borderdocs` console script."""

import sys

from store.cli import main

sys.exit(main())
