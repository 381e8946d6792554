#! French held-out articles, long paragraphs: invented news, invented people (parties and institutions are generic).

=== fr-live-censure-493
lang: fr
outlet: Le Journal du Centre-Val
title: DIRECT. Assurance chômage : Claire Vasseur engage le 49.3, deux motions de censure déposées
caption: La Première ministre Claire Vasseur à la tribune de l’Assemblée nationale, jeudi. (Photo d’illustration)
link: https://example.fr/politique/direct-assurance-chomage-49-3-motions-censure
author: Hélène Marchetti et Thomas Ribeiro
date: 2027-03-11 18:42:00
tags: Politique, Assemblée nationale, Assurance chômage
> La Première ministre Claire Vasseur a engagé jeudi après-midi la responsabilité de son gouvernement sur la réforme de l’assurance chômage, en recourant à l’article 49.3 de la Constitution. Faute de majorité absolue, l’exécutif a préféré ne pas prendre le risque d’un vote qui s’annonçait perdu d’avance, après trois semaines de débats et plus de 4 800 amendements déposés.
> Dans la foulée, deux motions de censure ont été déposées, l’une par la gauche, l’autre par l’extrême droite. Elles seront examinées lundi. Pour faire tomber le gouvernement, l’opposition doit réunir 289 voix, un seuil qu’aucune motion n’a atteint depuis le début de la législature. Suivez les dernières informations dans notre direct.
kp: Les infos à retenir
* La Première ministre engage le 49.3 sur la réforme de l’assurance chômage
* Deux motions de censure déposées, par LFI et par le RN
* Le vote aura lieu lundi à 16 heures
* « Un déni de démocratie », dénonce l’intersyndicale
## Le président de la République « fait confiance » à Claire Vasseur
> Depuis l’Élysée, où il recevait en fin de journée le chancelier autrichien, le chef de l’État a assuré qu’il faisait « pleinement confiance » à sa Première ministre pour « mener cette réforme à son terme ». Interrogé sur l’hypothèse d’une dissolution en cas d’adoption d’une motion de censure, il a refusé de « commenter des scénarios qui ne se produiront pas », selon un conseiller présent lors de l’échange avec la presse. Dans l’entourage présidentiel, on souligne que l’usage du 49.3 « est prévu par la Constitution et n’a rien d’un coup de force », tout en reconnaissant que « la séquence n’est pas idéale » à quelques mois des élections municipales.
## Sondage : 62 % des Français désapprouvent le recours au 49.3
> Selon un sondage Ifop-Fiducial réalisé jeudi en fin d’après-midi auprès d’un échantillon de 1 012 personnes, 62 % des Français désapprouvent le recours à l’article 49.3 sur ce texte, contre 36 % qui l’approuvent. Le rejet est particulièrement fort chez les 18-34 ans (71 %) et chez les ouvriers (69 %). Sur le fond, la réforme elle-même divise davantage : 48 % des sondés y sont favorables, 51 % opposés. La marge d’erreur est comprise entre 1,4 et 3,1 points.
## « Un déni de démocratie », dénonce l’intersyndicale
> L’intersyndicale a réagi dans un communiqué commun publié en fin d’après-midi, quelques minutes seulement après l’annonce de la Première ministre. Les organisations y dénoncent « un déni de démocratie sociale et parlementaire » et appellent à « une nouvelle journée de mobilisation dans les prochains jours ». Le texte est signé par la CFDT, la CGT, FO, la CFE-CGC, la CFTC, l’Unsa et la FSU.
> « Le gouvernement choisit la brutalité plutôt que le dialogue… Nous l’avions prévenu depuis des mois », a réagi sur France Info la secrétaire générale d’un des principaux syndicats, qui a refusé d’exclure une grève reconductible dans les transports. Une réunion de l’intersyndicale est prévue vendredi matin au siège de la CGT, à Montreuil.
## Deux motions de censure déposées, par LFI et par le RN
> Le groupe La France insoumise a déposé sa motion de censure moins d’une heure après l’intervention de Claire Vasseur, cosignée par les députés communistes, écologistes et une partie des socialistes. Le Rassemblement national a annoncé la sienne dans la foulée, tout en précisant qu’il ne voterait « pas nécessairement » celle de la gauche.
> Chaque motion doit être signée par au moins un dixième des membres de l’Assemblée, soit 58 députés. Un parlementaire ne peut signer plus de trois motions de censure au cours d’une même session ordinaire, en dehors des cas prévus à l’article 49 alinéa 3 de la Constitution.
## Que se passe-t-il si l’une des motions est adoptée ?
> Si une motion de censure réunit la majorité absolue des membres de l’Assemblée, le gouvernement est renversé et la Première ministre doit remettre sa démission au président de la République. Le texte sur l’assurance chômage serait alors considéré comme rejeté, et il faudrait tout reprendre depuis le début. Ce scénario ne s’est produit qu’une seule fois sous la Ve République, en octobre 1962.
## 289 voix : le calcul difficile de l’opposition
> À ce stade, le compte n’y est pas. Additionnées, les voix de la gauche et du RN atteignent environ 270 députés, selon nos calculs. Il manque donc une vingtaine de voix, qui ne peuvent venir que du groupe Les Républicains ou des non-inscrits. « Tout dépendra de ce que feront une dizaine de collègues qui n’ont pas encore dit leur dernier mot », glisse un cadre socialiste.
> Un député du groupe Liot, joint par téléphone, assure qu’il « réfléchit encore ». Il a promis de donner sa réponse après avoir consulté les maires de sa circonscription ce week-end, à Vierzon et à Bourges.
## « Nous irons jusqu’au bout » : la gauche promet une bataille de procédure
> « Nous irons jusqu’au bout, motion par motion, recours par recours », a promis la présidente du groupe insoumis lors d’un point presse improvisé dans la salle des Quatre-Colonnes. La gauche prévoit de saisir le Conseil constitutionnel dès l’adoption définitive du texte, en contestant notamment la présence de plusieurs « cavaliers législatifs », ces dispositions sans lien direct avec l’objet de la loi. Les socialistes envisagent aussi de déposer une proposition de référendum d’initiative partagée, une procédure longue qui nécessite le soutien de 185 parlementaires puis de 4,8 millions d’électeurs.
> « Le gouvernement pense que le 49.3 met fin au débat. Il se trompe : il ne fait que le déplacer dans la rue et devant les juges », a ajouté un député écologiste de la Gironde, sous les applaudissements de ses collègues. Un recours devant le Conseil d’État contre les futurs décrets d’application est également à l’étude, selon plusieurs sources syndicales.
## Claire Vasseur engage le 49.3 sur la réforme de l’assurance chômage
> « J’engage la responsabilité de mon gouvernement sur l’ensemble du projet de loi », a déclaré la Première ministre à 15h12, dans un hémicycle particulièrement agité. Son intervention, d’à peine six minutes, a été couverte à plusieurs reprises par les huées des bancs de la gauche et par des pancartes brandies par les députés insoumis.
> Élue de la Sarthe en 2017, Claire Vasseur avait promis à son arrivée à Matignon de « ne pas abuser » de l’article 49.3. Il s’agit pourtant de la quatrième utilisation depuis sa nomination, il y a dix mois.
## Le vote aura lieu lundi à 16 heures
> La conférence des présidents de l’Assemblée, réunie en fin d’après-midi, a fixé l’examen des deux motions à lundi, à partir de 16 heures. Les débats devraient durer environ trois heures, avant un vote à la tribune. La motion de la gauche sera examinée en premier, car elle a été déposée avant celle du Rassemblement national.
## 49.3 : combien de fois a-t-il été utilisé depuis 1958 ?
> Depuis l’entrée en vigueur de la Constitution de 1958, l’article 49.3 a été utilisé plus de 110 fois, par une vingtaine de Premiers ministres. Le record reste détenu par Michel Rocard, qui y a eu recours 28 fois entre 1988 et 1991, alors qu’il ne disposait que d’une majorité relative.
> Depuis la réforme constitutionnelle de 2008, son usage est limité à un seul texte par session ordinaire, en plus des projets de loi de finances et de financement de la Sécurité sociale.
## Combien coûterait la réforme pour les chômeurs ?
> D’après l’étude d’impact annexée au projet de loi, la réforme permettrait d’économiser environ 3,6 milliards d’euros par an à l’horizon 2029. Selon l’Unédic, près de 320 000 demandeurs d’emploi verraient leur durée d’indemnisation réduite dès la première année d’application, pour une perte moyenne de 1 850 € sur l’ensemble de leurs droits. Les économistes de l’OFCE estiment pour leur part que l’effet sur le retour à l’emploi serait « modeste », de l’ordre de 25 000 à 40 000 emplois supplémentaires, et concentré sur les métiers dits « en tension » comme l’hôtellerie-restauration, le bâtiment ou l’aide à domicile.
## Ce que contient la réforme
> Le texte prévoit de réduire de 25 % la durée maximale d’indemnisation lorsque le taux de chômage passe sous la barre des 7 %, de durcir les conditions d’accès pour les moins de 25 ans et de renforcer les contrôles de recherche d’emploi. Il modifie aussi le calcul du salaire journalier de référence, les règles applicables aux intermittents, aux saisonniers, aux intérimaires, etc.
## Le patronat salue « un texte de responsabilité »
> Pour le Medef, la réforme constitue « un texte de responsabilité, qui remet le travail au centre ». Son président a appelé les députés à « ne pas ajouter une crise politique à une crise de confiance », en allusion aux motions de censure. La CPME s’est montrée plus prudente, réclamant « des garanties pour les salariés des petites entreprises ».
## Manifestation spontanée place de la Concorde
> Plusieurs centaines de personnes se sont rassemblées en début de soirée place de la Concorde, face au Palais-Bourbon, à l’appel de collectifs étudiants et de sections syndicales locales. La préfecture de police de Paris évoque environ 1 500 manifestants, les organisateurs 6 000.
> Des heurts ont brièvement éclaté vers 19h40, lorsque des manifestants ont tenté de franchir le pont de la Concorde. Les forces de l’ordre ont fait usage de gaz lacrymogène. Selon la préfecture, 14 personnes ont été interpellées et deux policiers légèrement blessés.
## Les Républicains ne voteront pas la censure, annonce Bruno Castel
> Le président du groupe Les Républicains, Bruno Castel, a annoncé que ses députés ne voteraient « aucune des deux motions ». « Nous ne sommes pas d’accord avec tout, mais nous ne jouerons pas la politique du pire », a-t-il déclaré dans les couloirs de l’Assemblée. Une poignée d’élus de son groupe pourraient toutefois s’affranchir de la consigne.
## Début de séance tendu dans l’hémicycle
> La séance de questions au gouvernement, qui précède l’examen du texte, a donné le ton. À 15h02, un député du RN a interpellé la Première ministre sur « la rumeur d’un 49.3 », provoquant un brouhaha dans l’hémicycle. La présidente de l’Assemblée a dû suspendre la séance pendant cinq minutes après un échange d’invectives entre des élus du groupe Horizons et des députés insoumis. « On n’est pas dans une cour de récréation », a-t-elle lancé au micro, avant de reprendre les débats.
## Bonjour et bienvenue dans ce direct
> Bienvenue dans ce direct consacré à la réforme de l’assurance chômage. Les députés reprennent ce jeudi à 15 heures l’examen du texte, alors que le gouvernement n’est toujours pas certain de disposer d’une majorité. L’hypothèse d’un recours au 49.3 circule avec insistance depuis mercredi soir dans les couloirs du Palais-Bourbon.

