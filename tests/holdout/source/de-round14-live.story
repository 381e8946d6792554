#! German round 14 live blogs: invented news, people, places and outlets.
#! Styles: suffixdash (14:32 Uhr, cycling race, ⇒ box), dash (7.12 Uhr, snow day, no box),
#! untimed with - box (power cut; box items never repeat headings).

=== de-live-radrennen-rund-um-ebersweiler
lang: de
outlet: Ebersweiler Kreisblatt
title: „Rund um Ebersweiler“ im Liveticker: Lokalmatador Kellermeier gewinnt den Sprint auf der Bahnhofstraße
caption: Das Feld auf dem Rundkurs durch die Altstadt, im Hintergrund die Stadtkirche St. Ulrich.
link: https://example.de/sport/radsport/rund-um-ebersweiler-liveticker
author: Felix Dannenmaier
date: 2036-07-13 12:00:00
tags: Radsport, Ebersweiler, Rund um Ebersweiler
options: time=suffixdash bullet=⇒
> Jonas Kellermeier hat die 58. Auflage von „Rund um Ebersweiler“ gewonnen. Der 23-Jährige vom Team HelioVelo setzte sich nach 186 Kilometern im Sprint einer vierköpfigen Spitzengruppe auf der Bahnhofstraße durch. Rund 25.000 Zuschauer säumten nach Polizeiangaben die Strecke.
kp: Das Wichtigste in Kürze
* Kellermeier gewinnt vor Lukas Wendtland und Bram van Oosterhout
* Schwerer Sturz am Rathausplatz, zwei Fahrer im Krankenhaus
* Straßensperrungen in der Innenstadt bis ca. 19 Uhr
## 18:40 Uhr | Alle Straßen wieder frei
> Die Polizei hat die letzten Absperrungen in der Innenstadt aufgehoben. Auch die Buslinien 2 und 7 fahren wieder nach Fahrplan. Danke fürs Mitlesen!
## 17:55 Uhr | „Das ist der schönste Tag meiner Karriere“
> Sieger Kellermeier nach der Zieldurchfahrt: „Das ist der schönste Tag meiner Karriere. Meine Oma wohnt drei Straßen weiter, die stand in der letzten Runde an der Ecke und hat geschrien wie verrückt.“
> Zweiter wurde Lukas Wendtland (Rad-Union Kessbach), Dritter der Niederländer Bram van Oosterhout.
## 17:31 Uhr | Sieg für Jonas Kellermeier
> Was für ein Finale! Kellermeier zieht 200 Meter vor dem Ziel aus dem Windschatten von Wendtland und gewinnt mit einer halben Radlänge Vorsprung. Auf der Bahnhofstraße gibt es kein Halten mehr.
## 17:12 Uhr | Noch drei Runden!
> Die Spitzengruppe ist auf vier Fahrer geschrumpft, das Feld liegt 38 Sekunden zurück. Auf dem 4,2 Kilometer langen Rundkurs durch die Altstadt wird das eng.
## 16:45 Uhr | Wer gewinnt den Sprint?
> Die Experten am Streckenrand sind sich einig: Wenn es zum Sprint kommt, ist Wendtland der Favorit. Kellermeier hat aber den Heimvorteil, er kennt hier jeden Pflasterstein.
## 16:20 Uhr | Schwerer Sturz am Rathausplatz
> In der Rechtskurve am Rathausplatz sind sechs Fahrer zu Boden gegangen. Zwei von ihnen, u.a. der Belgier Thibaut Roelandts, wurden mit Verdacht auf Schlüsselbeinbruch ins Kreiskrankenhaus gebracht.
> Rennarzt Dr. Matthias Engelhard: „Das Pflaster ist nach dem Schauer von heute Mittag noch feucht. Da reicht eine kleine Unachtsamkeit.“
## 15:48 Uhr | Polizei: Rund 25.000 Zuschauer an der Strecke
> 25.000 Menschen verfolgen das Rennen nach Schätzung der Polizei, die meisten davon auf dem Rundkurs in der Innenstadt. Vor dem Café Brückner in der Schlossstr. stehen die Zuschauer in fünf Reihen.
## 15:10 Uhr | Erste Sprintwertung an Team HelioVelo
> Die erste Zwischenwertung auf der Bahnhofstraße geht an Kellermeier, der sich damit eine Prämie von 500 Euro sichert. Die Spitzengruppe hat inzwischen 1:45 Minuten Vorsprung.
## 14:32 Uhr | Ausreißergruppe mit sechs Fahrern
> Kurz nach dem Anstieg zum Galgenberg (bis zu 14 Prozent Steigung) hat sich eine Gruppe von sechs Fahrern abgesetzt, darunter Kellermeier und Wendtland. Der Vorsprung beträgt 1:12 Minuten.
## 13:05 Uhr | Start auf dem Marktplatz
> Oberbürgermeisterin Dr. Karin Lobsiger-Haas hat das Rennen pünktlich um 13 Uhr auf dem Marktplatz gestartet. 124 Fahrer aus 21 Teams sind dabei.
> veloxa, der Hauptsponsor des Rennens, verteilt am Start kostenlose Trinkflaschen; der Andrang ist entsprechend groß.
## 12:15 Uhr | Sperrungen: Das müssen Autofahrer wissen
> Ab 12 Uhr sind die Bahnhofstraße, die Schlossstr. und der gesamte Altstadtring bis ca. 19 Uhr gesperrt. Anwohner können ihre Grundstücke nur zwischen den Durchfahrten des Feldes erreichen.
> Alle Infos zu Umleitungen gibt es unter www.ebersweiler.de/radrennen oder bei der Stadtverwaltung per Mail an verkehr@ebersweiler.de.

