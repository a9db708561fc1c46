/// The invented names and Dutch text the generator draws from. Everything here is fictional:
/// no real school, worker or child is meant. `§` in a sentence stands for the child's first name.
enum Vocabulary {
  static let girls = [
    "Sara", "Noor", "Emma", "Lina", "Mila", "Julia", "Tess", "Sophie", "Nora", "Yara", "Saar",
    "Amira", "Fatima", "Zoë", "Chloë", "Anaïs", "Loïs", "Noëlle", "Eva", "Lotte", "Fenna", "Aya",
    "Hiba", "Maryam", "Isa", "Roos", "Lieke", "Jasmijn", "Ilse", "Naomi", "Esmée", "Maëlle",
    "Dewi", "Ivy", "Sena", "Elif", "Hanna", "Floor", "Merel", "Salma",
  ]

  static let boys = [
    "Sem", "Noah", "Liam", "Lucas", "Finn", "Daan", "Levi", "Jayden", "Ilias", "Adam", "Mohammed",
    "Ayoub", "Daniël", "Noël", "Raphaël", "Joël", "Björn", "Sven", "Thijs", "Milan", "Bram",
    "Luuk", "Jesse", "Omar", "Yusuf", "Rayan", "Mats", "Gijs", "Stijn", "Ravi", "Mees", "Siem",
    "Hamza", "Emir", "Jurre", "Teun", "Dex", "Kai", "Owen", "Zakaria",
  ]

  static let initials = Array("ABCDEFGHIJKLMNOPRSTVWYZ").map(String.init)

  static let workerFirst = [
    "Mira", "Soufiane", "Anouk", "Jeroen", "Fatma", "Ruben", "Esra", "Lisa", "Kevin", "Naima",
    "Sanne", "Bas", "Hatice", "Marloes", "Dewi", "Yvonne", "Rachid", "Ingrid", "Tom", "Karin",
    "Chaima", "Mehmet", "Femke", "Wouter", "Nadia", "Priya", "René", "Gülay", "Anneke", "Özlem",
    "Joyce", "Hakim", "Ellen", "Samira", "Peter", "Charlotte", "Mustafa", "Renée", "Linda", "Ahmed",
  ]

  static let workerLast = [
    "van Dalen", "Kaddouri", "Bakker", "de Vries", "Jansen", "Yilmaz", "El Amrani", "Visser",
    "Smit", "Mulder", "de Boer", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
    "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs",
    "Haddou", "Öztürk", "Verbeek", "Koster", "Willems", "Boukhari", "Sedney", "Kramer", "Hoekstra",
    "van Rijn", "Pinas", "Aydın", "Groen", "Schouten", "Maas",
  ]

  static let schoolKinds = [
    "OBS", "CBS", "RKBS", "IKC", "PCB", "Daltonschool", "Montessorischool", "Jenaplanschool",
    "Basisschool",
  ]

  static let schoolNames = [
    "De Zeester", "Het Havenlicht", "De Regenboog", "Het Kompas", "De Vlinder", "De Klimop",
    "Het Palet", "De Sleutel", "De Wereldwijzer", "De Kameleon", "Het Anker", "De Notenkraker",
    "De Piramide", "De Fontein", "Het Mozaïek", "De Ontdekking", "De Horizon", "Het Baken",
    "De Springplank", "De Waterlelie", "De Twijn", "Het Carillon", "De Bron", "De Globe",
    "De Lichtboei", "De Reiger", "Het Startpunt", "De Vuurtoren", "De Windroos", "Het Gouden Dal",
    "De Kleine Prins", "De Boomgaard", "Het Tuinpad", "De Elzenhof", "Het Eiland", "De Schakel",
    "De Duizendpoot", "Het Zonnehuis", "De Brug", "De Parel", "Het Schateiland", "De Triangel",
    "De Dukdalf", "De Kaap", "Het Roer", "De Meeuw", "Het Spectrum", "De Achtbaan", "De Octopus",
    "Het Kristal",
  ]

  /// Municipalities with their areas.
  static let places: [(String, [String])] = [
    (
      "Rotterdam",
      [
        "Charlois", "Feijenoord", "IJsselmonde", "Delfshaven", "Noord", "Kralingen",
        "Hillegersberg", "Overschie", "Hoogvliet", "Prins Alexander", "Pernis",
      ]
    ),
    ("Barendrecht", ["Carnisselande", "Centrum"]),
    ("Ridderkerk", ["Bolnes", "Slikkerveer", "Drievliet"]),
    ("Albrandswaard", ["Rhoon", "Poortugaal"]),
    ("Schiedam", ["Groenoord", "Nieuwland", "Oost"]),
    ("Dordrecht", ["Crabbehof", "Wielwijk", "Sterrenburg"]),
    ("Capelle aan den IJssel", ["Schollevaar", "Oostgaarde"]),
  ]

