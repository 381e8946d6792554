#! French held-out articles, untimed live blogs: invented news, invented people and places (real institutions only as context).

=== fr-live-cyclone-ambre
lang: fr
outlet: Réunion Matin
title: DIRECT. Cyclone Ambre : La Réunion toujours en alerte violette, 82 000 foyers privés d’électricité
caption: Une vague submerge le front de mer de Saint-Pierre, lundi matin, au passage du cyclone Ambre.
link: https://example.re/actualites/cyclone-ambre-alerte-violette-direct
author: La rédaction
date: 2028-01-15 11:42:00
tags: Météo, Cyclone Ambre, La Réunion
options: nnbsp
> Le cyclone tropical intense Ambre est passé dans la nuit de dimanche à lundi à moins de 40 kilomètres des côtes de La Réunion, avec des rafales mesurées à 214 km/h au Piton Sainte-Rose. Le préfet a maintenu l’alerte violette sur l’ensemble de l’île jusqu’à nouvel ordre, interdisant toute circulation, y compris pour les services de secours, sauf urgence vitale.
> À 9 heures, heure locale, EDF Réunion recensait 82 000 foyers privés d’électricité, soit près d’un abonné sur cinq. Les routes du littoral sont coupées en plusieurs endroits et l’aéroport Roland-Garros restera fermé au moins jusqu’à mardi midi, selon la direction de la plateforme.
kp: Les infos à retenir
* L’alerte violette maintenue sur toute l’île, « aucune sortie n’est autorisée », rappelle le préfet
* 82 000 foyers privés d’électricité selon EDF Réunion
* Deux blessés graves à Saint-Benoît
* L’aéroport Roland-Garros fermé jusqu’à mardi midi
## L’alerte violette maintenue sur toute l’île, « aucune sortie n’est autorisée », rappelle le préfet
> « Aucune sortie n’est autorisée, je dis bien aucune, même pour aller constater les dégâts chez un voisin », a martelé le préfet, Thierry Castagnet, lors d’un point presse organisé par visioconférence depuis le centre opérationnel de Saint-Denis. Il a rappelé que l’œil du cyclone s’éloignait lentement vers le sud-ouest, mais que « les vents restent dangereux pour plusieurs heures ».
> M. Castagnet a indiqué que la levée de l’alerte violette ne serait décidée « qu’après un nouveau bulletin de Météo-France », attendu en fin de matinée. La phase de sauvegarde, qui permet aux habitants de sortir avec prudence, pourrait suivre dans l’après-midi si les rafales faiblissent sous les 100 km/h.
## 82 000 foyers privés d’électricité selon EDF Réunion
> Ça reste très compliqué sur le réseau : selon le dernier point d’EDF Réunion, 82 000 foyers étaient privés de courant à 9 heures, principalement dans l’Est et dans le Sud sauvage. Les équipes techniques, prépositionnées dans les casernes, ne pourront intervenir qu’après la levée de l’alerte violette, soit au mieux en début d’après-midi.
> L’opérateur demande aux habitants de ne pas s’approcher des câbles tombés à terre et de signaler les incidents sur son site, www.edf-reunion.example.fr, ou au 0800 333 974 (appel gratuit).
## Deux blessés graves à Saint-Benoît
> Un homme de 64 ans et son fils ont été grièvement blessés vers 3 heures du matin à Saint-Benoît, lorsque le toit en tôle de leur maison a été arraché par une rafale. Les pompiers du SDIS 974 ont pu intervenir malgré l’alerte violette, précise la préfecture. Leur pronostic vital n’est pas engagé, selon le CHU.
## Météo-France : l’œil d’Ambre s’éloigne, mais les pluies vont s’intensifier
> Dans son bulletin de 10 heures, Météo-France indique que le centre du cyclone se trouve à 110 km au sud-sud-ouest de Saint-Pierre et se déplace à 12 km/h. Les cumuls de pluie pourraient atteindre 600 mm en 24 heures sur les hauts de l’île, avec un risque élevé de glissements de terrain et de crues torrentielles dans les ravines.
> « Le danger n’est plus seulement le vent, c’est désormais l’eau », résume le prévisionniste Olivier Payet, qui rappelle qu’en 2002, lors du passage de Dina, la moitié des dégâts avaient été causés par les pluies des jours suivants.
## L’aéroport Roland-Garros fermé jusqu’à mardi midi
> Air Austral et Air France ont annulé l’ensemble de leurs vols de lundi au départ et à destination de Saint-Denis. Environ 4 300 passagers sont concernés, selon la direction de l’aéroport, qui assure que la piste n’a pas subi de dommages majeurs. Un pont aérien pourrait être organisé mercredi depuis Mayotte et Maurice.
## À Saint-Joseph, la rivière des Remparts sort de son lit
> Les images diffusées par des habitants sur les réseaux sociaux montrent la rivière des Remparts charriant des troncs d’arbres et des blocs de roche jusqu’au radier de Saint-Joseph, désormais impraticable. Mme Valérie Hoarau, maire de la commune, a demandé aux riverains de monter à l’étage « et de ne surtout pas tenter de traverser, même à pied ».
## « On a entendu la tôle partir comme du papier », raconte une habitante du Tampon
> Joëlle, 58 ans, a passé la nuit dans la salle de bains avec ses deux petits-enfants. « On a entendu la tôle partir comme du papier, puis l’eau a commencé à couler du plafond. On a prié, voilà. » Elle n’a toujours pas de nouvelles de sa sœur, qui vit à Saint-Philippe, faute de réseau téléphonique dans le secteur depuis minuit.
## 1,2 million d’euros débloqués par la Région pour les planteurs
> La Région annonce le déblocage d’une aide d’urgence de 1,2 million d’euros pour les planteurs de canne et les maraîchers, dont les parcelles ont été particulièrement touchées dans l’Est. Les dossiers pourront être déposés dès la levée de l’alerte, précise la collectivité, qui promet un premier versement « sous quinze jours ».
> Selon la chambre d’agriculture, près de 30 % de la récolte de letchis pourrait être perdue, et jusqu’à 45 % dans certaines exploitations de Sainte-Rose et de Saint-Philippe.
## Ce que l’on sait du cyclone Ambre
> Né le 9 janvier au nord-est de Madagascar, Ambre s’est intensifié très rapidement au cours du week-end, passant en moins de 36 heures du stade de tempête tropicale modérée à celui de cyclone tropical intense. C’est le phénomène le plus violent à approcher La Réunion depuis Dina, en janvier 2002, selon Météo-France.
## Les établissements scolaires fermés jusqu’à mercredi au moins
> Le rectorat a annoncé la fermeture de l’ensemble des écoles, collèges et lycées de l’île lundi et mardi. Une réouverture mercredi dépendra de l’état des bâtiments, dont une trentaine ont été signalés endommagés par les communes. Les examens blancs du baccalauréat, prévus cette semaine, sont reportés à une date ultérieure, précise le recteur, M. François Le Bihan.
> Plusieurs établissements, notamment à Saint-André et à Bras-Panon, servent de centres d’hébergement d’urgence : 2 140 personnes y ont passé la nuit, selon la préfecture.
## Eau potable : 40 communes appelées à faire bouillir l’eau
> L’agence régionale de santé (ARS) recommande aux habitants de 40 communes de faire bouillir l’eau du robinet pendant au moins une minute avant de la boire, en raison de la turbidité constatée sur plusieurs captages après les pluies torrentielles. La liste complète est disponible sur le site de l’ARS et relayée par les mairies.
> Des distributions de bouteilles d’eau seront organisées dès la levée de l’alerte, notamment à Sainte-Rose, Saint-Philippe et Petite-Île, où le réseau est totalement coupé.
## Le gouvernement promet « l’état de catastrophe naturelle dans les meilleurs délais »
> Depuis Paris, le ministre des Outre-mer, Gérald Marcellin, a promis une reconnaissance de l’état de catastrophe naturelle « dans les meilleurs délais », dès que les premières évaluations seront disponibles. Il se rendra sur l’île « dès que les conditions de sécurité le permettront », probablement jeudi, accompagné de renforts de la sécurité civile venus de métropole.
## Sainte-Rose, Saint-Philippe et Petite-Île coupées du monde : l’armée envoie deux hélicoptères Puma et 40 militaires du RPIMa pour ravitailler les habitants isolés
> Les trois communes du Sud sauvage sont totalement isolées depuis la nuit, la route nationale 2 étant coupée par des éboulements à la hauteur du Grand Brûlé et de la ravine Basse-Vallée. Le commandement des forces armées dans la zone sud de l’océan Indien (FAZSOI) a annoncé l’envoi de deux hélicoptères Puma, qui décolleront dès que le plafond nuageux le permettra, ainsi que de 40 militaires du 2e RPIMa chargés d’acheminer de l’eau, des rations et des groupes électrogènes. « On sait que des personnes âgées vivent seules dans les écarts, sans téléphone, et on veut les atteindre avant la nuit », explique le colonel Jean-Marc Técher, qui coordonne l’opération depuis la base aérienne 181 de Saint-Denis.

