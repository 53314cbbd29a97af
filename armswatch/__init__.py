"""armswatch: Dutch government documents about weapons, turned into citable evidence.

The pipeline runs one way: read -> normalise -> segment -> extract -> store -> query/serve.
Each stage is a sub-package with one small public function; the CLI, the JSON API and
the web UI are thin layers over :mod:`armswatch.pipeline` and :mod:`armswatch.store`.
"""

__version__ = "0.1.0"
