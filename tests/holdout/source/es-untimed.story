#! Spanish held-out articles, untimed live blogs: invented news and people; real parties and institutions only as context.

=== es-live-mocion-censura
lang: es
outlet: Diario del Congreso
title: Moción de censura, en directo: el PP no suma los apoyos y Arrieta sale reforzado tras el debate
caption: Marta Gallardo, durante su intervención en la tribuna del Congreso.
link: https://example.es/politica/mocion-censura-directo-gallardo-arrieta
author: Redacción Política
date: 2028-03-22 20:41:00
tags: Política, Congreso, Moción de censura
options: bullet=⇒
> El Congreso de los Diputados debate este miércoles la moción de censura presentada por el Partido Popular contra el presidente del Gobierno, Julián Arrieta, con la líder de la oposición, Marta Gallardo, como candidata alternativa. Es la sexta moción de censura de la democracia y la primera que el PP registra desde 2018.
> Los populares necesitan 176 votos para que prospere, pero solo tienen garantizados los 137 de su grupo, los 33 de Vox y el de UPN. Junts y el PNV han anunciado que votarán en contra, por lo que la iniciativa está abocada al fracaso.
kp: Lo más destacado
* Gallardo: «España necesita un Gobierno que gobierne, no que resista»
* Arrieta acusa al PP de «usar la moción como un plató de campaña»
* La votación será a las 19:30 y necesita 176 síes
* Junts y PNV votarán en contra: la moción no prosperará
## Gallardo: «España necesita un Gobierno que gobierne, no que resista»
> La candidata del PP ha abierto el debate con un discurso de 87 minutos en el que ha enumerado lo que considera los fracasos del Ejecutivo: la vivienda, la inmigración irregular y la «parálisis legislativa». «España necesita un Gobierno que gobierne, no que resista. Ustedes llevan dos años sin aprobar unos Presupuestos», ha espetado mirando a la bancada socialista.
> Gallardo ha prometido, si llegara a ser investida, convocar elecciones generales «en un plazo máximo de seis meses» y aprobar antes un decreto de rebaja del IRPF para las rentas inferiores a 40.000 euros.
## Arrieta acusa al PP de «usar la moción como un plató de campaña»
> El presidente del Gobierno ha replicado desde el escaño durante 52 minutos. «Señora Gallardo, usted no ha venido a presentar un programa de gobierno, ha venido a grabar un vídeo de campaña. Esta moción no es una alternativa, es un plató», ha dicho Arrieta, que ha recordado que el PP «votó en contra de la subida del salario mínimo, de la reforma de las pensiones y de la ley de vivienda».
> ¿Y los Presupuestos? Arrieta ha asegurado que el Consejo de Ministros aprobará el proyecto de Presupuestos Generales del Estado para 2029 «antes del verano».
## Vox apoyará la moción «con la nariz tapada»
> El líder de Vox, Ignacio Barrenechea, ha confirmado que sus 33 diputados votarán a favor de la moción, aunque ha criticado que Gallardo no haya querido negociar con su partido. «Votaremos sí con la nariz tapada, porque cualquier cosa es mejor que este Gobierno», ha dicho. El PP ha rechazado cualquier acuerdo programático con Vox.
## Junts y PNV votarán en contra: la moción no prosperará
> La portavoz de Junts, Núria Puigvert, ha anunciado el voto en contra de sus siete diputados: «No vamos a cambiar un Gobierno que no nos gusta por otro que nos gusta todavía menos». Poco después, el portavoz del PNV, Aitor Uribarri, ha hecho lo propio, lo que deja a la moción al menos 30 votos por debajo de la mayoría absoluta.
> Con estos anuncios, el resultado ya no ofrece dudas. La única incógnita es si Coalición Canaria, con un escaño, optará por la abstención o por el no.
## ¿Cuántas mociones de censura ha habido en España?
> Desde 1980 se han debatido seis mociones de censura en el Congreso, contando la de hoy. Solo una ha prosperado: la que llevó a Pedro Sánchez a la Moncloa en junio de 2018, con 180 votos a favor. Las de 1980 (Felipe González contra Adolfo Suárez), 1987, 2017, 2020 y 2023 fracasaron.
## Sumar: «La derecha no tiene proyecto, solo prisa»
> La portavoz de Sumar, Elena Cortázar, ha defendido la continuidad de la coalición, aunque ha reclamado al PSOE «menos cálculos y más políticas de vivienda». «La derecha no tiene proyecto, solo prisa por llegar», ha dicho la diputada, que ha pedido a Arrieta una ley para limitar los pisos turísticos «antes de que acabe el año».
## La votación será a las 19:30 y necesita 176 síes
> La presidenta del Congreso, Sra. Carmen Villalobos, ha anunciado que la votación se celebrará por llamamiento a las 19:30, una vez concluidas las intervenciones de todos los grupos. Cada diputado, llamado por su nombre, responde «sí», «no» o «abstención» desde su escaño, en un orden que comienza por un apellido sorteado.
> Los miembros del Gobierno que son diputados votan al final, y la presidenta del Congreso, en último lugar.
## Última hora: la moción, rechazada con 171 votos a favor y 178 en contra
> El Congreso ha rechazado la moción de censura con 171 votos a favor (PP, Vox, UPN), 178 en contra (PSOE, Sumar, Junts, PNV, ERC, EH Bildu, BNG y CC) y ninguna abstención. Julián Arrieta sigue siendo presidente del Gobierno y el PP no podrá presentar otra moción de censura en lo que queda de periodo de sesiones, según el art. 113.4 de la Constitución.
> Gallardo ha comparecido en la sala de prensa del Congreso y ha asegurado que «hoy empieza la cuenta atrás de este Gobierno».
## Gallardo, la primera mujer candidata en una moción de censura
> Marta Gallardo se ha convertido en la primera mujer en defender una moción de censura como candidata a la Presidencia del Gobierno. En 2017, Irene Montero intervino en la moción de Unidas Podemos contra Mariano Rajoy, pero el candidato era Pablo Iglesias.
## El PNV explica su voto: «No sostendremos a un Gobierno que nos ignora, ni abriremos la puerta a quien quiere recentralizar», dice Uribarri
> El portavoz del PNV ha dedicado buena parte de su intervención a reprochar al Gobierno el retraso en el traspaso de competencias pendientes a Euskadi, en particular la gestión del régimen económico de la Seguridad Social, comprometido hace más de dos años. «No vamos a sostener a un Gobierno que nos ignora, pero tampoco a abrir la puerta a quien quiere recentralizar el Estado», ha resumido Uribarri, que ha recordado a Gallardo que su partido propuso en 2027 suprimir el concierto económico «por injusto». El diputado jeltzale ha advertido a Arrieta de que el apoyo de su grupo a los Presupuestos de 2029 «no está garantizado» y dependerá del calendario de transferencias que el Gobierno presente antes del 30 de abril.

