#! French plain articles: invented news, people and places. (round 7)

=== fr-plain-rachat-covoiturage
lang: fr
outlet: Les Nouvelles de l’Entreprise
title: Covoiturage : le nantais RouleMalin racheté 310 millions d’euros par le néerlandais TripHub
caption: Les fondateurs de RouleMalin, Inès Garnier et Mathieu Le Bihan, dans leurs locaux de l’île de Nantes.
link: https://example.fr/entreprises/roulemalin-rachat-triphub
author: Sophie Guérin-Lapeyre
date: 2031-09-09 07:45:00
tags: Start-up, Covoiturage, Rachat, Nantes
options: nocaptionline
caption:
> C’est l’une des plus importantes opérations de l’année dans la French Tech. La plateforme nantaise de covoiturage domicile-travail RouleMalin a annoncé lundi son rachat par le groupe néerlandais TripHub pour 310 millions d’euros, dont 240 millions en numéraire et le reste en actions. L’opération doit encore recevoir le feu vert de l’Autorité de la concurrence.
> Fondée en 2019 par Inès Garnier et Mathieu Le Bihan, deux anciens ingénieurs du constructeur ferroviaire Alstom, RouleMalin revendique 3,5 millions d’utilisateurs inscrits et 1 200 entreprises clientes, parmi lesquelles la SNCF, Airbus, McDonald’s France et plusieurs centres hospitaliers universitaires. Son application, disponible sur iPhone et Android depuis la version 3.5 sortie en 2024, met en relation des salariés qui effectuent des trajets similaires pour se rendre au travail.
> « On a reçu plusieurs offres ces deux dernières années. Celle de TripHub est la seule qui garantit le maintien de toutes les équipes à Nantes », assure Inès Garnier, qui restera directrice générale de l’entreprise. Les 186 salariés, dont 120 ingénieurs, conserveront leurs locaux de l’île de Nantes, précise-t-elle.
> Pour TripHub, coté à la Bourse d’Amsterdam et déjà présent en Allemagne, en Belgique et en Pologne, l’acquisition est une porte d’entrée sur le marché français. Son PDG, Pieter van der Meulen, parle d’une « pièce maîtresse » dans sa stratégie. « La France est le premier marché européen du covoiturage du quotidien. Nous ne pouvions pas y être absents. »
> Le modèle de RouleMalin repose en grande partie sur les aides publiques. Depuis 2023, l’État et plusieurs collectivités versent une prime aux conducteurs, jusqu’à 100 euros pour les nouveaux inscrits, puis 2 à 4 euros par trajet partagé selon la distance. En 2030, ces financements représentaient près de 45 % du chiffre d’affaires de l’entreprise, qui a atteint 38,6 millions d’euros pour un résultat net à l’équilibre.
> Cette dépendance inquiète certains observateurs. « Si l’État réduit la voilure, le modèle s’effondre. Tout le secteur le sait… », observe Damien Chevrier, chercheur au Laboratoire ville mobilité transport. D’autant que le projet de loi de finances pour 2032 prévoit une baisse de 15 % de l’enveloppe consacrée au covoiturage.
> La transaction fait aussi les affaires des investisseurs historiques. Le fonds régional Ouest Capital Innovation S.A.S., entré au capital en 2020 pour 12 500 euros lors du tout premier tour de table, empoche plus de 4 millions d’euros. « C’est le genre de sortie dont on rêve sans oser l’espérer », sourit son président, Bernard Le Floch.
> Les utilisateurs, eux, ne devraient pas voir de changement à court terme. L’application conservera son nom et son interface « au moins jusqu’à fin 2032 », selon l’entreprise, qui a ouvert une adresse dédiée aux questions des clients professionnels, partenaires@roulemalin.example.fr. Les conditions générales d’utilisation, elles, seront modifiées, notamment sur le partage des données de trajet avec la maison mère.

