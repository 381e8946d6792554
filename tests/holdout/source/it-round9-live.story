#! Italian round 9 live blogs: invented news, people, places and outlets.

=== it-live-maturita-diretta-tema
lang: it
outlet: Scuola Oggi Veneto
title: Maturità 2033, prima prova: le tracce uscite, da Pascoli all’intelligenza artificiale. La diretta
caption: Studenti del liceo Fogazzaro di Vicenza all’ingresso della prima prova.
link: https://example.it/scuola/maturita-2033-prima-prova-tracce-diretta
author: Elisa Trevisan
date: 2033-06-18 13:45:00
tags: Maturità 2033, Prima prova, Scuola, Esami
options: time=prefix bullet=⇒
> Al via la Maturità 2033. Oltre 520.000 studenti affrontano questa mattina la prima prova scritta, quella di italiano, comune a tutti gli indirizzi: sei ore di tempo per scegliere tra sette tracce divise in tre tipologie (analisi del testo, testo argomentativo, tema di attualità).
> Domani la seconda prova, diversa per ogni indirizzo: latino al classico, matematica allo scientifico. Poi gli orali, dal 24 giugno.
kp: Le tracce della prima prova
* Analisi del testo: Pascoli e una pagina di Natalia Ginzburg
* Testo argomentativo sull’intelligenza artificiale a scuola
* Tema di attualità: il valore del silenzio
## ore 13.30 | Gli studenti escono: «Il tema sul silenzio? Bellissimo»
> I primi studenti escono dal liceo Fogazzaro. «Ho scelto il tema sul silenzio. Bellissimo, potevi scrivere di tutto», racconta Giulia, 19 anni. Il suo compagno Matteo ha preferito la traccia sull’intelligenza artificiale: «L’abbiamo discussa in classe per un mese, ero preparato.»
> – E Pascoli? chiediamo.
> – Pascoli lo hanno scelto in pochi. Troppo rischioso...
## ore 12.10 | La traccia più scelta? Quella sull’IA, secondo SkuolApp
> Secondo un sondaggio dell’app per studenti SkuolApp, condotto su 4.800 maturandi, il 38% ha scelto il testo argomentativo sull’intelligenza artificiale, il 27% il tema sul silenzio e solo il 9% l’analisi del testo su Pascoli.
## ore 11.00 | Il commento del ministro Fabbrocini
> Il ministro dell’Istruzione, Renzo Fabbrocini, ha difeso la scelta delle tracce: «Abbiamo voluto mettere insieme la grande tradizione e le domande del presente. Ai ragazzi chiediamo di pensare, non di ripetere.» Il ministro ha poi augurato «buon lavoro» a tutti gli studenti e ai loro insegnanti.
## ore 9.15 | Tema di attualità: il valore del silenzio
> La traccia di tipologia C propone una riflessione sul silenzio «in un mondo di notifiche», a partire da un brano del filosofo Michele Santangelo. Agli studenti si chiede di interrogarsi sul rapporto tra silenzio, ascolto e attenzione, ecc., anche a partire dalla propria esperienza personale.
## ore 8.50 | Testo argomentativo sull’intelligenza artificiale a scuola
> Tra le tracce di tipologia B, una riguarda l’uso dell’intelligenza artificiale nello studio, a partire da un articolo della pedagogista Dott.ssa Laura Ferrandi. Le altre due propongono un testo sullo sport come strumento di inclusione e uno sulla memoria della Resistenza.
## ore 8.35 | Analisi del testo: c’è Pascoli
> È uscito Giovanni Pascoli, con la poesia Novembre, tratta da Myricae. La seconda proposta di analisi del testo è una pagina di Natalia Ginzburg da Le piccole virtù.
## ore 8.30 | Aperti i plichi: ecco le tracce
> Alle 8.30 in punto i presidenti di commissione hanno aperto il plico telematico con le tracce. Gli studenti hanno tempo fino alle 14.30. È consentito l’uso del dizionario di italiano, non quello dei sinonimi.
## ore 7.45 | Cellulari vietati: cosa si rischia
> iPhone, smartwatch e auricolari vanno consegnati prima dell’inizio della prova. Chi viene sorpreso con un dispositivo acceso rischia l’esclusione da tutte le prove d’esame, come ricorda la circolare n. 12 del ministero.

