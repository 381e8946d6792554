#! French round 12 plain articles: invented news, people, places and outlets.

=== fr-plain-incendie-ecole-marsangy
lang: fr
outlet: L’Indépendant du Loing
title: Incendie à l’école Louise-Michel de Marsangy-sur-Loing : 212 élèves évacués, le réfectoire entièrement détruit
caption: Les pompiers ont lutté pendant près de trois heures contre les flammes.
link: https://example.fr/loing/incendie-ecole-louise-michel-marsangy
author: Pauline Ravenel
date: 2033-05-16 19:25:00
tags: Faits divers, Incendie, École, Marsangy-sur-Loing
options: bom
> Un important incendie a ravagé lundi matin le réfectoire de l’école primaire Louise-Michel, à Marsangy-sur-Loing. Les 212 élèves et leurs 14 enseignants ont été évacués dans le calme en moins de quatre minutes, et personne n’a été blessé.
> Le feu s’est déclaré vers 9h40 dans les cuisines, au rez-de-chaussée du bâtiment construit en 1968. Les flammes se sont rapidement propagées à la charpente. Une soixantaine de sapeurs-pompiers, venus de sept centres de secours, ont été mobilisés. Le réfectoire, d’une surface de 320 m², est entièrement détruit ; les salles de classe, séparées par un mur coupe-feu, ont été épargnées mais ont subi d’importants dégâts des eaux.
> « Les enfants ont fait exactement ce qu’ils avaient appris lors des exercices. Je suis fière d’eux… et un peu tremblante, je l’avoue », confie la directrice, Mme Sandrine Pouzols. Les élèves ont été regroupés au gymnase municipal, rue St-Vincent, où leurs parents sont venus les chercher dans la matinée.
> Le maire, M. Hervé Gaudichon, a annoncé que les cours reprendraient jeudi dans des locaux provisoires : six classes seront accueillies à la salle des fêtes et au centre de loisirs, au n° 14 de la rue des Tilleuls. La restauration scolaire sera assurée par la cuisine centrale de la communauté de communes. « Il faudra au moins dix-huit mois et 1,8 million d’euros pour reconstruire », estime l’élu.
> Une enquête a été ouverte par le parquet de Montargis-Val pour déterminer l’origine du sinistre. Selon les premières constatations, un appareil de cuisson resté allumé serait en cause. « Aucune piste n’est écartée à ce stade », précise toutefois le procureur, M. Ludovic Serre.
> Une cellule d’écoute psychologique est ouverte à la mairie mardi et mercredi, de 9 heures à 17 heures. Les familles peuvent également écrire à ecole.louisemichel@marsangy-example.fr ou consulter les informations pratiques sur www.marsangy-example.fr/incendie-ecole.

