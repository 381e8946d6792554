#! Spanish held-out articles, long paragraphs: invented news, invented people.

=== es-live-investidura
lang: es
outlet: Diario del Ebro
title: Investidura fallida: Ramón Iturbe pierde la primera votación por 171 votos a favor y 176 en contra
caption: Ramón Iturbe, durante su intervención en el Congreso de los Diputados.
link: https://example.es/politica/directo-investidura-iturbe-primera-votacion
author: Lucía Berenguer
date: 2027-09-28 20:15:00
tags: Política, Congreso, Investidura
> El candidato a la presidencia del Gobierno, Ramón Iturbe, no ha logrado la mayoría absoluta en la primera votación de investidura celebrada este martes en el Congreso. Obtuvo 171 votos a favor, 176 en contra y tres abstenciones, por lo que deberá someterse a una segunda votación el jueves, en la que le bastará con obtener más síes que noes.
> Todo dependerá de los siete diputados de la formación regionalista Aliança Litoral, cuyo portavoz ha anunciado que sus votos «no están garantizados» y que la negociación «sigue abierta hasta el último minuto».
kp: Lo que hay que saber
* Iturbe obtiene 171 síes y 176 noes en la primera votación
* Segunda votación el jueves: le basta la mayoría simple
* Aliança Litoral mantiene la incógnita
* La oposición habla de «un Gobierno de rehenes»
## Iturbe obtiene 171 síes y 176 noes en la primera votación
> La presidenta del Congreso, Carmen Villalobos, ha leído el resultado a las 19.42 horas: 171 votos a favor, 176 en contra y 3 abstenciones. Al no alcanzar la mayoría absoluta de 176 escaños, el candidato tendrá que esperar 48 horas para someterse a la segunda votación, en la que le basta la mayoría simple.
> Iturbe ha escuchado el resultado sin inmutarse, sentado en el banco azul, y ha saludado después a los diputados de su grupo, que le han dedicado una larga ovación puestos en pie.
## Iturbe, a los periodistas: «El jueves habrá Gobierno»
> A la salida del hemiciclo, el candidato se ha detenido unos segundos ante los periodistas que aguardaban en el pasillo. «El jueves habrá Gobierno. Lo de hoy estaba previsto», ha asegurado con una sonrisa, antes de dirigirse a una reunión con su equipo negociador en el despacho del grupo parlamentario. Según fuentes de su partido, esa reunión se prolongará hasta bien entrada la noche y continuará el miércoles por la mañana con los representantes de Aliança Litoral, con los que ya se han celebrado al menos siete encuentros en las dos últimas semanas.
## ¿Qué pasa si también pierde el jueves?
> Si el candidato no obtiene más votos a favor que en contra en la segunda votación, el Rey deberá iniciar una nueva ronda de consultas con los portavoces parlamentarios. Si en el plazo de dos meses ningún candidato logra la confianza de la Cámara, las Cortes se disolverán automáticamente y se convocarán nuevas elecciones generales.
## Aliança Litoral mantiene la incógnita hasta el jueves
> El portavoz de Aliança Litoral, Jordi Mascaró, ha explicado en los pasillos que su grupo «no tiene prisa». «Nosotros no votamos personas, votamos acuerdos. Y el acuerdo todavía no está cerrado», ha señalado. Según fuentes de la negociación, el principal escollo es la financiación de la ampliación del puerto de Tarragona y el traspaso de las cercanías.
> ¿Habrá acuerdo antes del jueves? En el entorno del candidato se muestran «razonablemente optimistas», aunque admiten que la negociación «va a durar hasta el final».
## La oposición habla de «un Gobierno de rehenes»
> El líder de la oposición, Alberto Sancho, ha calificado el futuro Ejecutivo de «Gobierno de rehenes» y ha acusado a Iturbe de estar dispuesto a «pagar cualquier precio» para seguir en el poder. «España no puede estar en manos de siete diputados que solo piensan en su provincia», ha dicho en un discurso de casi una hora muy aplaudido por su bancada.
## «No vamos a dejar a nadie atrás»: las promesas de Iturbe
> En su discurso de la mañana, de una hora y cuarenta minutos, el candidato ha prometido subir el salario mínimo hasta los 1.300 euros, construir 180.000 viviendas públicas en cuatro años y reducir a la mitad las listas de espera quirúrgicas. «No vamos a dejar a nadie atrás», ha repetido hasta en cinco ocasiones.
> Ha anunciado además la creación de un Ministerio de Vivienda y Juventud y un plan de 2.500 millones para la España vaciada, una de las reivindicaciones de los grupos regionalistas.
## Cinco claves del acuerdo que negocian Iturbe y Aliança Litoral
> El borrador que manejan ambas formaciones, al que ha tenido acceso este periódico, incluye cinco grandes bloques: inversiones en infraestructuras portuarias y ferroviarias por valor de 3.400 millones de euros en la próxima legislatura; el traspaso de la gestión de los trenes de cercanías; una quita parcial de la deuda autonómica; el reconocimiento de la lengua propia en las instituciones europeas, y una comisión bilateral para revisar el sistema de financiación. Según fuentes de la negociación, los puntos más delicados siguen siendo el calendario de las inversiones y la cuantía exacta de la quita.
## La portavoz de Izquierda Común: «No firmaremos cheques en blanco»
> La portavoz del grupo de Izquierda Común, socio preferente del candidato, ha advertido de que su formación «no firmará cheques en blanco» a ningún socio. «Apoyamos la investidura, pero queremos conocer el contenido de todos los acuerdos antes del jueves. Los derechos sociales no se negocian en un despacho», ha señalado en rueda de prensa. Su grupo reclama además que se incluya en el pacto de gobierno la reducción de la jornada laboral a 37,5 horas semanales sin merma salarial.
## Los mercados, tranquilos: el Ibex sube un 0,8 %
> La incertidumbre política no ha inquietado a los mercados. El Ibex 35 ha cerrado la sesión con una subida del 0,8 %, hasta los 11.482,6 puntos, impulsado por los bancos. La prima de riesgo se ha mantenido estable en torno a los 78 puntos básicos.
## ¿Cuántos votos necesita Iturbe el jueves?
> En la segunda votación basta con la mayoría simple, es decir, más votos a favor que en contra. Si los siete diputados de Aliança Litoral se abstienen, Iturbe seguiría teniendo 171 síes frente a 169 noes y sería investido. Si votan en contra, el resultado sería de 171 frente a 176, y la investidura fracasaría de nuevo. Por eso, en realidad, al candidato le basta con que el grupo regionalista no vote en contra.
## Así ha sido la jornada en el Congreso
> La sesión ha arrancado a las 9.00 horas con el discurso del candidato. Tras un receso para comer, han intervenido los portavoces de los grupos, de mayor a menor. Entre el público, en la tribuna de invitados, se encontraban varios exministros, la alcaldesa de Zaragoza y el presidente de la CEOE.

