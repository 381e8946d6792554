"""Site furniture in a saved page: what names an element as chrome, and which short lines
are chrome whatever element holds them.

Names come from the markup's `class`, `id`, `role` and `aria-label`, split into words
(`newsletter-signup`, `shareBar`, `consent_layer`), so `ad` matches `ad-slot` but not
`header` or `shadow`. Text rules only ever match a whole short line (`Share this
article`, `Topics: …`, `Il vous reste 80 % de cet article à lire.`), never words inside a
paragraph, so an article that talks about sharing or newsletters keeps every sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from selectolax.lexbor import LexborNode

from reader.parse.html_blocks import Block
from reader.parse.html_links import OPEN
from reader.text import clean_line

# Words that name furniture wherever they stand in a class or id.
_NOISE_WORDS = frozenset({
    "ad", "ads", "adv", "advert", "adverts", "advertisement", "pub", "publicite", "publicité",
    "share", "shares", "sharing", "sharebar", "sharetools", "nav", "navbar", "navigation",
    "menu", "menus", "submenu", "megamenu", "comments", "commentlist", "disqus", "cmp", "gdpr",
    "footer", "breadcrumb", "breadcrumbs", "sidebar", "newsletter", "newsletters", "related",
    "recommended", "recommendations", "outbrain", "taboola", "social", "socials", "sponsored",
    "promo", "promos", "meistgelesen", "toolbar", "skiplink", "popup", "cookies", "cookie",
    "dfp", "topbar", "partage", "compartir", "condividi", "teilen", "ariane", "migas",
    "briciole", "crumbs", "brotkrumen", "authorbox", "autorenbox", "autorbox", "tags",
    "taglist", "kommentare", "commentaires", "comentarios", "comentários", "commenti",
    "partilha", "partilhar",
})
# Beside an article (`<aside>`) these are links to other stories too.
_ASIDE_WORDS = frozenset({"teaser", "teasers", "readmore", "recirculation"})
_NOISE_PREFIXES = (
    "cookie", "consent", "breadcrumb", "sidebar", "newsletter", "advert", "sponsor",
    "outbrain", "taboola", "sharing", "socialshare", "footer", "navbar", "navigation",
    "related", "recommend", "disqus", "gdpr", "mostread", "mostpopular", "meistgelesen",
)
# Furniture words that content wrappers also carry (`article-body paywall`,
# `subscriber-content`): they count only when no content word stands beside them.
_SOFT_PREFIXES = ("paywall", "subscri", "banner", "promo", "masthead")
# A site's header by name (`site-header`, `header`), but a `header-image` is a picture.
_PICTURE_WORDS = frozenset({"image", "img", "media", "photo", "picture", "figure", "video",
                            "caption"})
_CONTENT_WORDS = frozenset({
    "content", "body", "text", "article", "story", "entry", "post", "main",
})
# Two-word names: `most-read`, `lire-aussi`, `see_also`.
_NOISE_PAIRS = frozenset({
    ("most", "read"), ("most", "popular"), ("most", "viewed"), ("lire", "aussi"),
    ("read", "also"), ("see", "also"), ("leggi", "anche"), ("lee", "tambien"),
    ("mehr", "zum"), ("auch", "interessant"), ("a", "lire"), ("à", "lire"), ("top", "bar"),
    ("lesen", "sie"), ("puede", "interesar"), ("voir", "aussi"), ("author", "box"),
    ("author", "bio"), ("about", "author"), ("load", "more"),
})
# A word after these describes the element's state, not what it is (`has-sidebar`).
_MODIFIERS = frozenset({"has", "with", "no", "without", "is", "show", "hide", "enable",
                        "allow", "can"})
# ...and so does a word after it (`share-enabled`, `menu-open`); a `social-embed` is a
# quoted post, part of the story, a `pub-date` a date.
_STATES = frozenset({"enabled", "disabled", "active", "inactive", "on", "off", "open",
                     "closed", "visible", "hidden", "ready", "loaded", "allowed", "embed",
                     "embeds", "embedded", "date", "time", "datetime"})
_NOISE_ROLES = frozenset({
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
    "menu", "menubar", "toolbar",
})
# Key-points boxes are kept whatever else their names say.
KEY_BOX_NAME = re.compile(
    r"key[-_ ]?(?:points?|events|facts)|keypoints|summary|essentiel|takeaway", re.I)

_AUTHOR_WORDS = frozenset({
    "byline", "bylines", "author", "authors", "autor", "autoren", "auteur", "auteurs",
    "autore", "autori", "signature", "firma",
})
_DATE_WORDS = frozenset({
    "dateline", "date", "dates", "time", "timestamp", "published", "publish", "meta",
    "metadata", "credit", "credits",
})
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Names:
    """What an element's attributes say about it, read once."""

    tag: str
    words: tuple[str, ...]
    """The words of its class, id and aria-label, lower-cased, camelCase split."""
    role: str = ""
    itemprop: str = ""
    rel: tuple[str, ...] = ()


