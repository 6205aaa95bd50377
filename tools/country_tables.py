"""Hand-written country data read by ``tools/build_countries.py`` (build time only).

Each table is plain text, one country per line, fields separated by ``|`` and alternatives by ``,``;
``-`` means "none". Country names themselves come from CLDR (through ``babel``) plus the variants below.
"""

from __future__ import annotations

#: code | Wikidata QID | adjectives: en | de (base, uninflected) | fr (masculine; irregular feminine
#: added) | es (masculine singular) | ru (masculine nominative)
ADJECTIVES = """
AD|Q228|Andorran|andorranisch|andorran|andorrano|андоррский
AE|Q878|Emirati|emiratisch|émirien|emiratí|эмиратский
AF|Q889|Afghan|afghanisch|afghan|afgano|афганский
AG|Q781|Antiguan|antiguanisch|antiguais|antiguano|-
AI|Q25228|Anguillan|anguillanisch|anguillais|anguilano|-
AL|Q222|Albanian|albanisch|albanais|albanés|албанский
AM|Q399|Armenian|armenisch|arménien|armenio|армянский
AO|Q916|Angolan|angolanisch|angolais|angoleño|ангольский
AQ|Q51|Antarctic|antarktisch|antarctique|antártico|антарктический
AR|Q414|Argentine,Argentinian|argentinisch|argentin|argentino|аргентинский
AS|Q16641|American Samoan|-|-|-|-
AT|Q40|Austrian|österreichisch|autrichien|austriaco|австрийский
AU|Q408|Australian|australisch|australien|australiano|австралийский
AW|Q21203|Aruban|arubanisch|arubais|arubeño|-
AX|Q5689|Ålandic|åländisch|ålandais|-|аландский
AZ|Q227|Azerbaijani,Azeri|aserbaidschanisch|azerbaïdjanais|azerbaiyano|азербайджанский
BA|Q225|Bosnian|bosnisch|bosnien,bosnien-herzégovinien|bosnio|боснийский
BB|Q244|Barbadian|barbadisch|barbadien|barbadense|барбадосский
BD|Q902|Bangladeshi|bangladeschisch|bangladais|bangladesí|бангладешский
BE|Q31|Belgian|belgisch|belge|belga|бельгийский
BF|Q965|Burkinabe,Burkinabé,Burkinabè|burkinisch|burkinabé,burkinabè|burkinés|буркинийский
BG|Q219|Bulgarian|bulgarisch|bulgare|búlgaro|болгарский
BH|Q398|Bahraini|bahrainisch|bahreïnien|bareiní|бахрейнский
BI|Q967|Burundian|burundisch|burundais|burundés|бурундийский
BJ|Q962|Beninese|beninisch|béninois|beninés|бенинский
BL|Q25362|-|-|-|-|-
BM|Q23635|Bermudian|bermudisch|bermudien|bermudeño|бермудский
BN|Q921|Bruneian|bruneiisch|brunéien|bruneano|брунейский
BO|Q750|Bolivian|bolivianisch|bolivien|boliviano|боливийский
BQ|Q27561|-|-|-|-|-
BR|Q155|Brazilian|brasilianisch|brésilien|brasileño|бразильский
BS|Q778|Bahamian|bahamaisch|bahaméen|bahameño|багамский
BT|Q917|Bhutanese|bhutanisch|bhoutanais|butanés|бутанский
BV|Q23408|-|-|-|-|-
BW|Q963|Botswanan,Motswana|botswanisch|botswanais|botsuano|ботсванский
BY|Q184|Belarusian,Belarusan|belarussisch,weißrussisch|biélorusse,bélarusse|bielorruso|белорусский
BZ|Q242|Belizean|belizisch|bélizien|beliceño|белизский
CA|Q16|Canadian|kanadisch|canadien|canadiense|канадский
CC|Q36004|-|-|-|-|-
CD|Q974|Congolese|kongolesisch|congolais|congoleño|конголезский
CF|Q929|Central African|zentralafrikanisch|centrafricain|centroafricano|центральноафриканский
CG|Q971|-|-|-|-|-
CH|Q39|Swiss|schweizerisch|suisse|suizo|швейцарский
CI|Q1008|Ivorian|ivorisch|ivoirien|marfileño|ивуарийский
CK|Q26988|-|-|-|-|-
CL|Q298|Chilean|chilenisch|chilien|chileno|чилийский
CM|Q1009|Cameroonian|kamerunisch|camerounais|camerunés|камерунский
CN|Q148|Chinese|chinesisch|chinois|chino|китайский
CO|Q739|Colombian|kolumbianisch|colombien|colombiano|колумбийский
CR|Q800|Costa Rican|costa-ricanisch|costaricien,costaricain|costarricense|костариканский
CU|Q241|Cuban|kubanisch|cubain|cubano|кубинский
CV|Q1011|Cape Verdean,Cabo Verdean|kap-verdisch|cap-verdien|caboverdiano|кабо-вердианский
CW|Q25279|Curaçaoan|-|-|curazoleño|-
CX|Q31063|-|-|-|-|-
CY|Q229|Cypriot|zyprisch|chypriote|chipriota|кипрский
CZ|Q213|Czech|tschechisch|tchèque|checo|чешский
DE|Q183|German|deutsch|allemand|alemán|германский,немецкий
DJ|Q977|Djiboutian|dschibutisch|djiboutien|yibutiano|джибутийский
DK|Q35|Danish|dänisch|danois|danés|датский
DM|Q784|-|-|dominiquais|dominiqués|-
DO|Q786|Dominican|dominikanisch|dominicain|dominicano|доминиканский
DZ|Q262|Algerian|algerisch|algérien|argelino|алжирский
EC|Q736|Ecuadorian,Ecuadorean|ecuadorianisch|équatorien|ecuatoriano|эквадорский
EE|Q191|Estonian|estnisch|estonien|estonio|эстонский
EG|Q79|Egyptian|ägyptisch|égyptien|egipcio|египетский
EH|Q6250|Sahrawi|westsaharauisch|sahraoui|saharaui|-
ER|Q986|Eritrean|eritreisch|érythréen|eritreo|эритрейский
ES|Q29|Spanish|spanisch|espagnol|español|испанский
ET|Q115|Ethiopian|äthiopisch|éthiopien|etíope|эфиопский
FI|Q33|Finnish|finnisch|finlandais|finlandés|финский,финляндский
FJ|Q712|Fijian|fidschianisch|fidjien|fiyiano|фиджийский
FK|Q9648|Falkland|-|-|malvinense|фолклендский
FM|Q702|Micronesian|mikronesisch|micronésien|micronesio|микронезийский
FO|Q4628|Faroese|färöisch|féroïen|feroés|фарерский
FR|Q142|French|französisch|français|francés|французский
GA|Q1000|Gabonese|gabunisch|gabonais|gabonés|габонский
GB|Q145|British|britisch|britannique|británico|британский
GD|Q769|Grenadian|grenadisch|grenadien|granadino|гренадский
GE|Q230|Georgian|georgisch|géorgien|georgiano|грузинский
GF|Q3769|French Guianese|-|-|-|-
GG|Q25230|-|-|-|-|-
GH|Q117|Ghanaian|ghanaisch|ghanéen|ghanés|ганский
GI|Q1410|Gibraltarian|gibraltarisch|gibraltarien|gibraltareño|гибралтарский
GL|Q223|Greenlandic|grönländisch|groenlandais|groenlandés|гренландский
GM|Q1005|Gambian|gambisch|gambien|gambiano|гамбийский
GN|Q1006|Guinean|guineisch|guinéen|guineano|гвинейский
GP|Q17012|Guadeloupean|-|guadeloupéen|guadalupeño|-
GQ|Q983|Equatorial Guinean,Equatoguinean|äquatorialguineisch|équato-guinéen|ecuatoguineano|экваториально-гвинейский
GR|Q41|Greek|griechisch|grec,grecque|griego|греческий
GS|Q35086|-|-|-|-|-
GT|Q774|Guatemalan|guatemaltekisch|guatémaltèque|guatemalteco|гватемальский
GU|Q16635|Guamanian|-|-|-|-
GW|Q1007|Bissau-Guinean|guinea-bissauisch|bissaoguinéen|bisauguineano|-
GY|Q734|Guyanese|guyanisch|guyanien|guyanés|гайанский
HK|Q8646|Hong Kong,Hongkongese|hongkongisch|hongkongais|hongkonés|гонконгский
HM|-|-|-|-|-|-
HN|Q783|Honduran|honduranisch|hondurien|hondureño|гондурасский
HR|Q224|Croatian|kroatisch|croate|croata|хорватский
HT|Q790|Haitian|haitianisch|haïtien|haitiano|гаитянский
HU|Q28|Hungarian|ungarisch|hongrois|húngaro|венгерский
ID|Q252|Indonesian|indonesisch|indonésien|indonesio|индонезийский
IE|Q27|Irish|irisch|irlandais|irlandés|ирландский
IL|Q801|Israeli|israelisch|israélien|israelí|израильский
IM|Q9676|Manx|-|mannois|-|-
IN|Q668|Indian|indisch|indien|indio,hindú|индийский
IO|Q43448|-|-|-|-|-
IQ|Q796|Iraqi|irakisch|irakien|iraquí|иракский
IR|Q794|Iranian|iranisch|iranien|iraní|иранский
IS|Q189|Icelandic|isländisch|islandais|islandés|исландский
IT|Q38|Italian|italienisch|italien|italiano|итальянский
JE|Q785|-|-|-|-|-
JM|Q766|Jamaican|jamaikanisch|jamaïcain|jamaicano|ямайский
JO|Q810|Jordanian|jordanisch|jordanien|jordano|иорданский
JP|Q17|Japanese|japanisch|japonais|japonés,nipón|японский
KE|Q114|Kenyan|kenianisch|kényan|keniano|кенийский
KG|Q813|Kyrgyz,Kirghiz|kirgisisch|kirghize,kirghiz|kirguís|киргизский,кыргызский
KH|Q424|Cambodian|kambodschanisch|cambodgien|camboyano|камбоджийский
KI|Q710|I-Kiribati|kiribatisch|kiribatien|kiribatiano|кирибатский
KM|Q970|Comorian|komorisch|comorien|comorense|коморский
KN|Q763|Kittitian|-|-|-|-
KP|Q423|North Korean|nordkoreanisch|nord-coréen|norcoreano|северокорейский
KR|Q884|South Korean|südkoreanisch|sud-coréen|surcoreano|южнокорейский
KW|Q817|Kuwaiti|kuwaitisch|koweïtien|kuwaití|кувейтский
KY|Q5785|Caymanian|-|caïmanien|caimanés|-
KZ|Q232|Kazakh,Kazakhstani|kasachisch|kazakh,kazakhstanais|kazajo|казахский,казахстанский
LA|Q819|Lao,Laotian|laotisch|laotien|laosiano|лаосский
LB|Q822|Lebanese|libanesisch|libanais|libanés|ливанский
LC|Q760|Saint Lucian|lucianisch|saint-lucien|santalucense|сент-люсийский
LI|Q347|Liechtensteiner|liechtensteinisch|liechtensteinois|liechtensteiniano|лихтенштейнский
LK|Q854|Sri Lankan|sri-lankisch|sri-lankais|esrilanqués,ceilandés|шри-ланкийский
LR|Q1014|Liberian|liberianisch|libérien|liberiano|либерийский
LS|Q1013|Basotho,Lesothan|lesothisch|lesothien|lesotense|лесотский
LT|Q37|Lithuanian|litauisch|lituanien|lituano|литовский
LU|Q32|Luxembourgish|luxemburgisch|luxembourgeois|luxemburgués|люксембургский
LV|Q211|Latvian|lettisch|letton,lettone|letón|латвийский,латышский
LY|Q1016|Libyan|libysch|libyen|libio|ливийский
MA|Q1028|Moroccan|marokkanisch|marocain|marroquí|марокканский
MC|Q235|Monegasque|monegassisch|monégasque|monegasco|монакский
MD|Q217|Moldovan|moldauisch,moldawisch|moldave|moldavo|молдавский
ME|Q236|Montenegrin|montenegrinisch|monténégrin|montenegrino|черногорский
MF|Q126125|-|-|-|-|-
MG|Q1019|Malagasy|madagassisch|malgache|malgache|малагасийский,мадагаскарский
MH|Q709|Marshallese|marshallisch|marshallais|marshalés|-
MK|Q221|North Macedonian,Macedonian|nordmazedonisch,mazedonisch|macédonien,nord-macédonien|macedonio,norte macedonio|македонский,северомакедонский
ML|Q912|Malian|malisch|malien|maliense|малийский
MM|Q836|Burmese,Myanmar|myanmarisch,birmanisch|birman|birmano|мьянманский,бирманский
MN|Q711|Mongolian|mongolisch|mongol|mongol|монгольский
MO|Q14773|Macanese|macauisch|macanais|macaense|-
MP|Q16644|-|-|-|-|-
MQ|Q17054|Martinican|-|martiniquais|martiniqués|-
MR|Q1025|Mauritanian|mauretanisch|mauritanien|mauritano|мавританский
MS|Q13353|-|-|-|-|-
MT|Q233|Maltese|maltesisch|maltais|maltés|мальтийский
MU|Q1027|Mauritian|mauritisch|mauricien|mauriciano|маврикийский
MV|Q826|Maldivian|maledivisch|maldivien|maldivo|мальдивский
MW|Q1020|Malawian|malawisch|malawite|malauí|малавийский
MX|Q96|Mexican|mexikanisch|mexicain|mexicano|мексиканский
MY|Q833|Malaysian|malaysisch|malaisien|malasio|малайзийский
MZ|Q1029|Mozambican|mosambikanisch|mozambicain|mozambiqueño|мозамбикский
NA|Q1030|Namibian|namibisch|namibien|namibio|намибийский
NC|Q33788|New Caledonian|neukaledonisch|néo-calédonien|neocaledonio|новокаледонский
NE|Q1032|Nigerien|nigrisch|nigérien|nigerino|нигерский
NF|Q31057|-|-|-|-|-
NG|Q1033|Nigerian|nigerianisch|nigérian|nigeriano|нигерийский
NI|Q811|Nicaraguan|nicaraguanisch|nicaraguayen|nicaragüense|никарагуанский
NL|Q55|Dutch|niederländisch|néerlandais|neerlandés|нидерландский,голландский
NO|Q20|Norwegian|norwegisch|norvégien|noruego|норвежский
NP|Q837|Nepali,Nepalese|nepalesisch|népalais|nepalí|непальский
NR|Q697|Nauruan|nauruisch|nauruan|nauruano|науруанский
NU|Q34020|-|-|-|-|-
NZ|Q664|New Zealand|neuseeländisch|néo-zélandais|neozelandés|новозеландский
OM|Q842|Omani|omanisch|omanais|omaní|оманский
PA|Q804|Panamanian|panamaisch|panaméen|panameño|панамский
PE|Q419|Peruvian|peruanisch|péruvien|peruano|перуанский
PF|Q30971|French Polynesian|-|polynésien|-|-
PG|Q691|Papua New Guinean|papua-neuguineisch|papouan-néo-guinéen|papú|-
PH|Q928|Philippine,Filipino|philippinisch|philippin|filipino|филиппинский
PK|Q843|Pakistani|pakistanisch|pakistanais|pakistaní|пакистанский
PL|Q36|Polish|polnisch|polonais|polaco|польский
PM|Q34617|-|-|-|-|-
PN|Q35672|-|-|-|-|-
PR|Q1183|Puerto Rican|puerto-ricanisch|portoricain|puertorriqueño|пуэрто-риканский
PS|Q219060|Palestinian|palästinensisch|palestinien|palestino|палестинский
PT|Q45|Portuguese|portugiesisch|portugais|portugués|португальский
PW|Q695|Palauan|palauisch|palaosien|palauano|палауский
PY|Q733|Paraguayan|paraguayisch|paraguayen|paraguayo|парагвайский
QA|Q846|Qatari|katarisch|qatarien,qatari|catarí,qatarí|катарский
RE|Q17070|Réunionese|-|réunionnais|reunionés|-
RO|Q218|Romanian|rumänisch|roumain|rumano|румынский
RS|Q403|Serbian|serbisch|serbe|serbio|сербский
RU|Q159|Russian|russisch|russe|ruso|российский,русский
RW|Q1037|Rwandan|ruandisch|rwandais|ruandés|руандийский
SA|Q851|Saudi,Saudi Arabian|saudi-arabisch,saudisch|saoudien|saudí,saudita|саудовский,саудоаравийский
SB|Q685|Solomon Islands|salomonisch|salomonais|salomonense|-
SC|Q1042|Seychellois|seychellisch|seychellois|seychellense|сейшельский
SD|Q1049|Sudanese|sudanesisch|soudanais|sudanés|суданский
SE|Q34|Swedish|schwedisch|suédois|sueco|шведский
SG|Q334|Singaporean|singapurisch|singapourien|singapurense|сингапурский
SH|-|-|-|-|-|-
SI|Q215|Slovenian,Slovene|slowenisch|slovène|esloveno|словенский
SJ|-|-|-|-|-|-
SK|Q214|Slovak|slowakisch|slovaque|eslovaco|словацкий
SL|Q1044|Sierra Leonean|sierra-leonisch|sierra-léonais|sierraleonés|сьерра-леонский
SM|Q238|Sammarinese|san-marinesisch|saint-marinais|sanmarinense|сан-маринский
SN|Q1041|Senegalese|senegalesisch|sénégalais|senegalés|сенегальский
SO|Q1045|Somali|somalisch|somalien|somalí|сомалийский
SR|Q730|Surinamese|surinamisch|surinamais|surinamés|суринамский
SS|Q958|South Sudanese|südsudanesisch|sud-soudanais|sursudanés|южносуданский
ST|Q1039|Santomean|-|santoméen|santotomense|-
SV|Q792|Salvadoran|salvadorianisch|salvadorien|salvadoreño|сальвадорский
SX|Q26273|-|-|-|-|-
SY|Q858|Syrian|syrisch|syrien|sirio|сирийский
SZ|Q1050|Swazi|eswatinisch,swasiländisch|swazi|suazi|свазилендский
TC|Q18221|-|-|-|-|-
TD|Q657|Chadian|tschadisch|tchadien|chadiano|чадский
TF|Q129003|-|-|-|-|-
TG|Q945|Togolese|togoisch|togolais|togolés|тоголезский
TH|Q869|Thai|thailändisch|thaïlandais|tailandés|таиландский,тайский
TJ|Q863|Tajik,Tajikistani|tadschikisch|tadjik|tayiko|таджикский
TK|Q36823|-|-|-|-|-
TL|Q574|East Timorese,Timorese|osttimoresisch|est-timorais|timorense|восточнотиморский
TM|Q874|Turkmen|turkmenisch|turkmène|turcomano|туркменский
TN|Q948|Tunisian|tunesisch|tunisien|tunecino|тунисский
TO|Q678|Tongan|tongaisch|tongien|tongano|тонганский
TR|Q43|Turkish|türkisch|turc,turque|turco|турецкий
TT|Q754|Trinidadian|trinidadisch|trinidadien|trinitense|тринидадский
TV|Q672|Tuvaluan|tuvaluisch|tuvaluan|tuvaluano|-
TW|Q865|Taiwanese|taiwanisch|taïwanais|taiwanés|тайваньский
TZ|Q924|Tanzanian|tansanisch|tanzanien|tanzano|танзанийский
UA|Q212|Ukrainian|ukrainisch|ukrainien|ucraniano|украинский
UG|Q1036|Ugandan|ugandisch|ougandais|ugandés|угандийский
UM|Q16645|-|-|-|-|-
US|Q30|American,U.S.,US|amerikanisch,US-amerikanisch|américain,étatsunien,états-unien|estadounidense,norteamericano|американский
UY|Q77|Uruguayan|uruguayisch|uruguayen|uruguayo|уругвайский
UZ|Q265|Uzbek,Uzbekistani|usbekisch|ouzbek,ouzbèke|uzbeko|узбекский,узбекистанский
VA|Q237|Vatican|vatikanisch|vatican|vaticano|ватиканский
VC|Q757|Vincentian|-|vincentais|sanvicentino|-
VE|Q717|Venezuelan|venezolanisch|vénézuélien|venezolano|венесуэльский
VG|Q25305|-|-|-|-|-
VI|Q11703|-|-|-|-|-
VN|Q881|Vietnamese|vietnamesisch|vietnamien|vietnamita|вьетнамский
VU|Q686|Ni-Vanuatu|vanuatuisch|vanuatais|vanuatuense|-
WF|Q35555|-|-|-|-|-
WS|Q683|Samoan|samoanisch|samoan|samoano|самоанский
XK|Q1246|Kosovar,Kosovan|kosovarisch|kosovar|kosovar|косовский
YE|Q805|Yemeni|jemenitisch|yéménite|yemení|йеменский
YT|Q17063|-|-|mahorais|-|-
ZA|Q258|South African|südafrikanisch|sud-africain|sudafricano|южноафриканский
ZM|Q953|Zambian|sambisch|zambien|zambiano|замбийский
ZW|Q954|Zimbabwean|simbabwisch|zimbabwéen|zimbabuense|зимбабвийский
"""

