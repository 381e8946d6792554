#! Spanish round 13 plain articles: invented news, people, places and outlets.

=== es-plain-juicio-secuestro-alcolea
lang: es
outlet: El Correo de la Alcarria
title: Comienza el juicio por el secuestro del empresario de Alcolea de Tajuña: la Fiscalía pide 18 años para los tres acusados
caption: Los tres acusados, a su llegada a la Audiencia Provincial custodiados por la Guardia Civil.
link: https://example.es/tribunales/juicio-secuestro-empresario-alcolea-de-tajuna
author: Beatriz Lozoya Cifuentes
date: 2035-02-05 20:05:00
tags: Tribunales, Secuestro, Alcolea de Tajuña, Audiencia Provincial
options: crlf bom authorspace
> La Audiencia Provincial de Guadalajara ha comenzado este lunes a juzgar a los tres hombres acusados de secuestrar durante seis días, en octubre de 2033, al empresario de Alcolea de Tajuña Ramiro Bermúdez Ocaña, propietario de una de las mayores empresas de miel de la comarca. La Fiscalía pide para cada uno de ellos 18 años de prisión por detención ilegal, extorsión y tenencia ilícita de armas.
> Según el escrito de acusación, los procesados abordaron al empresario, de 63 años, a la salida de su nave del polígono de Los Llanos, en la avda. de la Industria, núm. 7, lo obligaron a subir a una furgoneta y lo trasladaron a una casa de campo en la sierra de Cifuentes, donde permaneció encerrado en un trastero sin ventanas.
> Los secuestradores exigieron a la familia 600.000 euros a través de mensajes enviados desde el propio teléfono móvil de la víctima. La esposa del empresario, Dña. Amparo Checa, avisó a la Guardia Civil esa misma noche.
> —¿Reconoce usted haber participado en los hechos? —preguntó el fiscal, el Sr. Eladio Serrano Molina, al primero de los acusados.
> —No voy a contestar a ninguna pregunta —respondió el procesado, de 41 años, que solo aceptó responder a su abogado.
> Los otros dos acusados, de 29 y 35 años, sí declararon. Ambos negaron haber tenido un papel en la planificación y aseguraron que se limitaron a «llevar comida» a la casa por encargo del primero, con quien mantenían deudas de juego. Uno de ellos, antiguo empleado de la empresa de miel, llegó a pedir perdón a la víctima: «Don Ramiro siempre me trató bien... no sé cómo me metí en esto.»
> El empresario, que declarará el miércoles, estuvo presente en la sala junto a su familia. A la salida, su abogada, la Sra. Mercedes Alonso Tébar, explicó que su cliente sigue en tratamiento psicológico. «Ha pasado un año y medio y todavía no duerme con la luz apagada», dijo.
> La liberación se produjo la madrugada del 14 de octubre de 2033, cuando agentes de la Unidad Central Operativa (UCO) de la Guardia Civil irrumpieron en la casa tras localizar la señal de un teléfono que uno de los acusados había encendido para consultar la previsión del tiempo. Los tres fueron detenidos sin resistencia.
> UCO y Policía Judicial de Guadalajara reconstruyeron sus movimientos mediante las cámaras de 14 gasolineras y los registros de peajes de la A-2. En la casa se encontraron una escopeta de caza con los cañones recortados, 3.250 euros en efectivo y varias bridas de plástico.
> El juicio, con jurado popular, se prolongará previsiblemente hasta el 14 de febrero. Está previsto que declaren 37 testigos y ocho peritos.

