#! German corpus: invented news.

=== de-live-sturmtief-22
lang: de
outlet: Nordkurier Beispiel
title: Sturmtief „Ilvy“ im Liveticker: Orkanböen an der Küste, Bahnverkehr in Norddeutschland eingestellt
caption: Umgestürzte Bäume blockieren eine Straße in Husum.
link: https://example.de/panorama/liveticker-sturmtief-ilvy
author: Jana Petersen, Malte Hinrichs
date: 2026-11-20 22:40:00
tags: Wetter, Sturm, Norddeutschland
> Das Sturmtief „Ilvy“ hat am Freitag mit Orkanböen von bis zu 140 km/h die Nordseeküste erreicht. Der Deutsche Wetterdienst warnt vor extremen Unwettern in Schleswig-Holstein, Hamburg und Teilen Niedersachsens.
> Die Bahn hat den Fernverkehr nördlich von Hannover vollständig eingestellt. Auch zahlreiche Regionalzüge fallen aus.
kp: Das Wichtigste
* Fernverkehr der Bahn im Norden eingestellt
* Sturmflut in Hamburg: Fischmarkt überflutet
* Zwei Verletzte durch umstürzende Bäume
* Schulen in Schleswig-Holstein bleiben am Freitag geschlossen
## 22.35 Uhr | DWD hebt Unwetterwarnung für Niedersachsen auf
> Für Niedersachsen gilt ab sofort nur noch eine Warnung vor Sturmböen. An der schleswig-holsteinischen Westküste bleibt es dagegen bis Mitternacht bei der höchsten Warnstufe.
## 22.10 Uhr | Feuerwehr Kiel zählt über 300 Einsätze
> Seit dem Mittag ist die Kieler Feuerwehr zu mehr als 300 Einsätzen ausgerückt, meist wegen umgestürzter Bäume und loser Dachziegel. Verletzt wurde dabei niemand.
## 21.45 Uhr | Hamburger Elbtunnel wieder frei
> Nach einem Unfall mit einem umgewehten Anhänger ist der Elbtunnel wieder in beide Richtungen befahrbar.
## 21.15 Uhr | Sturmflut in Hamburg erreicht Höchststand
> Der Pegel St. Pauli erreichte um 20.58 Uhr einen Höchststand von 3,1 Metern über dem mittleren Hochwasser. Das entspricht einer schweren Sturmflut.
> Der Fischmarkt und Teile der Speicherstadt stehen unter Wasser. Anwohner hatten ihre Autos rechtzeitig weggefahren.
## 20.40 Uhr | Bahn: Fernverkehr bis Samstagmittag eingeschränkt
> Eine Bahnsprecherin sagte, auf vielen Strecken müssten erst Bäume von den Gleisen geräumt werden. Mit einem normalen Betrieb sei frühestens am Samstagmittag zu rechnen.
> Fahrgäste können ihre Tickets flexibel nutzen, d.h. auch an einem späteren Tag.
## 20.05 Uhr | Zwei Verletzte durch umstürzende Bäume
> In Husum und Heide wurden zwei Menschen von herabfallenden Ästen getroffen. Beide kamen mit leichten Verletzungen ins Krankenhaus.
## 19.30 Uhr | Fähren nach Sylt und Föhr fallen aus
> Die Reedereien haben alle Fahrten zu den Inseln für den Abend abgesagt. Der Autozug nach Sylt fährt ebenfalls nicht.
## 19.00 Uhr | Wie entsteht eine Sturmflut?
> Bei einer Sturmflut drückt anhaltender Wind aus Nordwest das Wasser der Nordsee in die Deutsche Bucht und die Elbe hinauf. Fällt das mit dem normalen Hochwasser zusammen, steigen die Pegel besonders stark.
## 18.20 Uhr | Flughafen Hamburg: 60 Flüge gestrichen
> Wegen der starken Böen wurden bislang rund 60 Starts und Landungen annulliert. Reisende sollen sich vor der Fahrt zum Flughafen bei ihrer Airline informieren.
## 17.45 Uhr | Innenminister: „Bitte bleiben Sie zu Hause“
> Schleswig-Holsteins Innenminister appellierte an die Bevölkerung, unnötige Fahrten zu vermeiden. „Bitte bleiben Sie heute Abend zu Hause“, sagte er.
## 17.10 Uhr | Stromausfall in rund 25.000 Haushalten
> Der Netzbetreiber meldet Stromausfälle in rund 25.000 Haushalten, vor allem in Nordfriesland und Dithmarschen. Techniker sind unterwegs, können aber wegen des Sturms z.T. nicht arbeiten.
## 16.30 Uhr | Orkanböe von 140 km/h auf Helgoland gemessen
> Die höchste bisher gemessene Böe wurde mit 140 km/h auf Helgoland registriert. In St. Peter-Ording waren es 128 km/h.
## 15.55 Uhr | Wochenmärkte und Weihnachtsmärkte abgesagt
> Mehrere Städte, u.a. Flensburg und Lübeck, haben den Aufbau ihrer Weihnachtsmärkte unterbrochen. Die Eröffnung soll um eine Woche verschoben werden.
## 15.20 Uhr | Schulen in Schleswig-Holstein bleiben am Freitag geschlossen
> Das Bildungsministerium hat den Präsenzunterricht für Freitag landesweit abgesagt. Eine Notbetreuung wird angeboten.
## 14.45 Uhr | Fernverkehr der Bahn im Norden eingestellt
> Die Bahn stellt ab 15 Uhr den gesamten Fernverkehr nördlich von Hannover ein. Betroffen sind u.a. die Verbindungen Hamburg–Berlin und Hamburg–Köln.
## 14.10 Uhr | Deichschäfer treiben Herden ins Hinterland
> An der Westküste haben Schäfer ihre Herden vorsorglich von den Deichen geholt. „Das machen wir nur ein- bis zweimal im Jahr“, sagt Schäfer Hauke Jessen.
## 13.30 Uhr | Polizei sperrt Strandpromenaden
> In Büsum, Cuxhaven und St. Peter-Ording sind die Promenaden gesperrt. Schaulustige sollen sich von den Deichen fernhalten.
## 12.50 Uhr | Was bedeutet die höchste Warnstufe?
> Warnstufe 4 („extremes Unwetter“) gibt der DWD nur selten aus. Sie bedeutet Lebensgefahr durch z.B. umstürzende Bäume, herabfallende Dachteile oder Überflutungen.
## 12.15 Uhr | DWD ruft höchste Warnstufe für die Westküste aus
> Der Deutsche Wetterdienst hat für die Kreise Nordfriesland und Dithmarschen die Warnstufe 4 ausgerufen.
## 11.30 Uhr | Erste Sturmböen an der Küste
> Auf Sylt und Amrum werden erste Böen mit über 90 km/h gemessen. Der Wind soll am Nachmittag weiter zunehmen.
## 10.45 Uhr | Guten Morgen und willkommen zum Liveticker
> Wir berichten heute den ganzen Tag über die Auswirkungen des Sturmtiefs „Ilvy“. Hinweise zu Sperrungen nehmen wir gerne per E-Mail an ticker@example.de entgegen.
## 10.30 Uhr | Die Prognose für heute
> Meteorologen erwarten den Höhepunkt des Sturms am frühen Abend. In der Nacht zum Samstag soll der Wind langsam nachlassen.

