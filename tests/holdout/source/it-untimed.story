#! Italian held-out articles, untimed live blogs: invented news and people; real parties and institutions only as context.

=== it-live-fiducia-manovra
lang: it
outlet: Il Corriere di Montecitorio
title: Manovra, la diretta: il governo pone la fiducia alla Camera. Opposizioni in piazza, Bellini: «Legge di bilancio senza anima»
caption: L’aula della Camera durante l’esame della legge di bilancio.
link: https://example.it/politica/manovra-fiducia-camera-diretta
author: Redazione Politica
date: 2028-12-18 19:30:00
tags: Politica, Manovra 2029, Camera
options: bullet=⇒
> Il governo ha posto la questione di fiducia alla Camera sulla legge di bilancio per il 2029, una manovra da 28,5 miliardi di euro. L’annuncio è arrivato in aula dal ministro per i Rapporti con il Parlamento, Dott. Franco Deluca, poco dopo le 12, tra le proteste delle opposizioni. Il voto di fiducia è previsto per domani alle 14.
> Il testo dovrà poi passare al Senato per il via libera definitivo entro il 31 dicembre, per evitare l’esercizio provvisorio.
kp: Le notizie principali
* Manovra, il governo pone la fiducia alla Camera
* Bellini (PD): «Una legge di bilancio senza anima»
* Marchetti: «Abbiamo messo i soldi nelle tasche degli italiani», dice la premier
* Cuneo fiscale, pensioni e sanità: cosa prevede la manovra
## Manovra, il governo pone la fiducia alla Camera
> «A nome del governo, autorizzato dal Consiglio dei ministri, pongo la questione di fiducia sull’approvazione, senza emendamenti, dell’articolo unico del disegno di legge di bilancio», ha scandito il ministro Deluca. È la sesta fiducia posta dall’esecutivo in questa legislatura sulla manovra, la seconda consecutiva nello stesso anno.
> Le opposizioni hanno lasciato i banchi per alcuni minuti in segno di protesta, mentre dai banchi della maggioranza partiva un applauso.
## Bellini (PD): «Una legge di bilancio senza anima»
> «È una legge di bilancio senza anima, scritta in fretta e blindata per paura del dibattito», ha attaccato la segretaria del PD, Chiara Bellini, parlando in piazza Santi Apostoli davanti a qualche migliaio di militanti del centrosinistra. «Non c’è un euro per la sanità pubblica che non venga tolto da un’altra parte. Gli italiani se ne accorgeranno nelle liste d’attesa.»
> Alla manifestazione hanno partecipato anche il M5S, AVS e +Europa. Assente Azione, che ha scelto di presentare una contromanovra in conferenza stampa.
## La premier: «Abbiamo messo i soldi nelle tasche degli italiani»
> «Abbiamo messo i soldi nelle tasche degli italiani, non nei bonus a pioggia», ha replicato la presidente del Consiglio, Livia Marchetti, in un video pubblicato sui social. «Il taglio del cuneo fiscale diventa strutturale, le pensioni minime salgono, e lo facciamo tenendo i conti in ordine, come ci riconoscono i mercati e la Commissione europea.»
## Cuneo fiscale, pensioni e sanità: cosa prevede la manovra
> La misura più costosa è la conferma strutturale del taglio del cuneo fiscale per i redditi fino a 35.000 euro, che vale 10,8 miliardi. Alla sanità vanno 2,1 miliardi in più, di cui 900 milioni per le assunzioni di medici e infermieri. Le pensioni minime salgono a 628 euro al mese, con un aumento di 14 euro.
> Previsti anche un bonus di 1.000 euro per ogni nuovo nato nel 2029, la proroga di Quota 103 per un altro anno e l’aumento dell’IVA sui pannolini e sugli assorbenti, che torna al 10%.
## È scontro sulla tassa sugli extraprofitti delle banche
> Il contributo chiesto agli istituti di credito, 3,5 miliardi in tre anni, divide la maggioranza. Forza Italia avrebbe voluto renderlo volontario, la Lega ne chiede l’aumento. Alla fine è passata la linea del ministero dell’Economia: un prelievo una tantum del 4% sul margine di interesse eccedente la media degli ultimi quattro anni.
> L’ABI, l’associazione delle banche italiane, ha espresso «forte preoccupazione» per gli effetti sul credito a famiglie e imprese.
## Contu (M5S): «Sul superbonus il governo ha mentito»
> Il presidente del M5S, Giuseppe Contu, ha accusato il governo di aver «mentito sui costi del superbonus per giustificare i tagli». «Dicono che mancano i soldi per la sanità perché li abbiamo spesi per le case degli italiani. Ma intanto trovano 3 miliardi per il ponte», ha detto a margine della manifestazione.
## Ufficio parlamentare di bilancio: «Stime di crescita ottimistiche»
> L’Ufficio parlamentare di bilancio (UPB) ha giudicato «ottimistica» la stima di crescita dell’1,2% per il 2029 indicata dal governo, ritenendo più realistico un valore compreso tra lo 0,7 e lo 0,9%. Secondo l’UPB, il rapporto deficit/PIL potrebbe attestarsi al 3,1%, sopra l’obiettivo del 2,8% concordato con Bruxelles.
## I prossimi passaggi: fiducia domani alle 14, poi il Senato
> Il voto di fiducia si terrà domani a partire dalle 14, con la chiama nominale. Il voto finale sul provvedimento è atteso in serata. Il testo passerà quindi a Palazzo Madama, dove la commissione Bilancio inizierà l’esame il 22 dicembre. Anche al Senato il governo dovrebbe porre la fiducia, con il voto definitivo previsto il 28 dicembre.
## Superbonus, extraprofitti e Quota 103: il governo incassa la fiducia ma la maggioranza si divide sugli ordini del giorno di Forza Italia e Lega
> Nel pomeriggio, dopo la posizione della fiducia, l’aula ha affrontato l’esame degli ordini del giorno collegati alla manovra, che non sono vincolanti ma servono a segnalare le priorità politiche dei gruppi. Forza Italia ne ha presentato uno per chiedere di rendere volontario il contributo delle banche dal 2030, la Lega uno per estendere Quota 103 anche al 2030 e un altro per rivedere i criteri del superbonus residuo. Il governo ha dato parere favorevole al primo con una riformulazione e ha accolto il secondo «come raccomandazione», una formula che in gergo parlamentare equivale a un rinvio. È la prima volta in questa legislatura che due partiti della maggioranza votano in modo diverso su un ordine del giorno della manovra.