=== fr-plain-verdict-assises-rennes
lang: fr
outlet: Le Télégramme d’Armor
title: Meurtre de Plouvenec : Yann Kerhervé condamné à vingt-deux ans de réclusion criminelle par la cour d’assises d’Ille-et-Vilaine
caption: Le palais de justice de Rennes, vendredi soir, à l’annonce du verdict.
link: https://example.fr/faits-divers/verdict-assises-plouvenec-kerherve
author: Gwénaëlle Cadiou
date: 2030-06-21 23:10:00
tags: Justice, Assises, Plouvenec
options: nnbsp crlf
> Il était 21 h 52, vendredi, lorsque la présidente de la cour d’assises d’Ille-et-Vilaine, Mme Catherine Le Duff, a lu le verdict. Yann Kerhervé, 44 ans, a été reconnu coupable du meurtre de son associé, Loïc Prigent, tué de deux coups de fusil dans la nuit du 14 au 15 octobre 2027 à Plouvenec. Il est condamné à vingt-deux ans de réclusion criminelle, assortis d’une période de sûreté des deux tiers.
> L’avocate générale avait requis vingt-cinq ans le matin même. L’accusé, qui a toujours nié les faits, est resté impassible à l’annonce de la décision, les mains posées à plat sur la rambarde du box. Sa défense dispose de dix jours pour faire appel.
> Tout au long des cinq jours d’audience, le dossier a reposé sur un faisceau d’indices plutôt que sur des preuves directes. Aucune arme n’a été retrouvée. Mais le téléphone de Yann Kerhervé a borné à 400 mètres de la ferme de la victime vers 1 h 10 du matin, alors qu’il affirmait dormir chez lui, à dix-sept kilomètres de là.
> 18 h 40. Les jurés se retirent pour délibérer. Dans la salle des pas perdus, la sœur de la victime, Annaïg Prigent, tient la main de sa mère. « Trois ans qu’on attend ce moment. On ne sait même plus ce qu’on espère, au fond. » Les deux femmes ne quitteront pas le palais de justice avant la fin de la soirée.
> Plus tôt dans l’après-midi, la défense avait tenté de semer le doute. Pour Me Hervé Salaün, l’enquête s’est « refermée trop vite sur un coupable idéal ». Il a longuement insisté sur les dettes de jeu de la victime, environ 60 000 euros selon les enquêteurs, et sur les menaces qu’elle aurait reçues quelques semaines avant sa mort. « Qui a cherché de ce côté-là ? Personne. »
> L’avocate générale, Mme Sandrine Morvan-Le Gall, a balayé l’argument. « On nous parle de créanciers mystérieux. Aucun n’a jamais été identifié, aucun n’apparaît dans les relevés téléphoniques, aucun n’a été vu à Plouvenec. » Elle a décrit un accusé « acculé par la faillite de l’exploitation commune », qui percevait une assurance-vie de 350 000 euros au décès de son associé.
> Le moment le plus tendu de l’audience est survenu mercredi, lors du témoignage du Dr. Jean-Michel Gourvennec, médecin légiste. Interrogé par la défense sur l’heure du décès, il a maintenu sa fourchette « entre minuit et 2 heures du matin ». – Vous ne pouvez pas être plus précis ? – Non, maître. Et personne ne le pourrait. – Donc il aurait pu mourir à 2 h 30 ? – Non, j’ai dit 2 heures.
> Dans les derniers mots qu’il a prononcés avant que la cour se retire, Yann Kerhervé s’est adressé à la famille de la victime, sans la regarder. « Je n’ai pas tué Loïc. Je sais que vous ne me croyez pas. Je comprends. » Puis il s’est rassis, et n’a plus dit un mot jusqu’au verdict.
> À la sortie, Me Salaün n’a pas souhaité dire si son client ferait appel. « On va en parler calmement, demain, à tête reposée. » L’avocat des parties civiles, Me Corentin Le Roux, a quant à lui salué « une décision juste, qui ne ramènera pas Loïc mais permettra peut-être à sa famille de respirer un peu. »

=== fr-plain-lancement-vesta-kourou
lang: fr
outlet: Sciences & Espace Hebdo
title: Kourou : la fusée européenne Vesta-C réussit son premier vol et place deux satellites en orbite
caption: Le décollage de Vesta-C depuis le Centre spatial guyanais, mardi soir.
link: https://example.fr/espace/vesta-c-premier-vol-reussi
author: Rémi Saint-Cricq
date: 2031-03-26 06:15:00
tags: Espace, Kourou, Vesta-C, ESA
options: exit=none
> Après deux reports, la fusée européenne Vesta-C a enfin décollé mardi à 22 h 14, heure de Guyane (3 h 14 mercredi à Paris), depuis le Centre spatial guyanais de Kourou. Cinquante-deux minutes plus tard, les deux satellites qu’elle transportait étaient séparés du dernier étage sur l’orbite prévue, à 620 kilomètres d’altitude. Un soulagement pour l’Agence spatiale européenne (ESA), qui n’avait plus connu de premier vol réussi depuis 2024.
> « On a retenu notre souffle pendant huit minutes et trente-deux secondes, jusqu’à l’extinction du deuxième étage. Après, c’était de la mécanique », a résumé la directrice du programme, Dr. Ingrid Sørensen, lors d’une conférence de presse organisée dans la nuit. Dans la salle de contrôle Jupiter, les ingénieurs se sont levés pour applaudir dès l’annonce de la séparation des satellites.
> Développée pour un coût de 1,9 milliard d’euros, Vesta-C est un lanceur léger de 34 mètres de haut, capable de placer jusqu’à 3,5 tonnes en orbite basse. Son premier étage, réutilisable, doit à terme revenir se poser sur une barge au large des côtes guyanaises, sur le modèle de ce que pratique SpaceX depuis une dizaine d’années. Cette fonction n’a pas été testée lors de ce vol inaugural.
> Le lancement, initialement prévu le 18 mars, avait été repoussé une première fois en raison d’un capteur de pression défaillant sur le deuxième étage, puis une seconde fois, le 22 mars, à cause de vents d’altitude trop forts. Mardi, la chronologie finale a été interrompue à T-4 minutes pendant près d’un quart d’heure, le temps de vérifier une alarme sur le système de neutralisation. Fausse alerte.
> À bord se trouvaient deux satellites : Hélios-Sentinelle, un satellite d’observation des océans de l’Organisation météorologique mondiale, rattachée à l’ONU, et NanoKub, un petit démonstrateur de 28 kilos conçu par des étudiants de l’université de Toulouse. « Nos premiers signaux sont arrivés à 23 h 31. On a crié comme au stade », raconte Clémence Abadie, 22 ans, étudiante en master.
> La réussite de ce premier vol est aussi une affaire industrielle. Le maître d’œuvre, la société franco-italienne AstraLance S.p.A., avec un établissement aux Mureaux (Yvelines), a déjà engrangé 14 contrats de lancement pour 2032 et 2033, dont six auprès de clients privés. Elle vise une cadence de huit vols par an à partir de 2034, contre deux prévus l’an prochain.
> Le prochain vol, baptisé VC-02, est programmé pour le mois de septembre. Il doit emporter une grappe de douze satellites de télécommunications de la constellation européenne Iris et tenter, pour la première fois, la récupération du premier étage. Les horaires de lancement et la retransmission en direct seront disponibles sur le site de l’ESA, www.esa.example.int/vesta.
