#! Spanish live blogs: invented news, people and places (real institutions only as context). (round 7)

=== es-live-elecciones-aragon
lang: es
outlet: Heraldo del Ebro
title: Elecciones en Aragón 2031, en directo: Marta Lasheras gana pero necesitará a Unión Aragonesa para gobernar
caption: La candidata Marta Lasheras saluda a sus simpatizantes en la sede del partido en Zaragoza.
link: https://example.es/aragon/elecciones-autonomicas-2031-directo
author: Jorge Ballarín y Pilar Escartín
date: 2031-05-25 23:55:00
tags: Elecciones Aragón, Elecciones autonómicas, Política
options: time=prefix bullet=⇒
> Los colegios electorales cerraron a las 20.00 horas en las tres provincias aragonesas tras una jornada marcada por el calor y una participación ligeramente superior a la de hace cuatro años. Más de un millón de aragoneses estaban llamados a las urnas para renovar las 67 diputaciones de las Cortes de Aragón.
> Con el 99,8% escrutado, el PP de Marta Lasheras es la fuerza más votada con 29 escaños, a cinco de la mayoría absoluta. Unión Aragonesa, con 6 diputados, tiene la llave del próximo Gobierno. El PSOE de Andrés Salillas baja a 21 escaños.
kp: Claves de la noche
* El PP gana con 29 escaños, a cinco de la mayoría absoluta
* Unión Aragonesa, con 6 diputados, tiene la llave del Gobierno
* Salillas: «Hemos perdido y lo asumo»
* La participación sube al 68,4%
## 23:41 | Lasheras: «Aragón ha votado estabilidad»
> Marta Lasheras ha comparecido pasadas las 23.30 horas en el balcón de la sede del PP en el paseo de la Independencia. «Aragón ha votado estabilidad, y vamos a estar a la altura», ha dicho ante unas 500 personas. La candidata ha evitado pronunciarse sobre un posible pacto, aunque ha tendido la mano «a todas las fuerzas que quieran lo mejor para esta tierra».
> Entre el público, varios simpatizantes coreaban «¡Presidenta, presidenta!» mientras ondeaban banderas de Aragón. Lasheras, de 47 años, fue alcaldesa de Huesca entre 2019 y 2027.
## 23:20 | ¿Quién gobernará Aragón?
> Las cuentas son sencillas: el PP necesita 34 escaños para la mayoría absoluta y suma 29. Con los 6 de Unión Aragonesa llegaría a 35. La otra opción, un acuerdo de la izquierda con los aragonesistas, no alcanza: PSOE (21), Chunta Aragonesista (5) y Podemos-IU (3) suman 29 con Unión Aragonesa, lejos de la mayoría.
> El Estatuto de Autonomía prevé que, si ningún candidato obtiene la confianza de las Cortes en dos meses, se convoquen nuevas elecciones. Nadie, en ninguna sede, quería oír hablar esta noche de esa posibilidad.
## 23:02 | Salillas: «Hemos perdido y lo asumo»
> El candidato socialista, Andrés Salillas, ha reconocido la derrota en una breve comparecencia sin preguntas. «Hemos perdido y lo asumo. Los aragoneses han hablado y hay que escucharlos», ha afirmado. Salillas no ha aclarado si seguirá al frente del partido, y se ha limitado a anunciar una reunión de la ejecutiva regional el martes.
## 22:45 | Unión Aragonesa, con 6 diputados, tiene la llave del Gobierno
> El partido de Elena Bielsa, que entró por primera vez en las Cortes hace cuatro años con dos escaños, triplica su representación. «Vamos a escuchar a todos, pero no vamos a regalar nuestro voto», ha advertido Bielsa, que ha puesto como condición «innegociable» el compromiso de construir el nuevo hospital comarcal de Alcañiz.
> Fuentes de la formación aseguran que no habrá conversaciones formales «antes del lunes».
## 22:30 | El PP gana con 29 escaños, a cinco de la mayoría absoluta
> Con el 95% escrutado, el PP obtiene 29 escaños, siete más que en 2027, y roza el 37% de los votos. El partido gana en las tres provincias y en 28 de las 33 comarcas. Es el mejor resultado de los populares en Aragón desde 2011.
## 22:05 | Vox se queda fuera de las Cortes por 412 votos
> Vox no ha alcanzado el 3% de los votos válidos en ninguna de las tres circunscripciones y pierde los tres escaños que tenía. En Zaragoza se ha quedado a solo 412 votos del umbral, según los datos provisionales del escrutinio.
## 21:47 | Primeros datos oficiales: el PP, por delante
> Con el 25% escrutado, el PP se sitúa como primera fuerza con 28 escaños, seguido del PSOE con 22. El recuento avanza más rápido en las comarcas de Teruel que en la capital zaragozana, donde la izquierda suele obtener mejores resultados.
## 21:10 | Teruel Existe mantiene sus dos diputados
> La agrupación de electores Teruel Existe conserva sus dos escaños por la provincia de Teruel, según los primeros datos. Su portavoz, Nuria Gimeno, ha celebrado el resultado «como una demostración de que la España vaciada no es una moda».
## 20:45 | La participación sube al 68,4%
> La participación definitiva se ha situado en el 68,4%, 2,6 puntos más que en las elecciones de 2027, según los datos del Gobierno de Aragón. La provincia de Huesca registra la mayor subida, con un 70,1%. El voto por correo también ha batido récords: 41.200 solicitudes, un 18% más.
## 20:00 | Cierran los colegios electorales
> Los 2.128 colegios electorales de Aragón han cerrado sus puertas a las 20.00 horas. Comienza el escrutinio. Los primeros datos oficiales se conocerán a partir de las 21.00 horas en la web habilitada por el Gobierno autonómico, www.resultados.aragon.example.es.
## 18:15 | Incidencia en Calatayud: una mesa abre con 40 minutos de retraso
> Una mesa electoral del colegio Salvador Minguijón de Calatayud abrió esta mañana con 40 minutos de retraso porque dos de sus miembros no se presentaron. La Junta Electoral ha autorizado ampliar su horario de cierre hasta las 20.40 horas para compensar.
## 14:00 | La participación a las 14 horas, en el 39,2%
> A las 14.00 horas había votado el 39,2% del censo, frente al 37,5% de hace cuatro años. Los candidatos ya han votado: Lasheras, en Huesca, a las 10.15 horas; Salillas, en el barrio zaragozano de Delicias, poco antes de las 11.00 horas.

