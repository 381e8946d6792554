#! French live blogs: invented news, people and places (real institutions only as context). (round 7)

=== fr-live-municipales-second-tour
lang: fr
outlet: Ouest Horizon
title: DIRECT. Municipales 2032, second tour : la gauche reprend Saint-Malaure, coup de tonnerre à Valvert-sur-Loire
caption: Des militants attendent les résultats devant l’hôtel de ville de Saint-Malaure, dimanche soir.
link: https://example.fr/politique/municipales-2032-second-tour-direct
author: Camille Le Goff et Yannick Derrien
date: 2032-03-21 23:58:00
tags: Municipales 2032, Élections, Politique
options: time=prefix bullet=⇒
> Les bureaux de vote ont fermé à 20 heures dans les grandes villes, à 18 heures ailleurs. Au terme d’une campagne dominée par le logement et les transports, le second tour des municipales a réservé plusieurs surprises dans l’Ouest, où quatre villes de plus de 50 000 habitants changent de majorité.
> La participation, en légère hausse par rapport au premier tour, s’établit à 47,8 % selon les estimations de l’institut Opiniâtre pour notre journal. Suivez avec nous les résultats, les réactions et les premières déclarations des nouveaux maires.
kp: Les infos à retenir
* La gauche reprend Saint-Malaure après dix-neuf ans d’opposition
* Coup de tonnerre à Valvert-sur-Loire : le maire sortant battu de 212 voix
* Participation : 47,8 % à 20 heures, en hausse de 2,1 points
* « Une victoire de la proximité » pour Hélène Quéré
## 23h41 | Le maire sortant de Valvert ne fera « aucun recours »
> Battu de 212 voix, Gérard Le Nédélec a reconnu sa défaite peu avant minuit, devant une cinquantaine de partisans réunis dans une salle du quartier de la Gare. « Je ne ferai aucun recours. Les électeurs ont tranché, je leur dois le respect. » Il a félicité son adversaire, Maëlle Trividic, « pour une campagne menée avec énergie ».
> M. Le Nédélec, 67 ans, maire depuis 2008, siégera dans l’opposition municipale. « Je ne vais pas partir à la pêche demain matin, même si l’envie ne manque pas… », a-t-il glissé, provoquant quelques rires dans l’assistance.
## 23h15 | Qui est Hélène Quéré, la nouvelle maire de Saint-Malaure ?
> Née en 1979 à Lorient, Hélène Quéré a d’abord été infirmière au CHU de Saint-Malaure pendant quinze ans, avant de prendre la tête du syndicat des personnels soignants de l’établissement. Elle entre au conseil municipal en 2020, dans l’opposition, puis au conseil départemental en 2028.
> Réputée pour sa connaissance des dossiers, elle avait fait de la rénovation des logements du quartier de Kerhuel le cœur de sa campagne. Ses adversaires lui reprochaient un programme « trop coûteux », chiffré à 140 millions d’euros sur le mandat.
> Elle sera la première femme à diriger la ville depuis sa création comme commune en 1790.
## 22h58 | « Une victoire de la proximité » pour Hélène Quéré
> Dans son premier discours, prononcé sur le parvis de l’hôtel de ville, Hélène Quéré a salué « une victoire de la proximité, celle des portes qu’on a frappées une à une ». Elle a promis de réunir le conseil municipal « dès samedi » pour élire ses adjoints et de présenter un plan logement « avant l’été ».
> « Ce soir, personne n’a gagné contre personne. Saint-Malaure a simplement choisi de tourner une page », a-t-elle ajouté, avant de se tourner vers la foule : « Maintenant, au travail ! »
## 22h30 | Coup de tonnerre à Valvert-sur-Loire : le maire sortant battu de 212 voix
> C’est la surprise de la soirée dans l’Ouest. À Valvert-sur-Loire, la liste divers gauche conduite par Maëlle Trividic, 34 ans, l’emporte avec 50,4 % des suffrages exprimés, soit 212 voix d’avance sur celle du maire sortant, Gérard Le Nédélec (DVD). Au premier tour, ce dernier était pourtant arrivé en tête avec plus de huit points d’avance.
> La fusion, entre les deux tours, de la liste de Mme Trividic avec celle des écologistes a manifestement payé. « On nous donnait perdants il y a huit jours. Les gens se sont déplacés, c’est tout », résume son directeur de campagne, Erwan Guillou.
## 22h04 | À Pornlec, la liste écologiste l’emporte avec 51,2 %
> La tête de liste écologiste, Soizic Martin-Prigent, devient maire de Pornlec avec 51,2 % des voix face au candidat LR, Hervé Daniélou. Elle avait mené campagne sur la piétonnisation du centre-ville et la création d’une régie publique de l’eau. Les résultats détaillés par bureau sont consultables sur le site de la préfecture, www.morbihan.example.gouv.fr/elections.
## 21h47 | La gauche reprend Saint-Malaure après dix-neuf ans d’opposition
> Selon les résultats quasi définitifs communiqués par la mairie, la liste d’union de la gauche menée par Hélène Quéré obtient 53,6 % des voix, contre 46,4 % à celle de la majorité sortante conduite par Jean-Yves Morvan. La droite dirigeait la ville depuis 2013.
> Dans les bureaux du centre-ville, traditionnellement favorables à la majorité sortante, l’écart s’est nettement resserré. « On a perdu le centre et on n’a pas compensé dans les quartiers périphériques, c’est aussi simple que ça », reconnaît un adjoint sortant.
## 21h12 | Les premiers résultats tombent dans les petites communes
> Dans les communes de moins de 3 500 habitants, où le dépouillement est plus rapide, les premiers résultats confirment la prime aux sortants. À Plouzélec, Locmaria-Guerlan ou Saint-Thuriau, les maires sont réélus avec des scores dépassant souvent les 60 %.
## 20h30 | Participation : 47,8 % à 20 heures, en hausse de 2,1 points
> À 20 heures, le taux de participation atteignait 47,8 % dans les villes de plus de 10 000 habitants de la région, selon notre estimation, contre 45,7 % au premier tour. La hausse est particulièrement sensible à Valvert-sur-Loire (+5,3 points), où le duel s’annonçait serré.
> Le ministère de l’Intérieur publiera les chiffres consolidés dans la nuit. À titre de comparaison, la participation au second tour de 2026 s’était établie à 44,1 % dans la région.
## 20h02 | Les bureaux de vote sont fermés
> Les derniers bureaux de vote viennent de fermer à Saint-Malaure, Valvert-sur-Loire et Pornlec. Le dépouillement commence, sous le regard de nombreux scrutateurs bénévoles. Les premiers résultats sont attendus vers 21 heures.
## 17h25 | La CGT dénonce des « pressions » dans un bureau de vote de Lanvénec
> L’union locale CGT de Lanvénec affirme qu’un assesseur a été « pris à partie » par des militants d’une liste concurrente dans le bureau n° 4, installé à l’école Jules-Ferry. La préfecture indique avoir été informée et précise que « le scrutin se déroule normalement ». Aucune plainte n’a été déposée à ce stade.

