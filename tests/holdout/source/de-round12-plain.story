#! German round 12 plain articles: invented news, people, places and outlets.

=== de-plain-kabinettsumbildung-sachsen
lang: de
outlet: Elbtal-Rundschau
title: Kabinettsumbildung in Dresden: Ministerpräsident Kaltofen tauscht Finanz-, Kultus- und Innenminister aus
caption: Ministerpräsident Jens Kaltofen (M.) mit den neuen Ministerinnen und Ministern vor der Staatskanzlei.
link: https://example.de/sachsen/kabinettsumbildung-kaltofen-neue-minister
author: Dr. Ulrike Pietzsch
date: 2033-04-01 17:45:00
tags: Sachsen, Landesregierung, Kabinett, Jens Kaltofen
options: crlf
> Ministerpräsident Jens Kaltofen hat sein Kabinett zur Hälfte der Legislaturperiode umgebildet. Drei der zehn Ressorts werden neu besetzt, wie die Staatskanzlei am Freitag mitteilte. Die neuen Minister sollen bereits am Dienstag im Landtag vereidigt werden.
> Neue Finanzministerin wird die bisherige Präsidentin des Landesrechnungshofs, Prof. Dr. Sigrid Hähnel-Baum. Sie folgt auf Thomas Wendler, der nach dem Streit um den Doppelhaushalt 2034/2035 bzw. die geplante Neuverschuldung von 1,9 Milliarden Euro um seine Entlassung gebeten hatte. „Ich habe den Ministerpräsidenten selbst gebeten, mich von meinen Aufgaben zu entbinden“, erklärte Wendler.
> Das Kultusministerium übernimmt der Leipziger Schulleiter Dr. Maik Ebersbach, der bislang kein politisches Amt innehatte. Seine Vorgängerin Kerstin Lahr war wegen des Lehrermangels, u.a. an Grund- und Oberschulen im ländlichen Raum, seit Monaten in der Kritik. Allein im vergangenen Schuljahr waren nach Angaben des Ministeriums rund 1.250 Stellen unbesetzt geblieben.
> Im Innenministerium löst der bisherige Staatssekretär Frank Zschoche den langjährigen Minister Rüdiger Pohl ab, der mit 67 Jahren in den Ruhestand geht. Pohl hatte bereits im Herbst angekündigt, zur Mitte der Wahlperiode aufhören zu wollen.
> Die Opposition reagierte mit Spott. „Das ist kein Neustart, das ist Stühlerücken auf der Titanic“, sagte der Fraktionschef der Grünen, Benedikt Rauschenbach. Aus der Wirtschaft kam dagegen vorsichtiges Lob, z.B. vom Präsidenten der Industrie- und Handelskammer, der die Ernennung Hähnel-Baums als „Signal für solide Finanzen“ bezeichnete.
> Kaltofen selbst verteidigte den Zeitpunkt: „Ein Team, das gewinnen will, muss sich auch einmal neu aufstellen.“ Der Ministerpräsident hatte bereits am 3. März in einer Regierungserklärung eine „zweite Halbzeit mit neuem Schwung“ angekündigt. Die vollständige Kabinettsliste ist unter www.staatskanzlei-example.de/kabinett abrufbar.

