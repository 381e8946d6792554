#! French round 11 live blogs: invented news, people, places and outlets.

=== fr-live-greve-enseignants-tours
lang: fr
outlet: Le Veilleur de Touraine
title: Grève des enseignants : 38 % de grévistes dans le primaire, 15 000 manifestants à Tours, suivez la journée en direct
caption: Le cortège des enseignants s’élance de la place Jean-Jaurès, jeudi matin.
link: https://example.fr/touraine/greve-enseignants-18-mars-direct
author: Sandrine Pelletier-Moreau et Hugo Vasseur
date: 2032-03-18 18:05:00
tags: Éducation, Grève, Enseignants, Tours
options: time=glued bullet=⇒ crlf
> Journée noire dans les écoles d’Indre-et-Loire. À l’appel d’une intersyndicale inédite (FSU, SE-Unsa, SNALC, SUD Éducation et CGT Éduc’action), les enseignants sont en grève ce jeudi contre la suppression de 4 000 postes annoncée dans le projet de budget et contre la généralisation des « groupes de niveau » au collège.
> Selon le rectorat, 38 % des professeurs des écoles et 27,5 % des enseignants du second degré sont en grève dans l’académie d’Orléans-Tours. Les syndicats revendiquent « plus d’un enseignant sur deux ». À Tours, le cortège a réuni 15 000 personnes selon les organisateurs, 6 200 selon la préfecture.
kp: Les infos à retenir
* 38 % de grévistes dans le primaire, selon le rectorat
* 15 000 manifestants à Tours selon les syndicats, 6 200 selon la préfecture
* Le ministre Bertrand Lacombe se dit « ouvert au dialogue »
* Nouvelle journée de mobilisation le 2 avril
## 17h55 | Nouvelle journée de mobilisation le 2 avril
> Réunie en fin d’après-midi à la bourse du travail, l’intersyndicale a annoncé une nouvelle journée de grève et de manifestations le jeudi 2 avril. « Si le ministre ne revient pas sur les 4 000 suppressions, nous serons encore plus nombreux », prévient Karine Delaunay, secrétaire départementale de la FSU.
> Les syndicats appellent aussi les parents d’élèves à organiser des opérations « écoles mortes » le lundi 30 mars.
## 17h12 | Le ministre Bertrand Lacombe se dit « ouvert au dialogue »
> Interrogé au Sénat lors des questions au gouvernement, le ministre de l’Éducation nationale, M. Bertrand Lacombe, a assuré être « ouvert au dialogue », tout en défendant un budget « responsable ». « Nous ne supprimons pas 4 000 postes, nous tirons les conséquences de la baisse démographique : 97 000 élèves de moins à la rentrée prochaine », a-t-il affirmé.
> Des propos qui ont fait bondir la sénatrice d’Indre-et-Loire, Mme Claire Rigaudeau : « Dire cela à des collègues qui ont 29 élèves par classe, c’est de la provocation. »
## 16h40 | Combien d’écoles sont fermées dans le département ?
> Selon la direction des services départementaux de l’Éducation nationale (DSDEN), 142 écoles sur 489 étaient totalement fermées jeudi, faute d’enseignants, et 211 assuraient un service minimum d’accueil.
> À Joué-lès-Tours, la mairie a mobilisé 85 agents, animateurs du périscolaire et Atsem, pour accueillir environ 600 enfants. La liste des écoles ouvertes est publiée sur www.joue-example.fr/greve-18-mars.
## 16h05 | « On nous demande de faire toujours plus avec moins »
> Dans le cortège, Mélanie Roux, professeure de SVT au collège Léonard-de-Vinci d’Amboise, tient une pancarte « 30 élèves, 1 prof, 0 moyen ». Elle a fait le calcul : sur ses cinq classes de 4e, aucune ne compte moins de 28 élèves.
> – C’est votre première grève ?
> – La troisième depuis septembre. Et à chaque fois je perds 112 euros... mais là, on ne pouvait pas rester chez nous.
## 15h30 | Dispersion dans le calme place Anatole-France
> Le cortège s’est dispersé vers 15h20 place Anatole-France, au pied du pont Wilson, sans incident. Quelques dizaines de lycéens ont tenté de rejoindre la gare, avant d’être raccompagnés par les CRS.
## 14h48 | Le cortège s’étire sur 2 km
> La tête du cortège a atteint la place Jean-Jaurès alors que les derniers manifestants n’avaient pas encore quitté le boulevard Béranger. « On n’avait pas vu ça depuis la réforme des retraites », s’étonne un fonctionnaire de police.
## 14h10 | Taux de grévistes dans le second degré : 27,5 %
> Le rectorat a actualisé ses chiffres : 27,5 % des enseignants des collèges et lycées de l’académie sont en grève, contre 31 % lors de la précédente journée de mobilisation, le 3 février. Le taux atteint 41,2 % dans les collèges classés en éducation prioritaire (REP et REP+).
## 13h25 | SNCF : des TER supprimés entre Tours et Loches
> Sans lien direct avec la grève des enseignants, un mouvement social local perturbe aussi la ligne Tours – Loches : trois TER sur cinq sont supprimés jusqu’à 20 heures. Des autocars de substitution sont mis en place, précise la région sur son site.
## 12h40 | Les lycéens rejoignent le mouvement
> 3 000 lycéens, selon l’Union nationale lycéenne, ont rejoint la manifestation. Au lycée Descartes, le proviseur a fait fermer les grilles vers 8 heures après un début de blocage avec des poubelles.
> « On soutient nos profs, c’est aussi notre avenir qui se joue », explique Inès, élève de terminale, qui prépare le bac « avec un professeur de philo remplacé trois semaines sur quatre ».
## 11h58 | Le cortège s’élance de la place Jean-Jaurès
> Derrière une banderole « Nos élèves valent mieux que vos économies », les responsables syndicaux ont pris la tête du cortège. Le parcours emprunte la rue Nationale, puis les boulevards Heurteloup et Béranger.
## 10h15 | Les parents prévenus au dernier moment ?
> eduConnect, le portail des familles, a été pris d’assaut dès 7 heures du matin. Beaucoup de parents disent n’avoir été prévenus que mercredi soir, par un simple message, que l’école de leurs enfants serait fermée. La FCPE 37 dénonce « un service minimum d’accueil inégal d’une commune à l’autre ».
## 9h02 | Le rectorat annonce 38 % de grévistes dans le primaire
> Premier chiffre officiel : 38 % des professeurs des écoles sont en grève ce jeudi dans l’académie, selon le rectorat. Le Snuipp-FSU avance, lui, « 62 % dans les écoles d’Indre-et-Loire ». Pour rappel, les enseignants du premier degré doivent se déclarer grévistes 48 heures à l’avance.
## 8h30 | Les premiers piquets de grève devant les écoles
> Devant l’école élémentaire Paul-Bert, dans le quartier des Prébendes, une dizaine d’enseignants distribuent des tracts aux parents. « On ne fait pas grève contre les familles, on fait grève pour leurs enfants », résume la directrice, Anne-Sophie Gaudin.

