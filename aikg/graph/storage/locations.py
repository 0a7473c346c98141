"""What a store location names, decided from the string alone (no back end is imported).

Both the opener (:mod:`aikg.graph.storage.stores`) and the SPARQL-server store read it, so it lives
below them: the CLI checks ``--store`` with it before anything heavy loads.
"""

from __future__ import annotations

SCHEMES = ("sparql+http://", "sparql+https://")


def is_remote(location: object) -> bool:
    """Whether ``location`` names a SPARQL server (``sparql+http://`` or ``sparql+https://``).

    >>> is_remote("sparql+http://127.0.0.1:8890/sparql"), is_remote(".aikg")
    (True, False)
    """
    return isinstance(location, str) and location.startswith(SCHEMES)
