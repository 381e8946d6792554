#! Italian corpus: invented news.

=== it-live-maltempo-liguria
lang: it
outlet: Il Corriere d’Esempio
title: Maltempo in Liguria, allerta rossa a Genova e nel Levante: scuole chiuse, esondato il torrente Vara
caption: Il torrente Vara in piena a Brugnato, martedì pomeriggio.
link: https://example.it/cronaca/diretta-maltempo-liguria-allerta-rossa
author: Giulia Ferraris
date: 2026-11-17 20:15:00
tags: Maltempo, Liguria, Allerta meteo
> Una perturbazione atlantica sta portando piogge intense sulla Liguria dalla notte di lunedì. La Protezione civile regionale ha prolungato l’allerta rossa su Genova e sul Levante fino alle 15 di mercoledì.
> Nel pomeriggio il torrente Vara è esondato a Brugnato, allagando il centro storico.
kp: Punti chiave
* Allerta rossa prolungata fino a mercoledì alle 15
* Il torrente Vara esondato a Brugnato
* Scuole chiuse a Genova, La Spezia e in altri 40 comuni
* Chiuso un tratto della A12
## 20:10 | Allerta rossa prolungata fino a mercoledì alle 15
> La decisione è stata presa dopo l’ultimo aggiornamento dei modelli meteorologici, che prevedono nuovi temporali nella notte.
## 19:25 | Chiuso un tratto della A12 tra Brugnato e Carrodano
> Una frana ha invaso la carreggiata in direzione Genova. Non ci sono feriti, ma le code hanno raggiunto i 7 km.
> Chi deve spostarsi è invitato a consultare il sito https://example.it/viabilita prima di partire.
## 18:40 | Il sindaco di Brugnato: «Abbiamo evacuato 80 persone»
> Il sindaco, il dott. Marco Bertolotti, ha spiegato che le famiglie dei piani terra sono state ospitate nella palestra comunale. «Per fortuna l’acqua è salita lentamente», ha detto.
## 17:55 | Il torrente Vara esondato a Brugnato
> Il Vara ha superato gli argini poco dopo le 17. L’acqua ha raggiunto un’altezza di 1,2 metri in piazza Martiri.
## 16:30 | Quanta pioggia è caduta?
> Secondo l’agenzia regionale per l’ambiente, in alcune stazioni sono caduti oltre 400 millimetri in 24 ore, ossia circa un terzo della pioggia di un anno intero.
## 15:00 | Scuole chiuse mercoledì a Genova, La Spezia e in altri 40 comuni
> Le ordinanze sono state firmate nel primo pomeriggio. Restano chiusi anche parchi, cimiteri e impianti sportivi all’aperto.

=== it-live-consiglio-europeo
lang: it
outlet: Il Corriere d’Esempio
title: Vertice europeo a Bruxelles, intesa sul fondo per la difesa: ecco cosa prevede
caption: I leader europei al tavolo del Consiglio, giovedì sera.
link: https://example.it/politica/vertice-ue-fondo-difesa-diretta
author: Alessandro Rinaldi
date: 2026-11-27 01:30:00
tags: Europa, Difesa, Unione europea
options: bullet=• time=glued
> Dopo oltre dieci ore di trattative, i capi di Stato e di governo dell’Unione europea hanno raggiunto un’intesa su un fondo comune per la difesa da 150 miliardi di euro.
kp: In breve
* Fondo comune da 150 miliardi di euro
* Prestiti a tasso agevolato per gli Stati membri
* Via libera anche dall’Ungheria dopo una lunga trattativa
## 01:20 | La presidente del Consiglio: «Un passo storico»
> Uscendo dal palazzo, la premier ha definito l’accordo «un passo storico per la sicurezza comune». Ha poi aggiunto: «Ora serve farlo funzionare.»
## 00:45 | Accordo raggiunto sul fondo da 150 miliardi
> Il fondo finanzierà acquisti congiunti di sistemi di difesa aerea, munizioni e droni. I prestiti avranno una durata fino a 45 anni.
## 22:10 | Via libera dell’Ungheria dopo un bilaterale
> Il blocco è stato superato dopo un incontro a margine con il presidente della Commissione. I dettagli del compromesso non sono stati resi noti.
## 15:00 | Al via il vertice
> I leader sono arrivati a Bruxelles nel primo pomeriggio. Sul tavolo anche il bilancio pluriennale e l’allargamento.

