#! German round 11 live blogs: invented news, people, places and outlets (DE/AT/CH).

=== de-live-weltcup-abfahrt-kaltenbrunn
lang: de
outlet: Tiroler Bergbote
title: Weltcup-Abfahrt in Kaltenbrunn im Liveticker: Lukas Gstrein rast zum Heimsieg, Aebersold stürzt
caption: Lukas Gstrein im Zielhang der Kaltenbrunner »Wildsau«-Abfahrt.
link: https://example.at/sport/ski/weltcup-abfahrt-kaltenbrunn-liveticker
author: Markus Oberhollenzer
date: 2033-01-22 13:45:00
tags: Ski alpin, Weltcup, Kaltenbrunn, Lukas Gstrein
options: time=suffixdash bullet=⇒
> Der Klassiker in Kaltenbrunn: Auf der 3.312 Meter langen „Wildsau“ kämpfen die Speed-Spezialisten am Samstag um den Sieg in der Weltcup-Abfahrt. Bei strahlendem Sonnenschein und minus 8 Grad im Ziel verspricht die Strecke Geschwindigkeiten von bis zu 142 km/h.
> Im Fokus stehen u.a. Lokalmatador Lukas Gstrein, der nach seinem Kreuzbandriss vom 3. März vorigen Jahres erstmals wieder in Kaltenbrunn startet, und der Schweizer Weltcup-Leader Nino Aebersold.
kp: Das Wichtigste in Kürze
* Lukas Gstrein gewinnt die Abfahrt in Kaltenbrunn
* Schwerer Sturz von Nino Aebersold im Hausberg-Steilhang
* Nächstes Rennen: Super-G am Sonntag um 11.30 Uhr
## 13:21 Uhr | „Ich habe alles riskiert“
> Im ORF-Interview ringt der Sieger um Worte: „Ich habe alles riskiert, im Steilhang hätt’ es mich fast gehoben. Nach allem, was im letzten Jahr war, ist das der schönste Tag meiner Karriere.“
> Gstreins Mutter Hermine hat die Fahrt im Zielraum verfolgt: „I hab nimma hinschaun können.“
## 13:05 Uhr | Gstrein gewinnt! Erster Heimsieg seit 2026
> Es ist entschieden! Mit Startnummer 30 ist auch der letzte Läufer mit Siegchancen, der Franzose Baptiste Roux-Dumas, klar langsamer. Lukas Gstrein gewinnt die Abfahrt von Kaltenbrunn vor Henrik Sæther-Lund (+0,21) und Matteo Dallapiccola (+0,48).
## 12:58 Uhr | Die Top 3 nach 30 Läufern: Gstrein, Sæther-Lund, Dallapiccola
> Der Norweger Sæther-Lund liegt 21 Hundertstel zurück, der Südtiroler Dallapiccola 48 Hundertstel. Bester Schweizer ist nach dem Aus von Aebersold Gian Cadonau als Neunter.
## 12:40 Uhr | Wie geht es Aebersold?
> Swiss-Ski gibt Entwarnung: Nino Aebersold hat sich nach ersten Untersuchungen in der Klinik in St. Johann „nur“ eine Prellung am linken Knie und eine Gehirnerschütterung zugezogen. Eine MRT-Untersuchung ist für Sonntag geplant.
## 12:21 Uhr | Schwerer Sturz von Aebersold
> Schock im Zielraum! Nino Aebersold verliert im Hausberg-Steilhang bei ca. 130 km/h die Kontrolle, überschlägt sich und bleibt im Fangzaun liegen. Das Rennen wird unterbrochen, der Schweizer wird nach einer Erstversorgung mit dem Hubschrauber abtransportiert.
> Nach rund 25 Minuten Pause geht es weiter.
## 12:09 Uhr | Bestzeit für Gstrein: 1:52,34
> Wahnsinnsfahrt des Tirolers! Mit Startnummer 14 legt Gstrein eine perfekte Linie in die Traverse und ist im Ziel 0,21 Sekunden schneller als Sæther-Lund. Der Zielraum mit rund 45.000 Fans bebt.
## 11:58 Uhr | Startnummer 7: Henrik Sæther-Lund
> Der Norweger übernimmt mit 1:52,55 die Führung. Auf dem Mittelteil verliert er etwas, im Zielschuss ist er aber mit 141,8 km/h der Schnellste des Tages.
## 11:30 Uhr | Das Rennen läuft, live im ORF
> Vorläufer Jakob Hauser ist unten, jetzt geht es los. Als Erster nimmt der Slowene Žan Potočnik-Bizjak die Abfahrt in Angriff.
## 10:45 Uhr | Startliste und Bedingungen
> Die Piste ist nach der kalten Nacht eisig und schnell, die Sicht perfekt. Die Jury hat den Start um 30 Meter nach unten verlegt, weil der Wind im oberen Teil bis zu 60 km/h erreicht. Start ist um 11.30 Uhr, die Startliste gibt es unter www.kaltenbrunn-weltcup-example.at/startliste.