=== it-live-gp-adriatico
lang: it
outlet: Motori Italia Sera
title: Formula 1, GP dell’Adriatico: la diretta della gara. Ferretti vince al Conero davanti a DiMaggio
caption: Andrea Ferretti festeggia la vittoria sul podio dell’Autodromo del Conero.
link: https://example.it/f1/gp-adriatico-gara-diretta
author: Stefano Rinaldi
date: 2032-09-13 16:50:00
tags: Formula 1, GP dell’Adriatico, Andrea Ferretti
options: time=paren crlf
> Tutto pronto all’Autodromo del Conero per il Gran Premio dell’Adriatico, 15ª prova del Mondiale di Formula 1. Parte dalla pole position il britannico Oliver Haines, davanti all’italiano Andrea Ferretti e allo statunitense Nick DiMaggio. Gara sui 58 giri, semaforo verde alle 15.
> Circa 92.000 spettatori sono attesi sulle tribune. Meteo: sole e 27 gradi, asfalto a 44 gradi.
## 16.42 | Ferretti: «Vincere in Italia è qualcosa di unico»
> «Vincere in Italia, davanti a questa gente, è qualcosa di unico. Sognavo questo momento da quando ero un bambino sulle tribune di Monza», ha detto Ferretti sul podio, avvolto nel tricolore. Il pilota marchigiano, 26 anni, è nato a 40 km dal circuito.
## 16.31 | Ferretti vince il GP dell’Adriatico!
> Bandiera a scacchi! Andrea Ferretti vince il Gran Premio dell’Adriatico davanti a Nick DiMaggio, staccato di 3,8 secondi, e a Oliver Haines. È la sua seconda vittoria in carriera, la prima in Italia. Il pubblico invade la pista.
## 16.20 | Ultimi 5 giri: Ferretti controlla
> Il vantaggio di Ferretti su DiMaggio è stabile intorno ai 4 secondi. Haines, con le gomme usurate, perde terreno e rischia il podio.
## 15.58 | Sorpasso di Ferretti su Haines!
> Giro 37: Ferretti sfrutta il DRS sul rettilineo principale e passa Haines all’esterno della prima curva. Il Conero esplode. L’inglese prova a rispondere in curva 3, ma non c’è spazio.
## 15.40 | DiMaggio risale sulla McLaren
> Grande rimonta dello statunitense, che dopo il pit-stop supera sia Fontana sia Kowalczyk e si porta in terza posizione. DiMaggio, di origini siciliane, è il pilota più seguito sui social tra quelli in griglia.
## 15.22 | Safety car per l’incidente di Brandt
> Il tedesco Lukas Brandt perde il controllo all’uscita della curva Portonovo e finisce contro le barriere. Il pilota è uscito da solo dalla vettura ed è stato portato al centro medico per accertamenti, come da protocollo. La direzione gara ha mandato in pista la safety car.
## 15.03 | Partenza: Haines resta davanti
> Buono scatto di Haines, che mantiene la testa alla prima curva. Ferretti si difende da DiMaggio e resta secondo. Contatto nelle retrovie tra Fontana e Oyelaran, entrambi ripartono.

