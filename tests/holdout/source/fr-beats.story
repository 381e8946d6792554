#! French held-out articles, other beats: invented news, invented people, clubs, firms and places.

=== fr-live-mercato
lang: fr
outlet: Foot Ouest Direct
title: DIRECT. Mercato : dernier jour des transferts, le Racing Pontlieue boucle l’arrivée de Kader Soumaré
caption: Kader Soumaré lors de sa visite médicale, lundi matin, au centre d’entraînement de la Mare-aux-Loups.
link: https://example.fr/football/mercato/direct-dernier-jour-transferts
author: Yann Le Goff
date: 2027-09-01 21:14:00
tags: Football, Mercato, Ligue 1
options: bullet=•
> Le marché des transferts estival ferme ses portes ce lundi à 23 heures. Comme chaque année, les clubs de Ligue 1 jouent la montre pour finaliser leurs derniers dossiers, entre prêts de dernière minute, résiliations de contrat et offres venues d’Arabie saoudite ou de la Major League Soccer.
> Le Racing Pontlieue, quatrième la saison dernière, a officialisé en fin d’après-midi l’arrivée de l’attaquant sénégalais Kader Soumaré, pour un montant estimé à 18 M€ bonus compris. Suivez avec nous toutes les informations de cette dernière journée.
kp: L’essentiel
* Kader Soumaré signe au Racing Pontlieue jusqu’en 2031.
* L’Olympique Auréen refuse une offre de 25 M€ pour son capitaine.
* Le prêt de Mathis Kervella à Lorient est bloqué par la LFP.
* La fenêtre ferme à 23 heures.
## Il y a 6 min | Le prêt de Mathis Kervella bloqué par la LFP
> Coup de théâtre dans le dossier Kervella. Selon nos informations, la Ligue de football professionnel a refusé d’homologuer le prêt du milieu de terrain de l’Olympique Auréen vers Lorient, au motif que les documents sont arrivés après la clôture du système de transferts en ligne. Les deux clubs ont annoncé leur intention de saisir la commission juridique dès mardi matin.
> « Nous avons tout envoyé à 22h58, nous avons les accusés de réception », assure un dirigeant lorientais, qui parle d’un « bug informatique » et réclame que la LFP « assume ses responsabilités ».
## Il y a 35 min | L’Olympique Auréen refuse 25 M€ pour Théo Marchal
> Le président de l’Olympique Auréen, Bernard Lachaume, l’a confirmé au téléphone : le club a reçu puis refusé une offre de 25 millions d’euros d’Al-Nasr Doha pour son capitaine Théo Marchal. « Théo n’est pas à vendre, ni aujourd’hui ni en janvier. Il a un contrat jusqu’en 2029 et il veut gagner quelque chose ici », a-t-il déclaré, en précisant que le joueur avait lui-même demandé à rester.
> 25 M€, c’est pourtant plus du double de ce que le club avait déboursé pour le recruter à Dijon il y a trois ans. En interne, certains dirigeants auraient préféré encaisser la somme pour rééquilibrer un budget déficitaire de 11 M€ la saison passée.
## Il y a 1 h | #MercatoRacing : les supporters saturent les réseaux sociaux
> Le mot-clé lancé par un groupe de supporters du Racing s’est hissé en tête des tendances en France dans la soirée. Des milliers de messages, parfois moqueurs, accompagnent chaque rumeur, chaque photo d’avion privé, chaque story Instagram d’un joueur en vacances.
> @RacingPontlieue, le compte officiel du club, a joué le jeu en publiant une vidéo de dix secondes montrant une paire de crampons et un maillot floqué du numéro 9, sans autre commentaire. Elle a été vue plus de 400 000 fois en moins d’une heure.
## Il y a 2 h | Kader Soumaré signe au Racing Pontlieue jusqu’en 2031
> C’est officiel. L’attaquant international sénégalais Kader Soumaré, 24 ans, s’est engagé pour quatre saisons avec le Racing Pontlieue. Le montant du transfert n’a pas été communiqué, mais plusieurs sources évoquent 15 M€ fixes et 3 M€ de bonus, ce qui en ferait la deuxième plus grosse recrue de l’histoire du club après Yoann Dessaint (22 M€ en 2019).
> « J’ai senti que le coach me voulait vraiment, il m’a appelé tous les jours pendant deux semaines », a expliqué le joueur dans une vidéo publiée sur le site du club, www.racing-pontlieue.example, où il apparaît déjà avec le maillot vert et blanc.
> À 17h30, une trentaine de supporters l’attendaient devant les grilles du centre d’entraînement. Il a pris le temps de signer des autographes et de poser pour des photos avant de repartir vers l’aéroport de Nantes.
## Il y a 3 h | Qui est Kader Soumaré ?
> Formé à Dakar puis repéré par un club belge à 17 ans, Kader Soumaré a explosé la saison dernière avec le Sporting Wavre, où il a inscrit 21 buts et délivré 9 passes décisives en 34 matchs de championnat. Rapide, à l’aise des deux pieds, il peut jouer en pointe comme sur le côté gauche.
> Il compte 12 sélections avec le Sénégal et a participé à la dernière Coupe d’Afrique des nations, où il a marqué contre le Cameroun en huitième de finale. Son agent, M. Ousmane Faye, avait déjà placé deux joueurs au Racing par le passé.
## Hier à 23h40 | Les derniers jours du mercato en chiffres (2022-2026)
> 312 millions d’euros : c’est ce qu’ont dépensé les clubs de Ligue 1 lors du dernier jour du mercato estival sur les cinq dernières saisons, selon le cabinet Sportinvest. Plus d’un tiers des transferts de l’été sont conclus pendant la dernière semaine, et près d’un sur dix pendant les douze dernières heures.
> La palme revient à la saison 2024-2025, avec 97 M€ dépensés en une seule journée, dont 40 M€ pour un seul joueur parti vers la Premier League. Les prêts avec option d’achat représentent, eux, plus de la moitié des opérations.