=== es-plain-brote-crucero-puerto-naos
lang: es
outlet: Diario de Puerto Naos
title: Un brote de gastroenteritis afecta a 290 pasajeros del crucero «Serenissima Aurora» a su llegada a Arrecife
caption: El crucero «Serenissima Aurora», atracado en el muelle de Los Mármoles.
link: https://example.es/lanzarote/brote-gastroenteritis-crucero-serenissima-aurora
author: Yaiza Perdomo Cabrera
date: 2034-11-25 13:40:00
tags: Lanzarote, Cruceros, Sanidad, Puerto de Arrecife
options: nocaptionline
> Un total de 290 pasajeros y 38 tripulantes del crucero «Serenissima Aurora» presentan síntomas de gastroenteritis aguda, según ha confirmado este sábado la Dirección General de Salud Pública del Gobierno de Canarias, que ha autorizado el desembarco solo de las personas sin síntomas.
> El buque, de la naviera italo-suiza Lumare Cruises, atracó a las 7.30 horas en el muelle de Los Mármoles, en Arrecife, procedente de Funchal (Madeira). A bordo viajan 3.412 pasajeros, la mayoría de Reino Unido, Alemania y EE.UU., y 1.290 tripulantes.
> Los servicios médicos del barco detectaron los primeros casos hace tres días, durante la travesía. Las muestras tomadas esta mañana se están analizando en el Hospital Universitario de Los Volcanes, aunque todo apunta a un norovirus, según fuentes sanitarias.
> «Es un virus muy contagioso, pero en la inmensa mayoría de los casos se pasa en 48 horas. No existe riesgo para la población de Lanzarote», ha señalado la jefa de servicio de Epidemiología, la Dra. Nayra Betancort Umpiérrez.
> 14 pasajeros, casi todos mayores de 75 años, han sido atendidos a bordo por deshidratación, y dos de ellos han sido trasladados al hospital, donde permanecen en observación.
> El comercio de Arrecife, que esperaba una jornada de buenas ventas, ha notado la ausencia. «Un crucero así, en un sábado normal, son 2.000 personas paseando por la calle Real. Hoy no habrá ni la mitad», lamentaba el presidente de la asociación de comerciantes, el Sr. Tinerfe Rodríguez Cabrera.
> Lumare Cruises ha asegurado en un comunicado que el buque ha reforzado los protocolos de limpieza, p. ej. con la desinfección cada dos horas de pasamanos, ascensores y zonas comunes, y que ha cerrado el bufé libre. La naviera ha ofrecido a los afectados un reembolso parcial del viaje.
> Los pasajeros pueden solicitar información en el teléfono +34 928 555 014 o en el correo asistencia@lumarecruises-ejemplo.com. El crucero tiene previsto zarpar esta noche, a las 22.00 horas, rumbo a Santa Cruz de Tenerife, si Sanidad Exterior lo autoriza.

=== es-plain-despidos-nubesur-montevideo
lang: es
outlet: Montevideo Económico
title: NubeSur despide a 1.000 empleados, el 12% de su plantilla, y cierra su oficina de Punta Carretas
caption: La sede central de NubeSur en el Parque Tecnológico del Buceo, en Montevideo.
link: https://example.com.uy/empresas/nubesur-despidos-1000-empleados
author: Gonzalo Echenique Ferrando
date: 2035-09-12 18:30:00
tags: NubeSur, Tecnología, Empleo, Uruguay
options: exit=none
> La tecnológica uruguaya NubeSur anunció este miércoles el despido de 1.000 trabajadores, aproximadamente el 12% de su plantilla mundial, y el cierre de su oficina de Punta Carretas, en Montevideo, en un plan de reestructuración que busca ahorrar unos 95 millones de dólares al año.
> Del total de despidos, unos 430 corresponden a Uruguay; el resto se reparte entre sus oficinas de Buenos Aires, Santiago, Ciudad de México y Austin (EE.UU.). Los trabajadores afectados recibieron un correo electrónico a las 8.15 horas en el que se les convocaba a una reunión virtual de 15 minutos.
> «Fue todo muy frío. Entrás a la reunión, te leen un guion y a los diez minutos ya no tenés acceso a la computadora», relató a este medio una desarrolladora con seis años de antigüedad en la empresa, que pidió no ser identificada.
> El cofundador y director ejecutivo, Andrés DeLeón Sosa, justificó la decisión en una carta publicada en el blog de la compañía: «Crecimos demasiado rápido en 2032 y 2033, apostando a un ritmo de expansión que no se cumplió. Asumo personalmente la responsabilidad.»
> pagoYa, la billetera digital que es el producto más conocido de la empresa, no se verá afectada, según la compañía. Los recortes se concentran en las áreas de recursos humanos, marketing y en la división de software para comercios, NubeSur Retail, que será vendida.
> La empresa, fundada en 2014 en un garaje del barrio Malvín, llegó a estar valorada en 4.800 millones de dólares en 2033. Desde entonces sus acciones, que cotizan en el Nasdaq, han caído un 62,5%. Este miércoles subían un 4,1% en las operaciones previas a la apertura.
> El ministro de Trabajo, Diego Piñeyrúa, dijo que convocará a la empresa y al sindicato a una instancia de negociación en la Dirección Nacional de Trabajo, «como se hace con cualquier empresa, grande o chica». El sindicato del sector, SUTIC, calificó los despidos de «masacre laboral» y convocó a una asamblea para el jueves a las 18.30.
> NubeSur se comprometió a pagar una indemnización equivalente a 2,5 veces la legal, mantener la cobertura médica hasta fin de año y ofrecer un programa de recolocación. Las consultas se reciben en transicion@nubesur-ejemplo.com.uy.