#: Extra names and usual variants beyond the CLDR name: code | en | de | fr | es | ru
NAMES = """
AE|UAE,U.A.E.,Emirates|VAE,Emirate,Vereinigten Arabischen Emiraten|EAU,Émirats,Emirats arabes unis|EAU,Emiratos|ОАЭ,Эмираты,Объединённые Арабские Эмираты
AM|-|-|-|-|Республика Армения
AZ|-|-|-|-|Азербайджанская Республика
BA|Bosnia,Bosnia and Herzegovina,Bosnia-Herzegovina|Bosnien,Bosnien-Herzegowina|Bosnie|Bosnia|Босния
BE|Kingdom of Belgium|Königreich Belgien|Royaume de Belgique|Reino de Bélgica|Королевство Бельгия
BF|-|Burkina Fasos|-|-|-
BH|Kingdom of Bahrain|Königreich Bahrain|Royaume de Bahreïn|Reino de Baréin|Королевство Бахрейн
BN|Brunei Darussalam|Brunei Darussalam|Brunei Darussalam|Brunéi Darussalam|Бруней-Даруссалам
BT|Kingdom of Bhutan|Königreich Bhutan|Royaume du Bhoutan|Reino de Bután|Королевство Бутан
BY|Belarus,Byelorussia|Weißrussland,Belarus|Bélarus,Belarus|Belarús|Белоруссия,Республика Беларусь
CD|DR Congo,DRC,Democratic Republic of the Congo,Democratic Republic of Congo,Congo|DR Kongo,Demokratische Republik Kongo,Demokratischen Republik Kongo,Kongo|RDC,RD Congo,République démocratique du Congo|RDC,RD Congo|ДР Конго,ДРК,Демократическая Республика Конго
CF|-|Zentralafrikanische Republik|RCA|RCA|ЦАР
CG|Republic of the Congo,Congo-Brazzaville|Republik Kongo|République du Congo,Congo-Brazzaville,Congo|República del Congo|Республика Конго
CI|Ivory Coast,Côte d'Ivoire|Elfenbeinküste|Côte d'Ivoire|Costa de Marfil|Кот-д'Ивуар
CN|People's Republic of China,PRC,P.R.C.,Mainland China|Volksrepublik China,VR China|République populaire de Chine,RPC|República Popular China|КНР,Китайская Народная Республика
CR|-|Costa Ricas|-|-|-
CV|Cape Verde,Cabo Verde|Kap Verde,Cabo Verde|Cap-Vert,Cabo Verde,République de Cabo Verde|Cabo Verde|Кабо-Верде
CZ|Czech Republic,Czechia|Tschechische Republik|République tchèque|República Checa|Чешская Республика
DE|Federal Republic of Germany,FRG|Bundesrepublik Deutschland,Bundesrepublik,BRD|République fédérale d'Allemagne,RFA|República Federal de Alemania,RFA|ФРГ,Федеративная Республика Германия
DK|Kingdom of Denmark|Königreich Dänemark|Royaume du Danemark|Reino de Dinamarca|Королевство Дания
ES|Kingdom of Spain|Königreich Spanien|Royaume d'Espagne|Reino de España|Королевство Испания
FR|French Republic|Französische Republik|République française|República Francesa|Французская Республика
GB|UK,U.K.,Britain,Great Britain,Northern Ireland,Scotland,Wales,England|Großbritannien,Nordirland,Schottland,Wales,England,Vereinigtes Königreich,Vereinigten Königreich,Vereinigten Königreichs|Grande-Bretagne,Irlande du Nord,Écosse,Angleterre|Gran Bretaña,Irlanda del Norte,Escocia,Inglaterra|Британия,Северная Ирландия,Шотландия,Англия,Соединённое Королевство
HK|Hong Kong|Hongkong|Hong Kong|Hong Kong|Гонконг
IN|Republic of India|Republik Indien|République de l'Inde|República de la India|Республика Индия
IR|Islamic Republic of Iran|Islamische Republik Iran|République islamique d'Iran|República Islámica de Irán|Исламская Республика Иран,ИРИ
JO|Hashemite Kingdom of Jordan,Kingdom of Jordan|Haschemitisches Königreich Jordanien|Royaume hachémite de Jordanie|Reino Hachemita de Jordania|Иорданское Хашимитское Королевство
KG|Kyrgyz Republic|Kirgistan,Kirgisistan|Kirghizstan|Kirguistán|Кыргызстан,Киргизская Республика
KH|Kingdom of Cambodia|Königreich Kambodscha|Royaume du Cambodge|Reino de Camboya|Королевство Камбоджа
KN|Saint Kitts and Nevis|-|-|-|-
KP|DPRK,Democratic People's Republic of Korea|Demokratische Volksrepublik Korea,Demokratischen Volksrepublik Korea|RPDC,République populaire démocratique de Corée|RPDC,República Popular Democrática de Corea|КНДР,Северная Корея
KR|Republic of Korea,ROK|Republik Korea|République de Corée|República de Corea|Республика Корея,Южная Корея
KW|State of Kuwait|Staat Kuwait|État du Koweït|Estado de Kuwait|Государство Кувейт
KZ|-|-|-|-|Республика Казахстан
LA|Lao PDR,Lao People's Democratic Republic|Demokratische Volksrepublik Laos|République démocratique populaire lao|República Democrática Popular Lao|Лаосская Народно-Демократическая Республика,ЛНДР
LC|Saint Lucia|-|-|-|-
LK|-|Sri Lankas|-|-|-
MA|Kingdom of Morocco|Königreich Marokko|Royaume du Maroc|Reino de Marruecos|Королевство Марокко
MD|Republic of Moldova|Moldawien,Republik Moldau,Moldau|République de Moldavie|Moldavia|Молдова,Республика Молдова,Молдавия
MK|Macedonia|Mazedonien|Macédoine|Macedonia|Македония
MM|Burma|Birma,Burma|Birmanie|Birmania|Бирма
MX|United Mexican States|Vereinigte Mexikanische Staaten|États-Unis mexicains,Etats-Unis mexicains|Estados Unidos Mexicanos|Мексиканские Соединённые Штаты
MO|Macau,Macao|Macau|Macao|Macao|Макао
NL|Holland,Kingdom of the Netherlands|Niederlanden,Holland,Königreich der Niederlande|Hollande,Royaume des Pays-Bas|Holanda,Reino de los Países Bajos|Голландия,Королевство Нидерландов
NO|Kingdom of Norway|Königreich Norwegen,Norwegens|Royaume de Norvège|Reino de Noruega|Королевство Норвегия
OM|Sultanate of Oman|Sultanat Oman|Sultanat d'Oman|Sultanato de Omán|Султанат Оман
PL|-|Polens|-|-|-
PS|Palestine,Palestinian territories,State of Palestine|Palästina,Palästinensische Gebiete,Palästinensischen Gebiete|Palestine,Territoires palestiniens,État de Palestine|Palestina,Territorios Palestinos,Estado de Palestina|Палестина,Государство Палестина
QA|State of Qatar|Staat Katar|État du Qatar|Estado de Catar|Государство Катар
RU|Russian Federation|Russische Föderation,Russischen Föderation|Fédération de Russie|Federación de Rusia,Federación Rusa|Российская Федерация,РФ
SA|Kingdom of Saudi Arabia,KSA|Saudi Arabien,Königreich Saudi-Arabien|Royaume d'Arabie saoudite|Arabia Saudí,Reino de Arabia Saudita|Королевство Саудовская Аравия
SE|Kingdom of Sweden|Königreich Schweden,Schwedens|Royaume de Suède|Reino de Suecia|Королевство Швеция
SL|-|Sierra Leones|-|-|-
SM|-|San Marinos|-|-|-
SV|-|El Salvadors|-|-|-
SZ|Swaziland|Swasiland|Swaziland|Suazilandia|Свазиленд
TH|Kingdom of Thailand|Königreich Thailand|Royaume de Thaïlande|Reino de Tailandia|Королевство Таиланд
TJ|-|-|-|-|Республика Таджикистан
TL|East Timor|Osttimor|Timor oriental|Timor Oriental|Восточный Тимор
TM|-|-|-|-|Туркмения
TO|Kingdom of Tonga|Königreich Tonga|Royaume des Tonga|Reino de Tonga|Королевство Тонга
TR|Turkey,Türkiye|Türkei|Turquie|Turquía|Турецкая Республика
TT|-|Trinidad und Tobagos|-|-|-
TW|Republic of China|Republik China|République de Chine|República de China|Китайская Республика
UA|-|-|-|-|Республика Украина
US|United States,United States of America,USA,U.S.A.,U.S.,US,America|USA,US,Vereinigte Staaten,Vereinigten Staaten,Vereinigte Staaten von Amerika,Vereinigten Staaten von Amerika,Amerika|États-Unis,Etats-Unis,États-Unis d'Amérique,Etats-Unis d'Amérique,USA,Amérique|Estados Unidos,EE. UU.,EE.UU.,EEUU,EUA,Estados Unidos de América|США,Соединённые Штаты,Соединённые Штаты Америки,Америка
UZ|-|-|-|-|Республика Узбекистан
VA|Holy See,Vatican,Vatican City|Vatikan,Heiliger Stuhl,Heiligen Stuhl,Heiligen Stuhls,Vatikanstadt|Saint-Siège,Vatican|Santa Sede,Vaticano,Ciudad del Vaticano|Ватикан,Святой Престол
VC|Saint Vincent and the Grenadines,St. Vincent and the Grenadines|-|-|-|-
VN|Viet Nam|-|Vietnam|-|Социалистическая Республика Вьетнам,СРВ
YE|-|Jemens|-|-|-
ZA|-|-|-|-|ЮАР,Южно-Африканская Республика
"""