=== fr-live-prix-litteraire
lang: fr
outlet: Le Courrier des Lettres
title: Prix des Deux-Rives 2027 : Anne-Sophie Vautrin couronnée pour « La Maison aux volets bleus »
caption: Anne-Sophie Vautrin à la sortie du restaurant Lapérouse, mardi. (Photo d’illustration)
link: https://example.fr/livres/direct-prix-des-deux-rives-2027
author:
date: 2027-11-09 15:02:00
tags: Livres, Prix littéraires
options: bullet=- crlf
> Le jury du prix des Deux-Rives, l’une des récompenses littéraires les plus attendues de la rentrée, a rendu son verdict ce mardi peu avant 13 heures, au premier étage du restaurant où il délibère depuis 1932. Après trois tours de scrutin, c’est la romancière lyonnaise Anne-Sophie Vautrin qui l’emporte.
> Son roman, « La Maison aux volets bleus » (éditions du Quai, 412 pages, 23 €), raconte sur un siècle l’histoire d’une famille de mariniers du Rhône. Il l’a emporté par six voix contre quatre face au premier roman de Julien Mérieux.
kp: Ce qu’il faut savoir
* Anne-Sophie Vautrin remporte le prix des Deux-Rives
* Six voix contre quatre au troisième tour
* Le prix des lycéens attribué à Inès Boukhari
* Les ventes devraient dépasser 300 000 exemplaires
## Mis à jour à 14h32 | Les ventes devraient dépasser 300 000 exemplaires
> Selon l’institut GfK, un roman couronné par le prix des Deux-Rives se vend en moyenne à 280 000 exemplaires dans les mois qui suivent, contre 15 000 à 30 000 avant l’annonce. L’éditeur a déjà lancé une réimpression de 150 000 exemplaires, qui arriveront en librairie dès la semaine prochaine avec le bandeau rouge.
> « On s’y préparait sans trop y croire. Nous avions imprimé 40 000 exemplaires, ce qui est déjà beaucoup pour nous », reconnaît le directeur des éditions du Quai, une maison indépendante de neuf salariés installée à Villeurbanne.
## Mis à jour à 13h55 | « Je pense à mon grand-père, qui ne savait pas lire »
> Très émue, Anne-Sophie Vautrin a pris la parole devant une nuée de micros et de caméras, dans l’escalier étroit du restaurant. « Je pense à mon grand-père, qui ne savait pas lire et qui m’a tout raconté de cette vie sur le fleuve. Ce livre est le sien », a-t-elle déclaré, la voix tremblante.
> J.-M. Castagné, le secrétaire général du jury, a salué « une langue d’une rare précision, qui ne cède jamais au pittoresque ». Il a reconnu que les délibérations avaient été « vives mais courtoises ».
## Mis à jour à 13h20 | Le prix des lycéens attribué à Inès Boukhari
> Quelques minutes plus tard, à Rennes, les 2 000 lycéens du jury ont choisi de récompenser « Nos nuits à Tanger », d’Inès Boukhari (éd. Sillage). Le roman, qui suit deux sœurs séparées par la guerre d’indépendance algérienne, figurait aussi dans la dernière sélection du grand prix.
## Mis à jour à 12h58 | Anne-Sophie Vautrin remporte le prix des Deux-Rives
> C’est fait. Au troisième tour de scrutin, Anne-Sophie Vautrin a obtenu six voix sur dix, contre quatre à Julien Mérieux pour « Les Gens du dessus ». Il s’agit de son cinquième roman, et de sa première sélection pour un grand prix d’automne.
> Née en 1971 à Givors, professeure de lettres pendant vingt ans, elle avait publié son premier livre à 44 ans. Elle vit aujourd’hui entre Lyon et l’Ardèche, où elle anime des ateliers d’écriture en milieu rural.
## Mis à jour à 12h15 | Quatre finalistes, dont deux premiers romans
> La dernière sélection, annoncée fin octobre, réunissait quatre titres : « La Maison aux volets bleus » d’Anne-Sophie Vautrin, « Les Gens du dessus » de Julien Mérieux, « Nos nuits à Tanger » d’Inès Boukhari et « L’Hiver de Marthe K. » de Paul-Henri Dussart.
> Deux d’entre eux sont des premiers romans, une première depuis 2009. Les pronostics des libraires, recueillis par Livres Hebdo, plaçaient Julien Mérieux en tête, devant la lauréate.
## Mis à jour à 11h40 | Comment vote le jury ?
> Les dix membres du jury votent à bulletin secret, au premier étage du restaurant. Au premier et au deuxième tour, la majorité absolue est requise ; au troisième, la majorité relative suffit. En cas d’égalité, la voix du président compte double, une règle qui n’a été appliquée que deux fois depuis la création du prix.