=== de-live-misstrauensvotum-landtag
lang: de
outlet: Rhein-Mosel-Zeitung
title: Konstruktives Misstrauensvotum im Landtag: Krämer-Odenthal löst Hellwig als Ministerpräsidentin ab – der Tag im Liveblog
caption: Sabine Krämer-Odenthal nimmt im Plenarsaal die Glückwünsche entgegen.
link: https://example.de/politik/landtag-misstrauensvotum-liveblog
author: Thorsten Beckerath, Anja Wiesenthal-Kurz
date: 2032-05-24 17:30:00
tags: Landtag, Misstrauensvotum, Landesregierung
options: time=colon bullet=- nocaptionline
> Zum ersten Mal in der Geschichte des Landes hat ein konstruktives Misstrauensvotum Erfolg: Der Landtag hat am Montag Ministerpräsident Jochen Hellwig (SPD) abgewählt und die CDU-Fraktionsvorsitzende Sabine Krämer-Odenthal zu seiner Nachfolgerin bestimmt.
> Für Krämer-Odenthal stimmten 52 von 101 Abgeordneten, eine Stimme mehr als nötig. Möglich wurde der Machtwechsel, weil die FDP-Fraktion in der vergangenen Woche die Koalition mit der SPD aufgekündigt hatte.
kp: Die wichtigsten Entwicklungen
* Krämer-Odenthal mit 52 Stimmen gewählt
* Hellwig: „Ich respektiere das Votum des Parlaments“
* Neues Kabinett soll bis Donnerstag stehen
## 17:12 Uhr | Hellwig: „Ich respektiere das Votum des Parlaments“
> Der abgewählte Ministerpräsident hat sich in einer kurzen Erklärung vor der Staatskanzlei geäußert. „Ich respektiere das Votum des Parlaments. Aber ich sage auch: Wer mit wechselnden Mehrheiten regieren will, wird dieses Land nicht zur Ruhe bringen.“
> Hellwig kündigte an, sein Landtagsmandat zu behalten und „als einfacher Abgeordneter“ weiterzuarbeiten.
## 16:40 Uhr | Wer wird Minister?
> Nach Informationen unserer Zeitung soll Dr. Hans-Peter Kessler (CDU), bisher Oberbürgermeister von Bernkastell, das Finanzministerium übernehmen. Die FDP erhält drei Ressorts, darunter das Wirtschafts- bzw. Verkehrsministerium. Das neue Kabinett soll bis Donnerstag stehen und am 27.05.2032 vereidigt werden... so jedenfalls der Plan.
## 15:58 Uhr | Krämer-Odenthal vereidigt
> Die neue Ministerpräsidentin hat den Amtseid abgelegt, mit der religiösen Beteuerungsformel. Sie ist die erste Frau an der Spitze der Landesregierung. In ihrer kurzen Ansprache versprach sie „einen Neuanfang, aber keinen Kahlschlag“.
## 15:31 Uhr | Ergebnis: 52 Ja-Stimmen, 47 Nein-Stimmen, 2 Enthaltungen
> Landtagspräsidentin Gudrun Albrecht verkündet das Ergebnis: Mit 52 Ja-Stimmen bei 47 Nein-Stimmen und zwei Enthaltungen ist Sabine Krämer-Odenthal zur Ministerpräsidentin gewählt. Die erforderliche Mehrheit lag bei 51 Stimmen.
> Jubel bei CDU und FDP, betretenes Schweigen auf den Bänken der SPD und der Grünen.
## 15:05 Uhr | Die Abstimmung läuft
> Die Abgeordneten werden namentlich aufgerufen und werfen ihre Stimmkarten in die Urne. Die Wahl ist geheim. Das Ergebnis wird gegen 15.30 Uhr erwartet.
## 14:20 Uhr | Überraschung bei der FDP?
> Gerüchte machen die Runde: Zwei FDP-Abgeordnete, darunter der frühere Landwirtschaftsminister Prof. Dr. Eckhard Leimbach, sollen Bedenken gegen den Koalitionswechsel haben. Leimbach selbst sagte auf Nachfrage nur: „Ich stimme nach meinem Gewissen.“
## 13:45 Uhr | Debatte im Plenum beginnt
> Landtagspräsidentin Albrecht eröffnet die Sondersitzung. Die Debatte ist auf 90 Minuten angesetzt. Die Sitzung wird unter www.landtag-example.de/livestream übertragen, der Sender RheinTV zeigt sie live im Fernsehen.
## 12:30 Uhr | Was ist ein konstruktives Misstrauensvotum?
> Anders als in manchen anderen Ländern kann ein Regierungschef in Deutschland nicht einfach abgewählt werden. Das Parlament muss zugleich einen Nachfolger wählen, d.h. die Opposition braucht eine eigene Mehrheit. Auf Bundesebene war das bisher nur einmal erfolgreich, im Jahr 1982.

