#! German held-out articles, long paragraphs: invented news, invented people.

=== de-live-vertrauensfrage
lang: de
outlet: Neue Rheinische Rundschau
title: Vertrauensfrage im Bundestag: Kanzler Kröger verliert – Weg für Neuwahlen frei
caption: Bundeskanzler Matthias Kröger nach der Abstimmung im Plenarsaal.
link: https://example.de/politik/liveblog-vertrauensfrage-kroeger
author: Katrin Wendler, Jonas Albrecht
date: 2027-12-16 16:40:00
tags: Politik, Bundestag, Neuwahl
> Bundeskanzler Matthias Kröger hat wie erwartet die Vertrauensfrage im Bundestag verloren. Nur 207 Abgeordnete sprachen ihm am Montag das Vertrauen aus, 394 stimmten dagegen, 116 enthielten sich. Damit ist der Weg für eine vorgezogene Bundestagswahl frei, die nach dem Willen der Fraktionen am 23. Februar stattfinden soll.
> Der Bundespräsident hat nun 21 Tage Zeit, um über die Auflösung des Parlaments zu entscheiden. Es gilt als sicher, dass er dem Vorschlag des Kanzlers folgt. Alle Entwicklungen im Liveblog.
kp: Das Wichtigste in Kürze
* Kröger verliert Vertrauensfrage mit 207 zu 394 Stimmen
* Bundespräsident muss innerhalb von 21 Tagen entscheiden
* Neuwahl am 23. Februar geplant
* Opposition: „Ein überfälliger Schritt“
## Bundespräsident will sich Zeit nehmen
> Bundespräsident Reinhard Vossberg will nach Angaben seines Sprechers „die gebotene Sorgfalt walten lassen“ und zunächst Gespräche mit den Vorsitzenden aller Bundestagsfraktionen führen. Die ersten Termine seien bereits für Dienstag im Schloss Bellevue angesetzt. Eine Entscheidung über die Auflösung des Bundestages sei „nicht vor Ende der Woche“ zu erwarten. Verfassungsrechtler gehen davon aus, dass Vossberg dem Vorschlag des Kanzlers folgen wird, zumal keine alternative Mehrheit in Sicht ist. Ähnlich war es bereits 2005 und 2024 gelaufen.
## 100 Tage bis zur Wahl? Was die Bundeswahlleiterin sagt
> Die Bundeswahlleiterin Dr. Ruth Ahlers hat noch einmal auf die engen Fristen hingewiesen. Papier für die Stimmzettel sei bestellt, die Druckereien seien informiert, sagte sie in Wiesbaden. Schwierig werde es aber für die Gemeinden, die in kurzer Zeit Wahlhelferinnen und Wahlhelfer finden müssten, rund 650.000 bundesweit. Kleinere Parteien, die nicht im Bundestag vertreten sind, müssen zudem Unterstützungsunterschriften sammeln, z.B. 200 pro Wahlkreis. Mehrere von ihnen haben bereits angekündigt, gegen die verkürzten Fristen vor das Bundesverfassungsgericht zu ziehen.
## Kröger verliert Vertrauensfrage mit 207 zu 394 Stimmen
> Bundestagspräsidentin Ingrid Lammers verkündete das Ergebnis um 15.37 Uhr: 207 Ja-Stimmen, 394 Nein-Stimmen, 116 Enthaltungen. Für eine erfolgreiche Vertrauensfrage wäre die absolute Mehrheit der Mitglieder des Bundestages nötig gewesen, also mindestens 367 Stimmen. Kröger nahm das Ergebnis regungslos zur Kenntnis und verließ kurz darauf den Saal.
> Überraschend ist das Ergebnis nicht: Der Kanzler hatte selbst dafür geworben, ihm das Vertrauen zu verweigern, um Neuwahlen zu ermöglichen. Die Abgeordneten seiner eigenen Fraktion enthielten sich daher mehrheitlich.
## Wie geht es jetzt weiter?
> Nach Art. 68 des Grundgesetzes kann der Bundespräsident auf Vorschlag des Kanzlers binnen 21 Tagen den Bundestag auflösen. Die Neuwahl muss dann innerhalb von 60 Tagen stattfinden. Bis zur Wahl eines neuen Kanzlers bleibt Kröger mit seinem Kabinett geschäftsführend im Amt, kann aber u.a. keine neue Vertrauensfrage mehr stellen.
> Ändert sich daran etwas, wenn sich im Bundestag eine neue Mehrheit findet? Theoretisch ja: Bis zur Auflösung könnte das Parlament mit absoluter Mehrheit einen anderen Kanzler wählen. Dafür gibt es derzeit aber keine Anzeichen.
## Grüne: „Wir sind bereit“
> Die Grünen sehen sich gut auf einen kurzen Wahlkampf vorbereitet. „Wir sind bereit, und wir haben ein Programm, das die Menschen überzeugen wird“, sagte Parteichefin Miriam Lindqvist. Die Partei will ihren Spitzenkandidaten bereits am kommenden Wochenende auf einem Sonderparteitag in Hannover küren. Als Favorit gilt der bisherige Wirtschaftsminister. Über Koalitionsoptionen wollte Lindqvist nicht spekulieren: „Erst wählen die Bürgerinnen und Bürger, dann reden wir.“
## Kröger will wieder als Kanzlerkandidat antreten
> Trotz der Niederlage will Kröger seine Partei als Kanzlerkandidat in die Neuwahl führen. Das bestätigte der SPD-Generalsekretär am Nachmittag. „Es gibt niemanden, der besser geeignet wäre“, sagte er. Innerhalb der Partei gibt es allerdings auch kritische Stimmen: Mehrere Abgeordnete hatten zuletzt offen dafür geworben, den populären Verteidigungsminister aufzustellen. Über die Kandidatur soll ein Parteitag Anfang Januar entscheiden, die Zustimmung des Vorstands gilt als sicher.
## Opposition: „Ein überfälliger Schritt“
> Der Fraktionsvorsitzende der Union, Peter Hahnemann, sprach von einem „überfälligen Schritt“. Das Land habe „monatelang Stillstand erlebt“, sagte er vor Journalisten. Nun müssten die Bürgerinnen und Bürger das Wort haben. Ähnlich äußerten sich Vertreter der FDP und der Linken.
## „Ich habe dieses Land nicht im Stich gelassen“
> In seiner rund 25-minütigen Rede vor der Abstimmung verteidigte Kröger seine Regierungsbilanz. „Ich habe dieses Land nicht im Stich gelassen, und ich werde es auch jetzt nicht tun“, sagte er. Er warf den früheren Koalitionspartnern vor, „aus parteitaktischen Gründen“ die Zusammenarbeit aufgekündigt zu haben. Aus den Reihen der Opposition gab es mehrfach Zwischenrufe.
> Öffentlich Fehler einzuräumen, gehört nicht zu Krögers Stärken. Dennoch sagte er am Ende seiner Rede, er hätte „manches früher und klarer erklären müssen“. Es war der einzige Moment, in dem im Saal Stille herrschte.
## Neuwahl am 23. Februar geplant
> Die Fraktionen haben sich bereits informell auf den 23. Februar als Wahltermin verständigt. Die Bundeswahlleiterin hatte zuvor gewarnt, dass ein früherer Termin wegen der Fristen für Briefwahlunterlagen und der Feiertage kaum zu organisieren sei. Die Parteien müssen ihre Landeslisten bis spätestens 69 Tage vor der Wahl einreichen.
## Umfrage: Union klar vorn, SPD bei 16 Prozent
> Laut einer aktuellen Umfrage des Instituts Demoskopia liegt die Union bei 31 Prozent, gefolgt von der AfD mit 19 Prozent. Die SPD des Kanzlers kommt auf 16 Prozent, die Grünen auf 13 Prozent. FDP und Linke lägen mit jeweils 5 Prozent an der Sperrklausel. Befragt wurden 1.512 Wahlberechtigte zwischen dem 10. und dem 14. Dezember.
## Wirtschaft fordert schnelle Regierungsbildung, sagt der BDI
> Der Bundesverband der Deutschen Industrie mahnt eine zügige Regierungsbildung nach der Wahl an. „Jeder Monat ohne handlungsfähige Regierung kostet Investitionen“, erklärte der BDI-Präsident. Viele Unternehmen hielten sich mit Entscheidungen zurück, bis klar sei, wie es etwa mit den Energiepreisen und der Unternehmensbesteuerung weitergehe.
## Was ist eine Vertrauensfrage?
> Mit der Vertrauensfrage nach Art. 68 GG kann der Bundeskanzler prüfen lassen, ob er noch die Unterstützung der Mehrheit des Bundestages hat. Findet der Antrag keine Mehrheit, kann der Bundespräsident das Parlament auf Vorschlag des Kanzlers auflösen. Die Vertrauensfrage ist damit der einzige Weg zu vorgezogenen Neuwahlen, denn ein Selbstauflösungsrecht hat der Bundestag nicht. In der Geschichte der Bundesrepublik wurde sie bislang sechs Mal gestellt, u.a. von Willy Brandt 1972, Helmut Kohl 1982 und Gerhard Schröder 2005.
## Übersicht: Die Vertrauensfragen seit 1949
> 1972 verlor Willy Brandt die Abstimmung bewusst, um Neuwahlen herbeizuführen, die er anschließend deutlich gewann. Helmut Schmidt stellte 1982 die Vertrauensfrage, um seine Koalition zu disziplinieren, und gewann sie. Helmut Kohl verlor sie im Dezember 1982 absichtlich. Gerhard Schröder verband sie 2001 mit dem Afghanistan-Einsatz und gewann knapp, 2005 verlor er sie gezielt. 2024 scheiterte schließlich Olaf Scholz, nachdem seine Koalition zerbrochen war.
## Guten Morgen
> Guten Morgen und willkommen zu unserem Liveblog. Um 13 Uhr beginnt im Bundestag die Debatte über die Vertrauensfrage, die Abstimmung wird gegen 15.30 Uhr erwartet. Wir halten Sie hier über alle Entwicklungen auf dem Laufenden.