=== it-live-serie-a
lang: it
outlet: Sport d’Esempio
title: Serie A, il derby finisce 2-2: rimonta nel finale e tre gol in dieci minuti
caption: L’esultanza dell’attaccante dopo il gol del pareggio.
link: https://example.it/sport/calcio/derby-diretta
author: Davide Colombo
date: 2026-11-22 22:50:00
tags: Calcio, Serie A, Derby
> Un derby spettacolare si chiude sul 2-2 dopo una partita dominata per un’ora dai padroni di casa e ribaltata negli ultimi dieci minuti.
kp: Punti chiave
- Finisce 2-2 il derby
- Doppietta di Luca Ferretti nel primo tempo
- Rimonta ospite negli ultimi dieci minuti
## 22:47 | Finisce 2-2 il derby
> Triplice fischio: il pareggio accontenta più gli ospiti, che a un quarto d’ora dalla fine sembravano spacciati.
## 22:41 | Pareggio al 90′!
> Colpo di testa di Tommaso Villa su cross dalla sinistra: 2-2 e curva ospite in delirio.
## 22:33 | Gli ospiti accorciano: 2-1
> Tiro da fuori area di Samuele De Rosa deviato da un difensore. Il portiere è spiazzato.
## 21:35 | Fine primo tempo: 2-0
> Padroni di casa avanti con la doppietta di Luca Ferretti, al 12′ e al 38′.
## 20:45 | Fischio d’inizio
> Si parte davanti a 74.000 spettatori. Tutto esaurito da settimane.

=== it-live-sciopero-trasporti
lang: it
outlet: Il Quotidiano d’Esempio
title: Sciopero nazionale dei trasporti: metro chiuse a Milano e Roma, treni cancellati
caption: La stazione di Milano Centrale semivuota venerdì mattina.
link: https://example.it/economia/sciopero-trasporti-diretta
author:
date: 2026-11-20 13:00:00
tags: Sciopero, Trasporti
options: crlf
> Venerdì di disagi per chi viaggia: lo sciopero nazionale di 24 ore proclamato dai sindacati di base coinvolge treni, metropolitane, autobus e tram.
kp: Punti chiave
* Metro chiuse a Milano e Roma dalle 8.45
* Garantiti i treni nelle fasce dalle 6 alle 9 e dalle 18 alle 21
* Adesione del 60% secondo i sindacati
## 2 ore fa | Adesione del 60% secondo i sindacati
> Secondo i sindacati l’adesione è del 60%, secondo le aziende intorno al 35%. Come spesso accade, i numeri non coincidono.
## 3 ore fa | Metro chiuse a Milano e Roma
> Le metropolitane hanno chiuso alle 8.45, al termine della fascia di garanzia. Riapriranno dalle 18 alle 21.
## ore 7.30 | Quali sono le fasce garantite?
> Per i treni regionali sono garantite le corse in partenza dalle 6 alle 9 e dalle 18 alle 21. L’elenco completo è pubblicato sui siti delle aziende, p.es. su example.it/treni-garantiti.

=== it-live-mostra-venezia
lang: it
outlet: Il Quotidiano d’Esempio
title: Premi del cinema a Roccabella, la serata in diretta: miglior film al regista esordiente Nicola Ardito
caption: Il regista Nicola Ardito sul palco con il premio.
link: https://example.it/cultura/premi-cinema-roccabella-diretta
author: Chiara Mancini
date: 2026-11-14 23:45:00
tags: Cinema, Premi
> Si è conclusa al teatro comunale di Roccabella la cerimonia dei premi del cinema indipendente. Sorpresa nella categoria principale, vinta da un esordiente.
kp: Punti chiave
* Miglior film: «La stagione delle reti» di Nicola Ardito
* Miglior attrice a Sara Vitale
* Premio alla carriera per la montatrice Franca Olivieri
## 23:30 | Miglior film: «La stagione delle reti»
> Il film di Nicola Ardito, girato con un budget di 400.000 euro in un villaggio di pescatori, batte i favoriti. «Non me l’aspettavo», dice commosso.
## 22:50 | Miglior attrice a Sara Vitale
> Premiata per il ruolo di una madre in «Tutto il mare», Vitale ha dedicato il premio alla nonna.
## 22:15 | Premio alla carriera per Franca Olivieri
> Lunga standing ovation per la montatrice, 84 anni, che ha lavorato a più di 70 film. «Il montaggio è l’arte di togliere», ha ricordato.
## 21:30 | Sul tappeto rosso
> Grande attesa davanti al teatro, anche per la voce (poi smentita) di una possibile visita di Leonardo DiCaprio.
## 21:00 | Inizia la cerimonia
> La conduttrice apre la serata con un omaggio ai cinema di provincia che hanno chiuso negli ultimi anni.