=== fr-live-bourse-cac40
lang: fr
outlet: Le Quotidien de l’Économie
title: Bourse : le CAC 40 décroche de 4,6 %, pire séance depuis 2022 après l’annonce surprise de la BCE
caption: Un opérateur de marché, mardi après-midi, dans une salle de marché du quartier de la Défense.
link: https://example.fr/marches/cac-40-chute-bce-direct
author: Arnaud Vételay
date: 2031-10-14 18:05:00
tags: Bourse, CAC 40, BCE, Marchés
options: time=glued bullet=• crlf
> La Bourse de Paris a vécu mardi sa pire séance depuis plus de neuf ans. Le CAC 40 a terminé en baisse de 4,6 %, à 7 012,38 points, après l’annonce surprise par la Banque centrale européenne d’une hausse de ses taux directeurs de 0,75 point, la première depuis 2023. Les valeurs bancaires et les groupes de luxe ont été les plus touchés.
> Les autres places européennes ont suivi le même chemin : Francfort a cédé 4,1 %, Milan 5,3 % et Madrid 4,8 %. À Wall Street, le Dow Jones reculait de 2,2 % à la mi-séance.
kp: Ce qu’il faut retenir
* Le CAC 40 clôture en chute de 4,6 %, sa pire séance depuis mars 2022
* La BCE relève ses taux de 0,75 point, à la surprise générale
* Les banques et le luxe en première ligne
* Le bitcoin repasse sous les 40 000 dollars
## 17h38 | Clôture : le CAC 40 finit à 7 012,38 points
> C’est terminé pour la séance du jour. L’indice parisien cède 4,6 %, soit 338 points, et efface en une seule séance l’ensemble de ses gains depuis le début de l’année. Les volumes échangés, à 9,8 milliards d’euros, sont près de trois fois supérieurs à la moyenne des trente derniers jours.
> « On a assisté à une capitulation en fin de séance, avec des ventes forcées de la part de fonds qui utilisaient l’effet de levier », analyse Claire Dumontel, stratégiste chez Vauban Gestion S.A. à Lyon.
## 17h02 | STMicroelectronics limite la casse grâce à un contrat avec un constructeur chinois
> Seule valeur du CAC 40 à résister, STMicroelectronics ne recule que de 0,4 %. Le fabricant de semi-conducteurs a confirmé en début d’après-midi un contrat de 2,3 milliards de dollars sur cinq ans avec le constructeur automobile Hengda Motors, pour la fourniture de puces de puissance destinées à ses véhicules électriques.
## 16h41 | Christine Valadier (BCE) : « Nous n’avions pas d’autre choix »
> La présidente de la BCE, Christine Valadier, a défendu la décision lors de sa conférence de presse à Francfort. « L’inflation sous-jacente s’installe au-dessus de 4 %. Attendre aurait coûté beaucoup plus cher aux ménages européens. Nous n’avions pas d’autre choix. » Elle a refusé de dire si d’autres hausses suivraient, répétant que l’institution déciderait « réunion par réunion ».
> Interrogée sur la réaction des marchés, Mme Valadier a répondu sèchement : « Notre mandat, c’est la stabilité des prix, pas le niveau du CAC 40 ou du DAX. »
> Plusieurs économistes jugent toutefois la communication de l’institution « brutale ». « Aucun membre du conseil des gouverneurs n’avait préparé le terrain. Pour les marchés, c’est le pire scénario possible », estime Jérôme Lasserre, chef économiste de la banque Hardouin & Cie.
## 16h05 | TotalEnergies et Airbus reculent de plus de 5 %
> Les poids lourds de la cote ne sont pas épargnés. TotalEnergies abandonne 5,4 % et Airbus 5,8 %, pénalisés par la remontée de l’euro face au dollar, qui a gagné 1,9 % à 1,142 dollar. Pour les exportateurs, chaque centime de hausse de la monnaie unique pèse sur la valeur des ventes réalisées hors de la zone euro.
## 15h30 | Wall Street ouvre en net repli
> La Bourse de New York a ouvert en forte baisse, dans le sillage de l’Europe. Le Dow Jones perd 1,9 %, le S&P 500 2,3 % et le Nasdaq 2,8 %, tiré vers le bas par les géants de la tech. Apple, qui devait présenter son nouvel iPhone la semaine prochaine, lâche 3,1 %.
## 15h12 | Pourquoi les banques sont-elles les plus touchées ?
> Paradoxalement, une hausse des taux est en principe une bonne nouvelle pour les banques, qui peuvent prêter plus cher. Mais les investisseurs craignent cette fois une vague de défauts de paiement chez les entreprises les plus endettées, notamment dans l’immobilier commercial. BNP Paribas cède 7,2 %, Société Générale 8,9 % et Crédit Agricole 6,6 %.
> « Le marché anticipe une hausse du coût du risque dès le prochain trimestre », explique Nadia Berrada, analyste chez Kerlys Securities. Selon elle, les banques françaises détiennent environ 180 milliards d’euros de prêts à l’immobilier de bureau, dont une partie devra être refinancée d’ici à 2033.
## 14h45 | Les banques et le luxe en première ligne
> À la mi-séance, le secteur bancaire est le plus durement touché, suivi par le luxe. LVMH recule de 6,1 %, Kering de 7,4 % et Hermès de 4,2 %. Les investisseurs craignent un ralentissement de la consommation en Chine et aux États-Unis, où les grandes maisons réalisent plus de la moitié de leur chiffre d’affaires.
## 14h32 | La BCE relève ses taux de 0,75 point, à la surprise générale
> Personne ne l’avait vu venir. La Banque centrale européenne relève ses trois taux directeurs de 0,75 point, portant le taux de dépôt à 3,25 %. Les marchés ne s’attendaient au mieux qu’à un statu quo : aucun des 52 économistes interrogés par l’agence Finpress ne prévoyait de hausse.
> Dans la minute qui a suivi l’annonce, le CAC 40 a perdu plus de 2 %. Le rendement de l’OAT à dix ans a bondi de 31 points de base, à 4,18 %, son plus haut niveau depuis 2011.
## 11h20 | Le bitcoin repasse sous les 40 000 dollars
> Déjà fragilisé depuis une semaine, le bitcoin est repassé sous la barre des 40 000 dollars pour la première fois depuis le printemps. La plateforme CoinVault signale des retraits record, que ses dirigeants attribuent à « une prudence compréhensible » plutôt qu’à une crise de confiance.
## 9h05 | Ouverture : le CAC 40 en légère hausse avant la BCE
> La Bourse de Paris a ouvert en hausse de 0,3 %, à 7 371 points, dans des volumes étroits. Les opérateurs attendent la décision de politique monétaire de la BCE, prévue à 14h15, suivie de la conférence de presse de sa présidente à 14h45. Le consensus table sur un maintien des taux.

