#! German round 10 live blogs (DE, AT, CH): invented news, people and places.

=== de-live-gemeinderatswahl-steyrbach
lang: de
outlet: Oberösterreichische Rundschau
title: Gemeinderatswahl in Steyrbach: SPÖ-Kandidatin Auer muss in die Stichwahl – der Wahlabend zum Nachlesen
caption: Bürgermeisterkandidatin Verena Auer (SPÖ) verfolgt die Hochrechnung im Stadtsaal.
link: https://example.at/ooe/steyrbach/gemeinderatswahl-liveticker
author: Florian Haslinger
date: 2033-09-28 21:40:00
tags: Gemeinderatswahl, Steyrbach, Oberösterreich
options: time=suffix bullet=•
> Bei der Gemeinderatswahl in Steyrbach hat die SPÖ ihre Position als stärkste Partei knapp verteidigt, die absolute Mehrheit im Gemeinderat aber deutlich verfehlt. Laut vorläufigem Endergebnis ohne Wahlkarten kommt die SPÖ auf 34,8 Prozent (minus 7,1), die ÖVP auf 27,3 Prozent, die FPÖ auf 19,6 Prozent.
> Bei der Direktwahl des Bürgermeisters erreichte keiner der fünf Kandidaten mehr als 50 Prozent. SPÖ-Kandidatin Verena Auer (38,6 Prozent) und ÖVP-Vizebürgermeister Mag. Thomas Kerschbaumer (31,2 Prozent) treten am 12. Oktober in der Stichwahl gegeneinander an. Die Wahlbeteiligung lag bei 61,2 Prozent.
kp: Das Wichtigste in Kürze
* SPÖ bleibt Nummer eins, verliert aber 7 Prozentpunkte
* Stichwahl zwischen Auer und Kerschbaumer am 12. Oktober
* „Liste Steyrbach Neu“ zieht auf Anhieb mit drei Mandaten ein
* Wahlbeteiligung sinkt auf 61,2 Prozent
## 21:18 | Das vorläufige Endergebnis im Überblick
> Die Stadt hat das vorläufige Endergebnis veröffentlicht. Von den 37 Mandaten im Gemeinderat entfallen 14 auf die SPÖ (bisher 17), 11 auf die ÖVP (bisher 11), 7 auf die FPÖ (bisher 6), 3 auf die „Liste Steyrbach Neu“, je eines auf Grüne und NEOS. Die Grünen verlieren damit zwei ihrer drei Mandate.
> Noch nicht berücksichtigt sind rund 1.900 Wahlkarten, die am Montag ab 9 Uhr im Rathaus ausgezählt werden. An der Mandatsverteilung dürfte sich laut Wahlleiter Dr. Erich Pointner „höchstens ein Sitz“ ändern.
## 20:41 | Kerschbaumer: „Jetzt geht’s um jede Stimme“
> ÖVP-Spitzenkandidat Thomas Kerschbaumer gibt sich vor seinen Anhängern im Gasthaus Zum Goldenen Hirschen kämpferisch. „Jetzt geht’s um jede Stimme. Zwei Wochen sind lang, und die Steyrbacherinnen und Steyrbacher wissen, wer die Arbeit gemacht hat.“
> Der 52-Jährige ist seit 2021 Vizebürgermeister und für die Bereiche Bauen und Verkehr zuständig. Eine Wahlempfehlung der FPÖ, deren Kandidat 16,9 Prozent holte, gibt es bisher nicht.
## 20:05 | Auer: „Wir haben verstanden“
> Verena Auer spricht im Stadtsaal vor rund 150 Anhängern. „Wir haben verstanden. Sieben Prozent weniger, das ist kein Betriebsunfall, das ist eine Botschaft.“ Dass sie als Erste in die Stichwahl einziehe, zeige aber, dass die Menschen der SPÖ „die Stadt weiterhin zutrauen“.
> Die 44-jährige Sozialarbeiterin will die Nachfolge von Langzeitbürgermeister Herbert Lindmayr antreten, der nach 24 Jahren nicht mehr kandidiert hat.
> Auf die Frage, ob sie mit der FPÖ über eine Wahlempfehlung sprechen werde, antwortet Auer knapp: „Nein.“ Mit der „Liste Steyrbach Neu“ sei man aber „selbstverständlich im Gespräch“, etwa über das Logistikzentrum.
> Im Saal wird danach trotz allem gefeiert. Die Blasmusik spielt den Radetzkymarsch, und irgendjemand hat Krapfen mitgebracht.
## 19:30 | Wer ist die „Liste Steyrbach Neu“?
> Die Bürgerliste wurde erst im Februar gegründet, vor allem von Gegnern des geplanten Logistikzentrums an der Ennser Str. im Stadtteil Au. Spitzenkandidatin ist die Ärztin Dr. Katharina Wimmer-Egger. Mit 8,4 Prozent und drei Mandaten ist die Liste auf Anhieb viertstärkste Kraft.
> „Wir sind gekommen, um zu bleiben, d.h. wir werden auch nach dem Logistikzentrum noch da sein“, sagt Wimmer-Egger. Eine Empfehlung für die Stichwahl will sie nicht abgeben.
## 18:52 | Grüne verlieren zwei von drei Mandaten
> Bitterer Abend für die Grünen: Sie stürzen von 9,8 auf 4,1 Prozent ab. Stadträtin Miriam Okafor-Brandl spricht von einem „klaren Denkzettel“, auch wegen des Streits um die Begegnungszone in der Innenstadt.
## 18:20 | Wahlbeteiligung sinkt auf 61,2%
> 61,2 Prozent der rund 29.400 Wahlberechtigten haben ihre Stimme abgegeben, bei der letzten Wahl waren es noch 66,8 Prozent. Am niedrigsten war die Beteiligung im Sprengel 14 (Steyrbach-Süd) mit nur 48 Prozent, am höchsten in Oberndorf mit 74 Prozent.
## 17:46 | Erste Hochrechnung: SPÖ vorn, aber klar unter 40 Prozent
> Die erste Hochrechnung des Instituts Foresight-Ost auf Basis von 40 Prozent der ausgezählten Sprengel sieht die SPÖ bei 35 Prozent, die ÖVP bei 27, die FPÖ bei 20 Prozent. Die Schwankungsbreite beträgt ca. 2 Prozentpunkte.
## 17:02 | Wahllokale geschlossen
> Um 17 Uhr haben die letzten Wahllokale in Steyrbach geschlossen. Im Rathaus beginnt die Auszählung, erste Ergebnisse aus kleineren Sprengeln wie Oberndorf bzw. Kleinreith werden in einer halben Stunde erwartet.
## 15:10 | Worum geht es bei dieser Wahl?
> Neben dem Gemeinderat wählen die Steyrbacherinnen und Steyrbacher auch direkt ihren Bürgermeister bzw. ihre Bürgermeisterin. Erhält niemand mehr als die Hälfte der Stimmen, kommt es zwei Wochen später zur Stichwahl zwischen den beiden Bestplatzierten.
> Die großen Themen im Wahlkampf waren u.a. das geplante Logistikzentrum, die Sanierung des Hallenbads und der Ausbau der Kinderbetreuung. Alle Ergebnisse finden Sie ab 17 Uhr auch unter www.example.at/wahl-steyrbach.

