#! French round 9 live blogs: invented news, people, places and outlets.

=== fr-live-incendie-sarriere
lang: fr
outlet: Le Courrier du Haut-Var
title: Incendie dans le massif de la Sarrière : 2 300 hectares parcourus, 1 800 habitants évacués, suivez notre direct
caption: Un Canadair largue sur les flammes au-dessus de Saint-Amand-des-Bois, mardi après-midi.
link: https://example.fr/var/incendie-massif-sarriere-direct
author: Nathalie Brémond et Julien Audibert
date: 2032-07-27 19:20:00
tags: Incendie, Feux de forêt, Haut-Var, Sécurité civile
options: time=prefix bullet=⇒
> Le feu, parti lundi vers 13 heures en bordure de la route départementale n° 48 entre Saint-Amand-des-Bois et Vallauris-le-Haut, n’est toujours pas fixé mardi soir. Poussé par un mistral soufflant jusqu’à 80 km/h, il a déjà parcouru 2 300 hectares de pinède et de garrigue, selon le dernier bilan de la préfecture.
> Près de 900 pompiers, appuyés par des avions bombardiers d’eau et six hélicoptères, sont engagés. 1 800 habitants ont été évacués et passent une deuxième nuit hors de chez eux. Aucune victime n’est à déplorer, mais trois pompiers ont été légèrement blessés.
kp: Ce qu’il faut savoir
* 2 300 hectares parcourus, le feu n’est pas fixé
* 1 800 habitants évacués, deux gymnases ouverts
* Trois pompiers légèrement blessés
* L’A8 rouverte dans les deux sens
## 19h05 | Le préfet : « La nuit sera décisive »
> Lors d’un point presse à la mairie de Saint-Amand-des-Bois, le préfet du Var, M. Olivier Castagné, a averti que « la nuit sera décisive ». Le vent doit faiblir après minuit, ce qui pourrait permettre aux pompiers de « travailler les lisières » et de consolider les lignes d’appui. « Nous ne crierons pas victoire avant d’avoir vu le jour se lever. »
> Il a par ailleurs confirmé que les habitants évacués ne pourront pas regagner leur domicile avant jeudi « au plus tôt ».
## 18h40 | 2 300 hectares parcourus, le feu n’est pas fixé
> Le dernier bilan communiqué par le Service départemental d’incendie et de secours (SDIS 83) fait état de 2 300 hectares parcourus, contre 1 650 ce matin. Le front principal progresse vers le nord-est, en direction du plateau de Canjuers, à une vitesse estimée à 1,5 km/h.
> 14 avions bombardiers d’eau ont effectué plus de 310 largages depuis lundi. Les pilotes doivent faire le plein d’eau sur le lac de Sainte-Croix, à une vingtaine de minutes de vol, ce qui limite les rotations.
## 17h52 | « On a tout arrosé, puis on est partis »
> Au gymnase Marcel-Pagnol de Vallauris-le-Haut, transformé en centre d’accueil, une centaine de personnes attendent des nouvelles. Parmi elles, Mme Josiane Reboul, 78 ans, évacuée lundi soir avec son mari. « On a tout arrosé, le jardin, les volets, la façade... puis les gendarmes nous ont dit de partir. On n’a pris que les médicaments et le chat. »
> – Vous savez si la maison tient ? lui demande une voisine.
> – Personne ne sait rien. On attend.
> La Croix-Rouge a distribué 600 repas depuis lundi. Une cellule d’écoute psychologique est ouverte sur place jusqu’à 22 heures.
## 17h15 | Trois pompiers légèrement blessés
> Trois sapeurs-pompiers ont été légèrement blessés en fin d’après-midi : deux souffrent de brûlures aux mains, le troisième a été victime d’un coup de chaleur. Ils ont été transportés au centre hospitalier de Draguignan, où le Dr Hélène Sauvaire, chef des urgences, a indiqué que leurs jours « ne sont pas en danger ».
## 16h30 | L’oppidum du Castelet menacé par les flammes ?
> Les archéologues s’inquiètent pour l’oppidum du Castelet, un site fortifié occupé entre le IIIe et le Ier siècle av. J.-C., situé à moins de 2 km du front. « Les remparts de pierre sèche ne brûlent pas, mais la chaleur peut les fragiliser et les engins lourds risquent de les endommager », explique l’archéologue Pierre-Yves Martel, qui a fouillé le site en 2019.
> Le SDIS assure avoir « intégré le site dans la stratégie de lutte » et demandé aux engins de ne pas emprunter la piste qui le traverse.
## 15h48 | L’A8 rouverte dans les deux sens
> L’autoroute A8, coupée lundi soir entre les échangeurs du Luc et de Brignoles en raison des fumées, a rouvert dans les deux sens vers 15h30, a annoncé la société concessionnaire. La circulation reste dense, et la vitesse est limitée à 90 km/h sur 12 km.
> Les routes départementales n° 48 et n° 557 restent en revanche fermées. Les informations sont mises à jour sur www.inforoute83.example.fr.
## 14h32 | 1 800 habitants évacués, deux gymnases ouverts
> Les quartiers des Adrets, du Pas-de-la-Mule et du hameau de St-Pons ont été évacués dans la nuit. Au total, 1 800 personnes ont dû quitter leur domicile, dont les 140 résidents de l’Ehpad Les Oliviers, transférés vers des établissements de Draguignan et de Brignoles.
> Les mairies ont ouvert deux gymnases. Les familles peuvent signaler un proche introuvable par courriel à evacuation-sarriere@var.example.gouv.fr.
## 13h10 | Le feu a franchi la D48 pendant la nuit
> Vers 2 heures du matin, les flammes ont sauté la route départementale, pourtant choisie comme ligne de défense. « Des sautes de feu de plusieurs centaines de mètres, on n’avait pas vu ça depuis 2017 », témoigne le commandant Frédéric Lanza, du SDIS 83.
## 11h20 | Une enquête ouverte pour « destruction involontaire »
> Le parquet de Draguignan a ouvert une enquête pour « destruction involontaire par incendie ». Selon une source proche du dossier, le feu pourrait être parti de travaux de débroussaillage réalisés avec une disqueuse sur un terrain privé, malgré l’interdiction en vigueur depuis le 1er juillet. Le propriétaire, un homme de 58 ans, a été entendu par les gendarmes.
## 9h05 | Reprise des largages à l’aube
> Les avions de la Sécurité civile ont repris les largages dès 6h45. Les Canadair ne peuvent pas voler de nuit : les pompiers au sol ont lutté seuls pendant plus de huit heures.