=== fr-live-tempete-orlane
lang: fr
outlet: La Voix du Sud-Ouest
title: Tempête Orlane : vigilance rouge crues en Gironde et dans les Landes, 140 000 foyers sans courant
caption: La Garonne en crue à Langon, jeudi matin.
link: https://example.fr/meteo/tempete-orlane-vigilance-rouge-crues-direct
author: Service Actu
date: 2031-12-04 15:50:00
tags: Météo, Tempête Orlane, Inondations, Gironde, Landes
options: time=dash
> La tempête Orlane a balayé le Sud-Ouest dans la nuit de mercredi à jeudi, avec des rafales jusqu’à 162 km/h relevées au cap Ferret. Météo-France a placé la Gironde et les Landes en vigilance rouge pour les crues, une première depuis 2021 pour la Garonne. Plus de 140 000 foyers sont privés d’électricité, selon Enedis.
> Les établissements scolaires resteront fermés vendredi dans les deux départements. Les préfets demandent aux habitants de limiter leurs déplacements et de ne jamais s’engager sur une route inondée, même à pied.
## 15 h 40 | La Garonne devrait atteindre son pic vers 22 heures à Langon
> Selon le service de prévision des crues Gironde-Adour-Dordogne, la Garonne devrait atteindre 11,20 m à l’échelle de Langon vers 22 heures, soit à peine 30 cm de moins que lors de la crue historique de 1981. Les quais bas sont déjà sous l’eau et une vingtaine de maisons ont été évacuées dans le quartier du Port.
> Le maire, Didier Laborde, a fait ouvrir le gymnase municipal pour accueillir les sinistrés. « On a des lits pour 120 personnes. Pour l’instant, on en a 34 », a-t-il indiqué.
## 15 h 12 | Enedis mobilise 1 800 techniciens
> Enedis annonce avoir mobilisé 1 800 techniciens, dont 400 venus d’autres régions, pour rétablir le courant. À 15 heures, 118 000 foyers restaient privés d’électricité, contre 140 000 en fin de matinée. Le gestionnaire de réseau prévient que certains hameaux isolés des Landes pourraient attendre « jusqu’à dimanche ».
## 14 h 47 | Un automobiliste porté disparu près de Captieux
> Les secours recherchent depuis la fin de matinée un automobiliste dont le véhicule a été retrouvé vide, portes ouvertes, sur une route submergée près de Captieux. Un hélicoptère de la sécurité civile et une équipe de plongeurs du Sdis 33 sont engagés. Selon la gendarmerie, l’homme, âgé de 58 ans, aurait tenté de traverser un gué malgré les panneaux d’interdiction.
## 14 h 20 | Quelles communes sont concernées par les évacuations ?
> La préfecture de la Gironde a publié la liste des communes où des évacuations préventives sont en cours : Langon, Castets-et-Castillon, La Réole, Saint-Macaire, Cadillac, etc.
> Au total, environ 900 personnes sont concernées. Les personnes qui ne peuvent pas être hébergées par des proches sont invitées à appeler le numéro d’urgence mis en place par la préfecture, le 05 56 90 61 00, ou à écrire à crise-orlane@gironde.example.gouv.fr.
## 13 h 55 | Les trains supprimés entre Bordeaux et Dax jusqu’à vendredi midi
> SNCF Voyageurs annonce la suppression de tous les TER et TGV entre Bordeaux et Dax jusqu’à vendredi midi au moins, après la chute de plusieurs arbres sur les voies. Les billets sont échangeables et remboursables sans frais. La ligne Bordeaux-Arcachon fonctionne avec des retards de 20 à 40 minutes.
## 13 h 10 | « Jamais vu ça en trente ans » : à Mimizan, les pins couchés par dizaines
> À Mimizan, les rafales ont couché des dizaines de pins sur la route du littoral. « Trente ans que je travaille dans la forêt, jamais vu ça. Les arbres sont tombés comme des dominos », témoigne Jean-Marc Duboscq, bûcheron. Selon l’Office national des forêts, près de 8 000 hectares pourraient avoir été touchés dans le massif landais.
> Les propriétaires forestiers redoutent un scénario comparable à celui de la tempête Klaus, en 2009. « Si on ne sort pas le bois dans les six mois, il sera attaqué par les scolytes et ne vaudra plus rien », prévient le syndicat des sylviculteurs.
## 13 h 01 | Le gouvernement va solliciter le Fonds de solidarité de l’UE
> Le Premier ministre a annoncé que la France solliciterait le Fonds de solidarité de l’Union européenne, destiné aux catastrophes naturelles majeures. Pour être éligibles, les dégâts doivent dépasser 0,6 % du revenu national brut ou, pour une catastrophe régionale, 1,5 % du PIB de la région concernée. « Nous déposerons le dossier dans les douze semaines prévues par le règlement », a précisé Matignon.
## 12 h 32 | Le ministre de l’Intérieur attendu en Gironde vendredi
> Le ministre de l’Intérieur, Paul-Henri Decazes, se rendra vendredi matin à Langon et à La Réole, a annoncé la place Beauvau. Il doit y rencontrer les élus et les services de secours. Le gouvernement promet une reconnaissance rapide de l’état de catastrophe naturelle, « dès la semaine prochaine », pour les communes les plus touchées.
## 11 h 48 | Vigilance rouge crues en Gironde et dans les Landes
> Météo-France et Vigicrues ont relevé la vigilance au rouge pour les crues sur la Garonne girondine et sur l’Adour landais. « Des débordements importants sont attendus, avec des conséquences graves pour la sécurité des personnes et des biens », précise le bulletin de 11 h 30.
> Le niveau rouge est le plus élevé de l’échelle de vigilance. Il n’avait pas été activé pour la Garonne depuis février 2021.
## 10 h 05 | Les écoles fermées vendredi
> Les rectorats de Bordeaux ont annoncé la fermeture de toutes les écoles, collèges et lycées de la Gironde et des Landes vendredi. Les transports scolaires sont également suspendus. Les examens blancs prévus dans plusieurs lycées sont reportés à une date ultérieure.
## 8 h 15 | 162 km/h au cap Ferret dans la nuit
> Le pic de la tempête a été atteint vers 3 heures du matin. Météo-France a relevé 162 km/h au cap Ferret, 148 km/h à Biscarrosse et 131 km/h à Mérignac. Les pompiers de la Gironde et des Landes ont effectué plus de 2 300 interventions depuis mercredi soir, principalement pour des chutes d’arbres et des toitures endommagées.

