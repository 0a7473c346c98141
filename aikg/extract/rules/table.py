"""The rule table: every relation rule's name, handler, trigger phrases and predicate, in the
order the rules are tried.
"""

from __future__ import annotations

from functools import cache

from aikg.extract.rules.base import Rule
from aikg.extract.rules.investment import (
    commit_money,
    idiom,
    invested_alongside,
    join_round,
    money_came_from,
    noun_from,
    participation,
    raise_from,
    raiser_led,
    round_included,
    round_led,
    seeded_by,
    written_check,
)
from aikg.extract.rules.nouns import BEHIND_NOUNS, PRODUCT_NOUNS, PRODUCT_PLURALS, ROLE_PLURALS, ROLES
from aikg.extract.rules.ownership import (
    acquire,
    approach_about,
    belongs_to,
    control_of,
    deal_for,
    formed,
    group_company,
    joint_venture_of,
    merge,
    offer_received,
    own,
    sale_of,
    sale_to,
    set_up,
    taken_over_by,
    to_which_belong,
)
from aikg.extract.rules.partnership import (
    between,
    competition_from,
    jointly,
    named_rivals,
    partner_network,
    same_buyers,
    set_against,
    working_with,
)
from aikg.extract.rules.roles import compound, counts_among, product, role
from aikg.extract.rules.shared import LATE_BY, noun, passive, verb
from aikg.extract.rules.suppliers import award, awards
from aikg.extract.rules.supply import (
    book,
    choose,
    comes_from,
    demand_from,
    done_by,
    fill_with,
    gets_from,
    hire,
    made_on_process,
    pay,
    payment_from,
    rented_by,
    resell,
    revenue_from,
    revenue_share,
    serviced_by,
    services,
    supply,
    train_on,
)
from aikg.extract.rules.switching import switch
from aikg.extract.rules.technology import (
    available,
    builds_on,
    calls_its,
    carries,
    consider_for,
    cut_off,
    extends,
    forbidden,
    in_development,
    in_house,
    leave,
    move,
    on_a_cloud,
    reached_through,
    run_in,
    sells_its_own,
    send_work,
    serve_from,
    sold_under,
    use,
    violate,
    work_with,
)

MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
YEARS = "|".join(str(year) for year in range(2000, 2041))  # "Series A in 2024 was led by"


# Words that rank a role's holders: "counts Zenith among its largest customers".
RANKING = (
    "largest|biggest|main|key|major|top|earliest|early|first|existing|"
    "founding|leading|principal|strategic|anchor|paying|minority|majority|other|current|new"
)