=== fr-live-regionales
lang: fr
outlet: France Centre Info
title: Régionales en Val-de-Loire : la liste de Martine Ardouin en tête avec 41,7 %, le RN à 28,9 %
caption: Martine Ardouin lors de son dernier meeting, vendredi à Blois.
link: https://example.fr/politique/regionales-val-de-loire-soiree-electorale-direct
author: Service politique
date: 2027-03-21 22:40:00
tags: Politique, Régionales 2027, Val-de-Loire
options: time=dash
> Les bureaux de vote ont fermé à 20 heures dans toute la région Val-de-Loire pour le second tour des élections régionales. Trois listes restaient en lice : celle de la présidente sortante Martine Ardouin (divers gauche), celle du Rassemblement national menée par Patrick Sorel et celle de la droite conduite par Hugues de Valbert.
> Selon les premières estimations, la présidente sortante devance largement ses deux adversaires. La participation est en légère hausse par rapport au premier tour, à 38,2 %. Suivez la soirée électorale en direct.
kp: Le point à 22 heures
* Martine Ardouin en tête avec 41,7 %
* Le RN à 28,9 %, la droite à 29,4 %
* Participation : 38,2 %
* Hugues de Valbert reconnaît sa défaite
## 22h31 | Résultats définitifs dans le Loiret : 44,1 %
> La préfecture du Loiret a publié les résultats définitifs du département à 22h25. La liste de Martine Ardouin y obtient 44,1 % des suffrages exprimés, devant celle de Hugues de Valbert (29,0 %) et celle du RN (26,9 %). Le vote blanc atteint 4,8 % des votants, un record pour un scrutin régional dans ce département.
> À Orléans, la présidente sortante dépasse même les 52 %, grâce notamment aux quartiers du centre-ville et de La Source, où la participation a été la plus forte.
## 22h05 | Hugues de Valbert reconnaît sa défaite
> « Les électeurs ont tranché, je les respecte. » Depuis son QG de campagne, installé dans une ancienne imprimerie de Tours, Hugues de Valbert a reconnu sa défaite peu après 22 heures. Il a félicité Martine Ardouin « pour sa campagne » et annoncé qu’il siégerait dans l’opposition au conseil régional.
> Le candidat de la droite a toutefois refusé de s’exprimer sur son avenir au sein des Républicains, dont plusieurs cadres lui reprochent d’avoir refusé une alliance au soir du premier tour.
## 21h42 | Le RN à 28,9 %, la droite à 29,4 %
> Les deux listes d’opposition sont au coude-à-coude pour la deuxième place, selon l’estimation actualisée de l’institut Elabe. Un écart de 0,5 point seulement, qui pourrait encore évoluer avec les résultats des grandes villes, attendus dans la soirée.
> Patrick Sorel a salué « une progression historique » de son parti, qui gagne 4 points par rapport à 2021, et revendique « la première place dans 3 départements sur 6 ». Ce chiffre est contesté par les autres listes.
## 21h10 | Participation : 38,2 % (+2,4 points)
> La participation au second tour s’établit à 38,2 %, contre 35,8 % au premier tour, selon les chiffres du ministère de l’Intérieur. Elle reste très inférieure à celle de 2015 (58,9 %), mais la hausse est nette dans l’Indre-et-Loire et le Loir-et-Cher.
> 17 % des abstentionnistes interrogés par Ipsos disent n’avoir « pas su » qu’il y avait un scrutin ce dimanche, un chiffre qui alimente une nouvelle fois le débat sur le calendrier électoral.
## 20h02 | Martine Ardouin en tête avec 41,7 %
> Première estimation de la soirée : la liste de la présidente sortante arrive en tête avec 41,7 % des voix, selon l’estimation Elabe pour notre rédaction. Elle conserverait ainsi la majorité absolue au conseil régional grâce à la prime majoritaire de 25 % des sièges attribuée à la liste arrivée en tête.
> Dans la salle des fêtes de Blois, où sont réunis ses soutiens, les premiers cris de joie ont éclaté avant même l’affichage des chiffres à l’écran. « On n’a rien gagné tant que tout n’est pas dépouillé », a tempéré son directeur de campagne.
## 19h30 | Comment se répartissent les 77 sièges du conseil régional ?
> La liste arrivée en tête obtient d’abord une prime de 25 % des sièges, soit 19 élus. Les 58 sièges restants sont ensuite répartis à la proportionnelle entre toutes les listes ayant obtenu au moins 5 % des suffrages exprimés, département par département.

