#! German held-out articles, live tickers: invented news, invented people, clubs, parties and places.

=== de-live-derby-hellmarsch
lang: de
outlet: Sportbote Nord
title: LIVE-TICKER: FC Hellmarsch gegen Borussia Auenburg 2:2 – Ausgleich in der Nachspielzeit
caption: Hellmarschs Kapitän Jonas Brehm (r.) im Zweikampf mit Auenburgs Emre Yilmaz.
link: https://example.de/sport/fussball/liveticker-fc-hellmarsch-borussia-auenburg
author: Frank Weidemann
date: 2027-02-13 17:31:00
tags: Fußball, 2. Bundesliga, FC Hellmarsch
options: time=paren bullet=⇒
> Nordderby im Stadion am Deich: Der FC Hellmarsch (Platz 4, 38 Punkte) empfängt Tabellenführer Borussia Auenburg (45 Punkte). Anpfiff ist um 15.30 Uhr, 24.500 Zuschauer werden erwartet, das Spiel ist seit Wochen ausverkauft.
kp: Die wichtigsten Szenen
* 1:0 für Hellmarsch durch Jonas Brehm in der 12. Minute
* Auenburg dreht das Spiel nach der Pause mit zwei Toren von Emre Yilmaz
* Gelb-Rot für Auenburgs Torwart Niklas Vogt in der 88. Minute, Feldspieler Kruse muss ins Tor
* Marco Sánchez gleicht in der 90.+4 Minute per Kopf zum 2:2 aus
## 17.24 Uhr | Abpfiff: Hellmarsch rettet einen Punkt im Nordderby
> Schluss im Stadion am Deich! Der FC Hellmarsch und Borussia Auenburg trennen sich 2:2. Nach dem Rückstand zur Pause war das für die Gastgeber am Ende ein gefühlter Sieg.
> „Wir haben nie aufgehört, daran zu glauben. Dieses Tor in der 94. Minute, das ist Fußball“, sagte Trainer Uwe Schröder bei Sky. Auenburg bleibt trotz des Remis mit nun 46 Punkten Tabellenführer.
## 17.21 Uhr | Marco Sánchez gleicht in der 90.+4 Minute per Kopf zum 2:2 aus
> Wahnsinn! Nach einer Ecke von Brehm steigt Sánchez am höchsten und köpft unhaltbar ins lange Eck. Feldspieler Kruse, der im Tor steht, ist chancenlos.
## 17.17 Uhr | Nachspielzeit: Sechs Minuten
> Schiedsrichter Dr. Felix Brandt zeigt sechs Minuten an.
## 17.13 Uhr | Gelb-Rot für Torwart Vogt, Kruse muss ins Tor
> Auenburgs Keeper Niklas Vogt sieht nach einer Verzögerung beim Abstoß die zweite Gelbe Karte (88.). Da Auenburg bereits dreimal gewechselt hat, streift sich Innenverteidiger Malte Kruse das Torwarttrikot über.
## 16.39 Uhr | Yilmaz dreht das Spiel: 1:2 für Auenburg
> Emre Yilmaz trifft zum zweiten Mal an diesem Nachmittag (52.). Nach einem Fehlpass von Hellmarschs Innenverteidiger Tim Gerlach läuft er allein auf Torwart Andersson zu und schiebt flach ein.
> Die rund 3.000 Auenburger Fans im Gästeblock feiern ausgelassen, auf der Haupttribüne herrscht Stille.
## 16.17 Uhr | Halbzeit im Nordderby: 1:1
> Pause im Stadion am Deich. Hellmarsch begann stark und ging verdient in Führung, Auenburg kam nach etwa 25 Minuten besser ins Spiel.
> 45.+2: Letzte Chance vor dem Pausenpfiff, doch Brehms Freistoß aus 22 Metern landet in der Mauer.
> Statistik zur Pause: Ballbesitz 48:52 Prozent, Torschüsse 6:5, Ecken 3:4.
## 15.58 Uhr | Yilmaz gleicht für Auenburg aus
> Nach einer Flanke von links steht Yilmaz am Fünfmeterraum völlig frei und trifft per Direktabnahme (28.). 1:1.
## 15.42 Uhr | Tor für Hellmarsch! Brehm trifft zum 1:0
> Der Kapitän selbst! Jonas Brehm zieht von der Strafraumgrenze ab, der Ball wird von Kruse noch leicht abgefälscht und schlägt im rechten Winkel ein (12.).
## 15.30 Uhr | Anpfiff
> Der Ball rollt im Stadion am Deich.