=== es-live-loteria-navidad
lang: es
outlet: La Voz de Logroño
title: Lotería de Navidad 2028, en directo: el Gordo, el 72.413, cae en Logroño, Vigo y Cáceres
caption: Los niños de San Ildefonso cantan el Gordo en el Teatro Real.
link: https://example.es/sociedad/loteria-navidad-2028-directo-premios
author: Lucía Sáenz
date: 2028-12-22 13:58:00
tags: Lotería de Navidad, Sorteo Extraordinario, Sociedad
options: time=prefix bullet=•
> El Teatro Real de Madrid acoge desde las 9:00 el Sorteo Extraordinario de Navidad, que este año reparte 2.702 millones de euros en premios, 70 millones más que en 2027. Los niños del Colegio de San Ildefonso cantan las bolas de los 100.000 números en juego, con un premio principal de 4 millones de euros a la serie, 400.000 euros al décimo.
> Sigue con nosotros el sorteo en directo, los números premiados y las celebraciones en las administraciones afortunadas.
kp: Los premios principales
* El Gordo: 72.413 (400.000 euros al décimo)
* Segundo premio: 18.095 (125.000 euros al décimo)
* Tercer premio: 50.761 (50.000 euros al décimo)
## 13:52 | Fin del sorteo: 2.702 millones repartidos
> Con la última bola, cantada por Daniela y Rubén a las 13:49, termina el Sorteo Extraordinario de Navidad de 2028. En total, se han repartido 2.702 millones de euros en 1.794 premios a la serie, además de las aproximaciones, centenas, terminaciones y reintegros.
> La Lotería del Niño, que se celebra el 6 de enero, repartirá 770 millones de euros. Los décimos ya están a la venta en las administraciones y en la web oficial, www.loteriasyapuestas.example.es.
## 12:40 | Tercer premio: el 50.761, muy repartido en Andalucía
> El tercer premio, dotado con 50.000 euros al décimo, ha correspondido al 50.761. Se ha vendido en Sevilla, Málaga, Jaén, Almería y Huelva, además de en una administración de Ceuta. Cada serie de este número cobra 500.000 euros.
## 11:27 | ¡Qué alegría en la calle Portales! El Gordo se celebra con cava en Logroño
> La administración n.º 7 de Logroño, en la calle Portales, ha vendido 60 series del 72.413, es decir, 24 millones de euros. Su dueña, la Sra. Pilar Ochoa, ha salido a la puerta con una botella de cava en la mano: «¡No me lo creo! Llevamos 41 años aquí y nunca habíamos dado el Gordo».
> ¿Quiénes son los afortunados? Según Ochoa, la mayoría de los décimos se vendieron en ventanilla a clientes habituales del barrio y a una peña de la Unión Deportiva Logroñés.
## 10:58 | Segundo premio: el 18.095, vendido en Madrid y Zaragoza
> Sale el segundo premio, 125.000 euros al décimo, para el 18.095. Ha sido vendido íntegramente en la capital y en Zaragoza. Lo han cantado Marta y Abdel, de 11 y 12 años, que ya cantaron una pedrea en 2027.
## 10:14 | ¡El Gordo! El 72.413, primer premio de la Lotería de Navidad
> A las 10:12, los niños de San Ildefonso Hugo Martín y Alba Rodríguez han cantado el número 72.413, agraciado con el primer premio de 4 millones de euros a la serie. Es la primera vez en la historia del sorteo que el Gordo termina en 13, una terminación que muchos compradores rechazan por superstición.
> Se ha vendido en Logroño, Vigo (Pontevedra) y Cáceres, además de a través de la web oficial.
## 09:41 | Primer quinto premio de la mañana: el 33.620
> Los niños cantan el primer quinto premio, 6.000 euros al décimo, para el 33.620, vendido en Barcelona, Granada y Bilbao. Aún quedan siete quintos por salir.
## 09:02 | Arranca el sorteo en el Teatro Real
> Con puntualidad, los bombos han empezado a girar a las 9:00. Este año hay 100.000 números en el bombo grande y 1.807 premios en el pequeño.
## 08:30 | ¿Cuánto se lleva Hacienda del premio?
> Los premios de más de 40.000 euros tributan al 20% por la parte que supera esa cantidad. Así, un décimo del Gordo, de 400.000 euros, se queda en 328.000 euros netos tras la retención de 72.000 euros. El segundo premio, de 125.000 euros al décimo, deja 108.000 euros limpios.
> Los premios de 40.000 euros o menos, como las pedreas de 100 euros o los reintegros, están exentos de tributar.
## 08:05 | Colas desde la madrugada en Doña Manolita
> Como cada año, decenas de personas hacen cola desde la madrugada frente a la administración Doña Manolita, en la calle del Carmen de Madrid, para comprar los últimos décimos. «Llevo aquí desde las 4:30, es tradición familiar», cuenta Antonio, jubilado de 72 años, que viaja cada diciembre desde Talavera de la Reina. La administración ha vendido este año más de 3,1 millones de décimos.
> En el resto de España, según Loterías y Apuestas del Estado, las ventas han crecido un 2,4%, con Madrid, Andalucía y Cataluña a la cabeza. Cada español ha gastado de media 71,20 euros en el sorteo, 1,80 euros más que el año pasado.
## 07:45 | Así funciona el sorteo: dos bombos y 100.000 bolas
> El sorteo utiliza dos bombos: el grande, con 100.000 bolas numeradas del 00000 al 99999, y el pequeño, con las 1.807 bolas de los premios. Los niños extraen a la vez una bola de cada bombo y cantan el número y el premio correspondiente. Las bolas, de madera de boj, pesan tres gramos cada una y se fabrican con láser para que sean idénticas.
> La mayoría de los premios son pedreas de 1.000 euros a la serie, es decir, 100 euros al décimo. El sorteo dura unas cuatro horas.