=== fr-live-effondrement-vernoux
lang: fr
outlet: Le Progrès du Vivarais
title: Effondrement de deux immeubles à Vernoux : au moins trois morts, les recherches se poursuivent sous les décombres
caption: Les marins-pompiers fouillent les décombres de la rue des Tanneurs, mardi.
link: https://example.fr/faits-divers/effondrement-immeubles-rue-des-tanneurs-vernoux
author:
date: 2028-03-07 19:05:00
tags: Faits divers, Vernoux, Logement
options: bullet=⇒
> Deux immeubles vétustes de la rue des Tanneurs, dans le centre historique de Vernoux, se sont effondrés mardi vers 6 h 40, ensevelissant plusieurs habitants. Le bilan provisoire, communiqué en fin d’après-midi par le procureur de la République, fait état de trois morts et de cinq blessés, dont deux en urgence absolue.
> Plus de 150 pompiers, appuyés par des équipes cynophiles venues de Lyon et de Marseille, fouillent les gravats à la recherche d’au moins deux personnes dont les proches sont sans nouvelles. Une cellule d’urgence médico-psychologique a été ouverte à la mairie annexe du quartier.
kp: Ce qu’il faut savoir
* Trois morts et cinq blessés, selon un bilan provisoire
* Deux personnes toujours portées disparues
* Une enquête ouverte pour homicides involontaires
* 64 habitants évacués des immeubles voisins
## Trois morts et cinq blessés, selon un bilan provisoire du parquet
> « À cette heure, trois corps ont été extraits des décombres, ceux de deux femmes âgées de 71 et 43 ans et celui d’un homme d’une trentaine d’années », a déclaré le procureur de la République de Vernoux, M. Hervé Lachaume, lors d’un point presse tenu à 17 heures devant le poste de commandement installé place du Marché-aux-Grains.
> Les cinq blessés ont été transportés au centre hospitalier de Vernoux et au CHU de Saint-Étienne. Deux d’entre eux, un adolescent de 15 ans et son père, sont toujours en réanimation.
## Deux personnes toujours portées disparues
> Les secours recherchent encore un étudiant de 22 ans, locataire d’un studio au 3e étage du n° 17, et une femme de 80 ans qui vivait seule au rez-de-chaussée du n° 19. « Tant qu’il y a un espoir, on cherche, et on cherchera toute la nuit », assure le colonel Patrick Ferrandon, qui dirige les opérations.
> Les équipes cynophiles ont marqué deux zones dans la partie arrière des gravats, là où se trouvaient les cages d’escalier. Les pompiers progressent à la main, seau par seau, de crainte de provoquer de nouveaux éboulements.
## Une enquête ouverte pour homicides et blessures involontaires
> Le parquet a ouvert une enquête pour homicides et blessures involontaires, confiée à la police judiciaire de Lyon. Elle devra notamment déterminer si des signalements avaient été faits par des locataires. Selon plusieurs habitants du quartier, des fissures étaient apparues sur la façade du n° 17 « depuis au moins deux hivers ».
> Le bailleur, la SCI Les Tanneurs, n’a pas répondu à nos sollicitations. Son gérant, joint par l’AFP, a simplement indiqué « être à la disposition de la justice ».
## 64 habitants évacués des immeubles voisins
> Par précaution, la mairie a fait évacuer quatre immeubles mitoyens, soit 64 personnes, dont une dizaine d’enfants. La plupart ont été relogées dans des hôtels de la ville ou chez des proches ; une quinzaine ont passé la journée au gymnase Paul-Éluard, où la Croix-Rouge distribue repas et vêtements.
## « On savait que ça allait arriver », accuse une voisine
> Installée depuis trente ans dans la rue, Nadia B. ne décolère pas. « On savait que ça allait arriver. Les portes ne fermaient plus, le plâtre tombait dans les couloirs, on l’a dit à tout le monde : au syndic, à la mairie, au propriétaire. Personne n’a rien fait, et maintenant il y a des morts. »
> Un collectif d’habitants, créé en 2025 pour dénoncer l’habitat indigne dans le centre ancien, appelle à un rassemblement silencieux jeudi à 18 heures devant l’hôtel de ville.
## Émotion et colère au conseil municipal
> Ouverte par une minute de silence, la séance du conseil municipal prévue mardi soir a été brève. Le maire, Jean-Luc Peyrard, a annoncé la création d’un fonds d’urgence de 500 000 euros pour les sinistrés et promis « une transparence totale » sur les arrêtés de péril pris ces dernières années.
> L’opposition réclame une commission d’enquête municipale. « Le centre ancien compte au moins 300 logements indignes recensés par l’État lui-même. Combien d’autres rue des Tanneurs faudra-t-il ? », a lancé la conseillère écologiste Inès Morvan.
## Le ministre du Logement attendu mercredi à Vernoux
> Le ministre chargé du Logement, Benoît Sarrazin, se rendra mercredi matin sur place, a annoncé son cabinet. Il doit rencontrer les familles des victimes et les pompiers, puis présider en préfecture une réunion consacrée à la lutte contre l’habitat dégradé dans les villes moyennes.
## Ce que l’on sait des deux immeubles
> Construits au XVIIIe siècle, les deux immeubles de quatre étages abritaient onze logements, dont sept occupés. Le n° 17 faisait l’objet d’un arrêté de mise en sécurité depuis juin 2026, imposant au propriétaire des travaux de confortement de la cage d’escalier. Selon la mairie, une partie des travaux avait été réalisée au printemps, mais l’immeuble n’avait pas été jugé en péril imminent.
> Le n° 19, qui appartenait à une autre SCI, n’avait fait l’objet d’aucun signalement, affirme l’adjoint à l’urbanisme, M. Thierry Bancel.
## Les habitants du quartier solidaires
> Depuis le matin, les commerçants de la rue des Tanneurs et de la place du Marché-aux-Grains se relaient pour apporter du café, des sandwichs et des viennoiseries aux secouristes. « On ne peut pas faire grand-chose d’autre, alors on fait ça », explique Karim, boulanger à deux numéros des immeubles effondrés, qui a ouvert son fournil dès 7 heures.
> Une cagnotte en ligne lancée par une association de quartier a déjà recueilli plus de 28 000 euros en fin de journée.
## 300 logements indignes recensés dans le centre ancien
> Selon le dernier programme local de l’habitat, adopté en 2024, le centre ancien de Vernoux compte environ 300 logements considérés comme indignes ou très dégradés, sur un peu plus de 2 000. La ville a signé en 2025 une convention avec l’État et l’Agence nationale de l’habitat (Anah) pour en réhabiliter 180 d’ici à 2030, pour un montant de 24,6 millions d’euros.

