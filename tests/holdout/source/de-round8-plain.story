#! German plain articles: invented news and people. (round 8)

=== de-plain-bgh-schoenheitsreparaturen
lang: de
outlet: Rechtsspiegel Online
title: BGH-Urteil: Mieter müssen bei Auszug nicht mehr streichen, wenn die Klausel unklar ist
caption: Ein frisch gestrichenes Zimmer in einer Mietwohnung.
link: https://example.de/recht/bgh-schoenheitsreparaturen-urteil
author: Dr. Friederike Lanz
date: 2030-03-04 12:30:00
tags: Mietrecht, BGH, Urteil
options: crlf
> Mieter müssen beim Auszug keine Schönheitsreparaturen durchführen, wenn die entsprechende Klausel im Mietvertrag nicht eindeutig formuliert ist. Das hat der Bundesgerichtshof (BGH) in Karlsruhe am 3. März entschieden (Az. VIII ZR 212/29). Geklagt hatte ein Vermieter aus Bielefeld, der von seiner früheren Mieterin rund 4.800 Euro für das Streichen einer Dreizimmerwohnung verlangte.
> Im Mietvertrag hieß es, die Mieterin habe die Wohnung „in dem Zustand zurückzugeben, in dem sie sie übernommen hat, bzw. fachgerecht renoviert“. Nach Ansicht des VIII. Zivilsenats lässt diese Formulierung offen, ob die Mieterin streichen muss oder nicht. Unklare Klauseln in Formularverträgen gingen aber nach § 305c Abs. 2 BGB zulasten dessen, der sie verwendet, also des Vermieters.
> Die Vorsitzende Richterin Dr. Gabriele Moosbrugger sagte in der mündlichen Urteilsbegründung, ein durchschnittlicher Mieter könne aus dem Vertrag nicht erkennen, „was eigentlich von ihm verlangt wird“. Das Gericht habe daher die günstigste Auslegung zugrunde legen müssen. Die Vorinstanzen, das Amtsgericht und das Landgericht Bielefeld, hatten dem Vermieter noch recht gegeben.
> Der Deutsche Mieterverband begrüßte das Urteil. Es stärke die Rechte von Millionen Mietern, deren Verträge ähnliche Formulierungen enthielten, sagte Verbandsjurist Prof. Dr. Henning Clasen. „Wer als Vermieter etwas verlangt, muss es auch klar hinschreiben. Das ist keine Zumutung, sondern selbstverständlich.“
> Vermieterverbände reagierten zurückhaltend. Der Eigentümerverband Haus & Grund Westfalen erklärte, man werde die Musterverträge „umgehend überprüfen“. Viele private Vermieter verwendeten allerdings Verträge aus dem Internet oder aus Schreibwarenläden, z.B. in der Fassung von 2015, die nun teilweise unwirksam sein könnten.
> Für Mieter, die bereits renoviert haben, dürfte das Urteil nur selten helfen. Ein Anspruch auf Rückzahlung der Kosten verjährt nach § 548 Abs. 2 BGB sechs Monate nach dem Ende des Mietverhältnisses. Wer unsicher ist, kann seinen Vertrag von einem Mieterverein prüfen lassen; die Kosten liegen meist zwischen 60 und 120 Euro pro Jahr inkl. Rechtsberatung.
> Das Urteil im Wortlaut soll in den kommenden Wochen auf der Internetseite des Gerichts unter www.bundesgerichtshof.example/entscheidungen veröffentlicht werden. Bis dahin ist nur die Pressemitteilung Nr. 41/2030 verfügbar.

