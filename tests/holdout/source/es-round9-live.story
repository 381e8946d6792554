#! Spanish round 9 live blogs: invented news, people, places and outlets.

=== es-live-cierre-fichajes
lang: es
outlet: Balón Ibérico
title: Último día del mercado de fichajes, en directo: Iturralde llega al Meseta en el último minuto y Asante firma por el Alhambra
caption: Aitor Iturralde, a su llegada a las oficinas del Atlético Meseta.
link: https://example.es/futbol/cierre-mercado-fichajes-directo
author: Rubén Alcaraz
date: 2032-09-01 00:10:00
tags: Mercado de fichajes, Fútbol, LaLiga
options: time=prefix bullet=- crlf
> El mercado de verano cierra este lunes a las 23:59 horas. Los clubes de Primera y Segunda apuran las últimas horas para cuadrar sus plantillas.
> Sigue con nosotros todas las altas, bajas y rumores de la jornada.
kp: Lo más destacado
* Iturralde llega cedido al Meseta en el último minuto
* El Alhambra ficha a Kwame Asante por 12,5 millones
* Samu Ledesma se queda en el Miño
* Iván Robles, nuevo jugador del Miño
## 23:59 | Se cierra el mercado
> Se acabó. El mercado de verano queda cerrado; ahora solo podrán incorporarse jugadores sin equipo.
## 23:55 | Iturralde llega al Meseta en el último suspiro
> El Atlético Meseta registra el contrato de Aitor Iturralde a cinco minutos del cierre. Cedido por una temporada, con opción de compra de 6 millones.
## 23:48 | ¿Llegará a tiempo la firma de Iturralde?
> Nervios en el Meseta. Según fuentes del club, «falta una firma del jugador, que viene de camino desde el hotel».
## 23:40 | El Costa Blanca cierra el verano con 9 fichajes y 12 salidas
> Su director deportivo, el Sr. Andrés Peralta, se declara «muy satisfecho» con una plantilla «más joven y más barata».
## 23:31 | «No me voy», el mensaje de Samu Ledesma
> El extremo del Deportivo Miño zanja los rumores en sus redes sociales: «No me voy. Aquí soy feliz.»
## 23:22 | El Cantábrico cede a Nico Barreiro al Tartessos
> Préstamo sin opción de compra. El Racing de Tartessos pagará el 70% de la ficha del lateral.
## 23:10 | ¡Bombazo en Granada! Asante, nuevo jugador del Alhambra
> El CD Alhambra anuncia el fichaje del centrocampista ghanés Kwame Asante, procedente del FC Valmont francés, por 12,5 millones.
## 22:58 | La web del Alhambra, caída
> La avalancha de aficionados ha tumbado www.cdalhambra.example.es durante unos veinte minutos.
## 22:45 | El Turia rescinde el contrato de Gorka Elizondo
> Acuerdo amistoso. El delantero, de 33 años, deja el CF Ciudad del Turia tras cuatro temporadas y 41 goles.
## 22:37 | ¡Ya es oficial! Iván Robles, nuevo jugador del Miño
> El mediapunta firma hasta 2036 tras pagar el Deportivo Miño 7 millones al Real Club Cantábrico.
## 22:20 | El Cantábrico retiene el 20%
> El club cántabro se queda con el 20% de una futura venta de Robles, según el comunicado oficial.
## 22:05 | Oferta de EE.UU. por Marcos Villalba
> Un club de la MLS ofrece 4 millones por el veterano central del Tartessos.
## 21:50 | Villalba dice no a la MLS
> «Quiero retirarme aquí», ha respondido el central, de 34 años, según su agente.
## 21:34 | El Tartessos busca un central
> Sin Barreiro cerrado aún, el Tartessos sondea a dos centrales de la Segunda portuguesa.
## 21:20 | El Meseta negocia la cesión de Iturralde con el Getxo
> Las conversaciones avanzan, aunque el CD Getxo exige una opción de compra obligatoria si el Meseta se salva.
## 21:02 | Tres jugadores del Costa Blanca, cedidos a Segunda
> Pau Ferrer, Dani Ortuño y Yeray Cabrera jugarán cedidos en Segunda División.
## 20:45 | Asante supera el reconocimiento médico
> El ghanés ha pasado las pruebas en una clínica de Granada y firmará en las próximas horas.
## 20:30 | El presidente del Turia: «No hay dinero»
> «No hay dinero, y el que no lo entienda que mire las cuentas», ha dicho el Sr. Vicente Llorens en Radio Turia.
## 20:12 | Primera salida del Meseta
> El lateral Óscar Ruiz se marcha al fútbol griego por 1,2 millones de euros.
## 19:58 | Las operaciones del día, según LaLiga
> 37 operaciones registradas hasta las 19:30 horas, entre traspasos, cesiones y rescisiones.
## 19:40 | El Miño tantea a Robles
> Primeros contactos entre el Miño y el Cantábrico. La distancia entre las partes ronda los 2 millones.
## 19:25 | ¿Qué necesita cada club?
> Al Meseta le falta un delantero; al Tartessos, un central; al Turia, un portero. El resto tiene la plantilla casi cerrada.
## 19:10 | Barreiro, a un paso del Tartessos
> El lateral ya ha dado el sí. Falta el acuerdo entre clubes sobre el pago de la ficha.
## 18:50 | El Costa Blanca vende a Hugo Sendra a Portugal
> Traspaso de 3 millones más 1 en variables. El Costa Blanca se guarda un 15% de una venta futura.
## 18:30 | Ledesma, en la agenda de dos clubes ingleses
> El entorno del jugador confirma el interés, aunque el Miño no piensa negociar por menos de 30 millones.
## 18:05 | Asante aterriza en Granada
> El centrocampista llega en un vuelo privado desde Lyon. Un centenar de aficionados le esperaba en el aeropuerto.
## 17:40 | El Cantábrico renueva a su capitán, Jon Arrizabalaga
> El central, de 31 años, amplía su contrato hasta 2035. «Esta es mi casa», ha dicho.
## 17:15 | Costa Blanca: llega el fichaje número 9
> El portero uruguayo Matías Olivera firma por dos temporadas tras rescindir con su club.
## 16:50 | El Turia busca portero
> Con Ander Goikoetxea lesionado, el Turia busca un guardameta libre. Hay tres nombres sobre la mesa.
## 16:20 | Nuevo patrocinador para el Tartessos: NaviTel
> La operadora onubense NaviTel lucirá su logo en la camiseta. Contrato de tres años, cifras no desveladas.
## 15:55 | El Alhambra y el Valmont, cerca del acuerdo por Asante
> Los clubes negocian los variables. El Valmont pide 15 millones; el Alhambra ofrece 11.
## 15:30 | Robles no se entrena con el Cantábrico
> El mediapunta se ha ausentado del entrenamiento «por motivos personales», según el club.
## 14:45 | El Meseta pregunta por Iturralde
> El director deportivo, Sr. Raúl Bermejo, habló a mediodía con el agente del jugador, p. ej. sobre su salario.
## 14:00 | Los clubes que más han gastado este verano
> Alhambra, Miño y Meseta encabezan la lista. Entre los tres suman más de 60 millones.
## 13:20 | «Será un día largo», avisa Bermejo
> El director deportivo del Meseta pide «paciencia» a la afición. «Tenemos varias puertas abiertas.»
## 12:40 | El Tartessos ficha a un juvenil argentino
> Tomás Quiroga, de 18 años, llega de las categorías inferiores de un club de Rosario por 800.000 euros.
## 11:55 | ¿Puede fichar el Miño? El límite salarial, al descubierto
> UEFA y LaLiga vigilan su masa salarial. El club necesita vender antes de inscribir nuevos jugadores.
## 11:10 | Sendra se despide del Costa Blanca
> «Gracias por todo. Volveré...», escribe el extremo en un emotivo mensaje.
## 10:30 | Las claves de la última jornada
> Tres nombres marcan el día: Asante, Iturralde y Ledesma. Os lo contamos todo.
## 10:00 | ¡Buenos días y bienvenidos!
> Arrancamos el directo del cierre del mercado. Escríbenos a directo@balon-iberico.example.es.

