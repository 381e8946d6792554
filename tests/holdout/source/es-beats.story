#! Spanish held-out articles, other beats: invented news, invented people, firms and places.

=== es-live-nevada
lang: es
outlet: Diario de la Meseta
title: Temporal de nieve, en directo: la A-6 cortada en Guadarrama y 40 colegios cerrados en Segovia
caption: Varios camiones detenidos en el arcén de la A-6 a la altura de San Rafael.
link: https://example.es/sociedad/temporal-nieve-directo-a6-segovia
author: Lucía Berrocal
date: 2027-01-19 12:40:00
tags: Tiempo, Nieve, Castilla y León
options: bullet=⇒
> La borrasca Hortensia ha dejado durante la noche espesores de hasta 60 centímetros de nieve en la sierra de Guadarrama y ha obligado a cortar la autopista A-6 entre Villalba y San Rafael. La Aemet mantiene el aviso rojo en el sistema Central hasta las 18:00 horas de este martes.
> En la provincia de Segovia, la Junta ha suspendido las clases presenciales en 40 colegios e institutos. Más de 1.200 vehículos han quedado atrapados en distintos puntos de la red de carreteras. Seguimos en directo la última hora del temporal.
kp: Lo que sabemos
* Aviso rojo por nieve en el sistema Central hasta las 18:00.
* La A-6 sigue cortada entre Villalba y San Rafael.
* 40 colegios cerrados en Segovia.
* La UME despliega 180 efectivos.
## hace 12 minutos | La UME despliega 180 efectivos en Guadarrama
> La Unidad Militar de Emergencias ha desplegado 180 efectivos y 45 vehículos en el puerto de Guadarrama para ayudar a los conductores atrapados desde la madrugada. Según fuentes del Ministerio de Defensa, los militares están repartiendo mantas, agua y comida, y ya han remolcado una treintena de turismos hasta el área de servicio de San Rafael.
> «Llevamos aquí desde las cuatro de la mañana, con dos niños pequeños. Nadie nos dijo nada hasta que vimos llegar a los militares», cuenta por teléfono Marta, vecina de Valladolid, que volvía de Madrid con su familia.
## hace 47 minutos | ¿Por qué se cerró la autopista tan tarde?
> La DGT ha defendido su actuación ante las críticas de cientos de conductores. Según su directora, Elena Marcos, la nevada fue «mucho más intensa de lo previsto» entre las 2 y las 4 de la madrugada, con acumulaciones de 10 centímetros por hora. «Cuando se tomó la decisión de cerrar, ya había camiones cruzados en la calzada», ha explicado.
> La asociación de transportistas Fenadismer ha pedido una investigación y recuerda que la Aemet había elevado el aviso a rojo el lunes a las 20:15, más de seis horas antes del colapso.
## hace 1 hora | 40 colegios cerrados en Segovia
> La Consejería de Educación de la Junta de Castilla y León ha suspendido la actividad lectiva presencial en 40 centros de la provincia de Segovia, la mayoría en la zona de la sierra. Los alumnos seguirán las clases en línea siempre que sea posible. La medida se revisará a las 17:00 para decidir si se prolonga al miércoles.
> 12.000 alumnos están afectados, según los datos de la Consejería. Los comedores escolares de Segovia capital sí abrirán para las familias que lo necesiten.
## hace 2 horas | Hasta 60 cm en Navacerrada
> El puerto de Navacerrada ha registrado 60 centímetros de nieve nueva, el mayor espesor desde enero de 2021. En Segovia capital se han medido 18 centímetros, y en Ávila, 12. La temperatura mínima ha sido de -9,4 °C en el observatorio de Cotos.
## hace 2 horas | Renfe suspende los trenes de Cercanías entre Cercedilla y Segovia
> Renfe ha suspendido la circulación de la línea C-8 de Cercanías entre Cercedilla y Segovia por la acumulación de nieve en las vías y la caída de varios árboles sobre la catenaria. Se ha organizado un servicio alternativo por carretera, aunque los propios autobuses tienen dificultades para circular por la N-603. La compañía estima que el servicio no se restablecerá antes del miércoles por la mañana.
## hace 3 horas | Cómo consultar el estado de las carreteras
> La DGT actualiza en tiempo real el estado de la red en su web, infocar.dgt.example, y en su cuenta @DGTes. También se puede llamar al 011. Se recomienda no viajar si no es imprescindible y, en caso de hacerlo, llevar cadenas, el depósito lleno y ropa de abrigo.

