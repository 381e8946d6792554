#! German live blogs: invented news, people and places. (round 8)

=== de-live-korruptionsprozess-ebner
lang: de
outlet: Oberland-Zeitung
title: Urteil im Korruptionsprozess: Ex-Bürgermeister von Kaltenbrunn muss ins Gefängnis – der Liveticker
caption: Rudolf Ebner (Mitte) mit seinen Verteidigern im Sitzungssaal 101.
link: https://example.de/region/prozess-ebner-urteil-liveticker
author: Veronika Steinhauser
date: 2030-03-21 16:30:00
tags: Justiz, Kaltenbrunn, Korruption
options: time=prefix bullet=•
> Der frühere Bürgermeister von Kaltenbrunn, Rudolf Ebner (CSU), ist wegen Bestechlichkeit in sechs Fällen zu drei Jahren und drei Monaten Haft verurteilt worden. Die 4. Strafkammer des Landgerichts Altmühlhausen sah es als erwiesen an, dass der 63-Jährige zwischen 2022 und 2027 von einem Bauunternehmer rund 410.000 Euro angenommen hat, u.a. in Form von Bargeld, Reisen und einer kostenlosen Sanierung seines Ferienhauses.
> Im Gegenzug soll Ebner dafür gesorgt haben, dass die Firma bei der Vergabe von Aufträgen für das neue Gewerbegebiet „Am Mühlbach“ bevorzugt wurde. Der mitangeklagte Unternehmer Helmut Graßl erhielt eine Bewährungsstrafe von zwei Jahren und muss 250.000 Euro an gemeinnützige Einrichtungen zahlen. Das Urteil ist noch nicht rechtskräftig.
kp: Das Wichtigste in Kürze
* Drei Jahre und drei Monate Haft für Rudolf Ebner
* Richterin: „Sie haben Ihr Amt verkauft“
* Bewährung für Bauunternehmer Graßl
* Verteidigung kündigt Revision an
## 16.02 Uhr | Staatsanwaltschaft prüft Gang zum BGH
> Auch die Staatsanwaltschaft will das Urteil zunächst prüfen und behält sich eine eigene Revision vor. Oberstaatsanwältin Claudia Wirth hatte vier Jahre und sechs Monate Haft gefordert. Für die Einlegung der Revision bleibt beiden Seiten eine Woche Zeit.
## 15.47 Uhr | Verteidigung kündigt Revision an
> Ebners Verteidiger Dr. Maximilian Hufnagl hat noch im Gerichtsflur angekündigt, Revision beim Bundesgerichtshof einzulegen. Das Gericht habe sich „einseitig auf die Aussagen eines Mannes gestützt, der selbst einen Deal gemacht hat“, sagte Hufnagl. Sein Mandant sei „enttäuscht, aber gefasst“.
## 15.20 Uhr | Was passiert jetzt mit dem Gewerbegebiet?
> Viele Kaltenbrunner fragen sich, was aus dem Gewerbegebiet wird. Der amtierende Bürgermeister Florian Zech (Freie Wähler) sagte der Oberland-Zeitung, die bereits gebauten Straßen und Kanäle würden „selbstverständlich weiter genutzt“. Ob die Gemeinde Schadenersatz von der Firma Graßl fordert, werde der Gemeinderat in seiner Sitzung am 3. April beraten.
## 14.58 Uhr | Richterin: „Sie haben Ihr Amt verkauft“
> In ihrer Urteilsbegründung fand die Vorsitzende Richterin Dr. Sabine Kronawitter deutliche Worte. „Sie haben Ihr Amt verkauft, Herr Ebner. Nicht auf einmal, sondern Stück für Stück, Auftrag für Auftrag.“ Dass Ebner in seiner Gemeinde viel Gutes bewirkt habe, ändere daran nichts.
> Strafmildernd wertete die Kammer, dass Ebner nicht vorbestraft ist und einen Teil des Geldes bereits zurückgezahlt hat. Strafschärfend sei dagegen die lange Dauer und die „erhebliche kriminelle Energie“, mit der Unterlagen verändert worden seien, z.B. bei der Ausschreibung Nr. 14/2024.
## 14.32 Uhr | Urteil: Drei Jahre und drei Monate Haft
> Das Urteil ist gefallen: Rudolf Ebner wird wegen Bestechlichkeit in sechs Fällen zu drei Jahren und drei Monaten Freiheitsstrafe verurteilt. Ebner nimmt das Urteil regungslos auf. Im Zuschauerraum ist ein kurzes Raunen zu hören, dann herrscht Stille.
## 14.10 Uhr | Bewährung für Bauunternehmer Graßl
> Zuerst verkündet die Richterin das Urteil gegen den Mitangeklagten Helmut Graßl: zwei Jahre auf Bewährung wegen Bestechung. Der 58-Jährige hatte zu Beginn des Prozesses ein umfassendes Geständnis abgelegt und damit die Ermittlungen gegen Ebner erst ins Rollen gebracht.
## 13.30 Uhr | Andrang vor Sitzungssaal 101
> Vor dem Sitzungssaal hat sich eine lange Schlange gebildet. Neben Journalisten sind viele Bürger aus Kaltenbrunn gekommen, einige mit Thermoskannen. Der Saal bietet nur 60 Plätze, rund 20 Zuschauer müssen draußen bleiben.
## 11.00 Uhr | Worum geht es in dem Prozess?
> Die Anklage wirft Ebner vor, als Bürgermeister von 2022 bis 2027 Zuwendungen im Wert von rund 410.000 Euro angenommen zu haben. Dazu gehören laut Anklageschrift u.a. drei Urlaubsreisen nach Südtirol bzw. an den Gardasee, ein gebrauchter Geländewagen und Handwerkerleistungen an seinem Ferienhaus im Bayerischen Wald.
> Der Prozess hatte am 8. Januar begonnen, an 14 Verhandlungstagen wurden 37 Zeugen gehört. Ebner hatte die Vorwürfe bis zuletzt bestritten. In seinem letzten Wort sagte er: „Ich habe nie einen Euro genommen, für den ich nicht gearbeitet hätte.“
## 9.45 Uhr | Guten Morgen aus dem Landgericht
> Guten Morgen aus dem Landgericht Altmühlhausen. Um 14 Uhr will die 4. Strafkammer ihr Urteil im Prozess gegen den früheren Kaltenbrunner Bürgermeister verkünden. Wir berichten den ganzen Tag live.

