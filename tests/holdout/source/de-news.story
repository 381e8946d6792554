#! German held-out articles, news: invented news and people.

=== de-live-brueckensperrung
lang: de
outlet: Rheintal-Kurier
title: Brückensperrung in Lindau-Süd: Schwerlastverkehr ab sofort umgeleitet – alle Infos im Ticker
caption: Die gesperrte Talbrücke am Montagmorgen.
link: https://example.de/region/talbruecke-lindau-sued-gesperrt-ticker
author: Katrin Vogelsang
date: 2029-03-12 16:20:00
tags: Verkehr, Autobahn, Brücke
options: time=prefix bullet=•
> Die Talbrücke Lindau-Süd ist seit Montagmorgen für alle Fahrzeuge über 3,5 Tonnen gesperrt. Bei einer Sonderprüfung haben Ingenieure der Autobahn GmbH Risse in zwei Spannbetonträgern entdeckt, die nach ihren Angaben „deutlich größer als erwartet“ sind. Pkw dürfen die Brücke vorerst weiter nutzen, allerdings nur mit höchstens 40 km/h und auf einer Spur je Richtung.
> Der Lkw-Verkehr wird über die B 31 und die Kreisstraße durch Oberreitnau umgeleitet. Dort stauten sich am Vormittag die Fahrzeuge auf bis zu acht Kilometern. Die Stadt rechnet damit, dass die Sperrung mindestens bis zum Sommer dauern wird – ein Neubau der Brücke war ohnehin für 2033 geplant.
kp: Das Wichtigste in Kürze
* Lkw über 3,5 Tonnen dürfen nicht mehr über die Brücke
* Pkw nur noch mit Tempo 40 und einspurig
* Bürgermeisterin fordert „schnelle und ehrliche Antworten“
## 16.05 Uhr | Bürgermeisterin fordert „schnelle und ehrliche Antworten“
> Oberbürgermeisterin Sabine Ruchti hat sich am Nachmittag in einem offenen Brief an die Autobahn GmbH gewandt. Die Stadt brauche „schnelle und ehrliche Antworten“ darauf, wie lange die Sperrung dauere und ob auch Pkw bald nicht mehr über die Brücke dürften. Oberreitnau sei „für 2.000 Lastwagen am Tag schlicht nicht gebaut“.
> Der Ortschaftsrat von Oberreitnau hat für Donnerstagabend eine Sondersitzung einberufen. Ortsvorsteher Gerd Weißhaupt sagte dem Kurier, man prüfe ein Durchfahrtsverbot für Lkw, das nur den Lieferverkehr zulasse. Das müsse allerdings das Landratsamt genehmigen.
## 14.32 Uhr | Autobahn GmbH: Einsturzgefahr besteht nicht
> Die Autobahn GmbH betont, dass für Autofahrer keine Gefahr bestehe. „Die Brücke ist tragfähig, aber eben nicht mehr für 40-Tonner“, sagte Niederlassungsleiter Dr. Thomas Kerber bei einer Pressekonferenz in Kempten. Man werde die Risse mit Sensoren überwachen, die jede Veränderung von mehr als 0,2 Millimetern melden.
> 17 Messpunkte sollen bis Ende der Woche installiert sein. Erst wenn die Daten von mindestens drei Monaten vorlägen, könne man entscheiden, ob die Brücke verstärkt oder vorzeitig abgerissen werde, so Kerber.
## 12.47 Uhr | Pendler stehen im Stau
> Auf der Umleitung durch Oberreitnau geht seit dem späten Vormittag kaum noch etwas. Die Polizei spricht von „erheblichen Verzögerungen“ von bis zu 45 Minuten. Auch die Buslinie 10 nach Wangen ist betroffen, der Verkehrsverbund empfiehlt Fahrgästen, auf den Regionalexpress umzusteigen, der zusätzliche Wagen einsetzt.
## 11.15 Uhr | Was bedeuten die Risse?
> Der Bauingenieur Prof. Markus Heiland von der Hochschule Biberach erklärt, dass Brücken aus den 1960er- und 1970er-Jahren häufig mit einem Spannstahl gebaut wurden, der unter bestimmten Bedingungen spröde werden kann. „Das ist kein Lindauer Problem, sondern ein bundesweites.“ Allein in Baden-Württemberg gelten rund 140 Autobahnbrücken als sanierungsbedürftig.
## 9.02 Uhr | Brücke seit 6 Uhr gesperrt
> Seit 6 Uhr sind die Zufahrten zur Talbrücke für Lastwagen mit Schranken und Schildern gesperrt. Die Autobahnpolizei kontrolliert an beiden Auffahrten. Wer sich nicht an das Verbot hält, muss mit einem Bußgeld von bis zu 240 Euro und einem Punkt in Flensburg rechnen.

