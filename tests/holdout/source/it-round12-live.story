#! Italian round 12 live blogs: invented news, people, places and outlets.

=== it-live-settimana-moda-casa-ardenzi
lang: it
outlet: Il Filo della Moda
title: Milano Moda Donna, la diretta del terzo giorno: il debutto di Ginevra Scaglione da Casa Ardenzi, applausi per LunaMare sotto la pioggia
caption: L’uscita finale della sfilata di Casa Ardenzi alla Rotonda di via Besana.
link: https://example.it/moda/milano-moda-donna-terzo-giorno-diretta
author: Benedetta Sormani
date: 2033-02-24 21:20:00
tags: Moda, Milano Moda Donna, Casa Ardenzi, Sfilate
options: time=suffixglued
> Terza giornata di sfilate a Milano, la più attesa di questa edizione. Sotto una pioggia battente, 62 collezioni autunno-inverno sfilano tra il centro e la zona Tortona, con il debutto più atteso della stagione: quello di Ginevra Scaglione alla direzione creativa di Casa Ardenzi.
> In calendario anche LunaMare, il marchio fondato da Tommaso Ferlini che compie dieci anni, e la maison Velluti. Seguite con noi tutti gli appuntamenti della giornata.
## 20.48 | Il gran finale di Casa Ardenzi chiude la giornata
> Le modelle sono uscite tutte insieme sulle note di un quartetto d’archi, mentre dal soffitto della Rotonda scendeva una pioggia di petali bianchi. Ginevra Scaglione è uscita per ultima, in jeans e maglione nero, accolta da un lunghissimo applauso.
> Domani si riparte alle ore 9.30 con la sfilata di Olimpia Rasetti.
## 20.15 | «Ho voluto una donna libera, non una donna in costume»
> Nel backstage la stilista, 39 anni, racconta la sua prima collezione: «Ho voluto una donna libera, non una donna in costume. Ho aperto gli archivi, ho guardato tutto… e poi li ho richiusi.» Cappotti a uovo, gonne a ruota in feltro, stivali alti fino alla coscia: 54 uscite in tutto.
## 19.40 | Chi è Ginevra Scaglione?
> Nata a Biella nel 1994, laureata al Politecnico, ha lavorato per otto anni a Parigi, poi a Londra come responsabile della maglieria di una grande casa inglese. Casa Ardenzi S.p.A., controllata dal 2030 da un fondo lussemburghese, l’ha scelta a ottobre dopo l’uscita di scena del fondatore, Aldo Ardenzi.
> L’azienda ha chiuso il 2032 con ricavi per 418,6 milioni di euro, in calo del 7%.
## 18.52 | Applausi e pioggia per la sfilata di LunaMare
> Pedana all’aperto, nel cortile di un ex mercato ortofrutticolo, e pioggia che non ha dato tregua. Tommaso Ferlini ha fatto distribuire 1.200 impermeabili trasparenti con il logo del marchio, trasformando il maltempo in uno spettacolo nello spettacolo.
> Il sig. Ferlini, ex calciatore di serie C diventato stilista quasi per caso, festeggia dieci anni di attività con una collezione che rilegge l’abbigliamento da lavoro: tute, giacche da cantiere, bretelle ecc.
## 17.30 | Il front row: attori, calciatori e influencer
> In prima fila da Velluti l’attrice Carlotta Benassi, il centrocampista del Milano Nord Jonathan DeLuca e la creatrice di contenuti Ilenia Mastrangelo, oltre 4,3 milioni di follower.
## 16.45 | Sciopero dei taxi, ospiti in ritardo!
> Lo sciopero dei tassisti, proclamato contro la nuova delibera comunale sulle licenze, ha mandato in tilt gli spostamenti tra una sfilata e l’altra. Molti ospiti hanno raggiunto la zona Tortona in metropolitana. La sfilata di Velluti è partita con 40 minuti di ritardo.
## 15.20 | Velluti punta tutto sul velluto, ovviamente
> La maison fiorentina gioca con il proprio nome: velluto a coste, devoré, stampato. Il direttore creativo, dott. Arturo Melis, ha voluto un omaggio ai tappezzieri della sua città, «un mestiere che rischia di scomparire».
## 14.32 | Rinviata la presentazione di Marco Tessari-Lund
> Il giovane designer ha annunciato il rinvio della sua presentazione per «problemi di produzione». Sarà recuperata sabato. Per informazioni l’ufficio stampa risponde a press@tessarilund-example.it.
## 10.05 | Buongiorno da Milano
> Benvenuti alla diretta della terza giornata. Il calendario completo delle sfilate è disponibile su www.modamilano-example.it/calendario.

