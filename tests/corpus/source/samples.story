#! The sample edition bundled with the app (reader/samples/). Invented news, November 2026.

=== sample-fr-live-tempete
lang: fr
outlet: Le Quotidien d’exemple
title: EN DIRECT - Tempête Ondine : des rafales à 150 km/h sur le Finistère, 82 000 foyers privés d’électricité
caption: Des vagues de plus de huit mètres se brisent sur la digue de Porz-Kerlann, jeudi matin. (Photo d’illustration)
link: https://example.org/fr/live/tempete-ondine-bretagne
author: Maëlle Guivarc’h
date: 2026-11-12 16:05:00
tags: Météo, Bretagne, Tempête Ondine
> La tempête Ondine a touché les côtes du Finistère dans la nuit de mercredi à jeudi, avec des rafales mesurées à 150 km/h à la pointe du Raz. Météo-France maintient la vigilance rouge « vents violents » pour le Finistère et les Côtes-d’Armor jusqu’à vendredi 6 heures.
> Les écoles, collèges et lycées restent fermés dans les deux départements. La préfecture demande aux habitants de limiter leurs déplacements et de ne pas s’approcher du littoral.
kp: Les infos à retenir
* Vigilance rouge maintenue jusqu’à vendredi matin dans le Finistère et les Côtes-d’Armor
* 82 000 foyers privés d’électricité, selon le gestionnaire du réseau
* Le trafic ferroviaire interrompu entre Brest et Rennes
## 16h05 | Le pic de la tempête attendu en début de soirée sur le nord du Finistère
> Selon les prévisionnistes, les vents les plus forts devraient balayer le pays de Léon entre 18 heures et 21 heures. Des rafales de 130 à 140 km/h sont encore possibles dans les terres.
> « Ce n’est pas le moment de sortir voir la mer », a rappelé le préfet lors d’un point presse à Quimper. « Chaque hiver, des curieux sont emportés par une vague. »
## 15h20 | 82 000 foyers privés d’électricité
> Le gestionnaire du réseau fait état de 82 000 foyers sans courant, dont 51 000 dans le Finistère. Près de 1 200 techniciens sont mobilisés, mais les réparations ne pourront commencer qu’après le passage des rafales.
## 14h32 | Le trafic ferroviaire interrompu entre Brest et Rennes
> Des arbres sont tombés sur les voies à hauteur de Landivisiau et de Guingamp. Aucun train ne circulera entre Brest et Rennes avant vendredi midi, a indiqué la SNCF.
> Les voyageurs peuvent échanger ou se faire rembourser leur billet sans frais. Des cars de substitution sont prévus à partir de vendredi matin.
## 13h10 | À Porz-Kerlann, la digue a tenu « de justesse »
> Dans ce petit port du Cap-Sizun, l’eau est montée jusqu’aux premières maisons du quai. « On a passé la nuit à poser des sacs de sable », raconte Yannick, pêcheur à la retraite. « La digue a tenu de justesse. »
## 11h45 | Qu’est-ce qu’une vigilance rouge ?
> Le niveau rouge est le plus élevé de la carte de vigilance. Il signale un phénomène dangereux d’intensité exceptionnelle et impose aux habitants une vigilance absolue : rester chez soi, éviter toute activité en extérieur et suivre les consignes des autorités.
## 10h00 | Les écoles fermées jeudi et vendredi
> Le rectorat a confirmé la fermeture de tous les établissements scolaires du Finistère et des Côtes-d’Armor jeudi et vendredi. Les cours reprendront à distance lorsque le réseau le permettra.

=== sample-fr-live-finale
lang: fr
outlet: Le Quotidien d’exemple
title: Finale de la Coupe des régions : le FC Valmont sacré aux tirs au but face à l’Olympique de Sérac (1-1, 5-4 t.a.b.)
caption: Le gardien valmontais Théo Arnaud, héros de la séance de tirs au but, porté par ses coéquipiers.
link: https://example.org/fr/sport/live/finale-coupe-des-regions-valmont-serac
author: Romain Delacroix
date: 2026-11-21 23:40:00
tags: Football, Coupe des régions, FC Valmont
> Au terme d’une finale étouffante, le FC Valmont a remporté samedi soir la première Coupe des régions de son histoire. Menés dès la 12e minute, les Valmontais ont égalisé en fin de match avant de s’imposer aux tirs au but.
kp: L’essentiel
* Le FC Valmont remporte la Coupe des régions aux tirs au but
* Théo Arnaud arrête deux tentatives lors de la séance
* Sérac avait ouvert le score dès la 12e minute par Idrissa Koné
## 23h12 | Le FC Valmont remporte la Coupe des régions aux tirs au but
> C’est fini ! Le dernier tir sérakois s’écrase sur la transversale et le stade explose. Valmont l’emporte 5 tirs au but à 4, après un match nul 1-1.
> Les supporters envahissent la pelouse malgré les appels au micro. Sur le banc, l’entraîneur Pascal Mériaux ne retient pas ses larmes.
## 22h58 | Arnaud détourne le deuxième tir
> Le gardien valmontais part du bon côté et repousse la frappe de Lucas Ferrand. Il avait déjà arrêté une tentative sérakoise en ouverture de la séance.
## 22h41 | Fin des prolongations, direction les tirs au but
> Rien de plus en prolongation malgré une énorme occasion pour Sérac à la 114e minute. Les deux équipes sont épuisées.
## 22h03 | Égalisation de Valmont à la 88e minute
> Sur un corner de Bastien Roux, le défenseur central Mehdi Salah place une tête imparable au premier poteau. Tout est à refaire pour Sérac, qui tenait la victoire.
## 20h27 | Koné ouvre le score pour Sérac
> L’attaquant sérakois profite d’une erreur de relance pour tromper Arnaud d’une frappe croisée. C’est son septième but dans la compétition.
> Le stade, aux deux tiers acquis à Valmont, se tait quelques secondes.

