#! Spanish round 9 plain articles: invented news, people, places and outlets.

=== es-plain-obituario-paco-de-lebrija
lang: es
outlet: Cuadernos del Sur
title: Muere Francisco Marín «Paco de Lebrija», el guitarrista que llevó la bulería a los teatros de medio mundo
caption: Paco de Lebrija, durante un concierto en el Teatro Lope de Vega en 2012.
link: https://example.es/cultura/muere-paco-de-lebrija
author: Inmaculada Barrera
date: 2032-01-19 13:30:00
tags: Flamenco, Obituario, Guitarra, Cultura
options: crlf
> El guitarrista Francisco Marín Cortés, conocido artísticamente como Paco de Lebrija, ha fallecido este lunes en su casa de Utrera a los 84 años, según ha informado su familia. La capilla ardiente se instalará el martes, de 10.00 a 20.00 horas, en el Teatro Municipal Enrique de la Cuadra, y el sepelio tendrá lugar el miércoles en el cementerio de su localidad natal.
> Nacido en Lebrija en 1947 en una familia de jornaleros, Marín aprendió a tocar de oído con la guitarra de un tío suyo, que trabajaba en las gañanías de las marismas. A los 14 años ya acompañaba a los cantaores en las ventas de la carretera de Jerez. «Yo no estudié música. La música me estudió a mí», solía repetir con humor en las entrevistas.
> Su carrera dio un giro en 1971, cuando el productor estadounidense Harold DeLuca lo escuchó en un tablao de Madrid y lo invitó a una gira por EE.UU. Aquella gira, de 38 conciertos, fue la primera de muchas: a lo largo de cinco décadas actuó en más de 40 países, del Carnegie Hall de Nueva York al Teatro Colón de Buenos Aires, y grabó 22 discos.
> «Paco tenía un compás que no se puede enseñar. Tocaba la bulería como quien respira», recuerda el cantaor Antonio Fajardo, que compartió escenario con él durante más de veinte años. Para la crítica, su disco Marismas (1984) es una de las grandes obras de la guitarra flamenca del siglo XX.
> Recibió, entre otros reconocimientos, la Medalla de Oro al Mérito en las Bellas Artes (2009) y el Premio Nacional de Músicas Actuales (2015). Fue nombrado hijo predilecto de Lebrija e hijo adoptivo de Utrera, donde vivía desde 1990 con su esposa, Dña. Carmen Jiménez, fallecida en 2026.
> La alcaldesa de Lebrija, la Sra. Ana Belén Romero, ha decretado tres días de luto oficial. «Se nos va el lebrijano más universal. Su guitarra seguirá sonando en cada rincón de este pueblo...», ha escrito en un comunicado.
> Deja tres hijos y siete nietos, dos de ellos, Curro y Manuel, guitarristas profesionales. La familia ha pedido que, en lugar de flores, se hagan donaciones a la escuela de guitarra que el maestro fundó en Lebrija en 1998 (info@escuelapacodelebrija.example.es).