=== fr-live-motion-censure-quemeneur
lang: fr
outlet: Le Quotidien des Assemblées
title: Motion de censure : le gouvernement Quéméneur renversé par 302 voix, revivez la journée à l’Assemblée
caption: Le Premier ministre Jean-Baptiste Quéméneur quitte l’hémicycle après l’annonce du résultat du vote.
link: https://example.fr/politique/motion-censure-gouvernement-quemeneur-direct
author: Romain Lefebvre-Daguet
date: 2031-12-04 20:15:00
tags: Assemblée nationale, Motion de censure, Gouvernement, Jean-Baptiste Quéméneur
options: time=suffix bullet=• bom
> Le gouvernement de Jean-Baptiste Quéméneur n’aura tenu que sept mois. Ce mercredi, l’Assemblée nationale a adopté la motion de censure déposée par les groupes de gauche après le recours à l’article 49.3 sur le projet de loi de financement de la Sécurité sociale, avec le renfort inattendu de la droite.
> La motion a recueilli 302 voix, alors que la majorité absolue était fixée à 288. Le Premier ministre doit remettre dans la soirée la démission de son gouvernement au président de la République.
kp: L’essentiel
* La motion de censure adoptée par 302 voix
* Le groupe LR a voté la censure, le RN n’a pas pris part au vote
* Jean-Baptiste Quéméneur remettra sa démission ce soir
## 20h02 | Le Premier ministre remettra sa démission ce soir
> Matignon a confirmé que Jean-Baptiste Quéméneur se rendrait à l’Élysée « dans la soirée » pour remettre la démission de son gouvernement. Les ministres resteront en fonction pour expédier les affaires courantes jusqu’à la nomination d’un nouveau gouvernement.
## 19h31 | Que se passe-t-il maintenant ?
> La Constitution ne fixe aucun délai au chef de l’État pour nommer un nouveau Premier ministre. Le projet de loi de financement de la Sécurité sociale, lui, est considéré comme rejeté : le gouvernement suivant devra en déposer un nouveau, ou recourir à des ordonnances si le Parlement ne s’est pas prononcé dans un délai de 50 jours, prévu à l’article 47-1.
> « Le pays ne va pas s’arrêter demain matin, les pensions seront versées », a voulu rassurer la présidente de la commission des affaires sociales, Mme Odile Ferracci.
## 19h05 | La motion adoptée par 302 voix, il en fallait 288
> C’est fait. La présidente de l’Assemblée, Mme Véronique Hamelin, a proclamé le résultat à 19h02 : 302 députés ont voté la motion de censure. Un murmure, puis des applaudissements sur les bancs de la gauche et de la droite.
> Dans le détail, tous les députés de gauche présents, 41 des 47 élus LR et 12 non-inscrits ont voté pour. Le RN, qui avait annoncé s’abstenir, n’a pas pris part au vote.
## 18h58 | « Démission ! » scandent des députés de gauche
> Avant même la proclamation des résultats, plusieurs députés insoumis se sont levés en criant « Démission ! ». La présidente de séance a dû suspendre brièvement les débats.
## 18h20 | Le vote est ouvert jusqu’à 18h50
> Le scrutin se déroule à la tribune, dans les salles voisines de l’hémicycle. Seuls les votes « pour » sont comptabilisés : les députés opposés à la censure n’ont pas à se déplacer.
## 17h40 | Le discours du Premier ministre : « Je ne regrette rien »
> « Je ne regrette rien. Ni d’avoir dit la vérité sur nos comptes, ni d’avoir engagé la responsabilité du gouvernement », a lancé Jean-Baptiste Quéméneur à la tribune. Il a longuement cité le déficit, « 5,4 % du PIB », et la dette, « 3 412 milliards d’euros », avant de dénoncer « une coalition des contraires ».
> « Vous pouvez renverser un gouvernement, vous ne renverserez pas l’arithmétique », a-t-il conclu sous les huées.
## 16h55 | La droite votera la censure, annonce le président du groupe LR
> Coup de théâtre. À l’issue d’une réunion de groupe houleuse, le président des députés LR, Thierry Bonnassieux, a annoncé que « l’immense majorité » de ses troupes voterait la motion. « Nous avons tendu la main pendant sept mois. On nous a répondu par le 49.3 », a-t-il justifié.
## 16h10 | Combien de voix faut-il pour faire tomber le gouvernement ?
> La motion doit recueillir la majorité absolue des membres composant l’Assemblée. Avec trois sièges vacants, le seuil est fixé à 288 voix, et non à 289 comme habituellement.
> La gauche compte 196 députés. Il lui faut donc trouver au moins 92 voix ailleurs.
## 15h00 | Ouverture de la séance, l’hémicycle est plein
> La séance est ouverte. Les tribunes du public sont combles, et plusieurs anciens Premiers ministres ont pris place dans la tribune d’honneur. Le débat doit durer environ trois heures, chaque groupe disposant d’un temps de parole.