=== es-live-incendio-sierra-almenara
lang: es
outlet: Diario de la Serranía
title: Incendio forestal en la Sierra de la Almenara, en directo: 3.400 hectáreas quemadas y 1.200 vecinos desalojados
caption: Un hidroavión descarga agua sobre el frente norte del incendio, cerca de Villanueva del Cierzo.
link: https://example.es/serrania/incendio-sierra-almenara-directo
author: Lucía Montesinos
date: 2032-08-04 20:30:00
tags: Incendio forestal, Sierra de la Almenara, Emergencias
options: time=suffix bullet=•
> Un incendio forestal declarado el domingo a las 15.40 horas en el paraje de Los Cabezos, en el término municipal de Villanueva del Cierzo, ha calcinado ya unas 3.400 hectáreas de pinar y monte bajo, según la estimación provisional del Centro de Coordinación de Emergencias. El fuego permanece activo en nivel 2 y amenaza la pedanía de El Horcajo.
> Unos 1.200 vecinos han sido desalojados de forma preventiva. En las labores de extinción trabajan más de 450 efectivos, 22 medios aéreos y una unidad de la UME.
kp: Claves
* El fuego ha quemado ya unas 3.400 hectáreas
* 1.200 vecinos desalojados en tres núcleos
* La UME se incorpora a la extinción
* Cortada la carretera CM-412
## 20:05 | El alcalde: «Hemos pasado la peor noche de nuestras vidas»
> El alcalde de Villanueva del Cierzo, el Sr. Fermín Castañeda, ha comparecido visiblemente cansado ante los medios. «Hemos pasado la peor noche de nuestras vidas. Pero estamos vivos y las casas siguen en pie», ha dicho. Castañeda ha pedido a los vecinos que no regresen a sus viviendas «hasta que lo digan los técnicos».
> El regidor ha agradecido la solidaridad de los pueblos vecinos, que han enviado tractores con cubas de agua y voluntarios para abrir cortafuegos.
## 18:40 | La UME se incorpora a la extinción
> Un batallón de la Unidad Militar de Emergencias, con 160 militares y 40 vehículos, se ha incorporado a las tareas de extinción en el flanco norte. Su misión prioritaria es proteger la pedanía de El Horcajo, donde viven unas 300 personas durante el verano.
## 17:15 | ¿Qué provocó el incendio?
> La Guardia Civil investiga el origen del fuego. Los agentes del Seprona no descartan ninguna hipótesis, aunque fuentes de la investigación apuntan a una posible negligencia relacionada con trabajos agrícolas en una finca cercana. Ayer se registraron temperaturas de 41 grados y rachas de viento de 60 km/h.
## 15:30 | 1.200 vecinos desalojados en tres núcleos
> Los desalojados proceden de El Horcajo, Los Molinos y la urbanización Altos del Cierzo. La mayoría ha pasado la noche en casas de familiares; unas 180 personas han dormido en el pabellón municipal de deportes, acondicionado por Cruz Roja con camas, agua y comida.
> «Nos avisaron a las dos de la madrugada. Cogimos los papeles, a la abuela y al perro», cuenta Dña. Remedios Alarcón, de 68 años, vecina de Los Molinos.
> Los ayuntamientos de la comarca han habilitado un teléfono y un correo electrónico para informar a las familias: desalojados@villanuevadelcierzo.example.es.
## 13:50 | Cortada la carretera CM-412
> La Dirección General de Tráfico mantiene cortada la CM-412 entre los kilómetros 18 y 36. También están cerrados varios caminos rurales. Se recomienda consultar el estado de las carreteras antes de viajar en www.dgt.example.es.
## 12:20 | El fuego ha quemado ya unas 3.400 hectáreas
> Según el último balance, el perímetro del incendio alcanza los 42 kilómetros. 3.400 hectáreas es una cifra provisional que podría aumentar si el viento de poniente rola al sur por la tarde, como prevé la Aemet.
## 8:10 | Los medios aéreos retoman los trabajos
> Con la primera luz del día, helicópteros e hidroaviones han vuelto a despegar. Por la noche solo han podido trabajar los medios terrestres.