=== it-live-incidente-a14
lang: it
outlet: Cronache di Romagna
title: Incidente sulla A14 tra Cesena e Rimini, tir ribaltato: autostrada chiusa, code fino a 12 km
caption: Il tir ribaltato sulla carreggiata nord dell’A14 all’altezza di Gambettola.
link: https://example.it/romagna/incidente-a14-tir-ribaltato-diretta
author: Redazione
date: 2032-07-30 16:40:00
tags: A14, Incidente, Traffico, Romagna
options: time=suffix nocaptionline exit=none
caption:
> Mattinata di passione sull’A14. Un tir carico di bottiglie di vetro si è ribaltato intorno alle 9.40 nel tratto tra Cesena Nord e Rimini Nord, all’altezza di Gambettola, in direzione Bologna. L’autostrada è stata chiusa in entrambe le direzioni per consentire i soccorsi e la rimozione del mezzo.
> Nel giorno del primo grande esodo estivo, le code hanno raggiunto i 12 km verso sud e gli 8 km verso nord.
## ore 16.25 | Riaperta anche la carreggiata nord
> Alle 16.25 Autostrade ha riaperto anche la carreggiata nord. Restano code residue di 4 km tra Rimini Sud e Rimini Nord, in esaurimento. I tempi di percorrenza dovrebbero tornare alla normalità entro un’ora.
## ore 13.10 | Il camionista ferito non è grave
> Il conducente del tir, un uomo di 52 anni di origine bulgara, è stato trasportato in ambulanza all’ospedale Bufalini di Cesena. Secondo il primario del pronto soccorso, Dott. Marco Pasini, ha riportato «contusioni e una frattura al braccio sinistro», ma non è in pericolo di vita. Nessun altro veicolo è rimasto coinvolto.
> La Polizia stradale sta accertando la dinamica: tra le ipotesi, un colpo di sonno o un malore.
## ore 11.45 | Riaperta la carreggiata sud, uscita obbligatoria a Cesena Nord
> Riaperta al traffico la carreggiata in direzione Ancona. In direzione Bologna resta l’uscita obbligatoria a Cesena Nord: chi viaggia verso nord può rientrare a Rimini Nord percorrendo la via Emilia. Si consiglia di informarsi sul sito www.autostrade.example.it o sul canale radio Isoradio.
## ore 9.55 | Tir ribaltato, A14 chiusa in entrambe le direzioni
> Un mezzo pesante si è ribaltato invadendo entrambe le carreggiate. Sul posto vigili del fuoco, 118 e Polizia stradale. Il tratto tra Cesena Nord e Rimini Nord è chiuso. Bottiglie e vetri sono sparsi sull’asfalto per almeno 300 metri.

=== it-live-festival-laguna-sound
lang: it
outlet: La Nuova di Chioggia
title: Laguna Sound Festival 2032, la diretta della seconda serata: 38.000 spettatori a Sottomarina, gran finale con i Nebbia Elettrica
caption: Il pubblico sotto il palco principale del Laguna Sound Festival sulla spiaggia di Sottomarina.
link: https://example.it/chioggia/laguna-sound-festival-diretta
author: Francesca Boscolo
date: 2032-07-18 01:10:00
tags: Laguna Sound Festival, Musica, Concerti, Sottomarina
options: time=glued bullet=• nocaptionline authorspace
> Seconda serata del Laguna Sound Festival, la rassegna musicale sulla spiaggia di Sottomarina che quest’anno festeggia la decima edizione. Sul palco principale si alternano dalle 18 otto artisti, fino al concerto di chiusura dei Nebbia Elettrica, attesissimi dopo tre anni di pausa.
> Gli organizzatori contano 38.000 spettatori, il tutto esaurito. Diretta a cura della nostra redazione.
kp: I momenti da ricordare
* Il ritorno dei Nebbia Elettrica dopo tre anni
* Malori per il caldo, 46 interventi sanitari
* Navette fino alle 3, parcheggi pieni
## 00.52 | Finito! I Nebbia Elettrica salutano con “Acqua alta”
> Si chiude con la loro canzone più famosa, cantata a squarciagola da tutta la spiaggia, il concerto dei Nebbia Elettrica. Quasi due ore di live e 21 brani in scaletta. Il cantante Tommaso Zennaro ringrazia «il pubblico più bello d’Italia».
> Appuntamento a domani per la terza e ultima serata, con il rapper Davide “Doge” Vianello.
## 00.15 | Zennaro: «Pensavamo di non tornare più»
> Tra un brano e l’altro, il frontman si è rivolto al pubblico con la voce incrinata. «Tre anni fa pensavamo di non tornare più. Poi siamo venuti qui a Sottomarina e ci siamo ricordati perché abbiamo cominciato.» Ovazione della spiaggia.
## 23.40 | Quanti sono stasera? Gli organizzatori: 38.000
> Numeri da record per la decima edizione. Secondo il direttore del festival, Sig. Alvise Penzo, i biglietti per la seconda serata sono andati esauriti in 40 minuti su BigliettiNow. «Non ce l’aspettavamo. È la conferma che Chioggia può ospitare grandi eventi.»
## 22.47 | Entrano i Nebbia Elettrica!
> Boato della spiaggia. I Nebbia Elettrica salgono sul palco con dieci minuti di ritardo e attaccano con “Fondamenta”, dal nuovo album. Zennaro indossa una giacca dorata, come ai tempi del primo tour.
## 22.10 | Malori per il caldo, 46 interventi sanitari
> Alle 22 i volontari della Croce Verde hanno effettuato 46 interventi, quasi tutti per malori legati al caldo e alla disidratazione. Tre persone sono state trasportate al pronto soccorso di Chioggia. Nessuna in gravi condizioni, secondo il responsabile sanitario, Dott. Giorgio Tiozzo.
> Gli organizzatori ricordano che all’interno dell’area sono presenti 12 punti acqua gratuiti.
## 21.35 | Sul palco la cantautrice Irene Scarpa
> Atmosfera più raccolta con la cantautrice veneziana, che canta accompagnata solo dalla chitarra e da un violoncello. Applausi lunghissimi per “Bocche di porto”, il suo brano più noto.
## 20.50 | Navette fino alle 3, parcheggi pieni
> I parcheggi di Sottomarina e di Isola dell’Unione sono completi. Il Comune ha potenziato il servizio navette dal parcheggio scambiatore di Brondolo, attivo fino alle 3 di notte. Orari e percorsi su www.lagunasound.example.it/come-arrivare.
## 19.30 | La spiaggia si riempie
> Cancelli aperti dalle 17. Migliaia di ragazzi sono già sotto il palco, molti con asciugamani e ombrelloni. Nell’area sponsor, prese d’assalto le postazioni PlayStation e il truck di McDonald’s. Vietati vetro, lattine e bottiglie oltre il mezzo litro, ecc.