=== de-live-ezb-zinsentscheid
lang: de
outlet: Mainufer Börsenbrief
title: EZB senkt Leitzins – DAX springt erstmals über 24.000 Punkte – der Börsenticker
caption: Händler an der Frankfurter Wertpapierbörse.
link: https://example.de/boerse/ezb-zinsentscheid-dax-ticker
author: Jonas Feldhaus
date: 2030-06-06 17:55:00
tags: EZB, Leitzins, DAX, Börse
options: time=suffix bullet=⇒
> Die Europäische Zentralbank (EZB) hat den Einlagensatz um 0,25 Prozentpunkte auf 2,0 Prozent gesenkt. Es ist die dritte Zinssenkung in diesem Jahr. EZB-Präsidentin Élise Marchand begründete den Schritt mit der nachlassenden Inflation, die im Mai im Euroraum bei 2,1 Prozent lag.
> An der Börse sorgte die Entscheidung für Feierlaune: Der DAX stieg erstmals in seiner Geschichte über die Marke von 24.000 Punkten und schloss 1,8 Prozent im Plus bei 24.112 Zählern. Der Euro gab dagegen deutlich nach.
kp: Die wichtigsten Punkte
* EZB senkt Einlagensatz auf 2,0 Prozent
* DAX erstmals über 24.000 Punkte
* EZB-Präsidentin: „Wir sind noch nicht am Ziel“
* Euro fällt unter 1,05 Dollar
## 17:38 | Schlussglocke: DAX schließt 1,8 Prozent im Plus
> Der DAX beendet den Handelstag mit einem Plus von 1,8 Prozent bei 24.112 Punkten – ein neuer Rekord. Größte Gewinner waren Immobilien- und Bauwerte, Vonheim stieg um 7,2 Prozent. Auch der MDAX (+2,3 Prozent) und der SDAX (+1,9 Prozent) legten deutlich zu.
## 16:50 | Was bedeutet die Zinssenkung für Sparer?
> Für Sparer ist die Entscheidung eine schlechte Nachricht. Viele Banken dürften die Zinsen für Tagesgeld in den kommenden Wochen senken, erwartet Finanzexpertin Dr. Ulrike Haßelbach vom Vergleichsportal Zinsfuchs. Derzeit bieten die besten Anbieter noch rund 2,5 Prozent, im Schnitt sind es 1,4 Prozent.
> „Wer sein Geld jetzt für zwei oder drei Jahre anlegen kann, sollte sich die aktuellen Festgeldzinsen sichern“, rät Haßelbach. Kredite, z.B. für Immobilien, könnten dagegen etwas günstiger werden. Bei Baufinanzierungen seien die Zinsen allerdings schon in den vergangenen Wochen gesunken.
## 15:40 | Bankaktien unter Druck
> Während der Gesamtmarkt feiert, geraten Bankaktien unter Druck. Die Papiere der Hanseatischen Kreditbank verlieren 2,4 Prozent, die der Süddeutschen Genossenschaftsbank 1,9 Prozent. Niedrigere Zinsen drücken auf die Margen im Kreditgeschäft, erklärt Analyst Tobias Ritter von der Privatbank Hellmann & Co.
## 15:05 | EZB-Präsidentin: „Wir sind noch nicht am Ziel“
> Auf der Pressekonferenz dämpft Marchand die Erwartungen an weitere schnelle Zinssenkungen. „Wir sind noch nicht am Ziel“, sagt sie. Die Inflation bei Dienstleistungen sei mit 3,4 Prozent weiterhin zu hoch. Man werde „von Sitzung zu Sitzung“ entscheiden.
> Auf die Frage nach möglichen Auswirkungen der US-Zollpolitik sagt Marchand, die Risiken für das Wachstum hätten zugenommen. Der EZB-Rat sei sich in der heutigen Entscheidung aber „breit einig“ gewesen.
## 14:47 | Euro fällt unter 1,05 Dollar
> Der Euro reagiert deutlich auf die Entscheidung und fällt erstmals seit November unter die Marke von 1,05 US-Dollar. Am Nachmittag kostet die Gemeinschaftswährung 1,0482 Dollar. Ein schwächerer Euro verteuert Importe, macht aber Exporte aus dem Euroraum günstiger.
## 14:30 | Rekordjagd: 24.000 Punkte im DAX
> Da ist sie, die 24.000! Kurz nach der Zinsentscheidung überspringt der deutsche Leitindex die Marke, an der er in den vergangenen Wochen dreimal gescheitert war. Händler berichten von hohen Umsätzen. „Das ist heute vor allem Psychologie“, sagt ein Händler auf dem Parkett.
## 14:15 | EZB senkt Einlagensatz auf 2,0 Prozent
> Die Entscheidung ist gefallen: Die EZB senkt den Einlagensatz von 2,25 auf 2,0 Prozent. Auch der Hauptrefinanzierungssatz sinkt um 0,25 Punkte auf 2,15 Prozent. Die neuen Sätze gelten ab dem 11. Juni.
## 12:30 | Was Ökonomen erwarten
> In einer Umfrage des Börsenbriefs unter 25 Volkswirten erwarten 22 eine Senkung um 0,25 Prozentpunkte, drei rechnen mit einer Pause. „Die Datenlage spricht klar für eine Senkung“, sagt Prof. Dr. Karin Obermeier vom Institut für Geldpolitik in Mannheim.
## 9:05 | DAX startet freundlich
> Der DAX startet mit einem Plus von 0,3 Prozent bei 23.760 Punkten in den Handel. Anleger warten auf die Zinsentscheidung der EZB um 14.15 Uhr und die anschließende Pressekonferenz um 14.45 Uhr. Gefragt sind zu Beginn vor allem Autowerte.

