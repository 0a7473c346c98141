"""Answers of the relation model that the pipeline refuses whatever their probability, tested
with a stand-in model that gives every pair one answer: what a user would see as a relation
that cannot hold (a product "hosted on" a chip)."""

from __future__ import annotations

import numpy as np

from aikg.extract.classifier import decide, sentence_pairs
from aikg.extract.features import COLUMNS
from aikg.extract.linear import LinearModel
from aikg.extract.mentions import Mention
from aikg.extract.pairs import relation_classes
from aikg.extract.pipeline import extract
from aikg.extract.sentences import split_sentences
from aikg.ontology.models import Document, Entity, content_id
from aikg.ontology.registry import NameIndex, default_registry

QUILL = Entity(id="quill", label="Quill", type="AIModel")
ORCA = Entity(id="orca", label="Orca", type="Chip")
NIMBUS = Entity(id="nimbus", label="Nimbus", type="CloudPlatform")


def _always(answer: str) -> LinearModel:
    """A model whose every pair's answer is ``answer``, at probability near 1."""
    classes = relation_classes()
    bias = np.full(len(classes), -10.0, dtype=np.float32)
    bias[classes.index(answer)] = 10.0
    return LinearModel(classes, np.zeros((COLUMNS, len(classes)), dtype=np.float32), bias, 0.5)


def test_nothing_is_hosted_on_a_chip() -> None:
    s = split_sentences("Quill runs on Orca chips and on Nimbus.")[0]
    mentions = [Mention(0, 1, QUILL), Mention(3, 4, ORCA), Mention(7, 8, NIMBUS)]
    read = decide([sentence_pairs(s, mentions, [])], _always("hostedOn>"))[s.index]
    hosted = {(f.subject.id, f.object.id) for f in read if f.predicate == "hostedOn"}
    assert ("quill", "nimbus") in hosted  # a cloud hosts
    assert ("quill", "orca") not in hosted  # a chip does not host
    assert ("orca", "nimbus") not in hosted  # nor is it hosted: it is rented there


def test_a_product_keeps_the_maker_the_registry_knows() -> None:
    holdco = Entity(id="holdco", label="Holdco", type="Company")
    acme = Entity(id="acme", label="Acme", type="Company", parent="holdco")
    zenith = Entity(id="zenith", label="Zenith", type="Company")
    keel = Entity(id="keel", label="Keel", type="Chip", parent="acme")
    names = NameIndex([holdco, acme, zenith, keel])
    s = split_sentences("Zenith praised Keel; Holdco sells it.")[0]
    mentions = [Mention(0, 1, zenith), Mention(2, 3, keel), Mention(4, 5, holdco)]
    read = decide([sentence_pairs(s, mentions, [])], _always("develops>"), names)[s.index]
    read += decide([sentence_pairs(s, mentions, [])], _always("develops<"), names)[s.index]
    makers = {f.subject.id for f in read if f.predicate == "develops" and f.object.id == "keel"}
    assert makers == {"holdco"}  # Acme's owner may be named as its maker; Zenith may not


def test_a_name_before_the_writers_own_deal_is_no_party_to_it() -> None:
    """ "Acme, our largest customer, was briefed, and our partnership with Zenith continues":
    the partnership is the writer's, not Acme's."""
    acme = Entity(id="acme", label="Acme", type="Company")
    zenith = Entity(id="zenith", label="Zenith", type="Company")
    s = split_sentences(
        "Acme, our largest customer, was briefed, and our partnership with Zenith continues."
    )[0]
    mentions = [Mention(0, 1, acme), Mention(13, 14, zenith)]
    read = decide([sentence_pairs(s, mentions, [])], _always("partnerOf="))[s.index]
    assert not read
    s = split_sentences("Acme was briefed, and its partnership with Zenith continues.")[0]
    mentions = [Mention(0, 1, acme), Mention(8, 9, zenith)]
    read = decide([sentence_pairs(s, mentions, [])], _always("partnerOf="))[s.index]
    assert [(f.subject.id, f.object.id) for f in read] == [("acme", "zenith")]  # "its" is Acme's