=== de-live-lawinengefahr-engadin
lang: de
outlet: Engadiner Post am Abend
title: Lawinengefahr im Engadin: SLF warnt vor grosser Gefahr – Pässe gesperrt, Weiler evakuiert
caption: Die gesperrte Strasse zum Flüelapass bei Susch am Dienstagmorgen.
link: https://example.ch/engadin/lawinengefahr-stufe-4-ticker
author: Gian-Andrea Caduff
date: 2033-01-17 15:20:00
tags: Lawinen, Engadin, Wetter
options: bullet=• nocaptionline crlf
> Nach bis zu 120 Zentimetern Neuschnee innert 48 Stunden herrscht im Unterengadin und im Val Müstair grosse Lawinengefahr (Stufe 4 von 5). Das WSL-Institut für Schnee- und Lawinenforschung SLF rechnet mit zahlreichen spontanen Lawinen, auch sehr grossen, die bis in tiefe Lagen vorstossen können.
> Der Flüela- und der Ofenpass sind gesperrt, die Rhätische Bahn hat den Betrieb zwischen Zernez und Scuol eingestellt. In Ardez mussten 38 Personen ihre Häuser verlassen.
kp: Das Wichtigste in Kürze
* Grosse Lawinengefahr (Stufe 4) im Unterengadin
* Flüelapass und Ofenpass gesperrt
* 38 Personen in Ardez evakuiert
* Skigebiet Motta Naluns bleibt am Mittwoch zu
## Flüelapass und Ofenpass gesperrt
> Die Kantonspolizei Graubünden hat am Dienstagmorgen um 5.30 Uhr die Passstrassen über den Flüela und den Ofenpass gesperrt. Eine Wiederöffnung sei frühestens am Donnerstag möglich, sagte Sprecher Andri Sutter. Die Umfahrung via Vereinatunnel (Autoverlad Selfranga–Sagliains) ist in Betrieb, es muss aber mit Wartezeiten von ca. 90 Minuten gerechnet werden.
## Evakuation im Weiler Sur En
> In Ardez hat der Gemeindeführungsstab den Weiler Sur En sowie vier Häuser an der Via Sura evakuiert, insgesamt 38 Personen. Sie sind bei Verwandten bzw. in einem Hotel in Scuol untergebracht. «Es geht den Leuten gut, aber natürlich ist die Verunsicherung gross», sagte Gemeindepräsidentin Mengia Bezzola.
> Der Hang oberhalb des Weilers war zuletzt im Februar 1999 abgegangen. Damals wurden drei Ställe zerstört, Menschen kamen keine zu Schaden.
## Warum gilt nicht die höchste Stufe?
> Viele Leserinnen und Leser fragen, warum das SLF nicht die Stufe 5 ausgerufen hat. Laut Lawinenprognostikerin Dr. Seraina Clavadetscher ist die höchste Stufe für Situationen reserviert, in denen «sehr grosse und extreme Lawinen in grosser Zahl zu erwarten sind, d.h. auch in Gebieten, die sonst als sicher gelten». So weit sei man derzeit nicht.
> Stufe 4 bedeute aber bereits: Schon ein einzelner Skifahrer kann an vielen Steilhängen eine Lawine auslösen. «Abseits der gesicherten Pisten hat jetzt niemand etwas verloren.»
## Rhätische Bahn stellt Betrieb zwischen Zernez und Scuol ein
> Wegen der Lawinengefahr verkehren zwischen Zernez und Scuol-Tarasp keine Züge. Ein Bahnersatz mit Bussen ist laut RhB nicht möglich, weil auch die Kantonsstrasse in diesem Abschnitt zeitweise gesperrt werden muss. Aktuelle Informationen gibt es unter www.example.ch/rhb-verkehrsinfo.
## Bergführer: «Jetzt bleibt man zu Hause»
> Der Bergführer Duri Gross aus Zernez führt seit 31 Jahren Gäste durch das Engadin. An Tagen wie diesen sagt er alle Touren ab. «Jetzt bleibt man zu Hause. Oder man geht auf die Piste, wenn sie offen ist. Alles andere ist russisches Roulette.»
> Besonders heikel sei, dass auf den Neuschnee in den kommenden Tagen Sonne folge. «Die Leute sehen den Pulver und das blaue Wetter und vergessen alles, was sie im Kurs gelernt haben.»
## Skigebiet Motta Naluns bleibt am Mittwoch zu
> Die Bergbahnen Scuol haben entschieden, das Skigebiet Motta Naluns auch am Mittwoch geschlossen zu lassen. Man müsse zuerst die Hänge oberhalb der Pisten sprengen, teilte das Unternehmen mit. Bereits gekaufte Tageskarten zu Fr. 72.– werden zurückerstattet.
## Lawinenbulletin: So geht es weiter
> Das nächste Lawinenbulletin erscheint um 17 Uhr. Laut SLF dürfte sich die Lage ab Donnerstag langsam entspannen, wenn die Temperaturen sinken und sich die Schneedecke setzt. In höheren Lagen bleibt die Gefahr aber noch über das Wochenende erheblich (Stufe 3).

