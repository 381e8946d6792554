#! Spanish and Italian held-out articles, news: invented news and people.

=== es-live-huelga-taxis
lang: es
outlet: Diario del Turia
title: Protesta de taxistas en Valencia: 1.200 vehículos colapsan la avenida del Puerto, en directo
caption: Taxis parados en la avenida del Puerto durante la marcha lenta.
link: https://example.es/valencia/protesta-taxistas-directo
author: Redacción
date: 2029-05-22 14:40:00
tags: Valencia, Taxi, Movilidad
options: bullet=•
> Unos 1.200 taxis han colapsado desde primera hora de la mañana la avenida del Puerto y los accesos al centro de Valencia en una marcha lenta convocada contra la ampliación de las licencias de vehículos de alquiler con conductor (VTC). La Policía Local ha desviado el tráfico por la ronda norte y recomienda utilizar el metro y el tranvía.
> Las asociaciones del sector denuncian que la nueva ordenanza permitirá triplicar el número de VTC en la ciudad en dos años. El Ayuntamiento sostiene que la medida responde a la demanda de los turistas y que los taxistas “tendrán tiempo de adaptarse”.
kp: Claves de la jornada
* Marcha lenta de 1.200 taxis por la avenida del Puerto
* La concejala de Movilidad: “La puerta sigue abierta”
* Retrasos de hasta 40 minutos en los autobuses de la EMT
## La concejala de Movilidad: “La puerta sigue abierta”
> La concejala de Movilidad, Marta Senent, ha asegurado a mediodía que el Ayuntamiento está dispuesto a reunirse con las asociaciones la próxima semana. “La puerta sigue abierta, pero la ordenanza no se va a retirar”, ha dicho en una rueda de prensa. Senent ha recordado que Valencia tiene una licencia de VTC por cada 14 de taxi, frente a una por cada tres en Madrid.
## Retrasos de hasta 40 minutos en los autobuses de la EMT
> La Empresa Municipal de Transportes (EMT) informa de retrasos de hasta 40 minutos en las líneas 19, 32 y 95, que atraviesan la zona del puerto. Metrovalencia ha reforzado las líneas 5 y 7 con seis trenes adicionales hasta las 16:00 horas. En el aeropuerto de Manises, sin embargo, el servicio de taxi funciona con normalidad.
> Varios pasajeros de un crucero que había atracado por la mañana han tenido que caminar casi dos kilómetros con sus maletas hasta la parada de autobús más cercana. “Nadie nos avisó”, lamentaba una turista británica.
## Los taxistas amenazan con una huelga indefinida
> El presidente de la Federación Valenciana del Taxi, Vicente Albiol, ha advertido de que si la ordenanza se aprueba en el pleno de junio convocarán una huelga indefinida. “Somos 2.800 familias que han pagado hasta 150.000 euros por una licencia. No vamos a dejar que nos arruinen por decreto”, ha afirmado.
## ¿Qué cambia con la nueva ordenanza?
> El texto, que se aprobó de forma inicial en abril, elimina el límite de 200 licencias de VTC en la ciudad y lo sustituye por una proporción de una VTC por cada cinco taxis. Además, obliga a los vehículos nuevos a ser eléctricos o híbridos a partir de 2031 y crea una tasa de 0,50 euros por servicio para financiar el transporte público.

=== es-plain-colegio-huerto
lang: es
outlet: La Voz de Soria
title: Un colegio rural de Soria gana un premio europeo por su huerto escolar
caption: Alumnos del CRA Tierras Altas en el huerto del colegio.
link: https://example.es/soria/colegio-rural-premio-europeo-huerto
author: Lucía Ortega
date: 2029-11-05 08:00:00
tags: Educación, Soria, Medio rural
options: crlf
> El Colegio Rural Agrupado (CRA) Tierras Altas, con sede en San Pedro Manrique, ha ganado el premio europeo de educación ambiental que concede cada año una fundación con sede en Bruselas. El proyecto premiado es un huerto escolar de 800 metros cuadrados en el que los 46 alumnos del centro cultivan variedades locales de judía, patata y tomate.
> La directora del centro, Dña. Pilar Jiménez, recogerá el premio, dotado con 25.000 euros, el próximo 3 de diciembre en Bruselas. “Es un premio para todo el pueblo, porque los abuelos han venido a enseñar a los niños a sembrar como se hacía antes”, explica. Según Jiménez, el dinero se invertirá en un invernadero y en un sistema de riego por goteo.
> El huerto empezó en 2024 con semillas donadas por vecinos de la comarca, algunas guardadas durante más de 60 años. La Universidad de Valladolid colabora desde 2026 en la catalogación de las variedades; el profesor Dr. Andrés Molina asegura que al menos tres de ellas “no aparecen en ningún banco de semillas de España”.
> La cosecha se vende cada viernes en el mercado de San Pedro Manrique y los ingresos, unos 1.400 euros el curso pasado, se destinan a excursiones. Las familias interesadas en conocer el proyecto pueden escribir a huerto.cra@example-jcyl.es o consultar el blog del colegio en www.example-cra.es/huerto, donde los alumnos publican cada semana lo que han plantado.

