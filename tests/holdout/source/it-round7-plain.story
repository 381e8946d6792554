#! Italian plain articles: invented news, people and places. (round 7)

=== it-plain-lancio-satellite-sardegna
lang: it
outlet: Scienza e Spazio Quotidiano
title: Dal poligono di Quirra il primo lancio orbitale italiano: il satellite Nuraghe-1 è in orbita
caption: Il razzo Aquila-L sulla rampa del poligono di Salto di Quirra.
link: https://example.it/spazio/lancio-quirra-nuraghe-1-orbita
author: Valentina Cocco
date: 2032-09-17 08:00:00
tags: Spazio, Sardegna, Nuraghe-1, Asi
options: crlf exit=none
> Alle 6.42 di martedì, ora italiana, il razzo Aquila-L si è staccato dalla rampa del poligono sperimentale di Salto di Quirra, in Sardegna, portando in orbita il satellite Nuraghe-1. È il primo lancio orbitale mai effettuato dal territorio italiano, a sessant’anni esatti dalle prime missioni del programma San Marco dalla piattaforma al largo del Kenya. Il satellite ha raggiunto l’orbita prevista, a 510 chilometri di quota, nove minuti e 40 secondi dopo il decollo.
> Nella sala di controllo di Perdasdefogu, alle 6.52, il direttore di volo Dott. Emanuele Sanna ha annunciato la separazione con una sola parola: «Separati.» Poi l’applauso, lungo, e qualche lacrima. «Ci abbiamo lavorato nove anni. Vedere quella luce salire sopra il mare è stato… non lo so, non trovo la parola», ha detto più tardi ai giornalisti.
> Il lancio era stato rinviato due volte. Il 9 settembre per il vento forte in quota, il 13 per un’anomalia su una valvola del secondo stadio, poi sostituita. Anche martedì il conto alla rovescia si è fermato per undici minuti a T-3, alle 6.28, per un controllo sui dati meteo. Alle 6.39 è ripartito, e questa volta senza intoppi.
> L’Aquila-L, sviluppato dalla società romana OrbitaLab S.p.A. con il sostegno dell’Agenzia spaziale italiana (Asi), è un lanciatore leggero di 27 metri, alimentato a metano e ossigeno liquido, in grado di portare fino a 800 kg in orbita bassa. Il programma è costato complessivamente 310 milioni di euro, di cui 120 milioni provenienti dal Piano nazionale di ripresa e resilienza (Pnrr) e il resto da investitori privati.
> Nuraghe-1, un satellite di 140 kg costruito dall’Università di Cagliari insieme a un consorzio di piccole imprese sarde, osserverà le coste del Mediterraneo per monitorare l’erosione, gli incendi boschivi e la qualità delle acque. I primi dati dovrebbero arrivare entro fine ottobre e saranno accessibili gratuitamente su www.nuraghe1.example.it, anche per scuole e ricercatori.
> Non sono mancate le proteste. Un gruppo di una cinquantina di manifestanti del comitato “Gettiamo le basi” si è radunato all’alba davanti all’ingresso del poligono per chiedere la bonifica dell’area, usata per decenni per esercitazioni militari. «Si parla di futuro, ecc. ecc., ma qui il passato non è ancora stato ripulito», ha detto la portavoce Maria Grazia Loi.
> Il prossimo lancio da Quirra è previsto per la primavera del 2033. OrbitaLab punta a una cadenza di sei lanci l’anno entro il 2035 e ha già firmato contratti con due operatori europei di costellazioni per l’osservazione della Terra, oltre a una lettera d’intenti con l’Agenzia spaziale europea.

