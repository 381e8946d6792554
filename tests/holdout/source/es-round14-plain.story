#! Spanish round 14 plain articles: invented news, people, places and outlets.

=== es-plain-desprendimiento-carretera-los-almendros
lang: es
outlet: Diario de la Vega Alta
title: La carretera de Los Almendros seguirá cortada al menos tres meses tras el desprendimiento del km 14
caption: Operarios retiran rocas de la calzada en el punto kilométrico 14,5, en el tramo de la hoz del Cabriel Chico.
link: https://example.es/vega-alta/carretera-los-almendros-desprendimiento-corte
author: Irene Valcárcel Moya
date: 2036-11-18 13:05:00
tags: Carreteras, Los Almendros, Vega Alta, Desprendimiento
options: authorspace
> La carretera que une Los Almendros con la capital comarcal permanecerá cortada al tráfico «al menos tres meses» después del desprendimiento de rocas que el pasado domingo sepultó la calzada en el km 14,5, según anunció este martes la Diputación.
> Unos 2.400 metros cúbicos de roca y tierra se precipitaron sobre la vía a las 06:40 del domingo, tras una semana de lluvias intensas. No había ningún vehículo en ese momento. «Diez minutos después pasa el autobús del instituto entre semana; ha sido un milagro», resume el alcalde de Los Almendros, Francisco Javier Ortuño.
> GEOTESA, la empresa encargada del estudio geotécnico, ha detectado grietas en la ladera a lo largo de unos 200 metros. Antes de reabrir será necesario sanear el talud, instalar mallas de triple torsión y construir una barrera dinámica, con un presupuesto estimado de 1,8 millones de euros.
> Mientras tanto, los 1.150 vecinos de Los Almendros y de las pedanías de La Solana y El Chopo deben dar un rodeo de 37 km por la sierra para llegar a la capital comarcal, donde están el centro de salud, el instituto y la mayoría de los comercios.
> «Antes tardaba 20 minutos en llegar al trabajo. Ahora, con la carretera de la sierra llena de curvas y con niebla por las mañanas, más de una hora», lamenta Almudena Pérez, enfermera en el hospital comarcal.
> La Diputación ha habilitado un servicio de taxi gratuito para los escolares y para las personas con citas médicas, que puede solicitarse en el teléfono del Ayuntamiento o por correo electrónico en movilidad@losalmendros.es.
> Los comerciantes del pueblo, por su parte, temen que el corte se alargue hasta Navidad y piden ayudas directas para bares, panadería, farmacia, casas rurales, etc. La Asociación de Empresarios calcula pérdidas de aprox. 90.000 euros al mes para el conjunto de los negocios.
> El diputado de Infraestructuras, el Sr. Tomás Llorca, prometió que las obras se tramitarán por el procedimiento de emergencia publicado en el BOP núm. 214, de 17.11.2036, lo que permite adjudicarlas sin concurso. «No vamos a escatimar ni un euro... pero tampoco vamos a abrir antes de que sea seguro», dijo.
> Las actualizaciones sobre el estado de la vía se publicarán en www.dipvegaalta.es/carreteras.

=== es-plain-temporal-tejado-iglesia-arnela
lang: es
outlet: Diario de Arnela
title: El temporal arranca parte del tejado de la iglesia de Santa María de Arnela: «Es como si nos hubieran quitado un trozo de casa»
caption: Vista del tejado dañado de la iglesia de Santa María, con la nave central al descubierto.
link: https://example.es/arnela/temporal-tejado-iglesia-santa-maria
author: Xiana Pereiro Lamas
date: 2036-11-17 18:50:00
tags: Temporal, Arnela, Patrimonio
options: crlf bom
> Las rachas de viento de hasta 141 km/h registradas en la madrugada del domingo al lunes arrancaron parte del tejado de la iglesia de Santa María de Arnela, un templo del siglo XVI que es el edificio más antiguo del municipio.
> Según los primeros cálculos del técnico municipal, el temporal se llevó unas 3.000 tejas y dejó a la intemperie cerca de un tercio de la nave central. Varias vigas de madera cayeron sobre los bancos, que quedaron destrozados. No hubo heridos: el templo estaba cerrado.
> «Es como si nos hubieran quitado un trozo de casa», dice Carmen Lestón, de 74 años, que lleva medio siglo encargándose de las flores del altar. «Aquí me casé, aquí bauticé a mis tres hijos y aquí despedí a mi marido.»
> El párroco, D. Manuel Outeiral, pasó la mañana del lunes recogiendo con varios vecinos los restos de madera y teja. Las imágenes del retablo mayor fueron trasladadas por precaución a la sacristía, la única parte del edificio que no sufrió daños.
> —¿Y la misa del domingo? —le pregunta una vecina mientras barre el pórtico.
> —La diremos en el salón parroquial. Dios no necesita tejado —responde él, con media sonrisa.
> 46 avisos atendió el servicio de emergencias del concello durante la noche, sobre todo por árboles caídos y cornisas sueltas. En el puerto, dos embarcaciones de recreo se hundieron en sus amarres y la lonja permaneció cerrada hasta las 10:00.
> El alcalde, Xoán Carballido, ha solicitado a la Xunta la declaración de zona afectada por catástrofe y ha encargado un informe para valorar los daños en la iglesia, que podrían superar los 250.000 euros. Mientras tanto, una lona cubrirá la nave para evitar que la lluvia agrave la situación.
> Los vecinos se han organizado para recaudar fondos. La asociación cultural O Fiadeiro ha abierto una cuenta y recibe donaciones e ideas en axudaigrexa@ofiadeiro.gal, y el próximo sábado organiza una sardinada solidaria en el atrio.