=== it-live-quirinale-scrutinio
lang: it
outlet: La Gazzetta Nazionale
title: Elezione del presidente della Repubblica, la diretta: fumata nera anche al quarto scrutinio, domani si vota due volte
caption: I grandi elettori in fila per il voto nell’aula di Montecitorio.
link: https://example.it/politica/quirinale-elezione-presidente-quarto-scrutinio-diretta
author:
date: 2029-01-27 21:05:00
tags: Quirinale, Politica, Elezione del presidente
options: bullet=•
> Quarto giorno di votazioni a Montecitorio per l’elezione del quindicesimo presidente della Repubblica. Da oggi, a differenza dei primi tre scrutini, basta la maggioranza assoluta dei 1.009 grandi elettori, cioè 505 voti. Ma anche il quarto scrutinio si è chiuso senza un eletto: il candidato del centrodestra, l’ex presidente della Corte costituzionale Vittorio Amendola, si è fermato a 438 voti.
> Le schede bianche sono state 312, quelle nulle 21. Il centrosinistra ha indicato la scheda bianca per evitare di bruciare un proprio candidato.
kp: In sintesi
* Fumata nera anche al quarto scrutinio: Amendola si ferma a 438 voti
* Schede bianche: 312
* Domani doppia votazione, alle 11 e alle 16.30
* Il centrosinistra apre a un nome «di garanzia»
## Fumata nera anche al quarto scrutinio: Amendola si ferma a 438 voti
> Lo spoglio, condotto dal presidente della Camera, Dott. Lorenzo Ferri, con la lettura ad alta voce di ogni scheda, è terminato alle 19.42. Vittorio Amendola ha ottenuto 438 voti, 67 in meno della soglia necessaria e circa 30 in meno dei voti teorici della coalizione di centrodestra. Segno, secondo i commentatori, di una fronda interna.
> Voti sparsi per altri nomi: 41 per l’ex ministra Maria Grazia Tosi, 28 per il sindaco di Bologna, 17 per il presidente uscente, che ha già escluso un secondo mandato.
## 312 schede bianche dal centrosinistra
> Come annunciato in mattinata, i grandi elettori di PD, M5S e AVS hanno votato scheda bianca, per un totale di 312 schede. «Non partecipiamo a una conta su un candidato di parte. Chiediamo un nome che unisca il Paese», ha spiegato la capogruppo dem al Senato, Sen. Paola Gentile.
## Chi sono i «franchi tiratori»?
> I 30 voti mancanti al centrodestra alimentano il sospetto di franchi tiratori nella maggioranza. Secondo fonti parlamentari, una parte dei senatori di Forza Italia non avrebbe gradito la scelta di Amendola, considerato troppo vicino alla Lega. «Il voto è segreto, nessuno può dire chi è stato», taglia corto un deputato azzurro che chiede l’anonimato.
## Domani doppia votazione, alle 11 e alle 16.30
> Il presidente della Camera ha convocato il Parlamento in seduta comune per domani con due votazioni, la prima alle 11 e la seconda alle 16.30. Resta necessaria la maggioranza assoluta di 505 voti. Nelle elezioni del 2015 e del 2022 il presidente fu eletto rispettivamente al quarto e all’ottavo scrutinio.
## Il centrosinistra apre a un nome «di garanzia»
> Dopo una riunione dei leader a Palazzo Madama, il centrosinistra ha fatto sapere di essere disponibile a votare «un nome di garanzia, non di parte», invitando la premier a un incontro «già domattina». Tra i nomi che circolano, quelli dell’ex presidente del Senato Giulia Morandi e del giudice costituzionale Enrico Salvi.
> La premier Livia Marchetti, per ora, conferma il sostegno ad Amendola: «È il candidato migliore, lo votiamo con convinzione».
## È la sesta volta che si supera il terzo scrutinio
> Dal 1948 a oggi, su 13 elezioni presidenziali, solo in sette casi il capo dello Stato è stato eletto entro il quarto scrutinio. Il record negativo resta quello del 1971, quando Giovanni Leone fu eletto al 23° scrutinio, dopo 16 giorni di votazioni. Francesco Cossiga, nel 1985, fu invece eletto al primo.
## Come si vota: catafalchi e schede
> I 1.009 grandi elettori, cioè 400 deputati, 200 senatori elettivi, i senatori a vita e 58 delegati regionali, votano uno alla volta, chiamati in ordine alfabetico. Ciascuno entra in una delle cabine allestite sotto la presidenza, i cosiddetti catafalchi, e scrive il nome sulla scheda, che deposita poi nell’urna, la tradizionale «insalatiera».
## 58 delegati regionali: chi sono
> Ogni Regione elegge tre delegati, tranne la Valle d’Aosta, che ne elegge uno, per un totale di 58. Di norma sono il presidente della Regione, il presidente del Consiglio regionale e un esponente dell’opposizione. Quest’anno il centrodestra conta 35 delegati regionali, il centrosinistra 23.
## Marchetti convoca il vertice di maggioranza a Palazzo Chigi
> Subito dopo la proclamazione del risultato, la premier ha convocato a Palazzo Chigi i leader della coalizione per un vertice serale. Sul tavolo, secondo fonti di maggioranza, la possibilità di confermare Amendola anche domani o di cercare un nome alternativo, condiviso con almeno una parte dell’opposizione, in vista del quinto e del sesto scrutinio.
> Il leader della Lega ha lasciato Montecitorio senza rilasciare dichiarazioni. Forza Italia chiede «una riflessione seria e non di bandiera».
## «Amendola resta il nostro candidato, ma siamo pronti ad ascoltare chi vuole davvero un presidente di tutti», dice la premier Marchetti dopo il vertice serale
> Al termine del vertice di maggioranza, durato quasi tre ore, la presidente del Consiglio ha parlato brevemente ai giornalisti nel cortile di Palazzo Chigi. «Amendola resta il nostro candidato, ma siamo pronti ad ascoltare chi vuole davvero un presidente di tutti. Non accetteremo però veti ideologici né nomi calati dall’alto», ha detto Marchetti, che ha confermato un incontro con i leader dell’opposizione per domattina alle 9.30, prima della prima votazione. Secondo fonti parlamentari, il centrodestra potrebbe votare scheda bianca al quinto scrutinio per evitare di logorare ulteriormente il proprio candidato, e tornare a votare Amendola solo in caso di fallimento della trattativa.

