#! German held-out articles, other beats: invented news, invented people, parties, firms and places.

=== de-live-landtagswahl
lang: de
outlet: Westfälische Landeszeitung
title: Landtagswahl im Liveticker: Union klar vorn, Grüne verlieren deutlich – Regierungsbildung wird schwierig
caption: Wahlhelfer zählen in einer Turnhalle in Hamm die Stimmzettel aus.
link: https://example.de/politik/landtagswahl-liveticker-wahlabend
author: Katrin Böhmer und Jens Lüdtke
date: 2027-05-16 22:47:00
tags: Politik, Landtagswahl, Liveticker
options: bullet=•
> Die Wahllokale sind seit 18 Uhr geschlossen. Nach den ersten Hochrechnungen liegt die Union mit deutlichem Abstand vorn, während die Grünen im Vergleich zur letzten Landtagswahl rund sechs Prozentpunkte verlieren. Für die bisherige Koalition reicht es damit nicht mehr.
> Rund 13,1 Millionen Menschen waren zur Wahl aufgerufen. Die Wahlbeteiligung liegt nach Angaben der Landeswahlleiterin bei 61,8 Prozent und damit leicht über dem Wert von 2022. Wir berichten den ganzen Abend live.
kp: Das Wichtigste in Kürze
* Union laut Hochrechnung bei 34,6 Prozent
* Grüne stürzen auf 12,1 Prozent ab
* Wahlbeteiligung: 61,8 Prozent
* Ministerpräsidentin Haller gratuliert dem Wahlsieger
## 22:40 Uhr | Neue Hochrechnung: FDP bei 4,9 %
> Die Zitterpartie für die FDP geht weiter. In der jüngsten Hochrechnung von Infratest für den WDR liegen die Liberalen bei 4,9 Prozent und damit knapp unter der Fünfprozenthürde. Ob sie dem neuen Landtag angehören, dürfte sich erst in der Nacht entscheiden, wenn die Ergebnisse aus den großen Städten vollständig ausgezählt sind.
> „Wir haben schon ganz andere Nächte überstanden“, sagte Landeschef Dr. Markus Terhorst vor Anhängern in Düsseldorf. Sollte die FDP scheitern, hätte eine Koalition aus Union und SPD eine komfortable Mehrheit.
## 21:15 Uhr | Ministerpräsidentin Haller gratuliert dem Wahlsieger
> Ministerpräsidentin Sabine Haller (Grüne) hat ihre Niederlage eingeräumt und Unionsspitzenkandidat Friedrich Wessel zum Wahlsieg gratuliert. „Das ist ein bitterer Abend für uns, da gibt es nichts schönzureden“, sagte sie im Landtag. Die Verantwortung für das Ergebnis liege „auch bei mir“.
> Ob sie Fraktionsvorsitzende bleiben will, ließ Haller offen. Darüber werde man „in den nächsten Tagen in Ruhe reden“.
## 20:02 Uhr | Union laut Hochrechnung bei 34,6 Prozent
> Die zweite Hochrechnung bestätigt den Trend: Die Union kommt auf 34,6 Prozent, die SPD auf 22,3 Prozent. Die Grünen stürzen auf 12,1 Prozent ab, die AfD legt auf 14,8 Prozent zu. Die Linke liegt bei 5,6 Prozent, die FDP bei 5,0 Prozent.
> 34,6 Prozent wären das beste Ergebnis der Union seit 2005. Spitzenkandidat Wessel sprach von einem „klaren Auftrag zur Regierungsbildung“ und kündigte Sondierungsgespräche „mit allen demokratischen Parteien“ für die kommende Woche an.
## 18:32 Uhr | Erste Prognose: Union vorn, Grüne stürzen ab
> In der Wahlparty der Union im Düsseldorfer Hafen brandet Jubel auf, als um 18 Uhr die erste Prognose über die Bildschirme läuft. Bei den Grünen herrscht dagegen betretenes Schweigen. Auch in der SPD-Zentrale ist die Stimmung gedämpft, obwohl die Partei leicht zulegen konnte.
> Laut Prognose erreicht die Union 35 Prozent, die SPD 22 Prozent, die AfD 15 Prozent und die Grünen 12 Prozent. Linke und FDP liegen jeweils bei rund fünf Prozent.
## 17:10 Uhr | Hohe Beteiligung in Münster und Bielefeld
> Bis 16 Uhr haben in Münster bereits 54,2 Prozent der Wahlberechtigten ihre Stimme abgegeben, teilte die Stadt mit. Auch in Bielefeld liegt die Beteiligung deutlich über dem Wert der letzten Landtagswahl. Die Zahl der Briefwähler hat sich landesweit auf rund 4,2 Millionen erhöht.
## 08:00 Uhr | Guten Morgen zum Wahltag
> Die Wahllokale haben geöffnet. Bis 18 Uhr können die Wahlberechtigten in rund 15.000 Wahlbezirken ihre Stimme abgeben. Wer seinen Wahlschein verloren hat, kann laut Landeswahlleitung mit dem Personalausweis trotzdem wählen, sofern er im Wählerverzeichnis steht.

