"""Content words the relation rules key on: money, deal, technology, goods and product nouns,
and the role nouns ("subsidiary", "rival", "maker") with the predicate each one names.
"""

from __future__ import annotations

FUNDING_WORDS = frozenset(
    {
        "$",
        "€",
        "£",
        "money",
        "funding",
        "funds",
        "investment",
        "investments",
        "capital",
        "financing",
        "cash",
        "backing",
        "billion",
        "million",
        "round",
    }
)


RELATION_NOUNS = frozenset(
    {
        "partnership",
        "deal",
        "investment",
        "stake",
        "rivalry",
        "alliance",
        "contract",
        "agreement",
        "tie-up",
        "relationship",
        "shares",
        "stock",
        "acquisition",
        "takeover",
        "merger",
        "collaboration",
        "pact",
        "offer",
        "bid",
        "talks",
        "ties",
    }
)


TECH_NOUNS = frozenset(
    {
        "technology",
        "technologies",
        "tech",
        "model",
        "models",
        "llm",
        "llms",
        "ai",
        "api",
        "apis",
        "tools",
        "tool",
        "software",
        "algorithms",
        "algorithm",
        "systems",
        "system",
        "chatbot",
        "assistant",
        "engine",
        "capabilities",
        "solutions",
        "code",
        "know-how",
        "intelligence",
        "gpt",
        "research",
        "innovations",
        "ip",
    }
)


# Nouns for an organisation's models: "offers Zenith's models", "switched to Mistral's models".
MODEL_NOUNS = frozenset({"model", "models", "llm", "llms"})
# What a product runs on when it is not a cloud: "runs on Vantor Silicon chips".
CHIP_NOUNS = frozenset(
    {
        "chips",
        "chip",
        "gpus",
        "gpu",
        "processors",
        "processor",
        "accelerators",
        "accelerator",
        "silicon",
        "hardware",
        "tpus",
        "tpu",
        "npus",
        "npu",
        "cpus",
        "cpu",
    }
)

# Hardware a device carries, which it runs on as technology, not as a host: "each robot runs on
# Acme's Quill computer".
ONBOARD_NOUNS = frozenset({"computer", "computers", "module", "modules", "board", "boards"})
GOODS_NOUNS = (CHIP_NOUNS - {"silicon"}) | frozenset(
    {
        "servers",
        "server",
        "cloud",
        "computing",
        "compute",
        "capacity",
        "infrastructure",
        "datacenters",
        "datacentres",
        "centers",
        "centres",
        "services",
        "service",
        "platform",
        "platforms",
        "products",
        "product",
        "subscriptions",
        "licenses",
        "licences",
        "credits",
        "supercomputers",
        "supercomputer",
        "storage",
        "networking",
        "cluster",
        "systems",
        "system",
        "data",
        "clusters",
        "instances",
        "parts",  # "Meta buys Q-Fabric parts": the maker's goods, not the maker
        "components",
        "switches",
        "modules",
        "equipment",
    }
)


PRODUCT_NOUNS = frozenset(
    {
        "platform",
        "model",
        "models",
        "chatbot",
        "assistant",
        "app",
        "application",
        "service",
        "product",
        "chip",
        "processor",
        "gpu",
        "cpu",  # "Cobalt 200, its second Arm-based server CPU"
        "llm",
        "cloud",
        "browser",
        "engine",
        "software",
        "tool",
        "device",
        "os",
        "system",
        "network",
        "accelerator",
        "npu",  # "whose Kori-2 NPU"
        "offering",
        "suite",
        *("agent", "editor", "compiler", "simulator", "library", "framework", "database", "scheduler"),
        *("notebook", "runtime", "toolkit", "plugin", "extension", "copilot", "workspace", "sdk"),
        *("sensor", "scanner", "camera", "robot", "drone", "headset"),  # "Quietstep's sensor, called Wisp"
    }
)


PRODUCT_PLURALS = frozenset(
    {
        "services",
        "products",
        "apps",
        "applications",
        "models",
        "platforms",
        "chips",
        "tools",
        "chatbots",
        "brands",
        "offerings",
        "assistants",
        "processors",
        "gpus",
        "cpus",
        "accelerators",
        "devices",
    }
)


# Any noun for a product, singular or plural: the kind an apposition gives a name ("Nightjar's
# in-house detection model", ", the low-power inference chip designed by").
PRODUCT_KINDS = PRODUCT_NOUNS | PRODUCT_PLURALS


# A round's investors by the noun: "Existing backers Acme and Orbit", "joined as new investors".
BACKER_NOUNS = frozenset({"investor", "investors", "backer", "backers", "shareholder", "shareholders"})
LIST_OPENERS = frozenset({"include", "includes", "included", "including", "like", "such", ":", "are", "were"})


SYMMETRIC = frozenset({"partnerOf", "competesWith"})
# Nouns for a whole made of products: "part of the Acme stack" joins no company.
PRODUCT_WHOLES = frozenset(
    {"stack", "suite", "platform", "lineup", "line-up", "range", "offering", "ecosystem"}
)