=== fr-live-guerre-valdovie
lang: fr
outlet: Le Quotidien de l’Est
title: Guerre en Valdovie : l’Ostrélie revendique la prise de Kerovo, l’émissaire de l’ONU attendu à Vesna
caption: Un immeuble touché par une frappe de drone à Soreni, dans l’est de la Valdovie.
link: https://example.fr/monde/guerre-valdovie-jour-412-direct
author:
date: 2027-05-04 22:10:00
tags: International, Valdovie, Ostrélie, Guerre
options: nnbsp
> L’armée ostrélienne a revendiqué mardi la prise du village de Kerovo, dans la région de Soreni, tandis que la Valdovie a dit avoir abattu 43 drones lancés pendant la nuit contre ses infrastructures énergétiques. Le président valdove, Andrei Lascu, a de nouveau réclamé à ses alliés européens des systèmes de défense antiaérienne supplémentaires.
> Sur le plan diplomatique, l’envoyé spécial des Nations unies, le Norvégien Per Aasland, a annoncé qu’il se rendrait la semaine prochaine dans les deux capitales pour tenter de relancer les discussions sur un cessez-le-feu partiel, centré sur les ports de la mer Noire.
kp: Ce qu’il faut retenir
* L’Ostrélie revendique la prise de Kerovo
* 43 drones abattus dans la nuit, selon l’armée valdove
* Andrei Lascu réclame « au moins quatre batteries » de défense antiaérienne
* L’émissaire de l’ONU attendu à Vesna et à Tirgul
* Bruxelles prépare un 18e paquet de sanctions
## L’Ostrélie revendique la prise de Kerovo
> Le ministère ostrélien de la Défense a affirmé mardi matin que ses troupes avaient « libéré » le village de Kerovo, situé à une quinzaine de kilomètres au nord de Soreni. L’état-major valdove n’a ni confirmé ni démenti, se bornant à évoquer « des combats acharnés » dans le secteur. Kerovo comptait environ 2 300 habitants avant la guerre.
> Selon l’Institut pour l’étude de la guerre, un centre de réflexion basé à Washington, les forces ostréliennes progressent lentement mais régulièrement dans cette zone depuis le début du printemps, au prix de pertes « très importantes ». Ces informations n’ont pas pu être vérifiées de manière indépendante.
## 43 drones abattus dans la nuit, selon l’armée de l’air valdove
> L’armée de l’air valdove affirme avoir abattu 43 des 51 drones lancés dans la nuit de lundi à mardi, ainsi que deux missiles de croisière. Les attaques visaient principalement des installations électriques dans les régions de Tirgul et de Marovia. Une sous-station a été endommagée près de Marovia, privant d’électricité quelque 60 000 foyers pendant plusieurs heures.
## Andrei Lascu : « Chaque jour sans défense aérienne coûte des vies »
> « Chaque jour sans défense aérienne coûte des vies, et ce n’est pas une formule », a déclaré le président valdove dans son allocution du soir, diffusée sur les réseaux sociaux. Il a réclamé « au moins quatre batteries » supplémentaires à ses partenaires européens et remercié l’Allemagne et les Pays-Bas pour les livraisons déjà annoncées.
> Andrei Lascu doit participer jeudi, par visioconférence, à une réunion des ministres de la Défense de l’Otan. Il a aussi confirmé qu’il se rendrait « prochainement » à Paris, sans préciser de date.
## L’émissaire de l’ONU attendu à Vesna et à Tirgul
> Per Aasland, nommé en février par le secrétaire général des Nations unies, se rendra d’abord à Vesna, la capitale ostrélienne, puis à Tirgul. « Je n’ai pas de plan miracle. J’ai quelques idées modestes, et c’est peut-être mieux ainsi », a-t-il déclaré à Genève. Son mandat porte en priorité sur la sécurité de la navigation en mer Noire et sur les échanges de prisonniers.
## Vesna juge la mission de l’émissaire « prématurée »
> La présidence ostrélienne a qualifié de « prématurée » la visite de l’émissaire onusien, tout en assurant qu’il serait « reçu avec courtoisie ». Son porte-parole a répété que tout cessez-le-feu devait tenir compte de « la réalité sur le terrain », une formule régulièrement employée pour signifier que Vesna n’entend pas rendre les territoires conquis.
## Bruxelles prépare un 18e paquet de sanctions
> La Commission européenne a présenté aux États membres un 18e paquet de sanctions contre l’Ostrélie, qui vise notamment une trentaine de navires de la « flotte fantôme » utilisée pour contourner l’embargo pétrolier, ainsi que plusieurs banques régionales. Il doit être adopté à l’unanimité, ce qui pourrait prendre plusieurs semaines.
> « Nous ne relâcherons pas la pression », a assuré la haute représentante de l’UE pour les affaires étrangères, lors d’une conférence de presse à Bruxelles. Deux États membres ont déjà fait savoir qu’ils demanderaient des exemptions pour leurs importations de gaz.
## 1,5 million de déplacés internes, selon l’OIM
> Le nombre de déplacés internes en Valdovie s’élève à 1,5 million de personnes, selon le dernier décompte de l’Organisation internationale pour les migrations publié mardi. C’est 200 000 de plus qu’en janvier, en raison notamment des évacuations dans la région de Soreni. Plus de la moitié sont des femmes et des enfants, précise l’OIM.
## Échange de prisonniers : 120 soldats rentrent chez eux
> Cent vingt soldats valdoves sont rentrés chez eux lundi soir dans le cadre d’un nouvel échange de prisonniers, le troisième depuis le début de l’année. Autant de militaires ostréliens ont été remis à Vesna. L’échange s’est déroulé à la frontière avec la Moldavie, grâce à une médiation des Émirats arabes unis.
> « Certains n’avaient pas vu leur famille depuis deux ans », a raconté à l’AFP une bénévole présente à l’arrivée des bus, à Marovia. Plusieurs soldats libérés présentaient des signes de malnutrition, selon le médiateur valdove pour les droits humains.
## Que sait-on de la frappe sur l’hôpital de Soreni ?
> Une frappe a touché dimanche soir l’aile ouest de l’hôpital régional de Soreni, faisant quatre morts et onze blessés, selon les autorités locales. Vesna nie toute implication et évoque « un tir de défense antiaérienne valdove mal guidé ». Le Haut-Commissariat de l’ONU aux droits de l’homme a demandé une enquête indépendante.
## La France livrera 12 canons Caesar supplémentaires
> Le ministère des Armées a confirmé mardi la livraison de 12 canons Caesar supplémentaires d’ici à la fin de l’année, financés en partie par les intérêts des avoirs ostréliens gelés. Une quarantaine de militaires valdoves sont actuellement formés à leur utilisation dans un camp du sud-ouest de la France.
## Kerovo : ce que l’on sait de la bataille
> Les combats autour de Kerovo duraient depuis près de trois semaines. Selon des blogueurs militaires ostréliens, suivis de près par les analystes occidentaux, la localité avait été encerclée sur trois côtés dès la fin avril, et les défenseurs valdoves n’étaient plus ravitaillés que par une route de terre régulièrement visée par les drones. Le village, traversé par la rivière Sora, ne présente qu’un intérêt stratégique limité en lui-même, mais il ouvre la voie vers les hauteurs qui dominent la ville de Soreni, à moins de 15 km au sud, où vivent encore quelque 40 000 civils.
> « La perte de Kerovo était attendue. Ce qui compte, c’est la capacité de l’armée valdove à tenir la ligne suivante, qui a été fortifiée pendant tout l’hiver », analyse le général (2S) Henri Morvan, ancien commandant des forces terrestres françaises, sur le plateau de LCI. Il estime que l’offensive ostrélienne pourrait marquer le pas d’ici à l’été, « faute de réserves suffisantes ».
## « Lazescu » ? Non, Lascu : le président valdove corrige un journaliste
> Moment de flottement lors d’une conférence de presse à Tirgul, où un journaliste étranger a écorché le nom du président valdove en l’appelant « Lazescu ». « Lazescu, c’est mon cousin. Moi, c’est toujours Lascu », a répondu en souriant Andrei Lascu, déclenchant les rires de l’assistance. La vidéo, partagée des centaines de milliers de fois sur les réseaux sociaux, a été commentée jusque dans les médias ostréliens, qui y ont vu « la preuve que personne ne le connaît ».
## Les marchés du blé réagissent aux frappes sur le port de Dalnik
> Le prix du blé a progressé de 3,2 % mardi sur le marché Euronext, à 248,75 € la tonne, après l’annonce de nouvelles frappes contre les installations portuaires de Dalnik, par où transite une grande partie des exportations céréalières valdoves. Selon l’administration portuaire, deux silos ont été endommagés et un cargo battant pavillon panaméen a été touché alors qu’il attendait son chargement. Aucune victime n’est à déplorer parmi l’équipage. Les assureurs maritimes ont relevé leurs primes pour les navires à destination de la Valdovie.
## Otan : le secrétaire général promet une réponse « dans les semaines qui viennent »
> Le secrétaire général de l’Otan a promis mardi que l’Alliance apporterait une réponse aux demandes valdoves en matière de défense aérienne « dans les semaines qui viennent ». « Nous savons exactement ce dont la Valdovie a besoin. La question n’est pas de savoir si nous livrerons, mais combien et quand », a-t-il déclaré à Bruxelles. Plusieurs pays membres, dont la Pologne et la Roumanie, plaident pour une accélération des livraisons, tandis que d’autres craignent de dégarnir leurs propres stocks.
## 14 civils tués en vingt-quatre heures, selon les autorités régionales
> Au moins 14 civils ont été tués et 37 blessés au cours des dernières vingt-quatre heures dans les bombardements ostréliens, selon le décompte des administrations régionales valdoves publié mardi matin. La région de Soreni est la plus touchée, avec neuf morts, dont deux enfants. À Marovia, un immeuble résidentiel de cinq étages a été partiellement détruit par un missile. Les secours ont dégagé six personnes vivantes des décombres, selon le service d’urgence de l’État.
> « On a entendu un sifflement, puis plus rien. Quand je me suis réveillée, j’étais sous l’escalier », raconte Olena, 58 ans, une habitante de l’immeuble, jointe par téléphone par notre correspondante. Elle a perdu sa voisine de palier, une enseignante à la retraite.
## Vesna affirme avoir déjoué un « attentat » à Dalnik
> Les services de sécurité ostréliens affirment avoir déjoué un projet d’attentat visant un haut responsable militaire dans la ville occupée de Dalnik. Deux suspects, présentés comme des « agents des services valdoves », ont été arrêtés, selon un communiqué diffusé par les agences officielles. Tirgul n’a pas réagi. Ces informations ne peuvent pas être vérifiées de source indépendante.
## Pourquoi la mer Noire est au cœur des négociations
> Si l’émissaire onusien a choisi de commencer par la mer Noire, c’est que le sujet concerne directement la sécurité alimentaire mondiale. Avant la guerre, la Valdovie exportait chaque année près de 45 millions de tonnes de céréales, principalement vers l’Afrique du Nord, le Proche-Orient et l’Asie. Un accord sur la navigation, même limité, permettrait de sécuriser ces flux, mais aussi de tester la bonne foi des deux parties. Un précédent accord, conclu en 2025 sous l’égide de la Turquie, n’avait tenu que quatre mois, chaque camp accusant l’autre de l’avoir violé.
> Les diplomates interrogés restent prudents. « On parle de ports, de corridors, d’inspections. C’est technique, c’est peu spectaculaire, et c’est précisément pour ça que ça peut marcher », résume un ambassadeur européen en poste à Genève.
## « Nous ne signerons rien qui récompense l’agression », prévient Tirgul
> Le ministre valdove des Affaires étrangères, Victor Oprea, a prévenu que son pays ne signerait « rien qui récompense l’agression ». Tout en saluant « les efforts sincères » de l’émissaire de l’ONU, il a rappelé que la Valdovie exigeait le retrait complet des troupes ostréliennes de son territoire, « y compris de la Crimée du Nord », comme préalable à toute négociation de paix globale. Un accord limité à la navigation n’est toutefois pas exclu, a-t-il laissé entendre.
## Berlin débloque 1,2 milliard d’euros d’aide supplémentaire
> Le gouvernement allemand a annoncé une nouvelle enveloppe d’aide militaire de 1,2 milliard d’euros pour la Valdovie, comprenant notamment des munitions d’artillerie, des véhicules blindés de transport de troupes et du matériel de déminage. « L’Allemagne reste le deuxième soutien de la Valdovie dans le monde, et elle le restera », a déclaré le ministre de la Défense, lors d’une visite dans une usine d’armement de Basse-Saxe. Depuis le début de la guerre, Berlin a fourni plus de 14 milliards d’euros d’aide.
## Le Parlement européen adopte une résolution sur les enfants déportés
> Le Parlement européen a adopté mardi, par 512 voix contre 48 et 37 abstentions, une résolution demandant le retour « immédiat et inconditionnel » des enfants valdoves déplacés vers l’Ostrélie. Selon Tirgul, plus de 19 000 enfants auraient été transférés depuis le début du conflit, dont une partie placée dans des familles d’accueil ostréliennes. Vesna affirme de son côté avoir « mis à l’abri » des orphelins des zones de combat.
## Coupures d’électricité programmées dans six régions
> L’opérateur du réseau électrique valdove a annoncé des coupures programmées de quatre heures par jour dans six régions, dont celles de Tirgul et de Marovia, pour compenser les dégâts causés par les frappes de la nuit. Les hôpitaux, les stations de pompage et les infrastructures critiques sont exemptés. « Le système tient, mais il n’a plus aucune marge », a reconnu le directeur de l’opérateur, qui appelle les habitants à limiter leur consommation aux heures de pointe, entre 17 heures et 22 heures. Des générateurs offerts par l’Union européenne sont en cours de distribution dans les écoles et les mairies.
## À Tirgul, les abris du métro de nouveau pleins
> Dans la capitale valdove, les stations de métro ont de nouveau servi d’abri pendant une grande partie de la nuit. Familles avec enfants, retraités, étudiants : des centaines de personnes se sont installées sur les quais avec des matelas, des thermos et des jeux de cartes. « On a pris l’habitude, c’est presque devenu notre deuxième appartement », sourit Irina, 34 ans, venue avec ses deux filles et le chat de la famille. Selon la mairie, plus de 25 000 personnes ont passé la nuit dans les abris de la ville, un chiffre en nette hausse depuis le début du mois.
## Que contient le 18e paquet de sanctions de l’UE ?
> Outre les navires de la « flotte fantôme », le nouveau paquet proposé par la Commission prévoit l’interdiction des importations d’aluminium ostrélien, l’inscription d’une quarantaine de personnes et d’entités sur la liste noire de l’UE, dont plusieurs dirigeants d’entreprises de défense, et un durcissement des règles contre le contournement des sanctions via des pays tiers. Il vise aussi, pour la première fois, deux banques d’un pays d’Asie centrale accusées de faciliter des paiements pour l’achat de composants électroniques. Selon un diplomate européen, « les discussions les plus difficiles porteront sur l’aluminium », dont plusieurs industriels européens restent dépendants.
## Le point sur la situation mardi matin
> Bonjour à tous et bienvenue dans ce direct consacré à la guerre en Valdovie, au 412e jour de l’invasion. Nuit agitée dans le centre et l’est du pays, où les sirènes ont retenti pendant plus de quatre heures. Sur le front, les combats se concentrent toujours autour de Soreni, où l’armée ostrélienne a intensifié ses assauts ces derniers jours.

