#! Spanish plain articles: invented news, people and places. (round 7)

=== es-plain-multa-comisiones-banco
lang: es
outlet: Cinco Columnas
title: El Banco de España multa con 3,5 millones a Banca Levantina por cobrar comisiones indebidas a 41.000 clientes
caption: Sede central de Banca Levantina en Alicante.
link: https://example.es/finanzas/banco-espana-multa-banca-levantina-comisiones
author: Carmen Aldecoa
date: 2030-06-04 08:20:00
tags: Banca, Banco de España, Comisiones, Consumo
options: crlf
> El Banco de España ha impuesto una multa de 3,5 millones de euros a Banca Levantina, S.A. por cobrar comisiones de mantenimiento y de descubierto a unos 41.000 clientes que, según el supervisor, estaban exentos de pagarlas. La sanción, publicada este martes en el Boletín Oficial del Estado, es firme en vía administrativa, aunque la entidad puede recurrirla ante la Audiencia Nacional.
> Según la resolución, la entidad alicantina aplicó entre 2026 y 2028 comisiones de hasta 12 euros al trimestre, que en algunos casos sumaron más de 12.500 euros en una misma oficina, a titulares de cuentas nómina y de cuentas de pago básicas, p. ej. pensionistas y personas en situación de vulnerabilidad, que por ley no debían soportarlas. El importe total cobrado de forma indebida asciende a 4,1 millones de euros, que el banco ya ha devuelto, según fuentes de la entidad.
> Banca Levantina atribuye el error a «un fallo en la migración de los sistemas informáticos», en concreto en la versión 3.5 de su programa de gestión de cuentas, tras la integración de la antigua Caja Rural del Vinalopó, en 2026. «Cuando lo detectamos, devolvimos el dinero a todos los clientes afectados, con intereses, antes incluso de que el supervisor abriera el expediente», ha asegurado a este diario un portavoz, que ha recordado que la entidad tiene más de 1.000 oficinas en la Comunidad Valenciana, Murcia y Andalucía.
> El supervisor no comparte esa versión. La resolución señala que el banco recibió al menos 2.300 reclamaciones de clientes entre 2026 y 2027 y que «no adoptó medidas correctoras hasta el requerimiento formal del Banco de España», en marzo de 2028. Considera la infracción como grave y tiene en cuenta, como atenuante, la devolución íntegra de las cantidades.
> Las asociaciones de consumidores celebran la sanción, pero la consideran insuficiente. «Una multa de 3,5 millones para un banco que ganó 612 millones el año pasado es calderilla», critica el portavoz de la asociación Usuarios Unidos, Fernando Lobato, que recuerda que un cliente medio pudo llegar a pagar 96 euros de más. La asociación ha habilitado un formulario en www.usuariosunidos.example.es/levantina y la dirección de correo reclamaciones@usuariosunidos.example.es para los afectados que no hayan recibido la devolución.
> No es la primera vez que una entidad española es sancionada por este motivo. En 2029, el supervisor multó con 2,1 millones a otra entidad de tamaño medio por prácticas similares. Los expertos consultados recuerdan que las cuentas de pago básicas, reguladas por el Real Decreto 164/2019, son gratuitas para los colectivos vulnerables y tienen un coste máximo de 3 euros al mes para el resto.
> La sanción llega en un momento delicado para Banca Levantina, que negocia desde enero su posible fusión con el grupo gallego Nortebanco. Según fuentes financieras, las conversaciones se encuentran en una fase avanzada, y la operación podría anunciarse antes del verano. Ninguna de las dos entidades ha querido hacer comentarios al respecto.
> Si usted es cliente y cree que le han cobrado comisiones indebidas, el primer paso es reclamar ante el servicio de atención al cliente de la entidad, que tiene un plazo de un mes para responder. Si la respuesta no es satisfactoria, puede acudir al Portal del Cliente Bancario del Banco de España. El trámite es gratuito y puede hacerse por internet.

