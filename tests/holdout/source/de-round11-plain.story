#! German round 11 plain articles: invented news, people, places and outlets (DE/AT).

=== de-plain-warnstreik-lehrkraefte-berlin
lang: de
outlet: Spree-Abendblatt
title: Warnstreik an Berliner Schulen: 4.200 Lehrkräfte legen die Arbeit nieder – Unterricht fällt an 380 Schulen aus
caption: Streikende Lehrerinnen und Lehrer vor dem Roten Rathaus am Mittwochvormittag.
link: https://example.de/berlin/bildung/warnstreik-lehrkraefte-schulen
author: Carolin Mertensacker
date: 2032-01-21 15:10:00
tags: Berlin, Schule, Warnstreik, GEW
options: authorspace
> Rund 4.200 angestellte Lehrerinnen und Lehrer sind am Mittwoch in Berlin dem Aufruf der Bildungsgewerkschaft zu einem ganztägigen Warnstreik gefolgt. Nach Angaben der Senatsverwaltung für Bildung fiel an 380 der rund 800 öffentlichen Schulen zumindest ein Teil des Unterrichts aus, an 57 Schulen wurde nur eine Notbetreuung angeboten.
> Die Gewerkschaft fordert einen Tarifvertrag Gesundheitsschutz, der u.a. kleinere Klassen und mehr Zeit für Korrekturen vorsieht. „Die Klassen sind zu voll, die Kolleginnen und Kollegen sind am Ende“, sagte die Landesvorsitzende Dr. Jana Wolkenstein-Ay bei der Kundgebung vor dem Roten Rathaus, an der nach Polizeiangaben etwa 3.500 Menschen teilnahmen.
> 28 Schülerinnen und Schüler pro Klasse seien an Grundschulen inzwischen die Regel, an Gymnasien oft sogar 32, rechnete Wolkenstein-Ay vor. Die Gewerkschaft verlangt eine Obergrenze von 24 bzw. 26 Schülern. Zudem sollen Lehrkräfte für Klassenleitungen, Inklusion und die Betreuung von Referendaren zusätzliche Ermäßigungsstunden erhalten.
> Bildungssenatorin Katrin Oldenburg-Yilmaz (SPD) hält den Streik für unverhältnismäßig. Das Land Berlin sei Mitglied der Tarifgemeinschaft deutscher Länder (TdL) und könne gar keinen eigenen Tarifvertrag abschließen. „Das wissen alle Beteiligten. Ein Streik, der das nicht ändern kann, geht zulasten der Kinder und der Eltern“, sagte Oldenburg-Yilmaz.
> Verbeamtete Lehrkräfte dürfen nicht streiken. Von den rund 34.000 Berliner Lehrerinnen und Lehrern sind etwa 9.800 angestellt. Der Senat hatte vor einigen Jahren beschlossen, Lehrkräfte wieder zu verbeamten, viele ältere Angestellte sind aber nicht mehr verbeamtungsfähig.
> »Eltern werden zu Geiseln eines Konflikts gemacht, den sie nicht lösen können«, kritisierte hingegen der Landeselternausschuss. Dessen Vorsitzender, Torsten Piechowiak, forderte beide Seiten auf, „sich endlich an einen Tisch zu setzen“. Viele Eltern hätten kurzfristig Urlaub nehmen müssen, z.B. weil die Notbetreuung nur bis 13 Uhr angeboten worden sei.
> Es ist bereits der dritte Warnstreik an Berliner Schulen seit dem 3. November. Die Gewerkschaft kündigte an, im Februar gegebenenfalls zwei Tage zu streiken, voraussichtlich am 11. und 12. Februar. Eltern können sich auf der Seite www.berlin-schule-example.de/streik über betroffene Schulen informieren, Fragen beantwortet die Senatsverwaltung unter schulstreik@senbildung-example.de.
> iPads und Lernplattformen halfen am Mittwoch nur bedingt: An einigen Schulen stellten Lehrkräfte, die nicht streikten, Aufgaben über die Plattform LernRaum ein. An anderen blieben die Klassen schlicht zu Hause.

=== de-plain-papstbesuch-mariabrunn
lang: de
outlet: Alpenland Kirchenblatt
title: Papst Clemens XV. in Mariabrunn: 62.000 Gläubige feiern Messe vor der Basilika
caption: Papst Clemens XV. fährt im Papamobil durch die Menge vor der Basilika von Mariabrunn.
link: https://example.at/kirche/papstbesuch-mariabrunn-messe
author: Mag. Elisabeth Hofstätter
date: 2032-09-08 18:20:00
tags: Papst, Kirche, Mariabrunn, Steiermark
options: bom nocaptionline
> Unter strahlend blauem Himmel hat Papst Clemens XV. am Sonntag im steirischen Wallfahrtsort Mariabrunn eine Messe mit rund 62.000 Gläubigen gefeiert. Es ist der erste Besuch eines Papstes in dem Marienheiligtum seit Johannes Paul II. im Jahr 1983.
> Der 71-jährige Pontifex, der aus dem Norden Portugals stammt, war am Vormittag mit dem Hubschrauber aus Wien gekommen. Auf der Fahrt im Papamobil zur Basilika bahnte er sich den Weg durch eine dichte Menge aus Pilgern, die z.T. seit Freitag auf den Wiesen rund um den Ort campiert hatten.
> In seiner Predigt rief der Papst zu mehr Gastfreundschaft gegenüber Geflüchteten auf. „Eine Kirche, die ihre Türen schließt, ist keine Mutter mehr, sondern ein Museum“, sagte Clemens XV. auf Italienisch, ehe er einige Sätze auf Deutsch anfügte: „Österreich hat ein großes Herz. Verschließt es nicht!“ Die Menge antwortete mit minutenlangem Applaus.
> 1.400 Helferinnen und Helfer, darunter ca. 600 Freiwillige von Rotem Kreuz, Samariterbund und Pfarren, waren im Einsatz. Das Rote Kreuz versorgte 312 Personen, überwiegend wegen Kreislaufproblemen. Die Polizei sprach von einem „friedlichen und disziplinierten“ Verlauf. Bereits ab 5 Uhr früh waren die Zufahrtsstraßen gesperrt, Sonderzüge der ÖBB brachten Pilger aus Graz, Linz und St. Pölten.
> Bundespräsidentin Dr. Renate Aigner-Thaler und mehrere Mitglieder der Bundesregierung nahmen an der Messe teil. Der Grazer Diözesanbischof Ägidius Pernthaler sprach von einem „historischen Tag für die Steiermark“.
> Nicht alle teilten die Begeisterung. Vor dem Ortseingang demonstrierten rund 150 Menschen der Initiative »Kirche von unten« für die Gleichstellung von Frauen in der Kirche. „Wir wollen nicht gegen den Papst protestieren, sondern mit ihm reden“, sagte Sprecherin Monika Leitgeb.
> Am Montag reist Clemens XV. weiter nach Salzburg, wo er u.a. Vertreter der anderen christlichen Kirchen und der Israelitischen Kultusgemeinde trifft. Der Besuch endet am 10.09.2032 mit einer Begegnung mit Jugendlichen in Innsbruck. Das Programm ist unter www.papstbesuch-example.at abrufbar.
