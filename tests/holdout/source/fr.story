#! French held-out articles: invented news, invented towns and people.

=== fr-plain-conseil-vernac
lang: fr
outlet: Le Courrier de la Lorgne
title: Vernac-sur-Lorgne : le budget 2027 adopté dans la douleur, la taxe foncière augmente
caption: Le conseil municipal de Vernac-sur-Lorgne réuni lundi soir. (Photo d’illustration)
link: https://example.fr/lorgne/vernac-budget-2027-adopte
author: Martine Soulié
date: 2026-12-15 07:12:00
tags: Vernac-sur-Lorgne, Politique locale, Budget
> Le conseil municipal de Vernac-sur-Lorgne a adopté lundi soir, par 21 voix contre 8, un budget 2027 en hausse de 3,5 %. Le maire, M. Jean-Paul Duval (divers droite), a défendu « un budget de responsabilité » face à une opposition qui dénonce « un tour de passe-passe comptable ».
> La séance, ouverte à 18h30, s’est prolongée jusqu’à près de minuit. Au cœur des débats : la rénovation de la piscine Marcel-Cerdan, estimée à 4,2 millions d’euros, et la hausse de la taxe foncière, qui passera de 38,12 % à 39,4 %.
> « Nous n’avons pas augmenté les impôts depuis 2019. Aujourd’hui, l’inflation et la facture énergétique nous y obligent », a justifié l’adjointe aux finances, Mme Sylvie McAllister. Selon elle, la ville a vu ses dépenses d’électricité passer de 1,1 à 1,9 million d’euros en trois ans…
> Pas de quoi convaincre l’opposition.
> « C’est toujours la même chanson », a répliqué le chef de file de la liste Vernac Ensemble, le Dr Karim Belkacem, médecin généraliste au quartier des Tanneurs. « On nous parle d’énergie, mais on oublie de dire que la ville a signé avec Énergis S.A. un contrat de dix ans sans appel d’offres ! »
> Le maire a rappelé que ce contrat avait été validé par le conseil en 2021, « y compris par deux élus qui siègent aujourd’hui dans l’opposition ». Il a par ailleurs annoncé que le chantier de la piscine serait confié, après appel d’offres, à la société Lorgne Bâtiment S.A.
> La piscine fermera ses portes le 1er septembre pour au moins dix-huit mois. Les nageurs du club local, le Cercle nautique vernacois, seront accueillis au centre aquatique de Saint-Arlès, à 12 km. Un bus gratuit partira du parking des Tanneurs à 17h15 les mardis et jeudis, a précisé M. Duval. Les agents municipaux sont, eux, invités à utiliser l’application BlaBlaCar Daily.
> À 22h40, une suspension de séance a été demandée par l’opposition. Les élus sont revenus vingt minutes plus tard, et le débat a repris sur la vidéoprotection : 14 nouvelles caméras doivent être installées d’ici l’été, pour 280 000 euros.
> 1 200 signatures ont par ailleurs été déposées contre la fermeture du bureau de poste de la rue Gambetta. La pétition, lancée par l’association Vivre à Vernac, a été remise au maire en début de séance. « La Poste nous a promis un relais dans une supérette. Ce n’est pas la même chose », regrette sa présidente, Mme Odile Garnier.
> Les documents budgétaires sont consultables en mairie et sur https://www.vernac-sur-lorgne.fr/budget-2027. Les habitants peuvent adresser leurs questions par courriel à finances@vernac-sur-lorgne.fr.
> Prochain conseil municipal le 3 février, à 18h30, salle Jean-Jaurès.