=== es-live-apagon
lang: es
outlet: Noticias del Mediterráneo
title: Apagón en el sureste: medio millón de hogares sin luz en Murcia y Alicante, según Red Eléctrica
caption: Un semáforo apagado en el centro de Murcia, este lunes por la tarde.
link: https://example.es/sociedad/apagon-murcia-alicante-ultima-hora
author:
date: 2027-08-02 22:40:00
tags: Sociedad, Apagón, Energía, Murcia, Alicante
options: bom
> Un apagón ha dejado este lunes sin suministro eléctrico a cerca de medio millón de hogares en la Región de Murcia y el sur de la provincia de Alicante. El corte se produjo a las 16.47 horas, en plena ola de calor, con temperaturas que superaban los 40 grados, y afectó también a semáforos, trenes de cercanías y varios hospitales, que tuvieron que recurrir a sus grupos electrógenos.
> Red Eléctrica ha atribuido el incidente a un incendio en una subestación de alta tensión cerca de Cartagena. A las 22.00 horas, el 85 % de los clientes había recuperado la luz.
kp: Claves del día
* Medio millón de hogares sin luz en Murcia y Alicante
* Un incendio en una subestación, origen del apagón
* El 85 % del suministro, restablecido a las 22.00 horas
* Hospitales y cercanías, los más afectados
## El 85 % del suministro, restablecido a las 22.00 horas
> Red Eléctrica ha informado de que, a las 22.00 horas, el 85 % de los clientes afectados había recuperado el suministro. Los técnicos trabajan para reponer el resto «a lo largo de la noche», aunque algunas zonas rurales del Campo de Cartagena podrían seguir sin luz hasta el martes por la mañana.
## «Ha sido una tarde angustiosa»: el relato de los vecinos
> «Ha sido una tarde angustiosa. Mi padre tiene 91 años y necesita oxígeno por la noche», cuenta Remedios Lorca, vecina del barrio de El Carmen, en Murcia. Como ella, decenas de familias con enfermos dependientes de aparatos eléctricos han llamado al 112 durante la tarde. Protección Civil ha distribuido baterías y ha trasladado a varias personas a centros de salud.
> Él, en cambio, se lo ha tomado con humor. «Hemos bajado a la plaza con las sillas, como en los veranos de antes», dice Paco, jubilado, que ha pasado la tarde jugando al dominó con sus vecinos a la sombra.
## Hospitales y cercanías, los más afectados
> El hospital Virgen de la Arrixaca y el Santa Lucía de Cartagena han funcionado con generadores durante más de tres horas, sin incidencias graves según el Servicio Murciano de Salud. Se han aplazado, eso sí, 37 operaciones programadas. En cercanías, unos 2.000 viajeros han quedado atrapados en trenes detenidos entre estaciones, algunos durante casi dos horas.
## ¿Por qué se ha producido el apagón?
> Según Red Eléctrica, un incendio en un transformador de la subestación de El Palmar provocó la desconexión automática de varias líneas de alta tensión, lo que obligó a aislar una parte de la red para evitar un fallo mayor. La causa del incendio se desconoce por ahora. La compañía descarta «de forma categórica» un ciberataque.
## Atrapados en ascensores: los bomberos realizan 143 rescates
> Los bomberos de Murcia, Cartagena y la Vega Baja han realizado a lo largo de la tarde 143 rescates de personas atrapadas en ascensores, según los datos facilitados por el 112 de la Región de Murcia. La mayoría de los casos se produjeron en los primeros minutos del apagón, en edificios de viviendas y centros comerciales. En uno de ellos, en Torrevieja, una mujer embarazada permaneció casi una hora encerrada antes de que los bomberos pudieran abrir la cabina. Fue atendida por los sanitarios, pero no necesitó traslado al hospital.
> ¡Menudo susto! Así lo resumía, ya en la calle, un repartidor que pasó cuarenta minutos en un ascensor de un edificio de oficinas de la Gran Vía murciana, con el móvil sin cobertura y a más de 35 grados.
## Los comercios, entre la resignación y las pérdidas
> Supermercados, bares y pequeños comercios han sido de los más perjudicados. Sin luz no funcionaban las cajas registradoras ni los datáfonos, y muchos establecimientos han tenido que cerrar sus puertas en plena tarde. La Federación Regional de Empresarios del Metal calcula que las pérdidas para el comercio podrían superar los 20 millones de euros, sin contar los productos frescos que habrá que tirar. «Tenía la cámara llena de helados. Mañana veremos qué se salva», se lamentaba el dueño de una heladería del centro de Cartagena.
## La Aemet mantiene el aviso naranja por calor
> La Agencia Estatal de Meteorología mantiene el aviso naranja por temperaturas de hasta 42 grados en la Vega del Segura y el Campo de Cartagena. Las noches serán tropicales, con mínimas de 27 grados. Sanidad recuerda que hay que beber agua, evitar salir en las horas centrales del día y vigilar a mayores y niños.
## El Gobierno pide explicaciones a Red Eléctrica
> La ministra para la Transición Ecológica ha pedido a Red Eléctrica un informe detallado «en un plazo de 48 horas». En declaraciones a la Cadena SER, ha asegurado que el sistema eléctrico español «es uno de los más robustos de Europa» y que este tipo de incidentes son «muy poco frecuentes».
## Un incendio en una subestación, origen del apagón
> Los bomberos del Consorcio de Extinción de Incendios de la Región de Murcia han sofocado en poco más de una hora el fuego declarado en la subestación de El Palmar. Una densa columna de humo negro era visible desde el centro de Murcia. No hay heridos.
## Iberdrola y Red Eléctrica, en contacto permanente
> Iberdrola, la distribuidora que opera en la zona, ha informado de que sus brigadas trabajan en coordinación con Red Eléctrica para reponer el servicio de forma escalonada, empezando por los hospitales, las estaciones de bombeo de agua y los servicios de emergencia. La compañía ha pedido a los clientes que desconecten los aparatos eléctricos de mayor consumo, como aires acondicionados y hornos, para evitar picos de demanda al restablecerse la luz.
## Primeros avisos a las 16.47 horas
> Los primeros avisos de cortes de luz se registraron a las 16.47 horas en Murcia capital, Molina de Segura y Cartagena. En pocos minutos, el apagón se extendió a Orihuela, Torrevieja y otros municipios de la Vega Baja. Los ayuntamientos pidieron a los ciudadanos que evitaran desplazamientos innecesarios.

