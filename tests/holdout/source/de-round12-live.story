#! German round 12 live blogs: invented news, people, places and outlets.

=== de-live-landtagswahl-schleswig-holstein
lang: de
outlet: Förde-Kurier Online
title: Landtagswahl in Schleswig-Holstein: CDU klar vorn, Grüne auf Rekordhoch, FDP fliegt raus – der Wahlabend im Liveblog
caption: Ministerpräsident Hauke Brodersen (CDU) lässt sich im Landeshaus von seinen Anhängern feiern.
link: https://example.de/politik/landtagswahl-schleswig-holstein-2032-liveblog
author: Jens-Ole Carstensen, Wiebke Lorenzen
date: 2032-05-09 23:55:00
tags: Landtagswahl, Schleswig-Holstein, CDU, Grüne, SPD
options: time=suffix bullet=-
> Schleswig-Holstein hat gewählt: Die CDU von Ministerpräsident Hauke Brodersen bleibt mit deutlichem Abstand stärkste Kraft. Die Grünen mit Spitzenkandidatin Aylin Petersen erzielen das beste Ergebnis ihrer Geschichte im Land, die SPD stürzt auf einen historischen Tiefstand. Die FDP ist nicht mehr im Landtag vertreten.
> Rund 2,29 Millionen Menschen waren aufgerufen, einen neuen Landtag zu wählen. Wir haben den Wahltag und den Wahlabend im Liveblog begleitet.
kp: Das Wichtigste in Kürze
* CDU mit Brodersen stärkste Kraft, Schwarz-Grün mit eigener Mehrheit
* SPD mit dem schlechtesten Ergebnis seit 1950
* FDP scheitert an der Fünf-Prozent-Hürde
* Wahlbeteiligung bei 63,4 Prozent
## 23:41 Uhr | Vorläufiges Endergebnis: CDU 34,1 Prozent, Grüne 21,9 Prozent
> Landeswahlleiterin Dr. Anke Reimers hat um 23.38 Uhr das vorläufige amtliche Endergebnis bekannt gegeben: CDU 34,1 Prozent, Grüne 21,9, SPD 17,8, Freie Wähler 7,2, Linke 6,3 und FDP 4,6 Prozent.
> Sitzverteilung: CDU 29, Grüne 19, SPD 15, Freie Wähler 6, Linke 5. Schwarz-Grün kommt damit auf 48 von 74 Sitzen.
## 23:05 Uhr | Brodersen: „Ich rufe morgen früh als Erstes Aylin Petersen an“
> Der Ministerpräsident will die Koalition fortsetzen. „Wir haben fünf gute Jahre hinter uns. Warum sollten wir etwas ändern, was funktioniert?“
## 22:38 Uhr | Thomsen-Janssen schließt Rücktritt aus
> Trotz des Debakels will SPD-Spitzenkandidatin Merle Thomsen-Janssen Fraktionschefin bleiben. „Ich laufe nicht weg“, sagte sie. Aus der Partei kommen u.a. aus dem Kreisverband Husum-Land bereits Rücktrittsforderungen.
## 22:10 Uhr | FDP scheitert an der Fünf-Prozent-Hürde
> Jetzt ist es amtlich: Nach 4.587 von 4.612 ausgezählten Wahlbezirken liegen die Liberalen bei 4,6 Prozent. Spitzenkandidat Prof. Dr. Lennart Voss spricht von einem „bitteren Abend für die Freiheit“.
## 21:47 Uhr | Wer zieht neu in den Landtag ein?
> 31 der 74 Abgeordneten sind neu. Jüngste ist die 23-jährige Grüne Lina Hinrichsen aus Flensburg, ältester der 71-jährige CDU-Landwirt Claus-Peter Sievers.
## 21:30 Uhr | Reicht es für Schwarz-Grün?
> Ja, und zwar deutlich. Rechnerisch möglich wären auch CDU und SPD bzw. ein Bündnis aus CDU, SPD und Freien Wählern.
## 21:02 Uhr | Jubel bei den Grünen!
> Als die Hochrechnung die Grünen erstmals über 21 Prozent zeigt, bricht im Kieler Club „Hafenkante“ Jubel aus. Aylin Petersen wird auf Schultern zur Bühne getragen.
## 20:44 Uhr | Linke nach 20 Jahren zurück im Landtag
> „Wir sind wieder da“, ruft Landessprecherin Jana Ketelsen. Die Partei profitiert vor allem in Kiel und Lübeck von jungen Wählerinnen.
## 20:25 Uhr | Wahlbeteiligung bei 63,4 Prozent
> Die Beteiligung liegt 3,5 Punkte über der von 2027, d.h. rund 80.000 Menschen mehr haben ihre Stimme abgegeben.
## 20:03 Uhr | Freie Wähler sicher im Parlament
> Mit 7,2 Prozent ziehen die Freien Wähler erstmals in den Landtag ein. Ihr Spitzenkandidat, der Bürgermeister Knut Hansen-Bahr, spricht von einer „Revolution auf dem Land“.
## 19:48 Uhr | Server der Wahl-App WahlBlick überlastet
> Wer die Ergebnisse auf dem Handy verfolgen will, braucht Geduld: Die App ist seit 18 Uhr kaum erreichbar. Die Landeswahlleitung verweist auf www.wahlen-sh-example.de/ergebnisse.
## 19:31 Uhr | »Ein schwarzer Tag für die Sozialdemokratie«
> So kommentiert der frühere SPD-Landeschef Gerd Paulsen das Ergebnis. »Wir haben die Themen der Leute nicht mehr getroffen.«
## 19:15 Uhr | Was bedeutet das Ergebnis für Berlin?
> Der Kieler Politikwissenschaftler Prof. Hinnerk Jessen sieht ein „Warnsignal für die SPD im Bund“. Anderthalb Jahre vor der Bundestagswahl sei das „mehr als ein regionaler Ausrutscher“.
## 18:58 Uhr | Gedämpfte Freude in der CDU-Zentrale
> Generalsekretär Ole Frerichs mahnt zur Geduld: „Wir warten das Endergebnis ab.“ Dann knallen im Hintergrund doch die ersten Sektkorken.
## 18:40 Uhr | Zweite Hochrechnung bestätigt den Trend
> CDU 34,0 Prozent, Grüne 21,6, SPD 17,9, Freie Wähler 7,1, Linke 6,2, FDP 4,8 Prozent.
## 18:22 Uhr | Brodersen: „Ein großartiger Abend für Schleswig-Holstein“
> Unter dem Jubel seiner Anhänger betritt der Ministerpräsident die Bühne im Landeshaus und bedankt sich bei seiner Frau Maren. „Danke, Schleswig-Holstein!“
## 18:09 Uhr | Lange Gesichter bei der FDP
> Im Festsaal des Hotels „Kieler Hof“ herrscht Stille. Ein Parteimitglied: „Wir hoffen auf die Briefwahl… aber ehrlich gesagt glaubt keiner mehr dran.“
## 18:02 Uhr | Erste Hochrechnung: CDU 33,8 Prozent, SPD 18,1 Prozent
> Grüne 21,4, Freie Wähler 7,0, Linke 6,1, FDP 4,9 Prozent. Die Liberalen müssen zittern.
## 18:00 Uhr | Die Wahllokale sind geschlossen
> Die Prognose: CDU 34,5 Prozent, Grüne 21,0, SPD 18,0, Freie Wähler 7,0, Linke 6,0, FDP 5,0 Prozent.
## 17:45 Uhr | Gleich kommt die erste Prognose
> In einer Viertelstunde schließen die Wahllokale. Im Landeshaus sind rund 400 Journalistinnen und Journalisten akkreditiert.
## 17:20 Uhr | Ab wann gibt es belastbare Zahlen?
> Die erste Hochrechnung wird gegen 18.05 Uhr erwartet, ein vorläufiges Endergebnis nach Angaben der Landeswahlleitung „nicht vor 23 Uhr“.
## 16:55 Uhr | Briefwahl auf Rekordniveau
> Rund 42 Prozent der Wahlberechtigten haben laut Landeswahlleitung per Brief gewählt, gut 960.000 Menschen. Das dürfte die Auszählung verzögern.
## 16:10 Uhr | Wahlbeteiligung bis 16 Uhr bei 41,2 Prozent
> Ohne Briefwähler. Zum Vergleich: 2027 waren es zur gleichen Zeit 38,7 Prozent.
## 15:30 Uhr | Falsche Stimmzettel im Wahlbezirk Nr. 17 in Lütjenhorst
> Dort wurden am Vormittag 112 Stimmzettel des Nachbarwahlkreises ausgegeben. Die Stimmen sind laut Kreiswahlleiter gültig, z.B. weil die Landesliste identisch ist.
## 14:32 Uhr | Aylin Petersen wählt mit dem Lastenrad
> Die Grünen-Spitzenkandidatin radelt mit ihren beiden Kindern im Lastenrad zum Wahllokal in Kiel-Gaarden. Fotografen inklusive.
## 13:05 Uhr | Großer Andrang in Kiel und Lübeck
> Vor mehreren Wahllokalen bilden sich Schlangen. In Lübeck-St. Lorenz warten Wähler bis zu 30 Minuten.
## 12:10 Uhr | Wahlbeteiligung bis 12 Uhr höher als 2027
> Bis zum Mittag haben 24,6 Prozent ihre Stimme abgegeben, 2,1 Punkte mehr als vor fünf Jahren.
## 11:00 Uhr | Wer tritt an?
> 14 Parteien stehen auf dem Stimmzettel. Chancen auf den Einzug haben sechs: CDU, Grüne, SPD, Freie Wähler, Linke und FDP. Alle Listen finden Sie unter www.wahlen-sh-example.de.
## 09:40 Uhr | Brodersen wählt in seinem Heimatort Wittensee-Nord
> Der Ministerpräsident gibt seine Stimme in der Dorfschule ab. „Ich bin ganz ruhig“, sagt er, bevor er mit seinem Hund Fiete nach Hause spaziert.
## 08:00 Uhr | Die Wahllokale sind geöffnet
> Guten Morgen! Bis 18 Uhr können rund 2,29 Millionen Wahlberechtigte ihre Stimme abgeben. Fragen an die Redaktion? Schreiben Sie uns: wahl@foerde-kurier-example.de.

