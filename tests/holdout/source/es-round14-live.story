#! Spanish round 14 live blogs: invented news, people, places and outlets.
#! Styles: prefix (07:32, bus drivers' strike, • box), suffixglued (hace 12 minutos, power cut, no box),
#! untimed with ⇒ box (snow day, 3 sections, 2 of 3 items verbatim headings).

=== es-live-huelga-autobuses-campoalto
lang: es
outlet: La Voz de Campoalto
title: Huelga de conductores de autobús en Campoalto, en directo: colas en las paradas y manifestación ante el Ayuntamiento
caption: Usuarios esperan el autobús en la parada de la plaza de España, este martes a primera hora.
link: https://example.es/campoalto/huelga-autobuses-tucsa-directo
author: Lucía Arredondo Sanz
date: 2036-02-12 05:15:00
tags: Campoalto, Huelga, Autobuses, TUCSA
options: time=prefix bullet=• crlf
> La plantilla de conductores de TUCSA, la empresa concesionaria del autobús urbano de Campoalto, secunda desde las 05:00 de este martes la primera de las cinco jornadas de huelga convocadas por el comité de empresa para reclamar la renovación del convenio colectivo, caducado desde 2034.
> El Ayuntamiento fijó unos servicios mínimos del 30 % en hora punta y del 20 % el resto del día, que los sindicatos consideran «abusivos».
kp: Claves de la jornada
* Servicios mínimos del 30 % en hora punta
* Seguimiento del 100 % según el comité y del 68 % según la empresa
* Manifestación a mediodía ante el Ayuntamiento
* Próximos paros: 19 y 26 de febrero
## 20:15 | Termina la primera jornada sin acuerdo
> Los autobuses vuelven a las cocheras de la avda. de Portugal sin que se haya producido ningún avance. El comité y la dirección no tienen prevista ninguna reunión antes del próximo paro, el martes 19.
> Gracias por seguir con nosotros esta jornada.
## 18:40 | ¿Cuánto cobra un conductor de TUCSA?
> Según el comité, el salario base de un conductor con diez años de antigüedad ronda los 1.640 euros brutos al mes, en 14 pagas. La empresa sostiene que, con pluses y nocturnidad, la media supera los 2.100 euros.
> Los sindicatos piden una subida del 12 % en tres años; la empresa ofrece un 7,5 %.
## 17:05 | El comité acusa de «esquirolaje» a TUCSA
> El comité de huelga denuncia que la empresa ha sustituido a conductores en huelga por personal de oficina en al menos dos líneas, la 4 y la 11, algo que la dirección niega. «Son inspectores con carné que han cubierto servicios mínimos, nada más», asegura un portavoz.
## 14:30 | «Llevo una hora esperando»
> En la parada del Hospital Comarcal, en la avda. de la Constitución, núm. 112, decenas de personas esperan el autobús de la línea 2. Entre ellas, Dña. Rosario Piquero, de 79 años, que tiene cita en rehabilitación a las 15:00. «Llevo una hora esperando. Si no llega en diez minutos, me vuelvo a casa.»
## 12:10 | Cientos de personas se manifiestan ante el Ayuntamiento
> Unas 600 personas, según la Policía Local, y 1.500, según los convocantes, se concentran en la plaza Mayor. Los conductores, con chalecos amarillos, corean «¡Convenio ya!» y «¡Sin conductores no hay ciudad!».
> —Nosotros no queremos hacer huelga, queremos trabajar con dignidad —dice al micrófono el presidente del comité, el Sr. Abel Gutiérrez Pando.
## 10:45 | Se cae la aplicación BusCampo
> La aplicación oficial, que permite consultar los tiempos de espera en tiempo real, ha dejado de mostrar información a primera hora. La empresa lo atribuye al «volumen de consultas» y recomienda consultar la web www.tucsa-campoalto.es.
## 09:20 | Seguimiento según la empresa: 68 %
> El comité de huelga cifra el seguimiento en el 100 % de la plantilla no afectada por los servicios mínimos. La dirección de TUCSA, en un comunicado, lo rebaja al 68 % y asegura que han salido 41 de los 132 autobuses programados.
## 07:32 | Colas en las paradas del centro
> Primeras imágenes de la jornada: largas colas en las paradas de la plaza de España y de la estación de tren, donde solo pasa un autobús de cada tres. Muchos usuarios optan por el taxi o la bici de alquiler.
> 120.000 viajeros utilizan cada día laborable el autobús urbano de Campoalto, según los datos municipales de 2035.
## 05:10 | Los primeros autobuses no salen de las cocheras
> A las 05:00, hora en la que arranca el servicio, solo han salido de las cocheras de la avda. de Portugal los autobuses de servicios mínimos. En la puerta, un piquete de una treintena de conductores.

