#! Spanish round 13 live blogs: invented news, people, places and outlets.
#! Styles: glued (21:47), dash (14:32 (hora de Ciudad de México)), colon (14.32), suffixglued (hace 20 minutos),
#! suffixdash (14:32 h), prefix (14:32); untimed with box: puente (•, never a heading), orgullo (⇒, verbatim headings).

=== es-live-final-libertadores-asuncion
lang: es
outlet: Tribuna Rioplatense
title: Sarmiento, campeón de la Copa Libertadores: venció 2-1 a Guaraciaba en Asunción con doblete de Benítez
caption: Lautaro Benítez festeja el segundo gol de Sarmiento en el estadio Defensores del Paraná.
link: https://example.com.ar/futbol/copa-libertadores/final-sarmiento-guaraciaba-en-vivo
author: Nahuel Etcheverry
date: 2035-12-01 19:25:00
tags: Copa Libertadores, Sarmiento, Guaraciaba, Fútbol
options: time=glued nocaptionline
> Atlético Sarmiento de Villa Rosales es el nuevo campeón de América. El equipo de Gustavo Irigoyen derrotó 2-1 a Esporte Clube Guaraciaba en la final única disputada en el estadio Defensores del Paraná, en Asunción, con dos goles de Lautaro Benítez, y levantó la Copa Libertadores por primera vez en sus 104 años de historia.
## 19:18 | Benítez: “Esto es para mi viejo, que me mira desde arriba”
> El héroe de la noche habló entre lágrimas con la transmisión oficial: “Esto es para mi viejo, que me mira desde arriba. Me dijo que algún día iba a jugar una final así... y acá estamos.”
## 19:12 | ¡SARMIENTO CAMPEÓN DE AMÉRICA!
> El capitán Franco Ferrari levanta la Copa Libertadores y estalla la tribuna sur, donde se ubicaron unos 22.000 hinchas de Sarmiento. En Villa Rosales, miles de personas salieron a la plaza San Martín a festejar.
## 19:07 | Final del partido: Sarmiento 2-1 Guaraciaba
> ¡Terminó! El árbitro chileno Matías Vergara Soto pitó el final y Sarmiento es campeón.
> Irigoyen se arrodilla en el borde del área técnica y se tapa la cara con las manos. Los jugadores de Guaraciaba, tendidos sobre el césped, no pueden creerlo.
> Con el título, Sarmiento se asegura un lugar en el Mundial de Clubes y un premio de 24 millones de dólares, según el reglamento de la CONMEBOL.
## 19:03 | Cinco minutos de descuento
> El cuarto árbitro levanta el cartel: cinco minutos más. Guaraciaba tiene a todos sus jugadores en campo rival.
## 19:00 | ¡Lo salvó Ferrari! Atajadón ante Thalles Moura
> Cabezazo a quemarropa de Thalles Moura y el arquero de Sarmiento, de 38 años, vuela para sacarla al córner con una mano.
## 18:51 | Expulsado Berardi: Sarmiento se queda con 10
> Segunda amarilla para el volante Iván Berardi por una falta táctica en mitad de cancha. Irigoyen protesta y también ve la amarilla.
## 18:47 | Cambio en Guaraciaba: entra Wellington Souza por Kaiky
> El técnico brasileño Renato Albuquerque juega su última carta y pone un delantero más.
> Kaiky, que sale muy dolido del tobillo derecho, se va directo al vestuario sin saludar a su entrenador.
## 18:44 | ¡GOOOOL DE SARMIENTO! Benítez pone el 2-1
> ¡Otra vez Benítez! Centro de Quiroga desde la derecha y el 9 cabecea al segundo palo, imposible para el arquero Júnior Passos. Sarmiento 2, Guaraciaba 1.
> Es su gol número 11 en esta Copa: iguala el récord de goles en una edición para un jugador argentino.
## 18:38 | ¿Penal para Guaraciaba? El VAR dice que no
> Cae Thalles Moura en el área tras un contacto con Berardi. El árbitro deja seguir y el VAR, tras revisar la jugada durante casi dos minutos, confirma la decisión: el contacto fue fuera del área.
## 18:33 | Palo de Sarmiento
> Remate de Medina desde afuera del área que se estrella en el palo izquierdo. ¡Cómo se salvó Guaraciaba!
## 18:29 | Cambios en Sarmiento: entran Quiroga y Medina
> Salen Acuña y Dos Santos, entran Ezequiel Quiroga y Bruno Medina. Irigoyen busca piernas frescas por las bandas.
## 18:24 | Se reanuda el partido
> Después de cuatro minutos de interrupción, el árbitro ordena la reanudación. El tiempo perdido se añadirá al final del segundo tiempo.
## 18:20 | Partido detenido por las bengalas
> El humo de las bengalas lanzadas desde la tribuna norte no deja ver el arco. Vergara Soto manda a los jugadores al centro del campo.
> CONMEBOL ya había advertido en la previa que abriría expedientes disciplinarios a los clubes por el uso de pirotecnia.
## 18:12 | Arrancó el segundo tiempo
> Sin cambios en ninguno de los dos equipos. Mueve Guaraciaba.
> Irigoyen habló con Benítez durante largos segundos en la salida del túnel. El 9 asintió varias veces... veremos si cambia algo en el planteo.
## 17:57 | Entretiempo: Sarmiento 1-1 Guaraciaba
> Final del primer tiempo en Asunción. Partido muy parejo: 52% de posesión para Guaraciaba, cuatro remates al arco para cada equipo.
## 17:52 | ¡Gol de Guaraciaba! Empata Thalles Moura
> Contragolpe perfecto de los brasileños: Kaiky escapa por la izquierda, centro rasante y Thalles Moura empuja la pelota en el área chica. 1-1.
## 17:45 | Amarilla para Berardi
> Primera amonestación del partido, por una entrada a destiempo sobre Kaiky.
> El volante de Sarmiento tendrá que jugar con cuidado lo que queda del partido: es el encargado de cortar los contragolpes de los brasileños.
## 17:40 | Ferrari vuelve al arco
> El arquero de Sarmiento recibió atención médica durante tres minutos tras un choque con Thalles Moura, pero sigue en el campo con un vendaje en la cabeza.
## 17:33 | ¡GOL DE SARMIENTO! Benítez abre el marcador
> ¡Golazo de Lautaro Benítez! Recibe de espaldas en la medialuna, gira y la clava en el ángulo. Sarmiento 1, Guaraciaba 0.
## 17:26 | Lo tuvo Guaraciaba
> Tiro libre de Passos Filho desde unos 25 metros que pasa apenas por encima del travesaño.
## 17:18 | Pelota parada peligrosa de Sarmiento
> Córner de Acuña, cabezazo de Ferreyra y la pelota se va rozando el palo. Primera llegada clara del partido.
## 17:09 | Primeros minutos de tanteo
> Mucho roce y poco fútbol en el arranque. Guaraciaba maneja la pelota; Sarmiento espera en su campo.
## 17:00 | ¡Rueda la pelota en Asunción!
> Comenzó la final de la Copa Libertadores. Mueve Sarmiento, que viste de rojo y negro.
> Guaraciaba juega de blanco, con vivos verdes. En la tribuna norte, los hinchas brasileños despliegan una bandera de 80 metros con el lema “Sempre Guará”.
## 16:52 | Salen los equipos al campo
> Los dos equipos salen juntos al campo entre una lluvia de papelitos. Suena el himno de la CONMEBOL.
> Antes del inicio se guarda un minuto de silencio en memoria de Rubén “Chango” Villagra, goleador histórico de Sarmiento, fallecido en agosto a los 79 años.
## 16:40 | Las formaciones confirmadas
> Sarmiento: Ferrari; Ponce, Ferreyra, Giménez, Villalba; Berardi, Dos Santos, Acuña; Olmedo, Benítez y Rojas. DT: Gustavo Irigoyen.
> Guaraciaba: Júnior Passos; Cauã, Heitor, Marcão, Luan Pires; Passos Filho, Rodrigão, Gabriel Lemos; Kaiky, Thalles Moura y Davi. DT: Renato Albuquerque.
## 16:25 | El ambiente en el estadio
> El estadio, con capacidad para 45.000 espectadores, está prácticamente lleno una hora antes del inicio. La temperatura en Asunción es de 31 grados.
> Las entradas para la final costaron entre 60 y 400 dólares. La reventa, en los alrededores del estadio, llegó a pedir hasta 1.500 dólares por una platea.
## 16:10 | Los hinchas de Sarmiento ya están en las tribunas
> Más de 20.000 hinchas viajaron desde Argentina, la mayoría en micro. Según la Dirección Nacional de Migraciones, unos 1.300 vehículos cruzaron el puente de Clorinda en las últimas 48 horas.
## 15:45 | El camino de Sarmiento a la final
> El equipo de Villa Rosales terminó segundo en su grupo y eliminó a Nacional de Tacuarí, a Deportivo Cóndor y, en semifinales, al campeón vigente, Independiente de Valle Hondo, por penales.
## 15:30 | El camino de Guaraciaba
> El Guaraciaba llega invicto: ganó sus seis partidos de grupo y solo concedió tres goles en toda la fase eliminatoria. Busca su segunda Libertadores, tras la de 2019.
## 15:00 | Bienvenidos a la cobertura de la final
> ¡Buenas tardes! Bienvenidos a la cobertura minuto a minuto de la final de la Copa Libertadores entre Sarmiento y Guaraciaba. El partido comienza a las 17 (hora de Argentina) y lo transmite en vivo la app de streaming futbolya.

