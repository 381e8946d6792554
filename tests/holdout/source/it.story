#! Italian held-out articles: invented news.

=== it-plain-ex-caserma
lang: it
outlet: Il Gazzettino di Borgomarino
title: Borgomarino, il Comune vende l’ex caserma a una S.p.A. milanese: polemiche in consiglio
caption: L’ex caserma Garibaldi, abbandonata dal 2009.
link: https://example.it/borgomarino/vendita-ex-caserma-garibaldi
author: Francesca Bellini
date: 2026-09-22 08:40:00
tags: Borgomarino, Urbanistica
> Il consiglio comunale di Borgomarino ha approvato lunedì sera, con 11 voti favorevoli e 6 contrari, la vendita dell’ex caserma Garibaldi alla Costiera Immobiliare S.p.A. di Milano per 3,5 milioni di euro. Al posto dell’edificio, abbandonato dal 2009, sorgeranno un albergo e 42 appartamenti.
> «È un’occasione che non possiamo perdere», ha detto il sindaco, dott. Alberto Ferrante. «L’edificio cade a pezzi e ci costa 80.000 euro l’anno solo per la messa in sicurezza.»
> L’opposizione ha chiesto invano il rinvio del voto. Secondo la capogruppo di Borgomarino Bene Comune, l’avv. Giulia Santoro, il prezzo sarebbe «almeno un terzo sotto il valore di mercato», e il progetto lascia aperte troppe questioni: destinazioni d’uso, parcheggi, verde pubblico, ecc.
> Alle 21.30 la seduta è stata sospesa per dieci minuti dopo le proteste del pubblico.
> In sala erano presenti una quarantina di residenti del quartiere della Marina, alcuni con cartelli con la scritta «La caserma è di tutti». Il comitato di quartiere ha raccolto 1.250 firme per chiedere che una parte dell’edificio diventi una biblioteca o un centro per anziani. Il video della seduta, trasmesso in diretta su YouTube, è stato visto 9.400 volte.
> La società acquirente, che in Liguria ha già realizzato due resort, si è impegnata a riservare il 10% degli appartamenti a canone concordato. L’amministratore delegato, Luca DiNardo, ha annunciato l’avvio dei lavori entro 18 mesi.
> Perché proprio adesso?
> Il Comune deve restituire entro il 2028 un prestito di 2,9 milioni alla Cassa depositi e prestiti. «Senza questa vendita avremmo dovuto tagliare i servizi… o aumentare l’Imu», ha spiegato l’assessore al Bilancio, Pietro Lanza.
> La delibera sarà pubblicata sull’albo pretorio online, all’indirizzo www.comune.borgomarino.example, entro la fine della settimana. Le osservazioni possono essere inviate a protocollo@comune.borgomarino.example.
> Il prossimo consiglio è fissato per giovedì 12 alle 18.00.