=== de-live-strassenbahn-entgleist-wendelstadt
lang: de
outlet: Wendelstädter Tagespost
title: Straßenbahn in der Innenstadt entgleist: 23 Verletzte, Linie 4 bis auf Weiteres gesperrt
caption: Der entgleiste Zug der Linie 4 an der Haltestelle Kornhausgasse.
link: https://example.de/wendelstadt/strassenbahn-entgleist-kornhausgasse-newsblog
author: Tobias Hermsdörfer
date: 2033-11-22 20:05:00
tags: Wendelstadt, Straßenbahn, Unfall, WVAG
options: time=dash crlf bom
> Schwerer Unfall in der Wendelstädter Innenstadt: Am Dienstagmittag ist eine Straßenbahn der Linie 4 kurz vor der Haltestelle Kornhausgasse entgleist und gegen ein Geschäftshaus geprallt. 23 Menschen wurden verletzt, drei von ihnen schwer.
> Die Wendelstädter Verkehrs-AG (WVAG) hat den Betrieb der Linie 4 eingestellt. Die Ursache ist noch unklar. Wir berichten im Newsblog.
## 19.48 Uhr | Wann fährt die Linie 4 wieder?
> Das ist noch völlig offen. Die Gleise und eine Weiche im Kurvenbereich sind stark beschädigt. WVAG-Vorstand Dr. Bernd Zirngibl rechnet mit Reparaturarbeiten „von mindestens zwei Wochen“. Bis dahin fahren Ersatzbusse zwischen Hauptbahnhof und Klinikum.
## 18.15 Uhr | Polizei: „Keine Hinweise auf Fremdeinwirkung“
> Die Ermittler gehen derzeit von einem technischen Defekt oder einem Fahrfehler aus. Der 52-jährige Fahrer wurde leicht verletzt und soll nach Angaben eines Polizeisprechers am Mittwoch vernommen werden. Ein Alkoholtest verlief negativ.
> Das 2019 gebaute Fahrzeug war zuletzt am 24.05.2033 in der Hauptuntersuchung und dabei ohne Mängel geblieben, teilte die WVAG mit.
## 17.02 Uhr | Oberbürgermeisterin Kröll: „Ein Schock für die ganze Stadt“
> Oberbürgermeisterin Dr. Sabine Kröll hat sich an der Unfallstelle ein Bild gemacht. „Ich bin dankbar, dass niemand ums Leben gekommen ist. Das hätte auch ganz anders ausgehen können“, sagte sie. Sie dankte den Einsatzkräften sowie zahlreichen Passanten, die Erste Hilfe geleistet hätten.
## 16.20 Uhr | Schwerlastkran soll die Bahn bergen
> Die rund 38 Tonnen schwere Straßenbahn wird am Abend mit einem Schwerlastkran wieder aufs Gleis gehoben. Die Kornhausgasse und der Obere Markt bleiben deshalb bis voraussichtlich 23 Uhr gesperrt. Anwohner werden gebeten, die Bereiche zu meiden.
## 15.40 Uhr | Zahl der Verletzten steigt auf 23
> Nach Angaben der Feuerwehr wurden 23 Menschen verletzt, drei davon schwer. Sie werden u.a. im Klinikum Wendelstadt und im St.-Anna-Krankenhaus behandelt. Lebensgefahr besteht nach derzeitigem Stand bei keinem der Verletzten.
> 14 Leichtverletzte konnten nach ambulanter Behandlung bereits nach Hause gehen.
## 14.32 Uhr | Augenzeugin: »Es gab einen fürchterlichen Knall«
> Marion Eberle saß in dem Café gegenüber der Haltestelle. »Es gab einen fürchterlichen Knall, dann lag überall Glas. Die Leute in der Bahn haben geschrien… ich dachte zuerst an eine Explosion.«
> Ein Kellner des Cafés sagt, die Bahn sei „deutlich zu schnell“ in die Kurve gefahren. Offiziell bestätigt ist das nicht.
## 14.05 Uhr | Ersatzverkehr mit Bussen eingerichtet
> Die WVAG hat einen Schienenersatzverkehr zwischen Hauptbahnhof und Klinikum eingerichtet. Die Busse fahren alle zehn Minuten, halten aber nicht an der Kornhausgasse.
> eTicket-Kunden können ihre Fahrkarten auch in den Bussen nutzen. Aktuelle Informationen gibt es unter www.wvag-example.de/stoerungen bzw. an der Hotline 0800 123 45 67.
## 13.41 Uhr | Straßenbahn in der Innenstadt entgleist
> Großeinsatz in der Innenstadt: An der Haltestelle Kornhausgasse ist gegen 13.25 Uhr eine Straßenbahn der Linie 4 entgleist. Der vordere Wagen prallte gegen die Fassade eines Modegeschäfts. Feuerwehr und Rettungsdienst sind mit einem Großaufgebot vor Ort, auch ein Rettungshubschrauber ist gelandet.

