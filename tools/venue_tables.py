"""Hand-written venue and organisation data read by ``tools/build_places.py`` (build time only).

Venue words: ``kind|English label|forms`` per language (forms comma-separated, as written in running text;
the runtime also accepts the form with its first letter upper-cased). Named venues: one line each,
``key|kind|English name|owner|city (English GeoNames name, or -)``, and per language the surface forms.
"""

from __future__ import annotations

VENUE_WORDS = {
    "en": """
embassy|embassy|embassy,embassies
consulate|consulate general|consulate general,consulate-general,consulates general
consulate|consulate|consulate,consulates
ministry|foreign ministry|foreign ministry,ministry of foreign affairs,Ministry of Foreign Affairs,foreign affairs ministry
ministry|reception house|reception house,Reception House,state guest house,State Guest House,government guest house,Government Guest House
ministry|ministry|ministry
palace|presidential palace|presidential palace
palace|palace|palace
residence|official residence|official residence,presidential residence
residence|residence|residence
chancellery|chancellery|chancellery
headquarters|headquarters|headquarters,HQ
hotel|hotel|hotel
airport|airport|airport
parliament|parliament|parliament
conference_centre|conference centre|conference centre,conference center,convention center,convention centre
""",
    "de": """
embassy|embassy|Botschaft,Botschaften
consulate|consulate general|Generalkonsulat,Generalkonsulats,Generalkonsulate,Generalkonsulaten
consulate|consulate|Konsulat,Konsulats,Konsulate,Konsulaten
ministry|foreign ministry|Außenministerium,Außenministeriums,Außenministerien,Außenamt,Außenamts,Außenamtes
ministry|reception house|Gästehaus der Regierung,Gästehaus der Bundesregierung,Gästehaus des Außenministeriums,Empfangshaus,Empfangsgebäude
ministry|ministry|Ministerium,Ministeriums
palace|presidential palace|Präsidentenpalast,Präsidentenpalastes,Präsidentenpalasts
palace|palace|Palast,Palastes,Palasts,Palais
residence|official residence|Amtssitz,Amtssitzes,Amtssitzes
residence|residence|Residenz,Präsidentenresidenz
chancellery|chancellery|Kanzleramt,Kanzleramts,Kanzleramtes
headquarters|headquarters|Hauptquartier,Hauptquartiers,Zentrale
hotel|hotel|Hotel,Hotels
airport|airport|Flughafen,Flughafens
parliament|parliament|Parlament,Parlaments,Parlamentes
conference_centre|conference centre|Konferenzzentrum,Konferenzzentrums,Kongresszentrum,Kongresszentrums
""",
    "fr": """
embassy|embassy|ambassade,ambassades
consulate|consulate general|consulat général,consulat-général,consulats généraux
consulate|consulate|consulat,consulats
ministry|foreign ministry|ministère des Affaires étrangères,ministère des affaires étrangères,ministère de l'Europe et des Affaires étrangères
ministry|reception house|maison de réception,Maison de réception,résidence des hôtes de l'État,résidence d'État
ministry|ministry|ministère
palace|presidential palace|palais présidentiel
palace|palace|palais
residence|residence|résidence
chancellery|chancellery|chancellerie
headquarters|headquarters|siège,quartier général
hotel|hotel|hôtel
airport|airport|aéroport
parliament|parliament|parlement
conference_centre|conference centre|centre de conférences,centre des congrès,palais des congrès
""",
    "es": """
embassy|embassy|embajada,embajadas
consulate|consulate general|consulado general,consulados generales
consulate|consulate|consulado,consulados
ministry|foreign ministry|Ministerio de Asuntos Exteriores,Ministerio de Relaciones Exteriores,ministerio de Asuntos Exteriores,ministerio de Relaciones Exteriores,cancillería,Cancillería
ministry|reception house|Casa de Huéspedes,casa de huéspedes oficial,Casa de Recepciones,casa de recepciones
ministry|ministry|ministerio
palace|presidential palace|palacio presidencial
palace|palace|palacio
residence|residence|residencia
headquarters|headquarters|sede,cuartel general
hotel|hotel|hotel
airport|airport|aeropuerto
parliament|parliament|parlamento
conference_centre|conference centre|centro de convenciones,centro de conferencias,palacio de congresos
""",
    "ru": """
embassy|embassy|посольство,посольства,посольству,посольством,посольстве,посольств
consulate|consulate general|генеральное консульство,генерального консульства,генеральному консульству,генеральным консульством,генеральном консульстве,генконсульство,генконсульства,генконсульству,генконсульством,генконсульстве
consulate|consulate|консульство,консульства,консульству,консульством,консульстве,консульств
ministry|foreign ministry|МИД,МИДа,МИДе,МИДу,МИДом,министерство иностранных дел,министерства иностранных дел,министерству иностранных дел,министерством иностранных дел,министерстве иностранных дел,Министерство иностранных дел,Министерства иностранных дел,Министерстве иностранных дел,внешнеполитическое ведомство,внешнеполитического ведомства
ministry|ministry|министерство,министерства,министерстве
ministry|reception house|Дом приёмов,Дом приемов,Дома приёмов,Дома приемов,Дому приёмов,Дому приемов,Домом приёмов,Домом приемов,Доме приёмов,Доме приемов,особняк на Спиридоновке,особняке на Спиридоновке
palace|palace|дворец,дворца,дворцу,дворцом,дворце
residence|residence|резиденция,резиденции,резиденцию,резиденцией
chancellery|chancellery|канцелярия,канцелярии,канцелярию
headquarters|headquarters|штаб-квартира,штаб-квартиры,штаб-квартире,штаб-квартиру
hotel|hotel|отель,отеля,отелю,отелем,отеле,гостиница,гостиницы,гостинице,гостиницу
airport|airport|аэропорт,аэропорта,аэропорту,аэропортом
parliament|parliament|парламент,парламента,парламенте
conference_centre|conference centre|конгресс-центр,конгресс-центра,конгресс-центре,конференц-зал,конференц-зале
""",
}

