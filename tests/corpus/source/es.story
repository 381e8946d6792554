#! Spanish corpus: invented news.

=== es-live-dana-levante-15
lang: es
outlet: Diario del Ejemplo
title: Última hora de la DANA en el Levante: lluvias torrenciales en Valdemora y Castellar, clases suspendidas
caption: Un vecino camina por una calle anegada de Valdemora, este martes.
link: https://example.es/espana/directo-dana-levante-lluvias
author: Lucía Ferrer, Andrés Molina
date: 2026-11-10 21:30:00
tags: Meteorología, DANA, Comunidad Valenciana
> Una DANA descarga desde la madrugada lluvias torrenciales en el litoral levantino. La Agencia de Meteorología mantiene el aviso rojo en la comarca de Valdemora, donde se han recogido más de 250 litros por metro cuadrado.
> Las autoridades han suspendido las clases en 34 municipios y piden a la población que evite los desplazamientos.
kp: Lo más importante
* Aviso rojo en la comarca de Valdemora hasta el miércoles
* Más de 250 litros por metro cuadrado en doce horas
* Clases suspendidas en 34 municipios
* Cortadas la autovía A-38 y la línea de tren de cercanías
## 21:25 | El aviso rojo se prolonga hasta el miércoles a mediodía
> La Agencia de Meteorología ha ampliado el aviso rojo hasta las 12.00 horas del miércoles. Se esperan nuevas tormentas de madrugada.
## 20:50 | Rescatadas 40 personas en un polígono de Castellar
> Los bomberos han rescatado con lanchas a 40 trabajadores que habían quedado atrapados en varias naves del polígono industrial. Ninguno ha resultado herido.
## 20:10 | El alcalde de Valdemora: «No es momento de ir a ver el río»
> El alcalde ha pedido a los vecinos que no se acerquen a los puentes. «Ya hemos tenido que sacar a dos curiosos del agua. No es momento de ir a ver el río», ha dicho.
## 19:30 | ¿Qué es una DANA?
> Una DANA, o depresión aislada en niveles altos, es una bolsa de aire frío que se separa de la corriente general. Sobre un mar Mediterráneo todavía cálido, puede provocar lluvias muy intensas.
## 18:45 | Cortada la A-38 entre Castellar y el cruce de Benialí
> La Dirección General de Tráfico ha cortado la autovía en ambos sentidos por la acumulación de agua y barro. Recomienda utilizar la N-332.
> El tráfico de cercanías también está interrumpido entre Valdemora y la capital.
## 18:00 | Más de 250 litros por metro cuadrado en doce horas
> El observatorio de Valdemora ha registrado 256,4 litros por metro cuadrado desde la medianoche, un récord desde que existen datos.
## 17:15 | Clases suspendidas en 34 municipios
> La consejería de Educación ha suspendido la actividad lectiva presencial el miércoles en 34 municipios. La lista completa está en https://example.es/educacion/avisos.
## 16:40 | Desalojadas 120 viviendas junto al barranco del Salt
> Los vecinos de la urbanización han sido trasladados al pabellón municipal. Cruz Roja ha repartido mantas y comida caliente.
## 16:00 | La Sra. Elena Navarro, vecina de Castellar: «El agua llegó en diez minutos»
> «Estaba en la cocina y de repente el agua entraba por debajo de la puerta. En diez minutos teníamos medio metro», relata esta jubilada de 74 años.
## 15:20 | Activado el nivel 2 del plan de emergencias
> El Gobierno autonómico ha activado el nivel 2 del plan especial ante inundaciones, lo que permite solicitar la intervención de la Unidad Militar de Emergencias.
## 14:35 | Suspendidos los partidos de fútbol del fin de semana en la comarca
> La federación territorial ha aplazado todos los partidos de categorías inferiores previstos hasta el domingo.
## 13:50 | Cómo recibir los avisos en el móvil
> Protección Civil recuerda que los avisos de emergencia llegan automáticamente a los teléfonos móviles de la zona afectada, sin necesidad de descargar ninguna aplicación.
## 12:30 | Primeros cortes de luz en el interior
> La compañía eléctrica informa de unos 3.500 clientes sin suministro en varias pedanías del interior. Los técnicos trabajan para restablecerlo.
## 11:00 | Meteorología eleva el aviso a rojo
> El aviso rojo, el nivel máximo, indica un peligro extraordinario. Se recomienda no salir de casa salvo causa justificada.
## 09:30 | Buenos días, arrancamos el directo
> Seguimos minuto a minuto la evolución de la DANA que afecta a la Comunidad Valenciana y a la Región de Murcia.