=== fr-live-canicule
lang: fr
outlet: Sud Rhône Info
title: Canicule : vigilance rouge dans 12 départements, jusqu’à 43 °C attendus jeudi
caption: Des promeneurs cherchent l’ombre sur les quais du Rhône, mercredi après-midi.
link: https://example.fr/actu/canicule-vigilance-rouge-12-departements
author: Rédaction Sud Rhône Info
date: 2027-07-21 17:05:00
tags: Météo, Canicule, Santé
options: crlf bom
> Météo-France a placé mercredi 12 départements en vigilance rouge canicule à partir de jeudi midi, une première depuis l’été 2019 pour la vallée du Rhône. Les températures maximales devraient atteindre 41 à 43 °C entre Valence et Avignon, et les nuits resteront tropicales, avec des minimales rarement inférieures à 24 °C.
> Le gouvernement a activé la cellule interministérielle de crise. Écoles fermées, événements sportifs reportés, horaires aménagés dans la fonction publique : de nombreuses collectivités ont déjà pris des mesures. Voici les dernières informations.
kp: L’essentiel
* 12 départements en vigilance rouge à partir de jeudi midi
* Jusqu’à 43 °C attendus entre Valence et Avignon
* Les écoles fermées dans la Drôme et le Vaucluse
* Le Tour de France modifie son étape de jeudi
## 12 départements en vigilance rouge à partir de jeudi midi
> La vigilance rouge concerne l’Ardèche, la Drôme, le Vaucluse, le Gard, les Bouches-du-Rhône, l’Isère, le Rhône, la Loire, l’Ain, la Savoie, le Var et les Alpes-de-Haute-Provence. Vingt-neuf autres départements sont placés en vigilance orange, soit près de la moitié du territoire métropolitain.
> « Nous sommes face à un épisode exceptionnel par sa durée, plus que par son intensité », a expliqué un prévisionniste de Météo-France lors d’un point presse. Le pic est attendu jeudi et vendredi, avant une baisse progressive des températures à partir de dimanche par l’ouest.
## Les écoles fermées dans la Drôme et le Vaucluse
> Les préfets de la Drôme et du Vaucluse ont décidé de fermer les écoles maternelles et élémentaires jeudi et vendredi. Les collèges et lycées restent ouverts, mais les examens de rattrapage prévus ces deux jours sont reportés au lundi 26 juillet. Un accueil sera assuré pour les enfants des soignants et des personnels de secours.
## Que faire en cas de malaise ?
> En cas de malaise d’une personne exposée à la chaleur, il faut appeler le 15 ou le 112, la placer à l’ombre, la rafraîchir avec un linge humide et lui faire boire de l’eau si elle est consciente. Les signes d’alerte sont connus : fièvre supérieure à 40 °C, peau chaude et sèche, confusion, nausées, crampes, etc.
> Un numéro vert, le 0 800 06 66 66, est ouvert tous les jours de 9 heures à 19 heures. Des informations sont aussi disponibles sur https://www.sante.gouv.fr/canicule
## Le Tour de France modifie son étape de jeudi
> Les organisateurs du Tour de France ont annoncé que l’étape de jeudi entre Montélimar et Carpentras serait raccourcie de 38 km et que le départ serait avancé à 11h30. Les coureurs disposeront de ravitaillements supplémentaires, et les zones d’arrivée seront équipées de brumisateurs.
## « On ne dort plus » : dans les Ehpad, le personnel sous tension
> « On ne dort plus, les résidents non plus », témoigne Sabrina, aide-soignante dans un Ehpad de Cavaillon. Dans son établissement, une seule salle est climatisée, où les 84 résidents se relaient par petits groupes. « On fait boire, on mouille les draps, on surveille la température de chacun deux fois par jour. Mais on est trois pour tout l’étage. »
> Élisabeth Morin, directrice d’un autre établissement à Orange, demande que des renforts soient débloqués « tout de suite, pas dans quinze jours ». L’agence régionale de santé a annoncé l’ouverture d’une réserve de 300 soignants mobilisables.
## 43 °C à Carpentras : un record pour un mois de juillet ?
> Si les prévisions se confirment, Carpentras pourrait battre son record absolu de température pour un mois de juillet, établi en 1983 à 41,6 °C. Le record absolu français, 46 °C, mesuré en juin 2019 à Vérargues, dans l’Hérault, ne devrait en revanche pas être menacé.
## Baignades interdites dans l’Ardèche après des cas de cyanobactéries
> La préfecture de l’Ardèche a interdit la baignade sur six sites de la rivière, entre Vallon-Pont-d’Arc et Saint-Martin-d’Ardèche, après la détection de cyanobactéries. La chaleur et la baisse du débit favorisent la prolifération de ces micro-organismes, potentiellement dangereux pour les enfants et les animaux.
## EDF réduit la production de deux réacteurs
> EDF a annoncé une baisse de production des réacteurs de la centrale du Tricastin, dans la Drôme, afin de respecter les limites de température des eaux rejetées dans le Rhône. L’opérateur assure que cette baisse n’aura « aucune conséquence » sur l’approvisionnement électrique du pays, grâce notamment à la production solaire.
## « La chaleur tue en silence » : l’alerte des médecins urgentistes
> « La chaleur tue en silence, souvent chez soi, sans que personne ne s’en aperçoive », rappelle le Dr Patrick Lenoir, chef des urgences du centre hospitalier d’Avignon, où le nombre de passages pour des pathologies liées à la chaleur a doublé en quarante-huit heures. Déshydratation, coups de chaleur, décompensations cardiaques : les profils sont variés, mais les personnes âgées vivant seules restent les plus exposées. Le médecin appelle chacun à prendre des nouvelles de ses voisins âgés « au moins une fois par jour, par téléphone ou en frappant à leur porte ». Santé publique France avait estimé à près de 5 000 le nombre de décès attribuables à la chaleur lors de l’été 2023.
## Les horaires de travail aménagés sur les chantiers
> Dans le BTP, de nombreuses entreprises ont décidé d’avancer les horaires de travail, avec un début de journée à 6 heures et un arrêt des chantiers à 13 heures. La fédération régionale du bâtiment rappelle que le Code du travail impose aux employeurs de fournir au moins trois litres d’eau fraîche par jour et par salarié, ainsi que des zones d’ombre. L’inspection du travail a annoncé des contrôles renforcés. « On a l’habitude, mais là, à 40 degrés, sur un toit, ce n’est pas tenable après midi », témoigne Ahmed, couvreur à Montélimar.
## Combien de temps va durer l’épisode ?
> Selon les dernières prévisions de Météo-France, l’épisode caniculaire devrait se prolonger au moins jusqu’à samedi dans la vallée du Rhône. Une dégradation orageuse, parfois violente, est attendue dimanche par le Massif central, avec un risque de grêle et de fortes rafales. Les températures pourraient alors baisser de 8 à 10 °C en vingt-quatre heures. « Ce sera un soulagement, mais les orages peuvent eux aussi être dangereux, notamment sur des sols très secs qui absorbent mal l’eau », prévient un prévisionniste.
## Ventes de ventilateurs : ruptures de stock en série
> Dans les magasins d’électroménager de la région, les ventilateurs et climatiseurs mobiles ont disparu des rayons en quelques heures. « On a reçu 200 ventilateurs mardi matin, il n’y en avait plus un seul à 11 heures », raconte le gérant d’une grande surface de Valence. Sur les sites de vente en ligne, les délais de livraison dépassent désormais dix jours pour certains modèles, et les prix ont parfois grimpé de 30 %. La DGCCRF dit surveiller d’éventuelles pratiques abusives.
## Bienvenue dans ce direct
> Bonjour et bienvenue dans ce direct consacré à l’épisode de canicule qui touche le sud-est de la France. Nous vous tiendrons informés tout au long de la journée des mesures prises par les préfectures, des prévisions de Météo-France et des conseils pour vous protéger de la chaleur.