=== fr-plain-librairie
lang: fr
outlet: L’Écho du Forez-Vert
title: À Montbrison-le-Vieux, la librairie « Les Mots passants » fête ses 40 ans et mise sur YouTube
caption: Hélène Castagnède et son apprenti Lucas DiMaggio dans la librairie de la rue des Cordiers.
link: https://example.fr/culture/mots-passants-40-ans
author:
date: 2026-10-03 18:45:00
tags: Culture, Commerce, Montbrison-le-Vieux
options: crlf
> Dans la petite rue des Cordiers, à Montbrison-le-Vieux, la librairie « Les Mots passants » fête ses 40 ans. Sa propriétaire, Hélène Castagnède, 62 ans, a repris l’affaire de ses parents en 1998 et n’a jamais envisagé de la vendre.
> « On me dit depuis vingt ans que le livre papier va mourir. Il est toujours là… et moi aussi », sourit-elle, derrière un comptoir encombré de romans, de BD, de guides de randonnée, de cartes postales, etc.
> Depuis 2020, la librairie a pourtant dû se réinventer. Chaque mercredi à 17h, Hélène et son apprenti, Lucas DiMaggio, présentent trois coups de cœur dans une courte vidéo publiée sur YouTube et sur Instagram. La chaîne compte aujourd’hui 12 400 abonnés, « bien plus que d’habitants à Montbrison », s’amuse le jeune homme.
> Les commandes se font désormais aussi sur iPad, directement en boutique, grâce à un logiciel partagé avec une trentaine de librairies indépendantes de la région. Le délai de livraison est passé de 5 à 2 jours en moyenne.
> Le chiffre d’affaires, lui, reste modeste : environ 310 000 euros l’an dernier, soit une hausse de 2,7 % par rapport à 2025. « Ce n’est pas Byzance, mais on vit », résume la libraire.
> Et demain ?
> Lucas DiMaggio, 24 ans, doit reprendre la boutique d’ici à 2029. Titulaire d’un master de lettres, il a travaillé deux ans dans une grande enseigne lyonnaise avant de revenir dans sa ville natale. « Ici, on connaît chaque client par son prénom. Mme Rivière vient tous les samedis à 10 h 15, elle repart toujours avec un polar. »
> Pour fêter l’anniversaire, une soirée est organisée le vendredi 14 mars à partir de 19 h, avec la romancière M. C. Vidal… et un gâteau de 40 bougies. Inscriptions sur www.motspassants.fr ou au 04 77 00 12 34.
> La mairie, de son côté, réfléchit à une aide au loyer pour les commerces culturels du centre-ville. Le dispositif pourrait coûter 45 000 euros par an, selon l’adjoint à la culture, M. Thierry Vasseur.

=== fr-plain-rugby
lang: fr
outlet: Sud Lorgne Sports
title: Fédérale 1 : Vernac s’impose face à Pradelles et grimpe à la 4e place
link: https://example.fr/sport/rugby-vernac-pradelles
author: Julien Carrère
date: 2026-03-08 20:05:00
tags: Sport, Rugby
options: nocaptionline bom
> Le Stade vernacois s’est imposé 23-17 face à l’US Pradelles, samedi, au stade Louis-Ferrand, devant 3 800 spectateurs. Une victoire qui lui permet de remonter à la 4e place de Fédérale 1.
> Un essai, puis plus rien.
> Pendant une heure, les Vernacois ont pourtant tenu leur adversaire en échec. Après un essai de l’ailier Enzo DiMaggio à la 12e minute, transformé par l’ouvreur Théo Larrieu, les locaux ont vécu sur leur avance, grâce à la botte de Larrieu (3 pénalités).
> À 16h40, alors que le soleil tombait sur la tribune d’honneur, Pradelles a réduit l’écart par son talonneur. Puis plus rien, ou presque : une pénalité à la 74e, un essai refusé pour un en-avant à la 79e. « On a eu chaud… très chaud », a reconnu l’entraîneur vernacois, M. Patrick Soubiron.
> Dans le vestiaire, l’ambiance était pourtant à la fête. Le capitaine, Mathieu O’Connell, a résumé la rencontre en trois mots : « Solides, sérieux, suffisants. »
> — Et la suite ? lui a-t-on demandé. — La suite, c’est Aurillac dans quinze jours. Et là, ce sera une autre paire de manches.
> Le club a par ailleurs annoncé l’arrivée d’un nouveau partenaire, la société de transport Lorgne Express S.A.S., qui financera le déplacement des cadets à Toulouse en avril.
> Prochain match le 22 mars, à 15 h, contre le RC Aurillac. Billetterie ouverte dès lundi : 8 € en tribune latérale, 12,50 € en tribune d’honneur.