=== it-live-elezioni-regionali-marche
lang: it
outlet: Il Corriere dell’Adriatico Centrale
title: Elezioni regionali nelle Marche, la diretta dello spoglio: Marinangeli vince con il 48,6%, Bucciarelli si ferma al 44,1%
caption: Elena Marinangeli festeggia con i sostenitori nel suo comitato elettorale di Ancona.
link: https://example.it/marche/elezioni-regionali-spoglio-diretta
author: Federica Paoloni, Simone Carotti
date: 2032-10-05 01:10:00
tags: Elezioni regionali, Marche, Elena Marinangeli, Raffaele Bucciarelli
options: time=colon bullet=⇒ bom
> Le Marche hanno una nuova presidente. La candidata del centrosinistra Elena Marinangeli, ex sindaca di Fabriano, ha vinto le elezioni regionali con il 48,6% dei voti, superando il presidente uscente del centrodestra Raffaele Bucciarelli, fermo al 44,1%.
> Terzo il candidato del Patto civico per le Marche, Giorgio Santoni, con il 5,2%. Affluenza in calo al 49,7%, quasi tre punti in meno rispetto a cinque anni fa. Lo spoglio, iniziato alle 15, si è concluso poco dopo l’una di notte.
kp: I punti chiave
* Elena Marinangeli è la nuova presidente della Regione con il 48,6%
* Il presidente uscente Bucciarelli ammette la sconfitta
* Affluenza definitiva al 49,7%
* Al centrosinistra 19 seggi su 30 in Consiglio regionale
## ore 01.05 | Sezioni scrutinate: 1.574 su 1.574
> Lo spoglio è terminato. Risultato definitivo: Marinangeli 48,6%, Bucciarelli 44,1%, Santoni 5,2%, Colaluce 2,1%.
## ore 00.40 | Al centrosinistra 19 seggi su 30 in Consiglio regionale
> Con il premio di maggioranza, la coalizione di Marinangeli ottiene 19 consiglieri, il centrodestra 10, il Patto civico uno. La lista più votata è la civica Marche Domani con il 14,8%.
## ore 00.12 | Marinangeli: «Sarò la presidente di tutti i marchigiani»
> «Sarò la presidente di tutti, anche di chi non mi ha votato. Da domani mattina si lavora: sanità, ricostruzione, trasporti.» Così la neopresidente dal palco del comitato, in piazza Cavour.
> Poi una battuta: «Stanotte però si festeggia… con moderazione.»
## ore 23.40 | Bucciarelli ammette la sconfitta
> «Ho telefonato a Elena Marinangeli per farle i miei auguri. Gli elettori hanno deciso e io rispetto il loro giudizio», ha detto il presidente uscente in una breve dichiarazione, senza domande dei giornalisti.
## ore 23.05 | Festa al comitato di Marinangeli!
> Cori, bandiere e prosecco: al comitato del centrosinistra la festa è già iniziata. «Ce l’abbiamo fatta», urla al microfono il segretario regionale della coalizione.
## ore 22.30 | Sezioni scrutinate: 1.102 su 1.574
> Il vantaggio di Marinangeli si stabilizza attorno ai quattro punti e mezzo. Il centrodestra tiene solo nella provincia di Ascoli.
## ore 21.50 | Ancona e Pesaro trainano il centrosinistra
> Nel capoluogo Marinangeli supera il 56%, a Pesaro il 53%. Più combattuta Macerata, dove i due candidati sono separati da 312 voti.
## ore 21.10 | Il Patto civico rivendica il risultato: «Siamo decisivi»
> Giorgio Santoni parla di «risultato storico» per una lista nata sei mesi fa. Il 5,2% gli vale un seggio in Consiglio, il suo.
## ore 20.25 | Ricorso sulle schede a Senigallia: decide il Tar
> In una sezione di Senigallia il presidente di seggio ha contestato 48 schede con segni ritenuti riconoscibili. Il centrodestra annuncia un ricorso, ma i numeri non cambierebbero il risultato.
## ore 19.40 | Sezioni scrutinate: 612 su 1.574
> Marinangeli al 48,9%, Bucciarelli al 43,8%. Il distacco resta di cinque punti.
## ore 18.55 | Il centrodestra: «Aspettiamo i dati veri»
> Prudenza nel quartier generale di Bucciarelli. Il coordinatore regionale, on. Massimo Vitali, invita ad «aspettare le sezioni dei comuni dell’entroterra».
## ore 18.10 | Che cosa succede se nessuno supera il 40%?
> Niente ballottaggio: la legge elettorale delle Marche assegna comunque la vittoria a chi prende un voto in più, con un premio di maggioranza. Sopra il 40% il premio è pieno, cioè 18 seggi su 30 più quello del presidente.
## ore 17.20 | Prime sezioni, Marinangeli avanti
> Con 118 sezioni scrutinate, Marinangeli è al 49,4%, Bucciarelli al 43,6%. Santoni al 5,0%.
## ore 16.30 | Seconda proiezione: forbice confermata
> Marinangeli 48,3%, Bucciarelli 44,5%. Copertura del campione: 34%.
## ore 15.45 | Prima proiezione: Marinangeli 48,0%
> La prima proiezione dell’istituto Demopolis Adriatica conferma gli exit poll: Marinangeli 48,0%, Bucciarelli 44,7%, Santoni 5,3%, Colaluce 2,0%.
## ore 15.30 | Affluenza definitiva al 49,7%
> Alla chiusura dei seggi ha votato il 49,7% degli aventi diritto, contro il 52,5% delle precedenti regionali. Il dato più basso in provincia di Fermo, con il 45,2%.
## ore 15.00 | Seggi chiusi, gli exit poll
> Secondo gli exit poll Marinangeli sarebbe tra il 46 e il 50%, Bucciarelli tra il 42 e il 46%. «Dati da prendere con cautela», avverte l’istituto.
## ore 12.00 | Affluenza alle 12 al 9,8%
> Il dato è in linea con quello della domenica, a conferma di una partecipazione in calo. I dati per comune sono pubblicati su www.elezioni-marche-example.it.
## ore 09.30 | Dove si vota e cosa serve
> Seggi aperti fino alle 15. Servono la tessera elettorale e un documento d’identità valido. Chi ha smarrito la tessera può chiederne un duplicato all’ufficio elettorale del proprio comune, aperto anche oggi.
## ore 07.00 | Buongiorno, al via la seconda giornata di voto
> Benvenuti alla nostra diretta. Dopo la prima giornata di ieri, quando ha votato il 38,1% degli elettori, i seggi riaprono alle 7 per la seconda e ultima giornata. Segnalazioni e domande a diretta@adriaticocentrale-example.it.