=== fr-live-biathlon
lang: fr
outlet: Montagnes Sport
title: Mondiaux de biathlon : Léa Fournier en or sur la poursuite, doublé français à Sérac-les-Neiges
caption: Léa Fournier franchit la ligne d’arrivée, drapeau tricolore à la main.
link: https://example.fr/sports/biathlon/mondiaux-poursuite-femmes-direct
author: Julien Abravanel
date: 2027-02-14 16:20:00
tags: Biathlon, Mondiaux, Sports d’hiver
options: time=prefix
> Léa Fournier est championne du monde de la poursuite. La Savoyarde de 24 ans s’est imposée dimanche à Sérac-les-Neiges avec 18,4 secondes d’avance sur sa compatriote Inès Le Goff, malgré une faute au dernier tir debout. La Norvégienne Kari Halvorsen complète le podium, à 32,7 secondes.
> C’est le deuxième titre mondial de la carrière de Fournier, après le relais mixte de l’an dernier, et la quatrième médaille française de ces championnats. Revivez la course minute par minute.
kp: Les points clés
* Léa Fournier championne du monde de la poursuite
* Inès Le Goff en argent, doublé français
* Halvorsen complète le podium
## 15h20 | Les réactions : « Elle a une maturité incroyable »
> Le directeur des équipes de France, Stéphane Cattin, ne tarissait pas d’éloges sur sa protégée en zone mixte. « Elle a une maturité incroyable pour son âge. Il y a deux ans, une faute au dernier tir l’aurait fait paniquer. Aujourd’hui, elle repart, elle gère, elle gagne », a-t-il analysé. Il a aussi salué la performance d’Inès Le Goff, « la plus belle histoire de ces championnats », rappelant que la Bretonne avait envisagé d’arrêter sa carrière l’été dernier après une fracture du poignet.
> Kari Halvorsen, beau joueur, a reconnu la supériorité des Françaises. « Elles étaient plus fortes aujourd’hui, sur les skis comme au tir. Je suis contente de ma course, mais je reviendrai pour la mass start », a prévenu la Norvégienne, triple championne olympique.
## 15h05 | Le tableau des médailles
> Avec ce doublé, la France prend la tête du tableau des médailles de ces Mondiaux, avec 3 médailles d’or, 2 d’argent et 1 de bronze, devant la Norvège (2-3-2) et la Suède (1-1-2). Il reste encore six épreuves au programme, dont les deux mass starts et les relais, prévus samedi et dimanche prochains. Les Bleues auront l’occasion de confirmer dès mercredi lors de l’individuel 15 km, une épreuve qui a souvent réussi à Léa Fournier.
## 14h52 | Léa Fournier championne du monde de la poursuite !
> C’est fait ! Léa Fournier franchit la ligne en 31 min 12 s 4, poings serrés, avant de s’écrouler dans la neige. Elle est rejointe quelques secondes plus tard par Inès Le Goff, qui lui saute dans les bras. Les 12 000 spectateurs massés dans le stade de Sérac-les-Neiges chantent La Marseillaise à tue-tête.
> « Je n’y croyais plus après la faute au dernier tir. Je me suis dit : c’est fini, Léa, tu as tout gâché. Et puis j’ai vu les écarts sur le panneau… », a-t-elle raconté, en larmes, au micro de France Télévisions.
## 14h49 | Inès Le Goff en argent, doublé français
> Inès Le Goff résiste au retour de Kari Halvorsen dans la dernière montée et assure la médaille d’argent. La Bretonne de 27 ans, qui n’avait jamais fait mieux que 6e dans un championnat du monde, signe le plus beau résultat de sa carrière.
## 14h47 | Dernier tour : Fournier file vers le titre
> Léa Fournier aborde le dernier tour de 2,5 km avec 13,8 secondes d’avance sur Inès Le Goff et 24 secondes sur Kari Halvorsen. La Savoyarde skie avec beaucoup de fluidité dans la grande montée du Plan-Perret, là où elle avait fait la différence lors du sprint. Derrière, Le Goff ne lâche rien et se retourne régulièrement pour surveiller le retour de la Norvégienne. Les écarts semblent toutefois se stabiliser.
## 14h44 | Une faute pour Fournier au dernier tir !
> Coup de chaud dans le stade ! Léa Fournier manque sa dernière balle et file sur l’anneau de pénalité. Mais son avance était telle qu’elle repart toujours en tête, avec 14 secondes sur Le Goff, qui a fait 5/5. Halvorsen, pointée à 25 secondes, semble trop loin.
## 14h38 | 20/20 pour Le Goff, quelle régularité !
> Inès Le Goff est la seule concurrente encore sans faute après quatre tirs. Elle remonte à la deuxième place. À ce rythme, la course pourrait se jouer entre les deux Françaises. « Elle n’a jamais aussi bien tiré de sa vie », glisse son entraîneur, Patrick Jouve, au bord de la piste.
## 14h34 | Deuxième tir debout : Dal Pra craque aussi
> L’Italienne Giulia Dal Pra, deuxième au départ, commet deux fautes au tir debout et recule au 6e rang, à plus de 40 secondes. C’est une vraie désillusion pour la vice-championne du monde du sprint, qui semblait pourtant en grande forme ce matin à l’entraînement. Pendant ce temps, Fournier, toujours impeccable (15/15), file seule en tête avec une avance de 19 secondes sur Le Goff.
## 14h31 | Halvorsen revient, Öberg craque
> La Norvégienne Kari Halvorsen, partie 7e, a déjà repris 20 secondes et pointe désormais à la troisième place. La Suédoise Elin Öberg, tenante du titre, s’effondre au deuxième tir debout avec trois fautes. Elle recule au 15e rang.
## 14h22 | Premier tir couché : sans faute pour Fournier
> Léa Fournier réalise un 5/5 en 24,1 secondes, le meilleur temps au pas de tir. Elle repart avec 12 secondes d’avance sur l’Italienne Giulia Dal Pra. Inès Le Goff, 5/5 également, remonte au 4e rang. Öberg commet une faute et perd déjà 20 secondes.
## 14h15 | C’est parti !
> Léa Fournier s’élance en tête, avec 9 secondes d’avance sur Giulia Dal Pra, grâce à sa victoire au sprint vendredi. Les écarts de départ correspondent aux temps du sprint. Les conditions sont idéales : −6 °C, ciel dégagé et très peu de vent sur le pas de tir.
## 13h58 | Le programme de la journée
> Après la poursuite féminine (14h15), place aux hommes à 16h45. Côté français, Quentin Marchal partira 3e, à 21 secondes du Norvégien Sindre Aune. Les épreuves sont à suivre en direct sur La Chaîne L’Équipe et sur notre site, www.montagnes-sport.fr

