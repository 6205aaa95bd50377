"""Hand-written organisation data read by ``tools/build_places.py`` (build time only).

``code|Wikidata QID or -|English name`` then one line of forms per language (en, de, fr, es, ru), fields
separated by ``|``; Russian forms are given in the nominative and inflected by the build.
"""

from __future__ import annotations

ORGANIZATIONS = """
UN|Q1065|United Nations|United Nations,UN,U.N.,UNO|Vereinte Nationen,Vereinten Nationen,UN,UNO|Nations unies,Nations Unies,ONU,Organisation des Nations unies|Naciones Unidas,ONU,Organización de las Naciones Unidas|ООН,Организация Объединённых Наций
EU|Q458|European Union|European Union,EU,E.U.|Europäische Union,Europäischen Union,EU|Union européenne,UE|Unión Europea,UE|Евросоюз,Европейский союз,ЕС
NATO|Q7184|NATO|NATO,Nato,North Atlantic Treaty Organization,North Atlantic Alliance|NATO,Nato,Nordatlantikpakt|OTAN,Otan,Alliance atlantique|OTAN,Alianza Atlántica|НАТО,Североатлантический альянс
OSCE|Q81299|Organization for Security and Co-operation in Europe|OSCE,Organization for Security and Co-operation in Europe,Organization for Security and Cooperation in Europe|OSZE,Organisation für Sicherheit und Zusammenarbeit in Europa|OSCE,Organisation pour la sécurité et la coopération en Europe|OSCE,Organización para la Seguridad y la Cooperación en Europa|ОБСЕ,Организация по безопасности и сотрудничеству в Европе
AU|Q7159|African Union|African Union,AU|Afrikanische Union,Afrikanischen Union|Union africaine|Unión Africana|Африканский союз
CARICOM|Q161150|Caribbean Community|Caribbean Community,CARICOM,Caricom|Karibische Gemeinschaft,Karibischen Gemeinschaft,CARICOM,Caricom|Communauté caribéenne,Communauté des Caraïbes,CARICOM|Comunidad del Caribe,CARICOM,Caricom|Карибское сообщество,КАРИКОМ
ECOWAS|Q161549|Economic Community of West African States|ECOWAS,Economic Community of West African States|ECOWAS,Westafrikanische Wirtschaftsgemeinschaft,Westafrikanischen Wirtschaftsgemeinschaft|CEDEAO,Communauté économique des États de l'Afrique de l'Ouest,Communauté économique des Etats de l'Afrique de l'Ouest|CEDEAO,Comunidad Económica de Estados de África Occidental|ЭКОВАС
EAC|Q189574|East African Community|East African Community|Ostafrikanische Gemeinschaft,Ostafrikanischen Gemeinschaft|Communauté d'Afrique de l'Est|Comunidad de África Oriental|Восточноафриканское сообщество
SADC|Q1061059|Southern African Development Community|Southern African Development Community,SADC|Entwicklungsgemeinschaft des südlichen Afrika,SADC|Communauté de développement d'Afrique australe,SADC|Comunidad de Desarrollo de África Austral,SADC|САДК
ASEAN|Q7768|Association of Southeast Asian Nations|ASEAN,Association of Southeast Asian Nations|ASEAN,Verband Südostasiatischer Nationen|ASEAN,ANASE,Association des nations de l'Asie du Sud-Est|ASEAN,Asociación de Naciones del Sudeste Asiático|АСЕАН,Ассоциация государств Юго-Восточной Азии
G7|-|Group of Seven|G7,G-7,Group of Seven|G7,G-7|G7,G-7|G7,G-7,Grupo de los Siete|G7,Группа семи,Большая семёрка
G20|Q19771|Group of Twenty|G20,G-20,Group of Twenty|G20,G-20|G20,G-20|G20,G-20,Grupo de los Veinte|G20,Группа двадцати,Большая двадцатка
OPEC|Q7795|Organization of the Petroleum Exporting Countries|OPEC,Organization of the Petroleum Exporting Countries|OPEC,Organisation erdölexportierender Länder|OPEP|OPEP|ОПЕК
WHO|Q7817|World Health Organization|World Health Organization,WHO|Weltgesundheitsorganisation,WHO|Organisation mondiale de la santé,OMS|Organización Mundial de la Salud,OMS|ВОЗ,Всемирная организация здравоохранения
IAEA|Q826700|International Atomic Energy Agency|IAEA,International Atomic Energy Agency|IAEA,IAEO,Internationale Atomenergiebehörde,Internationalen Atomenergiebehörde|AIEA,Agence internationale de l'énergie atomique|OIEA,Organismo Internacional de Energía Atómica|МАГАТЭ,Международное агентство по атомной энергии
LAS|Q7172|Arab League|Arab League,League of Arab States|Arabische Liga,Arabischen Liga|Ligue arabe,Ligue des États arabes,Ligue des Etats arabes|Liga Árabe,Liga de los Estados Árabes|Лига арабских государств,ЛАГ
BRICS|Q18086|BRICS|BRICS|BRICS|BRICS|BRICS|БРИКС
SCO|Q485207|Shanghai Cooperation Organisation|Shanghai Cooperation Organisation,Shanghai Cooperation Organization,SCO|Shanghaier Organisation für Zusammenarbeit,SOZ|Organisation de coopération de Shanghai,OCS|Organización de Cooperación de Shanghái,OCS|ШОС,Шанхайская организация сотрудничества
OTS|-|Organization of Turkic States|Organization of Turkic States,Organisation of Turkic States,Turkic Council|Organisation der Turkstaaten,Organisation Türkischer Staaten,Türkischer Rat|Organisation des États turciques,Conseil turcique|Organización de Estados Túrquicos,Consejo Túrquico|Организация тюркских государств,ОТГ,Тюркский совет
COE|Q8908|Council of Europe|Council of Europe|Europarat,Europarats,Europarates|Conseil de l'Europe|Consejo de Europa|Совет Европы
EC|Q8880|European Commission|European Commission,EU Commission|Europäische Kommission,Europäischen Kommission,EU-Kommission|Commission européenne|Comisión Europea|Еврокомиссия,Европейская комиссия
EUCO|Q8886|European Council|European Council|Europäischer Rat,Europäischen Rat,Europäischen Rates,Europäischen Rats|Conseil européen|Consejo Europeo|Европейский совет,Евросовет
EP|Q8889|European Parliament|European Parliament|Europäisches Parlament,Europäischen Parlament,Europäischen Parlaments,EU-Parlament,Europaparlament|Parlement européen|Parlamento Europeo|Европарламент,Европейский парламент
UNSC|Q37470|United Nations Security Council|UN Security Council,U.N. Security Council,United Nations Security Council,Security Council|UN-Sicherheitsrat,Weltsicherheitsrat,Sicherheitsrat,Sicherheitsrats,Sicherheitsrates|Conseil de sécurité|Consejo de Seguridad|Совет Безопасности ООН,СБ ООН,Совбез ООН
UNGA|Q47423|United Nations General Assembly|UN General Assembly,U.N. General Assembly,United Nations General Assembly|UN-Generalversammlung,UNO-Generalversammlung|Assemblée générale des Nations unies,Assemblée générale de l'ONU|Asamblea General de la ONU,Asamblea General de las Naciones Unidas|Генеральная Ассамблея ООН,Генассамблея ООН
CIS|Q7779|Commonwealth of Independent States|Commonwealth of Independent States,CIS|Gemeinschaft Unabhängiger Staaten,GUS|Communauté des États indépendants,Communauté des Etats indépendants,CEI|Comunidad de Estados Independientes,CEI|СНГ,Содружество Независимых Государств,Содружество
CSTO|-|Collective Security Treaty Organization|CSTO,Collective Security Treaty Organization|OVKS,Organisation des Vertrags über kollektive Sicherheit|OTSC,Organisation du traité de sécurité collective|OTSC,Organización del Tratado de Seguridad Colectiva|ОДКБ,Организация Договора о коллективной безопасности
EAEU|-|Eurasian Economic Union|Eurasian Economic Union,EAEU|Eurasische Wirtschaftsunion,Eurasischen Wirtschaftsunion,EAWU|Union économique eurasiatique,UEE|Unión Económica Euroasiática,UEE|ЕАЭС,Евразийский экономический союз
EEC|-|Eurasian Economic Commission|Eurasian Economic Commission|Eurasische Wirtschaftskommission,Eurasischen Wirtschaftskommission|Commission économique eurasiatique,Commission économique eurasienne|Comisión Económica Euroasiática,Comisión Económica Eurasiática|ЕЭК,Евразийская экономическая комиссия
GCC|-|Gulf Cooperation Council|Gulf Cooperation Council,GCC|Golf-Kooperationsrat,Golfkooperationsrat|Conseil de coopération du Golfe,CCG|Consejo de Cooperación del Golfo,CCG|ССАГПЗ,Совет сотрудничества арабских государств Персидского залива
OAS|Q123759|Organization of American States|Organization of American States,OAS|Organisation Amerikanischer Staaten,OAS|Organisation des États américains,Organisation des Etats américains,OEA|Organización de los Estados Americanos,OEA|ОАГ,Организация американских государств
MERCOSUR|-|Mercosur|Mercosur,MERCOSUR|Mercosur|Mercosur|Mercosur,MERCOSUR|Меркосур
IMF|Q7804|International Monetary Fund|International Monetary Fund,IMF|Internationaler Währungsfonds,Internationalen Währungsfonds,IWF|Fonds monétaire international,FMI|Fondo Monetario Internacional,FMI|МВФ,Международный валютный фонд
WB|Q7164|World Bank|World Bank|Weltbank|Banque mondiale|Banco Mundial|Всемирный банк
WTO|Q7825|World Trade Organization|World Trade Organization,WTO|Welthandelsorganisation,WTO|Organisation mondiale du commerce,OMC|Organización Mundial del Comercio,OMC|ВТО,Всемирная торговая организация
ICC|Q47488|International Criminal Court|International Criminal Court,ICC|Internationaler Strafgerichtshof,Internationalen Strafgerichtshof,IStGH|Cour pénale internationale,CPI|Corte Penal Internacional,CPI|Международный уголовный суд,МУС
ICJ|Q7801|International Court of Justice|International Court of Justice,ICJ|Internationaler Gerichtshof,Internationalen Gerichtshof,IGH|Cour internationale de justice,CIJ|Corte Internacional de Justicia,CIJ|Международный суд ООН
UNESCO|Q7809|UNESCO|UNESCO|UNESCO|UNESCO,Unesco|UNESCO,Unesco|ЮНЕСКО
UNICEF|Q740308|UNICEF|UNICEF|UNICEF|UNICEF,Unicef|UNICEF,Unicef|ЮНИСЕФ
OECD|Q41550|Organisation for Economic Co-operation and Development|OECD,Organisation for Economic Co-operation and Development|OECD|OCDE|OCDE|ОЭСР
APEC|-|Asia-Pacific Economic Cooperation|APEC,Asia-Pacific Economic Cooperation|APEC|APEC|APEC|АТЭС
CELAC|-|Community of Latin American and Caribbean States|CELAC|CELAC|CELAC|CELAC|СЕЛАК
OIC|-|Organisation of Islamic Cooperation|Organisation of Islamic Cooperation,Organization of Islamic Cooperation,OIC|Organisation für Islamische Zusammenarbeit,OIZ|Organisation de la coopération islamique,OCI|Organización para la Cooperación Islámica,OCI|Организация исламского сотрудничества,ОИС
PIF|-|Pacific Islands Forum|Pacific Islands Forum,PIF|Pazifische Inselforum,Pazifischen Inselforums,Pazifik-Inselforum,Pazifik-Inselforums|Forum des îles du Pacifique|Foro de las Islas del Pacífico|Форум тихоокеанских островов
IGAD|-|Intergovernmental Authority on Development|Intergovernmental Authority on Development,IGAD|IGAD|Autorité intergouvernementale pour le développement,IGAD|Autoridad Intergubernamental para el Desarrollo,IGAD|Межправительственный орган по развитию,ИГАД
ACTO|-|Amazon Cooperation Treaty Organization|Amazon Cooperation Treaty Organization,ACTO|Amazonas-Kooperationsvertrag,Organisation des Amazonas-Kooperationsvertrags|Organisation du traité de coopération amazonienne,OTCA|Organización del Tratado de Cooperación Amazónica,OTCA|Организация Договора об амазонском сотрудничестве,ОДАС
SICA|-|Central American Integration System|Central American Integration System,SICA|Zentralamerikanisches Integrationssystem,SICA|Système d'intégration centraméricain,SICA|Sistema de la Integración Centroamericana,SICA|Центральноамериканская интеграционная система
CAN|-|Andean Community|Andean Community|Andengemeinschaft|Communauté andine|Comunidad Andina|Андское сообщество
OIF|-|International Organisation of La Francophonie|International Organisation of La Francophonie,Organisation internationale de la Francophonie|Internationale Organisation der Frankophonie,Frankophonie|Organisation internationale de la Francophonie,OIF,Francophonie|Organización Internacional de la Francofonía,Francofonía|Международная организация франкофонии
ECCAS|-|Economic Community of Central African States|Economic Community of Central African States,ECCAS|Wirtschaftsgemeinschaft Zentralafrikanischer Staaten,ECCAS|Communauté économique des États de l'Afrique centrale,Communauté économique des Etats de l'Afrique centrale,CEEAC|Comunidad Económica de los Estados de África Central,CEEAC|Экономическое сообщество центральноафриканских государств,ЭСЦАГ
SAARC|-|South Asian Association for Regional Cooperation|South Asian Association for Regional Cooperation,SAARC|Südasiatische Vereinigung für regionale Kooperation,SAARC|Association sud-asiatique pour la coopération régionale,ASACR|Asociación Sudasiática para la Cooperación Regional,SAARC|Ассоциация регионального сотрудничества Южной Азии,СААРК
CBSS|-|Council of the Baltic Sea States|Council of the Baltic Sea States|Ostseerat,Ostseerats|Conseil des États de la mer Baltique,Conseil des Etats de la mer Baltique|Consejo de Estados del Mar Báltico|Совет государств Балтийского моря
ARCTIC|-|Arctic Council|Arctic Council|Arktischer Rat,Arktischen Rat,Arktischen Rates|Conseil de l'Arctique|Consejo Ártico|Арктический совет
WMO|-|World Meteorological Organization|World Meteorological Organization,WMO|Weltorganisation für Meteorologie,WMO|Organisation météorologique mondiale,OMM|Organización Meteorológica Mundial,OMM|Всемирная метеорологическая организация,ВМО
LCBC|-|Lake Chad Basin Commission|Lake Chad Basin Commission,LCBC|Tschadseebecken-Kommission,Tschadsee-Kommission|Commission du bassin du lac Tchad,Commission du Bassin du Lac Tchad,CBLT|Comisión de la Cuenca del Lago Chad|Комиссия бассейна озера Чад
FAO|-|Food and Agriculture Organization|Food and Agriculture Organization,FAO|Ernährungs- und Landwirtschaftsorganisation,FAO|Organisation des Nations unies pour l'alimentation et l'agriculture,FAO|Organización de las Naciones Unidas para la Alimentación y la Agricultura,FAO|Продовольственная и сельскохозяйственная организация ООН,ФАО
WFP|-|World Food Programme|World Food Programme,World Food Program,WFP|Welternährungsprogramm,Welternährungsprogramms,WFP|Programme alimentaire mondial|Programa Mundial de Alimentos|Всемирная продовольственная программа
UNDP|-|United Nations Development Programme|United Nations Development Programme,UN Development Programme,UNDP|Entwicklungsprogramm der Vereinten Nationen,UNDP|Programme des Nations unies pour le développement,PNUD|Programa de las Naciones Unidas para el Desarrollo,PNUD|Программа развития ООН,ПРООН
ILO|-|International Labour Organization|International Labour Organization,International Labor Organization,ILO|Internationale Arbeitsorganisation,Internationalen Arbeitsorganisation|Organisation internationale du travail,Organisation internationale du Travail|Organización Internacional del Trabajo|Международная организация труда
IOM|-|International Organization for Migration|International Organization for Migration,IOM|Internationale Organisation für Migration,Internationalen Organisation für Migration,IOM|Organisation internationale pour les migrations,OIM|Organización Internacional para las Migraciones,OIM|Международная организация по миграции
UNHCR|-|Office of the United Nations High Commissioner for Refugees|Office of the United Nations High Commissioner for Refugees,UN Refugee Agency,UNHCR|Flüchtlingshilfswerk der Vereinten Nationen,UN-Flüchtlingshilfswerk,UN-Flüchtlingshilfswerks,UNHCR|Haut-Commissariat des Nations unies pour les réfugiés,HCR,UNHCR|Alto Comisionado de las Naciones Unidas para los Refugiados,ACNUR|УВКБ ООН,УВКБ
"""

