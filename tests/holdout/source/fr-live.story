#! French held-out articles, live tickers: invented news, invented people, clubs, parties and places.

=== fr-live-match-pontlieue
lang: fr
outlet: Ouest Sports
title: EN DIRECT. Racing Pontlieue – Olympique Auréen (2-1) : Soumaré délivre Pontlieue dans le temps additionnel
caption: Kader Soumaré célèbre son but de la tête, dimanche soir, au stade de la Mare-aux-Loups.
link: https://example.fr/football/ligue-1/direct-racing-pontlieue-olympique-aureen
author: Yann Le Goff
date: 2027-10-17 22:58:00
tags: Football, Ligue 1, Racing Pontlieue
options: time=suffix bullet=⇒
> Le choc de la 9e journée de Ligue 1 oppose ce dimanche soir le Racing Pontlieue, 3e avec 38 points, à l’Olympique Auréen, 5e avec 34 points, devant 28 412 spectateurs à la Mare-aux-Loups. Coup d’envoi à 20h45, suivez le match minute par minute avec notre envoyé spécial.
kp: Les infos à retenir
* Le Racing Pontlieue bat l’Olympique Auréen 2-1 grâce à un but de Kader Soumaré à la 90e+3.
* Théo Marchal expulsé à la 76e minute, Auréen a fini à dix.
* Pontlieue remonte à la deuxième place du classement.
## 22h51 | Coup de sifflet final, le Racing s’impose 2-1 et remonte à la deuxième place
> C’est terminé à la Mare-aux-Loups ! Le Racing Pontlieue s’impose 2-1 face à l’Olympique Auréen grâce à un but de Kader Soumaré dans le temps additionnel. Les 28 412 spectateurs exultent, les joueurs auréens s’effondrent sur la pelouse.
> Avec 41 points, Pontlieue revient à deux longueurs du leader, l’AS Rhodanienne, et compte désormais sept points d’avance sur son adversaire du soir. « On n’a rien lâché, c’est la marque des grandes équipes », a lancé l’entraîneur Pascal Rivière au micro de Canal Ouest.
## 22h48 | BUUUT de Kader Soumaré à la 90e+3 !
> Sur un centre millimétré de Kervella, Kader Soumaré surgit au premier poteau et trompe Delmas d’une tête décroisée : 2-1 pour Pontlieue à la 90e+3.
## 22h44 | Quatre minutes de temps additionnel
> L’arbitre, M. Laurent Cazenave, annonce 4’ supplémentaires.
## 22h31 | Carton rouge pour Théo Marchal, l’Olympique Auréen à dix
> Le capitaine auréen Théo Marchal, déjà averti à la 52e, reçoit un second carton jaune pour un tacle en retard sur Moussa Diallo (76e). Il sort sous les sifflets et frappe le poteau de corner en quittant la pelouse.
> Son entraîneur, Didier Lambert, réagit aussitôt en faisant entrer un défenseur, Kevin Ngoma, à la place de l’attaquant Yanis Bercot. Auréen semble désormais se contenter du match nul.
## 21h50 | Mi-temps : 1-1 entre Pontlieue et Auréen
> Les deux équipes regagnent les vestiaires sur un score de parité. Pontlieue a eu le ballon (61 % de possession), Auréen les occasions les plus franches, avec 5 tirs dont 3 cadrés.
> 45e+2 : dernière frayeur pour les locaux avec une frappe de Bercot qui frôle le poteau gauche de Mendy.
## 21h31 | Égalisation de l’Olympique Auréen par Yanis Bercot
> Douche froide pour la Mare-aux-Loups. Sur un contre rapide, Yanis Bercot élimine deux défenseurs et croise sa frappe du pied gauche (34e). C’est son 6e but de la saison en championnat.
## 21h12 | Ouverture du score de Pontlieue sur penalty, Moussa Diallo ne tremble pas
> Moussa Diallo transforme le penalty qu’il avait lui-même obtenu, en prenant Delmas à contre-pied (17e). 1-0 pour le Racing.
> La VAR avait été consultée pendant près de deux minutes pour un contact entre Marchal et Diallo dans la surface : l’arbitre a maintenu sa décision.
## 20h46 | Coup d’envoi
> C’est parti à la Mare-aux-Loups !