=== de-live-tempolimit-bundestag
lang: de
outlet: Hauptstadt-Depesche
title: Bundestag beschließt Tempolimit 130 auf Autobahnen – der Newsblog zur Abstimmung
caption: Abgeordnete bei der namentlichen Abstimmung im Plenarsaal.
link: https://example.de/politik/tempolimit-bundestag-abstimmung-newsblog
author: Lea Osterkamp
date: 2030-11-27 15:40:00
tags: Bundestag, Tempolimit, Verkehr
options: time=colon
> Der Bundestag hat ein generelles Tempolimit von 130 km/h auf deutschen Autobahnen beschlossen. In namentlicher Abstimmung stimmten 371 Abgeordnete für den Gesetzentwurf der Koalition, 312 dagegen, 14 enthielten sich. Das Limit soll ab dem 1. Juli 2031 gelten.
> Der Bundesrat muss dem Gesetz nicht zustimmen, kann aber den Vermittlungsausschuss anrufen. Mehrere Länder haben bereits angekündigt, das zu prüfen. Die Opposition sprach von einem „schwarzen Tag für die Freiheit“, Umweltverbände feierten einen „historischen Durchbruch“.
## vor 12 Minuten | Tempolimit beschlossen – 371 zu 312
> Bundestagspräsidentin Renate Albers-Kühn verkündet das Ergebnis: 371 Ja-Stimmen, 312 Nein-Stimmen, 14 Enthaltungen. Damit ist das Gesetz angenommen. Auf den Bänken der Koalition gibt es Applaus, von der Opposition sind Buhrufe zu hören.
> Aus den Reihen der Koalition haben nach ersten Auswertungen sechs Abgeordnete gegen das Gesetz gestimmt, vier aus der Opposition dafür. Die genauen Listen veröffentlicht die Bundestagsverwaltung in der Regel am Abend unter www.bundestag.example/abstimmungen.
> Wer sich für das Abstimmungsverhalten seines Wahlkreisabgeordneten interessiert, findet dort auch die Ergebnisse nach Namen, Fraktion bzw. Bundesland geordnet.
## vor 48 Minuten | Verkehrsminister: „Das rettet Leben“
> In der Schlussrunde der Debatte verteidigt Bundesverkehrsminister Dr. Henrik Sommerfeld (Grüne) das Gesetz. „Das rettet Leben. Jedes Jahr sterben auf unseren Autobahnen Menschen, die nicht sterben müssten“, sagt er. Kein anderes Land in der EU verzichte auf ein Tempolimit.
> Der verkehrspolitische Sprecher der Opposition, Markus Behrendt, hält dagegen: Die Autobahnen seien „die sichersten Straßen Deutschlands“. Das Gesetz sei „reine Symbolpolitik“. Behrendt kündigte an, seine Fraktion werde im Fall eines Regierungswechsels das Limit wieder abschaffen.
## vor 2 Stunden | Wie stimmen die Fraktionen ab?
> Die Koalitionsfraktionen haben sich in ihren Sitzungen am Dienstag geschlossen hinter den Entwurf gestellt. Allerdings haben einzelne Abgeordnete, vor allem aus ländlichen Wahlkreisen, Bedenken angemeldet. Die Opposition lehnt das Gesetz ab, wobei zwei Abgeordnete angekündigt haben, dafür zu stimmen.
> Für eine Mehrheit sind 349 Stimmen nötig, wenn alle 696 Abgeordneten anwesend sind. Die Koalition verfügt über 378 Sitze.

=== de-live-unwetter-schwarzwald
lang: de
outlet: Kinzigtal-Anzeiger
title: Unwetterwarnung für den Schwarzwald: DWD warnt vor Orkanböen und Starkregen – der Liveblog
caption: Umgestürzte Bäume auf der B 33 bei Hausach.
link: https://example.de/region/unwetter-schwarzwald-liveblog
author: Redaktion
date: 2030-08-14 18:20:00
tags: Unwetter, Schwarzwald, DWD, Wetter
options: bullet=- crlf
> Der Deutsche Wetterdienst (DWD) hat für weite Teile des Schwarzwalds eine Unwetterwarnung der Stufe 3 ausgegeben. Ab dem frühen Nachmittag werden schwere Gewitter mit Orkanböen bis 120 km/h, Hagel und Starkregen erwartet. Örtlich können innerhalb weniger Stunden bis zu 60 Liter Regen pro Quadratmeter fallen.
kp: Überblick
* Warnstufe 3 für Ortenau, Rottweil und den Schwarzwald-Baar-Kreis
* Schwarzwaldbahn zwischen Offenburg und Villingen gesperrt
* Schulen beenden den Unterricht früher
* Feuerwehr: bislang 140 Einsätze, keine Verletzten
## Deutsche Bahn: Schwarzwaldbahn ab Mittag gesperrt
> Die Deutsche Bahn hat die Schwarzwaldbahn zwischen Offenburg und Villingen ab 12 Uhr vorsorglich gesperrt. Grund sei die Gefahr umstürzender Bäume, teilte eine Sprecherin mit. Ein Ersatzverkehr mit Bussen ist wegen der Unwetterlage nicht eingerichtet. Reisende werden gebeten, ihre Fahrt zu verschieben.
> Tickets für den heutigen Tag behalten bis einschließlich Sonntag ihre Gültigkeit. Aktuelle Informationen gibt es unter www.bahn.example/aktuell bzw. an der Hotline 030 2970.
## Feuerwehr im Dauereinsatz: 140 Einsätze bis zum Nachmittag
> Allein im Ortenaukreis musste die Feuerwehr bis 17 Uhr zu rund 140 Einsätzen ausrücken, vor allem wegen umgestürzter Bäume und vollgelaufener Keller. In Hausach blockierte eine Fichte die B 33 für mehr als eine Stunde. Verletzt wurde nach Angaben der Leitstelle niemand.
> In Wolfach schlug ein Blitz in den Dachstuhl einer Scheune ein. Die Feuerwehr konnte ein Übergreifen der Flammen auf das Wohnhaus verhindern, der Schaden wird auf ca. 200.000 Euro geschätzt.
## Landrat: »Bleiben Sie zu Hause«
> Landrat Dr. Wolfgang Kirchbaum hat die Bevölkerung aufgerufen, nicht notwendige Fahrten zu vermeiden. »Bleiben Sie zu Hause, wenn es irgendwie geht. Die Feuerwehren brauchen freie Straßen.« Auch Spaziergänge im Wald seien in den kommenden Stunden lebensgefährlich.
## Warum warnt der DWD so früh?
> Schon am Morgen hatte der DWD eine Vorabinformation herausgegeben – ungewöhnlich früh. Meteorologe Jens Wieland erklärt das mit der Wetterlage: Eine Kaltfront treffe auf extrem feuchte und warme Luft. »Das ist eine Konstellation, die wir vielleicht zwei-, dreimal im Jahr haben.«
> Die Modelle seien sich bereits seit Dienstag einig gewesen, wo die Gewitter entstehen, sagt Wieland. Wo genau der stärkste Regen niedergeht, lasse sich aber erst wenige Stunden vorher sagen.
## Kultusministerium: Unterricht endet um 12 Uhr
> Die Schulen im Warngebiet beenden den Unterricht heute spätestens um 12 Uhr. Eine Notbetreuung für jüngere Schüler wird bis 16 Uhr angeboten. Das Kultusministerium betonte, die Eltern seien über die Schul-Apps informiert worden.
## Sturmböen bis 120 km/h: Welche Orte betroffen sind
> Am stärksten betroffen sind nach Angaben des DWD die Hochlagen, u.a. Feldberg, Kniebis und Hornisgrinde. In den Tälern rechnen die Meteorologen mit Böen von 80 bis 100 km/h. Die Gewitter sollen bis etwa 22 Uhr nach Osten abziehen.
## Was tun bei Unwetter? Die wichtigsten Tipps
> Lose Gegenstände auf Balkon und Terrasse sollten gesichert oder ins Haus gebracht werden, z.B. Sonnenschirme, Gartenmöbel und Blumentöpfe. Autos parkt man besser nicht unter Bäumen. Keller und Tiefgaragen sollten bei Starkregen nicht betreten werden.
> Wer einen Schaden melden will, sollte Fotos machen und sich zeitnah an seine Versicherung wenden. Im Notfall gilt: 112 wählen, nicht die Leitstelle direkt anrufen, nicht die Feuerwehr per E-Mail informieren usw.