=== de-live-skispringen
lang: de
outlet: Sport am Alpenrand
title: Neujahrsspringen in Hohenbrunn: Lukas Reindl fliegt zum Sieg – DSV-Team mit drei Springern unter den Top 10
caption: Lukas Reindl bei seinem Siegessprung auf 139,5 Meter.
link: https://example.de/wintersport/skispringen-neujahrsspringen-hohenbrunn-liveticker
author: Florian Hastreiter
date: 2027-01-01 16:58:00
tags: Wintersport, Skispringen, Liveticker
options: time=dash exit=none
> Beim traditionellen Neujahrsspringen im oberbayerischen Hohenbrunn hat sich der Österreicher Lukas Reindl den Sieg gesichert. Mit Sprüngen auf 136 und 139,5 Meter setzte er sich vor dem Norweger Eirik Solheim und dem Deutschen Jonas Wimmer durch. Rund 21.000 Zuschauer sorgten bei minus sechs Grad für eine großartige Stimmung.
## 16:48 Uhr | Stimmen: Wimmer „überglücklich“ über Platz 3
> „Ich bin überglücklich. Nach der Verletzung im Sommer hätte ich nie gedacht, dass ich heute hier auf dem Podest stehe“, sagte Jonas Wimmer im ZDF-Interview. Der 27-Jährige aus Oberstdorf hatte sich im August das Innenband im rechten Knie gerissen und erst Mitte Dezember wieder Weltcupspringen bestritten.
> Bundestrainer Stefan Aigner lobte die „geschlossene Mannschaftsleistung“. Mit Wimmer, Tobias Haslinger (6.) und Max Brandl (9.) landeten drei DSV-Adler unter den besten Zehn.
## 16:31 Uhr | Reindl gewinnt vor Solheim und Wimmer
> Lukas Reindl fliegt im zweiten Durchgang auf 139,5 Meter, Schanzenrekord egalisiert! Damit ist der Sieg perfekt. Der 24-Jährige aus Bischofshofen gewinnt mit 291,4 Punkten vor Eirik Solheim (286,0) und Jonas Wimmer (283,7). Für Reindl ist es der dritte Weltcupsieg der Saison.
> 3 Siege in 9 Springen: Reindl übernimmt damit auch die Führung im Gesamtweltcup, mit 42 Punkten Vorsprung auf Solheim.
## 16:12 Uhr | Wimmer legt vor: 134 Meter
> Jonas Wimmer zeigt im Finaldurchgang einen sauberen Sprung auf 134 Meter und übernimmt vorerst die Führung. Das Publikum feiert den Oberstdorfer lautstark. Jetzt kommen noch die drei Besten des ersten Durchgangs.
## 15:20 Uhr | Halbzeit: Reindl führt nach Durchgang 1
> Nach dem ersten Durchgang führt Lukas Reindl mit 136 Metern. Dahinter folgen Solheim (135,5 m) und der Japaner Daiki Morita (133 m). Bester Deutscher ist Wimmer auf Rang 4. Der zweite Durchgang beginnt um 15.55 Uhr.
> Der Wind bereitet der Jury weiter Sorgen. Mehrfach musste der Anlauf verkürzt werden, zuletzt auf Luke 11. Die Kompensationspunkte fallen deshalb heute besonders ins Gewicht.
## 14:30 Uhr | Los geht’s in Hohenbrunn
> Der erste Durchgang läuft. 50 Springer sind am Start, die besten 30 qualifizieren sich für das Finale. Im Gegensatz zur Vierschanzentournee gibt es heute kein K.-o.-System. Die Bedingungen sind schwierig: Der Wind dreht immer wieder auf Rückenwind.
## 14:05 Uhr | Probedurchgang abgesagt
> Wegen zu starker Böen hat die Jury den Probedurchgang ersatzlos gestrichen. Das ist ungewöhnlich, aber nicht beispiellos: Zuletzt war das beim Neujahrsspringen 2019 der Fall. Für die Springer bedeutet das, dass sie ohne einen einzigen Trainingssprung auf dieser Schanze in den Wettkampf gehen. Die Trainingssprünge vom Vortag hatten der Österreicher Reindl und der Pole Kamil Nowak dominiert.
## 13:45 Uhr | Schanze ausverkauft, Anreise mit Bus und Bahn empfohlen
> Das Organisationskomitee meldet ein ausverkauftes Stadion. Wegen der Schneefälle in der Nacht bittet die Polizei alle Besucher, mit Bus und Bahn anzureisen. Die Parkplätze an der B 472 sind bereits seit dem Vormittag voll. Zusätzliche Sonderzüge fahren ab München Hbf. im 20-Minuten-Takt.

