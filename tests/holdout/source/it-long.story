#! Italian held-out articles, long paragraphs: invented news, invented people.

=== it-live-crisi-governo
lang: it
outlet: Il Corriere del Tirreno
title: Crisi di governo, la diretta: il premier Ferraris sale al Quirinale, «Ci sono ancora i numeri»
caption: Il presidente del Consiglio Giulio Ferraris lascia Palazzo Chigi diretto al Quirinale.
link: https://example.it/politica/crisi-governo-ferraris-diretta
author: Francesca Lombardi
date: 2027-10-21 21:05:00
tags: Politica, Governo, Quirinale
> Il presidente del Consiglio Giulio Ferraris è salito al Quirinale nel tardo pomeriggio per un colloquio di oltre un’ora con il capo dello Stato, dopo che il partito centrista Italia Domani ha ritirato la fiducia al governo. Il premier non ha rassegnato le dimissioni e ha chiesto di potersi presentare alle Camere per verificare se esiste ancora una maggioranza.
> Secondo fonti di Palazzo Chigi, il voto di fiducia potrebbe tenersi già martedì al Senato, dove i numeri sono più incerti. Ecco tutti gli aggiornamenti.
kp: I punti chiave
* Italia Domani ritira la fiducia al governo
* Ferraris al Quirinale: nessuna dimissione per ora
* Fiducia al Senato forse martedì
* Le opposizioni chiedono il voto anticipato
## Ferraris al Quirinale: «Ci sono ancora i numeri»
> Uscendo dal Quirinale, intorno alle 19.40, Ferraris ha rilasciato una breve dichiarazione ai giornalisti. «Ho informato il presidente della Repubblica della situazione. Ci sono ancora i numeri per andare avanti e lo dimostreremo in Parlamento», ha detto, senza rispondere alle domande. Poi è risalito in auto ed è rientrato a Palazzo Chigi.
> È la prima volta dall’inizio della legislatura che il premier si trova senza una maggioranza certa. Il colloquio al Colle, secondo quanto trapela, si è svolto «in un clima di grande cordialità».
## Italia Domani ritira la fiducia al governo
> Il leader di Italia Domani, Massimo Orlandi, ha annunciato nel primo pomeriggio il ritiro della delegazione del suo partito dal governo, che comprende due ministri e tre sottosegretari. «Non possiamo più sostenere un esecutivo che ha tradito gli impegni sul Mezzogiorno e sulle infrastrutture», ha dichiarato in conferenza stampa alla Camera.
> Orlandi ha precisato che i suoi parlamentari, 11 deputati e 6 senatori, non voteranno la fiducia. Una parte del gruppo sarebbe però contraria alla rottura, secondo diverse fonti parlamentari.
## Orlandi: «Non è una questione di poltrone»
> In un’intervista al Tg1 delle 20, il leader di Italia Domani ha respinto le accuse di aver aperto la crisi per ottenere più posti nel governo. «Non è una questione di poltrone, le nostre due ministre si sono dimesse stamattina e nessuno ci ha offerto nulla», ha detto Orlandi. Ha poi elencato le richieste del suo partito: il completamento dell’alta velocità Salerno-Reggio Calabria entro il 2032, un piano straordinario per l’acqua nel Mezzogiorno da 4,5 miliardi e la revisione del patto di stabilità interno per i Comuni sotto i 5.000 abitanti. «Se il premier accoglie queste proposte, ne parliamo. Altrimenti, si vota.»
## Il Pd: «Pronti al voto anche domani»
> Il segretario del Pd ha detto che il suo partito è «pronto al voto anche domani» e ha escluso qualsiasi ipotesi di governo tecnico o di larghe intese. «Gli italiani hanno diritto di scegliere da chi farsi governare, non possiamo consegnare il Paese a un altro esecutivo nato nel Palazzo», ha dichiarato a margine di un’iniziativa a Bologna. Più cauti alcuni esponenti dell’area riformista, che non escludono un sostegno esterno a un governo di scopo per approvare la legge di bilancio.
## I numeri al Senato: la maggioranza appesa a 4 voti
> Senza i sei senatori di Italia Domani, la maggioranza scende a 100 voti su 200, a cui si aggiungono i senatori a vita. La soglia per ottenere la fiducia è la maggioranza dei presenti, quindi il governo potrebbe sopravvivere anche con un margine minimo. Decisivi saranno i 4 senatori del gruppo Misto che non hanno ancora fatto sapere come voteranno.
## Le opposizioni chiedono il voto anticipato
> Le opposizioni, unite, chiedono di tornare alle urne. «Il governo non ha più una maggioranza, il presidente del Consiglio ne prenda atto», ha detto la segretaria del principale partito di opposizione. «Ogni giorno di agonia è un giorno perso per il Paese.» Il centrodestra di opposizione ha chiesto un incontro urgente con il capo dello Stato.
## Cosa succede adesso? Le tre strade possibili
> Le strade sono tre. Ferraris potrebbe ottenere la fiducia in entrambe le Camere e proseguire con una maggioranza più ristretta. Potrebbe invece dimettersi, aprendo la strada alle consultazioni del Quirinale e a un possibile governo tecnico. Oppure, in caso di sfiducia, il presidente della Repubblica potrebbe sciogliere le Camere e indire elezioni anticipate entro 70 giorni.
## Borsa, Piazza Affari chiude in calo del 2,1 %
> La crisi politica pesa sui mercati. Piazza Affari ha chiuso la seduta in calo del 2,1 %, la peggiore d’Europa, con i titoli bancari in forte ribasso. Lo spread tra Btp e Bund tedeschi è salito a 168 punti base, dai 151 della chiusura di ieri. Secondo gli analisti, la tensione potrebbe durare fino al voto di fiducia.
## Legge di bilancio a rischio? I tempi stretti di ottobre
> La crisi arriva nel momento peggiore per i conti pubblici. Il disegno di legge di bilancio, approvato dal Consiglio dei ministri la settimana scorsa, deve essere esaminato dal Parlamento e approvato entro il 31 dicembre, pena l’esercizio provvisorio. Il documento programmatico di bilancio è già stato inviato a Bruxelles il 15 ottobre. Secondo i tecnici del ministero dell’Economia, anche un governo dimissionario potrebbe portare avanti la manovra «per gli affari correnti», ma con margini molto ridotti per eventuali modifiche. L’Ufficio parlamentare di bilancio ha avvertito che uno slittamento potrebbe costare fino a 0,2 punti di Pil.
## Mattarella? No, il Colle non commenta
> Dal Quirinale nessun commento ufficiale dopo il colloquio. Fonti del Colle si limitano a ribadire che «la parola spetta al Parlamento» e che il capo dello Stato seguirà con attenzione l’evolversi della situazione. Nessuna data è stata fissata per eventuali consultazioni.
## Buongiorno e benvenuti
> Buongiorno e benvenuti alla diretta sulla crisi di governo. Stamattina alle 11 si riunisce la direzione nazionale di Italia Domani, che dovrà decidere se restare nella maggioranza. Seguiremo qui tutti gli sviluppi della giornata.

