#! German held-out articles, untimed live blogs: invented news and people.

=== de-live-zugunglueck-hohenwarth
lang: de
outlet: Süddeutsche Nachrichten Online
title: Zugunglück bei Hohenwarth: ICE entgleist nach Erdrutsch – drei Tote, Dutzende Verletzte
caption: Einsatzkräfte an der Unglücksstelle bei Hohenwarth am Dienstagmorgen.
link: https://example.de/bayern/zugunglueck-hohenwarth-ice-entgleist-liveblog
author: dpa/Redaktion
date: 2028-09-26 18:30:00
tags: Bayern, Deutsche Bahn, Unglück
options: bullet=•
> Bei der Entgleisung eines ICE zwischen Nürnberg und München sind am Dienstagmorgen drei Menschen ums Leben gekommen. Nach Angaben der Polizei wurden 47 Fahrgäste verletzt, neun von ihnen schwer. Der Zug war gegen 7.40 Uhr bei Hohenwarth im Landkreis Pfaffenhofen nach einem Erdrutsch infolge starker Regenfälle von den Gleisen gekommen.
> An Bord des ICE 1007 befanden sich rund 380 Reisende. Die Schnellfahrstrecke bleibt nach Angaben der Deutschen Bahn voraussichtlich bis mindestens Freitag gesperrt, Fernzüge werden über Augsburg umgeleitet.
kp: Das Wichtigste in Kürze
* Drei Tote und 47 Verletzte bei Entgleisung eines ICE
* Ursache war nach ersten Erkenntnissen ein Erdrutsch
* Strecke Nürnberg–München bis mindestens Freitag gesperrt
* Verkehrsminister Brandauer: „Wir werden jede Frage beantworten“
## Drei Tote und 47 Verletzte bei Entgleisung eines ICE
> Bei den Todesopfern handelt es sich nach Angaben des Polizeipräsidiums Oberbayern Nord um einen 58-jährigen Mann aus Erlangen, eine 34-jährige Frau aus München und den 51 Jahre alten Lokführer. Die Schwerverletzten wurden mit Rettungshubschraubern in Kliniken nach Ingolstadt, München und Regensburg geflogen.
> Insgesamt waren mehr als 400 Einsatzkräfte von Feuerwehr, Rettungsdienst, THW und Polizei vor Ort. Die Bergung der beiden zuletzt entgleisten Wagen dauerte bis in den Nachmittag.
## Erdrutsch nach Starkregen: Ermittler prüfen Hangsicherung
> Nach ersten Erkenntnissen der Bundespolizei war ein etwa 30 Meter breiter Hang oberhalb der Strecke nach tagelangem Regen abgerutscht und hatte Geröll und Bäume auf die Gleise gespült. Der Deutsche Wetterdienst hatte für die Region seit Sonntag vor Dauerregen mit bis zu 120 Litern pro Quadratmeter gewarnt.
> Die Staatsanwaltschaft Ingolstadt hat ein Ermittlungsverfahren wegen fahrlässiger Tötung gegen Unbekannt eingeleitet. Geprüft werde u. a., ob die Hangsicherung den Vorschriften entsprach und ob Warnmeldungen zu spät weitergegeben wurden, sagte ein Sprecher.
## Strecke Nürnberg–München bis mindestens Freitag gesperrt
> Die Deutsche Bahn rechnet mit einer Sperrung der Schnellfahrstrecke bis mindestens Freitag. Fernzüge zwischen Nürnberg und München werden über Augsburg umgeleitet, die Fahrzeit verlängert sich um rund 50 Minuten. Fahrgäste, die ihre Reise verschieben wollen, können ihr Ticket kostenlos stornieren oder flexibel nutzen, z. B. auch für andere Verbindungen.
> Informationen gibt es unter www.bahn.example.de/aktuell und unter der kostenlosen Hotline 0800 3 111 111.
## „Wir werden jede Frage beantworten“, sagt Verkehrsminister Brandauer
> Bundesverkehrsminister Stefan Brandauer (CSU) ist am Nachmittag an die Unglücksstelle gereist. „Wir werden jede Frage beantworten, die sich nach diesem schrecklichen Unglück stellt. Das sind wir den Opfern und ihren Angehörigen schuldig“, sagte er. Er kündigte an, alle Hänge entlang der Schnellfahrstrecken bundesweit überprüfen zu lassen.
## Ministerpräsident spricht von einem „schwarzen Tag für Bayern“
> Bayerns Ministerpräsident Markus Kellermann (CSU) zeigte sich erschüttert. „Das ist ein schwarzer Tag für Bayern. Unsere Gedanken sind bei den Familien der Verstorbenen und bei allen Verletzten“, schrieb er auf der Plattform X. Für Mittwoch ordnete er Trauerbeflaggung an allen staatlichen Gebäuden an.
## Augenzeuge: „Plötzlich flog alles durch die Luft“
> Ein 29-jähriger Fahrgast aus Nürnberg, der im dritten Wagen saß, schilderte Reportern die Sekunden des Unglücks. „Es gab einen Ruck, dann ein lautes Kreischen, und plötzlich flog alles durch die Luft: Koffer, Laptops, Menschen.“ Er selbst sei mit Prellungen davongekommen. „Ich habe mit zwei anderen Leuten eine ältere Frau aus dem Wagen gezogen. Ich kann noch gar nicht glauben, was passiert ist.“
## Bahn richtet Hotline für Angehörige ein
> Für Angehörige hat die Deutsche Bahn gemeinsam mit der Polizei eine Hotline eingerichtet: 0800 0 009 009. Betroffene können sich auch per E-Mail an angehoerige-ice1007@polizei.example.de wenden. In der Grundschule Hohenwarth wurde eine Betreuungsstelle eingerichtet, in der Notfallseelsorger Fahrgäste und Anwohner betreuen.
## 1,5 Milliarden Euro für Hangsicherung: Pro Bahn fordert mehr
> Der Fahrgastverband Pro Bahn forderte ein Sofortprogramm für die Sicherung von Böschungen und Hängen. Die bislang im Bundeshaushalt vorgesehenen 1,5 Milliarden Euro bis 2030 reichten „bei Weitem nicht“, sagte der Bundesvorsitzende Dr. Klaus Reinert. Nach Schätzungen des Verbands gelten rund 2.300 Streckenkilometer in Deutschland als gefährdet.
## Wie sicher ist Bahnfahren in Deutschland?
> Statistisch gesehen ist die Bahn eines der sichersten Verkehrsmittel. Nach Angaben des Statistischen Bundesamts kamen 2027 im Eisenbahnverkehr 0,1 Fahrgäste je eine Milliarde Personenkilometer ums Leben, im Straßenverkehr waren es rund 2,5. Schwere Zugunglücke mit Todesopfern unter Fahrgästen sind in Deutschland selten geworden.
## Deutsche Bahn: Alle 1.200 Hangabschnitte entlang der Schnellfahrstrecken sollen bis Jahresende mit Drohnen und Laserscannern überprüft werden, kündigt Bahnchefin Weber an
> Die Vorstandsvorsitzende der Deutschen Bahn, Dr. Carola Weber, hat am Abend ein Sonderprogramm zur Überprüfung gefährdeter Hänge angekündigt. Bis Jahresende sollen alle rund 1.200 als kritisch eingestuften Abschnitte entlang der Schnellfahrstrecken mit Drohnen und Laserscannern vermessen werden, u. a. zwischen Nürnberg und Ingolstadt, zwischen Köln und Frankfurt sowie zwischen Hannover und Würzburg. „Wir werden nicht warten, bis die Ermittlungen abgeschlossen sind. Wo wir Risiken erkennen, werden wir sofort handeln, notfalls mit Langsamfahrstellen oder Sperrungen“, sagte Weber. Die Kosten des Programms bezifferte sie auf rund 85 Mio. Euro, die aus dem laufenden Haushalt des Konzerns finanziert werden sollen.

