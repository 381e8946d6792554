#! French corpus: invented news. NBSP typography is applied by build.py.

=== fr-live-crue-cevennes
lang: fr
outlet: Le Journal du Midi
title: EN DIRECT - Crue dans les Cévennes : le Vidourle déborde, 3 000 personnes évacuées
caption: Une rue inondée de Saint-Hippolyte-du-Fort, mardi après-midi.
link: https://example.org/actualite/direct-crue-cevennes-vidourle
author: Nathalie Fabre
date: 2026-11-03 17:48:00
tags: Gard, Intempéries, Crue
> Des pluies diluviennes s’abattent depuis lundi soir sur le piémont cévenol. En vingt-quatre heures, il est tombé l’équivalent de trois mois de précipitations à Anduze, selon Météo-France.
> Le Vidourle est sorti de son lit en début d’après-midi à Sauve et Quissac. La préfecture du Gard a ouvert six centres d’hébergement d’urgence.
kp: Les infos à retenir
* Le Gard placé en vigilance rouge pluie-inondation jusqu’à mercredi 10 heures
* 3 000 personnes évacuées dans la vallée du Vidourle
* Un automobiliste porté disparu près de Quissac
## 17h48 | Un automobiliste porté disparu près de Quissac
> Un homme de 67 ans n’a plus donné de nouvelles depuis 14 heures. Sa voiture a été retrouvée vide sur un radier submergé, a indiqué la gendarmerie.
> Un hélicoptère de la sécurité civile survole la zone, mais les recherches sont compliquées par la force du courant.
## 16h30 | 3 000 personnes évacuées dans la vallée du Vidourle
> Les évacuations concernent principalement les quartiers bas de Sauve, Quissac et Sommières. Le maire de Sommières, M. Olivier Teissier, a demandé aux commerçants de surélever leurs marchandises « dès maintenant ».
## 15h05 | Jusqu’à 1,5 mètre d’eau dans le centre de Sauve
> La montée des eaux a été très rapide : environ 1,5 mètre en moins de deux heures. « On a vu l’eau passer par-dessus le pont, puis tout s’est enchaîné », témoigne une habitante.
> Les pompiers ont procédé à une vingtaine d’hélitreuillages.
## 14h32 | Le Gard placé en vigilance rouge
> Météo-France a relevé la vigilance à son plus haut niveau pour le Gard. L’Hérault et la Lozère restent en vigilance orange.
> Les consignes sont disponibles sur https://example.org/vigilance/gard et sur les comptes de la préfecture.
## 13h15 | Pourquoi les épisodes cévenols sont-ils si violents ?
> L’air chaud et humide venu de la Méditerranée bute sur les reliefs des Cévennes, où il s’élève et se condense. Les orages se régénèrent alors au même endroit pendant des heures.
## 12h00 | Les transports scolaires suspendus mardi et mercredi
> Le département a suspendu tous les transports scolaires. Les établissements restent ouverts pour accueillir les élèves déjà sur place.

=== fr-live-greve-rail
lang: fr
outlet: Le Courrier des régions
title: Grève à la SNCF : un TGV sur trois, le trafic « très perturbé » ce jeudi en Île-de-France
caption: Des voyageurs consultent les panneaux d’affichage gare de Lyon, jeudi matin.
link: https://example.org/economie/direct-greve-sncf-jeudi
author: Julien Perrot
date: 2026-11-19 12:40:00
tags: Transports, Grève, SNCF
options: bullet=•
> Les syndicats de cheminots ont lancé jeudi un mouvement de grève reconductible contre la réforme des roulements. La direction prévoit un TGV sur trois et un Transilien sur deux en moyenne.
kp: L’essentiel
* Un TGV sur trois et un Transilien sur deux en moyenne
* Les syndicats appellent à reconduire la grève vendredi
* Le ministre des Transports « ouvert au dialogue »
## Il y a 20 minutes | Les syndicats appellent à reconduire la grève vendredi
> Réunies en assemblée générale à midi, les fédérations ont voté la reconduction du mouvement « au moins jusqu’à lundi ». Le préavis court jusqu’au 30 novembre.
## Il y a 1 heure | Le ministre « ouvert au dialogue », mais pas sur le calendrier
> Invité d’une matinale radio, le ministre des Transports s’est dit « ouvert au dialogue sur les modalités ». Il a en revanche exclu de repousser l’entrée en vigueur de la réforme, prévue le 1er janvier.
> « Le calendrier n’est pas négociable », a-t-il répété.
## Il y a 3 heures | Gare de Lyon, des quais bondés et beaucoup de patience
> Sur les quais, des voyageurs attendent depuis parfois deux heures. « J’ai un rendez-vous médical à Dijon… Je ne sais même pas si j’y serai ce soir », soupire Martine, 71 ans.
## 07h30 | Quelles lignes sont les plus touchées ?
> En Île-de-France, les RER C et D sont les plus perturbés, avec un train sur trois aux heures de pointe. Les lignes L et J fonctionnent presque normalement.
> Les prévisions ligne par ligne sont mises à jour sur example.org/trafic.
## 06h00 | Un TGV sur trois et un Transilien sur deux en moyenne
> La direction de la SNCF a publié mercredi soir ses prévisions de trafic. Les TER sont également touchés, avec de fortes disparités selon les régions.