=== it-live-festival-portoreale
lang: it
outlet: Spettacoli Oggi
title: Festival della canzone di Portoreale 2027, la finale in diretta: vince Chiara Nardelli con «Lettere dal mare»
caption: Chiara Nardelli sul palco del Teatro Ariston di Portoreale.
link: https://example.it/spettacoli/festival-portoreale-finale-diretta
author:
date: 2027-02-14 01:45:00
tags: Musica, Festival di Portoreale, Televisione
options: crlf
> È Chiara Nardelli la vincitrice della 58ª edizione del Festival della canzone di Portoreale. La cantautrice salentina, 26 anni, ha conquistato il primo posto con «Lettere dal mare», una ballata per pianoforte e archi dedicata al padre pescatore, davanti ai Neon Cardinali e a Davide Esposito.
> La finale, condotta da Marco Benassi e Laura Ruggeri, è durata oltre cinque ore ed è stata seguita da 12,4 milioni di spettatori, con uno share del 68,3 %, il migliore dal 1995. Ecco come è andata.
kp: In breve
* Vince Chiara Nardelli con «Lettere dal mare»
* Secondi i Neon Cardinali, terzo Davide Esposito
* Ascolti record: 12,4 milioni e il 68,3 % di share
## Vince Chiara Nardelli con «Lettere dal mare»
> È l’una e venti quando Marco Benassi apre la busta e legge il nome di Chiara Nardelli. La cantante scoppia in lacrime e abbraccia il direttore d’orchestra, mentre il pubblico del teatro si alza in piedi. «Questa canzone è per mio padre, che stanotte è in mare e non lo sa ancora», dice al microfono con la voce rotta.
> Nardelli era arrivata al Festival quasi sconosciuta al grande pubblico, dopo due album autoprodotti e qualche centinaio di concerti nei piccoli club. Il suo brano era in testa alla classifica della sala stampa fin dalla prima serata.
## Secondi i Neon Cardinali, terzo Davide Esposito
> Alle sue spalle si sono classificati i Neon Cardinali, il gruppo milanese rivelazione dell’anno, con l’elettronica di «Notte fonda», e il rapper napoletano Davide Esposito con «Quartiere». Quarta la veterana Ornella Cattaneo, che ha ottenuto anche il premio della critica Mia Martini.
## «Non ci credo ancora»: le prime parole della vincitrice
> In sala stampa, avvolta in una coperta dopo ore sul palco, Nardelli ha raccontato di aver scritto la canzone in una notte, due anni fa, sul tavolo della cucina. «Non ci credo ancora. Domani mi sveglio e scopro che ho sognato tutto…» Ha confermato che rappresenterà l’Italia all’Eurovision, in programma a maggio.
## Ascolti record: 12,4 milioni e il 68,3 % di share
> La finale ha ottenuto un ascolto medio di 12,4 milioni di spettatori con il 68,3 % di share, secondo i dati Auditel. Si tratta del miglior risultato per una serata finale dal 1995. Il picco è stato registrato alle 0.47, durante la proclamazione dei tre finalisti, con oltre 15 milioni di spettatori e il 79 % di share.
## Polemica sul televoto: «Sistema in tilt per 20 minuti»
> Qualche polemica per un problema tecnico al sistema di televoto, rimasto bloccato per circa 20 minuti durante la seconda fase della serata. La Rai ha spiegato che il blocco è stato causato da un «picco anomalo di traffico», con oltre 3 milioni di voti arrivati in pochi minuti, e che tutti i voti inviati sono stati comunque conteggiati. Il Codacons ha annunciato un esposto all’Agcom, chiedendo la verifica dei dati da parte di un ente terzo. «Chi ha pagato 51 centesimi per votare ha diritto di sapere se il suo voto è stato conteggiato», ha detto il presidente dell’associazione.
## 24 canzoni in gara: la classifica completa
> Ecco la classifica finale dei primi dieci: 1. Chiara Nardelli, «Lettere dal mare»; 2. Neon Cardinali, «Notte fonda»; 3. Davide Esposito, «Quartiere»; 4. Ornella Cattaneo, «Una stanza»; 5. Luca Ferri, «Domenica»; 6. Bianca & i Satelliti, «Zero gradi»; 7. Tommaso Riva, «Mille volte»; 8. Elisa Conti, «Ossigeno»; 9. I Fratelli Morelli, «Ballata per Palermo»; 10. Giada Rinaldi, «Sabbia». Ultimo posto per il duo elettronico Kappa & Zeta.
## Il monologo di Laura Ruggeri divide il pubblico
> Ha fatto discutere il monologo della co-conduttrice Laura Ruggeri sulla violenza economica contro le donne. Molti spettatori l’hanno applaudito sui social, altri l’hanno giudicato «fuori luogo» in una serata di musica. Ruggeri ha risposto con un messaggio breve: «Sul palco si canta, ma si può anche pensare».
## Ospite a sorpresa: torna sul palco Lucio Marangoni
> Standing ovation per Lucio Marangoni, 81 anni, vincitore del Festival nel 1971, che è tornato sul palco dopo quasi vent’anni per cantare «Il mare d’inverno» insieme alla vincitrice dell’anno scorso. Il pubblico ha cantato con lui ogni parola.
## Il look della serata: il frac di Esposito e le piume di Cattaneo
> Sul fronte dei look, la serata è stata dominata dal frac bianco di Davide Esposito, firmato da una giovane stilista napoletana, e dall’abito di piume nere di Ornella Cattaneo, che ha ricordato a molti le serate del Festival degli anni Settanta. Chiara Nardelli ha scelto invece un semplice abito blu notte, senza gioielli. «Volevo che si ascoltasse la canzone, non che si guardasse il vestito», ha spiegato in conferenza stampa.
## Le pagelle della finale
> Chiara Nardelli: 9. Voce, presenza, emozione, nessuna sbavatura. Neon Cardinali: 8. Modernissimi ma con una melodia che resta. Davide Esposito: 7,5. Il pezzo più vero della serata. Ornella Cattaneo: 7. Eleganza d’altri tempi. I conduttori: 6,5. Troppi tempi morti nella prima parte, ecc.
## La scaletta della serata
> Si parte alle 20.40 con l’esibizione di tutti i 24 artisti in gara, poi il televoto, il voto della sala stampa e delle radio. Dopo la mezzanotte i tre finalisti si esibiranno di nuovo, e il vincitore sarà proclamato con il voto combinato di pubblico, giuria della stampa e giuria delle radio.

