#! French round 12 live blogs: invented news, people, places and outlets.

=== fr-live-remaniement-dorval-lacaze
lang: fr
outlet: L’Observateur des Institutions
title: Remaniement : Thierry Besnard quitte Bercy, Samir Haddadi à l’Agriculture… la composition du gouvernement Dorval-Lacaze II en direct
caption: Le secrétaire général de l’Élysée, Antoine Blériot, lit la liste des ministres sur le perron du palais.
link: https://example.fr/politique/remaniement-gouvernement-dorval-lacaze-2-direct
author: Margaux Delassus et Ludovic Ferrando
date: 2033-10-11 20:10:00
tags: Remaniement, Gouvernement, Hélène Dorval-Lacaze, Politique
options: time=prefix bullet=⇒
> Après neuf jours de tractations, l’Élysée a dévoilé ce mardi en fin d’après-midi la composition du deuxième gouvernement d’Hélène Dorval-Lacaze. Le remaniement, promis par la Première ministre au lendemain de la déroute de la majorité aux élections sénatoriales, touche onze portefeuilles, dont ceux de l’Économie, de la Justice et de l’Agriculture.
> Le grand argentier Thierry Besnard, fragilisé par un déficit public attendu à 4,9 % du PIB, cède Bercy à l’ancienne commissaire européenne Armelle Fontanet-Roy. Le garde des Sceaux, M. Pierre-Yves Lestrade, visé par une enquête pour favoritisme, quitte lui aussi le gouvernement.
kp: Les infos à retenir
* Le gouvernement Dorval-Lacaze II compte 34 membres
* Armelle Fontanet-Roy remplace Thierry Besnard à l’Économie
* Qui est Samir Haddadi, le nouveau ministre de l’Agriculture ?
* Premier Conseil des ministres jeudi à 10 heures
## 19:48 | Passation de pouvoirs à Bercy : « Je laisse des comptes tenus », assure Thierry Besnard
> Dans la cour de l’hôtel des ministres, Thierry Besnard a défendu son bilan pendant près de vingt minutes, devant des fonctionnaires visiblement émus. « Je laisse des comptes tenus, pas des comptes parfaits. Personne ne sait mieux que moi ce que coûte chaque dixième de point de déficit. »
> Armelle Fontanet-Roy s’est contentée de quelques mots : « Le temps de la méthode est venu… et celui des résultats aussi. » Elle doit présenter dès lundi un projet de loi de finances rectificative.
## 19:05 | Qui est Samir Haddadi, le nouveau ministre de l’Agriculture ?
> Éleveur de vaches laitières en Mayenne jusqu’en 2027, président de la chambre régionale d’agriculture, Samir Haddadi, 46 ans, n’avait jamais exercé de mandat national. Sa nomination est perçue comme un geste envers les agriculteurs, mobilisés depuis le printemps contre la hausse du prix du gazole non routier.
> « C’est un homme de terrain, il connaît le prix d’un tracteur et celui d’un litre de lait », salue la Coordination paysanne de l’Ouest dans un communiqué.
## 18:22 | La gauche dénonce « un remaniement pour rien »
> Socialistes, insoumis et écologistes ont réagi à l’unisson. « On change les têtes, on garde la politique. C’est un remaniement pour rien », a tranché sur infoContinu la présidente du groupe écologiste à l’Assemblée, Mme Solène Karadec.
> RN et Reconquête réclament, eux, une dissolution « dans les plus brefs délais ».
## 17:40 | Le gouvernement Dorval-Lacaze II compte 34 membres
> 18 ministres de plein exercice, 9 ministres délégués et 7 secrétaires d’État : la nouvelle équipe compte deux membres de moins que la précédente. La parité est respectée à une unité près, avec 17 femmes et 17 hommes.
> La moyenne d’âge descend à 49,6 ans, contre 53,1 ans dans le premier gouvernement d’Hélène Dorval-Lacaze.
## 17:12 | « Une équipe de combat » : la Première ministre défend ses choix
> Depuis la cour de Matignon, Hélène Dorval-Lacaze a revendiqué « une équipe de combat, resserrée et tournée vers les résultats ». Interrogée sur le départ du garde des Sceaux, elle a simplement répondu : « Chacun doit pouvoir se défendre sereinement. Pierre-Yves Lestrade l’a compris. »
> Son avocate, Me Gaëlle Pujol, a fait savoir que l’ancien ministre « répondra à toutes les convocations des juges ».
## 16:45 | Les ministres qui restent
> Sans surprise, les poids lourds régaliens sont confirmés : M. Hugo Bellamy reste à l’Intérieur, Mme Rachida Oulmane aux Armées et Vincent Caradec aux Affaires étrangères. Le ministre du Travail, Bruno Thévenet, conserve son portefeuille malgré ses divergences publiques avec Bercy.
## 16:31 | La liste complète est tombée !
> C’est fait. Sur le perron de l’Élysée, le secrétaire général Antoine Blériot a lu pendant près de six minutes la liste des 34 membres du gouvernement. Le décret n° 2033-1187 portant nomination sera publié mercredi au Journal officiel.
> – Économie, Finances et Souveraineté industrielle : Armelle Fontanet-Roy.
> – Justice : Mathilde Quesnoy, jusqu’ici première présidente de la cour d’appel de Rennes.
> – Agriculture et Souveraineté alimentaire : Samir Haddadi.
## 15:58 | Le secrétaire général de l’Élysée attendu sur le perron
> Les journalistes sont massés dans la cour de l’Élysée depuis plus d’une heure. Selon l’entourage du chef de l’État, l’annonce devrait intervenir « avant 17 heures ». Le président et la Première ministre se sont entretenus une dernière fois au téléphone en début d’après-midi.
## 14:32 | Bercy : Thierry Besnard sur le départ, confirme son entourage
> L’information circulait depuis le week-end, elle est désormais confirmée : Thierry Besnard ne sera pas reconduit à l’Économie. « Il a proposé lui-même de passer la main », assure un proche, qui évoque « une vraie fatigue après trois budgets ».
## 13:05 | Les présidents de groupe de la majorité reçus à Matignon
> Les présidents des groupes de la majorité ont été reçus à l’heure du déjeuner. Au menu, selon un participant : « Beaucoup de café, peu de noms. » Le président du groupe centriste, Étienne Morvan, en est ressorti « confiant ».
## 11:20 | Pourquoi un remaniement maintenant ?
> Le revers aux sénatoriales du 28 septembre, où la majorité a perdu 23 sièges, a accéléré un remaniement que la Première ministre envisageait pour janvier. S’y ajoute l’enquête visant le garde des Sceaux, ouverte le 6 octobre par le parquet national financier (PNF) après un signalement de la Cour des comptes.
> Bienvenue dans ce direct consacré au remaniement. Vos questions sont les bienvenues à direct@observateur-example.fr.