=== it-live-terremoto-appennino
lang: it
outlet: Il Corriere d’Esempio
title: Scossa di magnitudo 4.6 nell’Appennino: paura ma nessun ferito, verifiche sugli edifici
caption: Vigili del fuoco controllano la facciata di una chiesa a Montevecchio.
link: https://example.it/cronaca/scossa-appennino-diretta
author: Roberto Galli
date: 2026-11-09 09:40:00
tags: Terremoto, Appennino
options: bom time=suffix
> Una scossa di magnitudo 4.6 è stata avvertita alle 6.52 in gran parte dell’Appennino centrale. L’epicentro è stato localizzato vicino a Montevecchio, a una profondità di 9 km.
kp: Punti chiave
* Nessun ferito
* Scuole chiuse per verifiche a Montevecchio e in altri cinque comuni
## 09:30 | Scuole chiuse per verifiche
> I sindaci di Montevecchio e di altri cinque comuni hanno disposto la chiusura delle scuole per consentire i controlli sugli edifici.
## 08:15 | Una dozzina di repliche
> L’istituto di geofisica ha registrato una dozzina di repliche, la più forte di magnitudo 2.9. Non si escludono altre scosse.
## 07:30 | Nessun ferito, lievi danni a una chiesa
> La Protezione civile ha confermato che non ci sono feriti. Crepe sono state segnalate sulla facciata della chiesa di San Rocco, già lesionata nel 2016.

=== it-live-elezioni-comunali
lang: it
outlet: Gazzetta di Valfonda
title: Elezioni comunali a Valfonda: spoglio in diretta, Bianchi verso la riconferma
caption: Lo spoglio nella sezione n. 12 della scuola elementare Manzoni.
link: https://example.it/valfonda/elezioni-comunali-spoglio
author: Federica Conti
date: 2026-11-23 23:50:00
tags: Valfonda, Elezioni
> Si è chiuso alle 23 il voto per il rinnovo del consiglio comunale di Valfonda. Lo spoglio è iniziato subito dopo.
## 23:45 | Bianchi al 54% con 20 sezioni su 34
> Il sindaco uscente, Paolo Bianchi, è nettamente in testa. La sfidante, l’avv. Laura Greco, si ferma al 39%.
> Se il dato fosse confermato, non ci sarebbe bisogno del ballottaggio.
## 23:20 | Affluenza al 58,3%
> Il dato definitivo sull’affluenza è del 58,3%, in calo di quasi quattro punti rispetto a cinque anni fa.
## 23:00 | Chiusi i seggi
> Le operazioni di voto si sono concluse senza problemi in tutte le 34 sezioni.

=== it-live-lancio-satellite
lang: it
outlet: Scienza d’Esempio
title: Il satellite italiano Astrea-1 in orbita: diretta del lancio
caption: Il razzo con a bordo Astrea-1 al momento del decollo.
link: https://example.it/scienza/lancio-astrea-1-diretta
author: Elena Moretti
date: 2026-11-03 12:30:00
tags: Spazio, Scienza
> Il satellite Astrea-1, costruito da un consorzio di università e aziende italiane, è stato lanciato alle 11.02 ora italiana. Studierà l’inquinamento atmosferico sulle città europee.
kp: Punti chiave
* Lancio riuscito alle 11.02
* Prima telemetria ricevuta dal centro di controllo del Fucino
## 12:25 | Prima telemetria dal Fucino
> Il centro di controllo ha ricevuto i primi dati. Il satellite è in buona salute e ha aperto i pannelli solari.
## 11:58 | Separazione avvenuta
> Astrea-1 si è separato dall’ultimo stadio del razzo a circa 600 km di quota.
## 11:02 | Decollo!
> Il razzo si stacca dalla rampa in perfetto orario. Applausi al centro di controllo.