=== de-live-kommunalwahl-auenburg
lang: de
outlet: Auenburger Rundschau
title: Kommunalwahl in Auenburg im Live-Ticker: SPD vorn mit 31,4 Prozent, AfD legt deutlich zu – Stichwahl um das Oberbürgermeisteramt
caption: Wahlhelfer zählen im Rathaus die Stimmzettel aus.
link: https://example.de/auenburg/kommunalwahl-2027-liveticker-ergebnisse
author: Lena Hartmann, Stefan Kühn
date: 2027-09-26 23:59:00
tags: Auenburg, Kommunalwahl 2027
options: time=suffix bullet=- crlf
kp: Das Wichtigste in Kürze
* SPD wird mit 31,4 Prozent stärkste Kraft im Stadtrat und erhält 17 der 54 Sitze.
* CDU verliert 6,2 Punkte und kommt auf 22,9 Prozent, die AfD steigert sich von 9,1 auf 17,8 Prozent.
* Oberbürgermeisterin Petra Wendland (SPD) muss am 10. Oktober in die Stichwahl gegen Markus Reiter (CDU).
* Die Wahlbeteiligung liegt bei 52,3 Prozent und damit 4,1 Punkte höher als 2021.
## 23:48 | Vorläufiges Endergebnis: SPD 31,4 Prozent, CDU 22,9 Prozent, AfD 17,8 Prozent, Grüne 14,2 Prozent, FDP 5,1 Prozent
> Alle 212 Wahlbezirke sind ausgezählt. Das vorläufige amtliche Endergebnis für den Auenburger Stadtrat: SPD 31,4 Prozent (17 Sitze), CDU 22,9 Prozent (12 Sitze), AfD 17,8 Prozent (10 Sitze), Grüne 14,2 Prozent (8 Sitze), FDP 5,1 Prozent (3 Sitze), Linke 4,3 Prozent (2 Sitze), Freie Wähler 2,6 Prozent (1 Sitz) und die Satirepartei Die Aue 1,7 Prozent (1 Sitz).
> Damit verfehlt ein mögliches Bündnis aus SPD und Grünen mit 25 Sitzen die Mehrheit von 28 Sitzen knapp. Rechnerisch möglich wären eine große Koalition aus SPD und CDU oder ein Dreierbündnis aus SPD, Grünen und FDP.
> Wahlleiter Dr. Hans-Peter Moll wies darauf hin, dass das Ergebnis erst am 30. September vom Wahlausschuss festgestellt wird. Bis dahin könnten sich durch Nachzählungen in einzelnen Bezirken noch Verschiebungen von wenigen Stimmen ergeben.
> Die Sitzverteilung wird nach dem Verfahren Sainte-Laguë/Schepers berechnet, das kleinere Parteien gegenüber dem früheren d’Hondt-Verfahren weniger benachteiligt.
> In den Ortsbeiräten zeichnet sich ein ähnliches Bild ab: Die SPD stellt in 9 von 14 Ortsteilen die stärkste Fraktion, die AfD in 2, die CDU in 3.
> Die Ergebnisse aller Wahlbezirke gibt es unter www.auenburg.example/wahlen zum Nachlesen.
## 22:37 | Wendland und Reiter in der Stichwahl
> Bei der Wahl zum Oberbürgermeister erreicht Amtsinhaberin Petra Wendland (SPD) 44,8 Prozent, ihr Herausforderer Markus Reiter (CDU) 29,5 Prozent. Da niemand die absolute Mehrheit erreicht hat, kommt es am 10. Oktober zur Stichwahl.
> AfD-Kandidat Bernd Köhler landet mit 15,2 Prozent auf Platz drei, gefolgt von Anja Lindqvist (Grüne, 10,5 Prozent).
## 21:55 | AfD-Kreisvorsitzender Köhler spricht von einem „historischen Abend für Auenburg“
> Im Gasthaus „Zur Linde“ feiern rund 60 Anhänger der AfD. Kreisvorsitzender Bernd Köhler sagte, seine Partei werde „in jedem Ausschuss unbequeme Fragen stellen“.
## 21:20 | Grüne: „Wir haben verloren, aber nicht verzagt“
> Kurz und knapp äußerte sich Grünen-Fraktionschefin Anja Lindqvist: „Wir haben verloren, aber nicht verzagt.“
## 20:42 | Nach 100 von 212 Wahlbezirken: SPD bei 30,9 Prozent, CDU bei 23,4 Prozent, AfD bei 18,1 Prozent
> Knapp die Hälfte der Stimmen ist ausgezählt. Die Tendenz der ersten Stunde bestätigt sich: Die SPD liegt klar vorn, die AfD kann ihr Ergebnis von 2021 nahezu verdoppeln.
> Besonders stark schneidet die AfD in den Stadtteilen Neuhaus-Süd (27,4 Prozent) und Am Hafen (24,9 Prozent) ab, die Grünen in der Altstadt (26,8 Prozent).
## 19:05 | Wahlbeteiligung bei 52,3 Prozent
> Die Stadt meldet eine Wahlbeteiligung von 52,3 Prozent, 2021 waren es 48,2 Prozent. Rund 38 Prozent der Wählerinnen und Wähler haben per Brief abgestimmt.
## 18:00 | Wahllokale geschlossen
> Seit 18 Uhr sind die 212 Wahllokale in Auenburg geschlossen, die Auszählung hat begonnen.

