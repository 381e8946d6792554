#! French round 11 plain articles: invented news, people, places and outlets.

=== fr-plain-cyberattaque-chu-vermandois
lang: fr
outlet: Le Picard du Soir
title: Cyberattaque au CHU du Vermandois : les urgences en mode dégradé, une rançon de 4 millions réclamée
caption: À l’accueil des urgences du CHU du Vermandois, les admissions se font de nouveau sur papier.
link: https://example.fr/somme/cyberattaque-chu-vermandois
author: Delphine Carpentier
date: 2032-10-22 07:45:00
tags: Cyberattaque, Santé, Hôpital, Saint-Quentin-la-Motte
options: crlf nocaptionline
> « Nous sommes revenus au papier et au crayon, comme il y a trente ans. » Dans le hall des urgences du centre hospitalier universitaire du Vermandois, à Saint-Quentin-la-Motte, l’infirmière d’accueil montre la pile de formulaires qu’elle remplit à la main depuis dimanche soir. L’établissement, qui emploie 4 200 personnes, est paralysé par une cyberattaque d’une ampleur inédite dans la région.
> Tout a commencé dimanche vers 23h40, lorsque les écrans des postes de travail se sont figés sur un message en anglais. Les pirates, qui se font appeler « BlackHeron », revendiquent le chiffrement de l’ensemble des serveurs et réclament une rançon de 4 millions de dollars en cryptomonnaie, sous peine de publier les données de quelque 650 000 patients.
> ANSSI, gendarmerie et experts privés se relaient depuis lundi au sous-sol du bâtiment administratif. « L’attaque est très probablement partie d’un compte d’un prestataire extérieur, dont les identifiants avaient été dérobés », indique une source proche de l’enquête, ouverte par la section cybercriminalité du parquet de Paris. Le CHU a déposé plainte lundi matin.
> Conséquence immédiate : les urgences fonctionnent en « mode dégradé ». Les patients les plus graves sont réorientés vers les hôpitaux d’Amiens et de Compiègne, et une quarantaine d’opérations programmées, p. ex. des poses de prothèses de hanche, ont été reportées. « Aucun patient n’a été mis en danger », assure le directeur général, M. François-Xavier Lemaire, qui exclut « catégoriquement » de payer la rançon, conformément aux recommandations de l’État.
> Les résultats d’analyses, les dossiers médicaux et les prescriptions sont désormais transmis par coursier entre les services. Au laboratoire, le Dr Nathalie Vandamme dit « tenir grâce aux anciens » : « Les plus jeunes n’ont jamais travaillé sans l’informatique. Les collègues proches de la retraite leur réapprennent à tout noter dans des registres. »
> 12 à 15 jours : c’est le délai minimal avancé par la direction pour un retour à la normale. Les patients qui ont un rendez-vous sont invités à appeler le standard ou à écrire à info.patients@chu-vermandois-example.fr. Le portail de prise de rendez-vous en ligne, MonRDV-Santé, reste inaccessible.
> Il s’agit de la troisième cyberattaque contre un établissement de santé des Hauts-de-France depuis janvier. « Les hôpitaux sont des cibles idéales : beaucoup de données sensibles, des systèmes anciens et des budgets informatiques qui représentent à peine 1,7 % des dépenses », regrette Julien Dercourt, expert en cybersécurité à Lille.

=== fr-plain-marathon-rocheval
lang: fr
outlet: Sport Sud-Est
title: Marathon de Rocheval : l’Éthiopien Tesfaye Gebremariam pulvérise le record de l’épreuve en 2 h 05 min 41 s
caption: Tesfaye Gebremariam franchit la ligne d’arrivée sur le cours Mirabeau-Vieux, dimanche.
link: https://example.fr/athletisme/marathon-rocheval-2032-gebremariam-record
author: Cédric Aubanel
date: 2032-04-11 14:20:00
options: exit=none
> Il a levé les bras bien avant la ligne, sous les applaudissements des milliers de spectateurs massés sur le cours Mirabeau-Vieux. L’Éthiopien Tesfaye Gebremariam, 24 ans, a remporté dimanche la 18e édition du marathon de Rocheval en 2 h 05 min 41 s, améliorant de 1 min 12 s le record de l’épreuve, qui datait de 2027.
> Parti seul au 32e kilomètre, le coureur d’Addis-Abeba a devancé le Kényan Daniel Kiprotich Mutai (2 h 06 min 58 s) et l’Ougandais Joseph Otim-Okello (2 h 07 min 30 s). « Le parcours est rapide, il n’y avait pas de vent, je savais que le record était possible. Après le 30e, j’ai senti que mes adversaires étaient fatigués... alors j’ai accéléré. »
> Chez les femmes, la victoire revient à la Française Manon Dussaillant, en 2 h 24 min 03 s, une première pour une athlète tricolore depuis la création de l’épreuve. La licenciée de l’Entente Provence Athlé a devancé de 47 secondes la Néerlandaise Femke van der Heijden. « Je n’arrive pas à y croire. Il y a deux ans, je courais ici au milieu du peloton ! »
> 11 432 coureurs ont pris le départ à 8h30, un record de participation. Les organisateurs, qui ont dû fermer les inscriptions dès le mois de janvier, envisagent de porter la jauge à 15 000 l’an prochain. Comme chaque année, les temps de passage de tous les participants peuvent être consultés sur l’application runTrack et sur le site www.marathon-rocheval-example.fr.
> La chaleur, redoutée en fin de matinée, n’a finalement pas perturbé la course : le thermomètre affichait 17,5 °C à l’arrivée des premiers. Les secours, de la Croix-Rouge et de la Protection civile, sont intervenus 214 fois, principalement pour des crampes et des malaises sans gravité. Un coureur de 58 ans, victime d’un arrêt cardiaque au km 39, a été réanimé par un médecin bénévole, le Dr Patrick Sarrazin, puis transporté à l’hôpital de la Timone-Nord. Ses jours ne sont pas en danger.
> – On a eu très peur, confie le directeur de course, Christophe Ménard-Pujol. Mais le dispositif a parfaitement fonctionné : il a fallu moins de deux minutes pour que les secours arrivent.
> Côté handisport, le Rochevalois Yanis Belkacem s’est imposé en fauteuil en 1 h 31 min 12 s, devant son compatriote Thomas McAllister-Roche, tandis que l’association Courir pour Lina, qui finance la recherche sur les maladies rares, a récolté 84 300 euros grâce aux dons des participants.
