#! Italian round 14 live blogs: invented news, people, places and outlets.
#! Styles: glued (20:47, local derby, no box, 17 sections), paren (16.20, carnival, - box),
#! untimed with • box (water main burst; box items never repeat headings).

=== it-live-derby-val-serena-roccalta-pievebella
lang: it
outlet: Il Cittadino di Roccalta
title: Derby della Val Serena, la diretta: Sporting Roccalta-Pievebella 1-2, rimonta ospite con Ferretti su rigore e Okonkwo
caption: L’esultanza di Samuel Okonkwo dopo il gol del sorpasso sotto il settore ospiti.
link: https://example.it/sport/calcio/derby-val-serena-sporting-roccalta-pievebella-diretta
author: Marco Pirovano
date: 2036-10-26 17:30:00
tags: Calcio, Sporting Roccalta, Pievebella, Derby
options: time=glued crlf
> Il derby della Val Serena è della Pievebella. Al «Fabbri» di Roccalta la squadra di Cattaneo va sotto su punizione di Gallo, resta in partita grazie al VAR e la ribalta nella ripresa con il rigore di Ferretti e il colpo di testa di Okonkwo, prima di chiudere in dieci per l’espulsione di Brambilla.
## 20:40 | Cattaneo: «Una serata da ricordare»
> Il tecnico della Pievebella a fine gara: «Una serata da ricordare, per noi e per la nostra gente. Sotto di un gol, in casa loro, con un uomo in meno negli ultimi minuti… questi ragazzi hanno un cuore enorme.»
## 20:35 | Il presidente Zanardi contesta l’arbitro
> Amaro il presidente dello Sporting Roccalta, il comm. Loris Zanardi: «Il rigore non c’era, lo hanno visto tutti tranne uno. Siamo stanchi di subire torti.»
## 20:30 | Il migliore in campo secondo SerenaGas
> Il premio di migliore in campo, assegnato dallo sponsor della partita, va a Luca Ferretti: un gol annullato, un rigore procurato e trasformato.
## 20:24 | Finisce qui: Sporting Roccalta-Pievebella 1-2
> Triplice fischio del sig. Dario Marchetti: la Pievebella espugna il «Fabbri» e aggancia lo Sporting al secondo posto in classifica, a quota 21.
## 20:19 | Espulso Brambilla!
> Secondo giallo per il centrocampista della Pievebella, che trattiene Gallo a metà campo. Ospiti in dieci per gli ultimi minuti più recupero.
## 20:12 | Gol di Okonkwo, 1-2
> Ribaltata! Cross di Sartori dalla sinistra, Okonkwo anticipa tutti sul primo palo e infila Bernasconi. Il settore ospiti è una bolgia.
## 20:03 | Rigore per la Pievebella, Ferretti non sbaglia: 1-1
> Contatto in area tra Lodigiani e Ferretti, l’arbitro indica il dischetto dopo un consulto al monitor. Dagli undici metri lo stesso Ferretti spiazza Bernasconi: è di nuovo parità.
## 19:55 | Doppio cambio nella Pievebella
> Fuori Gennari e Tosi, dentro Okonkwo e Pellegatta. Cattaneo si gioca il tutto per tutto.
## 19:47 | Palo di Gallo!
> Lo Sporting sfiora il raddoppio: Gallo si accentra e calcia a giro, la palla si stampa sul palo alla sinistra di Rinaldi.
## 19:38 | Si riparte
> Comincia la ripresa, nessun cambio all’intervallo. Pievebella subito in avanti.
## 19:20 | Intervallo: Sporting Roccalta-Pievebella 1-0
> Finisce il primo tempo con lo Sporting avanti di misura. Partita fin qui tesa, con poche occasioni e tanti falli: già quattro gli ammoniti.
## 19:02 | Il gol annullato dal VAR
> Lunga revisione al monitor: la rete del possibile pareggio di Ferretti viene annullata per un fuorigioco millimetrico di Tosi, autore dell’assist.
## 18:51 | Gol di Gallo, 1-0
> Vantaggio Sporting! Punizione dai 20 metri di Matteo Gallo, il pallone passa sopra la barriera e si infila sotto la traversa. Rinaldi immobile.
## 18:30 | Si comincia!
> Calcio d’inizio dello Sporting. Spettatori: 4.312, record stagionale per il «Fabbri».
## 18:10 | Le formazioni ufficiali
> Sporting Roccalta (4-3-3): Bernasconi; Lodigiani, De Santis, Mauri, Colombo; Pirovano, Ferri, Bassi; Gallo, Viganò, Sala. All. Riboldi.
> Pievebella (3-5-2): Rinaldi; Porro, Galbiati, Ceresa; Tosi, Brambilla, Gennari, Cappelletti, Sartori; Ferretti, Mantegazza. All. Cattaneo.
## 17:45 | «Derby? Vale più di tre punti»
> Alla vigilia, il capitano della Pievebella Luca Ferretti aveva caricato l’ambiente: «Il derby vale più di tre punti, lo sappiamo tutti. In paese non si parla d’altro da una settimana.»
## 17:30 | Buonasera e benvenuti
> Buonasera dal «Fabbri» di Roccalta! Tutto pronto per la 71ª edizione del derby della Val Serena. Il match è sponsorizzato da SerenaGas: il ricavato della lotteria dell’intervallo andrà alla Croce Verde. Info e biglietti su www.sportingroccalta.it.