=== es-live-sequia-racionamiento-santa-lucia
lang: es
outlet: Nación Hoy
title: Sequía en Santa Lucía de Anáhuac: inicia el racionamiento de agua por tandeo en 212 colonias; EN VIVO
caption: Vecinos de la colonia Lomas del Pedregal hacen fila para llenar garrafones frente a una pipa de agua.
link: https://example.com.mx/estados/sequia-santa-lucia-de-anahuac-racionamiento-en-vivo
author: Itzel Cárdenas Olvera
date: 2035-05-08 19:40:00
tags: Sequía, Agua, Nuevo León, Santa Lucía de Anáhuac
options: time=dash bullet=- crlf
> Más de 1,8 millones de habitantes de la zona metropolitana de Santa Lucía de Anáhuac recibirán agua solo unas horas al día a partir de este martes, después de que las presas que abastecen a la ciudad cayeran por debajo del 8% de su capacidad.
> El organismo estatal Agua y Saneamiento del Norte (AySN) dividió la ciudad en cuatro zonas que tendrán servicio por turnos de seis horas. Aquí te contamos lo más importante de la jornada.
kp: Lo más importante
* Racionamiento por tandeo en 212 colonias
* La presa El Cuervo, al 4,6% de su capacidad
* Escuelas recortan la jornada a cuatro horas
* El gobernador pide a la industria reducir su consumo un 30%
## 19:05 (hora de Ciudad de México) | El gobernador pide a la industria reducir su consumo un 30%
> El gobernador, Rodrigo Villarreal Tamez, se reunió con representantes de la Cámara de la Industria del Norte y les pidió reducir “al menos un 30%” la extracción de agua de pozos propios durante los próximos tres meses.
> “No puede ser que una familia de la colonia Independencia tenga agua seis horas y una planta de refrescos tenga agua las 24”, dijo en conferencia de prensa. La cámara respondió en un comunicado que sus socios “ya operan con medidas de ahorro”.
## 17:48 (hora de Ciudad de México) | ¿Cómo saber qué horario de agua te toca?
> AySN habilitó un buscador en su página web, www.aysn-ejemplo.gob.mx/tandeo, donde se puede consultar el horario ingresando el código postal. También se puede preguntar por WhatsApp al 81 5550 7300 o llamando al 073.
> La zona 1 (centro y poniente) tendrá agua de 4:00 a 10:00 horas; la zona 2, de 10:00 a 16:00; la zona 3, de 16:00 a 22:00, y la zona 4, de 22:00 a 4:00 horas.
## 16:20 (hora de Ciudad de México) | Bloqueo en la avenida Constitución
> Unos 200 vecinos de la colonia Tierra Blanca bloquearon durante dos horas la avenida Constitución, a la altura del puente Zaragoza, para exigir pipas. Aseguran que llevan cinco días sin una gota de agua en la llave.
> “Nos dicen que hay tandeo, pero aquí no llega ni en la madrugada... ¿de qué tandeo hablan?”, reclamó Guadalupe Arreola, de 58 años.
## 14:32 (hora de Ciudad de México) | Escuelas recortan la jornada a cuatro horas
> La Secretaría de Educación estatal anunció que las escuelas públicas de la zona metropolitana tendrán horario reducido, de cuatro horas, mientras dure el racionamiento. Los bebederos permanecerán cerrados y se pide a los alumnos llevar su propia botella de agua.
## 12:10 (hora de Ciudad de México) | La presa El Cuervo, al 4,6% de su capacidad
> Según el reporte diario de la Comisión Nacional del Agua, la presa El Cuervo, la principal fuente de la ciudad, está al 4,6% de su capacidad, el nivel más bajo desde su construcción en 1987. La presa Cerro Prieto II se encuentra al 11,2%.
> CONAGUA prevé que las lluvias de la temporada no lleguen antes de finales de junio.
## 09:15 (hora de Ciudad de México) | Arranca el tandeo en 212 colonias
> Desde las 4:00 horas de este martes, 212 colonias de la zona metropolitana funcionan ya con el nuevo esquema. AySN reportó baja presión en el sur de la ciudad durante las primeras horas, algo que considera “normal” mientras las tuberías se vuelven a llenar.