=== es-plain-tenis-cronica-godo
lang: es
outlet: Crónica Deportiva
title: Pablo Escrivá remonta a Karel Novotný y gana su primer torneo ATP 500 en Barcelona
caption: Pablo Escrivá besa el trofeo en la pista central del Real Club de Tenis Barcelona.
link: https://example.es/tenis/escriva-gana-barcelona-novotny
author: Miquel Ferrando
date: 2032-04-24 21:05:00
tags: Tenis, ATP, Pablo Escrivá
options: bom nocaptionline
caption:
> Pablo Escrivá, de 21 años, ha ganado este domingo su primer torneo de categoría ATP 500 tras remontar en la final de Barcelona al checo Karel Novotný, cabeza de serie número 2, por 4-6, 6-3 y 7-6 (5) en dos horas y 51 minutos. El tenista de Xàtiva, 24.º del mundo, subirá el lunes al puesto 15 de la clasificación mundial, el mejor de su carrera.
> El partido, que comenzó a las 15.30 horas con algo de retraso por la lluvia, se decidió en un desempate de infarto. Escrivá salvó una bola de partido con 5-6 en el tercer set, con un revés paralelo que levantó a las 8.000 personas que llenaban la pista central. Después ganó cuatro de los cinco últimos puntos del desempate y cerró el encuentro a las 18.32 horas con un saque directo.
> “No sé ni cómo la he metido. He cerrado los ojos y he pegado”, ha explicado entre risas en la rueda de prensa posterior. “Cuando era pequeño venía aquí con mi padre a ver a los mayores. Ganar aquí es otra cosa, es especial.”
> Novotný, que había ganado el primer set con una única rotura de servicio en el séptimo juego, dominó buena parte del partido desde el fondo de la pista. El checo, de 27 años, disparó 41 golpes ganadores, por 29 de su rival, pero también cometió 52 errores no forzados. “He tenido la bola de partido y no la he aprovechado. Así es el tenis”, ha resumido.
> Las estadísticas reflejan la igualdad del encuentro: los dos jugadores ganaron 114 puntos cada uno. La diferencia estuvo en los momentos clave. Escrivá convirtió tres de sus siete bolas de rotura, por dos de once su rival, un dato que su entrenador, el exjugador David Sanchis, ha atribuido a «la cabeza, no a las piernas».
> Con este título, el valenciano se embolsa 465.000 euros y 500 puntos para el ranking. Es el primer español que gana en Barcelona desde 2027 y el más joven en hacerlo desde Rafael Nadal, que levantó el trofeo con 18 años en 2005. Su próximo objetivo es el Masters 1000 de Madrid, que empieza el miércoles y en el que debutará contra un jugador procedente de la fase previa.
> La organización del torneo, por su parte, ha hecho un balance «excelente» de la edición, con 78.500 espectadores en toda la semana, un 6% más que el año pasado. Su director, Joan Baptista Riera, ha confirmado que las obras de la nueva cubierta retráctil de la pista central comenzarán en junio y costarán 18 millones de euros.

=== es-plain-huelga-limpieza-sevilla
lang: es
outlet: Diario de la Giralda
title: Los trabajadores de la limpieza de Sevilla irán a la huelga indefinida el 3 de marzo si no hay acuerdo
caption: Contenedores llenos en una calle del barrio de Triana durante la huelga de 2028.
link: https://example.es/sevilla/huelga-limpieza-lipasam-marzo
author: Rafael Cabrera Moya
date: 2031-02-17 13:45:00
tags: Sevilla, Huelga, Limpieza
options: authorspace
> Los sindicatos de la empresa municipal de limpieza de Sevilla han registrado este lunes la convocatoria de una huelga indefinida a partir del 3 de marzo, a las 6.00 horas. La protesta afectará a la recogida de basura, al barrido de calles y a los puntos limpios, y coincidiría con los preparativos de la Semana Santa, que este año empieza el 13 de abril.
> La plantilla, de unos 1.900 trabajadores, reclama la contratación de 250 personas para cubrir las jubilaciones de los últimos cinco años y una subida salarial del 4,5% para 2031. El Ayuntamiento ofrece 120 contrataciones y un 2,5%, en línea con lo pactado para el resto de los empleados municipales.
> —No pedimos nada extraordinario —ha asegurado el portavoz del comité de empresa, Manuel Ortiz—. El derecho de huelga está en el art. 28.2 de la Constitución y lo vamos a ejercer. Pedimos poder hacer nuestro trabajo. Hoy hay barrios donde pasamos una vez por semana cuando antes pasábamos a diario. Eso lo ven los vecinos, no lo decimos nosotros.
> La delegada de Hábitat Urbano, Rosario Velasco, considera «irresponsable» amenazar con una huelga indefinida en vísperas de la Semana Santa y de la Feria de Abril, que atraen cada año a más de un millón de visitantes. «La oferta del Ayuntamiento es la mejor que se ha hecho en diez años. La mesa de negociación sigue abierta mañana, pasado y cuando haga falta», ha afirmado.
> El comité y la dirección de la empresa tienen previstas tres reuniones antes del inicio de la huelga: el jueves 20 de febrero, a las 10.00 horas; el martes 25, a las 12.30 horas, y el viernes 28, a las 9.00 horas, esta última con la mediación del Sistema Extrajudicial de Resolución de Conflictos Laborales de Andalucía (Sercla).
> La última huelga de la limpieza en la ciudad, en noviembre de 2028, duró once días y dejó más de 6.000 toneladas de basura acumuladas en las calles, según los datos municipales. Entonces, el conflicto se cerró con un acuerdo que incluía 80 contrataciones, de las cuales, según los sindicatos, solo se han materializado 52.
> Los servicios mínimos, que deberá fijar el Ayuntamiento, serán previsiblemente del 30% en la recogida de residuos orgánicos, y del 100% en hospitales, colegios, mercados de abastos, etc. Los vecinos pueden consultar cualquier incidencia en el teléfono 010 o en la web municipal.