=== fr-live-audiovisuel-493
lang: fr
outlet: Le Courrier de Paris
title: DIRECT. Réforme de l’audiovisuel public : le gouvernement engage le 49.3, deux motions de censure déposées
caption: Le Premier ministre, Étienne Marchal, à la tribune de l’Assemblée nationale, mercredi.
link: https://example.fr/politique/reforme-audiovisuel-public-49-3-direct
author: Service politique
date: 2028-04-12 18:20:00
tags: Politique, Assemblée nationale, Audiovisuel public
options: bullet=⇒
> Le Premier ministre, Étienne Marchal, a engagé mercredi après-midi la responsabilité de son gouvernement sur le projet de loi de réforme de l’audiovisuel public, en vertu de l’article 49, alinéa 3, de la Constitution. C’est la onzième fois depuis le début de la législature que l’exécutif recourt à cette procédure.
> Le texte prévoit la création d’une holding, baptisée France Médias, réunissant France Télévisions, Radio France, l’INA et France Médias Monde à partir du 1er janvier 2029. La gauche dénonce « une mise au pas », le RN une réforme « coûteuse et inutile ».
kp: Les infos à retenir
* Étienne Marchal engage le 49.3 sur la réforme de l’audiovisuel public
* LFI et le RN déposent chacun une motion de censure
* Les motions seront examinées vendredi à partir de 9 heures
* Grève à Radio France : les programmes perturbés jusqu’à jeudi
## Étienne Marchal engage le 49.3 sur la réforme de l’audiovisuel public
> « Sur le fondement de l’article 49, alinéa 3, de la Constitution, j’engage la responsabilité de mon gouvernement sur l’ensemble du projet de loi », a déclaré le Premier ministre à 15 h 12, sous les huées d’une partie de l’hémicycle. Les députés insoumis ont brandi des pancartes « Touche pas à ma radio ».
> M. Marchal a justifié ce choix par « l’obstruction » de l’opposition, qui avait déposé plus de 4 200 amendements. « Nous avons débattu pendant 62 heures, nous avons examiné moins d’un article sur cinq », a-t-il fait valoir.
## Motions de censure : LFI et le RN passent à l’offensive
> Dans la foulée, La France insoumise a déposé une motion de censure, cosignée par les députés écologistes et communistes, soit 148 signatures. Le Rassemblement national en a déposé une seconde, avec les 123 députés de son groupe et de ses alliés ciottistes.
> Pour être adoptée, une motion doit recueillir la majorité absolue des membres de l’Assemblée, soit 289 voix. Le PS, qui compte 66 députés, n’a pas encore fait connaître sa position.
## Les motions examinées vendredi à 9 heures
> La conférence des présidents de l’Assemblée a fixé l’examen des deux motions à vendredi, à partir de 9 heures. Le vote de la première devrait intervenir en fin de matinée, celui de la seconde dans la foulée, selon l’entourage de la présidente de l’Assemblée, Mme Claire Dufresne.
## 3 % : la hausse de la dotation promise par la ministre de la Culture
> Pour tenter de rassurer les salariés, la ministre de la Culture, Sophie Verdier, a promis une hausse de 3 % de la dotation de l’audiovisuel public en 2029, soit environ 120 millions d’euros supplémentaires. « Cette réforme n’est pas une réforme d’économies, c’est une réforme de puissance », a-t-elle assuré sur France Inter.
> Les syndicats, qui chiffrent à 1,5 milliard d’euros les coupes budgétaires subies depuis 2018, jugent l’annonce « très en deçà des besoins ».
## « C’est un passage en force de plus », dénonce le président du groupe LFI
> « C’est un passage en force de plus, le onzième. Ce gouvernement ne gouverne plus, il contourne », a dénoncé le président du groupe insoumis, Karim Belkacem, dans la salle des Quatre-Colonnes. « Nous appelons tous les députés attachés au service public à voter notre motion, quelle que soit leur couleur politique. »
## Grève à Radio France : les programmes perturbés jusqu’à jeudi
> L’intersyndicale de Radio France a reconduit la grève jusqu’à jeudi inclus. France Inter, France Culture et franceinfo diffusent depuis mardi une playlist musicale à la place de plusieurs tranches d’information, notamment la matinale.
> Selon la direction, 38 % des salariés étaient en grève mercredi matin. Un préavis a également été déposé à France Télévisions pour le vendredi 14 avril.
## Que se passe-t-il si la censure est votée ?
> Si l’une des deux motions recueillait 289 voix, le gouvernement serait renversé et le projet de loi rejeté. Le Premier ministre devrait alors remettre la démission de son gouvernement au président de la République, comme le prévoit l’article 50 de la Constitution.
> Selon nos décomptes, la motion du RN n’a aucune chance d’être adoptée, la gauche ayant annoncé qu’elle ne la voterait pas. Celle de LFI pourrait en revanche approcher le seuil si le PS et une partie du groupe LIOT la soutenaient.
## 49.3 : onze recours depuis le début de la législature
> Ce nouveau 49.3 est le onzième engagé par le gouvernement Marchal, après ceux portant sur les budgets de l’État et de la Sécurité sociale, la réforme de l’assurance chômage et la loi de programmation énergétique. Aucune des vingt motions de censure déposées jusqu’ici n’a été adoptée.
## Le PS hésite, Olivier Lemaire temporise
> Le premier secrétaire du PS, Olivier Lemaire, a réuni son bureau national en fin d’après-midi. Selon plusieurs participants, les avis sont partagés : une partie des députés socialistes souhaite voter la motion insoumise « pour défendre le service public », d’autres redoutent d’être associés à une chute du gouvernement sur un texte « qui ne mérite pas une crise politique ».
> La décision sera prise jeudi soir, à l’issue d’une réunion du groupe à l’Assemblée.
## France Médias : ce que contient le projet de loi
> Le texte crée au 1er janvier 2029 une société holding, France Médias, détenue à 100 % par l’État, qui chapeautera les quatre sociétés de l’audiovisuel public. Son président, nommé par l’Arcom pour cinq ans, aura autorité sur les directeurs généraux des filiales. Une fusion complète, un temps envisagée, est repoussée à 2031 au plus tôt.
> Le projet de loi prévoit aussi de pérenniser le financement par une fraction de la TVA, à hauteur de 4,1 milliards d’euros en 2029, indexée sur l’inflation.
## Au Sénat, la majorité sénatoriale « favorable sur le principe »
> Le président du groupe LR au Sénat, M. Bruno Castel, s’est dit « favorable sur le principe » à la réforme, tout en regrettant « la méthode ». « Le Sénat avait voté une holding dès 2023. Nous n’avons pas changé d’avis, mais nous n’aimons pas qu’on contourne le Parlement », a-t-il déclaré à l’AFP.

=== fr-live-conclave
lang: fr
outlet: La Croix du Midi
title: Conclave : deuxième fumée noire au-dessus de la chapelle Sixtine, les cardinaux voteront à nouveau jeudi
caption: La cheminée de la chapelle Sixtine, mercredi soir, place Saint-Pierre.
link: https://example.fr/religion/conclave-deuxieme-jour-fumee-noire
author: Anne-Claire Rouvière, à Rome
date: 2028-05-10 20:15:00
tags: Religion, Vatican, Conclave
options: bullet=⇒ crlf
> Une fumée noire s’est élevée à 19 h 02 au-dessus de la chapelle Sixtine, signe qu’aucun des 131 cardinaux électeurs n’a obtenu la majorité des deux tiers, soit 88 voix, lors des quatre scrutins de la journée. Les votes reprendront jeudi matin.
> Sur la place Saint-Pierre, environ 40 000 fidèles, selon la gendarmerie vaticane, avaient les yeux rivés sur la cheminée depuis le milieu de l’après-midi. Beaucoup sont repartis en silence, d’autres ont entonné des chants en polonais, en espagnol et en tagalog.
kp: Les infos à retenir
* Deuxième fumée noire, pas de pape élu mercredi
* Les cardinaux voteront à nouveau jeudi, jusqu’à quatre fois
* 40 000 fidèles place Saint-Pierre selon le Vatican
## Deuxième fumée noire, pas de pape élu mercredi
> La fumée, d’abord grisâtre pendant quelques secondes, a laissé place à un panache nettement noir, dissipant les doutes de la foule. Le Bureau de presse du Saint-Siège a confirmé peu après qu’aucune élection n’était intervenue. Aucun détail ne filtre sur le décompte des voix, les cardinaux étant tenus au secret sous peine d’excommunication.
## Jeudi, jusqu’à quatre scrutins
> Les cardinaux se retrouveront jeudi à 9 h 30 dans la chapelle Sixtine, après une messe célébrée à la chapelle Pauline. Deux scrutins sont prévus le matin et deux l’après-midi. Les fumées sont attendues vers 12 heures puis vers 19 heures, mais elles peuvent intervenir plus tôt en cas d’élection.
> Si aucun pape n’est élu au terme du troisième jour, la constitution apostolique prévoit une journée de pause consacrée à la prière et au dialogue.
## « Il faut laisser du temps à l’Esprit saint », estime le cardinal Ouédraogo
> Interrogé avant l’entrée en conclave, le cardinal burkinabé Paul Ouédraogo, 74 ans, avait mis en garde contre l’impatience. « Il faut laisser du temps à l’Esprit saint. Un conclave n’est pas une élection présidentielle, il n’y a ni sondages ni programmes. » En 2013, le pape avait été élu au cinquième scrutin.
## Qui sont les « papabili » ?
> Plusieurs noms circulent avec insistance dans la presse italienne, notamment ceux du cardinal philippin Antonio Reyes, 66 ans, archevêque de Cebu, et du cardinal italien Marco Ferrante, 71 ans, ancien diplomate du Saint-Siège. L’archevêque de Lyon, le cardinal Bernard Vautrin, est régulièrement cité comme un possible « faiseur de roi ».
> Comme le rappelle un vieil adage romain, « qui entre pape au conclave en sort cardinal ».
## Comment se déroule un scrutin ?
> Chaque cardinal inscrit le nom de son candidat sur un bulletin portant la mention Eligo in Summum Pontificem, le plie en deux et le dépose dans une urne placée sur l’autel, en prononçant un serment en latin. Trois scrutateurs tirés au sort dépouillent ensuite les bulletins, qui sont percés d’une aiguille, enfilés sur un fil, puis brûlés dans un poêle.
> Un produit chimique est ajouté pour colorer la fumée : noire en cas d’échec, blanche en cas d’élection. Depuis 2005, les cloches de Saint-Pierre sonnent aussi pour confirmer l’élection.
## Place Saint-Pierre, l’attente et la ferveur
> Venue de Manille avec sa paroisse, Maria Santos, 52 ans, attend depuis 14 heures. « Nous prions pour que ce soit un pape proche des pauvres. Asiatique ? Pourquoi pas, mais ce n’est pas le plus important. » À côté d’elle, un groupe de séminaristes français de Toulouse agite des drapeaux tricolores.
## Ça coûte combien, un conclave ?
> Le Vatican ne publie pas de chiffres officiels. Selon l’économiste italien Giorgio Lanza, auteur d’un ouvrage sur les finances du Saint-Siège (éd. Laterza, 2026, p. 214), l’organisation d’un conclave coûterait entre 3 et 5 millions d’euros, essentiellement pour la sécurité, l’hébergement et l’accueil de plus de 6 000 journalistes accrédités.
## Les 131 cardinaux électeurs, un record
> Jamais un conclave n’avait réuni autant d’électeurs : 131 cardinaux de moins de 80 ans, venus de 71 pays, contre 115 en 2013. Les Européens ne représentent plus que 39 % du collège, contre 52 % il y a quinze ans. L’Asie (24 cardinaux) et l’Afrique (19) n’ont jamais pesé aussi lourd.
> Le doyen des électeurs, le cardinal brésilien João Mendes, fêtera ses 80 ans le 2 juin : s’il avait été convoqué un mois plus tard, il n’aurait pas pu voter.
## Une nuit à la maison Sainte-Marthe
> Entre les scrutins, les cardinaux sont logés à la maison Sainte-Marthe, la résidence située à l’intérieur du Vatican, où les chambres ont été attribuées par tirage au sort. Les téléphones portables ont été confisqués à l’entrée du conclave, et un brouilleur de signaux a été installé dans la chapelle Sixtine et ses abords, selon le service de sécurité du Saint-Siège.
> Les repas sont préparés par les religieuses qui tiennent la résidence. Le menu de mercredi midi : pâtes au pesto, poisson grillé, fruits.
## « Une attente joyeuse », selon l’archevêque de Paris
> « Ce n’est pas une attente anxieuse, c’est une attente joyeuse. L’Église prend le temps du discernement, et c’est une bonne nouvelle », a réagi l’archevêque de Paris, Mgr Laurent Ducasse, dans un message publié sur les réseaux sociaux du diocèse. Des veillées de prière sont organisées chaque soir à Notre-Dame et dans plusieurs églises de la capitale.

