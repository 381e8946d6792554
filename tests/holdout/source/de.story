#! German held-out articles: invented news.

=== de-plain-stadtrat-parkhaus
lang: de
outlet: Auenburger Anzeiger
title: Auenburg: Stadtrat beschließt neues Parkhaus am Bahnhof – Kritik von Anwohnern
caption: Auf dieser Fläche am Auenburger Bahnhof soll das Parkhaus entstehen.
link: https://example.de/auenburg/stadtrat-parkhaus-bahnhof
author: Sabine Krüger
date: 2026-11-27 06:30:00
tags: Auenburg, Stadtrat, Verkehr
> Der Stadtrat von Auenburg hat am Donnerstagabend mit 27 zu 14 Stimmen den Bau eines neuen Parkhauses am Bahnhof beschlossen. Das Projekt soll rund 12,5 Mio. Euro kosten und bis Ende 2028 fertig sein.
> Oberbürgermeisterin Dr. Katrin Wehmeyer (parteilos) sprach von einem „wichtigen Schritt für die Innenstadt“. Pendler aus dem Umland, z.B. aus Kirchrode und Hellersdorf-Süd, würden bisher oft in Wohnstraßen parken.
> Die Sitzung begann um 17.30 Uhr und dauerte fast fünf Stunden. Gegen 20.15 Uhr unterbrach die Vorsitzende die Debatte, nachdem Zuschauer auf der Tribüne Plakate hochgehalten hatten („Bäume statt Beton“).
> Um 21.40 Uhr wurde schließlich abgestimmt.
> Für das Parkhaus müssen 38 Bäume gefällt werden, darunter eine etwa 120 Jahre alte Blutbuche. Die Bürgerinitiative „Grünes Bahnhofsviertel e.V.“ hat bereits 1.000 Unterschriften gesammelt und kündigt rechtliche Schritte an. „Wir werden notfalls bis vor das Verwaltungsgericht ziehen“, sagte ihr Sprecher Jens McLeod.
> Die Stadt verweist auf ein Gutachten, wonach 3,5 Prozent mehr Fahrgäste die S-Bahn nutzen würden, wenn es ausreichend Parkplätze gäbe. Ersatzpflanzungen sind u.a. im Stadtpark und entlang der Goethestr. geplant.
> Das Parkhaus soll 640 Stellplätze bekommen, davon 48 mit Ladesäulen für E-Autos, dazu 120 Fahrradplätze. Betreiber wird die städtische Tochter Auenburger Parken GmbH & Co. KG.
> Kritik kam auch von der Opposition. „Wir bauen hier für das Jahr 1995“, sagte Grünen-Fraktionschefin Leonie Brandt. Statt eines Parkhauses brauche es bessere Busverbindungen und eine günstigere BahnCard für Pendler…
> Die Pläne können bis zum 12.03.2027 im Rathaus, Zimmer 214, eingesehen werden. Fragen beantwortet das Bauamt unter bauamt@auenburg.example oder auf www.auenburg.example/parkhaus.
> Baubeginn ist für Herbst 2027 geplant.