=== fr-live-canicule-centre
lang: fr
outlet: L’Éclaireur du Centre
title: Canicule : vigilance rouge dans 14 départements, records absolus attendus jeudi, les infos en direct
caption: Des enfants se rafraîchissent dans les jets d’eau du jardin des Prébendes, à Tours.
link: https://example.fr/meteo/canicule-vigilance-rouge-direct
author: Élodie Fauchereau
date: 2032-08-11 16:45:00
tags: Canicule, Météo, Santé, Vigilance rouge
options: time=glued bullet=• nnbsp
> Météo-France a placé 14 départements en vigilance rouge canicule à compter de mercredi midi, une première pour la région Centre-Val de Loire. Les températures maximales devraient atteindre 41 à 43 °C jeudi entre la Touraine et le Berry, avec des nuits tropicales où le thermomètre ne descendra pas sous 24 °C.
> Les préfectures ont activé le niveau 4 du plan canicule. Écoles, collèges et centres de loisirs sont fermés jeudi et vendredi dans les départements concernés, et de nombreuses manifestations estivales ont été annulées ou reportées.
kp: Les infos à retenir
* 14 départements en vigilance rouge à partir de mercredi midi
* Écoles et centres de loisirs fermés jeudi et vendredi
* Record absolu battu à Châteauroux
* Le numéro Canicule Info Service activé
## Il y a 5 minutes | Record absolu à Châteauroux : 42,6 °C !
> La station de Châteauroux-Déols a relevé 42,6 °C à 16h10, battant de 1,3 °C le précédent record absolu, qui datait d’août 2003. « Et le pic de la journée n’est pas encore atteint », prévient le prévisionniste Marc-Antoine Bilger, joint par téléphone.
## Il y a 22 minutes | La consommation d’électricité en hausse de 9 %
> RTE, le gestionnaire du réseau de transport d’électricité, anticipe une consommation en hausse de 9 % par rapport à un mois d’août ordinaire, tirée par la climatisation. Aucun risque de coupure n’est toutefois envisagé à ce stade : « Les marges sont confortables », assure l’opérateur.
> La centrale nucléaire de Belleville-sur-Loire pourrait en revanche devoir réduire sa production vendredi, la température de la Loire approchant le seuil réglementaire de rejet des eaux de refroidissement.
## Il y a 48 minutes | « Les personnes âgées ne ressentent pas la soif »
> Aux urgences du CHU de Tours, le Dr Claire Vasseur constate déjà une hausse des admissions pour déshydratation et malaises. « Les personnes âgées ne ressentent pas la soif. Il faut les faire boire, même quand elles disent qu’elles n’ont besoin de rien », rappelle l’urgentiste. Elle conseille de les appeler au moins deux fois par jour.
> Les mairies ont rouvert leurs registres des personnes vulnérables. À Bourges, 2 140 personnes y sont inscrites et reçoivent un appel quotidien des agents du centre communal d’action sociale (CCAS).
> Le numéro Canicule Info Service, le 0 800 06 66 66, est joignable gratuitement tous les jours de 9 heures à 19 heures.
## Il y a 1 heure | Quels lieux rafraîchis ouverts au public ?
> Plusieurs villes ont dressé la liste des lieux climatisés accessibles gratuitement : médiathèques, musées, centres commerciaux, églises, etc. À Tours, les horaires des piscines municipales sont étendus jusqu’à 22 heures. À Blois, le musée de la Résistance ouvre exceptionnellement le lundi.
> La carte complète des « îlots de fraîcheur » de l’agglomération tourangelle est disponible sur https://www.tours-metropole.example.fr/ilots-fraicheur.
## Il y a 2 heures | Les festivals reportent leurs concerts
> Le festival Terres de Loire, qui devait accueillir 18 000 spectateurs jeudi soir à Amboise, a repoussé ses trois concerts à la mi-septembre. « On ne peut pas faire attendre des milliers de gens debout, en plein soleil, pendant des heures », justifie son directeur, Samuel Ferrand. Les billets restent valables.
## Il y a 3 heures | Écoles et centres de loisirs fermés jeudi et vendredi
> Le rectorat d’Orléans-Tours a confirmé la fermeture des établissements scolaires accueillant des élèves en stage de remise à niveau. Les centres de loisirs municipaux fermeront également, sauf pour les enfants de soignants, accueillis dans des salles climatisées.
## Il y a 4 heures | 14 départements en vigilance rouge
> Météo-France a annoncé le passage en vigilance rouge de l’Indre-et-Loire, du Loir-et-Cher, de l’Indre, du Cher, de la Vienne et de neuf autres départements. 38 départements sont en vigilance orange. L’épisode devrait durer jusqu’à samedi au moins.