=== fr-live-salon-agriculture
lang: fr
outlet: La Gazette des Champs
title: Salon de l’agriculture : le président chahuté, les syndicats divisés sur les annonces du gouvernement
caption: Le président de la République au stand des éleveurs du Limousin, samedi matin.
link: https://example.fr/agriculture/salon-inauguration-direct
author: Pauline Garrigues
date: 2027-02-27 13:40:00
tags: Agriculture, Salon de l’agriculture
options: time=glued
> L’inauguration du Salon international de l’agriculture, samedi à Paris, a une nouvelle fois été marquée par des tensions. Le président de la République a été sifflé à son arrivée porte de Versailles par plusieurs dizaines d’agriculteurs, avant de pouvoir entamer sa déambulation dans les allées, sous forte protection policière.
kp: À retenir
* Le président sifflé à son arrivée
* Un « plan de soutien » de 400 millions d’euros pour l’élevage
* La FNSEA salue « un premier pas », la Confédération paysanne dénonce « du saupoudrage »
## Il y a 2 minutes | Le président a quitté le salon après 13 heures de visite
> Le chef de l’État a quitté le parc des expositions de la porte de Versailles vers 21h10, après plus de 13 heures de déambulation, un record selon son entourage. Il a visité 48 stands, goûté une vingtaine de fromages et s’est longuement entretenu avec des représentants des filières viticole, céréalière et apicole. Avant de partir, il a promis de revenir « avant la fin du salon » pour faire un point d’étape sur les engagements pris dans la journée, notamment sur le prix du lait et les normes environnementales jugées trop contraignantes par une partie de la profession.
## Il y a 12 minutes | Débat improvisé avec des éleveurs laitiers
> Le chef de l’État s’est arrêté plus de quarante minutes au stand des éleveurs laitiers de Normandie, où un débat improvisé s’est engagé sur le prix du lait. « 38 centimes le litre, on ne s’en sort pas. Vous le savez, monsieur le président », l’a interpellé un producteur de la Manche, sous les applaudissements.
## Il y a 40 minutes | Moment de tension au stand des Jeunes Agriculteurs
> Brève altercation au stand des Jeunes Agriculteurs, où plusieurs exploitants ont interpellé le président sur la hausse du prix des engrais, en hausse de 22 % depuis l’automne. « Vous nous demandez de produire plus propre, mais vous ne nous donnez pas les moyens », a lancé un jeune céréalier de l’Eure. Le chef de l’État a proposé de le recevoir à l’Élysée « avec une délégation », une invitation acceptée du bout des lèvres. Les services de sécurité ont brièvement écarté la foule, avant que la discussion ne reprenne dans le calme.
## Il y a 1 heure | « Du saupoudrage », selon la Confédération paysanne
> La porte-parole de la Confédération paysanne a jugé les annonces « très insuffisantes ». « 400 millions, ramenés au nombre d’exploitations, ça fait quelques centaines d’euros par ferme. C’est du saupoudrage », a-t-elle dénoncé devant la presse, en réclamant des prix planchers garantis par la loi.
## Il y a 1 heure | La FNSEA salue « un premier pas »
> Le président de la FNSEA a salué « un premier pas dans la bonne direction », tout en prévenant que ses adhérents resteraient « vigilants » sur la mise en œuvre. Il a annoncé qu’un point d’étape serait fait « avant l’été » avec le ministre de l’Agriculture. Les Jeunes Agriculteurs se sont alignés sur cette position.
## Il y a 2 heures | 400 millions d’euros pour l’élevage : ce que contient le plan
> Le plan annoncé par le président comporte trois volets : une aide d’urgence de 150 millions pour les éleveurs touchés par la maladie hémorragique épizootique, 180 millions pour moderniser les bâtiments d’élevage et 70 millions pour l’installation des jeunes. Les premiers versements doivent intervenir « avant le 1er mai ».
> Élaboré en deux semaines avec le ministère de l’Agriculture, ce plan s’ajoute aux mesures déjà votées dans la loi de finances. Les détails seront publiés dans un décret, précise l’Élysée.
## Il y a 3 heures | Le président sifflé à son arrivée
> À peine sorti de sa voiture, vers 8 heures, le président a été accueilli par des sifflets et des slogans hostiles. Une centaine d’agriculteurs, pour la plupart membres de la Coordination rurale, s’étaient massés près de l’entrée du hall 1. Plusieurs CRS se sont interposés, sans incident majeur.
> « On n’est pas venus casser quoi que ce soit. On veut juste qu’il nous écoute », a expliqué Jean-Marc, éleveur de vaches charolaises dans l’Allier, gilet jaune fluo sur le dos.
## Il y a 3 heures | Visite au stand de l’Aveyron et de la vache Oréade
> Première étape attendue : la rencontre avec Oréade, l’égérie du salon, au stand de l’Aveyron. Le président a posé pour les photographes aux côtés de l’éleveur, Julien Bouscaren, qui a fait le voyage depuis Laguiole avec sa famille et trois autres bêtes. « Elle est plus calme que certains de mes ministres », a plaisanté le chef de l’État, déclenchant les rires. L’éleveur en a profité pour plaider en faveur de la race aubrac, dont les effectifs ont progressé de 15 % en dix ans.
## Il y a 4 heures | Le salon ouvre ses portes
> Le Salon international de l’agriculture ouvre ses portes ce samedi à 9 heures, porte de Versailles, à Paris, jusqu’au dimanche 7 mars. Plus de 600 000 visiteurs sont attendus. L’égérie de cette édition est Oréade, une vache de race aubrac de 6 ans venue de l’Aveyron.