=== it-live-finale-scudetto-volley
lang: it
outlet: Il Gazzettino del Volley
title: Finale scudetto di pallavolo, gara 5 in diretta: Volley Laguna Venezia-Pallavolo Amiata, i veneziani campioni d’Italia al tie-break
caption: I giocatori del Volley Laguna Venezia festeggiano lo scudetto al PalaSerenissima.
link: https://example.it/volley/finale-scudetto-gara5-diretta
author: Marco Zanin
date: 2032-04-27 23:15:00
tags: Pallavolo, Superlega, Scudetto, Volley Laguna Venezia
options: time=suffixdash bullet=- bom
> Al PalaSerenissima di Mestre è andata in scena la decisiva gara 5 della finale scudetto tra Volley Laguna Venezia e Pallavolo Amiata. Le due squadre erano sul 2-2 nella serie. In palio il primo scudetto della storia per entrambe le società.
> Palazzetto esaurito da giorni: 5.000 spettatori, di cui circa 600 arrivati in pullman dalla Toscana. In tribuna anche il presidente della Lega, Dott. Claudio Bernardis, che consegnerà la coppa ai vincitori.
kp: In sintesi
* Volley Laguna Venezia campione d’Italia per la prima volta
* Decisivo il tie-break, vinto 15-12
* Il brasiliano Rafael Cunha eletto MVP della finale
## 10 minuti fa | Venezia campione d’Italia! 15-12 al tie-break
> È finita! Il Volley Laguna Venezia vince gara 5 per 3-2 (25-21, 23-25, 25-19, 22-25, 15-12) e conquista il primo scudetto della sua storia. Il PalaSerenissima è una bolgia, i giocatori si abbracciano al centro del campo.
> «Abbiamo sofferto fino all’ultimo punto, ma questa squadra non molla mai», le prime parole del capitano, Filippo Gasparini. Il brasiliano Rafael Cunha, 27 punti, è stato eletto MVP della finale.
> La festa proseguirà domani in piazza Ferretto, dove la squadra sarà accolta dal sindaco alle 18.
## 32 minuti fa | Amiata pareggia: 2-2, si va al tie-break
> Quarto set all’Amiata, che con un ace del suo opposto polacco Tomasz Wróbel chiude 25-22. Tutto rimandato al quinto set.
## 58 minuti fa | Venezia vince il terzo set 25-19
> Terzo set senza storia. Cunha ne mette 9 da solo, Amiata fatica in ricezione. Venezia avanti 2-1.
## 1 ora fa | Amiata vince il secondo set: 1-1
> Pallavolo Amiata pareggia i conti vincendo il secondo set 25-23. Decisivo un muro del centrale Daniele Pieraccini sul 23-23.
## 2 ore fa | Primo set a Venezia: 25-21
> Venezia parte forte davanti ai suoi 5.000 tifosi e chiude il primo set 25-21. Bene Gasparini in regia.