=== de-live-champions-league-lindenau
lang: de
outlet: Revierkurier Sport
title: Champions League im Liveticker: Lindenau schlägt Atlético Montejo 2:1 und steht im Viertelfinale
caption: Emre Yıldırım (r.) jubelt nach seinem Treffer zum 2:1.
link: https://example.de/sport/fussball/champions-league-lindenau-montejo-liveticker
author: Patrick Wöhrmann
date: 2033-03-12 23:05:00
tags: Fußball, Champions League, Borussia Lindenau
options: time=glued bullet=⇒
> Borussia Lindenau steht zum ersten Mal seit 2019 im Viertelfinale der Champions League. Die Mannschaft von Trainer Ralf Kessler gewann das Achtelfinal-Rückspiel gegen Atlético Montejo vor 81.000 Zuschauern mit 2:1 (1:0). Das Hinspiel in Spanien war 0:0 ausgegangen.
> Kapitän Jannik Brückner brachte Lindenau in der 24. Minute in Führung, Montejos Stürmer Iker Lasarte glich nach der Pause aus. Den Siegtreffer erzielte der eingewechselte Emre Yıldırım in der 78. Minute.
kp: Das Wichtigste zum Spiel
* Brückner trifft zum 1:0
* Lasarte gleicht nach der Pause aus
* Joker Yıldırım erzielt das Siegtor
* Gelb-Rot für Montejos Castaño
## 23:04 | Trainer Kessler: „Diese Nacht vergisst hier keiner“
> Ralf Kessler am Mikrofon, die Stimme ist schon etwas heiser: „Diese Nacht vergisst hier keiner. Die Jungs haben nach dem Ausgleich nicht den Kopf verloren, das war für mich der Schlüssel.“ Ob er Yıldırım bewusst so spät gebracht habe? „Ja. Emre ist ein Spieler für die letzten 20 Minuten, das weiß er auch.“
## 22:53 | Abpfiff! Lindenau gewinnt und steht im Viertelfinale
> Schluss! Borussia Lindenau schlägt Atlético Montejo 2:1 und zieht ins Viertelfinale ein. Die Spieler liegen sich auf dem Rasen in den Armen, auf der Südtribüne brennt niemand Pyrotechnik ab, dafür wird gesungen, dass das Stadiondach wackelt.
> Die Auslosung für das Viertelfinale findet am Freitag um 12 Uhr in Nyon statt.
## 22:48 | Fünf Minuten Nachspielzeit
> Der Vierte Offizielle zeigt fünf Minuten Nachspielzeit an. Montejo wirft alles nach vorne, sogar Torhüter Salvatierra steht jetzt bei jeder Ecke im Strafraum.
## 22:41 | Gelb-Rot für Montejos Castaño
> Montejo nur noch zu zehnt! Verteidiger Álvaro Castaño sieht nach einem taktischen Foul an Yıldırım die zweite Gelbe Karte. Schiedsrichter Dr. Lukas Ferreira aus Portugal lässt sich auf keine Diskussion ein.
## 22:37 | TOR! Lindenau führt wieder – 2:1 durch Yıldırım
> Der Jubel ist ohrenbetäubend! Nach einem Konter über die linke Seite legt Brückner quer, und der erst in der 70. Minute eingewechselte Emre Yıldırım schiebt aus ca. sieben Metern flach ins lange Eck. Sein erstes Tor in der Champions League.
> Das Stadion bebt. Auf der Pressetribüne wackeln, kein Witz, die Laptops.
## 22:21 | Elfmeter für Lindenau? Check durch den VAR
> Nach einem Zweikampf im Strafraum liegt Lindenaus Mittelstürmer Mattis Oberholz am Boden. Der Schiedsrichter lässt weiterlaufen, der Videoassistent schaut sich die Szene an... und entscheidet: kein Strafstoß. Oberholz ist zuerst mit dem Ball weggerutscht.
## 22:09 | TOR! Montejo gleicht aus – 1:1
> Das war zu einfach. Eine Flanke von rechts, Iker Lasarte steigt im Fünfmeterraum höher als alle anderen und köpft unhaltbar ein. 1:1, und damit wäre Montejo derzeit weiter. Im Gästeblock feiern rund 4.000 Fans aus Spanien.
## 22:03 | Anpfiff zur zweiten Halbzeit
> Weiter geht’s. Beide Teams unverändert. Montejo muss jetzt mehr tun, denn mit diesem Ergebnis ist Lindenau weiter.
## 21:48 | Halbzeit: Lindenau führt 1:0
> Pause in Lindenau. Die Borussia führt verdient, hatte 61 Prozent Ballbesitz und 9:2 Torschüsse. Montejo wirkte im ersten Durchgang seltsam passiv, fast so, als wolle man sich das Spiel für die zweite Halbzeit aufheben.
## 21:25 | TOR! Kapitän Brückner trifft zum 1:0
> Da ist die Führung! Nach einer Ecke von Nr. 10 Luca Santangelo köpft Jannik Brückner aufs Tor, Salvatierra kann nur abklatschen, und Brückner staubt selbst ab. 24. Minute, 1:0 für Lindenau!
## 21:12 | Riesenchance für Montejo!
> Fast die kalte Dusche! Lasarte läuft allein auf Lindenaus Torwart Finn Ahlgrimm zu, der bleibt lange stehen und pariert mit dem Fuß. Das hätte das 0:1 sein müssen.
## 21:00 | Anpfiff! Der Ball rollt
> Der italienische… pardon, der portugiesische Schiedsrichter pfeift die Partie an. Die Südtribüne hat zuvor eine riesige Choreografie gezeigt: „Unsere Stadt, unser Traum“.
## 20:10 | Die Aufstellungen sind da
> Kessler vertraut derselben Elf wie beim 3:1 am Samstag gegen den VfL Eichenried, d.h. Oberholz beginnt im Sturm, Yıldırım sitzt zunächst auf der Bank. Bei Montejo fehlt u.a. der gesperrte Spielmacher Rodrigo Espinar.
## 19:30 | Hinspiel 0:0 – was Lindenau heute braucht
> Guten Abend aus dem Lindenauer Stadion am Auwald. Nach dem 0:0 im Hinspiel reicht Lindenau jeder Sieg. Bei einem Unentschieden mit Toren wäre Montejo wegen der Auswärtstor-Regel… nein, die gibt es ja nicht mehr. Bei einem Remis gibt es Verlängerung und notfalls Elfmeterschießen. Anpfiff ist um 21 Uhr.