=== it-live-carnevale-borgo-fiorano
lang: it
outlet: La Gazzetta di Fiorano e dintorni
title: Carnevale di Borgo Fiorano, la diretta: 25.000 in centro per la sfilata, vince il carro di Porta Nuova
caption: Il carro «Tutti a bordo!» del rione Porta Nuova attraversa corso Mazzini.
link: https://example.it/borgo-fiorano/carnevale-2036-sfilata-carri-diretta
author: Elisa Montanari
date: 2036-02-17 13:00:00
tags: Carnevale, Borgo Fiorano, Eventi
options: time=paren bullet=- authorspace bom
> Oltre 25.000 persone, secondo il Comune, hanno invaso il centro di Borgo Fiorano per la prima domenica di sfilata del Carnevale 2036. Sei carri allegorici, 14 gruppi mascherati e la tradizionale pioggia di caramelle dal balcone del municipio.
kp: In sintesi
* 25.000 presenze secondo il Comune
* Primo premio al carro del rione Porta Nuova
* Principio d’incendio su un carro, nessun ferito
* Si replica martedì grasso dalle 14.30
## 18.10 | Gran finale con i fuochi d’artificio
> Lo spettacolo pirotecnico sul lungofiume chiude la giornata. Appuntamento a martedì grasso, con partenza della sfilata alle 14.30 da piazza Garibaldi. Grazie per averci seguito!
## 17.25 | Vince il carro del rione Porta Nuova
> La giuria, presieduta dal prof. Ermanno Setti, ha assegnato il primo premio a «Tutti a bordo!», il carro del rione Porta Nuova che raffigura un gigantesco transatlantico guidato da una caricatura del sindaco.
> Secondo posto per il rione Castello, terzo per i Ragazzi della Bassa. Il premio per il miglior gruppo mascherato va alle «Befane in ritardo» di San Vito.
## 16.50 | Principio d’incendio su un carro: nessun ferito
> Attimi di paura in via Cavour: un fumogeno ha fatto prendere fuoco a una parte in cartapesta del carro del rione Castello. I volontari della Protezione civile sono intervenuti con gli estintori in pochi secondi e la sfilata è ripresa dopo circa 15 minuti.
> «Abbiamo avuto più paura noi del pubblico», scherza il capocarro, Gianni Bellettini.
## 16.20 | «Quattro mesi di lavoro, tutte le sere»
> – Quest’anno abbiamo lavorato quattro mesi, tutte le sere dopo il lavoro, racconta Marisa Bonfanti, 63 anni, del rione Porta Nuova. – Ma quando vedi la faccia dei bambini, ne vale la pena.
## 15.40 | Biglietti venduti: +12%
> Sono 18.400 i biglietti d’ingresso venduti fino alle 15, il 12% in più rispetto alla prima domenica dell’anno scorso. L’ingresso costa 5 euro, gratis per i bambini sotto i 12 anni e per i residenti.
## 15.05 | Pioggia di caramelle dal balcone del municipio
> Come da tradizione, il sindaco Carlo Alberto Ferrini e la giunta hanno lanciato dal balcone del municipio circa 80 kg di caramelle e cioccolatini. Tra il pubblico c’è chi si è attrezzato con l’ombrello rovesciato…
> Caramelle a parte, grande successo anche per le sfrappole della pasticceria FioranoDolci, esaurite in meno di un’ora.
## 14.30 | Partiti i carri da piazza Garibaldi
> Si parte! Il primo carro a lasciare piazza Garibaldi è quello dei Ragazzi della Bassa, seguito dalla banda cittadina «G. Verdi». Il percorso, lungo 2,3 km, attraversa via Cavour, corso Mazzini e v.le della Vittoria.
## 13.15 | Come arrivare e dove parcheggiare
> Il centro storico è chiuso al traffico dalle 12 alle 20. Parcheggi gratuiti in zona stadio e all’ex Foro Boario, con bus navetta ogni 15 minuti. Tutte le informazioni su www.carnevaleborgofiorano.it o scrivendo a info@carnevaleborgofiorano.it.