=== fr-live-eclipse
lang: fr
outlet: Sciences & Ciel Magazine
title: Éclipse totale de Soleil : la Bretagne plongée dans la nuit en plein après-midi, suivez le phénomène en direct
caption: La couronne solaire photographiée depuis la pointe du Raz lors de la totalité.
link: https://example.fr/espace/eclipse-totale-direct
author: Clara Dumesnil et Paul Ferrand
date: 2027-08-02 16:20:00
tags: Astronomie, Éclipse, Espace
options: bom nnbsp
> Pour la première fois depuis 1999, une éclipse totale de Soleil a été visible depuis une partie du territoire français ce lundi. La bande de totalité, large d’environ 250 km, a traversé l’extrême ouest de la Bretagne en début d’après-midi, avant de filer vers le golfe de Gascogne et l’Espagne.
> Des dizaines de milliers de curieux s’étaient massés sur les côtes du Finistère, souvent depuis l’aube. Les astronomes amateurs ont profité d’un ciel en grande partie dégagé, une chance que les prévisions de la semaine dernière ne laissaient pas espérer.
kp: Ce que l’on sait
* La totalité a duré 2 min 14 s à la pointe du Raz.
* Plus de 180 000 personnes se sont rendues dans le Finistère.
* Trois personnes ont été soignées pour des brûlures de la rétine.
* La prochaine éclipse totale visible en France aura lieu en 2081.
## Trois personnes soignées pour des brûlures de la rétine
> Le CHU de Brest a pris en charge trois personnes, dont deux adolescents, qui avaient regardé le Soleil sans protection pendant la phase partielle. Leur pronostic visuel n’est pas engagé, mais les ophtalmologues rappellent qu’une lésion de la rétine est indolore et peut n’apparaître que plusieurs heures après l’observation.
> « Les lunettes de soleil, même très foncées, ne protègent absolument pas », insiste le Dr. Anne-Laure Quéméner, qui dirige le service. Seules les lunettes certifiées ISO 12312-2 ou un filtre adapté permettent de regarder l’astre sans danger.
## Les plus belles images de la totalité
> Nos lecteurs nous ont envoyé des centaines de photos, prises au smartphone, au téléobjectif ou avec des lunettes astronomiques faites maison. Vous pouvez continuer à nous les envoyer à l’adresse eclipse@sciences-ciel.example, en précisant le lieu et l’heure de la prise de vue.
> 14h07 : c’est l’heure exacte à laquelle la Lune a entièrement recouvert le disque solaire au-dessus d’Audierne. Pendant deux minutes, la température a chuté de près de 6 °C, les oiseaux se sont tus et les lampadaires se sont allumés.
## Plus de 180 000 personnes dans le Finistère
> La préfecture du Finistère estime que plus de 180 000 personnes se sont rendues dans le département pour l’occasion, soit presque autant qu’un week-end de 15 août. Des bouchons de plus de 20 km ont été signalés sur la RN 165 dans la matinée, et les routes menant à la pointe du Raz ont été fermées dès 11 heures.
> Les gendarmes ont dressé une soixantaine de procès-verbaux pour stationnement dangereux. Aucun accident grave n’a été signalé.
## Pourquoi si peu d’éclipses totales en France ?
> Une éclipse totale n’est visible que depuis une bande étroite à la surface de la Terre, là où le cône d’ombre de la Lune touche le sol. En moyenne, un point donné du globe n’en voit qu’une tous les 375 ans environ. La France métropolitaine a été plutôt chanceuse au XXe siècle, avec les éclipses de 1912, 1961 et 1999.
> « C’est purement une affaire de géométrie et de hasard », résume l’astrophysicien Éric Le Bihan, de l’Observatoire de Paris. « On connaît les dates des prochaines avec une précision de quelques secondes, des siècles à l’avance. »
## La prochaine éclipse totale visible en France aura lieu en 2081
> Il faudra patienter un peu plus d’un demi-siècle : la prochaine éclipse totale visible depuis la métropole aura lieu le 3 septembre 2081. Sa bande de totalité traversera le pays du sud-ouest au nord-est, en passant notamment par Bordeaux, Clermont-Ferrand et Strasbourg.
## Le Soleil commence à disparaître sur l’île de Sein
> Les premiers observateurs de l’île de Sein ont vu la Lune « mordre » le disque solaire à 12h52, selon l’association astronomique locale, qui avait installé trois télescopes sur le quai. Le ciel y était parfaitement dégagé, contrairement à Brest, où quelques nuages bas ont inquiété les spectateurs jusqu’au dernier moment.

