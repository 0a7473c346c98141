"""The IRIs aikg mints and the vocabularies it borrows, with the prefixes queries may use.

Plain strings, importable from anywhere below the ontology parser (:mod:`aikg.ontology.vocab`
re-exports them) and from :mod:`aikg.ontology.terms`, which both need them.
"""

from __future__ import annotations

ONTOLOGY_IRI = "https://w3id.org/aikg/ontology"
FACTS_IRI = "https://w3id.org/aikg/facts"  # the derived graph: each direct triple and entity description once
AIKG = "https://w3id.org/aikg/ontology#"
ENT = "https://w3id.org/aikg/entity/"
DOC = "https://w3id.org/aikg/document/"
STMT = "https://w3id.org/aikg/statement/"
WD = "http://www.wikidata.org/entity/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"

PREFIXES = {
    "aikg": AIKG,
    "ent": ENT,
    "doc": DOC,
    "stmt": STMT,
    "wd": WD,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "prov": PROV,
    "schema": SCHEMA,
}