=== de-live-schneechaos-landkreis-wallersberg
lang: de
outlet: Hochland-Anzeiger
title: Schneechaos im Landkreis Wallersberg: Schulen geschlossen, Lkw blockiert Klinikzufahrt – der Liveblog zum Nachlesen
caption: Räumfahrzeuge im Einsatz auf der Hauptstraße in Oberhöchstätt am Montagmorgen.
link: https://example.de/region/wallersberg/schneechaos-liveblog
author: Veronika Stiegler-Baum
date: 2036-01-14 06:30:00
tags: Wetter, Schnee, Landkreis Wallersberg, Schulen
options: time=dash crlf
> Bis zu 45 Zentimeter Neuschnee haben im Landkreis Wallersberg in der Nacht zu Montag für Chaos gesorgt. Alle Schulen und Kitas bleiben geschlossen, auf den Straßen geht vielerorts nichts mehr. Die Meteorologen rechnen mit weiterem Schneefall bis Dienstagmittag.
## 18.30 Uhr | Findet morgen Unterricht statt?
> Das Landratsamt hat soeben entschieden: Auch am Dienstag fällt an allen Schulen im Landkreis der Präsenzunterricht aus. Eine Notbetreuung wird an den Grundschulen angeboten, d.h. berufstätige Eltern können ihre Kinder wie heute bringen.
> lernwolke, die Lernplattform des Landkreises, war am Vormittag wegen Überlastung zeitweise nicht erreichbar. Der Anbieter hat nach eigenen Angaben die Serverkapazität inzwischen verdoppelt.
## 17.05 Uhr | Zahl des Tages: 312
> So oft mussten Polizei, Feuerwehr und Rettungsdienst seit Mitternacht wegen des Wetters ausrücken. Meist ging es um Glätteunfälle und umgestürzte Bäume. Schwer verletzt wurde nach bisherigem Stand niemand.
## 15.40 Uhr | Streusalz wird knapp: Vorräte nur noch bei 30 Prozent
> Der Winterdienst des Landkreises ist seit Sonntagabend im Dauereinsatz. 28 Räumfahrzeuge bzw. Traktoren mit Schneeschild sind unterwegs. „Wir fahren im Schichtbetrieb, aber gegen 45 Zentimeter kommt man nicht so schnell an“, sagt Betriebsleiter Günter Rapp.
> Die Salzvorräte in der Halle an der Industriestr. liegen nur noch bei rund 30 Prozent. Eine Lieferung von 600 Tonnen ist für Mittwoch angekündigt.
## 14.15 Uhr | Schneemann-Alarm im Stadtpark!
> Wer keine Schule hat, baut Schneemänner: Im Stadtpark von Wallersberg stehen inzwischen mehr als 50 Exemplare. Der größte, gebaut von Familie Yilmaz-Hartmann, misst stolze 2,40 Meter.
> „Die Kinder sind seit neun Uhr draußen, die kriegt man gar nicht mehr rein“, lacht Mutter Derya Yilmaz-Hartmann.
## 12.50 Uhr | „So etwas habe ich seit 1987 nicht mehr erlebt“
> Alfons Niedermaier, 81, schippt seit dem frühen Morgen den Gehweg vor seinem Haus in Oberhöchstätt. „So etwas habe ich seit 1987 nicht mehr erlebt. Damals lag der Schnee bis zu den Fensterbänken.“
> Nachbarn hätten ihm Hilfe angeboten, erzählt er, aber: „Solange ich das noch kann, mache ich das selber.“
## 11.20 Uhr | Bahnstrecke nach Ried am Forst gesperrt
> Die Regionalbahnstrecke zwischen Wallersberg und Ried am Forst ist gesperrt, weil mehrere Bäume unter der Schneelast auf die Gleise gestürzt sind. Ein Ersatzverkehr mit Bussen ist nach Angaben des Bahnunternehmens „wegen der Straßenverhältnisse derzeit nicht möglich“.
## 10.05 Uhr | Glätteunfall: Lkw blockiert Zufahrt zum Klinikum
> Ein Sattelzug hat sich auf der Steigung der Klinikstraße quergestellt und blockiert die Zufahrt zum Kreisklinikum. Rettungswagen werden über den Lieferanteneingang an der Buchenallee umgeleitet. Der Fahrer blieb unverletzt.
> Ein Abschleppunternehmen ist alarmiert, die Bergung dürfte aber bis zum Nachmittag dauern.
## 8.40 Uhr | Müllabfuhr fällt aus
> Die Abfallwirtschaft des Landkreises hat die Leerung der Restmüll- und Biotonnen für heute abgesagt. Die Touren werden am Samstag, 19.01.2036, nachgeholt.
## 7.12 Uhr | Alle Schulen und Kitas geschlossen
> Das Landratsamt hat am frühen Morgen den Unterricht an allen 64 Schulen im Landkreis abgesagt. Auch die Kitas bleiben geschlossen, eine Notbetreuung ist eingerichtet.
> Schulbusse fahren nicht. Eltern sollten ihre Kinder nach Möglichkeit zu Hause lassen, heißt es in einer Mitteilung.
## 6.30 Uhr | Guten Morgen aus dem Schneechaos
> Willkommen zu unserem Liveblog! Über Nacht sind im Landkreis zwischen 25 und 45 Zentimeter Neuschnee gefallen, in den Hochlagen um Oberhöchstätt noch mehr. Wir halten Sie hier den ganzen Tag über auf dem Laufenden.