=== fr-live-crue-lorgne
lang: fr
outlet: Le Courrier de la Lorgne
title: DIRECT. Crue de la Lorgne : 3 000 habitants évacués à Saint-Arlès, la décrue attendue dans la nuit
caption: Les rues basses de Saint-Arlès sous plus d’un mètre d’eau, jeudi après-midi.
link: https://example.fr/lorgne/direct-crue-saint-arles
author: Martine Soulié, Paul Ricard-Noël
date: 2026-11-19 18:10:00
tags: Météo, Inondations, Saint-Arlès
> La Lorgne est sortie de son lit dans la nuit de mercredi à jeudi après quarante-huit heures de pluies continues sur le massif du Haut-Verdier. À Saint-Arlès, l’eau atteint par endroits 1,20 m dans les rues basses du centre-ville.
> La préfecture a déclenché le plan Orsec. Météo-France a placé le département en vigilance rouge « crues » jusqu’à vendredi 6 heures. Suivez la situation en direct.
kp: Ce que l’on sait
* 3 000 habitants évacués à Saint-Arlès
* La vigilance rouge maintenue jusqu’à vendredi matin
* Un homme porté disparu près de Vernac
* Les écoles fermées dans 42 communes
## 18h05 | La décrue attendue « dans la nuit », selon la préfecture
> Le pic de crue a été atteint à Saint-Arlès vers 16h, avec une hauteur de 5,84 m à l’échelle du pont Vieux, a indiqué le préfet, M. Laurent Bastide, lors d’un point presse. « La décrue devrait s’amorcer dans la nuit, mais elle sera lente », a-t-il prévenu.
> Les habitants évacués ne pourront pas regagner leur domicile avant samedi au plus tôt. « Il faudra d’abord vérifier les installations électriques et de gaz, maison par maison », a détaillé le préfet.
## 17h40 | Un homme porté disparu près de Vernac
> Un homme de 67 ans est porté disparu depuis le milieu d’après-midi à Vernac-sur-Lorgne. Selon ses proches, il était parti vérifier l’état de son jardin, situé en bord de rivière, vers 14h30.
> Un hélicoptère de la sécurité civile et une équipe de plongeurs ont été engagés. Les recherches ont été suspendues à la tombée de la nuit et reprendront vendredi à l’aube.
## 17h02 | Qui paiera les dégâts ?
> C’est la question que se posent déjà de nombreux commerçants du centre de Saint-Arlès. Pour être indemnisés par leur assurance, les sinistrés devront attendre la publication d’un arrêté de catastrophe naturelle au Journal officiel.
> Le ministre de l’Intérieur a promis une procédure « accélérée ». En 2021, lors de la dernière grande crue, il avait fallu attendre près de deux mois.
> Les victimes sont invitées à photographier les dégâts et à conserver leurs factures, rappelle la fédération des assureurs. Un guide est disponible sur www.assurances-exemple.fr/catnat.
## 16h35 | 3 000 habitants évacués à Saint-Arlès
> Au total, près de 3 000 personnes ont été évacuées depuis ce matin dans les quartiers de la Gare et des Moulins, selon la mairie. La plupart ont trouvé refuge chez des proches ; 240 ont été accueillies au gymnase Pierre-de-Coubertin.
> « On est partis avec deux sacs et le chat. L’eau montait d’un centimètre toutes les cinq minutes », raconte Nadia, 41 ans, rencontrée devant le gymnase. Son voisin, M. Ferrand, 80 ans, a refusé de quitter son appartement du deuxième étage : « J’ai connu 1982, j’ai connu 2021, je connaîtrai celle-là. »
## 16h10 | Le pont Vieux fermé à la circulation
> Par précaution, le pont Vieux, qui relie les deux rives de Saint-Arlès, est fermé aux piétons comme aux voitures. La circulation est déviée par le viaduc de la D 912, ce qui entraîne d’importants bouchons à l’entrée sud de la ville.
## 15h48 | « On n’a jamais vu ça », témoigne le maire de Pradelles
> Le maire de Pradelles, petite commune de 900 habitants en amont de Saint-Arlès, décrit un village « coupé du monde ». « La route départementale est sous 80 cm d’eau, les pompiers ne peuvent passer qu’en barque. On n’a jamais vu ça, même les anciens », a-t-il déclaré à notre journaliste.
> Une trentaine d’habitants ont été hélitreuillés dans la matinée.
## 15h20 | Les écoles fermées dans 42 communes
> Le rectorat a annoncé la fermeture des écoles, collèges et lycées de 42 communes du bassin de la Lorgne vendredi. La liste complète est publiée sur le site de la préfecture. Les examens blancs prévus au lycée Jean-Moulin sont reportés à une date ultérieure.
## 14h32 | La vigilance rouge maintenue jusqu’à vendredi matin
> Météo-France a prolongé la vigilance rouge « crues » pour la Lorgne jusqu’à vendredi 6 heures. Les cumuls de pluie ont atteint 180 mm en 48 heures sur les hauteurs du Haut-Verdier, soit l’équivalent de deux mois de précipitations.
> Les prévisionnistes n’excluent pas de nouvelles averses orageuses en soirée, « mais sans commune mesure avec les épisodes de mardi et mercredi ».
## 13h55 | Le trafic SNCF interrompu entre Saint-Arlès et Montbrison
> La ligne TER est coupée en raison d’un éboulement au niveau du tunnel de la Roche-Percée. Des cars de substitution sont mis en place au départ de la gare routière, toutes les heures à partir de 15 h.
## 12h30 | Comment suivre l’évolution de la crue ?
> Les hauteurs d’eau sont mises à jour toutes les quinze minutes sur le site officiel Vigicrues. La station de Saint-Arlès (pont Vieux) est la plus surveillée : au-delà de 5 m, les rues basses du centre sont inondées.
## 11h15 | Le plan Orsec déclenché
> Le préfet a déclenché le plan Orsec départemental en fin de matinée. Une cellule de crise est installée à la préfecture ; un numéro d’information du public, le 0 800 00 12 34, est ouvert de 8 h à 22 h.
## 10h02 | Bonjour et bienvenue dans ce direct
> Bonjour à toutes et à tous. Nous suivons ce jeudi la crue exceptionnelle de la Lorgne, qui touche depuis la nuit dernière une quarantaine de communes. N’hésitez pas à nous envoyer vos témoignages et vos photos à direct@courrier-lorgne.fr.