=== de-live-koalitionsgipfel
lang: de
outlet: Hauptstadt Rundschau
title: Koalitionsausschuss: Einigung auf Rentenpaket nach zwölf Stunden Verhandlungen
caption: Die Parteichefs nach der Sitzung im Kanzleramt.
link: https://example.de/politik/koalitionsausschuss-rente-liveblog
author: Felix Brandt
date: 2026-11-05 07:30:00
tags: Politik, Rente, Koalition
> Nach einer Nachtsitzung haben sich die Spitzen der Koalition auf ein Rentenpaket geeinigt. Das Rentenniveau soll bis 2035 bei 48 Prozent gehalten werden.
kp: Das Wichtigste
* Rentenniveau bleibt bis 2035 bei 48 Prozent
* Beitragssatz steigt 2028 auf 19,6 Prozent
* Opposition kritisiert „Politik auf Pump“
## 07.20 Uhr | Rentenniveau bleibt bis 2035 bei 48 Prozent
> Die Einigung sieht vor, das Rentenniveau gesetzlich bis 2035 festzuschreiben. Finanziert werden soll das u.a. durch einen höheren Bundeszuschuss.
> Der Arbeitsminister sprach von einem „guten Tag für 21 Millionen Rentnerinnen und Rentner“.
## 06.45 Uhr | Beitragssatz steigt 2028 auf 19,6 Prozent
> Der Beitragssatz zur Rentenversicherung soll 2028 von 18,6 auf 19,6 Prozent steigen. Arbeitgeberverbände kritisierten die Erhöhung scharf.
## 05.30 Uhr | Opposition kritisiert „Politik auf Pump“
> Die Opposition warf der Koalition vor, die Kosten auf künftige Generationen abzuwälzen. „Das ist Politik auf Pump“, sagte ihr Fraktionschef.
## 02.10 Uhr | Verhandlungen dauern an
> Aus Teilnehmerkreisen hieß es, man sei „auf der Zielgeraden“. Strittig sei vor allem die Finanzierung ab 2030.
## 19.00 Uhr | Koalitionsausschuss beginnt im Kanzleramt
> Die Spitzen von Koalitionsparteien und Fraktionen sind im Kanzleramt eingetroffen. Auf der Tagesordnung stehen Rente, Haushalt und Bürgergeld.