=== es-live-ola-calor-andalucia
lang: es
outlet: El Observador del Sur
title: Ola de calor, en directo: aviso rojo en Córdoba y Jaén con máximas de 45 grados y primeros golpes de calor
caption: Un termómetro callejero marca 47 grados en el centro de Córdoba, este martes por la tarde.
link: https://example.es/andalucia/ola-de-calor-aviso-rojo-directo
author: Alba Rincón
date: 2032-07-13 18:20:00
tags: Ola de calor, Aemet, Andalucía, Salud
options: time=dash bullet=⇒ bom
> La Agencia Estatal de Meteorología (Aemet) ha activado el aviso rojo por temperaturas máximas en la campiña cordobesa y en la de Jaén, donde se esperan hasta 45 grados este martes y el miércoles. El resto de Andalucía, salvo el litoral, está en aviso naranja.
> Es la primera ola de calor del verano y podría prolongarse hasta el fin de semana, según la portavoz de la Aemet, Sra. Begoña Urrutia.
kp: Lo último
* Aviso rojo en las campiñas de Córdoba y Jaén
* Tres ingresos por golpe de calor en el Reina Sofía
* Los ayuntamientos abren refugios climáticos
## Hace 20 minutos | Tres ingresos por golpe de calor en el Reina Sofía
> El Hospital Universitario Reina Sofía de Córdoba ha atendido desde el mediodía a tres personas por golpe de calor, dos de ellas trabajadores agrícolas. Uno de ellos, un hombre de 57 años, permanece ingresado en la UCI con pronóstico grave, según ha informado el centro.
> El jefe de Urgencias, el Dr. Francisco Javier Moyano, recuerda que el golpe de calor es «una urgencia vital» y pide a las empresas que adelanten las jornadas al campo a primera hora. «Beber agua no basta si uno está al sol a mediodía.»
## Hace 45 minutos | ¿Se puede trabajar al aire libre con aviso rojo?
> Sí, pero con limitaciones. La normativa obliga desde 2023 a adaptar las condiciones de trabajo cuando la Aemet emite avisos naranja o rojo, lo que en la práctica supone, p. ej., suspender las tareas al aire libre en las horas centrales del día. CCOO y UGT han denunciado que muchas explotaciones no lo están cumpliendo.
> Inspección de Trabajo ha anunciado controles en las campiñas de Córdoba y Jaén durante toda la semana.
## Hace 1 hora | Los ayuntamientos abren refugios climáticos
> Córdoba ha habilitado 24 refugios climáticos en bibliotecas, centros cívicos y museos, con horario ampliado hasta las 21.00 horas. Jaén ha abierto 11. La lista, con su ubicación, está disponible en la web municipal y en la app Córdoba Contigo.
## Hace 2 horas | 46,2 grados en Montoro
> La estación de la Aemet en Montoro ha registrado 46,2 grados a las 16.30 horas, la temperatura más alta de España en lo que va de año. En Córdoba capital se han alcanzado los 44,8 grados en el aeropuerto.
## Hace 3 horas | Aviso rojo en las campiñas de Córdoba y Jaén
> La Aemet ha elevado el aviso a rojo en la campiña cordobesa y la de Jaén, donde los termómetros superarán los 44 grados. El aviso estará vigente desde las 13.00 hasta las 21.00 horas, y se repetirá previsiblemente el miércoles.