=== de-live-lokfuehrerstreik
lang: de
outlet: Rhein-Main-Depesche
title: Lokführerstreik im Newsblog: Fernverkehr fast komplett eingestellt – S-Bahnen im Notfahrplan
caption: Leere Bahnsteige im Frankfurter Hauptbahnhof am Mittwochmorgen.
link: https://example.de/frankfurt/lokfuehrerstreik-newsblog
author: Deniz Kaya
date: 2030-02-05 16:30:00
tags: Streik, Bahn, Pendler, Frankfurt
options: time=paren bullet=•
> Der Streik der Lokführergewerkschaft GDLV legt seit der Nacht große Teile des Bahnverkehrs lahm. Im Fernverkehr fährt nach Angaben der Deutschen Bahn nur etwa jeder fünfte Zug, im Rhein-Main-Gebiet verkehren die S-Bahnen in einem Notfahrplan mit einem Zug pro Stunde und Linie.
> Der Ausstand soll bis Donnerstag um 2 Uhr dauern. Die Gewerkschaft fordert u.a. eine Senkung der Wochenarbeitszeit auf 35 Stunden bei vollem Lohnausgleich. Die Bahn nennt den Streik „völlig unverhältnismäßig“.
kp: Das Wichtigste
* Streik bis Donnerstag, 2 Uhr
* Nur jeder fünfte Fernzug fährt
* Gewerkschaftschef: „Wir haben lange genug gewartet“
## 16.05 Uhr | Gewerkschaftschef: „Wir haben lange genug gewartet“
> GDLV-Chef Karsten Wöllner hat den Streik bei einer Kundgebung vor dem Frankfurter Hauptbahnhof verteidigt. „Wir haben lange genug gewartet. Die Bahn hat seit Oktober kein einziges verbessertes Angebot vorgelegt.“ Einen weiteren Streik vor Ostern schloss Wöllner nicht aus.
> Die Bahn wies die Darstellung zurück. Personalvorstand Dr. Petra Lindemann sagte, man habe „mehrfach Gespräche angeboten, zuletzt am 28. Januar“.
## 15.10 Uhr | Flughafen Frankfurt: Ansturm auf Mietwagen
> Am Frankfurter Flughafen sind die Mietwagen knapp. An den Schaltern bildeten sich am Vormittag lange Schlangen, viele Reisende mit Anschlusszügen nach Köln, Stuttgart oder München suchten nach Alternativen. Ein Anbieter bestätigte, dass alle Fahrzeuge für Einwegmieten bis Donnerstag ausgebucht seien.
## 13.45 Uhr | Welche Rechte haben Fahrgäste?
> Bei einem Streik gelten die normalen Fahrgastrechte. Wer mit mehr als 60 Minuten Verspätung am Ziel ankommt, erhält 25 Prozent des Fahrpreises zurück, ab 120 Minuten sind es 50 Prozent. Die Zugbindung ist für alle Tickets aufgehoben, die für den Streikzeitraum gebucht wurden.
> Fahrgäste können ihre Reise auch verschieben oder die Fahrkarte kostenlos stornieren. Anträge gibt es online unter www.bahn.example/fahrgastrechte oder im Reisezentrum.
## 11.20 Uhr | Fernbusse ausgebucht
> Die Fernbusanbieter melden eine sehr hohe Nachfrage. Auf den Strecken Frankfurt–Köln und Frankfurt–Berlin sind für Mittwoch keine Plätze mehr zu bekommen. Ein Sprecher sagte, man setze zusätzliche Busse ein, habe aber „nicht unbegrenzt Fahrer“.
## 8.30 Uhr | Notfahrplan läuft stabil
> Die Bahn meldet einen „weitgehend stabilen“ Notfahrplan. Auf den S-Bahn-Linien S1 bis S9 fährt jeweils ein Zug pro Stunde, die Linien S1 bzw. S8 sind allerdings von Ausfällen betroffen. Regionalzüge anderer Unternehmen, z.B. der Hessischen Landesbahn, fahren weitgehend normal.
## 2.05 Uhr | Der Streik hat begonnen
> Seit 2 Uhr in der Nacht wird gestreikt. Der ICE 578 von Basel nach Hamburg war nach Angaben der Bahn der letzte Fernzug, der den Frankfurter Hauptbahnhof planmäßig verließ. Im Güterverkehr hatte der Streik bereits am Dienstagabend um 18 Uhr begonnen.