=== es-live-paro-general-cut-buenos-aires
lang: es
outlet: Crónica Bonaerense
title: Paro general de la CUT: sin trenes, colectivos ni bancos, y una marcha multitudinaria a Plaza de Mayo
caption: Una columna de trabajadores avanza por la avenida de Mayo rumbo a la Plaza de Mayo.
link: https://example.com.ar/politica/paro-general-cut-en-vivo
author: Florencia Ibarguren
date: 2035-04-25 20:15:00
tags: Paro general, CUT, Sindicatos, Gobierno
options: time=colon bullet=⇒ authorspace
> La Confederación Unificada de Trabajadores (CUT) realiza este miércoles su tercer paro general contra el Gobierno, en rechazo a la reforma laboral que el Senado empezará a debatir la semana próxima. No funcionan los trenes, el subte ni la mayoría de las líneas de colectivos, y los bancos permanecen cerrados.
> La central obrera estima una adhesión del 90%, mientras que el Ministerio de Trabajo la sitúa por debajo del 50%. Seguí la cobertura minuto a minuto.
kp: Lo que hay que saber
* Sin trenes, subte ni colectivos en el AMBA
* Bancos cerrados y vuelos cancelados
* Masiva marcha a Plaza de Mayo
* Gobierno: “El paro le cuesta al país 1.200 millones de dólares”
## 19.40 | Incidentes aislados en la avenida de Mayo al desconcentrarse la marcha
> Un grupo de unas 50 personas arrojó piedras contra la Policía Federal en la esquina de avenida de Mayo y Perú cuando la marcha ya se desconcentraba. Hubo seis detenidos y dos efectivos heridos leves, según informó el Ministerio de Seguridad.
## 18.05 | El discurso de Aguirre: “Este es el paro más grande de la democracia”
> El secretario general de la CUT, Héctor “Tano” Aguirre, cerró el acto desde el escenario montado frente a la Casa Rosada: “Este es el paro más grande de la democracia, y si el Senado no escucha, habrá un cuarto paro y un quinto.”
> Aguirre anunció además un plan de lucha con movilizaciones en todas las provincias el día que se vote la reforma en el recinto.
## 17.20 | ¿Cuánta gente hay en Plaza de Mayo?
> La CUT habla de 400.000 personas; la Policía de la Ciudad estima unas 120.000. Lo cierto es que la plaza y las diez cuadras de la avenida de Mayo hasta el Congreso están colmadas.
## 16.15 | Gobierno: “El paro le cuesta al país 1.200 millones de dólares”
> El vocero presidencial, Martín Oyarzábal, calificó la medida de “paro político” y aseguró que cada jornada de huelga general “le cuesta al país 1.200 millones de dólares”. También dijo que a los empleados públicos que no trabajen se les descontará el día.
> Desde la CUT respondieron que la cifra “no tiene ningún sustento” y que el Gobierno “vive en otro país”.
## 15.00 | Masiva marcha a Plaza de Mayo
> Las columnas de los gremios empezaron a llegar desde el Congreso, desde Constitución y desde el Obelisco. La Policía cortó el tránsito en todo el microcentro.
## 13.30 | Bancos cerrados y vuelos cancelados
> La Asociación Bancaria adhirió al paro, por lo que no hay atención al público en ninguna entidad. Los cajeros automáticos funcionan con normalidad, aunque en algunos barrios ya se reportan máquinas sin efectivo.
> Aerolíneas del Plata canceló 164 vuelos, lo que afecta a unos 19.000 pasajeros. Los pasajeros pueden reprogramar sin costo en aerolineasplata-ejemplo.com.ar o escribir a reprogramaciones@aerolineasplata-ejemplo.com.ar.
## 11.45 | Comercios abiertos, pero vacíos
> En la avenida Corrientes la mayoría de los negocios abrió sus persianas, pero con muy poco movimiento. “Abrimos porque pagamos el alquiler igual, pero hoy no vendemos ni un café”, contó Sergio Pantaleón, dueño de una confitería a metros del Obelisco.
## 09.30 | Algunas líneas de colectivos funcionan con frecuencia reducida
> Según la Cámara Empresaria del Transporte Urbano, funcionan 14 de las 140 líneas que circulan por la Ciudad y el conurbano, con frecuencia reducida. Los choferes de esas líneas pertenecen a un gremio que no adhirió a la medida.
## 06.00 | Sin trenes, subte ni colectivos en el AMBA
> Desde la medianoche no circulan los trenes metropolitanos ni el subte, y la gran mayoría de los colectivos permanece en las cabeceras. Las estaciones de Constitución, Once y Retiro amanecieron cerradas y con las rejas bajas.
> 6 de cada 10 trabajadores del AMBA usan el transporte público para ir a trabajar, según datos oficiales, por lo que el impacto en la actividad es enorme.