=== fr-live-proces-pont-saint-lucien
lang: fr
outlet: Le Progrès des Alpes
title: Procès de l’effondrement du pont de Saint-Lucien : l’ancien directeur technique « regrette » mais conteste toute faute
caption: L’ancien directeur technique de la société Alpibat, à son arrivée au palais de justice de Chambéry.
link: https://example.fr/faits-divers/proces-pont-saint-lucien-jour-4
author: Lucie Bergeret
date: 2030-11-07 19:12:00
tags: Justice, Procès, Pont de Saint-Lucien, Savoie
options: bullet=- nnbsp
> Quatrième jour d’audience devant le tribunal correctionnel de Chambéry, où sont jugés trois personnes physiques et deux sociétés pour homicides et blessures involontaires après l’effondrement du pont de Saint-Lucien, le 12 août 2027. Cinq automobilistes avaient trouvé la mort et onze autres avaient été blessés lorsque le tablier s’était rompu au-dessus de l’Isère.
> Ce jeudi, le tribunal entendait l’ancien directeur technique de la société Alpibat S.A., chargée de l’entretien de l’ouvrage entre 2015 et 2027, ainsi que deux experts judiciaires. Le procès doit durer jusqu’au 22 novembre.
kp: Les infos à retenir
* L’ex-directeur technique d’Alpibat dit avoir alerté sa hiérarchie dès 2024
* Les experts évoquent une corrosion des câbles « visible à l’œil nu »
* Émotion dans la salle lors de la lecture des noms des victimes
* Le verdict est attendu fin janvier
## « J’ai signalé, j’ai écrit, j’ai relancé » : l’ancien directeur technique se défend
> À la barre, Pierre-Alain Mercier, 61 ans, s’exprime d’une voix posée. Directeur technique d’Alpibat de 2019 à 2026, il affirme avoir alerté sa direction à trois reprises sur l’état des haubans. « J’ai signalé, j’ai écrit, j’ai relancé. À un moment, je n’avais plus de levier », dit-il en regardant le tribunal.
> La présidente, Mme Nathalie Graff, lui présente un courriel du 3 mars 2025. « Vous y écrivez que la situation “n’appelle pas de mesure d’urgence”. Comment l’expliquez-vous ? » Long silence. « Je me suis trompé sur le calendrier. Pas sur le diagnostic. »
> L’échange se poursuit, tendu. – Vous saviez que les câbles étaient corrodés ? – Je savais qu’ils devaient être remplacés. – Avant quand ? – Avant 2030, c’était le plan. – Le pont est tombé en 2027, monsieur.
> M. Mercier baisse les yeux. « Je le sais. Je vis avec ça tous les jours. Je regrette de ne pas avoir tapé plus fort sur la table. » Il conteste en revanche avoir commis une faute pénale, rappelant que la décision de reporter les travaux « n’était pas la [sienne] ».
## Les avocats des parties civiles pointent « une chaîne de lâchetés »
> Pour Me Antoine Rivail, qui représente les familles de trois victimes, l’audience a confirmé « une chaîne de lâchetés, où chacun savait et où personne n’a décidé ». Il a demandé au tribunal d’entendre l’ancien président-directeur général d’Alpibat, Bernard Jacquemoud, cité comme prévenu mais absent pour raisons médicales.
> Le parquet a indiqué qu’une contre-expertise médicale avait été ordonnée. Ses conclusions sont attendues lundi.
## Qu’ont dit les experts judiciaires ?
> Les deux experts désignés par le juge d’instruction, les ingénieurs Marc Delorme et Sophie Tran-Vidal, ont présenté leurs conclusions pendant plus de trois heures, photos à l’appui. Selon eux, la rupture du hauban n° 7 est due à une corrosion avancée des fils d’acier, favorisée par des infiltrations d’eau dans la gaine de protection.
> « Sur certains clichés de 2024, la corrosion est visible à l’œil nu. Il ne fallait pas être ingénieur pour comprendre qu’il y avait un problème », a déclaré M. Delorme. Le coût d’un remplacement des haubans avait été estimé à 4,7 millions d’euros en 2023.
> La défense d’Alpibat a contesté la méthode des experts, estimant qu’ils avaient travaillé « avec le regard de ceux qui connaissent déjà la fin de l’histoire ».
## Émotion dans la salle lors de la lecture des noms
> En début d’après-midi, la présidente a relu les noms des cinq victimes décédées, à la demande des parties civiles. Plusieurs proches ont quitté la salle en larmes. Dans le couloir, Yasmina Haddad, dont le frère Karim, 29 ans, est mort dans l’accident, confie : « On attend juste qu’une personne, une seule, dise : c’est ma faute. »
## Une audience suivie par plus de 80 personnes
> La salle des pas perdus a été aménagée pour accueillir le public et la presse, avec une retransmission sur écran. Plus de 80 personnes ont suivi les débats jeudi, parmi lesquelles de nombreux habitants de Saint-Lucien et de la commune voisine de Montbarrier.
## Le pont reconstruit doit ouvrir en 2029
> Le nouveau pont, un ouvrage en béton précontraint de 214 mètres, est en cours de construction pour un coût de 38 millions d’euros, financé par l’État, la Région et le Département. Sa mise en service est prévue à l’automne 2029. En attendant, les habitants doivent faire un détour de 26 kilomètres par le pont de Montbarrier.
## Ce qu’il faut savoir sur le procès
> Cinq prévenus comparaissent : trois anciens cadres d’Alpibat S.A., la société elle-même en tant que personne morale, et le Département de la Savoie, propriétaire de l’ouvrage. Ils encourent jusqu’à trois ans d’emprisonnement et 45 000 euros d’amende pour les personnes physiques, et jusqu’à 225 000 euros d’amende pour les personnes morales.
> Les réquisitions du parquet sont attendues le 20 novembre, les plaidoiries de la défense les 21 et 22 novembre. Le tribunal devrait mettre sa décision en délibéré jusqu’à la fin du mois de janvier.

