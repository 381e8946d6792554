#! French round 9 plain articles: invented news, people, places and outlets.

=== fr-plain-necrologie-dr-castex
lang: fr
outlet: Le Petit Journal du Gers
title: Mort du Dr Raymond Castex, médecin de campagne et maire de Lasserre-sur-Baïse pendant trente ans
caption: Raymond Castex en 2015, lors de l’inauguration de la maison de santé qui porte aujourd’hui son nom.
link: https://example.fr/gers/deces-raymond-castex
author: Pierre-Louis Dabadie
date: 2032-02-09 11:25:00
tags: Nécrologie, Lasserre-sur-Baïse, Gers
options: crlf bom
> Il avait soigné trois générations de Lasserrois et présidé aux destinées de la commune de 1983 à 2014. Le Dr Raymond Castex est mort samedi à l’hôpital d’Auch, à l’âge de 91 ans. Ses obsèques seront célébrées mercredi à 15 heures en l’église Notre-Dame de Lasserre-sur-Baïse.
> Né en 1940 à Condom, fils d’un instituteur et d’une couturière, Raymond Castex fait ses études de médecine à Toulouse avant de s’installer, en 1968, comme médecin généraliste dans ce village de 1 100 habitants des bords de la Baïse. « Il ne devait rester que deux ans, le temps de rembourser son prêt. Il est resté toute sa vie », raconte sa fille aînée, Véronique.
> Pendant plus de quarante ans, il exerce seul, sans secrétaire ni rendez-vous, recevant dans le cabinet aménagé au rez-de-chaussée de sa maison de la rue des Tilleuls. Les anciens se souviennent de sa 2 CV grise, puis de sa Renault 4, garée à toute heure devant les fermes isolées. « Il venait à 3 heures du matin pour un veau qui vêlait mal, si le vétérinaire ne répondait pas... », s’amuse Henri Labarthe, agriculteur retraité.
> 1983 marque son entrée en politique. Élu maire sans étiquette, il sera réélu cinq fois, dont trois fois sans adversaire. On lui doit la station d’épuration, la salle polyvalente et surtout la maison de santé pluriprofessionnelle ouverte en 2015, l’une des premières du département, qui porte désormais son nom.
> « C’était un homme d’une grande droiture, parfois bourru, qui n’aimait ni les honneurs ni les discours. » C’est ainsi que le décrit son successeur à la mairie, M. Alain Ducasse-Lafitte, qui a fait mettre les drapeaux en berne. Le conseil départemental a salué dans un communiqué « une figure de la ruralité gersoise ».
> Chevalier de la Légion d’honneur et de l’ordre national du Mérite, le Dr Castex avait pris sa retraite en 2009, à 69 ans, après avoir trouvé un successeur. Il laisse son épouse, Marie-Thérèse, ancienne institutrice, trois enfants et sept petits-enfants. Un registre de condoléances est ouvert à la mairie, et les messages peuvent être adressés à mairie@lasserre-baise.example.fr.

