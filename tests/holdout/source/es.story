#! Spanish held-out articles: invented news.

=== es-plain-peatonalizacion
lang: es
outlet: Diario de Valdemora
title: Valdemora aprueba la peatonalización del casco antiguo pese a las protestas de los comerciantes
caption: La calle Mayor de Valdemora, una de las 23 que serán peatonales.
link: https://example.es/valdemora/pleno-peatonalizacion-casco-antiguo
author: Elena Márquez
date: 2026-10-30 09:15:00
tags: Valdemora, Movilidad, Comercio
> El pleno del Ayuntamiento de Valdemora aprobó el jueves, con 14 votos a favor y 7 en contra, la peatonalización del casco antiguo, que entrará en vigor el 1 de marzo. La medida afectará a 23 calles y a unos 1.800 vecinos.
> La alcaldesa, la Sra. Beatriz Olmedo, defendió el proyecto como «una apuesta por el comercio de proximidad y por la salud de los vecinos». El coste de las obras, adjudicadas a Construcciones Ribera S.A., asciende a 3,5 millones de euros.
> Los comerciantes no lo ven igual. «Nos van a matar», resumió Julián Herrera, presidente de la asociación de comerciantes del centro. Según una encuesta de la propia asociación, el 62,4 % de sus socios teme perder clientes.
> ¿Y los residentes?
> Los vecinos con plaza de garaje podrán seguir accediendo con su vehículo, al igual que los servicios de emergencia, los repartidores de 7.00 a 11.00 horas y los taxis. El resto deberá aparcar en los nuevos aparcamientos disuasorios de la avenida de Castilla, con 450 plazas, o en el de la estación.
> La oposición criticó la falta de diálogo. La portavoz del grupo municipal Valdemora Sí, la Dra. Inmaculada Ferrer, acusó al equipo de gobierno de copiar «sin adaptar» modelos de ciudades de Europa y de EE.UU.
> El estadio municipal, donde juega el CD Valdemora, seguirá siendo accesible los días de partido. El club, que aspira a subir a LaLiga Hypermotion en dos temporadas, había pedido garantías por escrito.
> Durante el pleno, que comenzó a las 19.30 horas y se prolongó hasta pasada la medianoche, una decena de comerciantes desplegó una pancarta con el lema «Centro vivo, no centro muerto». La policía local tuvo que intervenir a las 22.15 horas para desalojar a dos personas…
> ¡Por fin!, exclamó a la salida una vecina de la calle Mayor, Carmen Ruiz, de 71 años, que lleva una década quejándose del ruido y del humo de los coches.
> Más información en www.valdemora.example/centro o en el correo movilidad@valdemora.example.

=== es-plain-app-instituto
lang: es
outlet: El Heraldo del Almendral
title: Dos hermanas de Almendral crean una app para compartir coche al instituto
caption: Lucía y Marta Quintero, en el patio del IES Almendral.
link: https://example.es/sociedad/hermanas-app-compartir-coche-instituto
author: Redacción
date: 2026-11-11 12:00:00
tags: Educación, Tecnología
options: authorspace
> Lucía y Marta Quintero, de 17 y 19 años, no querían que sus compañeros del IES Almendral siguieran haciendo 14 km a pie o en bicicleta cada mañana. Así que crearon CompartIES, una aplicación para compartir coche entre familias del instituto.
> La app, disponible para Android e iPhone desde septiembre, ya tiene 640 usuarios registrados. Avisa por WhatsApp y calcula rutas, horarios, gastos de combustible, etc.
> «La idea surgió en una clase de Tecnología. El profesor nos dijo: “¿Por qué no resolvéis un problema de verdad?”», cuenta Marta.
> El proyecto ganó en mayo el primer premio del concurso regional de jóvenes emprendedores, dotado con 3.000 euros, y ha despertado el interés de la Consejería de Educación. El consejero, D. Ramón Iturbe, las recibió la semana pasada en su despacho.
> Las hermanas han publicado el código en GitHub para que otros institutos puedan usarlo. «No queremos hacernos ricas; queremos que la gente llegue a clase», dice Lucía.
> El instituto calcula que la app ha evitado unos 12.500 km de desplazamientos en coche en solo tres meses, es decir, unas 2,1 toneladas de CO2. La asociación de madres y padres propone extenderla a las excursiones y a los viajes de fin de curso.
> Las familias interesadas pueden escribir a compartIES@iesalmendral.example.
> Próximo objetivo: llegar a los 1.000 usuarios antes de Navidad.