=== fr-live-criterium-cevennes
lang: fr
outlet: Sport Sud
title: Critérium des Cévennes, 6e étape : Baptiste Roumégoux s’impose au mont Aigoual et s’empare du maillot jaune
caption: Baptiste Roumégoux franchit la ligne les bras levés au sommet du mont Aigoual.
link: https://example.fr/cyclisme/criterium-cevennes-6e-etape-direct
author: Thomas Pujol
date: 2031-06-12 17:31:00
tags: Cyclisme, Critérium des Cévennes
options: time=suffix bullet=⇒ exit=none
> Bienvenue dans ce direct consacré à la sixième étape du Critérium des Cévennes, 178 kilomètres entre Alès et le sommet du mont Aigoual, étape reine de cette édition. Au programme : quatre cols répertoriés, dont l’inédite montée du col de l’Asclier, avant une arrivée au sommet à 1 565 mètres d’altitude.
> Le Danois Jonas Kjærgaard (Team Nordlys) porte le maillot jaune avec 14 secondes d’avance sur Baptiste Roumégoux (Équipe Garrigue) et 31 secondes sur l’Italien Matteo Ferrandi.
kp: Les infos à retenir
* Baptiste Roumégoux remporte l’étape et prend le maillot jaune
* Kjærgaard craque dans la montée finale
* Chute collective au kilomètre 42, abandon de Lucas Verhaegen
## 17h24 | Roumégoux : « J’ai pensé à mon grand-père dans le dernier kilomètre »
> Au micro de notre envoyé spécial, le nouveau maillot jaune ne cache pas son émotion. « Mon grand-père m’emmenait voir les courses ici quand j’avais six ans. J’ai pensé à lui dans le dernier kilomètre. Le maillot, c’est un bonus, mais on va le défendre. »
## 17h18 | Ferrandi : « Il était simplement plus fort que nous »
> Deuxième de l’étape et désormais deuxième du classement général, Matteo Ferrandi ne cherchait pas d’excuses. « Il était simplement plus fort que nous. J’ai essayé de suivre, mais à ce rythme-là, je savais que j’allais exploser. Il reste trois étapes, rien n’est fini. »
## 17h12 | Le classement général après la 6e étape
> 1. Baptiste Roumégoux (Équipe Garrigue) en 22 h 41 min 08 s ; 2. Matteo Ferrandi (Vento Rosso) à 19 s ; 3. Jonas Kjærgaard (Team Nordlys) à 47 s ; 4. Adrien Calmels (Pyrénées Cycling) à 1 min 12 s ; 5. Oskar Lindholm (Team Nordlys) à 1 min 30 s.
## 16h58 | Baptiste Roumégoux remporte l’étape et prend le maillot jaune
> Quelle démonstration ! Parti seul à 3,5 kilomètres du sommet, Baptiste Roumégoux franchit la ligne avec 22 secondes d’avance sur Matteo Ferrandi et 41 secondes sur Adrien Calmels. Jonas Kjærgaard termine sixième, à 1 min 01 s, et perd son maillot jaune.
> C’est la première victoire d’étape de sa carrière pour le Gardois de 24 ans, qui avait terminé dixième du classement général l’an dernier.
## 16h56 | Dernier kilomètre !
> Flamme rouge pour Roumégoux, qui compte 25 secondes d’avance. Il se retourne, serre les dents. Le public est massé des deux côtés de la route.
## 16h49 | Kjærgaard craque dans la montée finale
> Le maillot jaune est en difficulté ! Jonas Kjærgaard perd le contact avec le groupe Ferrandi, il compte déjà 20 secondes de retard. Ses coéquipiers ne peuvent rien pour lui.
## 16h45 | Roumégoux attaque !
> À 3,5 km du sommet, Baptiste Roumégoux place une accélération sèche dans le passage le plus raide, à 11 %. Seul Ferrandi tente de suivre, en vain.
## 16h38 | Le dernier échappé repris
> Le Belge Ruben De Smet, dernier survivant de l’échappée matinale, est repris à 5 kilomètres de l’arrivée par le groupe des favoris, réduit à une douzaine d’unités.
## 16h22 | Début de l’ascension finale
> Les coureurs abordent les 12,4 kilomètres de la montée finale vers le mont Aigoual, à 6,1 % de moyenne. De Smet compte encore 1 min 10 s d’avance sur le groupe maillot jaune.
## 16h05 | Le point sur la course
> À 20 kilomètres de l’arrivée, Ruben De Smet (Flanders-Ardennes) est seul en tête avec 1 min 45 s d’avance. Ses trois compagnons d’échappée ont été repris dans la descente du col de l’Asclier.
## 15h51 | Sprint intermédiaire de Valleraugue
> De Smet passe en tête au sprint intermédiaire de Valleraugue et empoche les 6 secondes de bonification. Dans le peloton, Kjærgaard grappille 2 secondes en prenant la 3e place du sprint.
## 15h37 | Col de l’Asclier : Lindholm imprime le rythme
> Dans le peloton, le Suédois Oskar Lindholm mène un train d’enfer pour son leader Kjærgaard. Une vingtaine de coureurs sont lâchés, dont le meilleur grimpeur, Hugo Fabre.
## 15h29 | Sommet du col de l’Asclier
> De Smet bascule en tête au sommet du col de l’Asclier (1re catégorie) avec 2 min 30 s d’avance sur le peloton. Une montée de 7,8 km à 7,3 % de moyenne, jamais empruntée par une course professionnelle.
## 15h10 | Pourquoi l’Asclier fait-il si peur aux coureurs ?
> Ce col inédit présente un revêtement étroit et dégradé par endroits, avec des passages à 14 % dans les lacets du hameau de l’Estréchure. Plusieurs directeurs sportifs avaient demandé aux organisateurs de le retirer du parcours, sans succès.
## 14h56 | L’écart se réduit
> Sous l’impulsion de la Team Nordlys, l’avance des quatre échappés tombe à 3 min 20 s. Il reste 62 kilomètres à parcourir.
## 14h40 | Ravitaillement à Saint-Jean-du-Gard
> Les coureurs traversent la zone de ravitaillement de Saint-Jean-du-Gard. Il fait 31 °C à l’ombre, les équipes multiplient les allers-retours aux voitures pour chercher des bidons.
## 14h18 | Lucas Verhaegen abandonne
> Mauvaise nouvelle pour l’équipe Flanders-Ardennes : touché à l’épaule dans la chute du kilomètre 42, Lucas Verhaegen a mis pied à terre. Il a été transporté à l’hôpital d’Alès pour des examens.
## 14h02 | Chute collective au kilomètre 42, abandon de Lucas Verhaegen
> Une chute collective a eu lieu au kilomètre 42, dans un virage en descente après Anduze. Une quinzaine de coureurs sont à terre, dont le Belge Lucas Verhaegen, qui tarde à se relever. La course est neutralisée quelques minutes.
## 13h45 | L’échappée du jour compte 5 min 10 s
> Quatre coureurs sont partis en tête : Ruben De Smet (Flanders-Ardennes), Nicolas Aubrac (Pyrénées Cycling), Yannis Okafor (Team Nordlys) et l’Espagnol Iker Etxeberria (Basque Country). Leur avance a atteint 5 min 10 s au kilomètre 35.
## 13h22 | Premières attaques
> Ça bouge dès les premiers kilomètres. Plusieurs tentatives d’échappée sont rapidement contrées par le peloton, qui roule à plus de 48 km/h de moyenne.
## 13h10 | Le départ réel est donné à Alès
> Après 4 kilomètres de départ fictif dans les rues d’Alès, le directeur de course a baissé le drapeau. 132 coureurs sont au départ, trois ne se sont pas présentés ce matin, dont le sprinteur néerlandais Daan Visser, malade.
## 12h50 | Les favoris du jour
> Outre le maillot jaune, Jonas Kjærgaard, les regards se portent sur Baptiste Roumégoux, qui connaît les routes par cœur, et sur Matteo Ferrandi, vainqueur au mont Ventoux en 2030. Adrien Calmels, quatrième à 52 secondes, espère profiter d’un marquage entre les leaders.
## 12h35 | La météo
> Il fera très chaud sur les Cévennes, avec 33 °C attendus au pied de l’Aigoual. Au sommet, le thermomètre ne devrait pas dépasser 21 °C, avec un vent de nord-ouest soufflant jusqu’à 40 km/h.
## 12h20 | Le profil de l’étape
> Quatre difficultés répertoriées : le col de Saint-Pierre (2e catégorie), le col de l’Asclier (1re catégorie), la côte de Valleraugue (3e catégorie) puis l’ascension finale du mont Aigoual (hors catégorie). Au total, 3 850 mètres de dénivelé positif.
## 12h05 | Bonjour et bienvenue !
> Bonjour à toutes et à tous et bienvenue dans ce direct. Le départ fictif sera donné à 13 heures devant la préfecture du Gard, à Alès.