=== de-live-cyberangriff-stadtwerke
lang: de
outlet: Westfalen-Kurier
title: Cyberangriff auf Stadtwerke Hellmarsch: Notbetrieb bei Strom und Wasser – BSI eingeschaltet
caption: Die Zentrale der Stadtwerke Hellmarsch am Dienstagmorgen.
link: https://example.de/lokales/hellmarsch/cyberangriff-stadtwerke-liveblog
author:
date: 2027-10-05 19:22:00
tags: Hellmarsch, Cyberangriff, Stadtwerke
options: crlf bom exit=none
> Die Stadtwerke Hellmarsch sind Opfer eines schweren Cyberangriffs geworden. Unbekannte haben in der Nacht zu Dienstag große Teile der IT-Systeme verschlüsselt und eine Lösegeldforderung hinterlassen. Die Versorgung mit Strom, Gas und Wasser ist nach Angaben des Unternehmens nicht gefährdet, läuft aber in Teilen im Notbetrieb.
> Betroffen sind unter anderem das Kundenportal, die Abrechnung und die Ticket-App des städtischen Busverkehrs. Die Staatsanwaltschaft Bielefeld und das Bundesamt für Sicherheit in der Informationstechnik ermitteln. Wir berichten im Liveblog.
kp: Das Wichtigste
* Angriff in der Nacht zu Dienstag, Systeme verschlüsselt
* Strom- und Wasserversorgung laut Stadtwerken gesichert
* Hacker fordern Lösegeld, Stadtwerke wollen nicht zahlen
* Busse fahren, Tickets nur noch beim Fahrer
## Stadtwerke wollen nicht zahlen
> Die Stadtwerke werden das geforderte Lösegeld nicht zahlen. Das hat Geschäftsführer Dr. Tobias Renner am Abend bei einer Pressekonferenz im Rathaus bekräftigt. „Wir lassen uns nicht erpressen. Das sind wir unseren Kundinnen und Kunden schuldig“, sagte er. Nach Informationen unserer Redaktion verlangen die Täter rund 4,5 Mio. Euro in Kryptowährung.
> Wie die Angreifer in das Netz gelangt sind, ist noch unklar. Ersten Erkenntnissen zufolge könnte eine präparierte E-Mail an einen Mitarbeiter der Auslöser gewesen sein. Renner wollte das weder bestätigen noch dementieren.
## „Wir lassen uns nicht erpressen“
> Auch Oberbürgermeisterin Sabine Kühnert stellte sich hinter die Entscheidung. „Wer heute zahlt, finanziert den nächsten Angriff“, sagte die SPD-Politikerin. Die Stadt habe sich eng mit dem Land und dem BSI abgestimmt. Über die Höhe des Schadens lasse sich noch nichts sagen, er dürfte aber „im siebenstelligen Bereich“ liegen.
## Hackergruppe bekennt sich im Darknet
> Eine Gruppe, die sich „BlackLantern“ nennt, hat sich auf einer Seite im Darknet zu dem Angriff bekannt. Sie droht damit, Kundendaten zu veröffentlichen, falls bis Freitag, 12 Uhr, nicht gezahlt wird. Sicherheitsexperten ordnen die Gruppe dem Umfeld bekannter Ransomware-Banden zu, die in den vergangenen zwei Jahren u.a. Kliniken und Landkreise angegriffen haben.
> Ob tatsächlich Daten abgeflossen sind, prüfen derzeit externe Forensiker. Die Stadtwerke raten Kundinnen und Kunden vorsorglich, bei E-Mails oder Anrufen, die angeblich von den Stadtwerken stammen, besonders vorsichtig zu sein.
## Busse fahren, Tickets nur noch beim Fahrer
> Die Busse der Stadtwerke fahren nach Plan. Weil die Ticket-App und die Automaten an den Haltestellen nicht funktionieren, können Fahrkarten bis auf Weiteres nur beim Fahrpersonal gekauft werden, und zwar ausschließlich in bar. Abonnements und Deutschlandtickets bleiben gültig. Fahrgäste sollen nach Möglichkeit passendes Kleingeld bereithalten.
## Strom- und Wasserversorgung laut Stadtwerken gesichert
> Die Leitstellen für Strom, Gas und Wasser sind nach Angaben der Stadtwerke nicht betroffen, weil sie in einem getrennten Netz betrieben werden. „Niemand in Hellmarsch muss sich Sorgen machen, dass Licht oder Heizung ausfallen“, sagte ein Sprecher. Zur Sicherheit seien die Anlagen aber in einen Handbetrieb umgestellt worden, zusätzliche Techniker sind rund um die Uhr im Einsatz.
## Experte: „Kommunale Versorger sind ein lohnendes Ziel“
> Der IT-Sicherheitsforscher Prof. Dr. Jan-Hendrik Stoll von der Hochschule Bielefeld hält den Angriff für „leider typisch“. Kommunale Versorger seien für Erpresser ein lohnendes Ziel, weil sie unter hohem Druck stünden, ihre Dienste schnell wiederherzustellen, und oft nur kleine IT-Abteilungen hätten. „Viele Stadtwerke haben in den vergangenen Jahren viel investiert, aber die Angreifer professionalisieren sich schneller“, sagte Stoll. Besonders gefährlich seien gezielte Phishing-Mails, die z.B. als Bewerbung oder Rechnung getarnt sind. Er rät, Sicherungskopien regelmäßig offline zu lagern und den Notbetrieb wenigstens einmal im Jahr zu üben.
## Was Kundinnen und Kunden jetzt wissen müssen
> Zählerstände, Abschlagszahlungen und Vertragsänderungen können derzeit nicht bearbeitet werden. Die Stadtwerke bitten, von Anfragen per E-Mail abzusehen, und haben eine Hotline unter 05221 123 456 eingerichtet, die werktags von 7 bis 20 Uhr erreichbar ist. Lastschriften für Oktober werden vorerst nicht eingezogen, Mahnungen werden ausgesetzt.
> Über aktuelle Entwicklungen informiert das Unternehmen auf einer Notfallseite unter www.stadtwerke-hellmarsch.example/info
## Landesinnenminister: „Das ist ein Angriff auf uns alle“
> Landesinnenminister Karl-Heinz Overbeck hat den Angriff scharf verurteilt. „Das ist kein Angriff auf eine Firma, das ist ein Angriff auf uns alle“, sagte der CDU-Politiker in Düsseldorf. Er kündigte an, die Cyberabwehr der Kommunen mit zusätzlichen 20 Mio. Euro zu unterstützen. Im vergangenen Jahr waren in NRW 14 Kommunen und kommunale Unternehmen Ziel vergleichbarer Angriffe.
## Auch Stadtverwaltung vorsorglich vom Netz
> Vorsorglich hat auch die Stadtverwaltung Hellmarsch ihre Verbindungen zum Rechenzentrum der Stadtwerke gekappt, über das einige gemeinsame Anwendungen laufen. Betroffen sind u.a. die Online-Terminvergabe des Bürgerbüros und die Kfz-Zulassungsstelle. Termine können bis auf Weiteres nur telefonisch vereinbart werden. Ärgerlich ist das vor allem für Bürgerinnen und Bürger, die dringend einen Reisepass oder Personalausweis benötigen. Die Stadt verspricht, Notfälle „unbürokratisch“ zu behandeln.
## Staatsanwaltschaft ermittelt wegen Erpressung
> Die Zentral- und Ansprechstelle Cybercrime der Staatsanwaltschaft hat ein Ermittlungsverfahren wegen gewerbsmäßiger Erpressung und Computersabotage eingeleitet. Ein Sprecher bestätigte, dass Spezialisten des Landeskriminalamts vor Ort seien. Zu möglichen Tätern wollte er sich nicht äußern. „Solche Gruppen operieren in der Regel aus dem Ausland, was die Strafverfolgung erheblich erschwert“, sagte er.
## Angriff in der Nacht entdeckt
> Mitarbeiter des IT-Bereitschaftsdienstes bemerkten gegen 3.20 Uhr ungewöhnliche Aktivitäten auf mehreren Servern. Kurz darauf waren zahlreiche Dateien verschlüsselt. Auf den Bildschirmen erschien eine Nachricht mit der Aufforderung, Kontakt zu den Erpressern aufzunehmen. Die Stadtwerke trennten daraufhin sämtliche Systeme vom Internet.

