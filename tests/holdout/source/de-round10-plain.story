#! German round 10 plain articles (DE, AT, CH): invented news, people and places.

=== de-plain-adventmarkt-hallbach
lang: de
outlet: Salzkammergut-Bote
title: Adventmarkt am See eröffnet: Hallbach setzt heuer auf Mehrweg-Häferl und regionale Standler
caption: Der Adventmarkt an der Seepromenade in Hallbach am ersten Abend.
link: https://example.at/salzkammergut/hallbach-adventmarkt-eroeffnung
author: Theresa Hochreiter
date: 2032-11-22 19:30:00
tags: Hallbach, Advent, Salzkammergut
options: crlf
> Mit dem Entzünden der Lichter am 8 Meter hohen Christbaum hat Bürgermeister Josef Neuhuber am Freitagabend den Adventmarkt an der Seepromenade in Hallbach eröffnet. Rund 3.000 Besucherinnen und Besucher waren zur Eröffnung gekommen, trotz Nieselregens und Temperaturen knapp über null Grad.
> 46 Standler bieten bis zum 23. Dezember jeweils von Donnerstag bis Sonntag Kunsthandwerk, Punsch, Maroni und regionale Spezialitäten an. Neu ist heuer, dass alle Stände ausschließlich aus dem Bezirk bzw. den angrenzenden Gemeinden kommen müssen. „Wir wollen keinen Adventmarkt, der aussieht wie jeder andere zwischen Hamburg und Verona“, sagte Neuhuber.
> Ebenfalls neu: Heiße Getränke gibt es nur noch in Mehrweg-Häferln mit dem Motiv der Hallbacher Kirche. Das Pfand beträgt 4 Euro, wer das Häferl behalten will, kann es als Andenken mit nach Hause nehmen. Im Vorjahr waren laut Gemeinde ca. 60.000 Einwegbecher angefallen, die großteils im Restmüll landeten.
> Ein Becher Punsch kostet heuer zwischen 4,50 und 5,50 Euro, also im Schnitt rund 30 Cent mehr als im Vorjahr. Der Obmann des Tourismusverbands, Dr. Martin Eisl, begründete die Preiserhöhung mit gestiegenen Kosten für Strom und Personal. Der Erlös des Gemeinde-Punschstands geht wie jedes Jahr an die Lebenshilfe Hallbach.
> „Für uns ist der Adventmarkt das wichtigste Geschäft des Jahres“, sagt Standlerin Agnes Prillinger, die seit 19 Jahren gestrickte Hauben und Socken verkauft. „Im Sommer kommen die Touristen zum Baden, im Advent kommen sie zu uns... und zum Glück auch immer mehr Einheimische.“
> Für Familien gibt es u.a. eine Kinderbackstube im Pfarrhof, eine Eisstockbahn und an jedem Adventsamstag eine Lesung im Seepavillon. Am 5. Dezember ziehen ab 17 Uhr die Hallbacher Krampusse über die Promenade. Die Gemeinde bittet Eltern, mit kleineren Kindern am Rand zu bleiben, z.B. beim Seepavillon.
> Wegen des erwarteten Andrangs an den Wochenenden richtet die Gemeinde einen Shuttlebus vom Parkplatz beim Bahnhof ein. Die Busse fahren alle 15 Minuten, die Fahrt ist gratis. Parkplätze an der Seestraße und in der Marktgasse sind von Donnerstag bis Sonntag ab 14 Uhr für den Verkehr gesperrt. Alle Öffnungszeiten und das Programm gibt es unter www.example.at/advent-hallbach.