=== fr-live-voile
lang: fr
outlet: Le Marin Libre
title: Transat des Alizés : Maëlle Jaouen remporte la course en solitaire après 11 jours de mer
caption: Maëlle Jaouen franchit la ligne d’arrivée devant Pointe-à-Pitre, dans la nuit de mardi à mercredi.
link: https://example.fr/voile/transat-des-alizes-arrivee-direct
author: Erwan Guivarc’h
date: 2027-11-17 09:05:00
tags: Voile, Course au large
options: time=glued exit=none
> La navigatrice bretonne Maëlle Jaouen, 34 ans, a remporté la Transat des Alizés, une course en solitaire entre Lorient et Pointe-à-Pitre. Elle a franchi la ligne d’arrivée à bord de son monocoque « Kerlouan Énergies » après 11 jours, 4 heures et 37 minutes de mer, battant de plus de six heures le précédent record de l’épreuve.
## 08h40 | Le podium complété par Gaëtan Moreau
> Le Vendéen Gaëtan Moreau a pris la troisième place ce mercredi matin, à 8h31, à bord de « Ocean Pulse ». Il a terminé la course avec une voile d’avant déchirée depuis le passage de l’archipel des Açores, ce qui l’a privé de près de deux nœuds de vitesse dans le petit temps.
> « J’ai passé cinq jours à recoudre, à bricoler, à jurer aussi. Je suis content d’être là, et surtout d’être sur le podium derrière deux marins qui étaient un cran au-dessus », a-t-il déclaré à son arrivée au ponton.
## 06h02 | « Une course parfaite » : les mots du directeur de course
> « Elle n’a commis aucune erreur stratégique en onze jours. Elle a choisi la route sud au bon moment, quand tout le monde hésitait, et elle n’a jamais lâché », a salué le directeur de course, Alain Kerbrat, lors d’une conférence de presse improvisée sur le ponton. Il a rappelé que 23 des 31 concurrents partis de Lorient étaient encore en mer.
> 4 abandons ont été enregistrés depuis le départ, dont deux sur avarie de safran dans le golfe de Gascogne. Les derniers bateaux sont attendus en Guadeloupe au début de la semaine prochaine.
## 03h15 | Tom Le Floc’h deuxième, à 2 h 12 de la gagnante
> Le skipper de « Brest Métropole Voile » a coupé la ligne deuxième à 3h09, un peu plus de deux heures après Maëlle Jaouen. Il avait mené la course pendant six jours avant d’être victime d’une avarie de pilote automatique au large du Cap-Vert.
## Hier à 23h48 | Maëlle Jaouen remporte la Transat des Alizés
> C’est une victoire historique. À 23h48 heure de Paris, Maëlle Jaouen a franchi la ligne d’arrivée devant Pointe-à-Pitre, sous les fusées de détresse allumées par des dizaines de bateaux venus l’accueillir. Elle devient la première femme à remporter l’épreuve depuis sa création en 1986.
> « Je n’ai pas dormi plus de quarante minutes d’affilée depuis Lorient. Là, je veux juste une douche et un vrai lit », a-t-elle lancé en riant, une fois à terre, les bras chargés de fleurs.
## Hier à 21h30 | Plus que 20 milles
> À 20 milles de l’arrivée, la navigatrice avance à près de 14 nœuds dans un alizé soutenu. Le public commence à se masser sur la jetée de Pointe-à-Pitre et sur la plage de Bas-du-Fort, malgré l’heure tardive.
## Hier à 19h55 | @MaelleJaouen : « Je vois les lumières de l’île »
> Dans un court message publié sur son compte, la navigatrice a partagé une vidéo tremblante prise depuis le cockpit, où l’on devine au loin les lumières de la côte guadeloupéenne. « Je vois les lumières de l’île. Encore quelques heures et je pourrai enfin dormir », écrit-elle, avant de préciser qu’elle « ne lâchera rien jusqu’à la ligne ».
## Hier à 18h20 | Un record à portée de main
> Si elle maintient sa vitesse actuelle, Maëlle Jaouen pourrait battre de plusieurs heures le record de l’épreuve, établi en 2019 par le Normand Pierre-Yves Lecoq (11 j 10 h 52 min). Son équipe technique, réunie à Lorient, suit sa trajectoire sur un grand écran installé dans le hangar.

