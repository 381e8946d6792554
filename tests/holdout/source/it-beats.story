#! Italian held-out articles, other beats: invented news, invented people, firms and places.

=== it-live-referendum
lang: it
outlet: Il Corriere dell’Adige
title: Referendum sull’autonomia idrica, la diretta dello spoglio: vince il Sì con il 61,4%, affluenza al 52,3%
caption: Lo spoglio delle schede in una sezione di Rovereto.
link: https://example.it/politica/referendum-autonomia-idrica-diretta-spoglio
author: Giulia Tomasi
date: 2027-06-13 01:05:00
tags: Politica, Referendum, Trentino
options: bullet=-
> Gli elettori del Trentino hanno approvato il referendum consultivo sull’autonomia nella gestione delle acque, promosso dalla giunta provinciale. Secondo i dati ancora parziali, il Sì ha ottenuto il 61,4% dei voti, mentre il quorum del 50% è stato superato con un’affluenza definitiva del 52,3%.
> Si tratta del primo referendum provinciale a raggiungere il quorum dal 2009. Il presidente della Provincia, Mauro Dellantonio, ha parlato di «una giornata storica per l’autonomia». Seguiamo in diretta lo spoglio e le reazioni.
kp: In sintesi
* Il Sì vince con il 61,4%
* Affluenza definitiva al 52,3%, quorum raggiunto
* Dellantonio: «Ora trattiamo con Roma»
* A Trento città il No è al 47%
## alle 00.40 | Dellantonio: «Ora trattiamo con Roma»
> «I trentini hanno parlato chiaro, adesso tocca a Roma ascoltare.» Il presidente della Provincia ha commentato il risultato dalla sede della giunta in piazza Dante, circondato dagli assessori. Ha annunciato che già la prossima settimana chiederà un incontro al ministro per gli Affari regionali per avviare la trattativa sulle concessioni idroelettriche.
> Il governo, per ora, tace. Una fonte del ministero si limita a ricordare che il referendum «è consultivo e non vincolante», e che qualunque modifica dello Statuto richiede una legge costituzionale.
## alle 23.55 | Il Sì vince con il 61,4%
> Con 412 sezioni scrutinate su 538, il Sì è al 61,4% e il No al 38,6%. Il vantaggio è ormai incolmabile. Il risultato è netto soprattutto nelle valli: in Val di Sole il Sì supera il 78%, in Val di Fassa il 74%, mentre nei centri più grandi la partita è stata più combattuta.
> 8 comuni su 10 hanno votato a maggioranza per il Sì, secondo le elaborazioni dell’Istituto di statistica provinciale. In due comuni della Valsugana il No ha vinto per meno di dieci voti.
## alle 23.20 | A Trento città il No è al 47%
> Nel capoluogo il risultato è molto più equilibrato. Con il 70% delle sezioni scrutinate, il Sì è al 53% e il No al 47%. Il sindaco di Trento, schierato per il No, ha parlato di «un segnale che la Provincia farebbe bene a non ignorare» e ha chiesto che i comuni siano coinvolti nella trattativa con lo Stato.
## alle 23.02 | Affluenza definitiva al 52,3%, quorum raggiunto
> È ufficiale: l’affluenza definitiva è del 52,3%, oltre la soglia del 50% più uno degli aventi diritto necessaria perché il referendum sia valido. Hanno votato 218.441 elettori su 417.652. L’affluenza più alta si registra a Cavalese (68,9%), la più bassa a Rovereto (44,1%).
> Alle urne sono andati anche molti giovani: secondo un exit poll dell’istituto Demopolis, il 49% degli under 30 ha votato, contro il 31% delle ultime elezioni provinciali.
## alle 19.05 | Affluenza alle 19: 41,7%
> Alle ore 19 aveva votato il 41,7% degli aventi diritto. Un dato che fa ben sperare i promotori: con le quattro ore che restano fino alla chiusura dei seggi, il quorum appare a portata di mano. Nel referendum del 2009 alla stessa ora l’affluenza era del 33%.
## alle 12.10 | Come si vota e cosa succede dopo
> I seggi sono aperti dalle 7 alle 23. Si vota con la tessera elettorale e un documento d’identità. Il quesito chiede se la Provincia debba «assumere la piena competenza sulle concessioni delle grandi derivazioni d’acqua». Il referendum è consultivo: in caso di vittoria del Sì, la giunta si impegna a chiedere al governo una modifica dello Statuto di autonomia.

