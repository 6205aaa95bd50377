"""Vocabulary as code: the ``dkg:`` terms as a closed namespace (a misspelt term raises ``AttributeError``).

The terms mirror ``graph/data/ontology.ttl``; ``tests/test_vocab.py`` checks both agree and that every ``dkg:``
term used in ``queries/*.rq`` exists.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, XSD, DefinedNamespace

__all__ = ["DKG", "SDO", "PROV", "OWL", "RDF", "RDFS", "XSD", "WD", "GEONAMES", "PREFIXES", "DEFAULT_BASE"]

DEFAULT_BASE = "https://w3id.org/dkg/id/"
WD = Namespace("http://www.wikidata.org/entity/")
GEONAMES = Namespace("https://sws.geonames.org/")


class DKG(DefinedNamespace):
    """The dkg ontology, ``https://w3id.org/dkg/ontology#``."""

    _NS = Namespace("https://w3id.org/dkg/ontology#")
    _fail = True

    # event classes (rdfs:subClassOf schema:Event)
    Meeting: URIRef
    Talks: URIRef
    Negotiation: URIRef
    Visit: URIRef
    StateVisit: URIRef
    PhoneCall: URIRef
    Summit: URIRef
    Conference: URIRef
    Ceremony: URIRef
    Summons: URIRef
    Expulsion: URIRef
    Statement: URIRef
    # other classes
    Evidence: URIRef
    EventStatus: URIRef
    # status individuals
    Occurred: URIRef
    Planned: URIRef
    Uncertain: URIRef
    Cancelled: URIRef
    # properties
    sha256: URIRef
    dateText: URIRef
    involvedCountry: URIRef
    status: URIRef
    evidence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    speaker: URIRef
    follows: URIRef
    represents: URIRef
    accreditedTo: URIRef
    countryCode: URIRef
    owner: URIRef
    venueType: URIRef
    role: URIRef
    background: URIRef
    resolutionKey: URIRef
    resolutionData: URIRef


PREFIXES = {
    "schema": str(SDO),
    "prov": str(PROV),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "dkg": str(DKG._NS),
}
