"""Generated background news: sport, business, weather and culture stories with no violence.

Every sentence comes from templates and word lists written for strife's benchmarks (no copied
text). Some stories borrow violent words the way real news does ("the visitors' attack", "shares
were hit", "a shot on goal"), and a few genuinely mention death (a storm, a thriller's plot), so
the prefilter is measured on a stream that is not trivially easy.

    from background import background_articles
    texts = background_articles(900, seed=7)
"""

from __future__ import annotations

import random

# fmt: off
TOWNS = ["Harbourside", "Millbrook", "Eastvale", "Port Corran", "Ashford", "Kellington",
         "Brightwater", "Oakhurst", "Redcliff", "Stonebridge", "Wexmoor", "Lindenfield"]
TEAMS = ["Rovers", "United", "Athletic", "City", "Wanderers", "Albion", "Rangers", "Town"]
PEOPLE = ["Maria Okafor", "Tomas Lind", "Priya Nair", "James Whitcombe", "Aiko Tanaka",
          "Lucia Ferreira", "Daniel Mensah", "Sofia Petrova", "Omar Haddad", "Grace Liu"]
FIRMS = ["Northwind Foods", "Kestrel Motors", "Bluehill Energy", "Ardent Pharma",
         "Silverline Telecom", "Marlow Retail", "Quayside Shipping", "Corvex Software"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ARTS = ["novel", "exhibition", "opera", "film", "concert series", "play", "album"]
# fmt: on

SPORT = [
    "{team_a} beat {team_b} {goals_a}-{goals_b} on {day}, with {person} scoring twice.",
    "The visitors' attack looked tired after the break, and {team_a} held on comfortably.",
    "{person} shot wide from close range before the interval, the home side's best chance.",
    "The manager said the squad was in good shape, though one defender is out with an injury.",
    "A crowd of {crowd} watched the match in {town}, the largest this season.",
    "{team_b} have now won {n} of their last {m} league games and sit third in the table.",
    "Tickets for the next home game against {team_b} go on sale on {day}.",
    "The captain praised the young players and said the result belonged to the supporters.",
    "Both sides clashed in midfield for most of the first half without a shot on target.",
    "Coaches will review the footage this week before the cup tie in {town}.",
]
BUSINESS = [
    "{firm} reported a {pct} percent rise in quarterly revenue on {day}, beating forecasts.",
    "Shares in {firm} rose {pct} percent in early trading in {town}.",
    "The company said it would open {n} new stores next year and hire {crowd} staff.",
    "Analysts said a price war with rivals could squeeze margins later in the year.",
    "Chief executive {person} said demand from overseas customers remained strong.",
    "{firm} was hit by higher energy costs, which took {pct} percent off its operating profit.",
    "The board proposed a dividend of {n} cents a share, payable in {month}.",
    "Investors shrugged off concerns about interest rates and bought technology stocks.",
    "A hostile takeover bid from a rival group was rejected by the board last month.",
    "The firm expects to complete the sale of its logistics arm by the end of {month}.",
]
WEATHER = [
    "Forecasters expect rain across {town} on {day}, clearing to sunny spells by evening.",
    "Temperatures will climb to {n} degrees later in the week, above the seasonal average.",
    "Light winds from the west will keep the coast mild through the weekend.",
    "Farmers welcomed the rain after a dry {month}, saying crops had begun to suffer.",
    "The weather service said the chance of frost in {town} had fallen to {pct} percent.",
    "Road crews are ready to grit the hill routes if temperatures drop overnight.",
    "River levels near {town} remain normal, the water authority said.",
    "Pollen counts will be high on {day}, and people with allergies should plan ahead.",
]
CULTURE = [
    "{person}'s new {art} opens in {town} on {day} and runs until {month}.",
    "Critics have praised the {art} for its humour and its warm portrait of a fishing town.",
    "The festival expects {crowd} visitors over {n} days, a record for the event.",
    "{person} said the work began as a series of letters written to a grandmother.",
    "Tickets start at {n} pounds, with free entry for students on {day}.",
    "The museum will also show {n} early sketches that have never been exhibited.",
    "A choir of {n} local singers will perform at the closing night in {town}.",
    "The {art} was funded in part by a grant from the regional arts council.",
]
# Stories that really do mention deaths or crime without reporting political violence.
HARD = [
    "A storm that swept through {town} on {day} left two people dead and damaged dozens of "
    "homes, officials said.",
    "The {art} is a tense thriller about a kidnapping in a coastal town, and {person} plays "
    "the detective.",
    "The former mayor of {town}, {person}, died on {day} at the age of {n}.",
    "Police said a man was arrested after a fight outside a bar in {town}; no one was hurt.",
]
GENRES: list[tuple[str, list[str]]] = [
    ("Sport", SPORT), ("Business", BUSINESS), ("Weather", WEATHER), ("Culture", CULTURE),
]  # fmt: skip
HARD_SHARE = 0.08


def _fill(template: str, rng: random.Random) -> str:
    a, b = rng.sample(TEAMS, 2)
    return template.format(
        team_a=a, team_b=b, goals_a=rng.randint(1, 4), goals_b=rng.randint(0, 1),
        person=rng.choice(PEOPLE), town=rng.choice(TOWNS), firm=rng.choice(FIRMS),
        day=rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]),
        month=rng.choice(MONTHS), crowd=f"{rng.randint(2, 40) * 1000:,}",
        pct=rng.randint(2, 19), n=rng.randint(3, 12), m=rng.randint(13, 20), art=rng.choice(ARTS),
    )  # fmt: skip


def background_article(rng: random.Random) -> str:
    """One story of 14 to 24 sentences in 3 to 6 paragraphs, with a title and a date line
    (about 1,800 characters: as long as a MUC-4 article, so that parse times compare)."""
    genre, pool = rng.choice(GENRES)
    sentences = [_fill(t, rng) for t in rng.choices(pool, k=rng.randint(14, 24))]
    if rng.random() < HARD_SHARE:
        sentences.insert(rng.randint(0, len(sentences)), _fill(rng.choice(HARD), rng))
    title = f"{genre}: {sentences[0].split(',')[0].rstrip('.')}"
    date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2024)}"
    breaks = min(len(sentences) - 1, rng.randint(2, 5))
    cut = sorted(rng.sample(range(1, len(sentences)), k=breaks))
    bounds = zip([0, *cut], [*cut, len(sentences)], strict=True)
    paragraphs = [" ".join(sentences[i:j]) for i, j in bounds]
    return "\n\n".join([title, date, *paragraphs]) + "\n"


def background_articles(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [background_article(rng) for _ in range(count)]


if __name__ == "__main__":
    print(background_articles(1)[0])