=== es-live-semana-santa-valdecanas
lang: es
outlet: La Voz de la Campiña
title: Jueves Santo en Valdecañas, en directo: la lluvia obliga a la Hermandad del Silencio a refugiarse en San Bartolomé
caption: Los costaleros del Cristo de la Misericordia regresan a la parroquia de San Bartolomé bajo la lluvia.
link: https://example.es/valdecanas/semana-santa-jueves-santo-directo
author: José Manuel Carmona
date: 2032-03-25 23:40:00
tags: Semana Santa, Valdecañas, Cofradías, Lluvia
options: time=suffixdash
> La lluvia ha vuelto a ser protagonista en el Jueves Santo de Valdecañas. De las cuatro hermandades que tenían previsto hacer estación de penitencia, solo dos han completado su recorrido. La Hermandad del Silencio ha tenido que refugiarse en la parroquia de San Bartolomé apenas una hora después de salir.
> La Aemet había pronosticado un 70% de probabilidad de precipitaciones a partir de las 20.00 horas.
## 23.15 | El Cristo de la Misericordia, de vuelta a su templo
> Con el cielo ya despejado, el Cristo de la Misericordia ha regresado a su templo desde San Bartolomé en un traslado de apenas 400 metros, sin música y en absoluto silencio. Cientos de personas han esperado bajo los balcones de la calle Ancha para verlo pasar.
> El hermano mayor, el Sr. D. Manuel Ortega Salvatierra, ha agradecido al párroco de San Bartolomé la acogida: «Nos ha abierto las puertas como se abren a la familia.»
## 22.30 | «Llevamos un año esperando este día»
> Las lágrimas de los costaleros resumen la noche. «Llevamos un año esperando este día, ensayando cada semana. Y en diez minutos, todo al traste», lamenta Rafael Cobos, capataz del paso de misterio. Su cuadrilla, de 48 hombres, se ha quedado bajo el paso en el interior del templo, rezando.
## 21.50 | La Virgen de las Angustias completa su recorrido
> La Hermandad de las Angustias sí ha podido completar su estación de penitencia, adelantando la entrada una hora. La camarera de la Virgen, Dña. Rosario Benjumea, ha explicado que el manto, bordado en oro en 1887, «no podía mojarse de ninguna manera».
## 21.20 | ¿Qué pasa con el manto si se moja?
> Los bordados en oro y los terciopelos antiguos pueden sufrir daños irreparables con el agua, explica el restaurador Ignacio Lozano. «Un manto del siglo XIX mojado puede necesitar años de restauración y decenas de miles de euros», advierte. Por eso las juntas de gobierno prefieren suspender ante la duda.
## 20.40 | Empieza a llover: el Silencio se refugia en San Bartolomé
> Las primeras gotas han caído a las 20.35 horas, cuando el Cristo de la Misericordia enfilaba la calle Mayor. La junta de gobierno ha decidido en pocos minutos refugiarse en la cercana parroquia de San Bartolomé. Los nazarenos, unos 600, han entrado en fila por la puerta lateral.
## 19.30 | Sale la Hermandad del Silencio
> Puntual, a las 19.30 horas, se han abierto las puertas de la iglesia de Santa María. El Cristo de la Misericordia, talla anónima del siglo XVII, ha salido entre el silencio absoluto de la plaza. La hermandad no lleva banda de música.