=== it-live-alluvione-valfredda
lang: it
outlet: Cronache del Levante Esempio
title: Alluvione in Val Fredda, la diretta: esonda il torrente Lesina, 300 sfollati a Roccaforte
caption: Il torrente Lesina esondato nel centro di Roccaforte.
link: https://example.it/cronaca/diretta-alluvione-val-fredda
author: Redazione
date: 2026-10-28 18:45:00
tags: Maltempo, Alluvione, Val Fredda
options: bullet=•
> Piogge torrenziali si abbattono da ieri sera sulla Val Fredda, nell’entroterra di Borgomarino. In dodici ore sono caduti oltre 350 millimetri di pioggia: il torrente Lesina è esondato nel centro di Roccaforte.
> La Protezione civile regionale ha prorogato l’allerta rossa fino alla mezzanotte.
kp: Cosa sapere
* Esonda il torrente Lesina, 300 sfollati a Roccaforte
* Allerta rossa prorogata fino a mezzanotte
* Scuole chiuse domani in tutta la valle
* Un disperso a Pieve Alta
## 20 minuti fa | Ritrovato il disperso di Pieve Alta
> È stato ritrovato vivo l’uomo di 72 anni disperso da questa mattina a Pieve Alta. Si era rifugiato in un fienile dopo che la sua auto era stata bloccata dal fango. È stato portato all’ospedale di Borgomarino per accertamenti, ma le sue condizioni non sono gravi.
> «Ha detto che ha passato la giornata a guardare la pioggia e a pregare», racconta uno dei soccorritori del Soccorso alpino.
## 1 ora fa | Il sindaco di Roccaforte: «Abbiamo bisogno di tutto»
> Il sindaco di Roccaforte, Giovanni Pastorino, ha lanciato un appello: «Abbiamo bisogno di tutto: pompe idrovore, stivali, pale, volontari. Chi può venga, ma solo da domani mattina, con la luce».
> Nel paese di 2.100 abitanti l’acqua ha raggiunto 1,5 metri nella piazza del Municipio.
## 2 ore fa | Scuole chiuse domani in tutta la valle
> I sindaci dei sette comuni della Val Fredda hanno firmato ordinanze di chiusura di scuole di ogni ordine e grado per la giornata di domani. Chiusi anche i cimiteri, i parchi e gli impianti sportivi.
## 3 ore fa | Esonda il torrente Lesina, 300 sfollati a Roccaforte
> Poco dopo le 14 il torrente Lesina ha rotto gli argini all’altezza del ponte di via Roma. Circa 300 persone sono state evacuate dai vigili del fuoco, alcune con i gommoni. Sono ospitate nella palestra della scuola media e in alcuni alberghi della costa.
> «L’acqua è entrata in casa in dieci minuti, non abbiamo fatto in tempo a salvare niente», racconta Teresa, 58 anni, con in braccio il suo gatto.
## 4 ore fa | Un disperso a Pieve Alta
> Un uomo di 72 anni risulta disperso nella frazione di Pieve Alta. I familiari non hanno sue notizie dalle 9 di questa mattina, quando era uscito in auto per raggiungere il suo orto.
## 5 ore fa | Allerta rossa prorogata fino a mezzanotte
> La Protezione civile regionale ha prorogato l’allerta rossa per la Val Fredda fino alla mezzanotte. Sono attese ancora precipitazioni «molto forti e persistenti», fino a 80 millimetri in tre ore.
> Su tutta la costa è in vigore l’allerta arancione.
## 7 ore fa | Chiusa la provinciale 45
> La strada provinciale 45 è chiusa tra Borgomarino e Roccaforte per una frana all’altezza del km 12. I tecnici della Provincia sono sul posto, ma non è possibile dire quando riaprirà.

=== it-live-derby-borgomarino
lang: it
outlet: Sport Riviera Esempio
title: Borgomarino-Pontelungo 2-2, il derby in diretta: pari al 94’ di Esposito
caption: Esposito festeggia il gol del pareggio sotto la curva.
link: https://example.it/calcio/diretta-derby-borgomarino-pontelungo
author: Andrea Gallo
date: 2026-11-01 17:05:00
tags: Calcio, Serie C, Derby
options: bullet=- time=glued
> Allo stadio Comunale va in scena il derby della Riviera tra Borgomarino e Pontelungo, prima contro terza nel girone A di Serie C. In palio il primo posto solitario.
kp: In sintesi
* Finisce 2-2: Esposito pareggia al 94’
* Doppietta di McGregor per il Pontelungo
* Espulso Rinaldi al 70’
## 16:58 | Finisce 2-2! Che derby!
> Il triplice fischio chiude una partita incredibile. Il Borgomarino resta primo, il Pontelungo a due punti. I tifosi di casa cantano sotto la curva nord nonostante la pioggia.
> L’allenatore del Borgomarino, Massimo Ricci: «In dieci, sotto di un gol, al 94’… Questa squadra non molla mai. Sono orgoglioso di loro.»
## 16:54 | GOL! Esposito al 94’: 2-2
> Incredibile al Comunale! Su un cross di Bianchi, Ciro Esposito si avvita e di testa batte il portiere. È il 2-2 all’ultimo respiro!
> Esposito corre sotto la curva, si toglie la maglia e viene sommerso dai compagni. Ammonito, ma chi se ne importa.
## 16:47 | Sei minuti di recupero
> L’arbitro Pellegrini di Bari concede sei minuti di recupero. Il Borgomarino, in dieci, prova l’assalto finale.
## 16:31 | Espulso Rinaldi: Borgomarino in dieci
> Secondo giallo per il difensore Matteo Rinaldi, che atterra McGregor lanciato a rete. Proteste dalla panchina di casa, ma la decisione sembra corretta.
> Il tecnico Ricci corre dal quarto uomo, poi si calma e cambia modulo: fuori Gatti, dentro il difensore Sala. Si passa al 4-4-1.
## 16:20 | GOL! McGregor ancora: 1-2
> Doppietta per lo scozzese Ewan McGregor, che raccoglie una respinta corta della difesa e insacca da pochi passi.
## 16:02 | Si riparte
> Comincia la ripresa. Nessun cambio per le due squadre.
## 15:47 | Fine primo tempo: 1-1
> Un primo tempo vivace, con un gol per parte e un palo per il Pontelungo.
> Meglio gli ospiti nella prima mezz’ora, più intraprendente il Borgomarino dopo il pareggio. Da segnalare un intervento decisivo di Marchetti su Ferraro al 41’, con la punta del piede.
> Il dato: 57% di possesso palla per il Pontelungo, 6 tiri a 5 per il Borgomarino.
## 15:38 | GOL! Pareggio del Borgomarino: 1-1
> Risponde subito il Borgomarino con il capitano Daniele Ferri, che su punizione dai 22 metri non lascia scampo al portiere. Lo stadio esplode.
## 15:29 | GOL! McGregor porta avanti il Pontelungo
> Lo scozzese del Pontelungo anticipa tutti sul primo palo su calcio d’angolo: 0-1.
## 15:00 | Si parte!
> Fischio d’inizio al Comunale, davanti a 7.800 spettatori. Il Borgomarino in maglia granata, il Pontelungo in bianco.
## 14:30 | Le formazioni ufficiali
> Borgomarino (4-3-3): Marchetti; Rinaldi, Conti, Ferri, Bianchi; De Luca, Romano, Colombo; Esposito, Gatti, Moretti. Pontelungo (3-5-2): Greco; Barbieri, Fontana, Caruso; Mancini, Rizzo, Lombardi, Costa, Marino; McGregor, Ferraro.

