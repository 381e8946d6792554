#! Spanish held-out articles, live tickers: invented news, invented people, clubs, parties and places.

=== es-live-derbi-valdemora
lang: es
outlet: Deportes Meseta
title: DIRECTO | Real Valdemora 2-2 Atlético Almendral: empate de infarto en el derbi con gol de Iker Salas en el minuto 90+3
caption: Iker Salas celebra el empate ante la grada de animación del estadio de La Vega.
link: https://example.es/futbol/directo-real-valdemora-atletico-almendral
author: Marta Quiroga
date: 2027-04-24 23:02:00
tags: Fútbol, Segunda División, Real Valdemora
options: time=suffixdash bullet=• nocaptionline
> Llega el derbi de la Meseta. El Real Valdemora, cuarto con 58 puntos, recibe en La Vega al Atlético Almendral, líder con 64, en un partido que puede decidir el ascenso directo a Primera.
> Los locales no ganan al Almendral en su estadio desde el 12 de marzo de 2019 (2-0, con doblete de Rubén Casares). Desde entonces, tres empates y cuatro derrotas.
> El técnico valdemoreño, Álvaro Pineda, recupera a Salas y a Montoya, pero pierde por sanción al central Iván Lozano, expulsado la pasada jornada en Cartagena.
> El partido comienza a las 21:00 y se juega con las entradas agotadas: 19.850 espectadores.
kp: Claves del partido
* El Almendral se adelantó dos veces, con goles de Bakary Traoré (min. 18) y Gonzalo Ferrer (min. 67), y llegó a dominar el partido durante casi toda la segunda parte.
* El Real Valdemora empató con un penalti de Montoya antes del descanso y un cabezazo de Iker Salas en el 90+3.
* El Almendral sigue líder con 65 puntos y el Valdemora se queda cuarto, a seis del ascenso directo.
## 22:54 | Final en La Vega: el Real Valdemora rescata un punto en el último suspiro ante el líder
> ¡Se acabó! Tablas en el derbi de la Meseta después de un final de locos. El Almendral, que tuvo el partido en la mano durante más de veinte minutos, se marcha con un punto que le mantiene líder.
> «Hemos sufrido, pero este equipo nunca se rinde», ha dicho Pineda a pie de campo. Su homólogo, Joseba Arrieta, ha lamentado «dos errores de concentración que nos cuestan dos puntos».
## 22:51 | ¡GOOOOL del Real Valdemora! Iker Salas empata de cabeza en el 90+3
> Córner desde la derecha botado por Montoya, Salas se anticipa al portero y cabecea a la escuadra. ¡2-2!
## 22:47 | Seis minutos de añadido
> El colegiado, Sr. Domínguez Ariza, añade 6’.
## 22:29 | Gol del Almendral: Gonzalo Ferrer pone el 1-2 en el minuto 67
> Contragolpe letal del líder. Traoré arranca desde su campo, abre a la banda para Ferrer y este define con un disparo cruzado que toca en el poste antes de entrar.
> La afición visitante, unos 2.400 seguidores en el fondo sur, estalla. El Valdemora había tenido dos ocasiones claras en los minutos anteriores.
## 21:48 | Descanso: 1-1
> Se llega al intermedio con empate en un primer tiempo muy disputado, con 14 faltas y 4 tarjetas amarillas.
> Min. 45+2: el meta visitante, Unai Berasategi, evita el segundo del Valdemora con una gran parada a remate de Salas.
## 21:41 | Penalti transformado por Montoya: 1-1
> Jorge Montoya engaña al portero y lanza raso al palo izquierdo (min. 41). El árbitro señaló la pena máxima tras revisar en el VAR un agarrón de Ferrer a Salas.
## 21:19 | Gol del Almendral: Bakary Traoré adelanta al líder
> Primera llegada y primer gol. Traoré recibe en la frontal, se gira y bate a Cordero con un disparo ajustado (min. 18).
## 21:01 | Arranca el derbi
> Rueda el balón en La Vega.