  // MARK: - Free text

  static let requests = [
    "§ is erg teruggetrokken en zegt in de klas bijna niets. Ouders en juf willen dat § meer durft.",
    "§ raakt snel afgeleid en durft niet te zeggen als iets niet lukt.",
    "§ is thuis en op school snel boos. School vraagt of de Amigo met § kan praten.",
    "§ wordt in de pauze buitengesloten en wil 's ochtends niet naar school.",
    "§ is vaak moe en snel verdrietig in de klas. Ouders vragen om steun.",
    "§ heeft veel conflicten bij groepswerk en loopt dan weg uit de klas.",
    "§ is erg bang om fouten te maken en huilt bij toetsen.",
    "Sinds de scheiding van de ouders is § stil en piekert veel.",
    "§ blijft af en toe weg van school. School wil voorkomen dat het misgaat bij de overstap.",
    "§ speelt in de pauze alleen en weet niet hoe je meedoet met een spel.",
    "§ is zo verdrietig sinds de verhuizing. Moeder: \"Ik wil dat § weer lacht.\"",
    "Moeder: \"Ik wil dat § weer met plezier naar school gaat.\"",
    "Juf: § is slim maar geeft snel op als iets niet meteen lukt.",
    "Er zijn financiële zorgen thuis; § schaamt zich en trekt zich terug.",
    "§ is geïrriteerd en onrustig na de pauzes. De juf wil weten wat er speelt.",
    "§ vindt het moeilijk om met klasgenoten samen te werken en wordt dan boos.",
  ]

  static let goals: [String: [String]] = [
    "concentration": [
      "Ik werk een kwartier aan mijn taak zonder op te staan.",
      "Ik maak mijn rekenwerk af voor de pauze.",
      "Ik weet wat ik moet doen als ik afgeleid raak.",
    ],
    "playing-together": [
      "Ik doe in de pauze mee met een spelletje.", "Ik vraag zelf of ik mee mag doen.",
      "Ik speel samen zonder ruzie tot de bel gaat.",
    ],
    "self-confidence": [
      "Ik vertel in de kring iets over mezelf.", "Ik vind mezelf oké zoals ik ben.",
      "Ik steek mijn vinger op als ik het antwoord weet.",
    ],
    "emotion-regulation": [
      "Als ik boos word, ga ik even naar de rustplek.", "Ik tel tot tien voordat ik reageer.",
      "Ik kan zeggen wat ik voel als ik van streek ben.",
    ],
    "anxiety": [
      "Ik durf de juf om hulp te vragen als ik iets niet snap.",
      "Ik maak een toets zonder buikpijn.", "Ik durf een fout te maken in de klas.",
    ],
    "low-mood": [
      "Als ik verdrietig ben, zeg ik dat tegen de juf.",
      "Ik noem elke dag één ding dat goed ging.", "Ik heb weer zin in de pauze.",
    ],
    "behaviour": [
      "Ik loop weg in plaats van te gaan schelden.",
      "Ik blijf rustig als iemand mijn spullen pakt.", "Ik houd me aan de afspraken in de klas.",
    ],
    "bullying": [
      "Als iemand gemeen doet, zeg ik het tegen de juf.",
      "Ik heb in de pauze iemand om mee te kletsen.", "Ik weet bij wie ik terecht kan.",
    ],
    "home-situation": [
      "Ik vertel de juf als het thuis niet fijn is.", "Ik heb een vaste plek voor mijn huiswerk.",
    ],
    "divorce": [
      "Ik kan over papa en mama praten zonder me schuldig te voelen.",
      "Ik weet wat er deze week bij papa en bij mama gebeurt.",
    ],
    "poverty": [
      "Ik doe mee met de schoolreis en de sportclub.", "Ik durf te zeggen wat ik nodig heb.",
    ],
    "parenting": [
      "Ik ga zonder huilen de klas in.", "Ik ben 's ochtends op tijd klaar voor school.",
    ],
    "absenteeism": [
      "Ik ben er elke dag, ook op maandag.", "Ik kom op tijd op school.",
    ],
    "other": ["Ik weet wat ik kan doen als ik vastloop."],
  ]