=== es-plain-seven-punta-umbria-leonas
lang: es
outlet: Marcador Sur
title: España gana el Seven Internacional de Punta Umbría tras tumbar a Francia en la final (24-19)
link: https://example.es/rugby/seven-punta-umbria-espana-campeona
author: Álvaro Gil-Delgado Pérez
date: 2035-04-29 21:10:00
tags: Rugby, Seven, Selección española, Punta Umbría
> La selección española femenina de rugby a siete se ha proclamado este domingo campeona del Seven Internacional de Punta Umbría, prueba de las Series Mundiales, tras derrotar en la final a Francia por 24-19 en un partido que se decidió en la última jugada, ante más de 9.000 espectadores.
> Es el primer título de España en una etapa de las Series Mundiales desde la creación del circuito femenino. «¡Lo hemos hecho en casa! No se me ocurre un sitio mejor», gritaba la capitana, Lidia Carbonell Vives, con la copa en las manos.
> La final no pudo empezar peor para las locales. Francia anotó dos ensayos en los cuatro primeros minutos, obra de Léa Vauquelin y Manon Dubreuil-Sarr, y se fue al descanso con ventaja de 12-5. Solo un ensayo de Carbonell tras una carrera de 50 metros mantuvo a España en el partido.
> En la segunda parte, con el viento a favor, el equipo de Pedro Casasús fue otro. Marina Urrutia y Ainhoa Zabala dieron la vuelta al marcador (17-12), Francia volvió a adelantarse con un ensayo transformado (17-19) y, con el tiempo ya cumplido, la ala Nerea Otxoa cruzó la línea tras un maul que empujó a toda la delantera francesa. Carbonell transformó desde la banda: 24-19.
> —¿Qué le dijo a las jugadoras en el descanso? —le preguntaron a Casasús en zona mixta.
> —Nada de rugby. Les dije que miraran a la grada, que había 9.000 personas esperando que lo intentaran —respondió el seleccionador.
> España había eliminado el sábado a Australia en cuartos (19-14) y a Nueva Zelanda en semifinales (22-21), un resultado histórico: era la primera vez que ganaba a las neozelandesas en competición oficial.
> Con este triunfo, España sube a la tercera posición de la clasificación general, con 74 puntos, a 6 de Francia y a 11 de Nueva Zelanda, cuando quedan dos torneos: Hong Kong y Dublín.
> La Federación Española de Rugby (FER) ha anunciado una recepción a las jugadoras el martes en Madrid. El torneo se pudo seguir en directo en la plataforma rugbyTV y en la web www.feru-ejemplo.es.
