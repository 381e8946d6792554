#! Italian live blogs: invented news, people and places (real institutions only as context). (round 7)

=== it-live-regionali-liguria
lang: it
outlet: Il Corriere del Levante
title: Elezioni regionali in Liguria, la diretta: Chiara Ferraris presidente, il centrosinistra vince con il 51,3%
caption: Chiara Ferraris festeggia con i sostenitori nel comitato elettorale di Genova.
link: https://example.it/politica/regionali-liguria-2030-diretta
author: Davide Parodi
date: 2030-10-28 01:20:00
tags: Elezioni regionali, Liguria, Politica
options: time=colon bullet=⇒
> Si sono chiuse alle 15 di lunedì le urne per le elezioni regionali in Liguria, dove circa 1,3 milioni di elettori erano chiamati a scegliere il nuovo presidente e a rinnovare i 30 seggi del Consiglio regionale. La sfida principale era quella tra la candidata del centrosinistra, Chiara Ferraris, ex sindaca di La Spezia, e l’assessore uscente Marco Bruzzone, sostenuto dal centrodestra.
> Con 1.785 sezioni scrutinate su 1.785, Ferraris ottiene il 51,3% dei voti contro il 45,9% di Bruzzone. L’affluenza definitiva si ferma al 47,2%, in calo di quasi cinque punti rispetto al 2025.
kp: I punti chiave
* Chiara Ferraris eletta presidente con il 51,3%
* Bruzzone: «Ho chiamato Ferraris per congratularmi»
* FdI primo partito, Pd a un soffio
* Affluenza al 47,2%, mai così bassa in Liguria
## ore 0.55 | Ferraris: «Sarò la presidente di tutti i liguri»
> Chiara Ferraris è arrivata al comitato elettorale di piazza De Ferrari poco prima dell’una, accolta da un lungo applauso. «Sarò la presidente di tutti i liguri, anche di chi non mi ha votato. Da domani si lavora per la sanità e per le infrastrutture, che sono le due ferite aperte di questa regione», ha detto dal palco.
> Ferraris ha poi ringraziato i volontari «che hanno bussato a più di 100.000 porte» e ha annunciato che presenterà la giunta «entro dieci giorni».
## ore 0.20 | Bruzzone: «Ho chiamato Ferraris per congratularmi»
> Lo sfidante del centrodestra, Marco Bruzzone, ha riconosciuto la sconfitta con una breve dichiarazione ai giornalisti. «Ho chiamato Chiara Ferraris per congratularmi. Il risultato è chiaro e va rispettato.» Poi, rispondendo a una domanda sul futuro: «Resterò in Consiglio regionale, all’opposizione. Non scappo.»
## ore 23.40 | Chi è Chiara Ferraris?
> Nata a Sarzana nel 1976, avvocata, Chiara Ferraris è stata sindaca di La Spezia dal 2021 al 2030, rieletta al primo turno nel 2026 con il 58% dei voti. In città è ricordata soprattutto per il recupero dell’area dell’ex arsenale e per la nuova linea di filobus, inaugurata nel 2028. Sarà la prima donna alla guida della Regione Liguria.
## ore 23.05 | FdI primo partito, Pd a un soffio
> Quando mancano circa 200 sezioni, Fratelli d’Italia si conferma primo partito con il 24,1%, davanti al Pd al 23,8%. Seguono la lista civica Ferraris Presidente (9,7%), Forza Italia (7,2%), Avs (6,4%) e il M5S (5,1%). La Lega si ferma al 4,8%, dimezzando il risultato di cinque anni fa.
> Il dato delle liste civiche è uno dei più commentati della serata: insieme superano il 17%, con punte oltre il 25% nella provincia della Spezia.
## ore 22.15 | Il distacco si allarga: Ferraris avanti di cinque punti
> Con 1.100 sezioni scrutinate, il vantaggio di Chiara Ferraris sale al 5,2%. Nel comune di Genova la candidata del centrosinistra supera il 53%, mentre Bruzzone resta in testa solo nella provincia di Imperia.
## ore 20.30 | Le prime sezioni: testa a testa
> Con le prime 150 sezioni scrutinate, in gran parte piccoli comuni dell’entroterra, i due candidati sono appaiati: Bruzzone al 48,6%, Ferraris al 48,1%. «Troppo presto per dire qualsiasi cosa», si limitano a dire dai due comitati.
## ore 17.10 | Le proiezioni: Ferraris in vantaggio
> La prima proiezione dell’istituto Demopolaris, su un campione del 10%, assegna a Ferraris il 50,8% e a Bruzzone il 46,4%. Il margine d’errore è di 1,5 punti. «È un segnale incoraggiante, ma aspettiamo i voti veri», commentano dallo staff della candidata.
## ore 15.40 | Gli exit poll
> Secondo gli exit poll diffusi alla chiusura dei seggi, Chiara Ferraris sarebbe in vantaggio con una forbice tra il 49 e il 53%, contro il 44-48% di Bruzzone. Il terzo candidato, il civico Paolo Benvenuto, è accreditato di un 2-4%.
## ore 15.00 | Affluenza al 47,2%, mai così bassa in Liguria
> Alla chiusura delle urne l’affluenza definitiva è del 47,2%, contro il 52% delle regionali del 2025. È il dato più basso mai registrato in Liguria per un’elezione regionale. Il calo è più marcato nel Ponente (-6,8 punti a Imperia) e nei quartieri periferici di Genova.
> Le operazioni di voto si sono svolte senza incidenti, ha fatto sapere la prefettura. Un solo seggio, a Sestri Levante, ha aperto con venti minuti di ritardo per l’assenza di uno scrutatore, poi sostituito.