=== fr-live-conseil-municipal
lang: fr
outlet: La Gazette de Montferrand
title: Conseil municipal : le budget 2027 adopté après une séance houleuse
caption: Les élus d’opposition ont quitté la salle avant le vote.
link: https://example.org/montferrand/conseil-municipal-budget-2027
author:
date: 2026-11-26 23:05:00
tags: Montferrand, Politique locale
options: time=glued
> Le conseil municipal de Montferrand a voté jeudi soir le budget primitif 2027, par 27 voix pour et 8 abstentions. Les élus de l’opposition ont quitté la salle avant le vote.
## 22h50 | Le budget adopté par 27 voix pour
> Le budget s’élève à 48,3 millions d’euros, dont 11,2 millions d’investissements. La hausse de la taxe foncière, fixée à 2 %, a concentré les critiques.
## 21h15 | L’opposition quitte la salle
> « Nous ne participerons pas à cette mascarade », a lancé Mme Claire Vasseur, cheffe de file de l’opposition, avant de quitter l’hémicycle avec ses sept colistiers.
> Le maire a regretté « un coup d’éclat de plus ». Le débat a repris sans eux.
## 20h00 | La séance s’ouvre avec une heure de retard
> Un problème de micro a retardé l’ouverture des débats. Une centaine d’habitants ont pris place dans le public, certains avec des pancartes contre le projet de parking souterrain.