=== it-live-moda
lang: it
outlet: Moda & Stile Quotidiano
title: Settimana della moda di Milano, la diretta del terzo giorno: Ferrante chiude con l’abito di carta, debutto per Lucia Arnò
caption: L’abito di carta riciclata che ha chiuso la sfilata Ferrante in via Tortona.
link: https://example.it/moda/milano-fashion-week-terzo-giorno-diretta
author: Francesca Rinaldi
date: 2027-09-26 21:10:00
tags: Moda, Milano Fashion Week
options: bullet=• nocaptionline
caption:
> Terza giornata di sfilate alla Settimana della moda di Milano, dedicata alle collezioni donna per la primavera-estate 2028. In calendario oggi 19 sfilate e 31 presentazioni, tra cui quelle di alcune delle maison più attese della stagione. Il tema dominante è la sostenibilità, declinata in modi spesso sorprendenti.
> Tra le novità, il debutto della giovane stilista calabrese Lucia Arnò, vincitrice del concorso per nuovi talenti promosso dalla Camera della moda. Ecco tutto quello che è successo, sfilata dopo sfilata.
kp: I momenti chiave
* Ferrante chiude con un abito di carta riciclata
* Il debutto di Lucia Arnò conquista la critica
* Proteste degli animalisti davanti alla sfilata di Vallardi
* Ospiti in prima fila: da Giorgia Sala a Tommaso B.
## Ferrante chiude con un abito di carta riciclata
> Il colpo di scena della giornata arriva alla fine della sfilata Ferrante, negli spazi di un’ex fabbrica di via Tortona. L’ultima modella è uscita con un abito da sera interamente realizzato in carta riciclata, piegata e cucita a mano da un gruppo di artigiani di Fabriano. Servono 140 ore di lavoro per un solo capo, ha spiegato il direttore creativo Matteo Ferrante.
> «Non è una provocazione, è una domanda: quanto vale un vestito che dura una sera?», ha detto ai giornalisti nel backstage. L’abito non sarà in vendita, ma verrà esposto alla Triennale da novembre.
## Ospiti in prima fila: da Giorgia Sala a Tommaso B.
> Prima fila affollata come sempre. Alla sfilata di Vallardi si sono viste l’attrice Giorgia Sala, il cantante Tommaso B. e la campionessa di scherma Irene Castaldi, oltre a diversi influencer con milioni di follower su Instagram e YouTube. All’uscita, decine di fan li aspettavano dietro le transenne di corso Venezia.
## Proteste degli animalisti davanti alla sfilata di Vallardi
> Una cinquantina di attivisti di un’associazione animalista ha manifestato davanti alla sede della sfilata di Vallardi, in corso Venezia, contro l’uso di pelle e pellicce. La protesta si è svolta senza incidenti, sotto lo sguardo della polizia. La maison ha risposto con una nota: «Dal 2025 non utilizziamo pellicce animali in nessuna delle nostre collezioni».
> #StopPellicceMilano è rimasto tra gli argomenti più discussi in Italia per buona parte del pomeriggio.
## Il debutto di Lucia Arnò conquista la critica
> Ventisei anni, nata a Tropea, formata tra Firenze e Anversa: Lucia Arnò ha presentato la sua prima collezione in una piccola sala di Brera, davanti a meno di duecento invitati. Abiti leggeri in lino e ginestra, una fibra tradizionale calabrese quasi dimenticata, tinti con pigmenti vegetali.
> Gli applausi finali sono durati quasi due minuti. «La sorpresa della stagione», ha scritto su Instagram la direttrice di un importante mensile di moda. Diverse boutique di Milano e di Parigi avrebbero già chiesto di visionare la collezione.
## Quanto vale la Settimana della moda?
> Secondo le stime della Camera della moda, la manifestazione genera un indotto di circa 70 milioni di euro per la città, tra alberghi, ristoranti, trasporti e servizi. Le presenze attese sono oltre 25.000, tra buyer, giornalisti e addetti ai lavori, provenienti da più di 60 Paesi.