=== de-live-handball-em-halbfinale
lang: de
outlet: Handballwoche Nord
title: Handball-EM im Liveticker: Deutschland schlägt Dänemark 29:27 und steht im Finale
caption: Torhüter Jannik Brandt jubelt nach einer Parade in der Schlussphase.
link: https://example.de/handball/em-halbfinale-deutschland-daenemark-liveticker
author: Malte Jessen
date: 2030-01-30 22:25:00
tags: Handball, EM, Nationalmannschaft
options: time=prefix
> Die deutschen Handballer stehen im Finale der Europameisterschaft. Im Halbfinale in Hamburg besiegte die Mannschaft von Bundestrainer Henning Lüdecke den Titelverteidiger Dänemark mit 29:27 (14:14). Matchwinner war Torhüter Jannik Brandt, der 17 Würfe parierte, darunter zwei Siebenmeter in den letzten zehn Minuten.
> Bester Werfer war Rückraumspieler Tim Kessler mit neun Toren. Im Finale am Sonntag trifft Deutschland auf den Sieger der Partie Frankreich gegen Schweden. Es ist die erste deutsche Finalteilnahme bei einer EM seit 2016.
## 22:08 | Schlusspfiff! Deutschland steht im Finale!
> Aus, aus, aus! Deutschland gewinnt mit 29:27 gegen Dänemark und steht im EM-Finale. Die Spieler stürmen auf Jannik Brandt zu und begraben ihn unter sich. In der Halle singen 13.000 Zuschauer „So sehen Sieger aus“.
> Bundestrainer Lüdecke steht mit verschränkten Armen an der Seitenlinie und lächelt. Dann umarmt er seinen Co-Trainer Dr. Olaf Timm, der mit ihm seit acht Jahren zusammenarbeitet.
## 22:06 | Kessler macht alles klar: 29:27
> Noch 22 Sekunden zu spielen, da trifft Kessler mit einem Hüftwurf zum 29:27. Das ist die Entscheidung! Dänemark nimmt noch eine Auszeit, aber das ist nur noch Formsache.
## 22:03 | Nur noch 60 Sekunden – Ballbesitz Dänemark
> Noch eine Minute, Deutschland führt mit 28:27. Dänemark hat den Ball und nimmt den Torwart raus, um mit sieben Feldspielern anzugreifen. Nervenkitzel pur in Hamburg.
## 21:58 | Siebenmeter gehalten! Brandt wird zum Helden
> Was für eine Parade! Brandt ahnt die Ecke beim Siebenmeter von Mads Sørensen und hält mit dem linken Fuß. Es ist sein zweiter gehaltener Strafwurf in dieser Phase. Die Halle bebt.
## 21:51 | TOR! Kessler zum 26:25
> Kessler setzt sich im Eins-gegen-eins durch und bringt Deutschland wieder in Führung. 26:25, noch neun Minuten zu spielen.
## 21:40 | Auszeit Dänemark beim 23:22
> Dänemarks Trainer nimmt seine zweite Auszeit. Deutschland hat einen 19:21-Rückstand in einen 23:22-Vorsprung verwandelt, angetrieben von den Paraden Brandts und zwei Kontertoren von Linksaußen Finn Paulsen.
## 21:28 | Rote Karte für Sørensen?
> Nach einem harten Foul an Paulsen schauen sich die Schiedsrichter die Szene noch einmal auf dem Bildschirm an. Am Ende gibt es nur zwei Minuten für Sørensen. Die deutschen Fans pfeifen laut.
## 21:15 | Zweite Halbzeit läuft
> Weiter geht’s! Deutschland beginnt mit dem Ball und unverändert. Bei Dänemark kommt Torhüter Kasper Holm für die zweite Halbzeit.
## 21:01 | Halbzeit: 14:14
> Pause in Hamburg. Nach 30 Minuten steht es 14:14. Deutschland lag zwischenzeitlich mit drei Toren zurück, kämpfte sich aber mit viel Leidenschaft zurück. Kessler hat bereits fünf Tore auf dem Konto.
## 20:49 | Brandt mit drei Paraden in Folge
> Jannik Brandt ist jetzt voll da. Drei Würfe in Folge pariert der Torhüter, darunter einen Tempogegenstoß. Deutschland verkürzt auf 8:9.
## 20:41 | Dänemark zieht auf 9:6 davon
> Die Dänen spielen ihre Erfahrung aus. Mit einem Dreierpack innerhalb von zwei Minuten ziehen sie auf 9:6 davon. Lüdecke nimmt die erste Auszeit und redet eindringlich auf seine Spieler ein.
## 20:30 | Anpfiff!
> Los geht’s! Dänemark hat Anwurf. Die Stimmung in der ausverkauften Halle ist schon jetzt ohrenbetäubend.
## 20:05 | Die Aufstellungen
> Lüdecke vertraut der Startsieben aus dem Viertelfinale: Brandt im Tor, Paulsen und Weiß auf den Außen, Kessler, Ambrosius und Yilmaz im Rückraum, Hinrichs am Kreis. Dänemark muss auf Spielmacher Jonas Friis verzichten, der sich im Training am Knöchel verletzt hat.
## 19:45 | Guten Abend aus Hamburg
> Herzlich willkommen zum Liveticker vom EM-Halbfinale! Um 20.30 Uhr geht es los, Deutschland trifft auf Dänemark. Das letzte Duell der beiden Teams bei der WM 2029 ging mit 31:33 verloren.

