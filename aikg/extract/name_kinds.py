"""What kind of thing a name names, read from the words in and beside it: its last word ("Acme
Labs", "Halyard Cloud") or a noun next to it ("startup Zenith", "Zenith, a chipmaker"); and the
groups of entity types that extraction treats alike (organisations, products).

The run finder, the discovery of unknown names and mention finding all read these words, so
they live below all three.
"""

from __future__ import annotations

ORG_TYPES = frozenset({"Organization", "Company", "ResearchLab", "NewsOutlet", "GovernmentBody"})
PRODUCT_TYPES = frozenset({"Product", "AIModel", "CloudPlatform", "Chip"})
# Machines a named product may be: "whose GateEye cameras", "VideometerLab scanners made by Videometer".
DEVICE_NOUNS = frozenset(
    {"scanner", "scanners", "robot", "robots", "drone", "drones", "printer", "printers", "camera", "cameras"}
    | {"sensor", "sensors", "headset", "headsets", "terminal", "terminals", "kiosk", "kiosks"}
)

# Nouns a filing or a report capitalises as its defined term for the organisation it is about
# ("Valdris Semiconductor Inc. (the "Company")", "The Fund also made ..."): no name of their own.
DEFINED_TERMS = frozenset(
    {"company", "fund", "bank", "group", "firm", "trust", "partnership", "corporation", "issuer"}
    | {"registrant", "trustee", "sponsor"}
)

NAME_SUFFIXES = {
    "labs": "ResearchLab",
    "lab": "ResearchLab",
    "laboratory": "ResearchLab",
    "laboratories": "ResearchLab",
    "research": "ResearchLab",
    "ai": "Company",
    "technologies": "Company",
    "technology": "Company",
    "systems": "Company",
    "group": "Company",
    "holdings": "Company",
    "robotics": "Company",
    "semiconductor": "Company",
    "semiconductors": "Company",
    "silicon": "Company",
    "software": "Company",
    "networks": "Company",
    "computing": "Company",
    "compute": "Company",  # "Brightwater Compute", "Aurelle Compute"
    "dynamics": "Company",
    "ventures": "Company",
    "capital": "Company",
    "partners": "Company",
    "fund": "Company",  # "Amazon's Climate Pledge Fund", "Samsung Catalyst Fund": an investor
    # a trade outside AI, named by the companies that buy it: "Velloran Pharmaceuticals"
    **dict.fromkeys(
        ("pharmaceuticals", "pharma", "therapeutics", "biosciences", "biotech", "motors", "airlines"),
        "Company",
    ),
    **dict.fromkeys(("airways", "telecom", "telecommunications", "electronics", "industries"), "Company"),
    **dict.fromkeys(("logistics", "solutions", "analytics", "energy", "studios"), "Company"),
    "cloud": "CloudPlatform",
    **dict.fromkeys(("court", "tribunal"), "GovernmentBody"),  # "the High Court", "the Federal Court"
    "journal": "NewsOutlet",
    "times": "NewsOutlet",
    "post": "NewsOutlet",
    "news": "NewsOutlet",
    "herald": "NewsOutlet",
    "tribune": "NewsOutlet",
    "insider": "NewsOutlet",
    "gazette": "NewsOutlet",
    "magazine": "NewsOutlet",
    "telegraph": "NewsOutlet",
    "chronicle": "NewsOutlet",
    "reporter": "NewsOutlet",
}
# Nouns a text calls a company by ("the company", "The insurer, which ..."): what "the X"
# may refer back to.
ORG_NOUNS = frozenset(
    {
        "company",
        "firm",
        "startup",
        "start-up",
        "group",
        "business",
        "lab",
        "conglomerate",
        "chipmaker",
        "giant",
        "outfit",
        "provider",
        "insurer",  # what a company is by its trade: "The insurer, which competes with Hiscox"
        "bank",
        "lender",
        "retailer",
        "carmaker",
        "automaker",
        "manufacturer",
        "operator",
        "designer",
        "developer",
        "maker",
        "supplier",
        "vendor",
        "studio",
        "foundry",
        "fund",  # "The fund also holds a stake in Mistral AI"
    }
)
# Nouns that, next to a name, say what kind of thing it names.
DESCRIPTORS = {
    **dict.fromkeys(
        (
            "startup",
            "start-up",
            "company",
            "firm",
            "maker",
            "chipmaker",
            "developer",
            "rival",
            "competitor",
            "giant",
            "conglomerate",
            "provider",
            "operator",  # "Wexcombe, a Dublin operator of data halls"
            "specialist",  # "Tidewater, the Lisbon compiler specialist": the compiler is what it does
            "investor",
            "backer",
            "unicorn",
            "subsidiary",
            "partner",
            "parent",
            "owner",
            "customer",
            "client",
            "supplier",
            "vendor",
            "acquirer",
            "incumbent",
            "corporation",
            "business",
            "group",
            "challenger",
            "arm",  # "SK Square, the investment arm of SK Group": a unit names a company
            "unit",
            "division",
            "affiliate",
            "team",  # "Annapurna Labs, an Israeli chip team that Amazon bought": the team, not a chip
            "outfit",
            # trades outside tech: "Telvanta Group, a customer-service outsourcer" (not its service)
            *("outsourcer", "retailer", "insurer", "bank", "lender", "broker", "brokerage", "distributor"),
            *("integrator", "reseller", "wholesaler", "carrier", "airline", "utility", "publisher"),
            *("consultancy", "manufacturer", "carmaker", "automaker", "grocer", "contractor"),
        ),
        "Company",
    ),
    **dict.fromkeys(("lab", "laboratory", "institute"), "ResearchLab"),
    **dict.fromkeys(("outlet", "publication", "newspaper", "broadcaster"), "NewsOutlet"),
    **dict.fromkeys(("model", "models", "llm"), "AIModel"),
    **dict.fromkeys(
        (
            "chatbot",
            "assistant",
            "app",
            "agent",
            "application",
            "service",
            "product",
            "tool",
            "software",
            "supercomputer",
            "cluster",
            *("platform", "engine", "compiler", "simulator", "library", "framework", "database"),
            *("scheduler", "editor", "toolkit", "suite", "api", "system"),
        ),
        "Product",
    ),
    **dict.fromkeys(
        (
            *("chip", "chips", "processor", "processors", "gpu", "gpus", "accelerator", "accelerators"),
            *("tpu", "tpus", "npu", "npus", "cpus"),
        ),
        "Chip",
    ),
    **dict.fromkeys(("cloud",), "CloudPlatform"),
    **dict.fromkeys(
        (
            "ceo",
            "founder",
            "co-founder",
            "cofounder",
            *("founders", "cofounders", "executives", "engineers", "researchers", "scientists"),
            "executive",
            "chairman",
            "chairwoman",
            "president",
            "analyst",
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "boss",
            "chief",
            "head",
            "engineer",
            "researcher",
            "scientist",
            "professor",
            "economist",
            "director",
            "manager",
            "journalist",
            "correspondent",
            "writer",
            "editor",
            "reporter",
            "columnist",
            "lawyer",
            "mr.",
            "ms.",
            "mrs.",
            "dr.",
        ),
        "Person",
    ),
}