=== de-live-karlsruhe-urteil
lang: de
outlet: Rechtspolitik Aktuell
title: Karlsruhe kippt Teile des Versammlungsgesetzes – Innenministerin will nachbessern
caption: Die Richterinnen und Richter des Ersten Senats bei der Urteilsverkündung in Karlsruhe.
link: https://example.de/recht/bverfg-versammlungsgesetz-urteil
author: Dr. Anja Wendler
date: 2027-04-20 14:05:00
tags: Recht, Bundesverfassungsgericht, Versammlungsfreiheit
options: bullet=- bom
> Das Bundesverfassungsgericht hat zentrale Vorschriften des neuen Versammlungsgesetzes für verfassungswidrig erklärt. Die Möglichkeit, Demonstrationen allein wegen einer befürchteten Störung des Straßenverkehrs zu verbieten, verstoße gegen die Versammlungsfreiheit aus Art. 8 des Grundgesetzes, entschied der Erste Senat am Dienstag in Karlsruhe.
> Geklagt hatten mehrere Umweltverbände, eine Gewerkschaft und 23 Privatpersonen. Die Entscheidung fiel mit sechs zu zwei Stimmen. Die beanstandeten Regelungen bleiben bis zu einer Neuregelung, längstens bis zum 31. Dezember 2028, mit Einschränkungen anwendbar.
kp: Das Wichtigste in Kürze
* Verbot wegen Verkehrsbehinderung verfassungswidrig
* Entscheidung fiel mit 6:2 Stimmen
* Frist für Neuregelung bis Ende 2028
* Innenministerin kündigt Gesetzentwurf an
## Innenministerin kündigt Gesetzentwurf an
> Bundesinnenministerin Petra Lindner (SPD) will das Gesetz „zügig und sorgfältig“ überarbeiten. Einen Entwurf werde ihr Haus noch vor der Sommerpause vorlegen, sagte sie in Berlin. „Wir nehmen das Urteil ernst. Die Versammlungsfreiheit ist ein hohes Gut, aber auch die Menschen, die morgens zur Arbeit oder ins Krankenhaus müssen, haben Rechte.“
> Die Opposition forderte, das Gesetz vollständig zurückzuziehen. Der innenpolitische Sprecher der Grünen nannte die Entscheidung eine „schallende Ohrfeige“ für die Bundesregierung.
## Was bedeutet das Urteil für Klimaproteste?
> Kurzfristig wenig, sagen Fachleute. Blockaden, bei denen sich Demonstrierende auf der Fahrbahn festkleben, bleiben weiterhin strafbar, wenn sie als Nötigung nach § 240 StGB gewertet werden. Das Urteil betrifft nur die Frage, ob eine angemeldete Versammlung im Vorfeld verboten werden darf. Versammlungsbehörden müssen künftig mildere Mittel wie z. B. Auflagen zur Route oder zur Uhrzeit prüfen, bevor sie ein Verbot aussprechen.
## Entscheidung fiel mit 6:2 Stimmen
> Zwei Richter haben ein Sondervotum abgegeben. Sie halten die Regelung für vereinbar mit dem Grundgesetz, weil der Gesetzgeber bei der Abwägung zwischen Versammlungsfreiheit und den Rechten Dritter einen weiten Spielraum habe. Das Urteil ist unter dem Aktenzeichen 1 BvR 2231/25 veröffentlicht.
## Kläger sprechen von „historischem Tag“ für die Demokratie
> Vor dem Gerichtsgebäude feierten rund 200 Menschen das Urteil. „Das ist ein historischer Tag für die Demokratie in diesem Land“, sagte die Sprecherin des Umweltverbands Grünes Band e.V., Miriam Kowalczyk. Man habe „nicht für sich selbst, sondern für alle“ geklagt, auch für Bauern, Handwerker und Fußballfans.
> Auch der Deutsche Gewerkschaftsbund begrüßte die Entscheidung. Das Streikrecht sei zwar nicht unmittelbar betroffen gewesen, aber „wer heute Demonstrationen einschränkt, schränkt morgen Kundgebungen vor Werkstoren ein“, erklärte der DGB.
## Verbot wegen Verkehrsbehinderung verfassungswidrig
> Kern des Urteils ist § 15 Abs. 2 des Versammlungsgesetzes. Danach durften Behörden eine Versammlung verbieten, wenn „erhebliche Beeinträchtigungen des Straßenverkehrs“ zu erwarten waren. Diese Formulierung sei zu unbestimmt, befand das Gericht. Sie gebe den Behörden faktisch die Möglichkeit, nahezu jede größere Kundgebung in Innenstädten zu untersagen.
> Die Vorsitzende des Senats, Vizepräsidentin Prof. Dr. Ulrike Stahl, betonte bei der Verkündung, das Grundgesetz schütze „gerade auch die Versammlung, die stört“. Wer demonstriere, dürfe auf sich aufmerksam machen, auch wenn das für andere lästig sei.
## Urteil wird um 10 Uhr verkündet
> Der Erste Senat hat die Verkündung für 10 Uhr angesetzt. Vor dem Gericht am Schlossplatz haben sich bereits am frühen Morgen Unterstützer der Kläger versammelt. Die Polizei ist mit einem größeren Aufgebot vor Ort, rechnet aber nach eigenen Angaben mit einem friedlichen Verlauf.