=== de-live-bundesliga
lang: de
outlet: Sportecho Beispiel
title: Bundesliga am Samstag: Spitzenreiter patzt in Bremen – alle Spiele im Ticker
caption: Bremens Torschütze jubelt vor der Ostkurve.
link: https://example.de/sport/bundesliga-12-spieltag-ticker
author:
date: 2026-11-21 17:35:00
tags: Fußball, Bundesliga
options: bullet=• time=glued
> Am 12. Spieltag der Bundesliga hat der Tabellenführer überraschend Punkte liegen gelassen. Die Verfolger nutzten die Chance nur teilweise.
kp: Auf einen Blick
* Spitzenreiter verliert 1:2 in Bremen
* Leipzig gewinnt deutlich mit 4:0
* Drei Platzverweise in Mainz
## 17.28 Uhr | Abpfiff in allen Stadien
> Der Spitzenreiter verliert in Bremen mit 1:2, der Vorsprung schmilzt damit auf zwei Punkte. Leipzig siegt 4:0 gegen Augsburg.
## 17.02 Uhr | Drei Platzverweise in Mainz
> Nach einer Rudelbildung in der 70. Minute zeigte der Schiedsrichter gleich drei Spielern Rot. Mainz und Freiburg spielen die Schlussphase mit je neun bzw. zehn Mann.
## 16.41 Uhr | Bremen geht in Führung
> Der eingewechselte Stürmer trifft per Kopf zum 2:1 für Werder. Das Stadion bebt.
## 15.30 Uhr | Anpfiff
> Die Spiele des Nachmittags haben begonnen. Wir halten Sie auf dem Laufenden.

=== de-live-tarifstreit
lang: de
outlet: Wirtschaftsblatt Beispiel
title: Warnstreik im Nahverkehr: Busse und Bahnen stehen in 40 Städten still
caption: Ein leerer Busbahnhof in Kassel am Montagmorgen.
link: https://example.de/wirtschaft/warnstreik-nahverkehr-ticker
author: Sabine Krüger
date: 2026-11-09 13:00:00
tags: Wirtschaft, Streik, Nahverkehr
options: crlf
> Mit einem ganztägigen Warnstreik hat die Gewerkschaft am Montag den öffentlichen Nahverkehr in rund 40 Städten lahmgelegt. Betroffen sind ca. 2,5 Millionen Fahrgäste.
kp: Das Wichtigste
- Warnstreik in rund 40 Städten
- Gewerkschaft fordert 8,5 Prozent mehr Lohn
- Nächste Verhandlungsrunde am 18. November
## 12.40 Uhr | Arbeitgeber nennen Streik „unverhältnismäßig“
> Der kommunale Arbeitgeberverband kritisierte den Warnstreik als „unverhältnismäßig“. Man habe ein Angebot vorgelegt, das 5,2 Prozent mehr Lohn in zwei Stufen vorsehe.
## 10.15 Uhr | Kundgebung vor dem Rathaus
> Rund 1.500 Beschäftigte haben sich vor dem Rathaus versammelt. Auf Transparenten steht u.a. „Ohne uns steht alles still“.
## 08.00 Uhr | Gewerkschaft fordert 8,5 Prozent mehr Lohn
> Die Gewerkschaft verlangt 8,5 Prozent mehr Lohn, mindestens aber 350 Euro im Monat. Die Laufzeit soll 12 Monate betragen.
> Die nächste Verhandlungsrunde ist für den 18. November angesetzt.
## 05.30 Uhr | Erste Depots bleiben geschlossen
> Seit dem frühen Morgen verlassen keine Busse die Depots. Nur einige private Linien fahren nach Plan.

