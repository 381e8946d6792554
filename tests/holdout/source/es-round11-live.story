#! Spanish round 11 live blogs: invented news, people, places and outlets.

=== es-live-huelga-general-levante
lang: es
outlet: Diario Levante Hoy
title: Huelga general, en directo: seguimiento del 72% en la industria según los sindicatos y 140.000 personas en la manifestación de Valdeserra
caption: Piquetes informativos a las puertas del polígono industrial de La Marjal, de madrugada.
link: https://example.es/economia/huelga-general-directo
author: Vicente Albiñana Roig
date: 2032-10-29 20:30:00
tags: Huelga general, Sindicatos, Reforma laboral, Valdeserra
options: time=prefix bullet=⇒ crlf
> Primera huelga general en nueve años. La Confederación Sindical Unitaria (CSU) y la Unión Obrera (UO) han convocado este jueves un paro de 24 horas contra la reforma de las pensiones aprobada por el Consejo de Ministros, que retrasa la edad de jubilación a los 68 años a partir de 2040.
> Los sindicatos cifran el seguimiento en el 72% en la industria y el 58% en el conjunto de la economía. El Gobierno rebaja la cifra al 19%, a partir del consumo eléctrico, que ha caído un 14,6% respecto a un jueves normal.
kp: Claves de la jornada
* Seguimiento del 72% en la industria, según los sindicatos
* El Gobierno lo rebaja al 19%
* 140.000 personas en la manifestación de Valdeserra, 38.000 según la Delegación
* Incidentes aislados y 23 detenidos
## 20:12 | Los sindicatos dan un mes al Gobierno
> Al término de la manifestación, el secretario general de la CSU, Sr. Andrés Paniagua, ha dado «un mes» al Gobierno para retirar la reforma. «Si no hay respuesta, habrá nuevas movilizaciones, y serán más duras», ha advertido ante la sede de la Delegación del Gobierno.
## 19:40 | 23 detenidos en toda la comunidad
> La Delegación del Gobierno eleva a 23 el número de detenidos, la mayoría por desórdenes públicos y daños en mobiliario urbano. Dos agentes de la Policía Nacional han resultado heridos leves durante una carga en la avenida del Puerto.
## 18:55 | 140.000 personas, según los sindicatos; 38.000, según la Delegación
> La manifestación ha recorrido las calles del centro de Valdeserra desde la plaza de la Reina hasta la Ciudad de la Justicia. Los organizadores hablan de 140.000 asistentes; la Delegación del Gobierno, de 38.000.
> —¿Por qué ha venido hoy? —le preguntamos a Carmen, de 63 años, empleada de una conservera.
> —Porque llevo 44 años trabajando y ahora me dicen que tengo que seguir hasta los 68. ¿Usted cree que es justo?
## 17:30 | «Hoy no se trabaja»
> Es el lema más repetido en la cabecera de la manifestación, que acaba de arrancar. Pancartas, silbatos y bocinas acompañan a los líderes sindicales, que portan una gran pancarta con el texto «Jubilación digna, ni un día más».
## 16:10 | ¿Qué dice el Gobierno?
> La ministra de Trabajo, Dña. Lourdes Echegaray, ha defendido la reforma en una entrevista radiofónica: «Nadie quiere trabajar más, pero el sistema de pensiones tiene que ser sostenible para nuestros hijos». Ha recordado que la esperanza de vida ha aumentado 3,5 años desde el año 2000.
## 14:45 | Cortes de tráfico en la V-21
> Un piquete de unas 200 personas ha cortado durante 40 minutos los dos sentidos de la autovía V-21, a la altura de la salida 9. Se han registrado retenciones de hasta 7 km. La Guardia Civil ha desalojado la vía sin incidentes.
## 13:20 | El puerto, paralizado
> La actividad en el puerto de Valdeserra está prácticamente paralizada. Según la Autoridad Portuaria, sólo se han movido 1.200 contenedores hasta las 13.00 horas, frente a los 9.800 de un día normal. Una docena de buques esperan fondeados a la entrada del puerto.
## 11:05 | El consumo eléctrico cae un 14,6%
> El operador del sistema eléctrico ha registrado a media mañana un descenso del consumo eléctrico del 14,6% respecto a un jueves normal, un indicador que tradicionalmente se utiliza para medir el seguimiento de las huelgas generales.
## 9:30 | ¿Qué servicios mínimos hay hoy?
> Los servicios mínimos fijados por el Ministerio de Transportes son del 33% en los trenes de Cercanías, del 50% en la alta velocidad y del 30% en el metro y los autobuses urbanos. En la sanidad, los servicios mínimos son los de un domingo, p. ej. urgencias, diálisis y tratamientos oncológicos.
> Toda la información está disponible en www.transportes-example.gob.es/huelga y en el teléfono 012.
## 7:15 | Primeros piquetes en los polígonos
> Desde las 6.00 horas, piquetes informativos se han desplegado en los principales polígonos industriales. En La Marjal, donde trabajan más de 12.000 personas, las grandes plantas, como la de Motores Turia S.A., han amanecido cerradas.
## 0:05 | Arranca la huelga general
> CSU y UO dan por iniciada la huelga general con el cambio de turno en los mercados centrales y en las empresas de limpieza. «¡Huelga general!», han gritado decenas de trabajadores a las puertas de Mercavalde.