=== es-live-rescate-mina
lang: es
outlet: La Voz de la Cuenca
title: Rescate en la mina de Valdemorón: los dos mineros atrapados, a salvo tras 31 horas
caption: Familiares de los mineros esperan noticias a la entrada del pozo.
link: https://example.es/asturias/rescate-mina-valdemoron-directo
author: Íñigo Fernández Sela
date: 2027-11-19 10:30:00
tags: Asturias, Minería, Rescate
options: time=glued
> Los dos mineros que permanecían atrapados desde el lunes en el pozo Santa Bárbara de Valdemorón han sido rescatados con vida este miércoles por la mañana, tras 31 horas de trabajos ininterrumpidos. Ambos han sido trasladados al Hospital Universitario Central de Asturias, en Oviedo, donde se encuentran en observación, con contusiones leves y signos de deshidratación.
kp: Lo más importante
* Los dos mineros, rescatados con vida
* Trasladados al HUCA en Oviedo
* Un derrumbe a 420 metros de profundidad, origen del accidente
## hace 10 minutos | Los mineros, estables y «con ganas de ver a sus hijos»
> El parte médico difundido por el HUCA confirma que los dos mineros se encuentran estables. Manuel Suárez presenta una fractura de costilla y varias contusiones, mientras que Óscar Díaz sufre deshidratación leve y una herida en la mano que ha requerido puntos de sutura. «Están muy cansados, pero lúcidos y con ganas de ver a sus hijos», ha explicado la jefa del servicio de Urgencias, la Dra. Begoña Alvarado. Ambos permanecerán ingresados al menos 48 horas en observación.
## hace 40 minutos | El presidente del Principado: «Un ejemplo de profesionalidad»
> El presidente del Principado de Asturias ha felicitado a la Brigada de Salvamento Minero por un rescate que ha calificado de «ejemplo de profesionalidad, valor y compañerismo». En una declaración institucional en Oviedo, ha anunciado que propondrá a la brigada para la Medalla de Oro de Asturias y que el Gobierno regional revisará «con todo el rigor» las condiciones de seguridad del pozo Santa Bárbara, uno de los últimos en activo en la comarca.
## hace 1 hora | Los dos mineros, rescatados con vida
> «¡Están fuera, están fuera!». El grito de uno de los brigadistas ha roto el silencio en la bocamina a las 7.12 horas. Primero ha salido Manuel Suárez, de 47 años, y doce minutos después Óscar Díaz, de 29. Ambos han salido por su propio pie, cubiertos de polvo, y se han abrazado a sus familias antes de subir a las ambulancias.
## hace 2 horas | La brigada alcanza la galería
> La Brigada de Salvamento Minero ha logrado abrir un paso de apenas 60 centímetros de diámetro hasta la galería en la que se encontraban los mineros. Según la consejería de Industria, ambos están «conscientes y hablando». Los trabajos de estabilización del túnel se prolongarán aún unos minutos antes de la extracción.
## hace 3 horas | ¿Cómo se rescata a un minero atrapado?
> La Brigada de Salvamento Minero, creada en 1912, es uno de los cuerpos de rescate más antiguos de Europa. Sus miembros, mineros de profesión con formación específica, trabajan por relevos de seis horas en condiciones extremas: temperaturas de más de 30 grados, humedad cercana al 100 % y riesgo constante de nuevos derrumbes. En este caso, han optado por abrir una galería paralela a la derrumbada, apuntalada con cuadros de madera y acero, en lugar de retirar los escombros, una técnica más lenta pero mucho más segura.
## hace 5 horas | «Les hemos pasado agua y comida»
> A través de un tubo de acero introducido por una perforación lateral, los rescatadores han podido hacer llegar a los mineros agua, bebidas isotónicas y barritas energéticas. «Les hemos pasado agua y comida, y hemos hablado con ellos. Están cansados, pero con buena moral», ha explicado el jefe de la brigada, Sr. Avelino Menéndez.
## hace 9 horas | Un derrumbe a 420 metros de profundidad
> El accidente se produjo el lunes hacia las 23.50 horas, cuando un desprendimiento de rocas bloqueó la galería en la que trabajaban los dos mineros, a 420 metros de profundidad. Otros cinco compañeros que trabajaban en una galería cercana lograron salir por su cuenta. La Guardia Civil ha abierto una investigación para esclarecer las causas.
## hace 11 horas | Contacto con los mineros: «Estamos bien»
> Los equipos de rescate han logrado establecer contacto con los dos mineros atrapados gracias a los golpes que estos daban contra una tubería de aire comprimido. Más tarde, a través de un teléfono de cable introducido por la misma tubería, han podido hablar con ellos. «Estamos bien, no os preocupéis», ha sido el primer mensaje de Manuel Suárez, según ha relatado a las familias el ingeniero jefe del pozo. La noticia ha sido recibida con aplausos y lágrimas en la bocamina.
## hace 12 horas | Vigilia de las familias en la bocamina
> Decenas de vecinos de Valdemorón han acompañado durante toda la noche a las familias de los dos mineros a la entrada del pozo. El alcalde, Sr. José Ramón Alonso, ha habilitado el centro social para que puedan descansar. La parroquia ha celebrado una misa a las 20.00 horas por su pronta liberación.