=== de-plain-rueckruf-babybrei
lang: de
outlet: Verbraucher Aktuell
title: Rückruf: Hersteller ruft Babybrei „Kleiner Bär Hirse-Apfel“ wegen möglicher Glassplitter zurück
caption: Die betroffenen Gläschen mit dem Mindesthaltbarkeitsdatum 14.03.2029.
link: https://example.de/verbraucher/rueckruf-babybrei-kleiner-baer-glassplitter
author: Jana Wendt
date: 2028-08-12 15:05:00
tags: Verbraucher, Rückruf, Lebensmittel
options: authorspace
> Der Babynahrungshersteller Sonnenfeld GmbH & Co. KG aus Bad Waldsee ruft vorsorglich Gläschen der Sorte „Kleiner Bär Hirse-Apfel“ (190 g) zurück. Grund ist, dass in einzelnen Gläsern Glassplitter enthalten sein könnten. Betroffen sind ausschließlich Produkte mit dem Mindesthaltbarkeitsdatum 14.03.2029 und der Chargennummer L 2318-04.
> Die Ware wurde nach Angaben des Unternehmens bundesweit über Drogeriemärkte und Supermärkte verkauft, u. a. bei dm, Rossmann, Edeka und Rewe, sowie in Österreich. Andere Sorten, Mindesthaltbarkeitsdaten oder Chargen sind nicht betroffen. Eltern sollten das Produkt keinesfalls mehr verfüttern.
> Kundinnen und Kunden können die Gläschen in allen Verkaufsstellen zurückgeben, der Kaufpreis von 1,45 Euro wird auch ohne Vorlage des Kassenbons erstattet. Fragen beantwortet die Verbraucherhotline unter Tel. 0800 7 654 321 (Mo.–Fr. 8–18 Uhr) oder per E-Mail an service@sonnenfeld-baby.example.de.
> Aufgefallen war das Problem bei einer routinemäßigen Qualitätskontrolle im Werk. „Wir haben in einer Stichprobe zwei Glassplitter mit einer Größe von ca. 2 mm gefunden und sofort gehandelt“, sagte Geschäftsführerin Dr. Susanne Albrecht. Der Fehler sei auf eine defekte Abfüllanlage zurückzuführen, die inzwischen repariert worden sei.
> Nach Angaben des Unternehmens wurden von der betroffenen Charge rund 38.500 Gläschen ausgeliefert. Ob verletzte Kinder gemeldet wurden, konnte eine Sprecherin am Freitag nicht sagen. Glassplitter können beim Verschlucken Verletzungen im Mund, in der Speiseröhre oder im Magen-Darm-Trakt verursachen.
> Das Bundesamt für Verbraucherschutz und Lebensmittelsicherheit (BVL) hat den Rückruf auf dem Portal www.lebensmittelwarnung.example.de veröffentlicht. Dort ist auch ein Foto des Etiketts zu sehen. Die Zahl der Rückrufe ist in den vergangenen Jahren deutlich gestiegen: 2027 meldeten die Behörden nach Angaben des BVL 297 Warnungen, so viele wie nie zuvor.
> Experten führen den Anstieg u. a. auf bessere Kontrollen und eine höhere Sensibilität der Hersteller zurück. „Mehr Rückrufe bedeuten nicht unbedingt unsicherere Lebensmittel, sondern oft, dass Probleme früher erkannt werden“, sagt Prof. Dr. Martin Ehlers, Lebensmittelchemiker an der Universität Hohenheim.
> Die Verbraucherzentrale Baden-Württemberg rät Eltern, bei Babynahrung im Glas stets auf das sogenannte Vakuum-Knacken beim Öffnen zu achten. Bleibt es aus oder ist der Deckel gewölbt, sollte das Produkt nicht verwendet werden. Weitere Hinweise gibt die Broschüre „Sicher essen von Anfang an“ (S. 12 ff.), die kostenlos im Internet heruntergeladen werden kann.
> Die Sonnenfeld GmbH & Co. KG wurde 1952 gegründet und beschäftigt nach eigenen Angaben rund 640 Mitarbeiterinnen und Mitarbeiter. Das Familienunternehmen stellt jährlich etwa 110 Mio. Gläschen her und gehört zu den drei größten Anbietern von Babynahrung in Deutschland. Bereits 2021 hatte es einen Rückruf wegen erhöhter Werte des Schimmelpilzgifts Patulin gegeben.
> Wer das betroffene Produkt bereits verfüttert hat und bei seinem Kind Auffälligkeiten wie Schluckbeschwerden, Bauchschmerzen oder Blut im Stuhl bemerkt, sollte umgehend einen Kinderarzt aufsuchen, rät der Berufsverband der Kinder- und Jugendärzte (BVKJ). In den meisten Fällen würden kleine Splitter aber ohne Folgen ausgeschieden.
> Der Handel reagierte nach eigenen Angaben umgehend. Eine Sprecherin der Drogeriekette dm sagte, die betroffene Charge sei bereits am Freitagvormittag aus allen rund 2.100 Filialen in Deutschland entfernt worden. Auch im Onlineshop sei das Produkt nicht mehr bestellbar. Bei Rewe und Edeka hieß es, die Ware werde „im Laufe des Tages“ aus den Regalen genommen.
> Wer unsicher ist, ob sein Gläschen betroffen ist, findet die Angaben auf dem Deckel: Dort sind das Mindesthaltbarkeitsdatum und die Chargennummer eingeprägt. Nicht betroffen ist nach Angaben des Herstellers die Variante „Kleiner Bär Hirse-Birne“, die im gleichen Werk, aber auf einer anderen Linie abgefüllt wird.
> Für Verbraucherinnen und Verbraucher, die sich über aktuelle Rückrufe informieren möchten, empfiehlt die Verbraucherzentrale neben dem staatlichen Portal auch die Newsletter der großen Handelsketten sowie spezialisierte Apps, die nach dem Scannen des Strichcodes anzeigen, ob ein Produkt betroffen ist. „Entscheidend ist, dass Eltern bei Babynahrung nicht zögern: Im Zweifel lieber ein Gläschen zu viel zurückbringen als eines zu wenig“, sagt Ernährungsexpertin Katrin Vogler von der Verbraucherzentrale Baden-Württemberg. Die Erstattung erfolge in aller Regel unkompliziert, auch dann, wenn das Glas bereits geöffnet oder teilweise verbraucht worden sei, so Vogler weiter, z. B. bei einer Rückgabe in einer anderen Filiale derselben Kette.