=== es-live-premios-sonora
lang: es
outlet: Escenario Pop
title: Premios Sonora 2032, en directo: La Tormenta Blanca arrasa con cinco galardones y JotaBe se lleva la mejor canción
caption: La Tormenta Blanca recoge el premio a mejor álbum en el Palacio de los Deportes de Almarza.
link: https://example.es/musica/premios-sonora-2032-directo
author: Nerea Zubiaurre
date: 2032-11-20 00:45:00
tags: Premios Sonora, Música, La Tormenta Blanca, JotaBe
options: time=glued bullet=•
> Noche grande para la música en español. El Palacio de los Deportes de Almarza acoge esta noche la gala de la 11.ª edición de los Premios Sonora, que reconocen lo mejor de la música en español del último año. La Tormenta Blanca parte como gran favorita, con siete nominaciones.
kp: Los ganadores, de un vistazo
* Mejor álbum: «Ceniza y sal», de La Tormenta Blanca
* Mejor canción urbana: «Madrugá», de JotaBe
* Artista revelación: Lola Marín
* Sonora de Honor: Amaro Santos
## 00:31 | Mejor álbum: «Ceniza y sal», de La Tormenta Blanca
> El quinto galardón de la noche para la banda gaditana, que cierra la gala con «Ceniza y sal», el disco más vendido del año en España, con más de 210.000 copias entre físico y digital. «Este disco lo hicimos en un garaje de Chiclana con 3.000 euros», recuerda el cantante, Dani Caballero.
## 00:12 | ¡Qué momento! Rocío Benavides y Amaro Santos cantan juntos
> El público del Palacio se pone en pie para la actuación más esperada: Rocío Benavides y el veterano Amaro Santos, 40 años de carrera a sus espaldas, interpretan a dúo «Volveré al sur». Hay lágrimas en primera fila.
## 23:48 | Premio a toda una carrera para Amaro Santos
> El cantautor canario recibe el Sonora de Honor de manos de su hija. «Empecé cantando en las fiestas de mi pueblo por 500 pesetas... y mírenme ahora», bromea. Sus discos han vendido más de 12 millones de copias en todo el mundo.
## 23:26 | Mejor canción urbana para JotaBe
> JotaBe gana con «Madrugá», el tema con más reproducciones del año en SpotOn, con 312 millones de escuchas. En su discurso, el rapero de Carabanchel dedica el premio a su abuela: «Ella me decía que esto no era música. Abuela, ¡mira!»
## 23:05 | ¿Quién viste a quién?
> En la alfombra roja, los trajes han sido tan comentados como los premios. La cantante Lola Marín ha optado por un diseño de la firma madrileña DeLaRiva inspirado en los mantones de Manila, mientras que JotaBe ha llegado en chándal dorado.
## 22:40 | Mejor artista revelación: Lola Marín
> La onubense, de 19 años, se impone a otros cuatro nominados con su primer EP, grabado en su habitación. «No tengo discurso, no esperaba ganar», dice entre risas, antes de agradecer a su profesora de piano, Dña. Pilar Escudero.
## 22:15 | La Tormenta Blanca abre la gala
> Arranca la retransmisión con una actuación de La Tormenta Blanca, que interpreta «Marea» acompañada de una orquesta de 40 músicos. El espectáculo, dirigido por Sergio Llorente, incluye una lluvia de 2.000 kilos de confeti biodegradable.
## 21:30 | Los nominados, en cifras
> 312 artistas han optado este año a los Premios Sonora, en 24 categorías. La Tormenta Blanca lidera las nominaciones (7), seguida de JotaBe (5) y Lola Marín (4). La lista completa está en www.premiossonora-example.es.