=== it-live-ardesio-eruzione
lang: it
outlet: Gazzetta dello Ionio
title: Eruzione del Monte Ardesio, la diretta: aeroporto chiuso, cenere su Valverde e Santa Croce
caption: La colonna di cenere sopra il cratere sud-est del Monte Ardesio.
link: https://example.it/cronaca/eruzione-monte-ardesio-diretta
author: Salvatore Grasso
date: 2027-06-03 18:50:00
tags: Cronaca, Vulcani, Protezione civile
options: time=prefix
> Il Monte Ardesio è tornato a farsi sentire. Dalle prime ore di oggi il vulcano produce una fontana di lava dal cratere sud-est e una colonna di cenere alta fino a 9 chilometri, che il vento spinge verso est. L’aeroporto di Valverde è chiuso e diversi comuni sono coperti da uno strato di cenere vulcanica.
kp: Gli aggiornamenti principali
* Fontana di lava dal cratere sud-est
* Aeroporto di Valverde chiuso fino alle 20
* Nessun pericolo per i centri abitati, secondo l’Ingv
## 18:48 | L’Ingv: «Fase parossistica in esaurimento»
> Secondo l’ultimo comunicato dell’Istituto nazionale di geofisica e vulcanologia, la fase parossistica è in esaurimento. La fontana di lava si è interrotta intorno alle 17.50 e il tremore vulcanico è tornato su valori medi. Resta attiva una modesta emissione di cenere dal cratere sud-est, che il vento continua a disperdere verso est. La colata di lava, ormai alimentata debolmente, si sta raffreddando nella parte alta della Valle del Bove. L’Ingv ha riportato il livello di allerta per il volo da rosso ad arancione.
## 18:35 | Riapre una pista dell’aeroporto
> La società di gestione dell’aeroporto di Valverde comunica che dalle 20 riaprirà una pista, con una capacità ridotta a 8 movimenti orari. Circa 70 voli sono stati cancellati nel corso della giornata e altri 40 dirottati su Palermo e Catania. I passeggeri sono invitati a verificare lo stato del proprio volo con la compagnia aerea.
## 17:10 | Agricoltori preoccupati per i vigneti
> La cenere caduta sulle campagne preoccupa gli agricoltori del versante orientale, in particolare i viticoltori, a poche settimane dalla fioritura. «Uno strato sottile non fa danni, anzi, nel lungo periodo arricchisce il terreno. Ma se ne cade troppa sulle foglie, la pianta soffre», spiega Alfio Scuderi, presidente del consorzio di tutela dei vini dell’Ardesio. La Coldiretti regionale chiede che venga riconosciuto lo stato di calamità naturale per i comuni più colpiti.
## 16:20 | Cenere su Santa Croce: «Strade come piste da sci»
> «Sembra di camminare sulla sabbia nera, le strade sono come piste da sci», racconta Giuseppe, commerciante di Santa Croce. Il sindaco ha vietato la circolazione di moto e bici fino a domani e ha chiesto ai cittadini di raccogliere la cenere nei sacchi distribuiti dal Comune, senza gettarla nei tombini.
## 14:05 | Nessun pericolo per i centri abitati, secondo l’Ingv
> L’Istituto nazionale di geofisica e vulcanologia precisa che la colata di lava, lunga circa 2,5 chilometri, si sta espandendo in una zona disabitata della Valle del Bove. «Non c’è alcun pericolo per i centri abitati», ha dichiarato la dott.ssa Marta Privitera, vulcanologa dell’Osservatorio etneo. L’attività potrebbe però durare ancora alcune ore.
## 12:30 | Il sindaco di Valverde: «Non uscite se non necessario»
> Il sindaco di Valverde, l’avv. Corrado Lo Faro, ha firmato un’ordinanza che raccomanda ai cittadini con patologie respiratorie di restare in casa e di tenere chiuse le finestre. Gli uffici comunali restano aperti, ma le attività all’aperto delle scuole sono sospese. «Non c’è motivo di allarme, ma la cenere sottile può dare fastidio agli occhi e ai polmoni. Meglio non uscire se non è necessario», ha detto il sindaco in un video pubblicato sui canali social del Comune.
## 11:50 | Aeroporto di Valverde chiuso fino alle 20
> L’Enac ha disposto la chiusura dell’aeroporto di Valverde fino alle 20 a causa della cenere vulcanica. Le compagnie aeree hanno iniziato a cancellare i voli in partenza e in arrivo. Il gestore ha allestito aree di assistenza per i passeggeri nell’aerostazione.
## 10:45 | Fontana di lava dal cratere sud-est
> Dalle 9.30 circa il cratere sud-est ha iniziato a produrre una fontana di lava alta diverse centinaia di metri, visibile da buona parte della costa. La colonna di cenere ha raggiunto i 9 chilometri di altezza. L’Ingv ha alzato il livello di allerta per il volo (VONA) a rosso.
## 07:15 | Tremore in aumento nella notte
> Nella notte i sismografi dell’Ingv hanno registrato un aumento progressivo del tremore vulcanico, segnale di risalita del magma. Alle 6.40 sono state osservate le prime esplosioni stromboliane al cratere sud-est. La Protezione civile regionale ha attivato la sala operativa.