=== fr-live-grele-vendanges-val-de-bruyere
lang: fr
outlet: Le Messager des Coteaux
title: Orage de grêle sur le vignoble du Val-de-Bruyère : jusqu’à 80 % de la récolte perdue à trois jours des vendanges
caption: Des grappes hachées par les grêlons, mardi soir, dans une parcelle de chardonnay à St-Aubin-des-Vignes.
link: https://example.fr/val-de-bruyere/orage-grele-vignoble-vendanges-direct
author: Sylvain Roumagnac
date: 2032-09-07 21:40:00
tags: Viticulture, Grêle, Vendanges, Météo
options: time=suffixdash nnbsp
> Un violent orage de grêle s’est abattu mardi en fin d’après-midi sur le vignoble du Val-de-Bruyère. En moins d’un quart d’heure, des grêlons « de la taille d’une balle de ping-pong » ont haché les vignes sur une bande de 12 km de long entre St-Aubin-des-Vignes et Courtenon, à trois jours seulement du début des vendanges.
> Selon les premières estimations de l’interprofession, 1 450 hectares sont touchés, dont 600 à plus de 50 %. Dans les parcelles les plus exposées, les vignerons évoquent jusqu’à 80 % de pertes.
## 21 h 12 | La préfète annonce une cellule de crise
> Venue constater les dégâts en fin de journée, la préfète, Mme Catherine Aubrac-Sollier, a annoncé l’ouverture dès mercredi d’une cellule de crise à la direction départementale des territoires. Les exploitants sont invités à déclarer leurs pertes sur www.val-de-bruyere-example.fr/grele ou par courriel à grele2032@ddt-example.fr.
> « Je demanderai la reconnaissance de l’état de calamité agricole pour les pertes de fonds. Mais je veux être honnête : la récolte elle-même ne sera indemnisée que pour ceux qui sont assurés », a-t-elle prévenu.
> 30 % seulement des vignerons de l’appellation ont souscrit une assurance récolte, selon la chambre d’agriculture.
## 19 h 45 | « On a tout perdu en dix minutes »
> À St-Aubin-des-Vignes, Jean-Baptiste Morillon arpente ses rangs de chardonnay, le sécateur inutile à la main. Sur les 14 hectares du domaine familial, « il ne reste rien, ou presque ». Les grappes, encore intactes à midi, pendent éclatées, déjà brunissantes.
> « Mon grand-père avait connu la grêle de 1983. On se disait que ça n’arriverait plus… On a tout perdu en dix minutes. Dix minutes ! »
> Son voisin, Me Alain Castagnède, notaire à la retraite et propriétaire de 3,5 hectares de pinot noir, s’estime « moins mal loti » : « Le bas du coteau a été épargné. Je vendangerai peut-être un tiers. »
## 17 h 58 | Des grêlons de 5 cm et des rafales à 110 km/h
> L’orage, placé en vigilance orange depuis le matin, a éclaté vers 17 h 20 au-dessus de Courtenon. La station de l’aérodrome a relevé des rafales à 110 km/h, et des grêlons de 4 à 5 cm de diamètre ont été ramassés dans plusieurs villages.
> Les pompiers ont effectué 64 interventions, essentiellement pour des toitures endommagées et des caves inondées. Aucun blessé n’est à déplorer.