=== de-live-wahl-buergermeister
lang: de
outlet: Rheintal Anzeiger
title: Oberbürgermeisterwahl in Lindenau: Stichwahl zwischen Dr. Weiß und Özdemir
caption: Auszählung im Wahllokal Nr. 14 in der Grundschule am Markt.
link: https://example.de/lokales/ob-wahl-lindenau-ergebnisse
author: Thomas Ebner
date: 2026-11-15 21:50:00
tags: Lindenau, Wahl
> In Lindenau kommt es am 29. November zur Stichwahl um das Amt des Oberbürgermeisters. Keiner der fünf Kandidaten erreichte im ersten Wahlgang die absolute Mehrheit.
## vor 10 Minuten | Endergebnis: Dr. Weiß 41,3 Prozent, Özdemir 33,8 Prozent
> Nach Auszählung aller 62 Wahlbezirke liegt die CDU-Kandidatin Dr. Katharina Weiß mit 41,3 Prozent vorn. Der parteilose Kandidat Deniz Özdemir kommt auf 33,8 Prozent.
> Die Wahlbeteiligung lag bei 46,9 Prozent und damit etwas höher als vor acht Jahren.
## vor 1 Stunde | Özdemir: „Jetzt geht es erst richtig los“
> Vor seinen Anhängern im Bürgerhaus zeigte sich Özdemir kämpferisch. „Jetzt geht es erst richtig los“, rief er unter Applaus.
## vor 2 Stunden | Erste Ergebnisse aus den Briefwahlbezirken
> In den ersten 20 Briefwahlbezirken liegt Dr. Weiß klar vorn. Das Ergebnis gilt als wenig aussagekräftig, da viele ältere Wähler per Brief abstimmen.

=== de-live-messe-technik
lang: de
outlet: Techblick Beispiel
title: Neue Geräte im Liveblog: Was Heliotek auf seiner Herbst-Präsentation zeigt
caption: Heliotek-Chefin Laura Stein auf der Bühne in München.
link: https://example.de/technik/heliotek-praesentation-liveblog
author: Niklas Vogt
date: 2026-11-11 20:15:00
tags: Technik, Smartphones, Heliotek
options: bom
> Der Münchner Hersteller Heliotek stellt am Mittwochabend seine neuen Smartphones vor. Erwartet werden u.a. ein faltbares Modell und eine neue Version der Smartwatch.
kp: Das Wichtigste
* Faltbares Smartphone „Helio Fold“ ab 1.499 Euro
* Neue Smartwatch mit bis zu zehn Tagen Akkulaufzeit
* Auslieferung ab dem 3. Dezember
## 20.10 Uhr | Auslieferung ab dem 3. Dezember
> Alle neuen Geräte können ab sofort vorbestellt werden. Die Auslieferung beginnt am 3. Dezember, zunächst in Deutschland, Österreich und der Schweiz.
## 19.45 Uhr | Smartwatch mit zehn Tagen Laufzeit
> Die neue Uhr soll bis zu zehn Tage ohne Aufladen durchhalten, bei eingeschaltetem Always-on-Display ca. vier Tage. Sie kostet 349 Euro.
## 19.20 Uhr | Das „Helio Fold“ ist offiziell
> Das faltbare Smartphone hat aufgeklappt ein Display mit 7,8 Zoll Diagonale. Mit 1.499 Euro ist es rund 300 Euro günstiger als vergleichbare Geräte, z.B. von der Konkurrenz aus den USA.
> Im Gegensatz zum iPhone setzt Heliotek weiter auf einen Speicherkartenslot.
## 19.00 Uhr | Die Präsentation beginnt
> Laura Stein betritt die Bühne und verspricht „die besten Geräte, die wir je gebaut haben“. Das sagt sie allerdings jedes Jahr.