=== es-live-autonomicas-almendral
lang: es
outlet: Crónica de Almendral
title: Elecciones autonómicas en Almendral, en directo: el PSA gana con el 38,6% y 29 escaños, a cuatro de la mayoría absoluta
caption: La candidata del PSA, Lucía Berrocal, vota en un colegio de Sestrilla.
link: https://example.es/politica/elecciones-autonomicas-almendral-directo
author: Redacción
date: 2027-05-23 23:30:00
tags: Política, Elecciones autonómicas, Almendral
options: time=prefix bullet=⇒ authorspace
> Los colegios electorales de la comunidad de Almendral han cerrado a las 20:00 tras una jornada sin incidencias reseñables, con una participación del 63,8%, casi cinco puntos más que en 2023.
kp: Lo que sabemos
* El PSA gana las elecciones con el 38,6% de los votos y 29 escaños, a cuatro de la mayoría absoluta
* El Partido Popular de Almendral obtiene 21 escaños y Vox, 8
* Sumar Almendral entra en el parlamento con 3 diputados
* La participación sube al 63,8%
## 23:24 | Berrocal: «Voy a hablar con todos, empezando por los que más se me parecen»
> La candidata socialista ha comparecido ante sus simpatizantes en la sede del PSA en Sestrilla. «Los almendraleños han hablado claro: quieren un gobierno progresista y estable», ha afirmado, antes de avanzar que abrirá negociaciones con Sumar Almendral «a partir del martes».
> Ha evitado responder sobre una posible abstención del PP. «Voy a hablar con todos, empezando por los que más se me parecen», ha dicho entre aplausos.
## 22:58 | Con el 99,2% escrutado: PSA 29 escaños, PP 21, Vox 8, Sumar 3, Unión Serrana 2
> Con el 99,2% del voto escrutado, el reparto de los 63 escaños del Parlamento autonómico queda prácticamente cerrado. El PSA suma 29 diputados (+4), el PP 21 (-5), Vox 8 (+2), Sumar Almendral 3 (+3) y Unión Serrana 2 (-1).
> Ciudadanos, que llegó a tener 6 escaños en 2019, pierde su última representación al quedarse en el 2,1% de los votos, por debajo del umbral del 3% exigido por la ley electoral autonómica.
## 22:31 | El PP reconoce la derrota
> El candidato popular, Andrés Villalobos, ha reconocido la victoria del PSA en una breve comparecencia.
## 21:47 | Escrutado el 50%: el PSA, a las puertas de los 30 escaños
> Con la mitad del voto contado, el PSA obtendría 30 escaños y el PP, 20. Vox se mantiene en 8.
## 21:10 | Primeros datos
> 38,2%.
## 20:00 | Cierran los colegios
> Se cierran los colegios electorales. Comienza el escrutinio.

=== es-plain-presupuestos-diputacion
lang: es
outlet: El Heraldo de la Meseta
title: La Diputación de Almendral aprueba un presupuesto récord de 412,7 millones para 2028, un 6,3% más
caption: Pleno de la Diputación de Almendral, el pasado viernes.
link: https://example.es/almendral/diputacion-presupuesto-2028
author: Javier Olmedo Ruiz
date: 2027-12-04 08:15:00
tags: Almendral, Diputación, Presupuestos
options: exit=none
> El pleno de la Diputación Provincial de Almendral aprobó el viernes, 3 de diciembre de 2027, el presupuesto para el próximo ejercicio, que asciende a 412,7 millones de euros, un 6,3% más que el de 2027 (388,2 millones). La votación salió adelante con 14 votos a favor (PSA y Sumar), 11 en contra (PP y Vox) y ninguna abstención.
> El presidente de la institución, el Sr. D. Francisco Javier Montalvo, defendió unas cuentas «pensadas para los 142 municipios de menos de 5.000 habitantes, que son el 87% de la provincia». La partida para el plan de obras municipales crece hasta los 38,4 millones, frente a los 31 millones del año anterior.
> La portavoz del PP, la Sra. D.ª María Eugenia Larrañaga, criticó que el capítulo 1 (gastos de personal) suba un 9,1%, hasta 131,6 millones, y que la deuda viva alcance los 96,3 millones a 31 de diciembre. «Se gasta más en la casa que en los pueblos», resumió.
> Entre las novedades figuran 4,5 millones para la digitalización de los ayuntamientos, 2,2 millones para el servicio de teleasistencia (que atenderá a 6.800 personas mayores) y una línea de ayudas de 1,5 millones para la contratación de jóvenes en el medio rural, regulada en el art. 12 de la Ordenanza núm. 7/2026.
> El presupuesto incluye, además, el compromiso de reducir el plazo de pago a proveedores de los 41 días actuales a menos de 30, tal y como exige la Ley Orgánica 2/2012. EE.UU. y Alemania son los principales destinos de las exportaciones agroalimentarias de la provincia, recordó Montalvo, que anunció una misión comercial a Chicago en abril.
> Las cuentas entrarán en vigor el 1 de enero, tras su publicación en el Boletín Oficial de la Provincia (BOP), previsiblemente en la pág. 3 del número del 28 de diciembre.