=== es-plain-vivienda-ayuntamiento
lang: es
outlet: El Correo de Almendral
title: El Ayuntamiento de Almendral comprará 120 pisos vacíos para alquiler social
caption: Bloque de viviendas en la calle del Sr. Marqués de Ureña, uno de los edificios incluidos en el plan.
link: https://example.es/almendral/ayuntamiento-compra-pisos-alquiler-social
author: Marta Quintana
date: 2027-04-21 08:00:00
tags: Almendral, Vivienda, Ayuntamiento
> El Ayuntamiento de Almendral comprará 120 viviendas vacías a bancos y fondos de inversión para destinarlas al alquiler social, según ha anunciado este martes el alcalde, D. Fernando Rubio. La operación, que se financiará con 14,6 millones de euros procedentes de fondos propios y de una línea de crédito del Instituto de Crédito Oficial, se completará en un plazo máximo de dos años.
> Los pisos se alquilarán a familias con ingresos inferiores a 2,5 veces el IPREM, jóvenes menores de 35 años y personas mayores que vivan solas. El alquiler no podrá superar el 30 % de los ingresos del hogar, con un máximo de 450 euros al mes. «Es la mayor inversión municipal en vivienda de la historia de la ciudad», ha asegurado Rubio.
> La mayoría de los pisos se encuentran en los barrios de San Roque y Las Eras, donde, según un estudio encargado por el propio consistorio, hay más de 1.800 viviendas vacías. Muchas pertenecen a entidades financieras desde la crisis de 2008, p.ej. las del antiguo complejo Residencial Los Olivos, que nunca llegó a habitarse por completo.
> ¿Por qué comprar en lugar de construir? Según la concejala de Urbanismo, Dña. Rosa Villanueva, construir una vivienda pública cuesta hoy de media unos 165.000 euros y tarda entre cuatro y seis años, mientras que comprarla ronda los 122.000 euros y puede ponerse en el mercado en pocos meses. «Las familias no pueden esperar seis años», ha resumido.
> La oposición ha recibido el anuncio con escepticismo. El portavoz del grupo municipal popular, Sr. Javier Hurtado, ha recordado que el equipo de gobierno prometió en 2023 construir 500 viviendas y que «no se ha puesto ni un ladrillo». Su grupo exige conocer el precio pagado por cada piso y la identidad de los vendedores, entre ellos la sociedad Inversiones Mesetarias S.A.
> Úrsula Fernández, de la Plataforma de Afectados por la Hipoteca de Almendral, celebra la medida, aunque la considera insuficiente. «Tenemos más de 900 familias en la lista de espera de vivienda social. ¡Ciento veinte pisos no llegan ni para empezar!», lamenta. La plataforma pide, además, que se penalice con un recargo del IBI a los grandes tenedores que mantengan pisos vacíos.
> El plan incluye también una partida de 1.250.000 euros para rehabilitar las viviendas que lo necesiten, con prioridad para la eficiencia energética y la accesibilidad. Las obras se adjudicarán mediante concurso público y el pliego de condiciones se publicará en las próximas semanas en el perfil del contratante del Ayuntamiento.
> Los expertos consultados por este diario valoran positivamente la iniciativa, aunque con matices. Para el economista Dr. Andrés Pizarro, profesor de la Universidad de Almendral y autor de varios estudios sobre el mercado de la vivienda en la región, la compra de pisos vacíos «es una forma rápida de ampliar el parque público, pero no puede sustituir a la construcción». Pizarro advierte, además, de que la llegada de un comprador público con 14,6 millones puede hacer subir los precios en los barrios afectados si no se negocia con cuidado, y recomienda que las adquisiciones se hagan por lotes y mediante tasaciones independientes, como se hizo en Barcelona o en Valencia.
> Los primeros inquilinos podrían entrar a vivir antes de que acabe el año. Según el calendario del Ayuntamiento, la compra de los primeros 40 pisos, que ya están identificados y no necesitan obras, se cerrará antes del verano, y la adjudicación se hará por sorteo entre las solicitudes que cumplan los requisitos. El resto de viviendas se incorporará de forma escalonada a lo largo de 2028. La gestión del parque se encargará a la empresa municipal Almendral Vivienda S.L., que ya administra 312 pisos de protección oficial en la ciudad y que contratará para ello a cuatro trabajadores sociales y dos técnicos de mantenimiento.
> Las solicitudes podrán presentarse a partir del 1 de junio en la Oficina Municipal de Vivienda, situada en la plaza Mayor, núm. 3, de lunes a viernes de 9.00 a 14.00 horas, o por correo electrónico en vivienda@almendral.example. La información completa está disponible en www.almendral.example/vivienda
> El pleno municipal debatirá la propuesta el próximo jueves 29 de abril a las 18.30 horas.