=== de-plain-batteriewerk-lausitz
lang: de
outlet: Lausitzer Wirtschaftsblatt
title: Batteriewerk in der Lausitz: VoltaNova investiert 2,5 Mrd. Euro und schafft 1.000 Arbeitsplätze
caption: Das Baufeld im Industriepark Schwarze Pumpe.
link: https://example.de/wirtschaft/voltanova-batteriewerk-lausitz
author: Marek Nowak
date: 2030-05-13 09:00:00
tags: Wirtschaft, Lausitz, Batterien, Strukturwandel
options: nocaptionline
> Der schwedisch-deutsche Batteriehersteller VoltaNova baut in der Lausitz ein Werk für Natrium-Ionen-Batterien. Das Unternehmen will rund 2,5 Mrd. Euro investieren und ca. 1.000 Arbeitsplätze schaffen, wie Firmenchefin Dr. Linnea Bergqvist am Montag in Spremberg mitteilte. Die Produktion soll Ende 2032 beginnen.
> Die Batterien sollen vor allem in stationären Stromspeichern eingesetzt werden, die Wind- und Solarstrom zwischenspeichern. Natrium-Ionen-Zellen kommen ohne Lithium und Kobalt aus und gelten als günstiger und sicherer, speichern aber weniger Energie pro Kilogramm. Die Jahreskapazität des Werks soll bei 12 GWh liegen, genug für rund 1.000 Großspeicher.
> Bund und Land fördern das Projekt mit insgesamt 420 Mio. Euro. Brandenburgs Wirtschaftsminister Thomas Kalinowski sprach von einem „Meilenstein für den Strukturwandel“. Die Region habe gezeigt, dass sie nach dem Ende der Braunkohle „mehr kann als nur Abschied nehmen“.
> Für den Standort habe vor allem die Nähe zu Fachkräften aus der Energiewirtschaft gesprochen, sagte Bergqvist. Viele frühere Beschäftigte der Kraftwerke brächten Erfahrung mit großen technischen Anlagen mit. VoltaNova will gemeinsam mit der BTU Cottbus-Senftenberg einen Studiengang für Batterietechnik aufbauen, der zum Wintersemester 2031/32 starten soll.
> Umweltverbände begrüßten die Ansiedlung grundsätzlich, forderten aber eine genaue Prüfung des Wasserverbrauchs. Das Werk benötigt nach Unternehmensangaben bis zu 1.000 Kubikmeter Wasser pro Tag. In der Lausitz sinkt der Grundwasserspiegel seit Jahren, u.a. wegen der Flutung ehemaliger Tagebaue.
> Bewerbungen für die ersten 150 Stellen, vor allem für Ingenieure und Techniker, nimmt VoltaNova ab dem 1. Juni über die Seite www.voltanova.example/karriere entgegen. Unternehmen aus der Region, die sich als Zulieferer bewerben möchten, können sich an lieferanten@voltanova.example wenden. Eine Informationsveranstaltung für Anwohner ist für den 27. Mai um 18.30 Uhr im Bürgerhaus Spremberg geplant.

=== de-plain-hochwasser-chronik
lang: de
outlet: Erzgebirgs-Rundschau
title: Die Nacht, in der die Zschopenau kam: Chronik einer Flut
caption: Anwohner in Wolkenthal räumen am Morgen nach der Flut ihre Keller aus.
link: https://example.de/region/hochwasser-wolkenthal-chronik
author: Susanne Ebersbach
date: 2030-07-20 06:00:00
tags: Hochwasser, Erzgebirge, Wolkenthal
options: authorspace
> Eine Woche nach dem Hochwasser in Wolkenthal sind viele Fragen offen. Warum wurden die Bewohner der Talstraße so spät gewarnt? Und warum funktionierten die Sirenen nicht? Die Erzgebirgs-Rundschau hat mit Anwohnern, Feuerwehrleuten und Behörden gesprochen und die Nacht vom 12. auf den 13. Juli rekonstruiert.
> Gegen 21.40 Uhr beginnt es zu regnen, zunächst nicht ungewöhnlich stark. Der Deutsche Wetterdienst hatte am Nachmittag vor Starkregen gewarnt, allerdings nur mit Stufe 2. Innerhalb von drei Stunden fallen dann an der Messstation Wolkenthal-Oberdorf 94 Liter pro Quadratmeter – so viel wie sonst in sechs Wochen.
> Um 23.12 Uhr meldet der Pegel Zschopenau-Mühle eine Höhe von 1,80 Metern, eine halbe Stunde später sind es 2,90 Meter. Die Meldung geht automatisch an die Leitstelle in Annaberg. Dort, so der Landkreis später, seien zu diesem Zeitpunkt bereits 60 Notrufe aus dem ganzen Kreisgebiet eingegangen.
> Kurz nach Mitternacht steht das Wasser in der Talstraße kniehoch. Rentner Gottfried Meinel, 81, erinnert sich an ein Gespräch mit seinem Nachbarn über den Gartenzaun: – Hörst du das? – Was denn? – Die Steine. Die Zschopenau rollt Steine. Wenige Minuten später drückt das Wasser seine Kellertür auf.
> Um 0.25 Uhr löst der Landkreis Katastrophenalarm aus. Die Sirenen in Wolkenthal bleiben aber stumm, weil der Strom im Ortsteil bereits ausgefallen ist und die Notstromversorgung der Anlage nach Angaben der Gemeinde »seit Jahren nicht gewartet« worden war. Die Warn-App meldet den Alarm um 0.41 Uhr – da sind viele Keller bereits vollgelaufen.
> Feuerwehrmann Robert Glöckner aus dem Nachbarort Lichtenau war mit seinem Trupp um kurz nach eins in der Talstraße. »Wir haben an jede Tür geklopft. Manche haben gar nicht aufgemacht, weil sie dachten, das wird schon. Einer hat gesagt: ›Ich hab schon 2002 überlebt.‹ Den haben wir dann doch noch rausgeholt.«
> Gegen 3 Uhr erreicht der Pegel mit 3,74 Metern seinen Höchststand. Das bisherige Rekordhochwasser von 2002 lag bei 3,10 Metern. In 47 Häusern steht das Wasser bis ins Erdgeschoss, die Brücke an der Schulstraße wird weggerissen. Verletzt wird wie durch ein Wunder niemand.
> Bürgermeister Andreas Heinzig (parteilos) räumt inzwischen Fehler ein. »Dass die Sirenen nicht funktioniert haben, ist unentschuldbar. Das nehme ich auf meine Kappe.« Der Gemeinderat will am 25. Juli über ein neues Warnkonzept beraten. Anwohner haben eine Bürgerinitiative gegründet, die eine unabhängige Untersuchung fordert.