=== de-live-hauptversammlung
lang: de
outlet: Wirtschaftsblatt Rhein-Main
title: Hauptversammlung der Brennecke AG: Aktionäre stimmen für Abspaltung der Chemiesparte – Chef unter Druck
caption: Vorstandschef Dr. Thomas Gellert bei seiner Rede in der Frankfurter Festhalle.
link: https://example.de/unternehmen/brennecke-hauptversammlung-liveblog
author: Svenja Kramer
date: 2027-06-12 17:30:00
tags: Wirtschaft, Unternehmen, Börse
options: crlf
> Die Aktionärinnen und Aktionäre der Brennecke AG haben auf der Hauptversammlung in Frankfurt der Abspaltung der Chemiesparte zugestimmt. Das neue Unternehmen soll unter dem Namen Brennecke Chemicals GmbH & Co. KG firmieren und im Herbst an die Börse gehen. Für Vorstandschef Dr. Thomas Gellert war es dennoch kein einfacher Tag.
> Mehrere Großinvestoren kritisierten die Strategie und die Vergütung des Vorstands scharf. Bei der Entlastung erhielt Gellert nur 71,3 Prozent Zustimmung, ein für einen Dax-Konzern ungewöhnlich schwaches Ergebnis.
kp: Die wichtigsten Punkte
* Abspaltung mit 88,6 Prozent beschlossen
* Vorstand nur mit 71,3 Prozent entlastet
* Dividende steigt auf 2,10 Euro je Aktie
## Aktualisiert um 16:55 Uhr | Vorstand nur mit 71,3 Prozent entlastet
> Das Ergebnis der Entlastung ist ein deutliches Signal. Bei großen Konzernen liegen die Zustimmungswerte üblicherweise bei über 95 Prozent. Der Fondsanbieter Rheinfels Invest hatte vorab angekündigt, gegen die Entlastung zu stimmen, und begründete dies mit „strategischen Fehlentscheidungen“ beim Kauf eines US-Spezialchemieherstellers im Jahr 2024.
> Gellert zeigte sich dennoch zufrieden. „Wir haben verstanden, dass wir liefern müssen. Und wir werden liefern“, sagte er nach der Abstimmung vor Journalisten.
## Aktualisiert um 16:20 Uhr | Abspaltung mit 88,6 Prozent beschlossen
> Die Aktionäre haben der Abspaltung der Chemiesparte mit 88,6 Prozent der abgegebenen Stimmen zugestimmt. Erforderlich war eine Mehrheit von 75 Prozent. Die Brennecke Chemicals GmbH & Co. KG soll rund 9.400 Beschäftigte haben und einen Umsatz von etwa 6,1 Mrd. Euro erzielen.
> Die Börsennotierung ist für Oktober geplant. Bestehende Aktionäre erhalten für je fünf Brennecke-Aktien eine Aktie der neuen Gesellschaft.
## Aktualisiert um 14:45 Uhr | Kleinaktionärin: „Wo bleibt die Strategie?“
> In der Generaldebatte kommen vor allem Kleinaktionäre zu Wort. „Seit zehn Jahren höre ich hier jedes Jahr von Transformation. Wo bleibt die Strategie?“, fragte eine Rentnerin aus Offenbach unter großem Applaus. Sie besitze die Aktie seit 1987 und habe „nie so wenig Vertrauen gehabt wie heute“.
> Ein Vertreter der Deutschen Schutzvereinigung für Wertpapierbesitz (DSW) kritisierte die Vorstandsvergütung. Gellert habe 2026 trotz eines Gewinnrückgangs von 18 Prozent insgesamt 7,8 Mio. Euro erhalten.
## Aktualisiert um 12:10 Uhr | Dividende steigt auf 2,10 Euro je Aktie
> Der Vorstand schlägt eine Dividende von 2,10 Euro je Aktie vor, nach 1,95 Euro im Vorjahr. Die Ausschüttung soll am 17. Juni erfolgen. Insgesamt schüttet der Konzern damit rund 1,1 Mrd. Euro an seine Aktionäre aus.
## Aktualisiert um 10:30 Uhr | Gellert: „Zwei starke Unternehmen statt eines schwerfälligen“
> In seiner Eröffnungsrede verteidigte der Vorstandschef die geplante Aufspaltung. „Wir schaffen zwei starke Unternehmen statt eines schwerfälligen“, sagte Gellert vor rund 2.300 Aktionären in der Festhalle. Beide Teile könnten sich so besser auf ihre Märkte konzentrieren und schneller investieren.
> Gellert kündigte zudem an, bis 2030 rund 1.200 Stellen in der Verwaltung abzubauen, „sozialverträglich und ohne betriebsbedingte Kündigungen“. Der Betriebsrat reagierte mit scharfer Kritik.