=== fr-plain-cambriolages
lang: fr
outlet: L’Écho de la Vallée
title: Vague de cambriolages à Saint-Arlès : trois hommes interpellés, M. le maire appelle à la vigilance
caption: La gendarmerie de Saint-Arlès, où les suspects ont été placés en garde à vue.
link: https://example.fr/faits-divers/saint-arles-cambriolages-trois-interpellations
author: J.-P. Lacombe
date: 2027-01-19 11:30:00
tags: Faits divers, Saint-Arlès, Gendarmerie
> Trois hommes âgés de 19 à 34 ans ont été interpellés mardi à l’aube par les gendarmes de la compagnie de Saint-Arlès, soupçonnés d’être à l’origine d’une vingtaine de cambriolages commis depuis novembre dans les communes du canton. L’opération, qui a mobilisé 45 militaires dont des maîtres-chiens, s’est déroulée simultanément à Saint-Arlès, à Pradelles et à Montbrison-le-Vieux.
> Selon le parquet, les suspects visaient en priorité des maisons isolées, le plus souvent en fin d’après-midi, entre 17 h et 19 h, lorsque les occupants n’étaient pas encore rentrés du travail. Ils s’emparaient de bijoux, d’ordinateurs portables, de consoles PlayStation, de téléphones… et parfois de bouteilles de vin. Le préjudice total est estimé à 186 450,50 €.
> « Ils étaient organisés, rapides et très prudents », explique le commandant de compagnie, le chef d’escadron J.-P. Martin. « Ils repéraient les maisons sur Google Maps, puis passaient en voiture deux ou trois fois avant de frapper. » C’est finalement une caméra de surveillance installée par un particulier, rue du Dr Schweitzer, qui a permis d’identifier leur véhicule.
> L’un des suspects était déjà connu des services de police pour des faits similaires commis en 2022 dans le Vaucluse. Les trois hommes ont été placés en garde à vue dans les locaux de la brigade de recherches. Ils devaient être présentés mercredi à un juge d’instruction, en vue d’une mise en examen pour vols en bande organisée et recel.
> Mme Simone Carrère, 78 ans, fait partie des victimes. Le 12 décembre, elle a retrouvé sa porte-fenêtre fracturée en rentrant des courses. « Ils ont pris l’alliance de mon mari, qui est mort il y a cinq ans. Le reste, je m’en fiche… Mais ça, je ne l’aurai plus jamais », confie-t-elle, la voix tremblante. Les gendarmes lui ont laissé entendre que certains bijoux avaient pu être retrouvés.
> En effet, lors des perquisitions, les enquêteurs ont saisi de nombreux objets, dont 32 bagues, une dizaine de montres, six ordinateurs MacBook, quatre tablettes, trois consoles, 2 400 euros en liquide, etc.
> Les victimes qui pensent reconnaître leurs biens sont invitées à se présenter à la gendarmerie de Saint-Arlès, au 4, avenue du Général-de-Gaulle, du lundi au vendredi de 8 h 30 à 12 h, munies d’une pièce d’identité et, si possible, de photographies ou de factures. Elles peuvent aussi écrire à l’adresse bdr.saint-arles@gendarmerie.interieur.gouv.fr en précisant le numéro de leur plainte.
> À la mairie, on se félicite de ces interpellations, tout en appelant à la prudence. « Il ne faut pas baisser la garde », insiste M. le maire, Gérard Pons. Il rappelle que la commune participe au dispositif Voisins vigilants et que l’opération Tranquillité vacances est ouverte toute l’année, et non plus seulement l’été, sur simple inscription en ligne.
> Éric Valat, président de l’association des commerçants, réclame de son côté davantage de caméras dans le centre-ville. « On en a 14 aujourd’hui, il en faudrait au moins le double », estime-t-il. Le conseil municipal doit examiner le 3 février une demande de subvention de 85 000 € auprès de la région pour en installer dix supplémentaires.
> Au-delà de cette affaire, les chiffres de la délinquance dans le département témoignent d’une hausse continue des cambriolages depuis trois ans. Selon la préfecture, 2 846 faits ont été enregistrés en 2026, soit une augmentation de 12,4 % par rapport à 2025, avec une concentration marquée dans les zones périurbaines et rurales. Les gendarmes rappellent quelques conseils simples : ne pas laisser de clés sous le paillasson, fermer les volets lors d’une absence prolongée, ne pas annoncer ses vacances sur les réseaux sociaux, faire relever son courrier par un voisin, etc. « Un cambrioleur passe en moyenne moins de dix minutes dans une maison. Tout ce qui le ralentit le décourage », souligne l’adjudant-chef Mélanie Roux.
> « 90 % des cambriolages que nous traitons auraient pu être évités, ou au moins rendus beaucoup plus difficiles, avec des gestes de bon sens », insiste-t-elle. La brigade organise d’ailleurs une réunion publique de prévention le jeudi 28 janvier à 18 h 30, salle Jean-Moulin, ouverte à tous les habitants du canton.
> Les trois suspects encourent jusqu’à dix ans d’emprisonnement et 150 000 euros d’amende. Leur avocat, Me Laurent Dufresne, du barreau de Nîmes, n’a pas souhaité s’exprimer avant l’audition de ses clients par le juge d’instruction.