=== fr-live-verdict-montclaret
lang: fr
outlet: La Dépêche des Causses
title: Procès des marchés publics de Montclaret : l’ancien maire condamné à trois ans de prison dont un ferme, revivez l’audience
caption: L’ancien maire de Montclaret, Bertrand Lhomme, à son arrivée au tribunal correctionnel de Rodez.
link: https://example.fr/justice/proces-montclaret-verdict-direct
author: Thibault Carrière
date: 2032-03-14 18:55:00
tags: Justice, Montclaret, Corruption, Aveyron
options: time=colon
> Le tribunal correctionnel de Rodez a rendu jeudi son jugement dans l’affaire des marchés publics de Montclaret. L’ancien maire (DVD) Bertrand Lhomme, 64 ans, a été reconnu coupable de corruption passive et de favoritisme et condamné à trois ans d’emprisonnement, dont un an ferme aménageable sous bracelet électronique, ainsi qu’à cinq ans d’inéligibilité.
> L’entrepreneur Cédric Ayrault, patron de la société de travaux publics Ayrault TP, écope de deux ans avec sursis et de 150 000 euros d’amende. Un troisième prévenu, l’ancien directeur général des services, a été relaxé.
## 18h40 | Me Valéry annonce que son client va faire appel
> À la sortie de la salle d’audience, l’avocat de Bertrand Lhomme, Me Antoine Valéry, a annoncé que son client allait interjeter appel « dès demain matin ». « Le tribunal a condamné un homme sur des présomptions. Il n’y a dans ce dossier ni enveloppe, ni virement, ni aveu », a-t-il martelé devant les caméras.
> L’ancien maire, lui, est reparti sans un mot, au bras de son épouse.
## 18h22 | « Enfin, la vérité est dite »
> Sur les marches du palais de justice, Sylvie Courtade, l’élue d’opposition dont le signalement avait déclenché l’enquête en 2027, a laissé éclater son émotion. « Enfin, la vérité est dite. Pendant des années, on m’a traitée de menteuse et de jalouse dans les rues de Montclaret. » Elle avait été placée sous protection fonctionnelle après avoir reçu des menaces.
## 18h05 | Le DGS relaxé
> L’ancien directeur général des services de la commune, Jean-Marc Fabre, est relaxé de l’ensemble des faits qui lui étaient reprochés. Le tribunal considère qu’il « n’a fait qu’exécuter les instructions de l’autorité territoriale » et qu’il n’est pas établi qu’il ait eu connaissance du pacte de corruption.
## 17h58 | L’entrepreneur condamné à deux ans avec sursis
> Cédric Ayrault est condamné à deux ans d’emprisonnement avec sursis et à 150 000 euros d’amende pour corruption active. Sa société, Ayrault TP, est condamnée à une amende de 400 000 euros et exclue des marchés publics pour une durée de trois ans.
> Le chef d’entreprise, qui emploie 85 salariés, est resté impassible. Son avocate, Me Laure Mercadier, indique qu’elle « prendra le temps d’étudier la décision » avant de se prononcer sur un éventuel appel.
## 17h45 | Bertrand Lhomme condamné à trois ans, dont un ferme
> La présidente Isabelle Royer lit le dispositif. Bertrand Lhomme est reconnu coupable de corruption passive et de favoritisme pour l’attribution de quatre marchés entre 2021 et 2026, dont celui de la rénovation de la salle des fêtes, pour un montant total de 3,8 millions d’euros.
> – Monsieur Lhomme, levez-vous, s’il vous plaît.
> – Oui, madame la présidente.
> Il est condamné à trois ans d’emprisonnement, dont deux avec sursis. La partie ferme sera aménagée sous surveillance électronique. Le tribunal prononce en outre cinq ans d’inéligibilité avec exécution provisoire, ce qui signifie que la peine s’applique immédiatement, même en cas d’appel.
> Dans la salle, quelques soutiens de l’ancien maire se lèvent et quittent les lieux. La présidente rappelle le public au silence.
## 17h30 | Pourquoi le tribunal écarte-t-il la prescription ?
> Avant d’en venir aux peines, la présidente répond longuement aux arguments de la défense, qui estimait une partie des faits prescrits. Le tribunal juge au contraire que la dissimulation des faits a retardé le point de départ du délai, les avenants aux contrats ayant été « délibérément fractionnés » pour rester sous les seuils de publicité fixés par le Code de la commande publique.
## 17h12 | La présidente entame la lecture de la décision
> L’audience reprend avec quarante minutes de retard. La salle n° 2 du tribunal, trop petite, est comble : une soixantaine de personnes, dont de nombreux habitants de Montclaret, ont fait le déplacement. MM. Lhomme et Ayrault sont assis côte à côte au premier rang.
## 16h30 | Rappel des réquisitions
> Lors du procès, en janvier, le procureur de la République, Guillaume Nivet, avait requis quatre ans d’emprisonnement dont deux ferme et cinq ans d’inéligibilité contre l’ancien maire. Il avait décrit « un système » dans lequel les marchés de la commune étaient attribués « avant même la publication de l’avis d’appel public à la concurrence ».

