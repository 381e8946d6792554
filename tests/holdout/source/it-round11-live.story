#! Italian round 11 live blogs: invented news, people, places and outlets.

=== it-live-eruzione-monte-fossa-grande
lang: it
outlet: La Sentinella del Tirreno
title: Eruzione a Saline di Capo Rosso, la diretta: colata di lava verso il mare, evacuati 340 residenti. Voli sospesi a Reggio Sud
caption: La colonna di cenere sopra il Monte Fossa Grande vista dal porto di Saline di Capo Rosso.
link: https://example.it/cronaca/eruzione-monte-fossa-grande-diretta
author: Giuseppe Lo Presti
date: 2032-08-27 18:30:00
tags: Vulcani, Eruzione, Isole del Tirreno, Protezione civile
options: time=paren bullet=• crlf
> Si è risvegliato nella notte il Monte Fossa Grande, il vulcano che domina l’isola di Saline di Capo Rosso. Dopo una serie di esplosioni iniziate alle 3.12, una colata di lava è scesa lungo il versante nord-occidentale, la cosiddetta Sciara del Lupo, e ha raggiunto il mare poco dopo le 11.
> La Protezione civile ha disposto l’evacuazione di 340 residenti delle frazioni di Acquacalda e Pirrera, mentre una colonna di cenere alta fino a 9 km ha costretto alla sospensione dei voli nello scalo di Reggio Sud.
kp: I punti chiave
* Colata di lava in mare lungo la Sciara del Lupo
* Evacuati 340 residenti di Acquacalda e Pirrera
* Cenere fino a 9 km, voli sospesi a Reggio Sud
* Nessun ferito
## 18:12 | Il sindaco: «Restate in casa e chiudete le finestre»
> Il sindaco di Saline di Capo Rosso, Salvatore Cincotta, ha firmato un’ordinanza che vieta di uscire di casa senza mascherina nelle zone colpite dalla ricaduta di cenere. «Restate in casa e chiudete le finestre. Chi ha problemi respiratori non esca per nessun motivo», ha detto in un video diffuso su Facebook.
> Le scuole, dove si tengono i corsi estivi, resteranno chiuse anche domani.
## 17:40 | Riaperto lo scalo di Reggio Sud
> L’ENAC comunica che lo scalo di Reggio Sud ha riaperto alle 17.30, con una sola pista operativa. Sono stati cancellati 46 voli, altri 21 hanno subito ritardi. I passeggeri sono invitati a verificare lo stato del proprio volo sul sito dell’aeroporto o sull’app FlyReggio.
## 16:05 | Cosa dice l’INGV?
> Secondo il bollettino dell’Istituto nazionale di geofisica e vulcanologia (INGV), l’attività effusiva è «in lieve diminuzione», mentre prosegue quella esplosiva dal cratere centrale. Il tremore vulcanico resta su valori alti. «È un’eruzione simile a quella del 2019, potrebbe durare giorni o settimane», spiega la vulcanologa dott.ssa Marta Cannizzaro.
## 14:48 | Scossa di magnitudo 3,4
> Una scossa di terremoto di magnitudo 3,4 è stata registrata alle 14.41 a 2 km di profondità sotto il versante nord dell’isola. Avvertita distintamente dalla popolazione, non ha causato danni.
## 13:20 | «Sembrava la fine del mondo»
> – Ci siamo svegliati con i vetri che tremavano, poi un boato, racconta Concetta, 68 anni, evacuata da Acquacalda con il marito e il cane.
> – E adesso dove andrete?
> – Da mia figlia, a Milazzo-Marina. Non torno finché non lo dicono loro.
> Gli sfollati vengono trasferiti con due traghetti messi a disposizione dalla compagnia NavEolie. Circa 120 persone hanno trovato posto in strutture alberghiere, le altre presso parenti.
## 11:07 | La lava ha raggiunto il mare!
> Il fronte lavico ha raggiunto il mare poco dopo le 11, generando una nube di vapore visibile dalla costa calabrese. La Capitaneria di porto ha istituito un divieto di navigazione nel raggio di 2 miglia dalla costa nord-occidentale.
## 7:30 | Evacuati 340 residenti di Acquacalda e Pirrera
> La Protezione civile regionale ha disposto l’evacuazione preventiva delle frazioni di Acquacalda e Pirrera, le più vicine alla colata. 340 persone sono state accompagnate al porto, dove è stato allestito un punto di accoglienza.
## 4:15 | Esplosioni nella notte, poi la colata
> Alle 3.12 una serie di forti esplosioni ha svegliato gli abitanti dell’isola. I sensori dell’osservatorio hanno registrato un brusco aumento del tremore. Poco dopo le 4 è comparso un trabocco lavico dall’orlo del cratere nord.