=== fr-live-budget-assemblee
lang: fr
outlet: Le Courrier des régions
title: Budget 2027 : l’Assemblée rejette la première partie, le gouvernement envisage le 49.3
caption: Le ministre de l’Économie au banc du gouvernement, mardi soir.
link: https://example.org/politique/direct-budget-assemblee-vote
author: Sophie Lemaire, Karim Belkacem
date: 2026-11-24 23:55:00
tags: Politique, Budget, Assemblée nationale
options: crlf
> L’Assemblée nationale a rejeté mardi soir la partie « recettes » du projet de loi de finances pour 2027, par 301 voix contre 254. Le texte part au Sénat dans sa version initiale.
> Le gouvernement n’exclut plus de recourir à l’article 49.3 lors de la nouvelle lecture.
kp: Les infos à retenir
* La partie « recettes » du budget rejetée par 301 voix contre 254
* Le gouvernement n’exclut plus le 49.3
* La taxe sur les rachats d’actions votée contre l’avis du gouvernement
* Le Sénat examinera le texte à partir du 2 décembre
## 23h52 | Rejet de la partie « recettes » par 301 voix contre 254
> Le vote est tombé peu avant minuit. La gauche et le Rassemblement ont voté contre, une partie des indépendants s’est abstenue.
> Le texte est transmis au Sénat dans la version déposée par le gouvernement, sans les amendements adoptés en séance.
## 23h30 | Les derniers orateurs à la tribune
> Chaque groupe dispose de cinq minutes pour expliquer son vote. Le rapporteur général a dénoncé « un budget devenu illisible ».
## 22h40 | Le ministre : « Nous prendrons nos responsabilités »
> Interrogé sur un possible 49.3, le ministre de l’Économie a répondu : « Nous prendrons nos responsabilités. » Une phrase aussitôt interprétée comme un feu vert.
## 21h55 | Qu’est-ce que l’article 49.3 ?
> Il permet au gouvernement de faire adopter un texte sans vote, sauf si une motion de censure est votée par la majorité absolue des députés, soit 289 voix.
> Il a été utilisé plus de 100 fois depuis 1958.
## 21h10 | La taxe sur les rachats d’actions votée contre l’avis du gouvernement
> Un amendement instaurant une taxe de 3 % sur les rachats d’actions a été adopté par 189 voix contre 171. Bercy estime son rendement à 1,2 milliard d’euros par an.
## 20h25 | Suspension de séance
> La présidente de séance a suspendu les débats pour vingt minutes après des échanges vifs entre les bancs de la gauche et du centre.
## 19h50 | Le point sur la dette : 3 412 milliards d’euros
> La dette publique atteint désormais 3 412 milliards d’euros, soit environ 116 % du PIB, selon les chiffres publiés dans l’après-midi.
## 18h30 | Reprise des débats sur la fiscalité des héritages
> Les députés ont rejeté, à une courte majorité, l’amendement relevant l’abattement sur les donations en ligne directe.
> « On ne peut pas demander des efforts aux Français et faire des cadeaux aux plus aisés », a plaidé un député socialiste.
## 17h15 | Une séance à suivre jusque tard dans la nuit
> Plus de 2 300 amendements restent à examiner. La conférence des présidents a prévu un vote solennel dans la soirée, quoi qu’il arrive.
## 16h00 | Le Sénat examinera le texte à partir du 2 décembre
> Le calendrier a été confirmé par la présidence du Sénat. La commission des finances se réunira dès le 28 novembre.
## 15h05 | Ouverture de la séance de questions au gouvernement
> Les questions ont porté presque exclusivement sur le budget, et sur l’hypothèse d’un 49.3.
## 14h00 | Bonjour et bienvenue dans ce direct
> Nous suivons en direct la dernière journée d’examen de la première partie du budget à l’Assemblée nationale.

=== fr-live-rugby-test
lang: fr
outlet: Ovale Hebdo
title: France - Nouvelle-Zélande : les Bleus l’emportent d’un point au terme d’un final irrespirable (27-26)
caption: L’ouvreur français après sa pénalité victorieuse à la 79e minute.
link: https://example.org/rugby/direct-france-nouvelle-zelande-test-match
author: Baptiste Lacoste
date: 2026-11-14 23:10:00
tags: Rugby, XV de France, Tests d’automne
options: bom bullet=-
> Le XV de France a battu la Nouvelle-Zélande 27 à 26 samedi soir au Stade de France, grâce à une pénalité de 45 mètres à la dernière minute. C’est la quatrième victoire consécutive des Bleus face aux All Blacks à domicile.
kp: Ce qu’il faut savoir
* Victoire de la France 27-26 grâce à une pénalité à la 79e minute
* Deux essais partout
* Le capitaine français sorti sur blessure à la pause
## 22h58 | Victoire de la France 27-26 !
> C’est terminé ! Le dernier ballon est tapé en touche et le Stade de France exulte. Les Bleus s’imposent d’un tout petit point.
## 22h54 | La pénalité de la gagne à 45 mètres
> L’ouvreur prend son temps, regarde les poteaux… et passe la pénalité en plein milieu. 27-26 pour la France à une minute de la fin.
> Incroyable sang-froid du numéro 10, qui avait manqué deux tentatives plus faciles en première période.
## 22h31 | Essai néo-zélandais, les All Blacks repassent devant
> Sur un ballon porté, le talonneur aplatit en coin. Transformation réussie : 24-26.
## 21h47 | Mi-temps : 17-13 pour la France
> Un essai de l’ailier français à la 31e minute a permis aux Bleus de virer en tête. Mauvaise nouvelle en revanche : le capitaine est sorti sur blessure, touché à l’épaule.
## 21h05 | Coup d’envoi au Stade de France
> L’ambiance est électrique pour ce dernier test de l’automne. Le haka a été accueilli par un silence respectueux, puis par une immense clameur.
## 20h30 | Les compositions d’équipe
> Côté français, une seule modification par rapport à la semaine dernière : le centre titulaire remplace un joueur blessé au genou. Les All Blacks alignent leur équipe type.