=== es-live-ibex-desplome
lang: es
outlet: El Economista del Sur
title: El Ibex 35 se hunde un 5,2% en su peor sesión desde 2020 arrastrado por la banca, en directo
caption: Panel de cotizaciones en el Palacio de la Bolsa de Madrid.
link: https://example.es/mercados/ibex-35-desplome-banca-directo
author: Íñigo Salaverría
date: 2030-02-27 18:10:00
tags: Ibex 35, Bolsa, Banca, Mercados
options: time=suffixdash bullet=•
> El Ibex 35 ha vivido este jueves su peor jornada en una década. El selectivo ha cerrado con una caída del 5,2%, hasta los 10.874,5 puntos, arrastrado por los bancos tras conocerse que la Reserva Federal de EE.UU. investiga a una entidad estadounidense por posibles irregularidades en su cartera de derivados. El resto de plazas europeas también ha sufrido fuertes pérdidas.
> Los seis bancos del índice han perdido en conjunto más de 28.000 millones de euros de capitalización bursátil en una sola sesión. La prima de riesgo ha subido 22 puntos básicos, hasta los 118.
kp: Lo más importante
* El Ibex 35 cierra con una caída del 5,2%, su peor sesión desde marzo de 2020
* La banca pierde 28.000 millones de capitalización
* La CNMV descarta suspender la negociación
* Hacienda pide «calma» a los pequeños ahorradores
## 17:55 | La CNMV descarta suspender la negociación
> El presidente de la Comisión Nacional del Mercado de Valores (CNMV), Ramón Ugarte, ha descartado suspender la negociación de ningún valor y ha asegurado que el mercado «ha funcionado con total normalidad técnica». La CNMV vigilará, eso sí, las posiciones cortas sobre los valores financieros en los próximos días.
## 17:35 | Cierre: el Ibex se deja un 5,2%
> El Ibex 35 cierra en 10.874,5 puntos, con un descenso del 5,2%. Solo dos valores terminan en verde: Redeia y Naturgy, considerados refugio. El volumen negociado ha superado los 6.300 millones de euros, casi el triple de la media diaria del último mes.
> Los mayores descensos han sido para Sabadell (-11,3%), Bankinter (-9,8%) y Santander (-9,1%), seguidos de BBVA (-8,4%) y CaixaBank (-8,2%). Fuera de la banca, destaca la caída de Inditex (-4,9%) y de IAG (-6,7%).
## 16:50 | Hacienda pide «calma» a los pequeños ahorradores
> El Ministerio de Hacienda ha emitido un comunicado en el que pide «calma» a los pequeños ahorradores y recuerda que los depósitos bancarios están garantizados hasta 100.000 euros por titular y entidad. «El sistema financiero español está bien capitalizado y no tiene exposición relevante a la entidad investigada», señala la nota.
## 16:20 | ¿Qué ha pasado en EE.UU.?
> La Reserva Federal ha confirmado la apertura de una investigación sobre Pemberton Trust, un banco de Chicago con activos de unos 340.000 millones de dólares, por la valoración de su cartera de derivados de tipos de interés. Según el diario financiero Market Ledger, el agujero podría superar los 20.000 millones de dólares.
> Pemberton Trust, que ha suspendido la cotización de sus acciones en Nueva York, ha negado cualquier irregularidad y asegura que «colabora plenamente» con el supervisor.
## 15:45 | Los analistas ven una reacción exagerada
> Para la mayoría de los analistas consultados, el castigo a la banca española es desproporcionado. «No hay exposición directa significativa. El mercado vende primero y pregunta después», resume Beatriz Olano, directora de análisis de Gesmadrid S.A. Otros expertos, como el profesor del IESE Álvaro Cuesta, advierten de que el riesgo de contagio «no está en los balances sino en la confianza».
> Varios bancos de inversión, p. ej. el británico Halford & Grey, ya han recomendado aprovechar las caídas para comprar acciones de entidades con menor exposición exterior.
## 15:30 | Wall Street abre con caídas de más del 3%
> La Bolsa de Nueva York ha abierto con fuertes pérdidas. El Dow Jones cae un 3,1%, el S&P 500 un 3,4% y el Nasdaq un 2,9%. Las acciones de los bancos regionales estadounidenses se desploman más de un 10% en los primeros minutos de negociación.
## 15:10 | CaixaBank y BBVA caen más de un 8%
> Los dos grandes bancos con más peso en el mercado doméstico se dejan más de un 8% a media sesión. CaixaBank sufre además por el anuncio, esta misma mañana, de la salida de su consejero delegado, Luis Ortega, por motivos personales. La entidad ha insistido en que se trata de una decisión «planificada desde hace meses».
## 13:25 | El euro cae a 1,074 dólares
> El euro se deprecia un 1,2% frente al dólar y cotiza en 1,074 dólares, su nivel más bajo desde noviembre. Los inversores buscan refugio en la divisa estadounidense, en el oro, que sube un 2,8% hasta los 2.910 dólares la onza, y en el bono alemán a diez años.
## 11:40 | El Ibex pierde los 11.000 puntos
> El selectivo español pierde la cota de los 11.000 puntos por primera vez desde el verano pasado. A esta hora, la caída es del 4,1% y todos los valores del índice cotizan en rojo. El Banco Santander, con un descenso del 7,3%, es el que más resta al índice.
## 9:05 | Apertura en rojo
> El Ibex 35 abre con un descenso del 2,3%, hasta los 11.204 puntos, tras las caídas de la víspera en las bolsas asiáticas. El índice japonés Nikkei ha cerrado con una bajada del 3,6% y el Hang Seng de Hong Kong, del 2,9%.