=== it-live-maturita-prima-prova
lang: it
outlet: Scuola24
title: Maturità 2028, la diretta della prima prova: le tracce. Escono Pascoli, Calvino e un testo sull’intelligenza artificiale
caption: Studenti di un liceo romano all’ingresso dell’istituto, mercoledì mattina.
link: https://example.it/scuola/maturita-2028-prima-prova-tracce-diretta
author: Redazione Scuola
date: 2028-06-21 13:10:00
tags: Scuola, Maturità 2028, Istruzione
options: bullet=⇒
> Al via la Maturità 2028: oltre 524.000 studenti affrontano questa mattina la prima prova scritta, il tema di italiano, comune a tutti gli indirizzi. Le tracce sono state sbloccate dal plico telematico alle 8.30. Gli studenti hanno sei ore di tempo e possono scegliere tra sette tracce divise in tre tipologie.
> Domani sarà la volta della seconda prova, diversa per ogni indirizzo: latino al classico, matematica allo scientifico.
kp: Le tracce della prima prova
* Tipologia A: Pascoli con «Novembre» e Calvino con «Le città invisibili»
* Tipologia B: l’intelligenza artificiale e il lavoro, il Novecento e la memoria
* Tipologia C: il valore del silenzio nell’epoca dei social
* Il ministro: «Tracce che parlano ai ragazzi»
## Tipologia A: Pascoli con «Novembre» e Calvino con «Le città invisibili»
> Per l’analisi del testo, i maturandi possono scegliere tra la poesia «Novembre» di Giovanni Pascoli, tratta da Myricae, e un brano delle «Città invisibili» di Italo Calvino, la descrizione della città di Zaira. Per Pascoli è un ritorno atteso da anni, mentre Calvino compare per la prima volta tra le tracce della prima prova.
> «Pascoli era nell’aria, tutti l’avevamo ripassato», racconta Giulia, 19 anni, all’uscita di un liceo classico di Bologna. «Calvino invece nessuno se l’aspettava.»
## È l’anno dell’intelligenza artificiale: la traccia sul lavoro
> La tipologia B, il testo argomentativo, propone tra l’altro un brano di un saggio dell’economista Luisa Dal Pozzo sull’impatto dell’intelligenza artificiale sul mondo del lavoro. Agli studenti si chiede di riflettere sul rischio che le macchine «sostituiscano non solo le braccia, ma anche il giudizio» e sul ruolo della scuola in questo cambiamento.
> Le altre tracce della tipologia B riguardano la memoria del Novecento, a partire da una pagina di Primo Levi, e il rapporto tra scienza e democrazia.
## Tipologia C: il silenzio nell’epoca dei social
> Per il tema di attualità, la tipologia C propone una riflessione sul valore del silenzio «in un tempo in cui tutti parlano e pochi ascoltano», a partire da un articolo del filosofo Marco Bellandi. Secondo i primi dati del ministero, è la traccia più scelta, con il 38% degli studenti, seguita da quella sull’intelligenza artificiale (24%).
## Il ministro: «Tracce che parlano ai ragazzi»
> «Sono tracce che parlano ai ragazzi, del loro presente e del loro futuro, senza dimenticare le radici della nostra cultura», ha commentato il ministro dell’Istruzione e del Merito, Prof. Andrea Bernardini, in visita al liceo scientifico Cavour di Roma. Il ministro ha poi augurato «buona fortuna a tutti i maturandi».
## Sindacati: «Commissioni senza presidenti in 120 scuole»
> La Flc Cgil denuncia che in almeno 120 istituti le commissioni sono state costituite all’ultimo momento per mancanza di presidenti, sostituiti da dirigenti già impegnati in altre scuole. «È una Maturità che si regge sulla buona volontà del personale», afferma il segretario generale, Dott. Giuseppe Rinaldi.
## I numeri della Maturità 2028
> Sono 524.318 i candidati, di cui 509.201 interni e 15.117 esterni. Il 51,2% frequenta un liceo, il 31,4% un istituto tecnico e il 17,4% un istituto professionale. Le commissioni sono 13.680, per un totale di oltre 27.000 classi. Il voto finale è espresso in centesimi: fino a 40 punti per il curriculum, fino a 20 per ciascuna delle due prove scritte e fino a 20 per il colloquio.
## Cellulari vietati: cosa si rischia
> Come ogni anno, il ministero ricorda che è vietato introdurre in aula cellulari, smartwatch e qualsiasi dispositivo in grado di collegarsi a internet. Chi viene sorpreso rischia l’esclusione da tutte le prove d’esame, secondo quanto previsto dall’art. 12 dell’ordinanza ministeriale n. 55 del 2028.
> È consentito l’uso del dizionario di italiano e di quello dei sinonimi e contrari.
## «Non ho dormito»: l’ansia dei maturandi sui social
> Su TikTok e Instagram, già dalla notte, migliaia di video di studenti tra ansia e ironia. L’hashtag #maturità2028 è primo in tendenza in Italia dalle 6 del mattino. Tra i più condivisi, quello di uno studente di Napoli che mostra una torre di lattine di caffè freddo: «Non ho dormito, ma ho ripassato Pascoli. Speriamo bene».