=== de-live-doping-rhoen-rundfahrt
lang: de
outlet: Radsport Aktuell
title: Dopingfall bei der Rhön-Rundfahrt: Spitzenreiter Riedhammer positiv getestet, Team VeloNova steigt aus – der Ticker zur 5. Etappe
caption: Jonas Riedhammer im Gelben Trikot bei der Siegerehrung nach der 4. Etappe.
link: https://example.de/radsport/rhoen-rundfahrt-doping-riedhammer-ticker
author: Matthias Grundhöfer
date: 2033-06-14 19:55:00
tags: Radsport, Doping, Rhön-Rundfahrt, Jonas Riedhammer
options: time=glued bullet=•
> Schock bei der Rhön-Rundfahrt: Der Gesamtführende Jonas Riedhammer ist positiv auf das Blutdopingmittel CERA getestet worden. Der 27-Jährige vom Team VeloNova-Brauhaus wurde am Dienstagmorgen von der Rennleitung aus dem Rennen genommen.
> Sein Team zog daraufhin alle Fahrer zurück. Die 5. Etappe über 186,4 km von Bad Reinhausen nach Oberbrunn fand dennoch statt, nach einem Protest des Pelotons mit 20 Minuten Verspätung.
kp: Das Wichtigste
* Spitzenreiter Jonas Riedhammer positiv auf CERA getestet
* Team VeloNova zieht sich aus dem Rennen zurück
* Kasper Lindgaard gewinnt die 5. Etappe und übernimmt Gelb
## 19:40 | Wie geht es mit der Rundfahrt weiter?
> Renndirektor Wolfgang Seubert will die Rundfahrt „auf jeden Fall“ bis zum Sonntag zu Ende fahren. Über die Zukunft des Rennens, das 2034 sein 50. Jubiläum feiern soll, wolle er „jetzt nicht spekulieren“.
## 18:55 | Riedhammer bestreitet Doping: „Ich habe nie etwas genommen“
> Per Videobotschaft auf seinem Instagram-Kanal hat sich Riedhammer geäußert. „Ich habe nie etwas genommen, nie. Ich werde die Öffnung der B-Probe beantragen und für meine Unschuld kämpfen.“
> Sein Anwalt Dr. Florian Wiesbeck kündigte an, die Analyse des Kölner Labors „Punkt für Punkt“ prüfen zu lassen.
## 18:10 | Co-Sponsor prüft Ausstieg bei VeloNova
> Die Brauerei Hübner, die als Co-Sponsor jährlich rund 4,5 Millionen Euro in das Team steckt, prüft nach eigenen Angaben „alle vertraglichen Optionen“. Ein Sprecher: „Wir stehen für sauberen Sport, ohne Wenn und Aber.“
## 17:25 | Lindgaard gewinnt in Oberbrunn und übernimmt Gelb
> Der Däne Kasper Lindgaard vom Team NordicPro gewinnt den Sprint einer zwölfköpfigen Spitzengruppe vor Elia Moretti-Sanna und Bastian Kühnle. In der Gesamtwertung führt er nun mit 14 Sekunden Vorsprung.
> „Ich kann mich über dieses Trikot heute nicht richtig freuen“, sagte Lindgaard im Ziel.
## 16:40 | Team VeloNova zieht sich aus dem Rennen zurück
> Die Teamleitung hat alle sechs verbliebenen Fahrer vom Rennen abgemeldet. Sie folge damit den Regeln der Bewegung für einen glaubwürdigen Radsport, d.h. einer freiwilligen Selbstsperre nach einem positiven Test, heißt es in einer Mitteilung.
## 15:50 | Was ist eigentlich CERA?
> CERA ist ein EPO-Präparat der dritten Generation. Es steigert die Bildung roter Blutkörperchen und damit die Sauerstoffaufnahme, z.B. bei langen Anstiegen. Sein Vorteil für Betrüger: Es wirkt über Wochen und muss nur selten gespritzt werden.
> Prof. Annette Brückl vom Institut für Dopinganalytik erklärt: „Moderne Tests weisen CERA inzwischen zuverlässig nach, auch in geringen Mengen.“
## 15:05 | Protest am Start: Peloton wartet 20 Minuten
> Die Fahrer blieben in Bad Reinhausen demonstrativ stehen. Ihre Sprecher wollten damit nach eigenen Angaben nicht Riedhammer verurteilen, sondern „ein Zeichen für alle sauberen Fahrer“ setzen.
## 14:32 | Riedhammer positiv getestet, Rennleitung nimmt ihn aus dem Rennen
> Jetzt ist es offiziell. Die Probe wurde am 11. Juni nach dem Zeitfahren genommen. Der Weltradsportverband UCI hat Riedhammer vorläufig suspendiert, die Rennleitung hat ihn aus der Wertung genommen. Gelb wird heute nicht vergeben.
## 13:58 | Gerüchte am Start in Bad Reinhausen
> Im Startbereich kursieren seit dem Morgen Berichte über einen positiven Dopingtest. Das Team VeloNova hat seine Pressekonferenz kurzfristig abgesagt, der Teambus steht mit zugezogenen Vorhängen hinter dem Rathaus.
## 13:30 | Willkommen zur 5. Etappe
> Hallo und herzlich willkommen! Heute steht die Königsetappe mit 3.120 Höhenmetern auf dem Programm. Doch der Sport dürfte heute Nebensache sein.