=== de-live-bauernproteste
lang: de
outlet: Agrar-Nachrichten Nord
title: Bauernproteste: Traktoren blockieren Autobahnauffahrten in Niedersachsen – „Wir sind am Limit“
caption: Traktoren auf der Auffahrt zur A 7 bei Soltau am Morgen.
link: https://example.de/agrar/bauernproteste-niedersachsen-liveticker
author: Henrike Voß
date: 2027-01-08 18:15:00
tags: Landwirtschaft, Protest, Niedersachsen, Verkehr
> Tausende Landwirtinnen und Landwirte haben am Freitag in Niedersachsen gegen die geplante Streichung der Agrardiesel-Rückvergütung und neue Düngeauflagen protestiert. Mit Traktoren blockierten sie zeitweise mehr als 30 Autobahnauffahrten, vor allem an der A 1, der A 7 und der A 27. Es kam zu kilometerlangen Staus im Berufsverkehr.
> Die Polizei sprach von einem weitgehend friedlichen Verlauf. Der Landesbauernverband kündigte weitere Aktionen an, sollte die Bundesregierung nicht einlenken. Wir berichten im Liveticker.
kp: Das Wichtigste im Überblick
* Blockaden an mehr als 30 Autobahnauffahrten
* Großkundgebung in Hannover mit 8.000 Traktoren
* Polizei: Weitgehend friedlich, zwei Festnahmen
* Agrarminister lädt zu Gespräch am Montag
## Agrarminister lädt zu Gespräch am Montag
> Bundesagrarminister Florian Stegemann hat Vertreter der Bauernverbände für Montag zu einem Gespräch nach Berlin eingeladen. Er zeigte „großes Verständnis für die Sorgen“, verwies aber auf die angespannte Haushaltslage. Ein Verzicht auf die Kürzungen sei „nicht ohne Gegenfinanzierung möglich“, sagte der Grünen-Politiker.
## „Wir sind am Limit“
> „Wir sind am Limit. Noch eine Kürzung, und ich kann den Hof zumachen“, sagt Heiko Brandes, Milchbauer aus der Nähe von Verden, der mit seinem Traktor seit 5 Uhr morgens an der Auffahrt Posthausen steht. Er bewirtschaftet 140 Hektar und hält 95 Kühe. Die Agrardiesel-Rückvergütung mache bei ihm rund 3.800 Euro im Jahr aus, „das ist mein Gewinn aus zwei Monaten“.
> Über Geld allein gehe es aber nicht, betont Brandes. Ärger gebe es vor allem über immer neue Vorschriften, z.B. zur Düngung, zur Dokumentation oder zum Tierwohl. „Wir verbringen inzwischen mehr Zeit am Schreibtisch als im Stall.“
## Großkundgebung in Hannover mit 8.000 Traktoren
> Zur zentralen Kundgebung auf dem Schützenplatz in Hannover kamen nach Polizeiangaben rund 8.000 Traktoren und etwa 12.000 Menschen. Die Veranstalter sprachen von 15.000 Teilnehmenden. Viele hatten Schilder an ihren Fahrzeugen befestigt, etwa mit der Aufschrift „Ohne Bauern kein Essen“ oder „Ampel aus – Hof aus?“.
> Ökologische und konventionelle Betriebe demonstrierten Seite an Seite. Auch einige Handwerker, Spediteure und Gastronomen schlossen sich dem Protest an.
## Polizei: Weitgehend friedlich, zwei Festnahmen
> Die Polizeidirektion Hannover zog am Nachmittag eine überwiegend positive Bilanz. Zwei Personen seien vorläufig festgenommen worden, weil sie versucht hätten, mit Traktoren eine Polizeisperre zu durchbrechen. In Oldenburg wurde ein Beamter leicht verletzt. Gegen mehrere Teilnehmende wird wegen Nötigung ermittelt.
## Staus von bis zu 25 Kilometern, meldet der ADAC
> Der Verkehr im Land war am Morgen massiv beeinträchtigt. Auf der A 7 zwischen Soltau und Bad Fallingbostel staute es sich nach Angaben des ADAC auf bis zu 25 Kilometern. Auch auf der A 2 bei Peine ging zeitweise nichts mehr. Pendlerinnen und Pendler brauchten teils mehr als doppelt so lange wie sonst zur Arbeit.
## Umweltverbände kritisieren die Proteste
> Umweltverbände wie der BUND und der NABU äußerten Verständnis für die wirtschaftliche Lage vieler Betriebe, warnten aber davor, Klimaschutz und Landwirtschaft gegeneinander auszuspielen. Die Agrardiesel-Subvention sei „klimaschädlich und wenig zielgenau“, da große Betriebe am meisten profitierten, hieß es in einer gemeinsamen Mitteilung.
## „Ohne Bauern kein Essen“: Stimmen von der Kundgebung
> Auf dem Schützenplatz sprechen viele von Existenzangst. Ursula Meyerhoff, 58, führt mit ihrem Mann einen Schweinebetrieb im Emsland, den schon ihre Urgroßeltern bewirtschaftet haben. „Unsere Kinder wollen den Hof nicht übernehmen, und ich kann es ihnen nicht verdenken“, sagt sie. Ständig neue Auflagen für Ställe, dazu schwankende Preise und nun die Kürzungen: „Man plant für zwanzig Jahre und weiß nicht, was in zwei Jahren gilt.“ Neben ihr hält ein junger Landwirt aus der Wesermarsch ein Schild hoch, auf dem steht: „Ich bin 24 und will bleiben“.
> Übertönt werden die Gespräche immer wieder vom Hupen der Traktoren. Zwischen den Fahrzeugen verteilen Landfrauen heißen Kaffee und belegte Brötchen.
## Verkehrsminister ruft zu Besonnenheit auf
> Niedersachsens Verkehrsminister Ole Brinkmann hat die Landwirte aufgerufen, bei ihren Protesten „Rettungswege freizuhalten und niemanden zu gefährden“. Das Demonstrationsrecht sei ein hohes Gut, Blockaden von Autobahnen seien jedoch nur in engen Grenzen zulässig. Die Versammlungsbehörden hätten die meisten Aktionen unter Auflagen genehmigt, etwa mit Zeitfenstern von höchstens zwei Stunden. Wer sich nicht daran halte, müsse mit Konsequenzen rechnen.
## Was ist die Agrardiesel-Rückvergütung?
> Landwirtinnen und Landwirte können sich bislang einen Teil der Energiesteuer auf Diesel erstatten lassen, den sie für Traktoren und Maschinen verwenden, derzeit 21,48 Cent pro Liter. Das kostet den Bund jährlich rund 440 Mio. Euro. Die Regierung will die Vergünstigung schrittweise bis 2029 abschaffen.
## Bauernverband droht mit Aktionswoche im Februar
> Der Präsident des Landesbauernverbandes, Gerd Oltmanns, kündigte bei der Kundgebung an, die Proteste notfalls auszuweiten. Sollte die Bundesregierung bis Ende Januar nicht einlenken, werde es im Februar eine landesweite Aktionswoche geben, „mit allem, was dazugehört“. Was genau er damit meine, ließ Oltmanns offen. Der Verband vertritt nach eigenen Angaben rund 40.000 landwirtschaftliche Betriebe in Niedersachsen.
## Blockaden an mehr als 30 Autobahnauffahrten
> Seit den frühen Morgenstunden sind Traktoren an zahlreichen Autobahnauffahrten im ganzen Land unterwegs. Die Polizei meldet Blockaden u.a. bei Hamburg-Harburg, Bremen-Hemelingen, Oldenburg-Nord und Osnabrück-Hafen. Einsatzkräfte leiten den Verkehr großräumig um. Die Proteste waren angemeldet und sollen um 18 Uhr enden.