=== de-plain-tsv-jubilaeum
lang: de
outlet: Kirchroder Rundschau
title: 125 Jahre TSV Kirchrode: Verein feiert mit Festwoche und Promi-Spiel
link: https://example.de/sport/tsv-kirchrode-125-jahre
author:
date: 2026-05-04 14:20:00
options: nocaptionline crlf bom
> Der TSV Kirchrode 1901 e.V. wird 125 Jahre alt. Mit einer Festwoche vom 4. bis 11. Juli will der Verein sein Jubiläum feiern, wie der Vorsitzende Uwe Hartmann am Montag ankündigte.
> Los geht es am Samstag um 10.45 Uhr mit einem Umzug durch den Ort. Danach gibt es auf dem Sportplatz an der Lindenallee u.a. ein Fußballturnier der Jugendmannschaften, eine Hüpfburg, Kinderschminken usw.
> Um 19.30 Uhr beginnt im Festzelt der offizielle Festakt.
> Der Verein hat heute rund 1.450 Mitglieder in elf Abteilungen, darunter Fußball, Handball, Turnen, Tischtennis und seit 2023 auch eSports. „Die eSports-Abteilung hat uns viele Jugendliche gebracht, die wir sonst nie erreicht hätten“, sagt Hartmann. Gespielt werde vor allem auf der PlayStation, aber auch am PC.
> Nicht alle im Verein waren anfangs begeistert. „Ein Sportverein, in dem man sitzt? Das war für manche schwer zu verstehen“, erzählt Abteilungsleiter Timo Schäfer, 29, lachend. Inzwischen trainieren die Teams zweimal pro Woche, ca. 20 Spieler sind aktiv.
> Finanziell steht der Verein solide da: Der Mitgliedsbeitrag liegt bei 8,50 Euro im Monat für Erwachsene bzw. 4 Euro für Kinder. Für das Jubiläum hat die Sparkasse Auenburg 5.000 Euro gespendet, die Stadt gibt weitere 2.500 Euro dazu.
> Ein Höhepunkt der Festwoche ist ein Spiel der Altherrenmannschaft gegen eine Auswahl ehemaliger Profis am Mittwoch, d.h. am 8. Juli. Mit dabei ist auch der frühere Nationalspieler Marco DiSanto, der in Kirchrode aufgewachsen ist.
> Eine Chronik zum Jubiläum („125 Jahre TSV – Tore, Titel, Typen“) erscheint im Juni und kostet 19,90 Euro. Der Verein stellt außerdem alte Fotos und Filme auf YouTube ein; wer private Aufnahmen beisteuern möchte, kann sich unter chronik@tsv-kirchrode.example melden.
> Weitere Infos gibt es unter www.tsv-kirchrode.example. Der Eintritt zu allen Veranstaltungen ist frei.