=== es-live-eleccion-sindical
lang: es
outlet: La Crónica de Ejemplo
title: Elecciones en el Consejo Regional de Almarena: recuento en directo
caption: Interventores de los partidos durante el recuento en el colegio electoral núm. 3.
link: https://example.es/politica/almarena-elecciones-recuento-directo
author: Pablo Echevarría
date: 2026-11-22 23:40:00
tags: Política, Elecciones, Almarena
> Los ciudadanos de Almarena eligieron este domingo a los 65 diputados de su Consejo Regional. Con el 99,8 % escrutado, el Partido Regionalista gana, pero se queda a tres escaños de la mayoría absoluta.
kp: Claves
* El Partido Regionalista gana con 30 escaños, a tres de la mayoría absoluta
* La participación sube al 68,4 %
* Los Verdes entran por primera vez en el Consejo
## Hace 10 minutos | El candidato regionalista reivindica la victoria
> Desde la sede del partido, el Sr. Ignacio Zubiri ha asegurado que buscará «un Gobierno estable» y que hablará «con todos, sin excepción».
## Hace 1 hora | Los Verdes entran por primera vez en el Consejo
> La formación ecologista obtiene cuatro escaños y será decisiva para cualquier mayoría. Su candidata, la Dra. Marta Ibáñez, lo ha celebrado con un «¡Por fin!».
## Hace 2 horas | La participación sube al 68,4 %
> Es casi seis puntos más que hace cuatro años, según los datos del Departamento de Interior.
## 20:00 | Cierran los colegios electorales
> Los colegios electorales han cerrado a las 20.00 horas sin incidencias destacables. Empieza el recuento.

=== es-live-final-copa
lang: es
outlet: Deportes Ejemplo
title: Final de la Copa: el Real Ejemplo gana 2-1 al Atlético Sierra con un gol en el descuento
caption: Los jugadores del Real Ejemplo celebran el gol de la victoria.
link: https://example.es/deportes/futbol/final-copa-directo
author: Sergio Domínguez
date: 2026-11-28 23:55:00
tags: Fútbol, Copa
options: bullet=•
> El Real Ejemplo se ha proclamado campeón de la Copa tras imponerse 2-1 al Atlético Sierra en una final resuelta en el minuto 93.
kp: Lo más importante
* El Real Ejemplo, campeón con un gol en el minuto 93
* Expulsión del central del Atlético Sierra en la segunda parte
* Primer título del equipo en once años
## 23:52 | ¡Campeones! El Real Ejemplo gana la Copa
> Pitido final en el estadio. Los jugadores corren hacia la grada para celebrar con su afición el primer título en once años.
## 23:46 | ¡Gol del Real Ejemplo en el minuto 93!
> Centro desde la derecha y remate de cabeza de Álvaro Campos. El estadio se viene abajo: 2-1.
## 23:20 | Expulsión del central del Atlético Sierra
> Segunda amarilla por una entrada por detrás. El Atlético Sierra se queda con diez jugadores para los últimos 25 minutos.
## 22:48 | Empata el Atlético Sierra
> Gran jugada individual de Iker Salas, que regatea a dos defensas y cruza el balón. 1-1.
## 22:02 | Descanso: 1-0
> El Real Ejemplo se va al vestuario por delante gracias a un penalti transformado por su capitán.
## 21:00 | Alineaciones confirmadas
> Sin sorpresas en los onces iniciales. El Atlético Sierra recupera a su portero titular.