=== es-live-debate-presidencial-colombia
lang: es
outlet: El Mirador Andino
title: Debate presidencial EN VIVO: Quintero y Salcedo chocan por la seguridad, la salud y la paz total a cinco días de la segunda vuelta
caption: Valeria Quintero Arango y Hernando Salcedo Villa, antes del inicio del debate en el Teatro Colón de Villa de Leyva.
link: https://example.com.co/elecciones-2038/debate-presidencial-en-vivo
author: Juan Sebastián Olarte
date: 2038-06-15 21:50:00
tags: Elecciones 2038, Debate presidencial, Valeria Quintero, Hernando Salcedo
options: time=suffixglued
> Los dos candidatos que disputarán la segunda vuelta presidencial el próximo domingo, Valeria Quintero Arango y Hernando Salcedo Villa, se enfrentaron este martes en el único debate cara a cara de la campaña, organizado por un consorcio de medios y transmitido por televisión y redes sociales.
> Según la última encuesta de la firma Datanálisis Andina, Quintero tiene el 47,3% de la intención de voto y Salcedo el 45,9%, un empate técnico dentro del margen de error.
## hace 3 minutos | ¿Quién ganó el debate?
> Una encuesta en línea de este diario, no representativa, con más de 38.000 participantes, da como ganadora a Quintero con el 51%. Los analistas consultados coinciden, sin embargo, en que ninguno de los dos candidatos cometió un error grave.
## hace 12 minutos | Cierre de Salcedo: “No les pido que me quieran, les pido que me crean”
> “No les pido que me quieran, les pido que me crean. He cumplido todo lo que he prometido en mi vida pública”, dijo Salcedo en su minuto final, mirando a cámara.
## hace 15 minutos | Cierre de Quintero: “Colombia ya eligió el cambio una vez; ahora toca hacerlo bien”
> Quintero cerró con un mensaje dirigido a los jóvenes y a las regiones: “Colombia ya eligió el cambio una vez; ahora toca hacerlo bien. Sin odio y sin miedo.”
## hace 28 minutos | El momento más tenso: “¡Mentiroso!”
> El intercambio más duro de la noche llegó cuando Salcedo acusó a Quintero de haber recibido financiación irregular en su campaña a la Alcaldía de Bucaramanga. “¡Mentiroso! Eso lo archivó la Fiscalía hace dos años”, respondió ella, interrumpiéndolo.
> Los moderadores tuvieron que pedir calma dos veces y recordaron a los candidatos que el micrófono del otro quedaba silenciado.
## hace 41 minutos | Salud: ¿qué proponen?
> Quintero propuso una red pública de atención primaria con 2.500 centros nuevos en cuatro años. Salcedo defendió “mejorar, no destruir” el sistema actual de EPS y prometió pagar en 100 días las deudas con los hospitales, que cifró en 14 billones de pesos.
## hace 55 minutos | Verificamos: lo que dijo Salcedo sobre los secuestros
> Salcedo afirmó que los secuestros “se han triplicado” en los últimos cuatro años. Según datos del Ministerio de Defensa, pasaron de 212 en 2034 a 389 en 2037: un aumento del 83%, no una triplicación. Calificación: engañoso.
## hace 1 hora | Seguridad, el tema que abrió el debate
> Salcedo prometió aumentar el pie de fuerza en 40.000 uniformados y recuperar “cada centímetro del territorio”. Quintero defendió negociar con los grupos armados “solo si hay hechos concretos, p. ej. la liberación de todos los secuestrados”, y pidió no hacer “populismo con la seguridad”.
## hace 1 hora | Comienza el debate
> Con un saludo de manos breve y sin sonrisas, arrancó el debate. Los moderadores, Catalina Rengifo y Andrés Felipe Mejía, explicaron las reglas: seis bloques temáticos, dos minutos por respuesta y 45 segundos de réplica.
## hace 2 horas | ¿Dónde ver el debate?
> El debate se transmite a partir de las 8:00 p.m. por los canales nacionales, en la señal de este diario y en las redes sociales de los medios organizadores. También se puede seguir con audio en la aplicación radioYa.