=== fr-live-conseil-europeen-energie
lang: fr
outlet: L’Écho de Bruxelles
title: Conseil européen : les Vingt-Sept s’accordent sur un plafonnement temporaire du prix de l’électricité
caption: Les dirigeants européens réunis au bâtiment Europa, à Bruxelles, jeudi soir.
link: https://example.fr/europe/conseil-europeen-prix-electricite-accord
author: Pierre-Yves Lambin, à Bruxelles
date: 2028-10-20 02:31:00
tags: Europe, UE, Énergie
> Après quatorze heures de négociations, les chefs d’État et de gouvernement de l’Union européenne sont parvenus, dans la nuit de jeudi à vendredi, à un accord sur un plafonnement temporaire du prix de gros de l’électricité, fixé à 180 euros le mégawattheure pour une durée de six mois.
> Le compromis, arraché vers 2 heures du matin, prévoit aussi un fonds de solidarité de 1,5 milliard d’euros pour les États les plus dépendants des importations de gaz. La Hongrie et la Slovaquie ont obtenu des dérogations, au grand dam de plusieurs délégations nordiques.
kp: Les infos à retenir
* UE : accord sur un plafond de 180 euros le mégawattheure pendant six mois
* Un fonds de 1,5 milliard d’euros pour les pays les plus exposés
* Budapest et Bratislava obtiennent des dérogations
* « Un accord qui protège les ménages », affirme la présidente du Conseil
## UE : accord sur un plafond de 180 euros le mégawattheure pendant six mois
> Le mécanisme entrera en vigueur le 1er novembre et s’appliquera jusqu’au 30 avril 2029, avec une clause de révision à mi-parcours. Lorsque le prix sur les marchés de gros dépassera 180 euros le MWh, les États pourront compenser la différence aux producteurs d’électricité à partir de gaz, sur le modèle du dispositif ibérique de 2022.
> Les Pays-Bas et le Danemark, longtemps réticents, ont fini par se rallier au compromis en échange d’une limitation stricte de la durée du dispositif. « Six mois, pas un jour de plus », a insisté le Premier ministre néerlandais à la sortie de la réunion.
## Un fonds de solidarité de 1,5 milliard d’euros
> Alimenté par des reliquats du plan de relance, le fonds sera réparti entre une dizaine d’États membres, principalement en Europe centrale et dans les pays baltes. La Commission doit présenter d’ici au 15 novembre une clé de répartition précise, qui tiendra compte de la part du gaz dans le mix électrique de chaque pays.
## Budapest et Bratislava obtiennent des dérogations
> La Hongrie et la Slovaquie pourront continuer à appliquer leurs tarifs réglementés nationaux, plus bas que le plafond européen, jusqu’à la fin du dispositif. Cette concession a été la condition posée par le Premier ministre hongrois pour lever son veto, selon plusieurs diplomates.
> « C’est le prix à payer pour l’unanimité, mais ce prix devient de plus en plus élevé à chaque sommet », regrette un diplomate européen, sous couvert d’anonymat.
## « Un accord qui protège les ménages », affirme la présidente du Conseil
> « Cette nuit, l’Europe a montré qu’elle savait agir vite quand l’essentiel est en jeu. C’est un accord qui protège les ménages et nos industries », s’est félicitée la présidente du Conseil européen, Katarina Novak, lors d’une conférence de presse tenue à 2 h 45. Elle a salué « l’esprit de responsabilité de chaque délégation ».
## Le président français salue « un pas décisif »
> Le président de la République a salué « un pas décisif vers une véritable union de l’énergie », estimant que la France avait « obtenu l’essentiel », notamment la prise en compte du nucléaire dans le calcul des compensations. Il a toutefois reconnu que « le plus dur reste à faire », à savoir la réforme structurelle du marché européen de l’électricité, attendue au printemps.
## OTAN, Moldavie, migrations : les autres dossiers du sommet
> Les Vingt-Sept ont également approuvé une aide macrofinancière de 300 millions d’euros à la Moldavie et réaffirmé leur soutien à la mission de l’ONU au Sahel. Le dossier migratoire, initialement inscrit à l’ordre du jour, a été renvoyé au sommet de décembre faute de temps.
> Le secrétaire général de l’OTAN, invité au dîner de travail jeudi soir, a plaidé pour un relèvement des budgets de défense à 3 % du PIB d’ici à 2030, sans obtenir d’engagement chiffré des dirigeants européens.
## Les ONG dénoncent « un chèque en blanc aux énergies fossiles »
> Le Réseau Action Climat et une vingtaine d’ONG européennes dénoncent un accord qui revient, selon elles, à subventionner les centrales à gaz. « On plafonne le symptôme sans soigner la maladie », juge la porte-parole de l’organisation, Léa Garnier, qui réclame une accélération des investissements dans les renouvelables et le stockage.
## Électricité : combien vont économiser les ménages ?
> Selon les calculs de la Commission, le plafond pourrait faire baisser de 8 à 12 % la facture d’électricité d’un ménage moyen dans les pays où les prix de détail suivent le marché de gros, comme l’Italie, l’Espagne ou la Belgique. En France, où le tarif réglementé amortit les variations, l’effet serait plus limité, de l’ordre de 2 à 3 %.
## Les marchés de l’électricité reculent à l’ouverture
> Sur la bourse européenne de l’électricité Epex Spot, le prix du mégawattheure livré en novembre en Allemagne reculait de 7,4 %, à 196,50 euros, vendredi à l’ouverture. En France, le contrat pour le premier trimestre 2029 perdait 5,1 %. « Le marché prend acte d’un plafond qui sera rarement dépassé, sauf vague de froid », analyse Thomas Kessler, de la banque Natixa.
## « Sans l’Italie, il n’y aurait pas eu d’accord », dit le président du Conseil italien
> Le chef du gouvernement italien a revendiqué un rôle central dans le compromis, affirmant avoir « convaincu les plus réticents » lors d’un aparté avec les dirigeants néerlandais et danois peu avant minuit. Rome réclamait depuis le printemps un plafond européen, après avoir instauré un dispositif national jugé coûteux pour ses finances publiques.
## Prochaine étape : la réforme du marché de l’électricité
> La Commission européenne doit présenter au printemps une proposition de réforme structurelle du marché de l’électricité, visant notamment à découpler le prix de l’électricité de celui du gaz. Le sujet divise profondément les Vingt-Sept : la France et l’Espagne plaident pour des contrats de long terme à prix régulé, l’Allemagne et les pays nordiques défendent le fonctionnement actuel du marché.
> Le prochain Conseil européen est prévu les 14 et 15 décembre à Bruxelles.
## « Nous avons évité le pire, mais nous n’avons pas encore construit le meilleur », reconnaît le Premier ministre belge après une nuit tendue
> Plus prudent que ses homologues, le Premier ministre belge a estimé que l’accord « achète du temps » sans régler le fond du problème. « Nous avons évité le pire, mais nous n’avons pas encore construit le meilleur. Tant que le prix de l’électricité dépendra de la dernière centrale à gaz appelée sur le réseau, nous reviendrons ici tous les hivers », a-t-il déclaré devant la presse belge, vers 3 heures du matin, en rappelant que la Belgique avait dû consacrer près de 1,5 % de son PIB aux aides énergétiques en 2022 et 2023. Il a plaidé pour un mécanisme européen d’achats communs de gaz « permanent et obligatoire », une idée soutenue par l’Italie, l’Espagne, la Grèce et le Portugal, mais rejetée par l’Allemagne et les Pays-Bas.