=== es-live-huelga-medicos
lang: es
outlet: Diario del Ejemplo
title: Huelga de médicos de atención primaria: seguimiento del 72 % según los sindicatos
caption: Concentración de médicos ante la consejería de Sanidad.
link: https://example.es/sociedad/huelga-medicos-primaria-directo
author:
date: 2026-11-17 14:10:00
tags: Sanidad, Huelga
options: crlf time=suffix
> Los médicos de atención primaria están convocados a una huelga indefinida desde este lunes para reclamar un máximo de 30 pacientes por día y más tiempo por consulta.
kp: Lo más importante
- Seguimiento del 72 % según los sindicatos, del 38 % según la consejería
- Servicios mínimos del 100 % en urgencias
- Nueva reunión el jueves
## 14:05 | Nueva reunión con la consejería el jueves
> Sindicatos y consejería se volverán a reunir el jueves a las 10.00 horas. Ambas partes han pedido «discreción» hasta entonces.
## 12:30 | Guerra de cifras sobre el seguimiento
> Los sindicatos cifran el seguimiento en un 72 %, mientras que la consejería lo rebaja al 38 %. La diferencia se explica, en parte, por los servicios mínimos.
> En algunos centros de salud, como el de San Blas, solo se atendían urgencias.
## 11:00 | Concentración ante la consejería
> Unos 800 médicos, según la Policía Local, se han concentrado frente a la sede de la consejería con pancartas que decían «5 minutos no es medicina».

=== es-live-lanzamiento-cohete
lang: es
outlet: Ciencia Ejemplo
title: Lanzamiento del cohete Atalaya-2 desde Canarias: el primer satélite español de observación de incendios ya está en órbita
caption: El cohete Atalaya-2 despega desde la plataforma de lanzamiento.
link: https://example.es/ciencia/directo-lanzamiento-atalaya-2
author: Daniela Ruiz
date: 2026-11-16 10:20:00
tags: Ciencia, Espacio
options: time=glued
> El cohete Atalaya-2 ha despegado a las 09:14 hora local con el satélite Vigía-1, diseñado para detectar incendios forestales en menos de 15 minutos.
kp: Lo más importante
* Despegue a las 09:14 sin incidencias
* El satélite se separa del cohete a los 54 minutos
* Primera señal recibida en la estación de Maspalomas
## 10:15 | Primera señal recibida en la estación de Maspalomas
> La estación de seguimiento ha recibido la primera señal del satélite. «Todo funciona según lo previsto», ha confirmado el director de la misión, el Dr. Hugo Arrieta.
## 10:08 | El satélite se separa del cohete
> La separación se ha producido a los 54 minutos del lanzamiento, a unos 550 km de altura.
## 09:14 | ¡Despegue!
> El Atalaya-2 se eleva sobre el océano entre los aplausos del centro de control. Es el tercer lanzamiento de este cohete.

=== es-live-cumbre-iberoamericana
lang: es
outlet: La Crónica de Ejemplo
title: Cumbre en Puerto Alegría: acuerdo sobre migración y compromiso para reducir aranceles
caption: Los jefes de Estado posan para la foto de familia.
link: https://example.es/internacional/cumbre-puerto-alegria-directo
author: Carmen Villalobos
date: 2026-11-08 19:45:00
tags: Internacional, Cumbre
> Los 22 jefes de Estado y de Gobierno reunidos en Puerto Alegría han firmado una declaración conjunta sobre migración ordenada y un compromiso para reducir aranceles en los próximos cinco años.
## 19:40 | Firma de la declaración final
> La declaración de 14 puntos ha sido firmada por todos los asistentes, aunque dos países han añadido reservas sobre el capítulo migratorio.
## 17:15 | Reunión bilateral entre los presidentes anfitriones
> Los presidentes han anunciado un corredor comercial entre sus puertos, con una inversión prevista de 1.200 millones de dólares.
> Las obras comenzarían en 2028.
## 13:00 | Discurso de apertura
> El anfitrión ha abierto la cumbre con un llamamiento a «dejar atrás las desconfianzas». La reunión se celebra en el antiguo edificio de aduanas, rehabilitado para la ocasión.
## 10:30 | Llegada de las delegaciones
> Las primeras delegaciones han llegado al aeropuerto a primera hora de la mañana. El dispositivo de seguridad incluye a más de 4.000 agentes.

