#! Italian round 12 plain articles: invented news, people, places and outlets.

=== it-plain-deragliamento-tram-verdella
lang: it
outlet: Cronaca di Verdella
title: Tram deragliato in corso Garibaldi a Verdella: 17 feriti, uno grave. L’azienda: «Sospesa la linea 3»
caption: Il tram della linea 3 uscito dai binari all’incrocio con via Cavalieri di Vittorio Veneto.
link: https://example.it/verdella/tram-deragliato-corso-garibaldi-feriti
author: Alessio Trombetta
date: 2033-10-20 19:40:00
tags: Verdella, Tram, Incidente, Trasporti
options: crlf bom
> Paura nel pomeriggio a Verdella, dove un tram della linea 3 è deragliato in corso Garibaldi, all’altezza dell’incrocio con via Cavalieri di Vittorio Veneto, finendo contro un palo della linea aerea e una fermata dell’autobus. I feriti sono 17: uno, un uomo di 71 anni che attendeva alla pensilina, è ricoverato in prognosi riservata all’ospedale San Gerardo.
> L’incidente è avvenuto intorno alle 14.20. A bordo c’erano una cinquantina di passeggeri. «Ho sentito uno strattone fortissimo, poi siamo finiti tutti a terra. Una signora anziana perdeva sangue dalla testa… per fortuna un’infermiera fuori servizio l’ha soccorsa subito», racconta Silvia Pozzato, studentessa di 22 anni.
> Sul posto sono intervenuti vigili del fuoco, 118 e polizia locale, che ha chiuso al traffico corso Garibaldi fino a sera. Il tranviere, 44 anni, è risultato negativo all’alcoltest. La procura ha aperto un fascicolo per lesioni colpose e disposto il sequestro del mezzo e di un tratto di binario.
> Trasporti Urbani Verdella S.p.A. ha sospeso la linea 3 fino a nuovo avviso, sostituendola con bus navetta ogni 8 minuti. «Il tram, entrato in servizio nel 2018, aveva superato la revisione il 12.06.2033 senza rilievi», precisa il direttore generale, ing. Paolo Cimatti. Tra le ipotesi al vaglio, un cedimento dello scambio o un malore del conducente.
> Il sindaco, dott. Emanuele Fontanesi, ha visitato i feriti in ospedale e convocato per domani un tavolo con l’azienda. Per informazioni sui percorsi alternativi l’azienda ha attivato il numero verde 800 123 456 e la pagina www.tuv-example.it/linea3.

=== it-plain-riforma-pensioni-senato
lang: it
outlet: Il Foglio dei Conti
title: Pensioni, scontro in Senato sulla riforma: la ministra Ravaglia difende «quota 42», opposizioni e sindacati pronti alla piazza
caption: La ministra del Lavoro, Daniela Ravaglia, durante l’audizione in commissione.
link: https://example.it/economia/riforma-pensioni-senato-quota-42
author: Ottavio Bernardini
date: 2034-11-07 20:15:00
tags: Pensioni, Senato, Riforma, Sindacati
> È iniziato con un’aula piena e toni accesi l’esame in Senato del disegno di legge di riforma delle pensioni. Il testo del governo introduce dal 1° gennaio 2036 la cosiddetta «quota 42»: si potrà andare in pensione con 42 anni di contributi a prescindere dall’età, ma con un ricalcolo interamente contributivo dell’assegno, che secondo le stime dell’Inps costerebbe in media il 9,5% della pensione.
> «Non tagliamo nulla a nessuno: chiediamo a chi vuole uscire prima di farlo con le regole di chi entra oggi nel mondo del lavoro», ha detto la ministra del Lavoro, Daniela Ravaglia. Secondo la relazione tecnica, la misura interesserebbe circa 68.000 persone l’anno e produrrebbe risparmi per 1,2 miliardi nel 2040.
> Dura la replica delle opposizioni. «È una riforma che fa cassa sui lavoratori che hanno cominciato a 18 anni in fabbrica, nei cantieri, nei campi ecc.», ha attaccato in aula il senatore Vittorio Lanzetta. Le tre principali confederazioni sindacali hanno annunciato una manifestazione nazionale a Roma per sabato 22 novembre e non escludono uno sciopero generale.
> Il relatore, sen. Carlo Maria Andreoli, ha aperto a possibili correzioni per i lavori usuranti e per le donne con figli, per le quali si studia uno sconto di quattro mesi per ogni figlio, fino a un massimo di 16 mesi. Gli emendamenti potranno essere presentati entro venerdì alle ore 12.
> Il calendario prevede il voto in aula entro il 4 dicembre, poi il passaggio alla Camera. La Ragioneria generale dello Stato ha chiesto al governo ulteriori tabelle sugli effetti di lungo periodo, attese per la prossima settimana.

=== it-plain-incendio-scuola-montebruno
lang: it
outlet: Il Giornale della Val Trebbiola
title: Incendio alla scuola media «Carducci» di Montebruno: 380 studenti evacuati, nessun ferito. Lezioni sospese fino a lunedì
link: https://example.it/val-trebbiola/incendio-scuola-media-carducci-montebruno
author: Redazione
date: 2033-03-15 13:50:00
tags: Montebruno, Scuola, Incendio, Vigili del fuoco
options: authorspace
> Momenti di paura stamattina alla scuola media «Carducci» di Montebruno, dove intorno alle 9.15 è divampato un incendio nel locale caldaia, sotto la palestra. I 380 studenti, i 42 docenti e il personale Ata sono stati evacuati in pochi minuti nel cortile e poi accompagnati nel vicino palazzetto dello sport. Nessuno è rimasto ferito; due collaboratrici scolastiche sono state visitate dal 118 per una lieve intossicazione da fumo.
> «I ragazzi sono stati bravissimi, hanno seguito alla lettera le procedure provate durante l’ultima esercitazione», racconta la dirigente scolastica, prof.ssa Lucia Bertoncini. I genitori, avvisati con un messaggio sul registro elettronico, sono arrivati in massa davanti al palazzetto.
> Le fiamme hanno danneggiato la copertura della palestra, che è stata dichiarata inagibile. I vigili del fuoco del distaccamento di Montebruno, con il supporto di due squadre da Piacenza Ovest, hanno lavorato per oltre tre ore. Secondo una prima ricostruzione, l’incendio sarebbe partito da un corto circuito nel quadro elettrico della caldaia, sostituita appena due anni fa.
> Il sindaco, sig. Andrea Tagliaferri, ha firmato un’ordinanza che sospende le lezioni fino a lunedì 21 marzo, in attesa delle verifiche sull’impianto elettrico e sulla qualità dell’aria. «Il danno stimato è di circa 250.000 euro, ma la priorità è riportare i ragazzi in classe in sicurezza», ha detto.
> ecoScuola, la piattaforma del Comune per le comunicazioni alle famiglie, pubblicherà gli aggiornamenti nei prossimi giorni. Informazioni anche all’indirizzo istruzione@comune-montebruno-example.it.