#: Seats of government that are not the capital of record (GeoNames names): the city where the state's head of
#: government and ministries sit, so where its foreign ministry summons an envoy or its spokesman briefs.
SEATS = {"BJ": "Cotonou", "BO": "La Paz", "CI": "Abidjan", "MY": "Putrajaya", "NL": "The Hague"}

#: Capitals as used in each language (where CLDR-less data would differ): code | en | de | fr | es | ru
CAPITALS = """
AE|Abu Dhabi|Abu Dhabi|Abou Dabi|Abu Dabi|Абу-Даби
AF|Kabul|Kabul|Kaboul|Kabul|Кабул
AL|Tirana|Tirana|Tirana|Tirana|Тирана
AM|Yerevan|Eriwan|Erevan|Ereván|Ереван
AO|Luanda|Luanda|Luanda|Luanda|Луанда
AR|Buenos Aires|Buenos Aires|Buenos Aires|Buenos Aires|Буэнос-Айрес
AT|Vienna|Wien|Vienne|Viena|Вена
AU|Canberra|Canberra|Canberra|Canberra|Канберра
AZ|Baku|Baku|Bakou|Bakú|Баку
BA|Sarajevo|Sarajevo|Sarajevo|Sarajevo|Сараево
BD|Dhaka|Dhaka|Dacca|Daca|Дакка
BE|Brussels|Brüssel|Bruxelles|Bruselas|Брюссель
BG|Sofia|Sofia|Sofia|Sofía|София
BH|Manama|Manama|Manama|Manama|Манама
BO|La Paz|La Paz|La Paz|La Paz|Ла-Пас
BR|Brasília,Brasilia|Brasília,Brasilia|Brasilia|Brasilia|Бразилиа
BY|Minsk|Minsk|Minsk|Minsk|Минск
CA|Ottawa|Ottawa|Ottawa|Ottawa|Оттава
CD|Kinshasa|Kinshasa|Kinshasa|Kinsasa|Киншаса
CH|Bern,Berne|Bern|Berne|Berna|Берн
CL|Santiago|Santiago de Chile|Santiago du Chili|Santiago de Chile|Сантьяго
CN|Beijing,Peking|Peking,Beijing|Pékin|Pekín|Пекин
CO|Bogotá,Bogota|Bogotá|Bogota|Bogotá|Богота
CU|Havana|Havanna|La Havane|La Habana|Гавана
CY|Nicosia|Nikosia|Nicosie|Nicosia|Никосия
CZ|Prague|Prag|Prague|Praga|Прага
DE|Berlin|Berlin|Berlin|Berlín|Берлин
DK|Copenhagen|Kopenhagen|Copenhague|Copenhague|Копенгаген
DZ|Algiers|Algier|Alger|Argel|Алжир
EE|Tallinn|Tallinn|Tallinn|Tallin|Таллин
EG|Cairo|Kairo|Le Caire|El Cairo|Каир
ES|Madrid|Madrid|Madrid|Madrid|Мадрид
ET|Addis Ababa|Addis Abeba|Addis-Abeba|Adís Abeba|Аддис-Абеба
FI|Helsinki|Helsinki|Helsinki|Helsinki|Хельсинки
FR|Paris|Paris|Paris|París|Париж
GB|London|London|Londres|Londres|Лондон
GE|Tbilisi|Tiflis|Tbilissi|Tiflis|Тбилиси
GR|Athens|Athen|Athènes|Atenas|Афины
HR|Zagreb|Zagreb|Zagreb|Zagreb|Загреб
HU|Budapest|Budapest|Budapest|Budapest|Будапешт
ID|Jakarta|Jakarta|Jakarta|Yakarta|Джакарта
IE|Dublin|Dublin|Dublin|Dublín|Дублин
IL|Jerusalem|Jerusalem|Jérusalem|Jerusalén|Иерусалим
IN|New Delhi,Delhi|Neu-Delhi|New Delhi|Nueva Delhi|Нью-Дели
IQ|Baghdad|Bagdad|Bagdad|Bagdad|Багдад
IR|Tehran|Teheran|Téhéran|Teherán|Тегеран
IS|Reykjavík,Reykjavik|Reykjavík|Reykjavik|Reikiavik|Рейкьявик
IT|Rome|Rom|Rome|Roma|Рим
JO|Amman|Amman|Amman|Amán|Амман
JP|Tokyo|Tokio|Tokyo|Tokio|Токио
KE|Nairobi|Nairobi|Nairobi|Nairobi|Найроби
KG|Bishkek|Bischkek|Bichkek|Biskek|Бишкек
KP|Pyongyang|Pjöngjang|Pyongyang|Pionyang|Пхеньян
KR|Seoul|Seoul|Séoul|Seúl|Сеул
KW|Kuwait City|Kuwait-Stadt|Koweït|Kuwait|Эль-Кувейт
KZ|Astana|Astana|Astana|Astaná|Астана
LB|Beirut|Beirut|Beyrouth|Beirut|Бейрут
LT|Vilnius|Vilnius|Vilnius|Vilna|Вильнюс
LV|Riga|Riga|Riga|Riga|Рига
LY|Tripoli|Tripolis|Tripoli|Trípoli|Триполи
MA|Rabat|Rabat|Rabat|Rabat|Рабат
MD|Chișinău,Chisinau|Chișinău,Chisinau|Chisinau|Chisináu|Кишинёв
MK|Skopje|Skopje|Skopje|Skopie|Скопье
MN|Ulaanbaatar,Ulan Bator|Ulaanbaatar,Ulan Bator|Oulan-Bator|Ulán Bator|Улан-Батор
MX|Mexico City|Mexiko-Stadt|Mexico|Ciudad de México|Мехико
MY|Kuala Lumpur|Kuala Lumpur|Kuala Lumpur|Kuala Lumpur|Куала-Лумпур
NG|Abuja|Abuja|Abuja|Abuya|Абуджа
NL|Amsterdam,The Hague|Amsterdam,Den Haag|Amsterdam,La Haye|Ámsterdam,La Haya|Амстердам,Гаага
NO|Oslo|Oslo|Oslo|Oslo|Осло
NZ|Wellington|Wellington|Wellington|Wellington|Веллингтон
PE|Lima|Lima|Lima|Lima|Лима
PH|Manila|Manila|Manille|Manila|Манила
PK|Islamabad|Islamabad|Islamabad|Islamabad|Исламабад
PL|Warsaw|Warschau|Varsovie|Varsovia|Варшава
PS|Ramallah|Ramallah|Ramallah|Ramala|Рамалла
PT|Lisbon|Lissabon|Lisbonne|Lisboa|Лиссабон
QA|Doha|Doha|Doha|Doha|Доха
RO|Bucharest|Bukarest|Bucarest|Bucarest|Бухарест
RS|Belgrade|Belgrad|Belgrade|Belgrado|Белград
RU|Moscow|Moskau|Moscou|Moscú|Москва
SA|Riyadh|Riad|Riyad|Riad|Эр-Рияд
SE|Stockholm|Stockholm|Stockholm|Estocolmo|Стокгольм
SG|Singapore|Singapur|Singapour|Singapur|Сингапур
SI|Ljubljana|Ljubljana|Ljubljana|Liubliana|Любляна
SK|Bratislava|Bratislava|Bratislava|Bratislava|Братислава
SY|Damascus|Damaskus|Damas|Damasco|Дамаск
TH|Bangkok|Bangkok|Bangkok|Bangkok|Бангкок
TJ|Dushanbe|Duschanbe|Douchanbé|Dusambé|Душанбе
TM|Ashgabat|Aschgabat|Achgabat|Asjabad|Ашхабад
TN|Tunis|Tunis|Tunis|Túnez|Тунис
TR|Ankara|Ankara|Ankara|Ankara|Анкара
TW|Taipei|Taipeh|Taipei|Taipéi|Тайбэй
UA|Kyiv,Kiev|Kiew|Kiev,Kyiv|Kiev|Киев
US|Washington,D.C.,Washington D.C.,Washington DC|Washington|Washington|Washington|Вашингтон
UZ|Tashkent|Taschkent|Tachkent|Taskent|Ташкент
VA|Vatican City|Vatikanstadt|Cité du Vatican|Ciudad del Vaticano|Ватикан
VE|Caracas|Caracas|Caracas|Caracas|Каракас
VN|Hanoi|Hanoi|Hanoï|Hanói|Ханой
YE|Sanaa|Sanaa|Sanaa|Saná|Сана
ZA|Pretoria|Pretoria|Pretoria|Pretoria|Претория
"""