=== it-live-giro-tappa-etna
lang: it
outlet: Ciclismo Oggi
title: Giro d’Italia 2028, la diretta della 9ª tappa Catania-Etna: Davide Orsini vince in vetta e prende la maglia rosa
caption: Davide Orsini alza le braccia sul traguardo del Rifugio Sapienza.
link: https://example.it/ciclismo/giro-italia-2028-tappa-9-catania-etna-diretta
author: Matteo Brambilla
date: 2028-05-14 17:52:00
tags: Ciclismo, Giro d’Italia, Etna
options: time=prefix bullet=⇒
> Prima vera tappa di montagna del Giro d’Italia 2028: 168 km da Catania al Rifugio Sapienza, sull’Etna, con un arrivo in salita di 18,6 km al 6,2% di pendenza media e punte del 12%. La maglia rosa è sulle spalle del belga Jasper Van Looy, che difende 1’12” di vantaggio sul primo degli italiani, Davide Orsini.
kp: Le notizie della tappa
* Davide Orsini vince sull’Etna e conquista la maglia rosa
* Crisi per Van Looy, che perde 2’40”
* Fuga di giornata ripresa a 6 km dall’arrivo
## 17:41 | Davide Orsini vince sull’Etna e conquista la maglia rosa!
> Trionfo azzurro sull’Etna! Davide Orsini, 26 anni, scatta a 2,3 km dall’arrivo e nessuno riesce a seguirlo. Taglia il traguardo a braccia alzate con 24” su Pablo Iriarte e 31” su Mikkel Sørensen. Grazie agli abbuoni, il corridore del Team Lombardia-Vittoria è la nuova maglia rosa con 46” su Iriarte.
> «È il giorno più bello della mia vita. Ho pensato a mio nonno, che mi portava a vedere il Giro sull’Etna quando avevo sei anni», ha detto Orsini in lacrime ai microfoni della Rai.
## 17:36 | Scatta Orsini!
> Attacco secco di Orsini sulla rampa più dura, al 12%. Iriarte prova a rispondere ma si pianta.
## 17:25 | Crisi per Van Looy, la maglia rosa si stacca
> La maglia rosa è in difficoltà! Jasper Van Looy perde contatto dal gruppo dei migliori a 5 km dall’arrivo, assistito da due compagni. Il ritardo cresce rapidamente: 25”, poi 48”, poi oltre un minuto ai 4 km.
## 17:14 | Ripresa la fuga di giornata
> Si esaurisce a 6 km dall’arrivo l’avventura dei cinque fuggitivi, partiti al km 12. L’ultimo a resistere è l’eritreo Natnael Haile, ripreso dal gruppo tirato dalla Lombardia-Vittoria. Il vantaggio massimo della fuga aveva toccato i 7’30” a Nicolosi.
## 16:48 | Inizia la salita finale: 18,6 km al 6,2%
> Il gruppo imbocca la salita dell’Etna da Nicolosi con 4’10” di ritardo dai fuggitivi. Davanti, ritmo alto della Sierra Team di Iriarte, che vuole selezionare il gruppo fin dalle prime rampe.
> A bordo strada, migliaia di tifosi: secondo la prefettura di Catania, oltre 60.000 persone lungo la salita.
## 15:30 | Traguardo volante di Acireale: passa primo Haile
> Al traguardo volante di Acireale, km 78, passa per primo Natnael Haile, che guadagna 3” di abbuono. Il gruppo transita con 6’45” di ritardo.
## 13:05 | Partenza da Catania
> Il via ufficiale è stato dato alle 12.58 dal sindaco di Catania, in piazza Duomo, davanti a migliaia di persone. 172 corridori al via: ritirato prima della partenza il francese Théo Lefèvre, per una caduta nella tappa di ieri.
## 12:30 | La tappa: tre salite e l’arrivo a quota 1.900 metri
> La 9ª tappa propone 3.650 metri di dislivello. Dopo una prima parte costiera, la corsa affronta il Gran Premio della Montagna di Zafferana Etnea (2ª categoria) e quello di Milo, prima dell’ascesa finale al Rifugio Sapienza, a 1.900 metri. Il vincitore dell’ultimo arrivo sull’Etna, nel 2025, aveva impiegato 52’14” per la salita finale.
## 11:50 | Van Looy: «Oggi si vedrà chi ha le gambe»
> Alla partenza, la maglia rosa si è detta serena. «Oggi si vedrà chi ha le gambe. Io ho una squadra forte e un vantaggio da gestire, non devo inventarmi niente», ha detto il belga ai microfoni di Eurosport. Van Looy, 29 anni, non ha mai vinto un grande giro: il suo miglior risultato è un quarto posto alla Vuelta del 2026.
> Più scaramantico Orsini: «Non parlo di maglia rosa. Parlo di tappa, e la tappa è lunga».
## 11:20 | La classifica generale prima della tappa
> 1. Jasper Van Looy (Bel) in 34h12’08”; 2. Davide Orsini (Ita) a 1’12”; 3. Pablo Iriarte (Spa) a 1’25”; 4. Mikkel Sørensen (Dan) a 1’40”; 5. Tom Whitaker (Gbr) a 2’03”. Maglia ciclamino al colombiano Andrés Cárdenas, maglia azzurra del miglior scalatore all’austriaco Lukas Bauer, maglia bianca al norvegese Eirik Haugland.
## 10:45 | Meteo: sole e vento sulla vetta, 11 gradi all’arrivo
> Previsto sole su tutto il percorso, con temperature fino a 27 gradi sulla costa ionica. In vetta all’Etna, però, il termometro non dovrebbe superare gli 11 gradi, con vento da nord-ovest fino a 40 km/h sugli ultimi chilometri, secondo il servizio meteorologico dell’Aeronautica militare.