=== de-live-rosenmontag
lang: de
outlet: Kölner Abendblatt
title: Rosenmontag im Liveticker: Über eine Million Jecken feiern in Köln – Zug mit Verspätung gestartet
caption: Ein Prunkwagen des Rosenmontagszugs am Heumarkt.
link: https://example.de/koeln/rosenmontag-liveticker
author: Benedikt Schäfer
date: 2027-02-08 18:30:00
tags: Köln, Karneval, Rosenmontag
options: time=prefix
> Kölle Alaaf! Bei Sonnenschein und zwölf Grad haben am Rosenmontag nach Schätzungen der Polizei mehr als eine Million Menschen den Rosenmontagszug in der Kölner Innenstadt verfolgt. Der Zug mit rund 12.000 Teilnehmenden, 120 Wagen und 80 Musikkapellen startete wegen eines technischen Defekts mit einer halben Stunde Verspätung.
kp: Das Wichtigste
* Zug startet mit 30 Minuten Verspätung
* Mehr als eine Million Jecken in der Innenstadt
* Polizei zieht positive Bilanz
## 18.20 Uhr | Aufräumen in Rekordzeit
> Kaum ist der letzte Wagen durch, rücken die Kehrmaschinen an. Rund 350 Mitarbeiterinnen und Mitarbeiter der Abfallwirtschaftsbetriebe sind im Einsatz, um die Innenstadt bis zum Dienstagmorgen wieder sauber zu bekommen. Im vergangenen Jahr sammelten sie nach dem Rosenmontag etwa 180 Tonnen Müll ein, vor allem Glasflaschen, Pappbecher und Verpackungen von Kamelle. Die Stadt appelliert an die Jecken, ihren Abfall in die aufgestellten Container zu werfen.
## 17.50 Uhr | Polizei zieht positive Bilanz
> Die Polizei Köln hat eine insgesamt positive Bilanz des Rosenmontags gezogen. Bis zum späten Nachmittag wurden 74 Personen in Gewahrsam genommen, deutlich weniger als im Vorjahr. Die meisten Einsätze hatten mit Alkohol zu tun. Der Sanitätsdienst versorgte nach eigenen Angaben 412 Personen, 58 mussten ins Krankenhaus gebracht werden.
## 16.40 Uhr | Über 300 Tonnen Kamelle geworfen
> Nach Angaben des Festkomitees wurden in diesem Jahr rund 300 Tonnen Süßigkeiten vom Zug geworfen, dazu etwa 700.000 Tafeln Schokolade, 220.000 Pralinenschachteln und ungezählte Strüßjer. Übrigens: Immer mehr Gruppen werfen inzwischen auch Nachhaltiges, z.B. Bio-Fruchtgummi, kleine Blumensamen-Tütchen oder Holzspielzeug. „Die Kinder freuen sich trotzdem am meisten über Schokolade“, sagt ein Sprecher des Festkomitees lachend.
## 16.05 Uhr | Letzter Wagen erreicht das Ziel
> Mit dem Wagen des Prinzen Karneval hat um kurz nach 16 Uhr der letzte Wagen das Ziel an der Mohrenstraße erreicht. Prinz Heinz III. warf noch einmal Kamelle und Strüßjer in die Menge. „Et wor ene Draum“, sagte er anschließend sichtlich bewegt. Das Dreigestirn hatte mehr als 300 Termine in der Session absolviert.
## 14.12 Uhr | Politische Wagen sorgen für Gesprächsstoff
> Wie jedes Jahr nehmen einige Wagen die Politik aufs Korn. Besonders viel Beifall gab es für einen Wagen, der einen riesigen Kanzler in einem leckenden Schlauchboot zeigt, umgeben von den Logos der Koalitionsparteien. Ein anderer Wagen widmet sich der Deutschen Bahn: Ein Zug aus Pappmaché, auf dem „Ankunft: unbekannt“ steht.
## 13.25 Uhr | Ärger über Glasverbot
> Ärger gibt es an einigen Kontrollpunkten wegen des Glasverbots in der Altstadt. Ordnungsamt und Sicherheitsdienst haben nach Angaben der Stadt bis zum Mittag mehr als 8.000 Glasflaschen eingesammelt. Einige Besucherinnen und Besucher reagierten ungehalten, als sie ihre Flaschen abgeben mussten. Das Verbot gilt seit 2011 und soll vor allem Schnittverletzungen verhindern, die früher an Karneval zu den häufigsten Gründen für Sanitätseinsätze gehörten.
## 11.30 Uhr | Schull- un Veedelszöch ziehen durch die Südstadt
> Den Auftakt des Zuges bilden traditionell einige der Schull- un Veedelszöch, also Gruppen aus Schulen und Stadtvierteln, die am Sonntag ihren eigenen Zug hatten. Besonders viel Applaus bekommt eine Grundschulklasse aus Ehrenfeld, die als wandelnde Bücherei verkleidet ist. Dahinter folgen die Traditionskorps, u.a. die Roten Funken, die 2023 ihr 200-jähriges Bestehen gefeiert haben.
## 12.40 Uhr | Mehr als eine Million Jecken in der Innenstadt
> Nach Schätzungen der Polizei säumen inzwischen mehr als eine Million Menschen die rund acht Kilometer lange Zugstrecke. Besonders voll ist es am Heumarkt und rund um den Dom. Die Stadt hat mehrere Zugänge zur Altstadt vorübergehend gesperrt. Die KVB setzt zusätzliche Bahnen ein, rät aber, möglichst zu Fuß zu gehen.
## 10.45 Uhr | Zug startet mit 30 Minuten Verspätung
> Der Rosenmontagszug hat sich mit einer halben Stunde Verspätung in Bewegung gesetzt. Grund war ein Hydraulikschaden am Wagen des Festkomitees, der in der Severinstraße repariert werden musste. Um 10.42 Uhr gab Zugleiter Holger Wiesmann schließlich das Startsignal. Die ersten Gruppen ziehen nun durch die Südstadt.
## 9.30 Uhr | Guten Morgen und Alaaf!
> Guten Morgen und herzlich willkommen zu unserem Liveticker vom Kölner Rosenmontagszug! Das Wetter spielt mit, die Straßen füllen sich. Der Zug soll um 10.15 Uhr an der Severinstraße starten. Wir begleiten ihn hier den ganzen Tag mit Bildern, Videos und Stimmen vom Zugweg.