=== de-live-eishockey-wm-viertelfinale
lang: de
outlet: Puck & Schläger
title: Eishockey-WM im Liveticker: Deutschland gegen die Schweiz im Viertelfinale – Penaltyschießen entscheidet
caption: Jubel bei der deutschen Mannschaft nach dem entscheidenden Penalty.
link: https://example.de/eishockey/wm-viertelfinale-deutschland-schweiz-ticker
author: Felix Hörmann
date: 2030-05-22 23:10:00
tags: Eishockey, WM, DEB
options: time=suffixdash nocaptionline
> Die deutsche Eishockey-Nationalmannschaft steht im Halbfinale der Weltmeisterschaft. Im Viertelfinale in Riga setzte sich das Team von Bundestrainer Jörg Wiedemann gegen die Schweiz mit 3:2 nach Penaltyschießen durch. Den entscheidenden Penalty verwandelte Stürmer Lukas Brenninger.
> Nach 60 Minuten hatte es 2:2 gestanden, auch in der Verlängerung fielen keine Tore. Torhüter Maximilian Roth hielt im Penaltyschießen vier von fünf Versuchen der Schweizer. Im Halbfinale am Samstag wartet Kanada oder Finnland.
## 23:02 | Brenninger: „Ich habe einfach geschossen“
> Der Held des Abends blieb bescheiden. „Ich hatte keinen Plan, ich habe einfach geschossen“, sagte Brenninger im Interview. „Maxi hat uns heute im Spiel gehalten, das ist sein Sieg.“ Roth wurde zum Spieler des Spiels gewählt.
## 22:51 | Deutschland im Halbfinale!
> Brenninger verwandelt den fünften Penalty mit einem Schuss unter die Latte, und die deutschen Spieler stürmen aufs Eis. Deutschland gewinnt 3:2 n.P. und steht zum ersten Mal seit 2023 in einem WM-Halbfinale.
## 22:43 | Penaltyschießen: Roth hält die ersten beiden
> Roth pariert gegen Nico Hofer und Luca Brändli. Auf deutscher Seite trifft nur Kapitän Reimer im zweiten Versuch. Es steht 1:0 im Penaltyschießen.
## 22:36 | Verlängerung ohne Tore
> Zehn Minuten Drei-gegen-drei, Chancen auf beiden Seiten, aber keine Tore. Die beste Gelegenheit hatte die Schweiz, als ein Schuss von Hofer an den Pfosten ging. Es geht ins Penaltyschießen.
## 22:22 | 2:2 nach 60 Minuten
> Die reguläre Spielzeit ist vorbei. Deutschland hat sich nach dem 1:2 zurückgekämpft und kurz vor Schluss sogar die Chance zum Sieg gehabt, doch Daniel Weber traf nur die Latte. Jetzt folgen zehn Minuten Verlängerung.
## 22:04 | TOR! Deutschland gleicht zum 2:2 aus
> Der Ausgleich! In Überzahl trifft Verteidiger Moritz Seidl mit einem Schlagschuss von der blauen Linie. 2:2, noch knapp acht Minuten zu spielen. Die deutschen Fans in der Halle sind kaum noch zu halten.
## 21:59 | Strafe gegen die Schweiz – Powerplay!
> Zwei Minuten für Beinstellen gegen den Schweizer Verteidiger Simon Imhof. Deutschland bekommt das erste Powerplay im letzten Drittel.
## 21:28 | Schweiz geht 2:1 in Führung
> Zu Beginn des letzten Drittels nutzt die Schweiz einen Scheibenverlust im Aufbau. Brändli steht frei vor Roth und trifft zum 2:1. Wiedemann nimmt seine Auszeit.
## 21:05 | Nach dem zweiten Drittel: 1:1
> Ein ausgeglichenes Mitteldrittel ohne Tore. Deutschland hatte mehr Schüsse (14:9), die Schweiz die klareren Chancen. Roth hielt stark gegen Hofer.
## 20:22 | TOR! Ausgleich durch Weber
> Der Ausgleich! Daniel Weber fälscht einen Schuss von Seidl unhaltbar ab. Es steht 1:1.
## 19:47 | Schweiz führt nach frühem Tor
> Nach nur 2:14 Minuten liegt Deutschland zurück. Hofer trifft im Nachschuss zum 0:1. Ein Start zum Vergessen für das deutsche Team.
## 19:15 | Die Aufstellung: Roth im Tor
> Bundestrainer Wiedemann setzt im Tor auf Maximilian Roth, der im gesamten Turnier erst sechs Gegentore kassiert hat. Angeführt wird die Mannschaft von Kapitän Tobias Reimer, der sein 150. Länderspiel bestreitet.