=== es-live-dana-murcia
lang: es
outlet: La Opinión del Segura
title: DANA en la Región de Murcia, en directo: dos desaparecidos en Lorca y más de 300 rescates en 24 horas
caption: Un vecino camina por una calle inundada del barrio de San Cristóbal, en Lorca.
link: https://example.es/region/dana-murcia-lorca-directo
author:
date: 2031-10-22 19:40:00
tags: DANA, Lluvias, Lorca, Región de Murcia
options: time=prefix bullet=⇒ crlf bom
> Una depresión aislada en niveles altos de la atmósfera (DANA) ha descargado más de 250 litros por metro cuadrado en menos de doce horas en el Valle del Guadalentín. La Aemet mantiene el aviso rojo en el litoral sur y el campo de Cartagena hasta las 00.00 horas del jueves. Los servicios de emergencia han realizado más de 300 rescates desde la madrugada.
> Dos personas siguen desaparecidas en Lorca, donde el río Guadalentín se ha desbordado a su paso por el barrio de San Cristóbal. El Gobierno regional ha solicitado la intervención de la Unidad Militar de Emergencias (UME), que ha desplegado a 220 efectivos.
kp: Lo último
* Dos desaparecidos en Lorca tras el desbordamiento del Guadalentín
* La UME despliega 220 efectivos en la Región
* Clases suspendidas el jueves en 19 municipios
* Cortada la autovía A-7 entre Lorca y Puerto Lumbreras
## Hace 10 minutos | La Aemet prolonga el aviso rojo hasta la medianoche
> La Agencia Estatal de Meteorología ha prolongado el aviso rojo por lluvias hasta las 00.00 horas en el litoral sur de Murcia y el campo de Cartagena. Se esperan acumulados de hasta 90 litros por metro cuadrado en una hora. A partir del jueves, el episodio remitirá de forma progresiva, aunque persistirá el aviso naranja en el interior.
## Hace 40 minutos | Clases suspendidas el jueves en 19 municipios
> La Consejería de Educación ha decidido suspender la actividad lectiva presencial el jueves en 19 municipios, entre ellos Lorca, Águilas, Mazarrón, Cartagena y Totana. La medida afecta a unos 96.000 alumnos. Las universidades de Murcia y Politécnica de Cartagena también han suspendido las clases presenciales.
## Hace 1 hora | «El agua subió un metro en diez minutos»
> Los vecinos del barrio de San Cristóbal describen una crecida repentina. «Estábamos cenando y el agua subió un metro en diez minutos. Subimos al segundo piso con lo puesto», cuenta Antonia Navarro, de 71 años, que ha pasado la noche en casa de su hija. En la calle, los coches arrastrados se amontonan contra la barandilla del puente.
> Otro vecino, Juan José Martínez, relata cómo ayudó a sacar a una pareja de ancianos por la ventana. «No piensas, lo haces. Luego te tiemblan las piernas...» La Policía Local pide a los residentes que no regresen a las viviendas hasta que los bomberos hayan revisado las estructuras.
## Hace 2 horas | Cortada la autovía A-7 entre Lorca y Puerto Lumbreras
> La Dirección General de Tráfico mantiene cortada la autovía A-7 en ambos sentidos entre los kilómetros 580 y 594 por la acumulación de agua y barro. También están cerradas al tráfico una veintena de carreteras regionales, según el 112 Región de Murcia. Tráfico recomienda evitar todos los desplazamientos no imprescindibles.
> Adif ha suspendido la circulación de trenes entre Murcia y Águilas. Los viajeros de Cercanías serán trasladados en autobús cuando las carreteras lo permitan.
## Hace 3 horas | Dos desaparecidos en Lorca tras el desbordamiento del Guadalentín
> Los equipos de búsqueda rastrean el cauce del Guadalentín en busca de dos personas desaparecidas: un hombre de 63 años, cuyo vehículo fue arrastrado por la corriente en una rambla a las afueras de Lorca, y una mujer de 48 años que, según testigos, intentó cruzar un paso inundado a pie. En el operativo participan bomberos, Guardia Civil, UME y voluntarios de Protección Civil.
> El alcalde de Lorca, Fulgencio Reverte, ha pedido «prudencia extrema» y ha recordado que la mayoría de las víctimas en episodios de lluvias torrenciales mueren «al intentar salvar el coche».
## Hace 5 horas | La UME despliega 220 efectivos en la Región
> La Unidad Militar de Emergencias ha desplegado a 220 militares y 64 vehículos desde su base de Bétera (Valencia). Los efectivos se concentran en Lorca, Puerto Lumbreras y Águilas, donde colaboran en las tareas de rescate y achique de agua.
## Hace 6 horas | ¿Qué es una DANA?
> Una DANA es una masa de aire frío que se separa de la circulación general de la atmósfera y queda aislada en altura. Cuando se sitúa sobre el Mediterráneo, cuyas aguas están especialmente cálidas en otoño, favorece la formación de tormentas muy intensas y persistentes. «Este año el mar está a 26 grados a finales de octubre, algo anómalo», explica el meteorólogo Pedro Ayala.
## Hace 7 horas | La ONU alerta del aumento de las lluvias torrenciales en el Mediterráneo
> Un informe de la Organización Meteorológica Mundial, agencia de la ONU, publicado este mismo mes, advierte de que los episodios de lluvias de más de 200 litros por metro cuadrado en un día se han duplicado en el arco mediterráneo español desde los años ochenta. «No es una anomalía: es la nueva normalidad», resume uno de sus autores, el climatólogo Jordi Ventura.
## Hace 8 horas | El 112 atiende más de 4.000 llamadas
> El Centro de Coordinación de Emergencias de la Región de Murcia ha atendido más de 4.000 llamadas desde la medianoche, la mayoría por inundaciones de bajos y garajes y vehículos atrapados. Los bomberos han realizado 312 rescates de personas, 47 de ellos con helicóptero.