=== de-live-kabelbrand-bahnchaos
lang: de
outlet: Leine-Kurier
title: Kabelbrand legt Bahnknoten Hannover lahm: Fernverkehr nach Berlin und Hamburg eingestellt – der Newsblog
caption: Gestrandete Reisende warten in der Haupthalle des Hannoveraner Hauptbahnhofs.
link: https://example.de/region/hannover/kabelbrand-bahn-chaos-newsblog
author: Svenja Rodewald, Malte Heuer
date: 2032-10-09 16:05:00
tags: Bahn, Hannover, Verkehr
options: time=dash
> Ein Brand in einem Kabelschacht bei Wendelsheim in der Region Hannover hat am Samstag den Zugverkehr rund um den Bahnknoten Hannover weitgehend lahmgelegt. Fernzüge zwischen Hannover und Berlin bzw. Hamburg fallen aus, zahlreiche S-Bahnen und Regionalzüge verkehren nicht oder nur mit großen Verspätungen.
> Die Polizei geht von Brandstiftung aus, der Staatsschutz ermittelt. Nach Angaben der Bahn wurden ca. 170 Kabel beschädigt, darunter wichtige Signal- und Stellwerkskabel. Die Reparatur wird voraussichtlich bis mindestens Montagmorgen dauern.
## vor 5 Minuten | Bahn: Reparatur dauert bis mindestens Montag
> Die Bahn hat ihre Prognose aktualisiert: Die Reparaturarbeiten an den rund 170 Kabeln werden „mindestens bis Montagmorgen, 5 Uhr“ dauern. Bis dahin fahren ICE-Züge zwischen Hannover und Berlin nur in großem Bogen über Braunschweig, mit ca. 90 Minuten Verspätung. Zwischen Hannover und Hamburg verkehrt im Fernverkehr gar nichts.
> Eine Bahnsprecherin sagte, man habe rund 60 Techniker aus ganz Norddeutschland zusammengezogen. „Das ist Handarbeit, Kabel für Kabel. Schneller geht es leider nicht.“
## vor 24 Minuten | Was gilt für mein Ticket?
> Wer wegen der Störung seine Reise nicht antreten möchte, kann sein Ticket kostenlos erstatten lassen, d.h. auch Sparpreise und Supersparpreise. Die Zugbindung ist für alle Fahrten von und nach Hannover bis einschließlich Dienstag aufgehoben.
> Bei Verspätungen ab 60 Minuten gibt es 25 Prozent des Fahrpreises zurück, ab 120 Minuten 50 Prozent. Den Antrag können Reisende online unter www.example.de/fahrgastrechte stellen oder das Formular am Schalter abgeben.
## vor 1 Stunde | Verkehrsminister: „Ein Angriff auf unsere Infrastruktur“
> Niedersachsens Verkehrsminister Dr. Henning Tjaden (SPD) hat den Brand scharf verurteilt. „Wer Kabelschächte anzündet, greift nicht die Bahn an, sondern Hunderttausende Menschen, die zur Arbeit, zu ihren Familien, ins Krankenhaus wollen. Das ist ein Angriff auf unsere Infrastruktur.“
> Tjaden kündigte an, bei der nächsten Verkehrsministerkonferenz am 14. November über einen besseren Schutz von Kabelschächten zu sprechen. Technisch sei vieles möglich, z.B. Sensoren oder Kameras an besonders sensiblen Stellen. „Aber wir reden über Zehntausende Kilometer Strecke. Wir werden nie jeden Meter bewachen können.“
> Auch die Bahn-Gewerkschaft äußerte sich. Der Landesvorsitzende Frank Oltmanns-Behr sagte, die Beschäftigten in den Zügen müssten „den Frust der Fahrgäste ausbaden, obwohl sie am wenigsten dafür können“. Er bat Reisende um Geduld und Respekt.
> Die Bundespolizei hat die Bestreifung an mehreren Bahnstrecken in Niedersachsen verstärkt, u.a. zwischen Hannover und Celle.
## vor 1 Stunde | ICE-Reisende sitzen in Uelzen und Celle fest
> Hunderte Reisende sitzen in liegen gebliebenen Zügen bzw. auf Bahnhöfen entlang der Strecke nach Hamburg fest. In Celle hat die Stadt die Turnhalle der Grundschule an der Blumlägerstr. geöffnet, das Rote Kreuz verteilt Decken und Tee.
> 73 Jahre alt ist Gisela Ohlendorf aus Lüneburg, so etwas hat sie nach eigenen Worten noch nie erlebt. Am Telefon erzählt sie: „Seit halb zehn stehen wir hier. Ich habe mein Buch ausgelesen, das Kreuzworträtsel gelöst und jetzt… jetzt rede ich eben mit Ihnen.“
## vor 2 Stunden | Polizei: Bekennerschreiben wird geprüft
> Auf einer linksextremen Internetplattform ist ein Schreiben aufgetaucht, in dem sich eine bislang unbekannte Gruppe zu dem Anschlag bekennt. Die Polizeidirektion Hannover prüft die Echtheit. Ein Sprecher sagte, das Schreiben werde „sehr ernst genommen, aber nicht ungeprüft übernommen“.
> Zeugen, die in der Nacht zu Samstag zwischen 2 und 5 Uhr im Bereich des Bahndamms bei Wendelsheim verdächtige Beobachtungen gemacht haben, werden gebeten, sich unter Tel. 0511 109-5555 oder per E-Mail an hinweise@polizei-hannover.example zu melden.
## vor 3 Stunden | S-Bahn Hannover: Diese Linien sind betroffen
> Betroffen sind u.a. die Linien S3, S6 und S7. Die S3 endet aus Richtung Hildesheim in Lehrte, die S6 und S7 fahren nur zwischen Celle und Burgdorf. Ersatzbusse sind bestellt, aber noch nicht überall im Einsatz. Die übrigen S-Bahn-Linien fahren mit Verspätungen von bis zu 20 Minuten.
## vor 4 Stunden | Feuerwehr löscht Brand im Kabelschacht
> Gegen 5.40 Uhr hatte ein Lokführer Rauch an einem Kabelschacht an der Strecke zwischen Wendelsheim und Lehrte gemeldet. Die Feuerwehr war mit 45 Einsatzkräften vor Ort, der Brand war nach ca. einer Stunde gelöscht. Verletzt wurde niemand.
## vor 6 Stunden | Massive Störungen im Bahnverkehr rund um Hannover
> Wegen einer „Störung an der Infrastruktur“ kommt es derzeit zu massiven Einschränkungen im Bahnverkehr rund um Hannover. Fahrgäste sollten sich vor Reiseantritt in der App informieren. Wir halten Sie hier auf dem Laufenden.

=== de-live-flughafen-gepaeckanlage
lang: de
outlet: Glattaler Nachrichten
title: Flughafen Zürich: Gepäckanlage fällt aus – Tausende Koffer bleiben am Boden
caption: Koffer stapeln sich in der Ankunftshalle von Terminal 2.
link: https://example.ch/region/flughafen-gepaeckanlage-ausfall-ticker
author: Corinne Baumgartner
date: 2032-07-16 15:05:00
tags: Flughafen Zürich, Reisen, Sommerferien
options: time=paren bullet=- authorspace
> Am ersten Samstag der Zürcher Sommerferien ist am Flughafen Zürich die zentrale Gepäcksortieranlage ausgefallen. Rund 12'000 Gepäckstücke konnten am Vormittag nicht verladen werden, viele Passagiere flogen ohne ihre Koffer ab. Die Flughafenbetreiberin spricht von einem Softwarefehler.
kp: Das Wichtigste
* Softwarefehler legt Gepäcksortieranlage lahm
* Rund 12'000 Koffer nicht verladen
* Anlage läuft seit 13.50 Uhr wieder
## 14:32 Uhr | Anlage läuft wieder – Koffer sollen nachgeliefert werden
> Die Gepäcksortieranlage läuft seit 13.50 Uhr wieder, wie eine Sprecherin der Flughafenbetreiberin mitteilte. Das liegengebliebene Gepäck werde «so rasch wie möglich» an die Zielorte nachgeliefert, was aber bei manchen Destinationen, z.B. in der Karibik, mehrere Tage dauern könne.
> Betroffene Passagiere sollen sich am Zielflughafen beim Lost-and-Found-Schalter ihrer Airline melden und den Gepäckabschnitt aufbewahren. Für notwendige Einkäufe wie Zahnbürste oder Kleidung erstatten die meisten Airlines bis zu Fr. 100.– pro Tag, in der Regel gegen Quittung.
## 12:15 Uhr | Passagiere: «Wir fliegen jetzt halt ohne Koffer»
> In der Abflughalle von Terminal 1 ist die Stimmung gemischt. Familie Brunner aus Wädenswil fliegt nach Kreta, die Koffer bleiben in Zürich. «Wir fliegen jetzt halt ohne Koffer. Badehosen gibt es auch in Griechenland», sagt Vater Reto Brunner und lacht. Seine Tochter findet das weniger lustig.
> Andere Reisende sind verärgert. Ein Geschäftsmann, der nach Singapur fliegt, sagt: «Mein Anzug für die Konferenz ist im Koffer. Die Konferenz ist morgen früh um 9 Uhr.»
## 9:40 Uhr | Gepäcksortieranlage ausgefallen
> Seit ca. 8.15 Uhr funktioniert am Flughafen Zürich die Gepäcksortieranlage nicht. Die Airlines verladen Koffer teilweise von Hand, viele Flüge starten aber ohne Gepäck. Passagiere werden gebeten, wenn möglich nur mit Handgepäck zu reisen und früh am Flughafen zu sein.