# What an organisation's machines are called where something runs on them: "on our systems",
# "served from Brightwater's cloud", "from Fjordline hardware".
HOST_NOUNS = frozenset(
    {"systems", "servers", "cloud", "infrastructure", "clusters", "cluster", "hardware", "machines"}
    | {"datacenters", "datacentres", "platform", "network", "facilities", "facility"}
)

# E1 <role> of E2  =>  predicate(E1, E2), or predicate(E2, E1) when the flag is False.
ROLES: dict[str, tuple[str, bool]] = {
    **dict.fromkeys(
        (
            "subsidiary",
            "subsidiaries",
            "unit",
            "units",
            "division",
            "arm",
            "affiliate",
            "offshoot",
            "chain",  # "Acme's convenience-store chain, Zenith": a retail business it owns
            "business",  # "Railsight, the rail analytics business of Alstom"
            "part",
            "lab",
            "labs",
            "laboratory",  # "Google DeepMind, Alphabet's AI laboratory"
            "laboratories",
            "fund",  # "M12, Microsoft's venture fund": a fund the company runs
            "brand",  # "Omega, the Swatch Group brand": a business it owns
            "brands",
        ),
        ("subsidiaryOf", True),
    ),
    **dict.fromkeys(("parent", "parents", "owner", "owners"), ("parentOf", True)),
    **dict.fromkeys(
        ("investor", "investors", "backer", "backers", "shareholder", "shareholders", "funder", "funders"),
        ("investsIn", True),
    ),
    **dict.fromkeys(
        (
            "customer",
            "customers",
            "client",
            "clients",
            "tenant",
            "tenants",
            "licensee",
            "licensees",
            "buyer",  # of goods; "a buyer for Zenith" (of the company) the role rule leaves alone
            "buyers",
        ),
        ("customerOf", True),
    ),
    **dict.fromkeys(
        ("supplier", "suppliers", "provider", "providers", "vendor", "vendors"), ("supplierOf", True)
    ),
    **dict.fromkeys(("partner", "partners", "ally", "allies"), ("partnerOf", True)),
    **dict.fromkeys(
        (
            "rival",
            "rivals",
            "competitor",
            "competitors",
            "challenger",
            "challengers",
            "contender",
            "contenders",
            "alternative",
            "alternatives",
        ),
        ("competesWith", True),
    ),
    **dict.fromkeys(
        (
            "maker",
            "makers",
            "developer",
            "developers",
            "creator",
            "creators",
            "builder",
            "builders",
            "designer",
            "designers",
            "inventor",
        ),
        ("develops", True),
    ),
    **dict.fromkeys(("acquirer", "acquirers"), ("acquires", True)),
    **dict.fromkeys(("acquisition", "acquisitions"), ("acquires", False)),  # "Acme's latest acquisition"
    **dict.fromkeys(("investments", "portfolio"), ("investsIn", False)),  # "Acme's portfolio includes Zenith"
    **dict.fromkeys(("holding", "holdings"), ("investsIn", False)),  # "Zenith, Acme's largest holding"
    **dict.fromkeys(("host",), ("hostedOn", False)),
    # "Hanul-1 was a fine-tune of Llama 3", "Zeta, a fork of Quill": a model built on another
    **dict.fromkeys(("fork", "derivative", "distillation", "finetune", "tune"), ("usesTechnologyOf", True)),
}


# Past tenses that end in neither "-ed" nor "-s": verbs, never part of a noun phrase.
IRREGULAR_PAST = frozenset(
    {"bought", "sold", "won", "made", "took", "got", "led", "told", "said", "put", "paid", "built"}
    | {"sought", "held", "ran", "became", "struck", "hit", "lost", "left", "kept", "brought", "drew"}
)


def qualifier_word(word: str) -> bool:
    """Whether ``word`` (lower case) may stand between a name and the role noun the name
    qualifies ("an Acme chip supplier", "Acme's largest customer"); a verb may not ("Acme
    pursued investors", "Acme bought two suppliers", "Acme pays suppliers")."""
    return word.isalpha() and not word.endswith(("ed", "ing", "s")) and word not in IRREGULAR_PAST


ROLE_PLURALS = "|".join(w for w in ROLES if w.endswith("s") and w[:-1] in ROLES)


ROLE_PREPS = frozenset({"of", "to", "for", "in", "at", "behind", "with"})


BEHIND_NOUNS = (
    "company|firm|startup|lab|team|group|organization|organisation|outfit|business|"
    "people|developer|maker|force|brains|minds"
)

# Nouns after "Acme's Nimbus" that make it the customer's, not the maker's: "Acme's Azure account".
ACCOUNT_NOUNS = frozenset(
    {"account", "accounts", "subscription", "subscriptions", "bill", "bills", "credits", "spend", "spending"}
    | {"tenancy", "tenant", "contract", "contracts", "usage", "instance", "instances", "licence", "license"}
    | {"environment", "environments"}  # "hosted in Aldane's AWS environment": its use of AWS
)