=== es-live-sequia-cataluna
lang: es
outlet: El Periódico del Vallès
title: Sequía en Cataluña, en directo: el Govern declara la emergencia en 202 municipios y limita el consumo a 200 litros por persona
caption: El embalse de Sau, al 9% de su capacidad, este martes.
link: https://example.es/catalunya/sequia-emergencia-202-municipios-directo
author:
date: 2028-02-06 18:12:00
tags: Sequía, Cataluña, Medio ambiente
options: bullet=⇒
> El Govern ha declarado este martes el estado de emergencia por sequía en 202 municipios de Cataluña, entre ellos Barcelona y su área metropolitana, donde viven casi seis millones de personas. Los embalses de las cuencas internas se encuentran al 15,8% de su capacidad, el nivel más bajo desde que hay registros.
> Las nuevas restricciones, que entran en vigor el viernes, limitan el consumo a 200 litros por habitante y día, prohíben el riego de jardines y el llenado de piscinas, y reducen un 80% el agua para uso agrícola.
kp: Claves del día
* Emergencia por sequía en 202 municipios, incluida Barcelona
* Límite de 200 litros por persona y día
* Último parte de la ACA: los embalses, al 15,8%
* Un barco con agua desalada llegará al puerto en marzo
## Emergencia por sequía en 202 municipios, incluida Barcelona
> La consellera de Acción Climática, Sra. Laia Ferrer, ha anunciado la medida en rueda de prensa tras la reunión del Consell Executiu. «No es una decisión que tomemos a la ligera. Es la peor sequía del último siglo y necesitamos la complicidad de todos», ha dicho Ferrer, que ha insistido en que «no habrá cortes de agua en los hogares si todos cumplimos».
> La emergencia afecta a 202 municipios de las provincias de Barcelona y Girona abastecidos por el sistema Ter-Llobregat.
## 200 litros por persona: ¿qué se puede hacer y qué no?
> El límite de 200 litros incluye el consumo doméstico y el de comercios, oficinas y servicios municipales, por lo que, en la práctica, cada hogar dispondrá de unos 100 litros por persona. Queda prohibido regar jardines, lavar coches fuera de túneles de lavado con reciclaje, llenar piscinas, limpiar calles con agua potable y abrir fuentes ornamentales.
> Las duchas de playas y gimnasios se cerrarán. Las multas por incumplimiento podrán alcanzar los 3.000 euros para particulares y 150.000 euros para empresas.
## Último parte de la ACA: los embalses, al 15,8%
> Según el último parte de la Agència Catalana de l’Aigua (ACA), los embalses de las cuencas internas almacenan 109,3 hm³, el 15,8% de su capacidad. El de Sau está al 9% y el de Susqueda, al 14%. Hace un año, las reservas estaban al 27,4%.
> «Si no llueve de forma significativa en las próximas semanas, en verano podríamos estar por debajo del 10%», advierte el director de la ACA, Dr. Jordi Puig i Casals.
## Únicamente el 3% de las lluvias previstas: el pronóstico de la AEMET
> La Agencia Estatal de Meteorología (AEMET) no prevé precipitaciones significativas hasta finales de febrero. En enero cayó solo el 3% de la lluvia habitual en el litoral barcelonés, según el portavoz de la agencia en Cataluña, Rubén Llorente. «El anticiclón está muy asentado y no vemos cambios en las próximas dos semanas», ha explicado.
## Los agricultores, en pie de guerra
> Las organizaciones agrarias Unió de Pagesos y JARC han anunciado movilizaciones para la próxima semana. El recorte del 80% del agua de riego «condena a la ruina a miles de explotaciones», denuncian. Reclaman ayudas directas de al menos 300 millones de euros y la suspensión de las cuotas de la Seguridad Social para los afectados.
> El conseller de Agricultura ha avanzado que el Govern aprobará un paquete de 120 millones de euros «la semana que viene», insuficiente según los sindicatos.
## Un barco con agua desalada llegará al puerto en marzo
> El Govern ha contratado un buque cisterna que trasladará agua desalada desde la planta de Sagunto (Valencia) al puerto de Barcelona a partir de marzo. Cada viaje transportará unos 40.000 m³, el consumo de unas 200.000 personas durante un día. El coste, de 22 millones de euros para seis meses, lo asumirá la Generalitat.
> ¿Servirá de algo? Los expertos lo consideran un parche: «Es una medida simbólica, que cubre menos del 1% de la demanda del área metropolitana», señala la hidróloga Marta Garrido, de la UPC.
## Barcelona cierra las fuentes ornamentales y las duchas de las playas
> El Ayuntamiento de Barcelona ha anunciado que cerrará desde el viernes las 63 fuentes ornamentales de la ciudad, incluida la Font Màgica de Montjuïc, y las duchas de las playas. Los parques y jardines municipales se regarán únicamente con agua freática. El consistorio calcula un ahorro de 1,2 hm³ al año.
## El Gobierno central ofrece «toda la ayuda necesaria»
> La ministra para la Transición Ecológica ha ofrecido a la Generalitat «toda la ayuda necesaria», incluida la financiación de nuevas desaladoras a través de los fondos europeos. El Ministerio estudia ampliar la interconexión con el Ebro, una opción que rechazan frontalmente las comunidades ribereñas, en particular Aragón.
## ¿Cuándo volverá a llover?
> Los modelos a medio plazo apuntan a una posible entrada de aire atlántico a partir de la primera semana de marzo, pero con mucha incertidumbre. En Cataluña, la primavera suele ser la estación más lluviosa junto con el otoño, por lo que los meteorólogos no descartan una mejora a partir de abril.