=== fr-plain-usine-batteries
lang: fr
outlet: Le Moniteur des Entreprises
title: À Douvrin-sur-Lys, l’usine de batteries de VoltaCell S.A. supprime 480 postes
caption: L’entrée du site de VoltaCell, à Douvrin-sur-Lys, mardi matin.
link: https://example.fr/economie/voltacell-douvrin-plan-social
author: Mathilde Ourahmoune
date: 2027-06-08 09:15:00
tags: Économie, Industrie, Emploi, Hauts-de-France
> Le fabricant de batteries VoltaCell S.A. a annoncé mardi la suppression de 480 postes dans son usine de Douvrin-sur-Lys (Pas-de-Calais), soit près d’un tiers des effectifs du site. La direction invoque « un effondrement des commandes » de la part des constructeurs automobiles européens, qui ont revu à la baisse leurs objectifs de ventes de véhicules électriques pour 2028.
> L’annonce a été faite lors d’un comité social et économique extraordinaire, convoqué à 9 h. Les représentants du personnel sont sortis de la réunion vers 11h45, visiblement sonnés. « On nous avait promis 3 000 emplois à terme. On se retrouve avec un plan social moins de quatre ans après l’inauguration », résume Karima Benali, déléguée CFDT.
> Le site, inauguré en grande pompe en 2023 en présence de plusieurs ministres, avait bénéficié de 845,5 millions d’euros d’aides publiques, dont 210 millions de la région Hauts-de-France. Il emploie aujourd’hui 1 512 salariés, pour une capacité de production de 13 GWh par an, soit l’équivalent d’environ 200 000 véhicules.
> Dans un communiqué, le directeur général de VoltaCell, M. Frédéric O’Neill, assure que « toutes les solutions de reclassement interne seront étudiées en priorité » et que le groupe « reste pleinement engagé en France ». Il évoque un chiffre d’affaires de 1,25 milliard d’euros en 2026, en recul de 18 %, et une perte nette de 312 millions.
> Élus locaux et syndicats réclament désormais le remboursement d’une partie des aides publiques. « L’argent des contribuables n’est pas un cadeau sans condition », tonne la présidente de région, qui a demandé à rencontrer la direction « dans les quarante-huit heures ». Le ministre de l’Industrie doit se rendre sur place vendredi.
> Pour les analystes, la situation de VoltaCell illustre les difficultés de toute la filière européenne face à la concurrence chinoise. « Les cellules chinoises sont aujourd’hui 30 à 40 % moins chères. Aucun site européen n’est à l’abri », estime Dr Anne-Sophie Kessler, économiste spécialiste de l’automobile au cabinet McKinsey, qui cite aussi les déboires d’autres projets en Allemagne et en Suède.
> Ébranlés, les salariés se sont rassemblés à la mi-journée devant l’entrée principale, à l’appel de l’intersyndicale. Une centaine d’entre eux ont bloqué pendant une heure la RD 947, provoquant d’importants ralentissements. Une assemblée générale est prévue jeudi à 14h, à la salle des fêtes de Douvrin-sur-Lys.
> Selon la direction, les suppressions de postes concerneront principalement les équipes de production de nuit, ainsi que certains services support (logistique, maintenance, qualité, etc.). Le plan doit être négocié dans les quatre mois, conformément au Code du travail. Aucun licenciement sec n’interviendrait avant le 1er janvier 2028.
> Les salariés concernés peuvent obtenir des informations auprès de la cellule d’accompagnement mise en place par la préfecture, joignable au 03 21 00 00 00 ou par e-mail à cellule.emploi@pas-de-calais.gouv.fr. Une page dédiée a été ouverte sur le site de la préfecture, www.pas-de-calais.gouv.fr
> Au-delà du site de Douvrin-sur-Lys, c’est toute la stratégie industrielle française en matière de batteries qui est interrogée. Trois « gigafactories » devaient voir le jour dans les Hauts-de-France d’ici à 2030, pour une capacité cumulée de 120 GWh et quelque 9 000 emplois directs. Deux projets ont déjà été retardés, et le troisième, porté par un consortium sino-européen, attend toujours son permis de construire. « On a voulu aller très vite, avec beaucoup d’argent public, sur un marché qui n’était pas encore là. Il faut maintenant être patient, sans renoncer », plaide un conseiller du ministère de l’Industrie, qui a requis l’anonymat.
> Le député de la circonscription, M. Arnaud Vermeulen, a écrit au Premier ministre pour demander la création d’une « task force » associant l’État, la région et les constructeurs automobiles. Il suggère notamment d’imposer un contenu minimal de cellules fabriquées en Europe dans les véhicules bénéficiant du bonus écologique, une mesure déjà évoquée à Bruxelles. Réponse attendue « sous quinze jours », selon son cabinet.
> L’action VoltaCell a perdu 11,3 % mardi à la Bourse de Paris, à 7,42 €.