=== fr-live-legislatives-nuit
lang: fr
outlet: France Centre Info
title: DIRECT. Législatives anticipées : le Bloc républicain en tête avec 31,2 %, entre 182 et 205 sièges selon les estimations
caption: Au QG du Bloc républicain, à Paris, dimanche soir, à l’annonce des premières estimations.
link: https://example.fr/politique/legislatives-anticipees-soiree-electorale-direct
author: Service politique
date: 2027-06-13 23:41:00
tags: Politique, Législatives 2027
options: time=paren bullet=•
> Les bureaux de vote ont fermé à 20 heures dans toute la France métropolitaine. Au premier tour de ces législatives anticipées, convoquées après la dissolution de l’Assemblée nationale le 2 mai, le Bloc républicain arrive en tête avec 31,2 % des voix selon l’estimation Ipsos-Talan pour France Centre Info.
> Le Rassemblement populaire suit avec 27,8 %, devant l’Union de la gauche et des écologistes (24,1 %). Les Républicains indépendants, avec 9,4 %, pourraient jouer les arbitres dans une Assemblée sans majorité absolue.
> La participation atteint 67,4 %, un niveau inédit pour des élections législatives depuis 1981. Dans 312 circonscriptions, trois candidats ou plus pourraient se maintenir au second tour, prévu le 20 juin.
> Suivez avec nous les résultats, les réactions et les projections en sièges de cette soirée électorale.
kp: Les résultats à retenir
* Le Bloc républicain obtiendrait entre 182 et 205 sièges au second tour, loin de la majorité absolue fixée à 289 députés, selon la projection Ipsos-Talan publiée à 21 heures.
* Le Rassemblement populaire, avec 27,8 % des voix, pourrait envoyer entre 140 et 165 députés à l’Assemblée nationale, un record pour ce parti fondé en 2019.
* La participation, à 67,4 %, est la plus élevée depuis les législatives de 1981, selon le ministère de l’Intérieur.
* La Première ministre, Hélène Caradec, appelle à « un front des responsables » sans préciser les consignes de désistement.
## 23h38 | Dans le Loiret, le député sortant Bernard Joly éliminé dès le premier tour avec 11,6 % des suffrages exprimés
> C’est l’une des surprises de la soirée. Député depuis 2012, président de la commission des finances jusqu’à la dissolution, Bernard Joly ne recueille que 11,6 % des suffrages dans la 4e circonscription du Loiret, derrière les candidats du Rassemblement populaire (34,2 %) et de l’Union de la gauche (29,9 %).
> « Les électeurs ont tranché, je prends acte », a-t-il déclaré sobrement devant une vingtaine de militants, à Montargis.
## 22h57 | Hélène Caradec appelle à « un front des responsables » face au Rassemblement populaire
> Depuis Matignon, la Première ministre a pris la parole pendant une dizaine de minutes. « Ce soir, aucune force politique ne peut prétendre gouverner seule. J’appelle tous ceux qui refusent l’aventure à former un front des responsables », a-t-elle déclaré.
> Elle n’a toutefois donné aucune consigne de désistement explicite pour les circonscriptions où un candidat du Bloc républicain arrive en troisième position. Interrogée sur ce point, son entourage renvoie à « une réunion du bureau politique lundi à 10 heures ».
## 22h20 | Participation
> 67,4 %.
## 21h45 | Le Rassemblement populaire obtiendrait entre 140 et 165 sièges, son meilleur résultat depuis sa création en 2019
> Selon la projection en sièges réalisée par Ipsos-Talan, le Rassemblement populaire enverrait entre 140 et 165 députés au Palais-Bourbon, contre 62 dans l’Assemblée sortante. Son président, Arnaud Vasseur, s’est dit « prêt à gouverner dès le 21 juin ».
> Au siège du parti, à Nanterre, la salle a accueilli l’annonce par une longue ovation. Plusieurs cadres ont néanmoins reconnu en privé que la majorité absolue paraissait « hors de portée ».
## 21h02 | Projection en sièges : Bloc républicain 182 à 205, RP 140 à 165, Union de la gauche 150 à 172, LRI 30 à 42
> Première projection en sièges de la soirée, réalisée par Ipsos-Talan à partir des résultats de 1 200 bureaux de vote. Aucune force n’atteindrait la majorité absolue de 289 sièges sur 577.
> Le Bloc républicain obtiendrait entre 182 et 205 sièges, soit une perte de 60 à 80 députés par rapport à 2022.
> L’Union de la gauche et des écologistes en obtiendrait entre 150 et 172, soit le double de son score de la législature précédente.
> Le Rassemblement populaire en obtiendrait entre 140 et 165.
> Les Républicains indépendants, avec 30 à 42 sièges, pourraient être indispensables à toute coalition.
> Les divers, les régionalistes et les non-inscrits se partageraient entre 10 et 20 sièges.
> Ces projections sont fragiles, rappelle l’institut : dans près de 90 circonscriptions, l’écart entre les deux premiers est inférieur à trois points et l’issue du second tour dépendra des reports de voix.
## 20h02 | Participation : 67,4 % à 20 heures, un record depuis 1981
> Selon le ministère de l’Intérieur, la participation s’établit à 67,4 % à la fermeture des derniers bureaux, contre 47,5 % en 2022. Elle est en hausse dans tous les départements, avec des pointes à 74 % dans les Hautes-Alpes et en Corrèze.