=== it-live-neve-appennino
lang: it
outlet: Il Corriere dell'Appennino
title: Neve e gelo sull'Appennino: chiusa l'A1 tra Barberino e Roncobilaccio, la diretta
caption: Mezzi spazzaneve al lavoro sul valico di Roncobilaccio.
link: https://example.it/cronaca/neve-appennino-a1-chiusa-diretta
author: Redazione
date: 2029-01-14 19:30:00
tags: Maltempo, Neve, A1, Toscana
options: bullet=⇒
> Una forte nevicata ha costretto Autostrade a chiudere in serata il tratto dell'A1 tra Barberino di Mugello e Roncobilaccio, in entrambe le direzioni. Centinaia di automobilisti e camionisti sono rimasti bloccati per ore sul valico, dove in poche ore sono caduti oltre 40 centimetri di neve. La Protezione civile ha distribuito coperte e bevande calde.
> Il traffico pesante è stato fermato nelle aree di sosta di Firenze Nord e Sasso Marconi. Per chi viaggia tra Bologna e Firenze, Autostrade consiglia di utilizzare la Variante di valico, rimasta aperta con obbligo di catene o pneumatici invernali.
kp: I punti principali
* Chiusa l'A1 tra Barberino e Roncobilaccio
* Oltre 40 centimetri di neve sul valico
* Il prefetto: "Non mettetevi in viaggio se non è necessario"
## Chiusa l'A1 tra Barberino e Roncobilaccio
> La chiusura è scattata alle 17.40, dopo che due mezzi pesanti si erano messi di traverso in salita. Autostrade per l'Italia ha fatto sapere che il tratto resterà chiuso almeno fino alle 6 di domani mattina. Sul posto lavorano 35 mezzi spazzaneve e spargisale, ma la neve continua a cadere con intensità.
> Un camionista polacco, fermo da oltre tre ore nell'area di servizio di Aglio, racconta di non aver ricevuto nessuna informazione. "Ho carico di frutta per Milano, se non riparto entro stanotte lo butto via", dice.
## Il prefetto: "Non mettetevi in viaggio se non è necessario"
> Il prefetto di Firenze, Giovanna Sereni, ha convocato il comitato per la viabilità e ha rivolto un appello ai cittadini: "Non mettetevi in viaggio se non è necessario. La situazione sul valico è critica e le previsioni non sono buone". Le scuole di Barberino, Firenzuola e Castiglione dei Pepoli resteranno chiuse domani.
## Treni: ritardi fino a 90 minuti sulla linea storica
> Anche il traffico ferroviario ha subito rallentamenti. Sulla linea storica Porrettana i treni regionali viaggiano con ritardi fino a 90 minuti, mentre l'alta velocità tra Firenze e Bologna funziona regolarmente. Trenitalia ha messo a disposizione due convogli a Firenze Santa Maria Novella per accogliere chi è rimasto senza coincidenze.
## Le previsioni per domani
> Secondo il servizio meteo regionale, la neve continuerà a cadere fino a metà mattina sopra i 400 metri, poi le precipitazioni si attenueranno. Le temperature minime scenderanno fino a meno 8 gradi sul crinale, con il rischio di gelate diffuse sulle strade provinciali.

=== it-plain-biblioteca-fondo
lang: it
outlet: Gazzetta di Mantova Oggi
title: La biblioteca Teresiana riceve in dono 3.000 lettere di un musicista dell'Ottocento
caption: Alcune delle lettere esposte nella sala di lettura.
link: https://example.it/mantova/teresiana-lettere-musicista
author: Chiara Bonfanti
date: 2029-03-30 10:00:00
tags: Cultura, Mantova, Biblioteche
options: bom
> La biblioteca comunale Teresiana di Mantova ha ricevuto in dono un fondo di circa 3.000 lettere del compositore Amilcare Vezzosi, maestro di cappella della basilica di Sant'Andrea tra il 1852 e il 1889. La donazione arriva dagli eredi, che hanno conservato le carte per oltre un secolo in una villa nei pressi di San Benedetto Po.
> Secondo il direttore della biblioteca, il dott. Fabio Marchetti, si tratta di "uno dei fondi musicali più ricchi mai arrivati in città". Le lettere comprendono la corrispondenza con editori di Milano e Vienna, con cantanti e con alcuni musicisti celebri dell'epoca. Il valore del fondo è stimato in circa 400.000 euro.
> Il Comune ha stanziato 60.000 euro per la catalogazione e la digitalizzazione, che sarà affidata all'Università di Pavia sotto la guida della prof.ssa Elena Gatti. Le prime 500 lettere saranno consultabili online entro la fine dell'anno all'indirizzo www.example-teresiana.it/vezzosi. Gli studiosi possono chiedere l'accesso scrivendo a fondi.speciali@example-teresiana.it.
> Una selezione di 40 documenti sarà esposta dal 15 aprile al 30 giugno nella sala di lettura, con ingresso libero dal martedì al sabato. "Mio nonno diceva sempre che quelle carte dovevano tornare a Mantova", ha raccontato la pronipote del compositore, la sig.ra Luisa Vezzosi, durante la presentazione.