=== de-plain-rueckruf-frischkaese
lang: de
outlet: Verbraucher-Echo
title: Listerien-Gefahr: Molkerei Brandhofer ruft Kräuter-Frischkäse zurück – diese Supermärkte sind betroffen
caption: Der zurückgerufene „Bauernfrischkäse Kräuter“ im 175-Gramm-Becher.
link: https://example.de/verbraucher/rueckruf-brandhofer-frischkaese-listerien
author: Nadine Wesselhöft
date: 2032-05-08 10:15:00
tags: Rückruf, Lebensmittel, Listerien
options: nocaptionline authorspace
> Die Molkerei Brandhofer aus dem Allgäu ruft ihren „Bauernfrischkäse Kräuter“ zurück. Bei einer Eigenkontrolle seien in einer Charge Listerien (Listeria monocytogenes) nachgewiesen worden, teilte das Unternehmen am Freitag mit. Verbraucher sollten das Produkt auf keinen Fall essen.
> Betroffen ist ausschließlich der 175-Gramm-Becher mit dem Mindesthaltbarkeitsdatum 24.05.2032 und der Los-Nr. L2291. Andere Sorten, Packungsgrößen bzw. Haltbarkeitsdaten sind nach Angaben der Molkerei nicht betroffen. Das Produkt wurde u.a. in Filialen der Supermarktketten Frischkauf, Markthalle Süd und NahGut in Bayern, Baden-Württemberg und Hessen verkauft.
> Kundinnen und Kunden können den Frischkäse in den Filialen zurückgeben und erhalten den Kaufpreis von 1,99 Euro erstattet, auch ohne Kassenbon. Für Rückfragen hat Brandhofer eine kostenlose Hotline unter 0800 555 0190 eingerichtet, die montags bis freitags von 8 bis 18 Uhr erreichbar ist. Anfragen sind auch per E-Mail an rueckruf@brandhofer-molkerei.example möglich.
> Listerien können die Krankheit Listeriose auslösen. Bei gesunden Erwachsenen verläuft sie meist mild, d.h. mit grippeähnlichen Beschwerden wie Fieber und Muskelschmerzen. Für Schwangere, Neugeborene, ältere Menschen und Menschen mit geschwächtem Immunsystem kann sie jedoch gefährlich werden. Die Inkubationszeit beträgt bis zu 70 Tage.
> „Wer das Produkt gegessen hat und in den kommenden Wochen Fieber oder andere Symptome bekommt, sollte einen Arzt aufsuchen und auf den möglichen Verzehr hinweisen“, rät Prof. Dr. Hannelore Kästner vom Institut für Lebensmittelhygiene in Weihenstephan.
> 2031 wurden in Deutschland laut dem Portal lebensmittelwarnung.example insgesamt 247 Lebensmittel zurückgerufen, davon 38 wegen Listerien. Die Molkerei Brandhofer mit Sitz in der Kemptener Str. 12 in Oberrieden beschäftigt ca. 140 Mitarbeiter und hat nach eigenen Angaben seit ihrer Gründung 1952 noch nie ein Produkt zurückrufen müssen.
> Geschäftsführer Korbinian Brandhofer sagte: „Wir bedauern das sehr. Wir haben die Produktion der betroffenen Linie sofort gestoppt und lassen alle Anlagen von einem externen Labor untersuchen.“