=== de-live-lawine
lang: de
outlet: Alpenpost Beispiel
title: Lawinenabgang am Hohen Sattel: Drei Wintersportler gerettet, Suche nach viertem Vermissten
caption: Bergretter suchen am Lawinenkegel unterhalb des Hohen Sattels.
link: https://example.at/chronik/lawine-hoher-sattel-suche
author: Magdalena Huber
date: 2026-11-28 16:20:00
tags: Chronik, Lawine, Tirol
options: time=suffix
> Am Hohen Sattel in Tirol ist am Samstagvormittag eine Lawine abgegangen und hat vier Skitourengeher verschüttet. Drei von ihnen konnten lebend geborgen werden.
kp: Das Wichtigste
* Drei Verschüttete lebend geborgen
* Suche nach dem vierten Vermissten unterbrochen
## 16.15 Uhr | Suche wegen Dunkelheit unterbrochen
> Die Bergrettung hat die Suche nach dem vierten Tourengeher bei Einbruch der Dunkelheit unterbrochen. Sie soll am Sonntag um 7 Uhr fortgesetzt werden.
## 14.00 Uhr | Lawinenwarndienst: Warnstufe 3 gilt weiter
> Der Lawinenwarndienst warnt vor erheblicher Lawinengefahr oberhalb von 2.000 Metern. Schon geringe Zusatzbelastung könne Schneebretter auslösen.
## 12.30 Uhr | Drei Verschüttete lebend geborgen
> Die drei Geretteten, zwei Männer und eine Frau aus Bayern, wurden mit dem Hubschrauber in die Klinik nach Innsbruck geflogen. Einer von ihnen ist unterkühlt.
## 11.05 Uhr | Großeinsatz am Hohen Sattel
> Mehr als 60 Einsatzkräfte, vier Hubschrauber und sechs Lawinenhunde sind im Einsatz. Die Lawine ist ca. 400 Meter breit.

=== de-live-klimakonferenz-bonn
lang: de
outlet: Hauptstadt Rundschau
title: Klimafinanzierung: Bonner Zwischenkonferenz endet ohne Einigung
caption:
link: https://example.de/politik/klimakonferenz-bonn-abschluss
author: Felix Brandt
date: 2026-11-13 19:00:00
options: nocaptionline
> Die Zwischenkonferenz zur Klimafinanzierung in Bonn ist am Freitag ohne gemeinsames Abschlussdokument zu Ende gegangen.
## 18.40 Uhr | Umweltministerin: „Ein Rückschlag, kein Scheitern“
> Die Bundesumweltministerin sprach von einem „Rückschlag, aber keinem Scheitern“. Die Gespräche würden im Dezember fortgesetzt.
## 16.00 Uhr | Streit über die Rolle der Schwellenländer
> Vor allem die Frage, ob wohlhabende Schwellenländer in den Fonds einzahlen sollen, blieb ungelöst.
> Mehrere Delegationen verließen die Sitzung vorzeitig.
## 11.30 Uhr | Letzter Verhandlungstag beginnt
> Die Delegierten aus 140 Staaten kommen zur Abschlusssitzung zusammen. Ein Entwurf liegt seit der Nacht vor.

=== de-live-handball
lang: de
outlet: Sportecho Beispiel
title: Handball-EM-Qualifikation: Deutschland schlägt Dänemark 31:29
caption: Der deutsche Torhüter feiert eine Parade in der Schlussphase.
link: https://example.de/sport/handball-deutschland-daenemark-ticker
author: Lukas Meier
date: 2026-11-08 20:10:00
tags: Handball, Nationalmannschaft
> Die deutsche Handball-Nationalmannschaft hat in der EM-Qualifikation den Olympiasieger Dänemark mit 31:29 geschlagen. Bester Werfer war Rückraumspieler Jonas Kramer mit neun Toren.
kp: Das Wichtigste
* Deutschland gewinnt 31:29 gegen Dänemark
* Jonas Kramer mit neun Toren bester Werfer
* Torhüter pariert 16 Würfe
## 20.05 Uhr | Deutschland gewinnt 31:29 gegen Dänemark
> Schlusspfiff! Die Halle steht Kopf, die deutschen Spieler liegen sich in den Armen.
## 19.40 Uhr | Torhüter hält zwei Siebenmeter in Folge
> Mit zwei gehaltenen Siebenmetern binnen zwei Minuten bringt der Schlussmann sein Team auf die Siegerstraße. Insgesamt kommt er auf 16 Paraden.
## 19.05 Uhr | Halbzeit: 15:16
> Nach einer ausgeglichenen ersten Hälfte liegt Deutschland knapp zurück. Die Abwehr steht, aber im Angriff fehlt die Präzision.
## 18.15 Uhr | Anwurf in der ausverkauften Halle
> 13.200 Zuschauer sorgen für Gänsehautstimmung. Die Mannschaft ist bis auf den verletzten Kapitän komplett.