=== fr-live-reforme-retraites-article-7
lang: fr
outlet: La Tribune de l’Hémicycle
title: Réforme des retraites : l’Assemblée adopte l’article 7 et le report de l’âge légal à 65 ans, revivez la séance
caption: La ministre du Travail, Nadia Benali-Ferrand, au banc du gouvernement pendant l’examen de l’article 7.
link: https://example.fr/parlement/reforme-retraites-article-7-assemblee-direct
author: Baptiste Ollivier
date: 2034-02-22 23:40:00
tags: Retraites, Assemblée nationale, Réforme, Syndicats
options: time=colon bullet=• crlf
> L’article le plus contesté de la réforme des retraites a été adopté. Après plus de huit heures de débats souvent houleux, les députés ont voté mercredi soir l’article 7 du projet de loi, qui reporte progressivement l’âge légal de départ de 64 à 65 ans d’ici à 2040, à raison d’un trimestre par génération.
> Le gouvernement, qui ne dispose pas de la majorité absolue, a pu compter sur l’abstention d’une partie des députés de droite. La gauche, qui a déposé à elle seule plus de 11 000 amendements, promet de « mener la bataille jusqu’au bout ».
kp: L’essentiel
* L’article 7, qui reporte l’âge légal à 65 ans, adopté par 289 voix contre 262
* Sondage : l’opposition à la réforme grimpe à 68 %
* Les syndicats appellent à une nouvelle journée de grève le 7 mars
* Les carrières longues épargnées par un amendement du gouvernement
## 23h28 | L’article 7 adopté par 289 voix contre 262
> Le scrutin public a été proclamé à 23h26 par le vice-président de séance, M. Rémi Castaing : 289 voix pour, 262 contre, 21 abstentions. Sur les bancs de la gauche, les députés se sont levés pour entonner un chant, rapidement interrompu par une suspension de séance.
> La ministre du Travail a salué « un vote de responsabilité ». « Ce soir, nous garantissons le paiement des pensions de nos enfants », a-t-elle déclaré en quittant l’hémicycle.
## 23h05 | « Vous n’avez aucun mandat pour cela ! »
> Dernière prise de parole avant le vote, et la plus vive. La socialiste Leïla Sabatier a apostrophé la ministre : « Vous n’avez aucun mandat pour cela ! Personne, pendant la campagne, n’a promis aux Français de travailler un an de plus. »
> – Madame la députée, nous avons été élus pour gouverner, pas pour reculer, a répliqué Nadia Benali-Ferrand.
> – Vous avez été élus par défaut !
## 22h40 | Carrières longues : le gouvernement lâche du lest
> Surprise en fin de soirée : le gouvernement a déposé un amendement qui maintient à 62 ans l’âge de départ pour les salariés ayant commencé à travailler avant 18 ans. Coût estimé : 1,2 milliard d’euros par an en 2035, selon la direction de la Sécurité sociale.
> Une concession destinée à rallier les derniers indécis de la droite, décrypte le rapporteur, M. Gilles Prudhomme.
## 22h02 | Combien de temps vont encore durer les débats ?
> Il reste 3 870 amendements à examiner sur les articles 8 à 21. Au rythme actuel, environ 250 par heure, la discussion ne pourra pas s’achever avant la date butoir du 3 mars, fixée par la conférence des présidents. Le gouvernement n’exclut pas de recourir au vote bloqué.
## 21h15 | Suspension de séance après un incident entre deux députés
> La séance a été suspendue pendant vingt-cinq minutes après une altercation entre deux députés, l’un de gauche, l’autre de droite, près des bancs du gouvernement. Le bureau de l’Assemblée sera saisi, a indiqué la présidence.
## 19h48 | Sondage : l’opposition à la réforme grimpe à 68 %
> Selon une enquête de l’institut Opinéa publiée ce soir, 68 % des Français se disent opposés au report de l’âge légal à 65 ans, soit 4 points de plus qu’en janvier. Chez les actifs, la proportion atteint 76 %.
> 52 % des sondés jugent toutefois qu’une réforme est « nécessaire » pour garantir l’équilibre du système.
## 19h10 | Les syndicats appellent à une nouvelle journée de grève le 7 mars
> Réunie à la Bourse du travail, l’intersyndicale a fixé la date de la prochaine mobilisation. « Le 7 mars, nous voulons des millions de personnes dans la rue », a annoncé la porte-parole, Mme Chantal Leroux-Bénazet, qui n’exclut pas « des grèves reconductibles dans les transports et l’énergie ».
## 18h25 | Ce que prévoit l’article 7
> L’âge légal passerait de 64 ans à 65 ans à raison d’un trimestre par génération, à partir de celle née en 1975. La durée de cotisation requise pour une retraite à taux plein reste fixée à 43 ans.
> Le gouvernement chiffre l’économie à 6,8 milliards d’euros par an en 2040. Le déficit du système, lui, est estimé à 0,6 % du PIB cette année-là par le Conseil d’orientation des retraites (COR).
## 17h02 | La ministre du Travail : « Nous ne reculerons pas »
> « Nous ne reculerons pas, parce que reculer, ce serait mentir aux jeunes générations », a lancé Nadia Benali-Ferrand en ouvrant la discussion sur l’article. Huées à gauche, applaudissements au centre.
## 16h20 | Quelques centaines de manifestants devant le Palais-Bourbon
> Environ 600 personnes, selon la police, se sont rassemblées place Édouard-Herriot à l’appel de plusieurs unions départementales. Sur une pancarte : « 65 ans, c’est non… 64 non plus ! »
## 15h00 | Bienvenue dans ce direct
> Bonjour à toutes et à tous. Les députés reprennent à 15 heures l’examen du projet de loi sur les retraites, avec l’article 7, le cœur de la réforme. Suivez les débats avec notre équipe à l’Assemblée.