=== es-live-incendio-sierra
lang: es
outlet: Noticias de la Sierra Ejemplo
title: Incendio en la Sierra de Almendral, en directo: más de 2.000 hectáreas quemadas y 600 desalojados
caption: Un hidroavión descarga agua sobre el frente del incendio cerca de Peñarroja.
link: https://example.es/sucesos/directo-incendio-sierra-almendral
author: Jorge Villalba
date: 2026-08-06 20:30:00
tags: Incendios, Sierra de Almendral
> Un incendio forestal declarado el martes por la tarde en la Sierra de Almendral ha arrasado ya más de 2.000 hectáreas de pinar y matorral. El fuego, avivado por rachas de viento de hasta 60 km/h y temperaturas de 41 grados, avanza hacia el norte.
> Más de 600 vecinos de las pedanías de Peñarroja y Los Tejares han sido desalojados de forma preventiva.
kp: Resumen
* Más de 2.000 hectáreas quemadas
* 600 vecinos desalojados en Peñarroja y Los Tejares
* La Guardia Civil investiga si el fuego fue provocado
## hace 10 minutos | El viento amaina y da un respiro a los bomberos
> Las rachas de viento han bajado a 25 km/h en la última hora, según la Agencia Estatal de Meteorología. «Es la primera buena noticia del día», ha dicho el director de extinción, Andrés Cabello.
> Los medios aéreos, que deben retirarse al anochecer, han hecho sus últimas descargas sobre el flanco norte.
## hace 1 hora | «Lo hemos perdido todo»
> Francisco Molina, ganadero de Los Tejares, ha visto arder el corral donde guardaba sus 300 ovejas. Consiguió sacar a la mayoría a tiempo, pero no el pienso ni la maquinaria. «Lo hemos perdido todo. Cuarenta años de trabajo», dice, con los ojos enrojecidos por el humo.
> A su lado, su hijo intenta consolarle: «Papá, las ovejas están bien. Lo demás se arregla.»
## hace 2 horas | La Guardia Civil investiga si el fuego fue provocado
> Agentes del Seprona de la Guardia Civil investigan el origen del incendio. Según fuentes de la investigación, el fuego comenzó en tres puntos distintos junto a un camino forestal, lo que apunta a una posible intencionalidad.
> El consejero de Medio Ambiente, Sr. Tomás Aguirre, ha pedido «prudencia» hasta que concluya la investigación.
## hace 3 horas | Más de 2.000 hectáreas quemadas
> Las primeras estimaciones por satélite elevan a 2.150 las hectáreas afectadas. Es ya el mayor incendio de la comunidad en los últimos diez años.
## hace 4 horas | 600 vecinos desalojados en Peñarroja y Los Tejares
> La Guardia Civil ha desalojado a unos 600 vecinos. La mayoría se aloja con familiares; 85 personas han pasado la noche en el polideportivo municipal de Almendral, donde Cruz Roja ha instalado camas, etc.
> Los desalojados no podrán volver a sus casas al menos hasta el jueves, según el Ayuntamiento.
## hace 6 horas | Cortada la carretera CV-214
> La carretera CV-214 entre Almendral y Peñarroja permanece cortada al tráfico en ambos sentidos. La alternativa es la N-330, con un desvío de unos 30 minutos.
## hace 8 horas | ¿Qué medios trabajan en la extinción?
> En la extinción trabajan 14 medios aéreos, entre ellos dos hidroaviones del Ministerio, 22 dotaciones de bomberos y 180 efectivos de la Unidad Militar de Emergencias (UME).
## hace 10 horas | Buenos días
> Buenos días. Seguimos en directo la evolución del incendio de la Sierra de Almendral, que ha obligado a desalojar a cientos de vecinos durante la noche. Pueden enviarnos sus fotos y testimonios a directo@noticiasdelasierra.example.