=== es-live-terremoto-guatemala
lang: es
outlet: Crónica Atlántica
title: Terremoto de magnitud 7,6 en Guatemala: al menos 87 muertos en el departamento de San Felipe, última hora
caption: Vecinos de San Felipe Tzununá buscan supervivientes entre los escombros de una vivienda.
link: https://example.es/internacional/terremoto-guatemala-directo
author: Itziar Goñi Larrañaga
date: 2033-07-13 09:10:00
tags: Guatemala, Terremoto, Internacional
options: time=suffixdash bullet=- authorspace
> Un terremoto de magnitud 7,6 ha sacudido este miércoles el oeste de Guatemala. El epicentro se ha localizado a 19 km de San Felipe Tzununá, a 62 km de profundidad, según el Instituto Nacional de Sismología (Insivumeh). El temblor se ha sentido en la capital y en el sur de México.
> El último balance oficial eleva a 87 los fallecidos y a más de 400 los heridos. La cifra podría aumentar en las próximas horas, ya que los equipos de rescate todavía no han llegado a varias aldeas aisladas por los desprendimientos.
kp: Lo último
* 87 muertos y más de 400 heridos, según el último balance oficial
* El Gobierno guatemalteco declara el estado de calamidad
* No hay españoles entre las víctimas, según Exteriores
## 09:02 h | No hay españoles entre las víctimas, según Exteriores
> El Ministerio de Asuntos Exteriores ha confirmado que no le consta ningún español entre los fallecidos ni los heridos. El consulado en Ciudad de Guatemala ha habilitado el teléfono de emergencia +502 2379 3530 y el correo emergencias.guatemala@exteriores-example.es.
> Según Exteriores, en el país hay inscritos 4.300 españoles, la mayoría en la capital.
## 07:45 h | España envía un equipo de la UME
> El Consejo de Ministros ha aprobado el envío de 56 efectivos de la Unidad Militar de Emergencias (UME) especializados en búsqueda y rescate, con seis perros. El avión saldrá de la base de Torrejón a mediodía.
## 06:20 h | «Parecía que la tierra se abría»
> Desde San Felipe Tzununá, el maestro Eduardo Xicay relata a este diario los primeros segundos: «Estábamos acostados. Parecía que la tierra se abría, se oía un ruido muy fuerte, como un tren... Salí corriendo con mis dos hijas en brazos.»
> —¿Y su casa? —le preguntamos.
> —Ya no hay casa. No hay nada.
## 05:10 h | El Gobierno declara el estado de calamidad
> El presidente guatemalteco ha decretado el estado de calamidad pública durante 30 días en cinco departamentos. La medida permite agilizar compras de emergencia y movilizar al Ejército, que ya ha desplegado a 2.500 soldados en la zona.
## 04:35 h | ¿Por qué tiembla tanto en Guatemala?
> Guatemala se sitúa en la confluencia de tres placas tectónicas: la de Norteamérica, la del Caribe y la de Cocos. «La placa de Cocos se hunde bajo la del Caribe a unos 7 cm al año, lo que genera terremotos muy potentes», explica el sismólogo Dr. Julián Arrieta, de la Universidad de Oviedo.
## 03:18 h | Primer balance: al menos 21 muertos
> Las autoridades guatemaltecas confirman al menos 21 fallecidos en un primer balance. Los daños más graves se concentran en San Felipe Tzununá, donde se ha derrumbado parcialmente el hospital regional y la iglesia de San Felipe Apóstol, del siglo XVII.
## 02:41 h | Un terremoto de magnitud 7,6 sacude Guatemala
> El temblor se ha producido a las 18.24 hora local (02.24 hora peninsular española). Los servicios geológicos de EE.UU. lo han estimado inicialmente en 7,8, una cifra rebajada después a 7,6.

