"""Short made-up news stories for the near-duplicate tests (written for these tests).

WIRE is a wire story; REPRINT is the same story as another outlet prints it (its own
headline, byline, share line, photo caption, related links, last paragraph dropped);
EXCERPT is only the opening of the story, as a site that prints a teaser and a link
does; RIVAL is a different story on the same event, written independently but with
the same figures and the same quote of the minister.
"""

_P1 = (
    "Chile and Norway agreed on Tuesday to phase out duties on salmon feed and copper "
    "wire over five years, trade officials in both capitals said, ending a quarrel that "
    "had dragged on since the spring."
)
_P2 = (
    "Under the agreement, Chile will lower its 12% duty on Norwegian fish feed to 6% next "
    "January and remove it entirely by 2030, while Norway will scrap the 8% levy it placed "
    "on Chilean copper wire in April. \"This settles the matter without winners or "
    "losers,\" Norway's trade minister told reporters in Oslo after the signing."
)
_P3 = (
    "Exporters on both sides had complained that the duties were adding roughly $40 "
    "million a year to their costs. Chilean salmon farms buy most of their feed from "
    "Norwegian suppliers, and Norwegian cable makers rely on Chilean copper for a growing "
    "share of their output."
)
_P4 = (
    "The deal still has to be approved by the Chilean Congress, which is expected to vote "
    "on it before the end of the year. Analysts at a Santiago brokerage said the cuts "
    "would lift bilateral trade, worth about $1.2 billion last year, by a tenth within "
    "three years."
)
_P5 = (
    "The two governments also promised to set up a joint committee to hear complaints "
    "about customs delays, a frequent source of friction for smaller shippers. Talks on a "
    "broader pact covering services and public procurement will resume in March, "
    "officials said."
)

WIRE = "\n\n".join([
    "Chile, Norway end feed and copper duty dispute",
    "OSLO, Nov 4 (Northwire)",
    _P1, _P2, _P3, _P4, _P5,
])

REPRINT = "\n\n".join([
    "Salmon feed tariffs to vanish under Chile-Norway pact",
    "By Northwire staff | Coastal Daily Herald",
    "Share this story: Facebook | X | Email",
    _P1,
    "Photo: Cable drums at a port warehouse. (File photo)",
    _P2, _P3, _P4,
    "Related stories",
    "Fishing fleet modernisation plan unveiled",
    "Port workers vote on new contract",
])

EXCERPT = "\n\n".join([
    "Chile and Norway settle duty row",
    _P1, _P2,
    "Read the full story on our partner's site.",
])

RIVAL = "\n\n".join([
    "Santiago wins cheaper fish feed in deal with Oslo",
    "By our trade correspondent",
    "Chilean negotiators came home on Wednesday with a promise from Norway to drop its 8% "
    "charge on copper wire, in return for halving the 12% tariff Chile levies on feed for "
    "its salmon farms to 6% from January and abolishing it in 2030.",
    "\"This settles the matter without winners or losers,\" the Norwegian trade minister "
    "said in Oslo, though fishing groups in Puerto Montt were less charitable, calling the "
    "five-year timetable far too slow for an industry squeezed by disease and low prices.",
    "Industry associations estimate the two levies cost their members some $40 million "
    "annually. Commerce between the countries came to roughly $1.2 billion in 2024, "
    "according to the central bank, and lawmakers in Valparaiso must still ratify the "
    "accord; a vote is pencilled in for December, and opposition senators have said they "
    "want guarantees for small feed mills before they back it.",
])