=== de-plain-brandserie-urteil
lang: de
outlet: Thurgauer Abendpost
title: Scheunenbrände im Untersee-Gebiet: Bezirksgericht verurteilt 34-jährigen Feuerwehrmann zu sechs Jahren
caption: Die Ruine einer Scheune in Berlingen-Moos nach dem Brand im März 2031.
link: https://example.ch/thurgau/scheunenbraende-urteil-bezirksgericht
author: Martina Egloff
date: 2032-04-14 17:50:00
tags: Justiz, Thurgau, Brandstiftung
options: bom
> Das Bezirksgericht Untersee hat einen 34-jährigen Mann wegen mehrfacher Brandstiftung zu einer Freiheitsstrafe von sechs Jahren verurteilt. Der Beschuldigte, ein früherer Angehöriger der örtlichen Feuerwehr, hatte zwischen Oktober 2030 und April 2031 acht Scheunen und Schöpfe in vier Gemeinden angezündet.
> Verletzt wurde bei den Bränden niemand, doch verendeten zwei Pferde und ein Rind in den Flammen. Der Sachschaden beläuft sich laut Anklage auf rund 3,4 Mio. Franken. In zwei Fällen griffen die Flammen beinahe auf angrenzende Wohnhäuser über.
> «Sie haben genau jene Menschen in Angst und Schrecken versetzt, die Sie als Feuerwehrmann hätten schützen sollen», sagte Gerichtspräsidentin Dr. Ursula Bommeli bei der Urteilseröffnung. Der Mann, der im Prozess ein umfassendes Geständnis abgelegt hatte, nahm das Urteil mit gesenktem Kopf entgegen.
> Das Gericht folgte damit weitgehend dem Antrag der Staatsanwaltschaft, die sieben Jahre gefordert hatte. Die Verteidigung hatte auf eine Strafe von höchstens vier Jahren plädiert und auf eine psychische Erkrankung ihres Mandanten verwiesen. Ein psychiatrisches Gutachten attestierte dem Mann eine verminderte Schuldfähigkeit in leichtem Grad, d.h. er habe das Unrecht seiner Taten durchaus erkennen können.
> Neben der Freiheitsstrafe ordnete das Gericht eine ambulante Therapie an. Zudem muss der Verurteilte den Geschädigten Schadenersatz und Genugtuung in der Höhe von insgesamt Fr. 412'000.– bezahlen sowie die Verfahrenskosten von ca. 86'000 Franken tragen. Ob er dazu je in der Lage sein wird, ist fraglich.
> Als Motiv hatte der Mann im Prozess angegeben, er habe «gebraucht werden wollen». Bei fünf der acht Brände war er mit seinem Löschzug im Einsatz gewesen, u.a. beim Grossbrand in Berlingen-Moos am 3. März 2031. Aufgeflogen war er schliesslich, weil eine Wildkamera ihn in der Nähe eines Brandorts fotografiert hatte.
> Der Kommandant der Feuerwehr Untersee, Urs Stäheli, zeigte sich nach dem Urteil erleichtert. «Für unsere Leute war das eine enorm schwierige Zeit. Man fragt sich plötzlich, ob man dem Kameraden neben sich noch trauen kann.» Die Feuerwehr hat inzwischen ein Präventionsprogramm eingeführt. Das Urteil ist noch nicht rechtskräftig.

=== de-plain-oscar-kamerafrau
lang: de
outlet: Hanseatische Abendzeitung
title: Oscar für Lena Hagedorn: Kamerafrau aus Lübeck gewinnt mit »The Salt Road«
caption: Lena Hagedorn mit ihrem Oscar bei der Party nach der Verleihung.
link: https://example.de/kultur/film/oscar-lena-hagedorn-kamera-salt-road
author: Friederike Asmussen
date: 2032-03-29 08:20:00
tags: Oscars, Film, Lübeck
options: exit=none
> Die Lübecker Kamerafrau Lena Hagedorn hat in der Nacht zum Montag den Oscar für die beste Kamera gewonnen. Die 41-Jährige wurde für ihre Arbeit an dem Drama »The Salt Road« der niederländischen Regisseurin Imogen Achterberg ausgezeichnet, das später am Abend auch als bester Film prämiert wurde.
> Hagedorn ist erst die zweite Frau in der Geschichte der Academy Awards, die in dieser Kategorie gewinnt. »Ich habe zwanzig Jahre lang gehört, dass Kamera ein Männerberuf ist«, sagte sie in ihrer Dankesrede. »Ich habe einfach nicht zugehört.«
> Die Jury würdigte insbesondere die langen, fast ohne Schnitt gedrehten Einstellungen in den Salzfeldern von Baja California, für die Hagedorn mit natürlichem Licht arbeitete. Gedreht wurde u.a. bei Temperaturen von über 45 Grad, die Kameras mussten in Kühlboxen zwischen den Takes gelagert werden. »Wir haben mehr Eis gekauft als Film«, sagte sie später bei der Party der Produktionsfirma.
> Hagedorn studierte an der Filmhochschule in Potsdam-Babelsberg bzw. zunächst ein Jahr Fotografie in Hamburg. Ihr Lehrer, Prof. Dr. Wolfgang Erdmann, erinnert sich an eine Studentin, »die nie zufrieden war, mit nichts. Das war manchmal anstrengend. Heute weiß man, wofür es gut war.«
> Bekannt wurde sie mit dem Fernsehfilm »Nordwand« (2021) und dem Kinofilm »Die Vögel von Fehmarn«, für den sie 2026 den Deutschen Kamerapreis erhielt. Für »The Salt Road« hatte sie zuvor bereits den Preis der amerikanischen Kameraleute-Vereinigung ASC gewonnen.
> In Lübeck verfolgten ca. 200 Menschen die Verleihung im Kino Stadthalle, das extra bis 6 Uhr morgens geöffnet hatte. Als Hagedorns Name fiel, »ist hier alles explodiert«, sagte Kinobetreiber Jens Ohlrogge. Lübecks Bürgermeisterin kündigte an, Hagedorn ins Goldene Buch der Stadt eintragen zu lassen.
> Auch für die Co-Produzenten aus Deutschland war es eine erfolgreiche Nacht: Die Hamburger Firma Elbfilm, die rund 1,2 Mio. Euro zum Budget beigetragen hatte, teilt sich den Preis für den besten Film mit den niederländischen und mexikanischen Partnern. Die anderen deutschen Hoffnungen gingen leer aus, z.B. der Animationsfilm »Karlchen und der Mond«.