=== it-live-funerali-marisa-candiani
lang: it
outlet: Il Tempo del Lazio
title: Funerali di Marisa Candiani, l’ultimo saluto all’attrice nella chiesa degli Artisti. Applausi e lacrime a piazza del Popolo
caption: Il feretro di Marisa Candiani all’uscita dalla chiesa di Santa Maria in Montesanto.
link: https://example.it/spettacoli/funerali-marisa-candiani-diretta
author: Valentina Ricciardi
date: 2032-11-22 14:20:00
tags: Marisa Candiani, Cinema italiano, Funerali, Roma
options: bullet=-
> Roma ha dato l’ultimo saluto a Marisa Candiani, l’attrice morta mercoledì a 89 anni nella sua casa di Trastevere. I funerali si sono svolti alle 11 nella chiesa di Santa Maria in Montesanto, la «chiesa degli Artisti», gremita di colleghi, registi e amici. Centinaia di persone hanno seguito la cerimonia dai maxischermi allestiti in piazza del Popolo.
> Interprete di oltre cento film, due volte vincitrice del David di Donatello, Candiani era considerata una delle ultime grandi signore della commedia all’italiana.
kp: L’essenziale
* Chiesa gremita, centinaia di persone in piazza del Popolo
* Letto il messaggio del presidente della Repubblica
* La nipote: «Ci ha insegnato a ridere di noi stessi»
* Sepoltura nel cimitero di Ostia Antica, in forma privata
## Un lungo applauso all’uscita del feretro
> Quando la bara, coperta di rose gialle, i fiori preferiti dell’attrice, è uscita dalla chiesa, la piazza è esplosa in un applauso durato diversi minuti. Qualcuno gridava «Grazie, Marisa!», altri intonavano la canzone del suo film più famoso, Vacanze a Sperlonga (1962).
## L’omelia: «Ha fatto ridere un Paese intero»
> A celebrare il rito è stato don Paolo Ferrandi, rettore della chiesa e amico dell’attrice da trent’anni. «Ha fatto ridere un Paese intero, anche nei momenti in cui c’era poco da ridere. E ridere insieme, lo sapeva bene, è una forma di carità», ha detto nell’omelia.
> Don Ferrandi ha ricordato che Candiani, ogni Natale, portava personalmente i regali ai bambini ricoverati all’ospedale pediatrico.
## Le parole della nipote Lucia
> Dal leggio, la nipote dell’attrice, Lucia Candiani, ha letto un ricordo scritto a mano. «Zia Marisa ci ha insegnato a ridere di noi stessi, prima che degli altri. Diceva sempre: “Se non ti prendi in giro da sola, lo farà qualcun altro, e peggio.”» La chiesa si è sciolta in una risata commossa.
## Chi c’era
> In prima fila il sindaco di Roma, il ministro della Cultura e numerosi volti del cinema e della televisione. Presenti, tra gli altri, il regista Gianfranco Orsini, che l’aveva diretta in sette film, e la Sig.ra Adele Martucci, storica sarta di scena di Cinecittà. Il presidente della Repubblica ha inviato un messaggio, letto all’inizio della cerimonia.
## «Era la nostra mamma sul set»
> All’esterno, tra la folla, anche tanti tecnici del cinema. «Era la nostra mamma sul set. Ti chiedeva dei figli, si ricordava i nomi di tutti...», racconta commosso Sergio Pallotta, macchinista in pensione, che lavorò con lei in quindici film.
## Una carriera lunga settant’anni
> Nata a Frosinone nel 1943, Candiani debuttò a 17 anni in un fotoromanzo e arrivò al cinema nel 1961. Tra commedie, film d’autore e fiction televisive, ha lavorato con i più importanti registi italiani. L’ultimo ruolo nel 2029, in una serie prodotta da StreamItalia.
> 2 David di Donatello, 3 Nastri d’argento e un Leone d’oro alla carriera nel 2015: i premi non le interessavano, diceva, «ma fanno piacere alla portinaia».