=== es-live-incendio-forestal
lang: es
outlet: Diario del Ejemplo
title: Incendio forestal en la sierra de Montalbán: estabilizado tras quemar 2.300 hectáreas
caption: Un hidroavión descarga agua sobre el frente del incendio.
link: https://example.es/espana/incendio-sierra-montalban
author: Lucía Ferrer
date: 2026-11-04 18:30:00
tags: Incendios, Medio ambiente
options: bom
> El incendio declarado el lunes en la sierra de Montalbán ha quedado estabilizado este miércoles por la tarde. Ha calcinado unas 2.300 hectáreas de monte bajo y pinar.
kp: Lo más importante
* Incendio estabilizado tras 50 horas
* 2.300 hectáreas quemadas
* Los 600 vecinos desalojados vuelven a casa
## 18:20 | Los vecinos desalojados vuelven a casa
> Los 600 vecinos de las aldeas de El Cerro y Los Pinos han podido regresar a sus viviendas. Ninguna casa ha resultado dañada.
## 16:45 | El incendio, estabilizado
> El director de extinción ha dado por estabilizado el fuego. «Quedan puntos calientes, pero ya no avanza», ha explicado.
## 11:30 | Trabajan 300 efectivos y 14 medios aéreos
> Bomberos forestales, brigadas de refuerzo y militares de la UME siguen trabajando en el perímetro, de unos 28 km.

=== es-live-metro-averia
lang: es
outlet: La Crónica de Ejemplo
title: Avería en la línea 4 del metro: cientos de viajeros evacuados por el túnel
caption: Viajeros caminan por el túnel entre dos estaciones de la línea 4.
link: https://example.es/local/metro-linea-4-averia-evacuacion
author: Raúl Cifuentes
date: 2026-11-25 10:15:00
tags: Madrid, Metro, Transporte
> Una avería eléctrica ha dejado detenidos dos trenes de la línea 4 en hora punta este miércoles. Unos 700 viajeros han tenido que ser evacuados a pie por el túnel.
## Hace 30 minutos | La línea 4 recupera el servicio
> El servicio se ha restablecido en toda la línea a las 9.45 horas, aunque con frecuencias irregulares durante la próxima hora.
## Hace 2 horas | Evacuación de los viajeros por el túnel
> Los viajeros han caminado unos 300 metros por el túnel, acompañados por personal de seguridad, hasta la estación más cercana. Dos personas han sido atendidas por ansiedad.
> El consejero de Transportes ha pedido «disculpas a todos los afectados».
## Hace 3 horas | Detenidos dos trenes entre las estaciones de Ventura y Alameda
> Un fallo en la alimentación eléctrica ha dejado sin tensión el tramo a las 8.05 horas.