=== es-live-huelga-metro-madrid
lang: es
outlet: Madrid Directo
title: Huelga de maquinistas de Metro de Madrid: servicios mínimos del 50% y colas en las paradas de la EMT
caption: Viajeros esperan en el andén de la estación de Sol durante la huelga.
link: https://example.es/madrid/huelga-metro-maquinistas-directo
author: Laura Benavente
date: 2030-09-15 12:30:00
tags: Huelga, Metro de Madrid, Transporte
options: bullet=- authorspace
> Los maquinistas de Metro de Madrid secundan desde las 6.00 horas de este lunes la primera de las cinco jornadas de huelga convocadas por el Sindicato de Maquinistas y Conductores (SMC) en protesta por la falta de personal y la supresión de descansos. La Comunidad de Madrid ha fijado unos servicios mínimos del 50% en hora punta y del 35% el resto del día.
> Las esperas en los andenes superan los diez minutos en varias líneas y la Policía ha tenido que regular el acceso a las estaciones de Sol, Nuevos Ministerios y Avenida de América a primera hora de la mañana.
kp: Lo que hay que saber
* Cinco jornadas de paros convocadas en septiembre y octubre
* Esperas de hasta 14 minutos en la línea 6
* La Comunidad acusa al sindicato de «chantaje»
* Refuerzo de la EMT en 12 líneas de autobús
## Colas de más de 100 metros en las paradas de autobús de Moncloa
> El intercambiador de Moncloa ha registrado colas de más de 100 metros durante la hora punta de la mañana. Muchos viajeros han optado por el autobús ante los retrasos en la línea 6, pero la EMT apenas ha podido absorber el aumento de la demanda pese al refuerzo anunciado el viernes.
> «Llevo 25 minutos esperando y han pasado tres autobuses llenos», se quejaba Rocío, una enfermera que trabaja en el hospital Clínico. «Entiendo a los maquinistas, pero esto lo pagamos siempre los mismos.»
## La consejera de Transportes: «Es un chantaje a los madrileños»
> La consejera de Transportes, Cristina Alcázar, ha acusado al SMC de «chantaje a los madrileños» y ha recordado que la plantilla de maquinistas ha crecido un 12% en los últimos tres años. «Hay 230 maquinistas más que en 2027. Lo que pide el sindicato no es personal, son privilegios», ha afirmado en una entrevista radiofónica.
> Alcázar ha anunciado que la Comunidad abrirá un expediente informativo por el incumplimiento de los servicios mínimos en la línea 10, donde, según sus datos, solo ha circulado el 41% de los trenes previstos entre las 7.00 y las 9.00 horas.
## ¿Por qué hacen huelga los maquinistas?
> El SMC denuncia que faltan al menos 180 maquinistas para cubrir el servicio sin horas extraordinarias, y que la empresa ha suprimido de facto el descanso de 20 minutos entre turnos en varias líneas. El sindicato reclama también una revisión de los complementos por nocturnidad, congelados desde 2022.
> —Nadie hace huelga por gusto —ha resumido su secretario general, Óscar Pineda, a las puertas de la estación de Cuatro Caminos—. Llevamos dos años pidiendo una mesa de negociación y la respuesta ha sido siempre la misma: no.
## Qué líneas funcionan peor
> Según los datos de Metro de Madrid, las líneas más afectadas son la 6 (Circular), con esperas de hasta 14 minutos, la 10 y la 1. La línea 8, que conecta con el aeropuerto, mantiene frecuencias de entre 8 y 9 minutos. Metro Ligero y Cercanías no están afectados por la huelga.
## Calendario de los paros
> Además de este lunes, el sindicato ha convocado huelga los días 18, 25 y 30 de septiembre y el 2 de octubre, en dos franjas: de 6.00 a 10.00 horas y de 17.00 a 21.00 horas. La huelga podría desconvocarse si la empresa acepta la mediación propuesta por el Instituto Laboral de la Comunidad de Madrid, una posibilidad que ambas partes han dejado abierta.

