#! Spanish round 11 plain articles: invented news, people, places and outlets.

=== es-plain-atraco-rehenes-villanueva
lang: es
outlet: La Gaceta del Segura
title: Liberados los seis rehenes del atraco a una sucursal bancaria en Villanueva del Segura tras siete horas de negociación
caption: Agentes del GEO, en la puerta de la sucursal de Banca Mediterránea en la calle Mayor.
link: https://example.es/sucesos/atraco-rehenes-villanueva-del-segura
author: Pedro J. Almagro
date: 2032-03-09 22:40:00
tags: Sucesos, Atraco, Villanueva del Segura, Guardia Civil
options: crlf bom
> Los seis rehenes retenidos durante siete horas en una sucursal de Banca Mediterránea en Villanueva del Segura han sido liberados sanos y salvos este martes por la noche. Los dos atracadores, dos hermanos de 31 y 36 años vecinos de la localidad, se han entregado a los agentes del Grupo Especial de Operaciones (GEO) a las 21.35 horas, sin oponer resistencia.
> Los hechos comenzaron poco después de las 14.30 horas, cuando los dos hombres, con el rostro cubierto y armados con una escopeta de caza y un cuchillo, entraron en la oficina de la calle Mayor, núm. 14, minutos antes del cierre. Un vecino que pasaba por la acera dio la voz de alarma al ver cómo bajaban la persiana metálica desde dentro.
> «Pensé que era una broma, que estaban cerrando pronto. Luego vi la escopeta a través del cristal», relató a este periódico el testigo, Sr. Ginés Marín, jubilado de 74 años. En pocos minutos, la Policía Local y la Guardia Civil acordonaron la calle y desalojaron los comercios y las viviendas colindantes, unas 120 personas en total.
> —¿Qué querían? —preguntó una vecina a los agentes del cordón.
> —Dinero, señora. Como todos —le respondió uno de ellos.
> Según fuentes de la investigación, los atracadores exigieron 250.000 euros y un vehículo para huir. Un negociador de la Guardia Civil mantuvo contacto telefónico con ellos durante toda la tarde. A las 17.10 horas dejaron salir a una clienta embarazada, y a las 19.45 a un hombre de 81 años que había sufrido un mareo.
> La delegada del Gobierno, Dña. Rosario Peñalver, ha destacado la «extraordinaria profesionalidad» de los agentes: «No se ha efectuado ni un solo disparo y todos los rehenes están bien. Es el mejor final posible.» Los detenidos pasarán mañana a disposición del Juzgado de Instrucción núm. 2 de Cieza-Alta, que ha asumido la causa.
> Los vecinos, que aplaudieron a los agentes cuando salieron los rehenes, no salían de su asombro. Los dos hermanos regentaban un taller de motos en el pueblo, cerrado desde hace un año por deudas. «Eran buena gente, jugaban al fútbol con mi hijo… No entiendo nada», lamentaba el propietario del bar de enfrente.
> Banca Mediterránea ha ofrecido apoyo psicológico a sus cuatro empleados y mantendrá cerrada la oficina hasta el lunes. Los clientes pueden dirigirse a la sucursal de la avda. de la Constitución o utilizar la app BancaMed Móvil.

=== es-plain-ajedrez-uxia-barreiro
lang: es
outlet: Deportes del Noroeste
title: Uxía Barreiro, campeona de Europa de ajedrez con 15 años: «Todavía no me lo creo»
caption: Uxía Barreiro, durante la última ronda del Campeonato de Europa femenino en Vilaboa de Mar.
link: https://example.es/deportes/ajedrez-uxia-barreiro-campeona-europa
author:
date: 2033-05-02 19:05:00
tags: Ajedrez, Uxía Barreiro, Galicia
options: nocaptionline
> La gallega Uxía Barreiro se ha proclamado este domingo campeona de Europa absoluta femenina de ajedrez, con solo 15 años, en el torneo disputado en Vilaboa de Mar (Pontevedra). Es la jugadora más joven de la historia en conseguir el título y la primera española desde hace más de tres décadas.
> Barreiro, que partía como 23.ª del ranking inicial, sumó 8,5 puntos de 11 posibles, medio punto más que la ucraniana Olena Savchuk-Moroz y la georgiana Nino Kavtaradze-Beridze. En la última ronda le bastaba con unas tablas, pero se impuso con piezas negras a la francesa Camille Delorme-Vasseur en 41 jugadas.
> «Todavía no me lo creo. Cuando mi rival ha abandonado he mirado a mi entrenador y me he puesto a llorar», contaba la jugadora a este diario, con la medalla colgada al cuello. «Después de la derrota de la quinta ronda pensé que ya no tenía nada que hacer... y fíjate.»
> 1.e4 c5, la Defensa Siciliana, ha sido su arma durante todo el torneo. «Es una apertura que me permite jugar a ganar con negras», explica su entrenador, el gran maestro (GM) Iago Fandiño. En la partida decisiva, la jugada 24...Cxe5 sorprendió a su rival, que se hundió en apuros de tiempo.
> Con este título, Barreiro obtiene automáticamente el título de gran maestra femenina (WGM) y su Elo superará los 2.450 puntos en la próxima lista de la FIDE, publicada el 1 de junio. Además, se clasifica para el Torneo de Candidatas, que se disputará en 2034.
> Estudiante de 4.º de ESO en el instituto Armando Cotarelo de Vilaboa, Uxía aprendió a jugar a los cinco años con su abuelo, Manuel, en el bar que la familia regenta en el puerto. Entrena unas cuatro horas diarias, la mayor parte en línea, en plataformas como ChessArena, y compagina el ajedrez con los estudios gracias a un acuerdo con su centro.
> La Federación Española de Ajedrez ha anunciado un homenaje a la campeona el próximo 15 de mayo en Madrid. Su club, el Xadrez Vilaboa, ha colgado una pancarta en el balcón del local: «Uxía, campioa!». El alcalde ya ha anunciado que le dedicará una calle.