#: Seats of government and other buildings or sites that stand for a state: code | en | de | fr | es | ru
METONYMS = """
US|White House,Pentagon,State Department,Foggy Bottom,Capitol Hill,Oval Office|Weißes Haus,Weißen Haus,Weißen Hauses,Pentagon,State Department,Oval Office|Maison Blanche,Maison-Blanche,Pentagone,Département d'État,Département d'Etat|Casa Blanca,Pentágono,Departamento de Estado|Белый дом,Пентагон,Госдепартамент,Госдеп
RU|Kremlin,Smolenskaya Square|Kreml|Kremlin|Kremlin|Кремль,Смоленская площадь
FR|Élysée,Elysée,Elysee,Élysée Palace,Quai d'Orsay,Matignon|Élysée,Elysée,Élysée-Palast,Elysée-Palast,Quai d'Orsay|Élysée,Elysée,palais de l'Élysée,Quai d'Orsay,Matignon|Elíseo,Palacio del Elíseo,Quai d'Orsay|Елисейский дворец,Кэ д'Орсе
GB|Downing Street,Number 10,Whitehall,Foreign Office|Downing Street,Foreign Office|Downing Street,Foreign Office|Downing Street,Foreign Office|Даунинг-стрит,Форин-офис
DE|Bundeskanzleramt,Auswärtiges Amt|Kanzleramt,Bundeskanzleramt,Auswärtiges Amt,Auswärtigen Amt,Auswärtigen Amtes,Auswärtigen Amts|Chancellerie fédérale|Cancillería Federal|Федеральная канцелярия
CN|Zhongnanhai,Great Hall of the People|Zhongnanhai,Große Halle des Volkes,Großen Halle des Volkes|Zhongnanhai,Grand Palais du Peuple|Zhongnanhai,Gran Salón del Pueblo|Чжуннаньхай
IT|Palazzo Chigi,Farnesina,Quirinale|Palazzo Chigi,Farnesina,Quirinalspalast|Palazzo Chigi,Farnesina|Palacio Chigi,Farnesina|Палаццо Киджи
ES|Moncloa,Palacio de la Moncloa|Moncloa|Moncloa|Moncloa,La Moncloa,Palacio de la Moncloa,Palacio de Santa Cruz|Монклоа
JP|Kantei|Kantei|Kantei|Kantei|Кантей
KR|Blue House,Cheong Wa Dae|Blaues Haus|Maison Bleue|Casa Azul|Голубой дом
IN|South Block,Rashtrapati Bhavan|South Block|South Block|South Block|Саут-Блок
BR|Planalto,Palácio do Planalto,Palacio do Planalto,Itamaraty,Alvorada,Palácio da Alvorada|Planalto,Itamaraty|Planalto,Itamaraty|Planalto,Palacio del Planalto,Itamaraty|Планалту,Итамарати
AR|Casa Rosada|Casa Rosada|Casa Rosada|Casa Rosada|Каса-Росада
UA|Bankova|Bankowa|Bankova|Bankova|Банковая
AT|Ballhausplatz,Hofburg|Ballhausplatz,Hofburg|Ballhausplatz,Hofburg|Ballhausplatz,Hofburg|Хофбург
CH|Federal Palace|Bundeshaus|Palais fédéral|Palacio Federal|Федеральный дворец
VA|Holy See|Heiliger Stuhl,Heiligen Stuhl|Saint-Siège|Santa Sede|Святой Престол
"""