=== de-live-hochwasser-auen
lang: de
outlet: Auenburger Anzeiger
title: Hochwasser an der Auen im Liveticker: Deich bei Kirchrode droht zu brechen, 1.200 Menschen evakuiert
caption: Helfer füllen Sandsäcke auf dem Marktplatz von Kirchrode.
link: https://example.de/auenburg/liveticker-hochwasser-auen
author: Sabine Krüger, Tobias Lenz
date: 2026-06-03 19:55:00
tags: Hochwasser, Auenburg, Kirchrode
options: bullet=•
> Nach tagelangem Starkregen führt die Auen so viel Wasser wie seit 2013 nicht mehr. Am Pegel Auenburg wurden am Mittwochnachmittag 6,42 Meter gemessen – normal sind 2,10 Meter.
> Der Landkreis hat den Katastrophenfall ausgerufen. Besonders kritisch ist die Lage am Deich bei Kirchrode, der auf einer Länge von 300 Metern durchweicht ist.
kp: Das Wichtigste in Kürze
* Katastrophenfall im Landkreis Auenburg ausgerufen
* Deich bei Kirchrode durchweicht, Evakuierung läuft
* Zahl der Evakuierten steigt auf 1.200
* Bahnstrecke Auenburg–Hellersdorf gesperrt
## 19.50 Uhr | Deich hält – vorerst
> Gute Nachrichten aus Kirchrode: Der Deich hält. Die Feuerwehr hat die aufgeweichte Stelle mit rund 25.000 Sandsäcken und Vlies gesichert. „Wir sind aber noch lange nicht über den Berg“, sagte Kreisbrandmeister Holger Sander.
> In der Nacht sollen Einsatzkräfte den Deich im Zwei-Stunden-Takt kontrollieren, auch mit Drohnen und Wärmebildkameras.
## 19.12 Uhr | Zahl der Evakuierten steigt auf 1.200
> Inzwischen haben rund 1.200 Menschen ihre Häuser in Kirchrode und im Ortsteil Auwiesen verlassen. Die meisten kommen bei Verwandten unter, etwa 180 in der Turnhalle der Gesamtschule.
> In der Halle ist die Stimmung gedrückt, aber ruhig. „Wir haben nur die Papiere, die Medikamente und den Hund mitgenommen“, sagt eine 74-jährige Frau.
## 18.40 Uhr | Wie sicher sind die Deiche an der Auen?
> Viele der Deiche an der Auen stammen aus den 1970er-Jahren. Nach dem Hochwasser 2013 wurden sie zwar auf einer Länge von 14 km saniert, der Abschnitt bei Kirchrode gehörte aber nicht dazu.
> Die Sanierung war für 2027 geplant, ca. 4,8 Mio. Euro sind dafür im Landeshaushalt vorgesehen.
## 18.05 Uhr | „Das Wasser kam in wenigen Minuten“
> Bernd Olschewski wohnt seit 40 Jahren in Auwiesen. So etwas habe er noch nicht erlebt, sagt er. „Um kurz nach vier stand das Wasser im Garten, um halb fünf im Keller. Das ging in wenigen Minuten.“
> Seine Nachbarin, Frau Dr. Ilse Wagner, hat ihre Möbel in den ersten Stock getragen. „Mehr kann man nicht machen. Jetzt heißt es warten.“
## 17.30 Uhr | Bahnstrecke Auenburg–Hellersdorf gesperrt
> Wegen einer unterspülten Brücke bei Lindenau ist die Bahnstrecke zwischen Auenburg und Hellersdorf gesperrt. Die Bahn hat einen Ersatzverkehr mit Bussen eingerichtet; Fahrgäste müssen mit ca. 45 Minuten längerer Fahrzeit rechnen.
## 16.55 Uhr | Bundeswehr schickt 150 Soldaten
> Auf Bitten des Landrats schickt die Bundeswehr 150 Soldaten nach Kirchrode. Sie sollen beim Befüllen und Verbauen der Sandsäcke helfen und treffen gegen 20 Uhr ein.
## 16.20 Uhr | Deich bei Kirchrode durchweicht, Evakuierung läuft
> Am Deich bei Kirchrode tritt an mehreren Stellen Wasser aus. Die Behörden haben die Evakuierung der tiefer gelegenen Straßen angeordnet, u.a. Am Mühlbach, Auenweg und Fischerstraße.
> Lautsprecherwagen der Polizei fahren durch den Ort. Wer Hilfe beim Verlassen der Wohnung braucht, soll die Nummer 0800 111 222 anrufen.
## 15.40 Uhr | Pegel Auenburg: 6,42
> Der Pegel in Auenburg hat am Nachmittag die Marke von 6,42 Metern erreicht. Der bisherige Rekord aus dem Jahr 2013 liegt bei 6,71 Metern.
## 15.05 Uhr | Schulen bleiben am Donnerstag geschlossen
> Alle Schulen und Kitas in Kirchrode, Auwiesen und Lindenau bleiben am Donnerstag geschlossen. Eine Notbetreuung gibt es nicht, teilte das Schulamt mit.
## 14.30 Uhr | Katastrophenfall im Landkreis Auenburg ausgerufen
> Landrat Michael Borchert hat um 14.15 Uhr den Katastrophenfall ausgerufen. Damit kann der Kreis Hilfe von außerhalb anfordern und Einsätze zentral steuern.
> „Das ist keine Panikmache, sondern eine Vorsichtsmaßnahme“, betonte Borchert.
## 13.45 Uhr | Wie viel Regen ist gefallen?
> Seit Sonntag sind im Einzugsgebiet der Auen laut Deutschem Wetterdienst bis zu 160 Liter pro Quadratmeter gefallen. Das ist mehr als die doppelte Monatsmenge.
## 12.10 Uhr | Sandsäcke auf dem Marktplatz
> Auf dem Marktplatz von Kirchrode füllen seit dem Vormittag Hunderte Freiwillige Sandsäcke. Viele haben sich über WhatsApp-Gruppen verabredet. Die Stadt bittet darum, nicht mit dem Auto anzureisen.
## 11.00 Uhr | Krisenstab tagt im Landratsamt
> Der Krisenstab des Landkreises ist zu einer Sondersitzung zusammengekommen. Ergebnisse sollen am frühen Nachmittag bekanntgegeben werden.
## 10.45 Uhr | Guten Morgen
> Willkommen zu unserem Liveticker zum Hochwasser an der Auen. Wir halten Sie hier den ganzen Tag über auf dem Laufenden. Hinweise und Fotos gerne an ticker@auenburger-anzeiger.example.