=== fr-live-tracteurs-rocade-chatelbrun
lang: fr
outlet: Le Réveil de la Plaine
title: Colère des agriculteurs : 400 tracteurs bloquent la rocade de Châtelbrun, la préfecture murée de bottes de paille
caption: Des tracteurs stationnés sur la rocade sud de Châtelbrun, mercredi matin.
link: https://example.fr/chatelbrun/agriculteurs-tracteurs-blocage-rocade-direct
author: Coralie Vernadet
date: 2033-01-26 15:10:00
tags: Agriculture, Manifestation, Châtelbrun
options: time=paren bullet=⇒ authorspace
> Ils étaient partis avant l’aube des quatre coins du département. Depuis 8 heures ce mercredi, quelque 400 tracteurs bloquent la rocade de Châtelbrun à l’appel de la FDSEA et des Jeunes Agriculteurs (JA), qui dénoncent « l’asphyxie » des exploitations sous le poids des normes et la chute des prix du blé.
> La circulation est très perturbée dans toute l’agglomération. La préfecture conseille d’éviter le secteur et de privilégier le télétravail.
kp: Ce qu’il faut savoir
* La rocade bloquée dans les deux sens entre les sorties 3 et 7
* La préfecture murée sous 200 bottes de paille
* Le préfet accepte de recevoir une délégation à 16 heures
## il y a 3 min | Le préfet accepte de recevoir une délégation à 16 heures
> Premier signe d’ouverture : le préfet, M. Olivier Champeaux, recevra à 16 heures une délégation de six responsables agricoles. « Nous ne partirons pas sans engagements écrits », prévient Jérôme Vaudelin, président de la FDSEA.
## il y a 26 min | Du lisier déversé devant la DDT
> Un épandeur a déversé plusieurs mètres cubes de lisier devant les grilles de la direction départementale des territoires, rue St-Exupéry. Les services de nettoyage de la ville sont sur place. La préfecture annonce une plainte.
## il y a 52 min | « On ne lâchera rien ! »
> Au micro, sur une remorque transformée en tribune, Manon Grelier, 27 ans, éleveuse de chèvres à Vaudeuil, a harangué la foule : « On travaille 70 heures par semaine pour gagner moins que le Smic. On ne lâchera rien ! »
> – Et si le préfet ne vous reçoit pas ?
> – Alors on reviendra, avec deux fois plus de tracteurs.
## 14h05 | Combien de tracteurs sur la rocade ?
> 412 tracteurs, selon un comptage de la police réalisé par drone en fin de matinée ; « plus de 600 » selon les organisateurs. Plusieurs convois venus des cantons de l’est sont encore bloqués à l’entrée de l’agglomération.
## 13h40 | Bus scolaires et ambulances : les perturbations à prévoir
> Les lignes 2, 5 et 11 du réseau de bus sont déviées jusqu’à nouvel ordre. Les ramassages scolaires de fin de journée seront assurés, mais avec « d’importants retards », prévient le conseil départemental.
> trafiCentre, l’application d’information routière du département, recommande de contourner l’agglomération par la D 940. Un couloir de circulation est maintenu pour les véhicules de secours, assurent les organisateurs.
## 12h15 | Pique-nique géant sur le pont de la Sèvrette
> Casse-croûte, rillettes et vin chaud : les manifestants ont déjeuné sur le pont, autour de barbecues installés sur des bennes. La coopérative AgriNova a fourni 1 500 sandwichs.
## 10h50 | La préfecture murée sous 200 bottes de paille
> En moins d’une heure, une trentaine d’agriculteurs ont empilé environ 200 bottes de paille devant l’entrée de la préfecture, jusqu’à hauteur du premier étage. Sur la façade, une banderole : « Ici repose l’agriculture française ».
## 9h30 | Les convois convergent vers Châtelbrun
> Partis de Vaudeuil, de Saint-Hilaire-du-Bois et de Montbrac, trois convois de plusieurs dizaines de tracteurs ont rejoint la rocade, escortés par les gendarmes, à 20 km/h de moyenne.
## 7h45 | Pourquoi les agriculteurs manifestent-ils ?
> Les syndicats agricoles réclament la suspension de l’interdiction de plusieurs produits phytosanitaires, des prix « rémunérateurs » pour le blé, tombé à 168 euros la tonne, et le versement des aides promises après les inondations de 2032. « Les dossiers dorment dans les tiroirs depuis six mois », résume un responsable des JA.