=== it-plain-sentenza-cooperativa
lang: it
outlet: Il Giornale di Brescia e Provincia
title: Fallimento della cooperativa Aurora, condannati l’ex presidente e il commercialista: 5 anni e 4 mesi
caption: Il palazzo di giustizia di Brescia.
link: https://example.it/cronaca/sentenza-fallimento-cooperativa-aurora
author: Paolo Ghidini
date: 2030-07-10 20:30:00
tags: Giustizia, Brescia, Cooperativa Aurora
options: bom
> Il tribunale di Brescia ha condannato a 5 anni e 4 mesi di reclusione l’ex presidente della cooperativa edilizia Aurora, Giuseppe Fenaroli, e a 3 anni e 8 mesi il commercialista Dott. Luca Zanardelli, riconosciuti colpevoli di bancarotta fraudolenta per distrazione. Secondo l’accusa, i due avrebbero sottratto alle casse della cooperativa circa 3,5 milioni di euro tra il 2019 e il 2025, prima del fallimento dichiarato nel 2026.
> La sentenza è stata letta alle 18.40 dal presidente del collegio, il giudice Antonio Bettoni, dopo oltre sette ore di camera di consiglio. In aula, tra il pubblico, c’erano una trentina di soci della cooperativa, molti dei quali hanno perso la caparra versata per un appartamento mai costruito: in media 62.000 euro a famiglia, secondo i calcoli della curatela.
> Il pm Dott.ssa Cristina Orizio aveva chiesto 6 anni per Fenaroli e 4 anni per Zanardelli. Nella sua requisitoria aveva descritto un sistema di fatture per consulenze mai svolte, emesse da due società, la Fenaroli Consulting S.r.l. e la Studio Z S.a.s., riconducibili agli imputati. «Non c’è un solo documento che dimostri che quelle consulenze siano esistite. Neppure uno», aveva detto.
> Il tribunale ha disposto anche l’interdizione perpetua dai pubblici uffici per Fenaroli e il risarcimento alle parti civili, da liquidare in separata sede, con una provvisionale di 15.000 euro per ciascuno dei 48 soci costituiti. Assolti, invece, i tre ex consiglieri di amministrazione, «per non aver commesso il fatto».
> L’Avv. Franco Lussignoli, difensore di Fenaroli, ha annunciato ricorso in appello. «Leggeremo le motivazioni, ma siamo convinti che il mio assistito abbia agito nell’interesse della cooperativa, in un momento di grave crisi del settore. Le consulenze erano reali, ecc.: lo dimostreremo in secondo grado.» Le motivazioni saranno depositate entro novanta giorni.
> Fuori dal tribunale, i soci hanno accolto la sentenza con sentimenti contrastanti. «Giustizia è fatta, almeno in parte. Ma i soldi chi ce li ridà?», si chiede Roberta Pedrali, 44 anni, che nel 2022 aveva versato 75.000 euro per un trilocale a Rezzato. «Io ho ancora il contratto appeso in cucina. Lo guardo tutte le mattine...»
> La curatela fallimentare, guidata dall’Avv. Silvia Baronchelli, ha finora recuperato 1,1 milioni di euro dalla vendita dei terreni e di due cantieri incompiuti. Un primo riparto ai creditori è previsto entro la fine dell’anno. Per informazioni i soci possono scrivere a curatela.aurora@example-pec.it.

=== it-plain-festival-letteratura-bilancio
lang: it
outlet: Cultura Nord-Est
title: Festival della Letteratura di Bassano, edizione record: 126.000 presenze e 12.500 biglietti venduti in un’ora
caption: Il pubblico sul Ponte degli Alpini durante una lettura all’aperto.
link: https://example.it/cultura/festival-letteratura-bassano-bilancio
author: Elisa Tonin
date: 2031-09-08 11:10:00
tags: Cultura, Libri, Bassano del Grappa, Festival
options: nocaptionline authorspace
caption:
> Si è chiusa domenica sera la dodicesima edizione del Festival della Letteratura di Bassano del Grappa, che per cinque giorni ha portato in città 214 autori da 31 Paesi. Gli organizzatori parlano di «un’edizione da record»: 126.000 presenze stimate agli oltre 300 appuntamenti, il 18% in più rispetto all’anno scorso, e i 12.500 biglietti per gli incontri principali esauriti in appena un’ora dall’apertura delle vendite online, a giugno.
> L’incontro più affollato è stato quello di sabato pomeriggio con lo scrittore irlandese Declan McCormack, che ha presentato in anteprima il suo nuovo romanzo, “La casa sull’estuario”, davanti a 4.000 persone in piazza Libertà. «Non avevo mai visto tanta gente ascoltare un uomo che legge. In Irlanda lo fanno solo per le partite di rugby», ha scherzato l’autore.
> Molto seguiti anche gli incontri dedicati all’intelligenza artificiale e alla scrittura, tema scelto per questa edizione. Il dialogo tra la filosofa Giulia Morandin e l’ingegnere Marco DeRossi, che lavora alla divisione europea di una grande azienda californiana di software, ha riempito il teatro Remondini con 900 posti e altre 1.000 persone collegate dal maxischermo in piazza.
> Non sono mancate le polemiche. La presenza tra gli sponsor di una società di consulenza coinvolta in un’inchiesta per evasione fiscale ha spinto tre autori, tra cui la poetessa Anna Lisa Brunello, a rinunciare alla propria partecipazione. La direttrice del festival, Marta Zen, ha spiegato che il contratto di sponsorizzazione «era stato firmato nel 2029, molto prima che emergessero le notizie».
> Sul piano economico, la Camera di commercio di Treviso-Belluno-Vicenza stima una ricaduta sul territorio di circa 8,6 milioni di euro tra alberghi, ristoranti, negozi, librerie, ecc. Le strutture ricettive hanno registrato un tasso di occupazione del 97% nelle notti di venerdì e sabato, e molti visitatori hanno dovuto trovare alloggio a Vicenza, Asolo o Castelfranco Veneto.
> Le librerie del festival hanno venduto 31.000 volumi, contro i 26.500 dell’edizione precedente. In testa alle vendite, il romanzo di McCormack, seguito dal saggio “Le parole delle macchine” di Giulia Morandin e dalla raccolta di racconti “Nebbia a Marostica” del bassanese Pietro Zonta.
> La tredicesima edizione si terrà dal 2 al 6 settembre 2032. Il tema sarà annunciato a marzo. Per proposte e candidature dei volontari è già attivo l’indirizzo volontari@festivalbassano.example.it; il programma sarà pubblicato sul sito www.festivalbassano.example.it a partire da maggio.