=== es-live-final-copa-almendralejo
lang: es
outlet: Deportes Extremadura
title: UD Almendralejo - Real Club Costa Brava, final de la Copa del Rey en directo: el Almendralejo hace historia en la prórroga (3-2)
caption: Los jugadores del Almendralejo celebran el tercer gol en la prórroga.
link: https://example.es/futbol/final-copa-almendralejo-costa-brava-directo
author: Álvaro Gallardo
date: 2031-04-19 23:59:00
tags: Fútbol, Copa del Rey, UD Almendralejo
options: time=glued bullet=• nocaptionline
caption:
> La Unión Deportiva Almendralejo y el Real Club Costa Brava disputan en el estadio de La Cartuja la final de la Copa del Rey 2031, la primera para ambos clubes en sus respectivas historias. El equipo extremeño, recién ascendido a Primera División, eliminó en semifinales al vigente campeón; el Costa Brava llega tras una temporada brillante en la que es cuarto en la liga.
> Alineaciones, goles, polémicas y reacciones: sigue el partido minuto a minuto en este directo.
kp: Claves del partido
* El Almendralejo gana su primera Copa del Rey (3-2)
* Doblete de Gonzalo Pizarro, gol decisivo de Abdou Ndiaye en la prórroga
* Expulsión de Marc Puigvert en el minuto 88
## 23:48 | Pizarro: «Esto es para Almendralejo, para toda Extremadura»
> El capitán del Almendralejo, Gonzalo Pizarro, autor de dos goles, no podía contener las lágrimas en la zona mixta. «Esto es para Almendralejo, para toda Extremadura. Hace cinco años jugábamos en Segunda B en campos de tierra... No me lo creo todavía.»
## 23:35 | El rey entrega la Copa a Gonzalo Pizarro
> El capitán extremeño levanta el trofeo en el palco de La Cartuja ante más de 20.000 aficionados del Almendralejo, que no han parado de cantar desde el pitido final.
## 23:21 | ¡Final! ¡El Almendralejo, campeón de Copa!
> ¡Se acabó! La UD Almendralejo gana la primera Copa del Rey de su historia tras vencer 3-2 en la prórroga al Real Club Costa Brava. Los jugadores extremeños corren hacia la grada donde se concentran sus aficionados.
## 23:18 | Paradón de Vicente Oyola
> ¡Qué parada! El portero del Almendralejo saca con una mano un cabezazo de Biel Roura a bocajarro. El Costa Brava lo está intentando todo.
## 23:09 | ¡Gol del Almendralejo! Ndiaye, en la prórroga
> ¡Gooool! Abdou Ndiaye, que había entrado en el minuto 80, recibe un balón largo, se va de dos defensas en carrera y define por encima del portero. 3-2 en el minuto 109.
> El delantero senegalés, cedido por el Sevilla, corre hasta el banderín de córner y se quita la camiseta. Tarjeta amarilla, pero le da igual.
## 22:57 | Empieza la segunda parte de la prórroga
> Sigue el 2-2. El Costa Brava, con diez jugadores desde el minuto 88, se encierra atrás y confía en los penaltis.
## 22:41 | Comienza la prórroga
> Arranca la primera parte de la prórroga en Sevilla. El Almendralejo mueve el banquillo y da entrada a Carlos Bote por Iván Caballero.
## 22:36 | Final del tiempo reglamentario: 2-2
> Termina el partido tras 90 minutos y cinco de añadido. Habrá prórroga en La Cartuja.
## 22:31 | Roja directa para Marc Puigvert
> El árbitro, Javier Sobrino Paz, expulsa al central del Costa Brava por una entrada con los tacos por delante a Pizarro. Tras revisarla en el monitor del VAR, no hay dudas: roja directa en el minuto 88.
## 22:19 | ¡Gol de Pizarro! Empata el Almendralejo
> ¡Golazo! Gonzalo Pizarro engancha una volea desde la frontal del área que se cuela por la escuadra. 2-2 en el minuto 76, y la grada extremeña es un volcán.
## 22:04 | El Costa Brava se adelanta
> Biel Roura culmina de cabeza un saque de esquina botado por Pau Ferrer. 1-2 en el minuto 61. Oyola no ha podido hacer nada.
## 21:48 | Comienza la segunda parte
> Arranca la segunda mitad sin cambios en ninguno de los dos equipos.
## 21:31 | Descanso en La Cartuja: 1-1
> Primera parte igualada, con más posesión del Costa Brava (58%) pero las ocasiones más claras para el Almendralejo. Pizarro ha estrellado un balón en el palo en el minuto 39.
## 21:17 | ¡Gol del Costa Brava! Empata Ferrer de penalti
> Pau Ferrer transforma con un disparo raso a la izquierda del portero el penalti cometido por Lucas Mena sobre Roura. 1-1 en el minuto 28.
## 21:14 | ¿Penalti? El VAR revisa la jugada
> El árbitro ha ido al monitor para revisar un posible agarrón de Lucas Mena a Biel Roura dentro del área. Tras casi tres minutos de revisión, señala penalti.
## 21:05 | ¡Gol del Almendralejo! Pizarro abre el marcador
> ¡Primer gol de la final! Pizarro aprovecha un error en la salida de balón del Costa Brava y bate por bajo al portero. 1-0 en el minuto 17.
## 20:48 | Comienza la final
> Rueda el balón en La Cartuja. Saca el Almendralejo, que juega con su tradicional camiseta verde y blanca.
## 20:20 | Alineaciones confirmadas
> UD Almendralejo: Oyola; Mena, Durán, Cabezas, Rosado; Caballero, Jiménez-Tena, Morgado; Castaño, Pizarro y Villalobos. Real Club Costa Brava: Serra; Vidal, Puigvert, Comas, Bosch; Ferrer, Oliveras, Camps; Roura, Vila y Quintana.
## 19:45 | Ambiente festivo en Sevilla
> Más de 35.000 aficionados de los dos equipos han llegado a Sevilla desde primera hora. La Policía Nacional ha desplegado a 1.400 agentes y ha separado a las dos aficiones en las inmediaciones del estadio, sin incidentes destacables hasta el momento.