=== sample-en-live-election
lang: en
outlet: Demo Daily
title: Harwick county election count: Mayor Ortega re-elected as recount ends in Ward 7
caption: Volunteers count paper ballots at the Harwick civic hall on Wednesday night.
link: https://example.com/news/live/harwick-election-count
author: Priya Nandakumar
date: 2026-11-04 11:20:00
tags: Politics, Elections, Harwick
> Counting resumed at 8 a.m. in Harwick county after a close race for mayor went into a second day. Incumbent Mayor Elena Ortega led challenger Dr. Samuel Whitby by just 412 votes overnight, with about 3.5% of ballots still to be counted.
> Ward 7, where a scanner fault halted the count on Tuesday, is being recounted by hand under the eyes of both campaigns.
kp: Key points
* Mayor Elena Ortega re-elected with 50.4% of the vote
* Ward 7 hand recount confirms the scanner totals
* Turnout reached 61%, a record for a local election in Harwick
## 11:20 | Ortega: "This city chose to keep building"
> Speaking on the steps of the civic hall, Ortega thanked volunteers who "counted through the night" and promised to meet Whitby next week to discuss a joint plan for the harbour district.
## 10:45 | Mayor Elena Ortega re-elected with 50.4% of the vote
> The county clerk has certified the result: Ortega received 48,906 votes to Whitby's 48,117. Whitby conceded in a short statement, calling the race "hard-fought and fair".
> It is the narrowest mayoral result in Harwick since 1998.
## 09:30 | Ward 7 hand recount confirms the scanner totals
> Election officials say the hand count of 6,214 ballots in Ward 7 matched the machine count to within three votes. The faulty scanner has been sealed for inspection.
## 08:05 | Turnout reached 61%, a record for a local election
> Clerk Miriam Boateng said turnout was the highest on record for a municipal election in the county, helped by an extra week of early voting.
> Lines outside some polling stations were still forming at 9 p.m. on Tuesday.
## 07:40 | Why no full recount will be needed
> Under state rules, a margin below 0.5 percentage points triggers an automatic recount of every ward. With the final gap at 0.8 points, no full recount will be needed.

=== sample-fr-plain-boulangerie
lang: fr
outlet: Le Quotidien d’exemple
title: À Saint-Aubin-des-Landes, la dernière boulangerie du village rouvre grâce à une souscription
caption: Claire et Yohann Le Bihan devant leur fournil, le matin de la réouverture.
link: https://example.org/fr/region/saint-aubin-des-landes-boulangerie-rouvre
author: Hélène Marchetti
date: 2026-11-08 09:15:00
tags: Région, Commerce, Saint-Aubin-des-Landes
> Fermée depuis le départ à la retraite de M. Rouxel au printemps, la seule boulangerie de Saint-Aubin-des-Landes a rouvert ses portes samedi matin. Dès 6 h 30, une file d’attente s’étirait jusqu’à la place de l’église.
> Le village de 1 340 habitants avait lancé en juin une souscription pour racheter le fonds et rénover le four. En quatre mois, 412 donateurs ont réuni 86 500 euros, complétés par une aide de la communauté de communes.
> « On ne pensait pas y arriver aussi vite », reconnaît le maire, M. Gilles Hamon. « Les gens ont compris qu’une boulangerie, ce n’est pas qu’un commerce : c’est l’endroit où l’on se croise. »
> Le couple de repreneurs, Claire et Yohann Le Bihan, a quitté un emploi de cadre à Rennes pour s’installer au village. Ils proposeront aussi un dépôt de journaux et un point relais colis, comme le faisait déjà la famille McDonald, qui tenait l’épicerie voisine jusqu’en 2019.
> La boulangerie est ouverte du mardi au dimanche, de 6 h 30 à 13 heures, puis de 16 heures à 19 h 30.

=== sample-en-plain-tablet
lang: en
outlet: Demo Daily
title: NovaByte unveils the LumaPad 3, a tablet it says lasts two days on a charge
caption: The LumaPad 3 on display at NovaByte's launch event in Brookfield.
link: https://example.com/tech/novabyte-lumapad-3-launch
author: Daniel O'Connor
date: 2026-11-17 18:30:00
tags: Technology, Tablets, NovaByte
> NovaByte on Tuesday unveiled the LumaPad 3, a lightweight tablet the company says can run for two full days of ordinary use on a single charge. It goes on sale in the U.S. and Canada on Dec. 4, priced from $549.
> The device weighs 3.5 ounces less than its predecessor and uses a new 11-inch display that NovaByte claims is 40% brighter outdoors. Chief executive Fiona McDonald called it "the tablet we should have built three years ago".
> Analysts were more cautious. "The hardware is excellent, but the app store is still thin compared with the iPad," said Marcus DeWitt of Halden Research. He expects NovaByte to ship about 1.2 million units in the first year.
> The company also confirmed that older LumaPad models will receive software updates until 2031. A keyboard cover, sold separately, will cost $129.
