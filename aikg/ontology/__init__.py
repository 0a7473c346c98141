"""The vocabulary: OWL ontology and SHACL shapes, the data model, and the entity registry."""