=== de-live-bahnstreik
lang: de
outlet: Mitteldeutsche Nachrichten Beispiel
title: Bahnstreik im Liveticker: Fernverkehr fast komplett eingestellt, Gewerkschaft droht mit Verlängerung
caption: Leere Bahnsteige am Hauptbahnhof Hellersdorf.
link: https://example.de/wirtschaft/liveticker-bahnstreik
author: Felix Arndt
date: 2026-03-11 13:40:00
tags: Bahn, Streik, Verkehr
options: bullet=- time=glued
> Seit 2 Uhr in der Nacht streiken die Lokführer der Gewerkschaft GDLV bundesweit. Im Fernverkehr fahren nach Angaben der Bahn nur etwa 20 Prozent der Züge, im Regionalverkehr ist das Angebot regional sehr unterschiedlich.
> Der Streik soll bis Donnerstag um 18 Uhr dauern.
kp: Überblick
* Fernverkehr: nur jeder fünfte Zug fährt
* Bahn zieht vor das Arbeitsgericht
* Gewerkschaftschef: „Wir können auch länger“
## vor 5 Minuten | Arbeitsgericht verhandelt am Nachmittag
> Das Arbeitsgericht Hellersdorf will noch heute über den Eilantrag der Bahn verhandeln. Die Verhandlung beginnt um 15.30 Uhr. Die Bahn hält den Streik für unverhältnismäßig, weil die Gewerkschaft ein neues Angebot nicht abgewartet habe.
> Eine Entscheidung könnte noch am Abend fallen. In früheren Verfahren hatten die Gerichte Streiks allerdings meist zugelassen.
## vor 25 Minuten | Gewerkschaftschef: „Wir können auch länger“
> GDLV-Chef Rainer Voss hat mit einer Verlängerung des Streiks gedroht. „Wenn die Bahn glaubt, sie könne uns vor Gericht kleinkriegen, hat sie sich getäuscht. Wir können auch länger“, sagte Voss vor Journalisten.
> Die Gewerkschaft fordert u.a. eine 35-Stunden-Woche bei vollem Lohnausgleich und 555 Euro mehr im Monat.
> Die Bahn bietet bislang 4,2 Prozent mehr Geld in zwei Stufen und eine Einmalzahlung von 1.500 Euro. Über die Arbeitszeit will sie erst ab 2028 reden.
## vor 1 Stunde | Pendler steigen aufs Auto um
> Auf den Autobahnen rund um Hellersdorf und Auenburg staut es sich seit dem frühen Morgen. Der ADAC meldete gegen 8.30 Uhr Staus von insgesamt mehr als 120 Kilometern.
> Viele Pendler nutzen Fahrgemeinschaften, die sie über Apps wie BlaBlaCar oder über WhatsApp-Gruppen organisieren. „Ich bin um fünf aufgestanden und trotzdem zu spät“, sagt eine Krankenpflegerin an einer Tankstelle.
## vor 2 Stunden | Bahn zieht vor das Arbeitsgericht
> Die Bahn hat beim Arbeitsgericht einen Antrag auf einstweilige Verfügung gegen den Streik gestellt. Personalvorstand Dr. Annette Kühne sprach von einem „Streik ohne Maß und Ziel“.
## vor 3 Stunden | Fernverkehr: nur jeder fünfte Zug fährt
> Im Fernverkehr fährt nach Angaben der Bahn nur etwa jeder fünfte Zug. Ein Notfahrplan ist unter www.bahn.example/streik abrufbar. Fahrgäste, die ihre Reise verschieben, können ihr Ticket bis zum 20.03. flexibel nutzen.
> Auf den Bahnhöfen blieb es weitgehend ruhig. Viele Reisende hatten sich offenbar auf den Streik eingestellt.
> Am Hauptbahnhof Hellersdorf standen am Morgen nur wenige Menschen vor den Anzeigetafeln. Ein Student aus Auenburg, der zu einer Prüfung nach Leipzig wollte, nahm es gelassen: „Ich fahre mit dem Fernbus. Dauert doppelt so lange, aber kostet die Hälfte.“
## vor 5 Stunden | Streik hat begonnen
> Seit 2 Uhr wird gestreikt. Im Güterverkehr hatte der Ausstand bereits am Dienstagabend um 18 Uhr begonnen; rund 300 Güterzüge stehen still.
> Es ist bereits der vierte Streik in dieser Tarifrunde. Zuletzt hatten die Lokführer Ende Februar für 24 Stunden die Arbeit niedergelegt. Die Verhandlungen waren vor zwei Wochen ohne Ergebnis abgebrochen worden, nachdem die Bahn eine Erhöhung um 4,2 Prozent in zwei Stufen angeboten hatte.