=== fr-live-incendie-entrepot
lang: fr
outlet: Le Journal du Nord-Est
title: Incendie d’un entrepôt à Hautmont : un panache de fumée visible à 20 km, les riverains confinés
caption: La fumée noire au-dessus de la zone d’activités de Hautmont, vendredi matin.
link: https://example.org/faits-divers/hautmont-incendie-entrepot-direct
author:
date: 2026-11-06 13:25:00
tags: Faits divers, Nord
options: nnbsp time=suffix
> Un violent incendie s’est déclaré vendredi vers 6 heures dans un entrepôt de stockage de pneus de la zone d’activités de Hautmont. Près de 90 pompiers sont mobilisés.
kp: L’essentiel
* Environ 400 riverains invités à rester confinés
* Pas de victime à ce stade
* L’origine de l’incendie reste inconnue
## 13h20 | Le feu est désormais circonscrit
> Les pompiers ont annoncé peu après 13 heures que l’incendie était « circonscrit, mais pas éteint ». Les opérations de noyage devraient durer jusqu’à la nuit.
## 11h40 | Les analyses de l’air rassurantes, selon la préfecture
> Les premières mesures réalisées autour du site ne montrent pas de concentration dangereuse de polluants. Le confinement reste toutefois en vigueur par précaution.
> Les riverains sont invités à garder les fenêtres fermées et à ne pas consommer les légumes de leur jardin avant de nouvelles analyses.
## 09h15 | Environ 400 riverains confinés
> La préfecture a demandé aux habitants des rues Jean-Jaurès, des Tilleuls et de la Sambre de rester chez eux. Les écoles du secteur gardent les élèves à l’intérieur.
## 07h30 | Pas de victime à ce stade
> Les deux gardiens présents sur le site ont pu sortir à temps. Un pompier a été légèrement blessé à la main.

=== fr-live-sommet-climat
lang: fr
outlet: Le Courrier des régions
title: Sommet sur le climat de Port-Salan : un accord trouvé sur le financement, pas sur la sortie des énergies fossiles
caption: La présidente du sommet annonce l’accord en séance plénière, samedi à l’aube.
link: https://example.org/planete/direct-sommet-climat-port-salan-accord
author: Inès Moreau
date: 2026-11-28 08:15:00
> Après deux nuits de négociations, les 196 délégations réunies à Port-Salan ont adopté samedi matin un accord sur le financement de l’adaptation. Le texte ne mentionne pas la sortie des énergies fossiles.
> Plusieurs pays insulaires ont dénoncé « un accord au rabais ».
kp: Les infos à retenir
* 300 milliards de dollars par an promis d’ici à 2035 aux pays en développement
* Aucune mention d’une sortie du charbon, du pétrole et du gaz
* La prochaine conférence se tiendra à Velmora en 2027
## 08h10 | « Un accord au rabais », dénoncent les pays insulaires
> Le représentant d’un archipel du Pacifique a pris la parole juste après l’adoption : « Nous rentrons chez nous avec de l’argent, mais sans avenir. » Sa déclaration a été longuement applaudie.
## 07h25 | Le marteau tombe : l’accord est adopté
> La présidente du sommet a constaté l’absence d’objection et adopté le texte d’un coup de marteau. Les délégués, épuisés, se sont levés pour applaudir.
## 05h50 | La référence aux énergies fossiles retirée du texte
> Le paragraphe sur « la transition hors des combustibles fossiles » a disparu de la dernière version, à la demande de plusieurs pays producteurs.
> Les négociateurs européens ont accepté ce retrait en échange d’un engagement chiffré sur le financement.
## 03h15 | Reprise de la plénière reportée une nouvelle fois
> La séance, annoncée pour 1 heure, a été repoussée à 5 heures puis à 7 heures. Dans les couloirs, certains délégués dorment sur des chaises.
## 00h40 | Combien coûte l’adaptation ?
> Selon les estimations des Nations unies, les pays en développement auraient besoin de 215 à 387 milliards de dollars par an pour s’adapter aux effets du réchauffement.
## 22h00 | Les ONG manifestent devant le centre de conférences
> Quelques centaines de militants ont formé une chaîne humaine autour du bâtiment, avec des banderoles proclamant « Pas d’accord sans sortie ».
## 20h30 | La présidence présente un nouveau projet de texte
> Le nouveau projet fixe un objectif de 300 milliards de dollars par an d’ici à 2035. Il renvoie la question des énergies fossiles « aux prochaines sessions ».
## 19h00 | Velmora accueillera la prochaine conférence en 2027
> La candidature de Velmora a été validée sans opposition. La ville a promis une conférence « sobre et accessible ».