=== es-live-banco-central-chile-tpm
lang: es
outlet: Mercados del Pacífico
title: Banco Central recorta la tasa de política monetaria en 50 puntos base y la deja en 4,25%: minuto a minuto
caption: La presidenta del Banco Central, Francisca Echeverría Lagos, en una presentación ante el Senado.
link: https://example.cl/economia/banco-central-recorte-tpm-minuto-a-minuto
author: Tomás Irarrázaval Pinto
date: 2035-07-31 19:20:00
tags: Banco Central, TPM, Economía, Dólar
options: time=suffixdash bullet=• nocaptionline
> El Consejo del Banco Central de Chile decidió por unanimidad recortar la tasa de política monetaria (TPM) en 50 puntos base, hasta el 4,25%, un movimiento más agresivo que el que esperaba el mercado, que apostaba por una baja de 25 puntos.
kp: Claves de la jornada
* Recorte de 50 puntos base, por unanimidad
* El dólar cae a $897 tras el anuncio
* El IPSA sube 1,8% y marca un máximo histórico
* Echeverría no descarta nuevas bajas en septiembre
## 19:05 h | Echeverría: “No estamos en piloto automático”
> En una breve declaración, la presidenta del instituto emisor, Francisca Echeverría Lagos, explicó que la decisión responde a un “deterioro más rápido de lo previsto” del mercado laboral y a una inflación que ya se ubica en el rango meta. “No estamos en piloto automático. Cada reunión se decidirá con la información disponible”, afirmó.
> Consultada por la posibilidad de una nueva baja en septiembre, dijo que “no se descarta”, pero que dependerá de los datos del IPoM que se publicará a comienzos de septiembre.
## 18:20 h | Cierre: el IPSA sube 1,8% y marca un máximo histórico
> El principal índice de la Bolsa de Santiago cerró con un alza de 1,8%, hasta los 8.412,55 puntos, su máximo histórico. Las acciones de los bancos y del retail lideraron las ganancias.
## 18:12 h | El dólar cae a $897 tras el anuncio
> La divisa estadounidense cayó $9 en los minutos posteriores al anuncio y se transa en $897, su menor nivel desde marzo. “El mercado ya descontaba parte del recorte, pero no 50 puntos”, comentó Ignacio Montalva, economista jefe de Corredora Andes Sur.
## 18:05 h | Lo que dice el comunicado del BCCh
> El comunicado señala que la inflación anual del IPC se ubicó en 3,1% en junio y que el Consejo prevé que “converja a 3% en el curso de los próximos meses”. También destaca la caída del IMACEC en mayo, de 0,4%, y el alza del desempleo, que llegó a 9,2%.
> El texto íntegro está disponible en www.bcentral-ejemplo.cl/comunicados.
## 18:00 h | Recorte de 50 puntos base, por unanimidad
> El Banco Central bajó la TPM de 4,75% a 4,25%. La decisión fue adoptada por la unanimidad de los cinco consejeros.
## 13:30 h | ¿Qué espera el mercado?
> La Encuesta de Expectativas Económicas de julio anticipaba un recorte de 25 puntos base, hasta 4,5%. Sin embargo, los precios de los swaps reflejaban esta mañana una probabilidad de alrededor del 30% de una baja mayor.
> “Hay argumentos para ir más rápido: la economía está más débil de lo que se pensaba hace tres meses, p. ej. en construcción y comercio”, dijo Carolina Undurraga, académica de la Universidad del Pacífico Sur.