#: Demonyms (people) where they differ from the adjective: code | en (plural) | de (masculine singular)
#: | ru (plural nominative); a leading "=" keeps a form as written (no inflection rule).
DEMONYMS = """
AF|Afghans|Afghane|афганцы
AM|Armenians|Armenier|армяне
AR|Argentines,Argentinians|Argentinier|аргентинцы
AT|Austrians|Österreicher|австрийцы
AU|Australians|Australier|австралийцы
AZ|Azerbaijanis,Azeris|Aserbaidschaner|азербайджанцы
BE|Belgians|Belgier|бельгийцы
BR|Brazilians|Brasilianer|бразильцы
BY|Belarusians|Belarusse,Weißrusse|белорусы
CA|Canadians|Kanadier|канадцы
CH|Swiss|Schweizer|швейцарцы
CN|Chinese|Chinese|китайцы
CU|Cubans|Kubaner|кубинцы
CZ|Czechs|Tscheche|чехи
DE|Germans|=Deutscher,=Deutsche,=Deutschen|немцы
DK|Danes|Däne|датчане
EG|Egyptians|Ägypter|египтяне
ES|Spaniards|Spanier|испанцы
FI|Finns|Finne|финны
FR|Frenchmen,Frenchwomen|=Franzose,=Franzosen,=Französin,=Französinnen|французы
GB|Britons,Brits|Brite|британцы
GE|Georgians|Georgier|грузины
GR|Greeks|Grieche|греки
HU|Hungarians|Ungar|венгры
IE|Irishmen|Ire|ирландцы
IL|Israelis|Israeli|израильтяне
IN|Indians|Inder|индийцы
IQ|Iraqis|Iraker|иракцы
IR|Iranians|Iraner|иранцы
IT|Italians|Italiener|итальянцы
JP|Japanese|Japaner|японцы
KP|North Koreans|Nordkoreaner|северокорейцы
KR|South Koreans|Südkoreaner|южнокорейцы
KZ|Kazakhs,Kazakhstanis|Kasache|казахстанцы
LB|Lebanese|Libanese|ливанцы
LT|Lithuanians|Litauer|литовцы
LV|Latvians|Lette|латыши
MX|Mexicans|Mexikaner|мексиканцы
NL|Dutch|Niederländer|нидерландцы,голландцы
NO|Norwegians|Norweger|норвежцы
PK|Pakistanis|Pakistaner|пакистанцы
PL|Poles|Pole|поляки
PS|Palestinians|Palästinenser|палестинцы
PT|Portuguese|Portugiese|португальцы
RO|Romanians|Rumäne|румыны
RS|Serbs|Serbe|сербы
RU|Russians|Russe|россияне,русские
SA|Saudis|Saudi|саудовцы
SE|Swedes|Schwede|шведы
SY|Syrians|Syrer|сирийцы
TJ|Tajiks|Tadschike|таджики
TR|Turks|Türke|турки
UA|Ukrainians|Ukrainer|украинцы
US|Americans|Amerikaner,US-Amerikaner|американцы
UZ|Uzbeks|Usbeke|узбеки
VE|Venezuelans|Venezolaner|венесуэльцы
AL|-|Albaner|албанцы
BA|-|Bosnier|-
BD|-|Bangladescher|-
BF|-|Burkiner|-
BG|Bulgarians|Bulgare|болгары
BH|-|Bahrainer|-
BJ|-|Beniner|-
BO|-|Bolivianer|-
BT|-|Bhutaner|-
BW|-|Botswaner|-
CD|-|Kongolese|-
CI|-|Ivorer|-
CL|-|Chilene|чилийцы
CM|-|Kameruner|-
CO|-|Kolumbianer|колумбийцы
CR|-|Costa-Ricaner|-
CY|-|Zyprer|киприоты
DO|-|Dominikaner|-
DZ|-|Algerier|алжирцы
EC|-|Ecuadorianer|-
EE|-|Este|эстонцы
ER|-|Eritreer|-
ET|-|Äthiopier|эфиопы
GA|-|Gabuner|-
GH|-|Ghanaer|-
GN|-|Guineer|-
GT|-|Guatemalteke|-
HN|-|Honduraner|-
HR|Croatians,Croats|Kroate|хорваты
HT|-|Haitianer|-
ID|-|Indonesier|индонезийцы
IS|-|Isländer|исландцы
JM|-|Jamaikaner|-
JO|-|Jordanier|иорданцы
KE|-|Kenianer|кенийцы
KG|-|Kirgise|киргизы
KH|-|Kambodschaner|-
KW|-|Kuwaiter|кувейтцы
LA|-|Laote|-
LK|-|Sri-Lanker|-
LR|-|Liberianer|-
LU|-|Luxemburger|-
LY|-|Libyer|ливийцы
MA|-|Marokkaner|марокканцы
MD|-|Moldauer|молдаване
MG|-|Madagasse|-
ML|-|Malier|-
MN|-|Mongole|монголы
ME|-|Montenegriner|черногорцы
MK|-|Mazedonier,Nordmazedonier|македонцы
MR|-|Mauretanier|-
MU|-|Mauritier|-
MY|-|Malaysier|малайзийцы
MZ|-|Mosambikaner|-
NA|-|Namibier|-
NE|-|Nigrer|-
NG|-|Nigerianer|нигерийцы
NI|-|Nicaraguaner|-
NP|-|Nepalese|-
NZ|New Zealanders|Neuseeländer|новозеландцы
OM|-|Omaner|-
PA|-|Panamaer|-
PE|-|Peruaner|перуанцы
PH|Filipinos|Philippiner|филиппинцы
PY|-|Paraguayer|-
QA|-|Katarer|катарцы
RW|-|Ruander|-
SD|-|Sudanese|-
SG|-|Singapurer|сингапурцы
SI|Slovenians,Slovenes|Slowene|словенцы
SK|Slovaks|Slowake|словаки
SL|-|Sierra-Leoner|-
SN|-|Senegalese|-
SO|-|Somalier|-
SS|-|Südsudanese|-
SV|-|Salvadorianer|-
TD|-|Tschader|-
TG|-|Togoer|-
TH|-|Thailänder|-
TM|-|Turkmene|туркмены
TN|-|Tunesier|тунисцы
TW|-|Taiwaner|тайваньцы
TZ|-|Tansanier|-
UG|-|Ugander|-
UY|-|Uruguayer|-
VN|-|Vietnamese|вьетнамцы
XK|-|Kosovare|-
YE|-|=Jemenit,=Jemeniten,=Jemenitin,=Jemenitinnen|-
ZA|South Africans|Südafrikaner|-
ZM|-|Sambier|-
ZW|-|Simbabwer|-
"""