=== es-live-lanzamiento-altair
lang: es
outlet: Ciencia y Futuro
title: Lanzamiento del cohete Altair-2 desde El Hierro, en directo: primer satélite español puesto en órbita desde territorio nacional
caption: El cohete Altair-2 en la plataforma de lanzamiento de La Restinga, en El Hierro.
link: https://example.es/espacio/lanzamiento-altair-2-el-hierro-directo
author: Noemí Castellano
date: 2032-07-08 15:05:00
tags: Espacio, Altair-2, Cénit Aerospace, El Hierro
options: time=paren bullet=⇒
> La empresa ilicitana Cénit Aerospace ha lanzado con éxito este jueves su cohete Altair-2 desde la nueva base de La Restinga, en El Hierro. Es la primera vez que un satélite se pone en órbita desde territorio español. El cohete, de 32 metros de altura, transportaba el satélite de observación HierroSat-1, desarrollado por la Universidad de La Laguna.
> El lanzamiento, previsto inicialmente para las 13.00 horas (hora canaria), se retrasó 94 minutos por una alerta en el sistema de telemetría. Sigue aquí la última hora.
kp: Claves del lanzamiento
* El HierroSat-1 alcanza la órbita prevista a 540 kilómetros
* Despegue a las 14:34, tras un retraso de 94 minutos
* El ministro de Ciencia: «Hoy España entra en el club de los países lanzadores»
## 15:02 | El HierroSat-1 alcanza la órbita prevista a 540 kilómetros
> Cénit Aerospace confirma que el satélite HierroSat-1 se ha separado correctamente de la etapa superior y se encuentra en una órbita heliosíncrona a 540 kilómetros de altitud. La estación de seguimiento de Maspalomas ha recibido las primeras señales a las 14.58 horas.
> El satélite, de 62 kilos, tomará imágenes del océano Atlántico para vigilar la actividad volcánica submarina y la calidad del agua alrededor de las islas.
## 14:50 | El ministro de Ciencia: «Hoy España entra en el club de los países lanzadores»
> El ministro de Ciencia, Innovación y Universidades, Tomás Arregui, ha seguido el lanzamiento desde el centro de control junto al presidente del Cabildo de El Hierro. «Hoy España entra en el club de los países lanzadores. Es un orgullo, y es solo el principio», ha declarado. Arregui ha recordado que el Estado ha aportado 48 millones de euros al programa a través del PERTE Aeroespacial.
## 14:37 | Separación de la primera etapa
> Dos minutos y cuarenta segundos después del despegue, la primera etapa se ha separado correctamente y ha caído al océano en la zona de exclusión prevista, a unos 400 kilómetros al suroeste de la isla. Cénit Aerospace no intentará recuperarla en este vuelo.
## 14:34 | ¡Despegue!
> ¡El Altair-2 ha despegado! El cohete se eleva entre una enorme nube de vapor sobre la costa de La Restinga. En el mirador de Tacorón, cientos de vecinos aplauden y gritan. Las primeras imágenes muestran un ascenso limpio y estable.
## 14:24 | Se reanuda la cuenta atrás
> El director de lanzamiento ha dado luz verde para reanudar la cuenta atrás en T-10 minutos. La nueva hora de despegue es las 14:34 (hora canaria), una hora menos que en la Península.
## 13:40 | ¿Por qué se ha retrasado el lanzamiento?
> Según Cénit Aerospace, un sensor de la estación de telemetría de Valverde ha registrado una pérdida intermitente de señal a T-12 minutos, lo que ha obligado a detener la secuencia automática. Los ingenieros han sustituido un módulo de comunicaciones y han repetido las pruebas.
> «Preferimos perder una hora que perder un cohete», ha explicado en redes sociales el director técnico de la empresa, Héctor Llorca, quien ha recordado que la ventana de lanzamiento se prolongaba hasta las 16.30 horas.
## 12:48 | Cuenta atrás detenida a T-12 minutos
> La cuenta atrás se ha detenido a T-12 minutos por una alerta en el sistema de telemetría. La empresa asegura que el cohete y el satélite se encuentran en perfecto estado.
## 12:15 | Así es el Altair-2
> El Altair-2 es un lanzador de dos etapas, de 32 metros de altura y 2,2 metros de diámetro, capaz de poner hasta 750 kilos en órbita baja. Sus motores, fabricados en Elche, funcionan con queroseno y oxígeno líquido. Cénit Aerospace, fundada en 2018 por dos ingenieros formados en la Politécnica de Valencia, emplea a 640 personas.
> La empresa ha invertido 210 millones de euros en su desarrollo, de los cuales 48 millones proceden de fondos públicos. Su principal competidor europeo en el segmento de los microlanzadores es la alemana Isar Aerospace.
## 11:30 | Una base polémica en El Hierro
> La base de lanzamiento de La Restinga, inaugurada en marzo, no ha estado exenta de polémica. Varias asociaciones ecologistas y la cofradía de pescadores del puerto denunciaron su impacto en la reserva marina del Mar de las Calmas. Cénit Aerospace asegura haber cumplido «escrupulosamente» con la declaración de impacto ambiental y se ha comprometido a no realizar más de doce lanzamientos al año.

