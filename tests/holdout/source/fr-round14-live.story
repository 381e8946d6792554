#! French round 14 live blogs: invented news, people, places and outlets.
#! Styles: glued (15h05, carnival, ⇒ box), suffix (14h30, heat record, no box, nnbsp),
#! untimed with • box (storm-damaged church roof, no caption line, no author).

=== fr-live-carnaval-port-aurelle
lang: fr
outlet: La Vigie de Port-Aurelle
title: Carnaval de Port-Aurelle : 38 000 personnes pour la grande cavalcade, Sa Majesté Carnaval brûlée sur la plage, revivez la journée
caption: Le char des « Années folles » de l’association Les Joyeux Calfats sur le quai des Chaloupes, dimanche après-midi.
link: https://example.fr/port-aurelle/carnaval-2036-grande-cavalcade-direct
author: Anaïs Roubichou
date: 2036-02-24 19:40:00
tags: Carnaval, Port-Aurelle, Fêtes, Sorties
options: time=glued bullet=⇒ crlf bom
> La 62e édition du carnaval de Port-Aurelle a tenu toutes ses promesses ce dimanche. Sous un soleil presque printanier, 18 chars et 1 400 carnavaliers costumés ont défilé entre la gare et le quai des Chaloupes devant une foule estimée à 38 000 personnes par la mairie, du jamais-vu depuis 2019.
> La journée s’est achevée, comme le veut la tradition, par le jugement puis la crémation de Sa Majesté Carnaval sur la plage de la Grève-Blanche.
kp: Ce qu’il faut retenir
* 38 000 spectateurs selon la mairie, un record depuis 2019
* Sa Majesté Carnaval brûlée sur la plage à 18h30
* Le char des Joyeux Calfats élu plus beau char de l’édition
* Navettes gratuites de la TPA jusqu’à 21 heures
## 18h52 | Le bûcher s’éteint, rendez-vous en 2037
> Il ne reste plus qu’un tas de cendres fumantes sur la Grève-Blanche. Les pompiers du centre de secours de Port-Aurelle arrosent les dernières braises pendant que la foule reflue lentement vers le centre-ville.
> Merci de nous avoir suivis tout au long de cette journée. Les photos de la cavalcade sont à retrouver dans notre édition de lundi… et dès ce soir sur notre site.
## 18h30 | « Brûlez-le ! » : Sa Majesté Carnaval part en fumée
> Le verdict est tombé sous les huées : reconnu coupable de « tous les malheurs de l’année », Sa Majesté Carnaval, un bonhomme de 7,5 mètres en carton et en osier, a été condamné au bûcher par le tribunal des Gais Lurons.
> Une fois le feu allumé par la maire, Mme Hélène Quérou-Basset, il a fallu moins de dix minutes pour que le roi s’effondre dans une gerbe d’étincelles. « C’est le moment que je préfère. On brûle tout ce qui nous a embêtés, et on repart à zéro. »
## 18h05 | Le procès du roi a commencé sur la plage
> Juché sur une estrade face à la mer, le procureur des Gais Lurons égrène les chefs d’accusation : la pluie de novembre, le prix du gazole, la fermeture de la poissonnerie de la rue Pasteur, etc. La défense, elle, plaide « l’irresponsabilité totale » de son client.
## 17h20 | Quel est le plus beau char ? Le jury a tranché
> Le jury, présidé par M. Yannick Le Goff, ancien président du comité des fêtes, a décerné le premier prix au char des Joyeux Calfats, une automobile de course géante de 11 mètres entourée de danseuses de charleston.
> — On a commencé à le construire en septembre, tous les samedis matin dans un hangar du port, raconte Maxime Tanguy, 24 ans, l’un des bénévoles. Au total, env. 3 000 heures de travail et 600 kg de papier mâché.
> Le deuxième prix revient aux Zigomars, le troisième au char de l’école de voile.
## 16h40 | Pluie de confettis sur le quai des Chaloupes !
> 3,5 tonnes de confettis : c’est la quantité commandée cette année par le comité des fêtes, qui assure qu’ils sont « 100 % papier recyclé ». Sur le quai des Chaloupes, on en a jusqu’aux chevilles.
## 16h05 | Un enfant égaré retrouvé par la police municipale
> Petite frayeur vers 15h50 près de la place du Marché : un garçon de 6 ans déguisé en pirate avait perdu ses parents dans la foule. Il a été confié au poste de secours de la Croix-Rouge, rue Jean-Bart, où son père est venu le chercher un quart d’heure plus tard.
> La mairie rappelle qu’un bracelet où noter le numéro de téléphone des parents est distribué gratuitement à l’entrée du parcours.
## 15h30 | Panne sèche pour le char de la crêperie BilligBreizh
> Le tracteur qui tirait le char de BilligBreizh, une crêpe géante posée sur une remorque agricole, a calé dans la montée de la rue de la Corderie. Il a fallu une demi-heure et l’aide d’un second tracteur pour dégager le parcours.
## 15h05 | La fanfare des Zigomars ouvre le bal
> Le départ a été donné à l’heure devant la gare. En tête du cortège, la fanfare des Zigomars, venue de Saint-Hervé-du-Lac, enchaîne les airs de jazz des années 1920 pour coller au thème de cette année.
## 14h30 | Accès, stationnement : ce qu’il faut savoir
> La circulation est interdite dans tout le centre-ville de 12 heures à 20 heures. Trois parkings relais gratuits sont ouverts (zone artisanale des Courlis, stade Marcel-Rivière, lycée Anita-Conti), avec des navettes de la TPA toutes les dix minutes.
> Le programme complet est disponible sur www.carnaval-portaurelle.fr. Pour tout renseignement, écrire à accueil@carnaval-portaurelle.fr.
## 13h45 | La météo est avec les carnavaliers
> Après une semaine de pluie, le ciel s’est dégagé en fin de matinée. Les prévisionnistes annoncent jusqu’à 17 degrés sur le littoral cet après-midi, avec un petit vent de nord-ouest. Idéal pour les 1 400 carnavaliers, dont beaucoup ont opté pour des costumes… légers.