=== de-plain-klinikfusion
lang: de
outlet: Mittelhessische Zeitung
title: Kliniken in Lahnfeld und Ebersbach fusionieren – Geburtsstation zieht um
caption: Das Kreiskrankenhaus Lahnfeld soll zum Zentralstandort ausgebaut werden.
link: https://example.de/region/klinikfusion-lahnfeld-ebersbach
author: Dr. Ulrike Baumgart
date: 2027-05-12 06:00:00
tags: Gesundheit, Lahnfeld, Ebersbach, Kreistag
> Die Kreiskliniken Lahnfeld und Ebersbach werden zum 1. Januar 2028 zu einer gemeinsamen Gesellschaft zusammengelegt. Das hat der Kreistag am Montagabend mit 41 zu 18 Stimmen beschlossen. Die neue Klinikum Lahn-Ebersbach gGmbH soll rund 2.150 Beschäftigte haben und jährlich etwa 48.000 Patientinnen und Patienten stationär versorgen.
> Hintergrund sind hohe Verluste: Allein im vergangenen Jahr schrieben beide Häuser zusammen ein Minus von 17,8 Mio. Euro, das der Landkreis ausgleichen musste. Ohne die Fusion drohe „ein Defizit von über 25 Mio. Euro bis 2030“, sagte Landrat Hans-Jürgen Pfeiffer (CDU) in der Sitzung, die um 18.30 Uhr begann und erst kurz vor Mitternacht endete.
> Größter Streitpunkt ist die Geburtshilfe. Die Geburtsstation in Ebersbach, in der im vergangenen Jahr 612 Kinder zur Welt kamen, soll bis Ende 2028 nach Lahnfeld verlegt werden. Für werdende Mütter aus dem Norden des Landkreises verlängert sich die Anfahrt damit um bis zu 35 Minuten. Die Hebammen in Ebersbach sollen übernommen werden.
> „Das ist ein schwarzer Tag für Ebersbach“, sagte Bürgermeisterin Petra Özdemir (SPD). Sie kündigte an, sich gemeinsam mit dem Förderverein des Krankenhauses e.V. für den Erhalt einer Notfallversorgung rund um die Uhr einzusetzen. Eine Petition mit ca. 9.400 Unterschriften war dem Kreistag bereits im März übergeben worden.
> Ärztinnen und Ärzte beider Häuser sehen die Pläne differenziert. Prof. Dr. med. Martin Kessler, Chefarzt der Inneren Medizin in Lahnfeld, verwies auf die neue Krankenhausreform des Bundes, die bestimmte Eingriffe nur noch an Kliniken mit ausreichenden Fallzahlen erlaube. „Wir können nicht alles überall anbieten. Das ist keine Frage des Willens, sondern der Qualität.“
> Übergangsweise sollen beide Standorte erhalten bleiben, mit unterschiedlichen Schwerpunkten. Lahnfeld wird zum Zentralstandort mit Notaufnahme, Intensivstation, Kardiologie und Geburtshilfe ausgebaut. In Ebersbach sollen u.a. die Orthopädie, die Geriatrie und ein ambulantes Operationszentrum bleiben, bzw. neu entstehen. Die Investitionen werden auf rund 86 Mio. Euro geschätzt.
> Öffentlich geförderte Mittel sollen etwa zwei Drittel der Kosten decken. Das Land hat aus dem Krankenhausstrukturfonds bereits 38,5 Mio. Euro in Aussicht gestellt, der Bescheid (Az. IV 3-28/27) liegt dem Landkreis seit April vor. Den Rest muss der Kreis über Kredite finanzieren, was den Haushalt in den kommenden Jahren zusätzlich belasten dürfte.
> Für die Beschäftigten soll es keine betriebsbedingten Kündigungen geben. Das sieht eine Vereinbarung mit der Gewerkschaft Verdi und dem Marburger Bund vor, die bis 31.12.2032 gilt. Allerdings müssen sich viele auf neue Arbeitsorte einstellen. Der Betriebsrat in Ebersbach rechnet damit, dass etwa 180 Stellen nach Lahnfeld verlagert werden.
> Kritik kommt auch von der Kassenärztlichen Vereinigung. Die ambulante Versorgung im Norden des Kreises sei ohnehin schon dünn, sagte deren Bezirksvorsitzende Dr. Sabine Hellwig. Von 27 Hausarztsitzen im Altkreis Ebersbach seien derzeit vier unbesetzt, weitere sechs Praxisinhaber seien älter als 65 Jahre. „Wenn jetzt auch noch das Krankenhaus Leistungen abbaut, verschärft sich die Lage für ältere und chronisch kranke Menschen erheblich“, warnte sie. Die KV schlägt vor, am Standort Ebersbach ein medizinisches Versorgungszentrum mit angestellten Ärztinnen und Ärzten einzurichten, das auch den ärztlichen Bereitschaftsdienst an Wochenenden übernehmen könnte.
> Ob die Fusion die erhofften Einsparungen bringt, ist unter Fachleuten umstritten. Ein Gutachten der Beratungsfirma Healthcon AG, das der Kreistag in Auftrag gegeben hatte, rechnet ab 2031 mit einem ausgeglichenen Ergebnis. Die Autoren weisen aber selbst darauf hin, dass ihre Prognose von zahlreichen Annahmen abhängt, etwa von der Entwicklung der Tariflöhne und der Vergütung durch die Krankenkassen nach der Reform.
> Über die Details informiert der Landkreis am Donnerstag, 15. Mai, um 19 Uhr in der Stadthalle Ebersbach, Hauptstr. Nr. 12. Fragen können vorab per E-Mail an klinikfusion@kreis-lahnfeld.example gestellt werden. Unterlagen zur Kreistagssitzung sind im Bürgerinformationssystem unter www.kreis-lahnfeld.example abrufbar.
> Übrigens: Der Name der neuen Gesellschaft ist noch nicht endgültig. Die Belegschaft darf bis Ende Juni Vorschläge einreichen, über die ein Gremium mit Vertretern beider Häuser entscheidet. Der Arbeitstitel „Klinikum Lahn-Ebersbach“ sei „nur ein Platzhalter“, betonte der Landrat.