=== de-live-pokal-kirchrode
lang: de
outlet: Kirchroder Rundschau
title: Pokal-Sensation im Liveticker: TSV Kirchrode wirft Zweitligist Auenburg raus
caption: Kirchrodes Torjäger Kessler bejubelt seinen Treffer zum 2:1.
link: https://example.de/sport/liveticker-pokal-kirchrode-auenburg
author: Timo Wendland
date: 2026-08-14 22:35:00
tags: Fußball, Pokal, TSV Kirchrode
options: time=suffixglued
> Der Landesligist TSV Kirchrode empfängt in der ersten Runde des Verbandspokals den Zweitligisten SV Auenburg. Das Stadion an der Lindenallee ist mit 4.800 Zuschauern ausverkauft.
> Anpfiff ist um 20.30 Uhr.
## 22.24 Uhr | Abpfiff! Kirchrode steht in Runde zwei
> Es ist vollbracht! Der TSV Kirchrode gewinnt mit 2:1 gegen den großen Nachbarn aus Auenburg. Die Spieler liegen sich in den Armen, die Fans stürmen den Rasen.
> Trainer Stefan Möller: „Das ist der schönste Abend in meiner Zeit hier. Die Jungs haben 90 Minuten gekämpft, mehr geht nicht.“
## 22.19 Uhr | Fünf Minuten Nachspielzeit
> Der Schiedsrichter zeigt fünf Minuten an. Auenburg wirft jetzt alles nach vorne, sogar Torwart Pavlović geht bei Ecken mit.
## 22.05 Uhr | Tor für Kirchrode!
> Kessler! Nach einem langen Ball von Innenverteidiger Brandt setzt sich Lukas Kessler gegen zwei Gegenspieler durch und schiebt flach ins lange Eck. 2:1 für den Landesligisten!
> Auf der Tribüne liegen sich Wildfremde in den Armen.
## 21.52 Uhr | Gelb-Rot für Auenburg
> Auenburgs Abwehrchef Nico Wiesner sieht nach einem Foul an Kessler die zweite Gelbe Karte. Der Zweitligist spielt die letzten 25 Minuten zu zehnt.
## 21.35 Uhr | Anpfiff zur zweiten Halbzeit
> Weiter geht’s. Auenburg bringt mit Jannik Oyelaran einen frischen Stürmer.
## 21.22 Uhr | „Wir müssen mutiger werden“
> Kirchrodes Kapitän Tim Hartmann in der Halbzeit am Spielfeldrand: „Wir stehen gut, aber wir müssen mutiger werden. Die sind auch nur Menschen.“
## 21.17 Uhr | Halbzeit: 1:1
> Mit einem leistungsgerechten Unentschieden geht es in die Pause. Auenburg hatte mehr Ballbesitz (64 Prozent), Kirchrode die besseren Chancen.
## 21.09 Uhr | Ausgleich durch Schröder
> Kirchrode schlägt zurück! Nach einer Ecke von Kessler köpft Mittelfeldspieler Paul Schröder zum 1:1 ein. Das Stadion bebt.
## 20.48 Uhr | Auenburg führt 1:0
> Die Führung für den Favoriten: Nach einem schnellen Konter trifft Auenburgs Neuzugang Diego McKenzie aus 14 Metern. Kirchrodes Torwart Lehmann ist chancenlos.
## 20.31 Uhr | Los geht’s!
> Der Ball rollt. Kirchrode spielt in Blau-Weiß, Auenburg ganz in Rot.
> Die erste Chance hat gleich der Außenseiter: Albers zieht aus 20 Metern ab, knapp vorbei. Die Kirchroder Fans singen schon.
## 20.05 Uhr | Die Aufstellungen
> TSV Kirchrode: Lehmann – Brandt, Hartmann, Yilmaz, Krause – Schröder, Becker, Nowak – Weiß, Kessler, Albers. SV Auenburg: Pavlović – Wiesner, Holt, Kramer, Ünal – Ritter, Baumann, Kovač – McKenzie, Engel, Friedrich.
## 19.45 Uhr | Herzlich willkommen
> Guten Abend aus Kirchrode! Wir begleiten das Pokalspiel gegen den SV Auenburg hier im Liveticker. Das Wetter: 21 Grad, leichter Wind, perfekte Bedingungen.
> Schon zwei Stunden vor Anpfiff ist es rund ums Stadion voll. Viele Fans haben selbst gemalte Plakate dabei, z.B. „David gegen Goliath – Teil 2“.