=== fr-live-greve-hopitaux
lang: fr
outlet: Rhône-Forez Matin
title: Grève dans les hôpitaux : la mobilisation se poursuit à Lyon-Sud et à Montbrison, les urgences en « mode dégradé »
caption: Rassemblement de soignants devant l’hôpital de Montbrison-le-Vieux, mardi matin.
link: https://example.fr/sante/direct-greve-hopitaux-jour-3
author: Claire Vasseur
date: 2026-05-12 17:02:00
tags: Santé, Hôpital, Grève
options: bullet=• nnbsp
> Pour la troisième journée consécutive, les soignants de plusieurs hôpitaux de la région sont en grève ce mardi pour réclamer des hausses d’effectifs. À Montbrison-le-Vieux, les urgences ne fonctionnent plus qu’avec deux médecins la nuit.
> Une réunion de conciliation est prévue dans l’après-midi à l’agence régionale de santé (ARS). Les syndicats réclament « des postes, pas des primes ».
kp: Les points clés
* Troisième jour de grève dans cinq établissements de la région
* Le ministère propose une enveloppe de 12 millions d’euros, jugée « insuffisante »
* Manifestation prévue jeudi devant l’agence régionale de santé
## 16 h 50 | Fin de la réunion à l’ARS, sans accord
> Les représentants syndicaux sont sortis vers 16 h 30 de la réunion avec la direction de l’agence régionale de santé. « On nous a proposé des primes, on demande des postes », a résumé Claire Mouton, infirmière et déléguée syndicale.
> Une nouvelle rencontre doit avoir lieu vendredi. D’ici là, l’intersyndicale appelle à poursuivre le mouvement et à manifester jeudi, à 14 h, devant le siège de l’ARS.
## 15 h 58 | 12 millions d’euros sur la table
> Le ministère de la Santé a confirmé en début d’après-midi une enveloppe de 12 millions d’euros pour les hôpitaux de la région, dont 3,5 millions pour le seul centre hospitalier de Montbrison. Cette somme doit financer le recrutement de 80 infirmiers et aides-soignants d’ici à la fin de l’année.
> « C’est un premier pas, mais ce sont 300 postes qui manquent », réagit le Dr Amélie Tran, urgentiste. « Avec 80 recrutements, on bouche les trous de cet été, pas ceux de l’hiver. »
## 15 h 12 | Que demandent les grévistes ?
> Les revendications tiennent en trois points : un ratio d’un infirmier pour huit patients au maximum dans les services de médecine, la réouverture des 45 lits fermés depuis 2024, et la revalorisation des gardes de nuit, payées aujourd’hui 1,07 euro de l’heure en plus.
> « Une heure de nuit, c’est moins qu’un café », résume une aide-soignante.
## 14 h 32 | « On n’en peut plus » : le cri d’alarme des urgentistes de Montbrison
> Dans une lettre ouverte publiée ce mardi, les 14 médecins urgentistes de Montbrison décrivent des nuits à « plus de 60 passages pour deux médecins ». « Nous ne pouvons plus garantir la sécurité des patients », écrivent-ils.
> Le directeur de l’hôpital, M. Gilles Perret, reconnaît « une situation tendue » mais assure que « toutes les urgences vitales sont prises en charge ».
## 13 h 05 | Les urgences en « mode dégradé »
> Depuis lundi soir, les urgences de Montbrison fonctionnent en « mode dégradé » : les patients sont invités à appeler le 15 avant de se déplacer. Entre minuit et 8 h, seuls les cas graves sont accueillis.
## 11 h 40 | 200 manifestants devant l’hôpital Lyon-Sud
> Environ 200 soignants, selon les syndicats, 120 selon la police, se sont rassemblés devant l’entrée principale de l’hôpital Lyon-Sud. Sur les banderoles : « Soignants épuisés, patients en danger » ou encore « Pas de lits, pas de soins ».
> Une délégation a été reçue par la direction. Un infirmier raconte : « On enchaîne les journées de 12 heures. Le mois dernier, j’ai fait 19 heures supplémentaires… non payées. »
## 10 h 15 | Le point sur les établissements touchés
> Cinq établissements sont concernés par l’appel à la grève : les hôpitaux de Lyon-Sud, de Montbrison, de Roanne et de Saint-Arlès, ainsi que la clinique mutualiste des Tanneurs. Dans la plupart des services, les grévistes sont assignés et continuent à travailler, un brassard au bras.
## 9 h 00 | Bonjour à tous
> Bienvenue dans ce direct consacré à la grève des soignants. Nous suivons toute la journée les rassemblements et les négociations avec l’agence régionale de santé.