=== it-plain-appalto-mense
lang: it
outlet: La Provincia di Valtorre
title: Mense scolastiche, il Comune di Valtorre annulla l’appalto da 3,2 milioni: esposto in Procura
caption:
link: https://example.it/valtorre/mense-scolastiche-appalto-annullato
author: dott. Paolo Zanetti
date: 2027-03-17 07:30:00
tags: Valtorre, Scuola, Appalti
> Il Comune di Valtorre ha annullato in autotutela la gara da 3,2 milioni di euro per il servizio di mensa nelle scuole dell’infanzia e primarie, aggiudicata lo scorso dicembre alla Ristorazione Alpina S.p.A. di Bergamo. La decisione, firmata martedì dal dirigente del settore Istruzione, ing. Roberto Ferrante, arriva dopo che un consigliere di opposizione ha presentato un esposto in Procura.
> Secondo l’esposto, il punteggio tecnico attribuito all’azienda vincitrice sarebbe stato gonfiato grazie a una clausola del bando, la n. 14, che premiava le imprese con un centro cottura entro 30 km dal capoluogo. Una condizione che, sostiene l’opposizione, «solo un’azienda in tutta la provincia poteva soddisfare». La seconda classificata, la Coop. Sole d’Italia, aveva offerto un ribasso del 7,5 % contro l’1,2 %.
> «Abbiamo verificato che il bando conteneva effettivamente un criterio sproporzionato, e per questo abbiamo deciso di annullare la procedura», ha spiegato l’assessora all’Istruzione, la dott.ssa Giulia Manfredi. «Non c’è nessuna irregolarità dolosa da parte degli uffici, ma preferiamo ripartire da zero piuttosto che rischiare un contenzioso.»
> È una decisione che non convince il consigliere che ha presentato l’esposto, l’avv. Stefano Rinaldi, capogruppo della lista civica Valtorre Bene Comune. «Il Comune ammette l’errore solo dopo che la cosa è diventata pubblica. Ora vogliamo sapere chi ha scritto quella clausola e perché», ha detto. Il Sig. Rinaldi ha chiesto la convocazione urgente della commissione consiliare di controllo.
> Il servizio, intanto, non subirà interruzioni. La Ristorazione Alpina continuerà a fornire i pasti in regime di proroga tecnica fino all’aggiudicazione della nuova gara, prevista entro giugno. Sono circa 2.400 i bambini che ogni giorno mangiano nelle mense delle 11 scuole comunali, per un costo a pasto di 5,18 euro, di cui 3,90 a carico delle famiglie.
> Ai genitori la vicenda interessa soprattutto per la qualità del cibo. Negli ultimi mesi la commissione mensa, composta da genitori e insegnanti, aveva segnalato più volte porzioni scarse, pasta scotta, frutta acerba ecc. «Speriamo che la nuova gara dia più peso alla qualità e meno al prezzo», dice Anna Bertolini, rappresentante dei genitori della scuola primaria Don Milani.
> L’azienda, contattata dal nostro giornale, ha fatto sapere attraverso il proprio legale di aver «sempre operato nel pieno rispetto della legge» e di valutare un ricorso al Tar di Brescia contro l’annullamento. Nel 2026 la Ristorazione Alpina S.p.A. ha fatturato 48,7 milioni di euro e dà lavoro a circa 620 persone in Lombardia e in Veneto.
> Non è la prima volta che gli appalti del Comune finiscono sotto la lente. Nel 2024 la Corte dei conti aveva segnalato alcune criticità nella gestione del servizio di trasporto scolastico, affidato per tre anni consecutivi con proroghe tecniche senza una nuova gara. Allora il Comune si era giustificato con la difficoltà di trovare operatori disponibili, e la vicenda si era chiusa senza conseguenze. Secondo il Sig. Rinaldi, però, «c’è un problema di metodo che si ripete: bandi scritti in fretta, criteri poco chiari e troppa discrezionalità negli uffici». La maggioranza respinge le accuse e ricorda che, dal 2025, tutte le procedure sopra i 140.000 euro passano da una centrale unica di committenza provinciale.
> Il sindaco, il dott. Luigi Caprioli, ha invitato a «non trasformare una correzione amministrativa in uno scandalo». «Abbiamo visto un errore e lo abbiamo corretto prima che producesse danni. È esattamente quello che deve fare una pubblica amministrazione seria», ha detto, annunciando che sul nuovo bando sarà chiesto un parere preventivo all’Autorità nazionale anticorruzione.
> Il nuovo bando sarà pubblicato sull’albo pretorio online e sul sito del Comune, www.comune.valtorre.example, entro la fine di aprile. Per informazioni le famiglie possono scrivere a istruzione@comune.valtorre.example o telefonare allo 035 123 4567 dal lunedì al venerdì, dalle ore 9 alle 12.30.
> Ulteriori dettagli saranno forniti nel consiglio comunale di lunedì 24 marzo, alle ore 20.30, nella sala consiliare di Palazzo Albani, p.zza Vittorio Veneto n. 1.