_NAMING = ("class", "id", "aria-label", "role", "itemprop", "rel")


def names_of(node: LexborNode) -> Names | None:
    """The element's names, or None when it has none (most elements: a quick answer)."""
    attributes = node.attributes
    if not attributes:
        return None
    values = tuple(attributes.get(key) or "" for key in _NAMING)
    return _names(node.tag or "", values) if any(values) else None


@lru_cache(maxsize=4096)
def _names(tag: str, values: tuple[str, ...]) -> Names:
    """Cached: a page repeats the same few names on every update and teaser."""
    class_, id_, aria, role, itemprop, rel = values
    raw = f"{class_} {id_} {aria}"
    return Names(
        tag=tag,
        words=tuple(_WORD.findall(_CAMEL.sub(r"\1 \2", raw).casefold())),
        role=role.strip().casefold(),
        itemprop=itemprop.strip().casefold(),
        rel=tuple(rel.casefold().split()),
    )


def _noise_word(word: str) -> bool:
    return word in _NOISE_WORDS or word.startswith(_NOISE_PREFIXES)


SOFT, STRONG = 1, 2


def noise_level(names: Names | None) -> int:
    """STRONG when the element's name or ARIA role says it is site furniture (for an
    `<aside>`, teasers and read-more boxes as well); SOFT when the name is one a content
    wrapper may carry too (`paywall`, `subscriber`, `header`: the caller weighs its text);
    0 otherwise."""
    if names is None:
        return 0
    if names.role in _NOISE_ROLES:
        return STRONG
    words = names.words
    if not words or KEY_BOX_NAME.search(" ".join(words)):
        return 0
    contentish = not _CONTENT_WORDS.isdisjoint(words)
    aside = names.tag == "aside"
    level = 0
    for index, word in enumerate(words):
        previous = words[index - 1] if index else ""
        following = words[index + 1] if index + 1 < len(words) else ""
        if previous in _MODIFIERS or following in _STATES:
            continue
        if _noise_word(word) or (previous, word) in _NOISE_PAIRS:
            return STRONG
        if aside and (word in _ASIDE_WORDS or (previous, word) == ("read", "more")):
            return STRONG
        if not contentish and (word.startswith(_SOFT_PREFIXES) or (
                word == "header" and following not in _PICTURE_WORDS)):
            level = SOFT
    return level


def is_noise_name(names: Names | None) -> bool:
    return noise_level(names) > 0


def byline_kind(names: Names | None, *, in_header: bool) -> str | None:
    """`byline` or `date` when the element's name says it is the article's author or date
    line, else None. Outside the article's header only the unambiguous names count (a
    quote's `author`, a story's `date` are part of the text there)."""
    if names is None:
        return None
    words = set(names.words)
    if not in_header:
        if words & {"byline", "bylines"}:
            return "byline"
        return "date" if "dateline" in words else None
    if words & _AUTHOR_WORDS or names.itemprop == "author" or "author" in names.rel:
        return "byline"
    if words & _DATE_WORDS or names.itemprop in ("datepublished", "datemodified"):
        return "date"
    return None


_BY = re.compile(r"^(?:by|par|von|por|door|av|af|di|da)\s+(?=\S)", re.I)
_MAX_AUTHOR = 120