=== fr-live-evasion-vallon
lang: fr
outlet: Le Dauphiné des Alpes
title: Évasion à la prison de Vallon-le-Haut : le détenu toujours en fuite, 300 gendarmes mobilisés
caption: Un barrage de gendarmerie à la sortie de Vallon-le-Haut, samedi après-midi.
link: https://example.fr/faits-divers/evasion-prison-vallon-le-haut-direct
author: Julien Mercadier
date: 2028-06-17 21:48:00
tags: Faits divers, Justice, Isère
options: time=prefix bullet=⇒
> Un détenu de 34 ans, condamné pour trafic de stupéfiants et tentative de meurtre, s’est évadé samedi matin du centre pénitentiaire de Vallon-le-Haut (Isère) lors d’une extraction médicale vers l’hôpital de Grenoble. Deux complices armés ont attaqué le fourgon de l’administration pénitentiaire sur la RN 85, blessant légèrement un agent.
> Un important dispositif de recherche, mobilisant plus de 300 gendarmes, un hélicoptère et des équipes cynophiles, a été déployé dans le massif de la Chartreuse, où le véhicule des fuyards a été retrouvé incendié.
kp: Les infos à retenir
* Le fourgon attaqué sur la RN 85 à 8 h 50, un agent légèrement blessé
* 300 gendarmes mobilisés, le véhicule des fuyards retrouvé incendié
* Le garde des Sceaux promet « une enquête sans concession »
## 21h40 | Le garde des Sceaux promet « une enquête sans concession »
> « Il y aura une enquête sans concession, et s’il y a eu des failles, elles seront sanctionnées », a déclaré le ministre de la Justice, Laurent Fabresse, arrivé en fin d’après-midi à Vallon-le-Haut. Il a annoncé une inspection de l’ensemble des procédures d’extraction médicale dans les établissements accueillant des détenus particulièrement signalés.
> Selon nos informations, le détenu avait été classé DPS, détenu particulièrement signalé, en 2026, après une première tentative d’évasion à la maison d’arrêt de Lyon-Corbas.
## 19h15 | Les syndicats pénitentiaires dénoncent « un drame annoncé »
> FO Justice et l’Ufap-Unsa dénoncent le manque d’effectifs lors des extractions. « Deux agents dans un fourgon banalisé pour un DPS, c’est un drame annoncé. On l’écrit depuis des mois », affirme Sébastien Garnier, secrétaire régional de FO, qui réclame que ces transferts soient systématiquement confiés aux équipes régionales d’intervention et de sécurité (ERIS).
## 17h02 | 300 gendarmes mobilisés, le véhicule des fuyards retrouvé incendié
> La berline utilisée par les complices, une Audi A6 volée la semaine dernière à Villeurbanne, a été retrouvée calcinée sur un chemin forestier au-dessus de Saint-Laurent-du-Pont. Les enquêteurs pensent que les fuyards ont changé de véhicule à cet endroit.
> Le dispositif de recherche compte désormais plus de 300 gendarmes, dont des membres du GIGN, ainsi qu’un hélicoptère équipé d’une caméra thermique. Des contrôles sont effectués aux péages de l’A48 et de l’A43 et aux frontières suisse et italienne.
## 15h30 | Un appel à témoins lancé par la gendarmerie
> La gendarmerie de l’Isère a diffusé un appel à témoins avec la photo du fugitif, Karim D., 1,82 m, corpulence mince, cheveux bruns très courts, une cicatrice sur la joue gauche. Il est considéré comme dangereux : il ne faut en aucun cas l’approcher. Toute information peut être communiquée au 17 ou à l’adresse appel-temoins-isere@gendarmerie.example.fr.
## 12h20 | « Ils savaient exactement où et quand frapper », selon une source proche de l’enquête
> L’extraction vers l’hôpital, pour une consultation d’ophtalmologie, avait été programmée il y a trois semaines. « Ils savaient exactement où et quand frapper : il y a forcément eu une fuite », estime une source proche de l’enquête. Le parquet de Grenoble s’est dessaisi au profit de la juridiction interrégionale spécialisée (JIRS) de Lyon.
## 10h05 | Le fourgon attaqué sur la RN 85 à 8 h 50, un agent légèrement blessé
> Le fourgon de l’administration pénitentiaire a été percuté par l’arrière, puis bloqué par une seconde voiture, au niveau du rond-point de la Croix-Rouge, sur la RN 85. Deux hommes cagoulés, armés de fusils d’assaut, ont contraint les deux agents à ouvrir la porte arrière.
> L’un des surveillants, âgé de 27 ans, a été légèrement blessé à la main par un tir. Il a été pris en charge par les pompiers et hospitalisé à Voiron, selon la direction interrégionale des services pénitentiaires de Lyon.
## 09h48 | Une évasion lors d’une extraction médicale
> Selon les premières informations de la direction de l’administration pénitentiaire, l’évasion s’est produite lors d’une extraction vers le CHU de Grenoble Alpes, où le détenu devait être examiné. Le fourgon, parti du centre pénitentiaire à 8 h 30, transportait deux surveillants et le détenu, menotté et entravé. Les agents ont été contraints de le libérer sous la menace des armes.
> Le centre pénitentiaire de Vallon-le-Haut, ouvert en 2015, compte 690 places pour environ 850 détenus, soit un taux d’occupation de 123 %.

=== fr-live-open-confluence
lang: fr
outlet: Tennis Mag Rhône
title: Open de Lyon-Confluence : Hugo Vasseur s’offre son premier titre en battant Matteo Rinaldi en trois sets
caption: Hugo Vasseur, poing serré, après sa victoire en finale, dimanche.
link: https://example.fr/tennis/open-lyon-confluence-finale-vasseur-rinaldi
author: Camille Bertaux
date: 2028-05-21 18:57:00
tags: Tennis, ATP 250, Lyon
options: time=dash bullet=•
> Tête de série n° 3 du tournoi, Hugo Vasseur, 21 ans, dispute dimanche sa première finale sur le circuit principal face à l’Italien Matteo Rinaldi, 29 ans, 38e mondial. Le Lyonnais n’a pas perdu un set depuis le début de la semaine. Début du match prévu à 15 heures sur le court central, à guichets fermés.
kp: L’essentiel
* Hugo Vasseur bat Matteo Rinaldi 6-4, 3-6, 7-5
* Premier titre ATP pour le Lyonnais, qui gagnera 14 places au classement
* 7 500 spectateurs sur le central
## 18h12 | Victoire de Hugo Vasseur, 6-4, 3-6, 7-5 !
> Sur sa deuxième balle de match, Hugo Vasseur conclut d’un coup droit long de ligne et s’écroule sur la terre battue. Le Lyonnais remporte le premier titre de sa carrière après 2 h 31 de jeu, devant 7 500 spectateurs debout. Il a réussi 11 aces et converti 4 balles de break sur 9.
> « Je n’arrive pas à réaliser. Gagner ici, chez moi, devant ma famille, c’est un rêve de gosse », a-t-il lâché au micro, la voix brisée. Il sera lundi 41e au classement ATP, le meilleur de sa carrière.
## 17h58 | Break décisif pour Vasseur à 5-5 !
> Rinaldi commet deux doubles fautes consécutives, Vasseur en profite : 6-5 dans le troisième set, le Français servira pour le titre.
## 17h21 | 3-3 dans le troisième set
> Les deux joueurs tiennent leur service sans trembler. Rinaldi, touché à la cuisse droite, a fait appel au kiné au changement de côté, mais semble pouvoir continuer.
## 16h45 | Rinaldi égalise à un set partout
> L’Italien, plus agressif en retour, breake à 4-3 et conclut la deuxième manche sur un ace (6-3). Vasseur a laissé échapper un peu d’énergie en contestant deux décisions de l’arbitre de chaise, Mme Alison Carter.
## 15h52 | Premier set pour Hugo Vasseur 6-4
> Un break à 3-3, sur une superbe amortie rétro, suffit au Lyonnais pour empocher la première manche en 44 minutes. 78 % de premières balles, zéro double faute : le début de match est parfait.
## 15h03 | C’est parti sur le central
> Matteo Rinaldi au service pour commencer.
## 14h40 | Les statistiques avant la finale
> Vasseur et Rinaldi se sont affrontés à deux reprises, pour autant de victoires de l’Italien, à Umag en 2026 et à Kitzbühel l’an dernier, à chaque fois sur terre battue. Rinaldi a déjà remporté deux titres ATP, tous deux sur cette surface. Vasseur, lui, n’avait jamais dépassé les quarts de finale d’un tournoi du circuit principal avant cette semaine.
> Sur ses quatre matches lyonnais, le Français n’a concédé que deux breaks, pour 38 aces. Une statistique qui impressionne jusque dans le camp adverse. « Il sert comme un joueur du top 20 », reconnaissait samedi l’entraîneur de Rinaldi, Dott. Paolo Ferri, ancien joueur et médecin du sport.
## 14h15 | « Je vais jouer sans pression », promettait Vasseur samedi
> « Je vais jouer sans pression. C’est ma première finale, personne ne m’attend, alors autant en profiter », expliquait Hugo Vasseur samedi soir en conférence de presse, après sa victoire en demi-finale contre l’Argentin Tomás Ibáñez (6-3, 7-6). Le Lyonnais a grandi à quelques kilomètres du site, au TC Villeurbanne, où il a pris sa première licence à 6 ans.
## 13h30 | Le tableau de double remporté par les frères Moulin
> En lever de rideau, les jumeaux drômois Théo et Lucas Moulin ont remporté le tableau de double en battant la paire germano-autrichienne Krüger-Hofer 7-6 (4), 6-4. Invités par l’organisation, les deux frères de 24 ans, 212e et 215e mondiaux en double, n’avaient jamais gagné le moindre match sur le circuit principal avant cette semaine.
> « On est venus pour apprendre, on repart avec un trophée chacun. Maman va devoir trouver de la place sur la cheminée », a plaisanté Lucas Moulin, sous les rires du public.
## 13h05 | Les tribunes déjà pleines, un record d’affluence pour le tournoi
> Les portes du site de la Confluence ont ouvert à 11 heures, et le court central, d’une capacité de 7 500 places, affiche complet depuis jeudi. Sur la semaine, le tournoi revendique 61 200 spectateurs, un record depuis sa création en 2017, selon son directeur, M. Arnaud Clément-Roux, qui rêve désormais d’une montée en catégorie ATP 500 « d’ici à 2031 ».