=== de-live-budgetrede-grasboeck
lang: de
outlet: Wiener Abendblatt
title: Budgetrede im Nationalrat: Grasböck kündigt Sparpaket über 4,1 Milliarden Euro an – der Liveticker
caption: Finanzministerin Sabine Grasböck am Rednerpult im Parlament.
link: https://example.at/politik/budgetrede-nationalrat-liveticker
author: Katharina Pölzl
date: 2032-10-15 14:20:00
tags: Budget, Nationalrat, Finanzen
options: time=colon bullet=⇒ bom
> Finanzministerin Sabine Grasböck hat im Nationalrat das Budget für 2033 präsentiert. Um das Defizit unter die Maastricht-Grenze von drei Prozent zu drücken, sollen im kommenden Jahr 4,1 Milliarden Euro eingespart werden, u.a. bei Förderungen, in der Verwaltung und beim Klimabonus.
> Die Pensionen steigen mit 1. Jänner um 2,7 Prozent, das Klimaticket wird teurer. Die Opposition sprach von einem „Budget der verpassten Chancen“, Wirtschaftsforscher lobten dagegen den „realistischen Pfad“.
kp: Die wichtigsten Punkte
* Defizit soll auf 2,9 Prozent sinken
* Pensionen steigen um 2,7 Prozent
* Klimabonus wird halbiert
* Klimaticket kostet künftig 1.290 Euro
* Opposition: „Ein Budget der verpassten Chancen“
## 13.58 Uhr | Was bedeutet das Budget für Pendlerinnen und Pendler?
> Für Pendler gibt es Licht und Schatten. Das Pendlerpauschale bleibt unverändert, der Pendlereuro wird aber nicht wie geplant verdoppelt. Teurer wird das Klimaticket Österreich: Es kostet ab 1. Jänner 1.290 Euro statt 1.179,30 Euro, d.h. rund 9,4 Prozent mehr.
> Für Jugendliche, Senioren und Menschen mit Behinderung bleibt der ermäßigte Preis gleich. Wer sein Ticket noch heuer verlängert, zahlt den alten Preis.
## 13.21 Uhr | WIFO-Chef: „Ein realistischer Pfad“
> Erste Reaktionen aus der Wirtschaftsforschung fallen gemischt, aber überwiegend positiv aus. WIFO-Chef Prof. Markus Haidinger spricht von einem „realistischen Pfad, der niemanden begeistert, aber das ist bei Budgets ja meistens ein gutes Zeichen“. Kritisch sieht er, dass die Ausgaben für Forschung nicht steigen.
## 12.44 Uhr | Opposition: „Ein Budget der verpassten Chancen“
> Die Reaktion der Opposition folgt prompt. Budgetsprecherin Elif Demirtaş-Huber spricht von einem „Budget der verpassten Chancen“. „Man spart bei den Familien und beim Klima, aber bei den eigenen Inseratenbudgets spart man nicht.“
> Ein anderer Oppositionsabgeordneter, Mag. Gernot Pichlmayr, nennt die Kürzung des Klimabonus „eine Steuererhöhung durch die Hintertür“.
## 12.15 Uhr | Grasböck beendet ihre Rede nach 78 Minuten
> Nach 78 Minuten beendet die Finanzministerin ihre Rede mit einem Zitat ihrer Großmutter, einer Bäuerin aus dem Mühlviertel: „Man kann nur ausgeben, was man vorher eingenommen hat.“ Applaus aus den Regierungsfraktionen, Kopfschütteln auf der Oppositionsseite.
## 11.52 Uhr | Klimabonus wird halbiert
> Der Klimabonus wird ab 2033 halbiert und künftig nur noch an Haushalte mit einem Einkommen unter 60.000 Euro brutto im Jahr ausbezahlt. Das spart rund 1,1 Mrd. Euro. Grasböck: „Wer gut verdient, braucht keinen Bonus vom Staat.“
## 11.30 Uhr | Pensionen steigen um 2,7 Prozent
> Die Pensionen werden mit 1. Jänner um 2,7 Prozent erhöht, also genau um den gesetzlichen Anpassungsfaktor. Kleine Pensionen bis 2.400 Euro brutto erhalten keinen zusätzlichen Bonus, wie ihn Pensionistenvertreter gefordert hatten.
## 11.05 Uhr | Defizit soll auf 2,9 Prozent sinken
> Das gesamtstaatliche Defizit soll im kommenden Jahr von 3,6 auf 2,9 Prozent des Bruttoinlandsprodukts sinken. Damit würde Österreich die Maastricht-Grenze erstmals seit 2029 wieder einhalten. Die Staatsschuldenquote soll bei 83,4 Prozent liegen.
## 10.47 Uhr | „Wir sparen, aber wir sparen nicht kaputt“
> „Wir sparen, aber wir sparen nicht kaputt.“ Mit diesem Satz beginnt Sabine Grasböck ihre zweite Budgetrede. Sie erinnert an die Rezession der vergangenen beiden Jahre und an die Hochwasserschäden im Sommer, die allein den Bund rund 800 Mio. Euro gekostet hätten.
## 10.31 Uhr | Die Ministerin ist im Plenarsaal
> Sabine Grasböck betritt den Plenarsaal, unter dem Arm die traditionelle Budgetmappe. Auf der Galerie sitzen u.a. Vertreter der Sozialpartner und der Präsident des Fiskalrats.
## 9.15 Uhr | Guten Morgen zur Budgetrede
> Guten Morgen aus dem Parlament! Um 10.30 Uhr hält Finanzministerin Sabine Grasböck ihre Budgetrede. Der Entwurf umfasst 1.147 Seiten, die Beratungen im Budgetausschuss beginnen am 4. November. Wir berichten live und fassen alle Maßnahmen für Sie zusammen.

