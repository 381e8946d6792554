#! French round 14 plain articles: invented news, people, places and outlets.

=== fr-plain-loto-montrevel-des-aulnes
lang: fr
outlet: L’Éveil des Aulnes
title: Loto : un joueur de Montrevel-des-Aulnes remporte plus de 17 millions d’euros avec une grille à 2,20 €
caption: Le bar-tabac Le Balto, place de la Mairie, où la grille gagnante a été validée.
link: https://example.fr/montrevel-des-aulnes/loto-17-millions-gagnant
author: Mathilde Guérineau
date: 2036-05-07 11:30:00
tags: Loto, Montrevel-des-Aulnes, Insolite
options: crlf
> C’est l’effervescence depuis mardi soir place de la Mairie, à Montrevel-des-Aulnes. Une grille validée au bar-tabac Le Balto a trouvé la bonne combinaison du tirage de lundi et rapporte à son heureux propriétaire 17 012 408 €, l’un des plus gros gains de l’année.
> 2, 14, 23, 37, 41 et le numéro chance 7 : ce sont les numéros qui ont fait d’un habitant du bourg un multimillionnaire. Le gagnant, qui souhaite rester anonyme, s’est manifesté mercredi matin auprès de l’opérateur de la loterie.
> « Il est passé ce matin, il tremblait comme une feuille. Il m’a dit : “Tu te rends compte, c’est moi…” Je lui ai offert un café, il n’a pas réussi à le boire », raconte Thierry Bouvard, le patron du Balto, qui tient l’établissement depuis 1998.
> Selon nos informations, il s’agirait d’un ouvrier d’une cinquantaine d’années qui joue « les mêmes numéros depuis vingt ans, ceux des anniversaires de sa famille ». Une grille simple, à 2,20 €.
> Dans ce village de 3 200 habitants, tout le monde cherche à deviner. « On a déjà eu un gagnant de 150 000 € en 2011, mais là, c’est autre chose ! », s’amuse Mme Odile Parrenin, qui tient la boulangerie d’en face.
> Le maire, M. Gérard Chapuis, a salué « une belle nouvelle pour la commune ». « Si le gagnant veut faire un geste pour la salle des fêtes, on ne dira pas non… », a-t-il plaisanté.
> Pour le buraliste, l’aventure a aussi du bon : depuis mardi, les ventes de grilles ont triplé et des clients viennent de Saint-Oyen-la-Forêt ou de Bréval-sur-Ance, à 30 km de là, « pour toucher le comptoir ».
> L’opérateur rappelle que les grands gagnants bénéficient d’un accompagnement personnalisé : rendez-vous avec un conseiller patrimonial, aide psychologique si besoin, etc. Plus d’informations sur www.gagnants-accompagnement.fr ou par courriel à contact@gagnants-accompagnement.fr.

=== fr-plain-demission-maire-vauclerc
lang: fr
outlet: Le Petit Journal du Val d’Aronde
title: Vauclerc-la-Rivière : « usé » par deux ans de conflit autour d’une zone commerciale, le maire Didier Fonteneau démissionne
caption: Didier Fonteneau, lundi soir, à l’issue du conseil municipal.
link: https://example.fr/val-d-aronde/vauclerc-la-riviere-le-maire-demissionne
author: Laurent Pichereau
date: 2036-03-18 14:45:00
tags: Politique locale, Vauclerc-la-Rivière, Val d’Aronde
options: bom
> Coup de tonnerre à Vauclerc-la-Rivière. À la fin du conseil municipal de lundi soir, le maire divers droite Didier Fonteneau, 61 ans, a annoncé qu’il quittait ses fonctions, deux ans avant la fin de son mandat. Sa lettre de démission a été remise au préfet dans la foulée.
> « Je suis usé. Depuis deux ans, je reçois des insultes, des lettres anonymes, on a même rayé ma voiture devant chez moi. Ma famille n’en peut plus. » Visiblement ému, l’élu a lu une déclaration d’à peine trois minutes avant de quitter la salle sous les applaudissements d’une partie du public.
> En cause, le projet de zone commerciale des Grands-Prés : 11,5 hectares en bordure de la RD 914, portés par la municipalité depuis 2034. Le promoteur, la société ImmoVal, y prévoit un supermarché, une jardinerie et une dizaine de cellules commerciales.
> PLU modifié, enquête publique houleuse, deux recours devant le tribunal administratif… Le dossier a empoisonné la vie municipale. En janvier, trois adjoints avaient déjà claqué la porte de la majorité.
> L’association de riverains Les Prés Vivants, soutenue par la chambre d’agriculture, dénonce depuis le début « l’artificialisation de terres parmi les meilleures du canton » et craint pour les commerces du centre-bourg.
> Interrogée mardi matin, sa présidente, Mme Claire Aubertin-Roux, se dit « désolée pour l’homme », tout en condamnant « fermement » les menaces. « Nous nous sommes toujours battus avec des arguments, jamais avec des insultes. Ceux qui ont fait ça ne parlent pas en notre nom. »
> Le premier adjoint, M. Patrice Vinatier, assure l’intérim. Le préfet dispose d’un mois pour accepter la démission ; le conseil municipal devra ensuite élire un nouveau maire en son sein. « Rien n’est décidé pour la suite, y compris pour les Grands-Prés », a-t-il indiqué.
> Didier Fonteneau avait été élu pour la première fois en 2026 avec 54,3 % des voix, puis réélu en 2032 dès le premier tour. Une plainte pour menaces a été déposée à la gendarmerie de Vauclerc le 2 mars.