=== it-live-sciopero-scuola
lang: it
outlet: Eco della Bassa
title: Sciopero della scuola oggi, la diretta: adesione al 41%, cortei in 60 città. Il ministro Caporali: «Nessuna marcia indietro»
caption: Il corteo di insegnanti e studenti in piazza Garibaldi a Parma.
link: https://example.it/scuola/sciopero-scuola-oggi-diretta
author: Chiara Ferraguti
date: 2032-05-13 18:10:00
tags: Scuola, Sciopero, Insegnanti, Ministero dell’Istruzione
options: time=dash bullet=- bom authorspace
> Giornata di sciopero nella scuola. I principali sindacati del comparto, Sindacato Scuola Unita (SSU), Federazione Docenti Italiani (FDI-Scuola) e Cobas Istruzione, hanno proclamato per oggi un’astensione di 24 ore di docenti e personale Ata contro il nuovo contratto e la riforma del reclutamento.
> Secondo il ministero l’adesione si ferma al 17,3%, mentre i sindacati parlano del 41%. Cortei e presidi in oltre 60 città, da Milano a Palermo.
kp: In sintesi
* Adesione al 41% per i sindacati, al 17,3% per il ministero
* Cortei in 60 città, 20.000 in piazza a Roma
* Il ministro Caporali: «Nessuna marcia indietro»
## 17.55 | I sindacati annunciano il blocco degli scrutini
> Al termine della giornata, i segretari di SSU e FDI-Scuola hanno annunciato il «blocco degli scrutini» di fine anno se il ministero non convocherà un tavolo entro il 31 maggio. «Non lo facciamo a cuor leggero, ma non ci hanno lasciato scelta», ha detto la segretaria generale della SSU, prof.ssa Graziella Montanari.
## 16.30 | Il ministro Caporali: «Nessuna marcia indietro»
> Il ministro dell’Istruzione, on. Vittorio Caporali, ha difeso la riforma a margine di un convegno a Bologna: «Nessuna marcia indietro. Il contratto prevede aumenti medi di 142 euro lordi al mese, il più alto degli ultimi 15 anni.» I sindacati replicano che gli aumenti «non coprono nemmeno l’inflazione».
## 14.05 | Quante scuole sono chiuse?
> A Parma, secondo l’Ufficio scolastico provinciale, 38 scuole su 112 sono rimaste chiuse per l’intera giornata, ecc. Nelle altre, le lezioni si sono svolte con orario ridotto. Nella scuola primaria l’adesione è stata più alta che nelle superiori.
## 12.40 | Roma, 20.000 in piazza
> Il corteo nazionale è partito da piazza della Repubblica e si è concluso a piazza Santi Apostoli. Secondo la Questura hanno partecipato 20.000 persone, 50.000 secondo gli organizzatori.
## 11.20 | Adesione al 41%
> 41% di adesione a livello nazionale: è il primo dato diffuso dai sindacati. Il ministero, che calcola l’adesione sul totale del personale e non solo su quello in servizio, parla invece del 17,3%.
## 10.15 | Il corteo di Parma parte da piazzale della Pace
> Circa 3.000 persone tra docenti, personale Ata, genitori e studenti si sono radunate in piazzale della Pace. In testa, lo striscione «La scuola non è un’azienda». Il corteo attraverserà via Mazzini fino a piazza Garibaldi.
## 8.00 | Perché si sciopera oggi?
> I sindacati contestano il contratto firmato da alcune sigle minoritarie, la riforma del reclutamento, che introduce un anno di prova «con valutazione esterna», e i tagli all’organico di sostegno. Tutti i dettagli su www.sindacatoscuolaunita-example.it.
> Per le famiglie: le scuole devono comunicare le modalità del servizio con almeno 5 giorni di anticipo, di norma tramite il registro elettronico.