=== es-live-premios-cine
lang: es
outlet: Cartelera Digital
title: Premios Lumbre 2027, en directo: «El año del lobo» arrasa con seis galardones, incluido mejor película
caption: El equipo de «El año del lobo» celebra el premio a la mejor película en el escenario del Teatro Real de Zaragoza.
link: https://example.es/cine/premios-lumbre-2027-directo-ganadores
author: Redacción Cultura
date: 2027-02-07 01:20:00
tags: Cine, Premios Lumbre, Cultura
options: bullet=• crlf bom
> «El año del lobo», de la directora asturiana Carmen Villalobos, se ha impuesto en la 39.ª edición de los Premios Lumbre del cine español, celebrada este sábado en el Teatro Real de Zaragoza. La película, un drama rural ambientado en los años cuarenta, ha ganado seis de los 14 premios a los que aspiraba.
> La gala, presentada por los humoristas Ana Belén Quirós y Toni Ferrer, se ha alargado más de tres horas y media y ha tenido varios momentos reivindicativos, sobre todo en torno a la situación de las salas de cine en los pueblos.
kp: Lo más destacado
* «El año del lobo», mejor película
* Carmen Villalobos, mejor dirección
* Óscar Jiménez, mejor actor por «Marea baja»
* Premio de honor para Pilar S. Montoya
## «El año del lobo», mejor película
> Como se esperaba, «El año del lobo» se ha llevado el premio a la mejor película, el último de la noche. Su productor, Javier Arenal, ha subido al escenario con todo el equipo y ha dedicado el galardón «a los 312 vecinos de Valdelosa que nos prestaron sus casas, sus vacas y su paciencia».
> 6 premios de 14 nominaciones: la película iguala así el récord de «Los días de la sal», que obtuvo el mismo número en 2019. Su taquilla supera ya los 4,2 millones de euros, una cifra muy alta para un drama de autor.
## Carmen Villalobos, mejor dirección
> «Hace diez años me dijeron que esta historia no interesaba a nadie», ha recordado Carmen Villalobos al recoger el premio a la mejor dirección, visiblemente emocionada. Es la tercera mujer que gana este galardón en la historia de los premios. Ha terminado su discurso con un mensaje: «A las niñas que están mirando: se puede».
## ¿Quién es Óscar Jiménez?
> Nacido en Cádiz en 1993, Óscar Jiménez trabajó como camarero y repartidor antes de conseguir su primer papel en una serie de televisión en 2018. «Marea baja», en la que interpreta a un mariscador que se enfrenta a una red de contrabando, es su segundo largometraje como protagonista.
> J. A. Bayona, que le dirigió en un cortometraje en 2020, ha escrito en sus redes: «Lo supe desde el primer ensayo». El actor prepara ahora una película en inglés que se rodará en Irlanda.
## Óscar Jiménez, mejor actor por «Marea baja»
> El gaditano Óscar Jiménez ha ganado el premio al mejor actor, su primera nominación. Ha subido al escenario con una camiseta de su equipo de fútbol bajo el esmoquin y ha hecho reír al público al admitir que no había preparado discurso: «Mi madre me dijo que no iba a ganar, así que no escribí nada. ¡Mamá, te equivocaste!».
## Premio de honor para Pilar S. Montoya
> La actriz Pilar S. Montoya, de 84 años, ha recibido el Premio Lumbre de Honor por una carrera de más de 60 años y 120 películas. El público la ha ovacionado en pie durante casi tres minutos. «No me retiro. Me retiraré cuando dejen de llamarme», ha bromeado.
## Una alfombra roja pasada por agua
> La lluvia ha acompañado la llegada de los invitados al Teatro Real desde las 19:30. Los paraguas transparentes se han convertido en el complemento de la noche. Entre los primeros en llegar, el equipo de «Marea baja», que ha desfilado con chubasqueros amarillos en homenaje a los mariscadores gallegos.