=== de-live-bauernprotest-traktoren-schwerin
lang: de
outlet: Mecklenburger Abendblatt
title: Bauernprotest in Schwerin: 1.800 Traktoren legen die Innenstadt lahm – Agrarministerin stellt sich den Landwirten
link: https://example.de/mv/bauernprotest-schwerin-traktoren-liveticker
author: Anne-Katrin Möllendorf
date: 2034-01-18 15:20:00
tags: Landwirtschaft, Bauernprotest, Schwerin, Agrardiesel
options: time=prefix bullet=⇒ nocaptionline
> Sternfahrt auf die Landeshauptstadt: Aus allen Teilen Mecklenburg-Vorpommerns sind seit dem frühen Morgen Landwirte mit ihren Traktoren nach Schwerin gefahren. Nach Polizeiangaben sind rund 1.800 Fahrzeuge in der Stadt, der Bauernverband spricht von „weit über 2.000“.
> Die Landwirte protestieren gegen die geplante Streichung der Agrardiesel-Rückvergütung und gegen neue Auflagen für die Düngung. Im Stadtzentrum geht seit dem Vormittag kaum noch etwas.
kp: Das Wichtigste in Kürze
* Rund 1.800 Traktoren in der Schweriner Innenstadt
* Agrarministerin Wollschläger spricht auf der Kundgebung – und wird ausgepfiffen
* Busverkehr in der Innenstadt bis zum Abend eingestellt
## vor 12 Minuten | Erste Traktoren verlassen die Stadt
> Die Kundgebung ist beendet, die ersten Kolonnen rollen über die Crivitzer Chaussee Richtung Autobahn. Die Polizei rechnet damit, dass sich der Verkehr bis etwa 19 Uhr normalisiert.
## vor 38 Minuten | Bauernverband kündigt weitere Proteste an
> LBV-Präsident Detlef Kruskopf droht mit einer Blockade der Ostseehäfen, sollte die Landesregierung bis zum 3. Februar keine Zusagen machen. „Dann kommen wir wieder. Und dann nicht nur mit Traktoren, sondern mit Güllefässern.“
## vor 1 Stunde | „Wir sind keine Subventionsempfänger, wir sind Ernährer!“
> Mit diesem Satz erntet Junglandwirtin Franziska Thießen den größten Applaus des Tages. Die 24-Jährige bewirtschaftet mit ihrem Vater einen Milchviehbetrieb mit 180 Kühen bei Sternberg-Süd.
> – Was würde die Streichung für Ihren Hof bedeuten?
> – Rund 9.000 Euro weniger im Jahr. Das ist unser Gewinn von zwei Monaten.
## 14:32 Uhr | Pfiffe für Agrarministerin Wollschläger
> Agrarministerin Dr. Katrin Wollschläger hat sich den Landwirten auf dem Alten Garten gestellt. Kaum hatte sie das Mikrofon in der Hand, gingen ihre Worte in einem gellenden Pfeifkonzert unter. „Ich verstehe Ihre Wut“, rief sie mehrfach, „aber das Geld kommt aus Berlin, nicht aus Schwerin!“
## 13:50 Uhr | Wie viel Geld geht den Betrieben verloren?
> Die Rückvergütung für Agrardiesel liegt derzeit bei 21,48 Cent pro Liter. Ein durchschnittlicher Ackerbaubetrieb mit 250 Hektar verbraucht nach Berechnungen des Bauernverbands rund 25.000 Liter im Jahr, d.h. er würde gut 5.300 Euro verlieren.
## 13:05 Uhr | Busverkehr in der Innenstadt eingestellt
> Der Nahverkehr Schwerin hat alle Buslinien durch die Innenstadt bis zum Abend eingestellt. Die Straßenbahnlinien 1 bzw. 2 fahren nur verkürzt. Informationen in der App fahrMV sowie unter www.nahverkehr-schwerin-example.de.
> fahrMV-Nutzer berichten allerdings von Verspätungen bei den Push-Nachrichten.
## 12:15 Uhr | Suppe und Kaffee vom Landfrauenverband
> Auf dem Marktplatz verteilen die Landfrauen Erbsensuppe aus Gulaschkanonen – nach eigenen Angaben bisher rund 1.400 Portionen. Auch viele Schwerinerinnen und Schweriner stellen sich an.
## 11:20 Uhr | Polizei zählt 1.800 Traktoren
> Nach einer Zählung per Hubschrauber befinden sich rund 1.800 Traktoren im Stadtgebiet. Die Polizei ist mit 650 Beamten im Einsatz, u.a. mit Unterstützung aus Brandenburg. Bislang verläuft alles friedlich.
## 10:05 Uhr | Kolonnen erreichen die Stadtgrenze
> Über die B 104 und die B 106 rollen die Traktoren im Schritttempo auf die Innenstadt zu. Viele Fahrzeuge sind mit Plakaten geschmückt, etwa „Ohne Bauern kein Brot“ oder „Ampel aus – Traktor an“.
## 07:30 Uhr | Guten Morgen aus Schwerin
> Willkommen zum Liveticker! Die Polizei rät Pendlern, Schwerin heute weiträumig zu umfahren. Die Kundgebung auf dem Alten Garten soll gegen 13 Uhr beginnen.