=== es-live-visita-papa-castrejana
lang: es
outlet: El Norte de Castrejana
title: Visita del papa Clemente XV a Castrejana: misa ante 180.000 fieles en la explanada de La Vega
caption: El papa Clemente XV saluda desde el papamóvil a su llegada a la explanada de La Vega.
link: https://example.es/castrejana/visita-papa-clemente-xv-directo
author: Mª Jesús Villaverde
date: 2032-06-06 14:50:00
tags: Papa Clemente XV, Castrejana, Iglesia
options: bullet=⇒ nocaptionline exit=none
> El papa Clemente XV ha celebrado este sábado una misa multitudinaria en la explanada de La Vega, en Castrejana, ante unas 180.000 personas, según la Delegación del Gobierno. Es la primera visita de un pontífice a la ciudad castellana y la única etapa española de su viaje a la península ibérica.
> El papa, de 71 años, ha llegado a las 9.40 horas al aeropuerto de Villarcayo en un vuelo procedente de Oporto y se ha desplazado en helicóptero hasta la ciudad, donde le esperaban el arzobispo, D. Fernando Arribas, y las autoridades autonómicas y municipales.
kp: Lo más destacado
* 180.000 fieles en la misa de la explanada de La Vega.
* El papa pide «no cerrar las puertas» a los migrantes.
* Encuentro con jóvenes en la plaza Mayor por la tarde.
* Un centenar de personas atendidas por el calor.
## El papa pide «no cerrar las puertas» a los migrantes
> En una homilía de 22 minutos, pronunciada en un español con marcado acento portugués, Clemente XV ha pedido a los católicos españoles que «no cierren las puertas» a quienes llegan en busca de una vida mejor. «Una Iglesia que cierra sus puertas deja de ser madre y se convierte en un museo», ha dicho, entre los aplausos de los asistentes.
> También ha tenido palabras para la «España vaciada»: «No dejéis solos a vuestros pueblos. Allí donde se apaga una campana, se apaga una comunidad.»
## ¿Cuánto cuesta la visita?
> El Ayuntamiento y la Junta calculan un gasto público de 3,8 millones de euros, principalmente en seguridad, transporte y limpieza. El arzobispado asegura que la misa se ha financiado con donativos, p. ej. los 1,2 millones aportados por cofradías y parroquias, y con el patrocinio de varias empresas.
> La asociación Castrejana Laica ha criticado el gasto: «No es de recibo que se paguen con el dinero de todos actos religiosos.»
## Un centenar de personas atendidas por el calor
> Los servicios sanitarios han atendido a 104 personas, la mayoría por lipotimias y golpes de calor. Cuatro de ellas han sido trasladadas al hospital. A mediodía, los termómetros marcaban 33 grados en la explanada, donde muchos fieles esperaban desde las 4.00 de la madrugada.
> —¿Ha merecido la pena? —preguntamos a Encarnación, de 82 años, llegada en autobús desde un pueblo de Soria.
> —Esto no lo vuelvo a ver. Claro que ha merecido la pena.
## 40 autobuses y 3 trenes especiales
> Renfe ha programado tres trenes especiales desde Madrid, Bilbao y Valladolid, y las diócesis han fletado 640 autocares. Solo en la diócesis de Castrejana, 40 autobuses han salido de madrugada de parroquias de toda la provincia. El tráfico en la A-62 ha registrado retenciones de hasta 15 km.
## El papamóvil recorre el centro histórico
> Antes de la misa, Clemente XV ha recorrido en el papamóvil la calle del Arco, la plaza de la Catedral y el paseo de la Isla. Miles de personas se agolpaban tras las vallas para verle pasar. El papa ha bajado en dos ocasiones para bendecir a niños enfermos.
## Programa de la tarde
> A las 18.00 horas, el papa se reunirá con unos 25.000 jóvenes en la plaza Mayor. Después visitará el convento de las Huelgas Reales, donde rezará ante el sepulcro de los fundadores, y cenará con los obispos de la provincia eclesiástica. El domingo por la mañana volará a Roma. El programa completo está en www.visitapapal-castrejana-example.es.