=== fr-live-mercato-dernier-jour
lang: fr
outlet: Sud Foot Quotidien
title: Mercato : dernier jour du marché des transferts, Valmont frappe fort, Sarzeau s’agite… suivez le direct
caption: Le défenseur Ibrahima Sané lors de sa visite médicale à Valmont, lundi.
link: https://example.fr/football/mercato-dernier-jour-direct
author: Yohann Peyrefitte et Lina Haddou
date: 2032-09-01 23:55:00
tags: Mercato, Football, Ligue 1, Transferts
options: time=suffixglued bullet=- crlf
> Le marché estival des transferts ferme ses portes ce lundi à 23 heures pour les clubs de Ligue 1 et de Ligue 2. Comme chaque année, les dernières heures s’annoncent agitées, avec plusieurs dossiers encore ouverts à Valmont, Sarzeau et Perpignan.
> Dans ce direct, retrouvez toutes les arrivées, les départs, les rumeurs et les dossiers avortés de la journée, ainsi que le bilan de chaque club.
kp: Les transferts du jour
* Officiel : Valmont recrute Ibrahima Sané pour 24 millions
* Le prêt de Théo Marchetti à Sarzeau est bouclé
* Perpignan rate Joaquim Serrador
* Alexis Kervella prolonge à Brest-Iroise
## 23h50 | Le bilan de la journée : 31 transferts enregistrés par la LFP
> Selon les chiffres provisoires de la Ligue de football professionnel, 31 transferts ont été homologués ce lundi pour les clubs de Ligue 1 et de Ligue 2, dont 12 prêts. Les clubs de l’élite ont dépensé 212 millions d’euros sur l’ensemble de l’été, un montant en hausse de 18 % par rapport à l’an dernier.
## 23h01 | C’est fini !
> Le marché est désormais fermé. Les dossiers déposés avant 23 heures peuvent encore être homologués dans la nuit par la LFP, mais plus aucune signature n’est possible.
## 22h48 | Coup de théâtre : Serrador ne viendra pas à Perpignan
> Le milieu portugais Joaquim Serrador, annoncé tout l’après-midi à Perpignan, ne signera pas. Selon nos informations, l’accord entre les clubs n’a pas pu être finalisé à temps, faute d’accord sur un bonus lié à une éventuelle qualification européenne. « On était à 500 000 euros près... », soupire un dirigeant catalan.
## 22h30 | Le prêt de Théo Marchetti à Sarzeau est bouclé
> L’Olympique de Sarzeau a obtenu le prêt avec option d’achat de l’attaquant Théo Marchetti, 21 ans, en provenance de Valmont. L’option est fixée à 8 millions d’euros. Marchetti avait inscrit 9 buts en Ligue 2 la saison dernière lors d’un premier prêt à Laval-Mayenne.
## 22h05 | Que va faire Sarzeau de ses 40 millions ?
> Après la vente de son capitaine Romain Le Duff en Angleterre la semaine dernière, l’Olympique de Sarzeau dispose d’une marge financière inédite. Mais son président, Hervé Guillemot, répète qu’il ne veut pas « dépenser pour dépenser ». Le club a pour l’instant recruté deux joueurs seulement.
## 21h40 | Perpignan officialise l’arrivée de Mamadou Kanté
> Le Racing Perpignan Roussillon annonce la signature du latéral gauche sénégalais Mamadou Kanté, 26 ans, pour trois saisons. Le montant du transfert n’a pas été communiqué, mais il avoisinerait 3,5 millions d’euros, bonus compris.
## 21h12 | Alexis Kervella prolonge à Brest-Iroise
> Courtisé par plusieurs clubs allemands, le milieu offensif Alexis Kervella a finalement prolongé son contrat jusqu’en juin 2036 au Stade Brest-Iroise. « Je me sens bien ici, ma famille aussi. Partir maintenant aurait été une erreur », a expliqué le joueur sur le site officiel du club.
## 20h35 | « Ce n’est pas le moment de partir », dixit Nicolas Berthier
> L’entraîneur de Valmont, Nicolas Berthier, a fermé la porte à un départ de son gardien Yanis Boudjema, annoncé en Italie. « Ce n’est pas le moment de partir. Yanis est notre titulaire, il le restera. » Le club transalpin de l’AC Vercelli aurait pourtant proposé 12 millions d’euros.
## 19h58 | Officiel : Valmont recrute Ibrahima Sané
> C’est officiel. Le FC Valmont annonce l’arrivée du défenseur central Ibrahima Sané, 23 ans, en provenance du club belge de Sporting Anvers. Le montant du transfert, 24 millions d’euros hors bonus, en fait la recrue la plus chère de l’histoire du club.
> Sané, international sénégalais (14 sélections), a signé un contrat de cinq ans. Il portera le numéro 4.
> « Ibrahima a toutes les qualités pour devenir l’un des meilleurs défenseurs du championnat », s’est félicité le directeur sportif valmontois, Mathias Ollier.
## 18h20 | Visite médicale réussie pour Sané
> Arrivé en fin de matinée à l’aéroport de Valmont-Aérodrome, Ibrahima Sané a passé avec succès sa visite médicale dans une clinique de la ville. Une cinquantaine de supporters l’attendaient à la sortie, maillot sur le dos.
## 17h45 | Le nouveau sponsor maillot de Valmont s’appelle PayFlow
> Le FC Valmont a profité de cette journée chargée pour présenter son nouveau partenaire principal, la néobanque PayFlow, dont le logo apparaîtra sur le maillot dès le match de samedi. Le contrat porterait sur 6 millions d’euros par saison pendant trois ans.
## 16h30 | Sarzeau-Valmont, le feuilleton Marchetti
> Les deux clubs discutent depuis dimanche soir du prêt de Théo Marchetti. Blocage principal : le montant de l’option d’achat, que Valmont voulait fixer à 10 millions et Sarzeau à 6. Un terrain d’entente semble se dessiner.
## 9h00 | Bonjour et bienvenue dans ce direct !
> Bienvenue dans ce direct consacré à la dernière journée du mercato estival. Restez avec nous jusqu’à la fermeture, à 23 heures, et au-delà pour les éventuelles homologations tardives.