=== de-live-deadline-day-bundesliga
lang: de
outlet: Anstoß Online
title: Deadline Day im Transfer-Ticker: Hohenwald holt Stürmer Mbeki für 32 Millionen – alle Wechsel des letzten Tages
caption: Neuzugang Sipho Mbeki beim Medizincheck in Hohenwald.
link: https://example.de/bundesliga/deadline-day-transfer-ticker
author: Dennis Kallweit
date: 2032-09-01 20:25:00
tags: Bundesliga, Transfers, Deadline Day
options: time=suffixglued bullet=• crlf
> Das Transferfenster ist zu. Am letzten Tag der Wechselperiode hat der FC Hohenwald seinen Rekordtransfer perfekt gemacht: Der südafrikanische Stürmer Sipho Mbeki kommt für 32 Mio. Euro plus Bonuszahlungen vom belgischen Klub KV Zeebrugge. Auch der VfB Rheinau und Union Ostheim schlugen in letzter Minute noch zu.
kp: Die Wechsel des Tages
* Sipho Mbeki: KV Zeebrugge → FC Hohenwald (32 Mio. Euro)
* Lukas Dietl: SC Weserfeld → VfB Rheinau (Leihe)
* Noah Asamoah-Kraus: Union Ostheim verlängert bis 2037
* Tomasz Wójcik: Union Ostheim holt Torwart aus Krakau
## 20:04 Uhr | Transferfenster geschlossen – das war der Deadline Day
> Um 20 Uhr hat das Transferfenster in Deutschland geschlossen. Insgesamt gaben die Bundesligisten in diesem Sommer ca. 780 Mio. Euro für neue Spieler aus, so viel wie noch nie. Allein am heutigen Tag wurden 14 Wechsel offiziell verkündet. Wir sagen danke fürs Mitlesen!
## 19:52 Uhr | Last-Minute-Deal: Union Ostheim holt Torwart Wójcik
> Union Ostheim hat kurz vor Schluss noch einen Torwart verpflichtet. Tomasz Wójcik, 27, kommt vom polnischen Erstligisten Wisła Nowa aus Krakau und unterschreibt bis 2035. Stammtorwart Jens Harder fällt mit einem Kreuzbandriss bis ins Frühjahr aus.
## 19:30 Uhr | Perfekt! Dietl wechselt auf Leihbasis nach Rheinau
> Jetzt ist es offiziell: Mittelfeldspieler Lukas Dietl wird für eine Saison vom SC Weserfeld an den VfB Rheinau ausgeliehen. Eine Kaufoption gibt es laut Weserfeld nicht. Rheinau-Sportdirektor Dr. Andreas Fuchsberger: „Lukas ist genau der Spielertyp, der uns gefehlt hat.“
## 18:47 Uhr | Hohenwald verkündet den Mbeki-Deal per Video auf TikTok
> Jetzt ist es offiziell – und zwar auf ungewöhnlichem Weg. Der FC Hohenwald hat den Wechsel von Sipho Mbeki in einem 40-sekündigen Video auf TikTok verkündet, in dem der Stürmer im Trikot mit der Nr. 9 durch die Hohenwalder Altstadt läuft. Das Video wurde in der ersten Stunde über 1,2 Mio. Mal angesehen.
> Mbeki unterschreibt bis 2037. Die Ablöse von 32 Mio. Euro kann durch Bonuszahlungen auf bis zu 38 Mio. steigen.
## 17:58 Uhr | Platzt der Dietl-Wechsel noch?
> Wie die „Weserfelder Nachrichten“ berichten, hakt es beim Wechsel von Lukas Dietl. Angeblich fordert Weserfeld eine höhere Leihgebühr als die zunächst vereinbarten 1,5 Mio. Euro. Rheinau will nicht mehr als 1,8 Mio. zahlen.
## 17:20 Uhr | Asamoah-Kraus verlängert bei Union Ostheim
> Kein Abgang, sondern eine Verlängerung: Noah Asamoah-Kraus, um den sich u.a. zwei Klubs aus England bemüht hatten, bleibt bei Union Ostheim und unterschreibt einen neuen Vertrag bis 2037. Eine Ausstiegsklausel soll es nicht geben.
## 16:35 Uhr | Mbeki beim Medizincheck in Hohenwald
> Sipho Mbeki ist am Vormittag mit einem Privatjet in Hohenwald gelandet und absolviert jetzt in der Sportklinik an der Lindenstr. den Medizincheck. Rund 60 Fans warten vor dem Gebäude, einige mit südafrikanischen Fahnen.
## 15:50 Uhr | Wie viel darf Hohenwald ausgeben?
> Hohenwald hat im Sommer bereits ca. 45 Mio. Euro eingenommen, vor allem durch den Verkauf von Innenverteidiger Jonas Reimer nach Italien. Nach Angaben von Finanzvorständin Prof. Ulrike Saalfeld hat der Klub „Spielraum für eine große Investition“, d.h. genau für einen Spieler wie Mbeki.
## 14:40 Uhr | Weserfeld bestätigt Gespräche mit Rheinau
> SC Weserfeld bestätigt Verhandlungen mit dem VfB Rheinau über einen Wechsel von Lukas Dietl. Trainer Holger Brinkmann sagte am Mittag: „Wenn alle Seiten zufrieden sind, legen wir Lukas keine Steine in den Weg.“
## 13:15 Uhr | Einigung zwischen Hohenwald und Zeebrugge
> Laut übereinstimmenden Medienberichten aus Belgien haben sich der FC Hohenwald und KV Zeebrugge auf eine Ablöse für Sipho Mbeki geeinigt. Die Rede ist von 32 Mio. Euro, was Mbeki zum teuersten Einkauf der Vereinsgeschichte machen würde. Bisheriger Rekord: 19,5 Mio. Euro für Mittelfeldspieler Ole Brandvold im Jahr 2029.
## 8:00 Uhr | Guten Morgen zum Deadline Day!
> Guten Morgen und willkommen zum letzten Tag der Transferperiode! Bis 20 Uhr können die Klubs in Deutschland noch neue Spieler verpflichten. Alle Wechsel, Gerüchte und Dementis gibt es hier im Ticker. Hinweise gern an ticker@anstoss.example.