=== es-live-congreso-movil
lang: es
outlet: TecnoHoy
title: Congreso Mundial del Móvil, en directo: Vireo presenta su plegable y eKross apuesta por la batería de silicio
caption: Un asistente prueba el nuevo plegable de Vireo en el estand de la marca.
link: https://example.es/tecnologia/congreso-mundial-movil-barcelona-directo
author: Pau Serrat y Irene Calvo
date: 2027-03-01 19:10:00
tags: Tecnología, Móviles, Barcelona
options: time=suffix
> El Congreso Mundial del Móvil ha abierto sus puertas este lunes en el recinto de Gran Via de Barcelona con más de 2.400 expositores y 95.000 asistentes previstos hasta el jueves. La jornada inaugural ha estado marcada por las presentaciones de los fabricantes asiáticos, que llegan con plegables más finos y baterías de mayor capacidad.
> Repasamos en directo las novedades del día, desde los teléfonos hasta los relojes inteligentes y las gafas de realidad aumentada, además de las declaraciones de los principales directivos del sector.
kp: Lo más importante
* Vireo presenta el Fold X3, su plegable más fino
* eKross estrena una batería de silicio-carbono de 7.000 mAh
* Las gafas de realidad aumentada, la gran apuesta del año
## 18:40 | La Generalitat anuncia un fondo de 50 M€ para startups
> El Govern ha anunciado en el congreso un fondo de 50 millones de euros para startups tecnológicas catalanas, gestionado por el Instituto Catalán de Finanzas. Las empresas podrán solicitar préstamos participativos de entre 250.000 y 3 millones de euros a partir de mayo.
## 17:05 | Las gafas de realidad aumentada, la gran apuesta del año
> Al menos seis fabricantes han mostrado gafas de realidad aumentada con aspecto de gafas normales. La más ligera, la Lumo One, pesa 49 gramos y proyecta notificaciones y direcciones directamente en el cristal. Su precio, 699 €, sigue siendo elevado para el gran público.
> «El móvil no va a desaparecer, pero dentro de cinco años lo sacaremos mucho menos del bolsillo», ha asegurado la consejera delegada de Lumo, Sun-Hee Park, durante una mesa redonda en el auditorio principal.
## 14:20 | eKross estrena una batería de silicio-carbono de 7.000 mAh
> La marca china eKross ha presentado el eKross Pro 9, el primer teléfono de gama media con una batería de silicio-carbono de 7.000 mAh, un 40 % más que su predecesor sin aumentar el grosor. El terminal costará 449 € y llegará a España en abril a través de Amazon, eBay y las principales operadoras.
> Según la compañía, la batería aguanta dos días de uso intensivo y se carga al 80 % en 25 minutos. Los primeros análisis independientes habrá que esperarlos para comprobarlo.
## 12:45 | ¿Cuánto cuesta ir al congreso?
> La entrada más barata, que solo da acceso a la zona de exposición durante un día, cuesta 799 €. El pase completo para los cuatro días supera los 2.500 €. Los estudiantes universitarios pueden solicitar entradas gratuitas para la jornada del jueves a través de la web del evento.
## 11:10 | Vireo presenta el Fold X3, su plegable más fino
> La surcoreana Vireo ha abierto la jornada con la presentación del Fold X3, un móvil plegable de 8,9 milímetros de grosor cerrado, casi dos milímetros menos que el modelo anterior. Su pantalla interior es de 8 pulgadas y la bisagra, según la marca, resiste 500.000 aperturas.
> El precio de partida será de 1.899 €, 100 € más que el Fold X2. Competirá directamente con el iPhone Fold que, según varios analistas, llegará al mercado a finales de año.
## 09:15 | El recinto abre sus puertas con colas de una hora
> Largas colas en los accesos de la plaza Europa desde primera hora de la mañana. La organización atribuye los retrasos a los nuevos controles de seguridad con reconocimiento facial, que se estrenan este año. A las 10:00 la situación ya se había normalizado.