=== fr-live-municipales-vernac
lang: fr
outlet: Le Courrier de la Lorgne
title: Municipales partielles à Vernac : le maire sortant en tête, un second tour indécis
link: https://example.fr/lorgne/direct-municipales-partielles-vernac
author:
date: 2027-01-24 21:30:00
tags: Politique, Élections, Vernac-sur-Lorgne
options: bullet=- time=glued
kp: En bref
* Jean-Paul Duval en tête avec 38,6 % des voix
* Participation en baisse : 47,2 %
* Second tour dimanche prochain
## Il y a 12 minutes | Karim Belkacem appelle au « rassemblement »
> Arrivé deuxième avec 31,4 % des suffrages, le candidat de Vernac Ensemble a appelé « toutes les forces de progrès » à se rassembler derrière lui. « Rien n’est joué. Dans une semaine, Vernac peut tourner la page », a-t-il lancé devant ses militants, réunis à la brasserie Le Central.
> Il n’a pas précisé s’il avait déjà pris contact avec la liste écologiste. Interrogé sur une éventuelle fusion, son directeur de campagne s’est contenté d’un « on verra demain ».
## Il y a 40 minutes | « Je ne me maintiendrai pas », annonce la candidate écologiste
> Avec 12,1 % des voix, Laure Ménétrier aurait pu se maintenir au second tour. Elle a choisi de se retirer, sans donner de consigne de vote. « Nos électeurs sont assez grands pour choisir », a-t-elle déclaré.
> — Vous ne soutenez personne ? lui a demandé un journaliste. — Je soutiens la Lorgne, la rivière, les arbres du quai. Qu’ils viennent me parler de ça, et on verra.
## Il y a 1 heure | Jean-Paul Duval en tête avec 38,6 % des voix
> Selon les résultats définitifs du premier tour publiés par la mairie, le maire sortant obtient 38,6 % des suffrages exprimés, devant Karim Belkacem (31,4 %), Laure Ménétrier (12,1 %), Sébastien Roux (10,2 %) et Odile Garnier (7,7 %).
> « Ce résultat est un encouragement, pas une victoire », a réagi M. Duval, sobrement, depuis l’hôtel de ville. « Le travail commence ce soir. »
> Son adjointe aux finances, Mme Sylvie McAllister, a salué « la prime au sérieux ».
## Il y a 2 heures | Participation en baisse : 47,2 %
> À la clôture du scrutin, à 18 h, la participation s’établissait à 47,2 %, contre 53,9 % lors des municipales de 2026. Le bureau n° 7, celui du quartier des Tanneurs, enregistre le taux le plus faible, avec 31 %.
## Il y a 3 heures | Pourquoi ces élections partielles ?
> Ces municipales partielles ont été provoquées par la démission de 12 conseillers de la majorité en septembre, en désaccord avec le projet de rénovation de la piscine. Au-delà d’un tiers de sièges vacants, la loi impose de nouvelles élections.
> La campagne a été courte, à peine six semaines, et marquée par des débats tendus sur le budget et la sécurité. Trois débats publics ont été organisés, dont un retransmis en direct sur la chaîne YouTube de notre journal.
## Il y a 5 heures | Les bureaux de vote ouverts jusqu’à 18 h
> Pour cette journée électorale, suivez avec nous les résultats du premier tour, bureau par bureau, et les premières réactions des candidats.
> Les 14 bureaux de vote de Vernac-sur-Lorgne ont ouvert à 8 h. À midi, la participation atteignait 21,3 %, selon la préfecture, un chiffre en léger recul par rapport au premier tour de 2026 (23,8 %).
> Les électeurs qui ne figurent plus sur les listes peuvent vérifier leur situation sur le site service-public.fr ou auprès de l’accueil de la mairie, ouvert exceptionnellement ce dimanche.