=== fr-live-route-des-epices
lang: fr
outlet: Voiles & Large Quotidien
title: Route des Épices 2032 : Maëlle Kerbrat en tête au passage de l’équateur, le direct de la course
caption: Le monocoque « Ar Vag » de Maëlle Kerbrat au départ de Lorient, le 2 novembre.
link: https://example.fr/voile/route-des-epices-2032-direct
author: Gwenaël Le Bihan
date: 2032-11-14 16:40:00
tags: Voile, Route des Épices, Course au large, Maëlle Kerbrat
options: time=paren bullet=- nnbsp nocaptionline
> Douze jours après le départ de Lorient, la Route des Épices entre dans sa deuxième semaine avec une bagarre acharnée en tête de la flotte des Imoca. La skippeuse finistérienne Maëlle Kerbrat (Ar Vag) a franchi l’équateur ce jeudi à 9h47, avec 38 milles d’avance sur le Basque Iñaki Oyarzun (Bidasoa Sailing).
> Les 27 solitaires encore en course doivent rallier l’île de la Réunion, à 11 480 milles du départ, puis remonter vers Zanzibar. Arrivée prévue début décembre.
kp: Les temps forts
* Kerbrat passe l’équateur en tête avec 38 milles d’avance
* Démâtage pour Loïc Gervais, sain et sauf
* Le record de distance en 24 heures battu par Oyarzun
## il y a 12 min | L’écart se resserre entre Kerbrat et Oyarzun
> Au classement de 16 heures, l’avance de Maëlle Kerbrat n’est plus que de 24,6 milles. Iñaki Oyarzun, positionné 40 milles plus à l’ouest, profite d’un alizé plus soutenu et file à 21,3 nœuds de moyenne, contre 18,4 pour la Bretonne.
## il y a 47 min | « Je dors par tranches de vingt minutes »
> Dans une vidéo envoyée depuis le bord, la skippeuse d’Ar Vag raconte son quotidien dans le Pot-au-Noir : « Je dors par tranches de vingt minutes, pas plus. Le vent tourne sans arrêt, il faut régler, régler, régler... et manger quand on peut. »
> – Et le moral ?
> – Il est au beau fixe. Passer l’équateur en tête, c’est un petit rêve d’enfant.
## 14h05 | Démâtage pour Loïc Gervais, coup dur pour KerOcéan
> Le skipper de KerOcéan, Loïc Gervais, a démâté vers 13h30 à environ 620 milles au nord-est de Recife. Il est sain et sauf et a commencé à sécuriser son bateau. « Le mât est tombé d’un coup, sans prévenir. Je suis dégoûté », a-t-il confié par téléphone satellite.
> Son équipe technique étudie la possibilité de gréer un mât de fortune pour rejoindre le Brésil par ses propres moyens.
## 11h20 | Quel est le record de l’épreuve ?
> Le record de la Route des Épices appartient toujours au Néo-Zélandais Callum McArdle, en 27 jours 9 heures 14 minutes, établi en 2028. Au rythme actuel, Kerbrat et Oyarzun pourraient l’améliorer de plus d’une journée.
## 9h52 | Kerbrat franchit l’équateur en tête !
> Maëlle Kerbrat a franchi l’équateur à 9h47 (heure française), après 11 jours 21 heures et 47 minutes de course. Selon la tradition, elle a offert une rasade de rhum à Neptune. Iñaki Oyarzun est passé 2 h 12 plus tard.
> Le classement complet est disponible toutes les quatre heures sur www.routedesepices-example.com/classement.
## 8h00 | Le record de distance en 24 heures battu par Oyarzun
> Le Basque a parcouru 562,4 milles en 24 heures, soit une moyenne de 23,4 nœuds, battant de 8 milles la précédente référence de la course. Un exploit réalisé sous pilote automatique, de nuit, dans une mer formée.