=== es-plain-yacimiento-romano
lang: es
outlet: Heraldo del Duero
title: Hallan en Tordesillas del Campo una villa romana del siglo II d.C. con mosaicos intactos
caption: Arqueólogos limpian uno de los mosaicos hallados en la villa de Tordesillas del Campo.
link: https://example.es/cultura/villa-romana-tordesillas-del-campo-mosaicos
author: Dra. Elena Sáez Muñoz
date: 2027-06-30 12:10:00
tags: Cultura, Arqueología, Castilla y León
> Un equipo de arqueólogos de la Universidad de Valladolid ha descubierto en Tordesillas del Campo los restos de una villa romana del siglo II d.C. con al menos cuatro mosaicos en un estado de conservación excepcional. El hallazgo se produjo de forma casual el pasado mes de marzo, cuando un agricultor, al arar una finca de cereal, levantó varias teselas de colores y avisó a la Guardia Civil.
> «Es uno de los conjuntos más importantes de la meseta norte en las últimas décadas», asegura el director de la excavación, el Dr. Ignacio Bermejo, catedrático de Arqueología. Según sus primeras estimaciones, la villa ocupaba una superficie de unos 3.500 metros cuadrados y contaba con termas privadas, un patio porticado y varias estancias decoradas con pinturas murales.
> El mosaico más llamativo, de 6,4 por 4,2 metros, representa a Orfeo tocando la lira rodeado de animales, un motivo frecuente en las villas de la aristocracia hispanorromana. Otro muestra escenas de caza, con jinetes persiguiendo ciervos y jabalíes. «Los colores se conservan casi como el primer día… Cuando lo vimos, nadie habló durante un buen rato», recuerda Bermejo.
> Él y su equipo, formado por 14 investigadores y estudiantes, trabajarán en el yacimiento hasta finales de septiembre. La Junta de Castilla y León ha aportado 280.000 euros para esta primera campaña y estudia declarar la zona Bien de Interés Cultural, lo que impediría cualquier actividad agrícola o urbanística en la parcela.
> ¿Qué pasará con los mosaicos? La intención de los investigadores es mantenerlos in situ y construir una cubierta que permita su visita, como se ha hecho en otras villas de la región, p.ej. la Olmeda, en Palencia. «Arrancarlos siempre supone un riesgo», explica la Dra. Carmen Ruiz-Tagle, restauradora del equipo. El proyecto podría costar entre 2 y 3 millones de euros.
> El propietario de la finca, Sr. Anselmo García, de 67 años, no sale de su asombro. «Llevo arando esta tierra desde los 15 años, como mi padre y mi abuelo. Siempre salían trozos de cerámica, pero nunca pensamos que debajo hubiera algo así», cuenta. Recibirá una compensación por la expropiación, cuya cuantía aún no se ha fijado.
> El alcalde del municipio, de apenas 412 habitantes, confía en que el yacimiento atraiga turismo y ayude a frenar la despoblación. «Si viene la gente a ver los mosaicos, tomará un café, comerá en el mesón, comprará vino… Eso es vida para el pueblo», afirma. La Diputación ya ha anunciado un estudio para mejorar el acceso por la carretera provincial VA-8.
> La villa parece haber sido abandonada de forma pacífica a finales del siglo IV o principios del V, según los materiales hallados hasta ahora, entre ellos monedas del emperador Teodosio y fragmentos de cerámica sigillata tardía. No se han encontrado señales de incendio ni de destrucción violenta. «Lo más probable es que los propietarios se marcharan a una ciudad, quizá Septimanca o Cauca, y que la casa se fuera hundiendo poco a poco», apunta Bermejo. Los muros derrumbados cubrieron los mosaicos y los protegieron durante más de quince siglos, lo que explica su extraordinario estado de conservación.
> Los primeros resultados de la excavación se presentarán en un congreso internacional que se celebrará en Mérida en noviembre. Hasta entonces, el yacimiento permanecerá cerrado al público por motivos de seguridad, aunque se organizarán jornadas de puertas abiertas a finales de septiembre. Las inscripciones se harán por correo electrónico a arqueologia@uva.example.
> El hallazgo ha despertado también el interés de investigadores extranjeros. Un equipo de la Universidad de Oxford ha solicitado colaborar en el estudio de las pinturas murales, y el Instituto Arqueológico Alemán de Madrid ha ofrecido su laboratorio para analizar los pigmentos. «Es una oportunidad única para entender cómo vivían las élites rurales de la Hispania romana en el interior peninsular, un territorio mucho menos estudiado que la costa mediterránea», explica el Dr. Bermejo, que prevé publicar los primeros resultados en una revista científica internacional el próximo año.
> No es la primera vez que la zona depara sorpresas. En 1998 ya se halló a pocos kilómetros un tesorillo de 230 monedas de plata acuñadas entre los reinados de Trajano y Marco Aurelio, es decir, entre los años 98 y 180 d.C.
> Los trabajos pueden seguirse en las redes sociales del proyecto, que publica cada día fotografías y vídeos de la excavación.