=== es-live-cumbre-otan
lang: es
outlet: Crónica Global Madrid
title: Cumbre de la OTAN en Madrid, en directo: los aliados acuerdan elevar el gasto en defensa al 3% del PIB en 2032
caption: Los jefes de Estado y de Gobierno posan para la foto de familia en IFEMA.
link: https://example.es/internacional/cumbre-otan-madrid-directo-gasto-defensa
author: Javier Montalbán
date: 2028-07-09 19:20:00
tags: OTAN, Internacional, Defensa
options: bullet=⇒
> Los 33 jefes de Estado y de Gobierno de la Alianza Atlántica se reúnen este miércoles y jueves en el recinto ferial IFEMA de Madrid, en la primera cumbre de la OTAN que acoge España desde 2022. El encuentro está marcado por la presión de EE.UU. para que los aliados europeos aumenten su gasto militar y por la ampliación de la presencia aliada en el flanco sur.
> Más de 6.000 agentes de la Policía Nacional y de la Guardia Civil participan en el dispositivo de seguridad, que obliga a cortar varias vías de acceso al este de la capital.
kp: Lo último
* OTAN: acuerdo para elevar el gasto en defensa al 3% del PIB en 2032
* «Europa debe asumir su parte», dice Holmgren
* España, el aliado que menos gasta, pide «flexibilidad»
* Nuevo mando aliado para el flanco sur en Rota
## OTAN: acuerdo para elevar el gasto en defensa al 3% del PIB en 2032
> Los aliados han acordado por unanimidad un nuevo objetivo de gasto en defensa del 3% del PIB, que deberá alcanzarse «a más tardar en 2032». El compromiso sustituye al del 2% fijado en la cumbre de Gales de 2014 e incluye un subobjetivo: al menos el 20% de ese gasto deberá destinarse a la adquisición de equipos y a la investigación.
> El texto de la declaración final prevé una revisión anual de los avances de cada aliado, que se presentará en la reunión de ministros de Defensa de cada mes de junio.
## «Europa debe asumir su parte», dice Holmgren
> «Durante décadas, Europa ha confiado en que otros pagaran la factura de su seguridad. Esos tiempos se han acabado. Europa debe asumir su parte», ha afirmado el secretario general de la OTAN, el sueco Lars Holmgren, en la rueda de prensa posterior a la primera sesión de trabajo. Holmgren ha celebrado un acuerdo «histórico, que habría parecido imposible hace cinco años».
## EE.UU. amenaza con «revisar» su presencia en Europa si no hay avances
> El secretario de Estado norteamericano ha advertido de que Washington «revisará» el despliegue de sus tropas en Europa si los aliados no cumplen el nuevo objetivo. EE.UU. mantiene unos 90.000 militares en el continente, de ellos unos 3.000 en las bases españolas de Rota (Cádiz) y Morón (Sevilla).
## España, el aliado que menos gasta, pide «flexibilidad»
> Con un gasto en defensa del 1,4% del PIB en 2027, según los datos de la propia Alianza, España es el aliado que menos invierte en términos relativos. El presidente del Gobierno, Julián Arrieta, ha defendido que el país «cumple de sobra con sus compromisos en capacidades y en misiones» y ha pedido que se tenga en cuenta «la contribución real» de cada socio.
> ¿Y Sumar? El socio minoritario de la coalición ha expresado su rechazo al nuevo objetivo: «No vamos a apoyar ni un euro más en tanques mientras falte dinero para vivienda», ha dicho su portavoz en el Congreso.
## Nuevo mando aliado para el flanco sur en Rota
> La cumbre ha aprobado la creación de un mando conjunto para el flanco sur, con sede en la base naval de Rota, que coordinará las operaciones aliadas en el Mediterráneo, el Sahel y el Atlántico. Es una reivindicación histórica de España, Italia y Portugal. El mando estará operativo en 2030 y contará con unos 600 militares de 15 países.
## Las calles de Madrid, blindadas
> El dispositivo de seguridad, el mayor desde la cumbre de 2022, obliga a cortar la M-11 y varios accesos a la A-2 entre las 7:00 y las 23:00 del miércoles y el jueves. El Ayuntamiento recomienda el uso del transporte público: las líneas 8 del metro y C-1 de Cercanías refuerzan sus frecuencias. La estación de Feria de Madrid permanecerá cerrada.
> Unas 3.000 personas, según la Delegación del Gobierno, 12.000 según los organizadores, se han manifestado contra la OTAN entre Atocha y la plaza de España.
## Úrsula Lindqvist, primera mujer al frente del Comité Militar
> La general finlandesa Úrsula Lindqvist ha sido elegida presidenta del Comité Militar de la OTAN, la máxima autoridad militar de la Alianza, a partir de enero de 2029. Será la primera mujer en ocupar el cargo. Lindqvist, de 58 años, fue jefa del Estado Mayor de la Defensa de Finlandia entre 2024 y 2027.
## Cena de gala en el Palacio Real
> Los líderes aliados y sus parejas asisten esta noche a una cena de gala en el Palacio Real ofrecida por los Reyes. El menú, diseñado por el chef Martín Olaizola, incluye gazpacho de cereza, merluza de pincho con pil-pil y una tarta de queso «en homenaje a los 33 aliados». Los vinos proceden de bodegas de Rioja, Ribera del Duero y Jerez.
## 3% del PIB: ¿cuánto supondría para España?
> Alcanzar el 3% del PIB en 2032 supondría para España elevar su gasto en defensa desde los 21.000 millones de euros actuales hasta unos 48.000 millones, según los cálculos de este diario. Es decir, más del doble en apenas cuatro años, una cifra equivalente a todo el presupuesto anual del Ministerio de Educación y Formación Profesional multiplicado por diez.