=== fr-live-greve-controleurs-aeriens
lang: fr
outlet: Actu Transports
title: Grève des contrôleurs aériens : 40 % des vols annulés à Orly, la DGAC appelle les passagers à reporter leurs voyages
caption: Des passagers devant les écrans d’affichage du terminal 3 de l’aéroport d’Orly.
link: https://example.fr/transports/greve-controleurs-aeriens-direct
author:
date: 2030-04-16 13:20:00
tags: Grève, Aérien, Transports
options: time=prefix bullet=⇒ authorspace
> Le préavis de grève déposé par le principal syndicat de contrôleurs aériens, le SNCTA-Unis, a pris effet ce mercredi à 6 heures pour une durée de 48 heures. La Direction générale de l’aviation civile (DGAC) a demandé aux compagnies de réduire de 40 % leurs programmes de vols à Orly et de 25 % à Marseille, Nice et Lyon.
> Les syndicats protestent contre un projet de réforme de l’organisation du travail dans les centres de contrôle en route, qui prévoit notamment de réduire le nombre de jours de repos compensateurs. Le ministère des Transports se dit « ouvert au dialogue » mais exclut de retirer le texte.
kp: Les infos à retenir
* 40 % des vols annulés à Orly, 25 % à Marseille, Nice et Lyon
* Le ministre des Transports propose une réunion jeudi
* Ryanair et easyJet dénoncent une « prise d’otages »
* Quels sont vos droits en cas d’annulation ?
## Il y a 12 minutes | Le ministre des Transports propose une réunion jeudi
> Le ministre des Transports, Olivier Ferrandi-Lesage, a proposé aux syndicats une réunion jeudi à 10 heures au ministère. « La porte est ouverte, elle l’a toujours été », a-t-il déclaré sur une radio nationale, tout en jugeant la grève « disproportionnée au regard du calendrier de concertation ».
> Le SNCTA-Unis a accusé réception de l’invitation mais n’a pas encore confirmé sa présence. « Nous voulons un texte écrit, pas une tasse de café », a réagi son secrétaire général, Franck Abadie.
## Il y a 45 minutes | Ryanair et easyJet dénoncent une « prise d’otages »
> Les compagnies à bas coûts ont vivement réagi à la grève. Ryanair, qui a annulé 212 vols en France et survolant la France, parle d’une « prise d’otages des passagers européens » et réclame à nouveau un service minimum pour les survols. easyJet, de son côté, estime à 38 000 le nombre de ses clients concernés sur les deux jours.
## Il y a 1 heure | À Orly, les passagers entre résignation et colère
> Dans le hall du terminal 3, les files d’attente s’allongent devant les comptoirs. Sandrine, 42 ans, devait partir pour Porto avec ses deux enfants. « On a reçu un SMS à 23 heures hier pour nous dire que le vol était annulé. Pas d’autre solution proposée avant samedi… Les vacances commencent bien. »
> Un peu plus loin, un couple de retraités originaires de Québec a renoncé à rentrer par Orly. « On va prendre le train jusqu’à Bruxelles et on verra de là-bas », explique Gilles Tremblay, qui dit avoir dépensé « 640 euros de plus » pour ce détour.
## Il y a 2 heures | Quels sont vos droits en cas d’annulation ?
> En cas d’annulation, le règlement européen n° 261/2004 impose à la compagnie de proposer au passager un remboursement ou un réacheminement. En revanche, une grève du contrôle aérien est considérée comme une « circonstance extraordinaire » : l’indemnisation forfaitaire de 250 à 600 euros n’est donc pas due.
> La compagnie reste toutefois tenue de prendre en charge les repas, les rafraîchissements et, si nécessaire, l’hébergement à l’hôtel des passagers bloqués. Les associations de consommateurs conseillent de conserver toutes les factures.
## Il y a 3 heures | 40 % des vols annulés à Orly, 25 % à Marseille, Nice et Lyon
> La DGAC confirme les réductions de programme demandées aux compagnies pour mercredi et jeudi. À Roissy-Charles-de-Gaulle, l’activité est réduite de 20 %. Air France assure maintenir l’ensemble de ses vols long-courriers, mais annule environ un vol court et moyen-courrier sur quatre.
> « Malgré ces mesures préventives, des retards et des annulations de dernière minute ne sont pas à exclure », prévient la DGAC, qui invite les passagers à vérifier le statut de leur vol avant de se rendre à l’aéroport.
## Il y a 5 heures | Pourquoi les contrôleurs aériens font-ils grève ?
> Le projet de décret contesté modifie le calcul du temps de travail dans les cinq centres de contrôle en route (Paris, Reims, Brest, Bordeaux et Aix-en-Provence). Selon les syndicats, il supprimerait jusqu’à 11 jours de repos par an pour certains contrôleurs. Le ministère parle, lui, d’une « harmonisation » indispensable pour absorber la hausse du trafic prévue d’ici 2035.
> Le dernier grand mouvement de contrôleurs aériens remonte à l’automne 2026 : trois jours de grève avaient entraîné l’annulation de plus de 5 000 vols.