=== de-live-grundsteuer-einspruch
lang: de
outlet: Westfalen Aktuell
title: Grundsteuer-Bescheide: Tausende Einsprüche in Münsterland – der Newsblog
caption: Grundsteuerbescheide liegen auf einem Küchentisch.
link: https://example.de/muensterland/grundsteuer-einsprueche-newsblog
author:
date: 2029-02-03 18:00:00
tags: Grundsteuer, Steuern, Münsterland
options: time=prefix bullet=⇒ crlf
> In den Städten und Gemeinden des Münsterlands sind seit dem Versand der neuen Grundsteuerbescheide mehr als 11.000 Einsprüche eingegangen. Viele Eigentümer klagen über Erhöhungen um das Drei- oder Vierfache, vor allem bei älteren Einfamilienhäusern auf großen Grundstücken. Die Kommunen verweisen auf die Reform des Bundes und die Werte der Finanzämter.
> Der Bund der Steuerzahler rät, den Bescheid genau zu prüfen, aber nicht vorschnell Einspruch einzulegen. Fehler lägen meist im Grundlagenbescheid des Finanzamts und nicht im Bescheid der Gemeinde, sagte Landesgeschäftsführerin Ute Brandhorst. Wer gegen den falschen Bescheid vorgehe, verliere im Zweifel wertvolle Zeit.
## vor 12 Minuten | Kämmerer: „Wir nehmen keinen Cent mehr ein“
> Der Kämmerer der Stadt Coesfeld, Jürgen Böckenholt, weist den Vorwurf zurück, die Stadt nutze die Reform zum Abkassieren. „Wir nehmen keinen Cent mehr ein als vorher. Der Hebesatz wurde so angepasst, dass das Aufkommen gleich bleibt.“ Dass manche mehr und andere weniger zahlten, sei „die Folge der Reform und so vom Gesetzgeber gewollt“.
> Tatsächlich hat Coesfeld den Hebesatz von 495 auf 410 Prozent gesenkt. Für Wohnungseigentümer in der Innenstadt sinkt die Grundsteuer dadurch teils deutlich, für Besitzer älterer Häuser am Stadtrand steigt sie dagegen.
## vor 48 Minuten | Beispiel aus Dülmen: von 380 auf 1.140 Euro
> Ein Rentnerehepaar aus Dülmen hat dem Newsblog seinen Bescheid gezeigt. Für das 1962 gebaute Einfamilienhaus auf einem 1.100 Quadratmeter großen Grundstück zahlte es bisher 380 Euro im Jahr, künftig sind es 1.140 Euro. „Das ist für uns fast eine Monatsrente“, sagt Hildegard Schulze-Wessel. Das Paar hat Einspruch eingelegt.
## vor 1 Stunde | So legen Sie richtig Einspruch ein
> Die Frist für einen Einspruch beträgt einen Monat ab Bekanntgabe des Bescheids. Der Einspruch muss schriftlich eingelegt werden, eine Begründung kann nachgereicht werden. Wichtig: Wer den Wert des Grundstücks für falsch hält, muss sich an das Finanzamt wenden, wer den Hebesatz beanstandet, an die Gemeinde. Die Zahlung ist trotz Einspruch fällig.
> Die Verbraucherzentrale NRW bietet eine kostenlose Musterformulierung an. Für eine persönliche Beratung werden 25 Euro fällig, Termine gibt es in allen Beratungsstellen im Münsterland.
## vor 3 Stunden | Über 11.000 Einsprüche im Münsterland
> Eine Umfrage des Newsblogs unter den Kommunen zeigt das Ausmaß: In Münster sind bisher 4.300 Einsprüche eingegangen, in Rheine 1.250, in Ahaus rund 900. Mehrere Rathäuser haben zusätzliches Personal aus anderen Abteilungen abgezogen, um die Schreiben zu bearbeiten. In Greven ist die Telefonhotline an zwei Tagen zusammengebrochen.