=== es-live-alerta-presa-valdeloro
lang: es
outlet: El Periódico de Vegas Altas
title: Alerta en la presa de Valdeloro: desalojados 1.400 vecinos de Casar del Zújar ante el riesgo de rotura del aliviadero
caption: Efectivos de la UME refuerzan con sacos terreros la margen izquierda del río Zújar, aguas abajo de la presa de Valdeloro.
link: https://example.es/extremadura/alerta-presa-valdeloro-directo
author: Rocío Sancho Gragera
date: 2034-12-13 22:10:00
tags: Presa de Valdeloro, Casar del Zújar, Inundaciones, Emergencias
options: time=prefix bullet=⇒ bom crlf
> La Confederación Hidrográfica del Guadiana (CHG) ha activado el escenario 2 del plan de emergencia de la presa de Valdeloro después de detectar grietas en el muro del aliviadero, tras cuatro días de lluvias torrenciales que han elevado el embalse al 97% de su capacidad.
> El Ayuntamiento de Casar del Zújar ha ordenado el desalojo preventivo de 1.400 vecinos de las calles más próximas al río, y la Unidad Militar de Emergencias (UME) trabaja en la zona desde primera hora de la tarde.
kp: Lo último
* Desalojados 1.400 vecinos de Casar del Zújar
* Cortada la carretera EX-115 entre Casar y Puebla de Alcollarín
* La CHG eleva el desembalse a 800 m³/s
* ¿Qué significa el escenario 2?
## 21:47 | La CHG eleva el desembalse a 800 m³/s
> La Confederación ha aumentado el caudal de salida de la presa hasta los 800 metros cúbicos por segundo para reducir la presión sobre el aliviadero. El presidente del organismo, el Sr. Julián Cortijo Barrena, ha explicado que es «una maniobra controlada» y que el nivel del embalse ha bajado ya 14 centímetros desde las 19:00 horas.
> Cortijo ha pedido «calma y responsabilidad» y ha recordado que la presa «no presenta ningún daño estructural en el cuerpo principal».
## 20:55 | «Me he ido con lo puesto»
> —¿Y los animales? —pregunta una vecina a un guardia civil a la entrada del pabellón.
> —Mañana, señora. Hoy, las personas —le responde el agente.
> —¿Y cuándo volvemos a casa? —insiste ella.
> Así se vive la tarde en el polideportivo municipal, donde se han instalado 300 camas. Dña. Petra Solís, de 84 años, vecina de la calle del Molino, lo resume así: «Me he ido con lo puesto. Las medicinas, las gafas y el rosario.»
## 20:10 | Cortada la carretera EX-115 entre Casar y Puebla de Alcollarín
> La Guardia Civil ha cortado la EX-115 en ambos sentidos entre el p.k. 12 y el 27. Se recomienda a los conductores utilizar la N-430. El estado de las carreteras puede consultarse en el teléfono 011 o en la web de la DGT.
## 19:30 | ¿Qué significa el escenario 2?
> Los planes de emergencia de presas tienen cuatro escenarios, del 0 al 3. El escenario 2 implica que existe una situación en la que «no es seguro» que pueda controlarse la rotura con las medidas previstas, por lo que se activa la alerta a la población aguas abajo. El escenario 3 supondría que la rotura es inminente o ya se ha producido.
## 18:40 | La UME llega a Casar del Zújar
> 230 efectivos de la UME, procedentes de la base de Bétera, han llegado a Casar del Zújar con maquinaria pesada y bombas de achique. Están reforzando con sacos terreros el muro del paseo fluvial y la depuradora.
## 17:15 | Desalojados 1.400 vecinos de Casar del Zújar
> La alcaldesa, Sra. Encarnación Durán Pizarro, ha ordenado el desalojo de las viviendas de la avda. del Río, la calle del Molino, la plaza de la Ermita y el barrio de Las Huertas. Los vecinos que no tengan dónde ir pueden acudir al polideportivo municipal, en la calle Hernán Cortés, núm. 3.
> «Es una medida preventiva. Prefiero pedir perdón mañana por las molestias que lamentar una desgracia», ha declarado a este periódico.
## 16:20 | Grietas en el aliviadero
> Técnicos de la CHG han detectado durante la inspección de mediodía varias grietas de hasta 2,5 centímetros en el muro del aliviadero, la estructura que permite evacuar el agua cuando el embalse se llena. Es la primera vez que la presa, inaugurada en 1969, activa su plan de emergencia.
## 15:00 | AEMET mantiene el aviso naranja
> AEMET mantiene el aviso naranja por lluvias en las Vegas del Guadiana hasta las 00:00 horas, con acumulados de hasta 60 litros por metro cuadrado en 12 horas.