=== fr-plain-budget-metropole
lang: fr
outlet: Le Courrier du Val
title: Métropole de Vernac : un budget de 1,28 milliard d’euros pour 2028, la taxe sur les ordures ménagères en hausse de 4,5 %
caption: Le président de la métropole, Jean-Marc Ollivier, lors de la séance du conseil, jeudi 14 décembre.
link: https://example.fr/vernac/metropole-budget-2028-vote
author: Claire Dumontet
date: 2027-12-15 06:30:00
tags: Vernac, Métropole, Budget
options: crlf nnbsp
> Le conseil de la métropole de Vernac a adopté, jeudi 14 décembre 2027, son budget primitif pour 2028 par 58 voix pour, 31 contre et 7 abstentions. D’un montant total de 1,28 Md€ (dont 412,6 M€ d’investissement), il prévoit une hausse de 4,5 % de la taxe d’enlèvement des ordures ménagères (TEOM), qui passera de 9,8 % à 10,24 % de la valeur locative.
> « Nous n’avons pas le choix. Entre le 1er janvier 2022 et le 31 décembre 2027, le coût du traitement d’une tonne de déchets a augmenté de 38 %, de 112 € à 154,50 € », a justifié M. Jean-Marc Ollivier, président de la métropole depuis 2020.
> L’opposition, emmenée par Mme Sophie Ferrand-Lagarde (groupe Vernac Demain), a dénoncé « un matraquage fiscal déguisé ». Selon ses calculs, un ménage vivant dans un T3 de 68 m² en centre-ville paiera environ 27 € de plus par an, soit 2,25 € par mois.
> Le budget prévoit aussi 86 M€ pour la ligne 3 du tramway (mise en service annoncée pour le 2e semestre 2030), 14,7 M€ pour la rénovation de 1 150 logements sociaux et 3,2 M€ pour le plan vélo, qui doit porter le réseau de 240 à 310 km d’ici à 2031.
> Autre point de débat : la dette. Fin 2027, l’encours atteindra 934 M€, soit une capacité de désendettement de 8,7 ans, contre 7,1 ans en 2024. Le seuil d’alerte fixé par l’art. 29 de la loi n° 2018-32 du 22 janvier 2018 est de 12 ans pour les métropoles.
> « 8,7 ans, ce n’est pas une catastrophe, c’est un avertissement », a tempéré le vice-président chargé des finances, M. Karim Benali, avant de citer la p. 47 du rapport de la chambre régionale des comptes (CRC) publié en octobre.
> Le vote définitif du compte administratif 2027 est prévu le 27 juin 2028 à 18 h 30, salle du Conseil, 12, bd Gambetta.