#: Names that are also first names: rejected when a capitalised word that is no place stands right
#: before them ("Michael Jordan") or right after them ("Chad Smith").
AMBIGUOUS = {
    "en": ["Chad", "Jordan", "Georgia", "Jersey", "Guinea"],
    "de": ["Jordan"],
    "fr": ["Maurice"],
    "es": ["Chad", "Georgia", "Mauricio"],
    "ru": [],
}

#: Adjectives and demonyms that two states share, listed under the state they are built for, with the other
#: state(s): in a text naming (by name, capital ...) only one other state of the list, and never the first,
#: they are that state's ("le président congolais" in a report on Brazzaville).
SHARED_ADJECTIVES = {"CD": ["CG"]}

#: Phrases that contain a country form but do not name the country: they are matched first and dropped.
NOT_COUNTRIES = {
    "en": ["South China Sea", "East China Sea", "Indian Ocean", "Gulf of Mexico", "New Mexico", "New Jersey",
           "Washington Post", "Washington State", "Washington state", "Moscow Times", "Mexican Gulf",
           "Papua New Guinea Kina", "Irish Sea", "French fries", "Chinese New Year", "Georgia Tech",
           "New Guinea", "Turkish Airlines", "Latin America",
           "Latin American", "Inter-American", "Pan-American", "South America", "South American", "North America", "North American",
           "Central America", "Central American", "Russian Orthodox Church", "Russian Orthodox", "Dutch Caribbean",
           "British Columbia", "Holy Roman Empire", "Ottoman Empire", "Soviet Union", "Foreign Office Consultations"],
    "de": ["Südchinesisches Meer", "Südchinesischen Meer", "Indischer Ozean", "Indischen Ozean", "Golf von Mexiko",
           "New Mexico", "New Jersey", "Washington Post", "Lateinamerika", "Südamerika", "Nordamerika",
           "Mittelamerika", "Russisch-Orthodoxe Kirche", "Russisch-Orthodoxen Kirche", "Deutsche Bahn",
           "Deutsche Bank", "Deutsche Welle", "Deutschen Bank", "Deutschen Welle", "Deutschen Bahn",
           "die Moldau", "der Moldau"],  # the river at Prague; the state is "Moldau" without an article
    "fr": ["mer de Chine méridionale", "océan Indien", "golfe du Mexique", "Nouveau-Mexique", "Amérique latine",
           "Amérique du Sud", "Amérique du Nord", "Amérique centrale", "Washington Post", "Église orthodoxe russe"],
    "es": ["mar de China Meridional", "océano Índico", "golfo de México", "Nuevo México", "América Latina",
           "América del Sur", "América del Norte", "Centroamérica", "Washington Post", "Latinoamérica",
           "de Indias"],
    "ru": ["Южно-Китайское море", "Южно-Китайском море", "Индийский океан", "Индийском океане",
           "Мексиканский залив", "Латинская Америка", "Латинской Америки", "Латинской Америке",
           "Южная Америка", "Южной Америки", "Северная Америка", "Северной Америки", "Русская православная церковь",
           "Русской православной церкви", "Вашингтон пост"],
}