def test_a_company_the_registry_knows_is_no_ones_product() -> None:
    """ "Its Ascend processor, also manufactured by SMIC": the model's "develops" between two
    companies names no product."""
    acme = Entity(id="acme", label="Acme", type="Company")
    foundry = Entity(id="foundry", label="Foundry", type="Company")
    s = split_sentences("Acme's chip is also manufactured by Foundry.")[0]
    mentions = [Mention(0, 1, acme), Mention(7, 8, foundry)]
    assert not decide([sentence_pairs(s, mentions, [])], _always("develops>"))[s.index]


def test_a_name_inside_a_closed_apposition_describes_only_the_name_before_it() -> None:
    """ "Nova, the venture arm of Acme, and Zenith": Acme is Nova's owner, nothing of Zenith's."""
    nova, acme, zenith = (Entity(id=n.lower(), label=n, type="Company") for n in ("Nova", "Acme", "Zenith"))
    s = split_sentences("Backers were Nova, the venture arm of Acme, and Zenith.")[0]
    mentions = [Mention(2, 3, nova), Mention(8, 9, acme), Mention(11, 12, zenith)]
    pairs = {
        (f.subject.id, f.object.id)
        for f in decide([sentence_pairs(s, mentions, [])], _always("partnerOf="))[s.index]
    }
    assert ("acme", "nova") in pairs or ("nova", "acme") in pairs
    assert not {("acme", "zenith"), ("zenith", "acme")} & pairs
    # no closing comma: the apposition runs on, and the pair is the model's to read
    s = split_sentences("Backers were Nova, the venture arm of Acme and Zenith.")[0]
    mentions = [Mention(2, 3, nova), Mention(8, 9, acme), Mention(10, 11, zenith)]
    pairs = {
        (f.subject.id, f.object.id)
        for f in decide([sentence_pairs(s, mentions, [])], _always("partnerOf="))[s.index]
    }
    assert {("acme", "zenith"), ("zenith", "acme")} & pairs


def test_a_list_of_owned_products_ending_as_well_as_relates_none_of_them() -> None:
    """ "A's X, B's Y and C's Z, as well as W": one list of what was tested, no product of it uses
    another."""
    text = (
        "The pacts let the lab's testers examine unreleased versions of OpenAI's GPT-5, Anthropic's "
        "Claude, Google DeepMind's Gemini and xAI's Grok, as well as Tarn 2, the coding model made by "
        "Vessly, for misuse."
    )
    claims = extract(Document(id=content_id(text), path="t.txt", text=text), default_registry()).claims
    assert not [c for c in claims if c.predicate == "usesTechnologyOf"]
    assert ("anthropic", "develops", "claude") in {(c.subject, c.predicate, c.object) for c in claims}


def test_names_listed_as_a_partys_rivals_are_not_each_others() -> None:
    """ "names CoreWeave, Lambda and Nebius as its closest competitors": each is the filer's rival."""
    text = (
        "The filing names CoreWeave, Lambda and Nebius as its closest competitors, and notes that AWS "
        "competes with it too."
    )
    claims = extract(Document(id=content_id(text), path="t.txt", text=text), default_registry()).claims
    assert ("lambda", "competesWith", "nebius") not in {(c.subject, c.predicate, c.object) for c in claims}


def test_a_cloud_is_never_what_another_cloud_hosts() -> None:
    """ "now served via Vertex AI on Google Cloud": the model is hosted on both, not one on the other."""
    text = "**Gemini 2.5 Flash**: now served via Vertex AI on Google Cloud."
    found = {
        (c.subject, c.predicate, c.object)
        for c in extract(Document(id=content_id(text), path="t.txt", text=text), default_registry()).claims
    }
    assert ("gemini-2-5-flash", "hostedOn", "vertex-ai") in found
    assert ("vertex-ai", "hostedOn", "google-cloud") not in found
