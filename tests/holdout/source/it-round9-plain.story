#! Italian round 9 plain articles: invented news, people, places and outlets.

=== it-plain-richiamo-salame
lang: it
outlet: Il Quotidiano del Consumatore
title: Richiamo alimentare, salmonella in un salame di suino: il ministero della Salute ritira tre lotti dai supermercati
caption: La confezione del salame nostrano richiamato dal ministero della Salute.
link: https://example.it/consumi/richiamo-salame-salmonella
author: Giulia Bertolini
date: 2032-03-03 12:20:00
tags: Richiami alimentari, Salmonella, Ministero della Salute
options: nocaptionline crlf
> Il ministero della Salute ha pubblicato un avviso di richiamo per tre lotti di salame nostrano prodotti dal Salumificio Valtrebbia S.r.l. di Bobbio, in provincia di Piacenza, per la possibile presenza di Salmonella spp. Il prodotto è stato distribuito in diverse catene della grande distribuzione del Nord Italia, tra cui Supermercati Padani e EcoSpesa.
> I lotti interessati sono i numeri 23/118, 23/121 e 23/125, con data di scadenza compresa tra il 15 aprile e il 2 maggio 2032. Il salame è venduto in pezzi interi da circa 500 g e in confezioni di affettato da 100 g e 150 g. Il marchio di identificazione dello stabilimento è IT 1234 L CE.
> «Il richiamo è precauzionale: la positività è emersa durante un controllo interno su un singolo campione. Abbiamo bloccato immediatamente la distribuzione», spiega il titolare del salumificio, Sig. Ernesto Malvicini, che guida l’azienda di famiglia fondata nel 1958. Ad oggi non risultano casi di intossicazione collegati al prodotto.
> A chi avesse acquistato il salame con i numeri di lotto indicati si raccomanda di non consumarlo e di riportarlo al punto vendita, dove verrà rimborsato anche senza scontrino. L’avviso completo, con le foto delle etichette, è consultabile sul portale del ministero, all’indirizzo www.salute.example.gov.it/richiami.
> La salmonellosi si manifesta generalmente tra le 6 e le 72 ore dopo l’ingestione dell’alimento contaminato, con febbre, dolori addominali, nausea, diarrea, ecc. Nella maggior parte dei casi si risolve spontaneamente in pochi giorni, ma può essere grave per bambini, anziani e persone fragili. «In caso di sintomi è bene contattare il proprio medico e segnalare il consumo del prodotto», ricorda la Dott.ssa Paola Righetti, igienista dell’Ausl di Piacenza.
> Nel 2031 i richiami alimentari pubblicati dal ministero sono stati 412, in aumento del 9% rispetto all’anno precedente. Le cause più frequenti sono la presenza di Listeria e Salmonella, gli allergeni non dichiarati in etichetta e i corpi estranei.

=== it-plain-risultati-brianza-arredi
lang: it
outlet: Economia Lombarda
title: Brianza Arredi, ricavi record a 1,24 miliardi nel 2031. Utile in calo del 6% per i costi energetici, dividendo confermato
caption: Lo showroom di Brianza Arredi a Lissone.
link: https://example.it/economia/brianza-arredi-risultati-2031
author: Luca Meregalli
date: 2032-03-12 18:30:00
tags: Brianza Arredi, Bilanci, Borsa, Arredamento
options: bom
> Brianza Arredi S.p.A. chiude il 2031 con ricavi consolidati per 1.245,6 milioni di euro, in crescita del 7,8% rispetto all’anno precedente e per la prima volta sopra la soglia del miliardo e duecento milioni. Il gruppo di Lissone, quotato su Euronext Milan, ha approvato oggi il progetto di bilancio, che sarà sottoposto all’assemblea degli azionisti il 28 aprile.
> L’utile netto scende invece a 84,3 milioni, in calo del 6% rispetto agli 89,7 milioni del 2030, penalizzato dall’aumento dei costi dell’energia negli stabilimenti di Lissone, Meda e Cantù e dagli oneri per l’integrazione della francese Mobilier Lafarge, acquisita a luglio. L’Ebitda si attesta a 198,2 milioni, con un margine del 15,9%.
> 68% dei ricavi arriva dall’estero. Bene gli Stati Uniti, dove le vendite crescono del 14,2% grazie all’apertura di tre nuovi showroom a New York, Miami e Los Angeles, e il Medio Oriente (+21%). In flessione invece la Cina (-8,3%), dove il gruppo ha chiuso due dei cinque punti vendita diretti.
> Il consiglio di amministrazione propone un dividendo di 0,62 euro per azione, invariato rispetto all’anno scorso, con stacco della cedola il 18 maggio. «Abbiamo scelto di premiare la fiducia degli azionisti nonostante un anno complesso», ha commentato l’amministratore delegato, Dott. Riccardo Sala, durante la conference call con gli analisti.
> Per il 2032 il management prevede una crescita dei ricavi «a una cifra media» e un recupero della marginalità, grazie a un piano di efficienza energetica da 35 milioni che comprende pannelli fotovoltaici su tutti i capannoni. Il gruppo ha inoltre annunciato 120 assunzioni, soprattutto nel design e nell’e-commerce.
> In Borsa il titolo ha chiuso la seduta in rialzo dell’1,9% a 24,36 euro, dopo aver toccato un massimo di 25,10 euro. Secondo Chiara Colombo, analista di Banca Lariana, i conti «sono leggermente sotto le attese sull’utile, ma la tenuta dei ricavi in un mercato del mobile in frenata è un segnale di forza». Il bilancio integrale sarà disponibile su www.brianzaarredi.example.it/investor-relations.