=== it-live-condotta-rotta-valdimonte
lang: it
outlet: Il Corriere di Valdimonte
title: Si rompe la condotta in viale Europa a Valdimonte: voragine in strada e 12.000 residenti senz’acqua. Gli aggiornamenti
caption: La voragine aperta dalla rottura della condotta in viale Europa, all’altezza del civico 48.
link: https://example.it/valdimonte/condotta-rotta-viale-europa-voragine
author:
date: 2036-03-04 09:15:00
tags: Valdimonte, Acqua, Viabilità
options: bullet=• exit=none
> La rottura di una delle condotte principali dell’acquedotto ha lasciato senz’acqua dalle prime ore di martedì circa 12.000 residenti dei quartieri Est e Santa Rita, a Valdimonte. In viale Europa l’acqua ha aperto una voragine nell’asfalto.
> Il gestore del servizio idrico parla di un guasto «importante ma circoscritto» e conta di ripristinare la fornitura entro la notte.
kp: Cosa sappiamo
* Voragine in viale Europa, strada chiusa fino a venerdì
* Senz’acqua i quartieri Est e Santa Rita
* Autobotti in piazza Mazzini e al palazzetto dello sport
* Riparazione prevista entro le 22
## Voragine di 6 metri in viale Europa
> La condotta, un tubo in ghisa del diametro di 60 cm posato nel 1964, ha ceduto poco dopo le 5 sotto il manto stradale di viale Europa, all’altezza del civico 48. L’acqua ha scavato una buca di circa 6 metri per 3, in cui è finita parzialmente un’auto parcheggiata.
> Nessun ferito. I vigili del fuoco hanno evacuato per precauzione i residenti dei due palazzi più vicini, 34 persone in tutto, che sono potute rientrare a metà mattinata.
## Quando torna l’acqua? La risposta di AcquaVal
> I tecnici del gestore prevedono di completare la riparazione entro le 22. «Poi servono alcune ore per riempire la rete: contiamo di tornare alla normalità entro domattina», spiega l’ing. Stefano Moretti, direttore tecnico di AcquaVal.
> Nel frattempo potrebbero verificarsi cali di pressione anche in zone non direttamente interessate, p.es. in via Roma e nel quartiere Ponte.
## Autobotti in piazza Mazzini e al PalaVal
> 12.000 litri d’acqua potabile per ogni autobotte: sono quattro quelle messe a disposizione dal Comune, due in piazza Mazzini e due nel parcheggio del palazzetto dello sport. Bisogna portare contenitori propri.
> Per anziani soli e persone con disabilità, la Protezione civile consegna l’acqua a domicilio: basta chiamare il centralino del Comune o scrivere a protezionecivile@comune.valdimonte.it.
## Scuole aperte, ma niente mensa
> ASL e Comune hanno deciso di tenere aperte le scuole dei quartieri interessati, che però resteranno senza mensa: gli alunni usciranno alle 13. Chiusa invece la piscina comunale di via Fermi.
## Traffico deviato, bus sospesi
> Viale Europa resterà chiuso tra la rotatoria di via Gramsci e largo Matteotti almeno fino a venerdì. Le linee 3 e 5 dei bus urbani sono deviate su via dell’Industria; le fermate di viale Europa sono sospese.
> «Stamattina ci ho messo quaranta minuti per fare due chilometri... Un disastro», racconta Giulia Ferrante, che ogni giorno accompagna i figli a scuola in auto.