=== it-live-sciopero-doganieri-porto-capo-salvia
lang: it
outlet: La Gazzetta dello Stretto e dello Ionio
title: Sciopero dei doganieri al porto di Capo Sàlvia, la diretta: 1.300 container fermi, tir in coda per 9 km sulla statale
caption: La fila di camion in attesa davanti al varco doganale del porto.
link: https://example.it/calabria/sciopero-doganieri-porto-capo-salvia-diretta
author: Domenico Arcuri Lamanna
date: 2034-05-08 16:05:00
tags: Porto di Capo Sàlvia, Sciopero, Dogane, Trasporti
options: time=paren bullet=- crlf
> Giornata nera per il porto di Capo Sàlvia. Il personale dell’ufficio delle dogane incrocia le braccia per 24 ore contro la carenza di organico e il mancato rinnovo dell’indennità di rischio: senza i controlli doganali, nessun container può uscire dal terminal.
> Secondo l’Autorità di sistema portuale, sono 1.300 i container bloccati sulle banchine. Lungo la statale 106 la coda di tir ha raggiunto i 9 km.
kp: In sintesi
* Adesione allo sciopero del 92% secondo i sindacati
* Tir in coda per 9 km, la prefettura apre un’area di sosta
* Vertice al ministero convocato per giovedì
## 5 minuti fa | Vertice al ministero convocato per giovedì
> Il ministero dell’Economia ha convocato i sindacati per giovedì alle ore 11. Sul tavolo l’assunzione di 40 nuovi funzionari entro l’estate e il rinnovo dell’indennità. «Un primo passo, ma ora servono le firme», commenta il segretario provinciale, sig. Rocco Minniti.
## 32 minuti fa | «Controlliamo 300 container al giorno in 14. Così non si può»
> Parla una funzionaria con vent’anni di servizio, che chiede di restare anonima: «Controlliamo 300 container al giorno in 14 persone, turni di dodici ore, straordinari pagati dopo otto mesi. Così non si può andare avanti.»
## 1 ora fa | Frutta e farmaci, le deroghe
> Non tutto è fermo. Per legge vengono garantiti i servizi minimi: merci deperibili, animali vivi, farmaci ecc. Sono stati sdoganati finora 64 container refrigerati, soprattutto agrumi e frutta esotica.
## 14:32 | Adesione allo sciopero del 92% secondo i sindacati
> Su 52 dipendenti in servizio oggi, 48 hanno aderito allo sciopero. L’amministrazione non ha ancora diffuso un proprio dato.
## 13:10 | Tir in coda per 9 km, la prefettura apre un’area di sosta
> La prefettura ha disposto l’apertura di un’area di sosta nell’ex zona industriale di Sant’Elia, con bagni chimici e acqua potabile per gli autisti. La polizia stradale devia il traffico leggero sulla provinciale 47.
> – Da quanto è qui?
> – Da ieri sera alle dieci, risponde un camionista bulgaro. Dormo in cabina. Nessuno ci dice niente.
## 11:45 | Il terminalista: «Danni per 2 milioni al giorno»
> Terminal Container Sàlvia S.p.A., che gestisce le banchine, stima perdite «vicine ai 2 milioni di euro al giorno» tra penali, soste e navi dirottate. Due portacontainer hanno già cambiato rotta verso Malta.
## 09:20 | Presidio davanti al varco doganale
> Un centinaio di lavoratori è in presidio dalle 6 davanti al varco principale, con striscioni e bandiere. Il dott. Pasquale Ferraro, dirigente dell’ufficio, ha incontrato una delegazione.
## 06:00 | Al via lo sciopero di 24 ore
> È iniziato alle 6 lo sciopero proclamato il 24.04.2034. Informazioni per gli autotrasportatori sul sito www.porto-capo-salvia-example.it e all’indirizzo info.sciopero@porto-capo-salvia-example.it.