=== de-live-staatsakt-hellwig
lang: de
outlet: Bonner Bote
title: Staatsakt für Altbundespräsident Konrad Hellwig: Abschied im Reichstagsgebäude – der Liveblog
caption: Der Sarg Konrad Hellwigs im Plenarsaal, bedeckt mit der Bundesflagge.
link: https://example.de/politik/staatsakt-hellwig-liveblog
author: Annette Kluge-Brinkmann
date: 2030-09-18 17:45:00
tags: Konrad Hellwig, Staatsakt, Bundespräsident
options: bullet=⇒ authorspace
> Mit einem Staatsakt im Reichstagsgebäude hat Deutschland Abschied von Altbundespräsident Konrad Hellwig genommen. Hellwig war am 3. September im Alter von 91 Jahren in seinem Haus in Bad Segenfeld gestorben. Er war von 2004 bis 2014 das Staatsoberhaupt der Bundesrepublik.
> An der Trauerfeier nahmen rund 1.200 Gäste teil, darunter Staats- und Regierungschefs aus 40 Ländern. Die Bundeskanzlerin, der Bundespräsident und Hellwigs langjähriger Weggefährte Prof. Dr. Ernst Vollrath hielten Ansprachen.
kp: Das Wichtigste
* Trauerfeier im Reichstagsgebäude mit 1.200 Gästen
* Bundeskanzlerin würdigt Hellwig als „Brückenbauer“
* Unter den Gästen: Spitzen von EU und NATO
* Ehrenformation der Bundeswehr am Platz der Republik
## Ehrenformation der Bundeswehr am Platz der Republik
> Zum Abschluss des Staatsakts wurde der Sarg von acht Soldaten des Wachbataillons aus dem Reichstagsgebäude getragen. Auf dem Platz der Republik erwies eine Ehrenformation der Bundeswehr dem Verstorbenen die letzte Ehre, das Stabsmusikkorps spielte das Lied „Ich hatt’ einen Kameraden“.
> Hunderte Menschen verfolgten die Zeremonie hinter den Absperrungen. Viele hielten Blumen in den Händen, manche weinten. „Er war ein Präsident, mit dem man sich gern gestritten hätte“, sagte eine ältere Frau aus Pankow.
## Unter den Gästen: Spitzen von EU und NATO
> Unter den Trauergästen waren u.a. die Präsidentin der EU-Kommission, der NATO-Generalsekretär und die Präsidenten Frankreichs, Polens und Österreichs. Auch die Altbundespräsidenten und mehrere frühere Bundeskanzler waren gekommen. Die Sicherheitsvorkehrungen im Regierungsviertel waren entsprechend hoch.
## Bundeskanzlerin würdigt Hellwig als „Brückenbauer“
> In ihrer Rede würdigte die Bundeskanzlerin Hellwig als „Brückenbauer zwischen Ost und West, zwischen Alt und Jung und zwischen Menschen, die sich sonst nichts mehr zu sagen hatten“. Hellwig habe nie verlangt, dass man seiner Meinung sei. „Er verlangte nur, dass man zuhört.“
> Sie erinnerte an Hellwigs Rede zum 20. Jahrestag des Mauerfalls, in der er die Deutschen aufgefordert hatte, „einander die eigenen Geschichten zu erzählen, bevor man die Geschichte des anderen bewertet“. Die Rede gilt bis heute als eine der wichtigsten seiner Amtszeit.
## Vollrath: »Er hat nie aufgehört, Fragen zu stellen«
> Sehr persönlich wurde es bei der Ansprache von Ernst Vollrath, der Hellwig seit dem gemeinsamen Studium in Tübingen kannte. »Er hat nie aufgehört, Fragen zu stellen. Noch im August wollte er von mir wissen, was ich von künstlicher Intelligenz halte … und ob ich ihm erklären könnte, wie man ihr widerspricht.«
> Im Plenarsaal wurde gelacht, dann war es still. Vollrath schloss mit einem Gedicht von Hölderlin, das Hellwig sich für diesen Tag gewünscht hatte.
## Trauerfeier im Reichstagsgebäude mit 1.200 Gästen
> Um 11 Uhr begann der Staatsakt im Plenarsaal des Bundestags. Der Sarg war mit der Bundesflagge bedeckt und vor dem Rednerpult aufgebahrt. Zu Beginn spielte das Deutsche Symphonie-Orchester den langsamen Satz aus Beethovens 7. Sinfonie.
## Wer war Konrad Hellwig?
> Konrad Hellwig wurde 1939 in Stettin geboren und kam als Kind mit seiner Mutter nach Schleswig-Holstein. Der Jurist war Richter am Bundesverfassungsgericht, bevor er 2004 zum Bundespräsidenten gewählt wurde. In seine Amtszeit fielen u.a. die Finanzkrise und die Debatte um die Zuwanderung.
> Hellwig galt als unbequem, auch gegenüber der eigenen Partei. Nach seinem Ausscheiden aus dem Amt engagierte er sich vor allem für Demokratiebildung an Schulen und gründete eine Stiftung, die bis heute Schülerzeitungen fördert.
## Beisetzung im engsten Familienkreis
> Die Beisetzung findet am Freitag im engsten Familienkreis auf dem Friedhof in Bad Segenfeld statt. Die Familie bittet darum, von Beileidsbesuchen abzusehen. Statt Blumen wünscht sie sich Spenden für die Hellwig-Stiftung.

=== de-live-haldenmayer-quartalszahlen
lang: de
outlet: Neckar-Wirtschaft
title: Autozulieferer Haldenmayer: Gewinneinbruch und Abbau von 4.000 Stellen – Aktie stürzt ab
caption: Die Konzernzentrale von Haldenmayer in Eningen.
link: https://example.de/wirtschaft/haldenmayer-quartalszahlen-liveblog
author: Sophie Brandstätter
date: 2030-07-29 17:15:00
tags: Haldenmayer, Autozulieferer, Quartalszahlen, Börse
options: time=suffixglued bullet=• bom
> Der Autozulieferer Haldenmayer hat im zweiten Quartal einen drastischen Gewinneinbruch verbucht und will weltweit 4.000 Stellen abbauen, davon rund 1.600 in Deutschland. Das operative Ergebnis (Ebit) brach im Vergleich zum Vorjahr um 61 Prozent auf 212 Mio. Euro ein. Konzernchef Dr. Matthias Oberle begründete das mit der schwachen Nachfrage nach Elektroautos und dem Preiskampf mit Zulieferern aus Asien.
> Die Aktie verlor bis zum Handelsschluss 14,3 Prozent und war damit der mit Abstand größte Verlierer im MDAX. Der Betriebsrat kündigte entschlossenen Widerstand gegen den Stellenabbau an.
kp: Die Zahlen im Überblick
* Der Umsatz sank um 8,4 Prozent auf 11,2 Mrd. Euro.
* Das Ebit fiel um 61 Prozent auf 212 Mio. Euro.
* Die Jahresprognose wurde auf 44 bis 46 Mrd. Euro Umsatz gesenkt.
* Weltweit fallen 4.000 Stellen weg, davon ca. 1.600 in Deutschland.
## 16.40 Uhr | Vorstandschef Oberle: „Wir müssen schneller werden“
> In einer Telefonkonferenz mit Journalisten verteidigt Oberle den Sparkurs. „Wir müssen schneller werden, schlanker und günstiger. Sonst machen es andere.“ Betriebsbedingte Kündigungen schloss er nicht aus, man wolle aber „so viel wie möglich“ über Altersteilzeit und Abfindungen regeln.
## 15.05 Uhr | Betriebsrat kündigt Widerstand an
> Der Gesamtbetriebsratsvorsitzende Günther Rapp reagiert empört. „Die Beschäftigten sollen wieder einmal die Fehler des Managements ausbaden.“ Rapp verweist auf eine Vereinbarung aus dem Jahr 2027, die betriebsbedingte Kündigungen an deutschen Standorten bis Ende 2030 ausschließt.
> Die IG Metall hat für Donnerstag zu einer Kundgebung vor der Zentrale in Eningen aufgerufen. Man erwarte „mehrere Tausend“ Teilnehmer, hieß es.
## 13.20 Uhr | Was bedeutet das für den Standort Eningen?
> Von den 1.600 Stellen in Deutschland sollen nach Informationen der Neckar-Wirtschaft allein rund 700 in Eningen wegfallen, vor allem in der Verwaltung und in der Entwicklung. Das Werk in Schwäbisch Hall bzw. die Gießerei in Aalen seien ebenfalls betroffen.
> Eningens Bürgermeisterin Katrin Weller sprach von einem „schweren Schlag für die ganze Region“. Haldenmayer ist mit knapp 6.000 Beschäftigten der größte Arbeitgeber im Landkreis.
## 11.45 Uhr | Analysten senken Kursziele
> Mehrere Analysten haben ihre Kursziele gesenkt, u.a. die Landesbank Süd von 48 auf 36 Euro. Analystin Meike Strobel schreibt in einer Kurzstudie, der Stellenabbau sei „überfällig, aber nicht ausreichend“. Das Unternehmen habe zu lange auf eine schnelle Erholung der E-Mobilität gesetzt.
## 9.12 Uhr | Aktie bricht zum Handelsstart ein
> Zum Handelsstart verliert die Haldenmayer-Aktie mehr als 12 Prozent und fällt auf 33,80 Euro, den tiefsten Stand seit dem Jahr 2020. Händler sprechen von einem „Ausverkauf mit Ansage“. Zahlreiche Anleger hatten nach schwachen Zahlen der Konkurrenz bereits mit schlechten Nachrichten gerechnet.
## 7.00 Uhr | Prognose gekappt – auch für das kommende Jahr
> Haldenmayer hat soeben seine Quartalszahlen veröffentlicht. Neben dem Gewinneinbruch senkt der Konzern auch die Prognose für das laufende Jahr: Der Umsatz soll nur noch 44 bis 46 Mrd. Euro erreichen, bisher waren 48 bis 50 Mrd. Euro angepeilt. Auch für das kommende Jahr rechnet das Management nicht mit einer Besserung.
> Den vollständigen Bericht veröffentlicht das Unternehmen unter www.haldenmayer.example/investoren. Für Rückfragen steht die Pressestelle unter presse@haldenmayer.example zur Verfügung.