=== de-plain-mietwucher-urteil
lang: de
outlet: Berliner Stadtspiegel
title: Mietwucher in Neukölln: Vermieter muss 47.000 Euro zurückzahlen
caption:
link: https://example.de/berlin/mietwucher-urteil-amtsgericht
author:
date: 2027-08-26 14:20:00
tags: Berlin, Wohnen, Justiz, Mietrecht
options: nocaptionline
> Ein Vermieter aus Berlin-Neukölln muss seinen früheren Mieterinnen und Mietern insgesamt mehr als 47.000 Euro zu viel gezahlte Miete zurückerstatten. Das hat das Amtsgericht Neukölln am Dienstag entschieden (Az. 12 C 345/26). Der Mann hatte für eine 38 Quadratmeter große Einzimmerwohnung in der Weserstraße zeitweise 1.290 Euro kalt verlangt, also knapp 34 Euro pro Quadratmeter.
> Nach Überzeugung des Gerichts lag die Miete damit um mehr als 50 Prozent über der ortsüblichen Vergleichsmiete, die der Berliner Mietspiegel für vergleichbare Wohnungen mit 11,20 Euro pro Quadratmeter ansetzt. Das sei nach § 291 Abs. 1 Nr. 3 StGB bzw. § 5 WiStG nicht mehr hinnehmbar, hieß es in der Urteilsbegründung. Der Vermieter habe eine Zwangslage auf dem Wohnungsmarkt ausgenutzt.
> Geklagt hatten drei Studierende, die die Wohnung nacheinander zwischen 2021 und 2025 bewohnt hatten. Unterstützt wurden sie vom Berliner Mieterverein e.V. sowie von der Plattform WohnRecht Online, die Mieterinnen und Mietern hilft, Ansprüche aus der Mietpreisbremse geltend zu machen. „Wir haben lange gezögert, weil wir Angst hatten, die Wohnung zu verlieren“, sagt eine der Klägerinnen, Lena M., 24.
> Über das Urteil dürften sich auch andere Mieterinnen und Mieter freuen. Der Vermieter besitzt nach Recherchen unserer Zeitung mindestens 14 weitere Wohnungen in Neukölln und Kreuzberg, die er über die Immobilienfirma Spree Wohnen GmbH & Co. KG vermietet. Mehrere Mietparteien prüfen inzwischen ebenfalls rechtliche Schritte.
> Ähnliche Verfahren sind selten. Zwar ist Mietwucher in Deutschland seit Jahrzehnten verboten, doch die Hürden für einen Nachweis gelten als hoch. Mieter müssen u.a. belegen, dass der Vermieter eine Notlage ausgenutzt hat. Der Bundesrat hatte deshalb bereits 2022 eine Reform des § 5 WiStG vorgeschlagen, die jedoch bislang nicht umgesetzt wurde.
> Der Anwalt des Vermieters, Dr. jur. Klaus-Peter Wendt, kündigte an, Berufung beim Landgericht einzulegen. Die Wohnung sei „hochwertig möbliert“ gewesen, mit Einbauküche, Waschmaschine, WLAN usw., und daher nicht mit einer unmöblierten Wohnung vergleichbar. Das Gericht folgte dieser Argumentation nicht: Der Möblierungszuschlag rechtfertige allenfalls 80 Euro im Monat.
> Ökonominnen und Ökonomen verweisen auf den angespannten Wohnungsmarkt in der Hauptstadt. Laut einer Auswertung des Instituts für Stadtforschung lag die durchschnittliche Angebotsmiete in Neukölln im zweiten Quartal bei 16,85 Euro pro Quadratmeter, ein Plus von 7,3 Prozent gegenüber dem Vorjahr. Möblierte Wohnungen werden im Schnitt fast doppelt so teuer angeboten.
> Politisch dürfte das Urteil die Debatte über eine Verschärfung des Mietrechts neu beleben. Die Berliner Senatorin für Stadtentwicklung kündigte an, sich im Bundesrat erneut für eine Reform des Wirtschaftsstrafgesetzes einzusetzen. Künftig solle es ausreichen, dass eine Miete die ortsübliche Vergleichsmiete um mehr als 20 Prozent übersteigt und ein geringes Angebot an Wohnungen besteht, ohne dass Mieter eine individuelle Zwangslage nachweisen müssen. Ökonomisch umstritten ist das allerdings: Der Eigentümerverband Haus & Grund warnte, eine solche Regelung werde „Investitionen in den Wohnungsbau weiter abwürgen“, und verwies auf ein Gutachten, wonach die Zahl der Baugenehmigungen in Berlin im ersten Halbjahr um 18,4 Prozent gesunken ist.
> Der Berliner Mieterverein rät Betroffenen, ihre Miete mit dem Mietspiegel abzugleichen, etwa über den Online-Rechner der Senatsverwaltung unter www.stadtentwicklung.berlin.example/mietspiegel. Eine kostenlose Erstberatung gibt es montags bis donnerstags von 10 bis 18 Uhr in der Geschäftsstelle, Spichernstr. 1, Tel. 030 226 260.
> Für die Klägerinnen und Kläger hat das Verfahren fast zwei Jahre gedauert. Ausgangspunkt war eine Rüge nach der Mietpreisbremse, die der Vermieter zunächst ignoriert hatte. Erst als der Mieterverein ein Gutachten vorlegte, das die Ausstattung der Wohnung mit Fotos und Quittungen dokumentierte, kam Bewegung in die Sache. Ein Vergleichsangebot des Vermieters über 8.000 Euro lehnten die Studierenden ab. „Es ging uns nicht nur ums Geld. Wir wollten, dass jemand sagt: So geht das nicht“, sagt Lena M. Ihr ehemaliger Mitbewohner Jonas K., 26, ergänzt, er habe während der Mietzeit teilweise 62 Prozent seines Einkommens für die Miete ausgegeben.
> Ähnliche Urteile hatte es zuletzt auch in Frankfurt am Main und in München gegeben. Dort hatten Gerichte ebenfalls Rückzahlungen von mehreren Zehntausend Euro angeordnet. Nach Einschätzung des Deutschen Mieterbundes könnten die Entscheidungen eine Signalwirkung haben, zumal viele Betroffene ihre Ansprüche bislang nicht kennen.
> Das Urteil ist noch nicht rechtskräftig.