=== fr-live-penurie-amoxicilline
lang: fr
outlet: Santé Info France
title: Pénurie d’amoxicilline : l’ANSM active un plan d’urgence, les pharmaciens autorisés à fabriquer des préparations
caption: Des boîtes d’antibiotiques dans une pharmacie de Nantes.
link: https://example.fr/sante/penurie-amoxicilline-plan-urgence-ansm
author: Service santé
date: 2028-12-05 17:30:00
tags: Santé, Médicaments, Pénurie
options: bullet=⇒ authorspace
> L’Agence nationale de sécurité du médicament (ANSM) a activé mardi un plan d’urgence face à la pénurie d’amoxicilline pédiatrique, l’antibiotique le plus prescrit aux enfants en France. Selon l’agence, près de 40 % des pharmacies n’ont plus de sirop en stock, alors que l’épidémie de bronchiolite et les angines se multiplient.
> Parmi les mesures annoncées : la fabrication de préparations magistrales par les pharmaciens, la délivrance à l’unité et l’importation de 1,2 million de boîtes depuis l’Espagne et l’Italie.
kp: Les infos à retenir
* L’ANSM active un plan d’urgence face à la pénurie d’amoxicilline
* 40 % des pharmacies en rupture de stock
* Importation de 1,2 million de boîtes d’ici à la fin du mois
* Les pédiatres appellent à « ne pas prescrire par réflexe »
## L’ANSM active un plan d’urgence face à la pénurie d’amoxicilline
> Le dispositif, qualifié de « niveau 2 » par l’agence, permet de mobiliser des mesures exceptionnelles pendant trois mois renouvelables. « Il ne s’agit pas de créer de l’inquiétude, mais de garantir qu’aucun enfant ne reste sans traitement », a expliqué la directrice générale de l’ANSM, Dr Hélène Castaing, lors d’une conférence de presse à Saint-Denis.
> Le ministère de la Santé a parallèlement demandé aux laboratoires de réserver leur production de sirop au marché français jusqu’au 31 mars.
## 40 % des pharmacies en rupture, selon l’Ordre
> Selon une enquête de l’Ordre national des pharmaciens menée auprès de 6 000 officines, 40 % n’avaient plus aucune boîte d’amoxicilline en suspension buvable lundi, et 27 % n’avaient plus de comprimés dosés à 500 mg. Les zones rurales et les départements d’outre-mer sont les plus touchés, notamment la Guyane et la Guadeloupe.
## Les pharmaciens autorisés à fabriquer des préparations
> À partir de jeudi, les pharmacies équipées d’un préparatoire pourront fabriquer des gélules ou des suspensions d’amoxicilline à partir de la matière première, selon un protocole publié au Bulletin officiel (n° 2028-48, p. 12). Environ 2 500 officines disposent de l’équipement nécessaire, estime la Fédération des syndicats pharmaceutiques de France (FSPF).
> « C’est du travail en plus, mais c’est notre métier, et on le fera », assure Mme Nathalie Girard, pharmacienne à Rezé, qui a déjà commandé 5 kg de poudre à un grossiste.
## Importation de 1,2 million de boîtes d’ici à la fin du mois
> Les premières livraisons, en provenance d’Espagne, sont attendues lundi. Les boîtes importées porteront une notice en espagnol ou en italien, accompagnée d’un feuillet en français à glisser dans l’emballage. Les pharmaciens devront remettre aux familles une fiche explicative téléchargeable sur ansm.example.fr.
## Les pédiatres appellent à « ne pas prescrire par réflexe »
> La Société française de pédiatrie rappelle que la majorité des angines et des otites chez l’enfant sont virales et ne nécessitent pas d’antibiotique. « Un test rapide d’orientation diagnostique, le Trod, permet de trancher en dix minutes. Il est remboursé, il faut l’utiliser », insiste le Pr Olivier Mercier, chef du service de pédiatrie du CHU de Nantes.
## Pourquoi une telle pénurie ?
> La production mondiale d’amoxicilline est concentrée dans une poignée d’usines, principalement en Chine et en Inde. Un incident technique survenu en septembre dans une usine du Zhejiang, qui fournit près d’un quart du principe actif mondial, a réduit l’offre au moment où la demande explosait en Europe, explique l’économiste de la santé Frédéric Bazin.
> À cela s’ajoutent des prix parmi les plus bas d’Europe : une boîte de sirop pédiatrique est vendue 1,08 euro en France, contre 2,40 euros en Allemagne, selon le Leem, le syndicat des entreprises du médicament.
## Ça concerne aussi les adultes ?
> Dans une moindre mesure. Les comprimés dosés à 1 g, prescrits aux adultes, connaissent des tensions d’approvisionnement « ponctuelles », selon l’ANSM, qui n’a pas activé de mesures spécifiques à ce stade. L’agence invite néanmoins les médecins à privilégier des durées de traitement courtes, de cinq jours au maximum pour une angine bactérienne.
## Les ventes de tests rapides en hausse de 60 %
> Les pharmacies ont délivré 1,4 million de Trod angine en novembre, soit une hausse de 60 % sur un an, selon les données de l’Assurance maladie. Depuis 2024, ces tests peuvent être réalisés directement en officine, sans ordonnance, pour les patients de plus de 10 ans présentant un mal de gorge.

