"""Invented articles and a real temporary library for the UI tests, snapshots and screenshots.

All the news here is made up. Times are fixed so snapshots do not move.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from reader.model import Article, ArticleQuery, BlockKind, KeyPoints, Section, SourceKind
from reader.store import Library

NOW = datetime(2024, 11, 10, 18, 30)
"""The fixed clock of every UI test."""

HOSTILE_TITLE = "[@click=app.quit]x [/] \x1b[31m red? [b]bold[/b]"
NBSP = "\u00a0"
NNBSP = "\u202f"


def fixed_clock() -> datetime:
    return NOW


def french_live() -> Article:
    sections = []
    invented = [
        ("17h52", "Le port de Vesterhavn rouvre partiellement après la tempête",
         ["Les ferries reprendront à partir de demain matin, a annoncé la capitainerie,"
          f" qui parle d’un retour « progressif{NNBSP}» du trafic.",
          f"Les pêcheurs restent à quai{NBSP}: la houle dépasse encore quatre mètres."]),
        ("16h40", f"Coupures d’électricité{NBSP}: 12{NBSP}000 foyers toujours privés de courant",
         ["Le distributeur promet un rétablissement complet d’ici jeudi soir.",
          f"Pourquoi si lentement{NBSP}? Les lignes à haute tension traversent des forêts"
          " inondées que les équipes ne peuvent pas atteindre."]),
        ("15h05", "La préfète demande aux habitants d’éviter les routes côtières",
         [f"«{NNBSP}Restez chez vous si vous le pouvez{NNBSP}», a-t-elle insisté lors d’un"
          " point presse improvisé devant la mairie."]),
        ("13h31", "Les écoles fermées lundi dans trois communes",
         ["Les rectorats ont publié la liste des établissements concernés.",
          "Les cantines serviront toutefois des repas aux enfants des soignants."]),
        ("11h12", "Un cargo dérive au large, l’équipage hélitreuillé",
         ["Les vingt-deux marins sont sains et saufs, selon la marine."]),
        ("09h47", f"Alerte rouge maintenue jusqu’à demain midi{NBSP}!",
         ["Météo-Côtes prévoit encore des rafales à 130 km/h sur le littoral."]),
    ]
    for time, heading, paragraphs in invented:
        sections.append(Section(heading=heading, time=time, paragraphs=tuple(paragraphs)))
    return Article(
        title=f"Tempête Orla{NBSP}: la côte nord toujours en alerte rouge, suivez notre direct",
        outlet="Le Journal du Littoral",
        caption="Les vagues franchissent la digue de Vesterhavn, samedi matin.",
        source_link="https://littoral.example/direct/tempete-orla",
        author="Camille Ferrand",
        published=datetime(2024, 11, 10, 18, 1),
        tags=("Météo", "Tempête Orla", "Littoral"),
        lead=(
            f"La tempête Orla continue de frapper la côte nord{NBSP}: vents violents, "
            "coupures de courant et routes fermées. Suivez la situation en direct.",
            "Les autorités appellent à la plus grande prudence jusqu’à dimanche.",
        ),
        key_points=KeyPoints(
            title="Les infos à retenir",
            items=(
                "Le port de Vesterhavn rouvre partiellement",
                f"12{NBSP}000 foyers toujours sans électricité",
                "Alerte rouge maintenue jusqu’à demain midi",
            ),
        ),
        sections=tuple(sections),
        guid="fr-live-orla",
    )


def english_live() -> Article:
    sections = tuple(
        Section(
            heading=heading,
            time=time,
            paragraphs=(f"{heading}. Our correspondent says the mood is tense but calm.",),
        )
        for time, heading in [
            ("14:20", "Final vote expected within the hour"),
            ("13:05", "Opposition tables a late amendment on rail fares"),
            ("11:40", "Finance minister opens the debate"),
        ]
    )
    return Article(
        title="Budget day live: parliament votes on the new transport plan",
        outlet="The Northern Ledger",
        source_link="https://ledger.example/live/budget-day",
        author=None,
        published=datetime(2024, 11, 10, 15, 12),
        tags=("Politics",),
        lead=("Welcome to our live coverage of budget day.",),
        key_points=KeyPoints(
            title="Key points",
            items=("Vote due this afternoon", "Rail fares amendment tabled"),
        ),
        sections=sections,
        guid="en-live-budget",
    )


def plain_articles() -> list[Article]:
    return [
        Article(
            title="Town library lends its ten thousandth seed packet",
            outlet="Valley Courier",
            source_link="https://courier.example/seed-library",
            published=datetime(2024, 11, 10, 18, 25),
            lead=("The seed library, opened last spring, now counts 800 members.",
                  "Tomatoes remain the most borrowed variety, ahead of runner beans."),
            guid="plain-seeds",
        ),
        Article(
            title=HOSTILE_TITLE,
            outlet="Odd Feed",
            source_link="javascript:alert(1)",
            published=datetime(2024, 11, 8, 9, 0),
            lead=("An article whose title looks like markup and whose link is a script.",),
            guid="hostile",
        ),
        Article(
            title="Les pâtissiers de Lorvenne inventent une galette sans beurre",
            outlet="Le Journal du Littoral",
            caption="Un atelier de la rue des Halles.",
            source_link="https://littoral.example/galette",
            published=datetime(2024, 3, 12, 7, 30),
            lead=(f"Une recette tenue secrète{NBSP}? Pas du tout{NBSP}: elle est affichée"
                  " en vitrine.",),
            guid="plain-galette",
        ),
        Article(
            title="Archive: the ferry timetable of the old harbour line",
            outlet="Valley Courier",
            source_link="https://courier.example/archive/ferry",
            published=datetime(2022, 6, 1, 12, 0),
            lead=("A look back at a timetable that ran unchanged for forty years.",),
            guid="plain-archive",
        ),
    ]


def fill_library(library: Library) -> None:
    """Two feeds, two live blogs and four plain articles (one hostile)."""
    news = library.add_feed("https://littoral.example/rss", SourceKind.HTTP,
                            title="Le Journal du Littoral")
    other = library.add_feed("file:///imports", SourceKind.FILES, title="Imported files")
    library.store_articles(news, [french_live(), plain_articles()[2]])
    library.store_articles(other, [english_live(), *plain_articles()[:2], plain_articles()[3]])


def make_library(path: Path, fill: Callable[[Library], None] = fill_library) -> Library:
    library = Library.open(path)
    fill(library)
    return library


CHANGED_PARAGRAPH = (f"«{NNBSP}Restez chez vous, et ne prenez pas la voiture{NNBSP}», a répété la"
                     " préfète, qui a prolongé l’interdiction de circuler sur la corniche.")
"""The new text of the 15h05 section in the grown live blog (it was edited since read)."""


def grown_french_live() -> Article:
    """`french_live` an evening later: three updates on top, the 15h05 one edited."""
    old = french_live()
    fresh = (
        Section(heading="Le vent faiblit enfin sur la pointe de Kervel", time="20h41",
                paragraphs=("Les rafales ne dépassent plus 80 km/h, selon Météo-Côtes.",)),
        Section(heading=f"Trains{NBSP}: la ligne côtière rouvrira samedi", time="19h58",
                paragraphs=("La compagnie ferroviaire a dégagé les arbres tombés sur les voies.",
                            "Des bus remplacent les trains jusqu’à vendredi soir.")),
        Section(heading="Les bénévoles de la Croix-Bleue mobilisés toute la nuit", time="19h10",
                paragraphs=("Un gymnase accueille une centaine de personnes évacuées.",)),
    )
    kept = list(old.sections)
    kept[2] = replace(kept[2], paragraphs=(CHANGED_PARAGRAPH,))
    return replace(old, sections=(*fresh, *kept), published=datetime(2024, 11, 10, 18, 1))


def read_live_blog(library: Library, guid: str = "fr-live-orla") -> int:
    """Open the live blog `guid` as the app does (marks its sections seen); its id."""
    for row in library.article_rows(ArticleQuery(), 0, 100):
        stored = library.get_article(row.id)
        if stored is not None and stored.article.guid == guid:
            library.mark_sections_seen(stored.id, stored.article.sections)
            library.set_read(stored.id, True)
            return stored.id
    raise LookupError(guid)


def fill_grown(library: Library) -> None:
    """The usual library, where the live blog was read and has grown since."""
    fill_library(library)
    read_live_blog(library)
    news = library.add_feed("https://littoral.example/rss", SourceKind.HTTP)
    library.store_articles(news, [grown_french_live()])


RICH_LINKS = (
    "https://transit.example/open-data",
    "https://transit.example/open-data/licence",
    "javascript:alert('not a link')",
    "https://council.example/minutes/2024-11-07?session=evening&item=4#vote-on-the-open-data-"
    "charter-and-the-timetable-feed",
)
"""The numbered links of `rich_article`; the third is a script, refused by `l`."""

RICH_CODE = (
    'curl -s "https://transit.example/api/v1/stops?near=quayside" \\\n'
    "    | jq '.stops[] | {name, next_departure}'\n"
    "\n"
    '{"name": "Quayside", "next_departure": "18:42", "platform": "B", "accessible": true,'
    ' "note": "diverted via Mill Lane"}'
)


def rich_article() -> Article:
    """A feed article from HTML: a picture, subheadings, lists, a quote, code and links."""
    P, H, LI, Q, CODE, IMG = (BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.ITEM,
                              BlockKind.QUOTE, BlockKind.CODE, BlockKind.IMAGE)
    blocks = [
        (P, "Fernbridge’s bus timetables are now open to everyone: the council published them"
            " on its open-data portal [1] on Thursday, under a licence [2] that allows any use."),
        (IMG, "A number 7 bus waiting at the Quayside stop in the rain"),
        (H, "What is in the data"),
        (P, "The files cover every line run by the city’s operator:"),
        (LI, "stops, with their position and whether they are step-free;"),
        (LI, "timetables for weekdays, Saturdays and holidays, updated every night, including"
             " the school services that run only in term time;"),
        (LI, "live departures, refreshed every thirty seconds."),
        (Q, "We kept hearing from people who had built their own timetable apps from photos of"
            " the paper timetables at the stops. Now they do not have to."),
        (Q, "Open data is cheaper than a new app, and better [3]."),
        (H, "How to try it"),
        (LI, "1. Ask the portal for the stops near you."),
        (LI, "2. Keep the ones with a departure in the next ten minutes."),
        (CODE, RICH_CODE),
        (P, "The vote on the open-data charter is in the minutes of the evening session [4]."
            " A reference [7] to a link that does not exist stays plain text."),
    ]
    return Article(
        title="Fernbridge opens its bus timetables to app makers",
        outlet="Fernbridge Gazette",
        source_link="https://gazette.example/2024/11/open-bus-data",
        author="Nia Castell",
        published=datetime(2024, 11, 10, 18, 28),
        lead=tuple(text for _kind, text in blocks),
        lead_kinds=tuple(kind for kind, _text in blocks),
        links=RICH_LINKS,
        guid="rich-open-data",
    )


def fill_rich(library: Library) -> None:
    """The usual library with `rich_article` on top (it is the newest)."""
    fill_library(library)
    feed = library.add_feed("https://gazette.example/feed.atom", SourceKind.HTTP,
                            title="Fernbridge Gazette")
    library.store_articles(feed, [rich_article()])