=== fr-plain-rappel-tommes-brebis
lang: fr
outlet: Conso & Vous
title: Rappel conso : des tommes de brebis contaminées à la listeria retirées de la vente dans toute la France
caption:
link: https://example.fr/alimentation/rappel-tommes-brebis-listeria
author: Claire Bellocq
date: 2032-05-21 09:40:00
tags: Rappel conso, Listeria, Alimentation, Fromage
options: nnbsp exit=none nocaptionline
> Vous en avez peut-être dans votre réfrigérateur. La fromagerie pyrénéenne Maison Etchegaray a lancé mercredi une procédure de rappel de plusieurs lots de tomme de brebis au lait cru, en raison d’une possible contamination à Listeria monocytogenes. Les produits ont été vendus entre le 2 et le 18 mai dans de nombreuses enseignes de la grande distribution.
> Sont concernées les tommes entières de 1,2 kg et les portions préemballées de 250 g et de 400 g portant les numéros de lot 24115, 24118 et 24121, avec une date limite de consommation comprise entre le 10 et le 30 juin 2032. L’estampille sanitaire FR 64.445.012 CE figure sur l’étiquette, à côté du code-barres.
> Les fromages ont notamment été commercialisés dans les magasins HyperFrais, Marché Plus et Proxi Sud, ainsi que sur le site de vente en ligne de la fromagerie. La liste complète des points de vente est disponible sur la plateforme gouvernementale RappelConso, https://rappel.conso.example.gouv.fr/fiche-rappel/18342.
> « La contamination a été détectée lors d’un autocontrôle réalisé sur un lot en sortie d’affinage. Par précaution, nous avons étendu le rappel à deux autres lots produits la même semaine », explique M. Peio Etchegaray, gérant de l’entreprise familiale, qui emploie 34 personnes à Saint-Étienne-de-Baïgorry. Aucun cas de listériose lié à ces produits n’a été signalé à ce jour.
> Les consommateurs qui détiennent ces produits sont invités à ne pas les consommer et à les rapporter au point de vente, où ils seront remboursés. Le service consommateurs de la fromagerie répond aux questions au 05 59 00 00 00 ou par courriel à rappel@etchegaray.example.fr.
> La listériose est une infection rare mais grave, dont la durée d’incubation peut aller jusqu’à huit semaines. Elle peut être particulièrement dangereuse pour les femmes enceintes, les personnes âgées et les personnes immunodéprimées. Les personnes qui, après avoir consommé ces fromages, présenteraient de la fièvre, isolée ou accompagnée de maux de tête, doivent consulter leur médecin en lui signalant cette consommation.
> Selon Santé publique France, environ 400 cas de listériose sont recensés chaque année en France. Le fromage au lait cru n’est pas le seul en cause : charcuterie, poisson fumé, salades en sachet, etc. peuvent aussi être concernés.

=== fr-plain-rugby-cantalou-castelnaudary
lang: fr
outlet: Ovalie Sud-Ouest
title: Pro D2 : le Stade cantalou renverse Castelnaudary dans les arrêts de jeu (27-24) et reprend la tête
caption: L’ailier Kévin Rouquette aplatit l’essai de la victoire à la 83e minute, samedi au stade des Quatre-Vents.
link: https://example.fr/rugby/pro-d2-stade-cantalou-castelnaudary
author: Florian Vidalenc
date: 2032-10-18 22:35:00
tags: Rugby, Pro D2, Stade cantalou, Castelnaudary
options: authorspace
> « On n’y croyait plus, et puis il y a eu cette dernière touche. » Dans les vestiaires du stade des Quatre-Vents, le capitaine Baptiste Vermenouze avait encore du mal à réaliser. Menés 24-20 à la sortie de la sirène, les Cantalous ont arraché la victoire face à Castelnaudary (27-24) grâce à un essai de Kévin Rouquette à la 83e minute, samedi soir, devant 7 800 spectateurs.
> Le scénario a longtemps semblé favorable aux visiteurs. Plus réalistes, les Chauriens menaient 17-6 à la pause après deux essais de leur troisième-ligne fidjien Josaia Vunibaka, profitant de deux ballons perdus dans les 22 mètres cantalous. « On a offert deux essais en dix minutes. À ce niveau, ça ne pardonne pas », résumait l’entraîneur Sébastien Couderc.
> Le réveil est venu du banc. Entré à l’heure de jeu, le demi de mêlée Thomas McNally, arrivé d’Irlande cet été, a accéléré le rythme et signé le premier essai cantalou (62e). Son compère de la charnière, Hugo Lavergne, auteur d’un 5 sur 7 au pied, a ensuite ramené les siens à un point (20-21, 71e), avant qu’une pénalité du Chauriens Mathieu Sirvent ne redonne quatre points d’avance à son équipe (24-20, 78e).
> 80e minute : la sirène retentit, Castelnaudary commet un en-avant et le Stade cantalou obtient une pénalité. Vermenouze choisit la touche. Maul, pick-and-go, puis décalage au large : Rouquette plonge dans l’en-but sous une clameur indescriptible. Lavergne manque la transformation, mais peu importe.
> – C’est le genre de match qui construit une saison, souffle Couderc.
> – Et qui rajeunit les présidents, ajoute en riant le président du club, Jean-Pierre Falguières, 71 ans, qui avait assisté à la fin du match debout au bord de la pelouse.
> Avec ce succès, le Stade cantalou (43 points) reprend la tête de la Pro D2 devant Vienne-Isère et Castelnaudary. Prochain rendez-vous dans deux semaines, au stade du Roc-Blanc de Millau-Larzac. Les billets sont en vente sur www.stadecantalou.example.fr à partir de mardi.