=== de-live-cyberangriff-klinikum-altmuehltal
lang: de
outlet: Altmühl-Bote am Abend
title: Hackerangriff auf Klinikum Altmühltal: Notaufnahme abgemeldet, Erpresser fordern Millionen – der Liveblog
caption: Das Klinikum Altmühltal in Eichenried, von außen ist vom Angriff nichts zu sehen.
link: https://example.de/region/cyberangriff-klinikum-altmuehltal-liveblog
author: Stefanie Hollweck
date: 2032-02-11 18:40:00
tags: Cyberangriff, Klinikum Altmühltal, Eichenried
options: time=suffixglued bullet=• exit=none
> Nach einem Cyberangriff ist das Klinikum Altmühltal in Eichenried seit der Nacht auf Dienstag weitgehend ohne IT. Die Notaufnahme hat sich bei der Integrierten Leitstelle abgemeldet, Rettungswagen fahren andere Kliniken an. Geplante Operationen wurden abgesagt.
> Die Täter haben nach Angaben des Landeskriminalamts (LKA) Daten verschlüsselt und fordern ein Lösegeld in Höhe von 4,5 Mio. Euro in Kryptowährung.
## 16:05 | Was bedeutet der Angriff für Patientinnen und Patienten?
> Wer einen Termin in der Klinik hat, soll zunächst nicht kommen. Die Klinik meldet sich bei allen Betroffenen telefonisch, „sofern die Kontaktdaten auf Papier vorliegen“, wie ein Sprecher einräumt. Für Rückfragen hat das Klinikum eine Hotline unter 08421 / 77-4000 sowie die Adresse patienteninfo@klinikum-altmuehltal-example.de eingerichtet.
> Die rund 280 stationären Patientinnen und Patienten werden weiter versorgt. Medikamente werden nach Papierlisten ausgegeben, Laborwerte per Fax bzw. per Boten übermittelt. „Das ist Medizin wie vor 30 Jahren, aber sie funktioniert“, sagt Chefärztin Dr. med. Ursula Brandl.
> Schwangere, bei denen die Geburt unmittelbar bevorsteht, sollen sich an die Kliniken in Ingelried oder Neuburg-Auwald wenden. Die Geburtsstation ist bis auf Weiteres geschlossen.
> Die Kassenärztliche Vereinigung hat zusätzliche Bereitschaftsdienste eingerichtet. Hausärzte im Landkreis nehmen u.a. Wundkontrollen und Verbandswechsel von entlassenen Patienten vor.
## 13:40 | Erpresser fordern 4,5 Millionen Euro in Bitcoin
> Auf allen betroffenen Rechnern erschien in der Nacht eine Erpressernachricht in englischer Sprache. Die Gruppe, die sich »NightCrane« nennt, droht damit, Patientendaten im sog. Darknet zu veröffentlichen, falls nicht binnen sieben Tagen gezahlt wird.
> Der Landrat, Dr. Michael Obermaier, schließt eine Zahlung aus: „Wir lassen uns nicht erpressen. Das ist auch die klare Empfehlung des BSI und der Ermittlungsbehörden.“
> Nach Angaben der Zentralstelle Cybercrime Bayern ist die Gruppe seit 2030 aktiv und hat europaweit mind. 40 Einrichtungen angegriffen, darunter Kliniken in Österreich und den Niederlanden.
## 11:15 | Notaufnahme abgemeldet, Rettungswagen fahren nach Ingelried
> Seit 2.40 Uhr nimmt die Notaufnahme keine Patienten mehr auf, die mit dem Rettungsdienst kommen. Die Rettungswagen fahren stattdessen die Kliniken in Ingelried (ca. 25 km) und Neuburg-Auwald (ca. 31 km) an. Wer zu Fuß in die Notaufnahme kommt, wird weiterhin erstversorgt.
> Bemerkt wurde der Angriff von einem IT-Mitarbeiter im Nachtdienst, dem gegen 1.15 Uhr ungewöhnliche Aktivitäten auf einem Server auffielen. „Er hat sofort die Notbremse gezogen und alle Systeme vom Netz genommen“, sagt Klinikchef Rainer Sollfrank. Damit sei womöglich Schlimmeres verhindert worden.
> Ob auch das Dokumentationssystem MediPort und die elektronische Patientenakte betroffen sind, ist unklar.