def starts_like_byline(text: str) -> bool:
    """`By Ann Lee`, `Par Claire Dumontet`: a short line led by the word for "by"."""
    return bool(_BY.match(text)) and len(text.split()) <= 12 and text[-1:] not in ".!?"


_BYLINE_INSIDE = "[class*=byline], [class*=author], [rel~=author], [itemprop=author]"


def byline_author(node: LexborNode, *, inside: bool = False) -> str | None:
    """The names in a byline: its linked or marked-up names, else its text without `By`.
    With `inside`, the byline is looked for within `node` (a header's meta line)."""
    if inside:
        found = node.css_first(_BYLINE_INSIDE)
        if found is None:
            return None
        node = found
    names: list[str] = []
    for part in node.css("[itemprop=author], [itemprop=name], [rel~=author], a"):
        name = clean_line(part.text(deep=True, separator=" "))
        if name and name.casefold() not in (n.casefold() for n in names):
            names.append(name)
    text = ", ".join(names) or _BY.sub("", clean_line(node.text(deep=True, separator=" ")))
    if not text or len(text) > _MAX_AUTHOR:
        return None
    return text


# --- whole lines ---------------------------------------------------------------------------

_SHARE_PHRASE = (
    r"(?:share|partager|teilen|compartir|condividi|delen|partilhar|compartilhar)"
    r"(?:\s+(?:this|cet|ce|cette|diesen|den|este|esta|questo|dit)(?:\s+\w+)?)?"
    r"(?:\s+(?:on|sur|auf|en|su|via|op|by)\s+[\w.]+)?"
)
_SHARE_LINE = re.compile(rf"^{_SHARE_PHRASE}(?:\s*[|·•,/]?\s*{_SHARE_PHRASE})*\s*[:.]?$", re.I)
_TOPICS_LINE = re.compile(
    r"^(?:topics|tags|themen|schlagw(?:ö|oe)rter|schlagworte|th(?:è|e)mes|sujets|"
    r"mots[- ]cl(?:é|e)s|temas|etiquetas|argomenti|related topics|more on this story)\s*:", re.I)
# Words that always lead a "read also" link, and English ones only with a colon after them
# (`Related to this, the minister said` is a sentence).
# (The words may be glued to the linked title: `Te puede interesarAsí fue…`.)
_READ_ALSO_LINE = re.compile(
    r"^(?:(?:(?:à|a) lire aussi|lire aussi|(?:à |a )?voir aussi|sur le même sujet|"
    r"mehr zum thema|lesen sie auch|auch interessant|weitere artikel|"
    r"lea también|leer también|lee también|(?:también )?(?:te|le) puede interesar|"
    r"noticias relacionadas|leggi anche|vedi anche|articoli correlati|leia também|"
    r"veja também|leia mais|más información|mais informações)(?-i:(?![a-zà-ÿ]))"
    r"|(?:read (?:more|also|next)|see also|related(?: stories| articles| content)?|"
    r"more on this(?: story)?)\s*[:：›»|–—])", re.I)
_PAYWALL_LINE = re.compile(
    r"^(?:il vous reste \d+\s*%|la suite (?:de cet article )?est réservée|"
    r"cet article est réservé aux abonnés|je m[’']abonne|abonnez-vous|s[’']abonner\s*[!.]?$|"
    r"déjà abonné|subscribe(?: now| today| to (?:read|continue)\b)|subscribe$|"
    r"already a subscriber|this (?:article|story) is for subscribers|"
    r"sign in to (?:read|continue)|jetzt abonnieren|weiterlesen mit|"
    r"dieser artikel ist (?:nur )?für abonnenten|suscríbete|ya eres suscriptor|"
    r"abbonati(?: ora| subito)?\s*[!.]?$|"
    r"sei già abbonato)", re.I)
# A call to sign up, at the start of the line or of a clause, in a line naming a newsletter.
_SIGN_UP = re.compile(
    r"(?:^|[:.!?–—-]\s*)(?:sign up|subscribe|register|inscrivez-vous|abonnez-vous|"
    r"melden sie sich|jetzt anmelden|abonnieren sie|suscríbete|iscriviti)\b", re.I)
