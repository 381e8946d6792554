#! Italian round 11 plain articles: invented news, people, places and outlets.

=== it-plain-nascita-giraffa-valcerasa
lang: it
outlet: Gazzetta dell’Appennino
title: È nata una giraffa al Parco faunistico della Valcerasa: «Sta bene ed è già alta 1,85 metri»
caption: La piccola giraffa accanto alla madre Nala nel recinto della savana, a poche ore dalla nascita.
link: https://example.it/cronaca/parco-valcerasa-nata-giraffa
author: Lorenzo Baldacci
date: 2032-07-03 12:15:00
tags: Animali, Parco faunistico della Valcerasa, Giraffe
options: bom
> Fiocco rosa al Parco faunistico della Valcerasa. Nella notte tra lunedì e martedì è nata una giraffa di Rothschild, una sottospecie considerata in pericolo, con meno di 2.800 esemplari rimasti in natura. La piccola, che non ha ancora un nome, pesa circa 62 chili ed è alta 1,85 metri.
> «Sta bene ed è già in piedi da sola. Si è alzata dopo appena 40 minuti e ha cominciato subito a poppare», spiega la veterinaria del parco, dott.ssa Francesca Guidotti, che ha seguito il parto in diretta dalle telecamere installate nel recinto. «La madre, Nala, è al secondo parto ed è stata bravissima. Non siamo dovuti intervenire.»
> La gestazione delle giraffe dura circa 15 mesi. Il padre, Kito, è arrivato a Valcerasa nel 2029 da un giardino zoologico olandese, nell’ambito del programma europeo di conservazione (EEP), che coordina le nascite fra i parchi per mantenere la varietà genetica della specie.
> È la terza nascita di una giraffa nella storia del parco, aperto nel 1974 sulle colline sopra Castel San Pietro Nuovo. Le precedenti risalgono al 2016 e al 24.05.2027. Oggi il gruppo conta sei esemplari, che vivono in un recinto di 1,2 ettari insieme a zebre, antilopi e struzzi.
> «Ogni nascita è una piccola vittoria per la biodiversità», sottolinea il direttore, dott. Roberto Mancinelli. «Ma non dobbiamo dimenticare che in Africa le giraffe sono diminuite di quasi il 40% in trent’anni, a causa del bracconaggio e della perdita di habitat.»
> Per qualche settimana madre e cucciola resteranno nella stalla interna, visibile ai visitatori solo attraverso una vetrata. Il parco ha lanciato un concorso per scegliere il nome: le proposte si possono inviare fino al 31 luglio all’indirizzo nomegiraffa@parcovalcerasa-example.it o tramite la pagina Instagram del parco.
> iBiglietti, l’app del parco, segnala già un aumento delle prenotazioni del 25% rispetto allo stesso periodo dell’anno scorso. Il parco è aperto tutti i giorni dalle 9.30 alle 19, ingresso 18 euro (ridotto 12 euro per bambini, over 65, ecc.).

=== it-plain-traghetto-banchina-portoferro
lang: it
outlet: Cronache dell’Arcipelago
title: Traghetto urta la banchina nel porto di Portoferro: 27 feriti lievi, aperta un’inchiesta
caption: La prua danneggiata del traghetto Città di Capraia Nuova dopo l’urto contro la banchina.
link: https://example.it/cronaca/portoferro-traghetto-urta-banchina
author: Redazione
date: 2033-06-28 21:05:00
options: authorspace crlf
> Paura nel porto di Portoferro, dove nel pomeriggio di oggi il traghetto Città di Capraia Nuova, con 412 passeggeri e 38 membri dell’equipaggio a bordo, ha urtato violentemente la banchina durante la manovra di attracco. Il bilancio è di 27 feriti, tutti lievi: si tratta per lo più di contusioni e di una sospetta frattura al polso.
> L’incidente è avvenuto alle 16.52. Secondo una prima ricostruzione, la nave, in arrivo dall’isola con circa un’ora di ritardo per il mare mosso, avrebbe avuto un’avaria a uno dei due motori durante l’ultima fase della manovra. Spinta da un vento di maestrale a 25 nodi, ha colpito la banchina n. 3 con la prua, aprendo uno squarcio di circa 2 metri sopra la linea di galleggiamento.
> «C’è stato un colpo fortissimo, sono caduta in avanti e ho battuto la testa contro un tavolino del bar», racconta una passeggera torinese, Silvia Ravizza, 46 anni, medicata al pronto soccorso. «Per qualche secondo nessuno capiva niente... poi l’equipaggio ci ha fatto sedere e ci ha tranquillizzato.»
> Sul posto sono intervenuti la Capitaneria di porto, i vigili del fuoco e quattro ambulanze del 118. I passeggeri sono sbarcati regolarmente dalla rampa di poppa entro le 18.15. I 96 veicoli a bordo sono stati fatti scendere solo in serata, dopo le verifiche dei tecnici sulla stabilità della nave.
> La compagnia, Navigazione Arcipelago S.p.A., ha espresso «vicinanza ai passeggeri coinvolti» e ha annunciato che la nave resterà ferma per i lavori di riparazione. Le corse per l’isola saranno garantite dall’unità Santa Teresa II, con orari modificati, consultabili sul sito www.navarcipelago-example.it o al numero 0565 123 456.
> La Procura di Livorno Sud ha aperto un fascicolo per lesioni colpose. Il comandante, un marittimo di 58 anni con oltre trent’anni di esperienza, è stato sentito per più di due ore. Anche l’avv. Marco Sestini, legale dell’associazione consumatori Codici Mare, annuncia un esposto: «È il secondo incidente in un anno per la stessa nave.»
> Non è la prima volta, infatti, che la Città di Capraia Nuova finisce sotto i riflettori: il 12 settembre scorso era rimasta bloccata per sei ore al largo per un guasto all’impianto elettrico.