=== de-live-tarifrunde-chemie
lang: de
outlet: Wirtschaftsblatt Rhein-Neckar
title: Chemie-Tarifrunde im Liveticker: Einigung auf 5,2 Prozent mehr Lohn – IG BCE
caption: Verhandlungsführer beider Seiten vor dem Tagungshotel in Mannheim.
link: https://example.de/wirtschaft/chemie-tarifrunde-liveticker
author: Stefan Rauch, Aylin Demir
date: 2029-10-18 23:30:00
tags: Tarif, Chemie, IG BCE, Wirtschaft
options: time=glued bullet=•
> Nach fast 20 Stunden Verhandlungen haben sich die Chemiearbeitgeber und die Gewerkschaft IG BCE auf einen neuen Tarifvertrag für die rund 580.000 Beschäftigten der chemischen und pharmazeutischen Industrie geeinigt. Die Löhne steigen in zwei Stufen um insgesamt 5,2 Prozent, dazu kommt eine Einmalzahlung von 1.000 Euro.
> Der Vertrag läuft 24 Monate. Beide Seiten sprachen von einem „schwierigen, aber fairen“ Kompromiss. Die Arbeitgeber hatten zunächst nur 2,5 Prozent angeboten und auf die schwache Auftragslage und hohe Energiekosten verwiesen, die Gewerkschaft hatte 7 Prozent gefordert.
kp: Die Ergebnisse auf einen Blick
* 3,5 Prozent mehr ab Januar, weitere 1,7 Prozent ab Januar 2031
* Einmalzahlung von 1.000 Euro, Azubis erhalten 500 Euro
* Arbeitgeber: „An der Grenze des Machbaren“
## 23:12 | Arbeitgeber: „An der Grenze des Machbaren“
> Der Verhandlungsführer des Bundesarbeitgeberverbands Chemie, Dr. Frank Hollerbach, nannte den Abschluss „an der Grenze des Machbaren“. Viele Betriebe, vor allem im Mittelstand, stünden wegen der Energiepreise unter Druck. „Wir haben uns bewegt, weil wir Fachkräfte halten wollen. Billig ist das nicht.“
## 22:47 | Einigung: 5,2 Prozent in zwei Stufen
> Jetzt ist es offiziell: Die Entgelte steigen ab dem 1. Januar um 3,5 Prozent und ab dem 1. Januar 2031 um weitere 1,7 Prozent. Die Einmalzahlung von 1.000 Euro wird im Dezember ausgezahlt, Auszubildende bekommen 500 Euro. Außerdem wird die Möglichkeit, Teile des Lohns in freie Tage umzuwandeln, ausgeweitet.
> IG-BCE-Verhandlungsführerin Petra Kühnel sprach von einem „ordentlichen Ergebnis in schwierigen Zeiten“. Die Beschäftigten hätten „mit ihren Aktionen vor den Werkstoren gezeigt, dass sie es ernst meinen“.
## 20:30 | Verhandlungen unterbrochen – »Es hakt bei der Laufzeit«
> Die Verhandlungen sind erneut unterbrochen. Nach Informationen des Wirtschaftsblatts liegen beide Seiten beim Prozentsatz nur noch wenige Zehntel auseinander, streiten aber über die Laufzeit. „Es hakt bei der Laufzeit“, heißt es aus Gewerkschaftskreisen. Die Arbeitgeber wollen 27 Monate, die IG BCE höchstens 24.
## 17:05 | Warnstreiks bei BASF-Zulieferern?
> In Ludwigshafen haben sich am Nachmittag etwa 600 Beschäftigten verschiedener Zulieferbetriebe zu einer Kundgebung vor Tor 2 versammelt. Die Gewerkschaft hatte vorab angekündigt, bei einem Scheitern der Gespräche auch über Warnstreiks nachzudenken. Bisher hat es in dieser Tarifrunde keine gegeben.
## 9:00 | Dritte Verhandlungsrunde beginnt
> In einem Hotel in Mannheim hat am Morgen die dritte Verhandlungsrunde begonnen. Beide Seiten haben sich vorgenommen, heute zu einem Ergebnis zu kommen. „Wir bleiben so lange, bis es eine Lösung gibt“, sagte Kühnel vor Beginn. Für den Notfall seien Zimmer bis Samstag reserviert.