=== de-plain-insolvenz
lang: de
outlet: Ostholsteiner Nachrichten
title: Landmaschinenhersteller Hegemann GmbH & Co. KG stellt Insolvenzantrag – 340 Jobs in Gefahr
caption: Das Werksgelände der Firma Hegemann am Stadtrand von Eutin.
link: https://example.de/wirtschaft/hegemann-insolvenzantrag-eutin
author: Birte Thomsen
date: 2027-10-05 12:20:00
tags: Wirtschaft, Eutin, Insolvenz
> Der Landmaschinenhersteller Hegemann GmbH & Co. KG aus Eutin hat beim Amtsgericht Lübeck einen Antrag auf Eröffnung eines Insolvenzverfahrens in Eigenverwaltung gestellt. Das teilte das Unternehmen am Montag mit. Betroffen sind rund 340 Beschäftigte am Stammsitz sowie 45 Mitarbeiter einer Tochtergesellschaft in Polen.
> Als Gründe nannte die Geschäftsführung die seit Monaten schwache Nachfrage nach Großtraktoren, gestiegene Finanzierungskosten und den Ausfall eines Großkunden in der Ukraine. Der Umsatz sei 2026 um 31 Prozent auf 118 Mio. Euro eingebrochen. Der Geschäftsbetrieb läuft vorerst uneingeschränkt weiter.
> Löhne und Gehälter sind für die kommenden drei Monate über das Insolvenzgeld der Bundesagentur für Arbeit gesichert. „Niemand muss Angst haben, dass im Oktober, November oder Dezember kein Geld auf dem Konto ist“, sagte Geschäftsführer Dr. Henning Albers auf einer Betriebsversammlung. Zuletzt hatten Mitarbeiter im Durchschnitt rund 3.400 Euro brutto verdient.
> Das Gericht hat den Kieler Rechtsanwalt Prof. Dr. Jan-Ole Petersen zum vorläufigen Sachwalter bestellt. Das Verfahren läuft unter dem Aktenzeichen 61 IN 214/27. Gläubiger können sich an die Kanzlei wenden, die unter www.petersen-insolvenz.example ein eigenes Informationsportal eingerichtet hat.
> Die Firma wurde 1923 von Wilhelm Hegemann als Schmiede gegründet und ist bis heute in Familienbesitz. Bekannt wurde sie in den 1960er-Jahren mit dem Schlepper „Holstein 40“, von dem mehr als 60.000 Stück gebaut wurden. Heute stellt Hegemann vor allem Spezialmaschinen für den Kartoffel- und Rübenanbau her, z. B. Roder und Legemaschinen.
> Die Belegschaft zeigte sich geschockt. „Wir haben geahnt, dass es nicht gut läuft. Aber Insolvenz? Das hätte keiner gedacht“, sagte ein Schweißer, der seit 26 Jahren im Werk arbeitet. Die IG Metall kündigte an, „um jeden Arbeitsplatz zu kämpfen“, und forderte die Landesregierung zu schneller Hilfe auf.
> Wirtschaftsminister Claus Rehder (CDU) reiste noch am Nachmittag nach Eutin. Das Land prüfe eine Bürgschaft, sagte er. Voraussetzung sei aber ein tragfähiges Sanierungskonzept. Bereits am 3. Oktober hatte es ein erstes Gespräch zwischen Ministerium, Geschäftsführung und Betriebsrat gegeben.
> Nach Informationen dieser Zeitung gibt es bereits erste Interessenten. Genannt werden u. a. ein niederländischer Wettbewerber sowie ein Finanzinvestor aus München. Das Unternehmen wollte sich dazu nicht äußern. Ziel sei es, „bis zum Frühjahr 2028 eine Lösung für den gesamten Betrieb“ zu finden.
> Branchenkenner sehen in dem Fall ein Symptom für die schwierige Lage vieler mittelständischer Landtechnikhersteller. Die Zahl der in Deutschland neu zugelassenen Traktoren ist 2026 um 14 Prozent gesunken, Landwirte halten sich wegen niedriger Erzeugerpreise mit Investitionen zurück. Große Konzerne können solche Phasen leichter überbrücken als Familienbetriebe mit nur einem Standort.
> Auch für die Stadt Eutin wäre ein Verlust des Betriebs ein schwerer Schlag. Hegemann ist nach dem Kreiskrankenhaus der zweitgrößte Arbeitgeber. Bürgermeisterin Anke Jessen sprach von einem „schwarzen Tag“ und bot an, bei der Suche nach Investoren zu helfen. Fragen von Zulieferern beantwortet die Wirtschaftsförderung unter wirtschaft@eutin.example.