=== es-plain-bodega
lang: es
outlet: El Periódico de Ejemplo
title: Una bodega de Valdeolmos recupera una uva que se creía desaparecida
caption: El enólogo Javier Lasarte en el viñedo experimental de la bodega.
link: https://example.es/gastronomia/valdeolmos-uva-recuperada
author: Irene Salcedo
date: 2026-11-06 12:00:00
tags: Vino, Agricultura, Valdeolmos
> Una pequeña bodega de Valdeolmos ha conseguido recuperar la variedad de uva «negra del páramo», que se daba por perdida desde los años sesenta. La primera cosecha, de apenas 1.200 botellas, sale a la venta en diciembre.
> El enólogo Javier Lasarte encontró las cepas por casualidad en el huerto de una vecina de 91 años. «Me dijo: "Esto lo plantó mi abuelo, y nunca ha fallado"», recuerda.
> Tras analizar el ADN de las plantas con la universidad, los técnicos confirmaron que se trataba de una variedad no registrada. La bodega ha plantado ya 3,5 hectáreas.
> El precio rondará los 18 euros la botella. Parte de los beneficios se destinará a la asociación de vecinos, que prepara un museo del vino, una ruta de senderismo, etc.

=== es-plain-tecnologia
lang: es
outlet: El Periódico de Ejemplo
title: La empresa vallisoletana que diseña mandos adaptados para la PlayStation y otras consolas
caption: Uno de los mandos adaptados, probado por un jugador con movilidad reducida.
link: https://example.es/tecnologia/mandos-adaptados-valladolid
author: Mario Gutiérrez
date: 2026-11-12 09:45:00
tags: Tecnología, Videojuegos, Accesibilidad
> Una empresa de Valladolid fabrica mandos para la PlayStation, la Xbox y el ordenador pensados para personas con movilidad reducida. Este año venderá unos 4.000, casi el doble que en 2025.
> La idea surgió cuando su fundador, el ingeniero Óscar Merino, quiso jugar con su sobrino, que tiene una parálisis cerebral. «Los mandos normales le resultaban imposibles... así que fabricamos uno», cuenta.
> Los mandos se imprimen en 3D y se adaptan a cada usuario. Cuestan entre 90 y 240 euros, y algunas asociaciones los prestan gratis.
> La empresa ha recibido pedidos de EE.UU., México y Japón, y negocia un acuerdo con una gran cadena de tiendas.

=== es-plain-cultura
lang: es
outlet: Diario del Ejemplo
title: El museo de Puerto Lumbre expone por primera vez los dibujos inéditos de la pintora Rosa Alcántara
link: https://example.es/cultura/museo-puerto-lumbre-rosa-alcantara
author:
date: 2026/11/21 11:00:00
published: null
tags: Cultura, Arte, Exposiciones
options: nocaptionline exit=none
> El museo de Puerto Lumbre inaugura el sábado una exposición con 140 dibujos inéditos de la pintora Rosa Alcántara (1921-1998), encontrados en 2024 en un desván de su antigua casa.
> Los dibujos, en su mayoría retratos de pescadores y de mujeres del puerto, estaban guardados en carpetas con anotaciones a lápiz. «Es como leer su diario», explica la comisaria, la Dra. Teresa Olmedo.
> La muestra podrá visitarse hasta el 15 de marzo. La entrada es gratuita los domingos.

=== es-plain-deporte-local
lang: es
outlet: El Periódico de Ejemplo
title: El club de baloncesto de Torrealta, a un paso del ascenso tras 12 victorias seguidas
caption: El base del equipo, Dani Romero, durante el último partido en casa.
link: https://example.es/deportes/baloncesto-torrealta-racha
author: Nuria Castaño
date: 2026-11-23 20:30:00
tags: Baloncesto, Torrealta
> El Club Baloncesto Torrealta sumó el domingo su duodécima victoria consecutiva, 84-71 ante el Peñaverde, y queda a un solo triunfo de asegurar el ascenso a la segunda categoría nacional.
> El pabellón, con capacidad para 1.800 espectadores, colgó el cartel de «no hay entradas» por tercera semana seguida. El entrenador, Jorge Millán, pidió calma: «Todavía no hemos ganado nada».
> El equipo, con un presupuesto de apenas 250.000 euros, se ha convertido en el orgullo de una localidad de 9.000 habitantes.