=== de-live-waldbrand-harz
lang: de
outlet: Harzer Nachrichten
title: Waldbrand bei Schierke: Feuer auf 180 Hektar – Brockenbahn stellt Betrieb ein
caption: Löschhubschrauber über dem Brandgebiet am Königsberg.
link: https://example.de/harz/waldbrand-schierke-ticker
author: Redaktion
date: 2029-07-27 20:15:00
tags: Waldbrand, Harz, Schierke
options: bullet=•
> Ein Waldbrand bei Schierke im Nationalpark Harz hat sich bis Samstagabend auf etwa 180 Hektar ausgedehnt. Rund 420 Einsatzkräfte von Feuerwehren aus ganz Sachsen-Anhalt und Niedersachsen sind im Einsatz, unterstützt von vier Löschhubschraubern der Bundespolizei und der Bundeswehr. Verletzt wurde bisher niemand.
> Der Landkreis Harz hat den Katastrophenfall ausgerufen. Die Harzer Schmalspurbahnen haben den Verkehr auf der Brockenbahn eingestellt, weil Funkenflug nicht ausgeschlossen werden kann. Wanderer werden gebeten, das Gebiet zwischen Schierke, Drei Annen Hohne und dem Brocken weiträumig zu meiden.
kp: Das Wichtigste
* Feuer hat sich auf 180 Hektar ausgebreitet
* Landkreis ruft Katastrophenfall aus
* Brockenbahn fährt bis auf Weiteres nicht
* Ursache noch unklar, Polizei schließt Brandstiftung nicht aus
## Ursache noch unklar, Polizei schließt Brandstiftung nicht aus
> Wie das Feuer entstanden ist, ist noch völlig offen. Ein Sprecher der Polizeiinspektion Magdeburg sagte, man schließe „nichts aus, auch keine Brandstiftung“. Brandermittler könnten das Gebiet aber erst betreten, wenn die Flammen gelöscht seien. Zeugen, die am Freitagnachmittag am Königsberg verdächtige Beobachtungen gemacht haben, sollen sich melden.
## Landrat: „Wir kämpfen um jeden Meter“
> Landrat Thomas Bleibtreu hat sich am Abend am Einsatzort ein Bild gemacht. „Wir kämpfen um jeden Meter“, sagte er. Das Problem sei das Totholz, das seit dem Borkenkäferbefall großflächig im Nationalpark liege. „Das brennt wie Zunder, und die Trupps kommen mit den Schläuchen kaum heran.“
> Die Nationalparkverwaltung verteidigte ihr Konzept, abgestorbene Fichten liegen zu lassen. Das Totholz speichere Wasser und schütze den nachwachsenden Wald, sagte Leiterin Dr. Anke Mittelstädt. Eine Debatte darüber sei „verständlich, aber nicht während der Löscharbeiten“.
## Brockenbahn fährt bis auf Weiteres nicht
> Die Harzer Schmalspurbahnen haben alle Fahrten zwischen Drei Annen Hohne und dem Brocken abgesagt. Fahrgäste, die bereits Tickets gekauft haben, bekommen den Preis erstattet. Die Züge zwischen Wernigerode und Drei Annen Hohne fahren dagegen planmäßig. Die Dampfloks seien mit Funkenfängern ausgestattet, betonte das Unternehmen.
## Warum brennt es im Harz immer wieder?
> Seit 2018 hat es im Harz nach Angaben des Landesforstbetriebs mehr als 30 größere Waldbrände gegeben. Die Ursache sind vor allem die trockenen Sommer und die riesigen Flächen abgestorbener Fichten. Forstexperten fordern breitere Schneisen und mehr Löschwasserteiche, der Nationalpark setzt eher auf Laubbäume, die weniger leicht brennen.
## Anwohner in Schierke: Keine Evakuierung nötig
> Für die rund 600 Einwohner von Schierke besteht nach Angaben der Feuerwehr derzeit keine Gefahr. Der Wind treibe den Rauch nach Nordosten, weg vom Ort. Vorsorglich wurden aber zwei Hotels am Ortsrand geräumt. Die Gäste sind in einer Turnhalle in Elend untergebracht, das DRK versorgt sie mit Essen und Getränken.