=== it-live-regata-trofeo-due-mari
lang: it
outlet: Vela & Mare Quotidiano
title: Trofeo dei Due Mari a Taranto, la diretta della finale: Stella Polare Racing batte BlueHaven 4-2 e vince il trofeo
caption: Lo scafo di Stella Polare Racing vola sui foil davanti al Castello Aragonese.
link: https://example.it/vela/trofeo-due-mari-finale-diretta
author: Federico Colaianni
date: 2033-10-05 17:50:00
tags: Vela, Trofeo dei Due Mari, Taranto, Stella Polare Racing
options: time=suffix
> Benvenuti alla diretta della finale del Trofeo dei Due Mari, nelle acque del Mar Grande di Taranto. Di fronte Stella Polare Racing, lo scafo italiano guidato dal timoniere Nicolò Scarpellini, e i neozelandesi di BlueHaven, skipper Jack McKinnon-Rhodes. Vince chi si aggiudica per primo 4 regate.
> Dopo la prima giornata il punteggio è di 2-1 per gli italiani. Oggi sono in programma fino a tre regate, con vento da sud-est tra i 12 e i 16 nodi.
## 16:58 | Stella Polare Racing vince il Trofeo dei Due Mari!
> È finita! Stella Polare Racing taglia il traguardo con 31 secondi di vantaggio e vince la finale 4-2. Esplode la festa sulle banchine della città vecchia e sulle migliaia di barche assiepate lungo il campo di regata.
> «Abbiamo lavorato tre anni per questo momento. Questa vittoria è di tutta Taranto», dice Scarpellini, bagnato di spumante, appena sceso dallo scafo.
## 16:51 | Ultimo lato di poppa, vantaggio di 28 secondi
> Gli italiani controllano. McKinnon-Rhodes prova a cercare una raffica sul lato destro del campo, ma il vento cala.
## 16:38 | Che rimonta! Gli italiani in testa al secondo cancello
> Incredibile in Mar Grande: dopo una partenza disastrosa, Stella Polare passa BlueHaven con una virata perfetta a ridosso della boa. Sulle barche degli spettatori è un coro di clacson.
## 16:20 | Regata 6, partenza anticipata per Stella Polare
> Penalità per gli italiani, che tagliano la linea di partenza con 0,4 secondi di anticipo. Devono tornare indietro: BlueHaven parte con 12 secondi di vantaggio.
## 15:47 | BlueHaven accorcia: 3-2
> I neozelandesi vincono regata 5 con 18 secondi di margine, grazie a una strambata perfetta sull’ultima boa. Si va alla sesta regata.
## 15:02 | Stella Polare vince regata 4, punteggio 3-1
> Vittoria netta degli italiani, che al giro di boa avevano già 45 secondi di vantaggio. Il vento è salito a 15,5 nodi, condizioni ideali per lo scafo progettato dall’ing. Valerio De Masi.
## 14:30 | Vento a 14 nodi, regata 4 al via
> Si parte con 14 nodi da sud-est e mare poco mosso. Lungo la costa tra il Castello Aragonese e il Lungomare Vittorio Emanuele si contano oltre 30.000 spettatori, secondo la Prefettura.
## 14:00 | Come seguire la finale
> La diretta tv è su Rai Sport, lo streaming gratuito sul sito ufficiale www.trofeoduemari-example.it. Sulla banchina di San Cataldo sono stati allestiti due maxischermi.