=== it-live-soccorso-alpino-corno-valdagna
lang: it
outlet: Eco delle Valli Dolomitiche
title: Escursionisti bloccati sul Corno di Valdagna, la diretta: recuperati tutti e quattro, un ferito grave portato in elicottero a Bolzano
caption: L’elicottero del soccorso alpino in volo sopra la parete nord del Corno di Valdagna.
link: https://example.it/dolomiti/soccorso-alpino-corno-valdagna-diretta
author: Martina Dellantonio
date: 2033-07-27 20:40:00
tags: Montagna, Soccorso alpino, Corno di Valdagna
options: time=dash nnbsp
> Si è conclusa dopo oltre dieci ore l’operazione di soccorso sul Corno di Valdagna, dove quattro escursionisti tedeschi erano rimasti bloccati da questa mattina in un canalone a 2.750 metri di quota, dopo che uno di loro era scivolato per una ventina di metri.
> Il ferito, un uomo di 58 anni, è stato trasportato in elicottero all’ospedale di Bolzano con un trauma toracico. Gli altri tre, sotto choc ma illesi, sono stati riportati a valle dai tecnici del soccorso alpino.
## 20:15 | Tutti a valle, finisce l’intervento
> Alle 20 anche l’ultima squadra del soccorso alpino è rientrata al rifugio Valdagna. «Una giornata lunga e difficile, con il meteo che cambiava ogni mezz’ora», spiega il capostazione, Ivo Zanoner.
> I tre escursionisti illesi, tutti di Monaco di Baviera, passeranno la notte in un albergo di San Vigilio. Sono stati ascoltati dai carabinieri della stazione di Val Sorda, come da prassi.
## 17:40 | L’elicottero riesce ad avvicinarsi: recuperato il ferito
> Approfittando di una finestra di bel tempo, l’elicottero è riuscito a calare con il verricello un medico e un tecnico. Il ferito è stato imbarellato e issato a bordo in meno di 15 minuti.
> – Come sta?
> – È cosciente, ha parlato con noi. Ha diverse costole rotte, ma è stato fortunato, risponde il medico dell’equipe, dott.ssa Katia Pichler.
## 14:32 | Nebbia sulla parete, si sale a piedi
> La nebbia impedisce all’elicottero di avvicinarsi. Due squadre del CNSAS, 18 tecnici in tutto, sono partite a piedi dal rifugio, con barella e attrezzatura sanitaria. Serviranno almeno tre ore di salita.
## 11:05 | Quattro escursionisti bloccati in un canalone
> L’allarme è scattato intorno alle 10.45: un gruppo di quattro escursionisti tedeschi ha chiamato il 112 dal sentiero attrezzato n. 9, poco sotto la forcella del Corno. Uno di loro è scivolato sul ghiaione ed è fermo, ferito, una ventina di metri più in basso.
> soccorsoApp, l’applicazione di geolocalizzazione consigliata agli escursionisti, ha permesso alla centrale di individuare il punto esatto in pochi secondi.