=== fr-live-canicule-record-montgaillac
lang: fr
outlet: Le Courrier du Causse
title: Canicule : record absolu battu à Montgaillac avec 44,1 °C, vigilance rouge dans trois départements, suivez notre direct
caption: Des enfants se rafraîchissent dans la fontaine de la place des Consuls, à Montgaillac, ce mardi.
link: https://example.fr/actualite/meteo/canicule-record-montgaillac-direct
author: Benoît Castagnou
date: 2036-08-12 20:10:00
tags: Canicule, Météo, Montgaillac
options: time=suffix nnbsp authorspace
> Le thermomètre de la station de Montgaillac-Aérodrome a affiché 44,1 °C à 16h48 ce mardi, pulvérisant le précédent record de la ville (42,7 °C, le 4 août 2003). Trois départements du Sud-Ouest sont placés en vigilance rouge canicule jusqu’à jeudi au moins.
## 19h45 | Les piscines municipales ouvertes jusqu’à 22 heures
> La mairie de Montgaillac a décidé de prolonger l’ouverture des deux piscines municipales, Jean-Bouin et les Tilleuls, jusqu’à 22 heures mercredi et jeudi. L’entrée sera gratuite pour les moins de 12 ans et les plus de 70 ans.
## 18h50 | « On boit, on mouille, on surveille »
> À l’Ehpad des Glycines, les 84 résidents passent l’après-midi dans la salle à manger, la seule pièce climatisée. Toutes les heures, les aides-soignantes font le tour avec des brumisateurs et des verres d’eau gélifiée.
> « On boit, on mouille, on surveille. C’est notre devise depuis samedi », résume la directrice, Mme Sylvie Arnaudet. Aucun résident n’a dû être hospitalisé pour l’instant.
## 17h30 | 44,1 °C : le record absolu est tombé
> C’est officiel : les services de météorologie confirment un maximum de 44,1 °C relevé à 16h48 à la station de l’aérodrome. Le précédent record, 42,7 °C, datait de la canicule d’août 2003.
> « Ce n’est pas seulement un record local. C’est 1,4 degré au-dessus de l’ancien, ce qui est énorme pour une série de mesures qui remonte à 1921 », souligne Pierre-Alain Vidalou, prévisionniste au centre régional.
## 16h15 | Que faire en cas de malaise ? Les conseils du SAMU
> Le SAMU rappelle les bons réflexes : boire régulièrement sans attendre d’avoir soif, éviter l’alcool, fermer les volets en journée et ne jamais laisser un enfant ou un animal dans une voiture, même quelques minutes.
> En cas de malaise, de fièvre ou de confusion chez une personne âgée, il faut composer le 15. Un numéro vert départemental a par ailleurs été ouvert de 8 heures à 20 heures.
## 15h20 | Chantiers à l’arrêt l’après-midi sur décision du préfet Olivier Marsan
> Par arrêté, les travaux en extérieur sont interdits de 13 heures à 18 heures jusqu’à jeudi inclus dans les trois départements en vigilance rouge. Les entreprises du BTP doivent adapter leurs horaires, p. ex. en commençant dès 5 heures du matin.
> « Nos gars commencent à 6 heures et finissent à midi. On perd du temps, mais on ne prend aucun risque », explique Karim Bensaïd, gérant d’une entreprise de maçonnerie à Lherm-Bellefont.
## 14h30 | Déjà 41 degrés en ville, la barre des 42 en vue
> À 14 heures, la station de l’aérodrome relevait déjà 41,3 °C. Dans le centre historique, les rues sont désertes ; les rares passants rasent les murs à la recherche d’un peu d’ombre.
## 12h10 | Les marchés avancés à l’aube mercredi et jeudi
> Les marchés de plein vent de mercredi et jeudi se tiendront de 6 heures à 11 heures au lieu de 8 heures à 13 heures, annonce la mairie sur son site www.montgaillac.fr.
## 10h00 | Vigilance rouge : ce que cela change
> Le département est placé en vigilance rouge canicule depuis ce mardi midi. Concrètement, les rassemblements festifs sont déconseillés, plusieurs fêtes de village ont été annulées (Lherm-Bellefont, Cazals-le-Haut…) et les centres de loisirs ferment leurs portes à 13 heures.
> Les personnes isolées peuvent se faire recenser auprès du CCAS au 05 00 00 00 00 ou par courriel : canicule@montgaillac.fr.