=== de-plain-baeckerei
lang: de
outlet: Rheintal Anzeiger
title: Traditionsbäckerei Hofmann schließt nach 112 Jahren – Nachfolger gesucht
caption: Bäckermeister Ernst Hofmann in seiner Backstube.
link: https://example.de/lokales/baeckerei-hofmann-schliesst
author: Petra Lang
date: 2026-11-04 08:00:00
tags: Lindenau, Handwerk
> Nach 112 Jahren schließt die Bäckerei Hofmann in der Lindenauer Altstadt zum Jahresende. Bäckermeister Ernst Hofmann, 68, findet keinen Nachfolger.
> „Ich habe zwei Jahre lang gesucht, über die Kammer, über Anzeigen, sogar über Instagram“, sagt Hofmann. Interessenten habe es gegeben, z.B. einen jungen Konditor aus Mainz, doch am Ende sei keiner geblieben.
> Die Backstube mit ihrem Steinofen von 1927 steht unter Denkmalschutz. Die Stadt prüft nun, ob ein Verein den Betrieb übernehmen könnte, ggf. mit Unterstützung der Handwerkskammer.
> Bis zum 31. Dezember gibt es die berühmten Rosinenschnecken noch zum Preis von 1,20 Euro. Danach, so Hofmann, „ist Schluss mit Schnecken“.

=== de-plain-forschung
lang: de
outlet: Wissenschaft Aktuell Beispiel
title: Forscher entwickeln Akku aus Natrium, der in 12 Minuten lädt
caption: Eine Testzelle im Labor des Instituts in Jena.
link: https://example.de/wissen/natrium-akku-schnellladen
author: Dr. Anna Richter
date: 2026-11-19 11:15:00
tags: Wissenschaft, Energie, Batterien
> Ein Team des Instituts für Materialforschung in Jena hat einen Natrium-Ionen-Akku entwickelt, der sich in 12 Minuten zu 80 Prozent laden lässt. Die Ergebnisse erscheinen in einer Fachzeitschrift.
> Natrium ist deutlich günstiger und häufiger als Lithium. Bisher galten Natrium-Akkus aber als zu langsam und zu schwer für Elektroautos.
> Nach 3.000 Ladezyklen habe die Zelle noch 91,5 Prozent ihrer Kapazität besessen, sagt Projektleiter Prof. Dr. Martin Keller. „Das ist für diese Technik ein sehr guter Wert.“
> Bis zur Serienreife dürften allerdings noch fünf bis sieben Jahre vergehen. Weitere Informationen finden Interessierte unter www.example.de/natrium-akku.
> Die Forschung wurde u.a. vom Bundesforschungsministerium gefördert.

=== de-plain-verkehr
lang: de
outlet: Nordkurier Beispiel
title: Neue Radbrücke über die Trave: Eröffnung nach zweieinhalb Jahren Bauzeit
caption: Radfahrer auf der neuen Brücke am Eröffnungstag.
link: https://example.de/luebeck/radbruecke-trave-eroeffnet
author:
date: 14.11.2026 10:30
published: null
tags: Lübeck, Verkehr, Radverkehr
> Nach zweieinhalb Jahren Bauzeit ist die neue Rad- und Fußgängerbrücke über die Trave am Samstag eröffnet worden. Rund 2.000 Menschen kamen zur Eröffnung.
> Die 180 Meter lange Brücke verbindet die Altstadt mit dem Stadtteil St. Lorenz. Sie hat 14,8 Millionen Euro gekostet, ca. 3 Millionen mehr als geplant.
> Bürgermeister Jan Lorenzen sprach von einem „Meilenstein für den Radverkehr“. Künftig sollen hier täglich bis zu 6.000 Radfahrer unterwegs sein...