=== fr-live-conseil-saint-loubes
lang: fr
outlet: L’Écho de la Dronne
title: Conseil municipal de Saint-Loubès-sur-Dronne : le budget 2033 adopté au terme d’une séance houleuse
caption: La salle du conseil municipal de Saint-Loubès-sur-Dronne, lundi soir.
link: https://example.fr/dronne/conseil-municipal-budget-2033-direct
author: Amandine Cazeneuve
date: 2032-12-15 23:20:00
tags: Saint-Loubès-sur-Dronne, Conseil municipal, Budget, Politique locale
options: time=paren bullet=⇒ authorspace
> Le conseil municipal de Saint-Loubès-sur-Dronne se réunissait lundi soir pour voter le budget primitif 2033. Au menu également : la hausse de la taxe foncière, la fermeture de la piscine Jean-Bouin et la vente d’un terrain communal à un promoteur.
> La séance, ouverte à 19 heures par la maire, Mme Corinne Lavergne (divers gauche), a duré plus de quatre heures. Une centaine d’habitants avaient pris place dans le public.
kp: À retenir
* Le budget 2033 adopté par 23 voix contre 6
* La taxe foncière augmente de 4,5 %
* Sursis d’un an pour la piscine Jean-Bouin
## 22 h 58 | Le budget 2033 adopté par 23 voix contre 6
> Après plus de quatre heures de débats, le budget primitif est adopté par 23 voix pour, 6 contre et 4 abstentions. Il s’élève à 18,4 millions d’euros, dont 5,1 millions d’investissement, principalement consacrés à la rénovation de l’école Jules-Verne et à la voirie.
> « C’est un budget de responsabilité dans un contexte difficile », a conclu la maire, sous les applaudissements d’une partie du public et les sifflets de l’autre. Elle a levé la séance à 23 h 05.
## 21 h 40 | « Vous bradez le patrimoine des Loubésiens ! »
> Le projet de vente du terrain des Granges, 2,3 hectares en bordure de la rocade, au promoteur Habitat Dordogne S.A. pour 1,2 million d’euros a provoqué l’échange le plus vif de la soirée. « Vous bradez le patrimoine des Loubésiens ! », a lancé Patrick Desmoulins, chef de file de l’opposition (LR).
> « Ce terrain est en friche depuis quinze ans. Il accueillera 64 logements, dont un tiers de logements sociaux », lui a répondu l’adjoint à l’urbanisme, M. Karim Belkacem. La délibération a été adoptée par 22 voix contre 11.
## 20 h 47 | La piscine Jean-Bouin obtient un sursis d’un an
> Faute de consensus, la maire a retiré de l’ordre du jour la délibération prévoyant la fermeture définitive de la piscine, construite en 1974 et dont la rénovation est estimée à 7 millions d’euros. Une étude sera confiée à la communauté de communes du Pays de la Dronne.
> 2 400 personnes avaient signé la pétition lancée par l’association des nageurs loubésiens. Sa présidente, Martine Gaudin, présente dans le public, s’est dite « soulagée, mais pas rassurée ».
## 19 h 52 | Taxe foncière : une hausse de 4,5 %
> Le taux de la taxe foncière sur les propriétés bâties passera de 38,2 % à 39,9 %, soit une hausse de 4,5 %. Pour un propriétaire d’une maison moyenne, cela représente une quarantaine d’euros supplémentaires par an, selon les calculs de la commune.
> L’opposition a dénoncé « un matraquage fiscal ». La maire a rappelé que la dotation de l’État avait baissé de 310 000 euros en trois ans.