=== fr-plain-exercice-nucleaire-chauvenay
lang: fr
outlet: La Gazette du Val de Cher
title: Exercice nucléaire à la centrale de Chauvenay : sirènes, mise à l’abri et pastilles d’iode pour 9 000 habitants
caption: Des gendarmes en tenue de protection lors de l’exercice, jeudi à Chauvenay.
link: https://example.fr/val-de-cher/exercice-nucleaire-centrale-chauvenay
author: Thomas Lebreton-Vial
date: 2034-03-02 18:50:00
tags: Nucléaire, Centrale de Chauvenay, Sécurité civile
options: crlf exit=none
> « Ceci est un exercice. » Jeudi à 9h02, les sirènes ont retenti dans les onze communes situées dans un rayon de 10 km autour de la centrale nucléaire de Chauvenay. Durant toute la journée, préfecture, exploitant, pompiers, gendarmes et écoles ont simulé un accident sur le réacteur n° 3 : une fuite sur le circuit primaire, suivie d’un rejet radioactif « limité » dans l’atmosphère.
> Dans la foulée, 9 000 habitants ont reçu sur leur téléphone une alerte FR-Alert leur demandant de se mettre à l’abri et de se tenir à l’écoute. À l’école élémentaire de Saint-Martin-sur-Cher, les 134 élèves ont été confinés dans le gymnase pendant deux heures. « Les enfants ont trouvé ça plutôt amusant… les parents un peu moins », sourit l’institutrice, Mme Agnès Villeroy.
> Au centre opérationnel départemental, le préfet, M. Jean-Marc Delorme-Arnaud, a piloté la crise fictive. « Un exercice réussi, ce n’est pas un exercice sans erreur. C’est un exercice où l’on trouve les erreurs avant qu’elles ne coûtent cher », a-t-il résumé en fin d’après-midi.
> Plusieurs couacs ont d’ailleurs été relevés : dans deux communes, les sirènes n’ont fonctionné qu’au bout de 7 minutes, et le numéro d’information du public a été saturé pendant près d’une heure. L’évacuation simulée d’un quartier de 450 habitants vers le parc des expositions de Vierzac a pris 2 h 15, soit 40 minutes de plus que prévu.
> L’exploitant assure que le réacteur, en fonctionnement normal tout au long de la journée, « n’a jamais été concerné » : l’exercice se déroulait uniquement sur le papier et dans le simulateur de conduite. Un retour d’expérience détaillé sera publié d’ici à juin par l’autorité de sûreté, qui avait dépêché 12 inspecteurs sur place.
> Les habitants qui n’ont pas encore retiré leurs comprimés d’iode stable en pharmacie peuvent le faire gratuitement sur présentation d’un justificatif de domicile. Renseignements : www.distribution-iode-example.fr ou 0800 96 00 12.

=== fr-plain-fashion-week-maison-orsenne
lang: fr
outlet: Vogue & Vitrines
title: Fashion Week de Paris : pour son premier défilé, Clémence Vautrin-Ngata réveille la maison Orsenne
caption: Le final du défilé Orsenne, jeudi soir, sous la verrière de l’ancienne gare de Reuilly.
link: https://example.fr/mode/fashion-week-paris-orsenne-vautrin-ngata
author: Inès Ballarin-Desforges
date: 2034-03-03 09:15:00
tags: Mode, Fashion Week, Orsenne, Défilés
options: nnbsp
> Il y avait foule, jeudi soir, sous la verrière de l’ancienne gare de Reuilly. Pour son premier défilé à la tête de la maison Orsenne, fondée en 1952 et endormie depuis une décennie, Clémence Vautrin-Ngata, 36 ans, était attendue au tournant. Elle a tenu son pari : 48 silhouettes nettes, sculpturales, saluées par une ovation de près de trois minutes.
> « Je ne voulais pas faire un musée… Je voulais rouvrir les tiroirs et laisser entrer l’air », a expliqué la créatrice en coulisses, encore essoufflée. Formée chez le tailleur londonien McAllister & Finch, passée par la direction artistique d’atelierNoé, la jeune marque qu’elle avait cofondée en 2026, elle a puisé dans les archives de la maison, soit près de 3 400 croquis, pour réinventer le tailleur-pantalon et la cape du soir.
> Le vestiaire, dominé par le gris ardoise, le rouge sang de bœuf et l’ivoire, joue sur les volumes : épaules arrondies, tailles marquées, jupes longues fendues à mi-cuisse. Clou du spectacle, une robe en organza brodée de 2,3 millions de perles de verre a nécessité 1 100 heures de travail dans les ateliers de la rue St-Honoré.
> Au premier rang, l’actrice Mathilde Okafor-Brun et le chanteur Loïc DeMarco côtoyaient la présidente du groupe de luxe propriétaire d’Orsenne, Mme Béatrice Haussmann-Lévy. Celle-ci n’a pas caché sa satisfaction : « C’est exactement l’Orsenne dont nous rêvions. »
> Les ventes de la maison, qui avaient chuté à 38 millions d’euros en 2032, devraient profiter de ce nouvel élan. La collection sera disponible en boutique dès septembre, et en précommande sur www.orsenne-example.com à partir du 15 mars.
> La semaine de la mode parisienne se poursuit jusqu’au 8 mars, avec 74 défilés inscrits au calendrier officiel. Le programme complet est consultable sur le site de la fédération.