=== de-plain-letzte-schleusenwaerterin
lang: de
outlet: Havelland-Echo
title: Die letzte Schleusenwärterin: Warum Renate Dombrowski nach 38 Jahren den Schlüssel abgibt
caption: Renate Dombrowski an der Schleuse Rathenow-Süd.
link: https://example.de/havelland/letzte-schleusenwaerterin-rathenow
author: Jan-Ole Petersen
date: 2030-09-30 07:30:00
tags: Havelland, Porträt, Schifffahrt
options: bom exit=none
> Vor 12 Minuten ist der letzte Frachter durch, ein Schubverband mit Kies aus Tschechien. Renate Dombrowski steht auf der Schleusenmauer und schaut ihm nach, bis er hinter der Biegung verschwindet. »So«, sagt sie. »Das war’s für heute.« Es ist einer ihrer letzten Arbeitstage.
> 38 Jahre lang hat die 64-Jährige die Schleuse Rathenow-Süd bedient, erst mit Handkurbeln, später mit Knöpfen, zuletzt mit einem Tablet. Ab dem 1. Oktober wird die Schleuse vollautomatisch aus der Leitzentrale in Brandenburg an der Havel gesteuert. Dombrowski ist die Letzte ihres Berufs an diesem Abschnitt der Havel.
> Angefangen hat sie am 3. August 1992, »an einem Montag, es hat geregnet«. Damals arbeiteten hier noch vier Schleusenwärter im Schichtdienst, dazu ein Meister. »Wir hatten ein Telefon, ein Funkgerät und ein Buch, in das wir jedes Schiff eingetragen haben. Name, Ladung, Tiefgang … und ob der Kapitän freundlich war.«
> Das Buch gibt es noch. Es liegt im Schrank im Schleusenhaus, neben einem Stapel alter Wasserstandskarten, Thermoskannen usw. Dombrowski blättert darin und lacht. Bei einem Eintrag aus dem Sommer 1994 steht am Rand: »Hat gehupt. Zweimal.«
> Ob sie traurig ist? Sie überlegt lange. »Traurig nicht. Komisch. Das Wasser ist ja noch da … nur ich nicht mehr.« Ihr Nachfolger, wenn man so will, ist ein Rechner in einem Büro 40 Kilometer entfernt. Die Wasserstraßenverwaltung verspricht, dass die Schleuse dadurch schneller und zuverlässiger wird.
> Die Skipper der Sportboote, die im Sommer zu Hunderten durch Rathenow fahren, werden sie vermissen, glaubt Dombrowski. Viele kennen sie seit Jahren, manche bringen Kuchen mit. Ein Berliner Ehepaar schickt ihr seit 2009 jedes Jahr eine Postkarte, zuletzt aus Portugal. – Kommen Sie uns mal besuchen? – Mal sehen, hat sie geantwortet. Jetzt hat sie ja Zeit.
> Am Freitag gibt es eine kleine Feier am Schleusenhaus, mit Bratwurst und der Blaskapelle aus Premnitz. Danach gibt Renate Dombrowski den Schlüssel ab. Den großen, eisernen, mit dem man früher die Tore verriegelt hat, darf sie behalten. »Der hängt dann bei mir im Flur«, sagt sie. »Zur Erinnerung.«