=== fr-live-secours-alpinistes-aiguille-corderac
lang: fr
outlet: La Voix du Haut-Vallon
title: Secours en montagne : deux alpinistes bloqués depuis 48 heures à 3 600 mètres sur l’aiguille de Cordérac, enfin hélitreuillés
link: https://example.fr/haut-vallon/secours-alpinistes-aiguille-corderac-direct
author:
date: 2032-08-11 22:05:00
tags: Montagne, Secours, Alpinisme, PGHM
options: nocaptionline bullet=- exit=none
> C’est un soulagement pour tout le massif du Grand Coudray. Les deux alpinistes lyonnais bloqués depuis lundi soir sur une vire de l’aiguille de Cordérac, à 3 600 mètres d’altitude, ont été hélitreuillés mercredi en fin de journée par les gendarmes du peloton de gendarmerie de haute montagne (PGHM).
> Les deux hommes, âgés de 34 et 41 ans, souffrent d’engelures et d’un début d’hypothermie, mais leurs jours ne sont pas en danger. Retour sur 48 heures d’une opération de secours hors norme.
kp: Les infos à retenir
* Deux alpinistes lyonnais coincés depuis lundi soir sur une vire à 3 600 mètres.
* Des rafales jusqu’à 90 km/h ont empêché toute intervention aérienne pendant près de 40 heures.
* Les deux hommes ont été hélitreuillés mercredi vers 18h40, légèrement blessés.
## Deux cordées surprises par l’orage lundi soir
> Partis du refuge du Pas-de-l’Ours lundi à 4 heures du matin, les deux hommes s’étaient lancés dans la voie « Directe des Ardoises », une course cotée TD+. Vers 17 heures, un orage a éclaté alors qu’ils se trouvaient à deux longueurs du sommet. Une seconde cordée, plus bas, a pu redescendre en rappel.
> « Ils ont eu le bon réflexe : se mettre à l’abri sur une vire et appeler le 112 », souligne le capitaine Romain Sauzet, commandant du PGHM.
## Le vent empêche le décollage du Dragon 74
> Mardi, l’hélicoptère de la sécurité civile n’a pu approcher la face nord. Les rafales dépassaient 90 km/h au niveau de l’arête, et la visibilité était quasi nulle. Deux tentatives, à 9h15 puis à 14h30, ont dû être abandonnées.
> « On voyait la vire sur l’écran de la caméra thermique… à 150 mètres. Mais le pilote ne pouvait pas prendre le risque », raconte un secouriste.
## Une colonne de secouristes partie à pied du refuge
> 12 secouristes du PGHM et de la compagnie républicaine de sécurité de montagne sont alors partis à pied mardi après-midi, chargés de duvets, de réchauds et de cordes. Ils ont bivouaqué à 3 300 mètres, à 300 mètres sous les alpinistes.
## Qui sont les deux alpinistes ?
> Il s’agit de Maxime Duplantier, 34 ans, infirmier, et de Yann Le Gwen, 41 ans, guide stagiaire, tous deux membres du club alpin de Lyon-Villeurbanne. Selon leurs proches, ils préparaient cette course « depuis deux ans ».
> Leur téléphone, rechargé grâce à une batterie solaire, leur a permis de rester en contact avec le PGHM toutes les deux heures.
## « Ils nous ont fait signe, ils sont vivants ! »
> Mercredi vers 11 heures, la colonne de secours a atteint le pied de la vire. « Ils nous ont fait signe, ils sont vivants ! », a annoncé par radio le chef de la cordée de secours, l’adjudant-chef Fabrice Arnaud. Les secouristes leur ont apporté boissons chaudes et vêtements secs.
## Hélitreuillage réussi, les alpinistes transférés au CH d’Annevoie
> Profitant d’une accalmie, le Dragon 74 a pu hélitreuiller les deux hommes vers 18h40, puis les secouristes. Ils ont été transférés au centre hospitalier d’Annevoie. La préfecture rappelle que les prévisions sont consultables sur www.meteo-montagne-example.fr avant toute course.