=== de-plain-tarifeinigung
lang: de
outlet: Wirtschaftsblatt Nord
title: Tarifeinigung im Nahverkehr: 7,8 Prozent mehr Lohn in zwei Stufen, Laufzeit bis 31. März 2029
caption: Verhandlungsführer Dieter Sommer (l.) und Arbeitgebervertreterin Dr. Ines Wolter nach der Einigung.
link: https://example.de/wirtschaft/tarifeinigung-nahverkehr-nord
author:
date: 2027-11-22 19:10:00
tags: Wirtschaft, Tarife, Nahverkehr
options: bom
> Nach fünf Verhandlungsrunden und drei Warnstreiks haben sich die Gewerkschaft Verkehr und Dienste (GVD) und der Kommunale Arbeitgeberverband Nord (KAV Nord) am Montag in Bremerhaven auf einen neuen Tarifvertrag für rund 14.600 Beschäftigte im Nahverkehr geeinigt. Die Löhne steigen zum 1. Januar 2028 um 4,5 Prozent, mindestens aber um 180 Euro, und zum 1. Februar 2029 um weitere 3,3 Prozent.
> „Das ist ein Abschluss, mit dem beide Seiten leben können, aber keiner jubelt“, sagte GVD-Verhandlungsführer Dieter Sommer. Die Gewerkschaft hatte ursprünglich 12 Prozent bzw. mindestens 500 Euro mehr gefordert, bei einer Laufzeit von 12 Monaten.
> Der Vertrag läuft 27 Monate, d.h. bis zum 31. März 2029. Auszubildende erhalten ab Januar 150 Euro mehr pro Monat, außerdem gibt es eine steuerfreie Einmalzahlung von 1.250 Euro, die mit dem Dezembergehalt ausgezahlt wird.
> Nach Berechnungen des KAV Nord kostet der Abschluss die 23 Mitgliedsunternehmen, u.a. die Verkehrsbetriebe in Bremerhaven, Cuxhaven und Auenburg, ca. 96 Mio. Euro. „Ohne höhere Zuschüsse von Land und Kommunen wird das Angebot nicht zu halten sein“, warnte Arbeitgebervertreterin Dr. Ines Wolter. Sie verwies auf § 5 Abs. 2 des Landesnahverkehrsgesetzes, wonach das Land 60 Prozent der Betriebskosten tragen soll.
> Strittig war bis zuletzt die Arbeitszeit. Künftig können Beschäftigte wählen, ob sie die zweite Erhöhungsstufe als Geld oder als zusätzliche freie Tage nehmen, z.B. 6 Tage pro Jahr bei Vollzeit. Ähnliche Modelle gibt es seit 2024 bei der Bahn und in der Metall- und Elektroindustrie.
> Die Mitglieder der GVD müssen dem Ergebnis noch zustimmen. Die Urabstimmung läuft vom 1. bis 12. Dezember. Weitere Warnstreiks sind damit vom Tisch, teilte die Gewerkschaft mit. Fahrgäste in Bremerhaven hatten zuletzt am 14. November, einem Donnerstag, fast 24 Std. lang auf Busse verzichten müssen.