=== es-live-elecciones-valdemora
lang: es
outlet: Diario de Valdemora
title: Elecciones municipales en Valdemora, en directo: Olmedo gana pero pierde la mayoría absoluta
caption: Simpatizantes de Beatriz Olmedo celebran los resultados en la sede del partido.
link: https://example.es/valdemora/directo-elecciones-municipales
author: Elena Márquez, Raúl Espinosa
date: 2027-05-23 23:55:00
tags: Elecciones, Valdemora
options: bullet=•
> Los vecinos de Valdemora están llamados a las urnas este domingo para elegir a los 21 concejales de su Ayuntamiento. La alcaldesa, Beatriz Olmedo, aspira a revalidar la mayoría absoluta que logró en 2023.
> Los colegios electorales abren de 9.00 a 20.00 horas. Seguimos en directo la jornada y el recuento.
kp: Lo que sabemos
* Olmedo gana con 10 concejales, a uno de la mayoría absoluta
* Valdemora Sí se queda en 7 y Vecinos por el Centro entra con 4
* La participación sube al 64,8 %
## 23:48 | ¿Quién gobernará Valdemora?
> Con 10 concejales, Olmedo necesita el apoyo de al menos un concejal de otro grupo para ser investida. Vecinos por el Centro, la formación de los comerciantes, tiene la llave.
> Su candidato, Julián Herrera, ha dejado claro que no apoyará a nadie que no revise la peatonalización del casco antiguo. «Que lo piense bien la alcaldesa», ha advertido.
## 23:15 | Olmedo: «Hemos ganado, y vamos a gobernar»
> La alcaldesa ha comparecido ante sus simpatizantes en la sede del partido. «Hemos ganado, y vamos a gobernar. Vamos a hablar con todos, con todos», ha repetido entre aplausos.
## 22:50 | ¡Vecinos por el Centro entra con 4 concejales!
> Es la gran sorpresa de la noche. El partido de los comerciantes, creado hace apenas seis meses, obtiene 4 concejales y el 17,3 % de los votos.
> En su sede, en un local de la calle Mayor, se ha celebrado el resultado con cava y una pancarta: «Centro vivo».
## 22:31 | Valdemora Sí se queda en 7
> La candidata de Valdemora Sí, la Dra. Inmaculada Ferrer, reconoce un resultado «por debajo de las expectativas». Su formación pierde un concejal respecto a 2023.
## 22:05 | Escrutado el 95 %: Olmedo, a un concejal de la mayoría
> Con el 95 % escrutado, el partido de la alcaldesa suma 10 concejales, uno menos de los necesarios para la mayoría absoluta.
## 21:40 | Escrutado el 50 %
> Con la mitad de los votos contados, Olmedo obtendría 11 concejales, Valdemora Sí 7 y Vecinos por el Centro 3.
## 21:02 | Primeros datos del escrutinio
> Con el 12 % escrutado, el partido de Olmedo lidera con el 44,1 % de los votos.
## 20:30 | Cierran los colegios
> Los colegios electorales han cerrado a las 20.00 horas sin incidentes destacables. Comienza el recuento en las 31 mesas del municipio.
## 20:05 | La participación sube al 64,8 %
> La participación definitiva ha sido del 64,8 %, casi seis puntos más que hace cuatro años. Los analistas lo atribuyen a la polémica por la peatonalización.
## 18:10 | Participación a las 18.00 horas: 52,3 %
> A las 18.00 horas había votado el 52,3 % del censo, frente al 46,1 % en 2023.
## 14:00 | Participación a mediodía: 31,6 %
> La participación a las 14.00 horas se sitúa en el 31,6 %, cuatro puntos más que en las anteriores municipales.
## 9:05 | Abren los colegios electorales
> Los 31 colegios electorales de Valdemora han abierto sus puertas con normalidad. Entre los primeros en votar, un vecino de 98 años, D. Anselmo Pérez, que no se ha perdido ninguna elección desde 1977.