=== fr-plain-smartphone
lang: fr
outlet: Numérique Pratique
title: iPhone 17 Pro Max reconditionné : à 899 €, la bonne affaire ou le piège ?
caption: Un atelier de reconditionnement à Lamballe, en Côtes-d’Armor.
link: https://example.fr/high-tech/iphone-17-pro-max-reconditionne-prix
author: Nadia Cherif
date: 2027-02-14 10:30:00
tags: High-tech, Smartphones, Consommation
> Cinq mois après sa sortie, l’iPhone 17 Pro Max apparaît déjà sur les sites de reconditionnement, à partir de 899 € pour la version 256 Go, contre 1 479 € neuf. Sur eBay, certains vendeurs professionnels descendent même sous les 850 €. Une baisse de près de 40 % qui attire de plus en plus d’acheteurs, mais qui mérite quelques précautions.
> « Reconditionné ne veut pas dire d’occasion. L’appareil est testé, nettoyé, et les pièces défectueuses sont remplacées », explique Julien Roussel, fondateur de l’atelier ReNouv’ à Lamballe, qui traite environ 3 000 téléphones par mois. Encore faut-il savoir ce qui a été remplacé, et par quoi.
> Premier réflexe : vérifier l’état de la batterie. La loi impose désormais d’indiquer sa capacité maximale, exprimée en pourcentage de la capacité d’origine. En dessous de 85 %, mieux vaut passer son chemin, sauf si le prix compense largement le changement de batterie à venir, facturé 119 € par le fabricant.
> Deuxième point : la garantie. Depuis le 1er janvier 2022, les produits reconditionnés vendus par un professionnel bénéficient d’une garantie légale de conformité de 12 mois minimum. Certains sites vont plus loin et proposent 24 mois, voire 36 mois moyennant un supplément. Méfiez-vous en revanche des particuliers sur les plateformes de petites annonces : aucune garantie légale ne s’applique.
> La DGCCRF a publié le 12/03/2026 un rapport pointant des pratiques trompeuses chez 27 % des vendeurs contrôlés : grades d’esthétique surévalués, pièces non d’origine non signalées, voire téléphones bloqués par un compte iCloud. Le rapport complet est disponible sur https://www.economie.example/dgccrf/reconditionnes-2026 et recense 41 sites.
> Les grades, justement, n’obéissent à aucune norme officielle. « Très bon état » chez un vendeur peut correspondre à « état correct » chez un autre. Certains, comme BackMarket ou RefurbCo, publient des photos réelles de chaque appareil ; d’autres se contentent de visuels génériques du fabricant.
> Et côté environnement ? Selon l’Ademe, un smartphone reconditionné émet 77 % de CO2 en moins qu’un neuf sur l’ensemble de son cycle de vie, l’essentiel de l’empreinte étant liée à la fabrication. Un argument qui pèse de plus en plus chez les 18-25 ans, selon une étude de l’institut Kantar publiée en janvier.
> Faut-il pour autant craquer pour le dernier modèle ? Pas forcément. Un iPhone 15 Pro reconditionné s’affiche aujourd’hui autour de 520 €, pour des performances très proches au quotidien. « La plupart des gens n’utilisent pas 10 % de ce que sait faire un téléphone à 1 500 € », sourit Julien Roussel.
> Reste la question des accessoires. La plupart des reconditionneurs livrent l’appareil avec un simple câble USB-C, sans chargeur, comme le fabricant. Certains ajoutent une coque et un verre trempé pour quelques euros, ce qui peut valoir le coup : le dos en verre du Pro Max reste fragile, et son remplacement hors garantie coûte 189 € chez Apple.
> Notre conseil : comparer au moins trois offres, exiger la facture, vérifier le numéro IMEI sur le site de la GSMA et tester l’appareil dès réception. En cas de problème, vous disposez de 14 jours pour vous rétracter en cas d’achat en ligne. Pour toute question, l’association de consommateurs UFC-Que Choisir tient une permanence par courriel à conso@ufc-bretagne.example.