=== fr-live-seisme-perou-ayacuna
lang: fr
outlet: Monde & Régions
title: Séisme au Pérou : au moins 214 morts dans la région d’Ayacuna, quatre Français légèrement blessés
caption: Des secouristes fouillent les décombres d’un immeuble effondré à San Martín de Ayacuna.
link: https://example.fr/international/seisme-perou-ayacuna-direct
author:
date: 2033-02-09 11:30:00
tags: Pérou, Séisme, International
options: bullet=- authorspace
> Un séisme de magnitude 7,4 a frappé dans la nuit de mardi à mercredi la région andine d’Ayacuna, dans le centre du Pérou. L’épicentre a été localisé à 28 km au sud-est de San Martín de Ayacuna, à une profondeur de 41 km, selon l’Institut géophysique du Pérou (IGP).
> Le dernier bilan des autorités péruviennes fait état d’au moins 214 morts et de plus de 1 300 blessés. Des dizaines de personnes sont toujours portées disparues sous les décombres, et les secours peinent à atteindre les villages de montagne, coupés du monde par des glissements de terrain.
kp: Ce que l’on sait
* Le bilan provisoire est d’au moins 214 morts et 1 300 blessés.
* San Martín de Ayacuna serait détruite à 70 %, selon le maire.
* Quatre ressortissants français ont été légèrement blessés.
* Paris envoie 45 sauveteurs de la Sécurité civile.
## Le Quai d’Orsay ouvre une cellule de crise
> Le ministère des Affaires étrangères a ouvert une cellule de crise, joignable au 01 53 59 11 00 ou par courriel à crise.perou@diplomatie-example.fr. Selon le Quai d’Orsay, quatre Français, membres d’un groupe de randonneurs, ont été légèrement blessés à Huancarí et pris en charge dans un hôpital de la région.
> « Aucun de nos compatriotes n’est en danger de mort à ce stade », a précisé la porte-parole du ministère, Mme Laure Desforges-Abadie, en appelant les familles sans nouvelles de leurs proches à se signaler.
## « Tout s’est effondré en vingt secondes »
> Joint par téléphone, Rodrigo Quispe, commerçant de San Martín de Ayacuna, décrit une scène d’apocalypse. « J’ai été réveillé par un grondement, puis tout s’est mis à bouger. Tout s’est effondré en vingt secondes. Le marché, l’église, l’école... il ne reste rien. »
> – Et votre famille ?
> – Ma femme et mes enfants sont vivants. Mon frère, on le cherche encore.
## Pourquoi la région est-elle si exposée ?
> Le Pérou se situe sur la « ceinture de feu » du Pacifique, où la plaque de Nazca plonge sous la plaque sud-américaine à raison de 6 à 7 cm par an. « Les Andes centrales accumulent des contraintes énormes, qui se libèrent brutalement », explique le sismologue Dr Bertrand Oliveau, de l’Institut de physique du globe.
> Les constructions en adobe, des briques de terre crue, très répandues dans les villages, expliquent en grande partie le lourd bilan, selon lui.
## Les répliques se multiplient, dont une de magnitude 5,8
> Plus de 60 répliques ont été enregistrées depuis le séisme principal, dont une de magnitude 5,8 mercredi à 6h12 (heure locale), qui a achevé de faire tomber plusieurs bâtiments déjà fragilisés. Les habitants ont passé la nuit dehors, malgré des températures proches de 0 °C à 3 400 mètres d’altitude.
## La Sécurité civile française en route
> 45 sauveteurs de la Sécurité civile, accompagnés de six chiens et de 12 tonnes de matériel, ont décollé de Roissy vers 10 heures. Ils doivent rejoindre Lima dans la soirée, puis la zone sinistrée par hélicoptère, « si la météo le permet ».
> L’Union européenne a par ailleurs débloqué une aide d’urgence de 3,5 millions d’euros.
## Un élan de solidarité sur internet
> Des appels aux dons se multiplient. La Croix-Rouge française a ouvert une page dédiée (www.croixrouge-example.fr/perou), et l’association franco-péruvienne Puentes Andinos, basée à Lyon, organise une collecte de vêtements chauds et de couvertures jusqu’au 15 février.