=== it-live-borsa-piazza-affari
lang: it
outlet: Milano Finanza Oggi
title: Borsa, Piazza Affari crolla del 4,8%: bruciati 38 miliardi. UniCredit e Intesa affondano dopo la stretta Bce
caption: Il tabellone delle quotazioni nella sede di Borsa Italiana a Palazzo Mezzanotte.
link: https://example.it/mercati/borsa-milano-crollo-bce-diretta
author: Federica Brambilla
date: 2031-10-14 17:55:00
tags: Borsa, Piazza Affari, Bce, Banche
options: time=suffixglued bullet=• crlf
> Giornata nera per Piazza Affari. Il Ftse Mib ha chiuso in calo del 4,8% a 38.412 punti dopo la decisione a sorpresa della Banca centrale europea di alzare i tassi di 75 punti base. In una sola seduta sono andati in fumo circa 38 miliardi di euro di capitalizzazione, la peggiore performance tra i listini europei insieme a Madrid.
> Lo spread tra Btp e Bund è salito di 29 punti base a 164, mentre il rendimento del Btp decennale ha toccato il 4,71%, ai massimi dal 2023.
kp: In sintesi
* Ftse Mib a -4,8%, la peggior seduta dal 2022
* Le banche affondano: UniCredit -9,1%, Intesa -8,4%
* Lo spread sale a 164 punti
* Il ministro dell’Economia: «Nessun allarme per i conti pubblici»
## 17.45 | Chiusura in profondo rosso per Piazza Affari
> Il Ftse Mib chiude a 38.412 punti, in calo del 4,8%: è la peggiore seduta dal marzo 2022, ma per intensità la caduta di oggi ricorda le sedute del 2012, nel pieno della crisi del debito sovrano. Volumi record: sono passate di mano azioni per 7,9 miliardi di euro.
## 17.20 | Il ministro dell’Economia: «Nessun allarme per i conti pubblici»
> «Nessun allarme per i conti pubblici. L’Italia ha fondamentali solidi e un avanzo primario», ha dichiarato il ministro dell’Economia, Giorgio Valsecchi, a margine di un convegno a Roma. Il ministro ha però ammesso che l’aumento dei tassi «avrà un costo sugli interessi del debito, che valuteremo nella prossima legge di bilancio».
## 16.40 | Le banche affondano: UniCredit -9,1%, Intesa -8,4%
> I titoli bancari sono i più colpiti. UniCredit cede il 9,1%, Intesa Sanpaolo l’8,4%, Banco Bpm il 10,2% e Mps il 12,6%. Gli investitori temono che il rialzo dei tassi faccia aumentare i crediti deteriorati, in particolare nel settore immobiliare commerciale.
> «Le banche italiane hanno un’esposizione inferiore a quella francese o tedesca, ma il mercato non fa distinzioni in giornate come questa», spiega Lorenzo Galbiati, responsabile della ricerca di Sim Lombarda S.p.A.
## 16.05 | Stellantis e Ferrari in rosso, tiene MediaWorld Italia
> Tra gli industriali, Stellantis lascia sul terreno il 6,3% e Ferrari il 4,4%, penalizzate dal rafforzamento dell’euro sul dollaro. In controtendenza MediaWorld Italia, che guadagna lo 0,8% dopo aver annunciato una cedola straordinaria di 0,35 euro per azione.
## 15.25 | Perché la decisione della Bce ha sorpreso tutti?
> Fino a ieri sera, i mercati scontavano con una probabilità superiore al 90% tassi invariati. Nessuno dei membri del Consiglio direttivo aveva lasciato intendere un rialzo nelle ultime settimane. «È una mossa che punta a ristabilire la credibilità della banca centrale sull’inflazione, ma la comunicazione è stata disastrosa», commenta l’economista Anna Sormani dell’Università Bocconi.
## 15.02 | Lo spread sale a 164 punti
> Dopo l’annuncio della Bce, il differenziale tra Btp e Bund tedeschi si è allargato di colpo da 135 a 160 punti, per poi salire fino a 164. Il Tesoro ha in calendario per giovedì un’asta di Btp a 5 e 10 anni per un massimo di 9,5 miliardi di euro.
## 14.17 | La Bce alza i tassi di 75 punti base
> La Banca centrale europea ha deciso di alzare i tre tassi di riferimento di 75 punti base. Il tasso sui depositi sale al 3,25%. Piazza Affari, che fino a quel momento viaggiava in leggero rialzo, va subito in profondo rosso e perde oltre il 2% in pochi minuti.
## 9.10 | Apertura positiva, attesa per la Bce
> Avvio in lieve rialzo per la Borsa di Milano: il Ftse Mib guadagna lo 0,4% a 40.510 punti. Gli operatori attendono la riunione della Bce, la cui decisione sarà resa nota alle 14.15. Il consenso degli analisti è per tassi invariati.