## 10:45 | La OTAN y la ESA, entre los futuros clientes de Cénit Aerospace
> Cénit Aerospace tiene firmados contratos para 17 lanzamientos hasta 2035. Entre sus clientes figuran la Agencia Espacial Europea (ESA), varias empresas de telecomunicaciones y, según ha avanzado la propia compañía, un programa de satélites de comunicaciones tácticas de la OTAN, cuyos detalles no se han hecho públicos.

=== es-live-feria-videojuego-malaga
lang: es
outlet: Costa del Sol Digital
title: Feria del Videojuego de Málaga 2031, en directo: Sony presenta en primicia la nueva PlayStation portátil
caption: Colas a la entrada del Palacio de Ferias y Congresos de Málaga en la primera jornada.
link: https://example.es/tecnologia/feria-videojuego-malaga-2031-directo
author: Redacción Tecnología
date: 2031-11-06 20:15:00
tags: Videojuegos, Málaga, PlayStation, Tecnología
options: bullet=• exit=none
> El Palacio de Ferias y Congresos de Málaga acoge hasta el domingo la sexta edición de la Feria del Videojuego de Málaga (FVM), que se ha consolidado como la segunda cita del sector en Europa. Más de 300 estudios y editoras de 42 países presentan sus novedades ante unos 90.000 visitantes esperados, según la organización.
> La gran sorpresa de la primera jornada la ha dado Sony, que ha elegido Málaga para presentar su nueva consola portátil. Seguimos en directo todas las novedades.
kp: Lo más destacado
* Sony presenta en primicia la nueva PlayStation Pocket
* El estudio malagueño Brisa Games anuncia la secuela de «Faro»
* ¿Cuánto costará la PlayStation Pocket?
* Récord de público en la primera jornada: 24.300 visitantes
## Sony presenta en primicia la nueva PlayStation Pocket
> Ante un auditorio abarrotado, el vicepresidente de Sony Interactive Entertainment para Europa, Henrik Sandvall, ha presentado la PlayStation Pocket, una consola portátil con pantalla OLED de 8 pulgadas capaz de ejecutar de forma nativa el catálogo de PlayStation 5. «Es la consola que nuestros jugadores llevan diez años pidiéndonos», ha dicho.
> Sony no ha confirmado si será compatible con los juegos de PlayStation 6, cuya presentación oficial está prevista para el año que viene. La máquina saldrá a la venta en marzo de 2032 en Europa, Japón y EE.UU.
## ¿Cuánto costará la PlayStation Pocket?
> Sony ha fijado el precio en 449 euros para la versión básica, con 1 TB de almacenamiento, y en 549 euros para la edición con conexión 5G. Los analistas consultados por este diario consideran el precio «agresivo» frente a la competencia, pero advierten de que la autonomía anunciada, de unas 4,5 horas, podría desanimar a parte del público.
## El estudio malagueño Brisa Games anuncia la secuela de «Faro»
> El estudio Brisa Games, fundado en 2021 en el Polo Digital de Málaga, ha anunciado «Faro II: las mareas», secuela del juego de aventuras que vendió más de 2,3 millones de copias en todo el mundo. Su director creativo, Javier Montiel, ha explicado que el juego se desarrollará «en la costa de Almería de los años cincuenta» y llegará a PC y consolas a finales de 2032.
> «Cuando empezamos éramos cuatro amigos en un garaje de Teatinos. Ahora somos 85 personas», ha recordado Montiel entre aplausos.
## eSports: el equipo Toro Rojo gana el torneo inaugural
> El club madrileño Toro Rojo Gaming ha ganado el torneo de exhibición de la feria tras imponerse por 3-1 a los franceses de Mistral Esports en una final seguida por más de 180.000 espectadores en directo a través de YouTube y Twitch. Los ganadores se reparten un premio de 50.000 euros.
## Récord de público en la primera jornada: 24.300 visitantes
> La organización ha cifrado en 24.300 los visitantes de la primera jornada, un 22% más que en la edición anterior. Las colas para acceder al pabellón de Sony han superado las dos horas a primera hora de la tarde, lo que ha obligado a habilitar un sistema de turnos con reserva previa a través de la aplicación oficial de la feria.
## Nintendo y Microsoft, los grandes ausentes
> Por segundo año consecutivo, ni Nintendo ni Microsoft tienen estand propio en Málaga. Ambas compañías están representadas a través de estudios asociados, pero han preferido reservar sus anuncios para otras ferias. Para el director de la FVM, Ricardo Lupiáñez, su ausencia «no resta nada»: «La feria ya no depende de tres nombres. Eso es una buena noticia.»
## Cómo llegar y horarios
> La feria abre de 10.00 a 20.00 horas hasta el sábado y de 10.00 a 18.00 horas el domingo. La entrada general cuesta 18 euros y la de tres días, 42 euros; los menores de 10 años entran gratis. La organización recomienda usar el metro (línea 2, parada Palacio de Ferias) o los autobuses lanzadera desde la estación de María Zambrano. Más información en www.fvmalaga.example.es o en info@fvmalaga.example.es.