=== de-plain-grand-prix-spielberg
lang: de
outlet: Steirerland Kurier
title: Formel 1 in Spielberg: Ferrandi gewinnt Thriller, Lokalmatador Gruber-Sattler jubelt über Platz fünf
caption: Luca Ferrandi führt das Feld in der ersten Runde in die Remus-Kurve.
link: https://example.at/sport/formel-1/grand-prix-oesterreich-spielberg-bericht
author: Bernhard Zöhrer
date: 2032-07-04 17:10:00
tags: Formel 1, Spielberg, Motorsport
options: nocaptionline
> Luca Ferrandi hat den Großen Preis von Österreich in Spielberg gewonnen. Der Italiener im Scuderia-Vantaggio-Boliden setzte sich nach 71 Runden mit nur 0,684 Sekunden Vorsprung auf Weltmeister Jonas Lindqvist (Kestrel) durch. Dritter wurde der Franzose Théo Marchal im Arrowfield.
> Für die rund 105.000 Zuschauer am Red-Bull-Ring war aber ein anderer der Held des Tages: Der 22-jährige Steirer Lukas Gruber-Sattler fuhr im erst zweiten Rennen vor Heimpublikum vom 14. Startplatz auf Rang fünf und holte damit die besten Punkte seiner noch jungen Karriere. »Ich hab auf der Auslaufrunde geweint, das gebe ich zu«, sagte der Knittelfelder.
> Das Rennen entschied sich in der Schlussphase. Lindqvist, der von der Pole-Position gestartet war, verlor beim zweiten Boxenstopp in Runde 49 durch ein klemmendes Rad ca. 2,5 Sekunden. Ferrandi übernahm die Führung und verteidigte sie in den letzten zehn Runden gegen immer neue Angriffe des Schweden. »Er war überall, in jedem Spiegel, in jeder Kurve«, sagte Ferrandi.
> Die schnellste Rennrunde fuhr Lindqvist in Runde 68 mit 1:05,918 Minuten. Er bleibt mit 187 Punkten WM-Führender, Ferrandi verkürzte den Rückstand auf 14 Punkte.
> Gruber-Sattler, Sohn eines Kfz-Mechanikers aus dem Murtal, fährt seit heuer für das Team Halden. Sein Teamchef Dr. Jürgen Wallner lobte vor allem die Reifenschonung: »Er hat die harten Reifen 38 Runden lang gefahren, z.B. in einem Stint, bei dem andere zwei Mal gewechselt hätten. Das kann man nicht lernen, das hat man.«
> Weniger Grund zur Freude hatte McAllister-Pilot Kofi Mensah-Ward, der nach einer Kollision mit Hugo Brandt in Runde 3 aufgeben musste. Die Rennkommissare untersuchen den Vorfall nach dem Rennen, u.a. anhand der Onboard-Videos.
> Der Verkehr rund um den Ring verlief laut Polizei trotz der Rekordkulisse weitgehend ruhig. Auf der S 36 staute es sich am Nachmittag allerdings auf bis zu 12 km. Das nächste Rennen findet in zwei Wochen in Silverstone statt.