#: Combining forms used before a hyphen ("Sino-American", "russisch-amerikanisch" is covered by adjectives).
PREFIXES = """
CN|Sino|Sino|sino|sino|-
RU|Russo|-|russo|ruso|-
FR|Franco|franko|franco|franco|-
GB|Anglo|anglo|anglo|anglo|англо
DE|Germano|-|germano|germano|-
IT|Italo|italo|italo|italo|итало
GR|Greco|-|gréco|greco|греко
TR|Turco|-|turco|turco|-
"""

#: Russian names whose stem changes when declined (a fleeting vowel): nominative|genitive|dative|accusative|
#: instrumental|prepositional, used instead of the regular endings.
RU_CASES = """
Египет|Египта|Египту|Египет|Египтом|Египте
"""

#: Regions, continents and seas: never countries nor cities ("Asia" is also a town in the gazetteer).
REGIONS = {
    "en": ["Europe", "Asia", "Africa", "Americas", "Oceania", "Antarctica", "Middle East", "Near East", "Far East",
           "Caucasus", "Balkans", "Scandinavia", "Baltics", "Sahel", "Maghreb", "Levant", "Gulf", "Pacific",
           "Atlantic", "Arctic", "Mediterranean", "Eurasia", "Siberia", "Crimea", "Donbas", "Donbass", "Kashmir",
           "Gaza Strip", "West Bank", "Golan Heights", "Central Asia", "South Asia", "Southeast Asia", "East Asia",
           "Eastern Europe", "Western Europe", "Vienna Convention", "Vienna Conventions", "Inter-American",
           "Pan-American", "Pan American", "Afro-American", "Indo-Pacific", "New England", "Soviet Union"],
    "de": ["Europa", "Asien", "Afrika", "Ozeanien", "Antarktis", "Nahost", "Naher Osten", "Nahen Osten",
           "Mittlerer Osten", "Mittleren Osten", "Ferner Osten", "Fernen Osten", "Kaukasus", "Balkan", "Skandinavien",
           "Baltikum", "Sahel", "Maghreb", "Levante", "Golf", "Pazifik", "Atlantik", "Arktis", "Mittelmeer",
           "Eurasien", "Sibirien", "Krim", "Donbass", "Kaschmir", "Gazastreifen", "Westjordanland",
           "Golanhöhen", "Zentralasien", "Südostasien", "Ostasien", "Osteuropa", "Westeuropa", "Wiener Übereinkommen",
           "Wiener Konvention", "Wiener Vertragsrechtskonvention", "Indopazifik", "Sowjetunion"],
    "fr": ["Europe", "Asie", "Afrique", "Amériques", "Océanie", "Antarctique", "Moyen-Orient", "Proche-Orient",
           "Extrême-Orient", "Caucase", "Balkans", "Scandinavie", "Sahel", "Maghreb", "Levant", "Golfe", "Pacifique",
           "Atlantique", "Arctique", "Méditerranée", "Eurasie", "Sibérie", "Crimée", "Donbass", "Cachemire", "bande de Gaza",
           "Cisjordanie", "Asie centrale", "Asie du Sud-Est", "Europe de l'Est", "Convention de Vienne",
           "Indo-Pacifique", "Union soviétique"],
    "es": ["Europa", "Asia", "África", "Africa", "Américas", "Oceanía", "Antártida", "Oriente Medio",
           "Oriente Próximo", "Medio Oriente", "Lejano Oriente", "Cáucaso", "Balcanes", "Escandinavia", "Sahel",
           "Magreb", "Levante", "Golfo", "Pacífico", "Atlántico", "Ártico", "Mediterráneo", "Eurasia", "Siberia",
           "Crimea", "Donbás", "Cachemira", "Franja de Gaza", "Cisjordania", "Asia Central", "Sudeste Asiático",
           "Europa del Este", "Convención de Viena", "Indo-Pacífico", "Indopacífico", "Unión Soviética",
           "Reunión de", "Reunión del", "Reunión Ordinaria", "Reunión Extraordinaria", "Reunión Ministerial",
           "Reunión Plenaria", "Reunión Bilateral", "Reunión Trilateral", "Reunión Anual"],
    "ru": ["Европа", "Европы", "Европе", "Азия", "Азии", "Азию", "Африка", "Африки", "Африке", "Океания",
           "Антарктида", "Ближний Восток", "Ближнего Востока", "Ближнем Востоке", "Средний Восток", "Дальний Восток",
           "Дальнего Востока", "Дальнем Востоке", "Кавказ", "Кавказа", "Кавказе", "Балканы", "Балкан", "Балканах",
           "Скандинавия", "Прибалтика", "Прибалтики", "Сахель", "Магриб", "Залив", "Тихий океан", "Атлантика",
           "Арктика", "Арктики", "Арктике", "Средиземноморье", "Евразия", "Евразии", "Сибирь", "Сибири", "Крым",
           "Крыма", "Крыму", "Донбасс", "Донбасса", "Донбассе", "Кашмир", "сектор Газа", "секторе Газа", "сектора Газа", "Западный берег",
           "Центральная Азия", "Центральной Азии", "Юго-Восточная Азия", "Юго-Восточной Азии", "Восточная Европа",
           "Восточной Европы", "Венская конвенция", "Венской конвенции", "Венской конвенцией", "Советский Союз",
           "Советского Союза", "СССР", "Азиатско-Тихоокеанский регион", "Азиатско-Тихоокеанского региона"],
}