=== de-live-kaido-nexus-two
lang: de
outlet: Technikwelt Online
title: Neue Spielkonsole: Kaido stellt „Nexus Two“ vor – Preis, Release und alle Infos im Liveblog
caption: Kaido-Chef Ryo Takemura präsentiert die Nexus Two in Tokio.
link: https://example.de/gaming/kaido-nexus-two-liveblog
author: Philipp Marquardt
date: 2030-10-08 14:20:00
tags: Gaming, Kaido, Nexus Two, Konsolen
options: time=dash bullet=•
> Der japanische Hersteller Kaido hat in Tokio seine neue Spielkonsole Nexus Two vorgestellt. Das Gerät kommt am 14. November für 599 Euro in den Handel und soll mit 8K-Ausgabe, 2 TB Speicher und einem neuen Controller mit haptischem Display gegen die Konkurrenz antreten.
kp: Die wichtigsten Fakten
* Preis: 599 Euro, Vorbestellung ab heute
* Release am 14. November
* Spiele-Streaming direkt auf YouTube und Twitch
## vor 12 Minuten | Fazit: Starker Auftritt, hoher Preis
> Unser erster Eindruck: Kaido hat eine technisch beeindruckende Konsole gezeigt, die vor allem beim Controller mit frischen Ideen punktet. Der Preis von 599 Euro ist allerdings eine Ansage, zumal Spiele laut Kaido künftig 79,99 Euro kosten sollen. Ob sich das durchsetzt, entscheiden die Käufer im Weihnachtsgeschäft.
> Unseren ausführlichen Test lesen Sie, sobald wir ein Gerät bekommen – laut Kaido ist das Anfang November der Fall.
## vor 25 Minuten | Preisvergleich: Nexus Two kostet 100 Euro mehr als die PlayStation
> Im direkten Vergleich ist die Nexus Two teurer als das aktuelle Topmodell der Konkurrenz, das derzeit für rund 499 Euro zu haben ist. Dafür bietet Kaido doppelt so viel Speicher und einen schnelleren Grafikchip, so Analyst Daniel Koch vom Marktforscher GameMetrics: „Auf dem Papier ist das fair. Aber Konsolen verkauft man nicht auf dem Papier.“
## vor 41 Minuten | Release am 14. November
> Die Nexus Two erscheint am 14. November in Europa, Japan und Nordamerika. Vorbestellungen sind ab sofort im Kaido-Store unter www.kaido.example/nexus möglich, Händler folgen ab Freitag. Zum Start sollen 24 Spiele verfügbar sein, u.a. ein neuer Teil der Rennspielreihe „Velocity Drift“.
## vor 1 Stunde | Preis: 599 Euro, Vorbestellung ab heute
> Jetzt ist es raus: Die Nexus Two kostet 599 Euro bzw. 649 US-Dollar. Eine Digital-Version ohne Laufwerk gibt es für 499 Euro. Der neue Controller liegt bei, ein zweiter kostet 89 Euro. Gerüchte über einen Preis von 699 Euro haben sich damit nicht bestätigt.
## vor 1 Stunde | Spiele-Streaming direkt auf YouTube und Twitch
> Spieler können ihre Partien per Knopfdruck live auf YouTube oder Twitch übertragen, ohne zusätzliche Hardware. Außerdem gibt es eine App für iPhone und Android-Smartphones, mit der man die Konsole aus der Ferne steuern und Spiele herunterladen kann.
## vor 2 Stunden | Die Hardware: 2 TB Speicher und 8K
> Im Inneren arbeitet ein Prozessor mit acht Kernen und 3,8 GHz, dazu kommt ein Grafikchip, der laut Kaido etwa 2,5-mal so schnell ist wie beim Vorgänger. Die Konsole unterstützt 8K-Auflösung bei 60 Bildern pro Sekunde bzw. 4K bei 120 Bildern. Der Speicher ist mit 2 TB doppelt so groß wie bisher.
> Der Controller hat ein kleines Display mit 2,4 Zoll Diagonale, auf dem z.B. Karten oder das Inventar angezeigt werden können. Der Akku soll rund 15 Stunden halten.
## vor 3 Stunden | Die Präsentation beginnt
> Guten Morgen! In Tokio hat die Präsentation begonnen, Kaido-Chef Ryo Takemura betritt die Bühne. In den kommenden zwei Stunden soll es um Hardware, Spiele und den Preis gehen. Wir berichten live.
