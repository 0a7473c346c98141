"""SHACL validation of the store against the ontology's shapes (pyshacl over rdflib)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from aikg.graph.storage.contract import Store
from aikg.ontology.vocab import ONTOLOGY_IRI, ontology_text, shapes_text


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the focus node, the property path, the message and its severity."""

    focus: str
    path: str | None
    message: str
    severity: str

    def to_json(self) -> dict[str, Any]:
        """The violation as JSON-ready data."""
        return {
            "focus": self.focus,
            "path": self.path,
            "message": self.message,
            "severity": self.severity,
        }


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of a SHACL check: whether the store conforms, and each violation."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The report as JSON-ready data (``aikg validate --json``)."""
        return {"conforms": self.conforms, "violations": [v.to_json() for v in self.violations]}


def validate_store(store: Store) -> ValidationReport:
    """Check every document graph, as one union, against the SHACL shapes, and the facts graph
    against what the documents' statements imply."""
    import pyoxigraph as ox
    import rdflib
    from pyshacl import validate

    from aikg.graph.facts_check import facts_problems

    data = rdflib.Graph()
    for graph in store.named_graphs():
        if graph != ONTOLOGY_IRI:
            data.parse(data=store.dump(ox.RdfFormat.N_TRIPLES, graph=graph), format="nt")
    shapes = rdflib.Graph().parse(data=shapes_text(), format="turtle")
    # The ontology joins the data so that class membership (Company under Entity, Reported a
    # Status) is visible to sh:class; pyshacl mixes in ont_graph only when inferencing.
    data.parse(data=ontology_text(), format="turtle")
    conforms, results, _ = validate(data, shacl_graph=shapes, advanced=True)
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    violations = [
        Violation(
            focus=str(results.value(r, sh.focusNode)),
            path=str(p) if (p := results.value(r, sh.resultPath)) is not None else None,
            message=str(results.value(r, sh.resultMessage)),
            severity=str(results.value(r, sh.resultSeverity)).rsplit("#", 1)[-1],
        )
        for r in results.subjects(rdflib.RDF.type, sh.ValidationResult)
    ]
    violations += [
        Violation(focus, path, message, "Violation") for focus, path, message in facts_problems(store)
    ]
    return ValidationReport(
        conforms=bool(conforms) and not violations,
        violations=sorted(violations, key=lambda v: (v.focus, v.message)),
    )
