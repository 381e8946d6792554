"""More layouts found on new invented files the splitter had never seen (rounds 7 and 8 of
blind probes), each reduced to the smallest body that shows it."""

from __future__ import annotations

from reader.parse.liveblog import split_body


def outline(body: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    return [(s.time, s.heading, s.paragraphs) for s in split_body(body).sections]


def test_heading_ending_with_a_name_of_two_capitals() -> None:
    # `DiMarcoCleyton` holds two junctions but is one word, written once: no known name.
    body = (
        "Cleyton get going again.8.20pmHalf-time: Rovers 1-1 CleytonA pulsating first half."
        "8.03pmGOAL! Cleyton level through DiMarcoCleyton are level. DiMarco rounds the keeper."
    )
    assert outline(body)[1][:2] == ("8.03pm", "GOAL! Cleyton level through DiMarco")
    assert outline(body)[1][2][0].startswith("Cleyton are level.")


def test_a_name_written_twice_in_a_row_is_cut_in_its_middle() -> None:
    body = (
        "The outage began at dawn.Key points⇒ Services are back⇒ Refunds promised"
        "Services ‘recovering’, says NimbusCloudNimbusCloud says error rates have fallen."
        "Refunds promised to business customersThe firm will credit one month of fees."
    )
    assert [heading for _time, heading, _paras in outline(body)] == [
        "Services ‘recovering’, says NimbusCloud",
        "Refunds promised to business customers",
    ]


def test_german_quotes_inside_a_paragraph_stay_inside() -> None:
    # `»` opens and `«` closes: a spaced `»` after a full stop opens a quotation in the
    # same paragraph, and `.«` followed by a space closes one.
    body = (
        "Der Landrat rief dazu auf, Fahrten zu vermeiden. »Bleiben Sie zu Hause. Die Feuerwehr"
        " braucht freie Straßen.« Auch Spaziergänge seien gefährlich.Am Morgen kam die Warnung."
        " »So«, sagt sie. »Das war’s für heute.«Es ist einer ihrer letzten Arbeitstage."
    )
    assert split_body(body).lead == (
        "Der Landrat rief dazu auf, Fahrten zu vermeiden. »Bleiben Sie zu Hause. Die Feuerwehr"
        " braucht freie Straßen.« Auch Spaziergänge seien gefährlich.",
        "Am Morgen kam die Warnung. »So«, sagt sie. »Das war’s für heute.«",
        "Es ist einer ihrer letzten Arbeitstage.",
    )