#: key|kind|English name|owner (alpha-2 or -)|city (English GeoNames name or -)|country of the city
NAMED_VENUES = """
white-house|residence|White House|US|Washington|US
kremlin|palace|Kremlin|RU|Moscow|RU
elysee|palace|Élysée Palace|FR|Paris|FR
matignon|residence|Hôtel Matignon|FR|Paris|FR
quai-dorsay|ministry|Quai d'Orsay|FR|Paris|FR
downing-street|residence|10 Downing Street|GB|London|GB
fcdo|ministry|Foreign, Commonwealth and Development Office|GB|London|GB
lancaster-house|palace|Lancaster House|GB|London|GB
chequers|residence|Chequers|GB|-|GB
pentagon|headquarters|Pentagon|US|-|US
state-department|ministry|U.S. Department of State|US|Washington|US
camp-david|residence|Camp David|US|-|US
blair-house|residence|Blair House|US|Washington|US
bundeskanzleramt|chancellery|Federal Chancellery|DE|Berlin|DE
auswaertiges-amt|ministry|Federal Foreign Office|DE|Berlin|DE
minoritenplatz|ministry|Federal Ministry for European and International Affairs|AT|Vienna|AT
bellevue|palace|Bellevue Palace|DE|Berlin|DE
bundestag|parliament|Bundestag|DE|Berlin|DE
zhongnanhai|residence|Zhongnanhai|CN|Beijing|CN
great-hall|palace|Great Hall of the People|CN|Beijing|CN
diaoyutai|residence|Diaoyutai State Guesthouse|CN|Beijing|CN
palais-des-nations|headquarters|Palais des Nations|-|Geneva|CH
un-headquarters|headquarters|United Nations Headquarters|-|New York City|US
planalto|palace|Palácio do Planalto|BR|Brasília|BR
alvorada|residence|Palácio da Alvorada|BR|Brasília|BR
itamaraty|ministry|Itamaraty Palace|BR|Brasília|BR
casa-rosada|palace|Casa Rosada|AR|Buenos Aires|AR
los-pinos|residence|Los Pinos|MX|Mexico City|MX
moneda|palace|La Moneda Palace|CL|Santiago|CL
miraflores|palace|Miraflores Palace|VE|Caracas|VE
moncloa|palace|Moncloa Palace|ES|Madrid|ES
santa-cruz|ministry|Palacio de Santa Cruz|ES|Madrid|ES
blue-house|residence|Blue House|KR|Seoul|KR
rashtrapati-bhavan|palace|Rashtrapati Bhavan|IN|New Delhi|IN
hyderabad-house|palace|Hyderabad House|IN|New Delhi|IN
kantei|residence|Kantei|JP|Tokyo|JP
akasaka|palace|Akasaka Palace|JP|Tokyo|JP
chigi|palace|Palazzo Chigi|IT|Rome|IT
quirinale|palace|Quirinal Palace|IT|Rome|IT
farnesina|ministry|Farnesina|IT|Rome|IT
hofburg|palace|Hofburg|AT|Vienna|AT
federal-palace|parliament|Federal Palace|CH|Bern|CH
mariinsky|palace|Mariinskyi Palace|UA|Kyiv|UA
knesset|parliament|Knesset|IL|Jerusalem|IL
novo-ogaryovo|residence|Novo-Ogaryovo|RU|-|RU
bocharov-ruchei|residence|Bocharov Ruchei|RU|Sochi|RU
konstantinovsky|palace|Konstantinovsky Palace|RU|Saint Petersburg|RU
smolenskaya|ministry|Ministry of Foreign Affairs of Russia|RU|Moscow|RU
government-house-ru|headquarters|Government House|RU|Moscow|RU
sre|ministry|Secretariat of Foreign Affairs|MX|Mexico City|MX
palacio-nacional-mx|palace|National Palace|MX|Mexico City|MX
casa-narino|palace|Casa de Nariño|CO|Bogotá|CO
carondelet|palace|Carondelet Palace|EC|Quito|EC
belem|palace|Belém Palace|PT|Lisbon|PT
malacanang|palace|Malacañang Palace|PH|Manila|PH
ak-orda|palace|Akorda|KZ|Astana|KZ
union-buildings|headquarters|Union Buildings|ZA|Pretoria|ZA
san-martin-palace|ministry|San Martín Palace|AR|Buenos Aires|AR
south-block|ministry|South Block|IN|New Delhi|IN
independence-palace-by|palace|Palace of Independence|BY|Minsk|BY
egmont|ministry|Egmont Palace|BE|Brussels|BE
fps-foreign-affairs|ministry|FPS Foreign Affairs|BE|Brussels|BE
rue-de-la-loi|residence|16 rue de la Loi|BE|Brussels|BE
torre-tagle|ministry|Torre Tagle Palace|PE|Lima|PE
palacio-quemado|palace|Palacio Quemado|BO|La Paz|BO
palacio-lopez|palace|Palacio de López|PY|Asunción|PY
palacio-santos|ministry|Palacio Santos|UY|Montevideo|UY
torre-ejecutiva|palace|Torre Ejecutiva|UY|Montevideo|UY
palacio-san-carlos|ministry|Palacio de San Carlos|CO|Bogotá|CO
bestepe|palace|Presidential Complex|TR|Ankara|TR
cankaya|palace|Çankaya Mansion|TR|Ankara|TR
ittihadiya|palace|Al-Ittihadiya Palace|EG|Cairo|EG
belweder|palace|Belweder|PL|Warsaw|PL
czernin|ministry|Czernin Palace|CZ|Prague|CZ
prague-castle|palace|Prague Castle|CZ|Prague|CZ
sandor|palace|Sándor Palace|HU|Budapest|HU
cotroceni|palace|Cotroceni Palace|RO|Bucharest|RO
iveagh|ministry|Iveagh House|IE|Dublin|IE
necessidades|ministry|Necessidades Palace|PT|Lisbon|PT
aso-rock|residence|Aso Rock Presidential Villa|NG|Abuja|NG
jubilee-house|palace|Jubilee House|GH|Accra|GH
bangabhaban|palace|Bangabhaban|BD|Dhaka|BD
merdeka|palace|Merdeka Palace|ID|Jakarta|ID
wisma-putra|ministry|Wisma Putra|MY|Putrajaya|MY
perdana-putra|residence|Perdana Putra|MY|Putrajaya|MY
istana-negara|palace|Istana Negara|MY|Kuala Lumpur|MY
istana-sg|palace|Istana|SG|Singapore|SG
rideau-hall|residence|Rideau Hall|CA|Ottawa|CA
parliament-hill|parliament|Parliament Hill|CA|Ottawa|CA
peace-palace|headquarters|Peace Palace|-|The Hague|NL
kasumigaseki|ministry|Kasumigaseki|JP|Tokyo|JP
ballhausplatz|chancellery|Ballhausplatz|AT|Vienna|AT
rosenbad|chancellery|Rosenbad|SE|Stockholm|SE
christiansborg|parliament|Christiansborg Palace|DK|Copenhagen|DK
saadabad|palace|Saadabad Palace|IR|Tehran|IR
al-yamamah|palace|Al-Yamamah Palace|SA|Riyadh|SA
amiri-diwan|palace|Amiri Diwan|QA|Doha|QA
bayan-palace|palace|Bayan Palace|KW|Kuwait City|KW
qasr-al-watan|palace|Qasr Al Watan|AE|Abu Dhabi|AE
gudaibiya|palace|Gudaibiya Palace|BH|Manama|BH
al-alam|palace|Al Alam Palace|OM|Muscat|OM
husseiniya|palace|Al Husseiniya Palace|JO|Amman|JO
kuksaroy|residence|Kuksaroy|UZ|Tashkent|UZ
aiwan-e-sadr|palace|Aiwan-e-Sadr|PK|Islamabad|PK
beehive|parliament|Beehive|NZ|Wellington|NZ
marina-bj|palace|Palais de la Marina|BJ|Cotonou|BJ
garzas|palace|Palacio de las Garzas|PA|Panama City|PA
etoudi|palace|Unity Palace|CM|Yaoundé|CM
koulouba|palace|Koulouba Palace|ML|Bamako|ML
kosyam|palace|Kosyam Palace|BF|Ouagadougou|BF
el-mouradia|palace|El Mouradia Palace|DZ|Algiers|DZ
sekoutoureya|palace|Sékoutouréya Palace|GN|Conakry|GN
bord-de-mer|palace|Palais du Bord de Mer|GA|Libreville|GA
villa-somalia|palace|Villa Somalia|SO|Mogadishu|SO
menelik|palace|Menelik Palace|ET|Addis Ababa|ET
urugwiro|palace|Urugwiro Village|RW|Kigali|RW
palacio-revolucion|palace|Palace of the Revolution|CU|Havana|CU
mburuvicha|residence|Mburuvicha Róga|PY|Asunción|PY
zarzuela|palace|Zarzuela Palace|ES|Madrid|ES
ala-archa|residence|Ala-Archa State Residence|KG|Bishkek|KG
orbeliani|palace|Orbeliani Palace|GE|Tbilisi|GE
nurul-iman|palace|Istana Nurul Iman|BN|Bandar Seri Begawan|BN
palais-bourbon|parliament|Palais Bourbon|FR|Paris|FR
bernerhof|ministry|Bernerhof|CH|Bern|CH
von-wattenwyl|residence|von Wattenwyl House|CH|Bern|CH
iikura|residence|Iikura Guest House|JP|Tokyo|JP
palacio-viana|ministry|Palacio de Viana|ES|Madrid|ES
mamayev-kurgan|memorial|Mamayev Kurgan|RU|Volgograd|RU
yad-vashem|memorial|Yad Vashem|IL|Jerusalem|IL
raj-ghat|memorial|Raj Ghat|IN|New Delhi|IN
piskaryovskoye|memorial|Piskaryovskoye Memorial Cemetery|RU|Saint Petersburg|RU
ho-chi-minh-mausoleum|memorial|Ho Chi Minh Mausoleum|VN|Hanoi|VN
palacio-cultura-gt|palace|National Palace of Culture|GT|Guatemala City|GT
palacio-bolivar|ministry|Palacio Bolívar|PA|Panama City|PA
tahrir-palace|ministry|Tahrir Palace|EG|Cairo|EG
"""

#: Named venues another state's building of the same name shares: key|owner|city (English GeoNames name)|country of
#: the city. A report filed from a city of that state means its building ("Wien, 12. November ... im
#: Bundeskanzleramt" is the Austrian chancellery, not the German one).
SHARED_VENUES = """
bundeskanzleramt|AT|Vienna|AT
bundeskanzleramt|CH|Bern|CH
palacio-nacional-mx|DO|Santo Domingo|DO
palacio-nacional-mx|GT|Guatemala City|GT
government-house-ru|BY|Minsk|BY
government-house-ru|KZ|Astana|KZ
government-house-ru|KG|Bishkek|KG
government-house-ru|AM|Yerevan|AM
"""