=== it-plain-pasticceria
lang: it
outlet: Gazzetta di Valfonda
title: La pasticceria Dolcevita compie cent’anni e regala mille cannoli ai clienti
caption: I fratelli Russo davanti al bancone della pasticceria.
link: https://example.it/valfonda/pasticceria-dolcevita-cento-anni
author: Federica Conti
date: 2026-11-05 10:00:00
tags: Valfonda, Commercio, Storia
> La pasticceria Dolcevita di Valfonda festeggia cent’anni di attività. Per l’occasione, domenica i titolari regaleranno 1.000 cannoli ai primi clienti.
> Aperta nel 1926 dal bisnonno Gaetano, la bottega è oggi gestita dai fratelli Marco e Silvia Russo. «Le ricette sono le stesse, ma il forno per fortuna è nuovo», scherza Silvia.
> Negli anni sono passati di qui attori, calciatori, un vescovo, ecc. Sulle pareti restano le loro foto con dedica, accanto a quella di una celebre visita del 1958.
> Il sindaco consegnerà ai titolari una targa durante la festa, prevista alle 11 in piazza Garibaldi.

=== it-plain-ricerca
lang: it
outlet: Scienza d’Esempio
title: Scoperta in Sardegna una nuova specie di geco: vive solo su un isolotto di 3,5 ettari
caption: Un esemplare della nuova specie fotografato di notte.
link: https://example.it/scienza/nuova-specie-geco-sardegna
author: Dott. Andrea Fadda
date: 2026-11-11 16:00:00
tags: Scienza, Biodiversità, Sardegna
> Un gruppo di ricercatori dell’università di Sassari ha descritto una nuova specie di geco, che vive esclusivamente su un isolotto di 3,5 ettari al largo della costa orientale della Sardegna.
> Lo studio, guidato dalla prof.ssa Maria Pinna, stima che la popolazione conti meno di 1.000 esemplari. «È una specie fragilissima: basterebbe l’arrivo di un predatore per farla scomparire», spiega.
> I ricercatori chiedono di vietare lo sbarco sull’isolotto, oggi frequentato da turisti in barca durante l’estate.
> L’articolo scientifico è disponibile all’indirizzo https://example.it/studi/geco-2026.

=== it-plain-tecnologia
lang: it
outlet: Il Quotidiano d’Esempio
title: Una startup di Torino porta l’intelligenza artificiale nelle officine meccaniche
caption: Un meccanico usa l’app su tablet in un’officina di Collegno.
link: https://example.it/tecnologia/startup-torino-officine
author:
date: 2026-11-18
published: 2026-11-18T00:00:00
tags: Tecnologia, Startup, Torino
> Una startup torinese ha sviluppato un’app che aiuta i meccanici a diagnosticare i guasti delle auto fotografando il motore con lo smartphone, iPhone o Android.
> L’app è già usata da 320 officine in Piemonte e Lombardia. Secondo i fondatori, riduce in media del 30% il tempo della diagnosi.
> La società ha appena chiuso un round di investimento da 4,2 milioni di euro, guidato da un fondo di Milano. Con i nuovi fondi punta a sbarcare in Francia e in Spagna entro il 2027.

=== it-plain-sport-ciclismo
lang: it
outlet: Sport d’Esempio
title: Ciclismo, il giovane Matteo Sala firma con una squadra World Tour
caption: Matteo Sala durante una gara under 23 in primavera.
link: https://example.it/sport/ciclismo-matteo-sala-world-tour
author: Davide Colombo
date: 2026-11-26 18:20:00
tags: Ciclismo
> Matteo Sala, 20 anni, ha firmato un contratto di tre anni con una squadra del World Tour. Il corridore bergamasco è stato il miglior under 23 italiano della stagione, con sei vittorie.
> «Sogno di correre il Giro d’Italia già l’anno prossimo... ma deciderà la squadra», ha detto Sala, che si allena sulle strade della Val Seriana.