=== fr-plain-festival-cinema
lang: fr
outlet: Le Journal du Midi
title: Festival du film de Sérignan : un jury présidé par une habituée des plateaux, 42 films en compétition
caption: L’affiche de la 18e édition du festival, dévoilée lundi.
link: https://example.org/culture/festival-film-serignan-2026-programme
author: Camille Roussel
date: 2026-11-02 10:30:00
tags: Cinéma, Festival, Sérignan
> Le Festival du film de Sérignan a dévoilé lundi le programme de sa 18e édition, qui se tiendra du 20 au 27 novembre. Quarante-deux films sont en compétition, dont 12 premiers longs-métrages.
> La présidente du jury, la comédienne Anna Berthier, a promis « un palmarès qui surprendra ». Interrogée sur la venue éventuelle de Leonardo DiCaprio, évoquée sur les réseaux sociaux, la direction a répondu par un sourire… et un « on verra ».
> Outre la compétition, le festival proposera des ciné-concerts, des rencontres avec les équipes, des ateliers pour les scolaires, etc. Le tarif reste fixé à 6 euros la séance.
> « Nous voulons que le cinéma reste une fête populaire », résume le délégué général, M. Hugo Ferrand. « Pas un club fermé. »

=== fr-plain-hopital-urgences
lang: fr
outlet: Le Journal du Nord-Est
title: À l’hôpital de Vireux, les urgences de nuit rouvrent après six mois de fermeture
link: https://example.org/sante/vireux-urgences-nuit-reouverture
author: Thomas Guérin
date: 2026-11-10 07:00:00
tags: Santé, Hôpital, Ardennes
options: nocaptionline
> Fermées la nuit depuis le mois de mai faute de médecins, les urgences de l’hôpital de Vireux rouvrent en continu à partir de ce lundi. L’établissement a recruté quatre urgentistes, dont deux venus de Belgique.
> « C’est un soulagement immense », confie le Dr Élise Martin, cheffe du service. Pendant six mois, les patients devaient parcourir 45 km jusqu’à Charleville-Mézières, parfois plus d’une heure de route l’hiver.
> L’agence régionale de santé a débloqué 1,5 million d’euros pour financer les postes et rénover la salle d’attente. Le maire, M. Paul Dufresne, parle de « la meilleure nouvelle de l’année ».
> Les habitants peuvent consulter les horaires et les numéros utiles sur https://example.org/sante/vireux-urgences.

=== fr-plain-startup-jeu-video
lang: fr
outlet: Le Courrier des régions
title: Un studio bordelais de jeu vidéo lève 12 millions d’euros pour son premier titre sur PlayStation
caption: Une partie de l’équipe de Lunaria Games dans ses locaux des Chartrons.
link: https://example.org/tech/lunaria-games-levee-de-fonds
author: Léa Chevalier
date: 2026-11-14 09:05
tags: Tech, Jeu vidéo, Bordeaux
> Le studio bordelais Lunaria Games a annoncé jeudi une levée de fonds de 12 millions d’euros pour terminer « Les Marées d’Ambre », son premier jeu, attendu fin 2027 sur PlayStation, Xbox et PC.
> Fondé en 2021 par trois anciens étudiants de l’école d’ingénieurs locale, le studio emploie 48 personnes. Il prévoit d’en recruter une trentaine d’ici à l’été, surtout des développeurs et des artistes 3D.
> Le jeu, un récit d’aventure sur une île engloutie, avait attiré l’attention lors d’un salon à Cologne cet été. « On nous a dit : “C’est beau, mais est-ce que c’est jouable ?” Alors on a passé l’été à le prouver », raconte sa directrice artistique.
> Une version adaptée aux iPhone et aux tablettes est à l’étude, mais « pas avant 2028 ».