=== it-plain-banca-fusione
lang: it
outlet: Il Sole di Brianza
title: Banca Alpina S.p.A. e Credito Lariano, via libera alla fusione: nasce il terzo gruppo bancario lombardo
caption: La sede storica del Credito Lariano in piazza Cavour a Como.
link: https://example.it/economia/banca-alpina-credito-lariano-fusione
author: Roberto Colombo
date: 2027-11-30 19:45:00
tags: Economia, Banche, Lombardia
options: crlf
> Via libera definitivo alla fusione tra Banca Alpina S.p.A. e Credito Lariano. Le assemblee straordinarie dei due istituti hanno approvato ieri il progetto di integrazione, che darà vita al terzo gruppo bancario lombardo per attivi, con 620 filiali, 7.800 dipendenti e circa 1,9 milioni di clienti tra Lombardia, Piemonte e Trentino.
> Il nuovo gruppo si chiamerà Alpina Lariano Banca e avrà sede legale a Sondrio e direzione generale a Como. L’operazione, valutata circa 2,4 miliardi di euro, è stata autorizzata dalla Banca centrale europea il 12 novembre e dall’Autorità garante della concorrenza la settimana scorsa, con alcune condizioni.
> All’assemblea di Banca Alpina, a Sondrio, il progetto ha ottenuto il 94,7% dei voti del capitale presente. Più combattuto il voto a Como, dove il Credito Lariano, storicamente legato al territorio, ha visto un’opposizione organizzata di piccoli azionisti: il sì si è fermato all’81,2%, comunque ben oltre la soglia dei due terzi richiesta dall’art. 2502 del Codice civile.
> Il concambio è di 0,82 azioni Banca Alpina per ogni azione Credito Lariano. La fusione avrà efficacia giuridica dal 1° aprile 2028, mentre l’integrazione dei sistemi informatici, affidata alla società Sintesi Informatica S.r.l., dovrebbe concludersi entro la fine dello stesso anno.
> L’Antitrust ha imposto la cessione di 34 sportelli in provincia di Lecco e in Valtellina, dove le due banche avrebbero avuto una quota di mercato superiore al 40%. Tra i possibili acquirenti, secondo indiscrezioni, figurano la Banca di Credito Cooperativo dell’Adda e un gruppo bancario emiliano.
> I sindacati chiedono garanzie. Il piano industriale prevede circa 600 uscite volontarie entro il 2030, incentivate attraverso il Fondo di solidarietà del settore, e la chiusura di un centinaio di filiali sovrapposte. «Nessun licenziamento, e ogni uscita deve essere compensata da nuove assunzioni di giovani», afferma in una nota la Fabi di Como.
> Alla guida del nuovo gruppo ci sarà l’attuale amministratore delegato di Banca Alpina, Stefano Mottarelli, 58 anni, mentre la presidenza andrà a Giovanna Bernasconi, oggi presidente del Credito Lariano. Il consiglio di amministrazione sarà composto da 15 membri, nove dei quali indicati da Banca Alpina.
> In Borsa il titolo Banca Alpina ha chiuso la seduta in rialzo dell’1,8% a 7,42 euro, mentre il Credito Lariano ha guadagnato il 2,3%. Gli analisti di Equita stimano sinergie di costo per 140 milioni di euro l’anno a regime, a partire dal 2030.
> Il dossier era sul tavolo da quasi due anni. Un primo tentativo di aggregazione era fallito nel 2025 per divergenze sulla governance e sulla sede, prima che la pressione della vigilanza europea sulla redditività delle banche di medie dimensioni riportasse le due parti al tavolo. Decisivo, secondo più fonti, il ruolo delle fondazioni azioniste di Como e di Sondrio.
> Per i clienti, per ora, non cambia nulla: conti correnti, carte e mutui restano validi alle stesse condizioni. Le informazioni sulla fusione sono pubblicate sui siti www.bancaalpina.example e creditolariano.example, e le domande possono essere inviate all’indirizzo fusione@bancaalpina.example.