=== fr-live-festival-bd-angerville
lang: fr
outlet: Culture Centre-Ouest
title: Festival de la BD d’Angerville : le Grand Prix pour Léa McAllister, une édition record avec 214 000 visiteurs
caption: La dessinatrice Léa McAllister reçoit le Grand Prix sur la scène du théâtre municipal.
link: https://example.fr/culture/festival-bd-angerville-palmares
author: Margaux Delval
date: 2032-01-28 21:40:00
tags: Culture, Bande dessinée, Festival d’Angerville
options: bullet=⇒ bom
> Après quatre jours de dédicaces, d’expositions et de rencontres, le Festival international de la bande dessinée d’Angerville a dévoilé son palmarès samedi soir, au théâtre municipal. Le Grand Prix, qui récompense l’ensemble d’une œuvre, revient à la Franco-Écossaise Léa McAllister, 46 ans, autrice de la série à succès « Les Enfants de la digue ».
> L’organisation revendique une fréquentation record : 214 000 visiteurs, contre 187 000 l’an dernier. Suivez avec nous les dernières annonces et les réactions des lauréats.
kp: Les temps forts du festival
* Léa McAllister, Grand Prix : « Je dessine pour les gens qui n’ouvrent jamais un livre »
* Le Fauve d’or pour « Nuit blanche à Tadoussac » de Julien Morin-Beaulieu
* Fréquentation record : 214 000 visiteurs en quatre jours
* Polémique autour du stand d’un éditeur lié à un fonds d’investissement
## Léa McAllister, Grand Prix : « Je dessine pour les gens qui n’ouvrent jamais un livre »
> Visiblement émue, Léa McAllister a reçu le trophée des mains de son prédécesseur, le Belge Rudi Vanhoutte. « Je dessine pour les gens qui n’ouvrent jamais un livre. Pour ma grand-mère, qui lisait les journaux mais pas les romans. Ce prix, c’est aussi le sien. »
> Née à Édimbourg d’un père écossais et d’une mère bretonne, elle a grandi à Saint-Brieuc avant de s’installer à Angoulême au début des années 2000. Sa série phare, publiée depuis 2014, s’est vendue à plus de 1,8 million d’exemplaires et a été traduite dans 23 langues.
> En tant que lauréate, elle présidera l’édition 2033 du festival et en signera l’affiche.
## Le Fauve d’or pour « Nuit blanche à Tadoussac »
> Le prix du meilleur album est attribué au Québécois Julien Morin-Beaulieu pour « Nuit blanche à Tadoussac » (éditions La Boussole), le récit d’une nuit d’hiver dans un village du Saint-Laurent, dessiné entièrement au fusain. « Je ne m’y attendais pas du tout. J’avais même pris mon billet de retour pour demain matin… », a-t-il lancé en recevant le prix.
## Qui sont les autres lauréats ?
> Le prix spécial du jury revient à « Béton » de Nora Azoulay (Dargaud-Lombard), le prix de la série à « Les Veilleurs de Brocéliande » de Yann Kervella et Maud Tessier, et le prix du public à « Mon père, ce héros ordinaire » de Samuel N’Diaye. Le Fauve jeunesse est attribué à « Pirouette et le dragon de papier » de Lisa Chen-Martin.
> Le prix Révélation couronne un premier album, « L’Été des cerfs-volants », de la jeune autrice suisse Anouk Favre, 23 ans, publié chez un petit éditeur lausannois, Les Éditions du Lac.
## Fréquentation record : 214 000 visiteurs en quatre jours
> Selon la direction du festival, 214 000 entrées ont été enregistrées entre mercredi et samedi, soit une hausse de 14 % sur un an. Le quartier des jeunes auteurs, installé pour la première fois dans l’ancienne manufacture de papier, a accueilli à lui seul près de 40 000 visiteurs.
> Les ventes d’albums sur place dépassent 1,2 million d’euros, selon le Syndicat des libraires, qui salue « une année exceptionnelle ».
## Polémique autour du stand d’un éditeur
> La présence d’un grand stand de l’éditeur Bulles & Co., racheté en 2030 par le fonds d’investissement américain Harrow Capital, a suscité la colère de plusieurs collectifs d’auteurs. Une centaine de dessinateurs ont signé une tribune dénonçant « la financiarisation de la bande dessinée ».
> La direction du festival a défendu sa position : « Nous n’avons pas à trier les éditeurs selon leur actionnaire. » Une table ronde sur la rémunération des auteurs, improvisée vendredi, a fait salle comble.
## La PlayStation s’invite au festival
> Nouveauté de cette édition, un espace consacré aux adaptations de bandes dessinées en jeux vidéo a été installé dans la halle aux grains. Les visiteurs pouvaient notamment tester « Les Enfants de la digue : le jeu », développé par le studio nantais Pixelune pour la PlayStation 6 et attendu pour le printemps.
## Une exposition consacrée au pionnier écossais Angus MacLeod
> Le musée de la bande dessinée d’Angerville consacre jusqu’en juin une rétrospective à Angus MacLeod, l’auteur des aventures du détective Fergus, publiées dans la presse britannique de 1952 à 1979. Plus de 200 planches originales, dont beaucoup n’avaient jamais quitté Glasgow, sont exposées. « C’est lui qui m’a donné envie de dessiner », confie Léa McAllister, qui a prêté trois dessins de sa collection personnelle.
## Combien coûte un week-end au festival ?
> Le pass quatre jours coûtait cette année 42 euros en plein tarif et 25 euros pour les étudiants, gratuit pour les moins de 12 ans. Les hôteliers d’Angerville affichaient complet depuis novembre, et les prix des locations meublées ont parfois triplé, selon l’office de tourisme.
## Rendez-vous du 27 au 30 janvier 2033
> Les dates de la prochaine édition sont déjà connues : le festival se tiendra du 27 au 30 janvier 2033. Le programme complet sera dévoilé en décembre sur le site officiel, www.bd-angerville.example.com.