=== es-plain-startup
lang: es
outlet: Economía Norte
title: La bilbaína Hidrolab S.L. capta 3,5 M€ para fabricar electrolizadores en Sestao
caption: Las fundadoras de Hidrolab, Ane Etxeberria y Maite Ruiz, en su laboratorio de Zorrotzaurre.
link: https://example.es/empresas/hidrolab-ronda-financiacion-sestao
author: Iker Goikoetxea
date: 2027-05-11 08:30:00
tags: Empresas, Energía, Euskadi
> La empresa bilbaína Hidrolab S.L., especializada en electrolizadores para producir hidrógeno verde, ha cerrado una ronda de financiación de 3,5 M€ liderada por el fondo Basque Energy Ventures, con la participación de Seed Capital Bizkaia y de varios inversores particulares. Con ese dinero, la compañía abrirá su primera planta de fabricación en Sestao.
> Fundada en 2022 por las ingenieras Ane Etxeberria y Maite Ruiz, ambas doctoras por la UPV/EHU, Hidrolab ha desarrollado un electrolizador de membrana que, según sus datos, reduce un 30 % el uso de iridio, uno de los metales más caros y escasos del sector. La patente, la n.º ES2987654, se concedió en diciembre.
> «No queremos ser la empresa más grande, sino la que mejor resuelve un problema concreto: el coste de los materiales», explica Etxeberria. La planta, de 2.800 metros cuadrados, ocupará una antigua nave de Altos Hornos y empleará a 35 personas en 2028, frente a las 14 actuales.
> El primer cliente será la cooperativa agraria Lurra S. Coop., que instalará dos equipos de 1 MW en Álava para producir fertilizantes sin gas natural. El contrato, firmado el 12/03/2026, asciende a 2,1 millones de euros. Hidrolab negocia además con dos grupos industriales alemanes, cuyos nombres no ha querido revelar.
> La elección de Sestao no es casual. La Margen Izquierda del Nervión concentra talleres de calderería, soldadores con experiencia y suelo industrial a precios asequibles, además de un puerto a pocos kilómetros. «Aquí se sabe trabajar el metal desde hace 150 años. Eso no se improvisa», resume Ruiz.
> La ronda se ha cerrado con una valoración de 18 M€, según fuentes del sector. Basque Energy Ventures, gestionado por la sociedad Arrasate Capital SGEIC, S.A., tendrá un asiento en el consejo de administración. Su socio director, Gorka Mendiola, destaca «la combinación poco habitual de ciencia sólida y ambición industrial».
> ¿Es realista fabricar electrolizadores en Europa frente a la competencia china? Las fundadoras creen que sí. «Los equipos chinos son más baratos, pero la industria europea quiere proveedores cercanos y fiables. Y las ayudas públicas también lo premian», señala Ruiz. La empresa ha solicitado una subvención del programa europeo IPCEI Hy2Tech.
> El Gobierno vasco, a través de la agencia SPRI, ya aportó en 2024 un préstamo de 600.000 € para la planta piloto. La consejera de Industria ha visitado las instalaciones este lunes y ha calificado el proyecto de «ejemplo de cómo la Margen Izquierda puede volver a fabricar».
> El sector del hidrógeno vive, sin embargo, un momento de dudas. Varios grandes proyectos anunciados en 2022 y 2023 se han retrasado o cancelado por la falta de compradores dispuestos a pagar el sobrecoste frente al gas. «El mercado existe, pero está madurando más despacio de lo que prometían las presentaciones de PowerPoint», admite Mendiola, que cree que las empresas pequeñas y especializadas saldrán reforzadas de esa criba.
> Hidrolab prevé facturar 4 millones de euros en 2027 y alcanzar el punto de equilibrio en 2029. Las candidaturas para los nuevos puestos, sobre todo técnicos de montaje y soldadores, pueden enviarse a empleo@hidrolab.example, y la información para inversores está en www.hidrolab.example/inversores.