=== it-live-alluvione-valdarno
lang: it
outlet: La Gazzetta di Toscana
title: Maltempo, alluvione nel Valdarno: l’Arno esonda a Montevarchi, evacuate 1.200 persone. La diretta
caption: Le strade allagate nel centro di Montevarchi, martedì mattina.
link: https://example.it/toscana/alluvione-valdarno-arno-diretta
author:
date: 2029-11-13 16:30:00
tags: Maltempo, Alluvione, Toscana, Arno
options: time=prefix bullet=- nocaptionline
caption:
> Una notte di pioggia incessante, con oltre 180 millimetri caduti in sei ore, ha provocato l’esondazione dell’Arno e di alcuni suoi affluenti nel Valdarno superiore. A Montevarchi e a San Giovanni Valdarno l’acqua ha raggiunto in alcune strade il metro e mezzo d’altezza. La Regione Toscana ha chiesto lo stato di emergenza nazionale.
> Sono circa 1.200 le persone evacuate, la maggior parte ospitate da parenti o negli alberghi messi a disposizione dai comuni. Non ci sono vittime, ma due persone risultano ferite in modo non grave. L’allerta rossa è confermata fino alla mezzanotte.
kp: Le notizie principali
* L’Arno esonda a Montevarchi, 1.200 evacuati
* Scuole chiuse mercoledì in 14 comuni
* Il presidente della Regione: «Chiederemo lo stato di emergenza»
* Interrotta la linea ferroviaria Firenze-Roma
## 20 minuti fa | Il presidente della Regione: «Chiederemo lo stato di emergenza»
> Il presidente della Regione Toscana, Leonardo Bertelli, ha visitato in mattinata le zone alluvionate di Montevarchi e Terranuova Bracciolini. «Chiederemo lo stato di emergenza nazionale già domani. I danni sono ingenti, parliamo di decine di milioni di euro», ha detto ai cronisti con gli stivali ancora sporchi di fango.
> Bertelli ha poi annunciato un primo stanziamento regionale di 5 milioni di euro per le famiglie e le imprese colpite, «in attesa delle risorse nazionali».
## 1 ora fa | Scuole chiuse mercoledì in 14 comuni
> I sindaci di 14 comuni del Valdarno aretino e fiorentino hanno firmato le ordinanze di chiusura delle scuole di ogni ordine e grado per la giornata di mercoledì. Restano chiusi anche i cimiteri, i parchi pubblici e gli impianti sportivi. L’elenco completo è disponibile sul sito della Protezione civile regionale.
## 2 ore fa | «Ho visto l’acqua entrare dalla porta del negozio»
> In via Roma, a Montevarchi, i commercianti spalano il fango dalle botteghe. «Ho visto l’acqua entrare dalla porta del negozio alle quattro del mattino. In mezz’ora era tutto sott’acqua: scarpe, scaffali, la cassa… Trentacinque anni di lavoro», racconta Gianna Papini, titolare di una calzoleria.
> Poco più in là, un gruppo di ragazzi del liceo Varchi si è organizzato spontaneamente per aiutare gli anziani del quartiere a svuotare le cantine. «Ci siamo messi d’accordo sul gruppo WhatsApp della classe», spiega uno di loro, Tommaso, 17 anni.
## 3 ore fa | Interrotta la linea ferroviaria Firenze-Roma
> Rete ferroviaria italiana ha sospeso la circolazione sulla linea convenzionale Firenze-Roma tra Figline Valdarno e Arezzo per l’allagamento della sede ferroviaria a San Giovanni. I treni regionali sono sostituiti da autobus. L’Alta velocità non è interessata, ma si registrano ritardi fino a 40 minuti per il rallentamento della circolazione nei pressi di Firenze.
## 4 ore fa | L’Arno esonda a Montevarchi, 1.200 evacuati
> Poco dopo le 4 l’Arno ha superato gli argini in località Levane e ha invaso la zona industriale e parte del centro di Montevarchi. I vigili del fuoco, con l’aiuto di 60 volontari della Protezione civile, hanno evacuato circa 1.200 persone, alcune con i gommoni. Due anziani sono stati soccorsi per una lieve ipotermia.
> Il sindaco di Montevarchi, Alessio Nannini, ha attivato il centro operativo comunale e aperto la palestra della scuola media Petrarca per accogliere gli sfollati. «Abbiamo fatto tutto il possibile. L’acqua è arrivata più in fretta di qualsiasi previsione», ha detto.
## 6 ore fa | Allerta rossa su tutto il bacino dell’Arno
> Il Centro funzionale regionale ha innalzato l’allerta da arancione a rossa per rischio idraulico su tutto il bacino dell’Arno, da Arezzo fino alla foce. A Firenze, il livello del fiume al Ponte Vecchio ha raggiunto i 4,2 metri: un valore alto, ma ancora lontano dalla soglia di guardia di 5,5 metri. Il Comune ha chiuso i lungarni alla circolazione.
## 9 ore fa | Pioggia record: 180 millimetri in sei ore
> Secondo i dati del Servizio idrologico regionale, a Montevarchi sono caduti 183 millimetri di pioggia tra le 21 di lunedì e le 3 di martedì, un valore che in media cade in due mesi. Il pluviometro di Cavriglia ha registrato 62 millimetri in una sola ora, un record per la stazione, attiva dal 1951.