=== es-live-derrumbe-puente-santa-engracia
lang: es
outlet: El Heraldo del Cinca
title: Se derrumba el puente de hierro de Santa Engracia sobre el Cinca: un muerto y cuatro heridos
caption: Restos del tramo central del puente de Santa Engracia, hundido en el cauce del río Cinca.
link: https://example.es/alto-aragon/derrumbe-puente-santa-engracia-directo
author: Marta Lacasa Bielsa
date: 2035-03-21 14:30:00
tags: Santa Engracia de Cinca, Puente, Sucesos, Aragón
options: bullet=• exit=none
> El tramo central del puente de hierro de Santa Engracia de Cinca, una estructura de 1911 que une las dos orillas del río en la carretera A-1224, se ha derrumbado a las 7.40 horas de este miércoles. En ese momento circulaban por él un turismo, una furgoneta de reparto y un ciclista.
> El conductor del turismo, un vecino de 57 años, ha fallecido. Otras cuatro personas han resultado heridas, una de ellas de gravedad.
kp: Claves
* Hundido a las 7.40 horas el tramo central, construido en 1911
* Fallece el conductor de un turismo; una ciclista, herida grave
* El Gobierno de Aragón no descarta un fallo en los apoyos tras la crecida
* Los vecinos deberán desviarse por Monzón
## El fallecido, un vecino de Estadilla de 57 años
> El conductor fallecido es Joaquín Mur Lanau, de 57 años, vecino de Estadilla y empleado de una cooperativa agrícola de Santa Engracia. Su coche cayó desde unos 12 metros de altura y quedó parcialmente sumergido. Los bomberos de la Diputación Provincial de Huesca tardaron casi una hora en rescatar el cuerpo.
> El Ayuntamiento de Estadilla ha decretado dos días de luto oficial.
## Una ciclista, en estado grave en el hospital de Barbastro
> La ciclista, una mujer de 34 años, cayó al río junto a su bicicleta y fue arrastrada unos 200 metros por la corriente hasta que un vecino logró sacarla con ayuda de una cuerda. Ha sido trasladada al hospital de Barbastro con politraumatismos e hipotermia y su pronóstico es grave.
> Los ocupantes de la furgoneta, que quedó colgando del tramo que sigue en pie, y un peatón que cruzaba en ese momento sufren heridas leves.
## «Sonó como un trueno y el puente desapareció»
> «Sonó como un trueno y el puente desapareció. Así, en un segundo», relata Amparo Castán, que regenta el bar de la plaza, a unos 50 metros del río. «Salí corriendo y solo vi el agua marrón y la furgoneta colgando… todavía me tiemblan las piernas.»
> 112 Aragón recibió la primera llamada a las 7.41 horas. En menos de 20 minutos estaban en el lugar bomberos, Guardia Civil, dos ambulancias y el helicóptero del 061.
## ¿Por qué se ha caído el puente?
> Es pronto para saberlo. El consejero de Vertebración del Territorio, el Sr. Alberto Sesé Claver, ha explicado que el puente fue inspeccionado en 2032 y que el informe «no detectó ningún riesgo inmediato», aunque recomendaba reforzar uno de los pilares.
> Los técnicos apuntan como posible causa la socavación de los apoyos por la crecida del Cinca de la semana pasada, cuando el caudal superó los 1.100 m³/s. Un equipo del Colegio de Ingenieros de Caminos examinará los restos mañana.
## Desvíos de hasta 40 kilómetros para cruzar el Cinca
> La A-1224 permanecerá cortada de forma indefinida. Los vecinos de la margen izquierda deberán dar un rodeo por Monzón, lo que supone unos 40 kilómetros más. El Gobierno de Aragón estudia instalar un puente provisional de tipo Bailey «en el plazo de un mes».
> El colegio de Santa Engracia, al que acuden 86 alumnos de los dos lados del río, ha organizado un servicio de autobús especial. Las familias pueden informarse en el correo colegio.santaengracia@educa-ejemplo.es.
## Un puente con más de un siglo de historia
> El puente de hierro, de 148 metros, fue inaugurado en 1911 por el entonces ministro de Fomento y sustituyó a una barca que cruzaba el río desde la Edad Media. Fue declarado bien catalogado del patrimonio cultural aragonés en 2004.