=== de-live-kirchentag
lang: de
outlet: Evangelische Rundschau
title: Kirchentag in Erfurt: Bundespräsident ruft zu „Mut zur Mitte“ auf – unser Blog
caption: Zehntausende beim Eröffnungsgottesdienst auf dem Domplatz.
link: https://example.de/kirchentag-erfurt-blog
author: Miriam Hofstetter
date: 2029-06-05 22:10:00
tags: Kirchentag, Erfurt, Kirche
options: bullet=⇒ nocaptionline
> Mit einem Gottesdienst auf dem Erfurter Domplatz hat am Mittwochabend der Evangelische Kirchentag begonnen. Nach Angaben der Veranstalter kamen rund 60.000 Menschen, deutlich mehr als erwartet. Bis Sonntag stehen mehr als 1.500 Veranstaltungen auf dem Programm, von Bibelarbeiten über Podien zur Demokratie bis zu Konzerten.
> Bundespräsident Georg Wendland warb in seiner Rede für mehr Gesprächsbereitschaft in einer gespaltenen Gesellschaft. Die Kirchen könnten Orte sein, „an denen man einander zuhört, bevor man urteilt“. Es ist das erste Mal seit 1997, dass ein Kirchentag in Thüringen stattfindet.
## Bundespräsident ruft zu „Mut zur Mitte“ auf
> Wendland sprach sich in seiner Rede gegen eine „Politik der lauten Ränder“ aus. Es brauche „Mut zur Mitte, und das heißt nicht Lauheit, sondern die Bereitschaft, dem anderen zuzutrauen, dass er es auch gut meint“. Der Bundespräsident wurde mehrfach von Applaus unterbrochen, eine kleine Gruppe von Demonstranten am Rand des Platzes pfiff.
## 60.000 beim Eröffnungsgottesdienst
> Die Polizei sprach von einem friedlichen Abend. Der Domplatz war gegen 19 Uhr so voll, dass die Zugänge zeitweise geschlossen werden mussten. Auf dem Petersberg wurde die Übertragung auf eine zweite Leinwand gelegt. Die Erfurter Verkehrsbetriebe setzen bis Sonntag zusätzliche Straßenbahnen ein, die bis 1 Uhr nachts fahren.
> Die Kollekte des Gottesdienstes geht an Projekte für Geflüchtete in Thüringen und an ein Partnerschaftsprogramm mit Kirchengemeinden in Namibia. Wie viel zusammenkam, soll am Donnerstag bekannt gegeben werden.
## Kirchentagspräsidentin: „Wir sind nicht die Kirche von gestern“
> Kirchentagspräsidentin Dr. Lea Brunnhuber sagte bei der Eröffnung, die Zahlen zeigten, dass die evangelische Kirche trotz sinkender Mitgliederzahlen Menschen anziehe. „Wir sind nicht die Kirche von gestern. Wir sind die Kirche, die noch da ist, wenn andere längst gegangen sind.“ Die Hälfte der Dauerteilnehmenden sei jünger als 30 Jahre.
## Was bis Sonntag geplant ist
> Höhepunkte des Programms sind u.a. eine Podiumsdiskussion mit der Bundesfamilienministerin am Freitag, ein Konzert auf dem Petersberg am Samstagabend und der Schlussgottesdienst am Sonntag im Steigerwaldstadion. Tageskarten kosten 39 Euro, ermäßigt 21 Euro, für Kinder bis 12 Jahre ist der Eintritt frei.

=== de-live-hafenquartier
lang: de
outlet: Bodensee-Bote
title: Debatte um Seeufer-Bebauung: Gemeinderat stimmt über »Hafenquartier« ab – Newsblog
caption: Der Hafen von Uferingen, wo das neue Quartier entstehen soll.
link: https://example.de/uferingen/hafenquartier-gemeinderat-newsblog
author: Lukas Brenninger
date: 2029-09-11 23:05:00
tags: Uferingen, Gemeinderat, Bauen
options: bullet=•
> Der Gemeinderat von Uferingen hat nach einer siebenstündigen Sitzung mit knapper Mehrheit den Bebauungsplan für das umstrittene »Hafenquartier« beschlossen. 17 Räte stimmten dafür, 15 dagegen, zwei enthielten sich. Auf dem Gelände der ehemaligen Werft sollen bis 2034 rund 320 Wohnungen, ein Hotel und eine öffentliche Uferpromenade entstehen.
> Vor dem Rathaus hatten rund 800 Menschen gegen das Projekt demonstriert. Die Bürgerinitiative „Freies Ufer“ kündigte noch am Abend an, ein Bürgerbegehren zu starten. Dafür braucht sie innerhalb von drei Monaten die Unterschriften von sieben Prozent der Wahlberechtigten, also etwa 1.900.
kp: Die wichtigsten Punkte
* Gemeinderat beschließt Bebauungsplan mit 17 zu 15 Stimmen
* Bürgerinitiative kündigt Bürgerbegehren an
* Investor sagt 30 Prozent Sozialwohnungen zu
## Gemeinderat beschließt Bebauungsplan mit 17 zu 15 Stimmen
> Die Abstimmung fiel kurz vor 23 Uhr. Neben der Fraktion der Freien Wähler und der CDU stimmten auch drei Räte der SPD für den Plan. Die Grünen stimmten geschlossen dagegen. Oberbürgermeister Jan-Peter Walz sprach von einer „historischen Entscheidung für bezahlbaren Wohnraum am See“.
## Bürgerinitiative „Freies Ufer“ kündigt Bürgerbegehren an
> Die Sprecherin der Bürgerinitiative, Verena Allgaier, sagte nach der Abstimmung: „Das letzte Wort haben nicht 17 Räte, sondern die Bürgerinnen und Bürger.“ Die Initiative wirft der Stadt vor, das Seeufer „an den Meistbietenden zu verscherbeln“. Sie fordert, auf dem Gelände einen Park und nur wenige Wohnungen zu bauen.
> Die ersten Unterschriftenlisten sollen bereits am Samstag auf dem Wochenmarkt ausliegen. Ein erfolgreiches Bürgerbegehren würde zu einem Bürgerentscheid führen, der den Beschluss des Gemeinderats aufheben könnte.
## Investor sagt 30 Prozent Sozialwohnungen zu
> Der Investor, die Seewerk Projektentwicklung GmbH aus Stuttgart, hat sich in einem städtebaulichen Vertrag verpflichtet, 30 Prozent der Wohnungen als geförderten Wohnraum anzubieten. Die Miete soll dort höchstens 9,80 Euro pro Quadratmeter betragen. Zum Vergleich: Der Durchschnitt bei Neubauten in Uferingen liegt derzeit bei 15,40 Euro.
## Streit um die Uferpromenade: „Öffentlich heißt öffentlich“
> Besonders umstritten war, ob die geplante Promenade auch nachts für alle zugänglich sein wird. Die Grünen-Fraktionschefin Hanna Obermaier forderte eine Garantie im Grundbuch. „Öffentlich heißt öffentlich, auch um Mitternacht“, sagte sie. Die Verwaltung sagte zu, dies im Vertrag mit dem Investor festzuschreiben.