=== es-live-apagon-general-arriola
lang: es
outlet: El Diario del Sur Santafesino
title: Apagón masivo en General Arriola: más de 180.000 usuarios sin luz en plena ola de calor
caption: Agentes de tránsito ordenan la circulación en el bulevar Costanera, con los semáforos apagados.
link: https://example.com.ar/general-arriola/apagon-masivo-ola-de-calor
author: Martina Bustos Echagüe
date: 2036-01-21 19:30:00
tags: General Arriola, Apagón, Ola de calor, ElectroPampa
options: time=suffixglued exit=none
> Más de 180.000 usuarios de General Arriola y de otras cuatro localidades del sur de la provincia se quedaron sin luz desde las 14:20 de este lunes por una falla en la estación transformadora Los Sauces, en plena ola de calor y con 39,5 grados de temperatura.
## hace 12 minutos | Vuelve la luz a la zona céntrica
> ElectroPampa informó que ya repuso el servicio a unos 110.000 usuarios, la mayoría en el centro y en los barrios Norte y La Loma. Restan todavía unos 70.000, sobre todo en la zona sur y en Villa Ombúes.
## hace 40 minutos | «Se nos echó a perder toda la mercadería»
> «Se nos echó a perder toda la mercadería. Son más de 800 kilos de helado... ¿Quién me los paga?», se queja Sergio Ledesma, dueño de una heladería de la calle Güemes.
> La Cámara de Comercio local habilitó un correo para reunir los reclamos: reclamos.apagon@camaraarriola.org.ar.
## hace 1 hora | El intendente pide «explicaciones urgentes» a ElectroPampa
> El intendente de General Arriola, Gustavo Pereyra Lucero, exigió a la distribuidora «explicaciones urgentes» y anunció que la Municipalidad presentará una denuncia ante el OREL, el organismo regulador provincial.
> «No puede ser que cada verano pase lo mismo. Tenemos adultos mayores encerrados en departamentos a 40 grados, sin ascensor y sin agua», dijo en conferencia de prensa.
## hace 2 horas | ¿Por qué se cortó la luz?
> Según el parte técnico de la empresa, un transformador de 132 kV de la estación Los Sauces salió de servicio a las 14:18 por una sobrecarga. La falla provocó la desconexión automática de otras dos subestaciones.
> Ingenieros de la Universidad del Litoral Sur apuntan a la falta de inversión: la demanda de este lunes, 412 MW, superó en un 6 % el récord del verano pasado.
## hace 3 horas | Hospitales con grupos electrógenos
> El Hospital Interzonal y las clínicas privadas funcionan con generadores. En el Hospital de Niños se suspendieron las cirugías programadas de la tarde. «Las urgencias se atienden con normalidad», aseguró su director, el Dr. Ramiro Aguada.
## hace 3 horas | Semáforos apagados y caos de tránsito
> Con los semáforos fuera de servicio, agentes de tránsito ordenan la circulación en los cruces de la avenida Libertad y del bulevar Costanera. Se recomienda evitar el centro.
## hace 4 horas | Sin agua en los edificios altos
> Sin energía, las bombas que elevan el agua a los tanques dejaron de funcionar y miles de vecinos de edificios de más de cuatro pisos se quedaron también sin agua. Aguas del Litoral Sur repartirá bidones en la plaza central desde las 18:00.
## hace 5 horas | Corte masivo en toda la ciudad
> Un corte de energía afecta desde las 14:20 a la totalidad de General Arriola y a las localidades de Colonia Esperanza, Las Tunas, Santa Brígida y Puerto Piray. ElectroPampa informó que trabaja «para restablecer el servicio a la brevedad».

=== es-live-nevada-villar-de-los-tejos
lang: es
outlet: Heraldo de la Serranía
title: Día de nieve en Villar de los Tejos: sin clases, cadenas en el puerto de La Cruz y batalla de bolas en la plaza Mayor
link: https://example.es/serrania/nevada-villar-de-los-tejos-sin-clases
author: Jorge Almazán Crespo
date: 2036-01-30 12:20:00
tags: Nevada, Villar de los Tejos, Serranía, Tráfico
options: bullet=⇒ bom
> La nevada caída durante la noche ha dejado una estampa poco habitual en Villar de los Tejos: 35 centímetros de nieve en el casco urbano y hasta medio metro en las zonas altas de la comarca. Los colegios están cerrados y la circulación es complicada en buena parte de la red secundaria.
kp: Lo más importante
* Sin clases en 41 colegios e institutos de la comarca
* Cadenas obligatorias en el puerto de La Cruz
* Batalla de bolas de nieve en la plaza Mayor
## Sin clases en 41 colegios e institutos de la comarca
> La Delegación de Educación suspendió ayer por la tarde las clases presenciales en los 41 centros educativos de la comarca de la Serranía, que suman unos 6.300 alumnos. La medida se mantiene, de momento, solo para este miércoles.
> «Hemos preferido no arriesgar con el transporte escolar: son rutas de montaña, con curvas y sin arcén», explicó la delegada, Dña. Inmaculada Roldán.
> —¡Mamá, no hay cole! —gritó Hugo, de 7 años, nada más asomarse a la ventana.
> Su madre, Patricia, vecina del barrio de San Roque, ya se lo imaginaba: «Llevaba nevando desde las diez de la noche... Era cuestión de tiempo.»
## Cadenas obligatorias en el puerto de La Cruz
> Tráfico mantiene el nivel rojo en la carretera del puerto de La Cruz entre los km 12 y 27, donde solo pueden circular turismos con cadenas o neumáticos de invierno. Los camiones tienen prohibido el paso y esperan embolsados en el polígono de Las Eras, aprox. 140 vehículos.
> Doce quitanieves trabajan desde la madrugada. «Si deja de nevar a mediodía, por la tarde estará despejado», calcula el jefe de conservación, el Sr. Julián Aparicio.
## ¡Guerra de bolas en la plaza Mayor!
> Lo que para unos es un problema, para otros es una fiesta. A las 11:00 la plaza Mayor estaba tomada por un centenar de niños (y no tan niños) que se lanzaban bolas de nieve ante la mirada del alcalde, que tampoco se libró de alguna.
> Las fotos de los lectores pueden enviarse a fotos@heraldoserrania.es. Publicaremos una galería esta tarde en www.heraldoserrania.es.