=== it-plain-necrologio-prof-vitale
lang: it
outlet: Gazzetta del Sannio
title: Addio al professor Ettore Vitale, il chirurgo che portò i trapianti di fegato a Benevento. Aveva 88 anni
caption: Il professor Ettore Vitale in una foto del 2010, all’ospedale San Pio.
link: https://example.it/benevento/morto-professor-ettore-vitale
author: Antonio Iannace
date: 2032-12-02 10:05:00
tags: Necrologio, Benevento, Sanità, Medicina
options: exit=none
> Benevento piange il professor Ettore Vitale, scomparso ieri sera all’età di 88 anni nella sua abitazione di viale Mellusi, circondato dall’affetto dei familiari. Chirurgo di fama internazionale, per oltre vent’anni primario della Chirurgia generale dell’ospedale San Pio, fu il primo a eseguire un trapianto di fegato in un ospedale del Sannio, nel 1996.
> Nato a San Giorgio del Sannio nel 1944, figlio di un farmacista, si era laureato in Medicina a Napoli con il massimo dei voti per poi specializzarsi a Pittsburgh, negli Stati Uniti, alla scuola del chirurgo Thomas O’Brien. «Mi disse: “Ettore, tu hai le mani, ma devi imparare ad avere pazienza”. Ci ho messo trent’anni», raccontava sorridendo agli specializzandi.
> Rientrato in Italia nel 1979, lavorò prima al Cardarelli di Napoli e poi, dal 1988, a Benevento, dove costruì un’équipe che diventò un punto di riferimento per tutto il Mezzogiorno interno. Sotto la sua guida furono eseguiti oltre 3.200 interventi di chirurgia epatica e 140 trapianti.
> «Era severo con noi, severissimo. Ma il primo ad arrivare in reparto, alle 6.30, e l’ultimo ad andarsene era sempre lui», ricorda il Dott. Nicola Zamparelli, oggi direttore della stessa unità operativa. «Ai pazienti dava del lei anche quando erano ragazzi, e li chiamava per nome il giorno dopo l’intervento.»
> Docente all’Università di Napoli fino al 2014, autore di oltre 250 pubblicazioni scientifiche, Vitale era stato insignito nel 2008 della medaglia d’oro ai benemeriti della sanità pubblica. Il sindaco di Benevento ha disposto le bandiere a mezz’asta sugli edifici comunali.
> Lascia la moglie, la Sig.ra Giovanna De Lucia, i figli Marco e Francesca, entrambi medici, e cinque nipoti. I funerali saranno celebrati domani alle 15.30 nella cattedrale di Santa Maria de Episcopio. La famiglia chiede, in luogo di fiori, offerte all’associazione Amici del Fegato Onlus.

=== it-plain-pronto-soccorso-influenza
lang: it
outlet: Corriere della Marca
title: Influenza, pronto soccorso al collasso a Treviso: 74 pazienti in attesa e barelle nei corridoi. L’Usl: «Evitate gli accessi impropri»
caption: Barelle nel corridoio del pronto soccorso dell’ospedale Ca’ Foncello di Treviso.
link: https://example.it/treviso/pronto-soccorso-influenza-collasso
author: Sara Dal Bò
date: 2033-01-08 19:40:00
tags: Influenza, Pronto soccorso, Treviso, Sanità
options: authorspace
> Settantaquattro pazienti in attesa, di cui 31 in barella, e tempi di attesa fino a 14 ore per i codici minori. È la fotografia scattata ieri sera al pronto soccorso dell’ospedale Ca’ Foncello di Treviso, travolto dal picco dell’influenza stagionale. «Una situazione che non vedevamo da anni», ammette il direttore del dipartimento di emergenza, Dott. Andrea Fregonese.
> Secondo i dati dell’Azienda Usl 2 Marca Trevigiana, negli ultimi sette giorni gli accessi sono cresciuti del 38% rispetto alla media di dicembre, con un picco di 412 ingressi nella sola giornata di lunedì. Il 62% dei pazienti ricoverati ha più di 75 anni. Tutti i 48 posti letto di Medicina sono occupati e l’azienda ha attivato il piano di sovraffollamento, con il rinvio degli interventi chirurgici programmati non urgenti.
> «Sono arrivata alle 8 con mia madre, ha 91 anni e la febbre a 39. Alle 19 eravamo ancora qui, lei su una barella in corridoio...», racconta la Sig.ra Marina Pavan, che ha scritto una lettera al direttore generale. Episodi simili vengono segnalati anche negli ospedali di Castelfranco Veneto, Montebelluna e Conegliano.
> L’Usl invita i cittadini a rivolgersi al pronto soccorso solo per le vere emergenze. Per febbre, tosse e sintomi influenzali il primo riferimento resta il medico di famiglia; di notte e nei festivi è attiva la continuità assistenziale, al numero 116117. «Il 40% degli accessi di questi giorni è costituito da codici bianchi e verdi che potrebbero essere gestiti altrove», sottolinea il direttore sanitario, Dott.ssa Cristina Bortolato.
> Il picco epidemico, secondo la rete di sorveglianza InfluNet, è atteso per la metà di gennaio. In Veneto l’incidenza ha raggiunto 16,2 casi ogni 1.000 assistiti. I sindacati dei medici, Anaao in testa, chiedono assunzioni straordinarie: «Mancano 40 medici d’urgenza solo in provincia. Non è un’emergenza, è un sistema che non regge più.»