=== it-live-ponte-stretto
lang: it
outlet: Gazzetta del Sud Est
title: Ponte sullo Stretto, la diretta: via libera definitivo del Cipess al progetto da 14,6 miliardi. Proteste a Messina e Villa San Giovanni
caption: Il corteo contro il ponte sul lungomare di Messina.
link: https://example.it/cronaca/ponte-stretto-cipess-via-libera-diretta
author: Redazione Messina
date: 2028-09-29 20:00:00
tags: Ponte sullo Stretto, Infrastrutture, Messina, Calabria
options: bullet=⇒
> Il Comitato interministeriale per la programmazione economica e lo sviluppo sostenibile (Cipess) ha approvato oggi il progetto definitivo del ponte sullo Stretto di Messina, con un costo aggiornato di 14,6 miliardi di euro. Con la delibera si chiude l’iter amministrativo e potranno partire gli espropri e i cantieri preliminari, previsti entro la fine dell’anno.
> A Messina e a Villa San Giovanni migliaia di persone sono scese in piazza contro l’opera, mentre il governo parla di «una giornata storica per il Mezzogiorno».
kp: Le ultime notizie
* Cipess, via libera definitivo al ponte: costo di 14,6 miliardi
* Pellegrino: «Una giornata storica», dice il ministro delle Infrastrutture
* Migliaia in corteo a Messina: «Il ponte non serve»
* Espropri per 450 famiglie, i primi entro dicembre
## Cipess, via libera definitivo al ponte: costo di 14,6 miliardi
> La delibera del Cipess approva il progetto definitivo presentato dalla società Stretto di Messina S.p.A. e il relativo piano economico-finanziario. Rispetto alla stima del 2024, il costo sale di 1,1 miliardi, soprattutto per l’aumento dei prezzi dell’acciaio e per le nuove prescrizioni antisismiche. L’opera sarà finanziata interamente con fondi pubblici.
> Il ponte a campata unica avrà una luce di 3.300 metri, la più lunga al mondo, con due torri alte 399 metri. Il completamento è previsto per il 2034.
## Pellegrino: «Una giornata storica»
> «Oggi è una giornata storica per la Sicilia, per la Calabria e per tutto il Paese. Chi diceva che il ponte non si sarebbe mai fatto dovrà ricredersi», ha dichiarato il ministro delle Infrastrutture e dei Trasporti, Rocco Pellegrino, al termine della riunione a Palazzo Chigi. Il ministro ha annunciato che la prima pietra sarà posata «entro la primavera».
## Migliaia in corteo a Messina: «Il ponte non serve»
> Secondo la questura, sono state circa 8.000 le persone che hanno sfilato sul lungomare di Messina, 20.000 secondo gli organizzatori del comitato No Ponte. «Il ponte non serve: servono treni, strade, acqua corrente tutto l’anno», si leggeva sullo striscione in testa al corteo. Presenti anche delegazioni di Legambiente, WWF e dei sindacati di base.
> A Villa San Giovanni, sulla sponda calabrese, un centinaio di manifestanti ha bloccato per un’ora l’imbarco dei traghetti.
## Espropri per 450 famiglie, i primi entro dicembre
> La società Stretto di Messina ha confermato che gli espropri riguarderanno circa 450 abitazioni, in maggioranza nella zona di Torre Faro e Ganzirri, sul versante siciliano. Le prime notifiche arriveranno entro dicembre. Gli indennizzi medi previsti sono di 180.000 euro per abitazione, cifra giudicata «offensiva» dai comitati dei residenti.
## Il PD: «Soldi sottratti a sanità e ferrovie del Sud»
> «Sono 14,6 miliardi sottratti alla sanità, alle ferrovie e alla rete idrica del Sud, dove in estate l’acqua arriva un giorno su tre», ha attaccato la capogruppo del PD in commissione Trasporti, On. Rosaria Musumeci. Il M5S annuncia un esposto alla Corte dei conti sulla congruità dei costi.
## È una zona sismica: cosa dicono gli esperti
> Lo Stretto è una delle aree a più alta pericolosità sismica del Mediterraneo: il terremoto del 28 dicembre 1908 distrusse Messina e Reggio Calabria, causando oltre 80.000 vittime. Secondo la società, il ponte è progettato per resistere a un sisma di magnitudo 7,1 e a venti fino a 270 km/h. Il geologo Prof. Salvatore Lo Giudice, dell’Università di Catania, invita però a «non sottovalutare le faglie attive sul fondale».
## La Regione Siciliana: «Ora le opere complementari»
> Il presidente della Regione Siciliana ha accolto con favore la delibera, chiedendo però che le opere complementari, dalla nuova stazione di Messina ai raccordi autostradali, procedano «in parallelo e non dopo». Sul tavolo ci sono 1,3 miliardi di interventi, di cui solo una parte già finanziata.
## Le tappe: dal 1969 a oggi
> Il primo concorso internazionale di idee per un collegamento stabile tra Sicilia e Calabria risale al 1969. La società Stretto di Messina fu costituita nel 1981, liquidata nel 2013 e riattivata nel 2023. Il progetto definitivo, approvato una prima volta nel 2011, è stato aggiornato e ripresentato nel 2024.