#: key -> forms per language (en, de, fr, es, ru), ``-`` for none
NAMED_FORMS = """
white-house|White House,Oval Office|Weißes Haus,Weißen Haus,Weißen Hauses,Oval Office|Maison Blanche,Maison-Blanche,Bureau ovale|Casa Blanca,Despacho Oval|Белый дом,Белого дома,Белому дому,Белым домом,Белом доме,Овальный кабинет,Овальном кабинете
kremlin|Kremlin|Kreml,Kremls|Kremlin|Kremlin|Кремль,Кремля,Кремлю,Кремлём,Кремлем,Кремле
elysee|Élysée Palace,Elysee Palace,Élysée,Elysée,Elysee|Élysée-Palast,Elysée-Palast,Elysee-Palast,Élysée,Elysée|palais de l'Élysée,Élysée,Elysée|Palacio del Elíseo,Elíseo|Елисейский дворец,Елисейского дворца,Елисейском дворце
matignon|Hôtel Matignon,Matignon|Hôtel Matignon,Matignon|Matignon,hôtel Matignon|Matignon|Матиньон,Матиньоне
quai-dorsay|Quai d'Orsay|Quai d'Orsay|Quai d'Orsay|Quai d'Orsay|Кэ д'Орсе
downing-street|Downing Street,10 Downing Street,Number 10|Downing Street|Downing Street|Downing Street|Даунинг-стрит
fcdo|Foreign Office,Foreign and Commonwealth Office,Foreign Commonwealth and Development Office,Commonwealth and Development Office,FCDO|Foreign Office|Foreign Office|Foreign Office|Форин-офис,Форин-офиса,Форин-офисе
lancaster-house|Lancaster House|Lancaster House|Lancaster House|Lancaster House|Ланкастер-хаус
chequers|Chequers|Chequers|Chequers|Chequers|Чекерс
pentagon|Pentagon|Pentagon|Pentagone|Pentágono|Пентагон,Пентагона,Пентагоне
state-department|State Department,Department of State,Foggy Bottom|State Department,US-Außenministerium,US-Außenministeriums|Département d'État,Département d'Etat|Departamento de Estado|Госдепартамент,Госдепартамента,Госдепартаменте,Госдеп,Госдепа,Государственный департамент,Государственного департамента
camp-david|Camp David|Camp David|Camp David|Camp David|Кэмп-Дэвид,Кэмп-Дэвиде
blair-house|Blair House|Blair House|Blair House|Blair House|Блэр-хаус
bundeskanzleramt|Federal Chancellery,German Chancellery,Bundeskanzleramt,Kanzleramt|Bundeskanzleramt,Bundeskanzleramts,Bundeskanzleramtes,Kanzleramt,Kanzleramts,Kanzleramtes|chancellerie fédérale,Chancellerie fédérale|Cancillería Federal|Федеральная канцелярия,Федеральной канцелярии
auswaertiges-amt|Federal Foreign Office,German Foreign Office|Auswärtiges Amt,Auswärtigen Amt,Auswärtigen Amtes,Auswärtigen Amts|-|-|-
minoritenplatz|Minoritenplatz|Minoritenplatz|Minoritenplatz|Minoritenplatz|-
bellevue|Bellevue Palace,Schloss Bellevue|Schloss Bellevue|château de Bellevue|Palacio de Bellevue|дворец Бельвю,дворце Бельвю
bundestag|Bundestag|Bundestag,Bundestags,Bundestages,Reichstag,Reichstagsgebäude|Bundestag|Bundestag|бундестаг,бундестага,бундестаге,Бундестаг,Бундестага,Бундестаге
zhongnanhai|Zhongnanhai|Zhongnanhai|Zhongnanhai|Zhongnanhai|Чжуннаньхай,Чжуннаньхае
great-hall|Great Hall of the People|Große Halle des Volkes,Großen Halle des Volkes|Grand Palais du Peuple|Gran Salón del Pueblo,Gran Palacio del Pueblo|Дом народных собраний,Доме народных собраний
diaoyutai|Diaoyutai State Guesthouse,Diaoyutai|Diaoyutai|Diaoyutai|Diaoyutai|Дяоюйтай
palais-des-nations|Palais des Nations|Palais des Nations|Palais des Nations|Palacio de las Naciones|Дворец Наций,Дворце Наций
un-headquarters|UN headquarters,U.N. headquarters,United Nations headquarters,United Nations Headquarters,UN General Assembly,U.N. General Assembly,United Nations General Assembly|UN-Hauptquartier,UNO-Hauptquartier,UN-Generalversammlung,UNO-Generalversammlung,UN-Vollversammlung,UNO-Vollversammlung,Generalversammlung der Vereinten Nationen|siège de l'ONU,siège des Nations unies,Assemblée générale des Nations unies,Assemblée générale de l'ONU,Assemblée générale de l’ONU|sede de la ONU,sede de Naciones Unidas,Asamblea General de la ONU,Asamblea General de las Naciones Unidas|штаб-квартира ООН,штаб-квартире ООН,штаб-квартиры ООН,Генеральная Ассамблея ООН,Генеральной Ассамблеи ООН,Генеральную Ассамблею ООН,Генеральной Ассамблее ООН,Генассамблея ООН,Генассамблеи ООН,Генассамблею ООН,Генассамблее ООН
planalto|Palácio do Planalto,Palacio do Planalto,Planalto Palace,Planalto|Palácio do Planalto,Planalto-Palast|palais du Planalto|Palacio del Planalto,Palácio do Planalto|дворец Планалту,дворце Планалту
alvorada|Palácio da Alvorada,Palacio da Alvorada,Alvorada Palace|Palácio da Alvorada|palais de l'Alvorada|Palacio de la Alvorada|дворец Алворада
itamaraty|Itamaraty,Itamaraty Palace|Itamaraty|Itamaraty|Itamaraty|Итамарати
casa-rosada|Casa Rosada|Casa Rosada|Casa Rosada|Casa Rosada|Каса-Росада
los-pinos|Los Pinos|Los Pinos|Los Pinos|Los Pinos|Лос-Пинос
moneda|La Moneda,La Moneda Palace|La Moneda|palais de La Moneda|La Moneda,Palacio de La Moneda|дворец Ла-Монеда
miraflores|Miraflores Palace|Miraflores-Palast|palais de Miraflores|Palacio de Miraflores|дворец Мирафлорес
moncloa|Moncloa Palace,Moncloa|Moncloa-Palast,Moncloa|palais de la Moncloa,Moncloa|Palacio de la Moncloa,La Moncloa,Moncloa|дворец Монклоа,Монклоа
santa-cruz|Palacio de Santa Cruz|Palacio de Santa Cruz|palais de Santa Cruz|Palacio de Santa Cruz|-
blue-house|Blue House,Cheong Wa Dae|Blaues Haus,Blauen Haus|Maison Bleue|Casa Azul|Голубой дом,Голубом доме
rashtrapati-bhavan|Rashtrapati Bhavan|Rashtrapati Bhavan|Rashtrapati Bhavan|Rashtrapati Bhavan|Раштрапати-Бхаван
hyderabad-house|Hyderabad House|Hyderabad House|Hyderabad House|Hyderabad House|Хайдарабад-хаус
kantei|Kantei|Kantei|Kantei|Kantei|-
akasaka|Akasaka Palace|Akasaka-Palast|palais d'Akasaka|Palacio de Akasaka|дворец Акасака
chigi|Palazzo Chigi|Palazzo Chigi|palais Chigi,Palazzo Chigi|Palacio Chigi,Palazzo Chigi|Палаццо Киджи
quirinale|Quirinal Palace,Quirinale|Quirinalspalast,Quirinal|palais du Quirinal,Quirinal|Palacio del Quirinal,Quirinal|Квиринальский дворец,Квиринальском дворце
farnesina|Farnesina|Farnesina|Farnesina|Farnesina|-
hofburg|Hofburg|Hofburg|Hofburg|Hofburg|Хофбург
federal-palace|Federal Palace|Bundeshaus|Palais fédéral|Palacio Federal|-
mariinsky|Mariinskyi Palace,Mariinsky Palace|Marienpalast|palais Mariinsky|Palacio Mariinski|Мариинский дворец,Мариинском дворце
knesset|Knesset|Knesset|Knesset|Knéset,Knesset|Кнессет,Кнессета,Кнессете
novo-ogaryovo|Novo-Ogaryovo,Novo-Ogarevo|Nowo-Ogarjowo|Novo-Ogarevo|Novo-Ogariovo|Ново-Огарёво,Ново-Огарево
bocharov-ruchei|Bocharov Ruchei|Botscharow Rutschei|Botcharov Routchei|Bocharov Ruchei|Бочаров Ручей,Бочаровом Ручье
konstantinovsky|Konstantinovsky Palace|Konstantinpalast,Konstantinowski-Palast|palais Constantin|Palacio de Konstantínovski|Константиновский дворец,Константиновском дворце,Константиновского дворца
smolenskaya|Smolenskaya Square|-|-|-|Смоленская площадь,Смоленской площади,Смоленскую площадь
government-house-ru|-|-|-|-|Дом Правительства,Дома Правительства,Дому Правительства,Домом Правительства,Доме Правительства,Дом правительства,Дома правительства,Доме правительства
palacio-nacional-mx|-|-|-|Palacio Nacional|-
casa-narino|Casa de Nariño,Casa de Narino|Casa de Nariño|Casa de Nariño|Casa de Nariño|-
carondelet|Carondelet Palace|Carondelet-Palast|palais de Carondelet|Palacio de Carondelet,Carondelet|дворец Каронделет,дворце Каронделет
belem|Belém Palace,Belem Palace|Belém-Palast|palais de Belém|Palacio de Belém|дворец Белен,дворце Белен
malacanang|Malacañang Palace,Malacanang Palace,Malacañang,Malacanang|Malacañang-Palast,Malacañang|palais de Malacañang,Malacañang|Palacio de Malacañang,Malacañang|дворец Малаканьянг,дворце Малаканьянг
ak-orda|Akorda,Ak Orda|Akorda|Akorda|Akorda|Акорда,Акорде,Акорды
union-buildings|Union Buildings|Union Buildings|Union Buildings|Union Buildings|-
sre|Secretariat of Foreign Affairs of Mexico|-|-|Secretaría de Relaciones Exteriores,SRE|-
san-martin-palace|San Martín Palace,San Martin Palace,Palacio San Martín,Palacio San Martin|Palacio San Martín,Palacio San Martin,San-Martín-Palast|palais San Martín,palais San Martin,Palacio San Martín,Palacio San Martin|Palacio San Martín,Palacio San Martin|дворец Сан-Мартин,дворце Сан-Мартин,дворца Сан-Мартин
south-block|South Block|South Block|South Block|South Block|Южный блок,Южном блоке,Южного блока,Саут-Блок,Саут-Блоке
independence-palace-by|Palace of Independence,Independence Palace in Minsk|Palast der Unabhängigkeit,Unabhängigkeitspalast|palais de l'Indépendance|Palacio de la Independencia|Дворец Независимости,Дворца Независимости,Дворце Независимости,Дворцу Независимости,Дворцом Независимости,дворец Независимости,дворца Независимости,дворце Независимости
egmont|Egmont Palace,Palais d'Egmont|Egmont-Palast,Egmontpalast,Palais d'Egmont,Palais Egmont|palais d'Egmont,Palais d'Egmont,palais Egmont|Palacio de Egmont,Palacio Egmont|дворец Эгмонт,дворце Эгмонт,дворца Эгмонт
fps-foreign-affairs|FPS Foreign Affairs,Federal Public Service Foreign Affairs|FÖD Auswärtige Angelegenheiten,Föderaler Öffentlicher Dienst Auswärtige Angelegenheiten|SPF Affaires étrangères,Service public fédéral Affaires étrangères|SPF de Asuntos Exteriores|-
rue-de-la-loi|rue de la Loi|rue de la Loi|rue de la Loi|rue de la Loi|-
torre-tagle|Torre Tagle Palace,Torre Tagle|Torre Tagle,Torre-Tagle-Palast|palais de Torre Tagle,Torre Tagle|Palacio de Torre Tagle,Torre Tagle|дворец Торре-Тагле,дворце Торре-Тагле
palacio-quemado|Palacio Quemado,Casa Grande del Pueblo|Palacio Quemado,Casa Grande del Pueblo|Palacio Quemado,Casa Grande del Pueblo|Palacio Quemado,Casa Grande del Pueblo|Паласио-Кемадо
palacio-lopez|Palacio de López,Palacio de Lopez,López Palace|Palacio de López,Palacio de Lopez|palais de López,Palacio de López|Palacio de López,Palacio de Lopez|дворец Лопеса,дворце Лопеса
palacio-santos|Palacio Santos|Palacio Santos|Palacio Santos|Palacio Santos|-
torre-ejecutiva|Torre Ejecutiva|Torre Ejecutiva|Torre Ejecutiva|Torre Ejecutiva|-
palacio-san-carlos|Palacio de San Carlos,Palacio San Carlos|Palacio de San Carlos,Palacio San Carlos|palais San Carlos,Palacio de San Carlos|Palacio de San Carlos,Palacio San Carlos|-
bestepe|Beştepe Presidential Complex,Bestepe Presidential Complex,Beştepe,Bestepe|Beştepe,Bestepe|Beştepe,Bestepe|Beştepe,Bestepe|Бештепе
cankaya|Çankaya Mansion,Çankaya Palace,Cankaya Palace|Çankaya-Palast,Çankaya Köşkü|palais de Çankaya|Palacio de Çankaya|дворец Чанкая,дворце Чанкая
ittihadiya|Ittihadiya Palace,Al-Ittihadiya Palace,Heliopolis Palace|Ittihadiya-Palast|palais d'Ittihadiya,palais al-Ittihadiya|Palacio de Ittihadiya,Palacio Al Ittihadiya|дворец Иттихадия,дворце Иттихадия,дворце аль-Иттихадия
belweder|Belweder|Belweder|Belweder|Belweder|-
czernin|Czernin Palace,Černín Palace,Cernin Palace|Palais Czernin,Czernin-Palais,Czernin-Palast|palais Czernin|Palacio Czernin|Чернинский дворец,Чернинском дворце
prague-castle|Prague Castle|Prager Burg|château de Prague|Castillo de Praga|Пражский Град,Пражском Граде,Пражского Града,Пражский град,Пражском граде,Пражского града
sandor|Sándor Palace,Sandor Palace|Sándor-Palais,Sándor-Palast|palais Sándor|Palacio Sándor|дворец Шандора,дворце Шандора
cotroceni|Cotroceni Palace,Cotroceni|Cotroceni-Palast,Cotroceni|palais de Cotroceni,Cotroceni|Palacio de Cotroceni,Cotroceni|дворец Котрочени,дворце Котрочени,Котрочени
iveagh|Iveagh House|Iveagh House|Iveagh House|Iveagh House|-
necessidades|Necessidades Palace,Palácio das Necessidades|Palácio das Necessidades|palais des Necessidades|Palacio de las Necesidades,Palácio das Necessidades|-
aso-rock|Aso Rock,Aso Villa,Aso Rock Villa,Aso Rock Presidential Villa|Aso Rock,Aso Villa|Aso Rock,Aso Villa|Aso Rock,Aso Villa|Асо-Рок
jubilee-house|Jubilee House|Jubilee House|Jubilee House|Jubilee House|-
bangabhaban|Bangabhaban,Bangabhaban Palace|Bangabhaban|Bangabhaban|Bangabhaban|Бангабхабан
merdeka|Merdeka Palace,Istana Merdeka|Merdeka-Palast,Istana Merdeka|palais Merdeka,Istana Merdeka|Palacio Merdeka,Istana Merdeka|дворец Мердека,дворце Мердека
wisma-putra|Wisma Putra|Wisma Putra|Wisma Putra|Wisma Putra|Висма Путра
perdana-putra|Perdana Putra|Perdana Putra|Perdana Putra|Perdana Putra|-
istana-negara|Istana Negara|Istana Negara|Istana Negara|Istana Negara|-
istana-sg|the Istana|Istana|l'Istana|el Istana|-
rideau-hall|Rideau Hall|Rideau Hall|Rideau Hall|Rideau Hall|Ридо-холл
parliament-hill|Parliament Hill|Parliament Hill|colline du Parlement,Colline du Parlement|Colina del Parlamento|Парламентский холм,Парламентском холме
peace-palace|Peace Palace|Friedenspalast,Friedenspalasts|palais de la Paix,Palais de la Paix|Palacio de la Paz|-
kasumigaseki|Kasumigaseki|Kasumigaseki|Kasumigaseki|Kasumigaseki|Касумигасэки
ballhausplatz|Ballhausplatz|Ballhausplatz|Ballhausplatz|Ballhausplatz|Балльхаусплац
rosenbad|Rosenbad|Rosenbad|Rosenbad|Rosenbad|Розенбад
christiansborg|Christiansborg Palace,Christiansborg|Schloss Christiansborg,Christiansborg|château de Christiansborg,Christiansborg|Palacio de Christiansborg,Christiansborg|Кристиансборг,дворец Кристиансборг,дворце Кристиансборг
saadabad|Saadabad Palace,Sa'dabad Palace|Saadabad-Palast|palais de Saadabad|Palacio de Saadabad|дворец Саадабад,дворце Саадабад,дворцовом комплексе Саадабад
al-yamamah|Al-Yamamah Palace,Al Yamamah Palace,Yamamah Palace|Al-Yamamah-Palast|palais Al-Yamamah,palais d'Al-Yamamah|Palacio de Al Yamamah,Palacio Al Yamamah|дворец Аль-Ямама,дворце Аль-Ямама
amiri-diwan|Amiri Diwan,Emiri Diwan|Amiri Diwan|Diwan Amiri,Amiri Diwan|Diwan Amiri,Amiri Diwan|Эмирский диван,Эмирском диване
bayan-palace|Bayan Palace|Bayan-Palast|palais Bayan|Palacio Bayan|дворец Баян,дворце Баян
qasr-al-watan|Qasr Al Watan,Qasr al-Watan|Qasr Al Watan|Qasr Al Watan|Qasr Al Watan|Каср аль-Ватан
gudaibiya|Gudaibiya Palace|Gudaibiya-Palast|palais de Gudaibiya|Palacio de Gudaibiya|дворец Гудайбия,дворце Гудайбия
al-alam|Al Alam Palace,Al-Alam Palace|Al-Alam-Palast|palais Al-Alam|Palacio Al Alam|дворец Аль-Алам,дворце Аль-Алам
husseiniya|Al Husseiniya Palace,Al-Husseiniya Palace,Husseiniya Palace|Al-Husseiniya-Palast|palais Al-Husseiniya|Palacio Al Husseiniya|дворец Аль-Хусейния,дворце Аль-Хусейния
kuksaroy|Kuksaroy|Kuksaroy|Kuksaroy|Kuksaroy|Куксарой,Куксарае,резиденции Куксарой,резиденция Куксарой
aiwan-e-sadr|Aiwan-e-Sadr|Aiwan-e-Sadr|Aiwan-e-Sadr|Aiwan-e-Sadr|-
beehive|the Beehive|-|-|-|-
marina-bj|Palais de la Marina,Marina Palace|Palais de la Marina|Palais de la Marina,palais de la Marina|Palacio de la Marina,Palais de la Marina|дворец Марина,дворце Марина
garzas|Palacio de las Garzas,Palace of the Herons|Palacio de las Garzas|palais des Hérons,Palacio de las Garzas|Palacio de las Garzas|дворец Гарсас,дворце Гарсас
etoudi|Unity Palace,Etoudi Palace,Etoudi|Palast von Etoudi,Etoudi|palais de l'Unité,Palais de l'Unité,palais d'Etoudi,palais d'Étoudi,Etoudi,Étoudi|Palacio de la Unidad,Palacio de Etoudi|дворец Единства,дворце Единства,Этуди
koulouba|Koulouba Palace,Koulouba|Koulouba-Palast,Koulouba|palais de Koulouba,Koulouba|Palacio de Koulouba,Koulouba|дворец Кулуба,дворце Кулуба
kosyam|Kosyam Palace,Kosyam|Kosyam-Palast,Kosyam|palais de Kosyam,Kosyam|Palacio de Kosyam,Kosyam|дворец Косьям,дворце Косьям
el-mouradia|El Mouradia Palace,El Mouradia|El-Mouradia-Palast,El Mouradia|palais d'El Mouradia,El Mouradia|Palacio de El Mouradia,El Mouradia|дворец Эль-Мурадия,дворце Эль-Мурадия
sekoutoureya|Sékoutouréya Palace,Sekoutoureya Palace,Sékoutouréya,Sekoutoureya|Sékoutouréya-Palast,Sékoutouréya|palais Sékoutouréya,palais de Sékoutouréya,Sékoutouréya,Sekoutoureya|Palacio Sékoutouréya,Sékoutouréya|дворец Секутуреа,дворце Секутуреа
bord-de-mer|Palais du Bord de Mer,Palais du Bord de mer|Palais du Bord de Mer,Palais du Bord de mer|Palais du Bord de Mer,palais du Bord de mer,Palais du bord de mer|Palais du Bord de Mer|-
villa-somalia|Villa Somalia|Villa Somalia|Villa Somalia|Villa Somalia|Вилла Сомали,Вилле Сомали
menelik|Menelik Palace,Menelik's Palace|Menelik-Palast,Menelik-Palais|palais de Ménélik,palais Ménélik|Palacio de Menelik|дворец Менелика,дворце Менелика
urugwiro|Urugwiro Village|Urugwiro Village,Urugwiro-Dorf|Village Urugwiro,village Urugwiro|Village Urugwiro,Aldea Urugwiro|-
palacio-revolucion|Palace of the Revolution,Revolution Palace|Revolutionspalast,Palast der Revolution|palais de la Révolution,Palais de la Révolution|Palacio de la Revolución|Дворец Революции,Дворце Революции,дворец Революции,дворце Революции
mburuvicha|Mburuvicha Róga,Mburuvicha Roga|Mburuvicha Róga|Mburuvicha Róga|Mburuvicha Róga,Mburuvicha Roga|-
zarzuela|Zarzuela Palace|Zarzuela-Palast,Palacio de la Zarzuela|palais de la Zarzuela|Palacio de la Zarzuela|дворец Сарсуэла,дворце Сарсуэла
ala-archa|Ala-Archa State Residence,Ala-Archa residence,Ala Archa residence|Staatsresidenz Ala-Artscha,Residenz Ala-Artscha|résidence d'État Ala-Artcha,résidence Ala-Artcha|residencia estatal Ala-Archa,residencia Ala-Archa|Ала-Арча,Ала-Арче
orbeliani|Orbeliani Palace|Orbeliani-Palast|palais Orbeliani|Palacio Orbeliani|дворец Орбелиани,дворце Орбелиани
nurul-iman|Istana Nurul Iman,Nurul Iman Palace|Istana Nurul Iman|Istana Nurul Iman,palais Nurul Iman|Istana Nurul Iman,Palacio Nurul Iman|Истана Нурул Иман
palais-bourbon|Palais Bourbon|Palais Bourbon|Palais Bourbon,palais Bourbon|Palacio Borbón,Palais Bourbon|Бурбонский дворец,Бурбонском дворце
bernerhof|Bernerhof|Bernerhof|Bernerhof|Bernerhof|-
von-wattenwyl|von Wattenwyl House,Von Wattenwyl House,von Wattenwyl-Haus,Von-Wattenwyl-Haus|von Wattenwyl-Haus,Von-Wattenwyl-Haus,Von Wattenwyl-Haus|maison de Wattenwyl,Maison de Wattenwyl,maison von Wattenwyl|casa von Wattenwyl,Casa von Wattenwyl|-
iikura|Iikura Guest House,Iikura Guesthouse,Iikura House|Iikura-Gästehaus,Gästehaus Iikura|résidence d'Iikura,maison d'hôtes d'Iikura|Casa de Huéspedes Iikura,residencia Iikura|гостевой дом Иикура,гостевом доме Иикура
palacio-viana|Viana Palace,Palacio de Viana|Palacio de Viana,Viana-Palast|palais de Viana,palacio de Viana|Palacio de Viana,palacio de Viana|дворец Виана,дворце Виана
mamayev-kurgan|Mamayev Kurgan|Mamajew-Hügel,Mamajew Kurgan,Mamajew-Kurgan|Mamaïev Kourgan,Mamaïev-Kourgan|Mamáyev Kurgán,Mamayev Kurgan|Мамаев курган,Мамаева кургана,Мамаеву кургану,Мамаевом кургане,Мамаевым курганом
yad-vashem|Yad Vashem|Yad Vashem|Yad Vashem|Yad Vashem|Яд ва-Шем,Яд Вашем
raj-ghat|Raj Ghat,Rajghat|Raj Ghat,Rajghat|Raj Ghat,Rajghat|Raj Ghat,Rajghat|Радж Гхат,Радж-Гхат
piskaryovskoye|Piskaryovskoye Memorial Cemetery,Piskaryovskoye Cemetery,Piskarevskoye Cemetery|Piskarjowskoje-Gedenkfriedhof,Piskarjowskoje Friedhof,Piskarjowskoje-Friedhof|cimetière Piskarevskoïe,cimetière de Piskarevskoïe|cementerio Piskariovskoye,cementerio de Piskariovskoye|Пискарёвское мемориальное кладбище,Пискарёвского мемориального кладбища,Пискарёвском мемориальном кладбище,Пискаревское мемориальное кладбище,Пискаревского мемориального кладбища,Пискаревском мемориальном кладбище
ho-chi-minh-mausoleum|Ho Chi Minh Mausoleum|Ho-Chi-Minh-Mausoleum|mausolée de Hô Chi Minh,mausolée d'Hô Chi Minh,mausolée Hô Chi Minh|mausoleo de Ho Chi Minh|Мавзолей Хо Ши Мина,Мавзолея Хо Ши Мина,Мавзолее Хо Ши Мина,мавзолей Хо Ши Мина,мавзолея Хо Ши Мина,мавзолее Хо Ши Мина
palacio-cultura-gt|Palacio Nacional de la Cultura|Palacio Nacional de la Cultura|Palacio Nacional de la Cultura|Palacio Nacional de la Cultura|-
palacio-bolivar|Palacio Bolívar,Palacio Bolivar|Palacio Bolívar,Palacio Bolivar|Palacio Bolívar,Palacio Bolivar,palais Bolívar|Palacio Bolívar,Palacio Bolivar|-
tahrir-palace|Tahrir Palace|Tahrir-Palast,Tahrir-Palasts|palais Tahrir,palais al-Tahrir|Palacio Tahrir,Palacio de Tahrir|дворец Тахрир,дворце Тахрир
"""