=== es-live-juicio-aljibe
lang: es
outlet: Heraldo del Turia
title: Juicio del caso Aljibe, en directo: el exconseller Enric Blasco niega haber cobrado comisiones por las obras de las depuradoras
caption: El exconseller Enric Blasco, a su llegada a la Audiencia Provincial de Valencia.
link: https://example.es/tribunales/juicio-caso-aljibe-declaracion-blasco-directo
author: Amparo Llopis
date: 2028-10-04 17:45:00
tags: Tribunales, Caso Aljibe, Corrupción
options: bullet=⇒ crlf
> La Audiencia Provincial de Valencia celebra este martes la sexta sesión del juicio del caso Aljibe, la presunta trama de adjudicaciones amañadas en la construcción de depuradoras entre 2014 y 2019. Hoy declara el principal acusado, el exconseller de Infraestructuras Enric Blasco, para quien la Fiscalía Anticorrupción pide 11 años de prisión por cohecho, prevaricación y blanqueo de capitales.
> Según el escrito de acusación, la trama habría cobrado comisiones de entre el 3% y el 5% del importe de 14 contratos por valor de 212,6 millones de euros.
kp: Las claves de la sesión
* Blasco: «Jamás he recibido un euro de ninguna empresa»
* El exconseller atribuye las adjudicaciones a los técnicos de la consellería
* La Fiscalía le confronta con los mensajes de su exjefe de gabinete
* El juicio continúa el jueves con la declaración de los empresarios
## Blasco: «Jamás he recibido un euro de ninguna empresa»
> «Jamás he recibido un euro de ninguna empresa, ni en efectivo, ni en especie, ni a través de terceros», ha afirmado con voz firme el exconseller al inicio de su declaración, que se ha prolongado durante más de cuatro horas. Blasco, de 61 años, solo ha aceptado responder a las preguntas de su abogado y de la Fiscalía, no a las de las acusaciones populares.
## «Yo no firmaba los pliegos»: Blasco señala a los técnicos
> El exconseller ha defendido que las adjudicaciones se decidían «en las mesas de contratación, por criterios técnicos», y que él se limitaba a firmar las resoluciones finales. «Yo no firmaba los pliegos ni puntuaba las ofertas. Para eso están los funcionarios, que son excelentes profesionales», ha dicho, en alusión a los tres técnicos también acusados.
> A preguntas del fiscal, ha reconocido que se reunió «en varias ocasiones» con directivos de Hidrotec S.A., la empresa que obtuvo seis de los 14 contratos investigados, pero ha asegurado que eran «reuniones institucionales, como con cualquier otra empresa del sector».
## La Fiscalía le confronta con los mensajes de su exjefe de gabinete
> El fiscal anticorrupción, Sr. Alfonso Rivas, ha leído varios mensajes de WhatsApp intercambiados en 2016 entre el exjefe de gabinete de Blasco, Vicent Soler, y un directivo de Hidrotec, intervenidos por la UCO. En uno de ellos, Soler escribe: «El jefe dice que lo de Sagunto está hecho, que preparéis lo de siempre». Blasco ha respondido que «no sabía nada» y que Soler «hablaba por su cuenta».
> ¿Qué significa «lo de siempre»? «Pregúnteselo a él», ha replicado el exconseller, provocando murmullos en la sala.
## 212,6 millones en 14 contratos: así funcionaba la trama, según la acusación
> Según el escrito de la Fiscalía, las empresas de la trama conocían de antemano los criterios de puntuación y presentaban ofertas ajustadas a ellos. A cambio, abonaban comisiones a través de contratos de consultoría ficticios con dos sociedades pantalla, Aqua Consulting S.L. y Levante Advisory S.L., controladas supuestamente por el exjefe de gabinete.
> Los pagos se habrían realizado entre 2014 y 2019 y ascenderían a 8,4 millones de euros, de los que 2,1 millones habrían terminado en cuentas en Andorra y Luxemburgo.
## La defensa pide la nulidad de las escuchas
> El abogado de Blasco, Sr. Manuel Torregrosa, ha reiterado la petición de nulidad de las intervenciones telefónicas, al considerar que se autorizaron «sin indicios suficientes» por el Juzgado de Instrucción n.º 21 de Valencia en 2019. La presidenta del tribunal, Sra. Inmaculada Benlloch, ha aplazado su decisión a la sentencia.
## El juicio continúa el jueves con la declaración de los empresarios
> La vista se reanudará el jueves a las 9:30 con la declaración de los cuatro empresarios acusados, entre ellos el expresidente de Hidrotec S.A., Joaquín Ferrándiz, quien, según fuentes de su defensa, podría llegar a un acuerdo de conformidad con la Fiscalía a cambio de una rebaja de la pena. El juicio tiene previstas 24 sesiones, hasta el 18 de diciembre.
## Las depuradoras, bajo la lupa de la Sindicatura de Cuentas
> Además del proceso penal, la Sindicatura de Cuentas detectó en 2021 sobrecostes de hasta el 38% en cinco de las depuradoras investigadas, que se adjudicaron por importes inferiores a los de licitación y acabaron costando mucho más por modificados de obra. En la de Sagunto, el coste final fue de 31,2 millones, frente a los 22,6 millones adjudicados.
## ¿Qué penas se piden?
> La Fiscalía Anticorrupción solicita 11 años de prisión para Blasco, 9 para su exjefe de gabinete y entre 3 y 6 años para los empresarios y técnicos acusados. Además, pide multas que suman 24 millones de euros y la inhabilitación del exconseller para empleo o cargo público durante 18 años. La Generalitat, personada como acusación particular, reclama la devolución de 8,4 millones.
## La Sra. Benlloch llama al orden a las acusaciones populares tras varias interrupciones durante la declaración del exconseller Blasco en la sala de vistas
> La presidenta del tribunal ha tenido que interrumpir la sesión en dos ocasiones por los comentarios en voz alta de los representantes de las acusaciones populares, ejercidas por dos asociaciones contra la corrupción y por un partido político. «Esto no es un plató de televisión ni un pleno municipal. La próxima interrupción supondrá la expulsión de la sala», ha advertido la magistrada, que ha recordado a los letrados que el acusado tiene derecho a no responder a sus preguntas, conforme al art. 24 de la Constitución y al art. 400 de la Ley de Enjuiciamiento Criminal. Tras un receso de 15 minutos, la declaración se ha reanudado con normalidad a las 12:40.