=== it-live-vertice-mediterraneo
lang: it
outlet: Il Gazzettino di Borgomarino
title: Vertice dei ministri del Mediterraneo a Borgomarino: la diretta della giornata
caption: I ministri posano per la foto di famiglia sulla terrazza del Palazzo dei Congressi.
link: https://example.it/politica/diretta-vertice-mediterraneo-borgomarino
author: Francesca Bellini, Stefano Oddone
date: 2026-04-17 19:30:00
tags: Politica, Esteri, Mediterraneo
> I ministri degli Esteri di undici Paesi del Mediterraneo si riuniscono oggi a Borgomarino per un vertice dedicato a migrazioni, energia e pesca. È la prima volta che la città ospita un incontro internazionale di questo livello.
> Imponenti le misure di sicurezza: il centro storico è chiuso al traffico dalle 7 alle 21 e il porto è interdetto alla navigazione da diporto.
kp: I punti principali
* Firmata la Dichiarazione di Borgomarino
* Accordo su un fondo comune da 1,2 miliardi per le rotte migratorie
* Nessuna intesa sulla pesca del tonno rosso
* Corteo pacifico di 3.000 persone in centro
## 19.25 | La diretta si chiude qui
> Si chiude la giornata del vertice. Grazie per averci seguito: domani sul giornale l’analisi completa della Dichiarazione di Borgomarino.
## 19.02 | Il sindaco Ferrante: «Una giornata storica per la città»
> «Borgomarino ha dimostrato di saper accogliere il mondo», ha detto il sindaco Alberto Ferrante. «Ringrazio le forze dell’ordine, i volontari e tutti i cittadini per la pazienza.»
## 18.40 | Firmata la Dichiarazione di Borgomarino
> Gli undici ministri hanno firmato la Dichiarazione di Borgomarino, un testo di 14 pagine che impegna i Paesi firmatari a rafforzare la cooperazione su migrazioni, energia e ricerca marina.
> La ministra italiana l’ha definita «un punto di partenza, non di arrivo».
## 18.15 | Nessuna intesa sulla pesca del tonno rosso
> Sulla pesca del tonno rosso non c’è accordo. Spagna e Malta chiedono quote più alte, la Grecia e l’Italia vogliono mantenere i limiti attuali. Il dossier passa alla riunione tecnica di giugno a Valletta.
## 17.50 | Conferenza stampa finale in ritardo
> La conferenza stampa finale, prevista per le 17.30, è slittata di almeno un’ora. Fonti diplomatiche parlano di «limature al testo» sul capitolo della pesca.
## 17.22 | Il corteo si scioglie senza incidenti
> Il corteo si è sciolto pacificamente in piazza Vittorio Veneto. La questura non segnala incidenti né fermi.
## 16.55 | Accordo su un fondo comune da 1,2 miliardi per le rotte migratorie
> I ministri hanno trovato l’intesa su un fondo comune da 1,2 miliardi di euro in cinque anni per la gestione delle rotte migratorie. Il 40% sarà destinato a progetti nei Paesi di origine.
## 16.30 | Corteo pacifico di 3.000 persone in centro
> Circa 3.000 persone, secondo la questura, sfilano per il centro di Borgomarino. Gli organizzatori, una rete di associazioni e sindacati, parlano di 8.000 partecipanti. Lo slogan: «Il mare è di tutti».
## 16.02 | Riprendono i lavori
> Dopo la pausa pranzo, i ministri sono tornati al tavolo. Si discute ora di energia.
## 15.40 | Il gasdotto sottomarino divide i ministri
> Il progetto di gasdotto sottomarino tra la Tunisia e la Sicilia divide le delegazioni. Francia e Spagna chiedono prima uno studio d’impatto ambientale.
## 15.10 | Il menu del pranzo
> Una curiosità: ai ministri è stato servito un pranzo a base di prodotti locali, con trofie al pesto, acciughe ripiene e torta di castagne. Il vino? Un bianco della Val Fredda.
## 14.45 | Pausa pranzo
> I lavori sono sospesi per il pranzo al ristorante del Palazzo dei Congressi. Ripresa prevista alle 16.
## 14.20 | Prima bozza sulle migrazioni
> Circola una prima bozza del capitolo sulle migrazioni. Secondo fonti della delegazione spagnola, «il testo è buono, ma serve chiarezza sui fondi».
## 13.55 | La ministra greca: «Basta con la solidarietà a parole»
> La ministra degli Esteri greca, Eleni Papadaki, ha chiesto meccanismi vincolanti di ripartizione dei migranti. «Basta con la solidarietà a parole», ha detto entrando in sala.
## 13.30 | Il porto chiuso, proteste dei pescatori
> I pescatori di Borgomarino protestano per la chiusura del porto, che li costringe a restare a terra. «Un giorno senza pesca sono 2.000 euro persi per barca», spiega Giuseppe Lanza della cooperativa.
## 13.02 | Iniziata la sessione plenaria
> Si è aperta la sessione plenaria con l’intervento della ministra italiana, che ha ricordato le 2.400 vittime nel Mediterraneo dell’ultimo anno.
## 12.40 | La foto di famiglia
> Gli undici ministri posano per la foto di famiglia sulla terrazza del Palazzo dei Congressi, con il golfo alle spalle.
## 12.15 | Arrivato il ministro tunisino
> È arrivato per ultimo, con quasi un’ora di ritardo, il ministro tunisino. Il suo volo da Tunisi era stato dirottato su Genova per maltempo.
## 11.50 | Un vertice da 2,5 milioni di euro
> L’organizzazione del vertice è costata circa 2,5 milioni di euro, secondo la Prefettura. La metà è servita per la sicurezza.
## 11.25 | Chi partecipa al vertice?
> Sono presenti i ministri di Italia, Francia, Spagna, Portogallo, Grecia, Malta, Cipro, Croazia, Slovenia, Tunisia e Marocco. L’Egitto ha inviato un osservatore.
## 11.00 | Arrivano le delegazioni
> Le prime auto blu entrano nel cortile del Palazzo dei Congressi. La prima ad arrivare è la delegazione portoghese.
## 10.45 | Il centro blindato
> Il centro storico è presidiato da 900 agenti. Negozi e bar di via Garibaldi sono aperti, ma i clienti sono pochi. «Oggi si lavora con i giornalisti», scherza il titolare del Caffè del Porto.
## 10.20 | La ministra italiana è arrivata in città
> La ministra italiana degli Esteri è arrivata in treno alla stazione di Borgomarino. Ad accoglierla il prefetto e il sindaco Ferrante.
## 10.00 | Traffico in tilt sull’Aurelia
> Code di oltre 4 km sulla statale Aurelia all’ingresso di Borgomarino a causa dei controlli. La polizia municipale consiglia di usare il treno.
## 9.40 | Chiuso il porto turistico
> Da questa mattina il porto turistico è chiuso alla navigazione da diporto. Le barche dei pescatori possono uscire solo fino alle 8.
## 9.15 | I temi del vertice
> Tre i temi principali: migrazioni, energia e pesca. Sul tavolo anche la protezione delle praterie di posidonia.
## 9.00 | Che tempo fa?
> Cielo sereno e 19 gradi: una giornata di primavera ideale per la foto di famiglia sulla terrazza.
## 8.40 | Scuole aperte, ma niente gite
> Le scuole del centro restano aperte, ma sono state sospese tutte le uscite didattiche previste per oggi.
## 8.15 | Le strade chiuse
> Sono chiuse al traffico via Garibaldi, piazza Vittorio Veneto, il lungomare Colombo e via del Porto. L’elenco completo è sul sito del Comune.
## 8.00 | Buongiorno da Borgomarino
> Buongiorno e benvenuti alla diretta del vertice dei ministri degli Esteri del Mediterraneo. Vi racconteremo la giornata minuto per minuto.