=== fr-live-tour-haut-verdier
lang: fr
outlet: Vélo Passion Exemple
title: Tour du Haut-Verdier, 4e étape : Yanis Rivière s’impose au sommet de la Croix-Rousse, revivez l’arrivée
caption: Yanis Rivière franchit la ligne en vainqueur au col de la Croix-Rousse.
link: https://example.fr/cyclisme/tour-haut-verdier-etape-4-direct
author: Bastien Laborde
date: 2026-07-09 17:20:00
tags: Cyclisme, Tour du Haut-Verdier
options: time=suffix
> Place à la montagne sur le Tour du Haut-Verdier ! La 4e étape reliait ce jeudi Montbrison-le-Vieux au col de la Croix-Rousse (162 km), avec une arrivée inédite au sommet, à 1 742 m d’altitude.
> Le maillot jaune, le Norvégien Erik Haldorsen, ne comptait que 4 secondes d’avance sur le Français Yanis Rivière au départ de l’étape.
## 17h04 | Yanis Rivière s’impose et prend le maillot jaune !
> C’est fait ! Yanis Rivière remporte la 4e étape au sommet du col de la Croix-Rousse avec 22 secondes d’avance sur Erik Haldorsen. Le Français, 25 ans, s’empare du maillot jaune.
> « J’y ai pensé toute la nuit. Quand j’ai vu que Haldorsen ne suivait plus, je me suis dit : c’est maintenant ou jamais », a-t-il confié, en larmes, au micro de France Télévisions.
## 16h58 | Plus que 1 000 mètres pour Rivière
> Sous la flamme rouge, Rivière compte 25 secondes d’avance. Haldorsen, le visage crispé, est repris par l’Espagnol Álvaro Maceda.
## 16h51 | Haldorsen craque
> Le maillot jaune n’arrive plus à suivre le rythme. Son directeur sportif, M. Lars Eriksen, vient à sa hauteur en voiture. Rien n’y fait : l’écart grimpe à 15 secondes.
## 16h47 | Quelle attaque de Rivière !
> À 3,5 km du sommet, dans le passage le plus raide (11 %), le Français place une accélération fulgurante. Seul Haldorsen tente de suivre… pendant 200 mètres.
## 16h39 | Le groupe des favoris se réduit à six coureurs
> Le rythme imposé par l’équipe de Rivière fait des dégâts. Ne restent devant que Rivière, Haldorsen, Maceda, l’Italien Tommaso Serra, le Belge Pieter Van Dael et le jeune Suisse Noah Imboden.
## 16h30 | L’échappée reprise à 7 km de l’arrivée
> Partis dès le kilomètre 12, les trois échappés du jour ont résisté plus de 140 km. Le dernier d’entre eux, le Breton Loïc Le Guen, a été repris au pied de la dernière ascension.
> « Je savais que c’était perdu, mais je voulais montrer le maillot », a-t-il glissé à l’arrivée.
## 16h12 | Chute dans le peloton, Serra touché
> Une chute à l’entrée de Pradelles a impliqué une dizaine de coureurs. Tommaso Serra est reparti, le cuissard déchiré, après un changement de vélo.
## 15h55 | Le col de la Croix-Rousse en chiffres
> 14,2 km d’ascension à 7,8 % de moyenne, avec des passages à 12 %. Le col n’avait jamais accueilli d’arrivée de course professionnelle.
## 15h30 | Ravitaillement à Saint-Arlès
> Les coureurs passent au ravitaillement de Saint-Arlès, au kilomètre 104. L’écart entre l’échappée et le peloton est stable, autour de 3’10’’.
## 15h02 | Sprint intermédiaire : Le Guen en tête
> Loïc Le Guen passe en tête au sprint intermédiaire de Vernac-sur-Lorgne et empoche 6 secondes de bonification. Dans le peloton, Haldorsen se relève et laisse les points aux sprinteurs.
## 14h25 | Qui est Loïc Le Guen ?
> Âgé de 29 ans, le Finistérien court pour une petite équipe continentale. Ancien coursier à vélo à Rennes, il n’est passé professionnel qu’à 26 ans.
## 13h48 | 3 minutes d’avance pour les échappés
> Le Guen, le Néerlandais Jeroen Bakker et l’Allemand Felix Moosbrugger comptent désormais plus de 3 minutes d’avance sur le peloton, emmené par les équipiers du maillot jaune.
## 13h10 | Trois coureurs à l’avant
> Une échappée de trois hommes s’est formée au kilomètre 12. Le peloton laisse faire.
## 12h40 | C’est parti !
> Le départ réel a été donné à Montbrison-le-Vieux, sous un ciel voilé et par 27 °C. 164 coureurs sont au départ, après l’abandon, ce matin, du Danois Mikkel Holm, malade.
## 11h30 | Bienvenue dans ce direct
> Bonjour à tous et bienvenue pour suivre la 4e étape du Tour du Haut-Verdier, la première grande étape de montagne de cette édition.

