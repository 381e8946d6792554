"""Word junctions (`KremlinLe Kremlin`): where a heading with no final punctuation ends,
glued to the block after it, told apart from camel-case names (McDonald, iPhone).

Like `boundaries`, every search is one compiled regex scan plus bounded work around each
hit, so a body of any size is read in linear time.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from reader.parse.boundaries import (
    APOSTROPHES,
    CAP_WORD,
    SPACED_END,
    left_token,
    right_run,
    sentence_end,
)
from reader.parse.camel import CamelCounts
from reader.parse.lexicon import (
    CAMEL_PREFIXES,
    CAMEL_WORDS,
    LETTER,
    LOWER,
    SPACED_SINGLE_LETTERS,
    UPPER,
)
from reader.parse.quotes import SPACES, Quotes

_SPACES_APOSTROPHES = SPACES + APOSTROPHES
_SPACES_COMMA = SPACES + ","
# Where a heading may end right before the next block: a letter, digit, closing quote or
# symbol directly followed by a capital or an opening quote.
# (Written capital first, the letter before it checked behind: the regex engine then skips
# to the next capital at once instead of trying every offset, 4x faster.)
_JUNCTION = re.compile(rf"[{UPPER}«„“\"‘¡¿»—](?<=[{LETTER}\d»”“\")%°’«].)")
# A lowercase word directly followed by a number (`Halle13.200 Zuschauer`): timed blocks only.
# (a score too: `…gleicht aus2:2! Der…`)
# (or a percentage ending the heading, the paragraph opening with one: `…al 41%41% di…`)
_LETTER_DIGIT = re.compile(  # see _JUNCTION
    rf"\d(?:(?:(?<=[{LOWER}]{{3}}\d)|(?<=%\d))(?=[\d.,:]*%?[!?]?[ \u00a0])|(?<=[’”»]\d))"
)
_ACRONYM_RUN = re.compile(rf"(?:[{UPPER}]\.){{2,4}}")
_CAMEL_NAME = re.compile(rf"[{UPPER}][{LOWER}]{{2,}}[{UPPER}][{LOWER}]{{2,}}(?![{LETTER}\d])")
_CAPITALS = re.compile(rf"[{UPPER}]{{3,}}(?![{LETTER}\d])")  # (`slateOS`, `AppleTV`: no)
_TWO_CAPITALS = re.compile(rf"[{UPPER}]{{2}}(?=[ \u00a0])")  # (after a time: `…confirmadasUD Alm`)


def junction_strength(
    text: str, at: int, words: frozenset[str], counts: CamelCounts | None = None,
    *, start: int = 0, timed: bool = False, opens_heading: bool = False,
) -> int:
    """How sure we are that a heading ends right before `at` (0 no, 1 weak, 2 strong).

    Strong: a closing quote or an opening one at the seam (`Hause“Schleswig`, `salle«`), or
    a function word starting the next block (`russesL’Ukraine`, `KremlinLe`). Weak: an
    ordinary capitalised word after a plausible word end (`KyivZelensky said`). Never:
    camel-case names and brands (McDonald, iPhone, PlayStation, LinkedIn, TikTok).
    `start` is where the block began (quotes are counted from there); `timed` relaxes the
    rules for a block that opened with a time, which is evidence of a heading already;
    `opens_heading` says a heading is expected at `at` (after the last bullet of a box),
    which may open with a word and a colon (`…unter 1,05 DollarSchlussglocke: DAX…`).
    """
    left_char, right_char = text[at - 1], text[at]
    left_closes = False
    if left_char in '"“' or right_char in '"“':  # quotes counted only when they matter
        quotes = Quotes(text)
        quotes.reset(start)
        left_closes = left_char in '"“' and quotes.closes(at - 1)
        right_opens = right_char in '"“' and not quotes.closes(at)
    else:
        right_opens = False
    if (left_char in "«»" or right_char in "«»") and counts is not None \
            and counts.german_quotes:
        # German quotes: `»` opens and `«` closes (`– »Es hakt bei der Laufzeit«Die…`)
        if right_char == "«" or left_char == "»":
            return 0
        if left_char == "«":
            return 2 if right_char.isupper() else 0
        return 2 if text[at + 1:at + 2].isalpha() else 0  # `…Angebot»Es hakt«`
    if left_char == "«":
        return 0  # an opening guillemet: the capital starts the quotation
    if right_char in "«„‘¡¿" or right_opens:  # (`…suspiro¡Se acabó!`)
        inside = text[at + 1:at + 3].lstrip(SPACES)
        opening = left_char in "«„‘¡¿" or (left_char in '"“' and not left_closes)
        return 2 if not opening and inside[:1].isalnum() else 0  # (not `…tenso: “¡Mentiroso!”`)
    if right_char == "—":  # a line of dialogue after a quoted heading: `«Me he ido»—¿Y…?`
        spoken = text[at + 1:at + 2]
        return 2 if left_char in "»”’" and (spoken.isalpha() or spoken in ("¿", "¡")) else 0
    # (after a time, a number may open the paragraph: `‘I’ve walked four miles’78-year-old…`)
    opens = right_char.isupper() or (timed and right_char.isdigit())
    if left_char in "»”)" or left_closes:
        return 2 if opens else 0
    if left_char == "’":  # a closing single quote (`…act’The chair`), or an apostrophe
        return 2 if opens and _closes_single_quote(text, start, at - 1) else 0
    if left_char in '"“':
        return 0  # an opening quote: the capital starts the quotation
    if right_char.isdigit():
        return 1 if timed else 0  # `Anwurf in der ausverkauften Halle13.200 Zuschauer`
    word = CAP_WORD.match(text, at)
    if word is None:
        return 0
    right = word.group()
    if left_char.isalpha():
        left = left_token(text, at)
        whole = left + right_run(text, at)
        doubled = _doubled(text, at, left, whole, right)
        if doubled is not None:
            return doubled  # `…says NimbusCloudNimbusCloud says`: the seam is in the middle
    else:
        left = whole = ""
    acronym = _ACRONYM_RUN.match(text, at) if len(right) == 1 else None
    if acronym is not None:
        return 1 if timed else 0  # `Sentencing set for FebruaryU.S. District Judge…`
    after = text[word.end()] if word.end() < len(text) else " "
    if after.isalnum():
        # `SpaceX`, `OpenAI`, `iOS`: the capital starts no word of its own, unless a word
        # in capitals opens the next block (`…against DenbyGOAL! Bell scores`).
        return _capitals_after(text, at, left_char, left, timed) or _brand_after(text, at, left)
    if right not in words:
        is_function = False
    elif len(right) > 1:
        is_function = after in _SPACES_APOSTROPHES
    else:
        is_function = after in (SPACES if right in SPACED_SINGLE_LETTERS else APOSTROPHES)
    if not left_char.isalpha():  # a digit or a symbol: `13h20Le feu`, `58,3%Il dato`
        if is_function:
            return 2
        # (`…majority of 4,218Labour’s Samira…`, `…up to £425,000First-time buyers…`)
        # (and after a time, an exclamation: `20:12Gol di Okonkwo, 1-2Ribaltata!`)
        return 1 if len(right) >= 3 and (after in SPACES or after in "’'-‑" or (
            timed and after in "!?:;.")) else 0
    if whole.casefold() in CAMEL_WORDS or left in CAMEL_PREFIXES:
        return 0
    if text[at - len(left) - 1:at - len(left)] in ("#", "@"):
        return 0  # one hashtag or handle: `#MercatoRacing`, `@MaelleJaouen`
    if left_char.isupper():
        # `NATOThe alliance`: an acronym then a function word; anything else is a name.
        # (`NAT|O maire` is no junction: a one-letter word must not end an acronym.)
        if len(left) == 1 and is_function and len(right) >= 2 \
                and text[at - 2:at - 1].isdigit():
            return 2  # a unit after a number: `…2 TB Speicher und 8KIm Inneren…`
        if len(left) < 2 or not left.isupper():
            return 0
        if is_function:
            return 2 if len(right) >= 2 else 0
        # `…says WSJRegulators are…`: an acronym ending the heading, a word opening the text
        # (not one opening the heading: `17h02STMicroelectronics limite la casse…`)
        weak = len(right) >= 4 and after in _SPACES_COMMA and at - len(left) > start
        return 1 if weak and not (counts is not None and counts.repeated(whole)) else 0
    if (len(left) <= 2 or (left[0].isupper() and len(left) <= 3)) \
            and not _compound_ends(text, at, left):
        if is_function and (timed or _particle_ends(text, at, left)):
            return 2  # `dauern anAus`; `…neuen Gesetzentwurf anDie Ministerin`
        # iPhone, eBay, YouTube; but after a time, a short name ending the heading
        # (`11:40 Big rally held in RioProtesters…`, `…Lyon-SudEnviron 300…`).
        if timed and _short_name_ends(text, at, left, right):
            return 0 if counts is not None and counts.repeated(whole) else 1  # (`PayFlow`)
        if timed and len(left) == 2 and left.islower() and _particle_ends(text, at, left) \
                and len(right) >= 3 and after in SPACES:
            return 1  # a small word ending the heading: `20:10Die Aufstellungen sind daKessler…`
        return 0
    if is_function:
        return 2
    if len(right) < 2:
        return 0
    if after not in _SPACES_COMMA and not (timed and after in "!?:;.’'-‑") \
            and not (opens_heading and after in ":-‑"):
        return 0  # `rougeMétéo-France`, `Final!` only after a time
    if left != right and not left.islower() and counts is not None and counts.repeated(whole) \
            and not (counts.alone(left) and counts.alone(right)):
        # `PlayStation` twice is a name; `…against DenbyDenby equalise` is not, nor are two
        # headings ending with the same small word (`…secondo setPinna…`, twice), nor two
        # ending with a name that opens the paragraph after both, each half a word of its
        # own elsewhere (`…new bid for CostaRedhaven City…`, `Thiago Costa`, `Redhaven`)
        return 0
    return 1


def brand_seam(text: str, at: int) -> int | None:
    """Where a heading ends when the block after it opens with a brand in small letters
    glued on (`…les règles à connaîtreiPhone, montre…`: the junction the scan finds is
    inside `iPhone`, the seam is before its `i`), else None."""
    brand = right_run(text, at)
    for size in (1, 2):
        prefix = text[max(0, at - size):at]
        if prefix.islower() and (prefix + brand).casefold() in CAMEL_WORDS \
                and len(left_token(text, at)) - size >= 3:
            return at - size
    return None


def _doubled(text: str, at: int, left: str, whole: str, right: str) -> int | None:
    """For a word written twice in a row (`DenbyDenby`, `NimbusCloudNimbusCloud`: a
    heading ending with the name that opens its paragraph), 1 at the seam in its middle
    and 0 at a junction inside either half; 2 for a seam between the same few words
    twice; None for anything else."""
    half = len(whole) // 2
    if len(whole) % 2 == 0 and half >= 3 and whole[:half] == whole[half:]:
        return 1 if len(left) == half else 0
    # Several words: `…bowled by Van WykVan Wyk produces…` (a surer sign than one word),
    # where the word before the seam comes again after the one opening the next block.
    if text.find(left, at + len(right), at + 80) < 0:
        return None
    start = at - len(left)
    for _ in range(3):
        if start < 2 or text[start - 1] not in SPACES:
            return None
        word = left_token(text, start - 1)
        if not word:
            return None
        start -= len(word) + 1
        size = at - start
        if text.startswith(text[start:at], at) and not text[at + size:at + size + 1].isalpha() \
                and not text[start - 1:start].isalpha():
            return 2
    return None


def _closes_single_quote(text: str, start: int, at: int) -> bool:
    """Whether the `’` at `at` closes a `‘` opened since `start`, rather than elide a word
    (`L’Ukraine`, `O’Neill`, `qu’Il`: one letter or `qu` before it)."""
    if text.rfind("‘", start, at) < 0:
        return False
    word = left_token(text, at)
    return len(word) > 1 and word.casefold() != "qu"


def _capitals_after(text: str, at: int, left_char: str, left: str, timed: bool) -> int:
    """1 when a word of three capitals or more (`GOAL`, `BREAKING`) is glued to a lowercase
    word of three letters or more that is no known name, else 0; after a time, two
    capitals after a longer word do (`20:20Alineaciones confirmadasUD Almendralejo:…`)."""
    caps = _CAPITALS.match(text, at)
    if caps is None and timed and len(left) >= 5 and not text.startswith("OS", at):
        caps = _TWO_CAPITALS.match(text, at)  # (operating systems: `watchOS`, `slateOS`)
    if caps is not None and left_char == "%":
        return 1  # `…en hausse de 9 %RTE, le gestionnaire…`
    if caps is None or not left_char.islower():
        return 0
    if (len(left) < 3 and not _particle_ends(text, at, left)) \
            or (left + caps.group()).casefold() in CAMEL_WORDS:  # (`…Proteste anLBV-Chef…`)
        return 0
    return 1


def _brand_after(text: str, at: int, left: str) -> int:
    """1 when a camel-case name (`NimbusCloud`) opens the next block after an ordinary
    lowercase word (`…apologises to customersNimbusCloud’s chief…`), else 0."""
    brand = _CAMEL_NAME.match(text, at)
    if brand is None:
        return 0
    # (or after an acronym: `…faulty update to its DNSStratusCloud has confirmed…`)
    word = (len(left) >= 4 and left.islower()) or (len(left) >= 2 and left.isupper())
    if not word or (left + brand.group()).casefold() in CAMEL_WORDS:
        return 0
    return 1


def _particle_ends(text: str, at: int, left: str) -> bool:
    """Whether `left` is a short word of its own, not a name's start: two small letters
    (`an`, `zu`, `up`) or a capital and two (a German noun: `…endet um 12 UhrDie…`)."""
    before = text[at - len(left) - 1] if at > len(left) else " "
    if len(left) == 3 and not left[1:].islower():
        return False
    # (two letters, the first perhaps a capital: `…im Weiler Sur EnIn Ardez…`)
    return ((len(left) == 2 and left[1:].islower()) or len(left) == 3) and before in SPACES


def _compound_ends(text: str, at: int, left: str) -> bool:
    """Whether `left` is the small last part of a hyphenated word (`mix-up`, `x-ray`)."""
    return left.islower() and text[at - len(left) - 1:at - len(left)] in ("-", "‑")


def _short_name_ends(text: str, at: int, left: str, right: str) -> bool:
    """Whether `left` (`Rio`) is a short name standing alone and `right` an ordinary word."""
    before = text[at - len(left) - 1] if at > len(left) else " "
    return (len(left) == 3 and left[1:].islower() and len(right) >= 4
            and (before in SPACES or before in "-‑"))


def junctions(text: str, start: int, stop: int, *, timed: bool = False) -> list[int]:
    """Candidate junction offsets in [start, stop) (filter with `junction_strength`)."""
    found = [m.start() for m in _JUNCTION.finditer(text, start, stop)]
    if timed:
        found += [m.start() for m in _LETTER_DIGIT.finditer(text, start, stop)]
        found.sort()
    return found


def heading_ends(text: str, start: int, stop: int, *, timed: bool = False,
                 exclaim: bool | None = None) -> Iterator[int]:
    """The junctions of a heading starting at `start`, lazily: `junctions(text, start + 1,
    stop, timed=timed)` before `sentence_end(text, start, last + 1, exclaim=not timed)`.

    Most headings end at their first junction, so the window is read only up to the
    junction asked for. Cut there, `sentence_end` finds the same ends as over the whole
    window unless a closing quote (also a junction: `"`, `“`) runs up to the cut: with
    one in the window the whole window is read first, as the definition says.
    `exclaim` (default: not `timed`) says whether a `!` or `?` ends the heading's sentence.
    """
    if exclaim is None:
        exclaim = not timed
    if text.find('"', start, stop) >= 0 or text.find("“", start, stop) >= 0:
        found = junctions(text, start + 1, stop, timed=timed)
        if found:
            end = sentence_end(text, start, found[-1] + 1, exclaim=exclaim)
            yield from itertools.takewhile(end.__gt__, found)
        return
    # One generator, and a sentence end looked for with one regex search (the full check
    # only runs on a mark found): this runs for every block of a body.
    scanned, at = start, start + 1
    search = _JUNCTION.search
    while True:
        match = search(text, at, stop)
        junction = stop if match is None else match.start()
        if timed:
            for digit in _LETTER_DIGIT.finditer(text, at, junction):
                end = digit.start()
                mark = SPACED_END.search(text, scanned, end + 1)
                if mark is not None and sentence_end(
                        text, mark.start(), end + 1, exclaim=exclaim) <= end:
                    return
                scanned = end + 1
                yield end
        if match is None:
            return
        mark = SPACED_END.search(text, scanned, junction + 1)
        if mark is not None and sentence_end(
                text, mark.start(), junction + 1, exclaim=exclaim) <= junction:
            return
        scanned = at = junction + 1
        yield junction