=== de-plain-ausstellung
lang: de
outlet: Kulturspiegel Franken
title: Bamberger Diözesanmuseum zeigt erstmals den „Goldenen Psalter“ – 800 Jahre nach seiner Entstehung
caption: Eine Doppelseite des Psalters mit Blattgold und Lapislazuli.
link: https://example.de/kultur/goldener-psalter-ausstellung-bamberg
author:
date: 2027-03-12 09:00:00
tags: Kultur, Ausstellung, Mittelalter
options: nocaptionline
caption:
> Er war fast 200 Jahre lang verschollen, dann tauchte er 2019 in einem Banksafe in Genf auf. Jetzt ist der sogenannte „Goldene Psalter“, eine reich illustrierte Handschrift aus dem 13. Jahrhundert, erstmals öffentlich zu sehen. Das Diözesanmuseum Bamberg zeigt ihn ab dem 14. März in der Ausstellung „Gold und Gebet“.
> Die Handschrift umfasst 212 Pergamentblätter mit 47 ganzseitigen Miniaturen. Sie entstand um 1227 vermutlich in einem Skriptorium am Main, im Auftrag einer adligen Stifterin, deren Name nicht überliefert ist. Nach der Säkularisation 1803 verliert sich ihre Spur.
> „Wir wissen nur, dass ein Kunsthändler sie 1821 in Nürnberg verkauft hat, an wen, ist unbekannt“, sagt Museumsdirektorin Dr. Theresa Kellermann. Erst als die Erben eines Schweizer Sammlers 2019 dessen Nachlass sichten ließen, kam das Buch wieder zum Vorschein. Nach langen Verhandlungen erwarb die Kulturstiftung der Länder die Handschrift für 4,8 Mio. Euro.
> Die Restaurierung dauerte fast drei Jahre. Mehrere Seiten waren durch Feuchtigkeit beschädigt, das Blattgold hatte sich stellenweise gelöst. Die Restauratorin Anna-Lena Wirth hat dafür u. a. Japanpapier und Störleim verwendet, wie es auch im Mittelalter üblich war. Ihre Arbeit dokumentiert ein Film, der in der Ausstellung läuft.
> Zu sehen sind neben dem Psalter 86 weitere Objekte aus Bamberg, Würzburg, München und Wien, darunter Goldschmiedearbeiten, Urkunden und zwei weitere Handschriften. Weil das empfindliche Pergament kein Licht verträgt, wird alle vier Wochen eine andere Doppelseite aufgeschlagen. Wer alle sehen will, muss also öfter kommen.
> Für Besucher, die es genauer wissen wollen, hat das Museum sämtliche Seiten digitalisiert. Sie sind unter https://www.dioezesanmuseum-bamberg.example/psalter in hoher Auflösung abrufbar, mit Erläuterungen zu jeder Miniatur. An einem großen Touchscreen im Ausstellungsraum kann man außerdem in die Bilder hineinzoomen.
> Die Ausstellung läuft bis zum 3. Oktober. Geöffnet ist Di.–So. von 10 bis 18 Uhr, donnerstags bis 20 Uhr. Der Eintritt kostet 9 Euro, ermäßigt 6 Euro, Kinder unter 14 Jahren haben freien Eintritt. Führungen für Gruppen bis 25 Personen können unter fuehrungen@dioezesanmuseum-bamberg.example gebucht werden.
> Zum Begleitprogramm gehören Vorträge, Schreibwerkstätten für Kinder und ein Konzert mit mittelalterlicher Musik am 12.06.2027 im Dom. Der Katalog (Nr. 38 der Schriftenreihe des Museums) ist im Michael Imhof Verlag erschienen, hat 296 Seiten und kostet 34,90 Euro.
> Die Präsentation selbst ist schlicht gehalten. Der Psalter liegt in einer klimatisierten Vitrine aus entspiegeltem Glas, die Temperatur beträgt konstant 18 Grad, die Luftfeuchtigkeit 50 Prozent. Mehr als 50 Lux Licht sind nicht erlaubt. „Die Besucher müssen sich erst an das Halbdunkel gewöhnen. Nach ein, zwei Minuten fängt das Gold dann an zu leuchten“, sagt Kellermann.
> Und wer war die geheimnisvolle Stifterin? Die Forschung ist sich uneinig. Eine Kandidatin ist Gräfin Kunigunde von Andechs, auf deren Wappen eine Miniatur auf Blatt 17 anspielen könnte. „Beweisen lässt sich das nicht. Aber das Rätsel gehört zum Reiz dieses Buches“, sagt Kellermann.
