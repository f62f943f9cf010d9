from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":  # not when a worker process (multiprocessing spawn, Dask) re-imports it
    sys.exit(main())
