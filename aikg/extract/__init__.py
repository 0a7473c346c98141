"""Documents in, claims out: sentences, entity candidates and their types, relations between
them, status and hedging, qualifiers. Pure functions of a document and the name index: no I/O
and no store. ``aikg.extract.pipeline.extract`` is the entry point; this package imports
nothing heavy, so importing it costs a CLI command nothing."""