=== es-plain-sentencia
lang: es
outlet: Crónica Judicial
title: El Supremo obliga a una aerolínea a devolver 1.480 euros por un vuelo cancelado por «huelga de controladores»
caption: Panel de salidas con vuelos cancelados en el aeropuerto de Barajas.
link: https://example.es/tribunales/supremo-aerolinea-devolucion-vuelo-cancelado
author: M.ª José Carrasco
date: 2027-09-23 13:15:00
tags: Tribunales, Consumo, Transporte aéreo
options: authorspace exit=none
> El Tribunal Supremo ha condenado a la aerolínea Air Meseta, S.A. a devolver 1.480 euros a una familia de Cuenca cuyo vuelo a Tenerife fue cancelado el 14 de agosto de 2024. La compañía alegó que la cancelación se debió a una huelga de controladores aéreos franceses, pero el alto tribunal considera que no lo ha demostrado.
> La sentencia, STS 1187/2027, de 8 de septiembre, estima el recurso de casación de los pasajeros contra una resolución de la Audiencia Provincial de Madrid que había dado la razón a la aerolínea. La Sala Primera fija además doctrina: es la compañía la que debe probar, con documentos concretos, que la huelga afectó a ese vuelo.
> Según el Reglamento (CE) n.º 261/2004, las aerolíneas no tienen que pagar compensación cuando la cancelación se debe a «circunstancias extraordinarias». Una huelga de controladores puede serlo, recuerda el Supremo, pero solo si afecta efectivamente al trayecto, y no cuando la compañía se limita a invocarla de forma genérica.
> En este caso, el vuelo Madrid-Tenerife no sobrevolaba Francia. Air Meseta argumentó que el avión asignado venía de París y que su retraso provocó la cancelación en cadena. «Eso puede ser verdad, pero hay que acreditarlo. No basta un correo electrónico interno», señala la sentencia, de la que ha sido ponente el magistrado D. Ignacio Sancho.
> La familia, formada por una pareja y sus dos hijos, reclamaba 400 euros por pasajero en concepto de compensación, más 80 euros de una noche de hotel en Madrid. Su abogada, Dña. Rocío Pardo, celebra una decisión que «pone fin a una práctica muy extendida: culpar a Francia de todo».
> ¿Qué significa para otros pasajeros? Según la asociación de consumidores Facua, miles de reclamaciones similares podrían reabrirse. Los afectados disponen de cinco años para reclamar en España, un plazo más largo que en otros países de la UE. La asociación ha publicado un modelo de reclamación en facua.example/vuelos.
> La sentencia también aclara quién debe pagar las costas. Al estimar el recurso, el Supremo no impone las de casación a ninguna de las partes, pero sí condena a la aerolínea a pagar las de primera instancia, lo que en la práctica supone varios miles de euros más.
> Air Meseta, que transportó 9,3 millones de pasajeros en 2026, ha declarado que «respeta» la sentencia y que revisará sus procedimientos internos. La compañía tiene abiertos más de 2.000 procedimientos judiciales por cancelaciones y retrasos, según su último informe anual.
> El caso se remonta a hace tres años. La familia había comprado los billetes en marzo de 2024 por 620 euros y recibió la notificación de la cancelación por SMS a las 5:40 de la mañana del mismo día del vuelo, cuando ya estaban en el aeropuerto. La aerolínea les ofreció un vuelo alternativo dos días después, que rechazaron, y reembolsó solo el precio de los billetes.
> No es la primera vez que el Supremo se pronuncia sobre este reglamento. En 2023 ya declaró que una avería técnica no es una circunstancia extraordinaria, salvo que se deba a un defecto de fabricación oculto. Los abogados especializados creen que la nueva sentencia tendrá un efecto inmediato en los juzgados mercantiles, que acumulan retrasos de hasta dos años en este tipo de asuntos.