=== fr-plain-necropole-gauloise
lang: fr
outlet: Archéologia Centre
title: Une nécropole gauloise du IIIe siècle av. J.-C. mise au jour sous un futur parking à Bourges-Sud
caption: Une tombe à char fouillée par les archéologues de l’Inrap, à Bourges-Sud.
link: https://example.fr/patrimoine/necropole-gauloise-bourges-sud-inrap
author: Martine Lefort
date: 2028-09-02 08:15:00
tags: Archéologie, Patrimoine, Cher
> C’était un simple diagnostic archéologique, prescrit avant la construction d’un parking relais de 420 places. Depuis le mois de juin, les archéologues de l’Institut national de recherches archéologiques préventives (Inrap) mettent au jour, à Bourges-Sud, une nécropole gauloise de 74 sépultures datée des années 280 à 220 av. J.-C.
> « C’est l’une des plus importantes découvertes de ce type dans le Centre depuis les fouilles de Levroux, dans les années 1980 », estime le responsable d’opération, M. Julien Favreau. Parmi les tombes, celle d’un guerrier inhumé avec son char, son épée dans un fourreau en fer décoré et un bouclier dont il ne reste que l’umbo, la pièce métallique centrale.
> La ville, alors appelée Avaricum, était la capitale des Bituriges Cubi, l’un des peuples les plus puissants de la Gaule celtique. César, qui l’assiégea en 52 av. J.-C., la décrit dans La Guerre des Gaules (livre VII, chap. 15) comme « presque la plus belle ville de toute la Gaule ».
> Les objets retrouvés confirment cette richesse : fibules en bronze, bracelets en verre bleu, perles d’ambre de la Baltique, et même un vase en céramique importé d’Étrurie. « Ce sont des marqueurs d’échanges à très longue distance, sur plus de 1 500 km », souligne Mme Élodie Rabier, spécialiste du mobilier funéraire, qui a déjà répertorié plus de 1 200 objets.
> 74 tombes, donc, dont 23 à incinération et 51 à inhumation. Les analyses ADN, confiées au laboratoire de paléogénétique de l’université de Bordeaux, devraient permettre de savoir si les défunts étaient apparentés. Les premiers résultats sont attendus au printemps 2029.
> Ça n’a pas été sans tension avec la communauté d’agglomération, maître d’ouvrage du parking. Les travaux, qui devaient commencer en septembre, sont repoussés d’au moins huit mois, pour un surcoût estimé à 1,4 million d’euros, dont 60 % à la charge de l’État via le Fonds national pour l’archéologie préventive.
> Le président de l’agglomération, Dominique Paillet, se dit néanmoins « fier » de la découverte. « On ne va pas couler du béton sur la tombe d’un prince biturige sans prendre le temps de l’étudier. Le parking attendra. »
> Une partie du mobilier sera présentée au musée du Berry à partir de décembre, dans une exposition intitulée « Avant Avaricum ». Une journée portes ouvertes est prévue sur le chantier le samedi 20 septembre, de 10 h à 17 h, sur inscription à l’adresse bourges-sud@inrap.example.fr.
> Pour en savoir plus, le rapport de diagnostic, publié en juillet, est consultable en ligne (Inrap, Rapport de diagnostic n° 3, Bourges, Cher, 2028, p. 12-58). La publication scientifique complète de la fouille n’est pas attendue avant 2031, selon l’Inrap.
> Sur le chantier, une quarantaine de personnes travaillent six jours sur sept, archéologues, topographes, anthropologues, mais aussi une dizaine de bénévoles de la Société d’archéologie du Cher. Le site est protégé par une clôture et surveillé la nuit, après une tentative de pillage au détecteur de métaux, en juillet, qui a fait l’objet d’une plainte.
> La tombe à char, la plus spectaculaire, a été prélevée en bloc le 28 août : une motte de terre de 6,2 tonnes, consolidée par une coque de plâtre et de mousse polyuréthane, a été transportée par camion au centre de conservation de l’Inrap à Orléans, où elle sera fouillée en laboratoire pendant l’hiver.
> Les chercheurs espèrent y trouver des éléments organiques rarement conservés, comme le bois des roues ou le cuir du harnachement. « En 2017, à Warcy-le-Petit, dans les Ardennes, on avait retrouvé des restes de caisse en bois et même des traces de tissu. Tout dépendra de l’humidité du sol », explique Julien Favreau.
> Selon l’historien Jean-Louis Bardet, cité dans le rapport, ces sépultures aristocratiques du IIIe siècle av. J.-C. témoignent d’une société très hiérarchisée, dominée par une aristocratie guerrière qui contrôlait les routes commerciales du fer et de l’étain.

=== fr-plain-cour-des-comptes
lang: fr
outlet: Les Échos du Centre
title: La Cour des comptes épingle la gestion des TER en Val-de-Loire : 1,5 milliard d’euros de dépenses « mal maîtrisées »
caption:
link: https://example.fr/economie/cour-des-comptes-ter-val-de-loire-rapport
author: Benoît Charrier
date: 2028-02-14 06:30:00
tags: Économie, Transports, Cour des comptes
options: nocaptionline
> Dans un rapport publié mercredi, la chambre régionale des comptes du Centre-Val de Loire dresse un bilan sévère de la politique ferroviaire de la Région entre 2019 et 2026. Sur la période, les dépenses consacrées aux TER ont atteint 1,5 milliard d’euros, en hausse de 34 %, alors que la fréquentation n’a progressé que de 6,2 %.
> Les magistrats pointent d’abord la convention signée avec SNCF Voyageurs en 2020, jugée « déséquilibrée » (rapport, p. 47). Le taux de régularité contractuel, fixé à 92,5 %, n’a été atteint qu’une seule année sur sept, sans que les pénalités prévues, plafonnées à 2 % de la contribution annuelle, soient dissuasives.
> M. Alain Rivoire, vice-président chargé des transports jusqu’en 2025, conteste cette lecture dans sa réponse, annexée au rapport. « La période a été marquée par la crise sanitaire et par l’inflation des coûts de l’énergie. Comparer 2019 et 2026 sans en tenir compte n’a pas de sens. »
> La chambre relève aussi l’achat de 14 rames Regio 2N pour 186,3 millions d’euros, dont quatre sont restées immobilisées plus de 18 mois faute d’atelier de maintenance adapté à Tours-Saint-Pierre-des-Corps. Coût estimé de cette immobilisation : 7,9 millions d’euros (loyers, stockage, personnel, etc.).
> 23 recommandations sont formulées, parmi lesquelles la renégociation de la convention avant son échéance de 2030, la création d’un observatoire indépendant de la qualité de service et la publication mensuelle des taux de ponctualité ligne par ligne, « comme le font déjà les Régions Bretagne et Grand Est ».
> À la Région, l’actuelle vice-présidente aux mobilités, Mme Sandrine Olivier-Masson, dit « prendre acte » des observations et assure que « la moitié des recommandations sont déjà en cours de mise en œuvre ». Elle annonce pour mars le lancement d’un appel d’offres pour l’exploitation de la ligne Orléans-Châteauroux, une première dans la région.
> Les associations d’usagers, elles, se disent confortées. « Ça fait des années qu’on dénonce les suppressions de trains et les retards sur la ligne Tours-Vierzon. Le rapport nous donne raison sur toute la ligne, si l’on peut dire », ironise Jacques Thévenot, président de la Fnaut Centre.
> Le rapport complet (152 pages) est disponible sur le site des juridictions financières, www.ccomptes.example.fr, rubrique Publications. La Région dispose d’un délai d’un an pour rendre compte de ses suites devant son assemblée délibérante, conformément à l’article L. 243-9 du code des juridictions financières.
> Le rapport s’attarde aussi sur la billettique. La plateforme de vente en ligne Rémi Connect, lancée en 2022 pour 11,8 millions d’euros, a connu « des dysfonctionnements répétés » pendant ses dix-huit premiers mois, selon la chambre, qui note que les réclamations ont été multipliées par 3,5 sur la période. Le prestataire, la société Ticketek S.A.S., a depuis été remplacé.
> Sur la tarification, les magistrats relèvent la coexistence de 47 titres de transport différents, dont certains ne sont utilisés que par quelques dizaines de voyageurs par an. Ils recommandent une simplification drastique, sur le modèle de la Région Occitanie, qui a ramené sa gamme à 12 titres en 2024, avec une hausse de fréquentation de 9 % l’année suivante.
> Enfin, la chambre s’interroge sur le coût des 22 gares routières et haltes ferroviaires rénovées entre 2021 et 2025, pour 63,4 millions d’euros au total. Plusieurs d’entre elles, comme celle de Saint-Aignan-Noyers, accueillent moins de 40 voyageurs par jour. « L’effort d’investissement n’a pas été corrélé à la fréquentation », tranche le rapport (p. 88 et suiv.).
> La Région, qui consacre aux transports 31 % de son budget de fonctionnement, rappelle qu’elle a hérité de la compétence sur les lignes d’équilibre du territoire, les ex-Intercités, en 2018, « sans compensation intégrale de l’État ». Elle chiffre le manque à gagner à 42 millions d’euros par an.
> Au-delà des chiffres, la chambre pointe un défaut de pilotage. Entre 2019 et 2026, la Région n’a réuni que deux fois le comité de suivi de la convention, prévu chaque trimestre par l’article 12, et n’a jamais exercé le droit d’audit que lui ouvrait l’article 31 sur les comptes de la ligne. « La collectivité s’est privée des moyens de contrôler le service qu’elle finance à hauteur de 71 % », écrivent les magistrats, qui relèvent que les données de fréquentation transmises par SNCF Voyageurs n’ont fait l’objet d’aucune vérification contradictoire, alors que la contribution régionale en dépend directement. Le rapport cite l’exemple de la ligne Orléans-Montargis, dont la fréquentation déclarée a augmenté de 18 % en 2024 sans que la Région puisse en vérifier l’origine (rapport, annexe n° 3).