=== fr-live-bac-philo
lang: fr
outlet: Éducation Ouest
title: Bac 2033 : découvrez les sujets de l’épreuve de philosophie, suivez le direct
caption: Des candidats entrent dans le lycée Chateaubriand, à Rennes, lundi matin.
link: https://example.fr/education/bac-2033-philosophie-sujets-direct
author: Mathilde Le Goff
date: 2033-06-16 13:10:00
tags: Bac 2033, Philosophie, Examens, Lycée
options: time=dash
> Le coup d’envoi du baccalauréat 2033 est donné ce lundi avec l’épreuve de philosophie. Plus de 540 000 candidats de la voie générale et technologique planchent pendant quatre heures, de 8 heures à 12 heures, sur l’un des trois sujets proposés : deux dissertations ou une explication de texte.
> Les résultats du bac seront publiés le 7 juillet à partir de 10 heures.
## 12h40 | Les premiers corrigés en ligne
> Les corrigés rédigés par nos professeurs partenaires sont désormais disponibles. Pour le sujet « Le bonheur est-il une affaire de raison ? », M. Gilles Prigent, professeur au lycée Descartes de Vannes, conseille de « ne pas opposer trop vite raison et passion ». Un bon plan en trois parties pouvait s’appuyer sur Épicure, Kant et Spinoza.
## 12h15 | « J’ai pris le texte de Simone Weil, je crois que ça va »
> À la sortie du lycée Chateaubriand, les visages sont plutôt détendus. « J’ai pris le texte de Simone Weil, je crois que ça va », confie Louna, 17 ans. Son ami Ethan a choisi la dissertation sur le travail : « Il y avait de quoi dire, on l’avait vu en cours en mars. »
> – Et toi, tu as pris quoi ? lance une élève à sa voisine.
> – Le bonheur. Mais je suis pas sûre d’avoir répondu à la question...
## 11h30 | Le sujet sur le bonheur fait réagir sur TikTok
> Comme chaque année, les réseaux sociaux s’emparent des sujets. Sur TikTok, des milliers de vidéos ironisent sur le sujet du bonheur, « parfaitement de saison pour des gens enfermés quatre heures dans un gymnase ». Un mème revient en boucle : « Le bonheur, c’est de sortir à 9 heures. »
## 10h05 | Une fuite des sujets ? Le ministère dément
> Des captures d’écran présentées comme les sujets de l’épreuve ont circulé dimanche soir sur des messageries. Le ministère de l’Éducation nationale dément formellement : « Aucun sujet n’a fuité. Les documents qui circulent sont des faux. » Une plainte a été déposée.
## 9h00 | Les candidats peuvent sortir à partir de 9 heures
> Les candidats sont autorisés à quitter la salle une heure après le début de l’épreuve, soit à 9 heures. Ceux qui arrivent en retard sont admis jusqu’à 9 heures également, mais ne bénéficient d’aucun temps supplémentaire.
## 8h05 | Les sujets de philosophie de la voie générale
> Voici les trois sujets proposés aux candidats de la voie générale : Sujet 1 : « Le bonheur est-il une affaire de raison ? » Sujet 2 : « Le travail nous rend-il libres ? » Sujet 3 : explication d’un texte de Simone Weil, extrait de L’Enracinement (1949).
> 3 sujets différents ont été proposés aux candidats de la voie technologique : « Peut-on se passer de croire ? », « La technique nous éloigne-t-elle de la nature ? » et un texte de Rousseau.
## 7h45 | Portables interdits : les règles à connaître
> iPhone, montre connectée, écouteurs sans fil : tout appareil électronique doit être éteint et rangé dans le sac, lui-même déposé à l’entrée de la salle. Un candidat surpris avec un téléphone allumé encourt jusqu’à cinq ans d’interdiction de passer un examen, selon le Code de l’éducation.
## 7h30 | Bonjour et bon courage aux candidats !
> Bienvenue dans ce direct consacré à la première épreuve du bac 2033. Nous vous donnerons les sujets dès 8 heures, puis les réactions des élèves et des professeurs. Pour toute question : bac2033@education-ouest.example.fr.