=== it-plain-truffa-finto-corriere
lang: it
outlet: L’Eco di Bergamo e Provincia
title: Truffa del finto corriere, sgominata banda a Bergamo: oltre 1.200 vittime in tutta Italia e 2,4 milioni di euro incassati
caption:
link: https://example.it/cronaca/truffa-finto-corriere-bergamo-banda-sgominata
author: Francesca Locatelli
date: 2028-10-22 09:40:00
tags: Cronaca, Truffe, Bergamo
options: nocaptionline bom crlf
> Un sms con il logo di un noto corriere, un link per «riprogrammare la consegna» e un pagamento di 1,99 euro per le spese di giacenza. È così che, secondo la Procura di Bergamo, una banda di nove persone è riuscita a truffare oltre 1.200 persone in tutta Italia tra il 2026 e il 2028, incassando circa 2,4 milioni di euro.
> Gli arresti sono stati eseguiti all’alba di ieri dalla Polizia Postale in Lombardia, Campania e Puglia, su ordinanza del gip Dott.ssa Elena Cortesi. Sei degli indagati sono finiti in carcere, tre ai domiciliari. Sono accusati, a vario titolo, di associazione per delinquere finalizzata alla truffa aggravata, all’accesso abusivo a sistemi informatici e al riciclaggio.
> Il meccanismo era semplice ed efficace. Il link portava a un sito clone, come www.spedizioni-consegna.example.com o consegna-pacco24.example.net, che imitava alla perfezione quello del corriere. La vittima inseriva i dati della carta per pagare la piccola somma, e nei giorni successivi si vedeva addebitare abbonamenti e acquisti per centinaia di euro.
> «Alcune vittime hanno perso fino a 8.500 euro, perché la banda usava i dati anche per chiedere prestiti online a loro nome», spiega il dirigente del Centro operativo per la sicurezza cibernetica di Milano, Dott. Marco Pellegatta. «Il più giovane dei truffati aveva 19 anni, il più anziano 91. Nessuno è al sicuro.»
> Centrale, secondo gli inquirenti, il ruolo di una società di Caserta, la Logiservice S.r.l., formalmente attiva nella consulenza informatica, che registrava i domini e gestiva i server all’estero, in Moldavia e nelle Seychelles. Il suo amministratore, un 34enne napoletano, è considerato il capo dell’organizzazione. Sequestrati conti, auto di lusso e due appartamenti a Posillipo per un valore di 1,6 milioni.
> L’indagine era partita nel marzo 2027 dalla denuncia di una pensionata di Treviglio, che si era vista svuotare il conto dopo aver pagato 2,99 euro per un pacco mai ordinato. Da lì, gli investigatori hanno ricostruito oltre 3.400 transazioni sospette, passate attraverso 112 carte prepagate intestate a prestanome, molti dei quali reclutati tramite annunci su Telegram.
> La Polizia Postale ricorda che i corrieri non chiedono mai pagamenti via sms o e-mail per consegne in sospeso e invita a segnalare i messaggi sospetti sul portale www.commissariatodips.example.it o scrivendo a segnalazioni@poliziapostale.example.it. Chi è stato vittima della truffa può presentare denuncia in qualsiasi ufficio di polizia, portando gli estratti conto.
> Il Codacons ha annunciato che si costituirà parte civile nel processo e ha messo a disposizione dei truffati un servizio gratuito di assistenza legale al numero 89.349.933. «Le banche devono rimborsare chi è stato vittima di phishing senza colpa grave, come prevede la normativa europea sui servizi di pagamento (direttiva PSD2, art. 73)», sottolinea l’associazione.
> Nel frattempo, sugli indagati pesa anche l’accusa di aver riciclato parte dei proventi attraverso l’acquisto di criptovalute su piattaforme non autorizzate in Italia. Secondo la Guardia di Finanza, almeno 680.000 euro sono stati convertiti in bitcoin e stablecoin e trasferiti su portafogli digitali riconducibili a due degli arrestati.
> L’interrogatorio di garanzia è fissato per lunedì nel carcere di Bergamo. I difensori del presunto capo, gli avvocati Renato Esposito e Giulia Marra, hanno annunciato ricorso al Tribunale del Riesame. «Il nostro assistito respinge ogni accusa e chiarirà la sua posizione davanti al giudice», si legge in una nota.
> Secondo i dati della Polizia Postale, nel 2027 le segnalazioni di smishing, le truffe via sms, sono aumentate del 47% rispetto all’anno precedente, superando quota 18.000. Le più diffuse imitano corrieri, banche, Poste e fornitori di energia, con messaggi sempre più curati e spesso privi di errori grammaticali grazie all’uso di strumenti di traduzione automatica.