=== es-live-baloncesto-final-copa
lang: es
outlet: Canasta Total
title: Tartessos - Joventut Llevant, final de la Copa del Rey de baloncesto en directo: el Tartessos gana su primer título (84-79)
caption: Los jugadores del Tartessos celebran el título con la Copa del Rey en el Palacio de los Deportes.
link: https://example.es/baloncesto/copa-del-rey-final-tartessos-llevant-directo
author: Sergio Bellido
date: 2032-02-22 21:45:00
tags: Baloncesto, Copa del Rey, Tartessos, Joventut Llevant
options: time=colon bullet=• nocaptionline
caption:
> El Baloncesto Tartessos y el Joventut Llevant disputan este domingo, a partir de las 19:00 horas, la final de la Copa del Rey de baloncesto. Ninguno de los dos equipos había llegado nunca a una final del torneo. El ganador obtendrá además una plaza para la próxima Eurocup.
## 21:05 | Tartessos, campeón de la Copa del Rey: 84-79
> ¡Se acabó! El Baloncesto Tartessos gana la final por 84-79 y conquista el primer título de su historia. Las gradas del Palacio de los Deportes estallan. El base estadounidense Jalen McCraney, con 24 puntos y 7 asistencias, será con toda seguridad el MVP.
## 21:02 | ¡Triple de McCraney!
> Triple de McCraney desde la esquina a falta de 38 segundos. 82-77. Tiempo muerto del Llevant, que lo tiene muy complicado.
## 20:58 | Empate a 75 a falta de dos minutos
> El Llevant ha remontado ocho puntos en cuatro minutos con un parcial de 2-10. Partido nuevo. El ambiente en el pabellón es ensordecedor.
## 20:41 | Final del tercer cuarto: 63-56
> El Tartessos ha roto el partido en el tercer cuarto con un parcial de 14-4. El ala-pívot Álex Orbaneja suma ya 15 puntos y 9 rebotes.
> El entrenador del Llevant, Sr. Jordi Puigvert, ha sido sancionado con una falta técnica por protestar.
## 20:28 | ¿Quién es Jalen McCraney?
> Nacido en Memphis (EE.UU.) hace 29 años, McCraney llegó al Tartessos en 2030 procedente de la liga turca. Formado en la Universidad de Tennessee, no fue elegido en el draft de la NBA y ha jugado en Italia, Grecia y Turquía antes de recalar en Andalucía.
> «Es el mejor jugador que ha tenido nunca este club», decía esta semana su entrenador, Sr. Emilio Garcés.
## 20:17 | El Tartessos sale en tromba: 50-44
> Dos robos consecutivos de McCraney y dos contraataques. El Tartessos abre la primera brecha del partido tras el descanso, 9-2 de parcial. Tiempo muerto de Puigvert.
## 20:05 | Descanso: 41-42
> Partido muy igualado al descanso. El Llevant ha dominado el rebote (22 por 15), pero ha perdido 9 balones. El mejor, hasta ahora, su escolta Pol Serrahima, con 13 puntos.
## 19:42 | Primer cuarto: 20-23
> Buen arranque del Llevant, que ha acertado 4 de sus 6 triples. El Tartessos ha tardado en entrar en el partido.
## 19:00 | ¡Comienza la final!
> Salto inicial. Arranca la final de la Copa del Rey. Más de 12.000 espectadores en las gradas, con mayoría de aficionados del Tartessos.