=== fr-plain-proces-notaire
lang: fr
outlet: Le Petit Juriste Normand
title: Procès du notaire de Pont-Évêque : « J’ai emprunté, je n’ai jamais volé », se défend Me Arnaud Tessier
caption:
link: https://example.fr/justice/proces-notaire-pont-eveque-jour-2
author: Bénédicte Roux
date: 2027-10-06 20:05:00
tags: Justice, Normandie
options: nocaptionline
> « J’ai emprunté, je n’ai jamais volé. » Droit dans son costume gris, Me Arnaud Tessier, 61 ans, a maintenu sa ligne de défense mardi devant le tribunal correctionnel de Caen, au deuxième jour de son procès pour abus de confiance. L’ancien notaire de Pont-Évêque est accusé d’avoir détourné 2,37 millions d’euros appartenant à 43 clients entre 2016 et 2023.
> Selon l’ordonnance de renvoi, longue de 212 pages, l’argent transitait par le compte de l’étude, avant d’être viré sur des comptes personnels ou utilisé pour rembourser d’autres clients. Un système de « cavalerie » classique, selon l’accusation, qui se serait effondré lorsqu’une succession importante, celle de M. et Mme Vautrin, a dû être réglée en urgence.
> — Pourquoi ne pas avoir prévenu la chambre des notaires ? lui a demandé la présidente, Mme Catherine Lemaire-Dubois.
> — J’avais honte. Je pensais pouvoir tout rembourser avant que quiconque ne s’en aperçoive, a répondu le prévenu, la voix à peine audible.
> Au premier rang du public, plusieurs victimes ont secoué la tête. Parmi elles, Odette, 84 ans, qui attend depuis quatre ans le produit de la vente de la maison de sa sœur, soit 186 000 €. « Il venait déjeuner chez nous le dimanche. Il connaissait tout de notre vie », souffle-t-elle à la suspension d’audience, vers 16 h 15.
> L’expert-comptable mandaté par le juge d’instruction, M. Hervé Lagarde, a détaillé pendant près de deux heures les mouvements de fonds. Sur les 2,37 millions détournés, environ 900 000 € auraient servi à rembourser d’autres clients, 640 000 € à financer des travaux dans une résidence secondaire à Honfleur et le reste à des dépenses courantes, voyages, voitures, etc. « Je n’ai retrouvé aucune trace de jeu ou de placement risqué », a-t-il précisé.
> Éloquente, l’avocate des parties civiles, Me Sophie N’Diaye, a rappelé que la profession de notaire reposait « tout entière sur la confiance ». « Quand un client confie ses économies à son notaire, il ne confie pas seulement de l’argent. Il confie l’histoire de sa famille », a-t-elle plaidé, citant l’article 314-1 du Code pénal.
> La chambre interdépartementale des notaires, partie civile, a indiqué que sa caisse de garantie avait déjà indemnisé 31 victimes, pour un montant de 1,62 million d’euros. Les autres attendent l’issue du procès. Le prévenu, radié en 2024, risque jusqu’à sept ans d’emprisonnement et 750 000 € d’amende, une peine aggravée en raison de sa qualité d’officier public ou ministériel.
> En fin de journée, le tribunal a entendu deux anciennes collaboratrices de l’étude. La première, clerc de notaire pendant dix-neuf ans, a raconté comment elle avait découvert, en mars 2023, qu’un acte de vente signé six mois plus tôt n’avait jamais donné lieu au versement du prix au vendeur. « J’ai cru à une erreur de saisie. J’ai vérifié trois fois… Puis j’ai compris », a-t-elle expliqué, la gorge nouée. Elle affirme avoir immédiatement alerté son employeur, qui lui aurait répondu qu’il « s’en occupait ». Deux semaines plus tard, elle saisissait la chambre des notaires, déclenchant l’inspection qui allait mettre au jour l’ampleur des détournements.
> Appelé à la barre en début d’après-midi, le président de la chambre interdépartementale, Me Didier Lavallée, a reconnu que les contrôles n’avaient pas permis de détecter plus tôt les détournements. « Les inspections annuelles portent sur un échantillon de dossiers. Un notaire qui veut dissimuler peut, pendant un temps, y parvenir », a-t-il admis, avant d’annoncer que la profession expérimentait depuis 2025 un outil d’analyse automatique des comptes d’étude, capable de repérer les mouvements atypiques. Une réponse jugée tardive par les parties civiles. « Sept ans, 43 victimes, 2,37 millions d’euros… Et personne n’a rien vu ? », a ironisé Me N’Diaye.
> Le procès doit se poursuivre mercredi avec les réquisitions du procureur de la République, M. Yann Le Bihan, puis les plaidoiries de la défense. Le jugement pourrait être mis en délibéré à plusieurs semaines.

=== fr-plain-concert-critique
lang: fr
outlet: Scènes & Sons
title: Concert : à l’Olympia, Nadia Ferrand réinvente la chanson française… et met le public debout
caption: Nadia Ferrand sur la scène de l’Olympia, vendredi soir.
link: https://example.fr/musique/nadia-ferrand-olympia-critique
author: Rémi Castagnet
date: 2027-11-13 08:45:00
tags: Musique, Concert, Chanson française
> Elle est entrée sur scène sans un mot, en robe noire, pieds nus, un vieux micro Shure à la main. Pendant près d’une minute, Nadia Ferrand a regardé la salle, immobile, pendant que les 2 000 spectateurs de l’Olympia retenaient leur souffle. Puis elle a souri, et la première note de « Rue des Cascades » est tombée comme une pierre dans l’eau.
> Pour la première de ses quatre soirées parisiennes, vendredi, la chanteuse de 34 ans a offert un concert de deux heures et quart, sans entracte, porté par un quintette impeccable : piano, contrebasse, batterie, violoncelle et un accordéon tenu par le vétéran J.-M. Auclair, 72 ans. Son troisième album, « Ce qu’il reste », s’est vendu à plus de 180 000 exemplaires depuis mars.
> « Je vais vous chanter des chansons tristes. Ne vous inquiétez pas, il y en aura aussi des très tristes », a-t-elle lancé après le deuxième titre, déclenchant l’hilarité générale. L’humour, discret, pince-sans-rire, est l’une des armes de cette ancienne étudiante en lettres, révélée en 2021 par une vidéo YouTube tournée dans sa cuisine.
> — Vous êtes venus de loin ? a-t-elle demandé à une spectatrice du premier rang.
> — De Lorient !
> — Alors ce morceau est pour vous. Il parle de la pluie.
> Le public l’a suivie partout : dans la valse lente de « Mme Irma », portrait tendre d’une voyante de quartier, dans la rage de « Quatorze heures trente », chanson sur le harcèlement au travail, et jusque dans une reprise bouleversante de « Ne me quitte pas », chantée a cappella au bord de la scène. Au dernier refrain, certains pleuraient ouvertement.
> Ève, 23 ans, venue avec sa mère depuis Reims, n’en revenait pas. « Je l’écoute tous les jours sur Spotify depuis deux ans, mais en vrai, c’est autre chose… On a l’impression qu’elle chante pour chacun d’entre nous. » Sa mère, elle, a découvert la chanteuse le soir même : « Je ne connaissais que le nom. Je vais acheter le disque. »
> Au milieu du concert, Nadia Ferrand s’est assise au piano pour un moment plus intime, interprétant seule trois chansons de son premier album, enregistré en 2021 avec un budget de 3 500 €. C’est peut-être là qu’elle est la plus impressionnante : une voix grave, presque parlée, qui monte soudain dans des aigus que l’on n’attendait pas, et une diction d’une précision rare, héritée, dit-elle, des heures passées à écouter Barbara et Anne Sylvestre sur les vinyles de sa grand-mère. Le silence dans la salle était tel qu’on entendait le ronronnement des projecteurs.
> Il y a bien quelques longueurs, notamment un medley un peu appuyé au milieu du concert, et une mise en lumière parfois trop sage. Mais ces réserves pèsent peu face à la force de l’ensemble. Nadia Ferrand a cette qualité rare, à peine croyable à 34 ans, de faire tenir un monde dans une chanson de trois minutes.
> Il faut aussi saluer le travail des musiciens, à commencer par la violoncelliste Sarah Kaplan, dont les contrechants donnent aux chansons une profondeur nouvelle, et le batteur Yohann Diakité-Roux, d’une délicatesse rare aux balais. Les arrangements, signés par le pianiste Olivier Thénard, évitent le piège de l’emphase et laissent respirer les textes. Sur « Quatorze heures trente », le groupe a même osé une longue coda instrumentale de près de six minutes, proche du jazz, qui a surpris une partie du public avant de l’emporter. À la sortie, plusieurs spectateurs fredonnaient encore le refrain sur le trottoir du boulevard.
> Elle sera encore à l’Olympia les 14, 15 et 16 novembre, puis en tournée dans 38 villes jusqu’en juin 2028. Quelques places sont encore disponibles, entre 39 et 65 €, sur le site de la salle, www.olympia-example.fr, ou à la billetterie du 28, boulevard des Capucines, du mardi au samedi de 12 h à 19 h.
> Le prochain album est annoncé pour l’automne 2028. Son titre ? « On verra bien… »
