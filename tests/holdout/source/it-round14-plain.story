#! Italian round 14 plain articles: invented news, people, places and outlets.

=== it-plain-dimissioni-sindaca-colleverde
lang: it
outlet: La Provincia Collinare
title: Colleverde, la sindaca Paola Ruggeri si dimette: «Senza maggioranza non si governa». Il Comune verso il commissario
caption: Paola Ruggeri lascia la sala consiliare dopo l’annuncio delle dimissioni.
link: https://example.it/colleverde/dimissioni-sindaca-paola-ruggeri
author: Tommaso Bellandi
date: 2036-05-19 21:10:00
tags: Colleverde, Politica, Comune
options: crlf bom authorspace
> Colpo di scena in consiglio comunale a Colleverde. Al termine di una seduta durata oltre quattro ore, la sindaca Paola Ruggeri, 52 anni, eletta nel 2034 con una lista civica di centrosinistra, ha annunciato le proprie dimissioni.
> «Senza maggioranza non si governa. Ho provato fino all’ultimo a tenere insieme la squadra, ma non ci sono più le condizioni. Non resterò aggrappata alla poltrona», ha detto leggendo una breve dichiarazione, prima di lasciare l’aula tra gli applausi di una parte del pubblico.
> La crisi si era aperta a marzo, quando tre consiglieri di maggioranza avevano votato con l’opposizione contro il progetto del nuovo parcheggio multipiano di piazza XX Settembre, 4,7 milioni di euro di investimento. Lunedì sera il bilancio di previsione è stato bocciato con 9 voti contrari e 8 favorevoli.
> – Si poteva evitare? chiediamo all’ex vicesindaco Andrea Cioni, uno dei tre «ribelli».
> – Certo che sì. Bastava ascoltare, invece di decidere tutto in due o tre, risponde.
> Per la legge, le dimissioni diventano efficaci dopo 20 giorni: fino ad allora la sindaca può ancora ritirarle. In caso contrario, il prefetto nominerà un commissario che guiderà il Comune fino alle elezioni della prossima primavera.
> PD, M5S e la lista civica «Colleverde Domani», che sostenevano la sindaca, si riuniranno già mercoledì per valutare i prossimi passi. Il capogruppo di opposizione, l’avv. Gianfranco Tesi, parla di «fallimento annunciato» e chiede «elezioni subito».
> Preoccupazione tra i dipendenti comunali e le associazioni per i progetti in corso, a partire dal rifacimento della scuola elementare «G. Pascoli» finanziato con fondi europei, il cui cantiere dovrebbe partire il 01.07.2036.
> Le reazioni dei cittadini si possono inviare alla redazione all’indirizzo lettere@provinciacollinare.it o commentare sulla nostra pagina www.provinciacollinare.it/colleverde.

=== it-plain-record-caldo-montesciarra
lang: it
outlet: Il Giornale della Piana
title: Caldo record a Montesciarra: 45,3 gradi, mai così dal 1878. «Abbiamo battuto il primato di 11 decimi»
caption: Un termometro di una farmacia in corso Umberto segna 47 gradi nel primo pomeriggio.
link: https://example.it/montesciarra/caldo-record-45-gradi
author: Giorgia Scalisi
date: 2036-07-29 19:40:00
tags: Meteo, Caldo, Montesciarra
options: exit=none
> 45,3 gradi alle 15.10: è il nuovo record assoluto di temperatura per Montesciarra, registrato martedì dalla stazione meteorologica dell’Osservatorio di via Vittorio Veneto. Il precedente primato, 44,2 gradi, risaliva al 14 agosto 1999.
> «Abbiamo battuto il primato di 11 decimi, che per una serie storica che parte dal 1878 è moltissimo», spiega il prof. Salvatore Licitra, responsabile dell’Osservatorio. «Non è un dato isolato: negli ultimi dieci anni sono stati battuti sei dei dieci record mensili della stazione.»
> Per le strade del centro, nelle ore più calde, non si vedeva quasi nessuno. I termometri delle farmacie in corso Umberto segnavano anche 47 gradi, anche se, ricorda l’Osservatorio, «sono esposti al sole e non hanno alcun valore scientifico».
> Il Comune ha prorogato fino a domenica l’ordinanza che vieta i lavori all’aperto dalle 12.30 alle 16, e ha aperto tre «oasi climatiche» nella biblioteca comunale, nel centro anziani di via Garibaldi e nella sala parrocchiale di S. Giuseppe, climatizzate e con acqua fresca gratis.
> Al pronto soccorso dell’ospedale «Santa Maria della Piana» sono stati registrati 23 accessi per malori legati al caldo, soprattutto anziani, ma nessun caso grave. L’ASP raccomanda di bere almeno 2 litri d’acqua al giorno, evitare alcolici e uscire solo nelle ore fresche.
> Disagi anche per la rete elettrica: blackout di alcune ore in via dei Mille e a Borgo Marina, dove una cabina è andata in sovraccarico per l’uso dei condizionatori.
> E le previsioni non promettono tregua. «Mercoledì e giovedì resteremo tra i 41 e i 43 gradi, poi un lieve calo nel fine settimana», prevede il meteorologo Davide Mangano. Gli aggiornamenti dell’Osservatorio sono su www.osservatoriomontesciarra.it.