=== es-plain-balonmano-ribera
lang: es
outlet: Mundo Balonmano
title: El BM Ribera Navarra gana su primera Copa del Rey de balonmano tras tumbar al Cangas del Morrazo (31-29)
caption: La plantilla del BM Ribera Navarra levanta la Copa del Rey en el pabellón Quiles.
link: https://example.es/balonmano/copa-del-rey-ribera-navarra-campeon
author: Aitor Zubeldia
date: 2032-05-04 21:10:00
tags: Balonmano, Copa del Rey, BM Ribera Navarra
options: bom nocaptionline
> 31-29. El marcador del pabellón Quiles de Tudela ya es historia del balonmano navarro. El BM Ribera Navarra ha conquistado este domingo la primera Copa del Rey de su historia tras imponerse en una final vibrante al Cangas del Morrazo, que llegaba como favorito tras eliminar al campeón de la Liga Asobal en semifinales.
> El partido se decidió en los últimos cinco minutos. Con empate a 27, el portero ribero, el serbio Nikola Dimitrijević, detuvo dos lanzamientos consecutivos, incluido un siete metros a falta de 2:14, y el extremo Iker Sesma firmó un contraataque que puso a su equipo dos goles por delante. Cangas ya no pudo reaccionar.
> «No sé ni qué decir. Hace seis años estábamos en Primera Nacional...», acertó a decir el capitán, Javier Lacarra, con la voz rota. El club, fundado en 1985, ascendió a la máxima categoría en 2029 y nunca había pasado de los cuartos de final del torneo.
> Dimitrijević, con 17 paradas y un 37% de efectividad, fue elegido mejor jugador de la final. Por parte gallega, el lateral Brais Otero fue el máximo goleador del encuentro con 9 tantos.
> El entrenador del Ribera, Sr. Koldo Arregui, dedicó el título a la afición, que llenó las 3.200 localidades del pabellón. «Ellos nos han llevado en volandas. Sin esta gente, hoy no estaríamos aquí.» Su homólogo en Cangas, Xosé Manuel Pazos, reconoció la superioridad rival en el tramo final: «Hemos cometido errores que en una final se pagan.»
> La Federación Española de Balonmano (RFEBM) ha confirmado que el campeón obtiene plaza en la próxima edición de la EHF European League. Los navarros celebrarán el título el lunes a las 19.00 horas con un recibimiento en la plaza de los Fueros.

=== es-plain-retirada-cargadores
lang: es
outlet: Consumidor Hoy
title: Consumo ordena retirar 48.000 cargadores rápidos vendidos en internet por riesgo de incendio
caption: Uno de los cargadores afectados, de la marca PowerNube, tras sobrecalentarse durante una prueba de laboratorio.
link: https://example.es/consumo/retirada-cargadores-powernube
author: Daniel Quintana
date: 2032-06-08 10:15:00
tags: Consumo, Retirada de productos, Seguridad, Electrónica
options: authorspace exit=none
> El Ministerio de Consumo ha ordenado la retirada inmediata del mercado de unos 48.000 cargadores rápidos de la marca PowerNube, vendidos principalmente a través de plataformas de comercio electrónico, tras detectar que pueden sobrecalentarse y provocar incendios. La alerta se ha comunicado a la red europea Safety Gate.
> Los dispositivos afectados son los modelos PN-65W y PN-100W, de color blanco y negro, con los números de lote comprendidos entre el 2209 y el 2214. Se vendieron entre octubre de 2031 y abril de 2032 a un precio de entre 19,90 y 34,90 euros. Según Consumo, al menos 14 usuarios han notificado incidentes, tres de ellos con pequeños incendios domésticos, sin heridos.
> eBay y otras dos plataformas ya han retirado los anuncios de los cargadores. Un portavoz de la compañía ha explicado que los compradores recibirán una notificación por correo electrónico con las instrucciones para solicitar el reembolso.
> Los análisis del laboratorio del Instituto Nacional de Consumo revelan que el circuito de protección térmica no funciona correctamente cuando se cargan dispositivos de alta potencia, p. ej. ordenadores portátiles o tabletas. «La temperatura de la carcasa llegó a superar los 120 grados en menos de 40 minutos», detalla el informe técnico.
> iPhone, smartphones Android o auriculares: el riesgo es menor con dispositivos de baja potencia, pero Consumo recomienda dejar de usar los cargadores «en cualquier caso» y desenchufarlos de la corriente. El importador, la sociedad Nube Electronic Trading S.L., con sede en Valencia, tiene habilitado un formulario en www.powernube.example.es/retirada y el correo retirada@powernube.example.es.
> La Organización de Consumidores de la Comunidad Valenciana (OCCV) ha pedido «más control» sobre los productos que se venden en línea desde fuera de la UE. «Muchos de estos aparatos llegan sin ningún tipo de certificación, con marcados CE falsos, etc. El consumidor no tiene forma de saberlo», lamenta su presidenta, Sra. Teresa Aguiló.