=== fr-plain-fromagerie
lang: fr
outlet: L’Écho du Jura
title: La fromagerie Lacombe & Fils rachetée par le groupe suisse Alpora S.A.
caption:
link: https://example.fr/economie/fromagerie-lacombe-rachat-alpora
author: Mathieu Prost
date: 2027-06-04 07:45:00
tags: Économie, Agroalimentaire, Jura
options: nocaptionline
> C’est la fin d’une histoire familiale commencée en 1921. La fromagerie Lacombe & Fils, installée à Foncine-le-Haut, passe sous le contrôle du groupe suisse Alpora S.A., basé à Fribourg. L’accord a été signé le 3 juin chez un notaire de Champagnole, pour un montant qui n’a pas été rendu public mais que plusieurs sources estiment à 3,5 M€.
> La fromagerie emploie 42 salariés et produit environ 1 100 tonnes de comté par an, à partir du lait de 37 exploitations situées dans un rayon de 25 km. Son chiffre d’affaires a atteint 14,2 M€ en 2026, en hausse de 6 % sur un an, selon les comptes déposés au greffe du tribunal de commerce de Lons-le-Saunier.
> « Aucun de nos enfants ne souhaitait reprendre. Nous avons reçu quatre offres, dont deux de fonds d’investissement. Nous avons choisi celle qui garantissait l’emploi et la filière », explique Jean-Paul Lacombe, 67 ans, qui dirigeait l’entreprise avec son frère Michel depuis 1988.
> Alpora S.A., qui réalise 380 millions de francs suisses de chiffre d’affaires, possède déjà trois fromageries en Suisse romande et une en Savoie. Son directeur général, M. Laurent Bichsel, s’est engagé par écrit à maintenir l’ensemble des emplois pendant au moins cinq ans et à conserver le nom Lacombe sur les étiquettes.
> Les producteurs de lait restent prudents. Leur coopérative, la SCA des Hautes-Combes, a obtenu que les contrats d’approvisionnement en cours soient prolongés jusqu’au 31 décembre 2030, au prix fixé par le cahier des charges de l’AOP. « Pour l’instant, on nous rassure. Mais on a vu ailleurs ce que devenaient les promesses au bout de trois ans », confie l’un d’eux.
> Le syndicat interprofessionnel du comté, consulté en amont, n’a pas émis d’objection. Il rappelle que la fabrication doit rester sur la zone d’appellation, conformément à l’Art. 4 du cahier des charges, et que le lait doit être transformé dans les 24 heures suivant la traite.
> L’opération doit encore être validée par l’Autorité de la concurrence, une formalité selon les avocats du cabinet Morel, Duval & Associés, qui ont conseillé la famille. La finalisation est attendue pour le 1er septembre.
> Ce rachat s’inscrit dans un mouvement plus large. En dix ans, le nombre de fromageries indépendantes dans le massif du Jura est passé de 152 à 118, selon la chambre d’agriculture. Plusieurs ont été reprises par des coopératives, d’autres par des groupes laitiers français ou étrangers, comme Lactalis ou Emmi.
> Dans l’atelier, l’ambiance était partagée jeudi matin. Les fromagers, qui commencent leur journée à 4 heures, ont appris la nouvelle par une note affichée dans la salle de pause. « On connaît Alpora de nom, ils font du bon gruyère. Ce qui compte, c’est qu’on garde nos méthodes : cuves en cuivre, présure naturelle, affinage sur planches d’épicéa », résume l’un d’eux, employé depuis 19 ans.
> La famille Lacombe conservera 10 % du capital et Jean-Paul Lacombe restera président du conseil de surveillance pendant deux ans, afin d’assurer la transition. Son neveu, Antoine, responsable commercial, deviendra directeur général délégué. Il devra notamment piloter le projet de nouvelle cave d’affinage de 4 000 meules, estimé à 2,8 M€ et prévu pour 2029.
> À Foncine-le-Haut, 1 250 habitants, la nouvelle a surpris. Le maire, Mme Odile Vuillermoz, dit avoir été prévenue « la veille au soir ». Elle a demandé à rencontrer les nouveaux propriétaires dans les prochaines semaines.