#: Words that join a venue word to its owner country or to its city ("embassy of France", "in Berlin").
#: ``there``: adjectives placing a venue word in the city just named ("ins dortige Außenministerium", "the local
#: foreign ministry").
LINKS = {
    "en": {"owner": ["of", "of the"], "city": ["in", "at", "near"], "there": ["local"], "name": []},
    "de": {"owner": ["der", "des", "von", "von der", "in"], "city": ["in", "im", "ins", "bei", "nahe", "von"],
           "there": ["dortige", "dortigen", "dortigem", "dortiger", "dortiges", "örtliche", "örtlichen"], "name": []},
    "fr": {"owner": ["de", "de la", "du", "des", "d'"], "city": ["à", "a", "de", "près de"], "there": [],
           "name": ["de", "d'"]},
    "es": {"owner": ["de", "del", "de la", "de los"], "city": ["en", "de", "cerca de"], "there": [], "name": ["de"]},
    "ru": {"owner": [], "city": ["в", "во", "под"], "there": ["местный", "местного", "местном", "местное", "местным"],
           "name": []},
}

#: Prepositions after which a capitalised word that is also a common word is read as a city.
LOCATIVES = {
    "en": ["in", "to", "from", "at", "near", "outside", "visited", "visit", "toured", "via"],
    "de": ["in", "nach", "aus", "bei", "von", "über", "nahe", "besuchte", "Besuch"],
    "fr": ["à", "de", "depuis", "vers", "près de", "visité", "visite"],
    "es": ["en", "a", "desde", "de", "hacia", "visitó", "visita"],
    "ru": ["в", "во", "из", "под", "до", "посетил", "посетит", "посетила"],
}