=== it-plain-cometa
lang: it
outlet: Cieli d’Italia
title: La cometa C/2027 F3 è visibile a occhio nudo: come e quando osservarla
caption: La cometa fotografata dall’osservatorio del Monte Cimone, con la coda lunga circa 5 gradi.
link: https://example.it/scienza/cometa-c2027-f3-visibile-occhio-nudo
author: Davide Pellegrini
date: 2027-04-18 10:00:00
tags: Scienza, Astronomia, Comete
> La cometa C/2027 F3, scoperta appena sei settimane fa da un astrofilo australiano, è diventata visibile a occhio nudo anche dall’Italia. Nei prossimi giorni, cielo permettendo, chiunque potrà osservarla all’alba, bassa sull’orizzonte orientale, con una coda ben visibile anche senza binocolo lontano dalle luci delle città.
> «Sta superando tutte le previsioni. Una settimana fa ci aspettavamo una magnitudine intorno a 5, oggi è già a 3,2», spiega Chiara Fumagalli, ricercatrice dell’Istituto nazionale di astrofisica (INAF). Il passaggio al perielio, il punto più vicino al Sole, è avvenuto il 9 aprile a circa 52 milioni di chilometri dalla nostra stella.
> Il momento migliore per osservarla è tra le 5.00 e le 5.45 del mattino, prima che il cielo si schiarisca. Bisogna guardare verso est-nordest, poco sopra l’orizzonte, nella costellazione del Pegaso. Dal 25 aprile la cometa diventerà visibile anche la sera, dopo il tramonto, a nord-ovest.
> Serve l’attrezzatura? Non necessariamente. Un binocolo 10x50 aiuta molto, soprattutto per apprezzare la coda di polveri, che nelle fotografie a lunga esposizione supera i 5 gradi, cioè dieci volte il diametro della Luna piena. Anche gli smartphone più recenti, in modalità notturna e appoggiati su un supporto stabile, riescono a catturarla.
> L’Unione astrofili italiani (UAI) ha organizzato osservazioni pubbliche in oltre 80 località, dal Gargano alle Dolomiti. L’elenco completo è disponibile sul sito www.uai.example/cometa, dove si trovano anche le mappe del cielo aggiornate giorno per giorno. Il Planetario di Milano apre le terrazze sabato 20 aprile alle ore 5, con prenotazione obbligatoria.
> Da dove arriva? La C/2027 F3 proviene dalla nube di Oort, un serbatoio di corpi ghiacciati ai confini del Sistema solare, e potrebbe essere al suo primo passaggio vicino al Sole. Le comete «nuove» come questa sono spesso imprevedibili: possono brillare improvvisamente oppure frammentarsi e spegnersi nel giro di pochi giorni.
> È quello che gli astronomi temono e sperano allo stesso tempo. «Se il nucleo si spezzasse, avremmo uno spettacolo ancora più bello per qualche notte, e dati preziosissimi per noi», sorride Fumagalli. Le osservazioni del telescopio nazionale Galileo, alle Canarie, indicano per ora un nucleo stabile di circa 4 km di diametro.
> La cometa non rappresenta alcun pericolo per la Terra: il punto di massimo avvicinamento, previsto per il 2 maggio, sarà a 87 milioni di km. Dopo la metà di maggio si allontanerà rapidamente e tornerà invisibile a occhio nudo. Il prossimo passaggio, se mai ci sarà, avverrà tra diverse migliaia di anni.
> Per gli appassionati, l’occasione è unica. L’ultima cometa ben visibile a occhio nudo dall’Italia risale al 2020, e prima ancora bisogna tornare al 1997. «Molti ragazzi che oggi fanno astronomia hanno cominciato proprio guardando una cometa con i genitori», ricorda la ricercatrice, che invita le famiglie a svegliarsi presto almeno una volta.
> Chi riesce a fotografarla può inviare le immagini all’indirizzo comete@cielitalia.example: le più belle saranno pubblicate nella nostra galleria. Un consiglio dei fotografi: scattare in formato RAW, con tempi di posa tra 5 e 15 secondi e sensibilità tra 1.600 e 3.200 ISO.