=== fr-plain-tribunal-arrete
lang: fr
outlet: La Gazette du Sud-Ouest
title: Le tribunal administratif suspend l’arrêté anti-bivouac du maire de Saint-Pé-d’Aure
caption: Des randonneurs installés près du lac d’Aure, en juillet.
link: https://example.fr/justice/tribunal-administratif-arrete-bivouac-saint-pe
author: F. Laborde
date: 2027-07-22 18:10:00
tags: Justice, Montagne, Pyrénées
options: crlf authorspace
> Le juge des référés du tribunal administratif de Pau a suspendu, mardi, l’arrêté municipal n° 2027-114 qui interdisait le bivouac sur l’ensemble du territoire de Saint-Pé-d’Aure, une commune de 380 habitants au pied du massif du Néouvielle. L’ordonnance a été rendue moins de quarante-huit heures après l’audience.
> Pris le 12 juin par le maire, M. Jean-Marc Abadie, l’arrêté prévoyait une amende de 135 € pour toute tente installée « entre 19 heures et 8 heures », y compris en haute montagne, loin de toute habitation. Il avait été attaqué par la Fédération française des clubs alpins et de montagne et par l’association Montagnes Libres.
> Dans son ordonnance, le juge estime que l’interdiction, « générale et absolue », porte une atteinte disproportionnée à la liberté d’aller et venir. Il rappelle que le pouvoir de police du maire, prévu par l’Art. L. 2212-2 du code général des collectivités territoriales, ne l’autorise à restreindre une liberté que si la mesure est strictement nécessaire.
> La commune faisait valoir la multiplication des feux de camp et des déchets abandonnés près des lacs. « Nous avons ramassé 1,2 tonne d’ordures l’été dernier. Qu’est-ce qu’on doit faire ? Attendre qu’un incendie ravage la vallée ? » s’est défendu le maire, joint par téléphone. Il envisage de prendre un nouvel arrêté, limité aux abords des lacs et aux périodes de sécheresse.
> Pour Me Hélène Darrigrand, avocate des associations, la décision « rappelle une évidence : la montagne n’appartient pas à une commune ». Elle souligne que le bivouac, c’est-à-dire une installation d’une seule nuit, est déjà encadré dans le cœur du parc national, où il est autorisé à plus d’une heure de marche des accès routiers.
> Le tribunal a condamné la commune à verser 1 500 € aux requérants au titre des frais de justice. Le jugement au fond n’interviendra pas avant plusieurs mois. L’ordonnance est consultable sur le site de la juridiction, pau.tribunal-administratif.example, sous la référence n° 2701532.
> Ce n’est pas la première fois qu’un tel arrêté est contesté. En 2025, le tribunal de Grenoble avait annulé une interdiction similaire prise par une commune de l’Oisans. Selon la FFCAM, une quinzaine de communes de montagne ont adopté ce type de mesure depuis 2023, souvent sous la pression d’habitants excédés par la surfréquentation estivale.
> À l’audience, l’avocat de la commune, Me Pierre Castéra, avait mis en avant des « circonstances exceptionnelles » : une sécheresse persistante, un arrêté préfectoral de restriction d’eau et un risque d’incendie classé « très sévère » par Météo-France. Le juge a répondu que ces circonstances pouvaient justifier des mesures ciblées dans le temps et dans l’espace, mais pas une interdiction valable toute l’année, y compris en hiver sous la neige.
> L’ordonnance relève aussi que l’arrêté avait été publié sans aucune signalétique sur les sentiers, de sorte qu’un randonneur arrivant du versant espagnol ne pouvait pas en avoir connaissance. Trois contraventions avaient pourtant déjà été dressées, dont une à l’encontre d’un groupe de scouts de Tarbes.
> Sur les réseaux sociaux, la décision a été largement saluée par les randonneurs. « Enfin ! Le bon sens l’emporte », a écrit un guide de haute montagne de Luz-Saint-Sauveur. D’autres rappellent que les règles de base restent valables partout : pas de feu, rien laissé derrière soi, et le campement démonté dès le matin.