=== it-plain-restauro-affresco
lang: it
outlet: Arte e Territorio
title: Arezzo, restaurato l’affresco del Maestro di San Lorenzo: riemergono i colori originali del Trecento e una firma nascosta
caption: Il ciclo di affreschi della cappella Baldinucci dopo il restauro.
link: https://example.it/cultura/arezzo-restauro-affresco-maestro-san-lorenzo
author: Giovanni Beccari
date: 2028-03-11 11:15:00
tags: Arte, Restauro, Arezzo
> Dopo tre anni di lavori e un investimento di 780.000 euro, la cappella Baldinucci della chiesa di San Lorenzo ad Arezzo riapre al pubblico sabato 15 marzo. Il restauro del ciclo di affreschi con le Storie di Santa Caterina, attribuito al cosiddetto Maestro di San Lorenzo e datato intorno al 1340-1345, ha restituito colori che nessuno aveva più visto da secoli.
> «Sotto uno strato di ridipinture ottocentesche e di nerofumo dovuto a secoli di candele, abbiamo trovato un azzurro di lapislazzuli intatto in più del 60% delle superfici», racconta la restauratrice Dott.ssa Laura Cinelli, che ha guidato un’équipe di dodici persone. «È stato come togliere un velo da una finestra.»
> La scoperta più sorprendente è arrivata nell’ultima fase dei lavori, sotto la scena del Martirio della santa: una breve iscrizione in lettere gotiche, parzialmente abrasa, che gli studiosi leggono come «…ANDREAS PINXIT A.D. MCCCXLIII». Se confermata, sarebbe la prima firma conosciuta del pittore, finora anonimo.
> Per lo storico dell’arte Prof. Alessandro Tommasi, dell’Università di Siena, l’iscrizione potrebbe identificare il Maestro di San Lorenzo con un Andrea di Nerio documentato ad Arezzo tra il 1331 e il 1369, già ipotizzato da alcuni studiosi (cfr. A. Tommasi, Pittori aretini del Trecento, Firenze 2019, p. 12 e segg.). «È un’ipotesi affascinante, ma servono altre verifiche», avverte.
> Il restauro è stato finanziato per il 70% dalla Fondazione Cassa di Risparmio di Arezzo e per il resto dal ministero della Cultura e da una raccolta fondi online che ha coinvolto 1.430 donatori, anche dall’estero. Il contributo più alto, 25.000 euro, è arrivato da una famiglia di origine aretina residente a Boston, negli U.S.A.
> Le indagini diagnostiche, condotte con l’Opificio delle Pietre Dure di Firenze, hanno permesso di ricostruire la tecnica del pittore: un affresco «a giornate», con almeno 86 giornate di lavoro riconoscibili, e finiture a secco per le vesti e gli ornamenti in oro, realizzati con lamina d’oro zecchino su una base di bolo armeno.
> La cappella, lunga 7,8 metri e larga 5,2, era stata fatta costruire dalla famiglia di mercanti Baldinucci, arricchitasi con il commercio della lana. Lo stemma di famiglia, un leone rampante d’argento su campo azzurro, compare in quattro punti del ciclo, compreso un piccolo ritratto dei committenti inginocchiati ai piedi della santa.
> È prevista anche un’app gratuita, disponibile per iPhone e Android, che permetterà ai visitatori di confrontare lo stato attuale degli affreschi con le fotografie scattate prima del restauro e di ingrandire i dettagli più minuti, dalle decorazioni delle vesti alle espressioni dei volti.
> La cappella sarà visitabile dal martedì alla domenica, dalle 10 alle 18, con ingressi contingentati di 15 persone ogni mezz’ora. Il biglietto costa 6 euro (ridotto 3 euro per gli under 25). Prenotazioni su www.sanlorenzoarezzo.example.it o all’indirizzo visite@sanlorenzoarezzo.example.it.
> Il parroco, Don Michele Fabbrini, si dice «commosso» e annuncia per il giorno dell’inaugurazione una messa solenne alle 11, seguita da una visita guidata gratuita per gli abitanti del quartiere. «Questa cappella appartiene prima di tutto a chi ci ha pregato per settecento anni», ha detto.
> L’intervento ha restituito anche la leggibilità di alcune scene che il tempo aveva reso quasi invisibili, come la Disputa con i filosofi, dove si distinguono ora chiaramente cinquanta figure, ciascuna con una fisionomia diversa. «Il pittore conosceva Giotto e gli affreschi di Assisi, ma aveva una vena narrativa tutta sua, quasi da miniaturista», osserva il Prof. Tommasi.
> Il cantiere, allestito nel 2025 dopo il distacco di alcuni frammenti di intonaco, aveva richiesto la chiusura della cappella, con grande disappunto delle numerose confraternite legate alla chiesa. Durante i lavori, i visitatori potevano comunque seguire il restauro attraverso una vetrata e partecipare a visite di cantiere il primo sabato di ogni mese.
> La parte più delicata del lavoro ha riguardato la volta, dove le infiltrazioni d’acqua degli anni Sessanta avevano provocato il sollevamento dell’intonaco su una superficie di circa 14 metri quadrati. I restauratori hanno consolidato il supporto con iniezioni di malta idraulica a basso peso specifico, poi hanno rimosso le ridipinture con impacchi di carbonato d’ammonio e bisturi, centimetro per centimetro, sotto il microscopio. «In alcuni punti abbiamo proceduto alla velocità di un palmo al giorno», ricorda la Dott.ssa Cinelli, che ha documentato ogni fase in un diario di cantiere di oltre 900 pagine, destinato a confluire nella pubblicazione scientifica prevista per il 2029 (Edizioni Polistampa, collana Restauri, vol. 7).