=== de-live-hochwasser-donauinsel-kleinwoerth
lang: de
outlet: Niederbayerischer Anzeiger
title: Hochwasser an der Donau: Flussinsel Kleinwörth evakuiert – 140 Bewohner mit Booten in Sicherheit gebracht
caption: Helfer des THW bringen Bewohner der Insel Kleinwörth mit einem Schlauchboot ans Ufer.
link: https://example.de/niederbayern/hochwasser-donau-kleinwoerth-evakuierung
author: Korbinian Stadlmayr
date: 2032-06-03 21:30:00
tags: Hochwasser, Donau, Straubenau, Katastrophenschutz
options: bullet=• authorspace
> Die Donau steigt und steigt: Am Pegel Straubenau wurden am Donnerstagabend 7,82 Meter gemessen, mehr als drei Meter über dem Normalstand. Das Landratsamt hat für die Stadt Straubenau und die Gemeinde Mühlhofen den Katastrophenfall ausgerufen.
> Besonders dramatisch ist die Lage auf der Flussinsel Kleinwörth. Die rund 140 Bewohner mussten ihre Häuser verlassen, weil die einzige Brücke zur Insel überflutet ist.
kp: Das Wichtigste in Kürze
* Katastrophenfall in Straubenau und Mühlhofen
* Flussinsel Kleinwörth komplett evakuiert
* Wie hoch steigt die Donau noch?
* Notunterkunft in der Dreifachturnhalle
## Katastrophenfall in Straubenau und Mühlhofen
> Landrat Alois Gschwendtner hat am Mittag den Katastrophenfall ausgerufen. Damit kann das Landratsamt Einsatzkräfte zentral steuern und z.B. Helfer aus anderen Landkreisen anfordern. „Wir nehmen die Lage sehr ernst, es besteht aber kein Grund zur Panik“, sagte er.
## Evakuierung mit Booten des THW
> Weil die Brücke nach Kleinwörth seit dem Vormittag 40 Zentimeter unter Wasser steht, holten Helfer von THW, Wasserwacht und Feuerwehr die Bewohner mit Booten ab. Ältere Menschen wurden teils von den Balkonen aus in die Boote gehoben.
> 12 Bewohner wollten zunächst nicht gehen. Erst gegen 17 Uhr verließ auch der letzte von ihnen, der 84-jährige Xaver Huber, sein Haus, „aber nur mit meiner Katze“.
## „Wir haben alles in den ersten Stock getragen“
> Monika Reindl wohnt seit 31 Jahren auf der Insel. „Wir haben alles in den ersten Stock getragen, Möbel, Fotos, die Tiefkühltruhe… Jetzt hoffen wir halt.“ 2013 stand das Wasser in ihrem Erdgeschoss 1,20 Meter hoch.
## Wie hoch steigt die Donau noch?
> Der Hochwassernachrichtendienst erwartet den Scheitel in der Nacht auf Freitag bei 8,10 bis 8,40 Metern. Damit würde Meldestufe 4 erreicht. Die Prognosen werden stündlich aktualisiert.
> meinPegel, die Warn-App des Landesamts für Umwelt, zeigt die aktuellen Werte für alle Pegel an der Donau. Im Internet gibt es die Daten unter www.hochwasser-example.de/donau.
## Notunterkunft in der Dreifachturnhalle
> Für die Evakuierten hat das Bayerische Rote Kreuz in der Dreifachturnhalle am Gymnasium Straubenau 180 Feldbetten aufgestellt. Bisher haben aber nur 37 Menschen dort übernachtet, die meisten sind bei Verwandten untergekommen.
## Sandsäcke: Freiwillige gesucht
> Am Bauhof in der Industriestraße Nr. 12 werden weiter Helfer zum Befüllen von Sandsäcken gesucht. Bisher wurden rund 85.000 Säcke gefüllt. Anmeldung bitte per E-Mail an hochwasser@straubenau-example.de, eine Schaufel sollte man mitbringen.
## Bahnstrecke und Staatsstraße gesperrt
> Die Bahnstrecke zwischen Straubenau und Mühlhofen ist seit 15 Uhr gesperrt, ebenso die St 2125 am Donauufer. Ein Ersatzverkehr mit Bussen ist eingerichtet, allerdings mit Verspätungen von bis zu einer Stunde.