=== it-live-processo-crac-bergamo
lang: it
outlet: Eco delle Valli
title: Crac della Cassa Orobica, al processo parla l’ex direttore generale: «Il consiglio sapeva tutto»
caption: L’ex direttore generale della Cassa Orobica, Renato Locatelli, all’ingresso del tribunale di Bergamo.
link: https://example.it/cronaca/processo-crac-cassa-orobica-locatelli
author: Silvia Rota
date: 2030-03-05 19:00:00
tags: Giustizia, Processo, Cassa Orobica, Bergamo
options: bullet=⇒
> Udienza fiume, oggi, nell’aula bunker di Bergamo dove si celebra il processo per il crac della Cassa Orobica, la banca popolare fallita nel 2027 lasciando oltre 60.000 azionisti con titoli senza valore. Per la prima volta ha preso la parola l’ex direttore generale Renato Locatelli, uno dei 14 imputati, accusato di bancarotta fraudolenta e ostacolo alla vigilanza.
> L’esame è durato più di sei ore. Locatelli ha respinto ogni responsabilità personale e ha chiamato in causa l’ex presidente e l’intero consiglio di amministrazione.
kp: Le notizie principali
* Locatelli: i finanziamenti alle società del presidente decisi «al piano di sopra»
* Tensione in aula con i pm, il presidente del collegio sospende l’udienza
* Fuori dal tribunale il presidio dei risparmiatori
## L’ex direttore generale: «Il consiglio sapeva tutto»
> «Il consiglio sapeva tutto. Ogni fido sopra i 5 milioni passava dal consiglio, e quelli alle società del presidente erano tutti sopra i 5 milioni.» Renato Locatelli, 66 anni, giacca grigia e voce ferma, ha risposto per ore alle domande del pubblico ministero Dott. Andrea Carminati. Secondo l’accusa, tra il 2021 e il 2026 la banca avrebbe concesso finanziamenti per 480 milioni di euro a società riconducibili all’ex presidente, Giulio Sonzogni, in larga parte mai restituiti.
> Locatelli ha sostenuto di aver espresso «più volte» le sue perplessità, ma di essere stato «messo in minoranza». Alla domanda del pm su quante volte avesse messo per iscritto il suo dissenso, ha risposto: «Per iscritto? Mai. In quella banca certe cose non si scrivevano.»
> Il pm ha poi mostrato un verbale del 14 giugno 2024, nel quale l’allora direttore generale raccomandava al consiglio di approvare un prestito di 38 milioni alla Sonzogni Immobiliare S.r.l. «Raccomandavo ciò che mi veniva chiesto di raccomandare», ha replicato Locatelli.
## Tensione in aula, udienza sospesa per mezz’ora
> Il momento più teso intorno alle 16, quando l’Avv. Marco Bonaldi, difensore dell’ex presidente Sonzogni, ha contestato a Locatelli alcune contraddizioni rispetto agli interrogatori resi durante le indagini. Lo scambio è degenerato in un battibecco tra avvocati e pm, e la presidente del collegio, la Dott.ssa Elena Piccinelli, ha sospeso l’udienza per trenta minuti.
> Alla ripresa, la presidente ha richiamato tutte le parti «a un comportamento consono a quest’aula», minacciando di procedere «a porte chiuse» in caso di nuovi incidenti.
## Chi sono i 14 imputati?
> Alla sbarra ci sono l’ex presidente Giulio Sonzogni, l’ex direttore generale Renato Locatelli, sei ex consiglieri di amministrazione, tre ex membri del collegio sindacale, due dirigenti dell’area crediti e il responsabile dell’internal audit. Le accuse vanno, a vario titolo, dalla bancarotta fraudolenta al falso in prospetto, all’ostacolo alle funzioni delle autorità di vigilanza (Banca d’Italia, Consob, ecc.).
## «Abbiamo perso i risparmi di una vita»
> Davanti all’aula bunker, come a ogni udienza, si sono ritrovati un centinaio di ex azionisti con striscioni e fischietti. «Abbiamo perso i risparmi di una vita. Centoventimila euro, tutto quello che avevamo messo da parte io e mio marito», racconta Luisa Carrara, 72 anni, di Seriate. «Ci dicevano che erano azioni sicure come un libretto postale...»
> L’associazione Risparmiatori Orobici, che rappresenta circa 9.000 parti civili, ha chiesto un incontro al ministero dell’Economia per l’accesso al fondo di indennizzo. Informazioni e moduli sono disponibili all’indirizzo info@risparmiatoriorobici.example.it.
## Prossima udienza il 19 marzo
> Il processo riprenderà il 19 marzo con il controesame di Locatelli da parte delle difese. Sono poi previste le deposizioni di due ispettori della Banca d’Italia e del consulente tecnico della procura, il Prof. Stefano Lanfranchi. La sentenza di primo grado non è attesa prima della fine del 2031.