=== de-live-eishockey-finale
lang: de
outlet: Sportecho Süd
title: DEL-Finale im Liveticker: Augstädter Panther gegen Kölner Haie – Spiel 7
caption: Die Panther feiern den Ausgleich im dritten Drittel.
link: https://example.de/sport/eishockey/del-finale-spiel-7-liveticker
author: Sportredaktion
date: 2029-04-28 22:25:00
tags: Eishockey, DEL, Play-offs
options: time=prefix bullet=•
> Die Augstädter Panther sind zum ersten Mal seit 1994 Deutscher Eishockeymeister. Im entscheidenden siebten Finalspiel besiegten sie die Kölner Haie vor 6.200 Zuschauern im ausverkauften Curt-Frenzel-Stadion mit 3:2 nach Verlängerung. Das Siegtor erzielte Kapitän Niklas Reindl nach 71:34 Minuten.
> Die Haie hatten nach zwei Dritteln mit 2:1 geführt und waren nur noch 14 Minuten vom Titel entfernt. Dann glich Verteidiger Jesper Lindqvist mit einem Schuss von der blauen Linie aus. Die Panther hatten die Serie nach drei Spielen bereits mit 0:3 verloren gehabt.
## 22:14 | Reindl: „Das ist für die ganze Stadt“
> Ein sichtlich erschöpfter Niklas Reindl sagte am Mikrofon von MagentaSport: „Das ist für die ganze Stadt. Nach dem 0:3 hat uns keiner mehr was zugetraut, nicht mal wir selbst. Aber wir haben nie aufgehört.“ Der 33-Jährige spielt seit seiner Jugend für die Panther.
## 22:01 | Tor! Reindl trifft in der Verlängerung zum 3:2
> Da ist es! Niklas Reindl fälscht einen Schuss von Lindqvist im Slot unhaltbar ab, und das Stadion explodiert. Die Augstädter Panther sind Deutscher Meister! Die Spieler stürmen aufs Eis, die Haie-Spieler sinken an der Bande zusammen.
## 21:18 | Lindqvist gleicht zum 2:2 aus
> 2:2! Jesper Lindqvist zieht von der blauen Linie ab, und der Puck fliegt durch ein Gewirr aus Beinen und Schlägern ins Tor. Haie-Torhüter Max Berendt hatte keine Sicht. Noch 14 Minuten im dritten Drittel.
## 20:52 | Köln führt nach zwei Dritteln mit 2:1
> Die Haie gehen mit einer knappen Führung in die zweite Pause. Nach dem frühen 1:0 der Panther durch Tomas Hrubec glichen die Kölner durch Florian Esser aus und gingen kurz vor Drittelende durch einen Treffer in Überzahl in Führung.
## 19:28 | Die Aufstellungen
> Panther-Trainer Jukka Salminen vertraut derselben Aufstellung wie in Spiel 6. Bei den Haien fehlt weiterhin Stürmer Lukas Aschenbrenner (Oberkörperverletzung). Das Spiel ist seit dem frühen Morgen ausverkauft.