=== es-live-orgullo-madrid-2035
lang: es
outlet: Metrópoli Madrid
title: Orgullo 2035: más de un millón de personas en la manifestación estatal, que reivindica los derechos de las personas mayores LGTBI
caption: La cabecera de la manifestación del Orgullo avanza por el paseo del Prado.
link: https://example.es/madrid/orgullo-2035-manifestacion-directo
author:
date: 2035-07-07 23:55:00
tags: Orgullo, Madrid, LGTBI, Manifestación
options: bullet=⇒
> Madrid ha vivido este sábado la manifestación estatal del Orgullo, que ha recorrido el paseo del Prado y el paseo de Recoletos entre Atocha y la plaza de Colón bajo el lema «Con orgullo, a cualquier edad». Los organizadores cifran la asistencia en más de un millón de personas; la Delegación del Gobierno, en 780.000.
> 52 carrozas y más de 200 colectivos han participado en el desfile, que ha comenzado con media hora de retraso por el calor: a las 18:30 horas, los termómetros de la Puerta de Alcalá marcaban 38,5 grados.
kp: Lo más destacado
* ¡Madrid se viste de arcoíris!
* El manifiesto: «Nadie debería volver al armario a los 80 años»
* Polémica por la carroza de LoveMatch
* Once atendidos por golpes de calor
## ¡Madrid se viste de arcoíris!
> Desde primera hora de la tarde, miles de personas con banderas, abanicos y pelucas llenaban los alrededores de la estación de Atocha. Los balcones del paseo del Prado lucían banderas arcoíris, y también la fachada del Ayuntamiento en Cibeles.
## El manifiesto: «Nadie debería volver al armario a los 80 años»
> La lectura del manifiesto, a cargo de la actriz Consuelo Arrabal y del activista Gerardo Villaseca, de 79 años, ha puesto el foco en las personas mayores LGTBI. «Nadie debería volver al armario a los 80 años por miedo a una residencia», ha leído Villaseca ante la plaza de Colón, abarrotada.
> El texto reclama, entre otras medidas, que todas las residencias públicas cuenten con un protocolo contra la discriminación y que el Estado repare económicamente a las personas represaliadas por la Ley de Peligrosidad Social.
## Polémica por la carroza de LoveMatch
> Varios colectivos han criticado la presencia de carrozas patrocinadas por empresas, p. ej. la de la aplicación de citas LoveMatch, la más grande del desfile, o la del banco Alvia, a las que acusan de «comprar una imagen» del Orgullo. La organización defiende que las marcas pagan una cuota que financia la mitad de los gastos de seguridad.
## Once atendidos por golpes de calor
> SAMUR-Protección Civil ha atendido a 137 personas durante la manifestación, once de ellas por golpes de calor, y ha trasladado a cuatro al hospital. La mayoría de las asistencias han sido por intoxicaciones etílicas leves y pequeñas heridas.
## ¿Qué calles siguen cortadas?
> El Ayuntamiento mantendrá cortados al tráfico el paseo del Prado, Recoletos y la calle de Alcalá entre Cibeles y Sol hasta las 3:00 horas. El Metro amplía su horario hasta las 2:30 horas y la estación de Chueca permanece cerrada por aglomeración.
## La fiesta sigue en Chueca
> Tras la manifestación, la fiesta se ha trasladado a la plaza de Chueca y a los escenarios de la plaza de España y de Callao, donde actuarán hasta la madrugada una veintena de artistas. La Sra. Montalbán Ureña, concejala de Cultura, ha pedido a los asistentes «disfrutar con respeto a los vecinos».