=== fr-plain-arnaque-faux-conseiller
lang: fr
outlet: Ouest Consommation
title: Arnaque au faux conseiller bancaire : une retraitée de Quimper perd 38 500 euros en une matinée
caption: Le numéro affiché imitait celui de l’agence bancaire de la victime.
link: https://example.fr/consommation/arnaque-faux-conseiller-bancaire-quimper
author: Gaëlle Le Floc’h
date: 2028-11-08 07:00:00
tags: Consommation, Arnaques, Banque
options: nnbsp bom
> Le téléphone a sonné un mardi, à 9 h 14. Sur l’écran, le numéro de son agence du Crédit Armoricain, à Quimper. « Madame Le Goff ? Ici le service fraude. Nous avons détecté un paiement suspect de 1 249,99 € sur un site de vente d’iPhone. » Au bout du fil, une voix calme, polie, qui connaît son nom, son adresse et les quatre derniers chiffres de sa carte.
> Maryvonne Le Goff, 76 ans, ancienne institutrice, n’a rien vu venir. En moins de deux heures, elle a validé sur son application bancaire six « opérations d’annulation » qui étaient en réalité des virements vers des comptes ouverts en Lituanie et au Portugal. Total : 38 500 euros, soit l’essentiel de ses économies.
> Ce mode opératoire, dit du « spoofing », permet d’afficher un numéro falsifié sur le téléphone de la victime. Selon la Fédération bancaire française (FBF), les escroqueries de ce type ont représenté 382 millions d’euros de préjudice en 2027, en hausse de 21 % sur un an.
> « Votre banque ne vous demandera jamais de valider une opération pour l’annuler. Jamais. Si on vous le demande, raccrochez et rappelez vous-même votre conseiller », martèle le commandant Yann Kerbrat, de la brigade de gendarmerie de Quimper, qui a recueilli la plainte de Mme Le Goff.
> Son banquier lui a d’abord opposé un refus de remboursement, au motif qu’elle avait elle-même validé les virements. Or, selon une décision de la Cour de cassation du 14 mars 2027 (pourvoi n° 25-11.482), c’est à la banque de prouver la « négligence grave » de son client, ce qui n’est pas établi lorsque l’escroc a usurpé le numéro de l’agence.
> L’association de consommateurs UFC-Que Choisir a mis en ligne un modèle de lettre de réclamation sur son site, www.quechoisir.example.org/arnaques, et conseille de saisir le médiateur bancaire en cas de refus. Les victimes peuvent aussi signaler les faits sur la plateforme Perceval (pour les cartes) ou sur www.pharos.example.gouv.fr.
> Contacté, le Crédit Armoricain indique avoir « réexaminé le dossier » et proposé un remboursement partiel de 70 %. « Ce n’est pas assez, mais c’est déjà ça », soupire Maryvonne Le Goff, qui a changé de numéro et de carte bancaire. Pour témoigner, écrivez-nous à temoignages@ouest-conso.example.fr.
> Le scénario est presque toujours le même. L’escroc se procure d’abord les coordonnées de sa cible, souvent grâce à un faux SMS de livraison de colis ou de renouvellement de carte Vitale. La victime, en cliquant sur le lien, saisit ses identifiants sur une copie parfaite du site de sa banque. Quelques jours plus tard, le faux conseiller appelle, fort de ces informations.
> Les banques ont renforcé leurs dispositifs. Depuis le 1er octobre 2026, les opérateurs téléphoniques doivent bloquer les appels dont le numéro affiché a été falsifié, conformément à la loi. Mais les fraudeurs contournent le dispositif en passant par des applications de messagerie comme WhatsApp ou par des numéros mobiles étrangers.
> « Les victimes ont honte, beaucoup ne portent pas plainte. On estime qu’une sur trois seulement se signale », regrette Me Anne-Laure Tanguy, avocate au barreau de Brest, qui défend une quarantaine de clients dans des dossiers similaires. Elle conseille de déposer plainte dans les 48 heures et d’exiger par écrit le motif de tout refus de remboursement.
> La FBF rappelle un numéro unique, le 33 700, pour signaler les SMS frauduleux, et invite à vérifier les adresses des sites avant toute saisie d’identifiants. Sa campagne de prévention, « Raccrochez, rappelez », sera diffusée à partir du 15 novembre à la télévision et sur les réseaux sociaux, notamment TikTok et YouTube.
> Depuis la publication de son témoignage sur le groupe Facebook de son quartier, Maryvonne Le Goff reçoit des messages de dizaines de retraités. « Une voisine de 81 ans a reçu le même appel la semaine dernière. Elle a raccroché parce qu’elle avait lu mon histoire. Si ça peut servir à ça, tant mieux. »

=== fr-plain-parfumerie-grasse
lang: fr
outlet: Riviera Économie
title: Parfum : le groupe américain McKinley & Rose rachète la maison grassoise Fragonnet pour 640 millions d’euros
caption: L’usine historique de Fragonnet, boulevard Fragonard, à Grasse.
link: https://example.fr/economie/mckinley-rose-rachete-fragonnet-grasse
author: Sophie Aubanel
date: 2028-07-03 12:10:00
tags: Économie, Luxe, Grasse
> Fondée en 1893 à Grasse, la maison Fragonnet, connue pour ses eaux de Cologne et son célèbre flacon « Lavande royale », passe sous pavillon américain. Le groupe McKinley & Rose Inc., coté à New York et propriétaire notamment des marques BeautyLab et DeLuxe Paris, a annoncé lundi l’acquisition de 100 % du capital pour 640 millions d’euros.
> La famille Aubert-Fragonnet, qui détenait 72 % des parts, et le fonds d’investissement lyonnais Rhône Capital Partners (28 %) ont accepté l’offre, qui valorise l’entreprise à 19,5 fois son résultat d’exploitation de 2027. Fragonnet a réalisé l’an dernier un chiffre d’affaires de 212,4 millions d’euros, dont 61 % à l’export.
> « Nous ne touchons ni aux équipes, ni aux sites, ni aux formules. Nous apportons un réseau de distribution, notamment en Asie », a assuré le PDG de McKinley & Rose, M. Daniel O’Connor, lors d’une visite de l’usine du boulevard Fragonard. Le groupe s’engage à maintenir les 540 emplois à Grasse pendant au moins cinq ans.
> À Grasse, l’annonce suscite des sentiments mêlés. « Ça fait toujours un pincement au cœur de voir une maison de cette histoire partir à l’étranger, mais sans investisseur, Fragonnet aurait dû réduire la voilure », confie un ancien parfumeur de la maison, qui souhaite rester anonyme.
> Le maire de Grasse, Jérôme Castellan, rappelle de son côté que les savoir-faire liés au parfum en pays de Grasse sont inscrits depuis 2018 au patrimoine culturel immatériel de l’Unesco. « Ce savoir-faire ne se délocalise pas. Les champs de jasmin et de rose centifolia sont ici, et ils y resteront. »
> La CFE-CGC et la CGT ont demandé la tenue d’un CSE extraordinaire avant la fin du mois, et réclament un accord écrit sur le maintien de l’emploi et de la production de l’essence absolue de jasmin, dont Fragonnet achète 4,2 tonnes par an aux producteurs locaux, soit près de 40 % de la récolte du pays grassois.
> L’opération, soumise à l’autorisation de l’Autorité de la concurrence et au contrôle des investissements étrangers de Bercy, devrait être finalisée d’ici au 31 décembre. La marque conservera son nom et son siège social au 20, boulevard Fragonard, précise le communiqué publié sur www.mckinleyrose.example.com.
> Fragonnet n’est pas la première maison grassoise à changer de mains. En 2019, le groupe suisse Osmara avait racheté la parfumerie Molinar, et en 2023 le japonais Kaori Holdings avait pris le contrôle de la Maison Galimard pour 85 millions d’euros. « Grasse est devenue une cible, parce que le made in France du parfum se vend très cher en Asie et aux États-Unis », résume l’analyste Claire Daumas, chez la Banque Ardent.
> Pour McKinley & Rose, l’opération marque un retour en Europe après la cession, en 2024, de sa filiale britannique Harrow & Sons. Le groupe, qui a réalisé 8,7 milliards de dollars de chiffre d’affaires en 2027, vise 25 % de ventes dans le luxe d’ici à 2030, contre 14 % aujourd’hui. L’action a gagné 3,2 % lundi à Wall Street.
> Chez Fragonnet, la direction générale restera assurée par Caroline Aubert-Fragonnet, arrière-petite-fille du fondateur, qui conservera un siège au conseil d’administration du groupe américain. « Mon arrière-grand-père vendait ses flacons à Saint-Pétersbourg et à Buenos Aires. Il aurait compris qu’on cherche à grandir », a-t-elle déclaré au personnel réuni lundi matin dans la cour de l’usine.
> Les producteurs de fleurs, eux, attendent des garanties. « Fragonnet nous achète notre jasmin au prix juste, 70 € le kilo de fleurs, contre 15 € en Égypte ou en Inde. Si les nouveaux propriétaires décident de s’approvisionner ailleurs, c’est la fin de nos exploitations », prévient Armelle Jourdan, présidente de l’association Les Fleurs d’exception du pays de Grasse, qui représente une trentaine de cultivateurs.
> McKinley & Rose assure avoir inscrit dans le protocole d’accord un engagement d’achat minimal de 3,5 tonnes de jasmin grassois par an jusqu’en 2035, ainsi que le maintien du prix d’achat indexé sur l’inflation.