  static let childTalk = [
    "§ vertelde over een goed moment in de pauze.",
    "Geoefend met hulp vragen aan de juf.",
    "§ koos zelf waar we vandaag aan werkten.",
    "Schaalvragen herhaald; § zit nu iets hoger.",
    "Samen een stappenplan gemaakt voor lastige momenten.",
    "§ was vandaag stil en moe.",
    "Compliment gegeven voor het doorzetten bij rekenen.",
    "§ tekende een situatie uit de klas en legde die uit.",
    "Rollenspel over meedoen met een spel dat al bezig is.",
    "Besproken wat § doet als het te druk wordt in de klas.",
    "§ heeft één keer zelf om hulp gevraagd.",
    "Uitleg over spanning in je lijf; § herkent trillende handen.",
    "Coöperatief spel gedaan; § legde de regels uit.",
    "§ is geïnteresseerd in een eigen rustplek in de klas.",
    "Ideeën verzameld voor de pauze.",
    "§ was geïrriteerd over een ruzie van gisteren.",
    "Samen geëvalueerd hoe de week ging.",
    "§ durfde in de kring iets te vertellen over het weekend.",
    "Terugblik op de afspraken van vorige week.",
    "§ wil volgende keer een spelletje meenemen.",
    "Gesproken over vriendschap en over wie § vertrouwt.",
    "Ademhalingsoefening gedaan; § vond het eerst gek, daarna fijn.",
    "§ heeft thuis geoefend met de zinnen van de kaart.",
    "Complimentenkaart gemaakt met drie dingen waar § trots op is.",
    "§ vertelde over de verjaardag van oma in het café.",
    "Gepraat over boos worden; § noemt de gymles als lastig moment.",
    "Het plan voor de toets van volgende week doorgenomen.",
    "§ heeft de time-out kaart twee keer gebruikt.",
    "Kort gesprek; § had daarna gym.",
    "§ was vrolijk en vertelde over de nieuwe hond.",
    "Vooruitgeblikt op de vakantie en wat § dan gaat doen.",
    "Doelen opnieuw bekeken en één doel scherper gemaakt.",
    "§ reageerde rustig toen een klasgenoot de bal afpakte.",
    "Boosheidsthermometer ingevuld; vandaag bleef § in het groen.",
    "§ vond het lastig om te beginnen, daarna ging het goed.",
    "Besproken wat er anders is sinds de vorige keer.",
    "§ liet trots een tekening van thuis zien.",
    "Spelletje gedaan om te oefenen met winnen en verliezen.",
    "§ wil het zelf aan de juf vertellen en heeft dat voorbereid.",
    "Geoefend met een compliment geven aan een klasgenoot.",
    "§ gaf aan dat het thuis onrustig is; dat besproken met IB.",
    "Rustig gesprek; § kon goed zeggen wat er speelde.",
    "§ heeft deze week geen ruzie gehad en is daar trots op.",
    "Samen gezocht naar wat § helpt bij het huiswerk.",
    "§ had het over de reünie van de familie in het weekend.",
  ]

  static let childTalkColon = [
    "Afspraak met §: elke ochtend even inchecken bij de juf.",
    "Nieuwe afspraak: § mag een kaartje op tafel leggen als het niet lukt.",
    "§ zei: 'Ik wil gewoon meedoen.'",
    "Huiswerk voor §: twee keer per dag de ademhalingsoefening doen.",
    "Wat hielp deze week: de rustplek en een compliment van de meester.",
    "Schaalvraag: § geeft zichzelf een zes voor samen spelen.",
    "Tip van § zelf: eerst drinken, dan pas praten.",
    "Vandaag geoefend met de zin: 'Mag ik meedoen?'",
  ]

  static let parentTalk = [
    "Intake met ouders. § is thuis spraakzaam, op school erg stil.",
    "Moeder vertelt dat § beter slaapt sinds de vaste bedtijd.",
    "Vader maakt zich zorgen over de overstap naar de brugklas.",
    "Ouders zijn tevreden over de gesprekken en zien § groeien.",
    "Eindgesprek voorbereid met moeder; ze ziet duidelijk vooruitgang.",
    "Financiële zorgen thuis besproken; ouders willen contact met het wijkteam.",
    "Werkwijze, huisbezoek en doelen met ouders besproken.",
    "Ouders oefenen thuis met vertellen aan tafel.",
    "Moeder merkt dat § thuis sneller boos wordt na schooldagen.",
    "Gesproken over de omgangsregeling en wat § daarvan merkt.",
  ]

  static let teacherTalk = [
    "Juf ziet dat § vaker zelf begint met werken.",
    "Meester meldt twee conflicten deze week, vooral bij groepswerk.",
    "Afgestemd hoe de juf § kan helpen bij groepswerk.",
    "Juf neemt het buitensluiten op in de groepsaanpak.",
    "Meester ziet minder ruzies in de pauze.",
    "Afspraken uit de gesprekken met de juf gedeeld.",
    "Juf vertelt dat § deze week drie keer om hulp vroeg.",
    "Overleg over een vaste plek voor § naast een rustige klasgenoot.",
  ]

  static let teacherColon = [
    "Afspraak met juf: § mag een kaartje op tafel leggen als hulp nodig is.",
    "Meester: 'Het gaat echt beter in de klas.'",
    "Time-out kaart met juf afgestemd. Nieuw doel: samen spelen in de pauze.",
  ]

