#! Italian held-out articles, live tickers: invented news, invented people, clubs, parties and places.

=== it-live-borgomarino-pontelungo
lang: it
outlet: Corriere Sportivo del Tirreno
title: DIRETTA | Borgomarino-Pontelungo 1-1: Esposito risponde a Fabbri, i granata restano in zona playoff
caption: Il gol del pareggio di Davide Esposito allo stadio dei Pini.
link: https://example.it/calcio/serie-b/diretta-borgomarino-pontelungo
author: Luca Ferretti
date: 2027-01-28 22:55:00
tags: Calcio, Serie B, Borgomarino
options: time=paren bullet=-
kp: Da sapere
* Il Pontelungo passa in vantaggio al 31' con Matteo Fabbri, che sfrutta un errore in disimpegno della difesa del Borgomarino.
* Al 90'+3 Davide Esposito pareggia con un tiro da fuori area che si infila sotto la traversa.
* Espulso al 70' il difensore del Pontelungo Andrea Ricci per doppia ammonizione.
## 22:52 | Finisce 1-1 allo stadio dei Pini, un punto a testa nel derby del Tirreno
> Fischio finale! Il derby del Tirreno finisce in parità. Il Borgomarino resta al settimo posto con 33 punti, ultimo utile per i playoff, mentre il Pontelungo sale a 29.
> «Abbiamo giocato 20 minuti in undici contro dieci senza creare nulla, poi un tiro di Esposito ci salva. Dobbiamo essere onesti», ha detto il tecnico granata Sandro Bellini a Tele Tirreno.
## 22:48 | GOL DEL BORGOMARINO! Esposito al 90'+3
> Esposito raccoglie una respinta al limite e calcia di collo pieno: la palla si infila sotto la traversa. 1-1!
## 22:45 | Cinque minuti di recupero
> Il quarto uomo alza la lavagnetta: +5.
## 22:17 | Espulso Ricci, Pontelungo in dieci
> Secondo giallo per Andrea Ricci, che trattiene Esposito lanciato a rete (70'). L'arbitro, sig. Gianluca Moretti della sezione di Pesaro, non ha dubbi.
> Il Pontelungo risponde inserendo un difensore, Bassi, al posto dell'attaccante Oddo.
## 21:47 | Intervallo: Borgomarino 0 Pontelungo 1
> Si chiude il primo tempo con gli ospiti in vantaggio. Il Borgomarino ha avuto il 64% di possesso palla ma un solo tiro nello specchio.
> 45'+1: ammonito Fabbri per simulazione.
## 21:32 | Gol del Pontelungo: Fabbri punisce l'errore di Conti
> Al 31' il difensore Conti sbaglia un retropassaggio, Matteo Fabbri si invola e supera il portiere in uscita con un pallonetto. 0-1.
## 21:01 | Si comincia
> Partiti allo stadio dei Pini, 11.420 spettatori.

=== it-live-comunali-valtorre
lang: it
outlet: La Gazzetta di Valtorre
title: Elezioni comunali a Valtorre, la diretta dello spoglio: Rinaldi al 47,8%, sarà ballottaggio con Guidi. Affluenza al 54,1%
caption: Lo spoglio delle schede nella sezione 12, alla scuola media Carducci.
link: https://example.it/valtorre/elezioni-comunali-2027-diretta-spoglio
author: Giulia Marchetti
date: 2027-06-09 01:12:00
tags: Valtorre, Elezioni comunali 2027
options: time=prefix bullet=⇒
> Si sono chiusi alle 23 i seggi per il primo turno delle elezioni comunali a Valtorre, dove si sceglie il successore di Ettore Bianchi, sindaco per due mandati. Quattro i candidati: Paola Rinaldi (centrosinistra), Marco Guidi (centrodestra), Silvia Orlando (Movimento Civico) e Giorgio Pace (Valtorre al Centro).
> Per essere eletti al primo turno serve il 50% più uno dei voti validi; in caso contrario, il ballottaggio tra i primi due si terrà domenica 23 giugno.
kp: Cosa sappiamo
* Paola Rinaldi, candidata del centrosinistra, è al 47,8% con 58 sezioni scrutinate su 61 e non riuscirà a superare la soglia del 50% necessaria per vincere al primo turno.
* Marco Guidi, sostenuto da Fratelli d'Italia, Lega e Forza Italia, si ferma al 36,2% e affronterà Rinaldi al ballottaggio del 23 giugno.
* L'affluenza definitiva è del 54,1%, in calo di 3,4 punti rispetto alle comunali del 2022.
## ore 01.05 | Con 58 sezioni su 61 scrutinate Rinaldi è al 47,8%, Guidi al 36,2%, Orlando all'11,3% e Pace al 4,7%: sarà ballottaggio
> Lo spoglio è quasi concluso e i numeri non lasciano più margini: Paola Rinaldi non raggiungerà la maggioranza assoluta. Il 23 giugno se la vedrà con Marco Guidi.
> Nel comitato di Rinaldi, in piazza Garibaldi, l'umore è comunque buono. «Siamo a un passo, abbiamo undici punti e mezzo di vantaggio: ai valtorresi chiederemo di confermare questa scelta», ha detto la candidata.
> Guidi ha parlato dalla sede della Lega, in via Mazzini: «La partita è apertissima. Il 52% degli elettori non ha votato per la sinistra».
> Decisivo, al secondo turno, sarà l'orientamento degli elettori del Movimento Civico di Silvia Orlando, che a Valtorre è arrivato all'11,3%. Orlando ha fatto sapere che «non ci saranno apparentamenti», ma ha annunciato un incontro con entrambi i candidati entro giovedì.
> Nel 2022, al ballottaggio, il candidato del centrosinistra Ettore Bianchi aveva vinto con il 56,4% dei voti, rimontando uno svantaggio di quattro punti al primo turno.
> I dati delle singole sezioni sono consultabili sul sito del Comune, www.comune.valtorre.example/elezioni2027, aggiornati ogni dieci minuti.
## ore 00.20 | Affluenza definitiva al 54,1%, in calo di 3,4 punti rispetto al 2022
> Il dato definitivo dell'affluenza, comunicato dalla Prefettura, è del 54,1%. Cinque anni fa era stato del 57,5%. La sezione con l'affluenza più alta è la numero 3 (Borgo Vecchio, 68,9%), quella con la più bassa la 47 (Zona Industriale, 38,2%).
## ore 23.50 | Prime sezioni: Rinaldi avanti
> Rinaldi al 49,1% nelle prime 5 sezioni.
## ore 23.00 | Chiusi i seggi, inizia lo spoglio
> Chiusi i seggi a Valtorre. Si comincia.

=== it-plain-bilancio-consorzio
lang: it
outlet: Il Giornale di Borgomarino
title: Consorzio idrico del Tirreno, bilancio 2026 in utile per 3,4 milioni. Tariffe ferme fino al 31 dicembre 2028
caption: La sede del Consorzio idrico del Tirreno in via Roma 118.
link: https://example.it/economia/consorzio-idrico-tirreno-bilancio-2026
author: dott.ssa Elena Ruggeri
date: 2027-05-02 11:20:00
tags: Economia, Borgomarino, Acqua
options: crlf bom
> L'assemblea dei soci del Consorzio idrico del Tirreno S.p.A. ha approvato mercoledì 30 aprile 2027 il bilancio dell'esercizio 2026, chiuso con un utile netto di 3,4 milioni di euro (+21,4% sul 2025) e ricavi per 118,7 milioni. Il margine operativo lordo (MOL) sale a 29,3 milioni, pari al 24,7% dei ricavi.
> «Per il terzo anno consecutivo teniamo ferme le tariffe, e lo faremo almeno fino al 31 dicembre 2028», ha annunciato il presidente, dott. Roberto Galli, ingegnere e già direttore tecnico dell'azienda dal 2009 al 2019. Una famiglia di tre persone con un consumo medio di 150 mc l'anno paga 412 euro, contro una media nazionale di 478 euro secondo l'Autorità di regolazione (ARERA).
> Gli investimenti hanno raggiunto i 41,6 milioni, di cui 18,2 per la sostituzione di 96 km di condotte, 9,5 per il nuovo depuratore di Pontelungo e 4,1 per il sistema di telecontrollo. Le perdite di rete sono scese dal 38,9% al 34,2%, un dato ancora lontano dall'obiettivo del 25% fissato dal Piano d'ambito (art. 7, c. 3).
> Critico il consigliere di minoranza, sig. Paolo Venturi, che ha votato contro: «Si distribuiscono 1,2 milioni di dividendi ai Comuni soci mentre in 14 frazioni l'acqua arriva ancora con le autobotti, ecc. ecc.». Venturi ha chiesto di destinare l'intero utile a un fondo per le zone montane, come previsto dalla delibera n. 27/2021.
> Il piano industriale 2027-2031, illustrato a pag. 12 della relazione, prevede investimenti per 245 milioni, finanziati per il 40% con fondi del PNRR e della Regione. I lavori per il raddoppio dell'acquedotto del Monte Cerreto partiranno, salvo imprevisti, il 15 settembre.
> I soci sono 38 Comuni, che insieme contano circa 312.000 abitanti. Il Comune di Borgomarino, con il 31,8% delle quote, è il primo azionista.