=== de-live-vulkanausbruch-hafnarvik
lang: de
outlet: Elbe-Nachrichten
title: Vulkanausbruch auf Island: Lava bedroht Fischerort Hafnarvík – Einwohner in Sicherheit gebracht
caption: Glühende Lava tritt am Abend aus der Spalte am Grænafell aus.
link: https://example.de/panorama/vulkanausbruch-island-hafnarvik-newsblog
author: Jannik Sörensen
date: 2033-03-04 09:30:00
tags: Island, Vulkan, Naturkatastrophe
options: bullet=• crlf bom
> Auf der isländischen Halbinsel Sudurnes ist am Montagabend nach wochenlangen Erdbeben ein Vulkan ausgebrochen. Aus einer rund 2,8 Kilometer langen Spalte am Berg Grænafell tritt seit 21.07 Uhr Ortszeit Lava aus, die sich auf den Fischerort Hafnarvík zubewegt.
> Die rund 3.600 Einwohnerinnen und Einwohner waren bereits am 3. März vorsorglich evakuiert worden. Die Behörden schließen nicht aus, dass die Lava den Ort in den kommenden Tagen erreicht.
kp: Das Wichtigste in Kürze
* Lavastrom 800 Meter vor dem Ortsrand
* Hafnarvík vollständig evakuiert
* Flugverkehr läuft bislang normal
* Schutzwälle sollen den Ort retten
## Lavastrom 800 Meter vor dem Ortsrand
> Nach Angaben des isländischen Wetteramts hat sich die Lava in der Nacht bis auf rund 800 Meter an die ersten Häuser von Hafnarvík herangeschoben. Die Fließgeschwindigkeit hat sich zuletzt auf ca. 30 bis 40 Meter pro Stunde verlangsamt.
> „Die Aktivität ist seit dem frühen Morgen leicht rückläufig“, sagte die Vulkanologin Prof. Dr. Sigrún Halldórsdóttir. Eine Entwarnung sei das aber nicht: „Solche Spalten können jederzeit wieder aufreißen.“
## Schutzwälle sollen den Ort retten
> Seit Wochen haben Bautrupps mit Baggern und Lkw bis zu 8 Meter hohe Erdwälle rund um Hafnarvík aufgeschüttet. Sie sollen den Lavastrom an dem Ort vorbeilenken. Ob das gelingt, ist offen: An der Nordseite sind die Wälle noch nicht fertig.
## „Die Lava fließt wie ein Fluss“
> Der deutsche Geologe Dr. Florian Mertens, der mit einer Forschungsgruppe der Uni Kiel vor Ort ist, schildert die Lage in der Nacht: „Die Lava fließt wie ein Fluss, man hört sie knistern. Die Hitze spürt man noch in 300 Metern Entfernung.“
> Der Himmel über der Halbinsel leuchtete die ganze Nacht orange, die Glut war bis in die Hauptstadt zu sehen.
## Was bedeutet der Ausbruch für Urlauber?
> Das Auswärtige Amt rät, das Gebiet um Hafnarvík weiträumig zu meiden. Der internationale Flughafen ist geöffnet, Flüge finden planmäßig statt. Auch die beliebte Thermalbad-Lagune in der Nähe bleibt vorerst geschlossen, Gäste mit Buchungen erhalten ihr Geld zurück.
> Reisende sollten sich vor der Abreise bei ihrer Airline informieren, etwa bei NordAir unter www.nordair-example.is/status. Pauschalurlauber können sich an ihren Reiseveranstalter wenden.
## Livebilder bei IceCam
> Wer den Ausbruch verfolgen will: Das isländische Portal IceCam überträgt rund um die Uhr Bilder von vier Kameras rund um den Grænafell. Am Montagabend brach die Seite zeitweise unter dem Andrang zusammen, zeitgleich verfolgten mehr als 1,2 Mio. Menschen den Stream.
## Wie lange kann der Ausbruch dauern?
> Das lässt sich nach Angaben von Experten nicht vorhersagen. Frühere Ausbrüche auf der Halbinsel dauerten zwischen wenigen Tagen und mehreren Monaten. Entscheidend ist, wie viel Magma aus der Tiefe nachströmt, d.h. ob sich der unterirdische Magmagang weiter füllt.