=== es-plain-campana-renta
lang: es
outlet: Economía Hoy
title: Campaña de la Renta 2027: plazos, novedades y cómo pedir cita para que Hacienda te haga la declaración
caption: Un contribuyente consulta el borrador de la declaración en la web de la Agencia Tributaria.
link: https://example.es/economia/campana-renta-2027-plazos-novedades-cita-previa
author: Rocío Medina
date: 2028-04-01 08:00:00
tags: Economía, Renta 2027, Hacienda
options: authorspace
> La Agencia Tributaria abre este miércoles, 2 de abril, la campaña de la declaración de la Renta correspondiente al ejercicio 2027, que se prolongará hasta el 30 de junio. Hacienda prevé recibir más de 23,4 millones de declaraciones y devolver unos 12.800 millones de euros, un 3,1% más que el año pasado.
> Desde el primer día, los contribuyentes pueden consultar su borrador y presentarlo por internet, en la web www.agenciatributaria.example.es, o a través de la app oficial, disponible para iPhone y Android. Para acceder, se necesita certificado digital, Cl@ve o el número de referencia, que se obtiene con el DNI y la casilla 505 de la declaración del año anterior.
> La atención telefónica, en la que un técnico de Hacienda confecciona la declaración por teléfono, empieza el 7 de mayo. La cita previa puede pedirse desde el 29 de abril en el 91 535 73 26 o el 901 12 12 24, o en la propia web. La atención presencial en las oficinas arranca el 2 de junio.
> ¿Quién está obligado a declarar? Con carácter general, quienes hayan obtenido rendimientos del trabajo superiores a 22.000 euros anuales de un solo pagador. El límite baja a 15.876 euros cuando se ha cobrado de dos o más pagadores y el segundo y siguientes suman más de 1.500 euros, algo habitual entre quienes han cambiado de empleo o han cobrado el paro.
> Entre las novedades de este año destaca la deducción por alquiler de vivienda habitual para menores de 35 años con ingresos inferiores a 24.000 euros, que permite deducir el 15% de las cantidades pagadas, con un máximo de 1.350 euros. También se eleva a 3.000 euros el límite de la deducción por obras de mejora de eficiencia energética, prorrogada hasta el 31 de diciembre de 2028.
> Los perceptores del ingreso mínimo vital (IMV) y los autónomos en estimación directa tienen la obligación de presentar declaración, cualquiera que sea su nivel de ingresos. Los autónomos acogidos al régimen de módulos pueden aplicar una reducción del 5% sobre el rendimiento neto.
> ¡Ojo con los errores más comunes! Según la Organización de Técnicos de Hacienda (Gestha), los fallos más frecuentes son no incluir las ayudas públicas cobradas (p. ej., el bono de alquiler joven), olvidar la deducción por maternidad o aplicar mal la reducción por alquiler de inmuebles a terceros, que desde 2024 oscila entre el 50% y el 90% según los casos.
> El calendario de la campaña fija el 25 de junio como fecha límite para domiciliar el pago de las declaraciones a ingresar. Quien prefiera fraccionarlo podrá abonar el 60% al presentar la declaración y el 40% restante hasta el 5 de noviembre, sin intereses ni recargos.
> Sr. contribuyente, Sra. contribuyente: no espere al último día. Así lo recomienda la propia Agencia Tributaria, que cada año registra picos de más de 600.000 declaraciones diarias en la última semana de junio, lo que provoca caídas puntuales de la sede electrónica y esperas de hasta dos horas en el servicio telefónico.
> Para resolver dudas, la Agencia Tributaria dispone de un asistente virtual en su web y de un manual práctico de 1.412 páginas (véase el cap. 3, pp. 87-142, sobre rendimientos del trabajo). Los contribuyentes que detecten errores en una declaración ya presentada pueden rectificarla desde la propia sede, con el nuevo modelo de autoliquidación rectificativa.
> Las devoluciones suelen llegar en pocos días para las declaraciones más sencillas presentadas al principio de la campaña, aunque Hacienda tiene de plazo hasta el 31 de diciembre. Si se retrasa más allá de esa fecha, el contribuyente tiene derecho a cobrar intereses de demora, fijados este año en el 4,0625%.
> Por último, Hacienda recuerda que nunca solicita datos bancarios ni claves por correo electrónico o SMS. Los avisos sobre devoluciones pendientes que piden pinchar en un enlace son intentos de fraude y deben comunicarse a la dirección phishing@agenciatributaria.example.es, según la Agencia, que ha detectado este año un aumento del 40% de estos mensajes.
> Los contribuyentes que hayan vendido criptomonedas durante 2027 deben declarar la ganancia o pérdida patrimonial en el apartado correspondiente, aunque no hayan convertido las monedas a euros. Desde este año, además, las plataformas de intercambio con sede en la Unión Europea están obligadas a informar a Hacienda de todas las operaciones de sus clientes residentes en España, en aplicación de la directiva DAC8, por lo que los datos aparecerán en muchos casos ya precargados en el borrador. La Agencia Tributaria advierte de que los datos fiscales no eximen al contribuyente de comprobar su exactitud, en particular el valor de adquisición de las monedas, que a menudo no figura o aparece como 0,00 euros.