=== it-plain-cessione-calcio-ancona
lang: it
outlet: Il Messaggero dell’Adriatico
title: Calcio, l’Ancona passa al fondo americano BlueHarbor: operazione da 42 milioni. «Obiettivo Serie A in tre anni»
caption: Lo stadio del Conero durante una partita del campionato di Serie B.
link: https://example.it/sport/ancona-calcio-cessione-blueharbor
author: Matteo Giacchetti
date: 2032-06-30 19:20:00
tags: Calcio, Ancona, Serie B, BlueHarbor
options: crlf bom
> È ufficiale: l’Ancona Calcio S.p.A. cambia proprietà. La famiglia Marinelli, che controllava il club dal 2019, ha ceduto il 100% delle quote al fondo statunitense BlueHarbor Capital per 42 milioni di euro, debiti compresi. L’accordo è stato firmato ieri sera a Milano, nello studio del notaio Dott. Alberto Ricci, e sarà presentato ufficialmente lunedì alle 12 allo stadio del Conero.
> Il fondo, con sede a Boston e circa 6 miliardi di dollari in gestione, possiede già quote di minoranza in un club di calcio portoghese e in una squadra di hockey su ghiaccio canadese. Il suo fondatore, Ryan McKinnon, ha affidato a un comunicato le prime parole da nuovo proprietario: «L’Ancona ha una storia, una città e un tifo straordinari. Il nostro obiettivo è riportarla in Serie A in tre anni.»
> Per l’ormai ex presidente Stefano Marinelli, 71 anni, si chiude un ciclo di tredici stagioni, con due promozioni e una retrocessione. «Lascio un club sano, senza debiti scaduti e con un settore giovanile tra i migliori d’Italia», ha detto in conferenza stampa, visibilmente commosso. «Era il momento giusto. Per fare il salto servono risorse che una famiglia da sola non ha più.»
> Nei documenti depositati alla Lega B, BlueHarbor si impegna a investire almeno 25 milioni di euro nei prossimi tre anni, di cui 8 milioni per il centro sportivo di Camerano e il resto per il mercato. Il nuovo amministratore delegato sarà l’italo-americano Daniel DeLuca, 48 anni, ex dirigente di una società di media sportivi a New York, che si trasferirà ad Ancona già a luglio.
> La tifoseria accoglie la notizia con prudenza. La Curva Nord ha diffuso un comunicato in cui chiede «garanzie scritte» sulla permanenza della squadra al Conero e sul rispetto dei colori e dello stemma. «Abbiamo visto troppi fondi arrivare con grandi promesse e andarsene dopo due anni lasciando macerie… Aspettiamo i fatti», si legge nel testo.
> Anche il sindaco, Luca Mancinelli, ha chiesto un incontro alla nuova proprietà, in particolare sul progetto di ristrutturazione dello stadio, di proprietà comunale. «Il Conero ha bisogno di 30 milioni di lavori. Se BlueHarbor vuole fare la sua parte, il Comune c’è», ha detto. La prima riunione è fissata per il 7 luglio alle 10.30 in Comune.
> Sul piano sportivo, la nuova proprietà ha confermato l’allenatore Massimo Paoloni e il direttore sportivo Enrico Tombolini. Il ritiro precampionato comincerà il 14 luglio a Sestola, sull’Appennino modenese; la prima amichevole è in programma il 20 luglio contro una selezione locale.
