"""Where the graph is kept: the embedded Oxigraph store (``store``) and a SPARQL 1.1 server
(``remote``, speaking ``remote_protocol``), opened from ``--store`` by ``stores.open_store``;
with the write lock, the journal of graphs being bulk-loaded, read-only snapshots of RocksDB's
files, and the guard every query passes. Nothing here knows what a claim or a question is.
"""