#: News agencies and outlets: sources of a report, never actors in it (any language).
NEWS_AGENCIES = """
Reuters, Thomson Reuters, Рейтер, Рейтерс, Associated Press, AP, The Associated Press, AFP, Agence France-Presse,
Agence France Presse, dpa, DPA, Deutsche Presse-Agentur, TASS, ТАСС, ITAR-TASS, ИТАР-ТАСС, RIA Novosti, РИА Новости,
RIA, РИА, Interfax, Интерфакс, Xinhua, Синьхуа, Anadolu, Anadolu Agency, Anadolu Ajansı, AA, EFE, Agencia EFE, ANSA,
Kyodo, Kyodo News, Киодо, Yonhap, Ёнхап, BBC, Би-би-си, CNN, Си-эн-эн, Bloomberg, Блумберг, Sputnik, Спутник, RT,
Al Jazeera, Аль-Джазира, Europa Press, Le Monde, The New York Times, New York Times, Washington Post,
The Washington Post, The Guardian, Guardian, Financial Times, The Wall Street Journal, Wall Street Journal,
Der Spiegel, Spiegel, FAZ, Frankfurter Allgemeine Zeitung, Süddeutsche Zeitung, Bild, ARD, ZDF, Tagesschau,
Deutsche Welle, DW, Kommersant, Коммерсантъ, Известия, Izvestia, RBC, РБК, Ведомости, Vedomosti, NHK, PAP, APA,
Belga, Lusa, AGI, Notimex, Prensa Latina, IRNA, ИРНА, Tasnim, Fars, WAM, SPA, Saudi Press Agency, KCNA,
ЦТАК, BelTA, БелТА, Ukrinform, Укринформ, UNIAN, УНИАН, Azertac, АзерТАдж, Axios, Politico, Fox News, CBS, NBC,
ABC News, Sky News, France 24, Euronews, RFI, El País, El Mundo, La Vanguardia, Le Figaro, Libération,
Corriere della Sera, La Repubblica, Haaretz, Times of Israel, Hürriyet, Daily Sabah, South China Morning Post,
Global Times, People's Daily, Жэньминь жибао, CGTN, CCTV, Kyiv Independent, Meduza, Медуза, Novaya Gazeta,
Новая газета, Российская газета, Rossiyskaya Gazeta, Первый канал, Россия-24, Вести, Nachrichtenagentur Reuters,
Agence Europe, Ansamed, Tanjug, Танюг, MTI, ČTK, CTK, TASR, BTA, Agerpres, Ritzau, NTB, STT, Kazinform,
Казинформ, Kabar, Кабар, Khovar, Ховар, UzA, Armenpress, Арменпресс, SANA, WAFA, MENA, QNA, KUNA,
Bernama, Antara, PTI, ANI, IANS, Xinhua News Agency, China News Service, Jiji, Jiji Press, Дзидзи
"""
