#! German round 14 plain articles: invented news, people, places and outlets.

=== de-plain-lottogewinn-kegelclub-hohenmoos
lang: de
outlet: Hohenmooser Wochenblatt
title: 4,2 Millionen Euro: Kegelclub „Alle Neune“ aus Hohenmoos knackt den Lotto-Jackpot
caption: Der Vereinsraum des Kegelclubs im Gasthaus „Zum Hirschen“, wo seit 31 Jahren getippt wird.
link: https://example.de/hohenmoos/kegelclub-lotto-jackpot
author: Renate Gschwendtner
date: 2036-04-14 17:10:00
options: bom exit=none
> Seit 31 Jahren tippen die elf Mitglieder des Kegelclubs „Alle Neune“ aus Hohenmoos jede Woche dieselben Zahlen. Am Samstag hat es endlich geklappt: Die Tippgemeinschaft hatte sechs Richtige plus Superzahl und gewinnt 4.218.633,70 Euro.
> „Wir haben es erst gar nicht geglaubt“, sagt Kassenwart Herbert Zirngibl, 72, der den Schein jeden Donnerstag in der Lotto-Annahmestelle am Marktplatz abgibt. „Ich habe am Sonntagmorgen die Zahlen im Videotext gesehen und dreimal nachgeschaut. Dann habe ich meine Frau geweckt.“
> 383.512 Euro und ein paar Cent bekommt damit jedes Mitglied. Was damit passiert? „Erst mal gar nichts“, sagt Zirngibl. „Wir sind alle über 60, keiner von uns braucht jetzt einen Sportwagen.“
> Einige Pläne gibt es aber doch: Die Kegelbahn im Gasthaus „Zum Hirschen“, auf der der Club seit 1979 spielt, soll eine neue Anlage bekommen. Außerdem wollen die Mitglieder je 5.000 Euro an die Freiwillige Feuerwehr und den Kindergarten St. Josef spenden.
> Wirt Manfred Obermüller freut sich mit seinen Stammgästen: „Die haben hier schon gesessen, als mein Vater noch hinterm Tresen stand. Wenn es jemand verdient hat, dann die.“ Am Sonntagabend habe der Club „eine Runde für das ganze Wirtshaus“ ausgegeben, d.h. für rund 40 Gäste.
> Die Lottogesellschaft rät Großgewinnern, sich Zeit zu lassen und sich beraten zu lassen, bevor sie Geld ausgeben oder verschenken. Die Gewinner werden u.a. zu einem Gespräch mit einer Finanzberaterin eingeladen.
> Ganz ohne Streit geht es übrigens nicht: Ein ehemaliges Mitglied, das 2034 ausgetreten war, hat sich bereits gemeldet. „Der hat seit zwei Jahren keinen Cent eingezahlt“, sagt Zirngibl. „Da gibt es nichts zu diskutieren.“
> Der letzte Millionengewinn im Landkreis liegt knapp neun Jahre zurück: Am 03.06.2027 hatte ein Tipper aus dem Nachbarort Untermoosach 1,3 Millionen Euro gewonnen.

=== de-plain-schuelerstreik-realschule-hollerau
lang: de
outlet: Mittelfranken-Kurier
title: „Unsere Schule bleibt!“ – 400 Schüler streiken gegen die geplante Schließung der Realschule Hollerau-Ost
link: https://example.de/region/hollerau/schuelerstreik-realschule-schliessung
author: Niklas Oberdorfer
date: 2036-03-03 15:40:00
tags: Schule, Hollerau, Kreistag
options: crlf nocaptionline
> Mit Trillerpfeifen, Transparenten und Sprechchören sind am Montagvormittag rund 400 Schülerinnen und Schüler der Realschule Hollerau-Ost vor das Rathaus gezogen. Statt im Unterricht zu sitzen, protestierten sie gegen die geplante Schließung ihrer Schule zum Schuljahr 2037/38.
> Der Kreistag soll am 27.03.2036 über einen Schulentwicklungsplan abstimmen, der die Zusammenlegung der Realschule mit der Staatlichen Realschule in Mühlbach am Ried vorsieht. Begründet wird das mit sinkenden Schülerzahlen und einem Sanierungsbedarf von ca. 14,5 Mio. Euro.
> „Wir sind nicht gefragt worden. Keiner von uns“, sagt Lena Karakaya, 16, Schülersprecherin der 10. Klassen. „Für viele von uns würde der Schulweg dann über eine Stunde dauern, mit zweimal Umsteigen.“
> SMV und Elternbeirat hatten gemeinsam zu dem Protest aufgerufen. Schulleiter Dr. Wolfgang Riedl betonte auf Nachfrage, die Schule habe „weder zum Streik aufgerufen noch ihn genehmigt“. Wer fehle, bekomme einen unentschuldigten Fehltag, d.h. einen Vermerk im Zeugnis.
> Viele Eltern nahmen das in Kauf. „Ich schreibe meiner Tochter lieber eine Entschuldigung für einen Tag Demokratie als für einen Tag Kopfweh“, sagte eine Mutter, die ihren Namen nicht in der Zeitung lesen wollte.
> Landrat Georg Vilsmeier (Freie Wähler) kam am Mittag vor das Rathaus und stellte sich den Fragen der Jugendlichen. Die Entscheidung sei „noch nicht gefallen“, sagte er. „Aber ich kann Ihnen auch nichts versprechen, was ich nicht halten kann.“ Pfiffe waren die Antwort.
> 612 Schüler besuchen die Realschule derzeit, 2028 waren es noch 790. Das Gebäude aus dem Jahr 1974 muss u.a. brandschutztechnisch saniert werden; das Dach der Turnhalle ist seit Herbst gesperrt.
> Eine Online-Petition unter www.unsere-schule-bleibt-example.de hatte bis Montagabend 3.841 Unterschriften. Der Elternbeirat ist unter elternbeirat@rs-hollerau-ost.de erreichbar und kündigte an, die Unterschriften vor der Sitzung dem Kreistag zu übergeben.