  static let homeVisit = [
    "Huisbezoek. § liet trots de eigen kamer zien.",
    "Huisbezoek. Kennisgemaakt met broertje en zusje; het is druk in huis.",
    "Ouders vertellen over thuis; huiswerk lukt aan de keukentafel.",
    "Huisbezoek. § speelde een spel met ons en was ontspannen.",
    "Huisbezoek. Ouders zijn betrokken en willen graag meedenken.",
  ]

  static let observation = [
    "Observatie tijdens rekenen. § wacht lang met hulp vragen.",
    "Observatie kringgesprek; § zegt niets maar luistert goed.",
    "Observatie ochtend. Na de pauze twee keer onrust bij het wisselen van taak.",
    "Observatie tijdens groepswerk. § wordt niet gekozen en werkt alleen.",
    "Observatie in de klas. § is snel afgeleid door geluid op de gang.",
  ]

  static let consultation = [
    "Zorgoverleg met IB. Voortgang besproken.",
    "Afronding voorbereid met IB; IB volgt § zonder extra hulp.",
    "Zorgoverleg. Besproken of § meer hulp nodig heeft dan de gesprekken.",
    "Overleg met IB over de overstap en de warme overdracht.",
  ]

  static let consultationColon = [
    "Met IB besproken: niet gestart. IB houdt contact met de ouders.",
    "Zorgoverleg: § blijft in beeld bij IB en het wijkteam.",
  ]

  static let threeWay = [
    "Tussenevaluatie met ouders en juf. Iedereen ziet vooruitgang; doelen blijven staan.",
    "Eindevaluatie met §, ouders en juf. Doelen besproken en afscheid voorbereid.",
    "Driegesprek. Afspraken tussen thuis en school op elkaar afgestemd.",
  ]

  static let phoneCall = [
    "Moeder belt dat § ziek is.",
    "Nieuwe datum voor het huisbezoek afgesproken.",
    "Vader belt met een vraag over de afspraken op school.",
    "Kort telefonisch contact met moeder over de voortgang.",
  ]

  static let notHeld = [
    "§ was ziek en bleef thuis.", "§ was het gesprek vergeten en bleef bij de gymles.",
    "Begeleider ziek; het gesprek is verzet.", "§ was met de klas op excursie.",
    "§ wilde vandaag niet praten.", "Gesprek verzet vanwege een toets.",
  ]

  static let schoolClosed = [
    "Studiedag, de school was dicht.", "Staking, de school was dicht.",
    "School dicht vanwege een storing.",
  ]

  static let makeUp = [
    "Ingehaald gesprek.", "Gesprek ingehaald op een andere dag.",
  ]

  static let pausePhone =
    "Moeder belt: het gezin gaat een tijd naar familie in het buitenland.\nSchool heeft verlof gegeven. Begeleiding in overleg gepauzeerd;\nna terugkomst opnieuw contact.\n"

  static let multiLine = [
    "Tussenevaluatie met ouders en juf.\nIedereen ziet dat § meer durft. Doelen blijven staan.\nAfspraak: na de vakantie nog zes gesprekken.\n",
    "Ouders vertellen over thuis: huiswerk lukt aan de keukentafel.\nAfspraak: één vaste plek om te werken.\n",
    "Huisbezoek met beide ouders.\n§ liet de kamer zien en vertelde over de hond.\nOuders willen graag meedenken over de doelen.\n",
  ]

  static let waitingCall = [
    "Aanmelding telefonisch besproken met vader. § staat op de wachtlijst.",
    "Moeder gebeld: wachttijd uitgelegd en afgesproken dat we na de vakantie starten.",
  ]

  static let notStarted = [
    "Kennismaking met moeder. Het wijkteam is al betrokken; moeder wil eerst die hulp afwachten.",
    "Ouders geven geen toestemming. § blijft in beeld bij IB.",
    "Na de kennismaking besloten dat de gesprekken nu niet passen.",
  ]

  static let summariesCompleted = [
    "§ durft meer en vraagt zelf om hulp. Geen vervolghulp nodig.",
    "Doelen grotendeels behaald. IB volgt § op school.",
    "§ werkt zelfstandiger en heeft minder conflicten.",
    "§ speelt weer mee in de pauze en zit beter in het vel.",
  ]

  static let summariesEarly = [
    "Begeleiding voortijdig gestopt in overleg met ouders.",
    "Het gezin is verhuisd; overdracht naar de nieuwe school gedaan.",
    "§ wilde niet meer komen; IB houdt § in beeld.",
  ]

  static let multiLineSummary = [
    "§ durft meer: vraagt zelf om hulp en heeft een spreekbeurt gehouden.\nIn de pauze speelt § meestal mee. IB volgt § in de volgende groep.\n",
    "Begeleiding na een paar weken gestopt op verzoek van ouders.\nIB neemt het contact met het gezin over.\n",
  ]
}