#: Phrases naming a country's capital through the country word (read by graph/extract/capitals.py), as
#: case-insensitive regular expressions: ``before`` ends right at the country word ("the capital of "), ``after``
#: starts right after it ("'s capital"); an empty string for none.
CAPITAL_PHRASES = {
    "en": {
        "before": r"\bthe capital of (?:the )?$",
        "after": r"^(?:'s)? capital\b(?! (?:market|flow|investment|spending|expenditure|gain|control|stock|requirement|inflow|outflow|account|city)s?\b)",
    },
    "de": {
        "before": r"\bHauptstadt (?:von )?$",
        "after": r"^ Hauptstadt\b",
    },
    "fr": {
        "before": r"\b(?:la|sa|cette) capitale (?:(?:de la |de l'|du |des |d')|(?:de )?)$",
        "after": r"",
    },
    "es": {
        "before": r"\b(?:la|su|esta) capital (?:(?:de la |del |de los |de )?)$",
        "after": r"",
    },
    "ru": {
        "before": r"\bстолиц(?:а|ы|е|у|ей|ою) $",
        "after": r"^ столиц(?:а|ы|е|у|ей|ою)\b",
    },
}

#: A phrase ending right before a place name that calls it a town ("the town of "), as a case-insensitive regular
#: expression: a name equal to a month or weekday of the language ("in March") is a city only after it.
TOWN_BEFORE = {
    "en": r"\b(?:town|city|village|municipality|port|resort)(?: [a-z]+)? of $",
    "de": r"\b(?:\w*stadt|Ort|Ortschaft|Gemeinde|Dorf|Kurort|Badeort|Metropole) $",
    "fr": r"\b(?:ville|commune|village|localité|cité|station)(?: [a-zàâçéèêëîïôûù]+)? (?:de |d')$",
    "es": r"\b(?:ciudad|localidad|municipio|pueblo|villa|balneario)(?: [a-záéíóúñ]+)? de $",
    "ru": r"\b(?:город|города|городе|городом|городу|село|села|селе|посёлок|поселок|посёлке|поселке|посёлка|поселка|курорт|курорте) $",
}

#: Words joining a lower-case noun to a name ("las esclusas de", "le port de", "der Hafen von"): a town of under
#: 200,000 people of a state the text never names, right after them, is the name of that thing, not a town there.
NOUN_OF = {"en": ["of"], "de": ["von"], "fr": ["de"], "es": ["de"], "ru": []}

#: A geographic feature word ending right before a name, which then names the feature, not a town ("the Gulf of
#: Aden", "el golfo de Fonseca", "озеро Байкал"), as a case-insensitive regular expression (graph.extract.places).
FEATURE_BEFORE = {
    "en": r"\b(?:gulf|bay|strait|straits|sea|lake|isle|cape|island|peninsula)s? of (?:the )?$|\blake $|\b(?:region|province|oblast)s? of (?:the )?$",
    "de": r"\b(?:Golf|Golfs|Bucht|Meerenge|Straße|Meer|Insel|Halbinsel) (?:von|vor) $|\b(?:Golf|Bucht|Lagune) $|\b(?:Region|Provinz|Oblast) $",
    "fr": r"\b(?:golfe|baie|détroit|mer|lac|cap|île|presqu'île|péninsule)s? (?:de |d'|du |des )$|\b(?:région|province|oblast)s? (?:de |d'|du )$",
    "es": r"\b(?:golfo|bahía|estrecho|mar|lago|laguna|cabo|isla|península)s? (?:de |del )$|\b(?:región|provincia|óblast)s? (?:de |del )$",
    "ru": r"(?<!\w)(?:залив\w*|бухт\w*|пролив\w*|озер\w*|остров\w*|полуостров\w*|мыс\w*|лагун\w*) $",
}

#: "In this city" after a locative word: the city of the dateline (graph.extract.thiscity); group 1 is the phrase.
#: A comma and a relative "where" word right after a place named as an origin ("flew in from Caracas, where she
#: held talks"): the place is that of the clause's act (graph.extract.notvenues.origin_where). German puts the
#: verb of the coming between them ("mit dem Zug aus Hamburg angereist, wo er ... teilgenommen hatte").
ORIGIN_WHERE = {
    "en": r"^\s*,\s*where\b",
    "de": r"^(?:\s+(?-i:[a-zäöüß])\w*){0,2}\s*,\s*wo\b",  # verb last: "aus Hamburg angereist, wo"
    "fr": r"^\s*,\s*où\b",
    "es": r"^\s*,\s*(?:en )?donde\b",
    "ru": r"^\s*,\s*где(?!\w)",
}

#: A comma and a relative "whither" word right after a place ("concluirá en Santo Tomé, adonde viajará el sábado"):
#: the clause's act, a journey included, goes to that place (graph.extract.placing).
WHITHER = {
    "en": r"^\s*,\s*(?:where\s+(?:\w+\s+){1,3}?(?:travel|fly|go|head)s?|to which)\b",
    "de": r"^\s*,\s*wohin\b",
    "fr": r"^\s*,\s*où\s+(?:\w+\s+){0,2}?(?:se rend\w*|ira|irait|partira|voyagera|arrivera|s'envolera)\b",
    "es": r"^\s*,\s*(?:adonde|a donde|hacia donde|adónde)\b",
    "ru": r"^\s*,\s*куда(?!\w)",
}

#: A participle scheduling the act named before it, ending right before its place ("le sommet ..., prévu le 2
#: octobre à Monrovia"): the place is that act's, not that of a speech verb after it (graph.extract.placing).
SCHEDULED = {
    "en": r"\b(?:scheduled|planned|set|slated|due to be held)\b[^.;,]{0,40}$",
    "de": r"\b(?:geplant|vorgesehen|angesetzt|anberaumt)\w*\s+(?:für|am)\b[^.;,]{0,40}$",
    "fr": r"\b(?:prévue?s?|programmée?s?|planifiée?s?)\b[^.;,]{0,40}$",
    "es": r"\b(?:previst[oa]s?|programad[oa]s?|planead[oa]s?|fijad[oa]s?)\b[^.;,]{0,40}$",
    "ru": r"(?<!\w)(?:запланированн\w*|намеченн\w*|назначенн\w*)(?!\w)[^.;,]{0,40}$",
}

THIS_CITY = {
    "en": r"\b(?:in|at) (this (?:city|capital))\b|(?<=[a-z] )(here)(?= (?:on|in|at|this|last|next|today|yesterday|tomorrow|for|after|before|ahead)\b|[,.;])",
    "de": r"\bin (dieser (?:Stadt|Hauptstadt))\b",
    "fr": r"\b(?:dans|en) (cette (?:ville|capitale))\b",
    "es": r"\ben (esta (?:ciudad|capital))\b",
    "ru": r"(?<!\w)в (этом городе|этой столице)(?!\w)",
}

#: A ministry's regular briefing held at home ("на брифинге", "lors de son point de presse", "at the weekly media
#: briefing"): a statement made there without a place took place in the speaker's capital
#: (graph.extract.briefingplace).
BRIEFING = {
    "en": r"\b(?:media|press|news|regular|weekly|daily|routine) briefing\b|\b(?:regular|weekly|daily|routine) (?:press|news) conference\b",
    "de": r"\b(?:Regierungspressekonferenz|Pressebriefing|Presse-Briefing|(?:regelmäßigen|wöchentlichen|täglichen) (?:Presse)?[Bb]riefing|(?:regelmäßigen|wöchentlichen|täglichen) Pressekonferenz)\b",
    "fr": r"\bpoints? (?:de )?presse\b|\bbriefing\b|\bconférence de presse (?:hebdomadaire|quotidienne|habituelle|régulière)\b",
    "es": r"\b(?:rueda|conferencia) de prensa (?:semanal|diaria|habitual|periódica|regular|matutina)\b|\bsesión informativa\b",
    "ru": r"(?<!\w)брифинг\w*|(?<!\w)(?:еженедельн|ежедневн|регулярн)\w* пресс-конференци\w*",
}

#: The programme of a trip ("основные мероприятия", "the main events", "das Besuchsprogramm"): a sentence after the
#: trip's naming it and one city of the visited state takes the trip there (graph.extract.tripcities).
PROGRAMME = {
    "en": r"(?:the )?(?:main|official|key) (?:events|engagements)|(?:the )?(?:visit's|trip's) (?:programme|program)|(?:the )?(?:programme|program) of the (?:visit|trip)",
    "de": r"(?:das )?(?:Besuchsprogramm|Reiseprogramm|Programm des Besuchs|Programm der Reise)|(?:die )?(?:wichtigsten|zentralen) (?:Termine|Stationen) des Besuchs",
    "fr": r"(?:les )?principaux (?:temps forts|rendez-vous|événements)|(?:le )?programme (?:de la visite|du voyage|du séjour)|l['’]essentiel (?:de la visite|du programme)",
    "es": r"(?:los )?(?:actos|eventos) principales|(?:los )?principales (?:actos|eventos)|(?:el )?programa (?:de la visita|del viaje)|(?:la )?agenda (?:de la visita|del viaje)",
    "ru": r"основн\w* мероприяти\w*|программ\w* визита|мероприяти\w* визита",
}