=== fr-live-obseques-gilles-marsac
lang: fr
outlet: Le Républicain des Charentes
title: Obsèques de Gilles Marsac : des milliers d’anonymes à Rochefort-en-Vallée pour un dernier adieu au chanteur des quais
caption: Le cercueil de Gilles Marsac porté par ses musiciens sur le parvis de l’église Saint-Eutrope.
link: https://example.fr/culture/obseques-gilles-marsac-direct
author:
date: 2032-11-05 17:30:00
tags: Gilles Marsac, Chanson française, Obsèques, Rochefort-en-Vallée
options: bullet=- bom
> Ils étaient plusieurs milliers, ce samedi, massés dans les rues de Rochefort-en-Vallée pour accompagner Gilles Marsac jusqu’à sa dernière demeure. Le chanteur, auteur d’une quinzaine d’albums et de tubes comme Les Quais de Brest ou Mon père était docker, est mort lundi à 76 ans d’un cancer, dans sa maison de l’île d’Oléron.
> La cérémonie religieuse a été célébrée en l’église Saint-Eutrope en présence de sa famille, de nombreux artistes et du ministre de la Culture. Retransmise sur un écran géant installé place Colbert, elle a été suivie dans un silence impressionnant.
kp: L’essentiel
* Une foule estimée à 8 000 personnes par la mairie
* Sa fille Camille a lu une lettre inédite de son père
* Ses musiciens ont joué a cappella sur le parvis
* Inhumation dans l’intimité au cimetière marin de la Cotinière
## Le cercueil applaudi pendant de longues minutes
> À la sortie de l’église, vers 16 heures, le cercueil, porté par les six musiciens de son dernier groupe, a été longuement applaudi. Dans la foule, beaucoup reprenaient à voix basse le refrain de Mon père était docker. Certains avaient apporté des roses blanches, d’autres des vinyles dédicacés.
> Le convoi a ensuite pris la direction de l’île d’Oléron, où l’inhumation a eu lieu dans la stricte intimité familiale.
## « Il chantait pour ceux qu’on n’écoute jamais »
> Le prêtre, le père Bernard Faucher, ami de longue date du chanteur, a prononcé l’homélie. « Gilles n’allait pas souvent à la messe, et il le disait. Mais il chantait pour ceux qu’on n’écoute jamais : les dockers, les veuves, les ouvriers de l’arsenal. C’était sa façon de prier. »
## L’hommage bouleversant de sa fille Camille
> Très émue, Camille Marsac a lu une lettre que son père lui avait écrite en 1998, lors de sa première tournée au Québec. « Ma grande, ici il neige sur le Saint-Laurent et je pense à toi. Ne laisse jamais personne te dire que tu chantes faux. » La lecture a été suivie d’un long silence, puis d’applaudissements.
> Camille, 41 ans, elle-même musicienne, a annoncé qu’un album posthume, enregistré l’été dernier dans le studio familial, sortirait au printemps.
## Qui était Gilles Marsac ?
> Né en 1956 à Rochefort dans une famille d’ouvriers de l’arsenal, Gilles Marsac a commencé à chanter dans les bals de Charente-Maritime avant d’être repéré en 1979 par le producteur Jean-Claude Dumesnil. Son premier album, Vent de mer, s’est vendu à 300 000 exemplaires.
> 1984 marque son véritable envol avec Les Quais de Brest, resté vingt et une semaines en tête des ventes. Suivront plus de 2 000 concerts, trois Victoires de la musique et un engagement constant auprès des associations de marins-pêcheurs.
> Discret sur sa vie privée, il s’était installé à Oléron au début des années 2000. Il avait annoncé sa maladie en 2030 dans une lettre ouverte publiée sur son site, www.gillesmarsac.example.fr.
## Ses musiciens jouent « Les Quais de Brest »
> Avant l’entrée du cercueil dans l’église, les musiciens de Gilles Marsac ont entonné a cappella son plus grand succès, repris en chœur par la foule massée sur le parvis. « Il nous avait demandé de ne pas pleurer. On n’a pas tenu la promesse... », a glissé l’accordéoniste Didier Lamarque.
## Une foule venue de toute la France
> Dès 8 heures du matin, les premiers admirateurs s’étaient installés devant l’église. Michel et Annie, venus de Lorient, ont roulé toute la nuit. « On l’a vu quarante-deux fois en concert. On ne pouvait pas ne pas être là. » La mairie a estimé la foule à 8 000 personnes.
> M. Jacques Boisseau, le maire de Rochefort-en-Vallée, a fait installer deux écrans géants et décrété une journée de deuil municipal. Les drapeaux de l’hôtel de ville sont en berne.