=== de-plain-landarztquote
lang: de
outlet: Ostholsteiner Zeitung
title: Landarzt-Quote: Erste Medizinstudentinnen kehren nach Ostholstein zurück
caption: Die neue Hausärztin in ihrer Praxis in Lensahn.
link: https://example.de/ostholstein/landarztquote-erste-aerztinnen
author: Henrike Petersen
date: 2029-10-02 06:00:00
tags: Gesundheit, Landarzt, Ostholstein
> Als eine der ersten Absolventinnen der sogenannten Landarztquote in Schleswig-Holstein hat Dr. Johanna Kröger am 1. Oktober die Hausarztpraxis in der Bäderstraße Nr. 14 in Lensahn übernommen. Die 31-Jährige hatte sich 2018 verpflichtet, nach dem Studium zehn Jahre lang in einer unterversorgten Region zu arbeiten. Im Gegenzug bekam sie einen Studienplatz ohne Einser-Abitur.
> Ihr Vorgänger, Dr. med. Hans-Werner Schlüter, hatte die Praxis 36 Jahre lang geführt und seit 2026 vergeblich einen Nachfolger gesucht. „Ich hatte schon fast aufgegeben“, sagt der 72-Jährige. Rund 1.800 Patientinnen und Patienten wären ohne Hausarzt gewesen, die nächste Praxis mit freien Plätzen liegt ca. 20 km entfernt in Oldenburg i.H.
> Das Land hat seit 2019 jedes Jahr etwa 5,8 Prozent der Medizinstudienplätze an der Universität Kiel bzw. Lübeck über die Quote vergeben. Wer die Verpflichtung später nicht einhält, muss eine Vertragsstrafe von bis zu 250.000 Euro zahlen. Bisher habe das nach Angaben des Gesundheitsministeriums niemand getan.
> Prof. Dr. Kerstin Ahlmann vom Institut für Allgemeinmedizin in Lübeck hält die Quote für einen Erfolg, warnt aber vor zu hohen Erwartungen. „Die Quote allein löst das Problem nicht. Die jungen Kolleginnen und Kollegen wollen z.B. flexible Arbeitszeiten, Teilzeit und Kinderbetreuung, und das muss die Region auch bieten.“ Bis 2030 gehen in Ostholstein voraussichtlich 40 Hausärzte in den Ruhestand.
> Die Gemeinde Lensahn hat Kröger bei der Übernahme u.a. mit einem zinslosen Darlehen von 60.000 Euro und einem Kita-Platz für ihre Tochter unterstützt. Bürgermeister Klaus Timmermann sagte, das sei „die beste Investition, die wir seit Jahren gemacht haben“. Weitere Informationen zum Förderprogramm gibt es unter www.example-sh.de/landarzt oder per E-Mail an landarzt@example-sh.de.
> Kröger selbst sieht ihre Entscheidung nüchtern. „Ich bin hier aufgewachsen, meine Eltern wohnen in Grömitz. Ich wäre wahrscheinlich auch ohne Quote irgendwann zurückgekommen, aber vielleicht erst mit 45.“ Sprechstunden bietet sie Mo. bis Fr. von 8 bis 12 Uhr sowie Di. und Do. nachmittags an, Termine können auch online vereinbart werden.

=== de-plain-museum-schenkung
lang: de
outlet: Kulturspiegel Franken
title: Sammler schenkt Kunsthalle Schweinfurt 140 Grafiken des Expressionismus
caption:
link: https://example.de/kultur/schweinfurt-schenkung-grafiken
author: Bernd Oesterle
date: 2029-05-15 10:30:00
tags: Kunst, Museum, Schweinfurt
options: nocaptionline crlf bom
> Die Kunsthalle Schweinfurt erhält die wohl größte Schenkung ihrer Geschichte: Der Würzburger Sammler Dr. Ernst-Ludwig Haffner übergibt dem Haus 140 Druckgrafiken des deutschen Expressionismus, u.a. von Ernst Ludwig Kirchner, Erich Heckel und Käthe Kollwitz. Der Wert der Sammlung wird von Fachleuten auf rund 3,5 Mio. Euro geschätzt.
> Haffner, 84, hat die Blätter seit Anfang der 1970er-Jahre zusammengetragen, zunächst als junger Arzt „für ein Monatsgehalt pro Blatt“, wie er sagt. „Die Bilder sollen nicht in einem Tresor verschwinden, wenn ich nicht mehr bin. Sie gehören an die Wand, und zwar dort, wo meine Frau und ich 50 Jahre lang ins Museum gegangen sind.“
> Die Direktorin der Kunsthalle, Prof. Dr. Sibylle Ranft, sprach von einem „Glücksfall“ für die Stadt. Bisher besaß das Museum rund 60 Arbeiten aus dieser Zeit. Mit der Schenkung gehöre die Grafiksammlung zu den bedeutendsten ihrer Art in Bayern. Eine erste Auswahl soll ab dem 12. Oktober in der Ausstellung „Schwarz auf Weiß“ zu sehen sein.
> Die Stadt übernimmt die Kosten für die Restaurierung und Rahmung bzw. die Aufbewahrung in einem klimatisierten Depot, insgesamt ca. 180.000 Euro. Der Stadtrat hat dem am Dienstag einstimmig zugestimmt. Oberbürgermeisterin Gudrun Leimbach nannte die Schenkung ein „Geschenk an alle Schweinfurterinnen und Schweinfurter“.
> Zu den Glanzstücken der Sammlung zählt der Holzschnitt „Bildnis eines Mädchens“ von 1912, von dem weltweit nur drei Abzüge bekannt sind. Auch eine fast vollständige Folge von Kollwitz’ Radierungen zum Bauernkrieg, Nr. 1 bis 7, gehört dazu. Haffner hatte das letzte Blatt erst 2019 auf einer Auktion in Berlin für 48.000 Euro ersteigert.
> Führungen durch das Depot werden ab Herbst für Gruppen angeboten, Anmeldungen nimmt die Kunsthalle unter kunsthalle@example-schweinfurt.de oder telefonisch entgegen. Der Eintritt zur Ausstellung kostet 8 Euro, ermäßigt 5 Euro, jeden ersten So. im Monat ist er frei. Weitere Informationen gibt es unter www.example-schweinfurt.de/kunsthalle.