=== de-live-lunaris-start
lang: de
outlet: Weser-Tageblatt
title: Mondmission »Lunaris« gestartet: Bremer Landesonde »Tycho« ist auf dem Weg zum Mond
caption: Die Ariane 6 mit der Sonde »Tycho« an Bord hebt vom Weltraumbahnhof Kourou ab.
link: https://example.de/wissenschaft/raumfahrt/lunaris-start-liveblog
author: Dr. Jana Oltmanns
date: 2032-11-20 17:15:00
tags: Raumfahrt, ESA, Lunaris, Bremen
options: time=prefix bullet=⇒
> Europa ist auf dem Weg zum Mond: Eine Ariane-6-Rakete hat am Nachmittag die Landesonde »Tycho« der europäischen Mission Lunaris ins All gebracht. Nach einer halbstündigen Verschiebung wegen eines Druckproblems hob die Rakete um 15.12 Uhr deutscher Zeit vom Weltraumbahnhof Kourou in Französisch-Guayana ab.
> Die 2,4 Tonnen schwere Sonde wurde zum großen Teil in Bremen gebaut. Sie soll am 3. Februar in der Nähe des lunaren Südpols landen und dort nach Wassereis suchen. Es wäre die erste europäische Landung auf dem Mond.
kp: Die wichtigsten Infos
* Ariane 6 startet mit halbstündiger Verspätung
* Sonde »Tycho« erfolgreich abgetrennt
* Erstes Signal empfangen
* Landung am Südpol für 3. Februar geplant
## 16:58 Uhr | Jubel in Bremen: »Wir haben ein Kind auf die Reise geschickt«
> In der Halle von OrbitWerk Bremen, wo »Tycho« in den vergangenen fünf Jahren gebaut wurde, liegen sich die Ingenieurinnen und Ingenieure in den Armen. Projektleiter Dr.-Ing. Matthias Brüggemann hat Tränen in den Augen: »Wir haben ein Kind auf die Reise geschickt. Jetzt muss es nur noch heil ankommen.«
> Bremens Bürgermeisterin Dörte Lüdemann war beim Public Viewing in der Halle dabei und sprach von einem »Tag, den Bremen nicht vergessen wird«. Rund 400 Beschäftigte und ihre Familien hatten den Start live verfolgt.
> Für OrbitWerk ist der Start auch wirtschaftlich wichtig. Das Unternehmen beschäftigt in Bremen ca. 1.100 Menschen, der Auftrag für »Tycho« hatte ein Volumen von rund 310 Mio. Euro. Geschäftsführerin Annegret Kühl hofft auf Folgeaufträge: »Wenn wir landen, und ich sage bewusst wenn, dann stehen wir für die nächste Mission in der ersten Reihe.«
> Auch an der Universität Bremen wurde gefeiert. Studierende hatten im Hörsaal eine Leinwand aufgebaut, die Mensa spendierte Kuchen in Form eines Halbmonds.
## 16:31 Uhr | Erstes Signal empfangen, meldet das ESOC
> Das Kontrollzentrum ESOC in Darmstadt hat das erste Signal von »Tycho« empfangen. Die Sonde hat ihre Solarpaneele ausgefahren und lädt ihre Batterien. ESA-Flugdirektorin Ines Vasconcelos: »Alle Systeme nominal. Das ist ein sehr gesundes Raumfahrzeug.«
## 15:53 Uhr | Sonde »Tycho« erfolgreich abgetrennt
> 41 Minuten nach dem Start hat sich die Sonde von der Oberstufe der Ariane 6 getrennt. Die Trennung erfolgte ca. 3.500 Kilometer über dem Atlantik. Jetzt beginnt das bange Warten auf das erste Signal.
## 15:20 Uhr | Oberstufe gezündet
> Die Vinci-Oberstufe hat planmäßig gezündet. Sie bringt »Tycho« auf eine Bahn, die die Sonde in rund zwei Monaten zum Mond führen wird. Der Flug verläuft bislang »völlig nominal«, heißt es aus Kourou.
## 15:12 Uhr | Abheben! Ariane 6 ist gestartet
> Und da ist sie! Die Ariane 6 hebt ab, zunächst langsam, dann immer schneller. Nach 8 Sekunden hat sie den Startturm hinter sich gelassen, im Kontrollzentrum wird applaudiert. Der Himmel über Kourou ist fast wolkenlos.
## 14:47 Uhr | Neuer Startversuch um 15.12 Uhr
> Das Problem ist behoben. Ein Drucksensor in einer Treibstoffleitung hatte einen falschen Wert gemeldet. Der neue Startzeitpunkt liegt innerhalb des Startfensters, das bis 15.58 Uhr offen ist.
## 14:40 Uhr | Countdown gestoppt!
> Der Countdown wurde bei T minus 7 Minuten angehalten. Nach Angaben von Arianespace gibt es einen »Hinweis auf ein Druckproblem« in der Hauptstufe. Mehr Informationen gibt es noch nicht.
## 14:10 Uhr | Livestream auf YouTube
> Die ESA überträgt den Start ab 14.15 Uhr im Livestream, u.a. auf ihrer Website und auf YouTube. Der Kommentar ist auf Englisch und Französisch, das DLR bietet einen eigenen Stream mit deutschem Kommentar an.
## 13:30 Uhr | Was soll »Tycho« auf dem Mond?
> »Tycho« soll in der Nähe des Shackleton-Kraters landen, einem Gebiet, in dem Forscher große Mengen Wassereis vermuten. Die Sonde hat u.a. einen kleinen Bohrer an Bord, der bis zu 1,5 Meter tief in den Boden vordringen kann, sowie ein Massenspektrometer der Universität Bern.
> ESA-Generaldirektor Prof. Arnaud Castelnau nennt Wasser auf dem Mond »das Öl des 21. Jahrhunderts«, d.h. einen Rohstoff, mit dem man Trinkwasser, Sauerstoff und sogar Raketentreibstoff herstellen könnte.
## 13:00 Uhr | Herzlich willkommen zum Start von Lunaris
> Guten Tag und herzlich willkommen! Heute soll um 14.42 Uhr deutscher Zeit die Mondmission Lunaris starten. Wir berichten live aus Bremen und verfolgen den Start in Kourou. Fragen an die Redaktion gern an wissenschaft@weser-tageblatt.example.

=== de-live-kartenzahlung-stoerung
lang: de
outlet: Digitalwelt Heute
title: Bundesweite Störung: Kartenzahlung in vielen Supermärkten und Tankstellen fällt aus
caption: Ein Schild an der Kasse eines Supermarkts in Kassel weist auf die Störung hin.
link: https://example.de/digital/stoerung-kartenzahlung-paynord-newsblog
author: Leonie Achterkamp
date: 2032-12-17 13:40:00
tags: Störung, Kartenzahlung, Handel
options: bullet=-
> Seit Samstagvormittag funktioniert in Tausenden Geschäften in ganz Deutschland die Kartenzahlung nicht oder nur eingeschränkt. Betroffen sind vor allem Supermärkte, Drogerien und Tankstellen, deren Kartenterminals über den Zahlungsdienstleister PayNord laufen. Kunden konnten an vielen Kassen nur noch bar bezahlen.
> Ausgerechnet am letzten Samstag vor Weihnachten bildeten sich an Geldautomaten lange Schlangen. PayNord spricht von einem „technischen Fehler in einem Rechenzentrum“, Hinweise auf einen Cyberangriff gibt es laut Behörden bisher nicht.
kp: Überblick
* Seit ca. 9.20 Uhr Ausfälle bei Kartenterminals in ganz Deutschland.
* Betroffen sind Terminals des Dienstleisters PayNord.
* Bargeld und teils mobiles Bezahlen funktionieren weiterhin.
* Laut BSI kein Hinweis auf einen Angriff.
## Dienstleister PayNord entschuldigt sich
> In einer Mitteilung entschuldigt sich PayNord „bei allen Händlerinnen und Händlern sowie deren Kundinnen und Kunden“. Ursache sei ein fehlerhaftes Update an einem Datenbankserver in einem Rechenzentrum in Frankfurt. Man arbeite „mit Hochdruck“ an der Behebung, ein Zeitpunkt könne aber noch nicht genannt werden.
> PayNord betreibt nach eigenen Angaben ca. 310.000 Kartenterminals in Deutschland, Österreich und den Niederlanden. Wie viele davon ausgefallen sind, sagte das Unternehmen nicht.
## Händler: „Wir nehmen heute nur noch Bargeld“
> Vor einem Supermarkt in der Kasseler Wilhelmshöher Allee hängt ein handgeschriebener Zettel: „Heute nur Barzahlung! Wir bitten um Verständnis.“ Filialleiter Erkan Yurtsever sagt, der Umsatz sei am Vormittag um etwa 40 Prozent eingebrochen. „Viele Leute haben einfach ihren vollen Einkaufswagen stehen lassen.“
> An einer Tankstelle in Göttingen durften Kunden, die kein Bargeld dabeihatten, ihren Ausweis hinterlegen und später bezahlen. „Was sollen wir sonst machen? Den Sprit wieder absaugen?“, fragt die Pächterin.
## Was funktioniert noch?
> Bargeld funktioniert natürlich, und die Geldautomaten der Banken und Sparkassen sind von der Störung nicht betroffen. Auch Kreditkarten funktionieren an vielen Terminals, wenn diese über einen anderen Netzbetreiber laufen.
> iPhone- und Android-Nutzer berichten, dass mobiles Bezahlen per Smartphone teils klappt, teils nicht, je nachdem, welches Terminal im Geschäft steht. Online-Zahlungen, z.B. bei eBay oder großen Versandhändlern, laufen nach bisherigen Erkenntnissen normal.
## BSI sieht keinen Hinweis auf Cyberangriff
> Das Bundesamt für Sicherheit in der Informationstechnik (BSI) steht nach eigenen Angaben in Kontakt mit PayNord. „Nach derzeitigem Stand liegen uns keine Hinweise auf einen Cyberangriff vor“, sagte eine Sprecherin. Man beobachte die Lage aber weiter.
## Warum trifft es so viele Geschäfte gleichzeitig?
> Der Zahlungsverkehr im Handel ist in Deutschland auf wenige große Netzbetreiber konzentriert. Fällt einer aus, sind sofort Zehntausende Kassen betroffen. Der IT-Sicherheitsexperte Prof. Dr. Stefan Quandt von der Hochschule Nordheide spricht von einem „Klumpenrisiko“: „Wir haben das Bargeld jahrelang schlechtgeredet. Heute merken wir, wofür es gut ist.“
> Er rät Händlern, für solche Fälle einen zweiten Anbieter als Notfall-Lösung bereitzuhalten, bzw. zumindest eine mobile Kasse, die über das Mobilfunknetz läuft.
## Was Kundinnen und Kunden jetzt tun sollten
> Verbraucherschützer raten, vor dem Einkauf etwas Bargeld abzuheben und nachzufragen, ob an der Kasse Kartenzahlung möglich ist. Wer doppelt belastet wurde, etwa weil eine Zahlung scheinbar abgebrochen wurde, sollte in den nächsten Tagen die Kontoauszüge prüfen und sich ggf. an die eigene Bank wenden.