=== it-live-festa-sfoglia-san-ruffino
lang: it
outlet: Il Resto della Pianura
title: Festa della Sfoglia a Borgo San Ruffino: 40.000 presenze nel giorno d’apertura, code per i tortellini e sfida tra sfogline
caption: Le sfogline al lavoro sotto il portico del Municipio.
link: https://example.it/emilia/festa-della-sfoglia-borgo-san-ruffino
author: Giacomo Borghesani
date: 2032-09-18 23:30:00
tags: Festa della Sfoglia, Borgo San Ruffino, Sagre, Enogastronomia
options: bullet=⇒ exit=none
> Piazze piene, stand presi d’assalto e sfogline al lavoro dalle otto del mattino: la 31ª Festa della Sfoglia di Borgo San Ruffino ha aperto sabato con numeri da record. Secondo il Comune, nel primo giorno sono passate dal centro storico circa 40.000 persone.
> La manifestazione, organizzata dalla Pro loco con il consorzio Sapori della Bassa, prosegue fino a domenica 26 settembre con 38 stand, laboratori per bambini e show cooking.
kp: Da sapere
* Ingresso gratuito, stand aperti dalle 11 alle 23
* Navetta gratuita dal parcheggio dell’ex zuccherificio ogni 15 minuti
* Piatti da 7 a 14 euro, pagamento anche con carta
* Centro storico chiuso al traffico fino al 26 settembre
## Il taglio del nastro con il sindaco
> Alle 11 in punto il sindaco, Luca Malaguti, ha tagliato il nastro insieme alla decana delle sfogline, Ines Bergonzini, 91 anni. «Ho cominciato a tirare la sfoglia a sei anni, in piedi su una cassetta di legno», ha raccontato tra gli applausi.
## Quanto si aspetta per un piatto di tortellini?
> All’ora di pranzo, allo stand della parrocchia, l’attesa superava i 50 minuti. Chi ha resistito racconta di non essersi pentito. I volontari hanno servito oltre 3.200 porzioni di tortellini in brodo, ossia circa 320 chili di pasta fatta a mano.
## «Il segreto? Il mattarello giusto e niente fretta»
> Lo giura Rosanna Ferrari, sfoglina dal 1979, che durante il laboratorio ha insegnato a 60 ragazzi come si tira una sfoglia «sottile che ci si legge il giornale». Le iscrizioni per i prossimi laboratori si fanno su www.festadellasfoglia-example.it oppure scrivendo a laboratori@prolocosanruffino-example.it.
## Sfida delle sfogline: San Ruffino batte Roncaglia 3-2
> La tradizionale sfida tra le sfogline dei due borghi si è decisa all’ultima prova, quella dei cappelletti. La giuria, presieduta dallo chef stellato Davide Orlandini, ha premiato la squadra di casa per «la regolarità della chiusura».
> Roncaglia chiede già la rivincita: appuntamento a domenica prossima.
## Pochi parcheggi, tanti disagi!
> Il rovescio della medaglia: auto in doppia fila, residenti esasperati e il parcheggio dell’ex zuccherificio pieno già alle 10.30. La polizia locale ha elevato 74 multe. Il sig. Gianni Pelloni, che abita in via Garibaldi: «Una festa bellissima… per chi non ci abita.»
## Stasera musica in piazza con i Liscio Bros
> Dopo cena, spazio alla musica con l’orchestra romagnola dei Liscio Bros. Il concerto è gratuito e inizia alle 21.30 in piazza Matteotti.