=== de-live-stromausfall-bad-lindenau
lang: de
outlet: Lindenauer Nachrichten
title: Stromausfall in Bad Lindenau: 38.000 Haushalte ohne Strom – was wir wissen
caption: Ausgefallene Ampeln an der Kreuzung Kurallee/Bahnhofstraße: Ein Polizist regelt den Verkehr.
link: https://example.de/bad-lindenau/stromausfall-umspannwerk-nord
author: Sebastian Kürschner
date: 2036-12-09 13:15:00
tags: Bad Lindenau, Stromausfall, Blaulicht
options: bullet=- authorspace
> Seit Dienstagvormittag sind große Teile von Bad Lindenau ohne Strom. Betroffen sind nach Angaben des Netzbetreibers rund 38.000 Haushalte und Betriebe in der Innenstadt, in der Weststadt und im Kurviertel.
kp: Was wir wissen
* Rund 38.000 Haushalte seit 10.40 Uhr ohne Strom
* Ursache ist ein Brand in einem Umspannwerk
* Ampeln ausgefallen, Straßenbahnen stehen still
* Die Kreisklinik läuft mit Notstrom
## Brand im Umspannwerk Nord als Ursache
> Auslöser des Stromausfalls ist nach Angaben der Feuerwehr ein Brand in einer Schaltanlage des Umspannwerks Nord in der Gewerbestr. 14. Der Brand war gegen 10.40 Uhr gemeldet worden und ist inzwischen gelöscht. Verletzt wurde niemand.
> Wie es zu dem Feuer kam, ist noch unklar. Die Kriminalpolizei hat Ermittlungen aufgenommen, geht aber derzeit nicht von Brandstiftung aus.
## Wann kommt der Strom zurück? Das sagt NetzOst
> Der Netzbetreiber rechnet damit, dass die meisten Haushalte bis zum frühen Abend wieder versorgt sind. „Wir schalten das Netz abschnittsweise über das Umspannwerk Süd zu. Das dauert, weil wir jede Leitung einzeln prüfen müssen“, sagte ein Sprecher.
> Aktuelle Informationen gibt es unter www.netzost-example.de/stoerungen sowie über die Störungshotline.
## Ampeln aus: Polizei regelt den Verkehr an 14 Kreuzungen
> ÖPNV und Straßenverkehr sind massiv beeinträchtigt. Die Straßenbahnlinien 1 und 3 stehen still, Fahrgäste mussten z.T. auf offener Strecke aussteigen. An den wichtigsten Kreuzungen regeln Polizeibeamte den Verkehr per Hand.
> Die Polizei bittet darum, die Innenstadt weiträumig zu umfahren.
## Kreisklinik und Pflegeheime auf Notstrom
> Die Kreisklinik Bad Lindenau hat auf ihre Notstromaggregate umgeschaltet. Operationen laufen laut Klinikleitung „ohne Einschränkungen“ weiter, geplante Eingriffe am Nachmittag wurden jedoch vorsorglich verschoben.
> Für Menschen, die zu Hause auf Beatmungsgeräte o.Ä. angewiesen sind, hat die Stadt eine Hotline eingerichtet; Betroffene können sich auch per Mail an buergerservice@bad-lindenau.de wenden.
## Tipps: Kühlschrank zu lassen, Kerzen nie unbeaufsichtigt
> Die Feuerwehr rät, Kühl- und Gefrierschränke möglichst geschlossen zu halten: Ein voller Gefrierschrank hält die Kälte ca. 24 Stunden. Wer Kerzen benutzt, sollte sie nie unbeaufsichtigt brennen lassen.
