"""``python -m bench`` runs every benchmark (see :mod:`bench.run`)."""

import sys

from .run import main

sys.exit(main())