=== de-plain-e-scooter-urteil
lang: de
outlet: Rechtsreport Online
title: OLG Hamm: Wer E-Scooter auf dem Gehweg liegen lässt, haftet für Stürze
caption: Ein umgestürzter E-Scooter auf einem Gehweg in Dortmund.
link: https://example.de/recht/olg-hamm-e-scooter-haftung
author: Dr. Cornelia Weiß
date: 2029-08-08 14:45:00
tags: Recht, E-Scooter, Urteil
options: authorspace
> Verleihfirmen von E-Scootern können für Unfälle haften, wenn ihre Roller quer auf dem Gehweg liegen und Fußgänger darüber stürzen. Das hat das Oberlandesgericht (OLG) Hamm in einem am Montag veröffentlichten Urteil entschieden (Az. 7 U 112/28). Geklagt hatte eine 78-jährige Frau aus Dortmund, die sich bei einem Sturz im Februar 2027 die Hüfte gebrochen hatte.
> Die Frau war nach eigener Darstellung abends auf dem Gehweg der Kaiserstraße unterwegs und hatte den dunklen Roller nicht gesehen. Das Landgericht Dortmund hatte ihre Klage zunächst abgewiesen, weil nicht feststehe, wer den Roller abgestellt habe. Das OLG sah das anders: Der Verleiher müsse sicherstellen, dass seine Fahrzeuge nicht zur Stolperfalle würden, z.B. durch feste Abstellflächen oder Kontrollfahrten.
> Der Verleiher muss der Klägerin nun ein Schmerzensgeld von 12.000 Euro zahlen sowie die Kosten für eine Haushaltshilfe, insgesamt rund 19.500 Euro. Eine Mithaftung der Frau verneinte der Senat. Von einer älteren Fußgängerin könne nicht verlangt werden, nachts „jeden Quadratmeter des Gehwegs nach Hindernissen abzusuchen“, heißt es im Urteil.
> Der Anwalt der Klägerin, Rechtsanwalt Matthias Kuhlmann, sprach von einem „wichtigen Signal für alle Fußgänger“. Der Verleiher, ein Unternehmen mit Sitz in Berlin, kündigte an, die Entscheidung zu prüfen. Das OLG hat die Revision zum Bundesgerichtshof (BGH) zugelassen, weil die Frage bislang nicht höchstrichterlich geklärt ist.
> Der Deutsche Städtetag begrüßte das Urteil. Viele Kommunen hätten schon jetzt Regeln für das Abstellen erlassen, bzw. planten feste Parkzonen, sagte ein Sprecher. In Dortmund dürfen E-Scooter seit dem 1. April nur noch an 420 markierten Stellen abgestellt werden. Verstöße werden mit 25 Euro pro Fahrt geahndet.
> Wer über einen E-Scooter gestürzt ist, sollte laut Verbraucherzentrale sofort Fotos machen und die Nummer des Rollers notieren. Ansprechpartner sind zunächst der Verleiher und dessen Haftpflichtversicherung. Musterbriefe gibt es unter www.example-vz.de/e-scooter, Fragen beantwortet die Beratungsstelle auch per E-Mail an recht@example-vz.de.