#: A locative opening a sentence right before a city ("À Tunis, le ministre devait signer ...", "In Riga he will
#: ..."): a sentence after a trip's placed only in a state that opens so with one city of that state takes the
#: trip there (graph.extract.tripcities). Regular-expression alternatives, case-insensitive.
OPENING_PLACE = {
    "en": r"in",
    "de": r"in",
    "fr": r"à",
    "es": r"en",
    "ru": r"в|во",
}

#: A facility word and its locative ending right before a city that a signed text is about ("eine Absichtserklärung
#: über ein Berufsbildungszentrum in Kumasi"): not where it was signed (graph.extract.notvenues).
FACILITY_BEFORE = {
    "en": r"\b(?:cent(?:re|er)s?|plants?|factor(?:y|ies)|hospitals?|schools?|ports?|institutes?|facilit(?:y|ies)|refiner(?:y|ies)|campus(?:es)?|clinics?)\s+(?:in|at|near)\s+$",
    "de": r"(?:zentrum|zentren|werk|werke|werks|fabrik|fabriken|anlage|anlagen|krankenhaus|krankenhäuser|klinik|kliniken|schule|schulen|hafen|häfen|institut|institute|campus)\s+(?:in|bei)\s+$",
    "fr": r"\b(?:centres?|usines?|centrales?|hôpital|hôpitaux|écoles?|ports?|instituts?|installations?|raffineries?|campus|cliniques?)\s+(?:à|au|en|près\s+de)\s+$",
    "es": r"\b(?:centros?|plantas?|fábricas?|hospital(?:es)?|escuelas?|puertos?|institutos?|instalaciones|refinerías?|campus|clínicas?)\s+(?:en|de|cerca\s+de)\s+$",
    "ru": r"(?<!\w)(?:центр\w*|завод\w*|фабрик\w*|электростанци\w*|больниц\w*|школ\w*|порт\w*|институт\w*|предприяти\w*|комбинат\w*)\s+(?:в|во|под)\s+$",
}

#: Building words before which a city adjective names the building's city ("in der Dresdner Staatskanzlei", "im
#: Moskauer Kreml"; graph.extract.cityadjectives); None where the language names no city by an adjective so.
ADJECTIVE_BUILDINGS = {
    "en": None,
    "de": ("Staatskanzlei|Senatskanzlei|Staatsministerium|Rathaus|Rathauses|Kanzleramt|Kanzleramts|Außenministerium|"
           "Außenministeriums|Regierungssitz|Präsidentenpalast|Präsidentenpalastes|Landtag|Landtags|Schloss|"
           "Schlosses|Residenz|Kreml|Amtssitz|Amtssitzes|Hotel|Kongresszentrum|Messe|Sicherheitskonferenz|Konferenz|"
           "Gipfel|Gipfeltreffen|Gespräche|Gesprächen|Verhandlungen"),
    "fr": None,
    "es": None,
    "ru": None,
}

#: A word telling that an act followed the one told before ("Owusu-Darko unterzeichnete anschließend ..."): an act
#: without a place near it took place where the act placed before it on that day did (graph.extract.thereplaces).
AFTERWARDS = {
    "en": r"\b(?:afterwards?|later that day|(?:after|following|at the end of|at the conclusion of) the (?:talks|meeting|discussions|consultations))\b",
    "de": r"\b(?:anschließend|im anschluss(?: daran)?|danach|nach (?:dem treffen|dem gespräch|den gesprächen|der unterredung)|zum abschluss (?:des treffens|des gesprächs|der gespräche))\b",
    "fr": r"\b(?:ensuite|dans la foulée|(?:à l'issue|au terme) (?:de l['’]entretien|de la rencontre|de la réunion|de leur entretien|de ces entretiens|des entretiens)|après (?:l['’]entretien|la rencontre|la réunion|leur entretien|ces entretiens|les entretiens))\b",
    "es": r"\b(?:posteriormente|a continuación|acto seguido|tras (?:la reunión|el encuentro|las conversaciones)|(?:después|al término|al final) (?:de la reunión|del encuentro|de las conversaciones)|al (?:concluir|finalizar|terminar) (?:la reunión|el encuentro|las conversaciones))\b",
    "ru": r"(?<!\w)(?:затем|после этого|(?:по итогам|по окончании|после) (?:переговоров|встречи))(?!\w)",
}

#: A topic noun right after a place, which then qualifies it and is no venue ("a Gaza reconstruction fund", "der
#: Ukraine-Krieg"; graph.extract.notvenues); the other languages put the place after the noun ("topic" patterns).
TOPIC_AFTER = {
    "en": r"\s+(?:reconstruction|ceasefire|cease-fire|truce|peace|crisis|conflict|war|hostages?|humanitarian|aid|issue|question|situation|dispute|file|corridor|process|missions?)\b",
    "de": r"-(?:Krieg|Konflikt|Krise|Frage|Waffenruhe|Waffenstillstand|Wiederaufbau|Friedens\w*|Geiseln|Streit|Politik|Korridor\w*|Prozess\w*)\b",
    "fr": None,
    "es": None,
    "ru": None,
}

#: Idioms with a "since" word that name no since phrase ("seit langem", "depuis longtemps", "desde hace años"): the
#: place after them stays the act's ("als erste Regierungschefin seit langem nach Astana gereist"; read by
#: graph/extract/cues.py), as case-insensitive regular expressions on lower-cased text.
SINCE_IDIOMS = {
    "en": r"\blong since\b",
    "de": r"\bseit (?:langem|längerem|kurzem|jahren|jahrzehnten|monaten|wochen|geraumer zeit|langer zeit|ewigkeiten)\b",
    "fr": r"\bdepuis (?:longtemps|peu|des (?:années|décennies|mois|semaines)|plusieurs (?:années|décennies|mois))\b",
    "es": r"\bdesde hace (?:(?:mucho|algún|un) tiempo|(?:varios |muchos )?(?:años|décadas|meses|semanas))\b",
    "ru": r"",
}

#: An epithet standing for a city named before ("toujours dans la capitale", "in der Hansestadt"; read by
#: graph/extract/epithetcity.py), as case-insensitive regular expressions whose group 1 is the epithet; a name or
#: a country word right after it ("in der Hauptstadt Kenias", "la capital chilena") keeps it out.
EPITHET_CITY = {
    "en": r"\b(?:in|at) (the capital)(?!\s+(?-i:[A-Z]))(?=\s*[,.;:)]|\s+(?:on|in|at|this|last|next|today|yesterday"
          r"|tomorrow|for|with|where|and|after|before|during|earlier|later|since|until)\b)",
    "de": r"\bin (der (?:Hauptstadt|Hansestadt|Landeshauptstadt|Bundeshauptstadt|Bundesstadt))(?![\w-])"
          r"(?!\s+(?-i:[A-ZÄÖÜ]))",
    "fr": r"\b(?:dans|à|en) (la capitale)(?!\s+(?-i:[A-ZÉÈ]))(?=\s*[,.;:)]|\s+(?:le|la|les|l'|lundi|mardi|mercredi"
          r"|jeudi|vendredi|samedi|dimanche|où|pour|avec|afin|en|à|au|aux|et|depuis|ce|cette|hier|aujourd'hui|demain|lors)\b)",
    "es": r"\ben (la capital)(?!\s+(?-i:[A-ZÁÉÍÓÚ]))(?=\s*[,.;:)]|\s+(?:el|la|los|las|con|para|donde|y|lunes|martes"
          r"|miércoles|jueves|viernes|sábado|domingo|ayer|hoy|mañana|durante|desde|tras|antes|este|esta|a|al)\b)",
    "ru": r"(?<!\w)в (столице)(?!\s+(?-i:[А-ЯЁ]))(?=\s*[,.;:)]|\s+(?:в|во|на|с|со|и|где|для|по|уже|также)(?!\w))",
}

#: Words opening, after a comma, the list of texts a signing named ("signed eight documents, including a road map
#: on ... in Vietnam"; read by graph.extract.clausevenues): the list still tells what was signed, so a country in it
#: is what a text is about. Regular-expression alternatives matched case-insensitively right after the comma.
DOCUMENT_INCLUDING = {
    "en": r"including|among them|among which|notably|in particular",
    "de": r"darunter|unter anderem|insbesondere|namentlich",
    "fr": r"dont|notamment|parmi lesquels|parmi lesquelles|en particulier",
    "es": r"entre ellos|entre ellas|entre los que|entre las que|incluidos?|incluidas?|en particular",
    "ru": r"в том числе|включая|среди них|в частности",
}

#: An organisation's seat as a venue (graph.extract.orgseats): words that must occur in the text first, the seat
#: word and link right before the organisation's name ("am Sitz der"), and the seat word right after it
#: ("the OSCE's headquarters").
SEAT_PHRASES = {
    "en": {'triggers': ['eadquarters', 'HQ', 'seat of', 'ecretariat'], 'before': '(?:headquarters|HQ|seat|[Ss]ecretariat) of (?:the )?$', 'after': "(?:['’]s)? (?:headquarters|HQ|Secretariat)\\b"},
    "de": {'triggers': ['Sitz', 'Hauptquartier', 'Zentrale', 'Sekretariat'], 'before': '(?:Sitz|Hauptquartier|Hauptquartiers|Zentrale|Sekretariat|Sekretariats) (?:der|des) $', 'after': '-?(?:Hauptquartier|Zentrale|Sekretariat)\\w*'},
    "fr": {'triggers': ['siège', 'quartier général', 'secrétariat'], 'before': "(?:siège|quartier général|secrétariat) (?:de la |du |de l['’]|des |d['’])$"},
    "es": {'triggers': ['sede', 'cuartel general', 'ecretaría'], 'before': '(?:sede|cuartel general|[Ss]ecretaría(?: [Gg]eneral)?) (?:de la |del |de los |de las )$'},
    "ru": {'triggers': ['штаб-квартир', 'екретариат'], 'before': '(?:штаб-квартир[аеуы]|[Сс]екретариат[аеу]?) $'},
}