=== fr-live-tempete-eglise-locquenan
lang: fr
outlet: Le Télégraphe des Abers
title: Tempête Orlane : la toiture de l’église de Locquénan arrachée, le clocher sous surveillance, ce que l’on sait
link: https://example.fr/bretagne/locquenan/tempete-orlane-eglise-notre-dame-des-flots
author:
date: 2036-11-03 13:25:00
tags: Tempête, Locquénan, Patrimoine, Météo
options: bullet=• nocaptionline exit=none
> Les rafales de la tempête Orlane, mesurées jusqu’à 163 km/h à la pointe du Créac’h, ont arraché dans la nuit de dimanche à lundi une grande partie de la toiture de l’église Notre-Dame-des-Flots, à Locquénan. Personne n’a été blessé, mais le clocher, fragilisé, est sous haute surveillance.
kp: Les infos à retenir
* La moitié de la toiture de la nef arrachée
* Un périmètre de sécurité autour du clocher
* « Un crève-cœur » pour le maire
* Une cagnotte déjà à 12 400 €
## La moitié de la toiture de la nef arrachée
> Vers 3 heures du matin, les riverains de la place de l’Église ont entendu « un bruit de tonnerre ». Sur près de 200 m², les ardoises et la charpente du XVIIIe siècle ont été emportées et projetées jusque dans le cimetière voisin.
> Les pompiers du centre de secours de Plouzévet sont intervenus dès 3h20. « Il n’y avait rien d’autre à faire que sécuriser les abords, la tempête soufflait encore trop fort », indique le lieutenant Erwan Kerdraon.
## Le clocher sous surveillance, périmètre de sécurité de 50 mètres
> Un architecte des Bâtiments de France est attendu cet après-midi. En attendant son diagnostic, un périmètre de sécurité a été installé autour du clocher, haut de 42 m. La rue du Stade et une partie de la place sont interdites à la circulation.
> L’école publique Jean-Jaurès, située à une centaine de mètres, reste toutefois ouverte.
## « Un crève-cœur » : le maire Jean-Yves Le Bras face aux dégâts
> « C’est un crève-cœur. Cette église, mes grands-parents s’y sont mariés, mes enfants y ont été baptisés », confie le maire de Locquénan, Jean-Yves Le Bras, qui a passé la matinée sur place avec le recteur, le père Alain Cornec.
> — Et les obsèques de jeudi, monsieur le maire ? s’inquiète une paroissienne.
> — Elles auront lieu à la chapelle Saint-Guénolé, c’est déjà arrangé, répond-il.
## Un édifice classé depuis 1932
> L’église Notre-Dame-des-Flots, construite entre 1712 et 1748, est classée monument historique depuis 1932. Son retable en bois polychrome et ses vitraux, réalisés en 1951 par le maître verrier Paul Le Dantec, n’ont pas été touchés, selon les premières constatations.
## Une cagnotte déjà à 12 400 €
> Lancée ce matin par l’association des Amis de Notre-Dame-des-Flots sur la plateforme DonBreizh, la cagnotte avait récolté 12 400 € à 13 heures. Elle est accessible à l’adresse www.donbreizh-example.bzh/notre-dame-des-flots.
> Les dons peuvent aussi être déposés en mairie ou envoyés par chèque à l’association (contact : amis.ndflots@locquenan-asso.fr).
## Ailleurs dans le département : 48 000 foyers privés d’électricité
> SDIS et gendarmerie ont recensé plus de 640 interventions depuis dimanche soir, principalement pour des chutes d’arbres et des toitures endommagées. À midi, 48 000 foyers restaient privés d’électricité, selon le gestionnaire du réseau.
> La préfecture déconseille tout déplacement sur le littoral jusqu’à mardi matin.