=== es-live-pleno-alcala-tajo
lang: es
outlet: Crónica del Tajo
title: Pleno del Ayuntamiento de Alcalá del Tajo: aprobada la zona de bajas emisiones con los votos de PP y PSOE
caption: Vista general del salón de plenos del Ayuntamiento de Alcalá del Tajo durante la sesión de este jueves.
link: https://example.es/alcala-del-tajo/pleno-zona-bajas-emisiones
author: Marina Esteban
date: 2032-10-28 14:05:00
tags: Alcalá del Tajo, Pleno municipal, Zona de bajas emisiones, Movilidad
options: bullet=⇒ authorspace
> El Pleno del Ayuntamiento de Alcalá del Tajo ha aprobado este jueves, en una sesión ordinaria que se ha prolongado durante más de cinco horas, la ordenanza de la zona de bajas emisiones (ZBE), que entrará en vigor el 1 de enero de 2034. La norma ha salido adelante con los votos de PP y PSOE, mientras que Vox y Alcalá en Común han votado en contra.
> La sesión también ha abordado la subida del precio del autobús urbano, la nueva piscina cubierta del barrio de La Vega y una moción sobre el servicio de urgencias del centro de salud.
kp: Lo que ha pasado en el pleno
* Aprobada la zona de bajas emisiones con los votos de PP y PSOE
* El billete de autobús sube a 1,30 euros
* Los vecinos de La Vega piden la piscina cubierta «ya»
* Unanimidad para reclamar urgencias 24 horas
## Aprobada la zona de bajas emisiones con los votos de PP y PSOE
> La ordenanza ha recibido 17 votos a favor, de PP y PSOE, y 8 en contra, de Vox y Alcalá en Común. La ZBE afectará al casco histórico y a los barrios de San Roque y El Arrabal, unas 140 hectáreas en total, y prohibirá la entrada de los vehículos sin etiqueta ambiental de la DGT, salvo los de residentes y servicios.
> El concejal de Movilidad, Sr. Luis Gallardo, ha defendido que la medida «no es recaudatoria» y ha recordado que la ley obliga a todos los municipios de más de 50.000 habitantes a delimitar una zona de este tipo. Las multas, de 200 euros, no se impondrán hasta julio de 2034.
> Vox ha anunciado que recurrirá la ordenanza ante el Tribunal Superior de Justicia.
## «Se está castigando a los que menos tienen»
> La portavoz de Alcalá en Común, Sra. Nerea Villalobos, ha criticado que la ZBE «castiga a los que menos tienen, los que no pueden cambiar de coche». Ha reclamado un plan de ayudas de al menos 1,5 millones de euros para la compra de vehículos menos contaminantes, enmienda que ha sido rechazada.
## El billete de autobús sube a 1,30 euros
> El precio del billete sencillo del autobús urbano pasará de 1,10 a 1,30 euros a partir de enero, lo que supone una subida del 18%. El bono mensual para menores de 26 años y jubilados se mantiene en 10 euros. La subida ha contado con los votos del equipo de gobierno (PP) y la abstención del PSOE.
## Los vecinos de La Vega, en el pleno
> Medio centenar de vecinos de La Vega han asistido a la sesión con pancartas para exigir la construcción de la piscina cubierta prometida en 2027. El alcalde, Sr. Gonzalo Redondo, ha asegurado que las obras se licitarán «en el primer trimestre de 2033», con un presupuesto de 6,8 millones.
## Unanimidad para reclamar urgencias 24 horas
> Todos los grupos han apoyado una moción para pedir a la Consejería de Sanidad que el centro de salud Alcalá Norte recupere la atención de urgencias las 24 horas del día, suprimida en 2029. La moción se remitirá al consejero junto a las más de 9.000 firmas recogidas por la plataforma vecinal.