#: Phrases whose place is no venue of the act (graph.extract.notvenues, whose docstring names each kind): one regular
#: expression per kind and language, None where a language has none.
NOT_VENUE = {
    "en": {
        "incident": r"\b(?:arrest(?:s|ed)?|detention|detained|attack(?:s|ed)?|killing|killed|shooting|bombing|explosion|protesters|rall(?:y|ies)|demonstrations?|incursions?|clashes|riots?|to protest|explanations?)\b",
        "route": r"\b(?:link|links|connection|connections|route|road|highway|railway|pipeline|corridor|waterway|crossing|border post|checkpoint|port of|linking|connecting|via|between)\b(?:[\s-]+[\w'’]+){0,2}[\s-]*$",
        "reported": r"\bthat\b",
        "offer": r"\b(?:offer\w*|propos\w*|suggest\w*|volunteer\w*) to host\b[^.;]{0,40}\b(?:in|at)\s*$|^\s*(?:has |had |have )?(?:offered|proposed|suggested|volunteered)\b",
        "host": r"\b(?:host\w*|venue)\b",
        "coordinated": r"\s+(?:and|&)\s+\w",
        "source": r"\b(?:according\s+to|released\s+by|issued\s+by|published\s+by)(?:\s+[\w'’-]+){1,4}\s+(?:in|at)\s+(?:the\s+)?$",
        "reason": r",\s*because\s+(?!of\b)",
        "back_for": r"\b(?:will|would|to|shall)\s+(?:then\s+)?return\s+to\s+(?:the\s+)?@[^,;.]{0,30}?\sfor\s+[^,;.]{0,60}$",
        "heard_from": r"\b(?:said|told|announced|reported|confirmed|added)\b(?:\s+[\w'’-]+){0,3}\s+(?:at|in|from)\s+(?:the\s+)?$|\b(?:a|the|one)?\s*(?:source|sources|official|officials|diplomat|diplomats)\s+(?:at|in|from)\s+(?:the\s+)?$",
        "return": r"\bbefore\s+(?:returning|heading\s+back|flying\s+back|travell?ing\s+back|going\s+back)\s+(?:home\s+)?to\s+(?:the\s+)?$|\b(?:left|leaving|leaves|departed(?:\s+from)?|departing\s+from|departs\s+from|flew\s+out\s+of)\s+$|\b(?:will|would|to|then|shall)\s+(?:then\s+)?(?:return|fly\s+back|head\s+back|travel\s+back)\s+(?:home\s+)?to\s+(?:the\s+)?$|\b(?:flew|flies|fly|flying|headed|heads)\s+back\s+(?:home\s+)?to\s+(?:the\s+)?$",
        "clause_subject": r"(?:\b(?:although|though|while|whereas|because|since)|,\s*(?:and|but))\s+$",
        "topic": r"\b(?:living|based|resident|residing|settled|situation|developments|war|conflict|crisis|fighting|violence|ceasefire|truce|peace process|peace efforts|elections?|tensions|taking office|took office|assuming office)\s+(?:in|on|around|inside)\s+(?:the\s+)?$|\breturn\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:refugees|displaced|migrants|exiles|evacuees)(?:\s+[\w-]+){0,2}\s+(?:to|into)\s+(?:the\s+)?$",
        "from_person": r"\b(?:officials?|diplomats?|envoys?|delegations?|delegates?|ministers?|leaders?|visitors?|guests?|representatives?|counterparts?)\s+from\s+(?:the\s+)?$",
        "office_head": r"\b(?:heads?|chief|chiefs)\s+of\s+(?:the\s+)?$",
        "document_clause": r"\b(?:agreements?|accords?|memorand(?:um|a)|treat(?:y|ies)|protocols?|letters? of intent|deals?|road ?maps?)(?:\s+[\w-]+){0,3}?\s+(?:that|which)\s+(?:provides?|foresees?|envisages?|includes?|funds?|covers?|sets? up)\b",
        "document_topic": r"\b(?:agreements?|accords?|memorand(?:um|a)|declarations?|treat(?:y|ies)|protocols?|programmes?|programs?|letters? of intent|deals?|road ?maps?)\s+(?:on|for|regarding|concerning)\b",
    },
    "de": {
        "incident": r"\b(?:Festnahme\w*|Verhaftung\w*|festgenommen\w*|verhaftet\w*|Angriff\w*|Anschl[aä]g\w*|Tötung\w*|getötet\w*|Explosion\w*|Kundgebung\w*|Demonstration\w*|Zusammenstöß\w*|Unruhen|zu protestieren)\b",
        "route": r"\b(?:\w*verbindung|\w*verbindungen|Route|Straße|Strecke|Bahnstrecke|Pipeline|Korridor|Wasserstraße|Grenzübergang|Grenzposten|Grenzkontrollpunkt|Hafen|Häfen|verbindet|verbindende[nm]?|via|zwischen)\b(?:[\s-]+[\w'’]+){0,2}[\s-]*$",
        "reported": r"\bdass\b",
        "offer": r"\b(?:angeboten|anzubieten|vorgeschlagen|vorzuschlagen)\b[^.;]{0,40}\b(?:in|im)\s*$|^\s*(?:bot|bietet|hat (?:sich )?(?:\w+ )?angeboten|schlug|schlägt)\b",
        "host": r"\b(?:Gastgeber\w*|ausrichten|richtet\w*|Austragungsort|Schauplatz)\b",
        "coordinated": r"\s+und\s+\w",
        "source": r"\b(?:laut|zufolge|veröffentlicht\s+von|herausgegeben\s+von)(?:\s+[\w'’-]+){1,4}\s+(?:in|im|aus)\s+$",
        "reason": r",\s*(?:da|weil)\s",
        "back_for": r"\b(?:kehrt|kehren|kehrte|kehrten)\s+(?:\S+\s+){0,4}?(?:wieder\s+)?nach\s+@\s+zurück\s+(?:zu[mr]?|für\s+(?:den|die|das))\s+[^,;.]{0,60}$",
        "heard_from": r"\b(?:hieß es|verlautete|teilte\w*|erfuhr\w*|sagte\w*|bestätigte\w*|berichtete\w*)\b(?:\s+[\w'’-]+){0,3}\s+(?:aus|im|in|beim|bei)\s+(?:de[mnr]\s+)?$|\b(?:Quelle|Quellen|Kreisen|Kreise)\s+(?:in|aus|im|der|des)\s+(?:de[mnrs]\s+)?$",
        "return": r"\b(?:vor\s+(?:ihrer|seiner|der)\s+(?:Rückkehr|Rückreise|Heimreise)\s+nach|bevor\s+(?:sie|er)\s+(?:wieder\s+)?nach)\s+$|\b(?:verließ|verlässt|verliess|Abreise\s+aus|Abflug\s+aus|Abflug\s+von)\s+$|\bzurück\s+nach\s+$|\b(?:Rückkehr|Rückreise|Rückflug|Heimreise)\s+nach\s+$|\bkehr(?:t|te|en|ten)\s+(?:\S+\s+){0,4}?(?:wieder\s+)?nach\s+$",
        "clause_subject": r"(?:\bwährend|\bobwohl|\bweil|\bda|,\s*doch|,\s*aber|,\s*und)\s+$",
        "topic": r"\b(?:lebend\w*|wohnhaft\w*|ansässig\w*|Lage|Situation|Entwicklung(?:en)?|Krieg\w*|Konflikt\w*|Krise|Kämpfe|Gewalt|Waffenruhe|Feuerpause|Friedensprozess\w*|Friedensbemühungen|Wahlen|Spannungen|Amtsantritt\w*|Dienstantritt\w*)\s+(?:in|im|um)\s+(?:der\s+|dem\s+|den\s+|die\s+)?$|\b(?:Rückkehr|Rückführung)\s+(?:[\w-]+\s+){0,3}(?:Flüchtling\w*|Vertrieben\w*|Migrant\w*|Geflüchtet\w*)(?:\s+[\w-]+){0,2}\s+(?:nach|in|in\s+die|in\s+den)\s+$",
        "from_person": r"\b(?:Beamte\w*|Diplomat\w*|Gesandte\w*|Delegation\w*|Delegierte\w*|Minister\w*|Vertreter\w*|Besucher\w*|Gäste|Gast|Amtskolleg\w*)\s+aus\s+(?:der\s+|dem\s+|den\s+)?$",
        "office_head": r"\b(?:Chef|Chefin|Leiter|Leiterin|Spitze)\s+(?:des|der)\s+$",
        "document_clause": None,
        "document_topic": r"\b(?:Abkommen\w*|Vereinbarung\w*|Absichtserklärung\w*|Erklärung\w*|Memorandum\w*|Vertrag\w*|Verträge\w*|Protokoll\w*|Programm\w*|Fahrpl\w*|Roadmap\w*)\s+(?:über|zur|zum|für|betreffend)\b",
    },
    "fr": {
        "incident": r"\b(?:arrestations?|interpellations?|détention|arrêté(?:e|s|es)?|attaques?|attentats?|meurtres?|tué(?:e|s|es)?|explosions?|manifestants|rassemblements?|incursions?|affrontements|émeutes|pour protester|explications)\b",
        "route": r"\b(?:liaison|liaisons|route|axe|autoroute|voie ferrée|oléoduc|gazoduc|corridor|fleuve|poste[- ]frontière|poste frontalier|point de passage|port|reliant|relie|relient|via|entre)\b(?:[\s-]+[\w'’]+){0,2}[\s-]*$",
        "reported": r"\bqu(?:e\b|['’])",
        "offer": r"\b(?:propos\w*|offert|offre)\s+d['’]accueillir\b[^.;]{0,40}\b(?:à|en)\s*$|^\s*(?:a |s['’]est |se )?(?:propos[eé]\w*|offert|offre)\b",
        "host": r"\b(?:accueill\w*|abrit\w*|hôte)\b",
        "coordinated": r"\s+et\s+\w",
        "source": r"\b(?:selon|d'après|publié\s+par|publiée\s+par|diffusé\s+par|diffusée\s+par)(?:\s+[\w'’-]+){1,4}\s+(?:à|au)\s+$",
        "reason": r",\s*(?:car|parce\s+qu(?:e\s|')|puisqu(?:e\s|'))",
        "back_for": r"\b(?:reviendra|reviendront|retournera|retourneront)\s+(?:à|en|au)\s+@[^,;.]{0,30}?\spour\s+[^,;.]{0,60}$",
        "heard_from": r"\b(?:a-t-on appris|indique-t-on|a[- ]t[- ]on|a-t-il|a-t-elle|déclaré|annoncé|précisé|indiqué|confirmé)\b(?:\s+[\w'’-]+){0,3}\s+(?:au|auprès du|auprès de la|à la|dans)\s+$|\b(?:source|sources)\s+(?:à|au sein de|dans|de|auprès de)\s+(?:l'|la\s+|le\s+)?$",
        "return": r"\bavant\s+de\s+(?:regagner|rentrer\s+(?:à|en|au)|retourner\s+(?:à|en|au))\s+$|\b(?:a|avait|ont|avaient)\s+quitté\s+$|\bquittera\s+$|\bquittant\s+$|\b(?:reviendra|reviendront|rentrera|rentreront|retournera|retourneront)\s+(?:à|en|au)\s+$|\b(?:regagnera|regagneront)\s+$",
        "clause_subject": r"(?:\balors\s+que|\btandis\s+que|\bbien\s+que|\bpuisque|\bparce\s+que|,\s*(?:et|mais))\s+$",
        "topic": r"\b(?:basée?s?|installés?|installées?|établis|établies|résidant|résidents?|vivant|situation|évolution|guerre|conflit|crise|combats|violences|cessez-le-feu|trêve|processus de paix|efforts de paix|élections|tensions|prise de fonctions?)\s+(?:en|au|aux|à|dans|autour de)\s+(?:la\s+|le\s+|l'|les\s+)?$|\b(?:retour|rapatriement)\s+(?:[\w'’-]+\s+){0,2}(?:des|de)\s+(?:[\w'’-]+\s+){0,2}(?:réfugiés|déplacés|migrants|exilés)(?:\s+[\w'’-]+){0,2}\s+(?:vers|à|au|aux|en|dans)\s+(?:la\s+|le\s+|l'|les\s+)?$",
        "from_person": r"\b(?:responsables?|fonctionnaires?|diplomates?|émissaires?|envoyée?s?|délégations?|délégués?|ministres?|dirigeants?|visiteurs?|représentants?|homologues?)\s+(?:venue?s?\s+|venant\s+)?(?:de\s+|d['’]\s*)$",
        "office_head": r"\b(?:chef|cheffe|tête)\s+(?:de\s+la\s+|du\s+|de\s+l['’]\s*|des\s+)$",
        "document_clause": r"\b(?:accords?|conventions?|mémorandums?|protocoles?|traités?|lettres? d'intention|feuilles? de route)(?:\s+[\w'’-]+){0,3}?\s+qui\s+(?:prévoi(?:t|ent)|inclu(?:t|ent)|finance(?:nt)?|couvre(?:nt)?)\b",
        "document_topic": r"\b(?:accords?|conventions?|mémorandums?|protocoles?|déclarations?|traités?|programmes?|lettres? d'intention|feuilles? de route)\s+(?:sur|pour|relati(?:f|ve|fs|ves)\s+(?:à|au|aux)|concernant|de\s+coopération)\b",
    },
    "es": {
        "incident": r"\b(?:arrestos?|detenci(?:ón|ones)|detenid[oa]s?|ataques?|atentados?|asesinatos?|muert[oa]s|explosi(?:ón|ones)|manifestantes|concentraci(?:ón|ones)|incursi(?:ón|ones)|enfrentamientos|disturbios|para protestar|explicaciones)\b",
        "route": r"\b(?:conexión|conexiones|enlace|enlaces|ruta|carretera|ferrocarril|oleoducto|gasoducto|corredor|hidrov[ií]a|paso fronterizo|puesto fronterizo|puerto|une|unen|uniendo|conecta|conectan|v[ií]a|entre)\b(?:[\s-]+[\w'’]+){0,2}[\s-]*$",
        "reported": r"\bque\b",
        "offer": r"\b(?:ofreci\w*|ofrece\w*|propuso|propone\w*|ofrecido)\s+(?:ser sede|acoger|albergar|hospedar)\b[^.;]{0,40}\ben\s*$|^\s*(?:ha |se )?(?:ofreci\w*|ofrece\w*|propuso|propone|ofrecido)\b",
        "host": r"\b(?:acog\w*|alberg\w*|sede|anfitri\w*)\b",
        "coordinated": r"\s+y\s+\w",
        "source": r"\b(?:según|de\s+acuerdo\s+con|publicado\s+por|publicada\s+por|difundido\s+por|difundida\s+por)(?:\s+[\w'’-]+){1,4}\s+(?:en|desde)\s+$",
        "reason": r",\s*(?:porque|ya\s+que|debido\s+a\s+que)\s",
        "back_for": r"\b(?:regresará|regresarán|volverá|volverán|retornará|retornarán)\s+(?:a|al)\s+@[^,;.]{0,30}?\spara\s+[^,;.]{0,60}$",
        "heard_from": r"\b(?:informaron|informó|precisaron|precisó|indicaron|indicó|señalaron|señaló|confirmaron|confirmó|anunciaron|anunció)\b(?:\s+[\w'’-]+){0,3}\s+(?:en|desde)\s+(?:la|el)?\s*$|\b(?:fuente|fuentes)\s+(?:de|en)\s+(?:la\s+|el\s+)?$",
        "return": r"\bantes\s+de\s+(?:regresar|volver|retornar)\s+(?:a|al)\s+$|\b(?:salió|partió|saldrá|partirá|sale|parte)\s+(?:de|desde)\s+$|\babandonó\s+$|\b(?:regresará|regresarán|volverá|volverán|retornará|retornarán)\s+(?:a|al)\s+$",
        "clause_subject": r"(?:\baunque|\bmientras(?:\s+que)?|\bporque|\bya\s+que|\bpuesto\s+que|,\s*(?:y|pero))\s+$",
        "topic": r"\b(?:residentes?|radicad[oa]s?|establecid[oa]s|afincad[oa]s|situación|evolución|guerra|conflicto|crisis|combates|violencia|alto el fuego|tregua|proceso de paz|esfuerzos de paz|elecciones|tensiones)\s+(?:en|de)\s+(?:la\s+|el\s+|los\s+|las\s+)?$|\b(?:retorno|regreso|repatriación)\s+(?:[\w-]+\s+){0,2}de\s+(?:los\s+|las\s+)?(?:[\w-]+\s+){0,2}(?:refugiados|desplazados|migrantes|exiliados)(?:\s+[\w-]+){0,2}\s+(?:a|hacia)\s+(?:la\s+|el\s+)?$",
        "from_person": r"\b(?:funcionari[oa]s?|diplomátic[oa]s?|enviad[oa]s?|delegaci(?:ón|ones)|delegad[oa]s?|ministr[oa]s?|dirigentes?|líderes|visitantes?|representantes?|huéspedes?|homólog[oa]s?)\s+(?:procedentes?\s+|llegad[oa]s?\s+|venid[oa]s?\s+)?de\s+$",
        "office_head": r"\b(?:jefe|jefa|titular|frente)\s+(?:de\s+la\s+|del\s+|de\s+)$",
        "document_clause": r"\b(?:acuerdos?|convenios?|memorandos?|memorándums?|protocolos?|tratados?|cartas? de intención|hojas? de ruta)(?:\s+[\w-]+){0,3}?\s+que\s+(?:prevé|prevén|contempla|contemplan|establece|establecen|incluye|incluyen|financia|financian|impulsa|impulsan)\b",
        "document_topic": r"\b(?:acuerdos?|convenios?|memorandos?|memorándums?|protocolos?|declaraciones?|declaración|tratados?|programas?|cartas? de intención|hojas? de ruta)\s+(?:sobre|para|relativos?\s+a|relativas?\s+a|de\s+cooperación)\b",
    },
    "ru": {
        "incident": r"(?<!\w)(?:арест\w*|задержани\w*|задержан\w*|нападени\w*|теракт\w*|убийств\w*|убит\w*|взрыв\w*|митинг\w*|демонстраци\w*|акци\w* протеста|столкновени\w*|беспорядк\w*|чтобы выразить протест|объяснени\w*)",
        "route": r"(?<!\w)(?:сообщени\w*|маршрут\w*|трасс[аеыу]|дорог[аеиу]|трубопровод\w*|газопровод\w*|нефтепровод\w*|коридор\w*|порт(?:а|у|ом|е)?|КПП|пункт\w* пропуска|соединяющ\w*|связывающ\w*|через|между)(?!\w)(?:[\s-]+[\w'’]+){0,2}[\s-]*$",
        "reported": r"(?<!\w)что(?!\w)",
        "offer": r"(?<!\w)предлож\w+\s+(?:провести|принять|организовать)[^.;]{0,40}(?<!\w)(?:в|во)\s*$|^\s*(?:предложил\w*|предлагает|предлагают)(?!\w)",
        "host": r"(?<!\w)(?:принима\w*|принял\w*|прим(?:ет|ут)|станет местом|площадк\w*)",
        "coordinated": r"\s+и\s+\w",
        "source": r"(?<!\w)(?:по\s+данным|согласно|по\s+сообщению|опубликованн\w*)(?:\s+[\w-]+){1,4}\s+(?:в|во)\s+$",
        "reason": r",\s*(?:так\s+как|потому\s+что|поскольку)\s",
        "back_for": r"(?:^|\s)(?:вернётся|вернется|вернутся|возвратится|возвратятся)\s+(?:в|во)\s+@[^,;.]{0,30}?\sдля\s+[^,;.]{0,60}$",
        "heard_from": r'(?<!\w)(?:сообщил\w*|уточнил\w*|заявил\w*|рассказал\w*|пояснил\w*|подтвердил\w*|добавил\w*|отметил\w*|сказал\w*)(?:\s+[\w"“”«»-]+){0,3}\s+(?:в|во|на)\s+$|(?<!\w)(?:источник\w*|собеседник\w*)(?:\s+[\w-]+){0,2}\s+(?:в|во)\s+$',
        "return": r"\bперед\s+(?:возвращением|тем,?\s+как\s+вернуться)\s+(?:в|во)\s+$|(?:^|\s)(?:покинул[аи]?|покинет|покидая|вылетел[аи]?\s+из|отбыл[аи]?\s+из)\s+$|(?:^|\s)(?:вернётся|вернется|вернутся|возвратится|возвратятся)\s+(?:в|во)\s+$",
        "clause_subject": r"(?:\bхотя|\bпоскольку|\bтак\s+как|\bтогда\s+как|,\s*а|,\s*но)\s+$",
        "topic": r"(?<!\w)(?:проживающ\w*|живущ\w*|ситуаци\w*|положени\w*|войн\w*|конфликт\w*|кризис\w*|бо[её]в\w*|насили\w*|перемири\w*|мирн\w+ процесс\w*|мирн\w+ усили\w*|выбор\w*|напряж[её]нност\w*|вступлени\w* в должность)\s+(?:в|во|на|вокруг)\s+$|(?<!\w)(?:возвращени\w*|репатриаци\w*)\s+(?:[\w-]+\s+){0,2}(?:беженц\w*|переселенц\w*|мигрант\w*)(?:\s+[\w-]+){0,2}\s+(?:в|во|на)\s+$",
        "from_person": r"(?<!\w)(?:чиновник\w*|дипломат\w*|посланник\w*|делегаци\w*|делегат\w*|министр\w*|представител\w*|гост\w*|коллег\w*)\s+из\s+$",
        "office_head": r"(?<!\w)(?:глав[аеуы]|главой|руководител\w*)\s+$",
        "document_clause": None,
        "document_topic": r"(?<!\w)(?:соглашени\w*|меморандум\w*|протокол\w*|деклараци\w*|договор\w*|программ\w*|дорожн\w* карт\w*)\s+(?:о|об|по|в\s+сфере|в\s+области)(?!\w)",
    },
}