=== de-plain-kunstdiebstahl-kunsthalle-meerbrueck
lang: de
outlet: Nordsee-Zeitung am Sonntag
title: Einbruch in die Kunsthalle Meerbrück: Diebe stehlen zwei Gemälde von Ottilie Brandauer im Wert von 2,4 Millionen Euro
link: https://example.de/meerbrueck/kunsthalle-einbruch-brandauer-gemaelde-gestohlen
author:
date: 2034-09-12 12:30:00
tags: Meerbrück, Kunsthalle, Kunstraub, Polizei
options: nocaptionline exit=none
> Spektakulärer Kunstraub in Meerbrück: Unbekannte sind in der Nacht zum Dienstag in die Kunsthalle am Hafenbecken eingebrochen und haben zwei Gemälde der expressionistischen Malerin Ottilie Brandauer (1889–1954) gestohlen. Der Wert der Bilder wird auf insgesamt rund 2,4 Millionen Euro geschätzt.
> Nach Angaben der Polizei schlugen die Täter gegen 3.15 Uhr ein Fenster im Erdgeschoss ein und gelangten so in den Brandauer-Saal. Dort schnitten sie die Leinwände „Kutter im Abendrot“ (1921) und „Die Schwestern am Deich“ (1924) aus den Rahmen. Der Alarm wurde zwar ausgelöst, als die erste Streife nach sieben Minuten eintraf, waren die Täter aber bereits verschwunden.
> „Das ist ein schwerer Schlag für unser Haus und für die ganze Region“, sagte Museumsdirektorin Dr. Henrike Ahlers-Vogt. Die beiden Werke seien Leihgaben der Stiftung Brandauer-Nachlass und gehörten zu den bekanntesten Bildern der Malerin. Sie seien auf dem Kunstmarkt praktisch unverkäuflich, d.h. die Täter könnten im Auftrag gehandelt haben.
> Die Polizei hat eine Ermittlungsgruppe „Deich“ eingerichtet. Zeugen haben in der Tatnacht einen dunklen Kombi, vermutlich einen VW Passat mit polnischem bzw. litauischem Kennzeichen, in der Kaistraße beobachtet. Ob der Wagen mit dem Einbruch in Verbindung steht, ist noch unklar. Hinweise nimmt die Kripo unter der Telefonnummer 04711 998-0 oder per E-Mail an hinweise.kunsthalle@polizei-example.de entgegen.
> Erst am 24.05.2033 hatte die Kunsthalle nach zweijähriger Sanierung wiedereröffnet, die Alarmanlage war dabei für rund 380.000 Euro erneuert worden. Der Kulturausschuss der Stadt will sich am Donnerstag in einer Sondersitzung mit dem Sicherheitskonzept befassen. Die Kunsthalle bleibt bis auf Weiteres geschlossen.

=== de-plain-hagel-weinlese-kamptal
lang: de
outlet: Waldviertler Weinbote
title: Hagel eine Woche vor der Lese: Winzer im Kamptal verlieren bis zu 70 Prozent der Ernte
caption: Winzer Florian Wagensonner zeigt die zerschlagenen Grüner-Veltliner-Trauben in seinem Weingarten am Reblinger Berg.
link: https://example.at/kamptal/hagel-weinlese-ernteausfall
author: Ing. Gerlinde Haiderer
date: 2033-09-19 16:10:00
tags: Weinbau, Hagel, Kamptal, Unwetter
> Ein schweres Hagelunwetter hat am Sonntagabend große Teile der Weingärten im unteren Kamptal verwüstet. Besonders betroffen sind die Rieden rund um Reblingen am Kamp und Stiefern-Au, wo Hagelkörner mit bis zu vier Zentimetern Durchmesser niedergingen. Die Winzer rechnen mit Ernteausfällen zwischen 30 und 70 Prozent, heuer eine Woche vor dem geplanten Lesebeginn.
> „Innerhalb von zehn Minuten war alles vorbei. Beim Grünen Veltliner am Reblinger Berg hängt kaum noch eine ganze Traube“, sagt Winzer Florian Wagensonner, der 14,5 Hektar bewirtschaftet. Die beschädigten Beeren müssten nun so rasch wie möglich gelesen werden, bevor Fäulnis einsetze. „Wir fangen morgen in der Früh an, mit der ganzen Familie und allen Erntehelfern, die wir kriegen.“
> Nach Schätzungen der Hagelversicherung sind im Kamptal rund 1.100 Hektar Weingärten betroffen, der Schaden liegt bei ca. 9 Millionen Euro. Landwirtschaftskammer-Präsident DI Johann Strasser sprach von „einem der schwersten Hagelereignisse der letzten Jahrzehnte“. Die Versicherung hat bereits 60 Sachverständige in die Region geschickt, Schadensmeldungen sind u.a. online unter www.hagel-example.at möglich.
> Für viele Betriebe kommt das Unwetter zur Unzeit. Nach dem Frost vom 3. April hatten einige Winzer bereits im Frühjahr Einbußen verzeichnet. „Zwei Katastrophen in einem Jahr, das stecken nicht alle weg“, sagt Weinbauvereinsobfrau Mag. Theresia Gruber-Lackner. Sie fordert rasche Hilfe aus dem Katastrophenfonds des Landes.
> Qualitativ sei der Jahrgang trotz allem zu retten, betont Kellermeister Dr. Stefan Aigner: Wo nicht gelesen werden müsse, verspreche das Lesegut mit 19 bis 20 Grad KMW „einen sehr guten Wein… nur eben wenig davon“.