=== es-live-legionela-torreblanca
lang: es
outlet: El Diario Cántabro del Besaya
title: Brote de legionela en Torreblanca del Besaya: 23 afectados, un fallecido y cuatro torres de refrigeración precintadas
caption: Técnicos de Salud Pública toman muestras en una torre de refrigeración del polígono de La Barquera.
link: https://example.es/besaya/brote-legionela-torreblanca
author:
date: 2032-09-17 19:50:00
tags: Legionela, Salud, Torreblanca del Besaya, Cantabria
options: bullet=• exit=none
> La Consejería de Sanidad de Cantabria ha elevado a 23 el número de personas afectadas por el brote de legionelosis declarado el pasado fin de semana en Torreblanca del Besaya. Un hombre de 81 años, con patologías previas, falleció el miércoles en el Hospital Comarcal de Sierrallana. Otros cinco pacientes permanecen ingresados, dos de ellos en la UCI.
> Los técnicos de Salud Pública han precintado de forma cautelar cuatro torres de refrigeración en el polígono industrial de La Barquera, a la espera de los resultados de los análisis.
kp: Lo que sabemos
* 23 casos confirmados, todos en un radio de 2 kilómetros
* Un fallecido y dos pacientes en cuidados intensivos
* Análisis de muestras: resultados a partir del lunes
* Sanidad descarta que el agua del grifo esté implicada
## ¿Qué es la legionela y cómo se contagia?
> La legionelosis es una neumonía causada por la bacteria Legionella pneumophila, que prolifera en aguas estancadas a temperaturas de entre 25 y 45 grados. Se contagia al respirar pequeñas gotas de agua contaminada en suspensión, p. ej. las que emiten las torres de refrigeración, los humidificadores o los jacuzzis. No se transmite de persona a persona.
> Los síntomas, que aparecen entre 2 y 10 días después de la exposición, son fiebre alta, tos, dolor muscular y dificultad respiratoria.
## El foco, probablemente en el polígono de La Barquera
> Todos los afectados viven o trabajan en un radio de unos 2 kilómetros alrededor del polígono. «La distribución geográfica apunta claramente a una fuente ambiental», ha explicado la directora general de Salud Pública, la Dra. Elena Sainz de Baranda. En el polígono funcionan siete torres de refrigeración, de las cuales cuatro han sido precintadas.
> Las empresas afectadas, entre ellas la láctea Valle del Besaya S.L., aseguran que cumplen «escrupulosamente» los protocolos de limpieza y desinfección.
## «Mi padre fue a comprar el pan y volvió con fiebre»
> Carmen Ruiz, hija de uno de los pacientes ingresados, relata la angustia de la familia. «Mi padre fue a comprar el pan el jueves y volvió con fiebre. El sábado ya no podía respirar.» Su padre, de 76 años, evoluciona favorablemente, según los médicos.
## CCOO pide revisar todas las torres de la comarca
> CCOO ha pedido a la Consejería que inspeccione todas las instalaciones de riesgo de la comarca del Besaya, y no solo las del polígono. El sindicato recuerda que en 2028 ya se produjo un brote, de menor entidad, en la misma zona.
## Recomendaciones para la población
> Sanidad insiste en que no es necesario tomar ninguna medida especial. Las personas que presenten fiebre y síntomas respiratorios, sobre todo mayores de 65 años, fumadores o con enfermedades crónicas, deben acudir a su centro de salud. Más información en el teléfono 900 000 112 o en www.saludcantabria.example.es/legionela.