def _rules() -> list[Rule]:
    R = Rule
    return [
        # investment
        R("invest", verb, ("invest|invests|invested|investing",), "investsIn", ("in", "into"), 8),
        R(
            "invested_alongside",
            invested_alongside,
            ("invest|invests|invested|investing alongside",),
            "investsIn",
        ),
        R(
            "seeded_by",
            seeded_by,
            ("cheque|cheques|check|checks|money|funding|capital|backing from",),
            "investsIn",
        ),
        R(
            "join_round",
            join_round,
            (
                "take|takes|took|taking|taken part in",
                "take|takes|took|taking|taken part",  # "a round in which Acme took part"
                "participate|participates|participated|participating in",
                "participate|participates|participated|participating",  # "Acme led; Orbit participated."
                "join|joins|joined",
                "come|comes|came|coming into",  # "Zenith came into our Series B"
                "invest|invests|invested",  # "Acme led Zenith's Series C, and Orbit also invested."
            ),
            "investsIn",
        ),
        R(
            "lead_round",
            join_round,
            ("lead|leads|led|leading", "co - lead|leads|led|leading", "colead|coleads|coled|coleading"),
            "investsIn",
        ),
        R(
            "commit",
            commit_money,
            ("commit|commits|committed|committing|pledge|pledges|pledged",),
            "investsIn",
        ),
        R(
            "pour",
            verb,
            (
                "pour|pours|poured|pouring|pump|pumps|pumped|pumping|plow|plows|plowed|"
                "put|puts|putting|"
                "sink|sinks|sank|inject|injects|injected|injecting",
            ),
            "investsIn",
            ("into",),
            8,
            0.8,
        ),
        R(
            "back",
            verb,
            ("back|backs|backed|backing|fund|funds|funded|financed|finances|bankroll|bankrolls|bankrolled",),
            "investsIn",
            (),
            3,
        ),
        R(
            "backed_by",
            passive,
            ("backed|funded|financed|bankrolled|seeded by", f"backed|funded|financed|seeded {LATE_BY}"),
            "investsIn",
        ),
        R(
            "round_led",
            round_led,
            (
                "round|rounds|funding|financing|raise|tranche|extension led by",  # "a seed extension led by"
                "series a|b|c|d|e|f led by",
                "round|rounds|funding|financing|raise|tranche co - led by",  # "a round co-led by"
                "series a|b|c|d|e|f co - led by",
                f"round|funding|financing|raise|tranche|a|b|c|d|e|f in {MONTH_NAMES} led by",  # "in May"
                f"round|funding|financing|raise|tranche|a|b|c|d|e|f in {YEARS} led by",  # "in 2024"
                f"round|funding|financing|raise|tranche|a|b|c|d|e|f in {YEARS} was|were led by",
                # "raised a $120 million Series C in 2025 that was led by Samsung Catalyst Fund"
                f"round|funding|financing|raise|tranche|a|b|c|d|e|f in {YEARS} that|which was|were led by",
                f"round|funding|financing|raise|tranche|a|b|c|d|e|f in {MONTH_NAMES} "
                "that|which was|were led by",
                "round|funding|financing|raise|tranche , led by",  # "a $40 million round, led by Acme"
                "series a|b|c|d|e|f , led by",
                f"round|funding|financing|raise|tranche|a|b|c|d|e|f in {MONTH_NAMES} , led by",
                "round|funding|financing|raise|tranche|a|b|c|d|e|f in the "
                "autumn|spring|summer|winter|fall , led by",
                # "a seed round last autumn led by Basalt Fund"
                "round|funding|financing|raise|tranche|a|b|c|d|e|f last|this "
                "autumn|spring|summer|winter|fall|year|month|week|quarter led by",
                "round|funding|financing|raise|tranche|a|b|c|d|e|f last|this "
                "autumn|spring|summer|winter|fall|year|month|week|quarter , led by",
                "round|funding|financing|raise|tranche was|is led by",  # "The round was led by Acme"
                # "Echolock's Series A, closed in October, was led by Fenwick Street Capital"
                f"round|funding|financing|raise|tranche|a|b|c|d|e|f , closed|completed|announced in "
                f"{MONTH_NAMES}|{YEARS} , was led by",
                "series a|b|c|d|e|f was|is led by",
                "round|funding|financing|raise|tranche had|has been led by",  # "had been led by"
                "series a|b|c|d|e|f had|has been led by",
                "round|funding|financing|raise|tranche , which|that was led by",  # "its round, which was"
                "round|funding|financing|raise|tranche that|which was led by",
            ),
            "investsIn",
        ),
        R("raiser_led", raiser_led, (", led by",), "investsIn"),
        R(
            "round_included",
            round_included,
            (
                "round|funding|financing|raise|tranche include|includes|included",
                "round|funding|financing|raise|tranche also include|includes|included",
                "round|funding|financing|raise|tranche that|which include|includes|included",
                "round|funding|financing|raise|tranche that|which also include|includes|included",
            ),
            "investsIn",
        ),
        R(
            "participation",
            participation,
            (
                "participation from|by|of",
                "also participating|participated|joining|joined|investing|invested",
                "participating|joining",  # "with Acme and Nova participating", "... joining"
                "following on",  # "led by Investinor, with Saltfjell Capital, a Tromso fund, following on"
                "also taking|took part",  # "with Acme and the Montreal firm Orbit also taking part"
                "taking part",  # "led by Kima Ventures, with Bpifrance taking part"
                "also taking|took a stake|stakes",  # "led by Bpifrance, with Eurazeo also taking a stake"
                "also put|puts money in",  # "; Samsung Next, Samsung's arm, also put money in"
                "both participated|invested",  # "NVentures and Aurelian both participated"
            ),
            "investsIn",
        ),
        R(
            "first_check",
            idiom,
            (
                "write|writes|wrote|written|writing a|the|its|their first|initial|lead|biggest|"
                "largest check|checks|cheque",
                "write|writes|wrote|written|writing a|the check|cheque",
            ),
            "investsIn",
            ("into", "in", "to", "for"),
        ),
        R("written_check", written_check, ("check|cheque",), "investsIn"),
        R("double_down", idiom, ("double|doubles|doubled|doubling down",), "investsIn", ("on",)),
        R(
            "investment",
            noun,
            ("investment|investments|stake|stakes|holding|holdings in",),
            "investsIn",
            gap=3,
        ),
        R(
            "raise",
            raise_from,
            (
                "raise|raises|raised|raising|secure|secures|secured|securing|"
                "receive|receives|received|receiving|land|lands|landed|"
                "attract|attracts|attracted|draw|draws|drew",
            ),
            "investsIn",
        ),
        R(
            "money_came_from",
            money_came_from,
            ("funding|money|investment|capital|cash came|comes from",),
            "investsIn",
        ),
        R(
            "investment_from",
            noun_from,
            ("investment|investments|funding|backing|financing|capital|money from",),
            "investsIn",
        ),
        # acquisition and ownership
        R(
            "acquire",
            acquire,
            (
                "acquire|acquires|acquired|acquiring",
                "take|takes|took|taking over",
                "snap|snaps|snapped|snapping up",
                "scoop|scoops|scooped up",
            ),
            "acquires",
        ),
        # "fills its halls with Nvidia racks": bought from the goods' maker
        R("fill", fill_with, ("fill|fills|filled|filling",), "customerOf"),
        # "switched its jobs over to Tapline, an in-house engine": the switcher's own make
        R("in_house", in_house, ("in - house", "homegrown", "home - grown"), "develops"),
        R(
            "buy",
            acquire,
            (
                "buy|buys|bought|buying",
                "purchase|purchases|purchased|purchasing",
                "procure|procures|procured|procuring",
                "source|sources|sourced",
                "order|orders|ordered",
                "take|takes|took|taken|taking delivery of",  # "took delivery of 2,000 Nvidia GPUs"
            ),
            "acquires",
        ),
        R(
            "acquired_by",
            passive,
            (
                "acquired|bought|purchased by",
                "taken over by",
                "snapped|scooped up by",
                f"acquired|bought|purchased {LATE_BY}",
            ),
            "acquires",
        ),
        R("sale_to", sale_to, ("sale to",), "acquires"),
        R("sale_of", sale_of, ("sale of",), "acquires"),
        R("taken_over_by", taken_over_by, ("acquisition|takeover|purchase|buyout by",), "acquires"),
        R("control_of", control_of, ("control of",), "acquires"),
        R(
            "approach_about",
            approach_about,
            ("approach|approaches|approached|approaching", "talks with"),
            "acquires",
        ),
        R(
            "offer_received",
            offer_received,
            ("takeover|buyout|acquisition offer|offers|bid|bids|approach|proposal",),
            "acquires",
        ),
        R("deal_for", deal_for, ("deal|agreement for",), "acquires"),
        R("merge", merge, ("merge|merges|merged|merging into",), "acquires", strength=0.8),
        R("bid", noun, ("bid|bids|offer for",), "acquires", gap=3),
        R("bid_from", noun_from, ("takeover|buyout|acquisition bid|offer|approach from",), "acquires"),
        R("acquisition", noun, ("acquisition|acquisitions|purchase|takeover|buyout of",), "acquires", gap=3),
        R(
            "own",
            own,
            (
                "own|owns|owned|owning",
                "control|controls|controlled|controlling",
                "hold|holds|held|holding",
                "take|takes|took|taken|taking",  # a stake only: "Scale AI, in which Meta took a stake"
                "retain|retains|retained|retaining",  # a stake only: "and Garrow retains a 15% stake"
            ),
            "parentOf",
        ),
        R("owned_by", passive, ("owned|controlled by", f"owned|controlled {LATE_BY}"), "parentOf"),
        R("held_by", passive, ("held by",), "parentOf"),  # "About 24% of Jadestone is held by Xinhe"
        R("set_up", set_up, ("set|sets|setting up", "spun|spin|spins up"), "parentOf"),
        R(
            "formed",
            formed,
            ("form|forms|formed|create|creates|created|establish|establishes|established",),
            "parentOf",
        ),
        R("belongs_to", belongs_to, ("belong|belongs|belonged to",), "parentOf"),
        R("to_which_belong", to_which_belong, ("to which",), "parentOf"),
        R("group_company", group_company, ("company",), "parentOf"),
        R("joint_venture_of", joint_venture_of, ("joint venture of|between",), "parentOf"),
        # supply and custom
        R("supply", supply, ("supply|supplies|supplied|supplying",), "supplierOf"),
        R(
            "sell",
            supply,
            (
                "provide|provides|provided|providing|sell|sells|sold|selling|"
                "deliver|delivers|delivered|delivering|ship|ships|shipped|shipping|"
                "offer|offers|offered|offering",
            ),
            "supplierOf",
        ),
        R(
            "manufacture",
            supply,
            (
                "manufacture|manufactures|manufactured|manufacturing|"
                "fabricate|fabricates|fabricated|produce|produces|produced|"
                "producing|make|makes|made|making|build|builds|built|"
                "building|assemble|assembles|assembled|assembling|design|designs|designed|designing|"
                "develop|develops|developed|developing",
                "packaged by",
            ),
            "supplierOf",
            strength=0.9,
        ),
        R(
            "rent",
            supply,
            (
                "rent|rents|rented|renting|lease|leases|leased|leasing|license|"
                "licenses|licensed|licensing|licence|licences|licenced",
            ),
            "supplierOf",
        ),
        R(
            "choose",
            choose,
            ("choose|chooses|chose|chosen|choosing|select|selects|selected|selecting",),
            "customerOf",
        ),
        R("train_on", train_on, ("train|trains|trained|training",), "customerOf"),
        R("supplied_by", passive, ("supplied|provided by",), "supplierOf"),
        R("rented_by", rented_by, ("rented|leased by",), "customerOf"),
        R("comes_from", comes_from, ("come|comes|came|coming from",), "customerOf"),
        R(
            "serviced_by",
            serviced_by,
            (
                "handled|performed|processed|managed|maintained|serviced|audited by",
                "screened|written|generated|scored|summarised|summarized|transcribed|translated|drafted by",
                "carried out by",
            ),
            "customerOf",
        ),
        R("gets_from", gets_from, ("get|gets|got|getting",), "customerOf"),
        R(
            "outsource",  # "Skylark has subcontracted the fitting of cameras on 350 vessels to Satlink"
            verb,
            (
                "outsource|outsources|outsourced|outsourcing|subcontract|subcontracts|subcontracted|subcontracting",
            ),
            "customerOf",
            ("to",),
            10,
        ),
        # "Vesper Silicon has taped out its K9 accelerator at TSMC": the foundry makes it
        R("taped_out", verb, ("tape|tapes|taped|taping out",), "customerOf", ("at", "with"), 6),
        R(
            "services",  # "Stripe, which processes Orison's billing": Orison buys the service
            services,
            ("process|processes|processed|maintain|maintains|maintained|handle|handles|handled",),
            "supplierOf",
        ),
        R(
            "resell",
            resell,
            ("resell|resells|resold|reselling|distribute|distributes|distributed|distributing",),
            "partnerOf",
            ("through", "via"),
            gap=5,
        ),
        R(
            "made_on_process",
            made_on_process,
            (
                "manufactured|made|fabricated|produced|built|fabbed on|at",
                "tape|tapes|taped|taping out at",
            ),
            "customerOf",
        ),
        R(  # "Brightwater, which bills Quenta monthly for compute": Quenta buys from it
            "bills",
            verb,
            ("bill|bills|billed|billing|invoice|invoices|invoiced|invoicing",),
            "supplierOf",
            (),
            1,
        ),
        R("book", book, ("book|books|booked|booking|reserve|reserves|reserved|reserving",), "customerOf"),
        R(
            "pay",
            pay,
            (
                "pay|pays|paid|paying",
                "disburse|disburses|disbursed|disbursing",
                "spend|spends|spent|spending",
                "shell|shells|shelled|forks|forked out",
            ),
            "customerOf",
        ),
        R(
            "hire",
            hire,
            (
                "hire|hires|hired|hiring|retain|retains|retained|engage|engages|engaged|commission|commissioned",
                "contracted",  # "Lumen Technologies, which Bastion has contracted for two routes"
            ),
            "customerOf",
        ),
        R("payment_from", payment_from, ("payment|payments|fees|spending from",), "customerOf"),
        R("payment_to", noun, ("payment|payments|fees to",), "customerOf", gap=2),
        R("revenue_from", revenue_from, ("revenue|revenues|sales|income from",), "customerOf"),
        R("demand_from", demand_from, ("demand for",), "supplierOf"),
        R(
            "share",
            revenue_share,
            (
                "account|accounts|accounted|accounting for",
                "represent|represents|represented|representing",
                "make|makes|made|making up",
                "comprise|comprises|comprised",
                "constitute|constitutes|constituted",
                "contribute|contributes|contributed",
                "amount|amounts|amounted|amounting to",
                "equal|equals|equalled|equaled|equalling|equaling",
            ),
            "customerOf",
        ),
        # use of technology and hosting
        R(
            "use",
            use,
            (
                "use|uses|used|using",
                "leverage|leverages|leveraged|leveraging",
                "rely|relies|relied|relying on",
                "depend|depends|depended|depending on",
                "rely|relies|relied|relying|depend|depends|depended|depending "
                "heavily|mostly|largely|primarily|entirely|partly|increasingly|solely|exclusively on",
                "deploy|deploys|deployed|deploying",
                "install|installs|installed|installing",  # "has finished installing TrueTint"
                "operate|operates|operated|operating",  # hardware only: "operates 3,000 Zenith GPUs"
                "qualify|qualifies|qualified|qualifying",  # only "as a second source"
                "adopt|adopts|adopted|adopting",
                "integrate|integrates|integrated|integrating",
                "tap|taps|tapped|tapping",
                "call|calls|calling",  # a model called through its API: "calls OpenAI's GPT-4.1 model"
                "employ|employs|employed|employing",
                "access|accesses|accessed",
                "harness|harnesses|harnessed|harnessing",
                "utilize|utilizes|utilized|utilizing|utilise|utilises|utilised|utilising",
                "build|builds|built|building on|upon",
                "draw|draws|drew|drawing on",
                "fall|falls|fell|falling back to|on",  # "Fathom-2 falls back to Mistral Large"
                "base|bases|based on|upon",
                "distill|distills|distilled|distilling",
                "embed|embeds|embedded|embedding",
                "fine - tune|tunes|tuned|tuning",
                "finetune|finetunes|finetuned|finetuning",
            ),
            "usesTechnologyOf",
        ),
        R(
            "builds_on",
            builds_on,
            ("build|builds|built|building|rebuild|rebuilds|rebuilt|rebuilding|base|bases|based",),
            "usesTechnologyOf",
        ),
        R("extends", extends, ("extend|extends|extended",), "usesTechnologyOf"),
        R(
            "send_to",
            verb,  # "Brindle Code sends prompts to Anthropic's Claude": a model's work is asked of it
            ("send|sends|sent|sending|route|routes|routed|routing prompts|requests|queries|traffic|calls",),
            "usesTechnologyOf",
            ("to",),
            2,
            0.8,
        ),
        R(
            "work_for",
            verb,  # "Claimsmith now handles claims for Tidewell Mutual": done for a customer
            ("handle|handles|handled|handling|process|processes|processed|processing",),
            "customerOf",
            ("for",),
            4,
            0.8,
        ),
        # "Unitree is openly undercutting Figure and Agility": a rival on price
        R("undercut", verb, ("undercut|undercuts|undercutting",), "competesWith", (), 1, 0.8),
        R(
            "run_through",
            verb,  # "Pawtrust now runs all incoming claims through Fetch": the work is done by it
            (
                "run|runs|ran|running|process|processes|processed|processing",
                "send|sends|sent|sending|route|routes|routed|routing",  # "sends its orders through"
            ),
            "usesTechnologyOf",
            ("through",),
            8,
            0.8,
        ),
        R(
            "send_work",
            send_work,  # "Forge sends most reasoning-heavy work to Anthropic's Claude"
            ("send|sends|sent|sending|route|routes|routed|routing|hand|hands|handed|handing",),
            "usesTechnologyOf",
        ),
        R(
            "counts_among",
            counts_among,
            (
                f"among its|their {ROLE_PLURALS}",
                f"among its|their {RANKING} {ROLE_PLURALS}",  # "among its largest investors"
                f"among its|their own {ROLE_PLURALS}",  # "counts Mowi among its own customers"
            ),
            "",
        ),
        R(
            "use_noun",
            use,
            ("use|usage of", "reliance|dependence|dependency|reliant|dependent on"),
            "usesTechnologyOf",
        ),
        R("powered_by", passive, ("powered|driven by",), "usesTechnologyOf", strength=0.8),
        # "BERT powers Google Search": the object uses the subject (read reversed, like "hosts")
        R("powers", verb, ("power|powers|powering|underpin|underpins",), "usesTechnologyOf", (), 2, 0.8),
        R("used_by", passive, ("used|adopted|deployed|licensed by",), "usesTechnologyOf", strength=0.8),
        # "Every CombSense unit contains one of Nvidia's Jetson modules": a product built with a part
        R("contains", verb, ("contain|contains|contained|containing",), "usesTechnologyOf", (), 4, 0.8),
        R(
            "runs_on",
            verb,
            (
                "run|runs|ran|running|hosted|deployed|served|operates|operate|executes|executed|stored|archived",
            ),
            "hostedOn",
            ("on",),
            3,
            0.85,
        ),
        R("run_in", run_in, ("run|runs|ran|running|hosted|deployed|hosts|host",), "hostedOn"),
        # "now sits on Oracle Cloud Infrastructure" (a cloud only: "sits on Lumora's board")
        R("sits_on", on_a_cloud, ("sits|sit|sat|lives|lived",), "hostedOn", gap=1),
        # "processes that telemetry on Oracle Cloud Infrastructure" (a cloud only)
        R("processed_on", on_a_cloud, ("processes|processed|process|processing",), "hostedOn", gap=4),
        R("hosted_by", passive, ("hosted by",), "hostedOn", strength=0.8),
        R(
            "reached_through",
            reached_through,
            ("access|accesses|accessed|call|calls|called|reach|reaches|reached through|via",),
            "hostedOn",
        ),
        R("serve_from", serve_from, ("serve|serves|served|serving",), "hostedOn"),
        R("carries", carries, ("carry|carries|carried|carrying", "come|comes|came with"), "usesTechnologyOf"),
        R("available", available, ("available|availability|accessible|accessed",), "hostedOn"),
        R(
            "move",
            move,
            (
                "move|moves|moved|moving|migrate|migrates|migrated|migrating|shift|shifts|shifted|"
                "shifting|switch|switches|switched|switching|transfer|transfers|transferred|"
                "transferring|port|ports|ported|porting",
            ),
            "hostedOn",
            strength=0.85,
        ),
        R(
            "switch",
            switch,
            (
                "ditch|ditches|ditched|ditching|drop|drops|dropped|dropping|dump|dumps|dumped|"
                "dumping|abandon|abandons|abandoned|abandoning|replace|replaces|replaced|"
                "replacing|swap|swaps|swapped|swapping",
                "phase|phases|phased|phasing out",
            ),
            "usesTechnologyOf",
            strength=0.85,
        ),
        R("hosts", verb, ("host|hosts|hosting",), "hostedOn", (), 2, 0.8),
        R(
            "consider_for",
            consider_for,
            ("considering|weighing",),
            "usesTechnologyOf",
            strength=0.8,
        ),
        R(
            "leave",
            leave,
            ("leave|leaves|left|leaving|quit|quits|quitting|exit|exits|exited|exiting",),
            "hostedOn",
            strength=0.85,
        ),
        # partnership and competition
        R(
            "partner",
            verb,
            (
                "partner|partners|partnered|partnering",
                "team|teams|teamed|teaming up",
                "work|works|worked|working together",  # "ESA and NASA will work together on"
                "collaborate|collaborates|collaborated|collaborating",
                "join|joins|joined forces",
                "ally|allies|allied",
                # read negated ("cut" before "ties", "parted ways"): the tie is what ended
                "cut|cuts|cutting|sever|severs|severed|severing ties",
                "part|parts|parted|parting ways",
            ),
            "partnerOf",
            ("with",),
            4,
        ),
        R(
            "partnership",
            noun,
            (
                "partnership|partnerships|alliance|alliances|collaboration|"
                "tie-up|deal|deals|agreement|agreements|pact|contract|contracts|"
                "venture|relationship with",
                "memorandum|memoranda of understanding with",  # "signed a memorandum of understanding with"
            ),
            "partnerOf",
            gap=3,
        ),
        R(
            "working_with",
            working_with,
            (
                "working|partnering|collaborating with",
                "work|partner|collaborate with",  # "companies that work with Acme include ..."
                "works|worked with",  # "a Delft spinout that has worked with Maasbloem since 2024"
            ),
            "partnerOf",
        ),
        R("jointly", jointly, ("jointly",), "partnerOf"),
        R(
            "named_rivals",
            named_rivals,
            ("list|lists|listed|name|names|named|cite|cites|cited|identify|identifies|identified",),
            "competesWith",
        ),
        R("partner_network", partner_network, ("partner network|program|programme",), "partnerOf"),
        R(
            "done_by",
            done_by,
            (
                "handled|performed|generated|captioned|translated|transcribed|drafted|summarised|"
                "summarized|screened|scored|written by",
                "carried out|done by",
            ),
            "usesTechnologyOf",
        ),
        R("award", award, ("contract|contracts|deal|deals|agreement|order|orders from",), "customerOf"),
        R("awards", awards, ("award|awards|awarded|awarding",), "customerOf"),
        R(
            "pair",
            between,
            (
                "partnership|alliance|collaboration|tie-up|deal|pact|venture|integration",
                "memorandum|memoranda of understanding",
            ),
            "partnerOf",
        ),
        R("competition_from", competition_from, ("competition|rivalry|challenge for",), "competesWith"),
        R("rivalry", between, ("rivalry|competition|battle|feud|race",), "competesWith"),
        R(
            "compete",
            verb,
            (
                "compete|competes|competed|competing",
                "vie|vies|vied|vying",
                "battle|battles|battled|battling",
                "fight|fights|fought|fighting",  # "fights for shelf space with Carlsberg"
                "spar|spars|sparred",
                "go|goes|going|went head - to - head",
                "go|goes|going|went head to head",
            ),
            "competesWith",
            ("with", "against"),
            3,
        ),
        R(
            "rivals",
            verb,
            (
                "rival|rivals|rivaled|rivalled|rivaling|rivalling",
                "take|takes|took|taking on",
                "up against",
                "racing|races|raced",  # "is racing Aligned Data Centers for the last parcels"
                "fight|fights|fighting",  # "an outfit that fights CoreWeave for mid-sized AI tenants"
            ),
            "competesWith",
            (),
            2,
            0.8,
        ),
        R("competition", noun, ("competition|rivalry|contest with|against|from",), "competesWith", gap=2),
        # "Brightquay beat Konecranes and Kalmar in the final round": rivals for what was won
        R("beat", verb, ("beat|beats|beating|outbid|outbids|outbidding",), "competesWith", (), 3),
        # "Vennholt regularly bids against Harrow Lune Studio and Zaha Hadid Architects"
        R("bid_against", verb, ("bid|bids|bidding against",), "competesWith", (), 1),
        R(
            "beat_bids",  # "Aerofold beat rival bids from SITA and Amadeus": rivals for the contract
            verb,
            (
                "beat|beats|beating|outbid|outbids rival|competing bids|offers|proposals|bidders",
                "beat|beats|beating bids|offers|proposals",  # "beat bids from Accenture and ..."
            ),
            "competesWith",
            ("from",),
            1,
        ),
        R(
            "set_against",
            set_against,
            ("pit|pits|pitted|pitting|position|positions|positioned|positioning|pitch|pitches|pitched",),
            "competesWith",
        ),
        R(
            "same_buyers",
            same_buyers,
            (
                "chase|chases|chased|chasing|pursue|pursues|pursuing|pursued",
                "court|courts|courting|courted|target|targets|targeting|targeted",
                "go|goes|going|went after",  # "Okapi is going after the same buyers as Meta"
                "fight|fights|fought|fighting|vie|vies|vied|vying|compete|competes|competed|competing for",
            ),
            "competesWith",
        ),
        # development
        R(
            "develop",
            verb,
            (
                "develop|develops|developed|developing",
                "co - develop|develops|developed|developing",  # "the framework Nvidia co-develops with KCL"
                "build|builds|built|building",
                "create|creates|created|creating",
                "launch|launches|launched|launching",
                "release|releases|released|releasing",
                "unveil|unveils|unveiled|unveiling",
                "introduce|introduces|introduced|introducing",
                "design|designs|designed|designing",
                "train|trains|trained|training",
                "debut|debuts|debuted|debuting",
                "open - source|sources|sourced|sourcing",  # "Acme open-sourced Quill"
                "roll|rolls|rolled|rolling out",
                "tape|tapes|taped|taping out",  # a chip design finished and sent to the foundry
                "write|writes|wrote|writing",  # "the scheduler Brightwater wrote for its clusters"
                "make|makes|made|making",
                "produce|produces|produced|producing",
                "manufacture|manufactures|manufactured|manufacturing",
                "operate|operates|operated|operating",
            ),
            "develops",
            (),
            4,
            0.85,
            "Product",
        ),
        R(
            "publish",  # "the open-weight model that Quenta AI publishes" (not "publish analyses claiming X")
            verb,
            ("publish|publishes|published",),
            "develops",
            (),
            1,
            0.85,
            "Product",
        ),
        R(
            "developed_by",
            passive,
            (
                "developed|built|created|made|designed|trained|launched|"
                "released|introduced|unveiled|produced|operated|run|maintained|written|published by",
                # "Scribewell is built and sold by Tallis Clinical": two participles, one maker
                "developed|built|created|designed|made and sold|marketed|operated|maintained|run|"
                "built|distributed|supported by",
                "sold|marketed|offered by",  # "Fairline, a compliance checker sold by Civitas Data"
                "developed|built|created|designed|written in",  # "was built in-house by Velt"
                # "a model released last year by Tarrow AI"
                "developed|built|created|designed|trained|launched|released|introduced|unveiled "
                "last|earlier|this",
            ),
            "develops",
            object_type="Product",
        ),
        R(
            "compound",
            compound,
            (
                "- backed|funded|financed|owned|controlled|developed|built|made|"
                "created|designed|powered|hosted",
            ),
            "",
        ),
        R("role", role, ("|".join(ROLES),), ""),
        R("behind", role, (f"{BEHIND_NOUNS} behind", "start - up behind"), "develops"),
        R(
            "derived_version",
            role,  # "Roadgauge is a fine-tuned version of Qwen2.5-VL": a model made from another
            ("fine - tuned|distilled|quantized|quantised|customized|customised version|variant",),
            "usesTechnologyOf",
        ),
        R(
            "product",
            product,
            (
                "|".join(PRODUCT_NOUNS | PRODUCT_PLURALS),
                "add|plug - on|in|ons|ins",
            ),  # "a dispatch add-on from"
            "develops",
            strength=0.8,
        ),
        # terms of service
        R(
            "violate",
            violate,
            (
                "violate|violates|violated|violating|breach|breaches|breached|"
                "breaching|break|breaks|broke|broken|breaking|infringe|infringes|"
                "infringed|infringing|flout|flouts|flouted|flouting|contravene|"
                "contravenes|contravened|contravening",
                "exceed|exceeds|exceeded|exceeding",  # "exceeded the caps in its licence with Harmonia"
                "violation|breach of",
                "afoul of",
            ),
            "violatesTermsOf",
        ),
        R(
            "forbidden",
            forbidden,
            ("forbid|forbids|forbade|prohibit|prohibits|prohibited|bars|bar",),
            "violatesTermsOf",
        ),
        R("in_development", in_development, ("in|under development at|by",), "develops"),
        # "FrostLine, the subscription service Bogwise sells to growers"
        R("sells_its_own", sells_its_own, ("sells|sold|markets|offers",), "develops"),
        R("sold_under", sold_under, ("under the name|brand",), "develops", object_type="Product"),
        R("calls_its", calls_its, ("call|calls|called",), "develops", object_type="Product"),
        R(
            "work_with",
            work_with,
            (
                "draft|drafts|drafted|drafting|generate|generates|generated|generating|"
                "transcribe|transcribes|transcribed|transcribing|translate|translates|translated|translating|"
                "summarise|summarises|summarised|summarising|summarize|summarizes|summarized|summarizing",
                # "Corrin inspects every slurry lot with Sieve"
                "inspect|inspects|inspected|inspecting|screen|screens|screened|screening",
            ),
            "usesTechnologyOf",
        ),
        R(
            "cut_off",
            cut_off,
            (
                "suspend|suspends|suspended|suspending|ban|bans|banned|banning|bar|bars|barred|"
                "barring|revoke|revokes|revoked|revoking",
                "cut|cuts off",
            ),
            "violatesTermsOf",
        ),
    ]


@cache
def rules() -> dict[str, Rule]:
    """Every rule by name, in the order the table lists them."""
    return {r.name: r for r in _rules()}