=== fr-live-sommet-chambery
lang: fr
outlet: Alpes Dépêches
title: Sommet franco-italien de Chambéry : Paris et Rome s’accordent sur le tunnel du Fréjus-Bis
caption: La présidente du Conseil italien accueillie à la préfecture de Chambéry, mercredi matin.
link: https://example.fr/politique/direct-sommet-chambery
author:
date: 2026-09-16 13:05:00
tags: Politique, Europe, Italie, Transports
options: time=glued
> Le président de la République et la présidente du Conseil italien se retrouvent ce mercredi à Chambéry pour un sommet bilatéral consacré aux transports alpins, à l’énergie et à la coopération frontalière.
> Au menu : le financement du futur tunnel routier du Fréjus-Bis, un projet à 2,8 milliards d’euros contesté par les associations de riverains de la vallée de la Maurienne.
kp: L’essentiel
* Paris et Rome s’accordent sur le financement du Fréjus-Bis
* Les opposants au projet manifestent dans le centre de Chambéry
* Une déclaration commune sur l’énergie doit être signée à 13 h
## 12h47 | Les deux dirigeants signent une déclaration commune
> Le président de la République et la présidente du Conseil italien ont signé peu avant 13 h une déclaration commune de douze pages. Le texte prévoit un partage à parts égales du financement du tunnel du Fréjus-Bis, ainsi qu’une interconnexion électrique supplémentaire entre la Savoie et le Piémont.
> « C’est une journée historique pour les Alpes », a déclaré le chef de l’État français lors d’une conférence de presse commune. « Nous avons trouvé un équilibre juste », a ajouté son homologue italienne, en français.
> Les travaux pourraient débuter en 2029, pour une mise en service au plus tôt en 2036.
> Sur l’énergie, les deux pays s’engagent à doubler d’ici à 2032 la capacité de la ligne à haute tension Albertville-Turin. Un groupe de travail commun rendra ses conclusions dans six mois… « au plus tard », a insisté le ministre italien de l’Énergie.
## 11h30 | Manifestation à Chambéry : les opposants étaient 2 000
> Selon la préfecture, environ 2 000 personnes ont défilé dans le centre de Chambéry pour dire « non au tunnel de trop ». Les organisateurs revendiquent 5 000 participants.
> « On nous promet moins de camions, mais un deuxième tunnel, c’est deux fois plus de camions », résume Marie-Hélène Dufour, porte-parole du collectif Maurienne Respire. Le cortège s’est dispersé dans le calme vers 12h15.
> Quelques militants ont déployé une banderole sur la façade du château des ducs de Savoie. Ils ont été interpellés puis relâchés.
## 10h05 | Arrivée de la présidente du Conseil italien
> La présidente du Conseil italien est arrivée à la préfecture de Savoie à 10 h, accueillie par le président de la République sur le perron. Les deux dirigeants ont échangé quelques mots en italien devant les caméras, avant de s’entretenir en tête-à-tête pendant près d’une heure.
> Le sommet se poursuit en format élargi avec les ministres des Transports, de l’Énergie et de l’Intérieur des deux pays. Un déjeuner de travail est prévu au château des ducs de Savoie.
> Un important dispositif de sécurité a été déployé dans la ville : 1 100 policiers et gendarmes sont mobilisés, et le stationnement est interdit dans tout l’hypercentre jusqu’à 18 h. Les lignes de bus 2, 4 et 7 sont déviées.