=== it-live-visita-sovrani-lusavia
lang: it
outlet: Corriere dei Sette Colli
title: I sovrani di Lusavia in visita di Stato a Roma: l’incontro al Quirinale, il pranzo e la passeggiata a Trastevere
caption: Re Casimiro III e la regina Elin salutano la folla in piazza del Quirinale.
link: https://example.it/politica/visita-stato-sovrani-lusavia-roma
author: Alessandra Pierantoni
date: 2032-04-15 19:20:00
tags: Visita di Stato, Lusavia, Quirinale, Casimiro III
options: bullet=- exit=none nocaptionline
> Prima giornata a Roma per re Casimiro III e la regina Elin di Lusavia, in Italia per una visita di Stato di tre giorni, la prima di un sovrano lusaviano dal 1987. Accolti al Quirinale con gli onori militari, i reali hanno avuto un colloquio con il presidente della Repubblica, seguito da un pranzo ufficiale.
> Nel pomeriggio la coppia reale ha visitato l’Ara Pacis e poi, fuori programma, si è concessa una passeggiata tra le vie di Trastevere, tra lo stupore dei passanti.
kp: Cosa sapere sulla visita
* Tre giorni in Italia, prima tappa Roma, poi Firenze e Genova
* Firmati quattro accordi su energia, università e cultura
* Domani il discorso del re davanti al Senato
* Giovedì la visita al porto di Genova
## Fuori programma a Trastevere: gelato e selfie
> Alle 17.40 il corteo di auto si è fermato all’improvviso in piazza di Santa Maria in Trastevere. Re Casimiro e la regina Elin sono scesi e hanno passeggiato per una ventina di minuti, fermandosi in una gelateria di vicolo del Cinque. «Pistacchio e limone, ha pagato lui», racconta divertita la titolare, sig.ra Loredana Ceccarelli.
> Decine di turisti e residenti hanno scattato selfie con i sovrani, che si sono prestati volentieri. Per gli uomini della sicurezza, un pomeriggio di lavoro extra.
## Quattro accordi firmati al Quirinale
> Al termine dei colloqui sono stati firmati quattro accordi: un memorandum sull’idrogeno verde, un programma di scambio per 500 studenti universitari all’anno, un’intesa sul cinema e un accordo per la restituzione di 14 reperti archeologici, ecc. Il valore degli investimenti previsti nel settore energetico è stimato in 2,3 miliardi di euro.
## «Un’amicizia antica come il Mediterraneo»
> Nel brindisi al pranzo di Stato, il re ha ricordato i legami tra i due Paesi: «Un’amicizia antica come il Mediterraneo, che i nostri marinai hanno attraversato per secoli.» Il presidente della Repubblica ha parlato di «partner indispensabile per un’Europa più forte».
> Al pranzo, per 120 invitati, è stato servito un menù preparato dallo chef stellato Davide Ruggeri: risotto allo zafferano, rombo con carciofi e una torta alla ricotta.
## Chi sono Casimiro III ed Elin di Lusavia?
> Casimiro III, 54 anni, è salito al trono nel 2021 dopo l’abdicazione del padre. Ex ufficiale di marina, ha studiato a Bologna e parla un ottimo italiano. La regina Elin, 51 anni, è una pediatra e presiede la Fondazione reale per l’infanzia.
> La coppia ha tre figli. La principessa ereditaria, Astrid, studia relazioni internazionali a Roma e non partecipa alla visita.
## Il programma dei prossimi giorni
> Domani mattina il re parlerà davanti all’aula del Senato, poi la coppia si trasferirà a Firenze, dove visiterà gli Uffizi e l’Opificio delle pietre dure. Giovedì la tappa a Genova, con la visita al porto e ai cantieri navali Ligurmare, dove la marina lusaviana ha ordinato due navi da ricerca.
> Il traffico a Roma resterà limitato fino a domani alle 13 nelle zone del centro storico, informa il Comune sul sito www.comune-roma-example.it/mobilita.