=== it-live-finale-tennis-cagliari
lang: it
outlet: Tutto Sport Sardegna
title: Internazionali di Sardegna, la finale in diretta: Lorenzo Pinna batte Diego Almeida in tre set e vince a Cagliari
caption: Lorenzo Pinna alza il trofeo sul campo centrale del Tennis Club Poetto.
link: https://example.it/tennis/internazionali-sardegna-finale-pinna-almeida-diretta
author: Giacomo Deiana
date: 2031-04-13 18:40:00
tags: Tennis, Internazionali di Sardegna, Lorenzo Pinna
options: time=prefix bom
> Buongiorno e benvenuti alla diretta della finale degli Internazionali di Sardegna, torneo Atp 250 sulla terra rossa del Tennis Club Poetto di Cagliari. Di fronte il sardo Lorenzo Pinna, numero 38 del mondo, e il brasiliano Diego Almeida, testa di serie numero 1 e numero 14 del ranking. I due non si sono mai affrontati.
> Pinna, 23 anni, nato a Quartu Sant’Elena, gioca la sua seconda finale in carriera dopo quella persa a Umago l’estate scorsa. Si comincia alle 15.
## 17.52 | Pinna: «Vincere a casa è il sogno di ogni bambino»
> «Vincere a casa, davanti alla mia famiglia e ai miei amici, è il sogno di ogni bambino che prende in mano una racchetta. Non ho parole», ha detto Pinna durante la premiazione, con la voce rotta dall’emozione. Il sardo ha poi dedicato la vittoria al suo primo maestro, Efisio Murgia, scomparso lo scorso inverno.
## 17.44 | Pinna vince gli Internazionali di Sardegna!
> È finita! Lorenzo Pinna batte Diego Almeida 4-6 6-3 6-4 in due ore e 18 minuti e conquista il primo titolo Atp della sua carriera. Il sardo si lascia cadere sulla terra rossa, il pubblico è tutto in piedi.
## 17.40 | Pinna serve per il match sul 5-4
> Il momento della verità. Pinna va a servire per il torneo. Almeida, in difficoltà fisica, chiede l’intervento del fisioterapista per un problema alla coscia sinistra.
## 17.31 | Break Pinna! 5-4 nel terzo set
> Almeida commette un doppio fallo sulla palla break e cede il servizio. Pinna esulta con il pugno alzato verso il suo angolo.
## 17.12 | Terzo set in equilibrio: 3-3
> Nessun break finora nel set decisivo. Almeida ha alzato le percentuali della prima di servizio, ma Pinna risponde colpo su colpo dal fondo.
## 16.55 | Inizia il terzo set
> Si va al set decisivo. Almeida lascia il campo per un cambio di abbigliamento, Pinna resta seduto in panchina con l’asciugamano sulla testa.
## 16.51 | Pinna vince il secondo set 6-3
> Set Pinna! Il sardo chiude con una volée di rovescio e pareggia il conto dei set. Decisivo il break nel sesto game, ottenuto con tre risposte vincenti consecutive.
## 16.33 | Break Pinna nel secondo set
> Pinna strappa il servizio all’avversario e si porta sul 4-2. Il pubblico del Poetto si fa sentire, l’arbitro Nicolás Ferreyra chiede silenzio più volte.
## 16.14 | Inizia il secondo set
> Pinna al servizio in apertura del secondo parziale. Il sardo deve cambiare qualcosa: nel primo set ha vinto solo il 48% dei punti con la prima.
## 16.09 | Almeida vince il primo set 6-4
> Primo set al brasiliano, che chiude con un ace al centro a 201 km/h. Un solo break, quello del terzo game, è bastato ad Almeida per portarsi avanti.
## 15.48 | Palle break annullate da Almeida
> Pinna ha avuto due palle del controbreak sul 2-4, ma Almeida le ha annullate entrambe con due servizi vincenti. Che peccato per il sardo!
## 15.22 | Break Almeida in apertura
> Subito un break per il brasiliano nel terzo game: 2-1 Almeida. Pinna appare un po’ contratto in questi primi scambi.
## 15.04 | Si comincia!
> Primo punto della finale. Almeida ha vinto il sorteggio e ha scelto di rispondere. Pinna al servizio.
## 14.55 | I giocatori entrano in campo, sugli spalti lo striscione “Lollo, sei tutti noi”
> Ovazione del pubblico per Lorenzo Pinna, accolto dallo striscione appeso sotto la tribuna d’onore. Almeida entra in campo salutando con la mano. Circa 4.500 gli spettatori sulle tribune del centrale.
## 14.30 | Il cammino dei due finalisti
> Pinna ha battuto in semifinale il tedesco Jan Mertens 7-6 (4) 6-3, dopo aver superato nei quarti il numero 3 del seeding, lo spagnolo Álex Cortina. Almeida non ha ancora perso un set nel torneo: in semifinale ha dominato l’argentino Tomás Echeverría 6-2 6-1.
## 14.10 | Il meteo a Cagliari
> Cielo sereno e 22 gradi sul Poetto, con un maestrale moderato che potrebbe disturbare il servizio. Il vento è previsto in rinforzo nel corso del pomeriggio, fino a 30 km/h.

