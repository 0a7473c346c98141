"""Ingest at scale: extraction as a pure function of a file, run on a process pool (or a Dask
cluster, via N-Quads shards), and a single writer that stores documents in batches.

Kept free of imports here: ``aikg.kg`` imports the report types at start-up.
"""