=== es-plain-sauropodo-teruel
lang: es
outlet: Ciencia Aragón
title: Hallan en Teruel los restos de un saurópodo de 145 millones de años y 28 metros de longitud
caption: Paleontólogos de la Fundación Paleontológica de Teruel trabajan en el yacimiento de Riodeva.
link: https://example.es/ciencia/sauropodo-teruel-145-millones-anos-hallazgo
author: Daniel Lasheras
date: 2028-08-19 10:30:00
tags: Ciencia, Paleontología, Teruel
options: nocaptionline
> Un equipo de la Fundación Paleontológica de Teruel ha presentado este martes los restos de una nueva especie de dinosaurio saurópodo hallada en el término municipal de Riodeva, a unos 50 km de la capital turolense. El animal, bautizado como Riodevasaurus minor por los investigadores, vivió hace unos 145 millones de años, a finales del Jurásico.
> Los paleontólogos calculan que medía unos 28 metros de longitud y pesaba entre 30 y 40 toneladas. «No es el mayor saurópodo de Europa, pero sí uno de los más completos. Tenemos el 62% del esqueleto, algo excepcional en este grupo», explica el Dr. Rafael Montañés, director científico de la fundación y primer autor del estudio.
> El hallazgo se produjo en 2021, cuando un agricultor de la zona, Sr. José Manuel Gimeno, encontró un fragmento de fémur de 1,1 m mientras labraba una finca. Desde entonces, se han realizado siete campañas de excavación, que han permitido recuperar 341 huesos, entre ellos varias vértebras cervicales de más de un metro y una escápula casi completa.
> El estudio, publicado en la revista Journal of Systematic Palaeontology (vol. 26, n.º 4, pp. 312-358), describe las características que diferencian a la nueva especie de su pariente Riodevasaurus maior, descrito en 2009, también en Riodeva: unos dientes con forma de corazón más estrechos y un húmero proporcionalmente más corto.
> 145 millones de años atrás, la actual provincia de Teruel era una llanura costera surcada por ríos, con un clima cálido y estacional, similar al del sur de la India actual. En ese paisaje convivían saurópodos, estegosaurios y grandes terópodos carnívoros, cuyas huellas se han conservado en numerosos yacimientos de la comarca.
> ¿Por qué es tan rica en fósiles la zona? Según la geóloga Dra. Pilar Lanzuela, de la Universidad de Zaragoza, los sedimentos de la formación Villar del Arzobispo se depositaron muy rápido, en crecidas fluviales que enterraban los cadáveres antes de que los carroñeros los dispersaran. «Es una especie de trampa natural que ha funcionado durante millones de años», resume.
> La extracción de los huesos más grandes ha requerido una grúa y el uso de «momias» de escayola y espuma de poliuretano, la más pesada de las cuales, la de la pelvis, alcanzaba las 2,3 toneladas. Los fósiles se preparan desde entonces en el laboratorio de la fundación, en Teruel, donde un equipo de seis técnicos trabaja a diario con micropercutores y lupas binoculares.
> El Ayuntamiento de Riodeva, un pueblo de 152 habitantes, confía en que el hallazgo atraiga turismo. Su alcaldesa, Sra. Mercedes Pérez, ha anunciado la apertura en 2029 de un centro de interpretación en las antiguas escuelas, con una réplica a tamaño real del fémur y una sala dedicada a las huellas de dinosaurio de la comarca.
> Una réplica del esqueleto, de 28 m, se expondrá a partir de la próxima primavera en el museo de la fundación, en Teruel, que recibió 214.000 visitantes el año pasado. Las entradas podrán adquirirse en www.paleoteruel.example.es o en las taquillas del museo, a un precio de 12,50 € para adultos y 9 € para menores de 12 años.
> Los investigadores ya preparan la octava campaña de excavación, prevista para septiembre, en la que esperan recuperar el cráneo del animal. «Los cráneos de saurópodos son frágiles y casi nunca se conservan. Si lo encontramos, sería la guinda», reconoce el Dr. Montañés, que no descarta nuevas sorpresas en un yacimiento del que apenas se ha excavado un 15% (unos 400 m² de los más de 2.600 m² catalogados).
> Riodeva y su entorno se han convertido en las últimas dos décadas en uno de los principales yacimientos del Jurásico superior de Europa. Solo en este término municipal se han catalogado más de 90 puntos con restos fósiles, desde dientes aislados hasta esqueletos parciales, además de varias rutas de icnitas, como se conoce a las huellas fosilizadas.