=== de-live-landtag-haushalt
lang: de
outlet: Landespolitik Aktuell Beispiel
title: Landtag debattiert Doppelhaushalt – der Liveticker zum Nachlesen
caption: Blick in den Plenarsaal des Landtags.
link: https://example.de/politik/liveticker-landtag-doppelhaushalt
author: Miriam Hoffmann
date: 2026-12-10 20:10:00
tags: Landtag, Haushalt, Politik
options: time=colon
> Der Landtag hat am Donnerstag in zweiter Lesung über den Doppelhaushalt 2027/2028 beraten. Die Koalition will in zwei Jahren insgesamt 84,6 Mrd. Euro ausgeben, die Opposition wirft ihr vor, Schulden zu verschleiern.
## 20.05 Uhr | Das war’s für heute
> Die zweite Lesung ist abgeschlossen. Die Schlussabstimmung folgt in der kommenden Woche. Vielen Dank, dass Sie dabei waren!
## 19.48 Uhr | Haushalt passiert zweite Lesung
> Mit den Stimmen von CVP und Sozialer Union hat der Landtag den Entwurf in zweiter Lesung angenommen. 71 Abgeordnete stimmten mit Ja, 52 mit Nein, drei enthielten sich.
## 19.20 Uhr | Abstimmung über die Einzelpläne läuft
> Die Abgeordneten stimmen nun über die 17 Einzelpläne ab. Das kann dauern: Jeder Einzelplan wird einzeln aufgerufen.
## 18.55 Uhr | Finanzminister verteidigt Sondervermögen
> Finanzminister Dr. Gerhard Lindqvist hat das geplante Sondervermögen für Schulbau verteidigt. „Das sind keine versteckten Schulden, sondern Investitionen, die man im Haushalt genau nachlesen kann“, sagte er.
## 18.30 Uhr | Opposition: „Ein Haushalt auf Pump“
> Oppositionsführerin Carla Benedetti warf der Regierung vor, die Schuldenbremse zu umgehen. „Das ist ein Haushalt auf Pump, der unseren Kindern die Rechnung schickt“, sagte sie.
## 18.02 Uhr | Wie hoch ist die Verschuldung?
> Das Land hat derzeit rund 41 Mrd. Euro Schulden. Pro Kopf sind das etwa 4.100 Euro. Mit dem Sondervermögen kämen in zwei Jahren 2,4 Mrd. Euro hinzu.
## 17.40 Uhr | Debatte über Polizeistellen
> Innenminister Frank Adebayo kündigte an, bis 2028 insgesamt 600 neue Stellen bei der Polizei zu schaffen. Die Gewerkschaft der Polizei begrüßte das, forderte aber mehr Geld für Ausrüstung.
## 17.15 Uhr | Kurze Unterbrechung
> Die Sitzung ist für 15 Minuten unterbrochen, weil die Lautsprecheranlage im Plenarsaal ausgefallen ist.
## 16.50 Uhr | 3.200 neue Lehrerstellen geplant
> Kultusministerin Annika Sørensen hat die Pläne für den Bildungsbereich vorgestellt. In den nächsten zwei Jahren sollen 3.200 zusätzliche Lehrkräfte eingestellt werden, etwa die Hälfte davon an Grundschulen.
> Der Lehrerverband nannte das „einen Anfang“. Derzeit seien landesweit rund 1.100 Stellen unbesetzt.
## 16.20 Uhr | Zwischenruf sorgt für Ordnungsruf
> Ein Abgeordneter der Opposition hat einen Ordnungsruf erhalten, nachdem er den Finanzminister als „Taschenspieler“ bezeichnet hatte. Landtagspräsidentin Ute Marquardt mahnte zur Mäßigung.
## 15.55 Uhr | Was ist ein Doppelhaushalt?
> Bei einem Doppelhaushalt beschließt das Parlament die Einnahmen und Ausgaben für zwei Jahre auf einmal. Das spart Verwaltungsaufwand, macht den Haushalt aber weniger flexibel.
## 15.30 Uhr | Kommunen fordern mehr Geld
> Vor dem Landtag demonstrieren rund 300 Bürgermeister und Gemeinderäte. Sie fordern einen höheren Anteil an den Steuereinnahmen. „Wir bezahlen die Kitas, die Schulen, die Straßen – aber das Geld bleibt in der Landeshauptstadt“, sagte der Bürgermeister von Kirchrode.
## 15.02 Uhr | Grüne wollen Klimafonds aufstocken
> Die Grünen haben beantragt, den Klimafonds von 150 auf 400 Mio. Euro aufzustocken. Der Antrag hat kaum Aussicht auf Erfolg.
## 14.35 Uhr | Ministerpräsident meldet sich zu Wort
> Ministerpräsident Werner Kaltenbach spricht von einem „Haushalt der Verantwortung“. Das Land investiere so viel wie nie zuvor in Schulen, Straßen und Digitalisierung, z.B. in den Glasfaserausbau auf dem Land.
## 14.10 Uhr | Digitalisierung: 1,1 Mrd. Euro für Glasfaser
> Für den Breitbandausbau sind in zwei Jahren 1,1 Mrd. Euro vorgesehen. Bis 2030 sollen 95 Prozent der Haushalte einen Glasfaseranschluss haben.
## 13.45 Uhr | Mittagspause
> Die Sitzung wird für eine Stunde unterbrochen. Weiter geht es um 14.00 Uhr.
## 13.20 Uhr | AfW kritisiert Ausgaben für Integration
> Die Fraktion der AfW hat in der Debatte die Ausgaben für Integrationskurse kritisiert. Redner anderer Fraktionen widersprachen scharf.
## 12.55 Uhr | Krankenhäuser: Land übernimmt Defizite
> Das Land will in den kommenden zwei Jahren Defizite kommunaler Krankenhäuser in Höhe von bis zu 220 Mio. Euro übernehmen. Die Krankenhausgesellschaft sprach von einer „Rettung in letzter Minute“.
## 12.30 Uhr | Streit um Studiengebühren für Nicht-EU-Ausländer
> Die Koalition hält an den Gebühren von 1.500 Euro pro Semester fest. Die Opposition will sie abschaffen.
## 12.05 Uhr | Haushaltsausschuss-Vorsitzender eröffnet Debatte
> Der Vorsitzende des Haushaltsausschusses, Dr. Matthias Oberlin, hat die Beratungen mit einem Bericht über die Ausschussarbeit eröffnet. Der Ausschuss hatte in 14 Sitzungen über 600 Änderungsanträge beraten.
## 11.40 Uhr | Demonstration vor dem Landtag angemeldet
> Für den Nachmittag ist vor dem Landtag eine Demonstration der Kommunen angemeldet. Die Polizei rechnet mit mehreren hundert Teilnehmern.
## 11.15 Uhr | Rekordhaushalt: die wichtigsten Zahlen
> Der Haushalt sieht für 2027 Ausgaben von 41,9 Mrd. Euro und für 2028 von 42,7 Mrd. Euro vor. Größter Posten ist die Bildung mit rund 28 Prozent.
## 10.50 Uhr | Sitzung hat begonnen
> Landtagspräsidentin Marquardt hat die Sitzung eröffnet. Auf der Tagesordnung steht nur ein Punkt: der Doppelhaushalt.
## 10.30 Uhr | Opposition kündigt 90 Änderungsanträge an
> Die Opposition will in der zweiten Lesung 90 Änderungsanträge einbringen, u.a. zu Kitagebühren, Polizei und Klimaschutz.
## 10.00 Uhr | Guten Morgen aus dem Landtag
> Willkommen zu unserem Liveticker. Heute berät der Landtag in zweiter Lesung über den Doppelhaushalt 2027/2028. Wir berichten live aus dem Plenarsaal.