=== it-live-sciopero-generale
lang: it
outlet: Notizie Nazionali
title: Sciopero generale di 24 ore, la diretta: treni cancellati, metro ferme a Roma e Milano, cortei in 40 città
caption: Il corteo dei sindacati in piazza della Repubblica a Roma.
link: https://example.it/lavoro/sciopero-generale-diretta
author: Redazione
date: 2031-12-12 13:15:00
tags: Sciopero, Lavoro, Trasporti, Sindacati
options: authorspace
> È in corso lo sciopero generale di 24 ore proclamato da Cgil e Uil contro la legge di bilancio. La protesta coinvolge i lavoratori del settore pubblico e privato, compresi i trasporti: a Roma e Milano le metropolitane sono ferme fuori dalle fasce di garanzia, mentre Trenitalia ha cancellato circa il 60% dei treni regionali.
> I sindacati hanno organizzato cortei in 40 città. A Roma la manifestazione nazionale è partita alle 10 da piazza della Repubblica e si concluderà a piazza San Giovanni con l’intervento dei segretari generali.
## Maffei dal palco: «Questa manovra dimentica chi lavora»
> Dal palco di piazza San Giovanni, il segretario generale della Cgil, Roberto Maffei, ha chiesto al governo di riaprire il confronto sulla manovra. «Questa manovra dimentica chi lavora e chi ha lavorato una vita. Non chiediamo la luna: chiediamo che gli stipendi tengano il passo dei prezzi», ha detto davanti a una piazza gremita.
> Secondo gli organizzatori, i partecipanti al corteo romano sono circa 100.000; la Questura parla di 35.000 persone. Non si sono registrati incidenti.
> Il leader della Uil, Gianni Sartori, ha rincarato la dose: «Se il governo non ci convoca entro Natale, a gennaio saremo di nuovo in piazza.» Una nuova mobilitazione è già in preparazione per la fine del mese di gennaio, hanno confermato fonti sindacali.
## La ministra del Lavoro: «Adesione bassa, la protesta è politica»
> Per la ministra del Lavoro, Francesca Moretti, lo sciopero «ha registrato un’adesione bassa, inferiore al 9% nel pubblico impiego secondo i primi dati della Funzione pubblica». La ministra ha definito la protesta «politica» e ha ricordato che la manovra prevede «il taglio del cuneo fiscale più ampio degli ultimi vent’anni».
> I sindacati contestano i numeri del governo: secondo la Cgil l’adesione supera il 60% nelle fabbriche metalmeccaniche e nella logistica, con punte dell’85% negli stabilimenti del Nord.
## Trasporti, la situazione città per città
> A Roma le linee A, B e C della metropolitana sono chiuse dalle 8.30 alle 17 e dalle 20 a fine servizio; circolano invece circa la metà degli autobus. A Milano le linee M1, M2, M3, M4 e M5 sono ferme fino alle 18, mentre tram e bus viaggiano a singhiozzo. A Napoli è chiusa la Linea 1, regolare la funicolare di Chiaia.
> Nel trasporto ferroviario, Trenitalia e Italo garantiscono i treni a lunga percorrenza previsti nell’elenco dei servizi minimi, consultabile su www.trenitalia.example.com. Nel trasporto aereo lo sciopero è limitato a quattro ore, dalle 13 alle 17: Ita Airways ha cancellato 46 voli nazionali.
> Le informazioni aggiornate sulle fasce di garanzia, che variano da città a città, sono pubblicate sui siti delle singole aziende di trasporto (Atac, Atm, Anm, ecc.).