=== de-live-tour-de-suisse-koenigsetappe
lang: de
outlet: Aare-Zeitung
title: Tour de Suisse im Ticker: Nico Gisler gewinnt die Königsetappe in Crans-Montana und übernimmt Gelb
caption: Nico Gisler jubelt auf den letzten Metern vor dem Ziel in Crans-Montana.
link: https://example.ch/sport/rad/tour-de-suisse-koenigsetappe-ticker
author: Reto Zurbriggen
date: 2032-06-20 17:45:00
tags: Radsport, Tour de Suisse, Nico Gisler
options: time=suffixdash bullet=•
> Grosser Tag für den Schweizer Radsport: Nico Gisler hat die Königsetappe der Tour de Suisse von Ulrichen nach Crans-Montana gewonnen und das Gelbe Trikot übernommen. Der 26-jährige Urner setzte sich im Schlussanstieg ab und kam 38 Sekunden vor dem Kolumbianer Julián Arboleda ins Ziel.
> Der bisherige Leader Sander Vercauteren (Belgien) brach am Furkapass ein und verlor über vier Minuten. Gisler führt nun mit 52 Sekunden Vorsprung auf Arboleda. Am Sonntag folgt noch das Einzelzeitfahren in Bern.
kp: Die Etappe in Kürze
* Gisler gewinnt solo in Crans-Montana
* Vercauteren verliert Gelb am Furkapass
* Arboleda neuer Zweiter im Gesamtklassement
## 17.22 Uhr | Gisler: «Ich habe an meinen Vater gedacht»
> Im Ziel bricht Gisler in Tränen aus. «Ich habe an meinen Vater gedacht. Er ist mit mir als Bub jeden Sommer hier oben gewesen, mit dem Velo, mit dem Zelt», sagt er im Interview. «Dass ich hier gewinne, im Gelben Trikot… das ist unglaublich.»
## 17.09 Uhr | Sieg für Gisler!
> Nico Gisler gewinnt die Königsetappe! Er richtet sich auf den letzten 50 Metern auf, küsst das Schweizerkreuz auf seinem Trikot und reisst die Arme hoch. Tausende Fans an der Strecke feiern ihn frenetisch.
## 17.01 Uhr | Noch 3 Kilometer: Vorsprung wächst auf 35 Sekunden
> Gisler fährt wie entfesselt. Der Vorsprung auf Arboleda beträgt jetzt 35 Sekunden. Dahinter kämpft der Österreicher Florian Hinteregger um Rang drei.
## 16.48 Uhr | Gisler attackiert!
> Da ist die Attacke! 7,5 km vor dem Ziel tritt Nico Gisler an, Arboleda kann nicht sofort folgen. Nach wenigen hundert Metern hat der Schweizer eine Lücke von 10 Sekunden herausgefahren.
## 16.20 Uhr | Start in den Schlussanstieg nach Crans-Montana
> Die Spitzengruppe, noch sieben Fahrer, nimmt den Schlussanstieg in Angriff: 13,4 km mit durchschnittlich 7,2 Prozent Steigung. Die Fans stehen dicht gedrängt, einige mit Kuhglocken, viele mit Schweizer Fahnen.
## 15.35 Uhr | Vercauteren abgehängt – das Gelbe Trikot wackelt
> Drama am Furkapass! Der Leader Sander Vercauteren kann das Tempo der Favoritengruppe nicht mehr mitgehen. Sein Team Baltic-Velo lässt zwei Helfer zurückfallen, doch der Abstand wächst: 1:10 Minuten auf der Passhöhe.
> Sein Sportlicher Leiter sagt am Teamfunk etwas, das wir hier nicht wiedergeben. Das Mikrofon des Fernsehens hat es trotzdem aufgenommen.
## 14.32 Uhr | Ausreisser am Furkapass eingeholt
> Das Feld hat die sechs Ausreisser kurz vor der Passhöhe der Furka (2'429 m ü. M.) gestellt. Damit ist alles wieder zusammen. Das Team von Gisler, Helvetia-Alpin, übernimmt die Führung und erhöht das Tempo deutlich.
## 13.10 Uhr | Sturz in der Abfahrt vom Nufenen
> Auf der Abfahrt vom Nufenenpass stürzen drei Fahrer in einer Rechtskurve, u.a. der Deutsche Tobias Rehkamp. Er kann weiterfahren, blutet aber am Ellbogen. Die beiden anderen Fahrer müssen aufgeben.
## 11.45 Uhr | Sechs Fahrer setzen sich ab
> Kurz nach dem Start in Ulrichen bildet sich eine Ausreissergruppe mit sechs Fahrern, darunter der Schweizer Levin Mettler und der Franzose Mathis Roux. Ihr Vorsprung beträgt nach 20 km ca. 3:40 Minuten.
## 11.00 Uhr | Die Königsetappe im Überblick
> Die 7. Etappe führt über 176,8 km und drei Alpenpässe von Ulrichen nach Crans-Montana: Nufenen, Furka und zum Schluss der Anstieg ins Ferienzentrum. Insgesamt müssen die Fahrer ca. 4'300 Höhenmeter bewältigen. Alle Resultate gibt es auf www.example.ch/tds-resultate.