=== es-live-temporal-costa
lang: es
outlet: La Voz del Litoral Ejemplo
title: Temporal en la costa de Almendral: olas de 7 metros y el puerto cerrado
caption: Olas de gran altura rompen contra el paseo marítimo de Playa Dorada.
link: https://example.es/tiempo/temporal-costa-almendral-directo
author:
date: 2026-01-14 13:05:00
tags: Temporal, Costa, Meteorología
options: time=paren crlf
> La borrasca Celia azota desde la madrugada la costa de Almendral con olas de hasta 7 metros y rachas de viento de 110 km/h. La Aemet mantiene el aviso rojo por fenómenos costeros hasta las 18.00 horas del miércoles.
> El puerto permanece cerrado y las clases se han suspendido en los municipios del litoral.
## 12:58 | El agua llega a los bajos del paseo marítimo
> Varias olas han superado el muro del paseo marítimo de Playa Dorada y han inundado los bajos de una decena de edificios. Los bomberos achican agua en un restaurante y dos garajes.
> «Nunca había visto el mar tan cerca de la puerta», explica Rosa, dueña de una heladería cerrada desde octubre.
> La Policía Local ha cortado el tráfico en la avenida del Mar entre la rotonda del Faro y el club náutico. Los vecinos de los primeros pisos han recibido la recomendación de subir a plantas superiores sus objetos de valor, sus documentos, etc.
> Según el Ayuntamiento, los daños en el mobiliario urbano superan ya los 200.000 euros: bancos arrancados, farolas dobladas y al menos 40 metros de barandilla caídos sobre la arena.
## 11:40 | Rescatado un surfista en la playa de Las Calas
> Salvamento Marítimo ha rescatado a un surfista de 34 años que se había adentrado en el mar pese a la prohibición. Ha sido trasladado al hospital con hipotermia leve. La multa podría alcanzar los 3.000 euros.
> El alcalde de Almendral, Sr. Vicente Llorca, ha pedido «sentido común»: «Hoy no es día de bañarse ni de hacerse fotos en el espigón».
## 10:15 | Cerrado el puerto de Almendral
> La Capitanía Marítima ha ordenado el cierre del puerto a toda la navegación. Los ferris a las islas se han cancelado hasta el jueves. Las empresas navieras devolverán el importe de los billetes o permitirán cambiarlos sin coste.
> En la lonja, la flota de bajura no ha salido a faenar por segundo día consecutivo. «Son dos días sin ingresos para 60 familias», lamenta el patrón mayor de la cofradía, Ginés Bernabéu. «Y el pescado que hay en el mercado, lo traen de fuera.»
## 8:30 | Suspendidas las clases en el litoral
> La Consejería de Educación ha suspendido las clases presenciales en 12 municipios del litoral. Los centros permanecen abiertos para las familias que no puedan quedarse con sus hijos.
## 7:00 | Aviso rojo por olas de hasta 7 metros
> La Aemet ha activado el aviso rojo en el litoral de Almendral por olas de 6 a 7 metros y viento del nordeste de fuerza 8. Se recomienda no acercarse a paseos marítimos, espigones ni playas.
> Es la primera vez desde 2020 que se activa el nivel rojo en esta costa. Entonces, la borrasca Gloria se llevó por delante buena parte del paseo de Las Calas, que tardó dos años en reconstruirse.