_NEWSLETTER = re.compile(r"\bnewsletters?\b", re.I)
_SHORT_WORDS = 16
# An ad slot's label, a button-like link, a row of share targets, a photo credit: always a
# whole line of its own.
_AD_LABEL = re.compile(
    r"^(?:advertisement|advertising|ad|anzeige|werbung|publicité|publicite|publicidad|"
    r"pubblicità|pubblicita|publicidade|sponsored|sponsorisé|gesponsert|patrocinado|annonce)\s*[:.]?$",
    re.I)
_MORE_BUTTON = re.compile(
    r"^(?:(?:load|show|see|view) (?:more|earlier|older|previous|all)(?: \w+){0,2}|"
    r"(?:afficher|voir|charger) plus(?: \w+){0,2}|mehr (?:laden|anzeigen)|"
    r"(?:cargar|ver) más(?: \w+){0,2}|(?:carica|mostra) altr[io](?: \w+){0,2})\s*[.…]*$",
    re.I)
_SHARE_TARGET = (r"(?:facebook|twitter|x|whatsapp|messenger|linkedin|pinterest|telegram|reddit|"
                 r"bluesky|threads|flipboard|e-?mail|mail|print|imprimer|drucken|"
                 r"copy link|copier le lien|link kopieren|copiar enlace|copia link|"
                 r"share|partager|teilen|compartir|partilhar|comment|commenter|comentar)")
_SHARE_TARGETS = re.compile(rf"^(?:{_SHARE_TARGET}\s*[|·•,/]?\s*){{2,}}$", re.I)
_ONE_TARGET = re.compile(rf"^{_SHARE_TARGET}$", re.I)
_CREDIT_LINE = re.compile(
    r"^(?:photo|photos|foto|fotos|photograph|picture|bild|crédit photo|credit|crédits?)"
    r"\s*:\s*\S", re.I)
_CREDIT_WORDS = 8
# The notice closing a live blog (`This live blog has now ended.`).
_ENDED = re.compile(
    r"^(?:(?:this|our) live (?:blog|coverage|page) (?:has (?:now )?ended|is (?:now )?(?:closed|"
    r"over))|(?:ce|notre) direct est (?:désormais |maintenant )?(?:terminé|clos)|"
    r"(?:dieser|unser) (?:live-?ticker|live-?blog|ticker) ist (?:nun |jetzt )?beendet|"
    r"(?:este|nuestro) directo ha (?:terminado|finalizado)|questa diretta è terminata|"
    r"este direto terminou)\s*[.!]?$", re.I)


# The whole-line rules as one pattern: a paragraph pays for one match, not six.
_WHOLE_LINE = re.compile("|".join(f"(?:{rule.pattern})" for rule in (
    _SHARE_LINE, _PAYWALL_LINE, _AD_LABEL, _MORE_BUTTON, _SHARE_TARGETS, _ENDED)), re.I)
_TOPICS_WORDS = 8


def is_chrome_line(block: Block) -> bool:
    """A short line that is site chrome in any language the reader knows: share buttons,
    a topics line, a "read also" link, a paywall teaser, a newsletter call, an ad label,
    a "load more" button, a photo credit."""
    text = block.heading or block.text
    words = len(text.split())
    if not text or words > _SHORT_WORDS:
        return False
    if _WHOLE_LINE.match(text) or (words <= _CREDIT_WORDS and _CREDIT_LINE.match(text)):
        return True
    if _NEWSLETTER.search(text) and _SIGN_UP.search(text):
        return True
    linked = OPEN in block.text or block.link_chars > 0
    if not linked:
        return words <= _TOPICS_WORDS and bool(_TOPICS_LINE.match(text))
    # One share button of a row whose items are blocks of their own, a topics line, a
    # "read also" link.
    return bool(_ONE_TARGET.match(text) or _TOPICS_LINE.match(text)
                or _READ_ALSO_LINE.match(text))


def drop_chrome_lines(blocks: list[Block]) -> list[Block]:
    return [block for block in blocks if not is_chrome_line(block)]
